/* store-fts.c: the full-text index over items, and `notepipe search`.
 *
 * items_fts is an FTS5 table over items.text (external content, Porter
 * stemming, diacritics folded).  Filling it is by far the most expensive
 * part of storing a document (SQLite's FTS5 indexes some 10 MB of text a
 * second here, against 60 MB/s for everything else a run without plugins
 * does), so it is not filled while a batch runs: meta.fts_item records the
 * highest item key indexed, item keys only grow (NP_STORE_ITEM_KEY), and
 * np_store_fts_update() indexes every item above the mark in one bulk
 * statement.  `search` does that first when the index is behind, and
 * `batch --index` does it at the end of a run. */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "batch.h"

static GQuark
fts_quark (void)
{
  return g_quark_from_static_string ("np-store-error-quark");
}

static gboolean
fail (sqlite3 *db, GError **error, const char *what)
{
  g_set_error (error, fts_quark (), sqlite3_errcode (db), "%s: %s", what, sqlite3_errmsg (db));
  return FALSE;
}

static gint64
watermark (sqlite3 *db)
{
  sqlite3_stmt *st;
  gint64 v = 0;
  if (sqlite3_prepare_v2 (db, "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_item'", -1, &st, NULL)
      == SQLITE_OK)
    {
      if (sqlite3_step (st) == SQLITE_ROW)
        v = sqlite3_column_int64 (st, 0);
      sqlite3_finalize (st);
    }
  return v;
}

gint64
np_store_fts_pending (NpStore *store, GError **error)
{
  sqlite3 *db = np_store_get_db (store);
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2 (db, "SELECT count(*) FROM items WHERE item > ?", -1, &st, NULL) != SQLITE_OK)
    return fail (db, error, "items"), -1;
  sqlite3_bind_int64 (st, 1, watermark (db));
  gint64 n = sqlite3_step (st) == SQLITE_ROW ? sqlite3_column_int64 (st, 0) : 0;
  sqlite3_finalize (st);
  return n;
}

gboolean
np_store_fts_update (NpStore *store, guint64 *n_indexed, GError **error)
{
  sqlite3 *db = np_store_get_db (store);
  gboolean own = !np_store_in_transaction (store);
  if (own && !np_store_begin (store, error))
    return FALSE;
  gint64 mark = watermark (db);
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2 (db, "INSERT INTO items_fts (rowid, text) SELECT item, text FROM items WHERE item > ?1 "
                              "ORDER BY item",
                          -1, &st, NULL)
      != SQLITE_OK)
    goto fail;
  sqlite3_bind_int64 (st, 1, mark);
  int rc = sqlite3_step (st);
  sqlite3_finalize (st);
  if (rc != SQLITE_DONE)
    goto fail;
  if (n_indexed)
    *n_indexed = sqlite3_changes (db);
  if (sqlite3_exec (db, "UPDATE meta SET value = (SELECT coalesce(max(item), 0) FROM items) "
                        "WHERE key = 'fts_item' AND CAST(value AS INTEGER) < (SELECT coalesce(max(item), 0) FROM items)",
                    NULL, NULL, NULL)
      != SQLITE_OK)
    goto fail;
  return own ? np_store_commit (store, error) : TRUE;

fail:
  fail (db, error, "full-text index");
  if (own)
    np_store_rollback (store);
  return FALSE;
}

gboolean
np_store_fts_delete_document (NpStore *store, gint64 doc, GError **error)
{
  sqlite3 *db = np_store_get_db (store);
  sqlite3_stmt *st;
  /* only rows the index holds: deleting others would corrupt it */
  if (sqlite3_prepare_v2 (db,
                          "INSERT INTO items_fts (items_fts, rowid, text) SELECT 'delete', item, text FROM items "
                          "WHERE item BETWEEN ?1 * 16777216 AND ?1 * 16777216 + 16777215 "
                          "AND item <= (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_item')",
                          -1, &st, NULL)
      != SQLITE_OK)
    return fail (db, error, "full-text index");
  sqlite3_bind_int64 (st, 1, doc);
  int rc = sqlite3_step (st);
  sqlite3_finalize (st);
  if (rc != SQLITE_DONE)
    return fail (db, error, "full-text index");
  return TRUE;
}

