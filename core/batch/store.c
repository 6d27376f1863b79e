/* store.c: the SQLite store of batch runs (schema in docs/batch.md).
 *
 * Why it looks like this:
 *  - WAL journal, synchronous=NORMAL: a committed transaction survives the
 *    process being killed (SIGKILL), and readers (a second connection for
 *    resume look-ups, `search` while a batch runs) never block the writer.
 *  - The writer groups whole documents into one transaction (engine.c
 *    decides when to commit), so a document is either entirely stored or
 *    not at all, and commits stay cheap.
 *  - Every statement is prepared once and reused.
 *  - Documents are keyed by source (UNIQUE): writing a source again replaces
 *    its rows, so a resumed or repeated run never duplicates a document.
 *  - The full-text index is filled later (store-fts.c): indexing costs more
 *    than everything else a run without plugins does.
 *  - An flock on the database file keeps two batch runs from writing the
 *    same store (SQLite's own locks are per transaction).
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include "store-private.h"

/* "NPDB": PRAGMA application_id of notepipe stores */
#define NP_STORE_APPLICATION_ID 0x4e504442


static const char *const stmt_sql[S_COUNT] = {
  [S_FIND_SOURCE] = "SELECT doc, run FROM documents WHERE source = ?",
  [S_INSERT_DOCUMENT] = "INSERT INTO documents (id, source, seq, title, date, url, format, bytes, mtime, status, "
                        "error, fingerprint, run) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
  [S_INSERT_PART] = "INSERT INTO corpus_parts (doc, state) VALUES (?, ?)",
  [S_GET_PART] = "SELECT state FROM corpus_parts WHERE doc = ?",
  [S_CLAIM] = "UPDATE documents SET seq = ?2, run = ?3, bytes = ?4, mtime = ?5 WHERE doc = ?1 AND run <> ?3",
  [S_DELETE_ITEMS] = "DELETE FROM items WHERE item BETWEEN ?1 * 16777216 AND ?1 * 16777216 + 16777215",
  [S_DELETE_SECTIONS] = "DELETE FROM sections WHERE doc = ?",
  [S_DELETE_PEOPLE] = "DELETE FROM people WHERE doc = ?",
  [S_DELETE_DIAGNOSTICS] = "DELETE FROM diagnostics WHERE doc = ?",
  [S_DELETE_PART] = "DELETE FROM corpus_parts WHERE doc = ?",
  [S_DELETE_DOCUMENT] = "DELETE FROM documents WHERE doc = ?",
};


struct _NpStoreReader
{
  sqlite3 *db;
  sqlite3_stmt *lookup;
  char *fingerprint;
};

