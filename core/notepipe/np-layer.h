/* np-layer.h: annotation layers, the only way plugins publish results.
 *
 * A layer has a name ("speakers.turn"), a producer (the plugin that declared
 * it in a stage's provides[]) and a schema: the target kind of its
 * annotations and the typed features each carries.  The core checks every
 * write against the schema, freezes a layer when its stage returns, and
 * serializes any layer (JSON, SQLite, reports) from the schema alone.
 *
 * Writing: a stage gets its own layers with np_document_get_layer_for_write()
 * (only layers its stage provides; NULL with an error otherwise), appends
 * annotations, and sets their features.  A type mismatch or an undeclared
 * feature name makes the stage fail with an error naming layer and feature.
 *
 * Reading: np_document_get_layer() returns any committed layer (NULL if no
 * plugin produced it for this document).
 *
 * Internal layers (NP_LAYER_INTERNAL in the spec's flags, since API 1.4)
 * are a plugin's working state, not a result: the input of its own corpus
 * stage, say.  They are made, checked, read and stored like any layer (the
 * batch's SQLite store and merge keep them; isolation brings them back from
 * the child; corpus stages see them), but the writers for users (JSON,
 * JSONL, the corpus record) leave them out unless asked for them
 * (NP_JSON_INTERNAL_LAYERS; the CLI's --internal-layers).
 */
#ifndef NP_LAYER_H
#define NP_LAYER_H

#include <glib.h>
#include <notepipe/np-document.h>

G_BEGIN_DECLS

typedef enum
{
  NP_VALUE_BOOL = 1,
  NP_VALUE_INT,         /* gint64 */
  NP_VALUE_DOUBLE,
  NP_VALUE_STRING,
  NP_VALUE_INT_LIST,    /* array of gint64 */
  NP_VALUE_DOUBLE_LIST,
  NP_VALUE_STRING_LIST,
} NpValueType;

typedef enum
{
  NP_TARGET_DOCUMENT = 1, /* no target field in JSON */
  NP_TARGET_SECTION,      /* "section": id */
  NP_TARGET_ITEM,         /* "item": id */
  NP_TARGET_SPAN,         /* "item": id, "span": [start, end] */
  NP_TARGET_CORPUS,       /* corpus record only */
} NpTargetKind;

typedef enum
{
  NP_FEATURE_OPTIONAL = 1 << 0, /* may be absent (JSON null) */
} NpFeatureFlags;

/* NpLayerSpec.flags (since API 1.4; older plugins leave the field zero) */
typedef enum
{
  NP_LAYER_INTERNAL = 1 << 0, /* working state, left out of user output */
} NpLayerFlags;

typedef struct
{
  const char *name;
  NpValueType type;
  guint flags;        /* NpFeatureFlags */
  const char *help;
} NpFeatureSpec;

typedef struct
{
  const char *name;              /* "<plugin>.<layer>" */
  NpTargetKind target;
  const char *help;
  const NpFeatureSpec *features; /* terminated by an entry with name NULL */
  /* NpLayerFlags; since API 1.4.  It was reserved[0]: a guintptr has the
   * size and alignment of a gpointer everywhere, so the layout is the same
   * and plugins built before (zero there) keep loading, their layers public. */
  guintptr flags;
  gpointer reserved[3];
} NpLayerSpec;

typedef struct _NpAnnotation NpAnnotation;

/* Reading (transfer none) */
const NpLayer *np_document_get_layer (const NpDocument *doc, const char *name);
const char *np_layer_get_name (const NpLayer *layer);
const char *np_layer_get_producer (const NpLayer *layer);
const NpLayerSpec *np_layer_get_spec (const NpLayer *layer);
guint np_layer_get_size (const NpLayer *layer);
const NpAnnotation *np_layer_get_annotation (const NpLayer *layer, guint index);

const NpLayer *np_annotation_get_layer (const NpAnnotation *annotation);
guint32 np_annotation_get_target (const NpAnnotation *annotation); /* item/section id */
void np_annotation_get_span (const NpAnnotation *annotation, guint32 *start, guint32 *end);
/* Feature value as GVariant (transfer none), NULL when unset:
 * b, x, d, s, ax, ad, as for the value types in order. */
GVariant *np_annotation_get (const NpAnnotation *annotation, const char *feature);
gint64 np_annotation_get_int (const NpAnnotation *annotation, const char *feature, gint64 fallback);
double np_annotation_get_double (const NpAnnotation *annotation, const char *feature, double fallback);
const char *np_annotation_get_string (const NpAnnotation *annotation, const char *feature);
/* NULL-terminated, transfer container (free with g_free, not g_strfreev) */
const char **np_annotation_get_strv (const NpAnnotation *annotation, const char *feature, gsize *n);

