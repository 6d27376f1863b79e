/* text-names.c: the shapes of people's names in text that the core and
 * plugins share (np-text.h): a name written surname first. */
#include "config.h"

#include <string.h>

#include "notepipe/np-text.h"
#include "text-private.h"

/* A word of a name in Title case or in capitals, letters (any script),
 * hyphens and apostrophes: "Doe", "DOE", "O'Neil", "Müller-Lüdenscheidt" */
static gboolean
name_word (const char *w, gsize n)
{
  if (n < 2 || !(g_ascii_isupper (w[0]) || (guchar) w[0] >= 0x80))
    return FALSE;
  for (gsize i = 1; i < n; i++)
    if (!g_ascii_isalpha (w[i]) && w[i] != '-' && w[i] != '\'' && (guchar) w[i] < 0x80)
      return FALSE;
  return TRUE;
}

/* An initial or initials, with their periods or alone: "J.", "J.R.", "J" */
static gboolean
initials_word (const char *w, gsize n)
{
  if (n == 1)
    return g_ascii_isupper (w[0]);
  if (n % 2)
    return FALSE;
  for (gsize i = 0; i < n; i += 2)
    if (!g_ascii_isupper (w[i]) || w[i + 1] != '.')
      return FALSE;
  return TRUE;
}

/* A particle that opens a surname: "van Rossum", "de la Cruz" */
gboolean
np_text_surname_particle (const char *w, gsize n)
{
  static const char *const particles[] = { "van", "von", "de", "der", "den", "di",  "da", "del",
                                           "della", "du", "la", "le", "ten", "ter", "bin", NULL };
  for (const char *const *p = particles; *p; p++)
    if (strlen (*p) == n && memcmp (*p, w, n) == 0)
      return TRUE;
  return FALSE;
}

/* The end of the word at p (a space or e) */
static const char *
word_end (const char *p, const char *e)
{
  while (p < e && *p != ' ')
    p++;
  return p;
}

gboolean
np_text_surname_first (const char *s, gsize len, char **name, gboolean *evident)
{
  const char *e = s + len;
  while (s < e && *s == ' ')
    s++;
  while (e > s && e[-1] == ' ')
    e--;
  const char *comma = memchr (s, ',', e - s);
  if (comma == NULL || memchr (comma + 1, ',', e - comma - 1) || comma + 1 >= e || comma[1] != ' ')
    return FALSE;
  /* the surname: particles at will, then one word */
  guint words = 0;
  gboolean capitals = TRUE, particles = FALSE;
  for (const char *p = s; p < comma; words++)
    {
      const char *we = word_end (p, comma);
      gboolean last = we == comma;
      if (last ? !name_word (p, we - p) : !np_text_surname_particle (p, we - p))
        return FALSE;
      particles |= !last;
      for (const char *c = p; c < we && last; c++)
        capitals &= !g_ascii_islower (*c);
      p = we < comma ? we + 1 : we;
    }
  if (words == 0 || words > 3)
    return FALSE;
  /* one or two given names or initials */
  guint given = 0, initials = 0;
  gboolean lower = FALSE;
  const char *g = comma + 1;
  while (g < e && *g == ' ')
    g++;
  for (const char *p = g; p < e; given++)
    {
      const char *we = word_end (p, e);
      gboolean initial = initials_word (p, we - p);
      if (!initial && !name_word (p, we - p))
        return FALSE;
      initials += initial;
      for (const char *c = p + 1; c < we; c++)
        lower |= g_ascii_islower (*c);
      p = we < e ? we + 1 : we;
    }
  if (given == 0 || given > 2)
    return FALSE;
  if (evident)
    *evident = initials == given || (capitals && lower) || particles;
  if (name)
    *name = g_strdup_printf ("%.*s %.*s", (int) (e - g), g, (int) (comma - s), s);
  return TRUE;
}

gsize
np_text_closing_initials (const char *s, gsize len, gsize *initials_len)
{
  const char *e = s + len;
  while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
    e--;
  if (e - s < 12 || e[-1] != ')')
    return 0;
  const char *close = e - 1, *ns = close;
  while (ns > s && g_ascii_isupper (ns[-1]))
    ns--;
  gsize n = close - ns;
  if (n < 2 || n > 4 || ns - s < 4 || ns[-1] != '(' || ns[-2] != ' ')
    return 0;
  const char *before = ns - 1;
  while (before > s && before[-1] == ' ')
    before--;
  if (before - s < 8 || !strchr (".?!", before[-1])
      || (before[-1] == '.' && !(g_ascii_islower (before[-2]) && g_ascii_islower (before[-3]))))
    return 0;
  if (initials_len)
    *initials_len = n;
  return ns - 1 - s;
}
