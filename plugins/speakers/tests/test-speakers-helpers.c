/* test-speakers-helpers.c: running the plugin on small notes and reading
 * its layers back, for the speakers tests (test-speakers.h). */
#include <string.h>

#include "test-speakers.h"

NpRegistry *test_registry;

NpDocument *
run_doc (NpDocument *doc, const char *const *options)
{
  g_autoptr (GError) error = NULL;
  NpConfig *config = np_config_new ();
  for (guint i = 0; options && options[i]; i++)
    {
      g_autofree char *assignment = g_strdup_printf ("speakers.%s", options[i]);
      g_assert_true (np_config_set_option (config, assignment, &error));
      g_assert_no_error (error);
    }
  const char *const plugins[] = { "speakers", NULL };
  NpPipeline *pipeline = np_pipeline_new (test_registry, plugins, config, &error);
  g_assert_no_error (error);
  NpWorker *worker = np_worker_new (pipeline, &error);
  g_assert_no_error (error);
  gboolean ok = np_worker_process (worker, doc);
  g_assert_true (ok);
  np_worker_free (worker);
  np_pipeline_free (pipeline);
  np_config_free (config);
  return doc;
}

/* Run the plugin on text read as the file `name` (its extension chooses
 * plain text or Markdown; no such file exists, so no roster is found). */
NpDocument *
run_text (const char *name, const char *text, const char *const *options)
{
  g_autoptr (GError) error = NULL;
  NpDocument *doc = np_read_bytes (name, text, strlen (text), NULL, &error);
  g_assert_no_error (error);
  return run_doc (doc, options);
}

static gint
item_at_line (const NpDocument *doc, guint line)
{
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  for (guint i = 0; i < n; i++)
    if (items[i].line <= line && line <= items[i].end_line)
      return i;
  return -1;
}

const NpAnnotation *
turn_at (const NpDocument *doc, guint line)
{
  gint item = item_at_line (doc, line);
  const NpLayer *layer = np_document_get_layer (doc, "speakers.turn");
  g_assert_nonnull (layer);
  for (guint i = 0; item >= 0 && i < np_layer_get_size (layer); i++)
    {
      const NpAnnotation *a = np_layer_get_annotation (layer, i);
      if (np_annotation_get_target (a) == (guint32) item)
        return a;
    }
  return NULL;
}

/* "A;B" for the speakers of the item at line, "NONE" without a turn. */
char *
speakers_at (const NpDocument *doc, guint line)
{
  const NpAnnotation *a = turn_at (doc, line);
  if (a == NULL)
    return g_strdup ("NONE");
  gsize n;
  g_autofree const char **names = np_annotation_get_strv (a, "speakers", &n);
  return g_strjoinv (";", (char **) names);
}

char *
feature_at (const NpDocument *doc, guint line, const char *feature)
{
  const NpAnnotation *a = turn_at (doc, line);
  if (a == NULL)
    return g_strdup ("NONE");
  GVariant *v = np_annotation_get (a, feature);
  if (v == NULL)
    return g_strdup ("NULL");
  if (g_variant_is_of_type (v, G_VARIANT_TYPE_STRING))
    return g_variant_dup_string (v, NULL);
  gsize n;
  g_autofree const char **strv = g_variant_get_strv (v, &n);
  return g_strjoinv (";", (char **) strv);
}


const NpAnnotation *
person_named (const NpDocument *doc, const char *name)
{
  const NpLayer *layer = np_document_get_layer (doc, "speakers.person");
  g_assert_nonnull (layer);
  for (guint i = 0; i < np_layer_get_size (layer); i++)
    {
      const NpAnnotation *a = np_layer_get_annotation (layer, i);
      if (g_strcmp0 (np_annotation_get_string (a, "name"), name) == 0)
        return a;
    }
  return NULL;
}
