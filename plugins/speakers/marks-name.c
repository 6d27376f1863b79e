/* marks-name.c: marks that are a name with no delimiter after it (see
 * marks.c): "Roland Shoemaker One idea ...", "**Alice** we should ...",
 * a name alone over the bullets it heads; and the words that make such
 * an opening a sentence about the person instead ("... presented the
 * design"). */
#include <string.h>

#include "marks-private.h"

/* One Title-case word of a name written without delimiter; its end in
 * *word_end.  Possessives ("King's") and words with digits are refused. */
static gboolean
name_word (const char *p, const char *e, const char **word_end)
{
  /* not upper case first: no title word (see sp_word_is_title), and the
   * callers read word_end only when TRUE */
  if (p < e && (guchar) *p < 0x80 && !g_ascii_isupper (*p))
    {
      *word_end = p;
      return FALSE;
    }
  const char *q = p;
  while (q < e && !is_space (*q))
    q++;
  *word_end = q;
  if (!sp_word_is_title (p, q - p))
    return FALSE;
  if (q - p >= 2 && (q[-1] == 's' || q[-1] == 'S') && (q[-2] == '\'' || (q - p >= 4 && (guchar) q[-2] == 0x99)))
    return FALSE;
  return TRUE;
}

/* Words that go on a sentence about a person rather than what the person
 * said: "Bradley Meck is going to ...", "Emily Ratliff from the LF ...",
 * "Mark Miller reluctantly recognizes ...", "Chris Dickinson shows ...".
 * Only in lower case: "Is this needed?" opens speech. */
gboolean
sp_is_narrative_word (const char *w, gsize n)
{
  static const char *const words[] = {
    "is",       "was",      "has",      "had",       "will",      "and",       "of",        "from",
    "on",       "to",       "at",       "for",       "with",      "or",        "said",      "says",
    "mentioned", "noted",   "asked",    "asks",      "suggested", "thinks",    "thought",   "wants",
    "agrees",   "agreed",   "expressed", "proposed", "proposes",  "presented", "presents",  "tagged",
    "adding",   "added",    "joined",   "who",       "reluctantly", "also",    "gave",      "gives",
    "raised",   "brought",  "recognizes", "are",     "were",      "as",        "via",       "by",
    "leading",  "led",      "leads",    "took",      "takes",     "introduced", "explained", "described",
    "shared",   "shares",   "shows",    "reported",  "updated",   "opened",    "closed",    "landed",
    "filed",    "wrote",    "writes",   "created",   "made",      "makes",     "ran",       "runs",
    "spoke",    "speaks",   "talks",    "went",      "goes",      "discusses", "explains",  "suggests",
    "describes", "argues",  "answers",  "replies",   "responds",  "believes",  "mentions",  "announces",
    "wonders",  "walks",    "told",     "tells",     "began",     "showed",    "found",     "sent",
    "kept",     "held",     "did",      "does",      "spent",     "drew",      "chose",     "got",
    "disagreed", "disagrees", "stood",   "stands",    "left",      "came",      "comes",     "became",
    "won",      "lost",     "met",      "saw",       "heard",     "paid",      "taught",    "felt",
    "meant",    "understood", "rose",
    NULL,
  };
  if (n == 0 || !g_ascii_islower (w[0]))
    return FALSE;
  /* a past form: "talked", "demonstrated" (not "need", "speed") */
  if (n > 4 && w[n - 2] == 'e' && w[n - 1] == 'd' && w[n - 3] != 'e')
    return TRUE;
  for (const char *const *x = words; *x; x++)
    if (strlen (*x) == n && strncmp (*x, w, n) == 0)
      return TRUE;
  return FALSE;
}

/* Does the word w (n bytes) after a name tell of the person, the text
 * running on to e?  sp_is_narrative_word(), but for a question the name
 * asks with its verb first ("Alan Donovan is there a cost to it?") */
