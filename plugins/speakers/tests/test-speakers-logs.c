/* test-speakers-logs.c: speakers in logs and exports of conversations:
 * IRC logs scribed W3C style ("<fantasai> TabAtkins: ..."), IRC actions
 * and WeeChat's logs, Zulip's mentions and quotes, and a town hall's
 * "Question from Priya: ...". */
#include <string.h>

#include "test-speakers.h"

/* The IRC log of a scribed meeting: the scribe's "<fantasai> TabAtkins:
 * ..." is TabAtkins' turn, "... more" goes on with it, records and
 * commands are nobody's speech; a scribe is declared ("scribe:
 * fantasai") or writes as one.  In a chat, "<alice> bob: ..." is alice's,
 * speaking to bob. */
static void
test_irc_scribe (void)
{
  static const char declared[] = "<astearns> scribe: fantasai\n"                  /* 1 */
                                 "<fantasai> TabAtkins: two proposals\n"          /* 2 */
                                 "<fantasai> jensimmons: a display type\n"        /* 3 */
                                 "<fantasai> ... easier to teach\n"               /* 4 */
                                 "<TabAtkins> I disagree\n"                       /* 5 */
                                 "<TabAtkins> q+\n"                               /* 6 */
                                 "<astearns> ack TabAtkins\n"                     /* 7 */
                                 "<fantasai> RESOLVED: use grid-lanes\n"          /* 8 */
                                 "<fantasai> we break for lunch\n";               /* 9 */
  g_autoptr (NpDocument) doc = run_text ("log.txt", declared, NULL);
  assert_speakers (doc, 2, "TabAtkins");
  assert_feature (doc, 2, "method", "scribed");
  assert_speakers (doc, 3, "jensimmons");
  assert_speakers (doc, 4, "jensimmons");
  assert_feature (doc, 4, "method", "continued");
  assert_speakers (doc, 5, "TabAtkins");
  assert_feature (doc, 5, "method", "angle");
  assert_speakers (doc, 6, "NONE");
  assert_speakers (doc, 7, "NONE");
  assert_speakers (doc, 8, "NONE");
  assert_speakers (doc, 9, "NONE"); /* the scribe's own note */

  /* no declaration: fantasai writes as a scribe, alice chats */
  static const char undeclared[] = "<fantasai> TabAtkins: two proposals\n"        /* 1 */
                                   "<fantasai> jensimmons: a display type\n"      /* 2 */
                                   "<fantasai> ... easier to teach\n"             /* 3 */
                                   "<fantasai> astearns: objections?\n"           /* 4 */
                                   "<alice> bob: did you look?\n"                 /* 5 */
                                   "<alice> carol: and you?\n"                    /* 6 */
                                   "<alice> bob: ping\n"                          /* 7 */
                                   "<alice> never mind, found it\n";              /* 8 */
  g_autoptr (NpDocument) doc2 = run_text ("log.txt", undeclared, NULL);
  assert_speakers (doc2, 1, "TabAtkins");
  assert_speakers (doc2, 3, "jensimmons");
  assert_speakers (doc2, 4, "astearns");
  assert_speakers (doc2, 5, "alice");
  assert_speakers (doc2, 7, "alice");

  /* a channel's log with times: the bots, "scribe+", a chair's topic */
  static const char logged[] = "14:00:12 <RRSAgent> logging to https://example.org/irc\n" /* 1 */
                               "14:02:01 <marcosc> scribe+\n"                            /* 2 */
                               "14:02:10 <Leonie> topic: Clipboard API\n"                /* 3 */
                               "14:02:30 <marcosc> Leonie: the clipboard API\n"          /* 4 */
                               "14:02:45 <marcosc> annevk: permissions are unclear\n"    /* 5 */
                               "14:03:01 <marcosc> ... ask the privacy folks\n"          /* 6 */
                               "14:03:20 <annevk> I can file an issue\n";                /* 7 */
  g_autoptr (NpDocument) doc3 = run_text ("log.txt", logged, NULL);
  g_assert_null (np_document_get_title (doc3));
  assert_speakers (doc3, 1, "NONE");
  assert_speakers (doc3, 3, "NONE");
  assert_speakers (doc3, 4, "Leonie");
  assert_speakers (doc3, 6, "annevk");
  assert_speakers (doc3, 7, "annevk");
}

/* Zulip's mentions: "@**Alice**: ...", "@**Alice** said:" over a quote
 * of her words, "Julien:" over one; a quote opening like a mark is still
 * the quoted person's */
