/* reader-text-private.h: the questions of plain-text lines that the text
 * reader asks (reader-text-lines.c), its state and its attendee lists
 * (reader-text-people.c), internal. */
#ifndef NP_READER_TEXT_PRIVATE_H
#define NP_READER_TEXT_PRIVATE_H

#include "bullets.h"
#include "reader.h"

G_BEGIN_DECLS

guint np_txt_count_words (const char *s, gsize len);
gboolean np_txt_is_session_heading (const NpLine *l);
gboolean np_txt_ends_sentence (const char *s, gsize len);
/* Does s end cut mid-sentence: with a comma or a word that cannot end
 * one ("... prototype exists under", "... 4-6% CPU reduction,")? */
gboolean np_txt_cut_mid_sentence (const char *s, gsize len);
/* A line in lower case, or opening with a number that is no outline's
 * and no clock alone */
gboolean np_txt_starts_lower (const NpLine *l);
/* An outline's number opening the line, a capital after it: "5a. Minutes",
 * "6b. Contract award", "2) Budget", "3.1 Scope" */
gboolean np_txt_opens_outline_number (const NpLine *l);
gboolean np_txt_looks_like_heading_text (const NpLine *l);
gboolean np_txt_is_subtitle (const NpReadContext *ctx, guint i);
gboolean np_txt_is_status_banner (const NpLine *l);
gboolean np_txt_line_is_content (const NpLine *l);
/* The narrowest width an export wraps text at: a line with room left
 * for the next line's first word within it was broken by its writer */
#define NP_TXT_WRAP_MIN_COLUMNS 40
/* Was the break between line l and the next one the writer's, not a
 * wrap of the export: would the next line's first word have fit on l
 * within the narrowest width exports wrap at (and it is no continuation
 * in lower case)? */
gboolean np_txt_fits_before (const NpLine *l, const NpLine *next);
/* Would the next line's first word have fit on l within width columns
 * (and it is no continuation in lower case)? */
gboolean np_txt_fits_within (const NpLine *l, const NpLine *next, guint width);
/* A note in brackets alone on line l, words in it ("[adjourned]") */
gboolean np_txt_bracket_note (const NpReadContext *ctx, guint i);
/* Does line i stand apart from the item opened at line first and held
 * up to line i - 1: a quotation's "> " line under no quotation, or a
 * line left of a list item's (bullet) wrapped lines under its text? */
gboolean np_txt_apart_from_item (NpReadContext *ctx, guint i, guint first, gboolean bullet);
/* The first dash with a space each side in s (n bytes), " - ", " -- ",
 * an en or em dash; or NULL */
const char *np_txt_spaced_dash (const char *s, gsize n);

/* reader-text-breaks.c.  The widest line of the notes (lines of one
 * word, a URL, left out): an export that wrapped them wrapped them at
 * that width or wider. */
guint np_txt_notes_width (const NpReadContext *ctx);
/* Is the break between line i and the next one the writer's: would the
 * next line's first word have fit on line i within the narrowest width
 * exports wrap at, or within the notes' width (np_txt_notes_width)? */
gboolean np_txt_writers_break (const NpReadContext *ctx, guint width, guint i);
typedef enum
{
  NP_TXT_OPENS_NOTHING,
  NP_TXT_OPENS_SPEECH, /* a speaker's words: "Name: text", "Unidentified speaker: text", "Q. text" */
  NP_TXT_OPENS_MARK,   /* a label alone ("BY MR. SMITH:"), a clock alone, an outline's number ("5a. Minutes") */
} NpTxtOpening;
/* Does line i open like a new turn or entry, as no wrapped line of
 * running text does after a writer's break: a speaker's label, also one
 * in lower case after its first word or with a number ("Unidentified
 * speaker: ", "Speaker 2: "); a record's "Q. " or "A. " with the other
 * within a few lines; a label alone; a clock alone; an outline's
 * number? */
NpTxtOpening np_txt_turn_opening (const NpReadContext *ctx, guint i);
/* Is line i a record's question or answer ("Q. ", "A. ") with the other
 * within a few lines, not a name's initial ("A. Smith said ...")? */
gboolean np_txt_in_qa_run (const NpReadContext *ctx, guint i);
/* Does the line open with a name or nickname and a colon ("wz: Thanks
 * ...", "Oliver: ...")? (reader-text-breaks.c) */
/* Does line i of running text, under the open item of that kind whose
 * first line is item_first, open an item of its own after a writer's
 * break (np_txt_writers_break) above it: it opens like a new turn
 * (np_txt_turn_opening), or the item is a turn ("Mayor Lee: Is there a
 * motion?") that ended its sentence there.  Never under a turn's header
 * (a speaker's line with the time, a chat's message header), whose text
 * follows on the lines below. */
gboolean np_txt_opens_after_break (const NpReadContext *ctx, guint width, guint i, guint item_first,
                                   NpItemKind kind);
