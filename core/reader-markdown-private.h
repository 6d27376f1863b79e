/* reader-markdown-private.h: the Markdown reader's state, shared by
 * reader-markdown.c (the block parser) and reader-markdown-tables.c (pipe
 * tables, attendee tables among them). */
#ifndef NP_READER_MARKDOWN_PRIVATE_H
#define NP_READER_MARKDOWN_PRIVATE_H

#include "reader.h"

G_BEGIN_DECLS

typedef struct
{
  guint marker_indent;
  guint content_col;
  guint32 item;
} ListLevel;

typedef struct
{
  NpReadContext *ctx;
  NpBuilder *b;
  GArray *list; /* ListLevel */
  gboolean last_blank;
  gboolean para_open;       /* the last item takes lazy continuation lines */
  gboolean in_quote;
  gboolean attendee_section; /* under a Present/Attendees heading */
  guint attendee_level;      /* its level: deeper headings (### Members) stay in it */
  gboolean attendee_label;   /* after "**Attendees:**": the next list or table is people */
  guint label_entry_line;    /* the label's line alone, or the last person a line right under it */
  char *label_role;          /* with it, the role of a label alone ("Regrets:" over its list), or NULL */
  guint label_level;         /* and the level of its list: the items the label is inside, 0 outside any */
  gboolean seen_heading;
  gboolean generic_title;    /* the notes' heading names no meeting ("# 📝 Notes") */
  gint nick_names;           /* np_reader_nick_turn_line's count, -1 until asked */
  gint nested_people;        /* under "* **Attendees**" with the people nested below it: the
                              * label's indent; -1 elsewhere */
  char *nested_role;         /* its role when the label is an absence's ("* **Absent**"), or NULL */
  guint log_close;           /* the line closing a fence around a chat log, read as lines; G_MAXUINT */
} MdState;

/* reader-markdown-head.c */
/* A heading set in emphasis whole, "# **2020-08-21 Meeting**": its words
 * (text and len moved in) */
G_GNUC_INTERNAL void np_md_unwrap_emphasis (const char **text, gsize *len);
/* Are the items so far images only ("![logo](...)"), or none? */
gboolean np_md_only_images_before (const NpBuilder *b);
/* Could the heading name the notes: not a part's ("Attendees", "Notes")? */
gboolean np_md_names_the_notes (const char *text, gsize len);
/* Does the heading name a part of any notes, pictographs before it
 * ("# 📝 Notes")? */
gboolean np_md_generic_heading (const char *text, gsize len);
/* The heading's text as the notes' title and its date as theirs, unless
 * they have them */
void np_md_name_notes (NpDocument *doc, const char *text, gsize len);
/* Is s (n bytes) a header's date line ("Date: ...", "Created: ...")?
 * The notes' date from it unless they have one */
gboolean np_md_take_date_line (NpDocument *doc, const char *s, gsize n);
/* Is line i a paragraph of one line that is a date and little more?
 * Then the notes' date */
gboolean np_md_date_paragraph (NpReadContext *ctx, guint i);

static inline void
np_md_role (MdState *st, guint i, NpLineRole r)
{
  np_document_set_line_role (st->ctx->doc, i + 1, r);
}

/* Is line l a table's delimiter row ("|---|:--:|")? */
G_GNUC_INTERNAL gboolean np_md_is_table_delimiter (const NpLine *l);
/* Is line l a pipe table's row? */
G_GNUC_INTERNAL gboolean np_md_is_table_row (const NpLine *l);
/* The pipe table whose header is line i: its people (an attendee table)
 * or its rows as items; the lines read, from i */
G_GNUC_INTERNAL guint np_md_read_table (MdState *st, guint i);

G_END_DECLS

#endif
