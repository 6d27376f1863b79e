/* inherit.c: turns passed on to items that carry no mark of their own,
 * after the marked items' turns are made (turns.c): a bare-name heading
 * passes its speakers to its direct sub-bullets (unless one narrates
 * another person or is an aside), a section titled by a person's name to
 * the items under it, an item opening with an ellipsis continues the
 * attributed item right before it (scribed minutes' "… more"), and a
 * speaker's header to the paragraphs under it.  Transcripts and copied
 * conversations (chats, comments, cues) pass theirs on in
 * inherit-transcripts.c; sp_inherit_turns() here runs them all in order. */
#include <string.h>

#include "attribute-private.h"

/* A handle the document's roster knows (w, n bytes in lower case) */
static gboolean
roster_handle (Ctx *c, const char *w, gsize n)
{
  if (n < 4 || n > 32)
    return FALSE;
  char name[33];
  memcpy (name, w, n);
  name[n] = '\0';
  SpMatch x;
  return sp_roster_lookup (c->doc_roster, name, SP_CASE_LOWER, SP_LOOKUP_NAMES, &x) && sp_unique (&x);
}

/* Does the word that ends at v (text before it) tell what a person said
 * or thinks: a verb of speech, or of opinion ("Olu Okafor thinks ...",
 * "James agrees we need fetch", a scribe's "Ethan agree that ...")? */
static gboolean
tells_of (const char *text, const char *w, const char *v)
{
  static const char *const opinions[] = { "thinks",   "thought",   "believes", "feels",    "felt",
                                          "prefers",  "worries",   "agree",    "agrees",   "disagrees",
                                          "suggests", "proposes",  "mentions", "explains", "wonders",
                                          "wants",    "expects",   NULL };
  return sp_before_speech_verb (text, v) != v || sp_word_in (w, v - w, opinions);
}

/* Does item j open by telling what someone else said ("Than asked
 * whether ...", "Cherry Mui suggested ...", "bkessler said ...", "Olu
 * Okafor thinks ...") under the head of person pi's list?  One or two
 * capitalized words or a handle of the roster's, none a word of pi's
 * name, then a verb of speech or of opinion: the scribe's account of
 * another voice. */
static gboolean
narrates_another (Ctx *c, guint j, guint pi)
{
  gsize len;
  const char *text = sp_item_text (c, j, &len), *e = text + len, *p = text;
  const SpPerson *person = g_ptr_array_index (c->result->persons, pi);
  for (guint words = 0; words < 2; words++)
    {
      /* a capitalized word, or first a handle of the roster's ("bkessler
       * said ...") */
      if (p >= e || !(g_ascii_isupper (*p) || (words == 0 && g_ascii_islower (*p))))
        return FALSE;
      const char *w = p;
      gboolean handle = g_ascii_islower (*w);
      while (p < e && (g_ascii_isalnum (*p) || *p == '\'' || *p == '-' || (*p == '_' && handle)))
        p++;
      /* a word of the head's own name: the scribe tells what he said */
      gsize n = p - w;
      for (const char *q = person->name; q && *q;)
        {
          const char *qe = strchr (q, ' ');
          gsize qn = qe ? (gsize) (qe - q) : strlen (q);
          if (qn == n && g_ascii_strncasecmp (q, w, n) == 0)
            return FALSE;
          q = qe ? qe + 1 : NULL;
        }
      if (p >= e || *p != ' ')
        return FALSE;
      const char *v = ++p;
      while (v < e && g_ascii_isalpha (*v))
        v++;
      /* a handle only before its verb, and asked of the roster last */
      if (tells_of (text, p, v))
        return !handle || roster_handle (c, w, n);
      if (handle)
        return FALSE;
    }
  return FALSE;
}

/* A note-taker's aside, the whole item in parentheses ("(nobody had
 * numbers at hand)"): nobody's words */
static gboolean
aside (Ctx *c, guint j)
{
  gsize len;
  const char *text = sp_item_text (c, j, &len);
  return len > 2 && text[0] == '(' && text[len - 1] == ')' && !memchr (text + 1, ')', len - 2);
}

