/* test-speakers-communities.c: marks of communities the other files do
 * not show: summit write-ups whose attendee list names a few of the room,
 * relayed notes ("Note from Darius:"), chats' handles before a dash, and
 * development meetings that mark speakers by short handles ("ko1:"). */
#include <string.h>

#include "test-speakers.h"

/* A summit's attendee list names a few people ("Many more..."), whose
 * handles mark most turns; an unlisted person's full name with no
 * delimiter, said twice with speech after it, is a speaker still, and
 * his first name in brackets is the same person */
static void
test_open_attendee_list (void)
{
  static const char notes[] = "Go Contributor Summit 2026\n\n"
                              "Attendees:\n"
                              " Nadia Okonkwo (@nokonkwo)\n"
                              " Benedikt Haas (@bhaas)\n"
                              " Many more...\n\n"
                              "PGO\n"
                              " [nadia] a third of the room uses PGO\n"                       /* 9 */
                              " o [bhaas] merging profiles from 200 pods is a pain\n"
                              " o Theo Vance we weight by request count and it's fine\n"       /* 11 */
                              " o [nokonkwo] weighting is the real issue\n"
                              " o Theo Vance profiles go stale after refactors\n"              /* 13 */
                              " o [theo] a coverage number in go build -v would help\n"        /* 14 */
                              " nadia: that number exists in the debug output\n"
                              " o [roz] fair, but everybody writes the same wrapper\n"         /* 16 */
                              " o Rosalind Park opt-in then?\n"                                /* 17 */
                              " o Rosalind Park presented the numbers last year\n";            /* 18 */
  g_autoptr (NpDocument) doc = run_text ("summit.txt", notes, NULL);
  assert_speakers (doc, 9, "Nadia Okonkwo");
  assert_speakers (doc, 11, "Theo Vance");
  assert_speakers (doc, 13, "Theo Vance");
  assert_speakers (doc, 14, "Theo Vance");
  /* a familiar form of a given name ("Roz" for Rosalind) */
  assert_speakers (doc, 16, "Rosalind Park");
  assert_speakers (doc, 18, "NONE");
  /* an unlisted speaker's name alone over her points, where the listed
   * people speak most */
  static const char heads[] = "Summit\n\nAttendees:\n- Oksana Feldt (@ofeldt)\n- Rohan Iyer (@rohani)\n"
                              "- Many more...\n\nWebAssembly\n"
                              "- Ines Kowalski\n"                                        /* 9 */
                              "  - GOOS=wasip1 landed in 1.21 as a port\n"               /* 10 */
                              "- Oksana Feldt What about exporting functions?\n"
                              "  - Ines Kowalski go:wasmexport is a proposal\n"
                              "- Rohan Iyer Binary size is still the complaint\n"
                              "  - Ines Kowalski TinyGo is the answer for size today\n"
                              "  - Oksana Feldt we use TinyGo for plugins\n"
                              "  - Rohan Iyer and the std gaps hurt\n"
                              "- Oksana Feldt json especially\n"
                              "Tooling\n"
                              "- [ofeldt] gopls is slow on big repos\n  - [rohani] which version?\n"
                              "  - [ofeldt] v0.14\n  - [rohani] try the new cache\n"
                              "- [ofeldt] vet runs twice in CI\n  - [rohani] use the cache there too\n"
                              "  - [ofeldt] we do\n  - [rohani] then file an issue\n"
                              "- [ofeldt] fuzzing corpora are huge\n  - [rohani] prune them\n"
                              "  - [ofeldt] with what?\n  - [rohani] go clean -fuzzcache\n";
  g_autoptr (NpDocument) hdoc = run_text ("heads.txt", heads, NULL);
  assert_speakers (hdoc, 9, "Ines Kowalski");
  assert_speakers (hdoc, 10, "Ines Kowalski");
  /* where the attendee list names every speaker (Node.js minutes), a
   * full name nobody lists, said twice, is words of the text */
  static const char minutes[] = "# Node.js TSC Meeting 2026-03-04\n\n## Present\n\n"
                                "* Rich Trott (@Trott)\n* Joyee Cheung (@joyeecheung)\n"
                                "* Michael Dawson (@mhdawson)\n* Matteo Collina (@mcollina)\n\n"
                                "## Agenda\n\n"
                                "* Rich: the release is out.\n"                     /* 12 */
                                "* Joyee: snapshot work continues.\n"
                                "* Michael: nothing new.\n"
                                "* Matteo: the fetch bug is fixed.\n"
                                "* Rich: one more thing.\n"
                                "* Node Forward release cycle was mentioned again.\n" /* 17 */
                                "* Node Forward release cycle needs an owner.\n";   /* 18 */
  g_autoptr (NpDocument) mdoc = run_text ("tsc.md", minutes, NULL);
  assert_speakers (mdoc, 12, "Rich Trott");
  assert_speakers (mdoc, 17, "NONE");
  assert_speakers (mdoc, 18, "NONE");
}

