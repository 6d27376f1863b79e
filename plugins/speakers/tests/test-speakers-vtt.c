/* test-speakers-vtt.c: speakers in timed transcripts (WebVTT, SRT; read by
 * core/reader-vtt.c, one item per cue): voice tags as Teams writes them,
 * "Name: " cues as Zoom writes them, and a speaker's turn over several
 * cues; in Zoom's saved chats (plain text); and in live captions (CART:
 * ">>" at each change of speaker).  Line numbers are those of the cue's
 * payload. */
#include <string.h>

#include "test-speakers.h"

/* the mark parser alone: the voice tag's forms */
static void
test_voice_mark (void)
{
  static const struct
  {
    const char *text, *name;
    guint end; /* where the speech starts */
  } cases[] = {
    { "<v Alice Smith>Welcome", "Alice Smith", 15 },
    { "<v.loud Alice Smith>Welcome", "Alice Smith", 20 },
    { "<v.a.b  Bob>  hi", "Bob", 14 },
    { "<v Bob></v> hi", "Bob", 12 },
    { "<V jane doe>ok", "jane doe", 12 },
    { "<v Speaker 2>Sure.", "Speaker 2", 13 },
    { "<v Doe, Jane>Welcome", "Jane Doe", 13 }, /* a directory's name, surname first */
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      SpMark m = { 0 };
      g_assert_true (sp_mark_parse (cases[i].text, strlen (cases[i].text), FALSE, &m));
      g_assert_cmpint (m.form, ==, SP_FORM_ANGLE);
      g_assert_true (m.voice);
      g_assert_cmpuint (m.n_names, ==, 1);
      g_assert_cmpstr (m.names[0], ==, cases[i].name);
      g_assert_cmpuint (m.end, ==, cases[i].end);
      sp_mark_clear (&m);
    }
  /* no name, no close, a chat nick (not a voice), a tag too long */
  static const char *const not_voice[] = { "<v >text", "<v Alice text", "<v.x>text", "<vim> text",
                                           "<v This is a much longer line than any name would be> x" };
  for (guint i = 0; i < G_N_ELEMENTS (not_voice); i++)
    {
      SpMark m = { 0 };
      gboolean ok = sp_mark_parse (not_voice[i], strlen (not_voice[i]), FALSE, &m);
      g_assert_true (!ok || !m.voice);
      sp_mark_clear (&m);
    }
}

static const char teams[] = "WEBVTT\n"
                            "\n"
                            "a1b2/10-0\n"
                            "00:00:01.000 --> 00:00:04.000\n"
                            "<v Alice Smith>Welcome everyone to the planning meeting.</v>\n" /* 5 */
                            "\n"
                            "a1b2/11-0\n"
                            "00:00:04.500 --> 00:00:08.000\n"
                            "<v Bob Jones>Thanks Alice. First item is the release\n"        /* 9 */
                            "schedule.</v>\n"                                               /* 10 */
                            "\n"
                            "00:00:08.500 --> 00:00:12.000\n"
                            "<v.loud Alice Smith>We <c.yellow>ship</c> in May.</v>\n"       /* 13 */
                            "\n"
                            "00:00:12.500 --> 00:00:15.000\n"
                            "<v Unknown>Can you hear me?</v>\n"                             /* 16 */
                            "\n"
                            "00:00:15.500 --> 00:00:16.000\n"
                            "Music plays.\n"                                                /* 19 */
                            "\n"
                            "00:00:16.500 --> 00:00:18.000\n"
                            "<v Carol White>Yes.</v>\n";                                    /* 22 */

static void
test_voice_tags (void)
{
  g_autoptr (NpDocument) doc = run_text ("teams.vtt", teams, NULL);
  assert_speakers (doc, 5, "Alice Smith");
  assert_feature (doc, 5, "method", "voice");
  assert_feature (doc, 5, "mentions", "<v Alice Smith>");
  assert_speakers (doc, 9, "Bob Jones");
  assert_speakers (doc, 10, "Bob Jones");
  assert_speakers (doc, 13, "Alice Smith");
  assert_speakers (doc, 16, "UNKNOWN");
  assert_speakers (doc, 19, "NONE");
  /* a voice that speaks once is a speaker all the same */
  assert_speakers (doc, 22, "Carol White");
  const NpAnnotation *alice = person_named (doc, "Alice Smith");
  g_assert_nonnull (alice);
  g_assert_cmpint (np_annotation_get_int (alice, "items", -1), ==, 2);
  /* the tags are no words of hers: 6 + 4 */
  g_assert_cmpint (np_annotation_get_int (alice, "words", -1), ==, 10);
  /* the turns answer one another in sequence */
  const NpLayer *replies = np_document_get_layer (doc, "speakers.reply");
  g_assert_nonnull (replies);
  g_assert_cmpuint (np_layer_get_size (replies), >=, 2);
}

/* Teams' transcript saved as a document or as text: each speaker's name
 * on the line over the words, read as the cue's voice (core/reader-vtt.c) */
static const char teams_saved[] = "0:0:0.0 --> 0:0:5.120\n"
                                  "Alice Smith\n"
                                  "Okay, let's get started with the release.\n" /* 3 */
                                  "\n"
                                  "0:0:5.120 --> 0:0:9.0\n"
                                  "Bob Jones\n"
                                  "I think we need another week.\n"              /* 7 */
                                  "\n"
                                  "0:0:9.0 --> 0:0:12.0\n"
                                  "Alice Smith\n"
                                  "Fine, one more week then.\n";                 /* 11 */

static void
test_teams_saved (void)
{
  g_autoptr (NpDocument) doc = run_text ("transcript.txt", teams_saved, NULL);
  assert_speakers (doc, 3, "Alice Smith");
  assert_feature (doc, 3, "method", "voice");
  assert_speakers (doc, 7, "Bob Jones");
  assert_speakers (doc, 11, "Alice Smith");
  const NpAnnotation *bob = person_named (doc, "Bob Jones");
  g_assert_nonnull (bob);
  /* the name is no word of his */
  g_assert_cmpint (np_annotation_get_int (bob, "words", -1), ==, 6);
}

