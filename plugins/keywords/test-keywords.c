/* test-keywords.c: unit tests of the keywords plugin, through the pipeline
 * API on small fixtures written here: candidate boundaries, merging of
 * near-duplicates, surface forms, scopes, options, corpus merging. */
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include <notepipe/notepipe.h>

#include "../../tests/corpus-damage.h"
#include "lexicon.h" /* lexicon.c and lexicon-data.c are compiled in */
#include "test-keywords.h"

gboolean kw_stoplist_check_sorted (void);                        /* stoplist.c, compiled in */
GVariant *kw_variant_new_strv (const char *const *strv, gsize n); /* variant.c, compiled in */
GVariant *kw_variant_new_doubles (const double *v, gsize n);
void kw_variant_new_strings (const char *const *strv, gsize n, GVariant **out);


static void
test_boundaries (void)
{
  Fixture f;
  fixture_setup (&f, NULL);
  /* punctuation, stopwords at the edges and item boundaries cut phrases */
  g_autoptr (NpDocument) doc = run_text (&f, "boundaries.txt",
                                         "- Solar panels, wind turbines and the battery storage plan\n"
                                         "- Solar panels need battery storage\n"
                                         "- wind turbines\n"
                                         "- grid operator review\n");
  g_autofree char *list = phrases (doc, "document", -1, NULL);
  g_assert_true (has_phrase (list, "Solar panels") || has_phrase (list, "solar panels"));
  g_assert_true (has_phrase (list, "battery storage"));
  g_assert_false (has_phrase (list, "panels wind"));      /* across a comma */
  g_assert_false (has_phrase (list, "the battery storage")); /* stopword at the edge */
  g_assert_false (has_phrase (list, "turbines grid"));    /* across items */
  g_assert_false (has_phrase (list, "turbines and"));
  fixture_teardown (&f);
}

/* Links in headings are no words: "https", "github" or an issue path never
 * become phrases, in the document or its sections */
/* Attendees' names and an item's speaker label break phrases, in every
 * scope; runs of punctuation collapse without shifting what follows */
static void
test_people_break (void)
{
  Fixture f;
  fixture_setup (&f, NULL);
  g_autoptr (NpDocument) doc = run_text (&f, "people.md",
                                         "# Parser sync\n\n"
                                         "Attendees: Alice Martin, Bob Stone\n\n"
                                         "## Grammar\n\n"
                                         "- Alice Martin: the parser rewrite needs a grammar freeze -- -- !\n"
                                         "- Martin wants the grammar freeze before the parser rewrite.\n"
                                         "- MM: the release branch opens; release branch owners rotate.\n");
  for (gint64 sec = -1; sec < 1; sec++)
    {
      g_autofree char *list = phrases (doc, sec < 0 ? "document" : "section", sec, NULL);
      g_autofree char *lower = g_ascii_strdown (list, -1);
      g_assert_true (has_phrase (list, "parser rewrite"));
      g_assert_true (has_phrase (list, "grammar freeze"));
      g_assert_true (has_phrase (list, "release branch"));
      g_assert_null (strstr (lower, "martin"));
      g_assert_null (strstr (lower, "alice"));
      g_assert_false (has_phrase (list, "MM"));
    }
  fixture_teardown (&f);
}

static void
test_heading_links (void)
{
  Fixture f;
  fixture_setup (&f, NULL);
  g_autoptr (NpDocument) doc = run_text (&f, "links.md",
                                         "# Sync\n\n"
                                         "## timers: linear scan [#23](https://github.com/acme/timers/issues/23)\n\n"
                                         "- the timer wheel replaces the linear scan\n"
                                         "- timer wheel benchmarks next week\n\n"
                                         "## Buffer deprecation <https://github.com/acme/buffer/pull/7>\n\n"
                                         "- Buffer constructor deprecation needs a policy\n"
                                         "- deprecation policy draft by Ada\n\n"
                                         "## See www.example.org/deprecations for the policy\n\n"
                                         "- policy review\n");
  g_autofree char *list = phrases (doc, "document", -1, NULL);
  g_assert_true (has_phrase (list, "linear scan")); /* the heading words around the link count */
  for (gint64 sec = -1; sec < 4; sec++)
    {
      g_autofree char *l = phrases (doc, sec < 0 ? "document" : "section", sec, NULL);
      g_autofree char *lower = g_ascii_strdown (l, -1);
      g_assert_null (strstr (lower, "http"));
      g_assert_null (strstr (lower, "github"));
      g_assert_null (strstr (lower, "www"));
      g_assert_null (strstr (lower, "example.org"));
    }
  fixture_teardown (&f);
}

