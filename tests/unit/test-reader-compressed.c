/* test-reader-compressed.c: notes compressed whole (`minutes.md.gz`),
 * and office documents, which are zips (.docx, .odt).
 * The reader inflates any stream that opens with a compression's magic
 * number, knows the format by the name under the suffix, gives the note
 * the id of its text, and refuses a cut or over-large stream by name. */
#include <archive.h>
#include <archive_entry.h>
#include <string.h>

#include <glib/gstdio.h>

#include "np-private.h"
#include "reader-helpers.h"

static const char *const minutes = "# Build WG\n\n"
                                   "## Attendees\n\n"
                                   "- Ada Byron (AB)\n- Brian Kern (BK)\n\n"
                                   "## Caching\n\n"
                                   "AB: the remote cache misses on every CI run.\n"
                                   "BK: we key it by the compiler's path.\n";

/* data compressed by libarchive's raw writer with the given filter */
static GBytes *
compress_len (const char *text, gsize len, int filter)
{
  gsize cap = len + 4096, used = 0;
  char *buf = g_malloc (cap);
  struct archive *a = archive_write_new ();
  g_assert_cmpint (archive_write_add_filter (a, filter), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_set_format_raw (a), ==, ARCHIVE_OK);
  archive_write_set_bytes_in_last_block (a, 1);
  g_assert_cmpint (archive_write_open_memory (a, buf, cap, &used), ==, ARCHIVE_OK);
  struct archive_entry *e = archive_entry_new ();
  archive_entry_set_pathname (e, "data");
  archive_entry_set_filetype (e, AE_IFREG);
  archive_entry_set_size (e, len);
  g_assert_cmpint (archive_write_header (a, e), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_data (a, text, len), ==, (la_ssize_t) len);
  archive_entry_free (e);
  g_assert_cmpint (archive_write_close (a), ==, ARCHIVE_OK);
  archive_write_free (a);
  return g_bytes_new_take (buf, used);
}

static GBytes *
compress_with (const char *text, int filter)
{
  return compress_len (text, strlen (text), filter);
}

static guint
n_items (const NpDocument *doc)
{
  guint n = 0;
  np_document_get_items (doc, &n);
  return n;
}

static guint
n_attendees (const NpDocument *doc)
{
  guint n = 0;
  np_document_get_attendees (doc, &n);
  return n;
}

static NpDocument *
read_compressed (const char *name, GBytes *bytes, const NpReadOptions *o, GError **error)
{
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  return np_read_bytes (name, data, len, o, error);
}

