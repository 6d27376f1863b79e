/* layer.c: annotation layers and schema checks.
 *
 * Features are stored as GVariants in schema order, so writers walk a
 * layer's spec and never need to know which plugin made it.  A write that
 * breaks the schema is not applied; the first such error is kept on the
 * layer and fails the stage when it ends (np_layer_check).
 *
 * Writers share a few values (a method, a person's name, a count) among
 * many annotations.  A value written borrowed (np_annotation_share_index)
 * that another annotation of the layer already holds for the same feature
 * is pointed to without a reference of its own: a reference per use cost
 * an atomic increment when written and an atomic decrement when freed.
 * So no value is let go before its layer is freed: one replaced in an
 * annotation is kept until then. */
#include "config.h"

#include <string.h>

#include "np-private.h"

#include "layer-private.h"

G_DEFINE_QUARK (np-plugin-error-quark, np_plugin_error)

/* NpLayerSpec.flags took the place of reserved[0] (API 1.4): same offset
 * and size, so the struct's layout (plugin ABI 1) is unchanged. */
G_STATIC_ASSERT (sizeof (guintptr) == sizeof (gpointer) && G_ALIGNOF (guintptr) == G_ALIGNOF (gpointer));
G_STATIC_ASSERT (G_STRUCT_OFFSET (NpLayerSpec, flags) == G_STRUCT_OFFSET (NpLayerSpec, features) + sizeof (gpointer));
G_STATIC_ASSERT (sizeof (NpLayerSpec) == G_STRUCT_OFFSET (NpLayerSpec, features) + 5 * sizeof (gpointer));

NpLayer *
np_layer_new (const NpLayerSpec *spec, const char *producer)
{
  /* the schema read once: its features, the required ones, and for the
   * first TYPED_MAX their types and required bits (typed values) */
  guint n = 0, required = 0;
  guint8 types[TYPED_MAX] = { 0 };
  guint32 required_bits = 0;
  for (const NpFeatureSpec *f = spec->features; f && f->name; f++, n++)
    {
      gboolean is_required = !(f->flags & NP_FEATURE_OPTIONAL);
      required += is_required;
      if (n < TYPED_MAX)
        {
          types[n] = (guint8) f->type;
          required_bits |= (guint32) is_required << n;
        }
    }
  NpLayer *layer = g_malloc0 (sizeof (NpLayer) + n * CHECKED_WAYS * sizeof (NpAnnotation *));
  memcpy (layer->types, types, sizeof types);
  layer->required_bits = required_bits;
  layer->spec = spec;
  layer->n_required = required;
  layer->producer = g_strdup (producer);
  layer->n_features = n;
  layer->stride = sizeof (NpAnnotation) + n * sizeof (GVariant *);
  layer->per_block = MAX (1, BLOCK_BYTES / layer->stride);
  return layer;
}

void
np_layer_free (NpLayer *layer)
{
  if (!layer)
    return;
  /* a layer of typed values only (the plugins' usual way) holds no
   * reference in its annotations */
  for (guint k = 0; layer->n_owned && k < layer->n_annotations; k++)
    {
      NpAnnotation *a = annotation_at (layer, k);
      for (guint i = 0; i < layer->n_features; i++)
        if (((guintptr) a->values[i] & 1u) && !IS_TYPED (a, i))
          g_variant_unref (VALUE (a->values[i]));
    }
  np_layer_typed_free (layer);
  if (layer->replaced)
    g_ptr_array_unref (layer->replaced);
  guint n_blocks = (layer->n_annotations + layer->per_block - 1) / layer->per_block;
  for (guint b = 0; b < n_blocks; b++)
    g_free (layer->blocks[b]);
  g_free (layer->blocks);
  g_clear_error (&layer->error);
  g_free (layer->producer);
  g_free (layer);
}

/* Points feature i of a at value: OWNED (value) for a reference the
 * annotation holds, else a value another annotation holds. */
