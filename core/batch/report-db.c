/* report-db.c: `notepipe report DB --out DIR` (and `batch --report DIR`):
 * the report site rebuilt from a batch database.
 *
 * Documents are read back one at a time (the items, sections, people,
 * diagnostics and every layer table), so the site is made in bounded
 * memory however large the archive, and a resumed run's skipped documents
 * get pages like the others.  Layer tables are read through the `layers`
 * table's schema (name, target, features with their columns and types):
 * no plugin-specific code here either.  Plugins found on the search path
 * add their own summaries; a missing plugin only loses its summary. */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "batch.h"
#include "np-private.h"

typedef struct
{
  char *name;
  char *table;
  char *producer;
  NpLayerSpec spec;
  NpFeatureSpec *features;
  char **columns; /* per feature */
  guint n_features;
  gboolean corpus;
} DbLayer;

static void
db_layer_free (DbLayer *l)
{
  g_free (l->name);
  g_free (l->table);
  g_free (l->producer);
  for (guint i = 0; i < l->n_features; i++)
    g_free ((char *) l->features[i].name);
  g_free (l->features);
  g_strfreev (l->columns);
  g_free (l);
}

static GPtrArray *
load_layers (sqlite3 *db, GError **error)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) db_layer_free);
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2 (db, "SELECT name, scope, table_name, producer, target, features FROM layers ORDER BY rowid",
                          -1, &st, NULL)
      != SQLITE_OK)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "not a notepipe database: %s", sqlite3_errmsg (db));
      g_ptr_array_free (out, TRUE);
      return NULL;
    }
  while (sqlite3_step (st) == SQLITE_ROW)
    {
      DbLayer *l = g_new0 (DbLayer, 1);
      l->name = g_strdup ((const char *) sqlite3_column_text (st, 0));
      l->corpus = g_strcmp0 ((const char *) sqlite3_column_text (st, 1), "corpus") == 0;
      l->table = g_strdup ((const char *) sqlite3_column_text (st, 2));
      l->producer = g_strdup ((const char *) sqlite3_column_text (st, 3));
      l->spec.name = l->name;
      l->spec.target = np_layer_target_from_name ((const char *) sqlite3_column_text (st, 4));
      g_autoptr (JsonParser) p = json_parser_new ();
      if (!json_parser_load_from_data (p, (const char *) sqlite3_column_text (st, 5), -1, NULL)
          || !JSON_NODE_HOLDS_ARRAY (json_parser_get_root (p)) || !l->spec.target)
        {
          db_layer_free (l);
          continue;
        }
      JsonArray *a = json_node_get_array (json_parser_get_root (p));
      l->n_features = json_array_get_length (a);
      l->features = g_new0 (NpFeatureSpec, l->n_features + 1);
      l->columns = g_new0 (char *, l->n_features + 1);
      for (guint i = 0; i < l->n_features; i++)
        {
          JsonObject *o = json_array_get_object_element (a, i);
          l->features[i].name = g_strdup (json_object_get_string_member_with_default (o, "name", "?"));
          l->features[i].type = np_layer_type_from_name (
                                        json_object_get_string_member_with_default (o, "type", ""));
          l->features[i].flags = NP_FEATURE_OPTIONAL; /* a NULL column is an unset feature */
          l->columns[i] = g_strdup (json_object_get_string_member_with_default (o, "column", l->features[i].name));
        }
      l->spec.features = l->features;
      g_ptr_array_add (out, l);
    }
  sqlite3_finalize (st);
  return out;
}

/* The rows of one layer table for one document (or corpus run) as the JSON
 * the writers produce, then a layer from it. */
