/* testplug.h: shared bits of the loader test plugins. */
#ifndef TESTPLUG_H
#define TESTPLUG_H

#include <notepipe/notepipe.h>

static gpointer
testplug_new (const NpOptions *options, GError **error)
{
  return g_new0 (int, 1);
}

static void
testplug_free (gpointer instance)
{
  g_free (instance);
}

#endif
