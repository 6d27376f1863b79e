/* engine-write.c: the writer role of a batch run (engine.c): what happens to
 * each document in input order: the store, the JSONL stream, the corpus
 * run, the counts and the failure messages, and when to commit.  Whoever
 * holds the role (e->writing) is the only thread in these functions. */
#include "config.h"

#include <string.h>

#include "engine-private.h"

static void
fatal (NpEngine *e, GError *error)
{
  g_mutex_lock (&e->lock);
  if (!e->fatal)
    e->fatal = error;
  else
    g_error_free (error);
  g_atomic_int_set (&e->stop, TRUE); /* workers read it without the lock */
  g_mutex_unlock (&e->lock);
}

/* writer role held */
void
np_engine_maybe_commit (NpEngine *e, gboolean force)
{
  if (!e->store || !np_store_in_transaction (e->store) || e->fatal)
    return;
  gint64 now = g_get_monotonic_time ();
  if (!force && e->txn_docs < COMMIT_DOCUMENTS && now - e->txn_start < COMMIT_INTERVAL_US)
    return;
  GError *error = NULL;
  if (!np_store_commit (e->store, &error))
    fatal (e, error);
  e->txn_docs = 0;
}

static void
report_failure (NpEngine *e, const char *source, const char *message)
{
  if (e->cfg->quiet)
    return;
  g_mutex_lock (&e->lock);
  np_engine_clear_progress (e);
  if (e->n_failures_shown < MAX_FAILURES_SHOWN)
    np_batch_message (source, message);
  else if (e->n_failures_shown == MAX_FAILURES_SHOWN)
    np_batch_message (NULL, "more documents failed; their errors are in the output");
  e->n_failures_shown++;
  g_mutex_unlock (&e->lock);
}

static void
merge_part (NpEngine *e, GBytes *part, const char *source)
{
  g_autoptr (GVariant) state = np_state_from_bytes (part);
  GError *error = NULL;
  if (!np_corpus_run_merge (e->corpus, state, &error))
    {
      g_prefix_error (&error, "%s: corpus contribution: ", source);
      fatal (e, error);
    }
}

static gboolean
merge_claimed (GBytes *part, const char *source, gpointer data, GError **error)
{
  NpEngine *e = data;
  if (part)
    merge_part (e, part, source);
  else
    np_corpus_run_count_failed (e->corpus); /* a document the reader refused */
  return e->fatal == NULL;
}

void
np_engine_flush_deferred (NpEngine *e)
{
  e->deferring = FALSE;
  GError *error = NULL;
  if (!np_store_foreach_claimed_part (e->store, e->run, merge_claimed, e, &error) && error)
    fatal (e, error);
}

static gboolean
claim (NpEngine *e, NpBatchJob *j)
{
  if (!e->store)
    return TRUE;
  gboolean claimed = FALSE;
  GError *error = NULL;
  if (!np_store_claim_document (e->store, e->run, j->stored.doc, j->unit->seq, j->unit->size, j->unit->mtime,
                                &claimed, &error))
    {
      fatal (e, error);
      return FALSE;
    }
  if (!claimed)
    e->n_duplicates++;
  return claimed;
}

static void
write_done_before (NpEngine *e, NpBatchJob *j)
{
  if (!claim (e, j))
    return;
  e->n_documents++;
  e->n_skipped++;
  if (j->stored.failed)
    e->n_failed++;
  if (!e->has_corpus || e->fatal)
    return;
  if (j->replay)
    {
      if (j->doc)
        {
          GError *error = NULL;
          if (!np_corpus_run_add (e->corpus, j->doc, &error))
            fatal (e, error);
        }
      else
        np_corpus_run_count_failed (e->corpus);
      return;
    }
  if (e->deferring)
    {
      if (e->last_run && j->stored.run == e->last_run)
        e->n_from_last++;
      return;
    }
  GError *error = NULL;
  g_autoptr (GBytes) part = np_store_get_corpus_part (e->store, j->stored.doc, &error);
  if (error)
    fatal (e, error);
  else if (part)
    merge_part (e, part, j->unit->source);
  else
    np_corpus_run_count_failed (e->corpus); /* a document the reader refused */
}

void
np_engine_write (NpEngine *e, NpBatchJob *j)
{
  if (e->fatal || j->dropped)
    return;
  if (e->store && !np_store_in_transaction (e->store))
    {
      GError *error = NULL;
      if (!np_store_begin (e->store, &error))
        {
          fatal (e, error);
          return;
        }
      e->txn_start = g_get_monotonic_time ();
      e->txn_docs = 0;
    }
  if (j->skip || j->replay)
    {
      write_done_before (e, j);
      np_engine_maybe_commit (e, FALSE);
      return;
    }
  gboolean failed = !j->doc || np_document_has_failed (j->doc);
  if (e->deferring)
    np_engine_flush_deferred (e);
  if (e->store)
    {
      NpStoreDoc d = {
        .source = j->unit->source,
        .id = j->doc ? np_document_get_id (j->doc) : j->id,
        .seq = j->unit->seq,
        .size = j->bytes ? j->bytes : j->unit->size,
        .mtime = j->unit->mtime,
        .doc = j->doc,
        .error = j->error,
        .corpus_part = j->part,
      };
      NpStoreResult result;
      GError *error = NULL;
      if (!np_store_write_document (e->store, e->run, e->fingerprint, &d, &result, &error))
        {
          fatal (e, error);
          return;
        }
      if (result == NP_STORE_DUPLICATE)
        {
          e->n_duplicates++;
          return;
        }
      e->txn_docs++;
    }
  if (j->json)
    {
      fwrite (j->json, 1, j->json_len, e->cfg->jsonl);
      fputc ('\n', e->cfg->jsonl);
    }
  if (e->has_corpus)
    {
      /* The document is here: corpus_add is cheaper than merging its saved
       * contribution (which is kept for resuming), and gives the same
       * state (contributions merge like shards). */
      if (j->doc && (j->part || !e->corpus_parts))
        {
          GError *error = NULL;
          if (!np_corpus_run_add (e->corpus, j->doc, &error))
            {
              g_prefix_error (&error, "%s: ", j->unit->source);
              fatal (e, error);
            }
        }
      else
        np_corpus_run_count_failed (e->corpus); /* unreadable, or its corpus stage failed */
    }
  e->n_documents++;
  e->n_processed++;
  e->bytes_done += j->bytes;
  if (failed)
    {
      e->n_failed++;
      if (j->doc)
        {
          guint n;
          const NpDiagnostic *diags = np_document_get_diagnostics (j->doc, &n);
          for (guint k = 0; k < n; k++)
            if (diags[k].is_error)
              {
                g_autofree char *msg = g_strdup_printf ("plugin %s: %s", diags[k].plugin ? diags[k].plugin : "core",
                                                        diags[k].message);
                report_failure (e, j->unit->source, msg);
                break;
              }
        }
      else
        report_failure (e, NULL, j->error);
      if (e->cfg->fail_fast)
        {
          g_mutex_lock (&e->lock);
          g_atomic_int_set (&e->stop, TRUE);
          g_mutex_unlock (&e->lock);
        }
    }
  np_engine_maybe_commit (e, FALSE);
}
