/* marks-colon.c: the colon form of a speaker mark, "Name: ...", with all
 * it carries: a qualifier ("JSL (summary):", "Alice [10:32]:", "The Mayor
 * (Jane Doe):", "Q (Alice):"), an addressee ("Bob -> Alice:", "Carol (to
 * Bob):"), a company after the name ("Carol White, Google:"), several
 * names ("DH, AWB:"), emphasis ("**Name**:"), a full-width colon
 * ("李明：") and an abbreviation's colon typed without its space
 * ("SYG:Okay"); a label of the floor, a relay or a topic before the
 * speaker ("Q: Alice:", "Question from Lena (YouTube):", "Node hot plug
 * (Deepa):"), whose words are read in marks-floor.c.  The marks of
 * records and logs are in marks-records.c, the other forms in marks.c. */
#include <string.h>

#include "marks-private.h"

#include <notepipe/notepipe.h>

/* Bytes of an arrow at p with a space after it: "->" or "→", and with
 * wide also "=>" and "➡"; 0 when there is none */
gsize
sp_mark_spaced_dash (const char *q, const char *e)
{
  if (q + 3 >= e || q[0] != ' ' || !(q[1] == '-' || (guchar) q[1] == 0xe2))
    return 0;
  gsize dash = q[1] == '-' ? 1 : (memcmp (q + 1, "\xe2\x80\x93", 3) == 0 || memcmp (q + 1, "\xe2\x80\x94", 3) == 0) ? 3 : 0;
  return dash && q + 1 + dash < e && q[1 + dash] == ' ' ? dash : 0;
}

gsize
sp_mark_arrow_at (const char *p, const char *e, gboolean wide)
{
  gsize n = 0;
  if (e - p >= 3 && (p[0] == '-' || (wide && p[0] == '=')) && p[1] == '>')
    n = 2;
  else if (e - p >= 4 && memcmp (p, "\xe2\x86\x92", 3) == 0) /* → */
    n = 3;
  else if (wide && e - p >= 4 && memcmp (p, "\xe2\x9e\xa1", 3) == 0) /* ➡ */
    n = 3;
  return n && p[n] == ' ' ? n : 0;
}

/* A directed turn's arrow in s..e ("Alice → Bob", "Alice -> Bob",
 * "Alice => Bob"), spaces around it: where it starts, and in *after
 * where the addressee does; NULL when there is none. */
static const char *
find_arrow (const char *s, const char *e, const char **after)
{
  for (const char *q = s + 1; q < e; q++)
    {
      gsize n = q[-1] == ' ' ? sp_mark_arrow_at (q, e, TRUE) : 0;
      if (n)
        {
          *after = q + n;
          return q;
        }
    }
  return NULL;
}

/* The addressee of a directed turn, s..e ("Bob", "**Bob**", "@bob"),
 * kept tidied when it reads as a name */
static void
set_addressee (SpMark *m, const char *s, const char *e)
{
  trim (&s, &e);
  sp_mark_strip_markup (&s, &e);
  if (s >= e || e - s > 48)
    return;
  for (const char *q = s; q < e; q++)
    if (*q == ':' || *q == '/' || *q == '(' || *q == '[')
      return;
  m->addressee = sp_mark_tidy (s, e);
}

/* Does a tidied name end with a word only organizations or places end
 * with ("Foo Inc", "Example Corp.", "Acme GmbH", "Maple Hollow Business
 * Alliance", a public commenter's "Elm Street")? */
static gboolean
is_organization (const char *name)
{
  static const char *const words[] = {
    "inc",       "corp",     "corporation", "llc",     "ltd",       "gmbh",     "ag",      "sa",
    "plc",       "labs",     "company",     "university", "foundation", "institute", "consortium", "limited",
    "alliance",  "association", "coalition", "society", "chamber",   "church",   "school",  "district",
    "street",    "st",       "avenue",      "ave",     "road",      "rd",       "lane",    "court",
    "drive",     "boulevard", "blvd",       "terrace", "neighborhood", "neighbourhood", "ln",  "ct",
    "pl",        "cir",      "circle",      "place",   "way",       "pkwy",     "parkway", NULL,
  };
  const char *last = strrchr (name, ' ');
  if (last == NULL)
    return FALSE;
  last++;
  gsize n = strlen (last);
  if (n > 0 && last[n - 1] == '.')
    n--;
  for (const char *const *w = words; *w; w++)
    if (strlen (*w) == n && g_ascii_strncasecmp (*w, last, n) == 0)
      return TRUE;
  return FALSE;
}

