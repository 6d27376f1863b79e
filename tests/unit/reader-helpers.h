/* reader-helpers.h: what the reader tests (test-reader*.c) share: reading
 * a note written in the test, finding its items, and checking that every
 * line of it is accounted for. */
#ifndef NP_READER_HELPERS_H
#define NP_READER_HELPERS_H

#include <string.h>

#include <notepipe/notepipe.h>

/* The item that spans line (1-based), or NULL */
static inline const NpItem *
item_at_line (NpDocument *doc, guint line)
{
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  for (guint i = 0; i < n; i++)
    if (items[i].line <= line && line <= items[i].end_line)
      return &items[i];
  return NULL;
}

/* The item at line opens there and ends at end_line */
static inline void
assert_item_lines (NpDocument *doc, guint line, guint end_line)
{
  const NpItem *it = item_at_line (doc, line);
  g_assert_nonnull (it);
  g_assert_cmpuint (it->line, ==, line);
  g_assert_cmpuint (it->end_line, ==, end_line);
}

/* The text of an item (a new string) */
static inline char *
text_of (NpDocument *doc, const NpItem *it)
{
  return np_document_dup_item_text (doc, it->id);
}

/* text read as the file name (format NULL: detected), checked valid */
static inline NpDocument *
read_as (const char *name, const char *format, const char *text)
{
  g_autoptr (GError) error = NULL;
  NpReadOptions o = { .input_format = format };
  NpDocument *doc = np_read_bytes (name, text, strlen (text), &o, &error);
  g_assert_no_error (error);
  g_assert_nonnull (doc);
  np_document_validate (doc, &error);
  g_assert_no_error (error);
  return doc;
}

/* every non-blank line is an item, heading, attendee, metadata or debris */
static inline void
assert_lines_accounted (NpDocument *doc, const char *text)
{
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_strstrip (lines[i]);
      if (!*lines[i])
        continue;
      NpLineRole r = np_document_get_line_role (doc, i + 1);
      if (r == NP_LINE_BLANK)
        g_error ("line %u (%s) is not accounted for", i + 1, lines[i]);
    }
}

#endif
