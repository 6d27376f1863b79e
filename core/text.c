/* text.c: small text helpers shared by the core and plugins (np-text.h):
 * folding, edit distance, transliteration, clock times, a hearing's and a
 * phone's labels.  The lines of chats and transcripts are read in
 * text-chat.c, titles in text-titles.c, names in text-names.c. */
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

/* Do the n bytes at s write a date in digits: "20051107", "2026-11-07",
 * "07.11.2026", "2026.11.7" (a year from 1900 to 2099, a month, a day)? */
static gboolean
digits_date (const char *s, gsize n)
{
  guint v[3] = { 0 }, w[3] = { 0 }, groups = 0;
  for (gsize i = 0; i < n; i++)
    {
      if (g_ascii_isdigit (s[i]))
        {
          if (groups == 0)
            groups = 1;
          if (++w[groups - 1] > 8)
            return FALSE;
          v[groups - 1] = v[groups - 1] * 10 + (guint) (s[i] - '0');
        }
      else if ((s[i] == '-' || s[i] == '.') && groups > 0 && groups < 3 && w[groups - 1] > 0)
        groups++;
      else
        return FALSE;
    }
  if (groups == 1 && w[0] == 8) /* YYYYMMDD */
    {
      v[2] = v[0] % 100;
      v[1] = v[0] / 100 % 100;
      v[0] /= 10000;
      w[0] = 4;
      w[1] = w[2] = 2;
      groups = 3;
    }
  if (groups != 3 || w[1] > 2)
    return FALSE;
  guint year, month, day;
  if (w[0] == 4 && w[2] <= 2)
    year = v[0], month = v[1], day = v[2];
  else if (w[2] == 4 && w[0] <= 2)
    year = v[2], month = v[1], day = v[0];
  else
    return FALSE;
  /* a day before its month too ("11/07" read either way): both at most 31 and one at most 12 */
  return year >= 1900 && year <= 2099 && day >= 1 && month >= 1 && ((month <= 12 && day <= 31) || (day <= 12 && month <= 31));
}

gsize
np_text_date_label (const char *s, gsize len)
{
  gsize i = 0;
  while (i < len && i < 10 && (g_ascii_isdigit (s[i]) || s[i] == '-' || s[i] == '.'))
    i++;
  if (i + 2 > len || s[i] != ':' || s[i + 1] != ' ' || !g_ascii_isdigit (s[0]) || !digits_date (s, i))
    return 0;
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
  /* a dated entry, "2026-11-07: released", "20051107: ...", is no phone */
  if (digits_date (s + start, end - start))
    return 0;
  if (s[i] == '*' && i + 2 < len && s[i + 1] == '*' && s[i + 2] == ':')
    i += 2; /* "**+1 415 ...**:" */
  if (s[i] != ':')
    return 0;
  i++;
  if (start == 2 && i + 1 < len && s[i] == '*' && s[i + 1] == '*')
    i += 2; /* "**+1 415 ...:**" */
  return i < len && s[i] == ' ' ? end : 0;
}
