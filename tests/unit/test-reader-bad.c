/* test-reader-bad.c: the reader on bad input: binary files, invalid
 * UTF-8 (and where it is reported), odd line ends, a BOM and tabs, empty
 * and blank notes, a huge line and deep nesting, a file too large, a
 * missing file: a clear error naming the file and place, or a document. */
#include <string.h>

#include <notepipe/notepipe.h>

#include "np-private.h"
#include "reader-helpers.h"

static void
test_binary_refused (void)
{
  g_autoptr (GError) error = NULL;
  const char bytes[] = "PK\x03\x04\x00\x00" "binary";
  NpDocument *doc = np_read_bytes ("file.bin", bytes, sizeof bytes - 1, NULL, &error);
  g_assert_null (doc);
  g_assert_error (error, NP_READER_ERROR, NP_READER_ERROR_BINARY);
  g_assert_nonnull (strstr (error->message, "file.bin"));
  g_assert_nonnull (strstr (error->message, "offset 4"));
  g_clear_error (&error);
  char ctrl[64];
  memset (ctrl, 0x01, sizeof ctrl);
  doc = np_read_bytes ("ctrl.txt", ctrl, sizeof ctrl, NULL, &error);
  g_assert_null (doc);
  g_assert_error (error, NP_READER_ERROR, NP_READER_ERROR_BINARY);
  g_clear_error (&error);

  /* the limit is exact: more than a quarter of control bytes; line ends,
   * tabs, ESC and bytes >= 0x80 (0x81 has 0x01 as its low bits) are not
   * control bytes, wherever they fall (67 bytes: the last 3 past the
   * 8-byte words the check reads) */
  for (guint extra = 0; extra <= 1; extra++)
    {
      char mixed[67];
      memset (mixed, 'a', sizeof mixed);
      for (guint i = 0; i < 16; i++)
        mixed[i * 4 + 1] = (char) 0x81;
      mixed[0] = '\n', mixed[9] = '\t', mixed[23] = 0x1b, mixed[40] = '\r';
      guint placed = 0;
      for (guint i = 2; placed < 16 + extra; i += 4, placed++)
        mixed[i < 64 ? i : 64 + placed % 3] = 0x02;
      doc = np_read_bytes ("mixed.txt", mixed, sizeof mixed, NULL, &error);
      if (extra == 0)
        {
          g_assert_no_error (error);
          np_document_unref (doc);
        }
      else
        {
          g_assert_null (doc);
          g_assert_error (error, NP_READER_ERROR, NP_READER_ERROR_BINARY);
          g_clear_error (&error);
        }
    }
}

