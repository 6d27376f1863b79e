/* test-json.c: the JSON text of strings and layer values (json-writer.c),
 * checked against json-glib's reading of it; internal layers left out of
 * document and corpus JSON unless asked for. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <json-glib/json-glib.h>
#include <notepipe/notepipe.h>
#include "np-private.h"

static char *
json_of (GVariant *v)
{
  GString *out = g_string_new (NULL);
  np_json_append_variant (out, g_variant_ref_sink (v));
  g_variant_unref (v);
  return g_string_free (out, FALSE);
}

static void
assert_json (GVariant *v, const char *expected)
{
  g_autofree char *got = json_of (v);
  g_assert_cmpstr (got, ==, expected);
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  g_assert_true (json_parser_load_from_data (parser, got, -1, &error));
  g_assert_no_error (error);
}

static void
test_numbers (void)
{
  assert_json (g_variant_new_int64 (0), "0");
  assert_json (g_variant_new_int64 (-42), "-42");
  assert_json (g_variant_new_int64 (G_MININT64), "-9223372036854775808");
  assert_json (g_variant_new_int64 (G_MAXINT64), "9223372036854775807");
  const gint64 xs[] = { 3, -1, 1000000 };
  assert_json (g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, xs, 3, sizeof (gint64)), "[3, -1, 1000000]");
  const double ds[] = { 0.5, 1.0, 0.1 };
  assert_json (g_variant_new_fixed_array (G_VARIANT_TYPE_DOUBLE, ds, 3, sizeof (double)), "[0.5, 1.0, 0.1]");
  assert_json (g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, NULL, 0, sizeof (gint64)), "[]");
}

static void
test_strings (void)
{
  assert_json (g_variant_new_string ("plain"), "\"plain\"");
  assert_json (g_variant_new_string ("a \"q\" \\ \n\t\x01"), "\"a \\\"q\\\" \\\\ \\n\\t\\u0001\"");
  assert_json (g_variant_new_string ("Michaël – ok"), "\"Michaël – ok\"");
  const char *const strv[] = { "x", "y\"", "ü", NULL };
  assert_json (g_variant_new_strv (strv, -1), "[\"x\", \"y\\\"\", \"ü\"]");
  /* bytes that are not UTF-8 (a file name) become U+FFFD, after ASCII or not */
  GString *out = g_string_new (NULL);
  np_json_append_string (out, "ab\xff" "c", -1);
  np_json_append_string (out, "\xc3\xa9\xc3", 3);
  g_assert_cmpstr (out->str, ==, "\"ab\xef\xbf\xbd" "c\"\"\xc3\xa9\xef\xbf\xbd\"");
  g_string_free (out, TRUE);

  /* random strings of bytes that need escaping and of those next to them
   * in value, at every offset of the word-wide scan, against a byte-wise
   * escaper */
  static const char pool[] = { ' ', '!', '"', '#', '\\', ']', 0x7f, 0x7e, 0x1f, 0x01, '\n', '\t', '\r', 'a', 'Z' };
  static const char *const utf8[] = { "\xc3\xa9", "\xe2\x80\x93", "\xf0\x9f\x98\x80" };
  GRand *rand = g_rand_new_with_seed (1129);
  for (guint round = 0; round < 20000; round++)
    {
      GString *in = g_string_new (NULL), *expected = g_string_new ("\"");
      guint n = g_rand_int_range (rand, 0, 40);
      for (guint i = 0; i < n; i++)
        {
          if (g_rand_int_range (rand, 0, 6) == 0)
            {
              const char *u = utf8[g_rand_int_range (rand, 0, G_N_ELEMENTS (utf8))];
              g_string_append (in, u);
              g_string_append (expected, u);
              continue;
            }
          /* mostly plain letters, so runs of eight clean bytes occur */
          char c = g_rand_int_range (rand, 0, 3) ? (char) g_rand_int_range (rand, 'a', 'z' + 1)
                                                 : pool[g_rand_int_range (rand, 0, G_N_ELEMENTS (pool))];
          g_string_append_c (in, c);
          switch (c)
            {
            case '"': g_string_append (expected, "\\\""); break;
            case '\\': g_string_append (expected, "\\\\"); break;
            case '\n': g_string_append (expected, "\\n"); break;
            case '\t': g_string_append (expected, "\\t"); break;
            case '\r': g_string_append (expected, "\\r"); break;
            default:
              if ((guchar) c < 0x20 || c == 0x7f)
                g_string_append_printf (expected, "\\u%04x", (guchar) c);
              else
                g_string_append_c (expected, c);
            }
        }
      g_string_append_c (expected, '"');
      GString *got = g_string_new (NULL);
      np_json_append_string (got, in->str, (gssize) in->len);
      g_assert_cmpstr (got->str, ==, expected->str);
      g_string_free (got, TRUE);
      g_string_free (in, TRUE);
      g_string_free (expected, TRUE);
    }
  g_rand_free (rand);
}

