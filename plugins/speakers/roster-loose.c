/* roster-loose.c: the loose tiers of a roster's lookup (roster.c), which
 * scan the entries and so serve the small rosters of one document: the
 * prefix tier (nicknames and short forms: "Bethany" for Beth, "Franzi"
 * for Franziska, "Bill" for William) and the typo tier (one or two edits:
 * "flilippo", "Micheal"), whose closest keys win. */
#include <string.h>

#include "roster-private.h"

/* The loose tiers compare a mark with every name: rosters bigger than
 * this (no meeting has so many attendees or speakers; a note of thousands
 * of full names said once makes such a roster of its marks) skip them to
 * keep lookups cheap. */
#define LOOSE_MAX_ENTRIES 1000

/* The prefix tier: nicknames and short forms of a first name, a surname or
 * a handle.
 * "Bethany" for Beth (the mark extends the name by a few letters),
 * "Franzi" for Franziska, "Fishrock" for Fishrock123, and the familiar
 * forms a name does not begin with: "Bill" for William (nicknames.c). */
gboolean
sp_roster_lookup_prefix (SpRoster *r, const char *key, SpCase name_case, SpMatch *m)
{
  if (r->entries->len > LOOSE_MAX_ENTRIES)
    return FALSE;
  gsize n = strlen (key);
  const char *familiar = n >= 2 ? sp_nickname_names (key) : NULL;
  if (n < 3)
    {
      /* "Ed" for Edward: a familiar form of two letters, nothing else */
      for (guint i = 0; familiar && i < r->entries->len; i++)
        {
          const SpEntry *e = g_ptr_array_index (r->entries, i);
          if (e->n_words >= 2 && sp_nickname_fits (familiar, e->first_key))
            sp_roster_add_candidate (r, m, i);
        }
      return m->n_candidates > 0;
    }
  for (guint i = 0; i < r->entries->len; i++)
    {
      const SpEntry *e = g_ptr_array_index (r->entries, i);
      gboolean hit = FALSE;
      /* the lengths of the first name and the surname, measured once */
      gsize nf = e->n_words ? strlen (e->first_key) : 0, nl = e->n_words >= 2 ? strlen (e->last_key) : 0;
      if (e->n_words)
        {
          const char *first = e->first_key;
          /* one letter more is a last initial ("michaelm"), not a longer
           * form of the name */
          if (nf >= 3 && nf <= 6 && n >= nf + 2 && n - nf <= 4 && strncmp (key, first, nf) == 0)
            hit = TRUE;
          else if (nf > n && strncmp (first, key, n) == 0)
            hit = TRUE;
          else if (familiar && sp_nickname_fits (familiar, first))
            hit = TRUE;
        }
      /* a three-letter handle of initials with a middle name the roster
       * leaves out: "khr" for Keith Randall (in lower case, as handles
       * are: "Hum:" is no Helga Marcussen) */
      if (!hit && n == 3 && e->n_words == 2 && name_case == SP_CASE_LOWER)
        hit = key[0] == e->first_key[0] && key[2] == e->last_key[0];
      /* and a handle of the first initial, the middle one, the surname:
       * "bcmills" for Bryan Mills, "jwtan" for Jun Wei Tan */
      if (!hit && (e->n_words == 2 || (e->n_words == 3 && key[1] == e->word_keys[1][0])) && n >= 5
          && key[0] == e->first_key[0] && strcmp (key + 2, e->last_key) == 0)
        hit = TRUE;
      /* a handle of the surname and the first letters of the first name:
       * "smithj" for Jane Smith, "prattmic" for Michael Pratt */
      if (!hit && e->n_words >= 2 && n >= 5)
        hit = nl >= 3 && n > nl && n - nl <= 4 && strncmp (key, e->last_key, nl) == 0
              && strncmp (key + nl, e->first_key, n - nl) == 0;
      /* and of the first letters of the first name and the surname:
       * "olu_adeyemi" (key "oluadeyemi") for Olusegun Adeyemi */
      if (!hit && e->n_words >= 2 && n >= 6)
        hit = nl >= 3 && n > nl + 1 && n - nl <= 5 && n - nl < nf && strcmp (key + n - nl, e->last_key) == 0
              && strncmp (key, e->first_key, n - nl) == 0;
      if (!hit && e->handle_key && n >= 4 && strlen (e->handle_key) > n && strncmp (e->handle_key, key, n) == 0)
        hit = TRUE;
      /* a handle of the surname's first letters, written as handles are:
       * "gri" for Robert Griesemer (not "Will" for Ann Williamson) */
      if (!hit && name_case == SP_CASE_LOWER && nl > n && strncmp (e->last_key, key, n) == 0)
        hit = TRUE;
      /* or the first letters of both names, two or more, then three or
       * more: "dmitshur" for Dmitri Shuralyov, "bradfitz" for Brad
       * Fitzpatrick */
      if (!hit && name_case == SP_CASE_LOWER && e->n_words >= 2 && n >= 6)
        for (gsize k = 2; k <= nf && k + 3 <= n && !hit; k++)
          hit = n - k <= nl && strncmp (key, e->first_key, k) == 0 && strncmp (key + k, e->last_key, n - k) == 0;
      if (hit)
        sp_roster_add_candidate (r, m, i);
    }
  return m->n_candidates > 0;
}

