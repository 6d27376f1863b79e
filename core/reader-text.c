/* reader-text.c: plain-text notes, as exported from document editors.
 *
 * The shape we expect (see docs/architecture.md, "Plain-text notes"):
 * a header (title, date, URL, "Key: value" lines, an "Attendees:" list),
 * then sessions ("Session 3") and short topic headings standing alone
 * between blank lines, then bullets whose nesting comes from indentation
 * plus glyph runs ("- o text" is one level deeper than "- text").  Lines
 * wrapped by the export continue their item, also across a blank line or a
 * page break when they are indented or the item has not ended its
 * sentence.  Lone glyphs and page numbers are debris.  What a single
 * line is (a heading's text, a turn, a chat's header) is asked of
 * reader-text-lines.c, a line of an attendee list of
 * reader-text-people.c. */
#include "config.h"

#include <string.h>

#include "notepipe/np-text.h"
#include "reader-text-private.h"

static const char *const meta_keys[] = {
  "date", "meeting date", "created", "time", "when", "where", "location", "venue", "place", "room", "notes",
  "note taker", "notetaker",
  "note-taker", "scribe", "scribes", "facilitator", "facilitators", "chair", "chairs", "host", "hosts",
  "organizer", "organizers", "organiser", "meeting", "event", "url", "link", "recording", "slides", "doc",
  "datum", "fecha",
  NULL,
};

static gboolean
is_meta_line (const NpLine *l, char **date)
{
  /* "Date: ...", and as reStructuredText writes fields, ":Date: ..." */
  const char *start = l->content;
  if (l->content_len > 2 && start[0] == ':' && g_ascii_isalpha (start[1]))
    start++;
  const char *colon = memchr (start, ':', MIN (l->content_len - (start - l->content), 24));
  if (!colon)
    return FALSE;
  g_autofree char *key = g_ascii_strdown (start, colon - start);
  g_strstrip (key);
  const char *value = colon + 1;
  gsize value_len = l->content + l->content_len - value;
  for (const char *const *k = meta_keys; *k; k++)
    if (strcmp (key, *k) == 0)
      {
        if (np_meta_is_date_key (key, strlen (key)))
          *date = np_meta_find_date (value, value_len);
        /* "Notes: the release slipped a week" is notes, not a field */
        else if (np_meta_entry_is_notes (value, value_len))
          return FALSE;
        return TRUE;
      }
  return FALSE;
}

/* A URL wrapped by the export: "https://host/path/#" + "isolates" */
static gboolean
url_continues (NpBuilder *b, const NpItem *last, const NpLine *l)
{
  const char *t = b->text->str + last->start;
  gsize len = b->text->len - last->start;
  if (len == 0 || memchr (l->content, ' ', l->content_len) || !strchr ("/#-=?&_.", t[len - 1]))
    return FALSE;
  gsize w = len;
  while (w > 0 && t[w - 1] != ' ')
    w--;
  return g_str_has_prefix (t + w, "http://") || g_str_has_prefix (t + w, "https://");
}

/* A speaker's name alone with its colon, over the turn's lines indented
 * deeper below it without a blank line ("Alice:" over "  I also want
 * ..."): a new item, which takes those lines, not a wrapped line of the
 * item above */
static gboolean
speaker_over_indented (NpReadContext *ctx, guint i)
{
  const NpLine *l = &ctx->lines[i];
  if (l->content_len < 2 || l->content_len > 48 || l->content[l->content_len - 1] != ':')
    return FALSE;
  guint blanks;
  gint next = np_txt_next_content (ctx, i, &blanks);
  if (next < 0 || blanks > 0 || ctx->lines[next].indent <= l->indent)
    return FALSE;
  /* the label as it would open a turn: "Alice: x" */
  char probe[52];
  memcpy (probe, l->content, l->content_len);
  memcpy (probe + l->content_len, " x", 3);
  return np_starts_with_speaker_label (probe, l->content_len + 2);
}

/* A term over its definition, reStructuredText's definition list ("Alice
 * Smith" over "    We should ship ..."): a line of a few words, no colon
 * nor sentence's end closing it, that opens a paragraph (a line under
 * another of a paragraph continues it), with the next line indented
 * deeper right below it (a line over a list indented under it heads a
 * section, read before).  The item it opens, which takes the definition's
 * lines as any paragraph takes lines indented under its first, is
 * NP_ITEM_DEFINITION. */
