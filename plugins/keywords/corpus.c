/* corpus.c: the keywords plugin's corpus stage.
 *
 * Over a corpus, a word that many documents use (a "paper", a "meeting")
 * says less about any one of them: document frequencies re-rank each
 * document's phrases.  Frequencies are only known at the end, so each
 * document leaves a short list of candidates (2 x top, with their
 * document-level weights and keys) and the document frequencies of its
 * words; nothing else of it is kept.  Both merge across shards by
 * addition and concatenation (corpus_save / corpus_merge).
 *
 * At the end every document's list is re-ranked and written to
 * keywords.document; phrases that rank high in many documents make the
 * corpus-scope keywords.phrase records. */
#include <math.h>
#include <string.h>

#include "keywords.h"

/* State as a GVariant: documents counted, word frequencies, documents with
 * their source, id and candidates (text, key, weight, occurrences). */
#define STATE_TYPE "(ua{su}a(ssa(ssdu)))"

typedef struct
{
  const char *text, *key; /* interned in strings */
  double weight;
  guint32 tf;
} StoredPhrase;

typedef struct
{
  const char *source, *id;
  guint32 first, n; /* into phrases */
} StoredDoc;

typedef struct
{
  guint32 count;
  guint32 last_doc; /* n_docs when last counted: one count per document */
} DfEntry;

typedef struct
{
  KwConfig config;
  KwExtractor *ex;
  guint keep;            /* candidates kept per document */
  guint32 n_docs;        /* documents counted in df */
  GHashTable *df;        /* word key part (in strings) -> DfEntry */
  GStringChunk *strings;
  GArray *docs;          /* StoredDoc */
  GArray *phrases;       /* StoredPhrase */
} KwCorpus;

gpointer
kw_corpus_new (const NpOptions *options, GError **error)
{
  KwCorpus *c = g_new0 (KwCorpus, 1);
  if (!kw_config_init (&c->config, options, error))
    {
      g_free (c);
      return NULL;
    }
  c->ex = kw_extractor_new (&c->config);
  c->keep = MAX (2 * c->config.top, 20);
  c->df = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  c->strings = g_string_chunk_new (64 * 1024);
  c->docs = g_array_new (FALSE, FALSE, sizeof (StoredDoc));
  c->phrases = g_array_new (FALSE, FALSE, sizeof (StoredPhrase));
  return c;
}

void
kw_corpus_free (gpointer instance)
{
  KwCorpus *c = instance;
  kw_extractor_free (c->ex);
  kw_config_clear (&c->config);
  g_hash_table_destroy (c->df);
  g_string_chunk_free (c->strings);
  g_array_free (c->docs, TRUE);
  g_array_free (c->phrases, TRUE);
  g_free (c);
}

static DfEntry *
df_entry (KwCorpus *c, const char *word)
{
  DfEntry *e = g_hash_table_lookup (c->df, word);
  if (!e)
    {
      e = g_new0 (DfEntry, 1);
      g_hash_table_insert (c->df, (gpointer) g_string_chunk_insert (c->strings, word), e);
    }
  return e;
}

static void
see_word (const char *part, gsize len, gpointer data)
{
  KwCorpus *c = data;
  char buf[128];
  if (len >= sizeof buf)
    return; /* not a word anyone looks up */
  memcpy (buf, part, len);
  buf[len] = '\0';
  DfEntry *e = df_entry (c, buf);
  if (e->last_doc != c->n_docs)
    {
      e->count++;
      e->last_doc = c->n_docs;
    }
}

static void
store_doc (KwCorpus *c, const char *source, const char *id)
{
  StoredDoc d = { g_string_chunk_insert (c->strings, source ? source : ""),
                  g_string_chunk_insert (c->strings, id ? id : ""), c->phrases->len, 0 };
  g_array_append_val (c->docs, d);
}

static void
store_phrase (KwCorpus *c, const char *text, const char *key, double weight, guint32 tf)
{
  StoredPhrase p = { g_string_chunk_insert (c->strings, text), g_string_chunk_insert (c->strings, key), weight, tf };
  g_array_append_val (c->phrases, p);
  g_array_index (c->docs, StoredDoc, c->docs->len - 1).n++;
}

gboolean
kw_corpus_add (gpointer instance, const NpDocument *doc, GError **error)
{
  KwCorpus *c = instance;
  kw_extractor_begin (c->ex, doc);
  guint n;
  const KwPhrase *p = kw_extract_document (c->ex, c->keep, &n);
  c->n_docs++;
  kw_extractor_foreach_word (c->ex, see_word, c);
  store_doc (c, np_document_get_source (doc), np_document_get_id (doc));
  for (guint i = 0; i < n; i++)
    store_phrase (c, p[i].text, p[i].key, p[i].weight, p[i].tf);
  kw_extractor_end (c->ex);
  return TRUE;
}

