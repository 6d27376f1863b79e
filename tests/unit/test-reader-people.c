/* test-reader-people.c: attendee lists as the readers find them: labels
 * and group labels, subsections of a Present heading, handles and person
 * chips, one name a line in formal minutes, placeholders. */
#include <string.h>

#include <notepipe/notepipe.h>

#include "meta.h"
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

/* Person chips of document editors ("@Ann Lee @Bo Chen"), handles
 * without commas, and a definition list under "Present" */
static void
test_attendee_mentions (void)
{
  NpDocument *doc = read_as ("sync.md", NULL,
                             "# Sync\n\nAttendees: @Ann Lee @Bo Chen @Cy Diaz\n\nGuests: @dana @eli_f\n\n"
                             "Present: Fay Gold (@fay), Gus Hill @gus\n\n- a note\n");
  /* guests attend; a handle alone is the name there is */
  assert_attendees (doc, "Ann Lee;Bo Chen;Cy Diaz;dana;eli_f;Fay Gold;Gus Hill");
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_null (p[0].handle);
  g_assert_cmpstr (p[3].handle, ==, "dana");
  g_assert_cmpstr (p[5].handle, ==, "fay");
  g_assert_cmpstr (p[6].handle, ==, "gus");
  np_document_unref (doc);
  /* the handle first, the name in parentheses after it when the handle
   * takes letters of it; else the parentheses hold an affiliation */
  doc = read_as ("sig.md", NULL,
                 "# SIG Docs\n\nAttendees:\n- @natalie (Natalie Brooks)\n- @nbrooks2 (Nina Brooks)\n"
                 "- @kwame (Google Cloud)\n\n## Notes\n\n- a note\n");
  assert_attendees (doc, "Natalie Brooks;Nina Brooks;kwame");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[0].handle, ==, "natalie");
  g_assert_null (p[0].affiliation);
  g_assert_cmpstr (p[1].handle, ==, "nbrooks2");
  g_assert_cmpstr (p[2].handle, ==, "kwame");
  g_assert_cmpstr (p[2].affiliation, ==, "Google Cloud");
  np_document_unref (doc);
  /* an address alone: its local part is the name, as a handle's is */
  doc = read_as ("mail.md", NULL,
                 "# Sync\n\nAttendees: Ann Lee, carmen@example.com\n\n## Present\n\n- dan.ross@example.net\n"
                 "- Eve Park <eve@example.org>\n\n## Notes\n\n- a note\n");
  assert_attendees (doc, "Ann Lee;carmen;dan.ross;Eve Park");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[1].email, ==, "carmen@example.com");
  g_assert_cmpstr (p[2].email, ==, "dan.ross@example.net");
  g_assert_null (p[2].handle);
  g_assert_cmpstr (p[3].email, ==, "eve@example.org");
  np_document_unref (doc);
  doc = read_as ("wg.md", NULL, "# WG\n\nPresent\n:   Ann Lee, Bo Chen\n\nChair\n:   Ann\n");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (p[1].name, ==, "Bo Chen");
  np_document_unref (doc);
}

static void
test_attendee_groups (void)
{
  /* a group's label before its people; the first separator splits */
  NpDocument *doc = read_as ("lang.md", NULL,
                             "# Lang team\n\n## Attendance\n\n- People: TC, nikomatsakis, tmandry\n"
                             "- Others: Mara Bos\n- Alice Smith: Google, Inc.\n- Chair: Ann Lee\n\n"
                             "## Topic\n\nNot everyone present: we postponed.\n");
  assert_attendees (doc, "TC;nikomatsakis;tmandry;Mara Bos;Alice Smith;Ann Lee");
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[4].affiliation, ==, "Google, Inc.");
  g_assert_cmpuint (np_document_get_items (doc, &n)[0].line, ==, 12);
  np_document_unref (doc);

  /* a subsection of the attendee list is a group when it lists people */
  doc = read_as ("tsc.md", NULL,
                 "# TSC\n\n## Present\n\n### TSC\n\n* Ann Lee @ann\n\n### V8\n\n"
                 "* Adam Klein <mailto:adamk@example.com>\n\n### Other\n\n* Bo Chen\n\n"
                 "### Announcements\n\n* No announcements this week.\n* Myles, we need namespaces\n");
  assert_attendees (doc, "Ann Lee;Adam Klein;Bo Chen");
  g_assert_cmpuint (np_document_get_items (doc, &n)[0].line, ==, 19);
  g_assert_cmpuint (n, ==, 2);
  np_document_unref (doc);

  /* "In-person attendees:", "Remote attendees:" lines, as older TC39
   * notes open */
  doc = read_as ("plenary.md", NULL,
                 "# June 4 Meeting Notes\n\n**In-person attendees:** Aki Braun (AKI), Rob Palmer (RPR)\n\n"
                 "**Remote attendees:** Mathias Bynens (MB)\n\n## Opening\n\nAKI: Welcome.\n");
  assert_attendees (doc, "Aki Braun;Rob Palmer;Mathias Bynens");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[2].abbreviation, ==, "MB");
  g_assert_cmpuint (np_document_get_items (doc, &n)[0].line, ==, 9);
  g_assert_cmpuint (n, ==, 1);
  np_document_unref (doc);

  /* formal minutes in plain text: indented labels with their colon, one
   * name a line; a wrapped line that is one label word stays text */
  doc = read_as ("board.txt", NULL,
                 "Board Meeting Minutes\nMarch 20, 2024\n\n2. Roll Call\n\n    Directors Present:\n\n"
                 "      Rich Bowen\n      Shane Curcuru\n\n    Guests:\n\n      Daniel Gruno\n\n"
                 "3. Discussion\n\n    Sander: We should approve this.\n\nHearing for the deaf and hard of hearing\n"
                 "\tpeople\nDiscusses the needs.\n");
  assert_attendees (doc, "Rich Bowen;Shane Curcuru;Daniel Gruno");
  const NpItem *last = &np_document_get_items (doc, &n)[n - 1];
  g_assert_cmpuint (last->line, ==, 19);
  np_document_unref (doc);
}

static void
test_markdown_team_members (void)
{
  const char *text = "# Sync\n\nTeam members: Ann Lee (@ann), Bo Chen\n\n## Notes\n\n* Ann: hello\n";
  NpDocument *doc = read_as ("s.md", NULL, text);
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (p[0].handle, ==, "ann");
  g_assert_cmpstr (p[1].name, ==, "Bo Chen");
  np_document_unref (doc);
}

static void
test_markdown_present_subgroups (void)
{
  const char *text = "# TSC\n\n## Present\n\n### Members\n\n* Ann Lee @ann (TSC)\n\n### Observers\n\n"
                     "* Bo Chen @bo (observer)\n\n## Agenda\n\n### Topics\n\n* first item\n";
  NpDocument *doc = read_as ("p.md", NULL, text);
  guint n, ni;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (p[1].name, ==, "Bo Chen");
  g_assert_cmpstr (p[1].role, ==, "observer");
  np_document_get_items (doc, &ni);
  g_assert_cmpuint (ni, ==, 1);
  np_document_unref (doc);
  /* a long title is no group's: its bullets are items, not people */
  doc = read_as ("q.md", NULL,
                 "# TSC\n\n## Present\n\n* Ann Lee @ann\n\n### Announcements from the foundation board\n\n"
                 "* no news this week\n");
  np_document_get_attendees (doc, &n);
  g_assert_cmpuint (n, ==, 1);
  np_document_get_items (doc, &ni);
  g_assert_cmpuint (ni, ==, 1);
  np_document_unref (doc);
}

/* A member's points nested under her name in a people list are hers, as
 * items under the name (a standup under "## Team"); a lead-in over an
 * absent member's points ("Progress:") is no member; a detail of a person
 * ("remote") stays the person's */
static void
test_markdown_members_points (void)
{
  const char *text = "# Standup\n\n## Team\n\n* **Dev Patel**\n  * fixed the flaky test\n* **Emma Berg**\n"
                     "  * on call\n* Felix Ahn\n  * remote\n";
  NpDocument *doc = read_as ("t.md", NULL, text);
  assert_attendees (doc, "Dev Patel;Emma Berg;Felix Ahn");
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpuint (items[1].line, ==, 6);
  g_assert_cmpint (items[1].parent, ==, 0);
  g_assert_cmpuint (items[3].line, ==, 8);
  g_assert_cmpint (items[3].parent, ==, 2);
  np_document_unref (doc);

  text = "# TSC\n\n## Present\n\n* Ann Lee\n\n### Regrets\n\n* Bo Chen\n  * Progress:\n"
         "    * I fixed the bad merge and will go on with it.\n  * Blocked by:\n    * a certificate\n";
  doc = read_as ("r.md", NULL, text);
  assert_attendees (doc, "Ann Lee;Bo Chen");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpuint (items[0].line, ==, 10);
  g_assert_cmpuint (items[2].line, ==, 12);
  np_document_unref (doc);
}

/* The same in plain text: the list goes on after a member's points, and
 * the first member heads hers as the others do */
