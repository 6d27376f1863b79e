/* test-loader.c: plugin discovery, refusals, ordering, options, and a
 * plugin that fails on one document.  Uses the built-in plugins of the
 * build tree (plugins/) and the test plugins (tests/plugins/). */
#include <glib/gstdio.h>
#include <string.h>

#include <notepipe/notepipe.h>

static NpRegistry *
make_registry (void)
{
  NpRegistry *r = np_registry_new ();
  np_registry_add_dir (r, NP_TEST_BUILDDIR "/plugins");
  np_registry_add_dir (r, NP_TEST_BUILDDIR "/tests/plugins");
  np_registry_scan (r);
  return r;
}

static const char *
refusal_for (NpRegistry *r, const char *file_part)
{
  guint n;
  const NpRefusal *refs = np_registry_get_refusals (r, &n);
  for (guint i = 0; i < n; i++)
    if (strstr (refs[i].path, file_part))
      return refs[i].reason;
  return NULL;
}

static void
test_discovery_and_refusals (void)
{
  NpRegistry *r = make_registry ();
  g_assert_nonnull (np_registry_lookup (r, "stats"));
  g_assert_nonnull (np_registry_lookup (r, "flaky"));
  g_assert_null (np_registry_lookup (r, "abimismatch"));
  g_assert_nonnull (strstr (refusal_for (r, "abimismatch"), "ABI mismatch"));
  g_assert_nonnull (strstr (refusal_for (r, "apinewer"), "API too new"));
  g_assert_nonnull (strstr (refusal_for (r, "noentry"), "no entry point"));
  g_assert_nonnull (strstr (refusal_for (r, "duplicate"), "duplicate name"));
  g_assert_nonnull (strstr (refusal_for (r, "needy"), "ghost.layer"));
  /* the crashy that won is the first found (crashy.la sorts before duplicate.la) */
  g_assert_nonnull (strstr (np_registry_lookup (r, "crashy")->path, "crashy"));
  np_registry_free (r);
}

static void
test_not_a_module (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("np-loader-XXXXXX", &error);
  g_assert_no_error (error);
  g_autofree char *fake = g_build_filename (dir, "fake.so", NULL);
  g_assert_true (g_file_set_contents (fake, "this is not a shared object\n", -1, NULL));
  NpRegistry *r = np_registry_new ();
  np_registry_add_dir (r, dir);
  np_registry_scan (r);
  g_assert_cmpuint (np_registry_get_n_plugins (r), ==, 0);
  const char *why = refusal_for (r, "fake");
  g_assert_nonnull (why);
  g_assert_nonnull (strstr (why, "not a loadable module"));
  g_assert_null (strchr (why, '\n'));
  np_registry_free (r);
  g_unlink (fake);
  g_rmdir (dir);
}

static NpPipeline *
pipeline_for (NpRegistry *r, const char *list, NpConfig *config, GError **error)
{
  g_auto (GStrv) names = list ? g_strsplit (list, ",", -1) : NULL;
  if (list && !*list)
    {
      g_strfreev (names);
      names = g_new0 (char *, 1);
    }
  return np_pipeline_new (r, (const char *const *) names, config, error);
}

