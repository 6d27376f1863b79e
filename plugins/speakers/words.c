/* words.c: names and words, the vocabulary of speaker marks.
 *
 * Matching keys (sp_key), how a piece of text is written (a Title-case
 * name, a lower-case handle, an abbreviation, or no name at all), and the
 * shapes of items with the form of a mark that name nobody: acronyms
 * spelt out ("WASI: WebAssembly System Interface"), issue titles ("util:
 * add ... [#43371]") and link labels ("**Recording**: <url>").  The words
 * that do so (labels, anonymous voices) are in labels.c. */
#include "config.h" /* memmem() */

#include <stdlib.h>
#include <string.h>

#include "speakers.h"

#define NAME_MAX_WORDS 4

/* Transliterations kept past this are dropped all at once. */
#define TRANSLIT_MAX 4096

char *
sp_key (const char *s, gssize len)
{
  return sp_key_cached (NULL, s, len);
}

char *
sp_key_cached (GHashTable *cache, const char *s, gssize len)
{
  gsize n = len < 0 ? strlen (s) : (gsize) len;
  gboolean ascii = TRUE;
  for (gsize i = 0; i < n && ascii; i++)
    ascii = (unsigned char) s[i] < 0x80;
  /* most marks are ASCII: no transliteration needed */
  g_autofree char *translit = NULL;
  const char *known = NULL;
  if (!ascii && cache)
    {
      g_autofree char *text = g_strndup (s, n);
      known = g_hash_table_lookup (cache, text);
      if (known == NULL)
        {
          if (g_hash_table_size (cache) >= TRANSLIT_MAX)
            g_hash_table_remove_all (cache);
          known = np_text_to_ascii (s, n);
          g_hash_table_insert (cache, g_steal_pointer (&text), (gpointer) known);
        }
    }
  else if (!ascii)
    known = translit = np_text_to_ascii (s, n);
  const unsigned char *p = (const unsigned char *) (known ? known : s);
  gsize pn = known ? strlen (known) : n;
  char *key = g_malloc (pn + 1), *k = key;
  for (gsize i = 0; i < pn; i++)
    {
      if (g_ascii_isalnum (p[i]))
        *k++ = sp_lower_ascii (p[i]);
      else if (p[i] >= 0x80) /* letters of scripts np_text_to_ascii keeps */
        *k++ = (char) p[i];
    }
  *k = '\0';
  return key;
}

char *
sp_key_buf (GHashTable *cache, const char *s, gssize len, char *buf, gsize size)
{
  gsize n = len < 0 ? strlen (s) : (gsize) len;
  if (n >= size)
    return sp_key_cached (cache, s, len);
  char *k = buf;
  for (gsize i = 0; i < n; i++)
    {
      unsigned char c = (unsigned char) s[i];
      if (c >= 0x80)
        return sp_key_cached (cache, s, len); /* transliterated */
      if (g_ascii_isalnum (c))
        *k++ = sp_lower_ascii (c);
    }
  *k = '\0';
  return buf;
}

static gboolean
is_space (char c)
{
  /* ' ', '\t' or '\n' as bits of one constant: no branch per test */
  return (guchar) c <= ' ' && ((G_GUINT64_CONSTANT (0x100000600) >> (guchar) c) & 1);
}

static void
trim (const char **s, const char **e)
{
  while (*s < *e && is_space (**s))
    (*s)++;
  while (*e > *s && is_space ((*e)[-1]))
    (*e)--;
}

gboolean
sp_word_in (const char *w, gsize n, const char *const *list)
{
  for (const char *const *x = list; *x; x++)
    if (strlen (*x) == n && memcmp (*x, w, n) == 0)
      return TRUE;
  return FALSE;
}

