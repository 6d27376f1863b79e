/* test-layer.c: annotation layers: appends in blocks (many annotations,
 * stable addresses, read back in order) and the setter by feature index
 * (same values and the same schema checks as the setter by name; a
 * shared value is checked once per feature), values held once per layer
 * (borrowed or full references) and the check of required values. */
#include <string.h>

#include <notepipe/notepipe.h>

#include "np-private.h"

static const NpFeatureSpec features[] = {
  { "count", NP_VALUE_INT, 0, "an integer" },
  { "label", NP_VALUE_STRING, NP_FEATURE_OPTIONAL, "a string" },
  { "names", NP_VALUE_STRING_LIST, NP_FEATURE_OPTIONAL, "a string list" },
  { NULL },
};

static const NpLayerSpec spec = { "test.mark", NP_TARGET_ITEM, "a test layer", features };
static const NpLayerSpec *const provides[] = { &spec, NULL };

static NpDocument *
doc_of (const char *text)
{
  return np_read_bytes ("t.txt", text, strlen (text), NULL, NULL);
}

static void
test_append_blocks (void)
{
  NpDocument *doc = doc_of ("- x\n");
  np_document_begin_stage (doc, "test", provides);
  g_autoptr (GError) error = NULL;
  NpLayer *layer = np_document_get_layer_for_write (doc, "test.mark", &error);
  g_assert_no_error (error);
  /* past several blocks (16, 32, 64, ...): earlier addresses stay valid */
  const guint n = 5000;
  NpAnnotation *first = np_layer_append (layer, 7);
  np_annotation_set_int (first, "count", 0);
  for (guint i = 1; i < n; i++)
    {
      NpAnnotation *a = i % 3 ? np_layer_append (layer, i) : np_layer_append_span (layer, i, i, i + 2);
      np_annotation_set_index (a, 0, g_variant_new_int64 (i));
    }
  np_annotation_set_string (first, "label", "first");
  g_assert_true (np_document_end_stage (doc, TRUE, &error));
  g_assert_no_error (error);
  const NpLayer *read = np_document_get_layer (doc, "test.mark");
  g_assert_cmpuint (np_layer_get_size (read), ==, n);
  g_assert_true (np_layer_get_annotation (read, 0) == first);
  g_assert_cmpstr (np_annotation_get_string (first, "label"), ==, "first");
  g_assert_cmpuint (np_annotation_get_target (first), ==, 7);
  for (guint i = 1; i < n; i++)
    {
      const NpAnnotation *a = np_layer_get_annotation (read, i);
      g_assert_cmpint (np_annotation_get_int (a, "count", -1), ==, i);
      g_assert_cmpuint (np_annotation_get_target (a), ==, i);
      g_assert_null (np_annotation_get_string (a, "label"));
      guint32 s = 0, e = 0;
      np_annotation_get_span (a, &s, &e);
      g_assert_cmpuint (s, ==, i % 3 ? 0 : i);
      g_assert_cmpuint (e, ==, i % 3 ? 0 : i + 2);
    }
  np_document_unref (doc);
}

