/* tp-label.c: top label terms per cluster (see tp-label.h for the score).
 * One pass per cluster over its rows with a dense per-term counter, so
 * memory is O(V + k * n_terms), not O(k * V). */
#include <math.h>
#include <string.h>

#include "tp-label.h"

typedef struct
{
  guint32 col;
  double score;
} Scored;

guint32 *
tp_label_top_terms (const TpCsr *m, const guint *assign, guint k, guint n_terms, const gboolean *skip)
{
  gsize n = m->n_rows;
  guint v = m->n_cols;
  guint32 *out = g_new (guint32, MAX ((gsize) k * n_terms, 1));
  for (gsize i = 0; i < (gsize) k * n_terms; i++)
    out[i] = G_MAXUINT32;
  if (n == 0 || v == 0 || n_terms == 0)
    return out;

  double *df = g_new0 (double, v);
  for (gsize p = 0; p < tp_csr_nnz (m); p++)
    df[m->col[p]] += 1;
  /* rows grouped by cluster (counting sort keeps row order inside) */
  gsize *start = g_new0 (gsize, k + 1);
  for (gsize i = 0; i < n; i++)
    start[assign[i] + 1]++;
  for (guint c = 0; c < k; c++)
    start[c + 1] += start[c];
  gsize *fill = g_memdup2 (start, (k + 1) * sizeof (gsize));
  guint *rows = g_new (guint, n);
  for (gsize i = 0; i < n; i++)
    rows[fill[assign[i]]++] = i;

  double *in = g_new0 (double, v);
  guint32 *touched = g_new (guint32, v);
  Scored *best = g_new (Scored, n_terms);
  for (guint c = 0; c < k; c++)
    {
      gsize size = start[c + 1] - start[c], n_touched = 0;
      for (gsize r = start[c]; r < start[c + 1]; r++)
        {
          guint i = rows[r];
          for (gsize p = m->row_ptr[i]; p < m->row_ptr[i + 1]; p++)
            {
              if (in[m->col[p]] == 0)
                touched[n_touched++] = m->col[p];
              in[m->col[p]] += 1;
            }
        }
      double min_in = size >= 4 ? 2 : 1;
      guint n_best = 0;
      for (gsize t = 0; t < n_touched; t++)
        {
          guint32 col = touched[t];
          double cnt = in[col];
          in[col] = 0;
          if (skip && skip[col])
            continue;
          double p_in = cnt / size, p_all = df[col] / n;
          double score = p_in * log (p_in / p_all) + 1e-9 * p_in; /* a tie goes to the frequent term */
          if (cnt < min_in)
            score -= 1e6; /* only fills places no recurring term takes */
          /* insertion into the sorted best list; ties by column for determinism */
          guint pos = n_best;
          while (pos > 0
                 && (best[pos - 1].score < score || (best[pos - 1].score == score && best[pos - 1].col > col)))
            pos--;
          if (pos >= n_terms)
            continue;
          guint last = MIN (n_best, n_terms - 1);
          memmove (best + pos + 1, best + pos, (last - pos) * sizeof (Scored));
          best[pos] = (Scored) { col, score };
          if (n_best < n_terms)
            n_best++;
        }
      for (guint t = 0; t < n_best; t++)
        out[(gsize) c * n_terms + t] = best[t].col;
    }
  g_free (best);
  g_free (touched);
  g_free (in);
  g_free (rows);
  g_free (fill);
  g_free (start);
  g_free (df);
  return out;
}

char *
tp_label_join (const char *const *terms, guint n)
{
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < n && i < TP_LABEL_TERMS; i++)
    {
      if (i)
        g_string_append (s, ", ");
      g_string_append (s, terms[i]);
    }
  return g_string_free (s, FALSE);
}