static void
inherit_headings (Ctx *c)
{
  for (guint i = 0; i < c->n_items; i++)
    {
      SpTurn *h = &c->result->turns[i];
      if (!h->attributed || h->method != SP_METHOD_HEADING)
        continue;
      for (guint j = i + 1; j < c->n_items && c->items[j].depth > c->items[i].depth; j++)
        {
          SpTurn *t = &c->result->turns[j];
          if (c->items[j].parent != (gint32) i || t->attributed || sp_skip_item (c, j)
              || narrates_another (c, j, h->speakers[0]) || aside (c, j))
            continue;
          sp_inherit_turn (t, h, SP_METHOD_HEADED, 0, 0.75);
        }
      if (!c->heads_list[i])
        continue;
      /* the list below it, its siblings, up to the first that is no list
       * item or has a speaker of its own; or the paragraphs below it, up
       * to one that has a speaker or a mark of its own (the next name) */
      gboolean paragraphs = c->heads_list[i] == SP_HEADS_PARAGRAPHS;
      for (gint32 j = c->next_sibling[i]; j != NP_NONE; j = c->next_sibling[j])
        {
          SpTurn *t = &c->result->turns[j];
          NpItemKind kind = c->items[j].kind;
          /* (a quote's words are the quoted person's, whatever opens them) */
          if ((paragraphs ? (kind != NP_ITEM_PARAGRAPH && kind != NP_ITEM_QUOTE)
                              || (c->cands[j] != NULL && kind != NP_ITEM_QUOTE)
                          : kind != NP_ITEM_BULLET && kind != NP_ITEM_NUMBERED)
              || t->attributed)
            break;
          if (!sp_skip_item (c, j) && !narrates_another (c, j, h->speakers[0]) && !aside (c, j))
            sp_inherit_turn (t, h, SP_METHOD_HEADED, 0, 0.75);
        }
    }
}

/* The name a section's title is and nothing else ("### Nora", "## Paul
 * Weber:", "### Oksana (co-author)", a handle "### bwilk", an
 * abbreviation "### TV") into name (49 bytes), its case and words; FALSE
 * for a title that is no name's shape */
static gboolean
section_title_name (const char *title, char *name, SpCase *name_case, guint *words)
{
  /* most titles are topics, longer than a name: told apart by a look at
   * their bytes, and the cheapest test first */
  gsize n = 0;
  guint spaces = 0;
  for (; title[n] && n <= 48 && spaces <= 4; n++)
    spaces += title[n] == ' ';
  if (n > 48 || spaces > 4 || ((guchar) title[0] < 0x80 && !g_ascii_isupper (title[0])
                                && !(g_ascii_islower (title[0]) && spaces == 0)))
    return FALSE;
  while (n > 0 && (title[n - 1] == ':' || title[n - 1] == ' '))
    n--;
  /* more than three words only before a qualifier */
  if (spaces > 2 && !(n > 2 && title[n - 1] == ')'))
    return FALSE;
  /* "### Oksana (co-author)": the name before its qualifier */
  n = sp_before_qualifier (title, n, 0);
  if (n == 0)
    return FALSE;
  memcpy (name, title, n);
  name[n] = '\0';
  *name_case = sp_name_case (name, n, words);
  return *words <= 3;
}

/* The person a section's title names, or SP_NO_PERSON: a title that is a
 * name and nothing else (section_title_name: name, its case and words),
 * which a roster of the document or a roster file knows as one person, by
 * the name or its first or last name.  Without a roster, a one-word title
 * may as well be a topic ("### Jenkins"). */
static guint
section_person (Ctx *c, const char *name, SpCase name_case, guint words)
{
  gsize n = strlen (name);
  /* a handle alone ("### bwilk") names a person of the roster too, and
   * so does the roster's abbreviation ("### TV" under "Present: Tomás
   * Villanueva (TV), ..."; "### API" names nobody) */
  gboolean upper = name_case == SP_CASE_UPPER && words == 1 && n >= 2 && n <= SP_ABBREVIATION_MAX;
  if (name_case != SP_CASE_TITLE && !(name_case == SP_CASE_LOWER && words == 1) && !upper)
    return SP_NO_PERSON;
  SpMatch x;
  gboolean found = sp_roster_lookup (c->doc_roster, name, name_case, SP_LOOKUP_NAMES, &x);
  for (guint i = 0; i < c->external->len && !found; i++)
    found = sp_roster_lookup (g_ptr_array_index (c->external, i), name, name_case, SP_LOOKUP_NAMES, &x);
  if (!found || !sp_unique (&x) || x.tier == SP_TIER_TYPO || !sp_plain_words (name)
      || (upper && x.tier != SP_TIER_ABBREVIATION))
    return SP_NO_PERSON;
  const SpEntry *e = sp_roster_get (x.roster, x.entry);
  guint pi = sp_person_for (c, e->name, e->full_key, sp_source_name (e->source));
  sp_person_add_alias (c, g_ptr_array_index (c->result->persons, pi), name);
  return pi;
}

