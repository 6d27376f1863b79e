/* parties.c: parties named by their office or role.
 *
 * An office with its holder ("The Prime Minister (Rishi Sunak): ...",
 * "Host (Jane Doe): ...") names the holder in later marks of the office
 * alone ("The Prime Minister: ...").
 *
 * Interviews, oral histories and depositions write "Q:" and "A:" (or
 * "Q." and "A.") before each turn.  Alone such labels name nobody, so
 * they stay labels, unless the document says who asks and who answers:
 *
 *  - a legend: "Q = Hannah Lindqvist (interviewer), A = Kwame Asante";
 *  - the parties' lines: "Interviewer: Hannah Lindqvist", "**Interviewee:**
 *    Dr. Kwame Asante" (or attendees with such roles);
 *  - a deposition's record: "BY MR. CALLOWAY:" names the counsel who
 *    examines until the next such line, and the witness is named by the
 *    title or a line ("DEPOSITION OF ROSALIND MBEKI", "ROSALIND MBEKI,
 *    having been first duly sworn, ..."); "THE WITNESS:" is the witness;
 *  - a conference's session, its one speaker on a line of its own under
 *    its heading ("Speaker: Ingrid Halvorsen", "Presenter: ...") or after
 *    its title ("## draft-ietf-ctt-framing (Helga Marcussen)"): the
 *    answers in that section (and its subsections) are the speaker's, and
 *    so are "Presenter: ..." and "Speaker: ..." before speech.
 *
 * The document is searched once, at its first "Q"/"A" label. */
#include "config.h" /* memrchr() */

#include <string.h>

#include "attribute-private.h"
#include "marks-private.h"

typedef struct
{
  guint item;
  char *name; /* "MR. CALLOWAY", as written */
} Examiner;

typedef struct
{
  gint32 section;
  char *name; /* as written */
} Session;

struct _SpQa
{
  char *asker, *answerer; /* as written, or NULL */
  GArray *examiners;      /* Examiner, in item order */
  GArray *sessions;       /* Session, the sections' own speakers */
  GArray *presenters;     /* Examiner: a session's speaker named where no section is */
  const NpItem *items;
  const NpSection *sections;
};

gsize
sp_qa_label (const char *text, gsize len, gboolean *question)
{
  if (len < 4 || (text[0] != 'Q' && text[0] != 'A') || (text[1] != '.' && text[1] != ':')
      || (text[2] != ' ' && text[2] != '\t'))
    return 0;
  gsize off = 3;
  while (off < len && (text[off] == ' ' || text[off] == '\t'))
    off++;
  if (off >= len)
    return 0;
  *question = text[0] == 'Q';
  return off;
}

/* A person's name of one to five words, each opening with a capital
 * ("Hannah Lindqvist", "Dr. Kwame Asante", "ROSALIND MBEKI"), from s up
 * to e: a copy, or NULL */
static char *
name_between (const char *s, const char *e)
{
  while (s < e && (*s == ' ' || *s == '*' || *s == '_'))
    s++;
  while (e > s && (e[-1] == ' ' || e[-1] == '*' || e[-1] == '_' || e[-1] == '.' || e[-1] == ':'))
    e--;
  if (s >= e || e - s > 48)
    return NULL;
  guint words = 0;
  for (const char *w = s; w < e; words++)
    {
      if (!g_unichar_isupper (g_utf8_get_char_validated (w, e - w)))
        return NULL;
      const char *sp = memchr (w, ' ', e - w);
      w = sp ? sp + 1 : e;
      while (w < e && *w == ' ')
        w++;
    }
  return words >= 1 && words <= 5 ? g_strndup (s, e - s) : NULL;
}

/* Does the period at e end the sentence (not "Dr." nor an initial)? */
static gboolean
sentence_end (const char *s, const char *e, const char *end)
{
  if (*e != '.' || (e + 1 < end && e[1] != ' '))
    return FALSE;
  const char *w = e;
  while (w > s && w[-1] != ' ')
    w--;
  return e - w > 1 && !np_text_is_title (w, e - w, NULL);
}

/* The name after "Q =" or "A =" in a legend, up to a parenthesis, a
 * comma, a semicolon or the sentence's end */
