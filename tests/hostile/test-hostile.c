/* test-hostile.c: inputs built to hurt the reader.  Each must give a
 * clear error or a correct document -- invariants hold, every content
 * line accounted for -- within bounded time (a watchdog alarm) and memory
 * (an address-space limit, except under sanitizers).  Limits are
 * documented in docs/reliability.md. */
#include <glib/gstdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include <notepipe/notepipe.h>

#include "np-private.h"

#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif

static NpDocument *
read_ok (const char *name, const char *data, gsize len)
{
  g_autoptr (GError) error = NULL;
  NpDocument *doc = np_read_bytes (name, data, len, NULL, &error);
  g_assert_no_error (error);
  np_document_validate (doc, &error);
  g_assert_no_error (error);
  return doc;
}

static guint
n_items (NpDocument *doc)
{
  guint n;
  np_document_get_items (doc, &n);
  return n;
}

static void
test_random_bytes (void)
{
  GRand *rand = g_rand_new_with_seed (20261128);
  for (guint round = 0; round < 200; round++)
    {
      gsize len = g_rand_int_range (rand, 0, 4096);
      char *buf = g_malloc (len + 1);
      for (gsize i = 0; i < len; i++)
        {
          /* half the rounds avoid NUL so the reader gets past the binary check */
          guint32 v = g_rand_int (rand);
          buf[i] = round % 2 ? (char) (v % 255 + 1) : (char) v;
          static const char alphabet[] = " -*o\n\t#|>`[]():@.abcXYZ\xe2\x80\xa2";
          if (round % 4 == 1 && v % 3)
            buf[i] = alphabet[v % (sizeof alphabet - 1)];
        }
      g_autoptr (GError) error = NULL;
      NpDocument *doc = np_read_bytes ("random.bin", buf, len, NULL, &error);
      if (doc)
        {
          np_document_validate (doc, &error);
          g_assert_no_error (error);
          np_document_unref (doc);
        }
      else
        g_assert_error (error, NP_READER_ERROR, NP_READER_ERROR_BINARY);
      g_free (buf);
    }
  g_rand_free (rand);
}

static void
test_nul_in_text (void)
{
  const char data[] = "- one\n- two \0 three\n";
  g_autoptr (GError) error = NULL;
  NpDocument *doc = np_read_bytes ("nul.txt", data, sizeof data - 1, NULL, &error);
  g_assert_null (doc);
  g_assert_error (error, NP_READER_ERROR, NP_READER_ERROR_BINARY);
  g_assert_nonnull (strstr (error->message, "nul.txt"));
  g_assert_nonnull (strstr (error->message, "offset 12"));
}

static void
test_bad_utf8 (void)
{
  /* truncated sequence at the end, overlong encodings, surrogates, 0xFF */
  const char *cases[] = { "- end \xe2\x82", "- overlong \xc0\xaf and \xe0\x80\xaf", "- surrogate \xed\xa0\x80",
                          "- ff \xff\xfe", "- \xf8\x88\x80\x80\x80 five bytes" };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      NpDocument *doc = read_ok ("bad.txt", cases[i], strlen (cases[i]));
      guint n;
      const NpDiagnostic *d = np_document_get_diagnostics (doc, &n);
      g_assert_cmpuint (n, ==, 1);
      g_assert_nonnull (strstr (d[0].message, "invalid UTF-8 at byte offset"));
      g_assert_cmpuint (n_items (doc), ==, 1);
      np_document_unref (doc);
    }
}

static void
test_huge_line (void)
{
  /* 100 MB on one line: analysed up to --max-item-tokens, kept whole */
  gsize len = 100 * 1000 * 1000;
  char *data = g_malloc (len);
  for (gsize i = 0; i < len; i += 5)
    memcpy (data + i, "word ", MIN (5, len - i));
  NpDocument *doc = read_ok ("huge.txt", data, len);
  g_free (data);
  g_assert_cmpuint (n_items (doc), ==, 1);
  guint nt;
  np_document_get_tokens (doc, &nt);
  g_assert_cmpuint (nt, ==, NP_READER_DEFAULT_MAX_ITEM_TOKENS);
  gsize tl;
  np_document_get_text (doc, &tl);
  g_assert_cmpuint (tl, >=, len - 2);
  guint nd;
  const NpDiagnostic *d = np_document_get_diagnostics (doc, &nd);
  g_assert_cmpuint (nd, ==, 1);
  g_assert_nonnull (strstr (d[0].message, "--max-item-tokens"));
  np_document_unref (doc);
}

static void
test_million_bullets (void)
{
  GString *s = g_string_sized_new (4000000);
  for (guint i = 0; i < 1000000; i++)
    g_string_append (s, i % 2 ? "- a\n" : "* b\n");
  NpDocument *doc = read_ok ("bullets.txt", s->str, s->len);
  g_assert_cmpuint (n_items (doc), ==, 1000000);
  /* and JSON of it, streamed */
  GString *json = g_string_new (NULL);
  np_document_append_json (doc, json, 0, FALSE);
  g_assert_cmpuint (json->len, >, 50000000);
  g_string_free (json, TRUE);
  np_document_unref (doc);
  g_string_free (s, TRUE);
}

