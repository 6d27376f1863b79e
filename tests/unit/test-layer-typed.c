/* test-layer-typed.c: typed values (np_annotation_put_*, API 1.13): read
 * back the same by every reader (peek, the typed getters, GVariants made
 * on request, the JSON writer) as the same values written as GVariants;
 * checked against the schema like GVariants; counted as required values;
 * a cell may change between a GVariant and a typed value; a whole
 * annotation appended at once (np_layer_append_values) is the same. */
#include <string.h>

#include <notepipe/notepipe.h>

#include "np-private.h"

static const NpFeatureSpec features[] = {
  { "count", NP_VALUE_INT, 0, "an integer" },
  { "label", NP_VALUE_STRING, NP_FEATURE_OPTIONAL, "a string" },
  { "names", NP_VALUE_STRING_LIST, NP_FEATURE_OPTIONAL, "a string list" },
  { "score", NP_VALUE_DOUBLE, NP_FEATURE_OPTIONAL, "a double" },
  { "flag", NP_VALUE_BOOL, NP_FEATURE_OPTIONAL, "a boolean" },
  { "ids", NP_VALUE_INT_LIST, NP_FEATURE_OPTIONAL, "integers" },
  { "weights", NP_VALUE_DOUBLE_LIST, NP_FEATURE_OPTIONAL, "doubles" },
  { NULL },
};

enum
{
  COUNT,
  LABEL,
  NAMES,
  SCORE,
  FLAG,
  IDS,
  WEIGHTS
};

static const NpLayerSpec spec = { "test.typed", NP_TARGET_ITEM, "a test layer", features };
static const NpLayerSpec *const provides[] = { &spec, NULL };

static NpDocument *
open_stage (NpLayer **layer)
{
  const char *text = "- x\n";
  NpDocument *doc = np_read_bytes ("t.txt", text, strlen (text), NULL, NULL);
  np_document_begin_stage (doc, "test", provides);
  g_autoptr (GError) error = NULL;
  *layer = np_document_get_layer_for_write (doc, "test.typed", &error);
  g_assert_no_error (error);
  return doc;
}

static const char *const names_in[] = { "Ana Lima", "Bo Chen", NULL };
static const gint64 ids_in[] = { 3, -1, 1L << 40 };
static const double weights_in[] = { 0.5, -2.25 };

/* Annotation k of a layer written typed (typed) or with GVariants */
static void
write_one (NpLayer *layer, guint k, gboolean typed)
{
  NpAnnotation *a = np_layer_append (layer, k);
  if (!typed)
    {
      np_annotation_set_int (a, "count", (gint64) k * 7 - 3);
      np_annotation_set_string (a, "label", k % 2 ? "odd \"one\"" : "even");
      np_annotation_set_strv (a, "names", names_in, k % 3);
      np_annotation_set_double (a, "score", k / 3.0);
      np_annotation_set_bool (a, "flag", k % 2);
      np_annotation_set_ints (a, "ids", ids_in, k % 4);
      np_annotation_set_doubles (a, "weights", weights_in, k % 3);
      return;
    }
  np_annotation_put_int (a, COUNT, (gint64) k * 7 - 3);
  /* a static string, and a kept one */
  np_annotation_put_string (a, LABEL, k % 2 ? np_layer_keep_string (layer, "odd \"one\"!", 9) : "even");
  np_annotation_put_strv (a, NAMES, np_layer_keep_strv (layer, names_in, k % 3));
  np_annotation_put_double (a, SCORE, k / 3.0);
  np_annotation_put_bool (a, FLAG, k % 2);
  np_annotation_put_ints (a, IDS, np_layer_keep_ints (layer, ids_in, k % 4));
  np_annotation_put_doubles (a, WEIGHTS, np_layer_keep_doubles (layer, weights_in, k % 3));
}

/* write_one (typed) with one call per annotation */
static void
append_one (NpLayer *layer, guint k)
{
  NpValue v[WEIGHTS + 1] = {
    [COUNT] = { .type = NP_VALUE_INT, .i = (gint64) k * 7 - 3 },
    [LABEL] = { .type = NP_VALUE_STRING, .s = k % 2 ? np_layer_keep_string (layer, "odd \"one\"", -1) : "even" },
    [NAMES] = { .type = NP_VALUE_STRING_LIST, .strv = np_layer_keep_strv (layer, names_in, k % 3) },
    [SCORE] = { .type = NP_VALUE_DOUBLE, .d = k / 3.0 },
    [FLAG] = { .type = NP_VALUE_BOOL, .b = k % 2 },
    [IDS] = { .type = NP_VALUE_INT_LIST, .ints = np_layer_keep_ints (layer, ids_in, k % 4) },
    [WEIGHTS] = { .type = NP_VALUE_DOUBLE_LIST, .doubles = np_layer_keep_doubles (layer, weights_in, k % 3) },
  };
  np_layer_append_values (layer, k, v);
}

