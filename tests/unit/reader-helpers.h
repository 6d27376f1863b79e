/* reader-helpers.h: what the reader tests (test-reader*.c) share: reading
 * a note written in the test, and checking that every line of it is
 * accounted for. */
#ifndef NP_READER_HELPERS_H
#define NP_READER_HELPERS_H

#include <string.h>

#include <notepipe/notepipe.h>

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
