/* engine.c: the batch run: parallel by document, written in input order.
 *
 * Threads.  The main thread walks the inputs (source.c), decides which
 * documents a resumed run can skip, and hands the rest to -j worker threads
 * through a queue.  Each worker owns one NpWorker (one plugin instance per
 * stage per thread) and reads, analyses and serializes its documents.
 * Finished documents go into a ring indexed by dispatch order; whichever
 * thread completes the document that is next in input order takes the
 * writer role and writes every consecutive finished document: the store,
 * the JSONL stream and the corpus run see documents in input order whatever
 * -j is, with no thread dedicated to writing (so -j 1 uses one core).
 *
 * Memory.  At most `cap` documents (and `max_bytes_in_flight` input bytes)
 * are between the input walk and the writer; a document is freed once
 * written.  Nothing else grows with the corpus except corpus-stage state.
 *
 * Never lose work.  The writer groups whole documents into transactions
 * committed every second or 256 documents.  A resumed run skips a
 * source whose stored row has the same pipeline fingerprint and the same
 * bytes: same size and mtime (like make or rsync; --checksum compares the
 * SHA-256 instead), or the same SHA-256 when the input is in memory
 * (archive members, lines) or the mtime changed.  Failed documents count as
 * done (the same bytes and pipeline fail the same way) unless
 * --retry-failed.  SIGINT/SIGTERM stop the walk, let in-flight documents
 * finish, commit, and report.
 *
 * Corpus stages see every document once, in input order, through
 * corpus_add on the writer.  So that a resumed run computes exactly what an
 * uninterrupted one does without reading finished documents again, each
 * document's corpus contribution is kept with it: its worker runs the
 * corpus stages over that document alone and saves their state
 * (corpus_save).  A resumed run merges (corpus_merge) the contributions of
 * the documents it skips, in input order, as shards are merged; stages
 * must make merging a document's state equal to adding the document (the
 * shard contract; checked for the built-in plugins by comparing runs).
 * Without a database there is nothing to resume and nothing is saved.  A
 * stage that cannot save makes a resumed run read its finished documents
 * again for that stage (without storing them again). */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "../compressed.h"
#include "engine-private.h"
#include "np-private.h"

static NpBatchJob sentinel;
volatile sig_atomic_t np_engine_caught_signal;

static void
on_signal (int sig)
{
  np_engine_caught_signal = sig;
  signal (sig, SIG_DFL); /* a second one stops at once */
}

void
np_engine_job_free (NpBatchJob *j)
{
  np_unit_free (j->unit);
  if (j->doc)
    np_document_unref (j->doc);
  g_free (j->id);
  g_free (j->error);
  if (j->part)
    g_bytes_unref (j->part);
  g_free (j->json);
  g_free (j);
}

/* ---- progress ------------------------------------------------------------ */

static gpointer
count_inputs (gpointer data)
{
  NpEngine *e = data;
  const NpBatchConfig *c = e->cfg;
  guint64 n, bytes;
  gboolean partial;
  np_source_count (&c->source_options, c->paths, c->files_from, c->lines, &e->counting_cancel, &n, &bytes, &partial);
  g_mutex_lock (&e->lock);
  e->total_units = n;
  e->total_bytes = bytes;
  e->total_partial = partial;
  g_mutex_unlock (&e->lock);
  g_atomic_int_set (&e->total_known, 1);
  return NULL;
}

static void
format_duration (char *buf, gsize size, double seconds)
{
  guint64 s = (guint64) (seconds + 0.5);
  if (s >= 3600)
    g_snprintf (buf, size, "%" G_GUINT64_FORMAT ":%02u:%02u", s / 3600, (guint) (s / 60 % 60), (guint) (s % 60));
  else
    g_snprintf (buf, size, "%u:%02u", (guint) (s / 60), (guint) (s % 60));
}

