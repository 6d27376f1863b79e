/* test-reader-people-labels.c: the labels over people and the fields
 * between them: a plural label in the singular, the fields of a roles
 * line, a group's "Present", a label that names nobody over a roster, a
 * role in parentheses.  (test-reader-people.c has the lists themselves.) */
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

/* "* Attendees: matz, ko1, nobu" as a list's item is the list of people,
 * not an item of the notes; an item that only mentions attendance is */
static void
test_attendees_as_list_item (void)
{
  NpDocument *doc = read_as ("devmeeting.md", NULL,
                             "# DevMeeting\n\n* Attendees: matz, ko1, nobu\n* Date: 2025-02-13\n\n"
                             "## Notes\n\n* ko1: my ticket\n");
  assert_attendees (doc, "matz;ko1;nobu");
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (items[i].line, !=, 3);
  np_document_unref (doc);
  doc = read_as ("sync.md", NULL, "# Sync\n\n- Alice: attendance was low this week\n- Bob: agreed\n");
  assert_attendees (doc, "");
  np_document_unref (doc);
}

/* Pads people sign in on: "## Who's here", "**Attendees** (add
 * yourself!):", an entry's role after a double dash, a handle first with
 * the name after a dash or in parentheses */
static void
test_sign_in_pads (void)
{
  NpDocument *doc = read_as ("pad.md", NULL,
                             "# NixCon\n\n## Who's here\n- Linnea Karlsson\n- Bram Oosterhuis\n\n"
                             "## Discussion\n- Linnea: merge-bot was supposed to fix that\n");
  assert_attendees (doc, "Linnea Karlsson;Bram Oosterhuis");
  np_document_unref (doc);
  doc = read_as ("summit.md", NULL,
                 "# Summit\n\n**Attendees** (add yourself!): Priscila Andrade (Chronosphere), Devon Marsh\n\n"
                 "## Notes\n\n* Priscila: retention is 1 in 10\n");
  assert_attendees (doc, "Priscila Andrade;Devon Marsh");
  np_document_unref (doc);
  doc = read_as ("bof.txt", NULL,
                 "BoF: Salsa CI runners\n\nPresent (please add yourself, name + nick):\n"
                 " - Margit Sallai (margit) -- BoF organiser, salsa-ci-team\n - Jun Watanabe (junw)\n\n"
                 "margit: median pipeline time went up.\n");
  assert_attendees (doc, "Margit Sallai;Jun Watanabe");
  np_document_unref (doc);
  /* a way of attending in brackets after the name */
  doc = read_as ("akademy.txt", NULL,
                 "Akademy BoF\n\nAttendees (please add yourself):\n * Jana Kowalczyk (jkowal)\n"
                 " * Tobias Brandt (tbrandt) [remote]\n\njkowal: quick round\n");
  assert_attendees (doc, "Jana Kowalczyk;Tobias Brandt");
  np_document_unref (doc);
  doc = read_as ("nixcon.md", NULL,
                 "# NixCon\n\n## Attendees\n- @quentinv \xe2\x80\x94 Quentin Vasseur\n"
                 "- @linnea-k (Linnea Karlsson) \xe2\x80\x94 nixpkgs-architecture team\n\n"
                 "## Discussion\n- @quentinv: the committer bit is the bottleneck\n");
  assert_attendees (doc, "Quentin Vasseur;Linnea Karlsson");
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[0].handle, ==, "quentinv");
  np_document_unref (doc);
  /* a board's "Directors:" alone over its list; "Directors: please ..." names nobody */
  doc = read_as ("board.txt", NULL,
                 "Minutes\n\nDirectors:\n * Pablo Duarte (PD), Treasurer\n * Ruth McKenna (RM)\n\n"
                 "Minutes:\n * [RM] raised a concern.\n\nDirectors: please review the budget.\n");
  assert_attendees (doc, "Pablo Duarte;Ruth McKenna");
  np_document_unref (doc);
  /* a team's standup notes: "Team:" alone over its members, in both
   * readers; "Team: Platform" names the team */
  static const char *const standup_names[] = { "standup.md", "standup.txt" };
  for (guint k = 0; k < G_N_ELEMENTS (standup_names); k++)
    {
      doc = read_as (standup_names[k], NULL,
                     "Standup\n\nTeam: Platform\n\nTeam:\n- Alex Rivera (backend)\n- Bea Santos (QA)\n\n"
                     "Members:\n- Chen Wei\n\nMonday\n\nBea: done\n");
      assert_attendees (doc, "Alex Rivera;Bea Santos;Chen Wei");
      np_document_unref (doc);
    }
  /* a city council's transcript: the council present, in capitals */
  doc = read_as ("council.txt", NULL,
                 "REGULAR CITY COUNCIL MEETING\n\nCOUNCIL PRESENT:\n     Mayor Linda Okonkwo\n"
                 "     Councilmember Tom Brandt\n\nCOMMISSIONERS PRESENT:\n     Ann Lee\n\n"
                 "MAYOR OKONKWO:  Good evening.\n");
  assert_attendees (doc, "Linda Okonkwo;Tom Brandt;Ann Lee");
  np_document_unref (doc);
}

/* Under a "Guests" heading a turn ("Linnea: we'd love to ...") is no
 * attendee; a table's name with a role in parentheses is the name */
