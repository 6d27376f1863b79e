/* np-output.h: serializing documents and corpus results.
 *
 * Writers read only the document model and the layer schemas; none of
 * them knows what a plugin computes.  MT safe on distinct documents. */
#ifndef NP_OUTPUT_H
#define NP_OUTPUT_H

#include <stdio.h>
#include <json-glib/json-glib.h>
#include <notepipe/np-pipeline.h>

G_BEGIN_DECLS

#define NP_DOCUMENT_SCHEMA "notepipe.document/1"
#define NP_CORPUS_SCHEMA "notepipe.corpus/1"

typedef enum
{
  NP_JSON_TOKENS = 1 << 0,    /* include sentences and tokens */
  NP_JSON_INTERNAL_LAYERS = 1 << 1, /* keep internal layers (NP_LAYER_INTERNAL); since API 1.4 */
} NpJsonFlags;

/* Streaming writers: append the JSON text to out.  pretty puts each
 * top-level member and each array element on its own line.  Layers whose
 * spec is NP_LAYER_INTERNAL are left out unless flags has
 * NP_JSON_INTERNAL_LAYERS (np_corpus_append_json() always leaves them out;
 * np_corpus_append_json_full() takes the flags, since API 1.4). */
void np_document_append_json (const NpDocument *doc, GString *out, guint flags, gboolean pretty);
void np_corpus_append_json (const NpCorpus *corpus, guint n_documents, guint n_failed, GString *out,
                            gboolean pretty);
void np_corpus_append_json_full (const NpCorpus *corpus, guint n_documents, guint n_failed, guint flags,
                                 GString *out, gboolean pretty);
void np_json_append_string (GString *out, const char *s, gssize len);
void np_json_append_variant (GString *out, GVariant *value);
void np_json_append_annotation (GString *out, const NpLayerSpec *spec, const NpAnnotation *annotation);

/* The document as in docs/output-format.md, as a tree (transfer full);
 * flags as for np_document_append_json(). */
JsonNode *np_document_to_json (const NpDocument *doc, guint flags);
/* One feature value, a whole annotation or a layer, internal or not (transfer full) */
JsonNode *np_variant_to_json (GVariant *value);
JsonNode *np_annotation_to_json (const NpAnnotation *annotation);
JsonNode *np_layer_to_json (const NpLayer *layer);
/* Compact or pretty JSON text (transfer full) */
char *np_json_to_string (JsonNode *node, gboolean pretty);
/* The final record of a batch in JSONL, without internal layers (transfer full) */
JsonNode *np_corpus_to_json (const NpCorpus *corpus, guint n_documents, guint n_failed);

typedef struct
{
  gboolean color;
  guint width;
} NpTextStyle;

/* Fill a style from the stream: colour only on a terminal without
 * NO_COLOR, width from the terminal or COLUMNS (80 otherwise). */
void np_text_style_for (FILE *out, NpTextStyle *style);
void np_write_text (FILE *out, const NpDocument *doc, GPtrArray *summaries, const NpTextStyle *style);
void np_write_markdown (FILE *out, const NpDocument *doc, GPtrArray *summaries);
/* One self-contained HTML page (inline CSS and SVG, no scripts) */
int np_write_html_document (FILE *out, const NpDocument *doc, GPtrArray *summaries);
/* Pieces for multi-page reports: page head (<!DOCTYPE> .. <body>), and one
 * document's report body */
void np_html_page_open (GString *out, const char *title);
void np_html_document_body (GString *out, const NpDocument *doc, GPtrArray *summaries);

/* A report site over many documents (batch --report DIR): a page per
 * document written as it passes, an index at the end.  One thread at a
 * time; documents in any order (the index sorts them by date). */
typedef struct _NpReport NpReport;
NpReport *np_report_new (const char *dir, GError **error);
gboolean np_report_add_document (NpReport *report, const NpDocument *doc, GPtrArray *summaries, GError **error);
gboolean np_report_finish (NpReport *report, const NpCorpus *corpus, GError **error);
void np_report_free (NpReport *report);

G_END_DECLS

#endif
