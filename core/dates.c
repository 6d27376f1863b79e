/* dates.c: find a meeting date in a line or a file path.
 *
 * Notes write dates every which way; we accept the common ones and
 * validate them with GDate so "2025-13-45" is not a date. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "meta.h"
#include "notepipe/np-text.h"

static const char *const months[] = { "jan", "feb", "mar", "apr", "may", "jun",
                                      "jul", "aug", "sep", "oct", "nov", "dec" };

/* Month names of other languages, folded (accents gone), January first:
 * French, German, Spanish, Italian, Dutch, Portuguese */
static const char *const foreign_months[][12] = {
  { "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
    "decembre" },
  { "januar", "februar", "marz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
    "dezember" },
  { "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
    "diciembre" },
  { "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
    "novembre", "dicembre" },
  { "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november",
    "december" },
  { "janeiro", "fevereiro", "marco", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro",
    "dezembro" },
};

static int
month_of (const char *word)
{
  if (strlen (word) < 3)
    return 0;
  g_autofree char *low = g_str_is_ascii (word) ? g_ascii_strdown (word, -1) : np_text_fold (word, -1);
  /* other languages: the whole name ("14 mars 2024", "3. März 2024") */
  for (guint l = 0; l < G_N_ELEMENTS (foreign_months); l++)
    for (int m = 0; m < 12; m++)
      if (strcmp (low, foreign_months[l][m]) == 0)
        return m + 1;
  for (int m = 0; m < 12; m++)
    if (g_str_has_prefix (low, months[m]))
      {
        /* the word must be the month name or a prefix of it: "march", "mar", "sept" */
        static const char *const full[] = { "january", "february", "march", "april", "may", "june", "july",
                                            "august", "september", "october", "november", "december" };
        if (g_str_has_prefix (full[m], low) || strcmp (low, "sept") == 0)
          return m + 1;
      }
  return 0;
}

int
np_meta_month_word (const char *s, gsize n)
{
  if (n < 3 || n > 12)
    return 0;
  char word[13];
  memcpy (word, s, n);
  word[n] = '\0';
  return month_of (word);
}

static char *
format_date (int y, int m, int d)
{
  if (y < 1970 || y > 2200 || !g_date_valid_dmy (d, m, y))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
}

static GRegex *
regex (int which)
{
  static GRegex *re[5];
  static gsize once = 0;
  if (g_once_init_enter (&once))
    {
      /* 2025-08-26, 2025/08/26, 2025.08.26 */
      re[0] = g_regex_new ("(?<![0-9])(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![0-9])", G_REGEX_OPTIMIZE, 0, NULL);
      /* August 26, 2025 / Aug 26th 2025 / marzo 14, 2024 */
      re[1] = g_regex_new ("\\b(\\p{L}{3,10})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", G_REGEX_OPTIMIZE,
                           0, NULL);
      /* 26 August 2025 / 3rd December 2024 / 26-Aug-2025 / 14 mars 2024 /
       * 3. März 2024 / 14 de marzo de 2024 */
      re[2] = g_regex_new ("\\b(\\d{1,2})(?:st|nd|rd|th|\\.)?[\\s-]+(?:(?:of|de)\\s+)?(\\p{L}{3,10})\\.?,?[\\s-]+"
                           "(?:de\\s+)?(\\d{4})\\b",
                           G_REGEX_OPTIMIZE, 0, NULL);
      /* 14.03.2024 (day first, as German and others write it), 25/03/2024
       * or 03/25/2024 (read only where the day is past 12) */
      re[4] = g_regex_new ("(?<![0-9./-])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})(?![0-9])", G_REGEX_OPTIMIZE, 0, NULL);
      /* month-day in a file name: december-03 */
      re[3] = g_regex_new ("([A-Za-z]{3,9})[-_ ]?(\\d{1,2})(?![0-9])", G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&once, 1);
    }
  return re[which];
}

static int
group_int (GMatchInfo *mi, int n)
{
  g_autofree char *s = g_match_info_fetch (mi, n);
  return s ? atoi (s) : 0;
}

