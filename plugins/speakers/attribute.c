/* attribute.c: which items have a speaker, and who it is.
 *
 * A mark's form is not enough: "Proposal: ...", "util: add ...", "WASI:
 * WebAssembly System Interface" and "**Recording**: <url>" have the forms
 * of "cherry: ..." and "JSL: ...".  Candidates are therefore judged in
 * passes over the whole document:
 *   1. every candidate is resolved against the rosters (the document's own
 *      first, then roster files); labels, marks with no speech after them
 *      and links are dropped; a bracket mark or a mark naming a roster
 *      person is accepted (judge-form.c);
 *   2. the rest are accepted on evidence from the document (judge.c):
 *      the same mark recurs, it is a speaker elsewhere, a neighbouring
 *      item (parent or sibling) has an accepted mark, or the document is
 *      written in abbreviations (TC39) and this is one; repeated until
 *      nothing changes;
 *   3. full names used as marks but absent from every roster ("Roland
 *      Shoemaker", "derek parker") form a roster of their own, against
 *      which the short marks still unresolved are matched ("[derek]");
 *   4. every speaker gets one canonical name for the whole document, and a
 *      bare-name heading passes its speaker to its direct sub-bullets
 *      (turns.c).
 * Other sub-bullets never inherit a speaker: they are often a reply. */
#include <stddef.h>
#include "config.h"

#include <string.h>

#include "attribute-private.h"

/* Is item i nested under a lead-in, an item that ends with a colon
 * ("* Approved with conditions:")?  The names at the ends of its
 * sub-items are whom each condition or part falls to, not signatures */
static gboolean
under_lead_in (const Ctx *c, guint i)
{
  gint32 parent = c->items[i].parent;
  if (parent == NP_NONE)
    return FALSE;
  gsize len;
  const char *text = sp_item_text (c, parent, &len);
  while (len > 0 && (text[len - 1] == ' ' || text[len - 1] == '*'))
    len--;
  return len > 0 && text[len - 1] == ':';
}

/* ---- pass 2: evidence from the document -------------------------------- */

/* Counts live in the key table (keys.c): candidate keys are interned
 * there by name_key(), so a count is one memo or probe. */
static void
count_key (Ctx *c, gboolean full_name, const char *key)
{
  if (key == NULL || key[0] == '\0')
    return;
  SpKeyInfo *k = sp_keys_get (c, key);
  if (full_name)
    k->name_count++;
  else
    k->count++;
}

guint
sp_key_count (Ctx *c, const char *key)
{
  const SpKeyInfo *k = sp_keys_find (c, key);
  return k ? k->count : 0;
}

/* Candidates are carved from blocks: one allocation per CAND_BLOCK marks. */
#define CAND_BLOCK 64

/* A candidate for mark (copied in).  Only the matches of its names are
 * zeroed: every reader of match[k] stays below mark.n_names, and a block
 * reused from an earlier document need not be written whole (a Cand is
 * seven cache lines, most marks use three). */
static Cand *
cand_new (Ctx *c, const SpMark *mark)
{
  if (c->n_blocks == 0 || c->cand_used == CAND_BLOCK)
    {
      /* blocks stay with the instance: the next document reuses them */
      if (c->n_blocks == c->cand_blocks->len)
        g_ptr_array_add (c->cand_blocks, g_new (Cand, CAND_BLOCK));
      c->n_blocks++;
      c->cand_used = 0;
    }
  Cand *block = g_ptr_array_index (c->cand_blocks, c->n_blocks - 1);
  Cand *d = &block[c->cand_used++];
  d->mark = *mark;
  d->state = CAND_NONE;
  memset (d->match, 0, MIN (mark->n_names, SP_MAX_NAMES) * sizeof d->match[0]);
  memset (d->keys, 0, sizeof d->keys);
  d->use_name3 = FALSE;
  d->drop_affiliation = FALSE;
  return d;
}

gboolean
sp_key_accepted (const Ctx *c, const char *key)
{
  const SpKeyInfo *k = sp_keys_find ((Ctx *) c, key);
  return k && k->accepted;
}

/* Marks key accepted.  Keys (candidate keys, interned per analysis, and
 * roster keys) keep their address until the analysis ends. */
static void
accept_key (Ctx *c, const char *key)
{
  if (key[0])
    sp_keys_get (c, key)->accepted = TRUE;
}

