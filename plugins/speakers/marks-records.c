/* marks-records.c: the marks records and logs write: a hearing's record
 * ("Mr. NADLER. ..."), MeetBot's minutes with the mark after the speech
 * ("text  (nick, 16:03:01)"), a signature at a mailed paragraph's end
 * ("... yet. (JD)"), and a link to the person as the mark
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
      if (start) /* the word's first letter, as written */
        start = FALSE, prefix = TRUE;
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
  if (e - text < 12 || e[-1] != ')')
    return 0;
  const char *close = e - 1, *ns = close;
  while (ns > text && (g_ascii_islower (ns[-1]) || g_ascii_isdigit (ns[-1]) || ns[-1] == '_' || ns[-1] == '-'))
    ns--;
  *n = close - ns;
  if (*n < 3 || *n > 24 || !g_ascii_islower (*ns) || ns - text < 10 || ns[-1] != '(' || ns[-2] != ' ')
    return 0;
  return ns - 1 - text;
}

gboolean
sp_mark_parse_trailing (const char *text, gsize len, SpMark *m)
{
  gsize n, open = np_text_closing_initials (text, len, &n);
  if (open == 0)
    open = closing_nick (text, len, &n);
  if (open == 0)
    return FALSE;
  sp_mark_clear (m);
  memset (m, 0, sizeof *m);
  if (!sp_mark_add_name (m, text + open + 1, text + open + 1 + n))
    return FALSE;
  m->paren = TRUE;
  m->trailing = TRUE;
  return sp_mark_finish (m, SP_FORM_BRACKET, text, text + open, text + open + n + 2, text);
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
