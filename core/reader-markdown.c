/* reader-markdown.c: Markdown minutes.
 *
 * A line-based block parser covering what minutes use: YAML front matter,
 * ATX and setext headings, nested lists (nesting by content column, as in
 * CommonMark), lazy continuations and paragraphs inside list items, fenced
 * and indented code, HTML comments, block quotes and pipe tables.  Attendee
 * tables (a Name column with Abbreviation/Organization/...), lists under a
 * "Present"/"Attendees" heading, "Attendance: a, b" lines and the
 * front matter's attendees (a plain, flow or block list, of names or of
 * name/github/email/org maps) become NpPerson entries instead of items.
 * Code, comments and front matter are items flagged NP_ITEM_NO_ANALYSIS
 * (or metadata), kept out of analysis. */
#include "config.h"

#include <string.h>

#include "bullets.h"
#include "reader.h"
#include "notepipe/np-text.h"
#include "reader-markdown-private.h"

guint
np_md_fence_length (const NpLine *l, char *ch)
{
  if (l->indent >= 4 || l->content_len < 3)
    return 0;
  char c = l->content[0];
  if (c != '`' && c != '~')
    return 0;
  guint n = 0;
  while (n < l->content_len && l->content[n] == c)
    n++;
  if (n < 3)
    return 0;
  if (c == '`' && memchr (l->content + n, '`', l->content_len - n))
    return 0; /* ``` inline ``` is not a fence */
  *ch = c;
  return n;
}

gboolean
np_md_closes_fence (const NpLine *l, guint fence_len, char fence_ch)
{
  char ch;
  guint len = np_md_fence_length (l, &ch);
  return len >= fence_len && ch == fence_ch && l->content_len == len;
}

static guint
atx_level (const NpLine *l, const char **text, gsize *len)
{
  if (l->indent >= 4)
    return 0;
  guint n = 0;
  while (n < l->content_len && l->content[n] == '#')
    n++;
  if (n == 0 || n > 6 || (n < l->content_len && l->content[n] != ' ' && l->content[n] != '\t'))
    return 0;
  const char *t = l->content + n;
  gsize tl = l->content_len - n;
  while (tl > 0 && (*t == ' ' || *t == '\t'))
    t++, tl--;
  /* closing hashes */
  gsize e = tl;
  while (e > 0 && t[e - 1] == '#')
    e--;
  if (e < tl && (e == 0 || t[e - 1] == ' '))
    tl = e;
  while (tl > 0 && t[tl - 1] == ' ')
    tl--;
  *text = t;
  *len = tl;
  return n;
}

/* Does the first non-blank line from line i on list a person ("* Adam
 * Klein <mailto:...>", "- Ann Lee (@ann)"), not over points of what they
 * said?  A subsection of an attendee list names a group ("### V8") or
 * ends the list ("### Announcements", "### Session 2: Tooling"). */
static gboolean
first_entry_is_person (NpReadContext *ctx, guint i)
{
  while (i < ctx->n_lines && np_line_is_blank (&ctx->lines[i]))
    i++;
  NpBullet bullet;
  if (!(i < ctx->n_lines && np_parse_bullet (ctx->lines[i].content, ctx->lines[i].content_len, FALSE, &bullet)
        && np_meta_looks_like_person_entry (bullet.text, bullet.text_len)))
    return FALSE;
  /* "- Greta Lindholm" over "  - gopls should replace gocode": a name
   * heading what was said, a session's notes */
  const NpLine *under = i + 1 < ctx->n_lines ? &ctx->lines[i + 1] : NULL;
  NpBullet sub;
  return !(under && under->indent > ctx->lines[i].indent
           && np_parse_bullet (under->content, under->content_len, FALSE, &sub)
           && !np_meta_looks_like_person_entry (sub.text, sub.text_len));
}

