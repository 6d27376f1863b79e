/* layer-private.h: the layout of layers and annotations, shared by
 * layer.c (GVariant values, schema checks, the document's layers) and
 * layer-typed.c (typed values, kept in the layer's own storage). */
#ifndef NP_LAYER_PRIVATE_H
#define NP_LAYER_PRIVATE_H

#include "np-private.h"

struct _NpAnnotation
{
  NpLayer *layer;
  guint32 target;
  guint32 span_start, span_end;
  /* features (bit i for feature i < 32) whose values[i] holds a typed
   * value (np_annotation_put_*): the raw 8 bytes of a number or boolean,
   * or the address of a string or list the layer keeps or of static
   * storage.  Such a cell is never a GVariant. */
  guint32 typed;
  /* n_features, NULL = unset.  A value with the low bit of its address
   * set (OWNED) is one this annotation holds a reference to; without it,
   * the value is borrowed from another annotation of the layer. */
  GVariant *values[];
};

#define OWNED(v) ((GVariant *) ((guintptr) (v) | 1u))
#define VALUE(p) ((GVariant *) ((guintptr) (p) & ~(guintptr) 1u))
/* features a typed value can be put in */
#define TYPED_MAX 32u
#define IS_TYPED(a, i) ((i) < TYPED_MAX && ((a)->typed >> (i)) & 1u)
/* is feature i of a set, typed or not */
#define IS_SET(a, i) ((a)->values[i] != NULL || IS_TYPED (a, i))

/* Annotations live in blocks of a fixed size just under 1 KiB: an append
 * costs no malloc of its own, addresses stay stable while the layer grows
 * (writers keep the pointer np_layer_append returned), and a block stays
 * in glibc's small bins (a larger request first consolidates every free
 * fast chunk of the heap, which costs more than the block itself). */
#define BLOCK_BYTES 1000

/* The layer's storage of kept strings and lists (layer-typed.c): chunks
 * filled in order, freed with the layer, never one by one. */
typedef struct
{
  GPtrArray *chunks; /* guint8* */
  guint8 *at;        /* free space of the last chunk */
  gsize left;
} NpKept;

struct _NpLayer
{
  const NpLayerSpec *spec;
  char *producer;
  guint n_features;
  gsize stride;         /* bytes of one annotation: header and its values */
  guint per_block;      /* annotations per block */
  guint n_annotations;
  guint8 **blocks;      /* n_annotations / per_block rounded up, capacity n_blocks_max */
  guint n_blocks_max;
  guint8 *next;         /* where the next annotation goes in the last block, */
  guint left;           /* room for this many more there (appends divide nothing) */
  gboolean frozen;
  GError *error;
  GPtrArray *replaced;    /* owned values replaced in their annotation, or NULL */
  guint n_owned;          /* owned values ever put (put()): none, and freeing
                           * the layer visits no annotation */
  guint n_required;       /* features that are not optional */
  guint64 n_required_set; /* required values set, over all annotations */
  NpKept kept;            /* typed values' strings and lists */
  /* per feature below TYPED_MAX, its schema's type (np_layer_append_values()
   * compares a value's type with one byte), and the features that are
   * not optional as bits */
  guint8 types[TYPED_MAX];
  guint32 required_bits;
  /* GVariants made of typed values for np_annotation_get(), by the
   * string's or list's address, or the cell's for a number; or NULL */
  GHashTable *made;
  /* per feature, CHECKED_WAYS annotations that took values that passed
   * the type check, by the value's address: writers that share their
   * values (the same method, speakers or count in many annotations) are
   * checked about once per value, not once per write.  No reference is
   * held: while that annotation still holds the value (compared on use),
   * it is alive and the same object. */
  NpAnnotation *checked[];
};

#define CHECKED_WAYS 32
/* the address's bits above malloc's alignment, mixed */
#define CHECKED_WAY(value) ((guint) ((((guintptr) (value) >> 4) * 0x9E3779B1u) >> 27) & (CHECKED_WAYS - 1))

static inline NpAnnotation *
annotation_at (const NpLayer *layer, guint index)
{
  gsize offset = (gsize) (index % layer->per_block) * layer->stride;
  return (NpAnnotation *) (layer->blocks[index / layer->per_block] + offset);
}

/* layer-typed.c */
void np_layer_typed_free (NpLayer *layer);
GVariant *np_annotation_make_typed (const NpAnnotation *a, guint i);
/* a feature about to take a GVariant: its typed value (if any) is let go */
void np_annotation_untype (NpAnnotation *a, guint i);
void np_layer_keep_replaced (NpLayer *layer, GVariant *value);
void np_layer_fail (NpLayer *layer, const char *format, ...) G_GNUC_PRINTF (2, 3);

#endif
