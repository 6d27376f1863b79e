/* topics.c: the topics plugin: what was discussed, grouped.
 *
 * Document stage: the items of one document (their words, their parent
 * item's words and their section: its identity and its title's words) are
 * clustered into topics, each labelled by its most distinctive terms
 * (layer topics.cluster).  Corpus stage (tp-corpus.c): documents or sections
 * of a batch are clustered into corpus topics, with per-month or
 * per-quarter counts for dated documents.
 *
 * The method is the same for both (tp-cluster.c): LSA + k-means++, refined
 * by hard EM of a Dirichlet-multinomial mixture, k chosen from the
 * mixture's evidence when not given.  On short texts k-means over raw TF-IDF collapses; LSA gives
 * k-means a dense space where it works, and the mixture then fixes the
 * short texts LSA blurs (measured in tests/eval, see docs there). */
#include <stdio.h>
#include <string.h>

#include <notepipe/np-text.h>

#include "tp-label.h"
#include "tp-topics.h"

#define CONTEXT_WEIGHT 0.5f   /* parent item and section-title words */
#define MIN_ITEMS_TO_SPLIT 6  /* fewer items make one topic */
#define CORPUS_MIN_K 3

/* Growing sparse rows for one document's items */
typedef struct
{
  GArray *row_ptr; /* gsize */
  GArray *cols;    /* guint32 */
  GArray *vals;    /* float */
  float *acc;      /* per column, zero between rows */
  guint acc_size;
  GArray *touched; /* guint32 columns of the current row */
} RowBuilder;

typedef struct
{
  TpOptions o;
  GRegex *title_split; /* compiled once per instance: section titles -> words */
  /* scratch kept from one document to the next (most documents are small:
   * allocating these per document cost more than using them) */
  RowBuilder rb;
  guint32 *col_of_stem; /* string id of a stem -> column + 1; zero between documents */
  guint col_of_size;
  GArray *col_norm;     /* guint32: column -> norm string id */
  GArray *col_stem;     /* guint32: column -> stem string id */
  GArray *unit_items;   /* gint64 */
} Topics;

void
tp_options_read (TpOptions *o, const NpOptions *options)
{
  tp_cluster_params_init (&o->document);
  tp_cluster_params_init (&o->corpus);
  guint64 seed = (guint64) np_options_get_int (options, "seed");
  guint dims = (guint) np_options_get_int (options, "dims");
  o->document.seed = o->corpus.seed = seed;
  o->document.dims = o->corpus.dims = dims;
  o->document.k = (guint) np_options_get_int (options, "k");
  o->corpus.k = (guint) np_options_get_int (options, "corpus_k");
  /* a corpus split in two is rarely the answer, and two-way splits are
   * often trivially stable (one tight group against the rest) */
  o->corpus.min_k = CORPUS_MIN_K;
  o->corpus.max_k = (guint) np_options_get_int (options, "max_k");
  o->corpus.restarts = (guint) np_options_get_int (options, "restarts");
  o->document.restarts = o->corpus.restarts;
  /* a document's items are few: the search is bounded by their number */
  o->document.few_units = TRUE;
  const char *unit = np_options_get_string (options, "unit");
  o->unit = unit && strcmp (unit, "section") == 0 ? TP_UNIT_SECTION : TP_UNIT_DOCUMENT;
  const char *period = np_options_get_string (options, "period");
  o->quarters = period && strcmp (period, "quarter") == 0;
  o->n_terms = (guint) np_options_get_int (options, "terms");
}

gboolean
tp_token_is_term (const NpDocument *doc, const NpToken *t)
{
  if (t->flags & NP_TOKEN_STOPWORD)
    return FALSE;
  if (t->kind != NP_TOKEN_WORD && t->kind != NP_TOKEN_IDENT)
    return FALSE;
  return t->end - t->start >= 2;
}