static void
test_dedup (void)
{
  Fixture f;
  fixture_setup (&f, NULL);
  g_autoptr (NpDocument) doc = run_text (&f, "dedup.txt",
                                         "- Go ships a fips-mode switch for FIPS mode builds\n"
                                         "- fips mode needs the boringcrypto module\n"
                                         "- FIPS mode is off by default\n"
                                         "- the boringcrypto module is audited\n");
  g_autofree char *list = phrases (doc, "document", -1, NULL);
  /* one phrase for the three spellings, none for the acronym alone */
  guint n = 0;
  g_auto (GStrv) items = g_strsplit (list, "|", -1);
  for (char **p = items; *p; p++)
    {
      g_autofree char *lower = g_ascii_strdown (*p, -1);
      if (strcmp (lower, "fips mode") == 0 || strcmp (lower, "fips-mode") == 0)
        n++;
      g_assert_cmpstr (*p, !=, "FIPS");
    }
  g_assert_cmpuint (n, ==, 1);
  /* the way people write it: "FIPS mode" twice, "fips mode" once */
  g_assert_true (has_phrase (list, "FIPS mode"));
  fixture_teardown (&f);
}

static void
test_surface (void)
{
  Fixture f;
  fixture_setup (&f, NULL);
  g_autoptr (NpDocument) doc = run_text (&f, "surface.txt",
                                         "Neural networks learn features. We train neural networks on images. "
                                         "Deep neural networks need data. Garcia's lab trains neural networks.\n");
  g_autofree char *list = phrases (doc, "document", -1, NULL);
  g_assert_true (has_phrase (list, "neural networks"));
  g_assert_false (has_phrase (list, "Neural networks"));
  g_assert_false (has_phrase (list, "Garcia's")); /* possessive dropped */
  fixture_teardown (&f);
}

static const char markdown[] = "# Weekly sync\n"
                               "\n"
                               "## Release planning\n"
                               "\n"
                               "- release candidate due Friday\n"
                               "- release notes need review\n"
                               "- release candidate blocked on flaky tests\n"
                               "\n"
                               "## Security\n"
                               "\n"
                               "- key rotation policy drafted\n"
                               "- key rotation needs an owner\n";

static void
test_scopes (void)
{
  Fixture f;
  fixture_setup (&f, NULL);
  g_autoptr (NpDocument) doc = run_text (&f, "sync.md", markdown);
  guint n_sections;
  const NpSection *sections = np_document_get_sections (doc, &n_sections);
  g_assert_cmpuint (n_sections, >=, 2);
  g_autofree char *all = phrases (doc, "document", -1, NULL);
  g_assert_true (has_phrase (all, "release candidate"));
  g_assert_true (has_phrase (all, "key rotation"));
  for (guint s = 0; s < n_sections; s++)
    {
      g_autofree char *list = phrases (doc, "section", s, NULL);
      if (g_strcmp0 (sections[s].title, "Security") == 0)
        {
          g_assert_true (has_phrase (list, "key rotation"));
          g_assert_false (has_phrase (list, "release candidate"));
        }
      else if (g_strcmp0 (sections[s].title, "Release planning") == 0)
        {
          g_assert_true (has_phrase (list, "release candidate"));
          g_assert_false (has_phrase (list, "key rotation"));
        }
    }
  /* the text view: document line and a table of sections */
  g_autoptr (GPtrArray) summaries = np_pipeline_summarize (f.pipeline, doc);
  g_assert_cmpuint (summaries->len, ==, 1);
  const NpPluginSummary *sum = g_ptr_array_index (summaries, 0);
  g_assert_cmpstr (sum->plugin, ==, "keywords");
  g_assert_cmpuint (sum->lines->len, ==, 1);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (sum->lines, 0), "Keyphrases: "));
  g_assert_cmpuint (sum->tables->len, ==, 1);
  const NpSummaryTable *t = g_ptr_array_index (sum->tables, 0);
  g_assert_cmpuint (t->rows->len, >=, 2);
  fixture_teardown (&f);
}

/* Values the plugin shares across documents (texts seen before, section
 * ids) outlive the document that made them: the same document read again
 * and again, each freed before the next, gives the same phrases in every
 * scope (the third reading finds its texts kept). */
