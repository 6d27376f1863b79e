/* judge.c: pass 2 of the analysis (attribute.c), evidence from the
 * document.  A candidate still weak after pass 1 (its mark names nobody
 * the rosters know, or only loosely) is accepted when the document
 * supports it: the same mark recurs or is a speaker elsewhere, a
 * neighbouring item (parent or sibling) has an accepted mark, a first
 * name opens one accepted full name, the document is written in
 * abbreviations (TC39), a name in capitals takes turns in a dialogue, a
 * full name stands in a run of people; unless the notes use its words in
 * running text.  attribute.c asks again until nothing changes. */
#include <string.h>

#include "attribute-private.h"

/* Is item i's mark one word with a company in parentheses, "Kasia
 * (Cloudflare): ..."? */
static gboolean
guest_mark (const Ctx *c, guint i)
{
  const SpMark *m = &c->cands[i]->mark;
  if (m->form != SP_FORM_COLON || m->n_names != 1 || m->timed || m->cases[0] != SP_CASE_TITLE
      || strchr (m->names[0], ' '))
    return FALSE;
  /* one company, no list ("SW (Stuart Whitcombe, Apple):" names the
   * person in parentheses) */
  const char *raw = c->text + c->items[i].start + m->raw_start, *e = raw + m->raw_len;
  const char *open = memchr (raw, '(', m->raw_len);
  return open && open + 1 < e && g_ascii_isupper (open[1]) && !memchr (open, ',', e - open);
}

/* Turns come in runs: a sibling or the parent item has an accepted mark.
 * (Children do not count: a topic bullet "Modules: ..." often has
 * speakers below it.) */
static gboolean
sibling_of_kind (const Ctx *c, guint i, gint32 j)
{
  /* a signature at a line's end ("... (tkajiura)") is how the notes
   * sign, not a turn that others answer beside it */
  if (j == NP_NONE || !sp_accepted (c, j) || c->cands[j]->mark.trailing)
    return FALSE;
  /* nor a topic's reporter ("HTTP/3 (James): ..."): the items beside it
   * are topics too ("Startup Resources: No one present") */
  if (c->cands[j]->mark.reporter)
    return FALSE;
  NpItemKind k = c->items[j].kind, ki = c->items[i].kind;
  gboolean list_j = sp_list_item (c, j), list_i = sp_list_item (c, (gint32) i);
  if (ki == NP_ITEM_PARAGRAPH && list_j)
    return FALSE;
  /* nor a list beside a paragraph's abbreviation (TC39's "WH: Fine." after
   * "- Babel: plugin exists", "- Firefox: behind a flag": a status list) */
  if (list_i && k == NP_ITEM_PARAGRAPH && c->cands[j]->mark.n_names && c->cands[j]->mark.cases[0] == SP_CASE_UPPER)
    return FALSE;
  /* notes that mark their speakers in brackets ("[Lena Fischer, SUSE]
   * ...") write a tool or a topic with a colon ("Prow: auto-request
   * ..."): a bracket's turn supports no single word's colon beside it
   * ("Tomasz P.: ..." is a name's) */
  const SpMark *m = &c->cands[i]->mark;
  if (!(m->form == SP_FORM_COLON && m->n_names == 1 && !strchr (m->names[0], ' ')
        && (c->cands[j]->mark.form == SP_FORM_BRACKET || guest_mark (c, j))))
    return TRUE;
  /* ... but a given name in lower case, or a handle of one and an
   * initial, is a person's ("austin: ...", "iant: ..." beside "[thanm]
   * ...", where "gopls: ..." is a tool's) */
  if (m->cases[0] == SP_CASE_LOWER && (sp_is_given_name (m->names[0]) || sp_is_given_name_handle (m->names[0])))
    return TRUE;
  /* ... but a name with the company in parentheses, "Kasia (Cloudflare):
   * ...", is a guest introduced so (who supports no word beside her) */
  return guest_mark (c, i);
}

/* ... but a paragraph among bullets has no sibling's support: a line of
 * its own over bullets ("Generics: contracts draft" in plain text, then
 * "- [bkoll] ...") is a session's title */
/* Is item j a speaker's mark still weighed, one Title-case word before a
 * dash or a comma ("Nadia - we mostly care ...", said once): the run of
 * turns goes on past it */
static gboolean
weak_name_mark (const Ctx *c, gint32 j)
{
  const Cand *d = j != NP_NONE ? c->cands[j] : NULL;
  return d && d->state == CAND_WEAK_KEY && d->mark.n_names == 1 && d->mark.cases[0] == SP_CASE_TITLE
         && !strchr (d->mark.names[0], ' ') && (d->mark.form == SP_FORM_DASH || d->mark.form == SP_FORM_COMMA);
}

/* Item j a transcript's clock alone between turns ("00:00:12", Google
 * Meet's), which neither supports nor parts the turns around it */