gint32
tp_period_of_date (const char *date)
{
  int y, m, d;
  if (!date || sscanf (date, "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12)
    return TP_NO_PERIOD;
  return y * 12 + m - 1;
}

static gpointer
topics_new (const NpOptions *options, GError **error)
{
  Topics *t = g_new0 (Topics, 1);
  tp_options_read (&t->o, options);
  t->title_split = g_regex_new ("[^[:alnum:]_'-]+", 0, 0, error);
  if (!t->title_split)
    {
      g_free (t);
      return NULL;
    }
  t->rb = (RowBuilder) { g_array_new (FALSE, FALSE, sizeof (gsize)), g_array_new (FALSE, FALSE, sizeof (guint32)),
                         g_array_new (FALSE, FALSE, sizeof (float)), NULL, 0,
                         g_array_new (FALSE, FALSE, sizeof (guint32)) };
  t->col_norm = g_array_new (FALSE, FALSE, sizeof (guint32));
  t->col_stem = g_array_new (FALSE, FALSE, sizeof (guint32));
  t->unit_items = g_array_new (FALSE, FALSE, sizeof (gint64));
  return t;
}

static void
topics_free (gpointer instance)
{
  Topics *t = instance;
  g_regex_unref (t->title_split);
  g_array_free (t->rb.row_ptr, TRUE);
  g_array_free (t->rb.cols, TRUE);
  g_array_free (t->rb.vals, TRUE);
  g_array_free (t->rb.touched, TRUE);
  g_free (t->rb.acc);
  g_free (t->col_of_stem);
  g_array_free (t->col_norm, TRUE);
  g_array_free (t->col_stem, TRUE);
  g_array_free (t->unit_items, TRUE);
  g_free (t);
}

static void
row_add (RowBuilder *rb, guint32 col, float w)
{
  if (rb->acc[col] == 0)
    g_array_append_val (rb->touched, col);
  rb->acc[col] += w;
}

static void
row_end (RowBuilder *rb)
{
  for (guint i = 0; i < rb->touched->len; i++)
    {
      guint32 col = g_array_index (rb->touched, guint32, i);
      g_array_append_val (rb->cols, col);
      g_array_append_val (rb->vals, rb->acc[col]);
      rb->acc[col] = 0;
    }
  g_array_set_size (rb->touched, 0);
  gsize end = rb->cols->len;
  g_array_append_val (rb->row_ptr, end);
}

static gboolean
topics_process (gpointer instance, NpDocument *doc, GError **error)
{
  Topics *self = instance;
  guint n_items, n_tokens, n_sections;
  const NpItem *items = np_document_get_items (doc, &n_items);
  const NpToken *tokens = np_document_get_tokens (doc, &n_tokens);
  const NpSection *sections = np_document_get_sections (doc, &n_sections);
  NpLayer *layer = np_document_get_layer_for_write (doc, "topics.cluster", error);
  if (!layer)
    return FALSE;

  /* people are no topic: their names and speaker marks are no terms */
  g_autofree guint8 *people = tp_people_mask (doc);
  /* columns: document terms (by interned stem), then one per section */
  GArray *col_norm = self->col_norm, *col_stem = self->col_stem, *unit_items = self->unit_items;
  g_array_set_size (col_norm, 0);
  g_array_set_size (col_stem, 0);
  g_array_set_size (unit_items, 0);
  guint max_stem = 0;
  for (guint k = 0; k < n_tokens; k++)
    if (tp_token_is_topic_term (doc, tokens, k, people))
      max_stem = MAX (max_stem, tokens[k].stem);
  if (n_tokens && max_stem >= self->col_of_size)
    {
      g_free (self->col_of_stem);
      self->col_of_size = MAX (max_stem + 1, 2 * self->col_of_size);
      self->col_of_stem = g_new0 (guint32, self->col_of_size);
    }
  guint32 *col_of = self->col_of_stem;
  /* section-title words are matched to the document's words by norm */
  GHashTable *stem_of_norm = n_sections ? g_hash_table_new (g_str_hash, g_str_equal) : NULL;
  for (guint k = 0; k < n_tokens; k++)
    {
      if (!tp_token_is_topic_term (doc, tokens, k, people))
        continue;
      guint32 stem = tokens[k].stem;
      if (!col_of[stem])
        {
          g_array_append_val (col_norm, tokens[k].norm);
          g_array_append_val (col_stem, stem);
          col_of[stem] = col_norm->len;
        }
      if (stem_of_norm)
        g_hash_table_insert (stem_of_norm, (gpointer) np_document_string (doc, tokens[k].norm),
                             GUINT_TO_POINTER (stem + 1));
    }
  guint n_terms = col_norm->len, n_cols = n_terms + n_sections;

  RowBuilder *rb = &self->rb;
  g_array_set_size (rb->row_ptr, 0);
  g_array_set_size (rb->cols, 0);
  g_array_set_size (rb->vals, 0);
  g_array_set_size (rb->touched, 0);
  if (n_cols > rb->acc_size)
    {
      g_free (rb->acc);
      rb->acc_size = MAX (n_cols, 2 * rb->acc_size);
      rb->acc = g_new0 (float, rb->acc_size);
    }
  gsize zero = 0;
  g_array_append_val (rb->row_ptr, zero);
  /* section-title terms, matched to the document's own words */
  GPtrArray *title_cols = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint s = 0; s < n_sections; s++)
    {
      GArray *cols = g_array_new (FALSE, FALSE, sizeof (guint32));
      g_autofree char *folded = g_utf8_casefold (sections[s].title ? sections[s].title : "", -1);
      g_auto (GStrv) words = g_regex_split (self->title_split, folded, 0);
      for (guint w = 0; words[w]; w++)
        {
          gpointer key = g_hash_table_lookup (stem_of_norm, words[w]);
          if (key)
            {
              guint32 col = col_of[GPOINTER_TO_UINT (key) - 1] - 1;
              g_array_append_val (cols, col);
            }
        }
      g_ptr_array_add (title_cols, cols);
    }

  for (guint i = 0; i < n_items; i++)
    {
      const NpItem *it = &items[i];
      gboolean any = FALSE;
      for (guint k = it->token_first; k < it->token_first + it->token_count; k++)
        if (tp_token_is_topic_term (doc, tokens, k, people))
          {
            row_add (rb, col_of[tokens[k].stem] - 1, 1);
            any = TRUE;
          }
      if (!any)
        {
          for (guint t = 0; t < rb->touched->len; t++)
            rb->acc[g_array_index (rb->touched, guint32, t)] = 0;
          g_array_set_size (rb->touched, 0);
          continue;
        }
      if (it->parent != NP_NONE)
        {
          const NpItem *p = &items[it->parent];
          for (guint k = p->token_first; k < p->token_first + p->token_count; k++)
            if (tp_token_is_topic_term (doc, tokens, k, people))
              row_add (rb, col_of[tokens[k].stem] - 1, CONTEXT_WEIGHT);
        }
      if (it->section != NP_NONE)
        {
          row_add (rb, n_terms + it->section, 1);
          GArray *cols = g_ptr_array_index (title_cols, it->section);
          for (guint c = 0; c < cols->len; c++)
            row_add (rb, g_array_index (cols, guint32, c), CONTEXT_WEIGHT);
        }
      row_end (rb);
      gint64 id = i;
      g_array_append_val (unit_items, id);
    }
  /* the dense map is zero again for the next document */
  for (guint c = 0; c < n_terms; c++)
    col_of[g_array_index (col_stem, guint32, c)] = 0;

  guint n = unit_items->len;
  if (n > 0)
    {
      TpCsr m = { n, n_cols, (gsize *) rb->row_ptr->data, (guint32 *) rb->cols->data, (float *) rb->vals->data };
      guint k = 1;
      guint *assign;
      if (n < MIN_ITEMS_TO_SPLIT && self->o.document.k == 0)
        assign = g_new0 (guint, n);
      else
        {
          TpClusterParams p = self->o.document;
          assign = tp_cluster_run (&m, &p, &k);
        }
      gboolean *skip = g_new0 (gboolean, MAX (n_cols, 1));
      for (guint c = n_terms; c < n_cols; c++)
        skip[c] = TRUE;
      guint32 *top = tp_label_top_terms (&m, assign, k, self->o.n_terms, skip);
      for (guint c = 0; c < k; c++)
        {
          GPtrArray *terms = g_ptr_array_new ();
          for (guint t = 0; t < self->o.n_terms && top[(gsize) c * self->o.n_terms + t] != G_MAXUINT32; t++)
            g_ptr_array_add (terms, (gpointer) np_document_string (
                                        doc, g_array_index (col_norm, guint32, top[(gsize) c * self->o.n_terms + t])));
          GArray *members = g_array_new (FALSE, FALSE, sizeof (gint64));
          for (guint u = 0; u < n; u++)
            if (assign[u] == c)
              g_array_append_val (members, g_array_index (unit_items, gint64, u));
          g_autofree char *label = tp_label_join ((const char *const *) terms->pdata, terms->len);
          NpAnnotation *a = np_layer_append (layer, 0);
          np_annotation_set_int (a, "id", c);
          np_annotation_set_string (a, "label", label);
          tp_annotation_set_strv (a, "terms", (const char *const *) terms->pdata, terms->len);
          np_annotation_set_ints (a, "items", (const gint64 *) members->data, members->len);
          g_array_free (members, TRUE);
          g_ptr_array_free (terms, TRUE);
        }
      g_free (top);
      g_free (skip);
      g_free (assign);
    }

  g_ptr_array_free (title_cols, TRUE);
  if (stem_of_norm)
    g_hash_table_destroy (stem_of_norm);
  return TRUE;
}

static void
topics_summarize (const NpDocument *doc, NpSummary *summary)
{
  const NpLayer *l = np_document_get_layer (doc, "topics.cluster");
  if (!l || np_layer_get_size (l) == 0)
    return;
  static const char *const columns[] = { "topic>", "label", "items>", NULL };
  NpSummaryTable *t = np_summary_add_table (summary, "Topics", columns);
  for (guint i = 0; i < np_layer_get_size (l); i++)
    {
      const NpAnnotation *a = np_layer_get_annotation (l, i);
      GVariant *items = np_annotation_get (a, "items");
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, np_annotation_get_int (a, "id", i));
      g_autofree char *size = g_strdup_printf ("%zu", items ? g_variant_n_children (items) : 0);
      const char *label = np_annotation_get_string (a, "label");
      const char *cells[] = { id, label ? label : "", size, NULL };
      np_summary_table_add_row (t, cells);
    }
}