static void
test_values_across_documents (void)
{
  Fixture f;
  fixture_setup (&f, NULL);
  char *first[16] = { NULL };
  guint n_first = 0;
  for (guint run = 0; run < 3; run++)
    {
      NpDocument *doc = run_text (&f, "sync.md", markdown);
      guint n_sections;
      np_document_get_sections (doc, &n_sections);
      g_assert_cmpuint (n_sections, >=, 2);
      g_assert_cmpuint (n_sections, <, G_N_ELEMENTS (first));
      for (guint s = 0; s <= n_sections; s++)
        {
          char *list = s == 0 ? phrases (doc, "document", -1, NULL) : phrases (doc, "section", s - 1, NULL);
          if (run == 0)
            {
              g_assert_cmpstr (list, !=, "");
              first[s] = list;
              n_first = s + 1;
            }
          else
            {
              g_assert_cmpuint (s, <, n_first);
              g_assert_cmpstr (list, ==, first[s]);
              g_free (list);
            }
        }
      np_document_unref (doc);
    }
  for (guint s = 0; s < n_first; s++)
    g_free (first[s]);
  fixture_teardown (&f);
}

static void
test_options (void)
{
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;
  int fd = g_file_open_tmp ("kw-stop-XXXXXX", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_assert_true (g_file_set_contents (path, "# project words\nRelease, candidate\n", -1, &error));
  g_autofree char *stop = g_strdup_printf ("keywords.stopwords=%s", path);

  const char *const options[] = { "keywords.top=3", "keywords.max_words=1", "keywords.scopes=document", stop, NULL };
  Fixture f;
  fixture_setup (&f, options);
  g_autoptr (NpDocument) doc = run_text (&f, "sync.md", markdown);
  const NpLayer *layer = np_document_get_layer (doc, "keywords.phrase");
  g_assert_cmpuint (np_layer_get_size (layer), <=, 3);
  g_assert_cmpuint (np_layer_get_size (layer), >, 0);
  for (guint i = 0; i < np_layer_get_size (layer); i++)
    {
      const NpAnnotation *a = np_layer_get_annotation (layer, i);
      const char *text = np_annotation_get_string (a, "text");
      g_assert_cmpstr (np_annotation_get_string (a, "scope"), ==, "document");
      g_assert_null (strchr (text, ' '));
      g_assert_cmpstr (text, !=, "release");
      g_assert_cmpstr (text, !=, "candidate");
    }
  fixture_teardown (&f);
  g_unlink (path);

  /* an unreadable stopwords file fails the pipeline with its name */
  NpRegistry *registry = np_registry_new ();
  np_registry_add_default_dirs (registry);
  np_registry_scan (registry);
  NpConfig *config = np_config_new ();
  np_config_set_option (config, "keywords.stopwords=/nonexistent/stop.txt", &error);
  g_assert_no_error (error);
  const char *plugins[] = { "keywords", NULL };
  NpPipeline *pipeline = np_pipeline_new (registry, plugins, config, &error);
  g_assert_no_error (error);
  NpWorker *worker = np_worker_new (pipeline, &error);
  g_assert_null (worker);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "stop.txt"));
  np_pipeline_free (pipeline);
  np_config_free (config);
  np_registry_free (registry);
}

static const char *const corpus_docs[] = {
  "Solar panels cut power bills. Solar panels need sun. The grid buys solar power.\n",
  "Wind turbines make power. Wind turbines need wind. Power prices fall.\n",
  "Battery storage smooths solar power. Battery storage costs fall.\n",
  "Power grid operators plan battery storage for wind turbines.\n",
  "Hydro power needs rivers. Hydro dams store water for the power grid.\n",
};