/* Zoom writes "Name: " in each cue.  Without a roster, a cue's mark is a
 * timed one: once some speaker recurs, the transcript's names are speakers
 * even when they speak once; labels and sentences are not. */
static const char zoom[] = "WEBVTT\n"
                           "\n"
                           "1\n00:00:01.000 --> 00:00:04.000\nAlice Smith: Welcome everyone.\n"              /* 5 */
                           "\n"
                           "2\n00:00:04.500 --> 00:00:08.000\nThis cue names nobody.\n"                      /* 9 */
                           "\n"
                           "3\n00:00:08.500 --> 00:00:12.000\nCarol White: I can take the release notes.\n"  /* 13 */
                           "\n"
                           "4\n00:00:12.500 --> 00:00:15.000\nNote: the recording started late.\n"          /* 17 */
                           "\n"
                           "5\n00:00:15.500 --> 00:00:18.000\nErin Gray: I will take it.\n"                 /* 21 */
                           "\n"
                           "6\n00:00:18.500 --> 00:00:20.000\nErin Gray: And the docs.\n"                   /* 25 */
                           "\n"
                           "7\n00:00:20.500 --> 00:00:22.000\nSo the plan is: we ship in May.\n";           /* 29 */

static void
test_zoom_cues (void)
{
  g_autoptr (NpDocument) doc = run_text ("zoom.vtt", zoom, NULL);
  assert_speakers (doc, 5, "Alice Smith");
  assert_feature (doc, 5, "method", "colon");
  assert_speakers (doc, 9, "NONE");
  assert_speakers (doc, 13, "Carol White");
  assert_speakers (doc, 17, "NONE");
  assert_speakers (doc, 21, "Erin Gray");
  assert_speakers (doc, 25, "Erin Gray");
  assert_speakers (doc, 29, "NONE");
  /* cues that name their speaker at each change only (never twice in a
   * row): an unnamed cue goes on with the last name, up to the next */
  static const char changes[] = "WEBVTT\n\n"
                                "1\n00:00:01.000 --> 00:00:04.000\nOkay, can everybody see my screen?\n\n"    /* 5 */
                                "2\n00:00:04.500 --> 00:00:08.000\nRachel Kim: Great, let us start.\n\n"     /* 9 */
                                "3\n00:00:08.500 --> 00:00:12.000\nSo the agenda is the release.\n\n"        /* 13 */
                                "4\n00:00:12.500 --> 00:00:15.000\nTomas Ortega: Sure. Beta went out.\n\n"   /* 17 */
                                "5\n00:00:15.500 --> 00:00:18.000\nMost of it is one crash.\n\n"             /* 21 */
                                "6\n00:00:18.500 --> 00:00:20.000\n[MUSIC]\n\n"                              /* 25 */
                                "7\n00:00:20.500 --> 00:00:22.000\nAnd that is all.\n\n"                     /* 29 */
                                "8\n00:00:22.500 --> 00:00:24.000\nRachel Kim: Thanks.\n\n"                  /* 33 */
                                "9\n00:00:24.500 --> 00:00:26.000\nTomas Ortega: One more thing.\n\n"
                                "10\n00:00:26.500 --> 00:00:28.000\nRachel Kim: Go on.\n\n"
                                "11\n00:00:28.500 --> 00:00:30.000\nTomas Ortega: The docs.\n\n"
                                "12\n00:00:30.500 --> 00:00:32.000\nRachel Kim: Noted.\n";
  g_autoptr (NpDocument) cdoc = run_text ("changes.vtt", changes, NULL);
  assert_speakers (cdoc, 5, "NONE");
  assert_speakers (cdoc, 13, "Rachel Kim");
  assert_feature (cdoc, 13, "method", "continued");
  assert_speakers (cdoc, 21, "Tomas Ortega");
  assert_speakers (cdoc, 25, "NONE");
  assert_speakers (cdoc, 29, "NONE");
  /* a subtitle's dialogue lines in a cue are two other voices: not the
   * last named one's, and the cues after them go on with nobody */
  static const char dialogue[] = "1\n00:00:01,000 --> 00:00:04,000\nRachel Kim: Let us start.\n\n"        /* 3 */
                                 "2\n00:00:04,500 --> 00:00:08,000\nSo the agenda is the release.\n\n" /* 7 */
                                 "3\n00:00:08,500 --> 00:00:12,000\nTomas Ortega: Beta went out.\n\n"  /* 11 */
                                 "4\n00:00:12,500 --> 00:00:15,000\n- Are we recording?\n- Yes.\n\n"  /* 15, 16 */
                                 "5\n00:00:15,500 --> 00:00:18,000\nThen we stop here.\n\n"            /* 20 */
                                 "6\n00:00:18,500 --> 00:00:20,000\nRachel Kim: Thanks.\n";
  g_autoptr (NpDocument) ddoc = run_text ("dialogue.srt", dialogue, NULL);
  assert_speakers (ddoc, 7, "Rachel Kim");
  assert_speakers (ddoc, 15, "NONE");
  assert_speakers (ddoc, 16, "NONE");
  assert_speakers (ddoc, 20, "NONE");
  /* the same lines in plain text notes, untimed: the names said once are
   * not taken on their own (the rule of notes, unchanged) */
  static const char plain[] = "Call\n\nAlice Smith: Welcome everyone.\n\nThis cue names nobody.\n\n"
                              "Carol White: I can take the release notes.\n\n"
                              "Note: the recording started late.\n\nSomething else was said here.\n\n"
                              "Erin Gray: I will take it.\n\nErin Gray: And the docs.\n";
  g_autoptr (NpDocument) notes = run_text ("call.txt", plain, NULL);
  assert_speakers (notes, 3, "NONE");
  assert_speakers (notes, 13, "Erin Gray");

  /* SRT, lower-case names, every cue marked */
  static const char srt[] = "1\n00:00:01,000 --> 00:00:04,000\nalice: hello there\n\n"
                            "2\n00:00:04,500 --> 00:00:08,000\nbob: hi alice, how was the trip\n\n"
                            "3\n00:00:08,500 --> 00:00:12,000\nalice: fine, thanks\n";
  g_autoptr (NpDocument) sub = run_text ("call.srt", srt, NULL);
  assert_speakers (sub, 3, "alice");
  assert_speakers (sub, 7, "bob");
  assert_speakers (sub, 11, "alice");

  /* a diarizing tool's numbered voices, one of them heard once; a lone
   * "Step 2:" is no voice.  In notes "Speaker 1:" recurring is one too (a
   * transcript pasted into them: /speakers/mark/numbered-voices-in-notes) */
  static const char diarized[] = "1\n00:00:01,000 --> 00:00:04,000\nSpeaker 1: Welcome.\n\n"
                                 "2\n00:00:04,500 --> 00:00:08,000\nSpeaker 2: Thanks.\n\n"
                                 "3\n00:00:08,500 --> 00:00:12,000\nSpeaker 1: Next.\n\n"
                                 "4\n00:00:12,500 --> 00:00:14,000\nStep 2: we test it.\n";
  g_autoptr (NpDocument) dia = run_text ("diarized.srt", diarized, NULL);
  assert_speakers (dia, 3, "Speaker 1");
  assert_speakers (dia, 7, "Speaker 2");
  assert_speakers (dia, 11, "Speaker 1");
  assert_speakers (dia, 15, "NONE");
  g_autoptr (NpDocument) whisper
      = run_text ("w.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\nSPEAKER_00: Hi.\n\n00:02.000 --> 00:03.000\n"
                           "SPEAKER_01: Hello.\n", NULL);
  assert_speakers (whisper, 4, "SPEAKER_00");
  assert_speakers (whisper, 7, "SPEAKER_01");
  /* a cue is one voice: "Doe, Jane:" is Jane Doe, as Zoom shows a
   * directory's names; in notes it stays two marks */
  static const char directory[] = "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nDoe, Jane: We ship Friday.\n\n"
                                  "2\n00:00:05.000 --> 00:00:07.000\nSmith, John: Agreed.\n\n"
                                  "3\n00:00:08.000 --> 00:00:09.000\nDoe, Jane: Good.\n";
  g_autoptr (NpDocument) dir = run_text ("dir.vtt", directory, NULL);
  assert_speakers (dir, 5, "Jane Doe");
  assert_speakers (dir, 9, "John Smith");
  assert_speakers (dir, 13, "Jane Doe");
  g_autoptr (NpDocument) notes2 = run_text ("n.txt", "Call\n\nSpeaker 1: hi there.\n\nSpeaker 1: again.\n", NULL);
  assert_speakers (notes2, 3, "Speaker 1");
  assert_speakers (notes2, 5, "Speaker 1");
}

