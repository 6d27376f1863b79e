/* strtable.c: the instance's tables of blocks found by a string (name
 * forms, name keys).
 *
 * These tables hold thousands of entries read a few times per document,
 * between which the core's work has evicted them from the caches: a
 * GHashTable lookup then reads its hash array, its key array, the key
 * string and its value array, each a miss.  Here a slot holds the hash,
 * the key's length and the block, and the key lies in the block at a
 * fixed offset: a lookup reads one slot and the block it wants. */
#include <string.h>

#include "speakers.h"

typedef struct
{
  guint hash;  /* of the key; slots with item NULL are free */
  guint len;   /* the key's length */
  gpointer item;
} StrSlot;

struct _SpStrTable
{
  StrSlot *slots;
  guint mask, used;
  gsize key_off;
  GDestroyNotify destroy;
};

/* FNV-1a over the key, its length in *len. */
static inline guint
str_hash (const char *key, guint *len)
{
  guint h = 2166136261u;
  const char *p = key;
  for (; *p; p++)
    h = (h ^ (guchar) *p) * 16777619u;
  *len = (guint) (p - key);
  return h;
}

SpStrTable *
sp_str_table_new (gsize key_off, GDestroyNotify destroy)
{
  SpStrTable *t = g_new0 (SpStrTable, 1);
  t->mask = 255;
  t->slots = g_new0 (StrSlot, t->mask + 1);
  t->key_off = key_off;
  t->destroy = destroy;
  return t;
}

void
sp_str_table_clear (SpStrTable *t)
{
  for (guint i = 0; i <= t->mask; i++)
    if (t->slots[i].item)
      {
        if (t->destroy)
          t->destroy (t->slots[i].item);
        t->slots[i].item = NULL;
      }
  t->used = 0;
}

void
sp_str_table_free (SpStrTable *t)
{
  if (t == NULL)
    return;
  sp_str_table_clear (t);
  g_free (t->slots);
  g_free (t);
}

guint
sp_str_table_size (const SpStrTable *t)
{
  return t->used;
}

/* The slot of key (hash h, len bytes): the one holding it, or the free
 * one where it goes. */
static StrSlot *
str_slot (const SpStrTable *t, const char *key, guint len, guint h)
{
  for (guint i = h & t->mask;; i = (i + 1) & t->mask)
    {
      StrSlot *s = &t->slots[i];
      if (s->item == NULL
          || (s->hash == h && s->len == len && memcmp ((const char *) s->item + t->key_off, key, len) == 0))
        return s;
    }
}

gpointer
sp_str_table_lookup (const SpStrTable *t, const char *key)
{
  guint len;
  guint h = str_hash (key, &len);
  return str_slot (t, key, len, h)->item;
}

void
sp_str_table_insert (SpStrTable *t, gpointer item)
{
  if (2 * (t->used + 1) > t->mask + 1)
    {
      /* at most half full: probes stay short */
      StrSlot *old = t->slots;
      guint old_n = t->mask + 1;
      t->mask = 2 * old_n - 1;
      t->slots = g_new0 (StrSlot, t->mask + 1);
      for (guint i = 0; i < old_n; i++)
        if (old[i].item)
          {
            guint j = old[i].hash & t->mask;
            while (t->slots[j].item)
              j = (j + 1) & t->mask;
            t->slots[j] = old[i];
          }
      g_free (old);
    }
  const char *key = (const char *) item + t->key_off;
  guint len;
  guint h = str_hash (key, &len);
  StrSlot *s = str_slot (t, key, len, h);
  if (s->item)
    {
      /* the same key again (callers look up first): the new block wins */
      if (t->destroy)
        t->destroy (s->item);
    }
  else
    t->used++;
  *s = (StrSlot) { h, len, item };
}