gboolean
sp_narrates (const char *w, gsize n, const char *e)
{
  static const char *const asking[] = { "is", "are", "was", "were", "will", "has", "had", "does", "did", NULL };
  const char *end = e;
  while (end > w && end[-1] == ' ')
    end--;
  if (end > w && end[-1] == '?')
    for (const char *const *a = asking; *a; a++)
      if (strlen (*a) == n && memcmp (*a, w, n) == 0)
        return FALSE;
  /* "Chris Hollister recently wrote up ...", "briefly presented": an
   * adverb, then the word that tells */
  if (n > 4 && w[n - 2] == 'l' && w[n - 1] == 'y' && g_ascii_islower (w[0]) && w + n < e && w[n] == ' ')
    {
      const char *v = w + n + 1, *ve = v;
      while (ve < e && g_ascii_isalpha (*ve))
        ve++;
      return sp_is_narrative_word (v, ve - v);
    }
  return sp_is_narrative_word (w, n);
}

/* Bytes of the letters opening w */
static gsize
word_len (const char *w, const char *e)
{
  const char *q = w;
  while (q < e && g_ascii_isalpha (*q))
    q++;
  return q - w;
}

/* After a full name, a preposition that opens the speech's phrase
 * ("Ignacio Duarte from a packaging point of view, please ...", "...
 * for an IDE this is tough"): the phrase ends at a comma or a pronoun
 * that opens the clause before any word telling of the person ("Emily
 * Ratliff from the LF presented ..." narrates, as does "Rod Vagg to open
 * an issue", with neither) */
static gboolean
phrase_before_speech (const char *w, gsize n, const char *e)
{
  static const char *const prepositions[] = { "for", "from", "with", "on", "at", "to", "as", "by", "via", NULL };
  static const char *const pronouns[] = { "i", "we", "you", "they", "it", "this", "that", "there", "he", "she",
                                          "these", "those", NULL };
  if (!sp_word_in (w, n, prepositions))
    return FALSE;
  const char *q = w + n;
  for (guint words = 0; words < 8 && q < e; words++)
    {
      if (*q == ',')
        return words > 0;
      while (q < e && *q == ' ')
        q++;
      const char *qe = q;
      while (qe < e && (g_ascii_isalnum (*qe) || *qe == '\'' || *qe == '-' || *qe == '/'))
        qe++;
      if (qe == q)
        return FALSE;
      gsize k = qe - q;
      char lower[8];
      if (k < sizeof lower)
        {
          for (gsize j = 0; j < k; j++)
            lower[j] = g_ascii_tolower (q[j]);
          if (sp_word_in (lower, k, pronouns))
            return words > 0;
        }
      if (!sp_word_in (q, k, prepositions) && k != 2 && sp_is_narrative_word (q, k))
        return FALSE;
      q = qe;
    }
  return FALSE;
}

static gboolean
is_narrative (const char *rest, const char *e)
{
  gsize n = word_len (rest, e);
  const char *w = rest + n;
  /* "Dmitra Volkova disagreed." is a sentence about her too */
  if (n == 0 || (w < e && *w != ' ' && *w != ',' && *w != '.'))
    return FALSE;
  return sp_narrates (rest, n, e);
}

/* "**Alice** I think ...", "__Bob Jones__ Agreed.": a name of one to
 * three words in bold opening the item, then the speech with no
 * delimiter (a colon or a dash after it is read by parse_colon and
 * parse_dash); read as a bold colon mark that only the roster or its
 * recurrence makes a speaker (attribute.c) */