/* Is section k's title a name's shape, one to three words in Title case
 * (section_title_name), and a given name (1) or not (2), or neither (0)?
 * With plain, the name's words none a label or a stopword as well
 * (sp_plain_words: "Hanmin Qin", "Adrin", whose given names the list
 * lacks; not "Next Steps", "Any Other Business").  Asked once a section:
 * kinds[k] is 3 until the shape is, kinds[n_sections + k] 2 until the
 * words are. */
static guint
name_title (const NpSection *sections, guint n_sections, guint k, guint8 *kinds, gboolean plain)
{
  char name[49];
  SpCase name_case;
  guint words;
  const char *title = sections[k].title;
  if (kinds[k] == 3)
    kinds[k] = title == NULL || !section_title_name (title, name, &name_case, &words) || name_case != SP_CASE_TITLE ? 0
               : sp_opens_with_given_name (name)                                                                ? 1
                                                                                                                : 2;
  if (kinds[k] == 0 || !plain)
    return kinds[k];
  if (kinds[n_sections + k] == 2)
    {
      section_title_name (title, name, &name_case, &words);
      kinds[n_sections + k] = sp_plain_words (name);
    }
  return kinds[n_sections + k] ? kinds[k] : 0;
}

/* Is the title of the sibling section before s or after it opening
 * with a given name? */
static gboolean
beside_given_name (const NpSection *sections, guint n_sections, guint s)
{
  for (gint k = (gint) s - 1; k >= 0; k--)
    if (sections[k].parent == sections[s].parent)
      {
        if (sections[k].title && sp_opens_with_given_name (sections[k].title))
          return TRUE;
        break;
      }
  for (guint k = s + 1; k < n_sections; k++)
    if (sections[k].parent == sections[s].parent)
      return sections[k].title && sp_opens_with_given_name (sections[k].title);
  return FALSE;
}

/* The given names in section s's run of siblings whose titles are names
 * (name_title), up to three */
static guint
run_given_names (const NpSection *sections, guint n_sections, guint s, guint8 *kinds, gboolean plain)
{
  guint given = name_title (sections, n_sections, s, kinds, plain) == 1;
  for (gint k = (gint) s - 1; k >= 0 && given < 3; k--)
    if (sections[k].parent == sections[s].parent)
      {
        guint t = name_title (sections, n_sections, (guint) k, kinds, plain);
        if (t == 0)
          break;
        given += t == 1;
      }
  for (guint k = s + 1; k < n_sections && given < 3; k++)
    if (sections[k].parent == sections[s].parent)
      {
        guint t = name_title (sections, n_sections, k, kinds, plain);
        if (t == 0)
          break;
        given += t == 1;
      }
  return given;
}

/* A standup kept per person where no roster names anyone ("## Alice",
 * "## Bob", "## Carol", each over her points): the person section s's
 * title (name) names when it is one of a run of sibling sections whose
 * titles are names, three of them or more given names (given-names.c),
 * as a run of "Alice:", "Bob:", "Carol:" is (evidence.c); a full name
 * whose given name the list lacks ("#### Hanmin Qin") is one of the run
 * and names its person too, a word alone of a name's shape ("#### Adrin")
 * one of the run only.  A run of topics ("## Blockers") has titles
 * that are none.  Not in a part that tells of people
 * (sp_praise_section: "## Kudos" over "### Alice").  SP_NO_PERSON
 * otherwise.  The run is measured by the titles' shapes first, their
 * words asked only of a run that may be one. */
static guint
section_run_person (Ctx *c, const NpSection *sections, guint n_sections, guint s, guint item, const char *name,
                    guint words, guint8 *kinds)
{
  /* a word alone whose given name the list lacks ("#### Adrin") goes on
   * the run, but may as well be a topic's ("#### Infrastructure"); a
   * full name so ("#### Hanmin Qin") only beside a sibling titled by a
   * given name, asked first (most such titles are a topic's) */
  if (!sp_opens_with_given_name (name) && (words < 2 || !beside_given_name (sections, n_sections, s)))
    return SP_NO_PERSON;
  guint own = name_title (sections, n_sections, s, kinds, FALSE);
  if (own == 0 || run_given_names (sections, n_sections, s, kinds, FALSE) < 3
      || name_title (sections, n_sections, s, kinds, TRUE) == 0
      || run_given_names (sections, n_sections, s, kinds, TRUE) < 3
      || sp_praise_section (c, item))
    return SP_NO_PERSON;
  guint pi = sp_person_for (c, name, NULL, NULL);
  sp_person_add_alias (c, g_ptr_array_index (c->result->persons, pi), name);
  return pi;
}

