/* marks-records.c: the marks records and logs write: a hearing's record
 * ("Mr. NADLER. ..."), MeetBot's minutes with the mark after the speech
 * ("text  (nick, 16:03:01)"), a signature at a mailed paragraph's end
 * ("... yet. (JD)") or a retro's sticky's ("... (JK, SB) +3", "... --
 * rafael"), and a link to the person as the mark
 * ("[Matteo Collina](https://github.com/mcollina): ..."). */
#include <string.h>

#include "marks-private.h"

#include <notepipe/notepipe.h>

/* A name in a hearing's capitals in Title case, its prefix kept:
 * "JACKSON LEE" -> "Jackson Lee", "McCARTHY" -> "McCarthy", "DeLAURO" ->
 * "DeLauro", "DIAZ-BALART" -> "Diaz-Balart", "The CHAIRMAN" -> "The
 * Chairman".  out has room for 4n + 1 bytes. */
static void
hearing_case (const char *s, gsize n, char *out)
{
  char *o = out;
  gboolean start = TRUE, prefix = FALSE; /* prefix: in a word's lower-case letters after its first */
  for (const char *p = s; p < s + n; p = g_utf8_next_char (p))
    {
      gunichar u = g_utf8_get_char (p);
      if (start) /* the word's first letter, a capital ("The Speaker Pro Tempore") */
        start = FALSE, prefix = TRUE, u = g_unichar_toupper (u);
      else if (u == ' ' || u == '-' || u == '\'' || u == 0x2019)
        start = TRUE;
      else if (prefix && g_unichar_islower (u))
        ; /* "Mc", "De": the prefix stays */
      else
        {
          /* the rest in lower case, but the capital after a prefix
           * ("McC") */
          if (!(prefix && g_unichar_islower (g_utf8_get_char (g_utf8_prev_char (p)))))
            u = g_unichar_tolower (u);
          prefix = FALSE;
        }
      o += g_unichar_to_utf8 (u, o);
    }
  *o = '\0';
}

/* A hearing's record (the US Congressional Record, committee hearings):
 * "Mr. NADLER. Thank you.", "Ms. JACKSON LEE. Will the gentleman yield?",
 * "The CHAIRMAN. So ordered." (np_text_hearing_mark).  The name is read
 * in Title case ("Nadler", "The Chairman"), without its title. */
gboolean
sp_mark_parse_hearing (const char *text, const char *p, const char *e, SpMark *m)
{
  gsize name, name_len;
  gsize n = g_ascii_isupper (*p) ? np_text_hearing_mark (p, e - p, &name, &name_len) : 0;
  if (n == 0 || p + n >= e || name_len > MARK_MAX)
    return FALSE;
  char titled[4 * MARK_MAX + 1];
  hearing_case (p + name, name_len, titled);
  if (!sp_mark_add_name (m, titled, titled + strlen (titled)))
    return FALSE;
  m->hearing = TRUE;
  /* the mention is the mark up to its period */
  const char *ne = p + name + name_len;
  const char *period = memchr (ne, '.', (p + n) - ne);
  return sp_mark_finish (m, SP_FORM_COLON, text, p, period ? period + 1 : p + n, p + n);
}

/* A character of an IRC nick (RFC 2812's, and '.') */
static inline gboolean
nick_char (char c)
{
  return g_ascii_isalnum (c) || strchr ("_-[]\\^{}|`.", c) != NULL;
}

gboolean
sp_meetbot_tail (const char *text, const char *e, const char **open, const char **nick, const char **nick_end)
{
  while (e > text && is_space (e[-1]))
    e--;
  if (e - text < 12 || e[-1] != ')')
    return FALSE;
  /* backwards: the clock, ", ", the nick, '(' with a blank before it */
  const char *close = e - 1, *t = close;
  while (t > text && (g_ascii_isdigit (t[-1]) || t[-1] == ':'))
    t--;
  if (!sp_is_clock (t, close) || t - text < 4 || !is_space (t[-1]))
    return FALSE;
  /* MeetBot wraps its lines at 80 columns, there too: "(gibi,\n 16:03:01)" */
  const char *comma = t - 1;
  while (comma > text && is_space (comma[-1]))
    comma--;
  if (comma == text || comma[-1] != ',')
    return FALSE;
  t = comma + 1;
  const char *ne = t - 2, *ns = ne;
  while (ns > text && ne - ns < 32 && nick_char (ns[-1]))
    ns--;
  /* Matrix's meeting bot names a user: "(@zbyn:fedora.im, 17:21:40)",
   * whose nick is the part between '@' and ':' */
  if (ns > text + 1 && ns[-1] == ':' && ns < ne)
    {
      const char *server = ns, *local = ns - 1;
      while (local > text && server - local < 32 && nick_char (local[-1]))
        local--;
      if (local > text + 2 && local[-1] == '@' && local < server - 1)
        {
          ne = server - 1;
          ns = local - 1; /* the '@', which the nick's reading drops */
        }
    }
  if (ns == ne || ns - text < 2 || ns[-1] != '(' || !is_space (ns[-2]))
    return FALSE;
  if (open)
    *open = ns - 1;
  if (nick)
    *nick = ns;
  if (nick_end)
    *nick_end = ne;
  return TRUE;
}