static NpLayer *
read_layer (sqlite3 *db, DbLayer *l, const char *key_column, gint64 key, GError **error)
{
  GString *sql = g_string_new ("SELECT ");
  switch (l->spec.target)
    {
    case NP_TARGET_ITEM: g_string_append (sql, "item"); break;
    case NP_TARGET_SECTION: g_string_append (sql, "section"); break;
    case NP_TARGET_SPAN: g_string_append (sql, "item, span_start, span_end"); break;
    default: g_string_append (sql, "NULL"); break;
    }
  for (guint i = 0; i < l->n_features; i++)
    g_string_append_printf (sql, ", \"%s\"", l->columns[i]);
  g_string_append_printf (sql, " FROM \"%s\" WHERE %s = ?1 ORDER BY n", l->table, key_column);
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2 (db, sql->str, -1, &st, NULL) != SQLITE_OK)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "layer %s: %s", l->name, sqlite3_errmsg (db));
      g_string_free (sql, TRUE);
      return NULL;
    }
  g_string_free (sql, TRUE);
  sqlite3_bind_int64 (st, 1, key);
  GString *json = g_string_new ("[");
  guint rows = 0;
  int first_feature = l->spec.target == NP_TARGET_SPAN ? 3 : 1;
  while (sqlite3_step (st) == SQLITE_ROW)
    {
      if (rows++)
        g_string_append_c (json, ',');
      g_string_append_c (json, '{');
      gboolean any = FALSE;
      if (l->spec.target == NP_TARGET_ITEM || l->spec.target == NP_TARGET_SPAN)
        g_string_append_printf (json, "\"item\":%lld", (long long) sqlite3_column_int64 (st, 0)), any = TRUE;
      else if (l->spec.target == NP_TARGET_SECTION)
        g_string_append_printf (json, "\"section\":%lld", (long long) sqlite3_column_int64 (st, 0)), any = TRUE;
      if (l->spec.target == NP_TARGET_SPAN)
        g_string_append_printf (json, ",\"span\":[%lld,%lld]", (long long) sqlite3_column_int64 (st, 1),
                                (long long) sqlite3_column_int64 (st, 2));
      for (guint i = 0; i < l->n_features; i++)
        {
          int c = first_feature + i;
          if (sqlite3_column_type (st, c) == SQLITE_NULL)
            continue;
          if (any)
            g_string_append_c (json, ',');
          any = TRUE;
          np_json_append_string (json, l->features[i].name, -1);
          g_string_append_c (json, ':');
          switch (l->features[i].type)
            {
            case NP_VALUE_BOOL:
              g_string_append (json, sqlite3_column_int (st, c) ? "true" : "false");
              break;
            case NP_VALUE_INT:
              g_string_append_printf (json, "%lld", (long long) sqlite3_column_int64 (st, c));
              break;
            case NP_VALUE_DOUBLE:
              {
                char buf[G_ASCII_DTOSTR_BUF_SIZE];
                g_ascii_dtostr (buf, sizeof buf, sqlite3_column_double (st, c));
                g_string_append (json, buf);
                if (!strpbrk (buf, ".eEn"))
                  g_string_append (json, ".0");
                break;
              }
            case NP_VALUE_STRING:
              np_json_append_string (json, (const char *) sqlite3_column_text (st, c), -1);
              break;
            default: /* lists are stored as JSON arrays */
              g_string_append (json, (const char *) sqlite3_column_text (st, c));
            }
        }
      g_string_append_c (json, '}');
    }
  sqlite3_finalize (st);
  g_string_append_c (json, ']');
  g_autoptr (JsonParser) p = json_parser_new ();
  NpLayer *layer = NULL;
  if (json_parser_load_from_data (p, json->str, json->len, error))
    layer = np_layer_new_from_json (&l->spec, l->producer, json_node_get_array (json_parser_get_root (p)), error);
  g_string_free (json, TRUE);
  return layer;
}

static const char *
col_text (sqlite3_stmt *st, int c)
{
  return (const char *) sqlite3_column_text (st, c);
}

/* A statement over one document's rows (its key bound to ?1) */
static sqlite3_stmt *
rows_of_document (sqlite3 *db, const char *sql, gint64 key)
{
  sqlite3_stmt *st = NULL;
  sqlite3_prepare_v2 (db, sql, -1, &st, NULL);
  sqlite3_bind_int64 (st, 1, key);
  return st;
}

