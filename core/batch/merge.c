/* merge.c: notepipe merge A.db B.db ... --db OUT.db: the reduce side.
 *
 * Each shard database holds the documents of its last finished run, each
 * document's corpus contribution, and the corpus state of that run
 * (np_corpus_run_save: counts, vocabularies, cluster statistics).  Merging
 * copies the documents with their model and layers (SQL, table by table,
 * with document keys renumbered), then merges the contributions of every
 * document in the merged order into one corpus run and finishes it: the
 * corpus layers are those one machine would have computed.  Shards without
 * contributions (a pipeline whose corpus stages do not save) are merged by
 * their run states instead.  The output stores the
 * merged state too, so merges can be merged again (a tree of reducers).
 *
 * Order: shards made with --shard I/N over the same inputs number their
 * documents by position in the whole input, so the merged order is the
 * single-machine order; other shards are concatenated in argument order.
 * All shards must come from the same pipeline (same fingerprint); the
 * pipeline is rebuilt from the shards' run records unless given. */
#include "config.h"

#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "batch.h"
#include "np-private.h"

typedef struct
{
  char *path;
  gint64 run;
  char *fingerprint, *plugins, *options, *shard;
  guint shard_index, shard_count;
  GBytes *state;
  gint64 documents;
  gboolean parts_complete; /* every ok document has its contribution */
} Shard;

static void
shard_free (Shard *s)
{
  g_free (s->path);
  g_free (s->fingerprint);
  g_free (s->plugins);
  g_free (s->options);
  g_free (s->shard);
  if (s->state)
    g_bytes_unref (s->state);
  g_free (s);
}

static char *
column_text (sqlite3_stmt *st, int i)
{
  const char *t = (const char *) sqlite3_column_text (st, i);
  return t ? g_strdup (t) : NULL;
}

static Shard *
read_shard (const char *path, GError **error)
{
  NpStore *store = np_store_open (path, NP_STORE_READ_ONLY, error);
  if (!store)
    return NULL;
  sqlite3 *db = np_store_get_db (store);
  sqlite3_stmt *st = NULL;
  Shard *s = NULL;
  if (sqlite3_prepare_v2 (db,
                          "SELECT r.run, r.status, r.fingerprint, r.plugins, r.options, r.shard, c.state, c.documents "
                          "FROM runs r LEFT JOIN corpus_state c ON c.run = r.run ORDER BY r.run DESC LIMIT 1",
                          -1, &st, NULL)
      != SQLITE_OK)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s", path, sqlite3_errmsg (db));
      goto out;
    }
  if (sqlite3_step (st) != SQLITE_ROW)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: no batch run in this database", path);
      goto out;
    }
  const char *status = (const char *) sqlite3_column_text (st, 1);
  if (g_strcmp0 (status, "finished") != 0 || sqlite3_column_type (st, 6) == SQLITE_NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "%s: its last run is %s, not finished: run its batch command again to finish it first", path,
                   status ? status : "unknown");
      goto out;
    }
  s = g_new0 (Shard, 1);
  s->path = g_strdup (path);
  s->run = sqlite3_column_int64 (st, 0);
  s->fingerprint = column_text (st, 2);
  s->plugins = column_text (st, 3);
  s->options = column_text (st, 4);
  s->shard = column_text (st, 5);
  s->state = g_bytes_new (sqlite3_column_blob (st, 6), sqlite3_column_bytes (st, 6));
  s->documents = sqlite3_column_int64 (st, 7);
  if (s->shard && sscanf (s->shard, "%u/%u", &s->shard_index, &s->shard_count) != 2)
    s->shard_index = s->shard_count = 0;
  sqlite3_finalize (st);
  st = NULL;
  /* contributions exist when the pipeline has corpus stages that save */
  if (sqlite3_prepare_v2 (db,
                          "SELECT (SELECT count(*) FROM corpus_parts) > 0 AND NOT EXISTS (SELECT 1 FROM documents d "
                          "WHERE d.run = ?1 AND d.status = 'ok' AND NOT EXISTS (SELECT 1 FROM corpus_parts p WHERE "
                          "p.doc = d.doc))",
                          -1, &st, NULL)
        == SQLITE_OK
      && (sqlite3_bind_int64 (st, 1, s->run), sqlite3_step (st) == SQLITE_ROW))
    s->parts_complete = sqlite3_column_int (st, 0);
