/* score.c: term and phrase weights.
 *
 * A statistical scorer in the YAKE family, reduced to the features that
 * carry over between kinds of text (checked on abstracts and on news, see
 * tests/eval/README): how often a word occurs, how early it first appears
 * and how specific it is in general English (the lexicon's document
 * frequency, a prior that weighs more in long scopes) make its
 * importance; a phrase's weight is the geometric mean of
 * its words' importance (a weak word drags a phrase down, a strong one
 * does not carry passengers) times how often the phrase occurs as a whole
 * unit, times a mild preference for longer phrases (words^0.4: abstracts
 * favour longer phrases, news single words; this is the compromise).
 * In a long scope the preference grows with the log of its length, like
 * the prior's weight: there every general word piles up occurrences as
 * whole runs, and the topics of a paper or a day of minutes are the
 * phrases that recur ("relevance feedback", "minimum common API"), not
 * "system" or "problem".
 *
 * "As a whole unit" is the idea behind RAKE's candidates and the C-value
 * of terminology extraction: an occurrence counts fully when the phrase is
 * the entire run of content words between stopwords or punctuation, and
 * only a little (PARTIAL) when it is a fragment of a longer run.  "neural
 * network" in "a neural network is" is a whole; "network" there is a
 * fragment.  A term that people write as a unit keeps its weight; pieces
 * of longer expressions, and expressions that are accidental neighbours,
 * lose it.  Three shapes rarely make keyphrases and are damped: a stopword
 * inside the phrase, a last word rarely used as a noun (a noun phrase
 * ends in a noun; the lexicon says how a word is used) and a first word
 * mostly used as a verb or an adverb.
 *
 * Casing, spread over sentences and context diversity, which YAKE also
 * uses, did not carry over (they helped one kind of text and hurt the
 * other), so they only choose how phrases are written, not their rank.
 *
 * All weights are higher-is-better and positive. */
#include <math.h>

#include "extractor.h"

/* The scoring of a candidate runs per candidate: inlined, whatever the compiler weighs */
#if defined(__GNUC__)
#define HOT_INLINE inline __attribute__ ((always_inline))
#else
#define HOT_INLINE inline
#endif

#define PARTIAL 0.1        /* weight of an occurrence inside a longer run */
#define POSITION_DECAY 0.5 /* importance ~ 1 / (1 + ln (1 + first sentence))^DECAY */
#define LENGTH_GAIN 0.4    /* phrase weight ~ words^GAIN */
#define INNER_STOP 0.3     /* a stopword inside ("quality of service") is rarely part of a keyphrase */
#define WEAK_HEAD 0.3      /* a phrase ending in a word rarely used as a noun is rarely a noun phrase */
#define WEAK_WORD 0.75     /* ... a single such word is a weaker keyphrase ("efficient", "supplying") */
#define WEAK_START 0.3     /* a phrase opening with a verb or an adverb is rarely a noun phrase */
#define PRIOR_POWER 0.3    /* weight of the general-language prior ... */
#define LONG_WORDS 500     /* ... in scopes up to this many content words (an abstract, a news story) */
#define LONG_GAIN 0.8      /* ... times 1 + LONG_GAIN ln (words / LONG_WORDS) past it */
#define LONG_LENGTH 0.7    /* LENGTH_GAIN + LONG_LENGTH ln (words / LONG_WORDS) past it, ... */
#define LENGTH_GAIN_MAX 2.0 /* ... at most this: three words weigh 9 times one */

/* The general-language prior of a word (lexicon.h): how specific its stem
 * is, ln (1 + N / (df + 1)) over the N samples of the general corpus, to
 * the power PRIOR_POWER.  A word unknown to the lexicon counts as rare. */
static double
prior_of_df (guint df)
{
  return pow (log (1.0 + kw_lexicon_documents / (df + 1.0)), PRIOR_POWER);
}

static double
position_factor_of (guint32 sentence)
{
  return pow (1.0 + log1p ((double) sentence), -POSITION_DECAY);
}

static inline double
position_factor (const KwExtractor *ex, guint32 sentence)
{
  return sentence < G_N_ELEMENTS (ex->position) ? ex->position[sentence] : position_factor_of (sentence);
}

static void
set_length_exponent (KwExtractor *ex, double exponent)
{
  ex->length_exponent = exponent;
  for (guint n = 0; n <= KW_MAX_WORDS; n++)
    ex->length_gain[n] = pow (MAX (n, 1), exponent);
}

void
kw_score_init (KwExtractor *ex)
{
  for (guint s = 0; s < G_N_ELEMENTS (ex->position); s++)
    ex->position[s] = position_factor_of (s);
  ex->prior = g_new (double, kw_lexicon_documents + 1);
  ex->log_prior = g_new (double, kw_lexicon_documents + 1);
  for (guint df = 0; df <= kw_lexicon_documents; df++)
    {
      ex->prior[df] = prior_of_df (df);
      ex->log_prior[df] = log (ex->prior[df]);
    }
  for (guint tf = 1; tf < G_N_ELEMENTS (ex->tf_factor); tf++)
    ex->tf_factor[tf] = 1.0 + log ((double) tf);
  set_length_exponent (ex, LENGTH_GAIN);
}

