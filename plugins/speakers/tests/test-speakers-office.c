/* test-speakers-office.c: speakers in office and civic notes: a retro
 * board's unsigned cards, minutes' unidentified speakers and vote
 * tallies, the owners of action items, a review's numbered reviewers. */
#include <string.h>

#include "test-speakers.h"

/* Marks that say nobody is named give UNKNOWN: a retro card "(anon)" or
 * "(anonymous)", minutes' "Unidentified speaker:", "Question from the
 * room:"; "(unknown) ..." in parentheses stays text */
static void
test_anonymous_marks (void)
{
  static const char retro[] = "# Retro\n\nAttendees: Nadia Haddad, Lars Eriksen\n\n"
                              "- (anon) Release went out on the planned day\n"   /* 5 */
                              "- Lars: pairing saved us days\n"                  /* 6 */
                              "- (anonymous) too many meetings\n"                /* 7 */
                              "- (Anonymous) stand-up runs over\n"               /* 8 */
                              "- (unknown) cause of the flaky tests\n"           /* 9 */
                              "- Unidentified speaker: please do something\n"    /* 10 */
                              "- Question from the room: is zstd fast enough?\n" /* 11 */
                              "- Nadia: thanks all\n";                           /* 12 */
  g_autoptr (NpDocument) doc = run_text ("retro.md", retro, NULL);
  assert_speakers (doc, 5, "UNKNOWN");
  assert_feature (doc, 5, "method", "paren");
  assert_speakers (doc, 6, "Lars Eriksen");
  assert_speakers (doc, 7, "UNKNOWN");
  assert_speakers (doc, 8, "UNKNOWN");
  assert_speakers (doc, 9, "NONE");
  assert_speakers (doc, 10, "UNKNOWN");
  assert_speakers (doc, 11, "UNKNOWN");
  assert_speakers (doc, 12, "Nadia Haddad");
  /* with a colon after the parentheses, the words that say nobody in
   * particular are a voice, in other languages too ("誰か": someone) */
  static const char pad[] = "# Sync\n\nAttendees: Nadia Haddad, Lars Eriksen\n\n"
                            "- (someone): is the sheet new?\n"                 /* 5 */
                            "- (unknown): which template?\n"                   /* 6 */
                            "- (\xe8\xaa\xb0\xe3\x81\x8b): \xe6\x96\xb0\xe3\x81\x97\xe3\x81\x84\xef\xbc\x9f\n" /* 7 */
                            "- (someone) should fix the flaky test\n"          /* 8 */
                            "- Lars: the new one\n";                           /* 9 */
  g_autoptr (NpDocument) doc_pad = run_text ("pad.md", pad, NULL);
  assert_speakers (doc_pad, 5, "UNKNOWN");
  assert_speakers (doc_pad, 6, "UNKNOWN");
  assert_speakers (doc_pad, 7, "UNKNOWN");
  assert_speakers (doc_pad, 8, "NONE");
  assert_speakers (doc_pad, 9, "Lars Eriksen");
  /* minutes' lines run on in one paragraph: the reader opens a turn at
   * the unnamed voice */
  static const char minutes[] = "PUBLIC COMMENT\n\n"
                                "Dolores Vega: Three near misses at the crossing.\n" /* 3 */
                                "Unidentified speaker: My kids cross there.\n"       /* 4 */
                                "Mayor Lee: Thank you both.\n";                      /* 5 */
  g_autoptr (NpDocument) doc2 = run_text ("minutes.txt", minutes, NULL);
  assert_speakers (doc2, 3, "Dolores Vega");
  assert_speakers (doc2, 4, "UNKNOWN");
  g_assert_true (sp_is_anonymous ("Unidentified speaker"));
  g_assert_true (sp_is_anonymous ("from the room"));
  /* how the question came, after a comma in lower case, is no name */
  static const char chat[] = "# Panel\n\nAttendees: Alice Moreno, Bob Chen, Priya Nair\n\n"
                             "- Alice: welcome to the panel.\n"                        /* 5 */
                             "- Q (anonymous, from chat): how do you backport?\n"      /* 6 */
                             "- Bob: we keep two branches.\n"                          /* 7 */
                             "- Q (Priya, remote): and the LTS?\n"                     /* 8 */
                             "- Q (Alice, Bob): a question of two?\n";                 /* 9 */
  g_autoptr (NpDocument) doc_chat = run_text ("panel.md", chat, NULL);
  assert_speakers (doc_chat, 6, "UNKNOWN");
  assert_speakers (doc_chat, 8, "Priya Nair");
  assert_speakers (doc_chat, 9, "Alice Moreno;Bob Chen");
  /* a name then a company in the questioner's parentheses */
  static const char panel[] = "# Panel\n\nAttendees: Samir Haddad, Lena Fischer\n\n"
                              "- Lena: what does burnout look like?\n"           /* 5 */
                              "- Q (Samir, Ericsson): how do you say no?\n"      /* 6 */
                              "- Lena: worse, for now.\n";
  g_autoptr (NpDocument) doc_panel = run_text ("q.md", panel, NULL);
  assert_speakers (doc_panel, 6, "Samir Haddad");
  /* ... named nowhere else, with a full name, with words of a team; an
   * asker who is only the way the question came is unnamed */
  static const char bof[] = "# BoF\n\n"
                            "- Q (Samir, Ericsson): how do you say no?\n"            /* 3 */
                            "- Q (Hugo Lemaire, Red Hat): and the backports?\n"      /* 4 */
                            "- Q (Liv, Debian Med team): any tooling help?\n"        /* 5 */
                            "- Q (from IRC): how many rebuilders do we need?\n"      /* 6 */
                            "- Q (Zoom): is this recorded?\n";                       /* 7 */
  g_autoptr (NpDocument) doc_bof = run_text ("bof.md", bof, NULL);
  assert_speakers (doc_bof, 3, "Samir");
  assert_speakers (doc_bof, 4, "Hugo Lemaire");
  assert_speakers (doc_bof, 5, "Liv");
  assert_speakers (doc_bof, 6, "UNKNOWN");
  assert_speakers (doc_bof, 7, "UNKNOWN");
  /* a relay of the chat names its asker in parentheses; an abbreviation
   * spelt out after the mark is the person its later marks name */
  static const char ietf[] = "## AOB\n\nPresent: Priscilla Huang, Paul Rourke\n\n"
                             "* Priscilla Huang: the slot is confirmed.\n"                    /* 5 */
                             "* Question in chat (from Tomas Reyes): will it be public?\n"   /* 6 */
                             "* Meetecho chat (Jonah Feld): +1 to that\n"                    /* 7 */
                             "* EY (Ekrem Yilmaz, Apple): we deploy something like this.\n"  /* 8 */
                             "* Paul Rourke: agreed.\n"                                      /* 9 */
                             "* EY: that's probably us.\n";                                  /* 10 */
  g_autoptr (NpDocument) doc_ietf = run_text ("ietf.md", ietf, NULL);
  assert_speakers (doc_ietf, 6, "Tomas Reyes");
  assert_speakers (doc_ietf, 7, "Jonah Feld");
  assert_speakers (doc_ietf, 8, "Ekrem Yilmaz");
  assert_speakers (doc_ietf, 10, "Ekrem Yilmaz");
  /* "Speaker:" over a talk names its speaker, no turn; a company an
   * attendee is listed with reports, nobody speaks */
  static const char lpc[] = "Runners: Marta Kowalczyk\n\n-- Session 1: Memory tiering --\n"
                            "Speaker: Priya Natarajan\n\n"                      /* 4 */
                            "- Priya: we track at the folio granularity.\n"     /* 6 */
                            "- Marta: the kernel side should be agnostic\n";
  g_autoptr (NpDocument) doc_lpc = run_text ("lpc.txt", lpc, NULL);
  assert_speakers (doc_lpc, 4, "NONE");
  assert_speakers (doc_lpc, 6, "Priya Natarajan");
  static const char toc[] = "# TOC meeting\n\nAttendees:\n* Jonas Weidmann (SAP)\n* Priscilla Huang (Google)\n\n"
                            "## Maintainer split\n* Priscilla: what's the split per company?\n" /* 8 */
                            "* SAP: 2 maintainers, both part time.\n"                        /* 9 */
                            "* Google: 3 maintainers.\n"                                      /* 10 */
                            "* Jonas: thanks.\n"
                            "* Jonas/SAP: we can add one more.\n"                            /* 12 */
                            "* Jonas/Priscilla: agreed.\n";                                  /* 13 */
  g_autoptr (NpDocument) doc_toc = run_text ("toc.md", toc, NULL);
  assert_speakers (doc_toc, 8, "Priscilla Huang");
  assert_speakers (doc_toc, 9, "NONE");
  assert_speakers (doc_toc, 10, "NONE");
  /* a person and the company the attendees list gives: one voice */
  assert_speakers (doc_toc, 12, "Jonas Weidmann");
  assert_speakers (doc_toc, 13, "Jonas Weidmann;Priscilla Huang");
  /* a group that reports, or a way of attending, before its speaker */
  static const char dsf[] = "## Attendees\n\n- Sara Abdelkader\n- Priya Venkataraman\n\n## Updates\n\n"
                            "- Fundraising WG (Sara): the campaign page is ready.\n"  /* 8 */
                            "- Social Media WG (Priya): engagement is up.\n"        /* 9 */
                            "- Remote (Sara): the errors should point at the impl\n"; /* 10 */
  g_autoptr (NpDocument) doc_dsf = run_text ("dsf.md", dsf, NULL);
  assert_speakers (doc_dsf, 8, "Sara Abdelkader");
  assert_speakers (doc_dsf, 9, "Priya Venkataraman");
  assert_speakers (doc_dsf, 10, "Sara Abdelkader");

  /* in brackets, a voice of the room named by a word of its role; before
   * a colon such a word may be a label's ("Audience: internal teams") */
  static const char summit[] = "Summit\n\nAttendees: Ann Lee\n\nSession 1\n\n"
                               "- [audience] what about Windows?\n"         /* 7 */
                               "- [someone from the audience] and macOS?\n" /* 8 */
                               "- [attendee] fine by me\n"                  /* 9 */
                               "- [ann] because of the runners\n";          /* 10 */
  g_autoptr (NpDocument) doc3 = run_text ("summit.md", summit, NULL);
  for (guint line = 7; line <= 9; line++)
    assert_speakers (doc3, line, "UNKNOWN");
  assert_speakers (doc3, 10, "Ann Lee");
  g_assert_true (sp_is_anonymous_bracket ("Participant"));
  g_assert_false (sp_is_anonymous ("audience"));

  /* before a colon, a role's word between turns is the room speaking,
   * and alone among labels it is a label */
  static const char qa[] = "# Runtime session\n\n"
                           "- Michael Knyszek: we are looking at the pacer again\n" /* 3 */
                           "- Audience: does this change GOGC semantics?\n"         /* 4 */
                           "- Michael Knyszek: no, the knob stays the same\n"       /* 5 */
                           "- Participant: what about memory limits?\n"             /* 6 */
                           "- Austin Clements: the limit is separate\n";            /* 7 */
  g_autoptr (NpDocument) doc4 = run_text ("qa.md", qa, NULL);
  assert_speakers (doc4, 3, "Michael Knyszek");
  assert_speakers (doc4, 4, "UNKNOWN");
  assert_speakers (doc4, 6, "UNKNOWN");
  assert_speakers (doc4, 7, "Austin Clements");
  /* in lower case too, where the roster names every other speaker */
  static const char rich[] = "# SIG Node\n\nAttendees:\n- Olivia Huang (@ohuang)\n- Katrin Wiesner (@kwiesner)\n\n## Sidecars\n\n"
                             "- ohuang: what about sidecars that start late?\n"   /* 9 */
                             "  - kwiesner: out of scope\n"                        /* 10 */
                             "- audience: is there a way to say optional?\n"       /* 11 */
                             "  - kwiesner: not today\n";
  g_autoptr (NpDocument) doc6 = run_text ("sig.md", rich, NULL);
  assert_speakers (doc6, 9, "Olivia Huang");
  assert_speakers (doc6, 11, "UNKNOWN");
  static const char plan[] = "# Launch plan\n\n"
                             "- Audience: internal teams and early adopters\n" /* 3 */
                             "- Owner: Dana\n"
                             "- Timeline: Q3\n";
  g_autoptr (NpDocument) doc5 = run_text ("plan.md", plan, NULL);
  assert_speakers (doc5, 3, "NONE");
  g_assert_true (sp_is_role_voice ("Audience"));
  g_assert_false (sp_is_role_voice ("Audience member"));
  /* the room's voices numbered apart, none named */
  g_assert_true (sp_is_anonymous ("AUDIENCE MEMBER 2"));
  g_assert_true (sp_is_anonymous ("Unidentified speaker 3"));
  g_assert_false (sp_is_anonymous ("Speaker 2"));
  g_assert_false (sp_is_anonymous ("Anon2"));
}

