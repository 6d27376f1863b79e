/* tp-cluster.c: LSA + k-means++ + Dirichlet-multinomial hard EM, and the
 * choice of k by stability.  See tp-cluster.h for the method and why.
 *
 * Costs: LSA is a few sparse products plus O(n l^2) for the thin QR; one
 * Lloyd iteration is O(n k d); one EM iteration is O(nnz k + V k).  The
 * choice of k runs on at most `sample` rows (the first ones: callers order
 * rows by a content hash, so a prefix is a fair sample). */
#include <math.h>
#include <string.h>

#include "tp-cluster.h"

#define STABILITY_RUNS 3
#define STABILITY_SHARE 0.85
#define STABILITY_FRACTION 0.8
#define STABILITY_ITERATIONS 20 /* Lloyd iterations of a stability run (the mixture follows) */
#define STABILITY_MIN_CLUSTER 20 /* k at most sample / this */
#define LSA_POWER_ITERATIONS 2
#define LSA_FIT_ROWS 50000 /* rows that fit the LSA basis; all are projected */
#define LLOYD_FIT_ROWS 40000 /* rows of the final Lloyd; then all are assigned */
#define LLOYD_MAX_ITERATIONS 40
#define FINALISTS 3 /* restarts run to convergence and through the mixture */
#define LLOYD_TRIAL_ITERATIONS 8 /* per restart; the best restart then runs on */
#define TRIAL_ROWS 5000
#define TRIAL_ROWS_PER_CLUSTER 100
#define SEED_ROWS 2000
#define SEED_ROWS_PER_CLUSTER 50
#define EM_MAX_ITERATIONS 25
#define EM_ALPHA 1.0

void
tp_cluster_params_init (TpClusterParams *p)
{
  memset (p, 0, sizeof *p);
  p->min_k = 2;
  p->seed = 1;
  p->dims = 50;
  p->restarts = 8;
  p->sample = 5000;
  p->beta = 0.1;
}

typedef struct
{
  const float *z; /* n x d, unit rows (or zero) */
  gsize n;
  guint d;
  const float *xx; /* squared row norms */
} Embedding;

static inline float
dist2 (const Embedding *e, gsize i, const float *c, float cc)
{
  return MAX (e->xx[i] + cc - 2 * tp_dot (e->z + i * e->d, c, e->d), 0);
}

/* Greedy k-means++ seeding (several candidates per step, keep the one that
 * lowers the potential most), as in Arthur & Vassilvitskii's greedy form. */
static void
seed_centers (const Embedding *e, guint k, TpRng *rng, float *centers)
{
  gsize n = e->n;
  guint d = e->d;
  float *best_d = g_new (float, n), *cand_d = g_new (float, n), *keep_d = g_new (float, n);
  guint trials = 2 + (guint) log (k);
  gsize first = (gsize) (tp_rng_uniform (rng) * n);
  memcpy (centers, e->z + first * d, d * sizeof (float));
  double total = 0;
  for (gsize i = 0; i < n; i++)
    total += best_d[i] = dist2 (e, i, centers, e->xx[first]);
  for (guint c = 1; c < k; c++)
    {
      double best_pot = -1;
      gsize best_i = 0;
      for (guint t = 0; t < trials; t++)
        {
          gsize pick = n - 1;
          if (total > 0)
            {
              double r = tp_rng_uniform (rng) * total, acc = 0;
              for (gsize i = 0; i < n; i++)
                if ((acc += best_d[i]) > r)
                  {
                    pick = i;
                    break;
                  }
            }
          else
            pick = (gsize) (tp_rng_uniform (rng) * n);
          const float *x = e->z + pick * d;
          double pot = 0;
          for (gsize i = 0; i < n; i++)
            {
              float v = dist2 (e, i, x, e->xx[pick]);
              cand_d[i] = v < best_d[i] ? v : best_d[i];
              pot += cand_d[i];
            }
          if (best_pot < 0 || pot < best_pot)
            {
              best_pot = pot;
              best_i = pick;
              float *tmp = keep_d;
              keep_d = cand_d;
              cand_d = tmp;
            }
        }
      memcpy (centers + (gsize) c * d, e->z + best_i * d, d * sizeof (float));
      float *tmp = best_d;
      best_d = keep_d;
      keep_d = tmp;
      total = best_pot;
    }
  g_free (best_d);
  g_free (cand_d);
  g_free (keep_d);
}