static void
test_zulip_quotes (void)
{
  static const char text[] = "# Triage\n\nAttendees: Felix Klock (pnkfelix), Wesley Wiser, Julien Martin\n\n"
                             "@**pnkfelix** said:\n"      /* 5 */
                             "> we should bisect first\n" /* 6 */
                             "\n"
                             "@_**Wesley Wiser** said:\n" /* 8 */
                             "> agreed, tonight\n"        /* 9 */
                             "\n"
                             "Julien:\n"                  /* 11 */
                             "\n"
                             "> fine by me\n"             /* 13 */
                             "\n"
                             "@**pnkfelix**: thanks\n";   /* 15 */
  g_autoptr (NpDocument) doc = run_text ("triage.md", text, NULL);
  assert_speakers (doc, 5, "Felix Klock");
  assert_speakers (doc, 6, "Felix Klock");
  assert_feature (doc, 6, "method", "headed");
  assert_speakers (doc, 8, "Wesley Wiser");
  assert_speakers (doc, 9, "Wesley Wiser");
  assert_speakers (doc, 13, "Julien Martin");
  assert_speakers (doc, 15, "Felix Klock");
  /* a name in bold, or a full name, with its verb over the quote
   * ("**Hannah Lind** said:", "Rafael Moreno wrote:") */
  static const char sync[] = "# Sync\n\n"
                             "**Hannah Lind** said:\n"   /* 3 */
                             "> starting the sync now\n" /* 4 */
                             "\n"
                             "Rafael Moreno wrote:\n"    /* 6 */
                             "> flaky rate is 6.2%\n"    /* 7 */
                             "\n"
                             "**Hannah Lind** said:\n"   /* 9 */
                             "> ok, agreed\n"            /* 10 */
                             "\n"
                             "Rafael Moreno wrote:\n"    /* 12 */
                             "> stopgap this week\n";    /* 13 */
  g_autoptr (NpDocument) doc_sync = run_text ("sync.md", sync, NULL);
  for (guint line = 3; line <= 13; line++)
    if (line % 3 != 2)
      assert_speakers (doc_sync, line, line % 6 == 3 || line % 6 == 4 ? "Hannah Lind" : "Rafael Moreno");
  assert_feature (doc_sync, 4, "method", "headed");
  assert_feature (doc_sync, 13, "method", "headed");
  /* a mail's attribution line over its quote names its writer, once
   * too, with the address and the date ("On Tue, Mar 4, 2025 at 10:12 AM
   * Jonas Aberg <jonas@example.org> wrote:") */
  static const char thread[] = "# Notes\n\nFrom the thread:\n\n"
                               "On Tue, Lena Fischer wrote:\n"                                            /* 5 */
                               "> Debian stable still ships 3.9.\n\n"                                     /* 6 */
                               "On Tue, Mar 4, 2025 at 10:12 AM Jonas Aberg <jonas@example.org> wrote:\n" /* 8 */
                               "> Fair enough. Warn in 0.9, drop in 0.10.\n";                              /* 9 */
  g_autoptr (NpDocument) doc_thread = run_text ("thread.md", thread, NULL);
  assert_speakers (doc_thread, 6, "Lena Fischer");
  assert_speakers (doc_thread, 9, "Jonas Aberg");
  assert_feature (doc_thread, 9, "method", "headed");
}

/* A town hall's "Question from Priya: ...", "Comment from Jonas: ...":
 * the one after "from"; from the floor or the audience, a voice nobody
 * named; "Questions from attendees:" is a heading's label */
static void
test_question_from (void)
{
  static const char text[] = "# AMA\n\nAttendees: Priya Patel, Jonas Berg, Maria Garcia\n\n"
                             "- Question from Priya: when will the office open?\n" /* 5 */
                             "- Maria: in September\n"                             /* 6 */
                             "- Comment from Jonas: great news\n"                  /* 7 */
                             "- Question from the floor: why?\n"                   /* 8 */
                             "- Questions from attendees: see the doc\n";          /* 9 */
  g_autoptr (NpDocument) doc = run_text ("ama.md", text, NULL);
  assert_speakers (doc, 5, "Priya Patel");
  assert_feature (doc, 5, "mentions", "Question from Priya:");
  assert_speakers (doc, 7, "Jonas Berg");
  assert_speakers (doc, 8, "UNKNOWN");
  assert_speakers (doc, 9, "NONE");
}

/* IETF minutes: "Mic line: Ian Swett: +1", "Q: Alice: ..." - a label of
 * the floor before the speaker's own mark; the label alone stays none */