static inline void
put (NpAnnotation *a, guint i, GVariant *value)
{
  NpLayer *layer = a->layer;
  GVariant *old = a->values[i];
  if (G_UNLIKELY (IS_TYPED (a, i)))
    {
      np_annotation_untype (a, i); /* counted as set already */
      old = NULL;
    }
  else if (old == NULL)
    layer->n_required_set += !(layer->spec->features[i].flags & NP_FEATURE_OPTIONAL);
  else if ((guintptr) old & 1u)
    np_layer_keep_replaced (layer, VALUE (old)); /* another annotation may borrow it */
  layer->n_owned += (guintptr) value & 1u;
  a->values[i] = value;
}

/* A reference to a value taken out of its annotation, let go with the
 * layer: another annotation or a reader may still point to it. */
void
np_layer_keep_replaced (NpLayer *layer, GVariant *value)
{
  if (layer->replaced == NULL)
    layer->replaced = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  g_ptr_array_add (layer->replaced, value);
}

/* The checked way of value for feature i, and whether the annotation
 * there points to value for that feature: then the value passed the type
 * check and lives as long as the layer */
static inline NpAnnotation **
checked_way (NpLayer *layer, guint i, GVariant *value)
{
  return &layer->checked[i * CHECKED_WAYS + CHECKED_WAY (value)];
}

static inline gboolean
way_holds (NpAnnotation *const *way, guint i, GVariant *value)
{
  return *way != NULL && VALUE ((*way)->values[i]) == value && !IS_TYPED (*way, i);
}

gint
np_layer_spec_feature_index (const NpLayerSpec *spec, const char *feature)
{
  gint i = 0;
  /* called for every value set.  Plugins name features with the literals
   * of their specs: the same pointers, found without comparing characters;
   * otherwise the first byte decides most comparisons */
  for (const NpFeatureSpec *f = spec->features; f && f->name; f++, i++)
    if (f->name == feature)
      return i;
  i = 0;
  for (const NpFeatureSpec *f = spec->features; f && f->name; f++, i++)
    if (f->name[0] == feature[0] && strcmp (f->name, feature) == 0)
      return i;
  return -1;
}

const char *np_layer_get_name (const NpLayer *layer) { return layer->spec->name; }
const char *np_layer_get_producer (const NpLayer *layer) { return layer->producer; }
const NpLayerSpec *np_layer_get_spec (const NpLayer *layer) { return layer->spec; }
guint np_layer_get_size (const NpLayer *layer) { return layer ? layer->n_annotations : 0; }

const NpAnnotation *
np_layer_get_annotation (const NpLayer *layer, guint index)
{
  g_return_val_if_fail (index < layer->n_annotations, NULL);
  return annotation_at (layer, index);
}

void
np_layer_fail (NpLayer *layer, const char *format, ...)
{
  if (layer->error)
    return;
  va_list ap;
  va_start (ap, format);
  g_autofree char *msg = g_strdup_vprintf (format, ap);
  va_end (ap);
  layer->error = g_error_new (NP_PLUGIN_ERROR, NP_PLUGIN_ERROR_FAILED, "layer %s: %s", layer->spec->name, msg);
}

static NpAnnotation *
append (NpLayer *layer, guint32 target, guint32 start, guint32 end)
{
  g_return_val_if_fail (layer != NULL, NULL);
  if (layer->frozen)
    {
      g_critical ("layer %s is frozen: its stage has ended", layer->spec->name);
      return NULL;
    }
  if (layer->left == 0)
    {
      guint b = layer->n_annotations / layer->per_block; /* a block is full */
      if (b == layer->n_blocks_max)
        {
          layer->n_blocks_max = MAX (8, layer->n_blocks_max * 2);
          layer->blocks = g_renew (guint8 *, layer->blocks, layer->n_blocks_max);
        }
      layer->next = layer->blocks[b] = g_malloc (layer->per_block * layer->stride);
      layer->left = layer->per_block;
    }
  NpAnnotation *a = (NpAnnotation *) layer->next;
  layer->next += layer->stride;
  layer->left--;
  memset (a, 0, layer->stride);
  a->layer = layer;
  a->target = target;
  a->span_start = start;
  a->span_end = end;
  layer->n_annotations++;
  return a;
}