/* MeetBot's minutes (OpenStack, Fedora, Debian meetings on IRC): each
 * line of the summary ends with who said it and when, "* we cut the
 * release on Thursday  (bauzas, 16:12:45)": the nick, after the speech.
 * The bot wrote it, so it names a speaker whoever it is. */
gboolean
sp_mark_parse_meetbot (const char *text, const char *p, const char *e, SpMark *m)
{
  const char *open, *ns, *ne;
  if (e - p < 12 || !sp_maybe_meetbot (p, e) || !sp_meetbot_tail (p, e, &open, &ns, &ne))
    return FALSE;
  const char *before = open;
  while (before > p && is_space (before[-1]))
    before--;
  if (before == p || !sp_mark_add_name (m, ns, ne))
    return FALSE;
  m->meetbot = TRUE;
  const char *close = memchr (ne, ')', e - ne);
  return sp_mark_finish (m, SP_FORM_COLON, text, open, close + 1, p);
}

/* Minutes mailed as prose end a paragraph with whom it reports, in
 * parentheses after the sentence: "... not signed off on the aggregates
 * yet. (JD)" (np_text_closing_initials()), and an etherpad's lines with
 * who wrote them, "... from users (tkajiura)"; attribute.c takes them
 * when the roster knows them and two paragraphs or more end so. */
/* An etherpad's signature at the end of a line, "... found out from
 * users (tkajiura)": a nick in lower case in parentheses after eight
 * bytes or more of text; where the '(' stands, *n the nick's bytes, or 0 */
static gsize
closing_nick (const char *text, gsize len, gsize *n)
{
  const char *e = text + len;
  while (e > text && e[-1] == ' ')
    e--;
  /* in brackets, who asked a question ("Q: will this be opt-out?
   * [vmorales]", a summit's pad): only after a question's label, where a
   * task's "[done]" never stands */
  gboolean bracket = e - text >= 12 && e[-1] == ']' && (text[0] == 'Q' || text[0] == 'q')
                     && (text[1] == ':' || text[1] == '.' || g_ascii_strncasecmp (text, "question:", 9) == 0);
  if (e - text < 12 || (e[-1] != ')' && !bracket))
    return 0;
  const char *close = e - 1, *ns = close;
  while (ns > text && (g_ascii_islower (ns[-1]) || g_ascii_isdigit (ns[-1]) || ns[-1] == '_' || ns[-1] == '-'))
    ns--;
  *n = close - ns;
  if (*n < 3 || *n > 24 || !g_ascii_islower (*ns) || ns - text < 10 || ns[-1] != (bracket ? '[' : '(')
      || ns[-2] != ' ')
    return 0;
  /* a chat's marks of a message, "(edited)", "(deleted)": no writer */
  static const char *const marks[] = { "edited", "deleted", "pinned", "updated", "removed", NULL };
  for (const char *const *x = marks; *x; x++)
    if (strlen (*x) == *n && memcmp (*x, ns, *n) == 0)
      return 0;
  return ns - 1 - text;
}

/* One word of a signature: initials "JK", a nick "mo", "rafael", or a
 * capitalised word "Ilse" (letters, digits, '_', '-', '.'; 2 to 24
 * bytes) */
static gboolean
signature_word (const char *s, const char *e)
{
  if (e - s < 2 || e - s > 24 || !g_ascii_isalpha (*s))
    return FALSE;
  for (const char *p = s + 1; p < e; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '-' && *p != '.')
      return FALSE;
  return e[-1] != '.' && e[-1] != '-';
}

