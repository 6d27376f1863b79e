/* test-speakers-transcripts.c: the speakers plugin on transcripts and
 * copied chats: numbered voices (timed, in notes, among named speakers),
 * a screenplay's names in capitals, speaker lines with the time, a
 * Markdown transcript, a name over its time, and chats copied from
 * Teams, Google Chat, Slack and Discord.  Helpers in test-speakers.c. */
#include <string.h>

#include "test-speakers.h"

/* A transcript service's export names unnamed voices with the time of
 * the turn ("Speaker 1 (00:00:05):"), beside named ones; a lone numbered
 * label with a time is no voice */
static void
test_numbered_timed_voices (void)
{
  static const char text[] = "Interview\n\n"
                             "Speaker 1 (00:00:05):\nThanks for coming in today.\n\n" /* 3 */
                             "Jane Doe (00:00:12):\nSure, glad to be here.\n\n"       /* 6 */
                             "Speaker 1 (00:01:02):\nHow did it grow?\n\n"           /* 9 */
                             "Speaker 2 (00:01:10):\nMostly word of mouth.\n";         /* 12 */
  g_autoptr (NpDocument) doc = run_text ("rev.txt", text, NULL);
  assert_speakers (doc, 3, "Speaker 1");
  assert_speakers (doc, 6, "Jane Doe");
  assert_speakers (doc, 9, "Speaker 1");
  assert_speakers (doc, 12, "Speaker 2");
  static const char agenda[] = "Plan\n\nStep 2 (10:30): set up the room.\n\nThen lunch.\n";
  g_autoptr (NpDocument) d = run_text ("plan.txt", agenda, NULL);
  assert_speakers (d, 3, "NONE");

  /* the time before the voice (Descript, Riverside), beside an attendee
   * list; a short reply of one word is speech, not a programme's name */
  static const char descript[] = "Roundtable\nParticipants: Aylin Demir, Kofi Mensah\n\n"
                                 "[00:00:02] Aylin Demir: Welcome to the roundtable.\n" /* 4 */
                                 "[00:00:11] Kofi Mensah: It is opinionated.\n"
                                 "[00:00:14] Speaker 4: Ha.\n"                          /* 6 */
                                 "[00:01:22] Speaker 5: Is that all charts?\n"          /* 7 */
                                 "[00:01:25] Kofi: All of them.\n";                     /* 8 */
  g_autoptr (NpDocument) dd = run_text ("descript.txt", descript, NULL);
  assert_speakers (dd, 6, "Speaker 4");
  assert_speakers (dd, 7, "Speaker 5");
  assert_feature (dd, 7, "mentions", "Speaker 5:");
  assert_speakers (dd, 8, "Kofi Mensah");

  /* a speech recognizer's segments, each with its start and end
   * (WhisperX), a diarized label or the name an editor gave it; a
   * segment's line wrapped is the same voice's */
  static const char whisper[] = "Routing sync (auto-transcript)\n\n"
                                "[00:00:03.120 --> 00:00:07.880] SPEAKER_00: Okay, we are recording.\n" /* 3 */
                                "[00:00:08.210 --> 00:00:09.640] SPEAKER_01: Yep, loud and clear.\n"
                                "[00:04:10.000 --> 00:04:15.500] Maya Okafor: Moving on to the Q2 plan for\n" /* 5 */
                                "the night shift.\n"                                                          /* 6 */
                                "[00:04:16.020 --> 00:04:24.310] Tomasz Brzezi\xc5\x84ski: Budget for two.\n"; /* 7 */
  g_autoptr (NpDocument) w = run_text ("whisper.txt", whisper, NULL);
  assert_speakers (w, 3, "SPEAKER_00");
  assert_speakers (w, 5, "Maya Okafor");
  assert_speakers (w, 6, "Maya Okafor");
  assert_speakers (w, 7, "Tomasz Brzezi\xc5\x84ski");
}

/* A transcript pasted into notes keeps its tool's unnamed voices
 * ("Speaker 2:", "SPEAKER_01:", "[Speaker 2]"): a speaker when the word
 * only names a voice and recurs.  A programme's "Speaker 1: Jane Doe" names who speaks
 * and says nothing; "Step 2:" is a label, however often it recurs; a
 * voice heard alone in its document is no speaker either. */
static void
test_numbered_voices_in_notes (void)
{
  static const char text[] = "# Programme\n\n"
                             "Speaker 1: Jane Doe (Acme)\n\n"            /* 3 */
                             "Speaker 2: John Roe\n\n"                   /* 5 */
                             "# Call\n\n"
                             "Speaker 1: hello there, everyone.\n\n"     /* 9 */
                             "Speaker 2: Hi. Good to see you.\n\n"       /* 11 */
                             "Step 2: check the logs.\n\n"               /* 13 */
                             "Step 3: rerun the job.\n\n"                /* 15 */
                             "Participant 3: and a question from me.\n";  /* 17 */
  g_autoptr (NpDocument) doc = run_text ("call.md", text, NULL);
  assert_speakers (doc, 3, "NONE");
  assert_speakers (doc, 5, "NONE");
  assert_speakers (doc, 9, "Speaker 1");
  assert_speakers (doc, 11, "Speaker 2");
  assert_speakers (doc, 13, "NONE");
  assert_speakers (doc, 15, "NONE");
  assert_speakers (doc, 17, "NONE"); /* "Participant" once */
  static const char whisper[] = "# Call\n\nSPEAKER_00: the build is green.\n\n" /* 3 */
                                "SPEAKER_01: good, ship it then.\n\n"             /* 5 */
                                "SPEAKER_00: shipping now.\n";                     /* 7 */
  g_autoptr (NpDocument) w = run_text ("whisper.md", whisper, NULL);
  assert_speakers (w, 3, "SPEAKER_00");
  assert_speakers (w, 5, "SPEAKER_01");
  assert_speakers (w, 7, "SPEAKER_00");
  /* a panel's programme introduces its speakers: a name, then a comma
   * or a dash */
  static const char panel[] = "# Panel\n\nSpeaker 1: Jane Doe, who leads the platform team\n\n" /* 3 */
                              "Speaker 2: John Roe - from the security group\n\n"                 /* 5 */
                              "# Call\n\nSpeaker 1: Hello everyone, thanks.\n\n"                 /* 9 */
                              "Speaker 2: Hi. Alice Smith, good to see you.\n";                 /* 11 */
  g_autoptr (NpDocument) p = run_text ("panel.md", panel, NULL);
  assert_speakers (p, 3, "NONE");
  assert_speakers (p, 5, "NONE");
  assert_speakers (p, 9, "Speaker 1");
  assert_speakers (p, 11, "Speaker 2");
  static const char alone[] = "# Notes\n\nSpeaker 1: thanks for the talk, it was great.\n";
  g_autoptr (NpDocument) a = run_text ("alone.md", alone, NULL);
  assert_speakers (a, 3, "NONE");
  /* ... and in brackets, as some tools write them; "[Step 2]" is no
   * voice */
  static const char brackets[] = "Call\n\n[Speaker 1] Welcome, let us begin.\n" /* 3 */
                                 "[Speaker 2] Sure, the first item.\n"           /* 4 */
                                 "[Speaker 1] Go on.\n"                          /* 5 */
                                 "[Step 2] then the review\n";                   /* 6 */
  g_autoptr (NpDocument) b = run_text ("call.txt", brackets, NULL);
  assert_speakers (b, 3, "Speaker 1");
  assert_speakers (b, 4, "Speaker 2");
  assert_speakers (b, 5, "Speaker 1");
  assert_speakers (b, 6, "NONE");
}