static void
test_text_members_points (void)
{
  const char *text = "Standup 2026-11-20\n\nTeam:\n- Dev Patel\n  - fixed the flaky test\n- Emma Berg\n"
                     "  - on call\n- Felix Ahn\n  - remote\n";
  NpDocument *doc = read_as ("t.txt", NULL, text);
  assert_attendees (doc, "Dev Patel;Emma Berg;Felix Ahn");
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpuint (items[0].line, ==, 4);
  g_assert_cmpuint (items[1].line, ==, 5);
  g_assert_cmpint (items[1].parent, ==, 0);
  g_assert_cmpuint (items[3].line, ==, 7);
  g_assert_cmpint (items[3].parent, ==, 2);
  np_document_unref (doc);

  /* a PDF's extraction, its glyphs for bullets */
  text = "Standup 2026-11-20\n\nTeam:\n  * Dev Patel\n      o fixed the flaky test\n  * Emma Berg\n"
         "      o on call\n  * Felix Ahn\n";
  doc = read_as ("p.txt", NULL, text);
  assert_attendees (doc, "Dev Patel;Emma Berg;Felix Ahn");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpint (items[1].parent, ==, 0);
  g_assert_cmpint (items[3].parent, ==, 2);
  np_document_unref (doc);

  text = "TSC meeting\n\nPresent: Ann Lee\nRegrets:\n- Bo Chen\n  - Progress:\n"
         "    - I fixed the bad merge and will go on with it.\n  - Blocked by:\n    - a certificate\n";
  doc = read_as ("r.txt", NULL, text);
  assert_attendees (doc, "Ann Lee;Bo Chen");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpuint (items[0].line, ==, 6);
  g_assert_cmpint (items[1].parent, ==, 0);
  g_assert_cmpuint (items[2].line, ==, 8);
  np_document_unref (doc);
}

/* A member's contact nested under her name is hers, in both readers: no
 * person of its own, no notes ("  - alice@example.com", "  - @bjones",
 * "  - carolw (IRC)"); a word of the notes ("  - out this week") is
 * still a point she heads */
static void
test_members_contacts (void)
{
  static const char *const names[] = { "c.txt", "c.md" };
  for (guint f = 0; f < G_N_ELEMENTS (names); f++)
    {
      NpDocument *doc = read_as (names[f], NULL,
                                 "Sync 2026-11-20\n\nPresent:\n- Alice Smith\n  - alice@example.com\n"
                                 "- Bob Jones\n  - @bjones\n- Carol White\n  - carolw (IRC)\n"
                                 "- Dan Moss\n  - out this week\n");
      assert_attendees (doc, "Alice Smith;Bob Jones;Carol White;Dan Moss");
      guint n;
      const NpPerson *p = np_document_get_attendees (doc, &n);
      g_assert_cmpstr (p[0].email, ==, "alice@example.com");
      g_assert_cmpstr (p[1].handle, ==, "bjones");
      g_assert_cmpstr (p[2].handle, ==, "carolw");
      const NpItem *items = np_document_get_items (doc, &n);
      g_assert_cmpuint (n, ==, 2);
      g_assert_cmpuint (items[0].line, ==, 10);
      g_assert_cmpint (items[1].parent, ==, 0);
      np_document_unref (doc);
    }
  g_assert_true (np_meta_is_contact_entry ("a.b@c.org", 9));
  g_assert_false (np_meta_is_contact_entry ("a@b", 3));
  g_assert_false (np_meta_is_contact_entry ("carolw (PTO)", 12));
  g_assert_false (np_meta_is_contact_entry ("@ the office", 12));
}

/* Google Meet's notes list the calendar's guests as "Invited:" */
static void
test_invited_label (void)
{
  NpDocument *doc = read_as ("meet.md", NULL,
                             "# Notes\n\n## Weekly sync\n\nInvited: Ann Lee, Bo Chen\n\n### Summary\n\n"
                             "Ann Lee and Bo Chen discussed the release.\n");
  assert_attendees (doc, "Ann Lee;Bo Chen");
  np_document_unref (doc);
  /* Google Meet's notes: "Invited" before the people's links, no colon;
   * "Invited speakers ..." is a sentence */
  doc = read_as ("meet.md", NULL,
                 "# Notes\n\nNov 4, 2025\n\n## Weekly sync\n\n"
                 "Invited [Ann Lee](mailto:ann@example.org) [Bo Chen](mailto:bo@example.org)\n\n"
                 "### Summary\n\nInvited speakers will present next week.\n");
  assert_attendees (doc, "Ann Lee;Bo Chen");
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[1].email, ==, "bo@example.org");
  np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 1);
  np_document_unref (doc);
}

/* A document editor's person chips copied without '@' or commas */
static void
test_attendee_chips (void)
{
  NpDocument *doc = read_as ("sync.md", NULL, "# Sync\n\nAttendees: Ann Lee Bo Chen Cara Diaz\n\n- Ann: done\n");
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpstr (p[0].name, ==, "Ann Lee");
  g_assert_cmpstr (p[1].name, ==, "Bo Chen");
  g_assert_cmpstr (p[2].name, ==, "Cara Diaz");
  np_document_unref (doc);
  /* one name, or a run that pairs cannot split, stays as written */
  doc = read_as ("one.txt", NULL, "Sync\n\nPresent: Rich Bowen\n\nRich: done\n");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (p[0].name, ==, "Rich Bowen");
  np_document_unref (doc);
  doc = read_as ("odd.txt", NULL, "Sync\n\nPresent: Mary Ann Smith Bo Chen\n\nMary: done\n");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpuint (n, <=, 1);
  np_document_unref (doc);
}

/* W3C's minutes as text: role titles on lines of their own over indented
 * names, within the attendee block */
static void
test_text_role_blocks (void)
{
  const char *text = "CSS WG - 2024-05-08\n\nPresent\n    Tab Atkins, Elika Etemad, Alan Stearns\n"
                     "Regrets\n    Chris Lilley\nChair\n    astearns\nScribe\n    fantasai\n\n"
                     "Topic: Anchors\n\n    astearns: first item\n    TabAtkins: resolved last week\n"
                     "    fantasai: a concern\n    fantasai: about fallback\n    astearns: noted\n";
  NpDocument *doc = read_as ("w3c.txt", NULL, text);
  guint n, ni;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpstr (p[3].name, ==, "Chris Lilley");
  g_assert_cmpstr (p[3].role, ==, "Regrets");
  g_assert_null (p[0].role);
  const NpItem *items = np_document_get_items (doc, &ni);
  g_assert_cmpuint (ni, ==, 6); /* the topic and five turns: no item of the block */
  g_assert_cmpuint (items[0].line, ==, 12);
  g_assert_cmpuint (items[1].line, ==, 14);
  np_document_unref (doc);
  /* the minutes' text export indents the titles, "Present" among them,
   * under "Attendees" and a blank line: Present's people have no role */
  doc = read_as ("w3c-export.txt", NULL,
                 "CSS WG -- 15 May 2024\n\nAttendees\n\n   Present\n          alisonmaher, astearns,\n"
                 "          fantasai, florian\n   Regrets\n          chrishtr\n   Chair\n          astearns\n"
                 "   Scribe\n          fantasai\n\nMeeting minutes\n\n   fantasai: first\n   florian: second\n");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpuint (n, ==, 5);
  g_assert_cmpstr (p[0].name, ==, "alisonmaher");
  g_assert_null (p[0].role);
  g_assert_cmpstr (p[4].name, ==, "chrishtr");
  g_assert_cmpstr (p[4].role, ==, "Regrets");
  items = np_document_get_items (doc, &ni);
  g_assert_cmpuint (ni, ==, 3); /* "Meeting minutes" and two turns */
  g_assert_cmpuint (items[1].line, ==, 17);
  np_document_unref (doc);
  /* names with their spaces written as underscores, a particle among
   * them ("Pieter_de_Vries"), two to a wrapped line: two people, not a
   * person and a role */
  doc = read_as ("w3c-names.txt", NULL,
                 "Audio WG -- 12 March 2024\n\nAttendees\n\n   Present\n          Alice_Rossi, dom, kaz,\n"
                 "          Marta_Kowalska, Pieter_de_Vries\n   Regrets\n          Chris_Needham, Laila\n\n"
                 "Meeting minutes\n\n   Pieter: first\n");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpuint (n, ==, 7);
  g_assert_cmpstr (p[3].name, ==, "Marta Kowalska");
  g_assert_null (p[3].affiliation);
  g_assert_cmpstr (p[4].name, ==, "Pieter de Vries");
  g_assert_cmpstr (p[6].name, ==, "Laila");
  g_assert_cmpstr (p[6].role, ==, "Regrets");
  np_document_unref (doc);
  /* a document editor's export wraps the paragraph of people under its
   * label, a name or its handle cut at a line's end */
  doc = read_as ("summit.txt", NULL,
                 "Contributor Summit 2019\n\nAttendees (partial, please add yourself):\n"
                 "Brad Fitzpatrick (bradfitz), Austin Clements\n(aclements), Cherry Mui (cherrymui), Priya\n"
                 "Raman (praman), Dmitri Shuralyov (dmitshur)\n\nSession 1: Modules\n\n- [praman] ok\n");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpuint (n, ==, 5);
  g_assert_cmpstr (p[1].name, ==, "Austin Clements");
  g_assert_cmpstr (p[1].handle, ==, "aclements");
  g_assert_cmpstr (p[3].name, ==, "Priya Raman");
  g_assert_cmpstr (p[3].handle, ==, "praman");
  np_document_unref (doc);
  /* ... and the list's end telling of the others on the last line */
  doc = read_as ("summit.txt", NULL,
                 "Rust Contributor Summit 2024 - Session Notes (Day 2, Room B)\n"
                 "Attendees: Priya Raman (praman), Tomasz Wierzbicki (tomw), Lena Okafor\n"
                 "(lokafor), Daniel Brandt (dbrandt), Mei Lin Zhou (meilz), Oskar Halvorsen\n"
                 "(oskarh), plus ~20 in the room\n\nSession 3: Async drop\n\n- [oskarh] ok\n");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpuint (n, ==, 6);
  g_assert_cmpstr (p[5].name, ==, "Oskar Halvorsen");
  g_assert_cmpstr (p[5].handle, ==, "oskarh");
  np_document_unref (doc);
}

/* The text export of W3C's minutes as a browser dumps it: every line
 * indented, a status banner over a centred title, blank lines between
 * the attendee groups, names written with '_' for spaces, topics two
 * columns in over turns three in */
