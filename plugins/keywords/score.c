/* score.c: term and phrase weights (YAKE family).
 *
 * Draft: YAKE's term score, lower is better, and its phrase score. */
#include <math.h>

#include "extractor.h"

void
kw_score_terms (KwExtractor *ex)
{
  guint n = ex->touched->len;
  const guint32 *ids = (const guint32 *) (gconstpointer) ex->touched->data;
  if (n == 0)
    return;
  double sum = 0, sum2 = 0, max_tf = 1;
  for (guint i = 0; i < n; i++)
    {
      const KwTermStat *t = &ex->terms[ids[i]];
      sum += t->tf;
      sum2 += (double) t->tf * t->tf;
      max_tf = MAX (max_tf, t->tf);
    }
  double mean = sum / n;
  double sd = sqrt (MAX (0.0, sum2 / n - mean * mean));
  double n_sent = MAX (1, ex->n_sentences);
  for (guint i = 0; i < n; i++)
    {
      KwTermStat *t = &ex->terms[ids[i]];
      double tf = t->tf;
      double t_case = MAX (t->tf_cased, t->tf_upper) / (1.0 + log (tf));
      double t_pos = log (log (3.0 + t->median_sentence));
      double t_freq = tf / (mean + sd);
      double dl = t->left_total ? (double) t->left_distinct / t->left_total : 0.0;
      double dr = t->right_total ? (double) t->right_distinct / t->right_total : 0.0;
      double t_rel = 1.0 + (dl + dr) * tf / max_tf;
      double t_sent = t->sf / n_sent;
      t->weight = t_rel * t_pos / (t_case + t_freq / t_rel + t_sent / t_rel);
    }
}

void
kw_score_candidates (KwExtractor *ex)
{
  KwCandidate *c = (KwCandidate *) (gpointer) ex->cands->data;
  int mode = (int) ex->tune[0];
  double a = ex->tune[1] ? ex->tune[1] : 1.0;
  double b = ex->tune[2];
  double cc = ex->tune[3];
  for (guint k = 0; k < ex->cands->len; k++)
    {
      double prod = 1.0, sum = 0.0, isum = 0.0, coh = 1.0, lprod = 0.0;
      guint m = 0;
      for (guint j = 0; j < c[k].n; j++)
        {
          if (!(c[k].content_mask & (1u << j)))
            continue; /* a stopword inside the phrase */
          const KwTermStat *t = &ex->terms[c[k].terms[j]];
          prod *= t->weight;
          sum += t->weight;
          isum += 1.0 / t->weight;
          lprod += log (1.0 / t->weight);
          coh *= (double) c[k].tf / t->tf;
          m++;
        }
      double tf = c[k].tf;
      double score;
      switch (mode)
        {
        case 1:
          score = pow (tf, a) * isum;
          break;
        case 2:
          score = pow (tf, a) * exp (lprod / m) * pow (m, b);
          break;
        case 3:
          score = pow (tf, a) * isum * pow (coh, cc);
          break;
        default:
          score = 1.0 / (prod / (tf * (1.0 + sum)) + 1e-12);
        }
      c[k].score = score;
    }
}