/* A label that relays a person's words, "from" then the person: a
 * question's, a note's, an update's, before a colon or a dash; a group's
 * update is a report nobody speaks */
static void
test_relayed_notes (void)
{
  static const char notes[] = "# Package Maintenance Team 2023-09-19\n\n## Present\n\n"
                              "* Wesley Kimura (@wkimura)\n* Darius Lindqvist (@dlindqvist)\n\n## Notes\n\n"
                              "* Wesley: node-semver wants help with triage.\n"  /* 10 */
                              "* FYI from Darius - the board is stale\n"          /* 11 */
                              "* Note from Darius: do we need the board at all?\n" /* 12 */
                              "* Update from Wesley - the survey closed\n"       /* 13 */
                              "* Update from the Build WG: machines are back\n"  /* 14 */
                              "* Question from Wesley: who owns the survey?\n";  /* 15 */
  g_autoptr (NpDocument) doc = run_text ("pkg.md", notes, NULL);
  assert_speakers (doc, 10, "Wesley Kimura");
  assert_speakers (doc, 11, "Darius Lindqvist");
  assert_speakers (doc, 12, "Darius Lindqvist");
  assert_speakers (doc, 13, "Wesley Kimura");
  assert_speakers (doc, 14, "NONE");
  assert_speakers (doc, 15, "Wesley Kimura");
}

/* A standup's handles: "@priyanka.r — ..." (a dotted handle before a
 * dash) as "@priyanka.r: ..." */
static void
test_handle_dash (void)
{
  static const char notes[] = "# Standup\n\nAttendees: Priyanka Rao (@priyanka.r), Tom Ashby (@tom)\n\n"
                              "- @priyanka.r \xe2\x80\x94 Y: 3DS flow, T: same\n" /* 5 */
                              "- @tom \xe2\x80\x94 Y: ledger, T: runbook\n"       /* 6 */
                              "- @priyanka.r - Y: sandbox keys\n";                /* 7 */
  g_autoptr (NpDocument) doc = run_text ("standup.md", notes, NULL);
  assert_speakers (doc, 5, "Priyanka Rao");
  assert_speakers (doc, 6, "Tom Ashby");
  assert_speakers (doc, 7, "Priyanka Rao");
}

/* Ruby's developer meetings list handles as a list's item ("* Attendees:
 * matz, ko1, ...") and mark turns by them, some of two letters and a
 * digit ("ko1:"); "Q1:" and "ES6:" stay labels */
static void
test_short_handles (void)
{
  static const char notes[] = "# DevMeeting-2025-02-13\n\n* Attendees: matz, ko1, nobu, mame\n\n"
                              "### [Bug #21030] make_shareable freezes self (ko1)\n\n"
                              "* ko1: This is my ticket.\n"   /* 7 */
                              "* mame: Then it is safe.\n"    /* 8 */
                              "* ko1: 3 gems call it.\n"      /* 9 */
                              "* matz: OK, go ahead.\n"
                              "* Q1: the release date\n"      /* 11 */
                              "* ES6: modules land first\n";  /* 12 */
  g_autoptr (NpDocument) doc = run_text ("devmeeting.md", notes, NULL);
  guint n = 0;
  np_document_get_attendees (doc, &n);
  g_assert_cmpuint (n, ==, 4);
  assert_speakers (doc, 7, "ko1");
  assert_speakers (doc, 8, "mame");
  assert_speakers (doc, 9, "ko1");
  assert_speakers (doc, 11, "NONE");
  assert_speakers (doc, 12, "NONE");
}

/* A talk's "Speaker: Baptiste Lefort (Oracle)": the presenter, his
 * company aside, whom "Baptiste:" names below */
static void
test_presenter_with_company (void)
{
  static const char notes[] = "LPC 2025 Memory Management MC notes\n\n"
                              "3) Page cache limits per memcg (again)\n"
                              "Speaker: Baptiste Lefort (Oracle)\n\n"
                              "Baptiste: third time presenting this.\n" /* 6 */
                              " * Kemal: strong no from me\n"
                              " * Baptiste: it is one static key\n";   /* 8 */
  g_autoptr (NpDocument) doc = run_text ("lpc.txt", notes, NULL);
  assert_speakers (doc, 6, "Baptiste Lefort");
  assert_speakers (doc, 8, "Baptiste Lefort");
}