/* A long turn split over several cues: each cue is its own item and turn
 * (the tools repeat the mark in each); a cue without a mark stays
 * unattributed, as the gold counts only explicit marks. */
static void
test_turn_over_cues (void)
{
  static const char vtt[] = "WEBVTT\n\n"
                            "00:00:01.000 --> 00:00:03.000\n<v Dana Lee>So the first thing\n\n"          /* 4 */
                            "00:00:03.000 --> 00:00:05.000\n<v Dana Lee>is the migration plan,\n\n"      /* 7 */
                            "00:00:05.000 --> 00:00:07.000\n<v Dana Lee>which we finish in June.\n\n"    /* 10 */
                            "00:00:07.000 --> 00:00:09.000\nand then the cleanup.\n\n"                   /* 13 */
                            "00:00:09.000 --> 00:00:11.000\n<v Eve Park>Sounds right.\n";                /* 16 */
  g_autoptr (NpDocument) doc = run_text ("long.vtt", vtt, NULL);
  guint n;
  np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 5);
  assert_speakers (doc, 4, "Dana Lee");
  assert_speakers (doc, 7, "Dana Lee");
  assert_speakers (doc, 10, "Dana Lee");
  assert_speakers (doc, 13, "NONE");
  assert_speakers (doc, 16, "Eve Park");
  const NpAnnotation *dana = person_named (doc, "Dana Lee");
  g_assert_nonnull (dana);
  g_assert_cmpint (np_annotation_get_int (dana, "items", -1), ==, 3);
  /* two voices in one cue: two items, two turns */
  g_autoptr (NpDocument) two
      = run_text ("two.vtt", "WEBVTT\n\n00:01.000 --> 00:04.000\n<v Ann Lee>Ready?</v>\n<v Bo Kim>Yes.</v>\n", NULL);
  np_document_get_items (two, &n);
  g_assert_cmpuint (n, ==, 2);
  assert_speakers (two, 4, "Ann Lee");
  assert_speakers (two, 5, "Bo Kim");
}

/* A saved Zoom chat: the program names the sender of each message, so a
 * name written once is a speaker (a plain "Alice Smith: " said once is
 * not); the receiver of a private message is no speaker. */
static const char saved_chat[] = "10:32:05 From Alice Smith to Everyone:\n"        /* 1 */
                                 "\tHello all, can you hear me?\n"
                                 "10:32:40 From Bob Jones to Alice Smith(Direct Message):\n" /* 3 */
                                 "\tYes.\n"
                                 "10:33:00 From carol to Everyone:\n"               /* 5 */
                                 "\tSlides: https://example.com/slides\n";

