/* reader-text-people.c: attendee lists in plain-text notes, for
 * reader-text.c's loop over the lines.  A label opens a list ("Attendees:",
 * "Present: Ann Lee, Bo Chen", a list wrapped by a mail client going on
 * below it, an absence's "Regrets:" over its people); inside one, a line
 * is a person or several (one a line, a bullet, a comma list, two columns
 * of a PDF's layout), a group's title over names indented deeper ("Chair"
 * in W3C's minutes), a side's label over counsel in a record's
 * appearances, or the end of the list (a blank line after its entries, a
 * first turn, an entry that names nobody). */
#include "config.h"

#include <string.h>

#include "notepipe/np-text.h"
#include "reader-text-private.h"

/* The line is taken: the loop goes on after line i (the last it took) */
static gboolean
taken (guint *ip, guint i)
{
  *ip = i;
  return TRUE;
}

/* Does line l, under a side's label in a record's appearances, name a
 * person before its first comma ("ELENA ROWE, ESQ., Rowe & Castellanos
 * LLP", "Kevin Marsh, Videographer")? */
static gboolean
counsel_over (const NpLine *l)
{
  const char *comma = memchr (l->content, ',', l->content_len);
  return np_meta_looks_like_person_entry (l->content, comma ? comma - l->content : (gssize) l->content_len);
}

/* Is line i an absence's label alone over a list or lines indented
 * deeper? */
static gboolean
absence_over_people (NpReadContext *ctx, guint i)
{
  const NpLine *l = &ctx->lines[i];
  guint blanks;
  gint j = np_txt_next_content (ctx, i, &blanks);
  if (j < 0 || blanks > 1)
    return FALSE;
  NpBullet b;
  const NpLine *n = &ctx->lines[j];
  if (n->indent <= l->indent && !np_parse_bullet (n->content, n->content_len, TRUE, &b))
    return FALSE;
  g_autofree char *role = np_meta_absence_label_alone (l->content, l->content_len);
  return role != NULL;
}

/* The role of the people below (owned, or NULL) and, for a group's item
 * over them ("* Chairs"), 1 + its indentation (0: a title alone on its
 * line, or none) */
static void
set_group (TextState *st, char *role, guint indent)
{
  g_free (st->group_role);
  st->group_role = role;
  st->group_indent = indent;
}

gboolean
np_txt_attendee_label_line (TextState *st, guint *ip, gboolean is_bullet)
{
  NpReadContext *ctx = st->ctx;
  NpDocument *doc = ctx->doc;
  NpBuilder *b = &ctx->builder;
  guint i = *ip, lineno = i + 1;
  const NpLine *l = &ctx->lines[i];
  const char *rest = NULL;

  /* attendee label: "Attendees:", "Present: a, b, c" */
  /* indented, only with its colon: a wrapped line may be one word */
  if (!is_bullet && (l->indent == 0 || memchr (l->content, ':', l->content_len))
      && np_meta_is_attendee_label (l->content, l->content_len, &rest))
    {
      np_builder_close_item (b);
      /* people on the label's line count as entries of the list: a
       * blank line after "Present: Ann Lee, Bob Jones" ends it, and
       * the bullets below are notes, with or without that line */
      st->attendee_entries = 0;
      st->attendee_tight = FALSE;
      set_group (st, NULL, 0); /* a new list: no role of the last one's */
      guint wrapped = 0;
      if (rest && rest < l->content + l->content_len)
        {
          /* a list wrapped by a mail client or editor goes on below */
          g_autoptr (GString) joined = g_string_new (NULL);
          wrapped = np_reader_attendee_wrap (ctx, i, rest, l->content + l->content_len - rest, joined, FALSE);
          st->attendee_entries = np_meta_add_people_list (doc, joined->str, joined->len, lineno);
        }
      st->inline_people = st->attendee_entries > 0;
      np_txt_set_role (st, i, NP_LINE_META);
      for (guint k = 1; k <= wrapped; k++)
        np_txt_set_role (st, i + k, NP_LINE_ATTENDEE);
      i += wrapped;
      st->attendees = TRUE;
      st->notes_below = 0;
      return taken (ip, i);
    }
  /* an absence's label alone ("Regrets:", "Directors Absent:") over
   * its people or "none", a list or lines indented deeper: a list of
   * people in that role */
  if (!is_bullet && memchr (l->content, ':', l->content_len) && absence_over_people (ctx, i))
    {
      np_builder_close_item (b);
      set_group (st, np_meta_absence_label_alone (l->content, l->content_len), 0);
      st->attendee_entries = 0;
      st->attendee_tight = FALSE;
      st->inline_people = FALSE;
      np_txt_set_role (st, i, NP_LINE_META);
      st->attendees = TRUE;
      st->notes_below = 0;
      return taken (ip, i);
    }
  return FALSE;
}

