/* plugin.c: the keywords plugin's descriptor, options, document stage and
 * text summary.
 *
 * The document stage ranks keyphrases for the whole document, each
 * section and each speaker (when the speakers plugin ran: its
 * speakers.turn layer says who wrote which items) and writes them to
 * keywords.phrase, ranks per scope instance.  The corpus stage
 * (corpus.c) adds document frequencies and corpus-wide phrases. */
#include <math.h>
#include <string.h>

#include "keywords.h"

#define SCORE_STEPS 10000 /* scores are relative and shown with 4 decimals */

typedef struct
{
  KwConfig config;
  KwExtractor *ex;
  guint keep;                /* candidates for the corpus stage (keywords.candidates) */
  GVariant *scope_values[3]; /* "document", "section", "speaker", shared by annotations */
  GVariant **rank_values;    /* 1 .. top, shared by annotations */
  GVariant **score_values;   /* 0.0000 .. 1.0000 by steps of 1e-4 (SCORE_STEPS + 1), made when first used */
  guint *steps;              /* scratch: the score steps of a scope's phrases (top at most) */
  GString *terms;            /* scratch: the document's word keys */
  GString *texts, *keys;     /* scratch: candidates' strings */
  GArray *weights;           /* scratch: candidates' weights and priors */
  GPtrArray *strv;           /* scratch: strings made values together (kw_variant_new_strings) */
  GPtrArray *values;         /* scratch: their values */
  GArray *lens;              /* scratch: their lengths (gsize) */
  GVariant *type_anchor;     /* an empty "ad": keeps GLib's type info of the weights alive (see variant.c) */
} Keywords;

enum
{
  SCOPE_DOCUMENT,
  SCOPE_SECTION,
  SCOPE_SPEAKER,
};

/* Options ------------------------------------------------------------ */

static gboolean
load_stopwords (GHashTable *set, const char *path, GError **error)
{
  g_autofree char *data = NULL;
  gsize len;
  if (!g_file_get_contents (path, &data, &len, error))
    return FALSE;
  if (!g_utf8_validate (data, len, NULL))
    {
      g_set_error (error, NP_PLUGIN_ERROR, NP_PLUGIN_ERROR_FAILED, "stopwords file %s is not UTF-8", path);
      return FALSE;
    }
  g_auto (GStrv) lines = g_strsplit (data, "\n", -1);
  for (char **l = lines; *l; l++)
    {
      char *hash = strchr (*l, '#');
      if (hash)
        *hash = '\0';
      g_auto (GStrv) words = g_strsplit_set (g_strstrip (*l), " \t\r,", -1);
      for (char **w = words; *w; w++)
        if (**w)
          g_hash_table_add (set, g_utf8_casefold (*w, -1));
    }
  return TRUE;
}

gboolean
kw_config_init (KwConfig *config, const NpOptions *options, GError **error)
{
  memset (config, 0, sizeof *config);
  config->top = (guint) np_options_get_int (options, "top");
  config->max_words = (guint) np_options_get_int (options, "max_words");
  const char *const *scopes = np_options_get_list (options, "scopes");
  for (const char *const *s = scopes; s && *s; s++)
    {
      if (strcmp (*s, "document") == 0)
        config->scopes |= KW_SCOPE_DOCUMENT;
      else if (strcmp (*s, "section") == 0)
        config->scopes |= KW_SCOPE_SECTION;
      else if (strcmp (*s, "speaker") == 0)
        config->scopes |= KW_SCOPE_SPEAKER;
    }
  kw_lexicon_init (&config->lexicon);
  config->stopwords = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  kw_stoplist_add_to (config->stopwords);
  const char *path = np_options_get_string (options, "stopwords");
  if (path && *path)
    {
      if (!load_stopwords (config->stopwords, path, error))
        {
          kw_config_clear (config);
          return FALSE;
        }
    }
  kw_lexicon_mark_stop (&config->lexicon, config->stopwords);
  return TRUE;
}