/* keywords.document and the corpus keywords.phrase as text */
static char *
corpus_text (NpCorpus *corpus)
{
  GString *s = g_string_new (NULL);
  const char *names[] = { "keywords.document", "keywords.phrase", NULL };
  for (const char **n = names; *n; n++)
    {
      const NpLayer *l = np_corpus_get_layer (corpus, *n);
      g_assert_nonnull (l);
      g_assert_cmpuint (np_layer_get_size (l), >, 0);
      for (guint i = 0; i < np_layer_get_size (l); i++)
        {
          const NpAnnotation *a = np_layer_get_annotation (l, i);
          const char *source = np_annotation_get_string (a, "source");
          if (!source) /* a corpus phrase */
            {
              g_string_append_printf (s, "%s %s %s %.4f %" G_GINT64_FORMAT "\n", *n,
                                      np_annotation_get_string (a, "scope"), np_annotation_get_string (a, "text"),
                                      np_annotation_get_double (a, "score", 0), np_annotation_get_int (a, "rank", 0));
              continue;
            }
          /* one record per document: texts and scores, best first */
          gsize n_texts, n_scores;
          g_autofree const char **texts = np_annotation_get_strv (a, "texts", &n_texts);
          const double *scores
              = g_variant_get_fixed_array (np_annotation_get (a, "scores"), &n_scores, sizeof (double));
          g_assert_cmpuint (n_texts, ==, n_scores);
          g_assert_cmpuint (n_texts, >, 0);
          g_assert_cmpfloat (scores[0], ==, 1.0);
          for (gsize k = 0; k < n_texts; k++)
            g_string_append_printf (s, "%s %s %s %.4f %" G_GSIZE_FORMAT "\n", *n, source, texts[k], scores[k], k + 1);
        }
    }
  return g_string_free (s, FALSE);
}

static char *
run_corpus (Fixture *f, guint shards)
{
  g_autoptr (GError) error = NULL;
  NpCorpusRun *runs[4];
  g_assert_cmpuint (shards, <=, G_N_ELEMENTS (runs));
  for (guint r = 0; r < shards; r++)
    {
      runs[r] = np_corpus_run_new (f->pipeline, &error);
      g_assert_no_error (error);
    }
  guint n = G_N_ELEMENTS (corpus_docs);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("doc%u.txt", i);
      g_autoptr (NpDocument) doc = run_text (f, name, corpus_docs[i]);
      g_assert_true (np_corpus_run_add (runs[i * shards / n], doc, &error));
    }
  for (guint r = 1; r < shards; r++)
    {
      GVariant *state = g_variant_ref_sink (np_corpus_run_save (runs[r]));
      g_assert_true (np_corpus_run_merge (runs[0], state, &error));
      g_assert_no_error (error);
      g_variant_unref (state);
    }
  NpCorpus *corpus = np_corpus_run_finish (runs[0], &error);
  g_assert_no_error (error);
  char *text = corpus_text (corpus);
  for (guint r = 0; r < shards; r++)
    np_corpus_run_free (runs[r]);
  return text;
}

/* A corpus state read back from a damaged store (corpus-damage.h) */
static void
test_corpus_state_damaged (void)
{
  Fixture f;
  fixture_setup (&f, NULL);
  g_autoptr (GError) error = NULL;
  NpCorpusRun *one = np_corpus_run_new (f.pipeline, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *name = g_strdup_printf ("doc%u.txt", i);
      g_autoptr (NpDocument) doc = run_text (&f, name, corpus_docs[i]);
      g_assert_true (np_corpus_run_add (one, doc, &error));
    }
  GVariant *state = g_variant_ref_sink (np_corpus_run_save (one));
  np_corpus_run_free (one);
  g_autoptr (GVariant) normal = g_variant_get_normal_form (state);
  g_variant_unref (state);
  guint merged, refused;
  np_test_merge_damaged (f.pipeline, normal, 11, g_variant_get_size (normal) + 200, "keywords.phrase", &merged,
                         &refused);
  /* both ways were taken: not every damage is caught, none may crash */
  g_assert_cmpuint (merged, >, 0);
  g_assert_cmpuint (refused, >, 0);
  fixture_teardown (&f);
}

/* kw_variant_new_strv builds the serialized form itself: it must equal
 * GLib's value for every width of the framing offsets (1, 2, 4 bytes). */
static void
test_variant_strv (void)
{
  const guint sizes[] = { 0, 1, 3, 40, 70, 9000, 20000 };
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr (GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < sizes[s]; i++)
        g_ptr_array_add (words, g_strdup_printf ("w%u%s", i, i % 3 ? "" : " phrase"));
      g_ptr_array_add (words, NULL);
      g_autoptr (GVariant) mine
          = g_variant_ref_sink (kw_variant_new_strv ((const char *const *) words->pdata, sizes[s]));
      g_autoptr (GVariant) glib = g_variant_ref_sink (g_variant_new_strv ((const char *const *) words->pdata, sizes[s]));
      g_assert_cmpuint (g_variant_n_children (mine), ==, sizes[s]);
      g_assert_true (g_variant_is_normal_form (mine));
      g_assert_true (g_variant_equal (mine, glib));
      if (sizes[s] > 0)
        {
          g_autoptr (GVariant) last = g_variant_get_child_value (mine, sizes[s] - 1);
          g_assert_cmpstr (g_variant_get_string (last, NULL), ==, g_ptr_array_index (words, sizes[s] - 1));
        }
    }
}