/* Is bullet line i a member of a loose list, a blank line between each
 * two ("- Ann Lee", a blank, "- Bo Chen", as an export of a Markdown or
 * word processor's list writes it)?  Only in a list that has had no two
 * lines without a blank between, under a member of the same glyph and
 * indentation, and a person's entry standing alone between blanks: a
 * blank still ends a tight list, and "- Release plan" over "- Budget"
 * after one is notes. */
static gboolean
loose_list_member (const TextState *st, guint i, const NpBullet *bullet)
{
  const NpReadContext *ctx = st->ctx;
  if (st->attendee_tight || st->blank_run != 1 || st->prev_role != NP_LINE_ATTENDEE || i < 2)
    return FALSE;
  const NpLine *l = &ctx->lines[i], *above = &ctx->lines[i - 2];
  NpBullet b;
  if (above->indent != l->indent || !np_parse_bullet (above->content, above->content_len, TRUE, &b)
      || b.marker != bullet->marker)
    return FALSE;
  if (i + 1 < ctx->n_lines && ctx->lines[i + 1].content_len > 0)
    return FALSE;
  return np_meta_looks_like_person_entry (bullet->text, bullet->text_len);
}

gboolean
np_txt_attendee_list_line (TextState *st, guint *ip, gboolean is_bullet, const NpBullet *bullet)
{
  if (!st->attendees)
    return FALSE;
  NpReadContext *ctx = st->ctx;
  NpDocument *doc = ctx->doc;
  guint i = *ip, lineno = i + 1;
  const NpLine *l = &ctx->lines[i];
  gboolean absence;
  if (st->blank_run == 0 && st->prev_role == NP_LINE_ATTENDEE)
    st->attendee_tight = TRUE;
  gboolean ended = (st->blank_run > 0 && st->attendee_entries > 0
                    && !(is_bullet && loose_list_member (st, i, bullet)))
                   || (is_bullet && st->inline_people
                       && !np_meta_looks_like_person_entry (bullet->text, bullet->text_len))
                   /* the first turn right under "Present: ..." ("Dwayne: I went
                    * through the ops, 9 map cleanly"), not a role's line */
                   || (!is_bullet && st->attendee_entries > 0
                       && np_starts_with_speaker_label (l->content, l->content_len)
                       && !np_meta_is_role_line (l->content, l->content_len, &absence)
                       && np_txt_speech_after_label (l));
  /* W3C's minutes: "Regrets", "Chair", "Scribe" on a line of their
   * own over names indented deeper; their people take that role.
   * The text export indents the titles too, "Present" among them
   * (no role: the attendees themselves) */
  guint blanks;
  gint next = np_txt_next_content (ctx, i, &blanks);
  /* a blank line may stand between two such groups */
  if (!is_bullet && !memchr (l->content, ':', l->content_len) && next >= 0 && blanks == 0
      && ctx->lines[next].indent > l->indent)
    {
      const char *after = NULL;
      gboolean present = l->indent > 0 && np_meta_is_attendee_label (l->content, l->content_len, &after)
                         && (after == NULL || after >= l->content + l->content_len);
      if (present || np_meta_is_group_title (l->content, l->content_len))
        {
          set_group (st, present ? NULL : g_strndup (l->content, l->content_len), 0);
          np_txt_set_role (st, i, NP_LINE_META);
          return taken (ip, i);
        }
    }
  /* a record's appearances, their sides' labels alone over the
   * counsel indented deeper ("On behalf of the Plaintiff:" over
   * "ELENA ROWE, ESQ., ..."; "ALSO PRESENT:"): the people below
   * are attendees, no role */
  if (!is_bullet && l->content_len > 6 && l->content_len < 64 && l->content[l->content_len - 1] == ':'
      && memchr (l->content, ':', l->content_len) == l->content + l->content_len - 1 && next >= 0 && blanks == 0
      && ctx->lines[next].indent > l->indent
      && !np_starts_with_speaker_label (ctx->lines[next].content, ctx->lines[next].content_len)
      && !np_line_opens_with_label (&ctx->lines[next]) && counsel_over (&ctx->lines[next]))
    {
      set_group (st, NULL, 0);
      np_txt_set_role (st, i, NP_LINE_META);
      return taken (ip, i);
    }
  /* a nickname alone under such a title ("astearns" under "Chair")
   * is someone listed already: no second person; under "Regrets"
   * it is somebody absent, listed nowhere else ("chrishtr") */
  if (st->group_role && !is_bullet && !ended && l->indent > 0 && !memchr (l->content, ' ', l->content_len)
      && !np_meta_looks_like_person_entry (l->content, l->content_len))
    {
      gboolean listed = np_reader_attendee_named (doc, l->content, l->content_len, TRUE);
      /* "Anssi" under "Chair": the attendee Anssi Kostiainen takes the role */
      if (np_meta_role_is_absence (st->group_role) ? !listed : listed)
        st->attendee_entries +=
          np_meta_add_people_list_as (doc, l->content, l->content_len, lineno, st->group_role);
      np_txt_set_role (st, i, NP_LINE_META);
      return taken (ip, i);
    }
  /* the points nested under a member who heads them are hers, as
   * items ("Team:", "- Dev Patel" over "  - fixed the flaky test": a
   * standup under its team's list), and the list goes on after them */
  if (is_bullet && !ended && st->notes_below > 0 && l->indent >= st->notes_below)
    return FALSE;
  st->notes_below = 0;
  /* an item beside the group's title, not under it, is none of the group */
  if (is_bullet && st->group_indent > 0 && l->indent < st->group_indent)
    set_group (st, NULL, 0);
  /* a group's title over its people nested below ("* TSC Members",
   * "* Guests"): no one; a role's ("* Chairs") gives them that role */
  if (is_bullet && !ended && np_reader_group_over_people (ctx, i, bullet->text, bullet->text_len, TRUE))
    {
      g_autofree char *plain = np_meta_strip_markup (bullet->text, bullet->text_len);
      g_strstrip (plain);
      gsize n = strlen (plain);
      while (n > 0 && plain[n - 1] == ':')
        plain[--n] = '\0';
      set_group (st, np_meta_label_role (plain), l->indent + 1);
      np_txt_set_role (st, i, NP_LINE_META);
      return taken (ip, i);
    }
  if (is_bullet && !ended && np_reader_notes_nested_below (ctx, i, TRUE))
    {
      /* the member is both an attendee and the head of those points;
       * a lead-in over them ("Progress:" under an absent member) is no
       * member */
      if (!(bullet->text_len > 1 && bullet->text[bullet->text_len - 1] == ':'))
        st->attendee_entries += np_meta_add_person_as (doc, bullet->text, bullet->text_len, lineno, st->group_role);
      st->notes_below = l->indent + 1;
      return FALSE;
    }
  /* an entry that names nobody ("Release is on track") is notes:
   * read as an item below, not dropped; a way of attending indented
   * under a member ("  - remote") is hers, no one */
  gboolean person = FALSE;
  if (is_bullet && !ended
      && ((l->indent > 0 && np_meta_member_detail (doc, bullet->text, bullet->text_len))
          || (person = np_meta_add_person_as (doc, bullet->text, bullet->text_len, lineno, st->group_role))
          || !np_meta_entry_is_notes (bullet->text, bullet->text_len)))
    {
      st->attendee_entries += person;
      np_txt_set_role (st, i, NP_LINE_ATTENDEE);
      return taken (ip, i);
    }
  /* two people a line in columns, as a layout's extraction of a
   * PDF keeps a list set side by side */
  guint columns = !is_bullet && !ended ? np_reader_people_columns (doc, l, lineno, st->group_role) : 0;
  if (columns)
    {
      st->attendee_entries += columns;
      np_txt_set_role (st, i, NP_LINE_ATTENDEE);
      return taken (ip, i);
    }
  /* a list, or one person a line: with a handle, or a name alone
   * ("Rich Bowen", as formal minutes list them) */
  const char *comma_at = memchr (l->content, ',', l->content_len);
  /* "Joaquin Ibarra - Head of OSPO, Meridian Bank": one person, a
   * dash after the name, the role and company after it */
  const char *dash = comma_at ? np_txt_spaced_dash (l->content, comma_at - l->content) : NULL;
  /* ... but "Ann Lee - Google, Bo Chen - Meta" lists two */
  if (dash && np_txt_spaced_dash (comma_at, l->content + l->content_len - comma_at))
    dash = NULL;
  gboolean comma = comma_at && !(dash && np_meta_looks_like_person_entry (l->content, dash - l->content));
  /* "Kevin Marsh, Videographer", "Rachel Kim, Hale Freight Systems
   * (by telephone)": one person, then the role or the company */
  /* ... but W3C's "Marta_Kowalska, Pieter_de_Vries": a name written
   * as a nickname, its spaces underscores, heads no role */
  if (comma && !memchr (comma_at + 1, ',', l->content + l->content_len - comma_at - 1)
      && !(memchr (l->content, '_', comma_at - l->content) && !memchr (l->content, ' ', comma_at - l->content))
      && np_meta_looks_like_person_entry (l->content, comma_at - l->content))
    {
      g_autofree char *name = g_strndup (l->content, comma_at - l->content);
      g_autofree char *after = g_strstrip (g_strndup (comma_at + 1, l->content + l->content_len - comma_at - 1));
      comma = !(np_meta_is_role_after_name (after, name) || np_meta_is_organization (after)
                || !np_meta_looks_like_person_entry (after, -1));
    }
  if (!is_bullet && !ended && !np_txt_is_session_heading (l)
      && (comma || dash || np_meta_looks_like_person_entry (l->content, l->content_len)))
    {
      guint wrapped = 0;
      if (comma)
        {
          /* a paragraph of people wrapped by the export, a name cut
           * at the line's end ("..., Priya" over "Raman (praman),
           * ...", "Austin Clements" over "(aclements), ...") */
          g_autoptr (GString) joined = g_string_new (NULL);
          wrapped = np_reader_attendee_wrap (ctx, i, l->content, l->content_len, joined, FALSE);
          st->attendee_entries +=
            np_meta_add_people_list_as (doc, joined->str, joined->len, lineno, st->group_role);
        }
      else
        st->attendee_entries += np_meta_add_person_as (doc, l->content, l->content_len, lineno, st->group_role);
      for (guint k = 0; k <= wrapped; k++)
        np_txt_set_role (st, i + k, NP_LINE_ATTENDEE);
      i += wrapped;
      return taken (ip, i);
    }
  st->attendees = FALSE;
  st->notes_below = 0;
  set_group (st, NULL, 0);
  return FALSE;
}
