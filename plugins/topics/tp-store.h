/* tp-store.h: the compact corpus state of the topics plugin.
 *
 * A corpus stage must not keep documents.  The store keeps, per unit (a
 * document or a section), only its sparse term vector over a shared
 * vocabulary (term ids and weights), a content hash, its source and its
 * period; per term, its stem and the most common surface forms (for
 * readable labels).  Sources are interned once per document.
 *
 * Shards: tp_store_save() writes everything as a GVariant dictionary and
 * tp_store_merge() appends another shard's state, remapping its term ids.
 * The matrix built at the end does not depend on the order units arrived
 * in or on how they were sharded: units are sorted by content hash and
 * columns by stem. */
#ifndef TP_STORE_H
#define TP_STORE_H

#include <glib.h>
#include <notepipe/np-layer.h>

#include "tp-linalg.h"

G_BEGIN_DECLS

#define TP_NO_PERIOD G_MININT32

typedef struct _TpStore TpStore;

TpStore *tp_store_new (void);
void tp_store_free (TpStore *store);

/* Vocabulary */
guint32 tp_store_term (TpStore *store, const char *stem);
void tp_store_note_form (TpStore *store, guint32 term, const char *form);
const char *tp_store_term_stem (const TpStore *store, guint32 term);
/* The most frequent surface form seen for term (transfer none) */
const char *tp_store_term_form (const TpStore *store, guint32 term);

/* Units.  ids must be distinct; weights > 0. */
guint32 tp_store_add_source (TpStore *store, const char *source);
void tp_store_add_unit (TpStore *store, const guint32 *ids, const float *weights, guint n, guint64 hash,
                        guint32 source, gint32 section, gint32 period);
guint tp_store_get_n_units (const TpStore *store);
const char *tp_store_unit_source (const TpStore *store, guint unit);
gint32 tp_store_unit_section (const TpStore *store, guint unit);
gint32 tp_store_unit_period (const TpStore *store, guint unit);

/* Shards */
GVariant *tp_store_save (const TpStore *store); /* floating */
gboolean tp_store_merge (TpStore *store, GVariant *state, GError **error);

/* The units x terms matrix in canonical order: rows sorted by (hash,
 * source, section), columns = terms in at least min_df units, sorted by
 * stem.  *unit_of_row (transfer full) maps rows to units, *term_of_col
 * (transfer full) columns to terms. */
TpCsr *tp_store_matrix (const TpStore *store, guint min_df, guint **unit_of_row, guint32 **term_of_col);

/* The "as" value of n valid UTF-8 strings, written in serialized form (one
 * allocation instead of a value per string; floating) */
GVariant *tp_variant_new_strv (const char *const *strv, gsize n);
/* np_annotation_set_strv with such a value (the same checks) */
void tp_annotation_set_strv (NpAnnotation *a, const char *feature, const char *const *strv, gsize n);

/* FNV-1a, for content hashes */
static inline guint64
tp_hash_bytes (guint64 h, const char *s, gsize len)
{
  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar) s[i]) * G_GUINT64_CONSTANT (0x100000001b3);
  return h;
}
#define TP_HASH_INIT G_GUINT64_CONSTANT (0xcbf29ce484222325)

G_END_DECLS

#endif
