/* test-reader.c: the reader's repairs on small notes written for the
 * purpose, one test per behaviour (plain text, Markdown; bad input is in
 * test-reader-bad.c). */
#include <string.h>

#include <notepipe/notepipe.h>

#include "bullets.h"
#include "np-private.h"
#include "reader-helpers.h"

/* ---- plain text ---- */

static const char summit[] =
  "Team Offsite 2026 Notes\n"                    /* 1 */
  "\n"
  "2026-03-14\n"                                 /* 3 */
  "\n"
  "https://example.org/offsite\n"                /* 5 */
  "\n"
  "Attendees:\n"                                 /* 7 */
  "\n"
  "- Ada Byron (@adab) ada@example.org\n"        /* 9 */
  "- Brian Kern, bk@example.com\n"               /* 10 */
  "- Many more...\n"                             /* 11 */
  "\n"
  "Session 1\n"                                  /* 13 */
  "\n"
  "Build speed\n"                                /* 15 */
  "\n"
  "- [ada] the cache misses too often when\n"    /* 17 */
  " we switch branches, so builds are slow\n"    /* 18 */
  " - o [brian] we could pin the toolchain\n"    /* 19 */
  " - Brian Kern one idea is that\n"             /* 20 */
  "\n"
  " remote caching would help\n"                 /* 22 */
  "0\n"                                          /* 23 */
  "\n"
  "Docs\n"                                       /* 25 */
  "\n"
  "- Docs are stale.\n"                          /* 27 */
  "•\n"                                          /* 28 */
  "- o nested under nothing\n"                   /* 29 */
  "\n"
  "Session 2\n"                                  /* 31 */
  "\n"
  "FIPS\n"                                       /* 33 */
  "\n"
  "- policy enforcement\n"                       /* 35 */
  " - GODEBUG=fips140-only mode\n"               /* 36 */
  "- Cloudflare relies on isolates:\n"           /* 37 */
  "\n"
  " https://example.org/how-it-works/#\n"        /* 39 */
  " isolates\n"                                  /* 40 */
  "\n"
  "MCP\n"                                        /* 42 */
  "\n"
  "- servers\n";                                 /* 44 */

static void
test_text_metadata (void)
{
  NpDocument *doc = read_as ("summit.txt", NULL, summit);
  g_assert_cmpstr (np_document_get_format (doc), ==, "text");
  g_assert_cmpstr (np_document_get_title (doc), ==, "Team Offsite 2026 Notes");
  g_assert_cmpstr (np_document_get_date (doc), ==, "2026-03-14");
  g_assert_cmpstr (np_document_get_url (doc), ==, "https://example.org/offsite");
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (p[0].name, ==, "Ada Byron");
  g_assert_cmpstr (p[0].handle, ==, "adab");
  g_assert_cmpstr (p[0].email, ==, "ada@example.org");
  g_assert_cmpstr (p[1].name, ==, "Brian Kern");
  g_assert_cmpstr (p[1].email, ==, "bk@example.com");
  assert_lines_accounted (doc, summit);
  np_document_unref (doc);

  /* a title block of two lines over its date: the second line is no item
   * and no section; without a date under it, it is a section's title */
  static const char board[] = "The Example Foundation\nBoard of Directors Meeting Minutes\nFebruary 21, 2024\n\n"
                              "Rich: the budget went well.\n";
  doc = read_as ("board.txt", NULL, board);
  g_assert_cmpstr (np_document_get_title (doc), ==, "The Example Foundation");
  g_assert_cmpstr (np_document_get_date (doc), ==, "2024-02-21");
  np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 1);
  np_document_get_sections (doc, &n);
  g_assert_cmpuint (n, ==, 0);
  np_document_unref (doc);
  doc = read_as ("board.txt", NULL, "Quarterly Sync\nBoard of Directors Meeting Minutes\n\nRich: fine.\n");
  g_assert_null (np_document_get_date (doc));
  np_document_get_sections (doc, &n);
  g_assert_cmpuint (n, ==, 1);
  np_document_unref (doc);
}

static void
test_text_sections (void)
{
  NpDocument *doc = read_as ("summit.txt", NULL, summit);
  guint n;
  const NpSection *s = np_document_get_sections (doc, &n);
  g_assert_cmpuint (n, ==, 6);
  g_assert_cmpstr (s[0].title, ==, "Session 1");
  g_assert_cmpuint (s[0].level, ==, 1);
  g_assert_cmpstr (s[1].title, ==, "Build speed");
  g_assert_cmpint (s[1].parent, ==, 0);
  g_assert_cmpstr (s[2].title, ==, "Docs");
  g_assert_cmpint (s[2].parent, ==, 0);
  g_assert_cmpstr (s[3].title, ==, "Session 2");
  g_assert_cmpint (s[3].parent, ==, NP_NONE);
  g_assert_cmpstr (s[4].title, ==, "FIPS");
  g_assert_cmpint (s[4].parent, ==, 3);
  g_assert_cmpstr (s[5].title, ==, "MCP");
  /* FIPS and MCP belong to Session 2: its range covers theirs */
  g_assert_cmpuint (s[3].item_first, ==, s[4].item_first);
  g_assert_cmpuint (s[3].item_first + s[3].item_count, ==, s[5].item_first + s[5].item_count);
  np_document_unref (doc);
}

/* A session's label and its title ("Session: Generics follow-ups") heads
 * a session as "Session 1" does, over its facilitator's line too; a
 * sentence after the label, or another word's label, heads nothing */