/* with e->lock held */
static void
show_progress (NpEngine *e)
{
  if (!e->cfg->progress)
    return;
  double secs = MAX ((g_get_monotonic_time () - e->t0) / (double) G_USEC_PER_SEC, 1e-3);
  guint64 done = e->n_documents + e->n_duplicates;
  GString *s = g_string_new ("\r\033[K");
  gboolean known = g_atomic_int_get (&e->total_known);
  if (known)
    g_string_append_printf (s, "%" G_GUINT64_FORMAT "/%" G_GUINT64_FORMAT "%s docs", done, e->total_units,
                            e->total_partial ? "+" : "");
  else
    g_string_append_printf (s, "%" G_GUINT64_FORMAT " docs", done);
  double rate = e->n_processed / secs;
  g_string_append_printf (s, "  %.0f docs/s  %.1f MB/s", rate, e->bytes_done / secs / 1e6);
  if (known && !e->total_partial && done < e->total_units && done > 0)
    {
      double eta = (e->total_units - done) * (secs / done);
      char buf[32];
      format_duration (buf, sizeof buf, eta);
      g_string_append_printf (s, "  ETA %s", buf);
    }
  if (e->n_skipped)
    g_string_append_printf (s, "  %" G_GUINT64_FORMAT " already done", e->n_skipped);
  if (e->n_failed)
    g_string_append_printf (s, "  %" G_GUINT64_FORMAT " failed", e->n_failed);
  fputs (s->str, stderr);
  fflush (stderr);
  e->progress_shown = TRUE;
  g_string_free (s, TRUE);
}

void
np_engine_clear_progress (NpEngine *e)
{
  if (e->progress_shown)
    {
      fputs ("\r\033[K", stderr);
      e->progress_shown = FALSE;
    }
}

/* ---- workers ------------------------------------------------------------- */

/* The line of a document that could not be read: the required members of
 * a document, in the core writer's layout, with the error. */
static char *
failed_json (const NpBatchJob *j)
{
  GString *s = g_string_new ("{\"schema\": \"" NP_DOCUMENT_SCHEMA "\", \"source\": ");
  np_json_append_string (s, j->unit->source, -1);
  g_string_append (s, ", \"id\": ");
  np_json_append_string (s, j->id ? j->id : "", -1);
  g_string_append (s, ", \"title\": null, \"date\": null, \"attendees\": [], \"sections\": [], \"items\": [], "
                      "\"layers\": {}, \"errors\": [{\"plugin\": null, \"message\": ");
  np_json_append_string (s, j->error, -1);
  g_string_append (s, "}], \"warnings\": [], \"status\": \"failed\"}");
  return g_string_free (s, FALSE);
}

static void
corpus_contribution (NpEngine *e, NpBatchJob *j)
{
  GError *error = NULL;
  NpCorpusRun *one = np_corpus_run_new (e->pipeline, &error);
  if (one && np_corpus_run_add (one, j->doc, &error))
    {
      g_autoptr (GVariant) state = np_corpus_run_save (one);
      j->part = np_state_to_bytes (state);
    }
  else
    np_document_add_error (j->doc, NULL, "corpus stage: %s", error ? error->message : "failed");
  g_clear_error (&error);
  np_corpus_run_free (one);
}