static void
test_turns_and_roles_among_people (void)
{
  NpDocument *doc = read_as ("commcomm.md", NULL,
                             "# CommComm\n\n## Present\n\n- Tiernan Coyle (@tcoyle)\n- Katerina Novak (@knovak)\n\n"
                             "### Guests\n\n- Linnea Sjoberg from the Electron outreach group joined\n"
                             "  - Linnea: we'd love to do a joint workshop\n"
                             "  - Katerina: yes please, I'll connect you\n"
                             "  - Tiernan: ok\n");
  assert_attendees (doc, "Tiernan Coyle;Katerina Novak");
  np_document_unref (doc);
  /* a turn ends the list a label alone heads: what follows is notes */
  doc = read_as ("sync.md", NULL,
                 "Attendees:\n- Ruoyu Huang (Google)\n- Bo Chen: chair of the working group\n\n"
                 "* Ruoyu: we have a patch in review.\n* Bo: is that a CMake option?\n* Ruoyu: per target.\n");
  assert_attendees (doc, "Ruoyu Huang;Bo Chen");
  np_document_unref (doc);
  /* a bold label alone, the names on the paragraph's next line */
  doc = read_as ("llvm.md", NULL,
                 "Notes from the sync-up.\n\n**Attendees**\nPeter Smith (Arm), Volodymyr Karpov (Arm), Grace Lin (TI)\n\n"
                 "## Releases\n\n* Peter: thanks\n");
  assert_attendees (doc, "Peter Smith;Volodymyr Karpov;Grace Lin");
  np_document_unref (doc);
  /* a comma inside an entry's parentheses is the entry's */
  doc = read_as ("llvm.md", NULL,
                 "Notes.\n\n**Attendees**\nPeter Smith (@pjsmith, Arm), Volodymyr Karpov (Arm), @mstors (independent)\n\n"
                 "## Releases\n\n* Peter: thanks\n");
  assert_attendees (doc, "Peter Smith;Volodymyr Karpov;mstors");
  np_document_unref (doc);
  /* capitals in parentheses are the person's abbreviation when a letter
   * of them opens a word of the name; else a company ("SAP"), or the
   * role of io.js's TC */
  doc = read_as ("toc.md", NULL,
                 "# TOC\n\nAttendees:\n* Jonas Weidmann (SAP)\n* Chris Garret (KHG)\n* Ben Noordhuis (TC)\n\n## Notes\n\n- hi\n");
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_null (p[0].abbreviation);
  g_assert_cmpstr (p[0].affiliation, ==, "SAP");
  g_assert_cmpstr (p[1].abbreviation, ==, "KHG");
  g_assert_null (p[2].abbreviation);
  g_assert_cmpstr (p[2].role, ==, "TC");
  np_document_unref (doc);
  doc = read_as ("wg.md", NULL,
                 "# Security WG\n\n| Name | GitHub | Affiliation |\n|---|---|---|\n"
                 "| Rafael Quintero | @rquintero | NearForm |\n| Priya Raghunathan (observer) | @priyar | Google |\n"
                 "| Ann Lee (Acme) | @alee | |\n\n- hi\n");
  assert_attendees (doc, "Rafael Quintero;Priya Raghunathan;Ann Lee (Acme)");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[1].role, ==, "observer");
  np_document_unref (doc);
  /* a lab's groups with their people in parentheses, in those roles; the
   * line a parenthesis left open goes on with the list */
  doc = read_as ("lab.md", NULL,
                 "# Lab meeting\n\nPresent: PI (Prof. Anika Rao), postdocs (Tom\xc3\xa1s Ferreira, Li Wei), grad "
                 "students (Hannah Okoye,\nDmitri Volkov), lab manager (Beatriz Lemos)\n\n- hi\n");
  assert_attendees (doc, "Anika Rao;Tom\xc3\xa1s Ferreira;Li Wei;Hannah Okoye;Dmitri Volkov;Beatriz Lemos");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[0].role, ==, "PI");
  g_assert_cmpstr (p[2].role, ==, "postdocs");
  np_document_unref (doc);
  /* a call's sides under a label with a dash, each side's label one word */
  doc = read_as ("call.txt", NULL,
                 "Discovery call\n\nAttendees \xe2\x80\x94 Customer: Jane Doerr (VP Eng, Northwind), Raj "
                 "Bhattacharya (Platform Lead, Northwind),\nOlga S\xc3\xb8rensen (Procurement; joined at 15:20); Us: "
                 "Sam Whitaker (AE), Priya Nair (SE)\n\n- hi\n");
  assert_attendees (doc, "Jane Doerr;Raj Bhattacharya;Olga S\xc3\xb8rensen;Sam Whitaker;Priya Nair");
  np_document_unref (doc);
  /* "Name from Company": the name, then where the person comes from;
   * a phrase with "from" in it is nobody */
  doc = read_as ("call.txt", NULL,
                 "Board meeting\n\nPresent: Maria Gomez, Stacy from Keystone Property Mgmt, Raj Bhattacharya from "
                 "Northwind, notes from last week\n\n- hi\n");
  assert_attendees (doc, "Maria Gomez;Stacy;Raj Bhattacharya");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[1].affiliation, ==, "Keystone Property Mgmt");
  g_assert_cmpstr (p[2].affiliation, ==, "Northwind");
  np_document_unref (doc);
  /* a legend of the initials that mark the turns; not a glossary's */
  doc = read_as ("1on1.txt", NULL,
                 "1:1 Mira / James\nMK = Mira Kova\xc4\x8d, JP = James Porter; RB = Ruth Bellamy (skip-level)\n\n"
                 "JP: I think my gap is influence.\nMK: The review counts.\n\n"
                 "SLO = Service Level Objective, SLA = Service Level Agreement\n");
  assert_attendees (doc, "Mira Kova\xc4\x8d;James Porter;Ruth Bellamy");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[0].abbreviation, ==, "MK");
  np_document_unref (doc);
  /* a record's appearances: counsel in capitals (written in Title case),
   * "Esq.", then the firm, hers */
  doc = read_as ("deposition.txt", NULL,
                 "DEPOSITION OF MARCUS HALVORSEN\n\nAPPEARANCES:\n"
                 "For the Plaintiff: JENNIFER PARK, ESQ., Park & Lindqvist LLP\n"
                 "For the Defendant: ROBERT DUNN, ESQ., Dunn Sato Harrow PC\n\nQ. Hello?\nA. Hi.\n");
  assert_attendees (doc, "Jennifer Park;Robert Dunn");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[0].affiliation, ==, "Park & Lindqvist LLP");
  np_document_unref (doc);
  /* a roles table: the handle in parentheses after the name, with its
   * '@' or without, is the handle; a role there stays the role */
  doc = read_as ("pm.md", NULL,
                 "# Post-mortem\n\n## Roles\n\n| Role | Person |\n|---|---|\n"
                 "| Incident commander | Aleksander Nowak (alnowak) |\n| Comms | Chiara Ferri (@cferri) |\n"
                 "| Scribe | Priya Raghunathan (observer) |\n\n- hi\n");
  assert_attendees (doc, "Aleksander Nowak;Chiara Ferri;Priya Raghunathan");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[0].handle, ==, "alnowak");
  g_assert_cmpstr (p[1].handle, ==, "cferri");
  g_assert_null (p[2].handle);
  g_assert_cmpstr (p[2].role, ==, "observer");
  np_document_unref (doc);
  /* ... but not an address in the cell */
  doc = read_as ("pm.md", NULL,
                 "# Post-mortem\n\n## Roles\n\n| Role | Person |\n|---|---|\n"
                 "| Incident commander | Aleksander Nowak (alnowak@example.org) |\n"
                 "| Comms | Chiara Ferri (@cferri) |\n\n- hi\n");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpuint (n, ==, 0);
  np_document_unref (doc);
  g_assert_true (np_meta_entry_is_turn ("Linnea: we'd love to do a workshop", -1));
  g_assert_false (np_meta_entry_is_turn ("Bo Chen: chair of the working group", -1));
  g_assert_false (np_meta_entry_is_turn ("Ann Lee: Google", -1));
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
  /* a comma inside the parentheses of one person's affiliation */
  doc = read_as ("panel.md", NULL,
                 "# Panel\n\nModerator: Dana Whitcombe (The Ledger, London)\n\n"
                 "Facilitator: **Tobias Gr\xc3\xbcnewald** (Red Hat, Berlin)\n\n**Dana**: Welcome.\n");
  assert_attendees (doc, "Dana Whitcombe;Tobias Gr\xc3\xbcnewald");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[0].role, ==, "Moderator");
  g_assert_cmpstr (p[0].affiliation, ==, "The Ledger, London");
  np_document_unref (doc);
  /* fields after a sentence's end: "Moderator: Jane Doe. Panelists: ..." */
  doc = read_as ("panel.txt", NULL,
                 "Panel\nModerator: Jane Doe. Panelists: Raj Patel (Acme), Lena Fischer (Mozilla)\n\n"
                 "RAJ PATEL: Thanks Jane.\n");
  assert_attendees (doc, "Jane Doe;Raj Patel;Lena Fischer");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[0].role, ==, "Moderator");
  g_assert_cmpstr (p[1].affiliation, ==, "Acme");
  g_assert_cmpstr (p[1].role, ==, "Panelist");
  g_assert_cmpstr (p[2].role, ==, "Panelist");
  np_document_unref (doc);
  /* a panel's title names nobody, nor does a phrase in lower case; the
   * list under the title is notes */
  doc = read_as ("panel.txt", NULL, "Panel: The future of the web\n\n- hi\n");
  assert_attendees (doc, "");
  g_assert_cmpstr (np_document_get_title (doc), ==, "Panel: The future of the web");
  np_document_unref (doc);
  doc = read_as ("sync.txt", NULL, "Sync\n\nAttendees: the team\n\nPanel: Jane Doe (Acme), Raj Patel\n\n- hi\n");
  assert_attendees (doc, "Jane Doe;Raj Patel");
  np_document_unref (doc);
  /* a field's role goes on to the entries after it */
  doc = read_as ("wg.txt", NULL, "WG\n\nChair: Ann Lee, Bo Chen \xc2\xb7 Scribes: Cy Diaz, Di Eve\n\n- hi\n");
  assert_attendees (doc, "Ann Lee;Bo Chen;Cy Diaz;Di Eve");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[1].role, ==, "Chair");
  g_assert_cmpstr (p[3].role, ==, "Scribe");
  np_document_unref (doc);
}

