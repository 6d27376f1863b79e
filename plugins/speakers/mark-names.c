/* mark-names.c: the names a speaker mark holds.
 *
 * A mark's parser (marks.c, marks-colon.c, ...) finds where the names
 * stand; this file reads them: emphasis and handles dropped, spaces
 * tidied, titles of address and honorifics taken off ("Dr. Park",
 * "Tanaka-san"), the case the name is written in (SpCase), and a list of
 * several split ("pjmalloy & michaelm", "DH, AWB", "JHD/PFC").  Each
 * piece's reading is kept in the instance's name cache, since marks
 * repeat from item to item and from one meeting to the next. */
#include "config.h" /* memmem() */

#include <string.h>

#include "marks-private.h"

#include <notepipe/notepipe.h>

/* The bytes of an HTML tag of emphasis at s ("<b>", "<strong>", and
 * their closing "</b>", "</strong>"; "<em>", "<i>"), as Markdown written
 * from a web page keeps them inline; 0 for any other text */
static gsize
html_emphasis (const char *s, const char *e)
{
  static const char *const tags[] = { "<b>", "<strong>", "<em>", "<i>", "</b>", "</strong>", "</em>", "</i>", NULL };
  if (s >= e || *s != '<')
    return 0;
  for (const char *const *t = tags; *t; t++)
    {
      gsize n = strlen (*t);
      if ((gsize) (e - s) >= n && g_ascii_strncasecmp (s, *t, n) == 0)
        return n;
    }
  return 0;
}

/* The bytes of an HTML tag of emphasis ending at e, or 0 */
static gsize
html_emphasis_before (const char *s, const char *e)
{
  if (e - s < 3 || e[-1] != '>')
    return 0;
  const char *open = e - 1;
  while (open > s && e - open <= 9 && *open != '<')
    open--;
  return *open == '<' && html_emphasis (open, e) == (gsize) (e - open) ? (gsize) (e - open) : 0;
}

/* Past the emphasis opening s..e: '*' and '_', HTML's tags of emphasis
 * ("**", "<b>", "</strong>" after a colon) */
const char *
sp_mark_skip_emphasis (const char *s, const char *e)
{
  for (gsize tag = 1; tag; s += tag)
    {
      while (s < e && (*s == '*' || *s == '_'))
        s++;
      tag = s < e && *s == '<' ? html_emphasis (s, e) : 0;
    }
  return s;
}

/* Strip emphasis around a prefix: **Name**, __Name__, *Name*, _Name_,
 * <b>Name</b>, <strong>Name</strong>. */
gboolean
sp_mark_strip_markup (const char **s, const char **e)
{
  const char *past = sp_mark_skip_emphasis (*s, *e);
  gboolean any = past != *s;
  *s = past;
  for (gsize tag = 1; tag;)
    {
      while (*e > *s && ((*e)[-1] == '*' || (*e)[-1] == '_'))
        (*e)--, any = TRUE;
      tag = html_emphasis_before (*s, *e);
      *e -= tag;
      any |= tag > 0;
    }
  trim (s, e);
  return any;
}

/* "Dmitri Volkov @dvolkov", as Node.js's standups write a person: the
 * name before the handle; else e */
static const char *
drop_handle (const char *s, const char *e)
{
  const char *at = e;
  while (at > s && at[-1] != ' ' && at[-1] != '@')
    at--;
  if (at - 2 <= s || at[-1] != '@' || at[-2] != ' ' || at == e || !g_ascii_isalnum (*at))
    return e;
  for (const char *q = at; q < e; q++)
    if (!(g_ascii_isalnum (*q) || *q == '-' || *q == '_' || *q == '.'))
      return e;
  const char *ne = at - 2;
  while (ne > s && ne[-1] == ' ')
    ne--;
  return g_ascii_isalpha (*s) ? ne : e;
}

/* Tidy s..e into out, of size bytes (at least e - s + 1: the callers
 * bound the piece first): spaces trimmed and collapsed, a leading '@'
 * dropped.  Returns the length written. */
gsize
sp_mark_tidy_into (const char *s, const char *e, char *out, gsize size)
{
  if (G_UNLIKELY (size == 0 || s > e || (gsize) (e - s) >= size))
    {
      g_critical ("sp_mark_tidy_into: a piece of %td bytes does not fit %zu", e - s, size);
      if (size)
        out[0] = '\0';
      return 0;
    }
  trim (&s, &e);
  while (s < e && (*s == '@'))
    s++;
  char *o = out;
  gboolean space = FALSE;
  for (const char *p = s; p < e; p++)
    {
      if (is_space (*p))
        {
          space = TRUE;
          continue;
        }
      if (space && o > out)
        *o++ = ' ';
      space = FALSE;
      *o++ = *p;
    }
  *o = '\0';
  return o - out;
}

