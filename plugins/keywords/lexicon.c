/* lexicon.c: lookups in the general-English lexicon (lexicon.h).
 *
 * The words are one NUL-separated block in lexicon-data.c; an instance
 * indexes them once (about 23,000 words, well under a millisecond) in an
 * open-addressing table at most half full, so a lookup is one hash and a
 * string comparison or two. */
#include <string.h>

#include "lexicon.h"

static inline guint32
hash_bytes (const char *s, gsize len)
{
  guint32 h = 2166136261u; /* FNV-1a */
  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar) s[i]) * 16777619u;
  return h ^ (h >> 15);
}


void
kw_lexicon_init (KwLexicon *lex)
{
  guint size = 1;
  while (size < 2 * kw_lexicon_size)
    size <<= 1;
  lex->slots = g_new0 (guint32, size + kw_lexicon_size);
  lex->mask = size - 1;
  guint32 *offsets = lex->slots + size;
  const char *p = kw_lexicon_words;
  for (guint i = 0; i < kw_lexicon_size; i++)
    {
      gsize len = strlen (p);
      offsets[i] = (guint32) (p - kw_lexicon_words);
      guint32 h = hash_bytes (p, len) & lex->mask;
      while (lex->slots[h])
        h = (h + 1) & lex->mask;
      lex->slots[h] = i + 1;
      p += len + 1;
    }
}

void
kw_lexicon_clear (KwLexicon *lex)
{
  g_clear_pointer (&lex->slots, g_free);
  g_clear_pointer (&lex->stop, g_free);
}

void
kw_lexicon_mark_stop (KwLexicon *lex, GHashTable *stopwords)
{
  if (!lex->stop)
    lex->stop = g_new0 (guint8, kw_lexicon_size);
  GHashTableIter it;
  gpointer key;
  g_hash_table_iter_init (&it, stopwords);
  while (g_hash_table_iter_next (&it, &key, NULL))
    {
      guint li = kw_lexicon_lookup (lex, key, -1);
      if (li != G_MAXUINT)
        lex->stop[li] = 1;
    }
}

guint
kw_lexicon_lookup (const KwLexicon *lex, const char *word, gssize len)
{
  if (len < 0)
    len = strlen (word);
  const guint32 *offsets = lex->slots + lex->mask + 1;
  for (guint32 h = hash_bytes (word, len) & lex->mask; lex->slots[h]; h = (h + 1) & lex->mask)
    {
      const char *w = kw_lexicon_words + offsets[lex->slots[h] - 1];
      if (strncmp (w, word, len) == 0 && w[len] == '\0')
        return lex->slots[h] - 1;
    }
  return G_MAXUINT;
}