static void
process_job (NpEngine *e, NpWorker *worker, NpBatchJob *j)
{
  NpUnit *u = j->unit;
  g_autofree char *owned = NULL;
  const char *data;
  gsize len;
  GError *error = NULL;
  if (u->error)
    {
      j->error = g_strdup (u->error->message);
      j->id = g_strdup ("");
      goto serialize;
    }
  if (u->bytes)
    data = g_bytes_get_data (u->bytes, &len);
  else
    {
      if (!g_file_get_contents (u->path, &owned, &len, &error))
        {
          j->error = g_strdup (error->message);
          j->id = g_strdup ("");
          g_error_free (error);
          goto serialize;
        }
      data = owned;
    }
  j->bytes = len;
  if (np_compressed_magic (data, len))
    {
      /* a note compressed whole: its id is that of its text, as the
       * reader gives it, so that a resumed run knows it */
      gsize max = e->cfg->read_options.max_bytes ? e->cfg->read_options.max_bytes : NP_READER_DEFAULT_MAX_BYTES;
      gsize inflated_len;
      char *inflated = np_compressed_inflate (u->source, data, len, max, &inflated_len, &error);
      if (!inflated)
        {
          j->error = g_strdup (error->message);
          j->id = np_sha256_hex (data, len);
          g_error_free (error);
          goto serialize;
        }
      g_free (owned);
      owned = inflated;
      data = owned;
      len = inflated_len;
    }
  const NpStoredDoc *st = &j->stored;
  if (st->doc && st->same_fingerprint && !(st->failed && e->cfg->retry_failed) && !j->replay)
    {
      /* touched, listed again, or in memory: the same bytes are done */
      g_autofree char *id = np_sha256_hex (data, len);
      if (strcmp (id, st->id) == 0)
        {
          if (!e->has_corpus || e->corpus_parts)
            {
              j->skip = TRUE;
              return;
            }
          j->replay = TRUE;
        }
    }
  NpReadOptions ropts = e->cfg->read_options;
  if (u->kind == NP_UNIT_LINE && !ropts.input_format)
    ropts.input_format = "plain"; /* a line is content, never a title */
  j->doc = np_read_bytes (u->source, data, len, &ropts, &error);
  if (!j->doc)
    {
      j->error = g_strdup (error->message);
      j->id = np_sha256_hex (data, len);
      g_error_free (error);
      goto serialize;
    }
  g_clear_pointer (&owned, g_free);
  np_document_set_sequence (j->doc, u->seq);
  if (e->cfg->isolate || e->cfg->time_limit > 0)
    np_worker_process_isolated (worker, j->doc, e->cfg->time_limit);
  else
    np_worker_process (worker, j->doc);
  if (j->replay)
    return;
  if (e->corpus_parts)
    corpus_contribution (e, j);

serialize:
  if (!e->cfg->jsonl || j->replay)
    return;
  if (j->doc)
    {
      GString *out = g_string_sized_new (4 * j->bytes + 1024);
      np_document_append_json (j->doc, out, e->cfg->internal_layers ? NP_JSON_INTERNAL_LAYERS : 0, FALSE);
      j->json_len = out->len;
      j->json = g_string_free (out, FALSE);
    }
  else
    {
      j->json = failed_json (j);
      j->json_len = strlen (j->json);
    }
}


/* With e->lock held: unless another thread holds the writer role, take it
 * and write every finished document that is next in input order. */
static void
drain (NpEngine *e)
{
  if (e->writing)
    return;
  e->writing = TRUE;
  for (;;)
    {
      NpBatchJob *next = e->ring[e->next_write % e->cap];
      if (!next || next->order != e->next_write)
        break;
      e->ring[e->next_write % e->cap] = NULL;
      e->next_write++;
      g_mutex_unlock (&e->lock);
      guint64 bytes = next->unit->size;
      np_engine_write (e, next);
      np_engine_job_free (next);
      g_mutex_lock (&e->lock);
      e->in_flight--;
      e->bytes_in_flight -= bytes;
      /* the main thread, once it found no room, waits for half the ring
       * (see wait_for_room): waking it for every document of a stream of
       * small ones cost two context switches a document, and a broadcast
       * is a system call even when nobody waits */
      if (e->main_waiting && e->in_flight <= e->wake_at)
        {
          e->main_waiting = FALSE;
          g_cond_broadcast (&e->cond);
        }
    }
  e->writing = FALSE;
}

/* Hand a finished job to the writer (becoming it when free). */
static void
complete (NpEngine *e, NpBatchJob *j)
{
  g_mutex_lock (&e->lock);
  e->ring[j->order % e->cap] = j;
  drain (e);
  g_mutex_unlock (&e->lock);
}

