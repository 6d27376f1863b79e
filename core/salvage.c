/* salvage.c: a compressed stream that was cut short or damaged, decoded
 * as far as it goes.
 *
 * libarchive hands out what it inflates in blocks of 64 KiB, and an error
 * drops the block it fell in: an archive cut within its first 64 KiB
 * cannot even be opened, and one cut later loses the text between its
 * last whole block and the cut.  The decoders of the formats themselves
 * give every byte they can: zlib's (through GIO), liblzma's (xz and
 * lzip), libzstd's, and libbz2's, whose blocks of up to 900 KB come out
 * whole or not at all (a cut inside bzip2's first block leaves nothing).  The text is handed
 * out as it is decoded, 64 KiB at a time, so a salvage holds no more than
 * that however large the stream (archive-read.c reads an archive from
 * it). */
#include "config.h"

#include <bzlib.h>
#include <gio/gio.h>
#include <lzma.h>
#include <stdio.h>
#include <string.h>
#include <zstd.h>

#include "compressed.h"
#include "salvage.h"

#define BUF (1u << 16)

/* GIO's converter drops what a call wrote when the same call meets the
 * input's early end: gzip gets its input in slices, so no call holds
 * much of the stream */
#define SLICE 4096

struct _NpSalvage
{
  NpCompression kind;
  FILE *file;             /* or memory: */
  const guint8 *mem;
  gsize mem_len, mem_pos;
  guint8 in[BUF];
  gsize in_len, in_pos;
  gboolean in_end;        /* no input after in[in_pos, in_len) */
  guint8 out[BUF];
  gboolean done;
  gboolean damaged;       /* done, before the stream's own end */
  gsize zstd_left;        /* zstd: bytes its frame still wants (0 between frames) */
  GConverter *gz;
  lzma_stream xz;
  ZSTD_DStream *zs;
  bz_stream bz;
  gboolean bz_open;
};

/* The unread input moved to the front of in[], the rest filled */
static void
refill (NpSalvage *s)
{
  if (s->in_end)
    return;
  memmove (s->in, s->in + s->in_pos, s->in_len - s->in_pos);
  s->in_len -= s->in_pos;
  s->in_pos = 0;
  gsize room = BUF - s->in_len, got;
  if (s->file)
    got = fread (s->in + s->in_len, 1, room, s->file);
  else
    {
      got = MIN (room, s->mem_len - s->mem_pos);
      memcpy (s->in + s->in_len, s->mem + s->mem_pos, got);
      s->mem_pos += got;
    }
  s->in_len += got;
  if (got < room)
    s->in_end = TRUE;
}

static gboolean
bzip2_begin (NpSalvage *s)
{
  memset (&s->bz, 0, sizeof s->bz);
  s->bz_open = BZ2_bzDecompressInit (&s->bz, 0, 0) == BZ_OK;
  return s->bz_open;
}

static NpSalvage *
salvage_new (FILE *file, const guint8 *mem, gsize mem_len)
{
  NpSalvage *s = g_new0 (NpSalvage, 1);
  s->file = file;
  s->mem = mem;
  s->mem_len = mem_len;
  refill (s);
  s->kind = np_compressed_kind ((const char *) s->in, s->in_len);
  gboolean ok = TRUE;
  switch (s->kind)
    {
    case NP_COMPRESSION_GZIP:
      s->gz = G_CONVERTER (g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP));
      break;
    case NP_COMPRESSION_XZ:
    case NP_COMPRESSION_LZIP:
      s->xz = (lzma_stream) LZMA_STREAM_INIT;
      ok = (s->kind == NP_COMPRESSION_XZ ? lzma_stream_decoder (&s->xz, UINT64_MAX, LZMA_CONCATENATED)
                                         : lzma_lzip_decoder (&s->xz, UINT64_MAX, LZMA_CONCATENATED))
           == LZMA_OK;
      break;
    case NP_COMPRESSION_ZSTD:
      s->zs = ZSTD_createDStream ();
      ok = s->zs != NULL;
      break;
    case NP_COMPRESSION_BZIP2:
      ok = bzip2_begin (s);
      break;
    default:
      ok = FALSE;
    }
  if (!ok)
    {
      np_salvage_close (s);
      return NULL;
    }
  return s;
}

NpSalvage *
np_salvage_open (const char *path)
{
  FILE *f = fopen (path, "rb");
  return f ? salvage_new (f, NULL, 0) : NULL;
}

NpSalvage *
np_salvage_open_memory (const char *data, gsize len)
{
  return salvage_new (NULL, (const guint8 *) data, len);
}

void
np_salvage_close (NpSalvage *s)
{
  if (s == NULL)
    return;
  if (s->file)
    fclose (s->file);
  g_clear_object (&s->gz);
  if (s->kind == NP_COMPRESSION_XZ || s->kind == NP_COMPRESSION_LZIP)
    lzma_end (&s->xz);
  if (s->zs)
    ZSTD_freeDStream (s->zs);
  if (s->bz_open)
    BZ2_bzDecompressEnd (&s->bz);
  g_free (s);
}

