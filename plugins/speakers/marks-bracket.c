/* marks-bracket.c: the bracket and parenthesis forms of a speaker mark,
 * "[filippo] ...", "[pjmalloy & michaelm] ...", "[Nicholas, datadog]",
 * "[Cherry Mui (Google)]", "[p.hall]", a joint answer "[PD]/[HM]: ...",
 * and "(Alice) we should ...", a card nobody signed "(anon) ...".  The
 * other forms are in marks.c, marks-colon.c and marks-name.c. */
#include <string.h>

#include "marks-private.h"

#include <notepipe/notepipe.h>

/* The ']' closing the '[' at p within a mark's reach, no '[' between, or
 * NULL */
const char *
sp_mark_bracket_close (const char *p, const char *e)
{
  if (*p != '[')
    return NULL;
  const char *limit = MIN (e, p + MARK_MAX);
  const char *close = memchr (p + 1, ']', limit - p - 1);
  return close && !memchr (p + 1, '[', close - p - 1) ? close : NULL;
}

/* "p.hall", "ruoyu.h": lower-case letters either side of one dot */
gboolean
sp_mark_dotted_handle (const char *s)
{
  const char *dot = strchr (s, '.');
  if (dot == NULL || dot == s || !dot[1] || strchr (dot + 1, '.'))
    return FALSE;
  for (const char *c = s; *c; c++)
    if (c != dot && !g_ascii_islower (*c))
      return FALSE;
  return strlen (s) <= 24;
}

gboolean
sp_mark_add_dotted_handle (SpMark *m, const char *s, const char *e, gboolean bare)
{
  /* the '@' may go before a dash ("zheng.li - ..."), where the judge
   * wants the handle's own marks elsewhere; before a colon "node.js:" is
   * a label */
  gsize at = *s == '@';
  if ((!at && !bare) || e - s <= 3 || e - s > 25 || m->n_names || !g_ascii_islower (s[at]))
    return FALSE;
  char handle[32];
  memcpy (handle, s + at, e - s - at);
  handle[e - s - at] = '\0';
  if (!sp_mark_dotted_handle (handle))
    return FALSE;
  m->names[0] = g_strdup (handle);
  m->cases[0] = SP_CASE_LOWER;
  m->n_names = 1;
  return TRUE;
}

/* "[PD]/[HM]: ...", "[PD] & [HM] ...": a joint answer, each name in its
 * brackets; close is the first one's ']' */
static gboolean
parse_joint_brackets (const char *text, const char *p, const char *close, const char *e, SpMark *m)
{
  g_autoptr (GString) joined = g_string_new_len (p + 1, close - p - 1);
  const char *q = close + 1;
  guint n = 1;
  while (n < SP_MAX_NAMES)
    {
      const char *r = q;
      while (r < e && (*r == ' ' || *r == '/' || *r == '&'))
        r++;
      const char *next = r < e && *r == '[' ? sp_mark_bracket_close (r, e) : NULL;
      if (r == q || next == NULL)
        break;
      g_string_append_c (joined, '/');
      g_string_append_len (joined, r + 1, next - r - 1);
      q = next + 1;
      n++;
    }
  const char *after = q < e && *q == ':' ? q + 1 : q;
  if (n < 2 || after >= e || !is_space (*after) || !sp_mark_split_names (m, joined->str, joined->str + joined->len))
    return FALSE;
  return sp_mark_finish (m, SP_FORM_BRACKET, text, p, after, skip_spaces (after, e));
}

/* Does [d, e), one word, name a page: "plan.md", "permissions.md#model",
 * "index.html"? */
static gboolean
page_name (const char *d, const char *e)
{
  const char *hash = memchr (d, '#', e - d);
  const char *end = hash ? hash : e;
  gsize n = end - d;
  return (n > 3 && g_ascii_strncasecmp (end - 3, ".md", 3) == 0)
         || (n > 4 && g_ascii_strncasecmp (end - 4, ".htm", 4) == 0)
         || (n > 5 && g_ascii_strncasecmp (end - 5, ".html", 5) == 0);
}

/* Is [p, e), after "[label]:", a Markdown link reference definition's
 * rest: one destination that reads as a link (an address with its scheme,
 * "<...>", an anchor, a path, a page), then nothing or its title in
 * quotes or parentheses, up to the line's end (the next line may hold
 * the next definition, which the reader may have joined to this one's
 * item: "[A]: https://... [B]: #b")?  "[XCOFF]: https://...", "[Bob]:
 * ./people.md" name a link, where "[Riki]: All right." is the host
 * speaking. */
