/* test-reader-people-labels.c: the labels over people and the fields
 * between them: a plural label in the singular, the fields of a roles
 * line, a group's "Present", a label that names nobody over a roster, a
 * role in parentheses.  (test-reader-people.c has the lists themselves.) */
#include <string.h>

#include <notepipe/notepipe.h>

#include "np-private.h"
#include "reader-helpers.h"

static void
assert_attendees (NpDocument *doc, const char *expected)
{
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_autoptr (GString) names = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (names, "%s%s", i ? ";" : "", p[i].name);
  g_assert_cmpstr (names->str, ==, expected);
}

/* "Guest:" as "Guests:", with its person on the line; a title after her
 * is none of the people.  A turn of a transcript ("Guest: Thanks ...")
 * names nobody, and "Speaker:" over one talk is no list of attendees. */
static void
test_singular_label (void)
{
  const char *text = "# PSC\n\nPresent: Marta Kowalczyk (MK), Tobias Lindqvist (TL)\n"
                     "Guest: Lucía Ferrer (LF), Developer-in-Residence\n\n## Topic\n\nSpeaker: Ann Lee\n\n"
                     "Guest: Thanks for having me.\n";
  NpDocument *doc = read_as ("psc.md", NULL, text);
  assert_attendees (doc, "Marta Kowalczyk;Tobias Lindqvist;Lucía Ferrer");
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[2].abbreviation, ==, "LF");
  g_assert_cmpuint (np_document_get_line_role (doc, 4), ==, NP_LINE_ATTENDEE);
  g_assert_nonnull (item_at_line (doc, 8));
  g_assert_nonnull (item_at_line (doc, 10));
  np_document_unref (doc);
  doc = read_as ("psc.txt", NULL, "PSC\n\nAttendee: Bo Chen, Editor-in-Chief\n\nBo: hi\n");
  assert_attendees (doc, "Bo Chen");
  np_document_unref (doc);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reader/people-labels/singular-label", test_singular_label);
  return g_test_run ();
}
