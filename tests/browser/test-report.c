/* test-report.c: the HTML report as a reader meets it, in headless
 * Chromium (through np-browser): it loads with no console error and no
 * network request, headings are in order, no text is clipped, every chart
 * has a text alternative, and the charts hold as many marks as the JSON
 * has values.  Skipped when Chromium is not installed. */
#include <string.h>

#include <glib.h>
#include <json-glib/json-glib.h>

static char *tmpdir;

static char *
run_capture (const char *const *argv, int *status)
{
  char *out = NULL, *err = NULL;
  int wait_status = 0;
  g_autoptr (GError) error = NULL;
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &wait_status, &error))
    g_error ("%s: %s", argv[0], error->message);
  *status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : 128;
  if (*status != 0 && *status != 1)
    g_printerr ("%s", err);
  g_free (err);
  return out;
}

static JsonObject *
parse_object (const char *text)
{
  g_autoptr (JsonParser) p = json_parser_new ();
  g_autoptr (GError) error = NULL;
  if (!json_parser_load_from_data (p, text, -1, &error))
    g_error ("bad JSON: %s", error->message);
  return json_object_ref (json_node_get_object (json_parser_get_root (p)));
}

static guint
layer_size (JsonObject *doc, const char *layer)
{
  JsonObject *layers = json_object_get_object_member (doc, "layers");
  return json_object_has_member (layers, layer) ? json_array_get_length (json_object_get_array_member (layers, layer))
                                                : 0;
}

/* Render one input as JSON and HTML, load the HTML, check it. */
static void
check_document_report (const char *input, const char *name)
{
  const char *np = g_getenv ("NOTEPIPE");
  g_autofree char *html_path = g_build_filename (tmpdir, name, NULL);
  int status;
  const char *json_argv[] = { np, "run", input, "--format", "json", NULL };
  g_autofree char *json = run_capture (json_argv, &status);
  g_assert_cmpint (status, ==, 0);
  g_autoptr (JsonObject) doc = parse_object (json);
  const char *html_argv[] = { np, "run", input, "--format", "html", NULL };
  g_autofree char *html = run_capture (html_argv, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_file_set_contents (html_path, html, -1, NULL));

  g_autofree char *browser = g_build_filename (g_getenv ("NOTEPIPE_BUILDDIR"), "tests", "browser", "np-browser", NULL);
  g_autofree char *shot = g_strconcat (html_path, ".png", NULL);
  const char *b_argv[] = { browser, html_path, "--screenshot", shot, "--count", "bars=rect.bar", "--count",
                           "cells=rect.cell", "--count", "edges=path.edge", "--count", "items=li[id^='i-']",
                           "--count", "sections=[id^='s-']", "--count",
                           "actions=#actions tbody tr a[href^='#i-']", NULL };
  g_autofree char *report = run_capture (b_argv, &status);
  if (status == 77)
    {
      g_test_skip ("chromium is not installed");
      return;
    }
  g_assert_cmpint (status, ==, 0);
  g_autoptr (JsonObject) r = parse_object (report);
  g_test_message ("%s: loaded in %.0f ms", name, json_object_get_double_member (r, "load_ms"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (r, "console_errors")), ==, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (r, "requests")), ==, 0);
  JsonArray *clipped = json_object_get_array_member (r, "clipped");
  for (guint i = 0; i < json_array_get_length (clipped); i++)
    g_printerr ("clipped: %s\n", json_array_get_string_element (clipped, i));
  g_assert_cmpuint (json_array_get_length (clipped), ==, 0);
  g_assert_true (json_object_get_boolean_member (r, "headings_ok"));
  g_assert_cmpint (json_object_get_int_member (r, "charts_without_text"), ==, 0);
  JsonObject *counts = json_object_get_object_member (r, "counts");
  g_assert_cmpint (json_object_get_int_member (counts, "items"), ==,
                   json_array_get_length (json_object_get_array_member (doc, "items")));
  g_assert_cmpint (json_object_get_int_member (counts, "sections"), ==,
                   json_array_get_length (json_object_get_array_member (doc, "sections")));
  /* one row per actions.entry annotation, each linked to its item */
  g_assert_cmpint (json_object_get_int_member (counts, "actions"), ==, layer_size (doc, "actions.entry"));
  /* one bar per speaker (up to 25) in each participation chart */
  guint people = layer_size (doc, "speakers.person");
  if (people >= 1)
    {
      gint64 bars = json_object_get_int_member (counts, "bars");
      g_assert_true (bars == MIN (people, 25u) || bars == 2 * MIN (people, 25u));
    }
  g_assert_true (g_file_test (shot, G_FILE_TEST_EXISTS));
}