static void
test_saved_chat (void)
{
  g_autoptr (NpDocument) doc = run_text ("meeting_saved_chat.txt", saved_chat, NULL);
  assert_speakers (doc, 1, "Alice Smith");
  assert_feature (doc, 1, "method", "chat");
  assert_feature (doc, 1, "mentions", "Alice Smith");
  assert_speakers (doc, 3, "Bob Jones");
  assert_speakers (doc, 5, "carol");
  const NpAnnotation *bob = person_named (doc, "Bob Jones");
  g_assert_nonnull (bob);
  g_assert_cmpint (np_annotation_get_int (bob, "words", -1), ==, 1); /* "Yes." */
  /* the older one-line form */
  static const char old[] = "10:32:05\t From  Alice Smith : Hello all\n"
                            "10:36:00\t From  Bob Jones to  Alice Smith(Privately) : thanks\n";
  g_autoptr (NpDocument) one_line = run_text ("chat.txt", old, NULL);
  assert_speakers (one_line, 1, "Alice Smith");
  assert_speakers (one_line, 2, "Bob Jones");
  assert_feature (one_line, 2, "method", "chat");
  /* pronouns after the display name; a reply's quote, an empty line,
   * then the message; a list in a message is the sender's */
  static const char replies[] = "10:02:09 From  Rafael Cordeiro (he/him)  to  Everyone:\n" /* 1 */
                                "\thi all\n"
                                "10:06:51 From  Hana Sato  to  Everyone:\n"                 /* 3 */
                                "\tReplying to \"For the runner migration: current ...\"\n"
                                "\t\n"
                                "\tSame root cause I think. Privileged mode is off.\n"      /* 6 */
                                "10:15:48 From  Ngozi Adeyemi  to  Everyone:\n"             /* 7 */
                                "\tnext item is mine, quick summary:\n"
                                "\t- vault agent sidecar is rolled out\n"                   /* 9 */
                                "\t- staging still uses the old secrets\n";                 /* 10 */
  g_autoptr (NpDocument) chat = run_text ("meeting_saved_chat.txt", replies, NULL);
  assert_speakers (chat, 1, "Rafael Cordeiro");
  assert_speakers (chat, 6, "Hana Sato");
  assert_speakers (chat, 9, "Ngozi Adeyemi");
  assert_speakers (chat, 10, "Ngozi Adeyemi");
  /* a Matrix room: a handle with a dot, a user through the IRC bridge */
  static const char room[] = "Weekly meeting\nAttendees: Ines Vaz (@ines.vaz), Dorota Kowal (@dorota)\n\n"
                             "[16:03] <@ines.vaz:matrix.org> tarballs are built\n" /* 4 */
                             "[16:05] <dorota[m]> fine\n\n"                       /* 5 */
                             "Ines Vaz: also, the videos are up\n"                /* 7 */
                             "dorota[m]: Note: the bridge dropped my messages\n"   /* 8 */
                             "Ines Vaz: noted\n";                                 /* 9 */
  g_autoptr (NpDocument) mx = run_text ("room.txt", room, NULL);
  assert_speakers (mx, 4, "Ines Vaz");
  assert_speakers (mx, 5, "Dorota Kowal");
  assert_speakers (mx, 7, "Ines Vaz");
  assert_speakers (mx, 8, "Dorota Kowal");
  assert_speakers (mx, 9, "Ines Vaz");
  /* an issue's comments copied with their headers: GitHub's, GitLab's;
   * a sentence about a comment is no header */
  static const char issue[] = "# RFC discussion\n\n"
                              "**alice-smith** commented on Mar 3\nSplit the parser first.\n\n" /* 3 */
                              "bobjones commented 2 days ago \xe2\x80\xa2 edited\nAgreed.\n\n"  /* 6 */
                              "Carol White @cwhite \xc2\xb7 1 day ago\nDone in #1234.\n\n"      /* 9 */
                              "Dave commented on 3 issues\nthis week.\n";                       /* 12 */
  g_autoptr (NpDocument) idoc = run_text ("issue.md", issue, NULL);
  assert_speakers (idoc, 3, "alice-smith");
  assert_speakers (idoc, 4, "alice-smith");
  assert_feature (idoc, 3, "method", "chat");
  assert_speakers (idoc, 7, "bobjones");
  assert_speakers (idoc, 10, "Carol White");
  assert_speakers (idoc, 12, "NONE");
  /* ... and as plain text, a title over them */
  static const char prtext[] = "Add retry backoff to the dispatcher #482\n\n"
                               "mkowal commented on Mar 3\nThis adds backoff with jitter.\n\n" /* 3 */
                               "j-santos commented on Mar 3\nCan we cap the delay at 30s?\n\n" /* 6 */
                               "mkowal commented 2 days ago\nDone, capped at 30s.\n";           /* 9 */
  g_autoptr (NpDocument) pdoc = run_text ("pr.txt", prtext, NULL);
  assert_speakers (pdoc, 4, "mkowal");
  assert_speakers (pdoc, 7, "j-santos");
  assert_speakers (pdoc, 10, "mkowal");
  /* the header alone, the comment in the paragraphs below it: the
   * author's up to the next header, its quote and code nobody's, and an
   * event of the thread ends it; GitHub's "ghost" is a deleted account */
  static const char thread[] = "# KEP review\n\nParticipants: Marta Kowalczyk (@mkowal), Devon Okafor (@dokafor-io)\n\n"
                               "**mkowal** commented on Mar 3\n\n"      /* 5 */
                               "Opening this for early review.\n\n"     /* 7 */
                               "> earlier: drain is unordered\n\n"      /* 9 */
                               "```yaml\ndrainPriority: 100\n```\n\n"  /* 11-13 */
                               "Higher drains later.\n\n"               /* 15 */
                               "**ghost** commented on Mar 6\n\n"       /* 17 */
                               "What about timeouts?\n\n"               /* 19 */
                               "dokafor-io commented on Mar 7\n\n"      /* 21 */
                               "Good point.\n\n"                        /* 23 */
                               "mkowal marked this conversation as resolved.\n\n" /* 25 */
                               "Wrap-up by the chairs.\n";               /* 27 */
  g_autoptr (NpDocument) tdoc = run_text ("thread.md", thread, NULL);
  assert_speakers (tdoc, 5, "Marta Kowalczyk");
  assert_speakers (tdoc, 7, "Marta Kowalczyk");
  assert_speakers (tdoc, 9, "NONE");
  assert_speakers (tdoc, 12, "NONE");
  assert_speakers (tdoc, 15, "Marta Kowalczyk");
  assert_speakers (tdoc, 17, "UNKNOWN");
  assert_speakers (tdoc, 19, "UNKNOWN");
  assert_speakers (tdoc, 21, "Devon Okafor");
  assert_speakers (tdoc, 23, "Devon Okafor");
  assert_speakers (tdoc, 25, "NONE");
  assert_speakers (tdoc, 27, "NONE");
  /* GitLab's header alone: the name, the handle, a middle dot, when */
  static const char mreq[] = "# MR review\n\nAttendees: Marta Kowal (@mkowal), Bob Li (@bli)\n\n"
                           "Marta Kowal @mkowal \xc2\xb7 2 days ago\n\n"  /* 5 */
                           "Evict on size, not age.\n\n"                 /* 7 */
                           "> age is simpler\n\n"                        /* 9 */
                           "Bob Li @bli \xc2\xb7 1 day ago\n\n"          /* 11 */
                           "Agreed.\n\n"                                 /* 13 */
                           "Build times \xc2\xb7 @bli owns it\n";         /* 15 */
  g_autoptr (NpDocument) gdoc = run_text ("mr.md", mreq, NULL);
  assert_speakers (gdoc, 5, "Marta Kowal");
  assert_speakers (gdoc, 7, "Marta Kowal");
  assert_speakers (gdoc, 9, "NONE");
  assert_speakers (gdoc, 11, "Bob Li");
  assert_speakers (gdoc, 13, "Bob Li");
  assert_speakers (gdoc, 15, "Bob Li"); /* the comment goes on to the next header */
  /* a Zulip copy: the message goes on through its list, its quote and a
   * label's line, up to the blank line */
  static const char zulip[] = "# Release sync\n\n"
                              "Priya Raman 10:04 AM\nCI is mostly green. Two flaky jobs left:\n" /* 3 */
                              "- integration-pg15 times out\n"                                   /* 5 */
                              "I'd say we can branch.\n\n"                                       /* 6 */
                              "Jonas Becker 10:06 AM\n> looks like the same thing\n"             /* 8 */
                              "yes, it's the tmpfs size.\nNote: MR is up\n\n"                    /* 10, 11 */
                              "Priya Raman 10:07 AM\nthanks\n\n"                                 /* 13 */
                              "Jonas Becker 10:08 AM\nmerged\n\n"                                /* 16 */
                              "Summary: we branch today.\n\n"                                   /* 19 */
                              "Jonas Becker\nwill do, need one approval\n(edited)\n\n"           /* 21: no time */
                              "Release Notes\nare drafted in the wiki\n";                        /* 25 */
  g_autoptr (NpDocument) zdoc = run_text ("sync.md", zulip, NULL);
  assert_speakers (zdoc, 3, "Priya Raman");
  assert_speakers (zdoc, 5, "Priya Raman");
  assert_speakers (zdoc, 6, "Priya Raman");
  assert_speakers (zdoc, 9, "Jonas Becker");
  assert_speakers (zdoc, 10, "Jonas Becker");
  assert_speakers (zdoc, 11, "Jonas Becker");
  assert_speakers (zdoc, 19, "NONE");
  /* a sender the copy names without the time, known as one: the name
   * alone over the message; a title so written is nobody */
  assert_speakers (zdoc, 21, "Jonas Becker");
  assert_speakers (zdoc, 22, "Jonas Becker");
  assert_speakers (zdoc, 23, "Jonas Becker"); /* the copy's "(edited)", no signature */
  assert_speakers (zdoc, 25, "NONE");
  /* a phone that dialled in is nobody named, in bold too */
  static const char meet[] = "# Transcript\n\n**Lena Fischer:** So we are under plan.\n"
                             "**+49 30 ******12:** Hi, this is Sofia on the train.\n" /* 4 */
                             "**Lena Fischer:** Hi Sofia.\n";
  g_autoptr (NpDocument) mdoc = run_text ("meet.md", meet, NULL);
  assert_speakers (mdoc, 4, "UNKNOWN");
}