/* Who a member of the public is, after the name: "resident", "parent" */
static gboolean
commenter_word (const char *w)
{
  static const char *const words[] = { "resident", "homeowner", "parent", "student", "teacher", "neighbor",
                                       "neighbour", "taxpayer", "volunteer", NULL };
  return sp_key_in (w, words);
}

/* A public commenter's role of a few words after the name, its last a
 * role's: "CPEA chapter president", "PTA vice chair", "Elm St resident" */
static gboolean
commenter_role (const char *tail)
{
  static const char *const roles[] = { "president", "chair", "chairman", "chairwoman", "chairperson", "director",
                                       "member", "representative", "rep", "coordinator", "owner", "manager",
                                       "organizer", "organiser", "captain", "steward", "secretary", "treasurer",
                                       NULL };
  const char *last = strrchr (tail, ' ');
  guint spaces = 0;
  for (const char *p = tail; *p; p++)
    spaces += *p == ' ';
  return last && spaces <= 3 && (sp_key_in (last + 1, roles) || commenter_word (last + 1));
}

/* The first colon in [p, limit): ':' or a full-width '：' (U+FF1A, as
 * Chinese and Japanese minutes write it; *wide set), or NULL */
static const char *
find_colon (const char *p, const char *limit, gboolean *wide)
{
  const char *colon = memchr (p, ':', limit - p);
  const char *end = colon ? colon : limit;
  *wide = FALSE;
  for (const char *q = memchr (p, '\xef', end - p); q && q + 2 < end; q = memchr (q + 1, '\xef', end - q - 1))
    if (q[1] == '\xbc' && q[2] == '\x9a')
      {
        *wide = TRUE;
        return q;
      }
  return colon;
}

/* An abbreviation's colon typed without the space after it, as quick
 * minutes do ("SYG:Okay, ...", "KG:I do not", "MM:. Yes", "MF:: It is",
 * "GB:, it very", "FYT :So"): p..colon is two to five capitals (spaces
 * around them), and the speech opens at once with a capitalized word, or
 * after a stray stop, comma or colon and a space; or one word in Title
 * case, a first name, and the speech a capitalized word.  The speech's
 * start, or NULL. */
static const char *
glued_speech (const char *p, const char *colon, const char *after, const char *e)
{
  const char *s = p, *pe = colon;
  trim (&s, &pe);
  if (pe - s < 2 || pe - s > 20)
    return NULL;
  /* ... or a first name's ("Kofi:Two of them"): a word in Title case, a
   * speaker by the roster or by recurring, as any */
  gboolean name = g_ascii_isupper (s[0]) && g_ascii_islower (s[1]);
  for (const char *q = s + 1; q < pe && name; q++)
    name = g_ascii_islower (*q);
  if (name)
    return g_ascii_isupper (after[0]) && after + 2 < e && g_ascii_islower (after[1]) ? after : NULL;
  if (pe - s > 5)
    return NULL;
  for (const char *q = s; q < pe; q++)
    if (!g_ascii_isupper (*q))
      return NULL;
  if ((*after == '.' || *after == ':' || *after == ',') && after + 2 < e && after[1] == ' ' && after[2] != ' ')
    return after + 1;
  if (g_ascii_isupper (after[0]) && after + 2 < e
      && (g_ascii_islower (after[1]) || after[1] == '\'' || (after[1] == ' ' && after[0] == 'I')))
    return after;
  return NULL;
}

/* A department or a side of one to three capitalized words, its person
 * titled in the parentheses qs..qe: "Radiology (Dr. Braun)", "Defence
 * (Ms. Carter)" */
static gboolean
department_of_person (const char *label, const char *qs, const char *qe)
{
  const char *sp = memchr (qs, ' ', qe - qs);
  gboolean office = TRUE;
  if (sp == NULL || !g_ascii_isupper (sp[1]) || !np_text_is_title (qs, sp - qs, &office) || office)
    return FALSE;
  guint words = 0;
  for (const char *w = label; w && *w; words++)
    {
      if (!g_ascii_isupper (*w))
        return FALSE;
      w = strchr (w, ' ');
      w = w ? w + 1 : NULL;
    }
  return words <= 3;
}

/* Is label an office ("Mayor", "The Chair", "The Prime Minister",
 * "Deputy Speaker", "The City Manager": one to three words, one of them a
 * title of office or two of them one of two words, "the" at will) and the
 * qualifier qs..qe a person who holds it (two to four capitalized words:
 * "Rishi Sunak", not "TSC" nor "via queue")? */