/* A signature's name: one word, or two capitalised ("Ilse Verhoeven") */
static gboolean
signature_name (const char *s, const char *e)
{
  const char *sp = memchr (s, ' ', e - s);
  if (sp == NULL)
    return signature_word (s, e);
  return g_ascii_isupper (*s) && g_ascii_isupper (sp[1]) && signature_word (s, sp) && signature_word (sp + 1, e);
}

/* Is [s, e) a dash written between words: "-", "--", "–", "—" */
static gboolean
word_dash (const char *s, const char *e)
{
  gsize n = e - s;
  return (n == 1 && *s == '-') || (n == 2 && s[0] == '-' && s[1] == '-')
         || (n == 3 && (memcmp (s, "\xe2\x80\x93", 3) == 0 || memcmp (s, "\xe2\x80\x94", 3) == 0));
}

/* Does the text before a signature read as a remark, not as a name of
 * its own ("Jonas Keller (JK)" in a list of those present): a word that
 * starts in lower case, or five words */
static gboolean
remark_before (const char *s, const char *e)
{
  guint words = 0;
  for (const char *p = s; p < e; p++)
    if ((p == s || p[-1] == ' ') && (g_ascii_islower (*p) || ++words >= 5))
      return TRUE;
  return FALSE;
}

/* Does the text open with a task's verb, "Send the draft to Legal (JD)",
 * "follow up with infra (mo)"?  A task's owner stands at its end, not
 * whoever wrote it */
static gboolean
opens_with_task_verb (const char *s, const char *e)
{
  static const char *const verbs[] = { "add",     "ask",      "book",    "call",     "check",   "circulate",
                                       "collect", "confirm",  "contact", "create",   "document", "draft",
                                       "email",   "file",     "find",    "fix",      "follow",  "get",
                                       "investigate", "look", "make",    "merge",    "move",    "organise",
                                       "organize", "ping",    "plan",    "prepare",  "propose", "publish",
                                       "reach",   "remove",   "review",  "schedule", "send",    "set",
                                       "share",   "sync",     "talk",    "update",   "write",   NULL };
  const char *we = s;
  while (we < e && g_ascii_isalpha (*we))
    we++;
  gsize n = we - s;
  if (n < 3 || we >= e || *we != ' ')
    return FALSE;
  for (const char *const *v = verbs; *v; v++)
    if (strlen (*v) == n && g_ascii_strncasecmp (*v, s, n) == 0)
      return TRUE;
  return FALSE;
}

/* A signature found: the remark ends at rest, the names are [ns, ne) */
typedef struct
{
  const char *rest, *ns, *ne;
  gboolean paren;
} Signature;

/* What [s, e) is, whole: no quotation (0), a quotation of speech (1:
 * "\"...\"", "\u201c...\u201d" with a sentence's end inside or words
 * mostly in lower case; the signature after it is who said it), or a
 * title quoted (-1: a talk's with its speaker, "\u201cGenerics in
 * Go\u201d \u2014 Robert") */
static int
quotation (const char *s, const char *e)
{
  while (e > s && e[-1] == ' ')
    e--;
  if (e - s < 8)
    return 0;
  if (*s == '"' && e[-1] == '"')
    s++, e--;
  else if (memcmp (s, "\xe2\x80\x9c", 3) == 0 && memcmp (e - 3, "\xe2\x80\x9d", 3) == 0)
    s += 3, e -= 3;
  else
    return 0;
  if (e > s && (e[-1] == '.' || e[-1] == '!' || e[-1] == '?'))
    return 1;
  guint words = 0, lower = 0;
  for (const char *p = s; p < e; p++)
    if (p == s || p[-1] == ' ')
      {
        words++;
        lower += g_ascii_islower (*p) != 0;
      }
  return words >= 3 && 2 * lower > words ? 1 : -1;
}

/* A retro's sticky or a comment signed at its end: "... this quarter
 * (JK)", "(JK, SB)", "(Ilse)", "... worked -- rafael", "— Ilse", with
 * a dot-vote count after it ("(KA) +3") */