static void
test_text_w3c_dump (void)
{
  const char *text = "                               - DRAFT -\n"                        /* 1 */
                     "                    Web Machine Learning Working Group\n\n"       /* 2 */
                     "12 March 2024\n\n"                                                 /* 4 */
                     "Attendees\n\n"                                                     /* 6 */
                     "   Present\n          Anssi_Kostiainen, Dominique_Hazael-Massieux,\n" /* 8, 9 */
                     "          Zoltan_Kis\n\n"                                          /* 10 */
                     "   Regrets\n          Chai_Chaoweeraprasit\n\n"                    /* 12, 13 */
                     "   Chair\n          Anssi\n\n"                                    /* 15, 16 */
                     "   Scribe\n          Anssi, dom\n\n"                              /* 18, 19 */
                     "Meeting minutes\n\n"                                               /* 21 */
                     "  Announcements\n\n"                                               /* 23 */
                     "   anssi: welcome, we have a packed agenda\n"                       /* 25 */
                     "   dom: I will ping the TAG about the review\n\n"                  /* 26 */
                     "  Open issues\n\n"                                                 /* 28 */
                     "   zkis: I looked at the proposal\n\n"                             /* 30 */
                     "   anssi: noted\n"                                                  /* 32 */
                     "   dom: +1\n";                                                      /* 33 */
  NpDocument *doc = read_as ("w3c-dump.txt", NULL, text);
  g_assert_cmpstr (np_document_get_title (doc), ==, "Web Machine Learning Working Group");
  g_assert_cmpstr (np_document_get_date (doc), ==, "2024-03-12");
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  /* the chair is the attendee Anssi Kostiainen; the scribe's nickname
   * "dom" is nobody new */
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpstr (p[0].name, ==, "Anssi Kostiainen");
  g_assert_cmpstr (p[0].role, ==, "Chair");
  g_assert_cmpstr (p[1].name, ==, "Dominique Hazael-Massieux");
  g_assert_null (p[1].role);
  g_assert_cmpstr (p[3].name, ==, "Chai Chaoweeraprasit");
  g_assert_cmpstr (p[3].role, ==, "Regrets");
  guint ni, ns;
  const NpItem *items = np_document_get_items (doc, &ni);
  const NpSection *s = np_document_get_sections (doc, &ns);
  g_assert_cmpuint (ns, ==, 2);
  g_assert_cmpstr (s[0].title, ==, "Announcements");
  g_assert_cmpstr (s[1].title, ==, "Open issues");
  /* "Meeting minutes" and five turns, each its own paragraph: a line at
   * the item's own margin after a blank line does not continue it */
  g_assert_cmpuint (ni, ==, 6);
  g_assert_cmpuint (items[2].line, ==, 26);
  g_assert_cmpuint (items[2].end_line, ==, 26);
  g_assert_cmpuint (items[3].line, ==, 30);
  g_assert_cmpuint (items[3].section, ==, s[1].id);
  g_assert_cmpuint (items[4].line, ==, 32);
  np_document_unref (doc);

  /* a surname's particles between the parts ("Anne_van_Kesteren"); a
   * particle at either end, or a part in lower case, is no such name */
  doc = read_as ("particles.txt", NULL,
                 "CSS WG\n\nPresent: Anne_van_Kesteren, Jan_de_la_Cruz, foo_bar, van_Dyke, Ada_van\n\nanne: hi\n");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpuint (n, ==, 5);
  g_assert_cmpstr (p[0].name, ==, "Anne van Kesteren");
  g_assert_cmpstr (p[1].name, ==, "Jan de la Cruz");
  g_assert_cmpstr (p[2].name, ==, "foo_bar");
  g_assert_cmpstr (p[3].name, ==, "van_Dyke");
  g_assert_cmpstr (p[4].name, ==, "Ada_van");
  np_document_unref (doc);

  /* an attendee's short turn alone on the last line is no heading */
  doc = read_as ("short.txt", NULL, "CSS WG\n\nPresent: alisonmaher, astearns, emilio\n\nastearns: ok\n");
  np_document_get_sections (doc, &ns);
  g_assert_cmpuint (ns, ==, 0);
  items = np_document_get_items (doc, &ni);
  g_assert_cmpuint (ni, ==, 1);
  g_assert_cmpuint (items[0].line, ==, 5);
  np_document_unref (doc);

  /* the same as a role line: "Chair: Anssi" is the attendee, "Scribe:
   * dom" or "Scribes: Bo, dom" is nobody new; nicknames under "Guests"
   * are people */
  doc = read_as ("roles.md", NULL,
                 "# Call\n\nPresent: Anssi Kostiainen, Bo Chen\nChair: Anssi\nScribe: dom\nScribes: Bo, dom\n"
                 "Guests: kim, lee\n\n## Topic\n\n- a note\n");
  assert_attendees (doc, "Anssi Kostiainen;Bo Chen;kim;lee");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[0].role, ==, "Chair");
  g_assert_cmpstr (p[1].role, ==, "Scribe");
  np_document_unref (doc);

  /* the same past the few dozen attendees from which an index answers:
   * the first name is the one attendee whose name opens with it, a
   * handle alone is the attendee with that handle */
  GString *big = g_string_new ("# Call\n\nPresent: ");
  for (guint i = 0; i < 80; i++)
    g_string_append_printf (big, "Al%c%c Smith, ", 'a' + i / 26, 'a' + i % 26);
  g_string_append (big, "Anssi Kostiainen, Bo Chen (@bchen)\nChair: Anssi\nScribe: bchen\nGuests: Cyrille\n\n- a note\n");
  doc = read_as ("big.md", NULL, big->str);
  g_string_free (big, TRUE);
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpuint (n, ==, 83);
  g_assert_cmpstr (p[80].name, ==, "Anssi Kostiainen");
  g_assert_cmpstr (p[80].role, ==, "Chair");
  g_assert_cmpstr (p[81].role, ==, "Scribe");
  g_assert_cmpstr (p[82].name, ==, "Cyrille");
  np_document_unref (doc);

  /* "Regrets: -" or "Absent: none": nobody away, no person, no item */
  doc = read_as ("regrets.md", NULL, "# Call\n\nPresent: astearns, emilio\nRegrets: -\nAbsent: *none*\n\n- astearns: hi\n");
  assert_attendees (doc, "astearns;emilio");
  np_document_get_items (doc, &ni);
  g_assert_cmpuint (ni, ==, 1);
  np_document_unref (doc);
}

/* A title opening an attendee's name: an office is the role ("Mayor
 * Jane Doe"), a title of address goes ("Dr. Ann Lee"); an office before
 * one word is a name ("President Lincoln"), a title alone is no person */
static void
test_attendee_titles (void)
{
  NpDocument *doc = read_as ("council.txt", NULL,
                             "Council meeting\n\nPresent: Mayor Jane Doe, Councillor Bob Smith, Dr. Ann Lee, "
                             "Deputy Mayor Carl Roe, President Lincoln, Ms Dana Fox (Treasurer)\n\nItem 1\n\n- a note\n");
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_cmpuint (n, ==, 6);
  g_assert_cmpstr (p[0].name, ==, "Jane Doe");
  g_assert_cmpstr (p[0].role, ==, "Mayor");
  g_assert_cmpstr (p[1].name, ==, "Bob Smith");
  g_assert_cmpstr (p[1].role, ==, "Councillor");
  g_assert_cmpstr (p[2].name, ==, "Ann Lee");
  g_assert_null (p[2].role);
  g_assert_cmpstr (p[3].name, ==, "Carl Roe");
  g_assert_cmpstr (p[3].role, ==, "Deputy Mayor");
  g_assert_cmpstr (p[4].name, ==, "President Lincoln");
  g_assert_cmpstr (p[5].name, ==, "Dana Fox");
  g_assert_cmpstr (p[5].role, ==, "Treasurer");
  np_document_unref (doc);
}

/* In an attendance list, a label of roles listed together ("Minutes,
 * driver: TC", as the Rust teams' minutes write it) gives them to its
 * people; it is no person "Minutes" */
static void
test_attendee_role_lists (void)
{
  NpDocument *doc = read_as ("triage.md", NULL,
                             "# T-lang triage\n\n## Attendance\n\n- People: TC, nikomatsakis, Josh\n"
                             "- Minutes, driver: TC\n- Chair/Scribe: Josh\n\n## Notes\n\nTC: hello\n");
  assert_attendees (doc, "TC;nikomatsakis;Josh");
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[0].role, ==, "Minutes, driver");
  g_assert_cmpstr (p[2].role, ==, "Chair/Scribe");
  np_document_unref (doc);
}

/* Placeholders in an attendee list are no people, as words of their own
 * only: a surname may hold one (Claymore, Fletcher, Gilmore) */
static void
test_attendee_placeholders (void)
{
  NpDocument *doc = read_as ("table.md", NULL,
                             "# Meeting\n\n| Name | Abbreviation | Organization |\n|---|---|---|\n"
                             "| Ashley Claymore | ACE | Bloomberg |\n| Jane Fletcher | JFR | Igalia |\n"
                             "| TBD | | |\n| Name | | |\n\nAttendees: Simone Gilmore, Noneth Ames, and 3 more, Others, "
                             "etc.\n\n## Topic\n\n- a note\n");
  assert_attendees (doc, "Ashley Claymore;Jane Fletcher;Simone Gilmore;Noneth Ames");
  np_document_unref (doc);
  /* an association's board by first name and initial, a semicolon before
   * a head count of the rest ("Ann Lee, CTO, Acme; ..." stays split at
   * the semicolons) */
  doc = read_as ("hoa.txt", NULL,
                 "HOA minutes\n\nAttendees: Maria G., Tom B., Dwayne K., Priya S., Lou F. (board); approx 14 "
                 "residents\n\n- a note\n");
  assert_attendees (doc, "Maria G.;Tom B.;Dwayne K.;Priya S.;Lou F.");
  np_document_unref (doc);
  doc = read_as ("wg.txt", NULL, "WG call\n\nAttendees: Ann Lee, CTO, Acme; Bo Chen, VP, Initech; 3 guests\n\n"
                 "- a note\n");
  assert_attendees (doc, "Ann Lee;Bo Chen");
  np_document_unref (doc);
  /* sentences in the list are notes, kept as items; names with particles
   * and the list's own placeholders are not */
  for (guint k = 0; k < 2; k++)
    {
      doc = read_as (k ? "sync.txt" : "sync.md", NULL,
                     k ? "Sync\n\nAttendees\n* Jane Doe\n* Guido van Rossum\n* Many more...\n"
                         "* Release is on track for Friday\n* Apologies for Ben and Fedor\n"
                       : "# Sync\n\n## Attendees\n\n- Jane Doe\n- Guido van Rossum\n- Many more...\n"
                         "- Release is on track for Friday\n- Apologies for Ben and Fedor\n");
      assert_attendees (doc, "Jane Doe;Guido van Rossum");
      guint n;
      const NpItem *items = np_document_get_items (doc, &n);
      g_assert_cmpuint (n, ==, 2);
      g_assert_cmpuint (items[0].line, ==, k ? 7 : 8);
      np_document_unref (doc);
    }
}