static void
test_floor_label (void)
{
  static const char text[] = "# QUIC WG\n\nChairs: Lucas Pardue, Matt Joras\n\n"
                             "* Martin Thomson (Mozilla): why not reuse the path ID?\n" /* 5 */
                             "* Yanmei Liu: we considered it; it breaks migration.\n"   /* 6 */
                             "* Mic line: Ian Swett: +1 to keeping them separate.\n"    /* 7 */
                             "* Q: Kazuho Oku: does this interact with pacing?\n"       /* 8 */
                             "* Q: what about pacing? See the draft: section 3\n"      /* 9 */
                             "* Mic: nothing more\n"                                   /* 10 */
                             "* Lucas Pardue: let us take it to the list.\n"           /* 11 */
                             "* Martin Thomson: fine by me.\n";                         /* 12 */
  g_autoptr (NpDocument) doc = run_text ("quic.md", text, NULL);
  assert_speakers (doc, 5, "Martin Thomson");
  assert_speakers (doc, 6, "Yanmei Liu");
  assert_speakers (doc, 7, "Ian Swett");
  assert_feature (doc, 7, "mentions", "Ian Swett:");
  assert_speakers (doc, 8, "Kazuho Oku");
  assert_speakers (doc, 9, "NONE");
  assert_speakers (doc, 10, "NONE");
  /* the label alone read first: "Q:" then names nobody's turn in it */
  static const char later[] = "# QUIC WG\n\n"
                              "* Q: what about pacing?\n"                             /* 3 */
                              "* Martin Thomson: we looked at it.\n"                  /* 4 */
                              "* Q: Kazuho Oku: does this interact with pacing?\n"    /* 5 */
                              "* Martin Thomson: only indirectly.\n";                 /* 6 */
  g_autoptr (NpDocument) doc2 = run_text ("quic2.md", later, NULL);
  assert_speakers (doc2, 3, "NONE");
  assert_speakers (doc2, 5, "Kazuho Oku");
}

/* MeetBot's minutes of an IRC meeting (OpenStack, Fedora, Debian): each
 * line of the summary ends with its speaker's nick and the time, which
 * MeetBot wraps like the rest; a colon at the line's start names no
 * speaker there ("bauzas: ..." addresses bauzas), and the nick is no word
 * of the speech */
static void
test_meetbot_minutes (void)
{
  static const char text[] = "Meeting summary\n"
                             "---------------\n\n"
                             "* Bugs  (gibi, 16:02:40)\n"                                        /* 4 */
                             "  * LINK: https://bugs.example.org/nova  (gibi, 16:03:01)\n"      /* 5 */
                             "  * bauzas: please look at the new ones  (gibi, 16:04:20)\n"      /* 6 */
                             "  * AGREED: we cut the release on Thursday  (bauzas, 16:12:45)\n" /* 7 */
                             "  * the gate is blocked  (sean-k-mooney, 16:14)\n"                /* 8 */
                             "  * LINK:\n"                                                      /* 9 */
                             "    https://etherpad.example.org/p/nova-bug-triage  (gibi,\n"
                             "    16:20:00)\n"
                             "  * a note (see the log)\n\n"                                     /* 12 */
                             "People present (lines said)\n"
                             "---------------------------\n\n"
                             "* gibi (52)\n"
                             "* bauzas (31)\n";
  g_autoptr (NpDocument) doc = run_text ("minutes.txt", text, NULL);
  assert_speakers (doc, 4, "gibi");
  assert_feature (doc, 4, "method", "meetbot");
  assert_feature (doc, 4, "mentions", "(gibi, 16:02:40)");
  assert_speakers (doc, 5, "gibi");
  assert_speakers (doc, 6, "gibi");
  assert_speakers (doc, 7, "bauzas");
  assert_speakers (doc, 8, "sean-k-mooney");
  assert_speakers (doc, 9, "gibi"); /* wrapped by MeetBot */
  assert_speakers (doc, 12, "NONE");
  const NpAnnotation *bauzas = person_named (doc, "bauzas");
  g_assert_nonnull (bauzas);
  /* "AGREED: we cut the release on Thursday": 7 words, not the nick */
  g_assert_cmpint (np_annotation_get_int (bauzas, "words", -1), ==, 7);

  /* one such line alone is an owner and a time, no speaker */
  g_autoptr (NpDocument) one = run_text ("sync.md", "# Sync\n\n- Review the draft (Alice, 10:30)\n- ship it\n", NULL);
  assert_speakers (one, 3, "NONE");
}

/* A chat app's export, the day before the time: WhatsApp on iOS
 * ("[28/11/2026, 10:32:05] Name: ") and on Android ("28/11/2026, 10:32 -
 * Name: "); the first message is no title nor the notes' date line */
static void
test_chat_app_exports (void)
{
  static const char ios[] = "[28/11/2026, 10:32:05] Jane Doe: We should ship on Friday.\n"
                            "[28/11/2026, 10:33:10] John Smith: Agreed.\n"
                            "[28/11/2026, 10:35:00] Jane Doe: Great.\n";
  static const char android[] = "28/11/2026, 10:32 - Jane Doe: We should ship on Friday.\n"
                                "28/11/2026, 10:33 - John Smith: Agreed.\n"
                                "28/11/2026, 10:35 - Jane Doe: Great.\n";
  static const char iso[] = "Chat\n\n[2026-11-28 10:32:05] Jane Doe: We should ship on Friday.\n"
                            "[2026-11-28 10:33:10] John Smith: Agreed.\n[2026-11-28 10:35:00] Jane Doe: Great.\n";
  const char *const texts[] = { ios, android, iso };
  for (guint k = 0; k < G_N_ELEMENTS (texts); k++)
    {
      g_autoptr (NpDocument) doc = run_text ("chat.txt", texts[k], NULL);
      guint first = k == 2 ? 3 : 1;
      assert_speakers (doc, first, "Jane Doe");
      assert_speakers (doc, first + 1, "John Smith");
      assert_speakers (doc, first + 2, "Jane Doe");
    }
  /* Telegram's copy: the sender, a comma, the day and time in brackets,
   * over the message */
  static const char telegram[] = "Jane Doe, [28.11.26 10:32]\nWe should ship on Friday.\n\n"
                                 "John Smith, [28.11.26 10:33]\nAgreed.\nJane Doe, [28.11.26 10:35]\nGreat.\n";
  g_autoptr (NpDocument) tg = run_text ("telegram.txt", telegram, NULL);
  assert_speakers (tg, 1, "Jane Doe");
  assert_speakers (tg, 4, "John Smith");
  assert_speakers (tg, 6, "Jane Doe");
}

