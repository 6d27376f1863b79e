/* test-reader-lines.c: plain text saved a paragraph or a turn a line,
 * with no blank line between: where a line break is the writer's, and a
 * line after it opens an item instead of running on in the one above;
 * where it could be a wrap, and the lines stay one item. */
#include <string.h>

#include "np-private.h"
#include "reader-helpers.h"

/* The text of the item at line (a new string) */
static char *
text_at (NpDocument *doc, guint line)
{
  const NpItem *it = item_at_line (doc, line);
  g_assert_nonnull (it);
  return text_of (doc, it);
}

/* A numbered list item ends where the next line's first word would have
 * fit on it ("1. CALL TO ORDER" over "Mayor Lee called ..."), as a
 * bulleted one does; an outline's entry under it ("5a. Minutes") is no
 * number going on with its sentence, nor after a blank line under a
 * sentence's end ("6b. Contract award"), while a number wrapped to the
 * next line still is ("15 people") */
static void
test_numbered_items_end (void)
{
  static const char text[] = "Council minutes\n\n"
                             "1. CALL TO ORDER\n"                                     /* 3 */
                             "Mayor Lee called the meeting to order at 7:02 p.m.\n"   /* 4 */
                             "2. CONSENT CALENDAR\n"                                  /* 5 */
                             "5a. Minutes of February 18, 2025\n"                     /* 6 */
                             "5b. Warrant register, February\n"                       /* 7 */
                             "Motion by Bello, second by Chen. Motion carried 5-0.\n" /* 8 */
                             "\n6b. Contract award: Riverside Park playground\n"      /* 10 */
                             "Councilmember Ortiz recused himself, and the vote was taken with\n"
                             "\n15 people in the room.\n" /* 13 */
                             "3. ADJOURNMENT\n"           /* 14 */
                             "The meeting ended at 8:31 p.m.\n";
  NpDocument *doc = read_as ("council.txt", NULL, text);
  assert_lines_accounted (doc, text);
  g_autofree char *call = text_at (doc, 3);
  g_assert_cmpstr (call, ==, "CALL TO ORDER");
  assert_item_lines (doc, 4, 4);
  assert_item_lines (doc, 5, 5);
  assert_item_lines (doc, 6, 6);
  assert_item_lines (doc, 7, 7);
  assert_item_lines (doc, 8, 8);
  assert_item_lines (doc, 10, 13);
  assert_item_lines (doc, 14, 14);
  guint n;
  np_document_get_sections (doc, &n);
  g_assert_cmpuint (n, ==, 0);
  np_document_unref (doc);
}

/* Minutes written a turn a line: a line that opens like a turn, also
 * with a label in lower case after its first word ("Unidentified
 * speaker: "), opens an item where the line above ends as its writer
 * broke it: its first word would have fit there within the notes' widest
 * line.  Where the break could be a wrap, the line stays in the item. */
static void
test_turn_after_writers_break (void)
{
  static const char text[]
      = "Public comment\n\n"
        "Dolores Vega (Elm Street): Three near misses this winter at the Lincoln Elementary\n"
        "crossing. We need a crosswalk there before someone gets hurt.\n" /* 4 */
        "Unidentified speaker: My kids cross there every day, please do something.\n"
        "\nThe crossing guard counted the cars and the children at the school gate every day, and\n"
        "Traffic counts: in the packet, with the city's own numbers from March.\n";
  NpDocument *doc = read_as ("comment.txt", NULL, text);
  assert_lines_accounted (doc, text);
  assert_item_lines (doc, 3, 4);
  g_autofree char *unknown = text_at (doc, 5);
  g_assert_cmpstr (unknown, ==, "Unidentified speaker: My kids cross there every day, please do something.");
  /* the notes' widest line, then "Traffic": a wrap */
  assert_item_lines (doc, 7, 8);
  np_document_unref (doc);
}

/* A note in brackets alone on its line ("[adjourned]", a scribe's at the
 * end of W3C's minutes) is no more of the turn above it */
static void
test_bracket_note_line (void)
{
  static const char text[] = "Minutes\n\n"
                             "   Hiroshi: likely remote only, thanks JY\n" /* 3 */
                             "   [adjourned]\n";                            /* 4 */
  NpDocument *doc = read_as ("w3c.txt", NULL, text);
  assert_lines_accounted (doc, text);
  assert_item_lines (doc, 3, 3);
  assert_item_lines (doc, 4, 4);
  np_document_unref (doc);
  /* ... nor an aside in parentheses ("(laughter)"), unless a line in
   * lower case goes on after it: a wrap's */
  static const char bof[] = "BoF notes\n\n"
                            "[Pavel] then maybe documentation is the real problem\n" /* 3 */
                            "(laughter)\n"                                           /* 4 */
                            "[Ines] the cost of the loop as a whole, in\n"          /* 5 */
                            "(scalar units)\n"                                       /* 6 */
                            "is what we want\n";                                     /* 7 */
  doc = read_as ("bof.txt", NULL, bof);
  assert_lines_accounted (doc, bof);
  assert_item_lines (doc, 3, 3);
  assert_item_lines (doc, 4, 4);
  assert_item_lines (doc, 5, 7);
  np_document_unref (doc);
}

/* A line set out left of an item's wrapped lines, and a quotation's "> "
 * line, stand apart from the item above; a PDF's wraps at the margin
 * under a bullet stay its lines */