static char *
legend_name (const char *text, gsize len, char party)
{
  for (const char *p = text; (p = memchr (p, party, text + len - p)) != NULL; p++)
    {
      if (p > text && g_ascii_isalnum (p[-1]))
        continue;
      const char *q = p + 1;
      while (q < text + len && *q == ' ')
        q++;
      if (q >= text + len || *q != '=')
        continue;
      const char *s = q + 1, *e = s;
      while (e < text + len && *e != '(' && *e != ',' && *e != ';' && !sentence_end (s, e, text + len))
        e++;
      char *name = name_between (s, e);
      if (name)
        return name;
    }
  return NULL;
}

/* Which party a role names: 'Q' (asks), 'A' (answers) or 0 */
static char
role_party (const char *role, gsize n)
{
  static const char *const askers[] = { "interviewer", "questioner", "examiner", "host", NULL };
  static const char *const answerers[] = { "interviewee", "respondent", "witness", "deponent", "narrator", "guest",
                                           NULL };
  for (guint k = 0; askers[k]; k++)
    if (strlen (askers[k]) == n && g_ascii_strncasecmp (role, askers[k], n) == 0)
      return 'Q';
  for (guint k = 0; answerers[k]; k++)
    if (strlen (answerers[k]) == n && g_ascii_strncasecmp (role, answerers[k], n) == 0)
      return 'A';
  return 0;
}

/* "Interviewer: Hannah Lindqvist", "**Interviewee:** Dr. Kwame Asante
 * (epidemiologist)": the party and a copy of the name */
static char
role_line (const char *text, gsize len, char **name)
{
  const char *s = text, *e = text + len;
  while (s < e && (*s == '*' || *s == '_'))
    s++;
  const char *colon = memchr (s, ':', MIN ((gsize) (e - s), (gsize) 16));
  if (colon == NULL)
    return 0;
  char party = role_party (s, colon - s);
  if (party == 0)
    return 0;
  const char *v = colon + 1, *ve = v;
  while (ve < e && *ve != '(' && *ve != ',' && *ve != ';')
    ve++;
  *name = name_between (v, ve);
  return *name ? party : 0;
}

/* A talk's line or heading with its speaker after a dash: "Talk: Making
 * the scheduler observable — Kwame Asante", "Keynote: ... - Ann Lee": a
 * copy of the full name, or NULL */
static char *
talk_speaker (const char *s, gsize len)
{
  const char *e = s + len;
  if (len <= 16
      || !(g_ascii_strncasecmp (s, "talk: ", 6) == 0 || g_ascii_strncasecmp (s, "keynote: ", 9) == 0
           || g_ascii_strncasecmp (s, "lightning talk: ", 16) == 0))
    return NULL;
  const char *dash = NULL; /* after the last dash */
  for (const char *q = s + 6; q + 3 < e; q++)
    {
      gsize dn = sp_mark_spaced_dash (q, e);
      if (dn)
        dash = q + 2 + dn;
    }
  g_autofree char *name = dash ? name_between (dash, e) : NULL;
  return name && strchr (name, ' ') && !sp_find (name, strlen (name), " and ") ? g_steal_pointer (&name) : NULL;
}

/* Might item text (len bytes) name a session's speaker (session_speaker_line())?
 * Its first byte or its last tell most items apart cheaply */
static gboolean
may_be_session_line (const char *text, gsize len)
{
  return len > 8 && ((text[0] && strchr ("SP*_TKL", text[0])) || text[len - 1] == ')');
}

/* "Speaker: Ingrid Halvorsen", "**Presenter:** Dr. Omar Haddad
 * (Acme)": a session's one speaker, a copy of the name; not two
 * ("Speakers: A, B", "Presenter: A and B") */