/* every compression gives the same document as the text itself */
static void
test_filters (void)
{
  g_autoptr (NpDocument) plain = read_as ("minutes.md", NULL, minutes);
  static const struct
  {
    int filter;
    const char *suffix;
  } filters[] = {
    { ARCHIVE_FILTER_GZIP, ".gz" },   { ARCHIVE_FILTER_BZIP2, ".bz2" }, { ARCHIVE_FILTER_XZ, ".xz" },
    { ARCHIVE_FILTER_ZSTD, ".zst" },  { ARCHIVE_FILTER_LZIP, ".lz" },   { ARCHIVE_FILTER_LZ4, ".lz4" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    {
      g_autoptr (GBytes) z = compress_with (minutes, filters[i].filter);
      g_autofree char *name = g_strconcat ("minutes.md", filters[i].suffix, NULL);
      g_autoptr (GError) error = NULL;
      g_autoptr (NpDocument) doc = read_compressed (name, z, NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (doc);
      np_document_validate (doc, &error);
      g_assert_no_error (error);
      /* Markdown by the name under the suffix, and the id of the text */
      g_assert_cmpstr (np_document_get_format (doc), ==, "markdown");
      g_assert_cmpstr (np_document_get_id (doc), ==, np_document_get_id (plain));
      g_assert_cmpstr (np_document_get_title (doc), ==, "Build WG");
      g_assert_cmpuint (n_items (doc), ==, n_items (plain));
      g_assert_cmpuint (n_attendees (doc), ==, 2);
    }
}

/* the format comes from the name under the suffix, whatever its case:
 * a `.txt.gz` stays plain text even when it looks like Markdown */
static void
test_format_by_inner_name (void)
{
  g_autoptr (GBytes) z = compress_with ("Caching\n\n- AB: misses\n", ARCHIVE_FILTER_GZIP);
  g_autoptr (GError) error = NULL;
  g_autoptr (NpDocument) md = read_compressed ("x/notes.MD.GZ", z, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (np_document_get_format (md), ==, "markdown");
  g_autoptr (GBytes) vtt = compress_with ("WEBVTT\n\n00:00.000 --> 00:01.000\n<v Ada>Hello.\n", ARCHIVE_FILTER_GZIP);
  g_autoptr (NpDocument) t = read_compressed ("talk.vtt.gz", vtt, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (np_document_get_format (t), ==, "vtt");
}

/* cut short, corrupt, or inflating past the limit: refused by name */
static void
test_damage (void)
{
  GString *big = g_string_new (NULL);
  for (guint i = 0; i < 4000; i++)
    g_string_append_printf (big, "- point %u of a long list of points\n", i);
  g_autoptr (GBytes) z = compress_with (big->str, ARCHIVE_FILTER_GZIP);
  gsize len;
  const char *data = g_bytes_get_data (z, &len);

  g_autoptr (GError) error = NULL;
  NpDocument *doc = np_read_bytes ("cut.txt.gz", data, len / 2, NULL, &error);
  g_assert_null (doc);
  g_assert_error (error, NP_READER_ERROR, NP_READER_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "cut.txt.gz"));
  g_assert_nonnull (strstr (error->message, "truncated or corrupt"));
  g_clear_error (&error);

  /* the limit holds for the inflated text, not the compressed bytes */
  NpReadOptions o = { .max_bytes = big->len - 1 };
  g_assert_cmpuint (len, <, o.max_bytes);
  doc = np_read_bytes ("big.txt.gz", data, len, &o, &error);
  g_assert_null (doc);
  g_assert_error (error, NP_READER_ERROR, NP_READER_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "big.txt.gz"));
  g_clear_error (&error);
  o.max_bytes = big->len;
  doc = np_read_bytes ("big.txt.gz", data, len, &o, &error);
  g_assert_no_error (error);
  np_document_unref (doc);

  /* a compressed stream of binary data is refused as binary, by name */
  char blob[4096];
  for (guint i = 0; i < sizeof blob; i++)
    blob[i] = (char) (i % 7 == 0 ? 0 : i);
  g_autoptr (GBytes) zb = compress_len (blob, sizeof blob, ARCHIVE_FILTER_XZ);
  data = g_bytes_get_data (zb, &len);
  doc = np_read_bytes ("blob.gz", data, len, NULL, &error);
  g_assert_null (doc);
  g_assert_error (error, NP_READER_ERROR, NP_READER_ERROR_BINARY);
  g_assert_nonnull (strstr (error->message, "blob.gz"));
  g_string_free (big, TRUE);
}

/* text that merely starts like a magic number is text */
static void
test_lookalikes (void)
{
  g_autoptr (NpDocument) bz = read_as ("bz.txt", NULL, "BZh9 is bzip2's header, said Ada.\n");
  g_assert_cmpuint (n_items (bz), >=, 1);
  g_autoptr (NpDocument) lz = read_as ("lz.txt", NULL, "LZIP support landed.\n");
  g_assert_cmpuint (n_items (lz), >=, 1);
}

/* The members given (name, text pairs) written into a, which is set to
 * its format and opened to memory; closed and freed, and the buffer of
 * used bytes given back */
static GBytes *
close_with_members (struct archive *a, const char *const *members, char *buf, gsize *used)
{
  for (const char *const *m = members; *m; m += 2)
    {
      struct archive_entry *e = archive_entry_new ();
      archive_entry_set_pathname (e, m[0]);
      archive_entry_set_filetype (e, AE_IFREG);
      archive_entry_set_perm (e, 0644);
      archive_entry_set_size (e, strlen (m[1]));
      g_assert_cmpint (archive_write_header (a, e), ==, ARCHIVE_OK);
      g_assert_cmpint (archive_write_data (a, m[1], strlen (m[1])), ==, (la_ssize_t) strlen (m[1]));
      archive_entry_free (e);
    }
  g_assert_cmpint (archive_write_close (a), ==, ARCHIVE_OK);
  archive_write_free (a);
  return g_bytes_new_take (buf, *used);
}

/* A zip in memory holding the members given (name, text pairs), stored
 * (OpenDocument's first member, its mimetype, must be) or deflated */
static GBytes *
zip_with (const char *const *members, gboolean stored)
{
  gsize cap = 65536, used = 0;
  char *buf = g_malloc (cap);
  struct archive *a = archive_write_new ();
  g_assert_cmpint (archive_write_set_format_zip (a), ==, ARCHIVE_OK);
  if (stored)
    g_assert_cmpint (archive_write_set_format_option (a, "zip", "compression", "store"), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_open_memory (a, buf, cap, &used), ==, ARCHIVE_OK);
  return close_with_members (a, members, buf, &used);
}

/* A tar in memory holding the members given (at most 1 MiB), compressed
 * with gzip, or with xz */
static GBytes *
tar_compressed_of (const char *const *members, gboolean xz)
{
  gsize cap = 1 << 20, used = 0;
  char *buf = g_malloc (cap);
  struct archive *a = archive_write_new ();
  g_assert_cmpint (archive_write_set_format_pax_restricted (a), ==, ARCHIVE_OK);
  g_assert_cmpint (xz ? archive_write_add_filter_xz (a) : archive_write_add_filter_gzip (a), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_open_memory (a, buf, cap, &used), ==, ARCHIVE_OK);
  return close_with_members (a, members, buf, &used);
}

static GBytes *
tar_gz_of (const char *const *members)
{
  return tar_compressed_of (members, FALSE);
}

static GBytes *
zip_of (const char *const *members)
{
  return zip_with (members, FALSE);
}

/* np_archive_read_named(): the members of that base name, in one pass,
 * at any depth and with "./" dropped, none over the limit; an archive
 * without them gives an empty table, a file that is no archive or a
 * damaged one an error naming it (the salvaging variant: what came whole
 * before the damage, with the error) */
static void
test_archive_read_named (void)
{
  static const char *const members[] = { "./tc/roster.txt", "Ann Lee (AL)\n",
                                         "tc/meetings/roster.txt", "Bo Chen (BC)\n",
                                         "tc/meetings/day-1.md", "AL: hi\n",
                                         "big/roster.txt", "0123456789abcdef0123456789abcdef",
                                         "other.txt", "x\n", NULL };
  g_autoptr (GBytes) zip = zip_of (members);
  g_autofree char *dir = g_dir_make_tmp ("archive-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "notes.zip", NULL);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (zip, NULL), g_bytes_get_size (zip), NULL));
  const char *const names[] = { "roster.txt", "people.tsv", NULL };
  g_autoptr (GError) error = NULL;
  GHashTable *found = np_archive_read_named (path, names, 16, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (found), ==, 2);
  GBytes *top = g_hash_table_lookup (found, "tc/roster.txt");
  g_assert_nonnull (top);
  g_assert_cmpmem (g_bytes_get_data (top, NULL), g_bytes_get_size (top), "Ann Lee (AL)\n", 13);
  g_assert_nonnull (g_hash_table_lookup (found, "tc/meetings/roster.txt"));
  g_assert_null (g_hash_table_lookup (found, "big/roster.txt")); /* 32 bytes, over 16 */
  g_hash_table_unref (found);

  const char *const none[] = { "delegates.txt", NULL };
  found = np_archive_read_named (path, none, 1 << 20, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (found), ==, 0);
  g_hash_table_unref (found);

  g_autofree char *plain = g_build_filename (dir, "roster.txt", NULL);
  g_assert_true (g_file_set_contents (plain, "Ann Lee (AL)\n", -1, NULL));
  g_assert_null (np_archive_read_named (plain, names, 1 << 20, &error));
  g_assert_error (error, NP_READER_ERROR, NP_READER_ERROR_IO);
  g_assert_nonnull (strstr (error->message, plain));
  g_clear_error (&error);

  /* a gzipped tar cut short: damage, named */
  g_autoptr (GBytes) tgz = tar_gz_of (members);
  g_autofree char *cut = g_build_filename (dir, "cut.tar.gz", NULL);
  g_assert_true (g_file_set_contents (cut, g_bytes_get_data (tgz, NULL), g_bytes_get_size (tgz) / 2, NULL));
  g_assert_null (np_archive_read_named (cut, names, 1 << 20, &error));
  g_assert_error (error, NP_READER_ERROR, NP_READER_ERROR_IO);
  g_assert_nonnull (strstr (error->message, cut));
  g_clear_error (&error);

  /* np_archive_read_named_salvaged(): the members read whole before the
   * damage, the damage named; a file that is no archive gives none */
  g_autofree char *cut_late = g_build_filename (dir, "cut-late.tar.gz", NULL);
  /* cut within the first 64 KiB once inflated (which libarchive cannot
   * open), and far past them; gzip, then xz (decoded again by liblzma) */
  for (guint step = 0; step < 4; step++)
    {
      gsize size = step % 2 ? 4 * 65536 : 65536;
      GString *filler = g_string_new (NULL);
      GRand *rand = g_rand_new_with_seed (7);
      while (filler->len < size)
        g_string_append_c (filler, (char) g_rand_int_range (rand, 'a', 'z' + 1));
      g_rand_free (rand);
      const char *const damaged[] = { "tc/roster.txt", "Ann Lee (AL)\n", "tc/filler.md", filler->str,
                                      "tc/meetings/roster.txt", "Bo Chen (BC)\n", NULL };
      g_autoptr (GBytes) long_tgz = tar_compressed_of (damaged, step >= 2);
      g_string_free (filler, TRUE);
      g_assert_true (g_file_set_contents (cut_late, g_bytes_get_data (long_tgz, NULL),
                                          g_bytes_get_size (long_tgz) / 2, NULL));
      found = np_archive_read_named_salvaged (cut_late, names, 1 << 20, &error);
      g_assert_error (error, NP_READER_ERROR, NP_READER_ERROR_IO);
      g_assert_nonnull (strstr (error->message, cut_late));
      g_clear_error (&error);
      g_assert_nonnull (found);
      g_assert_cmpuint (g_hash_table_size (found), ==, 1);
      g_assert_nonnull (g_hash_table_lookup (found, "tc/roster.txt"));
      g_hash_table_unref (found);
      g_assert_null (np_archive_read_named (cut_late, names, 1 << 20, &error));
      g_assert_error (error, NP_READER_ERROR, NP_READER_ERROR_IO);
      g_clear_error (&error);
    }
  g_assert_null (np_archive_read_named_salvaged (plain, names, 1 << 20, &error));
  g_assert_error (error, NP_READER_ERROR, NP_READER_ERROR_IO);
  for (const char *const *f = (const char *const[]) { path, plain, cut, cut_late, NULL }; *f; f++)
    g_remove (*f);
  g_rmdir (dir);
}

/* Every item of doc as "depth|text" lines, for the tests to search */
static GString *
listing (const NpDocument *doc)
{
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  GString *all = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *t = np_document_dup_item_text (doc, i);
      g_string_append_printf (all, "%u|%s\n", items[i].depth, t);
    }
  g_test_message ("%s", all->str);
  return all;
}

#define W_NS "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

/* Minutes written in Word: the title, headings by style, list items by
 * their level, bold runs as marks (a bold name before its colon), tables
 * as rows; known by the name or by the main part inside the zip; a zip
 * without it, or damaged XML, fails with the file's name */
static void
test_docx (void)
{
  static const char body[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " W_NS "><w:body>"
    "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>Build WG</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>Date: 2024-05-06</w:t></w:r></w:p>"
    "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>Attendees</w:t></w:r></w:p>"
    "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
    "<w:r><w:t>Ada Byron (AB)</w:t></w:r></w:p>"
    "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
    "<w:r><w:t>Brian Kern (BK)</w:t></w:r></w:p>"
    "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>Caching</w:t></w:r></w:p>"
    "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Ada</w:t></w:r><w:r><w:t xml:space=\"preserve\">: the cache misses"
    " &amp; more.</w:t></w:r></w:p>"
    "<w:p><w:r><w:rPr><w:b w:val=\"0\"/></w:rPr><w:t>BK: we key it</w:t></w:r><w:r><w:br/></w:r>"
    "<w:r><w:t>by the path.</w:t></w:r></w:p>"
    "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/></w:numPr></w:pPr>"
    "<w:r><w:t>first</w:t></w:r></w:p>"
    "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"2\"/></w:numPr></w:pPr>"
    "<w:r><w:t>second</w:t></w:r></w:p>"
    "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Owner</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Task</w:t></w:r></w:p>"
    "</w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>AB</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>a | b</w:t></w:r>"
    "</w:p></w:tc></w:tr></w:tbl>"
    "<w:sectPr/></w:body></w:document>";
  const char *members[] = { "[Content_Types].xml", "<Types/>", "word/document.xml", body, NULL };
  g_autoptr (GBytes) zip = zip_of (members);
  gsize len;
  const char *data = g_bytes_get_data (zip, &len);
  for (guint named = 0; named <= 1; named++)
    {
      g_autoptr (GError) error = NULL;
      NpDocument *doc = np_read_bytes (named ? "minutes.docx" : "upload-17", data, len, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (np_document_get_format (doc), ==, "markdown");
      g_assert_cmpstr (np_document_get_title (doc), ==, "Build WG");
      g_assert_cmpstr (np_document_get_date (doc), ==, "2024-05-06");
      g_assert_cmpuint (n_attendees (doc), ==, 2);
      GString *all = listing (doc);
      g_assert_nonnull (strstr (all->str, "0|**Ada**: the cache misses & more.\n"));
      g_assert_nonnull (strstr (all->str, "0|BK: we key it by the path.\n"));
      g_assert_nonnull (strstr (all->str, "0|first\n1|second\n"));
      g_assert_nonnull (strstr (all->str, "AB | a b"));
      g_string_free (all, TRUE);
      np_document_unref (doc);
    }

  /* localized style ids, known by their names in word/styles.xml; bold
   * by the character style Strong */
  static const char styles[] =
    "<w:styles " W_NS "><w:style w:type=\"paragraph\" w:styleId=\"Titel\"><w:name w:val=\"Title\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"berschrift1\"><w:name w:val=\"heading 1\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"Normal\"/></w:style></w:styles>";
  static const char german[] =
    "<w:document " W_NS "><w:body>"
    "<w:p><w:pPr><w:pStyle w:val=\"Titel\"/></w:pPr><w:r><w:t>Sitzung</w:t></w:r></w:p>"
    "<w:p><w:pPr><w:pStyle w:val=\"berschrift1\"/></w:pPr><w:r><w:t>Haushalt</w:t></w:r></w:p>"
    "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>kein Titel</w:t></w:r></w:p>"
    "<w:p><w:r><w:rPr><w:rStyle w:val=\"Strong\"/></w:rPr><w:t>Ada</w:t></w:r>"
    "<w:r><w:t xml:space=\"preserve\">: gut.</w:t></w:r></w:p></w:body></w:document>";
  const char *localized[] = { "word/document.xml", german, "word/styles.xml", styles, NULL };
  g_autoptr (GBytes) de = zip_of (localized);
  data = g_bytes_get_data (de, &len);
  {
    g_autoptr (GError) error = NULL;
    NpDocument *doc = np_read_bytes ("sitzung.docx", data, len, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (np_document_get_title (doc), ==, "Sitzung");
    guint ns;
    const NpSection *sections = np_document_get_sections (doc, &ns);
    g_assert_cmpuint (ns, ==, 1);
    g_assert_cmpstr (sections[0].title, ==, "Haushalt");
    guint n;
    np_document_get_items (doc, &n);
    g_assert_cmpuint (n, ==, 2);
    g_autofree char *t0 = np_document_dup_item_text (doc, 0);
    g_assert_cmpstr (t0, ==, "kein Titel");
    g_autofree char *t1 = np_document_dup_item_text (doc, 1);
    g_assert_cmpstr (t1, ==, "**Ada**: gut.");
    np_document_unref (doc);
  }

  /* a zip named .docx without the main part; damaged XML */
  const char *other[] = { "notes.txt", "hello", NULL };
  g_autoptr (GBytes) plain = zip_of (other);
  data = g_bytes_get_data (plain, &len);
  g_autoptr (GError) error = NULL;
  g_assert_null (np_read_bytes ("empty.docx", data, len, NULL, &error));
  g_assert_error (error, NP_READER_ERROR, NP_READER_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "empty.docx"));
  g_clear_error (&error);
  const char *broken[] = { "word/document.xml", "<w:document " W_NS "><w:bo", NULL };
  g_autoptr (GBytes) bad = zip_of (broken);
  data = g_bytes_get_data (bad, &len);
  g_assert_null (np_read_bytes ("broken.docx", data, len, NULL, &error));
  g_assert_error (error, NP_READER_ERROR, NP_READER_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "broken.docx"));
}

/* Teams' transcript saved as a Word file: each line a paragraph.  The
 * older export (a timing line, the name, the words) is read as a
 * transcript's cues, each name the voice of its words; the newer one
 * (the name and the time over the words) as turns headed by that line. */
static GBytes *
docx_of_paragraphs (const char *const *paragraphs)
{
  GString *xml = g_string_new ("<w:document " W_NS "><w:body>");
  for (const char *const *p = paragraphs; *p; p++)
    g_string_append_printf (xml, "<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>", *p);
  g_string_append (xml, "</w:body></w:document>");
  const char *members[] = { "word/document.xml", xml->str, NULL };
  GBytes *zip = zip_of (members);
  g_string_free (xml, TRUE);
  return zip;
}

static void
test_docx_transcripts (void)
{
  static const char *const cues[] = { "0:0:0.0 --&gt; 0:0:5.120", "Alice Smith", "Okay, let us start.", "",
                                      "0:0:5.120 --&gt; 0:0:9.0", "Bob Jones", "I think we need a week.",
                                      "0:0:9.0 --&gt; 0:0:12.0", "Alice Smith", "Fine.", NULL };
  g_autoptr (GBytes) older = docx_of_paragraphs (cues);
  gsize len;
  const char *data = g_bytes_get_data (older, &len);
  g_autoptr (GError) error = NULL;
  NpDocument *doc = np_read_bytes ("transcript.docx", data, len, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (np_document_get_format (doc), ==, "vtt");
  GString *all = listing (doc);
  g_assert_cmpstr (all->str, ==, "0|<v Alice Smith>Okay, let us start.\n0|<v Bob Jones>I think we need a week.\n"
                                 "0|<v Alice Smith>Fine.\n");
  g_string_free (all, TRUE);
  np_document_unref (doc);

  static const char *const turns[] = { "Weekly sync", "Alice Smith   0:03", "Okay, let us start.",
                                       "Bob Jones   0:10", "I think we need a week.", NULL };
  g_autoptr (GBytes) newer = docx_of_paragraphs (turns);
  data = g_bytes_get_data (newer, &len);
  doc = np_read_bytes ("transcript.docx", data, len, NULL, &error);
  g_assert_no_error (error);
  all = listing (doc);
  g_assert_cmpstr (all->str, ==, "0|Weekly sync\n0|Alice Smith   0:03 Okay, let us start.\n"
                                 "0|Bob Jones   0:10 I think we need a week.\n");
  g_string_free (all, TRUE);
  np_document_unref (doc);
}

#define ODF_NS                                                                                                \
  "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "                                     \
  "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "                                         \
  "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "                                       \
  "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "                              \
  "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""

/* OpenDocument text (LibreOffice): headings by outline level, nested
 * lists, bold spans by their automatic style, grouped table rows; known
 * by the name or by its stored mimetype member */
static void
test_odt (void)
{
  static const char content[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " ODF_NS ">"
    "<office:automatic-styles><style:style style:name=\"T1\" style:family=\"text\">"
    "<style:text-properties fo:font-weight=\"bold\"/></style:style></office:automatic-styles>"
    "<office:body><office:text>"
    "<text:h text:outline-level=\"1\">Build WG</text:h><text:p>Date: 2024-05-06</text:p>"
    "<text:h text:outline-level=\"2\">Attendees</text:h>"
    "<text:list><text:list-item><text:p>Ada Byron (AB)</text:p></text:list-item>"
    "<text:list-item><text:p>Brian Kern (BK)</text:p></text:list-item></text:list>"
    "<text:h text:outline-level=\"2\">Caching</text:h>"
    "<text:p><text:span text:style-name=\"T1\">Ada</text:span>: the cache<text:s/>misses.</text:p>"
    "<text:p>BK: we key it<text:line-break/>by the path.</text:p>"
    "<text:list><text:list-item><text:p>first</text:p><text:list><text:list-item><text:p>second</text:p>"
    "</text:list-item></text:list></text:list-item></text:list>"
    "<table:table><table:table-header-rows><table:table-row><table:table-cell><text:p>Owner</text:p>"
    "</table:table-cell><table:table-cell><text:p>Task</text:p></table:table-cell></table:table-row>"
    "</table:table-header-rows><table:table-row><table:table-cell><text:p>AB</text:p></table:table-cell>"
    "<table:table-cell><text:p>a | b</text:p></table:table-cell></table:table-row></table:table>"
    "</office:text></office:body></office:document-content>";
  const char *members[] = { "mimetype", "application/vnd.oasis.opendocument.text", "content.xml", content, NULL };
  g_autoptr (GBytes) zip = zip_with (members, TRUE);
  gsize len;
  const char *data = g_bytes_get_data (zip, &len);
  for (guint named = 0; named <= 1; named++)
    {
      g_autoptr (GError) error = NULL;
      NpDocument *doc = np_read_bytes (named ? "minutes.odt" : "upload-18", data, len, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (np_document_get_title (doc), ==, "Build WG");
      g_assert_cmpstr (np_document_get_date (doc), ==, "2024-05-06");
      g_assert_cmpuint (n_attendees (doc), ==, 2);
      GString *all = listing (doc);
      g_assert_nonnull (strstr (all->str, "0|**Ada**: the cache misses.\n"));
      g_assert_nonnull (strstr (all->str, "0|BK: we key it by the path.\n"));
      g_assert_nonnull (strstr (all->str, "0|first\n1|second\n"));
      g_assert_nonnull (strstr (all->str, "Owner | Task"));
      g_assert_nonnull (strstr (all->str, "AB | a b"));
      g_string_free (all, TRUE);
      np_document_unref (doc);
    }
  const char *other[] = { "mimetype", "application/vnd.oasis.opendocument.text", NULL };
  g_autoptr (GBytes) empty = zip_with (other, TRUE);
  data = g_bytes_get_data (empty, &len);
  g_autoptr (GError) error = NULL;
  g_assert_null (np_read_bytes ("empty.odt", data, len, NULL, &error));
  g_assert_error (error, NP_READER_ERROR, NP_READER_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "empty.odt: no OpenDocument text"));

  /* the Title style's paragraph (or one of an automatic style derived
   * from it) is the document's title, not an item */
  static const char titled[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " ODF_NS ">"
    "<office:automatic-styles><style:style style:name=\"P7\" style:family=\"paragraph\" "
    "style:parent-style-name=\"Title\"/></office:automatic-styles><office:body><office:text>"
    "<text:p text:style-name=\"%s\">Platform Sync</text:p><text:p>Ada: the cache misses.</text:p>"
    "</office:text></office:body></office:document-content>";
  for (guint derived = 0; derived <= 1; derived++)
    {
      g_autofree char *xml = g_strdup_printf (titled, derived ? "P7" : "Title");
      const char *parts[] = { "mimetype", "application/vnd.oasis.opendocument.text", "content.xml", xml, NULL };
      g_autoptr (GBytes) tz = zip_with (parts, TRUE);
      data = g_bytes_get_data (tz, &len);
      g_autoptr (GError) terr = NULL;
      NpDocument *doc = np_read_bytes ("sync.odt", data, len, NULL, &terr);
      g_assert_no_error (terr);
      g_assert_cmpstr (np_document_get_title (doc), ==, "Platform Sync");
      GString *all = listing (doc);
      g_assert_null (strstr (all->str, "Platform Sync"));
      g_string_free (all, TRUE);
      np_document_unref (doc);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reader/compressed/filters", test_filters);
  g_test_add_func ("/reader/compressed/format-by-inner-name", test_format_by_inner_name);
  g_test_add_func ("/reader/compressed/damage", test_damage);
  g_test_add_func ("/reader/compressed/lookalikes", test_lookalikes);
  g_test_add_func ("/reader/archive-read-named", test_archive_read_named);
  g_test_add_func ("/reader/docx", test_docx);
  g_test_add_func ("/reader/docx-transcripts", test_docx_transcripts);
  g_test_add_func ("/reader/odt", test_odt);
  return g_test_run ();
}
