/* corpus.c: the keywords plugin's corpus stage.
 *
 * Over a corpus, a word that many documents use (a "paper", a "meeting")
 * says less about any one of them: document frequencies re-rank each
 * document's phrases.  Frequencies are only known at the end, so each
 * document leaves a short list of candidates (top x 1.5, with their
 * document-level weights and keys) and counts its words; nothing else of
 * it is kept.  Both come from the document stage's keywords.candidates
 * layer, so the corpus stage extracts nothing again: it costs a hash
 * lookup per distinct word and one per candidate, whose key is interned
 * (a key many documents keep has its words resolved once).  Both merge
 * across shards by addition and concatenation (corpus_save /
 * corpus_merge).
 *
 * At the end every document's list is re-ranked and written to
 * keywords.document, one record per document; phrases that rank high in
 * many documents make the corpus-scope keywords.phrase records. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "corpus-df.h"

/* State as a GVariant, in columns: documents counted; the df words
 * (NUL-terminated, one after another) and their counts; the documents'
 * sources and ids (NUL-terminated) and how many candidates each keeps;
 * the candidates' texts and keys (NUL-terminated) and their weight and
 * prior (two doubles each).  A batch saves one state per document (its
 * contribution, stored for resuming), so the state is a few flat arrays
 * made without a GVariant per word or phrase.  STATE_TYPE_V1, a tree of
 * the same content, is what builds before 2026-11 saved: still merged. */
#define STATE_TYPE "(uayauayayauayayad)"
#define STATE_TYPE_V1 "(ua{su}a(ssa(ssdd)))"

/* Phrases are interned by key: a phrase that many documents keep (the
 * point of corpus statistics) has its key stored, hashed and its words
 * looked up in the df table once, and its votes at the end add up by
 * index instead of by a lookup per vote. */
typedef struct
{
  const char *key;              /* in strings */
  guint32 len, hash;            /* kw_hash_bytes of key */
  guint32 parts_first, n_parts; /* df entries of the key's words, in parts */
  double factor;                /* corpus_factor (), set at the end */
} PhraseKey;

typedef struct
{
  const char *text; /* in strings */
  guint32 key;      /* index into keys */
  double weight, prior;
} StoredPhrase;

typedef struct
{
  const char *source, *id;
  guint32 first, n; /* into phrases */
} StoredDoc;

typedef struct
{
  guint top;             /* phrases per document and for the corpus */
  guint32 n_docs;        /* documents counted in df */
  DfTable df;
  GStringChunk *strings;
  GArray *docs;          /* StoredDoc */
  /* growable arrays of their own: an append per phrase is an inline
   * store, not a g_array_append_vals () call */
  StoredPhrase *phrases;
  guint n_phrases, phrases_alloc;
  guint32 *parts;        /* df entry indices of the keys' words */
  guint n_parts, parts_alloc;
  PhraseKey *keys;       /* in first-seen order */
  guint n_keys, keys_alloc;
  guint64 *key_slots;    /* hash << 32 | keys index + 1, 0 = empty; at most half full */
  guint key_mask;
  GVariant *type_anchors[2]; /* empty "ad" and "as": keep GLib's type infos alive (see variant.c) */
} KwCorpus;

guint
kw_corpus_keep (guint top)
{
  return top + MAX (top / 2, 5);
}

gpointer
kw_corpus_new (const NpOptions *options, GError **error)
{
  KwCorpus *c = g_new0 (KwCorpus, 1);
  c->top = (guint) np_options_get_int (options, "top");
  kw_df_init (&c->df);
  c->strings = g_string_chunk_new (64 * 1024);
  c->docs = g_array_new (FALSE, FALSE, sizeof (StoredDoc));
  c->key_mask = 255; /* grown by doubling (see kw_df_init) */
  c->key_slots = g_new0 (guint64, c->key_mask + 1);
  c->type_anchors[0] = g_variant_ref_sink (kw_variant_new_doubles (NULL, 0));
  c->type_anchors[1] = g_variant_ref_sink (kw_variant_new_strv (NULL, 0));
  return c;
}

void
kw_corpus_free (gpointer instance)
{
  KwCorpus *c = instance;
  kw_df_clear (&c->df);
  g_string_chunk_free (c->strings);
  g_array_free (c->docs, TRUE);
  g_free (c->phrases);
  g_free (c->parts);
  g_free (c->keys);
  g_free (c->key_slots);
  g_variant_unref (c->type_anchors[0]);
  g_variant_unref (c->type_anchors[1]);
  g_free (c);
}