/* Lloyd iterations from seeded centers; returns the inertia. */
static double
lloyd (const Embedding *e, guint k, float *centers, guint *assign, guint max_iterations)
{
  gsize n = e->n;
  guint d = e->d;
  float *norms = g_new (float, k);
  float *ct = g_new (float, (gsize) d * k); /* centers transposed: d x k */
  float *score = g_new (float, k);
  double *sums = g_new (double, (gsize) k * d);
  gsize *sizes = g_new (gsize, k);
  float *own = g_new (float, n);
  double inertia = 0;
  for (guint it = 0; it < max_iterations; it++)
    {
      for (guint c = 0; c < k; c++)
        {
          norms[c] = tp_dot (centers + (gsize) c * d, centers + (gsize) c * d, d);
          for (guint j = 0; j < d; j++)
            ct[(gsize) j * k + c] = centers[(gsize) c * d + j];
        }
      gsize changes = 0;
      inertia = 0;
      for (gsize i = 0; i < n; i++)
        {
          const float *x = e->z + i * d;
          /* score[c] = |c|^2 - 2 x.c, as k-wide row updates (vectorize) */
          memcpy (score, norms, k * sizeof (float));
          for (guint j = 0; j < d; j++)
            {
              float xj = -2 * x[j];
              const float *row = ct + (gsize) j * k;
              for (guint c = 0; c < k; c++)
                score[c] += xj * row[c];
            }
          guint bc = 0;
          for (guint c = 1; c < k; c++)
            if (score[c] < score[bc])
              bc = c;
          own[i] = MAX (score[bc] + e->xx[i], 0);
          inertia += own[i];
          if (it == 0 || assign[i] != bc)
            changes++;
          assign[i] = bc;
        }
      if (it > 0 && changes * 1000 <= n)
        break;
      memset (sums, 0, (gsize) k * d * sizeof (double));
      memset (sizes, 0, k * sizeof (gsize));
      for (gsize i = 0; i < n; i++)
        {
          double *s = sums + (gsize) assign[i] * d;
          const float *x = e->z + i * d;
          for (guint j = 0; j < d; j++)
            s[j] += x[j];
          sizes[assign[i]]++;
        }
      for (guint c = 0; c < k; c++)
        {
          float *ctr = centers + (gsize) c * d;
          if (sizes[c] == 0)
            {
              /* reseat an empty cluster on the worst-served point */
              gsize worst = 0;
              for (gsize i = 1; i < n; i++)
                if (own[i] > own[worst])
                  worst = i;
              memcpy (ctr, e->z + worst * d, d * sizeof (float));
              own[worst] = 0;
              continue;
            }
          for (guint j = 0; j < d; j++)
            ctr[j] = (float) (sums[(gsize) c * d + j] / sizes[c]);
        }
    }
  g_free (norms);
  g_free (ct);
  g_free (score);
  g_free (sums);
  g_free (sizes);
  g_free (own);
  return inertia;
}

/* Hard EM of a Dirichlet-multinomial mixture: each unit goes to the cluster
 * maximizing log(m_c + alpha) + sum_w x_w log phi_cw, phi smoothed by beta;
 * all units move at once (batch), so row order does not matter. */
