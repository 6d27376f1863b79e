/* test-examples.c: the example plugins of docs/plugin-guide.md, built and
 * run by make check.  The first test is the guide's "Testing a plugin
 * uninstalled" section; the second drives the corpus example through
 * shards as `notepipe batch` and `notepipe merge` do. */
#include <string.h>

#include <notepipe/np-testing.h>

/* [guide:test] */
#define NOTES "# Sync\n\n" \
              "- short item\n" \
              "- this item is much longer than the other one, with twelve words\n"

static void
test_longitems (void)
{
  g_autoptr (GError) error = NULL;
  /* the directory the plugin was built in, searched first */
  const char *const options[] = { "longitems.min_words=5", NULL };
  g_autoptr (NpTestPipeline) tp = np_test_pipeline_new (EXAMPLES_BUILDDIR, "longitems", options, &error);
  g_assert_no_error (error);

  g_autoptr (NpDocument) doc = np_test_document_new ("sync.md", NOTES, &error);
  g_assert_no_error (error);
  np_test_pipeline_run (tp, doc, &error);
  g_assert_no_error (error);

  const NpLayer *layer = np_document_get_layer (doc, "longitems.item");
  g_assert_cmpuint (np_layer_get_size (layer), ==, 1);
  g_assert_cmpint (np_annotation_get_int (np_layer_get_annotation (layer, 0), "words", 0), ==, 12);
  /* the whole layer against a golden file; NOTEPIPE_UPDATE_GOLDEN=1 rewrites it */
  np_test_assert_golden (doc, "longitems.item", EXAMPLES_SRCDIR "/golden/longitems.json");
}
/* [/guide:test] */

/* a failing document carries the plugin's message */
static void
test_longitems_error (void)
{
  g_autoptr (GError) error = NULL;
  const char *const options[] = { "longitems.max_items=1", NULL };
  g_autoptr (NpTestPipeline) tp = np_test_pipeline_new (EXAMPLES_BUILDDIR, "longitems", options, &error);
  g_assert_no_error (error);
  g_autoptr (NpDocument) doc = np_test_document_new ("sync.md", NOTES, &error);
  g_assert_false (np_test_pipeline_run (tp, doc, &error));
  g_assert_error (error, NP_TEST_ERROR, NP_TEST_ERROR_DOCUMENT_FAILED);
  g_assert_nonnull (strstr (error->message, "longitems: 2 items, more than max_items=1"));
  g_assert_true (np_document_has_failed (doc));
  g_assert_null (np_document_get_layer (doc, "longitems.item"));
}

/* The corpus stage over three documents, in one run and in two shards
 * merged: the same layer either way. */
static char *
vocab_corpus (NpPipeline *pipeline, const char *const *texts, guint split)
{
  g_autoptr (GError) error = NULL;
  NpCorpusRun *runs[2] = { np_corpus_run_new (pipeline, &error), np_corpus_run_new (pipeline, &error) };
  g_assert_no_error (error);
  for (guint i = 0; texts[i]; i++)
    {
      g_autoptr (NpDocument) doc = np_test_document_new ("d.md", texts[i], &error);
      g_assert_true (np_corpus_run_add (runs[i < split ? 0 : 1], doc, &error));
    }
  g_autoptr (GVariant) shard = g_variant_ref_sink (np_corpus_run_save (runs[1]));
  g_assert_true (np_corpus_run_merge (runs[0], shard, &error));
  g_assert_no_error (error);
  NpCorpus *corpus = np_corpus_run_finish (runs[0], &error);
  g_assert_no_error (error);
  g_assert_cmpuint (np_corpus_get_n_documents (corpus), ==, 3);
  g_autoptr (JsonNode) node = np_layer_to_json (np_corpus_get_layer (corpus, "vocab.term"));
  char *json = np_json_to_string (node, FALSE);
  np_corpus_run_free (runs[0]);
  np_corpus_run_free (runs[1]);
  return json;
}

static void
test_vocab_shards (void)
{
  g_autoptr (GError) error = NULL;
  const char *const options[] = { "vocab.top=2", NULL };
  g_autoptr (NpTestPipeline) tp = np_test_pipeline_new (EXAMPLES_BUILDDIR, "vocab", options, &error);
  g_assert_no_error (error);
  const char *const texts[] = { "# A\n\n- release notes\n", "# B\n\n- the release slipped\n",
                                "# C\n\n- releases and notes\n", NULL };
  NpPipeline *pipeline = np_test_pipeline_get_pipeline (tp);
  g_autofree char *one = vocab_corpus (pipeline, texts, 3);
  g_autofree char *two = vocab_corpus (pipeline, texts, 1);
  g_assert_cmpstr (one, ==, two);
  g_assert_cmpstr (one, ==,
                   "[{\"stem\":\"releas\",\"documents\":3,\"share\":1.0},"
                   "{\"stem\":\"note\",\"documents\":2,\"share\":0.66666666666666663}]");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/examples/longitems", test_longitems);
  g_test_add_func ("/examples/longitems-error", test_longitems_error);
  g_test_add_func ("/examples/vocab-shards", test_vocab_shards);
  return g_test_run ();
}