/* A roll-call vote's tally names the members who voted, none of whom
 * speaks there: "Ayes:", "Noes:", "Nays:", "Abstain:", "Abstentions:" */
static void
test_vote_tallies (void)
{
  static const char minutes[] = "COUNCIL MINUTES\n\n"
                                "Present: Mayor Grace Lee, Councilmember Mei Chen, Councilmember Oluwaseun Bello\n\n"
                                "Mayor Lee: Is there a motion?\n"   /* 5 */
                                "Councilmember Chen: So moved.\n"   /* 6 */
                                "Roll call vote:\n"                 /* 7 */
                                "Ayes: Bello, Chen, Lee\n"          /* 8 */
                                "Noes: None\n"                      /* 9 */
                                "Nays: Ortiz\n"                     /* 10 */
                                "Abstain: Gallagher\n"              /* 11 */
                                "Abstentions: none\n"               /* 12 */
                                "Mayor Lee: The motion carries.\n"; /* 13 */
  g_autoptr (NpDocument) doc = run_text ("minutes.txt", minutes, NULL);
  assert_speakers (doc, 5, "Grace Lee");
  for (guint line = 8; line <= 12; line++)
    assert_speakers (doc, line, "NONE");
  assert_speakers (doc, 13, "Grace Lee");
  g_assert_true (sp_is_label ("Ayes"));
  g_assert_true (sp_is_label ("Abstentions"));
}

