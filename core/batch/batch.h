/* batch.h: the parts of `notepipe batch`, `search` and `merge` (internal to
 * the CLI, not installed).
 *
 *   source.c       inputs -> a stream of units in a deterministic order
 *                  (files, sorted directory walks, --files-from lists,
 *                  --lines files); source-archive.c: archives read in
 *                  place with libarchive
 *   store.c        the SQLite store: schema, runs, documents, resume lookups
 *   store-layers.c plugin layers as tables, generically from NpLayerSpec
 *   store-fts.c    the full-text index over items and `search`
 *   engine.c       worker threads, input-order writing, corpus stages,
 *                  progress, signals
 *   merge.c        combining shard databases
 *
 * Threading: a source iterator and a store belong to one thread at a time;
 * the engine serializes every store call behind its writer role. */
#ifndef NP_BATCH_H
#define NP_BATCH_H

#include <stdio.h>

#include <glib.h>

#include "notepipe/notepipe.h"

G_BEGIN_DECLS

/* ---- source.c ---------------------------------------------------------- */

typedef enum
{
  NP_UNIT_FILE = 1, /* a file on disk, read by a worker */
  NP_UNIT_MEMBER,   /* an archive member, read by the iterator */
  NP_UNIT_LINE,     /* one line of a --lines file */
} NpUnitKind;

/* One input document-to-be. */
typedef struct
{
  NpUnitKind kind;
  char *source;  /* path as given, archive!member, or FILE:N */
  char *path;    /* NP_UNIT_FILE: the file to read */
  GBytes *bytes; /* NP_UNIT_MEMBER, NP_UNIT_LINE: the content */
  guint64 size;  /* bytes, from stat or the archive header */
  gint64 mtime;  /* nanoseconds since the epoch; 0 when unknown */
  guint64 seq;   /* position in the whole input, before sharding */
  GError *error; /* set when the input cannot be read: a failed document */
} NpUnit;

void np_unit_free (NpUnit *unit);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NpUnit, np_unit_free)

typedef struct
{
  char **include;      /* globs for directory walks and archive members; NULL = defaults */
  char **exclude;      /* globs pruning files and directories */
  gsize max_bytes;     /* larger inputs fail (0 = the reader's default) */
  guint shard_index;   /* 1-based; 0 = no sharding */
  guint shard_count;
} NpSourceOptions;

typedef struct _NpSourceIter NpSourceIter;

NpSourceIter *np_source_iter_new (const NpSourceOptions *options);
void np_source_iter_free (NpSourceIter *iter);
/* Inputs, in the order they are added: a file, directory or archive. */
void np_source_iter_add_path (NpSourceIter *iter, const char *path);
/* A file (or "-") listing one input per line, read lazily. */
void np_source_iter_add_files_from (NpSourceIter *iter, const char *list);
/* A file whose every line is one document. */
void np_source_iter_add_lines (NpSourceIter *iter, const char *file);
/* The next unit of this shard (transfer full), or NULL at the end.
 * Problems with one input become units with an error, never a stop. */
NpUnit *np_source_iter_next (NpSourceIter *iter);
/* Bytes of archives consumed so far (compressed), for progress */
guint64 np_source_iter_get_archive_bytes (const NpSourceIter *iter);
/* Positions passed over so far as holding no note: a web archive's
 * redirects, error pages and media, known once read.  Each keeps its
 * position (seq), as every shard counts it, so the units' positions leave
 * a gap for it. */
guint64 np_source_iter_get_passed_over (const NpSourceIter *iter);

/* Count what a walk would produce (files, lines and their bytes; archives
 * are not opened and make the count partial, as does a list on stdin), for
 * the progress display.  Stops early when *cancel becomes non-zero. */
void np_source_count (const NpSourceOptions *options, char **paths, char **files_from, char **lines,
                      volatile gint *cancel, guint64 *n_units, guint64 *n_bytes, gboolean *partial);

