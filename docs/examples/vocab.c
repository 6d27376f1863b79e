/* vocab.c: the corpus-stage example of docs/plugin-guide.md: in how many
 * documents of a batch each word stem occurs, the most frequent written as
 * the corpus layer vocab.term.
 *
 * A corpus stage sees every document once, in input order, on one thread
 * (corpus_add); keeps only compact state (a count per stem, never the
 * documents); can save that state and merge saved states so that shards
 * processed apart can be combined (corpus_save, corpus_merge); and writes
 * its layers at the end (corpus_end). */
#include <string.h>

#include <notepipe/notepipe.h>

/* [guide:corpus-state] */
typedef struct
{
  gint64 top;          /* option top */
  GHashTable *df;      /* stem (owned) -> documents containing it */
} Vocab;

static gpointer
vocab_new (const NpOptions *options, GError **error)
{
  Vocab *v = g_new0 (Vocab, 1);
  v->top = np_options_get_int (options, "top");
  v->df = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return v;
}

static void
vocab_free (gpointer instance)
{
  Vocab *v = instance;
  g_hash_table_destroy (v->df);
  g_free (v);
}

static void
count (Vocab *v, const char *stem, guint n)
{
  gpointer old = NULL;
  if (g_hash_table_lookup_extended (v->df, stem, NULL, &old))
    g_hash_table_insert (v->df, g_strdup (stem), GUINT_TO_POINTER (GPOINTER_TO_UINT (old) + n));
  else
    g_hash_table_insert (v->df, g_strdup (stem), GUINT_TO_POINTER (n));
}
/* [/guide:corpus-state] */

/* [guide:corpus-add] */
static gboolean
vocab_add (gpointer instance, const NpDocument *doc, GError **error)
{
  Vocab *v = instance;
  guint n_tokens;
  const NpToken *tokens = np_document_get_tokens (doc, &n_tokens);
  /* each stem once per document: ids are interned per document */
  g_autoptr (GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint t = 0; t < n_tokens; t++)
    if (tokens[t].kind == NP_TOKEN_WORD && !(tokens[t].flags & NP_TOKEN_STOPWORD)
        && g_hash_table_add (seen, GUINT_TO_POINTER (tokens[t].stem)))
      count (v, np_document_string (doc, tokens[t].stem), 1);
  return TRUE;
}
/* [/guide:corpus-add] */

/* [guide:corpus-shards] */
/* The partial state of a shard, as a GVariant of type a{su} */
static GVariant *
vocab_save (gpointer instance)
{
  Vocab *v = instance;
  GVariantBuilder b;
  g_variant_builder_init (&b, G_VARIANT_TYPE ("a{su}"));
  GHashTableIter it;
  gpointer stem, n;
  g_hash_table_iter_init (&it, v->df);
  while (g_hash_table_iter_next (&it, &stem, &n))
    g_variant_builder_add (&b, "{su}", (const char *) stem, GPOINTER_TO_UINT (n));
  return g_variant_builder_end (&b);
}

static gboolean
vocab_merge (gpointer instance, GVariant *state, GError **error)
{
  if (!g_variant_is_of_type (state, G_VARIANT_TYPE ("a{su}")))
    {
      g_set_error (error, NP_PLUGIN_ERROR, NP_PLUGIN_ERROR_FAILED, "saved state of type %s, expected a{su}",
                   g_variant_get_type_string (state));
      return FALSE;
    }
  GVariantIter it;
  const char *stem;
  guint32 n;
  g_variant_iter_init (&it, state);
  while (g_variant_iter_next (&it, "{&su}", &stem, &n))
    count (instance, stem, n);
  return TRUE;
}
/* [/guide:corpus-shards] */

/* [guide:corpus-end] */
static gint
by_count (gconstpointer a, gconstpointer b, gpointer df)
{
  guint na = GPOINTER_TO_UINT (g_hash_table_lookup (df, *(const char *const *) a));
  guint nb = GPOINTER_TO_UINT (g_hash_table_lookup (df, *(const char *const *) b));
  return na != nb ? (na > nb ? -1 : 1) : strcmp (*(const char *const *) a, *(const char *const *) b);
}

static gboolean
vocab_end (gpointer instance, NpCorpus *corpus, GError **error)
{
  Vocab *v = instance;
  NpLayer *layer = np_corpus_get_layer_for_write (corpus, "vocab.term", error);
  if (!layer)
    return FALSE;
  guint n;
  g_autofree gpointer *stems = g_hash_table_get_keys_as_array (v->df, &n);
  g_qsort_with_data (stems, n, sizeof (gpointer), by_count, v->df);
  for (guint i = 0; i < n && i < v->top; i++)
    {
      const char *stem = stems[i];
      NpAnnotation *a = np_layer_append (layer, 0); /* corpus layers have no target */
      np_annotation_set_string (a, "stem", stem);
      np_annotation_set_int (a, "documents", GPOINTER_TO_UINT (g_hash_table_lookup (v->df, stem)));
      np_annotation_set_double (a, "share", (double) GPOINTER_TO_UINT (g_hash_table_lookup (v->df, stem))
                                                / MAX (1, np_corpus_get_n_documents (corpus)));
    }
  return TRUE;
}
/* [/guide:corpus-end] */

/* [guide:corpus-descriptor] */
static const NpFeatureSpec term_features[] = {
  { "stem", NP_VALUE_STRING, 0, "Snowball stem" },
  { "documents", NP_VALUE_INT, 0, "documents containing it" },
  { "share", NP_VALUE_DOUBLE, 0, "documents containing it / documents" },
  { NULL },
};
static const NpLayerSpec term_layer = { "vocab.term", NP_TARGET_CORPUS, "the most widespread stems", term_features };
static const NpLayerSpec *const provides[] = { &term_layer, NULL };

static const NpOptionSpec options[] = {
  { "top", NP_OPTION_INT, "20", "how many stems to report", "1:" },
  { NULL },
};

static const NpStage stages[] = {
  {
    .name = "count",
    .kind = NP_STAGE_CORPUS,
    .provides = provides,
    .instance_new = vocab_new,
    .instance_free = vocab_free,
    .corpus_add = vocab_add,
    .corpus_save = vocab_save,   /* optional: NULL means not shardable */
    .corpus_merge = vocab_merge,
    .corpus_end = vocab_end,
  },
};
/* [/guide:corpus-descriptor] */

static const NpPluginDescriptor descriptor = {
  .abi_version = NP_PLUGIN_ABI_VERSION,
  .api_minor = NP_PLUGIN_API_MINOR,
  .name = "vocab",
  .version = "1.0",
  .summary = "in how many documents each stem occurs (corpus stage example)",
  .license = "MIT",
  .options = options,
  .stages = stages,
  .n_stages = G_N_ELEMENTS (stages),
};

NP_PLUGIN_DEFINE (vocab, descriptor)
