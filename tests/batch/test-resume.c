/* test-resume.c: never losing work (resume after SIGKILL, SIGINT), and
 * shard + merge equal to one run. */
#include "config.h"

#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "helpers.h"

#define N_NOTES 100

static char *
reference_run (const char *dir, const char *name)
{
  g_autoptr (NbResult) r = nb_run (dir, "batch", "notes", "--db", name, "-q", nb_plugin_dir_arg (), "--plugins",
                                   "testcount", "-o", "testcount.delay_ms=30", NULL);
  g_assert_cmpint (r->status, ==, 0);
  g_autofree char *db = g_build_filename (dir, name, NULL);
  return nb_canonical (db);
}

/* Wait until the run has committed at least n documents */
static void
wait_for_documents (const char *db, gint64 n, GPid pid)
{
  for (guint tries = 0; tries < 3000; tries++)
    {
      if (g_file_test (db, G_FILE_TEST_EXISTS) && nb_db_int (db, "SELECT count(*) FROM documents") >= n)
        return;
      g_usleep (10000);
    }
  kill (pid, SIGKILL);
  g_error ("the batch run committed fewer than %" G_GINT64_FORMAT " documents in 30 s", n);
}

static void
test_resume_after_kill (void)
{
  g_autofree char *dir = nb_tmpdir ();
  nb_make_notes (dir, N_NOTES);
  g_autofree char *reference = reference_run (dir, "ref.db");
  g_autofree char *db = g_build_filename (dir, "t.db", NULL);
  const char *args[] = { "batch", "notes", "--db", "t.db", "-q", "-j", "2", nb_plugin_dir_arg (), "--plugins",
                         "testcount", "-o", "testcount.delay_ms=30", NULL };
  GPid pid = nb_spawn (dir, args, NULL);
  wait_for_documents (db, 8, pid);
  kill (pid, SIGKILL);
  g_assert_cmpint (nb_wait (pid), ==, 128 + SIGKILL);
  gint64 kept = nb_db_int (db, "SELECT count(*) FROM documents");
  g_test_message ("kept %" G_GINT64_FORMAT " documents after SIGKILL", kept);
  g_assert_cmpint (kept, >=, 8);
  g_assert_cmpint (kept, <, N_NOTES);
  g_autofree char *killed = nb_db_rows (db, "SELECT status FROM runs");
  g_assert_cmpstr (killed, ==, "running\n");

  /* the same command again finishes the rest */
  const char *again[] = { "batch", "notes", "--db", "t.db", "-j", "2", nb_plugin_dir_arg (), "--plugins", "testcount",
                          "-o", "testcount.delay_ms=30", NULL };
  g_autoptr (NbResult) r = nb_runv (dir, again, NULL);
  g_assert_cmpint (r->status, ==, 0);
  g_autofree char *done = g_strdup_printf (", %" G_GINT64_FORMAT " already done", kept);
  g_assert_nonnull (strstr (r->err, done));
  g_autofree char *runs = nb_db_rows (db, "SELECT status, documents, skipped FROM runs ORDER BY run");
  g_autofree char *expect = g_strdup_printf ("killed|NULL|NULL\nfinished|%d|%" G_GINT64_FORMAT "\n", N_NOTES, kept);
  g_assert_cmpstr (runs, ==, expect);
  /* no duplicates, nothing lost, and the same corpus results */
  g_autofree char *resumed = nb_canonical (db);
  g_assert_cmpstr (resumed, ==, reference);

  /* resuming a finished run does nothing again */
  g_autoptr (NbResult) r2 = nb_runv (dir, again, NULL);
  g_assert_cmpint (r2->status, ==, 0);
  g_autofree char *all = g_strdup_printf (", %d already done", N_NOTES);
  g_assert_nonnull (strstr (r2->err, all));
  g_autofree char *again_db = nb_canonical (db);
  g_assert_cmpstr (again_db, ==, reference);

  /* a subset of the same inputs: nothing to process, but the corpus
   * results are those of the subset, as a fresh run over it gives */
  const char *subset[] = { "batch", "notes/1", "--db", "t.db", "-q", nb_plugin_dir_arg (), "--plugins", "testcount",
                           "-o", "testcount.delay_ms=30", NULL };
  g_autoptr (NbResult) rs = nb_runv (dir, subset, NULL);
  g_assert_cmpint (rs->status, ==, 0);
  const char *fresh[] = { "batch", "notes/1", "--db", "sub.db", "-q", nb_plugin_dir_arg (), "--plugins", "testcount",
                          "-o", "testcount.delay_ms=30", NULL };
  g_autoptr (NbResult) rf = nb_runv (dir, fresh, NULL);
  g_assert_cmpint (rf->status, ==, 0);
  g_autofree char *sub_db = g_build_filename (dir, "sub.db", NULL);
  g_autofree char *total_subset = nb_db_rows (db, "SELECT documents, words, corpus_documents, top FROM corpus_testcount_total");
  g_autofree char *total_fresh = nb_db_rows (sub_db, "SELECT documents, words, corpus_documents, top FROM corpus_testcount_total");
  g_assert_cmpstr (total_subset, ==, total_fresh);

  /* another pipeline (other options): everything is processed again */
  g_autoptr (NbResult) r3 = nb_run (dir, "batch", "notes", "--db", "t.db", nb_plugin_dir_arg (), "--plugins",
                                    "testcount", NULL);
  g_assert_cmpint (r3->status, ==, 0);
  g_assert_null (strstr (r3->err, "already done"));
  g_assert_cmpint (nb_db_int (db, "SELECT count(*) FROM documents"), ==, N_NOTES);
  g_autofree char *total_all = nb_db_rows (db, "SELECT documents FROM corpus_testcount_total");
  g_autofree char *expect_all = g_strdup_printf ("%d\n", N_NOTES);
  g_assert_cmpstr (total_all, ==, expect_all);
  nb_rmtree (dir);
}