static gboolean
term_over_indented (NpReadContext *ctx, guint i)
{
  const NpLine *l = &ctx->lines[i];
  if (l->content_len < 2 || l->content_len > 48 || i + 1 >= ctx->n_lines
      || memchr (".:;,!?", l->content[l->content_len - 1], 6) || np_txt_count_words (l->content, l->content_len) > 5)
    return FALSE;
  const NpLine *next = &ctx->lines[i + 1];
  return np_txt_line_is_content (next) && next->indent > l->indent;
}

/* Lines after a first speaker line that may hold the next one: a first
 * turn may run a dozen wrapped lines and more */
#define SPEAKER_LINE_LOOKAHEAD 40

/* A copied chat or transcript export that opens the notes: its first
 * message header with the message right under it ("[10:32 AM] Ann Lee"
 * bracketed, "Ann Lee, 10:32 AM"), or its first speaker line ("Ann Lee
 * 10:32 AM", or "Ann Lee" over "10:32 AM") when another one follows
 * within a few lines (a title "Team Sync 10:30 AM" over an agenda has
 * none).  No title. */
static gboolean
opens_chat_copy (NpReadContext *ctx, guint i)
{
  const NpLine *l = &ctx->lines[i];
  if (l->content_len == 0 || i + 1 >= ctx->n_lines || !np_txt_line_is_content (&ctx->lines[i + 1]))
    return FALSE;
  if ((l->content[0] == '[' || !g_ascii_isdigit (l->content[0]))
      && np_txt_is_chat_copy_header (l->content, l->content_len))
    return TRUE;
  /* "Ann Lee  10:32 AM", or "Ann Lee" over "10:32 AM" (Mattermost, Teams) */
  gboolean over = np_line_is_name_over_time (ctx, l);
  if (!over && !np_line_is_speaker_time (l->content, l->content_len))
    return FALSE;
  for (guint j = i + (over ? 3 : 2); j < ctx->n_lines && j <= i + SPEAKER_LINE_LOOKAHEAD; j++)
    if (over ? np_line_is_name_over_time (ctx, &ctx->lines[j])
             : np_line_is_speaker_time (ctx->lines[j].content, ctx->lines[j].content_len))
      return TRUE;
  return FALSE;
}

/* A heading of an export that indents its text (W3C's minutes: "  Topic"
 * over "   alice: ..."): alone between blank lines, left of the text
 * below it */
static gboolean
indented_heading (TextState *st, guint i)
{
  NpReadContext *ctx = st->ctx;
  const NpLine *l = &ctx->lines[i];
  NpLine at_margin = *l;
  at_margin.indent = 0;
  if (st->blank_run == 0 || np_txt_starts_lower (l) || !np_txt_looks_like_heading_text (&at_margin)
      || np_txt_is_turn_line (l))
    return FALSE;
  guint blanks;
  gint j = np_txt_next_content (ctx, i, &blanks);
  if (j < 0 || blanks == 0 || ctx->lines[j].indent <= l->indent)
    return FALSE;
  NpBullet b;
  return !np_parse_bullet (ctx->lines[j].content, ctx->lines[j].content_len, TRUE, &b);
}

/* A chat's message with its time first ("[2026-11-28 10:32] Ann: hi",
 * WhatsApp's "28/11/2026, 10:32 - Ann: hi", a line of WeeChat's log,
 * "2025-03-12 19:00:03<TAB>ann<TAB>hi"): no title nor date line */
static gboolean
timed_turn (const NpLine *l)
{
  return (np_text_time_prefix (l->content, l->content_len) > 0
          && np_starts_with_speaker_label (l->content, l->content_len))
         || np_text_tab_log_line (l->content, l->content_len, NULL, NULL) > 0;
}

/* Do the notes mark turns by nicknames ("ferdy: I can ..."): three lines
 * or more opening so, at the margin or at the indentation every line of
 * an export has (W3C's minutes)? */
static gboolean
nick_turns (TextState *st)
{
  if (st->nick_turns < 0)
    {
      const NpReadContext *ctx = st->ctx;
      st->nick_turns = 0;
      for (guint k = 0; k < ctx->n_lines && st->nick_turns < 3; k++)
        st->nick_turns += ctx->lines[k].content_len > 0 && g_ascii_islower (ctx->lines[k].content[0])
                          && np_line_opens_with_label (&ctx->lines[k]);
    }
  return st->nick_turns >= 3;
}

