/* test-salvage.c: np_salvage_open() and np_salvage_read(), a damaged
 * compressed stream decoded as far as it goes (core/salvage.c).
 *
 * Each format compresses the same text, is cut at a fraction of its
 * length, and must give back a prefix of the text: for the streams that
 * decode byte by byte (gzip, xz) nearly all the text before the cut, for
 * the block formats every whole block before it (zstd's of 128 KiB,
 * bzip2's of 100 kB at level 1). */
#include <bzlib.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <lzma.h>
#include <string.h>
#include <zstd.h>

#include "salvage.h"

#define TEXT_LEN (1u << 20)

/* whether the last stream decompress() read to its end was cut short */
static gboolean last_damaged;

/* data (len bytes) decoded whole through np_salvage_read() as far as it
 * goes, at most max bytes and 64 KiB more: NULL when it is no stream
 * salvage.c knows or nothing decodes */
static GBytes *
decompress (const char *data, gsize len, gsize max)
{
  NpSalvage *s = np_salvage_open_memory (data, len);
  if (s == NULL)
    return NULL;
  GByteArray *out = g_byte_array_new ();
  const void *buf;
  gssize n = 1;
  while (out->len <= max && (n = np_salvage_read (s, &buf)) > 0)
    g_byte_array_append (out, buf, (guint) n);
  /* read to its end, the stream says whether that end was its own */
  if (n == 0)
    last_damaged = np_salvage_damaged (s);
  np_salvage_close (s);
  if (out->len == 0)
    {
      g_byte_array_unref (out);
      return NULL;
    }
  return g_byte_array_free_to_bytes (out);
}

/* Lines of hexadecimal numbers: they compress about twofold, so a cut
 * falls about where its share of the text lies */
static char *
text_new (void)
{
  GString *s = g_string_sized_new (TEXT_LEN + 64);
  GRand *rand = g_rand_new_with_seed (11);
  while (s->len < TEXT_LEN)
    g_string_append_printf (s, "- %08x %08x %08x\n", g_rand_int (rand), g_rand_int (rand), g_rand_int (rand));
  g_rand_free (rand);
  g_string_truncate (s, TEXT_LEN);
  return g_string_free (s, FALSE);
}

static GBytes *
gzip_of_len (const char *text, gsize n)
{
  g_autoptr (GZlibCompressor) z = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 6);
  gsize cap = TEXT_LEN, read = 0, written = 0;
  char *out = g_malloc (cap);
  g_assert_cmpint (g_converter_convert (G_CONVERTER (z), text, n, out, cap, G_CONVERTER_INPUT_AT_END, &read, &written,
                                        NULL),
                   ==, G_CONVERTER_FINISHED);
  return g_bytes_new_take (out, written);
}

static GBytes *
gzip_of (const char *text)
{
  return gzip_of_len (text, TEXT_LEN);
}

static GBytes *
xz_of (const char *text)
{
  gsize cap = TEXT_LEN, pos = 0;
  guint8 *out = g_malloc (cap);
  g_assert_cmpint (lzma_easy_buffer_encode (6, LZMA_CHECK_CRC64, NULL, (const guint8 *) text, TEXT_LEN, out, &pos, cap),
                   ==, LZMA_OK);
  return g_bytes_new_take (out, pos);
}

static GBytes *
zstd_of (const char *text)
{
  gsize cap = ZSTD_compressBound (TEXT_LEN);
  char *out = g_malloc (cap);
  gsize n = ZSTD_compress (out, cap, text, TEXT_LEN, 3);
  g_assert_false (ZSTD_isError (n));
  return g_bytes_new_take (out, n);
}

static GBytes *
bzip2_of_len (const char *text, gsize n)
{
  unsigned int cap = TEXT_LEN;
  char *out = g_malloc (cap);
  g_assert_cmpint (BZ2_bzBuffToBuffCompress (out, &cap, (char *) text, (unsigned int) n, 1, 0, 0), ==, BZ_OK);
  return g_bytes_new_take (out, cap);
}

static GBytes *
bzip2_of (const char *text)
{
  return bzip2_of_len (text, TEXT_LEN);
}

/* stream cut to fraction of its length decodes to a prefix of text of
 * at least fraction of the text less slack bytes */
static void
check_cut (const char *what, const char *text, GBytes *stream, double fraction, gsize slack)
{
  gsize len;
  const char *data = g_bytes_get_data (stream, &len);
  gsize cut = (gsize) (len * fraction);
  g_autoptr (GBytes) out = decompress (data, cut, 16u << 20);
  gsize n = out ? g_bytes_get_size (out) : 0;
  gsize want = (gsize) (TEXT_LEN * fraction) > slack ? (gsize) (TEXT_LEN * fraction) - slack : 0;
  g_test_message ("%s cut at %.0f%%: %zu of %u bytes decoded (at least %zu expected)", what, fraction * 100, n,
                  TEXT_LEN, want);
  g_assert_cmpuint (n, >=, want);
  g_assert_cmpuint (n, <, TEXT_LEN);
  g_assert_true (last_damaged);
  if (n)
    g_assert_cmpmem (g_bytes_get_data (out, NULL), n, text, n);
}

