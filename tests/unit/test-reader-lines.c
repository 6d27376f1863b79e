/* test-reader-lines.c: plain text saved a paragraph or a turn a line,
 * with no blank line between: where a line break is the writer's, and a
 * line after it opens an item instead of running on in the one above;
 * where it could be a wrap, and the lines stay one item. */
#include <string.h>

#include "np-private.h"
#include "reader-helpers.h"

/* The text of the item at line (a new string) */
static char *
text_at (NpDocument *doc, guint line)
{
  const NpItem *it = item_at_line (doc, line);
  g_assert_nonnull (it);
  return text_of (doc, it);
}

/* The item at line opens there and ends at end_line */
static void
assert_item_lines (NpDocument *doc, guint line, guint end_line)
{
  const NpItem *it = item_at_line (doc, line);
  g_assert_nonnull (it);
  g_assert_cmpuint (it->line, ==, line);
  g_assert_cmpuint (it->end_line, ==, end_line);
}

/* A numbered list item ends where the next line's first word would have
 * fit on it ("1. CALL TO ORDER" over "Mayor Lee called ..."), as a
 * bulleted one does; an outline's entry under it ("5a. Minutes") is no
 * number going on with its sentence, nor after a blank line under a
 * sentence's end ("6b. Contract award"), while a number wrapped to the
 * next line still is ("15 people") */
static void
test_numbered_items_end (void)
{
  static const char text[] = "Council minutes\n\n"
                             "1. CALL TO ORDER\n"                                    /* 3 */
                             "Mayor Lee called the meeting to order at 7:02 p.m.\n"  /* 4 */
                             "2. CONSENT CALENDAR\n"                                 /* 5 */
                             "5a. Minutes of February 18, 2025\n"                    /* 6 */
                             "5b. Warrant register, February\n"                      /* 7 */
                             "Motion by Bello, second by Chen. Motion carried 5-0.\n" /* 8 */
                             "\n6b. Contract award: Riverside Park playground\n"    /* 10 */
                             "Councilmember Ortiz recused himself, and the vote was taken with\n"
                             "\n15 people in the room.\n"                            /* 13 */
                             "3. ADJOURNMENT\n"                                      /* 14 */
                             "The meeting ended at 8:31 p.m.\n";
  NpDocument *doc = read_as ("council.txt", NULL, text);
  assert_lines_accounted (doc, text);
  g_autofree char *call = text_at (doc, 3);
  g_assert_cmpstr (call, ==, "CALL TO ORDER");
  assert_item_lines (doc, 4, 4);
  assert_item_lines (doc, 5, 5);
  assert_item_lines (doc, 6, 6);
  assert_item_lines (doc, 7, 7);
  assert_item_lines (doc, 8, 8);
  assert_item_lines (doc, 10, 13);
  assert_item_lines (doc, 14, 14);
  guint n;
  np_document_get_sections (doc, &n);
  g_assert_cmpuint (n, ==, 0);
  np_document_unref (doc);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reader/text/numbered-items-end", test_numbered_items_end);
  return g_test_run ();
}
