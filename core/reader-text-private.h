/* reader-text-private.h: the questions of plain-text lines that the text
 * reader asks (reader-text-lines.c), internal. */
#ifndef NP_READER_TEXT_PRIVATE_H
#define NP_READER_TEXT_PRIVATE_H

#include "bullets.h"
#include "reader.h"

G_BEGIN_DECLS

guint np_txt_count_words (const char *s, gsize len);
gboolean np_txt_is_session_heading (const NpLine *l);
gboolean np_txt_ends_sentence (const char *s, gsize len);
/* A line in lower case, or opening with a number that is no outline's */
gboolean np_txt_starts_lower (const NpLine *l);
/* An outline's number opening the line, a capital after it: "5a. Minutes",
 * "6b. Contract award", "2) Budget", "3.1 Scope" */
gboolean np_txt_opens_outline_number (const NpLine *l);
gboolean np_txt_looks_like_heading_text (const NpLine *l);
gboolean np_txt_is_subtitle (const NpReadContext *ctx, guint i);
gboolean np_txt_is_status_banner (const NpLine *l);
gboolean np_txt_line_is_content (const NpLine *l);
/* Was the break between line l and the next one the writer's, not a
 * wrap of the export: would the next line's first word have fit on l
 * within the narrowest width exports wrap at (and it is no continuation
 * in lower case)? */
gboolean np_txt_fits_before (const NpLine *l, const NpLine *next);
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
gint np_txt_next_content (NpReadContext *ctx, guint i, guint *blanks);
gboolean np_txt_is_chat_copy_header (const char *c, gsize n);
gboolean np_txt_is_chat_header (const NpLine *l);
gboolean np_txt_opens_chat_line (const NpLine *l);
gboolean np_txt_is_turn_line (const NpLine *l);
gboolean np_txt_numbered_heading_shape (NpReadContext *ctx, guint i, const NpBullet *bullet);
gint np_txt_glyph_rank (gunichar g);
const char *np_txt_heading_title (const NpLine *l, gsize *len);

G_END_DECLS

#endif
