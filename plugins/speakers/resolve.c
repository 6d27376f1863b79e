/* resolve.c: a mark's name resolved to the rosters' people.
 *
 * The document's roster first (every tier, the loose prefix tier too),
 * then the roster files (exact and name tiers), then the typo tier of the
 * document's roster.  What none of them knows may be a variant notes write
 * for a roster's name: a title's initial ("M. Martin", "D. Andrés
 * Navarro"), an office after its article ("Le président"), a first name
 * with the surname's initial ("Josh R").  Resolutions are kept for the
 * analysis by name, case class and mode (sp_matches_slot). */
#include <string.h>

#include "attribute-private.h"

static void resolve_uncached (Ctx *c, const char *name, SpCase name_case, SpResolveMode mode, SpMatch *m);

/* "M. Martin :" in French minutes is Monsieur Martin: an initial that
 * opens no roster name's first name, before one surname, is read as the
 * title it also is ("Mme Bernard" has its title taken off when the mark
 * is read).  "D. Andrés Navarro:" (Spanish minutes' don) beside the
 * attendee Andrés Navarro: a lone initial before a roster's full name of
 * two words or more, exactly. */
static gboolean
initial_before_name (Ctx *c, const char *name, SpCase name_case, SpResolveMode mode, SpMatch *m)
{
  if (!g_ascii_isupper (name[0]) || name[1] != '.' || name[2] != ' ' || !g_ascii_isupper (name[3]))
    return FALSE;
  if (!strchr (name + 3, ' '))
    {
      if (name[0] != 'M')
        return FALSE;
      resolve_uncached (c, name + 3, name_case, mode, m);
      return sp_matched (m);
    }
  resolve_uncached (c, name + 3, name_case, SP_RESOLVE_EXACT, m);
  return sp_unique (m) && m->tier == SP_TIER_EXACT;
}

/* "Le président :": the office the roster's one holder has (its role's
 * alias, roster-doc.c) */
static gboolean
office_after_article (Ctx *c, const char *name, SpMatch *m)
{
  const char *noun;
  if (!sp_article_office (name, &noun))
    return FALSE;
  resolve_uncached (c, noun, SP_CASE_LOWER, SP_RESOLVE_EXACT, m);
  return sp_unique (m);
}

/* Does a word of e's name between its first and its last open with the
 * letter c (lower case)?  A surname of two words goes by its first word's
 * initial as well ("Pablo G" for Pablo Galindo Salgado). */
static gboolean
inner_word_opens_with (const SpEntry *e, char c)
{
  for (guint w = 1; w + 1 < e->n_words; w++)
    if (e->word_keys[w][0] == c)
      return TRUE;
  return FALSE;
}

/* m: the one entry hit of its roster, chosen */
static void
choose (SpMatch *m, guint hit)
{
  m->entry = hit;
  m->n_candidates = 1;
  m->candidates[0] = hit;
}

/* m: entry hit of the document's roster, read loosely (a prefix tier's) */
static gboolean
doc_roster_hit (Ctx *c, guint hit, SpMatch *m)
{
  memset (m, 0, sizeof *m);
  m->roster = c->doc_roster;
  m->tier = SP_TIER_PREFIX;
  choose (m, hit);
  return TRUE;
}

/* "TV:" for Teodora Vlasic, whom the day's table lists as "TVC": a
 * mark of two or three capitals no one has, the opening of exactly one
 * attendee's abbreviation and the initials of that person's name */
static gboolean
shortened_abbreviation (Ctx *c, const char *name, SpCase name_case, SpMatch *m)
{
  gsize n = strlen (name);
  if (name_case != SP_CASE_UPPER || n < 2 || n > 3)
    return FALSE;
  guint hit = 0, hits = 0;
  for (guint i = 0; i < sp_roster_size (c->doc_roster) && hits < 2; i++)
    {
      const SpEntry *e = sp_roster_get (c->doc_roster, i);
      if (e->abbreviation && strlen (e->abbreviation) > n && strncmp (e->abbreviation, name, n) == 0
          && sp_entry_initials_are (e, name))
        hit = i, hits++;
    }
  return hits == 1 && doc_roster_hit (c, hit, m);
}

/* "RBN:" under "(Rosalind Beckford)": a mark of three or four capitals
 * no one has, opening with the initials of exactly one person of the
 * document whose abbreviation it does not know (a presenter, a name
 * mentioned without one), and with no abbreviation of anyone else */
static gboolean
extended_initials (Ctx *c, const char *name, SpCase name_case, SpMatch *m)
{
  gsize n = strlen (name);
  if (name_case != SP_CASE_UPPER || n < 3 || n > 4)
    return FALSE;
  char initials[3] = { name[0], name[1], '\0' };
  guint hit = 0, hits = 0;
  for (guint i = 0; i < sp_roster_size (c->doc_roster) && hits < 2; i++)
    {
      const SpEntry *e = sp_roster_get (c->doc_roster, i);
      if (e->abbreviation == NULL && e->n_words == 2 && sp_entry_initials_are (e, initials))
        hit = i, hits++;
    }
  return hits == 1 && doc_roster_hit (c, hit, m);
}