static gboolean
is_heading (TextState *st, guint i)
{
  NpReadContext *ctx = st->ctx;
  const NpLine *l = &ctx->lines[i];
  if (l->indent > 0)
    return indented_heading (st, i);
  if (np_txt_is_session_heading (l))
    return TRUE;
  if (!np_txt_looks_like_heading_text (l) || np_txt_is_turn_line (l))
    return FALSE;
  /* the rest of a sentence that a page break cut, under the page's
   * furniture: "... because the" | "Page 1 of 4" | "docs are not ready" */
  NpItem *last = np_builder_last_item (&ctx->builder);
  if (st->page_break && np_txt_starts_lower (l) && ctx->builder.item_open && last
      && !np_txt_ends_sentence (ctx->builder.text->str + last->start, ctx->builder.text->len - last->start))
    return FALSE;
  /* ... or a blank line, as pdftotext leaves one inside a list item:
   * "● Rafael ... 4-6% CPU reduction," | "" | "builds ~30% slower ..." */
  if (st->blank_run == 1 && ctx->builder.item_open && last && last->kind == NP_ITEM_BULLET
      && np_txt_cut_mid_sentence (ctx->builder.text->str + last->start, ctx->builder.text->len - last->start))
    return FALSE;
  /* "astearns: ok" alone at the end, an attendee's turn */
  if (memchr (l->content, ':', l->content_len) && np_line_opens_chat_turn (ctx, l))
    return FALSE;
  /* "ferdy: I can write that" a paragraph apart from "tvolk: what about
   * ...": notes that mark turns by nicknames, three lines or more */
  if (g_ascii_islower (l->content[0]) && np_line_opens_with_label (l) && nick_turns (st))
    return FALSE;
  /* it must stand after a break, not inside running text.  Editors save
   * a paragraph a line, with no blank line between: there a title ends
   * its own line, after a sentence's end, over its paragraph ("Summary"
   * over "Jane and John discussed the release.") */
  if (st->blank_run == 0 && st->prev_role == NP_LINE_ITEM)
    {
      const NpLine *p = &ctx->lines[i - 1];
      /* an outline's next entry ("5b. Warrant register" under "5a. Minutes") */
      return !np_txt_opens_outline_number (l)
             && (np_txt_ends_sentence (p->content, p->content_len) || np_txt_fits_before (p, l))
             && np_txt_title_over_block (ctx, i);
    }
  guint blanks;
  gint j = np_txt_next_content (ctx, i, &blanks);
  if (j < 0)
    return TRUE;
  const NpLine *n = &ctx->lines[j];
  NpBullet b;
  if (np_parse_bullet (n->content, n->content_len, TRUE, &b))
    return TRUE;
  if (blanks == 0) /* the first line of a paragraph, or a title over it */
    return np_txt_title_over_block (ctx, i);
  return n->indent == 0;
}

/* A numbered heading: of that shape, in notes that write two or more
 * (an outline, not one item with a note indented under it) */
static gboolean
is_numbered_heading (TextState *st, guint i, const NpBullet *bullet)
{
  NpReadContext *ctx = st->ctx;
  if (!np_txt_numbered_heading_shape (ctx, i, bullet))
    return FALSE;
  if (st->numbered_headings < 0)
    {
      st->numbered_headings = 0;
      for (guint k = 0; k < ctx->n_lines && st->numbered_headings < 2; k++)
        {
          const NpLine *l = &ctx->lines[k];
          NpBullet b;
          if (l->indent == 0 && l->content_len > 0 && g_ascii_isdigit (l->content[0])
              && np_parse_bullet (l->content, l->content_len, TRUE, &b) && np_txt_numbered_heading_shape (ctx, k, &b))
            st->numbered_headings++;
        }
    }
  return st->numbered_headings >= 2;
}

static guint
level_for_indent (TextState *st, guint indent)
{
  GArray *s = st->indents;
  while (s->len > 0 && g_array_index (s, guint, s->len - 1) > indent)
    g_array_set_size (s, s->len - 1);
  if (s->len == 0 || g_array_index (s, guint, s->len - 1) < indent)
    g_array_append_val (s, indent);
  return s->len - 1;
}

/* The level of a bullet of one glyph: at least the number of higher
 * ranks whose glyphs the notes have used ("○" under "●" at the same
 * margin is a sub-item, and so is "▪" under "•" with no "◦" between; a
 * list of "○" alone is not). */
static guint
glyph_level (TextState *st, const NpBullet *bullet, guint level)
{
  gint rank = bullet->glyphs == 1 ? np_txt_glyph_rank (bullet->marker) : -1;
  if (rank < 0)
    return level;
  guint above = (1u << rank) - 1;
  st->glyph_ranks |= 1u << rank;
  return MAX (level, (guint) __builtin_popcount (st->glyph_ranks & above));
}

