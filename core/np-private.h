/* np-private.h: the insides of NpDocument, shared by the reader, the
 * tokenizer, the pipeline and the writers.  Not installed: plugins use the
 * accessors of np-document.h and np-layer.h. */
#ifndef NP_PRIVATE_H
#define NP_PRIVATE_H

#include "notepipe/np-document.h"
#include "notepipe/np-layer.h"
#include "notepipe/np-plugin.h"
#include "strpool.h"
#include "notepipe/np-pipeline.h"
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* What a source line turned into; used to check that every content line is
 * accounted for and to map results back to the input. */
typedef enum
{
  NP_LINE_BLANK = 0,
  NP_LINE_ITEM,      /* part of an item (first line or continuation) */
  NP_LINE_HEADING,   /* section heading, setext underline */
  NP_LINE_META,      /* title, date, URL, front-matter keys, attendee header */
  NP_LINE_ATTENDEE,  /* one attendee entry or attendee-table row */
  NP_LINE_DEBRIS,    /* page-break glyphs, rules, table delimiter rows */
} NpLineRole;

struct _NpDocument
{
  gint ref_count;
  char *id;
  char *source;
  char *title;
  char *date;
  char *url;
  const char *format;
  guint64 sequence;
  gsize input_size;

  char *text; /* normalized text, see np-document.h */
  gsize text_len;

  GArray *items;     /* NpItem */
  GArray *sections;  /* NpSection */
  GArray *tokens;    /* NpToken */
  GArray *sentences; /* NpSentence */
  GArray *attendees; /* NpPerson */
  /* once the attendees are many (people-add.c; NULL before): a set of
   * their names, only added to (a name renamed stays: a yes needs the
   * walk), that np_people_add_person() asks at each entry read; and an
   * exact index of their names' parts, made again when one changes in
   * place, that the readers' questions ask (np_people_named(), ...) */
  GHashTable *attendee_names;
  GHashTable *attendee_firsts; /* the first words of names and the handles, in lower case (people-add.c) */
  struct _NpPeopleIndex *people_index;
  GArray *line_roles; /* guint8 NpLineRole, index = line - 1 */
  GArray *first_lines; /* FirstLine of each wrapped item, by item id; NULL when none is */
  GStringChunk *chunk; /* owned strings: titles, person fields */
  NpStringPool *pool;

  GPtrArray *layers;       /* NpLayer*, creation order; names unique */
  GArray *diagnostics;     /* NpDiagnostic, strings in chunk */
  gboolean failed;

  /* Set by the pipeline while a stage runs: the layers it may write. */
  const NpLayerSpec *const *writable;
  const char *writer;
};

/* Bytes of a wrapped item's text that came from its first source line */
typedef struct
{
  guint32 item, len;
} NpFirstLine;

NpDocument *np_document_new (const char *source);
/* Frees doc's index of its attendees (people-add.c), if made */
G_GNUC_INTERNAL void np_people_index_free (NpDocument *doc);
/* Records that item's first line gave it len bytes (the builder, at the
 * first line joined to it; items in increasing order) */
void np_document_note_first_line (NpDocument *doc, guint item, gsize len);
const char *np_document_intern_owned (NpDocument *doc, const char *s); /* copy into chunk */
void np_document_set_title (NpDocument *doc, const char *title);
void np_document_set_date (NpDocument *doc, const char *date);
void np_document_set_url (NpDocument *doc, const char *url);
void np_document_set_id (NpDocument *doc, const char *id);
void np_document_set_line_role (NpDocument *doc, guint line, NpLineRole role);
NpLineRole np_document_get_line_role (const NpDocument *doc, guint line);
guint np_document_get_n_lines (const NpDocument *doc);

/* Layers: the pipeline opens a stage's layers, then commits or drops them. */
NpLayer *np_layer_new (const NpLayerSpec *spec, const char *producer);
void np_layer_free (NpLayer *layer);
gboolean np_layer_check (NpLayer *layer, GError **error);
void np_layer_freeze (NpLayer *layer);
void np_document_begin_stage (NpDocument *doc, const char *plugin, const NpLayerSpec *const *provides);
gboolean np_document_end_stage (NpDocument *doc, gboolean ok, GError **error);
void np_document_drop_layers_of (NpDocument *doc, const char *plugin);
guint np_document_get_n_layers (const NpDocument *doc);
const NpLayer *np_document_get_nth_layer (const NpDocument *doc, guint index);

/* Worker internals used by process isolation (isolate.c) */
typedef struct
{
  void (*before) (const char *plugin, const NpStage *stage, gpointer data);
  /* layers and diagnostics from index n_layers / n_diagnostics on are new */
  void (*after) (const char *plugin, const NpStage *stage, guint n_layers, guint n_diagnostics, gpointer data);
  gpointer data;
} NpStageHooks;
gboolean np_worker_process_hooked (NpWorker *worker, NpDocument *doc, const NpStageHooks *hooks);
const NpLayerSpec *np_pipeline_find_layer_spec (const NpPipeline *pipeline, const char *layer, const char **producer);
NpPipeline *np_worker_get_pipeline (NpWorker *worker);
/* Rebuild a frozen layer from its JSON annotations (isolation, stores) */
NpLayer *np_layer_new_from_json (const NpLayerSpec *spec, const char *producer, JsonArray *annotations,
                                 GError **error);
void np_document_adopt_layer (NpDocument *doc, NpLayer *layer);

/* The s of a count's plural in the views' English: "1 item", "2 items" */
#define PLURAL(n) ((n) == 1 ? "" : "s")

/* The text of a double as the writers print it (numfmt.c): the first of
 * "%.15g", "%.16g", "%.17g" that reads back as d, with '.' as the point;
 * returns its length */
#define NP_DOUBLE_BUF 40
gsize np_format_double (char buf[NP_DOUBLE_BUF], double d);

/* Corpus results rebuilt from a store (reports) */
NpCorpus *np_corpus_new (guint n_documents, guint n_failed);
void np_corpus_adopt_layer (NpCorpus *corpus, NpLayer *layer);
void np_corpus_free (NpCorpus *corpus);
/* Tokenize a document built by hand (reports from a store) */
void np_tokenize_document (NpDocument *doc, guint max_item_tokens);

/* Feature spec of a layer by name, and its index */
gint np_layer_spec_feature_index (const NpLayerSpec *spec, const char *feature);

/* Summaries of plugins without a pipeline (np_pipeline_summarize's
 * parts): an array of NpPluginSummary* that frees them, and one plugin's
 * summary of doc appended to it when the plugin has something to say */
GPtrArray *np_plugin_summaries_new (void);
void np_plugin_summarize (GPtrArray *summaries, const NpPluginDescriptor *d, const NpDocument *doc);

/* An item kind's name in JSON and the store ("bullet", ...; "unknown"
 * past the last), and back (fallback when unknown) */
const char *np_item_kind_name (guint kind);
guint np_item_kind_from_name (const char *name, guint fallback);

G_END_DECLS

#endif
