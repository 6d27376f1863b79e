/* test-speakers-slips.c: marks written with a slip of the hand or of the
 * keyboard that a reader still knows: an abbreviation with two letters
 * swapped, a known mark before other punctuation than a colon. */
#include <string.h>

#include "test-speakers.h"

/* "OKW:" once beside Oskar Wienczek's "OWK:": his.  Not a swap that fits
 * two speakers, not a mark said twice (someone the table left out), not
 * two letters, not a swap of someone who does not speak */
static void
test_swapped_abbreviation (void)
{
  static const char notes[] = "| Name | Abbreviation | Organization |\n|---|---|---|\n"
                              "| Oskar Wienczek | OWK | Invited Expert |\n"
                              "| Yasmin Achterberg | YAG | Igalia |\n"
                              "| Wanda Okoro | WOK | Apple |\n"
                              "| Bea Haas | HB | Mozilla |\n"
                              "| Ilse Marr | IM | Google |\n\n"
                              "## Agenda item\n\n"
                              "OWK: That's fine for stage 2.\n\n"              /* 11 */
                              "YAG: Agreed, it goes on the checklist.\n\n"     /* 13 */
                              "OKW: Thanks, ping me for the PR.\n\n"           /* 15 */
                              "AYG: I will.\n\n"                               /* 17 */
                              "YGA: And the tests.\n\n"                        /* 19 */
                              "YGA: Both of them.\n\n"                         /* 21 */
                              "BH: Fine with me.\n\n"                          /* 23 */
                              "MI: Not me.\n\n"                                /* 25 */
                              "IM: Me neither.\n";                             /* 27 */
  g_autoptr (NpDocument) doc = run_text ("plenary.md", notes, NULL);
  assert_speakers (doc, 15, "Oskar Wienczek");
  assert_speakers (doc, 17, "Yasmin Achterberg");
  /* said twice: a speaker of its own */
  assert_speakers (doc, 19, "YGA");
  assert_speakers (doc, 21, "YGA");
  assert_speakers (doc, 23, "BH");
  assert_speakers (doc, 25, "MI");
  assert_speakers (doc, 27, "Ilse Marr");
  static const char two[] = "| Name | Abbreviation | Organization |\n|---|---|---|\n"
                            "| Oskar Wienczek | OWK | Invited Expert |\n"
                            "| Kai Oswald | KOW | Igalia |\n\n"
                            "OWK: First.\n\n"                                  /* 6 */
                            "KOW: Second.\n\n"                                 /* 8 */
                            "OKW: Which one?\n";                               /* 10 */
  g_autoptr (NpDocument) doc2 = run_text ("plenary.md", two, NULL);
  assert_speakers (doc2, 10, "OKW");
  /* Wanda Okoro (WOK) never speaks: "OWK:" is hers by no swap */
  static const char silent[] = "| Name | Abbreviation | Organization |\n|---|---|---|\n"
                               "| Wanda Okoro | WOK | Apple |\n"
                               "| Yasmin Achterberg | YAG | Igalia |\n\n"
                               "YAG: First.\n\n"                               /* 6 */
                               "OWK: Second.\n";                               /* 8 */
  g_autoptr (NpDocument) doc3 = run_text ("plenary.md", silent, NULL);
  assert_speakers (doc3, 8, "OWK");
}

/* "HO; ..." (a semicolon for the colon) and "Micheal, ..." (a misspelt
 * first name before a comma): the roster's people; "Agreed; ..." and an
 * abbreviation no roster gives are nobody */