/* The same with the built-in plugins, whose corpus stages (keywords,
 * topics) keep real statistics: the resumed run merges the stored
 * contributions of the documents done before the kill. */
static void
test_resume_built_in (void)
{
  g_autofree char *dir = nb_tmpdir ();
  nb_make_notes (dir, N_NOTES);
  const char *args[] = { "batch", "notes", "--db", "t.db", "-q", "-j", "2", nb_plugin_dir_arg (), "--plugins",
                         "speakers,actions,keywords,stats,topics,testcount", "-o", "testcount.delay_ms=40", NULL };
  const char *ref[] = { "batch", "notes", "--db", "ref.db", "-q", "-j", "2", nb_plugin_dir_arg (), "--plugins",
                        "speakers,actions,keywords,stats,topics,testcount", "-o", "testcount.delay_ms=40", NULL };
  g_autoptr (NbResult) r0 = nb_runv (dir, ref, NULL);
  g_assert_cmpint (r0->status, ==, 0);
  g_autofree char *ref_db = g_build_filename (dir, "ref.db", NULL);
  g_autofree char *reference = nb_canonical (ref_db);
  g_assert_nonnull (strstr (reference, "corpus_topics_cluster"));
  g_autofree char *db = g_build_filename (dir, "t.db", NULL);
  GPid pid = nb_spawn (dir, args, NULL);
  wait_for_documents (db, 8, pid);
  kill (pid, SIGKILL);
  g_assert_cmpint (nb_wait (pid), ==, 128 + SIGKILL);
  gint64 kept = nb_db_int (db, "SELECT count(*) FROM documents");
  g_assert_cmpint (kept, <, N_NOTES);
  g_autoptr (NbResult) r = nb_runv (dir, args, NULL);
  g_assert_cmpint (r->status, ==, 0);
  g_autofree char *resumed = nb_canonical (db);
  g_assert_cmpstr (resumed, ==, reference);
  /* keywords.candidates is internal (left out of JSON) but stored: one row
   * per document, the corpus stage's input the comparison above covers */
  g_assert_cmpint (nb_db_int (db, "SELECT count(*) FROM layers WHERE name = 'keywords.candidates'"), ==, 1);
  g_assert_cmpint (nb_db_int (db, "SELECT count(*) FROM layer_keywords_candidates"), ==, N_NOTES);
  g_assert_cmpint (nb_db_int (db, "SELECT count(DISTINCT doc) FROM layer_keywords_candidates"), ==, N_NOTES);
  nb_rmtree (dir);
}