static void
test_ordering (void)
{
  NpRegistry *r = make_registry ();
  g_autoptr (GError) error = NULL;
  /* default: every plugin, ordered by layers */
  NpPipeline *p = pipeline_for (r, NULL, NULL, &error);
  g_assert_no_error (error);
  /* stats provides what crashy and flaky require: it comes before them */
  gint pos_stats = -1, pos_crashy = -1, pos_flaky = -1;
  for (guint i = 0; i < np_pipeline_get_n_plugins (p); i++)
    {
      const char *name = np_pipeline_get_plugin (p, i)->name;
      if (strcmp (name, "stats") == 0)
        pos_stats = i;
      else if (strcmp (name, "crashy") == 0)
        pos_crashy = i;
      else if (strcmp (name, "flaky") == 0)
        pos_flaky = i;
    }
  g_assert_cmpint (pos_stats, >=, 0);
  g_assert_cmpint (pos_crashy, >, pos_stats);
  g_assert_cmpint (pos_flaky, >, pos_stats);
  g_autofree char *explain = np_pipeline_explain (p);
  g_assert_nonnull (strstr (explain, "requires stats.document"));
  np_pipeline_free (p);
  /* an explicit list is never reordered */
  p = pipeline_for (r, "flaky,stats", NULL, &error);
  g_assert_null (p);
  g_assert_error (error, NP_PIPELINE_ERROR, NP_PIPELINE_ERROR_ORDER);
  g_assert_nonnull (strstr (error->message, "list stats before flaky"));
  g_clear_error (&error);
  p = pipeline_for (r, "flaky", NULL, &error);
  g_assert_error (error, NP_PIPELINE_ERROR, NP_PIPELINE_ERROR_MISSING_LAYER);
  g_assert_nonnull (strstr (error->message, "stats.document"));
  g_assert_nonnull (strstr (error->message, "which plugin stats provides"));
  g_clear_error (&error);
  p = pipeline_for (r, "nosuch", NULL, &error);
  g_assert_error (error, NP_PIPELINE_ERROR, NP_PIPELINE_ERROR_UNKNOWN_PLUGIN);
  g_clear_error (&error);
  p = pipeline_for (r, "abimismatch", NULL, &error);
  g_assert_error (error, NP_PIPELINE_ERROR, NP_PIPELINE_ERROR_UNKNOWN_PLUGIN);
  g_assert_nonnull (strstr (error->message, "ABI mismatch"));
  g_clear_error (&error);
  p = pipeline_for (r, "", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (np_pipeline_get_n_plugins (p), ==, 0);
  np_pipeline_free (p);
  np_registry_free (r);
}

static void
expect_option_error (NpRegistry *r, const char *assignment, const char *needle)
{
  g_autoptr (GError) error = NULL;
  NpConfig *c = np_config_new ();
  g_assert_true (np_config_set_option (c, assignment, &error));
  NpPipeline *p = pipeline_for (r, "stats,flaky", c, &error);
  g_assert_null (p);
  g_assert_error (error, NP_PIPELINE_ERROR, NP_PIPELINE_ERROR_OPTION);
  if (!strstr (error->message, needle))
    g_error ("'%s' not in '%s'", needle, error->message);
  np_config_free (c);
}

static void
test_options (void)
{
  NpRegistry *r = make_registry ();
  expect_option_error (r, "flaky.level=9", "at most 5");
  expect_option_error (r, "flaky.level=two", "expected a number");
  expect_option_error (r, "flaky.level=2.5", "expected an integer");
  expect_option_error (r, "flaky.mode=medium", "not one of fast, slow");
  expect_option_error (r, "flaky.tags=a,z", "'z' is not one of");
  expect_option_error (r, "flaky.on=maybe", "true or false");
  expect_option_error (r, "flaky.ratio=2", "at most 1");
  expect_option_error (r, "flaky.colour=red", "unknown option 'colour'");

  g_autoptr (GError) error = NULL;
  NpConfig *c = np_config_new ();
  g_assert_true (np_config_set_option (c, "flaky.level=3", &error));
  g_assert_false (np_config_set_option (c, "nodot=1", &error));
  g_assert_error (error, NP_PIPELINE_ERROR, NP_PIPELINE_ERROR_CONFIG);
  g_clear_error (&error);
  NpPipeline *p = pipeline_for (r, "stats,flaky", c, &error);
  g_assert_no_error (error);
  g_autofree char *opts = np_pipeline_describe_options (p);
  g_assert_nonnull (strstr (opts, "flaky.level=3\n"));
  g_assert_nonnull (strstr (opts, "flaky.mode=fast\n"));
  np_pipeline_free (p);
  np_config_free (c);

  /* a key file: errors name the file and line */
  g_autofree char *dir = g_dir_make_tmp ("np-conf-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "notepipe.conf", NULL);
  g_assert_true (g_file_set_contents (path, "# comment\n[stats]\nmin_words = 2\n\n[flaky]\nmode = slow\nbogus = 1\n", -1, NULL));
  c = np_config_new ();
  g_assert_true (np_config_load_file (c, path, &error));
  g_assert_cmpstr (np_config_get (c, "stats", "min_words"), ==, "2");
  p = pipeline_for (r, "stats,flaky", c, &error);
  g_assert_null (p);
  g_autofree char *where = g_strdup_printf ("%s:7", path);
  g_assert_nonnull (strstr (error->message, where));
  g_clear_error (&error);
  np_config_free (c);
  g_assert_true (g_file_set_contents (path, "[stats\nbroken", -1, NULL));
  c = np_config_new ();
  g_assert_false (np_config_load_file (c, path, &error));
  g_assert_nonnull (strstr (error->message, path));
  np_config_free (c);
  g_unlink (path);
  g_rmdir (dir);
  np_registry_free (r);
}

static NpDocument *
doc_of (const char *text)
{
  return np_read_bytes ("t.txt", text, strlen (text), NULL, NULL);
}

static void
test_failing_plugin (void)
{
  NpRegistry *r = make_registry ();
  g_autoptr (GError) error = NULL;
  NpPipeline *p = pipeline_for (r, "stats,flaky", NULL, &error);
  g_assert_no_error (error);
  NpWorker *w = np_worker_new (p, &error);
  g_assert_no_error (error);

  NpDocument *ok = doc_of ("- one\n- two\n");
  g_assert_true (np_worker_process (w, ok));
  const NpLayer *mark = np_document_get_layer (ok, "flaky.mark");
  g_assert_nonnull (mark);
  g_assert_cmpint (np_annotation_get_int (np_layer_get_annotation (mark, 0), "stats_items", 0), ==, 2);
  g_assert_cmpstr (np_layer_get_producer (mark), ==, "flaky");

  NpDocument *bad = doc_of ("- this one says FAIL\n");
  g_assert_false (np_worker_process (w, bad));
  g_assert_true (np_document_has_failed (bad));
  g_assert_null (np_document_get_layer (bad, "flaky.mark"));
  g_assert_nonnull (np_document_get_layer (bad, "stats.document"));
  guint n;
  const NpDiagnostic *d = np_document_get_diagnostics (bad, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (d[0].plugin, ==, "flaky");
  g_assert_cmpstr (d[0].message, ==, "this document says FAIL");

  NpDocument *schema = doc_of ("- SCHEMA break\n");
  g_assert_false (np_worker_process (w, schema));
  d = np_document_get_diagnostics (schema, &n);
  g_assert_nonnull (strstr (d[0].message, "'undeclared' is not in the schema"));
  NpDocument *wrong = doc_of ("- WRONGTYPE here\n");
  g_assert_false (np_worker_process (w, wrong));
  d = np_document_get_diagnostics (wrong, &n);
  g_assert_nonnull (strstr (d[0].message, "'stats_items' expects type x, got s"));
  np_document_unref (wrong);

  /* the JSON of a failed document still has the other layers and the error */
  g_autoptr (JsonNode) node = np_document_to_json (bad, 0);
  JsonObject *o = json_node_get_object (node);
  g_assert_cmpstr (json_object_get_string_member (o, "status"), ==, "failed");
  g_assert_true (json_object_has_member (json_object_get_object_member (o, "layers"), "stats.document"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (o, "errors")), ==, 1);

  np_document_unref (ok);
  np_document_unref (bad);
  np_document_unref (schema);
  np_worker_free (w);
  np_pipeline_free (p);
  np_registry_free (r);
}

static void
test_layer_write_rules (void)
{
  NpDocument *doc = doc_of ("- x\n");
  g_autoptr (GError) error = NULL;
  g_assert_null (np_document_get_layer_for_write (doc, "stats.document", &error));
  g_assert_error (error, NP_PLUGIN_ERROR, NP_PLUGIN_ERROR_FAILED);
  np_document_unref (doc);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/loader/discovery-and-refusals", test_discovery_and_refusals);
  g_test_add_func ("/loader/not-a-module", test_not_a_module);
  g_test_add_func ("/pipeline/ordering", test_ordering);
  g_test_add_func ("/pipeline/options", test_options);
  g_test_add_func ("/pipeline/failing-plugin", test_failing_plugin);
  g_test_add_func ("/pipeline/layer-write-rules", test_layer_write_rules);
  return g_test_run ();
}