static gboolean
office_of_holder (const char *label, const char *qs, const char *qe)
{
  const char *office = g_ascii_strncasecmp (label, "the ", 4) == 0 ? label + 4 : label;
  if (department_of_person (label, qs, qe))
    return TRUE;
  /* Hansard's: "The Parliamentary Under-Secretary of State for Transport
   * (Guy Opperman)", "The Minister of State, Ministry of Finance (Hon.
   * Musa Bello)" */
  gboolean hansard = np_text_office_of_words (label, strlen (label));
  gboolean found = hansard;
  guint words = hansard ? 2 : 0;
  for (const char *w = office, *prev = NULL; !hansard && *w && words <= 3; words++)
    {
      const char *sp = strchr (w, ' ');
      gsize n = sp ? (gsize) (sp - w) : strlen (w);
      gboolean is_office = FALSE;
      found |= np_text_is_title (w, n, &is_office) && is_office;
      /* "City Manager": np_text_is_title() reads the pair */
      found |= prev && np_text_is_title (prev, w + n - prev, &is_office) && is_office;
      prev = w;
      w += n + (sp != NULL);
    }
  /* a party of a dialogue named by its role: "Host (Jane Doe)",
   * "Moderator (Ann Lee)", when a name is in the parentheses; a panel's
   * numbered seats too ("Panelist 2 (Sofia Rossi)") */
  gboolean party = FALSE;
  const char *seat = !found && words == 2 ? strchr (office, ' ') : NULL;
  if (seat && seat[1] >= '1' && seat[1] <= '9' && (seat[2] == '\0' || (g_ascii_isdigit (seat[2]) && seat[3] == '\0')))
    words = 1;
  else
    seat = NULL;
  if (!found && words == 1)
    {
      char key[24];
      gsize n = seat ? (gsize) (seat - office) : strlen (office);
      for (gsize k = 0; k < n && n < sizeof key; k++)
        key[k] = g_ascii_tolower (office[k]);
      party = n < sizeof key && (key[n] = '\0', sp_is_party_role (key));
    }
  if ((!found && !party) || words > 3)
    return FALSE;
  if (words == 1 && !party)
    return TRUE; /* "Chair (Ann Lee)", "The Mayor (Jane Doe)": as before */
  guint names = 0;
  for (const char *q = qs; q < qe; names++)
    {
      if (!g_ascii_isupper (*q))
        return FALSE;
      while (q < qe && *q != ' ')
        q++;
      while (q < qe && *q == ' ')
        q++;
    }
  return names >= (party ? 1u : 2u) && names <= (hansard ? 5u : 4u);
}

/* A phrase of two or three words whose last is a label ("one concern",
 * "quick note", "follow up question") */
static gboolean
kind_phrase (const char *tail)
{
  const char *last = strrchr (tail, ' ');
  guint spaces = 0;
  for (const char *p = tail; *p; p++)
    spaces += *p == ' ';
  return last && spaces <= 2 && sp_is_label (last + 1);
}

/* The end of a one-word mark before an unbracketed qualifier ending
 * [s, pe): the queue (" on queue", " via queue", " from queue", " from
 * the queue": TC39's queue read aloud, "DOK on queue"), or a handle's
 * medium ("@ffranzen on YouTube"); else pe */
static const char *
unbracketed_qualifier (const char *s, const char *pe)
{
  /* TC39's queue, by its tool's name too ("CDA on TCQ: +1") */
  static const char *const suffixes[] = { " on queue", " via queue", " from queue", " from the queue",
                                          " on the queue", " on tcq", " via tcq", " from tcq", NULL };
  for (const char *const *x = suffixes; *x; x++)
    {
      gsize n = strlen (*x);
      if ((gsize) (pe - s) > n && g_ascii_strncasecmp (pe - n, *x, n) == 0 && !memchr (s, ' ', pe - n - s))
        return pe - n;
    }
  /* "@ffranzen on YouTube: ...", "@ann via Zoom: ...": a handle and the
   * way its voice came */
  static const char *const ways[] = { " on ", " via ", " in ", NULL };
  const char *sp = *s == '@' ? memchr (s, ' ', pe - s) : NULL;
  for (const char *const *w = ways; sp && *w; w++)
    {
      gsize n = strlen (*w);
      if ((gsize) (pe - sp) > n && g_ascii_strncasecmp (sp, *w, n) == 0 && sp_mark_medium_word (sp + n, pe))
        return sp;
    }
  return pe;
}

/* Words of a topic before who reports on it: no name (nor a title), in lower case
 * somewhere or with a number ("Node hot plug", "KEP-4680"; one word in
 * lower case is a nickname), and no label first ("Action item (Marcus)"
 * names an owner) */