gboolean
sp_mark_parse_bold_name (const char *text, const char *p, const char *e, SpMark *m)
{
  if (e - p < 6 || p[0] != p[1] || (p[0] != '*' && p[0] != '_'))
    return FALSE;
  const char *s = p + 2, *close = s;
  while (close + 1 < e && close - s <= 40 && !(close[0] == p[0] && close[1] == p[0]))
    close++;
  if (close + 1 >= e || close - s > 40 || close == s)
    return FALSE;
  const char *rest = skip_spaces (close + 2, e);
  if (rest == close + 2 || rest >= e || is_narrative (rest, e))
    return FALSE;
  /* "**Kasimir Lindqvist** (Nethermind)": the name and the company only,
   * a head over what was said (sp_mark_parse_bare) */
  const char *last = e;
  while (last > rest && is_space (last[-1]))
    last--;
  if (*rest == '(' && last[-1] == ')' && !memchr (rest + 1, '(', last - rest - 1))
    return FALSE;
  /* "**Alice Smith** said:" over a quote of her words: a head too */
  if (last[-1] == ':' && sp_before_speech_verb (close + 2, last - 1) == close + 2)
    return FALSE;
  guint words = 0;
  for (const char *w = s, *we; w < close; w = skip_spaces (we, close))
    if (!name_word (w, close, &we) || ++words > 3)
      return FALSE;
  if (!sp_mark_add_name (m, s, close))
    return FALSE;
  m->bold = TRUE;
  m->undelimited = TRUE;
  /* "**Trent** [18:19](https://youtu.be/...): ...": the turn's time, a
   * link into the recording, then the speech */
  const char *rb = *rest == '[' ? memchr (rest, ']', MIN (e - rest, 16)) : NULL;
  const char *rp = rb && rb + 1 < e && rb[1] == '(' && sp_is_clock (rest + 1, rb) ? memchr (rb, ')', e - rb) : NULL;
  if (rp)
    {
      m->timed = TRUE;
      rest = skip_spaces (rp + 1 < e && rp[1] == ':' ? rp + 2 : rp + 1, e);
    }
  return sp_mark_finish (m, SP_FORM_COLON, text, p, close + 2, rest);
}

/* The words that open a question put to someone ("what", "why", "do") */
static const char *const question_words[] = { "what", "why", "how", "when", "where", "which", "who", "do", "does",
                                              "did", "can", "could", "would", "should", "will", "are", NULL };

/* A vote at q: "+1", "-1", "+0", "-0", a bare "0" before a comma or the
 * end, "abstain" or "abstains" before a comma or the end */
static gboolean
vote_at (const char *q, const char *e)
{
  if (q + 1 < e && (*q == '+' || *q == '-') && (q[1] == '1' || q[1] == '0'))
    return q + 2 == e || !g_ascii_isalnum (q[2]);
  if (q < e && *q == '0')
    return q + 1 == e || q[1] == ',';
  gsize n = e - q;
  if (n < 7 || (*q != 'a' && *q != 'A'))
    return FALSE;
  /* "Marcus abstain", "Marcus abstains, ...", but not "Nnamdi abstains
   * since it's his nomination" (a sentence about him) */
  for (gsize k = 7; k <= 8; k++)
    if (n >= k && g_ascii_strncasecmp (q, "abstains", k) == 0 && (n == k || q[k] == ',' || (q[k] == '.' && n == k + 1)))
      return TRUE;
  return FALSE;
}

/* A handle in lower case at p, before a vote ("mina-s +1"): letters,
 * digits, '-', '_', '.'; its end, or NULL */
static const char *
handle_word (const char *p, const char *e)
{
  const char *w = p;
  while (w < e && (g_ascii_islower (*w) || g_ascii_isdigit (*w) || *w == '-' || *w == '_' || *w == '.'))
    w++;
  return w - p >= 2 && g_ascii_islower (*p) && (w == e || *w == ' ') ? w : NULL;
}

/* A handle after its '@' at p, before a vote ("@ihalvorsen +1",
 * "@MylesBorins -1"): the '@', then letters, digits, '-', '_', '.'; its
 * end, or NULL */
static const char *
at_handle_word (const char *p, const char *e)
{
  if (p + 2 >= e || *p != '@')
    return NULL;
  const char *w = p + 1;
  while (w < e && (g_ascii_isalnum (*w) || *w == '-' || *w == '_' || *w == '.'))
    w++;
  return w - p >= 3 && g_ascii_isalpha (p[1]) && (w == e || *w == ' ') ? w : NULL;
}

/* The end of a surname's particle in lower case at w ("van", "de"), a
 * space after it, or NULL */