/* Notes that mark their speakers by handle ("@desrosj: ...", as chat
 * summaries do): one who speaks once so is a speaker too; "@name noted"
 * is no mark */
static void
test_handle_marks (void)
{
  static const char text[] = "# Dev chat summary\n\n## Releases\n\n"
                             "> @desrosj: Only bundled ones for now.\n\n"          /* 5 */
                             "> @jorgecosta: The milestone has nine tickets.\n\n"
                             "@desrosj mentioned the squad.\n\n## PHP\n\n"          /* 9 */
                             "> @desrosj: Agreed.\n\n> @jorgecosta: Fine.\n\n"
                             "@mukesh27 pointed out a thing.\n\n"
                             "@hellofromTonya: Those can be cleaned up separately.\n\n" /* 19 */
                             "Tonya also asked for a post.\n";
  g_autoptr (NpDocument) doc = run_text ("summary.md", text, NULL);
  assert_speakers (doc, 5, "desrosj");
  assert_speakers (doc, 9, "NONE");
  assert_speakers (doc, 19, "hellofromTonya");
}

/* Minutes typed a turn a line in plain text, W3C style: names with '_'
 * for spaces under "Present", turns by first name or nickname, some in
 * lower case right under the last ("anne: LGTM" is Anne's own turn, not
 * the end of Tomek's), each resolved to the attendee */
static void
test_plain_nick_minutes (void)
{
  static const char text[] = "Web Applications WG\n\n"
                             "Present\n    Anne_van_Kesteren, Marcos_Caceres, Tomek_Jaworski\n\n" /* 3-4 */
                             "Topic: Wake Lock\n\n"                                                  /* 6 */
                             "Marcos: there's a new PR from Tomek\n"                                  /* 8 */
                             "Tomek_Jaworski: yes, it adds the visibility check\n"                   /* 9 */
                             "anne: LGTM\n"                                                           /* 10 */
                             "marcos: merging it then\n";                                             /* 11 */
  g_autoptr (NpDocument) doc = run_text ("minutes.txt", text, NULL);
  assert_speakers (doc, 8, "Marcos Caceres");
  assert_speakers (doc, 9, "Tomek Jaworski");
  assert_speakers (doc, 10, "Anne van Kesteren");
  assert_speakers (doc, 11, "Marcos Caceres");
}

/* An IRC action after the time ("16:01 * sgallagh is here", irssi) is
 * the nick's turn when the nick writes lines of its own in the log; an
 * agenda's "10:30 * Alice presents" names nobody who writes there */