/* A block of text lines written with a hanging indent, as minutes,
 * RFCs and glossaries write a list without markers: each entry's first
 * line at the block's margin, its wrapped lines indented deeper ("gm:
 * The last release vote ..." over "    Can the PMC check ...").  Per
 * line, is it at the margin of such a block (one where two lines head
 * lines indented deeper, or its first line heads lines aligned under its
 * text)?  NULL when none is; the caller frees it. */
gboolean *np_txt_hanging_margins (const NpReadContext *ctx);
/* Does line i, under the open paragraph whose first line is item_first,
 * open the next entry of a hanging indent (margins: np_txt_hanging_margins),
 * or its first under a label alone on that paragraph's line ("Comments:")? */
gboolean np_txt_opens_hanging_entry (const NpReadContext *ctx, const gboolean *margins, guint i, guint item_first);
/* A transcript's turn with its time after the label: "Speaker 2: (00:47)
 * Would that ...", Rev's export: a turn whatever the break before it */
gboolean np_txt_timed_label (const NpLine *l);
/* Is line i a title over the block right below it, no blank between, as
 * editors save text a paragraph a line: a heading's text, short enough
 * for the next line's first word to have fit on it, over a list item, a
 * paragraph (a sentence or a long line), or another title over one? */
gboolean np_txt_title_over_block (NpReadContext *ctx, guint i);
/* Is line i a speaker's name over the turn, as a transcript saved a
 * paragraph a line writes it ("Jane Doe" over "We should ship."): a name
 * of two to four capitalized words, short enough for the next line's
 * first word to have fit, in notes where another such line stands over
 * a turn? */
gboolean np_txt_name_over_turn (NpReadContext *ctx, guint i);
gboolean np_txt_recurring_name_line (NpReadContext *ctx, guint i);
/* Is what follows line l's label speech, a word in lower case among it,
 * not people or their company? */
gboolean np_txt_speech_after_label (const NpLine *l);
/* Does line i open with a speaker's label that opens a later line too? */
gboolean np_txt_label_recurs (const NpReadContext *ctx, guint i);
gint np_txt_next_content (NpReadContext *ctx, guint i, guint *blanks);
gboolean np_txt_is_chat_copy_header (const char *c, gsize n);
gboolean np_txt_is_comment_badge (const NpReadContext *ctx, guint i);
gboolean np_txt_is_chat_header (const NpLine *l);
gboolean np_txt_opens_chat_line (const NpLine *l);
gboolean np_txt_is_turn_line (const NpLine *l);
gboolean np_txt_numbered_heading_shape (NpReadContext *ctx, guint i, const NpBullet *bullet);
gint np_txt_glyph_rank (gunichar g);
const char *np_txt_heading_title (const NpLine *l, gsize *len);

/* The text reader's state over the lines (reader-text.c), shared with its
 * attendee lists (reader-text-people.c) */
typedef struct
{
  NpReadContext *ctx;
  GArray *indents;    /* indentation columns of open list levels */
  gboolean header_done;
  gboolean have_session;
  gboolean attendees; /* inside an attendee list */
  guint attendee_entries;
  gboolean attendee_tight; /* two of the list's lines met with no blank between */
  gboolean inline_people; /* the list's label line named people: a list item under it that
                           * names nobody ("1. Release", "Jane: it is green") is notes */
  char *group_role;   /* in it, the role title over the lines below ("Regrets"), or NULL */
  guint group_indent; /* 1 + the indentation of a group's item over its people ("* Chairs"), or 0 */
  guint notes_below;  /* in it, 1 + the indentation of a member (or a lead-in) over points
                       * nested under it, read as items; 0: none */
  guint blank_run;    /* blank or debris lines since the last content line */
  gboolean page_break; /* a page's furniture or a form feed since the last content line */
  NpLineRole prev_role;
  GHashTable *words;  /* the notes' words, for hyphens at lines' ends (reader-hyphen.c), or NULL */
  guint glyph_ranks;  /* the ranks of list glyphs met so far (np_txt_glyph_rank), one bit each */
  guint outline_level; /* the level of the last numbered heading at the margin ("1. Roll Call"), or 0 */
  gint numbered_headings; /* numbered lines of a heading's shape in the notes, up to 2; -1 until counted */
  gint nick_turns;        /* lines opening "nick: " (any indentation), up to 3; -1 until counted */
  gint nick_names;        /* different nicknames opening lines so, up to 3; -1 until counted */
  guint width;            /* the notes' widest line (np_txt_notes_width) */
} TextState;

/* Line i's role, and the blank run and last role that follow from it */
G_GNUC_INTERNAL void np_txt_set_role (TextState *st, guint i, NpLineRole role);
/* reader-text-people.c: does line *i open an attendee list (a label, with
 * its people on the line and below it; an absence's label alone), or
 * belong to the list open (st->attendees; which it may end)?  TRUE when
 * taken, *i then the last line taken. */
G_GNUC_INTERNAL gboolean np_txt_attendee_label_line (TextState *st, guint *i, gboolean is_bullet);
G_GNUC_INTERNAL gboolean np_txt_attendee_list_line (TextState *st, guint *i, gboolean is_bullet,
                                                    const NpBullet *bullet);

G_END_DECLS

#endif