static const char *
particle_end (const char *w, const char *e)
{
  if (!strchr ("abdltvy", *w)) /* the particles' first letters */
    return NULL;
  const char *we = w;
  while (we < e && we - w <= 3 && g_ascii_islower (*we))
    we++;
  return we < e && *we == ' ' && sp_is_particle (w, we - w) ? we : NULL;
}

/* A name, then the speech with no delimiter ("Fedor +1", "Dagny what
 * ...?"): a colon mark read so, a speaker by the roster or by recurring,
 * as a bold name with no colon is */
static gboolean
finish_undelimited (SpMark *m, const char *text, const char *p, const char *name_end, const char *speech)
{
  if (!sp_mark_add_name (m, p, name_end))
    return FALSE;
  m->undelimited = TRUE;
  return sp_mark_finish (m, SP_FORM_COLON, text, p, name_end, speech);
}

/* "Ximena +1, Benedikt +1": the voters after the first one, each a first
 * name then a vote after a comma, are speakers of the line too (q: the
 * first vote) */
static void
more_votes (SpMark *m, const char *q, const char *e)
{
  while (m->n_names < SP_MAX_NAMES)
    {
      const char *v = q;
      while (v < e && *v != ',' && *v != ' ')
        v++;
      if (v + 2 >= e || v[0] != ',' || v[1] != ' ')
        return;
      const char *n = v + 2, *ne;
      if (!name_word (n, e, &ne))
        return;
      const char *nq = skip_spaces (ne, e);
      if (nq == ne || !vote_at (nq, e) || !sp_mark_add_name (m, n, ne))
        return;
      q = nq;
    }
}
/* After a qualifier in parentheses of one or two words at q ("(JetBrains)
 * ", "(remote) "), the speech's start, when a word in lower case follows
 * it; else q */
static const char *
after_qualifier (const char *q, const char *e)
{
  const char *close = memchr (q, ')', MIN ((gsize) (e - q), (gsize) 32));
  if (close == NULL || close - q < 3)
    return q;
  guint spaces = 0;
  for (const char *c = q + 1; c < close; c++)
    if (*c == ' ')
      spaces++;
    else if (!(g_ascii_isalnum (*c) || *c == '-' || *c == '.' || *c == '&'))
      return q;
  const char *w = close + 1;
  if (spaces > 1 || w >= e || *w != ' ')
    return q;
  w = skip_spaces (w, e);
  /* a word in lower case: "Ann Lee (ALE) Bo Chen (BCN) ..." lists names */
  return w < e && g_ascii_islower (*w) ? w : q;
}

gboolean
sp_mark_parse_votes (const char *text, const char *p, const char *e, SpMark *m)
{
  const char *w1e, *q = p;
  while (q < e && !is_space (*q))
    q++;
  q = skip_spaces (q, e);
  if (!vote_at (q, e)
      || !(name_word (p, e, &w1e) || (w1e = handle_word (p, e)) != NULL || (w1e = at_handle_word (p, e)) != NULL)
      || skip_spaces (w1e, e) != q || !finish_undelimited (m, text, p, w1e, q))
    return FALSE;
  more_votes (m, q, e);
  return TRUE;
}

/* Does p open an address in angle brackets, "<ann@example.org>",
 * "<https://example.org/ann>"? */
static gboolean
angle_address (const char *p, const char *e)
{
  const char *close = memchr (p, '>', MIN (e - p, 128));
  return close && (memchr (p, '@', close - p) || sp_find (p, close - p, "://"));
}