static double
mixture_refine (const TpCsr *b, gsize n, guint k, double beta, guint *assign)
{
  guint v = b->n_cols;
  float *logphi = g_new (float, (gsize) v * k); /* term-major: v x k */
  double *nkw = g_new (double, (gsize) v * k);
  double *nk = g_new (double, k), *mk = g_new (double, k);
  float *prior = g_new (float, k), *score = g_new (float, k);
  double objective = 0;
  for (guint it = 0; it < EM_MAX_ITERATIONS; it++)
    {
      memset (nkw, 0, (gsize) v * k * sizeof (double));
      memset (nk, 0, k * sizeof (double));
      memset (mk, 0, k * sizeof (double));
      for (gsize i = 0; i < n; i++)
        {
          guint c = assign[i];
          mk[c] += 1;
          for (gsize p = b->row_ptr[i]; p < b->row_ptr[i + 1]; p++)
            {
              nkw[(gsize) b->col[p] * k + c] += b->val[p];
              nk[c] += b->val[p];
            }
        }
      for (guint c = 0; c < k; c++)
        {
          prior[c] = (float) log (mk[c] + EM_ALPHA);
          nk[c] = log (nk[c] + v * beta);
        }
      for (gsize w = 0; w < v; w++)
        for (guint c = 0; c < k; c++)
          logphi[w * k + c] = (float) (log (nkw[w * k + c] + beta) - nk[c]);
      gsize changes = 0;
      objective = 0;
      for (gsize i = 0; i < n; i++)
        {
          memcpy (score, prior, k * sizeof (float));
          for (gsize p = b->row_ptr[i]; p < b->row_ptr[i + 1]; p++)
            {
              const float *lp = logphi + (gsize) b->col[p] * k;
              float x = b->val[p];
              for (guint c = 0; c < k; c++)
                score[c] += x * lp[c];
            }
          guint best = 0;
          for (guint c = 1; c < k; c++)
            if (score[c] > score[best])
              best = c;
          objective += score[best];
          if (best != assign[i])
            {
              changes++;
              assign[i] = best;
            }
        }
      if (changes == 0)
        break;
    }
  g_free (logphi);
  g_free (nkw);
  g_free (nk);
  g_free (mk);
  g_free (prior);
  g_free (score);
  return objective;
}

/* Relabel by decreasing size (ties: earliest first member); returns the
 * number of non-empty clusters. */
static guint
compact (guint *assign, gsize n, guint k)
{
  gsize *size = g_new0 (gsize, k), *first = g_new (gsize, k);
  for (guint c = 0; c < k; c++)
    first[c] = G_MAXSIZE;
  for (gsize i = 0; i < n; i++)
    {
      size[assign[i]]++;
      if (first[assign[i]] == G_MAXSIZE)
        first[assign[i]] = i;
    }
  guint *order = g_new (guint, k), used = 0;
  for (guint c = 0; c < k; c++)
    if (size[c])
      order[used++] = c;
  for (guint a = 1; a < used; a++) /* insertion sort: k is small */
    {
      guint c = order[a], b = a;
      while (b > 0 && (size[order[b - 1]] < size[c] || (size[order[b - 1]] == size[c] && first[order[b - 1]] > first[c])))
        {
          order[b] = order[b - 1];
          b--;
        }
      order[b] = c;
    }
  guint *map = g_new (guint, k);
  for (guint a = 0; a < used; a++)
    map[order[a]] = a;
  for (gsize i = 0; i < n; i++)
    assign[i] = map[assign[i]];
  g_free (map);
  g_free (order);
  g_free (size);
  g_free (first);
  return used;
}

double
tp_cluster_ari (const guint *a, guint ka, const guint *b, guint kb, gsize n)
{
  if (n < 2)
    return 1;
  gsize *table = g_new0 (gsize, (gsize) ka * kb), *ra = g_new0 (gsize, ka), *rb = g_new0 (gsize, kb);
  for (gsize i = 0; i < n; i++)
    {
      table[(gsize) a[i] * kb + b[i]]++;
      ra[a[i]]++;
      rb[b[i]]++;
    }
#define C2(x) ((double) (x) * ((double) (x) -1) / 2)
  double sum_ij = 0, sum_a = 0, sum_b = 0;
  for (gsize t = 0; t < (gsize) ka * kb; t++)
    sum_ij += C2 (table[t]);
  for (guint i = 0; i < ka; i++)
    sum_a += C2 (ra[i]);
  for (guint j = 0; j < kb; j++)
    sum_b += C2 (rb[j]);
  double expected = sum_a * sum_b / C2 (n), max_index = (sum_a + sum_b) / 2;
#undef C2
  g_free (table);
  g_free (ra);
  g_free (rb);
  if (max_index == expected)
    return 1;
  return (sum_ij - expected) / (max_index - expected);
}