/* A transcript written like a screenplay: each party's name in capitals
 * on a line of its own over the turn.  The parties take turns and recur;
 * a heading in capitals over its text ("NEXT STEPS") is no party, nor is
 * a name in capitals said once beside nobody */
static void
test_screenplay_names (void)
{
  static const char text[] = "Interview transcript\n\n"
                             "ALICE SMITH\nWe should ship the release on Friday.\n\n" /* 3 */
                             "BOB JONES\nAgreed, the tests are green.\n\n"           /* 6 */
                             "ALICE SMITH\nThen it is settled.\n\n"                  /* 9 */
                             "BOB JONES\nI will tag it.\n\n"                         /* 12 */
                             "NEXT STEPS\nTag the release and write the notes.\n";   /* 15 */
  g_autoptr (NpDocument) doc = run_text ("interview.txt", text, NULL);
  assert_speakers (doc, 3, "Alice Smith");
  assert_speakers (doc, 6, "Bob Jones");
  assert_speakers (doc, 9, "Alice Smith");
  assert_speakers (doc, 12, "Bob Jones");
  assert_speakers (doc, 15, "NONE");
  static const char once[] = "Notes\n\nCAROL WHITE\nA paragraph about Carol's work.\n";
  g_autoptr (NpDocument) d = run_text ("once.txt", once, NULL);
  assert_speakers (d, 3, "NONE");

  /* in Title case, as a transcript saved a paragraph a line writes it
   * (the text reader opens an item at each name): the attendees' turns
   * by their full names; a list's recurring title is no one's */
  static const char titled[] = "Interview\nAttendees: Jane Park, John Smith\n\n"
                               "Jane Park\nWe should ship on Friday.\nJohn Smith\nAgreed, docs are ready.\n" /* 4, 6 */
                               "Jane Park\nGreat.\n";                                                         /* 8 */
  g_autoptr (NpDocument) t = run_text ("talk.txt", titled, NULL);
  assert_speakers (t, 4, "Jane Park");
  assert_speakers (t, 6, "John Smith");
  assert_speakers (t, 8, "Jane Park");
  /* ... and with no attendee list, names a common given name opens, over
   * two turns or more each; one said once stays none */
  static const char podcast[] = "Episode 12\n\n"
                                "Alice Smith\nWelcome to the show. Today we talk about builds.\n\n" /* 3 */
                                "Bob Jones\nThanks for having me. Builds are my topic.\n\n"         /* 6 */
                                "Alice Smith\nLet us start with caching.\n\n"                      /* 9 */
                                "Bob Jones\nSure, the remote cache is the big win.\n\n"            /* 12 */
                                "Carol White\nA word from our sponsor.\n";                          /* 15 */
  g_autoptr (NpDocument) p = run_text ("podcast.txt", podcast, NULL);
  assert_speakers (p, 3, "Alice Smith");
  assert_speakers (p, 6, "Bob Jones");
  assert_speakers (p, 12, "Bob Jones");
  assert_speakers (p, 15, "NONE");
  static const char lists[] = "# Sync\n\n## Team A\n\n- Status Update\n  We shipped the parser.\n\n"
                              "## Team B\n\n- Status Update\n  We fixed the CI.\n";
  g_autoptr (NpDocument) l = run_text ("sync.md", lists, NULL);
  assert_speakers (l, 5, "NONE");
  assert_speakers (l, 10, "NONE");
}

/* AI note takers' transcripts: the speaker's line ends with the time
 * ("Alice Smith - 00:01", "**Alice Smith** (00:20)", "Alice Smith |
 * 00:25"), the turn below it; the speaker recurs, so each is a turn */
static void
test_speaker_time_lines (void)
{
  static const char text[] = "# Call transcript\n\n"
                             "Alice Smith - 00:01\nWe should ship.\n"  /* 3 */
                             "Bob Jones - 00:15\nAgreed.\n"            /* 5 */
                             "**Alice Smith** (00:20)\nGreat.\n"       /* 7 */
                             "Alice Smith | 00:25\nDone.\n"            /* 9 */
                             "Unknown Speaker - 00:30\nWhich one?\n"   /* 11 */
                             "\nUnknown Speaker  0:35\nThe first.\n"    /* 14: Otter's */
                             "**Speaker 3** 00:40\nSorry, late.\n";    /* 16 */
  for (guint k = 0; k < 2; k++)
    {
      g_autoptr (NpDocument) doc = run_text (k ? "call.txt" : "call.md", text, NULL);
      assert_speakers (doc, 3, "Alice Smith");
      assert_speakers (doc, 5, "Bob Jones");
      assert_speakers (doc, 7, "Alice Smith");
      assert_speakers (doc, 9, "Alice Smith");
      /* a voice the export could not name is nobody's name */
      assert_speakers (doc, 11, "UNKNOWN");
      assert_speakers (doc, 14, "UNKNOWN");
      /* a numbered voice in bold, no turn of the speaker before */
      assert_speakers (doc, 16, "Speaker 3");
    }
  /* Otter's: a speaker's second paragraph after a blank line, no header,
   * is the same speaker's up to the next header; a sound is nobody's */
  static const char otter[] = "Wallet WG\n\n"
                              "Dev Malhotra  2:26\nOn our side, the SDK can detect that case.\n\n"   /* 3 */
                              "That is in the 0.9 beta that went out Friday.\n\n"                    /* 6 */
                              "[laughter]\n\n"                                                       /* 8 */
                              "Hannah Cho  2:58\nNice. Anything else?\n\n"                          /* 10 */
                              "Dev Malhotra  3:05\nNo, that is all.\n";                              /* 13 */
  g_autoptr (NpDocument) odoc = run_text ("otter.txt", otter, NULL);
  assert_speakers (odoc, 3, "Dev Malhotra");
  assert_speakers (odoc, 6, "Dev Malhotra");
  assert_feature (odoc, 6, "method", "continued");
  assert_speakers (odoc, 8, "NONE");
  assert_speakers (odoc, 10, "Hannah Cho");
  /* Teams in a directory that lists people surname first: the name in
   * its usual order, the attendee's when the notes list them */
  static const char teams[] = "Sync\n\n"
                              "Doe, Jane   0:05\nWelcome everyone.\n\n" /* 3 */
                              "Smith, John   0:15\nThanks.\n\n"         /* 6 */
                              "Doe, Jane   0:25\nGo ahead.\n";          /* 9 */
  g_autoptr (NpDocument) doc = run_text ("teams.txt", teams, NULL);
  assert_speakers (doc, 3, "Jane Doe");
  assert_speakers (doc, 6, "John Smith");
  assert_speakers (doc, 9, "Jane Doe");
  /* ... and a Teams chat's copy, the clock with AM or PM, a guest's mark */
  static const char chat[] = "Sync\n\n"
                             "Doe, Jane  10:32 AM\nCan everyone see the deck?\n\n"            /* 3 */
                             "Okafor, Chidi (External)  10:35 AM\nThe numbers differ.\n\n" /* 6 */
                             "Doe, Jane  10:36 AM\nLet me check.\n";                         /* 9 */
  g_autoptr (NpDocument) cdoc = run_text ("chat.txt", chat, NULL);
  assert_speakers (cdoc, 3, "Jane Doe");
  assert_speakers (cdoc, 6, "Chidi Okafor");
  assert_speakers (cdoc, 9, "Jane Doe");
  static const char listed[] = "# Sync\n\nAttendees: Doe, Jane <jane.doe@example.com>; Smith, John\n\n"
                               "- Doe, Jane: we ship today\n- Jane: good\n- jsmith: fine by me\n";
  g_autoptr (NpDocument) md = run_text ("sync.md", listed, NULL);
  assert_speakers (md, 5, "Jane Doe");
  assert_speakers (md, 6, "Jane Doe");
  assert_speakers (md, 7, "John Smith");

  /* Teams and Otter align a name of one word, or with a particle or a
   * guest's mark, two spaces or more before the time; Fathom writes the
   * time first, then a dash and the full name over the indented turn */
  static const char aligned[] = "Weekly sync\n\n"
                              "Yusuf   3:05\nThe build is green.\n\n"                     /* 3 */
                              "Maria del Carmen Ruiz   3:10\nThen we ship.\n\n"         /* 6 */
                              "Sam Whitfield (Guest)   3:12\nThanks for having me.\n\n" /* 9 */
                              "Yusuf   3:15\nWelcome, Sam.\n";                         /* 12 */
  g_autoptr (NpDocument) tdoc = run_text ("aligned.txt", aligned, NULL);
  assert_speakers (tdoc, 3, "Yusuf");
  assert_speakers (tdoc, 6, "Maria del Carmen Ruiz");
  assert_speakers (tdoc, 9, "Sam Whitfield");
  assert_speakers (tdoc, 12, "Yusuf");
  static const char fathom[] = "Call with Brightline\n\nTranscript\n\n"
                               "0:00 - Callum Reid\n  Thanks for joining.\n\n"              /* 5 */
                               "0:09 - Ingrid Solberg (Brightline)\n  Happy to be here.\n\n" /* 8 */
                               "0:15 - Callum Reid\n  Let us start.\n";                   /* 11 */
  g_autoptr (NpDocument) fdoc = run_text ("fathom.txt", fathom, NULL);
  assert_speakers (fdoc, 5, "Callum Reid");
  assert_speakers (fdoc, 8, "Ingrid Solberg");
  assert_speakers (fdoc, 11, "Callum Reid");
}

