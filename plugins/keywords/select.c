/* select.c: from scored candidates to the ranked phrases of a scope.
 *
 * The best few candidates are kept in a short sorted array (a scope may
 * have tens of thousands), then walked best first.  A candidate is
 * merged into a better one already chosen when they are the same phrase
 * written differently ("fips-mode" and "fips mode": same key, since
 * words are split at inner hyphens and slashes and stemmed) or when it is
 * a part of it that rarely occurs on its own ("FIPS" inside "FIPS mode").
 * The chosen phrases are shown in their most frequent surface form, with
 * a sentence-initial capital dropped when the word is otherwise written in
 * lower case. */
#include <string.h>

#include "extractor.h"


/* The best `keep` candidates, best first, into ex->order: by score,
 * ties to the earlier candidate (kw_best_offer (), extractor.h).  The
 * narrow pass's are chosen while the candidates are scored
 * (kw_score_candidates ()): one walk over them, not two. */
static void
best_candidates (KwExtractor *ex, guint keep)
{
  KwCandidate *c = ex->cands;
  guint n = ex->n_cands;
  HeapEntry *best = kw_best_reserve (ex, &keep);
  guint size = 0;
  for (guint k = 0; k < n; k++)
    kw_best_offer (best, &size, keep, kw_score_of (ex, &c[k]), k);
  ex->n_best = size;
}

static void
take_best (KwExtractor *ex)
{
  g_array_set_size (ex->order, ex->n_best);
  guint32 *order = (guint32 *) (gpointer) ex->order->data;
  for (guint i = 0; i < ex->n_best; i++)
    order[i] = ex->heap[i].index;
}

/* The key of one unit: its stem, or the stems of its parts joined by
 * spaces when it has inner connectors ("web-based" -> "web base"). */
const char *
kw_unit_key (KwExtractor *ex, const KwUnit *u)
{
  if (u->role != KW_ROLE_CONTENT)
    return kw_term_string (ex, u->form);
  if (!kw_form_needs_split (ex, u->form))
    return kw_term_string (ex, u->term);
  /* a document asks for the key of a form again and again (candidates,
   * words): after the first time, it is found by the form's id */
  gboolean pooled = u->form < ex->n_pool;
  if (pooled && ex->form_key[u->form])
    return ex->form_key[u->form];
  const char *norm = kw_term_string (ex, u->form);
  const char *cached = g_hash_table_lookup (ex->key_cache, norm);
  if (cached)
    {
      if (pooled)
        {
          ex->form_key[u->form] = cached;
          g_array_append_val (ex->form_key_set, u->form);
        }
      return cached;
    }
  GString *key = g_string_new (NULL);
  const char *p = norm;
  while (*p)
    {
      const char *q = p;
      while (*q && !strchr ("-/_.=+", *q))
        q++;
      if (q > p)
        {
          /* the parts ("based", "time") recur far more than the words
           * ("web-based", "real-time"): their stems are cached too */
          GString *part = ex->scratch_part;
          g_string_truncate (part, 0);
          g_string_append_len (part, p, q - p);
          const char *stem = g_hash_table_lookup (ex->part_cache, part->str);
          if (!stem)
            {
              char *made = np_text_stem (p, q - p);
              g_hash_table_insert (ex->part_cache, g_strndup (p, q - p), made);
              stem = made;
            }
          if (key->len)
            g_string_append_c (key, ' ');
          g_string_append (key, stem);
        }
      p = *q ? q + 1 : q;
    }
  char *value = g_string_free (key, FALSE);
  g_hash_table_insert (ex->key_cache, g_strdup (norm), value);
  if (pooled)
    {
      ex->form_key[u->form] = value;
      g_array_append_val (ex->form_key_set, u->form);
    }
  return value;
}

/* Do two occurrences of a candidate (n units at a and at b) read the
 * same: same forms, same casing? */
static inline gboolean
same_surface (const KwUnit *a, const KwUnit *b, guint n)
{
  for (guint k = 0; k < n; k++)
    if (a[k].form != b[k].form
        || ((a[k].flags ^ b[k].flags) & (KW_UNIT_CAPITALIZED | KW_UNIT_UPPER | KW_UNIT_GLUED)))
      return FALSE;
  return TRUE;
}

typedef struct
{
  guint32 first_unit;
  float weight;
} Variant;

/* One occurrence of the candidate into the tally of its surface forms:
 * KW_VARIANTS kept, a new form only displaces a rarer one seen once;
 * casing at a sentence start or in a heading says little about how the
 * phrase is written elsewhere, so it counts half. */
static void
tally_variant (Variant *v, const KwUnit *units, guint n, guint32 first)
{
  const KwUnit *u = &units[first];
  float w = (u[0].flags & (KW_UNIT_INITIAL | KW_UNIT_HEADING)) ? 0.5f : 1.0f;
  guint lowest = 0;
  for (guint k = 0; k < KW_VARIANTS; k++)
    {
      if (v[k].weight == 0.0f)
        {
          v[k].first_unit = first;
          v[k].weight = w;
          return;
        }
      if (same_surface (&units[v[k].first_unit], u, n))
        {
          v[k].weight += w;
          return;
        }
      if (v[k].weight < v[lowest].weight)
        lowest = k;
    }
  if (v[lowest].weight < w)
    {
      v[lowest].first_unit = first;
      v[lowest].weight = w;
    }
}