/* "Chris H:" beside Chris de Almeida and Christopher Hiller: the first
 * name read whole fits the one, whose initial is not H; a first name of
 * the document's people that opens with it, its surname with the
 * initial, fits the other.  One such person only. */
static gboolean
short_first_name_and_initial (Ctx *c, const char *first, char initial, SpMatch *m)
{
  g_autofree char *key = sp_key (first, -1);
  gsize kn = strlen (key);
  guint hit = 0, hits = 0;
  for (guint i = 0; i < sp_roster_size (c->doc_roster) && hits < 2; i++)
    {
      const SpEntry *e = sp_roster_get (c->doc_roster, i);
      if (e->n_words >= 2 && e->last_key[0] == initial && strncmp (e->first_key, key, kn) == 0)
        hit = i, hits++;
    }
  return hits == 1 && doc_roster_hit (c, hit, m);
}

/* Do the initials after a hyphen's ("B-W") open the parts of e's
 * hyphenated surname, one each ("Brown-White")?  Any other tail ("R",
 * "T."): yes, its one initial is compared by the caller. */
static gboolean
surname_parts_open_with (const SpEntry *e, const char *tail)
{
  if (tail[0] == '\0' || tail[1] != '-')
    return TRUE;
  const char *last = strrchr (e->name, ' ');
  const char *part = last ? last + 1 : e->name;
  for (const char *t = tail; *t; t++)
    {
      if (*t == '-')
        continue;
      if (part == NULL || g_ascii_tolower (*part) != g_ascii_tolower (*t))
        return FALSE;
      part = strchr (part, '-');
      part = part ? part + 1 : NULL;
    }
  return part == NULL;
}

/* "Josh R:" beside Joshua Reyes and Joshua Pike: a short or familiar
 * first name and the surname's initial, one of the people the first name
 * may be; "Josh B-W:" beside Josh Brown-White, the initials of each part */
static gboolean
first_name_and_initial (Ctx *c, const char *name, SpResolveMode mode, SpMatch *m)
{
  gsize fl = sp_first_name_and_initial (name);
  if (fl == 0)
    return FALSE;
  char first[40];
  memcpy (first, name, fl);
  first[fl] = '\0';
  SpMatch f;
  resolve_uncached (c, first, SP_CASE_TITLE, mode, &f);
  /* the last word's initial; else, for none, an inner word's ("Pablo G") */
  char initial = g_ascii_tolower (name[fl + 1]);
  guint hit = 0, hits = 0;
  for (guint pass = 0; pass < 2 && hits == 0; pass++)
    for (guint k = 0; sp_matched (&f) && k < MIN (f.n_candidates, G_N_ELEMENTS (f.candidates)); k++)
      {
        const SpEntry *e = sp_roster_get (f.roster, f.candidates[k]);
        if (e->n_words >= 2 && (pass == 0 ? e->last_key[0] == initial : inner_word_opens_with (e, initial))
            && surname_parts_open_with (e, name + fl + 1))
          hit = f.candidates[k], hits++;
      }
  if (hits == 0 && strlen (first) >= 3)
    return short_first_name_and_initial (c, first, initial, m);
  if (hits != 1)
    return FALSE;
  *m = f;
  choose (m, hit);
  return TRUE;
}

/* "Prof. W:" for Helen Whitaker: a title and one capital (a stop after
 * it or not), the initial of exactly one surname of the document's people */
static gboolean
title_and_initial (Ctx *c, const char *name, SpMatch *m)
{
  gsize nl = strlen (name);
  if (!sp_title_and_initial (name, nl))
    return FALSE;
  nl -= name[nl - 1] == '.';
  char initial = g_ascii_tolower (name[nl - 1]);
  guint hit = 0, hits = 0;
  for (guint i = 0; i < sp_roster_size (c->doc_roster) && hits < 2; i++)
    {
      const SpEntry *e = sp_roster_get (c->doc_roster, i);
      if (e->n_words >= 2 && e->last_key[0] == initial)
        hit = i, hits++;
    }
  return hits == 1 && doc_roster_hit (c, hit, m);
}

/* An attendee listed by an abbreviation alone ("SYG"): two to five
 * capitals, no name */
static gboolean
bare_abbreviation (const char *name)
{
  gsize n = 0;
  for (; name[n]; n++)
    if (!g_ascii_isupper (name[n]))
      return FALSE;
  return n >= 2 && n <= 5;
}

/* "Michaël:" beside Michael Dawson and Michaël Zasso: folded, the name
 * fits both; as written, with its accent, only the one whose name has
 * that word so spelt (case aside).  "Michael:" stays ambiguous: notes
 * drop accents, they do not add them. */
