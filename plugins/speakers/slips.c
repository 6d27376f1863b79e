/* slips.c: marks written with a slip of the hand, said once, that are
 * another mark said more: a swapped abbreviation ("OKW:" beside Oskar
 * Wienczek's "OWK:"), a name one or two letters off ("[hollsi]" beside
 * "[hollis]", "**Trant**" beside the list's "**Trent**").  sp_make_turns()
 * reads the map to give a slip its mark's person.  And a speaker's mark
 * with its colon left out, the speech's first word read into the name
 * ("Mirja K. Exchanging frames ..." beside "Mirja K: ..."). */
#include <string.h>

#include "attribute-private.h"

/* Is abbreviation key a (n bytes) b's with two neighbouring letters
 * swapped ("okw", "owk")? */
static gboolean
swapped_neighbours (const char *a, const char *b, gsize n)
{
  gsize i = 0;
  while (i < n && a[i] == b[i])
    i++;
  return i + 1 < n && a[i] == b[i + 1] && a[i + 1] == b[i] && a[i] != a[i + 1]
         && strcmp (a + i + 2, b + i + 2) == 0;
}

/* An abbreviation of 3-4 letters of item i's name k, its length in *n */
static gboolean
abbreviation_at (const Cand *d, guint k, gsize *n)
{
  if (d->mark.cases[k] != SP_CASE_UPPER || d->keys[k] == NULL)
    return FALSE;
  *n = strlen (d->keys[k]);
  return *n >= 3 && *n <= 4;
}

#define SLIPS_MAX 64

/* Abbreviations no roster knows, said once, with two neighbouring letters
 * of one person's abbreviation swapped ("OKW:" beside "OWK:", Oskar
 * Wienczek's, said twice or more): the commonest slip of minutes kept in
 * abbreviations.  Only abbreviations of 3-4 letters, only one such person,
 * and only a person the roster names by that abbreviation who speaks in
 * the document: two letters swap into too many others.  counts: the marks'
 * keys and how often each is said (sp_find_slips(): a resolved key's
 * count carries SLIP_RESOLVED, so it is never 1).  Added to a table made
 * as sp_find_slips() makes it (NULL when there is none). */
static GHashTable *
abbreviation_slips (Ctx *c, GHashTable *counts)
{
  /* the marks no roster knows, said once (few, mostly none) */
  g_autoptr (GArray) slipped = NULL; /* item * SP_MAX_NAMES + name */
  gsize n;
  for (guint i = 0; i < c->n_items; i++)
    {
      const Cand *d = c->cands[i];
      if (d == NULL || d->state != CAND_ACCEPTED || d->mark.anonymous)
        continue;
      for (guint k = 0; k < d->mark.n_names; k++)
        if (!sp_matched (&d->match[k]) && abbreviation_at (d, k, &n)
            && GPOINTER_TO_UINT (g_hash_table_lookup (counts, d->keys[k])) == 1)
          {
            if (slipped == NULL)
              slipped = g_array_new (FALSE, FALSE, sizeof (guint));
            guint at = i * SP_MAX_NAMES + k;
            g_array_append_val (slipped, at);
          }
      /* a note of many unknown abbreviations said once each is no note of
       * a few slips (and each is compared with every item) */
      if (slipped && slipped->len > SLIPS_MAX)
        return NULL;
    }
  if (slipped == NULL)
    return NULL;
  /* the abbreviations of the roster's people said: each slip's one
   * neighbour swap, where first said */
  GHashTable *slips = NULL;
  for (guint s = 0; s < slipped->len; s++)
    {
      guint at = g_array_index (slipped, guint, s);
      const Cand *d = c->cands[at / SP_MAX_NAMES];
      const char *key = d->keys[at % SP_MAX_NAMES], *hit_key = NULL;
      gsize kn = strlen (key);
      guint hit = 0;
      gboolean several = FALSE;
      for (guint j = 0; j < c->n_items && !several; j++)
        {
          const Cand *o = c->cands[j];
          if (o == NULL || o->state != CAND_ACCEPTED || o->mark.anonymous)
            continue;
          for (guint l = 0; l < o->mark.n_names && !several; l++)
            {
              const SpMatch *x = &o->match[l];
              if (!sp_matched (x) || x->tier != SP_TIER_ABBREVIATION || !sp_unique (x) || !abbreviation_at (o, l, &n)
                  || n != kn || (hit_key && o->keys[l] == hit_key) || !swapped_neighbours (key, o->keys[l], n))
                continue;
              if (hit_key && strcmp (hit_key, o->keys[l]) != 0)
                several = TRUE;
              else if (hit_key == NULL)
                hit_key = o->keys[l], hit = (j + 1) * SP_MAX_NAMES + l;
            }
        }
      if (hit_key == NULL || several)
        continue;
      if (slips == NULL)
        slips = g_hash_table_new (g_str_hash, g_str_equal);
      g_hash_table_insert (slips, (gpointer) key, GUINT_TO_POINTER (hit));
    }
  return slips;
}