/* The first unit of the candidate's most frequent surface form (ties to
 * the form seen first), from its occurrences in reading order; tallied
 * once, for the candidates selection reads only. */
static guint32
shown_unit (KwExtractor *ex, KwCandidate *c)
{
  if (c->shown_unit != KW_EMPTY)
    return c->shown_unit;
  const KwUnit *units = (const KwUnit *) (gconstpointer) ex->units->data;
  Variant v[KW_VARIANTS] = { { 0, 0.0f } };
  tally_variant (v, units, c->n, c->first_unit);
  for (guint32 o = c->occ_first; o != KW_EMPTY; o = ex->occ[o].next)
    tally_variant (v, units, c->n, ex->occ[o].first_unit);
  const Variant *best = &v[0];
  for (guint k = 1; k < KW_VARIANTS; k++)
    if (v[k].weight > best->weight)
      best = &v[k];
  c->shown_unit = best->first_unit;
  return c->shown_unit;
}

/* The candidate's key, appended to ex->results with its NUL: its offset
 * there (results are made in place, not copied from a scratch string) */
static gsize
candidate_key (KwExtractor *ex, KwCandidate *c, gsize *len_out)
{
  const KwUnit *u = &g_array_index (ex->units, KwUnit, shown_unit (ex, c));
  GString *s = ex->results;
  gsize at = s->len;
  for (guint k = 0; k < c->n; k++)
    {
      const char *key = kw_unit_key_fast (ex, &u[k]);
      if (k)
        kw_string_append (s, " ", 1);
      kw_string_append (s, key, strlen (key));
    }
  *len_out = s->len - at;
  kw_string_append (s, "", 1); /* its NUL: the next result starts after it */
  return at;
}

/* Is `part` (n bytes) a whole-word sub-sequence of `whole` (len bytes)?
 * Both are keys: words joined by single spaces, so only the starts of
 * words are tried. */
static gboolean
key_contains (const char *whole, gsize len, const char *part, gsize n)
{
  if (n == 0)
    return FALSE; /* an empty key is part of nothing */
  gsize at = 0;
  while (at + n <= len)
    {
      if (whole[at] == part[0] && memcmp (whole + at, part, n) == 0 && (at + n == len || whole[at + n] == ' '))
        return TRUE;
      const char *space = memchr (whole + at, ' ', len - at); /* the next word's start */
      if (!space)
        break;
      at = (gsize) (space - whole) + 1;
    }
  return FALSE;
}

/* Is c, a part of the better phrase s, a near-duplicate of it?  A
 * multi-word part seen inside s more often than not ("stadium bomb" in "stadium bomb
 * plot") is; so is an acronym never seen outside it ("FIPS" in "FIPS
 * mode").  A single word that also stands on its own is a topic of its
 * own and stays. */
static gboolean
is_redundant_part (KwExtractor *ex, KwCandidate *c, const KwCandidate *s)
{
  if (c->n_content >= 2)
    return 2 * s->tf > c->tf;
  const KwUnit *u = &g_array_index (ex->units, KwUnit, shown_unit (ex, c));
  return (u->flags & KW_UNIT_UPPER) && s->tf >= c->tf;
}

static const char *
source_text (const KwExtractor *ex, const KwUnit *u)
{
  if (u->source == 0)
    return ex->text;
  return g_array_index (ex->headings, KwHeading, u->source - 1).text;
}

/* The candidate as written, appended to ex->results with its NUL: its
 * offset there */
static gsize
render (KwExtractor *ex, KwCandidate *c, guint32 *len_out)
{
  const KwUnit *u = &g_array_index (ex->units, KwUnit, shown_unit (ex, c));
  GString *s = ex->results;
  gsize at = s->len;
  for (guint k = 0; k < c->n; k++)
    {
      if (k && !(u[k].flags & KW_UNIT_GLUED))
        kw_string_append (s, " ", 1);
      const char *t = source_text (ex, &u[k]) + u[k].start;
      gsize len = u[k].end - u[k].start;
      gboolean lower = FALSE;
      if ((u[k].flags & (KW_UNIT_INITIAL | KW_UNIT_CAPITALIZED)) == (KW_UNIT_INITIAL | KW_UNIT_CAPITALIZED)
          && !(u[k].flags & KW_UNIT_UPPER))
        {
          if (u[k].role != KW_ROLE_CONTENT)
            lower = TRUE;
          else
            {
              const KwTermStat *ts = &ex->terms[u[k].term];
              lower = ts->tf_lower > 0 && ts->tf_cased == 0;
            }
        }
      if (lower)
        {
          gunichar first = g_unichar_tolower (g_utf8_get_char (t));
          const char *rest = g_utf8_next_char (t);
          g_string_append_unichar (s, first);
          kw_string_append (s, rest, len - (rest - t));
        }
      else
        kw_string_append (s, t, len);
    }
  /* "Garcia's" -> "Garcia" */
  gsize len = s->len - at;
  if (len > 2 && s->str[s->len - 2] == '\'' && (s->str[s->len - 1] == 's' || s->str[s->len - 1] == 'S'))
    g_string_truncate (s, s->len - 2);
  else if (len > 4 && memcmp (s->str + s->len - 4, "\xe2\x80\x99s", 4) == 0)
    g_string_truncate (s, s->len - 4);
  *len_out = (guint32) (s->len - at);
  kw_string_append (s, "", 1);
  return at;
}

