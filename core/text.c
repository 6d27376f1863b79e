/* text.c: small text helpers shared by the core and plugins (np-text.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "bullets.h"
#include "notepipe/np-text.h"
#include "text-private.h"

char *
np_text_fold (const char *s, gssize len)
{
  g_autofree char *nfkd = g_utf8_normalize (s, len, G_NORMALIZE_NFKD);
  if (nfkd == NULL) /* invalid UTF-8 */
    return g_strdup ("");
  GString *out = g_string_sized_new (strlen (nfkd));
  for (const char *p = nfkd; *p; p = g_utf8_next_char (p))
    {
      gunichar u = g_utf8_get_char (p);
      if (g_unichar_ismark (u))
        continue;
      g_string_append_unichar (out, u);
    }
  char *folded = g_utf8_casefold (out->str, out->len);
  g_string_free (out, TRUE);
  return folded;
}

guint
np_text_edit_distance (const char *a, const char *b, guint max)
{
  glong na = g_utf8_strlen (a, -1), nb = g_utf8_strlen (b, -1);
  if ((guint) ABS (na - nb) > max)
    return max + 1;
  g_autofree gunichar *ua = g_utf8_to_ucs4_fast (a, -1, NULL);
  g_autofree gunichar *ub = g_utf8_to_ucs4_fast (b, -1, NULL);
  g_autofree guint *prev = g_new (guint, nb + 1);
  g_autofree guint *cur = g_new (guint, nb + 1);
  for (glong j = 0; j <= nb; j++)
    prev[j] = j;
  for (glong i = 1; i <= na; i++)
    {
      cur[0] = i;
      guint row_min = cur[0];
      for (glong j = 1; j <= nb; j++)
        {
          guint cost = ua[i - 1] == ub[j - 1] ? 0 : 1;
          guint v = MIN (MIN (prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
          cur[j] = v;
          row_min = MIN (row_min, v);
        }
      if (row_min > max)
        return max + 1;
      guint *t = prev;
      prev = cur;
      cur = t;
    }
  return MIN (prev[nb], max + 1);
}

/* Transliteration table for np_text_to_ascii(): one code point to its Latin
 * spelling (lower case; the caller restores case).  Cyrillic follows the
 * common passport-style romanization (Russian, Ukrainian, Belarusian,
 * Serbian, Bulgarian letters), Greek the ELOT 743 letter values.  Sorted
 * by code point for bsearch. */
typedef struct
{
  gunichar u;
  const char *latin;
} TranslitEntry;

static const TranslitEntry translit_table[] = {
  { 0x00df, "ss" }, { 0x00e6, "ae" }, { 0x00f0, "d" },  { 0x00f8, "o" },  { 0x00fe, "th" }, { 0x0111, "d" },
  { 0x0127, "h" },  { 0x0131, "i" },  { 0x0142, "l" },  { 0x0153, "oe" }, { 0x03b1, "a" },  { 0x03b2, "v" },
  { 0x03b3, "g" },  { 0x03b4, "d" },  { 0x03b5, "e" },  { 0x03b6, "z" },  { 0x03b7, "i" },  { 0x03b8, "th" },
  { 0x03b9, "i" },  { 0x03ba, "k" },  { 0x03bb, "l" },  { 0x03bc, "m" },  { 0x03bd, "n" },  { 0x03be, "x" },
  { 0x03bf, "o" },  { 0x03c0, "p" },  { 0x03c1, "r" },  { 0x03c2, "s" },  { 0x03c3, "s" },  { 0x03c4, "t" },
  { 0x03c5, "y" },  { 0x03c6, "f" },  { 0x03c7, "ch" }, { 0x03c8, "ps" }, { 0x03c9, "o" },  { 0x0430, "a" },
  { 0x0431, "b" },  { 0x0432, "v" },  { 0x0433, "g" },  { 0x0434, "d" },  { 0x0435, "e" },  { 0x0436, "zh" },
  { 0x0437, "z" },  { 0x0438, "i" },  { 0x0439, "y" },  { 0x043a, "k" },  { 0x043b, "l" },  { 0x043c, "m" },
  { 0x043d, "n" },  { 0x043e, "o" },  { 0x043f, "p" },  { 0x0440, "r" },  { 0x0441, "s" },  { 0x0442, "t" },
  { 0x0443, "u" },  { 0x0444, "f" },  { 0x0445, "kh" }, { 0x0446, "ts" }, { 0x0447, "ch" }, { 0x0448, "sh" },
  { 0x0449, "shch" }, { 0x044a, "" }, { 0x044b, "y" },  { 0x044c, "" },  { 0x044d, "e" },  { 0x044e, "yu" },
  { 0x044f, "ya" }, { 0x0451, "e" },  { 0x0452, "dj" }, { 0x0453, "g" },  { 0x0454, "ye" }, { 0x0455, "dz" },
  { 0x0456, "i" },  { 0x0457, "yi" }, { 0x0458, "j" },  { 0x0459, "lj" }, { 0x045a, "nj" }, { 0x045b, "c" },
  { 0x045c, "k" },  { 0x045e, "u" },  { 0x045f, "dz" }, { 0x0491, "g" },  { 0x2010, "-" },  { 0x2011, "-" },
  { 0x2012, "-" },  { 0x2013, "-" },  { 0x2014, "-" },  { 0x2018, "'" },  { 0x2019, "'" },  { 0x201a, "'" },
  { 0x201b, "'" },  { 0x201c, "\"" }, { 0x201d, "\"" }, { 0x201e, "\"" }, { 0x2032, "'" },
};

static int
translit_compare (const void *key, const void *entry)
{
  gunichar u = *(const gunichar *) key, v = ((const TranslitEntry *) entry)->u;
  return u < v ? -1 : u > v;
}

static const char *
translit_lookup (gunichar lower)
{
  const TranslitEntry *e
      = bsearch (&lower, translit_table, G_N_ELEMENTS (translit_table), sizeof translit_table[0], translit_compare);
  return e ? e->latin : NULL;
}

char *
np_text_to_ascii (const char *s, gssize len)
{
  /* NFKD splits accented letters (also accented Greek) into base letter +
   * combining marks, which are dropped; what is left either is ASCII, has
   * a table entry, or is copied as is. */
  g_autofree char *nfkd = g_utf8_normalize (s, len, G_NORMALIZE_NFKD);
  if (nfkd == NULL)
    return g_strdup ("");
  GString *out = g_string_sized_new (strlen (nfkd));
  for (const char *p = nfkd; *p; p = g_utf8_next_char (p))
    {
      gunichar u = g_utf8_get_char (p);
      if (u < 0x80)
        {
          g_string_append_c (out, (char) u);
          continue;
        }
      if (g_unichar_ismark (u))
        continue;
      gunichar lower = g_unichar_tolower (u);
      const char *latin = translit_lookup (lower);
      if (latin == NULL)
        {
          g_string_append_unichar (out, u);
          continue;
        }
      /* Word-final "ый"/"ий" is usually written "y" in English
       * ("Индутный" -> "Indutny", "Дмитрий" -> "Dmitry"). */
      if (lower == 0x044b || lower == 0x0438)
        {
          /* after NFKD, "й" is "и" + U+0306 */
          const char *q = g_utf8_next_char (p);
          if (g_unichar_tolower (g_utf8_get_char (q)) == 0x0438 && g_utf8_get_char (g_utf8_next_char (q)) == 0x0306)
            {
              const char *mark = g_utf8_next_char (q);
              if (!g_unichar_isalpha (g_utf8_get_char (g_utf8_next_char (mark))))
                {
                  latin = "y";
                  p = mark;
                }
            }
        }
      /* Greek "ου" is one sound, "ou" in Latin. */
      if (lower == 0x03bf)
        {
          gunichar next = g_unichar_tolower (g_utf8_get_char (g_utf8_next_char (p)));
          if (next == 0x03c5)
            {
              latin = "ou";
              p = g_utf8_next_char (p);
            }
        }
      if (lower != u && latin[0])
        {
          /* Upper case: capitalize the first letter only ("Zh", "Shch"),
           * which is right for names written in title case. */
          g_string_append_c (out, g_ascii_toupper (latin[0]));
          g_string_append (out, latin + 1);
        }
      else
        g_string_append (out, latin);
    }
  return g_string_free (out, FALSE);
}

/* n digits (min to max) at s[*i]; advances *i */
static gboolean
digits (const char *s, gsize len, gsize *i, guint min, guint max)
{
  guint n = 0;
  while (*i < len && n < max && g_ascii_isdigit (s[*i]))
    (*i)++, n++;
  return n >= min && !(*i < len && g_ascii_isdigit (s[*i]));
}

/* AM/PM as a word of its own at s[i] (len bytes): its length, or 0 */
static gsize
meridiem (const char *s, gsize len, gsize i)
{
  if (i + 1 >= len || !(s[i] == 'A' || s[i] == 'a' || s[i] == 'P' || s[i] == 'p') || (s[i + 1] != 'M' && s[i + 1] != 'm'))
    return 0;
  return i + 2 == len || !g_ascii_isalpha (s[i + 2]) ? 2 : 0;
}

gsize
np_text_clock_len (const char *s, gsize len)
{
  gsize i = 0;
  char close = 0;
  if (len > 0 && (s[0] == '[' || s[0] == '('))
    {
      close = s[0] == '[' ? ']' : ')';
      i++;
    }
  /* an optional date first: 2024-05-02, or as chat apps export it with a
   * comma, day first or month first, 28/11/2026, 11/28/26, 28.11.26, or
   * with the month's name, 28-Nov-26 */
  gsize date = i;
  if (digits (s, len, &date, 4, 4) && date < len && s[date] == '-' && (date++, digits (s, len, &date, 2, 2))
      && date < len && s[date] == '-' && (date++, digits (s, len, &date, 2, 2)) && date < len
      && (s[date] == ' ' || s[date] == 'T'))
    i = date + 1;
  else if ((date = i, digits (s, len, &date, 1, 2)) && date + 5 < len && s[date] == '-' && g_ascii_isalpha (s[date + 1])
           && g_ascii_isalpha (s[date + 2]) && g_ascii_isalpha (s[date + 3]) && s[date + 4] == '-'
           && (date += 5, digits (s, len, &date, 2, 4)) && date + 1 < len
           && (s[date] == ',' ? s[date + 1] == ' ' : close && s[date] == ' '))
    i = date + 1 + (s[date] == ','); /* DiscordChatExporter's "[12-Jan-24 10:32 AM]" */
  else if ((date = i, digits (s, len, &date, 1, 2)) && date < len && (s[date] == '/' || s[date] == '.'))
    {
      char sep = s[date++];
      /* Telegram's copy brackets the day and the time without a comma:
       * "[28.11.26 10:32]" */
      if (digits (s, len, &date, 1, 2) && date < len && s[date] == sep && (date++, digits (s, len, &date, 2, 4))
          && date + 1 < len && (s[date] == ',' ? s[date + 1] == ' ' : close && s[date] == ' '))
        i = date + 1 + (s[date] == ',');
    }
  /* h:mm or hh:mm, then :ss and .fraction at will */
  if (!digits (s, len, &i, 1, 2) || i >= len || s[i] != ':')
    return 0;
  i++;
  if (!digits (s, len, &i, 2, 2))
    return 0;
  if (i < len && s[i] == ':')
    {
      i++;
      if (!digits (s, len, &i, 2, 2))
        return 0;
      if (i < len && (s[i] == '.' || s[i] == ','))
        {
          i++;
          if (!digits (s, len, &i, 1, 6))
            return 0;
        }
    }
  /* AM/PM, with or without a space */
  gsize m = i < len && s[i] == ' ' ? i + 1 : i;
  gsize am = meridiem (s, len, m);
  if (am)
    i = m + am;
  /* a segment's start and end, as speech recognition writes them
   * (WhisperX, whisper.cpp: "[00:00:03.120 --> 00:00:07.880]") */
  if (i + 5 < len && s[i] == ' ' && s[i + 1] == '-' && memcmp (s + i, " --> ", 5) == 0
      && g_ascii_isdigit (s[i + 5]))
    {
      gsize end = np_text_clock_len (s + i + 5, len - i - 5);
      if (end)
        i += 5 + end;
    }
  if (close)
    {
      if (i >= len || s[i] != close)
        return 0;
      i++;
    }
  return i;
}

gsize
np_text_time_prefix (const char *s, gsize len)
{
  gsize i = np_text_clock_len (s, len);
  if (i == 0 || i >= len || s[i] != ' ')
    return 0;
  while (i < len && s[i] == ' ')
    i++;
  /* WhatsApp's export on Android: "28/11/2026, 10:32 - Alice: hi" */
  if (i + 2 < len && s[i] == '-' && s[i + 1] == ' ')
    for (i += 2; i < len && s[i] == ' '; i++)
      ;
  return i < len ? i : 0;
}

static gsize
skip_blanks (const char *s, gsize len, gsize i)
{
  while (i < len && (s[i] == ' ' || s[i] == '\t'))
    i++;
  return i;
}

/* The most bytes of a chat sender's name */
#define CHAT_NAME_MAX 64

/* Words of a chat sender's name in s[from, to): one to four, none with
 * ':' or ',' (a turn's mark or a list, not a name alone); with
 * capitalized, each opening with a capital (or a letter beyond ASCII) and
 * none with '.' (a message, not a name: "[10:32] Thanks all."); 0
 * otherwise */
static guint
sender_words (const char *s, gsize from, gsize to, gboolean capitalized)
{
  guint words = 0;
  for (gsize k = from; k < to;)
    {
      while (k < to && s[k] == ' ')
        k++;
      if (k >= to)
        break;
      if (capitalized && (guchar) s[k] < 0x80 && !g_ascii_isupper (s[k]))
        return 0;
      while (k < to && s[k] != ' ')
        {
          if (s[k] == ':' || s[k] == ',' || (capitalized && s[k] == '.'))
            return 0;
          k++;
        }
      if (++words > 4)
        return 0;
    }
  return words;
}

/* Google Chat's "Ann Lee, 10:32 AM", "Ann Lee, Yesterday 10:32 AM",
 * "Ann Lee, Mon 10:32 AM", Telegram's "Ann Lee, [28.11.26 10:32]": where
 * the comma after the name is, when the
 * rest of the line is a day word at will and a clock; 0 otherwise */
static gsize
chat_day_clock_after_comma (const char *s, gsize len)
{
  static const char *const days[] = { "Today ", "Yesterday ", "Mon ", "Tue ", "Wed ", "Thu ", "Fri ", "Sat ",
                                      "Sun ", "Monday ", "Tuesday ", "Wednesday ", "Thursday ", "Friday ",
                                      "Saturday ", "Sunday ", NULL };
  const char *comma = memchr (s, ',', MIN (len, (gsize) CHAT_NAME_MAX + 1));
  if (comma == NULL || comma == s || (gsize) (comma - s) + 2 >= len || comma[1] != ' ')
    return 0;
  gsize i = skip_blanks (s, len, comma - s + 1);
  for (const char *const *d = days; *d; d++)
    if (len - i > strlen (*d) && memcmp (s + i, *d, strlen (*d)) == 0)
      {
        i += strlen (*d);
        break;
      }
  /* Telegram's copy: "Ann Lee, [28.11.26 10:32]" */
  return i < len && (g_ascii_isdigit (s[i]) || s[i] == '[') && np_text_clock_len (s + i, len - i) == len - i
             ? (gsize) (comma - s)
             : 0;
}

/* Fathom's and others' transcripts put the time first: "0:09 - Ingrid
 * Solberg (Brightline)", "@0:00 - Callum Reid" (a full name: two words
 * or more).  The name's bytes, or 0 */
static gsize
time_first_speaker (const char *c, gsize n, gsize *name)
{
  gsize i = c[0] == '@';
  gsize clock = i < n && g_ascii_isdigit (c[i]) ? np_text_clock_len (c + i, n - i) : 0;
  if (clock == 0)
    return 0;
  i += clock;
  gsize dash = 0;
  if (i + 3 <= n && c[i] == ' ' && c[i + 1] == '-' && c[i + 2] == ' ')
    dash = 3;
  else if (i + 5 <= n && c[i] == ' ' && memcmp (c + i + 1, "\xe2\x80", 2) == 0
           && ((guchar) c[i + 3] == 0x93 || (guchar) c[i + 3] == 0x94) && c[i + 4] == ' ')
    dash = 5;
  if (dash == 0)
    return 0;
  i += dash;
  /* one to four capitalized words, then a company in parentheses at will */
  gsize start = i, end = i;
  guint words = 0;
  while (i < n && c[i] != '(')
    {
      gsize w = i;
      while (i < n && c[i] != ' ')
        i++;
      if ((guchar) c[w] < 0x80 && !g_ascii_isupper (c[w]) && !(words > 0 && np_text_surname_particle (c + w, i - w)))
        return 0;
      words++;
      end = i;
      while (i < n && c[i] == ' ')
        i++;
    }
  /* a full name: an agenda writes "10:30 - Keynote" so too */
  if (words < 2 || words > 4 || (i < n && (c[n - 1] != ')' || memchr (c + i + 1, '(', n - i - 1))))
    return 0;
  *name = start;
  return end - start;
}

gboolean
np_text_speaker_time_line (const char *c, gsize n, gsize *name, gsize *name_len)
{
  gsize first = 0, first_len = n > 6 ? time_first_speaker (c, n, &first) : 0;
  if (first_len)
    {
      if (name)
        *name = first;
      if (name_len)
        *name_len = first_len;
      return TRUE;
    }
  /* "Alice Smith  0:05"; AI note takers' exports also write "Alice Smith
   * - 00:01" and "**Alice Smith** (00:01)": the name in bold, a dash or a
   * bar before the time.  A particle may stand inside the name ("Maria
   * del Carmen Ruiz"), a guest's mark after it ("Sam Whitfield (Guest)"),
   * and one word will do two spaces or more before the time ("Yusuf
   * 3:05", as Teams and Otter align it; an agenda's "Lunch 12:00" has
   * one) */
  gsize i = 0, name_end = 0;
  gboolean bold = n > 4 && (c[0] == '*' || c[0] == '_') && c[1] == c[0];
  if (bold)
    i = 2;
  guint words = 0, gap = 0;
  gboolean separator = FALSE, qualifier = FALSE;
  while (i < n && words <= 4)
    {
      /* the time, and nothing after it */
      if ((words >= 2 || (words == 1 && (bold || separator || gap >= 2))) && np_text_clock_len (c + i, n - i) == n - i)
        break;
      gsize w = i;
      while (i < n && c[i] != ' ')
        i++;
      gsize wn = i - w;
      gboolean dash = (wn == 1 && (c[w] == '-' || c[w] == '|'))
                      || (wn == 2 && (guchar) c[w] == 0xc2 && (guchar) c[w + 1] == 0xb7)          /* · */
                      || (wn == 3 && memcmp (c + w, "\xe2\x80", 2) == 0 && ((guchar) c[w + 2] == 0x93 /* – */
                                                                           || (guchar) c[w + 2] == 0x94)); /* — */
      if (dash)
        {
          if (words == 0 || separator)
            return FALSE;
          separator = TRUE;
        }
      else if (words > 0 && !separator && !qualifier && wn > 2 && c[w] == '(' && c[i - 1] == ')'
               && (g_ascii_isupper (c[w + 1]) || (g_ascii_islower (c[w + 1]) && memchr (c + w, '/', wn))))
        qualifier = TRUE; /* "(Guest)", "(External)", pronouns "(she/her)": no part of the name */
      else
        {
          if (separator || qualifier)
            return FALSE;
          if ((guchar) c[w] < 0x80 && !g_ascii_isupper (c[w]) && !(words > 0 && g_ascii_isdigit (c[w]))
              && !(words > 0 && np_text_surname_particle (c + w, wn)))
            return FALSE;
          /* a number in a name is one ("Speaker 2", "**Speaker 3**");
           * "November 3, 2026, 10:02 AM" is a date */
          if (g_ascii_isdigit (c[w]))
            {
              gsize ke = bold && i - w > 2 && c[i - 1] == c[0] && c[i - 2] == c[0] ? i - 2 : i;
              for (gsize k = w; k < ke; k++)
                if (!g_ascii_isdigit (c[k]))
                  return FALSE;
            }
          words++;
          name_end = i;
          /* the bold name's closing marks end its last word */
          if (bold && wn > 2 && c[i - 1] == c[0] && c[i - 2] == c[0])
            {
              while (i < n && c[i] == ' ')
                i++;
              if (words > 4 || i >= n || np_text_clock_len (c + i, n - i) != n - i)
                return FALSE;
              break;
            }
        }
      gsize spaces = i;
      while (i < n && c[i] == ' ')
        i++;
      gap = i - spaces;
    }
  if (i >= n || words == 0 || words > 4)
    return FALSE;
  if (name)
    *name = 0;
  if (name_len)
    *name_len = name_end;
  return TRUE;
}

/* Does the clock of clock_len bytes at s open with a date in brackets
 * ("[2024-01-12 10:32]", "[12-Jan-24 10:32 AM]", "[1/12/2024 10:32 AM]")? */
static gboolean
bracketed_date (const char *s, gsize clock_len)
{
  const char *space = s[0] == '[' ? memchr (s, ' ', clock_len) : NULL;
  if (space == NULL || !g_ascii_isdigit (space[-1]))
    return FALSE;
  for (const char *p = s + 1; p < space; p++)
    if (*p == '-' || *p == '/' || *p == '.')
      return TRUE;
  return FALSE;
}

gboolean
np_text_chat_sender_line (const char *s, gsize len, gsize *name, gsize *name_len, gboolean *titled_name)
{
  while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
    len--;
  gsize from = 0, to = 0;
  gboolean titled = FALSE;
  gsize clock = len > 6 && (s[0] == '[' || g_ascii_isdigit (s[0])) ? np_text_clock_len (s, len) : 0;
  gsize comma = 0;
  if (clock && clock < len && s[clock] == ' ')
    {
      /* Teams: the clock, then the name to the end of the line;
       * DiscordChatExporter's text: a date and the clock in brackets, then
       * one word, the display name or handle as written ("mei_t") */
      from = skip_blanks (s, len, clock);
      to = len;
      titled = !(bracketed_date (s, clock) && !memchr (s + from, ' ', to - from) && g_ascii_isalnum (s[to - 1]));
    }
  else if ((comma = chat_day_clock_after_comma (s, len)) > 0 && sender_words (s, 0, comma, TRUE) > 0)
    {
      /* Google Chat: the name, a comma, the day at will, the clock */
      to = comma;
      titled = TRUE;
    }
  else
    {
      /* Discord: the name, " — ", the day, the clock ending the line */
      const char *dash = NULL;
      for (gsize k = 1; k + 5 <= len && k < CHAT_NAME_MAX + 1 && !dash; k++)
        if (memcmp (s + k, " \xe2\x80\x94 ", 5) == 0)
          dash = s + k;
      if (dash == NULL)
        return FALSE;
      to = dash - s;
      gsize i = to + 5;
      static const char *const days[] = { "Today at ", "Yesterday at ", NULL };
      gboolean day = FALSE;
      for (const char *const *d = days; *d && !day; d++)
        if (len - i > strlen (*d) && memcmp (s + i, *d, strlen (*d)) == 0)
          i += strlen (*d), day = TRUE;
      if (!day)
        {
          /* a date: digits with '/', '.' or '-', then ',' or a space */
          gsize d0 = i;
          while (i < len && (g_ascii_isdigit (s[i]) || s[i] == '/' || s[i] == '.' || s[i] == '-'))
            i++;
          if (i - d0 < 6 || i >= len)
            return FALSE;
          if (s[i] == ',')
            i++;
          i = skip_blanks (s, len, i);
        }
      if (i >= len || np_text_clock_len (s + i, len - i) != len - i)
        return FALSE;
    }
  if (to <= from || to - from > CHAT_NAME_MAX || sender_words (s, from, to, titled) == 0)
    return FALSE;
  if (name)
    *name = from;
  if (name_len)
    *name_len = to - from;
  if (titled_name)
    *titled_name = titled;
  return TRUE;
}

/* The sender's name ends before " to " (the receiver follows) or at the
 * colon; it is one to six words of at most CHAT_NAME_MAX bytes. */

gsize
np_text_chat_header (const char *s, gsize len, gsize *name, gsize *name_len)
{
  gsize i = np_text_clock_len (s, len);
  if (i == 0 || i >= len || (s[i] != ' ' && s[i] != '\t'))
    return 0;
  i = skip_blanks (s, len, i);
  if (len - i < 6 || memcmp (s + i, "From ", 5) != 0)
    return 0;
  gsize from = skip_blanks (s, len, i + 5);
  const char *colon = memchr (s + from, ':', MIN (len - from, 2 * CHAT_NAME_MAX + 32));
  if (colon == NULL)
    return 0;
  gsize c = colon - s;
  if (c + 1 < len && s[c + 1] != ' ' && s[c + 1] != '\t')
    return 0; /* "From 10:30: ..." or a URL, no header */
  gsize end = c;
  for (gsize k = from; k + 4 <= c; k++)
    if (memcmp (s + k, " to ", 4) == 0)
      {
        end = k;
        break;
      }
  while (end > from && (s[end - 1] == ' ' || s[end - 1] == '\t'))
    end--;
  /* "Rafael Cordeiro (he/him)", "Ann Lee (Acme)": what the display name
   * says after the name in parentheses is no part of it */
  if (end - from > 4 && s[end - 1] == ')')
    {
      gsize open = end - 1;
      while (open > from && s[open] != '(')
        open--;
      if (s[open] == '(' && open > from + 1 && s[open - 1] == ' ')
        for (end = open; end > from && s[end - 1] == ' ';)
          end--;
    }
  if (end == from || end - from > CHAT_NAME_MAX)
    return 0;
  guint words = 1;
  for (gsize k = from; k < end; k++)
    words += s[k] == ' ' && s[k + 1] != ' ';
  if (words > 6)
    return 0;
  if (name)
    *name = from;
  if (name_len)
    *name_len = end - from;
  return skip_blanks (s, len, c + 1);
}

gsize
np_text_matrix_user (const char *s, gsize len, gsize *local_len)
{
  if (len < 4 || s[0] != '@')
    return 0;
  gsize i = 1;
  while (i < len && i <= 64 && (g_ascii_isalnum (s[i]) || strchr ("._=-/+", s[i])) && s[i] != '\0')
    i++;
  if (i == 1 || i > 64 || i >= len || s[i] != ':')
    return 0;
  gsize local = i - 1, host = ++i;
  gboolean dot = FALSE;
  while (i < len && (g_ascii_isalnum (s[i]) || s[i] == '-' || s[i] == '.'))
    dot |= s[i++] == '.';
  gsize host_len = i - host;
  /* "matrix.org", "localhost", at will a port: "example.com:8448" */
  if (host_len == 0 || s[i - 1] == '.' || s[host] == '.' || s[host] == '-'
      || !(dot || (host_len == 9 && g_ascii_strncasecmp (s + host, "localhost", 9) == 0)))
    return 0;
  if (i + 1 < len && s[i] == ':' && g_ascii_isdigit (s[i + 1]))
    for (i++; i < len && g_ascii_isdigit (s[i]); i++)
      ;
  if (local_len)
    *local_len = local;
  return i;
}

gsize
np_text_chat_nick (const char *s, gsize len, gsize *nick, gsize *nick_len)
{
  gsize at = len && s[0] != '<' ? np_text_time_prefix (s, len) : 0;
  if (at + 3 >= len || s[at] != '<')
    return 0;
  gsize i = at + 1;
  const char *close = memchr (s + i, '>', MIN (len - i, 66));
  /* a channel mode ("<@op>"), irssi's "< bob>"; not a Matrix user's '@' */
  if (close && s[i] != '\0' && strchr (" @+%~&", s[i]) && !(s[i] == '@' && memchr (s + i, ':', close - (s + i))))
    i++;
  gsize from = i;
  while (i < len && i - from < 64 && s[i] != '>' && s[i] != ' ' && s[i] != '<')
    i++;
  if (i == from || i >= len || s[i] != '>' || i + 1 >= len || (s[i + 1] != ' ' && s[i + 1] != '\t'))
    return 0;
  if (nick)
    *nick = from;
  if (nick_len)
    *nick_len = i - from;
  i++;
  while (i < len && (s[i] == ' ' || s[i] == '\t'))
    i++;
  return i;
}

gsize
np_text_tab_log_line (const char *s, gsize len, gsize *prefix, gsize *prefix_len)
{
  /* WeeChat's logger writes "2025-03-12 19:00:03\t@alice\thi": the time,
   * a tab, the prefix column, a tab, the message.  Tabs set it apart
   * from a transcript's "10:32 Alice: hi" */
  gsize i = np_text_clock_len (s, len);
  if (i == 0 || i >= len || s[i] != '\t')
    return 0;
  gsize from = ++i;
  const char *tab = memchr (s + from, '\t', MIN (len - from, (gsize) 66));
  if (tab == NULL)
    return 0;
  /* the prefix is one word, aligned with spaces (" *", "  bob") */
  gsize a = from, b = tab - s;
  while (a < b && s[a] == ' ')
    a++;
  while (b > a && s[b - 1] == ' ')
    b--;
  if (memchr (s + a, ' ', b - a))
    return 0;
  if (prefix)
    *prefix = a;
  if (prefix_len)
    *prefix_len = b - a;
  return tab - s + 1;
}

/* A word of a name as a legislature's record prints it, in capitals:
 * letters, apostrophes and hyphens, a capital first, then at most two
 * lower-case letters of a prefix ("McCARTHY", "DeLAURO", "LaHOOD") and
 * capitals only, at least two of them after the prefix (or in all).  Its
 * length, or 0. */
static gsize
capitals_word (const char *s, gsize len)
{
  gsize i = 0;
  guint upper = 0, prefix = 0;
  while (i < len)
    {
      gunichar u;
      gsize step = 1;
      gboolean is_upper, is_lower;
      if ((guchar) s[i] < 0x80)
        {
          u = (guchar) s[i];
          is_upper = g_ascii_isupper (s[i]);
          is_lower = g_ascii_islower (s[i]);
        }
      else
        {
          u = g_utf8_get_char_validated (s + i, len - i);
          if (u == (gunichar) -1 || u == (gunichar) -2)
            break;
          step = g_utf8_next_char (s + i) - (s + i);
          is_upper = g_unichar_isupper (u);
          is_lower = g_unichar_islower (u);
        }
      if (is_upper)
        upper++;
      else if (is_lower)
        {
          /* only right after the first capital: "Mc", "De", "Del" */
          if (upper != 1 || ++prefix > 2)
            return 0;
        }
      else if (i == 0 || (u != '\'' && u != '-' && u != 0x2019))
        break;
      i += step;
    }
  if (upper == 0 || (prefix ? upper < 3 : upper < 2))
    return 0;
  return i;
}

gboolean
np_text_has_ascii_lowercase (const char *s, gsize n)
{
  for (gsize i = 0; i < n; i++)
    if (g_ascii_islower (s[i]))
      return TRUE;
  return FALSE;
}

gsize
np_text_hearing_mark (const char *s, gsize len, gsize *name, gsize *name_len)
{
  if (len < 6 || !g_ascii_isupper (s[0]))
    return 0;
  const char *sp = memchr (s, ' ', MIN (len, 16));
  if (sp == NULL || sp == s)
    return 0;
  gsize tl = sp - s;
  /* the name's first word before the title: most lines that open with a
   * capital are sentences, whose second word is no word in capitals */
  if (tl + 1 >= len || capitals_word (s + tl + 1, len - tl - 1) == 0)
    return 0;
  gboolean the = (tl == 3 && (memcmp (s, "The", 3) == 0 || memcmp (s, "THE", 3) == 0));
  if (!the && !np_text_is_title (s, tl, NULL))
    return 0;
  /* the name: one to three words in capitals ("The" takes one or two:
   * "The CHAIRMAN", "The ACTING CHAIR") */
  gsize i = tl + 1, end = 0;
  guint words = 0;
  while (words < (the ? 2u : 3u) && i < len)
    {
      gsize w = capitals_word (s + i, len - i);
      /* "The" goes with capitals only, of three letters at least */
      if (w == 0 || (the && (w < 3 || np_text_has_ascii_lowercase (s + i, w))))
        break;
      i += w;
      end = i;
      words++;
      if (i + 1 < len && s[i] == ' ' && s[i + 1] != ' ')
        i++;
      else
        break;
    }
  if (words == 0)
    return 0;
  i = end;
  /* the Congressional Record's "The SPEAKER pro tempore.": who presides
   * in the Speaker's stead, named so */
  if (the && len - i > 12 && memcmp (s + i, " pro tempore", 12) == 0)
    end = i += 12;
  /* "Mr. JOHNSON of Georgia.": the member's state, no part of the name */
  if (!the && i + 4 < len && memcmp (s + i, " of ", 4) == 0 && g_ascii_isupper (s[i + 4]))
    {
      i += 4;
      for (guint k = 0; k < 3 && i < len && g_ascii_isupper (s[i]); k++)
        {
          while (i < len && g_ascii_isalpha (s[i]))
            i++;
          if (i + 1 < len && s[i] == ' ' && g_ascii_isupper (s[i + 1]))
            i++;
          else
            break;
        }
    }
  if (i >= len || s[i] != '.')
    return 0;
  i++;
  /* then the speech, or the end of the line (but "The" needs speech) */
  if (i < len && s[i] != ' ' && s[i] != '\t')
    return 0;
  while (i < len && (s[i] == ' ' || s[i] == '\t'))
    i++;
  if (the && i >= len)
    return 0;
  if (name)
    *name = the ? 0 : tl + 1;
  if (name_len)
    *name_len = the ? end : end - (tl + 1);
  return i;
}

gsize
np_text_phone_label (const char *s, gsize len)
{
  gsize i = len > 2 && s[0] == '*' && s[1] == '*' ? 2 : 0, start = i;
  if (i >= len || (s[i] != '+' && !g_ascii_isdigit (s[i])))
    return 0;
  guint digits = 0;
  for (i += s[i] == '+'; i < len && (g_ascii_isdigit (s[i]) || strchr (" -*().", s[i])); i++)
    digits += g_ascii_isdigit (s[i]) || s[i] == '*';
  while (i > start && s[i - 1] == ' ')
    i--;
  if (digits < 7 || i >= len)
    return 0;
  gsize end = i;
  if (s[i] == '*' && i + 2 < len && s[i + 1] == '*' && s[i + 2] == ':')
    i += 2; /* "**+1 415 ...**:" */
  if (s[i] != ':')
    return 0;
  i++;
  if (start == 2 && i + 1 < len && s[i] == '*' && s[i + 1] == '*')
    i += 2; /* "**+1 415 ...:**" */
  return i < len && s[i] == ' ' ? end : 0;
}