/* A group's "Present:" over one name a line, indented as formal minutes
 * write them: a name with a surname's particles ("Anneke de Groot") goes
 * on the list, not ends it.  Any group in Title case and the plural is
 * one ("Trustees Present:", three words at most), "Members Not Present:"
 * none. */
static void
test_group_present (void)
{
  const char *text = "Board Meeting Minutes\n\n2. Roll Call\n\n    Directors Present:\n\n      Anneke de Groot\n"
                     "      Maria de la Cruz\n      Rafael Quintero\n\n    Directors Absent:\n\n      Patrick Smith\n\n"
                     "3. Reports\n\n    Text here.\n";
  NpDocument *doc = read_as ("board.txt", NULL, text);
  assert_attendees (doc, "Anneke de Groot;Maria de la Cruz;Rafael Quintero;Patrick Smith");
  g_assert_null (item_at_line (doc, 7));
  assert_lines_accounted (doc, text);
  np_document_unref (doc);
  doc = read_as ("trust.md", NULL,
                 "# Trust\n\nBoard Members Present: Ann Lee, Bo Chen\n\nTrustees Present: Cy Diaz\n\n"
                 "Executive Committee Members Present: Ed Fox\n\n## Notes\n\nMembers Not Present: Di Eve\n");
  assert_attendees (doc, "Ann Lee;Bo Chen;Cy Diaz;Ed Fox");
  np_document_unref (doc);
}

/* A label that names nobody before a roster ("For newcomers:", "Who's
 * who:") is no person: the people after it are read, under an attendee
 * list or as a paragraph of their own, before the notes or where they
 * spell out abbreviations listed already.  Proposals with abbreviations
 * amid the notes are none; "Alice Smith: Google" is a name and its
 * affiliation. */
static void
test_label_over_roster (void)
{
  NpDocument *doc = read_as ("minutes.txt", NULL,
                             "Minutes\n\nPresent: AK, JD, MR\n"
                             "Who's who: Aiko Kimura (AK), Jonas Dahl (JD), Mariam Rahimi (MR).\n\nAK: hello.\n");
  assert_attendees (doc, "AK;JD;MR;Aiko Kimura;Jonas Dahl;Mariam Rahimi");
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[3].abbreviation, ==, "AK");
  g_assert_null (p[3].affiliation);
  np_document_unref (doc);
  const char *text = "# Minutes\n\nHi all, minutes below.\n\nPresent: AK, JD, MR\n\n"
                     "**For newcomers:** Aiko Kimura (AK), Jonas Dahl (JD), Mariam Rahimi (MR).\n\nAK: hello.\n\n"
                     "Proposals: Error Cause (EC), Array Grouping (AG), Pipeline Operator (PO)\n";
  doc = read_as ("minutes.md", NULL, text);
  assert_attendees (doc, "AK;JD;MR;Aiko Kimura;Jonas Dahl;Mariam Rahimi");
  g_assert_cmpuint (np_document_get_line_role (doc, 7), ==, NP_LINE_ATTENDEE);
  g_assert_nonnull (item_at_line (doc, 11));
  np_document_unref (doc);
  doc = read_as ("team.txt", NULL,
                 "Team\n\nAttendees:\nEngineering: Ann Lee, Bo Chen\nAlice Smith: Google, Cy Diaz\n\n- a note\n");
  assert_attendees (doc, "Ann Lee;Bo Chen;Alice Smith;Cy Diaz");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[2].affiliation, ==, "Google");
  np_document_unref (doc);
}

/* A role noun in lower case in parentheses is a role, not a nickname,
 * unless it takes letters of the name as nicknames do */
static void
test_role_in_parentheses (void)
{
  NpDocument *doc = read_as ("one-on-one.md", NULL,
                             "# 1:1\n\nAttendees: Karin Johansson (manager), Jane Mwangi, Ann Lee (reviewer), "
                             "Leo Balter (leobalter), Dan Minor (dminor), Kevin Gibbons (bakkot)\n\n- a note\n");
  assert_attendees (doc, "Karin Johansson;Jane Mwangi;Ann Lee;Leo Balter;Dan Minor;Kevin Gibbons");
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_null (p[0].handle);
  g_assert_cmpstr (p[0].role, ==, "manager");
  g_assert_null (p[2].handle);
  g_assert_cmpstr (p[2].role, ==, "reviewer");
  g_assert_cmpstr (p[3].handle, ==, "leobalter");
  g_assert_cmpstr (p[4].handle, ==, "dminor");
  g_assert_cmpstr (p[5].handle, ==, "bakkot");
  np_document_unref (doc);
}

/* A title of office of two words opening an attendee's name is the role
 * ("City Manager Priyanka Nair", one person under a group's label, not
 * "City Manager" and "Priyanka Nair"), and a title before a surname with
 * its particle is one too ("Councilmember Anneke de Vries"); "Police
 * Chief" before one word stays a name; "Chief Bo Lin" and "Director Ana
 * Ruiz" are a chief and a director; an office of three words ("Mayor Pro
 * Tem Gregory Hsu", "Public Works Director Tom Kessler") is one role */
