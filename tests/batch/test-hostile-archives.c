/* test-hostile-archives.c: archives and directories built to hurt a batch
 * run: a zip bomb and a gzip bomb, member names that climb out with "../"
 * or start at "/", members that are symlinks, hard links or devices, a
 * directory loop through symlinks.  Each gives a clear error naming the
 * file (or is read safely), in bounded time and memory, and the run goes
 * on with the rest.  Archives are written with libarchive, so the entries
 * can be what no tar command would make from a user's files. */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "helpers.h"

#define NOTE "# Storage sync 2026-03-02\n\n- Ada: compaction pauses are gone\n- Brian: snapshot format v2 lands next week\n"

typedef struct
{
  const char *name;
  unsigned type; /* AE_IFREG, AE_IFLNK, AE_IFCHR, ... */
  const char *data;  /* content, or the link target */
  gsize zeros;       /* when data is NULL: this many zero bytes */
  gboolean hardlink; /* data is a hard link target */
  gboolean unsized;  /* no size in the header: the reader must count */
  gint64 mtime;      /* seconds since the epoch; 0: 1700000000 */
} Entry;

static void
write_archive (const char *path, const char *format, const Entry *entries, guint n)
{
  struct archive *a = archive_write_new ();
  if (g_str_equal (format, "zip"))
    archive_write_set_format_zip (a);
  else
    archive_write_set_format_pax_restricted (a);
  if (g_str_equal (format, "tar.gz"))
    archive_write_add_filter_gzip (a);
  g_assert_cmpint (archive_write_open_filename (a, path), ==, ARCHIVE_OK);
  static const char zero_chunk[65536];
  for (guint i = 0; i < n; i++)
    {
      const Entry *en = &entries[i];
      struct archive_entry *e = archive_entry_new ();
      archive_entry_set_pathname (e, en->name);
      archive_entry_set_perm (e, 0644);
      archive_entry_set_mtime (e, en->mtime ? en->mtime : 1700000000, 0);
      if (en->hardlink)
        {
          archive_entry_set_filetype (e, AE_IFREG);
          archive_entry_set_hardlink (e, en->data);
          archive_entry_set_size (e, 0);
        }
      else if (en->type == AE_IFLNK)
        {
          archive_entry_set_filetype (e, AE_IFLNK);
          archive_entry_set_symlink (e, en->data);
        }
      else if (en->type != AE_IFREG)
        {
          archive_entry_set_filetype (e, en->type);
          archive_entry_set_rdev (e, 0x0103); /* like /dev/null */
        }
      else
        {
          archive_entry_set_filetype (e, AE_IFREG);
          gsize len = en->data ? strlen (en->data) : en->zeros;
          if (!en->unsized)
            archive_entry_set_size (e, len);
        }
      g_assert_cmpint (archive_write_header (a, e), >=, ARCHIVE_WARN);
      if (en->type == AE_IFREG && !en->hardlink)
        {
          if (en->data)
            g_assert_cmpint (archive_write_data (a, en->data, strlen (en->data)), ==, (la_ssize_t) strlen (en->data));
          else
            for (gsize done = 0; done < en->zeros; done += sizeof zero_chunk)
              {
                gsize k = MIN (sizeof zero_chunk, en->zeros - done);
                g_assert_cmpint (archive_write_data (a, zero_chunk, k), ==, (la_ssize_t) k);
              }
        }
      archive_entry_free (e);
    }
  g_assert_cmpint (archive_write_close (a), ==, ARCHIVE_OK);
  archive_write_free (a);
}

static gsize
file_size (const char *path)
{
  GStatBuf st;
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return (gsize) st.st_size;
}

/* Peak RSS of the largest child waited for so far, in KiB */
static long
children_peak_kib (void)
{
  struct rusage ru;
  g_assert_cmpint (getrusage (RUSAGE_CHILDREN, &ru), ==, 0);
  return ru.ru_maxrss;
}

/* A zip and a tar.gz whose one member inflates to 256 MiB of zeros (in
 * the zip with and without its size in the local header), between two good notes: the bomb is
 * a failure naming the member, never held past --max-bytes, and the notes
 * around it are read. */