static const NpFeatureSpec cluster_features[] = {
  { "id", NP_VALUE_INT, 0, "topic number, 0 = largest" },
  { "label", NP_VALUE_STRING, 0, "the first label terms, comma-separated" },
  { "terms", NP_VALUE_STRING_LIST, 0, "most distinctive terms, best first" },
  { "items", NP_VALUE_INT_LIST, 0, "ids of the items in the topic" },
  { NULL },
};

static const NpFeatureSpec corpus_cluster_features[] = {
  { "id", NP_VALUE_INT, 0, "corpus topic number, 0 = largest" },
  { "label", NP_VALUE_STRING, 0, "the first label terms, comma-separated" },
  { "terms", NP_VALUE_STRING_LIST, 0, "most distinctive terms, best first" },
  { "documents", NP_VALUE_STRING_LIST, 0, "sources of the documents in the topic, input order" },
  { "size", NP_VALUE_INT, 0, "units (documents or sections) in the topic" },
  { "sections", NP_VALUE_STRING_LIST, NP_FEATURE_OPTIONAL,
    "unit=section: the sections in the topic, as source#section-id" },
  { NULL },
};

static const NpFeatureSpec trend_features[] = {
  { "topic", NP_VALUE_INT, 0, "corpus topic id" },
  { "period", NP_VALUE_STRING, 0, "YYYY-MM, or YYYY-Qn with period=quarter" },
  { "count", NP_VALUE_INT, 0, "units of the topic dated in the period" },
  { "share", NP_VALUE_DOUBLE, 0, "count / all dated units of the period" },
  { NULL },
};

