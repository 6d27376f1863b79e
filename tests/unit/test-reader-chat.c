/* test-reader-chat.c: speech as the readers split it: scribed minutes
 * with lowercase nicknames, transcript and chat lines ("Alice: ...",
 * "<nick> ...", "Ann Lee  10:32 AM"), saved Zoom chats, and turns under
 * list items.  Each turn must be an item of its own, and a wrapped line
 * must stay in its item. */
#include <stdlib.h>
#include <string.h>

#include <notepipe/notepipe.h>

#include "np-private.h"
#include "reader-helpers.h"
#include "reader.h"

/* Scribed minutes where lowercase nicknames open the lines ("timbl: ..."):
 * in a conversation (two nicknames opening two lines each) every such
 * line is a turn, in Markdown and plain text; elsewhere a lowercase
 * "word: " line is a wrapped line, even when one word opens two lines. */
/* The last count items of text read as name open on lines first,
 * first + 1, ...: a turn a line */
static void
assert_turn_lines (const char *name, const char *text, guint first, guint count)
{
  NpDocument *doc = read_as (name, NULL, text);
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, >=, count);
  items += n - count;
  for (guint i = 0; i < count; i++)
    g_assert_cmpuint (items[i].line, ==, first + i);
  np_document_unref (doc);
}

static void
test_chat_nicknames (void)
{
  const char *const kinds[] = { "md", "txt" };
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autofree char *name = g_strdup_printf ("minutes.%s", kinds[k]);
      const char *minutes = "Telecon\n\nastearns: first item\nfantasai: we should resolve\non the proposal\n"
                            "tantek: no objection\nastearns: any objections?\nfantasai: none.\n";
      NpDocument *doc = read_as (name, NULL, minutes);
      guint n;
      const NpItem *items = np_document_get_items (doc, &n);
      /* the text reader takes "Telecon" as the title, the Markdown one as an item */
      g_assert_cmpuint (n, ==, k == 0 ? 6 : 5);
      items += n - 5;
      guint lines[] = { 3, 4, 6, 7, 8 };
      for (guint i = 0; i < 5; i++)
        g_assert_cmpuint (items[i].line, ==, lines[i]);
      g_assert_cmpuint (items[1].end_line, ==, 5);
      np_document_unref (doc);

      /* one word opening two lines is no conversation */
      const char *notes = "Notes\n\nWe moved the docs to the new\nwebsite: the old one is gone and the\n"
                          "website: link redirects. Later\nnote: ask again\n";
      doc = read_as (name, NULL, notes);
      items = np_document_get_items (doc, &n);
      g_assert_cmpuint (n, ==, k == 0 ? 2 : 1);
      g_assert_cmpuint (items[n - 1].line, ==, 3);
      g_assert_cmpuint (items[n - 1].end_line, ==, 6);
      np_document_unref (doc);

      /* an attendee's nickname opens a turn, said once, after a blank
       * line or not; another lowercase word still wraps */
      const char *irc = "Telecon\nPresent: astearns, Fantasai, tab\n\nTopic: anchors\n\nastearns: first topic\n"
                        "fantasai: we could\nadd a flag\nwebsite: is down\ntab: no objection\n";
      doc = read_as (name, NULL, irc);
      items = np_document_get_items (doc, &n);
      g_assert_cmpuint (n, >=, 4);
      items += n - 4;
      guint irc_lines[] = { 4, 6, 7, 10 };
      for (guint i = 0; i < 4; i++)
        g_assert_cmpuint (items[i].line, ==, irc_lines[i]);
      g_assert_cmpuint (items[2].end_line, ==, 9);
      np_document_unref (doc);

      /* IRC nicknames made of an attendee's name ("anssik", "jbell"),
       * said once among named turns (W3C's minutes) */
      const char *w3c = "WebML\nPresent: Anssi Kostiainen, Joshua Bell, Dwayne Robinson\n\n"
                        "Dwayne: nine ops map\ncleanly\nanssik: let's capture that\njbell: +1\nwebsite: is down\n";
      doc = read_as (name, NULL, w3c);
      items = np_document_get_items (doc, &n);
      g_assert_cmpuint (n, >=, 3);
      items += n - 3;
      guint w3c_lines[] = { 4, 6, 7 };
      for (guint i = 0; i < 3; i++)
        g_assert_cmpuint (items[i].line, ==, w3c_lines[i]);
      g_assert_cmpuint (items[0].end_line, ==, 5);
      g_assert_cmpuint (items[2].end_line, ==, 8);
      np_document_unref (doc);

      /* an attendee's initials open a turn; a word's do not ("if" for
       * Ian Foster) */
      const char *board = "Board\nPresent: Wen Zhao, Ian Foster\n\nNotes\n\nThe report was read\n"
                          "wz: thanks for it\nif: the vote passes\n";
      doc = read_as (name, NULL, board);
      items = np_document_get_items (doc, &n);
      g_assert_cmpuint (n, >=, 2);
      items += n - 2;
      g_assert_cmpuint (items[0].line, ==, 6);
      g_assert_cmpuint (items[1].line, ==, 7);
      g_assert_cmpuint (items[1].end_line, ==, 8);
      np_document_unref (doc);

      /* a conversation of a recurring nickname and a recurring name */
      assert_turn_lines (name, "Telecon\n\nDwayne: first\nrobin: second\nDwayne: third\nrobin: fourth\n", 3, 4);
      /* a log's dated entries, one an item (a date is no phone that
       * dialled in, and no wrapped line) */
      assert_turn_lines (name, "Log\n\nWhat was done.\n\n2026-11-07: released the build\n2026-11-08: fixed the docs\n"
                               "20261109: tagged\n09.11.2026: Eintrag\n", 5, 4);
    }
}