/* A person listed twice is one attendee, completed by the second entry
 * (and given the role its label names); two entries that disagree (two
 * abbreviations) stay two */
static void
test_attendee_repeated (void)
{
  NpDocument *doc = read_as ("wg.txt", NULL,
                             "WG call\n\nPresent: Ann Lee, Bo Chen\nChair: Ann Lee (@annlee)\nRegrets: Cy Diaz\n\n"
                             "- a note\n");
  assert_attendees (doc, "Ann Lee;Bo Chen;Cy Diaz");
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[0].handle, ==, "annlee");
  /* a role's label gives its people that role */
  g_assert_cmpstr (p[0].role, ==, "Chair");
  g_assert_null (p[1].role);
  g_assert_cmpstr (p[2].role, ==, "Regrets");
  np_document_unref (doc);
  /* a pad's nickname listed alone, then named in full in a role line
   * ("Chair: hkoivisto (Helmi Koivisto)"), is one attendee, named; a
   * role line's nickname over a name is a person of its own too */
  doc = read_as ("bof.txt", NULL,
                 "BoF notes\n\nPresent: ntrevisan, hkoivisto, bdarcy (Bastien Darcy)\n"
                 "Chair: hkoivisto (Helmi Koivisto)\nScribe: yuki-m (Yuki Mori)\n\nntrevisan: hi\n");
  assert_attendees (doc, "ntrevisan;Helmi Koivisto;Bastien Darcy;Yuki Mori");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[1].handle, ==, "hkoivisto");
  g_assert_cmpstr (p[1].role, ==, "Chair");
  g_assert_cmpstr (p[3].handle, ==, "yuki-m");
  np_document_unref (doc);
  /* a study's participant with the code the transcript marks her turns
   * with: the name, the code her abbreviation */
  doc = read_as ("session.txt", NULL,
                 "Onboarding study\n\nInterviewer: Rosa Delgado\nParticipant: P7 (Graham Whitley)\n\nP7: fine\n");
  assert_attendees (doc, "Rosa Delgado;Graham Whitley");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[1].abbreviation, ==, "P7");
  np_document_unref (doc);
  doc = read_as ("tc.md", NULL,
                 "# Meeting\n\n| Name | Abbreviation | Organization |\n|---|---|---|\n"
                 "| Ann Lee | AL | Acme |\n| Bo Chen | BC | Acme |\n| Ann Lee | ALE | Acme |\n\nAL: hello\n");
  assert_attendees (doc, "Ann Lee;Bo Chen;Ann Lee");
  np_document_unref (doc);
  /* a Name and a Role column with no attendee heading over them: people
   * when every row names one; accounts' roles are a table */
  doc = read_as ("sync.md", NULL,
                 "## Weekly sync\n\n| Name | Role |\n|---|---|\n| Hana Kim | PM |\n| Luis Mora | Eng |\n\n"
                 "Hana Kim:\n- roadmap out\n");
  assert_attendees (doc, "Hana Kim;Luis Mora");
  np_document_unref (doc);
  doc = read_as ("iam.md", NULL,
                 "## IAM\n\n| Name | Role |\n|---|---|\n| deploy-bot | admin |\n| Luis Mora | viewer |\n\n"
                 "| Name | Title |\n|---|---|\n| Hana Kim | PM |\n\n- a note\n");
  np_document_get_attendees (doc, &n);
  g_assert_cmpuint (n, ==, 0); /* a bot's row; one row alone */
  np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 6); /* the rows of both tables, headers too, and the note */
  np_document_unref (doc);
}

/* Attendees in YAML front matter: a block list of names or of maps
 * (name, github, email, org), a flow list, a plain list; the lines below
 * a list are the note's again */
static void
test_front_matter_attendees (void)
{
  const char *md = "---\ntitle: \"Build WG\"\nattendees:\n  - Ann Lee\n  - \"Bo Chen (@bochen)\"\n"
                   "  - name: Cy Diaz\n    github: cydiaz\n    email: cy@example.org\n  - name: Di Fox\n    org: Acme\n"
                   "people: [Ed Gray, \"Fay Hu\"]\nparticipants: Gil Ito, Hal Jo\ndate: 2024-03-05\n---\n\n- a note\n";
  NpDocument *doc = read_as ("wg.md", NULL, md);
  assert_attendees (doc, "Ann Lee;Bo Chen;Cy Diaz;Di Fox;Ed Gray;Fay Hu;Gil Ito;Hal Jo");
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[1].handle, ==, "bochen");
  g_assert_cmpstr (p[2].handle, ==, "cydiaz");
  g_assert_cmpstr (p[2].email, ==, "cy@example.org");
  g_assert_cmpstr (p[3].affiliation, ==, "Acme");
  g_assert_cmpuint (p[2].line, ==, 6);
  /* the key after a block list is read too */
  g_assert_cmpstr (np_document_get_date (doc), ==, "2024-03-05");
  g_assert_cmpstr (np_document_get_title (doc), ==, "Build WG");
  assert_lines_accounted (doc, md);
  np_document_unref (doc);
}

/* A Markdown minutes header's role lines ("Chair: ...", "**Scribe:**
 * ...", "Regrets: ...") give attendees in those roles, as the text reader
 * reads them under an attendee list; a nickname of someone listed is no
 * second person, and a chair's words ("Chair: we should ...") stay an item */
static void
test_markdown_role_lines (void)
{
  NpDocument *doc = read_as ("w3c.md", NULL,
                             "# CSS WG Telecon\n\nPresent: Alan Stearns, Elika Etemad, Tab Atkins\n"
                             "Chair: astearns\n**Scribe:** Tab Atkins\nRegrets: Chris Lilley, chrishtr\n\n"
                             "## Topic one\n\nChair: we should move on\n\n- astearns: first item\n");
  assert_attendees (doc, "Alan Stearns;Elika Etemad;Tab Atkins;Chris Lilley;chrishtr");
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_null (p[0].role);
  g_assert_cmpstr (p[2].role, ==, "Scribe");
  g_assert_cmpstr (p[3].role, ==, "Regrets");
  g_assert_cmpstr (p[4].role, ==, "Regrets");
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 2);
  g_autofree char *text = text_of (doc, &items[0]);
  g_assert_cmpstr (text, ==, "Chair: we should move on");
  g_assert_cmpint (np_document_get_line_role (doc, 4), ==, NP_LINE_META);
  g_assert_cmpint (np_document_get_line_role (doc, 5), ==, NP_LINE_ATTENDEE);
  np_document_unref (doc);
  /* in an attendance list, "Minutes: TC" and "Notes: Ann Lee" name who
   * took the notes (Rust's team minutes): no person called Minutes */
  doc = read_as ("triage.md", NULL,
                 "# Triage\n\n## Attendance\n\n- People: TC, nikomatsakis, Josh Triplett\n- Minutes: TC\n"
                 "- Notes: Ann Lee\n\n## Notes\n\nTC: nominated.\n");
  assert_attendees (doc, "TC;nikomatsakis;Josh Triplett;Ann Lee");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[0].role, ==, "Minutes");
  g_assert_cmpstr (p[3].role, ==, "Notes");
  np_document_unref (doc);
  /* a role's label alone over its list, and an absence over "none" */
  doc = read_as ("sync.md", NULL,
                 "# Sync\n\nPresent:\n\n- Jane Doe\n- John Smith\n\n**Regrets:**\n\n- Ann Lee\n\n"
                 "Directors Absent:\n\nnone\n\n## Notes\n\n- ok\n");
  assert_attendees (doc, "Jane Doe;John Smith;Ann Lee");
  p = np_document_get_attendees (doc, &n);
  g_assert_null (p[0].role);
  g_assert_cmpstr (p[2].role, ==, "Regrets");
  np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 1);
  np_document_unref (doc);
  /* and in plain text, board minutes' indented blocks; the next list
   * takes no role of this one */
  doc = read_as ("board.txt", NULL,
                 "Board Meeting Minutes\nMarch 20, 2024\n\n2. Roll Call\n\n    Directors Present:\n\n"
                 "        Rich Bowen\n\n    Directors Absent:\n\n        none\n\n    Regrets:\n"
                 "        - Shane Curcuru\n\n    Guests:\n\n        Daniel Gruno\n\n3. Minutes\n\n    Approved.\n");
  assert_attendees (doc, "Rich Bowen;Shane Curcuru;Daniel Gruno");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[1].role, ==, "Regrets");
  g_assert_null (p[2].role);
  const NpSection *secs = np_document_get_sections (doc, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (secs[1].title, ==, "Minutes");
  np_document_unref (doc);
  /* other roles' labels alone head the notes: "Notes:", "Minutes:" */
  doc = read_as ("notes.md", NULL, "# Sync\n\n**Notes:**\n\n- shipping Friday\n\nMinutes:\n\n- approved\n");
  assert_attendees (doc, "");
  np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 4);
  np_document_unref (doc);
}