static void
test_apart_from_item (void)
{
  static const char text[] = "Summit notes\n\n"
                             "o Cherry Vance: contributor count is up 30% year over year, most of it\n" /* 3 */
                             "  docs and small fixes, which is great but review load is way up\n"    /* 4 */
                             "Everyone agreed review load is the top problem right now.\n"          /* 5 */
                             "o Cherry Vance: then macro syntax waits for the 2027 edition\n"       /* 6 */
                             "> proposed wording: an edition change ships with an automated fix\n"  /* 7 */
                             "\xe2\x80\xa2 [mkv] release cadence held this year, both releases went out\n" /* 8 */
                             "within a week of the target date.\n";                                 /* 9 */
  NpDocument *doc = read_as ("summit.txt", NULL, text);
  assert_lines_accounted (doc, text);
  assert_item_lines (doc, 3, 4);
  assert_item_lines (doc, 5, 5);
  assert_item_lines (doc, 6, 6);
  assert_item_lines (doc, 7, 7);
  assert_item_lines (doc, 8, 9);
  np_document_unref (doc);
}

/* A turn written on its line ends with its sentence there, at a writer's
 * break: the next line is no more of the speaker's words ("Mayor Lee: Is
 * there a motion?" over "Motion by Chen, ...").  A turn wrapped after a
 * sentence, a run of short lines and a speaker's line with the time over
 * the turn's text stay one item. */
static void
test_turn_ends_with_its_line (void)
{
  static const char text[] = "Council\n\n"
                             "Councilmember Bello: I could support it with the 6 p.m. cutoff.\n"
                             "Mayor Lee: Is there a motion?\n"                                            /* 4 */
                             "Motion by Chen, second by Bello, to adopt Resolution 2025-14 as amended.\n" /* 5 */
                             "Aiko Tanaka: Thanks all.\n"                                                 /* 6 */
                             "Meeting ended after 00:10:41\n"                                             /* 7 */
                             "\nDe Vries: They sent a letter, it is on page 47 of the packet of the week.\n"
                             "They support it if enforcement ends at 6.\n"                          /* 10 */
                             "\nThe pad said.\nOk then.\nFine.\n"                                   /* 12-14 */
                             "\nInes Carvalho  10:38 AM\nStatus page updated: checkout is slow.\n"; /* 16-17 */
  NpDocument *doc = read_as ("council.txt", NULL, text);
  assert_lines_accounted (doc, text);
  assert_item_lines (doc, 4, 4);
  assert_item_lines (doc, 5, 5);
  assert_item_lines (doc, 6, 6);
  assert_item_lines (doc, 7, 7);
  assert_item_lines (doc, 9, 10);
  assert_item_lines (doc, 12, 14);
  assert_item_lines (doc, 16, 17);
  np_document_unref (doc);
  /* a note-taker's aside in parentheses under a wrapped turn, in plain
   * text and in Markdown */
  static const char aside[] = "Attendees: Daniel Oyelaran, Bo Lindgren\n\n"
                              "* Daniel: we have an internal testsuite that hits this a lot,\n"  /* 3 */
                              "  can probably share the reduced cases.\n"                          /* 4 */
                              "  (note-taker: the line dropped here for a minute)\n"               /* 5 */
                              "* Bo: the reduced cases would help.\n";                              /* 6 */
  doc = read_as ("sync.txt", NULL, aside);
  assert_item_lines (doc, 3, 4);
  assert_item_lines (doc, 5, 5);
  np_document_unref (doc);
  doc = read_as ("sync.md", NULL, aside);
  assert_item_lines (doc, 3, 4);
  assert_item_lines (doc, 5, 5);
  np_document_unref (doc);
  /* an IRC-scribed meeting's queue commands, under a turn or after a
   * blank line (W3C's minutes indent every line); "ack" in prose runs on */
  static const char queue[] = "Minutes\n\n"
                              "   anssi: welcome everyone, we have two items\n"  /* 3 */
                              "   \xe2\x80\xa6 first the manifest\n\n"            /* 4 */
                              "   q+\n"                                         /* 6 */
                              "   marcos: add the permissions topic?\n"        /* 7 */
                              "   ack marcos\n"                                 /* 8 */
                              "   q+ to ask about tests\n"                      /* 9 */
                              "   marcos: we should\n"                          /* 10 */
                              "   ack the problem and move on to the charter\n"; /* 11 */
  doc = read_as ("w3c.txt", NULL, queue);
  assert_lines_accounted (doc, queue);
  assert_item_lines (doc, 3, 4);
  assert_item_lines (doc, 6, 6);
  assert_item_lines (doc, 7, 7);
  assert_item_lines (doc, 8, 8);
  assert_item_lines (doc, 9, 9);
  assert_item_lines (doc, 10, 11);
  np_document_unref (doc);
  static const char md_queue[] = "# Minutes\n\n"
                                 "- anssi: welcome everyone\n" /* 3 */
                                 "  q+\n"                      /* 4 */
                                 "- marcos: add the topic?\n"  /* 5 */
                                 "  ack marcos\n"              /* 6 */
                                 "  dom: fine\n";              /* 7 */
  doc = read_as ("w3c.md", NULL, md_queue);
  assert_item_lines (doc, 3, 3);
  assert_item_lines (doc, 4, 4);
  assert_item_lines (doc, 6, 6);
  assert_item_lines (doc, 7, 7);
  np_document_unref (doc);
}

/* A turn opened as Node.js and formal minutes write one, an attendee's
 * name and a dash or a comma ("Sander - agreed, ..."), ends with the
 * sentence that ends its line, as a turn opened by a label does: "David
 * Nalley noted ..." below is no more of Sander's words.  A line opening
 * with a word no attendee is named runs on, and a turn with no stop at
 * its end is no title over the lines below. */
