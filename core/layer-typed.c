/* layer-typed.c: typed values, written and read without a GVariant.
 *
 * A typed value sits in the annotation's cell itself: the 8 bytes of a
 * number or boolean, or the address of a string or list.  Strings and
 * lists are kept by the layer (np_layer_keep_*: copied into chunks freed
 * with the layer, never one by one), or are static.  So a writer that
 * puts the same kept list in many annotations pays no allocation, no
 * reference count and no type check per value beyond comparing the
 * feature's type, and freeing the layer walks nothing.
 *
 * np_annotation_get() still gives a GVariant for any value: one is made
 * on the first request and kept by the layer (by the kept string's or
 * list's address, so annotations sharing a list share its GVariant too,
 * or by the cell's address for a number).  The JSON writer reads typed
 * values with np_annotation_peek() and makes none. */
#include "config.h"

#include <string.h>

#include "layer-private.h"

/* Kept data go in chunks of this size (glibc's small bins, as the
 * annotation blocks); anything larger than a quarter of it gets a block
 * of its own. */
#define KEPT_CHUNK 1000

/* Guards the layers' tables of made GVariants: readers of one layer may
 * run in several threads. */
static GMutex made_lock;

static gpointer
kept_alloc (NpLayer *layer, gsize size)
{
  NpKept *k = &layer->kept;
  size = (size + 7) & ~(gsize) 7;
  if (k->chunks == NULL)
    k->chunks = g_ptr_array_new_with_free_func (g_free);
  if (size > KEPT_CHUNK / 4)
    {
      gpointer own = g_malloc (size);
      g_ptr_array_add (k->chunks, own);
      return own;
    }
  if (size > k->left)
    {
      k->at = g_malloc (KEPT_CHUNK);
      k->left = KEPT_CHUNK;
      g_ptr_array_add (k->chunks, k->at);
    }
  gpointer p = k->at;
  k->at += size;
  k->left -= size;
  return p;
}

void
np_layer_typed_free (NpLayer *layer)
{
  if (layer->made)
    g_hash_table_unref (layer->made);
  if (layer->kept.chunks)
    g_ptr_array_unref (layer->kept.chunks);
}

/* A kept list: its length, then its elements (and a NULL after a list of
 * strings); the list's address is that of its first element. */
static inline gsize
kept_length (gconstpointer kept)
{
  return ((const gsize *) kept)[-1];
}

gsize
np_layer_kept_length (gconstpointer kept)
{
  g_return_val_if_fail (kept != NULL, 0);
  return kept_length (kept);
}

static gboolean
valid_text (const char *s, gsize len)
{
  return g_utf8_validate_len (s, len, NULL);
}

const char *
np_layer_keep_string (NpLayer *layer, const char *s, gssize len)
{
  g_return_val_if_fail (layer != NULL && s != NULL, NULL);
  gsize n = len < 0 ? strlen (s) : (gsize) len;
  if (!valid_text (s, n))
    return NULL;
  char *copy = kept_alloc (layer, n + 1);
  memcpy (copy, s, n);
  copy[n] = '\0';
  return copy;
}

const char *const *
np_layer_keep_strv (NpLayer *layer, const char *const *strings, gssize n)
{
  g_return_val_if_fail (layer != NULL, NULL);
  gsize count = n < 0 ? (strings ? g_strv_length ((char **) strings) : 0) : (gsize) n;
  gsize bytes = 0;
  for (gsize i = 0; i < count; i++)
    {
      gsize len = strlen (strings[i]);
      if (!valid_text (strings[i], len))
        return NULL;
      bytes += len + 1;
    }
  gsize head = sizeof (gsize) + (count + 1) * sizeof (char *);
  guint8 *block = kept_alloc (layer, head + bytes);
  *(gsize *) block = count;
  const char **list = (const char **) (block + sizeof (gsize));
  char *text = (char *) block + head;
  for (gsize i = 0; i < count; i++)
    {
      gsize len = strlen (strings[i]) + 1;
      memcpy (text, strings[i], len);
      list[i] = text;
      text += len;
    }
  list[count] = NULL;
  return list;
}

