/* wordinfo.c: the Snowball stem and the stopword/abbreviation flags of a
 * casefolded word, cached per thread.
 *
 * Stemming is the costliest step per distinct word, and a run meets the
 * same words in document after document, so the tokenizer asks here once
 * per new form per document and the answer survives across documents.
 * The cache is a flat open-addressing table keyed by the caller's
 * np_hash_bytes value (no rehash, no per-entry allocation); strings live in
 * one GStringChunk.  Bounded: cleared when it holds WORD_CACHE_MAX words. */
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

typedef struct
{
  const char *norm;
  guint32 len;
  guint32 hash;
  NpWordInfo info;
} Word;

typedef struct
{
  GStringChunk *chunk; /* norms and padded stems */
  GArray *words;       /* Word */
  guint32 *slots;      /* index into words + 1, 0 = empty */
  guint32 mask;
  GString *scratch;
} Cache;

static void
cache_free (gpointer p)
{
  Cache *c = p;
  g_string_chunk_free (c->chunk);
  g_array_free (c->words, TRUE);
  g_free (c->slots);
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
      c->words = g_array_sized_new (FALSE, FALSE, sizeof (Word), 1024);
      c->mask = 2047;
      c->slots = g_new0 (guint32, c->mask + 1);
      c->scratch = g_string_sized_new (64);
      g_private_set (&cache_key, c);
    }
  return c;
}

/* Load factor <= 1/2: slots grow with the words, up to the bound */
static void
cache_grow (Cache *c)
{
  guint32 mask = c->mask * 2 + 1;
  guint32 *slots = g_new0 (guint32, mask + 1);
  const Word *words = (const Word *) (gconstpointer) c->words->data;
  for (guint i = 0; i < c->words->len; i++)
    {
      guint32 j = words[i].hash & mask;
      while (slots[j] != 0)
        j = (j + 1) & mask;
      slots[j] = i + 1;
    }
  g_free (c->slots);
  c->slots = slots;
  c->mask = mask;
}

const NpWordInfo *
np_word_info (const char *norm, gsize len, guint32 hash)
{
  Cache *c = thread_cache ();
  Word *words = (Word *) (gpointer) c->words->data;
  guint32 j = hash & c->mask;
  for (guint32 v; (v = c->slots[j]) != 0; j = (j + 1) & c->mask)
    {
      Word *w = &words[v - 1];
      if (w->hash == hash && w->len == len && memcmp (w->norm, norm, len) == 0)
        return &w->info;
    }
  if (c->words->len >= WORD_CACHE_MAX)
    {
      g_string_chunk_clear (c->chunk);
      g_array_set_size (c->words, 0);
      memset (c->slots, 0, (c->mask + 1) * sizeof (guint32));
      j = hash & c->mask;
    }

  Word w;
  w.norm = g_string_chunk_insert_len (c->chunk, norm, len);
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
  g_array_append_val (c->words, w);
  c->slots[j] = c->words->len;
  if (c->words->len * 2 > c->mask + 1 && c->mask + 1 < 2 * WORD_CACHE_MAX)
    cache_grow (c);
  return &g_array_index (c->words, Word, c->words->len - 1).info;
}