/* The typo tier: one edit for keys of 5-7 letters, two from 8 on, against
 * the exact and name aliases; only the closest entries count. */

/* The bits set in x.  __builtin_popcountll() is a call into libgcc on a
 * build for any x86-64 (no POPCNT instruction assumed); this is a dozen
 * instructions inline. */
static inline guint
bits_set (guint64 x)
{
  x -= (x >> 1) & 0x5555555555555555ull;
  x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
  x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
  return (guint) ((x * 0x0101010101010101ull) >> 56);
}

/* Does typo key k (nk bytes) pass the filters of the typo tier for key
 * (n bytes, max edits)? */
static inline gboolean
typo_candidate (const char *key, gsize n, const char *k, gsize nk, guint max)
{
  /* lengths further apart than max edits: osa_distance() refuses them */
  if (nk < 5 || (nk > n ? nk - n : n - nk) > max)
    return FALSE;
  /* two edits and another first letter make another name ("kpetrova" is
   * no slip of "npetrov", Nikita Petrov's) */
  if (max >= 2 && key[0] != k[0])
    return FALSE;
  /* a name plus letters before or after it is another name
   * ("michaelm" is not a typo of "michael"): typos are inside, or a last
   * letter struck twice ("jwhitt" for "jwhit", "gretchenn"), or one left
   * off a full name */
  if (n == nk + 1 && key[n - 1] == key[n - 2] && strncmp (key, k, nk) == 0)
    return TRUE;
  /* ... and a full name's last letter left off ("Dana Whitcomb" for Dana
   * Whitcombe): a key of ten letters or more */
  if (nk == n + 1 && n >= 10 && strncmp (k, key, n) == 0)
    return TRUE;
  if ((nk < n && (strncmp (key, k, nk) == 0 || strcmp (key + n - nk, k) == 0))
      || (n < nk && (strncmp (k, key, n) == 0 || strcmp (k + nk - n, key) == 0)))
    return FALSE;
  return TRUE;
}

static gboolean lookup_typo_table (SpRoster *r, const char *key, SpMatch *m);

/* The typo tier: the keys at the smallest distance win.  They are found
 * in the flat list of typo keys; when they are all one key, its entries
 * are added in entry order, which is its index value's order, so the
 * result is the table scan's.  Several keys at that distance are added in
 * the order the table holds them: that case asks the table. */
gboolean
sp_roster_lookup_typo (SpRoster *r, const char *key, SpMatch *m)
{
  gsize n = strlen (key);
  if (n < 5 || r->entries->len > LOOSE_MAX_ENTRIES)
    return FALSE;
  guint max = n >= 8 ? 2 : 1, best = max + 1;
  sp_roster_ensure_typo_paired (r);
  const char *hit_key = NULL;
  gboolean several = FALSE;
  guint64 bytes = sp_typo_bytes (key);
  for (guint i = 0; i < r->n_typo_pairs; i++)
    {
      const TypoPair *p = &r->typo_pairs[i];
      if (bits_set (bytes ^ p->bytes) > 2 * max || !typo_candidate (key, n, p->key, p->len, max))
        continue;
      guint d = sp_osa_distance (key, p->key, MIN (max, best));
      if (d > max || d > best)
        continue;
      if (d < best)
        {
          best = d;
          hit_key = p->key;
          several = FALSE;
        }
      else if (p->key != hit_key && strcmp (p->key, hit_key) != 0)
        several = TRUE;
    }
  if (hit_key == NULL)
    return FALSE;
  if (several)
    return lookup_typo_table (r, key, m);
  for (guint i = 0; i < r->n_typo_pairs; i++)
    if (strcmp (r->typo_pairs[i].key, hit_key) == 0)
      sp_roster_add_candidate (r, m, r->typo_pairs[i].entry);
  return m->n_candidates > 0;
}

static gboolean
lookup_typo_table (SpRoster *r, const char *key, SpMatch *m)
{
  gsize n = strlen (key);
  guint max = n >= 8 ? 2 : 1, best = max + 1;
  sp_roster_ensure_typo_indexed (r);
  GPtrArray *hits = g_ptr_array_new ();
  GHashTableIter it;
  gpointer k, v;
  g_hash_table_iter_init (&it, r->typo_index);
  while (g_hash_table_iter_next (&it, &k, &v))
    {
      if (!typo_candidate (key, n, k, strlen (k), max))
        continue;
      guint d = sp_osa_distance (key, k, MIN (max, best));
      if (d > max || d > best)
        continue;
      if (d < best)
        {
          best = d;
          g_ptr_array_set_size (hits, 0);
        }
      g_ptr_array_add (hits, v);
    }
  for (guint i = 0; i < hits->len; i++)
    sp_roster_add_value (r, m, g_ptr_array_index (hits, i));
  g_ptr_array_unref (hits);
  return m->n_candidates > 0;
}
