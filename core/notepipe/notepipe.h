/* notepipe.h: the whole public API of libnotepipe. */
#ifndef NOTEPIPE_H
#define NOTEPIPE_H

#include <notepipe/np-version.h>
#include <notepipe/np-document.h>
#include <notepipe/np-layer.h>
#include <notepipe/np-plugin.h>
#include <notepipe/np-reader.h>
#include <notepipe/np-text.h>
#include <notepipe/np-pipeline.h>
#include <notepipe/np-output.h>

#endif
