/* salvage.h: a damaged compressed stream inflated as far as it goes
 * (internal API, used by archive-read.c). */
#ifndef NP_SALVAGE_H
#define NP_SALVAGE_H

#include <glib.h>

G_BEGIN_DECLS

/* A gzip, xz, lzip, zstd or bzip2 stream being decoded up to its end or its
 * damage, 64 KiB at a time */
typedef struct _NpSalvage NpSalvage;

/* The stream in the file at path, or in memory (data, len bytes, kept by
 * the caller while it is read): NULL when it cannot be read or is none of
 * those formats */
NpSalvage *np_salvage_open (const char *path);
NpSalvage *np_salvage_open_memory (const char *data, gsize len);
/* The next bytes decoded, at *buf (valid until the next call): their
 * number, 0 at the stream's end or its damage */
gssize np_salvage_read (NpSalvage *s, const void **buf);
/* Did the stream end before its own end (cut short or damaged), once
 * np_salvage_read() gave 0? */
gboolean np_salvage_damaged (const NpSalvage *s);
void np_salvage_close (NpSalvage *s);

G_END_DECLS

#endif