static gpointer
worker_main (gpointer data)
{
  NpEngineWorker *w = data;
  NpEngine *e = w->engine;
  for (;;)
    {
      NpBatchJob *j = g_async_queue_pop (e->queue);
      if (j == &sentinel)
        break;
      /* once the run is told to stop (a signal, --fail-fast, a fatal
       * error) the documents still queued are left for the next run:
       * jobs are taken in input order, so what is written stays a prefix */
      if (np_engine_caught_signal || g_atomic_int_get (&e->stop))
        j->dropped = TRUE;
      else
        process_job (e, w->worker, j);
      complete (e, j);
    }
  return NULL;
}

/* From the main thread while waiting: commit a transaction left open by an
 * idle writer, so a stalled run still saves what it finished. */
static void
idle_commit (NpEngine *e)
{
  if (!e->store)
    return;
  g_mutex_lock (&e->lock);
  if (e->writing)
    {
      g_mutex_unlock (&e->lock);
      return;
    }
  e->writing = TRUE;
  g_mutex_unlock (&e->lock);
  np_engine_maybe_commit (e, FALSE);
  g_mutex_lock (&e->lock);
  e->writing = FALSE;
  drain (e); /* documents finished while the role was taken */
  g_mutex_unlock (&e->lock);
}

/* WAL checkpoints on their own thread: copying WAL frames into the
 * database and syncing it waits on the disk (tens of ms an fsync here);
 * neither the writer nor the input walk may wait for that. */
static gpointer
checkpoint_main (gpointer data)
{
  NpEngine *e = data;
  g_mutex_lock (&e->lock);
  while (!e->checkpoint_stop)
    {
      g_cond_wait_until (&e->checkpoint_cond, &e->lock, g_get_monotonic_time () + TICK_US);
      if (e->checkpoint_stop)
        break;
      g_mutex_unlock (&e->lock);
      np_store_checkpointer_run (e->checkpointer);
      g_mutex_lock (&e->lock);
    }
  g_mutex_unlock (&e->lock);
  return NULL;
}

/* ---- the run ------------------------------------------------------------- */

static gboolean
pipeline_can_save (NpPipeline *p, gboolean *has_corpus)
{
  gboolean ok = TRUE;
  *has_corpus = FALSE;
  for (guint i = 0; i < np_pipeline_get_n_plugins (p); i++)
    {
      const NpPluginDescriptor *d = np_pipeline_get_plugin (p, i);
      for (guint k = 0; k < d->n_stages; k++)
        if (d->stages[k].kind == NP_STAGE_CORPUS)
          {
            *has_corpus = TRUE;
            ok &= d->stages[k].corpus_save != NULL && d->stages[k].corpus_merge != NULL;
          }
    }
  return ok;
}

/* The main thread waits for room (or for the end), ticking progress and
 * idle commits.  Returns FALSE when the run must stop. */
static gboolean
wait_for_room (NpEngine *e, guint64 bytes, gboolean drain)
{
  gboolean waited = FALSE;
  g_mutex_lock (&e->lock);
  for (;;)
    {
      if (g_get_monotonic_time () >= e->last_tick + TICK_US)
        {
          e->last_tick = g_get_monotonic_time ();
          show_progress (e);
          g_mutex_unlock (&e->lock);
          idle_commit (e);
          g_mutex_lock (&e->lock);
        }
      /* after a wait, room means the ring at most half full: the workers
       * then have a run of documents queued before the next wait */
      if (drain ? e->in_flight == 0
                : (e->stop || np_engine_caught_signal
                   || (e->in_flight < (waited ? e->cap / 2 + 1 : e->cap)
                       && (e->in_flight == 0 || e->bytes_in_flight + bytes <= e->max_bytes_in_flight))))
        break;
      waited = TRUE;
      e->main_waiting = TRUE;
      e->wake_at = drain ? 0 : e->cap / 2;
      g_cond_wait_until (&e->cond, &e->lock, e->last_tick + TICK_US);
      e->main_waiting = FALSE;
    }
  gboolean go = drain || !(e->stop || np_engine_caught_signal);
  if (go && !drain)
    {
      e->in_flight++;
      e->bytes_in_flight += bytes;
    }
  g_mutex_unlock (&e->lock);
  return go;
}