#define KEY_BATCH 32 /* keys of a document looked up together (kw_corpus_add ()) */

/* Room for n more elements of size elt in an array of *alloc */
static gpointer
reserve (gpointer data, guint len, guint *alloc, gsize elt, guint n)
{
  if (len + n <= *alloc)
    return data;
  *alloc = MAX (MAX (len + n, 2 * *alloc), 1024);
  return g_realloc_n (data, *alloc, elt);
}

static void
store_doc (KwCorpus *c, const char *source, const char *id)
{
  StoredDoc d = { g_string_chunk_insert (c->strings, source ? source : ""),
                  g_string_chunk_insert (c->strings, id ? id : ""), c->n_phrases, 0 };
  g_array_append_val (c->docs, d);
}

/* The words of a new key, looked up in the df table (created when
 * absent: a stopword inside a phrase has no df) and referred to by index
 * at the end.  The document's words were just counted, so their slots
 * are at hand. */
static void
append_parts (KwCorpus *c, const guint32 *found, guint n)
{
  if (n == 0)
    return; /* a key of no word: c->parts may be NULL still */
  c->parts = reserve (c->parts, c->n_parts, &c->parts_alloc, sizeof *c->parts, n);
  memcpy (c->parts + c->n_parts, found, n * sizeof *found);
  c->n_parts += n;
}

static void
resolve_parts (KwCorpus *c, PhraseKey *k)
{
  guint32 found[32]; /* appended a batch at a time */
  guint n_found = 0;
  const char *w = k->key, *end = k->key + k->len;
  while (w < end)
    {
      const char *q = memchr (w, ' ', end - w);
      if (!q)
        q = end;
      if (q > w && q - w <= DF_MAX_WORD)
        {
          DfEntry *e = kw_df_find (&c->df, w, q - w, kw_hash_bytes (w, q - w), TRUE);
          found[n_found++] = (guint32) (e - (DfEntry *) (gpointer) c->df.entries->data);
          k->n_parts++;
          if (n_found == G_N_ELEMENTS (found))
            {
              append_parts (c, found, n_found);
              n_found = 0;
            }
        }
      w = q + 1;
    }
  append_parts (c, found, n_found);
}

/* The index of a key (len bytes at key, not necessarily NUL-terminated,
 * hashed by kw_hash_bytes), interned when new. */
static guint32
intern_key_hashed (KwCorpus *c, const char *key, gsize len, guint32 h)
{
  guint32 i = h & c->key_mask;
  const PhraseKey *keys = c->keys;
  for (; c->key_slots[i]; i = (i + 1) & c->key_mask)
    {
      if ((guint32) (c->key_slots[i] >> 32) != h)
        continue;
      const PhraseKey *k = &keys[(guint32) c->key_slots[i] - 1];
      if (k->len == len && memcmp (k->key, key, len) == 0)
        return (guint32) c->key_slots[i] - 1;
    }
  PhraseKey k = { g_string_chunk_insert_len (c->strings, key, len), (guint32) len, h, c->n_parts, 0, 0.0 };
  resolve_parts (c, &k);
  c->keys = reserve (c->keys, c->n_keys, &c->keys_alloc, sizeof *c->keys, 1);
  c->keys[c->n_keys++] = k;
  c->key_slots[i] = (guint64) h << 32 | c->n_keys;
  if (c->n_keys * 2 > c->key_mask + 1)
    kw_slots_grow (&c->key_slots, &c->key_mask);
  return c->n_keys - 1;
}

static guint32
intern_key (KwCorpus *c, const char *key, gsize len)
{
  return intern_key_hashed (c, key, len, kw_hash_bytes (key, len));
}

/* Ask for a key's entry and its bytes: the first slot with its hash is
 * read (its slot was asked for before), then the entry and the string */
static inline const PhraseKey *
key_prefetch (const KwCorpus *c, guint32 h)
{
  for (guint32 i = h & c->key_mask; c->key_slots[i]; i = (i + 1) & c->key_mask)
    if ((guint32) (c->key_slots[i] >> 32) == h)
      {
        const PhraseKey *k = &c->keys[(guint32) c->key_slots[i] - 1];
        KW_PREFETCH (k);
        return k;
      }
  return NULL;
}