/* Stable shard of a source name: FNV-1a 64 of its bytes, mod count, 1-based */
guint np_source_shard_of (const char *source, guint count);
gboolean np_source_is_archive_name (const char *name);
/* A file named explicitly is read as an archive: by its name, or, when
 * its name is not a note's (the default include globs), by its first bytes */
gboolean np_source_is_archive_path (const char *path);
/* A file read as a mailbox, a message a note: named *.mbox, *.mbx or
 * *.txt (compressed or not) and opening with an mbox envelope */
gboolean np_source_is_mailbox_path (const char *path);

/* ---- store.c ----------------------------------------------------------- */

#define NP_STORE_SCHEMA_VERSION 1

/* items.item, the key of an item: document key * 2^24 + item id.  Document
 * keys only grow (AUTOINCREMENT), so item keys do too: the full-text index
 * finds new items by key, and a document's items are one key range. */
#define NP_STORE_MAX_ITEMS 16777215u
#define NP_STORE_ITEM_KEY(doc, id) ((gint64) (doc) * 16777216 + (gint64) (id))

typedef struct _NpStore NpStore;
typedef struct _NpLayerTables NpLayerTables;

typedef enum
{
  NP_STORE_READ_ONLY = 1 << 0,
  NP_STORE_CREATE = 1 << 1,  /* create the file and schema if missing */
  NP_STORE_LOCK = 1 << 2,    /* exclusive: refuse when another batch holds it */
} NpStoreFlags;

NpStore *np_store_open (const char *path, guint flags, GError **error);
void np_store_close (NpStore *store);
const char *np_store_get_path (const NpStore *store);
gpointer np_store_get_db (NpStore *store); /* sqlite3* */

/* Transactions (the writer batches whole documents into one) */
gboolean np_store_begin (NpStore *store, GError **error);
gboolean np_store_commit (NpStore *store, GError **error);
gboolean np_store_in_transaction (const NpStore *store);
gboolean np_store_rollback (NpStore *store);
NpLayerTables *np_store_get_layer_tables (NpStore *store);

/* Layer tables for every layer the pipeline can produce (transaction inside) */
gboolean np_store_prepare_pipeline (NpStore *store, NpPipeline *pipeline, GError **error);

/* Runs */
typedef struct
{
  const char *plugins;     /* comma-separated, run order */
  const char *options;     /* plugin.key=value lines */
  const char *fingerprint;
  const char *shard;       /* "I/N" or NULL */
  const char *inputs;      /* what was asked for, one line each */
  guint jobs;
} NpRunInfo;

gint64 np_store_run_begin (NpStore *store, const NpRunInfo *info, GError **error);
typedef struct
{
  guint64 documents, failed, skipped, bytes;
  double seconds;
} NpRunTotals;
gboolean np_store_run_end (NpStore *store, gint64 run, const char *status, const NpRunTotals *totals,
                           GError **error);

/* What the store knows of a source (for resume) */
typedef struct
{
  gint64 doc;         /* 0 = unknown source */
  char id[65];
  guint64 size;
  gint64 mtime;
  gboolean same_fingerprint;
  gboolean failed;
  gint64 run;         /* the last run that processed or claimed it */
} NpStoredDoc;

/* A second connection for look-ups from the input thread while the writer
 * holds the main one (WAL readers do not block the writer). */
typedef struct _NpStoreReader NpStoreReader;
NpStoreReader *np_store_reader_new (NpStore *store, const char *fingerprint, GError **error);
void np_store_reader_free (NpStoreReader *reader);
gboolean np_store_reader_lookup (NpStoreReader *reader, const char *source, NpStoredDoc *out);

/* WAL checkpoints from another thread than the writer's */
typedef struct _NpStoreCheckpointer NpStoreCheckpointer;
NpStoreCheckpointer *np_store_checkpointer_new (NpStore *store, GError **error);
void np_store_checkpointer_run (NpStoreCheckpointer *checkpointer);
void np_store_checkpointer_free (NpStoreCheckpointer *checkpointer);