/* Live captions (CART) mark each change of speaker with ">>": a named
 * one is a turn (titles of office read as in minutes), an unnamed one
 * nobody's, and a party in capitals is in a dialogue past it */
static void
test_live_captions (void)
{
  static const char text[] = "Council meeting captions\n\n"
                             ">> MAYOR SMITH: Good evening, we will begin.\n" /* 3 */
                             ">> COUNCILMEMBER JONES: Thank you, Mayor.\n"    /* 4 */
                             ">> MAYOR SMITH: First item.\n"                  /* 5 */
                             ">> Thank you.\n"                                /* 6 */
                             ">> COUNCILMEMBER JONES: I move to approve.\n";  /* 7 */
  g_autoptr (NpDocument) doc = run_text ("captions.txt", text, NULL);
  assert_speakers (doc, 3, "Smith");
  assert_speakers (doc, 4, "Jones");
  assert_feature (doc, 4, "mentions", "COUNCILMEMBER JONES:");
  assert_speakers (doc, 6, "NONE");
  assert_speakers (doc, 7, "Jones");

  /* one word in capitals names a party after ">>" when it recurs in the
   * dialogue; a label in capitals stays a label */
  static const char one_word[] = "Panel captions\n\n"
                                 ">> MODERATOR: Welcome, everyone.\n"        /* 3 */
                                 ">> OYELARAN: The plan keeps four zones.\n" /* 4 */
                                 ">> MODERATOR: Does it?\n"
                                 ">> OYELARAN: It keeps three.\n"            /* 6 */
                                 ">> UPDATE: the vote moves to May.\n"       /* 7 */
                                 ">> MODERATOR: Thank you.\n"
                                 ">> UPDATE: the room changes.\n";           /* 9 */
  g_autoptr (NpDocument) odoc = run_text ("panel.txt", one_word, NULL);
  assert_speakers (odoc, 4, "Oyelaran");
  assert_speakers (odoc, 6, "Oyelaran");
  assert_speakers (odoc, 7, "NONE");
  assert_speakers (odoc, 9, "NONE");

  /* so in subtitles, past a cue no mark opens ("[applause]") */
  static const char srt[] = "1\n00:00:01,000 --> 00:00:03,000\nMARGARETHE: Welcome to the panel.\n\n"
                            "2\n00:00:04,000 --> 00:00:06,000\nJOÃO: Thank you.\n\n"
                            "3\n00:00:07,000 --> 00:00:09,000\nDEVIKA: Has anyone re-identified anyone?\n\n"
                            "4\n00:00:10,000 --> 00:00:12,000\nJOÃO: Not that we know of.\n\n"
                            "5\n00:00:13,000 --> 00:00:15,000\n[applause]\n\n"
                            "6\n00:00:16,000 --> 00:00:18,000\nDEVIKA: We suppress small counts.\n\n"
                            "7\n00:00:19,000 --> 00:00:21,000\nMARGARETHE: Thank you all.\n";
  g_autoptr (NpDocument) sdoc = run_text ("panel.srt", srt, NULL);
  assert_speakers (sdoc, 3, "Margarethe");
  assert_speakers (sdoc, 11, "Devika");
  assert_speakers (sdoc, 23, "Devika");
  assert_speakers (sdoc, 27, "Margarethe");
}