static gconstpointer
keep_numbers (NpLayer *layer, gconstpointer values, gsize n)
{
  /* an empty list takes a slot too: each kept list has an address of its
   * own (readers tell values apart by it) */
  guint8 *block = kept_alloc (layer, sizeof (gsize) + MAX (n, 1) * 8);
  *(gsize *) block = n;
  if (n)
    memcpy (block + sizeof (gsize), values, n * 8);
  return block + sizeof (gsize);
}

const gint64 *
np_layer_keep_ints (NpLayer *layer, const gint64 *values, gsize n)
{
  g_return_val_if_fail (layer != NULL && (values != NULL || n == 0), NULL);
  G_STATIC_ASSERT (sizeof (gint64) == 8 && sizeof (double) == 8);
  return keep_numbers (layer, values, n);
}

const double *
np_layer_keep_doubles (NpLayer *layer, const double *values, gsize n)
{
  g_return_val_if_fail (layer != NULL && (values != NULL || n == 0), NULL);
  return keep_numbers (layer, values, n);
}

/* Numbers and booleans: a made GVariant is kept by the cell's address */
static inline gboolean
is_scalar (NpValueType t)
{
  return t == NP_VALUE_BOOL || t == NP_VALUE_INT || t == NP_VALUE_DOUBLE;
}

static const char *
type_name (NpValueType t)
{
  static const char *const names[] = { "?", "bool", "int", "double", "string", "int list", "double list",
                                       "string list" };
  return (guint) t < G_N_ELEMENTS (names) ? names[t] : "?";
}

/* Readies feature i of a for a typed value of type: FALSE (and the layer
 * failed) when the schema says otherwise.  A GVariant the cell held is
 * kept until the layer is freed; a GVariant made of the typed value it
 * held, likewise (a reader may still hold it). */
static gboolean typed_cell_slow (NpAnnotation *a, guint i, NpValueType type);

static inline gboolean
typed_cell (NpAnnotation *a, guint i, NpValueType type)
{
  NpLayer *layer = a->layer;
  /* the common case: an empty cell of an open layer, of the right type */
  if (G_LIKELY (i < layer->n_features && i < TYPED_MAX && !layer->frozen && layer->types[i] == type
                && a->values[i] == NULL && !IS_TYPED (a, i)))
    {
      layer->n_required_set += (layer->required_bits >> i) & 1u;
      a->typed |= 1u << i;
      return TRUE;
    }
  return typed_cell_slow (a, i, type);
}

static gboolean
typed_cell_slow (NpAnnotation *a, guint i, NpValueType type)
{
  NpLayer *layer = a->layer;
  if (G_UNLIKELY (layer->frozen))
    {
      g_critical ("layer %s is frozen: its stage has ended", layer->spec->name);
      return FALSE;
    }
  if (G_UNLIKELY (i >= layer->n_features))
    {
      np_layer_fail (layer, "feature index %u is not in the schema (%u features)", i, layer->n_features);
      return FALSE;
    }
  const NpFeatureSpec *f = &layer->spec->features[i];
  if (G_UNLIKELY (f->type != type))
    {
      np_layer_fail (layer, "feature '%s' expects type %s, got %s", f->name, type_name (f->type), type_name (type));
      return FALSE;
    }
  if (G_UNLIKELY (i >= TYPED_MAX))
    {
      np_layer_fail (layer, "feature '%s': typed values are for the first %u features of a layer", f->name,
                     TYPED_MAX);
      return FALSE;
    }
  if (IS_TYPED (a, i))
    np_annotation_untype (a, i);
  else if (a->values[i] == NULL)
    layer->n_required_set += !(f->flags & NP_FEATURE_OPTIONAL);
  else if ((guintptr) a->values[i] & 1u)
    np_layer_keep_replaced (layer, VALUE (a->values[i]));
  a->typed |= 1u << i;
  return TRUE;
}

void
np_annotation_untype (NpAnnotation *a, guint i)
{
  NpLayer *layer = a->layer;
  a->typed &= ~(1u << i);
  if (is_scalar (layer->spec->features[i].type) && layer->made)
    {
      /* the GVariant made of the old number stays alive for its readers */
      g_mutex_lock (&made_lock);
      gpointer made;
      if (g_hash_table_steal_extended (layer->made, &a->values[i], NULL, &made))
        np_layer_keep_replaced (layer, made);
      g_mutex_unlock (&made_lock);
    }
  a->values[i] = NULL;
}