static const char schema_sql[] =
  "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;\n"
  "CREATE TABLE IF NOT EXISTS runs (\n"
  "  run INTEGER PRIMARY KEY, started TEXT NOT NULL, finished TEXT,\n"
  "  status TEXT NOT NULL,\n"
  "  version TEXT NOT NULL, plugins TEXT NOT NULL, options TEXT NOT NULL, fingerprint TEXT NOT NULL,\n"
  "  shard TEXT, inputs TEXT, jobs INTEGER,\n"
  "  documents INTEGER, failed INTEGER, skipped INTEGER, bytes INTEGER, seconds REAL);\n"
  "CREATE TABLE IF NOT EXISTS documents (\n"
  "  doc INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL, source TEXT NOT NULL UNIQUE, seq INTEGER NOT NULL,\n"
  "  title TEXT, date TEXT, url TEXT, format TEXT, bytes INTEGER NOT NULL, mtime INTEGER,\n"
  "  status TEXT NOT NULL CHECK (status IN ('ok', 'failed')), error TEXT,\n"
  "  fingerprint TEXT NOT NULL, run INTEGER NOT NULL);\n"
  "CREATE INDEX IF NOT EXISTS documents_id ON documents (id);\n"
  "CREATE INDEX IF NOT EXISTS documents_date ON documents (date);\n"
  "CREATE TABLE IF NOT EXISTS diagnostics (doc INTEGER NOT NULL, n INTEGER NOT NULL, plugin TEXT,\n"
  "  severity TEXT NOT NULL, message TEXT NOT NULL, PRIMARY KEY (doc, n)) WITHOUT ROWID;\n"
  "CREATE TABLE IF NOT EXISTS people (doc INTEGER NOT NULL, n INTEGER NOT NULL, name TEXT NOT NULL,\n"
  "  handle TEXT, email TEXT, abbreviation TEXT, affiliation TEXT, role TEXT, line INTEGER,\n"
  "  PRIMARY KEY (doc, n)) WITHOUT ROWID;\n"
  "CREATE TABLE IF NOT EXISTS sections (doc INTEGER NOT NULL, id INTEGER NOT NULL, parent INTEGER,\n"
  "  level INTEGER, title TEXT, line INTEGER, end_line INTEGER, item_first INTEGER, item_count INTEGER,\n"
  "  PRIMARY KEY (doc, id)) WITHOUT ROWID;\n"
  "CREATE TABLE IF NOT EXISTS items (item INTEGER PRIMARY KEY, doc INTEGER NOT NULL, id INTEGER NOT NULL,\n"
  "  section INTEGER, parent INTEGER, depth INTEGER, kind TEXT, line INTEGER, end_line INTEGER,\n"
  "  text TEXT NOT NULL);\n"

  "CREATE VIRTUAL TABLE IF NOT EXISTS items_fts USING fts5 (text, content = 'items', content_rowid = 'item',\n"
  "  tokenize = 'porter unicode61 remove_diacritics 2');\n"
  /* 16 MB of pending terms between segment flushes: fewer segments to merge
   * when the index is filled in bulk (-23% instructions on 11 MB) */
  "INSERT INTO items_fts (items_fts, rank) VALUES ('hashsize', 16777216);\n"
  "CREATE TABLE IF NOT EXISTS layers (name TEXT NOT NULL, scope TEXT NOT NULL, table_name TEXT NOT NULL UNIQUE,\n"
  "  producer TEXT, target TEXT NOT NULL, help TEXT, features TEXT NOT NULL,\n"
  "  PRIMARY KEY (name, scope));\n"
  "CREATE TABLE IF NOT EXISTS corpus_parts (doc INTEGER PRIMARY KEY, state BLOB NOT NULL);\n"
  "CREATE TABLE IF NOT EXISTS corpus_state (run INTEGER PRIMARY KEY, fingerprint TEXT NOT NULL,\n"
  "  documents INTEGER NOT NULL, failed INTEGER NOT NULL, state BLOB NOT NULL);\n"
  "INSERT OR IGNORE INTO meta VALUES ('schema_version', '1'), ('fts_item', '0');\n";

GQuark
np_store_quark (void)
{
  return g_quark_from_static_string ("np-store-error-quark");
}

gboolean
np_store_fail (NpStore *s, GError **error, const char *what)
{
  g_set_error (error, np_store_quark (), sqlite3_errcode (s->db), "%s: %s: %s", s->path, what, sqlite3_errmsg (s->db));
  return FALSE;
}

gboolean
np_store_exec (NpStore *s, const char *sql, GError **error)
{
  char *msg = NULL;
  if (sqlite3_exec (s->db, sql, NULL, NULL, &msg) != SQLITE_OK)
    {
      g_set_error (error, np_store_quark (), sqlite3_errcode (s->db), "%s: %s", s->path, msg ? msg : "failed");
      sqlite3_free (msg);
      return FALSE;
    }
  return TRUE;
}

sqlite3_stmt *
np_store_stmt (NpStore *s, NpStoreStmt id, GError **error)
{
  if (!s->stmts[id]
      && sqlite3_prepare_v3 (s->db, stmt_sql[id], -1, SQLITE_PREPARE_PERSISTENT, &s->stmts[id], NULL) != SQLITE_OK)
    {
      np_store_fail (s, error, stmt_sql[id]);
      return NULL;
    }
  return s->stmts[id];
}

gboolean
np_store_step (NpStore *s, sqlite3_stmt *st, GError **error)
{
  int rc = sqlite3_step (st);
  sqlite3_reset (st);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return np_store_fail (s, error, sqlite3_sql (st));
  return TRUE;
}

void
np_store_append_value_rows (GString *sql, guint rows, guint columns)
{
  for (guint r = 0; r < rows; r++)
    {
      g_string_append (sql, r ? ", (?" : "(?");
      for (guint c = 1; c < columns; c++)
        g_string_append (sql, ", ?");
      g_string_append_c (sql, ')');
    }
}

static gint64
query_int (sqlite3 *db, const char *sql, gint64 fallback)
{
  sqlite3_stmt *st;
  gint64 v = fallback;
  if (sqlite3_prepare_v2 (db, sql, -1, &st, NULL) == SQLITE_OK)
    {
      if (sqlite3_step (st) == SQLITE_ROW)
        v = sqlite3_column_int64 (st, 0);
      sqlite3_finalize (st);
    }
  return v;
}