static gboolean
quick_skip (NpEngine *e, NpBatchJob *j)
{
  const NpStoredDoc *st = &j->stored;
  if (!st->doc || !st->same_fingerprint || (st->failed && e->cfg->retry_failed) || e->cfg->checksum)
    return FALSE;
  const NpUnit *u = j->unit;
  return u->kind == NP_UNIT_FILE && !u->error && u->mtime != 0 && u->size == st->size && u->mtime == st->mtime;
}

static void
print_summary (NpEngine *e, const char *how)
{
  if (e->cfg->quiet)
    return;
  double secs = MAX ((g_get_monotonic_time () - e->t0) / (double) G_USEC_PER_SEC, 1e-3);
  GString *s = g_string_new (NULL);
  g_string_append_printf (s, "notepipe batch: %s%" G_GUINT64_FORMAT " document%s in %.1f s", how, e->n_documents,
                          PLURAL (e->n_documents), secs);
  if (e->n_processed)
    g_string_append_printf (s, " (%.0f docs/s, %.1f MB/s)", e->n_processed / secs, e->bytes_done / secs / 1e6);
  g_string_append_printf (s, ": %" G_GUINT64_FORMAT " ok, %" G_GUINT64_FORMAT " failed",
                          e->n_documents - e->n_failed, e->n_failed);
  if (e->n_skipped)
    g_string_append_printf (s, ", %" G_GUINT64_FORMAT " already done", e->n_skipped);
  if (e->n_duplicates)
    g_string_append_printf (s, ", %" G_GUINT64_FORMAT " input%s listed twice", e->n_duplicates,
                            PLURAL (e->n_duplicates));
  if (e->store)
    g_string_append_printf (s, "; database %s", np_store_get_path (e->store));
  fprintf (stderr, "%s\n", s->str);
  g_string_free (s, TRUE);
}

