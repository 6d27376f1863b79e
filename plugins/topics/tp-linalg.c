/* tp-linalg.c: sparse matrix, random numbers and the randomized truncated
 * SVD behind the LSA embedding of the topics plugin.
 *
 * Why our own SVD: the matrices are tall and sparse (units x vocabulary),
 * only the top 50-100 directions matter, and the randomized range finder
 * needs just sparse products, a thin QR and a small symmetric eigenproblem.
 * That is ~250 lines and keeps the plugin free of LAPACK.  The thin QR is
 * CholeskyQR2 (two Cholesky passes: backward stable enough for a basis we
 * only use to project), which streams the tall matrix row by row. */
#include <math.h>
#include <string.h>

#include "tp-linalg.h"

TpCsr *
tp_csr_new (guint n_rows, guint n_cols, gsize nnz)
{
  TpCsr *m = g_new0 (TpCsr, 1);
  m->n_rows = n_rows;
  m->n_cols = n_cols;
  m->row_ptr = g_new0 (gsize, (gsize) n_rows + 1);
  m->col = g_new (guint32, MAX (nnz, 1));
  m->val = g_new (float, MAX (nnz, 1));
  return m;
}

void
tp_csr_free (TpCsr *m)
{
  if (!m)
    return;
  g_free (m->row_ptr);
  g_free (m->col);
  g_free (m->val);
  g_free (m);
}

void
tp_rng_init (TpRng *r, guint64 seed, guint64 stream)
{
  r->state = seed * G_GUINT64_CONSTANT (0x2545f4914f6cdd1d) + stream * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15) + 1;
  tp_rng_next (r);
}

double
tp_rng_gaussian (TpRng *r)
{
  double u = tp_rng_uniform (r), v = tp_rng_uniform (r);
  if (u < 1e-300)
    u = 1e-300;
  return sqrt (-2.0 * log (u)) * cos (2.0 * G_PI * v);
}

/* out (n_rows x l) = m * x (n_cols x l), both row-major */
TP_HOT static void
csr_mul (const TpCsr *m, const float *x, guint l, float *out)
{
  for (guint i = 0; i < m->n_rows; i++)
    {
      float *o = out + (gsize) i * l;
      memset (o, 0, l * sizeof (float));
      for (gsize k = m->row_ptr[i]; k < m->row_ptr[i + 1]; k++)
        {
          const float *xr = x + (gsize) m->col[k] * l;
          float v = m->val[k];
          for (guint j = 0; j < l; j++)
            o[j] += v * xr[j];
        }
    }
}

/* out (n_cols x l) = m^T * y (n_rows x l) */
TP_HOT static void
csr_tmul (const TpCsr *m, const float *y, guint l, float *out)
{
  memset (out, 0, (gsize) m->n_cols * l * sizeof (float));
  for (guint i = 0; i < m->n_rows; i++)
    {
      const float *yr = y + (gsize) i * l;
      for (gsize k = m->row_ptr[i]; k < m->row_ptr[i + 1]; k++)
        {
          float *o = out + (gsize) m->col[k] * l;
          float v = m->val[k];
          for (guint j = 0; j < l; j++)
            o[j] += v * yr[j];
        }
    }
}

/* g (l x l, double) = y^T y for row-major y (n x l); upper triangle only.
 * Blocks of rows are summed in float (vectorizes), blocks in double. */
TP_HOT static void
gram (const float *y, gsize n, guint l, double *g)
{
  const gsize block = 64;
  float *part = g_new (float, (gsize) l * l);
  memset (g, 0, (gsize) l * l * sizeof (double));
  for (gsize i0 = 0; i0 < n; i0 += block)
    {
      memset (part, 0, (gsize) l * l * sizeof (float));
      for (gsize i = i0; i < MIN (n, i0 + block); i++)
        {
          const float *restrict r = y + i * l;
          for (guint a = 0; a < l; a++)
            {
              float ra = r[a];
              if (ra == 0)
                continue;
              /* from the multiple of 8 at or below a: whole vectors; the
               * few cells left of the diagonal are never read */
              float *restrict pa = part + (gsize) a * l;
              for (guint b = a & ~7u; b < l; b++)
                pa[b] += ra * r[b];
            }
        }
      for (guint a = 0; a < l; a++)
        for (guint b = a; b < l; b++)
          g[(gsize) a * l + b] += part[(gsize) a * l + b];
    }
  g_free (part);
}

/* One CholeskyQR pass: y <- y R^-1 with y^T y = R^T R.  Directions that are
 * numerically dependent get a zero column instead of noise. */