static void
test_attendee_turn_ends_with_its_line (void)
{
  static const char text[] = "Board meeting\n\n"
                             "Present: Sander Striker, David Nalley, Anna Keller\n\n"
                             "The board met at the offices, with the treasurer dialling in from abroad.\n\n"
                             "Sander - agreed, let us table it.\n"                   /* 7 */
                             "David Nalley noted that the numbers are in the report.\n" /* 8 */
                             "Anna, fine with it.\n"                                /* 9 */
                             "The vote is next week.\n"                             /* 10 */
                             "Maybe - we could ask the treasurer about it again.\n" /* 11 */
                             "It is on the agenda.\n\n"                            /* 12 */
                             "Anna - two options for the cache\n"                   /* 14 */
                             "First, we keep it. Second, we drop it.\n";            /* 15 */
  NpDocument *doc = read_as ("board.txt", NULL, text);
  assert_lines_accounted (doc, text);
  assert_item_lines (doc, 7, 7);
  assert_item_lines (doc, 8, 8);
  assert_item_lines (doc, 9, 9);
  /* no attendee's name: the lines run on */
  assert_item_lines (doc, 10, 12);
  /* a turn with no stop at its line's end is no title */
  assert_item_lines (doc, 14, 15);
  guint n_sections;
  np_document_get_sections (doc, &n_sections);
  g_assert_cmpuint (n_sections, ==, 0);
  np_document_unref (doc);
}

/* Markdown minutes of turns one a line in a paragraph: a line telling of
 * an attendee after a sentence's end ("Nadia raised ...") is no wrapped
 * line of the turn above; a sentence going on under it is its */
static void
test_markdown_narration_after_turn (void)
{
  static const char text[] = "# Board meeting\n\n## Present\n\n- Ingrid Solvang (Chair)\n- Hamish Tobin\n"
                             "- Nadia Rahmani\n\n## Any other business\n\n"
                             "Hamish: the election timetable needs to go out by 1 March.\n"     /* 11 */
                             "Ingrid: noted. Leticia will draft it.\n"                          /* 12 */
                             "Nadia raised the question of recordings. After a short\n"         /* 13 */
                             "discussion the board agreed not to record.\n"                     /* 14 */
                             "Hamish: fine by me.\n"                                            /* 15 */
                             "Ingrid: we should ask\n"                                          /* 16 */
                             "Nadia about it.\n";                                               /* 17 */
  NpDocument *doc = read_as ("board.md", NULL, text);
  assert_item_lines (doc, 12, 12);
  assert_item_lines (doc, 13, 14);
  assert_item_lines (doc, 16, 17);
  np_document_unref (doc);
  /* the turns' paragraph right under its heading, the turn before the
   * narration by a handle in lower case (no turn's label by itself) */
  static const char review[] = "# Review\n\n## Attendees\n- Marek Kowalski (@mkowal)\n- Priya Shah (@pshah)\n\n"
                               "## Discussion\n"
                               "**Priya:** Let's start with detection.\n"                          /* 8 */
                               "pshah: So review missed it.\n"                                     /* 9 */
                               "pshah: Fair. The target stands.\n"                                 /* 10 */
                               "Marek mentioned that the restart was the actual fix.\n";           /* 11 */
  doc = read_as ("review.md", NULL, review);
  assert_item_lines (doc, 10, 10);
  assert_item_lines (doc, 11, 11);
  np_document_unref (doc);
}

/* A template's pictograph before each speaker ("💬 Alice Chen: ...",
 * "🗣️ **Bo Singh**: ...") opens a turn as the label alone would, in a
 * Markdown paragraph and in plain text; the line it wraps onto stays
 * the turn's */
static void
test_pictograph_before_label (void)
{
  static const char md[] = "# Design review\n\n"
                           "\xf0\x9f\x97\xa3\xef\xb8\x8f **Alice Chen**: We should split the parser.\n" /* 3 */
                           "\xf0\x9f\x97\xa3\xef\xb8\x8f **Bo Singh**: Agreed, but after\n"             /* 4 */
                           "the release.\n";                                                             /* 5 */
  NpDocument *doc = read_as ("review.md", NULL, md);
  assert_item_lines (doc, 3, 3);
  assert_item_lines (doc, 4, 5);
  np_document_unref (doc);
  static const char txt[] = "Design review\n\n"
                            "\xf0\x9f\x92\xac Alice Chen: We should split the parser and\n" /* 3 */
                            "keep the lexer.\n"                                              /* 4 */
                            "\xf0\x9f\x92\xac Bo Singh: Agreed.\n";                          /* 5 */
  doc = read_as ("review.txt", NULL, txt);
  assert_item_lines (doc, 3, 4);
  assert_item_lines (doc, 5, 5);
  np_document_unref (doc);
  /* the pictographs' bytes, shared with the plugins (np-text.h) */
  static const char talk[] = "\xf0\x9f\x97\xa3\xef\xb8\x8f  Bo: ok"; /* a selector, two blanks */
  g_assert_cmpuint (np_text_pictograph_prefix (talk, strlen (talk), FALSE), ==, 9);
  static const char arrow[] = "\xe2\x86\x92 Dana: yes";
  g_assert_cmpuint (np_text_pictograph_prefix (arrow, strlen (arrow), FALSE), ==, 0);
  g_assert_cmpuint (np_text_pictograph_prefix (arrow, strlen (arrow), TRUE), ==, 4);
  static const char glued[] = "\xf0\x9f\x92\xac" "Bo: ok"; /* no blank after it */
  g_assert_cmpuint (np_text_pictograph_prefix (glued, strlen (glued), TRUE), ==, 0);
  g_assert_cmpuint (np_text_pictograph_prefix ("Bo: ok", 6, TRUE), ==, 0);
}

/* The width the notes' widest line shows is no wrap's: a turn ends with
 * its line's sentence even where its block is narrower (mail minutes,
 * "AK: ..." over "Agreed to ask ...", a wider line above) */
static void
test_notes_width (void)
{
  static const char text[] = "Data governance\n\n"
                             "For newcomers: Aiko Kimura (AK), Jonas Dahl (JD), Mariam Rahimi (MR), Sven Olsen (SO).\n"
                             "\nMR: 18 months clashes with the fraud team's 24-month lookback window.\n"
                             "AK: I'd rather not start with exemptions on day one, they never go away.\n" /* 6 */
                             "Agreed to ask fraud for their actual usage numbers before deciding.\n";     /* 7 */
  NpDocument *doc = read_as ("mail.txt", NULL, text);
  assert_lines_accounted (doc, text);
  assert_item_lines (doc, 6, 6);
  assert_item_lines (doc, 7, 7);
  np_document_unref (doc);
}

