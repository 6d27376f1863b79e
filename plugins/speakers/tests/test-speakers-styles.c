/* test-speakers-styles.c: the speakers plugin on note styles beyond the
 * shared corpus's: a section per person, names in capitals in interviews
 * and hearings, nicknames in W3C minutes, a name over paragraphs, and
 * minutes kept as a table (transcripts and copied chats are in
 * test-speakers-transcripts.c).  Helpers in
 * test-speakers.c. */
#include <string.h>

#include "test-speakers.h"

/* Standup and retro notes keep a section per person */
/* A quoted exchange inside list items ("- > Mei: ..."): each item is the
 * quoted turn, its wrapped "> " line the same turn */
/* A turn set in parentheses whole, a note-taker's aside between two
 * turns: "(Chris: apologies, ...)"; a label so set is nobody's */
static void
test_turn_in_parentheses (void)
{
  static const char text[] = "# TSC\n\nPresent: Chris Dickinson, Rod Vagg, Ben Noordhuis\n\n## LTS\n\n"
                             "(Chris: apologies, I did a bad job here.)\n\n" /* 7 */
                             "Ben: Plan is to ship v4 first.\n\n"
                             "(Note: the vote was 5-2.)\n\n"                  /* 11 */
                             "(Update: fixed in #123)\n\n"
                             "(Aside: Shigeki and Fedor were asked to look at it)\n\n"
                             "(Discussion: could add more wording here)\n\n" /* 17 */
                             "Rod: Yes.\n";
  g_autoptr (NpDocument) doc = run_text ("tsc.md", text, NULL);
  assert_speakers (doc, 7, "Chris Dickinson");
  assert_feature (doc, 7, "mentions", "Chris:");
  for (guint line = 11; line <= 17; line += 2)
    assert_speakers (doc, line, "NONE");
  assert_speakers (doc, 19, "Rod Vagg");
}

static void
test_quote_in_list_items (void)
{
  static const char text[] = "# Cache sync\n"                                  /* 1 */
                             "\n"                                              /* 2 */
                             "Attendees: Mei Tanaka, Oskar Berg\n"             /* 3 */
                             "\n"                                              /* 4 */
                             "- > Mei: we should drop the second cache\n"      /* 5 */
                             "  > before the release.\n"                       /* 6 */
                             "- > Oskar: agreed, after the migration lands.\n" /* 7 */
                             "- Follow-up next week.\n";                      /* 8 */
  g_autoptr (NpDocument) doc = run_text ("sync.md", text, NULL);
  assert_speakers (doc, 5, "Mei Tanaka");
  assert_feature (doc, 5, "mentions", "Mei:");
  assert_speakers (doc, 7, "Oskar Berg");
  assert_speakers (doc, 8, "NONE");
  const NpAnnotation *p = person_named (doc, "Mei Tanaka");
  g_assert_nonnull (p);
  g_assert_cmpint (np_annotation_get_int (p, "words", 0), ==, 9);
}

static void
test_section_per_person (void)
{
  static const char text[] =
    "# Retro\n"                                  /* 1 */
    "\n"                                         /* 2 */
    "Attendees: Nora Kim, Paul Weber, Ivy Chen\n" /* 3 */
    "\n"                                         /* 4 */
    "## Went well\n"                             /* 5 */
    "\n"                                         /* 6 */
    "### Nora\n"                                 /* 7 */
    "\n"                                         /* 8 */
    "- Release went smoothly\n"                  /* 9 */
    "  - no rollback needed\n"                   /* 10 */
    "- Ivy: and the docs were ready\n"           /* 11 */
    "\n"                                         /* 12 */
    "### Paul Weber:\n"                          /* 13 */
    "\n"                                         /* 14 */
    "- Pairing sessions helped\n"                /* 15 */
    "\n"                                         /* 16 */
    "#### Tooling\n"                             /* 17 */
    "\n"                                         /* 18 */
    "- the new linter\n"                         /* 19 */
    "\n"                                         /* 20 */
    "### Jenkins\n"                              /* 21 */
    "\n"                                         /* 22 */
    "- builds are slow\n"                        /* 23 */
    "\n"                                         /* 24 */
    "### Next Steps\n"                           /* 25 */
    "\n"                                         /* 26 */
    "- timebox standups\n";                      /* 27 */
  g_autoptr (NpDocument) doc = run_text ("retro.md", text, NULL);
  assert_speakers (doc, 9, "Nora Kim");
  assert_feature (doc, 9, "method", "section");
  assert_feature (doc, 9, "mentions", "Nora");
  assert_speakers (doc, 10, "Nora Kim");
  assert_speakers (doc, 11, "Ivy Chen"); /* its own mark wins */
  assert_speakers (doc, 15, "Paul Weber");
  assert_speakers (doc, 19, "NONE");     /* a subsection is a topic */
  assert_speakers (doc, 23, "NONE");     /* no person of that name */
  assert_speakers (doc, 27, "NONE");
  const NpAnnotation *p = person_named (doc, "Nora Kim");
  g_assert_nonnull (p);
  g_assert_cmpint (np_annotation_get_int (p, "items", 0), ==, 2);

  /* without a roster a title is no person */
  static const char bare[] = "# Retro\n\n### Nora\n\n- Release went smoothly\n";
  g_autoptr (NpDocument) plain = run_text ("bare.md", bare, NULL);
  assert_speakers (plain, 5, "NONE");

  /* a title that is the roster's abbreviation; one that names nobody */
  static const char lab[] = "# Lab meeting\n\nPresent: Tom\xc3\xa1s Villanueva (TV), Hye-jin Park (HP)\n\n"
                            "### TV\n\n- Finished the third batch.\n\n"   /* 7 */
                            "### API\n\n- The endpoint is slow.\n";          /* 11 */
  g_autoptr (NpDocument) ldoc = run_text ("lab.md", lab, NULL);
  assert_speakers (ldoc, 7, "Tom\xc3\xa1s Villanueva");
  assert_speakers (ldoc, 11, "NONE");
}

/* Transcripts name their parties in capitals: without a roster, a name
 * in capitals is a speaker where two parties take turns, and a heading
 * in capitals stays a label */
/* A definition list's terms over what each one said (reStructuredText,
 * or plain text written so): the term is the speaker, read as the colon
 * mark it would be with a colon, qualifier and all; a term that is no
 * name ("Open points") speaks for nobody. */
static void
test_definition_terms (void)
{
  static const char text[] = "Release sync\n============\n\n"                   /* 1 */
                             "Alice Smith\n    We should ship on Friday.\n"         /* 4 */
                             "Bob Jones\n    Agreed, I will tag it.\n\n"           /* 6 */
                             "Carol White (PM)\n    Docs are ready.\n\n"           /* 9 */
                             "Open points\n    the changelog is late.\n\n"         /* 12 */
                             "Alice Smith\n    Then it is settled.\n";             /* 15 */
  g_autoptr (NpDocument) doc = run_text ("sync.rst", text, NULL);
  assert_speakers (doc, 4, "Alice Smith");
  assert_feature (doc, 4, "mentions", "Alice Smith");
  assert_speakers (doc, 6, "Bob Jones");
  assert_speakers (doc, 9, "Carol White");
  assert_speakers (doc, 12, "NONE");
  assert_speakers (doc, 15, "Alice Smith");
}

static void
test_capitals_dialogue (void)
{
  static const char text[] = "Interview notes\n"                          /* 1 */
                             "\n"                                         /* 2 */
                             "INTERVIEWER: How did the migration go?\n"   /* 3 */
                             "\n"                                         /* 4 */
                             "JOHN SMITH: Mostly fine, two outages.\n"    /* 5 */
                             "\n"                                         /* 6 */
                             "INTERVIEWER: What caused them?\n"           /* 7 */
                             "\n"                                         /* 8 */
                             "JOHN SMITH: A missing index.\n"             /* 9 */
                             "\n"                                         /* 10 */
                             "BUDGET REVIEW: postponed to June.\n";       /* 11 */
  g_autoptr (NpDocument) doc = run_text ("interview.txt", text, NULL);
  assert_speakers (doc, 3, "Interviewer");
  assert_speakers (doc, 5, "John Smith");
  assert_feature (doc, 5, "mentions", "JOHN SMITH:");
  assert_speakers (doc, 7, "Interviewer");
  assert_speakers (doc, 9, "John Smith");
  assert_speakers (doc, 11, "NONE");

  /* a hearing: a role after "THE", a name after a title of address */
  static const char hearing[] = "Hearing\n\nTHE CHAIR: We begin.\nMR. SMITH: Thank you.\n"
                                "THE CHAIR: Go on.\nMR. SMITH: I will.\n";
  g_autoptr (NpDocument) h = run_text ("hearing.txt", hearing, NULL);
  assert_speakers (h, 3, "The Chair");
  assert_speakers (h, 4, "Smith");
  assert_speakers (h, 6, "Smith");

  /* headings in capitals that alternate are no dialogue; a monologue in
   * capitals with no roster is not one either */
  static const char status[] = "Weekly status\n\nHIGHLIGHTS: new hires.\nCHALLENGES: budget.\n"
                               "HIGHLIGHTS: launch.\nCHALLENGES: churn.\n\nNEXT STEPS: hire.\nOPEN ITEMS: none.\n"
                               "NEXT STEPS: ship.\nOPEN ITEMS: two.\n";
  g_autoptr (NpDocument) st = run_text ("status.txt", status, NULL);
  for (guint line = 3; line <= 11; line++)
    if (line != 7)
      assert_speakers (st, line, "NONE");
  static const char alone[] = "Notes\n\nJOHN SMITH: Mostly fine.\n\nJOHN SMITH: A missing index.\n";
  g_autoptr (NpDocument) mono = run_text ("alone.txt", alone, NULL);
  assert_speakers (mono, 3, "NONE");

  /* a party who speaks once, named in full or by a role, beside one who
   * recurs: a board's transcript; a heading beside them stays none */
  static const char board[] = "Board meeting\n\nALICE SMITH: Good morning.\n\nBOB JONES: Thank you.\n\n"
                              "ALICE SMITH: Go ahead.\n\nTHE CHAIR: We vote after the break.\n\n"
                              "NEXT STEPS: circulate the budget.\n"; /* 3, 5, 7, 9, 11 */
  g_autoptr (NpDocument) bd = run_text ("board.txt", board, NULL);
  assert_speakers (bd, 3, "Alice Smith");
  assert_speakers (bd, 5, "Bob Jones");
  assert_speakers (bd, 7, "Alice Smith");
  assert_speakers (bd, 9, "The Chair");
  assert_speakers (bd, 11, "NONE");
}