/* lists of every offset size of GVariant's serialised form (1, 2 and 4
 * bytes: totals under 256 bytes, under 64 KiB, above), empty strings and
 * the empty list */
static void
test_string_lists (void)
{
  const guint sizes[] = { 0, 1, 3, 40, 3000, 20000 };
  for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
    {
      g_autoptr (GPtrArray) strv = g_ptr_array_new_with_free_func (g_free);
      GString *expected = g_string_new ("[");
      for (guint i = 0; i < sizes[k]; i++)
        {
          char *s = i % 7 == 3 ? g_strdup ("") : g_strdup_printf ("s\"%u", i);
          g_ptr_array_add (strv, s);
          if (i)
            g_string_append (expected, ", ");
          g_string_append_c (expected, '"');
          for (const char *p = s; *p; p++)
            {
              if (*p == '"')
                g_string_append_c (expected, '\\');
              g_string_append_c (expected, *p);
            }
          g_string_append_c (expected, '"');
        }
      g_string_append_c (expected, ']');
      g_ptr_array_add (strv, NULL);
      assert_json (g_variant_new_strv ((const char *const *) strv->pdata, -1), expected->str);
      g_string_free (expected, TRUE);
    }
}

/* The writers' rule taken literally: the first of %.15g, %.16g, %.17g
 * that reads back as d */
static void
format_literally (char *buf, gsize size, double d)
{
  for (int precision = 15; precision <= 17; precision++)
    {
      snprintf (buf, size, "%.*g", precision, d);
      if (strtod (buf, NULL) == d)
        return;
    }
}

static void
assert_formats_as_rule (double d)
{
  char want[64], got[NP_DOUBLE_BUF];
  format_literally (want, sizeof want, d);
  gsize len = np_format_double (got, d);
  if (strcmp (want, got) != 0)
    g_error ("np_format_double (%a): \"%s\", the rule gives \"%s\"", d, got, want);
  g_assert_cmpuint (len, ==, strlen (want));
}

/* np_format_double (numfmt.c) against the literal rule: edges, decimals
 * of few digits (scores, weights rounded by plugins), ties that the 17
 * digits cannot settle, integers, and doubles of random bits */
static void
test_double_text (void)
{
  static const double edges[] = {
    0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1e-4, 1e-5, 9.9999e-5, 123456789012345.0, 1234567890123456.0,
    1e15, 1e16, 1e17, 1e21, 1e22, 1e23, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
    0.30000000000000004, 9.999999999999999e22, 0.9999999999999999, 99999999999999.99, 1.5, 2.5,
  };
  for (guint i = 0; i < G_N_ELEMENTS (edges); i++)
    {
      assert_formats_as_rule (edges[i]);
      assert_formats_as_rule (nextafter (edges[i], INFINITY));
      assert_formats_as_rule (nextafter (edges[i], -INFINITY));
    }
  GRand *rand = g_rand_new_with_seed (20261129);
  for (guint i = 0; i < 100000; i++)
    {
      /* a decimal of 1-17 digits at a power of ten from -30 to 30 */
      int digits = g_rand_int_range (rand, 1, 18), exp10 = g_rand_int_range (rand, -30, 31);
      char text[64];
      guint64 m = 0;
      for (int k = 0; k < digits; k++)
        m = m * 10 + (guint64) g_rand_int_range (rand, k == 0 ? 1 : 0, 10);
      snprintf (text, sizeof text, "%" G_GUINT64_FORMAT "e%d", m, exp10);
      double d = strtod (text, NULL);
      assert_formats_as_rule (d);
      assert_formats_as_rule (-d);
      assert_formats_as_rule (nextafter (d, INFINITY));
      /* integers and halves */
      assert_formats_as_rule ((double) g_rand_int (rand) / 2);
    }
  for (guint i = 0; i < 100000; i++)
    {
      guint64 bits = ((guint64) g_rand_int (rand) << 32) | g_rand_int (rand);
      double d;
      memcpy (&d, &bits, sizeof d);
      if (isfinite (d))
        assert_formats_as_rule (d);
      /* a score in [0, 1) and a weight in [0, 3) with every bit used */
      assert_formats_as_rule (g_rand_double (rand));
      assert_formats_as_rule (3 * g_rand_double (rand));
      /* every bit used, from 2^-25 to 2^60: across the range whose digits
       * come from integer arithmetic (about 1e-6 to 1e17) and its edges */
      assert_formats_as_rule (ldexp (0.5 + g_rand_double (rand) / 2, g_rand_int_range (rand, -25, 61)));
    }
  g_rand_free (rand);
}