/* IETF minutes in plain text: "Chairs:" and "Minute takers:" lines below
 * the title and a "Minutes" line, each a line of its own, are attendees
 * in the singular of the role; a role line that names no people stays a
 * line of the notes */
static void
test_text_role_lines (void)
{
  NpDocument *doc = read_as ("httpbis.txt", NULL,
                             "HTTPBIS Working Group - IETF 118\nMinutes\n\n"
                             "Chairs: Mark Nottingham, Tommy Pauly\nMinute takers: Lucas Pardue\n\n"
                             "1. Resumable uploads\n\n   Marius Kleidl: we addressed the feedback.\n\n"
                             "Chair: the queue is closed\n");
  assert_attendees (doc, "Mark Nottingham;Tommy Pauly;Lucas Pardue");
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[0].role, ==, "Chair");
  g_assert_cmpstr (p[1].role, ==, "Chair");
  g_assert_cmpstr (p[2].role, ==, "Minute taker");
  g_assert_cmpint (np_document_get_line_role (doc, 4), ==, NP_LINE_ATTENDEE);
  g_assert_cmpint (np_document_get_line_role (doc, 5), ==, NP_LINE_ATTENDEE);
  const NpItem *items = np_document_get_items (doc, &n);
  gboolean queue = FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = text_of (doc, &items[i]);
      g_assert_null (strstr (text, "Minute takers"));
      queue |= g_str_equal (text, "Chair: the queue is closed");
    }
  g_assert_true (queue);
  np_document_unref (doc);

  /* three roles in a row, the timekeeper's last: people, not a heading */
  doc = read_as ("sync.txt", NULL,
                 "Weekly sync\n\nNote taker: Alice Chen\nFacilitator: Bob Singh\nTimekeeper: Carol Diaz\n\n"
                 "Alice: the release is on track.\nBob: ship it Thursday.\n");
  assert_attendees (doc, "Alice Chen;Bob Singh;Carol Diaz");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[2].role, ==, "Timekeeper");
  np_document_get_sections (doc, &n);
  g_assert_cmpuint (n, ==, 0);
  np_document_unref (doc);
}

/* "Present: ..." with its people on the line, then a blank line: the
 * bullets below are notes, not more attendees; without the blank line
 * they go on with the list */
static void
test_text_inline_present (void)
{
  NpDocument *doc = read_as ("board.txt", NULL,
                             "Board meeting\n\nPresent: Jane Roe, John Doe\n\n"
                             "- The budget was approved.\n- Jane Roe: I second it.\n");
  assert_attendees (doc, "Jane Roe;John Doe");
  guint n;
  np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 2);
  np_document_unref (doc);
  doc = read_as ("board.txt", NULL,
                 "Board meeting\n\nPresent: Jane Roe, John Doe\n- Mary Major\n\n- The budget was approved.\n");
  assert_attendees (doc, "Jane Roe;John Doe;Mary Major");
  np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 1);
  np_document_unref (doc);
  /* a word processor's export: the list items right under the line name
   * nobody, they are the notes (they were taken for people, and lost) */
  doc = read_as ("sync.txt", NULL,
                 "Project sync\nPresent: Jane Roe, John Doe\n1.\tRelease\n\xe2\x80\xa2\tJane: the build is green\n"
                 "2.\tHiring\n");
  assert_attendees (doc, "Jane Roe;John Doe");
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (items[1].line, ==, 4);
  np_document_unref (doc);
}

/* Minutes in other languages list their people under their own labels,
 * French with a space before the colon */
static void
test_attendee_labels_languages (void)
{
  static const struct
  {
    const char *name, *text;
  } cases[] = {
    { "fr.txt", "Réunion\n\nPrésents : Alice Martin, Bernard Dupont\n\n- Alice : le budget est validé\n" },
    { "de.md", "# Teamsitzung\n\nTeilnehmer: Alice Martin, Bernard Dupont\n\n- Alice: fertig.\n" },
    { "es.txt", "Reunión\n\nAsistentes: Alice Martin, Bernard Dupont\n\n- Alice: listo.\n" },
    { "nl.md", "# Overleg\n\n**Aanwezig:** Alice Martin, Bernard Dupont\n\n- Alice: klaar.\n" },
  };
  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      NpDocument *doc = read_as (cases[k].name, NULL, cases[k].text);
      assert_attendees (doc, "Alice Martin;Bernard Dupont");
      guint n;
      np_document_get_items (doc, &n);
      g_assert_cmpuint (n, ==, 1);
      np_document_unref (doc);
    }
}

/* The unlabelled roster that opens older TC39 minutes: a paragraph of
 * "Full Name (ABC)" entries, wrapped or not, is the attendee list (with
 * the abbreviations), in Markdown and in text.  Further down, or with an
 * entry of another shape, such a paragraph stays an item. */
static void
test_abbreviated_people_paragraph (void)
{
  static const char *const names[] = { "old.md", "old.txt" };
  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    {
      NpDocument *doc = read_as (names[k], NULL,
                                 "# May 21, 2013 Meeting Notes\n-----\n\nJohn Neumann (JN), Allen Wirfs-Brock\n"
                                 "(AWB), Mark S. Miller (MM), and Tom Van Cutsem (TVC).\n\n-----\n\n"
                                 "## Proxies\n\nTVC: Slides.\n\nAWB: Fine.\n\n"
                                 "Error Cause (EC), Array Grouping (AG), Async Context (AC)\n");
      assert_attendees (doc, "John Neumann;Allen Wirfs-Brock;Mark S. Miller;Tom Van Cutsem");
      guint n;
      const NpPerson *p = np_document_get_attendees (doc, &n);
      g_assert_cmpstr (p[1].abbreviation, ==, "AWB");
      g_assert_cmpstr (p[3].abbreviation, ==, "TVC");
      np_document_get_items (doc, &n);
      g_assert_cmpuint (n, ==, 3);
      g_assert_true (g_str_has_prefix (np_document_peek_item_text (doc, 0, NULL), "TVC:"));
      g_assert_true (g_str_has_prefix (np_document_peek_item_text (doc, 2, NULL), "Error Cause"));
      np_document_unref (doc);
    }
  /* an entry without its abbreviation, or two entries only: no roster */
  static const char *const texts[] = {
    "# Notes\n\nJohn Neumann (JN), Allen Wirfs-Brock, Mark Miller (MM)\n\n- a note\n",
    "# Notes\n\nJohn Neumann (JN), Allen Wirfs-Brock (AWB)\n\n- a note\n",
    "# Notes\n\nWe met (again), as planned (PLAN), with Mark Miller (MM).\n\n- a note\n",
  };
  for (guint k = 0; k < G_N_ELEMENTS (texts); k++)
    {
      NpDocument *doc = read_as ("n.md", NULL, texts[k]);
      assert_attendees (doc, "");
      guint n;
      np_document_get_items (doc, &n);
      g_assert_cmpuint (n, ==, 2);
      np_document_unref (doc);
    }
}

/* A lowercase nickname in parentheses after a name is the person's
 * handle ("Russ Cox (rsc)"); a role, an officer's title or an attendance
 * word there is not ("(remote)", "(virtual)", "(guest)", "(Treasurer)"),
 * nor a capitalized affiliation. */
static void
test_parenthesized_nicknames (void)
{
  NpDocument *doc = read_as ("summit.txt", NULL,
                             "Summit\n\nAttendees: Russ Cox (rsc), Michael Pratt (prattmic), Ann Lee (virtual), "
                             "Bo Chen (guest), Cy Diaz (Google), Di Eve (d.eve-2), Ed Fox (Treasurer)\n\n- a note\n");
  assert_attendees (doc, "Russ Cox;Michael Pratt;Ann Lee;Bo Chen;Cy Diaz;Di Eve;Ed Fox");
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[0].handle, ==, "rsc");
  g_assert_cmpstr (p[1].handle, ==, "prattmic");
  g_assert_null (p[2].handle);
  g_assert_cmpstr (p[2].role, ==, "virtual");
  g_assert_null (p[3].handle);
  g_assert_null (p[4].handle);
  g_assert_cmpstr (p[4].affiliation, ==, "Google");
  g_assert_cmpstr (p[5].handle, ==, "d.eve-2");
  g_assert_cmpstr (p[6].role, ==, "Treasurer"); /* an officer's title is a role */
  g_assert_null (p[6].affiliation);
  np_document_unref (doc);

  /* inside the name, the name one goes by ("Robert (Bob) Jones") is no
   * company; after an abbreviation, the company follows without a
   * separator ("Lizzie Prader [LPR] Moddable") */
  doc = read_as ("tc53.md", NULL,
                 "# TC53\n\n## Attendees\n- Robert (Bob) Jones\n- Robert (Rob) Smith, Google\n"
                 "- Lizzie Prader [LPR] Moddable\n- Peter Hoddie (PHE) Moddable Tech\n- Jane Doe (Google)\n\n"
                 "## Notes\n\nLPR: hi\n");
  assert_attendees (doc, "Robert Jones;Robert Smith;Lizzie Prader;Peter Hoddie;Jane Doe");
  p = np_document_get_attendees (doc, &n);
  g_assert_null (p[0].affiliation);
  g_assert_cmpstr (p[1].affiliation, ==, "Google");
  g_assert_cmpstr (p[2].abbreviation, ==, "LPR");
  g_assert_cmpstr (p[2].affiliation, ==, "Moddable");
  g_assert_cmpstr (p[3].abbreviation, ==, "PHE");
  g_assert_cmpstr (p[3].affiliation, ==, "Moddable Tech");
  g_assert_cmpstr (p[4].affiliation, ==, "Google");
  np_document_unref (doc);
}