int
np_batch_run (const NpBatchConfig *cfg)
{
  NpEngine engine = { 0 }, *e = &engine;
  int status = 0;
  GError *error = NULL;
  e->cfg = cfg;
  e->pipeline = cfg->pipeline;
  e->fingerprint = np_pipeline_get_fingerprint (cfg->pipeline);
  /* contributions are kept for resuming, so only with a database */
  e->corpus_parts = pipeline_can_save (cfg->pipeline, &e->has_corpus) && e->has_corpus && cfg->db_path;
  e->t0 = g_get_monotonic_time ();
  g_mutex_init (&e->lock);
  g_cond_init (&e->cond);
  g_cond_init (&e->checkpoint_cond);
  guint jobs = MAX (cfg->jobs, 1);
  /* a queued job is a name and a size until a worker takes it (archive
   * members, read ahead, are bounded by bytes below): the ring is deep
   * enough that the main thread, refilling half of it at a time, sleeps
   * and wakes once every 32 small documents, not every 8 */
  e->cap = MAX (64, 16 * jobs);
  e->ring = g_new0 (NpBatchJob *, e->cap);
  e->max_bytes_in_flight = (guint64) 64 << 20;

  if (cfg->db_path)
    {
      e->store = np_store_open (cfg->db_path, NP_STORE_CREATE | NP_STORE_LOCK, &error);
      if (!e->store || !np_store_prepare_pipeline (e->store, cfg->pipeline, &error)
          || !(e->reader = np_store_reader_new (e->store, e->fingerprint, &error))
          || !(e->checkpointer = np_store_checkpointer_new (e->store, &error))
          || !(e->run = np_store_run_begin (e->store, cfg->run_info, &error)))
        {
          np_batch_message (NULL, error->message);
          g_error_free (error);
          status = 3;
          goto out;
        }
    }
  if (e->corpus_parts)
    {
      e->deferring = TRUE;
      e->last_run = np_store_last_corpus_run (e->store, e->fingerprint, &e->last_documents);
    }
  e->corpus = np_corpus_run_new (cfg->pipeline, &error);
  if (!e->corpus)
    {
      np_batch_message (NULL, error->message);
      g_error_free (error);
      status = 3;
      goto out;
    }

  e->queue = g_async_queue_new ();
  e->workers = g_ptr_array_new ();
  for (guint i = 0; i < jobs; i++)
    {
      NpEngineWorker *w = g_new0 (NpEngineWorker, 1);
      w->engine = e;
      w->worker = np_worker_new (cfg->pipeline, &error);
      if (!w->worker)
        {
          np_batch_message (NULL, error->message);
          g_error_free (error);
          g_free (w);
          status = 3;
          break;
        }
      g_ptr_array_add (e->workers, w);
    }
  if (status)
    goto out;
  for (guint i = 0; i < e->workers->len; i++)
    {
      NpEngineWorker *w = g_ptr_array_index (e->workers, i);
      w->thread = g_thread_new ("np-worker", worker_main, w);
    }
  if (cfg->progress)
    e->counter = g_thread_new ("np-count", count_inputs, e);
  if (e->checkpointer)
    e->checkpoint_thread = g_thread_new ("np-checkpoint", checkpoint_main, e);

  np_engine_caught_signal = 0;
  struct sigaction sa = { 0 }, old_int, old_term;
  sa.sa_handler = on_signal;
  sigemptyset (&sa.sa_mask);
  sigaction (SIGINT, &sa, &old_int);
  sigaction (SIGTERM, &sa, &old_term);

  NpUnit *u;
  while (!np_engine_caught_signal && !e->stop && (u = np_source_iter_next (cfg->source)))
    {
      NpBatchJob *j = g_new0 (NpBatchJob, 1);
      j->unit = u;
      if (e->reader)
        np_store_reader_lookup (e->reader, u->source, &j->stored);
      j->skip = quick_skip (e, j);
      if (j->skip && e->has_corpus && !e->corpus_parts)
        {
          j->skip = FALSE;
          j->replay = TRUE;
        }
      if (!wait_for_room (e, u->size, FALSE))
        {
          np_engine_job_free (j);
          break;
        }
      j->order = e->dispatched++;
      if (j->skip)
        complete (e, j);
      else
        g_async_queue_push (e->queue, j);
    }
  for (guint i = 0; i < e->workers->len; i++)
    g_async_queue_push (e->queue, &sentinel);
  wait_for_room (e, 0, TRUE);
  for (guint i = 0; i < e->workers->len; i++)
    g_thread_join (((NpEngineWorker *) g_ptr_array_index (e->workers, i))->thread);
  g_atomic_int_set (&e->counting_cancel, 1);
  if (e->counter)
    g_thread_join (e->counter);
  if (e->checkpoint_thread)
    {
      g_mutex_lock (&e->lock);
      e->checkpoint_stop = TRUE;
      g_cond_signal (&e->checkpoint_cond);
      g_mutex_unlock (&e->lock);
      g_thread_join (e->checkpoint_thread);
    }
  sigaction (SIGINT, &old_int, NULL);
  sigaction (SIGTERM, &old_term, NULL);
  np_engine_clear_progress (e);

  NpRunTotals totals = { e->n_documents, e->n_failed, e->n_skipped, e->bytes_done,
                         (g_get_monotonic_time () - e->t0) / (double) G_USEC_PER_SEC };
  if (e->fatal)
    {
      np_batch_message (NULL, e->fatal->message);
      if (e->store)
        {
          np_store_rollback (e->store);
          np_store_run_end (e->store, e->run, "failed", &totals, NULL);
        }
      print_summary (e, "stopped after ");
      status = 3;
      goto out;
    }
  if (np_engine_caught_signal || e->stop)
    {
      GError *err = NULL;
      if (e->store
          && !(np_store_commit (e->store, &err)
               && np_store_run_end (e->store, e->run, np_engine_caught_signal ? "interrupted" : "stopped", &totals, &err)))
        {
          np_batch_message (NULL, err->message);
          g_clear_error (&err);
        }
      print_summary (e, np_engine_caught_signal ? "interrupted after " : "stopped at the first failure after ");
      if (np_engine_caught_signal && !cfg->quiet && e->store)
        fprintf (stderr, "notepipe batch: run the same command again to finish (finished documents are kept)\n");
      status = np_engine_caught_signal == SIGTERM ? 143 : np_engine_caught_signal ? 130 : 1;
      goto out;
    }

  if (e->deferring && !cfg->jsonl && e->last_run && e->n_processed == 0 && e->n_from_last == e->n_documents
      && e->n_documents == e->last_documents)
    {
      /* the same documents as the last finished run: its results stand */
      if (!np_store_reuse_corpus (e->store, e->last_run, e->run, &error)
          || !np_store_run_end (e->store, e->run, "finished", &totals, &error) || !np_store_commit (e->store, &error))
        {
          np_batch_message (NULL, error->message);
          g_clear_error (&error);
          status = 3;
          goto out;
        }
      if (cfg->index && !np_store_fts_update (e->store, NULL, &error))
        {
          np_batch_message (NULL, error->message);
          g_clear_error (&error);
          status = 3;
          goto out;
        }
      print_summary (e, "");
      status = e->n_failed ? 1 : 0;
      goto out;
    }
  if (e->deferring)
    np_engine_flush_deferred (e);
  if (e->fatal)
    {
      np_batch_message (NULL, e->fatal->message);
      np_store_rollback (e->store);
      np_store_run_end (e->store, e->run, "failed", &totals, NULL);
      status = 3;
      goto out;
    }
  NpCorpus *corpus = np_corpus_run_finish (e->corpus, &error);
  if (!corpus)
    {
      np_batch_message (NULL, error->message);
      g_clear_error (&error);
      if (e->store)
        {
          np_store_commit (e->store, NULL);
          np_store_run_end (e->store, e->run, "failed", &totals, NULL);
        }
      status = 3;
      goto out;
    }
  if (e->store)
    {
      g_autoptr (GVariant) state = g_variant_ref_sink (np_corpus_run_save (e->corpus));
      if (!np_store_write_corpus (e->store, e->run, e->fingerprint, corpus, state, e->n_documents, e->n_failed,
                                  &error)
          || !np_store_run_end (e->store, e->run, "finished", &totals, &error) || !np_store_commit (e->store, &error))
        {
          np_batch_message (NULL, error->message);
          g_clear_error (&error);
          status = 3;
          goto out;
        }
      if (cfg->index)
        {
          guint64 n = 0;
          if (!np_store_fts_update (e->store, &n, &error))
            {
              np_batch_message (NULL, error->message);
              g_clear_error (&error);
              status = 3;
              goto out;
            }
        }
    }
  if (cfg->jsonl)
    {
      GString *s = g_string_new (NULL);
      np_corpus_append_json_full (corpus, e->n_documents, e->n_failed,
                                  cfg->internal_layers ? NP_JSON_INTERNAL_LAYERS : 0, s, FALSE);
      g_string_append_c (s, '\n');
      fwrite (s->str, 1, s->len, cfg->jsonl);
      g_string_free (s, TRUE);
    }
  print_summary (e, "");
  status = e->n_failed ? 1 : 0;

out:
  if (e->workers)
    {
      for (guint i = 0; i < e->workers->len; i++)
        {
          NpEngineWorker *w = g_ptr_array_index (e->workers, i);
          np_worker_free (w->worker);
          g_free (w);
        }
      g_ptr_array_free (e->workers, TRUE);
    }
  if (e->queue)
    g_async_queue_unref (e->queue);
  np_corpus_run_free (e->corpus);
  np_store_reader_free (e->reader);
  np_store_checkpointer_free (e->checkpointer);
  np_store_close (e->store);
  g_clear_error (&e->fatal);
  g_free (e->ring);
  g_mutex_clear (&e->lock);
  g_cond_clear (&e->cond);
  g_cond_clear (&e->checkpoint_cond);
  return status;
}