/* Notes kept per person ("## Updates", then "### Nora" over her bullets):
 * the items of a section titled with a person's name are that person's,
 * unless they carry a mark of their own.  Subsections are topics of
 * their own. */
static void
inherit_section_names (Ctx *c)
{
  guint n_sections;
  const NpSection *sections = np_document_get_sections (c->doc, &n_sections);
  g_autofree guint8 *kinds = NULL; /* name_title()'s answers, made at the first run asked */
  for (guint s = 0; s < n_sections; s++)
    {
      const NpSection *sec = &sections[s];
      if (sec->title == NULL || sec->item_count == 0 || sec->line == 0)
        continue;
      guint pi = SP_NO_PERSON;
      gboolean asked = FALSE;
      for (guint j = sec->item_first; j < sec->item_first + sec->item_count && j < c->n_items; j++)
        {
          SpTurn *t = &c->result->turns[j];
          if (c->items[j].section != (gint32) s || t->attributed || sp_skip_item (c, j) || sp_owner_item (c, j))
            continue;
          if (!asked)
            {
              char name[49];
              SpCase name_case;
              guint words;
              if (section_title_name (sec->title, name, &name_case, &words)
                  && (pi = section_person (c, name, name_case, words)) == SP_NO_PERSON)
                {
                  if (kinds == NULL)
                    {
                      kinds = g_new (guint8, 2 * n_sections);
                      memset (kinds, 3, n_sections);
                      memset (kinds + n_sections, 2, n_sections);
                    }
                  pi = section_run_person (c, sections, n_sections, s, j, name, words, kinds);
                }
              asked = TRUE;
            }
          if (pi == SP_NO_PERSON)
            break;
          /* "Tobias suggested using ..." under Diego's section tells of
           * another voice */
          if (narrates_another (c, j, pi) || aside (c, j))
            continue;
          t->attributed = TRUE;
          t->method = SP_METHOD_SECTION;
          t->n_speakers = 1;
          t->speakers[0] = pi;
          t->mention = sec->title;
          t->mention_len = (guint32) strlen (sec->title);
          t->speech_start = 0;
          t->speech_end = 0;
          t->confidence = 0.75;
        }
    }
}

/* Bytes of an ellipsis and the spaces after it opening text ("… ",
 * "... "), or 0 */
static gsize
ellipsis_len (const char *text, gsize len)
{
  gsize i;
  if (len >= 3 && memcmp (text, "\xe2\x80\xa6", 3) == 0) /* U+2026 */
    i = 3;
  else if (len >= 3 && memcmp (text, "...", 3) == 0)
    i = 3;
  else
    return 0;
  if (i >= len || text[i] != ' ')
    return 0;
  while (i < len && text[i] == ' ')
    i++;
  return i < len ? i : 0;
}

/* Scribed minutes (W3C's) go on for the last speaker with "… more": an
 * item that opens with an ellipsis continues the attributed item right
 * before it at its level, whoever that is (a chain carries on). */
static void
inherit_continuations (Ctx *c)
{
  for (guint i = 1; i < c->n_items; i++)
    {
      SpTurn *t = &c->result->turns[i];
      if (t->attributed || c->prev_sibling[i] != (gint32) i - 1 || sp_skip_item (c, i))
        continue;
      const SpTurn *p = &c->result->turns[i - 1];
      if (!p->attributed)
        continue;
      gsize len;
      const char *text = sp_item_text (c, i, &len);
      /* a scribe's "<fantasai> ... more" */
      gsize lead = sp_scribe_lead (c, i);
      text += lead;
      len -= lead;
      gsize skip = ellipsis_len (text, len);
      /* not a scribe's gap: "... [I missed this]", "… (inaudible)",
       * "… part of the discussion missing ..." */
      if (!skip || text[skip] == '[' || text[skip] == '(' || text[skip] == '\\'
          || (len - skip >= 3
              && (memcmp (text + len - 3, "...", 3) == 0 || memcmp (text + len - 3, "\xe2\x80\xa6", 3) == 0)))
        continue;
      sp_inherit_turn (t, p, SP_METHOD_CONTINUED, (guint32) (lead + skip), 0.9);
    }
}