void
np_search_hit_free (NpSearchHit *h)
{
  if (!h)
    return;
  g_free (h->source);
  g_free (h->doc_id);
  g_free (h->title);
  g_free (h->date);
  g_free (h->section);
  g_free (h->speakers);
  g_free (h->text);
  g_free (h->snippet);
  g_free (h);
}

/* Words of a query as quoted FTS5 strings: the fallback for text that is
 * not valid FTS5 syntax ("FIPS 140-3", "C++"). */
static char *
quote_terms (const char *query)
{
  g_auto (GStrv) words = g_strsplit_set (query, " \t\n", -1);
  GString *s = g_string_new (NULL);
  for (char **w = words; *w; w++)
    {
      if (!**w)
        continue;
      if (s->len)
        g_string_append_c (s, ' ');
      g_string_append_c (s, '"');
      for (const char *p = *w; *p; p++)
        {
          if (*p == '"')
            g_string_append_c (s, '"');
          g_string_append_c (s, *p);
        }
      g_string_append_c (s, '"');
    }
  return g_string_free (s, FALSE);
}

static char *
dup_column (sqlite3_stmt *st, int i)
{
  const char *t = (const char *) sqlite3_column_text (st, i);
  return t ? g_strdup (t) : NULL;
}

static GPtrArray *
run_search (sqlite3 *db, const char *sql, const NpSearch *q, const char *match, gboolean *syntax, GError **error)
{
  sqlite3_stmt *st;
  *syntax = FALSE;
  if (sqlite3_prepare_v2 (db, sql, -1, &st, NULL) != SQLITE_OK)
    {
      fail (db, error, "search");
      return NULL;
    }
  sqlite3_bind_text (st, 1, match, -1, SQLITE_STATIC);
  if (q->since)
    sqlite3_bind_text (st, 2, q->since, -1, SQLITE_STATIC);
  if (q->until)
    sqlite3_bind_text (st, 3, q->until, -1, SQLITE_STATIC);
  if (q->speaker)
    sqlite3_bind_text (st, 4, q->speaker, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (st, 5, q->limit ? q->limit : 20);
  GPtrArray *hits = g_ptr_array_new_with_free_func ((GDestroyNotify) np_search_hit_free);
  int rc;
  while ((rc = sqlite3_step (st)) == SQLITE_ROW)
    {
      NpSearchHit *h = g_new0 (NpSearchHit, 1);
      h->source = dup_column (st, 0);
      h->doc_id = dup_column (st, 1);
      h->title = dup_column (st, 2);
      h->date = dup_column (st, 3);
      h->section = dup_column (st, 4);
      h->item = sqlite3_column_int64 (st, 5);
      h->line = sqlite3_column_int64 (st, 6);
      h->end_line = sqlite3_column_int64 (st, 7);
      h->section_id = sqlite3_column_type (st, 8) == SQLITE_NULL ? -1 : sqlite3_column_int64 (st, 8);
      h->text = dup_column (st, 9);
      h->snippet = dup_column (st, 10);
      h->score = -sqlite3_column_double (st, 11);
      h->speakers = dup_column (st, 12);
      g_ptr_array_add (hits, h);
    }
  if (rc != SQLITE_DONE)
    {
      const char *msg = sqlite3_errmsg (db);
      *syntax = msg && (strstr (msg, "syntax error") || strstr (msg, "no such column") || strstr (msg, "unterminated"));
      fail (db, error, "search");
      g_ptr_array_free (hits, TRUE);
      hits = NULL;
    }
  sqlite3_finalize (st);
  return hits;
}

GPtrArray *
np_store_search (NpStore *store, const NpSearch *q, GError **error)
{
  sqlite3 *db = np_store_get_db (store);
  NpLayerTables *lt = np_store_get_layer_tables (store);
  const char *layer = q->speaker_layer ? q->speaker_layer : "speakers.turn";
  const char *feature = q->speaker_feature ? q->speaker_feature : "speakers";
  const char *table = np_layer_tables_lookup (lt, layer, "document");
  NpValueType type = 0;
  const char *column = table ? np_layer_tables_column (lt, layer, "document", feature, &type) : NULL;
  if (q->speaker && !column)
    {
      g_set_error (error, fts_quark (), 1,
                   "--speaker needs the %s layer (feature %s), which no run stored in this database%s", layer, feature,
                   q->speaker_layer ? "" : " (run batch with the speakers plugin)");
      return NULL;
    }
  g_autofree char *item_col = NULL;
  if (column)
    {
      /* by layer name and schema only: the layer must target items */
      g_autofree char *probe = g_strdup_printf ("SELECT item FROM %s LIMIT 0", table);
      sqlite3_stmt *st;
      if (sqlite3_prepare_v2 (db, probe, -1, &st, NULL) == SQLITE_OK)
        item_col = g_strdup ("item");
      sqlite3_finalize (st);
      if (!item_col)
        column = NULL;
    }
  if (q->speaker && !column)
    {
      g_set_error (error, fts_quark (), 1, "--speaker: layer %s does not annotate items", layer);
      return NULL;
    }
  gboolean list = type == NP_VALUE_STRING_LIST;
  g_autofree char *speakers_sql = NULL, *speaker_filter = NULL;
  if (column)
    {
      if (list)
        {
          speakers_sql = g_strdup_printf ("(SELECT group_concat(v, ', ') FROM (SELECT DISTINCT je.value AS v "
                                          "FROM %s t, json_each(t.%s) je WHERE t.doc = i.doc AND t.item = i.id))",
                                          table, column);
          speaker_filter = g_strdup_printf ("EXISTS (SELECT 1 FROM %s t, json_each(t.%s) je WHERE t.doc = i.doc AND "
                                            "t.item = i.id AND instr(lower(je.value), lower(?4)) > 0)",
                                            table, column);
        }
      else
        {
          speakers_sql = g_strdup_printf ("(SELECT group_concat(DISTINCT t.%s) FROM %s t WHERE t.doc = i.doc AND "
                                          "t.item = i.id)",
                                          column, table);
          speaker_filter = g_strdup_printf ("EXISTS (SELECT 1 FROM %s t WHERE t.doc = i.doc AND t.item = i.id AND "
                                            "instr(lower(t.%s), lower(?4)) > 0)",
                                            table, column);
        }
    }
  g_autofree char *sql = g_strdup_printf (
    "SELECT d.source, d.id, d.title, d.date, s.title, i.id, i.line, i.end_line, i.section, i.text,\n"
    "       snippet(items_fts, 0, char(2), char(3), '...', 24), bm25(items_fts) AS score, %s\n"
    "FROM items_fts\n"
    "JOIN items i ON i.item = items_fts.rowid\n"
    "JOIN documents d ON d.doc = i.doc\n"
    "LEFT JOIN sections s ON s.doc = i.doc AND s.id = i.section\n"
    "WHERE items_fts MATCH ?1 AND (?2 IS NULL OR d.date >= ?2) AND (?3 IS NULL OR d.date <= ?3)\n"
    "  AND (?4 IS NULL OR %s)\n"
    "ORDER BY score, d.seq, i.id LIMIT ?5",
    speakers_sql ? speakers_sql : "NULL", speaker_filter ? speaker_filter : "0");
  gboolean syntax;
  GError *local = NULL;
  GPtrArray *hits = run_search (db, sql, q, q->query, &syntax, &local);
  if (!hits && syntax)
    {
      g_clear_error (&local);
      g_autofree char *quoted = quote_terms (q->query);
      hits = run_search (db, sql, q, quoted, &syntax, &local);
    }
  if (!hits)
    g_propagate_error (error, local);
  return hits;
}