static void
test_interrupt (void)
{
  g_autofree char *dir = nb_tmpdir ();
  nb_make_notes (dir, N_NOTES);
  g_autofree char *reference = reference_run (dir, "ref.db");
  g_autofree char *db = g_build_filename (dir, "t.db", NULL);
  const char *args[] = { "batch", "notes", "--db", "t.db", "-j", "2", nb_plugin_dir_arg (), "--plugins", "testcount",
                         "-o", "testcount.delay_ms=30", NULL };
  int err_fd = -1;
  GPid pid = nb_spawn (dir, args, &err_fd);
  wait_for_documents (db, 4, pid);
  kill (pid, SIGINT);
  int status = nb_wait (pid);
  g_assert_cmpint (status, ==, 130);
  char buf[4096];
  ssize_t n = read (err_fd, buf, sizeof buf - 1);
  close (err_fd);
  buf[MAX (n, 0)] = '\0';
  g_test_message ("%s", buf);
  g_assert_nonnull (strstr (buf, "notepipe batch: interrupted after "));
  /* what the summary says is what was committed */
  gint64 kept = nb_db_int (db, "SELECT count(*) FROM documents");
  g_autofree char *said = g_strdup_printf ("interrupted after %" G_GINT64_FORMAT " documents", kept);
  g_assert_nonnull (strstr (buf, said));
  g_assert_cmpint (kept, <, N_NOTES);
  g_autofree char *run = nb_db_rows (db, "SELECT status, documents FROM runs");
  g_autofree char *expect = g_strdup_printf ("interrupted|%" G_GINT64_FORMAT "\n", kept);
  g_assert_cmpstr (run, ==, expect);
  g_assert_cmpint (nb_db_int (db, "SELECT count(*) FROM corpus_state"), ==, 0);

  g_autoptr (NbResult) r = nb_runv (dir, args, NULL);
  g_assert_cmpint (r->status, ==, 0);
  g_autofree char *resumed = nb_canonical (db);
  g_assert_cmpstr (resumed, ==, reference);
  nb_rmtree (dir);
}