static void
test_punctuation_slips (void)
{
  static const char notes[] = "| Name | Abbreviation | Organization |\n|---|---|---|\n"
                              "| Hannah Oyelaran | HO | Apple |\n"
                              "| Sandeep Rao | SRO | Google |\n\n"
                              "SRO: I think the current behavior is right.\n\n"  /* 6 */
                              "HO; I'm also fine leaving it.\n\n"                 /* 8 */
                              "Agreed; nothing changes.\n\n"                      /* 10 */
                              "API; the endpoint stays.\n";                        /* 12 */
  g_autoptr (NpDocument) doc = run_text ("plenary.md", notes, NULL);
  assert_speakers (doc, 8, "Hannah Oyelaran");
  assert_speakers (doc, 10, "NONE");
  assert_speakers (doc, 12, "NONE");
  static const char tsc[] = "# TSC Meeting\n\n## Present\n\n"
                            "* Danielle Okafor @dokafor (TSC)\n"
                            "* Michael Tanaka @mtanaka (TSC)\n"
                            "* Michelle Varga @mvarga (TSC)\n\n"
                            "## Minutes\n\n"
                            "* http: add `maxHeaderSize` per request\n"                       /* 11 */
                            "  * Danielle, the option can only lower it\n"                    /* 12 */
                            "  * Micheal, so the global flag remains the ceiling?\n"         /* 13 */
                            "  * Michelle, +1 that makes sense\n"                             /* 14 */
                            "  * Michael, ok let's land it.\n"                               /* 15 */
                            "  * Micheal T. - lgtm\n"                                        /* 16 */
                            "  * Micheal T, one more thing\n";                               /* 17 */
  g_autoptr (NpDocument) doc2 = run_text ("tsc.md", tsc, NULL);
  assert_speakers (doc2, 13, "Michael Tanaka");
  assert_speakers (doc2, 14, "Michelle Varga");
  /* ... and with the surname's initial, before a dash or a comma */
  assert_speakers (doc2, 16, "Michael Tanaka");
  assert_speakers (doc2, 17, "Michael Tanaka");
}

/* A full name's last letter left off ("Dana Whitcomb:"); a first name
 * with a letter more is another name ("Danae:") */
static void
test_full_name_cut_short (void)
{
  static const char notes[] = "# Build WG\n\n## Present\n\n* Hannes Larsson (@hlarsson)\n"
                              "* Dana Whitcombe (@dwhitcombe)\n\n## Minutes\n\n"
                              "Hannes: release machines only for the admins.\n\n"            /* 10 */
                              "Dana: sounds fine.\n\n"                                        /* 12 */
                              "Dana Whitcomb: also +1, review the list every 6 months.\n";    /* 14 */
  g_autoptr (NpDocument) doc = run_text ("build.md", notes, NULL);
  assert_speakers (doc, 14, "Dana Whitcombe");
  SpRoster *r = sp_roster_new ("cut short", TRUE);
  sp_roster_add (r, "Dana Whitcombe", NULL, NULL, NULL, NULL, SP_SOURCE_ATTENDEES);
  sp_roster_add (r, "Michael Dawson", NULL, NULL, NULL, NULL, SP_SOURCE_ATTENDEES);
  SpMatch m;
  g_assert_true (sp_roster_lookup (r, "Dana Whitcomb", SP_CASE_TITLE, SP_LOOKUP_TYPOS, &m));
  g_assert_false (sp_roster_lookup (r, "Michaelm", SP_CASE_TITLE, SP_LOOKUP_TYPOS, &m));
  sp_roster_free (r);
}

/* A roster's abbreviation with its colon left off, or a stop for it:
 * "SV I think ...", "HLQ. That's right", "RRD okay, so ..."; not one
 * telling of the person ("DE prefers ..."), nor a word no roster gives */
static void
test_abbreviation_without_colon (void)
{
  static const char notes[] = "| Name | Abbreviation | Organization |\n|---|---|---|\n"
                              "| Harriet Lindqvist | HLQ | Mozilla |\n"
                              "| Stellan Vik | SV | Opera |\n"
                              "| Dmitri Volkonsky | DV | Google |\n\n"
                              "DV: Do we have data?\n\n"                             /* 7 */
                              "HLQ. That's right, the web depends on both.\n\n"      /* 9 */
                              "SV I think that's fine.\n\n"                          /* 11 */
                              "SV okay, so Stage 1.\n\n"                             /* 13 */
                              "DV prefers lower complexity of options bag.\n\n"      /* 15 */
                              "API changes: spec complete.\n\n"                      /* 17 */
                              "JSON Is the format.\n";                                /* 19 */
  g_autoptr (NpDocument) doc = run_text ("plenary.md", notes, NULL);
  assert_speakers (doc, 9, "Harriet Lindqvist");
  assert_speakers (doc, 11, "Stellan Vik");
  assert_speakers (doc, 13, "Stellan Vik");
  assert_speakers (doc, 15, "NONE");
  assert_speakers (doc, 17, "NONE");
  assert_speakers (doc, 19, "NONE");
}

/* Two turns run together on one line: after a sentence's end, a roster's
 * abbreviation or attendee's name and a colon is the next voice.  Not a
 * label ("Result:"), not a word no roster knows, not before a sentence's
 * end ("e.g. MM:" has none: a stop then a space is one), not "10:30" */