static gboolean
link_definition (const char *p, const char *e)
{
  p = skip_spaces (p, e);
  const char *d = p;
  while (p < e && !is_space (*p))
    p++;
  gsize n = p - d;
  if (n == 0)
    return FALSE;
  gboolean link = *d == '<' || *d == '#' || *d == '/' || sp_find (d, n, "://") != NULL
                  || (n > 7 && g_ascii_strncasecmp (d, "mailto:", 7) == 0)
                  || (n > 4 && g_ascii_strncasecmp (d, "www.", 4) == 0) || (n > 2 && strncmp (d, "./", 2) == 0)
                  || (n > 3 && strncmp (d, "../", 3) == 0) || page_name (d, p);
  if (!link)
    return FALSE;
  while (p < e && (*p == ' ' || *p == '\t'))
    p++;
  if (p < e && *p == '[')
    {
      const char *close = sp_mark_bracket_close (p, e);
      return close != NULL && close + 1 < e && close[1] == ':';
    }
  return p >= e || *p == '\n' || *p == '"' || *p == '\'' || *p == '(';
}

gboolean
sp_mark_parse_bracket (const char *text, const char *p, const char *e, SpMark *m)
{
  const char *close = sp_mark_bracket_close (p, e);
  if (close == NULL)
    return FALSE;
  const char *after = close + 1;
  if (after < e && (*after == '/' || *after == '&' || (*after == ' ' && after + 1 < e && after[1] == '&')))
    return parse_joint_brackets (text, p, close, e, m);
  if (after < e && (*after == '(' || *after == '[')) /* a link or a reference */
    return FALSE;
  if (after < e && *after == ':')
    {
      after++;
      if (link_definition (after, e))
        return FALSE;
    }
  if (after < e && !is_space (*after))
    return FALSE;
  const char *s = p + 1, *ce = close;
  trim (&s, &ce);
  sp_mark_strip_markup (&s, &ce);
  /* HackMD's signature, "[name=Georgiana] ...": who wrote the line */
  gboolean signature = ce - s > 5 && memcmp (s, "name=", 5) == 0;
  if (signature)
    {
      s += 5;
      trim (&s, &ce);
    }
  if (s >= ce)
    return FALSE;
  g_autofree char *content = sp_mark_tidy (s, ce);
  if (strstr (content, "://") || g_ascii_isdigit (content[0]) || content[0] == '#' || content[0] == '^'
      || content[0] == '!' || (strlen (content) == 1 && g_ascii_isalpha (content[0])))
    return FALSE;
  if (sp_is_anonymous_bracket (content))
    {
      m->anonymous = TRUE;
      m->names[0] = g_steal_pointer (&content);
      m->n_names = 1;
      return sp_mark_finish (m, SP_FORM_BRACKET, text, p, after, skip_spaces (after, e));
    }
  /* "[Cherry Mui (Google)]": the parentheses hold an affiliation */
  if (ce[-1] == ')')
    {
      const char *open = memchr (s, '(', ce - s);
      const char *as = open ? open + 1 : NULL, *ae = ce - 1, *ne = open;
      if (open && open > s && !memchr (as, '(', ae - as))
        {
          trim (&as, &ae);
          trim (&s, &ne);
          if (as < ae && s < ne)
            {
              m->affiliation = sp_mark_tidy (as, ae);
              ce = ne;
            }
        }
    }
  /* "[Nicholas, datadog]": keep both; attribute.c decides whether the
   * second is a person or the first one's affiliation. */
  const char *comma = m->affiliation ? NULL : memchr (s, ',', ce - s);
  /* "[Vasily & Oleg, JetBrains]": two people and their company, the
   * tail decided as the one of "[Nicholas, datadog]" is */
  const char *amp = memchr (s, '&', ce - s);
  if (comma && !memchr (comma + 1, ',', ce - comma - 1) && (!amp || (amp < comma && !memchr (comma, '&', ce - comma))))
    {
      const char *as = comma + 1, *ae = ce;
      trim (&as, &ae);
      if (as < ae)
        m->affiliation = sp_mark_tidy (as, ae);
    }
  /* "[Lorcan - Shopify]", "[Ravi @ Shopify]": the name, a dash or a
   * spaced at, the company */
  const char *dash = comma || m->affiliation ? NULL : sp_find (s, ce - s, " - ");
  if (dash == NULL && !comma && !m->affiliation)
    dash = sp_find (s, ce - s, " @ ");
  if (dash && dash > s && !sp_find (dash + 3, ce - dash - 3, " - "))
    {
      const char *as = dash + 3, *ae = ce;
      trim (&as, &ae);
      if (as >= ae || !sp_mark_add_name (m, s, dash))
        return FALSE;
      m->affiliation = sp_mark_tidy (as, ae);
      return sp_mark_finish (m, SP_FORM_BRACKET, text, p, after, skip_spaces (after, e));
    }
  /* "[Speaker 1] ...": a transcript's numbered voice */
  if (!comma && !m->affiliation && g_ascii_isupper (*s) && sp_mark_bracket_numbered_voice (s, ce, m))
    return sp_mark_finish (m, SP_FORM_BRACKET, text, p, after, skip_spaces (after, e));
  if (!sp_mark_split_names (m, s, ce))
    {
      /* "[p.hall]": a handle with a dot, in brackets only (before a
       * colon "node.js:" is a label) */
      if (!comma && !m->affiliation && sp_mark_dotted_handle (content))
        {
          for (guint i = 0; i < m->n_names; i++)
            sp_mark_set_name (m, i, NULL);
          m->names[0] = g_steal_pointer (&content);
          m->cases[0] = SP_CASE_LOWER;
          m->n_names = 1;
          return sp_mark_finish (m, SP_FORM_BRACKET, text, p, after, skip_spaces (after, e));
        }
      /* "[Name, Some Company Inc.]": the tail is not a name but an
       * affiliation; the head alone must be one. */
      if (!comma)
        return FALSE;
      for (guint i = 0; i < m->n_names; i++)
        sp_mark_set_name (m, i, NULL);
      m->n_names = 0;
      if (!sp_mark_add_name (m, s, comma))
        return FALSE;
    }
  /* "- [mferry]" alone over the points that person made: a bare name's
   * heading, as "- Malcolm Ferry" over them is */
  const char *speech = skip_spaces (after, e);
  gboolean bare = speech >= e && m->n_names == 1;
  /* ... and a signature alone over them ("[name=Jérémie]" over her
   * updates) names its writer, whoever she is, as a mail's attribution
   * does */
  m->relayed = bare && signature;
  return sp_mark_finish (m, bare ? SP_FORM_BARE : SP_FORM_BRACKET, text, p, after, speech);
}