static const NpLayerSpec cluster_layer = { "topics.cluster", NP_TARGET_DOCUMENT,
                                           "topics of the document's items", cluster_features };
static const NpLayerSpec corpus_cluster_layer = { "topics.cluster", NP_TARGET_CORPUS,
                                                  "topics across the corpus", corpus_cluster_features };
static const NpLayerSpec trend_layer = { "topics.trend", NP_TARGET_CORPUS,
                                         "how often each corpus topic appears per period (dated units only)",
                                         trend_features };
static const NpLayerSpec *const document_provides[] = { &cluster_layer, NULL };
static const NpLayerSpec *const corpus_provides[] = { &corpus_cluster_layer, &trend_layer, NULL };

static const NpOptionSpec options[] = {
  { "k", NP_OPTION_INT, "0", "topics per document; 0 = choose", "0:1000" },
  { "corpus_k", NP_OPTION_INT, "0", "corpus topics; 0 = choose", "0:100000" },
  { "max_k", NP_OPTION_INT, "0", "largest number of corpus topics considered when choosing; 0 = automatic",
    "0:100000" },
  { "seed", NP_OPTION_INT, "1", "random seed: same seed and input, same topics", "0:" },
  { "unit", NP_OPTION_ENUM, "document", "what the corpus stage clusters", "document|section" },
  { "period", NP_OPTION_ENUM, "month", "granularity of topics.trend", "month|quarter" },
  { "dims", NP_OPTION_INT, "50", "LSA dimensions", "2:1000" },
  { "restarts", NP_OPTION_INT, "8", "k-means restarts (the best is kept)", "1:100" },
  { "terms", NP_OPTION_INT, "8", "terms listed per topic", "1:50" },
  { NULL },
};

/* the speakers plugin's marks, when it runs (tp-people.c) */
static const char *const uses[] = { "speakers.turn", NULL };

static const NpStage stages[] = {
  {
    .name = "items",
    .kind = NP_STAGE_DOCUMENT,
    .provides = document_provides,
    .uses = uses,
    .instance_new = topics_new,
    .instance_free = topics_free,
    .process = topics_process,
  },
  {
    .name = "corpus",
    .kind = NP_STAGE_CORPUS,
    .provides = corpus_provides,
    .uses = uses,
    .instance_new = tp_corpus_new,
    .instance_free = tp_corpus_free,
    .corpus_add = tp_corpus_add,
    .corpus_save = tp_corpus_save,
    .corpus_merge = tp_corpus_merge,
    .corpus_end = tp_corpus_end,
  },
};

static const NpPluginDescriptor descriptor = {
  .abi_version = NP_PLUGIN_ABI_VERSION,
  .api_minor = NP_PLUGIN_API_MINOR,
  .name = "topics",
  .version = "1.0",
  .summary = "topics of a document's items and of a corpus, with labels and trends",
  .license = "MIT",
  .options = options,
  .stages = stages,
  .n_stages = G_N_ELEMENTS (stages),
  .summarize = topics_summarize,
};

NP_PLUGIN_DEFINE (topics, descriptor)