/* One clustering of the first n rows at k: best of `restarts` k-means runs
 * by inertia, then the mixture refinement.  Returns the number of clusters
 * (assign compacted). */
static guint
cluster_at (const Embedding *e, const TpCsr *b, guint k, guint restarts, guint max_iterations, double beta,
            guint64 seed, guint64 stream, guint *assign)
{
  k = MAX (1, MIN ((gsize) k, e->n));
  gsize size = (gsize) k * e->d;
  restarts = MAX (restarts, 1);
  float *centers = g_new (float, size * restarts);
  double *inertia = g_new (double, restarts);
  /* Seeding and the restarts' first iterations run on a prefix of the rows
   * (rows come in hash order, so a prefix is a random sample): ranking
   * restarts needs only a rough inertia. */
  Embedding trial = *e;
  trial.n = MIN (e->n, MAX ((gsize) TRIAL_ROWS, (gsize) TRIAL_ROWS_PER_CLUSTER * k));
  Embedding seeding = *e;
  seeding.n = MIN (e->n, MAX ((gsize) SEED_ROWS, (gsize) SEED_ROWS_PER_CLUSTER * k));
  for (guint r = 0; r < restarts; r++)
    {
      TpRng rng;
      tp_rng_init (&rng, seed, stream * 1000 + r);
      seed_centers (&seeding, k, &rng, centers + r * size);
      inertia[r] = lloyd (&trial, k, centers + r * size, assign, LLOYD_TRIAL_ITERATIONS);
    }
  /* The best few restarts run to convergence and through the mixture;
   * the partition the mixture likes best wins. */
  guint finalists = MIN (restarts, FINALISTS);
  guint *trial_assign = g_new (guint, e->n);
  double best_objective = -G_MAXDOUBLE;
  Embedding fit = *e;
  fit.n = MIN (e->n, (gsize) LLOYD_FIT_ROWS);
  for (guint f = 0; f < finalists; f++)
    {
      guint r = 0;
      for (guint i = 1; i < restarts; i++)
        if (inertia[i] < inertia[r])
          r = i;
      inertia[r] = G_MAXDOUBLE;
      float *c = centers + r * size;
      lloyd (&fit, k, c, trial_assign, max_iterations);
      if (fit.n < e->n)
        lloyd (e, k, c, trial_assign, 1); /* one assignment pass over all rows */
      double objective = mixture_refine (b, e->n, k, beta, trial_assign);
      if (objective > best_objective)
        {
          best_objective = objective;
          memcpy (assign, trial_assign, e->n * sizeof (guint));
        }
    }
  g_free (trial_assign);
  g_free (centers);
  g_free (inertia);
  return compact (assign, e->n, k);
}

/* Stability of k (Ben-Hur, Elisseeff & Guyon 2002): cluster
 * STABILITY_RUNS random subsamples of STABILITY_FRACTION of the rows and
 * average the adjusted Rand index of each pair of runs on the rows both
 * saw.  Real structure survives resampling; an arbitrary split of a group
 * does not.  (Seeds alone are not enough: with restarts every k converges
 * to the same optimum.) */