static void
test_bombs (void)
{
  g_autofree char *dir = nb_tmpdir ();
  const gsize bomb = 256u << 20;
  static const char *const formats[] = { "zip", "tar.gz", NULL };
  for (const char *const *f = formats; *f; f++)
    for (int unsized = 0; unsized < (g_str_equal (*f, "zip") ? 2 : 1); unsized++) /* tar needs sizes */
      {
        Entry entries[] = {
          { "before.md", AE_IFREG, NOTE, 0, FALSE, FALSE },
          { "zeros.md", AE_IFREG, NULL, bomb, FALSE, unsized },
          { "after.md", AE_IFREG, NOTE "- Carla: one more line\n", 0, FALSE, FALSE },
        };
        g_autofree char *name = g_strdup_printf ("bomb%d.%s", unsized, *f);
        g_autofree char *path = g_build_filename (dir, name, NULL);
        write_archive (path, *f, entries, G_N_ELEMENTS (entries));
        g_test_message ("%s: %zu bytes holding %zu", name, file_size (path), bomb);
        g_assert_cmpuint (file_size (path), <, bomb / 100);

        gint64 t0 = g_get_monotonic_time ();
        g_autoptr (NbResult) r = nb_run (dir, "batch", name, "--db", "t.db", "--plugins", "none", "--max-bytes",
                                         "4M", "--no-progress", NULL);
        double secs = (g_get_monotonic_time () - t0) / 1e6;
        g_test_message ("%s: exit %d in %.2f s, peak RSS of a child so far %ld KiB: %s", name, r->status, secs,
                        children_peak_kib (), r->err);
        g_assert_cmpint (r->status, ==, 1);
        g_autofree char *member = g_strdup_printf ("%s!zeros.md", name);
        g_assert_nonnull (strstr (r->err, member));
        g_assert_nonnull (strstr (r->err, "over the limit"));
        g_autofree char *db = g_build_filename (dir, "t.db", NULL);
        g_autofree char *q = g_strdup_printf ("SELECT source, status FROM documents WHERE source LIKE '%s!%%' "
                                              "ORDER BY seq",
                                              name);
        g_autofree char *rows = nb_db_rows (db, q);
        g_autofree char *expect = g_strdup_printf ("%s!before.md|ok\n%s!zeros.md|failed\n%s!after.md|ok\n", name,
                                                   name, name);
        g_assert_cmpstr (rows, ==, expect);
      }
  /* never held whole: 4 MiB of limit, far from 256 MiB */
  g_assert_cmpint (children_peak_kib (), <, 128 * 1024);
  nb_rmtree (dir);
}

/* Members named "../x", "/abs/x", "a/../../x": read in memory under their
 * own names, nothing written anywhere (batch never extracts). */
