/* tp-cluster.h: the clustering engine of the topics plugin, shared by the
 * document stage (items of one meeting) and the corpus stage (documents or
 * sections of many).
 *
 * Method (chosen from the evidence in issue 6, see docs in topics.c):
 *   1. TF-IDF (sublinear tf, smoothed idf, unit rows) -> randomized SVD (LSA);
 *   2. spherical k-means++ with restarts in the LSA space, best inertia;
 *   3. hard EM of a Dirichlet-multinomial mixture (the model behind GSDMM)
 *      on the term counts, started from the k-means partition: it moves
 *      short texts to the cluster whose words they share, which LSA blurs.
 * k, when not given, comes from the mixture's evidence: for each k of a
 * geometric grid, the log marginal likelihood of the word presences given
 * the partition found at k (word distributions integrated out, smoothing
 * fitted to the data); the smallest k that reaches 90% of the best gain
 * over a single topic is chosen (the gain climbs steeply up to the real
 * groups, then creeps on as sub-topics are split off).
 *
 * Input order: rows are used in the order given; callers put them in a
 * canonical (content-derived) order so results do not depend on input
 * order.  Deterministic for a seed. */
#ifndef TP_CLUSTER_H
#define TP_CLUSTER_H

#include "tp-linalg.h"

G_BEGIN_DECLS

typedef struct
{
  guint k;           /* number of clusters; 0 = choose */
  guint min_k;       /* bounds of the choice; max_k 0 = automatic */
  guint max_k;
  guint64 seed;
  guint dims;        /* LSA dimensions */
  guint restarts;    /* k-means restarts at the final k */
  guint sample;      /* at most this many rows to choose k */
  double beta;       /* Dirichlet smoothing of the mixture's word distributions */
  gboolean few_units; /* the units are one document's items (tens to a few
                       * hundred): the search is bounded by their number
                       * (see tp-cluster.c, "effort"); FALSE for a corpus */
} TpClusterParams;

void tp_cluster_params_init (TpClusterParams *p);

/* counts: rows = units, columns = terms, values = term weights (counts).
 * Returns one cluster id per row (transfer full), ids 0..*k_out-1 ordered
 * by decreasing cluster size, every id used. */
guint *tp_cluster_run (const TpCsr *counts, const TpClusterParams *p, guint *k_out);

/* Adjusted Rand index of two labelings of n items */
double tp_cluster_ari (const guint *a, guint ka, const guint *b, guint kb, gsize n);

G_END_DECLS

#endif
