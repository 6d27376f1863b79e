/* marks.c: the speaker mark an item opens with.
 *
 * Notes mark speech in many hands: "[filippo] ...", "o iant: ...",
 * "**Name**: ...", "JSL (summary): ...", "DH, AWB: ...", "ABC?: ...",
 * "Myles, ...", "Name - ...", "Roland Shoemaker One idea ...", or a line
 * that is nothing but a name and heads the bullets below it.  This file
 * only reads the form: it says which words would be the speaker if the
 * item had one.  Whether it does (a label such as "Note:" has the same
 * form) is decided in attribute.c with the roster and the rest of the
 * document; the vocabulary (what is a name, a label) is in words.c.  The
 * item text is the reader's unwrapped text with bullet markers stripped;
 * code blocks never get here.  The colon form, with its qualifiers and
 * addressees, is read in marks-colon.c, a name with no delimiter in
 * marks-name.c, brackets and parentheses in marks-bracket.c. */
#include "config.h" /* memmem() */

#include <string.h>

#include "marks-private.h"

#include <notepipe/notepipe.h>

/* Strip emphasis around a prefix: **Name**, __Name__, *Name*, _Name_. */
gboolean
sp_mark_strip_markup (const char **s, const char **e)
{
  gboolean any = FALSE;
  while (*s < *e && (**s == '*' || **s == '_'))
    (*s)++, any = TRUE;
  while (*e > *s && ((*e)[-1] == '*' || (*e)[-1] == '_'))
    (*e)--, any = TRUE;
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

/* Tidy s..e into out (room for e - s + 1 bytes): spaces trimmed and
 * collapsed, a leading '@' dropped.  Returns the length written. */
gsize
sp_mark_tidy_into (const char *s, const char *e, char *out)
{
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
  sp_mark_tidy_into (s, e, out);
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
  /* Japanese honorifics; Chinese titles after a surname ("张总", "王经理",
   * "李老师") and verbs of speech after a name ("陈静补充", "刘洋提出") */
  static const char *const honorifics[] = { "さん", "さま", "様", "氏", "君", "くん", "ちゃん", "先生", "殿",
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
  gsize n = plain_name (name, sp_mark_tidy_into (s, e, name));
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

/* Back to an empty mark; the name cache and its strings stay. */
void
sp_mark_reset (SpMark *m)
{
  SpStrTable *cache = m->name_cache;
  GStringChunk *strings = m->strings;
  sp_mark_clear (m);
  memset (m, 0, sizeof *m);
  m->name_cache = cache;
  m->strings = strings;
}

gboolean
sp_mark_finish (SpMark *m, SpForm form, const char *text, const char *raw_start, const char *raw_end, const char *speech)
{
  m->form = form;
  const char *rs = raw_start, *re = raw_end;
  trim (&rs, &re);
  m->raw_start = rs - text;
  m->raw_len = re - rs;
  m->end = speech - text;
  return TRUE;
}

/* The bytes of the dash after the space q when " - ", " -- ", " --- ",
 * " – ", " — ", " -> " or " → " stands at q, or 0 */
static gsize
dash_after_space (const char *q, const char *e)
{
  if (q + 2 < e && q[1] == '-' && q[2] == ' ')
    return 1;
  if (q + 3 < e && q[1] == '-' && q[2] == '-' && (q[3] == ' ' || (q + 4 < e && q[3] == '-' && q[4] == ' ')))
    return q[3] == ' ' ? 2 : 3; /* "--" and "---", a typed dash */
  if (q + 4 < e && (memcmp (q + 1, "\xe2\x80\x93", 3) == 0 || memcmp (q + 1, "\xe2\x80\x94", 3) == 0) && q[4] == ' ')
    return 3;
  /* "James -> lets answer ...": an arrow written for the dash (Node.js
   * TSC minutes), typed or as a glyph */
  return sp_mark_arrow_at (q + 1, e, FALSE);
}

static gboolean
parse_dash (const char *text, const char *p, const char *e, SpMark *m)
{
  const char *limit = MIN (e, p + 48);
  /* The first space q (p < q, q + 2 < limit) followed by " - ", " -- ",
   * " --- ", " – ", " — ", " -> " or " → ": the dashes are rare, so they
   * are looked for (memchr) and the space checked before each, in the
   * order of q. */
  const char *from = p + 2, *end = limit - 1; /* where q + 1 may lie */
  while (from < end)
    {
      const char *minus = memchr (from, '-', end - from);
      const char *lead = memchr (from, 0xe2, (minus ? minus : end) - from); /* first byte of – and — */
      const char *d = lead ? lead : minus;
      if (d == NULL)
        break;
      from = d + 1;
      const char *q = d - 1;
      if (*q != ' ')
        continue;
      gsize dash = dash_after_space (q, e);
      if (!dash)
        continue;
      /* "Rod Vagg (TSC) - ...": a role before the dash */
      const char *ne = q;
      while (ne > p && ne[-1] == ' ')
        ne--;
      gboolean qualified = FALSE;
      if (ne > p && ne[-1] == ')')
        {
          const char *open = ne - 1;
          while (open > p && *open != '(')
            open--;
          if (*open == '(')
            ne = open, qualified = TRUE;
        }
      /* ":mconley — ...": Mozilla writes a nickname after a colon, and
       * chats a handle after an '@' ("@priyanka.r — ...") */
      const char *ns = (p[0] == ':' || p[0] == '@') && g_ascii_isalpha (p[1]) && !memchr (p, ' ', ne - p) ? p + 1 : p;
      /* "FYI from Darius - ...": the voice the label relays */
      ns = sp_mark_from_voice (ns, ne, NULL);
      /* "Mr. Haskins, 22 Elm - ...": a resident and the address */
      ne = sp_before_address (ns, ne);
      while (ne > ns && ne[-1] == ' ')
        ne--;
      /* "??? (didn't catch name, Sycamore Ln) - ...": a voice the
       * scribe did not catch, said of it in parentheses ("??? - check
       * the numbers" may be a question of the scribe's) */
      if (qualified && ne - ns >= 2 && ne - ns <= 4 && strspn (ns, "?") == (gsize) (ne - ns))
        {
          m->anonymous = m->uncertain = TRUE;
          m->names[0] = g_strdup ("?");
          m->n_names = 1;
        }
      else if (!sp_mark_add_dotted_handle (m, p, ne, TRUE) && !sp_mark_add_name (m, ns, ne))
        return FALSE;
      const char *speech = skip_spaces (q + 1 + dash, e);
      if (speech >= e)
        return FALSE;
      return sp_mark_finish (m, SP_FORM_DASH, text, p, q + 1 + dash, speech);
    }
  return FALSE;
}

/* Does [p, end) end in a word that answers, after two words or more
 * ("Russ Cox Yes, vendoring stays": a full name, then "Yes,")? */
static gboolean
ends_with_answer (const char *p, const char *end)
{
  static const char *const answers[] = { "yes",  "no",     "maybe", "well",   "so",       "ok",     "okay",
                                         "sure", "right",  "thanks", "agreed", "actually", "indeed", "exactly",
                                         "true", "correct", "also",  "but",    "and",      "hmm",    NULL };
  const char *w = end;
  while (w > p && w[-1] != ' ')
    w--;
  if (w == p || memchr (p, ' ', w - 1 - p) == NULL)
    return FALSE;
  for (const char *const *a = answers; *a; a++)
    if ((gsize) (end - w) == strlen (*a) && g_ascii_strncasecmp (w, *a, end - w) == 0)
      return TRUE;
  return FALSE;
}

/* "HO; I'm also fine ...": a semicolon struck for the colon right after
 * one word.  Read as a comma is (attribute.c: a roster's person only, in
 * capitals its abbreviation); "Agreed; we ..." names nobody. */
static gboolean
parse_semicolon (const char *text, const char *p, const char *e, SpMark *m)
{
  const char *w = p;
  while (w < e && w - p < 24 && g_ascii_isalpha (*w))
    w++;
  if (w == p || w + 2 >= e || w[0] != ';' || w[1] != ' ' || !g_ascii_isupper (*p))
    return FALSE;
  const char *speech = skip_spaces (w + 1, e);
  if (speech >= e || !sp_mark_add_name (m, p, w))
    return FALSE;
  return sp_mark_finish (m, SP_FORM_COMMA, text, p, w + 1, speech);
}

/* The bytes of a surname's initial at w (" B", " B.") before a space, or 0 */
static gsize
initial_after (const char *w, const char *e)
{
  if (e - w < 4 || w[0] != ' ' || !g_ascii_isupper (w[1]))
    return 0;
  if (w[2] == ' ')
    return 2;
  return w[2] == '.' && w[3] == ' ' ? 3 : 0;
}

static gboolean
parse_comma (const char *text, const char *p, const char *e, SpMark *m)
{
  const char *limit = MIN (e, p + 32);
  const char *comma = memchr (p, ',', limit - p);
  if (comma == NULL)
    return parse_semicolon (text, p, e, m);
  if (comma + 1 >= e || !is_space (comma[1]) || ends_with_answer (p, comma))
    return FALSE;
  if (!sp_mark_add_name (m, p, comma) || m->cases[0] == SP_CASE_UPPER)
    return FALSE;
  /* "Mme Haddad, excusée, a fait savoir ...", "Mrs. Lee, thank you":
   * minutes tell of a titled person, or address one, before a comma */
  const char *sp1 = memchr (p, ' ', comma - p);
  gboolean office = TRUE;
  if (sp1 && ((sp1 - p == 2 && p[0] == 'M' && p[1] == '.') || (np_text_is_title (p, sp1 - p, &office) && !office)))
    return FALSE;
  const char *speech = skip_spaces (comma + 1, e);
  if (speech >= e)
    return FALSE;
  /* "fedor, colin, jeremiah" or "Myles, James, and Bradley will": a list
   * of names, not a speaker; attribute.c checks the next word is a name */
  const char *w = speech;
  while (w < e && !is_space (*w) && *w != ',')
    w++;
  if (w - speech == 3 && memcmp (speech, "and", 3) == 0)
    return FALSE;
  /* "Ines Carvalho, who teaches ...": a relative clause after a full
   * name, a write-up's narration (the Node.js minutes' "Sam, who does it
   * break?" is Sam asking) */
  if (((w - speech == 3 && memcmp (speech, "who", 3) == 0) || (w - speech == 5 && memcmp (speech, "whose", 5) == 0))
      && strchr (m->names[0], ' ') && !memchr (speech, '?', e - speech))
    return FALSE;
  if (w < e && *w == ',')
    m->list_next = g_strndup (speech, w - speech);
  /* "Robert, Steven and TJ also discussed ...", "Kwabena, Michael B and
   * James agreed ...": names joined by "and" (a name with its initial
   * too), the sentence's subject */
  else if (g_ascii_isupper (*speech) && e - w > 6 && memcmp (w + initial_after (w, e), " and ", 5) == 0
           && g_ascii_isupper (w[initial_after (w, e) + 5]))
    return FALSE;
  /* "Ana Souza, Ben Okafor, and Chloe Park reviewed ...": full names one
   * after the other, a summary's subject, not a speaker and the speech */
  else if (m->cases[0] == SP_CASE_TITLE && strchr (m->names[0], ' ') && g_ascii_isupper (*speech))
    {
      const char *q = speech;
      for (guint words = 0; words < 3 && q < e && g_ascii_isupper (*q); words++)
        {
          while (q < e && !is_space (*q) && *q != ',')
            q++;
          if (q < e && *q == ',')
            return FALSE;
          q = skip_spaces (q, e);
          if (e - q > 4 && memcmp (q, "and ", 4) == 0 && words >= 1)
            return FALSE;
        }
    }
  return sp_mark_finish (m, SP_FORM_COMMA, text, p, comma + 1, speech);
}

/* An outliner's link to a person's page as the mark (Obsidian, Logseq,
 * Roam): "[[Carol Nguyen]]: ...", "**[[Alice Smith]]** - ...", and
 * "[[Carol Nguyen|Carol]]: ..." (the page's name, not the alias shown);
 * a colon or a dash after it */
static gboolean
parse_wiki (const char *text, const char *p, const char *e, SpMark *m)
{
  const char *q = p;
  char emphasis = 0;
  if (e - q > 2 && (q[0] == '*' || q[0] == '_') && q[1] == q[0])
    emphasis = q[0], q += 2;
  if (e - q < 6 || q[0] != '[' || q[1] != '[')
    return FALSE;
  const char *s = q + 2, *close = s;
  while (close + 1 < e && close - s <= 48 && !(close[0] == ']' && close[1] == ']'))
    close++;
  if (close + 1 >= e || close - s > 48 || close == s)
    return FALSE;
  const char *name_end = memchr (s, '|', close - s);
  const char *after = close + 2;
  if (emphasis)
    {
      if (e - after < 2 || after[0] != emphasis || after[1] != emphasis)
        return FALSE;
      after += 2;
    }
  SpForm form;
  const char *speech;
  if (after < e && *after == ':')
    {
      form = SP_FORM_COLON;
      speech = skip_spaces (++after, e);
      if (speech == after || speech >= e)
        return FALSE;
    }
  else
    {
      /* a dash after the link, as parse_dash reads one */
      const char *d = skip_spaces (after, e);
      gsize dash = d > after ? dash_after_space (d - 1, e) : 0;
      form = SP_FORM_DASH;
      /* an outliner's block opening with the person's page and the
       * words, no delimiter ("[[Bilal]] hotfix, the fix is ...", Logseq,
       * Roam): a person of the roster only (attribute.c) */
      if (dash == 0 && d == after + 1 && d < e && (g_ascii_isalpha (*d) || (guchar) *d >= 0x80) && !emphasis)
        m->undelimited = TRUE;
      else if (dash == 0)
        return FALSE;
      after = m->undelimited ? after : d + dash;
      speech = skip_spaces (after, e);
      if (speech >= e)
        return FALSE;
    }
  if (!sp_mark_add_name (m, s, name_end ? name_end : close))
    return FALSE;
  m->bold = emphasis != 0;
  m->wiki = TRUE;
  return sp_mark_finish (m, form, text, p, after, speech);
}

static gboolean
parse_at (const char *text, const char *p, const char *e, SpMark *m, gboolean heads_items)
{
  typedef gboolean (*Parser) (const char *, const char *, const char *, SpMark *);
  /* the first byte a parser's mark may open with: most parsers refuse
   * any other at once, so an item is not offered to them at all */
  enum
  {
    OPEN_BRACKET = 1 << 0, /* '[' */
    OPEN_EMPHASIS = 1 << 1, /* '*', '_' */
    OPEN_ANGLE = 1 << 2,   /* '<' */
    OPEN_PAREN = 1 << 3,   /* '(' */
    OPEN_OTHER = 1 << 4,
    OPEN_ANY = 0x1f
  };
  static const struct
  {
    Parser parse;
    guint8 opens;
  } parsers[] = {
    { sp_mark_parse_meetbot, OPEN_ANY },   { parse_wiki, OPEN_BRACKET | OPEN_EMPHASIS },
    { sp_mark_parse_bracket, OPEN_BRACKET }, { sp_mark_parse_link, OPEN_BRACKET },
    { sp_mark_parse_angle, OPEN_ANGLE },   { sp_mark_parse_paren, OPEN_PAREN },
    { sp_mark_parse_hearing, OPEN_ANY },   { sp_mark_parse_colon, OPEN_ANY },
    { parse_dash, OPEN_ANY },              { parse_comma, OPEN_ANY },
    { sp_mark_parse_bold_name, OPEN_EMPHASIS }, { sp_mark_parse_name, OPEN_ANY },
    { sp_mark_parse_bare, OPEN_ANY },
  };
  guint8 opens = *p == '[' ? OPEN_BRACKET
                 : *p == '*' || *p == '_' ? OPEN_EMPHASIS
                 : *p == '<' ? OPEN_ANGLE
                 : *p == '(' ? OPEN_PAREN
                             : OPEN_OTHER;
  /* a bare name only counts when it heads sub-bullets */
  guint n = heads_items ? G_N_ELEMENTS (parsers) : G_N_ELEMENTS (parsers) - 1;
  for (guint i = 0; i < n; i++)
    {
      /* skipped, the mark is as a refusal leaves it: the first parser
       * (offered every item) has cleared it */
      if (!(parsers[i].opens & opens))
        continue;
      if (parsers[i].parse (text, p, e, m))
        return TRUE;
      if (m->n_names || m->name3 || m->affiliation || m->list_next || m->addressee || m->office)
        sp_mark_reset (m);
      else
        /* no name was kept: the pointers after the scalars are all NULL
         * still, and only the scalars need clearing */
        memset (m, 0, G_STRUCT_OFFSET (SpMark, names));
    }
  return FALSE;
}

gboolean
sp_mark_parse (const char *text, gsize len, gboolean heads_items, SpMark *m)
{
  return sp_mark_parse_cached (text, len, heads_items, m, NULL, NULL, NULL);
}

void
sp_mark_set_name (SpMark *m, guint k, char *name)
{
  if (!(m->borrowed & (1u << k)))
    g_free (m->names[k]);
  m->borrowed &= ~(1u << k);
  m->names[k] = name;
}

/* A vote's label: "Vote:", "Votes:", "Voting:", "Vote on ...:", "Vote
 * for ...:" (not "Votes so far in the issue: ...", a report) */
static gboolean
vote_label (const char *p, const char *e)
{
  static const char *const labels[] = { "vote:", "votes:", "voting:", "vote on ", "vote for ", NULL };
  for (const char *const *l = labels; *l; l++)
    if ((gsize) (e - p) > strlen (*l) && g_ascii_strncasecmp (p, *l, strlen (*l)) == 0)
      return TRUE;
  return FALSE;
}

/* Is p..e three words in Title case and nothing else? */
static gboolean
three_words_alone (const char *p, const char *e)
{
  guint words = 0;
  for (const char *q = p; q < e; q++)
    if (q == p || q[-1] == ' ')
      {
        if (*q == ' ' || !g_ascii_isupper (*q) || ++words > 3)
          return FALSE;
      }
    else if (!g_ascii_isalpha (*q) && *q != ' ' && *q != '-' && *q != '\'')
      return FALSE;
  return words == 3;
}

gboolean
sp_mark_parse_uncached (const char *text, gsize len, gboolean heads_items, SpMark *m)
{
  const char *p = text, *e = text + len;
  p = skip_spaces (p, e);
  if (p >= e)
    return FALSE;
  /* Remnants of list glyphs the reader kept as text ("o [filippo] ...",
   * ". USA: ..." in some transcripts) are skipped when a mark follows. */
  if (e - p > 2 && (p[0] == 'o' || p[0] == 'O' || p[0] == '.' || p[0] == '-' || p[0] == '*') && p[1] == ' ')
    {
      const char *q = skip_spaces (p + 2, e);
      if (q < e && (sp_mark_parse_bracket (text, q, e, m) || (sp_mark_reset (m), sp_mark_parse_colon (text, q, e, m))))
        return TRUE;
      sp_mark_reset (m);
    }
  /* a saved chat's "10:32:05 From Alice Smith to Everyone: ..." reads as
   * "[10:32:05] Alice Smith: ..." */
  gsize name, name_len, header;
  if (g_ascii_isdigit (*p) && (header = np_text_chat_header (p, e - p, &name, &name_len)) > 0)
    {
      if (sp_mark_add_name (m, p + name, p + name + name_len))
        {
          m->timed = TRUE;
          m->chat = TRUE;
          return sp_mark_finish (m, SP_FORM_COLON, text, p + name, p + name + name_len, p + header);
        }
      sp_mark_reset (m);
    }
  if (*p == '[')
    {
      if (sp_mark_floor_bracket (text, p, e, m))
        return TRUE;
      sp_mark_reset (m);
    }
  /* "A: [kr] probably, ...": the floor's label, then a bracket mark (or
   * a name in parentheses) */
  else if (strchr ("QqAaMmCc", *p))
    {
      const char *colon = memchr (p, ':', MIN (e - p, 13));
      if (colon && colon + 2 < e && colon[1] == ' ' && colon[2] == '[' && sp_mark_is_floor_label (p, colon))
        {
          if (sp_mark_parse_bracket (text, colon + 2, e, m))
            return TRUE;
          sp_mark_reset (m);
        }
      /* "A: (Michael) hopefully, ...": the same with the name in
       * parentheses, a speaker as "(Michael) ..." is */
      else if (colon && colon + 2 < e && colon[1] == ' ' && colon[2] == '(' && sp_mark_is_floor_label (p, colon))
        {
          if (sp_mark_parse_paren (text, colon + 2, e, m))
            return TRUE;
          sp_mark_reset (m);
        }
    }
  /* "Vote on the cadence: Gabriel +1, Ksenia +1, Tobias 0", "Votes:
   * ...": a vote's label before its voters, who are the line's speakers */
  else if ((*p == 'V' || *p == 'v') && e - p > 8 && vote_label (p, e))
    {
      const char *colon = memchr (p, ':', MIN (e - p, 80));
      const char *q = colon ? skip_spaces (colon + 1, e) : NULL;
      if (q && q > colon + 1 && q < e && sp_mark_parse_votes (text, q, e, m))
        return TRUE;
      sp_mark_reset (m);
    }
  /* "+1 --olga", "+1 (Felix)": a vote, then who signs it */
  else if ((*p == '+' || *p == '-') && e - p > 4)
    {
      if (sp_mark_parse_signed_vote (text, p, e, m))
        return TRUE;
      sp_mark_reset (m);
    }
  /* "• ", and a dash ("— ", "– ") opening a list item's text */
  if (e - p > 4 && p[0] == '\xe2' && p[1] == '\x80' && (p[2] == '\xa2' || p[2] == '\x94' || p[2] == '\x93') && p[3] == ' ')
    {
      const char *q = skip_spaces (p + 4, e);
      if (q < e && (sp_mark_parse_bracket (text, q, e, m) || (sp_mark_reset (m), sp_mark_parse_colon (text, q, e, m))))
        return TRUE;
      sp_mark_reset (m);
    }
  /* "- Ian Lance Taylor" over the points he made: a name of three words
   * alone heads them, no "Ian Lance" saying "Taylor" (the full-name
   * parser's reading, asked before the bare name's) */
  /* ... as does a mail's attribution line over its quote ("On Tue, Lena
   * Fischer wrote:"), no "On Tue" saying the rest */
  if (heads_items && *p == 'O' && sp_mail_attribution_shape (p, e - p))
    {
      if (sp_mark_parse_bare (text, p, e, m))
        return TRUE;
      sp_mark_reset (m);
    }
  if (heads_items && e - p <= 48 && three_words_alone (p, e))
    {
      if (sp_mark_parse_bare (text, p, e, m))
        return TRUE;
      sp_mark_reset (m);
    }
  return parse_at (text, p, e, m, heads_items);
}

void
sp_mark_clear (SpMark *m)
{
  /* sp_mark_set_name (m, i, NULL) for each name, without a call per
   * empty or borrowed one */
  for (guint i = 0; i < SP_MAX_NAMES; i++)
    {
      if (m->names[i] && !(m->borrowed & (1u << i)))
        g_free (m->names[i]);
      m->names[i] = NULL;
    }
  m->borrowed = 0;
  g_clear_pointer (&m->name3, g_free);
  g_clear_pointer (&m->affiliation, g_free);
  g_clear_pointer (&m->list_next, g_free);
  g_clear_pointer (&m->addressee, g_free);
  g_clear_pointer (&m->office, g_free);
  m->n_names = 0;
  m->form = SP_FORM_NONE;
}