void
np_annotation_put_bool (NpAnnotation *a, guint index, gboolean value)
{
  g_return_if_fail (a != NULL);
  if (typed_cell (a, index, NP_VALUE_BOOL))
    a->values[index] = (GVariant *) (guintptr) (value != FALSE);
}

void
np_annotation_put_int (NpAnnotation *a, guint index, gint64 value)
{
  g_return_if_fail (a != NULL);
  if (typed_cell (a, index, NP_VALUE_INT))
    memcpy (&a->values[index], &value, sizeof value);
}

void
np_annotation_put_double (NpAnnotation *a, guint index, double value)
{
  g_return_if_fail (a != NULL);
  if (typed_cell (a, index, NP_VALUE_DOUBLE))
    memcpy (&a->values[index], &value, sizeof value);
}

/* Has kept been checked as feature i's string: does the annotation that
 * last took it there (one of the layer's checked ways, as for GVariants)
 * still hold it? */
static inline NpAnnotation **
string_way (NpLayer *layer, guint i, const char *kept)
{
  return &layer->checked[i * CHECKED_WAYS + CHECKED_WAY (kept)];
}

/* May s be feature i's string: checked already (it is where its checked
 * way, *way, last took it: methods, relations, static strings), or valid
 * UTF-8; otherwise the layer fails naming the feature */
static gboolean
string_accepted (NpLayer *layer, guint i, const char *s, NpAnnotation *const *way)
{
  if (way && *way && IS_TYPED (*way, i) && (const char *) (*way)->values[i] == s)
    return TRUE;
  if (s != NULL && g_utf8_validate (s, -1, NULL))
    return TRUE;
  np_layer_fail (layer, "feature %s given %s", i < layer->n_features ? layer->spec->features[i].name : "(none)",
                 s ? "invalid UTF-8" : "NULL");
  return FALSE;
}

void
np_annotation_put_string (NpAnnotation *a, guint index, const char *kept)
{
  g_return_if_fail (a != NULL);
  NpLayer *layer = a->layer;
  NpAnnotation **way = index < layer->n_features ? string_way (layer, index, kept) : NULL;
  if (string_accepted (layer, index, kept, way) && typed_cell (a, index, NP_VALUE_STRING))
    {
      a->values[index] = (GVariant *) kept;
      *way = a;
    }
}

/* A list put as NULL: np_layer_keep_* refused it (not UTF-8) */
static void
list_missing (NpLayer *layer, guint i)
{
  np_layer_fail (layer, "feature %s given NULL (a list that could not be kept?)",
                 i < layer->n_features ? layer->spec->features[i].name : "(none)");
}

static void
put_list (NpAnnotation *a, guint index, gconstpointer kept, NpValueType type)
{
  g_return_if_fail (a != NULL);
  if (kept == NULL)
    {
      list_missing (a->layer, index);
      return;
    }
  if (typed_cell (a, index, type))
    a->values[index] = (GVariant *) kept;
}

void
np_annotation_put_strv (NpAnnotation *a, guint index, const char *const *kept)
{
  put_list (a, index, kept, NP_VALUE_STRING_LIST);
}

void
np_annotation_put_ints (NpAnnotation *a, guint index, const gint64 *kept)
{
  put_list (a, index, kept, NP_VALUE_INT_LIST);
}

void
np_annotation_put_doubles (NpAnnotation *a, guint index, const double *kept)
{
  put_list (a, index, kept, NP_VALUE_DOUBLE_LIST);
}