/* Does the description after a speaker's header's dash (n bytes) end with
 * a post or a role ("Chief Executive Officer", "Vice President, Investor
 * Relations", "Goldman Sachs -- Analyst"), as a participant is
 * introduced, not a talk's title ("Scaling Kubernetes Clusters")? */
static gboolean
ends_with_post (const char *s, gsize n)
{
  static const char *const posts[] = { "analyst", "ceo", "cfo", "chair", "chairman", "chairperson", "chairwoman",
                                       "coo", "counsel", "cto", "director", "economist", "executive", "founder",
                                       "guest", "head", "host", "manager", "moderator", "officer", "partner",
                                       "president", "relations", "secretary", "strategist", "treasurer", "vp", NULL };
  while (n > 0 && !g_ascii_isalpha (s[n - 1]))
    n--;
  gsize w = n;
  while (w > 0 && g_ascii_isalpha (s[w - 1]))
    w--;
  gsize len = n - w;
  for (const char *const *p = posts; *p; p++)
    if (strlen (*p) == len && g_ascii_strncasecmp (s + w, *p, len) == 0)
      return TRUE;
  return FALSE;
}

/* Is the description after a header's dash (n bytes) a post's, no
 * sentence in it ("Vice President, Investor Relations")? */
static gboolean
post_description (const char *s, gsize n)
{
  for (gsize k = 0; k < n; k++)
    if (s[k] == '.' || s[k] == '?' || s[k] == '!' || s[k] == ':' || s[k] == ';')
      return FALSE;
  return ends_with_post (s, n);
}

/* Is item i a turn under a speaker's header, the first line the name and
 * a dash and the role or the company alone ("Jane Ortiz -- Vice President,
 * Investor Relations", "Mark Lin -- Goldman Sachs -- Analyst", as an
 * earnings call's transcript is published), the speech below it? */
static gboolean
header_turn (Ctx *c, guint i)
{
  const Cand *d = c->cands[i];
  if (d == NULL || d->mark.form != SP_FORM_DASH || d->mark.n_names != 1 || !c->result->turns[i].attributed
      || c->items[i].kind != NP_ITEM_PARAGRAPH || c->items[i].depth != 0 || !(c->items[i].flags & NP_ITEM_WRAPPED))
    return FALSE;
  gsize len, first = np_document_get_item_first_line (c->doc, i);
  const char *text = sp_item_text (c, i, &len);
  if (first == 0 || first >= len || first > 120 || d->mark.end > first)
    return FALSE;
  return post_description (text + d->mark.end, first - d->mark.end);
}

/* A section's title that is a speaker's header, set apart from the speech
 * by a blank line: a full name of plain words, a dash and the role or the
 * company with no sentence in it ("Jane Ortiz -- Vice President, Investor
 * Relations").  The name's bytes, or 0. */
static gsize
header_name (const char *title)
{
  const char *dash = NULL;
  for (const char *p = strchr (title, ' '); p && p - title <= 48 && !dash; p = strchr (p + 1, ' '))
    if ((p[1] == '-' && (p[2] == ' ' || (p[2] == '-' && p[3] == ' ')))
        || strncmp (p + 1, "\xe2\x80\x94 ", 4) == 0 || strncmp (p + 1, "\xe2\x80\x93 ", 4) == 0)
      dash = p;
  gsize rest = dash ? strlen (dash) : 0;
  if (dash == NULL || dash == title || dash - title > 48 || rest > 80 || !post_description (dash, rest))
    return 0;
  gsize n = dash - title;
  char name[49];
  memcpy (name, title, n);
  name[n] = '\0';
  guint words;
  if (sp_name_case (name, n, &words) != SP_CASE_TITLE || words < 2 || words > 4 || !sp_plain_words (name))
    return 0;
  return n;
}

/* The person of a header's name (n bytes at title): the roster's, or the
 * name as written */
static guint
header_person (Ctx *c, const char *title, gsize n)
{
  char name[49];
  memcpy (name, title, n);
  name[n] = '\0';
  char tidy[49];
  SpCase name_case;
  guint words;
  guint pi = section_title_name (name, tidy, &name_case, &words) ? section_person (c, tidy, name_case, words)
                                                                 : SP_NO_PERSON;
  return pi != SP_NO_PERSON ? pi : sp_person_for (c, name, NULL, NULL);
}

/* Is section s titled with a voice of the call alone, "Operator" (the
 * host's role, as such a transcript heads the operator's words)? */
static gboolean
voice_section (const NpSection *s)
{
  return s->title && (g_ascii_strcasecmp (s->title, "operator") == 0 || g_ascii_strcasecmp (s->title, "moderator") == 0);
}