static gboolean
signature (const char *text, gsize len, Signature *sig)
{
  const char *e = text + len;
  while (e > text && e[-1] == ' ')
    e--;
  /* " +3", " (+3)": the votes the sticky got */
  gboolean in_parens = e - text > 5 && e[-1] == ')';
  const char *digits_end = e - in_parens, *v = digits_end;
  while (v > text && g_ascii_isdigit (v[-1]))
    v--;
  /* the '+' before the digits, and the '(' before it in parentheses */
  const char *count_open = v - 1 - in_parens;
  if (v < digits_end && digits_end - v <= 2 && count_open - text > 2 && v[-1] == '+' && (!in_parens || *count_open == '(')
      && count_open[-1] == ' ')
    for (e = count_open - 1; e > text && e[-1] == ' ';)
      e--;
  if (e - text < 12)
    return FALSE;
  const char *ns, *ne;
  sig->paren = e[-1] == ')';
  if (sig->paren)
    {
      /* up to four words of names and separators in 32 bytes */
      ne = e - 1;
      const char *from = ne - text > 32 ? ne - 32 : text;
      const char *open = NULL; /* the last '(' there */
      for (const char *q = memchr (from, '(', ne - from); q; q = memchr (q + 1, '(', ne - q - 1))
        open = q;
      if (open == NULL)
        return FALSE;
      ns = open + 1;
      guint spaces = 0;
      for (const char *p = ns; p < ne; p++)
        if ((*p == ' ' && ++spaces > 3)
            || !(g_ascii_isalnum (*p) || *p == ' ' || *p == ',' || *p == '&' || *p == '/' || *p == '_' || *p == '-'
                 || *p == '.'))
          return FALSE;
      if (ns - text < 10 || ns[-1] != '(' || ns[-2] != ' ')
        return FALSE;
      sig->rest = ns - 2;
    }
  else
    {
      /* one word after a dash, or two capitalised */
      ne = ns = e;
      for (guint w = 0;; w++)
        {
          const char *we = ns;
          while (ns > text && ns[-1] != ' ')
            ns--;
          if (!signature_word (ns, we) || ns - text < 12 || (w == 1 && !g_ascii_isupper (*ns)))
            return FALSE;
          const char *ds = ns - 1; /* the dash before the space */
          while (ds > text && ds[-1] != ' ')
            ds--;
          if (word_dash (ds, ns - 1) && ds - text >= 10)
            {
              sig->rest = ds - 1;
              break;
            }
          if (w == 1 || !g_ascii_isupper (*ns))
            return FALSE;
          ns--;
        }
    }
  sig->ns = ns;
  sig->ne = ne;
  return remark_before (text, sig->rest) && !opens_with_task_verb (text, sig->rest);
}

/* The signature's names into m: "JK, SB", "Kenji & Mona", "JK/SB" */
static gboolean
signature_names (const Signature *sig, SpMark *m)
{
  for (const char *p = sig->ns; p < sig->ne;)
    {
      const char *we = p;
      while (we < sig->ne && *we != ',' && *we != '&' && *we != '/')
        we++;
      const char *a = p, *b = we;
      while (a < b && *a == ' ')
        a++;
      while (b > a && b[-1] == ' ')
        b--;
      if (!signature_name (a, b) || !sp_mark_add_name (m, a, b))
        return FALSE;
      p = we < sig->ne ? we + 1 : we;
    }
  m->paren = sig->paren;
  return TRUE;
}

/* A quotation of speech signed by a voice nobody named: "\"Screen
 * readers don't see red.\" — audience member", "... -- someone in the
 * audience".  The words after the last dash say so (sp_is_anonymous());
 * the quotation ends right before the dash. */
static gboolean
anonymous_signature (const char *text, gsize len, SpMark *m)
{
  const char *e = text + len;
  while (e > text && e[-1] == ' ')
    e--;
  const char *from = e - text > 40 ? e - 40 : text, *ds = NULL, *de = NULL;
  for (const char *p = from; p + 2 < e; p++)
    if (p[0] == ' ' && p > text && (p[-1] == '"' || (guchar) p[-1] == 0x9d))
      {
        const char *q = p + 1, *w = q;
        while (w < e && *w != ' ')
          w++;
        if (w < e && word_dash (q, w))
          ds = p, de = w + 1;
      }
  if (ds == NULL || de >= e || quotation (text, ds) <= 0)
    return FALSE;
  g_autofree char *voice = sp_mark_tidy (de, e);
  if (!sp_is_anonymous (voice))
    return FALSE;
  m->names[0] = g_steal_pointer (&voice);
  m->n_names = 1;
  m->anonymous = TRUE;
  m->trailing = TRUE;
  m->quoted = TRUE;
  return sp_mark_finish (m, SP_FORM_BRACKET, text, ds, text + len, text);
}