static NpDocument *
read_document (sqlite3 *db, GPtrArray *layers, gint64 key, sqlite3_stmt *docrow, GError **error)
{
  NpDocument *doc = np_document_new (col_text (docrow, 1));
  np_document_set_id (doc, col_text (docrow, 2));
  np_document_set_sequence (doc, sqlite3_column_int64 (docrow, 3));
  np_document_set_title (doc, col_text (docrow, 4));
  np_document_set_date (doc, col_text (docrow, 5));
  np_document_set_url (doc, col_text (docrow, 6));
  const char *format = col_text (docrow, 7);
  doc->format = g_strcmp0 (format, "markdown") == 0 ? "markdown" : g_strcmp0 (format, "vtt") == 0 ? "vtt" : "text";
  sqlite3_stmt *st;
  /* people */
  st = rows_of_document (db, "SELECT name, handle, email, abbreviation, affiliation, role, line FROM people WHERE doc = ?1 "
                          "ORDER BY n", key);
  while (sqlite3_step (st) == SQLITE_ROW)
    {
      NpPerson p = { 0 };
      p.name = np_document_intern_owned (doc, col_text (st, 0) ? col_text (st, 0) : "?");
      p.handle = np_document_intern_owned (doc, col_text (st, 1));
      p.email = np_document_intern_owned (doc, col_text (st, 2));
      p.abbreviation = np_document_intern_owned (doc, col_text (st, 3));
      p.affiliation = np_document_intern_owned (doc, col_text (st, 4));
      p.role = np_document_intern_owned (doc, col_text (st, 5));
      p.line = sqlite3_column_int (st, 6);
      g_array_append_val (doc->attendees, p);
    }
  sqlite3_finalize (st);
  /* sections */
  st = rows_of_document (db, "SELECT id, parent, level, title, line, end_line, item_first, item_count FROM sections "
                          "WHERE doc = ?1 ORDER BY id", key);
  while (sqlite3_step (st) == SQLITE_ROW)
    {
      NpSection s = { 0 };
      s.id = sqlite3_column_int (st, 0);
      s.parent = sqlite3_column_type (st, 1) == SQLITE_NULL ? NP_NONE : sqlite3_column_int (st, 1);
      s.level = sqlite3_column_int (st, 2);
      s.title = np_document_intern_owned (doc, col_text (st, 3) ? col_text (st, 3) : "");
      s.line = sqlite3_column_int (st, 4);
      s.end_line = sqlite3_column_int (st, 5);
      s.item_first = sqlite3_column_int (st, 6);
      s.item_count = sqlite3_column_int (st, 7);
      g_array_append_val (doc->sections, s);
    }
  sqlite3_finalize (st);
  /* items, and the normalized text they make */
  GString *text = g_string_new (NULL);
  st = rows_of_document (db, "SELECT id, section, parent, depth, kind, line, end_line, text FROM items WHERE doc = ?1 "
                          "ORDER BY id", key);
  while (sqlite3_step (st) == SQLITE_ROW)
    {
      NpItem it = { 0 };
      it.id = sqlite3_column_int (st, 0);
      it.section = sqlite3_column_type (st, 1) == SQLITE_NULL ? NP_NONE : sqlite3_column_int (st, 1);
      it.parent = sqlite3_column_type (st, 2) == SQLITE_NULL ? NP_NONE : sqlite3_column_int (st, 2);
      it.depth = sqlite3_column_int (st, 3);
      it.kind = np_item_kind_from_name (col_text (st, 4), NP_ITEM_PARAGRAPH);
      if (it.kind == NP_ITEM_CODE)
        it.flags |= NP_ITEM_NO_ANALYSIS;
      it.line = sqlite3_column_int (st, 5);
      it.end_line = sqlite3_column_int (st, 6);
      it.start = text->len;
      g_string_append (text, col_text (st, 7) ? col_text (st, 7) : "");
      it.end = text->len;
      g_string_append_c (text, '\n');
      g_array_append_val (doc->items, it);
    }
  sqlite3_finalize (st);
  g_free (doc->text);
  doc->text_len = text->len;
  doc->text = g_string_free (text, FALSE);
  np_tokenize_document (doc, NP_READER_DEFAULT_MAX_ITEM_TOKENS); /* for links in the page */
  /* diagnostics */
  st = rows_of_document (db, "SELECT plugin, severity, message FROM diagnostics WHERE doc = ?1 ORDER BY n", key);
  while (sqlite3_step (st) == SQLITE_ROW)
    {
      if (g_strcmp0 (col_text (st, 1), "error") == 0)
        np_document_add_error (doc, col_text (st, 0), "%s", col_text (st, 2));
      else
        np_document_add_warning (doc, col_text (st, 0), "%s", col_text (st, 2));
    }
  sqlite3_finalize (st);
  if (g_strcmp0 (col_text (docrow, 8), "failed") == 0 && !np_document_has_failed (doc))
    np_document_add_error (doc, NULL, "%s", col_text (docrow, 9) ? col_text (docrow, 9) : "failed");
  for (guint i = 0; i < layers->len; i++)
    {
      DbLayer *l = g_ptr_array_index (layers, i);
      if (l->corpus)
        continue;
      NpLayer *layer = read_layer (db, l, "doc", key, error);
      if (!layer)
        {
          np_document_unref (doc);
          return NULL;
        }
      np_document_adopt_layer (doc, layer);
    }
  return doc;
}

/* Plugins for summaries: the producers of the stored layers that the
 * search path has, in an order the pipeline accepts (or none). */