static gboolean
topic_words (const char *s, const char *e)
{
  const char *w = s;
  while (w < e && *w != ' ')
    w++;
  char first[MARK_MAX + 1];
  if (w - s > MARK_MAX)
    return FALSE;
  sp_mark_tidy_into (s, w, first, sizeof first);
  if (first[0] == '\0' || sp_is_label (first))
    return FALSE;
  /* "Ms. Adaeze Nwosu (Enugu North)", "Councillor Reyes (Ward 3)": a
   * title opens a person's name, and the parentheses say where from */
  if (w < e && np_text_is_title (s, w - s, NULL))
    return FALSE;
  /* a word alone in lower case is a nickname ("hyeonwoo (Matrix):") */
  if (w == e && !memchr (s, ' ', e - s))
    {
      /* "KEP-4680", an issue's reference "k/k#132004", "repo#1290" */
      gboolean digit = FALSE;
      for (const char *q = s; q < e; q++)
        digit |= g_ascii_isdigit (*q);
      return digit && (g_ascii_isupper (*s) || memchr (s, '#', e - s));
    }
  gboolean lower = FALSE;
  for (const char *q = s; q < e; q++)
    lower |= (g_ascii_islower (*q) && (q == s || q[-1] == ' ')) || g_ascii_isdigit (*q);
  return lower || sp_name_case (s, e - s, NULL) == SP_CASE_MIXED;
}

/* One or two words of a name in Title case, no comma ("Deepa", "Deepa
 * Raman"): who reports on a topic */
static gboolean
reporter_name (const char *s, const char *e)
{
  guint words = 0;
  return e > s && !memchr (s, ',', e - s) && sp_name_case (s, e - s, &words) == SP_CASE_TITLE && words <= 2;
}