static double
stability (const Embedding *e, const TpCsr *b, guint k, const TpClusterParams *p)
{
  gsize n = e->n;
  guint *runs[STABILITY_RUNS], ks[STABILITY_RUNS];
  gsize *index[STABILITY_RUNS]; /* row -> position in the run, or G_MAXSIZE */
  for (guint s = 0; s < STABILITY_RUNS; s++)
    {
      TpRng rng;
      tp_rng_init (&rng, p->seed, (guint64) k * 16 + s + 1);
      index[s] = g_new (gsize, n);
      gsize m = 0, nnz = 0;
      for (gsize i = 0; i < n; i++)
        if (tp_rng_uniform (&rng) < STABILITY_FRACTION)
          {
            index[s][i] = m++;
            nnz += b->row_ptr[i + 1] - b->row_ptr[i];
          }
        else
          index[s][i] = G_MAXSIZE;
      float *z = g_new (float, MAX (m, 1) * e->d), *xx = g_new (float, MAX (m, 1));
      TpCsr *sub = tp_csr_new (m, b->n_cols, nnz);
      gsize r = 0, q = 0;
      for (gsize i = 0; i < n; i++)
        {
          if (index[s][i] == G_MAXSIZE)
            continue;
          memcpy (z + r * e->d, e->z + i * e->d, e->d * sizeof (float));
          xx[r] = e->xx[i];
          for (gsize t = b->row_ptr[i]; t < b->row_ptr[i + 1]; t++, q++)
            {
              sub->col[q] = b->col[t];
              sub->val[q] = b->val[t];
            }
          sub->row_ptr[++r] = q;
        }
      Embedding part = { z, m, e->d, xx };
      runs[s] = g_new (guint, MAX (m, 1));
      ks[s] = m ? cluster_at (&part, sub, k, 1, STABILITY_ITERATIONS, p->beta, p->seed, (guint64) k * 16 + s + 1, runs[s]) : 1;
      tp_csr_free (sub);
      g_free (z);
      g_free (xx);
    }
  double sum = 0;
  guint pairs = 0;
  guint *la = g_new (guint, n), *lb = g_new (guint, n);
  for (guint s = 0; s < STABILITY_RUNS; s++)
    for (guint t = s + 1; t < STABILITY_RUNS; t++, pairs++)
      {
        gsize common = 0;
        for (gsize i = 0; i < n; i++)
          if (index[s][i] != G_MAXSIZE && index[t][i] != G_MAXSIZE)
            {
              la[common] = runs[s][index[s][i]];
              lb[common++] = runs[t][index[t][i]];
            }
        sum += tp_cluster_ari (la, ks[s], lb, ks[t], common);
      }
  g_free (la);
  g_free (lb);
  for (guint s = 0; s < STABILITY_RUNS; s++)
    {
      g_free (runs[s]);
      g_free (index[s]);
    }
  return sum / pairs;
}

typedef struct
{
  guint k;
  double score;
} Candidate;

static void
evaluate (GArray *done, const Embedding *e, const TpCsr *b, guint k, const TpClusterParams *p)
{
  for (guint i = 0; i < done->len; i++)
    if (g_array_index (done, Candidate, i).k == k)
      return;
  Candidate c = { k, stability (e, b, k, p) };
  g_array_append_val (done, c);
}

/* The smallest k whose stability reaches STABILITY_SHARE of the best seen.
 * Stability often plateaus above the true k (runs agree on consistent
 * over-splits); estimates from three runs are noisy, so the parsimonious
 * end of the plateau is the choice (as the one-standard-error rule). */
static guint
pick (GArray *done, double *threshold)
{
  double best = 0;
  for (guint i = 0; i < done->len; i++)
    best = MAX (best, g_array_index (done, Candidate, i).score);
  *threshold = STABILITY_SHARE * best;
  guint k = G_MAXUINT;
  for (guint i = 0; i < done->len; i++)
    {
      const Candidate *c = &g_array_index (done, Candidate, i);
      if (c->score >= *threshold && c->k < k)
        k = c->k;
    }
  return k;
}