out:
  sqlite3_finalize (st);
  np_store_close (store);
  return s;
}

/* The pipeline the shards ran, from their run record */
static NpPipeline *
rebuild_pipeline (NpRegistry *registry, const Shard *s, GError **error)
{
  g_auto (GStrv) names = s->plugins && *s->plugins ? g_strsplit (s->plugins, ",", -1) : g_new0 (char *, 1);
  NpConfig *config = np_config_new ();
  g_auto (GStrv) lines = g_strsplit (s->options ? s->options : "", "\n", -1);
  for (char **l = lines; *l; l++)
    {
      const char *eq = strchr (*l, '=');
      if (!eq || eq[1] == '\0')
        continue; /* unset options have no value */
      if (!np_config_set_option (config, *l, error))
        {
          np_config_free (config);
          return NULL;
        }
    }
  NpPipeline *p = np_pipeline_new (registry, (const char *const *) names, config, error);
  np_config_free (config);
  return p;
}

static gboolean
exec_sql (sqlite3 *db, const char *sql, GError **error)
{
  char *msg = NULL;
  if (sqlite3_exec (db, sql, NULL, NULL, &msg) != SQLITE_OK)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", msg ? msg : "SQL error");
      sqlite3_free (msg);
      return FALSE;
    }
  return TRUE;
}

/* Column names of a table (transfer full) */
static GPtrArray *
table_columns (sqlite3 *db, const char *schema, const char *table)
{
  GPtrArray *cols = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *sql = g_strdup_printf ("PRAGMA %s.table_info(%s)", schema, table);
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2 (db, sql, -1, &st, NULL) == SQLITE_OK)
    {
      while (sqlite3_step (st) == SQLITE_ROW)
        g_ptr_array_add (cols, g_strdup ((const char *) sqlite3_column_text (st, 1)));
      sqlite3_finalize (st);
    }
  return cols;
}

static gboolean
has_column (GPtrArray *cols, const char *name)
{
  for (guint i = 0; i < cols->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (cols, i), name) == 0)
      return TRUE;
  return FALSE;
}

/* INSERT INTO main.table the rows of kept shard documents, the columns both
 * have, with doc renumbered (and item keys, which contain it). */
static gboolean
copy_rows (sqlite3 *db, const char *out_table, const char *in_table, gint64 offset, GError **error)
{
  g_autoptr (GPtrArray) out_cols = table_columns (db, "main", out_table);
  g_autoptr (GPtrArray) in_cols = table_columns (db, "shard", in_table);
  GString *names = g_string_new (NULL), *values = g_string_new (NULL);
  for (guint i = 0; i < out_cols->len; i++)
    {
      const char *c = g_ptr_array_index (out_cols, i);
      if (!has_column (in_cols, c))
        continue;
      g_string_append_printf (names, "%s%s", names->len ? ", " : "", c);
      if (strcmp (c, "doc") == 0)
        g_string_append_printf (values, "%sdoc + %" G_GINT64_FORMAT, values->len ? ", " : "", offset);
      else if (strcmp (out_table, "items") == 0 && strcmp (c, "item") == 0)
        g_string_append_printf (values, "%sitem + %" G_GINT64_FORMAT, values->len ? ", " : "",
                                NP_STORE_ITEM_KEY (offset, 0));
      else
        g_string_append_printf (values, "%s%s", values->len ? ", " : "", c);
    }
  g_autofree char *sql = g_strdup_printf ("INSERT INTO main.%s (%s) SELECT %s FROM shard.%s WHERE doc IN "
                                          "(SELECT doc FROM temp.keep) ORDER BY doc",
                                          out_table, names->str, values->str, in_table);
  g_string_free (names, TRUE);
  g_string_free (values, TRUE);
  if (!exec_sql (db, sql, error))
    {
      g_prefix_error (error, "%s: ", out_table);
      return FALSE;
    }
  return TRUE;
}