/* Walk the candidates of ex->order best first, merging near-duplicates
 * into better phrases already chosen, until `limit` phrases are chosen. */
static void
choose (KwExtractor *ex, guint limit)
{
  /* room for every phrase that may be chosen, cut to those chosen at the end */
  g_array_set_size (ex->phrases, MIN (limit, ex->order->len));
  KwPhrase *phrases = (KwPhrase *) (gpointer) ex->phrases->data;
  guint n_phrases = 0;
  KwCandidate *cands = ex->cands;
  if (ex->chosen_alloc < ex->order->len)
    {
      ex->chosen_alloc = MAX (ex->order->len, 2 * ex->chosen_alloc);
      ex->chosen = g_renew (KwChosen, ex->chosen, ex->chosen_alloc);
    }
  KwChosen *chosen = ex->chosen; /* what was chosen so far, with its key */
  guint n_chosen = 0;
  for (guint i = 0; i < ex->order->len && n_phrases < limit; i++)
    {
      guint32 idx = g_array_index (ex->order, guint32, i);
      KwCandidate *c = &cands[idx];
      gsize len;
      gsize key_at = candidate_key (ex, c, &len);
      const char *results = ex->results->str, *key = results + key_at;
      gboolean merged = FALSE;
      for (guint j = 0; j < n_chosen && !merged; j++)
        {
          const KwCandidate *s = &cands[chosen[j].index];
          const char *other = results + chosen[j].key;
          /* equal keys have equal lengths; a proper part is shorter */
          if (chosen[j].len == len && memcmp (other, key, len) == 0)
            merged = TRUE;
          else if (c->n_content < s->n_content && len < chosen[j].len && key_contains (other, chosen[j].len, key, len))
            merged = is_redundant_part (ex, c, s);
        }
      if (merged)
        {
          g_string_truncate (ex->results, key_at); /* its key was the last result */
          continue;
        }
      chosen[n_chosen++] = (KwChosen){ key_at, len, idx };
      KwPhrase *p = &phrases[n_phrases++];
      p->text = GSIZE_TO_POINTER (render (ex, c, &p->text_len)); /* an offset until the end */
      p->key_len = (guint32) len;
      p->weight = c->score;
      p->prior = kw_score_prior (ex, c);
      p->score = c->score;
      p->tf = c->tf;
      p->n_words = c->n;
    }
  /* results are in place: their addresses now */
  for (guint j = 0; j < n_phrases; j++)
    {
      phrases[j].text = ex->results->str + GPOINTER_TO_SIZE (phrases[j].text);
      phrases[j].key = ex->results->str + chosen[j].key;
    }
  g_array_set_size (ex->phrases, n_phrases);
}

const KwPhrase *
kw_select (KwExtractor *ex, guint limit, guint *n_out)
{
  /* Few candidates are merged: the best limit x 1.5 + 4 usually suffice.
   * When they do not, the walk starts again over the best limit x 3 + 8
   * (the same order, so the same result as walking those at once). */
  guint wide = kw_select_wide (limit), narrow = kw_select_narrow (limit);
  g_string_truncate (ex->results, 0); /* the last scope's phrases are forgotten */
  take_best (ex); /* the narrow pass's, from kw_score_candidates () */
  choose (ex, limit);
  if (ex->phrases->len < limit && ex->order->len < ex->n_cands && narrow < wide)
    {
      best_candidates (ex, wide);
      take_best (ex);
      choose (ex, limit);
    }
  *n_out = ex->phrases->len;
  return (const KwPhrase *) (gconstpointer) ex->phrases->data;
}

static const KwPhrase *
extract (KwExtractor *ex, guint limit, guint *n_out)
{
  kw_candidates_collect (ex);
  kw_score_terms (ex);
  kw_score_candidates (ex, kw_select_narrow (limit));
  return kw_select (ex, limit, n_out);
}

const KwPhrase *
kw_extract_document (KwExtractor *ex, guint limit, guint *n_out)
{
  kw_units_document (ex);
  return extract (ex, limit, n_out);
}

const KwPhrase *
kw_extract_section (KwExtractor *ex, guint section, guint limit, guint *n_out)
{
  kw_units_section (ex, section);
  return extract (ex, limit, n_out);
}

const KwPhrase *
kw_extract_items (KwExtractor *ex, const guint32 *items, guint n_items, guint limit, guint *n_out)
{
  kw_units_items (ex, items, n_items);
  return extract (ex, limit, n_out);
}