/* "(anon) ...", "(anonymous) ...", "(unsigned) ...": a retro board's or
 * a pad's card that its author did not sign.  Only the words that say so: "(unknown) cause" or
 * "(someone) should fix it" in parentheses are text. */
static gboolean
is_anonymous_card (const char *s, const char *e)
{
  static const char *const words[] = { "anon", "anonymous", "unattributed", "unsigned", "several people",
                                       "multiple people", NULL };
  for (const char *const *w = words; *w; w++)
    if (strlen (*w) == (gsize) (e - s) && g_ascii_strncasecmp (*w, s, e - s) == 0)
      return TRUE;
  return FALSE;
}

/* "(Alice) we should ...", "(Bob Jones) agreed": a name in parentheses
 * opening the item, one to three words of a name, then the speech.  Most
 * such openings are no speakers ("(Optional) ...", "(WIP) ..."):
 * attribute.c takes one only when the roster or the document knows it. */
gboolean
sp_mark_parse_paren (const char *text, const char *p, const char *e, SpMark *m)
{
  if (*p != '(')
    return FALSE;
  const char *limit = MIN (e, p + 40);
  const char *close = memchr (p + 1, ')', limit - p - 1);
  if (close == NULL || close + 2 >= e || (close[1] != ' ' && close[1] != ':'))
    return FALSE;
  const char *s = p + 1, *ce = close;
  trim (&s, &ce);
  sp_mark_strip_markup (&s, &ce);
  guint words = 1;
  for (const char *q = s; q < ce; q++)
    if (g_ascii_isdigit (*q) || strchr (":/.,;&?!()[]#=+\"", *q))
      return FALSE;
    else if (*q == ' ')
      words++;
  /* "(several people): yes": a colon after the parenthesis goes too */
  const char *after = close + 1 + (close[1] == ':');
  const char *speech = skip_spaces (after, e);
  if (s >= ce || words > 3 || speech >= e || speech == after)
    return FALSE;
  m->paren = TRUE;
  /* "(someone): ...", "(誰か): ...": with the colon, any of the words
   * that say nobody in particular is a voice, not the text's aside */
  g_autofree char *said = close[1] == ':' ? sp_mark_tidy (s, ce) : NULL;
  if (words <= 2 && (is_anonymous_card (s, ce) || (said && sp_is_anonymous (said))))
    {
      m->anonymous = TRUE;
      m->names[0] = sp_mark_tidy (s, ce);
      m->n_names = 1;
      return sp_mark_finish (m, SP_FORM_BRACKET, text, p, after, speech);
    }
  if (close[1] == ':') /* "(Alice): ..." is the colon form's to read */
    return FALSE;
  if (!sp_mark_add_name (m, s, ce))
    return FALSE;
  return sp_mark_finish (m, SP_FORM_BRACKET, text, p, after, speech);
}