static gboolean
clock_alone (const Ctx *c, gint32 j)
{
  if (j == NP_NONE || c->cands[j] != NULL)
    return FALSE;
  gsize len;
  const char *text = sp_item_text (c, (guint) j, &len);
  return sp_is_clock (text, text + len);
}

static gboolean
neighbour_accepted (const Ctx *c, guint i)
{
  /* a name alone heading its speech ("**Felipe Araujo**" over "* Reth:
   * ready, ...", as its child or the sibling before) speaks the items
   * under it: a word there with a colon is what the speech is about,
   * which the heading does not support */
  gint32 parent = c->items[i].parent;
  gboolean heads_speech = parent != NP_NONE && sp_accepted (c, parent) && c->cands[parent]->mark.form == SP_FORM_BARE;
  gint32 prev = c->prev_sibling[i], next = c->next_sibling[i];
  if (weak_name_mark (c, prev) || clock_alone (c, prev))
    prev = c->prev_sibling[prev];
  if (weak_name_mark (c, next) || clock_alone (c, next))
    next = c->next_sibling[next];
  gboolean headed = prev != NP_NONE && sp_accepted (c, prev) && c->cands[prev]->mark.form == SP_FORM_BARE;
  return (sp_accepted (c, parent) && !heads_speech) || (!headed && sibling_of_kind (c, i, prev))
         || sibling_of_kind (c, i, next);
}

/* Item j an accepted turn of a full name with no delimiter ("Sam Gross
 * they get the GIL ...") */
static gboolean
name_turn (const Ctx *c, gint32 j)
{
  return sp_accepted (c, j) && c->cands[j]->mark.form == SP_FORM_NAME;
}

static gboolean speech_follows (const char *s, gsize n);

/* Do the notes write their speakers as full names with no delimiter,
 * each said once or more ("Mark Shannon The 40% number worries me",
 * "Thomas Wouters From the SC side ...", "Sam Gross they get the GIL
 * ...")?  Three such marks with speech after them or more, one of them a
 * speaker already, by the roster or by recurrence; asked once the
 * marks are counted. */
static gboolean
name_style (Ctx *c)
{
  if (c->name_style == 0)
    {
      guint marks = 0;
      for (guint j = 0; j < c->n_items && marks < 3; j++)
        {
          const Cand *e = c->cands[j];
          if (e == NULL || e->mark.form != SP_FORM_NAME || (e->state != CAND_WEAK_NAME && e->state != CAND_ACCEPTED))
            continue;
          gsize len;
          const char *text = sp_item_text (c, j, &len);
          marks += speech_follows (text + e->mark.end, len - e->mark.end);
        }
      c->name_style = marks >= 3 ? 1 : -1;
    }
  if (c->name_style < 0)
    return FALSE;
  /* a yes stays for the analysis, a no for the round: notes of
   * thousands of such names, none a speaker yet, are walked once a
   * round, not once a name */
  if (c->name_turns == 0)
    {
      c->name_turns = -1;
      for (guint j = 0; j < c->n_items && c->name_turns < 0; j++)
        if (name_turn (c, j))
          c->name_turns = 1;
    }
  return c->name_turns > 0;
}

/* Does the colon mark end with a company in parentheses, "Dietrich
 * Wendel (SUSE):", "Harriet Osei (Arm):" (one to three words, the first
 * capitalized)? */
static gboolean
company_before_colon (const char *text, const SpMark *m)
{
  const char *s = text + m->raw_start, *e = text + m->raw_start + m->raw_len;
  while (e > s && (e[-1] == ' ' || e[-1] == ':' || e[-1] == '*'))
    e--;
  if (e - s < 6 || e[-1] != ')')
    return FALSE;
  const char *open = memchr (s, '(', e - s);
  if (open == NULL || open + 2 >= e || !g_ascii_isupper (open[1]) || open[-1] != ' ')
    return FALSE;
  guint spaces = 0;
  for (const char *q = open + 1; q < e - 1; q++)
    spaces += *q == ' ';
  return spaces <= 2;
}

static guint
name_count (Ctx *c, const char *key)
{
  const SpKeyInfo *k = sp_keys_find (c, key);
  return k ? k->name_count : 0;
}

/* The key of a name's first word ("dietrich" of "Dietrich Wendel") */
static char *
first_word_key (const char *name)
{
  const char *sp = strchr (name, ' ');
  return sp_key (name, sp ? sp - name : -1);
}

static gboolean
first_word_accepted (const Ctx *c, const char *name)
{
  g_autofree char *first = first_word_key (name);
  return sp_key_accepted (c, first);
}

/* Is a handle-like form of a full name an accepted speaker's mark:
 * its last name ("[griesemer]" for Robert Griesemer), first initial and
 * last name ("rgriesemer"), first name and last initial ("robertg"), the
 * two run together ("robertgriesemer") (the keys the roster's name tier
 * derives), or the initials of three words and the last name ("bcmills"
 * for Bryan C. Mills)? */