NpAnnotation *
np_layer_append_values (NpLayer *layer, guint32 target, const NpValue *values)
{
  g_return_val_if_fail (layer != NULL && values != NULL, NULL);
  NpAnnotation *a = np_layer_append (layer, target);
  if (a == NULL)
    return NULL;
  /* the typed bits written once, and the count of required values set
   * from them; a value's type is compared with the schema's byte */
  guint32 typed = 0;
  guint required = 0;
  guint n = MIN (layer->n_features, TYPED_MAX);
  for (guint i = 0; i < n; i++)
    {
      const NpValue *v = &values[i];
      NpValueType t = v->type;
      if (t == 0)
        continue;
      if (G_UNLIKELY (t != layer->types[i]))
        {
          typed_cell_slow (a, i, t); /* reports it */
          continue;
        }
      if (t == NP_VALUE_STRING)
        {
          NpAnnotation **way = string_way (layer, i, v->s);
          if (!string_accepted (layer, i, v->s, way))
            continue;
          *way = a;
          a->values[i] = (GVariant *) v->s;
        }
      else if (t == NP_VALUE_BOOL)
        a->values[i] = (GVariant *) (guintptr) (v->b != FALSE);
      else if (t >= NP_VALUE_INT_LIST) /* the lists */
        {
          if (v->strv == NULL)
            {
              list_missing (layer, i);
              continue;
            }
          a->values[i] = (GVariant *) v->strv;
        }
      else /* the 8 bytes of a number */
        memcpy (&a->values[i], &v->i, sizeof v->i);
      typed |= 1u << i;
      required += (layer->required_bits >> i) & 1u;
    }
  for (guint i = n; i < layer->n_features; i++)
    if (values[i].type)
      typed_cell_slow (a, i, values[i].type); /* past the typed features: reports it */
  a->typed |= typed;
  layer->n_required_set += required;
  return a;
}

NpValueType
np_annotation_peek (const NpAnnotation *a, guint index, NpValue *value)
{
  g_return_val_if_fail (a != NULL && value != NULL, 0);
  if (index >= a->layer->n_features || !IS_TYPED (a, index))
    return 0;
  gconstpointer cell = &a->values[index];
  gconstpointer p = a->values[index];
  value->type = a->layer->spec->features[index].type;
  value->n = 0;
  switch (value->type)
    {
    case NP_VALUE_BOOL:
      value->b = p != NULL;
      break;
    case NP_VALUE_INT:
    case NP_VALUE_DOUBLE: /* the cell's 8 bytes, whichever number (the union's) */
      memcpy (&value->i, cell, sizeof value->i);
      break;
    case NP_VALUE_STRING:
      value->s = p;
      value->n = strlen (p);
      break;
    case NP_VALUE_STRING_LIST:
    case NP_VALUE_INT_LIST:
    case NP_VALUE_DOUBLE_LIST: /* the list's address, whichever list (the union's) */
      value->strv = p;
      value->n = kept_length (p);
      break;
    default:
      return 0;
    }
  return value->type;
}

static GVariant *
make (const NpValue *v)
{
  switch (v->type)
    {
    case NP_VALUE_BOOL:
      return g_variant_new_boolean (v->b);
    case NP_VALUE_INT:
      return g_variant_new_int64 (v->i);
    case NP_VALUE_DOUBLE:
      return g_variant_new_double (v->d);
    case NP_VALUE_STRING:
      return g_variant_new_string (v->s);
    case NP_VALUE_STRING_LIST:
      return g_variant_new_strv (v->strv, (gssize) v->n);
    case NP_VALUE_INT_LIST:
      return g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, v->ints, v->n, sizeof (gint64));
    case NP_VALUE_DOUBLE_LIST:
      return g_variant_new_fixed_array (G_VARIANT_TYPE_DOUBLE, v->doubles, v->n, sizeof (double));
    default:
      g_assert_not_reached ();
    }
}

GVariant *
np_annotation_make_typed (const NpAnnotation *a, guint i)
{
  NpLayer *layer = a->layer;
  NpValue v;
  np_annotation_peek (a, i, &v);
  gconstpointer key = is_scalar (v.type) ? (gconstpointer) &a->values[i] : (gconstpointer) a->values[i];
  g_mutex_lock (&made_lock);
  if (layer->made == NULL)
    layer->made = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_variant_unref);
  GVariant *made = g_hash_table_lookup (layer->made, key);
  if (made == NULL)
    {
      made = g_variant_ref_sink (make (&v));
      g_hash_table_insert (layer->made, (gpointer) key, made);
    }
  g_mutex_unlock (&made_lock);
  return made;
}