char *
np_meta_find_date (const char *s, gssize len)
{
  if (len < 0)
    len = strlen (s);
  if (len > 4096) /* dates live in short lines */
    len = 4096;
  /* every form below has a four-digit year with no digit right before or
   * after it (a lookbehind, a separator or a word boundary), and only
   * ASCII digits make a year: most lines have no such run of exactly four
   * digits ("notes.txt:12345" neither), and a byte scan is far cheaper
   * than three regular expressions */
  gboolean year = FALSE;
  for (gssize i = 0; i < len && !year;)
    {
      gssize j = i;
      while (j < len && g_ascii_isdigit (s[j]))
        j++;
      year = j - i == 4;
      i = j > i ? j : i + 1;
    }
  if (!year)
    return NULL;
  g_autofree char *copy = g_strndup (s, len);
  /* GRegex needs valid UTF-8 (PCRE's JIT reads out of bounds otherwise):
   * file and member names need not be, and the cut above can split a
   * character */
  if (!g_utf8_validate (copy, -1, NULL))
    {
      char *valid = g_utf8_make_valid (copy, -1);
      g_free (copy);
      copy = valid;
    }
  char *best = NULL;
  gint best_pos = G_MAXINT;
  static const int forms[] = { 0, 1, 2, 4 };
  for (guint f = 0; f < G_N_ELEMENTS (forms); f++)
    {
      int which = forms[f];
      GMatchInfo *mi = NULL;
      if (g_regex_match (regex (which), copy, 0, &mi))
        do
          {
            char *d = NULL;
            if (which == 0)
              d = format_date (group_int (mi, 1), group_int (mi, 2), group_int (mi, 3));
            else if (which == 4)
              {
                int a = group_int (mi, 1), b = group_int (mi, 3), y = group_int (mi, 4);
                g_autofree char *sep = g_match_info_fetch (mi, 2);
                if (sep[0] == '.' || a > 12)
                  d = format_date (y, b, a);
                else if (b > 12)
                  d = format_date (y, a, b);
              }
            else
              {
                g_autofree char *mword = g_match_info_fetch (mi, which == 1 ? 1 : 2);
                int m = month_of (mword);
                if (m)
                  d = format_date (group_int (mi, 3), m, group_int (mi, which == 1 ? 2 : 1));
              }
            if (d)
              {
                gint start;
                g_match_info_fetch_pos (mi, 0, &start, NULL);
                if (start < best_pos)
                  {
                    g_free (best);
                    best = d;
                    best_pos = start;
                  }
                else
                  g_free (d);
                break;
              }
          }
        while (g_match_info_next (mi, NULL));
      g_match_info_free (mi);
    }
  return best;
}

/* A run of exactly four ASCII digits in [s, end), what every form of
 * np_meta_find_date needs, or of eight (a file name's "20241206") */
static gboolean
has_year_run (const char *s, const char *end)
{
  while (s < end)
    {
      const char *t = s;
      while (t < end && g_ascii_isdigit (*t))
        t++;
      if (t - s == 4 || t - s == 8)
        return TRUE;
      s = t > s ? t : s + 1;
    }
  return FALSE;
}

/* A directory named by a year, 1990 to 2099: four digits at s */
static int
year_dir (const char *s)
{
  for (int i = 0; i < 4; i++)
    if (!g_ascii_isdigit (s[i]))
      return 0;
  int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  return y >= 1990 && y <= 2099 ? y : 0;
}

/* ".../2024/CG-03-14.md" (the WebAssembly group's meetings): the month
 * and day as "MM-DD" in the name under a year's directory, the first
 * such pair of a valid month and day that no digit touches */
static char *
date_under_year (int y, const char *base)
{
  for (const char *s = base; s[0] && s[1] && s[2] && s[3] && s[4]; s++)
    {
      if (!(g_ascii_isdigit (s[0]) && g_ascii_isdigit (s[1]) && s[2] == '-' && g_ascii_isdigit (s[3])
            && g_ascii_isdigit (s[4])))
        continue;
      if ((s > base && g_ascii_isdigit (s[-1])) || g_ascii_isdigit (s[5]))
        continue;
      int m = (s[0] - '0') * 10 + (s[1] - '0'), d = (s[3] - '0') * 10 + (s[4] - '0');
      if (m >= 1 && m <= 12 && d >= 1 && d <= 31)
        return format_date (y, m, d);
    }
  return NULL;
}

/* FALSE when the path cannot give a date, decided without allocating: an
 * ASCII path (make_valid leaves it as it is) with no trailing '/', whose
 * base name has no year and whose directory's name is too short, or does
 * not start the way "%4d-%2d" needs (a sign, a digit, white space). */
static gboolean
path_may_have_date (const char *path)
{
  const char *bang = strrchr (path, '!');
  const char *p = bang ? bang + 1 : path;
  const char *end = p;
  for (; *end; end++)
    if ((guchar) *end >= 0x80)
      return TRUE;
  if (end == p || end[-1] == '/')
    return TRUE;
  const char *slash = strrchr (p, '/');
  const char *base = slash ? slash + 1 : p;
  if (has_year_run (base, end))
    return TRUE;
  if (slash == NULL)
    return FALSE; /* the directory is "." */
  const char *dir_end = slash;
  while (dir_end > p && dir_end[-1] == '/')
    dir_end--;
  const char *dir = dir_end;
  while (dir > p && dir[-1] != '/')
    dir--;
  if (dir_end - dir == 4 && year_dir (dir))
    return TRUE; /* ".../2024/CG-03-14.md" */
  if (dir_end - dir <= 2 && dir - p >= 5 && g_ascii_isdigit (*dir) && g_ascii_isdigit (*base))
    return TRUE; /* ".../2024/12/06.md" */
  if (dir_end - dir < 7)
    return FALSE; /* also the root: its name is "/" */
  return g_ascii_isdigit (*dir) || g_ascii_isspace (*dir) || *dir == '+' || *dir == '-';
}

