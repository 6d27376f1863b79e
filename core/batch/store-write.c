/* store-write.c: writing documents into the store: the model tables,
 * the layers (store-layers.c), corpus contributions and results, and
 * replacing or claiming documents of earlier runs. */
#include "config.h"

#include <string.h>

#include "np-private.h"
#include "store-private.h"

/* Documents */

static void
bind_text_or_null (sqlite3_stmt *st, int index, const char *text)
{
  if (text)
    sqlite3_bind_text (st, index, text, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (st, index);
}

static void
bind_id_or_null (sqlite3_stmt *st, int index, gint32 id)
{
  if (id == NP_NONE)
    sqlite3_bind_null (st, index);
  else
    sqlite3_bind_int (st, index, id);
}

static gboolean
delete_document (NpStore *s, gint64 doc, GError **error)
{
  if (!np_store_fts_delete_document (s, doc, error))
    return FALSE;
  static const NpStoreStmt deletes[] = { S_DELETE_ITEMS, S_DELETE_SECTIONS, S_DELETE_PEOPLE, S_DELETE_DIAGNOSTICS,
                                    S_DELETE_PART, S_DELETE_DOCUMENT };
  for (guint i = 0; i < G_N_ELEMENTS (deletes); i++)
    {
      sqlite3_stmt *st = np_store_stmt (s, deletes[i], error);
      if (!st)
        return FALSE;
      sqlite3_bind_int64 (st, 1, doc);
      if (!np_store_step (s, st, error))
        return FALSE;
    }
  return np_layer_tables_delete_document (s->layers, doc, error);
}

static char *
error_text (const NpStoreDoc *d)
{
  if (!d->doc)
    return g_strdup (d->error ? d->error : "unreadable");
  if (!np_document_has_failed (d->doc))
    return NULL;
  guint n;
  const NpDiagnostic *diags = np_document_get_diagnostics (d->doc, &n);
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    if (diags[i].is_error)
      g_string_append_printf (s, "%s%s: %s", s->len ? "; " : "", diags[i].plugin ? diags[i].plugin : "core",
                              diags[i].message);
  return g_string_free (s, FALSE);
}

/* Rows of the model tables go up to 32 a statement (NP_STORE_ROWS_LOG2) */
typedef void (*BindRow) (sqlite3_stmt *st, int base, gint64 doc, guint index, gconstpointer data);

typedef struct
{
  const char *table_columns; /* "items (doc, id, ...)" */
  guint n_columns;
} RowTable;

static const RowTable row_tables[] = {
  { "people (doc, n, name, handle, email, abbreviation, affiliation, role, line)", 9 },
  { "sections (doc, id, parent, level, title, line, end_line, item_first, item_count)", 9 },
  { "items (item, doc, id, section, parent, depth, kind, line, end_line, text)", 10 },
  { "diagnostics (doc, n, plugin, severity, message)", 5 },
};
enum
{
  ROWS_PEOPLE,
  ROWS_SECTIONS,
  ROWS_ITEMS,
  ROWS_DIAGNOSTICS,
};

static sqlite3_stmt *
row_stmt (NpStore *s, guint table, guint log2_rows, GError **error)
{
  sqlite3_stmt **slot = &s->rows[table][log2_rows];
  guint rows = 1u << log2_rows;
  if (*slot)
    return *slot;
  const RowTable *t = &row_tables[table];
  /* OR FAIL: no statement journal; a failure fails the whole transaction */
  GString *sql = g_string_new ("INSERT OR FAIL INTO ");
  g_string_append_printf (sql, "%s VALUES ", t->table_columns);
  np_store_append_value_rows (sql, rows, t->n_columns);
  int rc = sqlite3_prepare_v3 (s->db, sql->str, -1, SQLITE_PREPARE_PERSISTENT, slot, NULL);
  g_string_free (sql, TRUE);
  if (rc != SQLITE_OK)
    {
      np_store_fail (s, error, t->table_columns);
      return NULL;
    }
  return *slot;
}

static gboolean
insert_rows (NpStore *s, guint table, gint64 doc, guint n, BindRow bind, gconstpointer data, GError **error)
{
  guint width = row_tables[table].n_columns;
  for (guint i = 0; i < n;)
    {
      guint log2 = np_store_rows_log2 (n - i);
      guint rows = 1u << log2;
      sqlite3_stmt *st = row_stmt (s, table, log2, error);
      if (!st)
        return FALSE;
      for (guint r = 0; r < rows; r++, i++)
        bind (st, r * width, doc, i, data);
      if (!np_store_step (s, st, error))
        return FALSE;
    }
  return TRUE;
}

static void
bind_person (sqlite3_stmt *st, int b, gint64 doc, guint i, gconstpointer data)
{
  const NpPerson *p = &((const NpPerson *) data)[i];
  sqlite3_bind_int64 (st, b + 1, doc);
  sqlite3_bind_int (st, b + 2, i);
  bind_text_or_null (st, b + 3, p->name);
  bind_text_or_null (st, b + 4, p->handle);
  bind_text_or_null (st, b + 5, p->email);
  bind_text_or_null (st, b + 6, p->abbreviation);
  bind_text_or_null (st, b + 7, p->affiliation);
  bind_text_or_null (st, b + 8, p->role);
  sqlite3_bind_int (st, b + 9, p->line);
}

static void
bind_section (sqlite3_stmt *st, int b, gint64 doc, guint i, gconstpointer data)
{
  const NpSection *x = &((const NpSection *) data)[i];
  sqlite3_bind_int64 (st, b + 1, doc);
  sqlite3_bind_int (st, b + 2, x->id);
  bind_id_or_null (st, b + 3, x->parent);
  sqlite3_bind_int (st, b + 4, x->level);
  bind_text_or_null (st, b + 5, x->title);
  sqlite3_bind_int (st, b + 6, x->line);
  sqlite3_bind_int (st, b + 7, x->end_line);
  sqlite3_bind_int (st, b + 8, x->item_first);
  sqlite3_bind_int (st, b + 9, x->item_count);
}

static void
bind_item (sqlite3_stmt *st, int b, gint64 doc, guint i, gconstpointer data)
{
  const NpDocument *d = data;
  guint n;
  const NpItem *it = &np_document_get_items (d, &n)[i];
  gsize len;
  const char *text = np_document_get_text (d, &len);
  sqlite3_bind_int64 (st, b + 1, NP_STORE_ITEM_KEY (doc, it->id));
  sqlite3_bind_int64 (st, b + 2, doc);
  sqlite3_bind_int (st, b + 3, it->id);
  bind_id_or_null (st, b + 4, it->section);
  bind_id_or_null (st, b + 5, it->parent);
  sqlite3_bind_int (st, b + 6, it->depth);
  sqlite3_bind_text (st, b + 7, np_item_kind_name (it->kind), -1, SQLITE_STATIC);
  sqlite3_bind_int (st, b + 8, it->line);
  sqlite3_bind_int (st, b + 9, it->end_line);
  sqlite3_bind_text (st, b + 10, text + it->start, it->end - it->start, SQLITE_STATIC);
}

static void
bind_diagnostic (sqlite3_stmt *st, int b, gint64 doc, guint i, gconstpointer data)
{
  const NpDiagnostic *x = &((const NpDiagnostic *) data)[i];
  sqlite3_bind_int64 (st, b + 1, doc);
  sqlite3_bind_int (st, b + 2, i);
  bind_text_or_null (st, b + 3, x->plugin);
  sqlite3_bind_text (st, b + 4, x->is_error ? "error" : "warning", -1, SQLITE_STATIC);
  bind_text_or_null (st, b + 5, x->message);
}

static gboolean
write_model (NpStore *s, gint64 doc, const NpDocument *d, GError **error)
{
  guint n_people, n_sections, n_items, n_diags;
  const NpPerson *people = np_document_get_attendees (d, &n_people);
  const NpSection *sections = np_document_get_sections (d, &n_sections);
  np_document_get_items (d, &n_items);
  const NpDiagnostic *diags = np_document_get_diagnostics (d, &n_diags);
  if (n_items > NP_STORE_MAX_ITEMS)
    {
      g_set_error (error, np_store_quark (), 1, "%s: %u items, more than the store holds for one document (%u)",
                   np_document_get_source (d), n_items, NP_STORE_MAX_ITEMS);
      return FALSE;
    }
  return insert_rows (s, ROWS_PEOPLE, doc, n_people, bind_person, people, error)
         && insert_rows (s, ROWS_SECTIONS, doc, n_sections, bind_section, sections, error)
         && insert_rows (s, ROWS_ITEMS, doc, n_items, bind_item, d, error)
         && insert_rows (s, ROWS_DIAGNOSTICS, doc, n_diags, bind_diagnostic, diags, error)
         && np_layer_tables_write_document (s->layers, doc, d, error);
}

gboolean
np_store_write_document (NpStore *s, gint64 run, const char *fingerprint, const NpStoreDoc *d,
                         NpStoreResult *result, GError **error)
{
  *result = NP_STORE_WRITTEN;
  sqlite3_stmt *st = np_store_stmt (s, S_FIND_SOURCE, error);
  if (!st)
    return FALSE;
  sqlite3_bind_text (st, 1, d->source, -1, SQLITE_STATIC);
  gint64 old = 0, old_run = 0;
  if (sqlite3_step (st) == SQLITE_ROW)
    {
      old = sqlite3_column_int64 (st, 0);
      old_run = sqlite3_column_int64 (st, 1);
    }
  sqlite3_reset (st);
  if (old && old_run == run)
    {
      *result = NP_STORE_DUPLICATE;
      return TRUE;
    }
  if (old && !delete_document (s, old, error))
    return FALSE;

  if (!(st = np_store_stmt (s, S_INSERT_DOCUMENT, error)))
    return FALSE;
  g_autofree char *err = error_text (d);
  sqlite3_bind_text (st, 1, d->id, -1, SQLITE_STATIC);
  sqlite3_bind_text (st, 2, d->source, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (st, 3, d->seq);
  bind_text_or_null (st, 4, d->doc ? np_document_get_title (d->doc) : NULL);
  bind_text_or_null (st, 5, d->doc ? np_document_get_date (d->doc) : NULL);
  bind_text_or_null (st, 6, d->doc ? np_document_get_url (d->doc) : NULL);
  bind_text_or_null (st, 7, d->doc ? np_document_get_format (d->doc) : NULL);
  sqlite3_bind_int64 (st, 8, d->size);
  if (d->mtime)
    sqlite3_bind_int64 (st, 9, d->mtime);
  else
    sqlite3_bind_null (st, 9);
  sqlite3_bind_text (st, 10, err ? "failed" : "ok", -1, SQLITE_STATIC);
  bind_text_or_null (st, 11, err);
  sqlite3_bind_text (st, 12, fingerprint, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (st, 13, run);
  if (!np_store_step (s, st, error))
    return FALSE;
  gint64 doc = sqlite3_last_insert_rowid (s->db);
  if (d->doc && !write_model (s, doc, d->doc, error))
    return FALSE;
  if (d->corpus_part)
    {
      if (!(st = np_store_stmt (s, S_INSERT_PART, error)))
        return FALSE;
      gsize len;
      gconstpointer data = g_bytes_get_data (d->corpus_part, &len);
      sqlite3_bind_int64 (st, 1, doc);
      sqlite3_bind_blob (st, 2, data, (int) len, SQLITE_STATIC);
      if (!np_store_step (s, st, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
np_store_claim_document (NpStore *s, gint64 run, gint64 doc, guint64 seq, guint64 size, gint64 mtime,
                         gboolean *claimed, GError **error)
{
  sqlite3_stmt *st = np_store_stmt (s, S_CLAIM, error);
  if (!st)
    return FALSE;
  sqlite3_bind_int64 (st, 1, doc);
  sqlite3_bind_int64 (st, 2, seq);
  sqlite3_bind_int64 (st, 3, run);
  sqlite3_bind_int64 (st, 4, size);
  if (mtime)
    sqlite3_bind_int64 (st, 5, mtime);
  else
    sqlite3_bind_null (st, 5);
  if (!np_store_step (s, st, error))
    return FALSE;
  *claimed = sqlite3_changes (s->db) > 0;
  return TRUE;
}

GBytes *
np_store_get_corpus_part (NpStore *s, gint64 doc, GError **error)
{
  sqlite3_stmt *st = np_store_stmt (s, S_GET_PART, error);
  if (!st)
    return NULL;
  sqlite3_bind_int64 (st, 1, doc);
  GBytes *b = NULL;
  if (sqlite3_step (st) == SQLITE_ROW)
    b = g_bytes_new (sqlite3_column_blob (st, 0), sqlite3_column_bytes (st, 0));
  sqlite3_reset (st);
  return b;
}

gboolean
np_store_write_corpus (NpStore *s, gint64 run, const char *fingerprint, const NpCorpus *corpus, GVariant *state,
                       guint64 n_documents, guint64 n_failed, GError **error)
{
  if (!np_store_begin (s, error) || !np_store_exec (s, "DELETE FROM corpus_state", error))
    return FALSE;
  if (!np_layer_tables_write_corpus (s->layers, run, corpus, error))
    return FALSE;
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2 (s->db,
                          "INSERT INTO corpus_state (run, fingerprint, documents, failed, state) VALUES (?, ?, ?, ?, ?)",
                          -1, &st, NULL)
      != SQLITE_OK)
    return np_store_fail (s, error, "corpus_state");
  g_autoptr (GBytes) bytes = np_state_to_bytes (state);
  gsize len;
  gconstpointer data = g_bytes_get_data (bytes, &len);
  sqlite3_bind_int64 (st, 1, run);
  sqlite3_bind_text (st, 2, fingerprint, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (st, 3, n_documents);
  sqlite3_bind_int64 (st, 4, n_failed);
  sqlite3_bind_blob (st, 5, data, (int) len, SQLITE_STATIC);
  int rc = sqlite3_step (st);
  sqlite3_finalize (st);
  if (rc != SQLITE_DONE)
    return np_store_fail (s, error, "corpus_state");
  return TRUE;
}

gboolean
np_store_foreach_claimed_part (NpStore *s, gint64 run, NpPartFunc fn, gpointer data, GError **error)
{
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2 (s->db,
                          "SELECT p.state, d.source FROM documents d LEFT JOIN corpus_parts p USING (doc) "
                          "WHERE d.run = ? ORDER BY d.seq",
                          -1, &st, NULL)
      != SQLITE_OK)
    return np_store_fail (s, error, "corpus_parts");
  sqlite3_bind_int64 (st, 1, run);
  gboolean ok = TRUE;
  int rc;
  while (ok && (rc = sqlite3_step (st)) == SQLITE_ROW)
    {
      GBytes *part = sqlite3_column_type (st, 0) == SQLITE_NULL
                       ? NULL
                       : g_bytes_new (sqlite3_column_blob (st, 0), sqlite3_column_bytes (st, 0));
      ok = fn (part, (const char *) sqlite3_column_text (st, 1), data, error);
      if (part)
        g_bytes_unref (part);
    }
  if (ok && rc != SQLITE_DONE)
    ok = np_store_fail (s, error, "corpus_parts");
  sqlite3_finalize (st);
  return ok;
}

gint64
np_store_last_corpus_run (NpStore *s, const char *fingerprint, guint64 *n_documents)
{
  sqlite3_stmt *st;
  gint64 run = 0;
  *n_documents = 0;
  if (sqlite3_prepare_v2 (s->db,
                          "SELECT c.run, c.documents FROM corpus_state c JOIN runs r USING (run) "
                          "WHERE r.status = 'finished' AND c.fingerprint = ? ORDER BY c.run DESC LIMIT 1",
                          -1, &st, NULL)
      == SQLITE_OK)
    {
      sqlite3_bind_text (st, 1, fingerprint, -1, SQLITE_STATIC);
      if (sqlite3_step (st) == SQLITE_ROW)
        {
          run = sqlite3_column_int64 (st, 0);
          *n_documents = sqlite3_column_int64 (st, 1);
        }
      sqlite3_finalize (st);
    }
  return run;
}

gboolean
np_store_reuse_corpus (NpStore *s, gint64 from, gint64 to, GError **error)
{
  g_autofree char *sql = g_strdup_printf ("UPDATE corpus_state SET run = %" G_GINT64_FORMAT " WHERE run = %" G_GINT64_FORMAT,
                                          to, from);
  return np_store_begin (s, error) && np_store_exec (s, sql, error)
         && np_layer_tables_rerun_corpus (s->layers, from, to, error);
}