void
kw_config_clear (KwConfig *config)
{
  g_clear_pointer (&config->stopwords, g_hash_table_destroy);
  kw_lexicon_clear (&config->lexicon);
}

/* Document stage ----------------------------------------------------- */

static gpointer
keywords_new (const NpOptions *options, GError **error)
{
  Keywords *k = g_new0 (Keywords, 1);
  if (!kw_config_init (&k->config, options, error))
    {
      g_free (k);
      return NULL;
    }
  k->ex = kw_extractor_new (&k->config);
  k->keep = kw_corpus_keep (k->config.top);
  static const char *const names[] = { "document", "section", "speaker" };
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    k->scope_values[i] = g_variant_ref_sink (g_variant_new_string (names[i]));
  k->rank_values = g_new0 (GVariant *, k->config.top);
  k->score_values = g_new0 (GVariant *, SCORE_STEPS + 1);
  k->steps = g_new (guint, MAX (k->config.top, 1));
  k->terms = g_string_sized_new (1024);
  k->texts = g_string_sized_new (512);
  k->keys = g_string_sized_new (512);
  k->weights = g_array_new (FALSE, FALSE, sizeof (double));
  k->strv = g_ptr_array_new ();
  k->values = g_ptr_array_new ();
  k->lens = g_array_new (FALSE, FALSE, sizeof (gsize));
  k->type_anchor = g_variant_ref_sink (kw_variant_new_doubles (NULL, 0));
  return k;
}

static void
keywords_free (gpointer instance)
{
  Keywords *k = instance;
  for (guint i = 0; i < G_N_ELEMENTS (k->scope_values); i++)
    g_variant_unref (k->scope_values[i]);
  for (guint i = 0; i < k->config.top; i++)
    if (k->rank_values[i])
      g_variant_unref (k->rank_values[i]);
  g_free (k->rank_values);
  for (guint i = 0; i <= SCORE_STEPS; i++)
    if (k->score_values[i])
      g_variant_unref (k->score_values[i]);
  g_free (k->score_values);
  g_free (k->steps);
  g_string_free (k->terms, TRUE);
  g_string_free (k->texts, TRUE);
  g_string_free (k->keys, TRUE);
  g_array_free (k->weights, TRUE);
  g_ptr_array_free (k->strv, TRUE);
  g_ptr_array_free (k->values, TRUE);
  g_array_free (k->lens, TRUE);
  g_variant_unref (k->type_anchor);
  kw_extractor_free (k->ex);
  kw_config_clear (&k->config);
  g_free (k);
}

/* Positions of the features in phrase_features and candidate_features
 * (below): values are set by index, without a search by name */
enum
{
  PH_SCOPE,
  PH_SECTION,
  PH_SPEAKER,
  PH_TEXT,
  PH_SCORE,
  PH_RANK
};
enum
{
  CA_TEXTS,
  CA_KEYS,
  CA_WEIGHTS,
  CA_TERMS
};

/* Scores are shown relative to the scope's best phrase: 1 for the first.
 * Values that repeat (scope, rank, section, speaker) are made once and
 * shared by reference: a GVariant costs more than the rest of a record.
 * The texts are made together, in one buffer (variant.c). */