gsize
sp_before_qualifier (const char *s, gsize n, gsize max_qualifier)
{
  if (n < 5 || s[n - 1] != ')')
    return n;
  const char *open = memchr (s, '(', n);
  if (open == NULL || open < s + 3 || open[-1] != ' ' || (max_qualifier && (gsize) (s + n - open) > max_qualifier))
    return n;
  gsize k = open - s;
  while (k > 0 && s[k - 1] == ' ')
    k--;
  return k;
}

/* Lower-case particles inside Title-case names: "Chris de Almeida". */
gboolean
sp_is_particle (const char *w, gsize n)
{
  static const char *const particles[] = { "de", "da", "di", "du", "van", "von", "der", "den", "del", "la",
                                            "le", "bin", "al", "dos", "das", "ter", "ten", "y", NULL };
  /* every lower-case word of a name asks: the particles are 1-3 letters */
  if (n > 3 || n == 0)
    return FALSE;
  for (const char *const *p = particles; *p; p++)
    if ((*p)[0] == w[0] && strlen (*p) == n && memcmp (*p, w, n) == 0)
      return TRUE;
  return FALSE;
}

typedef enum
{
  WORD_BAD = 0,
  WORD_TITLE,   /* Michael, McDonald, O’Giel */
  WORD_LOWER,   /* cherry */
  WORD_UPPER,   /* JSL */
  WORD_INITIAL, /* K, K., J. */
  WORD_HANDLE,  /* ChALkeR, Fishrock123 */
  WORD_PARTICLE,
} WordClass;

/* "J.", "J.S.", "J.S": initials written together */
static gboolean
is_initials (const char *w, gsize n)
{
  if (n < 2)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    {
      gboolean letter_slot = (i % 2) == 0;
      if (letter_slot ? !g_ascii_isupper (w[i]) : w[i] != '.')
        return FALSE;
    }
  return memchr (w, '.', n) != NULL;
}

/* "B-W", "J-P": the initials of a hyphenated name, each a capital alone */
static gboolean
is_hyphen_initials (const char *w, gsize n)
{
  if (n < 3 || n % 2 == 0)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if ((i % 2) == 0 ? !g_ascii_isupper (w[i]) : w[i] != '-')
      return FALSE;
  return TRUE;
}

/* An issue tracker's key or an advisory's number, a capital and letters,
 * a hyphen and a number: "CVE-2024-1234" (or "Cve-2024-1234", as a name
 * in capitals is read), "KEP-4680", "PROJ-12".  No handle is so written
 * ("jdoe42", "mina-s2" are in lower case). */
static gboolean
is_issue_key (const char *w, gsize n)
{
  if (n < 4 || !g_ascii_isupper (w[0]))
    return FALSE;
  gsize i = 1;
  while (i < n && g_ascii_isalpha (w[i]))
    i++;
  return i >= 2 && i + 1 < n && w[i] == '-' && g_ascii_isdigit (w[i + 1]);
}

/* The class of a word from its counts (both readings below) */
static WordClass
word_class (const char *w, gsize n, guint letters, guint upper, guint lower, guint digits, guint inner_upper,
            gboolean first_upper)
{
  if (w[n - 1] == '.')
    return letters == 1 && upper == 1 ? WORD_INITIAL : WORD_BAD;
  if (letters == 1 && upper == 1 && digits == 0)
    return WORD_INITIAL;
  /* a handle with digits: "jdoe42", and Ruby's "ko1" of two lower-case
   * letters ("Q1", "H2", "ES6" are labels) */
  if (digits > 0)
    return (letters >= 3 && !is_issue_key (w, n)) || (letters == 2 && lower == 2 && digits <= 2) ? WORD_HANDLE
                                                                                               : WORD_BAD;
  if (upper == letters && letters >= 2)
    return letters <= 5 ? WORD_UPPER : WORD_BAD;
  if (lower == letters)
    return sp_is_particle (w, n) ? WORD_PARTICLE : WORD_LOWER;
  if (first_upper && inner_upper <= 1)
    return WORD_TITLE;
  return WORD_HANDLE;
}