gboolean
sp_mark_parse_name (const char *text, const char *p, const char *e, SpMark *m)
{
  const char *w1e, *w2e, *w3e;
  /* most items that open with a capital are sentences ("The meeting
   * ..."): a second word that opens lower case refuses them before the
   * first word is classified */
  const char *q = p;
  while (q < e && !is_space (*q))
    q++;
  /* "SV I think that's fine", "HLQ. That's right": a roster's
   * abbreviation with its colon left off (attribute.c: the roster's
   * only), not one telling of the person ("RPR notes that ...") */
  if (q - p >= 2 && q - p <= 5 && g_ascii_isupper (p[0]) && g_ascii_isupper (p[1]))
    {
      const char *ae = q[-1] == '.' ? q - 1 : q;
      gboolean caps = ae - p >= 2 && ae - p <= 4;
      for (const char *c = p; c < ae && caps; c++)
        caps = g_ascii_isupper (*c);
      const char *sp = skip_spaces (q, e);
      /* the speech opens with a capital ("SV I think", "BT Okay, ..."),
       * after a stop with any word ("LCA. what do you suggest?"), or with
       * a word of answer ("RRD okay, so ..."); a word in lower case after
       * it tells of the person ("DE prefers ...", "MF plans to ...") */
      static const char *const answers[] = { "okay", "ok", "yeah", "yes", "no", "so", "well", "right", "sure",
                                             "thanks", "thank", "um", "uh", NULL };
      gboolean opens = sp > q && sp < e
                       && (g_ascii_isupper (*sp)
                           || (g_ascii_islower (*sp) && (ae < q || sp_word_in (sp, word_len (sp, e), answers))));
      if (caps && opens && !is_narrative (sp, e) && sp_mark_add_name (m, p, ae))
        {
          m->undelimited = TRUE;
          m->bare_abbreviation = TRUE;
          return sp_mark_finish (m, SP_FORM_COLON, text, p, q, sp);
        }
      sp_mark_reset (m);
    }
  q = skip_spaces (q, e);
  /* "Speaker 2  0:15 ...": a transcript export's unnamed speaker
   * ("Brigitte 0, ..." is a vote, below) */
  if (q < e && g_ascii_isdigit (*q) && !vote_at (q, e) && name_word (p, e, &w1e))
    {
      const char *de = q;
      while (de < e && g_ascii_isdigit (*de))
        de++;
      const char *after = skip_spaces (de, e);
      gsize time = de - q <= 3 && after > de && after < e ? np_text_time_prefix (after, e - after) : 0;
      if (!time)
        return FALSE;
      m->names[0] = sp_mark_tidy (p, de);
      m->cases[0] = SP_CASE_TITLE;
      m->n_names = 1;
      m->timed = TRUE;
      return sp_mark_finish (m, SP_FORM_COLON, text, p, de, after + time);
    }
  /* "Fedor +1", "Michael -1, too early", "Brigitte 0, ...", "Marcus
   * abstain", a handle's "mina-s +1", "@kabe abstain": a vote, the voter's (Node.js TSC
   * minutes); a speaker by the roster or by recurring, as a bold name with
   * no colon is ("Many +1s" is nobody) */
  if (vote_at (q, e) && sp_mark_parse_votes (text, p, e, m))
    return TRUE;
  /* "Dagny what is the ask here?", "Emre is +1 as well": a first name,
   * then a question's word or a vote with "is", no delimiter (Node.js
   * minutes); a speaker by the roster or by recurring, as a vote is */
  if (q < e && g_ascii_islower (*q))
    {
      /* the words' shapes first, the name's reading last: most items here
       * are sentences */
      const char *qe = q;
      while (qe < e && g_ascii_islower (*qe))
        qe++;
      const char *after = skip_spaces (qe, e);
      gboolean is_vote = qe - q == 2 && q[0] == 'i' && q[1] == 's' && after > qe && vote_at (after, e);
      if (((e[-1] == '?' && sp_word_in (q, qe - q, question_words)) || is_vote) && name_word (p, e, &w1e)
          && skip_spaces (w1e, e) == q)
        return finish_undelimited (m, text, p, w1e, q);
    }
  if (q >= e || ((guchar) *q < 0x80 && !g_ascii_isupper (*q) && !particle_end (q, e)))
    return FALSE;
  /* "Marco F +1", "Marco Aurélio +1": a first name and an initial or a
   * second name, then the vote */
  const char *t2 = q;
  while (t2 < e && !is_space (*t2))
    t2++;
  const char *v = skip_spaces (t2, e);
  if (vote_at (v, e) && name_word (p, e, &w1e) && skip_spaces (w1e, e) == q)
    {
      gboolean initial = (t2 - q == 1 || (t2 - q == 2 && q[1] == '.')) && g_ascii_isupper (*q);
      const char *w2e_vote;
      if (!(initial || name_word (q, e, &w2e_vote)))
        return FALSE;
      return finish_undelimited (m, text, p, t2, v);
    }
  if (!name_word (p, e, &w1e))
    return FALSE;
  /* an article opens a sentence about an office's holder, or a signature
   * block's title ("Il Presidente      Il Segretario"), no name written
   * without its delimiter; "The Mayor: ..." and "Le président : ..." keep
   * theirs */
  static const char *const articles[] = { "The", "Le", "La", "Il", "El", "Der", "Die", NULL };
  for (const char *const *a = articles; *a; a++)
    if ((gsize) (w1e - p) == strlen (*a) && memcmp (p, *a, w1e - p) == 0)
      return FALSE;
  const char *w2 = skip_spaces (w1e, e);
  if (w2 >= e)
    return FALSE;
  /* "Lotte van Dijk what about ...": a surname's particle in lower case
   * between the names; "Austin C. Traces One idea ...": a middle initial */
  if (!name_word (w2, e, &w2e))
    {
      gboolean initial = w2 + 2 <= e && g_ascii_isupper (w2[0]) && w2[1] == '.' && (w2 + 2 == e || is_space (w2[2]));
      const char *pe = initial ? w2 + 2 : particle_end (w2, e), *w3 = pe ? skip_spaces (pe, e) : NULL;
      if (w3 == NULL || w3 >= e || !name_word (w3, e, &w2e))
        return FALSE;
    }
  const char *rest = skip_spaces (w2e, e);
  /* "Dmitry Volkov (JetBrains) the IDE reads it": a company or a way of
   * attending in parentheses between the name and the speech */
  if (rest < e && *rest == '(')
    rest = after_qualifier (rest, e);
  /* "Dmitry Volkov -trimpath helps ...": a flag opens the speech; "Name
   * - ..." is a dash's mark */
  if (rest >= e || *rest == ':' || *rest == ',' || *rest == '(' || *rest == '&' || *rest == '@'
      || (*rest == '-' && !(rest + 1 < e && g_ascii_isalpha (rest[1]))))
    return FALSE;
  /* "Ann Roe <ann@example.org> 2012-11-15: ...": a person's address
   * after the name, an author's or an attendee's record, no speech */
  if (*rest == '<' && angle_address (rest, e))
    return FALSE;
  /* "Hannah Lindqvist wrote:" over a quote of her words: a head */
  if (e[-1] == ':' && rest == skip_spaces (sp_before_speech_verb (w2e, e - 1), e))
    return FALSE;
  /* a transcript's speaker line, "Bob Jones  0:15 Sure." (two or three
   * words, then the time), reads as "Bob Jones: Sure." */
  const char *name_end = w2e, *after = rest;
  if (!g_ascii_isdigit (*rest) && name_word (rest, e, &w3e))
    name_end = w3e, after = skip_spaces (w3e, e);
  gsize time = after < e && g_ascii_isdigit (*after) ? np_text_time_prefix (after, e - after) : 0;
  if (time)
    {
      if (!sp_mark_add_name (m, p, name_end))
        return FALSE;
      m->timed = TRUE;
      /* "Unknown Speaker  0:30", as Otter writes a voice it could not name */
      m->anonymous = sp_is_anonymous (m->names[0]);
      return sp_mark_finish (m, SP_FORM_COLON, text, p, name_end, after + time);
    }
  if (is_narrative (rest, e) && !phrase_before_speech (rest, word_len (rest, e), e))
    return FALSE;
  /* "City Manager Nair reported that ...": an office, the surname, then
   * a sentence about the person */
  gboolean office = FALSE;
  if (name_word (rest, e, &w3e) && np_text_is_title (p, w2e - p, &office) && office
      && is_narrative (skip_spaces (w3e, e), e))
    return FALSE;
  m->names[0] = sp_mark_tidy (p, w2e);
  m->cases[0] = SP_CASE_TITLE;
  m->n_names = 1;
  if (name_word (rest, e, &w3e))
    {
      const char *rest3 = skip_spaces (w3e, e);
      if (rest3 < e)
        m->name3 = sp_mark_tidy (p, w3e);
    }
  return sp_mark_finish (m, SP_FORM_NAME, text, p, w2e, rest);
}