static void
test_office_titles (void)
{
  NpDocument *doc = read_as ("council.txt", NULL,
                             "Council\n\nPresent: Mayor Grace Lee, Councilmember Anneke de Vries, Police Chief Ruiz\n"
                             "Staff: City Manager Priyanka Nair, City Clerk Robert Haas, Executive Director Tom Lund, "
                             "Chief Bo Lin, Mayor Pro Tem Gregory Hsu, Public Works Director Tom Kessler\n\n"
                             "Item 1\n\n- a note\n");
  assert_attendees (doc, "Grace Lee;Anneke de Vries;Police Chief Ruiz;Priyanka Nair;Robert Haas;Tom Lund;Bo Lin;"
                         "Gregory Hsu;Tom Kessler");
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[1].role, ==, "Councilmember");
  g_assert_cmpstr (p[3].role, ==, "City Manager");
  g_assert_cmpstr (p[4].role, ==, "City Clerk");
  g_assert_cmpstr (p[5].role, ==, "Executive Director");
  g_assert_cmpstr (p[6].role, ==, "Chief");
  g_assert_cmpstr (p[7].role, ==, "Mayor Pro Tem");
  g_assert_cmpstr (p[8].role, ==, "Public Works Director");
  np_document_unref (doc);
  /* one a line under the label, the office's words and the name's more
   * than four together */
  doc = read_as ("council2.txt", NULL,
                 "MINUTES\n\n     COUNCIL PRESENT:\n          Mayor Linda Okonkwo\n"
                 "          Mayor Pro Tem Daniel Reyes\n          Councilmember Sarah Whitfield\n\nItem 1\n");
  assert_attendees (doc, "Linda Okonkwo;Daniel Reyes;Sarah Whitfield");
  np_document_unref (doc);
}

/* A deposition's appearances: "APPEARANCES:" over the counsel for each
 * party and whoever else is present lists the attendees; a post-nominal
 * after a name and its comma is no part of it nor anybody ("Esq.",
 * "PhD"), a role in lower case after a full name is the person's role
 * ("videographer"), and a nickname after a nickname stays a person */
static void
test_appearances (void)
{
  const char *text = "DEPOSITION OF ROSALIND MBEKI\n\nAPPEARANCES:\n"
                     "For the Plaintiff: Daniel Calloway, Esq.\nFor the Defendant: Keiko Nakamura, Esq.\n"
                     "Also present: Viktor Lindahl, videographer, Ann Lee, PhD\n\n"
                     "THE VIDEOGRAPHER: We are on the record.\n";
  NpDocument *doc = read_as ("deposition.txt", NULL, text);
  assert_attendees (doc, "Daniel Calloway;Keiko Nakamura;Viktor Lindahl;Ann Lee");
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_null (p[0].affiliation);
  g_assert_cmpstr (p[2].role, ==, "videographer");
  g_assert_null (p[3].role);
  assert_lines_accounted (doc, text);
  np_document_unref (doc);
  /* one entry a line: the same, no affiliation */
  doc = read_as ("deposition.md", NULL,
                 "# Deposition\n\nAttendees:\n\n- Daniel Calloway, Esq.\n- Viktor Lindahl, videographer\n\n"
                 "Present: astearns, hober\n\n## Record\n\n- a note\n");
  assert_attendees (doc, "Daniel Calloway;Viktor Lindahl;astearns;hober");
  p = np_document_get_attendees (doc, &n);
  g_assert_null (p[0].affiliation);
  g_assert_null (p[1].affiliation);
  g_assert_cmpstr (p[1].role, ==, "videographer");
  np_document_unref (doc);
}

/* A name whose last character's last byte is a dash's (0x93, 0x94: 健一,
 * 鈴木 翔, Александр) keeps it: trimming a list's punctuation byte by
 * byte cut it in two, and the invalid name failed the speakers layer */
static void
test_names_keep_last_character (void)
{
  NpDocument *doc = read_as ("kaigi.md", NULL, "# 会議\n\n出席者：田中 健一、鈴木 翔\n\n- 田中：よろしく\n");
  assert_attendees (doc, "田中 健一;鈴木 翔");
  np_document_unref (doc);
  doc = read_as ("sync.md", NULL, "# Sync\n\nAttendees: Иван Сидоров, Пётр Александр —\n\n- Иван: привет\n");
  assert_attendees (doc, "Иван Сидоров;Пётр Александр");
  np_document_unref (doc);
  /* a role in full-width parentheses is no part of the name */
  doc = read_as ("teirei.md", NULL, "# 会議\n\n出席者：田中 健太（PM）、鈴木 美咲\n\n- 田中：はい\n");
  assert_attendees (doc, "田中 健太;鈴木 美咲");
  np_document_unref (doc);
  /* the shorter labels: "出席" (present), "列席" (attending, no vote) */
  doc = read_as ("huiyi.md", NULL, "# 会议\n\n出席：王明、李华\n列席：张伟\n\n- 王明：好的\n- 出席率很高\n");
  assert_attendees (doc, "王明;李华;张伟");
  np_document_unref (doc);
}

/* An attendee line wrapped at 72 columns by a mail client or editor, a
 * name split across the break: the next line goes on with the list (the
 * name whole, no item "Adeyemi", no heading or section of it), in both
 * readers, over three lines too and with a handle after the break.  A
 * writer's break (the next word would have fit), a title over a list and
 * a sentence are no part of the list. */