/* classify_word() for a word of ASCII bytes, with GLib's table of ASCII
 * classes and no Unicode call (names are mostly ASCII, and every mark's
 * words are classified); -1 at the first byte that is not ASCII */
static int
classify_ascii (const char *w, gsize n)
{
  guint upper = 0, lower = 0, digits = 0, inner_upper = 0;
  guchar prev = 0;
  for (gsize i = 0; i < n; i++)
    {
      guchar c = (guchar) w[i];
      if (c >= 0x80)
        return -1;
      guint16 k = g_ascii_table[c];
      if (k & G_ASCII_UPPER)
        {
          upper++;
          inner_upper += i > 0 && prev != '\'' && prev != '-';
        }
      else if (k & G_ASCII_LOWER)
        lower++;
      else if (i == 0) /* a word opens with a letter */
        return WORD_BAD;
      else if (k & G_ASCII_DIGIT)
        digits++;
      else if (c == '\'' || c == '-' || c == '_')
        {
          if (i + 1 >= n) /* no trailing apostrophe or hyphen */
            return WORD_BAD;
        }
      else if (c != '.' || i + 1 != n) /* "J." only */
        return WORD_BAD;
      prev = c;
    }
  return word_class (w, n, upper + lower, upper, lower, digits, inner_upper, g_ascii_isupper (w[0]));
}

static WordClass
classify_word (const char *w, gsize n)
{
  if (n == 0 || n > 32)
    return WORD_BAD;
  if (is_initials (w, n) || (n >= 3 && w[1] == '-' && is_hyphen_initials (w, n)))
    return WORD_INITIAL;
  int ascii = classify_ascii (w, n);
  if (ascii >= 0)
    return (WordClass) ascii;
  guint letters = 0, upper = 0, lower = 0, digits = 0, inner_upper = 0;
  gboolean first_upper = FALSE;
  const char *end = w + n;
  gunichar first = (guchar) w[0] < 0x80 ? (gunichar) w[0] : g_utf8_get_char_validated (w, n);
  if (first == (gunichar) -1 || first == (gunichar) -2 || !g_unichar_isalpha (first))
    return WORD_BAD;
  gunichar prev = 0;
  for (const char *p = w; p < end; p = (guchar) *p < 0x80 ? p + 1 : g_utf8_next_char (p))
    {
      gunichar u = (guchar) *p < 0x80 ? (gunichar) *p : g_utf8_get_char (p);
      if (u < 0x80)
        {
          /* ASCII: the same classes as below without the Unicode tables */
          if (g_ascii_isupper (u))
            {
              letters++;
              upper++;
              if (p == w)
                first_upper = TRUE;
              else if (prev != '\'' && prev != 0x2019 && prev != '-')
                inner_upper++;
              prev = u;
              continue;
            }
          if (g_ascii_islower (u))
            {
              letters++;
              lower++;
              prev = u;
              continue;
            }
          if (g_ascii_isdigit (u))
            {
              digits++;
              prev = u;
              continue;
            }
        }
      if (g_unichar_isalpha (u))
        {
          letters++;
          if (g_unichar_isupper (u))
            {
              upper++;
              if (p == w)
                first_upper = TRUE;
              else if (prev != '\'' && prev != 0x2019 && prev != '-')
                inner_upper++;
            }
          else if (g_unichar_islower (u))
            lower++;
        }
      else if (g_unichar_ismark (u))
        ;
      else if (g_unichar_isdigit (u))
        digits++;
      else if (u == '\'' || u == 0x2019 || u == '-' || u == '_')
        {
          if (p + 1 >= end) /* no trailing apostrophe or hyphen */
            return WORD_BAD;
        }
      else if (u == '.')
        {
          if (p + 1 != end) /* "J." only */
            return WORD_BAD;
        }
      else
        return WORD_BAD;
      prev = u;
    }
  return word_class (w, n, letters, upper, lower, digits, inner_upper, first_upper);
}