/* A review's anonymous reviewers are numbered voices, as a transcript's
 * "Speaker 1:" are: "Reviewer 1:", "Reviewer 2:" when the word recurs;
 * and "User 1:", "Person 2:", "Student 3:" */
static void
test_numbered_reviewers (void)
{
  static const char review[] = "# Design review: ingestion v2\n\nAttendees: Farhan Siddiqui\n\n"
                               "Reviewer 1: the back-pressure section is thin.\n\n"       /* 5 */
                               "Farhan: quotas are per partition.\n\n"                    /* 7 */
                               "Reviewer 2: the cost estimate assumes three brokers.\n\n" /* 9 */
                               "Reviewer 1: and the DLQ has no retention story.\n";       /* 11 */
  g_autoptr (NpDocument) doc = run_text ("review.md", review, NULL);
  assert_speakers (doc, 5, "Reviewer 1");
  assert_speakers (doc, 7, "Farhan Siddiqui");
  assert_speakers (doc, 9, "Reviewer 2");
  assert_speakers (doc, 11, "Reviewer 1");
  /* once, the word is a label ("Reviewer 1: Greta Vogel" in a programme
   * names who reviews, and says nothing) */
  static const char lone[] = "# Review\n\nReviewer 1: Greta Vogel (Acme)\n\nFarhan: quotas are per partition.\n";
  g_autoptr (NpDocument) doc2 = run_text ("review.md", lone, NULL);
  assert_speakers (doc2, 3, "NONE");
  /* a usability session's users, a hand-typed transcript's persons, a
   * class's students, likewise; "Step 2:" stays a label */
  static const char session[] = "# Usability session 4\n\n"
                                "- User 1: where is it? I see nothing\n" /* 3 */
                                "- User 2: top right, the gear\n"        /* 4 */
                                "- Step 2: open the export dialog\n"     /* 5 */
                                "- User 1: found it, thanks\n"           /* 6 */
                                "- Person 1: and the second one?\n"      /* 7 */
                                "- Person 2: the same.\n"                /* 8 */
                                "- Student 3: is this graded?\n"         /* 9 */
                                "- Student 1: it is, I asked.\n";        /* 10 */
  g_autoptr (NpDocument) doc3 = run_text ("session.md", session, NULL);
  assert_speakers (doc3, 3, "User 1");
  assert_speakers (doc3, 4, "User 2");
  assert_speakers (doc3, 5, "NONE");
  assert_speakers (doc3, 6, "User 1");
  assert_speakers (doc3, 7, "Person 1");
  assert_speakers (doc3, 8, "Person 2");
  assert_speakers (doc3, 9, "Student 3");
  assert_speakers (doc3, 10, "Student 1");
}

