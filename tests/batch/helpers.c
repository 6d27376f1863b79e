/* helpers.c: see helpers.h. */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "helpers.h"

void
nb_result_free (NbResult *r)
{
  if (!r)
    return;
  g_free (r->out);
  g_free (r->err);
  g_free (r);
}

char *
nb_tmpdir (void)
{
  GError *error = NULL;
  char *dir = g_dir_make_tmp ("npbatch-XXXXXX", &error);
  g_assert_no_error (error);
  return dir;
}

void
nb_rmtree (const char *dir)
{
  GDir *d = g_dir_open (dir, 0, NULL);
  if (!d)
    {
      g_remove (dir);
      return;
    }
  const char *name;
  while ((name = g_dir_read_name (d)))
    {
      g_autofree char *p = g_build_filename (dir, name, NULL);
      if (g_file_test (p, G_FILE_TEST_IS_DIR) && !g_file_test (p, G_FILE_TEST_IS_SYMLINK))
        nb_rmtree (p);
      else
        g_remove (p);
    }
  g_dir_close (d);
  g_rmdir (dir);
}

void
nb_write (const char *dir, const char *rel, const char *content, gssize len)
{
  g_autofree char *path = g_build_filename (dir, rel, NULL);
  g_autofree char *parent = g_path_get_dirname (path);
  g_assert_cmpint (g_mkdir_with_parents (parent, 0755), ==, 0);
  GError *error = NULL;
  g_file_set_contents (path, content, len, &error);
  g_assert_no_error (error);
}

const char *
nb_plugin_dir (void)
{
  static char *dir;
  if (!dir)
    {
      const char *b = g_getenv ("NOTEPIPE_BUILDDIR");
      g_assert_nonnull (b);
      dir = g_build_filename (b, "tests", "batch", "plugins", NULL);
    }
  return dir;
}

const char *
nb_plugin_dir_arg (void)
{
  static char *arg;
  if (!arg)
    arg = g_strconcat ("--plugin-dir=", nb_plugin_dir (), NULL);
  return arg;
}

static GPtrArray *
full_argv (const char *const *args)
{
  const char *np = g_getenv ("NOTEPIPE");
  g_assert_nonnull (np);
  GPtrArray *argv = g_ptr_array_new ();
  g_ptr_array_add (argv, (gpointer) np);
  for (const char *const *a = args; *a; a++)
    g_ptr_array_add (argv, (gpointer) *a);
  g_ptr_array_add (argv, NULL);
  return argv;
}

static int
decode_status (int wait_status)
{
  if (WIFEXITED (wait_status))
    return WEXITSTATUS (wait_status);
  if (WIFSIGNALED (wait_status))
    return 128 + WTERMSIG (wait_status);
  return -1;
}

NbResult *
nb_runv (const char *cwd, const char *const *args, const char *stdin_text)
{
  g_autoptr (GPtrArray) argv = full_argv (args);
  g_autoptr (GSubprocessLauncher) l = g_subprocess_launcher_new (
    G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE
    | (stdin_text ? G_SUBPROCESS_FLAGS_STDIN_PIPE : G_SUBPROCESS_FLAGS_NONE));
  g_subprocess_launcher_set_cwd (l, cwd);
  GError *error = NULL;
  g_autoptr (GSubprocess) p = g_subprocess_launcher_spawnv (l, (const char *const *) argv->pdata, &error);
  g_assert_no_error (error);
  NbResult *r = g_new0 (NbResult, 1);
  g_subprocess_communicate_utf8 (p, stdin_text, NULL, &r->out, &r->err, &error);
  g_assert_no_error (error);
  if (g_subprocess_get_if_exited (p))
    r->status = g_subprocess_get_exit_status (p);
  else
    r->status = 128 + g_subprocess_get_term_sig (p);
  return r;
}

NbResult *
nb_run (const char *cwd, ...)
{
  va_list ap;
  va_start (ap, cwd);
  g_autoptr (GPtrArray) args = g_ptr_array_new ();
  const char *a;
  while ((a = va_arg (ap, const char *)))
    g_ptr_array_add (args, (gpointer) a);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  return nb_runv (cwd, (const char *const *) args->pdata, NULL);
}

GPid
nb_spawn (const char *cwd, const char *const *args, int *err_fd)
{
  g_autoptr (GPtrArray) argv = full_argv (args);
  GPid pid;
  GError *error = NULL;
  g_spawn_async_with_pipes (cwd, (char **) argv->pdata, NULL,
                            G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL
                              | (err_fd ? 0 : G_SPAWN_STDERR_TO_DEV_NULL),
                            NULL, NULL, &pid, NULL, NULL, err_fd, &error);
  g_assert_no_error (error);
  return pid;
}