/* Store a phrase whose text is already in c->strings and whose key is interned */
static void
store_interned (KwCorpus *c, const char *text, guint32 key, double weight, double prior)
{
  StoredPhrase p = { text, key, weight, prior > 0.0 ? prior : 1.0 };
  c->phrases = reserve (c->phrases, c->n_phrases, &c->phrases_alloc, sizeof *c->phrases, 1);
  c->phrases[c->n_phrases++] = p;
  g_array_index (c->docs, StoredDoc, c->docs->len - 1).n++;
}

/* Store a phrase whose text is already in c->strings */
static void
store_phrase (KwCorpus *c, const char *text, const char *key, gsize key_len, double weight, double prior)
{
  StoredPhrase p = { text, intern_key (c, key, key_len), weight, prior > 0.0 ? prior : 1.0 };
  c->phrases = reserve (c->phrases, c->n_phrases, &c->phrases_alloc, sizeof *c->phrases, 1);
  c->phrases[c->n_phrases++] = p;
  g_array_index (c->docs, StoredDoc, c->docs->len - 1).n++;
}

/* The next line of a newline-joined list that is kept in c->strings: the
 * newline becomes its end, so lines need no copies of their own. */
static char *
next_line (char **p)
{
  char *start = *p, *q = strchr (start, '\n');
  if (q)
    {
      *q = '\0';
      *p = q + 1;
    }
  else
    *p = start + strlen (start);
  return start;
}

/* np_annotation_get_string () with the string's length: one type test
 * (its class) instead of two type walks, and no strlen after */
static const char *
annotation_string (const NpAnnotation *a, const char *feature, gsize *len)
{
  GVariant *v = np_annotation_get (a, feature);
  if (!v || g_variant_classify (v) != G_VARIANT_CLASS_STRING)
    return NULL;
  /* a string value's bytes are the string and its NUL (GVariant's
   * serialized form): read in place, without g_variant_get_string ()'s
   * three type checks and two locks (about 150 instructions a value) */
  gsize size = g_variant_get_size (v);
  const char *s = g_variant_get_data (v);
  if (size == 0 || !s || s[size - 1] != '\0')
    return g_variant_get_string (v, len);
  if (len)
    *len = size - 1;
  return s;
}

gboolean
kw_corpus_add (gpointer instance, const NpDocument *doc, GError **error)
{
  KwCorpus *c = instance;
  const NpLayer *layer = np_document_get_layer (doc, KW_LAYER_CANDIDATES);
  if (!layer || np_layer_get_size (layer) == 0)
    return TRUE; /* not extracted: nothing to count */
  const NpAnnotation *a = np_layer_get_annotation (layer, 0);
  gsize texts_len = 0, terms_len = 0;
  const char *texts = annotation_string (a, "texts", &texts_len), *keys = annotation_string (a, "keys", NULL);
  const char *terms = annotation_string (a, "terms", &terms_len);
  GVariant *weights = np_annotation_get (a, "weights");
  gsize n_weights = 0;
  const double *w = weights ? g_variant_get_fixed_array (weights, &n_weights, sizeof (double)) : NULL;
  gint64 n = (gint64) n_weights / 2; /* a weight and a prior per candidate */
  if (!texts || !keys || !terms || n_weights % 2 != 0)
    {
      g_set_error (error, NP_PLUGIN_ERROR, NP_PLUGIN_ERROR_FAILED, "%s: incomplete annotation",
                   KW_LAYER_CANDIDATES);
      return FALSE;
    }
  c->n_docs++;
  kw_df_count_terms (&c->df, c->n_docs, terms, terms_len);
  store_doc (c, np_document_get_source (doc), np_document_get_id (doc));
  /* one copy of the texts; its lines are the phrases' texts.  Keys are
   * read in place: only a new one is copied (intern_key ()).  Their
   * lookups are memory-bound (tens of thousands of keys): a batch of keys
   * is hashed and its slots asked for, then its entries, then their
   * strings, then they are interned in order. */
  char *text_at = g_string_chunk_insert_len (c->strings, texts, texts_len);
  const char *key_at = keys;
  Span batch[KEY_BATCH];
  for (gint64 first = 0; first < n; first += KEY_BATCH)
    {
      guint m = (guint) MIN (n - first, KEY_BATCH);
      for (guint k = 0; k < m; k++)
        {
          const char *key_end = strchr (key_at, '\n');
          if (!key_end)
            key_end = key_at + strlen (key_at);
          batch[k].p = key_at;
          batch[k].len = (guint32) (key_end - key_at);
          batch[k].hash = kw_hash_bytes (key_at, batch[k].len);
          KW_PREFETCH (&c->key_slots[batch[k].hash & c->key_mask]);
          key_at = *key_end ? key_end + 1 : key_end;
        }
      const PhraseKey *found[KEY_BATCH];
      for (guint k = 0; k < m; k++)
        found[k] = key_prefetch (c, batch[k].hash);
      for (guint k = 0; k < m; k++)
        if (found[k])
          KW_PREFETCH (found[k]->key);
      for (guint k = 0; k < m; k++)
        {
          const char *text = next_line (&text_at);
          guint32 key = intern_key_hashed (c, batch[k].p, batch[k].len, batch[k].hash);
          store_interned (c, text, key, w[2 * (first + k)], w[2 * (first + k) + 1]);
        }
    }
  return TRUE;
}