static char *
session_speaker_line (const char *text, gsize len)
{
  static const char *const labels[] = { "speaker", "presenter", "speakers", "presenters", "presented by", NULL };
  const char *s = text, *e = text + len;
  char *talk = talk_speaker (text, len);
  if (talk)
    return talk;
  /* at the end of the line that names the session, in parentheses:
   * "Paper: \"Sparse Mixtures\" (presenter: Aisha)", "(presented by Aisha)" */
  if (len > 16 && e[-1] == ')')
    {
      static const char *const inner[] = { "(presenter: ", "(speaker: ", "(presented by ", NULL };
      const char *open = memrchr (s, '(', len);
      for (const char *const *l = inner; open && *l; l++)
        if ((gsize) (e - open) > strlen (*l) + 1 && g_ascii_strncasecmp (open, *l, strlen (*l)) == 0)
          return sp_find (open, e - open, " and ") ? NULL : name_between (open + strlen (*l), e - 1);
    }
  while (s < e && (*s == '*' || *s == '_'))
    s++;
  const char *colon = memchr (s, ':', MIN ((gsize) (e - s), (gsize) 14));
  if (colon == NULL)
    return NULL;
  const char *le = colon;
  while (le > s && (le[-1] == '*' || le[-1] == '_'))
    le--;
  gboolean known = FALSE;
  for (const char *const *l = labels; *l && !known; l++)
    known = strlen (*l) == (gsize) (le - s) && g_ascii_strncasecmp (s, *l, le - s) == 0;
  if (!known)
    return NULL;
  const char *v = colon + 1, *ve = v;
  while (ve < e && *ve != '(' && *ve != ',' && *ve != ';' && *ve != '&' && *ve != '/')
    ve++;
  if (ve < e && *ve != '(')
    return NULL;
  if (sp_find (v, ve - v, " and "))
    return NULL;
  return name_between (v, ve);
}

/* "BY MR. CALLOWAY:", "EXAMINATION BY MS. ROWE:", "CROSS-EXAMINATION BY
 * MR. DIAZ:": the examining counsel as written (a heading's colon may be
 * gone) */
static char *
examiner_line (const char *text, gsize len, gboolean heading)
{
  static const char *const kinds[] = { "EXAMINATION ", "CROSS-EXAMINATION ", "DIRECT EXAMINATION ",
                                       "REDIRECT EXAMINATION ", "RECROSS-EXAMINATION ", "FURTHER EXAMINATION ", NULL };
  const char *const *k = len > 16 && text[0] && strchr ("ECDRF", text[0]) ? kinds : NULL;
  for (; k && *k; k++)
    if (len > strlen (*k) && memcmp (text, *k, strlen (*k)) == 0)
      {
        text += strlen (*k);
        len -= strlen (*k);
        break;
      }
  if (len < 6 || len > 52 || memcmp (text, "BY ", 3) != 0 || (!heading && text[len - 1] != ':'))
    return NULL;
  return name_between (text + 3, text + len);
}

static gint
examiner_order (gconstpointer a, gconstpointer b)
{
  guint x = ((const Examiner *) a)->item, y = ((const Examiner *) b)->item;
  return x < y ? -1 : x > y;
}

/* The witness of a deposition: "DEPOSITION OF ROSALIND MBEKI" or
 * "ROSALIND MBEKI, having been first duly sworn, ..." */
static char *
witness_line (const char *text, gsize len)
{
  const char *of = sp_find (text, len, "DEPOSITION OF ");
  if (of)
    {
      /* the name in capitals, up to a word that is not ("... HALVORSEN
       * Seattle, Washington": the caption's next line, joined) */
      const char *s = of + 14, *e = s;
      for (const char *w = s; w < text + len && *w != ',' && *w != '(' && *w != ';';)
        {
          const char *we = w;
          while (we < text + len && *we != ' ' && *we != ',' && *we != '(' && *we != ';')
            we++;
          if (sp_has_lowercase (w, we - w))
            break;
          e = we;
          w = we;
          while (w < text + len && *w == ' ')
            w++;
        }
      return name_between (s, e);
    }
  const char *sworn = sp_find (text, MIN (len, (gsize) 80), ", having been");
  if (sworn && sp_find (sworn, text + len - sworn, "sworn"))
    return name_between (text, sworn);
  return NULL;
}

/* "draft-ietf-ctt-framing-07 (Helga Marcussen)", "Session 3: Swap
 * (Oluwaseun Adeyemi)": a heading with its presenter's full name in
 * parentheses at its end, two words or more, no label ("(Action
 * Items)"), or a talk's with its speaker after a dash (talk_speaker()):
 * a copy of the name, or NULL */
static char *
heading_presenter (const char *title)
{
  gsize n = strlen (title);
  if (n < 8)
    return NULL;
  if (title[n - 1] != ')')
    return talk_speaker (title, n);
  const char *open = g_strrstr_len (title, n, "(");
  if (open == NULL || open == title || open[-1] != ' ' || !memchr (open, ' ', title + n - 1 - open))
    return NULL;
  char *name = name_between (open + 1, title + n - 1);
  if (name && (!sp_plain_words (name) || sp_is_label (name)))
    g_clear_pointer (&name, g_free);
  return name;
}