gboolean
sp_mark_parse_trailing (const char *text, gsize len, SpMark *m)
{
  if (text[0] == '"' || (guchar) text[0] == 0xe2)
    {
      sp_mark_clear (m);
      memset (m, 0, sizeof *m);
      if (anonymous_signature (text, len, m))
        return TRUE;
      sp_mark_clear (m);
      memset (m, 0, sizeof *m);
    }
  gsize n, open = np_text_closing_initials (text, len, &n);
  if (open == 0)
    open = closing_nick (text, len, &n);
  Signature sig;
  if (open == 0 && !signature (text, len, &sig))
    return FALSE;
  sp_mark_clear (m);
  memset (m, 0, sizeof *m);
  const char *raw_end = text + len;
  if (open)
    {
      raw_end = text + open + n + 2;
      if (!sp_mark_add_name (m, text + open + 1, text + open + 1 + n))
        return FALSE;
      m->paren = TRUE;
    }
  else if (signature_names (&sig, m))
    open = sig.rest - text;
  else
    {
      sp_mark_clear (m);
      memset (m, 0, sizeof *m);
      return FALSE;
    }
  m->trailing = TRUE;
  int quoted = quotation (text, text + open);
  if (quoted < 0)
    {
      sp_mark_clear (m);
      memset (m, 0, sizeof *m);
      return FALSE;
    }
  m->quoted = quoted > 0;
  return sp_mark_finish (m, SP_FORM_BRACKET, text, text + open, raw_end, text);
}

/* Does the link [text](url) point to a person: a mail address, a
 * profile of one path segment on a forge ("https://github.com/mcollina"),
 * or any page for a text that is a handle ("@Trott")?  Not "[Design
 * doc](https://...)". */
static gboolean
person_link (const char *text, const char *url, const char *ue)
{
  gsize n = ue - url;
  if (n > 7 && g_ascii_strncasecmp (url, "mailto:", 7) == 0)
    return TRUE;
  if (n < 10 || g_ascii_strncasecmp (url, "http", 4) != 0)
    return FALSE;
  if (*text == '@')
    return TRUE;
  static const char *const forges[] = { "://github.com/", "://gitlab.com/", "://codeberg.org/", NULL };
  for (const char *const *f = forges; *f; f++)
    {
      const char *at = g_strstr_len (url, n, *f);
      if (at == NULL)
        continue;
      const char *user = at + strlen (*f), *slash = memchr (user, '/', ue - user);
      return user < ue && (slash == NULL || slash + 1 == ue);
    }
  return FALSE;
}

/* "[Matteo Collina](https://github.com/mcollina): ...", "[@Trott](...) -
 * ...": a link to the person (a profile, a mail address: an editor's
 * export writes a mention of someone so) as the mark, then a colon or a
 * dash; read as "Matteo Collina: ..." */
gboolean
sp_mark_parse_link (const char *text, const char *p, const char *e, SpMark *m)
{
  const char *close = sp_mark_bracket_close (p, e);
  if (close == NULL || close + 2 >= e || close[1] != '(')
    return FALSE;
  const char *url = close + 2, *ue = url;
  while (ue < e && *ue != ')' && *ue != ' ')
    ue++;
  if (ue >= e || *ue != ')' || !person_link (p + 1, url, ue))
    return FALSE;
  const char *after = ue + 1, *raw_end = after, *speech;
  SpForm form;
  if (after + 1 < e && after[0] == ':' && is_space (after[1]))
    form = SP_FORM_COLON, raw_end = after + 1, speech = skip_spaces (after + 1, e);
  else if (after + 2 < e && after[0] == ' ' && after[1] == '-' && after[2] == ' ')
    form = SP_FORM_DASH, speech = skip_spaces (after + 3, e);
  else
    return FALSE;
  const char *s = p + 1, *ce = close;
  trim (&s, &ce);
  if (s < ce && *s == '@')
    s++;
  if (s >= ce || speech >= e || !sp_mark_add_name (m, s, ce))
    return FALSE;
  return sp_mark_finish (m, form, text, p, raw_end, speech);
}