TP_HOT static void
cholesky_qr_pass (float *y, gsize n, guint l)
{
  double *g = g_new (double, (gsize) l * l);
  gram (y, n, l, g);
  double trace = 0;
  for (guint a = 0; a < l; a++)
    trace += g[(gsize) a * l + a];
  gboolean *dead = g_new0 (gboolean, l);
  /* in-place upper Cholesky: g[a][b] for b >= a becomes R[a][b] */
  for (guint a = 0; a < l; a++)
    {
      double d = g[(gsize) a * l + a];
      for (guint c = 0; c < a; c++)
        d -= g[(gsize) c * l + a] * g[(gsize) c * l + a];
      if (d <= 1e-12 * trace || trace <= 0)
        {
          dead[a] = TRUE;
          for (guint b = a; b < l; b++)
            g[(gsize) a * l + b] = 0;
          g[(gsize) a * l + a] = 1;
          continue;
        }
      double r = sqrt (d);
      g[(gsize) a * l + a] = r;
      for (guint b = a + 1; b < l; b++)
        {
          double s = g[(gsize) a * l + b];
          for (guint c = 0; c < a; c++)
            s -= g[(gsize) c * l + a] * g[(gsize) c * l + b];
          g[(gsize) a * l + b] = s / r;
        }
    }
  /* rinv = R^-1 (upper triangular), dead columns zero; then each row is
   * multiplied by it as a sum of scaled rows of rinv (contiguous) */
  float *rinv = g_new0 (float, (gsize) l * l);
  double *col = g_new (double, l);
  for (guint b = 0; b < l; b++)
    {
      if (dead[b])
        continue;
      /* solve R x = e_b for the upper triangular R, x = column b of R^-1 */
      for (gint a = (gint) b; a >= 0; a--)
        {
          double s = a == (gint) b ? 1 : 0;
          for (guint c = a + 1; c <= b; c++)
            s -= g[(gsize) a * l + c] * col[c];
          col[a] = dead[a] ? 0 : s / g[(gsize) a * l + a];
        }
      for (guint a = 0; a <= b; a++)
        rinv[(gsize) a * l + b] = (float) col[a];
    }
  float *x = g_new (float, l);
  for (gsize i = 0; i < n; i++)
    {
      float *row = y + i * l;
      memset (x, 0, l * sizeof (float));
      for (guint a = 0; a < l; a++)
        {
          float ya = row[a];
          if (ya == 0)
            continue;
          const float *ra = rinv + (gsize) a * l;
          for (guint b = a; b < l; b++)
            x[b] += ya * ra[b];
        }
      memcpy (row, x, l * sizeof (float));
    }
  g_free (x);
  g_free (col);
  g_free (rinv);
  g_free (dead);
  g_free (g);
}

/* passes = 2 (CholeskyQR2) for the final basis; the power iterations only
 * need one to keep the columns from collapsing onto the top direction. */
static void
orthonormalize (float *y, gsize n, guint l, guint passes)
{
  for (guint p = 0; p < passes; p++)
    cholesky_qr_pass (y, n, l);
}

/* Eigenpairs by decreasing eigenvalue: selection sort of w, swapping the
 * columns of v along. */
static void
sort_eigen (guint l, double *w, double *v)
{
  /* selection sort by decreasing eigenvalue, swapping vector columns */
  for (guint i = 0; i < l; i++)
    {
      guint best = i;
      for (guint j = i + 1; j < l; j++)
        if (w[j] > w[best])
          best = j;
      if (best == i)
        continue;
      double t = w[i];
      w[i] = w[best];
      w[best] = t;
      for (guint k = 0; k < l; k++)
        {
          t = v[(gsize) k * l + i];
          v[(gsize) k * l + i] = v[(gsize) k * l + best];
          v[(gsize) k * l + best] = t;
        }
    }
}

/* Jacobi sweeps end when the off-diagonal mass of the symmetric l x l
 * matrix a is below tolerance times its diagonal mass. */
static gboolean
jacobi_converged (const double *a, guint l, double tolerance)
{
  double off = 0, diag = 0;
  for (guint p = 0; p < l; p++)
    {
      diag += a[(gsize) p * l + p] * a[(gsize) p * l + p];
      for (guint q = p + 1; q < l; q++)
        off += a[(gsize) p * l + q] * a[(gsize) p * l + q];
    }
  return off <= tolerance * diag || off == 0;
}

/* The rotation (c, s) that zeroes a[p][q] given a[p][p], a[q][q], a[p][q];
 * returns its tangent t */
