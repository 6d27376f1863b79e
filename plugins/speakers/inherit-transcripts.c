/* inherit-transcripts.c: turns passed on in transcripts and copied
 * conversations (inherit.c does the notes' own ways): a transcript's turn
 * in capitals to the paragraphs after it, an issue's comment header to
 * the comment under it, a saved chat's message to the list nested in it,
 * a copied chat's sender to the lines of the message, a named cue to the
 * cues after it, and a timed header's turn to its speaker's next
 * paragraphs. */
#include <string.h>

#include "attribute-private.h"

/* Is item i's turn opened by a mark in capitals ("FEMI:", "INGRID
 * SOLBERG:"), a name of two words or more (full TRUE)? */
static gboolean
capitals_turn (const Ctx *c, guint i, gboolean full)
{
  const SpTurn *t = &c->result->turns[i];
  const Cand *d = c->cands[i];
  if (!t->attributed || d == NULL || (t->method != SP_METHOD_COLON && t->method != SP_METHOD_ABBREVIATION)
      || t->mention == NULL || t->mention_len < 3)
    return FALSE;
  if (sp_has_lowercase (t->mention, t->mention_len))
    {
      /* Hansard's "Senator CALLAGHAN:", "Dr AUSTIN:": a title of
       * address, then the surname in capitals (no abbreviation's) */
      const char *sp = memchr (t->mention, ' ', t->mention_len);
      const char *e = t->mention + t->mention_len;
      return sp && sp + 3 < e && g_ascii_isupper (sp[1]) && g_ascii_isupper (sp[2])
             && !sp_has_lowercase (sp + 1, e - sp - 1) && np_text_is_title (t->mention, sp - t->mention, NULL);
    }
  return !full || (d->mark.n_names == 1 && strchr (d->mark.names[0], ' ') != NULL);
}

/* A hearing record's own line, no one's words: "Proceedings suspended
 * from 10:31 to 10:45", "Committee adjourned at 12:02", "Sitting resumed
 * at 14:00" (a short line with such a verb and a clock) */
static gboolean
proceedings_line (const char *text, gsize len)
{
  static const char *const verbs[] = { " suspended", " adjourned", " resumed", NULL };
  if (len < 14 || len > 80 || !g_ascii_isupper (text[0]) || !memchr (text, ':', len))
    return FALSE;
  for (const char *const *v = verbs; *v; v++)
    if (sp_find (text, len, *v))
      return TRUE;
  return FALSE;
}

/* May item k (text, len bytes), with no turn of its own, go on with a
 * speaker's turn above it: words, not a sound or an aside ("[laughter]",
 * "(...)") nor a message's reactions ("👍 4", the readers'), no item the
 * plugin skips, and no mark the judge turned down ("VOICEMAIL:"; with
 * any_candidate, no candidate mark at all)? */
gboolean
sp_unmarked_speech (Ctx *c, guint k, const char *text, gsize len, gboolean any_candidate)
{
  const Cand *d = c->cands[k];
  return len > 0 && text[0] != '[' && text[0] != '(' && !(d && (any_candidate || d->mark.form == SP_FORM_COLON))
         && !sp_skip_item (c, k) && !np_text_reactions_line (text, len);
}

/* A transcript that names its parties in capitals ("INGRID SOLBERG:",
 * then "INGRID:", "FEMI:") marks a turn's first paragraph only: the
 * paragraphs after it with no mark, up to the next party's turn, are the
 * same speaker's.  Only where a party is named in full so, four turns
 * or more are so marked and none is a roster's abbreviation (TC39's
 * "MM:" is followed by paragraphs the notes leave unmarked); a stage
 * direction ("[MUSIC]"), a mark turned down and the paragraphs after the
 * last turn are nobody's.  So in a hearing's record whose marks are a
 * title and the surname in capitals ("Senator CALLAGHAN:"), where the
 * record's own lines ("Proceedings suspended ...") end a turn. */
void
sp_inherit_transcript_paragraphs (Ctx *c)
{
  guint turns = 0;
  gboolean full = FALSE;
  for (guint i = 0; i < c->n_items; i++)
    if (capitals_turn (c, i, FALSE))
      {
        /* minutes in a roster's abbreviations (TC39's) are no transcript */
        if (c->cands[i]->match[0].tier == SP_TIER_ABBREVIATION)
          return;
        turns++;
        full |= capitals_turn (c, i, TRUE);
      }
  if (turns < 4 || !full)
    return;
  for (guint i = 0; i < c->n_items; i++)
    {
      const SpTurn *h = &c->result->turns[i];
      if (c->items[i].kind != NP_ITEM_PARAGRAPH || c->items[i].depth != 0 || !capitals_turn (c, i, FALSE))
        continue;
      /* the run of unmarked paragraphs after it, and what ends it */
      guint j = i + 1;
      for (; j < c->n_items && c->items[j].kind == NP_ITEM_PARAGRAPH && c->items[j].depth == 0
             && !c->result->turns[j].attributed;
           j++)
        ;
      if (j >= c->n_items || !capitals_turn (c, j, FALSE))
        continue;
      for (guint k = i + 1; k < j; k++)
        {
          gsize len;
          const char *text = sp_item_text (c, k, &len);
          /* the record's own lines ("Proceedings suspended from 10:31 to
           * 10:45") are nobody's, and end the turn */
          if (proceedings_line (text, len))
            break;
          if (sp_unmarked_speech (c, k, text, len, FALSE))
            sp_inherit_turn (&c->result->turns[k], h, SP_METHOD_CONTINUED, 0, 0.85);
        }
      i = j - 1;
    }
}

