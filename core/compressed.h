/* compressed.h: notes compressed whole (compressed.c).  Not installed; the
 * batch sources use it too. */
#ifndef NP_COMPRESSED_H
#define NP_COMPRESSED_H

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  NP_COMPRESSION_NONE = 0,
  NP_COMPRESSION_GZIP,
  NP_COMPRESSION_XZ,
  NP_COMPRESSION_ZSTD,
  NP_COMPRESSION_LZIP,
  NP_COMPRESSION_LZ4,
  NP_COMPRESSION_COMPRESS,
  NP_COMPRESSION_BZIP2,
} NpCompression;

/* The compressed stream data opens with, by its magic number */
NpCompression np_compressed_kind (const char *data, gsize len);
/* data opens with the magic number of a compressed stream (gzip, bzip2,
 * xz, zstd, lzip, lz4, compress) */
gboolean np_compressed_magic (const char *data, gsize len);

/* the length of the compression suffix that ends name[0..n) (".gz"), or 0 */
gsize np_compressed_suffix_len (const char *name, gsize n);

/* name without the compression suffix that ends it ("notes.md" for
 * "notes.md.gz"; a new string), or NULL when it ends with none */
char *np_compressed_bare_name (const char *name);

/* The stream inflated, NUL-terminated, of at most max bytes; NULL with an
 * error naming source when it is cut short, corrupt or over max. */
char *np_compressed_inflate (const char *source, const char *data, gsize len, gsize max, gsize *out_len,
                             GError **error);

/* The member named member of the zip in data, read whole, or NULL when
 * there is none or it is damaged.  Reading stops past max bytes (the
 * caller compares the length with max). */
GByteArray *np_compressed_zip_member (const char *data, gsize len, const char *member, gsize max);

G_END_DECLS

#endif
