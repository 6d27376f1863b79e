/* test-durability.c: the store survives SIGKILL at any moment.
 *
 * A batch run over 110 documents (plain notes and the members of a tar.gz
 * archive) is killed with SIGKILL after a random delay, again and again on
 * the same database, then run to completion.  After every kill the
 * database is opened read-only, as a fresh process would find it, and
 * checked (check_store() states the invariants); the number of documents
 * stored may never go down from one kill to the next; and the final run
 * must hold every document exactly once and equal, in nb_canonical(), a
 * reference run made without kills in a fresh database.
 *
 * Delays come from g_test_rand_int_range(), so `--seed` replays a failing
 * sequence (timing still varies).  Some count from the spawn, some from an
 * event watched in /proc (the exec of notepipe, the creation of the
 * database file, the end of the worker threads), so that kills land in
 * every phase of a run: the libtool wrapper, loading, schema creation,
 * start-up, documents (a transaction per second), the corpus stage and
 * its final commit, building the full-text index and closing.  The child
 * is stopped (SIGSTOP) at the chosen moment, its threads are noted for the
 * phase (see Phase), then it is killed.  When a run finishes before its
 * kill, its database is checked complete and the next kills go to a fresh
 * one.  Two rounds of KILLS_PER_ROUND kills: the test plugin alone, then
 * the built-in plugins with it and --index (the corpus stages of keywords
 * and topics store corpus results too).  docs/reliability.md has the
 * figures. */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "helpers.h"

#define N_NOTES 90          /* plain files */
#define N_MEMBERS 20        /* and archive members: distinct texts, so distinct ids */
#define N_DOCS (N_NOTES + N_MEMBERS)
#define KILLS_PER_ROUND 15
#define DELAY_MS "35"       /* testcount per document: a run lasts about 2 s at -j 2 */

/* Where a kill landed, from the process as it was stopped (its threads,
 * watched until then) and from what the database holds afterwards */
typedef enum
{
  PHASE_LAUNCH,      /* still the libtool wrapper's shell: before exec */
  PHASE_LOADING,     /* notepipe, no database file yet (loading plugins, parsing) */
  PHASE_SCHEMA,      /* database file there, schema not committed */
  PHASE_START_UP,    /* schema there, no worker started yet (run row, resume look-ups) */
  PHASE_DOCUMENTS,   /* worker threads alive: documents read, analysed, committed */
  PHASE_CORPUS,      /* workers done, the run not finished: corpus stage and final commit */
  PHASE_FINISHED,    /* the final commit done, killed while closing the store */
  PHASE_EXITED,      /* exited 0 before the kill */
  N_PHASES
} Phase;

static const char *const phase_names[N_PHASES]
  = { "launch", "loading", "schema creation", "start-up", "documents", "corpus stage / final commit",
      "after the final commit", "exited before the kill" };

/* What a database holds, for the phases */
typedef enum
{
  DB_NONE,
  DB_NO_SCHEMA,
  DB_RUNNING,  /* the latest run is not finished */
  DB_FINISHED, /* the latest run is finished */
} DbState;

/* ---- reading a database -------------------------------------------------- */

static sqlite3 *
open_ro (const char *db)
{
  sqlite3 *h = NULL;
  int rc = sqlite3_open_v2 (db, &h, SQLITE_OPEN_READONLY, NULL);
  if (rc != SQLITE_OK)
    g_error ("%s does not open: %s", db, h ? sqlite3_errmsg (h) : sqlite3_errstr (rc));
  sqlite3_busy_timeout (h, 10000);
  return h;
}

/* All rows of sql, columns joined by '|', rows by '\n' (both escaped in
 * values); a failing statement fails the test */
static char *
rows (sqlite3 *h, const char *sql)
{
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2 (h, sql, -1, &st, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (h));
  GString *s = g_string_new (NULL);
  int rc;
  while ((rc = sqlite3_step (st)) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (st); i++)
        {
          const char *t = (const char *) sqlite3_column_text (st, i);
          if (i)
            g_string_append_c (s, '|');
          if (!t)
            g_string_append (s, "NULL");
          /* one line a row, one '|' a column, whatever the values hold */
          for (; t && *t; t++)
            if (*t == '\n' || *t == '|' || *t == '\\')
              g_string_append_printf (s, "\\x%02x", *t);
            else
              g_string_append_c (s, *t);
        }
      g_string_append_c (s, '\n');
    }
  if (rc != SQLITE_DONE)
    g_error ("%s: %s", sql, sqlite3_errmsg (h));
  sqlite3_finalize (st);
  return g_string_free (s, FALSE);
}