/* A transcript service's export in Markdown: bold names with the time in
 * brackets before the colon, and speaker lines (name and time) over the
 * text, one turn each even without blank lines between */
static void
test_markdown_transcript (void)
{
  static const char text[] = "# Weekly sync\n\n"                                    /* 1-2 */
                             "**Alice Smith** [00:01:23]: Let's start with the release.\n" /* 3 */
                             "**Bob Jones** [00:01:40]: The build is green now.\n"   /* 4 */
                             "**Alice Smith** (00:01:55): Good.\n"                    /* 5 */
                             "\n"                                                    /* 6 */
                             "Bob Jones  0:02:00\n"                                  /* 7 */
                             "Yes, on Friday.\n"                                     /* 8 */
                             "Alice Smith  0:02:05\n"                                /* 9 */
                             "Great.\n";                                             /* 10 */
  g_autoptr (NpDocument) doc = run_text ("sync.md", text, NULL);
  assert_speakers (doc, 3, "Alice Smith");
  assert_feature (doc, 3, "method", "bold");
  assert_speakers (doc, 4, "Bob Jones");
  assert_speakers (doc, 5, "Alice Smith");
  assert_speakers (doc, 7, "Bob Jones");
  assert_speakers (doc, 9, "Alice Smith");
}

/* A copy with the sender and the time on lines of their own over each
 * message, no blank line between messages: each message is its sender's,
 * the one who writes once too */
static void
test_name_over_time (void)
{
  static const char text[] = "Team chat\n\n"          /* 1-2 */
                             "Alice Smith\n"          /* 3 */
                             "10:32 AM\n"             /* 4 */
                             "ship on Friday?\n"      /* 5 */
                             "Bob Jones\n"            /* 6 */
                             "10:33 AM\n"             /* 7 */
                             "Friday works for me\n"  /* 8 */
                             "Alice Smith\n"          /* 9 */
                             "10:35 AM\n"             /* 10 */
                             "then I take the docs\n"; /* 11 */
  for (guint k = 0; k < 2; k++)
    {
      g_autoptr (NpDocument) doc = run_text (k ? "copy.md" : "copy.txt", text, NULL);
      assert_speakers (doc, 3, "Alice Smith");
      assert_speakers (doc, 6, "Bob Jones");
      assert_speakers (doc, 9, "Alice Smith");
    }
  /* a copy that opens with its first message (Mattermost): no title */
  g_autoptr (NpDocument) doc = run_text ("mm.txt", text + strlen ("Team chat\n\n"), NULL);
  assert_speakers (doc, 1, "Alice Smith");
  assert_speakers (doc, 4, "Bob Jones");
}

/* A copied Teams chat names each message's sender on a header line: the
 * sender, even one who writes once; an agenda's one-word session is no
 * sender */