static void
test_streams (void)
{
  g_autofree char *text = text_new ();
  struct
  {
    const char *what;
    GBytes *(*make) (const char *);
    gsize slack; /* what a cut may cost beyond its place */
  } formats[] = {
    { "gzip", gzip_of, 40000 },   /* the ratio varies along the text, little else */
    { "xz", xz_of, 40000 },
    { "zstd", zstd_of, 131072 },  /* a block */
    { "bzip2", bzip2_of, 100000 + 40000 },
  };
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr (GBytes) stream = formats[i].make (text);
      /* whole, it is the text */
      g_autoptr (GBytes) whole = decompress (g_bytes_get_data (stream, NULL), g_bytes_get_size (stream),
                                                        16u << 20);
      g_assert_nonnull (whole);
      g_assert_cmpmem (g_bytes_get_data (whole, NULL), g_bytes_get_size (whole), text, TEXT_LEN);
      g_assert_false (last_damaged);
      for (double f = 0.3; f < 0.95; f += 0.3)
        check_cut (formats[i].what, text, stream, f, formats[i].slack);
      /* cut inside its header: nothing */
      g_assert_null (decompress (g_bytes_get_data (stream, NULL), 3, 16u << 20));
    }
}

/* The text in streams of a quarter each, one after the other (bgzip's
 * gzip members, pbzip2's bzip2 streams, `cat a.gz b.gz`): cut in the
 * fourth, the first three are decoded */
static void
test_concatenated (void)
{
  g_autofree char *text = text_new ();
  GBytes *(*makers[]) (const char *, gsize) = { gzip_of_len, bzip2_of_len };
  for (guint m = 0; m < G_N_ELEMENTS (makers); m++)
    {
      GByteArray *all = g_byte_array_new ();
      gsize last = 0;
      for (guint q = 0; q < 4; q++)
        {
          g_autoptr (GBytes) part = makers[m] (text + q * (TEXT_LEN / 4), TEXT_LEN / 4);
          last = g_bytes_get_size (part);
          g_byte_array_append (all, g_bytes_get_data (part, NULL), (guint) last);
        }
      g_autoptr (GBytes) whole = decompress ((const char *) all->data, all->len, 16u << 20);
      g_assert_nonnull (whole);
      g_assert_cmpmem (g_bytes_get_data (whole, NULL), g_bytes_get_size (whole), text, TEXT_LEN);
      g_assert_false (last_damaged);
      g_autoptr (GBytes) cut = decompress ((const char *) all->data, all->len - last / 2, 16u << 20);
      g_assert_nonnull (cut);
      g_assert_true (last_damaged);
      g_assert_cmpuint (g_bytes_get_size (cut), >=, TEXT_LEN / 4 * 3);
      g_assert_cmpmem (g_bytes_get_data (cut, NULL), g_bytes_get_size (cut), text, g_bytes_get_size (cut));
      g_byte_array_unref (all);
    }
}

/* A file read through np_salvage_read(), 64 KiB at most at a time:
 * the same prefix as from memory */
static void
test_file (void)
{
  g_autofree char *text = text_new ();
  g_autoptr (GBytes) xz = xz_of (text);
  g_autofree char *dir = g_dir_make_tmp ("salvage-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "cut.xz", NULL);
  gsize cut = g_bytes_get_size (xz) / 2;
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (xz, NULL), cut, NULL));
  NpSalvage *s = np_salvage_open (path);
  g_assert_nonnull (s);
  gsize total = 0;
  const void *buf;
  gssize n;
  while ((n = np_salvage_read (s, &buf)) > 0)
    {
      g_assert_cmpint (n, <=, 65536);
      g_assert_cmpmem (buf, n, text + total, n);
      total += n;
    }
  g_assert_cmpint (np_salvage_read (s, &buf), ==, 0); /* ended, and stays so */
  np_salvage_close (s);
  g_autoptr (GBytes) mem = decompress (g_bytes_get_data (xz, NULL), cut, 16u << 20);
  g_assert_cmpuint (total, ==, g_bytes_get_size (mem));
  g_assert_cmpuint (total, >=, TEXT_LEN / 2 - 40000);
  g_assert_null (np_salvage_open (dir)); /* no stream */
  g_remove (path);
  g_rmdir (dir);
}

/* What is no such stream gives nothing; the limit holds */
static void
test_others (void)
{
  g_assert_null (decompress ("plain text, no stream", 21, 1024));
  g_assert_null (decompress ("BZh9 is bzip2's header", 22, 1024));
  g_autofree char *text = text_new ();
  g_autoptr (GBytes) gz = gzip_of (text);
  g_autoptr (GBytes) out = decompress (g_bytes_get_data (gz, NULL), g_bytes_get_size (gz), 100000);
  g_assert_nonnull (out);
  /* the limit, and at most one buffer past it */
  g_assert_cmpuint (g_bytes_get_size (out), >, 100000);
  g_assert_cmpuint (g_bytes_get_size (out), <=, 100000 + 65536);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/salvage/streams", test_streams);
  g_test_add_func ("/salvage/concatenated", test_concatenated);
  g_test_add_func ("/salvage/file", test_file);
  g_test_add_func ("/salvage/others", test_others);
  return g_test_run ();
}
