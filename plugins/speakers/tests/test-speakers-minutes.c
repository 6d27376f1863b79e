/* test-speakers-minutes.c: marks of standing meetings' minutes that the
 * other files do not show: a foundation's standups written with handles
 * and roles, TC39 turns written line after line with other marks than
 * "ABC:", the room's voices, and two speakers of one surname. */
#include <string.h>

#include "test-speakers.h"

/* Node.js CTC's standup: "Name @handle (CTC)" over the points, or before
 * a dash or a colon; the attendee's project in parentheses beside the
 * handle is no handle */
static void
test_standup_handles (void)
{
  static const char notes[] = "# Node Foundation CTC Meeting 2016-11-02\n\n## Present\n\n"
                              "* Bettina Aurich @baurich (CTC)\n"
                              "* Dmitri Volkov @dvolkov (CTC)\n"
                              "* Tomás Herrera @therrera (webpack)\n\n"
                              "## Standup\n\n"
                              "* Bettina Aurich @baurich (CTC)\n"                          /* 11 */
                              "  * Reviewing PRs, mostly streams\n"                       /* 12 */
                              "* Dmitri Volkov @dvolkov (CTC) - Buffer deprecation PR\n"  /* 13 */
                              "* Dmitri Volkov @dvolkov: also some triage\n"              /* 14 */
                              "* Tomas: webpack would opt in.\n";                         /* 15 */
  g_autoptr (NpDocument) doc = run_text ("ctc.md", notes, NULL);
  assert_speakers (doc, 11, "Bettina Aurich");
  assert_speakers (doc, 12, "Bettina Aurich");
  assert_speakers (doc, 13, "Dmitri Volkov");
  assert_speakers (doc, 14, "Dmitri Volkov");
  assert_speakers (doc, 15, "Tomás Herrera");
  guint n;
  const NpPerson *people = np_document_get_attendees (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpstr (people[2].handle, ==, "therrera");
  g_assert_cmpstr (people[2].affiliation, ==, "webpack");
}

/* TC39 turns one line after the other: an anonymous "??:", a host's
 * "[Sanna]:", an abbreviation whose colon has no space after it; the room
 * at once ("Everybody:"); "Decided:" a label */
static void
test_adjacent_turns (void)
{
  static const char notes[] = "| Name | Abbreviation | Organization |\n|---|---|---|\n"
                              "| Wiremu Laxton | WLX | Igalia |\n"
                              "| Kaisa Rautio-Hughes | KRHU | Nordvik |\n\n"
                              "## Closing\n\n"
                              "WLX: That's it for day one.\n"                     /* 8 */
                              "??: Will the slides be posted?\n"                  /* 9 */
                              "[Sanna]: Please drop your badges by the door.\n"   /* 10 */
                              "KRHU:Nordvik supports as well.\n"                  /* 11 */
                              "WLX: Thanks all.\n\n"                              /* 12 */
                              "Everybody: [applause]\n\n"                         /* 14 */
                              "KRHU: Bye.\n\n"                                    /* 16 */
                              "Decided: the slides go up tonight.\n"              /* 18 */
                              "Sanna:Two more of them tomorrow.\n";              /* 19 */
  g_autoptr (NpDocument) doc = run_text ("tc39.md", notes, NULL);
  assert_speakers (doc, 8, "Wiremu Laxton");
  assert_speakers (doc, 9, "UNKNOWN");
  assert_speakers (doc, 10, "Sanna");
  assert_speakers (doc, 11, "Kaisa Rautio-Hughes");
  assert_speakers (doc, 12, "Wiremu Laxton");
  assert_speakers (doc, 14, "UNKNOWN");
  assert_speakers (doc, 18, "NONE");
  assert_speakers (doc, 19, "Sanna"); /* a first name's colon typed without its space */
  /* "Everyone" in a sentence is nobody's mark */
  g_autoptr (NpDocument) prose = run_text ("p.md", "- Everyone should read the doc.\n- Bob: ok\n", NULL);
  assert_speakers (prose, 1, "NONE");
}

/* Speakers named once each at a working group's mic, two of one surname
 * ("Anna Nowak", "Piotr Nowak"): people still, not a family of labels
 * ("Platform Team", "Data Team") */
static void
test_shared_surname (void)
{
  static const char notes[] = "## draft-ietf-scot-binding-03\n\n"
                              "Hanne Sorlie (Ericsson): Is there a fallback behind middleboxes?\n" /* 3 */
                              "  - Yusuf: Deliberately no fallback.\n"
                              "  - Anna Nowak: +1 to no fallback.\n"                               /* 5 */
                              "\n"
                              "Mateus Carvalho (as individual): I'd argue for a 24h bound.\n"
                              "  - Piotr Nowak (Akamai): A cap in the protocol gets implemented.\n"; /* 8 */
  g_autoptr (NpDocument) doc = run_text ("ietf.md", notes, NULL);
  assert_speakers (doc, 3, "Hanne Sorlie");
  assert_speakers (doc, 5, "Anna Nowak");
  assert_speakers (doc, 8, "Piotr Nowak");
  static const char teams[] = "## Status\n\n- Platform Team: migrated.\n- Data Team: blocked.\n"
                              "- Infra Team: on track.\n- Web Team: done.\n";
  g_autoptr (NpDocument) tdoc = run_text ("teams.md", teams, NULL);
  assert_speakers (tdoc, 3, "NONE");
  assert_speakers (tdoc, 4, "NONE");
}

/* Minutes that mark their speakers by a full name and a colon, four
 * people or more: a full name said once on its own, apart from any run,
 * is one more voice when a common given name opens it; a product's
 * status so written is not ("Apple Safari: no signal yet.", away from
 * the turns) */
static void
test_full_name_style (void)
{
  static const char notes[] = "# QUIC WG\n\n## Multipath\n\n"
                              "* Martin Thomson (Mozilla): Why not reuse the path validation?\n" /* 5 */
                              "* Yanmei Liu: We do, mostly.\n"
                              "* Ian Swett (Google): +1, ship it.\n"
                              "* Lucas Pardue (as chair): let's take it to the list.\n\n"
                              "The discussion moved on to privacy.\n\n"
                              "Anna Kowalski: Same concern about connection IDs.\n\n"           /* 12 */
                              "## Status\n\nApple Safari: no signal yet.\n";                    /* 16 */
  g_autoptr (NpDocument) doc = run_text ("quic.md", notes, NULL);
  assert_speakers (doc, 5, "Martin Thomson");
  assert_speakers (doc, 12, "Anna Kowalski");
  assert_speakers (doc, 16, "NONE");
}

/* A summit session's header over its list of turns ("Session: ...",
 * "Track: ...", the questions and answers below by names said once):
 * the header's fields stand in no run of the turns, and a session's
 * leads are its people ("Ian:" is Ian Lance Taylor) */
static void
test_session_header_fields (void)
{
  static const char notes[] = "Summit 2024\n\n"
                              "Session: Generics follow-ups\n"                      /* 3 */
                              "Leads: Robert Griesemer, Ian Lance Taylor\n\n"
                              "- Q (Carlos Amedee): will methods get type parameters?\n" /* 6 */
                              "- A (Robert Griesemer): not soon, the cost is high.\n"
                              "- Q from Michael Pratt: what about iterators?\n"
                              "- Ian: iterators landed in 1.23.\n";                /* 9 */
  g_autoptr (NpDocument) doc = run_text ("summit.txt", notes, NULL);
  assert_speakers (doc, 3, "NONE");
  assert_speakers (doc, 6, "Carlos Amedee");
  assert_speakers (doc, 9, "Ian Lance Taylor");
}

/* Two given names before colons, each said once, are people where the
 * notes have other turns (a session after another's standup); alone in
 * the notes they are not ("Hugo:", "Oscar:" may be tools) */
static void
test_two_given_names (void)
{
  static const char notes[] = "Notes\n\n"
                              "* Johan: WASI preview 2 is the target\n"   /* 3 */
                              "* Evan: the wasmexport directive landed\n"
                              "* Austin: agreed, and for goroutines\n"    /* 5 */
                              "\nSecurity\n\n"
                              "* Roland: the FIPS module is validated\n"  /* 9 */
                              "* Filippo: next is the TLS profile work\n"; /* 10 */
  g_autoptr (NpDocument) doc = run_text ("summit.txt", notes, NULL);
  assert_speakers (doc, 3, "Johan");
  assert_speakers (doc, 5, "Austin");
  assert_speakers (doc, 9, "Roland");
  assert_speakers (doc, 10, "Filippo");
  static const char tools[] = "Tools\n\n* Hugo: the site builds\n* Oscar: the award page\n";
  g_autoptr (NpDocument) tdoc = run_text ("tools.txt", tools, NULL);
  assert_speakers (tdoc, 3, "NONE");
  assert_speakers (tdoc, 4, "NONE");
}

/* A standup where each person speaks once and no list names them: three
 * given names before colons are people; a run of labels ("Context:") or of
 * products ("Firefox:"), or one with a word that is no given name, is not */
static void
test_standup_given_names (void)
{
  g_assert_true (sp_given_names_sorted ());
  g_assert_true (sp_is_given_name ("jurgen"));
  g_assert_false (sp_is_given_name ("will"));
  static const char standup[] = "# Standup 2026-11-30\n\n## Updates\n\n"
                                "- Alice: finished the parser rewrite\n" /* 5 */
                                "- Bob: reviewing the cache change\n"
                                "- Jürgen: out on Friday\n";             /* 7 */
  g_autoptr (NpDocument) doc = run_text ("standup.md", standup, NULL);
  assert_speakers (doc, 5, "Alice");
  assert_speakers (doc, 6, "Bob");
  assert_speakers (doc, 7, "Jürgen");
  static const char labels[] = "## ADR 12\n\n- Context: the cache is slow\n- Decision: add an index\n"
                               "- Consequences: more memory\n\n## Browsers\n\n"
                               "- Firefox: behind a flag\n- Chrome: shipped\n- Safari: no signal\n\n"
                               "## Tools\n\n- Hugo: the site builds\n- Oscar: the award page\n"
                               "- Python: pinned to 3.11\n";
  g_autoptr (NpDocument) ldoc = run_text ("labels.md", labels, NULL);
  for (guint line = 3; line <= 17; line++)
    assert_speakers (ldoc, line, "NONE");
  /* the same standup before dashes, and as heads over each one's points */
  static const char dashes[] = "## Updates\n\n- Alice - finished the parser\n- Bob - reviewing the cache\n"
                               "- Carol - out Friday\n\n## Docs\n\n- Parser - rewritten\n- Cache - slower\n"
                               "- Alice - again\n";
  g_autoptr (NpDocument) ddoc = run_text ("dashes.md", dashes, NULL);
  assert_speakers (ddoc, 3, "Alice");
  assert_speakers (ddoc, 5, "Carol");
  assert_speakers (ddoc, 9, "NONE");
  static const char heads[] = "## Updates\n\n**Alice**\n\n- finished the parser\n\n**Bob**\n\n- reviewing the cache\n\n"
                              "**Carol**\n\n- out Friday\n\n## Areas\n\n**Parser**\n\n- rewritten\n\n**Alice**\n\n"
                              "- the same\n\n**Cache**\n\n- slower\n";
  g_autoptr (NpDocument) hdoc = run_text ("heads.md", heads, NULL);
  assert_speakers (hdoc, 3, "Alice");
  assert_speakers (hdoc, 5, "Alice");
  assert_speakers (hdoc, 11, "Carol");
  assert_speakers (hdoc, 17, "NONE");
  assert_speakers (hdoc, 21, "Alice"); /* a speaker by recurrence */
  assert_speakers (hdoc, 25, "NONE");
  /* a design meeting's discussion, each one's name and colon over a list
   * whose points have sub-points of their own (those points head nothing:
   * the next head is the next name's paragraph); a sub-point is nobody's */
  static const char design[] = "## Discussion\n\nTyler:\n\n* I see the appeal.\n    * a migration path\n"
                               "* No warning without bounds.\n\nFelix:\n\n* Extra bounds are fine.\n"
                               "    * a narrower alias\n\nNiko:\n\n* Same here.\n";
  g_autoptr (NpDocument) gdoc = run_text ("design.md", design, NULL);
  assert_speakers (gdoc, 3, "Tyler");
  assert_speakers (gdoc, 5, "Tyler");
  assert_speakers (gdoc, 6, "NONE");
  assert_speakers (gdoc, 7, "Tyler");
  assert_speakers (gdoc, 9, "Felix");
  assert_speakers (gdoc, 11, "Felix");
  assert_speakers (gdoc, 12, "NONE");
  assert_speakers (gdoc, 14, "Niko");
  assert_speakers (gdoc, 16, "Niko");
  /* full names: before dashes, and over each one's sub-items; a status
   * report's projects are no people */
  static const char full[] = "## Updates\n\n- Alice Smith - finished the parser\n- Bob Jones - reviewing the cache\n"
                             "- Carol Diaz - out Friday\n\n## Backend\n\n* **Daniel Patel**\n  * fixed the flaky test\n"
                             "* **Emma Berg**\n  * on call\n* **Felix Ahn**\n  * nothing new\n\n## Projects\n\n"
                             "- Project Alpha - on track\n- Website Redesign - late\n- Mobile App - shipped\n\n"
                             "* **Release Train**\n  * on time\n* **Data Platform**\n  * migrating\n"
                             "* **Search Revamp**\n  * blocked\n";
  g_autoptr (NpDocument) fdoc = run_text ("full.md", full, NULL);
  assert_speakers (fdoc, 3, "Alice Smith");
  assert_speakers (fdoc, 5, "Carol Diaz");
  assert_speakers (fdoc, 9, "Daniel Patel");
  assert_speakers (fdoc, 10, "Daniel Patel");
  assert_speakers (fdoc, 13, "Felix Ahn");
  for (guint line = 18; line <= 26; line++)
    assert_speakers (fdoc, line, "NONE");
  /* under the team's heading, its members are its people, who head their
   * points (the reader keeps both) */
  static const char team[] = "# Standup\n\n## Team\n\n* **Dev Patel**\n  * fixed the flaky test\n"
                             "* **Emma Berg**\n  * on call\n";
  g_autoptr (NpDocument) tdoc = run_text ("team.md", team, NULL);
  assert_speakers (tdoc, 5, "Dev Patel");
  assert_speakers (tdoc, 6, "Dev Patel");
  assert_speakers (tdoc, 8, "Emma Berg");
  /* a part that tells of people, not by them: whom each line thanks or
   * welcomes */
  static const char kudos[] = "# Team meeting\n\n## Kudos\n\n- Alice Smith - shipped the parser\n"
                              "- Bob Jones - fixed CI\n- Carol Diaz - onboarding docs\n\n## Welcome new members\n\n"
                              "- Dana: joins the build team\n- Erik: joins docs\n- Fiona: joins infra\n";
  g_autoptr (NpDocument) kdoc = run_text ("kudos.md", kudos, NULL);
  for (guint line = 5; line <= 13; line++)
    assert_speakers (kdoc, line, "NONE");
  /* nicknames in lower case, as a pad or a chat writes them: one
   * paragraph's lines (the readers split it at each) or a list; a run of
   * lower-case labels is no one's */
  static const char nicks[] = "Sync 2026-11-20\n\nNotes from the call.\nalice: I think we should ship it\n"
                              "bob: agreed, the tests are green\ncarol: one concern about the docs\n\n"
                              "- status: green\n- owner: the build team\n- due: Friday\n";
  static const char *const nick_files[] = { "nicks.txt", "nicks.md" };
  for (guint f = 0; f < G_N_ELEMENTS (nick_files); f++)
    {
      g_autoptr (NpDocument) ndoc = run_text (nick_files[f], nicks, NULL);
      assert_speakers (ndoc, 3, "NONE");
      assert_speakers (ndoc, 4, "alice");
      assert_speakers (ndoc, 5, "bob");
      assert_speakers (ndoc, 6, "carol");
      for (guint line = 8; line <= 10; line++)
        assert_speakers (ndoc, line, "NONE");
    }
  /* a section per person, where no list names anyone: three sections of
   * given names in a row; a topic's section, and sections under a part
   * that thanks people, are no one's */
  static const char secs[] = "# Standup\n\n## Alice\n\n- finished the parser\n\n## Bob\n\n- on call\n\n"
                             "## Carol Diaz\n\n- out on Friday\n\n## Blockers\n\n- slow runners\n\n"
                             "# Retro\n\n## Kudos\n\n### Dana\n\n- shipped it\n\n### Erik\n\n- fixed CI\n\n"
                             "### Fiona\n\n- docs\n\n## Areas\n\n### Parser\n\n- rewritten\n\n### Cache\n\n"
                             "- slower\n\n### Docs\n\n- late\n";
  g_autoptr (NpDocument) sdoc = run_text ("secs.md", secs, NULL);
  assert_speakers (sdoc, 5, "Alice");
  assert_speakers (sdoc, 9, "Bob");
  assert_speakers (sdoc, 13, "Carol Diaz");
  assert_speakers (sdoc, 17, "NONE");
  for (guint line = 21; line <= 43; line++)
    assert_speakers (sdoc, line, "NONE");
  /* a run of such sections whose given names the list lacks in part: a
   * full name of them is its person's ("#### Hanmin Qin"), a word alone
   * goes on the run but names no one ("#### Adrin") */
  static const char run[] = "#### Andreas\nwaiting for reviews\n\n#### Hanmin Qin\nCategoricalNB accepts integers\n\n"
                            "#### Adrin\nNamedArray, ping him\n\n#### Joel\nsample props\n\n"
                            "#### Roman\nGLM waiting for reviews\n";
  g_autoptr (NpDocument) rdoc = run_text ("monthly.md", run, NULL);
  assert_speakers (rdoc, 2, "Andreas");
  assert_speakers (rdoc, 5, "Hanmin Qin");
  assert_speakers (rdoc, 8, "NONE");
  assert_speakers (rdoc, 11, "Joel");
  assert_speakers (rdoc, 14, "Roman");
}

/* Older TC39 minutes: "(Rosalind Beckford)" under the agenda item names
 * its presenter, whose abbreviation nobody lists opens with her initials;
 * a list of products' status beside the delegates' turns is no turns */
static void
test_presenter_line (void)
{
  static const char notes[] = "# July 29, 2015 Meeting Notes\n\n"
                              "Alma Wickersham-Berg (AWB), Marcus S. Mendel (MM), Waylon Hatch (WH)\n\n"
                              "## 6.iii Weak references\n\n"
                              "(Rosalind Beckford)\n\n"                   /* 7 */
                              "RBN: I want to present a smaller take.\n\n" /* 9 */
                              "MM: What is the use case?\n\n"
                              "RBN: Caches.\n\n"                          /* 13 */
                              "Implementations and tooling:\n\n"
                              "- Chakra: no objection, no plans yet\n"     /* 17 */
                              "- Babel: plugin already exists\n"
                              "- Firefox: behind a flag\n\n"              /* 19 */
                              "WH: Fine.\n";                               /* 21 */
  g_autoptr (NpDocument) doc = run_text ("2015-07-29.md", notes, NULL);
  assert_speakers (doc, 7, "NONE");
  assert_speakers (doc, 9, "Rosalind Beckford");
  assert_speakers (doc, 13, "Rosalind Beckford");
  assert_speakers (doc, 17, "NONE");
  assert_speakers (doc, 19, "NONE");
  assert_speakers (doc, 21, "Waylon Hatch");
}

/* A guest of a working group's meeting, said once with the group she
 * comes from: before a colon, the group's words in the speech do not
 * make her a label; before a dash, she speaks beside the turns */
static void
test_guest_with_group (void)
{
  static const char notes[] = "# Node.js Build WG Meeting 2018-03-13\n\n## Present\n\n"
                              "* Gustavo Pereira @gpereira\n* Ingrid Solheim @isolheim\n\n## Minutes\n\n"
                              "* Gustavo: keep the host for the 8.x jobs.\n"
                              "* Elena Marsh (Release WG): from the release side this is fine.\n" /* 11 */
                              "* Ingrid: ok.\n"
                              "* Gustavo - thanks.\n"
                              "* Tomas Ruiz (Docs WG) - fine by me.\n"                          /* 14 */
                              "* Ingrid - done.\n"
                              "* Apple Pay (iOS) - shipped, for the record.\n";                 /* 16 */
  g_autoptr (NpDocument) doc = run_text ("build.md", notes, NULL);
  assert_speakers (doc, 11, "Elena Marsh");
  assert_speakers (doc, 14, "Tomas Ruiz");
  assert_speakers (doc, 16, "NONE");
}

/* A SIG's agenda: a handle of the initials of two given names and the
 * surname ("jwtan" for Jun Wei Tan) */
static void
test_handle_of_three_words (void)
{
  static const char notes[] = "## April 10, 2025\n\nAttendees:\n* Hanna Kowalczyk (Google)\n"
                              "* Jun Wei Tan (Alibaba Cloud)\n* Mai Saito (NetApp)\n\nAgenda:\n"
                              "* [Mai] Retire the NFS subdir provisioner\n"
                              "    * jwtan: we still have users on it\n"           /* 10 */
                              "        * Mai: images stay on registry.k8s.io\n"
                              "    * @jwtan: ok, then no objection\n";             /* 12 */
  g_autoptr (NpDocument) doc = run_text ("sig.md", notes, NULL);
  assert_speakers (doc, 10, "Jun Wei Tan");
  assert_speakers (doc, 12, "Jun Wei Tan");
}

/* A design meeting's vibe check, a section per person: titled with a
 * qualifier after the name, or with a handle */
static void
test_sections_per_person (void)
{
  static const char notes[] = "# Design meeting\n\nAttendance: Tove Lindqvist, Bartosz Wilk, Oksana Petrenko\n\n"
                              "## Vibe check\n\n### Tove\n\nBroadly positive.\n\n"   /* 9 */
                              "### bwilk\n\nNervous about `Drop`.\n\n"                  /* 13 */
                              "### Oksana (co-author)\n\nObviously in favor.\n\n"       /* 17 */
                              "### Jenkins\n\nThe job is red.\n";                        /* 21 */
  g_autoptr (NpDocument) doc = run_text ("design.md", notes, NULL);
  assert_speakers (doc, 9, "Tove Lindqvist");
  assert_speakers (doc, 13, "Bartosz Wilk");
  assert_speakers (doc, 17, "Oksana Petrenko");
  assert_speakers (doc, 21, "NONE");
}

/* Under a name heading its points, a scribe's account of another voice
 * ("bkessler said ...", "Olu Okafor thinks ...") and an aside in
 * parentheses are nobody's */
static void
test_heads_and_asides (void)
{
  static const char notes[] = "Summit notes\n\nAttendees\n- Bettina Kessler (@bkessler)\n- Carla van Tol (@cvantol)\n"
                              "- Olu Okafor (@okafor)\n- Sanjay Mehta (@smehta)\n\n"
                              "- Carla van Tol\n"                                              /* 9 */
                              "      - wants per-host credentials\n"                          /* 10 */
                              "      - bkessler said there was a design doc in 2019\n"         /* 11 */
                              "- Sanjay Mehta\n"
                              "      - wants a contributor ladder\n"
                              "      - Olu Okafor thinks the OWNERS model is too different\n"  /* 14 */
                              "      - (nobody had numbers at hand)\n"                         /* 15 */
                              "      - Olu agrees we need a ladder\n";                         /* 16 */
  g_autoptr (NpDocument) doc = run_text ("summit.txt", notes, NULL);
  assert_speakers (doc, 10, "Carla van Tol");
  assert_speakers (doc, 11, "NONE");
  assert_speakers (doc, 14, "NONE");
  assert_speakers (doc, 15, "NONE");
  assert_speakers (doc, 16, "NONE");
}

/* A TSC's votes: a zero, an abstention, a handle's vote */
static void
test_votes (void)
{
  static const char notes[] = "# TSC\n\n## Present\n\n* Brigitte Hallstrom (TSC)\n* Hana Okabe (TSC)\n"
                              "* Wilhelmina Stroud @mina-s (TSC)\n\n## Vote\n\n"
                              "* Hana +1\n"
                              "* Brigitte 0, would like numbers\n"   /* 12 */
                              "* Hana abstain\n"                      /* 13 */
                              "* mina-s +1\n"                         /* 14 */
                              "* Many +1s in the issue\n"             /* 15 */
                              "* Hana abstained from the last one\n"  /* 16 */
                              "* Hana abstains since it is hers\n"    /* 17 */
                              "* Hana is +1 as well\n"                /* 18 */
                              "* Brigitte what is the ask here?\n"    /* 19 */
                              "* Brigitte what a week it was.\n";     /* 20 */
  g_autoptr (NpDocument) doc = run_text ("vote.md", notes, NULL);
  assert_speakers (doc, 12, "Brigitte Hallstrom");
  assert_speakers (doc, 13, "Hana Okabe");
  assert_speakers (doc, 14, "Wilhelmina Stroud");
  assert_speakers (doc, 15, "NONE");
  assert_speakers (doc, 16, "NONE");
  assert_speakers (doc, 17, "NONE");
  /* a vote with "is", a question put with no delimiter */
  assert_speakers (doc, 18, "Hana Okabe");
  assert_speakers (doc, 19, "Brigitte Hallstrom");
  assert_speakers (doc, 20, "NONE");
}

/* An OpenStack PTG etherpad: its sign-in ("Please add your IRC nick and
 * name:", "nick (Full Name)"), lines signed with the nick at their end */
static void
test_etherpad_signatures (void)
{
  static const char notes[] = "Designate PTG etherpad\n\nPlease add your IRC nick and name:\n"
                              "- hvanrooyen (Hendrik van Rooyen) - PTL\n- mkarasu (Mehmet Karasu)\n"
                              "- tkajiura (Tomoe Kajiura)\n\nWhat did not go well:\n"
                              "- bind9 9.20 broke the rndc integration, users told us (tkajiura)\n" /* 9 */
                              "- review latency: median 19 days for non-core patches\n"             /* 10 */
                              "    - I can commit to 2 reviews a week (hvanrooyen)\n"              /* 11 */
                              "- a bug in the docs (unrelated)\n\n"                               /* 12 */
                              "Gate\n\n- mkarasu: the gate is green again\n";                    /* 16 */
  g_autoptr (NpDocument) doc = run_text ("ptg.txt", notes, NULL);
  assert_speakers (doc, 9, "Tomoe Kajiura");
  assert_speakers (doc, 10, "NONE");
  assert_speakers (doc, 11, "Hendrik van Rooyen");
  assert_speakers (doc, 12, "NONE");
  assert_speakers (doc, 16, "Mehmet Karasu");
}

/* A retro's stickies signed at their end: initials in parentheses with
 * no period before them, two people, a first name, a nick after a dash,
 * a dot-vote count after the signature; not the roster's own "Name
 * (AB)" lines, a word nobody is called, a lone dash in the text, nor
 * the owners of the parts a lead-in lists, nor a task's ("follow up
 * with ... (JK)") */
static void
test_retro_signatures (void)
{
  static const char notes[] = "# Sprint 7 retro\n\n## Present\n\n- Jonas Keller (JK)\n- Mona Okafor (MO)\n"
                              "- Rafael Duarte (RD)\n- Ilse Verhoeven (IV)\n\n## Went well\n\n"
                              "- Release 3.8 shipped on the planned day (JK)\n"              /* 12 */
                              "- Demo to the harbor authority went smoothly (JK, MO)\n"      /* 13 */
                              "- pairing on the snapping bug was productive -- rafael\n"     /* 14 */
                              "- Fast turnaround on the accessibility feedback — Ilse\n"     /* 15 */
                              "- flaky CI again -- mo +4\n"                                  /* 16 */
                              "- Crash-free sessions up to 99.6% on Android (RD) +3\n"       /* 17 */
                              "- Gradle sync is slow on a clean checkout (WIP)\n"            /* 18 */
                              "- the new tile cache works - mostly\n"                       /* 19 */
                              "- would like a heads-up about migrations (Ilse Verhoeven)\n" /* 20 */
                              "- Approved with conditions:\n"
                              "  - billing reconciliation for one full cycle (Mona)\n"      /* 22 */
                              "- follow up with the ferry company about the demo (JK)\n"    /* 23 */
                              "- Deploys were smooth all sprint, zero rollbacks (JK) (+4)\n" /* 24 */
                              "- Pairing on the billing migration \xe2\x80\x94 Ilse (+3)\n"  /* 25 */
                              "- the tile cache is fast now (+2)\n";                        /* 26 */
  g_autoptr (NpDocument) doc = run_text ("retro.md", notes, NULL);
  assert_speakers (doc, 7, "NONE");
  assert_speakers (doc, 12, "Jonas Keller");
  assert_speakers (doc, 13, "Jonas Keller;Mona Okafor");
  assert_speakers (doc, 14, "Rafael Duarte");
  assert_speakers (doc, 15, "Ilse Verhoeven");
  assert_speakers (doc, 16, "Mona Okafor");
  assert_speakers (doc, 17, "Rafael Duarte");
  assert_speakers (doc, 18, "NONE");
  assert_speakers (doc, 19, "NONE");
  assert_speakers (doc, 20, "Ilse Verhoeven");
  assert_speakers (doc, 22, "NONE");
  assert_speakers (doc, 23, "NONE");
  /* the count in parentheses */
  assert_speakers (doc, 24, "Jonas Keller");
  assert_speakers (doc, 25, "Ilse Verhoeven");
  assert_speakers (doc, 26, "NONE");
}

/* One signature alone is no convention of the notes: "(JK)" may be the
 * owner's */
static void
test_retro_signature_once (void)
{
  static const char notes[] = "# Sprint 7 retro\n\n## Present\n\n- Jonas Keller (JK)\n- Mona Okafor (MO)\n\n"
                              "## Went well\n\n- Release 3.8 shipped on the planned day (JK)\n" /* 10 */
                              "- the tile cache works\n";
  g_autoptr (NpDocument) doc = run_text ("retro.md", notes, NULL);
  assert_speakers (doc, 10, "NONE");
}

/* A quotation signed at its end says who said it, said once: the
 * quotation's marks are the evidence; a remark so signed is not */
static void
test_quotation_signed (void)
{
  static const char notes[] = "# Review\n\nAttendees: Carol White, Bob Jones\n\n"
                              "\"We will not ship without the audit.\" \xe2\x80\x94 Carol\n\n"     /* 5 */
                              "\xe2\x80\x9cThe freeze starts Monday at noon.\xe2\x80\x9d -- Bob Jones\n\n" /* 7 */
                              "The audit is booked for the week after \xe2\x80\x94 Carol\n\n"       /* 9 */
                              "\"Keeping the Release Train on Time\" \xe2\x80\x94 Bob Jones\n\n"       /* 11 */
                              "\"we need more tests first\" -- Carol\n";                               /* 13 */
  g_autoptr (NpDocument) doc = run_text ("review.md", notes, NULL);
  assert_speakers (doc, 5, "Carol White");
  assert_speakers (doc, 7, "Bob Jones");
  assert_speakers (doc, 9, "NONE");
  assert_speakers (doc, 11, "NONE"); /* a talk's title and its speaker */
  assert_speakers (doc, 13, "Carol White");
  /* a quotation signed by a voice nobody named, in a quote block too;
   * the same words after a remark that is no quotation sign nothing */
  static const char recap[] = "# Recap\n\nAttendees: Carol White, Bob Jones\n\n"
                              "> \"Screen readers don't see red.\" \xe2\x80\x94 audience member\n\n" /* 5 */
                              "\"Why not ship it now?\" -- someone in the audience\n\n"             /* 7 */
                              "\xe2\x80\x9cWho owns the docs?\xe2\x80\x9d \xe2\x80\x94 an attendee\n\n" /* 9 */
                              "The docs move to the wiki next week \xe2\x80\x94 audience member\n\n"  /* 11 */
                              "\"Keeping the Release Train on Time\" \xe2\x80\x94 someone\n";          /* 13 */
  g_autoptr (NpDocument) doc_recap = run_text ("recap.md", recap, NULL);
  assert_speakers (doc_recap, 5, "UNKNOWN");
  assert_speakers (doc_recap, 7, "UNKNOWN");
  assert_speakers (doc_recap, 9, "UNKNOWN");
  assert_speakers (doc_recap, 11, "NONE");
  assert_speakers (doc_recap, 13, "NONE"); /* a title, not speech */
}

/* Where minutes record the public's voices (a part titled "Public
 * comment", "Open Forum", a lead-in saying so), each resident speaks
 * once under a full name: a turn all the same, after a colon or a dash,
 * with a role after a comma or an address in parentheses; the label's
 * "Public comment - Name, role:" relays the voice.  Elsewhere such a
 * name said once stays no speaker, and "Public Comment:" is a label */
static void
test_public_voices (void)
{
  static const char notes[] = "Board minutes\n\n4. PUBLIC COMMENT\n\n"
                              "Janet Ruiz: The pickup line backs up onto the highway.\n\n"       /* 5 */
                              "Tomasz Wierzbicki, CPEA chapter president: Bus drivers are owed mileage.\n\n" /* 7 */
                              "Public comment - Delphine Okoro, resident:\nI support the later start time.\n\n" /* 9 */
                              "Public Comment: Mark Levy asked for lights in the park.\n\n"        /* 12 */
                              "5. OPEN FORUM (residents, 3 min each)\n\n"
                              "Carol Ostrowski (14 Birch Ct) - dog waste near the mailboxes is out of control.\n\n" /* 16 */
                              "6. High School Start Time\n\nPublic comment on item 6:\n"
                              "  - Marisol Fuentes, parent: supports; her daughter leaves at 6:40 AM.\n"  /* 21 */
                              "  - Unidentified student: please let us sleep.\n\n"                    /* 22 */
                              "7. Budget\n\nGina Alvarez: the reserve is short this year.\n\n"       /* 26 */
                              "8. Open Forum\n\n"
                              "- Dana Wu, 9 Oak Ln: the pool gate is broken\n"                        /* 30 */
                              "- Mr. Haskins, 22 Elm - speeding on Hollow Way again.\n"              /* 31 */
                              "- ??? (didn't catch name) - will the pool open in May\n"             /* 32 */
                              "- ??? - check the pool budget\n";                                    /* 33 */
  g_autoptr (NpDocument) doc = run_text ("board.txt", notes, NULL);
  assert_speakers (doc, 5, "Janet Ruiz");
  assert_speakers (doc, 7, "Tomasz Wierzbicki");
  assert_speakers (doc, 9, "Delphine Okoro");
  assert_speakers (doc, 12, "NONE");
  assert_speakers (doc, 16, "Carol Ostrowski");
  assert_speakers (doc, 21, "Marisol Fuentes");
  assert_speakers (doc, 22, "UNKNOWN");
  assert_speakers (doc, 26, "NONE");
  /* an address after the comma; a voice not caught, said so */
  assert_speakers (doc, 30, "Dana Wu");
  assert_speakers (doc, 31, "Haskins");
  assert_speakers (doc, 32, "UNKNOWN");
  assert_speakers (doc, 33, "NONE");
}

/* A post-mortem: its roles table names the people with their handles;
 * the timeline, an entry a line, marks each with the time, a dash and
 * the handle */
static void
test_incident_timeline (void)
{
  static const char notes[] = "# Post-mortem\n\n## Roles\n\n| Role | Person |\n|---|---|\n"
                              "| Incident commander | Aleksander Nowak (alnowak) |\n"
                              "| Primary on-call | Femi Adeyemi (@fadeyemi) |\n\n## Timeline\n\n"
                              "13:58 \xe2\x80\x94 5xx rate alert fires\n"                           /* 12 */
                              "14:00 \xe2\x80\x94 fadeyemi (on-call): paged, looking at the\n"      /* 13 */
                              "dashboards.\n"
                              "14:05 alnowak: I'm IC.\n"                                           /* 15 */
                              "14:06 \xe2\x80\x94 Femi: rolling back\n";                           /* 16 */
  g_autoptr (NpDocument) doc = run_text ("pm.md", notes, NULL);
  assert_speakers (doc, 12, "NONE");
  assert_speakers (doc, 13, "Femi Adeyemi");
  assert_speakers (doc, 15, "Aleksander Nowak");
  assert_speakers (doc, 16, "Femi Adeyemi");
}

/* A news site's write-up of a session: who took part in a sentence of
 * its own, people quoted by a full name, a colon and a quotation (each
 * once), a surname or a first name later; a sentence about a person
 * ("Dmitra Volkova disagreed.") is no turn; a field's short quoted value
 * is nobody's */
static void
test_quoted_write_up (void)
{
  static const char notes[] = "Maintainers summit: the Rust question\n\n"
                              "The session returned to Rust. Participants included Linus Torvalds,\n"
                              "Greg Kroah-Hartman, Kees Cook, Dmitra Volkova, and Ari Lindqvist.\n\n"
                              "Greg Kroah-Hartman: \"The stable trees are not going to carry\n"   /* 6 */
                              "backports that nobody has tested.\"\n\n"
                              "Dmitra Volkova disagreed. Speaking for the networking side, she\n" /* 9 */
                              "noted that reviewers still lack tooling.\n\n"
                              "Volkova: \"If we are going to have two languages, I need both.\"\n\n" /* 12 */
                              "Linus Torvalds: \"Nobody is asking you to learn Rust tomorrow.\"\n\n" /* 14 */
                              "Kees: \"Then let's fund it.\" That got a laugh.\n\n"             /* 16 */
                              "The release after this one was named in the session.\n\n"
                              "Code Name: \"Bookworm\"\n\n"                                    /* 20 */
                              "Nobody objected to the name.\n";
  g_autoptr (NpDocument) doc = run_text ("lwn.txt", notes, NULL);
  assert_speakers (doc, 6, "Greg Kroah-Hartman");
  assert_speakers (doc, 9, "NONE");
  assert_speakers (doc, 12, "Dmitra Volkova");
  assert_speakers (doc, 14, "Linus Torvalds");
  assert_speakers (doc, 16, "Kees Cook");
  assert_speakers (doc, 20, "NONE");
  /* one person quoted so is no style: the mark needs its own evidence */
  static const char once[] = "Session notes\n\n"
                             "Mara Quint: \"We will not ship this release on time.\"\n\n"    /* 3 */
                             "The group met for an hour and left the question open.\n";
  g_autoptr (NpDocument) odoc = run_text ("once.txt", once, NULL);
  assert_speakers (odoc, 3, "NONE");
}

/* A summit's blog-style write-up: a person named with a possessive before
 * her handle, a full name with a verb of speech before the colon (the
 * prose uses the verb too) */
static void
test_write_up (void)
{
  static const char notes[] = "# Language Summit: free-threading\n\n"
                              "The first talk was Henrike Vogt's (@hvogt) update on the build.\n\n"
                              "[adebayo] If 3.17 ships free-threaded only, what does a user see?\n\n"
                              "[hvogt] The GIL gets re-enabled.\n\n"                             /* 7 */
                              "Ilse Verbruggen asked: could we keep the GIL build one more release?\n\n" /* 9 */
                              "Vogt replied that memory was measured and asked for volunteers.\n";  /* 11 */
  g_autoptr (NpDocument) doc = run_text ("summit.md", notes, NULL);
  assert_speakers (doc, 7, "Henrike Vogt");
  assert_speakers (doc, 9, "Ilse Verbruggen");
  assert_speakers (doc, 11, "NONE");
  /* a write-up that quotes its people by a full name in bold: one more
   * so quoted once is a voice too; a question from the floor is nobody
   * named; a full name with a relative clause after its comma is told of */
  static const char blog[] = "# Language Summit\n\n"
                             "**Marta Kowalczyk:** The numbers are in.\n\n"                      /* 3 */
                             "**Yusuf Demir:** And the extensions?\n\n"                          /* 5 */
                             "**Ella Hartmann:** Most of them work.\n\n"                         /* 7 */
                             "**Q (from the floor):** What about the GIL?\n\n"                   /* 9 */
                             "Ines Carvalho, who teaches programming, walked through feedback.\n\n" /* 11 */
                             "Sam Whitfield showed a lockfile prototype.\n\n"
                             "> **Sam Whitfield**: A lockfile format is a big commitment.\n";     /* 15 */
  g_autoptr (NpDocument) bdoc = run_text ("blog.md", blog, NULL);
  assert_speakers (bdoc, 7, "Ella Hartmann");
  assert_speakers (bdoc, 9, "UNKNOWN");
  assert_speakers (bdoc, 11, "NONE");
  assert_speakers (bdoc, 15, "Sam Whitfield");
  /* a handle in lower case after the name, with no '@' ("Marta Kovač
   * (mkv)"), is hers when its letters are her name's in order; a note in
   * parentheses after a name ("(remote)") makes no handle */
  static const char pdf[] = "Session 1: Welcome\n"
                            "\xe2\x80\xa2 Welcome from Marta Kova\xc4\x8d (mkv), who ran the day.\n"
                            "\xe2\x80\xa2 Tomas Berg (remote) joined the call.\n"
                            "\xe2\x80\xa2 [mkv] release cadence held this year.\n"                /* 4 */
                            "\xe2\x80\xa2 [remote] the stream dropped twice.\n";                  /* 5 */
  g_autoptr (NpDocument) pdoc = run_text ("summit.txt", pdf, NULL);
  assert_speakers (pdoc, 4, "Marta Kova\xc4\x8d");
  assert_speakers (pdoc, 5, "remote");
  /* a pad's question with its asker in brackets at the end, after the
   * label; a task's "[done]" at a line's end is nobody */
  static const char pad[] = "Present: Cherry Vance (cherry), Valeria Morales (vmorales), Ossian Pike (opike)\n\n"
                            "Session: Telemetry\n"
                            "Q: will this be opt-out? [vmorales]\n"                  /* 4 */
                            "A: [cherry] no, opt-in only\n"
                            "Q: who owns the edition guide this year? [opike]\n"     /* 6 */
                            "A: [vmorales] I will\n"
                            "- update the guide for the new lint [done]\n"           /* 8 */
                            "- write the release notes for the edition [done]\n";
  g_autoptr (NpDocument) qdoc = run_text ("pad.txt", pad, NULL);
  assert_speakers (qdoc, 4, "Valeria Morales");
  assert_speakers (qdoc, 6, "Ossian Pike");
  assert_speakers (qdoc, 8, "NONE");
  /* an asker in no list, who speaks in brackets elsewhere; one who
   * speaks nowhere else stays nobody */
  static const char unlisted[] = "Summit\n\n"
                                 "o [vmorales] we need the prompt in CI too\n"                    /* 3 */
                                 "Q: what about CI runners, they never see the prompt [jpetrov]\n" /* 4 */
                                 "o [jpetrov] +1, and the fix has to land in the same release\n"   /* 5 */
                                 "Q: and the docs, who writes them? [kwong]\n"                     /* 6 */
                                 "o [vmorales] agreed\n";
  g_autoptr (NpDocument) udoc = run_text ("pad.txt", unlisted, NULL);
  assert_speakers (udoc, 4, "jpetrov");
  assert_speakers (udoc, 6, "NONE");
}

/* A kind of speech after the comma is no second speaker ("Rosalind,
 * one concern: ..."); "Ask:" is a label; tasks under "Action items
 * (copied from above)" and "Outcomes / follow-ups" name their owners */
static void
test_kinds_and_tasks (void)
{
  static const char notes[] = "# TSC\n\n## Present\n\n* Rosalind Achterberg @rachterberg (TSC)\n"
                              "* Hana Okabe @hokabe (TSC)\n\n## Minutes\n\n"
                              "* Rosalind, one concern: the TSC has a company rule\n"   /* 10 */
                              "* Hana: ok\n"
                              "* Ask: everyone runs the benchmark first\n\n"          /* 12 */
                              "## Action items (copied from above)\n\n"
                              "* Hana: write the charter change\n\n"                   /* 16 */
                              "Outcomes / follow-ups\n\n"
                              "* Rosalind: ask the board\n";                           /* 20 */
  g_autoptr (NpDocument) doc = run_text ("tsc.md", notes, NULL);
  assert_speakers (doc, 10, "Rosalind Achterberg");
  assert_speakers (doc, 12, "NONE");
  assert_speakers (doc, 16, "NONE");
  assert_speakers (doc, 20, "NONE");
}

/* A bold name with the company after it over the bullets it said; a
 * Matrix user's whole ID and a mail address before the colon */
static void
test_heads_and_addresses (void)
{
  static const char notes[] = "# Execution Layer Meeting 212\n\n"
                              "**Kasimir Lindqvist** (Nethermind)\n"                 /* 3 */
                              "* Yes the OOM is ours.\n\n"                           /* 4 */
                              "## GUADEC\n\n"
                              "- @jonte: registrations are at 310.\n"
                              "- @jonte:matrix.org: the risk is the visa letters.\n"   /* 9 */
                              "- ebrandt@suse.de: SUSE keeps a skip list.\n"           /* 10 */
                              "- ebrandt: ~300 entries.\n\n"
                              "## Attendees\n\n* Kasimir Lindqvist\n* Teodor Vukic\n";
  g_autoptr (NpDocument) doc = run_text ("acde.md", notes, NULL);
  assert_speakers (doc, 3, "Kasimir Lindqvist");
  assert_speakers (doc, 4, "Kasimir Lindqvist");
  assert_speakers (doc, 9, "jonte");
  assert_speakers (doc, 10, "ebrandt");
}

/* A cleaned caption: a cue in brackets opening the line after a turn
 * ("[inaudible] Can you see it?") goes on with that turn */
static void
test_caption_cues (void)
{
  static const char notes[] = "# Community call\n\nAttendees: Alex Lindqvist, Hana Suzuki\n\n"
                              "[00:01:49] Alex Lindqvist: Thanks. I'll share my screen.\n"  /* 5 */
                              "[inaudible] Can you see it?\n\n"                            /* 6 */
                              "[00:01:58] Hana Suzuki: Yes.\n";                             /* 8 */
  g_autoptr (NpDocument) doc = run_text ("call.md", notes, NULL);
  assert_speakers (doc, 5, "Alex Lindqvist");
  const NpAnnotation *t = turn_at (doc, 6);
  g_assert_nonnull (t);
  assert_speakers (doc, 8, "Hana Suzuki");
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (items[0].line, ==, 5);
  g_assert_cmpuint (items[0].end_line, ==, 6);
}

/* A full name with a surname's particle in lower case and no delimiter
 * ("Lotte van Dijk what about ...?"), a person of the attendee list */
static void
test_particle_in_full_name (void)
{
  static const char notes[] = "Summit\n\nAttendees:\n- Lotte van Dijk (@lvandijk)\n- Elliot Varga (@evarga)\n\n"
                              "Iterators\n\n"
                              "- Elliot Varga each std package gets its own proposal\n"      /* 9 */
                              "- Lotte van Dijk what about bufio.Scanner?\n"                 /* 10 */
                              "- Meeting de facto ended at noon.\n";                         /* 11 */
  g_autoptr (NpDocument) doc = run_text ("summit.txt", notes, NULL);
  assert_speakers (doc, 9, "Elliot Varga");
  assert_speakers (doc, 10, "Lotte van Dijk");
  assert_speakers (doc, 11, "NONE");
}

/* a vote by "@handle", and names before "others" (the rest of the room) */
static void
test_handle_votes_and_others (void)
{
  static const char notes[] = "## Present\n\n"
                              "* Hendrik Vaalsen @hvaalsen\n* Tomasz Nowicki @tnowicki\n"
                              "* Oskar Lind @olind\n* Kenji Abe @kabe\n\n"
                              "## Minutes\n\n"
                              "Hendrik: Should we disable the old job?\n\n"  /* 10 */
                              "@tnowicki +1\n\n"                               /* 12 */
                              "@kabe abstain\n\n"                              /* 14 */
                              "@olind +1s all round\n\n"                       /* 16 */
                              "Tomasz, Oskar, others: +1\n\n"                  /* 18 */
                              "Oskar and others: agreed\n";                     /* 20 */
  g_autoptr (NpDocument) doc = run_text ("tsc.md", notes, NULL);
  assert_speakers (doc, 12, "Tomasz Nowicki");
  assert_speakers (doc, 14, "Kenji Abe");
  assert_speakers (doc, 16, "NONE");
  assert_speakers (doc, 18, "Tomasz Nowicki;Oskar Lind");
  assert_speakers (doc, 20, "Oskar Lind");
  /* several votes on one line */
  static const char line[] = "## Present\n\n* Lukas Brenner (@lbrenner)\n* Ximena Cordero (@xcordero)\n"
                             "* Benedikt Sauer (@bsauer)\n\n## Agenda\n\n"
                             "* Tier 1 tools: update the list\n"                 /* 9 */
                             "  * Lukas, llnode should drop to tier 3\n"         /* 10 */
                             "  * Ximena +1, Benedikt +1\n";                     /* 11 */
  g_autoptr (NpDocument) doc2 = run_text ("diag.md", line, NULL);
  assert_speakers (doc2, 11, "Ximena Cordero;Benedikt Sauer");
  /* the votes after a vote's label; "Voters:" names nobody; names one
   * with its initial joined by "and" are a sentence's subject */
  static const char label[] = "## Present\n\n* Gabriel Fontaine (@gfontaine)\n* Ksenia Orlova (@kxor)\n"
                              "* Michael Brandt (@mbrandt)\n\n## Discussion\n\n"
                              "* Vote on a 4 week cadence: Gabriel +1, Ksenia +1, Michael 0\n"   /* 9 */
                              "* Votes: Michael -1\n"                                            /* 10 */
                              "* Voters: none yet\n"                                             /* 11 */
                              "* Gabriel, Michael B and Ksenia agreed to land it.\n";            /* 12 */
  g_autoptr (NpDocument) doc3 = run_text ("release.md", label, NULL);
  assert_speakers (doc3, 9, "Gabriel Fontaine;Ksenia Orlova;Michael Brandt");
  assert_speakers (doc3, 10, "Michael Brandt");
  assert_speakers (doc3, 11, "NONE");
  assert_speakers (doc3, 12, "NONE");
}

/* A round table with no sign-up sheet: "Nadia - ..." said once between
 * two turns is hers, and the run of turns goes on past it to her
 * answerer and the next speaker; a topic before a dash is nobody's */
static void
test_dash_among_turns (void)
{
  static const char notes[] = "# Round table\n\nNotes from the round table, no sign-up sheet.\n\n"
                              "* Rafael: three overlapping efforts upstream.\n"            /* 5 */
                              "* Hanna: the CAS work is in production for us.\n"           /* 6 */
                              "  * Dmitri: +1 to splitting it up.\n"                       /* 7 */
                              "* Nadia - we mostly care about the embedded side.\n"        /* 8 */
                              "  * Wojciech: yes, we hit a crash, fixed on main.\n"        /* 9 */
                              "* Brandon: clang-cl is the big gap.\n"                      /* 10 */
                              "  * Rafael: agreed.\n"                                      /* 11 */
                              "* Roadmap - Tracking Issue [#42](https://example.org/42)\n" /* 12 */
                              "* Rafael: that is all.\n";                                  /* 13 */
  g_autoptr (NpDocument) doc = run_text ("round.md", notes, NULL);
  assert_speakers (doc, 8, "Nadia");
  assert_speakers (doc, 9, "Wojciech");
  assert_speakers (doc, 10, "Brandon");
  assert_speakers (doc, 12, "NONE");
  /* the room's voice beside turns, though the text thanks everyone */
  static const char room[] = "## Attendees\n\n* Joanna Mbeki (@jmbeki)\n* Anouk de Vries (@anoukdv)\n\n"
                             "## Notes\n\n"
                             "* **Joanna**: can we agree on a default?\n"        /* 8 */
                             "* **Everyone**: +1\n"                              /* 9 */
                             "* **Anouk**: Thanks everyone, notes go to the repo.\n";
  g_autoptr (NpDocument) doc2 = run_text ("room.md", room, NULL);
  assert_speakers (doc2, 9, "UNKNOWN");
  /* a handle in brackets alone over the points that person made */
  static const char heads[] = "- Malcolm Ferry (@mferry)\n- Rafael Quintero (@rquint)\n\nSession\n\n"
                              "- [rquint] our monorepo takes 40s to load\n"       /* 6 */
                              "- [mferry]\n"                                      /* 7 */
                              "  - vim-go users will follow VS Code\n"            /* 8 */
                              "- [rquint] +1 on rename\n";                        /* 9 */
  g_autoptr (NpDocument) doc3 = run_text ("summit.txt", heads, NULL);
  assert_speakers (doc3, 7, "Malcolm Ferry");
  assert_speakers (doc3, 8, "Malcolm Ferry");
  assert_speakers (doc3, 9, "Rafael Quintero");
  /* a guest said once with the company in parentheses, among turns in
   * brackets; a tool's name with a colon there is no one */
  static const char guest[] = "- Nadia Olufemi (@nolufemi)\n- Ines Carvalho (@icarvalho)\n\nErrors\n\n"
                              "- [nolufemi] %w in fmt.Errorf is a bit magic\n"             /* 6 */
                              "- Kasia (Cloudflare): our error pages printed chains\n"     /* 7 */
                              "  - [icarvalho] that's an argument for Unwrap\n"            /* 8 */
                              "- Prow: auto-request reviews\n"                              /* 9 */
                              "- [nolufemi] ok\n";                                          /* 10 */
  g_autoptr (NpDocument) doc4 = run_text ("summit.txt", guest, NULL);
  assert_speakers (doc4, 7, "Kasia");
  assert_speakers (doc4, 9, "NONE");
  /* a pad's votes signed after them, a card nobody signed */
  static const char pad[] = "== Participants ==\n* Olga Petrenko (volunteer) [Olga_P]\n"
                            "* Felix Brandauer (volunteer) [FelixB]\n\n== What works ==\n"
                            "* [FelixB] the build logs are much better\n"             /* 6 */
                            "    * +1 --olga\n"                                        /* 7 */
                            "    * +1 (Felix)\n"                                       /* 8 */
                            "    * +1 (nobody here)\n"                                 /* 9 */
                            "* (unsigned) php support? is it planned?\n"              /* 10 */
                            "    * +1 from Olga\n"                                     /* 11 */
                            "    * +1 from Felix on the php question\n"                /* 12 */
                            "    * +1 @FelixB\n"                                        /* 13 */
                            "    * +1 from Google on this\n";                          /* 14 */
  g_autoptr (NpDocument) doc5 = run_text ("pad.txt", pad, NULL);
  assert_speakers (doc5, 7, "Olga Petrenko");
  assert_speakers (doc5, 8, "Felix Brandauer");
  assert_speakers (doc5, 9, "NONE");
  assert_speakers (doc5, 10, "UNKNOWN");
  assert_speakers (doc5, 11, "Olga Petrenko");
  /* ... with what the vote is for after the voter, or by handle; a
   * company nobody is named by is no voter */
  assert_speakers (doc5, 12, "Felix Brandauer");
  assert_speakers (doc5, 13, "Felix Brandauer");
  assert_speakers (doc5, 14, "NONE");
  /* an Apache vote's tally in plain text, a voter a line, with how the
   * vote counts; a roster's person only, as above */
  static const char tally[] = "Vote on 2.3.0\n\nAttendees: Alice Smith, Bob Jones, Carol Diaz, Erin Park\n\n"
                              "+1 (binding) Alice Smith\n"   /* 5 */
                              "+1 Carol Diaz (binding)\n"    /* 6 */
                              "+1 (non-binding) Bob Jones\n" /* 7 */
                              "0 Erin Park\n"                /* 8 */
                              "+1 Alice\n"                   /* 9 */
                              "+1 the new logo\n"            /* 10 */
                              "-1 Postgres Team\n"           /* 11 */
                              "-1 Bob Jones: the signature is wrong\n"; /* 12 */
  g_autoptr (NpDocument) votes = run_text ("vote.txt", tally, NULL);
  assert_speakers (votes, 5, "Alice Smith");
  assert_speakers (votes, 6, "Carol Diaz");
  assert_speakers (votes, 7, "Bob Jones");
  assert_speakers (votes, 8, "Erin Park");
  assert_speakers (votes, 9, "Alice Smith");
  assert_speakers (votes, 10, "NONE");
  assert_speakers (votes, 11, "NONE");
  assert_speakers (votes, 12, "Bob Jones"); /* with the reason after a colon */
  /* a person's section: a bullet telling of another voice is not theirs */
  static const char lab[] = "Lab meeting\n\nAttendees: Hana Kowalczyk, Diego Ramirez, Tobias Ek\n\n"
                            "## Diego\n\n"
                            "* Finished the temperature ablation\n"                       /* 7 */
                            "* Tobias suggested using the memmap version\n"               /* 8 */
                            "* Next: rerun with 5 seeds\n";                               /* 9 */
  g_autoptr (NpDocument) doc6 = run_text ("lab.md", lab, NULL);
  assert_speakers (doc6, 7, "Diego Ramirez");
  assert_speakers (doc6, 8, "NONE");
}

/* TC39's queue read aloud, "DOK on queue:"; a voice the chat relays by
 * handle in minutes whose roster names every other speaker */
static void
test_queue_and_relays (void)
{
  static const char notes[] = "| Name | Abbreviation | Organization |\n|---|---|---|\n"
                              "| Priscilla Yau | PYU | Apple |\n"
                              "| Daniel Okonkwo | DOK | Igalia |\n\n"
                              "PYU: The static one is on the table too.\n\n"   /* 6 */
                              "DOK on queue: Any compat risk?\n\n"              /* 8 */
                              "PYU: Not that we know of.\n";                    /* 10 */
  g_autoptr (NpDocument) doc = run_text ("plenary.md", notes, NULL);
  assert_speakers (doc, 8, "Daniel Okonkwo");
  static const char tsc[] = "## Present\n\n* Colm Fitzgerald @colmf\n* Gustavo Reyes @greyes\n"
                            "* Rafael Souza @rsouza\n\n## Minutes\n\n"
                            "* Colm: 13.1.0 went out yesterday.\n"                               /* 9 */
                            "* Gustavo: 12.13.1 next week.\n"                                    /* 10 */
                            "* Rafael: moderation policy PR needs reviews.\n"                    /* 11 */
                            "* Colm: will review.\n"                                             /* 12 */
                            "* Question in chat (from @tl_hopper): any update on ESM?\n"         /* 13 */
                            "* Gustavo: aiming for 13.x.\n";                                     /* 14 */
  g_autoptr (NpDocument) doc2 = run_text ("tsc.md", tsc, NULL);
  assert_speakers (doc2, 13, "tl_hopper");
  assert_speakers (doc2, 14, "Gustavo Reyes");
}

/* Status rounds: a topic in lower case or with a number, then who
 * reports on it, in parentheses or after a dash; a topic nobody reports
 * on beside them is no speaker; a name with its company stays the name's */
static void
test_topic_reporters (void)
{
  static const char notes[] = "Attendees:\n\n"
                              "* Deepa Raman (AWS)\n* Priyanka Venkatesan (Microsoft)\n* Marcus Feld (Google)\n\n"
                              "Agenda:\n\n"
                              "* [Marcus] KEPs at risk\n"                                          /* 9 */
                              "    * Node hot plug (Deepa): PR has LGTM, needs approval\n"          /* 10 */
                              "    * KEP-4680 (Priyanka): blocked on the device plugin API\n"      /* 11 */
                              "    * KEP-3953 Node resource hot plug - Deepa: needs approval\n"    /* 12 */
                              "    * Action item (Marcus): follow up with SIG Auth\n"              /* 13 */
                              "    * Marcus Feld (Google): I'll do approvals today\n";             /* 14 */
  g_autoptr (NpDocument) doc = run_text ("sig-node.md", notes, NULL);
  assert_speakers (doc, 10, "Deepa Raman");
  assert_speakers (doc, 11, "Priyanka Venkatesan");
  assert_speakers (doc, 12, "Deepa Raman");
  assert_speakers (doc, 13, "NONE");
  assert_speakers (doc, 14, "Marcus Feld");
  /* a TSC's round of updates: the reporters' turns support no topic
   * beside them */
  static const char tsc[] = "## Present\n\n* Rich Trott @Trott\n* James Snell @jasnell\n\n"
                            "## Updates\n\n"
                            "* Python 3/GYP (Rich): invite a guest to these meetings\n"  /* 8 */
                            "* HTTP/3 (James): QUIC support is moving along\n"            /* 9 */
                            "* Startup Resources: No one present\n"                       /* 10 */
                            "* V8 Currency (James): nothing to report\n";                 /* 11 */
  g_autoptr (NpDocument) doc2 = run_text ("tsc.md", tsc, NULL);
  assert_speakers (doc2, 8, "Rich Trott");
  assert_speakers (doc2, 9, "James Snell");
  assert_speakers (doc2, 10, "NONE");
  assert_speakers (doc2, 11, "James Snell");
  /* a board's action item, a first name after '@' and a task's verb, is
   * nobody's speech; a handle's proposal is its writer's */
  static const char board[] = "Board meeting\n\nDirectors present: Kofi Mensah, Samuel Ruiz, Rich Trott\n\n"
                              "Kofi: two sponsors renewed late this year.\n"                  /* 5 */
                              "@Kofi: circulate the sponsor renewal list before April 1.\n"  /* 6 */
                              "@Sam: follow up with the Incubator PMC on the backlog.\n"     /* 7 */
                              "@Trott: propose a canonical link for the docs.\n";           /* 8 */
  g_autoptr (NpDocument) doc3 = run_text ("board.txt", board, NULL);
  assert_speakers (doc3, 5, "Kofi Mensah");
  assert_speakers (doc3, 6, "NONE");
  assert_speakers (doc3, 7, "NONE");
  assert_speakers (doc3, 8, "Rich Trott");
}

/* A full name with no delimiter, then a preposition opening the speech's
 * phrase, ended by a comma or a pronoun; one that tells of the person,
 * or an owner's task, is narration */
static void
test_name_before_phrase (void)
{
  static const char notes[] = "Go Contributor Summit\n\nAttendees:\n- Oleksandr Petrenko (@opetrenko)\n"
                              "- Ignacio Duarte (@iduarte)\n- Emily Ratliff (@eratliff)\n\nPGO\n\n"
                              "- Oleksandr Petrenko where does the profile come from in a build?\n"      /* 10 */
                              "- Ignacio Duarte for an IDE this is tough, we'd need the profile too\n"  /* 11 */
                              "- Ignacio Duarte from a packaging point of view, keep it optional\n"     /* 12 */
                              "- Oleksandr Petrenko with modules this gets easier\n"                    /* 13 */
                              "- Emily Ratliff from the LF presented the survey results\n"              /* 14 */
                              "- Ignacio Duarte to open an issue about the flag\n";                     /* 15 */
  g_autoptr (NpDocument) doc = run_text ("summit.txt", notes, NULL);
  assert_speakers (doc, 10, "Oleksandr Petrenko");
  assert_speakers (doc, 11, "Ignacio Duarte");
  assert_speakers (doc, 12, "Ignacio Duarte");
  assert_speakers (doc, 13, "Oleksandr Petrenko");
  assert_speakers (doc, 14, "NONE");
  assert_speakers (doc, 15, "NONE");
  /* a flag opening the speech, a company or a way of attending between
   * the name and the speech; not a list of names with abbreviations */
  static const char flags[] = "Go Contributor Summit\n\nAttendees:\n- Dmitry Volkov (@dvolkov)\n"
                              "- Aaron Whitfield (@awhitfield)\n\nBuilds\n\n"
                              "- Dmitry Volkov the toolchain version still leaks\n"                 /* 9 */
                              " - Aaron Whitfield -race builds are never reproducible anyway\n"     /* 10 */
                              " - Dmitry Volkov (JetBrains) the IDE reads it from the binary\n"    /* 11 */
                              " - Aaron Whitfield (remote) we rely on it\n"                        /* 12 */
                              "- Dmitry Volkov (DVV) Aaron Whitfield (AWD) Ann Lee (ALE)\n";       /* 13 */
  g_autoptr (NpDocument) doc2 = run_text ("summit.txt", flags, NULL);
  assert_speakers (doc2, 10, "Aaron Whitfield");
  assert_speakers (doc2, 11, "Dmitry Volkov");
  assert_speakers (doc2, 12, "Aaron Whitfield");
  assert_speakers (doc2, 13, "NONE");
}

/* An IETF session's heading with its presenter and its slot's length;
 * a chat's medium alone relays a voice; a triage list's issue before the
 * speaker's mark */
static void
test_sessions_and_triage (void)
{
  static const char ietf[] = "# XYZ WG Minutes\n\n## 2. draft-ietf-xyz-framework (Priyanka Menon, 25 min)\n\n"
                             "Martin Kessler (Akamai): Can we scope it to endpoints only?\n"   /* 5 */
                             "Priyanka: That was the original text.\n"                         /* 6 */
                             "Zulip (Jonah Feld): Please split the two cases.\n"               /* 7 */
                             "Martin: That would work for me.\n"                               /* 8 */
                             "Jonah: Thanks, I'll send text.\n";                               /* 9 */
  g_autoptr (NpDocument) doc = run_text ("ietf.md", ietf, NULL);
  assert_speakers (doc, 6, "Priyanka Menon");
  assert_speakers (doc, 7, "Jonah Feld");
  assert_speakers (doc, 9, "Jonah Feld");
  static const char triage[] = "# SIG Storage\n\n**Attendees:**\n- Lena Brandt (Red Hat)\n- Daniel Okafor (Google)\n"
                               "- Piotr Zielinski (Dell)\n\n**Agenda:**\n- PR/issue triage (Lena)\n"
                               "  - kubernetes/kubernetes#131877 - fsGroupChangePolicy ignored. Needs a repro.\n" /* 10 */
                               "  - kubernetes/kubernetes#132004 - Daniel: this is a dup, closing\n"            /* 11 */
                               "  - #132110: Piotr: can't reproduce on 1.34\n"                                 /* 12 */
                               "  - kubernetes-csi/external-provisioner#1290 (Lena): stuck on CLA\n"           /* 13 */
                               "  - #132111: fix: update the docs\n";                                          /* 14 */
  g_autoptr (NpDocument) doc2 = run_text ("sig.md", triage, NULL);
  assert_speakers (doc2, 10, "NONE");
  assert_speakers (doc2, 11, "Daniel Okafor");
  assert_speakers (doc2, 12, "Piotr Zielinski");
  assert_speakers (doc2, 13, "Lena Brandt");
  assert_speakers (doc2, 14, "NONE");
}

/* A Q&A's questions relayed from the public fora: by name or handle,
 * with the way they came in parentheses or after "on"; answered or not */
static void
test_public_questions (void)
{
  static const char notes[] = "## Present\n\n* Hamza Qureshi @hqureshi\n* Bruno Castellanos @bcastellanos\n"
                              "* Anika Hofstetter @ahofstetter\n\n## Minutes\n\n"
                              "* Anika: nothing else from the agenda\n\n"                            /* 9 */
                              "## Q&A on public fora\n\n"
                              "* Question from Lena Hartmann (YouTube): is there a plan for SBOMs?\n"  /* 13 */
                              "  * Hamza: yes, tracked in #1120\n"                                    /* 14 */
                              "* @ffranzen on YouTube: when is the API going to be documented?\n"     /* 15 */
                              "* Question from @tkoenig: when is the next LTS cut?\n"               /* 16 */
                              "* Question from last week: what happens on restart?\n";             /* 17 */
  g_autoptr (NpDocument) doc = run_text ("tsc.md", notes, NULL);
  assert_speakers (doc, 13, "Lena Hartmann");
  assert_speakers (doc, 14, "Hamza Qureshi");
  assert_speakers (doc, 15, "ffranzen");
  assert_speakers (doc, 16, "tkoenig");
  /* a time, not a voice */
  assert_speakers (doc, 17, "NONE");
  /* the medium last in the label, the voice in parentheses; an answer's
   * label before the answerer's name in parentheses */
  static const char more[] = "## Present\n\n* Anouk de Vries (@anoukdv)\n* Michael Dorsey (@mdorsey)\n\n## Notes\n\n"
                             "Anouk: Who uses async_hooks in production?\n\n"                     /* 8 */
                             "Q from YouTube (Priya): is there a plan for ARM?\n\n"               /* 10 */
                             "A: (Michael) hopefully, nothing promised\n\n"                       /* 12 */
                             "Anouk: next topic\n";                                                /* 14 */
  g_autoptr (NpDocument) doc2 = run_text ("summit.md", more, NULL);
  assert_speakers (doc2, 10, "Priya");
  assert_speakers (doc2, 12, "Michael Dorsey");
  /* the voice named in the label, the parentheses telling of them; in a
   * paragraph a line, a vote after a name ("Carol +1") is a turn of its
   * own */
  static const char review[] = "Design review\n\nAttendees: Bob Nakamura, Carol Diaz, Farid Haddad\n\n"
                               "Q from Bob: What happens when the store is slow?\n"             /* 5 */
                               "Carol: partial results with a warning, as for a lost replica.\n" /* 6 */
                               "Carol +1\n"                                                   /* 7 */
                               "Q from Farid (SRE): who owns compaction after the move?\n"      /* 8 */
                               "Question from Farid (remote): and the retention?\n"            /* 9 */
                               "Bob: Option B means write credentials for every ingester.\n"    /* 10 */
                               "Farid +1 to Bob\n";                                             /* 11 */
  g_autoptr (NpDocument) doc3 = run_text ("review.txt", review, NULL);
  assert_speakers (doc3, 5, "Bob Nakamura");
  assert_speakers (doc3, 6, "Carol Diaz");
  assert_speakers (doc3, 7, "Carol Diaz");
  assert_feature (doc3, 7, "mentions", "Carol");
  assert_speakers (doc3, 8, "Farid Haddad");
  assert_speakers (doc3, 9, "Farid Haddad");
  assert_speakers (doc3, 11, "Farid Haddad");
  assert_feature (doc3, 11, "mentions", "Farid");
}

/* A field and its date under the turns of known people ("Annual Picnic:
 * June 6, 2024", German's "Nächste Vorstandssitzung: 11. April 2024",
 * "Spring Cleanup: 2024-04-13, 10:00") is nobody's speech; a known
 * person answering with a date still speaks, and "Option 2" is a choice
 * said, no date */
static void
test_date_fields (void)
{
  static const char text[] = "# Club meeting\n\nPresent: Anna Hoffmann, Thomas Becker\n\n"
                             "- Annual Picnic: June 6, 2024\n"                      /* 5 */
                             "- N\xc3\xa4" "chste Vorstandssitzung: 11. April 2024\n" /* 6 */
                             "- Thomas Becker: we need a new treasurer.\n"          /* 7 */
                             "- Spring Cleanup: 2024-04-13, 10:00\n"                /* 8 */
                             "- Anna Hoffmann: April 11, 2024\n"                    /* 9 */
                             "- Lena Brandt: Option 2\n"                            /* 10 */
                             "- Thomas Becker: fine by me.\n";                      /* 11 */
  g_autoptr (NpDocument) doc = run_text ("club.md", text, NULL);
  assert_speakers (doc, 5, "NONE");
  assert_speakers (doc, 6, "NONE");
  assert_speakers (doc, 7, "Thomas Becker");
  assert_speakers (doc, 8, "NONE");
  assert_speakers (doc, 9, "Anna Hoffmann");
  assert_speakers (doc, 10, "Lena Brandt");
}

/* A foundation's strategic initiatives, each a label alone on its line
 * over the news ("Corepack:" over "no update this week"), in minutes
 * whose people speak after their colon on its line: labels, not
 * speakers; a common given name written so is a guest's turn, and a
 * listed person's is theirs */
static void
test_initiative_labels (void)
{
  static const char notes[] = "# TSC Meeting 2023-05-03\n\n## Present\n\n"
                              "* Bettina Aurich @baurich (TSC)\n"
                              "* Dmitri Volkov @dvolkov (TSC)\n\n"
                              "## Agenda\n\n"
                              "Bettina: this landed, nothing to say.\n"       /* 10 */
                              "Dmitri: agreed.\n\n"                           /* 11 */
                              "## Strategic Initiatives\n\n"
                              "Corepack:\nno update this week\n\n"           /* 15 */
                              "ShadowRealm:\nstack traces are coming\n\n"    /* 18 */
                              "Carol:\nI have concerns about the timeline\n\n" /* 21 */
                              "Dmitri:\nwe should ship it in the next minor\n"; /* 24 */
  g_autoptr (NpDocument) doc = run_text ("tsc.md", notes, NULL);
  assert_speakers (doc, 10, "Bettina Aurich");
  assert_speakers (doc, 11, "Dmitri Volkov");
  assert_speakers (doc, 15, "NONE");
  assert_speakers (doc, 18, "NONE");
  assert_speakers (doc, 21, "Carol");
  assert_speakers (doc, 24, "Dmitri Volkov");
  /* where the turns put their speech below the mark, a name alone on its
   * line is a speaker's, known or not */
  static const char below[] = "Ximena:\nwe ship on Friday\n\n"
                              "Tobiah:\nagreed, the notes are pending\n\n"
                              "Ximena:\nthanks\n";
  g_autoptr (NpDocument) script = run_text ("t.md", below, NULL);
  assert_speakers (script, 1, "Ximena");
  assert_speakers (script, 4, "Tobiah");
}

/* "Tell Sebastian if you are interested": a request made of a speaker
 * by his given name is no full name said with no delimiter, though
 * "Sebastian" heads his points as a speaker */
static void
test_request_of_speaker (void)
{
  static const char md[] = "# Community Meeting\n\n"
                           "**Present:** Sebastian Berg, Warren Weckesser, Inessa Pawson, Ralf Gommers\n\n"
                           "## Updates\n\n"                                          /* 5 */
                           "- Call about array protocols next tuesday\n"             /* 7 */
                           "  - Tell Sebastian if you are interested.\n\n"           /* 8 */
                           "- Warren\n  - Work on a faster text reader\n"            /* 10-11 */
                           "- Sebastian\n  - NEP 37 dispatch\n  - Start organizing the meeting.\n"; /* 12-14 */
  NpDocument *doc = run_text ("community.md", md, NULL);
  assert_speakers (doc, 8, "NONE");
  assert_speakers (doc, 12, "Sebastian Berg");
  assert_speakers (doc, 13, "Sebastian Berg");
  np_document_unref (doc);
  /* an irregular past after a listed person's full name tells of him */
  doc = run_text ("board.md",
                  "# Board\n\nPresent: Jon Pretty, Ann Lee\n\n## Minutes\n\n"
                  "- Jon Pretty stood and was elected unanimously.\n- Ann Lee I think we should wait.\n",
                  NULL);
  assert_speakers (doc, 7, "NONE");
  assert_speakers (doc, 8, "Ann Lee");
  np_document_unref (doc);
}

/* A meeting's list of people with no label, each a full name and a
 * company in parentheses, is no run of turns, though a speaker goes by
 * the first name elsewhere ("Gabriel: we agree") */
static void
test_unlabeled_people (void)
{
  static const char md[] = "# SIG\n\n"
                           "Attendees: Nell Shamrell-Harrington (Microsoft), Gabriel Dos Reis (Microsoft), Jay White\n\n"
                           "## Notes\n\n* Nell: fine\n* Jay White: ok\n\n"              /* 7-8 */
                           "## 2023-04-13\n\n"                                          /* 10 */
                           "* Nell Shamrell-Harrington (she/they, Microsoft, Rust Foundation)\n"
                           "* Gabriel Dos Reis (Microsoft)\n* Jay White (Microsoft)\n"  /* 13-14 */
                           "* CRob (Intel)\n\n* Gabriel: we agree\n";                    /* 15, 17 */
  NpDocument *doc = run_text ("sig.md", md, NULL);
  assert_speakers (doc, 13, "NONE");
  assert_speakers (doc, 14, "NONE");
  assert_speakers (doc, 17, "Gabriel Dos Reis");
  np_document_unref (doc);
}

/* A link alone after a nick no attendee list names, that marks turns
 * elsewhere, is that speaker's ("rego: https://..." among rego's turns);
 * after a label it is no turn */
static void
test_link_turn (void)
{
  static const char md[] = "# TSC\n\nAttending: Ann Lee, Bo Chen\n\n## Notes\n\n"
                           "**Recording**: https://example.org/rec\n\n"                 /* 7 */
                           "rego: Lots of new contributors this month.\n\n"             /* 9 */
                           "rego: https://example.org/roadmap\n\n"                      /* 11 */
                           "martin: seems like our priority should be to be useful\n\n" /* 13 */
                           "nico: what are the blockers?\n\n"                           /* 15 */
                           "rego: The next point is the url crate.\n\n"                 /* 17 */
                           "Slides: https://example.org/slides\n";                      /* 19 */
  NpDocument *doc = run_text ("tsc.md", md, NULL);
  assert_speakers (doc, 7, "NONE");
  assert_speakers (doc, 11, "rego");
  assert_speakers (doc, 13, "martin");
  assert_speakers (doc, 19, "NONE");
  np_document_unref (doc);
  /* an IRC log's "<nick> https://...": the client wrote the sender, a
   * link is her message even once */
  static const char irc[] = "# #openstack-ansible\n\n<Tad> my configs are in the repo\n"           /* 3 */
                            "<noonedeadpunk> Tad: the gateway hosts are missing\n"                /* 4 */
                            "<noonedeadpunk> https://docs.example.org/app-ovn.html\n"             /* 5 */
                            "<Tadios> https://paste.example.org/show/820717/\n";                 /* 6 */
  doc = run_text ("chat.md", irc, NULL);
  assert_speakers (doc, 5, "noonedeadpunk");
  assert_speakers (doc, 6, "Tadios");
  np_document_unref (doc);
}

/* An option's status in brackets ("[recommended] Maintain both
 * domains", "[rejected] ...") is no speaker, where a handle in brackets
 * is ("[kofi] fine by me") */
static void
test_status_brackets (void)
{
  static const char md[] = "# Monthly meeting\n\n## Website\n\n- **Options:**\n"
                           "    1. Transfer the domain\n"                              /* 6 */
                           "    2. [rejected] Redirect the new domain to the old one\n" /* 7 */
                           "    3. [recommended] Maintain both domains separately\n"  /* 8 */
                           "- [kofi] fine by me\n";                                    /* 9 */
  NpDocument *doc = run_text ("monthly.md", md, NULL);
  assert_speakers (doc, 7, "NONE");
  assert_speakers (doc, 8, "NONE");
  assert_speakers (doc, 9, "kofi");
  np_document_unref (doc);
}

void
add_minutes_tests (void)
{
  g_test_add_func ("/speakers/minutes/quoted-write-up", test_quoted_write_up);
  g_test_add_func ("/speakers/minutes/standup-handles", test_standup_handles);
  g_test_add_func ("/speakers/minutes/date-fields", test_date_fields);
  g_test_add_func ("/speakers/minutes/adjacent-turns", test_adjacent_turns);
  g_test_add_func ("/speakers/minutes/shared-surname", test_shared_surname);
  g_test_add_func ("/speakers/minutes/session-header-fields", test_session_header_fields);
  g_test_add_func ("/speakers/minutes/full-name-style", test_full_name_style);
  g_test_add_func ("/speakers/minutes/standup-given-names", test_standup_given_names);
  g_test_add_func ("/speakers/minutes/two-given-names", test_two_given_names);
  g_test_add_func ("/speakers/minutes/presenter-line", test_presenter_line);
  g_test_add_func ("/speakers/minutes/guest-with-group", test_guest_with_group);
  g_test_add_func ("/speakers/minutes/handle-of-three-words", test_handle_of_three_words);
  g_test_add_func ("/speakers/minutes/sections-per-person", test_sections_per_person);
  g_test_add_func ("/speakers/minutes/heads-and-asides", test_heads_and_asides);
  g_test_add_func ("/speakers/minutes/votes", test_votes);
  g_test_add_func ("/speakers/minutes/etherpad-signatures", test_etherpad_signatures);
  g_test_add_func ("/speakers/minutes/write-up", test_write_up);
  g_test_add_func ("/speakers/minutes/kinds-and-tasks", test_kinds_and_tasks);
  g_test_add_func ("/speakers/minutes/heads-and-addresses", test_heads_and_addresses);
  g_test_add_func ("/speakers/minutes/caption-cues", test_caption_cues);
  g_test_add_func ("/speakers/minutes/particle-in-full-name", test_particle_in_full_name);
  g_test_add_func ("/speakers/minutes/handle-votes-and-others", test_handle_votes_and_others);
  g_test_add_func ("/speakers/minutes/queue-and-relays", test_queue_and_relays);
  g_test_add_func ("/speakers/minutes/topic-reporters", test_topic_reporters);
  g_test_add_func ("/speakers/minutes/name-before-phrase", test_name_before_phrase);
  g_test_add_func ("/speakers/minutes/sessions-and-triage", test_sessions_and_triage);
  g_test_add_func ("/speakers/minutes/public-questions", test_public_questions);
  g_test_add_func ("/speakers/minutes/dash-among-turns", test_dash_among_turns);
  g_test_add_func ("/speakers/minutes/retro-signatures", test_retro_signatures);
  g_test_add_func ("/speakers/minutes/retro-signature-once", test_retro_signature_once);
  g_test_add_func ("/speakers/minutes/quotation-signed", test_quotation_signed);
  g_test_add_func ("/speakers/minutes/public-voices", test_public_voices);
  g_test_add_func ("/speakers/minutes/incident-timeline", test_incident_timeline);
  g_test_add_func ("/speakers/minutes/initiative-labels", test_initiative_labels);
  g_test_add_func ("/speakers/minutes/request-of-speaker", test_request_of_speaker);
  g_test_add_func ("/speakers/minutes/unlabeled-people", test_unlabeled_people);
  g_test_add_func ("/speakers/minutes/link-turn", test_link_turn);
  g_test_add_func ("/speakers/minutes/status-brackets", test_status_brackets);
}