/* The owners of action items are no speakers: under "## Action items",
 * "## Next steps" (and their subsections), under a paragraph or an item
 * holding such a title alone ("**Next steps:**", "* Follow-ups:"), and a
 * task list's "- [ ] Name: task" anywhere.  A topic titled with more
 * words keeps its speakers, and a chat's timed turns stay its senders' */
static void
test_action_item_owners (void)
{
  static const char notes[] = "# Platform sync\n\nAttendees: Ingrid Halvorsen, Kwame Mensah, Priya Raghunathan\n\n"
                              "## Next steps for the canary\n\n"
                              "- Ingrid: who owns that report?\n"          /* 7 */
                              "- Kwame: I'll sort out the access today.\n" /* 8 */
                              "- [ ] Priya: retune the alert\n"            /* 9 */
                              "\n**Next steps:**\n\n"
                              "- Kwame: grant read access\n"  /* 13 */
                              "- Ingrid: review the report\n" /* 14 */
                              "\nIngrid: thanks all.\n\n"     /* 16 */
                              "- Follow-ups:\n"
                              "  - Priya: check with the new hires\n" /* 19 */
                              "\n## Action items\n\n"
                              "- [ ] @Kwame Mensah: grant ledger read access\n"   /* 23 */
                              "- Priya Raghunathan: retune the queue-lag alert\n" /* 24 */
                              "- Ingrid - update the runbook\n"                   /* 25 */
                              "\n### Kwame\n\n"
                              "- book the room\n" /* 29 */
                              "\n## TODO\n\n"
                              "[10:32] Priya: I'll take the alert\n" /* 33 */
                              "[10:33] Ingrid: thanks\n";            /* 34 */
  g_autoptr (NpDocument) doc = run_text ("sync.md", notes, NULL);
  assert_speakers (doc, 7, "Ingrid Halvorsen");
  assert_speakers (doc, 8, "Kwame Mensah");
  assert_speakers (doc, 9, "NONE");
  assert_speakers (doc, 13, "NONE");
  assert_speakers (doc, 14, "NONE");
  assert_speakers (doc, 16, "Ingrid Halvorsen");
  assert_speakers (doc, 19, "NONE");
  assert_speakers (doc, 23, "NONE");
  assert_speakers (doc, 24, "NONE");
  assert_speakers (doc, 25, "NONE");
  assert_speakers (doc, 29, "NONE");
  assert_speakers (doc, 33, "Priya Raghunathan");
  assert_speakers (doc, 34, "Ingrid Halvorsen");

  /* plain text: a label line "Action items:" over the list */
  static const char text[] = "SIG Node weekly\n\nAttendees: Dawn Chen, Kevin Hannon\n\n"
                             "* Dawn Chen: can you present a demo?\n" /* 5 */
                             "* Kevin Hannon: sure, next week.\n"     /* 6 */
                             "\nAction items:\n"
                             "* Kevin Hannon: update KEP-4603\n"       /* 9 */
                             "* Dawn Chen: ping the CI signal team\n"; /* 10 */
  g_autoptr (NpDocument) doc2 = run_text ("sig.txt", text, NULL);
  assert_speakers (doc2, 5, "Dawn Chen");
  assert_speakers (doc2, 6, "Kevin Hannon");
  assert_speakers (doc2, 9, "NONE");
  assert_speakers (doc2, 10, "NONE");

  /* words said in the first person under such a title are the
   * speaker's; a task list's box is a task whatever its words */
  static const char said[] = "# Weekly sync\n\nPresent: Dana Fox, Eli Grant, Mia Hart\n\n"
                             "- **Dana:** the migration is half done.\n"  /* 5 */
                             "- Follow-ups\n"                             /* 6 */
                             "  - **Mia:** I will look at arm64 runners.\n" /* 7 */
                             "  - **Eli:** we'll file the flaky tests.\n"   /* 8 */
                             "  - **Dana:** update the runbook\n"           /* 9 */
                             "  - [ ] Mia: I'll write it up\n";             /* 10 */
  g_autoptr (NpDocument) doc3 = run_text ("said.md", said, NULL);
  assert_speakers (doc3, 5, "Dana Fox");
  assert_speakers (doc3, 7, "Mia Hart");
  assert_speakers (doc3, 8, "Eli Grant");
  assert_speakers (doc3, 9, "NONE");
  assert_speakers (doc3, 10, "NONE");

  /* a task's status in brackets at the end names its owner anywhere */
  static const char board[] = "Board minutes\n\nDirectors Present:\n\n    Ruth Wexley\n    Bianca Ferri\n\n"
                              "9. Review Outstanding Action Items\n\n"
                              "    * Ruth: Follow up with Infra on the mirrors [Done]\n"     /* 10 */
                              "    * Bianca: Pursue a report for VP Fundraising [In Progress]\n" /* 11 */
                              "    * Ruth: the mirrors are gone [see the thread]\n";        /* 12 */
  g_autoptr (NpDocument) doc4 = run_text ("board.txt", board, NULL);
  assert_speakers (doc4, 10, "NONE");
  assert_speakers (doc4, 11, "NONE");
  assert_speakers (doc4, 12, "Ruth Wexley");
}