static void
test_wrapped_attendee_line (void)
{
  static const char *const names[] = { "sync.md", "sync.txt" };
  static const char *const titles[] = { "# Platform sync", "Platform sync" };
  static const char *const bodies[] = { "## 1. Release status\n\n- Priya: Welcome.\n- Olu: Got it.\n",
                                        "Release status\n--------------\n\n* Priya: Welcome.\n* Olu: Got it.\n" };
  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    {
      g_autofree char *text = g_strconcat (titles[k],
                                           "\n\nPresent: Priya Raman, Tomas Ortega, Hannah Kowalski, "
                                           "Wei Zhang, Olu\nAdeyemi\n\n",
                                           bodies[k], NULL);
      NpDocument *doc = read_as (names[k], NULL, text);
      assert_attendees (doc, "Priya Raman;Tomas Ortega;Hannah Kowalski;Wei Zhang;Olu Adeyemi");
      assert_lines_accounted (doc, text);
      g_assert_cmpint (np_document_get_line_role (doc, 4), ==, NP_LINE_ATTENDEE);
      guint n;
      const NpItem *items = np_document_get_items (doc, &n);
      g_assert_cmpuint (n, ==, 2);
      g_assert_cmpuint (items[0].line, >, 4);
      const NpSection *sections = np_document_get_sections (doc, &n);
      for (guint i = 0; i < n; i++)
        g_assert_cmpstr (sections[i].title, !=, "Adeyemi");
      np_document_unref (doc);

      /* over three lines, the handle after the break */
      g_autofree char *three = g_strconcat (titles[k],
                                            "\n\nPresent: Priya Raman (@praman), Tomas Ortega (@tortega), "
                                            "Hannah\nKowalski (@hkow), Wei Zhang (@wzhang), Olu Adeyemi, Marcus\n"
                                            "Bell, Ann Lee\n\n",
                                            bodies[k], NULL);
      doc = read_as (names[k], NULL, three);
      assert_attendees (doc, "Priya Raman;Tomas Ortega;Hannah Kowalski;Wei Zhang;Olu Adeyemi;Marcus Bell;Ann Lee");
      const NpPerson *people = np_document_get_attendees (doc, &n);
      g_assert_cmpstr (people[2].handle, ==, "hkow");
      np_document_unref (doc);
    }
  /* handles first, their names in parentheses, wrapped by an editor */
  NpDocument *at = read_as ("webpack.md", NULL,
                            "# Sync\n\nAttendees: @alexander-akait (Alexander Akait), @evenstensberg (Even Stensberg),\n"
                            "@TheLarkInn (Sean Larkin), @snitin315 (Nitin Kumar)\n\n- snitin315: hi\n");
  assert_attendees (at, "Alexander Akait;Even Stensberg;Sean Larkin;Nitin Kumar");
  np_document_unref (at);
  /* a writer's break in plain text: "Ng" would have fit on the line, no
   * wrap; Markdown's paragraph is one line once rendered, whatever the
   * widths */
  NpDocument *doc = read_as ("sync.txt", NULL, "Sync\n\nPresent: Ann Lee, Bo\nNg\n\n- Ann: hi\n");
  assert_attendees (doc, "Ann Lee;Bo");
  np_document_unref (doc);
  doc = read_as ("sync.md", NULL, "# Sync\n\nPresent: Ann Lee, Bo\nNg\n\n- Ann: hi\n");
  assert_attendees (doc, "Ann Lee;Bo Ng");
  np_document_unref (doc);
  /* a comma inside an entry's parentheses, the line longer than the
   * label's */
  doc = read_as ("webpack.md", NULL,
                 "# Sync\n\nAttendees: @evenstensberg (Even Stensberg),\n"
                 "@TheLarkInn (Sean Larkin), @snitin315 (Nitin Kumar), @hanli (Han Li, Rspack team, guest)\n\n- hi\n");
  assert_attendees (doc, "Even Stensberg;Sean Larkin;Nitin Kumar;Han Li");
  np_document_unref (doc);
  /* a name, then a comma, in the parentheses is the person's whatever
   * the handle; a company's name, or one alone, is an affiliation */
  doc = read_as ("rspack.md", NULL,
                 "# Sync\n\n## Attendees\n- @ahabhgk (Hanming Li, Rspack team)\n- @jk (Acme Labs, Berlin)\n"
                 "- @kwame (Google Cloud)\n\n## Notes\n- hi\n");
  assert_attendees (doc, "Hanming Li;jk;kwame");
  np_document_unref (doc);
  /* a title over a list, a sentence: no names */
  static const char *const after[] = { "Agenda\n- Ann: hi\n", "Adeyemi will chair next week.\n\n- Ann: hi\n" };
  for (guint k = 0; k < G_N_ELEMENTS (after); k++)
    for (guint f = 0; f < G_N_ELEMENTS (names); f++)
      {
        g_autofree char *text = g_strconcat (
            "Sync\n\nPresent: Priya Raman, Tomas Ortega, Hannah Kowalski, Wei Zhang, Olu Ade\n", after[k], NULL);
        doc = read_as (names[f], NULL, text);
        assert_attendees (doc, "Priya Raman;Tomas Ortega;Hannah Kowalski;Wei Zhang;Olu Ade");
        np_document_unref (doc);
      }
}

/* Titles of address in other languages go from attendees' names: an
 * Italian committee's "Dott.", "Dott.ssa", "Ing.", a Dutch board's "De
 * heer", and two together ("Herr Dr."), none a role; "HR Director" stays
 * an office, "HR" no German "Herr" */
static void
test_titles_other_languages (void)
{
  NpDocument *doc = read_as ("verbale.txt", NULL,
                             "Verbale\n\nPresenti: Dott. Marco Rossi, Dott.ssa Giulia Bianchi, Ing. Luca Ferrari, "
                             "Sig.ra Elena Ricci\n\nRossi: apre la seduta.\n");
  assert_attendees (doc, "Marco Rossi;Giulia Bianchi;Luca Ferrari;Elena Ricci");
  np_document_unref (doc);
  /* Spanish "D." beside "Dña." is don; elsewhere an initial stays */
  doc = read_as ("acta.txt", NULL,
                 "Acta\n\nAsistentes: D. Antonio García, Dña. Carmen López\n\nD. Antonio García: Buenas.\n");
  assert_attendees (doc, "Antonio García;Carmen López");
  np_document_unref (doc);
  doc = read_as ("talks.txt", NULL, "Talks\n\nAttendees: D. Knuth Smith, Ann Lee\n\nAnn: hi\n");
  assert_attendees (doc, "D. Knuth Smith;Ann Lee");
  np_document_unref (doc);
  doc = read_as ("protokoll.txt", NULL,
                 "Protokoll\n\nAnwesend: Herr Dr. Klaus Weber, Mevr. Sanne Bakker, De heer Henk Smit, "
                 "HR Director Tom Lund\n\nWeber: Guten Abend.\n");
  assert_attendees (doc, "Klaus Weber;Sanne Bakker;Henk Smit;Tom Lund");
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_null (p[0].role);
  g_assert_null (p[2].role);
  g_assert_cmpstr (p[3].role, ==, "HR Director");
  np_document_unref (doc);
}

/* Under other languages' lists of those present, who is away and who
 * takes the minutes are labels of their own, as "Regrets:" is: never an
 * attendee "Entschuldigt", "Gäste", "Protokoll" nor "Excusés" (French
 * typography's space before the colon); Polish "Obecni:" lists people */
static void
test_labels_other_languages (void)
{
  NpDocument *doc = read_as ("protokoll.txt", NULL,
                             "Vorstand\n\nAnwesend: Sabine M\xc3\xbcller, Thomas Schmidt\nEntschuldigt: Monika Wagner\n"
                             "G\xc3\xa4ste: Emre Yilmaz (Gemeinde)\nProtokoll: Thomas Schmidt\n\nTOP 1\n\n"
                             "Hr. Schmidt: ja\n");
  assert_attendees (doc, "Sabine M\xc3\xbcller;Thomas Schmidt;Monika Wagner;Emre Yilmaz");
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[1].role, ==, "Protokoll");
  g_assert_cmpstr (p[2].role, ==, "Entschuldigt");
  np_document_unref (doc);
  doc = read_as ("cr.md", NULL,
                 "# CR\n\n**Pr\xc3\xa9sents :** Claire Leroy, Michel Roux\n**Excus\xc3\xa9s :** Lucie Fabre\n\n"
                 "## 1\n\n- M. Roux : oui\n");
  assert_attendees (doc, "Claire Leroy;Michel Roux;Lucie Fabre");
  np_document_unref (doc);
  doc = read_as ("protokol.txt", NULL,
                 "Zarz\xc4\x85""d\n\nObecni: Anna Kowalska, Piotr Nowak\nNieobecni: Marek Kami\xc5\x84ski\n"
                 "Protokolant: Piotr Nowak\n\n1. Sprawy\n\nPiotr: tak\n");
  assert_attendees (doc, "Anna Kowalska;Piotr Nowak;Marek Kami\xc5\x84ski");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[2].role, ==, "Nieobecni");
  np_document_unref (doc);
  /* a label of three words, long as it is (Dutch, Italian) */
  const char *const away[] = { "Afwezig met kennisgeving", "Assenti giustificati" };
  for (guint k = 0; k < G_N_ELEMENTS (away); k++)
    {
      g_autofree char *text = g_strdup_printf ("# Notulen\n\nAanwezig: Jan de Vries, Els Bakker\n%s: Sanne Visser\n\n"
                                               "## 1\n\nJan: hallo\n", away[k]);
      doc = read_as ("notulen.md", NULL, text);
      assert_attendees (doc, "Jan de Vries;Els Bakker;Sanne Visser");
      p = np_document_get_attendees (doc, &n);
      g_assert_cmpstr (p[2].role, ==, away[k]);
      np_document_get_items (doc, &n);
      g_assert_cmpuint (n, ==, 1);
      np_document_unref (doc);
    }
}

