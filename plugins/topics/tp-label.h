/* tp-label.h: readable labels for clusters.
 *
 * A term labels a cluster when it is both frequent in it and rarer
 * elsewhere: score = p_in * log (p_in / p_all), the term's share of the
 * Kullback-Leibler divergence between the cluster's word-presence
 * distribution and the whole collection's (p_in: share of the cluster's
 * units containing the term; p_all: share of all units).  Terms seen in a
 * single unit of a cluster of four or more come after all others (they
 * only fill a label that would otherwise be too short). */
#ifndef TP_LABEL_H
#define TP_LABEL_H

#include "tp-linalg.h"

G_BEGIN_DECLS

#define TP_LABEL_TERMS 3 /* terms joined into the label */

/* Best columns per cluster: k rows of n_terms entries, best first,
 * G_MAXUINT32 where a cluster has fewer (transfer full).  Columns for
 * which skip[col] is TRUE (may be NULL) are never chosen. */
guint32 *tp_label_top_terms (const TpCsr *m, const guint *assign, guint k, guint n_terms, const gboolean *skip);

/* The label: the first TP_LABEL_TERMS (3) of terms joined by ", "
 * (transfer full). */
char *tp_label_join (const char *const *terms, guint n);

G_END_DECLS

#endif