/* Two people joined by "and" or "&" in a list are two attendees; a panel
 * or the speakers of a session listed on their label's line are people,
 * "### Panel" over notes and TC39's "Presenters:" over a topic are not */
static void
test_people_pairs_and_panels (void)
{
  NpDocument *doc = read_as ("sync.md", NULL,
                             "# Sync\n\nAttendees: Alice Smith, Bob Jones and Carol White, Ann & Bo, "
                             "Dan Lee (Acme and Co)\n\n- Carol: hi\n");
  assert_attendees (doc, "Alice Smith;Bob Jones;Carol White;Ann;Bo;Dan Lee");
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[5].affiliation, ==, "Acme and Co");
  np_document_unref (doc);

  /* a table of participants is people by itself, one of names and teams
   * too; a "Person | Action" table stays a table */
  doc = read_as ("tables.md", NULL,
                 "# Sync\n\n| Participants | Notes |\n|---|---|\n| Alice Smith | remote |\n\n"
                 "| Member | Team |\n|---|---|\n| Bob Jones | Web |\n\n"
                 "| Person | Action |\n|---|---|\n| Carol | ship it |\n");
  assert_attendees (doc, "Alice Smith;Bob Jones");
  np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 2);
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[1].affiliation, ==, "Web");
  np_document_unref (doc);

  doc = read_as ("townhall.md", NULL,
                 "# Town hall\n\nPanel: Maria Garcia, Tom Becker\nSpeakers: Ana Silva\n\n"
                 "### Panel\n\n- Budget review\n\nPresenters: Kai Mo\n\n- done\n");
  assert_attendees (doc, "Maria Garcia;Tom Becker;Ana Silva");
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (items[0].line, ==, 8);
  np_document_unref (doc);
}

/* A hearing's record: the members present by surname under a plural
 * office, the list a sentence with its period; each "Mr. NAME." line is
 * a turn of its own, a line without a mark goes on with it */
static void
test_hearing_record (void)
{
  NpDocument *doc = read_as ("hearing.txt", NULL,
                             "HEARING ON PATENT REFORM\n\n"
                             "Present: Representatives Issa, Johnson, and Jackson Lee.\n\n"
                             "Mr. ISSA. The Subcommittee will come to order.\n"
                             "We welcome everyone.\n"
                             "Ms. JACKSON LEE. Will the gentleman yield?\n"
                             "The CHAIRMAN. So ordered.\n"
                             "Mr. Smith. J. Doe and Ann Lee Ph.D. wrote it.\n");
  assert_attendees (doc, "Issa;Johnson;Jackson Lee");
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[0].role, ==, "Representative");
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (items[0].line, ==, 5);
  g_assert_cmpuint (items[0].end_line, ==, 6);
  g_assert_cmpuint (items[1].line, ==, 7);
  /* "Mr. Smith." in Title case is prose: it goes on with the chairman */
  g_assert_cmpuint (items[2].line, ==, 8);
  g_assert_cmpuint (items[2].end_line, ==, 9);
  np_document_unref (doc);

  /* an initial's or a degree's period stays */
  doc = read_as ("people.md", NULL, "# Sync\n\nAttendees: John Smith Jr., Ann Lee Ph.D., Bo T.\n\n- hi\n");
  assert_attendees (doc, "John Smith Jr.;Ann Lee Ph.D.;Bo T.");
  np_document_unref (doc);
}

/* Names written surname first, as mail clients and directories list
 * people: a list in semicolons whose entries all have that shape, an
 * e-mail address naming both parts, initials, a surname in capitals or
 * with particles; one word and an affiliation stay what they are */
static void
test_surname_first (void)
{
  NpDocument *doc = read_as ("invite.md", NULL,
                             "# Weekly sync\n\nAttendees: Doe, Jane <jane.doe@example.com>; Smith, John\n\n"
                             "- Doe, Jane: we ship today\n");
  assert_attendees (doc, "Jane Doe;John Smith");
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_null (p[0].affiliation);
  g_assert_cmpstr (p[0].email, ==, "jane.doe@example.com");
  np_document_unref (doc);
  doc = read_as ("board.md", NULL,
                 "# Board\n\nPresent:\n\n- DOE, Jane\n- Smith, J.\n- Nicholas, datadog\n- Filippo, Google\n"
                 "- van Rossum, Guido\n- Lee, Ann <alee@example.org>\n- Chen, Bo (Acme)\n- Ray Park, Initech\n\n"
                 "## Notes\n\n- a note\n");
  assert_attendees (doc, "Jane DOE;J. Smith;Nicholas;Filippo;Guido van Rossum;Ann Lee;Chen;Ray Park");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[3].affiliation, ==, "Google");
  g_assert_cmpstr (p[6].affiliation, ==, "Acme"); /* "Bo" tells nothing: no list, no address */
  g_assert_cmpstr (p[7].affiliation, ==, "Initech");
  np_document_unref (doc);
  /* a list of people and their companies in semicolons is no such list */
  doc = read_as ("panel.md", NULL, "# Panel\n\nPanelists: Ann Lee, Acme; Bo, Initech; Cy Diaz, Globex\n\n- a note\n");
  assert_attendees (doc, "Ann Lee;Bo;Cy Diaz");
  np_document_unref (doc);
}

/* Notes that open with their turns: the first line, a speaker's label
 * said again below, is no title; a turn right under "Present: ..." ends
 * the list (no "Dwayne" or "9 map cleanly" among the people), while a
 * group's label over its people goes on with it */
static void
test_turns_open_the_notes (void)
{
  NpDocument *doc = read_as ("dialogue.txt", NULL,
                             "Dwayne: I went through the ops, 9 map cleanly\nZoltan: normative or not?\n"
                             "Dwayne: non-normative, implementations may fuse\n");
  g_assert_null (np_document_get_title (doc));
  g_assert_nonnull (item_at_line (doc, 1));
  np_document_unref (doc);
  doc = read_as ("present.txt", NULL,
                 "Present: Dwayne Robinson, Zoltan Kis\nDwayne: I went through the ops, 9 map cleanly\n"
                 "Zoltan: normative or not?\nDwayne: non-normative\n");
  assert_attendees (doc, "Dwayne Robinson;Zoltan Kis");
  g_assert_nonnull (item_at_line (doc, 2));
  np_document_unref (doc);
  doc = read_as ("title.txt", NULL, "Standup: March 3\nAlice: shipped the fix\nBob: reviewing it\n");
  g_assert_cmpstr (np_document_get_title (doc), ==, "Standup: March 3");
  np_document_unref (doc);
}

/* A list set in two columns, as a layout's extraction of a PDF keeps it:
 * each column a person */
static void
test_people_in_columns (void)
{
  NpDocument *doc = read_as ("tools.txt", NULL,
                             "Tools summit\n\nParticipants\n"
                             "Robert Findley <rfindley@example.com>          Alan Donovan <adonovan@example.com>\n"
                             "Hyang-Ah Kim <hyangah@example.com>             Suzy Mueller <suzmue@example.com>\n\n"
                             "Notes\n\n- [rfindley] memory use\n");
  assert_attendees (doc, "Robert Findley;Alan Donovan;Hyang-Ah Kim;Suzy Mueller");
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[1].email, ==, "adonovan@example.com");
  np_document_unref (doc);
}

/* The WebAssembly CG's heading over its attendees, and a committee's
 * table of representatives */
/* A loose list in plain text, a blank line between each two members,
 * as exports of Markdown and word processors write it: the blank ends
 * no member's list; after a tight list it still does, and a bullet
 * with another right under it is notes */
static void
test_loose_people_list (void)
{
  NpDocument *doc = read_as ("loose.txt", NULL,
                             "Sync\n\nAttendees:\n\n  * Alice Moreno\n\n  * Bob Tanaka\n\n  * Carol White\n\n"
                             "Notes\n\n  * Carol: ok\n");
  assert_attendees (doc, "Alice Moreno;Bob Tanaka;Carol White");
  np_document_unref (doc);
  doc = read_as ("tight.txt", NULL,
                 "Sync\n\nAttendees:\n- Alice Moreno\n- Bob Tanaka\n\n- Release Plan\n\n- Budget\n");
  assert_attendees (doc, "Alice Moreno;Bob Tanaka");
  np_document_unref (doc);
  doc = read_as ("notes.txt", NULL, "Sync\n\nAttendees:\n- Alice Moreno\n\n- Release Plan\n- Budget Review\n");
  assert_attendees (doc, "Alice Moreno");
  guint n;
  np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 2);
  np_document_unref (doc);
}

/* A group's title over its people nested below ("* **TSC Members**",
 * "* Guests") is no one, in both readers; a member over her contact
 * stays a member */
static void
test_group_titles_over_people (void)
{
  NpDocument *doc = read_as ("tsc.md", NULL,
                             "# TSC\n\n## Present\n\n* **TSC Members**\n  * Antoine du Hamel @aduh95 (TSC)\n"
                             "  * Beth Griggs @BethGriggs (TSC)\n* **Guests**\n  * Darcy Clarke @darcyclarke\n\n"
                             "## Agenda\n\n* Darcy: npm 9 is out.\n");
  assert_attendees (doc, "Antoine du Hamel;Beth Griggs;Darcy Clarke");
  np_document_unref (doc);
  doc = read_as ("tsc.txt", NULL,
                 "TSC meeting\n\nPresent:\n\n* Guests\n  * Darcy Clarke\n* Chairs\n  * Ann Lee\n  * Bo Chen\n"
                 "* Carol White\n  * carol@example.com\n\nAgenda\n\n* Darcy: npm 9 is out.\n");
  assert_attendees (doc, "Darcy Clarke;Ann Lee;Bo Chen;Carol White");
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[1].role, ==, "Chair");
  g_assert_cmpstr (p[3].email, ==, "carol@example.com");
  g_assert_null (p[3].role); /* beside the groups, in none */
  np_document_unref (doc);
}