/* Load a page and check what every page must satisfy; returns the report */
static JsonObject *
load_page (const char *path, const char *const *counts)
{
  g_autofree char *browser = g_build_filename (g_getenv ("NOTEPIPE_BUILDDIR"), "tests", "browser", "np-browser", NULL);
  g_autofree char *shot = g_strconcat (path, ".png", NULL);
  GPtrArray *argv = g_ptr_array_new ();
  g_ptr_array_add (argv, browser);
  g_ptr_array_add (argv, (gpointer) path);
  g_ptr_array_add (argv, "--screenshot");
  g_ptr_array_add (argv, shot);
  for (const char *const *c = counts; c && *c; c++)
    {
      g_ptr_array_add (argv, "--count");
      g_ptr_array_add (argv, (gpointer) *c);
    }
  g_ptr_array_add (argv, NULL);
  int status;
  g_autofree char *report = run_capture ((const char *const *) argv->pdata, &status);
  g_ptr_array_free (argv, TRUE);
  if (status == 77)
    return NULL;
  g_assert_cmpint (status, ==, 0);
  JsonObject *r = parse_object (report);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (r, "console_errors")), ==, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (r, "requests")), ==, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (r, "clipped")), ==, 0);
  g_assert_true (json_object_get_boolean_member (r, "headings_ok"));
  g_assert_cmpint (json_object_get_int_member (r, "charts_without_text"), ==, 0);
  return r;
}

static void
test_batch_site (void)
{
  g_autofree char *tsc = g_build_filename (g_getenv ("NOTEPIPE_SRCDIR"), "..", "shared", "data", "notes", "nodejs-tsc",
                                           NULL);
  if (!g_file_test (tsc, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("../shared/data/notes/nodejs-tsc not found");
      return;
    }
  g_autofree char *db = g_build_filename (tmpdir, "tsc.db", NULL);
  g_autofree char *site = g_build_filename (tmpdir, "site", NULL);
  const char *argv[] = { g_getenv ("NOTEPIPE"), "batch", tsc, "--db", db, "--report", site, "-q", NULL };
  int status;
  g_autofree char *out = run_capture (argv, &status);
  g_assert_cmpint (status, ==, 0);
  g_autofree char *index = g_build_filename (site, "index.html", NULL);
  const char *counts[] = { "docs=#documents tbody tr", "topic_segs=#chart-topics rect.seg",
                           "people_segs=#chart-people rect.seg", "doc_links=#documents a[href^='docs/']", NULL };
  g_autoptr (JsonObject) r = load_page (index, counts);
  if (!r)
    {
      g_test_skip ("chromium is not installed");
      return;
    }
  g_test_message ("index of the batch loaded in %.0f ms", json_object_get_double_member (r, "load_ms"));
  JsonObject *c = json_object_get_object_member (r, "counts");
  /* one row and one page per document, charts with marks */
  g_autoptr (GDir) d = g_dir_open (site, 0, NULL);
  g_autofree char *docs_dir = g_build_filename (site, "docs", NULL);
  guint pages = 0;
  g_autoptr (GDir) dd = g_dir_open (docs_dir, 0, NULL);
  while (g_dir_read_name (dd))
    pages++;
  g_assert_cmpint (json_object_get_int_member (c, "docs"), ==, pages);
  g_assert_cmpint (json_object_get_int_member (c, "doc_links"), ==, pages);
  g_assert_cmpint (json_object_get_int_member (c, "people_segs"), >, 0);
  g_assert_cmpint (json_object_get_int_member (c, "topic_segs"), >, 0);
  /* a recent meeting's page */
  g_autofree char *page = g_build_filename (docs_dir, "000287.html", NULL);
  const char *page_counts[] = { "bars=rect.bar", NULL };
  g_autoptr (JsonObject) p = load_page (page, page_counts);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (p, "counts"), "bars"), >, 0);
}

static void
test_example_text (void)
{
  g_autofree char *in = g_build_filename (g_getenv ("NOTEPIPE_SRCDIR"), "examples", "build-summit.txt", NULL);
  check_document_report (in, "build-summit.html");
}

static void
test_example_markdown (void)
{
  g_autofree char *in = g_build_filename (g_getenv ("NOTEPIPE_SRCDIR"), "examples", "wg-minutes.md", NULL);
  check_document_report (in, "wg-minutes.html");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  if (!g_getenv ("NOTEPIPE"))
    return 77;
  tmpdir = g_dir_make_tmp ("np-report-XXXXXX", NULL);
  g_test_add_func ("/report/example-text", test_example_text);
  g_test_add_func ("/report/example-markdown", test_example_markdown);
  g_test_add_func ("/report/batch-site", test_batch_site);
  int rc = g_test_run ();
  g_autofree char *rm = g_strdup_printf ("rm -rf '%s'", tmpdir);
  (void) system (rm);
  return rc;
}