/* A column of NUL-terminated strings, or of fixed-size numbers, as an
 * "ay"/"au"/"ad" value that takes the bytes over */
static GVariant *
column (GByteArray *bytes, const char *type)
{
  g_autoptr (GBytes) b = g_byte_array_free_to_bytes (bytes);
  return g_variant_new_from_bytes (G_VARIANT_TYPE (type), b, TRUE);
}

static void
column_add_string (GByteArray *col, const char *s)
{
  g_byte_array_append (col, (const guint8 *) s, (guint) strlen (s) + 1);
}

GVariant *
kw_corpus_save (gpointer instance)
{
  KwCorpus *c = instance;
  GByteArray *words = g_byte_array_new (), *counts = g_byte_array_new ();
  for (guint k = 0; k < c->df.entries->len; k++)
    {
      const DfEntry *e = &g_array_index (c->df.entries, DfEntry, k);
      g_byte_array_append (words, (const guint8 *) df_word (c->df.words, e), e->len + 1u);
      g_byte_array_append (counts, (const guint8 *) &e->count, sizeof e->count);
    }
  GByteArray *sources = g_byte_array_new (), *ids = g_byte_array_new (), *per_doc = g_byte_array_new ();
  GByteArray *texts = g_byte_array_new (), *keys = g_byte_array_new (), *weights = g_byte_array_new ();
  for (guint i = 0; i < c->docs->len; i++)
    {
      const StoredDoc *d = &g_array_index (c->docs, StoredDoc, i);
      column_add_string (sources, d->source);
      column_add_string (ids, d->id);
      g_byte_array_append (per_doc, (const guint8 *) &d->n, sizeof d->n);
      for (guint k = d->first; k < d->first + d->n; k++)
        {
          const StoredPhrase *p = &c->phrases[k];
          const PhraseKey *key = &c->keys[p->key];
          column_add_string (texts, p->text);
          g_byte_array_append (keys, (const guint8 *) key->key, key->len + 1u);
          double wp[2] = { p->weight, p->prior };
          g_byte_array_append (weights, (const guint8 *) wp, sizeof wp);
        }
    }
  GVariant *children[] = {
    g_variant_new_uint32 (c->n_docs), column (words, "ay"), column (counts, "au"), column (sources, "ay"),
    column (ids, "ay"),           column (per_doc, "au"), column (texts, "ay"), column (keys, "ay"),
    column (weights, "ad"),
  };
  return g_variant_new_tuple (children, G_N_ELEMENTS (children));
}

/* The next string of a column, or NULL past its end (a column that does
 * not end in NUL was refused before) */
static const char *
column_next (const char **at, const char *end)
{
  if (*at >= end)
    return NULL;
  const char *s = *at;
  *at += strlen (s) + 1;
  return s;
}

/* The strings in a column: -1 when it does not end with a NUL or one of
 * them is not UTF-8 (a state read back from a damaged store: its texts
 * would become layer values, which must be UTF-8) */
static gssize
column_count (const char *p, gsize len)
{
  if (len == 0)
    return 0;
  if (p[len - 1] != '\0')
    return -1;
  gssize n = 0;
  for (const char *q = p; q < p + len; q = (const char *) memchr (q, '\0', p + len - q) + 1)
    {
      if (!g_utf8_validate (q, -1, NULL))
        return -1;
      n++;
    }
  return n;
}