static void
test_chat_copy (void)
{
  static const char text[] = "[10:32 AM] Alice Smith\n"             /* 1 */
                             "has anyone seen the build failure?\n" /* 2 */
                             "\n"                                   /* 3 */
                             "[10:34 AM] Bob Jones\n"               /* 4 */
                             "yes, looking at it now\n"             /* 5 */
                             "\n"                                   /* 6 */
                             "[10:36 AM] Carol White\n"             /* 7 */
                             "Thanks both\n"                        /* 8 */
                             "\n"                                   /* 9 */
                             "[09:00] Registration\n"               /* 10 */
                             "Coffee and badges\n";                 /* 11 */
  g_autoptr (NpDocument) doc = run_text ("chat.txt", text, NULL);
  assert_speakers (doc, 1, "Alice Smith");
  assert_feature (doc, 1, "method", "chat");
  assert_feature (doc, 1, "mentions", "Alice Smith");
  assert_speakers (doc, 4, "Bob Jones");
  assert_speakers (doc, 7, "Carol White");
  assert_speakers (doc, 10, "NONE");
  const NpAnnotation *p = person_named (doc, "Bob Jones");
  g_assert_nonnull (p);
  g_assert_cmpint (np_annotation_get_int (p, "words", 0), ==, 5);

  /* Discord: the handle as written */
  static const char discord[] = "#general\n\n"
                                "alice_dev \xe2\x80\x94 Today at 10:32 AM\n" /* 3 */
                                "has anyone seen the build failure?\n\n"
                                "bobby \xe2\x80\x94 Today at 10:34 AM\n"     /* 6 */
                                "yes, looking at it now\n\n"
                                "Deleted User \xe2\x80\x94 Today at 10:35 AM\n" /* 9 */
                                "it also breaks the PDF export\n";
  g_autoptr (NpDocument) d = run_text ("discord.txt", discord, NULL);
  assert_speakers (d, 3, "alice_dev");
  assert_feature (d, 3, "method", "chat");
  assert_speakers (d, 6, "bobby");
  assert_speakers (d, 9, "UNKNOWN"); /* an account deleted since */

  /* a reply quotes the message it answers under the sender's header; a
   * message's reactions are the readers'; a bot's message, its tag glued
   * to its name, is nobody's */
  static const char replies[] = "#general\n\n"
                                "alice_dev \xe2\x80\x94 Today at 10:32 AM\n" /* 3 */
                                "has anyone seen the build failure?\n"
                                "\xf0\x9f\x91\x8d 4\n"                   /* 5 */
                                "bobby \xe2\x80\x94 Today at 10:34 AM\n"     /* 6 */
                                "> has anyone seen the build failure?\n"   /* 7 */
                                "yes, looking at it now\n"                /* 8 */
                                "MEE6BOT \xe2\x80\x94 Today at 10:35 AM\n"   /* 9 */
                                "GG @bobby, you just advanced to level 7!\n"
                                "alice_dev \xe2\x80\x94 Today at 10:36 AM\n" /* 11 */
                                "thanks!\n";
  g_autoptr (NpDocument) r = run_text ("replies.txt", replies, NULL);
  assert_speakers (r, 3, "alice_dev");
  assert_speakers (r, 5, "NONE");
  assert_speakers (r, 6, "bobby");
  assert_speakers (r, 8, "bobby");
  assert_speakers (r, 9, "NONE");
  assert_speakers (r, 10, "NONE");
  assert_speakers (r, 11, "alice_dev");

  /* DiscordChatExporter's text: a bracketed date and clock over each
   * message, the display name or handle as written; the first header is
   * no date line, and "[date clock] Name Surname" is Teams' as before */
  static const char exported[] = "[12-Jan-24 10:32 AM] mei_t\n"        /* 1 */
                                 "I pushed the new cache layer.\n\n"
                                 "[2024-01-12 10:33] Oskar\n"          /* 4 */
                                 "does it need a migration?\n\n"
                                 "[1/12/2024 10:35 AM] Ann Lee\n"     /* 7 */
                                 "only for the old index files.\n";
  g_autoptr (NpDocument) e = run_text ("export.txt", exported, NULL);
  assert_speakers (e, 1, "mei_t");
  assert_feature (e, 1, "method", "chat");
  assert_speakers (e, 4, "Oskar");
  assert_speakers (e, 7, "Ann Lee");

  /* Google Chat: "Name, clock" over the message; an agenda's "Lunch,
   * 12:00" is no sender */
  static const char google[] = "Alice Smith, 10:32 AM\n"        /* 1 */
                               "has anyone seen the build failure?\n\n"
                               "Bob Jones, Yesterday 10:34 AM\n" /* 4 */
                               "yes, looking at it now\n\n"
                               "Lunch, 12:00\n"                  /* 7 */
                               "Sandwiches on level 2\n";
  g_autoptr (NpDocument) g = run_text ("gchat.txt", google, NULL);
  assert_speakers (g, 1, "Alice Smith");
  assert_feature (g, 1, "method", "chat");
  assert_speakers (g, 4, "Bob Jones");
  assert_speakers (g, 7, "NONE");

  /* a Slack copy opening with its first message: that message is no
   * title, and its sender speaks */
  static const char slack[] = "Ann Lee  10:32 AM\nrollout at 50%\nBo Chen  10:33 AM\nflat\n"
                              "Ann Lee  10:35 AM\nok, going on\nBo Chen  10:36 AM\ngreen\n";
  g_autoptr (NpDocument) sl = run_text ("slack.txt", slack, NULL);
  assert_speakers (sl, 1, "Ann Lee");
  assert_speakers (sl, 3, "Bo Chen");
  assert_speakers (sl, 5, "Ann Lee");
  /* ... under display names in lower case, the handles a roster knows
   * (a blank line apart too); a lower-case agenda's entries speak not */
  static const char handles[] = "Attendees: John Smith (@jsmith), Anna Doe (@adoe)\n\n"
                                "jsmith  10:32 AM\nthe deploy is stuck again\n"  /* 3 */
                                "adoe  10:33 AM\nlooking now\n\n"               /* 5 */
                                "jsmith  10:35 AM\nthanks!\n";                   /* 8 */
  g_autoptr (NpDocument) hs = run_text ("slack.txt", handles, NULL);
  assert_speakers (hs, 3, "John Smith");
  assert_speakers (hs, 5, "Anna Doe");
  assert_speakers (hs, 8, "John Smith");
  g_autoptr (NpDocument) ag = run_text ("agenda.txt", "Summit agenda\n\nregistration  9:00 AM\ncoffee at the desk\n"
                                        "keynote  10:00 AM\nthe state of the project\nlunch  12:00 PM\nin the hall\n", NULL);
  assert_speakers (ag, 3, "NONE");
  assert_speakers (ag, 5, "NONE");
  assert_speakers (ag, 7, "NONE");

  /* Zoom's transcript as text: "[Name] clock" over each turn, the first
   * one no title */
  static const char zoom[] = "[Ann Lee] 10:32:05\nrollout at 50%\n\n[Bo Chen] 10:32:40\nflat\n\n"
                             "[Ann Lee] 10:33:10\nok\n";
  g_autoptr (NpDocument) z = run_text ("zoom.txt", zoom, NULL);
  assert_speakers (z, 1, "Ann Lee");
  assert_speakers (z, 4, "Bo Chen");
  assert_speakers (z, 7, "Ann Lee");

  /* Slack's thread replies under a message are their senders'; the
   * reactions under it nobody's */
  static const char thread[] = "# #oncall\n\n"
                              "**Bob Li**  10:03 AM\n"                                   /* 3 */
                              "looking. anything deployed this morning?\n"               /* 4 */
                              "\xe2\x86\xb3 **Alice Moreno**: not that I know of\n"      /* 5 */
                              ":thumbsup: 3\n\n"                                          /* 6 */
                              "**Alice Moreno**  10:05 AM\n"                             /* 8 */
                              "rolling it back now\n\n"                                 /* 9 */
                              "**Bob Li**  10:11 AM\n"                                   /* 11 */
                              "502s dropping\n";                                         /* 12 */
  g_autoptr (NpDocument) th = run_text ("thread.md", thread, NULL);
  assert_speakers (th, 4, "Bob Li");
  assert_speakers (th, 5, "Alice Moreno");
  assert_speakers (th, 6, "NONE");
  assert_speakers (th, 9, "Alice Moreno");
  assert_speakers (th, 12, "Bob Li");
}

/* A transcript service's export names whom it can and numbers the rest:
 * one "Speaker 3 (00:41):" among named timed turns is a voice; a lone
 * "Step 2 (00:10):" in notes without timed turns stays a label */
static void
test_numbered_voice_among_named (void)
{
  static const char rev[] = "Weekly sync - transcript\n\n"
                            "Alice Smith (00:00):\nGood morning everyone.\n\n"  /* 3 */
                            "Bob Jones (00:05):\nMorning. I have two updates.\n\n" /* 6 */
                            "Speaker 3 (00:41):\nCan you share the dashboard?\n\n" /* 9 */
                            "Alice Smith (01:02):\nSure, one moment.\n";           /* 12 */
  g_autoptr (NpDocument) doc = run_text ("rev.txt", rev, NULL);
  assert_speakers (doc, 3, "Alice Smith");
  assert_speakers (doc, 9, "Speaker 3");
  assert_speakers (doc, 10, "Speaker 3");

  static const char notes[] = "# Workshop\n\n- Step 2 (00:10): open the terminal\n- Alice: it works\n";
  g_autoptr (NpDocument) ws = run_text ("ws.md", notes, NULL);
  assert_speakers (ws, 3, "NONE");
}

/* "Q:" and "A:" are labels, unless the document names who asks and who
 * answers: a legend, the parties' lines, a deposition's "BY MR. X:" and
 * its witness ("THE WITNESS:" is the witness too) */