GVariant *
kw_corpus_save (gpointer instance)
{
  KwCorpus *c = instance;
  GVariantBuilder df, docs;
  g_variant_builder_init (&df, G_VARIANT_TYPE ("a{su}"));
  GHashTableIter it;
  gpointer key, value;
  g_hash_table_iter_init (&it, c->df);
  while (g_hash_table_iter_next (&it, &key, &value))
    g_variant_builder_add (&df, "{su}", (const char *) key, ((const DfEntry *) value)->count);
  g_variant_builder_init (&docs, G_VARIANT_TYPE ("a(ssa(ssdu))"));
  for (guint i = 0; i < c->docs->len; i++)
    {
      const StoredDoc *d = &g_array_index (c->docs, StoredDoc, i);
      GVariantBuilder ph;
      g_variant_builder_init (&ph, G_VARIANT_TYPE ("a(ssdu)"));
      for (guint k = d->first; k < d->first + d->n; k++)
        {
          const StoredPhrase *p = &g_array_index (c->phrases, StoredPhrase, k);
          g_variant_builder_add (&ph, "(ssdu)", p->text, p->key, p->weight, p->tf);
        }
      g_variant_builder_add (&docs, "(ssa(ssdu))", d->source, d->id, &ph);
    }
  return g_variant_new (STATE_TYPE, c->n_docs, &df, &docs);
}

gboolean
kw_corpus_merge (gpointer instance, GVariant *state, GError **error)
{
  KwCorpus *c = instance;
  if (!g_variant_is_of_type (state, G_VARIANT_TYPE (STATE_TYPE)))
    {
      g_set_error (error, NP_PLUGIN_ERROR, NP_PLUGIN_ERROR_FAILED, "keywords: shard state has type %s, not %s",
                   g_variant_get_type_string (state), STATE_TYPE);
      return FALSE;
    }
  guint32 n_docs;
  g_autoptr (GVariantIter) df = NULL, docs = NULL;
  g_variant_get (state, STATE_TYPE, &n_docs, &df, &docs);
  c->n_docs += n_docs;
  const char *word;
  guint32 count;
  while (g_variant_iter_next (df, "{&su}", &word, &count))
    df_entry (c, word)->count += count;
  const char *source, *id;
  GVariantIter *ph;
  while (g_variant_iter_next (docs, "(&s&sa(ssdu))", &source, &id, &ph))
    {
      store_doc (c, source, id);
      const char *text, *key;
      double weight;
      guint32 tf;
      while (g_variant_iter_next (ph, "(&s&sdu)", &text, &key, &weight, &tf))
        store_phrase (c, text, key, weight, tf);
      g_variant_iter_free (ph);
    }
  return TRUE;
}

/* The corpus factor of a phrase: the geometric mean over its words of
 * idf^IDF_POWER, idf = ln ((N + 1) / (df + 0.5)).  It multiplies the
 * phrase's weight the way the document statistics do (scores combine
 * word importances by geometric means, score.c), so a phrase of words that
 * few documents use gains and one that every document uses loses.  The
 * square root keeps the document's own evidence first: the corpus
 * re-orders near ties, it does not overrule. */
#define IDF_POWER 0.5

static double
corpus_factor (const KwCorpus *c, const char *key)
{
  double sum = 0.0;
  guint n = 0;
  char buf[128];
  const char *p = key;
  while (*p)
    {
      const char *q = strchr (p, ' ');
      if (!q)
        q = p + strlen (p);
      gsize len = q - p;
      if (len > 0 && len < sizeof buf)
        {
          memcpy (buf, p, len);
          buf[len] = '\0';
          const DfEntry *e = g_hash_table_lookup (c->df, buf);
          guint df = e ? e->count : 0;
          if (df > 0) /* stopwords inside a phrase have no df */
            {
              sum += log (log ((c->n_docs + 1.0) / (df + 0.5)));
              n++;
            }
        }
      p = *q ? q + 1 : q;
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

typedef struct
{
  const char *text;
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

  g_autoptr (GHashTable) totals = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr (GArray) ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));
  guint top = c->config.top;
  for (guint i = 0; i < c->docs->len; i++)
    {
      const StoredDoc *d = &g_array_index (c->docs, StoredDoc, i);
      g_array_set_size (ranked, 0);
      for (guint k = d->first; k < d->first + d->n; k++)
        {
          const StoredPhrase *p = &g_array_index (c->phrases, StoredPhrase, k);
          Ranked r = { p, p->weight * corpus_factor (c, p->key) };
          g_array_append_val (ranked, r);
        }
      g_array_sort (ranked, compare_ranked);
      guint n = MIN (top, ranked->len);
      for (guint k = 0; k < n; k++)
        {
          const Ranked *r = &g_array_index (ranked, Ranked, k);
          double rel = r->score / g_array_index (ranked, Ranked, 0).score;
          NpAnnotation *a = np_layer_append (per_doc, 0);
          np_annotation_set_string (a, "source", d->source);
          np_annotation_set_string (a, "document", d->id);
          np_annotation_set_string (a, "text", r->phrase->text);
          np_annotation_set_double (a, "score", round (rel * 10000.0) / 10000.0);
          np_annotation_set_int (a, "rank", k + 1);

          /* corpus phrases: a document votes for its phrases by their
           * relative score, so long documents do not outvote short ones */
          CorpusPhrase *cp = g_hash_table_lookup (totals, r->phrase->key);
          if (!cp)
            {
              cp = g_new0 (CorpusPhrase, 1);
              cp->text = r->phrase->text;
              g_hash_table_insert (totals, (gpointer) r->phrase->key, cp);
            }
          cp->score += rel;
          cp->documents++;
        }
    }

  g_autoptr (GPtrArray) all = g_ptr_array_sized_new (g_hash_table_size (totals));
  GHashTableIter it;
  gpointer value;
  g_hash_table_iter_init (&it, totals);
  while (g_hash_table_iter_next (&it, NULL, &value))
    g_ptr_array_add (all, value);
  g_ptr_array_sort (all, compare_corpus);
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