static void
add_accepted_keys (Ctx *c, const Cand *d)
{
  guint n = d->mark.n_names;
  if (d->mark.affiliation && n >= 2)
    n--; /* "[Nicholas, datadog]", "[Vasily & Oleg, JetBrains]": the tail is not a speaker by itself */
  for (guint k = 0; k < n; k++)
    {
      if (d->keys[k] && d->keys[k][0])
        accept_key (c, d->keys[k]);
      if (sp_unique (&d->match[k]))
        accept_key (c, sp_roster_get (d->match[k].roster, d->match[k].entry)->full_key);
    }
}

/* What opens at the space p (p < end) of a comment header: the word
 * "commented" after it (GitHub's) or a middle dot between spaces
 * (GitLab's " \u00b7 " before the time) */
typedef enum
{
  COMMENT_WORD_NONE,
  COMMENT_WORD_COMMENTED,
  COMMENT_WORD_DOT,
} CommentWord;

static inline CommentWord
comment_word_at (const char *p, const char *end)
{
  if (end - p >= 10 && p[1] == 'c' && memcmp (p + 1, "commented", 9) == 0)
    return COMMENT_WORD_COMMENTED;
  if (end - p >= 4 && (guchar) p[1] == 0xc2 && (guchar) p[2] == 0xb7 && p[3] == ' ')
    return COMMENT_WORD_DOT;
  return COMMENT_WORD_NONE;
}

/* Might item text (len bytes) be an issue's comment header alone
 * ("**mkowal** commented on Mar 3", "bob commented 2 days ago", GitLab's
 * "Alice Smith @asmith · 2 days ago")?  The word (GitLab: the middle
 * dot) follows a name of 40 bytes at most, and the line ends with when
 * (a digit, "ago", "yesterday", "today") or "commented"/"edited" */
static gboolean
comment_header_shape (const char *text, gsize len)
{
  char last = text[len - 1];
  if (!(g_ascii_isdigit (last) || last == 'o' || last == 'y' || last == 'd'))
    return FALSE;
  gsize span = MIN (len, (gsize) 54);
  for (const char *p = memchr (text, ' ', span); p && p + 10 <= text + len;
       p = memchr (p + 1, ' ', text + span - p - 1))
    {
      CommentWord w = comment_word_at (p, text + len);
      if (w == COMMENT_WORD_COMMENTED || (w == COMMENT_WORD_DOT && memchr (text, '@', p - text)))
        return TRUE;
    }
  return FALSE;
}

/* Does text (n bytes) hold " commented" or GitLab's " \u00b7 " (what
 * sp_mark_parse_comment_header() reads a header by)?  One pass over the
 * bytes: glibc's memmem() sets up its search on every call, which cost
 * more than the scan on an item's first line. */
static gboolean
comment_header_words (const char *text, gsize n)
{
  for (gsize k = 0; k + 4 <= n; k++)
    if (text[k] == ' ' && comment_word_at (text + k, text + n) != COMMENT_WORD_NONE)
      return TRUE;
  return FALSE;
}


/* Item i (wrapped, len > 0; flags its NpItemFlags) opens with a
 * speaker's line over the turn: a definition list's term, a name in
 * capitals alone (a transcript written like a screenplay: "ALICE SMITH"
 * over "We should ship ..."), a name and the time ("Alice Smith -
 * 00:01"), or a copied chat's header line over its message: Teams' opens
 * with '[', Discord's has an em dash (0xe2 ...) and Google Chat's first
 * line ends with its clock (Telegram's with it in brackets), so only
 * those lines are read */
static gboolean
first_line_mark (const NpDocument *doc, guint i, guint flags, const char *text, gsize len, SpMark *mark)
{
  gsize first = np_document_get_item_first_line (doc, i);
  /* a definition list's term ("Alice Smith" over "    We should ship") */
  if ((flags & NP_ITEM_DEFINITION) && sp_mark_parse_term_line (text, len, first, mark))
    return TRUE;
  if (first >= 2 && first <= 40 && first < len && g_ascii_isupper (text[0]) && g_ascii_isupper (text[1])
      && sp_mark_parse_name_line (text, len, first, mark))
    return TRUE;
  /* "Alice Smith - 00:01", "**Alice Smith** (00:01)", Teams' "Smith,
   * John  10:32 AM": the line ends with a clock; "0:09 - Ingrid Solberg":
   * it opens with one */
  if (first >= 6 && first < len
      && (g_ascii_isdigit (text[first - 1]) || text[first - 1] == ')' || text[first - 1] == ']'
          || (text[first - 1] == 'M' && (memchr (text, ',', first) || g_ascii_islower (text[0])))
          || g_ascii_isdigit (text[0]) || text[0] == '@')
      && sp_mark_parse_speaker_time_line (text, len, first, mark))
    return TRUE;
  /* an issue's comment: "alice-smith commented on Mar 3" over its text */
  if (first >= 12 && first < len && comment_header_words (text, first)
      && sp_mark_parse_comment_header (text, len, first, mark))
    return TRUE;
  if ((text[0] == '[' || memchr (text, 0xe2, MIN (len, (gsize) 72))
       || (first >= 8 && first < len
           && (g_ascii_isdigit (text[first - 1]) || text[first - 1] == 'M' || text[first - 1] == ']')))
      && sp_mark_parse_chat_copy (text, len, first, mark))
    return TRUE;
  return FALSE;
}

