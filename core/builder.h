/* builder.h: how readers add sections and items to a document (internal).
 *
 * Readers report structure in source order; the builder keeps the nesting
 * stacks, the normalized text and the section ranges, so both readers
 * share one definition of "parent", "depth" and "continuation". */
#ifndef NP_BUILDER_H
#define NP_BUILDER_H

#include "np-private.h"

G_BEGIN_DECLS

typedef struct
{
  NpDocument *doc;
  GString *text;
  GArray *item_stack;    /* ItemLevel: open items by raw level */
  GArray *section_stack; /* SectionLevel */
  gboolean item_open;    /* the last item may take continuation lines */
  guint last_line;
  gboolean markdown;     /* text is Markdown: its backslash escapes ("\\[", "\\*", "\\:") are
                          * written as the characters, outside code spans and code items */
} NpBuilder;

void np_builder_init (NpBuilder *b, NpDocument *doc);
/* Finish: section ranges, doc->text.  The builder is empty afterwards. */
void np_builder_finish (NpBuilder *b);

void np_builder_heading (NpBuilder *b, guint level, const char *title, gssize len, guint line);
/* Start an item at raw nesting level (any non-negative number; only the
 * order matters).  Text is trimmed.  Returns the item id. */
guint32 np_builder_item (NpBuilder *b, guint level, NpItemKind kind, gunichar marker, guint line,
                         const char *text, gssize len);
/* Start a list item of a parsed bullet (bullets.h): its kind, marker,
 * text and task box */
struct _NpBullet;
guint32 np_builder_bullet (NpBuilder *b, guint level, const struct _NpBullet *bullet, guint line);
/* Append a continuation line to the open item, joined by sep. */
void np_builder_continue (NpBuilder *b, guint line, const char *text, gssize len, const char *sep);
void np_builder_close_item (NpBuilder *b);
NpItem *np_builder_last_item (NpBuilder *b);
/* Level of the innermost open item, -1 if none */
gint np_builder_open_level (NpBuilder *b);

G_END_DECLS

#endif