static void
test_set_index (void)
{
  NpDocument *doc = doc_of ("- x\n");
  np_document_begin_stage (doc, "test", provides);
  g_autoptr (GError) error = NULL;
  NpLayer *layer = np_document_get_layer_for_write (doc, "test.mark", &error);
  NpAnnotation *a = np_layer_append (layer, 0);
  /* the same values as by name; a shared full reference is taken over */
  GVariant *shared = g_variant_ref_sink (g_variant_new_strv ((const char *const[]) { "x", "y" }, 2));
  np_annotation_set_index (a, 2, g_variant_ref (shared));
  np_annotation_set_index (a, 0, g_variant_new_int64 (3));
  np_annotation_set_index (a, 0, g_variant_new_int64 (4)); /* replaces */
  np_annotation_set_index (a, 1, g_variant_new_string ("l"));
  NpAnnotation *b = np_layer_append (layer, 0);
  np_annotation_set_index (b, 0, g_variant_new_int64 (5));
  np_annotation_set_index (b, 2, g_variant_ref (shared));
  g_variant_unref (shared);
  g_assert_true (np_document_end_stage (doc, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (np_annotation_get_int (a, "count", 0), ==, 4);
  g_assert_cmpstr (np_annotation_get_string (a, "label"), ==, "l");
  gsize n = 0;
  g_autofree const char **names = np_annotation_get_strv (b, "names", &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (names[1], ==, "y");
  g_assert_true (np_annotation_get (a, "names") == np_annotation_get (b, "names"));
  np_document_unref (doc);
}

static void
test_set_index_checks (void)
{
  /* a wrong type and an index past the schema fail the stage, as a wrong
   * name does, and name the feature */
  static const struct
  {
    guint index;
    const char *type;
    const char *message;
  } cases[] = {
    { 0, "s", "feature 'count' expects type x, got s" },
    { 2, "s", "feature 'names' expects type as, got s" },
    { 1, "as", "feature 'label' expects type s, got as" },
    { 3, "x", "feature index 3 is not in the schema" },
  };
  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      NpDocument *doc = doc_of ("- x\n");
      np_document_begin_stage (doc, "test", provides);
      g_autoptr (GError) error = NULL;
      NpLayer *layer = np_document_get_layer_for_write (doc, "test.mark", &error);
      NpAnnotation *a = np_layer_append (layer, 0);
      np_annotation_set_int (a, "count", 1);
      GVariant *v = strcmp (cases[k].type, "s") == 0    ? g_variant_new_string ("v")
                    : strcmp (cases[k].type, "x") == 0  ? g_variant_new_int64 (2)
                                                        : g_variant_new_strv (NULL, 0);
      np_annotation_set_index (a, cases[k].index, v);
      g_assert_false (np_document_end_stage (doc, TRUE, &error));
      g_assert_error (error, NP_PLUGIN_ERROR, NP_PLUGIN_ERROR_FAILED);
      g_assert_nonnull (strstr (error->message, cases[k].message));
      g_assert_null (np_document_get_layer (doc, "test.mark"));
      np_document_unref (doc);
    }
}

static void
test_shared_checked_per_feature (void)
{
  /* a shared value accepted for one feature is still checked for another */
  NpDocument *doc = doc_of ("- x\n");
  np_document_begin_stage (doc, "test", provides);
  g_autoptr (GError) error = NULL;
  NpLayer *layer = np_document_get_layer_for_write (doc, "test.mark", &error);
  GVariant *names = g_variant_ref_sink (g_variant_new_strv ((const char *const[]) { "x" }, 1));
  for (guint k = 0; k < 3; k++)
    {
      NpAnnotation *a = np_layer_append (layer, k);
      np_annotation_set_index (a, 0, g_variant_new_int64 (k));
      np_annotation_set_index (a, 2, g_variant_ref (names));
    }
  np_annotation_set_index (np_layer_append (layer, 3), 0, g_variant_ref (names));
  g_variant_unref (names);
  g_assert_false (np_document_end_stage (doc, TRUE, &error));
  g_assert_nonnull (strstr (error->message, "feature 'count' expects type x, got as"));
  np_document_unref (doc);
}

static void
set_flag (gpointer data)
{
  *(gboolean *) data = TRUE;
}

static void
test_held_values (void)
{
  /* a layer holds each distinct value once, whether written borrowed
   * (np_annotation_share_index) or as a full reference; a value replaced
   * in an annotation stays alive with the layer, and all are let go when
   * the document is freed */
  static gint64 numbers[] = { 1, 2, 3 };
  gboolean freed = FALSE, replaced_freed = FALSE;
  GVariant *list = g_variant_ref_sink (
    g_variant_new_from_data (G_VARIANT_TYPE ("ax"), numbers, sizeof numbers, TRUE, set_flag, &freed));
  GVariant *first = g_variant_ref_sink (g_variant_new_from_data (G_VARIANT_TYPE ("ax"), numbers, sizeof numbers[0],
                                                                 TRUE, set_flag, &replaced_freed));
  static const NpFeatureSpec list_features[] = {
    { "count", NP_VALUE_INT, 0, "an integer" },
    { "ids", NP_VALUE_INT_LIST, 0, "a list" },
    { "more", NP_VALUE_INT_LIST, NP_FEATURE_OPTIONAL, "another list" },
    { NULL },
  };
  static const NpLayerSpec list_spec = { "test.list", NP_TARGET_ITEM, "held values", list_features };
  static const NpLayerSpec *const list_provides[] = { &list_spec, NULL };
  NpDocument *doc = doc_of ("- x\n");
  np_document_begin_stage (doc, "test", list_provides);
  g_autoptr (GError) error = NULL;
  NpLayer *layer = np_document_get_layer_for_write (doc, "test.list", &error);
  GVariant *count = g_variant_ref_sink (g_variant_new_int64 (5));
  const guint n = 3000;
  for (guint i = 0; i < n; i++)
    {
      NpAnnotation *a = np_layer_append (layer, i);
      np_annotation_share_index (a, 0, count);
      if (i == 0)
        {
          np_annotation_share_index (a, 1, first);
          np_annotation_share_index (a, 1, list); /* replaces first */
        }
      else if (i % 2)
        np_annotation_share_index (a, 1, list);
      else
        np_annotation_set_index (a, 1, g_variant_ref (list)); /* a full reference, the same value */
      if (i % 7 == 0)
        np_annotation_share_index (a, 2, list);
      if (i % 100 == 0) /* values seen once each: the held set grows */
        np_annotation_set_index (a, 2, g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, &numbers[1], 1,
                                                                  sizeof (gint64)));
    }
  g_variant_unref (list);
  g_variant_unref (first);
  g_variant_unref (count);
  g_assert_false (freed);
  g_assert_false (replaced_freed);
  g_assert_true (np_document_end_stage (doc, TRUE, &error));
  g_assert_no_error (error);
  const NpLayer *read = np_document_get_layer (doc, "test.list");
  for (guint i = 0; i < n; i++)
    {
      const NpAnnotation *a = np_layer_get_annotation (read, i);
      g_assert_cmpint (np_annotation_get_int (a, "count", -1), ==, 5);
      gsize len = 0;
      const gint64 *ids = g_variant_get_fixed_array (np_annotation_get (a, "ids"), &len, sizeof (gint64));
      g_assert_cmpuint (len, ==, 3);
      g_assert_cmpint (ids[2], ==, 3);
      GVariant *more = np_annotation_get (a, "more");
      g_assert_cmpuint (more ? g_variant_n_children (more) : 0, ==, i % 100 == 0 ? 1 : i % 7 == 0 ? 3 : 0);
    }
  np_document_unref (doc);
  g_assert_true (freed);
  g_assert_true (replaced_freed);
}

static void
test_append_shared (void)
{
  /* all of an annotation's values at once, borrowed: the same values and
   * checks as np_annotation_share_index() feature by feature; NULL leaves
   * a feature unset, and a wrong type fails the stage */
  NpDocument *doc = doc_of ("- x\n");
  np_document_begin_stage (doc, "test", provides);
  g_autoptr (GError) error = NULL;
  NpLayer *layer = np_document_get_layer_for_write (doc, "test.mark", &error);
  GVariant *count = g_variant_ref_sink (g_variant_new_int64 (4));
  GVariant *label = g_variant_ref_sink (g_variant_new_string ("l"));
  for (guint i = 0; i < 100; i++)
    {
      GVariant *values[] = { count, i % 2 ? label : NULL, NULL };
      g_assert_nonnull (np_layer_append_shared (layer, i, values));
    }
  g_variant_unref (count);
  g_variant_unref (label);
  g_assert_true (np_document_end_stage (doc, TRUE, &error));
  const NpLayer *read = np_document_get_layer (doc, "test.mark");
  g_assert_cmpuint (np_layer_get_size (read), ==, 100);
  for (guint i = 0; i < 100; i++)
    {
      const NpAnnotation *a = np_layer_get_annotation (read, i);
      g_assert_cmpint (np_annotation_get_int (a, "count", -1), ==, 4);
      g_assert_cmpstr (np_annotation_get_string (a, "label"), ==, i % 2 ? "l" : NULL);
      g_assert_null (np_annotation_get (a, "names"));
    }
  np_document_unref (doc);

  doc = doc_of ("- x\n");
  np_document_begin_stage (doc, "test", provides);
  layer = np_document_get_layer_for_write (doc, "test.mark", &error);
  GVariant *wrong = g_variant_ref_sink (g_variant_new_string ("not a count"));
  GVariant *values[] = { wrong, NULL, NULL };
  np_layer_append_shared (layer, 0, values);
  g_variant_unref (wrong);
  g_assert_false (np_document_end_stage (doc, TRUE, &error));
  g_assert_nonnull (strstr (error->message, "feature 'count' expects type x, got s"));
  np_document_unref (doc);
}

static void
test_required_values_checked (void)
{
  /* the stage fails on the one annotation of many that lacks a required
   * value, however the others were written */
  for (guint missing = 0; missing < 3; missing++)
    {
      NpDocument *doc = doc_of ("- x\n");
      np_document_begin_stage (doc, "test", provides);
      g_autoptr (GError) error = NULL;
      NpLayer *layer = np_document_get_layer_for_write (doc, "test.mark", &error);
      GVariant *one = g_variant_ref_sink (g_variant_new_int64 (1));
      for (guint i = 0; i < 40; i++)
        {
          NpAnnotation *a = np_layer_append (layer, i);
          np_annotation_set_string (a, "label", "x");
          if (i == missing * 19)
            continue;
          if (i % 2)
            np_annotation_share_index (a, 0, one);
          else
            np_annotation_set_int (a, "count", 2);
          np_annotation_share_index (a, 0, one); /* set again: still one value */
        }
      g_variant_unref (one);
      g_assert_false (np_document_end_stage (doc, TRUE, &error));
      g_autofree char *expected = g_strdup_printf ("annotation %u lacks required feature 'count'", missing * 19);
      g_assert_nonnull (strstr (error->message, expected));
      np_document_unref (doc);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/layer/append-blocks", test_append_blocks);
  g_test_add_func ("/layer/set-index", test_set_index);
  g_test_add_func ("/layer/set-index-checks", test_set_index_checks);
  g_test_add_func ("/layer/shared-checked-per-feature", test_shared_checked_per_feature);
  g_test_add_func ("/layer/held-values", test_held_values);
  g_test_add_func ("/layer/required-values-checked", test_required_values_checked);
  g_test_add_func ("/layer/append-shared", test_append_shared);
  return g_test_run ();
}