/* Minutes where the roster names nearly every speaker: a lower-case mark
 * nobody knows is a prefix ("intl: ..."), unless it is a nickname that
 * recurs, in lower case, beside the roster's people */
static void
test_nickname_in_rich_minutes (void)
{
  static const char text[] = "CSS WG\n\nPresent: Tab Atkins, Alan Stearns, Rossen Atanassov, Chris Lilley\n\n"
                             "Topic: Anchors\n\n"
                             "astearns: first item\n"      /* 7 */
                             "TabAtkins: resolved last week\n" /* 8 */
                             "fantasai: concerns about fallback\n" /* 9 */
                             "fantasai: specifically position-try\n" /* 10 */
                             "Rossen: take it to the issue?\n" /* 11 */
                             "chris: left a comment\n"     /* 12 */
                             "astearns: let's defer\n"     /* 13 */
                             "\n"
                             "Topic: Intl\n\n"
                             "Intl - defaults\n"           /* 17 */
                             "intl: the patch is large\n"  /* 18 */
                             "Rossen: agreed\n";           /* 19 */
  g_autoptr (NpDocument) doc = run_text ("css.txt", text, NULL);
  assert_speakers (doc, 7, "Alan Stearns");
  assert_speakers (doc, 9, "fantasai");
  assert_speakers (doc, 10, "fantasai");
  assert_speakers (doc, 12, "Chris Lilley");
  assert_speakers (doc, 17, "NONE");
  assert_speakers (doc, 18, "NONE");
}

/* W3C minutes in their text export: the attendee block indents its
 * titles, and the scribed nicknames of attendees are speakers */
static void
test_w3c_text_export (void)
{
  static const char text[] = "CSS WG -- 15 May 2024\n\nAttendees\n\n   Present\n"
                             "          alisonmaher, astearns, bramus,\n          dbaron, fantasai, florian\n"
                             "   Chair\n          astearns\n   Scribe\n          fantasai\n\nMeeting minutes\n\n"
                             "   <astearns> Topic: Anchor positioning\n" /* 15 */
                             "   fantasai: we have two options\n"        /* 16 */
                             "   florian: I prefer option B\n"           /* 17 */
                             "   dbaron: what about performance?\n"      /* 18 */
                             "   RESOLVED: adopt option B\n";            /* 19 */
  g_autoptr (NpDocument) doc = run_text ("w3c.txt", text, NULL);
  assert_speakers (doc, 16, "fantasai");
  assert_speakers (doc, 17, "florian");
  assert_speakers (doc, 18, "dbaron");
  assert_speakers (doc, 19, "NONE");
}

/* IETF minutes: "Chairs:" and "Minute takers:" lines list people; a
 * speaker at the microphone is a full name, often with an affiliation or
 * a role in parentheses, and later a first name; "Presenter:" and
 * "Action:" are labels */
static void
test_ietf_minutes (void)
{
  static const char text[] = "HTTPBIS Working Group - IETF 118 Prague\n"
                             "Minutes\n\n"
                             "Chairs: Mark Nottingham, Tommy Pauly\n"
                             "Minute takers: Lucas Pardue\n\n"
                             "1. Resumable uploads (draft-ietf-httpbis-resumable-upload)\n"
                             "   Presenter: Marius Kleidl\n\n"                                          /* 8 */
                             "   Marius Kleidl: We have addressed the feedback from last time.\n"        /* 10 */
                             "   Mike Bishop (Akamai): Is there a reason not to use 104 for this?\n"     /* 11 */
                             "   Marius: We considered it but intermediaries drop 1xx.\n"               /* 12 */
                             "   Martin Thomson: I'd prefer we drop the interop section.\n"             /* 13 */
                             "   Mark Nottingham (chair): Let's take that to the list.\n\n"             /* 14 */
                             "2. Cookies (draft-ietf-httpbis-rfc6265bis)\n"
                             "   Tommy: Sounds like we're ready for WGLC.\n"                            /* 17 */
                             "   Action: Chairs to start WGLC.\n";                                      /* 18 */
  g_autoptr (NpDocument) doc = run_text ("httpbis.txt", text, NULL);
  assert_speakers (doc, 8, "NONE");
  assert_speakers (doc, 10, "Marius Kleidl");
  assert_speakers (doc, 11, "Mike Bishop");
  assert_speakers (doc, 12, "Marius Kleidl");
  assert_speakers (doc, 13, "Martin Thomson");
  assert_speakers (doc, 14, "Mark Nottingham");
  assert_speakers (doc, 17, "Tommy Pauly");
  assert_speakers (doc, 18, "NONE");
}

/* A pictograph before the mark ("💬 Carol: ...") is skipped like a
 * transcript's time; the mark as written leaves it out */
static void
test_symbol_before_mark (void)
{
  static const char text[] = "# Sync\n\nAttendees: Alice Smith, Carol White\n\n"
                             "* \xf0\x9f\x92\xac Carol: can we get a staging build?\n" /* 5 */
                             "* \xf0\x9f\x97\xa3\xef\xb8\x8f Alice: yes, tonight\n"   /* 6 */
                             "* \xe2\x9c\x85 Done: the release\n";                      /* 7 */
  g_autoptr (NpDocument) doc = run_text ("emoji.md", text, NULL);
  assert_speakers (doc, 5, "Carol White");
  assert_feature (doc, 5, "mentions", "Carol:");
  assert_speakers (doc, 6, "Alice Smith");
  assert_speakers (doc, 7, "NONE");
}

/* A study's coded participants ("P1:", "P2:") speak where a roster names
 * the codes or where they answer the session's lead ("Moderator:",
 * "I:"), in plain text or in bold ("**P4:**", "**P4**:"); a bug list's
 * priorities ("P1: ...", an owner's "Alice: mine" between them) are
 * nobody */
static void
test_coded_participants (void)
{
  static const char group[] = "Focus group 2\n\n"
                              "Moderator: What did you notice first?\n" /* 3 */
                              "P1: The password rules.\n"               /* 4 */
                              "P2: Same. And the error came late.\n"    /* 5 */
                              "Moderator: What would have helped?\n"    /* 6 */
                              "P1: Showing the rules first.\n";         /* 7 */
  g_autoptr (NpDocument) doc = run_text ("group.txt", group, NULL);
  assert_speakers (doc, 4, "P1");
  assert_speakers (doc, 5, "P2");
  assert_speakers (doc, 7, "P1");
  static const char interview[] = "Interview 3\n\n"
                                  "I: Tell me about your last shift.\n" /* 3 */
                                  "P3: It was long. Twelve hours.\n"    /* 4 */
                                  "I: What made it long?\n"             /* 5 */
                                  "P4: The handover, for me.\n";        /* 6 */
  g_autoptr (NpDocument) doc2 = run_text ("interview.txt", interview, NULL);
  assert_speakers (doc2, 4, "P3");
  assert_speakers (doc2, 6, "P4");
  static const char roster[] = "Interview\n\nParticipants: P1 (nurse, 34), P2 (pharmacist, 51)\n\n"
                               "P1: The password rules.\n" /* 5 */
                               "P2: Same here.\n";         /* 6 */
  g_autoptr (NpDocument) doc3 = run_text ("roster.txt", roster, NULL);
  assert_speakers (doc3, 5, "P1");
  assert_speakers (doc3, 6, "P2");
  /* one participant named with the code in the session's header, one
   * interviewer: the code's turns are the participant's, after a time
   * too */
  static const char session[] = "Onboarding study\n\nInterviewer: Rosa Delgado\n"
                                "Participant: P7 (Graham Whitley)\n\n"
                                "Interviewer: Thanks for joining, Graham.\n"   /* 6 */
                                "P7: Yeah, that's fine.\n"                     /* 7 */
                                "[00:00:31] P7: I batch them up monthly.\n";   /* 8 */
  g_autoptr (NpDocument) doc_session = run_text ("session.txt", session, NULL);
  assert_speakers (doc_session, 7, "Graham Whitley");
  assert_speakers (doc_session, 8, "Graham Whitley");
  static const char triage[] = "Bug triage\n\nAttendees: Alice Smith, Bob Jones\n\n"
                               "P1: login crash on Safari\n"   /* 5 */
                               "Alice: I will take it\n"       /* 6 */
                               "P2: typo on the about page\n"  /* 7 */
                               "P1: the export times out\n\n"   /* 8 */
                               "Moderator: next\n"             /* 10 */
                               "P0: the outage\n"              /* 11 */
                               "P1: the cache\n";              /* 12 */
  g_autoptr (NpDocument) doc4 = run_text ("triage.txt", triage, NULL);
  assert_speakers (doc4, 5, "NONE");
  assert_speakers (doc4, 6, "Alice Smith");
  assert_speakers (doc4, 7, "NONE");
  assert_speakers (doc4, 8, "NONE");
  assert_speakers (doc4, 11, "NONE");
  assert_speakers (doc4, 12, "NONE");
  /* the same in Markdown's bold, the colon inside or after it */
  static const char bold[] = "# Interview 5\n\n"
                             "- **Interviewer:** How do you plan a week?\n" /* 3 */
                             "- **P5:** On paper, mostly.\n"                /* 4 */
                             "- **Interviewer:** Why paper?\n"              /* 5 */
                             "- **P6**: It stays on the desk.\n";           /* 6 */
  g_autoptr (NpDocument) doc5 = run_text ("bold.md", bold, NULL);
  assert_speakers (doc5, 4, "P5");
  assert_feature (doc5, 4, "method", "bold");
  assert_speakers (doc5, 6, "P6");
  static const char bold_triage[] = "# Triage\n\nAttendees: Alice Smith, Bob Jones\n\n"
                                    "- **P1:** login crash on Safari\n" /* 5 */
                                    "- **Alice:** I will take it\n"    /* 6 */
                                    "- **P2:** typo on the about page\n"; /* 7 */
  g_autoptr (NpDocument) doc6 = run_text ("bold-triage.md", bold_triage, NULL);
  assert_speakers (doc6, 5, "NONE");
  assert_speakers (doc6, 6, "Alice Smith");
  assert_speakers (doc6, 7, "NONE");
}