/* The value of the n digits at s */
static int
digits_value (const char *s, gsize n)
{
  int v = 0;
  for (gsize i = 0; i < n; i++)
    v = v * 10 + (s[i] - '0');
  return v;
}

/* A file name's date as tools and scripts write it where a text would use
 * dashes: "sync_2024_12_06.md", "20241206-standup.md", "notes-20241206T1000.txt"
 * (eight digits, a year from 1990 to 2099 first, no digit around them) */
static char *
date_in_file_name (const char *base)
{
  for (const char *s = base; *s; s++)
    {
      if (!g_ascii_isdigit (*s) || (s > base && g_ascii_isdigit (s[-1])))
        continue;
      gsize run = 0;
      while (g_ascii_isdigit (s[run]))
        run++;
      int y = run == 8 || run == 4 ? year_dir (s) : 0;
      if (y && run == 8)
        return format_date (y, digits_value (s + 4, 2), digits_value (s + 6, 2));
      if (y && s[4] == '_' && g_ascii_isdigit (s[5]))
        {
          /* "2024_12_06", "2024_1_6" */
          gsize mn = g_ascii_isdigit (s[6]) ? 2 : 1;
          const char *t = s + 5 + mn;
          if (*t == '_' && g_ascii_isdigit (t[1]))
            {
              gsize dn = g_ascii_isdigit (t[2]) ? 2 : 1;
              if (!g_ascii_isdigit (t[1 + dn]))
                return format_date (y, digits_value (s + 5, mn), digits_value (t + 1, dn));
            }
        }
      s += run - 1;
    }
  return NULL;
}

/* ".../2024/12/06.md", ".../2024/12/06-standup.md": a year's directory,
 * a month's under it, the day opening the name */
static char *
date_in_year_month_dirs (const char *p, const char *base)
{
  gsize dn = g_ascii_isdigit (base[0]) ? (g_ascii_isdigit (base[1]) ? 2 : 1) : 0;
  if (dn == 0 || g_ascii_isdigit (base[dn]) || base < p + 7 || base[-1] != '/')
    return NULL;
  const char *month = base - 1; /* the '/' after the month */
  const char *ms = month;
  while (ms > p && g_ascii_isdigit (ms[-1]))
    ms--;
  gsize mn = month - ms;
  if (mn < 1 || mn > 2 || ms < p + 5 || ms[-1] != '/' || (ms > p + 5 && ms[-6] != '/'))
    return NULL;
  int year = year_dir (ms - 5);
  return year ? format_date (year, digits_value (ms, mn), digits_value (base, dn)) : NULL;
}

char *
np_meta_date_from_path (const char *path)
{
  if (path == NULL || !path_may_have_date (path))
    return NULL;
  g_autofree char *valid = g_utf8_make_valid (path, -1); /* for GRegex, as above */
  const char *bang = strrchr (valid, '!');
  const char *p = bang ? bang + 1 : valid;
  g_autofree char *base = g_path_get_basename (p);
  char *d = np_meta_find_date (base, -1);
  if (d == NULL)
    d = date_in_file_name (base);
  if (d == NULL)
    {
      const char *slash = strrchr (p, '/');
      d = slash ? date_in_year_month_dirs (p, slash + 1) : NULL;
    }
  if (d)
    return d;
  /* .../2024-12/december-03.md: year-month from the directory, day from the name */
  g_autofree char *dir = g_path_get_dirname (p);
  g_autofree char *dirbase = g_path_get_basename (dir);
  int year = strlen (dirbase) == 4 ? year_dir (dirbase) : 0;
  if (year)
    return date_under_year (year, base);
  int y = 0, m = 0;
  if (strlen (dirbase) >= 7 && sscanf (dirbase, "%4d-%2d", &y, &m) == 2)
    {
      GMatchInfo *mi = NULL;
      if (g_regex_match (regex (3), base, 0, &mi))
        {
          g_autofree char *mword = g_match_info_fetch (mi, 1);
          int fm = month_of (mword);
          int day = group_int (mi, 2);
          /* the meeting may run into the next month (jan-30 .. feb-02 in 2023-01) */
          if (fm)
            d = format_date (fm < m ? y + 1 : y, fm, day);
        }
      g_match_info_free (mi);
    }
  return d;
}

gboolean
np_meta_is_date_key (const char *key, gsize n)
{
  /* and in minutes of other languages: German, Dutch, Swedish "Datum",
   * Spanish "Fecha", Italian and Portuguese "Data" */
  static const char *const keys[] = { "date", "when", "meeting date", "created", "datum", "fecha", "data", NULL };
  for (const char *const *k = keys; *k; k++)
    if (strlen (*k) == n && g_ascii_strncasecmp (key, *k, n) == 0)
      return TRUE;
  return FALSE;
}