static void
test_irc_actions (void)
{
  static const char log[] = "16:00 <@zbyszek> #topic init process\n" /* 1 */
                            "16:00 <nirik> morning\n"                /* 2 */
                            "16:01 * sgallagh is here\n"             /* 3 */
                            "16:01 <+ngompa> hey\n"                  /* 4 */
                            "16:05 * nirik nods\n"                   /* 5 */
                            "16:06 <sgallagh> Proposal: defer it\n"  /* 6 */
                            "16:07 * mhayden waves\n";               /* 7 */
  g_autoptr (NpDocument) doc = run_text ("fesco.log", log, NULL);
  assert_speakers (doc, 2, "nirik");
  assert_speakers (doc, 3, "sgallagh");
  assert_feature (doc, 3, "mentions", "* sgallagh");
  assert_speakers (doc, 5, "nirik");
  assert_speakers (doc, 6, "sgallagh");
  assert_speakers (doc, 7, "NONE"); /* writes no line of its own */

  /* MeetBot's commands are the chair's records, its lines and other
   * bots' nobody's speech */
  static const char ubuntu[] = "16:00:04 <vorlonix> #startmeeting Technical Board\n"                /* 1 */
                               "16:00:04 <meetingology> Meeting started at 16:00:04 UTC.\n"        /* 2 */
                               "16:01:02 <rbasak> the snap is ready for review\n"                  /* 3 */
                               "16:02:02 <vorlonix> #agreed Wait for publisher verification\n"     /* 4 */
                               "16:02:30 <vorlonix> rbasak: thanks, next item\n"                   /* 5 */
                               "16:03:00 <gb> Pull Request 803 Add MLTensor explainer (by reilly)\n" /* 6 */
                               "16:05:01 <vorlonix> #endmeeting\n"                                 /* 7 */
                               "16:05:01 <opendevmeet> Meeting ended Wed Mar 12 16:05:01 2025 UTC.\n"; /* 8 */
  g_autoptr (NpDocument) doc3 = run_text ("ubuntu.log", ubuntu, NULL);
  assert_speakers (doc3, 1, "NONE");
  assert_speakers (doc3, 2, "NONE");
  assert_speakers (doc3, 3, "rbasak");
  assert_speakers (doc3, 4, "NONE");
  assert_speakers (doc3, 5, "vorlonix");
  assert_speakers (doc3, 6, "NONE");
  assert_speakers (doc3, 7, "NONE");
  assert_speakers (doc3, 8, "NONE");

  /* Matrix's meeting bot: "!" commands, "!hi" roll calls, bots named as
   * Matrix users; its summary names a user after the speech */
  static const char matrix[] = "[2025-03-10 17:00:04] <@zbyn:fedora.im> !startmeeting FESCo\n"        /* 1 */
                               "[2025-03-10 17:00:05] <@meetbot:fedora.im> Meeting started\n"         /* 2 */
                               "[2025-03-10 17:00:11] <@decarlo:fedora.im> !hi\n"                     /* 3 */
                               "[2025-03-10 17:00:12] <@zodbot:fedora.im> Fabio Decarlo (decarlo)\n"  /* 4 */
                               "[2025-03-10 17:05:30] <@decarlo:fedora.im> I'm +1 in principle\n"     /* 5 */
                               "[2025-03-10 17:21:40] <@zbyn:fedora.im> !agreed Postpone a week\n"    /* 6 */
                               "[2025-03-10 17:22:00] <@zbyn:fedora.im> then we wait\n";              /* 7 */
  g_autoptr (NpDocument) doc4 = run_text ("fesco.log", matrix, NULL);
  for (guint line = 1; line <= 4; line++)
    assert_speakers (doc4, line, "NONE");
  assert_speakers (doc4, 5, "decarlo");
  assert_speakers (doc4, 6, "NONE");
  assert_speakers (doc4, 7, "zbyn");
  static const char summary[] = "Meeting summary\n---------------\n"
                                "* TOPIC: init process (@zbyn:fedora.im, 17:00:09)\n"                     /* 3 */
                                "* INFO: owners asked in the thread (@mhayden2:fedora.im,\n  17:08:20)\n"; /* 4 */
  g_autoptr (NpDocument) doc5 = run_text ("summary.txt", summary, NULL);
  assert_speakers (doc5, 3, "zbyn");
  assert_speakers (doc5, 4, "mhayden2");
  /* a channel's bot by its name or by a nick that says so */
  static const char gentoo[] = "[21:00:02] <ulm> !proj council\n"                                /* 1 */
                               "[21:00:03] <willikins> ulm: (council@gentoo.org) sam, ulm\n"      /* 2 */
                               "[21:00:10] <sam> here\n"                                          /* 3 */
                               "[21:00:11] <kgb-bot> commit 1234 by sam\n";                       /* 4 */
  g_autoptr (NpDocument) doc6 = run_text ("gentoo.log", gentoo, NULL);
  assert_speakers (doc6, 2, "NONE");
  assert_speakers (doc6, 3, "sam");
  assert_speakers (doc6, 4, "NONE");

  static const char agenda[] = "Agenda\n\n10:00 * Welcome and intros\n10:30 * Alice presents the roadmap\n\n"
                               "- Alice: the roadmap is on the wiki\n";
  g_autoptr (NpDocument) doc2 = run_text ("agenda.md", agenda, NULL);
  assert_speakers (doc2, 3, "NONE");
  assert_speakers (doc2, 4, "NONE");
  assert_speakers (doc2, 6, "Alice");
}

/* WeeChat's log, columns apart by tabs: the nick column's writer (its
 * channel mode left out) speaks, an action's nick opens its message, and
 * the network's joins, quits and nick changes are nobody's */