static void
test_text_session_labels (void)
{
  NpDocument *doc = read_as ("summit.txt", NULL,
                             "Summit notes\n\nSession: Generics follow-ups\nFacilitator: Robert Griesemer\n\n"
                             "  - [rsc] type inference again\n  - [ian] the spec\n\n"
                             "Track: Tooling\n\n  - [ada] gopls is slow\n\n"
                             "  - Session: we ran out of time.\n  - Day: Tuesday\n");
  guint n;
  const NpSection *s = np_document_get_sections (doc, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (s[0].title, ==, "Session: Generics follow-ups");
  g_assert_cmpuint (s[0].item_count, ==, 2);
  g_assert_cmpstr (s[1].title, ==, "Track: Tooling");
  g_assert_cmpuint (s[1].item_count, ==, 3);
  guint na;
  np_document_get_attendees (doc, &na);
  g_assert_cmpuint (na, ==, 1);
  np_document_unref (doc);
}

static void
test_text_wrapped_lines (void)
{
  NpDocument *doc = read_as ("summit.txt", NULL, summit);
  const NpItem *a = item_at_line (doc, 17);
  g_assert_cmpuint (a->line, ==, 17);
  g_assert_cmpuint (a->end_line, ==, 18);
  g_autofree char *ta = text_of (doc, a);
  g_assert_cmpstr (ta, ==, "[ada] the cache misses too often when we switch branches, so builds are slow");
  /* continuation across a blank line and a page-break glyph */
  const NpItem *b = item_at_line (doc, 20);
  g_assert_cmpuint (b->end_line, ==, 22);
  g_autofree char *tb = text_of (doc, b);
  g_assert_cmpstr (tb, ==, "Brian Kern one idea is that remote caching would help");
  /* a URL wrapped by the export is joined without a space */
  const NpItem *c = item_at_line (doc, 37);
  g_assert_cmpuint (c->end_line, ==, 40);
  g_autofree char *tc = text_of (doc, c);
  g_assert_cmpstr (tc, ==, "Cloudflare relies on isolates: https://example.org/how-it-works/#isolates");
  np_document_unref (doc);
}

/* An indented "Name: ..." after a blank line is a turn of its own, even
 * under a line that ends no sentence (board minutes' numbered agenda). */
static void
test_text_turn_after_blank (void)
{
  static const char text[] = "Board minutes\n"                       /* 1 */
                             "\n"                                    /* 2 */
                             "2. Reports\n"                          /* 3 */
                             "\n"                                    /* 4 */
                             "      Rich: the podling count is\n"    /* 5 */
                             "      stable.\n"                       /* 6 */
                             "\n"                                    /* 7 */
                             "   Shane: any concerns about\n"        /* 8 */
                             "\n"                                    /* 9 */
                             "   graduation this month\n";           /* 10 */
  NpDocument *doc = read_as ("board.txt", NULL, text);
  const NpItem *a = item_at_line (doc, 5);
  g_assert_cmpuint (a->line, ==, 5);
  g_assert_cmpuint (a->end_line, ==, 6);
  g_autofree char *ta = text_of (doc, a);
  g_assert_cmpstr (ta, ==, "Rich: the podling count is stable.");
  /* one numbered line over indented text is an item, not an outline */
  g_autofree char *t3 = text_of (doc, item_at_line (doc, 3));
  g_assert_cmpstr (t3, ==, "Reports");
  /* a wrapped line across a blank line still continues its turn */
  const NpItem *b = item_at_line (doc, 8);
  g_assert_cmpuint (b->end_line, ==, 10);
  g_autofree char *tb = text_of (doc, b);
  g_assert_cmpstr (tb, ==, "Shane: any concerns about graduation this month");
  np_document_unref (doc);
  /* a line with a link is no measure of the width the writer wrapped at:
   * a sentence's end inside a turn is no break */
  static const char panel[] = "PANEL TRANSCRIPT\n"
                              "Recording: https://media.example.org/oid2025/main-hall/panel-who-pays-for-it.mp4\n\n"
                              "DANA WHITCOMBE: Priyanka, what would you want funders to do\ndifferently?\n\n"
                              "PRIYANKA DESHMUKH: Fund maintenance, not features. Every grant wants a\n"
                              "deliverable. What I need money for is answering issues, doing releases.\n"
                              "Nobody puts it on a slide.\n";
  doc = read_as ("panel.txt", NULL, panel);
  const NpItem *turn = item_at_line (doc, 7);
  g_assert_cmpuint (turn->end_line, ==, 9);
  np_document_unref (doc);
}

/* Minutes saved from a mail: the header's Subject is the title (without
 * "Re:" or the list's tag), its Date the date, none of it an item; a line
 * "From: ..." without a Subject below is no header */
static void
test_text_mail_header (void)
{
  static const char text[] = "From: Alice Smith <alice@example.com>\n"           /* 1 */
                             "To: team@example.com\n"                            /* 2 */
                             "Subject: Re: [team] Minutes of the planning call\n" /* 3 */
                             "Date: Thu, 2 May 2024 17:03:00 +0000\n"            /* 4 */
                             "\n"
                             "Alice: the branch is cut\n";                       /* 6 */
  NpDocument *doc = read_as ("mail.txt", NULL, text);
  g_assert_cmpstr (np_document_get_title (doc), ==, "Minutes of the planning call");
  g_assert_cmpstr (np_document_get_date (doc), ==, "2024-05-02");
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (items[0].line, ==, 6);
  for (guint line = 1; line <= 4; line++)
    g_assert_cmpint (np_document_get_line_role (doc, line), ==, NP_LINE_META);
  np_document_unref (doc);
  doc = read_as ("from.txt", NULL, "From: the archive\nsome notes follow\n\nAlice: hi\n");
  g_assert_cmpstr (np_document_get_title (doc), ==, "From: the archive");
  np_document_unref (doc);
}

/* Sub-items lettered "a." in plain text are items of their own, nested
 * under the numbered item above; "p. 12" opening a line is no marker */
static void
test_text_letter_items (void)
{
  static const char text[] = "Agenda\n\n"
                             "1) Release\n"                          /* 3 */
                             "   a. Alice: the branch is cut\n"      /* 4 */
                             "   b. Bob: QA starts Monday\n"         /* 5 */
                             "2) Docs: see the guide on\n"          /* 6 */
                             "   p. 12 for the details\n";           /* 7 */
  NpDocument *doc = read_as ("agenda.txt", NULL, text);
  const NpItem *a = item_at_line (doc, 4), *b = item_at_line (doc, 5);
  g_assert_cmpint (a->kind, ==, NP_ITEM_NUMBERED);
  g_assert_cmpint (a->parent, ==, (gint32) item_at_line (doc, 3)->id);
  g_autofree char *ta = text_of (doc, a);
  g_assert_cmpstr (ta, ==, "Alice: the branch is cut");
  g_assert_cmpint (b->parent, ==, a->parent);
  g_assert_cmpuint (item_at_line (doc, 6)->end_line, ==, 7);
  np_document_unref (doc);
}

/* A speaker's name alone with its colon over the turn's lines, indented
 * deeper without a blank line (an Etherpad export), after a list: a new
 * item with those lines, not wrapped lines of the last bullet.  A label
 * over lines at its own indentation stays running text. */
static void
test_text_speaker_over_indented (void)
{
  static const char text[] = "Community call\n\n"
                             "  * Docs\n"
                             "    * Carol: the new guide is up\n"  /* 4 */
                             "Alice:\n"                            /* 5 */
                             "  I also want to raise the mirror.\n"
                             "  It has been down twice.\n"
                             "Bob:\n"                              /* 8 */
                             "  I will look at it.\n";
  NpDocument *doc = read_as ("pad.txt", NULL, text);
  g_autofree char *t4 = text_of (doc, item_at_line (doc, 4));
  g_assert_cmpstr (t4, ==, "Carol: the new guide is up");
  const NpItem *a = item_at_line (doc, 5);
  g_autofree char *ta = text_of (doc, a);
  g_assert_cmpstr (ta, ==, "Alice: I also want to raise the mirror. It has been down twice.");
  g_assert_cmpuint (a->end_line, ==, 7);
  g_autofree char *tb = text_of (doc, item_at_line (doc, 8));
  g_assert_cmpstr (tb, ==, "Bob: I will look at it.");
  np_document_unref (doc);
}

/* An attendee's name alone over bullets indented deeper (a write-up
 * extracted from a PDF, the name's own glyph lost): the head of those
 * bullets, not a wrapped line of the bullet above; a name nobody
 * attends under, or a line over no deeper bullet, goes on as before */
static void
test_text_name_over_indented_list (void)
{
  static const char text[] = "Summit notes\n\nAttendees:\n- Osei Mensah (@oseim)\n- Kenji Arakawa (@karakawa)\n\n"
                             "Generics\n"
                             "\xe2\x80\xa2 overall: people like contracts less than expected\n" /* 8 */
                             "Osei Mensah\n"                                                   /* 9 */
                             "  \xe2\x96\xaa contracts look like functions\n"                   /* 10 */
                             "\xe2\x80\xa2 the soup at instantiation sites is the main\n"       /* 11 */
                             "Readability complaint\n"                                         /* 12 */
                             "  \xe2\x96\xaa from our team\n"                                   /* 13 */
                             "\xe2\x80\xa2 gopls falls over on big repos\n"                     /* 14 */
                             "kenji\n"                                                         /* 15 */
                             "  o memory grows after every edit\n";                            /* 16 */
  NpDocument *doc = read_as ("summit.txt", NULL, text);
  const NpItem *osei = item_at_line (doc, 9);
  g_autofree char *to = text_of (doc, osei);
  g_assert_cmpstr (to, ==, "Osei Mensah");
  g_assert_cmpuint (item_at_line (doc, 10)->depth, >, osei->depth);
  g_assert_cmpuint (item_at_line (doc, 11)->end_line, ==, 12);
  g_autofree char *tk = text_of (doc, item_at_line (doc, 15));
  g_assert_cmpstr (tk, ==, "kenji");
  np_document_unref (doc);
  /* in Markdown, a pasted name over the next list: no lazy continuation
   * of the item above */
  static const char md[] = "# Retro\n\nPresent: Ana Costa, Jamal Kariuki\n\n## Async\n\n"
                           "Ana\n- CSV export shipped\n- want to pair on the PDF\n"   /* 7-9 */
                           "Jamal\n- mostly reviews\n"                                 /* 10, 11 */
                           "- the runner cost\nestimate is in the thread\n";          /* 12, 13 */
  doc = read_as ("retro.md", NULL, md);
  assert_item_lines (doc, 9, 9);
  g_autofree char *tj = text_of (doc, item_at_line (doc, 10));
  g_assert_cmpstr (tj, ==, "Jamal");
  assert_item_lines (doc, 12, 13);
  np_document_unref (doc);
}

/* A court transcript's page of numbered lines: the numbers go, the
 * testimony's wrapped lines join their question or answer, a counsel's
 * label indented deeper stays its own; five numbered lines at least (a
 * short run is text), a question, an answer or a label among them (an
 * agenda so numbered is text) */
static void
test_text_transcript_line_numbers (void)
{
  static const char text[] = "DEPOSITION\n\n"
                             " 1   Q.  Did you sign it?\n"                            /* 3 */
                             " 2   A.  Yes, on page 11.\n"                            /* 4 */
                             " 3         MR. DIAZ:  Objection. Form.\n"              /* 5 */
                             " 4   Q.  Did anyone tell you that the surcharge\n"      /* 6 */
                             " 5   would be calculated on the invoice date?\n"       /* 7 */
                             " 6   A.  No.\n\n"                                      /* 8 */
                             "10  Coffee\n11  Keynote\n";                              /* 10, 11 */
  NpDocument *doc = read_as ("depo.txt", NULL, text);
  g_autofree char *t3 = text_of (doc, item_at_line (doc, 3));
  g_assert_cmpstr (t3, ==, "Q.  Did you sign it?");
  assert_item_lines (doc, 6, 7);
  g_autofree char *t5 = text_of (doc, item_at_line (doc, 5));
  g_assert_cmpstr (t5, ==, "MR. DIAZ:  Objection. Form.");
  g_autofree char *t10 = text_of (doc, item_at_line (doc, 10));
  g_assert_true (g_str_has_prefix (t10, "10  Coffee"));
  np_document_unref (doc);
  /* an agenda numbered so, no question, answer nor label among its
   * lines, keeps its numbers */
  doc = read_as ("agenda.txt", NULL, "Agenda\n\n1  Welcome\n2  Budget\n3  Roadmap\n4  AOB\n5  Close\n");
  g_autofree char *ta = text_of (doc, item_at_line (doc, 3));
  g_assert_true (g_str_has_prefix (ta, "1  Welcome"));
  np_document_unref (doc);
}

/* A vote alone between blank lines, with who casts it, is no heading */
static void
test_text_vote_no_heading (void)
{
  NpDocument *doc = read_as ("votes.txt", NULL,
                             "Notes\n\nMira: It is enough.\n\n+1 (Esther)\n\n(Anselm) +1\n\nCarol -1\n\n"
                             "Next steps\n\nKwame: ok\n");
  guint n;
  np_document_get_sections (doc, &n);
  g_assert_cmpuint (n, ==, 1); /* "Next steps" */
  g_assert_nonnull (item_at_line (doc, 5));
  g_assert_nonnull (item_at_line (doc, 7));
  g_assert_nonnull (item_at_line (doc, 9));
  np_document_unref (doc);
  /* a tally a vote a line, however the lines' widths fall */
  doc = read_as ("tally.txt", NULL,
                 "Vote\n\nThe vote passes with 3 binding +1s.\n\n+1 (binding) Alice Smith\n+1 Bob Jones\n"
                 "0 Erin Park\n-1 Frank Li: the signature is wrong\n");
  for (guint line = 5; line <= 8; line++)
    assert_item_lines (doc, line, line);
  np_document_unref (doc);
}

/* A page exported with its properties (Notion): "Created:" gives the
 * date in Markdown and in text, and is no item */
static void
test_created_date (void)
{
  static const char md[] = "# Design review\n\nCreated: May 2, 2024 3:00 PM\nType: Design review\n\n"
                           "Alice Smith: the index doubles.\n";
  NpDocument *doc = read_as ("review.md", NULL, md);
  g_assert_cmpstr (np_document_get_date (doc), ==, "2024-05-02");
  g_assert_cmpint (np_document_get_line_role (doc, 3), ==, NP_LINE_META);
  np_document_unref (doc);
  doc = read_as ("review.txt", NULL, "Design review\nMeeting date: 2 May 2024\n\nAlice Smith: the index doubles.\n");
  g_assert_cmpstr (np_document_get_date (doc), ==, "2024-05-02");
  guint n;
  np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 1);
  np_document_unref (doc);
}