/* The speaker a section names of its own (a session's), or NULL */
static const char *
session_of (const SpQa *qa, gint32 section)
{
  for (guint k = 0; k < qa->sessions->len; k++)
    if (g_array_index (qa->sessions, Session, k).section == section)
      return g_array_index (qa->sessions, Session, k).name;
  return NULL;
}

static void
examiner_clear (gpointer data)
{
  g_free (((Examiner *) data)->name);
}

static void
session_clear (gpointer data)
{
  g_free (((Session *) data)->name);
}

static SpQa *
qa_scan (const NpDocument *doc, guint n_items)
{
  SpQa *qa = g_new0 (SpQa, 1);
  qa->examiners = g_array_new (FALSE, FALSE, sizeof (Examiner));
  g_array_set_clear_func (qa->examiners, examiner_clear);
  qa->presenters = g_array_new (FALSE, FALSE, sizeof (Examiner));
  g_array_set_clear_func (qa->presenters, examiner_clear);
  qa->sessions = g_array_new (FALSE, FALSE, sizeof (Session));
  g_array_set_clear_func (qa->sessions, session_clear);
  guint n_doc_items, n_sections;
  qa->items = np_document_get_items (doc, &n_doc_items);
  qa->sections = np_document_get_sections (doc, &n_sections);
  guint n_people;
  const NpPerson *people = np_document_get_attendees (doc, &n_people);
  for (guint k = 0; k < n_people; k++)
    {
      char party = people[k].role ? role_party (people[k].role, strlen (people[k].role)) : 0;
      char **slot = party == 'Q' ? &qa->asker : party == 'A' ? &qa->answerer : NULL;
      if (slot && *slot == NULL)
        *slot = g_strdup (people[k].name);
    }
  const char *title = np_document_get_title (doc);
  if (title && qa->answerer == NULL)
    qa->answerer = witness_line (title, strlen (title));
  for (guint i = 0; i < n_items; i++)
    {
      gsize len;
      const char *text = np_document_peek_item_text (doc, i, &len);
      gboolean question;
      if (len == 0 || sp_qa_label (text, len, &question))
        continue;
      char *name = NULL;
      if ((name = examiner_line (text, len, FALSE)) != NULL)
        {
          Examiner x = { i, name };
          g_array_append_val (qa->examiners, x);
          continue;
        }
      /* a session's speaker, once per section; where the notes have no
       * sections, from its line to the next such */
      gint32 section = qa->items[i].section;
      if (may_be_session_line (text, len)
          && (section == NP_NONE || qa->sessions->len == 0
              || g_array_index (qa->sessions, Session, qa->sessions->len - 1).section != section)
          && (name = session_speaker_line (text, len)) != NULL)
        {
          if (section == NP_NONE)
            {
              Examiner x = { i, name };
              g_array_append_val (qa->presenters, x);
            }
          else
            {
              Session x = { section, name };
              g_array_append_val (qa->sessions, x);
            }
          continue;
        }
      char party = role_line (text, len, &name);
      if (party == 'Q' && qa->asker == NULL)
        qa->asker = g_steal_pointer (&name);
      else if (party == 'A' && qa->answerer == NULL)
        qa->answerer = g_steal_pointer (&name);
      g_free (name);
      if (qa->asker == NULL && (name = legend_name (text, len, 'Q')) != NULL)
        qa->asker = name;
      if (qa->answerer == NULL && (name = legend_name (text, len, 'A')) != NULL)
        qa->answerer = name;
      if (qa->answerer == NULL && (text[0] == 'D' || g_ascii_isupper (text[0])))
        qa->answerer = witness_line (text, len);
    }
  /* the line may be a heading of the record ("BY MR. CALLOWAY" alone in
   * capitals); a section may name its presenter after its title */
  const NpSection *sections = qa->sections;
  for (guint k = 0; k < n_sections; k++)
    {
      char *presenter = sections[k].title ? heading_presenter (sections[k].title) : NULL;
      if (presenter && !session_of (qa, (gint32) k))
        {
          Session x = { (gint32) k, presenter };
          g_array_append_val (qa->sessions, x);
        }
      else
        g_free (presenter);
      char *name = sections[k].title ? examiner_line (sections[k].title, strlen (sections[k].title), TRUE) : NULL;
      if (name)
        {
          Examiner x = { sections[k].item_first, name };
          g_array_append_val (qa->examiners, x);
        }
    }
  g_array_sort (qa->examiners, examiner_order);
  return qa;
}