static gboolean
handle_form_accepted (const Ctx *c, const char *name)
{
  SpNameKeys k;
  if (!sp_roster_name_keys (c->derived, name, &k) || k.n_words > 3)
    return FALSE;
  const char *last = k.words[k.n_words - 1];
  if (strlen (last) < 3)
    return FALSE;
  /* a given name last and none first is no person's full name but a
   * request made of that person ("Tell Sebastian if you are interested",
   * "Sebastian" a speaker's given name) */
  if (sp_is_given_name (last) && !sp_opens_with_given_name (name))
    return FALSE;
  if (sp_key_accepted (c, last) || sp_key_accepted (c, k.first_last)
      || (k.first_initial && sp_key_accepted (c, k.first_initial))
      || (k.initial_last && sp_key_accepted (c, k.initial_last)))
    return TRUE;
  if (k.n_words < 3)
    return FALSE;
  g_autofree char *initials_last = g_strdup_printf ("%c%c%s", k.words[0][0], k.words[1][0], last);
  return sp_key_accepted (c, initials_last);
}

/* Does speech follow a full name at an item's start, rather than a
 * sentence about its person?  "Ian Lance Taylor I think ...", "Michael
 * Knyszek we could ..." are turns; "Michael Knyszek presented ...",
 * "Chris Dickinson recently released ...", "... and Austin Clements",
 * "... from Google" are not: the next word, past an adverb, is no word
 * of a sentence about someone (sp_is_narrative_word: a past form among
 * them). */
/* Is the text after a full name a company in parentheses, after the
 * name's last word at most, all the item holds ("Gabriel Dos Reis
 * (Microsoft)", "Gabriel Dos" and " Reis (Microsoft)"): a list of
 * people, no speech */
static gboolean
name_runs_on (const char *s, gsize n)
{
  gsize i = 0;
  while (i < n && s[i] == ' ')
    i++;
  if (i < n && g_ascii_isupper (s[i])) /* the name's last word */
    while (i < n && (g_ascii_isalpha (s[i]) || s[i] == '-' || s[i] == '\''))
      i++;
  while (i < n && s[i] == ' ')
    i++;
  return i < n && s[i] == '(' && s[n - 1] == ')' && !memchr (s + i + 1, '(', n - i - 1);
}

static gboolean
speech_follows (const char *s, gsize n)
{
  static const char *const adverbs[] = { "then", "just", "now", "still", "again", "already", NULL };
  gsize i = 0;
  for (guint words = 0; words < 3; words++)
    {
      while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
      gsize w = i;
      while (w < n && (g_ascii_isalpha (s[w]) || s[w] == '\''))
        w++;
      if (w == i)
        return i < n && s[i] != '(' && s[i] != ',';
      gsize len = w - i;
      if (s[i] == '\'' || sp_narrates (s + i, len, s + n))
        return FALSE;
      if (words == 0 && name_runs_on (s, n))
        return FALSE;
      gboolean adverb = g_ascii_islower (s[i]) && len > 4 && s[w - 2] == 'l' && s[w - 1] == 'y';
      for (const char *const *x = adverbs; *x && !adverb; x++)
        adverb = strlen (*x) == len && strncmp (s + i, *x, len) == 0;
      if (!adverb)
        return TRUE;
      i = w;
    }
  return TRUE;
}

/* Does the raw mark (n bytes) end with a verb of speech and its colon
 * ("Ilse Verbruggen asked:")? */
static gboolean
said_before_colon (const char *raw, gsize n)
{
  while (n > 0 && (raw[n - 1] == ' ' || raw[n - 1] == ':' || raw[n - 1] == '*'))
    n--;
  return n > 0 && sp_before_speech_verb (raw, raw + n) != raw + n;
}

/* A colon mark of one name in Title case after a title of address, as
 * written: "Mr. Nebenzia", "Mrs. Thomas-Greenfield", "Dr. Park" (not an
 * office: "President Lincoln:" may be a heading's) */
static gboolean
addressed_name (const SpMark *m, const char *text)
{
  if (m->form != SP_FORM_COLON || m->n_names != 1 || m->cases[0] != SP_CASE_TITLE || m->anonymous)
    return FALSE;
  const char *raw = text + m->raw_start;
  const char *sp = memchr (raw, ' ', m->raw_len);
  gboolean office = TRUE;
  return sp && sp > raw && np_text_is_title (raw, sp - raw, &office) && !office && g_ascii_isupper (sp[1])
         && sp_has_lowercase (sp + 1, m->raw_len - (sp + 1 - raw));
}