/* Markdown's hard line breaks are layout: a backslash or "<br>" at a
 * line's end is no text, a line of a backslash alone is blank, and in
 * fenced code both stay */
static void
test_markdown_hard_breaks (void)
{
  static const char md[] = "# Sync\n\nUSA: Next up is SYG  \\\n\\\n"
                           "SYG: that is it<br/>\n\n```\nprintf (\"a\\\\\");\\\n```\n";
  NpDocument *doc = read_as ("sync.md", NULL, md);
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_autofree char *t0 = text_of (doc, &items[0]);
  g_autofree char *t1 = text_of (doc, &items[1]);
  g_autofree char *t2 = text_of (doc, &items[2]);
  g_assert_cmpstr (t0, ==, "USA: Next up is SYG");
  g_assert_cmpstr (t1, ==, "SYG: that is it");
  g_assert_cmpstr (t2, ==, "printf (\"a\\\\\");\\");
  np_document_unref (doc);
}

static void
test_text_nesting (void)
{
  NpDocument *doc = read_as ("summit.txt", NULL, summit);
  const NpItem *top = item_at_line (doc, 17);
  const NpItem *glyph = item_at_line (doc, 19);
  const NpItem *plain = item_at_line (doc, 20);
  g_assert_cmpint (top->depth, ==, 0);
  g_assert_cmpint (glyph->parent, ==, (gint) top->id);
  g_assert_cmpint (plain->parent, ==, (gint) top->id);
  g_assert_cmpuint (glyph->marker, ==, '-');
  g_autofree char *t = text_of (doc, glyph);
  g_assert_cmpstr (t, ==, "[brian] we could pin the toolchain");
  const NpItem *code = item_at_line (doc, 36);
  g_assert_cmpint (code->parent, ==, (gint) item_at_line (doc, 35)->id);
  np_document_unref (doc);
}

static void
test_text_debris (void)
{
  NpDocument *doc = read_as ("summit.txt", NULL, summit);
  g_assert_cmpint (np_document_get_line_role (doc, 23), ==, NP_LINE_DEBRIS);
  g_assert_cmpint (np_document_get_line_role (doc, 28), ==, NP_LINE_DEBRIS);
  g_assert_null (item_at_line (doc, 23));
  /* "- o" with nothing above is still an item */
  g_assert_nonnull (item_at_line (doc, 29));
  np_document_unref (doc);
  /* digits with a dash are words a line wrapped, not glyphs: kept */
  doc = read_as ("minutes.txt", NULL,
                 "Timing\n======\n  mdragan: The dates are June\n           10-12\n  Kasia: Remote option?\n");
  const NpItem *it = item_at_line (doc, 3);
  g_assert_nonnull (it);
  g_assert_cmpuint (it->end_line, ==, 4);
  const char *all = np_document_get_text (doc, NULL);
  g_assert_cmpint (strncmp (all + it->end - 10, "June 10-12", 10), ==, 0);
  g_assert_true (np_is_debris ("- o", 3));
  g_assert_false (np_is_debris ("10-12", 5));
  np_document_unref (doc);
}

static void
test_text_paragraphs (void)
{
  const char *text = "Weekly sync\n\nWe talked about the release. It slipped a week.\n"
                     "Everyone agreed to cut scope.\n\nNext steps are below.\n\n* write the notes\n";
  NpDocument *doc = read_as ("p.txt", NULL, text);
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpint (items[0].kind, ==, NP_ITEM_PARAGRAPH);
  g_assert_cmpuint (items[0].line, ==, 3);
  g_assert_cmpuint (items[0].end_line, ==, 4);
  g_assert_cmpint (items[2].kind, ==, NP_ITEM_BULLET);
  guint ns;
  np_document_get_sentences (doc, &ns);
  g_assert_cmpuint (ns, ==, 5);
  assert_lines_accounted (doc, text);
  np_document_unref (doc);
}

static void
test_text_setext_and_numbers (void)
{
  const char *text = "Retro notes\n\nWhat went well\n==============\n\n1. first point\n2) second point\n"
                     "   continued here\na) lettered\n";
  NpDocument *doc = read_as ("r.txt", "text", text);
  guint n, ns;
  const NpSection *s = np_document_get_sections (doc, &ns);
  g_assert_cmpuint (ns, ==, 1);
  g_assert_cmpstr (s[0].title, ==, "What went well");
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpint (items[0].kind, ==, NP_ITEM_NUMBERED);
  g_assert_cmpuint (items[1].end_line, ==, 8);
  g_assert_cmpint (items[2].kind, ==, NP_ITEM_NUMBERED);
  np_document_unref (doc);

  /* an outline's numbered headings over their indented text (board
   * minutes: two or more); a numbered sentence over an indented line
   * stays an item */
  text = "Board minutes\n\n1. Call to order\n\n    The meeting began at 21:02.\n\n2. Roll Call\n\n"
         "    Rich: present.\n\n3. We agreed to meet again.\n\n    Next month.\n";
  doc = read_as ("board.txt", "text", text);
  s = np_document_get_sections (doc, &ns);
  g_assert_cmpuint (ns, ==, 2);
  g_assert_cmpstr (s[0].title, ==, "Call to order");
  g_assert_cmpstr (s[1].title, ==, "Roll Call");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 4);
  g_autofree char *t0 = text_of (doc, &items[0]);
  g_assert_cmpstr (t0, ==, "The meeting began at 21:02.");
  g_assert_cmpint (items[2].kind, ==, NP_ITEM_NUMBERED);
  np_document_unref (doc);

  /* an indented heading under a numbered one is its subsection */
  text = "Board minutes\n\n3. Minutes\n\n    Approved.\n\n4. Officer Reports\n\n    A. Chair [Shane]\n\n"
         "       Shane: fine.\n";
  doc = read_as ("board.txt", "text", text);
  s = np_document_get_sections (doc, &ns);
  g_assert_cmpuint (ns, ==, 3);
  g_assert_cmpstr (s[2].title, ==, "A. Chair [Shane]");
  g_assert_cmpuint (s[2].level, ==, 2);
  g_assert_cmpint (s[2].parent, ==, 1);
  np_document_unref (doc);
}

