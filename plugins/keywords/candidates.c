/* candidates.c: one pass over a scope's units gathers the statistics of
 * every content term and every candidate phrase.
 *
 * A candidate is 1..max_words consecutive units of one sentence with no
 * break between them (punctuation, symbols, numbers, URLs), a content word
 * at both edges and at most one stopword inside ("quality of service").
 * Because units never span items, neither do candidates.
 *
 * Per term the pass counts occurrences, casing and the first sentence;
 * per candidate, occurrences, the first sentence, how often it is the
 * whole run of content words (score.c) and where it occurs (chained, so
 * that select.c tallies the surface forms of the few it shows).
 *
 * Everything is in flat arrays and one open-addressing table that grows
 * with the scope, so the cost is linear in the scope's units. */
#include <string.h>

#include "extractor.h"

/* The pass's helpers run per unit: inlined, whatever the compiler weighs */
#if defined(__GNUC__)
#define HOT_INLINE inline __attribute__ ((always_inline))
#else
#define HOT_INLINE inline
#endif

static inline guint32
mix32 (guint32 h)
{
  h ^= h >> 16;
  h *= 0x7feb352du;
  h ^= h >> 15;
  h *= 0x846ca68bu;
  h ^= h >> 16;
  return h;
}


static void
reset_scope (KwExtractor *ex)
{
  if (ex->terms_alloc < ex->n_terms)
    {
      guint n = MAX (ex->n_terms, ex->terms_alloc * 2);
      g_free (ex->terms);
      ex->terms = g_new0 (KwTermStat, n);
      ex->terms_alloc = n;
    }
  if (++ex->stamp == 0)
    {
      memset (ex->terms, 0, sizeof (KwTermStat) * ex->terms_alloc);
      ex->stamp = 1;
    }
  ex->n_touched = 0;
  ex->n_cands = 0;
  ex->n_indexed = 0;
  ex->n_occ = 0;
  /* at most max_words occurrences end at a unit */
  guint occ_max = ex->units->len * MIN (ex->config->max_words, KW_MAX_WORDS);
  if (ex->occ_alloc < occ_max)
    {
      ex->occ_alloc = MAX (occ_max, 2 * ex->occ_alloc);
      g_free (ex->occ);
      ex->occ = g_new (KwOccurrence, ex->occ_alloc);
    }
  /* at most one term per unit, at most max_words candidates per unit */
  guint units_max = ex->units->len;
  if (ex->touched_alloc < units_max)
    {
      ex->touched_alloc = MAX (units_max, 2 * ex->touched_alloc);
      ex->touched = g_renew (guint32, ex->touched, ex->touched_alloc);
    }

  /* the table starts at about one candidate per unit and grows */
  guint units = ex->units->len;
  guint want_c = 64;
  while (want_c < units * 2)
    want_c <<= 1;
  if (ex->cand_mask + 1 != want_c)
    {
      g_free (ex->cand_index);
      ex->cand_index = g_new (guint32, want_c);
      ex->cand_mask = want_c - 1;
    }
  memset (ex->cand_index, 0xff, sizeof (guint32) * want_c);
}

static inline KwTermStat *
touch_term (KwExtractor *ex, guint32 term)
{
  KwTermStat *t = &ex->terms[term];
  if (t->stamp != ex->stamp)
    {
      memset (t, 0, sizeof *t);
      t->stamp = ex->stamp;
      t->first_sentence = KW_EMPTY;
      t->cand = KW_EMPTY;
      ex->touched[ex->n_touched++] = term;
    }
  return t;
}

static void
grow_candidates (KwExtractor *ex)
{
  guint size = (ex->cand_mask + 1) * 2;
  g_free (ex->cand_index);
  ex->cand_index = g_new (guint32, size);
  memset (ex->cand_index, 0xff, sizeof (guint32) * size);
  ex->cand_mask = size - 1;
  const KwCandidate *c = ex->cands;
  for (guint k = 0; k < ex->n_cands; k++)
    {
      if (c[k].n == 1)
        continue; /* found through its term (add_word) */
      guint i = c[k].hash & ex->cand_mask;
      while (ex->cand_index[i] != KW_EMPTY)
        i = (i + 1) & ex->cand_mask;
      ex->cand_index[i] = k;
    }
}

/* A new candidate of units first .. first + n - 1, at the end of cands[]
 * (the order candidates are first seen in, which ties keep). */
static HOT_INLINE KwCandidate *
new_candidate (KwExtractor *ex, const KwUnit *units, guint first, guint n, guint n_content, guint32 h)
{
  if (ex->n_cands == ex->cands_alloc)
    {
      ex->cands_alloc = MAX (256, 2 * ex->cands_alloc);
      ex->cands = g_renew (KwCandidate, ex->cands, ex->cands_alloc);
    }
  KwCandidate *c = &ex->cands[ex->n_cands++];
  c->content_mask = 0;
  c->tf = c->tf_left = c->tf_right = c->tf_whole = 0;
  c->first_unit = first;
  c->occ_first = c->occ_last = KW_EMPTY;
  c->shown_unit = KW_EMPTY;
  for (guint k = 0; k < n; k++)
    {
      c->terms[k] = units[first + k].term;
      if (units[first + k].role == KW_ROLE_CONTENT)
        c->content_mask |= 1u << k;
    }
  c->hash = h;
  c->weak_head = (units[first + n - 1].flags & KW_UNIT_NOT_HEAD) != 0;
  c->weak_start = n > 1 && (units[first].flags & KW_UNIT_NOT_START);
  c->n = n;
  c->n_content = n_content;
  c->first_sentence = units[first].sentence;
  return c;
}