void
np_txt_set_role (TextState *st, guint i, NpLineRole role)
{
  np_document_set_line_role (st->ctx->doc, i + 1, role);
  if (role != NP_LINE_BLANK && role != NP_LINE_DEBRIS)
    {
      st->prev_role = role;
      st->blank_run = 0;
      st->page_break = FALSE;
    }
  else
    st->blank_run++;
}

/* Lines [from, to) as one code item (no analysis), each cut by the
 * indentation of the first; blank lines inside are kept */
static void
code_item (TextState *st, guint from, guint to)
{
  NpReadContext *ctx = st->ctx;
  guint first = from;
  while (first < to && np_line_is_blank (&ctx->lines[first]))
    np_txt_set_role (st, first++, NP_LINE_BLANK);
  if (first >= to)
    return;
  gsize cut = ctx->lines[first].content - ctx->lines[first].s;
  for (guint j = first; j < to; j++)
    {
      const NpLine *c = &ctx->lines[j];
      gsize k = 0;
      while (k < cut && k < c->len && (c->s[k] == ' ' || c->s[k] == '\t'))
        k++;
      if (j == first)
        np_builder_item (&ctx->builder, 0, NP_ITEM_CODE, ' ', j + 1, c->s + k, c->len - k);
      else
        np_builder_continue (&ctx->builder, j + 1, c->s + k, c->len - k, "\n");
      np_txt_set_role (st, j, NP_LINE_ITEM);
    }
  np_builder_close_item (&ctx->builder);
}