static double
jacobi_rotation (double app, double aqq, double apq, double *c, double *s)
{
  double theta = (aqq - app) / (2 * apq);
  double t = (theta >= 0 ? 1 : -1) / (fabs (theta) + sqrt (theta * theta + 1));
  *c = 1 / sqrt (t * t + 1);
  *s = t * *c;
  return t;
}

/* Cyclic Jacobi on a symmetric l x l matrix a (destroyed): eigenvalues in
 * w, eigenvectors in the columns of v, sorted by decreasing eigenvalue. */
static void
jacobi_eigen (double *a, guint l, double tolerance, double *w, double *v)
{
  memset (v, 0, (gsize) l * l * sizeof (double));
  for (guint i = 0; i < l; i++)
    v[(gsize) i * l + i] = 1;
  for (guint sweep = 0; sweep < 60; sweep++)
    {
      if (jacobi_converged (a, l, tolerance))
        break;
      for (guint p = 0; p < l; p++)
        for (guint q = p + 1; q < l; q++)
          {
            double apq = a[(gsize) p * l + q];
            if (fabs (apq) < 1e-300)
              continue;
            double c, s;
            jacobi_rotation (a[(gsize) p * l + p], a[(gsize) q * l + q], apq, &c, &s);
            for (guint k = 0; k < l; k++)
              {
                double akp = a[(gsize) k * l + p], akq = a[(gsize) k * l + q];
                a[(gsize) k * l + p] = c * akp - s * akq;
                a[(gsize) k * l + q] = s * akp + c * akq;
              }
            for (guint k = 0; k < l; k++)
              {
                double apk = a[(gsize) p * l + k], aqk = a[(gsize) q * l + k];
                a[(gsize) p * l + k] = c * apk - s * aqk;
                a[(gsize) q * l + k] = s * apk + c * aqk;
              }
            for (guint k = 0; k < l; k++)
              {
                double vkp = v[(gsize) k * l + p], vkq = v[(gsize) k * l + q];
                v[(gsize) k * l + p] = c * vkp - s * vkq;
                v[(gsize) k * l + q] = s * vkp + c * vkq;
              }
          }
    }
  for (guint i = 0; i < l; i++)
    w[i] = a[(gsize) i * l + i];
  sort_eigen (l, w, v);
}

/* The same cyclic Jacobi, for the coarse embedding: a rotation rewrites
 * rows p and q (contiguous; the columns are mirrored from them, a stays
 * symmetric) and the eigenvectors are kept as rows while rotating, so the
 * inner loops run over contiguous memory.  Rounding differs from
 * jacobi_eigen, which the corpus keeps. */
static void
jacobi_eigen_rows (double *a, guint l, double tolerance, double *w, double *v)
{
  double *vt = g_new0 (double, (gsize) l * l);
  double *rp = g_new (double, l), *rq = g_new (double, l);
  for (guint i = 0; i < l; i++)
    vt[(gsize) i * l + i] = 1;
  for (guint sweep = 0; sweep < 60; sweep++)
    {
      if (jacobi_converged (a, l, tolerance))
        break;
      for (guint p = 0; p < l; p++)
        for (guint q = p + 1; q < l; q++)
          {
            double apq = a[(gsize) p * l + q];
            if (fabs (apq) < 1e-300)
              continue;
            double app = a[(gsize) p * l + p], aqq = a[(gsize) q * l + q];
            double c, s;
            double t = jacobi_rotation (app, aqq, apq, &c, &s);
            double *ap = a + (gsize) p * l, *aq = a + (gsize) q * l;
            for (guint k = 0; k < l; k++)
              {
                rp[k] = c * ap[k] - s * aq[k];
                rq[k] = s * ap[k] + c * aq[k];
              }
            for (guint k = 0; k < l; k++)
              {
                ap[k] = rp[k];
                aq[k] = rq[k];
                a[(gsize) k * l + p] = rp[k];
                a[(gsize) k * l + q] = rq[k];
              }
            /* the 2 x 2 block: the rotation zeroes apq */
            a[(gsize) p * l + p] = app - t * apq;
            a[(gsize) q * l + q] = aqq + t * apq;
            a[(gsize) p * l + q] = a[(gsize) q * l + p] = 0;
            double *vp = vt + (gsize) p * l, *vq = vt + (gsize) q * l;
            for (guint k = 0; k < l; k++)
              {
                double x = vp[k], y = vq[k];
                vp[k] = c * x - s * y;
                vq[k] = s * x + c * y;
              }
          }
    }
  for (guint i = 0; i < l; i++)
    {
      w[i] = a[(gsize) i * l + i];
      for (guint k = 0; k < l; k++)
        v[(gsize) k * l + i] = vt[(gsize) i * l + k];
    }
  sort_eigen (l, w, v);
  g_free (vt);
  g_free (rp);
  g_free (rq);
}

