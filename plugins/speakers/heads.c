/* heads.c: a name alone over points, said once ("**Barnabas**" over what
 * he said, "* **Alice Smith**" over her sub-items): whether its
 * neighbours make it a speaker where neither the roster nor recurrence
 * does (judge.c asks, for a bare name's candidate in pass 2); and a
 * word over points that is no one's ("Simple (ambiguous):"). */
#include <string.h>

#include "attribute-private.h"

/* Does the list that item i heads (heads_list) hold marks of its own: a
 * bullet of it, or an item below one, opening with a speaker's mark? */
static gboolean
headed_list_marked (const Ctx *c, guint i)
{
  for (guint j = i + 1; j < c->n_items && c->items[j].section == c->items[i].section; j++)
    {
      NpItemKind kind = c->items[j].kind;
      if (c->items[j].parent == c->items[i].parent && kind != NP_ITEM_BULLET && kind != NP_ITEM_NUMBERED)
        break;
      if (c->cands[j] && c->cands[j]->state != CAND_REJECTED)
        return TRUE;
    }
  return FALSE;
}

/* "**Barnabas**" once, over what he said, as "**Tim Beiko**" stands over
 * his words: a name alone over a list, where the nearest such head among
 * its siblings, before or after it, is an accepted name, and neither list
 * holds marks of its own (a topic stands over turns: "**Pectra**" over
 * "- Tim: ...") */
gboolean
sp_head_beside_head (const Ctx *c, guint i)
{
  if (c->heads_list[i] != SP_HEADS_LIST || headed_list_marked (c, i))
    return FALSE;
  for (guint way = 0; way < 2; way++)
    {
      gint32 j = way ? c->next_sibling[i] : c->prev_sibling[i];
      while (j != NP_NONE && c->heads_list[j] != SP_HEADS_LIST)
        j = way ? c->next_sibling[j] : c->prev_sibling[j];
      const Cand *e = j != NP_NONE ? c->cands[j] : NULL;
      if (e && e->state == CAND_ACCEPTED && e->mark.form == SP_FORM_BARE && !e->mark.anonymous
          && !headed_list_marked (c, j))
        return TRUE;
    }
  return FALSE;
}

/* Does item j head points of its own: a paragraph over the list that
 * follows it, or an item over its sub-items? */
static gboolean
heads_points (const Ctx *c, gint32 j)
{
  return c->heads_list[j] == SP_HEADS_LIST || (c->has_children[j] && c->heads_list[j] == SP_HEADS_NONE);
}

/* Do the points item j heads hold a mark of their own? */
static gboolean
points_marked (const Ctx *c, gint32 j)
{
  if (c->heads_list[j] == SP_HEADS_LIST)
    return headed_list_marked (c, (guint) j);
  for (guint k = (guint) j + 1; k < c->n_items && c->items[k].depth > c->items[j].depth; k++)
    if (c->cands[k] && c->cands[k]->state != CAND_REJECTED)
      return TRUE;
  return FALSE;
}

/* Is item j a name alone over points of no marks, said once, opening with
 * a given name ("**Alice**", "**Alice Smith**" over her points), of plain
 * words the notes do not use in running text? */
static gboolean
given_name_head (Ctx *c, gint32 j)
{
  const Cand *e = j != NP_NONE ? c->cands[j] : NULL;
  if (!(e && e->mark.form == SP_FORM_BARE && (e->state == CAND_WEAK_NAME || e->state == CAND_ACCEPTED)
        && !e->mark.anonymous && e->mark.n_names == 1 && e->mark.cases[0] == SP_CASE_TITLE && heads_points (c, j)))
    return FALSE;
  return sp_opens_with_given_name (e->mark.names[0]) && sp_plain_words (e->mark.names[0]) && !points_marked (c, j)
         && !sp_mark_has_common_word (c, j, FALSE, 1);
}

/* The nearest item among item j's siblings that heads points, one way;
 * from a paragraph over its list, the nearest such paragraph (the list's
 * own bullets are its points, those over sub-bullets too) */
static gint32
next_head (const Ctx *c, gint32 j, guint way)
{
  gboolean paragraph = c->items[j].kind == NP_ITEM_PARAGRAPH;
  do
    j = way ? c->next_sibling[j] : c->prev_sibling[j];
  while (j != NP_NONE && (!heads_points (c, j) || (paragraph && c->items[j].kind != NP_ITEM_PARAGRAPH)));
  return j;
}

/* A standup written as heads over lists ("**Alice**", "**Bob**",
 * "**Carol**" over each one's points, each said once, no list naming
 * them): item i one of three heads in a row or more, each a given name */
gboolean
sp_given_name_heads (Ctx *c, guint i)
{
  if (!given_name_head (c, (gint32) i) || sp_praise_section (c, i))
    return FALSE;
  guint before = 0, after = 0;
  for (gint32 j = next_head (c, (gint32) i, 0); before < 2 && given_name_head (c, j); j = next_head (c, j, 0))
    before++;
  for (gint32 j = next_head (c, (gint32) i, 1); after < 2 && before + after < 2 && given_name_head (c, j);
       j = next_head (c, j, 1))
    after++;
  return before + after >= 2;
}

/* Is item j an accepted mark that makes a run of turns: not a signature
 * at a line's end nor a topic's reporter, and, unless bare_ok, not a name
 * alone over points? */
static gboolean
run_turn (const Ctx *c, gint32 j, gboolean bare_ok)
{
  if (!sp_accepted (c, j))
    return FALSE;
  const SpMark *m = &c->cands[j]->mark;
  return (bare_ok || m->form != SP_FORM_BARE) && !m->trailing && !m->reporter;
}

/* Is item j a turn beside a head: an accepted mark of speech? */
static gboolean
turn_beside (const Ctx *c, gint32 j)
{
  return run_turn (c, j, FALSE);
}

gboolean
sp_between_turns (const Ctx *c, guint i)
{
  return run_turn (c, c->prev_sibling[i], TRUE) && run_turn (c, c->next_sibling[i], TRUE);
}

/* "- Michael Knyszek" once, over points with no marks, between the
 * turns of a session ("- [Felix] ...", "- Rhys: ..."): a bullet that
 * is a name alone, opening with a given name, whose sibling before or
 * after it is a turn heads that person's points */
gboolean
sp_given_name_head_among_turns (Ctx *c, guint i)
{
  return sp_list_item (c, (gint32) i) && given_name_head (c, (gint32) i) && !sp_praise_section (c, i)
         && (turn_beside (c, c->prev_sibling[i]) || turn_beside (c, c->next_sibling[i]));
}

/* Is the bare mark one word in Title case with a qualifier in
 * parentheses after it, that names none of the document's attendees and
 * is no given name ("Simple (ambiguous):" over use cases, "Complex
 * (specific to Node):")?  Where the notes list who came, such a word over
 * points again and again is a kind of case, not a person, unless it
 * speaks with a mark of its own elsewhere. */
gboolean
sp_stray_word_head (const Ctx *c, const SpMark *m, const SpMatch *match, const char *text, gsize len)
{
  guint n;
  if (m->form != SP_FORM_BARE || m->n_names != 1 || m->cases[0] != SP_CASE_TITLE || strchr (m->names[0], ' ')
      || sp_matched (match) || !memchr (text, '(', len))
    return FALSE;
  np_document_get_attendees (c->doc, &n);
  return n > 0 && !sp_opens_with_given_name (m->names[0]);
}
