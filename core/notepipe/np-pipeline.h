/* np-pipeline.h: plugin discovery, configuration and the processing
 * pipeline, for programs that embed the engine (the notepipe CLI is one).
 *
 * Threading: the registry (libltdl) and pipeline construction run on the
 * main thread before workers start.  A worker (NpWorker) belongs to one
 * thread at a time; make one per thread.  Corpus runs are single-threaded. */
#ifndef NP_PIPELINE_H
#define NP_PIPELINE_H

#include <glib.h>
#include <notepipe/np-plugin.h>

G_BEGIN_DECLS

#define NP_PIPELINE_ERROR (np_pipeline_error_quark ())
GQuark np_pipeline_error_quark (void);
typedef enum
{
  NP_PIPELINE_ERROR_UNKNOWN_PLUGIN,
  NP_PIPELINE_ERROR_MISSING_LAYER,
  NP_PIPELINE_ERROR_ORDER,
  NP_PIPELINE_ERROR_CYCLE,
  NP_PIPELINE_ERROR_DUPLICATE_LAYER,
  NP_PIPELINE_ERROR_OPTION,
  NP_PIPELINE_ERROR_CONFIG,
  NP_PIPELINE_ERROR_INSTANCE,
} NpPipelineError;

/* Registry: plugins found on the search path, and files refused. */
typedef struct _NpRegistry NpRegistry;

typedef struct
{
  const char *name;
  const char *path;   /* module path as opened */
  const NpPluginDescriptor *descriptor;
} NpPluginInfo;

typedef struct
{
  const char *path;
  const char *reason; /* one line */
} NpRefusal;

NpRegistry *np_registry_new (void);
void np_registry_free (NpRegistry *registry);
/* Search path, highest priority first; call before np_registry_scan. */
void np_registry_add_dir (NpRegistry *registry, const char *dir);
/* The default path: NOTEPIPE_PLUGIN_PATH, $XDG_DATA_HOME/notepipe/plugins,
 * the build tree when run uninstalled, the install dir. */
void np_registry_add_default_dirs (NpRegistry *registry);
void np_registry_scan (NpRegistry *registry);
guint np_registry_get_n_plugins (const NpRegistry *registry);
const NpPluginInfo *np_registry_get_plugin (const NpRegistry *registry, guint index);
const NpPluginInfo *np_registry_lookup (const NpRegistry *registry, const char *name);
const NpRefusal *np_registry_get_refusals (const NpRegistry *registry, guint *n);
/* The refusal of a plugin file named like name, or NULL */
const NpRefusal *np_registry_lookup_refusal (const NpRegistry *registry, const char *name);
const char *const *np_registry_get_dirs (const NpRegistry *registry);

/* Configuration: GKeyFile groups per plugin, overridden by -o values. */
typedef struct _NpConfig NpConfig;
NpConfig *np_config_new (void);
void np_config_free (NpConfig *config);
/* Load a key file; later loads override earlier ones. */
gboolean np_config_load_file (NpConfig *config, const char *path, GError **error);
/* The same from text; path names it in messages. */
gboolean np_config_load_data (NpConfig *config, const char *path, const char *text, GError **error);
/* "plugin.key=value" */
gboolean np_config_set_option (NpConfig *config, const char *assignment, GError **error);
/* Raw value for plugin/key, or NULL (transfer none) */
const char *np_config_get (const NpConfig *config, const char *plugin, const char *key);

/* Options of one plugin validated against its spec (transfer full). */
NpOptions *np_options_new (const NpPluginDescriptor *descriptor, const NpConfig *config, GError **error);
void np_options_free (NpOptions *options);

/* Pipeline */
typedef struct _NpPipeline NpPipeline;
/* plugins: NULL = every plugin in the registry (ordered by layers);
 * an empty list = none; otherwise validated, never reordered. */
NpPipeline *np_pipeline_new (NpRegistry *registry, const char *const *plugins, const NpConfig *config,
                             GError **error);
void np_pipeline_free (NpPipeline *pipeline);
/* The resolved order and layer flow, for --explain (transfer full) */
char *np_pipeline_explain (const NpPipeline *pipeline);
guint np_pipeline_get_n_plugins (const NpPipeline *pipeline);
const NpPluginDescriptor *np_pipeline_get_plugin (const NpPipeline *pipeline, guint index);
gboolean np_pipeline_has_corpus_stages (const NpPipeline *pipeline);
/* A stable digest of plugins, versions and options (for resume) */
const char *np_pipeline_get_fingerprint (const NpPipeline *pipeline);
/* Options as "plugin.key=value" lines (transfer full) */
char *np_pipeline_describe_options (const NpPipeline *pipeline);

/* Per-thread worker */
typedef struct _NpWorker NpWorker;
NpWorker *np_worker_new (NpPipeline *pipeline, GError **error);
void np_worker_free (NpWorker *worker);
/* Run every document stage.  Plugin failures are recorded on the document
 * (np_document_has_failed); returns FALSE only when the document failed. */
gboolean np_worker_process (NpWorker *worker, NpDocument *doc);

/* The same in a child process: a crash or an overrun of time_limit
 * seconds (0 = none) in a plugin fails this document only, naming the
 * plugin; layers of the stages that finished are kept.  POSIX fork(): call
 * it from a thread that holds no locks other threads need. */
gboolean np_worker_process_isolated (NpWorker *worker, NpDocument *doc, double time_limit);

/* Summaries of each plugin for one document (main thread) */
typedef struct
{
  char *plugin;
  GPtrArray *lines;  /* char* */
  GPtrArray *tables; /* NpSummaryTable* */
} NpPluginSummary;
struct _NpSummaryTable
{
  char *title;
  GPtrArray *columns; /* char* */
  GPtrArray *rows;    /* GPtrArray of char* */
};
GPtrArray *np_pipeline_summarize (const NpPipeline *pipeline, const NpDocument *doc); /* of NpPluginSummary* */

/* Corpus run: corpus stages over many documents */
typedef struct _NpCorpusRun NpCorpusRun;
NpCorpusRun *np_corpus_run_new (NpPipeline *pipeline, GError **error);
void np_corpus_run_free (NpCorpusRun *run);
gboolean np_corpus_run_add (NpCorpusRun *run, const NpDocument *doc, GError **error);
void np_corpus_run_count_failed (NpCorpusRun *run);
/* Partial state of every corpus stage (for shards), and merging it */
GVariant *np_corpus_run_save (NpCorpusRun *run);
gboolean np_corpus_run_merge (NpCorpusRun *run, GVariant *state, GError **error);
NpCorpus *np_corpus_run_finish (NpCorpusRun *run, GError **error); /* transfer none, owned by run */
guint np_corpus_get_n_failed (const NpCorpus *corpus);
guint np_corpus_get_n_layers (const NpCorpus *corpus);
const NpLayer *np_corpus_get_nth_layer (const NpCorpus *corpus, guint index);

G_END_DECLS

#endif