static void
test_weechat_log (void)
{
  static const char log[] = "2025-03-12 18:58:41\t-->\tolasd (~olasd@debian/olasd) has joined #ctte\n" /* 1 */
                            "2025-03-12 19:00:03\t@ehashman\t#startmeeting\n"                          /* 2 */
                            "2025-03-12 19:00:15\tsmcv\tSimon McVittie\n"                              /* 3 */
                            "2025-03-12 19:00:44\t *\tmarga waves, Margarita Manterola\n"              /* 4 */
                            "2025-03-12 19:01:58\tolasd\tdraft is in the git repo\n"                   /* 5 */
                            "2025-03-12 19:05:48\tmarga\tshould we send a reminder?\n"                 /* 6 */
                            "2025-03-12 19:09:15\t--\tsmcv is now known as smcv_away\n"                /* 7 */
                            "2025-03-12 19:10:30\t<--\tolasd (~olasd@debian/olasd) has quit (bye)\n";  /* 8 */
  g_autoptr (NpDocument) doc = run_text ("ctte.log", log, NULL);
  assert_speakers (doc, 1, "NONE");
  assert_speakers (doc, 2, "ehashman");
  assert_feature (doc, 2, "method", "angle");
  assert_speakers (doc, 3, "smcv");
  assert_speakers (doc, 4, "marga");
  assert_speakers (doc, 5, "olasd");
  assert_speakers (doc, 6, "marga");
  assert_speakers (doc, 7, "NONE");
  assert_speakers (doc, 8, "NONE");
}

/* A meeting app's display names: Zoom's for a phone ("Priya's iPhone")
 * is its owner, a company after a bar goes with the name */
static void
test_display_names (void)
{
  static const char notes[] = "Community call\n\nAttendees: Dana Whitcombe, Priya Raghunathan, Lena Hoffmann\n\n"
                              "[Dana Whitcombe] 16:02:13\nPriya, you had the PR?\n\n"          /* 5 */
                              "[Priya's iPhone] 16:03:10\nYes, it needs a review.\n\n"          /* 8 */
                              "[Lena Hoffmann | Grafana] 16:03:55\nCan we group them?\n\n"      /* 11 */
                              "[Dana Whitcombe] 16:04:03\nYes.\n";                              /* 14 */
  g_autoptr (NpDocument) doc = run_text ("call.txt", notes, NULL);
  assert_speakers (doc, 8, "Priya Raghunathan");
  assert_speakers (doc, 11, "Lena Hoffmann");
}

/* RRSAgent's "present+ Henrik_Brandt" signs a person in: the scribe's
 * "Henrik:" is Henrik Brandt, and so is the nick that typed it */
static void
test_irc_present (void)
{
  static const char log[] = "16:00:01 <mariela> present+\n"
                            "16:00:12 <hbrandt> present+ Henrik_Brandt\n"
                            "16:00:20 <fgirard> present+ Florence_Girard\n"
                            "16:01:00 <mariela> scribe: dpark\n"
                            "16:01:30 <dpark> Henrik: the origin trial has run for three months\n"   /* 5 */
                            "16:02:10 <dpark> Florence: we still have privacy concerns\n"            /* 6 */
                            "16:02:35 <hbrandt> the PR is up\n";                                     /* 7 */
  g_autoptr (NpDocument) doc = run_text ("irc.txt", log, NULL);
  assert_speakers (doc, 5, "Henrik Brandt");
  assert_speakers (doc, 6, "Florence Girard");
  assert_speakers (doc, 7, "Henrik Brandt");
}

/* A change log's lines open with the module that changed, in lower case,
 * and credit their authors at the end ("http: fix ... (Ben Noordhuis)"):
 * the module is nobody, credited or not ("uv: upgrade to 1.0"); a
 * nickname's turns ending in parentheses that credit nobody still
 * speak */
static void
test_changelog_modules (void)
{
  static const char notes[] = "## 2014.09.24, Version 0.11.14\n\n"
                              "* http: avoid duplicate keys in writeHead (David Bj\xc3\xb6rklund)\n" /* 3 */
                              "* uv: Upgrade to v0.11.15\n"                                          /* 4 */
                              "* net: fix .listen({fd:0}) (Ben Noordhuis)\n"
                              "* stream: make setEncoding chainable (Julian Gruber, isaacs)\n"
                              "* fs: more specific error messages (Tj Holowaychuk)\n"
                              "* http: add request.flush() method (Ben Noordhuis)\n";
  g_autoptr (NpDocument) doc = run_text ("CHANGELOG.md", notes, NULL);
  for (guint line = 3; line <= 8; line++)
    assert_speakers (doc, line, "NONE");
  static const char chat[] = "# Triage\n\n- rsc: we should look at the linker (see the doc)\n"
                             "- cherry: the linker is fine (mostly)\n- rsc: ok, later\n- cherry: agreed\n"
                             "- iant: the GC first (priority)\n";
  g_autoptr (NpDocument) cdoc = run_text ("triage.md", chat, NULL);
  assert_speakers (cdoc, 3, "rsc");
  assert_speakers (cdoc, 4, "cherry");
}

/* A shortlog or a release's notes list commits by their subjects, the
 * module in lower case before the colon and no credit ("attr: fix ...",
 * "cmd/go: add ..."): four such lines or more under two modules or more
 * are nobody's, while the nicknames' turns beside them still speak, a
 * subject among them ("cherry: fix it after the freeze") too */
