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

/* The fields of a roles line joined by a middle dot, a bullet or a bar:
 * each role's people after its label; no label becomes a name.  In a list
 * with commas a bar stays before a name's affiliation. */
static void
test_role_line_fields (void)
{
  NpDocument *doc = read_as ("wg.md", NULL,
                             "# WG\n\nFacilitator: @amara-okafor \xc2\xb7 Scribe: @lhuber\n\n"
                             "Chair: Ann Lee, Bo Chen \xe2\x80\xa2 Scribe: Cy Diaz\n\n## Notes\n\n- a note\n");
  assert_attendees (doc, "Ann Lee;Bo Chen;Cy Diaz");
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[1].role, ==, "Chair");
  g_assert_cmpstr (p[2].role, ==, "Scribe");
  np_document_unref (doc);
  doc = read_as ("wg.txt", NULL,
                 "WG\n\nChair: Ann Lee | Scribe: Bob Jones\n\nPresent: Cy Diaz \xc2\xb7 Di Eve \xc2\xb7 Ed Fox\n\n"
                 "Notes\n\nAttendees: Fay Gold | Google, Gus Hill | Acme\n\n- a note\n");
  assert_attendees (doc, "Ann Lee;Bob Jones;Cy Diaz;Di Eve;Ed Fox;Fay Gold;Gus Hill");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[1].role, ==, "Scribe");
  g_assert_cmpstr (p[5].affiliation, ==, "Google");
  np_document_unref (doc);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reader/people-labels/singular-label", test_singular_label);
  g_test_add_func ("/reader/people-labels/role-line-fields", test_role_line_fields);
  return g_test_run ();
}