/* Slips of a roster person's name: a first name misspelt before a dash
 * ("Gregr - ..."), a handle's last letter struck twice ("[jwhitt]");
 * "michaelm" stays another name than "michael" */
static void
test_slips (void)
{
  static const char notes[] = "# Build WG 2021-06-08\n\n## Present\n\n"
                              "* Gregor Mills (@gmills)\n* Rosa Kettunen (@rkettunen)\n\n## Agenda\n\n"
                              "* Secrets in the repo\n"
                              "  * Rosa - found three files committed in plain text.\n" /* 11 */
                              "  * Gregr - I rotated that token this morning.\n"        /* 12 */
                              "  * Gregor - fair, let's do the CI check.\n";
  g_autoptr (NpDocument) doc = run_text ("build.md", notes, NULL);
  assert_speakers (doc, 11, "Rosa Kettunen");
  assert_speakers (doc, 12, "Gregor Mills");
  static const char summit[] = "Contributor Summit\n\nAttendees:\n Jonah Whitaker (@jwhit)\n"
                               " Gretchen Molnar (@gmolnar)\n Michael Stone (@michael)\n\nErrors\n"
                               " [gmolnar] errors.AsType is in\n"   /* 9 */
                               " o [jwhitt] the generic version should have been the only one\n"
                               " o [gretchenn] hindsight\n"          /* 11 */
                               " o [michaelm] and the docs lag\n"    /* 12 */
                               " o [michael] agreed\n";
  g_autoptr (NpDocument) sdoc = run_text ("summit.txt", summit, NULL);
  assert_speakers (sdoc, 10, "Jonah Whitaker");
  assert_speakers (sdoc, 11, "Gretchen Molnar");
  assert_speakers (sdoc, 12, "michaelm");
}

/* An etherpad's note-taker writes full names first, then initials:
 * "DW:" is Dietrich Wendel of the marks, with no attendee list; initials
 * two people share (Harriet Osei, Henrik Olsen) stay as written */
static void
test_initials_after_full_names (void)
{
  static const char notes[] = "LPC 2025 MM MC notes\n\n"
                              "- Dietrich Wendel (SUSE): customers turn mTHP off\n"     /* 3 */
                              "  - Harriet Osei (Arm): the sysfs knobs exist for that\n"
                              "  - Dietrich: customers do not read sysfs docs\n"
                              "  - Harriet: fair\n"
                              "- Henrik Olsen: who guarantees a 64K folio?\n"          /* 7 */
                              "  - Harriet: nobody, we fall back\n"
                              "  - Henrik: then your numbers are best case\n"
                              "- DW: I would like numbers from a non-Meta workload\n"   /* 10 */
                              "- HO: plan is swap-in series v3 next month\n";          /* 11 */
  g_autoptr (NpDocument) doc = run_text ("lpc.txt", notes, NULL);
  assert_speakers (doc, 10, "Dietrich Wendel");
  assert_speakers (doc, 11, "HO");
}

/* A small pad with no attendee list: people introduce themselves with
 * their company the first time ("Dietrich Wendel (SUSE): ..."), then
 * speak by first name; voices relayed from remote name who through which
 * medium ("Remote participant (Zoom, Olu Adebayo):", "Q from remote
 * (Matrix, @pilvi:matrix.org):") */
static void
test_small_pad (void)
{
  static const char notes[] = "LPC 2025 MM MC notes\n\n"
                              "- Dietrich Wendel (SUSE): customers turn mTHP off\n"        /* 3 */
                              "  - Harriet Osei (Arm): the per-size knobs exist for that\n" /* 4 */
                              "  - Dietrich: customers don't read sysfs docs\n"            /* 5 */
                              "- Kemal Aydin: who guarantees a 64K folio?\n"               /* 6 */
                              "  - Harriet: nobody, we fall back to order-0\n"
                              "- Remote participant (Zoom, Olu Adebayo): does this apply to tmpfs?\n" /* 8 */
                              "- Q from remote (Matrix, @pilvi:matrix.org): any numbers?\n";         /* 9 */
  g_autoptr (NpDocument) doc = run_text ("pad.txt", notes, NULL);
  assert_speakers (doc, 3, "Dietrich Wendel");
  assert_speakers (doc, 4, "Harriet Osei");
  assert_speakers (doc, 5, "Dietrich Wendel");
  assert_speakers (doc, 6, "Kemal Aydin");
  assert_speakers (doc, 8, "Olu Adebayo");
  assert_speakers (doc, 9, "pilvi");
}

/* A board's minutes: a joint answer, each director's initials in
 * brackets ("[PD]/[HM]: ...", "[PD] & [HM] ..."); a bracket after a
 * speaker's is the text's */