NpAnnotation *
np_layer_append (NpLayer *layer, guint32 target)
{
  return append (layer, target, 0, 0);
}

NpAnnotation *
np_layer_append_span (NpLayer *layer, guint32 item, guint32 start, guint32 end)
{
  return append (layer, item, start, end);
}

guint32 np_annotation_get_target (const NpAnnotation *a) { return a->target; }
const NpLayer *np_annotation_get_layer (const NpAnnotation *a) { return a->layer; }

void
np_annotation_get_span (const NpAnnotation *a, guint32 *start, guint32 *end)
{
  if (start)
    *start = a->span_start;
  if (end)
    *end = a->span_end;
}

/* The type string of a value type's GVariants: b, x, d, s, ax, ad, as. */
static const char *
value_type_string (NpValueType t)
{
  static const char *const strings[] = { NULL, "b", "x", "d", "s", "ax", "ad", "as" };
  return t < G_N_ELEMENTS (strings) ? strings[t] : NULL;
}

/* The schema's types are definite and one or two characters long: equal
 * type strings are the same test as g_variant_is_of_type(), without its
 * type walk. */
static inline gboolean
type_string_is (const char *got, const char *expected)
{
  return expected != NULL && got[0] == expected[0] && got[1] == expected[1]
         && (expected[1] == '\0' || got[2] == '\0');
}

/* Sets feature i (valid) to value, a full reference the layer takes
 * when full, else borrowed; feature names the feature in errors. */
static void
set_at (NpAnnotation *a, guint i, const char *feature, GVariant *value, gboolean full)
{
  NpLayer *layer = a->layer;
  if (G_UNLIKELY (layer->frozen))
    {
      g_critical ("layer %s is frozen: its stage has ended", layer->spec->name);
      if (full)
        g_variant_unref (value);
      return;
    }
  NpAnnotation **way = checked_way (layer, i, value);
  if (!way_holds (way, i, value))
    {
      const char *expected = value_type_string (layer->spec->features[i].type);
      if (!type_string_is (g_variant_get_type_string (value), expected))
        {
          np_layer_fail (layer, "feature '%s' expects type %s, got %s", feature, expected ? expected : "(none)",
                      g_variant_get_type_string (value));
          if (full)
            g_variant_unref (value);
          return;
        }
    }
  put (a, i, OWNED (full ? value : g_variant_ref (value)));
  *way = a;
}

/* A full reference to value: a floating one is taken over (sunk). */
static inline GVariant *
take_value (GVariant *value)
{
  return g_variant_is_floating (value) ? g_variant_take_ref (value) : value;
}

void
np_annotation_set (NpAnnotation *a, const char *feature, GVariant *value)
{
  g_return_if_fail (a != NULL && feature != NULL && value != NULL);
  /* takes the caller's reference, floating or full */
  value = take_value (value);
  gint i = np_layer_spec_feature_index (a->layer->spec, feature);
  if (i < 0)
    {
      if (a->layer->frozen)
        g_critical ("layer %s is frozen: its stage has ended", a->layer->spec->name);
      else
        np_layer_fail (a->layer, "feature '%s' is not in the schema", feature);
      g_variant_unref (value);
      return;
    }
  set_at (a, (guint) i, feature, value, TRUE);
}

/* np_annotation_set_index() and np_annotation_share_index(): value is a
 * full (or floating) reference the layer takes when full, else borrowed. */