/* Transcripts and records written a turn a line: a clock alone ("00:05:00",
 * Google Meet), a turn with its time after the label ("Speaker 2: (00:47)",
 * Rev, whatever the break), a record's "Q. " and "A. " in a run of them, a
 * label alone ("BY MR. CALLOWAY:") open items; "A. Smith" with no question
 * near is a name's initial in running text */
/* Plain text's ASCII arrows open items: "-> Priya will email her"
 * indented under a line is its sub-item, not a wrapped line of it; the
 * glyph is the arrow's */
static void
test_arrow_items (void)
{
  static const char text[] = "Notes\n\n- Maria: will call Keystone tomorrow\n"
                             "- Jen Albright: asked how to join the welcome committee\n"
                             "  -> Priya will email her\n"      /* 5 */
                             "=> decided to wait for the bids\n" /* 6 */
                             "x->y is the edge\n";              /* 7: no arrow opens it */
  NpDocument *doc = read_as ("arrows.txt", NULL, text);
  assert_lines_accounted (doc, text);
  assert_item_lines (doc, 4, 4);
  assert_item_lines (doc, 5, 5);
  assert_item_lines (doc, 6, 7);
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpint (items[2].parent, ==, 1);
  g_assert_cmpuint (items[2].marker, ==, 0x2192);
  gsize len;
  const char *t = np_document_peek_item_text (doc, 2, &len);
  g_assert_cmpint (strncmp (t, "Priya", 5), ==, 0);
  np_document_unref (doc);
}

/* A podcast's turn that ends with a stage direction after its sentence
 * ("Thanks for having me. [laughs]") is no heading; a heading whose
 * parentheses follow no sentence's end stays one */