static void
test_climbing_names (void)
{
  g_autofree char *dir = nb_tmpdir ();
  g_autofree char *inner = g_build_filename (dir, "in", NULL);
  g_assert_cmpint (g_mkdir_with_parents (inner, 0755), ==, 0);
  Entry entries[] = {
    { "../escape.md", AE_IFREG, NOTE, 0, FALSE, FALSE },
    { "/tmp/np-absolute-escape.md", AE_IFREG, NOTE "- Dmitri: absolute\n", 0, FALSE, FALSE },
    { "a/../../../up.md", AE_IFREG, NOTE "- Emeka: up\n", 0, FALSE, FALSE },
  };
  g_autofree char *path = g_build_filename (inner, "climb.tar", NULL);
  write_archive (path, "tar", entries, G_N_ELEMENTS (entries));
  g_autoptr (NbResult) r = nb_run (inner, "batch", "climb.tar", "--db", "t.db", "--plugins", "none", "--format",
                                   "jsonl", "-q", NULL);
  g_assert_cmpint (r->status, ==, 0);
  g_autofree char *sources = nb_jsonl_sources (r->out);
  g_assert_cmpstr (sources, ==,
                   "climb.tar!../escape.md\nclimb.tar!/tmp/np-absolute-escape.md\nclimb.tar!a/../../../up.md\n");
  /* nothing appeared beside or above the archive */
  g_autofree char *escaped = g_build_filename (dir, "escape.md", NULL);
  g_assert_false (g_file_test (escaped, G_FILE_TEST_EXISTS));
  g_autofree char *up = g_build_filename (dir, "up.md", NULL);
  g_assert_false (g_file_test (up, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test ("/tmp/np-absolute-escape.md", G_FILE_TEST_EXISTS));
  g_autoptr (GDir) d = g_dir_open (inner, 0, NULL);
  guint n = 0;
  for (const char *e = g_dir_read_name (d); e; e = g_dir_read_name (d))
    if (!g_str_has_prefix (e, "t.db"))
      n++;
  g_assert_cmpuint (n, ==, 1); /* climb.tar alone */
  nb_rmtree (dir);
}

/* Symlinks, hard links, character and block devices and FIFOs inside an
 * archive are not documents: skipped, never followed (a symlink to
 * /etc/passwd is not read), and the regular members are read. */
/* Times no 64 bits of nanoseconds hold (an archive's header may say any
 * year): the member is read, its time unknown (NULL), never an overflow */
static void
test_far_times (void)
{
  g_autofree char *dir = nb_tmpdir ();
  Entry entries[] = {
    { "future.md", AE_IFREG, NOTE, 0, FALSE, FALSE, G_GINT64_CONSTANT (65322892800) }, /* 4040-01-01 */
    { "past.md", AE_IFREG, NOTE "- Farah: past\n", 0, FALSE, FALSE, G_GINT64_CONSTANT (-65322892800) },
    { "now.md", AE_IFREG, NOTE "- Farah: now\n", 0, FALSE, FALSE, 0 },
  };
  g_autofree char *path = g_build_filename (dir, "times.tar", NULL);
  write_archive (path, "tar", entries, G_N_ELEMENTS (entries));
  g_autoptr (NbResult) r = nb_run (dir, "batch", "times.tar", "--db", "t.db", "--plugins", "none", "-q", NULL);
  g_assert_cmpint (r->status, ==, 0);
  g_autofree char *db = g_build_filename (dir, "t.db", NULL);
  g_autofree char *rows = nb_db_rows (db, "SELECT source, status, mtime FROM documents ORDER BY seq");
  g_assert_cmpstr (rows, ==,
                   "times.tar!future.md|ok|NULL\ntimes.tar!past.md|ok|NULL\ntimes.tar!now.md|ok|1700000000000000000\n");
  nb_rmtree (dir);
}

static void
test_special_members (void)
{
  g_autofree char *dir = nb_tmpdir ();
  static const char *const formats[] = { "tar", "zip", NULL };
  for (const char *const *f = formats; *f; f++)
    {
      Entry entries[] = {
        { "notes.md", AE_IFREG, NOTE, 0, FALSE, FALSE },
        { "passwd.md", AE_IFLNK, "/etc/passwd", 0, FALSE, FALSE },
        { "loop.md", AE_IFLNK, "loop.md", 0, FALSE, FALSE },
        { "hard.md", AE_IFREG, "notes.md", 0, TRUE, FALSE },
        { "null.md", AE_IFCHR, NULL, 0, FALSE, FALSE },
        { "disk.md", AE_IFBLK, NULL, 0, FALSE, FALSE },
        { "pipe.md", AE_IFIFO, NULL, 0, FALSE, FALSE },
        { "last.md", AE_IFREG, NOTE "- Farah: last\n", 0, FALSE, FALSE },
      };
      g_autofree char *name = g_strdup_printf ("special.%s", *f);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      /* zip has no devices: libarchive refuses those entries there */
      write_archive (path, *f, entries, g_str_equal (*f, "zip") ? 3 : G_N_ELEMENTS (entries));
      g_autoptr (NbResult) r = nb_run (dir, "batch", name, "--db", "t.db", "--plugins", "none", "--format", "jsonl",
                                       "-q", NULL);
      g_test_message ("%s: exit %d %s", name, r->status, r->err);
      g_assert_cmpint (r->status, ==, 0);
      g_assert_null (strstr (r->out, "root:"));
      g_autofree char *sources = nb_jsonl_sources (r->out);
      g_autofree char *expect = g_str_equal (*f, "zip")
                                    ? g_strdup_printf ("%s!notes.md\n", name)
                                    : g_strdup_printf ("%s!notes.md\n%s!last.md\n", name, name);
      g_assert_cmpstr (sources, ==, expect);
    }
  nb_rmtree (dir);
}

/* A directory tree with symlinks back up to itself (a -> .., b/c -> ../..)
 * and to a sibling: walked in bounded time, each real file read once. */
static void
test_directory_loop (void)
{
  g_autofree char *dir = nb_tmpdir ();
  nb_write (dir, "tree/one.md", NOTE, -1);
  nb_write (dir, "tree/sub/two.md", NOTE "- Ada: two\n", -1);
  g_autofree char *a = g_build_filename (dir, "tree", "a", NULL);
  g_autofree char *c = g_build_filename (dir, "tree", "sub", "c", NULL);
  g_autofree char *self = g_build_filename (dir, "tree", "sub", "self", NULL);
  g_assert_cmpint (symlink ("..", a), ==, 0);
  g_assert_cmpint (symlink ("../..", c), ==, 0);
  g_assert_cmpint (symlink ("self", self), ==, 0); /* a link to itself: ELOOP */
  gint64 t0 = g_get_monotonic_time ();
  g_autoptr (NbResult) r = nb_run (dir, "batch", "tree", "--db", "t.db", "--plugins", "none", "--format", "jsonl",
                                   "-q", NULL);
  g_test_message ("directory loop: exit %d in %.2f s", r->status, (g_get_monotonic_time () - t0) / 1e6);
  g_assert_cmpint (r->status, ==, 0);
  g_autofree char *sources = nb_jsonl_sources (r->out);
  g_assert_cmpstr (sources, ==, "tree/one.md\ntree/sub/two.md\n");
  /* named explicitly, a loop link is a directory like any other (a is the
   * test directory, holding tree): each file read once, no way back in */
  g_autoptr (NbResult) r2 = nb_run (dir, "batch", "tree/a", "--db", "t2.db", "--plugins", "none", "--format", "jsonl",
                                    "-q", NULL);
  g_assert_cmpint (r2->status, ==, 0);
  g_autofree char *sources2 = nb_jsonl_sources (r2->out);
  g_assert_cmpstr (sources2, ==, "tree/a/tree/one.md\ntree/a/tree/sub/two.md\n");
  nb_rmtree (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/hostile-archives/bombs", test_bombs);
  g_test_add_func ("/hostile-archives/climbing-names", test_climbing_names);
  g_test_add_func ("/hostile-archives/special-members", test_special_members);
  g_test_add_func ("/hostile-archives/far-times", test_far_times);
  g_test_add_func ("/hostile-archives/directory-loop", test_directory_loop);
  return g_test_run ();
}