static void
test_invalid_utf8 (void)
{
  const char text[] = "- good line\n- bad \xff\xfe byte\n- truncated \xe2\x82";
  NpDocument *doc = read_as ("bad.txt", NULL, text);
  guint n;
  const NpDiagnostic *d = np_document_get_diagnostics (doc, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_false (d[0].is_error);
  g_assert_nonnull (strstr (d[0].message, "bad.txt"));
  g_assert_nonnull (strstr (d[0].message, "offset 18"));
  guint ni;
  np_document_get_items (doc, &ni);
  g_assert_cmpuint (ni, ==, 3);
  g_autofree char *t = np_document_dup_item_text (doc, 1);
  g_assert_cmpstr (t, ==, "bad \xef\xbf\xbd\xef\xbf\xbd byte");
  np_document_unref (doc);
}

/* The first invalid byte is found wherever it falls: after long ASCII
 * runs, after valid multi-byte characters, inside one that is cut short */
static void
test_invalid_utf8_offsets (void)
{
  const struct
  {
    const char *text;
    const char *offset;
  } cases[] = {
    { "- an ascii line long enough for words \xc3 x\n", "offset 38" },
    { "- caf\xc3\xa9 \xe2\x80\x94 na\xc3\xafve and more text \xe2\x80 x\n", "offset 33" },
    { "- \xe2\x80\x94\xe2\x80\x94\xe2\x80\x94\xe2\x80\x94\xe2\x80\x94\xe2\x80\x94\x80 x\n", "offset 20" },
    { "- \xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98 end\n", "offset 14" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      NpDocument *doc = read_as ("bad.txt", NULL, cases[i].text);
      guint n;
      const NpDiagnostic *d = np_document_get_diagnostics (doc, &n);
      g_assert_cmpuint (n, ==, 1);
      g_assert_nonnull (strstr (d[0].message, cases[i].offset));
      np_document_unref (doc);
    }
}

static void
test_line_ends_bom_tabs (void)
{
  const char text[] = "\xef\xbb\xbfTitle line\r\n\r\n- one\r\n\t- two\r- three\xef\xbb\xbf word\r\n";
  NpDocument *doc = read_as ("crlf.txt", NULL, text);
  g_assert_cmpstr (np_document_get_title (doc), ==, "Title line");
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpint (items[1].parent, ==, 0);
  g_assert_cmpuint (items[2].line, ==, 5);
  g_autofree char *t = np_document_dup_item_text (doc, 2);
  g_assert_cmpstr (t, ==, "three word");
  np_document_unref (doc);

  /* a PDF's ligatures spelt out (U+FB00 to U+FB06), and so a word
   * hyphenated over two lines that has one elsewhere is whole again; soft
   * hyphens dropped; a cut ligature at the end stays as it is (the UTF-8
   * repair's business) */
  const char pdf[] = "Notes\n\n- The \xef\xac\x81rst e\xef\xac\x80ort on pro\xef\xac\x81ling, e\xef\xac\x83" "cient\n"
                     "- more pro-\nfiling, \xef\xac\x82ow and \xef\xac\x84 \xef\xac\x86 \xef\xac\x85, allo\xc2\xad" "cator\n"
                     "- cut \xef\xac";
  doc = read_as ("pdf.txt", NULL, pdf);
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_autofree char *p0 = np_document_dup_item_text (doc, 0);
  g_assert_cmpstr (p0, ==, "The first effort on profiling, efficient");
  g_autofree char *p1 = np_document_dup_item_text (doc, 1);
  g_assert_cmpstr (p1, ==, "more profiling, flow and ffl st st, allocator");
  np_document_unref (doc);
}

static void
test_empty_and_blank (void)
{
  const char *inputs[] = { "", "\n\n\n", "   \n\t\n", "\xef\xbb\xbf" };
  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      NpDocument *doc = read_as ("e.txt", NULL, inputs[i]);
      guint n;
      np_document_get_items (doc, &n);
      g_assert_cmpuint (n, ==, 0);
      np_document_unref (doc);
    }
}

static void
test_long_line_and_deep_nesting (void)
{
  /* a 1 MB line */
  GString *s = g_string_new ("- ");
  for (guint i = 0; i < 100000; i++)
    g_string_append (s, "word word ");
  NpDocument *doc = read_as ("long.txt", NULL, s->str);
  guint n;
  np_document_get_tokens (doc, &n);
  g_assert_cmpuint (n, ==, 200000);
  np_document_unref (doc);
  /* 3,000-deep nesting by indentation, in both formats (the hostile-input
   * suite goes to 10,000 and beyond) */
  for (int md = 0; md < 2; md++)
    {
      g_string_truncate (s, 0);
      for (guint i = 0; i < 3000; i++)
        {
          for (guint k = 0; k < (md ? 2 * i : i); k++)
            g_string_append_c (s, ' ');
          g_string_append (s, "- x\n");
        }
      doc = read_as (md ? "deep.md" : "deep.txt", NULL, s->str);
      const NpItem *items = np_document_get_items (doc, &n);
      g_assert_cmpuint (n, ==, 3000);
      g_assert_cmpuint (items[2999].depth, ==, 2999);
      g_assert_cmpint (items[2999].parent, ==, 2998);
      np_document_unref (doc);
    }
  g_string_free (s, TRUE);
}

static void
test_too_large (void)
{
  g_autoptr (GError) error = NULL;
  NpReadOptions o = { .max_bytes = 4 };
  NpDocument *doc = np_read_bytes ("big.txt", "0123456789", 10, &o, &error);
  g_assert_null (doc);
  g_assert_error (error, NP_READER_ERROR, NP_READER_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "big.txt"));
}

static void
test_missing_file (void)
{
  g_autoptr (GError) error = NULL;
  NpDocument *doc = np_read_file ("/nonexistent/notes.txt", NULL, &error);
  g_assert_null (doc);
  g_assert_error (error, NP_READER_ERROR, NP_READER_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "/nonexistent/notes.txt"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reader/bad/binary", test_binary_refused);
  g_test_add_func ("/reader/bad/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/reader/bad/invalid-utf8-offsets", test_invalid_utf8_offsets);
  g_test_add_func ("/reader/bad/line-ends-bom-tabs", test_line_ends_bom_tabs);
  g_test_add_func ("/reader/bad/empty", test_empty_and_blank);
  g_test_add_func ("/reader/bad/long-line-deep-nesting", test_long_line_and_deep_nesting);
  g_test_add_func ("/reader/bad/too-large", test_too_large);
  g_test_add_func ("/reader/bad/missing-file", test_missing_file);
  return g_test_run ();
}
