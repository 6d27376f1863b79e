/* wordinfo.c: the Snowball stem and the stopword/abbreviation flags of a
 * casefolded word, cached per thread.
 *
 * Stemming is the costliest step per distinct word, and a run meets the
 * same words in document after document, so the tokenizer asks here once
 * per new form per document and the answer survives across documents.
 * The cache is a flat open-addressing table of the entries themselves,
 * keyed by the caller's np_hash_bytes value (no rehash, no per-entry
 * allocation); strings live in one GStringChunk.  Bounded: cleared when
 * it holds WORD_CACHE_MAX words. */
#include "config.h"

#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "notepipe/np-text.h"
#include "strpool.h"
#include "tokenize.h"
#include "wordinfo.h"

/* At most TABLE_MAX entries (16 MiB), filled to 3/4 at most */
#define TABLE_MAX (1u << 18)
#define WORD_CACHE_MAX (TABLE_MAX / 4 * 3)

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

/* One cached word, stored in the table itself, one cache line each (the
 * table is aligned to 64 bytes): a lookup of a word the table holds touches
 * that line only.  A word of up to 16 bytes is compared by its zero-padded
 * head, without reading the string; a stem of up to STEM_INLINE bytes is
 * kept in the entry with its 8 NUL bytes of padding (longer ones live in
 * the chunk).  A run meets tens of thousands of distinct words, so the
 * table is far larger than the L2 cache and every word a document meets
 * for the first time costs one miss: a second line per word (the norm's
 * tail, the stem) was a second miss. */
#define STEM_INLINE 16
typedef struct
{
  guint32 hash;
  guint32 len;      /* 0: an empty slot (the tokenizer never asks for "") */
  guint64 head[2];  /* first min(len, 16) bytes, zero padded */
  const char *norm; /* the whole word, NUL-terminated, in the chunk */
  guint32 stem_len;
  guint32 flags;
  union
  {
    char bytes[STEM_INLINE + 8]; /* stem_len <= STEM_INLINE: the stem, then NULs */
    const char *ext; /* else: in the chunk, followed by 8 NULs */
  } stem;
} Word;

G_STATIC_ASSERT (sizeof (Word) == 64);

typedef struct
{
  GStringChunk *chunk; /* norms and long padded stems */
  Word *table;         /* open addressing, linear probing; 64-byte aligned */
  guint32 mask;
  guint32 n_words;
  GString *scratch;
  NpWordInfo out; /* what np_word_info returns */
} Cache;

/* A table of n entries, zeroed.  From 2 MiB on it is aligned to 2 MiB and
 * asks for huge pages: a lookup lands anywhere in megabytes, and with 4 KiB
 * pages nearly every one missed the TLB as well as the caches (a page walk
 * is dearer still under virtualisation). */
#define HUGE_PAGE ((gsize) 2 << 20)
static Word *
table_new (guint32 n)
{
  gsize bytes = (gsize) n * sizeof (Word);
  gpointer p = NULL;
  if (posix_memalign (&p, bytes >= HUGE_PAGE ? HUGE_PAGE : 64, bytes) != 0)
    g_error ("out of memory (%zu bytes)", bytes);
#ifdef MADV_HUGEPAGE
  if (bytes >= HUGE_PAGE)
    madvise (p, bytes, MADV_HUGEPAGE); /* a hint: without it, 4 KiB pages */
#endif
  memset (p, 0, bytes);
  return p;
}

/* the thread's cache without pthread_getspecific: the GPrivate below is
 * only there to free it when its thread ends */
static _Thread_local Cache *tls_cache __attribute__ ((tls_model ("initial-exec")));

static void
cache_free (gpointer p)
{
  Cache *c = p;
  tls_cache = NULL; /* run by the thread that ends */
  g_string_chunk_free (c->chunk);
  free (c->table);
  g_string_free (c->scratch, TRUE);
  g_free (c);
}

static GPrivate cache_key = G_PRIVATE_INIT (cache_free);