static void
test_transcript_lines (void)
{
  const char *md = "# Chat\n\nAlice: we should ship.\nBob (summary): agreed, next week.\nDH, AWB: fine by us\n"
                   "wrapped line of Bob's\n\n* Carol: a bullet\n  Dan: answers under it\n";
  NpDocument *doc = read_as ("chat.md", NULL, md);
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 5);
  g_assert_cmpuint (items[2].line, ==, 5);
  g_assert_cmpuint (items[2].end_line, ==, 6);
  g_assert_cmpuint (items[3].end_line, ==, 8);
  g_assert_cmpint (items[4].parent, ==, 3); /* a turn of its own, under the bullet */
  np_document_unref (doc);
  /* irssi logs: a channel mode or a space before the nick */
  doc = read_as ("irc.txt", NULL, "IRC log\n\n10:32 <@alice> ship it\n10:33 < bob> agreed\n10:33 <+carol> no\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  np_document_unref (doc);
  /* a Matrix user through an IRC bridge: "<kofi[m]>"; not "<a[b]>" */
  doc = read_as ("irc.md", NULL, "# IRC log\n\n<alice> ship it\n<kofi[m]> agreed\n<bob> no\n<kofi[x]> wrapped\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (items[1].line, ==, 4);
  g_assert_cmpuint (items[2].end_line, ==, 6);
  np_document_unref (doc);
  /* a word in angle brackets wrapped onto a line of its own in mid-
   * sentence ("... subscribe to the" over "<debian-package-git> mailing
   * list") goes on with the paragraph, in either reader; a chat's first
   * line under a heading, or after a sentence, opens a turn */
  const char *names[] = { "wrap.txt", "wrap.md" };
  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    {
      doc = read_as (names[k], NULL,
                     "Packaging\n\nIf you are interested please subscribe to the\n<pkg-team> mailing list by mail.\n\n"
                     "The log follows.\n<alice> ship it\n<bob> agreed\n");
      items = np_document_get_items (doc, &n);
      g_assert_cmpuint (n, >=, 4);
      items += n - 4;
      g_assert_cmpuint (items[0].line, ==, 3);
      g_assert_cmpuint (items[0].end_line, ==, 4);
      g_assert_cmpuint (items[2].line, ==, 7);
      g_assert_cmpuint (items[3].line, ==, 8);
      np_document_unref (doc);
    }
  const char *txt = "Sync\n\nAlice: we should ship.\n[bob] agreed.\nThis Is: not a sentence. Really\n";
  doc = read_as ("chat.txt", NULL, txt);
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  np_document_unref (doc);

  /* chat logs and minutes: "<nick>", "@handle:", emphasised names with the
   * colon inside or outside; not "<a href" or "@ 10:30", nor a wrapped line
   * that opens with a lowercase "word: ", nor "_word_:" */
  const char *const chats[] = { "md", "txt" };
  for (guint k = 0; k < G_N_ELEMENTS (chats); k++)
    {
      g_autofree char *name = g_strdup_printf ("irc.%s", chats[k]);
      const char *log = "Log\n\n<yoav> first point\n<nic_j> +1\n@derek-carr: I can review\n**Dawn:** agreed\n"
                        "*Sergey*: writing it up\n__Ann__: fine\n__Bo:__ also fine\n<a href> no\n@ 10:30: no\n"
                        "the website: no\n_see_: no\n_Carol_: yes\n_Dan:_ yes\n<@eve:matrix.org> hi\n"
                        "<@eve:matrix> no\n<@:matrix.org> no\n";
      doc = read_as (name, NULL, log);
      items = np_document_get_items (doc, &n);
      /* the text reader takes "Log" as the title, the Markdown one as an item */
      g_assert_cmpuint (n, ==, k == 0 ? 11 : 10);
      items += n - 10;
      guint lines[] = { 3, 4, 5, 6, 7, 8, 9, 14, 15, 16 };
      for (guint i = 0; i < 10; i++)
        g_assert_cmpuint (items[i].line, ==, lines[i]);
      g_assert_cmpuint (items[6].end_line, ==, 13);
      g_assert_cmpuint (items[9].end_line, ==, 18);
      np_document_unref (doc);
    }
  /* live captions: ">>" opens each change of speaker, named or not */
  doc = read_as ("captions.txt", NULL, "Captions\n\n>> MAYOR SMITH: Good evening.\n>> Thank you.\n>> JONES: Hi.\nwrapped\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (items[2].end_line, ==, 6);
  np_document_unref (doc);
  /* turns apart from each other are no headings, a capitalized title is */
  doc = read_as ("turns.txt", NULL,
                 "Sync\n\nAlice: hi\n\n[10:32] Bob: ok then\n\n<carol> sure\n\nKeynote: The Future\n\n- a point\n");
  items = np_document_get_items (doc, &n);
  guint n_sections;
  const NpSection *sections = np_document_get_sections (doc, &n_sections);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpuint (items[2].line, ==, 7);
  g_assert_cmpuint (n_sections, ==, 1);
  g_assert_cmpstr (sections[0].title, ==, "Keynote: The Future");
  np_document_unref (doc);
  /* a transcript export: "Name  time" lines over their turn's text, apart
   * or not; "Lunch 12:00" is no speaker line */
  doc = read_as ("otter.txt", NULL,
                 "Call\n\nAlice Smith  0:03\n\nLet us start.\n\nSpeaker 2  0:15\nSure.\n\n"
                 "Lunch 12:00\n\nFood on level 2.\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (items[0].line, ==, 3);
  g_assert_cmpuint (items[0].end_line, ==, 5);
  g_assert_cmpuint (items[1].end_line, ==, 8);
  np_document_get_sections (doc, &n_sections);
  g_assert_cmpuint (n_sections, ==, 1); /* "Lunch 12:00" heads one */
  np_document_unref (doc);
  /* a copied chat (Slack): the same lines with no blank line between;
   * Teams writes the time first ("[10:32 AM] Ann Lee"); a line that says
   * more than a name after the time is no such header */
  const char *const copies[] = { "Incident\n\nAnn Lee  10:32 AM\nrollout at 50%\nBo Chen  10:33 AM\nflat\nok?\n",
                                 "Incident\n\n[10:32 AM] Ann Lee\nrollout at 50%\n[10:33 AM] Bo Chen\nflat\nok?\n" };
  for (guint k = 0; k < G_N_ELEMENTS (copies); k++)
    {
      doc = read_as ("chat.txt", NULL, copies[k]);
      items = np_document_get_items (doc, &n);
      g_assert_cmpuint (n, ==, 2);
      g_assert_cmpuint (items[0].end_line, ==, 4);
      g_assert_cmpuint (items[1].line, ==, 5);
      g_assert_cmpuint (items[1].end_line, ==, 7);
      np_document_unref (doc);
    }
  doc = read_as ("agenda.txt", NULL, "Agenda\n\nwe start at\n10:30 Lunch break, then\nlunch\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 1);
  np_document_unref (doc);
  /* a transcript: a clock time before the mark */
  doc = read_as ("call.txt", NULL,
                 "Call\n\n[10:32] Alice Smith: status?\n10:33 Bob: green\n(10:34 AM) <carol> one flaky test\n"
                 "10:35 and a wrapped line\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (items[2].line, ==, 5);
  g_assert_cmpuint (items[2].end_line, ==, 6);
  np_document_unref (doc);
  /* an agenda's entries, each opening with its time and a capital: one
   * item each, in text and in Markdown */
  for (guint k = 0; k < 2; k++)
    {
      doc = read_as (k ? "agenda.md" : "agenda.txt", NULL,
                     k ? "# Agenda\n\n10:00 Welcome and intros\n10:30 Keynote on the future of builds\n12:00 Lunch\n"
                       : "Agenda\n\n10:00 Welcome and intros\n10:30 Keynote on the future of builds\n12:00 Lunch\n");
      items = np_document_get_items (doc, &n);
      g_assert_cmpuint (n, ==, 3);
      g_assert_cmpuint (items[1].line, ==, 4);
      g_assert_cmpuint (items[1].end_line, ==, 4);
      np_document_unref (doc);
    }
}

/* An incident's timeline written a line an entry, in text and in
 * Markdown: a dash or a nick's label after each time opens an entry; a
 * wrapped line, and a time in one, run on */
static void
test_incident_timeline (void)
{
  for (guint k = 0; k < 2; k++)
    {
      NpDocument *doc = read_as (k ? "timeline.md" : "timeline.txt", NULL,
                                 "Timeline\n\n13:52 \xe2\x80\x94 deploy checkout-svc via Argo, a long line that runs on\n"
                                 "13:58 \xe2\x80\x94 5xx rate alert fires\n"
                                 "14:00 \xe2\x80\x93 fadeyemi (on-call): paged, looking at the dashboards for\n"
                                 "eu-west-1.\n14:05 alnowak: I'm IC.\n14:06 cferri: we meet at\n"
                                 "14:30 to look at it again\n");
      guint n;
      const NpItem *items = np_document_get_items (doc, &n);
      /* the text's first line is its title, Markdown's a paragraph */
      g_assert_cmpuint (n, ==, 5 + k);
      items += k;
      g_assert_cmpuint (items[1].line, ==, 4);
      g_assert_cmpuint (items[2].line, ==, 5);
      g_assert_cmpuint (items[2].end_line, ==, 6);
      g_assert_cmpuint (items[3].line, ==, 7);
      g_assert_cmpuint (items[4].line, ==, 8);
      g_assert_cmpuint (items[4].end_line, ==, 9);
      np_document_unref (doc);
    }
}

/* A turn's label opens an item after a long line that ends a sentence
 * (too long for a writer's break to tell) when the notes use the label
 * again or it ends with an attendee's surname; in text and Markdown */
static void
test_known_turn_labels (void)
{
  for (guint k = 0; k < 2; k++)
    {
      NpDocument *doc = read_as (k ? "board.md" : "board.txt", NULL,
                                 "Board\n\nPresent: Ramon Alvarez, Kayla Moss\n\n"
                                 "Student rep Kayla Moss: Turnout for the winter formal was the highest in years.\n"
                                 "Superintendent Dr. Alvarez: That's fair. We will bring a list of options to the\n"
                                 "February meeting, and the first place we will look is unfilled positions too.\n"
                                 "Student rep Kayla Moss: Will the council see the options before they are voted?\n"
                                 "Second point: a line that opens like a label, once, after a sentence's end.\n");
      guint n;
      const NpItem *items = np_document_get_items (doc, &n);
      /* the text's first line is its title, Markdown's a paragraph */
      g_assert_cmpuint (n, ==, 3 + k);
      items += k;
      g_assert_cmpuint (items[0].line, ==, 5);
      g_assert_cmpuint (items[1].line, ==, 6);
      g_assert_cmpuint (items[1].end_line, ==, 7);
      g_assert_cmpuint (items[2].line, ==, 8);
      g_assert_cmpuint (items[2].end_line, ==, 9);
      np_document_unref (doc);
    }
}

/* A parliament's office with function words opens a turn, with its
 * holder in parentheses or alone; a sentence about an office does not */
static void
test_parliament_offices (void)
{
  const char *const kinds[] = { "hansard.txt", "hansard.md" };
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      NpDocument *doc = read_as (kinds[k], NULL,
                                 "Oral Answers\n\nMr Liam Byrne (Birmingham Hodge Hill) (Lab): What is being done?\n"
                                 "The Parliamentary Under-Secretary of State for Transport (Guy Opperman): We are\n"
                                 "working with the operators.\n"
                                 "The Minister of State, Ministry of Finance (Hon. Musa Bello): It is on track.\n"
                                 "The Parliamentary Under-Secretary of State for Transport: I thank him.\n");
      guint n;
      const NpItem *items = np_document_get_items (doc, &n);
      g_assert_cmpuint (n, >=, 4);
      items += n - 4;
      static const guint lines[][2] = { { 3, 3 }, { 4, 5 }, { 6, 6 }, { 7, 7 } };
      for (guint i = 0; i < 4; i++)
        {
          g_assert_cmpuint (items[i].line, ==, lines[i][0]);
          g_assert_cmpuint (items[i].end_line, ==, lines[i][1]);
        }
      np_document_unref (doc);
      doc = read_as (kinds[k], NULL,
                     "Oral Answers\n\nMr Liam Byrne (Lab): I asked in the written question whether\n"
                     "The Minister for Transport will report in May: so we wait.\n");
      items = np_document_get_items (doc, &n);
      g_assert_cmpuint (items[n - 1].line, ==, 3);
      g_assert_cmpuint (items[n - 1].end_line, ==, 4);
      np_document_unref (doc);
    }
}

/* Turns a line that French typography marks with a space before the
 * colon, two people joined by "and", "et" or "und", and an unknown voice
 * with what the scribe knows of it: each line an item */
static void
test_spaced_and_joined_labels (void)
{
  NpDocument *doc = read_as ("cr.txt", NULL,
                             "Compte rendu\n\n\xc3\x89lodie : on est dans les temps pour la d\xc3\xa9mo.\n"
                             "Chlo\xc3\xa9 : oui.\nJB et Chlo\xc3\xa9 : on peut faire \xc3\xa7" "a.\n"
                             "Michael and James: This can be removed.\n"
                             "??? (visio, son coup\xc3\xa9) : et la recherche ?\n"
                             "and so it goes on.\n");
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 5);
  for (guint k = 0; k < 4; k++)
    g_assert_cmpuint (items[k].line, ==, k + 3);
  g_assert_cmpuint (items[4].end_line, ==, 8);
  np_document_unref (doc);
  /* "&" and "+" join two people as "and" does; not before a word in
   * lower case */
  doc = read_as ("retro.md", NULL,
                 "# Retro\n\nAna: +1, I'd rather write\nNora & Wei: +1\nWei + Ilse: agreed\n"
                 "cache & co: a line that goes on\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (items[1].line, ==, 4);
  g_assert_cmpuint (items[2].line, ==, 5);
  g_assert_cmpuint (items[2].end_line, ==, 6);
  np_document_unref (doc);
  /* a page's mention of a person by name before the colon (Notion), and
   * an anonymous comment, open their lines; "@here" in a sentence does
   * not */
  doc = read_as ("sync.md", NULL,
                 "# Sync\n\n- we add it nullable first\n@Wen Li: then let us do that.\n"
                 "Anonymous comment: the dates slip\n@here is the plan for today\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (items[1].line, ==, 4);
  g_assert_cmpuint (items[2].line, ==, 5);
  g_assert_cmpuint (items[2].end_line, ==, 6);
  np_document_unref (doc);
  /* Romance minutes: "M." before a surname, an article and an office
   * alone, the noun of taking the floor, two people joined by "y", each
   * a turn of its line; narration after a turn, by a first name of
   * another script's letters or by a title and the surname */
  doc = read_as ("acta.txt", NULL,
                 "Acta\n\nAsistentes: Lucía Ortega, Andrés Moreno, Claudia Schmidt\n\n"
                 "M. Benali : Et la subvention ?\nM. Leroy : Toujours pas.\n"                 /* 5, 6 */
                 "La presidenta: Vamos con la orquesta.\n"                                   /* 7 */
                 "Intervención de Pablo Ruiz: Queremos la verbena.\n"                         /* 8 */
                 "Lucía y Andrés: Nos apuntamos.\n"                                           /* 9 */
                 "Lucía pregunta si se incluyó la queja.\n"                                   /* 10 */
                 "Andrés: Sí.\nFrau Schmidt beantragt die Entlastung des Vorstands.\n");     /* 11, 12 */
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 8);
  for (guint k = 0; k < n; k++)
    g_assert_cmpuint (items[k].line, ==, items[k].end_line);
  np_document_unref (doc);
  /* two people each in bold, and two joined by a slash, open their lines */
  doc = read_as ("acd.md", NULL,
                 "# ACD\n\n**Alex Novak**: we have 140 fixtures.\n**Danny Ryan** and **Marius Olander**: mandatory.\n"
                 "Felicity / Justin: agreed.\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (items[1].line, ==, 4);
  g_assert_cmpuint (items[2].line, ==, 5);
  np_document_unref (doc);
  /* Hansard's topical question's number before the member's turn */
  doc = read_as ("hansard.txt", NULL,
                 "Topical Questions\n\nThe Minister (Daniel Ashworth): I beg to move.\n"
                 "T1. Fiona MacRae (Argyll and Bute) (SNP): Will he give way?\n"
                 "T2 is the next one on the paper.\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (items[1].line, ==, 4);
  g_assert_cmpuint (items[1].end_line, ==, 5);
  np_document_unref (doc);
}

/* A chat's lowercase nicknames after their times, and French
 * typography's space before the colon: a line a turn, no heading */
static void
test_timed_nicknames (void)
{
  const char *const kinds[] = { "md", "txt" };
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autofree char *name = g_strdup_printf ("chat.%s", kinds[k]);
      const char *chat = "Chat log\n\n[10:02] alice : bonjour à tous\n[10:03] bob: salut, on commence ?\n"
                         "[10:03] alice: oui, premier point\n[10:05] claire : le budget est validé\n";
      NpDocument *doc = read_as (name, NULL, chat);
      guint n, n_sections;
      const NpItem *items = np_document_get_items (doc, &n);
      np_document_get_sections (doc, &n_sections);
      g_assert_cmpuint (n_sections, ==, 0);
      g_assert_cmpuint (n, >=, 4);
      items += n - 4;
      for (guint i = 0; i < 4; i++)
        g_assert_cmpuint (items[i].line, ==, 3 + i);
      np_document_unref (doc);

      /* untimed, two nicknames recurring: a conversation */
      assert_turn_lines (name, "Réunion\n\nalice : bonjour\nbob : on commence ?\nalice : oui\nbob : d'accord\n", 3, 4);

      /* a conversation's first turn on the first line is no title */
      const char *first = "alice: hi there\nbob: hello\nalice: shall we start?\nbob: yes\n";
      doc = read_as (name, NULL, first);
      items = np_document_get_items (doc, &n);
      g_assert_null (np_document_get_title (doc));
      g_assert_cmpuint (n, ==, 4);
      g_assert_cmpuint (items[0].line, ==, 1);
      np_document_unref (doc);

      /* a lowercase word and a spaced colon in prose still wrap */
      const char *prose = "Notes\n\nThe site is slow and the\nwebsite : the docs are old\n";
      doc = read_as (name, NULL, prose);
      items = np_document_get_items (doc, &n);
      g_assert_cmpuint (items[n - 1].line, ==, 3);
      g_assert_cmpuint (items[n - 1].end_line, ==, 4);
      np_document_unref (doc);
    }
}

/* A saved Zoom chat: one item per message, its header no title; the
 * message lines below a header (tab-indented) are its text, and the older
 * one-line form works the same */
static void
test_saved_chat (void)
{
  NpDocument *doc = read_as ("meeting_saved_chat.txt", NULL,
                             "10:32:05 From Alice Smith to Everyone:\n\tHello all\n"
                             "10:32:40 From Bob Jones to Alice Smith(Direct Message):\n\tYes.\n\tTwo lines.\n"
                             "10:33:00 From Carol to Everyone:\n\tNote: the slides\n\thttps://example.com/slides\n");
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_null (np_document_get_title (doc));
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (items[1].line, ==, 3);
  g_assert_cmpuint (items[1].end_line, ==, 5);
  g_assert_cmpuint (items[1].depth, ==, 0);
  gsize len;
  const char *t = np_document_peek_item_text (doc, 1, &len);
  g_autofree char *text = g_strndup (t, len);
  g_assert_cmpstr (text, ==, "10:32:40 From Bob Jones to Alice Smith(Direct Message): Yes. Two lines.");
  np_document_unref (doc);
  doc = read_as ("old_chat.txt", NULL,
                 "10:32:05\t From  Alice Smith : Hello all\n10:32:40\t From  Bob Jones : ok\n"
                 "10:36:00\t From  Bob Jones to  Alice Smith(Privately) : thanks\n");
  np_document_get_items (doc, &n);
  g_assert_null (np_document_get_title (doc));
  g_assert_cmpuint (n, ==, 3);
  np_document_unref (doc);
}

/* Turns under a list item, after a hard line break (TC39 notes) or not
 * (Node.js minutes), flush left or indented: each a continuation line of
 * the item for CommonMark, a new item here; a line that merely wraps
 * still continues */
/* A copied Teams chat: each message header over its message is one item,
 * whose first line (np_document_get_item_first_line) is the header; the
 * first header is no title */
static void
test_chat_copy (void)
{
  NpDocument *doc = read_as ("chat.txt", NULL,
                             "[10:32 AM] Alice Smith\nhas anyone seen the build failure?\n\n"
                             "[10:34 AM] Bob Jones\nyes, looking at it now\nand a second line\n\nA closing remark.\n");
  g_assert_null (np_document_get_title (doc));
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (items[0].line, ==, 1);
  g_assert_true (items[0].flags & NP_ITEM_WRAPPED);
  g_assert_cmpuint (np_document_get_item_first_line (doc, 0), ==, strlen ("[10:32 AM] Alice Smith"));
  g_assert_cmpuint (np_document_get_item_first_line (doc, 1), ==, strlen ("[10:34 AM] Bob Jones"));
  g_assert_cmpuint (items[1].end_line, ==, 6);
  /* an item of one line: all of it */
  g_assert_false (items[2].flags & NP_ITEM_WRAPPED);
  g_assert_cmpuint (np_document_get_item_first_line (doc, 2), ==, items[2].end - items[2].start);
  /* the header a message opens with: the first line over it; a
   * remark's item has none */
  g_assert_cmpuint (np_document_get_item_header (doc, 0), ==, strlen ("[10:32 AM] Alice Smith"));
  g_assert_cmpuint (np_document_get_item_header (doc, 1), ==, strlen ("[10:34 AM] Bob Jones"));
  g_assert_cmpuint (np_document_get_item_header (doc, 2), ==, 0);
  np_document_unref (doc);
  /* a transcript's speaker and time; a saved chat's header, one line;
   * a line over an agenda's time is none */
  doc = read_as ("otter.txt", NULL,
                 "Weekly sync\n\nJane Doe  0:05\nlet's get started\n\nBob Jones  0:09\nhi all\n\n"
                 "10:32:05 From Bob Jones to Everyone: hi all\n\nPlanning session\nstarts at 10:30\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpuint (np_document_get_item_header (doc, 0), ==, strlen ("Jane Doe  0:05"));
  g_assert_cmpuint (np_document_get_item_header (doc, 1), ==, strlen ("Bob Jones  0:09"));
  g_assert_cmpuint (np_document_get_item_header (doc, 2), ==, strlen ("10:32:05 From Bob Jones to Everyone: "));
  g_assert_cmpuint (np_document_get_item_header (doc, 3), ==, 0);
  np_document_unref (doc);
  /* in Markdown too, under a heading: a message an item */
  doc = read_as ("chat.md", NULL,
                 "# Sync\n\ngina \xe2\x80\x94 Today at 10:32 AM\nthe build is red\n"
                 "[3:45 PM] Hank Ito\nlooking at it\ngina \xe2\x80\x94 Today at 10:34 AM\nthanks\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_assert_cmpuint (items[i].line, ==, 3 + 2 * i);
      g_assert_cmpuint (items[i].end_line, ==, 4 + 2 * i);
    }
  g_assert_cmpuint (np_document_get_item_header (doc, 1), ==, strlen ("[3:45 PM] Hank Ito"));
  np_document_unref (doc);
  /* Slack: a sender's next message shows its time alone and goes on
   * with the sender's */
  doc = read_as ("slack.txt", NULL,
                 "Rohan Desai  10:08 AM\nnew key is registered\n10:09\nalso added a reminder\n"
                 "Ana Lindqvist  10:31 AM\ngreen\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (items[0].line, ==, 1);
  g_assert_cmpuint (items[0].end_line, ==, 4);
  g_assert_cmpuint (items[1].line, ==, 5);
  np_document_unref (doc);
  /* Discord: lower-case handles, the message across a blank line is not
   * joined to the header before */
  doc = read_as ("discord.txt", NULL,
                 "alice_dev \xe2\x80\x94 Today at 10:32 AM\nhas anyone seen it?\n\n"
                 "bobby \xe2\x80\x94 Today at 10:34 AM\nyes\n");
  g_assert_null (np_document_get_title (doc));
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (items[1].line, ==, 4);
  g_assert_cmpuint (np_document_get_item_first_line (doc, 1), ==, strlen ("bobby \xe2\x80\x94 Today at 10:34 AM"));
  np_document_unref (doc);
  /* a pull request's comments copied as text: each header over its
   * comment, no title, date nor heading of the notes; so on the page of
   * late years, "commented Mar 4, 2025" with no "on" */
  static const char *const threads[][2] = {
    { "4", "mkowal commented on Mar 3\nThis adds backoff with jitter.\n\n"
           "j-santos commented on Mar 3\nCan we cap the delay at 30s?\n\n"
           "ppatel commented 2 days ago\nLGTM, one nit.\n\n"
           "j-santos commented yesterday\nRenamed the metric.\n" },
    { "3", "achen commented Mar 4, 2025\nTOML is the right choice.\n\n"
           "bsingh commented Mar 5, 2025 \xe2\x80\xa2 edited\nAgreed, with a migration tool.\n\n"
           "achen commented Mar 6, 2025\nI can write it.\n" },
  };
  for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
    {
      doc = read_as ("pr.txt", NULL, threads[t][1]);
      g_assert_null (np_document_get_title (doc));
      items = np_document_get_items (doc, &n);
      g_assert_cmpuint (n, ==, (guint) atoi (threads[t][0]));
      for (guint j = 0; j < n; j++)
        {
          g_assert_cmpuint (items[j].line, ==, 1 + 3 * j);
          g_assert_cmpuint (items[j].end_line, ==, 2 + 3 * j);
        }
      np_document_unref (doc);
    }
  /* the author's badge over a header is the page's, no item nor title */
  doc = read_as ("badges.txt", NULL,
                 "Member\nachen commented Mar 4, 2025\nTOML.\n\n"
                 "Contributor\nbsingh commented Mar 5, 2025\nAgreed.\n");
  g_assert_null (np_document_get_title (doc));
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (items[0].line, ==, 2);
  g_assert_cmpuint (items[1].line, ==, 6);
  np_document_unref (doc);
  /* a reply quotes the message it answers under the header: one item */
  doc = read_as ("reply.txt", NULL,
                 "alice_dev \xe2\x80\x94 Today at 10:32 AM\nhas anyone seen it?\n"
                 "bobby \xe2\x80\x94 Today at 10:34 AM\n> has anyone seen it?\nyes\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (items[1].line, ==, 3);
  g_assert_cmpuint (items[1].end_line, ==, 5);
  np_document_unref (doc);
  /* DiscordChatExporter's text: "[date clock] handle" over the message;
   * the first header dates the notes and stays its message's item */
  doc = read_as ("export.txt", NULL,
                 "[2024-01-12 10:32] mei_t\nI pushed the new cache layer.\n\n"
                 "[12-Jan-24 10:33 AM] oskar.b\ndoes it need a migration?\n");
  g_assert_null (np_document_get_title (doc));
  g_assert_cmpstr (np_document_get_date (doc), ==, "2024-01-12");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (items[0].line, ==, 1);
  g_assert_cmpuint (np_document_get_item_first_line (doc, 0), ==, strlen ("[2024-01-12 10:32] mei_t"));
  g_assert_cmpuint (items[1].line, ==, 4);
  g_assert_cmpuint (np_document_get_item_first_line (doc, 1), ==, strlen ("[12-Jan-24 10:33 AM] oskar.b"));
  np_document_unref (doc);
  /* Google Chat: the name, a comma, the day at will and the clock */
  doc = read_as ("gchat.txt", NULL,
                 "Alice Smith, 10:32 AM\nhas anyone seen it?\n\nBob Jones, Yesterday 10:34 AM\nyes\nlooking\n\n"
                 "A closing remark.\n");
  g_assert_null (np_document_get_title (doc));
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (items[1].line, ==, 4);
  g_assert_cmpuint (items[1].end_line, ==, 6);
  g_assert_cmpuint (np_document_get_item_first_line (doc, 1), ==, strlen ("Bob Jones, Yesterday 10:34 AM"));
  np_document_unref (doc);
  /* a Slack copy that opens with its first speaker line: no title when
   * another speaker line follows; a title with a time over an agenda
   * stays the title */
  doc = read_as ("slack.txt", NULL, "Ann Lee  10:32 AM\nrollout at 50%\nBo Chen  10:33 AM\nflat\n");
  g_assert_null (np_document_get_title (doc));
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (items[0].line, ==, 1);
  np_document_unref (doc);
  /* Zoom's transcript as text: "[Name] clock" over each turn */
  doc = read_as ("zoom.txt", NULL,
                 "[Ann Lee] 10:32:05\nrollout at 50%\n\n[bo] 10:32:40\nflat\n\n[Ann Lee] 10:33:10\nok\n");
  g_assert_null (np_document_get_title (doc));
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (items[1].line, ==, 4);
  g_assert_cmpuint (items[1].end_line, ==, 5);
  np_document_unref (doc);
  /* Google Meet's transcript: a time mark alone between blank lines
   * continues no turn */
  doc = read_as ("meet.txt", NULL, "Sync\n\nAnn Lee: go ahead.\n\n00:05:00\n\nBo Chen: done.\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (items[0].end_line, ==, 3);
  np_document_unref (doc);
  doc = read_as ("sync.txt", NULL, "Team Sync 10:30 AM\n\nWe went over the rollout.\nAll green.\n");
  g_assert_cmpstr (np_document_get_title (doc), ==, "Team Sync 10:30 AM");
  np_document_unref (doc);
  /* an export whose first turn runs on over a dozen wrapped lines before
   * the next speaker line: still no title */
  g_autoptr (GString) otter = g_string_new ("Wes Todd  0:00  \n");
  for (guint k = 0; k < 16; k++)
    g_string_append (otter, "so what we landed on was a tool that pulled them all together for us\n");
  g_string_append (otter, "\nMichael Dawson  0:49  \nIt's the status board.\n");
  doc = read_as ("call.transcript.txt", NULL, otter->str);
  g_assert_null (np_document_get_title (doc));
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (items[0].line, ==, 1);
  g_assert_cmpuint (items[1].line, ==, 19);
  np_document_unref (doc);
}

/* "MR. SMITH:" and "Dr. Lee:" open a turn like a name does; a sentence
 * ending in an abbreviation of the kind does not */
static void
test_titled_speakers (void)
{
  NpDocument *doc = read_as ("hearing.txt", NULL,
                             "Hearing\n\nTHE CHAIR: We begin.\nMR. SMITH: Thank you.\nDr. Lee: Agreed.\n"
                             "I asked Mr. Smith to wait.\n");
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (items[1].line, ==, 4);
  g_assert_cmpuint (items[2].line, ==, 5);
  g_assert_cmpuint (items[2].end_line, ==, 6);
  np_document_unref (doc);
}

/* A bold name with the turn's time (or a qualifier) before its colon
 * opens a turn, as transcript services export them; a bold phrase with
 * parentheses inside running text does not */
static void
test_bold_timed_speakers (void)
{
  NpDocument *doc = read_as ("call.md", NULL,
                             "# Call\n\n**Alice Smith** [00:01:23]: Let's start.\n"
                             "**Bob Jones** (00:01:40): The build is green.\n"
                             "**Alice** (via chat): Good.\n"
                             "**Note** (see above) for details.\n");
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (items[0].line, ==, 3);
  g_assert_cmpuint (items[1].line, ==, 4);
  g_assert_cmpuint (items[2].line, ==, 5);
  g_assert_cmpuint (items[2].end_line, ==, 6);
  np_document_unref (doc);

  /* a transcript export's speaker lines in Markdown, as in text: each
   * opens the turn its text joins */
  doc = read_as ("call.md", NULL,
                 "# Call\n\nAlice Smith  0:05\nGreat, we ship.\nBob Jones [00:00:30]\nSounds good.\n"
                 "Alice Smith  0:45\nDone.\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (items[1].line, ==, 5);
  g_assert_cmpuint (items[1].end_line, ==, 6);
  g_assert_cmpuint (items[2].line, ==, 7);
  np_document_unref (doc);
}

/* A quoted exchange is one item per turn; other quoted lines continue
 * their item, as a Markdown paragraph does. */
static void
test_turns_in_quote (void)
{
  NpDocument *doc = read_as ("retro.md", NULL,
                             "# Retro\n\n> **Ivy**: our standups run\n> too long.\n> **Paul**: agreed.\n"
                             "> Ivy: timebox them.\n\n> a quoted remark\n> on two lines\n");
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpuint (items[0].line, ==, 3);
  g_assert_cmpuint (items[0].end_line, ==, 4);
  g_assert_cmpuint (items[1].line, ==, 5);
  g_assert_cmpuint (items[2].line, ==, 6);
  g_assert_cmpint (items[2].kind, ==, NP_ITEM_QUOTE);
  g_assert_cmpuint (items[3].line, ==, 8);
  g_assert_cmpuint (items[3].end_line, ==, 9);
  np_document_unref (doc);
}

/* A quote as a list item's content ("- > Mei: ..."): the item is the
 * quoted text, its "> ..." lines go on with it, a turn's opens the next
 * item, and ">=" is no quote */
static void
test_quote_in_list_item (void)
{
  NpDocument *doc = read_as ("sync.md", NULL,
                             "# Sync\n\n- > Mei: we should drop the cache\n  > before the release.\n"
                             "  > Oskar: agreed.\n- >= 5 retries is the limit.\n- >\n");
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 4);
  g_autofree char *first = np_document_dup_item_text (doc, 0);
  g_assert_cmpstr (first, ==, "Mei: we should drop the cache before the release.");
  g_assert_cmpint (items[0].kind, ==, NP_ITEM_BULLET);
  g_assert_cmpuint (items[0].end_line, ==, 4);
  g_autofree char *second = np_document_dup_item_text (doc, 1);
  g_assert_cmpstr (second, ==, "Oskar: agreed.");
  g_autofree char *third = np_document_dup_item_text (doc, 2);
  g_assert_cmpstr (third, ==, ">= 5 retries is the limit.");
  np_document_unref (doc);
}

static void
test_turns_under_list_items (void)
{
  NpDocument *doc = read_as ("ipr.md", NULL,
                             "# IPR\n\nPresenter: Dan E (DE)\n\n- [slides](https://example.com/s) \\\n \\\n"
                             "DE: So this topic is about patents. \\\n \\\nRPR: This seems important. \\\n"
                             "and it wraps here\n");
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 4); /* "Presenter: ...", the bullet, two turns */
  g_assert_cmpuint (items[1].end_line, ==, 5); /* " \\" alone is a hard break: layout */
  g_assert_cmpint (np_document_get_line_role (doc, 6), ==, NP_LINE_DEBRIS);
  g_assert_cmpuint (items[2].line, ==, 7);
  g_assert_cmpuint (items[2].depth, ==, 0);
  g_assert_cmpuint (items[3].line, ==, 9);
  g_assert_cmpuint (items[3].end_line, ==, 10);
  np_document_unref (doc);
  doc = read_as ("tsc.md", NULL,
                 "# TSC\n\n* Moderation access [#469](https://example.com/469)\nMichael: Bot is OK.\nRod: I said "
                 "my piece.\n* Buffer\n  * we discussed it\n    and agreed.\n    Rich: get the message out.\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 6);
  g_assert_cmpuint (items[1].line, ==, 4);
  g_assert_cmpuint (items[2].line, ==, 5);
  g_assert_cmpuint (items[4].end_line, ==, 8);
  g_assert_cmpuint (items[5].line, ==, 9);
  g_assert_cmpint (items[5].parent, ==, 4);
  np_document_unref (doc);
  /* "Name - " and "Name, " open a turn too when Name is the first name of
   * an attendee listed above; another capitalized word does not */
  doc = read_as ("tsc2.md", NULL,
                 "# TSC\n\n## Present\n\n* Myles Borins @MylesBorins\n\n## Agenda\n\n"
                 "* OpenSSL - some work on ASM.\n  Myles - we should not ship.\n  Anna, Matteo fine with it.\n"
                 "  Release - later.\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (items[1].line, ==, 10);
  g_assert_cmpuint (items[1].end_line, ==, 12);
  np_document_unref (doc);
  /* an attendee's abbreviation then a dash, among colon turns */
  doc = read_as ("sync.md", NULL,
                 "# Sync\n\nTeam: Lena Fischer (LF), Tobias Braun (TB), Priya Nair (PN)\n\n"
                 "LF: Can someone review the DNS PR today?\nTB: I can take it after lunch.\n"
                 "PN - we should also update the runbook\nQA - a word nobody is\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (items[2].line, ==, 7);
  g_assert_cmpuint (items[2].end_line, ==, 8);
  np_document_unref (doc);
  /* a TC39 transcript's turns, each opening with a stop before the
   * abbreviation, one line after another */
  doc = read_as ("oct-07.md", NULL, "# TC39\n\n. HMI: I still prefer windows.\n. TNR: No strong preference.\n"
                                    ". KHM: Is there a third option?\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (items[2].line, ==, 5);
  np_document_unref (doc);
  /* plain text: the same under a bullet, flush left or indented */
  doc = read_as ("tsc.txt", NULL, "TSC\n\n- Moderation access\nMichael: Bot is OK.\n- Buffer\n  we agreed.\n"
                                  "  Rich: get the message out.\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpuint (items[1].line, ==, 4);
  g_assert_cmpuint (items[2].end_line, ==, 6);
  g_assert_cmpuint (items[3].line, ==, 7);
  np_document_unref (doc);
  /* an attendee's full name, or first name, then an em or en dash; not a
   * name nobody listed, nor a listed name without its dash.  Lee's turn
   * ends with the sentence that ends its line (test-reader-lines): the
   * next line is a paragraph of its own, whose lines run on */
  doc = read_as ("review.txt", NULL,
                 "Design review\n\nAttendees: Maria Garcia, Kenji Watanabe, Lee Park\n\n"
                 "Maria Garcia \xe2\x80\x94 we should split the service.\n"    /* 5 */
                 "Kenji Watanabe \xe2\x80\x93 agreed, after the migration.\n" /* 6 */
                 "Lee \xe2\x80\x94 what about the cache?\n"                    /* 7 */
                 "Cache Team \xe2\x80\x94 is not a person.\n"                  /* 8: no turn */
                 "Maria Garcia said later.\n");                                  /* 9: continues */
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpuint (items[1].line, ==, 6);
  g_assert_cmpuint (items[2].line, ==, 7);
  g_assert_cmpuint (items[2].end_line, ==, 7);
  g_assert_cmpuint (items[3].line, ==, 8);
  g_assert_cmpuint (items[3].end_line, ==, 9);
  np_document_unref (doc);
}

/* A copy where the name and the time stand on lines of their own over
 * each message, with no blank line between the messages (Teams, Slack):
 * each name line opens an item that takes its time and message, in both
 * readers; a name over text without a time, or a time alone, does not. */
/* A chat copied without its times (Element): a name alone over each
 * message, two names each on two lines or more; the messages need not
 * end a sentence.  A name said once alone stays in the text. */
static void
test_names_over_messages (void)
{
  const char *text = "#design weekly\n\nJordi Marsal\nok, let's start with the mockups\nhttps://example.com/1\n"
                     "Hanna Virta\nI left comments on the sidebar\nJordi Marsal\nthat was in the first version\n"
                     "Hanna Virta\nmaybe collapse only past 3\n";
  NpDocument *doc = read_as ("element.txt", NULL, text);
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 4);
  static const guint first[] = { 3, 6, 8, 10 }, last[] = { 5, 7, 9, 11 };
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpuint (items[i].line, ==, first[i]);
      g_assert_cmpuint (items[i].end_line, ==, last[i]);
    }
  np_document_unref (doc);
  /* one name alone, once: a line of the paragraph */
  doc = read_as ("para.txt", NULL, "Notes\n\nWe asked the vendor and\nHanna Virta\nreplied on Monday\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 1);
  np_document_unref (doc);
}

static void
test_name_over_time (void)
{
  const char *const kinds[] = { "md", "txt" };
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autofree char *name = g_strdup_printf ("copy.%s", kinds[k]);
      NpDocument *doc = read_as (name, NULL,
                                 "Team chat\n\nAlice Smith\n10:32 AM\nship on Friday?\nBob Jones\n10:33 AM\n"
                                 "Friday works\nfor me\nAlice Smith\n10:35 AM\nthen I take the docs\n");
      guint n;
      const NpItem *items = np_document_get_items (doc, &n);
      /* the text reader takes "Team chat" as the title, the Markdown one as an item */
      g_assert_cmpuint (n, ==, k == 0 ? 4 : 3);
      items += n - 3;
      g_assert_cmpuint (items[0].line, ==, 3);
      g_assert_cmpuint (items[0].end_line, ==, 5);
      g_assert_cmpuint (items[1].line, ==, 6);
      g_assert_cmpuint (items[1].end_line, ==, 9);
      g_assert_cmpuint (items[2].line, ==, 10);
      g_autofree char *text = text_of (doc, &items[1]);
      g_assert_cmpstr (text, ==, "Bob Jones 10:33 AM Friday works for me");
      np_document_unref (doc);
    }
  /* a copy that opens with its first name line (Mattermost): no title,
   * the first message is an item like the others */
  NpDocument *copy = read_as ("mm.txt", NULL,
                              "Alice Smith\n10:32 AM\nflaky test?\nBob Jones\n10:35 AM\non it\n");
  g_assert_null (np_document_get_title (copy));
  guint nc;
  const NpItem *ci = np_document_get_items (copy, &nc);
  g_assert_cmpuint (nc, ==, 2);
  g_assert_cmpuint (ci[0].line, ==, 1);
  g_assert_cmpuint (ci[1].line, ==, 4);
  np_document_unref (copy);
  /* a wrapped sentence whose next line starts with a capital, and a line
   * of two capitalized words over a number that is no clock */
  NpDocument *doc = read_as ("wrap.txt", NULL,
                             "Notes\n\nWe asked\nAlice Smith\nabout it.\nRoom Count\n42\nwas the answer.\n");
  guint n;
  np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 1);
  np_document_unref (doc);
}

/* A transcript's speaker line over the turn: the name, then the time
 * alone at the end of the line, after spaces, a dash or a bar, or in
 * parentheses after a bold name (AI note takers' exports); no blank line
 * between turns, and each speaker line opens an item */
static void
test_speaker_time_lines (void)
{
  static const struct
  {
    const char *line;
    gboolean is;
  } cases[] = {
    { "Alice Smith  0:05", TRUE },
    { "Alice Smith - 00:01", TRUE },
    { "Alice Smith \xe2\x80\x94 00:01", TRUE },
    { "Alice Smith | 1:02:03", TRUE },
    { "**Alice Smith** (00:20)", TRUE },
    { "**Alice** [00:20]", TRUE },
    { "Alice - 00:01", TRUE },
    { "Alice 00:01", FALSE },          /* one word, no separator: "Lunch 12:00" */
    { "Meet at - 10:30", FALSE },      /* a lower-case word */
    { "Alice Smith - - 00:01", FALSE },
    { "- 00:01", FALSE },
    { "Alice Smith - 00:01 the plan", FALSE },
    /* a particle in the name, a guest's mark after it, one word aligned
     * two spaces or more before the time (Teams, Otter) */
    { "Maria del Carmen Ruiz   2:58", TRUE },
    { "Sam Whitfield (Guest)   2:45", TRUE },
    { "Wen Li (she/her)  00:13:20", TRUE }, /* Zoom's pronouns */
    { "Wen Li (see notes)  00:13:20", FALSE },
    { "Yusuf   3:05", TRUE },
    { "del Carmen   2:58", FALSE },
    { "Sam (Guest) Whitfield  2:45", FALSE },
    /* the time first, then a dash and the name (Fathom) */
    { "0:09 - Ingrid Solberg (Brightline)", TRUE },
    { "@0:00 - Callum Reid", TRUE },
    { "10:30 - lunch break", FALSE },
    { "10:30 - Keynote", FALSE },      /* an agenda's entry: one word */
    { "10:30 - Keynote on the future of builds", FALSE },
    /* a date and its time, a number in a name written as words */
    { "November 3, 2026, 10:02AM", FALSE },
    { "Speaker 2   1:02:15", TRUE },
    /* Slack's copy under a display name in lower case: a handle, two
     * spaces, a clock of twelve hours; no agenda's "lunch  12:00" */
    { "jsmith  10:32 AM", TRUE },
    { "anna.doe_2   9:05 pm", TRUE },
    { "jsmith 10:32 AM", FALSE },
    { "lunch  12:00", FALSE },
    { "see you  10:32 AM", FALSE },
  };
  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      const char *l = cases[k].line;
      if (np_line_is_speaker_time (l, strlen (l)) != cases[k].is)
        g_error ("%s: expected %s", l, cases[k].is ? "a speaker line" : "no speaker line");
    }
  /* the name as written, emphasis included (np_text_speaker_time_line) */
  gsize name = 9, name_len = 0;
  g_assert_true (np_text_speaker_time_line ("**Alice Smith** (00:20)", 23, &name, &name_len));
  g_assert_cmpuint (name, ==, 0);
  g_assert_cmpuint (name_len, ==, 15);
  g_assert_true (np_text_speaker_time_line ("**Speaker 3** 00:07:40", 22, &name, &name_len));
  g_assert_cmpuint (name_len, ==, 13);
  g_assert_true (np_text_speaker_time_line ("Alice Smith - 00:01", 19, &name, &name_len));
  g_assert_cmpuint (name_len, ==, 11);
  g_assert_true (np_text_speaker_time_line ("Sam Whitfield (Guest)   2:45", 28, &name, &name_len));
  g_assert_cmpuint (name_len, ==, 13);
  g_assert_true (np_text_speaker_time_line ("0:09 - Ingrid Solberg (Brightline)", 34, &name, &name_len));
  g_assert_cmpuint (name, ==, 7);
  g_assert_cmpuint (name_len, ==, 14);
  g_assert_true (np_text_speaker_time_line ("jsmith  10:32 AM", 16, &name, &name_len));
  g_assert_cmpuint (name, ==, 0);
  g_assert_cmpuint (name_len, ==, 6);
  /* each of a copied chat's messages its own item under its header */
  NpDocument *doc = read_as ("chat.txt", NULL,
                             "jsmith  10:32 AM\nthe deploy is stuck again\nadoe  10:33 AM\nlooking now\n"
                             "it is the migration lock\njsmith  10:35 AM\nthanks!\n");
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_autofree char *s1 = text_of (doc, &items[1]);
  g_assert_cmpstr (s1, ==, "adoe  10:33 AM looking now it is the migration lock");
  np_document_unref (doc);
  doc = read_as ("call.md", NULL,
                             "# Call\n\nAlice Smith - 00:01\nWe should ship.\nBob Jones - 00:15\nAgreed.\n"
                             "**Alice Smith** (00:20)\nGreat.\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_autofree char *t1 = text_of (doc, &items[1]);
  g_assert_cmpstr (t1, ==, "Bob Jones - 00:15 Agreed.");
  np_document_unref (doc);

  /* in Markdown, a speaker line that is a paragraph of its own (a Word
   * file's text) heads the paragraph below it, not the next speaker's */
  doc = read_as ("call.md", NULL,
                 "# Call\n\nAlice Smith   0:03\n\nWe should ship.\n\nBob Jones   0:10\n\nAgreed.\n\n"
                 "Carol Lee   0:12\n\nDana Ford   0:14\n\nYes.\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 4);
  g_autofree char *m0 = text_of (doc, &items[0]);
  g_assert_cmpstr (m0, ==, "Alice Smith   0:03 We should ship.");
  g_autofree char *m2 = text_of (doc, &items[2]);
  g_assert_cmpstr (m2, ==, "Carol Lee   0:12");
  g_autofree char *m3 = text_of (doc, &items[3]);
  g_assert_cmpstr (m3, ==, "Dana Ford   0:14 Yes.");
  np_document_unref (doc);
}

/* A chat log's lines that open with a time stamp are entries of their
 * own, an action ("[10:04] * nick nods") among them, in text and in
 * Markdown; an untimed line under a timed one still continues it. */
static void
test_log_entries (void)
{
  const char *const kinds[] = { "txt", "md" };
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autofree char *name = g_strdup_printf ("log.%s", kinds[k]);
      NpDocument *doc = read_as (name, NULL,
                                 "Meeting log\n\n[10:00] <niko> let's start\n[10:01] <josh> +1 from me\n"
                                 "[10:02] * niko nods\n10:03 <josh> next: the RFC, which\nwe read last week\n");
      guint n;
      const NpItem *items = np_document_get_items (doc, &n);
      /* the Markdown reader takes the title line as an item */
      g_assert_cmpuint (n, ==, k == 0 ? 4 : 5);
      items += n - 4;
      guint lines[] = { 3, 4, 5, 6 };
      for (guint i = 0; i < 4; i++)
        g_assert_cmpuint (items[i].line, ==, lines[i]);
      g_assert_cmpuint (items[2].end_line, ==, 5);
      g_assert_cmpuint (items[3].end_line, ==, 7);
      np_document_unref (doc);
    }
}

/* WeeChat's log, columns apart by tabs: each line is an item of its own
 * (a message, an action, a join or a quit), the tabs kept in its text,
 * and the first line is no title */
static void
test_weechat_log (void)
{
  NpDocument *doc = read_as ("ctte.log", NULL,
                             "2025-03-12 18:58:41\t-->\tolasd (~olasd@debian/olasd) has joined #ctte\n"
                             "2025-03-12 19:00:03\t@ehashman\t#startmeeting\n"
                             "2025-03-12 19:00:15\tsmcv\tSimon McVittie\n"
                             "2025-03-12 19:00:44\t *\tmarga waves\n"
                             "2025-03-12 19:10:30\t<--\tolasd (~olasd@debian/olasd) has quit (bye)\n");
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 5);
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (items[i].line, ==, i + 1);
  g_assert_null (np_document_get_title (doc));
  g_autofree char *t1 = np_document_dup_item_text (doc, 1);
  g_assert_cmpstr (t1, ==, "2025-03-12 19:00:03\t@ehashman\t#startmeeting");
  np_document_unref (doc);
}

/* A voice minutes name by no name opens a turn in a paragraph as a
 * name does: "Unidentified speaker: ", "Audience member: ", in text and
 * in Markdown; a sentence's "The speaker said" does not */
static void
test_unnamed_voice_lines (void)
{
  const char *const kinds[] = { "txt", "md" };
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autofree char *name = g_strdup_printf ("council.%s", kinds[k]);
      NpDocument *doc = read_as (name, NULL,
                                 "Council minutes\n\n"
                                 "Dolores Vega (Elm Street): Three near misses at the\n" /* 3 */
                                 "crossing. We need a crosswalk.\n"
                                 "Unidentified speaker: My kids cross there every day.\n" /* 5 */
                                 "Audience member: Please do something.\n"                /* 6 */
                                 "Mayor Lee: Thank you both. The speaker said\n"          /* 7 */
                                 "The speaker said it twice.\n");
      g_assert_cmpuint (item_at_line (doc, 3)->end_line, ==, 4);
      g_assert_cmpuint (item_at_line (doc, 5)->line, ==, 5);
      g_assert_cmpuint (item_at_line (doc, 5)->end_line, ==, 5);
      g_assert_cmpuint (item_at_line (doc, 6)->line, ==, 6);
      g_assert_cmpuint (item_at_line (doc, 8)->line, ==, 7);
      np_document_unref (doc);
      /* a numbered voice, its holder in parentheses at will, opens a
       * turn; a numbered step wraps on */
      g_autofree char *panel = g_strdup_printf ("panel.%s", kinds[k]);
      doc = read_as (panel, NULL,
                     "Panel\n\n"
                     "Speaker 1: We shipped it.\n"                      /* 3 */
                     "Speaker 2: Good, and the docs?\n"                 /* 4 */
                     "Panelist 3 (Omar Haddad): They are\n"             /* 5 */
                     "in review, and SPEAKER 12 said so.\n"             /* 6 */
                     "SPEAKER_01: Next.\n");                            /* 7 */
      assert_item_lines (doc, 3, 3);
      assert_item_lines (doc, 4, 4);
      assert_item_lines (doc, 5, 6);
      assert_item_lines (doc, 7, 7);
      np_document_unref (doc);
      g_autofree char *plan = g_strdup_printf ("plan.%s", kinds[k]);
      doc = read_as (plan, NULL, "Plan\n\n- We agreed on the order of the work last week, and what comes after\n"
                     "  Step 2: the review by the team.\n");
      assert_item_lines (doc, 3, 4);
      np_document_unref (doc);
      /* the voices' words, shared with the plugins (np-text.h) */
      g_assert_true (np_text_voice_word ("Speaker", 7));
      g_assert_true (np_text_voice_word ("PANELIST", 8));
      g_assert_false (np_text_voice_word ("Step", 4));
      g_assert_false (np_text_voice_word ("Speakers", 8));
    }
}

/* An etherpad's turns, "(nick) text" a line: each its own item when the
 * nickname is an attendee's or recurs as a conversation's; a line that
 * opens with a capitalized word in parentheses nobody is named by is
 * text wrapped there.  In text, a line indented under a paragraph at the
 * margin nests in it (a reply). */
static void
test_paren_nick_turns (void)
{
  const char *const kinds[] = { "txt", "md" };
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autofree char *name = g_strdup_printf ("ptg.%s", kinds[k]);
      NpDocument *doc = read_as (name, NULL,
                                 "Nova PTG\n\nAttendees: bauzas, gibi\n\n"
                                 "(bauzas) we need to decide on the default\n"   /* 5 */
                                 "(gibi) +1, the upgrade path is documented\n"   /* 6 */
                                 "  (bauzas) a release note is needed and\n"     /* 7 */
                                 "(Optional) wording for it, later\n");          /* 8 */
      guint n;
      const NpItem *items = np_document_get_items (doc, &n);
      /* the Markdown reader takes the title line as an item */
      g_assert_cmpuint (n, ==, k == 0 ? 3 : 4);
      items += n - 3;
      g_assert_cmpuint (items[0].line, ==, 5);
      g_assert_cmpuint (items[1].line, ==, 6);
      g_assert_cmpuint (items[2].line, ==, 7);
      g_assert_cmpuint (items[2].end_line, ==, 8);
      if (k == 0)
        g_assert_cmpint (items[2].parent, ==, (gint) items[1].id);
      np_document_unref (doc);

      /* no attendees: two nicknames that recur make the conversation */
      doc = read_as (name, NULL,
                     "Notes\n\n(ttx) first\n(amy) second\n(ttx) third\n(amy) fourth\n");
      np_document_get_items (doc, &n);
      g_assert_cmpuint (n, ==, k == 0 ? 4 : 5);
      np_document_unref (doc);

      /* a pad's line signed by an attendee after a dash is a turn whole,
       * under a URL, and no line runs on after it ("-- of nobody" signs
       * nothing) */
      doc = read_as (name, NULL,
                     "BoF notes\n\nPresent: ntrevisan, hkoivisto (Helmi Koivisto)\n\n"
                     "ntrevisan: rebuilders cover amd64 and arm64 now, i386 is off\n"       /* 5 */
                     "https://reproduce.example.org/\n"                                    /* 6 */
                     "next step is checking the attestation before install  -- hkoivisto\n" /* 7 */
                     "fine by me  -- ntrevisan\n"                                          /* 8 */
                     "and a mention -- of nobody\n");                                      /* 9 */
      items = np_document_get_items (doc, &n);
      g_assert_cmpuint (n, ==, k == 0 ? 4 : 5);
      items += n - 4;
      g_assert_cmpuint (items[0].line, ==, 5);
      g_assert_cmpuint (items[0].end_line, ==, 6);
      for (guint j = 1; j < 4; j++)
        {
          g_assert_cmpuint (items[j].line, ==, 6 + j);
          g_assert_cmpuint (items[j].end_line, ==, 6 + j);
        }
      np_document_unref (doc);

      /* a gobby pad's "[nick] text", and two nicknames before one colon,
       * open turns of their own under a long line */
      doc = read_as (name, NULL,
                     "BoF notes\n\nPresent: ntrevisan, bdarcy (Bastien Darcy), yuki-m\n\n"
                     "ntrevisan: and those are mostly rust and haskell packages, we have bugs filed for most\n" /* 5 */
                     "[bdarcy] the Go ones got fixed by the trimpath change in dh-golang, thanks everyone\n"   /* 6 */
                     "yuki-m: come to the hacklab tomorrow, we will look at all of them together then\n"       /* 7 */
                     "ntrevisan, bdarcy: also strip-nondeterminism handles jar files already\n");            /* 8 */
      items = np_document_get_items (doc, &n);
      g_assert_cmpuint (n, ==, k == 0 ? 4 : 5);
      items += n - 4;
      for (guint j = 0; j < 4; j++)
        {
          g_assert_cmpuint (items[j].line, ==, 5 + j);
          g_assert_cmpuint (items[j].end_line, ==, 5 + j);
        }
      np_document_unref (doc);
    }
}

/* Chinese and Japanese minutes: the attendee label with a full-width
 * colon, names separated by "、" or "，", and a turn a line when a name
 * in a script without case opens it with a colon ("李明：...", "田中:
 * ..."), in text and in Markdown */
static void
test_cjk_minutes (void)
{
  const char *const kinds[] = { "txt", "md" };
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autofree char *name = g_strdup_printf ("cjk.%s", kinds[k]);
      NpDocument *doc = read_as (name, NULL,
                                 "\xe4\xbc\x9a\xe8\xae\xae\n\n" /* 会议 */
                                 /* 与会者：田中太郎、李明，王小红 */
                                 "\xe4\xb8\x8e\xe4\xbc\x9a\xe8\x80\x85\xef\xbc\x9a"
                                 "\xe7\x94\xb0\xe4\xb8\xad\xe5\xa4\xaa\xe9\x83\x8e\xe3\x80\x81"
                                 "\xe6\x9d\x8e\xe6\x98\x8e\xef\xbc\x8c\xe7\x8e\x8b\xe5\xb0\x8f\xe7\xba\xa2\n\n"
                                 "\xe6\x9d\x8e\xe6\x98\x8e\xef\xbc\x9a\xe5\xa5\xbd\n"  /* 李明：好 */
                                 "\xe7\x94\xb0\xe4\xb8\xad: \xe5\xa5\xbd\n"              /* 田中: 好 */
                                 "\xe6\x9d\x8e\xe6\x98\x8e\xe5\xa5\xbd\n");              /* 李明好 (wrapped) */
      guint n;
      const NpPerson *people = np_document_get_attendees (doc, &n);
      g_assert_cmpuint (n, ==, 3);
      g_assert_cmpstr (people[1].name, ==, "\xe6\x9d\x8e\xe6\x98\x8e");
      g_assert_cmpstr (people[2].name, ==, "\xe7\x8e\x8b\xe5\xb0\x8f\xe7\xba\xa2");
      const NpItem *items = np_document_get_items (doc, &n);
      g_assert_cmpuint (n, ==, k == 0 ? 2 : 3); /* Markdown: the title line is an item */
      items += n - 2;
      g_assert_cmpuint (items[0].line, ==, 5);
      g_assert_cmpuint (items[1].line, ==, 6);
      g_assert_cmpuint (items[1].end_line, ==, 7);
      np_document_unref (doc);
    }
}

/* An IRC log in a GitHub comment's collapsed block: the tags go, the
 * summary is a paragraph, each "&lt;nick> ...<br>" line a turn as the page
 * shows it; references are decoded outside code only */
static void
test_markdown_html_log (void)
{
  NpDocument *doc = read_as ("comment.md", NULL,
                             "Discussed `&lt;b>` and Tom &amp; Jerry&#39;s &#x2014; plan.\n\n"
                             "<details><summary>The full IRC log</summary>\n"
                             "&lt;fantasai> TabAtkins: two proposals<br>\n"
                             "&lt;fantasai> ... easier to teach<br>\n"
                             "&lt;TabAtkins> I disagree &amp; so on<br>\n"
                             "</details>\n\n"
                             "```\n&lt;kept>\n```\n");
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 6);
  g_autofree char *t0 = np_document_dup_item_text (doc, 0);
  g_assert_cmpstr (t0, ==, "Discussed `&lt;b>` and Tom & Jerry's \u2014 plan.");
  g_autofree char *t1 = np_document_dup_item_text (doc, 1);
  g_assert_cmpstr (t1, ==, "The full IRC log");
  g_autofree char *t2 = np_document_dup_item_text (doc, 2);
  g_assert_cmpstr (t2, ==, "<fantasai> TabAtkins: two proposals");
  g_assert_cmpuint (items[3].line, ==, 5);
  g_autofree char *t4 = np_document_dup_item_text (doc, 4);
  g_assert_cmpstr (t4, ==, "<TabAtkins> I disagree & so on");
  g_assert_cmpint (items[5].kind, ==, NP_ITEM_CODE);
  g_autofree char *t5 = np_document_dup_item_text (doc, 5);
  g_assert_nonnull (strstr (t5, "&lt;kept>"));
  np_document_unref (doc);
}

/* A bracket opening a line wrapped in mid-sentence, lower case after it
 * ("... following the" over "[stop coercing things] presentation”, you
 * ..."), goes on with the turn; after a sentence's end, or before a
 * capital, it opens one */
static void
test_bracket_mid_sentence (void)
{
  NpDocument *doc = read_as ("tc39.md", NULL,
                             "# Minutes\n\nKG: If you come and say in my proposal we are not following the\n"
                             "[stop coercing things] presentation, you should have a reason.\n"
                             "[alice] I agree.\n");
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (items[0].end_line, ==, 4);
  g_assert_cmpuint (items[1].line, ==, 5);
  np_document_unref (doc);
}

/* A copied chat's thread replies ("↳ **Alice Moreno**: ...") and the
 * reactions under a message (":thumbsup: 3") are lines of their own,
 * not the message's words; an emoji without a count is a message */
static void
test_chat_replies_and_reactions (void)
{
  static const char text[] = "# #oncall\n\n"
                             "**Bob Li**  10:03 AM\n"                             /* 3 */
                             "looking. anything deployed this morning?\n"
                             "\xe2\x86\xb3 **Alice Moreno**: not that I know of\n" /* 5 */
                             "\xe2\x86\xb3 **Dev Raman**: a config push at 9:45\n"  /* 6 */
                             ":thumbsup: 3\n\n"                                    /* 7 */
                             "**Dev Raman**  10:05 AM\n"                          /* 9 */
                             "rolling it back now\n"
                             ":tada: 2  :eyes: 1\n";                              /* 11 */
  for (guint k = 0; k < 2; k++)
    {
      NpDocument *doc = read_as (k ? "chat.txt" : "chat.md", NULL, text);
      assert_item_lines (doc, 3, 4);
      assert_item_lines (doc, 5, 5);
      assert_item_lines (doc, 6, 6);
      assert_item_lines (doc, 7, 7);
      assert_item_lines (doc, 9, 10);
      assert_item_lines (doc, 11, 11);
      np_document_unref (doc);
    }
  g_assert_cmpuint (np_text_reply_arrow ("\xe2\x86\xb3 Bob: hi", 10), ==, 4);
  g_assert_cmpuint (np_text_reply_arrow ("\xe2\x86\x92 Dana: ok", 11), ==, 4);
  g_assert_cmpuint (np_text_reply_arrow ("\xe2\x80\x94 Dana: ok", 11), ==, 0); /* an em dash */
  g_assert_cmpuint (np_text_reply_arrow ("-> Dana: ok", 11), ==, 0);
  g_assert_true (np_text_reactions_line (":thumbsup: 3", 12));
  g_assert_true (np_text_reactions_line (":tada: 2  :eyes: 1", 18));
  g_assert_true (np_text_reactions_line ("\xf0\x9f\x91\x8d 3 \xf0\x9f\x8e\x89 2", 13));
  g_assert_false (np_text_reactions_line (":thumbsup:", 10));
  g_assert_false (np_text_reactions_line ("\xf0\x9f\x91\x8d", 4));
  g_assert_false (np_text_reactions_line (":thumbsup: 3 people agreed", 26));
  g_assert_false (np_text_reactions_line ("10:32 AM", 8));
}

/* An IRC meeting kept in a Markdown fence with no info string (a wiki's
 * page): its lines are read as the notes' own, an entry each, a client's
 * "(12:03:47 PM) kim left the room" too; a fence of code holding a
 * stamp or two stays code */
static void
test_fenced_log (void)
{
  static const char md[] = " ```\n\n"
                           "(11:01:38 AM) jjohansen: cboltz, sarnold: meeting time\n"   /* 3 */
                           "(11:01:47 AM) sarnold: woo!\n"                               /* 4 */
                           "(11:03:47 AM) kim left the room (quit: reset).\n"            /* 5 */
                           "(11:04:17 AM) ***sbeattie is here\n"                         /* 6 */
                           "(11:04:56 AM) jjohansen: okay, lets get started\n"           /* 7 */
                           "(11:05:50 AM) cboltz: no objections ;-)\n"                   /* 8 */
                           " ```\n\n"                                                    /* 9 */
                           "```\nlog(\"(11:00 AM) start\");\nrun();\n```\n";             /* 11-14 */
  NpDocument *doc = read_as ("irc.md", NULL, md);
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 7);
  for (guint k = 3; k <= 8; k++)
    assert_item_lines (doc, k, k);
  g_autofree char *t = text_of (doc, item_at_line (doc, 4));
  g_assert_cmpstr (t, ==, "(11:01:47 AM) sarnold: woo!");
  g_assert_cmpint (items[6].kind, ==, NP_ITEM_CODE);
  g_assert_cmpuint (items[6].line, ==, 11);
  assert_lines_accounted (doc, md);
  np_document_unref (doc);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reader/transcript-lines", test_transcript_lines);
  g_test_add_func ("/reader/chat-nicknames", test_chat_nicknames);
  g_test_add_func ("/reader/saved-chat", test_saved_chat);
  g_test_add_func ("/reader/timed-nicknames", test_timed_nicknames);
  g_test_add_func ("/reader/markdown/turns-under-list-items", test_turns_under_list_items);
  g_test_add_func ("/reader/markdown/turns-in-quote", test_turns_in_quote);
  g_test_add_func ("/reader/markdown/quote-in-list-item", test_quote_in_list_item);
  g_test_add_func ("/reader/markdown/bracket-mid-sentence", test_bracket_mid_sentence);
  g_test_add_func ("/reader/text/titled-speakers", test_titled_speakers);
  g_test_add_func ("/reader/markdown/bold-timed-speakers", test_bold_timed_speakers);
  g_test_add_func ("/reader/text/chat-copy", test_chat_copy);
  g_test_add_func ("/reader/name-over-time", test_name_over_time);
  g_test_add_func ("/reader/text/names-over-messages", test_names_over_messages);
  g_test_add_func ("/reader/speaker-time-lines", test_speaker_time_lines);
  g_test_add_func ("/reader/log-entries", test_log_entries);
  g_test_add_func ("/reader/text/weechat-log", test_weechat_log);
  g_test_add_func ("/reader/unnamed-voice-lines", test_unnamed_voice_lines);
  g_test_add_func ("/reader/paren-nick-turns", test_paren_nick_turns);
  g_test_add_func ("/reader/cjk-minutes", test_cjk_minutes);
  g_test_add_func ("/reader/markdown/html-log", test_markdown_html_log);
  g_test_add_func ("/reader/incident-timeline", test_incident_timeline);
  g_test_add_func ("/reader/known-turn-labels", test_known_turn_labels);
  g_test_add_func ("/reader/spaced-and-joined-labels", test_spaced_and_joined_labels);
  g_test_add_func ("/reader/parliament-offices", test_parliament_offices);
  g_test_add_func ("/reader/chat-replies-and-reactions", test_chat_replies_and_reactions);
  g_test_add_func ("/reader/chat/fenced-log", test_fenced_log);
  return g_test_run ();
}