/* A design review's and an interview's parties head its notes as a
 * chair does: "Author:", "Reviewers:", "Interviewer:", "Interviewee:";
 * so do a seminar's "Instructor:" and "Students:", a mentor and a mentee */
static void
test_review_and_interview_parties (void)
{
  NpDocument *doc = read_as ("review.md", NULL,
                             "# Design review\n\nAuthor: Farhan Siddiqui\nReviewers: Greta Vogel, Tobias Lindgren\n"
                             "Date: 2024-11-20\n\n## Comments\n\nGreta: looks good.\n");
  assert_attendees (doc, "Farhan Siddiqui;Greta Vogel;Tobias Lindgren");
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[0].role, ==, "Author");
  g_assert_cmpstr (p[1].role, ==, "Reviewer");
  np_document_unref (doc);
  doc = read_as ("interview.md", NULL,
                 "# Oral history\n\n**Interviewer:** Hannah Lindqvist\n**Interviewee:** Dr. Kwame Asante\n\n"
                 "## Part 1\n\nQ: How did you start?\n");
  assert_attendees (doc, "Hannah Lindqvist;Kwame Asante");
  np_document_unref (doc);
  /* a seminar's instructor and students, a mentoring session's parties */
  doc = read_as ("seminar.md", NULL,
                 "# Seminar 5\n\nInstructor: Prof. Helena W\xc3\xb3jcik\nStudents: Tomasz Nowak, Aisha Bello\n\n"
                 "## Discussion\n\n- Aisha - but the instrument is the point\n");
  assert_attendees (doc, "Helena W\xc3\xb3jcik;Tomasz Nowak;Aisha Bello");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[0].role, ==, "Instructor");
  np_document_unref (doc);
  doc = read_as ("one-on-one.md", NULL, "# 1:1\n\nMentor: Grace Hopper\nMentee: Alan Kay\n\n- Alan: hi\n");
  assert_attendees (doc, "Grace Hopper;Alan Kay");
  np_document_unref (doc);
  /* a party's one-word turn is no role line: a word with a full stop
   * after it is a sentence, not a nickname, and stays an item */
  doc = read_as ("panel.txt", NULL,
                 "Panel\n\nModerator (Jane Wu): Welcome.\n\nHost: Thanks.\n\nModerator: Thanks.\n");
  const NpItem *it = item_at_line (doc, 5);
  g_assert_nonnull (it);
  g_autofree char *host = text_of (doc, it);
  g_assert_cmpstr (host, ==, "Host: Thanks.");
  g_assert_nonnull (item_at_line (doc, 7));
  np_document_unref (doc);
  /* ... nor is a word no attendee is called, once the notes have items;
   * in the header, a role's nickname names somebody */
  const char *const kinds[] = { "txt", "md" };
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autofree char *name = g_strdup_printf ("panel.%s", kinds[k]);
      doc = read_as (name, NULL,
                     "# Panel\n\nScribe: dom\n\n"
                     "- Guest: Thanks for having me today.\n\n"
                     "Moderator: ok\n\nLead: noted\n\nScribe: none\n");
      g_assert_null (item_at_line (doc, 3));
      g_assert_nonnull (item_at_line (doc, 7));
      g_assert_nonnull (item_at_line (doc, 9));
      g_assert_null (item_at_line (doc, 11));
      np_document_unref (doc);
    }
}

/* A transcript's "PANELISTS:" alone over one person a line, each a name,
 * a dash, a role and a company after a comma; "### Panel" over notes is
 * a topic */
static void
test_panelists_block (void)
{
  NpDocument *doc = read_as ("panel.txt", NULL,
                             "PANEL TRANSCRIPT\n\nPANELISTS:\n  Joaquin Ibarra - Head of OSPO, Meridian Bank\n"
                             "  Wen-Hao Lin - programme officer, Civic Code Fund\n\nIBARRA: hi\n");
  assert_attendees (doc, "Joaquin Ibarra;Wen-Hao Lin");
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[0].affiliation, ==, "Head of OSPO, Meridian Bank");
  np_document_unref (doc);
  doc = read_as ("list.txt", NULL, "Notes\n\nAttendees:\n  Ann Lee - Google, Bo Chen - Meta\n\n- a note\n");
  assert_attendees (doc, "Ann Lee;Bo Chen");
  np_document_unref (doc);
  doc = read_as ("topics.md", NULL, "# Summit\n\n### Panel\n\n- Ann Lee\n- Bo Chen\n");
  assert_attendees (doc, "");
  np_document_unref (doc);
  /* a hearing's witnesses */
  doc = read_as ("hearing.txt", NULL,
                 "COMMITTEE ON WATER\nMembers in attendance: Ms Fiona Delacroix (Chair)\n"
                 "Witnesses: Dr Miriam Austin; Mr Patrick Osei\nCHAIR: I declare open this hearing.\n");
  assert_attendees (doc, "Fiona Delacroix;Miriam Austin;Patrick Osei");
  np_document_unref (doc);
  /* ... each with her position after commas, the people apart by
   * semicolons; titles opening the entries make a list of people */
  doc = read_as ("hearing.txt", NULL,
                 "COMMITTEE ON WATER\nMembers in attendance: Ms Fiona Delacroix (Chair)\n"
                 "Witnesses: Dr Miriam Austin, Chief Executive, National Water Data Agency; Mr Patrick Osei, "
                 "General Manager, Compliance, National Water Data Agency\nCHAIR: I declare open this hearing.\n");
  assert_attendees (doc, "Fiona Delacroix;Miriam Austin;Patrick Osei");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[1].affiliation, ==, "Chief Executive, National Water Data Agency");
  np_document_unref (doc);
  doc = read_as ("council.txt", NULL,
                 "Council\n\nPresent: Ms Ann Lee, Mr Bo Chen, Dr Cy Diaz, Prof Di Eve; Guests: Ed Fox\n\n- a note\n");
  assert_attendees (doc, "Ann Lee;Bo Chen;Cy Diaz;Di Eve;Ed Fox");
  np_document_unref (doc);
}

