/* test-keywords-fixture.c: the keywords tests' fixture (test-keywords.h). */
#include <string.h>

#include "test-keywords.h"

void
fixture_setup (Fixture *f, const char *const *options)
{
  f->registry = np_registry_new ();
  np_registry_add_default_dirs (f->registry);
  np_registry_scan (f->registry);
  f->config = np_config_new ();
  g_autoptr (GError) error = NULL;
  for (const char *const *o = options; o && *o; o++)
    {
      np_config_set_option (f->config, *o, &error);
      g_assert_no_error (error);
    }
  const char *plugins[] = { "keywords", NULL };
  f->pipeline = np_pipeline_new (f->registry, plugins, f->config, &error);
  g_assert_no_error (error);
  f->worker = np_worker_new (f->pipeline, &error);
  g_assert_no_error (error);
}

void
fixture_teardown (Fixture *f)
{
  np_worker_free (f->worker);
  np_pipeline_free (f->pipeline);
  np_config_free (f->config);
  np_registry_free (f->registry);
}

NpDocument *
run_text (Fixture *f, const char *name, const char *text)
{
  g_autoptr (GError) error = NULL;
  NpDocument *doc = np_read_bytes (name, text, strlen (text), NULL, &error);
  g_assert_no_error (error);
  g_assert_true (np_worker_process (f->worker, doc));
  return doc;
}

/* Phrases of one scope instance, by rank, joined with '|'. */
char *
phrases (const NpDocument *doc, const char *scope, gint64 section, const char *speaker)
{
  const NpLayer *layer = np_document_get_layer (doc, "keywords.phrase");
  g_assert_nonnull (layer);
  GString *s = g_string_new (NULL);
  gint64 expected_rank = 1;
  for (guint i = 0; i < np_layer_get_size (layer); i++)
    {
      const NpAnnotation *a = np_layer_get_annotation (layer, i);
      if (g_strcmp0 (np_annotation_get_string (a, "scope"), scope) != 0)
        continue;
      if (section >= 0 && np_annotation_get_int (a, "section", -1) != section)
        continue;
      if (speaker && g_strcmp0 (np_annotation_get_string (a, "speaker"), speaker) != 0)
        continue;
      g_assert_cmpint (np_annotation_get_int (a, "rank", 0), ==, expected_rank);
      expected_rank++;
      double score = np_annotation_get_double (a, "score", -1);
      g_assert_cmpfloat (score, >, 0.0);
      g_assert_cmpfloat (score, <=, 1.0);
      g_string_append_printf (s, "%s%s", s->len ? "|" : "", np_annotation_get_string (a, "text"));
    }
  return g_string_free (s, FALSE);
}

gboolean
has_phrase (const char *list, const char *phrase)
{
  g_autofree char *padded = g_strdup_printf ("|%s|", list);
  g_autofree char *needle = g_strdup_printf ("|%s|", phrase);
  return strstr (padded, needle) != NULL;
}