/* kw_variant_new_doubles and kw_variant_new_strings: the values GLib's
 * own constructors make, valid after the inputs are gone */
static void
test_variant_values (void)
{
  const double v[] = { 1.0, -0.5, 3.25e10, 0.0 };
  for (gsize n = 0; n <= G_N_ELEMENTS (v); n++)
    {
      g_autoptr (GVariant) mine = g_variant_ref_sink (kw_variant_new_doubles (v, n));
      g_autoptr (GVariant) glib = g_variant_ref_sink (g_variant_new_fixed_array (G_VARIANT_TYPE_DOUBLE, v, n, sizeof (double)));
      g_assert_true (g_variant_equal (mine, glib));
      g_assert_cmpuint (g_variant_n_children (mine), ==, n);
    }
  char *words[] = { g_strdup ("fips mode"), g_strdup (""), g_strdup ("caf\xc3\xa9 au lait") };
  GVariant *out[G_N_ELEMENTS (words)];
  kw_variant_new_strings ((const char *const *) words, G_N_ELEMENTS (words), out);
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      g_variant_ref_sink (out[i]);
      g_autoptr (GVariant) glib = g_variant_ref_sink (g_variant_new_string (words[i]));
      g_free (words[i]);
      g_assert_cmpstr (g_variant_get_type_string (out[i]), ==, "s");
      g_assert_true (g_variant_equal (out[i], glib));
    }
  g_assert_cmpstr (g_variant_get_string (out[2], NULL), ==, "caf\xc3\xa9 au lait");
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    g_variant_unref (out[i]);
}

static void
test_corpus_merge (void)
{
  Fixture f;
  fixture_setup (&f, NULL);
  g_autofree char *one = run_corpus (&f, 1);
  g_autofree char *three = run_corpus (&f, 3);
  g_assert_cmpstr (one, ==, three);
  /* power is in every document: not the first corpus phrase of doc0 */
  g_assert_null (strstr (one, "keywords.document doc0.txt power 1.0000 1\n"));
  g_assert_nonnull (strstr (one, "keywords.phrase corpus "));
  /* nor the corpus's first phrase: what every document says is no subject */
  g_assert_null (strstr (one, "keywords.phrase corpus power 1.0000 1\n"));
  /* a state of another type is refused */
  g_autoptr (GError) error = NULL;
  NpCorpusRun *run = np_corpus_run_new (f.pipeline, &error);
  GVariantBuilder b;
  g_variant_builder_init (&b, G_VARIANT_TYPE ("a{sv}"));
  g_variant_builder_add (&b, "{sv}", "keywords/corpus", g_variant_new_string ("junk"));
  GVariant *bad = g_variant_ref_sink (g_variant_builder_end (&b));
  g_assert_false (np_corpus_run_merge (run, bad, &error));
  g_assert_nonnull (error);
  g_variant_unref (bad);
  g_clear_error (&error);
  /* a state saved by a build before the columnar one still merges */
  g_variant_builder_init (&b, G_VARIANT_TYPE ("a{sv}"));
  g_variant_builder_add (&b, "{sv}", "keywords/corpus",
                         g_variant_new_parsed ("(uint32 1, {'power': uint32 1}, [('a.txt', 'x', [('Power', 'power', 1.0, 1.0)])])"));
  GVariant *v1 = g_variant_ref_sink (g_variant_builder_end (&b));
  g_assert_true (np_corpus_run_merge (run, v1, &error));
  g_assert_no_error (error);
  g_variant_unref (v1);
  /* columns that disagree in length are refused, not read past */
  g_variant_builder_init (&b, G_VARIANT_TYPE ("a{sv}"));
  g_variant_builder_add (&b, "{sv}", "keywords/corpus",
                         g_variant_new_parsed ("(uint32 1, b'power', @au [], @ay [], @ay [], @au [], @ay [], @ay [], @ad [])"));
  GVariant *short_counts = g_variant_ref_sink (g_variant_builder_end (&b));
  g_assert_false (np_corpus_run_merge (run, short_counts, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "inconsistent"));
  g_variant_unref (short_counts);
  np_corpus_run_free (run);
  fixture_teardown (&f);
}