static Cache *
thread_cache (void)
{
  Cache *c = tls_cache;
  if (G_LIKELY (c != NULL))
    return c;
  c = g_new0 (Cache, 1);
  c->chunk = g_string_chunk_new (1 << 16);
  c->mask = 2047;
  c->table = table_new (c->mask + 1);
  c->scratch = g_string_sized_new (64);
  g_private_set (&cache_key, c);
  tls_cache = c;
  return c;
}

/* Load factor <= 3/4: the table doubles with the words, up to the bound */
static void
cache_grow (Cache *c)
{
  guint32 mask = c->mask * 2 + 1;
  Word *table = table_new (mask + 1);
  for (guint32 i = 0; i <= c->mask; i++)
    if (c->table[i].len)
      {
        guint32 j = c->table[i].hash & mask;
        while (table[j].len)
          j = (j + 1) & mask;
        table[j] = c->table[i];
      }
  free (c->table);
  c->table = table;
  c->mask = mask;
}

static const NpWordInfo *
info_of (Cache *c, const Word *w)
{
  c->out.stem = w->stem_len <= STEM_INLINE ? w->stem.bytes : w->stem.ext;
  c->out.stem_len = w->stem_len;
  c->out.flags = w->flags;
  return &c->out;
}

const NpWordInfo *
np_word_info (const char *norm, gsize len, guint32 hash)
{
  Cache *c = thread_cache ();
  /* norm is followed by 8 readable bytes: two word loads, no byte loop */
  guint64 head[2] = { np_load_word_padded (norm, len), len > 8 ? np_load_word_padded (norm + 8, len - 8) : 0 };
  guint32 j = hash & c->mask;
  for (Word *w; (w = &c->table[j])->len != 0; j = (j + 1) & c->mask)
    if (w->hash == hash && w->head[0] == head[0] && w->len == len && w->head[1] == head[1]
        && (len <= 16 || memcmp (w->norm + 16, norm + 16, len - 16) == 0))
      return info_of (c, w);
  if (c->n_words >= WORD_CACHE_MAX)
    {
      g_string_chunk_clear (c->chunk);
      memset (c->table, 0, (c->mask + 1) * (gsize) sizeof (Word));
      c->n_words = 0;
      j = hash & c->mask;
    }

  Word w;
  memset (&w, 0, sizeof w);
  w.norm = g_string_chunk_insert_len (c->chunk, norm, len);
  w.head[0] = head[0];
  w.head[1] = head[1];
  w.len = (guint32) len;
  w.hash = hash;
  struct sb_stemmer *s = thread_stemmer ();
  const sb_symbol *out = sb_stemmer_stem (s, (const sb_symbol *) norm, (int) len);
  const char *stem = out ? (const char *) out : norm; /* NULL: out of memory inside libstemmer */
  gsize stem_len = out ? (gsize) sb_stemmer_length (s) : len;
  if (stem_len <= STEM_INLINE)
    memcpy (w.stem.bytes, stem, stem_len); /* the NULs after it are the memset's */
  else
    {
      /* stored with 8 NUL bytes after it, for np_string_pool_intern_padded */
      g_string_truncate (c->scratch, 0);
      g_string_append_len (c->scratch, stem, stem_len);
      g_string_append_len (c->scratch, "\0\0\0\0\0\0\0\0", 8);
      w.stem.ext = g_string_chunk_insert_len (c->chunk, c->scratch->str, c->scratch->len);
    }
  w.stem_len = (guint32) stem_len;
  w.flags = (np_is_stopword (w.norm) ? NP_WORD_STOP : 0) | (is_abbreviation_form (w.norm, len) ? NP_WORD_ABBREV : 0);
  c->n_words++;
  if ((guint64) c->n_words * 4 > (guint64) (c->mask + 1) * 3 && c->mask + 1 < TABLE_MAX)
    {
      cache_grow (c);
      j = hash & c->mask;
      while (c->table[j].len)
        j = (j + 1) & c->mask;
    }
  c->table[j] = w;
  return info_of (c, &c->table[j]);
}
