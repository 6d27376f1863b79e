/* test-speakers-intl.c: minutes kept in other languages than English:
 * their titles of address, attendee labels, label words, offices and
 * anonymous voices. */
#include <string.h>

#include "test-speakers.h"

/* Titles of address of German, Italian and Dutch minutes go like "Mr.":
 * "Dott. Rossi:" is the attendee Dott. Marco Rossi, listed as Marco
 * Rossi; two titles ("Herr Dr. Weber") and a title of two words ("De heer
 * Smit") as well */
static void
test_titles (void)
{
  static const char italian[] = "Verbale\n\nPresenti: Dott. Marco Rossi, Dott.ssa Giulia Bianchi, Ing. Luca Ferrari\n\n"
                                "Dott. Rossi: apre la seduta alle 10:10.\n"       /* 5 */
                                "Dott.ssa Bianchi: il ritardo incide sul piano.\n" /* 6 */
                                "Ing. Ferrari: no, abbiamo margine.\n";           /* 7 */
  g_autoptr (NpDocument) doc = run_text ("verbale.txt", italian, NULL);
  assert_speakers (doc, 5, "Marco Rossi");
  assert_speakers (doc, 6, "Giulia Bianchi");
  assert_speakers (doc, 7, "Luca Ferrari");
  static const char german[] = "Protokoll\n\nAnwesend: Dr. Klaus Weber, Petra Hoffmann, Henk Smit\n\n"
                               "Herr Dr. Weber: Wie hoch sind die Forderungen?\n" /* 5 */
                               "Fr. Hoffmann: Etwa 1.650 Euro.\n"                 /* 6 */
                               "De heer Smit: dat klopt.\n";                      /* 7 */
  g_autoptr (NpDocument) gdoc = run_text ("protokoll.txt", german, NULL);
  assert_speakers (gdoc, 5, "Klaus Weber");
  assert_speakers (gdoc, 6, "Petra Hoffmann");
  assert_speakers (gdoc, 7, "Henk Smit");
}

void
add_intl_tests (void)
{
  g_test_add_func ("/speakers/intl/titles", test_titles);
}