static void
test_empty (void)
{
  Fixture f;
  fixture_setup (&f, NULL);
  g_autoptr (NpDocument) doc = run_text (&f, "empty.txt", "- , ; the of and\n- 42 17\n");
  g_autofree char *list = phrases (doc, "document", -1, NULL);
  g_assert_cmpstr (list, ==, "");
  g_autoptr (NpDocument) nothing = run_text (&f, "nothing.txt", "");
  g_autofree char *none = phrases (nothing, "document", -1, NULL);
  g_assert_cmpstr (none, ==, "");
  fixture_teardown (&f);
}

/* The document text of name has keyphrase among its keyphrases, and
 * none holds any of the strings absent */
static void
assert_phrase_without (Fixture *f, const char *name, const char *text, const char *keyphrase,
                       const char *const *absent)
{
  g_autoptr (NpDocument) doc = run_text (f, name, text);
  g_autofree char *list = phrases (doc, "document", -1, NULL);
  g_assert_true (has_phrase (list, keyphrase));
  for (const char *const *x = absent; *x; x++)
    g_assert_null (strstr (list, *x));
}

/* A chat log's nicks open its lines: no keyphrase, with or without the
 * speakers layer */
static void
test_chat_nicks (void)
{
  Fixture f;
  fixture_setup (&f, NULL);
  static const char *const nicks[] = { "marcosc", "annevk", NULL };
  assert_phrase_without (&f, "log.txt",
                         "14:02:30 <marcosc> the clipboard permission model is unclear\n"
                         "14:02:45 <marcosc> clipboard permission prompts annoy users\n"
                         "[14:03] <annevk> the clipboard permission model needs privacy review\n"
                         "<annevk> privacy review of clipboard permission prompts\n",
                         "clipboard permission", nicks);

  /* a copied chat's and a transcript's header over each message: no
   * keyphrase of the sender nor of the time */
  static const char *const headers[] = { "alice", "Alice", "bob_dev", "2026", "PM", "Jane", NULL };
  assert_phrase_without (&f, "copy.txt",
                         "Sync\n\nalice \xe2\x80\x94 03/12/2026 10:32 AM\nthe arm64 builder is flaky\n"
                         "bob_dev \xe2\x80\x94 03/12/2026 10:35 AM\nthe arm64 builder needs a reboot\n"
                         "[3:45 PM] Alice Smith\nthe arm64 builder is back\n"
                         "Jane Doe  0:05\nreboot the arm64 builder nightly\n",
                         "arm64 builder", headers);
  fixture_teardown (&f);
}

static void
test_speakers (void)
{
  NpRegistry *registry = np_registry_new ();
  np_registry_add_dir (registry, KW_STUB_DIR);
  np_registry_add_default_dirs (registry);
  np_registry_scan (registry);
  NpConfig *config = np_config_new ();
  g_autoptr (GError) error = NULL;
  const char *plugins[] = { "speakers", "keywords", NULL };
  NpPipeline *pipeline = np_pipeline_new (registry, plugins, config, &error);
  g_assert_no_error (error);
  NpWorker *worker = np_worker_new (pipeline, &error);
  g_assert_no_error (error);
  const char *text = "- Alice: the parser rewrite needs a grammar freeze\n"
                     "- Bob: the release branch opens Monday\n"
                     "- Alice: grammar freeze blocks the parser rewrite\n"
                     "- Bob: release branch owners rotate weekly\n"
                     "- Roland Shoemaker: parser rewrite first\n"
                     "- Roland Shoemaker: the grammar freeze is late\n"
                     "- fuzzing harness crashes nightly (Carol)\n"
                     "- fuzzing harness needs an owner (Carol)\n";
  g_autoptr (NpDocument) doc = np_read_bytes ("turns.txt", text, strlen (text), NULL, &error);
  g_assert_no_error (error);
  g_assert_true (np_worker_process (worker, doc));
  g_autofree char *alice = phrases (doc, "speaker", -1, "Alice");
  g_autofree char *bob = phrases (doc, "speaker", -1, "Bob");
  g_assert_true (has_phrase (alice, "parser rewrite"));
  g_assert_true (has_phrase (alice, "grammar freeze"));
  g_assert_false (has_phrase (alice, "release branch"));
  g_assert_true (has_phrase (bob, "release branch"));
  g_assert_false (has_phrase (bob, "parser rewrite"));
  /* a mark after the speech leaves the speech's words in (MeetBot) */
  g_autofree char *carol = phrases (doc, "speaker", -1, "Carol");
  g_assert_true (has_phrase (carol, "fuzzing harness"));
  /* speaker marks are not phrases, however many words they have (the
   * speakers.turn layer's mentions) */
  g_autofree char *all = phrases (doc, "document", -1, NULL);
  g_assert_false (has_phrase (all, "Alice"));
  g_assert_null (strstr (all, "Roland"));
  g_assert_null (strstr (all, "Shoemaker"));
  np_worker_free (worker);
  np_pipeline_free (pipeline);
  np_config_free (config);
  np_registry_free (registry);
}