static gint64
one_int (sqlite3 *h, const char *sql)
{
  g_autofree char *r = rows (h, sql);
  return g_ascii_strtoll (r, NULL, 10);
}

/* Tables keyed by document: the model's and every document layer's */
static GPtrArray *
document_tables (sqlite3 *h)
{
  GPtrArray *t = g_ptr_array_new_with_free_func (g_free);
  static const char *const model[] = { "people", "sections", "items", "diagnostics", "corpus_parts", NULL };
  for (const char *const *m = model; *m; m++)
    g_ptr_array_add (t, g_strdup (*m));
  g_autofree char *layers = rows (h, "SELECT table_name FROM layers WHERE scope = 'document' ORDER BY table_name");
  g_auto (GStrv) lines = g_strsplit (layers, "\n", -1);
  for (char **l = lines; *l; l++)
    if (**l)
      g_ptr_array_add (t, g_strdup (*l));
  return t;
}

/* The columns of a table but those naming the database's own keys */
static char *
columns (sqlite3 *h, const char *table, const char *prefix)
{
  g_autofree char *q = g_strdup_printf ("SELECT group_concat(CASE WHEN name = 'state' THEN 'length(%sstate)' "
                                        "ELSE '%s' || name END, ', ') FROM pragma_table_info('%s') "
                                        "WHERE name NOT IN ('doc', 'run', 'item')",
                                        prefix, prefix, table);
  char *c = rows (h, q);
  g_strchomp (c);
  return c;
}

static void
add_rows (GHashTable *by_source, const char *label, const char *text)
{
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  for (char **l = lines; *l; l++)
    {
      if (!**l)
        continue;
      const char *bar = strchr (*l, '|');
      g_autofree char *source = bar ? g_strndup (*l, bar - *l) : g_strdup (*l);
      GString *s = g_hash_table_lookup (by_source, source);
      if (!s)
        {
          s = g_string_new (NULL);
          g_hash_table_insert (by_source, g_strdup (source), s);
        }
      g_string_append_printf (s, "%s: %s\n", label, *l);
    }
}

static void
string_free (gpointer s)
{
  g_string_free (s, TRUE);
}

/* source -> every row stored for that document, in every table (without
 * the keys that depend on how the database was filled) */
static GHashTable *
document_dump (sqlite3 *h)
{
  GHashTable *by_source = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, string_free);
  g_autofree char *dcols = columns (h, "documents", "");
  g_autofree char *dq = g_strdup_printf ("SELECT source, %s FROM documents ORDER BY source", dcols);
  g_autofree char *drows = rows (h, dq);
  add_rows (by_source, "documents", drows);
  g_autoptr (GPtrArray) tables = document_tables (h);
  for (guint i = 0; i < tables->len; i++)
    {
      const char *t = g_ptr_array_index (tables, i);
      g_autofree char *cols = columns (h, t, "t.");
      /* ordered by every column: the same rows give the same text */
      GString *order = g_string_new ("1");
      guint n_cols = 2;
      for (const char *p = cols; *p; p++)
        n_cols += *p == ',';
      for (guint c = 2; c <= n_cols; c++)
        g_string_append_printf (order, ", %u", c);
      g_autofree char *q = g_strdup_printf ("SELECT d.source, %s FROM %s t JOIN documents d USING (doc) ORDER BY %s",
                                            cols, t, order->str);
      g_string_free (order, TRUE);
      g_autofree char *r = rows (h, q);
      add_rows (by_source, t, r);
    }
  return by_source;
}

/* The corpus results: every corpus layer table, without its run */
static char *
corpus_dump (sqlite3 *h)
{
  GString *s = g_string_new (NULL);
  g_autofree char *tables = rows (h, "SELECT table_name FROM layers WHERE scope = 'corpus' ORDER BY table_name");
  g_auto (GStrv) lines = g_strsplit (tables, "\n", -1);
  for (char **l = lines; *l; l++)
    {
      if (!**l)
        continue;
      g_autofree char *cols = columns (h, *l, "t.");
      g_autofree char *q = g_strdup_printf ("SELECT %s FROM %s t ORDER BY t.n", cols, *l);
      g_autofree char *r = rows (h, q);
      g_string_append_printf (s, "-- %s\n%s", *l, r);
    }
  return g_string_free (s, FALSE);
}

