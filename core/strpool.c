/* strpool.c: a small open-addressing interner.
 *
 * Tokenizing is the hot path of notepipe: every token is interned, so this
 * avoids GHashTable's per-entry allocation and NUL-terminated keys.  The
 * table holds ids; an entry's hash and length are kept beside the string
 * offsets so probes rarely touch the string bytes, and a string of up to 8
 * bytes is compared by its zero-padded first word (no memcmp). */
#include "config.h"

#include <string.h>

#include "strpool.h"

typedef NpPoolEntry Entry;

/* Strings live in blocks chained by their first word (a block never
 * moves); each block has 8 bytes of slack past its free_len, for the
 * word-wide copies of store_padded. */
#define BLOCK_HEADER sizeof (gpointer)
#define BLOCK_SLACK 8

/* Entries a reset keeps room for (32 bytes each): as many distinct
 * strings as a spare document of 256 KiB can hold (document.c) */
#define POOL_KEEP_ENTRIES 65536u

struct _NpStringPool
{
  gpointer last_block; /* the newest block; each starts with the previous one's address */
  guint n_blocks;
  gsize next_block; /* bytes of the next block (0: by the doubling rule) */
  char *free_at;    /* free bytes of the last block */
  gsize free_len;
  Entry *entries; /* index = id */
  guint32 n_entries, max_entries;
  guint32 *slots; /* id + 1, 0 = empty */
  guint32 mask;
};

/* Room for len + 1 bytes at pool->free_at: a new block (at least twice
 * the last) when the last is full */
static inline void
make_room (NpStringPool *pool, gsize len)
{
  if (G_LIKELY (pool->free_len >= len + 1))
    return;
  /* 256 bytes first, doubling up to 256 KiB: a one-line document asks
   * malloc for small blocks only (a request of 1 KiB or more makes glibc
   * consolidate its free lists); np_string_pool_reserve may set the first
   * size from the document's */
  gsize size = pool->next_block ? pool->next_block : 256u << MIN (pool->n_blocks, 10u);
  pool->next_block = 0;
  size = MAX (size, len + 1);
  char *block = g_malloc (BLOCK_HEADER + size + BLOCK_SLACK);
  memcpy (block, &pool->last_block, sizeof (gpointer));
  pool->last_block = block;
  pool->n_blocks++;
  pool->free_at = block + BLOCK_HEADER;
  pool->free_len = size;
}

/* A NUL-terminated copy of [s, s+len) in the pool's blocks: a bump
 * allocation */
static const char *
store (NpStringPool *pool, const char *s, gsize len)
{
  make_room (pool, len);
  char *out = pool->free_at;
  memcpy (out, s, len);
  out[len] = '\0';
  pool->free_at += len + 1;
  pool->free_len -= len + 1;
  return out;
}

/* The same for s followed by 8 readable bytes: a string of up to 8 bytes
 * is copied as one word (the block's slack takes what passes its end) */
static inline const char *
store_padded (NpStringPool *pool, const char *s, gsize len)
{
  make_room (pool, len);
  char *out = pool->free_at;
  if (len <= 8)
    memcpy (out, s, 8);
  else
    memcpy (out, s, len);
  out[len] = '\0';
  pool->free_at += len + 1;
  pool->free_len -= len + 1;
  return out;
}

NpStringPool *
np_string_pool_new (void)
{
  NpStringPool *pool = g_new0 (NpStringPool, 1);
  /* small to start, for one-line documents; both double as they fill */
  pool->max_entries = 16;
  pool->entries = g_new (Entry, pool->max_entries);
  pool->mask = 31;
  pool->slots = g_new0 (guint32, pool->mask + 1);
  np_string_pool_intern_len (pool, "", 0);
  return pool;
}