/* "(binding)", "(non-binding)": how a vote counts (an Apache tally's),
 * at s; its bytes, or 0 */
static gsize
binding_note (const char *s, const char *e)
{
  static const char *const notes[] = { "(binding)", "(non-binding)", "(nonbinding)", NULL };
  for (const char *const *n = notes; *n; n++)
    if ((gsize) (e - s) >= strlen (*n) && g_ascii_strncasecmp (s, *n, strlen (*n)) == 0)
      return strlen (*n);
  return 0;
}

/* [s, e) one to three words of a name in Title case, no other sign */
static gboolean
title_words (const char *s, const char *e)
{
  guint words = 0;
  for (const char *q = s; q < e; q++)
    if (q == s || q[-1] == ' ')
      {
        if (!g_ascii_isupper (*q))
          return FALSE;
        words++;
      }
    else if (!(g_ascii_isalpha (*q) || *q == ' ' || *q == '-' || *q == '\'' || (guchar) *q >= 0x80))
      return FALSE;
  return words >= 1 && words <= 3;
}

gboolean
sp_mark_parse_signed_vote (const char *text, const char *p, const char *e, SpMark *m)
{
  /* an abstention's "0 Erin Park" in a tally, as "+1 Alice Smith" */
  gboolean zero = e - p >= 4 && p[0] == '0' && p[1] == ' ';
  if (!zero && (e - p < 5 || !(*p == '+' || *p == '-') || !(p[1] == '0' || p[1] == '1') || p[2] != ' '))
    return FALSE;
  const char *s = p + (zero ? 2 : 3);
  while (s < e && *s == ' ')
    s++;
  const char *ns, *ne = e;
  while (ne > s && ne[-1] == ' ')
    ne--;
  /* an Apache vote's tally, a line a voter: "+1 (binding) Alice Smith",
   * "+1 Carol Diaz (binding)", "0 Erin Park" (a roster's person only,
   * as the other signatures) */
  const char *ts = s + binding_note (s, ne), *te = ne;
  while (ts < te && *ts == ' ')
    ts++;
  /* ... with the voter's reason after a colon: "-1 Frank Li: the
   * signature is wrong" */
  const char *colon = ts < te ? memchr (ts, ':', te - ts) : NULL;
  if (colon && colon + 1 < te && colon[1] == ' ')
    te = colon;
  for (const char *b = te; b > ts; b--)
    if (*b == '(' && b + binding_note (b, te) == te)
      {
        te = b;
        while (te > ts && te[-1] == ' ')
          te--;
        break;
      }
  if (ts < te && title_words (ts, te))
    ns = ts, ne = te;
  else if (zero)
    return FALSE;
  else if (e - s > 2 && s[0] == '-' && s[1] == '-') /* "--olga", "-- Olga P" */
    ns = s + 2;
  else if (e - s > 6 && memcmp (s, "from ", 5) == 0 && (g_ascii_isupper (s[5]) || s[5] == '@'))
    {
      ns = s + 5; /* "+1 from Rahul", "+1 from @rahulv" */
      /* "+1 from Carla on moving the cache": what the vote is for after
       * the voter */
      static const char *const what[] = { " on ", " for ", " to ", NULL };
      for (const char *const *w = what; *w; w++)
        {
          const char *at = sp_find (ns, ne - ns, *w);
          if (at && at > ns)
            ne = at;
        }
    }
  else if (*s == '@' && s + 1 < ne && !memchr (s, ' ', ne - s))
    ns = s; /* "+1 @bob" */
  else if (s < ne && ((*s == '(' && ne[-1] == ')') || (*s == '[' && ne[-1] == ']')))
    ns = s + 1, ne--;
  else
    return FALSE;
  while (ns < ne && *ns == ' ')
    ns++;
  /* "+1 (Mira, Hyun-woo)": the voters, each a name */
  if (ne - ns < 2 || ne - ns > 48)
    return FALSE;
  if (memchr (ns, ',', ne - ns) ? !sp_mark_split_names (m, ns, ne) : ne - ns > 32 || !sp_mark_add_name (m, ns, ne))
    return FALSE;
  m->paren = TRUE;
  /* the speech is the vote, before the signature */
  return sp_mark_finish (m, SP_FORM_BRACKET, text, s, e, p);
}