static gboolean
take_lock (NpStore *s, GError **error)
{
  s->lock_fd = open (s->path, O_RDONLY | O_CLOEXEC);
  if (s->lock_fd < 0)
    {
      int e = errno;
      g_set_error (error, np_store_quark (), 1, "%s: %s", s->path, g_strerror (e));
      return FALSE;
    }
  if (flock (s->lock_fd, LOCK_EX | LOCK_NB) != 0)
    {
      g_set_error (error, np_store_quark (), 1,
                   "%s is in use by another notepipe batch or merge (wait for it, or use another --db)", s->path);
      return FALSE;
    }
  return TRUE;
}

NpStore *
np_store_open (const char *path, guint flags, GError **error)
{
  NpStore *s = g_new0 (NpStore, 1);
  s->path = g_strdup (path);
  s->lock_fd = -1;
  gboolean read_only = (flags & NP_STORE_READ_ONLY) != 0;
  if (!read_only && !(flags & NP_STORE_CREATE) && !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, np_store_quark (), 1, "%s: no such database", path);
      goto fail;
    }
  int oflags = (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE)
               | ((flags & NP_STORE_CREATE) && !read_only ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2 (path, &s->db, oflags, NULL) != SQLITE_OK)
    {
      g_set_error (error, np_store_quark (), 1, "%s: cannot open: %s", path,
                   s->db ? sqlite3_errmsg (s->db) : "out of memory");
      goto fail;
    }
  sqlite3_extended_result_codes (s->db, 1);
  sqlite3_busy_timeout (s->db, 30000);
  if ((flags & NP_STORE_LOCK) && !take_lock (s, error))
    goto fail;

  gint64 app = query_int (s->db, "PRAGMA application_id", -1);
  gint64 n_tables = query_int (s->db, "SELECT count(*) FROM sqlite_master", -1);
  if (n_tables < 0 && sqlite3_extended_errcode (s->db) == SQLITE_READONLY_ROLLBACK)
    {
      /* a hot rollback journal: a store is in WAL mode from its first
       * commit on, so only a run killed while creating it leaves one */
      g_set_error (error, np_store_quark (), 1,
                   "%s: a run was killed while creating it (nothing was stored); run notepipe batch on it again",
                   path);
      goto fail;
    }
  if (n_tables < 0)
    {
      g_set_error (error, np_store_quark (), 1, "%s: not an SQLite database: %s", path, sqlite3_errmsg (s->db));
      goto fail;
    }
  if (n_tables > 0 && app != NP_STORE_APPLICATION_ID)
    {
      g_set_error (error, np_store_quark (), 1, "%s: not a notepipe database", path);
      goto fail;
    }
  if (n_tables == 0 && read_only)
    {
      g_set_error (error, np_store_quark (), 1, "%s: empty database (not made by notepipe batch)", path);
      goto fail;
    }
  if (!read_only)
    {
      /* WAL survives a kill of the process; NORMAL syncs at checkpoints */
      /* WAL survives a kill of the process, and NORMAL syncs only at
       * checkpoints.  16 KiB pages: a quarter of the pages to write and
       * split for the same rows (measured: -40% CPU against 4 KiB). */
      if (!np_store_exec (s, "PRAGMA page_size = 16384; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
                    "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -16000;",
                 error))
        goto fail;
      if (n_tables == 0)
        {
          g_autofree char *sql = g_strdup_printf ("BEGIN; PRAGMA application_id = %d; %s COMMIT;",
                                                  NP_STORE_APPLICATION_ID, schema_sql);
          if (!np_store_exec (s, sql, error))
            goto fail;
        }
    }
  gint64 version = query_int (s->db, "SELECT value FROM meta WHERE key = 'schema_version'", 0);
  if (version != NP_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, np_store_quark (), 1, "%s: schema version %" G_GINT64_FORMAT " (this notepipe reads %d)",
                   path, version, NP_STORE_SCHEMA_VERSION);
      goto fail;
    }
  if ((flags & NP_STORE_LOCK) && !np_store_exec (s, "UPDATE runs SET status = 'killed' WHERE status = 'running'", error))
    goto fail;
  s->layers = np_layer_tables_new (s->db);
  if (!np_layer_tables_load (s->layers, error))
    goto fail;
  return s;

fail:
  np_store_close (s);
  return NULL;
}

void
np_store_close (NpStore *s)
{
  if (!s)
    return;
  if (s->in_txn)
    sqlite3_exec (s->db, "ROLLBACK", NULL, NULL, NULL);
  np_layer_tables_free (s->layers);
  for (guint i = 0; i < S_COUNT; i++)
    sqlite3_finalize (s->stmts[i]);
  for (guint i = 0; i < G_N_ELEMENTS (s->rows); i++)
    for (guint k = 0; k < G_N_ELEMENTS (s->rows[i]); k++)
      sqlite3_finalize (s->rows[i][k]);
  if (s->db)
    sqlite3_close_v2 (s->db);
  if (s->lock_fd >= 0)
    close (s->lock_fd);
  g_free (s->path);
  g_free (s);
}