/* A hearing's record (the US Congress prints its hearings so): a title,
 * the member's name in capitals and a period open each turn; the state
 * after the name is no part of it; "The CHAIRMAN." is the chair's office,
 * and "The SPEAKER pro tempore." the Speaker's stand-in */
static void
test_hearing_record (void)
{
  static const char text[] = "HEARING ON PATENT REFORM\n\n"
                             "Present: Representatives Issa, Johnson, Nadler, and Jackson Lee.\n\n"
                             "Mr. ISSA. The Subcommittee will come to order.\n"          /* 5 */
                             "We welcome everyone to today's hearing.\n"
                             "Mr. JOHNSON of Georgia. Thank you, Mr. Chairman.\n"        /* 7 */
                             "Mr. NADLER. Patent trolls remain a serious problem.\n"     /* 8 */
                             "Ms. JACKSON LEE. Will the gentleman yield?\n"              /* 9 */
                             "The CHAIRMAN. Without objection, so ordered.\n"            /* 10 */
                             "Mrs. McCARTHY. I have a question for the witness.\n"       /* 11 */
                             "The SPEAKER pro tempore. The time has expired.\n";         /* 12 */
  g_autoptr (NpDocument) doc = run_text ("hearing.txt", text, NULL);
  assert_speakers (doc, 5, "Issa");
  assert_feature (doc, 5, "method", "hearing");
  assert_feature (doc, 5, "mentions", "Mr. ISSA.");
  assert_speakers (doc, 7, "Johnson");
  assert_feature (doc, 7, "mentions", "Mr. JOHNSON of Georgia.");
  assert_speakers (doc, 8, "Nadler");
  assert_speakers (doc, 9, "Jackson Lee");
  assert_speakers (doc, 10, "The Chairman");
  assert_speakers (doc, 11, "McCarthy");
  assert_speakers (doc, 12, "The Speaker Pro Tempore"); /* who presides in the Speaker's stead */

  /* a court's transcript: the judge speaks as THE COURT */
  static const char court[] = "Hearing transcript\n\n"
                              "THE COURT: Good morning.\n"          /* 3 */
                              "MS. CHEN: Good morning, Your Honor.\n"
                              "THE COURT: Call your first witness.\n"
                              "MS. CHEN: The plaintiff calls Dana Smith.\n"
                              "THE COURT: Overruled.\n";            /* 7 */
  g_autoptr (NpDocument) cdoc = run_text ("court.txt", court, NULL);
  assert_speakers (cdoc, 3, "The Court");
  assert_speakers (cdoc, 4, "Chen");
  assert_speakers (cdoc, 7, "The Court");

  /* a committee's Hansard: members by a title and the surname in
   * capitals, a witness named with her position over her first answer,
   * a turn's later paragraphs unmarked, the record's own lines nobody's */
  static const char committee[] = "COMMITTEE ON WATER\n"
                                  "Members in attendance: Ms Fiona Delacroix (Chair), Senator Owen Callaghan, Mr Dan Kovac\n"
                                  "Witnesses: Dr Miriam Austin; Mr Patrick Osei\n"
                                  "CHAIR (Ms Fiona Delacroix): I declare open this hearing. Dr Austin?\n"   /* 4 */
                                  "Dr Miriam Austin, Chief Executive, National Water Data Agency\n"         /* 5 */
                                  "Thank you, Chair. I will be brief.\n"                                    /* 6 */
                                  "Senator CALLAGHAN: Who knew on day one that the feed was down?\n"        /* 7 */
                                  "Dr AUSTIN: The duty officer was alerted at 6.40 am.\n"                   /* 8 */
                                  "Our escalation protocol has since been rewritten.\n"                     /* 9 */
                                  "Senator CALLAGHAN: And you personally?\n"                                /* 10 */
                                  "Dr AUSTIN: On the third day.\n"                                          /* 11 */
                                  "Proceedings suspended from 10:31 to 10:45\n"                             /* 12 */
                                  "Mr KOVAC: Growers near Moree wrote to me.\n";                            /* 13 */
  g_autoptr (NpDocument) hdoc = run_text ("committee.txt", committee, NULL);
  assert_speakers (hdoc, 6, "Miriam Austin");
  assert_speakers (hdoc, 7, "Owen Callaghan");
  assert_speakers (hdoc, 9, "Miriam Austin");
  assert_feature (hdoc, 9, "method", "continued");
  assert_speakers (hdoc, 12, "NONE");
  assert_speakers (hdoc, 13, "Dan Kovac");
}

