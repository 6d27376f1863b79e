/* np-testing.h: helpers for the tests of a notepipe plugin, in the small
 * library libnotepipe-testing (pkg-config notepipe-testing).
 *
 * A plugin test loads the plugin from its build directory, makes documents
 * from strings, runs the plugin's stages on them and compares a layer (or
 * the whole document) with a golden JSON file:
 *
 *   g_autoptr (NpTestPipeline) tp = np_test_pipeline_new (".", "mine", NULL, &error);
 *   g_autoptr (NpDocument) doc = np_test_document_new ("notes.md", "# Sync\n\n- hello\n", &error);
 *   np_test_pipeline_run (tp, doc, &error);
 *   np_test_assert_golden (doc, "mine.word", "golden/word.json");
 *
 * Set NOTEPIPE_UPDATE_GOLDEN=1 in the environment to write the golden
 * files from the current output instead of comparing (then review the diff).
 *
 * The helpers use nothing but the public API of libnotepipe, which is why
 * they live in their own library: plugins link libnotepipe only, tests link
 * both.  Not MT safe: call them from the test's main thread. */
#ifndef NP_TESTING_H
#define NP_TESTING_H

#include <glib.h>
#include <notepipe/notepipe.h>

G_BEGIN_DECLS

#define NP_TEST_ERROR (np_test_error_quark ())
GQuark np_test_error_quark (void);
typedef enum
{
  NP_TEST_ERROR_DOCUMENT_FAILED, /* a stage failed on the document */
  NP_TEST_ERROR_LAYER_MISSING,   /* no plugin produced the layer for it */
  NP_TEST_ERROR_GOLDEN_MISSING,  /* no golden file yet */
  NP_TEST_ERROR_GOLDEN_MISMATCH, /* the output differs from the golden file */
} NpTestError;

/* The environment variable that turns comparisons into (re)writes. */
#define NP_TEST_UPDATE_GOLDEN_ENV "NOTEPIPE_UPDATE_GOLDEN"

typedef struct _NpTestPipeline NpTestPipeline;

/* A pipeline of the named plugins with their options.
 * plugin_dir: where the plugin under test was built (its .la or .so), or
 *   NULL; it is searched before the default path (NOTEPIPE_PLUGIN_PATH, the
 *   user's plugin dir, the install dir), so the fresh build wins over an
 *   installed copy of the same plugin.
 * plugins: comma-separated names in run order ("speakers,actions"); a
 *   refused plugin gives an error with the loader's reason.
 * options: NULL-terminated "plugin.key=value" strings, or NULL.
 * Returns NULL with error on failure (transfer full). */
NpTestPipeline *np_test_pipeline_new (const char *plugin_dir, const char *plugins, const char *const *options,
                                      GError **error);
void np_test_pipeline_free (NpTestPipeline *tp);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NpTestPipeline, np_test_pipeline_free)

/* The registry and the pipeline behind it (transfer none). */
NpRegistry *np_test_pipeline_get_registry (NpTestPipeline *tp);
NpPipeline *np_test_pipeline_get_pipeline (NpTestPipeline *tp);

/* Run every document stage on doc.  FALSE when the document failed, with
 * an NP_TEST_ERROR_DOCUMENT_FAILED error quoting each plugin's message
 * (the document keeps its diagnostics and the layers that succeeded). */
gboolean np_test_pipeline_run (NpTestPipeline *tp, NpDocument *doc, GError **error);

/* The terminal view of doc as `notepipe run` prints it, with every
 * plugin's summarize() output, without colour, 80 columns (transfer full). */
char *np_test_pipeline_render_text (NpTestPipeline *tp, const NpDocument *doc);

/* A document read from text as if from a file called name: the extension
 * and the content pick the format (".md" Markdown) as for real files.
 * NULL with the reader's error (binary input) (transfer full). */
NpDocument *np_test_document_new (const char *name, const char *text, GError **error);

/* Pretty JSON of one layer of doc (the array of its annotations, as in
 * `notepipe run --format json`; an internal layer too, when named), or of
 * the whole document when layer is NULL (as users see it: without
 * internal layers).  NULL with NP_TEST_ERROR_LAYER_MISSING when no plugin
 * produced the layer (transfer full). */
char *np_test_document_to_json (const NpDocument *doc, const char *layer, GError **error);

/* Compare JSON text with the golden file at path: same structure, member
 * order ignored, numbers equal to 1e-9 relative.  FALSE with an error
 * naming the first difference by its JSON path ($.layers["x"][2].owner).
 * With NOTEPIPE_UPDATE_GOLDEN set (not "0"), writes actual_json to path
 * and returns TRUE. */
gboolean np_test_compare_golden (const char *actual_json, const char *golden_path, GError **error);

/* np_test_document_to_json + np_test_compare_golden */
gboolean np_test_check_golden (const NpDocument *doc, const char *layer, const char *golden_path, GError **error);

/* For GTest: fail the test with the difference. */
#define np_test_assert_golden(doc, layer, golden_path)                         \
  G_STMT_START                                                                 \
  {                                                                            \
    GError *np_test_error_ = NULL;                                             \
    np_test_check_golden ((doc), (layer), (golden_path), &np_test_error_);     \
    g_assert_no_error (np_test_error_);                                        \
  }                                                                            \
  G_STMT_END

G_END_DECLS

#endif