static void
write_phrases (Keywords *k, NpLayer *layer, const KwPhrase *p, guint n, guint scope, gint64 section,
               const char *speaker)
{
  g_autoptr (GVariant) section_value = section >= 0 ? g_variant_ref_sink (g_variant_new_int64 (section)) : NULL;
  g_autoptr (GVariant) speaker_value = speaker && g_utf8_validate (speaker, -1, NULL)
                                           ? g_variant_ref_sink (g_variant_new_string (speaker))
                                           : NULL;
  if (n == 0)
    return;
  /* The score values are shared by reference, made when first used: of
   * up to 10,001 values, a scope's are mostly not in cache, and taking a
   * reference is an atomic write to the value.  Their slots are asked
   * for, then the values (for a write), while the texts are made. */
  guint *steps = k->steps;
  for (guint i = 0; i < n; i++)
    {
      double rel = p[i].score / p[0].score;
      steps[i] = rel >= 1.0 ? SCORE_STEPS : rel > 0.0 ? (guint) round (rel * SCORE_STEPS) : 0;
      KW_PREFETCH (&k->score_values[steps[i]]);
    }
  for (guint i = 0; i < n; i++)
    {
      const char *v = (const char *) k->score_values[steps[i]];
      if (v)
        {
          KW_PREFETCH_WRITE (v);
          KW_PREFETCH_WRITE (v + 56); /* the reference count, if the value spans two lines */
        }
    }
  g_ptr_array_set_size (k->strv, n);
  g_array_set_size (k->lens, n);
  gsize *lens = (gsize *) (gpointer) k->lens->data;
  for (guint i = 0; i < n; i++)
    {
      k->strv->pdata[i] = (gpointer) p[i].text;
      lens[i] = p[i].text_len;
    }
  g_ptr_array_set_size (k->values, n);
  GVariant **texts = (GVariant **) k->values->pdata;
  kw_variant_new_strings_len ((const char *const *) k->strv->pdata, lens, n, texts);
  for (guint i = 0; i < n; i++)
    {
      NpAnnotation *a = np_layer_append (layer, 0);
      np_annotation_set_index (a, PH_SCOPE, g_variant_ref (k->scope_values[scope]));
      if (section_value)
        np_annotation_set_index (a, PH_SECTION, g_variant_ref (section_value));
      if (speaker_value)
        np_annotation_set_index (a, PH_SPEAKER, g_variant_ref (speaker_value));
      np_annotation_set_index (a, PH_TEXT, texts[i]);
      guint step = steps[i];
      if (!k->score_values[step])
        k->score_values[step] = g_variant_ref_sink (g_variant_new_double ((double) step / SCORE_STEPS));
      np_annotation_set_index (a, PH_SCORE, g_variant_ref (k->score_values[step]));
      if (!k->rank_values[i])
        k->rank_values[i] = g_variant_ref_sink (g_variant_new_int64 (i + 1));
      np_annotation_set_index (a, PH_RANK, g_variant_ref (k->rank_values[i]));
    }
}

/* The corpus stage's input (corpus.c): the document's best candidates,
 * more than it shows, with their document-level weights, and the keys of
 * its words, for document frequencies.  Texts and keys are joined by
 * newlines (a phrase never holds one) and the words by spaces: one string
 * each costs far less to build and to read than a list of strings.  Call
 * right after the document scope's extraction. */
static void
write_candidates (Keywords *k, NpLayer *layer, const KwPhrase *p, guint n)
{
  GString *texts = k->texts, *keys = k->keys;
  g_string_truncate (texts, 0);
  g_string_truncate (keys, 0);
  g_array_set_size (k->weights, 2 * n);
  double *w = (double *) (gpointer) k->weights->data;
  for (guint i = 0; i < n; i++)
    {
      if (i)
        {
          kw_string_append (texts, "\n", 1);
          kw_string_append (keys, "\n", 1);
        }
      kw_string_append (texts, p[i].text, p[i].text_len);
      kw_string_append (keys, p[i].key, p[i].key_len);
      w[2 * i] = p[i].weight;
      w[2 * i + 1] = p[i].prior;
    }
  g_string_truncate (k->terms, 0);
  kw_extractor_append_words (k->ex, k->terms);
  const char *const strings[] = { texts->str, keys->str, k->terms->str };
  const gsize lens[] = { texts->len, keys->len, k->terms->len };
  GVariant *values[G_N_ELEMENTS (strings)];
  kw_variant_new_strings_len (strings, lens, G_N_ELEMENTS (strings), values);
  NpAnnotation *a = np_layer_append (layer, 0);
  np_annotation_set_index (a, CA_TEXTS, values[0]);
  np_annotation_set_index (a, CA_KEYS, values[1]);
  np_annotation_set_index (a, CA_WEIGHTS, kw_variant_new_doubles (w, 2 * n));
  np_annotation_set_index (a, CA_TERMS, values[2]);
}