void
np_string_pool_reset (NpStringPool *pool)
{
  /* the newest block is kept when it is small (the older ones are freed),
   * and so are the tables unless they are large */
  gpointer block = pool->last_block;
  gsize size = block ? (gsize) (pool->free_at - ((char *) block + BLOCK_HEADER)) + pool->free_len : 0;
  gpointer older = NULL;
  if (block && size <= 65536)
    {
      memcpy (&older, block, sizeof older);
      memset (block, 0, sizeof (gpointer));
      pool->free_at = (char *) block + BLOCK_HEADER;
      pool->free_len = size;
      pool->n_blocks = 1;
    }
  else
    {
      older = block;
      pool->last_block = NULL;
      pool->free_at = NULL;
      pool->free_len = 0;
      pool->n_blocks = 0;
    }
  while (older)
    {
      gpointer prev;
      memcpy (&prev, older, sizeof prev);
      g_free (older);
      older = prev;
    }
  pool->next_block = 0;
  if (pool->mask > 4095)
    {
      g_free (pool->slots);
      pool->mask = 31;
      pool->slots = g_new0 (guint32, pool->mask + 1);
    }
  else if ((guint64) pool->n_entries * 8 < (guint64) pool->mask + 1)
    {
      /* few strings in a table sized for more (an earlier, larger
       * document): empty their slots only; each is at or after its hash's */
      for (guint32 i = 0; i < pool->n_entries; i++)
        {
          guint32 j = pool->entries[i].hash & pool->mask;
          while (pool->slots[j] != i + 1)
            j = (j + 1) & pool->mask;
          pool->slots[j] = 0;
        }
    }
  else
    memset (pool->slots, 0, (pool->mask + 1) * sizeof (guint32));
  pool->n_entries = 0;
  /* The entries keep their room up to what a spare document needs: a
   * shrunk array (mmapped past 128 KiB) gives its pages back, and the next
   * such document takes a page fault for each 128 entries it writes again
   * (some 11 us each on a virtual machine, 12% of reading the shared
   * notes); only a larger one, from a document no spare keeps, is cut. */
  if (pool->max_entries > POOL_KEEP_ENTRIES)
    {
      pool->max_entries = 16;
      pool->entries = g_renew (Entry, pool->entries, pool->max_entries);
    }
  np_string_pool_intern_len (pool, "", 0);
}

void
np_string_pool_free (NpStringPool *pool)
{
  if (pool == NULL)
    return;
  gpointer block = pool->last_block;
  while (block)
    {
      gpointer prev;
      memcpy (&prev, block, sizeof prev);
      g_free (block);
      block = prev;
    }
  g_free (pool->entries);
  g_free (pool->slots);
  g_free (pool);
}

/* Rebuild the slots with mask (a power of two minus one) */
static void
rehash (NpStringPool *pool, guint32 mask)
{
  guint32 *slots = g_new0 (guint32, mask + 1);
  for (guint i = 0; i < pool->n_entries; i++)
    {
      const Entry *e = &pool->entries[i];
      guint32 j = e->hash & mask;
      while (slots[j] != 0)
        j = (j + 1) & mask;
      slots[j] = i + 1;
    }
  g_free (pool->slots);
  pool->slots = slots;
  pool->mask = mask;
}

static void
grow (NpStringPool *pool)
{
  rehash (pool, pool->mask * 2 + 1);
}

void
np_string_pool_reserve (NpStringPool *pool, guint n_strings, gsize n_bytes)
{
  if (n_strings > pool->max_entries)
    {
      pool->max_entries = n_strings;
      pool->entries = g_renew (Entry, pool->entries, pool->max_entries);
    }
  guint32 mask = pool->mask;
  while ((guint64) n_strings * 4 > (guint64) (mask + 1) * 3)
    mask = mask * 2 + 1;
  if (mask != pool->mask)
    rehash (pool, mask);
  if (n_bytes > pool->free_len)
    pool->next_block = n_bytes;
}

/* The first min(len, 8) bytes of s as a little-endian word, zero padded:
 * equal heads and lengths <= 8 mean equal strings. */
static inline guint64
head_of (const char *s, gsize len)
{
  guint64 w = 0;
  memcpy (&w, s, MIN (len, 8));
  return GUINT64_FROM_LE (w);
}

static inline guint32
find_slot (const NpStringPool *pool, const char *s, gsize len, guint32 hash, guint64 head)
{
  const Entry *entries = pool->entries;
  guint32 j = hash & pool->mask;
  for (;;)
    {
      guint32 v = pool->slots[j];
      if (v == 0)
        return j;
      const Entry *e = &entries[v - 1];
      if (e->head == head && e->len == len && e->hash == hash && (len <= 8 || memcmp (e->str, s, len) == 0))
        return j;
      j = (j + 1) & pool->mask;
    }
}

/* Insert s at the empty slot j; returns its id.  padded: s is followed
 * by 8 readable bytes. */