/* Internal layers (NP_LAYER_INTERNAL): a plugin's working state.  The
 * document and corpus JSON leave them out, compact or pretty, unless the
 * flags ask for them; a layer serialized on its own (what isolation and
 * tests use) is always complete. */
static const NpFeatureSpec mark_features[] = { { "n", NP_VALUE_INT, 0, "a number" }, { NULL } };
static const NpLayerSpec public_spec = { "test.result", NP_TARGET_DOCUMENT, "a result", mark_features };
static const NpLayerSpec internal_spec = {
  .name = "test.state", .target = NP_TARGET_DOCUMENT, .help = "working state", .features = mark_features,
  .flags = NP_LAYER_INTERNAL,
};
static const NpLayerSpec corpus_internal_spec = {
  .name = "test.state", .target = NP_TARGET_CORPUS, .help = "working state", .features = mark_features,
  .flags = NP_LAYER_INTERNAL,
};

static JsonObject *
layers_of (JsonParser *parser, const GString *text)
{
  g_autoptr (GError) error = NULL;
  g_assert_true (json_parser_load_from_data (parser, text->str, text->len, &error));
  g_assert_no_error (error);
  return json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "layers");
}

static void
write_layers (NpDocument *doc, const NpLayerSpec *const *provides)
{
  g_autoptr (GError) error = NULL;
  np_document_begin_stage (doc, "test", provides);
  for (const NpLayerSpec *const *p = provides; *p; p++)
    {
      NpLayer *l = np_document_get_layer_for_write (doc, (*p)->name, &error);
      g_assert_no_error (error);
      np_annotation_set_int (np_layer_append (l, 0), "n", p - provides + 1);
    }
  g_assert_true (np_document_end_stage (doc, TRUE, &error));
  g_assert_no_error (error);
}

static void
test_internal_layers (void)
{
  const char *text = "- x\n";
  NpDocument *doc = np_read_bytes ("t.txt", text, strlen (text), NULL, NULL);
  const NpLayerSpec *const provides[] = { &internal_spec, &public_spec, NULL };
  write_layers (doc, provides);
  for (int pretty = 0; pretty < 2; pretty++)
    {
      g_autoptr (GString) plain = g_string_new (NULL);
      np_document_append_json (doc, plain, 0, pretty);
      g_autoptr (JsonParser) p1 = json_parser_new ();
      JsonObject *layers = layers_of (p1, plain);
      g_assert_cmpuint (json_object_get_size (layers), ==, 1);
      g_assert_true (json_object_has_member (layers, "test.result"));
      g_assert_null (strstr (plain->str, "test.state"));

      g_autoptr (GString) full = g_string_new (NULL);
      np_document_append_json (doc, full, NP_JSON_INTERNAL_LAYERS, pretty);
      g_autoptr (JsonParser) p2 = json_parser_new ();
      layers = layers_of (p2, full);
      g_assert_cmpuint (json_object_get_size (layers), ==, 2);
      JsonArray *state = json_object_get_array_member (layers, "test.state");
      g_assert_cmpuint (json_array_get_length (state), ==, 1);
      g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (state, 0), "n"), ==, 1);
      g_assert_true (json_object_has_member (layers, "test.result"));
    }
  /* the tree API follows the same flags */
  g_autoptr (JsonNode) tree = np_document_to_json (doc, 0);
  g_assert_false (json_object_has_member (
    json_object_get_object_member (json_node_get_object (tree), "layers"), "test.state"));
  g_autoptr (JsonNode) layer = np_layer_to_json (np_document_get_layer (doc, "test.state"));
  g_assert_cmpuint (json_array_get_length (json_node_get_array (layer)), ==, 1);
  np_document_unref (doc);

  /* only internal layers: an empty object, valid in both layouts */
  doc = np_read_bytes ("t.txt", text, strlen (text), NULL, NULL);
  const NpLayerSpec *const only_internal[] = { &internal_spec, NULL };
  write_layers (doc, only_internal);
  for (int pretty = 0; pretty < 2; pretty++)
    {
      g_autoptr (GString) out = g_string_new (NULL);
      np_document_append_json (doc, out, 0, pretty);
      g_autoptr (JsonParser) parser = json_parser_new ();
      g_assert_cmpuint (json_object_get_size (layers_of (parser, out)), ==, 0);
      g_assert_nonnull (strstr (out->str, "\"layers\": {}"));
    }
  np_document_unref (doc);
}