/* Items of each speaker, speakers in order of first turn. */
static void
speaker_scopes (Keywords *k, const NpDocument *doc, NpLayer *layer)
{
  const NpLayer *turns = np_document_get_layer (doc, KW_SPEAKERS_LAYER);
  if (!turns || np_layer_get_size (turns) == 0)
    return;
  g_autoptr (GHashTable) by_name = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_array_unref);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < np_layer_get_size (turns); i++)
    {
      const NpAnnotation *a = np_layer_get_annotation (turns, i);
      guint32 item = np_annotation_get_target (a);
      gsize n = 0;
      g_autofree const char **who = np_annotation_get_strv (a, "speakers", &n);
      for (gsize j = 0; j < n; j++)
        {
          if (!who[j] || !*who[j] || strcmp (who[j], "UNKNOWN") == 0)
            continue;
          GArray *items = g_hash_table_lookup (by_name, who[j]);
          if (!items)
            {
              char *name = g_strdup (who[j]);
              g_ptr_array_add (names, name);
              items = g_array_new (FALSE, FALSE, sizeof (guint32));
              g_hash_table_insert (by_name, name, items);
            }
          if (items->len == 0 || g_array_index (items, guint32, items->len - 1) != item)
            g_array_append_val (items, item);
        }
    }
  for (guint s = 0; s < names->len; s++)
    {
      const char *name = g_ptr_array_index (names, s);
      GArray *items = g_hash_table_lookup (by_name, name);
      guint n;
      const KwPhrase *p
          = kw_extract_items (k->ex, (const guint32 *) (gconstpointer) items->data, items->len, k->config.top, &n);
      write_phrases (k, layer, p, n, SCOPE_SPEAKER, -1, name);
    }
}

static gboolean
keywords_process (gpointer instance, NpDocument *doc, GError **error)
{
  Keywords *k = instance;
  NpLayer *layer = np_document_get_layer_for_write (doc, KW_LAYER_PHRASE, error);
  if (!layer)
    return FALSE;
  NpLayer *candidates = np_document_get_layer_for_write (doc, KW_LAYER_CANDIDATES, error);
  if (!candidates)
    return FALSE;
  kw_extractor_begin (k->ex, doc);
  guint n;
  const KwPhrase *p = kw_extract_document (k->ex, k->keep, &n);
  if (k->config.scopes & KW_SCOPE_DOCUMENT)
    write_phrases (k, layer, p, MIN (n, k->config.top), SCOPE_DOCUMENT, -1, NULL);
  write_candidates (k, candidates, p, n);
  if (k->config.scopes & KW_SCOPE_SECTION)
    {
      guint n_sections;
      np_document_get_sections (doc, &n_sections);
      for (guint s = 0; s < n_sections; s++)
        {
          const KwPhrase *sp = kw_extract_section (k->ex, s, k->config.top, &n);
          write_phrases (k, layer, sp, n, SCOPE_SECTION, s, NULL);
        }
    }
  if (k->config.scopes & KW_SCOPE_SPEAKER)
    speaker_scopes (k, doc, layer);
  kw_extractor_end (k->ex);
  return TRUE;
}

/* Text view ---------------------------------------------------------- */

