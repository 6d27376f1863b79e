/* testcount.c: a small plugin for the batch tests, with the shapes batch
 * must store and merge generically:
 *  - testcount.words (document target): words and items of the document;
 *  - testcount.turn (item target): speakers of items written "[name] ...",
 *    a string list like speakers.turn, for `search --speaker`;
 *  - testcount.total (corpus): documents, words, and the five words found
 *    in most documents, from a mergeable state (counts and document
 *    frequencies), so shard + merge must equal one run;
 *  - testcount.state (corpus, internal): the distinct words, for
 *    --internal-layers.
 * Options make it fail on purpose (fail_on) or slow (delay_ms) for the
 * failure, kill and interrupt tests. */
#include <string.h>

#include <notepipe/notepipe.h>

typedef struct
{
  char *fail_on;
  gint64 delay_ms;
} Count;

typedef struct
{
  gint64 documents, words;
  GHashTable *df; /* word -> documents containing it (gint64 in pointer) */
} Total;

static gpointer
count_new (const NpOptions *options, GError **error)
{
  Count *c = g_new0 (Count, 1);
  c->fail_on = g_strdup (np_options_get_string (options, "fail_on"));
  c->delay_ms = np_options_get_int (options, "delay_ms");
  return c;
}

static void
count_free (gpointer instance)
{
  Count *c = instance;
  g_free (c->fail_on);
  g_free (c);
}

static gboolean
is_word (const NpToken *t)
{
  return t->kind == NP_TOKEN_WORD || t->kind == NP_TOKEN_IDENT || t->kind == NP_TOKEN_NUMBER
         || t->kind == NP_TOKEN_VERSION;
}

static gboolean
count_process (gpointer instance, NpDocument *doc, GError **error)
{
  Count *c = instance;
  if (c->delay_ms > 0)
    g_usleep (c->delay_ms * 1000);
  gsize len;
  const char *text = np_document_get_text (doc, &len);
  if (c->fail_on && *c->fail_on && strstr (text, c->fail_on))
    {
      g_set_error (error, NP_PLUGIN_ERROR, NP_PLUGIN_ERROR_INPUT, "found '%s' (fail_on)", c->fail_on);
      return FALSE;
    }
  NpLayer *words = np_document_get_layer_for_write (doc, "testcount.words", error);
  NpLayer *turns = np_document_get_layer_for_write (doc, "testcount.turn", error);
  if (!words || !turns)
    return FALSE;
  guint n_tokens, n_items;
  const NpToken *tokens = np_document_get_tokens (doc, &n_tokens);
  np_document_get_items (doc, &n_items);
  gint64 n = 0;
  for (guint i = 0; i < n_tokens; i++)
    n += is_word (&tokens[i]);
  NpAnnotation *a = np_layer_append (words, 0);
  np_annotation_set_int (a, "words", n);
  np_annotation_set_int (a, "items", n_items);
  np_annotation_set_double (a, "ratio", n_items ? (double) n / n_items : 0.0);
  for (guint i = 0; i < n_items; i++)
    {
      gsize il;
      const char *t = np_document_peek_item_text (doc, i, &il);
      const char *close = il > 2 && t[0] == '[' ? memchr (t, ']', il) : NULL;
      if (!close)
        continue;
      g_autofree char *inside = g_strndup (t + 1, close - t - 1);
      g_auto (GStrv) names = g_strsplit (inside, "&", -1);
      for (char **p = names; *p; p++)
        g_strstrip (*p);
      NpAnnotation *turn = np_layer_append (turns, i);
      np_annotation_set_strv (turn, "speakers", (const char *const *) names, -1);
      /* "[?name]": a guess, its explicit flag left unset (NULL in a table) */
      if (names[0][0] != '?')
        np_annotation_set_bool (turn, "explicit", TRUE);
    }
  return TRUE;
}

static gpointer
total_new (const NpOptions *options, GError **error)
{
  Total *t = g_new0 (Total, 1);
  t->df = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return t;
}

static void
total_free (gpointer instance)
{
  Total *t = instance;
  g_hash_table_destroy (t->df);
  g_free (t);
}

static void
df_add (Total *t, const char *word, gint64 n)
{
  gpointer old = g_hash_table_lookup (t->df, word);
  g_hash_table_replace (t->df, g_strdup (word), GINT_TO_POINTER (GPOINTER_TO_INT (old) + (int) n));
}

static gboolean
total_add (gpointer instance, const NpDocument *doc, GError **error)
{
  Total *t = instance;
  const NpLayer *l = np_document_get_layer (doc, "testcount.words");
  t->documents++;
  t->words += np_annotation_get_int (np_layer_get_annotation (l, 0), "words", 0);
  guint n;
  const NpToken *tokens = np_document_get_tokens (doc, &n);
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n; i++)
    if (tokens[i].kind == NP_TOKEN_WORD && !(tokens[i].flags & NP_TOKEN_STOPWORD))
      g_hash_table_add (seen, (gpointer) np_document_string (doc, tokens[i].norm));
  GHashTableIter it;
  gpointer key;
  g_hash_table_iter_init (&it, seen);
  while (g_hash_table_iter_next (&it, &key, NULL))
    df_add (t, key, 1);
  return TRUE;
}

static GVariant *
total_save (gpointer instance)
{
  Total *t = instance;
  GVariantBuilder df;
  g_variant_builder_init (&df, G_VARIANT_TYPE ("a{sx}"));
  GHashTableIter it;
  gpointer key, value;
  g_hash_table_iter_init (&it, t->df);
  while (g_hash_table_iter_next (&it, &key, &value))
    g_variant_builder_add (&df, "{sx}", key, (gint64) GPOINTER_TO_INT (value));
  return g_variant_new ("(xxa{sx})", t->documents, t->words, &df);
}