SpAnalysis *
sp_analyse (const NpDocument *doc, GPtrArray *rosters, const SpConfig *config, SpScratch *scratch)
{
  Ctx c = { 0 };
  c.doc = doc;
  c.items = np_document_get_items (doc, &c.n_items);
  c.text = np_document_get_text (doc, NULL);
  c.config = config;
  c.external = rosters;
  c.scratch = scratch;
  c.cues = g_strcmp0 (np_document_get_format (doc), "vtt") == 0;
  g_string_chunk_clear (scratch->doc_strings);
  sp_name_forms_trim (scratch->name_forms); /* no roster uses it between analyses */
  sp_mark_cache_begin (scratch->marks);
  scratch->generation++;
  sp_keys_begin (scratch);
  c.cands = sp_scratch_get (scratch, SP_BUF_CANDS, sizeof (Cand *) * (c.n_items + 1), TRUE);
  c.cand_blocks = scratch->cand_blocks;
  c.roster_items = sp_scratch_get (scratch, SP_BUF_ROSTER_ITEMS, c.n_items + 1, TRUE);
  c.doc_roster = sp_roster_new_in ("document", TRUE, scratch);
  sp_roster_set_translit (c.doc_roster, scratch->translit);
  sp_roster_set_name_forms (c.doc_roster, scratch->name_forms);
  sp_roster_fill_from_document (c.doc_roster, doc, c.roster_items, rosters);
  c.derived = sp_roster_new_in ("marks", TRUE, scratch);
  sp_roster_set_translit (c.derived, scratch->translit);
  sp_roster_set_name_forms (c.derived, scratch->name_forms);
  c.result = g_new0 (SpAnalysis, 1);
  c.result->doc = doc;
  c.result->n_items = c.n_items;
  c.result->turns = sp_scratch_get (scratch, SP_BUF_TURNS, sizeof (SpTurn) * (c.n_items + 1), TRUE);
  c.result->persons = g_ptr_array_new (); /* the scratch's records */
  sp_link_items (&c);
  sp_find_owner_items (&c);

  /* attendees whose names no mark's reading takes (a number among the
   * words, "The 8472"): read before a colon as written (most documents
   * have none) */
  const char *listed[8];
  guint n_listed = 0, n_attendees;
  const NpPerson *attendees = np_document_get_attendees (doc, &n_attendees);
  for (guint k = 0; k < n_attendees && n_listed + 1 < G_N_ELEMENTS (listed); k++)
    if (attendees[k].name && strpbrk (attendees[k].name, "0123456789") && strchr (attendees[k].name, ' '))
      listed[n_listed++] = attendees[k].name;
  listed[n_listed] = NULL;

  /* pass 1 */
  guint upper_resolved = 0, upper_marks = 0, meetbot_lines = 0, trailing_lines = 0;
  gint speaker_col = -1; /* of the table the rows belong to */
  guint header_row = G_MAXUINT;
  for (guint i = 0; i < c.n_items; i++)
    {
      gsize len;
      const char *text;
      SpMark mark;
      gboolean table = FALSE;
      if (c.items[i].kind == NP_ITEM_TABLE_ROW && !c.roster_items[i])
        {
          /* a table's first row is its header: a Speaker column's cells
           * are the speakers of their rows */
          text = sp_item_text (&c, i, &len);
          /* rows run on line after line; the header's rule ("|---|") is
           * no item, so the first row follows the header a line later */
          const NpItem *prev = i > 0 ? &c.items[i - 1] : NULL;
          if (prev == NULL || prev->kind != NP_ITEM_TABLE_ROW
              || prev->end_line + (i - 1 == header_row ? 2 : 1) < c.items[i].line)
            {
              speaker_col = sp_table_speaker_column (text, len);
              header_row = i;
              continue;
            }
          table = speaker_col >= 0 && sp_mark_parse_table_cell (text, len, speaker_col, &mark);
          if (!table)
            continue;
        }
      else if (sp_skip_item (&c, i))
        continue;
      else
        text = sp_item_text (&c, i, &len);
      /* a transcript's "[10:32] Alice: ...": the mark follows the time */
      guchar c0 = len > 5 ? (guchar) text[0] : 0;
      gsize time = ((guint) (c0 - '0') < 10u || c0 == '[' || c0 == '(') ? np_text_time_prefix (text, len) : 0;
      if (time && len - time > 5 && memcmp (text + time, "From ", 5) == 0)
        time = 0; /* a saved chat's "10:32 From Alice to Everyone: ...", read whole by marks.c */
      /* an emoji before the mark ("💬 Carol: ..."), skipped the same way */
      gsize lead = time == 0 && c0 >= 0xe2 ? np_text_pictograph_prefix (text, len, TRUE) : 0;
      /* live captions' change of speaker: ">> MAYOR SMITH: ..." */
      if (c0 == '>' && text[1] == '>' && text[2] == ' ')
        for (lead = 3; lead < len && text[lead] == ' '; lead++)
          ;
      /* an arrow in ASCII before a reply: "-> Dana: ...", "=> Wei: ..." */
      else if (time == 0 && (c0 == '-' || c0 == '=') && text[1] == '>' && text[2] == ' ')
        for (lead = 3; lead < len && text[lead] == ' '; lead++)
          ;
      /* Hansard's topical question's number: "T1. Fiona MacRae (...): ..." */
      else if (time == 0 && c0 == 'T' && (guint) (text[1] - '0') < 10u)
        {
          gsize k = 2;
          while (k < 4 && (guint) (text[k] - '0') < 10u)
            k++;
          if (k + 2 < len && text[k] == '.' && text[k + 1] == ' ' && g_ascii_isupper (text[k + 2]))
            lead = k + 2;
        }
      /* a speaker's line over the turn (a copied chat's header, a name in
       * capitals, a name and the time), read whole */
      gboolean line_mark = !table && (c.items[i].flags & NP_ITEM_WRAPPED) && len > 0
                           && first_line_mark (doc, i, c.items[i].flags, text, len, &mark);
      /* an issue's comment header alone, its comment in the paragraphs
       * below: "**mkowal** commented on Mar 3" */
      if (!table && !line_mark && len >= 12 && len <= 124 && comment_header_shape (text, len))
        line_mark = sp_mark_parse_comment_header (text, len, len, &mark);
      gboolean numbered = !table && !line_mark
                          && ((c.cues ? sp_mark_parse_numbered (text, len, &mark)
                                      : len > 12 && (sp_mark_parse_numbered_timed (text, len, &mark)
                                                     || sp_mark_parse_numbered_voice (text, len, &mark)))
                              /* "P1: ...": a coded participant */
                              || ((((guint) (c0 - 'A') < 26u && (guint) (text[1] - '0') < 10u)
                                   || (c0 == '*' && text[1] == '*' && (guint) (text[3] - '0') < 10u))
                                  && sp_mark_parse_coded_voice (text, len, &mark)));
      if (!numbered && !table && !line_mark && time && !c.cues && len - time > 12
          && (sp_mark_parse_numbered_voice (text + time, len - time, &mark)
              || (g_ascii_isupper (text[time]) && g_ascii_isdigit (text[time + 1])
                  && sp_mark_parse_coded_voice (text + time, len - time, &mark))))
        {
          /* "[00:01:22] Speaker 5: ..." (Descript), "[00:00:31] P7: ...":
           * the voice after the time */
          numbered = TRUE;
          mark.end += time;
          mark.raw_start += time;
          mark.timed = TRUE;
        }
      c.numbered |= numbered;
      /* "Q: ..." / "A: ..." of the parties the document names */
      gboolean qa = !table && !line_mark && !numbered && time == 0
                    && (((c0 == 'Q' || c0 == 'A') && sp_qa_mark (&c, i, text, len, &mark))
                        || (((c0 == 'P' && len > 10 && text[9] == ':') || (c0 == 'S' && len > 8 && text[7] == ':'))
                            && sp_presenter_mark (&c, i, text, len, &mark)));
      /* an IRC action, a line of WeeChat's log (chatlog.c), read whole */
      gboolean log_line = !table && !line_mark && !numbered && !qa
                          && ((time && text[time] == '*') || g_ascii_isdigit (c0))
                          && sp_log_line_mark (text, len, time, &mark);
      gboolean whole = table || line_mark || numbered || log_line || qa;
      gboolean parsed = log_line ? mark.form != SP_FORM_NONE
                                 : whole
                                       || sp_mark_parse_cached (text + time + lead, len - time - lead,
                                                                c.has_children[i], &mark, scratch->names,
                                                                scratch->marks, scratch->doc_strings);
      /* the readings below are of the whole text, the time and the lead
       * included: their offsets are the item's already */
      gboolean of_whole = whole || !parsed;
      if (!parsed && !whole && n_listed && sp_mark_parse_listed_colon (text, len, listed, &mark))
        parsed = TRUE;
      /* "... signed off on the aggregates yet. (JD)": whom a mailed
       * paragraph reports, at its end */
      if (!parsed && !whole && len > 12 && (text[len - 1] == ')' || g_ascii_isalnum (text[len - 1]) || text[len - 1] == ']')
          && !under_lead_in (&c, i) && sp_mark_parse_trailing (text, len, &mark))
        parsed = TRUE;
      /* "Jonas Becker" alone over "will do, need one approval": a chat
       * copy's sender whose time the copy left off, when nothing else
       * reads the item, or only as a full name opening a sentence or by
       * what ends it ("(edited)") */
      if ((!parsed || mark.form == SP_FORM_NAME || mark.trailing) && !whole && (c.items[i].flags & NP_ITEM_WRAPPED)
          && g_ascii_isupper (c0) && len > 5 && g_ascii_islower (text[1]))
        {
          gsize first = np_document_get_item_first_line (doc, i);
          SpMark line;
          if (first >= 5 && first <= 128 && first < len && sp_mark_parse_title_name_line (text, len, first, &line))
            {
              if (parsed)
                sp_mark_clear (&mark);
              mark = line;
              parsed = TRUE;
              of_whole = TRUE;
            }
        }
      if (!parsed)
        continue;
      c.emotes |= mark.emote;
      /* an IRC line: a scribe's names another speaker, or none */
      if (mark.form == SP_FORM_ANGLE && !mark.voice && !whole)
        {
          SpScribed scribed = sp_scribed_mark (&c, i, text, len, time + lead, &mark);
          if (scribed == SP_SCRIBED_SKIP)
            {
              sp_mark_clear (&mark);
              continue;
            }
        }
      if (c.qa && !qa && mark.form == SP_FORM_COLON)
        sp_qa_witness (&c, &mark); /* "THE WITNESS: ..." */
      if ((time || lead) && !whole)
        {
          if (!of_whole)
            {
              mark.end += time + lead;
              mark.raw_start += time + lead;
            }
          mark.timed = time > 0;
        }
      else if (c.cues && mark.form == SP_FORM_COLON)
        {
          mark.timed = TRUE; /* "Alice Smith: ..." in a cue (Zoom) */
          if ((mark.n_names == 2 || mark.affiliation) && !mark.bold)
            sp_cue_surname_first (&mark, text);
        }
      if (sp_owner_mark (&c, i, &mark))
        {
          sp_mark_clear (&mark);
          continue;
        }
      if (mark.office || c.n_offices)
        sp_office_holder (&c, &mark);
      Cand *d = c.cands[i] = cand_new (&c, &mark);
      sp_judge_form (&c, i);
      if (qa && d->state != CAND_REJECTED)
        d->state = CAND_ACCEPTED; /* named by the document: no evidence needed */
      if (d->state == CAND_REJECTED)
        continue;
      const SpMark *m = &d->mark;
      if (m->form == SP_FORM_NAME || m->form == SP_FORM_BARE)
        count_key (&c, TRUE, d->keys[0]);
      else
        for (guint k = 0; k < m->n_names; k++)
          count_key (&c, FALSE, d->keys[k]);
      if (m->form == SP_FORM_COLON && m->n_names && m->cases[0] == SP_CASE_UPPER)
        {
          upper_marks++;
          upper_resolved += d->state == CAND_ACCEPTED && d->match[0].tier == SP_TIER_ABBREVIATION;
        }
      if (m->meetbot || m->trailing)
        {
          /* accepted below, once they are known to recur */
          meetbot_lines += m->meetbot;
          trailing_lines += m->trailing && !m->quoted && d->state == CAND_ACCEPTED;
        }
      else if (d->state == CAND_ACCEPTED)
        add_accepted_keys (&c, d);
    }
  /* MeetBot's minutes end line after line with "(nick, 16:03:01)"; one
   * such line alone is notes' "(Alice, 10:30)", an owner and a time; so
   * mailed minutes end paragraph after paragraph with "(JD)"; but a
   * quotation signed says who said it, once or not */
  for (guint i = 0; meetbot_lines + trailing_lines > 0 && i < c.n_items; i++)
    {
      Cand *d = c.cands[i];
      if (d == NULL || !(d->mark.meetbot || d->mark.trailing) || d->state != CAND_ACCEPTED)
        continue;
      if ((d->mark.meetbot ? meetbot_lines : trailing_lines) >= 2 || d->mark.quoted)
        add_accepted_keys (&c, d);
      else
        d->state = CAND_REJECTED;
    }

  /* pass 2: a document written in abbreviations accepts them all; a
   * transcript (a speaker's timed mark recurs: "[10:32] Alice: ...",
   * "Bob Jones  0:15") all its timed marks, but an agenda's "10:30
   * Keynote: ..." lines, each once, stay what they are */
  gboolean abbreviation_style = upper_resolved >= 3 || upper_marks >= 10;
  if (c.numbered)
    sp_judge_numbered (&c);
  if (c.emotes)
    sp_judge_emotes (&c);
  for (guint i = 0; i < c.n_items && !c.transcript; i++)
    {
      const Cand *d = c.cands[i];
      c.transcript = d && d->state != CAND_REJECTED && d->mark.timed && d->mark.n_names
                     && sp_key_count (&c, d->keys[0]) >= 2;
    }
  guint resolved = 0, unresolved = 0;
  for (guint i = 0; i < c.n_items; i++)
    {
      const Cand *d = c.cands[i];
      if (d == NULL || d->state == CAND_NONE || d->state == CAND_REJECTED || d->mark.anonymous)
        continue;
      /* a name alone over its points, still unjudged, counts against
       * the roster once it recurs: a call's transcript whose one frequent
       * speaker is on its list of attendees and whose others are not
       * ("**Pooja | ECH**" beside "**Tim Beiko**") is not written in the
       * roster's names */
      if (d->state != CAND_ACCEPTED)
        {
          const SpKeyInfo *k = d->mark.form == SP_FORM_BARE ? sp_keys_find (&c, d->keys[0]) : NULL;
          unresolved += k && k->name_count >= 2 && !sp_matched (&d->match[0]);
          continue;
        }
      gboolean all = TRUE;
      for (guint k = 0; k < d->mark.n_names; k++)
        all &= sp_unique (&d->match[k]);
      if (all)
        resolved++;
      else
        unresolved++;
    }
  c.roster_rich = resolved >= 5 && resolved >= 4 * unresolved;
  for (guint round = 0; round < 6; round++)
    {
      gboolean changed = FALSE;
      sp_round_begin (&c);
      for (guint i = 0; i < c.n_items; i++)
        {
          Cand *d = c.cands[i];
          if (d == NULL || d->state == CAND_NONE || d->state == CAND_ACCEPTED || d->state == CAND_REJECTED)
            continue;
          if (sp_judge_evidence (&c, i, abbreviation_style))
            {
              d->state = CAND_ACCEPTED;
              add_accepted_keys (&c, d);
              changed = TRUE;
            }
        }
      if (!changed)
        break;
    }

  /* pass 3 (turns.c) */
  sp_build_derived (&c);

  /* pass 4 (turns.c) */
  sp_make_turns (&c);

  for (guint i = 0; i < c.n_items; i++)
    {
      if (c.cands[i] == NULL)
        continue;
      sp_mark_clear (&c.cands[i]->mark);
      /* the keys are in scratch->doc_strings */

    }
  /* the document roster's table goes back last, so the next document
   * roster (made first) takes it: the two tables do not swap rosters,
   * and the larger one is not regrown each document */
  sp_roster_free_in (c.derived, scratch);
  sp_roster_free_in (c.doc_roster, scratch);
  sp_rounds_end (&c);
  sp_qa_free (c.qa);
  g_clear_pointer (&c.capital_surnames, g_hash_table_unref);
  g_clear_pointer (&c.commit_modules, g_hash_table_unref);
  /* c.common belongs to the scratch */
  return c.result;
}
