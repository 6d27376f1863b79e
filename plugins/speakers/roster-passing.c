/* roster-passing.c: people the notes name in passing, beside their
 * lists: a guest named as they join ("Marco Iannone from undici joined
 * ..."), a mark that spells out its abbreviation ("EY (Ekrem Yilmaz,
 * Apple): ..."), an etherpad's sign-in lines ("lmaresca (Luca Maresca) -
 * PTL").  roster-doc.c asks sp_roster_add_passing() of every item. */
#include "config.h" /* memmem() */

#include <string.h>

#include "speakers.h"

/* A guest whom the notes name as they join ("Marco Iannone from undici
 * joined to talk about ...", "Linnea Sjoberg joined"): a full name of two
 * or three words opening the item, then "joined" within a few words */
static void
add_joined_guest (SpRoster *r, const char *text, gsize len)
{
  /* asked of every item: a 'j' is rare, the words are looked for after one */
  const char *joined = NULL, *scan_end = text + MIN (len, (gsize) 120);
  for (const char *j = memchr (text, 'j', scan_end - text); j && joined == NULL;
       j = j + 1 < scan_end ? memchr (j + 1, 'j', scan_end - j - 1) : NULL)
    if (j > text && j[-1] == ' ' && scan_end - j >= 6 && memcmp (j, "joined", 6) == 0)
      joined = j - 1;
  if (joined == NULL)
    return;
  const char *p = text, *end = joined, *name_end = NULL;
  guint words = 0;
  while (p < end && words < 4)
    {
      const char *w = p;
      while (p < end && *p != ' ')
        p++;
      guint n_words;
      gsize n = p - w;
      if (n < 2 || memchr (w, '.', n) || sp_name_case (w, n, &n_words) != SP_CASE_TITLE || n_words != 1)
        break;
      words++;
      name_end = p;
      while (p < end && *p == ' ')
        p++;
    }
  if (words < 2 || words > 3)
    return;
  /* the name, then "joined" or what it is from ("from undici", "of the
   * Electron group", "(guest)") */
  const char *rest = name_end;
  while (rest < end && *rest == ' ')
    rest++;
  if (rest < end && !(g_str_has_prefix (rest, "from ") || g_str_has_prefix (rest, "of ") || *rest == '('))
    return;
  g_autofree char *name = g_strndup (text, name_end - text);
  if (sp_roster_name_ok (name))
    sp_roster_add (r, name, NULL, NULL, NULL, NULL, SP_SOURCE_TEXT);
}

/* A speaker's mark that spells out its abbreviation: "EY (Ekrem Yilmaz,
 * Apple): ..." (IETF minutes): the person, with the abbreviation the
 * later "EY: ..." marks use */
static void
add_spelt_abbreviation (SpRoster *r, const char *text, gsize len)
{
  gsize k = 0;
  while (k < len && k < 6 && g_ascii_isupper (text[k]))
    k++;
  if (k < 2 || k > 5 || k + 3 >= len || text[k] != ' ' || text[k + 1] != '(')
    return;
  const char *name = text + k + 2, *e = text + MIN (len, (gsize) 80);
  const char *close = memchr (name, ')', e - name);
  if (close == NULL || close + 1 >= text + len || close[1] != ':')
    return;
  const char *comma = memchr (name, ',', close - name);
  const char *name_end = comma ? comma : close;
  g_autofree char *full = g_strndup (name, name_end - name);
  g_autofree char *abbr = g_strndup (text, k);
  g_strstrip (full);
  if (strchr (full, ' ') && sp_roster_name_ok (full) && sp_abbreviation_fits (full, abbr))
    sp_roster_add (r, full, abbr, NULL, NULL, NULL, SP_SOURCE_TEXT);
}

/* A sign-in line of an etherpad: "lmaresca (Luca Maresca) - PTL",
 * "tkoenig (Tobias König)": a nickname in lower case, then the full name
 * in parentheses, the nickname made of it (the first name's initial and
 * the surname's first letters, or the first name): TRUE when added */
