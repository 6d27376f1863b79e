/* strpool.h: string interning for token forms.
 *
 * Invariants: id 0 is the empty string; ids are dense, 0..n-1; a string's
 * bytes never move once interned (they live in blocks that are never
 * reallocated), so pointers from np_string_pool_get() stay valid for the
 * pool's life.  Every interned string has a stem id (itself until
 * np_string_pool_set_stem changes it) and a flags byte the tokenizer fills
 * once per distinct string. */
#ifndef NP_STRPOOL_H
#define NP_STRPOOL_H

#include <glib.h>
#include <string.h>

G_BEGIN_DECLS

typedef struct _NpStringPool NpStringPool;

/* One interned string; what the tokenizer reads per token */
typedef struct
{
  const char *str;
  guint64 head; /* first min(len, 8) bytes, little-endian, zero padded */
  guint32 len;
  guint32 hash;
  guint32 stem;
  guint8 flags;
} NpPoolEntry;

#define NP_STRPOOL_NEW_STRING (1u << 31) /* or-ed into the id returned for a first sighting */

NpStringPool *np_string_pool_new (void);
void np_string_pool_free (NpStringPool *pool);
/* Empty the pool, as if new (only "" in it, id 0), keeping some of its
 * memory for the next strings. */
void np_string_pool_reset (NpStringPool *pool);
/* Intern bytes [s, s+len): the id, or-ed with NP_STRPOOL_NEW_STRING when it
 * was not there yet. */
/* Room for n_strings strings without regrowth, and the next block of
 * string bytes at least n_bytes long: a hint, for a tokenizer that knows
 * its text's size. */
void np_string_pool_reserve (NpStringPool *pool, guint n_strings, gsize n_bytes);
guint32 np_string_pool_intern_len (NpStringPool *pool, const char *s, gsize len);
guint32 np_string_pool_intern (NpStringPool *pool, const char *s);
/* The same for bytes followed by at least 8 readable bytes (their values do
 * not matter): no byte loops.  *entry is valid until the next intern. */
guint32 np_string_pool_intern_padded (NpStringPool *pool, const char *s, gsize len, NpPoolEntry **entry);
/* -1 (as guint32: G_MAXUINT32) when absent */
guint32 np_string_pool_lookup (const NpStringPool *pool, const char *s, gsize len);
const char *np_string_pool_get (const NpStringPool *pool, guint32 id);
guint32 np_string_pool_get_length (const NpStringPool *pool, guint32 id);
guint np_string_pool_size (const NpStringPool *pool);
guint32 np_string_pool_get_stem (const NpStringPool *pool, guint32 id);
void np_string_pool_set_stem (NpStringPool *pool, guint32 id, guint32 stem);
guint8 np_string_pool_get_flags (const NpStringPool *pool, guint32 id);
void np_string_pool_set_flags (NpStringPool *pool, guint32 id, guint8 flags);

/* A fast 32-bit hash of bytes (8 bytes per step, multiply-xorshift
 * mixing); good enough for interning, not for adversarial keys (tables
 * using it are per document and bounded by the document's size). */
static inline guint32
np_hash_bytes (const char *s, gsize len)
{
  guint64 h = 0x9E3779B97F4A7C15ull ^ (len * 0xff51afd7ed558ccdull);
  while (len >= 8)
    {
      guint64 w;
      memcpy (&w, s, 8);
      h = (h ^ w) * 0xff51afd7ed558ccdull;
      h ^= h >> 32;
      s += 8;
      len -= 8;
    }
  guint64 w = 0;
  for (gsize i = 0; i < len; i++)
    w |= (guint64) (guint8) s[i] << (8 * i);
  h = (h ^ w) * 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 29;
  return (guint32) h;
}

/* The min(len, 8) bytes at s as a little-endian word, zero padded; reads
 * 8 bytes, so s[0..7] must be readable. */
static inline guint64
np_load_word_padded (const char *s, gsize len)
{
  guint64 w;
  memcpy (&w, s, 8);
  w = GUINT64_FROM_LE (w);
  if (len >= 8)
    return w;
  return len == 0 ? 0 : w & (~G_GUINT64_CONSTANT (0) >> (64 - 8 * len));
}

/* np_hash_bytes for bytes followed by at least 8 readable bytes: the same
 * value, with one word load for the tail instead of a byte loop. */
static inline guint32
np_hash_bytes_padded (const char *s, gsize len)
{
  guint64 h = 0x9E3779B97F4A7C15ull ^ (len * 0xff51afd7ed558ccdull);
  while (len >= 8)
    {
      guint64 w;
      memcpy (&w, s, 8);
      h = (h ^ w) * 0xff51afd7ed558ccdull; /* native order, as np_hash_bytes */
      h ^= h >> 32;
      s += 8;
      len -= 8;
    }
  h = (h ^ np_load_word_padded (s, len)) * 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 29;
  return (guint32) h;
}

G_END_DECLS

#endif