/* A long list (past the count from which the attendees' names are kept
 * in a set): a person listed again is still one attendee whose fields
 * the new entry fills, and a nickname listed alone is still the
 * attendee a role's line names in full */
static void
test_long_people_list (void)
{
  static const char *const given[] = { "Ann", "Bo", "Cy", "Di", "Ed", "Flo", "Gus", "Hal", "Ida", NULL };
  static const char *const family[] = { "Lee", "Moss", "Nash", "Orr", "Park", "Quinn", "Reyes", "Shaw", "Tate", NULL };
  g_autoptr (GString) text = g_string_new ("Board meeting\n\nPresent: hkoivisto");
  guint listed = 1;
  for (guint g = 0; given[g]; g++)
    for (guint f = 0; family[f]; f++, listed++)
      g_string_append_printf (text, ", %s %s", given[g], family[f]);
  g_string_append (text, ", jdoe\nChair: Ann Lee\nSecretary: Ida Tate\nScribe: hkoivisto (Helmi Koivisto)\n"
                         "Minute taker: jdoe (Jane Doe)\n\nAnn: we begin\n");
  listed++;
  NpDocument *doc = read_as ("board.txt", NULL, text->str);
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_cmpuint (n, ==, listed);
  g_assert_cmpstr (p[0].name, ==, "Helmi Koivisto");
  g_assert_cmpstr (p[0].handle, ==, "hkoivisto");
  g_assert_cmpstr (p[1].name, ==, "Ann Lee");
  g_assert_cmpstr (p[1].role, ==, "Chair");
  /* listed last, after the set was made */
  g_assert_cmpstr (p[listed - 2].name, ==, "Ida Tate");
  g_assert_cmpstr (p[listed - 2].role, ==, "Secretary");
  g_assert_cmpstr (p[listed - 1].name, ==, "Jane Doe");
  g_assert_cmpstr (p[listed - 1].handle, ==, "jdoe");
  np_document_unref (doc);
}

/* The walk np_people_named() answers for a few attendees, as a test's
 * reference */
static gboolean
named_by_walk (NpDocument *doc, const char *nick, gboolean first_names)
{
  gsize k = strlen (nick);
  guint n;
  const NpPerson *people = np_document_get_attendees (doc, &n);
  for (guint i = 0; i < n; i++)
    {
      const char *names[] = { people[i].name, people[i].handle };
      for (guint j = 0; j < G_N_ELEMENTS (names); j++)
        if (names[j] && g_ascii_strncasecmp (names[j], nick, k) == 0
            && (names[j][k] == '\0' || (first_names && j == 0 && names[j][k] == ' ')))
          return TRUE;
    }
  return FALSE;
}

/* Past a few dozen attendees np_people_named() asks an index: the same
 * answers as the walk, before and after a handle is filled in place
 * and a nickname is named in full */
static void
test_people_named_index (void)
{
  static const char *const given[] = { "Ann", "Bo", "Cy", "Di", "Ed", "Flo", "Gus", "Hal", "Ida", NULL };
  static const char *const family[] = { "Lee", "Moss", "Nash", "Orr", "Park", "Quinn", "Reyes", "Shaw", "Tate", NULL };
  g_autoptr (GString) text = g_string_new ("Board meeting\n\nPresent: hkoivisto, Zed Alpha");
  for (guint g = 0; given[g]; g++)
    for (guint f = 0; family[f]; f++)
      g_string_append_printf (text, ", %s %s", given[g], family[f]);
  g_string_append (text, "\n\nNotes\n\n- ok\n");
  NpDocument *doc = read_as ("board.txt", NULL, text->str);
  guint n;
  np_document_get_attendees (doc, &n);
  g_assert_cmpuint (n, >=, 64);
  static const char *const nicks[] = { "hkoivisto", "HKOIVISTO", "zed", "Zed", "zed alpha", "Ida Tate", "ida",
                                       "id", "idaa", "tate", "helmi", "zalpha", "zedalpha", "", NULL };
  for (guint step = 0; step < 3; step++)
    {
      /* in place, between the questions: a nickname named in full, then
       * a handle filled (the last attendee's) */
      if (step == 1)
        g_assert_true (np_meta_add_person (doc, "hkoivisto (Helmi Koivisto)", -1, 90));
      if (step == 2)
        g_assert_true (np_meta_contact_of_last (doc, "@zalpha", 7));
      for (const char *const *q = nicks; *q; q++)
        for (gboolean first = FALSE; first <= TRUE; first++)
          {
            g_test_message ("step %u nick \"%s\" first %d", step, *q, first);
            g_assert_cmpint (np_people_named (doc, *q, strlen (*q), first), ==, named_by_walk (doc, *q, first));
          }
    }
  g_assert_true (np_people_named (doc, "helmi", 5, TRUE));
  g_assert_true (np_people_named (doc, "zalpha", 6, FALSE));
  /* nicknames made of the names, as the walk of a short list finds them */
  static const struct
  {
    const char *nick;
    gboolean made;
  } made[] = {
    { "annl", TRUE },     { "ANNL", TRUE },      { "alee", TRUE },   { "al", TRUE },  { "idatat", TRUE },
    { "zeda", TRUE },     { "hkoivisto", TRUE }, { "hkoiv", FALSE }, { "it", FALSE }, { "idatatex", FALSE },
    { "itatee", FALSE },  { "zz", FALSE },       { "ann", FALSE },   { "leea", FALSE },
  };
  for (guint i = 0; i < G_N_ELEMENTS (made); i++)
    {
      g_test_message ("made of a name: \"%s\"", made[i].nick);
      g_assert_cmpint (np_people_nick_made (doc, made[i].nick, strlen (made[i].nick)), ==, made[i].made);
    }
  /* parts of names as written, and a line opening with a name */
  static const struct
  {
    NpPeopleKey kind;
    const char *s;
    gboolean has;
  } parts[] = {
    { NP_PEOPLE_NAME, "Ida Tate", TRUE },          { NP_PEOPLE_NAME, "ida tate", FALSE },
    { NP_PEOPLE_NAME, "Ida", FALSE },              { NP_PEOPLE_FIRST_WORD, "Ida", TRUE },
    { NP_PEOPLE_FIRST_WORD, "Helmi", TRUE },       { NP_PEOPLE_FIRST_WORD, "Tate", FALSE },
    { NP_PEOPLE_NAME_TAIL, "Tate", TRUE },         { NP_PEOPLE_NAME_TAIL, "Koivisto", TRUE },
    { NP_PEOPLE_NAME_TAIL, "ate", FALSE },         { NP_PEOPLE_SURNAME_FOLDED, "TATE", TRUE },
    { NP_PEOPLE_SURNAME_FOLDED, "ida", FALSE },    { NP_PEOPLE_ABBREVIATION, "IT", FALSE },
    { NP_PEOPLE_NAME, "Ida Tate and more", FALSE },
  };
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_test_message ("part %d: \"%s\"", parts[i].kind, parts[i].s);
      g_assert_cmpint (np_people_has (doc, parts[i].kind, parts[i].s, strlen (parts[i].s)), ==, parts[i].has);
    }
  static const char *const opening = "Ida Tate thinks so", *const not_opening = "Ida Tatexx thinks so";
  g_assert_true (np_people_name_opens (doc, opening, strlen (opening)));
  g_assert_false (np_people_name_opens (doc, not_opening, strlen (not_opening)));
  g_assert_false (np_people_name_opens (doc, "Ida Tate", 8));
  np_document_unref (doc);
}