void
sp_qa_free (SpQa *qa)
{
  if (qa == NULL)
    return;
  g_free (qa->asker);
  g_free (qa->answerer);
  g_array_unref (qa->examiners);
  g_array_unref (qa->presenters);
  g_array_unref (qa->sessions);
  g_free (qa);
}

/* The speaker of the session item i is in (its section's, or an
 * enclosing one's), or NULL */
static const char *
session_at (const SpQa *qa, guint i)
{
  for (gint32 sec = qa->sessions->len ? qa->items[i].section : NP_NONE; sec != NP_NONE;
       sec = qa->sections[sec].parent)
    {
      const char *name = session_of (qa, sec);
      if (name)
        return name;
    }
  return NULL;
}

/* The name of the last of the parties (Examiner, in item order) named at
 * or before item i, or NULL */
static const char *
named_before (const GArray *parties, guint i)
{
  const char *by = NULL;
  for (guint k = 0; k < parties->len; k++)
    {
      const Examiner *x = &g_array_index (parties, Examiner, k);
      if (x->item > i)
        break;
      by = x->name;
    }
  return by;
}

/* Who asks (question) or answers at item i, as written, or NULL */
static const char *
party_at (SpQa *qa, guint i, gboolean question)
{
  /* the session's speaker answers in its section and the sections in it,
   * or after its line where the notes have no sections */
  const char *session = question ? NULL : session_at (qa, i);
  if (session == NULL && !question && qa->items[i].section == NP_NONE)
    session = named_before (qa->presenters, i);
  if (session)
    return session;
  if (!question)
    return qa->answerer;
  const char *by = named_before (qa->examiners, i);
  return by ? by : qa->asker;
}

/* mark: the party name (NULL: none, FALSE) speaking from speech, the
 * label up to raw_end its mark as written */
static gboolean
party_mark (const char *name, const char *text, const char *raw_end, const char *speech, SpMark *mark)
{
  if (name == NULL)
    return FALSE;
  memset (mark, 0, sizeof *mark);
  if (!sp_mark_add_name (mark, name, name + strlen (name)))
    {
      sp_mark_clear (mark);
      return FALSE;
    }
  mark->qa = TRUE;
  return sp_mark_finish (mark, SP_FORM_COLON, text, text, raw_end, speech);
}

gboolean
sp_qa_mark (Ctx *c, guint i, const char *text, gsize len, SpMark *mark)
{
  gboolean question;
  gsize off = sp_qa_label (text, len, &question);
  if (off == 0)
    return FALSE;
  if (c->qa == NULL)
    c->qa = qa_scan (c->doc, c->n_items);
  return party_mark (party_at (c->qa, i, question), text, text + 2, text + off, mark);
}

/* Before the document is scanned for its parties (qa_scan(), the whole
 * of it): may item i's section, or one it is in, name its speaker, after
 * its title or on a line before i? */
static gboolean
may_name_session (Ctx *c, guint i)
{
  guint n_sections;
  const NpSection *sections = np_document_get_sections (c->doc, &n_sections);
  for (gint32 sec = c->items[i].section; sec != NP_NONE; sec = sections[sec].parent)
    {
      g_autofree char *presenter = sections[sec].title ? heading_presenter (sections[sec].title) : NULL;
      if (presenter)
        return TRUE;
      for (guint j = sections[sec].item_first; j < i; j++)
        {
          gsize len;
          const char *text = sp_item_text (c, j, &len);
          g_autofree char *name = may_be_session_line (text, len) ? session_speaker_line (text, len) : NULL;
          if (name)
            return TRUE;
        }
    }
  return FALSE;
}

gboolean
sp_presenter_mark (Ctx *c, guint i, const char *text, gsize len, SpMark *mark)
{
  /* "Presenter: Since -06 the length field ...", "Speaker: yes, ...":
   * the label of a session's speaker before speech, not before a name
   * ("Presenter: Mark Miller (MM)" names who presents) */
  static const char *const labels[] = { "presenter", "speaker", NULL };
  const char *colon = len > 10 ? memchr (text, ':', MIN (len, (gsize) 12)) : NULL;
  if (colon == NULL || colon + 2 >= text + len || colon[1] != ' ')
    return FALSE;
  gboolean known = FALSE;
  for (const char *const *l = labels; *l && !known; l++)
    known = strlen (*l) == (gsize) (colon - text) && g_ascii_strncasecmp (text, *l, colon - text) == 0;
  if (!known)
    return FALSE;
  g_autofree char *named = session_speaker_line (text, len);
  if (named || (c->qa == NULL && !may_name_session (c, i)))
    return FALSE;
  if (c->qa == NULL)
    c->qa = qa_scan (c->doc, c->n_items);
  const char *speech = colon + 1;
  while (speech < text + len && *speech == ' ')
    speech++;
  return party_mark (session_at (c->qa, i), text, colon + 1, speech, mark);
}