void
kw_score_terms (KwExtractor *ex)
{
  /* In a long scope every word piles up occurrences, the generic ones as
   * fast as the topical ones, while ln tf grows slowly: the prior's weight
   * grows with the log of the length past LONG_WORDS content words. */
  double prior_power = 1.0, length_exponent = LENGTH_GAIN;
  if (ex->n_words > LONG_WORDS)
    {
      double longer = log ((double) ex->n_words / LONG_WORDS);
      prior_power += LONG_GAIN * longer;
      length_exponent = MIN (LENGTH_GAIN_MAX, LENGTH_GAIN + LONG_LENGTH * longer);
    }
  if (length_exponent != ex->length_exponent)
    set_length_exponent (ex, length_exponent);
  guint n = ex->n_touched;
  const guint32 *ids = ex->touched;
  for (guint i = 0; i < n; i++)
    {
      KwTermStat *t = &ex->terms[ids[i]];
      /* log of the importance, so phrases average logs; the tables hold
       * the very values the expressions give */
      guint16 df = g_array_index (ex->term_df, guint16, ids[i]);
      t->prior = ex->prior[df];
      if (prior_power != 1.0)
        {
          t->prior = pow (t->prior, prior_power);
          t->log_prior = log (t->prior);
        }
      else
        t->log_prior = ex->log_prior[df];
      double tf_factor = t->tf < G_N_ELEMENTS (ex->tf_factor) ? ex->tf_factor[t->tf] : 1.0 + log ((double) t->tf);
      t->importance = tf_factor * position_factor (ex, t->first_sentence) * t->prior;
      t->weight = NAN; /* log (importance), when a phrase of three or more words needs it */
    }
}

/* A candidate's score from the importance of its words: frequency,
 * length, position and the penalties of its edges, multiplied in this
 * order by the score and by its bound alike */
static inline double
combine (const KwExtractor *ex, const KwCandidate *c, double importance)
{
  double frequency = c->tf_whole + PARTIAL * (c->tf - c->tf_whole) + 0.01;
  double score = frequency * importance * ex->length_gain[c->n_content] * position_factor (ex, c->first_sentence);
  if (c->n > c->n_content)
    score *= INNER_STOP;
  if (c->weak_head)
    score *= c->n == 1 ? WEAK_WORD : WEAK_HEAD;
  if (c->weak_start)
    score *= WEAK_START;
  return score;
}

/* A candidate's score, exactly as ranked (the same operations in the same
 * order wherever it is computed) */
static HOT_INLINE double
score_candidate (const KwExtractor *ex, const KwCandidate *c)
{
  /* geometric mean: no exp for the one- and two-word phrases that
   * make most candidates */
  double importance;
  if (c->n_content == 1)
    importance = ex->terms[c->terms[c->n - 1]].importance;
  else if (c->n_content == 2 && c->n == 2)
    importance = sqrt (ex->terms[c->terms[0]].importance * ex->terms[c->terms[1]].importance);
  else
    {
      double log_sum = 0.0;
      for (guint j = 0; j < c->n; j++)
        if (c->content_mask & (1u << j))
          {
            KwTermStat *t = &ex->terms[c->terms[j]];
            if (isnan (t->weight))
              t->weight = log (t->importance);
            log_sum += t->weight;
          }
      importance = exp (log_sum / c->n_content);
    }
  return combine (ex, c, importance);
}

double
kw_score_candidate (const KwExtractor *ex, const KwCandidate *c)
{
  return score_candidate (ex, c);
}

/* More than the score of a candidate of three or more words can be (a
 * geometric mean is at most its largest factor; the margin covers
 * rounding), without its logarithms and exp */
static inline double
score_bound (const KwExtractor *ex, const KwCandidate *c)
{
  double most = 0.0;
  for (guint j = 0; j < c->n; j++)
    if (c->content_mask & (1u << j))
      most = MAX (most, ex->terms[c->terms[j]].importance);
  return combine (ex, c, most) * (1.0 + 1e-9);
}

void
kw_score_candidates (KwExtractor *ex, guint keep)
{
  KwCandidate *c = ex->cands;
  HeapEntry *best = kw_best_reserve (ex, &keep);
  guint n_best = 0;
  for (guint k = 0; k < ex->n_cands; k++)
    {
      /* once the best are many enough, a candidate of three or more words
       * whose bound does not beat the worst of them cannot enter (ties
       * keep the earlier one): its score waits until asked for (NAN,
       * kw_score_of ()), which is rarely */
      if (n_best == keep && keep > 0 && !(c[k].n_content == 1 || (c[k].n_content == 2 && c[k].n == 2))
          && score_bound (ex, &c[k]) <= best[keep - 1].score)
        {
          c[k].score = NAN;
          continue;
        }
      double score = score_candidate (ex, &c[k]);
      c[k].score = score;
      kw_best_offer (best, &n_best, keep, score, k);
    }
  ex->n_best = n_best;
}

/* The general-language factor inside a candidate's score (the geometric
 * mean of its words' priors), reported with the phrases chosen only: no
 * candidate's score needs it. */
double
kw_score_prior (const KwExtractor *ex, const KwCandidate *c)
{
  if (c->n_content == 1)
    return ex->terms[c->terms[c->n - 1]].prior;
  if (c->n_content == 2 && c->n == 2)
    return sqrt (ex->terms[c->terms[0]].prior * ex->terms[c->terms[1]].prior);
  double log_prior = 0.0;
  for (guint j = 0; j < c->n; j++)
    if (c->content_mask & (1u << j))
      log_prior += ex->terms[c->terms[j]].log_prior;
  return exp (log_prior / c->n_content);
}