/* An arrow before a reply's mark ("→ Dana: ...", "-> Omar: ...") is
 * skipped the same way; an arrow before a label stays nobody's */
static void
test_arrow_before_mark (void)
{
  static const char text[] = "# Review\n\nAttendees: Dana Whitfield, Omar Farouk, Wei Chen\n\n"
                             "* Q (Wei Chen): how do we stop one tenant's backfill?\n" /* 5 */
                             "   * \xe2\x86\x92 Dana: token buckets per tenant\n"   /* 6 */
                             "   * -> Omar: that doubles the code paths\n"            /* 7 */
                             "   * => Wei: fine, if we measure it\n"                 /* 8 */
                             "* \xe2\x86\x92 Note: see appendix B\n"              /* 9 */
                             "* -> next: the rollout plan\n";                     /* 10 */
  g_autoptr (NpDocument) doc = run_text ("arrows.md", text, NULL);
  assert_speakers (doc, 5, "Wei Chen");
  assert_speakers (doc, 6, "Dana Whitfield");
  assert_feature (doc, 6, "mentions", "Dana:");
  assert_speakers (doc, 7, "Omar Farouk");
  assert_speakers (doc, 8, "Wei Chen");
  assert_speakers (doc, 9, "NONE");
  assert_speakers (doc, 10, "NONE");
}

/* "Alice asked: ...": a verb of speech between the name and the colon;
 * a group or a label before such a verb is nobody */
static void
test_speech_verb_before_colon (void)
{
  static const char text[] = "# Sync\n\nAttendees: Alice Smith, Bob Jones\n\n"
                             "- Alice asked: what about the cache?\n"    /* 5 */
                             "- Bob Jones said: it is fine for now\n"     /* 6 */
                             "- Everyone agreed: ship on Friday\n"        /* 7 */
                             "- The team noted: two open bugs\n"          /* 8 */
                             "- Decision noted: freeze on Monday\n"       /* 9 */
                             "- The team noted: one more\n";             /* 10 */
  g_autoptr (NpDocument) doc = run_text ("verbs.md", text, NULL);
  assert_speakers (doc, 5, "Alice Smith");
  assert_feature (doc, 5, "mentions", "Alice asked:");
  assert_speakers (doc, 6, "Bob Jones");
  assert_speakers (doc, 7, "NONE");
  assert_speakers (doc, 8, "NONE");
  assert_speakers (doc, 9, "NONE");
  assert_speakers (doc, 10, "NONE");
}

/* A name in parentheses opening an item ("(Alice) we should ...") is the
 * speaker when the roster knows the name or the document marks it as a
 * speaker elsewhere; other openings in parentheses stay text */
static void
test_paren_mark (void)
{
  static const char text[] = "Sync\n\nAttendees: Alice Smith, Bob Jones\n\n" /* 1-4 */
                             "- (Alice) we should ship on Friday\n"          /* 5 */
                             "- (Optional) bring snacks\n"                   /* 6 */
                             "- (Bob Jones) the docs are not ready\n"        /* 7 */
                             "- Carol: I can help\n"                         /* 8 */
                             "- (Carol) after the release\n"                 /* 9 */
                             "- (Dave) maybe later\n";                       /* 10 */
  g_autoptr (NpDocument) doc = run_text ("sync.md", text, NULL);
  assert_speakers (doc, 5, "Alice Smith");
  assert_feature (doc, 5, "method", "paren");
  assert_feature (doc, 5, "mentions", "(Alice)");
  assert_speakers (doc, 6, "NONE");
  assert_speakers (doc, 7, "Bob Jones");
  assert_speakers (doc, 9, "Carol");
  assert_speakers (doc, 10, "NONE");
}

/* An arrow written for the dash ("Rich -> Can we conclude ...", Node.js
 * TSC minutes) marks the speaker as the dash does; a label before one
 * ("Question -> ...") stays text */
static void
test_arrow_dash (void)
{
  static const char text[] = "# TSC Meeting\n\n## Present\n\n"               /* 1-4 */
                             "* Rich Trott @Trott (TSC)\n"                     /* 5 */
                             "* Anna Henningsen @addaleax (TSC)\n"             /* 6 */
                             "\n## Agenda\n\n"                                 /* 7-9 */
                             "* Namespaces\n"                                  /* 10 */
                             "  * Rich -> Can we conclude, any objections.\n"  /* 11 */
                             "  * Anna \xe2\x86\x92 not a fan, but not worth fighting.\n" /* 12 */
                             "  * Question -> Effective memory management\n";  /* 13 */
  g_autoptr (NpDocument) doc = run_text ("tsc.md", text, NULL);
  assert_speakers (doc, 11, "Rich Trott");
  assert_feature (doc, 11, "method", "dash");
  assert_feature (doc, 11, "mentions", "Rich ->");
  assert_speakers (doc, 12, "Anna Henningsen");
  assert_speakers (doc, 13, "NONE");
}

/* A directed turn ("Bob -> Alice: ...", "Alice \u2192 Bob: ...", "Carol (to
 * Bob): ...") is its speaker's; `to` names whom it speaks to, as the
 * roster does, and the reply answers that person's last turn */
static void
test_directed_turns (void)
{
  static const char text[] = "Sync\n\nAttendees: Alice Smith, Bob Jones, Carol White\n\n" /* 1-4 */
                             "- Alice: we ship Friday\n"                                /* 5 */
                             "- Bob -> Alice: the docs are not ready\n"                 /* 6 */
                             "- **Alice** \xe2\x86\x92 **Bob**: then Monday\n"          /* 7 */
                             "- Carol: I can help\n"                                    /* 8 */
                             "- Alice (to Bob): fine by me\n"                           /* 9 */
                             "- Step 1 -> Step 2: the pipeline order\n";                /* 10 */
  g_autoptr (NpDocument) doc = run_text ("sync.md", text, NULL);
  assert_speakers (doc, 6, "Bob Jones");
  assert_feature (doc, 6, "to", "Alice Smith");
  assert_feature (doc, 6, "mentions", "Bob -> Alice:");
  assert_speakers (doc, 7, "Alice Smith");
  assert_feature (doc, 7, "to", "Bob Jones");
  assert_speakers (doc, 9, "Alice Smith");
  assert_feature (doc, 9, "to", "Bob Jones");
  assert_feature (doc, 5, "to", "NULL");
  assert_speakers (doc, 10, "NONE");
  /* 9 answers Bob's turn at 6 (addressed), not Carol's at 8 (sequence) */
  const NpLayer *layer = np_document_get_layer (doc, "speakers.reply");
  guint n_items;
  const NpItem *items = np_document_get_items (doc, &n_items);
  gboolean seen = FALSE;
  for (guint i = 0; i < np_layer_get_size (layer); i++)
    {
      const NpAnnotation *r = np_layer_get_annotation (layer, i);
      if (items[np_annotation_get_target (r)].line != 9)
        continue;
      g_assert_cmpuint (items[np_annotation_get_int (r, "answers", -1)].line, ==, 6);
      g_assert_cmpstr (np_annotation_get_string (r, "relation"), ==, "addressed");
      seen = TRUE;
    }
  g_assert_true (seen);
}

/* Summit write-ups' other bracket marks: a company after a spaced at, a
 * handle with a dot, the floor's label before the bracket; the voices
 * of the room nobody names */
