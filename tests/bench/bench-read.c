/* bench-read.c: read and tokenize files on one thread (no plugins) and
 * report bytes, time, MB/s, tokens and peak RSS.  Driven by
 * tests/bench/read-bench.sh, which also times `wc -w` on the same bytes. */
#include <stdio.h>
#include <sys/resource.h>

#include <notepipe/notepipe.h>

int
main (int argc, char **argv)
{
  if (argc < 2)
    {
      fprintf (stderr, "usage: bench-read FILE... (or @LIST to read file names from LIST)\n");
      return 2;
    }
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);
  for (int i = 1; i < argc; i++)
    {
      if (argv[i][0] == '@')
        {
          g_autofree char *list = NULL;
          if (!g_file_get_contents (argv[i] + 1, &list, NULL, NULL))
            return 2;
          g_auto (GStrv) lines = g_strsplit (list, "\n", -1);
          for (char **l = lines; *l; l++)
            if (**l)
              g_ptr_array_add (files, g_strdup (*l));
        }
      else
        g_ptr_array_add (files, g_strdup (argv[i]));
    }
  guint64 bytes = 0, tokens = 0, items = 0;
  gint64 t0 = g_get_monotonic_time ();
  for (guint i = 0; i < files->len; i++)
    {
      g_autoptr (GError) error = NULL;
      NpDocument *doc = np_read_file (g_ptr_array_index (files, i), NULL, &error);
      if (!doc)
        {
          fprintf (stderr, "%s\n", error->message);
          continue;
        }
      guint n;
      np_document_get_tokens (doc, &n);
      tokens += n;
      np_document_get_items (doc, &n);
      items += n;
      bytes += np_document_get_input_size (doc);
      np_document_unref (doc);
    }
  double secs = (g_get_monotonic_time () - t0) / 1e6;
  struct rusage ru;
  getrusage (RUSAGE_SELF, &ru);
  printf ("files=%u bytes=%" G_GUINT64_FORMAT " items=%" G_GUINT64_FORMAT " tokens=%" G_GUINT64_FORMAT
          " seconds=%.3f mb_per_s=%.1f peak_rss_mb=%.1f\n",
          files->len, bytes, items, tokens, secs, bytes / 1e6 / secs, ru.ru_maxrss / 1024.0);
  g_ptr_array_free (files, TRUE);
  return 0;
}