char *
sp_mark_tidy (const char *s, const char *e)
{
  char *out = g_malloc (e - s + 1);
  sp_mark_tidy_into (s, e, out, e - s + 1);
  return out;
}

/* What a piece of a mark reads as (name_cache's blocks): ok is FALSE
 * when it is no name.  The piece as written (the table's key) follows the
 * struct, then the name as tidied, at name_off. */
typedef struct
{
  guint8 ok;
  guint8 name_case; /* SpCase */
  guint16 name_off;
  char piece[];
} NameReading;

SpStrTable *
sp_name_cache_new (void)
{
  return sp_str_table_new (G_STRUCT_OFFSET (NameReading, piece), g_free);
}

/* Pieces longer than this are not kept (they are no names anyway: a name
 * is at most 48 bytes once tidied). */
#define NAME_PIECE_MAX 95
#define NAME_CACHE_MAX 8192

static gboolean add_name_uncached (SpMark *m, const char *s, const char *e);

gboolean
sp_mark_add_name (SpMark *m, const char *s, const char *e)
{
  if (m->n_names >= SP_MAX_NAMES)
    return FALSE;
  if (m->name_cache == NULL || e - s > NAME_PIECE_MAX || s >= e)
    return add_name_uncached (m, s, e);
  char piece[NAME_PIECE_MAX + 1];
  memcpy (piece, s, e - s);
  piece[e - s] = '\0';
  const NameReading *r = sp_str_table_lookup (m->name_cache, piece);
  if (r == NULL)
    {
      gboolean ok = add_name_uncached (m, s, e);
      const char *name = ok ? m->names[m->n_names - 1] : "";
      gsize pn = e - s, n = strlen (name);
      NameReading *k = g_malloc (sizeof (NameReading) + pn + 1 + n + 1);
      k->ok = ok;
      k->name_case = ok ? m->cases[m->n_names - 1] : SP_CASE_MIXED;
      k->name_off = (guint16) (pn + 1);
      memcpy (k->piece, piece, pn + 1);
      memcpy (k->piece + pn + 1, name, n + 1);
      if (sp_str_table_size (m->name_cache) >= NAME_CACHE_MAX)
        sp_str_table_clear (m->name_cache);
      sp_str_table_insert (m->name_cache, k);
      return ok;
    }
  if (!r->ok)
    return FALSE;
  m->cases[m->n_names] = (SpCase) r->name_case;
  if (m->strings)
    {
      m->borrowed |= 1u << m->n_names;
      m->names[m->n_names++] = g_string_chunk_insert (m->strings, r->piece + r->name_off);
    }
  else
    m->names[m->n_names++] = g_strdup (r->piece + r->name_off);
  return TRUE;
}

/* A title of address or of an office ("Mr.", "DR", "Prof.", "Councillor",
 * "City Manager") opening a name of more words:
 * the bytes it takes with its space, or 0 */
static gsize
address_title (const char *name, gsize n)
{
  const char *sp = memchr (name, ' ', n);
  if (!sp || sp + 1 >= name + n)
    return 0;
  /* an office of two words: "City Manager Nair", "Vice Chair Ito"; of
   * three, "Mayor Pro Tem Hsu", "Public Works Director Kessler" */
  const char *sp2 = memchr (sp + 1, ' ', name + n - sp - 1);
  const char *sp3 = sp2 && sp2 + 1 < name + n ? memchr (sp2 + 1, ' ', name + n - sp2 - 1) : NULL;
  if (sp3 && sp3 + 1 < name + n && np_text_is_title (name, sp3 - name, NULL))
    sp = sp3;
  else if (sp2 && sp2 + 1 < name + n && np_text_is_title (name, sp2 - name, NULL))
    sp = sp2;
  gsize w = sp - name - (sp[-1] == '.');
  /* "MR. BROWN" and "Mr. Brown", not "MS Word": a title in capitals
   * goes with a name in capitals (its second letter, if any) */
  const char *next = sp[2] ? sp + 2 : sp + 1;
  if (g_ascii_isupper (name[1]) && !g_ascii_isupper (*next))
    return 0;
  /* of address or of an office: "Dr. Park", "Councillor Smith", "Cllr
   * Smith" */
  return np_text_is_title (name, w, NULL) ? (gsize) (sp + 1 - name) : 0;
}