static void
test_summit_bracket_forms (void)
{
  static const char notes[] = "Summit notes\n\nModules\n"
                              "- [gus] GOPRIVATE is the one knob\n"                /* 4 */
                              "- [Ravi @ Shopify] privacy: the proxy sees paths\n" /* 5 */
                              " - [p.hall] the timer change fixed a leak\n"        /* 6 */
                              "- Q: will bufio.Scanner get an iterator?\n"         /* 7 */
                              " - A: [gus] probably, after the change\n"           /* 8 */
                              " - A: not before the freeze\n"                      /* 9 */
                              "- [p.hall] false positives?\n"                      /* 10 */
                              " - someone in the back: never say never\n"          /* 11 */
                              " - several people: +1 to that\n"                    /* 12 */
                              "- [e.g.] not a person\n";                           /* 13 */
  g_autoptr (NpDocument) doc = run_text ("summit.txt", notes, NULL);
  assert_speakers (doc, 4, "gus");
  assert_speakers (doc, 5, "Ravi");
  assert_speakers (doc, 6, "p.hall");
  assert_speakers (doc, 7, "NONE");
  assert_speakers (doc, 8, "gus");
  assert_speakers (doc, 9, "NONE");
  assert_speakers (doc, 10, "p.hall");
  assert_speakers (doc, 11, "UNKNOWN");
  assert_speakers (doc, 12, "UNKNOWN");
  assert_speakers (doc, 13, "NONE");
  /* "Room:" between turns is the room speaking */
  static const char room[] = "Compile time\n\n"
                             "o brand: the tracker only covers -O3\n"      /* 3 */
                             "o tessa: -O0 regressions come from the frontend\n"
                             "o brand: Clang -O0 got slower\n"
                             "o Room: show of hands, who has reverted a patch?\n" /* 6 */
                             "o tessa: about eight people\n";
  g_autoptr (NpDocument) doc2 = run_text ("room.txt", room, NULL);
  assert_speakers (doc2, 6, "UNKNOWN");
  /* a line of its own over bracket turns is a session's title, whose
   * siblings' marks support no colon of its own */
  static const char titles[] = "Summit notes\n\nGenerics: contracts draft (2019 revision)\n" /* 3 */
                               "- [bkoll] the parenthesis syntax is ambiguous\n"             /* 4 */
                               "- [chloe] angle brackets are out\n";
  g_autoptr (NpDocument) doc3 = run_text ("titles.txt", titles, NULL);
  assert_speakers (doc3, 3, "NONE");
  assert_speakers (doc3, 4, "bkoll");
  /* a handle with a dot after its '@' before a colon */
  static const char dotted[] = "Attendees:\n- Ruoyu Huang (@ruoyu.h)\n- Peter Smith (@pjsmith)\n\n## Notes\n\n"
                               "* @ruoyu.h: we have a patch in review.\n" /* 7 */
                               "* Peter: is that a CMake option?\n"
                               "* node.js: the release is out\n";         /* 9 */
  g_autoptr (NpDocument) doc4 = run_text ("dotted.md", dotted, NULL);
  assert_speakers (doc4, 7, "Ruoyu Huang");
  assert_speakers (doc4, 9, "NONE");
  /* a slip of a handle said more is that handle's person; two marks
   * said once each stay apart */
  static const char slips[] = "Summit notes\n\nRelease cycle\n"
                              "- [hollis] the freeze is long\n"          /* 4 */
                              " - [tvance] you can still mail them\n"    /* 5 */
                              " - [hollsi] but then they rot\n"          /* 6 */
                              "- [hollis] and need rebasing\n"           /* 7 */
                              "- [dmytro] does GOPRIVATE cover it?\n"    /* 8 */
                              " - [dymtro] we have private modules\n";   /* 9 */
  g_autoptr (NpDocument) doc5 = run_text ("slips.txt", slips, NULL);
  assert_speakers (doc5, 6, "hollis");
  assert_speakers (doc5, 8, "dmytro");
  assert_speakers (doc5, 9, "dymtro");
  /* a company after a full name is no group of the marks */
  static const char company[] = "Discussion\n"
                                "- [Kaito Sato, Red Hat] APAC reviewers are rare.\n"          /* 2 */
                                " - [redhat team] we rotate people a lot\n"                    /* 3 */
                                " - [Ann Lee, Kaito Sato] both of us then\n";                  /* 4 */
  g_autoptr (NpDocument) doc6 = run_text ("company.txt", company, NULL);
  assert_speakers (doc6, 2, "Kaito Sato");
  assert_speakers (doc6, 3, "redhat team");
  assert_speakers (doc6, 4, "Ann Lee;Kaito Sato");
  /* beside bracket turns a single word's colon is a tool or a topic;
   * room voices in parentheses are nobody's */
  static const char tools[] = "Discussion\n"
                              "- [Arjun Mehta, Google] approvers are the same 6 people.\n" /* 2 */
                              "- Tooling ideas\n"                                          /* 3 */
                              " - Prow: auto-request review from reviewers\n"              /* 4 */
                              " - [Lena Fischer, SUSE] the triage bot already does it\n"   /* 5 */
                              " - Tomasz P.: side tags worked well\n"                      /* 6 */
                              " - (several people): yes\n"                                 /* 7 */
                              " - Person from a game studio: our biggest complaint\n";     /* 8 */
  g_autoptr (NpDocument) doc7 = run_text ("tools.txt", tools, NULL);
  assert_speakers (doc7, 4, "NONE");
  assert_speakers (doc7, 5, "Lena Fischer");
  assert_speakers (doc7, 6, "Tomasz P.");
  assert_speakers (doc7, 7, "UNKNOWN");
  assert_speakers (doc7, 8, "UNKNOWN");
  /* two edits and another first letter are another name */
  static const char zulip[] = "## Triage\n\n- x\n"
                              "  - @**Nikita Petrov**: yes, opening a PR today\n" /* 4 */
                              "  - @**Ingrid Halvorsen**: thanks\n"
                              "- @**kpetrova**: pinged the author\n"               /* 6 */
                              "- @**Nikita Petrov**: fine by me\n";
  g_autoptr (NpDocument) doc8 = run_text ("zulip.md", zulip, NULL);
  assert_speakers (doc8, 4, "Nikita Petrov");
  assert_speakers (doc8, 6, "kpetrova");
}

/* Mozilla's nicknames after a colon, then a dash: ":mconley — ..." */
static void
test_mozilla_nick_dash (void)
{
  static const char notes[] = "# Firefox Desktop weekly\n\n"
                              "Attendees: Mike Conley (:mconley), Dao Gottwald (:dao)\n\n"
                              "- :mconley — tab unloading shipped to beta.\n" /* 5 */
                              "- :dao — no update this week.\n"               /* 6 */
                              "- :mconley — let's sync offline.\n"            /* 7 */
                              "- Note: see :dao - he knows\n";                /* 8 */
  g_autoptr (NpDocument) doc = run_text ("firefox.md", notes, NULL);
  assert_speakers (doc, 5, "Mike Conley");
  assert_speakers (doc, 6, "Dao Gottwald");
  assert_speakers (doc, 7, "Mike Conley");
  assert_speakers (doc, 8, "NONE");
}

/* Lines of a paragraph opening with an attendee's name and a dash are
 * turns of their own, the full name or the first */
static void
test_dash_turns_in_paragraph (void)
{
  static const char text[] = "Design review\n\nAttendees: Maria Garcia, Kenji Watanabe, Lee Park\n\n"
                             "Maria Garcia \xe2\x80\x94 we should split the service.\n" /* 5 */
                             "Kenji Watanabe \xe2\x80\x94 agreed, not before the migration.\n"
                             "Lee \xe2\x80\x94 what about the cache?\n"                 /* 7 */
                             "Maria \xe2\x80\x94 later.\n";                             /* 8 */
  g_autoptr (NpDocument) doc = run_text ("review.txt", text, NULL);
  assert_speakers (doc, 5, "Maria Garcia");
  assert_speakers (doc, 6, "Kenji Watanabe");
  assert_speakers (doc, 7, "Lee Park");
  assert_speakers (doc, 8, "Maria Garcia");
}

/* A name alone in bold (or with its colon) over paragraphs heads them, up
 * to the next paragraph with a mark of its own; over a list, its items */
static void
test_name_over_paragraphs (void)
{
  static const char text[] = "# Sync\n\nAttendees: Alice Smith, Bob Jones\n\n## Release\n\n"
                             "**Alice**\n\n"           /* 7 */
                             "One more thing.\n\n"     /* 9 */
                             "And a second one.\n\n"   /* 11 */
                             "Bob Jones:\n\n"          /* 13 */
                             "Sure.\n\n"               /* 15 */
                             "Alice: thanks.\n\n"      /* 17 */
                             "A closing remark.\n\n"   /* 19 */
                             "**Summary**\n\n"         /* 21 */
                             "We ship on Monday.\n";    /* 23 */
  g_autoptr (NpDocument) doc = run_text ("sync.md", text, NULL);
  assert_speakers (doc, 7, "Alice Smith");
  assert_feature (doc, 7, "method", "heading");
  assert_speakers (doc, 9, "Alice Smith");
  assert_feature (doc, 9, "method", "headed");
  assert_speakers (doc, 11, "Alice Smith");
  assert_speakers (doc, 13, "Bob Jones");
  assert_speakers (doc, 15, "Bob Jones");
  assert_speakers (doc, 17, "Alice Smith");
  assert_speakers (doc, 19, "NONE"); /* under a turn with speech, not a name alone */
  assert_speakers (doc, 21, "NONE"); /* a label in bold is no name */
  assert_speakers (doc, 23, "NONE");

  /* the colon inside the bold ("**Hana:**") over a list: its items */
  static const char list[] = "# Sync\n\nAttendees: Hana Kim, Luis Mora\n\n## Updates\n\n"
                             "**Hana:**\n"                 /* 7 */
                             "- roadmap draft is out\n"    /* 8 */
                             "- feedback by Friday\n\n"    /* 9 */
                             "__Luis Mora:__\n"            /* 11 */
                             "- migration done\n\n"        /* 12 */
                             "**Budget:**\n"               /* 14 */
                             "- flat this quarter\n";      /* 15 */
  g_autoptr (NpDocument) l = run_text ("updates.md", list, NULL);
  assert_speakers (l, 7, "Hana Kim");
  assert_feature (l, 7, "method", "heading");
  assert_speakers (l, 8, "Hana Kim");
  assert_speakers (l, 9, "Hana Kim");
  assert_speakers (l, 11, "Luis Mora");
  assert_speakers (l, 12, "Luis Mora");
  assert_speakers (l, 14, "NONE");
  assert_speakers (l, 15, "NONE");
}

/* Minutes kept as a table: its Speaker (or Who) column names the speaker
 * of each row; a table without one holds no turns */
static void
test_table_speakers (void)
{
  static const char text[] = "# Review\n\n"
                             "| Time | Speaker | Notes |\n"                    /* 3 */
                             "|---|---|---|\n"
                             "| 10:00 | Alice Smith | intro to the design |\n" /* 5 */
                             "| 10:05 | kim_p | concerns about cost |\n"       /* 6 */
                             "| 10:09 | ? | a question from the room |\n"     /* 7 */
                             "| 10:12 | Alice Smith | answered it |\n"         /* 8 */
                             "\n"
                             "| Who | What |\n"                                /* 10 */
                             "|---|---|\n"
                             "| Bob Jones | ship on Monday |\n"                /* 12 */
                             "\n"
                             "| Topic | Owner |\n"                            /* 14 */
                             "|---|---|\n"
                             "| Release | Alice Smith |\n";                   /* 16 */
  g_autoptr (NpDocument) doc = run_text ("review.md", text, NULL);
  assert_speakers (doc, 3, "NONE");
  assert_speakers (doc, 5, "Alice Smith");
  assert_feature (doc, 5, "method", "table");
  assert_feature (doc, 5, "mentions", "Alice Smith");
  assert_speakers (doc, 6, "kim_p");
  assert_speakers (doc, 7, "UNKNOWN");
  assert_speakers (doc, 8, "Alice Smith");
  assert_speakers (doc, 12, "Bob Jones");
  assert_speakers (doc, 16, "NONE"); /* an owner is no speaker */
  const NpAnnotation *p = person_named (doc, "Alice Smith");
  g_assert_nonnull (p);
  g_assert_cmpint (np_annotation_get_int (p, "items", 0), ==, 2);
  g_assert_cmpint (np_annotation_get_int (p, "words", 0), ==, 6);
}

