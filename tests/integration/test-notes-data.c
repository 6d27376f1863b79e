/* test-notes-data.c: every real note in ../shared/data/notes/ reads,
 * keeps the model's invariants, runs through every built plugin without a
 * failure, and accounts for every content line.  Skipped when the shared
 * data is not beside the source tree. */
#include <string.h>

#include <notepipe/notepipe.h>

#include "np-private.h"

static void
collect (const char *dir, GPtrArray *files)
{
  GDir *d = g_dir_open (dir, 0, NULL);
  if (!d)
    return;
  const char *n;
  while ((n = g_dir_read_name (d)))
    {
      char *path = g_build_filename (dir, n, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          if (strcmp (n, "gold") != 0)
            collect (path, files);
          g_free (path);
        }
      else if (g_str_has_suffix (n, ".md") || (g_str_has_suffix (n, ".txt") && strcmp (n, "delegates.txt") != 0))
        g_ptr_array_add (files, path);
      else
        g_free (path);
    }
  g_dir_close (d);
}

static char *notes_dir;

static void
test_all_notes (void)
{
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  collect (notes_dir, files);
  g_assert_cmpuint (files->len, >, 100);

  NpRegistry *r = np_registry_new ();
  np_registry_add_dir (r, NP_TEST_BUILDDIR "/plugins");
  np_registry_scan (r);
  g_autoptr (GError) error = NULL;
  NpPipeline *p = np_pipeline_new (r, NULL, NULL, &error);
  g_assert_no_error (error);
  NpWorker *w = np_worker_new (p, &error);
  g_assert_no_error (error);

  guint64 lines_total = 0, items_total = 0;
  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      NpDocument *doc = np_read_file (path, NULL, &error);
      g_assert_no_error (error);
      np_document_validate (doc, &error);
      if (error)
        g_error ("%s: %s", path, error->message);
      if (!np_worker_process (w, doc))
        {
          guint n;
          const NpDiagnostic *d = np_document_get_diagnostics (doc, &n);
          g_error ("%s failed: %s", path, n ? d[n - 1].message : "?");
        }
      g_autofree char *text = NULL;
      g_file_get_contents (path, &text, NULL, NULL);
      g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
      for (guint k = 0; lines[k]; k++)
        {
          if (!*g_strstrip (lines[k]))
            continue;
          lines_total++;
          if (np_document_get_line_role (doc, k + 1) == NP_LINE_BLANK)
            g_error ("%s:%u is content but belongs to nothing: %s", path, k + 1, lines[k]);
        }
      guint n_items;
      np_document_get_items (doc, &n_items);
      items_total += n_items;
      np_document_unref (doc);
    }
  g_test_message ("%u files, %" G_GUINT64_FORMAT " content lines, %" G_GUINT64_FORMAT " items", files->len,
                  lines_total, items_total);
  np_worker_free (w);
  np_pipeline_free (p);
  np_registry_free (r);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  notes_dir = g_build_filename (g_getenv ("NOTEPIPE_SRCDIR") ? g_getenv ("NOTEPIPE_SRCDIR") : ".", "..", "shared",
                                "data", "notes", NULL);
  if (!g_file_test (notes_dir, G_FILE_TEST_IS_DIR))
    {
      g_printerr ("skipping: %s not found (the shared data is not beside the source tree)\n", notes_dir);
      printf ("1..0 # SKIP shared notes data not found\n");
      return 0;
    }
  g_test_add_func ("/notes-data/all", test_all_notes);
  int rc = g_test_run ();
  g_free (notes_dir);
  return rc;
}
