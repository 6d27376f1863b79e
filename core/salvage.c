/* salvage.c: a compressed stream that was cut short or damaged, inflated
 * as far as it goes.
 *
 * libarchive hands out what it inflates in blocks of 64 KiB, and an error
 * drops the block it fell in: an archive cut within its first 64 KiB
 * cannot even be opened, and one cut later loses the text between its
 * last whole block and the cut.  The decoders of the formats themselves
 * give every byte they can: zlib's (through GIO), liblzma's, libzstd's,
 * and libbz2's, whose blocks of up to 900 KB come out whole or not at all
 * (a cut inside bzip2's first block leaves nothing).  The bytes so made
 * are read again as an archive from memory (archive-read.c). */
#include "config.h"

#include <bzlib.h>
#include <gio/gio.h>
#include <lzma.h>
#include <string.h>
#include <zstd.h>

#include "salvage.h"

/* Input is given to the decoders in slices: GIO's converter drops what a
 * call wrote when the same call meets the input's early end, so no call
 * may hold much of the stream */
#define SLICE 4096

/* gzip: one member after another (bgzip and `cat a.gz b.gz` write
 * several), each decoded until the damage */
static gboolean
gzip_salvage (const guint8 *data, gsize len, gsize max, GByteArray *out)
{
  g_autoptr (GZlibDecompressor) z = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP);
  guint8 buf[65536];
  gsize in = 0;
  while (out->len <= max)
    {
      gsize read = 0, written = 0;
      GConverterResult r = g_converter_convert (G_CONVERTER (z), data + in, MIN (len - in, (gsize) SLICE), buf,
                                                sizeof buf, G_CONVERTER_NO_FLAGS, &read, &written, NULL);
      if (r == G_CONVERTER_ERROR)
        break; /* the damage, or the input's end before the stream's */
      in += read;
      g_byte_array_append (out, buf, (guint) written);
      if (r == G_CONVERTER_FINISHED && len - in >= 2 && data[in] == 0x1f && data[in + 1] == 0x8b)
        g_converter_reset (G_CONVERTER (z)); /* the next member */
      else if (r == G_CONVERTER_FINISHED || (read == 0 && written == 0))
        break;
    }
  return TRUE;
}

static gboolean
xz_salvage (const guint8 *data, gsize len, gsize max, GByteArray *out)
{
  lzma_stream s = LZMA_STREAM_INIT;
  if (lzma_stream_decoder (&s, UINT64_MAX, LZMA_CONCATENATED) != LZMA_OK)
    return FALSE;
  guint8 buf[65536];
  s.next_in = data;
  s.avail_in = len;
  lzma_ret r = LZMA_OK;
  while (r == LZMA_OK && out->len <= max)
    {
      s.next_out = buf;
      s.avail_out = sizeof buf;
      /* LZMA_FINISH: the input is all there is, so a cut ends the loop */
      r = lzma_code (&s, LZMA_FINISH);
      g_byte_array_append (out, buf, (guint) (sizeof buf - s.avail_out));
    }
  lzma_end (&s);
  return TRUE;
}

static gboolean
zstd_salvage (const guint8 *data, gsize len, gsize max, GByteArray *out)
{
  ZSTD_DStream *z = ZSTD_createDStream ();
  if (z == NULL)
    return FALSE;
  guint8 buf[65536];
  ZSTD_inBuffer in = { data, len, 0 };
  while (out->len <= max)
    {
      ZSTD_outBuffer o = { buf, sizeof buf, 0 };
      size_t was = in.pos;
      size_t r = ZSTD_decompressStream (z, &o, &in);
      g_byte_array_append (out, buf, (guint) o.pos);
      /* an error, or no progress: the input ends inside a block */
      if (ZSTD_isError (r) || (o.pos == 0 && in.pos == was))
        break;
    }
  ZSTD_freeDStream (z);
  return TRUE;
}

static gboolean
bzip2_salvage (const guint8 *data, gsize len, gsize max, GByteArray *out)
{
  bz_stream s;
  memset (&s, 0, sizeof s);
  if (BZ2_bzDecompressInit (&s, 0, 0) != BZ_OK)
    return FALSE;
  char buf[65536];
  s.next_in = (char *) data;
  s.avail_in = (unsigned int) MIN (len, (gsize) G_MAXUINT);
  int r = BZ_OK;
  while (r == BZ_OK && out->len <= max)
    {
      s.next_out = buf;
      s.avail_out = sizeof buf;
      r = BZ2_bzDecompress (&s);
      gsize made = sizeof buf - s.avail_out;
      g_byte_array_append (out, (const guint8 *) buf, (guint) made);
      if (r == BZ_OK && made == 0 && s.avail_in == 0)
        break; /* the input ends inside a block */
      /* pbzip2 writes a stream per block: the next one */
      if (r == BZ_STREAM_END && s.avail_in >= 4 && memcmp (s.next_in, "BZh", 3) == 0)
        {
          char *next = s.next_in;
          unsigned int left = s.avail_in;
          BZ2_bzDecompressEnd (&s);
          memset (&s, 0, sizeof s);
          if (BZ2_bzDecompressInit (&s, 0, 0) != BZ_OK)
            return TRUE;
          s.next_in = next;
          s.avail_in = left;
          r = BZ_OK;
        }
    }
  BZ2_bzDecompressEnd (&s);
  return TRUE;
}

GBytes *
np_salvage_decompress (const char *data, gsize len, gsize max)
{
  const guint8 *d = (const guint8 *) data;
  gboolean (*decode) (const guint8 *, gsize, gsize, GByteArray *) = NULL;
  if (len >= 2 && d[0] == 0x1f && d[1] == 0x8b)
    decode = gzip_salvage;
  else if (len >= 6 && memcmp (d, "\xfd" "7zXZ\0", 6) == 0)
    decode = xz_salvage;
  else if (len >= 4 && memcmp (d, "\x28\xb5\x2f\xfd", 4) == 0)
    decode = zstd_salvage;
  else if (len >= 4 && memcmp (d, "BZh", 3) == 0 && d[3] >= '1' && d[3] <= '9')
    decode = bzip2_salvage;
  if (decode == NULL)
    return NULL;
  GByteArray *out = g_byte_array_new ();
  if (!decode (d, len, max, out) || out->len == 0)
    {
      g_byte_array_unref (out);
      return NULL;
    }
  return g_byte_array_free_to_bytes (out);
}