static void
test_joint_brackets (void)
{
  static const char notes[] = "Minutes\n\nAttendees: Pablo Duarte (PD), Ruth McKenna (RM), Helena Marsh (HM)\n\n"
                              " * [RM] raised a concern.\n"                                 /* 5 */
                              " * [PD]/[HM]: the grant is at the countersignature stage\n" /* 6 */
                              " * [PD] & [HM] agreed.\n"                                    /* 7 */
                              " * [RM] [see notes] fine\n";                                 /* 8 */
  g_autoptr (NpDocument) doc = run_text ("board.txt", notes, NULL);
  assert_speakers (doc, 5, "Ruth McKenna");
  assert_speakers (doc, 6, "Pablo Duarte;Helena Marsh");
  assert_speakers (doc, 7, "Pablo Duarte;Helena Marsh");
  assert_speakers (doc, 8, "Ruth McKenna");
}

/* A summit's breakout tables: "Liesl from Stripe: ..." (a name, then
 * her company), "Q (from Marisol): ...", a question's label before a
 * full name with no delimiter ("Q: Oksana Feldt does ...?"), a dotted
 * handle before a dash that its brackets make a speaker, and labels
 * that are nobody ("Aside:", "Suggestion:") */
static void
test_breakout_tables (void)
{
  static const char notes[] = "Summit 2019\n\nAttendees:\n- Rohan Iyer (@rohani)\n- Oksana Feldt (@ofeldt)\n- Many more...\n\n"
                              "Table C: Error values\n"
                              "- Kwabena: we adopted xerrors early\n"                    /* 9 */
                              "  - Hollis: we depended on the %+v output too\n"
                              "- Liesl from Stripe: we wrap with %w\n"                   /* 11 */
                              "  - Kwabena: errors crossing processes are separate\n"
                              "- Q (from Hollis): will the mirror keep deleted modules?\n" /* 13 */
                              "  - Suggestion: a good first issue label\n"              /* 14 */
                              "Aside: Beatrix mentioned the Rust post\n"                 /* 15 */
                              "- Oksana Feldt is there a vet check for this?\n"          /* 16 */
                              "  - Rohan Iyer not a vet check, but bisect finds it\n"
                              "Q: Oksana Feldt does GOTOOLCHAIN=auto work behind a proxy?\n" /* 18 */
                              "A: Rohan Iyer yes, it downloads through GOPROXY\n"          /* 19 */
                              "- [zheng.li] gofmt formats type parameter lists oddly\n"    /* 20 */
                              "  - zheng.li - ah, I was on 0.7.3\n"                        /* 21 */
                              "  - node.js - the release is out\n";                        /* 22 */
  g_autoptr (NpDocument) doc = run_text ("summit.txt", notes, NULL);
  assert_speakers (doc, 11, "Liesl");
  assert_speakers (doc, 13, "Hollis");
  assert_speakers (doc, 14, "NONE");
  assert_speakers (doc, 15, "NONE");
  assert_speakers (doc, 18, "Oksana Feldt");
  assert_speakers (doc, 19, "Rohan Iyer");
  assert_speakers (doc, 21, "zheng.li");
  assert_speakers (doc, 22, "NONE");
  /* before a colon, a dotted handle with no '@' the roster knows */
  static const char sync[] = "Attendees:\n- Ruoyu Huang (@ruoyu.h)\n- Dan Riordan (@dan.riordan)\n\n## Notes\n\n"
                             "* ruoyu.h: we have a patch in review.\n" /* 7 */
                             "* dan.riordan: is that a CMake option?\n"
                             "* node.js: the release is out\n";      /* 9 */
  g_autoptr (NpDocument) sdoc = run_text ("sync.md", sync, NULL);
  assert_speakers (sdoc, 7, "Ruoyu Huang");
  assert_speakers (sdoc, 9, "NONE");
}

/* Notes kept under the Chatham House rule name nobody but the
 * facilitator: "Participant:", "Another participant:", "Same
 * attendee:", "Participant from an agency:", "Someone who organizes a
 * meetup:" are unnamed voices; a developer meeting lists its people
 * under "RSVPs" */
