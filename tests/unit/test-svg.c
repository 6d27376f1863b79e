/* test-svg.c: the report charts draw what they are given: one mark per
 * value with that value, escaped labels, well-formed markup, text
 * alternatives. */
#include <string.h>

#include <glib.h>

#include "svg.h"

static guint
count (const char *hay, const char *needle)
{
  guint n = 0;
  for (const char *p = hay; (p = strstr (p, needle)); p++)
    n++;
  return n;
}

static void
assert_well_formed (const char *svg)
{
  GMarkupParser parser = { 0 };
  GMarkupParseContext *ctx = g_markup_parse_context_new (&parser, 0, NULL, NULL);
  g_autoptr (GError) error = NULL;
  g_markup_parse_context_parse (ctx, svg, -1, &error);
  if (!error)
    g_markup_parse_context_end_parse (ctx, &error);
  g_markup_parse_context_free (ctx);
  if (error)
    g_error ("not well-formed: %s\n%s", error->message, svg);
}

static void
test_bars (void)
{
  GString *s = g_string_new (NULL);
  const char *labels[] = { "Ada <admin>", "Brian & co", "A very long name that goes on and on beyond forty characters", NULL };
  double values[] = { 12, 3, 0.5 };
  np_svg_bar_chart (s, "b", "Turns", labels, values, 3, "turns");
  assert_well_formed (s->str);
  g_assert_cmpuint (count (s->str, "class=\"bar "), ==, 3);
  g_assert_nonnull (strstr (s->str, "data-value=\"12\""));
  g_assert_nonnull (strstr (s->str, "data-value=\"0.50\""));
  g_assert_nonnull (strstr (s->str, "Ada &lt;admin&gt;"));
  g_assert_nonnull (strstr (s->str, "role=\"img\""));
  g_assert_nonnull (strstr (s->str, "<desc id=\"b-d\">Ada &lt;admin&gt;: 12 turns; Brian &amp; co: 3 turns"));
  /* the long label is shortened on the chart, whole in the tooltip */
  g_assert_nonnull (strstr (s->str, "A very long name that goes on and on be…"));
  g_assert_nonnull (strstr (s->str, "<title>A very long name that goes on and on beyond forty characters: 0.50"));
  g_string_free (s, TRUE);
}

static void
test_heatmap (void)
{
  GString *s = g_string_new (NULL);
  const char *rows[] = { "Ada", "Brian" };
  const char *cols[] = { "FIPS", "MCP", "WebAssembly" };
  double v[] = { 5, 0, 1, 2, 3, 0 };
  np_svg_heatmap (s, "h", "Turns", rows, 2, cols, 3, v);
  assert_well_formed (s->str);
  g_assert_cmpuint (count (s->str, "class=\"cell "), ==, 6);
  g_assert_cmpuint (count (s->str, "class=\"cell h0\""), ==, 2);
  g_assert_cmpuint (count (s->str, "class=\"cell h4\""), ==, 1);
  g_assert_nonnull (strstr (s->str, "Ada in FIPS: 5"));
  g_string_free (s, TRUE);
}

static void
test_graph_and_columns (void)
{
  GString *s = g_string_new (NULL);
  const char *nodes[] = { "Ada", "Brian", "Carla" };
  guint from[] = { 0, 1, 2 }, to[] = { 1, 0, 0 };
  double w[] = { 3, 1, 2 };
  np_svg_graph (s, "g", "Replies", nodes, 3, from, to, w, 3);
  assert_well_formed (s->str);
  g_assert_cmpuint (count (s->str, "class=\"edge\""), ==, 3);
  g_assert_cmpuint (count (s->str, "class=\"node\""), ==, 3);
  g_assert_nonnull (strstr (s->str, "Ada answers Brian 3 times"));
  g_string_truncate (s, 0);
  const char *periods[] = { "2024-Q1", "2024-Q2" };
  const char *series[] = { "fips", "wasm" };
  double v[] = { 1, 2, 0, 4 };
  np_svg_stacked_columns (s, "c", "Topics", periods, 2, series, 2, v);
  assert_well_formed (s->str);
  g_assert_cmpuint (count (s->str, "class=\"seg "), ==, 4);
  g_assert_nonnull (strstr (s->str, "2024-Q2: wasm 4"));
  g_string_free (s, TRUE);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/svg/bars", test_bars);
  g_test_add_func ("/svg/heatmap", test_heatmap);
  g_test_add_func ("/svg/graph-and-columns", test_graph_and_columns);
  return g_test_run ();
}
