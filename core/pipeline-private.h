/* pipeline-private.h: the pipeline's layout, shared by pipeline.c (order,
 * workers, summaries) and corpus.c (corpus runs).  Internal. */
#ifndef NP_PIPELINE_PRIVATE_H
#define NP_PIPELINE_PRIVATE_H

#include "notepipe/np-pipeline.h"

G_BEGIN_DECLS

typedef struct
{
  const NpPluginDescriptor *plugin;
  const NpStage *stage;
  NpOptions *options; /* owned by the pipeline, shared by stages of a plugin */
  GMutex lock;        /* NP_STAGE_SERIALIZED */
  gpointer shared;    /* the serialized instance */
} StageRef;

struct _NpPipeline
{
  GPtrArray *plugins;      /* const NpPluginDescriptor*, run order */
  GPtrArray *options;      /* NpOptions*, parallel to plugins */
  GPtrArray *doc_stages;   /* StageRef*, run order */
  GPtrArray *corpus_stages;
  char *fingerprint;
  char *explain;
};

G_END_DECLS

#endif