/* One more occurrence, at units[first]: the first is the candidate's
 * own, later ones are chained (room for them was made by reset_scope ()) */
static HOT_INLINE void
count_occurrence (KwExtractor *ex, KwCandidate *c, guint first, gboolean left, gboolean right)
{
  if (c->tf++ > 0)
    {
      guint32 o = ex->n_occ++;
      ex->occ[o].first_unit = first;
      ex->occ[o].next = KW_EMPTY;
      if (c->occ_last == KW_EMPTY)
        c->occ_first = o;
      else
        ex->occ[c->occ_last].next = o;
      c->occ_last = o;
    }
  c->tf_left += left;
  c->tf_right += right;
  c->tf_whole += left && right;
}

/* A one-word candidate is its term's: found through the term's entry,
 * without hashing (most occurrences are of single words). */
static HOT_INLINE void
add_word (KwExtractor *ex, KwTermStat *t, const KwUnit *units, guint i, gboolean left, gboolean right)
{
  if (t->cand == KW_EMPTY)
    {
      t->cand = ex->n_cands;
      new_candidate (ex, units, i, 1, 1, 0);
    }
  count_occurrence (ex, &ex->cands[t->cand], i, left, right);
}

/* The candidate of units first .. first + n - 1, n > 1; h hashes their
 * terms (computed by the caller as it walks back over the run, a step per
 * unit). */
static HOT_INLINE void
add_phrase (KwExtractor *ex, const KwUnit *units, guint first, guint n, guint n_content, gboolean left,
            gboolean right, guint32 h)
{
  guint i = h & ex->cand_mask;
  KwCandidate *c = NULL;
  for (;;)
    {
      guint32 idx = ex->cand_index[i];
      if (idx == KW_EMPTY)
        break;
      KwCandidate *x = &ex->cands[idx];
      if (x->hash == h && x->n == n)
        {
          guint k = 0;
          while (k < n && x->terms[k] == units[first + k].term)
            k++;
          if (k == n)
            {
              c = x;
              break;
            }
        }
      i = (i + 1) & ex->cand_mask;
    }
  if (!c)
    {
      ex->cand_index[i] = ex->n_cands;
      c = new_candidate (ex, units, first, n, n_content, h);
      if (++ex->n_indexed * 2 > ex->cand_mask + 1)
        {
          grow_candidates (ex);
          c = &ex->cands[ex->n_cands - 1];
        }
    }
  count_occurrence (ex, c, first, left, right);
}

void
kw_candidates_collect (KwExtractor *ex)
{
  reset_scope (ex);
  ex->n_words = 0;
  const KwUnit *units = (const KwUnit *) (gconstpointer) ex->units->data;
  guint n_units = ex->units->len;
  guint max_words = MIN (ex->config->max_words, KW_MAX_WORDS);
  guint run = 0; /* words since the last break, this one included */
  guint32 sentence = KW_EMPTY;

  for (guint i = 0; i < n_units; i++)
    {
      const KwUnit *u = &units[i];
      if (u->sentence != sentence)
        {
          run = 0;
          sentence = u->sentence;
        }
      if (u->role == KW_ROLE_BREAK)
        {
          run = 0;
          continue;
        }
      run++;
      gboolean content = u->role == KW_ROLE_CONTENT;
      KwTermStat *t = content ? touch_term (ex, u->term) : NULL;
      if (!content)
        continue;

      t->tf++;
      ex->n_words++;
      if (u->flags & KW_UNIT_UPPER)
        t->tf_upper++;
      else if (!(u->flags & KW_UNIT_CAPITALIZED))
        t->tf_lower++;
      else if (!(u->flags & KW_UNIT_INITIAL))
        t->tf_cased++;
      if (t->first_sentence == KW_EMPTY)
        {
          t->first_sentence = u->sentence;
          t->first_unit = i;
        }

      /* candidates ending here: walk back over the run */
      gboolean right = i + 1 >= n_units || units[i + 1].sentence != u->sentence
                       || units[i + 1].role != KW_ROLE_CONTENT;
      guint stops = 0, n_content = 0;
      guint32 h = 0x9e3779b9u;
      for (guint n = 1; n <= max_words && n <= run; n++)
        {
          const KwUnit *s = &units[i + 1 - n];
          /* the phrase's hashes, extended by one unit at its front */
          h = (h ^ s->term) * 0x85ebca6bu;
          h ^= h >> 13;
          if (s->role != KW_ROLE_CONTENT)
            {
              if (++stops > 1)
                break;
              continue;
            }
          n_content++;
          gboolean left = n == run || units[i - n].role != KW_ROLE_CONTENT;
          if (n == 1)
            add_word (ex, t, units, i, left, right);
          else
            add_phrase (ex, units, i + 1 - n, n, n_content, left, right, mix32 (h + n));
        }
    }
}