static void
test_commit_subjects (void)
{
  static const char shortlog[] = "Changes since v1.2\n\n"
                                 "Jane Doe (4):\n"                                    /* 3 */
                                 "      attr: fix overflow when parsing long names\n" /* 4 */
                                 "      attr: ignore overly large files\n"
                                 "      pretty: fix out-of-bounds read\n"
                                 "      utf8: harden the width count\n";               /* 7 */
  g_autoptr (NpDocument) doc = run_text ("shortlog.txt", shortlog, NULL);
  for (guint line = 3; line <= 7; line++)
    assert_speakers (doc, line, "NONE");
  static const char mixed[] = "# Runtime sync\n\n"
                              "- cherry: we should look at the flaky builders first\n" /* 3 */
                              "- iant: agreed, the arm64 one mostly\n"
                              "- cherry: fix it after the freeze\n"                    /* 5 */
                              "- Landed this week:\n"
                              "  - runtime: fix a race in the scavenger\n"             /* 7 */
                              "  - runtime: avoid a lock in the profiler\n"
                              "  - cmd/go: add a flag for the cache\n"
                              "  - net/http: remove the old transport hook\n"          /* 10 */
                              "- iant: thanks, that's all from me\n";                  /* 11 */
  g_autoptr (NpDocument) mdoc = run_text ("sync.md", mixed, NULL);
  assert_speakers (mdoc, 3, "cherry");
  assert_speakers (mdoc, 4, "iant");
  assert_speakers (mdoc, 5, "cherry");
  assert_speakers (mdoc, 11, "iant");
  for (guint line = 7; line <= 10; line++)
    assert_speakers (mdoc, line, "NONE");
  /* a shortlog's author over the commits, joined with the first ("Jeff
   * King (2):" then "shell: add ..."), wrote them: nobody speaks; a
   * module's name with digits is one ("utf8:"), and a module of the
   * commits is one before any subject ("shell: the size's cap") */
  static const char joined[] = "Changes since v2.30.5\n\n"
                               "Jeff King (2):\n      shell: add basic tests\n      shell: the size's cap\n\n" /* 3 */
                               "Kevin Roe (1):\n      alias.c: reject too-long strings\n\n"                     /* 7 */
                               "Ann Lee (4):\n\n      utf8: fix the width\n\n      utf8: refactor the replace\n\n"
                               "      apply: fix writing behind links\n\n      attr: ignore large files\n";
  g_autoptr (NpDocument) jdoc = run_text ("relnotes.txt", joined, NULL);
  for (guint line = 3; line <= 5; line++)
    assert_speakers (jdoc, line, "NONE");
  assert_speakers (jdoc, 7, "NONE");
  for (guint line = 12; line <= 18; line += 2)
    assert_speakers (jdoc, line, "NONE");
  /* three subjects are not yet a list of commits: the nicknames' turns */
  static const char few[] = "# Sync\n\n- cherry: fix the builder first\n- iant: add a test for it\n"
                            "- cherry: ok\n- iant: update the doc too\n";
  g_autoptr (NpDocument) fdoc = run_text ("few.md", few, NULL);
  assert_speakers (fdoc, 3, "cherry");
  assert_speakers (fdoc, 4, "iant");
  assert_speakers (fdoc, 6, "iant");
}

/* An advisory's number or an issue tracker's key before a colon
 * ("CVE-2024-1234: the parser overflow"), written in capitals, is no name
 * in capitals: nobody's, beside turns or not */
static void
test_issue_keys (void)
{
  static const char notes[] = "# Security WG\n\nPresent: Alice Smith, Bob Jones\n\n"
                              "- Alice: two new reports this week.\n"                  /* 5 */
                              "- CVE-2024-1234: the parser overflow, fixed in 22.3.\n" /* 6 */
                              "- CVE-2024-5678: the path traversal, still open.\n"
                              "- Bob: I will backport both.\n"                         /* 8 */
                              "- PROJ-12: needs a reviewer.\n";                        /* 9 */
  g_autoptr (NpDocument) doc = run_text ("security.md", notes, NULL);
  assert_speakers (doc, 5, "Alice Smith");
  assert_speakers (doc, 6, "NONE");
  assert_speakers (doc, 7, "NONE");
  assert_speakers (doc, 8, "Bob Jones");
  assert_speakers (doc, 9, "NONE");
}

/* A members' list writes each person with a handle, a name and an
 * address, and perhaps pronouns, a key or a link: no turn, whatever the
 * mark ("[handle](profile) - **Name** <address>", "**Name** <address>
 * `KEY`"); a turn that gives an address in its speech still speaks */