/* A transcript of speakers' headers (header_turn(), three or more) goes
 * on with a speaker in the paragraphs after the header's, up to the next
 * header or heading; a section headed by the operator alone is the
 * operator's up to the next header.  A sound ("[music]") or a mark turned
 * down is nobody's. */
static void
inherit_header_paragraphs (Ctx *c)
{
  if (c->cues)
    return;
  guint headers = 0, n_sections;
  for (guint i = 0; i < c->n_items && headers < 3; i++)
    if (c->cands[i] && c->cands[i]->mark.form == SP_FORM_DASH)
      headers += header_turn (c, i);
  const NpSection *sections = np_document_get_sections (c->doc, &n_sections);
  /* (headers set apart are sections' titles: a dash in a short title) */
  for (guint k = 0; k < n_sections && headers < 3; k++)
    headers += sections[k].title && sections[k].item_count && strlen (sections[k].title) <= 128
               && strstr (sections[k].title, " -") && header_name (sections[k].title) > 0;
  if (headers < 3)
    return;
  const SpTurn *h = NULL;
  SpTurn voice = { 0 };
  gint32 section = NP_NONE;
  /* the section's voice, its person asked when a paragraph takes it:
   * the operator's role, or a header's name (its bytes) */
  const char *voice_title = NULL;
  gsize voice_len = 0;
  gboolean voice_role = FALSE;
  for (guint i = 0; i < c->n_items; i++)
    {
      SpTurn *t = &c->result->turns[i];
      if (c->items[i].section != section)
        {
          section = c->items[i].section;
          h = NULL;
          voice_title = NULL;
          const char *title = section != NP_NONE && (guint) section < n_sections ? sections[section].title : NULL;
          voice_role = title && voice_section (&sections[section]);
          voice_len = voice_role ? strlen (title) : title ? header_name (title) : 0;
          if (voice_len)
            {
              voice_title = title;
              voice.attributed = FALSE;
              h = &voice;
            }
        }
      if (t->attributed)
        {
          h = header_turn (c, i) ? t : NULL;
          continue;
        }
      if (c->items[i].kind != NP_ITEM_PARAGRAPH || c->items[i].depth != 0)
        {
          h = NULL;
          continue;
        }
      gsize len;
      const char *text = sp_item_text (c, i, &len);
      if (!sp_unmarked_speech (c, i, text, len, FALSE))
        {
          h = NULL;
          continue;
        }
      /* a header no mark took ("Priscila Duarte -- KeyBanc Capital
       * Markets -- Analyst", a slip of the participants' name) is a
       * speaker's all the same: the style says so */
      gsize first = np_document_get_item_first_line (c->doc, i), name_len = 0;
      if ((c->items[i].flags & NP_ITEM_WRAPPED) && first > 0 && first < len && first <= 128
          && g_strstr_len (text, first, " -"))
        {
          g_autofree char *line = g_strndup (text, first);
          name_len = header_name (line);
          if (name_len)
            {
              t->attributed = TRUE;
              t->method = SP_METHOD_DASH;
              t->n_speakers = 1;
              t->speakers[0] = header_person (c, line, name_len);
              t->mention = text;
              t->mention_len = (guint32) name_len;
              t->speech_start = (guint32) first + 1;
              t->speech_end = 0;
              t->confidence = 0.8;
              h = t;
              continue;
            }
        }
      if (h == &voice && !voice.attributed)
        {
          voice.attributed = TRUE;
          voice.method = SP_METHOD_SECTION;
          voice.n_speakers = 1;
          voice.speakers[0] = voice_role ? sp_person_for (c, voice_title, NULL, NULL)
                                         : header_person (c, voice_title, voice_len);
          voice.mention = voice_title;
          voice.mention_len = (guint32) strlen (voice_title);
          voice.confidence = 0.9;
        }
      if (h)
        sp_inherit_turn (t, h, h == &voice ? SP_METHOD_SECTION : SP_METHOD_CONTINUED, 0, 0.85);
    }
}

void
sp_inherit_turns (Ctx *c)
{
  sp_inherit_chat_messages (c);
  sp_inherit_chat_copies (c);
  sp_inherit_comment_bodies (c);
  inherit_headings (c);
  inherit_section_names (c);
  inherit_continuations (c);
  sp_inherit_transcript_paragraphs (c);
  sp_inherit_cues (c);
  sp_inherit_timed_paragraphs (c);
  inherit_header_paragraphs (c);
}
