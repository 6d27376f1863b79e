/* engine-private.h: what engine.c shares with engine-write.c (internal). */
#ifndef NP_ENGINE_PRIVATE_H
#define NP_ENGINE_PRIVATE_H

#include <signal.h>

#include "batch.h"

G_BEGIN_DECLS

#define COMMIT_DOCUMENTS 256
#define COMMIT_INTERVAL_US (G_USEC_PER_SEC)
#define TICK_US (G_USEC_PER_SEC / 5)
#define MAX_FAILURES_SHOWN 20

typedef struct
{
  guint64 order;      /* dispatch index, dense from 0 */
  NpUnit *unit;
  NpStoredDoc stored; /* what the store had for this source */
  gboolean skip;      /* already done: nothing to process */
  gboolean replay;    /* already done, but a corpus stage needs the document */
  gboolean dropped;   /* taken after the run was told to stop: not processed, not written */
  NpDocument *doc;
  char *id;
  char *error;        /* the document could not be read */
  GBytes *part;       /* corpus contribution */
  char *json;         /* JSONL line without newline */
  gsize json_len;
  guint64 bytes;
} NpBatchJob;

typedef struct _NpEngine NpEngine;

typedef struct
{
  NpEngine *engine;
  NpWorker *worker;
  GThread *thread;
} NpEngineWorker;

struct _NpEngine
{
  const NpBatchConfig *cfg;
  NpPipeline *pipeline;
  const char *fingerprint;
  NpStore *store;
  NpStoreReader *reader;
  NpStoreCheckpointer *checkpointer; /* WAL checkpoints, on their own thread */
  GThread *checkpoint_thread;
  GCond checkpoint_cond;
  gboolean checkpoint_stop;
  gint64 run;
  NpCorpusRun *corpus;
  gboolean has_corpus;
  gboolean corpus_parts;
  /* Contributions of skipped documents are merged only once a document is
   * processed: a resumed run that finds everything done, as the last
   * finished run left it, keeps that run's corpus results. */
  gboolean deferring;
  gint64 last_run;         /* last finished run with stored corpus results */
  guint64 last_documents;  /* its number of documents */
  guint64 n_from_last;     /* documents claimed that belonged to it */

  GAsyncQueue *queue;
  GPtrArray *workers; /* NpEngineWorker* */

  GMutex lock;
  GCond cond;
  NpBatchJob **ring;
  guint cap;
  guint64 next_write;
  guint64 dispatched;
  guint in_flight;
  guint64 bytes_in_flight;
  guint64 max_bytes_in_flight;
  gboolean writing;
  gboolean main_waiting; /* the main thread sleeps on cond for room... */
  guint wake_at;         /* ...until in_flight is down to this */
  gint64 txn_start;
  guint txn_docs;

  /* totals, written by the writer */
  guint64 n_documents, n_failed, n_skipped, n_duplicates, n_processed, bytes_done;
  guint n_failures_shown;
  gint64 t0;
  gboolean stop;
  GError *fatal;

  /* progress */
  gint64 last_tick;
  gboolean progress_shown;
  gint counting_cancel;
  GThread *counter;
  guint64 total_units, total_bytes;
  gboolean total_partial;
  gint total_known;
};

extern volatile sig_atomic_t np_engine_caught_signal;

void np_engine_job_free (NpBatchJob *job);
void np_engine_clear_progress (NpEngine *e); /* e->lock held */
/* The writer role (engine-write.c) */
void np_engine_write (NpEngine *e, NpBatchJob *job);
void np_engine_maybe_commit (NpEngine *e, gboolean force);
/* Merge the deferred contributions (writer role) */
void np_engine_flush_deferred (NpEngine *e);

G_END_DECLS

#endif