static void
heading (MdState *st, guint i, guint level, const char *text, gsize len)
{
  NpDocument *doc = st->ctx->doc;
  const char *rest = NULL;
  np_md_unwrap_emphasis (&text, &len);
  g_array_set_size (st->list, 0);
  st->para_open = FALSE;
  st->in_quote = FALSE;
  st->attendee_label = FALSE;
  st->nested_people = -1;
  if (level == 1 && !st->seen_heading && doc->items->len == 0)
    {
      /* the document's own heading: metadata, not a section (front
       * matter's title wins when both exist) */
      np_md_name_notes (doc, text, len);
      np_md_role (st, i, NP_LINE_META);
      st->seen_heading = TRUE;
      st->generic_title = np_md_generic_heading (text, len);
      return;
    }
  /* "# 📝 Notes" over the date and "## Weekly platform sync" (Google
   * Meet's notes): the first heading under a generic one, before any
   * item or part, is the meeting's own name (a section too) */
  if (st->generic_title && level == 2 && doc->items->len == 0 && doc->sections->len == 0
      && np_md_names_the_notes (text, len))
    {
      g_autofree char *t = np_meta_strip_markup (text, len);
      np_document_set_title (doc, g_strstrip (t));
    }
  st->generic_title = FALSE;
  /* the first heading names the notes, as a section too, after a note
   * or a logo ("(doc to move ...)" over "# Node Foundation TSC Meeting
   * 2016-03-17"), or when the notes have no heading of level 1 ("## Agenda
   * for the March 14 video call", under a logo) */
  if (!st->seen_heading && !doc->title && (level == 1 || (level <= 3 && np_md_only_images_before (&st->ctx->builder)))
      && np_md_names_the_notes (text, len))
    np_md_name_notes (doc, text, len);
  /* a dated heading near the top dates notes that say no more
   * ("## 2024-03-12" under a group's running title) */
  else if (!doc->date && i < 40 && len <= 80)
    doc->date = np_meta_find_date (text, len);
  st->seen_heading = TRUE;
  if (st->attendee_section && level > st->attendee_level
      && (np_meta_is_group_title (text, len) || first_entry_is_person (st->ctx, i + 1)))
    ; /* "### Members", "### Observers", "### V8" (a team's people) under "## Present" */
  else
    {
      st->attendee_section = np_meta_is_attendee_label (text, len, &rest)
                             && (rest == NULL || *rest == '\0' || rest >= text + len);
      st->attendee_level = level;
    }
  np_builder_heading (st->b, level, text, len, i + 1);
  np_md_role (st, i, NP_LINE_HEADING);
}

static guint
list_level (MdState *st, guint indent)
{
  GArray *s = st->list;
  while (s->len > 0 && indent < g_array_index (s, ListLevel, s->len - 1).content_col)
    g_array_set_size (s, s->len - 1);
  return s->len;
}

/* Bytes making the 4 columns of indentation an indented code line drops: a
 * tab reaches the next multiple of 4 (as NpLine.indent counts), so one tab
 * is 4 columns in 1 byte; never more than the line's leading white space,
 * never into a character. */
static gsize
code_indent_bytes (const NpLine *l)
{
  gsize i = 0;
  guint col = 0;
  while (i < l->len && col < 4 && (l->s[i] == ' ' || l->s[i] == '\t'))
    {
      col = l->s[i] == '\t' ? (col / 4 + 1) * 4 : col + 1;
      i++;
    }
  return i;
}

/* A line of two or more names between commas (or semicolons), each
 * looking like a person's: "Alan Stearns, Elika Etemad, Tab Atkins" */
static gboolean
names_line (const char *s, gsize len)
{
  guint names = 0;
  const char *p = s, *end = s + len;
  while (p < end)
    {
      /* a comma inside an entry's parentheses is its own: "Peter Smith
       * (@pjsmith, Arm)" */
      const char *q = p;
      gint depth = 0;
      while (q < end && ((*q != ',' && *q != ';') || depth > 0))
        depth += *q == '(' ? 1 : *q == ')' && depth > 0 ? -1 : 0, q++;
      while (p < q && *p == ' ')
        p++;
      if (p < q && !np_meta_looks_like_person_entry (p, q - p))
        return FALSE;
      names += p < q;
      p = q + 1;
    }
  return names >= 2;
}

/* Does the line open with a speaker mark?  Asked only of a line that
 * would otherwise continue the item above. */
/* "[stop coercing things] presentation”, you ..." under "... following
 * the": a bracket opening a line wrapped in mid-sentence, the words after
 * it in lower case, goes on with the sentence */
static gboolean
bracket_mid_sentence (const NpReadContext *ctx, const NpLine *l)
{
  if (l->content_len < 4 || l->content[0] != '[' || l <= ctx->lines)
    return FALSE;
  const NpLine *p = l - 1;
  if (p->content_len == 0 || !g_ascii_isalpha (p->content[p->content_len - 1]))
    return FALSE;
  const char *close = memchr (l->content, ']', l->content_len);
  if (close == NULL || close + 2 >= l->content + l->content_len || close[1] != ' ')
    return FALSE;
  return g_unichar_islower (g_utf8_get_char (close + 2));
}