/* Minutes mailed as prose end a paragraph with the initials of whom it
 * reports ("... yet. (JD)"): that person's turn when the roster knows
 * the initials and two paragraphs or more end so; a task's owner in
 * parentheses has no sentence's end before it */
static void
test_trailing_initials (void)
{
  static const char text[] = "Minutes\n\nPresent: Jonas Dahl (JD), Mariam Rahimi (MR)\n\n"
                             "The draft caps raw logs at 18 months. Legal has not signed off yet. (JD)\n\n" /* 5 */
                             "Quarterly reviews are overdue for the finance warehouse. (MR)\n\n"          /* 7 */
                             "- Send the draft to Legal again (JD)\n\n"                                  /* 9 */
                             "Nobody knows who owns the catalogue yet. (XY)\n";                          /* 11 */
  g_autoptr (NpDocument) doc = run_text ("minutes.txt", text, NULL);
  assert_speakers (doc, 5, "Jonas Dahl");
  assert_feature (doc, 5, "mentions", "(JD)");
  assert_speakers (doc, 7, "Mariam Rahimi");
  assert_speakers (doc, 9, "NONE");
  assert_speakers (doc, 11, "NONE");

  /* one such paragraph alone is no style of the notes */
  static const char once[] = "Notes\n\nPresent: Jonas Dahl (JD)\n\n"
                             "The draft caps raw logs at 18 months. Legal has not signed off yet. (JD)\n";
  g_autoptr (NpDocument) odoc = run_text ("once.txt", once, NULL);
  assert_speakers (odoc, 5, "NONE");

  /* an initial's period is no sentence's end: a roster's lines */
  static const char roster[] = "Delegates\n\nPresent: Ioanna Dimitriou (IOA), Isaac Durazo (IDO)\n\n"
                               "Talk by Ioanna M. Dimitriou H. (IOA)\n\nTalk by Isaac R. Durazo J. (IDO)\n";
  g_autoptr (NpDocument) rdoc = run_text ("roster.txt", roster, NULL);
  assert_speakers (rdoc, 5, "NONE");
  assert_speakers (rdoc, 7, "NONE");
}

