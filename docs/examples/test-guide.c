/* test-guide.c: the code quoted in docs/plugin-guide.md is the code of
 * docs/examples/, which make check compiles and runs.
 *
 * In the guide, a line
 *     <!-- snippet: docs/examples/longitems.c process -->
 * is followed by a fenced code block that must equal the lines of that
 * file between its markers [guide:process] and [/guide:process] (the
 * marker lines left out).  With NOTEPIPE_UPDATE_GOLDEN=1 the blocks are
 * rewritten from the files instead. */
#include <string.h>

#include <glib.h>

#define MARKER "<!-- snippet: "

/* The lines of path between the markers of name (transfer full) */
static char *
snippet (const char *srcdir, const char *path, const char *name, GError **error)
{
  g_autofree char *full = g_build_filename (srcdir, path, NULL);
  g_autofree char *text = NULL;
  if (!g_file_get_contents (full, &text, NULL, error))
    return NULL;
  g_autofree char *begin = g_strdup_printf ("[guide:%s]", name);
  g_autofree char *end = g_strdup_printf ("[/guide:%s]", name);
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  GString *out = NULL;
  for (char **l = lines; *l; l++)
    {
      if (strstr (*l, end) && out)
        return g_string_free (out, FALSE);
      if (out)
        g_string_append_printf (out, "%s\n", *l);
      if (strstr (*l, begin))
        out = g_string_new (NULL);
    }
  if (out)
    g_string_free (out, TRUE);
  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT, "%s has no snippet %s", path, name);
  return NULL;
}

static void
test_guide_snippets (void)
{
  const char *srcdir = g_getenv ("NOTEPIPE_SRCDIR");
  g_assert_nonnull (srcdir);
  const char *update = g_getenv ("NOTEPIPE_UPDATE_GOLDEN");
  gboolean rewrite = update && *update && strcmp (update, "0") != 0;
  g_autofree char *guide_path = g_build_filename (srcdir, "docs", "plugin-guide.md", NULL);
  g_autofree char *guide = NULL;
  g_autoptr (GError) error = NULL;
  g_assert_true (g_file_get_contents (guide_path, &guide, NULL, &error));

  GString *out = g_string_new (NULL);
  guint checked = 0;
  const char *p = guide;
  const char *at;
  while ((at = strstr (p, MARKER)))
    {
      /* "<!-- snippet: FILE NAME -->\n```c\n...```" */
      const char *close = strstr (at, "-->");
      g_assert_nonnull (close);
      g_autofree char *spec = g_strndup (at + strlen (MARKER), close - at - strlen (MARKER));
      g_auto (GStrv) words = g_strsplit (g_strstrip (spec), " ", 2);
      g_assert_cmpuint (g_strv_length (words), ==, 2);
      const char *fence = strstr (close, "```c\n");
      const char *body = fence ? fence + 5 : NULL;
      /* the line before the closing fence (body - 1 for an empty block) */
      const char *fence_end = !body ? NULL : g_str_has_prefix (body, "```") ? body - 1 : strstr (body, "\n```");
      if (!fence || !fence_end)
        g_error ("%s: no ```c block after the snippet marker for %s %s", guide_path, words[0], words[1]);
      g_autofree char *want = snippet (srcdir, words[0], words[1], &error);
      g_assert_no_error (error);
      g_autofree char *have = g_strndup (body, fence_end + 1 - body);
      if (!rewrite && strcmp (have, want) != 0)
        g_error ("docs/plugin-guide.md quotes %s [guide:%s] differently; it should read:\n%s"
                 "(NOTEPIPE_UPDATE_GOLDEN=1 rewrites the guide's blocks)",
                 words[0], words[1], want);
      g_string_append_len (out, p, body - p);
      g_string_append (out, want);
      p = fence_end + 1;
      checked++;
    }
  g_string_append (out, p);
  g_assert_cmpuint (checked, >, 0);
  if (rewrite)
    g_assert_true (g_file_set_contents (guide_path, out->str, out->len, NULL));
  g_string_free (out, TRUE);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/examples/guide-snippets", test_guide_snippets);
  return g_test_run ();
}