/* A mail's attribution line over the lines it quotes, "On Tue, Lena
 * Fischer wrote:", "On Tue, Mar 4, 2025 at 10:12 AM Lena Fischer
 * <lena@example.org> wrote:": the name, one to four words in Title case
 * before the address and the verb, in [*ns, *ne) */
gboolean
sp_mail_attribution_shape (const char *s, gsize n)
{
  return n >= 14 && n <= 160 && memcmp (s, "On ", 3) == 0 && memcmp (s + n - 7, " wrote:", 7) == 0;
}

static gboolean
mail_attribution (const char *s, const char *e, const char **ns, const char **ne)
{
  if (!sp_mail_attribution_shape (s, e - s))
    return FALSE;
  const char *end = e - 7;
  if (end[-1] == '>')
    {
      const char *lt = end - 1;
      while (lt > s && *lt != '<')
        lt--;
      end = lt;
      while (end > s && end[-1] == ' ')
        end--;
    }
  const char *start = end;
  for (guint words = 0; words < 4; words++)
    {
      const char *w = start;
      while (w > s && w[-1] == ' ')
        w--;
      const char *we = w;
      while (w > s && w[-1] != ' ')
        w--;
      /* a word in Title case ("Lena", "Ó"): not "AM", "Tue,", "2025" */
      if (we - w < 2 || we[-1] == ',' || !(g_ascii_isupper (*w) || (guchar) *w >= 0xc3)
          || !(g_ascii_islower (w[1]) || (guchar) w[1] >= 0x80 || (guchar) *w >= 0xc3))
        break;
      start = w;
    }
  *ns = start;
  *ne = end;
  return start < end;
}