static void
test_questions_and_answers (void)
{
  static const char interview[] = "# Oral history\n\n**Interviewer:** Hannah Lindqvist\n"
                                  "**Interviewee:** Dr. Kwame Asante\n\n## Part 1\n\n"
                                  "Q: How did you start?\n"  /* 8 */
                                  "A: In a lab in Kumasi.\n" /* 9 */
                                  "Q (Sebastian Ruiz): Do you still have the logs?\n"
                                  "A: Some of them.\n";
  g_autoptr (NpDocument) doc = run_text ("interview.md", interview, NULL);
  assert_speakers (doc, 8, "Hannah Lindqvist");
  assert_feature (doc, 8, "method", "qa");
  assert_feature (doc, 8, "mentions", "Q:");
  assert_speakers (doc, 9, "Kwame Asante");
  assert_speakers (doc, 10, "Sebastian Ruiz");
  assert_speakers (doc, 11, "Kwame Asante");

  static const char legend[] = "User interview 4\n\nQ = Priya Nair (researcher), A = Tom Berg.\n\n"
                               "Q: What slows you down?\n\n" /* 5 */
                               "A: The exports.\n";           /* 7 */
  g_autoptr (NpDocument) ldoc = run_text ("legend.txt", legend, NULL);
  assert_speakers (ldoc, 5, "Priya Nair");
  assert_speakers (ldoc, 7, "Tom Berg");

  static const char deposition[] = "DEPOSITION OF ROSALIND MBEKI\n\n"
                                   "MR. CALLOWAY: Daniel Calloway for the plaintiff.\n\n"
                                   "MS. NAKAMURA: Keiko Nakamura for the defendant.\n\n"
                                   "BY MR. CALLOWAY:\n\n"
                                   "Q. Please state your name.\n\n"    /* 9 */
                                   "A. Rosalind Mbeki.\n\n"            /* 11 */
                                   "MS. NAKAMURA: Objection.\n\n"
                                   "THE WITNESS: I can answer.\n\n"    /* 15 */
                                   "BY MS. NAKAMURA:\n\n"
                                   "Q. Does the log show who it was?\n\n" /* 19 */
                                   "A. No.\n";                           /* 21 */
  g_autoptr (NpDocument) ddoc = run_text ("deposition.txt", deposition, NULL);
  assert_speakers (ddoc, 9, "Calloway");
  assert_speakers (ddoc, 11, "Rosalind Mbeki");
  assert_speakers (ddoc, 15, "Rosalind Mbeki");
  assert_speakers (ddoc, 19, "Nakamura");
  assert_speakers (ddoc, 21, "Rosalind Mbeki");

  /* a court reporter's layout: the sides' labels alone over counsel
   * indented deeper, "EXAMINATION BY", the testimony at a margin under
   * labels indented deeper, a page of numbered lines (the numbers go) */
  static const char laid[] = "DEPOSITION OF MARCUS HALE\n\n"
                             "APPEARANCES:\n"
                             "     On behalf of the Plaintiff:\n"
                             "          ELENA ROWE, ESQ., Rowe & Castellanos LLP\n"
                             "     On behalf of the Defendant:\n"
                             "          ANTHONY DIAZ, ESQ., Kessler Diaz PC\n\n"
                             "                       EXAMINATION BY MS. ROWE:\n"
                             "     Q.   Good morning. Could you state your full name for\n"              /* 10 */
                             "     the record?\n"                                                       /* 11 */
                             "     A.   Marcus Everett Hale.\n\n"                                      /* 12 */
                             " 1   Q.  Did you sign it?\n"                                              /* 14 */
                             " 2   A.  Yes, on page 11.\n"                                              /* 15 */
                             " 3         MR. DIAZ:  Objection. Form.\n"                                /* 16 */
                             " 4   Q.  You can answer.\n"                                               /* 17 */
                             " 5   A.  I read the whole agreement. I do not remember\n"                 /* 18 */
                             " 6   the section in particular.\n\n"                                     /* 19 */
                             "                       EXAMINATION BY MR. DIAZ:\n"
                             "     Q.   Did they ever dispute an invoice?\n";                          /* 22 */
  g_autoptr (NpDocument) ldoc2 = run_text ("hale.txt", laid, NULL);
  assert_speakers (ldoc2, 10, "Elena Rowe");
  assert_speakers (ldoc2, 11, "Elena Rowe");
  assert_speakers (ldoc2, 12, "Marcus Hale");
  assert_speakers (ldoc2, 14, "Elena Rowe");
  assert_speakers (ldoc2, 15, "Marcus Hale");
  assert_speakers (ldoc2, 16, "Anthony Diaz");
  assert_speakers (ldoc2, 17, "Elena Rowe");
  assert_speakers (ldoc2, 19, "Marcus Hale");
  assert_speakers (ldoc2, 22, "Anthony Diaz");
  /* a hearing's witness by the heading of her statement */
  static const char hearing[] = "HEARING\n\nMembers present: Representatives Daniel Okafor, Erik Lindqvist.\n\n"
                                "STATEMENT OF DR. PRIYA NAIR, DIRECTOR, NATIONAL SMOKE PREDICTION CENTER\n\n"
                                "Dr. NAIR. Thank you for the opportunity to testify.\n\n"   /* 7 */
                                "Mr. LINDQVIST. How often does the model run?\n\n"          /* 9 */
                                "Dr. NAIR. Four times a day.\n";                            /* 11 */
  g_autoptr (NpDocument) hdoc = run_text ("hearing.txt", hearing, NULL);
  assert_speakers (hdoc, 7, "Priya Nair");
  assert_speakers (hdoc, 9, "Erik Lindqvist");
  assert_speakers (hdoc, 11, "Priya Nair");

  /* the appearances name the counsel and the videographer (his role):
   * "MR. CALLOWAY:" is Daniel Calloway, "THE VIDEOGRAPHER:" Viktor
   * Lindahl, the one attendee of that role */
  static const char appearances[] = "DEPOSITION OF ROSALIND MBEKI\n\nAPPEARANCES:\n"
                                    "For the Plaintiff: Daniel Calloway, Esq.\n"
                                    "For the Defendant: Keiko Nakamura, Esq.\n"
                                    "Also present: Viktor Lindahl, videographer\n\n"
                                    "THE VIDEOGRAPHER: We are on the record.\n"        /* 8 */
                                    "MR. CALLOWAY: Daniel Calloway for the plaintiff.\n" /* 9 */
                                    "MS. NAKAMURA: Keiko Nakamura for the defendant.\n"  /* 10 */
                                    "THE VIDEOGRAPHER: We are off the record.\n";      /* 11 */
  g_autoptr (NpDocument) adoc = run_text ("deposition.txt", appearances, NULL);
  assert_speakers (adoc, 8, "Viktor Lindahl");
  assert_speakers (adoc, 9, "Daniel Calloway");
  assert_speakers (adoc, 10, "Keiko Nakamura");
  assert_speakers (adoc, 11, "Viktor Lindahl");

  /* a caption whose lines the reader joined ("... HALVORSEN Seattle,
   * Washington"); counsel with the firm after "Esq." (the firm no
   * attendee that shares her surname) */
  static const char caption[] = "UNITED STATES DISTRICT COURT\n\n"
                                "VIDEOTAPED DEPOSITION OF MARCUS HALVORSEN\nSeattle, Washington\n\n"
                                "APPEARANCES:\n"
                                "For the Plaintiff: JENNIFER PARK, ESQ., Park & Lindqvist LLP\n\n"
                                "                  EXAMINATION\n     BY MS. PARK:\n"
                                "     Q.   Good morning. Could you please state\n"        /* 11 */
                                "          your name for the record?\n"
                                "     A.   Marcus Alan Halvorsen.\n";                      /* 13 */
  /* (a record's "Q.   " with the reporter's spaces; counsel's name in
   * capitals in the appearances is written in Title case) */
  g_autoptr (NpDocument) cdoc = run_text ("deposition.txt", caption, NULL);
  assert_speakers (cdoc, 11, "Jennifer Park");
  assert_speakers (cdoc, 12, "Jennifer Park");
  assert_speakers (cdoc, 13, "Marcus Halvorsen");

  /* nobody named: the labels stay labels */
  static const char faq[] = "# FAQ\n\nQ: Can I export?\n\nA: Yes, as CSV.\n";
  g_autoptr (NpDocument) fdoc = run_text ("faq.md", faq, NULL);
  assert_speakers (fdoc, 3, "NONE");
  assert_speakers (fdoc, 5, "NONE");

  /* a conference's sessions, each with its one speaker under its
   * heading: the answers there are the speaker's; two speakers, or a
   * section without one, and "A:" stays a label */
  static const char sessions[] = "# MM track\n\n## Session: Folio splitting\nSpeaker: Ingrid Halvorsen\n\n"
                                 "- Q (Rafael Ocampo): does it work under writeback?\n" /* 6 */
                                 "- A: No, those fall back to the old path.\n"          /* 7 */
                                 "\n## Session: Swap\n**Presenter:** Oluwaseun Adeyemi (Acme)\n\n"
                                 "- A: yes, we try once and split.\n"                  /* 12 */
                                 "\n## Session: Tracing BoF\nSpeakers: Mei Tanaka, Greg Kovac\n\n"
                                 "- A: for some people yes.\n"                         /* 17 */
                                 "\n## Wrap-up\n\n- A: see you next year.\n";        /* 21 */
  g_autoptr (NpDocument) sdoc = run_text ("lpc.md", sessions, NULL);
  assert_speakers (sdoc, 6, "Rafael Ocampo");
  assert_speakers (sdoc, 7, "Ingrid Halvorsen");
  assert_speakers (sdoc, 12, "Oluwaseun Adeyemi");
  assert_speakers (sdoc, 17, "NONE");
  assert_speakers (sdoc, 21, "NONE");
  /* a working group's minutes name the presenter after the section's
   * title: "Presenter:" before speech is that person's turn, before a
   * name a line that names who presents; "Hum:" is a label, and a title
   * word of three letters no handle of initials */
  static const char wg[] = "# CTT WG\n\nChairs: Priya Raman, Oskar Lindqvist\n\n"
                           "## draft-ietf-ctt-framing-07 (Helga Marcussen)\n\n"
                           "* Presenter: Since -06 the length field is a varint.\n"   /* 7 */
                           "* Rui Carvalho (Ericsson): Varint is fine for software.\n" /* 8 */
                           "* Presenter: Yes, we looked at it at the interim.\n"     /* 9 */
                           "* Hum: strong hum for adoption.\n"                      /* 10 */
                           "\n## Compression\n\n"
                           "* Presenter: Jonas Feld\n"                              /* 14 */
                           "* Speaker: the static table has 64 entries.\n";         /* 15 */
  g_autoptr (NpDocument) wdoc = run_text ("wg.md", wg, NULL);
  assert_speakers (wdoc, 7, "Helga Marcussen");
  assert_speakers (wdoc, 9, "Helga Marcussen");
  assert_feature (wdoc, 9, "mentions", "Presenter:");
  assert_speakers (wdoc, 10, "NONE");
  assert_speakers (wdoc, 14, "NONE");
  assert_speakers (wdoc, 15, "Jonas Feld");
  /* a reading group's paper with its presenter in parentheses, in notes
   * without sections: the answers after it, up to the next paper */
  static const char reading[] = "Lab meeting\n\nAttendees: Karen Liu, Tom Berg, Aisha Bello, Mei Chen\n\n"
                                "Paper: \"Sparse Mixtures Revisited\" (presenter: Aisha)\n"      /* 5 */
                                "Q (Mei): how do they pick k?\n"                                /* 6 */
                                "A: they tried 1, 2 and 4.\n"                                   /* 7 */
                                "Paper: \"Dense Retrieval at Scale\" (presented by Tom Berg)\n"  /* 8 */
                                "Q (Karen): which index?\n"                                     /* 9 */
                                "A: a flat one.\n";                                             /* 10 */
  g_autoptr (NpDocument) rdoc = run_text ("lab.txt", reading, NULL);
  assert_speakers (rdoc, 6, "Mei Chen");
  assert_speakers (rdoc, 7, "Aisha Bello");
  assert_speakers (rdoc, 9, "Karen Liu");
  assert_speakers (rdoc, 10, "Tom Berg");
  /* a talk's title with its speaker after a dash, as a heading or a
   * line; votes signed in parentheses, one or two voters, each a
   * paragraph of its own */
  static const char talks[] = "Summit notes\n\nMorning block\n\n"
                              "Talk: Making the scheduler observable \xe2\x80\x94 Kwame Asante\n\n"
                              "Kwame walked through the histograms.\n\n"
                              "Q: Are they cumulative?\nA: Cumulative.\n\n"      /* 9, 10 */
                              "+1 (Esther)\n\n"                                  /* 12 */
                              "(Kwame) +1\n\n"                                   /* 14 */
                              "+1 (Mira, Esther)\n\n"                            /* 16 */
                              "Attendees: Kwame Asante, Esther Vogt, Mira Kowalczyk\n";
  g_autoptr (NpDocument) tdoc = run_text ("talks.txt", talks, NULL);
  assert_speakers (tdoc, 9, "NONE");
  assert_speakers (tdoc, 10, "Kwame Asante");
  assert_speakers (tdoc, 12, "Esther Vogt");
  assert_speakers (tdoc, 14, "Kwame Asante");
  assert_speakers (tdoc, 16, "Mira Kowalczyk;Esther Vogt");
  /* voices nobody named, by a role of several words, how they came in
   * parentheses */
  static const char unnamed[] = "# M\n\nAttendees: Ann Lee\n\n"
                                "* Unknown male speaker: hello\n"                                 /* 5 */
                                "* Unidentified remote participant (audio only): keep them\n"  /* 6 */
                                "* Ann: yes\n"                                                    /* 7 */
                                "* Anonymous comment: the dates slip\n";                          /* 8 */
  g_autoptr (NpDocument) udoc = run_text ("unnamed.md", unnamed, NULL);
  assert_speakers (udoc, 5, "UNKNOWN");
  assert_speakers (udoc, 8, "UNKNOWN");
  assert_speakers (udoc, 6, "UNKNOWN");
  assert_speakers (udoc, 7, "Ann Lee");
}