/* One document ready to be written. */
typedef struct
{
  const char *source;
  const char *id;         /* sha-256 hex; "" when nothing could be read */
  guint64 seq;
  guint64 size;
  gint64 mtime;
  NpDocument *doc;        /* NULL when the reader refused the input */
  const char *error;      /* the reader's or the source's error, when doc is NULL */
  GBytes *corpus_part;    /* the document's corpus contribution, or NULL */
} NpStoreDoc;

typedef enum
{
  NP_STORE_WRITTEN = 0,
  NP_STORE_DUPLICATE, /* this source was already written by this run */
} NpStoreResult;

/* Write one document (replacing an older row of the same source) */
gboolean np_store_write_document (NpStore *store, gint64 run, const char *fingerprint, const NpStoreDoc *d,
                                  NpStoreResult *result, GError **error);
/* Claim a document already done for this run; FALSE in *claimed when this
 * run claimed it before (a duplicate input).  Sets size/mtime to the current
 * input's (a touched file with the same bytes). */
gboolean np_store_claim_document (NpStore *store, gint64 run, gint64 doc, guint64 seq, guint64 size, gint64 mtime,
                                  gboolean *claimed, GError **error);
/* The stored corpus contribution of a document (transfer full), or NULL */
GBytes *np_store_get_corpus_part (NpStore *store, gint64 doc, GError **error);
/* Call fn for the documents this run claimed so far, in input order, with
 * their contribution (NULL for a document the reader refused). */
typedef gboolean (*NpPartFunc) (GBytes *part, const char *source, gpointer data, GError **error);
gboolean np_store_foreach_claimed_part (NpStore *store, gint64 run, NpPartFunc fn, gpointer data, GError **error);
/* The last finished run whose corpus results are stored, if it had this
 * fingerprint: its id and number of documents (0 when there is none). */
gint64 np_store_last_corpus_run (NpStore *store, const char *fingerprint, guint64 *n_documents);
/* Keep the corpus results of run `from` as those of run `to` */
gboolean np_store_reuse_corpus (NpStore *store, gint64 from, gint64 to, GError **error);

/* Corpus results of a finished run: the layers and the saved state (for
 * merge), replacing those of earlier runs. */
gboolean np_store_write_corpus (NpStore *store, gint64 run, const char *fingerprint, const NpCorpus *corpus,
                                GVariant *state, guint64 n_documents, guint64 n_failed, GError **error);

/* ---- store-layers.c (used by store.c) ---------------------------------- */

/* Value types and targets as the layers table names them ("int_list",
 * "item", ...), back to NpValueType / NpTargetKind (0 when unknown) */
guint np_layer_type_from_name (const char *name);
guint np_layer_target_from_name (const char *name);
NpLayerTables *np_layer_tables_new (gpointer db);
void np_layer_tables_free (NpLayerTables *tables);
/* Load the registry of layer tables from the database */
gboolean np_layer_tables_load (NpLayerTables *tables, GError **error);
/* Make sure a table exists for spec (scope "document" or "corpus") */
gboolean np_layer_tables_ensure (NpLayerTables *tables, const NpLayerSpec *spec, const char *producer,
                                 const char *scope, GError **error);
gboolean np_layer_tables_write_document (NpLayerTables *tables, gint64 doc, const NpDocument *d,
                                         GError **error);
gboolean np_layer_tables_delete_document (NpLayerTables *tables, gint64 doc, GError **error);
gboolean np_layer_tables_write_corpus (NpLayerTables *tables, gint64 run, const NpCorpus *corpus, GError **error);
/* Corpus rows of run `from` become run `to`'s */
gboolean np_layer_tables_rerun_corpus (NpLayerTables *tables, gint64 from, gint64 to, GError **error);
/* SQL table name of a layer (transfer none), or NULL */
const char *np_layer_tables_lookup (NpLayerTables *tables, const char *name, const char *scope);
/* SQL column of a feature of a layer table (transfer none), or NULL */
const char *np_layer_tables_column (NpLayerTables *tables, const char *name, const char *scope,
                                    const char *feature, NpValueType *type);