static void
test_unnamed_participants (void)
{
  static const char notes[] = "# Community Summit 2025\n\n**Facilitator:** Marisol Vega (@marisolv)\n\n"
                              "- Participant: My company pledged 5 hours a week.\n"          /* 5 */
                              "- Another participant: Same. Nobody checks it.\n"             /* 6 */
                              "- Marisol: So two different problems.\n"                      /* 7 */
                              "- Same attendee: Managers should get a monthly email.\n"       /* 8 */
                              "- Participant from an agency: We pledged for our clients.\n"  /* 9 */
                              "- Someone who organizes a meetup: It is invisible to us.\n";  /* 10 */
  g_autoptr (NpDocument) doc = run_text ("summit.md", notes, NULL);
  assert_speakers (doc, 5, "UNKNOWN");
  assert_speakers (doc, 6, "UNKNOWN");
  assert_speakers (doc, 7, "Marisol Vega");
  assert_speakers (doc, 8, "UNKNOWN");
  assert_speakers (doc, 9, "UNKNOWN");
  assert_speakers (doc, 10, "UNKNOWN");
  static const char pg[] = "# Developer Meeting 2025\n\n## RSVPs\n\n"
                           "The following people have RSVPed to the meeting and attended:\n\n"
                           "* Tom Lindqvist\n* Thomas Mureau\n\n## Minutes\n\n"
                           "* Tom: the revert was the right call.\n"  /* 12 */
                           "* Thomas: the bot would mail the author.\n";
  g_autoptr (NpDocument) pdoc = run_text ("pgdev.md", pg, NULL);
  assert_speakers (pdoc, 12, "Tom Lindqvist");
  assert_speakers (pdoc, 13, "Thomas Mureau");
}

/* Node.js minutes: votes by a first name and an initial or a second name
 * ("Marco F +1", "Marco Aurelio +1"), "Kofi, summary: ..." (what kind
 * of speech follows the comma); TC39's scribe writes several at once as
 * "Various:" or "[various]:" */
static void
test_votes_and_kinds (void)
{
  static const char notes[] = "# TSC Meeting 2024-05-15\n\n## Present\n\n"
                              "* Marco Ferrante @marcof (TSC)\n* Marco Aurelio Silva @masilva (TSC)\n"
                              "* Kofi Mensah @kmensah (TSC)\n* Daniel Okafor @dokafor (TSC)\n\n## Agenda\n\n"
                              "* Proposal to add a voting member\n"
                              "  * Marco F +1\n"                                   /* 13 */
                              "  * Marco Aurelio +1\n"                             /* 14 */
                              "  * Daniel O +1\n"                                  /* 15 */
                              "* Kofi, summary: escalation goes to the TSC.\n"     /* 16 */
                              "* Various: (discussion not recorded)\n";            /* 17 */
  g_autoptr (NpDocument) doc = run_text ("tsc.md", notes, NULL);
  assert_speakers (doc, 13, "Marco Ferrante");
  assert_speakers (doc, 14, "Marco Aurelio Silva");
  assert_speakers (doc, 15, "Daniel Okafor");
  assert_speakers (doc, 16, "Kofi Mensah");
  assert_speakers (doc, 17, "UNKNOWN");
}

/* Chromium's notes sign people by a mail address's local part and '@'
 * ("lbauer@:", "vmpstr@" in the list), a question from the Meet chat
 * with its asker after the medium */
static void
test_chromium_handles (void)
{
  static const char notes[] = "# BlinkOn 20 Breakout\n\n## Attendees\n\n"
                              "*   Leonie Bauer (lbauer@chromium.org)\n*   Haruto Ishikawa (haruto@google.com)\n"
                              "*   vmpstr@\n\n## Notes\n\n"
                              "*   lbauer@: what is the cap?\n"                              /* 11 */
                              "    *   vmpstr@: we should measure INP first.\n"             /* 12 */
                              "*   Q (from Meet chat, haruto@): does this affect prerender?\n" /* 13 */
                              "*   haruto@ (later): prerender already skips it.\n";         /* 14 */
  g_autoptr (NpDocument) doc = run_text ("blinkon.md", notes, NULL);
  assert_speakers (doc, 11, "Leonie Bauer");
  assert_speakers (doc, 12, "vmpstr");
  assert_speakers (doc, 13, "Haruto Ishikawa");
  assert_speakers (doc, 14, "Haruto Ishikawa");
}

/* TC39's scribes shorten a delegate's abbreviation to the initials of
 * the name ("TV:" for Teodora Vlasic, listed "TVC"), once nobody has
 * that abbreviation and only one listed person fits */