/* A panel's transcript names its parties in full and in capitals at
 * first, by the surname or the first name after ("IBARRA:", "LIN:",
 * "DANA:"); a heading in capitals is no party */
static void
test_capitals_surnames (void)
{
  static const char notes[] = "PANEL TRANSCRIPT\n\n"
                              "DANA WHITCOMBE: Joaquin, how did you pick the projects?\n\n"  /* 3 */
                              "JOAQUIN IBARRA: From our bill of materials, mostly.\n\n"      /* 5 */
                              "WEN-HAO LIN: We do it differently, with an open call.\n\n"    /* 7 */
                              "WHITCOMBE: Meaning what runs in production?\n\n"              /* 9 */
                              "IBARRA: Yes. Then we asked engineers.\n\n"                    /* 11 */
                              "LIN: That's the wrong way round.\n\n"                         /* 13 */
                              "NEXT STEPS: publish the transcript.\n";                       /* 15 */
  g_autoptr (NpDocument) doc = run_text ("panel.txt", notes, NULL);
  assert_speakers (doc, 3, "Dana Whitcombe");
  assert_speakers (doc, 5, "Joaquin Ibarra");
  assert_speakers (doc, 7, "Wen-Hao Lin");
  assert_speakers (doc, 9, "Dana Whitcombe");
  assert_speakers (doc, 11, "Joaquin Ibarra");
  assert_speakers (doc, 13, "Wen-Hao Lin");
  assert_speakers (doc, 15, "NONE");
  /* ... or by the first name after ("DANA:", "JOAQUIN:"); the paragraphs
   * of a turn after its first, unmarked, are its speaker's, up to the
   * next party's turn; a stage direction and a mark turned down are not */
  static const char firsts[] = "PODCAST TRANSCRIPT\n\n"
                               "DANA WHITCOMBE: Joaquin, how did you pick the projects?\n\n" /* 3 */
                               "JOAQUIN IBARRA: From our bill of materials, mostly.\n\n"     /* 5 */
                               "DANA: Meaning what runs in production?\n\n"                  /* 7 */
                               "JOAQUIN: Yes. Then we asked engineers.\n\n"                  /* 9 */
                               "And then we sent a survey to every team.\n\n"               /* 11 */
                               "[MUSIC]\n\n"                                                 /* 13 */
                               "VOICEMAIL: Hi, a listener here.\n\n"                         /* 15 */
                               "DANA: Fine.\n\n"                                             /* 17 */
                               "Thanks for listening.\n";                                    /* 19 */
  g_autoptr (NpDocument) doc2 = run_text ("podcast.txt", firsts, NULL);
  assert_speakers (doc2, 3, "Dana Whitcombe");
  assert_speakers (doc2, 7, "Dana Whitcombe");
  assert_speakers (doc2, 9, "Joaquin Ibarra");
  assert_speakers (doc2, 11, "Joaquin Ibarra");
  assert_feature (doc2, 11, "method", "continued");
  assert_speakers (doc2, 13, "NONE");
  assert_speakers (doc2, 15, "NONE");
  assert_speakers (doc2, 17, "Dana Whitcombe");
  assert_speakers (doc2, 19, "NONE");
  /* a sound in brackets opening a line names nobody ("[music]") */
  static const char end[] = "Show\n\nHost: Sam Rivera\n\nSAM RIVERA: Welcome.\n\nSAM: Bye.\n\n"
                            "[music]\nEND OF TRANSCRIPT\n"; /* 9 */
  g_autoptr (NpDocument) doc3 = run_text ("show.txt", end, NULL);
  assert_speakers (doc3, 7, "Sam Rivera");
  assert_speakers (doc3, 9, "NONE");
  /* a party met before, past a stage direction and beside an unnamed
   * voice */
  static const char mod[] = "Panel\n\nMODERATOR (Grace Adeyemi): Good afternoon.\n\n" /* 3 */
                            "DANIEL KOENIG: Because the trains move.\n\n"                /* 5 */
                            "MODERATOR: Sofia, too?\n\n"                                 /* 7 */
                            "SOFIA MARCHETTI: Partly.\n\n[LAUGHTER]\n\n"                 /* 9 */
                            "MODERATOR: Let us go to the audience.\n\n"                  /* 13 */
                            "AUDIENCE MEMBER: How do you handle secrets?\n\n"            /* 15 */
                            "KOENIG: Same idea.\n";                                      /* 17 */
  g_autoptr (NpDocument) doc4 = run_text ("mod.txt", mod, NULL);
  assert_speakers (doc4, 7, "Grace Adeyemi");
  assert_speakers (doc4, 13, "Grace Adeyemi");
  assert_speakers (doc4, 15, "UNKNOWN");

  /* a transcript's clocks alone between its turns part nothing: a
   * speaker said once between two turns is one */
  static const char meet[] = "### Transcript\n00:00:05\n"
                             "Ana Ruiz: Okay, let's start with the launch date.\n"  /* 3 */
                             "00:00:12\n"
                             "Ben Cole: I think May 3 works for us.\n"              /* 5 */
                             "00:01:02\n"
                             "Ana Ruiz: Great, then I'll update the plan today.\n"; /* 7 */
  for (guint k = 0; k < 2; k++)
    {
      g_autoptr (NpDocument) mdoc = run_text (k ? "meet.txt" : "meet.md", meet, NULL);
      assert_speakers (mdoc, 4, "NONE");
      assert_speakers (mdoc, 5, "Ben Cole");
    }
}