gboolean
sp_mark_parse_colon (const char *text, const char *p, const char *e, SpMark *m)
{
  const char *limit = mark_colon_limit (p, e);
  /* a phone that dialled in, nobody named: "+49 30 ******12: ...",
   * "**+1 415-555-0100:** ..." */
  gsize phone = (*p == '+' || *p == '*' || g_ascii_isdigit (*p)) ? np_text_phone_label (p, e - p) : 0;
  if (phone)
    {
      const char *name = p + (*p == '*' ? 2 : 0), *colon = memchr (p + phone, ':', e - p - phone);
      const char *after = colon + 1;
      while (after < e && *after == '*')
        after++;
      m->anonymous = TRUE;
      m->names[0] = g_strndup (name, p + phone - name);
      m->n_names = 1;
      return sp_mark_finish (m, SP_FORM_COLON, text, p, after, skip_spaces (after, e));
    }
  gboolean wide;
  const char *colon = find_colon (p, limit, &wide);
  if (colon == NULL)
    return FALSE;
  /* "@jonte:matrix.org: ...": a Matrix user's ID before the mark's colon,
   * its local part the name */
  gsize local_len = 0, mxid = *p == '@' ? np_text_matrix_user (p, limit - p, &local_len) : 0;
  if (mxid && p + mxid < limit && p[mxid] == ':' && p + mxid + 1 < e && is_space (p[mxid + 1]))
    {
      if (!sp_mark_add_name (m, p + 1, p + 1 + local_len))
        return FALSE;
      return sp_mark_finish (m, SP_FORM_COLON, text, p, p + mxid + 1, skip_spaces (p + mxid + 1, e));
    }
  /* "Mic line: Ian Swett: +1", "Q: Alice Smith: what about ...": a label
   * of the floor, then the speaker's own mark */
  if (!wide)
    {
      const char *q = skip_spaces (colon + 1, e);
      if (sp_mark_floor_label (p, colon, q, e))
        {
          if (sp_mark_parse_colon (text, q, e, m))
            return TRUE;
          /* no mark after it: the label alone, as before */
          sp_mark_reset (m);
        }
      /* "Q: Oksana Feldt does it work ...", "A: Rohan Iyer yes, ...": the
       * question's label, then a full name with no delimiter */
      else if (colon - p <= 8 && strchr ("QqAa", *p) && q < e && g_ascii_isupper (*q) && sp_mark_is_floor_label (p, colon))
        {
          if (sp_mark_parse_name (text, q, e, m))
            return TRUE;
          sp_mark_reset (m);
        }
    }
  /* a colon inside a qualifier is no mark's: "**Tim Beiko** (0:02:15):",
   * "Alice [10:32]:" - the mark's colon follows the closing one */
  const char *qual = memchr (p, '(', colon - p);
  if (qual == NULL)
    qual = memchr (p, '[', colon - p);
  if (qual != NULL)
    {
      char closing = *qual == '(' ? ')' : ']';
      if (memchr (qual, closing, colon - qual) == NULL)
        {
          const char *close = memchr (colon, closing, limit - colon);
          if (close == NULL || close + 1 >= limit || close[1] != ':')
            return FALSE;
          colon = close + 1;
          wide = FALSE;
        }
    }
  /* after the colon: closing emphasis of "**Name:**" ("<b>Name:</b>"),
   * then space or end (a full-width colon needs no space: "李明：同意") */
  const char *after = sp_mark_skip_emphasis (colon + (wide ? 3 : 1), e);
  if (after < e && !is_space (*after) && !wide && (after = glued_speech (p, colon, after, e)) == NULL)
    return FALSE;
  /* "Julien:" alone heads the bullets below it: a bare name, not a colon */
  if (skip_spaces (after, e) >= e)
    return FALSE;
  const char *s = p, *pe = colon;
  trim (&s, &pe);
  /* French typography's no-break space before the colon, as office
   * programs put it: "Chloé\u00a0: ...", "\u202f" */
  if (pe - s > 2 && (guchar) pe[-1] == 0xa0 && (guchar) pe[-2] == 0xc2)
    pe -= 2;
  else if (pe - s > 3 && memcmp (pe - 3, "\xe2\x80\xaf", 3) == 0)
    pe -= 3;
  trim (&s, &pe);
  s = skip_zulip_at (s, pe);
  m->bold = sp_mark_strip_markup (&s, &pe);
  /* trailing uncertainty and qualifiers: "WH?", "RBN ??", "LCA(?)",
   * "JSL (summary)", "SYG [from queue]", "Rod Vagg (TSC)" */
  const char *qual_s = NULL, *qual_e = NULL;
  for (int round = 0; round < 3 && pe > s; round++)
    {
      if (pe[-1] == '?')
        {
          while (pe > s && (pe[-1] == '?' || is_space (pe[-1])))
            pe--;
          m->uncertain = TRUE;
          continue;
        }
      if (pe[-1] == ')' || pe[-1] == ']')
        {
          char open = pe[-1] == ')' ? '(' : '[';
          const char *q = pe - 1;
          while (q > s && *q != open)
            q--;
          if (*q != open)
            return FALSE;
          const char *qs = q + 1, *qe = pe - 1;
          trim (&qs, &qe);
          if (qe - qs >= 1 && qs[0] == '?' && qe - qs <= 3)
            m->uncertain = TRUE;
          if (round == 0 && qe > qs)
            {
              qual_s = qs;
              qual_e = qe;
            }
          pe = q;
          trim (&s, &pe);
          continue;
        }
      break;
    }
  /* "CDA.: ...": a stop the scribe typed after an abbreviation */
  if (pe - s >= 3 && pe - s <= 5 && pe[-1] == '.')
    {
      const char *a = s;
      while (a < pe - 1 && g_ascii_isupper (*a))
        a++;
      if (a == pe - 1)
        pe--;
    }
  /* "DOK on queue: ...", "CDA on TCQ: ...": the queue's entry, its
   * qualifier unbracketed; "@ffranzen on YouTube: ..." */
  if (pe - s > 9 && (pe[-1] == 'e' || pe[-1] == 'Q' || pe[-1] == 'q' || *s == '@'))
    pe = unbracketed_qualifier (s, pe);
  /* "Interviene Jorge Ruiz: ...", "Risponde l'assessore Bianchi: ...":
   * Romance minutes' verb of taking the floor before the voice */
  s += np_text_floor_verb (s, pe - s);
  /* "Alice Smith (00:05): ...": a transcript's turn, at its time */
  if (qual_s && sp_is_clock (qual_s, qual_e))
    m->timed = TRUE;
  /* "Alice (to Bob): ...": the qualifier names whom the turn is for */
  if (qual_s && qual_e - qual_s > 3 && g_ascii_strncasecmp (qual_s, "to ", 3) == 0)
    set_addressee (m, qual_s + 3, qual_e);
  /* "Alice → Bob: ...": the speaker before the arrow, the addressee after */
  const char *to_s;
  const char *arrow = find_arrow (s, pe, &to_s);
  if (arrow)
    {
      g_clear_pointer (&m->addressee, g_free);
      set_addressee (m, to_s, pe);
      pe = arrow;
      trim (&s, &pe);
    }
  sp_mark_strip_markup (&s, &pe);
  if (s >= pe)
    {
      /* "??:", "?:" - a scribe who did not catch the speaker */
      if (m->uncertain)
        {
          m->anonymous = TRUE;
          m->names[0] = g_strdup ("?");
          m->n_names = 1;
          return sp_mark_finish (m, SP_FORM_COLON, text, p, after, skip_spaces (after, e));
        }
      return FALSE;
    }
  /* "Q (Alice): ...", "A (Bob): ...": the questioner is in parentheses */
  if (qual_s && (pe - s <= 32 || (pe - s <= 96 && np_text_office_of_words (s, pe - s))))
    {
      g_autofree char *label = sp_mark_tidy (s, pe);
      /* "The Mayor (Jane Doe): ...", "Chair (Ann Lee): ...", "The Prime
       * Minister (Rishi Sunak): ...": the person holding the office is
       * in parentheses (whom later marks of the office alone name) */
      /* "Unidentified remote participant (audio only):": an anonymous
       * voice, the parentheses telling how it came */
      gboolean relay = (sp_mark_is_relay_label (s, pe) || sp_mark_reporter_label (s, pe)) && !sp_is_anonymous (label);
      const char *from_voice = NULL;
      /* "Question from Lena Hartmann (YouTube): ...": the voice in the
       * label, the way it came in the parentheses */
      if (sp_mark_medium_word (qual_s, qual_e) && sp_mark_from_voice (s, pe, &from_voice) != s && from_voice)
        {
          m->relayed = TRUE;
          s = from_voice + 6;
        }
      /* "Q from Farid (SRE): ...", "Question from Farid (remote): ...":
       * the voice is named in the label, the parentheses tell of them */
      else if (sp_mark_from_voice (s, pe, &from_voice) != s && from_voice && g_ascii_isupper (from_voice[6])
               && !sp_mark_medium_word (from_voice + 6, pe))
        {
          m->relayed = TRUE;
          s = from_voice + 6;
        }
      else if ((pe - s <= 16 && sp_mark_is_question_label (label)) || relay || office_of_holder (label, qual_s, qual_e))
        {
          gboolean question = relay || sp_mark_is_question_label (label);
          if (!question)
            m->office = g_steal_pointer (&label);
          m->relayed = question;
          s = qual_s;
          pe = qual_e;
          /* "(Zoom, Olu Adebayo)", "(Matrix, @pilvi:matrix.org)": the way
           * the voice came, then who */
          /* "Question in chat (from Tomas Reyes): ...", "Q (from Marisol): ..." */
          if ((relay || question) && pe - s > 5 && g_ascii_strncasecmp (s, "from ", 5) == 0)
            s += 5;
          if (relay || question)
            s = sp_mark_after_medium (s, pe);
          /* "Q (from IRC): ...", "Q (Zoom): ...": only the way the
           * question came, from someone unnamed */
          if (question && sp_mark_medium_word (s, pe))
            {
              m->anonymous = TRUE;
              m->names[0] = g_strdup ("?");
              m->n_names = 1;
              return sp_mark_finish (m, SP_FORM_COLON, text, p, after, skip_spaces (after, e));
            }
          gsize local = 0;
          if (relay && *s == '@' && np_text_matrix_user (s, pe - s, &local) == (gsize) (pe - s) && local > 1)
            pe = s + 1 + local, s++;
          /* "Q (anonymous, from chat): ...", "Q (Priya, remote): ...":
           * after a comma, in lower case, how the question came */
          const char *comma = question ? memchr (s, ',', pe - s) : NULL;
          const char *how = comma ? skip_spaces (comma + 1, pe) : NULL;
          if (how && how < pe && g_ascii_islower (*how))
            pe = comma;
          /* "Q (Samir, Ericsson): ...", "Q (Hugo Lemaire, Red Hat): ...":
           * a name, then a company, or a second name (attribute.c keeps
           * it when it names someone, as in "[Nicholas, datadog]"); "Q
           * (Priya from Shopify): ..." */
          else if (how && how < pe && g_ascii_isupper (*how) && !memchr (how, ',', pe - how)
                   && (!memchr (s, ' ', comma - s) || sp_name_case (s, comma - s, NULL) == SP_CASE_TITLE))
            {
              /* "Q (Liv, Debian Med team): ...": words no name's, a
               * team's or a company's, never a second asker */
              if (sp_name_case (how, pe - how, NULL) == SP_CASE_TITLE)
                m->affiliation = sp_mark_tidy (how, pe);
              else
                pe = comma;
            }
          else if (question && !comma)
            {
              const char *from = sp_find (s, pe - s, " from ");
              if (from && from > s && !memchr (s, ' ', from - s) && g_ascii_isupper (*s))
                pe = from;
            }
        }
      /* "Node hot plug (Deepa): ...", "KEP-4680 (Priyanka): ...": a topic
       * in lower case or with a number, then who reports on it */
      else if (qual_e - qual_s <= 32 && topic_words (s, pe) && reporter_name (qual_s, qual_e))
        {
          m->reporter = TRUE;
          s = qual_s;
          pe = qual_e;
        }
      /* "Release Team (Nikhita): ...": a topic of words, then one or two
       * capitalized words in parentheses, kept as the affiliation's place:
       * attribute.c makes them the speaker when they are one of the
       * document's people and the words before are nobody */
      else if (memchr (s, ' ', pe - s) && qual_e - qual_s <= 32 && sp_name_case (qual_s, qual_e - qual_s, NULL) == SP_CASE_TITLE
               && !memchr (qual_s, ',', qual_e - qual_s))
        m->affiliation = sp_mark_tidy (qual_s, qual_e);
    }
  /* ... after a long issue's reference too
   * ("kubernetes-csi/external-provisioner#1290 (Lena): ...") */
  else if (qual_s && pe - s <= MARK_MAX && qual_e - qual_s <= 32 && !memchr (s, ' ', pe - s) && topic_words (s, pe)
           && reporter_name (qual_s, qual_e))
    {
      m->reporter = TRUE;
      s = qual_s;
      pe = qual_e;
    }
  /* "KEP-3953 Node resource hot plug - Deepa: ...": the same, after a
   * dash; "Public comment - Janet Ruiz, parent:" over her words, a voice
   * the label relays */
  else if (pe - s > 8 && pe - s <= MARK_MAX)
    {
      const char *relay = NULL;
      for (const char *q = s + 6; q + 3 < pe && q < s + 48 && relay == NULL; q++)
        {
          gsize dash = sp_mark_spaced_dash (q, pe);
          if (dash && sp_names_public_voices (s, q - s))
            relay = q + 2 + dash;
        }
      const char *dash = NULL;
      for (const char *q = pe - 3; q > s; q--)
        if (q[0] == ' ' && q[1] == '-' && q[2] == ' ')
          {
            dash = q;
            break;
          }
      if (relay && g_ascii_isupper (*relay))
        {
          m->relayed = TRUE;
          s = relay;
        }
      else if (dash && topic_words (s, dash) && reporter_name (dash + 3, pe))
        {
          m->reporter = TRUE;
          s = dash + 3;
        }
    }
  /* "Question from Priya: ...", "Note from Bob Jones: ...": the voice
   * after "from" */
  if (!qual_s)
    {
      const char *from;
      const char *voice = sp_mark_from_voice (s, pe, &from);
      /* "Liesl from Stripe: ...": a name, then the company she is from */
      if (voice == s && from && pe - s <= 40 && g_ascii_isupper (*s) && from + 6 < pe && g_ascii_isupper (from[6]) && !m->affiliation)
        {
          guint words = 0;
          if (sp_name_case (s, from - s, &words) == SP_CASE_TITLE && words <= 2)
            {
              m->affiliation = sp_mark_tidy (from + 6, pe);
              pe = from;
            }
        }
      /* "Question from @tkoenig: ...": a voice the label relays by name */
      if (voice != s && from && voice == from + 6 && sp_mark_is_question_label_span (s, from))
        m->relayed = TRUE;
      s = voice;
    }
  /* "Priya update: ...", "Cezar's Recommendation: ...": a name, then
   * what kind of remark follows */
  if (pe - s > 7 && pe - s <= 40 && g_ascii_isupper (*s))
    pe = sp_mark_before_remark_kind (s, pe);
  /* "Alice asked: ...", "Bob Jones said: ...": a verb of speech after
   * the name is no part of it */
  const char *verb = pe;
  pe = sp_before_speech_verb (s, pe);
  if (pe != verb) /* "**Alice** said: " */
    m->bold |= sp_mark_strip_markup (&s, &pe);
  /* anonymous words start with these letters (or a CJK one: "発言者不明"):
   * no copy for the others */
  /* (a mark opening with "The " may run to MARK_LONG bytes, the
   * office's holder in parentheses after it: such a long one is no
   * anonymous word, and would not fit the buffer) */
  if (pe - s <= MARK_MAX
      && (strchr ("?unasmfqipdvohreUNASMFQIPDVOHRE", *s) || (guchar) *s >= 0xe3
          || ((*s == 't' || *s == 'T') && pe - s > 4 && g_ascii_strncasecmp (s, "the ", 4) == 0)))
    {
      char prefix[MARK_MAX + 1];
      sp_mark_tidy_into (s, pe, prefix, sizeof prefix);
      if (sp_is_anonymous (prefix))
        {
          m->anonymous = TRUE;
          m->names[0] = g_strdup (prefix);
          m->n_names = 1;
          return sp_mark_finish (m, SP_FORM_COLON, text, p, after, skip_spaces (after, e));
        }
    }
  /* "Carol White, Foo Inc: ...": a company after the comma is the
   * speaker's affiliation, no second speaker */
  const char *comma = memchr (s, ',', pe - s);
  if (comma && !memchr (comma + 1, ',', pe - comma - 1) && pe - comma <= MARK_MAX)
    {
      char tail[MARK_MAX + 1];
      sp_mark_tidy_into (comma + 1, pe, tail, sizeof tail);
      if (is_organization (tail) || sp_before_address (s, pe) == comma)
        pe = comma;
      /* "Kofi, summary: ...": what kind of speech follows, in lower case;
       * "Maria Delgado, resident: ...", who a public commenter is */
      else if (g_ascii_islower (tail[0]) && !strchr (tail, ' ') && (sp_is_label (tail) || commenter_word (tail)))
        pe = comma;
      /* ... or a short phrase in lower case ending with such a word, after
       * a capitalized name ("Rosalind, one concern: ...", "Hana, quick
       * note: ..."; not "Myles, have started using node: ...") */
      else if (g_ascii_islower (tail[0]) && g_ascii_isupper (*s) && strchr (tail, ' ') && kind_phrase (tail))
        pe = comma;
      /* "Tomasz Wierzbicki, CPEA chapter president: ...": a full name and
       * the commenter's role in a few words */
      else if (memchr (s, ' ', comma - s) && g_ascii_isupper (*s) && commenter_role (tail))
        pe = comma;
      /* "Carol White, Google: ...": one capitalized word after a full
       * name may be the speaker's company; attribute.c keeps it as a
       * second speaker only when it names someone, as in "[Nicholas,
       * datadog]" ("DH, AWB:", abbreviations, are two speakers) */
      else if (memchr (s, ' ', comma - s) && !strchr (tail, ' ') && g_ascii_isupper (tail[0])
               && sp_has_lowercase (tail, strlen (tail)) && m->affiliation == NULL)
        m->affiliation = g_strdup (tail);
    }
  /* Chromium's "lbauer@: ...": a mail address's local part, the '@' after
   * it; a whole address, "ebrandt@suse.de: ...", its local part too */
  const char *at = pe - s >= 3 && pe - s <= 48 ? memchr (s, '@', pe - s) : NULL;
  if (at && at > s)
    {
      const char *q = s;
      while (q < at && (g_ascii_islower (*q) || g_ascii_isdigit (*q) || *q == '_' || *q == '-' || *q == '.'))
        q++;
      const char *d = at + 1;
      while (d < pe && (g_ascii_isalnum (*d) || *d == '-' || *d == '.'))
        d++;
      if (q == at && (at + 1 == pe || (d == pe && memchr (at + 1, '.', pe - at - 1) && g_ascii_isalpha (pe[-1]))))
        pe = at;
    }
  /* "TL;DR:" is one label, not the two abbreviations "TL" and "DR" */
  if (pe > s && pe - s < 16 && memchr (s, ';', pe - s))
    {
      char whole[16];
      memcpy (whole, s, pe - s);
      whole[pe - s] = '\0';
      if (sp_is_label (whole))
        return FALSE;
    }
  /* "@ruoyu.h: ...": a handle with a dot after its '@' ("node.js:"
   * without one is a label) */
  if (sp_mark_add_dotted_handle (m, s, pe, TRUE))
    {
      m->dotted = *s != '@';
      return sp_mark_finish (m, SP_FORM_COLON, text, p, after, skip_spaces (after, e));
    }
  if (!sp_mark_split_names (m, s, pe))
    return FALSE;
  return sp_mark_finish (m, SP_FORM_COLON, text, p, after, skip_spaces (after, e));
}

/* "The 8472: ...", "Anna 99: ...": a name that no other reading takes (a
 * number among its words), written before the colon exactly as an
 * attendee list writes it; names: the document's attendees so written
 * (NULL-terminated) */
gboolean
sp_mark_parse_listed_colon (const char *text, gsize len, const char *const *names, SpMark *m)
{
  for (const char *const *n = names; *n; n++)
    {
      gsize k = strlen (*n);
      if (k + 2 < len && memcmp (text, *n, k) == 0 && text[k] == ':' && text[k + 1] == ' ')
        {
          sp_mark_clear (m);
          memset (m, 0, sizeof *m);
          m->names[0] = g_strndup (text, k);
          m->n_names = 1;
          return sp_mark_finish (m, SP_FORM_COLON, text, text, text + k + 1, skip_spaces (text + k + 1, text + len));
        }
    }
  return FALSE;
}