static gboolean
merge_shard (NpStore *out, const Shard *s, gint64 merge_run, gboolean global_seq, gint64 *seq_offset,
             guint64 *n_duplicates, GError **error)
{
  sqlite3 *db = np_store_get_db (out);
  g_autofree char *docs = NULL, *count = NULL, *keep = NULL;
  GPtrArray *pairs = NULL;
  char *attach = sqlite3_mprintf ("ATTACH DATABASE %Q AS shard", s->path);
  gboolean attached = exec_sql (db, attach, error);
  sqlite3_free (attach);
  if (!attached)
    return FALSE;
  gboolean ok = FALSE;
  if (!np_store_begin (out, error))
    goto detach;
  gint64 offset = 0;
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2 (db, "SELECT coalesce(max(doc), 0) FROM main.documents", -1, &st, NULL) == SQLITE_OK
      && sqlite3_step (st) == SQLITE_ROW)
    offset = sqlite3_column_int64 (st, 0);
  sqlite3_finalize (st);

  docs = g_strdup_printf (
    "INSERT INTO main.documents (doc, id, source, seq, title, date, url, format, bytes, mtime, status, error, "
    "fingerprint, run) "
    "SELECT doc + %" G_GINT64_FORMAT ", id, source, %s, title, date, url, format, bytes, mtime, status, error, "
    "fingerprint, %" G_GINT64_FORMAT " FROM shard.documents d WHERE run = %" G_GINT64_FORMAT
    " AND NOT EXISTS (SELECT 1 FROM main.documents m WHERE m.source = d.source) ORDER BY seq",
    offset, global_seq ? "seq" : "row_number () OVER (ORDER BY seq) - 1 + ?1", merge_run, s->run);
  if (sqlite3_prepare_v2 (db, docs, -1, &st, NULL) != SQLITE_OK)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s", s->path, sqlite3_errmsg (db));
      goto rollback;
    }
  if (!global_seq)
    sqlite3_bind_int64 (st, 1, *seq_offset);
  int rc = sqlite3_step (st);
  sqlite3_finalize (st);
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: documents: %s", s->path, sqlite3_errmsg (db));
      goto rollback;
    }
  gint64 inserted = sqlite3_changes (db);
  gint64 in_run = 0;
  count = g_strdup_printf ("SELECT count(*) FROM shard.documents WHERE run = %" G_GINT64_FORMAT,
                                            s->run);
  if (sqlite3_prepare_v2 (db, count, -1, &st, NULL) == SQLITE_OK && sqlite3_step (st) == SQLITE_ROW)
    in_run = sqlite3_column_int64 (st, 0);
  sqlite3_finalize (st);
  *n_duplicates += in_run - inserted;
  *seq_offset += in_run;

  keep = g_strdup_printf ("DROP TABLE IF EXISTS temp.keep; CREATE TEMP TABLE keep (doc INTEGER "
                                           "PRIMARY KEY); INSERT INTO temp.keep SELECT doc - %" G_GINT64_FORMAT
                                           " FROM main.documents WHERE doc > %" G_GINT64_FORMAT,
                                           offset, offset);
  if (!exec_sql (db, keep, error))
    goto rollback;
  static const char *const model[] = { "people", "sections", "diagnostics", "corpus_parts", "items", NULL };
  for (const char *const *t = model; *t; t++)
    if (!copy_rows (db, *t, *t, offset, error))
      goto rollback;

  /* layer tables, matched by layer name through both registries */
  if (sqlite3_prepare_v2 (db, "SELECT s.table_name, m.table_name FROM shard.layers s JOIN main.layers m "
                              "ON m.name = s.name AND m.scope = s.scope WHERE s.scope = 'document'",
                          -1, &st, NULL)
      != SQLITE_OK)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: layers: %s", s->path, sqlite3_errmsg (db));
      goto rollback;
    }
  pairs = g_ptr_array_new_with_free_func (g_free);
  while (sqlite3_step (st) == SQLITE_ROW)
    {
      g_ptr_array_add (pairs, g_strdup ((const char *) sqlite3_column_text (st, 0)));
      g_ptr_array_add (pairs, g_strdup ((const char *) sqlite3_column_text (st, 1)));
    }
  sqlite3_finalize (st);
  gboolean layers_ok = TRUE;
  for (guint i = 0; layers_ok && i + 1 < pairs->len; i += 2)
    layers_ok = copy_rows (db, g_ptr_array_index (pairs, i + 1), g_ptr_array_index (pairs, i), offset, error);
  g_clear_pointer (&pairs, g_ptr_array_unref);
  if (!layers_ok || !exec_sql (db, "DROP TABLE temp.keep", error) || !np_store_commit (out, error))
    goto rollback;
  ok = TRUE;
  goto detach;