/* "Carol White, Google:": a capitalized word after a full name and a
 * comma is the speaker's company unless it names someone of the roster
 * or a speaker of the notes ("Carol White, Dan Brown:" and "Eve Black,
 * Dan:" are two speakers; "DH, AWB:" abbreviations are two as ever); a
 * dash opening an item's text ("— Dan: ...") stands before the mark */
static void
test_company_after_name (void)
{
  static const char text[] = "# Call\n\n"
                             "Attendees: Alice Smith (Google), Carol White, Dan Brown, Eve Black\n\n"
                             "- Carol White, Google: we ship in May.\n"   /* 5 */
                             "- Carol White, Dan Brown: agreed.\n"        /* 6 */
                             "- Eve Black, Dan: we will test it.\n"       /* 7 */
                             "- \xe2\x80\x94 Dan: I will add one.\n"       /* 8 */
                             "- Eve Black, Acme: one more company.\n"     /* 9 */
                             "- CW, DB: two abbreviations.\n";            /* 10 */
  g_autoptr (NpDocument) doc = run_text ("call.md", text, NULL);
  assert_speakers (doc, 5, "Carol White");
  assert_feature (doc, 5, "mentions", "Carol White, Google:");
  assert_speakers (doc, 6, "Carol White;Dan Brown");
  assert_speakers (doc, 7, "Eve Black;Dan Brown");
  assert_speakers (doc, 8, "Dan Brown");
  assert_speakers (doc, 9, "Eve Black");
  assert_speakers (doc, 10, "Carol White;Dan Brown");
  g_assert_null (person_named (doc, "Google"));
  g_assert_null (person_named (doc, "Acme"));
}

/* A full-width colon ends a mark as ':' does, with no space after it:
 * Chinese minutes ("李明：好的"), and a Latin abbreviation typed with a
 * Chinese input method ("CDA：👍", in TC39's notes) */
static void
test_full_width_colon (void)
{
  static const char text[] = "# Sync\n\n"
                             "| Name | Abbreviation |\n|---|---|\n| Chris de Almeida | CDA |\n"
                             "| \xe6\x9d\x8e\xe6\x98\x8e | LM |\n\n"                             /* 李明 */
                             "- \xe6\x9d\x8e\xe6\x98\x8e\xef\xbc\x9a\xe5\xa5\xbd\xe7\x9a\x84\n"       /* 8: 李明：好的 */
                             "- CDA\xef\xbc\x9a\xf0\x9f\x91\x8d\n"                          /* 9: CDA：👍 */
                             "- CDA: plain colon.\n"                                              /* 10 */
                             "- \xe6\x9d\x8e\xe6\x98\x8e: \xe5\x90\x8c\xe6\x84\x8f\n";          /* 11: 李明: 同意 */
  g_autoptr (NpDocument) doc = run_text ("sync.md", text, NULL);
  assert_speakers (doc, 8, "\xe6\x9d\x8e\xe6\x98\x8e");
  assert_feature (doc, 8, "mentions", "\xe6\x9d\x8e\xe6\x98\x8e\xef\xbc\x9a");
  assert_speakers (doc, 9, "Chris de Almeida");
  assert_speakers (doc, 10, "Chris de Almeida");
  assert_speakers (doc, 11, "\xe6\x9d\x8e\xe6\x98\x8e");
}

/* Status notes repeat their labels item after item: "Open Questions:"
 * and "Key Decisions:" (a structure word's plural last), "TL;DR:", the
 * parts of a product ("Frontend:", "iOS:"), a port's platforms ("Mac:",
 * "MS-Windows:") and the days ("Monday:") are
 * labels however often they recur, while a person named like a label
 * word ("Alan Key") still speaks */
static void
test_structure_labels (void)
{
  static const char text[] = "# Planning\n\n"
                             "Attendees: Alice Smith, Alan Key\n\n"
                             "- Open Questions: who reviews?\n"   /* 5 */
                             "- TL;DR: waiting on legal.\n"       /* 6 */
                             "- Key Decisions: ship it.\n"        /* 7 */
                             "- Open Questions: none\n"           /* 8 */
                             "- TL;DR: done.\n"                   /* 9 */
                             "- Key Decisions: none\n"            /* 10 */
                             "- Alan Key: I will review.\n"       /* 11 */
                             "- Alice: thanks.\n";                /* 12 */
  g_autoptr (NpDocument) doc = run_text ("plan.md", text, NULL);
  for (guint line = 5; line <= 10; line++)
    assert_speakers (doc, line, "NONE");
  assert_speakers (doc, 11, "Alan Key");
  assert_speakers (doc, 12, "Alice Smith");

  /* a weekly status by part of the product, by day and by tool, week
   * after week; a mail's "Re:" */
  static const char status[] = "# Status\n\nAttendees: Alice Smith, Bob Jones\n\n## Week 12\n\n"
                               "- Frontend: the form shipped.\n- iOS: in review.\n- Monday: holiday.\n" /* 7-9 */
                               "- Alice: out on Friday.\n\n## Week 13\n\n"                              /* 10 */
                               "- Frontend: a bug.\n- iOS: approved.\n- Monday: planning.\n"            /* 14-16 */
                               "- Bob: I will plan.\n"                                                    /* 17 */
                               "- Re: the launch, May 2.\n- Jira: PROJ-12 is open.\n"                    /* 18-19 */
                               "- Re: pricing, no change.\n- Jira: PROJ-13 is closed.\n";                /* 20-21 */
  g_autoptr (NpDocument) weekly = run_text ("status.md", status, NULL);
  static const guint labels[] = { 7, 8, 9, 14, 15, 16, 18, 19, 20, 21 };
  for (guint k = 0; k < G_N_ELEMENTS (labels); k++)
    assert_speakers (weekly, labels[k], "NONE");
  assert_speakers (weekly, 10, "Alice Smith");
  assert_speakers (weekly, 17, "Bob Jones");

  /* a port's status by platform, release after release */
  static const char ports[] = "# Ports\n\n## 9.0\n\n"
                              "- Mac: the menu bar works again.\n- MS-Windows: fixed the console.\n" /* 5-6 */
                              "- FreeBSD: builds with clang.\n\n## 9.1\n\n"                      /* 7 */
                              "- Mac: dark mode.\n- MS-Windows: a new installer.\n"                /* 11-12 */
                              "- FreeBSD: no change.\n";                                            /* 13 */
  g_autoptr (NpDocument) port = run_text ("ports.md", ports, NULL);
  static const guint platforms[] = { 5, 6, 7, 11, 12, 13 };
  for (guint k = 0; k < G_N_ELEMENTS (platforms); k++)
    assert_speakers (port, platforms[k], "NONE");
  /* a code of conduct's ladder, a change log's dependencies */
  static const char ladder[] = "# Enforcement\n\n### 1. Correction\n\n**Community Impact**: Use of unwelcome language.\n\n"
                               "**Consequence**: A private, written warning.\n\n### 2. Warning\n\n"          /* 5, 7 */
                               "**Community Impact**: A violation through a single incident.\n\n"           /* 11 */
                               "**Consequence**: A warning with consequences.\n\n## Changes\n\n"           /* 13 */
                               "* **deps:** allow cachetools 5.0\n* **deps:** pin the test runner\n";       /* 17-18 */
  g_autoptr (NpDocument) conduct = run_text ("conduct.md", ladder, NULL);
  static const guint fields[] = { 5, 7, 11, 13, 17, 18 };
  for (guint k = 0; k < G_N_ELEMENTS (fields); k++)
    assert_speakers (conduct, fields[k], "NONE");
  /* a meeting's time among the turns of a short note */
  g_autoptr (NpDocument) sync = run_text ("sync.md", "# Sync\n\nTimekeeper: Carol Diaz\n\n- Carol: five minutes left\n"
                                          "- Time: 10:00 UTC\n", NULL);
  assert_speakers (sync, 5, "Carol Diaz");
  assert_speakers (sync, 6, "NONE");
}

/* W3C's minutes as a browser dumps them (names with '_', nicknames that
 * are initials and surname, a chair by first name, a scribe by a short
 * nickname), an etherpad's "(nick) text" turns with a reply indented
 * under a turn, and voices from the audience */
static void
test_w3c_etherpad_audience (void)
{
  static const char w3c[] = "                    Web Machine Learning Working Group\n\n12 March 2024\n\n"
                            "Attendees\n\n   Present\n          Anssi_Kostiainen, Dominique_Hazael-Massieux,\n"
                            "          Zoltan_Kis\n\n   Chair\n          Anssi\n\n   Scribe\n          dom\n\n"
                            "  Open issues\n\n"                       /* 17 */
                            "   anssi: welcome, a packed agenda\n"     /* 19 */
                            "   zkis: I looked at the proposal\n"      /* 20 */
                            "   dom: I will ping the TAG\n"            /* 21 */
                            "   anssi: noted\n"                        /* 22 */
                            "   zkis: one more thing\n";               /* 23 */
  g_autoptr (NpDocument) doc = run_text ("w3c.txt", w3c, NULL);
  assert_speakers (doc, 19, "Anssi Kostiainen");
  assert_speakers (doc, 20, "Zoltan Kis");
  assert_speakers (doc, 21, "Dominique Hazael-Massieux");
  assert_speakers (doc, 23, "Zoltan Kis");

  static const char pad[] = "Nova PTG\n\nAttendees: bauzas, gibi, melwitt\n\n"
                            "(bauzas) we need to decide on the default\n"  /* 5 */
                            "(gibi) +1, the upgrade path is documented\n"  /* 6 */
                            "melwitt: I have a WIP patch\n"                /* 7 */
                            "  bauzas: let's review it next week\n";       /* 8 */
  g_autoptr (NpDocument) ptg = run_text ("ptg.txt", pad, NULL);
  assert_speakers (ptg, 5, "bauzas");
  assert_speakers (ptg, 6, "gibi");
  assert_speakers (ptg, 8, "bauzas");
  guint n;
  const NpItem *items = np_document_get_items (ptg, &n);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpint (items[3].parent, ==, 2); /* a reply to melwitt */

  static const char qa[] = "# Q&A\n\n- Audience member: what about Windows?\n  - Alice: next release\n"
                           "- From the floor: and macOS?\n- Audience question: any plans for ARM?\n"
                           "- Resident (Elm St): why did the HOA mow it?\n- Member of the public: and the bins?\n";
  g_autoptr (NpDocument) talk = run_text ("qa.md", qa, NULL);
  assert_speakers (talk, 3, "UNKNOWN");
  assert_speakers (talk, 5, "UNKNOWN");
  assert_speakers (talk, 6, "UNKNOWN");
  /* an association's open forum: a resident, someone of the public */
  assert_speakers (talk, 7, "UNKNOWN");
  assert_speakers (talk, 8, "UNKNOWN");
}