/* An earnings call's transcript as published: each speaker's header on
 * a line of its own, the name, a dash and the role or the company ("Jane
 * Ortiz -- Vice President, Investor Relations"), over one paragraph or
 * more; the operator's words under "Operator" alone.  The paragraphs
 * after a header are the speaker's up to the next header or heading; a
 * sound is nobody's.  The participants' list at the end keeps each
 * role whole, commas and all. */
static void
test_earnings_call_headers (void)
{
  static const char text[] = "Acme Corp (ACME) Q3 2024 Earnings Call\n\n"
                             "Prepared Remarks:\n\n"
                             "Operator\n\n"                                                  /* 5 */
                             "Good day, and welcome to the call.\n\n"                        /* 7 */
                             "I would now like to hand over to Jane Ortiz.\n\n"              /* 9 */
                             "Jane Ortiz -- Vice President, Investor Relations\n"             /* 11 */
                             "Thank you, operator, and good afternoon.\n\n"
                             "Before we begin, a reminder about forward-looking words.\n\n" /* 14 */
                             "Daniel Okafor -- Chief Executive Officer\n"                     /* 16 */
                             "Thanks, Jane. The quarter was strong.\n\n"
                             "Backlog ended at a record.\n\n"                                /* 19 */
                             "[music]\n\n"                                                   /* 21 */
                             "Questions & Answers:\n\n"
                             "Operator\n\n"
                             "Our first question comes from Mark Lin.\n\n"                   /* 27 */
                             "Mark Lin -- Goldman Sachs -- Analyst\n"                         /* 29 */
                             "Hey, thanks for taking my question.\n\n"
                             "Daniel Okafor -- Chief Executive Officer\n"                     /* 32 */
                             "Sure, Mark.\n\n"
                             "It is mostly in Q4.\n\n"                                       /* 35 */
                             "Call participants:\n\n"
                             "Jane Ortiz -- Vice President, Investor Relations\n"
                             "Daniel Okafor -- Chief Executive Officer\n"
                             "Mark Lin -- Goldman Sachs -- Analyst\n";
  g_autoptr (NpDocument) doc = run_text ("call.txt", text, NULL);
  assert_speakers (doc, 7, "Operator");
  assert_speakers (doc, 9, "Operator");
  assert_speakers (doc, 11, "Jane Ortiz");
  assert_speakers (doc, 14, "Jane Ortiz");
  assert_feature (doc, 14, "method", "continued");
  assert_speakers (doc, 16, "Daniel Okafor");
  assert_speakers (doc, 19, "Daniel Okafor");
  assert_speakers (doc, 21, "NONE");
  assert_speakers (doc, 27, "Operator");
  assert_speakers (doc, 29, "Mark Lin");
  assert_speakers (doc, 35, "Daniel Okafor");
  guint n;
  const NpPerson *people = np_document_get_attendees (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpstr (people[0].name, ==, "Jane Ortiz");
  g_assert_cmpstr (people[0].affiliation, ==, "Vice President, Investor Relations");

  /* the headers set apart by a blank line, so sections' titles; a header
   * whose name is no participant's is the speaker's all the same */
  static const char apart[] = "Acme Corp Q3 2024 Earnings Call\n\n"
                              "Operator\n\n"
                              "Good day, and welcome to the call.\n\n"              /* 5 */
                              "Jane Ortiz -- Vice President, Investor Relations\n\n"
                              "Thanks, operator, and good afternoon.\n\n"           /* 9 */
                              "A reminder about forward-looking words.\n\n"         /* 11 */
                              "Daniel Okafor -- Chief Executive Officer\n\n"
                              "Thanks, Jane. The quarter was strong.\n\n"           /* 15 */
                              "Operator\n\n"
                              "Our next question comes from Priscilla Duarte.\n\n" /* 19 */
                              "Priscila Duarte -- KeyBanc -- Analyst\n"             /* 21 */
                              "Hi, thank you.\n\n"
                              "A follow-up on the buyback.\n\n"                     /* 24 */
                              "Mark Lin -- Goldman Sachs -- Analyst\n\n"
                              "Hey, thanks.\n";                                      /* 28 */
  g_autoptr (NpDocument) ad = run_text ("apart.txt", apart, NULL);
  assert_speakers (ad, 5, "Operator");
  assert_speakers (ad, 9, "Jane Ortiz");
  assert_feature (ad, 9, "method", "section");
  assert_speakers (ad, 11, "Jane Ortiz");
  assert_speakers (ad, 15, "Daniel Okafor");
  assert_speakers (ad, 19, "Operator");
  assert_speakers (ad, 21, "Priscila Duarte");
  assert_speakers (ad, 24, "Priscila Duarte");
  assert_speakers (ad, 28, "Mark Lin");

  /* a talk's presenter and title over the notes of it is no header: the
   * title names no post ("Jane Doe - Scaling Kubernetes Clusters") */
  static const char talks[] = "Conference notes\n\n"
                              "Jane Doe - Scaling Kubernetes Clusters\n\nGreat talk on sizing.\n\n" /* 5 */
                              "Omar Haddad - Service Mesh in Practice\n\nLatency numbers.\n\n"
                              "Lena Fischer - Supply Chain Security\n\nSigstore is growing.\n";     /* 13 */
  g_autoptr (NpDocument) td = run_text ("talks.txt", talks, NULL);
  assert_speakers (td, 5, "NONE");
  assert_speakers (td, 13, "NONE");

  /* a note taker's export lists some participants by e-mail alone: the
   * full name that resolves to one ("Hannah Tran" to hannah.tran@...)
   * names the person */
  static const char ai[] = "Meeting: Launch sync\nParticipants: hannah.tran@acme.io, Bob Lee\n\nTranscript\n\n"
                           "Hannah Tran - 00:01\nLet's get going.\n\n" /* 6 */
                           "Bob Lee - 00:14\nThey're mostly final.\n\n"
                           "Hannah Tran - 01:20\nOkay, August it is.\n"; /* 12 */
  g_autoptr (NpDocument) aid = run_text ("fireflies.txt", ai, NULL);
  assert_speakers (aid, 6, "Hannah Tran");
  assert_speakers (aid, 12, "Hannah Tran");

  /* one speaker's header is no transcript: the paragraph after it is
   * nobody's */
  static const char once[] = "Notes\n\nPresent: Jane Ortiz, Daniel Okafor\n\n"
                             "Jane Ortiz -- Vice President, Investor Relations\n" /* 5 */
                             "Thank you all for coming.\n\n"
                             "The room was booked until noon.\n";               /* 8 */
  g_autoptr (NpDocument) d = run_text ("once.txt", once, NULL);
  assert_speakers (d, 5, "Jane Ortiz");
  assert_speakers (d, 8, "NONE");
}

/* A timed line signed at its end ("[10:32] ... - Ann Lee"): the mark
 * is read from the whole line, so its place is the line's own, and the
 * mention is the signature as written (it was read past the line's end,
 * shifted by the time's length) */
static void
test_timed_signature (void)
{
  static const char text[] = "Budget call\n\nPresent: Ann Lee, Bo Chen\n\n"
                             "[10:32] the numbers for the second quarter are final - Ann Lee\n\n" /* 5 */
                             "[10:33] the numbers for the third quarter are not - Bo Chen\n";     /* 7 */
  g_autoptr (NpDocument) doc = run_text ("call.txt", text, NULL);
  assert_speakers (doc, 5, "Ann Lee");
  assert_feature (doc, 5, "mentions", "- Ann Lee");
  assert_speakers (doc, 7, "Bo Chen");
  assert_feature (doc, 7, "mentions", "- Bo Chen");
}

/* A call's transcript, each turn's time a link into the recording
 * ("**Trent** [4:50](https://...): ..."): timed turns, a slip of a name
 * said more ("**Trim Beiko**") that name's */
static void
test_bold_name_time_link (void)
{
  static const char call[] = "# Call\n\n**Trent** [00:01](https://v.example/x?t=1s): Welcome everybody.\n\n" /* 3 */
                             "**Tim Beiko** [0:30](https://v.example/x?t=30s): Sure, yeah.\n\n"
                             "**Trent** [4:50](https://v.example/x?t=290s): Nothing there.\n\n"
                             "**Tim Beiko** [4:55](https://v.example/x?t=295s): Double check.\n\n"
                             "**Trim Beiko** [19:39](https://v.example/x?t=1179s): Fred has a question.\n"; /* 11 */
  g_autoptr (NpDocument) doc = run_text ("call.md", call, NULL);
  assert_speakers (doc, 3, "Trent");
  assert_feature (doc, 3, "method", "bold");
  assert_speakers (doc, 11, "Tim Beiko");
}

/* A meeting's chat saved by the older client, the time, the sender and
 * the message apart by tabs; a group after a dash in the display name is
 * no part of the sender */
static void
test_tab_saved_chat (void)
{
  static const char chat[] = "00:06:16\tOdile Brun:\thttps://example.org/agenda\n"
                             "00:16:08\tKasimir Wendt:\tShould we add a category for the talks?\n"
                             "00:21:30\tOdile Brun:\tand what about the ones already in?\n"
                             "00:32:22\tScott - Build Working Group:\t+1\n" /* 4 */
                             "00:39:19\tMya:\thttps://example.org/sheet\n"   /* 5 */
                             "00:43:51\tjstrachan:\tmap pipelines first\n";  /* 6 */
  g_autoptr (NpDocument) doc = run_text ("meeting_saved_chat.txt", chat, NULL);
  assert_speakers (doc, 1, "Odile Brun");
  assert_speakers (doc, 2, "Kasimir Wendt");
  assert_speakers (doc, 3, "Odile Brun");
  assert_speakers (doc, 4, "Scott");
  /* a one-word sender, and a nick in lower case, said once: no log's
   * line (a log's nick has no colon) */
  assert_speakers (doc, 5, "Mya");
  assert_speakers (doc, 6, "jstrachan");
}

void
add_transcript_tests (void)
{
  g_test_add_func ("/speakers/style/capitals-surnames", test_capitals_surnames);
  g_test_add_func ("/speakers/style/numbered-voice-among-named", test_numbered_voice_among_named);
  g_test_add_func ("/speakers/mark/numbered-timed-voices", test_numbered_timed_voices);
  g_test_add_func ("/speakers/style/questions-and-answers", test_questions_and_answers);
  g_test_add_func ("/speakers/mark/numbered-voices-in-notes", test_numbered_voices_in_notes);
  g_test_add_func ("/speakers/style/screenplay-names", test_screenplay_names);
  g_test_add_func ("/speakers/style/speaker-time-lines", test_speaker_time_lines);
  g_test_add_func ("/speakers/mark/chat-copy", test_chat_copy);
  g_test_add_func ("/speakers/mark/markdown-transcript", test_markdown_transcript);
  g_test_add_func ("/speakers/mark/name-over-time", test_name_over_time);
  g_test_add_func ("/speakers/style/earnings-call-headers", test_earnings_call_headers);
  g_test_add_func ("/speakers/mark/timed-signature", test_timed_signature);
  g_test_add_func ("/speakers/mark/tab-saved-chat", test_tab_saved_chat);
  g_test_add_func ("/speakers/mark/bold-name-time-link", test_bold_name_time_link);
}
