/* compressed.c: notes compressed whole (`minutes.md.gz`, `notes.txt.xz`).
 *
 * Archives hold many notes and the batch sources read them member by
 * member (batch/source-archive.c); a note compressed on its own is one
 * note, so the reader inflates it where it reads any bytes: a file, a
 * standard input, an archive member.  A compressed stream is known by its
 * magic number, which no text starts with (bzip2's "BZh" is checked with
 * its block magic as well), so nothing that reads as text today reads
 * differently.  libarchive does the inflating (its raw format: one stream,
 * no archive structure), with every filter it was built with. */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <string.h>

#include "compressed.h"
#include "notepipe/np-reader.h"

NpCompression
np_compressed_kind (const char *data, gsize len)
{
  static const struct
  {
    NpCompression kind;
    guint len;
    const char *magic;
  } signatures[] = {
    { NP_COMPRESSION_GZIP, 2, "\x1f\x8b" },
    { NP_COMPRESSION_XZ, 6, "\xfd" "7zXZ\0" },
    { NP_COMPRESSION_ZSTD, 4, "\x28\xb5\x2f\xfd" },
    { NP_COMPRESSION_LZIP, 5, "LZIP\x01" }, /* version 1 */
    { NP_COMPRESSION_LZ4, 4, "\x04\x22\x4d\x18" }, /* a frame */
    { NP_COMPRESSION_COMPRESS, 2, "\x1f\x9d" },
  };
  const guchar *d = (const guchar *) data;
  for (guint i = 0; i < G_N_ELEMENTS (signatures); i++)
    if (len >= signatures[i].len && memcmp (d, signatures[i].magic, signatures[i].len) == 0)
      return signatures[i].kind;
  /* bzip2: "BZh", the block size digit, then the first block's magic
   * (0x314159265359, "1AY&SY") or, for an empty stream, the end magic */
  if (len >= 10 && memcmp (d, "BZh", 3) == 0 && d[3] >= '1' && d[3] <= '9'
      && (memcmp (d + 4, "1AY&SY", 6) == 0 || memcmp (d + 4, "\x17\x72\x45\x38\x50\x90", 6) == 0))
    return NP_COMPRESSION_BZIP2;
  return NP_COMPRESSION_NONE;
}

gboolean
np_compressed_magic (const char *data, gsize len)
{
  return np_compressed_kind (data, len) != NP_COMPRESSION_NONE;
}

gsize
np_compressed_suffix_len (const char *name, gsize n)
{
  static const char *const suffixes[] = { ".gz", ".bz2", ".xz", ".zst", ".lz", ".lz4", ".lzma", ".Z", NULL };
  for (const char *const *s = suffixes; *s; s++)
    {
      gsize k = strlen (*s);
      /* ".Z" is compress's and only that case; the others any case */
      if (n > k && (k == 2 ? strncmp (name + n - k, *s, k) == 0 : g_ascii_strncasecmp (name + n - k, *s, k) == 0))
        return k;
    }
  return 0;
}

char *
np_compressed_bare_name (const char *name)
{
  gsize n = strlen (name), k = np_compressed_suffix_len (name, n);
  return k ? g_strndup (name, n - k) : NULL;
}

char *
np_compressed_inflate (const char *source, const char *data, gsize len, gsize max, gsize *out_len, GError **error)
{
  struct archive *a = archive_read_new ();
  archive_read_support_filter_all (a);
  archive_read_support_format_raw (a);
  struct archive_entry *e;
  GString *out = NULL;
  if (archive_read_open_memory (a, data, len) != ARCHIVE_OK || archive_read_next_header (a, &e) < ARCHIVE_WARN)
    goto fail;
  /* at most max bytes and one more, to tell "at the limit" from "over" */
  out = g_string_sized_new (MIN (MAX (len * 4, 4096), max + 1));
  char chunk[65536];
  for (;;)
    {
      la_ssize_t n = archive_read_data (a, chunk, sizeof chunk);
      if (n == 0)
        break;
      if (n < 0 && n != ARCHIVE_WARN)
        goto fail;
      if (n > 0)
        g_string_append_len (out, chunk, MIN ((gsize) n, max + 1 - out->len));
      if (out->len > max)
        {
          /* a bomb is refused before it is inflated whole */
          g_set_error (error, NP_READER_ERROR, NP_READER_ERROR_TOO_LARGE,
                       "%s: inflates to over the limit of %zu bytes (see --max-bytes)", source, max);
          g_string_free (out, TRUE);
          archive_read_free (a);
          return NULL;
        }
    }
  archive_read_free (a);
  *out_len = out->len;
  return g_string_free (out, FALSE);

fail:
  g_set_error (error, NP_READER_ERROR, NP_READER_ERROR_IO, "%s: truncated or corrupt compressed data: %s", source,
               archive_error_string (a) ? archive_error_string (a) : "read error");
  if (out)
    g_string_free (out, TRUE);
  archive_read_free (a);
  return NULL;
}

GByteArray *
np_compressed_zip_member (const char *data, gsize len, const char *member, gsize max)
{
  struct archive *a = archive_read_new ();
  archive_read_support_format_zip (a);
  GByteArray *out = NULL;
  if (archive_read_open_memory (a, data, len) == ARCHIVE_OK)
    {
      struct archive_entry *e;
      while (archive_read_next_header (a, &e) == ARCHIVE_OK)
        {
          const char *name = archive_entry_pathname (e);
          if (name == NULL || strcmp (name, member) != 0)
            continue;
          out = g_byte_array_new ();
          char chunk[65536];
          la_ssize_t n;
          while ((n = archive_read_data (a, chunk, sizeof chunk)) > 0 && out->len <= max)
            g_byte_array_append (out, (const guint8 *) chunk, n);
          if (n < 0)
            g_clear_pointer (&out, g_byte_array_unref);
          break;
        }
    }
  archive_read_free (a);
  return out;
}