static void
set_index (NpAnnotation *a, guint index, GVariant *value, gboolean full)
{
  NpLayer *layer = a->layer;
  /* the common case first: a value already checked for this feature (an
   * annotation of this layer points to it, so it lives as long as the
   * layer), written into an empty slot of an open layer: a full
   * reference (not floating, since it is shared) is taken over, a
   * borrowed value borrowed again */
  if (G_LIKELY (index < layer->n_features && !layer->frozen && !IS_SET (a, index)))
    {
      NpAnnotation **way = checked_way (layer, index, value);
      if (way_holds (way, index, value))
        {
          put (a, index, full ? OWNED (value) : value);
          *way = a;
          return;
        }
    }
  if (full)
    value = take_value (value);
  if (index >= layer->n_features)
    {
      if (layer->frozen)
        g_critical ("layer %s is frozen: its stage has ended", layer->spec->name);
      else
        np_layer_fail (layer, "feature index %u is not in the schema (%u features)", index, layer->n_features);
      if (full)
        g_variant_unref (value);
      return;
    }
  set_at (a, index, layer->spec->features[index].name, value, full);
}

void
np_annotation_set_index (NpAnnotation *a, guint index, GVariant *value)
{
  g_return_if_fail (a != NULL && value != NULL);
  set_index (a, index, value, TRUE);
}

/* A borrowed value for feature i (valid) of an annotation of an open
 * layer: pointed to when the layer holds it for that feature already and
 * the slot is empty, else checked and referenced (set_at) */
static void
share_at (NpAnnotation *a, guint i, GVariant *value)
{
  NpLayer *layer = a->layer;
  NpAnnotation **way = checked_way (layer, i, value);
  if (!IS_SET (a, i) && way_holds (way, i, value))
    {
      put (a, i, value); /* not floating, since an annotation holds it */
      *way = a;
      return;
    }
  if (g_variant_is_floating (value))
    {
      g_critical ("layer %s: feature '%s' was lent a floating value", layer->spec->name, layer->spec->features[i].name);
      return;
    }
  set_at (a, i, layer->spec->features[i].name, value, FALSE);
}

void
np_annotation_share_index (NpAnnotation *a, guint index, GVariant *value)
{
  g_return_if_fail (a != NULL && value != NULL);
  if (G_UNLIKELY (index >= a->layer->n_features || a->layer->frozen))
    set_index (a, index, value, FALSE); /* reports it */
  else
    share_at (a, index, value);
}

NpAnnotation *
np_layer_append_shared (NpLayer *layer, guint32 target, GVariant *const *values)
{
  g_return_val_if_fail (layer != NULL && values != NULL, NULL);
  NpAnnotation *a = append (layer, target, 0, 0);
  for (guint i = 0; a != NULL && i < layer->n_features; i++)
    if (values[i] != NULL)
      share_at (a, i, values[i]);
  return a;
}

void np_annotation_set_bool (NpAnnotation *a, const char *f, gboolean v) { np_annotation_set (a, f, g_variant_new_boolean (v)); }
void np_annotation_set_int (NpAnnotation *a, const char *f, gint64 v) { np_annotation_set (a, f, g_variant_new_int64 (v)); }
void np_annotation_set_double (NpAnnotation *a, const char *f, double v) { np_annotation_set (a, f, g_variant_new_double (v)); }

void
np_annotation_set_string (NpAnnotation *a, const char *f, const char *v)
{
  if (v == NULL || !g_utf8_validate (v, -1, NULL))
    {
      np_layer_fail (a->layer, "feature '%s' given %s", f, v ? "invalid UTF-8" : "NULL");
      return;
    }
  np_annotation_set (a, f, g_variant_new_string (v));
}

void
np_annotation_set_strv (NpAnnotation *a, const char *f, const char *const *values, gssize n)
{
  if (n < 0)
    n = values ? g_strv_length ((char **) values) : 0;
  for (gssize i = 0; i < n; i++)
    if (!g_utf8_validate (values[i], -1, NULL))
      {
        np_layer_fail (a->layer, "feature '%s' element %zd is invalid UTF-8", f, i);
        return;
      }
  np_annotation_set (a, f, g_variant_new_strv (values, n));
}

