/* keys.c: the per-document tables of the analysis, flat and reused.
 *
 * An analysis asks, for thousands of marks, how often a key recurs, whether
 * it is accepted, which person it names, and how a name resolves.  These
 * used to be five GHashTables made and freed per document, each insert a
 * g_strdup() and a node.  Here they are two open-addressing arrays kept by
 * the instance (SpScratch) from one document to the next: a slot belongs
 * to the current analysis when its generation is the scratch's, so
 * starting a document clears nothing; the strings are not copied (a key
 * lives, unchanged, until the analysis ends: interned in doc_strings, a
 * roster's or a person's).  Lookups by a key's address (keys are mostly
 * interned, one address per key) skip the hash through a small
 * direct-mapped memo in the Ctx.  Small records (matches, people) come
 * from a bump arena reset per document. */
#include <string.h>

#include "attribute-private.h"

/* ---- arena ------------------------------------------------------------ */

#define ARENA_BLOCK (32 * 1024)

/* bytes at an offset rounded up to align (a power of two) */
static gpointer
arena_take (SpArena *a, gsize bytes, gsize align)
{
  a->used = (a->used + align - 1) & ~(align - 1);
  if (a->blocks == NULL)
    a->blocks = g_ptr_array_new_with_free_func (g_free);
  if (a->blocks->len == 0)
    {
      g_ptr_array_add (a->blocks, g_malloc (ARENA_BLOCK));
      a->block = 0;
      a->used = 0;
    }
  else if (a->used + bytes > ARENA_BLOCK)
    {
      /* blocks stay with the instance: the next document reuses them */
      if (++a->block == a->blocks->len)
        g_ptr_array_add (a->blocks, g_malloc (ARENA_BLOCK));
      a->used = 0;
    }
  gpointer p = (char *) g_ptr_array_index (a->blocks, a->block) + a->used;
  a->used += bytes;
  return p;
}

gpointer
sp_arena_alloc (SpArena *a, gsize bytes)
{
  g_return_val_if_fail (bytes <= ARENA_BLOCK, NULL);
  return memset (arena_take (a, bytes, 16), 0, bytes);
}

char *
sp_arena_strdup (SpArena *a, const char *s)
{
  gsize n = strlen (s) + 1;
  if (n > ARENA_BLOCK)
    return NULL;
  return memcpy (arena_take (a, n, 1), s, n);
}

void
sp_arena_reset (SpArena *a)
{
  a->block = 0;
  a->used = 0;
}

void
sp_arena_clear (SpArena *a)
{
  if (a->blocks)
    g_ptr_array_unref (a->blocks);
  a->blocks = NULL;
  a->block = 0;
  a->used = 0;
}

/* ---- key table -------------------------------------------------------- */

static inline guint
str_hash (const char *s)
{
  guint h = 5381;
  for (; *s; s++)
    h = (h << 5) + h + (guchar) *s;
  return h;
}

static void
keys_grow (SpScratch *s, guint gen)
{
  guint old_n = s->key_slots ? s->key_mask + 1 : 0;
  SpKeyInfo *old = s->key_slots;
  guint n = old_n ? old_n * 2 : 1024;
  /* a table that only held older documents' keys does not need to grow */
  if (old_n && s->key_used * 2 < old_n)
    n = old_n;
  SpKeyInfo *slots = g_new0 (SpKeyInfo, n);
  guint mask = n - 1;
  for (guint i = 0; i < old_n; i++)
    if (old[i].key && old[i].gen == gen)
      {
        guint j = old[i].hash & mask;
        while (slots[j].key)
          j = (j + 1) & mask;
        slots[j] = old[i];
      }
  g_free (old);
  s->key_slots = slots;
  s->key_mask = mask;
}

void
sp_keys_begin (SpScratch *s)
{
  s->key_used = 0;
  s->match_used = 0;
  s->n_people = 0;
  sp_arena_reset (&s->arena);
  if (s->key_slots == NULL)
    keys_grow (s, s->generation);
}

/* The slot of key (hash h) in this analysis, or the free (or stale) slot
 * where it goes. */
static inline SpKeyInfo *
keys_probe (SpScratch *s, const char *key, guint h)
{
  guint gen = s->generation, mask = s->key_mask;
  for (guint j = h & mask;; j = (j + 1) & mask)
    {
      SpKeyInfo *k = &s->key_slots[j];
      if (k->key == NULL || k->gen != gen)
        return k;
      if (k->hash == h && (k->key == key || strcmp (k->key, key) == 0))
        return k;
    }
}

#define MEMO_SLOT(key) ((guint) (((guintptr) (key) >> 3) & (SP_KEY_MEMO - 1)))