/* ---- Markdown ---- */

static const char minutes[] =
  "---\n"                                              /* 1 */
  "title: Platform WG\n"                               /* 2 */
  "date: 2025-02-03\n"                                 /* 3 */
  "---\n"                                              /* 4 */
  "\n"
  "# Platform WG meeting\n"                            /* 6 */
  "\n"
  "**Attendees:**\n"                                   /* 8 */
  "\n"
  "| Name          | Abbreviation | Organization |\n"   /* 10 */
  "|---------------|--------------|--------------|\n"   /* 11 */
  "| Ada Byron     | ABN          | Analytical   |\n"   /* 12 */
  "| Brian Kern    | BKN          | Bell         |\n"   /* 13 */
  "\n"
  "## Present\n"                                       /* 15 */
  "* Carla Diaz @cdiaz (chair)\n"                      /* 16 */
  "* Dmitri Orlov\n"                                   /* 17 */
  "\n"
  "Attendance: Eve Fox, Gil Hart\n"                    /* 19 */
  "\n"
  "## Agenda\n"                                        /* 21 */
  "\n"
  "### Release plan\n"                                 /* 23 */
  "\n"
  "* Ship 1.2 [#12](https://example.org/i/12)\n"       /* 25 */
  "  * ABN: we are ready,\n"                           /* 26 */
  "  lazy continuation here\n"                         /* 27 */
  "    * BKN: not yet\n"                               /* 28 */
  "\n"
  "  A paragraph inside the first item.\n"             /* 30 */
  "* Second item\n"                                    /* 31 */
  "\n"
  "```sh\n"                                            /* 33 */
  "make check\n"                                       /* 34 */
  "```\n"                                              /* 35 */
  "\n"
  "Setext heading\n"                                   /* 37 */
  "--------------\n"                                   /* 38 */
  "\n"
  "| Topic | Owner |\n"                                /* 40 */
  "|-------|-------|\n"                                /* 41 */
  "| CI    | Ada   |\n"                                /* 42 */
  "\n"
  "> a quoted\n"                                       /* 44 */
  "> remark\n"                                         /* 45 */
  "\n"
  "<!-- hidden\n"                                      /* 47 */
  "comment -->\n"                                      /* 48 */
  "\n"
  "    indented code\n";                               /* 50 */

static void
test_markdown_metadata (void)
{
  NpDocument *doc = read_as ("wg/minutes.md", NULL, minutes);
  g_assert_cmpstr (np_document_get_format (doc), ==, "markdown");
  g_assert_cmpstr (np_document_get_title (doc), ==, "Platform WG");
  g_assert_cmpstr (np_document_get_date (doc), ==, "2025-02-03");
  guint n;
  const NpPerson *p = np_document_get_attendees (doc, &n);
  g_assert_cmpuint (n, ==, 6);
  g_assert_cmpstr (p[0].name, ==, "Ada Byron");
  g_assert_cmpstr (p[0].abbreviation, ==, "ABN");
  g_assert_cmpstr (p[0].affiliation, ==, "Analytical");
  g_assert_cmpstr (p[2].name, ==, "Carla Diaz");
  g_assert_cmpstr (p[2].handle, ==, "cdiaz");
  g_assert_cmpstr (p[2].role, ==, "chair");
  g_assert_cmpstr (p[3].name, ==, "Dmitri Orlov");
  g_assert_cmpstr (p[4].name, ==, "Eve Fox");
  g_assert_cmpstr (p[5].name, ==, "Gil Hart");
  assert_lines_accounted (doc, minutes);
  np_document_unref (doc);
}

static void
test_markdown_structure (void)
{
  NpDocument *doc = read_as ("wg/minutes.md", NULL, minutes);
  guint ns;
  const NpSection *s = np_document_get_sections (doc, &ns);
  g_assert_cmpuint (ns, ==, 4);
  g_assert_cmpstr (s[0].title, ==, "Present");
  g_assert_cmpstr (s[1].title, ==, "Agenda");
  g_assert_cmpstr (s[2].title, ==, "Release plan");
  g_assert_cmpint (s[2].parent, ==, 1);
  g_assert_cmpstr (s[3].title, ==, "Setext heading");
  g_assert_cmpuint (s[3].level, ==, 2);

  const NpItem *ship = item_at_line (doc, 25);
  const NpItem *abn = item_at_line (doc, 26);
  const NpItem *bkn = item_at_line (doc, 28);
  g_assert_cmpint (abn->parent, ==, (gint) ship->id);
  g_assert_cmpuint (abn->end_line, ==, 27);
  g_autofree char *t = text_of (doc, abn);
  g_assert_cmpstr (t, ==, "ABN: we are ready, lazy continuation here");
  g_assert_cmpint (bkn->parent, ==, (gint) abn->id);
  /* a paragraph after a nested item is its own item in the list */
  const NpItem *para = item_at_line (doc, 30);
  g_assert_nonnull (para);
  g_assert_cmpint (para->kind, ==, NP_ITEM_PARAGRAPH);
  const NpItem *second = item_at_line (doc, 31);
  g_assert_cmpint (second->depth, ==, 0);
  np_document_unref (doc);
}

static void
test_markdown_blocks (void)
{
  NpDocument *doc = read_as ("wg/minutes.md", NULL, minutes);
  const NpItem *code = item_at_line (doc, 34);
  g_assert_cmpint (code->kind, ==, NP_ITEM_CODE);
  g_assert_true (code->flags & NP_ITEM_NO_ANALYSIS);
  g_assert_cmpuint (code->line, ==, 33);
  g_assert_cmpuint (code->end_line, ==, 35);
  g_assert_cmpuint (code->token_count, ==, 0);
  const NpItem *row = item_at_line (doc, 42);
  g_assert_cmpint (row->kind, ==, NP_ITEM_TABLE_ROW);
  g_autofree char *rt = text_of (doc, row);
  g_assert_cmpstr (rt, ==, "CI | Ada");
  const NpItem *quote = item_at_line (doc, 44);
  g_assert_cmpint (quote->kind, ==, NP_ITEM_QUOTE);
  g_assert_cmpuint (quote->end_line, ==, 45);
  const NpItem *comment = item_at_line (doc, 48);
  g_assert_true (comment->flags & NP_ITEM_NO_ANALYSIS);
  const NpItem *indented = item_at_line (doc, 50);
  g_assert_cmpint (indented->kind, ==, NP_ITEM_CODE);
  np_document_unref (doc);
}

