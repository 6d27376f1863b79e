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
 * marks-name.c, brackets and parentheses in marks-bracket.c; the names a
 * mark holds, in mark-names.c. */
#include "config.h"

#include <string.h>

#include "marks-private.h"

#include <notepipe/notepipe.h>

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

/* Does [s, e) join two names, one word each ("Rich & James", "Rich/Myles",
 * "Myles and Michael")? */
static gboolean
two_voices (const char *s, const char *e)
{
  const char *sep = NULL;
  gsize n = 0;
  for (const char *c = s; c < e && !sep; c++)
    if (*c == '&' || *c == '/')
      sep = c, n = 1;
    else if (c + 5 <= e && memcmp (c, " and ", 5) == 0)
      sep = c, n = 5;
  if (sep == NULL)
    return FALSE;
  const char *a = s, *ae = sep, *b = sep + n, *be = e;
  trim (&a, &ae);
  trim (&b, &be);
  return ae > a && be > b && !memchr (a, ' ', ae - a) && !memchr (b, ' ', be - b) && !memchr (b, '&', be - b)
         && !memchr (b, '/', be - b);
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
      /* "Rich & James - both agree", "Rich/Myles - +1", "Myles and
       * Michael - ...": two voices (each name judged as one alone) */
      else if (!sp_mark_add_dotted_handle (m, p, ne, TRUE)
               && !(two_voices (ns, ne) ? sp_mark_split_names (m, ns, ne) : sp_mark_add_name (m, ns, ne)))
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
        {
          /* ... not a sentence about the person ("[[Alice Moreno]] will
           * send the announcement", "[[Bo]] presented ...") */
          const char *w = d;
          while (w < e && g_ascii_isalpha (*w))
            w++;
          if ((w == e || *w == ' ' || *w == ',' || *w == '.') && sp_narrates (d, w - d, e))
            return FALSE;
          m->undelimited = TRUE;
        }
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
    /* "alice> ...", rare: after every other form */
    { sp_mark_parse_nick_gt, OPEN_OTHER },
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
  /* "+1 --olga", "+1 (Felix)": a vote, then who signs it; a tally's
   * abstention, "0 Erin Park" */
  else if (((*p == '+' || *p == '-') && e - p > 4) || (*p == '0' && e - p > 3 && p[1] == ' ' && g_ascii_isupper (p[2])))
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
  /* "(Chris: apologies, I did a bad job here.)": a turn set in
   * parentheses whole, as a note-taker puts an aside of her own or
   * someone's between two turns */
  if (*p == '(' && e - p > 8 && e[-1] == ')')
    {
      if (sp_mark_parse_colon (text, p + 1, e - 1, m))
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