/* Where the roster names nearly every speaker, a name the notes also
 * write in the text in lower case is a word, not a speaker ("Modules:"
 * with "the modules team" twice), unless it is a mark far more often
 * than a word: a guest who speaks all meeting long */
static void
test_guest_speaks_often (void)
{
  GString *t = g_string_new ("# TSC 2015-09-02\n\n## Present\n\n* Rod Vagg\n* Trevor Norris\n* Bert Belder\n"
                             "* James Snell\n* Brian White\n\n## Minutes\n\n");
  const char *const people[] = { "Rod", "Trevor", "Bert", "James", "Brian" };
  for (guint round = 0; round < 8; round++)
    {
      g_string_append_printf (t, "%s: point %u\n\n", people[round % 5], round);
      g_string_append_printf (t, "Domenic: answer %u\n\n", round);
    }
  g_string_append (t, "Trevor: domenic can correct me\n\nRod: trevor + domenic: enough input\n\n");
  g_string_append (t, "Modules: an update on the loader\n\nModules: no news\n\n"
                      "Rod: the modules team met\n\nBert: ask the modules people\n");
  g_autoptr (NpDocument) doc = run_text ("tsc.md", t->str, NULL);
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  guint domenic = 0, modules = 0;
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *who = speakers_at (doc, items[i].line);
      gsize len;
      const char *text = np_document_peek_item_text (doc, i, &len);
      if (g_str_has_prefix (text, "Domenic:"))
        domenic += g_strcmp0 (who, "Domenic") == 0;
      if (g_str_has_prefix (text, "Modules:"))
        modules += g_strcmp0 (who, "NONE") != 0;
    }
  g_assert_cmpuint (domenic, ==, 8);
  g_assert_cmpuint (modules, ==, 0);
  g_string_free (t, TRUE);

  /* a guest on no list, named in full at the stand-up, then by first
   * name alone once */
  static const char standup[] = "# TSC 2016-05-05\n\n## Present\n\n* Rod Vagg\n* Mikeal Rogers\n* Alexis Campailla\n\n"
                                "## Standup\n\n* Rod Vagg: releases\n* Bryan Hughes: Inclusivity WG work\n"  /* 11, 12 */
                                "* Alexis Campailla: nothing TSC level\n\n## Core\n\n"                         /* 13 */
                                "* Mikeal: what is core?\n* Rod: the scope of the TSC\n"                        /* 17, 18 */
                                "* Discussion around this definition.\n* Bryan: extend it to the ecosystem\n"; /* 19, 20 */
  g_autoptr (NpDocument) tsc = run_text ("tsc2.md", standup, NULL);
  assert_speakers (tsc, 12, "Bryan Hughes");
  assert_speakers (tsc, 20, "Bryan Hughes");
}

/* A name in bold with no colon opening a paragraph is a speaker when
 * the roster knows it or it recurs so; emphasis of other words (a
 * product, a label), a narrative ("**Alice Smith** will send") or a bold
 * name once beside turns is not */
static void
test_bold_name_without_colon (void)
{
  static const char text[] = "# Review 2024-03-03\n\nAttendees: Alice Smith, Bob Jones\n\n"
                             "**Alice** I think we should drop the cache.\n\n"     /* 5 */
                             "**Bob** Agreed, it never hits.\n\n"                  /* 7 */
                             "**Kubernetes** 1.30 is out, we should upgrade\n\n"   /* 9 */
                             "**Decision** we go with the managed service\n\n"     /* 11 */
                             "**Alice Smith** will send the notes\n\n"             /* 13 */
                             "**Dana** Sorry I am late\n\n"                        /* 15 */
                             "**Erin** Hi\n\n**Erin** Me too\n";                  /* 17, 19 */
  g_autoptr (NpDocument) doc = run_text ("review.md", text, NULL);
  assert_speakers (doc, 5, "Alice Smith");
  assert_speakers (doc, 7, "Bob Jones");
  assert_speakers (doc, 9, "NONE");
  assert_speakers (doc, 11, "NONE");
  assert_speakers (doc, 13, "NONE");
  assert_speakers (doc, 15, "NONE");
  assert_speakers (doc, 17, "Erin");
  assert_speakers (doc, 19, "Erin");
  assert_feature (doc, 5, "method", "bold");
}

/* Council minutes: attendees listed with their office, turns marked by
 * office and surname ("Councillor Smith:", "Cllr Smith:"), by the office
 * with the holder in parentheses ("The Mayor (Jane Doe):") or by the
 * office alone when one attendee holds it ("The Mayor:", "Clerk:"); an
 * office two hold is neither of them ("Councillor:", a voice of its own) */
static void
test_council_minutes (void)
{
  static const char text[] = "Council meeting minutes - 12 March 2024\n\n"
                             "Present: Mayor Jane Doe, Councillor Bob Smith, Councillor Ana Lima, Clerk Tom Reed\n\n"
                             "Item 4: Parking strategy\n\n"
                             "The Mayor (Jane Doe): I call item 4.\n"                 /* 7 */
                             "Councillor Smith: The consultation closed last week.\n" /* 8 */
                             "Cllr Lima: We received 400 responses.\n"               /* 9 */
                             "The Mayor: Thank you. Any questions?\n"                 /* 10 */
                             "Clerk: The motion is in the pack.\n"                    /* 11 */
                             "Councillor: Which one?\n";                              /* 12 */
  g_autoptr (NpDocument) doc = run_text ("council.txt", text, NULL);
  assert_speakers (doc, 7, "Jane Doe");
  assert_speakers (doc, 8, "Bob Smith");
  assert_speakers (doc, 9, "Ana Lima");
  assert_speakers (doc, 10, "Jane Doe");
  assert_speakers (doc, 11, "Tom Reed");
  assert_speakers (doc, 12, "Councillor");

  /* a podcast's parties: the role with its holder in parentheses, then
   * the role alone; a program's "Host: Jane Doe" names the host */
  static const char podcast[] = "# Episode 42\n\n**Host:** Lucia Fernandez\n\n## Transcript\n\n"
                                "**Host:** Welcome back.\n"                       /* 7 */
                                "**Guest (Ravi Menon):** Thanks for having me.\n" /* 8 */
                                "**Guest:** Latency, mostly.\n"                   /* 9 */
                                "Moderator (Ann Lee): Next question.\n"           /* 10 */
                                "Guest (laughing): Exactly.\n"                    /* 11 */
                                "Panelist 2 (Sofia Rossi): Funding is hard.\n"   /* 12 */
                                "\nItem 2 (Budget Review): Nothing new.\n";       /* 14 */
  g_autoptr (NpDocument) pdoc = run_text ("podcast.md", podcast, NULL);
  assert_speakers (pdoc, 7, "Lucia Fernandez");
  assert_speakers (pdoc, 8, "Ravi Menon");
  assert_speakers (pdoc, 9, "Ravi Menon");
  assert_speakers (pdoc, 10, "Ann Lee");
  assert_speakers (pdoc, 11, "Ravi Menon");
  /* a panel's numbered seat with its holder; an agenda's numbered item
   * with its subject is no seat */
  assert_speakers (pdoc, 12, "Sofia Rossi");
  assert_speakers (pdoc, 14, "NONE");
  /* a design review's parties: "Author:" is the one author the header
   * lists; of two reviewers, "Reviewer:" is neither */
  static const char review[] = "# Design review\n\nAuthor: Farhan Siddiqui\nReviewers: Greta Vogel, Tobias Lind\n\n"
                               "## Discussion\n\n- Greta: why not a queue?\n" /* 8 */
                               "- Author: we measured it, too slow.\n"          /* 9 */
                               "- Tobias: fine by me.\n"                        /* 10 */
                               "- Author: thanks.\n";                           /* 11 */
  g_autoptr (NpDocument) review_doc = run_text ("review.md", review, NULL);
  assert_speakers (review_doc, 8, "Greta Vogel");
  assert_speakers (review_doc, 9, "Farhan Siddiqui");
  assert_speakers (review_doc, 10, "Tobias Lind");
  assert_speakers (review_doc, 11, "Farhan Siddiqui");
  /* public comment: the commenter's street, association or standing
   * after the comma is no second speaker; offices of three words and
   * "Director" alone before a surname */
  static const char comment[] = "CITY COUNCIL MINUTES\n\n"
                                "Present: Mayor Linda Torres, Mayor Pro Tem Gregory Hsu\n"
                                "Staff Present: Public Works Director Tom Kessler\n\n"
                                "PUBLIC COMMENT\n"
                                "- Maria Delgado, Elm Street: Opposed the parking restrictions.\n"       /* 7 */
                                "- Kwame Mensah, Maple Hollow Business Alliance: Thanked staff.\n"      /* 8 */
                                "- Harold Finch, resident: Supported the plan.\n"                       /* 9 */
                                "- Maria Delgado, Elm Street: Repeated her concerns.\n\n"              /* 10 */
                                "COUNCIL DISCUSSION\n"
                                "Mayor Pro Tem Hsu: Asked staff to come back with options.\n"          /* 13 */
                                "Director Kessler: Agreed to report back in March.\n"                  /* 14 */
                                "Public Works Director Kessler: 212 notices were mailed.\n";           /* 15 */
  g_autoptr (NpDocument) cdoc = run_text ("council.txt", comment, NULL);
  assert_speakers (cdoc, 7, "Maria Delgado");
  assert_speakers (cdoc, 8, "Kwame Mensah");
  assert_speakers (cdoc, 9, "Harold Finch");
  assert_speakers (cdoc, 10, "Maria Delgado");
  assert_speakers (cdoc, 13, "Gregory Hsu");
  assert_speakers (cdoc, 14, "Tom Kessler");
  assert_speakers (cdoc, 15, "Tom Kessler");
  /* an office, the surname, then a sentence about the person */
  static const char report[] = "MINUTES\n\nPresent: Mayor Linda Torres\nStaff Present: City Manager Priyanka Nair\n\n"
                               "Mayor Torres: Attended the conference.\n"                                 /* 6 */
                               "City Manager Nair reported that the project will begin soon.\n";        /* 7 */
  g_autoptr (NpDocument) rdoc = run_text ("council.txt", report, NULL);
  assert_speakers (rdoc, 6, "Linda Torres");
  assert_speakers (rdoc, 7, "NONE");
}