static void
accent_decides (const char *name, SpMatch *m)
{
  gboolean accented = FALSE;
  for (const char *p = name; *p && !accented; p++)
    accented = (guchar) *p >= 0x80;
  if (!accented || m->n_candidates < 2 || m->n_candidates > G_N_ELEMENTS (m->candidates))
    return;
  g_autofree char *want = g_utf8_casefold (name, -1);
  guint hit = 0, hits = 0;
  for (guint k = 0; k < m->n_candidates; k++)
    {
      const char *full = sp_roster_get (m->roster, m->candidates[k])->name;
      g_autofree char *folded = g_utf8_casefold (full, -1);
      gsize n = strlen (want);
      gboolean has = FALSE;
      for (const char *w = folded; w && !has; w = strchr (w, ' '), w = w ? w + 1 : NULL)
        has = strncmp (w, want, n) == 0 && (w[n] == '\0' || w[n] == ' ');
      if (has)
        hit = m->candidates[k], hits++;
    }
  if (hits == 1)
    choose (m, hit);
}

/* Two to four letters in lower case, no English word */
static gboolean
lower_abbreviation (const char *name)
{
  gsize n = 0;
  for (; name[n]; n++)
    if (!g_ascii_islower (name[n]))
      return FALSE;
  return n >= 2 && n <= 4 && !np_text_is_stopword (name) && !sp_is_label (name);
}

static void
resolve_uncached (Ctx *c, const char *name, SpCase name_case, SpResolveMode mode, SpMatch *m)
{
  guint names = mode == SP_RESOLVE_EXACT ? 0 : SP_LOOKUP_NAMES;
  /* one key for every roster */
  char buf[64];
  char *key = sp_key_buf (c->scratch->translit, name, -1, buf, sizeof buf);
  guint h = g_str_hash (key);
  gboolean found = sp_roster_lookup_key (c->doc_roster, name, key, h, name_case,
                                         names | (names ? SP_LOOKUP_LOOSE : 0), m);
  /* "Attendees: SYG, KG" names nobody in full: a roster file may */
  gboolean bare = found && sp_unique (m) && bare_abbreviation (sp_roster_get (m->roster, m->entry)->name);
  SpMatch doc_match = *m;
  if (bare)
    found = FALSE;
  for (guint i = 0; i < c->external->len && !found; i++)
    found = sp_roster_lookup_key (g_ptr_array_index (c->external, i), name, key, h, name_case, names, m);
  if (bare && !found)
    {
      *m = doc_match;
      found = TRUE;
    }
  if (!found && mode == SP_RESOLVE_TYPOS && c->config->typos && name_case != SP_CASE_UPPER)
    {
      found = sp_roster_lookup_key (c->doc_roster, name, key, h, name_case, SP_LOOKUP_TYPOS, m);
      /* "Micheal T." near Michael Tanaka and Michelle Varga both: the
       * initial tells them apart (below) */
      if (found && !sp_unique (m) && m->tier == SP_TIER_TYPO && strchr (name, ' '))
        {
          SpMatch one;
          if (first_name_and_initial (c, name, mode, &one))
            *m = one;
        }
    }
  /* "wh: ok, good" in minutes whose table gives Walter Hendry "WH": an
   * abbreviation of the document's people typed in lower case (no word:
   * "so:", "ok:") */
  if (!found && names && name_case == SP_CASE_LOWER && lower_abbreviation (name))
    {
      found = sp_roster_lookup_key (c->doc_roster, name, key, h, SP_CASE_UPPER, 0, m)
              && m->tier == SP_TIER_ABBREVIATION && sp_unique (m);
      if (!found)
        memset (m, 0, sizeof *m);
    }
  sp_key_buf_free (key, buf);
  /* the variants notes write, in the order they were met */
  if (!found && names)
    found = initial_before_name (c, name, name_case, mode, m) || office_after_article (c, name, m)
            || first_name_and_initial (c, name, mode, m) || shortened_abbreviation (c, name, name_case, m)
            || extended_initials (c, name, name_case, m) || title_and_initial (c, name, m);
  if (!found)
    memset (m, 0, sizeof *m);
  else
    accent_decides (name, m);
}

/* Only marks in a speaker form (brackets, colons) may be misspelt names:
 * a typo match never makes "So, ..." or "Go Team ..." a speaker, so they
 * skip the (costly) typo tier. */
const SpMatch *
sp_resolve_memo (Ctx *c, const char *name, SpCase name_case, SpResolveMode mode, SpMatch *m)
{
  /* kept by the name with its case class and mode (the table keeps a
   * copy of the name until the analysis ends); the match itself in the
   * analysis' arena */
  const SpMatch **slot = sp_matches_slot (c->scratch, name, mode * 2 + (name_case == SP_CASE_UPPER));
  if (*slot == NULL)
    {
      SpMatch *made = sp_arena_alloc (&c->scratch->arena, sizeof (SpMatch));
      resolve_uncached (c, name, name_case, mode, made);
      *slot = made; /* resolve_uncached() does not use the slots */
    }
  *m = **slot;
  return *slot;
}

void
sp_resolve (Ctx *c, const char *name, SpCase name_case, SpMatch *m)
{
  sp_resolve_memo (c, name, name_case, SP_RESOLVE_NAMES, m);
}

void
sp_resolve_name (Ctx *c, const char *name, SpMatch *m)
{
  guint words;
  sp_resolve (c, name, sp_name_case (name, strlen (name), &words), m);
}