static void
test_shortened_abbreviation (void)
{
  static const char notes[] = "# November 29, 2017 Meeting Notes\n-----\n\n"
                              "Marcus Webb (MW), Teodora Vlasic (TVC), Tobias Vance (TVE), Wilhelm Haas (WH)\n\n-----\n\n"
                              "## Array.prototype.partition\n\n"
                              "TV: I'd like to add partition.\n\n"  /* 10 */
                              "MW: Why a pair?\n\n"
                              "WHA: agreed.\n";                     /* 14 */
  g_autoptr (NpDocument) doc = run_text ("nov-29.md", notes, NULL);
  /* two listed people fit TV: nobody is chosen */
  assert_speakers (doc, 10, "TV");
  static const char one[] = "# November 29, 2017 Meeting Notes\n-----\n\n"
                            "Marcus Webb (MW), Teodora Vlasic (TVC), Wilhelm Haas (WH)\n\n-----\n\n"
                            "## Array.prototype.partition\n\n"
                            "TV: I'd like to add partition.\n\n"  /* 10 */
                            "MW: Why a pair?\n\n"
                            "TV: Destructuring reads well.\n";     /* 14 */
  g_autoptr (NpDocument) odoc = run_text ("nov-29.md", one, NULL);
  assert_speakers (odoc, 10, "Teodora Vlasic");
  assert_speakers (odoc, 14, "Teodora Vlasic");
  /* "WH:" alone over the delegate's points; "API" alone over a list is a topic */
  static const char heads[] = "# November 29, 2017 Meeting Notes\n-----\n\n"
                              "Marcus Webb (MW), Teodora Vlasic (TVC), Wilhelm Haas (WH)\n\n-----\n\n"
                              "TVC: So I'm asking for Stage 1.\n\nWH:\n\n"           /* 8, 10 */
                              "- What if the predicate mutates the array?\n"           /* 12 */
                              "- Is the result array species-created?\n\n"
                              "TVC: Same as filter.\n\nAPI\n\n- partition(fn)\n";  /* 15, 17, 19 */
  g_autoptr (NpDocument) hdoc = run_text ("nov-29.md", heads, NULL);
  assert_speakers (hdoc, 10, "Wilhelm Haas");
  assert_speakers (hdoc, 12, "Wilhelm Haas");
  assert_speakers (hdoc, 17, "NONE");
  assert_speakers (hdoc, 19, "NONE");
}

/* A standup's "Priya update: ..." (a name, then the kind of report; a
 * remark's after a possessive, "Cezar's Recommendation: ..."), and
 * a podcast transcript's "[laughs]" under a turn's header, the turn's
 * words, no speaker of its own */
static void
test_reports_and_cues (void)
{
  static const char notes[] = "Present: Priya Raman, Jonas Berg, Li Wei\n\n"
                              "- Priya: shipping Friday\n- Jonas: +1\n"
                              "- Priya update: Tariq accepted, starts Apr 7\n" /* 5 */
                              "- Jonas: ok\n";
  g_autoptr (NpDocument) doc = run_text ("standup.md", notes, NULL);
  assert_speakers (doc, 5, "Priya Raman");
  /* ... and a possessive before the kind of remark: "Cezar's
   * Recommendation:"; "Example Cited:" is a kind of point, nobody */
  static const char monthly[] = "# Monthly\n\nAttendees: Cezar Andrade, Chen Li\n\n"
                                "- **Status:** the office approved it.\n"
                                "- **Cezar\xe2\x80\x99s Recommendation:** Keep the sites apart.\n" /* 6 */
                                "- **Example Cited:** AsterixDB has two sites.\n"                    /* 7 */
                                "- Chen's comment: we can move it later.\n"                         /* 8 */
                                "- Release notes: one page.\n";                                     /* 9 */
  g_autoptr (NpDocument) mdoc = run_text ("monthly.md", monthly, NULL);
  assert_speakers (mdoc, 6, "Cezar Andrade");
  assert_speakers (mdoc, 7, "NONE");
  assert_speakers (mdoc, 8, "Chen Li");
  assert_speakers (mdoc, 9, "NONE");
  static const char podcast[] = "## Transcript\n\nMara Lindqvist (00:00:09):\nWelcome to a live episode.\n\n"
                                "Jonah Feld (00:00:12):\n[laughs] And I'm Jonah.\n\n"   /* 6, 7 */
                                "Mara Lindqvist (00:00:20):\nOkay.\n";
  g_autoptr (NpDocument) pdoc = run_text ("podcast.md", podcast, NULL);
  assert_speakers (pdoc, 6, "Jonah Feld");
  assert_speakers (pdoc, 7, "Jonah Feld");
}

/* A call's transcript, each name in bold alone over what was said, with
 * a list of attendees that names one frequent speaker only ("Ines |
 * NBG"): the others are speakers all the same; a roster that names most
 * speakers still keeps an unknown name once to itself */