/* Does item i tell of an event on the thread rather than hold words:
 * "mkowal marked this conversation as resolved.", "alice approved these
 * changes" (a handle, then a verb in the past of one word and more)? */
static gboolean
thread_event (Ctx *c, guint i)
{
  gsize len;
  const char *text = sp_item_text (c, i, &len);
  const char *sp = len > 8 ? memchr (text, ' ', MIN (len, (gsize) 41)) : NULL;
  if (sp == NULL || sp == text || !g_ascii_islower (text[0]) || memchr (text, ':', sp - text))
    return FALSE;
  const char *v = sp + 1, *ve = v;
  while (ve < text + len && g_ascii_islower (*ve))
    ve++;
  return ve - v >= 4 && ve < text + len && *ve == ' ' && ve[-2] == 'e' && ve[-1] == 'd';
}

/* An issue's comment copied with its header alone over it ("**mkowal**
 * commented on Mar 3" then the paragraphs): the items after the header,
 * up to the next turn or heading, are the author's; a quote in it is
 * someone else's words, a code block nobody's, and an event of the
 * thread ("mkowal marked this conversation as resolved.") ends it. */
void
sp_inherit_comment_bodies (Ctx *c)
{
  for (guint i = 0; i < c->n_items; i++)
    {
      const SpTurn *h = &c->result->turns[i];
      const Cand *d = c->cands[i];
      if (!h->attributed || d == NULL || !d->mark.chat)
        continue;
      /* the header alone: its mark takes the whole item */
      gsize len;
      sp_item_text (c, i, &len);
      if (d->mark.end < len)
        continue;
      guint j = i + 1;
      for (; j < c->n_items && !c->result->turns[j].attributed && c->items[j].section == c->items[i].section
             && !thread_event (c, j);
           j++)
        if (c->items[j].kind != NP_ITEM_QUOTE && c->items[j].kind != NP_ITEM_CODE && !sp_skip_item (c, j))
          sp_inherit_turn (&c->result->turns[j], h, SP_METHOD_CHAT, 0, 0.85);
      i = j - 1;
    }
}

/* A saved chat's message holds whatever its sender wrote under the
 * header, a list too ("quick summary:" over "- vault agent ..."): the
 * items nested in it are the sender's */
void
sp_inherit_chat_messages (Ctx *c)
{
  for (guint i = 0; i < c->n_items; i++)
    {
      const SpTurn *h = &c->result->turns[i];
      if (!h->attributed || h->method != SP_METHOD_CHAT)
        continue;
      guint j = i + 1;
      for (; j < c->n_items && c->items[j].depth > c->items[i].depth; j++)
        {
          SpTurn *t = &c->result->turns[j];
          if (!t->attributed && !sp_skip_item (c, j))
            sp_inherit_turn (t, h, SP_METHOD_CHAT, 0, 0.9);
        }
      i = j - 1;
    }
}

/* Does s (n bytes) hold a colon between two digits, as a clock does? */
static gboolean
clock_colon (const char *s, gsize n)
{
  for (const char *p = memchr (s, ':', n); p; p = memchr (p + 1, ':', s + n - p - 1))
    if (p > s && p + 1 < s + n && g_ascii_isdigit (p[-1]) && g_ascii_isdigit (p[1]))
      return TRUE;
  return FALSE;
}

/* A copied chat's message (Zulip, Slack, Teams: "Priya Raman 10:04 AM"
 * over its lines) goes on, line after line with no blank one between,
 * through a list, a quote, a code block or a label's line ("Note: ...")
 * the readers made items of their own: the sender's, up to the next
 * turn or blank line */
void
sp_inherit_chat_copies (Ctx *c)
{
  for (guint i = 0; i < c->n_items; i++)
    {
      const SpTurn *h = &c->result->turns[i];
      if (!h->attributed || (h->method != SP_METHOD_COLON && h->method != SP_METHOD_NAME))
        continue;
      gsize len, first = np_document_get_item_first_line (c->doc, i);
      const char *text = sp_item_text (c, i, &len);
      /* (both headers hold a clock, a digit each side of a colon) */
      if (first == 0 || first > len || !clock_colon (text, first)
          || !(np_text_speaker_time_line (text, first, NULL, NULL)
               || np_text_chat_sender_line (text, first, NULL, NULL, NULL)))
        continue;
      guint end = c->items[i].end_line, j = i + 1;
      /* (a code block's fence is a line of no item) */
      for (; j < c->n_items && c->items[j].line <= end + 2 && !c->result->turns[j].attributed; j++)
        {
          if (c->items[j].line == end + 2 && c->items[j - 1].kind != NP_ITEM_CODE && c->items[j].kind != NP_ITEM_CODE)
            break;
          /* (the reactions under it, ":thumbsup: 3", are the readers') */
          gsize rlen;
          const char *r = sp_item_text (c, j, &rlen);
          if (!sp_skip_item (c, j) && !np_text_reactions_line (r, rlen))
            sp_inherit_turn (&c->result->turns[j], h, SP_METHOD_CHAT, 0, 0.85);
          end = c->items[j].end_line;
        }
      i = j - 1;
    }
}

