/* fuzz-writers.c: libFuzzer target for what turns a document into output:
 * a note is read (the first byte picks its name, as for the plugins'
 * targets), the in-tree plugins' document stages run over it
 * (fuzz-stages.h), and then every view a user may ask for is written:
 *
 * - JSON with tokens and internal layers, indented and compact: each must
 *   parse back;
 * - the text and Markdown views and the HTML page, with the plugins'
 *   summaries: each must be valid UTF-8, as the model is;
 * - the batch store (SQLite): the document written in a run of its own,
 *   then the report site rebuilt from the database, which must read the
 *   document back.
 *
 * The store and the site live in a directory of their own, made at the
 * first input and removed at exit; the store is made once and keeps the
 * runs of the inputs before (a crash that needs them shows with the
 * inputs replayed in order). */
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>
#include <stdint.h>
#include <string.h>

#include "batch.h"
#include "fuzz-read.h"
#include "fuzz-stages.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
check_json (const NpDocument *doc, guint flags, gboolean pretty)
{
  GString *out = g_string_new (NULL);
  np_document_append_json (doc, out, flags, pretty);
  g_autoptr (JsonParser) parser = json_parser_new ();
  GError *error = NULL;
  if (!json_parser_load_from_data (parser, out->str, (gssize) out->len, &error))
    {
      fprintf (stderr, "the JSON does not parse back: %s\n", error->message);
      abort ();
    }
  g_string_free (out, TRUE);
}

typedef enum
{
  VIEW_TEXT,
  VIEW_MARKDOWN,
  VIEW_HTML,
} View;

static void
check_view (const NpDocument *doc, GPtrArray *summaries, View view)
{
  char *buf = NULL;
  size_t len = 0;
  FILE *out = open_memstream (&buf, &len);
  g_assert_nonnull (out);
  NpTextStyle style;
  switch (view)
    {
    case VIEW_TEXT:
      np_text_style_for (out, &style);
      np_write_text (out, doc, summaries, &style);
      break;
    case VIEW_MARKDOWN:
      np_write_markdown (out, doc, summaries);
      break;
    case VIEW_HTML:
      np_write_html_document (out, doc, summaries);
      break;
    }
  fclose (out);
  const char *end;
  if (!g_utf8_validate (buf, (gssize) len, &end))
    {
      static const char *const names[] = { "text", "Markdown", "HTML" };
      fprintf (stderr, "the %s view is not UTF-8 at byte %zu\n", names[view], (size_t) (end - buf));
      abort ();
    }
  free (buf);
}

/* Remove dir's files and directories below it (the store's and the
 * site's), leaving dir */
static void
empty_dir (const char *dir)
{
  GDir *d = g_dir_open (dir, 0, NULL);
  if (d == NULL)
    return;
  for (const char *name; (name = g_dir_read_name (d)) != NULL;)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        {
          empty_dir (path);
          g_rmdir (path);
        }
      else
        g_unlink (path);
    }
  g_dir_close (d);
}

static void
fail_on (GError *error, const char *what)
{
  fprintf (stderr, "store: %s: %s\n", what, error ? error->message : "(no message)");
  abort ();
}

/* The store of every input, made once with the tables of every layer the
 * stages provide (schema and WAL set up once: a store per input would spend
 * the fuzzer's time in the file system) */
static NpStore *
store_new (GArray *stages, const char *path)
{
  GError *error = NULL;
  NpStore *store = np_store_open (path, NP_STORE_CREATE, &error);
  if (store == NULL)
    fail_on (error, "open");
  /* no waiting on the disk: what is checked is what the store writes */
  sqlite3_exec (np_store_get_db (store), "PRAGMA synchronous = OFF", NULL, NULL, NULL);
  if (!np_store_begin (store, &error))
    fail_on (error, "begin");
  for (guint i = 0; i < stages->len; i++)
    {
      const FuzzStage *st = &g_array_index (stages, FuzzStage, i);
      for (const NpLayerSpec *const *l = st->stage->provides; l && *l; l++)
        if (!np_layer_tables_ensure (np_store_get_layer_tables (store), *l, st->plugin->name, "document", &error))
          fail_on (error, "layer tables");
    }
  if (!np_store_commit (store, &error))
    fail_on (error, "commit");
  return store;
}

/* The document stored as a batch run stores it, in a run of its own under
 * one source name (so it replaces the last input's), then the report site
 * rebuilt from the database, which must read it back */
static void
check_store (NpStore *store, NpDocument *doc, const char *path, const char *site)
{
  GError *error = NULL;
  NpRunInfo info = { "speakers,actions,keywords,topics,stats", "", "fuzz", NULL, "fuzz", 1 };
  gint64 run = np_store_run_begin (store, &info, &error);
  if (run == 0)
    fail_on (error, "run");
  NpStoreDoc d = {
    .source = "fuzz-note",
    .id = np_document_get_id (doc),
    .doc = doc,
  };
  NpStoreResult result;
  if (!np_store_begin (store, &error) || !np_store_write_document (store, run, "fuzz", &d, &result, &error)
      || !np_store_commit (store, &error))
    fail_on (error, "document");
  NpRunTotals totals = { 1, np_document_has_failed (doc), 0, 0, 0 };
  if (!np_store_run_end (store, run, "done", &totals, &error))
    fail_on (error, "run end");
  int status = np_report_from_db (path, site, NULL, TRUE);
  if (status != 0)
    {
      fprintf (stderr, "the report from the store ended with status %d\n", status);
      abort ();
    }
}

static char *dir; /* the store's and the site's */
static NpStore *store;

static void
remove_dir (void)
{
  np_store_close (store);
  empty_dir (dir);
  g_rmdir (dir);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  static GArray *stages;
  static char *path, *site;
  if (size == 0)
    return 0;
  if (stages == NULL)
    {
      stages = fuzz_stages_new ();
      GError *error = NULL;
      dir = g_dir_make_tmp ("fuzz-writers-XXXXXX", &error);
      g_assert_no_error (error);
      path = g_build_filename (dir, "notes.db", NULL);
      site = g_build_filename (dir, "site", NULL);
      store = store_new (stages, path);
      atexit (remove_dir);
    }
  NpDocument *doc = fuzz_read_note (data[0], (const char *) data + 1, size - 1);
  if (doc == NULL)
    return 0;
  fuzz_run_stages (stages, doc);

  check_json (doc, NP_JSON_TOKENS | NP_JSON_INTERNAL_LAYERS, TRUE);
  check_json (doc, 0, FALSE);
  GPtrArray *summaries = np_plugin_summaries_new ();
  for (guint i = 0; i < stages->len; i++)
    {
      const NpPluginDescriptor *d = g_array_index (stages, FuzzStage, i).plugin;
      if (i == 0 || g_array_index (stages, FuzzStage, i - 1).plugin != d)
        np_plugin_summarize (summaries, d, doc);
    }
  for (View v = VIEW_TEXT; v <= VIEW_HTML; v++)
    check_view (doc, summaries, v);
  g_ptr_array_free (summaries, TRUE);
  check_store (store, doc, path, site);
  np_document_unref (doc);
  return 0;
}