static void
test_call_beside_partial_roster (void)
{
  static const char call[] = "# Core call 41\n\n"
                             "**Tomas Ruiz**\n* Welcome, everyone. First the testnet.\n\n" /* 3, 4 */
                             "**Ines | NBG**\n* The testnet forked twice this week.\n\n"   /* 6, 7 */
                             "**Tomas Ruiz**\n* Do we know why?\n\n"
                             "**Ines | NBG**\n* A client missed the new rule.\n\n"
                             "**Edgar**\n* That was ours, a fix is out today.\n\n" /* 15, 16 */
                             "**Ines | NBG**\n* Thanks. Then the release date.\n\n"
                             "**Ines | NBG**\n* We would like two more weeks.\n\n"
                             "**Edgar**\n* Fine by us.\n\n"
                             "**Ines | NBG**\n* Good, two weeks then.\n\n"
                             "## Attendees\n\n* Tomas\n* Ines | NBG\n* Farid Haddad\n";
  g_autoptr (NpDocument) doc = run_text ("call.md", call, NULL);
  assert_speakers (doc, 3, "Tomas Ruiz");
  assert_speakers (doc, 4, "Tomas Ruiz");
  assert_speakers (doc, 7, "Ines");
  assert_speakers (doc, 16, "Edgar");
}

/* HackMD's signature of a line, "[name=Kirstie] ...", and a team's roll
 * call ("Name / institution / @handle") that resolves the updates
 * given by first name */
static void
test_hackmd_pad (void)
{
  static const char pad[] = "# Team meeting\n\n"
                            "- [name=Odile] the workshop went well\n"          /* 3 */
                            "- [name=Kasimir / Odile] (5 mins) the new role\n" /* 4 */
                            "  - [name=Kasimir] is it remote?\n";              /* 5 */
  g_autoptr (NpDocument) doc = run_text ("pad.md", pad, NULL);
  assert_speakers (doc, 3, "Odile");
  assert_speakers (doc, 4, "Kasimir;Odile");
  assert_speakers (doc, 5, "Kasimir");
  /* a generation after the name, "[name=Felix S Klock II]", in a quote
   * of replies under a point */
  static const char retro[] = "# Retro\n\n* Tag PRs with the group instead?\n"
                              "  > [name=Ottilie Brandt] Instead or both?\n"          /* 4 */
                              "  > [name=Felix S Klock II] I worry about switching\n"; /* 5 */
  g_autoptr (NpDocument) q = run_text ("retro.md", retro, NULL);
  assert_speakers (q, 4, "Ottilie Brandt");
  assert_speakers (q, 5, "Felix S Klock II");
  static const char roll[] = "# Team meeting\n\nIf you are joining, sign in below. Roll call:\n\n"
                             "* name / institution / handle\n* Odile Brun / Ferrand Labs / @obrun\n"
                             "* Kasimir Wendt / Polder University / @kwendt\n\n## Updates\n\n"
                             "* Odile: pass\n"                          /* 11 */
                             "* Kasimir: the mirror is current again\n"; /* 12 */
  g_autoptr (NpDocument) r = run_text ("roll.md", roll, NULL);
  assert_speakers (r, 11, "Odile Brun");
  assert_speakers (r, 12, "Kasimir Wendt");
  /* a signature alone over its writer's updates, names no list gives */
  static const char updates[] = "# Biweekly meeting\n\n## Updates\n\n"
                                "- [name=Jérémie]\n"                    /* 5 */
                                "    - P16 launch on the 12th\n"        /* 6 */
                                "    - helped with the release\n"       /* 7 */
                                "- [name=Loïc]\n"                       /* 8 */
                                "    - Python 3.13 wheels\n";           /* 9 */
  g_autoptr (NpDocument) u = run_text ("updates.md", updates, NULL);
  assert_speakers (u, 5, "Jérémie");
  assert_speakers (u, 6, "Jérémie");
  assert_speakers (u, 7, "Jérémie");
  assert_speakers (u, 8, "Loïc");
  assert_speakers (u, 9, "Loïc");
}

/* A bracket of words ending with a label's, "[Steering Council Note]",
 * "[Board Decision]": a kind of remark, nobody; a full name in brackets
 * stays a speaker */
static void
test_bracket_label_phrase (void)
{
  static const char notes[] = "# Council update\n\n"
                              "[Steering Council Note] Longer term, should these come as PEPs?\n\n" /* 3 */
                              "[Board Decision] approved the budget\n\n"                          /* 5 */
                              "[Ottilie Brandt] I agree with it\n";                               /* 7 */
  g_autoptr (NpDocument) doc = run_text ("update.md", notes, NULL);
  assert_speakers (doc, 3, "NONE");
  assert_speakers (doc, 5, "NONE");
  assert_speakers (doc, 7, "Ottilie Brandt");
}

