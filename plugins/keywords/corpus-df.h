/* corpus-df.h: the corpus stage's document frequencies (corpus-df.c),
 * shared with corpus.c, which keeps, saves, merges and reads them. */
#ifndef KEYWORDS_CORPUS_DF_H
#define KEYWORDS_CORPUS_DF_H

#include "keywords.h"

G_BEGIN_DECLS

/* Document frequencies: an open-addressing table of word keys (spans of
 * the strings they come in, hashed once, never copied to be looked up)
 * over entries whose words live in one character buffer. */
#define DF_INLINE 14 /* words shorter than this live in their entry: one cache line per hit */
#define DF_MAX_WORD 255 /* longer spans are not words: not counted */

typedef struct
{
  guint32 count;
  guint32 last_doc;    /* n_docs when last counted: one count per document */
  float log_idf;       /* ln idf, set at the end (corpus_factor) */
  guint32 offset;      /* into words */
  guint16 len;
  char word[DF_INLINE]; /* the word, NUL-terminated, when len < DF_INLINE */
} DfEntry;

static inline const char *
df_word (const GString *words, const DfEntry *e)
{
  return e->len < DF_INLINE ? e->word : words->str + e->offset;
}

typedef struct
{
  GArray *entries;  /* DfEntry */
  GString *words;   /* each entry's word, NUL-terminated */
  guint64 *slots;   /* hash << 32 | entry index + 1, 0 = empty; at most half full */
  guint mask;
} DfTable;

/* A word of a document's terms, hashed ahead of its lookup */
typedef struct
{
  const char *p;
  guint32 len, hash;
  guint64 word; /* a word shorter than 8 bytes: its bytes, little-endian, zero padded (else unused) */
} Span;

void kw_df_init (DfTable *t);
void kw_df_clear (DfTable *t);
/* The entry of a word (len bytes at p, hashed by kw_hash_bytes), added
 * when create is set (else NULL if absent) */
DfEntry *kw_df_find (DfTable *t, const char *p, gsize len, guint32 h, gboolean create);
/* Count the space-separated word keys of one document (terms_len bytes,
 * NUL-terminated), each once: doc is the document's number, different
 * for each document counted */
void kw_df_count_terms (DfTable *t, guint32 doc, const char *terms, gsize terms_len);

G_END_DECLS

#endif