static void
test_markdown_date_from_path (void)
{
  NpDocument *a = read_as ("minutes/2022-07-13.md", NULL, "# TSC meeting\n\n* item\n");
  g_assert_cmpstr (np_document_get_date (a), ==, "2022-07-13");
  np_document_unref (a);
  NpDocument *b = read_as ("meetings/2024-12/december-03.md", NULL, "# Plenary\n\nABC: hello\n");
  g_assert_cmpstr (np_document_get_date (b), ==, "2024-12-03");
  np_document_unref (b);
  /* a year's directory over "MM-DD" in the name (WebAssembly's meetings) */
  NpDocument *w = read_as ("main/2024/CG-03-14.md", NULL, "## Agenda\n\n* item\n");
  g_assert_cmpstr (np_document_get_date (w), ==, "2024-03-14");
  np_document_unref (w);
  w = read_as ("main/2024/CG-13-40.md", NULL, "## Agenda\n\n* item\n");
  g_assert_null (np_document_get_date (w));
  np_document_unref (w);
  /* a file name's date as scripts write it, and a year's and a month's
   * directories over the day's name */
  static const char *const paths[][2] = {
    { "notes/sync_2024_12_06.md", "2024-12-06" },  { "notes/20241206-standup.md", "2024-12-06" },
    { "standup-20241206T1000.txt", "2024-12-06" }, { "minutes/2024/12/06.md", "2024-12-06" },
    { "2024/1/6-sync.md", "2024-01-06" },          { "notes/12345678.md", NULL },
    { "notes/20241340.md", NULL },                 { "notes/2024_12.md", NULL },
    { "x12024/12/06.md", NULL },                   { "minutes/2024/12/062.md", NULL },
  };
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      w = read_as (paths[i][0], NULL, "# Sync\n\n* item\n");
      g_assert_cmpstr (np_document_get_date (w), ==, paths[i][1]);
      np_document_unref (w);
    }
  NpDocument *c = read_as ("x.md", NULL, "# 105th Meeting | 3rd December 2024\n\nText.\n");
  g_assert_cmpstr (np_document_get_date (c), ==, "2024-12-03");
  np_document_unref (c);
  NpDocument *d = read_as ("y.md", NULL, "# Sync, August 26, 2025\n\nText.\n");
  g_assert_cmpstr (np_document_get_date (d), ==, "2025-08-26");
  np_document_unref (d);
  /* month names of other languages, whole */
  static const char *const titles[][2] = {
    { "# Réunion du 14 mars 2024", "2024-03-14" },      { "# Sitzung am 3. März 2024", "2024-03-03" },
    { "# Acta 14 de marzo de 2024", "2024-03-14" },     { "# Riunione 5 febbraio 2024", "2024-02-05" },
    { "# Vergadering 1 maart 2024", "2024-03-01" },     { "# Reunião 2 de março de 2024", "2024-03-02" },
    { "# Treffen 12. Dezember 2023", "2023-12-12" },    { "# Mars 12 rover, 2024", NULL },
    /* numbers: day first with dots; with slashes or dashes only where
     * the day is past 12 (12/03/2024 may be either) */
    { "# Sitzung 14.03.2024", "2024-03-14" },           { "# Sync 25/03/2024", "2024-03-25" },
    { "# Sync 03/25/2024", "2024-03-25" },              { "# Sync 12/03/2024", NULL },
    { "# Sync 3-25-2024", "2024-03-25" },               { "# Release 1.2.3.2024", NULL },
  };
  /* a date field of minutes in other languages */
  NpDocument *f = read_as ("f.txt", NULL, "Teamsitzung\n\nDatum: 14.03.2024\n\n- Punkt\n");
  g_assert_cmpstr (np_document_get_date (f), ==, "2024-03-14");
  np_document_unref (f);
  f = read_as ("f.md", NULL, "# Reunión\n\nFecha: 25/03/2024\n\n- punto\n");
  g_assert_cmpstr (np_document_get_date (f), ==, "2024-03-25");
  np_document_unref (f);
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autofree char *text = g_strdup_printf ("%s\n\nText.\n", titles[i][0]);
      NpDocument *e = read_as ("z.md", NULL, text);
      g_assert_cmpstr (np_document_get_date (e), ==, titles[i][1]);
      np_document_unref (e);
    }
}

/* A PDF's text: page numbers and a running header between the notes are
 * debris, the first copy of the header stays the title; a line repeated
 * away from page breaks stays */