/* After a stream's end at read bytes past in_pos: the input moved on to
 * what follows, and whether it opens with magic (n bytes), another stream
 * of the same kind (bgzip's gzip members, pbzip2's bzip2 streams, `cat
 * a.gz b.gz`), the buffer refilled to tell */
static gboolean
next_stream (NpSalvage *s, gsize read, const char *magic, gsize n)
{
  s->in_pos += read;
  if (s->in_len - s->in_pos < n)
    refill (s);
  return s->in_len - s->in_pos >= n && memcmp (s->in + s->in_pos, magic, n) == 0;
}

/* One step of the decoder: the bytes it wrote to out[]; s->done set at
 * the stream's end or damage, or when it wants input there is none of */
static gsize
step (NpSalvage *s)
{
  const guint8 *in = s->in + s->in_pos;
  gsize avail = s->in_len - s->in_pos, read = 0, written = 0;
  gboolean end = FALSE, next = FALSE; /* next: another stream begun */
  gboolean clean = FALSE;             /* end: the stream's own */
  switch (s->kind)
    {
    case NP_COMPRESSION_GZIP:
      {
        GError *error = NULL;
        GConverterResult r = g_converter_convert (s->gz, in, MIN (avail, (gsize) SLICE), s->out, BUF,
                                                  G_CONVERTER_NO_FLAGS, &read, &written, &error);
        /* wanting input is no damage while there is more to give */
        gboolean wants = r == G_CONVERTER_ERROR && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT);
        g_clear_error (&error);
        if (r == G_CONVERTER_ERROR && !(wants && !s->in_end))
          end = TRUE;
        if (r == G_CONVERTER_FINISHED)
          {
            next = next_stream (s, read, "\x1f\x8b", 2);
            read = 0;
            end = clean = !next;
            if (next)
              g_converter_reset (s->gz);
          }
        break;
      }
    case NP_COMPRESSION_XZ:
    case NP_COMPRESSION_LZIP:
      {
        s->xz.next_in = in;
        s->xz.avail_in = avail;
        s->xz.next_out = s->out;
        s->xz.avail_out = BUF;
        lzma_ret r = lzma_code (&s->xz, s->in_end ? LZMA_FINISH : LZMA_RUN);
        read = avail - s->xz.avail_in;
        written = BUF - s->xz.avail_out;
        end = r != LZMA_OK;
        clean = r == LZMA_STREAM_END;
        break;
      }
    case NP_COMPRESSION_ZSTD:
      {
        ZSTD_inBuffer zi = { in, avail, 0 };
        ZSTD_outBuffer zo = { s->out, BUF, 0 };
        size_t r = ZSTD_decompressStream (s->zs, &zo, &zi);
        read = zi.pos;
        written = zo.pos;
        end = ZSTD_isError (r);
        if (!end && (zi.pos > 0 || zo.pos > 0))
          s->zstd_left = r; /* 0: a frame ended whole */
        break;
      }
    case NP_COMPRESSION_BZIP2:
      {
        s->bz.next_in = (char *) in;
        s->bz.avail_in = (unsigned int) MIN (avail, (gsize) G_MAXUINT);
        s->bz.next_out = (char *) s->out;
        s->bz.avail_out = BUF;
        int r = BZ2_bzDecompress (&s->bz);
        read = MIN (avail, (gsize) G_MAXUINT) - s->bz.avail_in;
        written = BUF - s->bz.avail_out;
        if (r == BZ_STREAM_END)
          {
            BZ2_bzDecompressEnd (&s->bz);
            s->bz_open = FALSE;
            next = next_stream (s, read, "BZh", 3) && bzip2_begin (s);
            read = 0;
            end = clean = !next;
          }
        else
          end = r != BZ_OK;
        break;
      }
    default:
      end = TRUE; /* salvage_new() opens none other */
    }
  s->in_pos += read;
  if (!end && read == 0 && written == 0 && !next)
    {
      /* it wants input: more, or none there is (or a decoder that takes
       * nothing of a full buffer, which none should) */
      gsize had = s->in_len - s->in_pos;
      refill (s);
      end = s->in_len - s->in_pos == had;
      /* out of input: zstd's end, when its last frame ended whole */
      clean = end && s->kind == NP_COMPRESSION_ZSTD && s->zstd_left == 0 && had == 0;
    }
  else if (!end && s->in_pos == s->in_len)
    refill (s);
  s->done = end;
  s->damaged = end && !clean;
  return written;
}

gboolean
np_salvage_damaged (const NpSalvage *s)
{
  return s->damaged;
}

gssize
np_salvage_read (NpSalvage *s, const void **buf)
{
  *buf = s->out;
  gsize n = 0;
  while (n == 0 && !s->done)
    n = step (s);
  return (gssize) n;
}