static void
test_internal_corpus_layers (void)
{
  NpCorpus *corpus = np_corpus_new (3, 1);
  NpLayer *l = np_layer_new (&corpus_internal_spec, "test");
  np_annotation_set_int (np_layer_append (l, 0), "n", 5);
  np_layer_freeze (l);
  np_corpus_adopt_layer (corpus, l);
  g_autoptr (GString) plain = g_string_new (NULL);
  np_corpus_append_json (corpus, 3, 1, plain, FALSE);
  g_assert_cmpstr (plain->str, ==, "{\"schema\": \"notepipe.corpus/1\", \"documents\": 3, \"failed\": 1, \"layers\": {}}");
  g_autoptr (GString) flags0 = g_string_new (NULL);
  np_corpus_append_json_full (corpus, 3, 1, 0, flags0, FALSE);
  g_assert_cmpstr (flags0->str, ==, plain->str);
  g_autoptr (GString) full = g_string_new (NULL);
  np_corpus_append_json_full (corpus, 3, 1, NP_JSON_INTERNAL_LAYERS, full, FALSE);
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *layers = layers_of (parser, full);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (layers, "test.state")), ==, 1);
  np_corpus_free (corpus);
}

/* A layer whose annotations share values (as plugins write them: the
 * same speakers, method, confidence): the document's JSON copies a value
 * written before in the layer, and must say what each annotation's own
 * JSON says, whatever the values, their order and their collisions */
static const NpFeatureSpec shared_features[] = {
  { "who", NP_VALUE_STRING_LIST, 0, "names" },
  { "how", NP_VALUE_STRING, 0, "a word" },
  { "sure", NP_VALUE_DOUBLE, 0, "a double" },
  { "n", NP_VALUE_INT, 0, "a number" },
  { NULL },
};
static const NpLayerSpec shared_spec = { "test.shared", NP_TARGET_ITEM, "shared values", shared_features };

static void
test_shared_values (void)
{
  const char *text = "- a\n- b\n- c\n";
  NpDocument *doc = np_read_bytes ("t.txt", text, strlen (text), NULL, NULL);
  const NpLayerSpec *const provides[] = { &shared_spec, NULL };
  g_autoptr (GError) error = NULL;
  np_document_begin_stage (doc, "test", provides);
  NpLayer *l = np_document_get_layer_for_write (doc, "test.shared", &error);
  g_assert_no_error (error);
  /* a few values, each lent to many annotations in turn */
  GVariant *lists[5], *words[3], *doubles[4];
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      g_autofree char *name = g_strdup_printf ("Person \"%u\" ü", i);
      const char *strv[] = { name, i % 2 ? "Other" : NULL, NULL };
      lists[i] = g_variant_ref_sink (g_variant_new_strv (strv, -1));
    }
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    words[i] = g_variant_ref_sink (g_variant_new_string (i == 2 ? "tab\there" : i ? "colon" : "bracket"));
  for (guint i = 0; i < G_N_ELEMENTS (doubles); i++)
    doubles[i] = g_variant_ref_sink (g_variant_new_double (0.1 * (i + 1)));
  for (guint k = 0; k < 500; k++)
    {
      GVariant *values[] = { lists[(k * 7) % 5], words[(k / 3) % 3], doubles[(k * 11) % 4],
                             g_variant_ref_sink (g_variant_new_int64 (k)) };
      np_layer_append_shared (l, k % 3, values);
      g_variant_unref (values[3]);
    }
  g_assert_true (np_document_end_stage (doc, TRUE, &error));
  g_assert_no_error (error);
  for (int pretty = 0; pretty < 2; pretty++)
    {
      g_autoptr (GString) out = g_string_new (NULL);
      np_document_append_json (doc, out, 0, pretty);
      /* each annotation's own JSON, in order, in the document's */
      const char *at = strstr (out->str, "\"test.shared\"");
      g_assert_nonnull (at);
      const NpLayer *layer = np_document_get_layer (doc, "test.shared");
      for (guint k = 0; k < np_layer_get_size (layer); k++)
        {
          g_autoptr (GString) one = g_string_new (NULL);
          np_json_append_annotation (one, &shared_spec, np_layer_get_annotation (layer, k));
          const char *found = strstr (at, one->str);
          g_assert_nonnull (found);
          g_assert_true (found[one->len] == ',' || found[one->len] == '\n' || found[one->len] == ']');
          at = found + one->len;
        }
      g_autoptr (JsonParser) parser = json_parser_new ();
      JsonObject *layers = layers_of (parser, out);
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (layers, "test.shared")), ==, 500);
    }
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    g_variant_unref (lists[i]);
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    g_variant_unref (words[i]);
  for (guint i = 0; i < G_N_ELEMENTS (doubles); i++)
    g_variant_unref (doubles[i]);
  np_document_unref (doc);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/json/numbers", test_numbers);
  g_test_add_func ("/json/strings", test_strings);
  g_test_add_func ("/json/string-lists", test_string_lists);
  g_test_add_func ("/json/double-text", test_double_text);
  g_test_add_func ("/json/internal-layers", test_internal_layers);
  g_test_add_func ("/json/internal-corpus-layers", test_internal_corpus_layers);
  g_test_add_func ("/json/shared-values", test_shared_values);
  return g_test_run ();
}