/* A word in Title case with a qualifier, over points again and again,
 * where the notes list who came and it is none of them, nor a given name,
 * is a kind of case ("Simple (ambiguous):"); a name alone so, twice, is
 * a person's head */
static void
test_stray_word_heads (void)
{
  static const char notes[] = "# Open RFC call\n\n## Attendees\n\n- Wes Todd (@wesleytodd)\n- Ilse Brandt (@ibrandt)\n\n"
                              "## Notes\n\n- @wes' use cases\n"             /* 10 */
                              "    - Simple (ambiguous):\n"                 /* 11 */
                              "        - a bug in a transitive dep\n"       /* 12 */
                              "    - Complex (specific to Node):\n"         /* 13 */
                              "        - a dep updated to a good version\n" /* 14 */
                              "- @ibrandt' use cases\n"                     /* 15 */
                              "    - Simple (ambiguous):\n"                 /* 16 */
                              "        - dedupe deps\n"                     /* 17 */
                              "    - Complex (Tap -> Ink -> React):\n"      /* 18 */
                              "        - a deep peer dep\n"                 /* 19 */
                              "- Conversation\n"                            /* 20 */
                              "    - Marek\n"                               /* 21 */
                              "        - globs are ergonomic\n"             /* 22 */
                              "    - Marek\n"                               /* 23 */
                              "        - no new DSL\n";                     /* 24 */
  g_autoptr (NpDocument) doc = run_text ("rfc.md", notes, NULL);
  for (guint line = 11; line <= 19; line++)
    if (line != 15)
      assert_speakers (doc, line, "NONE");
  assert_speakers (doc, 21, "Marek");
  assert_speakers (doc, 22, "Marek");
  assert_speakers (doc, 24, "Marek");
}

/* A role and the attendee who holds it, "**Bosun**: Brandon Philips
 * [CoreOS] (@brandonphilips)", meeting after meeting, is nobody's speech;
 * a speaker answering with a name and more words still speaks */
static void
test_role_holder (void)
{
  static const char notes[] = "# Steering\n\nAttendees: Brandon Philips, Aaron Crickenberger, Joe Beda\n\n"
                              "## 2017-10-04\n\n**Bosun**: Brandon Philips [CoreOS] (@brandonphilips)\n\n" /* 7 */
                              "- Joe: who takes the notes?\n"                                            /* 9 */
                              "- Aaron: Brandon Philips will, he offered last week\n\n"                 /* 10 */
                              "## 2017-10-11\n\n**Bosun**: Aaron Crickenberger [Samsung SDS] (@spiffxp)\n"; /* 14 */
  g_autoptr (NpDocument) doc = run_text ("steering.md", notes, NULL);
  assert_speakers (doc, 7, "NONE");
  assert_speakers (doc, 9, "Joe Beda");
  assert_speakers (doc, 10, "Aaron Crickenberger");
  assert_speakers (doc, 14, "NONE");
}

void
add_community_tests (void)
{
  g_test_add_func ("/speakers/communities/open-attendee-list", test_open_attendee_list);
  g_test_add_func ("/speakers/communities/relayed-notes", test_relayed_notes);
  g_test_add_func ("/speakers/communities/handle-dash", test_handle_dash);
  g_test_add_func ("/speakers/communities/short-handles", test_short_handles);
  g_test_add_func ("/speakers/communities/presenter-with-company", test_presenter_with_company);
  g_test_add_func ("/speakers/communities/slips", test_slips);
  g_test_add_func ("/speakers/communities/initials-after-full-names", test_initials_after_full_names);
  g_test_add_func ("/speakers/communities/small-pad", test_small_pad);
  g_test_add_func ("/speakers/communities/joint-brackets", test_joint_brackets);
  g_test_add_func ("/speakers/communities/breakout-tables", test_breakout_tables);
  g_test_add_func ("/speakers/communities/unnamed-participants", test_unnamed_participants);
  g_test_add_func ("/speakers/communities/votes-and-kinds", test_votes_and_kinds);
  g_test_add_func ("/speakers/communities/chromium-handles", test_chromium_handles);
  g_test_add_func ("/speakers/communities/shortened-abbreviation", test_shortened_abbreviation);
  g_test_add_func ("/speakers/communities/reports-and-cues", test_reports_and_cues);
  g_test_add_func ("/speakers/communities/call-beside-partial-roster", test_call_beside_partial_roster);
  g_test_add_func ("/speakers/communities/hackmd-pad", test_hackmd_pad);
  g_test_add_func ("/speakers/communities/bracket-label-phrase", test_bracket_label_phrase);
  g_test_add_func ("/speakers/communities/stray-word-heads", test_stray_word_heads);
  g_test_add_func ("/speakers/communities/role-holder", test_role_holder);
}