/* Is the item's text (len bytes, trimmed) the head of a part of the
 * minutes: a lead-in ending with a colon, or a short line with no
 * sentence's end, numbered or in capitals ("5. OPEN FORUM (residents, 3
 * min each)", "PUBLIC COMMENT")? */
static gboolean
heads_a_part (const NpItem *item, const char *text, gsize len)
{
  if (len == 0)
    return FALSE;
  if (text[len - 1] == ':')
    return TRUE;
  if (len > 80 || text[len - 1] == '.')
    return FALSE;
  if (g_ascii_isdigit (text[0]) || (item->marker >= '0' && item->marker <= '9'))
    return TRUE;
  /* its first word in capitals */
  gsize k = 0;
  while (k < len && g_ascii_isupper (text[k]))
    k++;
  return k >= 3 && (k == len || text[k] == ' ');
}

/* Does item i stand where minutes record the public's voices, each once:
 * in a section so titled (or its parent section), or under a head that
 * says so, the item's parent or the nearest head before it among its
 * siblings ("Public comment on item 6.2:" over "- Marisol Fuentes,
 * parent: ...", "5. OPEN FORUM" over the residents' lines)? */
gboolean
sp_public_voices (Ctx *c, guint i)
{
  gint32 j = c->items[i].parent;
  for (guint step = 0; step < 64; step++)
    {
      if (j != NP_NONE)
        {
          gsize len;
          const char *text = sp_item_text (c, j, &len);
          while (len > 0 && text[len - 1] == ' ')
            len--;
          if (heads_a_part (&c->items[j], text, len))
            {
              if (sp_names_public_voices (text, len))
                return TRUE;
              if (step > 0)
                return FALSE; /* another part's head, under the section's */
            }
        }
      j = step == 0 ? c->prev_sibling[i] : c->prev_sibling[j];
      if (j == NP_NONE)
        break;
    }
  guint n_sections;
  const NpSection *sections = np_document_get_sections (c->doc, &n_sections);
  for (gint32 s = c->items[i].section, up = 0; s != NP_NONE && (guint) s < n_sections && up < 2;
       s = sections[s].parent, up++)
    if (sections[s].title && sp_names_public_voices (sections[s].title, strlen (sections[s].title)))
      return TRUE;
  return FALSE;
}


/* Is name the company an attendee is listed with ("Jonas Weidmann (SAP)")? */
gboolean
sp_is_attendee_affiliation (const Ctx *c, const char *name)
{
  guint n;
  const NpPerson *people = np_document_get_attendees (c->doc, &n);
  for (guint k = 0; k < n; k++)
    if (people[k].affiliation && g_ascii_strcasecmp (people[k].affiliation, name) == 0)
      return TRUE;
  return FALSE;
}

/* Is the mark's one name the company an attendee is listed with
 * ("Jonas Weidmann (SAP)" over "SAP: 2 maintainers")?  A company
 * reports, nobody speaks */
static gboolean
names_an_affiliation (const Ctx *c, const SpMark *m)
{
  return m->n_names == 1 && !strchr (m->names[0], ' ') && sp_is_attendee_affiliation (c, m->names[0]);
}

/* Does item i ask a question as one speaks, in lower case ("Brett: can
 * we get cibuildwheel support early?"), that a turn nested under it
 * answers ("Sam: yes, there is a PR")?  The asker is a voice of the talk
 * as the answerer is; a topic put as a question is written as a title
 * ("Verkle: Ship it in Pectra?" over "Guillaume: ..."). */
static gboolean
answered_question (const Ctx *c, guint i, const char *text, gsize len, gsize speech)
{
  while (len > 0 && (text[len - 1] == ' ' || text[len - 1] == ')'))
    len--;
  if (len <= speech || text[len - 1] != '?' || !g_ascii_islower (text[speech]) || !c->has_children[i])
    return FALSE;
  for (gint32 j = i + 1; j != NP_NONE; j = c->next_sibling[j])
    if (sp_accepted (c, j) && !c->cands[j]->mark.anonymous)
      return TRUE;
  return FALSE;
}

/* Does the document write the words of name (two of them) joined in lower
 * case, as a project or a repository is named ("node-forward",
 * "nodeforward" for "Node Forward")? */
static gboolean
project_name (Ctx *c, const char *name)
{
  const char *sp = strchr (name, ' ');
  if (sp == NULL || strchr (sp + 1, ' ') || sp - name > 24 || strlen (sp + 1) > 24)
    return FALSE;
  /* a word of the document's tokens (their norms are interned: one
   * lookup, not a search of the text) */
  g_autofree char *first = g_utf8_casefold (name, sp - name);
  g_autofree char *last = g_utf8_casefold (sp + 1, -1);
  for (guint joined = 0; joined < 2; joined++)
    {
      g_autofree char *word = g_strconcat (first, joined ? "" : "-", last, NULL);
      if (np_document_lookup_string (c->doc, word, -1) != G_MAXUINT32)
        return TRUE;
    }
  return FALSE;
}