/* Does the open item's text end with a transcript's turn header, a time
 * in parentheses or brackets then the colon ("Jonah Feld (00:00:12):")? */
static gboolean
under_timed_header (const NpBuilder *b, const NpItem *last)
{
  const char *t = b->text->str + last->start;
  gsize n = b->text->len - last->start;
  if (n < 6 || t[n - 1] != ':' || (t[n - 2] != ')' && t[n - 2] != ']'))
    return FALSE;
  const char *close = t + n - 2, *open = close;
  while (open > t && *open != '(' && *open != '[')
    open--;
  gsize k = close - open - 1;
  return open > t && k > 0 && np_text_clock_len (open + 1, k) == k;
}

/* A caption's cue in brackets opening s: "[inaudible]", "[laughter]",
 * "[crosstalk]" */
static gboolean
sound_cue (const char *s, gsize n)
{
  static const char *const cues[] = { "inaudible", "unintelligible", "laughter", "laughs", "laughing", "crosstalk",
                                      "applause", "pause", "silence", "music", "noise", "cough", "coughs",
                                      "chuckles", "sighs", NULL };
  const char *close = n > 2 ? memchr (s, ']', MIN (n, (gsize) 20)) : NULL;
  if (close == NULL)
    return FALSE;
  gsize k = close - s - 1;
  for (const char *const *c = cues; *c; c++)
    if (strlen (*c) == k && g_ascii_strncasecmp (s + 1, *c, k) == 0)
      return TRUE;
  return FALSE;
}

/* One person on line l, with nothing else but a handle, a role or a
 * company after a dash ("Ann Lee", "Luca Maresca - lmaresca - Red Hat") */
static gboolean
person_a_line (const NpLine *l)
{
  if (memchr (l->content, ',', l->content_len))
    return FALSE;
  const char *dash = g_strstr_len (l->content, l->content_len, " - ");
  return np_meta_looks_like_person_entry (l->content, dash ? dash - l->content : (gssize) l->content_len);
}

static gboolean
opens_turn (MdState *st, const NpLine *l)
{
  const NpItem *last = np_builder_last_item (st->b);
  /* "[laughs] And I'm Jonah." under a transcript turn's header ("Jonah
   * Feld (00:00:12):" over its text): the words of that turn */
  if (l->content[0] == '[' && last && st->b->item_open && under_timed_header (st->b, last))
    return FALSE;
  /* "[inaudible] Can you see it?" on the line after a turn: a caption's
   * cue inside that turn's words, no mark */
  if (l->content[0] == '[' && last && st->b->item_open && sound_cue (l->content, l->content_len))
    return FALSE;
  /* ". HMI: ..." as some TC39 transcripts open a turn: a stop kept
   * before the abbreviation */
  gboolean stop = l->content_len > 4 && l->content[0] == '.' && l->content[1] == ' ' && g_ascii_isupper (l->content[2]);
  if (stop && np_starts_with_speaker_label (l->content + 2, l->content_len - 2))
    return TRUE;
  /* a copied chat's thread reply ("↳ **Alice Moreno**: ...") and the
   * reactions under a message (":thumbsup: 3") are lines of their own */
  if (np_line_is_chat_reply_or_reactions (l))
    return TRUE;
  /* nothing runs on after a queue command or a note-taker's aside on
   * the line above ("ack marcos" over "dom: fine") */
  guint i = (guint) (l - st->ctx->lines);
  if (i > 0 && last && st->b->item_open && last->line == i
      && np_line_is_scribe_aside (l[-1].content, l[-1].content_len))
    return TRUE;
  /* a transcript's clock with its seconds alone on its line ("00:00:12",
   * Google Meet's), no words of the turn above, as in plain text */
  if (np_line_is_clock_alone (l))
    return TRUE;
  /* a pad's line signed by an attendee ("... -- hkoivisto") is a turn
   * whole: it opens an item, and nothing runs on after it */
  if (np_line_signed_by_attendee (st->ctx->doc, l)
      || (i > 0 && last && st->b->item_open && last->line == i && np_line_signed_by_attendee (st->ctx->doc, &l[-1])))
    return TRUE;
  /* "... subscribe to the" over "<debian-package-git> mailing list" */
  if (np_line_angle_mid_sentence (st->ctx, i))
    return FALSE;
  return (np_starts_with_speaker_label (l->content, l->content_len) && !bracket_mid_sentence (st->ctx, l))
         || np_line_opens_chat_turn (st->ctx, l)
         || np_line_is_speaker_time (l->content, l->content_len) || np_line_is_name_over_time (st->ctx, l)
         /* a copied chat's sender over the message: "[3:45 PM] Alice
          * Smith", "alice — Today at 10:32 AM" */
         || np_text_chat_sender_line (l->content, l->content_len, NULL, NULL, NULL)
         || np_line_is_next_log_entry (st->ctx, l, last ? last->line : 0)
         || np_line_known_turn_label (st->ctx, l - st->ctx->lines)
         /* "bob: agreed" under "alice: I think ..." */
         || (last && last->line > 0 && np_reader_nick_turn_line (st->ctx, i, last->line - 1, &st->nick_names))
         || np_line_opens_record (st->ctx, l - st->ctx->lines)
         || np_reader_narration_after_turn (st->ctx, l - st->ctx->lines)
         || np_line_is_scribe_aside (l->content, l->content_len)
         /* a pasted "Jamal" over "- mostly reviews", after a list item */
         || np_reader_attendee_over_list (st->ctx, l - st->ctx->lines, FALSE, FALSE);
}