/* A team's roll call: "Roll call:" or "## Roll Call" over the list, and
 * the label closing a paragraph's invitation to sign in; not a sentence
 * that only ends with a colon */
static void
test_roll_call (void)
{
  NpDocument *doc = read_as ("team.md", NULL,
                             "# Team meeting\n\nRoll call:\n\n* Odile Brun / Ferrand Labs / @obrun\n"
                             "* Kasimir Wendt / Polder University / @kwendt\n\n## Updates\n\n* Odile: pass\n");
  assert_attendees (doc, "Odile Brun;Kasimir Wendt");
  np_document_unref (doc);
  doc = read_as ("team.md", NULL,
                 "# Team meeting\n\nIf you are joining the call, sign in below so we know who came. Roll call:\n\n"
                 "* name / institution / handle\n* Odile Brun / Ferrand Labs / @obrun\n"
                 "* Kasimir Wendt / Polder University / @kwendt\n\n## Updates\n\n* Odile: pass\n");
  assert_attendees (doc, "Odile Brun;Kasimir Wendt");
  np_document_unref (doc);
  doc = read_as ("team.md", NULL,
                 "# Team meeting\n\nWe went through the open reviews. These are left:\n\n"
                 "* Odile Brun / Ferrand Labs\n* Kasimir Wendt / Polder University\n");
  assert_attendees (doc, "");
  np_document_unref (doc);
}

/* The meeting's day before the label, in a heading or a line:
 * "##### November 25 Attendees:", "2019-11-25 Present:"; a date before
 * other words is no label */
static void
test_dated_label (void)
{
  NpDocument *doc = read_as ("notes.md", NULL,
                             "##### November 25 Attendees:\n- Romy Cintas - Caixa (RCA)\n- Zeno Brandt - Moz (ZB)\n\n"
                             "## Requirements\n\nRCA: presenting\n");
  assert_attendees (doc, "Romy Cintas;Zeno Brandt");
  np_document_unref (doc);
  doc = read_as ("notes.md", NULL, "# Sync\n\n2019-11-25 Present:\n\n- Romy Cintas\n- Zeno Brandt\n\n## Notes\n\ntext\n");
  assert_attendees (doc, "Romy Cintas;Zeno Brandt");
  np_document_unref (doc);
  doc = read_as ("notes.md", NULL, "# Sync\n\nNovember 25 Deadlines:\n\n- Romy Cintas\n- Zeno Brandt\n");
  assert_attendees (doc, "");
  np_document_unref (doc);
  g_assert_true (np_meta_is_attendee_label ("Nov. 25, 2019 Attendees:", -1, NULL));
  g_assert_true (np_meta_is_attendee_label ("25 November Attendees:", -1, NULL));
  g_assert_true (np_meta_is_attendee_label ("2019-11-25 Attendees", -1, NULL));
  g_assert_false (np_meta_is_attendee_label ("25 Attendees were there:", -1, NULL));
  g_assert_cmpint (np_meta_month_word ("Nov", 3), ==, 11);
  g_assert_cmpint (np_meta_month_word ("Novel", 5), ==, 0);
}

/* A committee's notes, meeting after meeting: "* **Attendees**" (or
 * "* **Absent**") as a list's item over the people nested below it, each
 * with the company in brackets or braces; the next item of the label's
 * level ends them, and a label over notes nested below it is no list of
 * people */
static void
test_label_item_over_people (void)
{
  NpDocument *doc = read_as ("steering.md", NULL,
                             "# Steering\n\n## March 4\n\n* **Attendees**\n    * Ottilie Brandt [Fernwood Labs]\n"
                             "    * Ravi Menon {Quillon}\n* **Absent**\n    * Lior Katz\t[Amberly]\n"
                             "* **Topics**\n    * Ravi: the charter is ready\n");
  assert_attendees (doc, "Ottilie Brandt;Ravi Menon;Lior Katz");
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[0].affiliation, ==, "Fernwood Labs");
  g_assert_cmpstr (p[1].affiliation, ==, "Quillon");
  g_assert_cmpstr (p[2].affiliation, ==, "Amberly");
  g_assert_cmpstr (p[2].role, ==, "Absent");
  guint n_items;
  np_document_get_items (doc, &n_items);
  g_assert_cmpuint (n_items, ==, 2); /* **Topics** and Ravi's turn */
  np_document_unref (doc);
  doc = read_as ("steering.md", NULL,
                 "# Steering\n\n* **Attendees**\n    * please add yourself before the call\n"
                 "* **Topics**\n    * Ravi: the charter is ready\n");
  assert_attendees (doc, "");
  np_document_unref (doc);
}

/* "People:" over a list of names with first names and nicknames among
 * them (a Rust team's minutes), not over a sentence or teams; a label
 * alone over a list of names a Markdown paragraph wraps: every line */