static NpPipeline *
summary_pipeline (NpRegistry *registry, GPtrArray *layers)
{
  GPtrArray *names = g_ptr_array_new ();
  for (guint i = 0; i < layers->len; i++)
    {
      DbLayer *l = g_ptr_array_index (layers, i);
      gboolean seen = FALSE;
      for (guint k = 0; k < names->len; k++)
        seen |= g_strcmp0 (g_ptr_array_index (names, k), l->producer) == 0;
      if (!seen && l->producer && np_registry_lookup (registry, l->producer))
        g_ptr_array_add (names, l->producer);
    }
  NpPipeline *p = NULL;
  if (names->len)
    {
      /* the default order of the registry, restricted to these plugins */
      NpPipeline *all = np_pipeline_new (registry, NULL, NULL, NULL);
      GPtrArray *ordered = g_ptr_array_new ();
      for (guint k = 0; all && k < np_pipeline_get_n_plugins (all); k++)
        for (guint n = 0; n < names->len; n++)
          if (strcmp (np_pipeline_get_plugin (all, k)->name, g_ptr_array_index (names, n)) == 0)
            g_ptr_array_add (ordered, (gpointer) np_pipeline_get_plugin (all, k)->name);
      g_ptr_array_add (ordered, NULL);
      p = np_pipeline_new (registry, (const char *const *) ordered->pdata, NULL, NULL);
      g_ptr_array_free (ordered, TRUE);
      np_pipeline_free (all);
    }
  g_ptr_array_free (names, TRUE);
  return p;
}

int
np_report_from_db (const char *db_path, const char *out_dir, NpRegistry *registry, gboolean quiet)
{
  sqlite3 *db = NULL;
  if (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    {
      np_batch_message (db_path, sqlite3_errmsg (db));
      sqlite3_close (db);
      return 3;
    }
  sqlite3_busy_timeout (db, 10000);
  sqlite3_extended_result_codes (db, 1);
  int probe = sqlite3_exec (db, "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL);
  if (probe != SQLITE_OK)
    {
      /* as np_store_open says it: a hot journal is a run killed while
       * creating the store, before anything was stored */
      np_batch_message (db_path, probe == SQLITE_READONLY_ROLLBACK
                                     ? "a run was killed while creating it (nothing was stored); run notepipe batch "
                                       "on it again"
                                     : sqlite3_errmsg (db));
      sqlite3_close (db);
      return 3;
    }
  g_autoptr (GError) error = NULL;
  GPtrArray *layers = load_layers (db, &error);
  if (!layers)
    {
      np_batch_message (db_path, error->message);
      sqlite3_close (db);
      return 3;
    }
  NpReport *report = np_report_new (out_dir, &error);
  if (!report)
    {
      np_batch_message (NULL, error->message);
      g_ptr_array_free (layers, TRUE);
      sqlite3_close (db);
      return 3;
    }
  NpPipeline *summaries = registry ? summary_pipeline (registry, layers) : NULL;
  int rc = 0;
  guint n = 0, failed = 0;
  sqlite3_stmt *st;
  sqlite3_prepare_v2 (db, "SELECT doc, source, id, seq, title, date, url, format, status, error FROM documents "
                          "ORDER BY seq",
                      -1, &st, NULL);
  while (sqlite3_step (st) == SQLITE_ROW)
    {
      NpDocument *doc = read_document (db, layers, sqlite3_column_int64 (st, 0), st, &error);
      if (!doc)
        {
          np_batch_message (col_text (st, 1), error->message);
          g_clear_error (&error);
          rc = 1;
          continue;
        }
      GPtrArray *sums = summaries ? np_pipeline_summarize (summaries, doc) : NULL;
      if (!np_report_add_document (report, doc, sums, &error))
        {
          np_batch_message (out_dir, error->message);
          g_clear_error (&error);
          rc = 3;
        }
      failed += np_document_has_failed (doc);
      n++;
      if (sums)
        g_ptr_array_free (sums, TRUE);
      np_document_unref (doc);
      if (rc == 3)
        break;
    }
  sqlite3_finalize (st);

  /* corpus results of the last run that produced them */
  NpCorpus *corpus = np_corpus_new (n, failed);
  gint64 run = -1;
  if (sqlite3_prepare_v2 (db, "SELECT max(run) FROM corpus_state", -1, &st, NULL) == SQLITE_OK)
    {
      if (sqlite3_step (st) == SQLITE_ROW && sqlite3_column_type (st, 0) != SQLITE_NULL)
        run = sqlite3_column_int64 (st, 0);
      sqlite3_finalize (st);
    }
  for (guint i = 0; run >= 0 && i < layers->len; i++)
    {
      DbLayer *l = g_ptr_array_index (layers, i);
      if (!l->corpus)
        continue;
      NpLayer *layer = read_layer (db, l, "run", run, &error);
      if (layer)
        np_corpus_adopt_layer (corpus, layer);
      else
        g_clear_error (&error);
    }
  if (rc != 3 && !np_report_finish (report, corpus, &error))
    {
      np_batch_message (out_dir, error->message);
      rc = 3;
    }
  if (!quiet && rc != 3)
    g_printerr ("notepipe: report of %u documents in %s/index.html\n", n, out_dir);
  np_corpus_free (corpus);
  np_report_free (report);
  np_pipeline_free (summaries);
  g_ptr_array_free (layers, TRUE);
  sqlite3_close (db);
  return rc;
}