const char *np_store_get_path (const NpStore *s) { return s->path; }
gpointer np_store_get_db (NpStore *s) { return s->db; }
NpLayerTables *np_store_get_layer_tables (NpStore *s) { return s->layers; }
gboolean np_store_in_transaction (const NpStore *s) { return s->in_txn; }

gboolean
np_store_begin (NpStore *s, GError **error)
{
  if (s->in_txn)
    return TRUE;
  if (!np_store_exec (s, "BEGIN IMMEDIATE", error))
    return FALSE;
  s->in_txn = TRUE;
  return TRUE;
}

gboolean
np_store_commit (NpStore *s, GError **error)
{
  if (!s->in_txn)
    return TRUE;
  s->in_txn = FALSE;
  return np_store_exec (s, "COMMIT", error);
}

gboolean
np_store_rollback (NpStore *s)
{
  if (!s->in_txn)
    return TRUE;
  s->in_txn = FALSE;
  return sqlite3_exec (s->db, "ROLLBACK", NULL, NULL, NULL) == SQLITE_OK;
}

gboolean
np_store_prepare_pipeline (NpStore *s, NpPipeline *pipeline, GError **error)
{
  if (!np_store_begin (s, error))
    return FALSE;
  for (guint i = 0; i < np_pipeline_get_n_plugins (pipeline); i++)
    {
      const NpPluginDescriptor *d = np_pipeline_get_plugin (pipeline, i);
      for (guint k = 0; k < d->n_stages; k++)
        for (const NpLayerSpec *const *l = d->stages[k].provides; l && *l; l++)
          if (!np_layer_tables_ensure (s->layers, *l, d->name,
                                       d->stages[k].kind == NP_STAGE_CORPUS ? "corpus" : "document", error))
            {
              sqlite3_exec (s->db, "ROLLBACK", NULL, NULL, NULL);
              s->in_txn = FALSE;
              return FALSE;
            }
    }
  return np_store_commit (s, error);
}

/* Runs */

gint64
np_store_run_begin (NpStore *s, const NpRunInfo *info, GError **error)
{
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2 (s->db,
                          "INSERT INTO runs (started, status, version, plugins, options, fingerprint, shard, inputs, "
                          "jobs) VALUES (?, 'running', ?, ?, ?, ?, ?, ?, ?)",
                          -1, &st, NULL)
      != SQLITE_OK)
    return np_store_fail (s, error, "runs"), 0;
  g_autofree char *now = np_now_iso8601 ();
  sqlite3_bind_text (st, 1, now, -1, SQLITE_STATIC);
  sqlite3_bind_text (st, 2, NP_PACKAGE_VERSION, -1, SQLITE_STATIC);
  sqlite3_bind_text (st, 3, info->plugins, -1, SQLITE_STATIC);
  sqlite3_bind_text (st, 4, info->options, -1, SQLITE_STATIC);
  sqlite3_bind_text (st, 5, info->fingerprint, -1, SQLITE_STATIC);
  sqlite3_bind_text (st, 6, info->shard, -1, SQLITE_STATIC);
  sqlite3_bind_text (st, 7, info->inputs, -1, SQLITE_STATIC);
  sqlite3_bind_int (st, 8, info->jobs);
  int rc = sqlite3_step (st);
  sqlite3_finalize (st);
  if (rc != SQLITE_DONE)
    return np_store_fail (s, error, "runs"), 0;
  return sqlite3_last_insert_rowid (s->db);
}

gboolean
np_store_run_end (NpStore *s, gint64 run, const char *status, const NpRunTotals *t, GError **error)
{
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2 (s->db,
                          "UPDATE runs SET finished = ?, status = ?, documents = ?, failed = ?, skipped = ?, "
                          "bytes = ?, seconds = ? WHERE run = ?",
                          -1, &st, NULL)
      != SQLITE_OK)
    return np_store_fail (s, error, "runs");
  g_autofree char *now = np_now_iso8601 ();
  sqlite3_bind_text (st, 1, now, -1, SQLITE_STATIC);
  sqlite3_bind_text (st, 2, status, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (st, 3, t->documents);
  sqlite3_bind_int64 (st, 4, t->failed);
  sqlite3_bind_int64 (st, 5, t->skipped);
  sqlite3_bind_int64 (st, 6, t->bytes);
  sqlite3_bind_double (st, 7, t->seconds);
  sqlite3_bind_int64 (st, 8, run);
  int rc = sqlite3_step (st);
  sqlite3_finalize (st);
  if (rc != SQLITE_DONE)
    return np_store_fail (s, error, "runs");
  return TRUE;
}