void
np_annotation_set_ints (NpAnnotation *a, const char *f, const gint64 *values, gsize n)
{
  np_annotation_set (a, f, g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, values, n, sizeof (gint64)));
}

void
np_annotation_set_doubles (NpAnnotation *a, const char *f, const double *values, gsize n)
{
  np_annotation_set (a, f, g_variant_new_fixed_array (G_VARIANT_TYPE_DOUBLE, values, n, sizeof (double)));
}

GVariant *
np_annotation_get (const NpAnnotation *a, const char *feature)
{
  gint i = np_layer_spec_feature_index (a->layer->spec, feature);
  if (i < 0)
    return NULL;
  if (IS_TYPED (a, (guint) i))
    return np_annotation_make_typed (a, (guint) i);
  return VALUE (a->values[i]);
}

/* The typed value of feature (np_annotation_put_*), or 0 */
static NpValueType
peek_named (const NpAnnotation *a, const char *feature, NpValue *value)
{
  if (a->typed == 0)
    return 0;
  gint i = np_layer_spec_feature_index (a->layer->spec, feature);
  return i < 0 ? 0 : np_annotation_peek (a, (guint) i, value);
}

gint64
np_annotation_get_int (const NpAnnotation *a, const char *feature, gint64 fallback)
{
  NpValue typed;
  if (peek_named (a, feature, &typed))
    return typed.type == NP_VALUE_INT ? typed.i : fallback;
  GVariant *v = np_annotation_get (a, feature);
  return v && g_variant_is_of_type (v, G_VARIANT_TYPE_INT64) ? g_variant_get_int64 (v) : fallback;
}

double
np_annotation_get_double (const NpAnnotation *a, const char *feature, double fallback)
{
  NpValue typed;
  if (peek_named (a, feature, &typed))
    return typed.type == NP_VALUE_DOUBLE ? typed.d : fallback;
  GVariant *v = np_annotation_get (a, feature);
  return v && g_variant_is_of_type (v, G_VARIANT_TYPE_DOUBLE) ? g_variant_get_double (v) : fallback;
}

const char *
np_annotation_get_string (const NpAnnotation *a, const char *feature)
{
  NpValue typed;
  if (peek_named (a, feature, &typed))
    return typed.type == NP_VALUE_STRING ? typed.s : NULL;
  GVariant *v = np_annotation_get (a, feature);
  return v && g_variant_is_of_type (v, G_VARIANT_TYPE_STRING) ? g_variant_get_string (v, NULL) : NULL;
}

const char **
np_annotation_get_strv (const NpAnnotation *a, const char *feature, gsize *n)
{
  NpValue typed;
  if (peek_named (a, feature, &typed) == NP_VALUE_STRING_LIST)
    {
      if (n)
        *n = typed.n;
      return g_memdup2 (typed.strv, (typed.n + 1) * sizeof (char *));
    }
  GVariant *v = np_annotation_get (a, feature);
  if (!v || !g_variant_is_of_type (v, G_VARIANT_TYPE_STRING_ARRAY))
    {
      if (n)
        *n = 0;
      return NULL;
    }
  return g_variant_get_strv (v, n);
}

gboolean
np_layer_check (NpLayer *layer, GError **error)
{
  if (layer->error)
    {
      g_propagate_error (error, g_error_copy (layer->error));
      return FALSE;
    }
  /* each annotation has each required value: nothing to look for */
  if (layer->n_required_set == (guint64) layer->n_annotations * layer->n_required)
    return TRUE;
  for (guint k = 0; k < layer->n_annotations; k++)
    {
      NpAnnotation *a = annotation_at (layer, k);
      for (guint i = 0; i < layer->n_features; i++)
        if (!IS_SET (a, i) && !(layer->spec->features[i].flags & NP_FEATURE_OPTIONAL))
          {
            g_set_error (error, NP_PLUGIN_ERROR, NP_PLUGIN_ERROR_FAILED,
                         "layer %s: annotation %u lacks required feature '%s'", layer->spec->name, k,
                         layer->spec->features[i].name);
            return FALSE;
          }
    }
  return TRUE;
}