/* Writing: only inside a stage that provides the layer */
NpLayer *np_document_get_layer_for_write (NpDocument *doc, const char *name, GError **error);
NpAnnotation *np_layer_append (NpLayer *layer, guint32 target);
NpAnnotation *np_layer_append_span (NpLayer *layer, guint32 item, guint32 start, guint32 end);
void np_annotation_set_bool (NpAnnotation *annotation, const char *feature, gboolean value);
void np_annotation_set_int (NpAnnotation *annotation, const char *feature, gint64 value);
void np_annotation_set_double (NpAnnotation *annotation, const char *feature, double value);
void np_annotation_set_string (NpAnnotation *annotation, const char *feature, const char *value);
void np_annotation_set_strv (NpAnnotation *annotation, const char *feature, const char *const *values, gssize n);
void np_annotation_set_ints (NpAnnotation *annotation, const char *feature, const gint64 *values, gsize n);
void np_annotation_set_doubles (NpAnnotation *annotation, const char *feature, const double *values, gsize n);
/* Takes a floating or full reference; type must match the schema */
void np_annotation_set (NpAnnotation *annotation, const char *feature, GVariant *value);
/* np_annotation_set() by the feature's position in the layer's spec
 * (0 for its first feature): the same checks and reference rules, without
 * the search by name, for writers that set many values.  An index past the
 * schema fails the stage like an undeclared name.  Since API 1.1. */
void np_annotation_set_index (NpAnnotation *annotation, guint index, GVariant *value);
/* np_annotation_set_index() with a borrowed value (not floating): the
 * layer takes a reference of its own only when none of its annotations
 * holds the value for that feature yet.  A writer that shares a few
 * values among many annotations (kept in caches of its own) so writes
 * them mostly without touching their reference counts.  Since API 1.7. */
void np_annotation_share_index (NpAnnotation *annotation, guint index, GVariant *value);
/* np_layer_append() and np_annotation_share_index() for each feature at
 * once: values holds one borrowed value per feature of the layer's spec,
 * in its order, NULL for one left unset (set it later, or leave an
 * optional one out).  Since API 1.7. */
NpAnnotation *np_layer_append_shared (NpLayer *layer, guint32 target, GVariant *const *values);

/* Typed values (since API 1.13): a value written without a GVariant,
 * into the annotation itself.  Numbers and booleans are copied; a string
 * or a list is given as an address that must live as long as the layer:
 * a string or list the layer keeps (np_layer_keep_*, copied into the
 * layer's own storage and freed with it, never one by one), or a static
 * string.  Put the same kept list in many annotations at no further cost:
 * that is what these are for (the speakers plugin writes each person's
 * name list once per document).  The feature's type must be the one
 * asked for (else the stage fails, as with a GVariant of the wrong type);
 * typed values fit the first 32 features of a layer.  Readers see no
 * difference: np_annotation_get() makes a GVariant of a typed value on
 * first request (kept by the layer: the same kept list gives the same
 * GVariant), and np_annotation_peek() reads one without it. */
/* Copies of text (len bytes, or up to its NUL when -1) and of lists, kept
 * by the layer; NULL when a string is not valid UTF-8 (nothing kept: a
 * writer can then report it through np_annotation_set_*, which fails the
 * stage naming the feature).  A kept list is read like an array; its
 * strings are followed by NULL. */
const char *np_layer_keep_string (NpLayer *layer, const char *text, gssize len);
const char *const *np_layer_keep_strv (NpLayer *layer, const char *const *strings, gssize n);
const gint64 *np_layer_keep_ints (NpLayer *layer, const gint64 *values, gsize n);
const double *np_layer_keep_doubles (NpLayer *layer, const double *values, gsize n);
/* The number of elements of a list np_layer_keep_* returned */
gsize np_layer_kept_length (gconstpointer kept);
/* Feature index of a's layer (its spec's order) takes a typed value */
void np_annotation_put_bool (NpAnnotation *annotation, guint index, gboolean value);
void np_annotation_put_int (NpAnnotation *annotation, guint index, gint64 value);
void np_annotation_put_double (NpAnnotation *annotation, guint index, double value);
/* kept: np_layer_keep_string() of this layer, or static storage; valid UTF-8 */
void np_annotation_put_string (NpAnnotation *annotation, guint index, const char *kept);
/* kept: np_layer_keep_strv() (ints, doubles) of this layer, nothing else */
void np_annotation_put_strv (NpAnnotation *annotation, guint index, const char *const *kept);
void np_annotation_put_ints (NpAnnotation *annotation, guint index, const gint64 *kept);
void np_annotation_put_doubles (NpAnnotation *annotation, guint index, const double *kept);

/* A typed value as read back: the field of type's kind is set; n is a
 * list's number of elements or a string's bytes. */
typedef struct
{
  NpValueType type;
  gsize n;
  union
  {
    gboolean b;
    gint64 i;
    double d;
    const char *s;
    const char *const *strv;
    const gint64 *ints;
    const double *doubles;
  };
} NpValue;

/* Appends an annotation with its typed values at once: values[i] for
 * feature i of the layer's spec (type 0: left unset; else the feature's
 * type, with the field of that type set, strings and lists as for
 * np_annotation_put_*).  One call for a whole annotation.  NULL when the
 * layer is frozen. */
NpAnnotation *np_layer_append_values (NpLayer *layer, guint32 target, const NpValue *values);

/* Feature index of annotation as written with np_annotation_put_*: its
 * type, value filled in (borrowed: alive as long as the layer); 0 when
 * the feature is unset or holds a GVariant (read it with
 * np_annotation_get()). */
NpValueType np_annotation_peek (const NpAnnotation *annotation, guint index, NpValue *value);

G_END_DECLS

#endif
