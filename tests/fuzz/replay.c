/* replay.c: run a fuzz target's entry point over saved inputs, so every
 * crash the fuzzers ever found stays a regression test in make check
 * (without libFuzzer).  Arguments: directories or files. */
#include <stdint.h>
#include <stdio.h>

#include <glib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static int
replay_file (const char *path)
{
  g_autofree char *data = NULL;
  gsize len;
  if (!g_file_get_contents (path, &data, &len, NULL))
    return 1;
  LLVMFuzzerTestOneInput ((const uint8_t *) data, len);
  printf ("ok - %s\n", path);
  return 0;
}

int
main (int argc, char **argv)
{
  guint n = 0;
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);
  for (int i = 1; i < argc; i++)
    {
      GDir *d = g_dir_open (argv[i], 0, NULL);
      if (!d)
        {
          g_ptr_array_add (files, g_strdup (argv[i]));
          continue;
        }
      const char *name;
      while ((name = g_dir_read_name (d)))
        g_ptr_array_add (files, g_build_filename (argv[i], name, NULL));
      g_dir_close (d);
    }
  printf ("1..%u\n", files->len);
  int rc = 0;
  for (guint i = 0; i < files->len; i++, n++)
    rc |= replay_file (g_ptr_array_index (files, i));
  g_ptr_array_free (files, TRUE);
  return rc;
}