void
sp_qa_witness (Ctx *c, SpMark *mark)
{
  if (c->qa == NULL || c->qa->answerer == NULL || mark->n_names != 1 || mark->form != SP_FORM_COLON)
    return;
  const char *n = mark->names[0];
  if (g_ascii_strncasecmp (n, "the ", 4) == 0)
    n += 4;
  if (g_ascii_strcasecmp (n, "witness") != 0 && g_ascii_strcasecmp (n, "deponent") != 0)
    return;
  sp_mark_set_name (mark, 0, g_strdup (c->qa->answerer));
  mark->reading = NULL; /* its cached keys are the role's */
}

/* An office as written without "The" or a form of address before it:
 * "Deputy Speaker" of "Madam Deputy Speaker" */
static const char *
office_words (const char *office)
{
  static const char *const before[] = { "the ", "madam ", "mr ", "mister ", NULL };
  for (const char *const *b = before; *b; b++)
    if (g_ascii_strncasecmp (office, *b, strlen (*b)) == 0)
      office += strlen (*b);
  return office;
}

/* The key of an office (office_words()): "primeminister" (in
 * doc_strings) */
static const char *
office_key (Ctx *c, const char *office)
{
  g_autofree char *key = sp_key (office_words (office), -1);
  return g_string_chunk_insert (c->scratch->doc_strings, key);
}

/* The office of which key is the head ("minister" of "minister for
 * housing and planning", "secretary of state" of "secretary of state for
 * transport", as keys), when the document names one such holder only:
 * its index, or -1 */
static gint
office_by_head (const Ctx *c, const char *key)
{
  gsize n = strlen (key);
  gint found = -1;
  for (guint j = 0; j < c->n_offices; j++)
    {
      const char *o = c->offices[j];
      if (strncmp (o, key, n) == 0 && (g_str_has_prefix (o + n, "for") || g_str_has_prefix (o + n, "of")))
        {
          if (found >= 0 && strcmp (c->office_holders[found], c->office_holders[j]) != 0)
            return -1;
          found = j;
        }
    }
  return found;
}

/* Hansard names a minister once with the office ("The Prime Minister
 * (Rishi Sunak): ..."), then by the office alone ("The Prime Minister:
 * ..."): such a mark is the holder's. */
void
sp_office_holder (Ctx *c, SpMark *m)
{
  if (m->form != SP_FORM_COLON || m->n_names != 1)
    return;
  if (m->office)
    {
      const char *key = office_key (c, m->office);
      for (guint k = 0; k < c->n_offices; k++)
        if (strcmp (c->offices[k], key) == 0)
          {
            c->office_holders[k] = g_string_chunk_insert (c->scratch->doc_strings, m->names[0]);
            return;
          }
      if (c->n_offices < SP_OFFICES_MAX)
        {
          c->offices[c->n_offices] = key;
          c->office_holders[c->n_offices++] = g_string_chunk_insert (c->scratch->doc_strings, m->names[0]);
        }
      return;
    }
  /* "The Minister for Transport:", its words of mixed case, after "The
   * Minister for Transport (Hon. Grace Mensah):" */
  if (c->n_offices == 0 || (m->cases[0] != SP_CASE_TITLE && m->cases[0] != SP_CASE_MIXED))
    return;
  const char *key = office_key (c, m->names[0]);
  gint held = -1;
  for (guint j = 0; j < c->n_offices && held < 0; j++)
    if (strcmp (c->offices[j], key) == 0)
      held = j;
  /* "The Minister:" after "The Minister for Housing (Daniel Ashworth):",
   * the one minister of the debate */
  if (held < 0 && strchr (office_words (m->names[0]), ' ') == NULL)
    held = office_by_head (c, key);
  if (held >= 0)
    {
      sp_mark_set_name (m, 0, g_strdup (c->office_holders[held]));
      m->reading = NULL; /* its cached keys are the office's */
    }
}