SpKeyInfo *
sp_keys_find (Ctx *c, const char *key)
{
  if (key == NULL)
    return NULL;
  guint m = MEMO_SLOT (key);
  if (c->key_memo[m] == key)
    return &c->scratch->key_slots[c->key_memo_slot[m]];
  SpKeyInfo *k = keys_probe (c->scratch, key, str_hash (key));
  if (k->key == NULL || k->gen != c->scratch->generation)
    return NULL;
  /* the address the table keeps, not the caller's (maybe a buffer freed
   * next, whose address a later key may take) */
  m = MEMO_SLOT (k->key);
  c->key_memo[m] = k->key;
  c->key_memo_slot[m] = k - c->scratch->key_slots;
  return k;
}

/* sp_keys_get() with the hash known; store is the address kept for a
 * new key (key itself, or a copy of it). */
static SpKeyInfo *
keys_get_hashed (Ctx *c, const char *key, guint h, const char *(*store) (Ctx *, const char *))
{
  SpScratch *s = c->scratch;
  SpKeyInfo *k = keys_probe (s, key, h);
  if (k->key == NULL || k->gen != s->generation)
    {
      if ((s->key_used + 1) * 2 > s->key_mask + 1)
        {
          keys_grow (s, s->generation);
          memset (c->key_memo, 0, sizeof c->key_memo); /* slots moved */
          k = keys_probe (s, key, h);
        }
      memset (k, 0, sizeof *k);
      k->key = store ? store (c, key) : key;
      k->hash = h;
      k->gen = s->generation;
      s->key_used++;
    }
  /* the memo holds addresses the table keeps (they live until the
   * analysis ends), not a caller's buffer */
  guint m = MEMO_SLOT (k->key);
  c->key_memo[m] = k->key;
  c->key_memo_slot[m] = k - s->key_slots;
  return k;
}

SpKeyInfo *
sp_keys_get (Ctx *c, const char *key)
{
  guint m = MEMO_SLOT (key);
  if (c->key_memo[m] == key)
    return &c->scratch->key_slots[c->key_memo_slot[m]];
  return keys_get_hashed (c, key, str_hash (key), NULL);
}

static const char *
copy_key (Ctx *c, const char *key)
{
  return g_string_chunk_insert (c->scratch->doc_strings, key);
}

const char *
sp_keys_intern (Ctx *c, const char *key)
{
  return keys_get_hashed (c, key, str_hash (key), copy_key)->key;
}

/* ---- resolutions ------------------------------------------------------ */

typedef struct
{
  const char *name; /* NULL: free */
  guint hash;
  guint gen;
  guint mode;
  const SpMatch *match;
} MatchSlot;

static void
matches_grow (SpScratch *s)
{
  guint old_n = s->match_slots ? s->match_mask + 1 : 0;
  MatchSlot *old = s->match_slots;
  guint n = old_n ? old_n * 2 : 1024;
  if (old_n && s->match_used * 2 < old_n)
    n = old_n;
  MatchSlot *slots = g_new0 (MatchSlot, n);
  guint mask = n - 1, gen = s->generation;
  for (guint i = 0; i < old_n; i++)
    if (old[i].name && old[i].gen == gen)
      {
        guint j = old[i].hash & mask;
        while (slots[j].name)
          j = (j + 1) & mask;
        slots[j] = old[i];
      }
  g_free (old);
  s->match_slots = slots;
  s->match_mask = mask;
}

const SpMatch **
sp_matches_slot (SpScratch *s, const char *name, guint mode)
{
  if (s->match_slots == NULL || (s->match_used + 1) * 2 > s->match_mask + 1)
    matches_grow (s);
  guint h = str_hash (name) * 31 + mode, gen = s->generation, mask = s->match_mask;
  MatchSlot *slots = s->match_slots;
  for (guint j = h & mask;; j = (j + 1) & mask)
    {
      MatchSlot *x = &slots[j];
      if (x->name == NULL || x->gen != gen)
        {
          /* a copy: a mark's name may be replaced (and freed) while the
           * analysis still asks for others by way of this table */
          x->name = g_string_chunk_insert (s->doc_strings, name);
          x->hash = h;
          x->gen = gen;
          x->mode = mode;
          x->match = NULL;
          s->match_used++;
          return &x->match;
        }
      if (x->hash == h && x->mode == mode && strcmp (x->name, name) == 0)
        return &x->match;
    }
}

void
sp_keys_free (SpScratch *s)
{
  g_free (s->key_slots);
  g_free (s->match_slots);
  sp_arena_clear (&s->arena);
}