void
np_read_markdown (NpReadContext *ctx)
{
  NpDocument *doc = ctx->doc;
  MdState st = { 0 };
  st.ctx = ctx;
  st.b = &ctx->builder;
  st.b->markdown = TRUE;
  st.list = g_array_new (FALSE, FALSE, sizeof (ListLevel));
  st.last_blank = TRUE;
  st.nick_names = -1;
  st.nested_people = -1;
  st.log_close = G_MAXUINT;

  /* lines decoded from HTML live as long as the reading */
  GStringChunk *decoded = g_string_chunk_new (256);
  np_md_html_tables (ctx, decoded);
  np_md_html_lines (ctx, decoded);
  guint i = np_md_front_matter (ctx);
  if (i == 0)
    i = np_read_mail_header (ctx); /* a mail whose only text was HTML (reader-mime.c) */
  for (; i < ctx->n_lines; i++)
    {
      const NpLine *l = &ctx->lines[i];
      guint lineno = i + 1;
      char fch;
      guint flen;
      const char *htext;
      gsize hlen;
      char rule_ch;

      if (np_line_is_blank (l))
        {
          /* a hard line break alone (drop_hard_breaks) is layout */
          np_md_role (&st, i, l->content < l->s + l->len ? NP_LINE_DEBRIS : NP_LINE_BLANK);
          st.last_blank = TRUE;
          st.in_quote = FALSE;
          continue;
        }
      gboolean was_blank = st.last_blank;
      st.last_blank = FALSE;

      /* a chat log kept in a fence ("```" over "(11:01:38 AM) jjohansen:
       * ..."): its lines are read as the notes' own, the fences are
       * layout */
      if (i == st.log_close)
        {
          np_md_role (&st, i, NP_LINE_DEBRIS);
          st.log_close = G_MAXUINT;
          continue;
        }
      /* fenced code: the whole block is one item kept out of analysis */
      if ((flen = np_md_fence_length (l, &fch)))
        {
          if (st.list->len == 0 && np_md_fenced_log (ctx, i, flen, fch, &st.log_close))
            {
              np_md_role (&st, i, NP_LINE_DEBRIS);
              st.para_open = FALSE;
              continue;
            }
          guint level = list_level (&st, l->indent);
          np_builder_item (st.b, level, NP_ITEM_CODE, fch, lineno, "", 0);
          np_md_role (&st, i, NP_LINE_ITEM);
          guint j = i + 1;
          for (; j < ctx->n_lines; j++)
            {
              const NpLine *c = &ctx->lines[j];
              np_md_role (&st, j, NP_LINE_ITEM);
              if (np_md_closes_fence (c, flen, fch))
                {
                  np_builder_continue (st.b, j + 1, "", 0, "");
                  break;
                }
              gsize strip = MIN ((gsize) l->indent, (gsize) (c->content - c->s));
              np_builder_continue (st.b, j + 1, c->s + strip, c->len - strip, j == i + 1 ? "" : "\n");
            }
          i = MIN (j, ctx->n_lines - 1);
          st.para_open = FALSE;
          continue;
        }

      /* HTML comment block */
      if (l->indent < 4 && l->content_len >= 4 && memcmp (l->content, "<!--", 4) == 0)
        {
          np_builder_item (st.b, list_level (&st, l->indent), NP_ITEM_CODE, '<', lineno, l->content, l->content_len);
          np_md_role (&st, i, NP_LINE_ITEM);
          guint j = i;
          while (j < ctx->n_lines && !memmem (ctx->lines[j].content, ctx->lines[j].content_len, "-->", 3))
            {
              if (++j < ctx->n_lines)
                {
                  np_builder_continue (st.b, j + 1, ctx->lines[j].content, ctx->lines[j].content_len, "\n");
                  np_md_role (&st, j, NP_LINE_ITEM);
                }
            }
          i = MIN (j, ctx->n_lines - 1);
          st.para_open = FALSE;
          continue;
        }

      guint hl = atx_level (l, &htext, &hlen);
      if (hl)
        {
          heading (&st, i, hl, htext, hlen);
          continue;
        }

      if (l->indent < 4 && np_is_rule (l->content, l->content_len, &rule_ch))
        {
          np_md_role (&st, i, NP_LINE_DEBRIS); /* thematic break */
          st.para_open = FALSE;
          continue;
        }

      if (np_md_is_table_row (l) || (memchr (l->content, '|', l->content_len) && i + 1 < ctx->n_lines
                               && np_md_is_table_delimiter (&ctx->lines[i + 1]) && !np_md_is_table_delimiter (l)))
        {
          i += np_md_read_table (&st, i) - 1;
          continue;
        }

      NpBullet bullet;
      if (np_parse_bullet (l->content, l->content_len, FALSE, &bullet)
          && !(was_blank == FALSE && st.para_open && st.list->len == 0 && bullet.kind == NP_ITEM_NUMBERED
               && bullet.marker != '1'))
        {
          /* the notes' date as a list's first items give it ("* Meeting
           * date: 2021-06-01", the Rust teams' minutes) */
          if (!doc->date && lineno <= 40 && l->indent == 0 && st.list->len == 0 && bullet.text_len < 200
              && np_md_take_date_line (doc, bullet.text, bullet.text_len))
            {
              np_md_role (&st, i, NP_LINE_META);
              continue;
            }
          /* "* **Attendees**" over the people nested below it (a committee's
           * notes, meeting after meeting): each entry a person, up to the
           * next item of the label's level or an entry of notes */
          if (st.nested_people >= 0 && (gint) l->indent > st.nested_people)
            {
              if (!np_meta_entry_is_turn (bullet.text, bullet.text_len)
                  && np_meta_add_person_as (doc, bullet.text, bullet.text_len, lineno, st.nested_role))
                {
                  np_md_role (&st, i, NP_LINE_ATTENDEE);
                  st.para_open = FALSE;
                  continue;
                }
            }
          st.nested_people = -1;
          g_clear_pointer (&st.nested_role, g_free);
          if (bullet.text_len < 40
              && np_reader_label_over_nested_people (ctx, i, bullet.text, bullet.text_len, FALSE, &st.nested_role))
            {
              st.nested_people = (gint) l->indent;
              np_md_role (&st, i, NP_LINE_META);
              st.para_open = FALSE;
              continue;
            }
          /* "* Attendees: matz, ko1, nobu" as a list's item: the people,
           * as on a line of their own */
          const char *rest = NULL;
          if (l->indent == 0 && bullet.text_len < 2000 && memchr (bullet.text, ':', MIN (bullet.text_len, 40))
              && np_meta_is_attendee_label (bullet.text, bullet.text_len, &rest) && rest
              && rest < bullet.text + bullet.text_len)
            {
              np_meta_add_people_list (doc, rest, bullet.text + bullet.text_len - rest, lineno);
              np_md_role (&st, i, NP_LINE_ATTENDEE);
              st.para_open = FALSE;
              continue;
            }
          guint level = list_level (&st, l->indent);
          gsize marker_len = bullet.text - l->content - bullet.box_len; /* the text's column is the box's */
          guint content_col = l->indent + (guint) marker_len;
          /* an entry that names nobody ("Release is on track") is notes:
           * read as an item, not dropped; so is a turn ("Linnea: we'd
           * love to ..." under "### Guests"), after which the list of
           * people is over */
          if ((st.attendee_section || st.attendee_label) && np_meta_entry_is_turn (bullet.text, bullet.text_len))
            st.attendee_section = st.attendee_label = FALSE;
          /* the points nested under a member who heads them are hers, as
           * items ("## Team", "* **Dev Patel**" over "  * fixed the flaky
           * test": a standup under its team's list); the member is both an
           * attendee and the head of those points */
          if (st.attendee_label && level < st.label_level)
            st.attendee_label = FALSE; /* the item the label was in is over */
          gboolean people = (st.attendee_section && level == 0) || (st.attendee_label && level == st.label_level);
          /* a group's title over its people nested below ("* **TSC
           * Members**", "* **Guests**"): no one */
          if (people && np_reader_group_over_people (ctx, i, bullet.text, bullet.text_len, FALSE))
            {
              np_md_role (&st, i, NP_LINE_META);
              st.para_open = FALSE;
              continue;
            }
          gboolean nested_notes = people && np_reader_notes_nested_below (ctx, i, FALSE);
          /* ... and a lead-in over such points ("Progress:", "Blocked
           * by:" under an absent member) is no member */
          gboolean lead_in = nested_notes && bullet.text_len > 1 && bullet.text[bullet.text_len - 1] == ':';
          /* a way of attending under a member ("  * remote") is hers, no one;
           * a list indented whole under its label ("Attendees:" over "  -
           * @bigs", "  - @mvid") has none */
          gboolean detail = people && l->indent > 0 && np_reader_under_member (ctx, i)
                            && np_meta_member_detail (doc, bullet.text, bullet.text_len);
          if (people && !lead_in
              && (detail || np_meta_add_person_as (doc, bullet.text, bullet.text_len, lineno,
                                         st.attendee_label ? st.label_role : NULL)
                  || !np_meta_entry_is_notes (bullet.text, bullet.text_len))
              && !nested_notes)
            {
              np_md_role (&st, i, NP_LINE_ATTENDEE);
              st.para_open = FALSE;
              continue;
            }
          /* a quote as the item's content ("- > Mei: we should ..."): the
           * item is the quoted text, and "> ..." lines under it go on with it */
          gboolean quoted = bullet.text_len > 1 && bullet.text[0] == '>' && (bullet.text[1] == ' ' || bullet.text[1] == '>');
          while (quoted && bullet.text_len > 0 && (bullet.text[0] == '>' || bullet.text[0] == ' '))
            bullet.text++, bullet.text_len--;
          guint32 id = np_builder_bullet (st.b, level, &bullet, lineno);
          ListLevel ll = { l->indent, content_col, id };
          g_array_append_val (st.list, ll);
          np_md_role (&st, i, NP_LINE_ITEM);
          st.para_open = TRUE;
          st.in_quote = quoted;
          continue;
        }

      /* block quote; inside a list item too, indented to the item's text
       * ("    * Tag PRs?" over "      > [name=Ann] both?"): the item's
       * child */
      if (l->content[0] == '>'
          && (l->indent < 4
              || (st.list->len > 0 && l->indent >= g_array_index (st.list, ListLevel, st.list->len - 1).content_col
                  && l->indent < g_array_index (st.list, ListLevel, st.list->len - 1).content_col + 4)))
        {
          const char *t = l->content + 1;
          gsize tl = l->content_len - 1;
          while (tl > 0 && (*t == ' ' || *t == '>'))
            t++, tl--;
          /* a quoted exchange ("> **Ivy**: ..." then "> **Paul**: ...")
           * is one item per turn, as outside a quote */
          if (st.in_quote && !was_blank && !np_starts_with_speaker_label (t, tl))
            np_builder_continue (st.b, lineno, t, tl, " ");
          else
            np_builder_item (st.b, list_level (&st, l->indent), NP_ITEM_QUOTE, '>', lineno, t, tl);
          np_md_role (&st, i, NP_LINE_ITEM);
          st.in_quote = TRUE;
          st.para_open = FALSE;
          continue;
        }

      /* a definition list's body after a "Present" term (pandoc's
       * Markdown of scribed minutes): ":   Ann Lee, Bo Chen" */
      if (st.attendee_label && l->content_len > 2 && l->content[0] == ':'
          && (l->content[1] == ' ' || l->content[1] == '\t'))
        {
          np_meta_add_people_list (doc, l->content + 1, l->content_len - 1, lineno);
          np_md_role (&st, i, NP_LINE_ATTENDEE);
          st.attendee_label = FALSE;
          st.para_open = FALSE;
          continue;
        }

      /* one person a line right under such a label alone, as the text
       * reader reads them ("Attendees:" over "Ann Lee" over "Luca Maresca
       * - lmaresca - Red Hat", an etherpad's wiki-marked sign-in) */
      if (st.attendee_label && !was_blank && st.label_entry_line + 1 == lineno && l->indent == 0
          && !np_starts_with_speaker_label (l->content, l->content_len) && person_a_line (l))
        {
          np_meta_add_person_as (doc, l->content, l->content_len, lineno, st.label_role);
          np_md_role (&st, i, NP_LINE_ATTENDEE);
          st.label_entry_line = lineno;
          continue;
        }

      /* attendee label lines: "Attendance: a, b", "**Attendees:**" */
      const char *rest = NULL;
      if (np_meta_is_attendee_label (l->content, l->content_len, &rest))
        {
          const char *end = l->content + l->content_len;
          if (rest && rest < end)
            {
              /* a list wrapped by a mail client or editor goes on below */
              g_autoptr (GString) joined = g_string_new (NULL);
              guint wrapped = np_reader_attendee_wrap (ctx, i, rest, end - rest, joined, TRUE);
              np_meta_add_people_list (doc, joined->str, joined->len, lineno);
              for (guint k = 0; k <= wrapped; k++)
                np_md_role (&st, i + k, NP_LINE_ATTENDEE);
              i += wrapped;
            }
          else
            {
              st.attendee_label = TRUE;
              st.label_entry_line = lineno;
              /* inside an item ("1. Brief Intros" over "   who's here?"
               * and the people nested below): the list the item holds */
              st.label_level = 0;
              while (st.label_level < st.list->len
                     && g_array_index (st.list, ListLevel, st.label_level).content_col <= l->indent)
                st.label_level++;
              g_clear_pointer (&st.label_role, g_free);
              np_md_role (&st, i, NP_LINE_META);
            }
          st.para_open = FALSE;
          continue;
        }
      /* "Regrets:" alone over its list; "Absent:" over "none" */
      char *label_role = l->indent == 0 && !st.para_open && memchr (l->content, ':', l->content_len)
                             ? np_meta_absence_label_alone (l->content, l->content_len)
                             : NULL;
      if (label_role)
        {
          g_free (st.label_role);
          st.label_role = label_role;
          st.attendee_label = TRUE;
          st.label_level = 0;
          np_md_role (&st, i, NP_LINE_META);
          continue;
        }
      if (st.attendee_label && st.label_role && np_meta_role_is_absence (st.label_role)
          && np_meta_is_nobody (l->content, l->content_len))
        {
          st.attendee_label = FALSE;
          np_md_role (&st, i, NP_LINE_META);
          continue;
        }

      /* a minutes header's "Chair: Alan Stearns", "Scribe: fantasai",
       * "Regrets: Chris Lilley": its people are attendees in that role,
       * as the text reader reads them under an attendee list */
      NpLineRole line_role;
      if (l->indent == 0 && np_reader_take_role_line (doc, l->content, l->content_len, lineno, &line_role))
        {
          np_md_role (&st, i, line_role);
          st.para_open = FALSE;
          continue;
        }
      /* "MK = Mira Kovač, JP = James Porter": a legend of the turns' initials */
      if (l->indent == 0 && np_reader_take_legend_line (ctx, i))
        {
          np_md_role (&st, i, NP_LINE_ATTENDEE);
          st.para_open = FALSE;
          continue;
        }

      /* running text; a line opening with a speaker mark is a new turn
       * (transcripts, chat logs), not a wrapped line of the paragraph or list
       * item above, whose lazy continuation line it may be for CommonMark:
       * "* Moderation access [#469]" over "Michael: Bot for the future...",
       * "- [slides](url) \\" over "DE: So this topic ..." */
      NpItem *last = np_builder_last_item (st.b);
      /* a transcript's speaker line alone ("Alice Smith   0:03", a
       * paragraph of its own in a Word file's text) heads the paragraph
       * of the turn below it */
      if (was_blank && last && last->kind == NP_ITEM_PARAGRAPH && st.list->len == 0 && l->indent == 0
          && last->end == st.b->text->len
          && np_line_is_speaker_time (st.b->text->str + last->start, last->end - last->start)
          && !opens_turn (&st, l))
        {
          np_builder_continue (st.b, lineno, l->content, l->content_len, " ");
          np_md_role (&st, i, NP_LINE_ITEM);
          st.para_open = TRUE;
          continue;
        }
      if (!was_blank && st.para_open && last && !opens_turn (&st, l))
        {
          np_builder_continue (st.b, lineno, l->content, l->content_len, " ");
          np_md_role (&st, i, NP_LINE_ITEM);
          continue;
        }
      if (st.list->len > 0 && l->indent >= g_array_index (st.list, ListLevel, st.list->len - 1).content_col)
        {
          /* a paragraph inside a list item continues that item when nothing
           * came in between */
          const ListLevel *top = &g_array_index (st.list, ListLevel, st.list->len - 1);
          if (last && last->id == top->item && !opens_turn (&st, l))
            {
              np_builder_continue (st.b, lineno, l->content, l->content_len, " ");
              np_md_role (&st, i, NP_LINE_ITEM);
              st.para_open = TRUE;
              continue;
            }
        }
      else if (was_blank && l->indent >= 4 && st.list->len == 0)
        {
          /* indented code block */
          gsize cut = code_indent_bytes (l);
          np_builder_item (st.b, 0, NP_ITEM_CODE, ' ', lineno, l->s + cut, l->len - cut);
          np_md_role (&st, i, NP_LINE_ITEM);
          guint j = i + 1;
          for (; j < ctx->n_lines; j++)
            {
              const NpLine *c = &ctx->lines[j];
              if (!np_line_is_blank (c) && c->indent < 4)
                break;
              /* trailing blank lines are not part of the block */
              if (np_line_is_blank (c))
                {
                  guint k = j;
                  while (k < ctx->n_lines && np_line_is_blank (&ctx->lines[k]))
                    k++;
                  if (k == ctx->n_lines || ctx->lines[k].indent < 4)
                    break;
                }
              gsize ccut = code_indent_bytes (c);
              np_builder_continue (st.b, j + 1, c->s + ccut, c->len - ccut, "\n");
              np_md_role (&st, j, NP_LINE_ITEM);
            }
          i = j - 1;
          st.para_open = FALSE;
          st.last_blank = FALSE;
          continue;
        }

      guint level = list_level (&st, l->indent);
      /* setext heading: a top-level paragraph line underlined by === or --- */
      char uch;
      if (level == 0 && i + 1 < ctx->n_lines && ctx->lines[i + 1].indent < 4
          && np_is_rule (ctx->lines[i + 1].content, ctx->lines[i + 1].content_len, &uch) && (uch == '=' || uch == '-')
          && !memchr (ctx->lines[i + 1].content, ' ', ctx->lines[i + 1].content_len))
        {
          heading (&st, i, uch == '=' ? 1 : 2, l->content, l->content_len);
          if (np_document_get_line_role (doc, lineno) == NP_LINE_META)
            np_md_role (&st, i + 1, NP_LINE_META);
          else
            np_md_role (&st, i + 1, NP_LINE_HEADING);
          i++;
          continue;
        }
      /* a header's date line, also under a title that said the date */
      if (lineno <= 40 && l->content_len < 200
          && (!doc->date || (doc->items->len == 0 && doc->sections->len == 0 && !st.para_open))
          && (np_md_take_date_line (doc, l->content, l->content_len)
              || (!doc->date && !st.para_open && doc->items->len == 0 && np_md_date_paragraph (ctx, i))))
        {
          np_md_role (&st, i, NP_LINE_META);
          continue;
        }
      /* an unlabelled paragraph of people with their abbreviations: "John
       * Neumann (JN), Allen Wirfs-Brock (AWB), ..." (older TC39 minutes) */
      guint taken;
      if (level == 0 && !st.para_open && l->indent < 4 && (taken = np_reader_take_people_paragraph (ctx, i)) > 0)
        {
          for (guint k = 0; k < taken; k++)
            np_md_role (&st, i + k, NP_LINE_ATTENDEE);
          i += taken - 1;
          continue;
        }
      /* under a Present heading or a label alone ("**Attendees**"), a
       * line of names: "Ann Lee, Bo Chen, ..." */
      if ((st.attendee_section || st.attendee_label) && level == 0 && (!st.para_open || st.attendee_label)
          && names_line (l->content, l->content_len))
        {
          /* the paragraph's lines that go on with the list ("...,\nChiara
           * Bellini (Arm), ...") are part of it */
          g_autoptr (GString) joined = g_string_new (NULL);
          guint wrapped = np_reader_attendee_wrap (ctx, i, l->content, l->content_len, joined, TRUE);
          np_meta_add_people_list (doc, joined->str, joined->len, lineno);
          for (guint k = 0; k <= wrapped; k++)
            np_md_role (&st, i + k, NP_LINE_ATTENDEE);
          i += wrapped;
          st.attendee_label = FALSE;
          continue;
        }
      np_builder_item (st.b, level, NP_ITEM_PARAGRAPH, 0, lineno, l->content, l->content_len);
      np_md_role (&st, i, NP_LINE_ITEM);
      st.para_open = TRUE;
      st.attendee_label = FALSE;
    }
  g_array_free (st.list, TRUE);
  g_free (st.label_role);
  g_free (st.nested_role);
  g_string_chunk_free (decoded);
}