static void
test_more_people_labels (void)
{
  NpDocument *doc = read_as ("wasm.md", NULL,
                             "# CG meeting\n\n#### Introduction of attendees\n\n* Andreas Rossberg\n* Conrad Watt\n\n"
                             "## Notes\n\nAR: I agree\n");
  assert_attendees (doc, "Andreas Rossberg;Conrad Watt");
  np_document_unref (doc);
  doc = read_as ("utc.md", NULL,
                 "# UTC\n\n| Organization | Representative | Role |\n|---|---|---|\n"
                 "| Unicode | Robin Leroy | Chair |\n| Google | Mark Davis | Member |\n\nRobin: the proposal\n");
  assert_attendees (doc, "Robin Leroy;Mark Davis");
  np_document_unref (doc);
  /* HackMD's notes: name, company and handle apart by slashes */
  doc = read_as ("hackmd.md", NULL,
                 "# Weekly\n\n## Attendees\n\n- Jeremy Tuloup / QuantStack / @jtpio\n- Zach Sailer / Apple / @Zsailer\n\n"
                 "## Notes\n\n- **Jeremy**: 4.1.1 is out\n");
  assert_attendees (doc, "Jeremy Tuloup;Zach Sailer");
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[0].affiliation, ==, "QuantStack");
  g_assert_cmpstr (p[0].handle, ==, "jtpio");
  np_document_unref (doc);
  /* a company after an at between spaces, the abbreviation after it; an
   * at before a handle stays the handle's */
  doc = read_as ("mfwg.md", NULL,
                 "# Notes\n\n## Attendees\n\n- Romy Cintas - Caixa (RCA)\n- Mika Kenner @ PayPal (MMK)\n"
                 "- Ann Lee @annlee\n\n## Notes\n\nMMK: +1\n");
  assert_attendees (doc, "Romy Cintas;Mika Kenner;Ann Lee");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[1].affiliation, ==, "PayPal");
  g_assert_cmpstr (p[1].abbreviation, ==, "MMK");
  g_assert_cmpstr (p[2].handle, ==, "annlee");
  np_document_unref (doc);
  /* "Full Name - handle": a handle made of the name's letters; a
   * company after the dash stays the affiliation; a project in
   * parentheses beside an @handle is no handle */
  doc = read_as ("tools.txt", NULL,
                 "Tools session\n\nAttendees:\nRahul Venkatesan - rvenk\nHye-jin Lee - hlee42\nAna Silva - google\n"
                 "Tomás Herrera @therrera (webpack)\n\nrvenk: ok\n");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpstr (p[0].handle, ==, "rvenk");
  g_assert_null (p[0].affiliation);
  g_assert_cmpstr (p[1].handle, ==, "hlee42");
  g_assert_null (p[2].handle);
  g_assert_cmpstr (p[2].affiliation, ==, "google");
  g_assert_cmpstr (p[3].name, ==, "Tomás Herrera");
  g_assert_cmpstr (p[3].handle, ==, "therrera");
  g_assert_cmpstr (p[3].affiliation, ==, "webpack");
  np_document_unref (doc);
  /* an etherpad's sign-in: the invitation to sign over the list, the
   * nick first and the person's name in parentheses */
  doc = read_as ("ptg.txt", NULL,
                 "PTG etherpad\n\nPlease add your IRC nick and name:\n- lmaresca (Luca Maresca) - PTL\n"
                 "- mkarasu (Mehmet Karasu)\n- kwame (Google Cloud)\n\nNotes\n- lmaresca: ok\n");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpstr (p[0].name, ==, "Luca Maresca");
  g_assert_cmpstr (p[0].handle, ==, "lmaresca");
  g_assert_cmpstr (p[1].name, ==, "Mehmet Karasu");
  g_assert_cmpstr (p[2].name, ==, "kwame");
  g_assert_cmpstr (p[2].affiliation, ==, "Google Cloud");
  np_document_unref (doc);
  /* "People:" over a list of people on its line; not over a sentence */
  doc = read_as ("rust.md", NULL, "# Design meeting\n\nPeople: TC, Josh Triplett, Tyler Mandry\n\n## Notes\n\nJosh: ok\n");
  assert_attendees (doc, "TC;Josh Triplett;Tyler Mandry");
  np_document_unref (doc);
  doc = read_as ("hire.md", NULL, "# Plan\n\nPeople: we need to hire, and soon\n\n- Ann: ok\n");
  assert_attendees (doc, "");
  np_document_unref (doc);
  /* Obsidian's Dataview field, two colons */
  doc = read_as ("obsidian.md", NULL,
                 "# Debrief\n\nAttendees:: [[Ingrid Solberg]], [[Rafael Costa]]\n\n- **[[Ingrid Solberg]]** - ok\n");
  assert_attendees (doc, "Ingrid Solberg;Rafael Costa");
  np_document_unref (doc);
  /* Mozilla's nicknames after a colon, in parentheses or brackets */
  doc = read_as ("moz.md", NULL,
                 "# Firefox\n\nPresent: Mike Conley (:mconley), Olli Pettay [:smaug]\n\n* smaug: landed\n");
  assert_attendees (doc, "Mike Conley;Olli Pettay");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[0].handle, ==, "mconley");
  g_assert_cmpstr (p[1].handle, ==, "smaug");
  np_document_unref (doc);
  /* a Google Doc's person chips, links side by side */
  doc = read_as ("gdoc.md", NULL,
                 "# Sync\n\nAttendees: [Priya Raman](mailto:priya@example.com) [Hannah Okoye](mailto:hannah@example.com)"
                 " [Dmitri Volkov](mailto:dmitri@example.com)\n\n- hi\n");
  assert_attendees (doc, "Priya Raman;Hannah Okoye;Dmitri Volkov");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[1].email, ==, "hannah@example.com");
  np_document_unref (doc);
  /* a summit session's leads and a group's organizers, in both readers */
  doc = read_as ("summit.txt", NULL,
                 "Summit\n\nSession: Generics\nLeads: Robert Griesemer, Ian Lance Taylor\n\n- Ian: iterators\n");
  assert_attendees (doc, "Robert Griesemer;Ian Lance Taylor");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[0].role, ==, "Lead");
  np_document_unref (doc);
  doc = read_as ("wg.md", NULL, "# WG\n\nOrganizers: Ann Lee, Bo Chen\n\n## Notes\n\n- Ann: hi\n");
  assert_attendees (doc, "Ann Lee;Bo Chen");
  np_document_unref (doc);
}

/* An HTML table in Markdown (a document editor's export) reads as the
 * pipe table it stands for, each row at the line of its <tr>: here a
 * list of people with a column that marks who was there (no header over
 * its "x"), a name column that holds the company too, and a GitHub
 * column.  A pipe table's "Present" column of "Yes" and "No" the same;
 * rows that share a line stay one paragraph. */
static void
test_html_table_people (void)
{
  static const char md[] = "# **2023-11-14**\n\n"
                           "## Attendance\n\n"                          /* 3 */
                           "<table>\n  <tr>\n   <td>\n   </td>\n"       /* 5-8 */
                           "   <td><strong>Name/Affiliation</strong>\n   </td>\n"
                           "   <td>GH ID\n   </td>\n  </tr>\n"          /* 11-13 */
                           "  <tr>\n   <td>x\n   </td>\n"               /* 14-16 */
                           "   <td>Arnaud Le Hors (IBM, <strong>TAC</strong>)\n   </td>\n"
                           "   <td>lehors\n   </td>\n  </tr>\n"         /* 19-21 */
                           "  <tr>\n   <td>\n   </td>\n"                /* 22-24 */
                           "   <td>Bo Chen &amp; co (Example Corp)\n   </td>\n"
                           "   <td>\n   </td>\n  </tr>\n</table>\n\n"   /* 27-30 */
                           "## Notes\n\n- Arnaud: fine\n";              /* 32-34 */
  NpDocument *doc = read_as ("tac.md", NULL, md);
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (p[0].name, ==, "Arnaud Le Hors");
  g_assert_cmpstr (p[0].affiliation, ==, "IBM, TAC");
  g_assert_cmpstr (p[0].handle, ==, "lehors");
  g_assert_cmpuint (p[0].line, ==, 14);
  g_assert_null (p[0].role);
  g_assert_cmpstr (p[1].name, ==, "Bo Chen & co");
  g_assert_cmpstr (p[1].role, ==, "Absent");
  g_assert_cmpuint (p[1].line, ==, 22);
  const NpItem *it = item_at_line (doc, 34);
  g_assert_nonnull (it);
  g_assert_cmpuint (it->id, ==, 0);
  assert_lines_accounted (doc, md);
  np_document_unref (doc);

  /* a pipe table's "Present" column; the same table as rows of HTML
   * that share a line is left as it is written */
  doc = read_as ("tsc.md", NULL,
                 "# TSC\n\n| Name | Present |\n|---|---|\n| Ann Lee | Yes |\n| Bo Chen | No |\n\n"
                 "<table><tr><td>Name</td><td>Company</td></tr><tr><td>Cy Diaz</td><td>ACME</td></tr></table>\n\n"
                 "- Ann: fine\n");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_null (p[0].role);
  g_assert_cmpstr (p[1].role, ==, "Absent");
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 2);
  g_autofree char *html = np_document_dup_item_text (doc, items[0].id);
  g_assert_nonnull (strstr (html, "<table>"));
  np_document_unref (doc);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reader/markdown/team-members", test_markdown_team_members);
  g_test_add_func ("/reader/markdown/present-subgroups", test_markdown_present_subgroups);
  g_test_add_func ("/reader/markdown/members-points", test_markdown_members_points);
  g_test_add_func ("/reader/text/members-points", test_text_members_points);
  g_test_add_func ("/reader/members-contacts", test_members_contacts);
  g_test_add_func ("/reader/invited-label", test_invited_label);
  g_test_add_func ("/reader/attendee-mentions", test_attendee_mentions);
  g_test_add_func ("/reader/attendee-groups", test_attendee_groups);
  g_test_add_func ("/reader/attendee-placeholders", test_attendee_placeholders);
  g_test_add_func ("/reader/attendee-repeated", test_attendee_repeated);
  g_test_add_func ("/reader/text/role-blocks", test_text_role_blocks);
  g_test_add_func ("/reader/markdown/role-lines", test_markdown_role_lines);
  g_test_add_func ("/reader/text/role-lines", test_text_role_lines);
  g_test_add_func ("/reader/text/inline-present", test_text_inline_present);
  g_test_add_func ("/reader/attendee-labels-languages", test_attendee_labels_languages);
  g_test_add_func ("/reader/attendee-chips", test_attendee_chips);
  g_test_add_func ("/reader/abbreviated-people-paragraph", test_abbreviated_people_paragraph);
  g_test_add_func ("/reader/parenthesized-nicknames", test_parenthesized_nicknames);
  g_test_add_func ("/reader/markdown/front-matter-attendees", test_front_matter_attendees);
  g_test_add_func ("/reader/text/w3c-dump", test_text_w3c_dump);
  g_test_add_func ("/reader/attendee-titles", test_attendee_titles);
  g_test_add_func ("/reader/attendee-role-lists", test_attendee_role_lists);
  g_test_add_func ("/reader/people-pairs-and-panels", test_people_pairs_and_panels);
  g_test_add_func ("/reader/text/hearing-record", test_hearing_record);
  g_test_add_func ("/reader/surname-first", test_surname_first);
  g_test_add_func ("/reader/text/turns-open-the-notes", test_turns_open_the_notes);
  g_test_add_func ("/reader/text/people-in-columns", test_people_in_columns);
  g_test_add_func ("/reader/more-people-labels", test_more_people_labels);
  g_test_add_func ("/reader/text/loose-people-list", test_loose_people_list);
  g_test_add_func ("/reader/group-titles-over-people", test_group_titles_over_people);
  g_test_add_func ("/reader/long-people-list", test_long_people_list);
  g_test_add_func ("/reader/people-named-index", test_people_named_index);
  g_test_add_func ("/reader/markdown/html-table-people", test_html_table_people);
  return g_test_run ();
}