static void
test_stage_direction_no_heading (void)
{
  static const char text[] = "The Long Signal\n\nTHEO MARSH: Welcome back to the show.\n\n"
                             "INES: Thanks for having me. [laughs]\n\n"   /* 5 */
                             "THEO: So tell us about the telescope.\n\n"  /* 7 */
                             "Budget Review (draft)\n\n"                  /* 9 */
                             "We went over the numbers.\n";               /* 11 */
  NpDocument *doc = read_as ("episode.txt", NULL, text);
  assert_item_lines (doc, 5, 5);
  assert_item_lines (doc, 7, 7);
  guint n;
  const NpSection *sections = np_document_get_sections (doc, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (sections[0].line, ==, 9);
  np_document_unref (doc);
}

/* Japanese notes' bullet, the katakana middle dot, with no space after
 * it; inside a name it is no bullet; in text and Markdown */
static void
test_japanese_bullets (void)
{
  static const char text[] = "\xe4\xbc\x9a\xe8\xad\xb0\n\n"                             /* 会議 */
                             "\xe3\x83\xbb\xe9\x88\xb4\xe6\x9c\xa8\xef\xbc\x9a\xe3\x81\xaf\xe3\x81\x84\n" /* ・鈴木：はい */
                             "\xe3\x83\xbb \xe6\xb1\xba\xe5\xae\x9a\n"                   /* ・ 決定 */
                             "\xe3\x82\xb8\xe3\x83\xa7\xe3\x83\xb3\xe3\x83\xbb\xe3\x82\xb9\n"; /* ジョン・ス */
  const char *const names[] = { "notes.txt", "notes.md" };
  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    {
      NpDocument *doc = read_as (names[k], NULL, text);
      guint n, bullets = 0;
      const NpItem *items = np_document_get_items (doc, &n);
      for (guint i = 0; i < n; i++)
        {
          /* the name's dot opens nothing */
          g_assert_cmpuint (items[i].marker, ==, items[i].line == 3 || items[i].line == 4 ? 0x30FB : 0);
          bullets += items[i].marker != 0;
        }
      g_assert_cmpuint (bullets, ==, 2);
      np_document_unref (doc);
    }
}

static void
test_transcript_marks (void)
{
  static const char text[]
      = "Deposition\n\n"
        "THE VIDEOGRAPHER: We are on the record at 9:42 a.m. Will counsel state appearances.\n"
        "MS. NAKAMURA: Keiko Nakamura for the defendant and the witness.\n" /* 4 */
        "EXAMINATION\n"                                                     /* 5 */
        "BY MR. CALLOWAY:\n"                                                /* 6 */
        "Q. Good morning. Please state your name for the record.\n"         /* 7 */
        "A. Rosalind Mbeki.\n"                                              /* 8 */
        "Q. And what is your position at Trident Freight?\n"                /* 9 */
        "A. I am the operations manager for the Chicago terminal, since\n"
        "March of 2021.\n" /* 11 */
        "\nNguyen Thi Mai: And Vietnamese is mostly a translation cost. The fonts already\n"
        "cover the diacritics.\n" /* 14 */
        "00:05:00\n"              /* 15 */
        "Yusuf Celik: (00:33) That's doable. I'll check with Marguerite whether it needs a\n"
        "contract change, and I will write to you all about it when I know more.\n"
        "Speaker 2: (00:47) Would that also cover returns?\n"                                      /* 18 */
        "\nThe letter to the council about the crossing was signed by\nA. Smith and the clerk.\n"; /* 20-21 */
  NpDocument *doc = read_as ("depo.txt", NULL, text);
  assert_lines_accounted (doc, text);
  for (guint line = 3; line <= 9; line++)
    assert_item_lines (doc, line, line);
  assert_item_lines (doc, 10, 11);
  assert_item_lines (doc, 13, 14);
  assert_item_lines (doc, 15, 15);
  assert_item_lines (doc, 16, 17);
  assert_item_lines (doc, 18, 18);
  assert_item_lines (doc, 20, 21);
  np_document_unref (doc);
  /* a record of short lines: the answer after its question's end opens
   * its own item, however wide the question is among them */
  static const char short_lines[] = "DEPOSITION OF MARK TANNER\n\nEXAMINATION BY MS. REYES:\n\n"
                                    "Q. Please state your name for the record.\n" /* 5 */
                                    "A. Mark Tanner.\n"                           /* 6 */
                                    "Q. Where are you employed?\n"                /* 7 */
                                    "A. At Northwind, as a dispatcher.\n";        /* 8 */
  doc = read_as ("depo.txt", NULL, short_lines);
  for (guint line = 5; line <= 8; line++)
    assert_item_lines (doc, line, line);
  np_document_unref (doc);
}

/* Formal minutes name people by title and surname: "Councilmember Chen -
 * no report." opens a turn of its own as "Mei Chen - " would, when an
 * attendee's name ends with the surname; a title over anyone else's name
 * is no turn of the notes' people */
static void
test_titled_surname_turns (void)
{
  static const char text[]
      = "Council\n\n"
        "Present: Mayor Grace Lee, Councilmember Mei Chen, Councilmember Oluwaseun Bello\n\n"
        "Councilmember Bello - attended the regional transit board; route 12 changes start in May.\n"
        "Councilmember Chen - no report.\n" /* 6 */
        "Mayor Lee - thanked public works staff for the storm cleanup on Harbour Street.\n"
        "\nThe transit board, as the chair of the regional board put it to the\n" /* 9 */
        "Mayor Smith - who was there - is going to look at the routes again.\n";
  NpDocument *doc = read_as ("council.txt", NULL, text);
  assert_lines_accounted (doc, text);
  assert_item_lines (doc, 5, 5);
  assert_item_lines (doc, 6, 6);
  assert_item_lines (doc, 7, 7);
  assert_item_lines (doc, 9, 10);
  np_document_unref (doc);
}

/* A line standing alone between blank lines holding a sentence's end
 * ("... for the warehouse. (MR)", minutes mailed as prose) is a
 * paragraph, not a heading; "Item 5. Budget" and "St. Louis office" may
 * head */
static void
test_sentence_is_no_heading (void)
{
  static const char text[] = "Minutes\n\n"
                             "Quarterly reviews are overdue for the finance warehouse. (MR)\n\n" /* 3 */
                             "Item 5. Budget\n\n"                                                /* 5 */
                             "The budget is final.\n";
  NpDocument *doc = read_as ("minutes.txt", NULL, text);
  assert_lines_accounted (doc, text);
  assert_item_lines (doc, 3, 3);
  guint n_sections;
  const NpSection *sections = np_document_get_sections (doc, &n_sections);
  g_assert_cmpuint (n_sections, ==, 1);
  g_assert_cmpstr (sections[0].title, ==, "Item 5. Budget");
  np_document_unref (doc);
}

/* A list without markers written with a hanging indent, as RFCs,
 * glossaries and minutes write one: each line at the block's margin over
 * lines indented deeper opens an entry, which takes those lines, and so
 * does an entry of one line at that margin ("Cut ...").  A block is such
 * a list when two of its lines head deeper ones, or its first line heads
 * lines aligned under its text ("Owner    Who ..." over "the cycle.").  A
 * block whose lines are all at one indentation is one paragraph, and so
 * is one with a quotation indented under its last line but one. */
static void
test_hanging_indent_entries (void)
{
  static const char text[] = "Release review\n\n"
                             "The release team met on Tuesday to agree on the terms it uses.\n\n"
                             "   Freeze   The day after which only fixes for regressions land on\n" /* 5 */
                             "            the release branch.\n"
                             "   Cut      Tagging the release candidate from the branch.\n" /* 7 */
                             "   Respin   A second candidate, after a fix that could not wait for\n"
                             "            the point release.\n"
                             "   Hotfix   A release off the schedule.\n\n" /* 10 */
                             "   The team agreed to publish the glossary on the wiki, with\n"
                             "   the schedule for the next two releases and the names of\n"
                             "   the release managers.\n\n" /* 14 */
                             "   The chair read out the resolution the board had drafted in\n"
                             "   February, and asked for objections to it:\n" /* 17 */
                             "       RESOLVED, that the release managers publish the schedule.\n"
                             "   None were raised, and the resolution passed.\n\n" /* 19 */
                             "   Owner    Who answers for the release: the release manager of\n"
                             "            the cycle.\n"
                             "   Window   Two weeks.\n" /* 23 */
                             "   Slip     A week of delay at most.\n";
  NpDocument *doc = read_as ("review.txt", NULL, text);
  assert_lines_accounted (doc, text);
  assert_item_lines (doc, 5, 6);
  assert_item_lines (doc, 7, 7);
  assert_item_lines (doc, 8, 9);
  assert_item_lines (doc, 10, 10);
  assert_item_lines (doc, 12, 14);
  /* a quotation under a paragraph's last line makes no hanging indent */
  assert_item_lines (doc, 16, 19);
  /* one entry over lines aligned under its text is enough */
  assert_item_lines (doc, 21, 22);
  assert_item_lines (doc, 23, 23);
  assert_item_lines (doc, 24, 24);
  g_autofree char *respin = text_at (doc, 8);
  g_assert_cmpstr (respin, ==, "Respin   A second candidate, after a fix that could not wait for the point release.");
  np_document_unref (doc);
  /* a turn's line over a line aligned under its words, in a block of
   * other lines: the next line at the margin is no more of the turn */
  static const char turns[] = "Weekly\n\n"
                              "YT - out 27-31 May, DA covering for me\n"                       /* 3 */
                              "[DA] one thing from me: the bastion host goes off on Friday,\n" /* 4 */
                              "     shout if anything still depends on it\n"                  /* 5 */
                              "FYI new laptops arriving next week\n";                          /* 6 */
  doc = read_as ("weekly.txt", NULL, turns);
  assert_lines_accounted (doc, turns);
  assert_item_lines (doc, 3, 3);
  assert_item_lines (doc, 4, 5);
  assert_item_lines (doc, 6, 6);
  np_document_unref (doc);
  /* turns with their wrapped lines indented: a deeper line is its turn's
   * whatever ends the line above, and where the notes write turns so, a
   * block with one such turn hangs too */
  static const char mdt[] = "MDT\n\nCase 1 - Mrs. K, 72\n"
                            "Dr Okafor: Admitted Sunday with IECOPD, still on 2L O2,\n" /* 4 */
                            "  sats 89-91% at rest.\n"
                            "Priya: Checked technique yesterday, not hard enough.\n"     /* 6 */
                            "  Suggest switching to MDI and spacer.\n"
                            "Consultant: OK, so she is not ready this week.\n\n"        /* 8 */
                            "Case 2 - Mr. J, 67\n"
                            "Dr. Marsh: New 2.4cm lesion RUL, hilar node 14mm.\n"         /* 11 */
                            "  PET booked for Tuesday.\n"
                            "Dr Okafor: Current smoker, 50 pack years.\n";               /* 13 */
  doc = read_as ("mdt.txt", NULL, mdt);
  assert_lines_accounted (doc, mdt);
  assert_item_lines (doc, 4, 5);
  assert_item_lines (doc, 6, 7);
  assert_item_lines (doc, 8, 8);
  assert_item_lines (doc, 11, 12);
  assert_item_lines (doc, 13, 13);
  np_document_unref (doc);
}

/* Board minutes write the comments on a report as a label alone over a
 * list with a hanging indent ("Comments:" over "  sb: Thanks ..." and
 * its wrapped lines aligned under its text): the label is an item of its
 * own, the entries nest under it, each with its wrapped lines, also the
 * entries of one line after the first; each entry's nickname opens it
 * once, so they make no conversation.  Text at one indentation under
 * the label stays one paragraph. */
static void
test_label_over_hanging_indent (void)
{
  static const char text[] = "Board of Directors Meeting Minutes\n\n"
                             "1. Call to order\n\n"
                             "    The meeting began at 10:00 UTC with a quorum present.\n\n"
                             "2. Committee Reports\n\n"
                             "    A. Apache Lantern Project [Ines Okafor / rw]\n\n"
                             "       Comments:\n"                                                   /* 11 */
                             "         rw: Thanks for a thorough report; glad to see the two new\n" /* 12 */
                             "             committers from outside the founding company.\n"
                             "         jd: The last release vote is missing from the archives.\n" /* 14 */
                             "             Could the PMC confirm where it took place?\n"
                             "         mk: +1 to jd's question.\n\n" /* 16 */
                             "    B. Apache Kestrel Project [Tomas Berg / ph]\n\n"
                             "       Comments:\n"                                                    /* 20 */
                             "         ph: Report is late again; the chair plans to step down and\n" /* 21 */
                             "             no successor has been named.\n"
                             "         al: Activity is low. Time to think about the Attic?\n" /* 23 */
                             "         tb: One more quarter before we raise that.\n\n"        /* 24 */
                             "    C. Apache Osprey Project [Lena Falk / jd]\n\n"
                             "       Comments:\n" /* 28 */
                             "         The report was late, and the board asked the PMC to\n"
                             "         submit it again next month with its release plans.\n"; /* 30 */
  NpDocument *doc = read_as ("board.txt", NULL, text);
  assert_lines_accounted (doc, text);
  assert_item_lines (doc, 11, 11);
  assert_item_lines (doc, 12, 13);
  assert_item_lines (doc, 14, 15);
  assert_item_lines (doc, 16, 16);
  assert_item_lines (doc, 20, 20);
  assert_item_lines (doc, 21, 22);
  assert_item_lines (doc, 23, 23);
  assert_item_lines (doc, 24, 24);
  g_autofree char *rw = text_at (doc, 12);
  g_assert_cmpstr (rw, ==,
                   "rw: Thanks for a thorough report; glad to see the two new committers from outside the "
                   "founding company.");
  g_assert_cmpuint (item_at_line (doc, 12)->depth, ==, item_at_line (doc, 11)->depth + 1);
  g_assert_cmpuint (item_at_line (doc, 16)->depth, ==, item_at_line (doc, 11)->depth + 1);
  g_assert_true (item_at_line (doc, 29) == item_at_line (doc, 30));
  np_document_unref (doc);

  /* two entries, one of them wrapped: each line at the margin opens with
   * a nickname and a colon, so the block hangs all the same; a director's
   * initials ("wz" for Wen Zhao) open an entry */
  static const char two[] = "Board minutes\n\nDirectors Present: Wen Zhao, Oliver Stroud\n\n"
                            "  Comments:\n"                                                        /* 5 */
                            "    wz: Thanks for the detailed report. Is there a plan for 3.5?\n" /* 6 */
                            "    os: The release cadence slipped from 6 weeks to 4 months, can the\n" /* 7 */
                            "        PMC comment on why?\n";
  doc = read_as ("board2.txt", NULL, two);
  assert_lines_accounted (doc, two);
  assert_item_lines (doc, 5, 5);
  assert_item_lines (doc, 6, 6);
  assert_item_lines (doc, 7, 8);
  np_document_unref (doc);
}

/* A list with a hanging indent after a blank line: its first entry,
 * also one in lower case ("rw: thanks ..."), is no wrapped line of the
 * paragraph above the blank, though a line in lower case indented under
 * a paragraph goes on with it */
static void
test_hanging_indent_after_blank (void)
{
  static const char text[] = "Review\n\n"
                             "The board read the report of the Lantern project and\n\n"      /* 3 */
                             "  rw: thanks for a thorough report; glad to see the two new\n" /* 5 */
                             "      committers from outside the founding company.\n"
                             "  jd: The last release vote is missing from the archives.\n\n" /* 7 */
                             "The board read the report of the Kestrel project and\n\n"      /* 9 */
                             "  asked the PMC for a plan for its next release.\n";           /* 11 */
  NpDocument *doc = read_as ("review.txt", NULL, text);
  assert_lines_accounted (doc, text);
  assert_item_lines (doc, 3, 3);
  assert_item_lines (doc, 5, 6);
  assert_item_lines (doc, 7, 7);
  assert_item_lines (doc, 9, 11);
  np_document_unref (doc);
}

/* Minutes mailed as prose close a paragraph with the initials of whom
 * it reports ("... 90 days. (MR)"): the paragraph ends there, the next
 * line opens another; a roster's "Dimitriou H. (IOA)" ends no sentence */
static void
test_closing_initials (void)
{
  static const char text[] = "Minutes\n\n"
                             "Quarterly reviews are overdue for the finance warehouse. Around 40 accounts\n" /* 3 */
                             "have not logged in for 90 days. (MR)\n"
                             "Auto-expiry is possible but leavers are the bigger problem: the offboarding\n" /* 5 */
                             "hook has been broken since January. (SO)\n\n"
                             "Ioanna M. Dimitriou H. (IOA)\n"                                                 /* 8 */
                             "Isaac Durazo (IDO)\n";
  NpDocument *doc = read_as ("minutes.txt", NULL, text);
  assert_lines_accounted (doc, text);
  assert_item_lines (doc, 3, 4);
  assert_item_lines (doc, 5, 6);
  assert_item_lines (doc, 8, 9);
  np_document_unref (doc);
}

/* A numbered line underlined at least as long by dashes or equals signs
 * (reStructuredText, plain text) is a section's title, not a list item */
static void
test_numbered_title_underlined (void)
{
  static const char text[] = "Sync\n\n"
                             "1. Release status\n"
                             "-----------------\n\n"
                             "- Priya: the branch is cut.\n\n"                            /* 6 */
                             "2. CI\n"
                             "--\n\n"                                                    /* 9: too short */
                             "- Wei: green.\n";
  NpDocument *doc = read_as ("sync.rst", NULL, text);
  assert_lines_accounted (doc, text);
  guint n_sections;
  const NpSection *sections = np_document_get_sections (doc, &n_sections);
  g_assert_cmpuint (n_sections, >=, 1);
  g_assert_cmpstr (sections[0].title, ==, "1. Release status");
  g_assert_null (item_at_line (doc, 3));
  assert_item_lines (doc, 6, 6);
  np_document_unref (doc);
}

/* Plain-text minutes of turns one a line: a line that tells of an
 * attendee after a turn's sentence ended ("Councilmember Lindqvist moved
 * ...", an office and the surname, then a verb in the past, or one of
 * telling in the present: "notes", German "fragt", French "rappelle")
 * opens an item of its own, after a list item's turn too */
static void
test_narration_after_turn (void)
{
  static const char text[] = "MINUTES\n\nPresent: Mayor Linda Torres, Councilmember Erik Lindqvist\n\n"
                             "Item 6D - Janitorial Services Contract\n"                               /* 5 */
                             "Councilmember Lindqvist: Stated he was satisfied with the answer.\n"    /* 6 */
                             "Councilmember Lindqvist moved to approve Item 6D, seconded by\n"        /* 7 */
                             "Mayor Torres. Motion carried 2-0.\n\n"                                 /* 8 */
                             "- Audience member: Asked whether permits would cost money.\n"           /* 10 */
                             "Mayor Torres asked staff to follow up.\n";                              /* 11 */
  NpDocument *doc = read_as ("council.txt", NULL, text);
  assert_item_lines (doc, 6, 6);
  assert_item_lines (doc, 7, 8);
  assert_item_lines (doc, 10, 10);
  assert_item_lines (doc, 11, 11);
  np_document_unref (doc);
  /* a question relayed from a medium opens a turn of its own too */
  doc = read_as ("pad.txt", NULL,
                 "Q&A\n\nA (Amara): the old images are frozen.\nQ from IRC (kdimi): can it use GitLab CI?\n"
                 "A (Rahul): there were discussions\n");
  assert_item_lines (doc, 3, 3);
  assert_item_lines (doc, 4, 4);
  np_document_unref (doc);
  /* told in the present, in English, German and French */
  doc = read_as ("protokoll.txt", NULL,
                 "Protokoll\n\nAnwesend: J\xc3\xb6rg B\xc3\xa4umler, Fritzi Gro\xc3\x9f, Fran\xc3\xa7ois Roux\n\n"
                 "J\xc3\xb6rg: Der Kassenstand ist gut, die R\xc3\xbc" "cklage reicht.\n"      /* 5 */
                 "Fritzi fragt, ob die Serverr\xc3\xbc" "cklage zu knapp ist.\n"               /* 6 */
                 "J\xc3\xb6rg: Nein.\n"                                                        /* 7 */
                 "Fran\xc3\xa7ois rappelle que le budget est fix\xc3\xa9.\n"                   /* 8 */
                 "Fritzi: Gut.\n"                                                              /* 9 */
                 "J\xc3\xb6rg notes that the budget is fixed.\n");                             /* 10 */
  for (guint k = 5; k <= 10; k++)
    assert_item_lines (doc, k, k);
  np_document_unref (doc);
  /* in Dutch and Italian; Spanish's verb of taking the floor before the
   * voice, a title of address after it ("Responde Dña. ...") */
  doc = read_as ("notulen.txt", NULL,
                 "Notulen\n\nAanwezig: Pieter van den Berg, Fatima El Amrani, Marco Rossi, Ana Torres\n\n"
                 "Pieter van den Berg: Kunnen we punt 4 naar voren halen?\n"           /* 5 */
                 "Fatima vraagt of de begroting al klaar is.\n"                        /* 6 */
                 "Pieter: Nog niet.\n"                                                 /* 7 */
                 "Marco chiede se il bilancio \xc3\xa8 pronto.\n"                      /* 8 */
                 "Interviene Marco Rossi: pregunta por los viajes.\n"                  /* 9 */
                 "Responde Dña. Ana Torres: Se revisar\xc3\xa1.\n");                   /* 10 */
  for (guint k = 5; k <= 10; k++)
    assert_item_lines (doc, k, k);
  np_document_unref (doc);
  /* a motion's and a vote's records after a turn, in text and Markdown;
   * a wrapped line that happens to open with "Motion" after no sentence's
   * end runs on */
  for (guint k = 0; k < 2; k++)
    {
      doc = read_as (k ? "wg.md" : "wg.txt", NULL,
                     "WG minutes\n\nPresent: Hiroshi Tanaka, Markus Lindgren\n\n"
                     "Chair: Added as item 6a.\n"                                              /* 5 */
                     "Motion by Markus Lindgren, second by Hiroshi Tanaka, to approve the\n"   /* 6 */
                     "minutes.\nNo objections; minutes approved by unanimous consent.\n"       /* 8 */
                     "Markus: we should look at the envelope and the\n"                         /* 9 */
                     "Motion carries 4-0-1.\n");
      assert_item_lines (doc, 5, 5);
      assert_item_lines (doc, 6, 7);
      assert_item_lines (doc, 8, 8);
      assert_item_lines (doc, 9, 10);
      np_document_unref (doc);
    }
  /* a roll call's last vote, then the outcome: a record of its own; a
   * line ending in a vote's word without a colon runs on */
  doc = read_as ("vote.md", NULL,
                 "# WG minutes\n\nPresent: Hiroshi Tanaka, Markus Lindgren\n\n"
                 "Roll call vote:\n"                         /* 5 */
                 "  - Tanaka: Yes\n"                         /* 6 */
                 "  - Lindgren: Abstain\n"                   /* 7 */
                 "Motion carries 1-0-1.\n"                    /* 8 */
                 "  - Unidentified student: \"Let us sleep.\" (laughter)\n" /* 9 */
                 "No action taken; item returns in February.\n\n" /* 10 */
                 "- Markus asked whether to say No\n"        /* 12 */
                 "Motion carries were his words.\n");         /* 13 */
  assert_item_lines (doc, 7, 7);
  assert_item_lines (doc, 8, 8);
  assert_item_lines (doc, 9, 9);
  assert_item_lines (doc, 10, 10);
  assert_item_lines (doc, 12, 13);
  np_document_unref (doc);
  /* a transcript's clock alone on its line is no line of the turn above */
  doc = read_as ("meet.txt", NULL,
                 "Weekly sync - Transcript\n\n"
                 "Alice Smith: Okay, let's get started.\n" /* 3 */
                 "Bob Jones: The branch is cut.\n"         /* 4 */
                 "00:05:12\n"                              /* 5 */
                 "Carol White: One of them is mine.\n");   /* 6 */
  assert_item_lines (doc, 4, 4);
  assert_item_lines (doc, 6, 6);
  np_document_unref (doc);
  /* ... in Markdown too (Gemini's notes, the transcript under them) */
  doc = read_as ("meet.md", NULL,
                 "### Transcript\n"
                 "00:00:05\n"                                   /* 2 */
                 "Ana Ruiz: Okay, let's start.\n"               /* 3 */
                 "00:00:12\n"                                   /* 4 */
                 "Ben Cole: I think May 3 works for us.\n");    /* 5 */
  assert_item_lines (doc, 3, 3);
  assert_item_lines (doc, 4, 4);
  assert_item_lines (doc, 5, 5);
  np_document_unref (doc);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reader/lines/narration-after-turn", test_narration_after_turn);
  g_test_add_func ("/reader/text/numbered-items-end", test_numbered_items_end);
  g_test_add_func ("/reader/text/turn-after-writers-break", test_turn_after_writers_break);
  g_test_add_func ("/reader/text/turn-ends-with-its-line", test_turn_ends_with_its_line);
  g_test_add_func ("/reader/text/attendee-turn-ends-with-its-line", test_attendee_turn_ends_with_its_line);
  g_test_add_func ("/reader/text/notes-width", test_notes_width);
  g_test_add_func ("/reader/text/transcript-marks", test_transcript_marks);
  g_test_add_func ("/reader/text/arrow-items", test_arrow_items);
  g_test_add_func ("/reader/japanese-bullets", test_japanese_bullets);
  g_test_add_func ("/reader/text/stage-direction-no-heading", test_stage_direction_no_heading);
  g_test_add_func ("/reader/text/titled-surname-turns", test_titled_surname_turns);
  g_test_add_func ("/reader/text/sentence-is-no-heading", test_sentence_is_no_heading);
  g_test_add_func ("/reader/text/closing-initials", test_closing_initials);
  g_test_add_func ("/reader/text/numbered-title-underlined", test_numbered_title_underlined);
  g_test_add_func ("/reader/text/hanging-indent-entries", test_hanging_indent_entries);
  g_test_add_func ("/reader/text/label-over-hanging-indent", test_label_over_hanging_indent);
  g_test_add_func ("/reader/text/hanging-indent-after-blank", test_hanging_indent_after_blank);
  g_test_add_func ("/reader/markdown/narration-after-turn", test_markdown_narration_after_turn);
  g_test_add_func ("/reader/text/bracket-note-line", test_bracket_note_line);
  g_test_add_func ("/reader/text/apart-from-item", test_apart_from_item);
  g_test_add_func ("/reader/pictograph-before-label", test_pictograph_before_label);
  return g_test_run ();
}