static gboolean
total_merge (gpointer instance, GVariant *state, GError **error)
{
  Total *t = instance;
  if (!g_variant_is_of_type (state, G_VARIANT_TYPE ("(xxa{sx})")))
    {
      g_set_error (error, NP_PLUGIN_ERROR, NP_PLUGIN_ERROR_FAILED, "bad state type %s",
                   g_variant_get_type_string (state));
      return FALSE;
    }
  gint64 documents, words;
  GVariantIter *df;
  g_variant_get (state, "(xxa{sx})", &documents, &words, &df);
  t->documents += documents;
  t->words += words;
  const char *word;
  gint64 n;
  while (g_variant_iter_next (df, "{&sx}", &word, &n))
    df_add (t, word, n);
  g_variant_iter_free (df);
  return TRUE;
}

static int
by_df (gconstpointer a, gconstpointer b, gpointer data)
{
  GHashTable *df = data;
  const char *x = *(const char *const *) a, *y = *(const char *const *) b;
  int nx = GPOINTER_TO_INT (g_hash_table_lookup (df, x)), ny = GPOINTER_TO_INT (g_hash_table_lookup (df, y));
  return nx != ny ? ny - nx : strcmp (x, y);
}

static gboolean
total_end (gpointer instance, NpCorpus *corpus, GError **error)
{
  Total *t = instance;
  NpLayer *l = np_corpus_get_layer_for_write (corpus, "testcount.total", error);
  if (!l)
    return FALSE;
  guint n;
  g_autofree const char **words = (const char **) g_hash_table_get_keys_as_array (t->df, &n);
  g_qsort_with_data (words, n, sizeof *words, by_df, t->df);
  NpAnnotation *a = np_layer_append (l, 0);
  np_annotation_set_int (a, "documents", t->documents);
  np_annotation_set_int (a, "words", t->words);
  np_annotation_set_int (a, "corpus_documents", np_corpus_get_n_documents (corpus));
  np_annotation_set_strv (a, "top", words, MIN (n, 5));
  NpLayer *state = np_corpus_get_layer_for_write (corpus, "testcount.state", error);
  if (!state)
    return FALSE;
  np_annotation_set_int (np_layer_append (state, 0), "distinct_words", n);
  return TRUE;
}

static const NpFeatureSpec words_features[] = {
  { "words", NP_VALUE_INT, 0, "word tokens" },
  { "items", NP_VALUE_INT, 0, "items" },
  { "ratio", NP_VALUE_DOUBLE, 0, "words per item" },
  { NULL },
};
static const NpFeatureSpec turn_features[] = {
  { "speakers", NP_VALUE_STRING_LIST, 0, "names inside the leading [brackets]" },
  { "explicit", NP_VALUE_BOOL, NP_FEATURE_OPTIONAL, "true, unset for a guess (\"[?name]\")" },
  { NULL },
};
static const NpFeatureSpec total_features[] = {
  { "documents", NP_VALUE_INT, 0, "documents counted" },
  { "words", NP_VALUE_INT, 0, "words in all documents" },
  { "corpus_documents", NP_VALUE_INT, 0, "documents the corpus run saw, failed ones included" },
  { "top", NP_VALUE_STRING_LIST, 0, "five words in most documents" },
  { NULL },
};
static const NpFeatureSpec state_features[] = {
  { "distinct_words", NP_VALUE_INT, 0, "distinct words in all documents" },
  { NULL },
};
static const NpLayerSpec words_layer = { "testcount.words", NP_TARGET_DOCUMENT, "word count", words_features };
static const NpLayerSpec turn_layer = { "testcount.turn", NP_TARGET_ITEM, "bracketed speakers", turn_features };
static const NpLayerSpec total_layer = { "testcount.total", NP_TARGET_CORPUS, "corpus totals", total_features };
static const NpLayerSpec *const count_provides[] = { &words_layer, &turn_layer, NULL };
/* an internal corpus layer: in the store, in JSONL only with --internal-layers */
static const NpLayerSpec state_layer = { "testcount.state", NP_TARGET_CORPUS, "working state", state_features,
                                         NP_LAYER_INTERNAL };
static const NpLayerSpec *const total_provides[] = { &total_layer, &state_layer, NULL };
static const char *const total_requires[] = { "testcount.words", NULL };

static const NpOptionSpec options[] = {
  { "fail_on", NP_OPTION_STRING, NULL, "fail documents containing this text", NULL },
  { "delay_ms", NP_OPTION_INT, "0", "sleep this long per document", "0:10000" },
  { NULL },
};

static const NpStage stages[] = {
  { .name = "count", .kind = NP_STAGE_DOCUMENT, .provides = count_provides, .instance_new = count_new,
    .instance_free = count_free, .process = count_process },
  { .name = "total", .kind = NP_STAGE_CORPUS, .requires = total_requires, .provides = total_provides,
    .instance_new = total_new, .instance_free = total_free, .corpus_add = total_add, .corpus_save = total_save,
    .corpus_merge = total_merge, .corpus_end = total_end },
};

static const NpPluginDescriptor descriptor = {
  .abi_version = NP_PLUGIN_ABI_VERSION,
  .api_minor = NP_PLUGIN_API_MINOR,
  .name = "testcount",
  .version = "1.0",
  .summary = "word counts and a mergeable corpus total (batch tests only)",
  .license = "MIT",
  .options = options,
  .stages = stages,
  .n_stages = G_N_ELEMENTS (stages),
};

NP_PLUGIN_DEFINE (testcount, descriptor)