/* ---- the invariants ------------------------------------------------------ */

typedef struct
{
  GHashTable *documents; /* the reference run's document_dump() */
  char *corpus;          /* its corpus_dump() */
  char *layer_words;     /* table of testcount.words */
} Reference;

static void
expect_zero (sqlite3 *h, const char *what, const char *sql)
{
  gint64 n = one_int (h, sql);
  if (n != 0)
    g_test_message ("%s: %" G_GINT64_FORMAT " (%s)", what, n, sql);
  g_assert_cmpint (n, ==, 0);
}

static void
copy_file (const char *from, const char *to)
{
  g_autofree char *data = NULL;
  gsize len;
  GError *error = NULL;
  g_file_get_contents (from, &data, &len, &error);
  g_assert_no_error (error);
  g_file_set_contents (to, data, len, &error);
  g_assert_no_error (error);
}

/* db has a hot rollback journal: a copy opened for writing recovers to an
 * empty, sound database */
static void
check_hot_journal (const char *db)
{
  g_autofree char *journal = g_strconcat (db, "-journal", NULL);
  g_assert_true (g_file_test (journal, G_FILE_TEST_EXISTS));
  g_autofree char *copy = g_strconcat (db, "-copy", NULL);
  g_autofree char *copy_journal = g_strconcat (copy, "-journal", NULL);
  copy_file (db, copy);
  copy_file (journal, copy_journal);
  sqlite3 *h = NULL;
  g_assert_cmpint (sqlite3_open_v2 (copy, &h, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_autofree char *integrity = rows (h, "PRAGMA integrity_check");
  g_assert_cmpstr (integrity, ==, "ok\n");
  g_assert_cmpint (one_int (h, "SELECT count(*) FROM sqlite_master"), ==, 0);
  sqlite3_close (h);
  g_remove (copy);
  g_remove (copy_journal);
  /* read-only openers (merge) say what happened */
  g_autofree char *dir = g_path_get_dirname (db);
  g_autofree char *out = g_strconcat (db, "-merged", NULL);
  g_autoptr (NbResult) r = nb_run (dir, "merge", db, "--db", out, NULL);
  g_assert_cmpint (r->status, ==, 3);
  g_assert_nonnull (strstr (r->err, "a run was killed while creating it (nothing was stored)"));
  g_remove (out);
  g_test_message ("hot rollback journal of a new database: recovers empty");
}

/* After a kill, the database at db must satisfy:
 *  1. it opens, PRAGMA integrity_check and quick_check say "ok";
 *  2. a document is stored whole or not at all: for every row of
 *     `documents`, its rows in documents, people, sections, items,
 *     diagnostics, corpus_parts (length of its state) and every document
 *     layer table equal the reference run's rows for the same source; every
 *     stored document is 'ok' and has its testcount.words row and its
 *     corpus contribution;
 *  3. no orphans: every row of those tables belongs to a stored document;
 *     an item's key is doc * 2^24 + id; item and section ids of a document
 *     are 0..n-1; a section's range [item_first, item_first + item_count)
 *     holds exactly item_count stored items; an item's section exists;
 *  4. no duplicates: sources and ids (content hashes) are distinct;
 *  5. runs: every document's run exists, at most one run is left
 *     'running' (the killed one; the next open marks it 'killed');
 *  6. corpus results are all or nothing: corpus layer rows exist only with
 *     the one corpus_state row of a finished run, carry its run, and then
 *     equal the reference run's, for all N_DOCS documents.
 * Returns the number of documents stored, and what the database holds in
 * *state. */
static gint64
check_store (const char *db, const Reference *ref, DbState *state)
{
  if (!g_file_test (db, G_FILE_TEST_EXISTS))
    {
      *state = DB_NONE;
      return 0;
    }
  sqlite3 *h = open_ro (db);
  sqlite3_stmt *probe;
  int rc = sqlite3_prepare_v2 (h, "SELECT count(*) FROM sqlite_master", -1, &probe, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (probe) == SQLITE_ROW ? SQLITE_OK : sqlite3_extended_errcode (h);
  else
    rc = sqlite3_extended_errcode (h);
  sqlite3_finalize (probe);
  if (rc == SQLITE_READONLY_ROLLBACK)
    {
      /* killed while SQLite wrote the first page of a new database (the
       * switch to WAL) under a rollback journal: a read-only connection
       * cannot roll it back, the next writer does.  Nothing was committed:
       * a writer opening a copy finds an empty database. */
      sqlite3_close (h);
      check_hot_journal (db);
      *state = DB_NO_SCHEMA;
      return 0;
    }
  g_assert_cmpint (rc, ==, SQLITE_OK);
  g_autofree char *integrity = rows (h, "PRAGMA integrity_check");
  g_assert_cmpstr (integrity, ==, "ok\n");
  g_autofree char *quick = rows (h, "PRAGMA quick_check");
  g_assert_cmpstr (quick, ==, "ok\n");
  if (one_int (h, "SELECT count(*) FROM sqlite_master WHERE name = 'meta'") == 0)
    {
      /* nothing committed yet: the next run creates the schema */
      g_assert_cmpint (one_int (h, "SELECT count(*) FROM sqlite_master"), ==, 0);
      sqlite3_close (h);
      *state = DB_NO_SCHEMA;
      return 0;
    }
  g_assert_cmpint (one_int (h, "PRAGMA application_id"), ==, 0x4e504442);
  g_autofree char *version = rows (h, "SELECT value FROM meta WHERE key = 'schema_version'");
  g_assert_cmpstr (version, ==, "1\n");

  /* 2. whole documents */
  gint64 n = one_int (h, "SELECT count(*) FROM documents");
  g_assert_cmpint (n, <=, N_DOCS);
  expect_zero (h, "documents not ok", "SELECT count(*) FROM documents WHERE status <> 'ok'");
  g_autoptr (GHashTable) dump = document_dump (h);
  g_assert_cmpuint (g_hash_table_size (dump), ==, n);
  GHashTableIter it;
  gpointer key, value;
  g_hash_table_iter_init (&it, dump);
  while (g_hash_table_iter_next (&it, &key, &value))
    {
      GString *expect = g_hash_table_lookup (ref->documents, key);
      g_assert_nonnull (expect);
      if (!g_str_equal (((GString *) value)->str, expect->str))
        g_test_message ("%s is not stored whole", (const char *) key);
      g_assert_cmpstr (((GString *) value)->str, ==, expect->str);
    }
  if (n > 0)
    {
      g_autofree char *q = g_strdup_printf ("SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM %s w "
                                            "WHERE w.doc = d.doc)",
                                            ref->layer_words);
      expect_zero (h, "documents without their testcount.words row", q);
      expect_zero (h, "documents without their corpus contribution",
                   "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM corpus_parts p "
                   "WHERE p.doc = d.doc)");
    }

  /* 3. no orphans, consistent keys and ranges */
  g_autoptr (GPtrArray) tables = document_tables (h);
  for (guint i = 0; i < tables->len; i++)
    {
      g_autofree char *q = g_strdup_printf ("SELECT count(*) FROM %s WHERE doc NOT IN (SELECT doc FROM documents)",
                                            (const char *) g_ptr_array_index (tables, i));
      expect_zero (h, "orphan rows", q);
    }
  expect_zero (h, "item keys", "SELECT count(*) FROM items WHERE item <> doc * 16777216 + id");
  expect_zero (h, "item ids", "SELECT count(*) FROM (SELECT count(*) c, max(id) m FROM items GROUP BY doc) "
                              "WHERE m + 1 <> c");
  expect_zero (h, "section ids", "SELECT count(*) FROM (SELECT count(*) c, max(id) m FROM sections GROUP BY doc) "
                                 "WHERE m + 1 <> c");
  expect_zero (h, "section ranges",
               "SELECT count(*) FROM sections s WHERE (SELECT count(*) FROM items i WHERE i.doc = s.doc AND i.id "
               ">= s.item_first AND i.id < s.item_first + s.item_count) <> s.item_count");
  expect_zero (h, "item sections",
               "SELECT count(*) FROM items i WHERE i.section IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sections s "
               "WHERE s.doc = i.doc AND s.id = i.section)");

  /* the full-text index holds exactly the items up to its mark */
  expect_zero (h, "items indexed or not against the mark",
               "SELECT (SELECT count(*) FROM items_fts_docsize) - (SELECT count(*) FROM items WHERE item <= "
               "(SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_item'))");
  expect_zero (h, "indexed rows of no item",
               "SELECT count(*) FROM items_fts_docsize WHERE id NOT IN (SELECT item FROM items)");

  /* 4. no duplicates */
  g_assert_cmpint (one_int (h, "SELECT count(DISTINCT source) FROM documents"), ==, n);
  g_assert_cmpint (one_int (h, "SELECT count(DISTINCT id) FROM documents"), ==, n);

  /* 5. runs */
  expect_zero (h, "documents of unknown runs", "SELECT count(*) FROM documents WHERE run NOT IN (SELECT run FROM runs)");
  g_assert_cmpint (one_int (h, "SELECT count(*) FROM runs WHERE status = 'running'"), <=, 1);

  /* 6. corpus results */
  gint64 n_states = one_int (h, "SELECT count(*) FROM corpus_state");
  g_assert_cmpint (n_states, <=, 1);
  g_autofree char *corpus = corpus_dump (h);
  if (n_states == 1)
    {
      g_autofree char *st = rows (h, "SELECT r.status, c.documents FROM corpus_state c JOIN runs r USING (run)");
      g_autofree char *expect_st = g_strdup_printf ("finished|%d\n", N_DOCS);
      g_assert_cmpstr (st, ==, expect_st);
      g_assert_cmpstr (corpus, ==, ref->corpus);
      g_autofree char *ctables = rows (h, "SELECT table_name FROM layers WHERE scope = 'corpus'");
      g_auto (GStrv) lines = g_strsplit (ctables, "\n", -1);
      for (char **l = lines; *l; l++)
        if (**l)
          {
            g_autofree char *q = g_strdup_printf ("SELECT count(*) FROM %s WHERE run <> (SELECT run FROM corpus_state)",
                                                  *l);
            expect_zero (h, "corpus rows of another run", q);
          }
    }
  else
    {
      /* no results: every corpus table is empty */
      g_autofree char *ctables = rows (h, "SELECT table_name FROM layers WHERE scope = 'corpus'");
      g_auto (GStrv) lines = g_strsplit (ctables, "\n", -1);
      for (char **l = lines; *l; l++)
        if (**l)
          {
            g_autofree char *q = g_strdup_printf ("SELECT count(*) FROM %s", *l);
            expect_zero (h, "corpus rows without corpus_state", q);
          }
    }

  g_autofree char *last = rows (h, "SELECT status FROM runs ORDER BY run DESC LIMIT 1");
  *state = g_str_equal (last, "finished\n") ? DB_FINISHED : DB_RUNNING;
  sqlite3_close (h);
  return n;
}

/* ---- killing at a moment ------------------------------------------------ */

typedef enum
{
  FROM_START,        /* delay from the spawn */
  FROM_EXEC,         /* from the exec of notepipe by the libtool wrapper */
  FROM_DB_FILE,      /* from when the database file appears */
  FROM_WORKERS_GONE, /* from when the worker threads have ended */
} Trigger;

typedef struct
{
  gboolean exec_done;    /* notepipe itself, not the wrapper's shell */
  gboolean workers;      /* np-worker threads alive */
  gboolean workers_seen; /* ... at some point */
} Census;

static void
take_census (GPid pid, Census *c)
{
  g_autofree char *exe_link = g_strdup_printf ("/proc/%d/exe", (int) pid);
  g_autofree char *exe = g_file_read_link (exe_link, NULL);
  g_autofree char *base = exe ? g_path_get_basename (exe) : NULL;
  c->exec_done = base && !g_str_equal (base, "bash") && !g_str_equal (base, "sh") && !g_str_equal (base, "dash");
  c->workers = FALSE;
  g_autofree char *tasks = g_strdup_printf ("/proc/%d/task", (int) pid);
  GDir *d = g_dir_open (tasks, 0, NULL);
  const char *tid;
  while (d && (tid = g_dir_read_name (d)))
    {
      g_autofree char *comm_path = g_build_filename (tasks, tid, "comm", NULL);
      g_autofree char *comm = NULL;
      if (g_file_get_contents (comm_path, &comm, NULL, NULL) && g_str_has_prefix (comm, "np-worker"))
        c->workers = TRUE;
    }
  if (d)
    g_dir_close (d);
  c->workers_seen |= c->workers;
}

static int
wait_status (int st)
{
  if (WIFEXITED (st))
    return WEXITSTATUS (st);
  if (WIFSIGNALED (st))
    return 128 + WTERMSIG (st);
  return -1;
}

/* Watch the child (every 0.3 ms) until the trigger plus delay_us, stop it
 * (SIGSTOP: what it has written stays as it is), note what it was doing
 * in *c, and kill it with SIGKILL.  Returns its status: 128 + SIGKILL, or
 * its exit status if it ended first. */
static int
kill_at (GPid pid, const char *db, Trigger trigger, gint32 delay_us, Census *c)
{
  gint64 start = g_get_monotonic_time ();
  gint64 deadline = trigger == FROM_START ? start + delay_us : G_MAXINT64;
  int st;
  memset (c, 0, sizeof *c);
  for (;;)
    {
      if (waitpid (pid, &st, WNOHANG) == pid)
        goto ended;
      take_census (pid, c);
      gint64 now = g_get_monotonic_time ();
      if (deadline == G_MAXINT64
          && ((trigger == FROM_EXEC && c->exec_done) || (trigger == FROM_DB_FILE && g_file_test (db, G_FILE_TEST_EXISTS))
              || (trigger == FROM_WORKERS_GONE && c->workers_seen && !c->workers)))
        deadline = now + delay_us;
      g_assert_cmpint (now - start, <, 60 * G_USEC_PER_SEC);
      if (now >= deadline)
        break;
      g_usleep (MIN (300, deadline - now));
    }
  kill (pid, SIGSTOP);
  while (waitpid (pid, &st, WUNTRACED) < 0)
    g_assert_cmpint (errno, ==, EINTR);
  if (!WIFSTOPPED (st))
    goto ended;
  take_census (pid, c);
  kill (pid, SIGKILL);
  kill (pid, SIGCONT);
  while (waitpid (pid, &st, 0) < 0)
    g_assert_cmpint (errno, ==, EINTR);
ended:
  g_spawn_close_pid (pid);
  return wait_status (st);
}

static Phase
phase_of (int status, const Census *c, DbState db)
{
  if (status == 0)
    return PHASE_EXITED;
  if (!c->exec_done)
    return PHASE_LAUNCH;
  if (c->workers)
    return PHASE_DOCUMENTS;
  if (c->workers_seen)
    return db == DB_FINISHED ? PHASE_FINISHED : PHASE_CORPUS;
  return db == DB_NONE ? PHASE_LOADING : db == DB_NO_SCHEMA ? PHASE_SCHEMA : PHASE_START_UP;
}

/* ---- the rounds ---------------------------------------------------------- */

static void
make_corpus (const char *dir)
{
  nb_make_notes (dir, N_NOTES);
  /* notes N_NOTES.. exist only as members of an archive among the notes */
  g_autofree char *stage = g_build_filename (dir, "stage", NULL);
  nb_make_notes (stage, N_DOCS);
  const char *rels[N_MEMBERS + 1];
  g_autoptr (GPtrArray) owned = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < N_MEMBERS; i++)
    {
      char *rel = g_strdup_printf ("notes/%u/note-%03u.md", (N_NOTES + i) % 3, N_NOTES + i);
      g_ptr_array_add (owned, rel);
      rels[i] = rel;
    }
  rels[N_MEMBERS] = NULL;
  g_autofree char *archive = g_build_filename (dir, "notes", "archive.tar.gz", NULL);
  nb_write_archive (archive, "tar.gz", stage, rels);
  nb_rmtree (stage);
}

/* The database holds every document once, as the reference run does */
static void
check_complete (const char *db, const Reference *ref, const char *reference, gboolean indexed)
{
  g_assert_cmpint (nb_db_int (db, "SELECT count(*) FROM documents"), ==, N_DOCS);
  g_assert_cmpint (nb_db_int (db, "SELECT count(DISTINCT id) FROM documents"), ==, N_DOCS);
  g_assert_cmpint (nb_db_int (db, "SELECT count(DISTINCT source) FROM documents"), ==, N_DOCS);
  DbState state;
  g_assert_cmpint (check_store (db, ref, &state), ==, N_DOCS);
  g_assert_cmpint (state, ==, DB_FINISHED);
  g_autofree char *canonical = nb_canonical (db);
  g_assert_cmpstr (canonical, ==, reference);
  if (!indexed)
    return;
  /* FTS5's own check of the index against the items (a write statement:
   * the process is gone) */
  g_assert_cmpint (nb_db_int (db, "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_item'"), ==,
                   nb_db_int (db, "SELECT max(item) FROM items"));
  sqlite3 *h = NULL;
  g_assert_cmpint (sqlite3_open_v2 (db, &h, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  int rc = sqlite3_exec (h, "INSERT INTO items_fts (items_fts, rank) VALUES ('integrity-check', 1)", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    g_test_message ("items_fts integrity-check: %s", sqlite3_errmsg (h));
  g_assert_cmpint (rc, ==, SQLITE_OK);
  sqlite3_close (h);
}

/* KILLS_PER_ROUND kills of `batch notes --db NAME-L.db --plugins PLUGINS`;
 * when a run finishes before its kill, the database is checked complete
 * and the next kills go to a fresh one (L + 1), so that kills keep landing
 * in the schema creation and among documents; the last database is then
 * run to completion without a kill. */
static void
run_round (const char *dir, const char *name, gboolean index, const char *plugins)
{
  g_autofree char *ref_name = g_strconcat (name, "-ref.db", NULL);
  const char *ref_args[] = { "batch", "notes", "--db", ref_name, "-q", "-j", "2", nb_plugin_dir_arg (), "--plugins",
                             plugins, "-o", "testcount.delay_ms=" DELAY_MS, index ? "--index" : NULL, NULL };

  /* the reference, without kills; its duration scales the delays */
  gint64 t0 = g_get_monotonic_time ();
  g_autoptr (NbResult) r0 = nb_runv (dir, ref_args, NULL);
  gint64 ref_us = g_get_monotonic_time () - t0;
  g_assert_cmpint (r0->status, ==, 0);
  g_autofree char *ref_db = g_build_filename (dir, ref_name, NULL);
  g_assert_cmpint (nb_db_int (ref_db, "SELECT count(*) FROM documents"), ==, N_DOCS);
  g_assert_cmpint (nb_db_int (ref_db, "SELECT count(*) FROM documents WHERE source LIKE '%archive.tar.gz!%'"), ==,
                   N_MEMBERS);
  Reference ref = { 0 };
  sqlite3 *rh = open_ro (ref_db);
  ref.documents = document_dump (rh);
  ref.corpus = corpus_dump (rh);
  ref.layer_words = rows (rh, "SELECT table_name FROM layers WHERE name = 'testcount.words'");
  g_strchomp (ref.layer_words);
  sqlite3_close (rh);
  g_assert_cmpuint (g_hash_table_size (ref.documents), ==, N_DOCS);
  g_assert_cmpstr (ref.layer_words, !=, "");
  g_autofree char *reference = nb_canonical (ref_db);
  if (strstr (plugins, "topics"))
    g_assert_nonnull (strstr (reference, "corpus_topics_cluster"));

  guint hits[N_PHASES] = { 0 };
  guint life = 1;
  gint64 done = 0;
  g_autofree char *db_name = g_strdup_printf ("%s-%u.db", name, life);
  GString *progress = g_string_new (NULL);
  gint64 t_kills = g_get_monotonic_time ();
  for (guint k = 0; k < KILLS_PER_ROUND; k++)
    {
      g_autofree char *db = g_build_filename (dir, db_name, NULL);
      const char *args[] = { "batch", "notes", "--db", db_name, "-q", "-j", "2", nb_plugin_dir_arg (), "--plugins",
                             plugins, "-o", "testcount.delay_ms=" DELAY_MS, index ? "--index" : NULL, NULL };
      /* a few kills within milliseconds of the start; some within 60 ms
       * of the exec of notepipe (loading, opening the store); on a new
       * database some within milliseconds of its creation; some within
       * milliseconds of the end of the workers (corpus stage); the rest
       * over what is left of the run (shorter as documents are done) and a
       * little beyond */
      gint64 left_us = ref_us * (N_DOCS - done) / N_DOCS;
      gint32 kind = g_test_rand_int_range (0, 100);
      gboolean fresh = !g_file_test (db, G_FILE_TEST_EXISTS);
      Trigger trigger = FROM_START;
      gint32 delay_us;
      if (kind < 8)
        delay_us = g_test_rand_int_range (0, 5000);
      else if (kind < 18 || (!fresh && kind < 25))
        {
          trigger = FROM_EXEC;
          delay_us = g_test_rand_int_range (0, 60000);
        }
      else if (kind < 25 || (fresh && kind < 45))
        {
          trigger = FROM_DB_FILE;
          delay_us = g_test_rand_int_range (0, 4000);
        }
      else if (kind < 55)
        {
          trigger = FROM_WORKERS_GONE;
          delay_us = g_test_rand_int_range (0, 6000);
        }
      else
        delay_us = g_test_rand_int_range (5000, (gint32) (150000 + left_us + 100000));
      GPid pid = nb_spawn (dir, args, NULL);
      Census census;
      int status = kill_at (pid, db, trigger, delay_us, &census);
      /* killed, or finished before the kill (never an error) */
      if (status != 128 + SIGKILL)
        g_assert_cmpint (status, ==, 0);
      DbState state;
      gint64 n = check_store (db, &ref, &state);
      Phase phase = phase_of (status, &census, state);
      if (status == 0)
        g_assert_cmpint (state, ==, DB_FINISHED);
      hits[phase]++;
      static const char *const trigger_names[] = { "start", "exec", "database file", "end of workers" };
      g_test_message ("%s kill %u at %s + %.1f ms: %s, %" G_GINT64_FORMAT " documents stored", db_name, k + 1,
                      trigger_names[trigger], delay_us / 1000.0, phase_names[phase], n);
      /* committed work is never lost */
      g_assert_cmpint (n, >=, done);
      done = n;
      g_string_append_printf (progress, "%s%" G_GINT64_FORMAT, k ? " " : "", n);
      if (state == DB_FINISHED)
        {
          check_complete (db, &ref, reference, index && status == 0);
          g_free (db_name);
          db_name = g_strdup_printf ("%s-%u.db", name, ++life);
          done = 0;
          g_string_append (progress, " |");
        }
    }
  double kill_secs = (g_get_monotonic_time () - t_kills) / (double) G_USEC_PER_SEC;

  /* to the end without a kill: everything exactly once, as the reference */
  const char *args[] = { "batch", "notes", "--db", db_name, "-q", "-j", "2", nb_plugin_dir_arg (), "--plugins",
                         plugins, "-o", "testcount.delay_ms=" DELAY_MS, index ? "--index" : NULL, NULL };
  g_autoptr (NbResult) r = nb_runv (dir, args, NULL);
  g_assert_cmpint (r->status, ==, 0);
  g_autofree char *db = g_build_filename (dir, db_name, NULL);
  check_complete (db, &ref, reference, index);

  GString *summary = g_string_new (NULL);
  for (guint p = 0; p < N_PHASES; p++)
    g_string_append_printf (summary, "%s%s %u", p ? ", " : "", phase_names[p], hits[p]);
  g_test_message ("%s: %d kills in %.1f s over %u databases (reference run %.2f s); phases: %s; documents after "
                  "each kill (| = finished, next database): %s",
                  name, KILLS_PER_ROUND, kill_secs, life, ref_us / 1e6, summary->str, progress->str);
  g_string_free (summary, TRUE);
  g_string_free (progress, TRUE);
  g_hash_table_destroy (ref.documents);
  g_free (ref.corpus);
  g_free (ref.layer_words);
}

static void
test_kill_anywhere (void)
{
  g_autofree char *dir = nb_tmpdir ();
  make_corpus (dir);
  run_round (dir, "count", FALSE, "testcount");
  run_round (dir, "builtin", TRUE, "speakers,actions,keywords,stats,topics,testcount");
  nb_rmtree (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/batch/durability/kill-anywhere", test_kill_anywhere);
  return g_test_run ();
}