gboolean
sp_title_and_initial (const char *s, gsize len)
{
  if (len > 3 && s[len - 1] == '.')
    len--;
  return len >= 4 && s[len - 2] == ' ' && g_ascii_isupper (s[len - 1]) && np_text_is_title (s, len - 2, NULL);
}

gboolean
sp_verbal_noun (const char *key)
{
  gsize n = strlen (key);
  return n >= 8 && (strcmp (key + n - 4, "tion") == 0 || strcmp (key + n - 4, "sion") == 0);
}

gsize
sp_first_name_and_initial (const char *name)
{
  gsize nl = strlen (name);
  if (nl > 2 && name[nl - 1] == '.')
    nl--;
  if (nl < 4 || nl >= 40)
    return 0;
  /* a hyphenated surname's initials: "Josh B-W" */
  const char *space = memchr (name, ' ', nl);
  if (space && space - name >= 2 && is_hyphen_initials (space + 1, nl - (space + 1 - name)))
    return space - name;
  if (name[nl - 2] != ' ' || !g_ascii_isupper (name[nl - 1]) || memchr (name, ' ', nl - 2))
    return 0;
  return nl - 2;
}

SpCase
sp_name_case (const char *s, gsize len, guint *n_words)
{
  const char *p = s, *e = s + len;
  trim (&p, &e);
  if (n_words)
    *n_words = 0;
  if (p >= e || e - p > 48)
    return SP_CASE_MIXED;
  if (*p == '@')
    p++;
  guint n = 0, title = 0, lowerw = 0, upperw = 0, initial = 0, handle = 0, particle = 0;
  WordClass first = WORD_BAD;
  while (p < e)
    {
      const char *w = p;
      while (p < e && !is_space (*p))
        p++;
      WordClass c = classify_word (w, p - w);
      if (c == WORD_BAD)
        return SP_CASE_MIXED;
      /* "Felix S Klock II": a generation after a name is no word in
       * capitals */
      if (c == WORD_UPPER && n >= 2
          && ((p - w == 2 && (memcmp (w, "II", 2) == 0 || memcmp (w, "IV", 2) == 0))
              || (p - w == 3 && memcmp (w, "III", 3) == 0)))
        c = WORD_TITLE;
      if (n == 0)
        first = c;
      /* more words than a name has: mixed whatever the rest is (the
       * callers read n_words of names only; 0 as for a bad word) */
      if (++n > NAME_MAX_WORDS)
        return SP_CASE_MIXED;
      title += c == WORD_TITLE;
      lowerw += c == WORD_LOWER;
      upperw += c == WORD_UPPER;
      initial += c == WORD_INITIAL;
      handle += c == WORD_HANDLE;
      particle += c == WORD_PARTICLE;
      /* settled before the last word: a name of several words has no word
       * in capitals nor handle, and not both a Title-case and a lower-case
       * word (below); prose that fails so is most of what is asked */
      if (n >= 2 && (upperw || handle || (title && lowerw)))
        return SP_CASE_MIXED;
      while (p < e && is_space (*p))
        p++;
    }
  if (n_words)
    *n_words = n;
  if (n == 0 || n > NAME_MAX_WORDS)
    return SP_CASE_MIXED;
  if (n == 1)
    {
      switch (first)
        {
        case WORD_TITLE:
          return SP_CASE_TITLE;
        case WORD_LOWER:
        case WORD_PARTICLE:
          return s[0] && len >= 2 ? SP_CASE_LOWER : SP_CASE_MIXED;
        case WORD_UPPER:
          return SP_CASE_UPPER;
        case WORD_HANDLE:
          return SP_CASE_HANDLE;
        default:
          return SP_CASE_MIXED;
        }
    }
  if (upperw || handle)
    return SP_CASE_MIXED;
  /* "Chris de Almeida", "Michael K", "J. S. Choi" */
  if (title >= 1 && lowerw == 0 && (first == WORD_TITLE || first == WORD_INITIAL))
    return SP_CASE_TITLE;
  /* a surname with its particles: "van Rossum", "de la Cruz" */
  if (first == WORD_PARTICLE && title >= 1 && lowerw == 0 && initial == 0)
    return SP_CASE_TITLE;
  /* "michael m", "derek parker" */
  if (title == 0 && lowerw + particle >= 1 && (first == WORD_LOWER || first == WORD_PARTICLE))
    return SP_CASE_LOWER;
  return SP_CASE_MIXED;
}