/* Parliaments' and courts' transcripts: Hansard names a member with the
 * constituency and party, a minister once with the office ("The Prime
 * Minister (Rishi Sunak):") and then by the office alone; an oral
 * argument's justices speak in capitals with their title, some once */
static void
test_parliament_and_court (void)
{
  static const char hansard[] = "Prime Minister's Questions\n\n"
                                "Mr Speaker: Order. Questions to the Prime Minister.\n"                  /* 3 */
                                "Sir Keir Starmer (Holborn and St Pancras) (Lab): Will he confirm it?\n" /* 4 */
                                "The Prime Minister (Rishi Sunak): I can confirm it.\n"                  /* 5 */
                                "Sir Keir Starmer: That is not what the figures say.\n"                  /* 6 */
                                "The Prime Minister: The right honourable gentleman is wrong.\n"         /* 7 */
                                "Caroline Lucas (Brighton, Pavilion) (Green): Will he act?\n";           /* 8 */
  g_autoptr (NpDocument) doc = run_text ("hansard.txt", hansard, NULL);
  assert_speakers (doc, 3, "The Speaker"); /* the chair addressed: the office */
  assert_speakers (doc, 4, "Keir Starmer");
  assert_speakers (doc, 5, "Rishi Sunak");
  assert_speakers (doc, 7, "Rishi Sunak");
  assert_feature (doc, 7, "mentions", "The Prime Minister:");
  assert_speakers (doc, 8, "Caroline Lucas");
  /* the office's head alone where one holder has it ("The Minister:"),
   * an office with "and" in it, the chair's office after "Madam", a
   * topical question's number */
  static const char debate[] = "Housing Bill\n\n"
                               "Madam Deputy Speaker (Dame Eleanor Hartley): Order.\n"                     /* 3 */
                               "The Minister for Housing and Planning (Daniel Ashworth): I beg to move.\n" /* 4 */
                               "T1. Fiona MacRae (Argyll and Bute) (SNP): Will he give way?\n"             /* 5 */
                               "The Minister: I will not.\n"                                               /* 6 */
                               "Madam Deputy Speaker: Order.\n"                                            /* 7 */
                               "The Minister for Housing and Planning: Again.\n"                           /* 8 */
                               "Fiona MacRae: Shame.\n";                                                   /* 9 */
  g_autoptr (NpDocument) ddoc = run_text ("debate.txt", debate, NULL);
  assert_speakers (ddoc, 3, "Eleanor Hartley");
  assert_speakers (ddoc, 4, "Daniel Ashworth");
  assert_speakers (ddoc, 5, "Fiona MacRae");
  assert_speakers (ddoc, 6, "Daniel Ashworth");
  assert_speakers (ddoc, 7, "Eleanor Hartley");
  assert_speakers (ddoc, 8, "Daniel Ashworth");
  /* two ministers: "The Minister:" is neither */
  static const char two[] = "Questions\n\n"
                            "The Minister for Housing (Daniel Ashworth): Yes.\n"   /* 3 */
                            "The Minister for Transport (Guy Opperman): No.\n"     /* 4 */
                            "The Minister: Perhaps.\n";                            /* 5 */
  g_autoptr (NpDocument) tdoc = run_text ("two.txt", two, NULL);
  assert_speakers (tdoc, 4, "Guy Opperman");
  assert_speakers (tdoc, 5, "The Minister");

  /* the UN's verbatim records: a delegate once each, with the country
   * and the language; a surname's particle */
  static const char un[] = "Security Council, 9512th meeting\n\n"
                           "The President: I give the floor to the representative of France.\n"  /* 3 */
                           "Mr. de Rivière (France) (spoke in French): France condemns it.\n"    /* 4 */
                           "The President: I thank the representative of France.\n"             /* 5 */
                           "Mr. Nebenzia (Russian Federation) (spoke in Russian): We disagree.\n"; /* 6 */
  g_autoptr (NpDocument) udoc = run_text ("un.txt", un, NULL);
  assert_speakers (udoc, 4, "de Rivière");
  assert_speakers (udoc, 6, "Nebenzia");

  /* a Hansard's member with her constituency (no topic before a
   * reporter: a title opens a name), a minister's office with its
   * holder, whatever the speech opens with, and an interruption */
  static const char house[] = "NATIONAL ASSEMBLY\n\n"
                              "The Speaker: Supplementary question.\n"                                /* 3 */
                              "Ms. Adaeze Nwosu (Enugu North): We disagree.\n"                       /* 4 */
                              "The Minister for Transport (Hon. Grace Mensah): I thank the member.\n" /* 5 */
                              "[Interruption] I have the photographs here.\n"                        /* 6 */
                              "Ms. Nwosu: Which year?\n";                                           /* 7 */
  g_autoptr (NpDocument) hdoc = run_text ("house.txt", house, NULL);
  assert_speakers (hdoc, 4, "Adaeze Nwosu");
  assert_speakers (hdoc, 5, "Grace Mensah");
  assert_speakers (hdoc, 6, "NONE");
  assert_speakers (hdoc, 7, "Adaeze Nwosu");

  /* an oral question names its member with the place in running text,
   * whose later mark is the surname; the office with its function words
   * alone names its holder; "The Speaker:" is no common word's mark for
   * its article, beside a roster */
  static const char questions[] = "NATIONAL ASSEMBLY\n\n"
                                  "1. Mr. Chinedu Okonkwo (Lagos East) asked the Minister what was done.\n\n"  /* 3 */
                                  "The Minister for Transport (Hon. Grace Mensah): Mr. Speaker, the cameras.\n\n" /* 5 */
                                  "Mr. Okonkwo: Mr. Speaker, the cameras do not work.\n\n"                  /* 7 */
                                  "The Speaker: Order, the Minister has the floor.\n\n"                     /* 9 */
                                  "The Minister for Transport: Mr. Speaker, thirty-one of them work.\n\n"    /* 11 */
                                  "Mr. Okonkwo: The Minister will check the others.\n\n"                    /* 13 */
                                  "The Speaker: Order, the next question.\n\n"                              /* 15 */
                                  "An Hon. Member: Which year?\n\n"                                        /* 17 */
                                  "Hon. Members: Hear, hear!\n";                                            /* 19 */
  g_autoptr (NpDocument) qdoc = run_text ("questions.txt", questions, NULL);
  assert_speakers (qdoc, 3, "NONE");
  assert_speakers (qdoc, 7, "Chinedu Okonkwo");
  assert_speakers (qdoc, 9, "The Speaker");
  assert_speakers (qdoc, 11, "Grace Mensah");
  assert_speakers (qdoc, 15, "The Speaker");
  assert_speakers (qdoc, 17, "UNKNOWN"); /* a member the record does not name */
  assert_speakers (qdoc, 19, "UNKNOWN"); /* several at once: no person "Members" */

  /* Westminster's long offices with their holders (a hyphenated title,
   * a comma, a title of address in the parentheses), then the office
   * alone; the chair addressed by "Madam", as "Madam Chair" elsewhere */
  static const char commons[] = "Oral Answers to Questions\n\n"
                                "Mr Liam Byrne (Birmingham Hodge Hill) (Lab): What is the Department doing?\n" /* 3 */
                                "The Parliamentary Under-Secretary of State for Transport (Guy Opperman): "
                                "We are working with operators.\n"                                           /* 4 */
                                "Madam Speaker: Order.\n"                                                   /* 5 */
                                "The Minister of State, Ministry of Finance (Hon. Musa Bello): On track.\n" /* 6 */
                                "The Parliamentary Under-Secretary of State for Transport: I thank him.\n"     /* 7 */
                                "The Secretary of State for Health and Social Care (Wes Streeting): Yes.\n"    /* 8 */
                                "Mr Byrne: That is not good enough.\n";                                     /* 9 */
  g_autoptr (NpDocument) wdoc = run_text ("commons.txt", commons, NULL);
  assert_speakers (wdoc, 4, "Guy Opperman");
  assert_speakers (wdoc, 5, "The Speaker");
  assert_speakers (wdoc, 6, "Musa Bello");
  assert_speakers (wdoc, 7, "Guy Opperman");
  assert_speakers (wdoc, 8, "Wes Streeting");
  assert_speakers (wdoc, 9, "Liam Byrne");

  static const char court[] = "ORAL ARGUMENT\n\n"
                              "CHIEF JUSTICE ROBERTS: We'll hear argument first this morning.\n" /* 3 */
                              "MR. CLEMENT: Mr. Chief Justice, may it please the Court.\n"       /* 4 */
                              "JUSTICE THOMAS: Mr. Clement, what is the source?\n"               /* 5 */
                              "MR. CLEMENT: Justice Thomas, the statute.\n"                      /* 6 */
                              "JUSTICE KAGAN: Mr. Clement, about the history.\n"                 /* 7 */
                              "MR. CLEMENT: Certainly.\n";                                       /* 8 */
  g_autoptr (NpDocument) cdoc = run_text ("argument.txt", court, NULL);
  assert_speakers (cdoc, 5, "Thomas");
  assert_speakers (cdoc, 6, "Clement");
  assert_speakers (cdoc, 7, "Kagan");

  /* titles of address in other languages go like "Mr." */
  static const char french[] = "# Réunion\n\nPrésents : Marie Dupont, Sophie Bernard, Hans Vogel, Pierre Martin, "
                               "Michel Roux, Paul Roux\n\n"
                               "- Mme Bernard : d'accord pour jeudi.\n" /* 5 */
                               "- Herr Vogel: einverstanden.\n"        /* 6 */
                               "- M. Martin : je prépare le budget.\n" /* 7 */
                               "- M. Roux : et moi le document.\n";    /* 8 */
  g_autoptr (NpDocument) fdoc = run_text ("reunion.md", french, NULL);
  assert_speakers (fdoc, 5, "Sophie Bernard");
  assert_speakers (fdoc, 6, "Hans Vogel");
  /* "M." is Monsieur when no first name of the roster opens with M, and
   * an initial when one does (Michel Roux, not Paul Roux) */
  assert_speakers (fdoc, 7, "Pierre Martin");
  assert_speakers (fdoc, 8, "Michel Roux");
}

void
add_vtt_tests (void)
{
  g_test_add_func ("/speakers/chat/saved-chat", test_saved_chat);
  g_test_add_func ("/speakers/mark/voice", test_voice_mark);
  g_test_add_func ("/speakers/vtt/voice-tags", test_voice_tags);
  g_test_add_func ("/speakers/vtt/teams-saved", test_teams_saved);
  g_test_add_func ("/speakers/vtt/zoom-cues", test_zoom_cues);
  g_test_add_func ("/speakers/vtt/turn-over-cues", test_turn_over_cues);
  g_test_add_func ("/speakers/style/live-captions", test_live_captions);
  g_test_add_func ("/speakers/style/hearing-record", test_hearing_record);
  g_test_add_func ("/speakers/style/parliament-and-court", test_parliament_and_court);
}