void
np_layer_freeze (NpLayer *layer)
{
  layer->frozen = TRUE;
}

/* Document side */

/* The document's layer named name, or NULL.  Names are unique in
 * doc->layers, and a document has a few layers (one to three per
 * plugin): a scan costs less than a hash table per document. */
static NpLayer *
find_layer (const NpDocument *doc, const char *name)
{
  for (guint i = 0; i < doc->layers->len; i++)
    {
      NpLayer *l = g_ptr_array_index (doc->layers, i);
      if (l->spec->name == name || strcmp (l->spec->name, name) == 0)
        return l;
    }
  return NULL;
}

const NpLayer *
np_document_get_layer (const NpDocument *doc, const char *name)
{
  NpLayer *l = find_layer (doc, name);
  return l && l->frozen ? l : NULL;
}

guint
np_document_get_n_layers (const NpDocument *doc)
{
  return doc->layers->len;
}

const NpLayer *
np_document_get_nth_layer (const NpDocument *doc, guint index)
{
  return g_ptr_array_index (doc->layers, index);
}

void
np_document_begin_stage (NpDocument *doc, const char *plugin, const NpLayerSpec *const *provides)
{
  doc->writable = provides;
  doc->writer = plugin;
}

NpLayer *
np_document_get_layer_for_write (NpDocument *doc, const char *name, GError **error)
{
  NpLayer *l = find_layer (doc, name);
  if (l && !l->frozen)
    return l;
  for (const NpLayerSpec *const *p = doc->writable; p && *p; p++)
    if (strcmp ((*p)->name, name) == 0)
      {
        if (l)
          break; /* frozen: provided by an earlier stage */
        l = np_layer_new (*p, doc->writer);
        g_ptr_array_add (doc->layers, l);
        return l;
      }
  g_set_error (error, NP_PLUGIN_ERROR, NP_PLUGIN_ERROR_FAILED,
               "%s may not write layer '%s': %s", doc->writer ? doc->writer : "the core", name,
               l ? "it is already committed" : "its stage does not provide it");
  return NULL;
}

void
np_document_drop_layers_of (NpDocument *doc, const char *plugin)
{
  for (guint i = doc->layers->len; i-- > 0;)
    {
      NpLayer *l = g_ptr_array_index (doc->layers, i);
      if (!l->frozen && g_strcmp0 (l->producer, plugin) == 0)
        g_ptr_array_remove_index (doc->layers, i);
    }
}

gboolean
np_document_end_stage (NpDocument *doc, gboolean ok, GError **error)
{
  const char *plugin = doc->writer;
  const NpLayerSpec *const *provides = doc->writable;
  if (ok) /* a provided layer the stage left empty still exists, empty */
    for (const NpLayerSpec *const *p = provides; p && *p; p++)
      if (!find_layer (doc, (*p)->name))
        np_document_get_layer_for_write (doc, (*p)->name, NULL);
  doc->writable = NULL;
  doc->writer = NULL;
  if (ok)
    for (guint i = 0; i < doc->layers->len; i++)
      {
        NpLayer *l = g_ptr_array_index (doc->layers, i);
        if (!l->frozen && !np_layer_check (l, error))
          {
            ok = FALSE;
            break;
          }
      }
  if (!ok)
    {
      np_document_drop_layers_of (doc, plugin);
      return FALSE;
    }
  for (guint i = 0; i < doc->layers->len; i++)
    np_layer_freeze (g_ptr_array_index (doc->layers, i));
  return TRUE;
}

/* JSON -> layer, the inverse of np_json_append_annotation: used to bring
 * results back from an isolated child process and from stores. */