gboolean
sp_is_acronym_definition (const char *abbr, const char *rest, gsize len)
{
  /* The word initials plus inner capitals of the first words spell the
   * abbreviation: "WebAssembly System Interface" -> W A S I. */
  gsize n = strlen (abbr);
  GString *spelled = g_string_new (NULL);
  const char *p = rest, *e = rest + len;
  guint words = 0;
  while (p < e && spelled->len < n && words < n + 2)
    {
      while (p < e && !g_ascii_isalpha (*p))
        p++;
      if (p >= e)
        break;
      g_string_append_c (spelled, g_ascii_toupper (*p));
      p++;
      while (p < e && (g_ascii_isalnum (*p) || *p == '\'' || *p == '-'))
        {
          if (g_ascii_isupper (*p) && spelled->len < n)
            g_string_append_c (spelled, *p);
          p++;
        }
      words++;
    }
  gboolean same = spelled->len == n && g_ascii_strcasecmp (spelled->str, abbr) == 0;
  g_string_free (spelled, TRUE);
  return same;
}

/* Does the text end with an issue's reference, as an issue's or a pull
 * request's title does ("util: add colorText [#43371](...)", "net/http:
 * fix the race (#61405)", "... golang/go#61405")?  Its last word holds
 * one; a speaker citing an issue mid-sentence ("the #1 concern", "we
 * discussed it in #12345 already") does not end so. */
gboolean
sp_ends_with_issue_reference (const char *text, gsize len)
{
  while (len > 0 && (text[len - 1] == ' ' || text[len - 1] == '.'))
    len--;
  gsize start = len;
  while (start > 0 && text[start - 1] != ' ')
    start--;
  return len > start && sp_has_issue_reference (text + start, len - start);
}

gboolean
sp_has_issue_reference (const char *text, gsize len)
{
  if (len < 2)
    return FALSE;
  /* "#123" after a bracket, space, parenthesis, letter or at the start:
   * the '#' lies before the last byte (a digit follows it) */
  const char *end = text + len;
  for (const char *h = memchr (text, '#', len - 1); h; h = h + 1 < end - 1 ? memchr (h + 1, '#', end - 1 - (h + 1)) : NULL)
    if (g_ascii_isdigit (h[1]) && (h == text || h[-1] == '[' || h[-1] == ' ' || h[-1] == '(' || g_ascii_isalpha (h[-1])))
      return TRUE;
  /* ".../issues/..." or ".../pull/...": a '/' with 8 bytes from it on */
  if (len < 8)
    return FALSE;
  const char *last = end - 8; /* the last '/' that may start one */
  for (const char *sl = memchr (text, '/', last - text + 1); sl; sl = sl < last ? memchr (sl + 1, '/', last - sl) : NULL)
    if (memcmp (sl, "/issues/", 8) == 0 || memcmp (sl, "/pull/", 6) == 0)
      return TRUE;
  return FALSE;
}

gboolean
sp_has_issue_link (const char *text, gsize len)
{
  /* "[#1165](": the '[' is 5 bytes or more before the end */
  const char *end = text + len;
  for (const char *b = len >= 5 ? memchr (text, '[', len - 4) : NULL; b;
       b = b + 1 < end - 4 ? memchr (b + 1, '[', end - 4 - (b + 1)) : NULL)
    {
      if (b[1] != '#' || !g_ascii_isdigit (b[2]))
        continue;
      const char *q = b + 2;
      while (q < end && g_ascii_isdigit (*q))
        q++;
      if (q + 1 < end && q[0] == ']' && q[1] == '(')
        return TRUE;
    }
  return FALSE;
}