float *
tp_lsa_embed (const TpCsr *m, guint dims, guint power_iterations, guint64 seed, guint fit_rows, gboolean coarse,
              guint *dims_out)
{
  /* the basis comes from the first fit_rows rows (rows arrive in hash
   * order: a random sample); every row is then projected on it */
  TpCsr fit = *m;
  fit.n_rows = MIN (m->n_rows, MAX (fit_rows, 1));
  guint rank_bound = MIN (fit.n_rows, m->n_cols);
  dims = MAX (1, MIN (dims, rank_bound));
  guint l = MIN (dims + 10, MAX (rank_bound, 1));
  gsize n = fit.n_rows;

  TpRng rng;
  tp_rng_init (&rng, seed, 0x5bd1e995);
  float *omega = g_new (float, (gsize) m->n_cols * l);
  /* the range finder works with any independent, zero-mean test matrix;
   * the coarse one draws uniform entries (no log and cos per entry) */
  if (coarse)
    for (gsize i = 0; i < (gsize) m->n_cols * l; i++)
      omega[i] = (float) (2 * tp_rng_uniform (&rng) - 1);
  else
    for (gsize i = 0; i < (gsize) m->n_cols * l; i++)
      omega[i] = (float) tp_rng_gaussian (&rng);

  float *y = g_new (float, n * l);
  csr_mul (&fit, omega, l, y);
  for (guint q = 0; q < power_iterations; q++)
    {
      orthonormalize (y, n, l, 1);
      csr_tmul (&fit, y, l, omega);
      orthonormalize (omega, m->n_cols, l, 1);
      csr_mul (&fit, omega, l, y);
    }
  orthonormalize (y, n, l, 2);

  /* B^T = A^T Q (n_cols x l); B B^T = W S^2 W^T; right singular vectors
   * V = B^T W S^-1, and the embedding of any row x is x V (= U S on the
   * fitted rows) */
  csr_tmul (&fit, y, l, omega);
  double *g = g_new (double, (gsize) l * l);
  gram (omega, m->n_cols, l, g);
  for (guint a = 0; a < l; a++)
    for (guint b = 0; b < a; b++)
      g[(gsize) a * l + b] = g[(gsize) b * l + a];
  double *w = g_new (double, l), *v = g_new (double, (gsize) l * l);
  /* squared off-diagonal mass relative to the diagonal's: 1e-22 is double
   * precision; the coarse embedding is float, 1e-12 leaves off-diagonal
   * terms near 1e-6 of the diagonal */
  if (coarse)
    jacobi_eigen_rows (g, l, 1e-12, w, v);
  else
    jacobi_eigen (g, l, 1e-22, w, v);
  guint d = 0;
  while (d < dims && w[d] > 1e-9 * MAX (w[0], 1e-300))
    d++;
  d = MAX (d, 1);

  float *out = g_new (float, (gsize) m->n_rows * d);
  if (coarse && n == m->n_rows)
    {
      /* every row was fitted: its embedding U S = Q W S comes from the
       * range basis Q (n x l) directly, without the n_cols x d basis V */
      for (gsize i = 0; i < n; i++)
        {
          const float *q = y + i * l;
          for (guint j = 0; j < d; j++)
            {
              double s = 0;
              for (guint a = 0; a < l; a++)
                s += q[a] * v[(gsize) a * l + j];
              out[i * d + j] = (float) (s * sqrt (MAX (w[j], 0)));
            }
        }
    }
  else
    {
      float *basis = g_new0 (float, (gsize) m->n_cols * d);
      for (guint c = 0; c < m->n_cols; c++)
        for (guint j = 0; j < d; j++)
          {
            double s = 0;
            for (guint a = 0; a < l; a++)
              s += omega[(gsize) c * l + a] * v[(gsize) a * l + j];
            basis[(gsize) c * d + j] = w[j] > 0 ? (float) (s / sqrt (w[j])) : 0;
          }
      csr_mul (m, basis, d, out);
      g_free (basis);
    }
  g_free (y);
  for (gsize i = 0; i < m->n_rows; i++)
    {
      float *row = out + i * d;
      double norm = 0;
      for (guint j = 0; j < d; j++)
        norm += (double) row[j] * row[j];
      float scale = norm > 0 ? (float) (1 / sqrt (norm)) : 0;
      for (guint j = 0; j < d; j++)
        row[j] *= scale;
    }
  g_free (w);
  g_free (v);
  g_free (g);
  g_free (omega);
  *dims_out = d;
  return out;
}