static gboolean
merge_v1 (KwCorpus *c, GVariant *state)
{
  guint32 n_docs;
  g_autoptr (GVariantIter) df = NULL, docs = NULL;
  g_variant_get (state, STATE_TYPE_V1, &n_docs, &df, &docs);
  c->n_docs += n_docs;
  const char *word;
  guint32 count;
  while (g_variant_iter_next (df, "{&su}", &word, &count))
    if (strlen (word) <= DF_MAX_WORD)
      kw_df_find (&c->df, word, strlen (word), kw_hash_bytes (word, strlen (word)), TRUE)->count += count;
  const char *source, *id;
  GVariantIter *ph;
  while (g_variant_iter_next (docs, "(&s&sa(ssdd))", &source, &id, &ph))
    {
      store_doc (c, source, id);
      const char *text, *key;
      double weight, prior;
      while (g_variant_iter_next (ph, "(&s&sdd)", &text, &key, &weight, &prior))
        store_phrase (c, g_string_chunk_insert (c->strings, text), key, strlen (key), weight, prior);
      g_variant_iter_free (ph);
    }
  return TRUE;
}

gboolean
kw_corpus_merge (gpointer instance, GVariant *state, GError **error)
{
  KwCorpus *c = instance;
  if (g_variant_is_of_type (state, G_VARIANT_TYPE (STATE_TYPE_V1)))
    return merge_v1 (c, state);
  if (!g_variant_is_of_type (state, G_VARIANT_TYPE (STATE_TYPE)))
    {
      g_set_error (error, NP_PLUGIN_ERROR, NP_PLUGIN_ERROR_FAILED, "keywords: shard state has type %s, not %s",
                   g_variant_get_type_string (state), STATE_TYPE);
      return FALSE;
    }
  enum { N_DOCS, WORDS, COUNTS, SOURCES, IDS, PER_DOC, TEXTS, KEYS, WEIGHTS, N_COLUMNS };
  GVariant *col[N_COLUMNS];
  const char *data[N_COLUMNS] = { NULL };
  gsize len[N_COLUMNS] = { 0 };
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      col[i] = g_variant_get_child_value (state, i);
      if (i != N_DOCS)
        {
          /* serialized children are aligned for their element type */
          data[i] = g_variant_get_data (col[i]);
          len[i] = g_variant_get_size (col[i]);
        }
    }
  gsize n_words = len[COUNTS] / 4, n_docs = len[PER_DOC] / 4, n_phrases = len[WEIGHTS] / 16;
  const guint32 *counts = (const guint32 *) (gconstpointer) data[COUNTS];
  const guint32 *per_doc = (const guint32 *) (gconstpointer) data[PER_DOC];
  const double *weights = (const double *) (gconstpointer) data[WEIGHTS];
  guint64 sum = 0;
  for (gsize i = 0; i < n_docs; i++)
    sum += per_doc[i];
  gboolean ok = column_count (data[WORDS], len[WORDS]) == (gssize) n_words
                && column_count (data[SOURCES], len[SOURCES]) == (gssize) n_docs
                && column_count (data[IDS], len[IDS]) == (gssize) n_docs && sum == n_phrases
                && column_count (data[TEXTS], len[TEXTS]) == (gssize) n_phrases
                && column_count (data[KEYS], len[KEYS]) == (gssize) n_phrases;
  if (!ok)
    g_set_error (error, NP_PLUGIN_ERROR, NP_PLUGIN_ERROR_FAILED,
                 "keywords: shard state is inconsistent (its columns do not agree in length, or a string is not UTF-8)");
  else
    {
      c->n_docs += g_variant_get_uint32 (col[N_DOCS]);
      const char *at = data[WORDS], *end = data[WORDS] + len[WORDS];
      for (gsize i = 0; i < n_words; i++)
        {
          const char *word = column_next (&at, end);
          gsize n = strlen (word);
          if (n <= DF_MAX_WORD)
            kw_df_find (&c->df, word, n, kw_hash_bytes (word, n), TRUE)->count += counts[i];
        }
      const char *src = data[SOURCES], *id = data[IDS], *text = data[TEXTS], *key = data[KEYS];
      gsize k = 0;
      for (gsize i = 0; i < n_docs; i++)
        {
          store_doc (c, column_next (&src, data[SOURCES] + len[SOURCES]), column_next (&id, data[IDS] + len[IDS]));
          for (guint32 j = 0; j < per_doc[i]; j++, k++)
            {
              const char *t = column_next (&text, data[TEXTS] + len[TEXTS]);
              const char *kk = column_next (&key, data[KEYS] + len[KEYS]);
              store_phrase (c, g_string_chunk_insert (c->strings, t), kk, strlen (kk), weights[2 * k],
                            weights[2 * k + 1]);
            }
        }
    }
  for (guint i = 0; i < N_COLUMNS; i++)
    g_variant_unref (col[i]);
  return ok;
}