/* The general-English lexicon: common words with their uses, document
 * frequencies that order general words before topic words, unknown words
 * absent, stopwords marked in one lookup. */
static void
test_lexicon (void)
{
  KwLexicon lex;
  kw_lexicon_init (&lex);
  const KwLexEntry *system = kw_lexicon_lookup (&lex, "system", -1);
  const KwLexEntry *quickly = kw_lexicon_lookup (&lex, "quickly", -1);
  const KwLexEntry *propose = kw_lexicon_lookup (&lex, "propose", -1);
  const KwLexEntry *time = kw_lexicon_lookup (&lex, "time", -1);
  const KwLexEntry *network = kw_lexicon_lookup (&lex, "network", -1);
  g_assert_nonnull (system);
  g_assert_nonnull (quickly);
  g_assert_nonnull (propose);
  g_assert_nonnull (time);
  g_assert_nonnull (network);
  g_assert_null (kw_lexicon_lookup (&lex, "wavelet", -1));
  g_assert_null (kw_lexicon_lookup (&lex, "systemx", 7));
  g_assert_true (kw_lexicon_lookup (&lex, "systems", 6) == system); /* a prefix by length */
  g_assert_cmpuint (kw_lexicon_share (system, KW_USE_NOUN), >=, 28);
  g_assert_cmpuint (kw_lexicon_share (quickly, KW_USE_ADV), >=, 28);
  g_assert_cmpuint (kw_lexicon_share (propose, KW_USE_VERB), >=, 28);
  g_assert_cmpuint (time->df, >, network->df); /* "time" is in most samples */
  g_assert_cmpuint (time->df, <=, kw_lexicon_documents);
  g_assert_cmpuint (kw_lexicon_documents, ==, 500);
  g_assert_cmpuint (system->stop, ==, 0);

  g_autoptr (GHashTable) stop = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_add (stop, (gpointer) "quickly");
  g_hash_table_add (stop, (gpointer) "zzzunknown");
  kw_lexicon_mark_stop (&lex, stop);
  g_assert_cmpuint (quickly->stop, ==, 1);
  g_assert_cmpuint (system->stop, ==, 0);
  kw_lexicon_clear (&lex);
}


/* The corpus stage's input: one record per document with its candidates
 * (more than top), their keys, weights and priors, and its words; an
 * internal layer, in JSON only when asked for. */
static void
test_candidates_layer (void)
{
  Fixture f;
  const char *options[] = { "keywords.top=2", NULL };
  fixture_setup (&f, options);
  g_autoptr (NpDocument) doc = run_text (&f, "cand.txt",
                                         "- Solar panels cut power bills\n- Solar panels need sun and wind turbines\n"
                                         "- Battery storage smooths solar power\n");
  const NpLayer *layer = np_document_get_layer (doc, "keywords.candidates");
  g_assert_nonnull (layer);
  g_assert_cmpuint (np_layer_get_size (layer), ==, 1);
  /* internal: the document's JSON leaves it out unless asked for it */
  g_assert_cmpuint (np_layer_get_spec (layer)->flags & NP_LAYER_INTERNAL, ==, NP_LAYER_INTERNAL);
  g_assert_cmpuint (np_layer_get_spec (np_document_get_layer (doc, "keywords.phrase"))->flags, ==, 0);
  g_autoptr (GString) json = g_string_new (NULL);
  np_document_append_json (doc, json, 0, FALSE);
  g_assert_null (strstr (json->str, "\"keywords.candidates\""));
  g_assert_nonnull (strstr (json->str, "\"keywords.phrase\""));
  g_string_truncate (json, 0);
  np_document_append_json (doc, json, NP_JSON_INTERNAL_LAYERS, FALSE);
  g_assert_nonnull (strstr (json->str, "\"keywords.candidates\": [{\"texts\": "));
  const NpAnnotation *a = np_layer_get_annotation (layer, 0);
  g_auto (GStrv) texts = g_strsplit (np_annotation_get_string (a, "texts"), "\n", -1);
  g_auto (GStrv) keys = g_strsplit (np_annotation_get_string (a, "keys"), "\n", -1);
  gsize n_weights = 0;
  const double *w = g_variant_get_fixed_array (np_annotation_get (a, "weights"), &n_weights, sizeof (double));
  g_assert_cmpuint (g_strv_length (texts), >, 2); /* top + more for the corpus stage */
  g_assert_cmpuint (g_strv_length (texts), ==, g_strv_length (keys));
  g_assert_cmpuint (n_weights, ==, 2 * g_strv_length (texts));
  for (gsize i = 0; i + 1 < g_strv_length (texts); i++)
    g_assert_cmpfloat (w[2 * i], >=, w[2 * i + 2]); /* best first */
  g_assert_cmpfloat (w[1], >, 0.0);
  g_assert_true (g_strv_contains ((const char *const *) keys, "solar panel"));
  g_auto (GStrv) terms = g_strsplit (np_annotation_get_string (a, "terms"), " ", -1);
  g_assert_true (g_strv_contains ((const char *const *) terms, "batteri"));
  g_assert_true (g_strv_contains ((const char *const *) terms, "sun"));
  g_assert_false (g_strv_contains ((const char *const *) terms, "and"));
  g_autofree char *list = phrases (doc, "document", -1, NULL);
  g_assert_cmpuint (strlen (list), >, 0);
  g_assert_null (strchr (strchr (list, '|') ? strchr (list, '|') + 1 : "", '|')); /* top=2 shown */
  fixture_teardown (&f);
}