static void
keywords_summarize (const NpDocument *doc, NpSummary *summary)
{
  const NpLayer *layer = np_document_get_layer (doc, KW_LAYER_PHRASE);
  if (!layer || np_layer_get_size (layer) == 0)
    return;
  guint n_sections;
  const NpSection *sections = np_document_get_sections (doc, &n_sections);
  g_autoptr (GString) top = g_string_new (NULL);
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  NpSummaryTable *table = NULL, *speakers = NULL;
  GString *cell = NULL;
  gint64 cell_section = -1;
  const char *cell_speaker = NULL;

  for (guint i = 0; i <= np_layer_get_size (layer); i++)
    {
      const NpAnnotation *a = i < np_layer_get_size (layer) ? np_layer_get_annotation (layer, i) : NULL;
      const char *scope = a ? np_annotation_get_string (a, "scope") : NULL;
      gint64 section = a ? np_annotation_get_int (a, "section", -1) : -1;
      const char *speaker = a ? np_annotation_get_string (a, "speaker") : NULL;
      gint64 rank = a ? np_annotation_get_int (a, "rank", 0) : 0;
      /* a new scope instance starts at rank 1: flush the previous row */
      if (cell && (!a || rank == 1))
        {
          if (cell_speaker)
            {
              if (!speakers)
                {
                  static const char *const columns[] = { "speaker", "top keyphrases", NULL };
                  speakers = np_summary_add_table (summary, "Keyphrases per speaker", columns);
                }
              const char *cells[] = { cell_speaker, cell->str, NULL };
              np_summary_table_add_row (speakers, cells);
            }
          else
            {
              if (!table)
                {
                  static const char *const columns[] = { "section", "top keyphrases", NULL };
                  table = np_summary_add_table (summary, "Keyphrases per section", columns);
                }
              const char *title = cell_section >= 0 && (guint) cell_section < n_sections && sections[cell_section].title
                                      ? sections[cell_section].title
                                      : "?";
              const char *cells[] = { title, cell->str, NULL };
              np_summary_table_add_row (table, cells);
            }
          g_string_free (cell, TRUE);
          cell = NULL;
        }
      if (!a || !scope)
        continue;
      const char *text = np_annotation_get_string (a, "text");
      if (strcmp (scope, "document") == 0)
        g_string_append_printf (top, "%s%s", top->len ? ", " : "", text);
      else if (rank <= 3)
        {
          if (!cell)
            {
              cell = g_string_new (NULL);
              cell_section = section;
              cell_speaker = speaker;
            }
          g_string_append_printf (cell, "%s%s", cell->len ? ", " : "", text);
        }
    }
  if (top->len)
    np_summary_add_line (summary, "Keyphrases: %s", top->str);
}

/* Descriptor --------------------------------------------------------- */

static const NpFeatureSpec phrase_features[] = {
  { "scope", NP_VALUE_STRING, 0, "document, section or speaker" },
  { "section", NP_VALUE_INT, NP_FEATURE_OPTIONAL, "section id (scope section)" },
  { "speaker", NP_VALUE_STRING, NP_FEATURE_OPTIONAL, "speaker name as in speakers.turn (scope speaker)" },
  { "text", NP_VALUE_STRING, 0, "the phrase as written in the document (most frequent form)" },
  { "score", NP_VALUE_DOUBLE, 0, "relevance relative to the scope's best phrase (1 = best)" },
  { "rank", NP_VALUE_INT, 0, "1-based rank within the scope instance, best first" },
  { NULL },
};

static const NpFeatureSpec corpus_phrase_features[] = {
  { "scope", NP_VALUE_STRING, 0, "always corpus" },
  { "text", NP_VALUE_STRING, 0, "the phrase, in its most frequent form" },
  { "score", NP_VALUE_DOUBLE, 0, "relevance relative to the best corpus phrase (1 = best)" },
  { "rank", NP_VALUE_INT, 0, "1-based rank, best first" },
  { "documents", NP_VALUE_INT, 0, "documents that rank the phrase among their keyphrases" },
  { NULL },
};

static const NpFeatureSpec corpus_document_features[] = {
  { "source", NP_VALUE_STRING, 0, "the document's source, as in its own record" },
  { "document", NP_VALUE_STRING, 0, "the document's id (SHA-256 of its bytes)" },
  { "texts", NP_VALUE_STRING_LIST, 0, "the document's keyphrases as written, best first" },
  { "scores", NP_VALUE_DOUBLE_LIST, 0, "their relevance with corpus statistics, relative to the best (1 = best)" },
  { NULL },
};