/* sp_find_slips()'s count of a key the roster resolves */
#define SLIP_RESOLVED (1u << 30)

/* A key said twice or more, and its length */
typedef struct
{
  const char *key;
  gsize len;
} SaidKey;

static gint
said_key_cmp (gconstpointer a, gconstpointer b)
{
  gsize x = ((const SaidKey *) a)->len, y = ((const SaidKey *) b)->len;
  return x < y ? -1 : x > y;
}

/* Is a key of counts said once, of five letters or more and no digit:
 * a slip it may be? */
static gboolean
may_slip (GHashTable *counts)
{
  GHashTableIter it;
  gpointer key, count;
  g_hash_table_iter_init (&it, counts);
  while (g_hash_table_iter_next (&it, &key, &count))
    if (GPOINTER_TO_UINT (count) == 1 && strlen (key) >= 5 && !strpbrk (key, "0123456789"))
      return TRUE;
  return FALSE;
}

/* Marks no roster knows, said once, that are a slip of a mark said twice
 * or more ("[hollsi]" beside three "[hollis]", "[Ahemd]" beside
 * "[ahmed]"): one edit for keys of 5-7 letters, two from 8 on, as the
 * roster's typo tier reads, and one such mark only.  Each slip's key maps
 * to where the mark said more was first said: (item + 1) * SP_MAX_NAMES
 * + the name's place in it. */