static void
test_second_voice_mid_line (void)
{
  static const char notes[] = "| Name | Abbreviation | Organization |\n|---|---|---|\n"
                              "| Chinedu Eze | CEZ | IBM |\n"
                              "| Zofia Trzaska | ZTZ | Google |\n\n"
                              "ZTZ: This is a small normative fix.\n\n"                    /* 6 */
                              "CEZ: Nothing on the queue. ZTZ: Then I'd like consensus.\n\n" /* 8 */
                              "CEZ: Any objections? Result: none. API: unchanged.\n\n"      /* 10 */
                              "CEZ: We meet at 10:30 as ZTZ: said.\n\n"                    /* 12 */
                              "ZTZ: Okay.\n";                                              /* 14 */
  g_autoptr (NpDocument) doc = run_text ("plenary.md", notes, NULL);
  assert_speakers (doc, 8, "Chinedu Eze;Zofia Trzaska");
  assert_feature (doc, 8, "mentions", "CEZ:;ZTZ:");
  assert_speakers (doc, 10, "Chinedu Eze");
  assert_speakers (doc, 12, "Chinedu Eze");
  /* the words after the voice's mark are the voice's: 6 + 4 + 1 for ZTZ */
  const NpAnnotation *p = person_named (doc, "Zofia Trzaska");
  g_assert_nonnull (p);
  g_assert_cmpint (np_annotation_get_int (p, "words", 0), ==, 11);
  static const char tsc[] = "# Build WG Meeting\n\n## Present\n\n"
                            "* Hannes Larsson (@hlarsson)\n"
                            "* Kevin O'Brien (@kobrien)\n"
                            "* Gabe Okonkwo (@gokonkwo)\n\n"
                            "## Minutes\n\n"
                            "Hannes: the cluster is down again.\n\n"                      /* 11 */
                            "Kevin: fine by me. Gabe: also fine. Next: the CI.\n";        /* 13 */
  g_autoptr (NpDocument) doc2 = run_text ("minutes.md", tsc, NULL);
  assert_speakers (doc2, 13, "Kevin O'Brien;Gabe Okonkwo");
  /* a narrated item, then a voice of someone who speaks with marks of
   * their own: the voice's turn; not someone who never speaks so */
  static const char sig[] = "**Attendees:**\n\n* Marco Bellini (Red Hat)\n* Dmitri Sokolov (Apple)\n"
                            "* Kenji Arakawa (NVIDIA)\n\n## Notes\n\n"
                            "* Marco: containerd 2.0 returns an error.\n"                                 /* 9 */
                            "* Kenji: is there an issue already?\n"                                       /* 10 */
                            "* Dmitri asked whether this blocks beta. Marco: no, it is documented.\n"      /* 11 */
                            "* Kenji asked about the timeline. Dmitri: next release.\n";                  /* 12 */
  g_autoptr (NpDocument) doc3 = run_text ("sig.md", sig, NULL);
  assert_speakers (doc3, 11, "Marco Bellini");
  assert_speakers (doc3, 12, "NONE");
  /* a voice by a title and the surname */
  static const char council[] = "MINUTES\n\nPresent: Mayor Linda Torres, Councilmember Adaeze Okafor\n"
                                "Staff Present: Tom Kessler, Grace Whitfield\n\n"
                                /* 6 */
                                "Councilmember Okafor: Asked how many notices went out. Director Kessler: 212.\n\n"
                                /* 8 */
                                "Mayor Torres: Asked about vacancies. Ms. Whitfield: Four are filled.\n";
  g_autoptr (NpDocument) doc4 = run_text ("council.txt", council, NULL);
  assert_speakers (doc4, 6, "Adaeze Okafor;Tom Kessler");
  assert_speakers (doc4, 8, "Linda Torres;Grace Whitfield");
}

/* A slip said once of a mark the attendee list resolves, said twice or
 * more ("Trant:" beside "Trent:", the list's Trenton Ode, too far from
 * "Trenton" for the roster's own slips): that person; a name of its own
 * said once beside them stays its own */