gboolean
sp_is_link_only (const char *text, gsize len)
{
  const char *p = text, *e = text + len;
  trim (&p, &e);
  if (p >= e)
    return TRUE;
  if (*p == '<')
    {
      const char *close = memchr (p, '>', e - p);
      if (close)
        p = close + 1;
    }
  else if (*p == '[')
    {
      const char *close = memchr (p, ']', e - p);
      if (close && close + 1 < e && close[1] == '(')
        {
          const char *paren = memchr (close, ')', e - close);
          if (paren)
            p = paren + 1;
        }
    }
  else if (e - p >= 4 && (g_str_has_prefix (p, "http") || g_str_has_prefix (p, "www.")))
    {
      while (p < e && !is_space (*p))
        p++;
    }
  trim (&p, &e);
  return p >= e;
}

gboolean
sp_word_is_title (const char *w, gsize n)
{
  /* a title word opens with an upper-case letter (first_upper in
   * classify_word): an ASCII first byte that is not one decides at once */
  if (n == 0 || ((guchar) w[0] < 0x80 && !g_ascii_isupper (w[0])))
    return FALSE;
  return classify_word (w, n) == WORD_TITLE;
}

gboolean
sp_is_upper_run (const char *s, gsize n, gsize min, gsize max)
{
  if (n < min || n > max)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isupper (s[i]))
      return FALSE;
  return TRUE;
}

const char *
sp_find (const char *text, gsize len, const char *needle)
{
  /* g_strstr_len() compares byte by byte at each position; glibc's
   * memmem() skips ahead.  Bounded by the first NUL as g_strstr_len() is. */
  return memmem (text, strnlen (text, len), needle, strlen (needle));
}

gboolean
sp_has_lowercase (const char *s, gsize len)
{
  for (const char *p = s, *e = s + len; p < e;)
    {
      if ((guchar) *p < 0x80)
        {
          if (g_ascii_islower (*p))
            return TRUE;
          p++;
          continue;
        }
      if (g_unichar_islower (g_utf8_get_char_validated (p, e - p)))
        return TRUE;
      p = g_utf8_next_char (p);
    }
  return FALSE;
}

/* Verbs of speech a scribe writes after a name before the colon */
static const char *const speech_verbs[] = {
  "said", "says", "asked", "asks", "noted", "notes", "mentioned", "suggested", "replied", "answered", "added",
  "commented", "explained", "proposed", "responded", "argued", "agreed", "disagreed", "wondered", "clarified",
  "confirmed", "objected", "countered", "remarked", "observed", "stated", "wrote", "shared", "reported", NULL,
};

const char *
sp_before_speech_verb (const char *s, const char *e)
{
  const char *w = e;
  while (w > s && w[-1] != ' ')
    w--;
  gsize n = e - w;
  if (w <= s || n < 4 || n > 9 || !g_ascii_islower (*w))
    return e;
  for (const char *const *v = speech_verbs; *v; v++)
    if (strlen (*v) == n && memcmp (*v, w, n) == 0)
      {
        while (w > s && w[-1] == ' ')
          w--;
        return w;
      }
  return e;
}

gboolean
sp_article_office (const char *name, const char **noun)
{
  /* an article is one to three letters, then a space or an apostrophe */
  gsize n = strlen (name);
  if (n < 3 || !strchr ("TLEIDOAH", name[0])
      || !(name[1] == ' ' || name[2] == ' ' || (n > 3 && name[3] == ' ') || name[1] == '\'' || (guchar) name[1] == 0xe2))
    return FALSE;
  static const char *const articles[] = { "The ", "Le ", "La ", "L'", "L\u2019", "El ", "Il ", "Lo ", "De ", "Der ",
                                          "Die ", "Het ", "O ", "A ", NULL };
  for (const char *const *a = articles; *a; a++)
    {
      gsize an = strlen (*a);
      if (strncmp (name, *a, an) != 0)
        continue;
      const char *w = name + an;
      if (*w == '\0')
        return FALSE;
      /* one word, in lower case */
      for (const char *p = w; *p; p = g_utf8_next_char (p))
        {
          gunichar u = g_utf8_get_char (p);
          if (!g_unichar_islower (u))
            return FALSE;
        }
      if (noun)
        *noun = w;
      return TRUE;
    }
  return FALSE;
}