/* No lower-case letter and a letter in every word */
static gboolean
in_capitals (const char *name)
{
  if (sp_has_lowercase (name, strlen (name)))
    return FALSE;
  gboolean letter = FALSE;
  for (const char *p = name; *p; p = g_utf8_next_char (p))
    {
      gunichar u = g_utf8_get_char (p);
      if (u == ' ' && !letter)
        return FALSE;
      letter = u != ' ' && (letter || g_unichar_isalpha (u));
    }
  return letter;
}

/* "Mr. Brown" -> "Brown"; a name in capitals is read in title case:
 * "JOHN SMITH" -> "John Smith", "MR. BROWN" -> "Brown", and one word of
 * more letters than an abbreviation has: "INTERVIEWER" -> "Interviewer"
 * (alone, "JSL" stays an abbreviation).  name (NUL-terminated, n bytes,
 * room for 49) is rewritten in place; returns its new length. */
/* Is u a kana or a CJK ideograph? */
static gboolean
is_cjk (gunichar u)
{
  return (u >= 0x3040 && u <= 0x30ff) || (u >= 0x3400 && u <= 0x9fff) || (u >= 0xf900 && u <= 0xfaff);
}

/* "鈴木さん", "田中様", "佐藤先生", "田中PM": a Japanese name with its
 * honorific, or with a role in capitals, is the name (rewritten in place;
 * returns its new length) */
static gsize
drop_honorific (char *name, gsize n)
{
  /* Japanese honorifics and titles ("佐藤部長"); Chinese titles after a
   * surname ("张总", "王经理", "李老师") and verbs of speech after a name
   * ("陈静补充", "刘洋提出") */
  static const char *const honorifics[] = { "さん", "さま", "様", "氏", "君", "くん", "ちゃん", "先生", "殿",
                                            "部長", "課長", "社長", "係長", "室長", "局長", "所長",
                                            "总", "经理", "老师", "主任", "部长", "总监", "女士", "教授",
                                            "博士", "说", "补充", "提出", "表示", "指出", "认为", "回答",
                                            "强调", "建议", NULL };
  if (n < 4 || (guchar) name[0] < 0xe3)
    return n;
  gsize cut = n;
  for (const char *const *h = honorifics; *h && cut == n; h++)
    {
      gsize hn = strlen (*h);
      if (n > hn && memcmp (name + n - hn, *h, hn) == 0)
        cut = n - hn;
    }
  if (cut == n)
    {
      gsize k = n;
      while (k > 0 && g_ascii_isupper (name[k - 1]))
        k--;
      if (n - k >= 2 && n - k <= 4)
        cut = k;
    }
  /* "小刘", "老王": a familiar prefix before a Chinese surname */
  if (cut == n && n == 6 && (memcmp (name, "小", 3) == 0 || memcmp (name, "老", 3) == 0)
      && is_cjk (g_utf8_get_char (name + 3)))
    {
      memmove (name, name + 3, 4);
      return 3;
    }
  if (cut == n || cut == 0)
    return n;
  const char *last = g_utf8_find_prev_char (name, name + cut);
  if (last == NULL || !is_cjk (g_utf8_get_char (last)))
    return n;
  name[cut] = '\0';
  return cut;
}

/* "A.S.", "J.D.W": initials with their stops, two to four, written as
 * the abbreviation "AS", "JDW" (rewritten in place; returns the new
 * length, or n when name is no such thing) */
static gsize
dotted_initials (char *name, gsize n)
{
  if (n < 3 || n > 8 || !g_ascii_isupper (name[0]) || name[1] != '.')
    return n;
  for (gsize i = 0; i < n; i += 2)
    if (!g_ascii_isupper (name[i]) || (i + 1 < n && name[i + 1] != '.'))
      return n;
  gsize k = 0;
  for (gsize i = 0; i < n; i += 2)
    name[k++] = name[i];
  name[k] = '\0';
  return k;
}

/* "Tanaka-san", "Yumi-chan", "Sato-sensei": a name with a Japanese
 * honorific in romaji is the name (rewritten in place; returns its new
 * length) */
static gsize
drop_romaji_honorific (char *name, gsize n)
{
  static const char *const honorifics[] = { "-san", "-sama", "-kun", "-chan", "-sensei", "-senpai", NULL };
  const char *dash = n > 5 ? memchr (name + 2, '-', n - 2) : NULL;
  if (dash == NULL || !g_ascii_isupper (name[0]))
    return n;
  for (const char *const *h = honorifics; *h; h++)
    if ((gsize) (name + n - dash) == strlen (*h) && memcmp (dash, *h, strlen (*h)) == 0)
      {
        gsize k = dash - name;
        name[k] = '\0';
        return k;
      }
  return n;
}