static void
test_page_furniture (void)
{
  NpDocument *doc = read_as ("summit.txt", NULL,
                             "Summit 2025 Notes\n\nSession 1\n\n- [alice] generics first\n- Follow up later\n"
                             "Summit 2025 Notes\nPage 1 of 3\n\f\n- [bob] tooling next\n- Follow up later\n"
                             "- 2 -\nSummit 2025 Notes\n\f- [carol] ok\n- Follow up later\n"
                             "3 / 3\nSummit 2025 Notes\n");
  g_assert_cmpstr (np_document_get_title (doc), ==, "Summit 2025 Notes");
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 6);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *t = np_document_dup_item_text (doc, i);
      g_assert_null (strstr (t, "Summit"));
      g_assert_null (strstr (t, "Page"));
      g_assert_cmpuint (items[i].end_line, ==, items[i].line);
    }
  np_document_unref (doc);
  /* a banner's title, as mailed minutes set their parts apart */
  doc = read_as ("mail.txt", NULL, "Minutes\n\n===== FULL MEETING MINUTES =====\n\n- a point\n");
  guint n_sections;
  const NpSection *sections = np_document_get_sections (doc, &n_sections);
  g_assert_cmpuint (n_sections, ==, 1);
  g_assert_cmpstr (sections[0].title, ==, "FULL MEETING MINUTES");
  np_document_unref (doc);
  /* the title with the page's number on one line, on every page, is a
   * running footer; a line of notes that ends so once is kept */
  doc = read_as ("summit23.txt", NULL,
                 "Summit Notes\n\n- [alice] generics first and then the\n  tooling\n"
                 "Summit Notes - Page 1 of 3\n- [bob] tooling next\nSummit Notes - Page 2 of 3\n"
                 "- [carol] see the slides - page 3 of 40\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *t = np_document_dup_item_text (doc, i);
      g_assert_null (strstr (t, "Page"));
    }
  g_autofree char *last = np_document_dup_item_text (doc, 2);
  g_assert_nonnull (strstr (last, "page 3 of 40"));
  np_document_unref (doc);
  /* ... but laid out far right of the title, as a layout's extraction
   * keeps a footer, once is enough: no section, the points under it keep
   * their level */
  doc = read_as ("summit23.txt", NULL,
                 "Summit Notes\n\nSession 2\n\n\u25cf Linker\n    \u25cb [cherry] the linker is faster\n\n"
                 "Summit Notes                                   Page 3 of 12\n\n"
                 "    \u25cb [thanm] DWARF 5 is on by default\n");
  guint n_pages;
  np_document_get_sections (doc, &n_pages);
  g_assert_cmpuint (n_pages, ==, 1);
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (items[2].depth, ==, 1);
  np_document_unref (doc);
  /* a sentence a page break cut goes on under the page's furniture, in
   * lower case after a line that ends none; a lower-case topic after a
   * sentence's end is a heading still */
  doc = read_as ("summit24.txt", NULL,
                 "Summit Notes\n\nSession 1\n\n\u25cf [alice] we cut the release on Friday because the\n\n"
                 "Summit Notes - Page 1 of 3\n\f\nSummit Notes\n\ndocs are not ready yet\n\u25cf [bob] agreed.\n\n"
                 "Summit Notes - Page 2 of 3\n\f\nSummit Notes\n\ncompiler/runtime\n\n\u25cf [carol] ok\n\n"
                 "Summit Notes - Page 3 of 3\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_autofree char *cut = np_document_dup_item_text (doc, 0);
  g_assert_cmpstr (cut, ==, "[alice] we cut the release on Friday because the docs are not ready yet");
  sections = np_document_get_sections (doc, &n_sections);
  g_assert_cmpuint (n_sections, ==, 2);
  g_assert_cmpstr (sections[1].title, ==, "compiler/runtime");
  np_document_unref (doc);
  /* the title once more right after a page's number, copied twice only:
   * a running header inside a wrapped line, the line goes on under it */
  doc = read_as ("summit26.txt", NULL,
                 "GopherCon 2026 Summit\n\nErrors\n [sricci] is error wrapping with stack traces ever coming to\n\n"
                 "                                           Page 3\nGopherCon 2026 Summit\n the standard library?\n"
                 " o [nokonkwo] no. Too expensive\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 2);
  g_autofree char *wrapped = np_document_dup_item_text (doc, 0);
  g_assert_cmpstr (wrapped, ==, "[sricci] is error wrapping with stack traces ever coming to the standard library?");
  np_document_unref (doc);
  /* a page's number alone far right, then a running header seen on
   * three pages; a footer whose page number follows an en dash */
  doc = read_as ("summit18.txt", NULL,
                 "Summit 2018\n\nChecksums\n   o [rokonkwo] not something we can ship in 1.11, it will have\n"
                 "                                                      2\nSummit 2018 - Shared Notes\n"
                 "      to wait one more cycle\n   o [lbrandt] would companies opt out?\n\n"
                 "                                                      3\nSummit 2018 - Shared Notes\n\nTools\n"
                 "   o [lbrandt] gopls\n                          Contributor notes \xe2\x80\x93 page 3\n\n"
                 "                                                      4\nSummit 2018 - Shared Notes\n\n"
                 "   o [rokonkwo] done\n                          Contributor notes \xe2\x80\x93 page 4\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 4);
  g_autofree char *across = np_document_dup_item_text (doc, 0);
  g_assert_cmpstr (across, ==, "[rokonkwo] not something we can ship in 1.11, it will have to wait one more cycle");
  g_autofree char *tools = np_document_dup_item_text (doc, 2);
  g_assert_cmpstr (tools, ==, "[lbrandt] gopls");
  np_document_unref (doc);
  /* pdftotext's running header over a bare page number at the margin,
   * on each page: both are furniture, and the wrapped line goes on */
  doc = read_as ("summit18b.txt", NULL,
                 "Summit 2018\n\nProxy\n\xe2\x97\x8b [tlind] a mirror is being discussed\n"
                 "\xe2\x97\x8b [jferrer] some companies can't reach GitHub, a proxy is a\n"
                 "Summit 2018 - shared notes\n2\nmust for them\n\xe2\x97\x8b [tlind] noted\n"
                 "Summit 2018 - shared notes\n3\n\xe2\x97\x8b [tlind] next\n"
                 "Summit 2018 - shared notes\n4\n\xe2\x97\x8b [jferrer] done\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 5);
  g_autofree char *proxy = np_document_dup_item_text (doc, 1);
  g_assert_cmpstr (proxy, ==, "[jferrer] some companies can't reach GitHub, a proxy is a must for them");
  np_document_unref (doc);
  /* pdftotext's blank line inside a list item cut mid-sentence (a comma,
   * a word no sentence ends with): the rest is the item's, no title; a
   * title under an item that ends its sentence stays one */
  doc = read_as ("summit23.txt", NULL,
                 "Summit 2023\n\nSession 4: PGO\n\xe2\x97\x8f [rquint] 4-6% CPU reduction,\n\n"
                 "builds ~30% slower with the profile\n\xe2\x97\x8f [delphine] a prototype exists under\n\n"
                 "GOEXPERIMENT=rangefunc in tip\n\xe2\x97\x8f [rquint] naming.\n\nSession 5: Tools\n"
                 "\xe2\x97\x8f [delphine] gopls\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpuint (items[0].end_line, ==, 6);
  g_assert_cmpuint (items[1].end_line, ==, 9);
  guint n_secs;
  const NpSection *secs = np_document_get_sections (doc, &n_secs);
  g_assert_cmpuint (n_secs, ==, 2);
  g_assert_cmpstr (secs[1].title, ==, "Session 5: Tools");
  np_document_unref (doc);
  /* a line whose list glyph the export lost, opening with an attendee's
   * full name after a line its writer broke, is an item of its own */
  doc = read_as ("summit27.txt", NULL,
                 "Summit\n\nAttendees:\n Amara Osei (@amaraosei)\n Kenji Watanabe (@kwatanabe)\n\nCommunity\n"
                 " [kwatanabe] the survey response count went down again this year, and the free text answers\n"
                 " are shorter than they were, which we read as fatigue\n"
                 " o [amaraosei] we can translate, Spanish and Portuguese first\n"
                 " Kenji Watanabe Go Conference Japan would like a speaker\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (items[2].line, ==, 11);
  np_document_unref (doc);
  /* paragraphs a blank line apart that each open with a nickname's
   * colon are turns of their own, in lower case too ("tl;dr:" a label) */
  doc = read_as ("bof.txt", NULL,
                 "Salsa CI BoF\n\nWe met in room 2.\n\nferdy: I can write that documentation\n\n"
                 "tvolk: what about riscv64 runners\n\njunw: none that I know of\n\n"
                 "tl;dr: no decision until DSA has looked at the\n  terms.\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 5);
  g_assert_cmpuint (items[1].line, ==, 5);
  g_assert_cmpuint (items[4].line, ==, 11);
  g_assert_cmpuint (items[4].end_line, ==, 12);
  np_document_unref (doc);
  /* an export that indents every line (W3C's minutes): a nickname's turn
   * after a blank line is no part of the one before, ending with a link */
  doc = read_as ("w3c.txt", NULL,
                 "Meeting minutes\n\n  Agenda review\n\n   jenna: three items today\n\n"
                 "   <Jenna_Ortiz> [11]https://github.com/w3c/edit-context/issues/118\n\n"
                 "   dandclark: Recap, when composition ends, some IMEs clear the\n   underline before committing.\n\n"
                 "   whsieh: On macOS we don't always get a signal.\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpuint (items[2].line, ==, 9);
  g_assert_cmpuint (items[2].end_line, ==, 10);
  np_document_unref (doc);
  /* a court reporter's transcript: each turn's first line indented deep,
   * its body less; the body goes on after a sentence's end */
  doc = read_as ("council.txt", NULL,
                 "PRESENT:\n     Mayor Linda Okonkwo\n\n"
                 "               MAYOR OKONKWO:  Ms. Delgado, go ahead.\n"
                 "               MS. DELGADO:  Good evening, Mayor and Council.\n"
                 "     My name is Rosa Delgado, I live on Birchwood Lane.  I'm here\n"
                 "     again about the crosswalk at Birchwood and Fifth.\n"
                 "               MAYOR OKONKWO:  Thank you, Ms. Delgado.\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (items[1].line, ==, 5);
  g_assert_cmpuint (items[1].end_line, ==, 7);
  g_assert_cmpuint (items[2].depth, ==, 0);
  np_document_unref (doc);
  /* "Ferdy: I can ..." speaks in the first person: no section's title */
  doc = read_as ("bof2.txt", NULL,
                 "Salsa CI BoF\n\nWe met in room 2.\n\nFerdy: I can write that documentation\n\n"
                 "Keynote: The Future of Go\n\nSome words.\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (items[1].line, ==, 5);
  sections = np_document_get_sections (doc, &n_sections);
  g_assert_cmpuint (n_sections, ==, 1);
  g_assert_cmpstr (sections[0].title, ==, "Keynote: The Future of Go");
  np_document_unref (doc);
  /* a layout's extraction keeps the footer's number far right of its
   * text: a footer on two pages, or once before a form feed; a line with
   * a number after a few spaces is text */
  const char *layout = "Unconference notes\n\n- dims: can we quarantine flaky jobs?\n"
                       "- aojea: the kind jobs are stable\n\n"
                       "Kubernetes Contributor Summit 2023                                 1\n"
                       "- dims: the credits run through 2025\n\n"
                       "Kubernetes Contributor Summit 2023                                 2\n"
                       "- liggitt: keep them blocking\n\n"
                       "           Go Contributor Summit 2017                              3\n"
                       "\fNext part\n- aojea: sure\n- Budget line item   42\n";
  doc = read_as ("layout.txt", NULL, layout);
  items = np_document_get_items (doc, &n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *t = np_document_dup_item_text (doc, i);
      g_assert_null (strstr (t, "Contributor Summit"));
    }
  g_autofree char *budget = np_document_dup_item_text (doc, n - 1);
  g_assert_cmpstr (budget, ==, "Budget line item   42");
  np_document_unref (doc);
}

static void
test_format_detection (void)
{
  g_assert_cmpstr (np_detect_format ("a.md", "plain", 5), ==, "markdown");
  g_assert_cmpstr (np_detect_format ("a.txt", "- a\n- b\n", 8), ==, "text");
  const char *md = "# Title\n\n## Part\n\n* [x](http://y)\n";
  g_assert_cmpstr (np_detect_format ("notes", md, strlen (md)), ==, "markdown");
  g_assert_cmpstr (np_detect_format ("archive.tar!notes/a.MD", "x", 1), ==, "markdown");
  /* links count once a line: "](" after a '[' anywhere in the line */
  const char *links = "see [a](b)\n[c] x ](d)\nend [e](f)\n";
  g_assert_cmpstr (np_detect_format ("notes", links, strlen (links)), ==, "markdown");
  const char *near = "see [a] (b)\nx ] (d [\n]( [e]\n";
  g_assert_cmpstr (np_detect_format ("notes", near, strlen (near) - 1), ==, "text");
  /* Markdown quoted far below a plain outline (board minutes' attached
   * reports) leaves the text plain; near the top it is Markdown */
  GString *board = g_string_new ("Board Meeting Minutes\n\n");
  for (guint k = 1; k <= 60; k++)
    g_string_append_printf (board, "%u. Item %u\n\n    Approved by general consent.\n", k, k);
  g_string_append (board, "Attachment 1\n\n## Description:\ntext\n\n## Issues:\nnone\n");
  g_assert_cmpstr (np_detect_format ("board.txt", board->str, board->len), ==, "text");
  g_string_insert (board, 0, "## Minutes\n\n");
  g_assert_cmpstr (np_detect_format ("board.txt", board->str, board->len), ==, "markdown");
  g_string_free (board, TRUE);
  /* --input-format overrides */
  NpDocument *doc = read_as ("a.md", "text", "# not a heading in text mode\n");
  g_assert_cmpstr (np_document_get_format (doc), ==, "text");
  np_document_unref (doc);
}

/* reStructuredText minutes: directives, comments and targets are layout;
 * a code directive's body and a literal block after "::" are code items
 * (no analysis); an admonition's body is read as text.  In a file not
 * named .rst, ".. and then" opening a line stays text. */
static void
test_rst_markup (void)
{
  static const char text[] = "Release notes\n=============\n\n"
                             ".. contents::\n\n"
                             "- Alice: the branch is cut.\n\n"
                             ".. code-block:: python\n\n   print(1)\n   print(2)\n\n"   /* 10, 11 */
                             "Run this::\n\n    make check\n\n"                       /* 13, 15 */
                             ".. note::\n   Bob: an admonition.\n\n"                   /* 17, 18 */
                             ".. a comment\n   on two lines\n\n"                       /* 20 */
                             ".. _target: https://example.com\n\nThe end.\n";         /* 23, 25 */
  NpDocument *doc = read_as ("minutes.rst", NULL, text);
  assert_lines_accounted (doc, text);
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 6);
  g_assert_cmpuint (items[1].kind, ==, NP_ITEM_CODE);
  g_assert_cmpuint (items[1].line, ==, 10);
  g_assert_cmpuint (items[1].end_line, ==, 11);
  g_assert_true (items[1].flags & NP_ITEM_NO_ANALYSIS);
  g_autofree char *code = text_of (doc, &items[1]);
  g_assert_cmpstr (code, ==, "print(1)\nprint(2)");
  g_assert_cmpuint (items[3].kind, ==, NP_ITEM_CODE);
  g_assert_cmpuint (items[3].line, ==, 15);
  g_assert_cmpuint (items[4].line, ==, 18);
  g_assert_cmpuint (items[5].line, ==, 25);
  np_document_unref (doc);

  doc = read_as ("notes.txt", NULL, "Notes\n\n- We waited\n\n.. and then we left.\n");
  np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 2);
  np_document_unref (doc);
}

/* A definition list (reStructuredText's, or plain text written so): a
 * short term over lines indented deeper, no blank line between, is an
 * item of its own that takes them, flagged NP_ITEM_DEFINITION, its first
 * line the term; the next term right under a definition opens the next
 * item.  Not a term: a line with its colon (a speaker label, read as
 * before), a paragraph's line under another line of it, a line of many
 * words, a sentence; a line over an indented list heads a section. */
static void
test_definition_list (void)
{
  static const char text[] = "Release sync\n============\n\n"
                             "Alice Smith\n    We should ship on Friday,\n    the build is green\n" /* 4 */
                             "Bob Jones\n    Agreed.\n\n"                                          /* 7 */
                             "The branch was cut on Monday and\n  tested overnight.\n\n"          /* 10 */
                             "Carol:\n    Docs are ready.\n\n"                                    /* 13 */
                             "Open points\n    - the changelog\n\n"                               /* 16 */
                             "We are done.\n    Really.\n";                                        /* 19 */
  NpDocument *doc = read_as ("sync.rst", NULL, text);
  assert_lines_accounted (doc, text);
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  guint flagged = 0;
  for (guint i = 0; i < n; i++)
    flagged += (items[i].flags & NP_ITEM_DEFINITION) != 0;
  g_assert_cmpuint (flagged, ==, 2);
  g_assert_cmpuint (items[0].line, ==, 4);
  g_assert_cmpuint (items[0].end_line, ==, 6);
  g_assert_true (items[0].flags & NP_ITEM_DEFINITION);
  g_assert_cmpuint (np_document_get_item_first_line (doc, 0), ==, strlen ("Alice Smith"));
  g_autofree char *first = text_of (doc, &items[0]);
  g_assert_cmpstr (first, ==, "Alice Smith We should ship on Friday, the build is green");
  g_assert_cmpuint (items[1].line, ==, 7);
  g_assert_cmpuint (items[1].end_line, ==, 8);
  g_assert_true (items[1].flags & NP_ITEM_DEFINITION);
  for (guint i = 2; i < n; i++)
    g_assert_false (items[i].flags & NP_ITEM_DEFINITION);
  np_document_unref (doc);

  /* the same in a plain text file, under a list item too; a term's line
   * under a paragraph's continues it */
  doc = read_as ("sync.txt", NULL,
                 "Notes\n\nAlice Smith\n    We ship.\nBob Jones\n    Agreed.\n\n- a point\nCarol White\n    Fine.\n\n"
                 "We met today\nDan Brown\n    as planned.\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 5);
  g_assert_true (items[0].flags & items[1].flags & items[3].flags & NP_ITEM_DEFINITION);
  g_assert_false (items[2].flags & NP_ITEM_DEFINITION);
  g_assert_false (items[4].flags & NP_ITEM_DEFINITION);
  np_document_unref (doc);
}

/* A task list's box flags its item, open or done, and leaves its text;
 * a sub-bullet under a task nests by the column of the text after the
 * marker, as before the box; a box with nothing after it, or a link's
 * brackets, is text */
static void
test_task_lists (void)
{
  const char *const kinds[] = { "txt", "md" };
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autofree char *name = g_strdup_printf ("tasks.%s", kinds[k]);
      NpDocument *doc = read_as (name, NULL,
                                 "# Actions\n\n- [ ] Alice to send the summary\n- [x] Bob: update the dashboard\n"
                                 "  - [X] nested and done\n- [ ]\n- [link] text\n");
      guint n;
      const NpItem *items = np_document_get_items (doc, &n);
      g_assert_cmpuint (n, ==, 5);
      g_autofree char *t0 = text_of (doc, &items[0]);
      g_assert_cmpstr (t0, ==, "Alice to send the summary");
      g_assert_cmpuint (items[0].flags & (NP_ITEM_TASK | NP_ITEM_TASK_DONE), ==, NP_ITEM_TASK);
      g_assert_cmpuint (items[1].flags & (NP_ITEM_TASK | NP_ITEM_TASK_DONE), ==, NP_ITEM_TASK | NP_ITEM_TASK_DONE);
      g_autofree char *t2 = text_of (doc, &items[2]);
      g_assert_cmpstr (t2, ==, "nested and done");
      g_assert_cmpint (items[2].parent, ==, 1);
      g_assert_true (items[2].flags & NP_ITEM_TASK_DONE);
      g_assert_cmpuint (items[3].flags & NP_ITEM_TASK, ==, 0);
      g_assert_cmpuint (items[4].flags & NP_ITEM_TASK, ==, 0);
      g_autofree char *t4 = text_of (doc, &items[4]);
      g_assert_cmpstr (t4, ==, "[link] text");

      g_autoptr (GString) json = g_string_new (NULL);
      np_document_append_json (doc, json, 0, FALSE);
      g_assert_nonnull (strstr (json->str, "\"kind\": \"bullet\", \"task\": \"open\", \"line\": 3"));
      g_assert_nonnull (strstr (json->str, "\"task\": \"done\", \"line\": 4"));
      g_assert_null (strstr (json->str, "\"task\": \"open\", \"line\": 6"));
      np_document_unref (doc);

      /* a checklist's boxes as bullet glyphs, as editors export them */
      doc = read_as (name, NULL, "# Actions\n\n\xe2\x98\x90 Ann to send it\n\xe2\x98\x92 Bo sent it\n\xe2\x80\xa2 a note\n");
      items = np_document_get_items (doc, &n);
      g_assert_cmpuint (n, ==, 3);
      g_assert_cmpuint (items[0].flags & (NP_ITEM_TASK | NP_ITEM_TASK_DONE), ==, NP_ITEM_TASK);
      g_assert_cmpuint (items[1].flags & (NP_ITEM_TASK | NP_ITEM_TASK_DONE), ==, NP_ITEM_TASK | NP_ITEM_TASK_DONE);
      g_assert_cmpuint (items[2].flags & NP_ITEM_TASK, ==, 0);
      np_document_unref (doc);
    }
  /* in plain text a box with no bullet before it is a checklist's; in
   * Markdown it is text, and a speaker's bracket is no box */
  NpDocument *doc = read_as ("boxes.txt", NULL, "Action items\n\n[ ] Ann to send it\n[x] Bo sent it\n[ann] a note\n");
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (items[0].flags & (NP_ITEM_TASK | NP_ITEM_TASK_DONE), ==, NP_ITEM_TASK);
  g_assert_cmpuint (items[1].flags & (NP_ITEM_TASK | NP_ITEM_TASK_DONE), ==, NP_ITEM_TASK | NP_ITEM_TASK_DONE);
  g_assert_cmpuint (items[2].flags & NP_ITEM_TASK, ==, 0);
  g_autofree char *t0 = text_of (doc, &items[0]);
  g_assert_cmpstr (t0, ==, "Ann to send it");
  g_autofree char *t2 = text_of (doc, &items[2]);
  g_assert_cmpstr (t2, ==, "[ann] a note");
  np_document_unref (doc);
  doc = read_as ("boxes.md", NULL, "# Action items\n\n[ ] Ann to send it\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (items[0].flags & NP_ITEM_TASK, ==, 0);
  g_autofree char *m0 = text_of (doc, &items[0]);
  g_assert_cmpstr (m0, ==, "[ ] Ann to send it");
  np_document_unref (doc);
}

/* A block quote inside a list item, indented to the item's text (a pad's
 * replies under a point, "      > [name=Ann] both?"): the item's children,
 * one per line that opens with a speaker's mark; not more text of it */
static void
test_markdown_quote_in_item (void)
{
  static const char md[] = "# Retro\n\n* Labels\n    * Tag PRs with the group instead?\n" /* 3, 4 */
                           "      > [name=Ann] Instead or both?\n"                            /* 5 */
                           "      > [name=Bo Chen] I worry about switching\n"                   /* 6 */
                           "* Recruiting\n";
  NpDocument *doc = read_as ("retro.md", NULL, md);
  const NpItem *point = item_at_line (doc, 4);
  const NpItem *a = item_at_line (doc, 5);
  const NpItem *b = item_at_line (doc, 6);
  g_assert_nonnull (point);
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_true (a != point && b != a);
  g_assert_cmpint (a->kind, ==, NP_ITEM_QUOTE);
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpint (a->parent, ==, (gint32) (point - items));
  g_assert_cmpint (b->parent, ==, (gint32) (point - items));
  g_autofree char *t = text_of (doc, point);
  g_assert_cmpstr (t, ==, "Tag PRs with the group instead?");
  np_document_unref (doc);
}

/* Markdown's backslash escapes are the characters they escape in the
 * items' text and the headings, not in code spans, code blocks or plain
 * text notes */
static void
test_markdown_escapes (void)
{
  static const char md[] = "# Notes\n\n## \\[WIP\\] plan\n\n"
                           "\\[???\\]: it is about 80mb\n\n"   /* 5 */
                           "- Carol\\: 2\\*\\*53 and `a\\*b`\n\n" /* 7 */
                           "```\nx = 2\\*3\n```\n";             /* 9-11 */
  NpDocument *doc = read_as ("escapes.md", NULL, md);
  guint n, ns;
  const NpItem *items = np_document_get_items (doc, &n);
  const NpSection *s = np_document_get_sections (doc, &ns);
  g_assert_cmpstr (s[ns - 1].title, ==, "[WIP] plan");
  g_autofree char *t0 = text_of (doc, &items[0]);
  g_assert_cmpstr (t0, ==, "[???]: it is about 80mb");
  g_autofree char *t1 = text_of (doc, &items[1]);
  g_assert_cmpstr (t1, ==, "Carol: 2**53 and `a\\*b`");
  g_autofree char *t2 = text_of (doc, &items[2]);
  g_assert_cmpstr (t2, ==, "x = 2\\*3");
  np_document_unref (doc);
  doc = read_as ("escapes.txt", NULL, "Notes\n\n- the path is C:\\dir\\*.txt\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 1);
  g_autofree char *t3 = text_of (doc, &items[0]);
  g_assert_cmpstr (t3, ==, "the path is C:\\dir\\*.txt");
  np_document_unref (doc);
}

/* A heading set in emphasis whole is its words ("# **2020-08-21
 * Meeting**"), as the notes' title and a section's; emphasis of a part
 * stays as written */
static void
test_markdown_heading_emphasis (void)
{
  NpDocument *doc = read_as ("tac.md", NULL,
                             "# **2020-08-21 Meeting**\n\n## __Agenda__\n\n- one\n\n## **Ann** and **Bo**\n\n"
                             "- two\n\n## *Notes\n\n- three\n");
  g_assert_cmpstr (np_document_get_title (doc), ==, "2020-08-21 Meeting");
  g_assert_cmpstr (np_document_get_date (doc), ==, "2020-08-21");
  guint n;
  const NpSection *s = np_document_get_sections (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpstr (s[0].title, ==, "Agenda");
  g_assert_cmpstr (s[1].title, ==, "**Ann** and **Bo**");
  g_assert_cmpstr (s[2].title, ==, "*Notes");
  np_document_unref (doc);
  /* the notes' title without its links' marks */
  doc = read_as ("coffee.md", NULL,
                 "# Coffee Chat between [Lars Gierth](https://example.org/lg) and [Ann Lee](https://example.org/al)\n\n"
                 "- one\n");
  g_assert_cmpstr (np_document_get_title (doc), ==, "Coffee Chat between Lars Gierth and Ann Lee");
  np_document_unref (doc);
  /* a heading in HTML alone on its line, as a document editor's export
   * writes it, is the heading it shows; an empty one stays text */
  static const char html[] = "# Memory Safety SIG\n\n<h2>2023-04-27</h2>\n\n* one\n\n"
                             "<h3 id=\"a\"><a name=\"b\"></a>Action &amp; items</h3>\n\n* two\n\n<h2></h2>\n";
  doc = read_as ("sig.md", NULL, html);
  guint ns;
  const NpSection *hs = np_document_get_sections (doc, &ns);
  g_assert_cmpuint (ns, ==, 2);
  g_assert_cmpstr (hs[0].title, ==, "2023-04-27");
  g_assert_cmpuint (hs[0].level, ==, 2);
  g_assert_cmpuint (hs[0].line, ==, 3);
  g_assert_cmpstr (hs[1].title, ==, "Action & items");
  g_assert_cmpint (hs[1].parent, ==, 0);
  g_assert_cmpstr (np_document_get_date (doc), ==, "2023-04-27");
  np_document_unref (doc);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reader/text/metadata", test_text_metadata);
  g_test_add_func ("/reader/text/sections", test_text_sections);
  g_test_add_func ("/reader/text/session-labels", test_text_session_labels);
  g_test_add_func ("/reader/text/wrapped-lines", test_text_wrapped_lines);
  g_test_add_func ("/reader/text/nesting", test_text_nesting);
  g_test_add_func ("/reader/text/mail-header", test_text_mail_header);
  g_test_add_func ("/reader/text/letter-items", test_text_letter_items);
  g_test_add_func ("/reader/text/speaker-over-indented", test_text_speaker_over_indented);
  g_test_add_func ("/reader/text/name-over-indented-list", test_text_name_over_indented_list);
  g_test_add_func ("/reader/text/vote-no-heading", test_text_vote_no_heading);
  g_test_add_func ("/reader/text/transcript-line-numbers", test_text_transcript_line_numbers);
  g_test_add_func ("/reader/created-date", test_created_date);
  g_test_add_func ("/reader/markdown/hard-breaks", test_markdown_hard_breaks);
  g_test_add_func ("/reader/text/turn-after-blank", test_text_turn_after_blank);
  g_test_add_func ("/reader/text/debris", test_text_debris);
  g_test_add_func ("/reader/text/paragraphs", test_text_paragraphs);
  g_test_add_func ("/reader/text/setext-and-numbers", test_text_setext_and_numbers);
  g_test_add_func ("/reader/markdown/metadata", test_markdown_metadata);
  g_test_add_func ("/reader/markdown/structure", test_markdown_structure);
  g_test_add_func ("/reader/markdown/blocks", test_markdown_blocks);
  g_test_add_func ("/reader/markdown/date-from-path", test_markdown_date_from_path);
  g_test_add_func ("/reader/format-detection", test_format_detection);
  g_test_add_func ("/reader/text/rst-markup", test_rst_markup);
  g_test_add_func ("/reader/text/definition-list", test_definition_list);
  g_test_add_func ("/reader/task-lists", test_task_lists);
  g_test_add_func ("/reader/markdown/escapes", test_markdown_escapes);
  g_test_add_func ("/reader/markdown/quote-in-item", test_markdown_quote_in_item);
  g_test_add_func ("/reader/text/page-furniture", test_page_furniture);
  g_test_add_func ("/reader/markdown/heading-emphasis", test_markdown_heading_emphasis);
  return g_test_run ();
}
