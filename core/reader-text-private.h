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
gboolean np_txt_starts_lower (const NpLine *l);
gboolean np_txt_looks_like_heading_text (const NpLine *l);
gboolean np_txt_is_subtitle (const NpReadContext *ctx, guint i);
gboolean np_txt_is_status_banner (const NpLine *l);
gboolean np_txt_line_is_content (const NpLine *l);
/* Is the break between line l and the next one, no blank between, the
 * writer's, after a title: l is short enough for the next line's first
 * word to have fit on it, that line is a paragraph's (a sentence or a long
 * line, no continuation in lower case), and l is a heading's text, not a
 * sentence, a turn, a label over its text or a speaker's or a chat's
 * line? */
gboolean np_txt_break_is_hard (const NpLine *l, const NpLine *next);
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