/* Resume look-ups on a second connection */

NpStoreReader *
np_store_reader_new (NpStore *s, const char *fingerprint, GError **error)
{
  NpStoreReader *r = g_new0 (NpStoreReader, 1);
  r->fingerprint = g_strdup (fingerprint);
  if (sqlite3_open_v2 (s->path, &r->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK
      || sqlite3_prepare_v3 (r->db,
                             "SELECT doc, id, bytes, mtime, fingerprint = ?2, status = 'failed', run FROM documents "
                             "WHERE source = ?1",
                             -1, SQLITE_PREPARE_PERSISTENT, &r->lookup, NULL)
             != SQLITE_OK)
    {
      g_set_error (error, np_store_quark (), 1, "%s: %s", s->path, r->db ? sqlite3_errmsg (r->db) : "out of memory");
      np_store_reader_free (r);
      return NULL;
    }
  sqlite3_busy_timeout (r->db, 30000);
  return r;
}

void
np_store_reader_free (NpStoreReader *r)
{
  if (!r)
    return;
  sqlite3_finalize (r->lookup);
  sqlite3_close_v2 (r->db);
  g_free (r->fingerprint);
  g_free (r);
}

gboolean
np_store_reader_lookup (NpStoreReader *r, const char *source, NpStoredDoc *out)
{
  memset (out, 0, sizeof *out);
  sqlite3_bind_text (r->lookup, 1, source, -1, SQLITE_STATIC);
  sqlite3_bind_text (r->lookup, 2, r->fingerprint, -1, SQLITE_STATIC);
  gboolean found = FALSE;
  if (sqlite3_step (r->lookup) == SQLITE_ROW)
    {
      found = TRUE;
      out->doc = sqlite3_column_int64 (r->lookup, 0);
      const char *id = (const char *) sqlite3_column_text (r->lookup, 1);
      g_strlcpy (out->id, id ? id : "", sizeof out->id);
      out->size = sqlite3_column_int64 (r->lookup, 2);
      out->mtime = sqlite3_column_int64 (r->lookup, 3);
      out->same_fingerprint = sqlite3_column_int (r->lookup, 4);
      out->failed = sqlite3_column_int (r->lookup, 5);
      out->run = sqlite3_column_int64 (r->lookup, 6);
    }
  sqlite3_reset (r->lookup);
  return found;
}

/* Checkpoints off the writer.  Copying WAL frames into the database file
 * and syncing it (a few fsyncs of tens of ms each per 100 MB here) would
 * stall the writer, the critical path of a parallel run.  A PASSIVE
 * checkpoint runs beside the writer, so a thread of its own (engine.c)
 * does one on its own connection every 200 ms; the writer's automatic checkpoint
 * is raised to 8192 pages (128 MB of WAL), where it finds little left to
 * copy, and completing it lets the next transaction restart the WAL, which
 * keeps the WAL bounded. */

#define WRITER_AUTOCHECKPOINT_PAGES 8192

struct _NpStoreCheckpointer
{
  NpStore *store;
  sqlite3 *db;
};

NpStoreCheckpointer *
np_store_checkpointer_new (NpStore *s, GError **error)
{
  NpStoreCheckpointer *c = g_new0 (NpStoreCheckpointer, 1);
  c->store = s;
  if (sqlite3_open_v2 (s->path, &c->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
    {
      g_set_error (error, np_store_quark (), 1, "%s: %s", s->path, c->db ? sqlite3_errmsg (c->db) : "out of memory");
      np_store_checkpointer_free (c);
      return NULL;
    }
  sqlite3_wal_autocheckpoint (c->db, 0);
  sqlite3_wal_autocheckpoint (s->db, WRITER_AUTOCHECKPOINT_PAGES);
  return c;
}

void
np_store_checkpointer_run (NpStoreCheckpointer *c)
{
  int log = 0, done = 0;
  sqlite3_wal_checkpoint_v2 (c->db, NULL, SQLITE_CHECKPOINT_PASSIVE, &log, &done);
}

void
np_store_checkpointer_free (NpStoreCheckpointer *c)
{
  if (!c)
    return;
  if (c->db)
    sqlite3_close_v2 (c->db);
  sqlite3_wal_autocheckpoint (c->store->db, 1000); /* SQLite's default */
  g_free (c);
}