/* Council minutes naming staff by an office of two words: the office
 * before the surname goes ("City Manager Nair:", "City Attorney
 * Salinas:"), as one word's does, and so does a title before a surname
 * with its particle ("Councilmember de Vries:"); the office alone, or its
 * last word when it says of what office ("Clerk:" for the City Clerk),
 * is the one attendee's who holds it, but a Deputy Mayor is no Mayor and
 * an office two hold is nobody's ("Chief:") */
static void
test_two_word_offices (void)
{
  static const char text[] = "COUNCIL MINUTES\n\n"
                             "Present: Mayor Grace Lee, Councilmember Anneke de Vries, Deputy Mayor Tom Roe\n"
                             "Staff: City Manager Priyanka Nair, City Clerk Robert Haas, City Attorney Jorge Salinas, "
                             "Police Chief Ann Cole, Fire Chief Bo Lund\n\n"
                             "City Manager Nair: The proposal raises hourly rates.\n" /* 6 */
                             "Councilmember de Vries: They sent a letter.\n"          /* 7 */
                             "City Attorney Salinas: The recusal is noted.\n"         /* 8 */
                             "Clerk: The bid tabulation is attached.\n"               /* 9 */
                             "The City Manager: All of it.\n"                         /* 10 */
                             "Mayor: Is there a motion?\n"                            /* 11 */
                             "Chief: Response times are down.\n";                     /* 12 */
  g_autoptr (NpDocument) doc = run_text ("minutes.txt", text, NULL);
  assert_speakers (doc, 6, "Priyanka Nair");
  assert_speakers (doc, 7, "Anneke de Vries");
  assert_speakers (doc, 8, "Jorge Salinas");
  assert_speakers (doc, 9, "Robert Haas");
  assert_speakers (doc, 10, "Priyanka Nair");
  assert_speakers (doc, 11, "Grace Lee");
  assert_speakers (doc, 12, "Chief");
  /* an office of two words with its holder in parentheses, then alone */
  static const char hansard[] = "Council\n\nPresent: Mayor Grace Lee\n\n"
                                "The City Manager (Priyanka Nair): The proposal raises rates.\n" /* 5 */
                                "Mayor Lee: Thanks.\n"                                           /* 6 */
                                "The City Manager: All of it.\n";                                /* 7 */
  g_autoptr (NpDocument) doc2 = run_text ("minutes.txt", hansard, NULL);
  assert_speakers (doc2, 5, "Priyanka Nair");
  assert_speakers (doc2, 7, "Priyanka Nair");
}

