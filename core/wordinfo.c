/* wordinfo.c: the Snowball stem and the stopword/abbreviation flags of a
 * casefolded word, cached per thread.
 *
 * Stemming is the costliest step per distinct word, and a run meets the
 * same words in document after document, so the tokenizer asks here once
 * per new form per document and the answer survives across documents.
 * The cache is a flat open-addressing table of the entries themselves,
 * keyed by the caller's np_hash_bytes value (no rehash, no per-entry
 * allocation); strings live in one GStringChunk.  Bounded: cleared when it holds WORD_CACHE_MAX words. */
#include "config.h"

#include <libstemmer.h>
#include <string.h>

#include "notepipe/np-text.h"
#include "tokenize.h"
#include "wordinfo.h"

#define WORD_CACHE_MAX (1u << 18)

static void
stemmer_free (gpointer p)
{
  sb_stemmer_delete (p);
}

static GPrivate stemmer_key = G_PRIVATE_INIT (stemmer_free);

static struct sb_stemmer *
thread_stemmer (void)
{
  struct sb_stemmer *s = g_private_get (&stemmer_key);
  if (s == NULL)
    {
      s = sb_stemmer_new ("english", "UTF_8");
      g_assert (s != NULL);
      g_private_set (&stemmer_key, s);
    }
  return s;
}

char *
np_stem_word (const char *norm, gsize len)
{
  struct sb_stemmer *s = thread_stemmer ();
  const sb_symbol *out = sb_stemmer_stem (s, (const sb_symbol *) norm, (int) len);
  if (out == NULL) /* out of memory inside libstemmer */
    return g_strndup (norm, len);
  return g_strndup ((const char *) out, sb_stemmer_length (s));
}

char *
np_text_stem (const char *word, gssize len)
{
  return np_stem_word (word, len < 0 ? strlen (word) : (gsize) len);
}

gboolean
np_text_is_stopword (const char *word)
{
  return np_is_stopword (word);
}

static const char *const abbreviations[] = {
  "al", "approx", "ca", "cf", "dr", "eg", "eq", "esp", "etc", "fig", "ie", "inc", "incl", "jr", "mr",
  "mrs", "ms", "no", "pp", "prof", "resp", "sr", "st", "vol", "vs", NULL,
};

static gboolean
is_abbreviation_form (const char *norm, gsize len)
{
  if (len > 6 || !strchr ("acdefijmnprsv", norm[0]))
    return FALSE;
  for (const char *const *a = abbreviations; *a; a++)
    if (strcmp (*a, norm) == 0)
      return TRUE;
  return FALSE;
}

/* One cached word, stored in the table itself: a lookup that finds its
 * word at the first probe touches one entry (one cache miss), and a word
 * of up to 8 bytes is compared by its head without reading the string. */
typedef struct
{
  const char *norm; /* NULL: an empty slot */
  guint64 head;     /* first min(len, 8) bytes, zero padded */
  guint32 len;
  guint32 hash;
  NpWordInfo info;
} Word;

typedef struct
{
  GStringChunk *chunk; /* norms and padded stems */
  Word *table;         /* open addressing, linear probing */
  guint32 mask;
  guint32 n_words;
  GString *scratch;
} Cache;

static void
cache_free (gpointer p)
{
  Cache *c = p;
  g_string_chunk_free (c->chunk);
  g_free (c->table);
  g_string_free (c->scratch, TRUE);
  g_free (c);
}

static GPrivate cache_key = G_PRIVATE_INIT (cache_free);

static Cache *
thread_cache (void)
{
  Cache *c = g_private_get (&cache_key);
  if (c == NULL)
    {
      c = g_new0 (Cache, 1);
      c->chunk = g_string_chunk_new (1 << 16);
      c->mask = 2047;
      c->table = g_new0 (Word, c->mask + 1);
      c->scratch = g_string_sized_new (64);
      g_private_set (&cache_key, c);
    }
  return c;
}

/* Load factor <= 3/4: the table doubles with the words, up to the bound */
static void
cache_grow (Cache *c)
{
  guint32 mask = c->mask * 2 + 1;
  Word *table = g_new0 (Word, mask + 1);
  for (guint32 i = 0; i <= c->mask; i++)
    if (c->table[i].norm)
      {
        guint32 j = c->table[i].hash & mask;
        while (table[j].norm)
          j = (j + 1) & mask;
        table[j] = c->table[i];
      }
  g_free (c->table);
  c->table = table;
  c->mask = mask;
}

const NpWordInfo *
np_word_info (const char *norm, gsize len, guint32 hash)
{
  Cache *c = thread_cache ();
  guint64 head = 0;
  memcpy (&head, norm, MIN (len, 8));
  guint32 j = hash & c->mask;
  for (Word *w; (w = &c->table[j])->norm != NULL; j = (j + 1) & c->mask)
    if (w->hash == hash && w->head == head && w->len == len
        && (len <= 8 || memcmp (w->norm + 8, norm + 8, len - 8) == 0))
      return &w->info;
  if (c->n_words >= WORD_CACHE_MAX)
    {
      g_string_chunk_clear (c->chunk);
      memset (c->table, 0, (c->mask + 1) * (gsize) sizeof (Word));
      c->n_words = 0;
      j = hash & c->mask;
    }

  Word w;
  w.norm = g_string_chunk_insert_len (c->chunk, norm, len);
  w.head = head;
  w.len = (guint32) len;
  w.hash = hash;
  /* the stem is stored with 8 NUL bytes after it, for
   * np_string_pool_intern_padded */
  struct sb_stemmer *s = thread_stemmer ();
  const sb_symbol *out = sb_stemmer_stem (s, (const sb_symbol *) norm, (int) len);
  g_string_truncate (c->scratch, 0);
  if (out == NULL) /* out of memory inside libstemmer */
    g_string_append_len (c->scratch, norm, len);
  else
    g_string_append_len (c->scratch, (const char *) out, sb_stemmer_length (s));
  w.info.stem_len = (guint32) c->scratch->len;
  g_string_append_len (c->scratch, "\0\0\0\0\0\0\0\0", 8);
  w.info.stem = g_string_chunk_insert_len (c->chunk, c->scratch->str, c->scratch->len);
  w.info.flags = (np_is_stopword (w.norm) ? NP_WORD_STOP : 0)
                 | (is_abbreviation_form (w.norm, len) ? NP_WORD_ABBREV : 0);
  c->n_words++;
  if ((guint64) c->n_words * 4 > (guint64) (c->mask + 1) * 3 && c->mask + 1 < 2 * WORD_CACHE_MAX)
    {
      cache_grow (c);
      j = hash & c->mask;
      while (c->table[j].norm)
        j = (j + 1) & c->mask;
    }
  c->table[j] = w;
  return &c->table[j].info;
}
