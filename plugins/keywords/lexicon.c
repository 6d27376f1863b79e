/* lexicon.c: lookups in the general-English lexicon (lexicon.h).
 *
 * An instance packs the generated arrays (lexicon-data.c) into records
 * that hold each word with its data (about 23,000 words, 0.4 MB, built in
 * well under a millisecond) and indexes them in an open-addressing table
 * at most half full whose slots carry 8 bits of the hash: a word the
 * lexicon does not know is usually turned away without reading a record.
 * Words longer than 255 bytes are not in the lexicon (nor in English). */
#include <string.h>

#include "lexicon.h"

#define TAG(h) (((h) >> 24) | 1u) /* never 0: a slot with an entry is never 0 */

static inline gsize
record_size (gsize len)
{
  return (sizeof (KwLexEntry) + len + 1 + 3) & ~(gsize) 3;
}

void
kw_lexicon_init (KwLexicon *lex)
{
  guint size = 1;
  while (size < 2 * kw_lexicon_size)
    size <<= 1;
  lex->slots = g_new0 (guint32, size);
  lex->mask = size - 1;

  gsize total = 4; /* offset 0 is never a record: a slot of 0 is empty */
  const char *p = kw_lexicon_words;
  for (guint i = 0; i < kw_lexicon_size; i++)
    {
      gsize len = strlen (p);
      total += record_size (MIN (len, 255));
      p += len + 1;
    }
  g_assert (total / 4 < (1u << 24));
  lex->entries = g_malloc0 (total);
  gsize at = 4;
  p = kw_lexicon_words;
  for (guint i = 0; i < kw_lexicon_size; i++)
    {
      gsize len = strlen (p);
      if (len <= 255)
        {
          KwLexEntry *e = (KwLexEntry *) (gpointer) (lex->entries + at);
          e->use = kw_lexicon_use[i];
          e->df = kw_lexicon_df[i];
          e->len = (guint8) len;
          memcpy (e->word, p, len + 1);
          guint32 h = kw_hash_bytes (p, len);
          guint32 s = h & lex->mask;
          while (lex->slots[s])
            s = (s + 1) & lex->mask;
          lex->slots[s] = (guint32) (at / 4) << 8 | TAG (h);
          at += record_size (len);
        }
      p += len + 1;
    }
}

void
kw_lexicon_clear (KwLexicon *lex)
{
  g_clear_pointer (&lex->slots, g_free);
  g_clear_pointer (&lex->entries, g_free);
}

const KwLexEntry *
kw_lexicon_lookup (const KwLexicon *lex, const char *word, gssize len)
{
  if (len < 0)
    len = strlen (word);
  return kw_lexicon_lookup_hashed (lex, word, len, kw_hash_bytes (word, len));
}

const KwLexEntry *
kw_lexicon_lookup_hashed (const KwLexicon *lex, const char *word, gsize len, guint32 h)
{
  if (len > 255)
    return NULL;
  guint32 tag = TAG (h);
  for (guint32 s = h & lex->mask; lex->slots[s]; s = (s + 1) & lex->mask)
    {
      if ((lex->slots[s] & 0xff) != tag)
        continue;
      const KwLexEntry *e = (const KwLexEntry *) (gconstpointer) (lex->entries + (lex->slots[s] >> 8) * 4);
      if (e->len == len && memcmp (e->word, word, len) == 0)
        return e;
    }
  return NULL;
}

void
kw_lexicon_mark_stop (KwLexicon *lex, GHashTable *stopwords)
{
  GHashTableIter it;
  gpointer key;
  g_hash_table_iter_init (&it, stopwords);
  while (g_hash_table_iter_next (&it, &key, NULL))
    {
      KwLexEntry *e = (KwLexEntry *) kw_lexicon_lookup (lex, key, -1);
      if (e)
        e->stop = 1;
    }
}
