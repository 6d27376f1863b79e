/* bullets.h: list markers and debris lines (internal). */
#ifndef NP_BULLETS_H
#define NP_BULLETS_H

#include "np-private.h"

G_BEGIN_DECLS

typedef struct _NpBullet
{
  guint glyphs;      /* markers in a row: "- o text" has 2 */
  gunichar marker;   /* the first one; '1' for numbered, 'a' for a) */
  NpItemKind kind;   /* BULLET or NUMBERED */
  const char *text;  /* after the markers (and a task's box) */
  gsize text_len;
  guint8 task;       /* a task list's box after the marker: 0 none, NP_ITEM_TASK, or NP_ITEM_TASK | NP_ITEM_TASK_DONE */
  guint8 box_len;    /* its bytes ("[ ] "), counted in text's offset */
} NpBullet;

/* plain_text: accept 'o' as a glyph and glyph runs ("- o") */
gboolean np_parse_bullet (const char *content, gsize len, gboolean plain_text, NpBullet *b);
/* Lone glyphs and page numbers left by page breaks: "0", "•", "o", "12" */
gboolean np_is_debris (const char *content, gsize len);
/* "---", "===", "***", "___" (spaces allowed); *ch gets the character */
gboolean np_is_rule (const char *content, gsize len, char *ch);

/* A line that opens with a speaker mark ("Name: ", "ABC (summary): ",
 * "[name] ", "**Name**: "): in running text it starts a new turn rather
 * than continuing the previous paragraph. */
gboolean np_starts_with_speaker_label (const char *content, gsize len);
/* A note-taker's aside, the whole line in parentheses after its label:
 * "(note-taker: the line dropped here for a minute)", "(Scribe note:
 * ...)", or a queue command that an IRC-scribed meeting's minutes keep
 * ("q+", "q+ to ask about tests", "q-", "ack dom"): no wrapped line of
 * the turn above */
gboolean np_line_is_scribe_aside (const char *content, gsize len);

/* Bytes of the clock time at s ("10:32", "[10:32:05]", "(10:32 AM)",
 * "[2024-05-02 10:32]", "[12-Jan-24 10:32 AM]", a segment's "[00:00:03.120 -->
 * 00:00:07.880]"), 0 if none; np_text_time_prefix() (text.c) is
 * this followed by spaces and more text. */
gsize np_text_clock_len (const char *s, gsize len);

/* A lower-case particle of a surname at s with the space after it ("de ",
 * "van ", "von ", "der ", "al "), or a run of them ("de la "), followed by
 * a capital: its length with the space, or 0 */
gsize np_text_name_particle (const char *s, gsize len);

G_END_DECLS

#endif