/* Does the text end with a link or reference its words introduce with a
 * colon ("... and this issue: https://...", "Notes PR: #185")? */
static gboolean
link_introduced (const char *text, gsize len)
{
  while (len > 0 && (text[len - 1] == ' ' || text[len - 1] == '.'))
    len--;
  while (len > 0 && text[len - 1] != ' ')
    len--;
  while (len > 0 && text[len - 1] == ' ')
    len--;
  return len > 1 && text[len - 1] == ':';
}

gboolean
sp_judge_evidence (Ctx *c, guint i, gboolean abbreviation_style)
{
  Cand *d = c->cands[i];
  SpMark *m = &d->mark;
  gsize len;
  const char *text = sp_item_text (c, i, &len);
  switch (d->state)
    {
    case CAND_WEAK_UPPER:
      if (sp_is_acronym_definition (m->names[0], text + m->end, len - m->end)
          || sp_has_issue_reference (text, len))
        {
          d->state = CAND_REJECTED;
          return FALSE;
        }
      if (!sp_matched (&d->match[0]) && names_an_affiliation (c, m))
        return FALSE;
      return abbreviation_style || sp_key_count (c, d->keys[0]) >= 2 || sp_key_accepted (c, d->keys[0])
             || neighbour_accepted (c, i);
    case CAND_WEAK:
      {
        /* "util: add colorText [#43371](...)": module prefixes of issue
         * titles are written in lower case, and a title ends with its
         * reference; a capitalized speaker may well cite an issue, and
         * anyone mid-sentence ("epage: the #1 concern ..."), and a
         * voice the notes give turns to elsewhere may end by showing one,
         * outside a change log ("nzakas: ... this issue: https://..."
         * among nzakas' turns) */
        if (m->cases[0] != SP_CASE_TITLE && sp_ends_with_issue_reference (text, len)
            && !(m->n_names == 1 && link_introduced (text, len) && sp_key_accepted (c, d->keys[0])
                 && !sp_changelog_style (c)))
          {
            d->state = CAND_REJECTED;
            return FALSE;
          }
        /* "http: fix the parser (Ben Noordhuis)", "uv: upgrade to 1.0":
         * in a change log a word in lower case before a colon is a
         * module, whose changes are credited at their lines' ends */
        if (m->form == SP_FORM_COLON && m->cases[0] == SP_CASE_LOWER && sp_changelog_style (c))
          {
            d->state = CAND_REJECTED;
            return FALSE;
          }
        /* "attr: fix overflow when ...": a shortlog's commits, their
         * modules in lower case, no credit at the end */
        if (sp_module_mark (m) && sp_commit_log_style (c) && sp_commit_module (c, m))
          {
            d->state = CAND_REJECTED;
            return FALSE;
          }
        /* in a transcript a timed line names its speaker, whoever it is */
        if (m->timed && c->transcript)
          return TRUE;
        /* "Mr. Nebenzia (Russian Federation): ...", "Dr. Park: ...": a
         * title of address before a name is written for people only */
        if (addressed_name (m, text))
          return TRUE;
        /* "The Minister for Transport (Hon. Grace Mensah): ...", "The City
         * Manager (Priyanka Nair): ...": an office and its holder's full
         * name, as a record writes a person */
        if (m->office && m->n_names == 1 && m->cases[0] == SP_CASE_TITLE && strchr (m->names[0], ' '))
          return TRUE;
        /* "Ilse Verbruggen asked: ...": a full name, then a verb of speech
         * before the colon, as a write-up quotes a person */
        if (m->n_names == 1 && m->form == SP_FORM_COLON && m->cases[0] == SP_CASE_TITLE && strchr (m->names[0], ' ')
            && sp_plain_words (m->names[0]) && said_before_colon (text + m->raw_start, m->raw_len))
          return TRUE;
        gboolean keys = TRUE, known = TRUE, loose = FALSE;
        for (guint k = 0; k < m->n_names; k++)
          {
            gboolean is_known = (sp_matched (&d->match[k]) && !sp_loose_tier (d)) || sp_key_accepted (c, d->keys[k]);
            loose |= sp_matched (&d->match[k]);
            known &= is_known;
            keys &= is_known || sp_key_count (c, d->keys[k]) >= 2;
          }
        if (known)
          return TRUE;
        /* "Annual Picnic: June 6, 2024", "Nächste Vorstandssitzung: 11.
         * April 2024": a field and its date, nobody's speech */
        if (m->form == SP_FORM_COLON && sp_date_alone (text + m->end, len - m->end))
          {
            d->state = CAND_REJECTED;
            return FALSE;
          }
        /* "Corepack:" alone on its line over the news: a topic's label
         * (styles.c) */
        if (!loose && sp_label_over_news (c, i))
          return FALSE;
        /* a name alone over a message speaks only as one the roster or
         * the document knows, or as a transcript's speaker line: a full
         * name of plain words, a common given name first, over two turns
         * or more ("Alice Smith" over "Welcome to the show.") */
        if (m->name_line)
          return keys && m->n_names == 1 && strchr (m->names[0], ' ') && sp_plain_words (m->names[0])
                 && sp_opens_with_given_name (m->names[0]);
        /* "Marisol Fuentes, parent: supports ...", once, under "Public
         * comment on item 6.2:" or in a section "Public Comment": the
         * public's voices, each said once, a full name of plain words */
        if (m->n_names == 1 && m->cases[0] == SP_CASE_TITLE && !m->undelimited && strchr (m->names[0], ' ')
            && sp_plain_words (m->names[0]) && sp_public_voices (c, i))
          return TRUE;
        /* "Question in chat (from @tl_hopper): ...": a voice the label
         * relays by name, whoever it is, where the roster names nearly
         * every speaker too; with the asker's company after a comma ("Q
         * (Samir, Ericsson): ...") */
        if (m->relayed && (m->n_names == 1 || (m->n_names == 2 && m->affiliation)) && !m->undelimited)
          return TRUE;
        /* "@hellofromTonya: ..." once, in notes that mark their speakers
         * by handle: an '@' names a person */
        if (m->n_names == 1 && m->form == SP_FORM_COLON && !m->undelimited && m->raw_start < len
            && text[m->raw_start] == '@' && sp_handle_style (c))
          return TRUE;
        /* "Brett: can we get it early?" once, over "Sam: yes ...": the
         * asker of a question a turn answers, unless the name is a word of
         * the text */
        if (m->n_names == 1 && m->form == SP_FORM_COLON && !m->undelimited && !c->roster_rich
            && (m->cases[0] == SP_CASE_TITLE || m->cases[0] == SP_CASE_LOWER) && !strchr (m->names[0], ' ')
            && answered_question (c, i, text, len, m->end) && !sp_mark_has_common_word (c, i, FALSE, 1))
          return TRUE;
        /* "keith: ..." once, in notes that mark their speakers by
         * nickname, four of them or more: one more voice, unless the word
         * is one the notes use in running text ("update: ...") */
        if (m->n_names == 1 && m->form == SP_FORM_COLON && sp_nick_case (m, 0) && !m->undelimited
            && !c->roster_rich && !sp_matched (&d->match[0]) && sp_nick_style (c)
            && !sp_mark_has_common_word (c, i, FALSE, 1))
          return TRUE;
        /* "Bryan:" after "Bryan Hughes: ..." */
        if (m->n_names == 1 && m->cases[0] == SP_CASE_TITLE && !strchr (m->names[0], ' ')
            && sp_first_name_of_speaker (c, m->names[0]))
          return TRUE;
        /* "Chris Wood: ..." once where "Chris: ..." speaks, a surname the
         * notes do not use as a word */
        if (m->n_names == 1 && m->cases[0] == SP_CASE_TITLE && m->form == SP_FORM_COLON && !m->undelimited
            && strchr (m->names[0], ' ') && sp_plain_words (m->names[0]) && first_word_accepted (c, m->names[0])
            && !sp_mark_has_common_word (c, i, TRUE, 1))
          return TRUE;
        /* "Matthew Dempsky: ..." once, beside "[mdempsky] ...": a full
         * name whose handle-like form is a speaker's mark */
        if (m->n_names == 1 && m->form == SP_FORM_COLON && m->cases[0] == SP_CASE_TITLE && !m->undelimited
            && strchr (m->names[0], ' ') && sp_plain_words (m->names[0]) && handle_form_accepted (c, m->names[0]))
          return TRUE;
        /* "**Sam Whitfield**: ..." once, in a write-up that quotes three
         * people or more so: one more voice */
        if (m->n_names == 1 && m->form == SP_FORM_COLON && m->bold && m->cases[0] == SP_CASE_TITLE && !m->undelimited
            && strchr (m->names[0], ' ') && sp_plain_words (m->names[0]) && sp_bold_style (c))
          return TRUE;
        /* "Anna Kowalski: Same concern." once, in minutes that mark four
         * people or more by a full name and a colon: one more voice, a
         * common given name first (not "Google Chrome: shipped", a
         * status among the turns), unless a word of it is one the notes
         * use in running text */
        if (m->n_names == 1 && m->form == SP_FORM_COLON && !m->bold && m->cases[0] == SP_CASE_TITLE && !m->undelimited
            && !c->roster_rich && strchr (m->names[0], ' ') && sp_plain_words (m->names[0])
            && sp_opens_with_given_name (m->names[0]) && !sp_mark_has_common_word (c, i, FALSE, 1)
            && sp_full_name_style (c))
          return TRUE;
        /* "Greg Kroah-Hartman: \"The stable trees ...\"" once, in a
         * write-up that quotes two people or more so */
        if (sp_quoted_full_name (c, i) && sp_quote_style (c))
          return TRUE;
        /* "Dietrich Wendel (SUSE): ..." in a pad with no attendee list: a
         * full name of plain words and the company in parentheses before
         * the colon, as people introduce themselves when they first speak,
         * whose first name marks turns later ("Dietrich: ..."); "Apple Pay
         * (iOS): ..." is a product's status */
        if (m->n_names == 1 && m->cases[0] == SP_CASE_TITLE && !m->undelimited && !c->roster_rich
            && strchr (m->names[0], ' ') && sp_plain_words (m->names[0]) && company_before_colon (text, m))
          {
            g_autofree char *first = first_word_key (m->names[0]);
            if (sp_key_count (c, first) >= 1)
              return TRUE;
          }
        /* minutes where each person speaks once ("Alice Smith: ...",
         * "Bob: ...", "Carol Diaz: ..."): names in a run of sibling
         * items, a full name among them */
        if (!keys && !c->roster_rich && sp_name_run (c, i))
          return TRUE;
        /* a standup's "Michael Dawson (TSC): ..." between two of the
         * roster's people, himself not listed: a full name of plain words
         * the notes never write in lower case, or whose first name speaks
         * in them ("Michael: ...") */
        if (c->roster_rich && m->n_names == 1 && m->cases[0] == SP_CASE_TITLE && strchr (m->names[0], ' ')
            && !m->undelimited && sp_accepted (c, c->prev_sibling[i]) && sp_accepted (c, c->next_sibling[i])
            && !c->cands[c->prev_sibling[i]]->mark.reporter && !c->cands[c->next_sibling[i]]->mark.reporter
            && sp_plain_words (m->names[0])
            && (!sp_mark_has_common_word (c, i, FALSE, 1) || first_word_accepted (c, m->names[0])))
          return TRUE;
        /* "Greg: ..." once, with Gregory Smith among the attendees: a
         * single name in Title case before a colon, a familiar form or a
         * slip of a roster person's; before a dash too ("Gregr - I
         * rotated ..."), a word of four letters or more the notes do not
         * use in running text */
        if (loose && m->n_names == 1 && m->cases[0] == SP_CASE_TITLE && !m->undelimited
            && (m->form == SP_FORM_COLON
                || (m->form == SP_FORM_DASH && strlen (m->names[0]) >= 4 && !sp_mark_has_common_word (c, i, FALSE, 1))))
          return TRUE;
        /* a bold name with no colon is a speaker by the roster or by
         * recurrence, not by its neighbours ("**Kubernetes** 1.30 is out"
         * under a turn) */
        if (!keys && (m->undelimited || !neighbour_accepted (c, i)))
          return FALSE;
        gboolean neighbours_only = !keys;
        if (loose)
          return TRUE; /* a nickname or typo of a roster person, supported */
        if (names_an_affiliation (c, m))
          return FALSE;
        /* Recurrence or neighbours make a speaker of a mark no roster
         * knows, unless it is a word the notes use in running text ("major
         * issue:").  Where the roster names nearly every speaker, a lower
         * case mark nobody knows is a prefix ("src:", "intl:"), and a word
         * in capitals is checked like a lower-case one. */
        /* a voice of the room ("Everyone: +1", "Audience: ...") beside
         * turns, whatever the text says of everyone */
        gboolean room = m->n_names == 1 && sp_is_role_voice (m->names[0]);
        for (guint k = 0; k < m->n_names && !room; k++)
          {
            if (sp_matched (&d->match[k]) || sp_key_accepted (c, d->keys[k]))
              continue;
            /* but a nickname recurring beside the roster's people is one more
             * person ("fantasai:" in W3C minutes); "motivation:" is a topic's word */
            if (m->cases[k] == SP_CASE_LOWER
                && ((c->roster_rich && !sp_nickname_beside_roster (c, i, d->keys[k])
                     && !(m->n_names == 1 && sp_is_role_voice (m->names[0]))) /* "audience:" between turns */
                    || sp_verbal_noun (d->keys[k])))
              return FALSE;
            /* ... unless the name is a mark far more often than a word:
             * a guest who speaks all meeting long ("Domenic:" sixteen
             * times, "trevor + domenic" twice in the text) */
            /* ... or a nickname that is a mark more often than a word,
             * three times or more: a handle the notes also name as an
             * owner ("thockin:" three times, "Action: thockin to ...",
             * "Reviewers: thockin, liggitt") */
            if ((m->cases[k] == SP_CASE_LOWER || c->roster_rich) && sp_mark_has_common_word (c, i, FALSE, 2)
                && !(m->n_names == 1 && m->cases[k] == SP_CASE_TITLE
                     && sp_key_count (c, d->keys[k]) >= 4 * sp_mark_common_uses (c, i))
                && !(m->n_names == 1 && m->cases[k] == SP_CASE_LOWER && !c->roster_rich
                     && sp_key_count (c, d->keys[k]) >= 3
                     && sp_key_count (c, d->keys[k]) > sp_mark_common_uses (c, i)))
              return FALSE;
            if (neighbours_only && sp_mark_has_common_word (c, i, FALSE, 1))
              return FALSE;
          }
        return TRUE;
      }
    case CAND_WEAK_CAPITALS:
      return sp_capitals_dialogue (c, i, text);
    case CAND_WEAK_KEY:
      {
        gboolean keys = TRUE;
        for (guint k = 0; k < m->n_names; k++)
          keys &= sp_key_accepted (c, d->keys[k]);
        /* "Nadia - we mostly care ..." said once between two turns
         * ("Hanna: ...", "Brandon: ..."): a name the notes do not use in
         * running text, before a dash */
        if (!keys && m->form == SP_FORM_DASH && weak_name_mark (c, (gint32) i)
            && sibling_of_kind (c, i, c->prev_sibling[i]) && sibling_of_kind (c, i, c->next_sibling[i])
            && !sp_has_issue_link (text, len) && !sp_mark_has_common_word (c, i, FALSE, 1))
          return TRUE;
        /* a standup's "Alice - ...", "Bob Jones - ...", "Carol - ...": a
         * run of given names said once each */
        if (!keys && !c->roster_rich && m->form == SP_FORM_DASH && m->n_names == 1 && m->cases[0] == SP_CASE_TITLE
            && sp_opens_with_given_name (m->names[0]) && sp_name_run (c, i))
          return TRUE;
        return keys;
      }
    case CAND_WEAK_NAME:
      {
        /* a stopword or a label in the name ("Than McIntosh") is no
         * generic phrase when the roster has that full name */
        gboolean roster_name = sp_unique (&d->match[0]) && d->match[0].tier == SP_TIER_EXACT;
        if (!roster_name && !sp_plain_words (m->names[0]))
          return FALSE;
        /* "Node Forward release cycle" where the notes write node-forward:
         * a project's name, not a person's */
        if (!roster_name && project_name (c, m->names[0]))
          return FALSE;
        /* "Tamper Free", "Core Promise": words of the text, not a surname */
        if (sp_mark_has_common_word (c, i, TRUE, 1))
          return FALSE;
        if (m->form == SP_FORM_NAME && name_runs_on (text + m->end, len - m->end))
          return FALSE;
        if (m->form == SP_FORM_NAME && !roster_name && sp_initial_mark_before_speech (c, d, text, len))
          return TRUE;
        /* where the roster names nearly every speaker, a full name must be
         * one of its people, unless the notes mark their speakers by full
         * names with no delimiter, or by its first name, and this one recurs
         * so, speech after it: a summit's attendee list names a few of the
         * room ("Many more...") */
        if (c->roster_rich && !roster_name
            && !(m->form == SP_FORM_NAME && name_count (c, d->keys[0]) >= 2
                 && speech_follows (text + m->end, len - m->end)
                 && (name_style (c) || first_word_accepted (c, m->names[0])))
            /* ... or a name alone over sub-bullets, its person a speaker of
             * the notes ("Ines Kowalski" over her points, "Ines Kowalski
             * TinyGo is ..." elsewhere) */
            && !(m->form == SP_FORM_BARE && sp_key_accepted (c, d->keys[0]))
            /* ... or a slip of one person's name of the roster, alone over
             * the points beside other such heads ("@jhiesey:" where the
             * list writes @jhiesy) */
            && !(m->form == SP_FORM_BARE && sp_unique (&d->match[0]) && d->match[0].tier == SP_TIER_TYPO
                 && sp_head_beside_head (c, i)))
          return FALSE;
        /* a person of the roster, by the full name, need not recur when
         * speech follows the name */
        return (name_count (c, d->keys[0]) >= 2 && !sp_stray_word_head (c, m, &d->match[0], text, len))
               || sp_key_accepted (c, d->keys[0]) || first_word_accepted (c, m->names[0])
               || (roster_name && speech_follows (text + m->end, len - m->end))
               || (m->form == SP_FORM_BARE
                   && (sp_head_beside_head (c, i)
                       || (!c->roster_rich && (sp_given_name_heads (c, i) || sp_given_name_head_among_turns (c, i)))))
               || (m->form == SP_FORM_NAME && !c->roster_rich && speech_follows (text + m->end, len - m->end)
                   && (name_style (c) || handle_form_accepted (c, m->names[0])
                       || (sp_opens_with_given_name (m->names[0]) && sp_between_turns (c, i))));
      }
    default:
      return FALSE;
    }
}