/* Minutes in other languages: their structure words are labels
 * ("Beschluss:", "Décision :", "Acuerdo:"), their people speak; a roster's
 * abbreviation before a dash is its person's mark */
static void
test_other_languages_and_initials (void)
{
  static const char de[] = "# Teamsitzung 2024-03-14\n\nAnwesend: Anna Schmidt, Jonas Weber\n\n"
                           "- Anna: Das Budget ist freigegeben.\n"           /* 5 */
                           "- Beschluss: Wir bleiben beim Anbieter.\n"       /* 6 */
                           "- Aufgabe: Jonas schickt die Zusammenfassung.\n" /* 7 */
                           "- Jonas: Einverstanden.\n";                      /* 8 */
  g_autoptr (NpDocument) doc = run_text ("de.md", de, NULL);
  assert_speakers (doc, 5, "Anna Schmidt");
  assert_speakers (doc, 6, "NONE");
  assert_speakers (doc, 7, "NONE");
  assert_speakers (doc, 8, "Jonas Weber");
  /* the chair listed by her function, "(Vorsitz)", marks her turns as
   * the chair */
  static const char board[] = "# Vorstandssitzung\n\nAnwesend: Anna Schmidt (Vorsitz), Jonas Weber\n\n"
                              "- Herr Weber: Die R\xc3\xbc" "cklagen reichen nicht.\n" /* 5 */
                              "- Vorsitzende: Wir vertagen.\n"                       /* 6 */
                              "- Die Vorsitzende: Die Sitzung ist geschlossen.\n";  /* 7 */
  g_autoptr (NpDocument) bdoc = run_text ("vorstand.md", board, NULL);
  assert_speakers (bdoc, 5, "Jonas Weber");
  assert_speakers (bdoc, 6, "Anna Schmidt");
  assert_speakers (bdoc, 7, "Anna Schmidt");

  static const char fr[] = "# Réunion\n\nPrésents : Marie Dupont, Jean Martin\n\n"
                           "- Marie : le budget est validé.\n"               /* 5 */
                           "- Décision : on garde le fournisseur.\n"         /* 6 */
                           "- Jean : d'accord.\n";                           /* 7 */
  g_autoptr (NpDocument) fdoc = run_text ("fr.md", fr, NULL);
  assert_speakers (fdoc, 5, "Marie Dupont");
  assert_speakers (fdoc, 6, "NONE");
  assert_speakers (fdoc, 7, "Jean Martin");

  static const char initials[] = "# Sync\n\nAttendees: John Neumann (JN), Bo Chen (BC)\n\n"
                                 "- BC - fine by me\n- API - the new endpoint\n- JN - agreed\n"; /* 5-7 */
  g_autoptr (NpDocument) idoc = run_text ("initials.md", initials, NULL);
  assert_speakers (idoc, 5, "Bo Chen");
  assert_speakers (idoc, 6, "NONE");
  assert_speakers (idoc, 7, "John Neumann");

  /* Japanese minutes: a role in full-width parentheses after the name, a
   * surname with its honorific ("鈴木さん") or a role in capitals ("田中PM") */
  static const char ja[] = "# 定例会議 議事録\n\n出席者：田中 健太（PM）、鈴木 美咲、佐藤 大樹\n\n"
                           "- 田中：前回の宿題は完了。\n"   /* 5 */
                           "- 鈴木さん：どちらの会社ですか？\n" /* 6 */
                           "- 田中PM：追加で試験してください。\n" /* 7 */
                           "- 決定：比較表を共有する。\n";     /* 8 */
  g_autoptr (NpDocument) jdoc = run_text ("gijiroku.md", ja, NULL);
  assert_speakers (jdoc, 5, "田中 健太");
  assert_speakers (jdoc, 6, "鈴木 美咲");
  assert_speakers (jdoc, 7, "田中 健太");
  assert_speakers (jdoc, 8, "NONE");
  /* names written whole, no space: a Japanese surname of two characters
   * ("田中太郎", "佐藤健") with a title at will, a Chinese compound
   * surname ("欧阳明华") */
  static const char whole[] = "# 定例会議\n\n参加者：田中太郎、鈴木花子、佐藤健、欧阳明华\n\n"
                              "- 田中さん：リリースは来週です。\n" /* 5 */
                              "- 鈴木：テストは完了。\n"
                              "- 佐藤部長：了解。\n"
                              "- 欧阳：没问题。\n"                 /* 8 */
                              "- 決定：金曜まで。\n";
  g_autoptr (NpDocument) wdoc = run_text ("teirei.md", whole, NULL);
  assert_speakers (wdoc, 5, "田中太郎");
  assert_speakers (wdoc, 6, "鈴木花子");
  assert_speakers (wdoc, 7, "佐藤健");
  assert_speakers (wdoc, 8, "欧阳明华");
  assert_speakers (wdoc, 9, "NONE");

  /* Chinese minutes: a surname with a title ("王经理", "张总"), a familiar
   * "小" before it, a name with a verb of speech ("陈静补充") */
  static const char zh[] = "周例会会议纪要\n参会人员：张伟、王强、刘洋、陈静\n\n"
                           "张伟：上周版本按时上线。\n"     /* 4 */
                           "王经理：后端接口还没联调完。\n" /* 5 */
                           "小刘：测试环境宕机了半天。\n"   /* 6 */
                           "张总：同意。\n"                 /* 7 */
                           "陈静补充：法务有要求。\n"       /* 8 */
                           "决定：先上线等级功能。\n";      /* 9 */
  g_autoptr (NpDocument) zdoc = run_text ("jiyao.txt", zh, NULL);
  assert_speakers (zdoc, 4, "张伟");
  assert_speakers (zdoc, 5, "王强");
  assert_speakers (zdoc, 6, "刘洋");
  assert_speakers (zdoc, 7, "张伟");
  assert_speakers (zdoc, 8, "陈静");
  assert_speakers (zdoc, 9, "NONE");
}

/* A first name that is also a function word ("Than", "Will") is the
 * person's in a speaker's form (or before a dash) when the roster has it, and then the full
 * name opening a line without a delimiter is a turn too; a function word
 * nobody is named is no speaker */
static void
test_stopword_first_name (void)
{
  static const char text[] = "Summit notes\n\n2023-09-25\n\nAttendees:\n- Than McIntosh (@thanm)\n"
                             "- Russ Cox (@rsc)\n- Will Smith (@wsmith)\n\nSession 1\n\n"
                             "- Telemetry\n"                                   /* 12 */
                             "  - [rsc] opt-in telemetry is in gopls\n"        /* 13 */
                             "  - Than McIntosh We could sample the builders\n" /* 14 */
                             "  - [Than] yes, linked from the design doc\n"    /* 15 */
                             "  - Will: I can help\n"                          /* 16 */
                             "  - [So] that is it\n"                           /* 17 */
                             "  - Than - the coverage redesign is next\n"      /* 18 */
                             "  - So - that is all for today\n";               /* 19 */
  g_autoptr (NpDocument) doc = run_text ("summit.txt", text, NULL);
  assert_speakers (doc, 13, "Russ Cox");
  assert_speakers (doc, 14, "Than McIntosh");
  assert_speakers (doc, 15, "Than McIntosh");
  assert_speakers (doc, 16, "Will Smith");
  assert_speakers (doc, 17, "NONE");
  /* before a dash too */
  assert_speakers (doc, 18, "Than McIntosh");
  assert_speakers (doc, 19, "NONE");
}

/* An agenda's issue titles with a tag in brackets ("[meta] settle on a
 * voting solution [#1165](...)", Markdown that escaped the brackets) are
 * no turns; an escaped anonymous mark ("\\[???\\]: ...") is one */
static void
test_agenda_tags_and_escapes (void)
{
  static const char text[] = "# TSC Meeting 2015-10-21\n\n## Present\n\n* Rod Vagg (TSC)\n* James Snell (TSC)\n\n"
                             "## Agenda\n\n"
                             "* \\[meta\\] settle on a voting solution [#1165](https://github.com/nodejs/TSC/issues/1165)\n" /* 10 */
                             "* \\[Converge\\] timers: avoid a linear scan [#23](https://github.com/nodejs/node/issues/23)\n" /* 11 */
                             "\n## Minutes\n\nJames: the resource bundle mechanism\n\n"               /* 15 */
                             "\\[???\\]: It is about 80mb\n\nRod: [James] said so [#12](https://x/issues/12)\n"; /* 17, 19 */
  g_autoptr (NpDocument) doc = run_text ("tsc.md", text, NULL);
  assert_speakers (doc, 10, "NONE");
  assert_speakers (doc, 11, "NONE");
  assert_speakers (doc, 15, "James Snell");
  assert_speakers (doc, 17, "UNKNOWN");
  assert_speakers (doc, 19, "Rod Vagg");
}