rollback:
  g_prefix_error (error, "%s: ", s->path);
  np_store_rollback (out);
  if (pairs)
    g_ptr_array_unref (pairs);
detach:
  sqlite3_exec (db, "DETACH DATABASE shard", NULL, NULL, NULL);
  return ok;
}

static gboolean
merge_document (GBytes *part, const char *source, gpointer data, GError **error)
{
  NpCorpusRun *corpus = data;
  if (!part)
    {
      np_corpus_run_count_failed (corpus);
      return TRUE;
    }
  g_autoptr (GVariant) state = np_state_from_bytes (part);
  if (!np_corpus_run_merge (corpus, state, error))
    {
      g_prefix_error (error, "%s: ", source);
      return FALSE;
    }
  return TRUE;
}

static gboolean
same_file (const char *a, const char *b)
{
  struct stat sa, sb;
  return stat (a, &sa) == 0 && stat (b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

int
np_batch_merge (const NpMergeConfig *cfg, NpRegistry *registry, NpPipeline *given)
{
  GError *error = NULL;
  int status = 3;
  GPtrArray *shards = g_ptr_array_new_with_free_func ((GDestroyNotify) shard_free);
  NpPipeline *rebuilt = NULL, *pipeline = given;
  NpStore *out = NULL;
  NpCorpusRun *corpus = NULL;
  gint64 t0 = g_get_monotonic_time ();
  g_autofree char *plugin_list = NULL, *options = NULL;
  g_autoptr (GVariant) state = NULL;
  GString *inputs = NULL;
  NpRunTotals totals = { 0 };
  guint64 n_duplicates = 0, n_docs = 0, n_failed = 0;
  gint64 seq_offset = 0, run;
  NpCorpus *result;
  Shard *first;
  gboolean by_document = TRUE;
  gboolean global_seq;
  sqlite3_stmt *st;
  sqlite3 *db;

  for (char **in = cfg->inputs; in && *in; in++)
    {
      if (g_file_test (cfg->output, G_FILE_TEST_EXISTS) && same_file (*in, cfg->output))
        {
          np_batch_message (NULL, "the output database is also an input");
          status = 2;
          goto out;
        }
      Shard *s = read_shard (*in, &error);
      if (!s)
        goto fail;
      if (shards->len && g_strcmp0 (s->fingerprint, ((Shard *) g_ptr_array_index (shards, 0))->fingerprint) != 0)
        {
          g_set_error (&error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       "%s was made with other plugins, versions or options than %s (plugins %s / %s): shards must "
                       "come from the same pipeline",
                       *in, ((Shard *) g_ptr_array_index (shards, 0))->path, s->plugins,
                       ((Shard *) g_ptr_array_index (shards, 0))->plugins);
          shard_free (s);
          goto fail;
        }
      g_ptr_array_add (shards, s);
    }
  first = g_ptr_array_index (shards, 0);
  if (!pipeline)
    {
      pipeline = rebuilt = rebuild_pipeline (registry, first, &error);
      if (!pipeline)
        {
          g_prefix_error (&error, "cannot rebuild the shards' pipeline (%s): ", first->plugins);
          goto fail;
        }
    }
  if (strcmp (np_pipeline_get_fingerprint (pipeline), first->fingerprint) != 0)
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "the shards were made with another pipeline than this one (plugins %s; plugin versions or "
                   "options differ): merge with the notepipe and options that made them",
                   first->plugins);
      goto fail;
    }

  /* shards of one input cut by --shard keep the single-run order */
  global_seq = first->shard_count > 0 && shards->len == first->shard_count;
  for (guint i = 0; global_seq && i < shards->len; i++)
    {
      Shard *s = g_ptr_array_index (shards, i);
      global_seq = s->shard_count == first->shard_count;
      for (guint k = 0; global_seq && k < i; k++)
        global_seq = ((Shard *) g_ptr_array_index (shards, k))->shard_index != s->shard_index;
    }

  if (g_file_test (cfg->output, G_FILE_TEST_EXISTS))
    {
      if (!cfg->force)
        {
          np_batch_message (cfg->output, "exists (use --force to replace it)");
          status = 2;
          goto out;
        }
      static const char *const suffixes[] = { "", "-wal", "-shm", NULL };
      for (const char *const *x = suffixes; *x; x++)
        {
          g_autofree char *p = g_strconcat (cfg->output, *x, NULL);
          unlink (p);
        }
    }
  out = np_store_open (cfg->output, NP_STORE_CREATE | NP_STORE_LOCK, &error);
  if (!out || !np_store_prepare_pipeline (out, pipeline, &error))
    goto fail;
  inputs = g_string_new (NULL);
  for (guint i = 0; i < shards->len; i++)
    g_string_append_printf (inputs, "%s\n", ((Shard *) g_ptr_array_index (shards, i))->path);
  plugin_list = np_pipeline_plugin_list (pipeline);
  options = np_pipeline_describe_options (pipeline);
  NpRunInfo info = { plugin_list, options, np_pipeline_get_fingerprint (pipeline), "merge", inputs->str, 1 };
  run = np_store_run_begin (out, &info, &error);
  g_string_free (inputs, TRUE);
  if (!run)
    goto fail;

  corpus = np_corpus_run_new (pipeline, &error);
  if (!corpus)
    goto fail;
  for (guint i = 0; i < shards->len; i++)
    {
      Shard *s = g_ptr_array_index (shards, i);
      if (!merge_shard (out, s, run, global_seq, &seq_offset, &n_duplicates, &error))
        goto fail;
      by_document &= s->parts_complete;
    }
  if (n_duplicates && !cfg->quiet)
    fprintf (stderr,
             "notepipe merge: warning: %" G_GUINT64_FORMAT " documents were in more than one shard and were kept "
             "once\n",
             n_duplicates);
  /* Every document's contribution, in the merged order, is exactly what
   * one run over all the inputs merges (or adds); the shards' states give
   * the same statistics but list documents shard by shard. */
  if (by_document)
    {
      if (!np_store_foreach_claimed_part (out, run, merge_document, corpus, &error))
        goto fail;
    }
  else
    for (guint i = 0; i < shards->len; i++)
      {
        Shard *s = g_ptr_array_index (shards, i);
        g_autoptr (GVariant) part = np_state_from_bytes (s->state);
        if (!np_corpus_run_merge (corpus, part, &error))
          {
            g_prefix_error (&error, "%s: ", s->path);
            goto fail;
          }
      }
  result = np_corpus_run_finish (corpus, &error);
  if (!result)
    goto fail;
  db = np_store_get_db (out);
  if (sqlite3_prepare_v2 (db, "SELECT count(*), coalesce(sum(status = 'failed'), 0) FROM documents", -1, &st, NULL)
        == SQLITE_OK
      && sqlite3_step (st) == SQLITE_ROW)
    {
      n_docs = sqlite3_column_int64 (st, 0);
      n_failed = sqlite3_column_int64 (st, 1);
    }
  sqlite3_finalize (st);
  state = g_variant_ref_sink (np_corpus_run_save (corpus));
  totals.documents = n_docs;
  totals.failed = n_failed;
  totals.seconds = (g_get_monotonic_time () - t0) / (double) G_USEC_PER_SEC;
  if (!np_store_write_corpus (out, run, np_pipeline_get_fingerprint (pipeline), result, state, n_docs, n_failed,
                              &error)
      || !np_store_run_end (out, run, "finished", &totals, &error) || !np_store_commit (out, &error))
    goto fail;
  if (cfg->jsonl)
    {
      GString *s = g_string_new (NULL);
      np_corpus_append_json_full (result, n_docs, n_failed, cfg->internal_layers ? NP_JSON_INTERNAL_LAYERS : 0, s,
                                  FALSE);
      fprintf (cfg->jsonl, "%s\n", s->str);
      g_string_free (s, TRUE);
    }
  if (!cfg->quiet)
    fprintf (stderr, "notepipe merge: %u shard%s, %" G_GUINT64_FORMAT " document%s (%" G_GUINT64_FORMAT
                     " failed) into %s in %.1f s\n",
             shards->len, PLURAL (shards->len), n_docs, PLURAL (n_docs), n_failed, cfg->output, totals.seconds);
  status = n_failed ? 1 : 0;
  goto out;

fail:
  np_batch_message (NULL, error ? error->message : "merge failed");
  g_clear_error (&error);
  status = 3;
out:
  np_corpus_run_free (corpus);
  np_store_close (out);
  np_pipeline_free (rebuilt);
  g_ptr_array_free (shards, TRUE);
  return status;
}