/* The corpus factor of a phrase: the geometric mean over its words of
 * idf^IDF_POWER, idf = ln ((N + 1) / (df + 0.5)).  It multiplies the
 * phrase's weight the way the document statistics do (scores combine
 * word importances by geometric means, score.c), so a phrase of words that
 * few documents use gains and one that every document uses loses.  The
 * square root keeps the document's own evidence first: the corpus
 * re-orders near ties, it does not overrule. */
#define IDF_POWER 0.6

static double
corpus_factor (const KwCorpus *c, const PhraseKey *p)
{
  double sum = 0.0;
  guint n = 0;
  const guint32 *parts = c->parts + p->parts_first;
  const DfEntry *entries = (const DfEntry *) (gconstpointer) c->df.entries->data;
  for (guint32 k = 0; k < p->n_parts; k++)
    if (entries[parts[k]].count > 0) /* stopwords inside a phrase have no df */
      {
        sum += entries[parts[k]].log_idf;
        n++;
      }
  return n ? exp (IDF_POWER * sum / n) : 1.0;
}

typedef struct
{
  const StoredPhrase *phrase;
  double score;
} Ranked;

static int
compare_ranked (const void *a, const void *b)
{
  const Ranked *x = a, *y = b;
  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return x->phrase < y->phrase ? -1 : x->phrase > y->phrase;
}

/* A document's phrases, best first: few (top x 1.5), so sorted by
 * insertion, without qsort's allocation; the order is total (ties by
 * address), so any sort gives the same result. */
static void
sort_ranked (GArray *ranked)
{
  Ranked *r = (Ranked *) (gpointer) ranked->data;
  guint n = ranked->len;
  if (n > 32)
    {
      qsort (r, n, sizeof *r, compare_ranked);
      return;
    }
  for (guint i = 1; i < n; i++)
    {
      Ranked x = r[i];
      guint j = i;
      for (; j > 0 && compare_ranked (&x, &r[j - 1]) < 0; j--)
        r[j] = r[j - 1];
      r[j] = x;
    }
}

/* The votes for a phrase (a key) */
typedef struct
{
  const char *text; /* as the first document voting for it writes it; NULL: no vote yet */
  double score;
  guint32 documents;
} CorpusPhrase;

static int
compare_corpus (const void *a, const void *b)
{
  const CorpusPhrase *x = *(const CorpusPhrase *const *) a, *y = *(const CorpusPhrase *const *) b;
  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return strcmp (x->text, y->text);
}

/* Positions of the features of keywords.document (corpus_document_features
 * in plugin.c): values are set by index, without a search by name */
enum
{
  CD_SOURCE,
  CD_DOCUMENT,
  CD_TEXTS,
  CD_SCORES
};

