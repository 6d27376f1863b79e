/* salvage.h: a damaged compressed stream inflated as far as it goes
 * (internal API, used by archive-read.c). */
#ifndef NP_SALVAGE_H
#define NP_SALVAGE_H

#include <glib.h>

G_BEGIN_DECLS

/* data (len bytes), a gzip, xz, zstd or bzip2 stream, decoded up to its
 * end or its damage, at most max bytes and one block more: NULL when it
 * is none of those or nothing decodes */
GBytes *np_salvage_decompress (const char *data, gsize len, gsize max);

G_END_DECLS

#endif