static void
test_slip_of_resolved_name (void)
{
  static const char notes[] = "# Sync\n\nPresent: Trenton Ode, Wilma Frey\n\n"
                              "Trent: the release is on track.\n\n" /* 5 */
                              "Wilma: good, tests pass.\n\n"
                              "Trent: then we tag tomorrow.\n\n"
                              "Trant: one more thing, the notes.\n\n" /* 11 */
                              "Wilma: sure.\n\n"
                              "Gisela: I will write them.\n";         /* 15 */
  g_autoptr (NpDocument) doc = run_text ("sync.md", notes, NULL);
  assert_speakers (doc, 5, "Trenton Ode");
  assert_speakers (doc, 11, "Trenton Ode");
  assert_speakers (doc, 15, "Gisela");
}

/* A team's update blocks, a handle alone over each person's points, where
 * the attendee list names every one: a slip of one listed handle
 * ("@jhiesey" for the list's @jhiesy) heads its points too */
static void
test_slip_of_head (void)
{
  static const char md[] = "# Sync Call\n\n**Attendees**:\n  - @bigs\n  - @mvid\n  - @raulk\n  - @jhiesy\n  - @stebalien\n  - @mgoelzer\n\n"
                           "## Updates\n\n"                                                        /* 11 */
                           "- @jacobheun (not attending):\n  - Done:\n    - fixed the switch\n\n" /* 13-15 */
                           "- @vyzo\n  - Done:\n    - autorelay\n\n"                               /* 17-19 */
                           "@bigs:\n  - Done:\n    - iptb plugin merged\n\n"                       /* 21-23 */
                           "@mvid\n  - Done:\n    - chat example\n\n"                              /* 25-27 */
                           "@jhiesey:\n  - Done:\n    - disjoint paths\n\n"                        /* 29-31 */
                           "@raulk:\n  - Done:\n    - connmgr fixes\n\n"                           /* 33-35 */
                           "@stebalien\n  - Done:\n    - yak shaving\n\n"                         /* 37-39 */
                           "@mgoelzer:\n  - Done:\n    - OKRs\n\n"                                 /* 41-43 */
                           "- @jacobheun will be on holiday next week.\n";                       /* 45 */
  NpDocument *doc = run_text ("sync.md", md, NULL);
  assert_speakers (doc, 21, "bigs");
  assert_speakers (doc, 33, "raulk");
  assert_speakers (doc, 29, "jhiesy");
  assert_speakers (doc, 30, "jhiesy");
  np_document_unref (doc);
}

/* A speaker's mark of a given name and an initial with its colon left
 * out ("Mirja K. Exchanging frames is easy" beside "Mirja K: ..."): the
 * mark as the notes write it, the next word the speech's, and no person
 * named "Mirja K. Exchanging" */
static void
test_initial_mark_without_colon (void)
{
  static const char notes[] = "# QUIC\n\n"
                              "Mirja K: If we want to do something, do it now.\n\n"     /* 3 */
                              "Kazuho: Agree with Mirja.\n\n"                           /* 5 */
                              "Mirja K. Exchanging frames is easy. The rest is not.\n\n" /* 7 */
                              "Kazuho: Waiting for browsers.\n\n"                       /* 9 */
                              "Mirja K: No, it is going the wrong way.\n";               /* 11 */
  g_autoptr (NpDocument) doc = run_text ("quic.md", notes, NULL);
  assert_speakers (doc, 3, "Mirja K");
  assert_speakers (doc, 5, "Kazuho");
  assert_speakers (doc, 7, "Mirja K");
  assert_speakers (doc, 11, "Mirja K");
  const NpAnnotation *t = turn_at (doc, 7);
  g_assert_nonnull (t);
  gsize n;
  g_autofree const char **mentions = np_annotation_get_strv (t, "mentions", &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (mentions[0], ==, "Mirja K.");
}

void
add_slips_tests (void)
{
  g_test_add_func ("/speakers/slips/swapped-abbreviation", test_swapped_abbreviation);
  g_test_add_func ("/speakers/slips/punctuation", test_punctuation_slips);
  g_test_add_func ("/speakers/slips/full-name-cut-short", test_full_name_cut_short);
  g_test_add_func ("/speakers/slips/abbreviation-without-colon", test_abbreviation_without_colon);
  g_test_add_func ("/speakers/slips/second-voice-mid-line", test_second_voice_mid_line);
  g_test_add_func ("/speakers/slips/slip-of-resolved-name", test_slip_of_resolved_name);
  g_test_add_func ("/speakers/slips/slip-of-head", test_slip_of_head);
  g_test_add_func ("/speakers/slips/initial-mark-without-colon", test_initial_mark_without_colon);
}