static void
test_shard_merge (void)
{
  g_autofree char *dir = nb_tmpdir ();
  nb_make_notes (dir, 30);
  nb_write (dir, "notes/bad.md", "\x7f" "ELF\0\0\0", 7);
  /* a damaged archive: its members are sharded one by one, and the damage
   * must be reported once, as a single run reports it */
  GPtrArray *rels = g_ptr_array_new_with_free_func (g_free);
  GRand *rand = g_rand_new_with_seed (11);
  for (guint i = 0; i < 10; i++)
    {
      GString *text = g_string_new ("# Random\n\n");
      for (guint k = 0; k < 500; k++)
        g_string_append_printf (text, "- %08x %08x %08x\n", g_rand_int (rand), g_rand_int (rand), g_rand_int (rand));
      char *rel = g_strdup_printf ("m/n%02u.md", i);
      nb_write (dir, rel, text->str, text->len);
      g_string_free (text, TRUE);
      g_ptr_array_add (rels, rel);
    }
  g_ptr_array_add (rels, NULL);
  g_rand_free (rand);
  g_autofree char *whole = g_build_filename (dir, "whole.tar.gz", NULL);
  nb_write_archive (whole, "tar.gz", dir, (const char *const *) rels->pdata);
  g_ptr_array_free (rels, TRUE);
  g_autofree char *bytes = NULL;
  gsize len;
  g_assert_true (g_file_get_contents (whole, &bytes, &len, NULL));
  nb_write (dir, "notes/cut.tar.gz", bytes, len * 2 / 3);
  g_autoptr (NbResult) one = nb_run (dir, "batch", "notes", "--db", "one.db", "-q", nb_plugin_dir_arg (), "--plugins",
                                     "testcount", NULL);
  g_assert_cmpint (one->status, ==, 1);
  g_autofree char *one_db = g_build_filename (dir, "one.db", NULL);
  g_autofree char *expect = nb_canonical (one_db);
  guint64 total = 0;
  for (guint i = 1; i <= 3; i++)
    {
      g_autofree char *shard = g_strdup_printf ("%u/3", i);
      g_autofree char *name = g_strdup_printf ("s%u.db", i);
      g_autoptr (NbResult) r = nb_run (dir, "batch", "notes", "--shard", shard, "--db", name, "-q", nb_plugin_dir_arg (),
                                       "--plugins", "testcount", NULL);
      g_assert_cmpint (r->status, <=, 1);
      g_autofree char *db = g_build_filename (dir, name, NULL);
      gint64 n = nb_db_int (db, "SELECT count(*) FROM documents");
      g_assert_cmpint (n, >, 0);
      total += n;
    }
  g_assert_cmpint (nb_db_int (one_db, "SELECT count(*) FROM documents WHERE status = 'failed'"), ==, 2);
  gint64 n_one = nb_db_int (one_db, "SELECT count(*) FROM documents");
  g_assert_cmpuint (total, ==, n_one);
  /* the pipeline comes from the shards' records: no --plugins needed */
  g_autoptr (NbResult) m = nb_run (dir, "merge", "s3.db", "s1.db", "s2.db", "--db", "merged.db", nb_plugin_dir_arg (),
                                   NULL);
  g_test_message ("%s", m->err);
  g_assert_cmpint (m->status, ==, 1);
  g_autofree char *merged_db = g_build_filename (dir, "merged.db", NULL);
  g_autofree char *merged = nb_canonical (merged_db);
  g_assert_cmpstr (merged, ==, expect);
  g_autofree char *run = nb_db_rows (merged_db, "SELECT status, shard, documents, failed FROM runs");
  g_autofree char *expect_run = g_strdup_printf ("finished|merge|%" G_GINT64_FORMAT "|2\n", n_one);
  g_assert_cmpstr (run, ==, expect_run);

  /* the corpus record on stdout keeps the plugins' internal corpus layers
   * (testcount.state) only when asked; the database has them either way */
  for (int with = 0; with < 2; with++)
    {
      g_autofree char *out = g_strdup_printf ("merged-%d.db", with);
      g_autoptr (NbResult) j = nb_run (dir, "merge", "s1.db", "s2.db", "s3.db", "--db", out, "-q", "--format", "jsonl",
                                       nb_plugin_dir_arg (), with ? "--internal-layers" : NULL, NULL);
      g_assert_cmpint (j->status, ==, 1);
      g_assert_nonnull (strstr (j->out, "\"testcount.total\""));
      g_assert_cmpint (strstr (j->out, "\"testcount.state\"") != NULL, ==, with);
      g_autofree char *db_path = g_build_filename (dir, out, NULL);
      g_assert_cmpint (nb_db_int (db_path, "SELECT count(*) FROM corpus_testcount_state"), ==, 1);
    }

  /* refusals: an existing output, an unfinished shard, another pipeline */
  g_autoptr (NbResult) m2 = nb_run (dir, "merge", "s1.db", "s2.db", "--db", "merged.db", nb_plugin_dir_arg (), NULL);
  g_assert_cmpint (m2->status, ==, 2);
  g_autoptr (NbResult) o = nb_run (dir, "batch", "notes", "--shard", "1/3", "--db", "other.db", "-q", "--plugins",
                                   "none", NULL);
  g_autoptr (NbResult) m3 = nb_run (dir, "merge", "s1.db", "other.db", "--db", "m3.db", nb_plugin_dir_arg (), NULL);
  g_assert_cmpint (m3->status, ==, 3);
  g_assert_nonnull (strstr (m3->err, "same pipeline"));
  nb_rmtree (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/batch/resume-after-kill", test_resume_after_kill);
  g_test_add_func ("/batch/resume-built-in-plugins", test_resume_built_in);
  g_test_add_func ("/batch/interrupt", test_interrupt);
  g_test_add_func ("/batch/shard-merge", test_shard_merge);
  return g_test_run ();
}
