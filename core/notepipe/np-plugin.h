/* np-plugin.h: what a notepipe plugin exports and what the core calls.
 *
 * A plugin is a libtool module (-module -avoid-version) that exports one
 * function, <module>_LTX_np_plugin_descriptor, returning a static
 * NpPluginDescriptor.  NP_PLUGIN_DEFINE() writes it.  The loader checks
 * abi_version (exact) and api_minor (plugin's <= core's) before touching
 * anything else, so the reserved fields let the ABI grow.
 *
 * Stages.  A document stage runs once per document: the core makes one
 * instance per worker thread with instance_new(), so a stage needs no locks
 * unless it keeps global state (it must not: keep everything in the
 * instance).  NP_STAGE_SERIALIZED asks for a single instance used by one
 * thread at a time.  A corpus stage sees every document once, in input
 * order, on one thread (corpus_add), may save and merge partial state across
 * shards (corpus_save / corpus_merge), and writes corpus layers at the end
 * (corpus_end).  corpus_add must keep compact state only.
 *
 * Errors.  A stage returns FALSE and sets its GError to fail a document: the
 * core records the message under the plugin's name, marks the document
 * failed, drops that stage's layers for it, and goes on with the other
 * stages (those needing the missing layers are skipped for it) and the other
 * documents.  A crash in a plugin is a crash of the process unless
 * `--isolate` runs plugins in a child process.
 */
#ifndef NP_PLUGIN_H
#define NP_PLUGIN_H

#include <glib.h>
#include <notepipe/np-document.h>
#include <notepipe/np-layer.h>
#include <notepipe/np-version.h>

G_BEGIN_DECLS

typedef enum
{
  NP_OPTION_BOOL = 1,
  NP_OPTION_INT,
  NP_OPTION_DOUBLE,
  NP_OPTION_STRING,
  NP_OPTION_ENUM,        /* one of choices "a|b|c" */
  NP_OPTION_LIST,        /* comma-separated strings; choices restrict the members if set */
} NpOptionType;

typedef struct
{
  const char *name;
  NpOptionType type;
  const char *default_value; /* as text; NULL = unset */
  const char *help;
  const char *choices;       /* ENUM/LIST: "a|b|c"; INT/DOUBLE: "min:max" (either may be empty) */
  gpointer reserved[2];
} NpOptionSpec;

/* Validated option values handed to instance_new() (transfer none). */
typedef struct _NpOptions NpOptions;
gboolean np_options_get_bool (const NpOptions *options, const char *name);
gint64 np_options_get_int (const NpOptions *options, const char *name);
double np_options_get_double (const NpOptions *options, const char *name);
const char *np_options_get_string (const NpOptions *options, const char *name); /* NULL if unset */
/* LIST values, NULL-terminated (transfer none) */
const char *const *np_options_get_list (const NpOptions *options, const char *name);
gboolean np_options_is_set (const NpOptions *options, const char *name); /* set by the user */

typedef enum
{
  NP_STAGE_DOCUMENT = 1,
  NP_STAGE_CORPUS,
} NpStageKind;

typedef enum
{
  NP_STAGE_SERIALIZED = 1 << 0, /* one instance, one thread at a time */
} NpStageFlags;

typedef struct _NpCorpus NpCorpus;

typedef struct
{
  const char *name;                 /* stage name, unique in the plugin */
  NpStageKind kind;
  guint flags;                      /* NpStageFlags */
  const char *const *requires;      /* layer names, NULL-terminated, may be NULL */
  const NpLayerSpec *const *provides; /* NULL-terminated, may be NULL */
  /* Layers used when present: the stage runs after their providers if
   * those run, and without them otherwise.  NULL-terminated, may be NULL. */
  const char *const *uses;

  gpointer (*instance_new) (const NpOptions *options, GError **error);
  void (*instance_free) (gpointer instance);

  /* NP_STAGE_DOCUMENT */
  gboolean (*process) (gpointer instance, NpDocument *doc, GError **error);

  /* NP_STAGE_CORPUS */
  gboolean (*corpus_add) (gpointer instance, const NpDocument *doc, GError **error);
  GVariant *(*corpus_save) (gpointer instance);             /* may be NULL: not shardable */
  gboolean (*corpus_merge) (gpointer instance, GVariant *state, GError **error);
  gboolean (*corpus_end) (gpointer instance, NpCorpus *corpus, GError **error);

  gpointer reserved[8];
} NpStage;

/* Plain-text summaries: a plugin's own view of its layers, rendered by the
 * core as aligned text, Markdown or HTML tables. */
typedef struct _NpSummary NpSummary;
typedef struct _NpSummaryTable NpSummaryTable;
void np_summary_add_line (NpSummary *summary, const char *format, ...) G_GNUC_PRINTF (2, 3);
/* columns: NULL-terminated; a column name ending in '>' is right-aligned (numbers) */
NpSummaryTable *np_summary_add_table (NpSummary *summary, const char *title, const char *const *columns);
void np_summary_table_add_row (NpSummaryTable *table, const char *const *cells);

typedef struct
{
  guint32 abi_version;  /* NP_PLUGIN_ABI_VERSION at build time */
  guint32 api_minor;    /* NP_PLUGIN_API_MINOR at build time */
  const char *name;     /* [a-z][a-z0-9_-]*; prefix of its layers */
  const char *version;
  const char *summary;
  const char *license;
  const char *url;
  const NpOptionSpec *options; /* terminated by an entry with name NULL; may be NULL */
  const NpStage *stages;       /* n_stages entries */
  guint n_stages;
  /* Optional: what the text/Markdown/HTML views show of this plugin's
   * layers for one document.  Called on the main thread after all stages. */
  void (*summarize) (const NpDocument *doc, NpSummary *summary);
  gpointer reserved[8];
} NpPluginDescriptor;

/* Corpus stage output */
guint np_corpus_get_n_documents (const NpCorpus *corpus);
NpLayer *np_corpus_get_layer_for_write (NpCorpus *corpus, const char *name, GError **error);
const NpLayer *np_corpus_get_layer (const NpCorpus *corpus, const char *name);

/* Error domain for plugins that have nothing better. */
#define NP_PLUGIN_ERROR (np_plugin_error_quark ())
GQuark np_plugin_error_quark (void);
typedef enum
{
  NP_PLUGIN_ERROR_FAILED,
  NP_PLUGIN_ERROR_INPUT, /* the document cannot be analysed */
} NpPluginError;

#define NP_PLUGIN_EXPORT __attribute__ ((visibility ("default")))

/* NP_PLUGIN_DEFINE (modulename, descriptor): export the entry point of the
 * module built as modulename.la (the libltdl symbol prefix). */
#define NP_PLUGIN_DEFINE(module, descriptor)                                   \
  NP_PLUGIN_EXPORT const NpPluginDescriptor *module##_LTX_np_plugin_descriptor (void); \
  const NpPluginDescriptor *module##_LTX_np_plugin_descriptor (void)           \
  {                                                                            \
    return &(descriptor);                                                      \
  }

#define NP_PLUGIN_ENTRY_POINT "np_plugin_descriptor"

G_END_DECLS

#endif
