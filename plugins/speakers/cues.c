/* cues.c: the unnamed speakers of timed transcripts, and a cue's names.
 *
 * A WebVTT or SRT transcript (document format "vtt": one item per cue,
 * core/reader-vtt.c) from a diarizing tool names its voices "Speaker 1:",
 * "SPEAKER_01:".  Such a mark is read in cues (sp_mark_parse_numbered; in
 * notes "Step 2:" and "Day 3:" are labels), and anywhere with the turn's
 * time in parentheses (sp_mark_parse_numbered_timed: "Speaker 1
 * (00:00:05):", a transcript service's export), and is a speaker when its
 * word recurs among the document's numbered marks: "Speaker 2" once beside
 * "Speaker 1" is a voice; a lone "Step 2: ..." is a slide read aloud.  A
 * timed one is a voice also alone among the named turns of a transcript
 * ("Speaker 3 (00:41):" between "Alice Smith (00:05):" lines), where the
 * tool named everybody it could. */
#include <string.h>

#include "attribute-private.h"

/* the word before the number: "Speaker" of "Speaker 2", "SPEAKER" of
 * "SPEAKER_01", "P" of a coded "P1" */
static gsize
word_len (const char *name)
{
  if (g_ascii_isdigit (name[0] ? name[1] : '\0'))
    return 1;
  gsize n = 0;
  while (name[n] && name[n] != ' ' && name[n] != '_')
    n++;
  return n;
}

/* Do two timed marks or more, none numbered, name speakers? */
static gboolean
named_timed_turns (const Ctx *c)
{
  guint n = 0;
  for (guint i = 0; i < c->n_items && n < 2; i++)
    {
      const Cand *d = c->cands[i];
      n += d && d->mark.timed && !d->mark.numbered && d->mark.n_names && d->state != CAND_REJECTED;
    }
  return n >= 2;
}

/* Does item i open with the colon mark of the one who leads a study's
 * session ("Moderator: ...", "Interviewer: ...", "I: ...", "M: "), in
 * bold or not? */
static gboolean
session_lead (const Ctx *c, guint i)
{
  static const char *const leads[] = { "moderator", "mod", "interviewer", "int", "facilitator", "fac",
                                       "researcher", "i", "m", NULL };
  gsize len;
  const char *text = sp_item_text (c, i, &len);
  /* in bold: "**Interviewer:** ...", "**Interviewer**: ..." */
  gsize b = len > 7 && text[0] == '*' && text[1] == '*' ? 2 : 0;
  text += b;
  len -= b;
  const char *colon = len > 3 ? memchr (text, ':', MIN (len - 1, (gsize) 15)) : NULL;
  if (colon == NULL || !g_ascii_isupper (text[0]))
    return FALSE;
  const char *name_end = colon, *after = colon + 1;
  if (b && name_end - text > 2 && name_end[-1] == '*' && name_end[-2] == '*')
    name_end -= 2;
  else if (b && after + 2 < text + len && after[0] == '*' && after[1] == '*')
    after += 2;
  else if (b)
    return FALSE;
  if (*after != ' ')
    return FALSE;
  for (const char *const *l = leads; *l; l++)
    if (strlen (*l) == (gsize) (name_end - text) && g_ascii_strncasecmp (text, *l, name_end - text) == 0)
      return TRUE;
  return FALSE;
}

/* Do the coded participants ("P1:", "P2:") talk with the one who leads
 * the session?  Two codes or more, none a priority's "P0", and between
 * two coded marks, at their level of the list, the lead's colon mark
 * (a moderator's, an interviewer's): a bug list's "P1: ..." and "P2:
 * ..." have an owner's "Alice: mine" between them, no lead. */
static gboolean
coded_dialogue (const Ctx *c)
{
  const char *code = NULL;
  gboolean two = FALSE, between = FALSE;
  gint last = -1;
  for (guint i = 0; i < c->n_items; i++)
    {
      const Cand *d = c->cands[i];
      if (d == NULL || !d->mark.coded)
        {
          between |= last >= 0 && !between && c->items[i].parent == c->items[last].parent && session_lead (c, i);
          continue;
        }
      const char *name = d->mark.names[0];
      if (name[1] == '0')
        return FALSE;
      if (code == NULL)
        code = name;
      two |= strcmp (code, name) != 0;
      if (between && two)
        return TRUE;
      last = (gint) i;
    }
  return FALSE;
}

void
sp_judge_numbered (Ctx *c)
{
  g_autoptr (GHashTable) words = NULL;
  gint named = -1; /* named_timed_turns(), asked once when needed */
  gint coded = -1;  /* coded_dialogue(), likewise */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < c->n_items; i++)
      {
        Cand *d = c->cands[i];
        if (d == NULL || !d->mark.numbered || d->state == CAND_REJECTED || d->mark.n_names != 1)
          continue;
        if (words == NULL)
          words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
        const char *name = d->mark.names[0];
        if (d->mark.coded)
          {
            /* the roster's code ("Participants: P1 (nurse, 34), ..."), or
             * a dialogue of codes */
            if (pass == 1)
              {
                if (coded < 0)
                  coded = coded_dialogue (c);
                d->state = coded || (sp_matched (&d->match[0]) && d->match[0].tier == SP_TIER_EXACT) ? CAND_ACCEPTED
                                                                                                    : CAND_REJECTED;
              }
            continue;
          }
        g_autofree char *word = g_strndup (name, word_len (name));
        guint n = GPOINTER_TO_UINT (g_hash_table_lookup (words, word));
        if (pass == 0)
          g_hash_table_insert (words, g_steal_pointer (&word), GUINT_TO_POINTER (n + 1));
        else if (n >= 2)
          d->state = CAND_ACCEPTED;
        else
          {
            if (d->mark.timed && named < 0)
              named = named_timed_turns (c);
            d->state = d->mark.timed && named > 0 ? CAND_ACCEPTED : CAND_REJECTED;
          }
      }
}

/* A cue is one voice: "Doe, Jane: ..." in a transcript is Jane Doe, as
 * Zoom and Teams show a directory's names, not two speakers */
void
sp_cue_surname_first (SpMark *m, const char *text)
{
  const char *s = text + m->raw_start;
  gsize n = m->raw_len;
  while (n > 0 && (s[n - 1] == ':' || s[n - 1] == ' '))
    n--;
  g_autofree char *ordered = NULL;
  if (!np_text_surname_first (s, n, &ordered, NULL))
    return;
  for (guint k = 1; k < m->n_names; k++)
    sp_mark_set_name (m, k, NULL);
  m->n_names = 1;
  g_clear_pointer (&m->affiliation, g_free);
  m->cases[0] = SP_CASE_TITLE;
  sp_mark_set_name (m, 0, g_steal_pointer (&ordered));
  m->reading = NULL; /* its cached keys are the two names' */
}