const char *
sp_before_address (const char *s, const char *e)
{
  /* the last ", " with a house number after it, and at most three words */
  for (const char *q = e - 1; q > s + 1; q--)
    if (q[-1] == ',' && q[0] == ' ')
      {
        const char *t = q + 1;
        if (t >= e || !g_ascii_isdigit (*t))
          return e;
        guint spaces = 0;
        for (const char *x = t; x < e; x++)
          spaces += *x == ' ';
        return spaces >= 1 && spaces <= 3 ? q - 1 : e;
      }
  return e;
}

static int
compare_string (const void *key, const void *entry)
{
  return strcmp (key, *(const char *const *) entry);
}

gboolean
sp_sorted_has (const char *const *list, gsize n, const char *key)
{
  return bsearch (key, list, n, sizeof *list, compare_string) != NULL;
}

gboolean
sp_sorted_strictly (const char *const *list, gsize n)
{
  for (gsize i = 1; i < n; i++)
    if (strcmp (list[i - 1], list[i]) >= 0)
      return FALSE;
  return TRUE;
}

/* Is the text after a mark (n bytes) a date or a time alone, a field's
 * value and no speech: "June 6, 2024", "11. April 2024", "2024-04-13,
 * 10:00"?  Numbers, a few words in Title case (a month, a day), "am"
 * and "pm"; a year, a clock's time or a date in digits among them ("Option
 * 2" is a choice, said). */
gboolean
sp_date_alone (const char *s, gsize n)
{
  guint numbers = 0, words = 0;
  gboolean dated = FALSE;
  gsize i = 0;
  while (i < n)
    {
      while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == ',' || s[i] == '.' || s[i] == '-' || s[i] == '/'))
        i++;
      if (i >= n)
        break;
      gsize w = i;
      while (w < n && s[w] != ' ' && s[w] != '\t' && s[w] != ',')
        w++;
      gsize k = w;
      while (k > i && (s[k - 1] == '.' || s[k - 1] == ':' || s[k - 1] == ';'))
        k--;
      gsize digits = 0, lower = 0;
      for (gsize j = i; j < k; j++)
        {
          digits += g_ascii_isdigit (s[j]) != 0;
          lower += g_ascii_islower (s[j]) != 0;
        }
      gsize len = k - i;
      if (digits > 0 && digits + lower == len && lower <= 2)
        {
          numbers++; /* "2024", "6th", "10am" */
          dated |= len == 4 && digits == 4 && (s[i] == '1' || s[i] == '2');
        }
      else if (digits > 0)
        {
          /* "2024-04-13", "10:00", "11.04.2024": digits and separators */
          for (gsize j = i; j < k; j++)
            if (!g_ascii_isdigit (s[j]) && s[j] != ':' && s[j] != '-' && s[j] != '.' && s[j] != '/')
              return FALSE;
          numbers++;
          dated = TRUE;
        }
      else if (len > 0 && len <= 10 && g_ascii_isupper (s[i]) && lower == len - 1)
        words++; /* "June", "April", "Tuesday" */
      else if (len == 2 && (g_ascii_strncasecmp (s + i, "am", 2) == 0 || g_ascii_strncasecmp (s + i, "pm", 2) == 0))
        ;
      else
        return FALSE;
      if (words > 2 || numbers > 4)
        return FALSE;
      i = w;
    }
  return numbers > 0 && dated;
}