/* A school board's minutes: an office before a title of address before
 * the surname ("Superintendent Dr. Alvarez:"), the office alone before
 * the surname; a turn whose label recurs opens after a long line that
 * ends a sentence (no writer's break to tell it); an unidentified voice
 * of the room named by its role */
static void
test_board_offices_and_voices (void)
{
  static const char text[] = "BOARD OF TRUSTEES\n\nPRESENT:\n  Trustee Colleen Brennan, President\n"
                             "  Student Representative Kayla Moss (non-voting)\nALSO PRESENT:\n"
                             "  Dr. Ramon Alvarez, Superintendent\n\n"
                             "Student rep Kayla Moss: Turnout for the winter formal was the highest in five years.\n"
                             "Superintendent Dr. Alvarez: That's fair. We will bring a list of options to the February\n"
                             "23 meeting, and the first place we will look is unfilled positions and outside contracts.\n"
                             "Student rep Kayla Moss: Will the student advisory council see the options before\n" /* 12 */
                             "they are voted on?\n"
                             "Superintendent Alvarez: Yes.\n"                                                     /* 14 */
                             "Unidentified student: Please just let us sleep.\n";                                /* 15 */
  g_autoptr (NpDocument) doc = run_text ("board.txt", text, NULL);
  assert_speakers (doc, 9, "Kayla Moss");
  assert_speakers (doc, 10, "Ramon Alvarez");
  assert_speakers (doc, 11, "Ramon Alvarez");
  assert_speakers (doc, 12, "Kayla Moss");
  assert_speakers (doc, 13, "Kayla Moss");
  assert_speakers (doc, 14, "Ramon Alvarez");
  assert_speakers (doc, 15, "UNKNOWN");
}

/* A role noun the core read in lower case after a name ("Karin Johansson
 * (manager)") names the one attendee who holds it, as an office does
 * ("Manager:"); held by two it names neither, and a way of attending
 * ("(remote)") is no name of its holder's; a job in Title case too */