static inline guint32
insert_at (NpStringPool *pool, guint32 j, const char *s, gsize len, guint32 hash, guint64 head, gboolean padded)
{
  guint32 id = pool->n_entries;
  if (id == pool->max_entries)
    {
      pool->max_entries *= 2;
      pool->entries = g_renew (Entry, pool->entries, pool->max_entries);
    }
  Entry *e = &pool->entries[id];
  e->str = padded ? store_padded (pool, s, len) : store (pool, s, len);
  e->head = head;
  e->len = (guint32) len;
  e->hash = hash;
  e->stem = id;
  e->flags = 0;
  pool->n_entries = id + 1;
  pool->slots[j] = id + 1;
  if ((guint64) pool->n_entries * 4 > (guint64) (pool->mask + 1) * 3)
    grow (pool);
  return id;
}

guint32
np_string_pool_intern_len (NpStringPool *pool, const char *s, gsize len)
{
  guint32 hash = np_hash_bytes (s, len);
  guint64 head = head_of (s, len);
  guint32 j = find_slot (pool, s, len, hash, head);
  if (pool->slots[j] != 0)
    return pool->slots[j] - 1;
  return insert_at (pool, j, s, len, hash, head, FALSE) | NP_STRPOOL_NEW_STRING;
}

guint32
np_string_pool_intern_padded (NpStringPool *pool, const char *s, gsize len, NpPoolEntry **entry)
{
  guint32 hash;
  guint64 head;
  if (len < 8)
    {
      /* np_hash_bytes of a short string: one masked word, mixed once */
      memcpy (&head, s, 8);
      head = GUINT64_FROM_LE (head) & ((G_GUINT64_CONSTANT (1) << (8 * len)) - 1);
      guint64 h = (0x9E3779B97F4A7C15ull ^ (len * 0xff51afd7ed558ccdull) ^ head) * 0xc4ceb9fe1a85ec53ull;
      hash = (guint32) (h ^ (h >> 29));
    }
  else
    {
      hash = np_hash_bytes_padded (s, len);
      head = np_load_word_padded (s, len);
    }
  guint32 j = find_slot (pool, s, len, hash, head);
  guint32 id = pool->slots[j];
  if (G_LIKELY (id != 0))
    id--;
  else
    id = insert_at (pool, j, s, len, hash, head, TRUE) | NP_STRPOOL_NEW_STRING;
  *entry = &pool->entries[id & ~NP_STRPOOL_NEW_STRING];
  return id;
}

guint32
np_string_pool_intern (NpStringPool *pool, const char *s)
{
  return np_string_pool_intern_len (pool, s, strlen (s)) & ~NP_STRPOOL_NEW_STRING;
}

guint32
np_string_pool_lookup (const NpStringPool *pool, const char *s, gsize len)
{
  guint32 j = find_slot (pool, s, len, np_hash_bytes (s, len), head_of (s, len));
  return pool->slots[j] == 0 ? G_MAXUINT32 : pool->slots[j] - 1;
}

const char *
np_string_pool_get (const NpStringPool *pool, guint32 id)
{
  g_return_val_if_fail (id < pool->n_entries, NULL);
  return pool->entries[id].str;
}

guint32
np_string_pool_get_length (const NpStringPool *pool, guint32 id)
{
  g_return_val_if_fail (id < pool->n_entries, 0);
  return pool->entries[id].len;
}

guint
np_string_pool_size (const NpStringPool *pool)
{
  return pool->n_entries;
}

guint32
np_string_pool_get_stem (const NpStringPool *pool, guint32 id)
{
  g_return_val_if_fail (id < pool->n_entries, 0);
  return pool->entries[id].stem;
}

void
np_string_pool_set_stem (NpStringPool *pool, guint32 id, guint32 stem)
{
  g_return_if_fail (id < pool->n_entries);
  pool->entries[id].stem = stem;
}

guint8
np_string_pool_get_flags (const NpStringPool *pool, guint32 id)
{
  g_return_val_if_fail (id < pool->n_entries, 0);
  return pool->entries[id].flags;
}

void
np_string_pool_set_flags (NpStringPool *pool, guint32 id, guint8 flags)
{
  g_return_if_fail (id < pool->n_entries);
  pool->entries[id].flags = flags;
}
