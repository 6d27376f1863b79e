/* corpus-df.c: the corpus stage's document frequencies: how many
 * documents use each word key.  An open-addressing table over entries
 * that hold short words inline; a document's words are read 8 bytes at a
 * time, hashed and their slots prefetched in batches, then counted (the
 * lookups are memory-bound: tens of thousands of words).  Split from
 * corpus.c, which keeps the phrases and ranks them. */
#include <string.h>

#include "corpus-df.h"

void
kw_df_init (DfTable *t)
{
  t->entries = g_array_new (FALSE, FALSE, sizeof (DfEntry));
  /* small at first, grown by doubling: a batch run makes a corpus of one
   * document for every document it saves (its contribution) */
  t->words = g_string_sized_new (4096);
  t->mask = 255;
  t->slots = g_new0 (guint64, t->mask + 1);
}

void
kw_df_clear (DfTable *t)
{
  g_array_free (t->entries, TRUE);
  g_string_free (t->words, TRUE);
  g_free (t->slots);
}

/* The entry of a word, added when create is set (else NULL if absent).
 * The slot holds the hash: only a word with the same hash reads its entry. */
DfEntry *
kw_df_find (DfTable *t, const char *p, gsize len, guint32 h, gboolean create)
{
  guint32 i = h & t->mask;
  for (; t->slots[i]; i = (i + 1) & t->mask)
    {
      if ((guint32) (t->slots[i] >> 32) != h)
        continue;
      DfEntry *e = &g_array_index (t->entries, DfEntry, (guint32) t->slots[i] - 1);
      if (e->len == len && memcmp (df_word (t->words, e), p, len) == 0)
        return e;
    }
  if (!create)
    return NULL;
  DfEntry e = { 0, G_MAXUINT32, 0.0f, (guint32) t->words->len, (guint16) len, { 0 } };
  if (len < DF_INLINE)
    memcpy (e.word, p, len);
  else
    {
      g_string_append_len (t->words, p, len);
      g_string_append_c (t->words, '\0');
    }
  g_array_append_val (t->entries, e);
  t->slots[i] = (guint64) h << 32 | t->entries->len;
  if (t->entries->len * 2 > t->mask + 1)
    kw_slots_grow (&t->slots, &t->mask);
  return &g_array_index (t->entries, DfEntry, t->entries->len - 1);
}

#define BATCH 256

/* The entry of a word shorter than 8 bytes (its bytes as a Span's word):
 * such an entry holds it inline, zero padded, so one 8-byte load compares
 * it.  Added when absent, as df_find (). */
static inline DfEntry *
df_find_short (DfTable *t, const Span *sp)
{
  for (guint32 i = sp->hash & t->mask; t->slots[i]; i = (i + 1) & t->mask)
    {
      if ((guint32) (t->slots[i] >> 32) != sp->hash)
        continue;
      DfEntry *e = &g_array_index (t->entries, DfEntry, (guint32) t->slots[i] - 1);
      guint64 w;
      memcpy (&w, e->word, 8);
      if (e->len == sp->len && GUINT64_FROM_LE (w) == sp->word)
        return e;
    }
  return kw_df_find (t, sp->p, sp->len, sp->hash, TRUE);
}

/* A high bit in each byte of w that is a space or a NUL, exact for the
 * first such byte (the borrows of the test only reach the bytes after it) */
static inline guint64
space_or_nul (guint64 w)
{
  const guint64 ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  guint64 x = w ^ 0x2020202020202020ull;
  return ((x - ones) & ~x & highs) | ((w - ones) & ~w & highs);
}

static void
count_batch (DfTable *t, guint32 doc, const Span *batch, guint n)
{
  for (guint k = 0; k < n; k++) /* the first entry with the same hash */
    for (guint32 i = batch[k].hash & t->mask; t->slots[i]; i = (i + 1) & t->mask)
      if ((guint32) (t->slots[i] >> 32) == batch[k].hash)
        {
          KW_PREFETCH (&g_array_index (t->entries, DfEntry, (guint32) t->slots[i] - 1));
          break;
        }
  for (guint k = 0; k < n; k++)
    {
      DfEntry *e = batch[k].len < 8 ? df_find_short (t, &batch[k])
                                    : kw_df_find (t, batch[k].p, batch[k].len, batch[k].hash, TRUE);
      if (e->last_doc != doc)
        {
          e->count++;
          e->last_doc = doc;
        }
    }
}

/* Count the space-separated word keys of one document, each once.  The
 * lookups are memory-bound: a batch of words is hashed and its slots
 * prefetched, then its entries, then it is counted.  Most keys are
 * shorter than 8 bytes: where 8 bytes can be read, one load finds the
 * word's end and gives its kw_hash_bytes () and its inline comparison. */
void
kw_df_count_terms (DfTable *t, guint32 doc, const char *terms, gsize terms_len)
{
  Span batch[BATCH];
  guint n = 0;
  const char *p = terms, *end = terms + terms_len; /* *end is the NUL */
  while (p < end)
    {
      Span *sp = &batch[n];
      if (p + 8 <= end + 1)
        {
          guint64 w;
          memcpy (&w, p, 8);
          w = GUINT64_FROM_LE (w);
          guint64 stop = space_or_nul (w);
          if (stop)
            {
              guint len = (guint) __builtin_ctzll (stop) / 8;
              if (len == 0)
                {
                  p++; /* an empty word */
                  continue;
                }
              sp->p = p;
              sp->len = len;
              sp->word = w & (~G_GUINT64_CONSTANT (0) >> (64 - 8 * len));
              /* kw_hash_bytes () of fewer than 8 bytes: its tail word is this */
              guint64 h = 0x9E3779B97F4A7C15ull ^ (len * 0xff51afd7ed558ccdull);
              h = (h ^ sp->word) * 0xc4ceb9fe1a85ec53ull;
              h ^= h >> 29;
              sp->hash = (guint32) h;
              KW_PREFETCH (&t->slots[sp->hash & t->mask]);
              p += len + 1; /* past the space, or to just past the end */
              if (++n == BATCH)
                {
                  count_batch (t, doc, batch, n);
                  n = 0;
                }
              continue;
            }
        }
      const char *q = memchr (p, ' ', end - p);
      if (!q)
        q = end;
      if (q > p && q - p <= DF_MAX_WORD)
        {
          sp->p = p;
          sp->len = (guint32) (q - p);
          sp->word = 0;
          sp->hash = kw_hash_bytes (p, sp->len);
          KW_PREFETCH (&t->slots[sp->hash & t->mask]);
          if (++n == BATCH)
            {
              count_batch (t, doc, batch, n);
              n = 0;
            }
        }
      p = q + 1;
    }
  count_batch (t, doc, batch, n);
}