static void
test_role_noun_holder (void)
{
  static const char one[] = "# 1:1 Karin / Jane\n\nAttendees: Karin Johansson (manager), Jane Mwangi (remote)\n\n"
                            "- Manager: How was the week after the release?\n" /* 5 */
                            "- Jane: Tiring, honestly.\n"                      /* 6 */
                            "- Manager: Was that the hotfix itself?\n"         /* 7 */
                            "- Remote: the VPN dropped twice.\n";              /* 8 */
  g_autoptr (NpDocument) doc = run_text ("one-on-one.md", one, NULL);
  assert_speakers (doc, 5, "Karin Johansson");
  assert_speakers (doc, 6, "Jane Mwangi");
  assert_speakers (doc, 7, "Karin Johansson");
  g_autofree char *remote = speakers_at (doc, 8);
  g_assert_cmpstr (remote, !=, "Jane Mwangi");
  static const char two[] = "# Sync\n\nAttendees: Karin Johansson (manager), Omar Haddad (manager), Jane Mwangi\n\n"
                            "- Manager: How was the week?\n" /* 5 */
                            "- Jane: Tiring.\n"              /* 6 */
                            "- Manager: Noted.\n";           /* 7 */
  g_autoptr (NpDocument) doc2 = run_text ("sync.md", two, NULL);
  assert_speakers (doc2, 5, "Manager");
  assert_speakers (doc2, 6, "Jane Mwangi");
  /* a job in Title case, which the core reads as an affiliation
   * ("(Radiologist)", "(Staff Nurse)"), names its one holder too; a
   * company ("(Docker)") does not */
  static const char mdt[] = "MDT\n\nPresent: Dr. Anika Patel (Consultant), Sam O'Neill (Staff Nurse), "
                            "Dr. Leo Marsh (Radiologist), Ana Ruiz (Docker)\n\n"
                            "Radiologist: Repeat CXR shows no new consolidation.\n" /* 5 */
                            "Staff Nurse: She is anxious about going home.\n"      /* 6 */
                            "Consultant: OK, so she is not ready this week.\n"     /* 7 */
                            "Docker: the images are rebuilt nightly.\n";           /* 8 */
  g_autoptr (NpDocument) doc3 = run_text ("mdt.txt", mdt, NULL);
  assert_speakers (doc3, 5, "Leo Marsh");
  assert_speakers (doc3, 6, "Sam O'Neill");
  assert_speakers (doc3, 7, "Anika Patel");
  g_autofree char *docker = speakers_at (doc3, 8);
  g_assert_cmpstr (docker, !=, "Ana Ruiz");
}

/* Notes a meeting tool writes (Gemini's): a summary's sentence opening
 * with full names one after the other is no comma mark; the owners of
 * "Suggested next steps" are no speakers, and the tasks end where a
 * paragraph stands apart from them (the transcript after, in the same
 * plain-text section, keeps its turns) */
static void
test_meeting_tool_notes (void)
{
  static const char text[] = "Quarterly review\n\nInvited Ana Souza Ben Okafor\n\n"
                             "Ana Souza, Ben Okafor, and Chloe Park reviewed the roadmap.\n\n" /* 5 */
                             "Suggested next steps\n"
                             "[Ben Okafor] Design plan: Share a timeline.\n"                  /* 8 */
                             "[Ana Souza] Roadmap: Update the page.\n\n"                    /* 9 */
                             "Transcript\n\n"
                             "Ana Souza: Okay, we're recording.\n"                           /* 13 */
                             "Ben Okafor: The mobile redesign stays.\n"                      /* 14 */
                             "Ana Souza: Thanks, Ben.\n";
  g_autoptr (NpDocument) doc = run_text ("gemini.txt", text, NULL);
  assert_speakers (doc, 5, "NONE");
  assert_speakers (doc, 8, "NONE");
  assert_speakers (doc, 9, "NONE");
  assert_speakers (doc, 13, "Ana Souza");
  assert_speakers (doc, 14, "Ben Okafor");
}

void
add_office_tests (void)
{
  g_test_add_func ("/speakers/mark/meeting-tool-notes", test_meeting_tool_notes);
  g_test_add_func ("/speakers/mark/trailing-initials", test_trailing_initials);
  g_test_add_func ("/speakers/mark/anonymous-marks", test_anonymous_marks);
  g_test_add_func ("/speakers/mark/vote-tallies", test_vote_tallies);
  g_test_add_func ("/speakers/mark/numbered-reviewers", test_numbered_reviewers);
  g_test_add_func ("/speakers/mark/action-item-owners", test_action_item_owners);
  g_test_add_func ("/speakers/mark/two-word-offices", test_two_word_offices);
  g_test_add_func ("/speakers/mark/role-noun-holder", test_role_noun_holder);
  g_test_add_func ("/speakers/mark/board-offices-and-voices", test_board_offices_and_voices);
}