/* A topic's tag in brackets that also opens a section title ("##
 * [css-grid] Masonry syntax") is the tag of the table of contents' line
 * and of an item under it, not a speaker, nor is an issue tracker's label
 * ("[discuss] ..."); a speaker's bracket mark in the same minutes
 * ("[florian] ...") still is one */
static void
test_tags_of_titles (void)
{
  static const char text[] = "# CSS WG Meeting\n\nPresent: fantasai, Tab Atkins, Florian Rivoal\n\n"
                             "## Contents\n\n"
                             "1. [css-grid] Masonry syntax\n"         /* 7 */
                             "2. [css-color] color-mix() defaults\n"  /* 8 */
                             "\n## [css-grid] Masonry syntax\n\n"
                             "- fantasai: we have two proposals.\n"   /* 12 */
                             "- [florian] what about implementors?\n" /* 13 */
                             "- [css-color] is blocked on this too\n" /* 14 */
                             "\n## 2. [CSS-Color] color-mix() defaults\n\n"
                             "- [Tab] the default should be oklab\n"  /* 18 */
                             "- [discuss] who owns the next draft?\n" /* 19 */
                             "- [semver-major] drop the old syntax\n"; /* 20 */
  g_autoptr (NpDocument) doc = run_text ("csswg.md", text, NULL);
  assert_speakers (doc, 7, "NONE");
  assert_speakers (doc, 8, "NONE");
  assert_speakers (doc, 12, "fantasai");
  assert_speakers (doc, 13, "Florian Rivoal");
  assert_speakers (doc, 14, "NONE");
  assert_speakers (doc, 18, "Tab Atkins");
  /* an issue tracker's labels */
  assert_speakers (doc, 19, "NONE");
  assert_speakers (doc, 20, "NONE");
}

/* Minutes in plain text whose table of contents lists the topics by
 * their tags ("1. [css-grid] Masonry syntax") and whose topics open with
 * the same line, no heading: both are the topic's, not a speaker's; a
 * speaker's bracket mark stays one */
static void
test_contents_lines (void)
{
  static const char text[] = "CSS Working Group Teleconference\n\n"
                             "Present: astearns, fantasai, florian\n\n"
                             "Contents\n\n"
                             "    1. [css-grid] Masonry syntax\n"         /* 7 */
                             "    2. [css-color] color-mix() defaults\n"  /* 8 */
                             "\nMeeting minutes\n\n"
                             "[css-grid] Masonry syntax\n\n"              /* 12 */
                             "    astearns: next topic is masonry\n"      /* 14 */
                             "    [fantasai] we have two proposals\n\n"   /* 15 */
                             "[css-color] color-mix() defaults\n\n"       /* 17 */
                             "    florian: the default should be oklab\n"; /* 19 */
  g_autoptr (NpDocument) doc = run_text ("csswg.txt", text, NULL);
  assert_speakers (doc, 7, "NONE");
  assert_speakers (doc, 8, "NONE");
  assert_speakers (doc, 12, "NONE");
  assert_speakers (doc, 14, "astearns");
  assert_speakers (doc, 15, "fantasai");
  assert_speakers (doc, 17, "NONE");
  assert_speakers (doc, 19, "florian");
}

/* A Markdown link's definition ("[Source Text Module Record]: https://...",
 * the core reading the next definition as the same paragraph here) and a
 * configuration's section with its first setting ("[http]
 * sslVerify = true") open with a tag in brackets, and are nobody's turn;
 * "[alice]: https://..." too (a link, however it is labelled) */
static void
test_link_definitions_and_settings (void)
{
  static const char text[] = "# Notes\n\nAttendees: Alice Smith, Bob Jones\n\n"
                             "- [alice] the config below fixed it\n"                    /* 5 */
                             "- [bob] thanks, it works here too\n\n"                    /* 6 */
                             "[http] sslVerify = true\n\n"                             /* 8 */
                             "[Source Text Module Record]: https://example.org/spec#sec-source-text-module-records\n" /* 10 */
                             "[Support of dynamic `import()` in the compiling APIs]: #support-of-dynamic-import-in-the-compiling-apis\n\n"
                             "[alice]: https://example.org/alice\n";                   /* 13 */
  g_autoptr (NpDocument) doc = run_text ("notes.md", text, NULL);
  assert_speakers (doc, 5, "Alice Smith");
  assert_speakers (doc, 6, "Bob Jones");
  assert_speakers (doc, 8, "NONE");
  assert_speakers (doc, 10, "NONE");
  assert_speakers (doc, 13, "NONE");
}

/* A list of release keys, a full name and the key's fingerprint in
 * groups of hex digits, is nobody's speech (four full names before
 * colons would make it a run of people) */
static void
test_key_fingerprints (void)
{
  static const char text[] = "Release keys\n\n"
                             "Ann Roe: 1A2B 3C4D 5E6F 7081 92A3 B4C5 D6E7 F809 1A2B 3C4D\n"  /* 3 */
                             "Bob Poe: 9F8E 7D6C 5B4A 3928 1706 F5E4 D3C2 B1A0 9F8E 7D6C\n"  /* 4 */
                             "Cal Doe: 0A1B 2C3D 4E5F 6071 8293 A4B5 C6D7 E8F9 0A1B 2C3D\n"  /* 5 */
                             "Dee Loe: 11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff:00\n";   /* 6 */
  g_autoptr (NpDocument) doc = run_text ("keys.txt", text, NULL);
  for (guint line = 3; line <= 6; line++)
    assert_speakers (doc, line, "NONE");
}

/* A hospital's case conference: a department with its doctor in
 * parentheses is the doctor's turn; a nurse is titled like a mayor */
static void
test_case_conference (void)
{
  static const char text[] = "Tumour Board\n\n"
                             "Present: Dr. Amara Osei (Oncology), Dr. Felix Braun (Radiology), Nurse Ji-woo Han\n\n"
                             "Dr. Osei: Presenting a 64-year-old man with a new diagnosis.\n"          /* 5 */
                             "Radiology (Dr. Braun): CT shows a 4 cm mass in the right upper lobe.\n" /* 6 */
                             "Nurse Han: The patient has asked for a family meeting.\n"               /* 7 */
                             "Plan: neoadjuvant therapy, restage in 9 weeks.\n"                       /* 8 */
                             "Dr Osei agreed to continue the current therapy.\n";                    /* 9 */
  g_autoptr (NpDocument) doc = run_text ("board.txt", text, NULL);
  assert_speakers (doc, 5, "Amara Osei");
  assert_speakers (doc, 6, "Felix Braun");
  assert_speakers (doc, 7, "Ji-woo Han");
  assert_speakers (doc, 8, "NONE");
  assert_speakers (doc, 9, "NONE");
}

void
add_style_tests (void)
{
  g_test_add_func ("/speakers/style/case-conference", test_case_conference);
  g_test_add_func ("/speakers/mark/turn-in-parentheses", test_turn_in_parentheses);
  g_test_add_func ("/speakers/mark/arrow-before-mark", test_arrow_before_mark);
  g_test_add_func ("/speakers/style/coded-participants", test_coded_participants);
  g_test_add_func ("/speakers/mark/agenda-tags-and-escapes", test_agenda_tags_and_escapes);
  g_test_add_func ("/speakers/mark/tags-of-titles", test_tags_of_titles);
  g_test_add_func ("/speakers/mark/contents-lines", test_contents_lines);
  g_test_add_func ("/speakers/mark/link-definitions-and-settings", test_link_definitions_and_settings);
  g_test_add_func ("/speakers/mark/key-fingerprints", test_key_fingerprints);
  g_test_add_func ("/speakers/mark/stopword-first-name", test_stopword_first_name);
  g_test_add_func ("/speakers/style/other-languages-and-initials", test_other_languages_and_initials);
  g_test_add_func ("/speakers/style/council-minutes", test_council_minutes);
  g_test_add_func ("/speakers/mark/bold-name-without-colon", test_bold_name_without_colon);
  g_test_add_func ("/speakers/mark/guest-speaks-often", test_guest_speaks_often);
  g_test_add_func ("/speakers/style/w3c-etherpad-audience", test_w3c_etherpad_audience);
  g_test_add_func ("/speakers/mark/section-per-person", test_section_per_person);
  g_test_add_func ("/speakers/mark/quote-in-list-items", test_quote_in_list_items);
  g_test_add_func ("/speakers/mark/capitals-dialogue", test_capitals_dialogue);
  g_test_add_func ("/speakers/mark/definition-terms", test_definition_terms);
  g_test_add_func ("/speakers/mark/nickname-in-rich-minutes", test_nickname_in_rich_minutes);
  g_test_add_func ("/speakers/mark/w3c-text-export", test_w3c_text_export);
  g_test_add_func ("/speakers/style/ietf-minutes", test_ietf_minutes);
  g_test_add_func ("/speakers/mark/company-after-name", test_company_after_name);
  g_test_add_func ("/speakers/mark/full-width-colon", test_full_width_colon);
  g_test_add_func ("/speakers/mark/structure-labels", test_structure_labels);
  g_test_add_func ("/speakers/mark/symbol-before-mark", test_symbol_before_mark);
  g_test_add_func ("/speakers/mark/speech-verb-before-colon", test_speech_verb_before_colon);
  g_test_add_func ("/speakers/mark/arrow-dash", test_arrow_dash);
  g_test_add_func ("/speakers/mark/paren", test_paren_mark);
  g_test_add_func ("/speakers/mark/directed-turns", test_directed_turns);
  g_test_add_func ("/speakers/mark/dash-turns-in-paragraph", test_dash_turns_in_paragraph);
  g_test_add_func ("/speakers/mark/name-over-paragraphs", test_name_over_paragraphs);
  g_test_add_func ("/speakers/mark/table-speakers", test_table_speakers);
  g_test_add_func ("/speakers/mark/mozilla-nick-dash", test_mozilla_nick_dash);
  g_test_add_func ("/speakers/mark/summit-bracket-forms", test_summit_bracket_forms);
}
