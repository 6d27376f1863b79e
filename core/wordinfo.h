/* wordinfo.h: per-thread cache of a casefolded word's stem and flags
 * (internal API, used by the tokenizer). */
#ifndef NP_WORDINFO_H
#define NP_WORDINFO_H

#include <glib.h>

G_BEGIN_DECLS

enum
{
  NP_WORD_STOP = 1 << 0,   /* on the English stopword list */
  NP_WORD_ABBREV = 1 << 1, /* a known abbreviation: a '.' after it does not end a sentence */
};

typedef struct
{
  const char *stem; /* followed by 8 NUL bytes */
  guint32 stem_len;
  guint8 flags; /* NP_WORD_* */
} NpWordInfo;

/* The stem and flags of the casefolded word [norm, norm+len), norm
 * NUL-terminated and followed by at least 8 readable bytes (their values do
 * not matter, as for np_string_pool_intern_padded); hash is np_hash_bytes
 * (norm, len).  The result is valid
 * until the next call on the same thread. */
const NpWordInfo *np_word_info (const char *norm, gsize len, guint32 hash);

G_END_DECLS

#endif