gboolean
sp_mark_parse_bare (const char *text, const char *p, const char *e, SpMark *m)
{
  const char *s = p, *be = e;
  trim (&s, &be);
  const char *ns, *ne;
  if (*s == 'O' && mail_attribution (s, be, &ns, &ne))
    {
      m->relayed = TRUE; /* the writer of the quote, named: a speaker said once */
      return sp_mark_add_name (m, ns, ne) && sp_mark_finish (m, SP_FORM_BARE, text, p, e, e);
    }
  if (be - s > 48) /* a name is short */
    return FALSE;
  /* "**Hana:**": the colon inside the emphasis, which goes */
  const char *q = be;
  while (q > s && (q[-1] == '*' || q[-1] == '_'))
    q--;
  if (q < be && q - s > 1 && q[-1] == ':' && (*s == '*' || *s == '_'))
    {
      be = q;
      while (s < be && (*s == '*' || *s == '_'))
        s++;
    }
  gboolean colon = be > s && be[-1] == ':';
  if (colon)
    be--;
  /* "Bettina Aurich @baurich (CTC)" over her standup: a role after the
   * name (the handle goes with the name's reading) */
  be = s + sp_before_qualifier (s, be - s, 24);
  if (colon)
    {
      /* over a quote of what was said: "Alice said:", "@**Alice** said:"
       * (Zulip's mention) */
      be = sp_before_speech_verb (s, be);
      s = skip_zulip_at (s, be);
    }
  if (!sp_mark_add_name (m, s, be))
    return FALSE;
  /* TC39's "WH:" alone over the points that delegate made: an
   * abbreviation with its colon (a word in capitals alone, "API", heads a
   * topic's list) */
  if (m->cases[0] != SP_CASE_TITLE && m->cases[0] != SP_CASE_LOWER && !(colon && m->cases[0] == SP_CASE_UPPER))
    return FALSE;
  return sp_mark_finish (m, SP_FORM_BARE, text, p, e, e);
}