static gsize
plain_name (char *name, gsize n)
{
  n = dotted_initials (name, n);
  n = drop_romaji_honorific (name, n);
  /* "La concejala Torres", "l'assessore Bianchi": the office's holder */
  gsize office = np_text_article_office (name, n);
  if (office)
    {
      memmove (name, name + office, n - office + 1);
      n -= office;
    }
  n = drop_honorific (name, n);
  gsize t = address_title (name, n);
  /* "Hon. Members", a parliament's several members at once: as written
   * (sp_is_anonymous() knows it), no person "Members" */
  if (t && t <= 5 && g_ascii_strncasecmp (name, "hon", 3) == 0
      && (g_ascii_strcasecmp (name + t, "members") == 0 || g_ascii_strcasecmp (name + t, "senators") == 0))
    t = 0;
  /* "Prof. W", "Dr. K.": a title and a surname's initial, kept whole
   * (resolve.c reads it against the roster's surnames) */
  if (t && sp_title_and_initial (name, n))
    t = 0;
  if (t)
    {
      memmove (name, name + t, n - t + 1);
      n -= t;
      /* an office, then a title of address: "Superintendent Dr. Alvarez" */
      gsize t2 = address_title (name, n);
      if (t2)
        {
          memmove (name, name + t2, n - t2 + 1);
          n -= t2;
        }
      /* a title of address before the one word of a post that is a label
       * alone: the chair of a parliament, "Mr Speaker", "Madam Speaker"
       * (the office, as "The Speaker:" writes it) */
      else if (n + 4 <= 48 && !memchr (name, ' ', n) && sp_is_label (name))
        {
          memmove (name + 4, name, n + 1);
          memcpy (name, "The ", 4);
          n += 4;
        }
    }
  if ((!t && !memchr (name, ' ', n) && g_utf8_strlen (name, n) <= SP_ABBREVIATION_MAX) || !in_capitals (name))
    return n;
  GString *out = g_string_sized_new (n + 8);
  gboolean start = TRUE;
  for (const char *p = name; *p; p = g_utf8_next_char (p))
    {
      gunichar u = g_utf8_get_char (p);
      g_string_append_unichar (out, start ? u : g_unichar_tolower (u));
      start = u == ' ' || u == '-' || u == '\'' || u == 0x2019;
    }
  if (out->len <= 48)
    {
      memcpy (name, out->str, out->len + 1);
      n = out->len;
    }
  g_string_free (out, TRUE);
  return n;
}

/* The end of the person's name in a meeting app's display name [s, e):
 * Zoom's for a phone, "Priya's iPhone" (Priya), and a company after a
 * bar, "Lena Hoffmann | Grafana" */
static const char *
display_name_end (const char *s, const char *e)
{
  const char *bar = memchr (s, '|', e - s);
  if (bar && bar > s + 1 && bar[-1] == ' ')
    e = bar - 1;
  static const char *const devices[] = { "iPhone", "iPad", "Android", "Pixel", "Galaxy", "phone", "Phone",
                                         "MacBook", "MacBook Pro", "MacBook Air", "laptop", "Laptop", "PC", NULL };
  /* a device is only read after a possessive: "'s " or "\u2019s "
   * somewhere before the end (its last byte, ' or 0x99, then 's') */
  gboolean possessive = FALSE;
  for (const char *q = s + 1; q + 2 < e && !possessive; q++)
    possessive = q[1] == 's' && q[2] == ' ' && (*q == '\'' || (guchar) *q == 0x99);
  for (const char *const *d = devices; possessive && *d; d++)
    {
      gsize n = strlen (*d);
      const char *at = e - n;
      if (at - s < 4 || memcmp (at, *d, n) != 0 || at[-1] != ' ')
        continue;
      if (at[-2] == 's' && at[-3] == '\'')
        return at - 3;
      if (at - s >= 6 && at[-2] == 's' && memcmp (at - 5, "\xe2\x80\x99", 3) == 0)
        return at - 5;
    }
  return e;
}