static void
test_contact_lists (void)
{
  static const char notes[] = "# Members\n\n"
                              "* [jdoe](https://github.com/jdoe) - **Jane Doe** <<jane@example.org>> (she/her)\n" /* 3 */
                              "* [rroe](https://github.com/rroe) - **Rafael Roe** <rafael@example.org>\n"
                              "* [mmu](https://github.com/mmu) - **Mia Mu** <mia@example.org> (she/her) - "
                              "[Support me](https://example.org/mia)\n"
                              "* **Jane Doe** <jane@example.org> `C82FA3AE1CBEDC6BE46B9360C43CEC45C17AB93C`\n"
                              "* **Rafael Roe** <rafael@example.org> `DD8F2338BAE7501E3DD5AC78C273792F7D83545D`\n" /* 7 */
                              "\n## Sync\n\nPresent: Jane Doe, Rafael Roe\n\n"
                              "- Jane: send the report to <ops@example.org> please\n" /* 13 */
                              "- Rafael: will do\n";
  g_autoptr (NpDocument) doc = run_text ("members.md", notes, NULL);
  for (guint line = 3; line <= 7; line++)
    assert_speakers (doc, line, "NONE");
  assert_speakers (doc, 13, "Jane Doe");
  assert_speakers (doc, 14, "Rafael Roe");
}

/* A nickname and ">" opening a line ("alice> ..."), as a pad's authors
 * or a chat quoted in a mail write it: a speaker the roster knows, or
 * one the notes mark elsewhere; a pasted session's prompt ("mysql>") and
 * a nickname known to nobody are nobody's */
static void
test_nick_gt (void)
{
  static const char notes[] = "# DB sync\n\nAttendees: Alice Smith, Bob Jones\n\n"
                              "- alice> the migration is ready\n"             /* 5 */
                              "- bob> I'll review it today\n"
                              "- We checked the counts:\n"
                              "  - mysql> SELECT COUNT(*) FROM users;\n"      /* 8 */
                              "  - mysql> SELECT COUNT(*) FROM orders;\n"
                              "- carol: I can run it tonight\n"               /* 10 */
                              "- carol> done, all green\n"
                              "- zed> nobody knows zed\n";                     /* 12 */
  g_autoptr (NpDocument) doc = run_text ("db.md", notes, NULL);
  assert_speakers (doc, 5, "Alice Smith");
  assert_speakers (doc, 6, "Bob Jones");
  assert_speakers (doc, 8, "NONE");
  assert_speakers (doc, 9, "NONE");
  assert_speakers (doc, 11, "carol");
  assert_speakers (doc, 12, "NONE");
  assert_feature (doc, 5, "method", "angle");
}

/* A person's remark in parentheses on an item with no mark of its own
 * ("Usage of build tools (Rod: could clarify the language)") is that
 * person's turn when the roster knows the name; a label's aside ("(Note:
 * ...)") or a name nobody knows is none */
static void
test_aside_voice (void)
{
  static const char notes[] = "# TSC\n\n## Present\n\n* Rod Vagg (TSC)\n* Myles Borins (TSC)\n\n## Minutes\n\n"
                              "* Charter review:\n"                                                        /* 10 */
                              "  * Usage of build tools (Rod: could clarify the language about usage)\n"  /* 11 */
                              "  * Standards for contributions (Note: see the charter)\n"
                              "  * Code of conduct (Zed: nobody knows him)\n"
                              "  * Release cadence (Myles: agreed, every six months)\n";                  /* 14 */
  g_autoptr (NpDocument) doc = run_text ("tsc.md", notes, NULL);
  assert_speakers (doc, 11, "Rod Vagg");
  assert_speakers (doc, 12, "NONE");
  assert_speakers (doc, 13, "NONE");
  assert_speakers (doc, 14, "Myles Borins");
}

void
add_logs_tests (void)
{
  g_test_add_func ("/speakers/logs/irc-present", test_irc_present);
  g_test_add_func ("/speakers/logs/display-names", test_display_names);
  g_test_add_func ("/speakers/mark/handle-marks", test_handle_marks);
  g_test_add_func ("/speakers/mark/irc-scribe", test_irc_scribe);
  g_test_add_func ("/speakers/mark/zulip-quotes", test_zulip_quotes);
  g_test_add_func ("/speakers/mark/question-from", test_question_from);
  g_test_add_func ("/speakers/mark/floor-label", test_floor_label);
  g_test_add_func ("/speakers/mark/meetbot-minutes", test_meetbot_minutes);
  g_test_add_func ("/speakers/mark/chat-app-exports", test_chat_app_exports);
  g_test_add_func ("/speakers/mark/irc-actions", test_irc_actions);
  g_test_add_func ("/speakers/mark/plain-nick-minutes", test_plain_nick_minutes);
  g_test_add_func ("/speakers/mark/weechat-log", test_weechat_log);
  g_test_add_func ("/speakers/mark/changelog-modules", test_changelog_modules);
  g_test_add_func ("/speakers/mark/commit-subjects", test_commit_subjects);
  g_test_add_func ("/speakers/mark/issue-keys", test_issue_keys);
  g_test_add_func ("/speakers/mark/contact-lists", test_contact_lists);
  g_test_add_func ("/speakers/mark/nick-gt", test_nick_gt);
  g_test_add_func ("/speakers/mark/aside-voice", test_aside_voice);
}