static char *
layer_json (const NpLayer *layer)
{
  GString *out = g_string_new (NULL);
  for (guint k = 0; k < np_layer_get_size (layer); k++)
    {
      np_json_append_annotation (out, np_layer_get_spec (layer), np_layer_get_annotation (layer, k));
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

static void
test_same_as_variants (gconstpointer whole)
{
  NpLayer *typed_layer, *variant_layer;
  NpDocument *typed = open_stage (&typed_layer);
  NpDocument *variants = open_stage (&variant_layer);
  for (guint k = 0; k < 12; k++)
    {
      if (whole)
        append_one (typed_layer, k);
      else
        write_one (typed_layer, k, TRUE);
      write_one (variant_layer, k, FALSE);
    }
  g_autoptr (GError) error = NULL;
  g_assert_true (np_document_end_stage (typed, TRUE, &error));
  g_assert_true (np_document_end_stage (variants, TRUE, &error));
  g_assert_no_error (error);
  const NpLayer *tl = np_document_get_layer (typed, "test.typed");
  const NpLayer *vl = np_document_get_layer (variants, "test.typed");

  /* the JSON writer's typed path writes what its GVariant path writes */
  g_autofree char *tj = layer_json (tl);
  g_autofree char *vj = layer_json (vl);
  g_assert_cmpstr (tj, ==, vj);
  g_assert_nonnull (strstr (tj, "\"names\": [\"Ana Lima\", \"Bo Chen\"]"));

  for (guint k = 0; k < 12; k++)
    {
      const NpAnnotation *t = np_layer_get_annotation (tl, k), *v = np_layer_get_annotation (vl, k);
      /* the GVariants made on request equal the written ones */
      for (const NpFeatureSpec *f = features; f->name; f++)
        g_assert_true (g_variant_equal (np_annotation_get (t, f->name), np_annotation_get (v, f->name)));
      g_assert_cmpint (np_annotation_get_int (t, "count", 0), ==, (gint64) k * 7 - 3);
      g_assert_cmpfloat (np_annotation_get_double (t, "score", -1), ==, k / 3.0);
      g_assert_cmpstr (np_annotation_get_string (t, "label"), ==, k % 2 ? "odd \"one\"" : "even");
      /* a typed getter asked for another type gives the fallback */
      g_assert_cmpint (np_annotation_get_int (t, "label", 42), ==, 42);
      gsize n = 9;
      g_autofree const char **strv = np_annotation_get_strv (t, "names", &n);
      g_assert_cmpuint (n, ==, k % 3);
      g_assert_null (strv[n]);
      for (gsize i = 0; i < n; i++)
        g_assert_cmpstr (strv[i], ==, names_in[i]);
      /* peek: typed values only */
      NpValue value;
      g_assert_cmpint (np_annotation_peek (t, IDS, &value), ==, NP_VALUE_INT_LIST);
      g_assert_cmpuint (value.n, ==, k % 4);
      g_assert_cmpuint (np_layer_kept_length (value.ints), ==, k % 4);
      for (gsize i = 0; i < value.n; i++)
        g_assert_cmpint (value.ints[i], ==, ids_in[i]);
      g_assert_cmpint (np_annotation_peek (t, FLAG, &value), ==, NP_VALUE_BOOL);
      g_assert_cmpint (value.b, ==, k % 2);
      g_assert_cmpint (np_annotation_peek (v, COUNT, &value), ==, 0);
      g_assert_cmpint (np_annotation_peek (t, 99, &value), ==, 0);
    }
  /* a GVariant made of a typed value is kept: asked twice, the same */
  const NpAnnotation *t0 = np_layer_get_annotation (tl, 0);
  g_assert_true (np_annotation_get (t0, "count") == np_annotation_get (t0, "count"));
  np_document_unref (typed);
  np_document_unref (variants);
}

static void
test_shared_kept_list (void)
{
  NpLayer *layer;
  NpDocument *doc = open_stage (&layer);
  const char *const *kept = np_layer_keep_strv (layer, names_in, -1);
  g_assert_cmpuint (np_layer_kept_length (kept), ==, 2);
  g_assert_null (kept[2]);
  g_assert_true (kept[0] != names_in[0]); /* a copy */
  for (guint k = 0; k < 300; k++)
    {
      NpAnnotation *a = np_layer_append (layer, k);
      np_annotation_put_int (a, COUNT, k);
      np_annotation_put_strv (a, NAMES, kept);
    }
  g_autoptr (GError) error = NULL;
  g_assert_true (np_document_end_stage (doc, TRUE, &error));
  const NpLayer *read = np_document_get_layer (doc, "test.typed");
  /* one GVariant for the one list, whichever annotation asks */
  GVariant *first = np_annotation_get (np_layer_get_annotation (read, 0), "names");
  g_assert_true (np_annotation_get (np_layer_get_annotation (read, 299), "names") == first);
  g_assert_false (np_annotation_get (np_layer_get_annotation (read, 0), "count")
                  == np_annotation_get (np_layer_get_annotation (read, 1), "count"));
  np_document_unref (doc);
}

static const char *
fails_with (void (*write) (NpLayer *layer))
{
  static char message[256];
  NpLayer *layer;
  NpDocument *doc = open_stage (&layer);
  write (layer);
  g_autoptr (GError) error = NULL;
  g_assert_false (np_document_end_stage (doc, TRUE, &error));
  g_assert_nonnull (error);
  g_strlcpy (message, error->message, sizeof message);
  np_document_unref (doc);
  return message;
}

static void
wrong_type (NpLayer *layer)
{
  NpAnnotation *a = np_layer_append (layer, 0);
  np_annotation_put_int (a, COUNT, 1);
  np_annotation_put_double (a, LABEL, 1.5);
}

static void
past_schema (NpLayer *layer)
{
  NpAnnotation *a = np_layer_append (layer, 0);
  np_annotation_put_int (a, 7, 1);
}

static void
invalid_text (NpLayer *layer)
{
  NpAnnotation *a = np_layer_append (layer, 0);
  np_annotation_put_int (a, COUNT, 1);
  g_assert_null (np_layer_keep_string (layer, "ab\xff", -1));
  const char *bad[] = { "ok", "\xc3(", NULL };
  g_assert_null (np_layer_keep_strv (layer, bad, -1));
  np_annotation_put_string (a, LABEL, "\xe2\x82"); /* a static string, cut */
}

static void
values_wrong_type (NpLayer *layer)
{
  NpValue v[WEIGHTS + 1] = { [COUNT] = { .type = NP_VALUE_INT, .i = 1 },
                             [NAMES] = { .type = NP_VALUE_STRING, .s = "x" } };
  np_layer_append_values (layer, 0, v);
}

static void
values_unkept (NpLayer *layer)
{
  const char *bad[] = { "\xff", NULL };
  NpValue v[WEIGHTS + 1] = { [COUNT] = { .type = NP_VALUE_INT, .i = 1 },
                             [NAMES] = { .type = NP_VALUE_STRING_LIST, .strv = np_layer_keep_strv (layer, bad, 1) } };
  np_layer_append_values (layer, 0, v);
}

static void
values_missing (NpLayer *layer)
{
  NpValue v[WEIGHTS + 1] = { [LABEL] = { .type = NP_VALUE_STRING, .s = "no count" } };
  np_layer_append_values (layer, 0, v);
}

static void
missing_required (NpLayer *layer)
{
  for (guint k = 0; k < 5; k++)
    {
      NpAnnotation *a = np_layer_append (layer, k);
      np_annotation_put_bool (a, FLAG, FALSE);
      if (k != 3)
        np_annotation_put_int (a, COUNT, 0); /* zero bytes: set all the same */
    }
}

static void
test_checks (void)
{
  g_assert_nonnull (strstr (fails_with (wrong_type), "feature 'label' expects type string, got double"));
  g_assert_nonnull (strstr (fails_with (past_schema), "feature index 7 is not in the schema"));
  g_assert_nonnull (strstr (fails_with (invalid_text), "feature label given invalid UTF-8"));
  g_assert_nonnull (strstr (fails_with (missing_required), "annotation 3 lacks required feature 'count'"));
  g_assert_nonnull (strstr (fails_with (values_wrong_type), "feature 'names' expects type string list, got string"));
  g_assert_nonnull (strstr (fails_with (values_unkept), "feature names given NULL"));
  g_assert_nonnull (strstr (fails_with (values_missing), "annotation 0 lacks required feature 'count'"));
}

static void
test_frozen (void)
{
  NpLayer *layer;
  NpDocument *doc = open_stage (&layer);
  NpAnnotation *a = np_layer_append (layer, 0);
  np_annotation_put_int (a, COUNT, 5);
  g_autoptr (GError) error = NULL;
  g_assert_true (np_document_end_stage (doc, TRUE, &error));
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*frozen*");
  np_annotation_put_int (a, COUNT, 6);
  g_test_assert_expected_messages ();
  g_assert_cmpint (np_annotation_get_int (a, "count", 0), ==, 5);
  np_document_unref (doc);
}

/* A cell goes from a GVariant to a typed value and back; values and
 * GVariants read before stay alive (valgrind: nothing leaks) */
static void
test_replaced (void)
{
  NpLayer *layer;
  NpDocument *doc = open_stage (&layer);
  NpAnnotation *a = np_layer_append (layer, 0);
  np_annotation_set_int (a, "count", 1);
  np_annotation_set_strv (a, "names", names_in, 1);
  GVariant *before = np_annotation_get (a, "names");
  np_annotation_put_int (a, COUNT, 2);
  np_annotation_put_strv (a, NAMES, np_layer_keep_strv (layer, names_in, 2));
  GVariant *made = np_annotation_get (a, "count");
  g_assert_cmpint (g_variant_get_int64 (made), ==, 2);
  np_annotation_put_int (a, COUNT, 3);
  g_assert_cmpint (g_variant_get_int64 (made), ==, 2); /* still alive */
  g_assert_cmpint (g_variant_get_int64 (np_annotation_get (a, "count")), ==, 3);
  g_assert_cmpuint (g_variant_n_children (before), ==, 1);
  np_annotation_set_int (a, "count", 4);
  np_annotation_set_strv (a, "names", names_in, 0);
  NpValue value;
  g_assert_cmpint (np_annotation_peek (a, COUNT, &value), ==, 0);
  g_autoptr (GError) error = NULL;
  g_assert_true (np_document_end_stage (doc, TRUE, &error));
  g_assert_cmpint (np_annotation_get_int (a, "count", 0), ==, 4);
  g_assert_cmpuint (g_variant_n_children (np_annotation_get (a, "names")), ==, 0);
  np_document_unref (doc);
}

/* Readers in several threads ask for the GVariants of one layer */
static gpointer
read_all (gpointer data)
{
  const NpLayer *layer = data;
  GVariant **seen = g_new (GVariant *, np_layer_get_size (layer));
  for (guint k = 0; k < np_layer_get_size (layer); k++)
    seen[k] = np_annotation_get (np_layer_get_annotation (layer, k), "score");
  return seen;
}

static void
test_threads (void)
{
  NpLayer *layer;
  NpDocument *doc = open_stage (&layer);
  for (guint k = 0; k < 2000; k++)
    write_one (layer, k, TRUE);
  g_autoptr (GError) error = NULL;
  g_assert_true (np_document_end_stage (doc, TRUE, &error));
  const NpLayer *read = np_document_get_layer (doc, "test.typed");
  GThread *threads[4];
  for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
    threads[t] = g_thread_new ("reader", read_all, (gpointer) read);
  GVariant **first = g_thread_join (threads[0]);
  for (guint t = 1; t < G_N_ELEMENTS (threads); t++)
    {
      GVariant **seen = g_thread_join (threads[t]);
      for (guint k = 0; k < 2000; k++)
        g_assert_true (seen[k] == first[k]);
      g_free (seen);
    }
  g_free (first);
  np_document_unref (doc);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_data_func ("/layer-typed/same-as-variants", NULL, test_same_as_variants);
  g_test_add_data_func ("/layer-typed/append-values", GINT_TO_POINTER (1), test_same_as_variants);
  g_test_add_func ("/layer-typed/shared-kept-list", test_shared_kept_list);
  g_test_add_func ("/layer-typed/checks", test_checks);
  g_test_add_func ("/layer-typed/frozen", test_frozen);
  g_test_add_func ("/layer-typed/replaced", test_replaced);
  g_test_add_func ("/layer-typed/threads", test_threads);
  return g_test_run ();
}