static gboolean
add_name_uncached (SpMark *m, const char *s, const char *e)
{
  trim (&s, &e);
  sp_mark_strip_markup (&s, &e);
  e = drop_handle (s, e);
  e = display_name_end (s, e);
  if (e - s > 48 && e - s <= MARK_MAX && m->n_names < SP_MAX_NAMES && np_text_office_of_words (s, e - s))
    {
      /* Hansard's long office alone ("The Parliamentary Under-Secretary
       * of State for Transport:"), whose holder the office with its holder
       * in parentheses named before (parties.c) */
      m->cases[m->n_names] = SP_CASE_TITLE;
      m->names[m->n_names++] = sp_mark_tidy (s, e);
      return TRUE;
    }
  if (s >= e || e - s > 48 || m->n_names >= SP_MAX_NAMES)
    return FALSE;
  /* tidied on the stack: most pieces that fail are never copied */
  char name[49];
  gsize n = plain_name (name, sp_mark_tidy_into (s, e, name, sizeof name));
  guint words;
  SpCase c = sp_name_case (name, n, &words);
  /* "Le président :", "La trésorière :", "El presidente:": an office the
   * roster may name, read as its noun in lower case after a capitalized
   * article (attribute.c takes it only when it resolves) */
  if (c == SP_CASE_MIXED && sp_article_office (name, NULL))
    c = SP_CASE_LOWER;
  /* "Prof. W", kept whole by plain_name() */
  else if (c == SP_CASE_MIXED && sp_title_and_initial (name, n))
    c = SP_CASE_TITLE;
  /* "The Minister for Transport:", "The Secretary of State:": an office
   * its holder speaks as, function words in lower case */
  else if (c == SP_CASE_MIXED && name[0] == 'T' && np_text_office_of_words (name, n))
    c = SP_CASE_TITLE;
  if (c == SP_CASE_MIXED)
    return FALSE;
  /* lower-case names are short and hold no function words: "michael m",
   * "derek parker", but not "have started using node" */
  if (c == SP_CASE_LOWER && words > 1)
    {
      if (words > 3)
        return FALSE;
      char part[49];
      for (const char *w = name; *w;)
        {
          const char *sp = strchr (w, ' ');
          gsize wn = sp ? (gsize) (sp - w) : strlen (w);
          memcpy (part, w, wn);
          part[wn] = '\0';
          if (np_text_is_stopword (part))
            return FALSE;
          w += wn + (sp != NULL);
        }
    }
  m->cases[m->n_names] = c;
  m->names[m->n_names++] = g_strndup (name, n);
  return TRUE;
}

/* Split "pjmalloy & michaelm", "DH, AWB", "JHD/PFC", "Steven, Domenic, James"
 * into names; FALSE if a piece is not name-like. */
/* Is [p, e) the rest of the room after a list of names: "others",
 * "and others", "everyone else", "et al."? */
static gboolean
others_tail (const char *p, const char *e)
{
  static const char *const tails[] = { "others", "all others", "everyone else", "everybody else", "et al",
                                       "the rest", NULL };
  trim (&p, &e);
  if (e > p && e[-1] == '.')
    e--;
  for (const char *const *t = tails; *t; t++)
    if ((gsize) (e - p) == strlen (*t) && g_ascii_strncasecmp (p, *t, e - p) == 0)
      return TRUE;
  return FALSE;
}

gboolean
sp_mark_split_names (SpMark *m, const char *s, const char *e)
{
  /* "The Minister for Housing and Planning", "The Secretary of State for
   * Environment, Food and Rural Affairs": an office, its function words
   * after "The", held by one */
  if (e - s > 12 && memcmp (s, "The ", 4) == 0 && (memmem (s, e - s, " for ", 5) || memmem (s, e - s, " of ", 4)))
    return sp_mark_add_name (m, s, e);
  const char *p = s;
  while (p < e)
    {
      const char *q = p, *next = e;
      while (q < e)
        {
          if (*q == ',' || *q == '&' || *q == '/' || *q == '+' || *q == ';')
            {
              next = q + 1;
              break;
            }
          /* "Ann and Bo", French "JB et Chloé", German "Jörg und Özlem",
           * Spanish "Lucía y Andrés" */
          gsize conj = q + 5 <= e && q > p && memcmp (q, " and ", 5) == 0   ? 5
                       : q + 4 <= e && q > p && memcmp (q, " et ", 4) == 0  ? 4
                       : q + 5 <= e && q > p && memcmp (q, " und ", 5) == 0 ? 5
                       : q + 3 <= e && q > p && memcmp (q, " y ", 3) == 0   ? 3
                                                                             : 0;
          if (conj)
            {
              next = q + conj;
              break;
            }
          q++;
        }
      /* "Tomasz, Oskar, others: +1": the rest of the room, after names */
      if (q == e && m->n_names > 0 && others_tail (p, q))
        break;
      if (!sp_mark_add_name (m, p, q))
        return FALSE;
      p = next;
      if (q == e)
        break;
    }
  return m->n_names > 0;
}
