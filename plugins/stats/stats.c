/* stats.c: the smallest real plugin: item, sentence and word counts for
 * the document and each section.
 *
 * It exists to prove the plugin path end to end and to show the shape
 * every plugin has: a static descriptor, declared options, one stage with
 * a layer schema, an instance per worker thread, no global state. */
#include <string.h>

#include <notepipe/notepipe.h>

typedef struct
{
  gboolean content_only; /* count words that are not stopwords */
  gint64 min_words;      /* sections with fewer words are not reported */
} Stats;

static gpointer
stats_new (const NpOptions *options, GError **error)
{
  Stats *s = g_new0 (Stats, 1);
  s->content_only = np_options_get_bool (options, "content_words");
  s->min_words = np_options_get_int (options, "min_words");
  return s;
}

static void
stats_free (gpointer instance)
{
  g_free (instance);
}

static guint
count_words (const Stats *s, const NpItem *it, const NpToken *tokens)
{
  if (!s->content_only)
    return it->n_words;
  guint first = it->token_first, n = it->token_count;
  guint words = 0;
  for (guint k = first; k < first + n; k++)
    if (NP_TOKEN_KIND_IS_WORD (tokens[k].kind) && !(tokens[k].flags & NP_TOKEN_STOPWORD))
      words++;
  return words;
}

static gboolean
stats_process (gpointer instance, NpDocument *doc, GError **error)
{
  Stats *s = instance;
  guint n_items, n_sections, n_tokens;
  const NpItem *items = np_document_get_items (doc, &n_items);
  const NpSection *sections = np_document_get_sections (doc, &n_sections);
  const NpToken *tokens = np_document_get_tokens (doc, &n_tokens);

  NpLayer *doc_layer = np_document_get_layer_for_write (doc, "stats.document", error);
  NpLayer *sec_layer = np_document_get_layer_for_write (doc, "stats.section", error);
  if (!doc_layer || !sec_layer)
    return FALSE;

  /* per-item word counts, summed over section ranges */
  g_autofree guint *item_words = g_new0 (guint, n_items + 1);
  guint total_words = 0, sentences = 0;
  for (guint i = 0; i < n_items; i++)
    {
      item_words[i] = count_words (s, &items[i], tokens);
      total_words += item_words[i];
      sentences += items[i].sentence_count;
    }
  NpAnnotation *a = np_layer_append (doc_layer, 0);
  np_annotation_set_int (a, "items", n_items);
  np_annotation_set_int (a, "sections", n_sections);
  np_annotation_set_int (a, "sentences", sentences);
  np_annotation_set_int (a, "words", total_words);
  np_annotation_set_int (a, "tokens", n_tokens);

  for (guint i = 0; i < n_sections; i++)
    {
      const NpSection *sec = &sections[i];
      guint words = 0, own = 0;
      for (guint k = sec->item_first; k < sec->item_first + sec->item_count; k++)
        {
          words += item_words[k];
          own += items[k].section == (gint32) i;
        }
      if (words < s->min_words)
        continue;
      NpAnnotation *sa = np_layer_append (sec_layer, i);
      np_annotation_set_int (sa, "items", sec->item_count);
      np_annotation_set_int (sa, "own_items", own);
      np_annotation_set_int (sa, "words", words);
    }
  return TRUE;
}

static void
stats_summarize (const NpDocument *doc, NpSummary *summary)
{
  const NpLayer *dl = np_document_get_layer (doc, "stats.document");
  const NpLayer *sl = np_document_get_layer (doc, "stats.section");
  if (!dl || np_layer_get_size (dl) == 0)
    return;
  const NpAnnotation *a = np_layer_get_annotation (dl, 0);
  gint64 n_items = np_annotation_get_int (a, "items", 0), n_secs = np_annotation_get_int (a, "sections", 0),
         n_sentences = np_annotation_get_int (a, "sentences", 0), n_words = np_annotation_get_int (a, "words", 0);
  np_summary_add_line (summary,
                       "%" G_GINT64_FORMAT " item%s in %" G_GINT64_FORMAT " section%s, %" G_GINT64_FORMAT
                       " sentence%s, %" G_GINT64_FORMAT " word%s",
                       n_items, n_items == 1 ? "" : "s", n_secs, n_secs == 1 ? "" : "s", n_sentences,
                       n_sentences == 1 ? "" : "s", n_words, n_words == 1 ? "" : "s");
  if (!sl || np_layer_get_size (sl) == 0)
    return;
  guint n_sections;
  const NpSection *sections = np_document_get_sections (doc, &n_sections);
  static const char *const columns[] = { "section", "items>", "words>", NULL };
  NpSummaryTable *t = np_summary_add_table (summary, "Words per section", columns);
  for (guint i = 0; i < np_layer_get_size (sl); i++)
    {
      const NpAnnotation *sa = np_layer_get_annotation (sl, i);
      guint32 id = np_annotation_get_target (sa);
      g_autofree char *items = g_strdup_printf ("%" G_GINT64_FORMAT, np_annotation_get_int (sa, "items", 0));
      g_autofree char *words = g_strdup_printf ("%" G_GINT64_FORMAT, np_annotation_get_int (sa, "words", 0));
      const char *cells[] = { id < n_sections ? sections[id].title : "?", items, words, NULL };
      np_summary_table_add_row (t, cells);
    }
}

static const NpFeatureSpec document_features[] = {
  { "items", NP_VALUE_INT, 0, "items (bullets, paragraphs, rows, code blocks)" },
  { "sections", NP_VALUE_INT, 0, "sections" },
  { "sentences", NP_VALUE_INT, 0, "sentences" },
  { "words", NP_VALUE_INT, 0, "words (or content words with content_words=true)" },
  { "tokens", NP_VALUE_INT, 0, "all tokens, punctuation included" },
  { NULL },
};

static const NpFeatureSpec section_features[] = {
  { "items", NP_VALUE_INT, 0, "items in the section and its subsections" },
  { "own_items", NP_VALUE_INT, 0, "items directly in the section" },
  { "words", NP_VALUE_INT, 0, "words in the section and its subsections" },
  { NULL },
};

static const NpLayerSpec document_layer = { "stats.document", NP_TARGET_DOCUMENT, "counts for the whole document",
                                            document_features };
static const NpLayerSpec section_layer = { "stats.section", NP_TARGET_SECTION, "counts for each section",
                                           section_features };
static const NpLayerSpec *const provides[] = { &document_layer, &section_layer, NULL };

static const NpOptionSpec options[] = {
  { "content_words", NP_OPTION_BOOL, "false", "count only words that are not stopwords", NULL },
  { "min_words", NP_OPTION_INT, "0", "leave out sections with fewer words", "0:" },
  { NULL },
};

static const NpStage stages[] = {
  {
    .name = "count",
    .kind = NP_STAGE_DOCUMENT,
    .provides = provides,
    .instance_new = stats_new,
    .instance_free = stats_free,
    .process = stats_process,
  },
};

static const NpPluginDescriptor descriptor = {
  .abi_version = NP_PLUGIN_ABI_VERSION,
  .api_minor = NP_PLUGIN_API_MINOR,
  .name = "stats",
  .version = "1.0",
  .summary = "item, sentence and word counts per document and section",
  .license = "MIT",
  .options = options,
  .stages = stages,
  .n_stages = G_N_ELEMENTS (stages),
  .summarize = stats_summarize,
};

NP_PLUGIN_DEFINE (stats, descriptor)