GHashTable *
sp_find_slips (Ctx *c)
{
  g_autoptr (GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal); /* key -> count */
  g_autoptr (GHashTable) first = g_hash_table_new (g_str_hash, g_str_equal);  /* key -> item + 1 */
  for (guint i = 0; i < c->n_items; i++)
    {
      const Cand *d = c->cands[i];
      if (d == NULL || d->state != CAND_ACCEPTED || d->mark.anonymous)
        continue;
      for (guint k = 0; k < d->mark.n_names; k++)
        if (d->keys[k] && !sp_matched (&d->match[k]))
          {
            guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, d->keys[k]));
            g_hash_table_insert (counts, d->keys[k], GUINT_TO_POINTER (n + 1));
            if (n == 0) /* where it was first said: the item and the name's place */
              g_hash_table_insert (first, d->keys[k], GUINT_TO_POINTER ((i + 1) * SP_MAX_NAMES + k));
          }
    }
  /* a mark the roster resolves, said twice or more, has its slips too
   * ("**Trant**" beside "**Trent**", the list's Trenton Van Epps): asked
   * only when an unresolved mark said once may be a slip, its key counted
   * with SLIP_RESOLVED, never a slip itself */
  if (may_slip (counts))
    for (guint i = 0; i < c->n_items; i++)
      {
        const Cand *d = c->cands[i];
        if (d == NULL || d->state != CAND_ACCEPTED || d->mark.anonymous)
          continue;
        for (guint k = 0; k < d->mark.n_names; k++)
          if (d->keys[k] && sp_unique (&d->match[k]) && d->mark.cases[k] == SP_CASE_TITLE)
            {
              guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, d->keys[k]));
              g_hash_table_insert (counts, d->keys[k], GUINT_TO_POINTER (((n & ~SLIP_RESOLVED) + 1) | SLIP_RESOLVED));
              if (n == 0)
                g_hash_table_insert (first, d->keys[k], GUINT_TO_POINTER ((i + 1) * SP_MAX_NAMES + k));
            }
      }
  if (g_hash_table_size (counts) == 0)
    return NULL;
  GHashTable *slips = abbreviation_slips (c, counts);
  if (g_hash_table_size (counts) < 2)
    return slips;
  /* the keys said twice or more, by length: a slip is within two
   * letters of its mark's length, and notes of thousands of marks said
   * once compare each with these only, not with one another */
  g_autoptr (GArray) said = g_array_new (FALSE, FALSE, sizeof (SaidKey));
  GHashTableIter it;
  gpointer key, count;
  g_hash_table_iter_init (&it, counts);
  while (g_hash_table_iter_next (&it, &key, &count))
    if ((GPOINTER_TO_UINT (count) & ~SLIP_RESOLVED) >= 2 && !strpbrk (key, "0123456789"))
      {
        SaidKey k = { key, strlen (key) };
        g_array_append_val (said, k);
      }
  if (said->len == 0)
    return slips;
  g_array_sort (said, said_key_cmp);
  g_hash_table_iter_init (&it, counts);
  while (g_hash_table_iter_next (&it, &key, &count))
    {
      gsize n = strlen (key);
      if (GPOINTER_TO_UINT (count) != 1 || n < 5 || strpbrk (key, "0123456789")) /* said once, unresolved */
        continue; /* "SPEAKER_01" is no slip of "SPEAKER_00" */
      guint max = n >= 8 ? 2 : 1;
      const char *hit = NULL;
      gboolean several = FALSE;
      /* the first of length n - max or more */
      guint lo = 0, hi = said->len;
      while (lo < hi)
        {
          guint mid = (lo + hi) / 2;
          if (g_array_index (said, SaidKey, mid).len + max < n)
            lo = mid + 1;
          else
            hi = mid;
        }
      for (guint x = lo; x < said->len && g_array_index (said, SaidKey, x).len <= n + max && !several; x++)
        {
          const char *other = g_array_index (said, SaidKey, x).key;
          if ((max < 2 || ((const char *) key)[0] == other[0]) && sp_osa_distance (key, other, max) <= max)
            several = hit != NULL, hit = other;
        }
      if (hit == NULL || several)
        continue;
      if (slips == NULL)
        slips = g_hash_table_new (g_str_hash, g_str_equal);
      g_hash_table_insert (slips, key, g_hash_table_lookup (first, hit));
    }
  return slips;
}

/* "Mirja K. Exchanging frames is easy", where the notes mark her turns
 * "Mirja K: ...": a given name and an initial, the mark of a speaker of
 * the notes, its colon left out, and the speech's first word read into a
 * full name.  The mark becomes the two words, and the word goes back to
 * the speech.  Only a name of three words with the initial between them,
 * said once, that no roster has. */
gboolean
sp_initial_mark_before_speech (Ctx *c, Cand *d, const char *text, gsize len)
{
  SpMark *m = &d->mark;
  const char *name = m->names[0], *sp1 = strchr (name, ' ');
  const char *sp2 = sp1 ? strchr (sp1 + 1, ' ') : NULL;
  if (sp2 == NULL || strchr (sp2 + 1, ' ') || !g_ascii_isupper (sp1[1])
      || !(sp2 == sp1 + 2 || (sp2 == sp1 + 3 && sp1[2] == '.')) || sp_matched (&d->match[0]))
    return FALSE;
  const SpKeyInfo *said = sp_keys_find (c, d->keys[0]);
  if (said && said->name_count >= 2)
    return FALSE;
  g_autofree char *key = sp_key (name, sp2 - name);
  if (!sp_key_accepted (c, key))
    return FALSE;
  /* the last word of the name as written ends where the speech starts */
  gsize end = m->end;
  while (end > m->raw_start && text[end - 1] == ' ')
    end--;
  gsize word = end;
  while (word > m->raw_start && text[word - 1] != ' ')
    word--;
  if (word <= m->raw_start || word >= len)
    return FALSE;
  gsize mark_end = word;
  while (mark_end > m->raw_start && text[mark_end - 1] == ' ')
    mark_end--;
  sp_mark_set_name (m, 0, g_strndup (name, sp2 - name));
  d->keys[0] = (char *) sp_keys_intern (c, key);
  sp_resolve (c, m->names[0], SP_CASE_TITLE, &d->match[0]);
  m->end = word;
  m->raw_len = mark_end - m->raw_start;
  return TRUE;
}