static void
test_deep_indentation (void)
{
  /* 100,000 columns of indentation, a 100,000-marker glyph run, 100,000
   * quote marks, and a staircase of 2,000 levels in both formats */
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (s, ' ');
  g_string_append (s, "- deep\n");
  for (guint i = 0; i < 100000; i++)
    g_string_append (s, "- ");
  g_string_append (s, "x\n");
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (s, '>');
  g_string_append (s, " quoted\n");
  for (guint i = 0; i < 2000; i++)
    {
      for (guint k = 0; k < i; k++)
        g_string_append_c (s, '\t');
      g_string_append (s, "- step\n");
    }
  const char *formats[] = { "text", "markdown" };
  for (guint f = 0; f < 2; f++)
    {
      NpReadOptions o = { .input_format = formats[f] };
      g_autoptr (GError) error = NULL;
      NpDocument *doc = np_read_bytes ("deep.txt", s->str, s->len, &o, &error);
      g_assert_no_error (error);
      np_document_validate (doc, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (n_items (doc), >=, 2002);
      np_document_unref (doc);
    }
  g_string_free (s, TRUE);
}

static void
test_degenerate_files (void)
{
  struct { const char *name, *data; guint items, sections; } cases[] = {
    { "headings.md", "# Title\n\n## A\n\n### B\n\n## C\n", 0, 3 },
    { "headings.txt", "Session 1\n\nSession 2\n\nSession 3\n", 0, 3 },
    { "space.txt", "  \n\t\n   \t  \n\n", 0, 0 },
    { "crlf.md", "# T\r\n\r\n* a\r\n* b\r\n", 2, 0 },
    { "cr.txt", "Title\r\r- a\r- b\r  continued\r", 2, 0 },
    { "bom.md", "\xef\xbb\xbf# T\n\n* a \xef\xbb\xbf b\n\xef\xbb\xbf* c\n", 2, 0 },
    { "fence.md", "```\nunterminated\ncode\n", 1, 0 },
    { "front.md", "---\ntitle: x\n", 1, 0 },
    { "table.md", "| a |\n|---|\n| b |\n| c", 3, 0 },
    { "comment.md", "<!-- never closed\n- a\n", 1, 0 },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      NpDocument *doc = read_ok (cases[i].name, cases[i].data, strlen (cases[i].data));
      guint ns;
      np_document_get_sections (doc, &ns);
      if (n_items (doc) != cases[i].items || ns != cases[i].sections)
        g_error ("%s: %u items, %u sections", cases[i].name, n_items (doc), ns);
      np_document_unref (doc);
    }
}

static void
test_unreadable (void)
{
  g_autofree char *dir = g_dir_make_tmp ("np-hostile-XXXXXX", NULL);
  g_autofree char *link = g_build_filename (dir, "dangling.txt", NULL);
  g_assert_cmpint (symlink ("/nonexistent/target", link), ==, 0);
  g_autoptr (GError) error = NULL;
  g_assert_null (np_read_file (link, NULL, &error));
  g_assert_error (error, NP_READER_ERROR, NP_READER_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "dangling.txt"));
  g_clear_error (&error);
  g_autofree char *locked = g_build_filename (dir, "locked.txt", NULL);
  g_file_set_contents (locked, "- secret\n", -1, NULL);
  g_chmod (locked, 0);
  NpDocument *doc = np_read_file (locked, NULL, &error);
  if (geteuid () == 0)
    {
      /* root reads it anyway: a correct result is fine too */
      g_assert_nonnull (doc);
      np_document_unref (doc);
    }
  else
    {
      g_assert_null (doc);
      g_assert_nonnull (strstr (error->message, "locked.txt"));
    }
  g_unlink (locked);
  g_unlink (link);
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  /* bounded time: the whole suite, generously */
  alarm (300);
#ifndef UNDER_ASAN
  /* bounded memory: 4 GiB of address space */
  struct rlimit rl = { (rlim_t) 4 << 30, (rlim_t) 4 << 30 };
  setrlimit (RLIMIT_AS, &rl);
#endif
  g_test_add_func ("/hostile/random-bytes", test_random_bytes);
  g_test_add_func ("/hostile/nul-in-text", test_nul_in_text);
  g_test_add_func ("/hostile/bad-utf8", test_bad_utf8);
  g_test_add_func ("/hostile/huge-line", test_huge_line);
  g_test_add_func ("/hostile/million-bullets", test_million_bullets);
  g_test_add_func ("/hostile/deep-indentation", test_deep_indentation);
  g_test_add_func ("/hostile/degenerate-files", test_degenerate_files);
  g_test_add_func ("/hostile/unreadable", test_unreadable);
  return g_test_run ();
}