void
np_read_text (NpReadContext *ctx)
{
  NpDocument *doc = ctx->doc;
  NpBuilder *b = &ctx->builder;
  TextState st = { 0 };
  st.ctx = ctx;
  st.indents = g_array_new (FALSE, FALSE, sizeof (guint));
  st.numbered_headings = -1;
  st.nick_turns = -1;
  st.nick_names = -1;
  st.width = np_txt_notes_width (ctx);
  st.prev_role = NP_LINE_META;
  gboolean title_tried = FALSE;
  guint title_line = G_MAXUINT - 1;
  guint first = np_read_mail_header (ctx);
  np_read_mail_quotes (ctx);
  title_tried = first > 0 && doc->title != NULL;
  np_text_strip_line_numbers (ctx);
  g_autofree gboolean *furniture = np_text_page_furniture (ctx);
  guint signature = np_read_mail_signature (ctx);
  g_autofree gboolean *hanging = np_txt_hanging_margins (ctx);

  for (guint i = first; i < ctx->n_lines; i++)
    {
      const NpLine *l = &ctx->lines[i];
      guint lineno = i + 1;
      char rule_ch = 0;

      if (np_line_is_blank (l))
        {
          np_txt_set_role (&st, i, NP_LINE_BLANK);
          continue;
        }
      if (i >= signature)
        {
          np_builder_close_item (b);
          np_txt_set_role (&st, i, NP_LINE_META);
          continue;
        }
      /* a forwarded message's header in the body: who sent it to whom is
       * no note ("To: team@" would be a turn of someone "TO") */
      guint forward = np_read_mail_forward (ctx, i);
      if (forward)
        {
          np_builder_close_item (b);
          for (guint j = i; j < i + forward; j++)
            np_txt_set_role (&st, j, NP_LINE_META);
          i += forward - 1;
          continue;
        }
      /* setext-style underline of the previous line is taken with it below */
      if (np_is_debris (l->content, l->content_len) || (furniture && furniture[i])
          || (np_is_rule (l->content, l->content_len, &rule_ch) && !(rule_ch == '-' && l->content_len < 3))
          || (l->content_len <= 22 && np_txt_is_comment_badge (ctx, i)))
        {
          np_txt_set_role (&st, i, NP_LINE_DEBRIS);
          st.page_break |= (furniture && furniture[i]) || (l->len > 0 && l->s[0] == '\f');
          continue;
        }
      st.page_break |= l->len > 0 && l->s[0] == '\f';

      /* reStructuredText's explicit markup: the line is layout; a code
       * directive's body is code, any other's is read as text (a note's
       * admonition), a comment's is layout too */
      NpRstMarkup rst = np_rst_explicit_markup (ctx, l);
      if (rst != NP_RST_NONE)
        {
          np_builder_close_item (b);
          np_txt_set_role (&st, i, NP_LINE_DEBRIS);
          g_array_set_size (st.indents, 0); /* an admonition's body nests under nothing above */
          if (rst != NP_RST_DIRECTIVE)
            {
              guint end = np_rst_indented_block_end (ctx, i);
              if (rst == NP_RST_CODE)
                code_item (&st, i + 1, end);
              else
                for (guint j = i + 1; j < end; j++)
                  np_txt_set_role (&st, j, np_line_is_blank (&ctx->lines[j]) ? NP_LINE_BLANK : NP_LINE_DEBRIS);
              i = end - 1;
            }
          continue;
        }
      /* a literal block: an indented block after a paragraph that ends in
       * "::" and a blank line (reStructuredText) */
      NpItem *open = np_builder_last_item (b);
      if (l->indent > 0 && st.blank_run > 0 && open && open->kind == NP_ITEM_PARAGRAPH
          && b->text->len >= open->start + 2 && memcmp (b->text->str + b->text->len - 2, "::", 2) == 0
          && st.prev_role == NP_LINE_ITEM)
        {
          guint end = np_rst_indented_block_end (ctx, i - 1);
          code_item (&st, i, end);
          i = end - 1;
          continue;
        }

      /* "– DRAFT –" over the title (W3C's minutes): a status, no bullet */
      if (!title_tried && np_txt_is_status_banner (l))
        {
          np_txt_set_role (&st, i, NP_LINE_META);
          continue;
        }

      NpBullet bullet;
      gboolean is_bullet = np_parse_bullet (l->content, l->content_len, TRUE, &bullet);
      /* "1. Release status" underlined as long by "---" (reStructuredText,
       * plain text): a numbered section's title, read below */
      char rule = 0;
      if (is_bullet && l->indent == 0 && i + 1 < ctx->n_lines && ctx->lines[i + 1].indent == 0
          && ctx->lines[i + 1].content_len >= l->content_len
          && np_is_rule (ctx->lines[i + 1].content, ctx->lines[i + 1].content_len, &rule)
          && (rule == '=' || rule == '-'))
        is_bullet = FALSE;
      if (np_txt_attendee_label_line (&st, &i, is_bullet) || np_txt_attendee_list_line (&st, &i, is_bullet, &bullet))
        continue;

      /* "Chairs: Mark Nottingham, Tommy Pauly", "Minute takers: Lucas
       * Pardue", in the header or further down: attendees in that role */
      NpLineRole line_role;
      if (!is_bullet && l->indent == 0
          && np_reader_take_role_line (doc, l->content, l->content_len, lineno, &line_role))
        {
          np_builder_close_item (b);
          np_txt_set_role (&st, i, line_role);
          continue;
        }

      /* "MK = Mira Kovač, JP = James Porter": a legend of the turns' initials */
      if (!is_bullet && l->indent == 0 && np_reader_take_legend_line (ctx, i))
        {
          np_builder_close_item (b);
          np_txt_set_role (&st, i, NP_LINE_ATTENDEE);
          continue;
        }
      /* "John Neumann (JN), Allen Wirfs-Brock (AWB), ...": a paragraph of
       * people with their abbreviations, with no label */
      guint taken;
      if (!is_bullet && l->indent == 0 && (st.blank_run > 0 || i == first)
          && (taken = np_reader_take_people_paragraph (ctx, i)) > 0)
        {
          np_builder_close_item (b);
          for (guint k = 0; k < taken; k++)
            np_txt_set_role (&st, i + k, NP_LINE_ATTENDEE);
          i += taken - 1;
          continue;
        }

      /* header: title, date, URL, Key: value */
      if (!st.header_done && !is_bullet)
        {
          char *date = NULL;
          /* a title centred by the export stands far right of the margin */
          /* nor is a chat log's first line ("<nick> ...") its title */
          if (!title_tried && (l->indent == 0 || l->indent >= 8) && !np_txt_is_session_heading (l)
              && !np_txt_is_chat_header (l) && !opens_chat_copy (ctx, i) && !np_txt_opens_chat_line (l)
              && !timed_turn (l) && !np_txt_label_recurs (ctx, i)
              /* nor a conversation's first turn, "alice: hi there" */
              && !(l->content_len && g_ascii_islower (l->content[0]) && np_line_opens_chat_turn (ctx, l)))
            {
              title_tried = TRUE;
              if (np_txt_looks_like_heading_text (l)
                  || (l->content_len <= 120 && !np_txt_ends_sentence (l->content, l->content_len)
                      && np_txt_count_words (l->content, l->content_len) <= 15))
                {
                  g_autofree char *t = g_strndup (l->content, l->content_len);
                  np_document_set_title (doc, t);
                  if (!doc->date)
                    doc->date = np_meta_find_date (l->content, l->content_len);
                  np_txt_set_role (&st, i, NP_LINE_META);
                  title_line = i;
                  continue;
                }
            }
          /* a second line of the title block, over its date ("The Apache
           * Software Foundation" / "Board of Directors Meeting Minutes" /
           * "February 21, 2024") */
          if (title_line + 1 == i && !doc->date && np_txt_is_subtitle (ctx, i))
            {
              np_txt_set_role (&st, i, NP_LINE_META);
              continue;
            }
          if (np_line_is_url (l) && !doc->url)
            {
              g_autofree char *u = g_strndup (l->content, l->content_len);
              np_document_set_url (doc, u);
              np_txt_set_role (&st, i, NP_LINE_META);
              continue;
            }
          if (is_meta_line (l, &date))
            {
              if (date && !doc->date)
                doc->date = date;
              else
                g_free (date);
              np_txt_set_role (&st, i, NP_LINE_META);
              continue;
            }
          /* a date line, not a chat's first message ("[2026-11-28 10:32]
           * Ann: hi") nor a sentence ("The launch moved to May 2, 2024.") */
          if (!doc->date && l->content_len <= 60 && !timed_turn (l)
              && !np_txt_ends_sentence (l->content, l->content_len)
              && (date = np_meta_find_date (l->content, l->content_len)))
            {
              doc->date = date;
              /* the first message's header dates the chat and heads its item */
              if (!opens_chat_copy (ctx, i))
                {
                  np_txt_set_role (&st, i, NP_LINE_META);
                  continue;
                }
            }
        }

      if (!is_bullet)
        {
          /* setext heading: text underlined by === or --- */
          char ch = 0;
          if (i + 1 < ctx->n_lines && l->indent == 0 && l->content_len <= 80
              && np_is_rule (ctx->lines[i + 1].content, ctx->lines[i + 1].content_len, &ch)
              && (ch == '=' || ch == '-') && ctx->lines[i + 1].indent == 0)
            {
              np_builder_heading (b, ch == '=' ? 1 : 2, l->content, l->content_len, lineno);
              np_txt_set_role (&st, i, NP_LINE_HEADING);
              np_txt_set_role (&st, i + 1, NP_LINE_HEADING);
              st.prev_role = NP_LINE_HEADING;
              st.blank_run = 0;
              i++;
              st.header_done = TRUE;
              g_array_set_size (st.indents, 0);
              continue;
            }
          if (is_heading (&st, i))
            {
              gboolean session = np_txt_is_session_heading (l);
              guint level = session ? 1 : (st.have_session ? 2 : 1);
              st.have_session |= session;
              /* "    A. Chair [Shane]" under "4. Executive Officer Reports" */
              if (l->indent > 0 && st.outline_level)
                level = st.outline_level + 1;
              else if (l->indent == 0)
                st.outline_level = 0;
              gsize n;
              const char *t = np_txt_heading_title (l, &n);
              np_builder_heading (b, level, t, n, lineno);
              np_txt_set_role (&st, i, NP_LINE_HEADING);
              st.header_done = TRUE;
              g_array_set_size (st.indents, 0);
              continue;
            }
        }

      if (is_bullet && is_numbered_heading (&st, i, &bullet))
        {
          guint level = st.have_session ? 2 : 1;
          st.outline_level = level;
          np_builder_heading (b, level, bullet.text, bullet.text_len, lineno);
          np_txt_set_role (&st, i, NP_LINE_HEADING);
          st.header_done = TRUE;
          g_array_set_size (st.indents, 0);
          continue;
        }
      if (is_bullet)
        {
          guint level = glyph_level (&st, &bullet, level_for_indent (&st, l->indent) + bullet.glyphs - 1);
          np_builder_bullet (b, level, &bullet, lineno);
          np_txt_set_role (&st, i, NP_LINE_ITEM);
          st.header_done = TRUE;
          continue;
        }

      /* running text: a continuation of the open item, or a paragraph */
      NpItem *last = np_builder_last_item (b);
      gboolean join = FALSE;
      if (b->item_open && last)
        {
          /* a copied chat's next message from the same sender shows its
           * time alone ("10:09"), under the sender's "Ann Lee  10:08 AM" */
          const NpLine *head = &ctx->lines[last->line - 1];
          if (st.blank_run == 0 && np_text_clock_len (l->content, l->content_len) == l->content_len
              && (np_txt_is_chat_copy_header (head->content, head->content_len)
                  || np_line_is_speaker_time (head->content, head->content_len)))
            join = TRUE;
          /* in a hanging indent, a line deeper than the entry's first
           * is the entry's ("Priya: Checked it yesterday." over "  Suggest
           * switching ..."), whatever ends the line above */
          else if (st.blank_run == 0 && hanging && hanging[last->line - 1] && last->kind == NP_ITEM_PARAGRAPH
                   && l->indent > head->indent && !np_starts_with_speaker_label (l->content, l->content_len)
                   && !np_line_is_scribe_aside (l->content, l->content_len))
            join = TRUE;
          /* "... subscribe to the" over "<debian-package-git> mailing list" */
          else if (st.blank_run == 0 && np_line_angle_mid_sentence (ctx, i))
            join = TRUE;
          else if (st.blank_run == 0)
            join = !(np_starts_with_speaker_label (l->content, l->content_len) || speaker_over_indented (ctx, i)
                     || np_reader_attendee_over_list (ctx, i, TRUE, TRUE)
                     || np_line_is_scribe_aside (l->content, l->content_len)
                     /* a copied chat's thread reply, a message's reactions */
                     || np_line_is_chat_reply_or_reactions (l)
                     /* ... and nothing runs on after one */
                     || (last->line == lineno - 1
                         && np_line_is_scribe_aside (ctx->lines[i - 1].content, ctx->lines[i - 1].content_len))
                     || np_reader_narration_after_turn (ctx, i)
                     || np_line_opens_chat_turn (ctx, l)
                     /* a copied chat's "Ann Lee  10:32 AM" or "[10:32 AM] Ann Lee"
                      * over its messages */
                     || np_line_is_speaker_time (l->content, l->content_len)
                     || np_line_is_name_over_time (ctx, l)
                     || np_txt_is_chat_copy_header (l->content, l->content_len)
                     || np_line_is_next_log_entry (ctx, l, last->line)
                     /* WeeChat's log: each line a message or a notice */
                     || np_text_tab_log_line (l->content, l->content_len, NULL, NULL)
                     /* a transcript saved a paragraph a line: a speaker's name
                      * over the turn, after the end of the last one */
                     || (np_txt_ends_sentence (ctx->lines[i - 1].content, ctx->lines[i - 1].content_len)
                         && np_txt_name_over_turn (ctx, i))
                     /* ... or a chat copied without its times, whatever
                      * ends the last message */
                     || np_txt_recurring_name_line (ctx, i)
                     /* "Speaker 2: (00:47) ...": a turn with its time */
                     || np_txt_timed_label (l)
                     /* a record's answer after its question's end, however
                      * long the question ran ("A. Mark Tanner." under "Q.
                      * Please state your name for the record.") */
                     || (np_txt_ends_sentence (ctx->lines[i - 1].content, ctx->lines[i - 1].content_len)
                         && np_txt_in_qa_run (ctx, i))
                     /* a turn's label the notes use elsewhere too, after a
                      * sentence's end, however long the line before it */
                     || np_line_known_turn_label (ctx, i)
                     /* "bob: agreed" under "alice: I think ..." */
                     || np_reader_nick_turn_line (ctx, i, last->line - 1, &st.nick_names)
                     /* "Motion by ...", "Motion carries 4-0-1." */
                     || np_line_opens_record (ctx, i)
                     /* a pad's line signed by an attendee ("... -- hkoivisto"):
                      * a turn whole, apart from the lines around it */
                     || np_line_signed_by_attendee (ctx->doc, l)
                     || np_line_signed_by_attendee (ctx->doc, &ctx->lines[i - 1])
                     /* a note in brackets alone on its line ("[adjourned]",
                      * "[break]", "[End of minutes]"), or an aside in
                      * parentheses ("(laughter)"), no words of the line
                      * above */
                     || np_txt_bracket_note (ctx, i)
                     /* a quotation's "> " line, or a line left of the
                      * open item's wrapped lines */
                     || (last->end_line == lineno - 1
                         && np_txt_apart_from_item (ctx, i, last->line - 1,
                                                    last->kind == NP_ITEM_BULLET || last->kind == NP_ITEM_NUMBERED))
                     /* a transcript's clock with its seconds alone on its
                      * line ("00:05:12", Google Meet's), no words of the
                      * turn above (a chat copy's "10:32 AM" under its
                      * sender's name is its header's) */
                     || np_line_is_clock_alone (l)
                     /* a line that opens like a turn, or a turn's end, where
                      * the last line ends as its writer broke it */
                     || np_txt_opens_after_break (ctx, st.width, i, last->line - 1, last->kind)
                     /* a hanging indent's next entry ("gm: ..." under "sb: ..." and
                      * its wrapped lines indented deeper), or its first under a
                      * label alone ("Comments:") */
                     || (last->kind == NP_ITEM_PARAGRAPH
                         && np_txt_opens_hanging_entry (ctx, hanging, i, last->line - 1))
                     /* editors save text a paragraph a line: the line under a
                      * title of one line, under a list item (bulleted or
                      * numbered) short enough for its first word to have fit */
                     || (last->line == lineno - 1
                         && (np_txt_title_over_block (ctx, i - 1)
                             || ((last->kind == NP_ITEM_BULLET || last->kind == NP_ITEM_NUMBERED)
                                 && np_txt_fits_before (&ctx->lines[i - 1], l)))))
                   /* a saved chat's message, "Slides: <url>", under its header */
                   || (l->indent > 0 && !np_txt_is_chat_header (l)
                       && np_txt_is_chat_header (&ctx->lines[last->line - 1]));
          else
            {
              gsize len;
              const char *t = b->text->str + last->start;
              len = b->text->len - last->start;
              /* a turn of its own ("Rich: ...") after a blank line starts
               * an item, even under a heading-like line without a stop.
               * Where the export indents every line (W3C's minutes), the
               * item's own first line is the margin: a capital there or
               * left of it opens the next paragraph, and a lower-case line
               * left of it too */
              guint margin = ctx->lines[last->line - 1].indent;
              join = ((l->indent > margin || (np_txt_starts_lower (l) && l->indent >= margin)
                       /* a list item pdftotext broke with a blank line */
                       || (st.blank_run == 1 && last->kind == NP_ITEM_BULLET && l->indent >= margin
                           && np_txt_cut_mid_sentence (t, len)))
                      && (!np_txt_ends_sentence (t, len) || np_txt_starts_lower (l) || np_line_is_url (l))
                      /* a transcript's time mark alone ("00:05:00", Google Meet) */
                      && np_text_clock_len (l->content, l->content_len) != l->content_len
                      && !np_line_opens_chat_turn (ctx, l) && !np_starts_with_speaker_label (l->content, l->content_len)
                      && !np_txt_is_chat_copy_header (l->content, l->content_len)
                      && !np_line_is_speaker_time (l->content, l->content_len) /* "jsmith  10:32 AM" */
                      && !np_line_is_scribe_aside (l->content, l->content_len) /* "q+", "ack dom" */
                      /* paragraphs that each open with a nickname's colon
                       * ("ferdy: I can ..." then "tvolk: what about ...") */
                      && !(np_line_opens_with_label (l)
                           && (np_line_opens_with_label (&ctx->lines[last->line - 1])
                               || (g_ascii_islower (l->content[0]) && nick_turns (&st))))
                      /* a hanging indent's first entry ("rw: thanks ..." over
                       * its lines indented deeper) is no wrapped line */
                      && !(hanging && hanging[i]))
                     /* the text of a turn whose speaker line stands apart */
                     || (last->kind == NP_ITEM_PARAGRAPH && np_line_is_speaker_time (t, len)
                         && !np_line_is_speaker_time (l->content, l->content_len))
                     /* a saved chat's message goes on, indented, after an
                      * empty line of its own ("Replying to ..." over it) */
                     || (st.blank_run == 1 && l->indent > 0 && !np_txt_is_chat_header (l)
                         && np_txt_is_chat_header (&ctx->lines[last->line - 1]));
            }
        }
      if (join)
        {
          /* "imple-" over "mentation": the word whole again */
          gboolean url = url_continues (b, last, l);
          if (!url
              && np_reader_hyphen_joins (ctx, &st.words, b->text->str + last->start, b->text->len - last->start, l))
            {
              g_string_truncate (b->text, b->text->len - 1);
              last->end = b->text->len;
              url = TRUE; /* no separator */
            }
          np_builder_continue (b, lineno, l->content, l->content_len, url ? "" : " ");
        }
      else
        {
          /* a paragraph at the margin is level 0, and lines indented
           * under it nest in it ("melwitt: a patch" over "  bauzas: ...") */
          guint level = l->indent > 0 ? level_for_indent (&st, l->indent)
                                      : (g_array_set_size (st.indents, 0), level_for_indent (&st, 0));
          np_builder_item (b, level, NP_ITEM_PARAGRAPH, 0, lineno, l->content, l->content_len);
          if (term_over_indented (ctx, i))
            np_builder_last_item (b)->flags |= NP_ITEM_DEFINITION;
          st.header_done = TRUE;
        }
      np_txt_set_role (&st, i, NP_LINE_ITEM);
    }
  g_array_free (st.indents, TRUE);
  g_free (st.group_role);
  if (st.words)
    g_hash_table_unref (st.words);
}