static void
test_people_first_names (void)
{
  NpDocument *doc
      = read_as ("design.md", NULL, "# Design meeting\n\nPeople: TJ, Naomi Marchetti, Josh, pfelder\n\nTJ: hi\n");
  assert_attendees (doc, "TJ;Naomi Marchetti;Josh;pfelder");
  np_document_unref (doc);
  doc = read_as ("hire.md", NULL, "# M\n\nPeople: we need to hire, and soon\n\nPeople: Design, Product\n\nTJ: hi\n");
  assert_attendees (doc, "");
  np_document_unref (doc);
  doc = read_as ("round.md", NULL,
                 "# Round table\n\n**Attendees:**\nRafael Quintero (Sony), Hanna Lindgren (Apple),\n"
                 "Chiara Bellini (Arm), Oliver Ashdown (independent)\n\n## Discussion\n\n* Rafael: hi\n");
  assert_attendees (doc, "Rafael Quintero;Hanna Lindgren;Chiara Bellini;Oliver Ashdown");
  np_document_unref (doc);
  /* the company then the handle in the parentheses; a handle alone in a
   * second list is the attendee listed with it */
  doc = read_as ("two.md", NULL,
                 "# Two round tables\n\n## One\nAttendees: Hanna Lindgren (Apple, @hlindgren), Lan Zhou (SiFive)\n\n"
                 "* Hanna: hi\n\n## Two\nAttendees: @hlindgren, @mgrant (Morgan Grant, Rivos)\n\n* @mgrant: hi\n");
  assert_attendees (doc, "Hanna Lindgren;Lan Zhou;Morgan Grant");
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[0].handle, ==, "hlindgren");
  g_assert_cmpstr (p[0].affiliation, ==, "Apple");
  np_document_unref (doc);
  /* an etherpad's sign-in, one person a line under the label alone: the
   * nick between the name and the company, in both readers; its meeting
   * bot's "#link" lines stand alone */
  static const char *const pad_names[] = { "ptg.txt", "ptg.md" };
  for (guint k = 0; k < G_N_ELEMENTS (pad_names); k++)
    {
      doc = read_as (pad_names[k], NULL,
                     "Octavia PTG\n\nAttendees (name - irc nick - company):\nLuca Maresca - lmaresca - Red Hat\n"
                     "Ines Brandt - ibrandt\nAnn Lee - Google - Cloud\n\nTuesday\n\n"
                     "* lmaresca: the defaults landed late\n#link https://bugs.example.org/2051234\n"
                     "* ibrandt: I can take that\n");
      assert_attendees (doc, "Luca Maresca;Ines Brandt;Ann Lee");
      p = np_document_get_attendees (doc, &n);
      g_assert_cmpstr (p[0].handle, ==, "lmaresca");
      g_assert_cmpstr (p[0].affiliation, ==, "Red Hat");
      g_assert_cmpstr (p[1].handle, ==, "ibrandt");
      g_assert_null (p[2].handle);
      g_assert_cmpstr (p[2].affiliation, ==, "Google - Cloud");
      g_assert_cmpuint (item_at_line (doc, 11)->end_line, ==, 11);
      g_assert_nonnull (item_at_line (doc, 12));
      np_document_unref (doc);
    }
  /* French minutes' "M." (Monsieur) and "Mme" before a full name, its
   * first letter outside ASCII too; "M. Leroy" alone may be an initial */
  doc = read_as ("cr.txt", NULL,
                 "Compte rendu\n\nPrésents : M. Jean-Pierre Leroy (trésorier), Mme Élodie Fontaine-Garnier, "
                 "M. Leroy\n\nM. Leroy : Bonjour.\n");
  assert_attendees (doc, "Jean-Pierre Leroy;Élodie Fontaine-Garnier;M. Leroy");
  np_document_unref (doc);
  /* the handle first in the parentheses, then a role or a team */
  doc = read_as ("inc.md", NULL,
                 "# Incident review\n\n## Attendees\n- Priya Shah (@pshah, incident commander)\n"
                 "- Sam Whitfield (@swhit, scribe)\n\n## Discussion\n\npshah: hi\n");
  assert_attendees (doc, "Priya Shah;Sam Whitfield");
  p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[0].handle, ==, "pshah");
  g_assert_cmpstr (p[0].affiliation, ==, "incident commander");
  g_assert_cmpstr (p[1].handle, ==, "swhit");
  g_assert_cmpstr (p[1].role, ==, "scribe");
  np_document_unref (doc);
  /* a session under the attendees whose first item is a name over what
   * was said; an agenda's "[Name] topic ..." after the list */
  doc = read_as ("summit.md", NULL,
                 "# Summit\n\n## Attendees\n\n- Teodor Brann (@tbrann)\n- Greta Lindholm (@glindholm)\n\n"
                 "### Session 2: Tooling\n\n- Greta Lindholm\n  - gopls should replace gocode\n"
                 "- [tbrann] ok, we track it monthly\n");
  assert_attendees (doc, "Teodor Brann;Greta Lindholm");
  g_assert_nonnull (item_at_line (doc, 10));
  np_document_unref (doc);
  doc = read_as ("sig.md", NULL,
                 "**Attendees:**\n\n* Marco Bellini (Red Hat)\n* Kenji Arakawa (NVIDIA)\n\n"
                 "* [Marco Bellini] CRI-O and containerd parity for user namespaces\n"
                 "    * Marco: containerd returns an error.\n");
  assert_attendees (doc, "Marco Bellini;Kenji Arakawa");
  np_document_unref (doc);
}

/* A list of handles indented whole under its label ("**Attendees**:" over
 * "  - @bigs", "  - @mvid"): every one a person, none a contact of the
 * one before; a pad's "who's here?" inside an agenda's item, over the
 * people nested below it, and the agenda's next item is no person */
static void
test_label_list_indented (void)
{
  static const char md[] = "# Sync\n\n**Attendees**:\n  - @bigs\n  - @mvid\n  - @raulk\n\n## Notes\n\n- fine\n";
  NpDocument *doc = read_as ("sync.md", NULL, md);
  assert_attendees (doc, "bigs;mvid;raulk");
  assert_lines_accounted (doc, md);
  np_document_unref (doc);
  /* a member's own contact under her, deeper, is still hers */
  doc = read_as ("sync.md", NULL, "# Sync\n\nAttendees:\n- Ann Lee\n  - @annl\n- Bo Chen\n\n## Notes\n\n- fine\n");
  assert_attendees (doc, "Ann Lee;Bo Chen");
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_cmpstr (p[0].handle, ==, "annl");
  np_document_unref (doc);
  doc = read_as ("kickoff.md", NULL,
                 "# Kick-off\n\n1. Brief Intros\n    who's here?\n     - Amy Williams\n     - Cheng Lee\n"
                 "3. Goals\n    * NumFOCUS Sponsorship\n    * Open Roadmap\n4. Contributions\n");
  assert_attendees (doc, "Amy Williams;Cheng Lee");
  const NpItem *it = item_at_line (doc, 7);
  g_assert_nonnull (it);
  g_assert_nonnull (item_at_line (doc, 8));
  np_document_unref (doc);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reader/people-labels/singular-label", test_singular_label);
  g_test_add_func ("/reader/people-labels/people-first-names", test_people_first_names);
  g_test_add_func ("/reader/people-labels/role-line-fields", test_role_line_fields);
  g_test_add_func ("/reader/people-labels/group-present", test_group_present);
  g_test_add_func ("/reader/people-labels/label-over-roster", test_label_over_roster);
  g_test_add_func ("/reader/people-labels/role-in-parentheses", test_role_in_parentheses);
  g_test_add_func ("/reader/people-labels/office-titles", test_office_titles);
  g_test_add_func ("/reader/people-labels/appearances", test_appearances);
  g_test_add_func ("/reader/people-labels/names-keep-last-character", test_names_keep_last_character);
  g_test_add_func ("/reader/people-labels/review-and-interview-parties", test_review_and_interview_parties);
  g_test_add_func ("/reader/people-labels/wrapped-attendee-line", test_wrapped_attendee_line);
  g_test_add_func ("/reader/people-labels/titles-other-languages", test_titles_other_languages);
  g_test_add_func ("/reader/people-labels/labels-other-languages", test_labels_other_languages);
  g_test_add_func ("/reader/people-labels/turns-and-roles-among-people", test_turns_and_roles_among_people);
  g_test_add_func ("/reader/people-labels/attendees-as-list-item", test_attendees_as_list_item);
  g_test_add_func ("/reader/people-labels/sign-in-pads", test_sign_in_pads);
  g_test_add_func ("/reader/people-labels/roll-call", test_roll_call);
  g_test_add_func ("/reader/people-labels/label-item-over-people", test_label_item_over_people);
  g_test_add_func ("/reader/people-labels/panelists-block", test_panelists_block);
  g_test_add_func ("/reader/people-labels/label-list-indented", test_label_list_indented);
  g_test_add_func ("/reader/people-labels/dated-label", test_dated_label);
  return g_test_run ();
}
