/* tp-linalg.h: the numeric pieces the topics plugin needs, written here so
 * the plugin depends on no linear-algebra library: a sparse row matrix, a
 * seeded random generator, and a randomized truncated SVD (LSA).
 *
 * Everything is deterministic for a given seed and input: no threads, fixed
 * summation orders. */
#ifndef TP_LINALG_H
#define TP_LINALG_H

#include <glib.h>

/* The hot loops are also compiled for AVX2 and picked at load time (GCC
 * function multiversioning).  They are written to vectorize lane-wise only:
 * no reassociated sums and no FMA (AVX2 does not imply it), so both
 * versions compute the same floats and results do not depend on the CPU. */
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__ELF__) && !defined(TP_NO_CLONES)
#define TP_HOT __attribute__ ((target_clones ("avx2", "default")))
#else
#define TP_HOT
#endif

G_BEGIN_DECLS

/* Compressed sparse rows.  Invariants: row_ptr has n_rows + 1 entries,
 * row_ptr[0] == 0, non-decreasing; col[k] < n_cols; columns of one row are
 * distinct (not necessarily sorted). */
typedef struct
{
  guint n_rows, n_cols;
  gsize *row_ptr;
  guint32 *col;
  float *val;
} TpCsr;

TpCsr *tp_csr_new (guint n_rows, guint n_cols, gsize nnz);
void tp_csr_free (TpCsr *m);
static inline gsize
tp_csr_nnz (const TpCsr *m)
{
  return m->row_ptr[m->n_rows];
}

/* splitmix64: small, fast, identical on every platform */
typedef struct
{
  guint64 state;
} TpRng;

static inline guint64
tp_rng_next (TpRng *r)
{
  guint64 z = (r->state += G_GUINT64_CONSTANT (0x9e3779b97f4a7c15));
  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94d049bb133111eb);
  return z ^ (z >> 31);
}

static inline double
tp_rng_uniform (TpRng *r) /* [0, 1) */
{
  return (tp_rng_next (r) >> 11) * (1.0 / 9007199254740992.0);
}

void tp_rng_init (TpRng *r, guint64 seed, guint64 stream);
double tp_rng_gaussian (TpRng *r);

/* Dot product of two float vectors.  Eight independent lanes: the compiler
 * turns them into SIMD adds without reassociating (no -ffast-math needed);
 * inline because the clustering calls it in its innermost loops. */
static inline float
tp_dot (const float *a, const float *b, guint n)
{
  float acc[8] = { 0 };
  guint i = 0;
  for (; i + 8 <= n; i += 8)
    for (guint u = 0; u < 8; u++)
      acc[u] += a[i + u] * b[i + u];
  float s = 0;
  for (; i < n; i++)
    s += a[i] * b[i];
  return s + ((acc[0] + acc[4]) + (acc[1] + acc[5])) + ((acc[2] + acc[6]) + (acc[3] + acc[7]));
}

/* Randomized truncated SVD (Halko, Martinsson, Tropp 2011) of the first
 * fit_rows rows of m; returns the n_rows x dims row-major projection of
 * every row on the top right singular vectors (= U * S on the fitted rows;
 * dims may shrink to the rank, set in *dims_out), each row scaled to unit
 * length (zero rows stay zero).  coarse: float precision is enough (a
 * looser eigen tolerance) and, when every row is fitted, the rows are
 * embedded from the range basis (n x l work instead of n_cols x l): the
 * document stage's small matrices.  Transfer full (g_free). */
float *tp_lsa_embed (const TpCsr *m, guint dims, guint power_iterations, guint64 seed, guint fit_rows,
                     gboolean coarse, guint *dims_out);

G_END_DECLS

#endif