/* ---- store-fts.c ------------------------------------------------------- */

/* Index items not yet in the full-text index; *n_indexed may be NULL */
gboolean np_store_fts_update (NpStore *store, guint64 *n_indexed, GError **error);
/* Items written but not indexed yet */
gint64 np_store_fts_pending (NpStore *store, GError **error);
/* Remove a document's items from the index (before deleting them) */
gboolean np_store_fts_delete_document (NpStore *store, gint64 doc, GError **error);

typedef struct
{
  const char *query;
  const char *speaker;        /* NULL = anyone */
  const char *speaker_layer;  /* default "speakers.turn" */
  const char *speaker_feature;/* default "speakers" */
  const char *since, *until;  /* YYYY-MM-DD or NULL */
  guint limit;
} NpSearch;

typedef struct
{
  char *source, *doc_id, *title, *date, *section, *speakers, *text, *snippet;
  gint64 item, line, end_line, section_id;
  double score;
} NpSearchHit;

void np_search_hit_free (NpSearchHit *hit);
/* Ranked hits (GPtrArray of NpSearchHit*, transfer full) */
GPtrArray *np_store_search (NpStore *store, const NpSearch *search, GError **error);

/* ---- engine.c ---------------------------------------------------------- */

typedef struct
{
  NpPipeline *pipeline;
  NpSourceIter *source;
  NpReadOptions read_options;
  const char *db_path;     /* NULL = no database */
  FILE *jsonl;             /* NULL = no JSONL stream */
  guint jobs;
  gboolean fail_fast;
  gboolean quiet;
  gboolean progress;       /* show progress (stderr is a TTY and not quiet) */
  gboolean retry_failed;   /* reprocess documents stored as failed */
  gboolean checksum;       /* compare ids even when size and mtime match */
  gboolean index;          /* build the full-text index at the end */
  gboolean isolate;        /* plugins of each document in a child process */
  double time_limit;       /* seconds per document (implies isolate); 0 = none */
  gboolean internal_layers; /* JSONL: keep internal layers (the store always has them) */
  const NpRunInfo *run_info;
  /* for the progress total */
  NpSourceOptions source_options;
  char **paths, **files_from, **lines;
} NpBatchConfig;

/* Run a batch; returns the process exit status (0, 1, 3, 130, 143). */
int np_batch_run (const NpBatchConfig *config);

/* ---- merge.c ----------------------------------------------------------- */

typedef struct
{
  char **inputs;          /* shard databases */
  const char *output;
  gboolean force;         /* replace an existing output */
  gboolean quiet;
  FILE *jsonl;            /* the corpus record, or NULL */
  gboolean internal_layers; /* JSONL: keep internal corpus layers (the store always has them) */
} NpMergeConfig;

/* pipeline: NULL = rebuild it from the shards' run records */
int np_batch_merge (const NpMergeConfig *config, NpRegistry *registry, NpPipeline *pipeline);

/* ---- shared helpers ------------------------------------------------------ */

/* Corpus state blobs are stored little-endian (transfer full) */
GBytes *np_state_to_bytes (GVariant *state);
GVariant *np_state_from_bytes (GBytes *bytes);
/* "1970-01-01T00:00:00Z" now (transfer full) */
char *np_now_iso8601 (void);
/* "notepipe: error: [SOURCE: ]MESSAGE" on stderr */
void np_batch_message (const char *source, const char *message);
/* comma-separated plugin names of a pipeline (transfer full) */
char *np_pipeline_plugin_list (const NpPipeline *pipeline);

/* ---- report-db.c ------------------------------------------------------- */

/* The report site of a batch database (index and a page per document);
 * registry (may be NULL) gives the plugins' summaries.  Returns an exit
 * code: 0, 1 (some documents could not be read back), 3 (database or
 * output directory unusable). */
int np_report_from_db (const char *db_path, const char *out_dir, NpRegistry *registry, gboolean quiet);

G_END_DECLS

#endif