/* A subtitle's dialogue line ("- Are we recording?" over "- Yes.", its
 * dash the item's marker, as the cue reader keeps it): another voice,
 * named by no one, neither a named cue nor one going on with a name */
static gboolean
dialogue_line (const NpItem *item)
{
  return item->marker == '-' || item->marker == 0x2013;
}

/* A transcript's cues (WebVTT, SRT) that name their speaker before a
 * colon ("Rachel Kim: ...") at each change of speaker only, never twice
 * in a row: a cue with no name goes on with the last one named, up to
 * the next name.  Only where two cues or more are named and the named
 * outnumber the rest; a caption's unnamed
 * change of speaker (">> ...", a subtitle's dialogue lines) and a sound
 * ("[MUSIC]") stop it, and the
 * cues before the first name are nobody's. */
void
sp_inherit_cues (Ctx *c)
{
  if (!c->cues)
    return;
  guint named = 0, unnamed = 0;
  for (guint i = 0; i < c->n_items; i++)
    {
      const SpTurn *t = &c->result->turns[i];
      /* a voice tag ("<v Alice Smith>", Teams') stands on every cue of
       * speech: a cue without one is none ("Music plays.") */
      if (t->attributed && t->method == SP_METHOD_VOICE)
        return;
      /* a name on two cues in a row is a name on every cue (Zoom's): a
       * cue without one is nobody's there */
      const SpTurn *p = i > 0 ? &c->result->turns[i - 1] : NULL;
      if (t->attributed && p && p->attributed && p->n_speakers && t->n_speakers && p->speakers[0] == t->speakers[0])
        return;
      if (t->attributed)
        named++;
      else if (!dialogue_line (&c->items[i]))
        unnamed++;
    }
  if (named < 2 || named <= unnamed)
    return;
  const SpTurn *h = NULL;
  for (guint i = 0; i < c->n_items; i++)
    {
      SpTurn *t = &c->result->turns[i];
      if (t->attributed)
        {
          h = t->method == SP_METHOD_CONTINUED ? h : t;
          continue;
        }
      gsize len;
      const char *text = sp_item_text (c, i, &len);
      if (!sp_unmarked_speech (c, i, text, len, FALSE) || (len > 1 && text[0] == '>' && text[1] == '>')
          || dialogue_line (&c->items[i]))
        {
          h = NULL;
          continue;
        }
      if (h)
        sp_inherit_turn (t, h, SP_METHOD_CONTINUED, 0, 0.8);
    }
}

/* A transcript whose turns open with the speaker and the time ("Dev
 * Malhotra  2:26" over the speech, Otter's) goes on with the same speaker
 * in the paragraphs after a turn, up to the next turn: a speaker's second
 * paragraph is written apart with no header.  A sound ("[laughter]") or a
 * mark turned down is nobody's, and so is what follows the last turn's
 * paragraphs only when a turn ends them. */
void
sp_inherit_timed_paragraphs (Ctx *c)
{
  if (!c->transcript || c->cues)
    return;
  for (guint i = 0; i < c->n_items; i++)
    {
      const SpTurn *h = &c->result->turns[i];
      const Cand *d = c->cands[i];
      /* the header's line whole ("Dev Malhotra  2:26"), the speech under it */
      if (!h->attributed || d == NULL || !d->mark.timed || c->items[i].kind != NP_ITEM_PARAGRAPH || c->items[i].depth != 0
          || !(c->items[i].flags & NP_ITEM_WRAPPED) || d->mark.end < np_document_get_item_first_line (c->doc, i))
        continue;
      guint j = i + 1;
      for (; j < c->n_items && c->items[j].kind == NP_ITEM_PARAGRAPH && c->items[j].depth == 0
             && !c->result->turns[j].attributed;
           j++)
        ;
      if (j >= c->n_items || !c->result->turns[j].attributed || c->cands[j] == NULL || !c->cands[j]->mark.timed
          || !(c->items[j].flags & NP_ITEM_WRAPPED))
        continue;
      for (guint k = i + 1; k < j; k++)
        {
          gsize len;
          const char *text = sp_item_text (c, k, &len);
          if (sp_unmarked_speech (c, k, text, len, TRUE))
            sp_inherit_turn (&c->result->turns[k], h, SP_METHOD_CONTINUED, 0, 0.85);
        }
      i = j - 1;
    }
}