int
nb_wait (GPid pid)
{
  int status;
  while (waitpid (pid, &status, 0) < 0 && errno == EINTR)
    ;
  g_spawn_close_pid (pid);
  return decode_status (status);
}

gint64
nb_db_int (const char *db, const char *sql)
{
  sqlite3 *h;
  gint64 v = -1;
  if (sqlite3_open_v2 (db, &h, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK)
    {
      sqlite3_busy_timeout (h, 10000);
      sqlite3_stmt *st;
      if (sqlite3_prepare_v2 (h, sql, -1, &st, NULL) == SQLITE_OK)
        {
          if (sqlite3_step (st) == SQLITE_ROW)
            v = sqlite3_column_int64 (st, 0);
          sqlite3_finalize (st);
        }
      else
        g_test_message ("%s: %s", sql, sqlite3_errmsg (h));
    }
  sqlite3_close (h);
  return v;
}

char *
nb_db_rows (const char *db, const char *sql)
{
  sqlite3 *h;
  GString *s = g_string_new (NULL);
  if (sqlite3_open_v2 (db, &h, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK)
    {
      sqlite3_busy_timeout (h, 10000);
      sqlite3_stmt *st;
      if (sqlite3_prepare_v2 (h, sql, -1, &st, NULL) == SQLITE_OK)
        {
          while (sqlite3_step (st) == SQLITE_ROW)
            {
              for (int i = 0; i < sqlite3_column_count (st); i++)
                {
                  const char *t = (const char *) sqlite3_column_text (st, i);
                  g_string_append_printf (s, "%s%s", i ? "|" : "", t ? t : "NULL");
                }
              g_string_append_c (s, '\n');
            }
          sqlite3_finalize (st);
        }
      else
        g_string_append_printf (s, "SQL ERROR %s", sqlite3_errmsg (h));
    }
  sqlite3_close (h);
  return g_string_free (s, FALSE);
}

void
nb_make_notes (const char *dir, guint n)
{
  static const char *const topics[] = { "FIPS validation", "WebAssembly", "release schedule", "security triage",
                                        "module loading", "documentation" };
  static const char *const people[] = { "alice", "bob", "carol", "dave" };
  for (guint i = 0; i < n; i++)
    {
      GString *s = g_string_new (NULL);
      g_string_append_printf (s, "# Meeting %u\n\nDate: 2024-%02u-%02u\n\n", i, 1 + i % 12, 1 + i % 27);
      for (guint k = 0; k < 3; k++)
        {
          const char *topic = topics[(i + k) % G_N_ELEMENTS (topics)];
          g_string_append_printf (s, "## %s\n\n", topic);
          for (guint b = 0; b < 3; b++)
            g_string_append_printf (s, "- [%s] point %u about %s, item %u of note %u\n",
                                    people[(i + k + b) % G_N_ELEMENTS (people)], b, topic, k, i);
          g_string_append_c (s, '\n');
        }
      g_autofree char *rel = g_strdup_printf ("notes/%u/note-%03u.md", i % 3, i);
      nb_write (dir, rel, s->str, s->len);
      g_string_free (s, TRUE);
    }
}

void
nb_write_archive (const char *path, const char *format, const char *dir, const char *const *rels)
{
  struct archive *a = archive_write_new ();
  if (g_str_equal (format, "zip"))
    archive_write_set_format_zip (a);
  else if (g_str_equal (format, "7z"))
    archive_write_set_format_7zip (a);
  else if (g_str_equal (format, "cpio"))
    archive_write_set_format_cpio_newc (a);
  else if (g_str_equal (format, "xar"))
    archive_write_set_format_xar (a);
  else if (g_str_equal (format, "iso"))
    archive_write_set_format_iso9660 (a);
  else if (g_str_equal (format, "ar"))
    archive_write_set_format_ar_svr4 (a);
  else if (g_str_equal (format, "warc"))
    archive_write_set_format_warc (a);
  else
    archive_write_set_format_pax_restricted (a);
  if (g_str_equal (format, "tar.gz"))
    archive_write_add_filter_gzip (a);
  else if (g_str_equal (format, "tar.xz"))
    archive_write_add_filter_xz (a);
  else if (g_str_equal (format, "tar.bz2"))
    archive_write_add_filter_bzip2 (a);
  else if (g_str_equal (format, "tar.zst"))
    archive_write_add_filter_zstd (a);
  else if (g_str_equal (format, "tar.lz"))
    archive_write_add_filter_lzip (a);
  g_assert_cmpint (archive_write_open_filename (a, path), ==, ARCHIVE_OK);
  for (const char *const *r = rels; *r; r++)
    {
      g_autofree char *full = g_build_filename (dir, *r, NULL);
      g_autofree char *data = NULL;
      gsize len;
      g_assert_true (g_file_get_contents (full, &data, &len, NULL));
      struct archive_entry *e = archive_entry_new ();
      archive_entry_set_pathname (e, *r);
      archive_entry_set_size (e, len);
      archive_entry_set_filetype (e, AE_IFREG);
      archive_entry_set_perm (e, 0644);
      archive_entry_set_mtime (e, 1700000000, 0);
      g_assert_cmpint (archive_write_header (a, e), ==, ARCHIVE_OK);
      g_assert_cmpint (archive_write_data (a, data, len), ==, (la_ssize_t) len);
      archive_entry_free (e);
    }
  g_assert_cmpint (archive_write_close (a), ==, ARCHIVE_OK);
  archive_write_free (a);
}

char *
nb_jsonl_sources (const char *jsonl)
{
  GString *s = g_string_new (NULL);
  g_auto (GStrv) lines = g_strsplit (jsonl, "\n", -1);
  for (char **l = lines; *l; l++)
    {
      if (!**l)
        continue;
      g_autoptr (JsonParser) p = json_parser_new ();
      GError *error = NULL;
      json_parser_load_from_data (p, *l, -1, &error);
      g_assert_no_error (error);
      JsonObject *o = json_node_get_object (json_parser_get_root (p));
      if (json_object_has_member (o, "source"))
        g_string_append_printf (s, "%s\n", json_object_get_string_member (o, "source"));
    }
  return g_string_free (s, FALSE);
}

/* What must not depend on how the run went: every document, in order,
 * with its model and layers, and the corpus results. */
char *
nb_canonical (const char *db)
{
  GString *s = g_string_new (NULL);
  static const char *const queries[] = {
    "SELECT seq, source, id, status, title, date, bytes, error FROM documents ORDER BY seq",
    "SELECT d.source, i.id, i.section, i.parent, i.depth, i.kind, i.line, i.end_line, i.text FROM items i "
    "JOIN documents d USING (doc) ORDER BY d.seq, i.id",
    "SELECT d.source, s.id, s.parent, s.level, s.title, s.line FROM sections s JOIN documents d USING (doc) "
    "ORDER BY d.seq, s.id",
    "SELECT d.source, p.n, p.name, p.handle FROM people p JOIN documents d USING (doc) ORDER BY d.seq, p.n",
    "SELECT count(*), count(DISTINCT source) FROM documents",
    NULL,
  };
  for (const char *const *q = queries; *q; q++)
    {
      g_autofree char *rows = nb_db_rows (db, *q);
      g_string_append_printf (s, "-- %s\n%s", *q, rows);
    }
  /* every layer table, generically: all columns but the keys that depend
   * on how the database was filled (doc, run) */
  g_autofree char *tables = nb_db_rows (db, "SELECT scope, table_name FROM layers ORDER BY scope, name");
  g_auto (GStrv) lines = g_strsplit (tables, "\n", -1);
  for (char **l = lines; *l; l++)
    {
      if (!**l)
        continue;
      g_auto (GStrv) f = g_strsplit (*l, "|", 2);
      gboolean corpus = g_str_equal (f[0], "corpus");
      g_autofree char *cq = g_strdup_printf ("SELECT group_concat('t.' || name, ', ') FROM pragma_table_info('%s') "
                                             "WHERE name NOT IN ('doc', 'run')",
                                             f[1]);
      g_autofree char *cols = nb_db_rows (db, cq);
      g_strchomp (cols);
      g_autofree char *q
        = corpus ? g_strdup_printf ("SELECT %s FROM %s t ORDER BY t.n", cols, f[1])
                 : g_strdup_printf ("SELECT d.source, %s FROM %s t JOIN documents d USING (doc) ORDER BY d.seq, t.n",
                                    cols, f[1]);
      g_autofree char *rows = nb_db_rows (db, q);
      g_string_append_printf (s, "-- %s\n%s", q, rows);
    }
  return g_string_free (s, FALSE);
}