gboolean
kw_corpus_end (gpointer instance, NpCorpus *corpus, GError **error)
{
  KwCorpus *c = instance;
  NpLayer *per_doc = np_corpus_get_layer_for_write (corpus, KW_LAYER_DOCUMENT, error);
  if (!per_doc)
    return FALSE;
  NpLayer *overall = np_corpus_get_layer_for_write (corpus, KW_LAYER_PHRASE, error);
  if (!overall)
    return FALSE;

  for (guint k = 0; k < c->df.entries->len; k++)
    {
      DfEntry *e = &g_array_index (c->df.entries, DfEntry, k);
      e->log_idf = e->count ? (float) log (log ((c->n_docs + 1.0) / (e->count + 0.5))) : 0.0f;
    }

  /* each key's corpus factor, once */
  for (guint k = 0; k < c->n_keys; k++)
    c->keys[k].factor = corpus_factor (c, &c->keys[k]);

  guint top = c->top;
  const PhraseKey *keys = c->keys;
  g_autofree CorpusPhrase *votes = g_new0 (CorpusPhrase, MAX (c->n_keys, 1)); /* by key */
  g_autoptr (GArray) voted = g_array_new (FALSE, FALSE, sizeof (guint32)); /* keys in order of first vote */
  g_autoptr (GArray) ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));
  g_autoptr (GPtrArray) texts = g_ptr_array_new ();
  g_autoptr (GArray) scores = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint i = 0; i < c->docs->len; i++)
    {
      const StoredDoc *d = &g_array_index (c->docs, StoredDoc, i);
      /* the next document's keys and votes are scattered in memory: ask
       * for them while this one is ranked */
      if (i + 1 < c->docs->len)
        {
          const StoredDoc *next = d + 1;
          for (guint k = next->first; k < next->first + next->n; k++)
            {
              guint32 key = c->phrases[k].key;
              KW_PREFETCH (&keys[key]);
              KW_PREFETCH (&votes[key]);
            }
        }
      g_array_set_size (ranked, d->n);
      for (guint k = d->first; k < d->first + d->n; k++)
        {
          const StoredPhrase *p = &c->phrases[k];
          Ranked *r = &g_array_index (ranked, Ranked, k - d->first);
          r->phrase = p;
          r->score = p->weight * keys[p->key].factor;
        }
      sort_ranked (ranked);
      guint n = MIN (top, ranked->len);
      g_ptr_array_set_size (texts, n);
      g_array_set_size (scores, n);
      for (guint k = 0; k < n; k++)
        {
          const Ranked *r = &g_array_index (ranked, Ranked, k);
          double rel = r->score / g_array_index (ranked, Ranked, 0).score;
          texts->pdata[k] = (gpointer) r->phrase->text;
          g_array_index (scores, double, k) = round (rel * 10000.0) / 10000.0;

          /* corpus phrases: a document votes for its phrases by their
           * relative score, so long documents do not outvote short ones */
          CorpusPhrase *cp = &votes[r->phrase->key];
          if (!cp->text)
            {
              cp->text = r->phrase->text;
              g_array_append_val (voted, r->phrase->key);
            }
          cp->score += rel;
          cp->documents++;
        }
      /* one record per document: four values, not five per phrase */
      NpAnnotation *a = np_layer_append (per_doc, 0);
      np_annotation_set_index (a, CD_SOURCE, g_variant_new_string (d->source));
      np_annotation_set_index (a, CD_DOCUMENT, g_variant_new_string (d->id));
      np_annotation_set_index (a, CD_TEXTS, kw_variant_new_strv ((const char *const *) texts->pdata, n));
      np_annotation_set_index (a, CD_SCORES, kw_variant_new_doubles ((const double *) (gconstpointer) scores->data, n));
    }

  /* What the archive is about: the votes, discounted by the share of
   * documents voting (an inverse document frequency over the top lists),
   * so a phrase of every meeting's template ("TSC", "agenda") gives way to
   * the subjects that recur in some of them. */
  const guint32 *order = (const guint32 *) (gconstpointer) voted->data;
  for (guint k = 0; k < voted->len; k++)
    {
      CorpusPhrase *cp = &votes[order[k]];
      cp->score *= log ((c->docs->len + 1.0) / cp->documents);
    }

  /* the best `top` corpus phrases, kept sorted by insertion: sorting all
   * of them (tens of thousands) would cost more than the rest of the end */
  g_autoptr (GPtrArray) all = g_ptr_array_sized_new (top + 1);
  for (guint k = 0; k < voted->len; k++) /* in order of first vote: ties stay in it */
    {
      const CorpusPhrase *cp = &votes[order[k]];
      if (all->len == top && compare_corpus (&cp, &all->pdata[top - 1]) >= 0)
        continue;
      guint at = all->len;
      while (at > 0 && compare_corpus (&cp, &all->pdata[at - 1]) < 0)
        at--;
      g_ptr_array_insert (all, at, (gpointer) cp);
      if (all->len > top)
        g_ptr_array_set_size (all, top);
    }
  guint n = MIN (top, all->len);
  for (guint k = 0; k < n; k++)
    {
      const CorpusPhrase *cp = g_ptr_array_index (all, k);
      const CorpusPhrase *best = g_ptr_array_index (all, 0);
      NpAnnotation *a = np_layer_append (overall, 0);
      np_annotation_set_string (a, "scope", "corpus");
      np_annotation_set_string (a, "text", cp->text);
      np_annotation_set_double (a, "score", round (cp->score / best->score * 10000.0) / 10000.0);
      np_annotation_set_int (a, "rank", k + 1);
      np_annotation_set_int (a, "documents", cp->documents);
    }
  return TRUE;
}