static gboolean
add_signed_in (SpRoster *r, const char *text, gsize len)
{
  gsize k = 0;
  while (k < len && k < 24 && (g_ascii_islower (text[k]) || g_ascii_isdigit (text[k]) || strchr ("_-.", text[k])))
    k++;
  if (k < 2 || k + 3 >= len || text[k] != ' ' || text[k + 1] != '(' || !g_ascii_islower (text[0]))
    return FALSE;
  const char *name = text + k + 2, *e = text + MIN (len, (gsize) 80);
  const char *close = memchr (name, ')', e - name);
  if (close == NULL || close - name < 4)
    return FALSE;
  const char *after = close + 1;
  while (after < text + len && *after == ' ')
    after++;
  if (after < text + len && *after != '-' && *after != ',')
    return FALSE;
  g_autofree char *full = g_strndup (name, close - name);
  if (!strchr (full, ' ') || !sp_roster_name_ok (full))
    return FALSE;
  g_autofree char *ascii = np_text_to_ascii (full, -1);
  g_autofree char *low = g_ascii_strdown (ascii, -1);
  const char *last = strrchr (low, ' ') + 1;
  gsize first_len = strchr (low, ' ') - low;
  gboolean made = (text[0] == low[0] && k >= 3 && strncmp (text + 1, last, 2) == 0)
                  || (k >= first_len && strncmp (text, low, first_len) == 0);
  if (!made)
    return FALSE;
  g_autofree char *nick = g_strndup (text, k);
  sp_roster_add (r, full, NULL, nick, NULL, NULL, SP_SOURCE_TEXT);
  return TRUE;
}

/* The first " included " at or after from, before e */
static const char *
next_included (const char *from, const char *e)
{
  return e - from >= 10 ? memmem (from, e - from, " included ", 10) : NULL;
}

/* A write-up's sentence naming who took part: "Participants included
 * Linus Torvalds, Greg Kroah-Hartman, Kees Cook, and Ari Lindqvist."
 * (also attendees, panelists, speakers, those present): each full name of
 * the list, up to the sentence's end or the first part that is none
 * ("and others").  first: a " included " of the item. */
void
sp_roster_add_participants (SpRoster *r, const char *text, gsize len, const char *first)
{
  const char *e = text + len;
  for (const char *inc = first; inc; inc = next_included (inc + 1, e))
    {
      static const char *const who[] = { "participants", "attendees", "panelists", "panellists", "speakers",
                                         "present", NULL };
      const char *w = inc;
      while (w > text && g_ascii_isalpha (w[-1]))
        w--;
      gboolean listed = FALSE;
      for (const char *const *x = who; *x && !listed; x++)
        listed = (gsize) (inc - w) == strlen (*x) && g_ascii_strncasecmp (w, *x, inc - w) == 0;
      if (!listed)
        continue;
      const char *p = inc + 10, *stop = memchr (p, '.', e - p);
      /* a full stop of an initial ("James M. Snell") is no sentence's end */
      while (stop && stop > p && stop + 1 < e && stop[1] == ' ' && g_ascii_isupper (stop[-1])
             && (stop - 1 == p || stop[-2] == ' '))
        stop = memchr (stop + 1, '.', e - stop - 1);
      if (stop == NULL)
        stop = e;
      GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
      while (p < stop)
        {
          if (stop - p > 4 && memcmp (p, "and ", 4) == 0)
            p += 4;
          const char *q = p;
          while (q < stop && *q != ',' && !(q + 5 <= stop && memcmp (q, " and ", 5) == 0))
            q++;
          char *name = g_strndup (p, q - p);
          guint words = 0;
          if (sp_name_case (name, q - p, &words) != SP_CASE_TITLE || words < 2 || words > 4
              || !sp_roster_name_ok (name))
            {
              g_free (name);
              break;
            }
          g_ptr_array_add (names, name);
          p = q < stop && *q == ',' ? q + 1 : q + (q < stop ? 1 : 0);
          while (p < stop && (*p == ' ' || *p == '\n'))
            p++;
        }
      if (names->len >= 2)
        for (guint k = 0; k < names->len; k++)
          sp_roster_add (r, g_ptr_array_index (names, k), NULL, NULL, NULL, NULL, SP_SOURCE_TEXT);
      g_ptr_array_free (names, TRUE);
    }
}

gboolean
sp_roster_add_passing (SpRoster *r, const char *text, gsize len)
{
  /* the shapes open with a capital (a name, an abbreviation) or a
   * nickname in lower case: most items are asked one byte */
  if (len < 8)
    return FALSE;
  if (g_ascii_isupper (text[0]))
    {
      if (g_ascii_isupper (text[1]))
        add_spelt_abbreviation (r, text, len);
      else
        add_joined_guest (r, text, len);
      return FALSE;
    }
  return g_ascii_islower (text[0]) && add_signed_in (r, text, len);
}