static GVariant *
feature_from_json (const NpFeatureSpec *f, JsonNode *n)
{
  JsonNodeType t = json_node_get_node_type (n);
  switch (f->type)
    {
    case NP_VALUE_BOOL:
      return t == JSON_NODE_VALUE ? g_variant_new_boolean (json_node_get_boolean (n)) : NULL;
    case NP_VALUE_INT:
      return t == JSON_NODE_VALUE ? g_variant_new_int64 (json_node_get_int (n)) : NULL;
    case NP_VALUE_DOUBLE:
      return t == JSON_NODE_VALUE ? g_variant_new_double (json_node_get_double (n)) : NULL;
    case NP_VALUE_STRING:
      return t == JSON_NODE_VALUE && json_node_get_string (n) ? g_variant_new_string (json_node_get_string (n)) : NULL;
    case NP_VALUE_INT_LIST:
    case NP_VALUE_DOUBLE_LIST:
    case NP_VALUE_STRING_LIST:
      {
        if (t != JSON_NODE_ARRAY)
          return NULL;
        JsonArray *a = json_node_get_array (n);
        guint len = json_array_get_length (a);
        const GVariantType *et = f->type == NP_VALUE_INT_LIST      ? G_VARIANT_TYPE_INT64
                                 : f->type == NP_VALUE_DOUBLE_LIST ? G_VARIANT_TYPE_DOUBLE
                                                                   : G_VARIANT_TYPE_STRING;
        GVariantBuilder b;
        GVariantType *array_type = g_variant_type_new_array (et);
        g_variant_builder_init (&b, array_type);
        g_variant_type_free (array_type);
        for (guint i = 0; i < len; i++)
          {
            JsonNode *e = json_array_get_element (a, i);
            if (f->type == NP_VALUE_INT_LIST)
              g_variant_builder_add (&b, "x", json_node_get_int (e));
            else if (f->type == NP_VALUE_DOUBLE_LIST)
              g_variant_builder_add (&b, "d", json_node_get_double (e));
            else
              g_variant_builder_add (&b, "s", json_node_get_string (e) ? json_node_get_string (e) : "");
          }
        GVariant *v = g_variant_builder_end (&b);
        return v;
      }
    }
  return NULL;
}

NpLayer *
np_layer_new_from_json (const NpLayerSpec *spec, const char *producer, JsonArray *annotations, GError **error)
{
  NpLayer *layer = np_layer_new (spec, producer);
  guint n = json_array_get_length (annotations);
  for (guint i = 0; i < n; i++)
    {
      JsonObject *o = json_array_get_object_element (annotations, i);
      if (!o)
        continue;
      guint32 target = 0, s = 0, e = 0;
      if (spec->target == NP_TARGET_ITEM || spec->target == NP_TARGET_SPAN)
        target = json_object_get_int_member_with_default (o, "item", 0);
      else if (spec->target == NP_TARGET_SECTION)
        target = json_object_get_int_member_with_default (o, "section", 0);
      if (spec->target == NP_TARGET_SPAN && json_object_has_member (o, "span"))
        {
          JsonArray *span = json_object_get_array_member (o, "span");
          s = json_array_get_int_element (span, 0);
          e = json_array_get_int_element (span, 1);
        }
      NpAnnotation *a = append (layer, target, s, e);
      gint k = 0;
      for (const NpFeatureSpec *f = spec->features; f && f->name; f++, k++)
        {
          JsonNode *node = json_object_get_member (o, f->name);
          if (!node || JSON_NODE_HOLDS_NULL (node))
            continue;
          GVariant *v = feature_from_json (f, node);
          if (v)
            {
              put (a, (guint) k, OWNED (g_variant_ref_sink (v)));
            }
        }
    }
  if (!np_layer_check (layer, error))
    {
      np_layer_free (layer);
      return NULL;
    }
  layer->frozen = TRUE;
  return layer;
}

void
np_document_adopt_layer (NpDocument *doc, NpLayer *layer)
{
  NpLayer *old = find_layer (doc, layer->spec->name);
  if (old)
    g_ptr_array_remove (doc->layers, old);
  layer->frozen = TRUE;
  g_ptr_array_add (doc->layers, layer);
}