static const NpFeatureSpec candidate_features[] = {
  { "texts", NP_VALUE_STRING, 0, "the document's best candidate phrases (top x 1.5 at most, best first) as written, one a line" },
  { "keys", NP_VALUE_STRING, 0, "their keys (stems, hyphens split, spaces), one a line" },
  { "weights", NP_VALUE_DOUBLE_LIST, 0, "per candidate: its document-level weight, then the general-language prior inside it" },
  { "terms", NP_VALUE_STRING, 0, "the keys of the document's content words, space-separated" },
  { NULL },
};

/* Internal: the corpus stage's working input, not a result for users.  The
 * store keeps it (a resumed batch reads it back), the JSON writers leave it
 * out unless asked (--internal-layers): it was 6-7 MB of the 10.7 MB of
 * JSON lines over 2,500 short files. */
const NpLayerSpec kw_candidates_layer = {
  .name = KW_LAYER_CANDIDATES,
  .target = NP_TARGET_DOCUMENT,
  .help = "the corpus stage's input: each document's candidates and words",
  .features = candidate_features,
  .flags = NP_LAYER_INTERNAL,
};
const NpLayerSpec kw_phrase_layer = { KW_LAYER_PHRASE, NP_TARGET_DOCUMENT,
                                      "ranked keyphrases of the document, each section and each speaker",
                                      phrase_features };
const NpLayerSpec kw_corpus_phrase_layer = { KW_LAYER_PHRASE, NP_TARGET_CORPUS,
                                             "keyphrases of the whole corpus", corpus_phrase_features };
const NpLayerSpec kw_corpus_document_layer = {
  KW_LAYER_DOCUMENT, NP_TARGET_CORPUS,
  "each document's keyphrases re-ranked with corpus statistics (document frequencies)", corpus_document_features
};

static const NpLayerSpec *const document_provides[] = { &kw_phrase_layer, &kw_candidates_layer, NULL };
static const char *const corpus_requires[] = { KW_LAYER_CANDIDATES, NULL };
static const NpLayerSpec *const corpus_provides[] = { &kw_corpus_phrase_layer, &kw_corpus_document_layer, NULL };
static const char *const document_uses[] = { KW_SPEAKERS_LAYER, NULL };

static const NpOptionSpec options[] = {
  { "top", NP_OPTION_INT, "10", "keyphrases per scope instance", "1:1000" },
  { "max_words", NP_OPTION_INT, "3", "longest keyphrase, in words", "1:5" },
  { "scopes", NP_OPTION_LIST, "document,section,speaker", "scopes to rank keyphrases for",
    "document|section|speaker" },
  { "stopwords", NP_OPTION_STRING, NULL, "file of extra stopwords (one or more a line, # comments)", NULL },
  { NULL },
};

static const NpStage stages[] = {
  {
    .name = "extract",
    .kind = NP_STAGE_DOCUMENT,
    .provides = document_provides,
    .uses = document_uses,
    .instance_new = keywords_new,
    .instance_free = keywords_free,
    .process = keywords_process,
  },
  {
    .name = "corpus",
    .kind = NP_STAGE_CORPUS,
    .requires = corpus_requires,
    .provides = corpus_provides,
    .instance_new = kw_corpus_new,
    .instance_free = kw_corpus_free,
    .corpus_add = kw_corpus_add,
    .corpus_save = kw_corpus_save,
    .corpus_merge = kw_corpus_merge,
    .corpus_end = kw_corpus_end,
  },
};

static const NpPluginDescriptor descriptor = {
  .abi_version = NP_PLUGIN_ABI_VERSION,
  .api_minor = NP_PLUGIN_API_MINOR,
  .name = "keywords",
  .version = "1.0",
  .summary = "statistical keyphrases per document, section, speaker and corpus",
  .license = "MIT",
  .options = options,
  .stages = stages,
  .n_stages = G_N_ELEMENTS (stages),
  .summarize = keywords_summarize,
};

NP_PLUGIN_DEFINE (keywords, descriptor)