static guint
choose_k (const Embedding *all, const TpCsr *b, const TpClusterParams *p)
{
  Embedding e = *all;
  e.n = MIN (all->n, MAX (p->sample, 50));
  guint lo = MAX (p->min_k, 2);
  guint hi = p->max_k ? p->max_k : (guint) MIN (300.0, MAX (2.0, 2 * sqrt ((double) all->n)));
  hi = MIN (hi, (guint) MAX (e.n / STABILITY_MIN_CLUSTER, 2));
  if (hi <= lo)
    return MIN (lo, (guint) e.n);

  /* coarse geometric grid (no early stop: stability can dip and recover,
   * as when k = 3 splits an arbitrary group and k = 4 finds four) */
  GArray *done = g_array_new (FALSE, FALSE, sizeof (Candidate));
  GArray *grid = g_array_new (FALSE, FALSE, sizeof (guint));
  for (double x = lo; (guint) x <= hi; x = MAX (x * 1.5, x + 1))
    {
      guint k = (guint) x;
      g_array_append_val (grid, k);
      evaluate (done, &e, b, k, p);
    }
  /* refine between the coarse neighbours of the chosen value */
  double threshold;
  guint k = pick (done, &threshold);
  guint prev = lo, next = k;
  for (guint i = 0; i < grid->len; i++)
    {
      guint g = g_array_index (grid, guint, i);
      if (g < k)
        prev = g;
      if (g > k && next == k)
        next = g;
    }
  for (double x = prev + 1; (guint) x < next; x = MAX (x * 1.1, x + 1))
    evaluate (done, &e, b, (guint) x, p);
  k = pick (done, &threshold);
  g_array_free (grid, TRUE);
  g_array_free (done, TRUE);
  return k;
}

static TpCsr *
tfidf (const TpCsr *counts)
{
  gsize nnz = tp_csr_nnz (counts);
  TpCsr *m = tp_csr_new (counts->n_rows, counts->n_cols, nnz);
  memcpy (m->row_ptr, counts->row_ptr, ((gsize) counts->n_rows + 1) * sizeof (gsize));
  memcpy (m->col, counts->col, nnz * sizeof (guint32));
  double *df = g_new0 (double, MAX (counts->n_cols, 1));
  for (gsize p = 0; p < nnz; p++)
    df[counts->col[p]] += 1;
  for (guint j = 0; j < counts->n_cols; j++)
    df[j] = log ((1.0 + counts->n_rows) / (1.0 + df[j])) + 1;
  for (guint i = 0; i < counts->n_rows; i++)
    {
      double norm = 0;
      for (gsize p = m->row_ptr[i]; p < m->row_ptr[i + 1]; p++)
        {
          double c = counts->val[p];
          double w = (c > 1 ? 1 + log (c) : c) * df[m->col[p]];
          m->val[p] = (float) w;
          norm += w * w;
        }
      norm = norm > 0 ? 1 / sqrt (norm) : 0;
      for (gsize p = m->row_ptr[i]; p < m->row_ptr[i + 1]; p++)
        m->val[p] *= (float) norm;
    }
  g_free (df);
  return m;
}

/* Word presence (capped at 1) for the mixture: short-text mixtures model
 * which words occur, not how often. */
static TpCsr *
presence (const TpCsr *counts)
{
  gsize nnz = tp_csr_nnz (counts);
  TpCsr *m = tp_csr_new (counts->n_rows, counts->n_cols, nnz);
  memcpy (m->row_ptr, counts->row_ptr, ((gsize) counts->n_rows + 1) * sizeof (gsize));
  memcpy (m->col, counts->col, nnz * sizeof (guint32));
  for (gsize p = 0; p < nnz; p++)
    m->val[p] = MIN (counts->val[p], 1.0f);
  return m;
}

guint *
tp_cluster_run (const TpCsr *counts, const TpClusterParams *p, guint *k_out)
{
  gsize n = counts->n_rows;
  guint *assign = g_new0 (guint, MAX (n, 1));
  *k_out = n ? 1 : 0;
  if (n < 2 || counts->n_cols == 0 || (p->k == 1))
    return assign;

  TpCsr *weights = tfidf (counts);
  TpCsr *b = presence (counts);
  guint d;
  float *z = tp_lsa_embed (weights, p->dims, LSA_POWER_ITERATIONS, p->seed, LSA_FIT_ROWS, &d);
  float *xx = g_new (float, n);
  for (gsize i = 0; i < n; i++)
    xx[i] = tp_dot (z + i * d, z + i * d, d);
  Embedding e = { z, n, d, xx };
  guint k = p->k ? p->k : choose_k (&e, b, p);
  *k_out = cluster_at (&e, b, k, p->restarts, LLOYD_MAX_ITERATIONS, p->beta, p->seed, 0, assign);
  g_free (z);
  g_free (xx);
  tp_csr_free (weights);
  tp_csr_free (b);
  return assign;
}