static void
test_stoplist_sorted (void)
{
  g_assert_true (kw_stoplist_check_sorted ());
}

/* kw_hash_bytes () reads a tail shorter than 8 bytes with overlapping
 * loads: the same value as the definition, one byte at a time, for every
 * length and alignment */
static guint32
hash_bytes_reference (const char *s, gsize len)
{
  guint64 h = 0x9E3779B97F4A7C15ull ^ (len * 0xff51afd7ed558ccdull);
  while (len >= 8)
    {
      guint64 w;
      memcpy (&w, s, 8);
      h = (h ^ w) * 0xff51afd7ed558ccdull;
      h ^= h >> 32;
      s += 8;
      len -= 8;
    }
  guint64 w = 0;
  for (gsize i = 0; i < len; i++)
    w |= (guint64) (guint8) s[i] << (8 * i);
  h = (h ^ w) * 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 29;
  return (guint32) h;
}

static void
test_hash_bytes (void)
{
  char buf[40];
  for (guint i = 0; i < sizeof buf; i++)
    buf[i] = (char) (0x41 + i * 37 % 190); /* bytes above 0x7f too */
  for (gsize at = 0; at < 8; at++)
    for (gsize len = 0; at + len <= sizeof buf; len++)
      {
        char *copy = g_memdup2 (buf + at, len); /* exactly len bytes: valgrind sees any read past them */
        g_assert_cmpuint (kw_hash_bytes (copy, len), ==, hash_bytes_reference (buf + at, len));
        g_free (copy);
      }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/keywords/boundaries", test_boundaries);
  g_test_add_func ("/keywords/chat-nicks", test_chat_nicks);
  g_test_add_func ("/keywords/dedup", test_dedup);
  g_test_add_func ("/keywords/heading-links", test_heading_links);
  g_test_add_func ("/keywords/people-break", test_people_break);
  g_test_add_func ("/keywords/surface", test_surface);
  g_test_add_func ("/keywords/scopes", test_scopes);
  g_test_add_func ("/keywords/options", test_options);
  g_test_add_func ("/keywords/values-across-documents", test_values_across_documents);
  g_test_add_func ("/keywords/corpus-merge", test_corpus_merge);
  g_test_add_func ("/keywords/corpus-state-damaged", test_corpus_state_damaged);
  g_test_add_func ("/keywords/variant-strv", test_variant_strv);
  g_test_add_func ("/keywords/variant-values", test_variant_values);
  g_test_add_func ("/keywords/empty", test_empty);
  g_test_add_func ("/keywords/speakers", test_speakers);
  g_test_add_func ("/keywords/stoplist-sorted", test_stoplist_sorted);
  g_test_add_func ("/keywords/lexicon", test_lexicon);
  g_test_add_func ("/keywords/hash-bytes", test_hash_bytes);
  g_test_add_func ("/keywords/candidates-layer", test_candidates_layer);
  add_scoring_tests ();
  return g_test_run ();
}
