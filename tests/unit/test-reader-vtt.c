/* test-reader-vtt.c: the transcript reader (core/reader-vtt.c) on small
 * WebVTT and SRT files written for the purpose: one item per cue with the
 * payload's lines, tags stripped but the voice tag, NOTE, STYLE, REGION,
 * ids and timing lines no items, the voice tag no tokens, rolling captions
 * read once, dialogue lines an item each, and the detection that must not
 * take a note with times in it for a transcript. */
#include <string.h>

#include <notepipe/notepipe.h>

#include "np-private.h"
#include "reader-helpers.h"

/* the items' texts joined by '|' (transfer full) */
static char *
item_texts (NpDocument *doc)
{
  guint n;
  np_document_get_items (doc, &n);
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *t = np_document_dup_item_text (doc, i);
      g_string_append_printf (s, "%s%s", i ? "|" : "", t);
    }
  return g_string_free (s, FALSE);
}

/* text read as name gives the items whose texts joined by '|' are texts */
static void
assert_texts (const char *name, const char *text, const char *texts)
{
  NpDocument *doc = read_as (name, NULL, text);
  g_autofree char *got = item_texts (doc);
  g_assert_cmpstr (got, ==, texts);
  np_document_unref (doc);
}

static const char meeting[] = "WEBVTT\n"                                                     /* 1 */
                              "\n"                                                           /* 2 */
                              "1\n"                                                          /* 3 */
                              "00:00:01.000 --> 00:00:04.000\n"                              /* 4 */
                              "<v Alice Smith>Welcome everyone to the planning meeting.\n"   /* 5 */
                              "\n"                                                           /* 6 */
                              "2\n"                                                          /* 7 */
                              "00:00:04.500 --> 00:00:08.000\n"                              /* 8 */
                              "<v Bob Jones>Thanks Alice. First item is the release\n"       /* 9 */
                              "schedule.</v>\n"                                              /* 10 */
                              "\n"                                                           /* 11 */
                              "NOTE the scribe left here\n"                                  /* 12 */
                              "and came back\n"                                              /* 13 */
                              "\n"                                                           /* 14 */
                              "intro-3\n"                                                    /* 15 */
                              "00:08.500 --> 00:12.000 align:start position:10%\n"          /* 16 */
                              "<v.loud Alice Smith>We <c.yellow>ship</c> in <i>May</i>, if\n" /* 17 */
                              "<b>tests</b> &amp; docs are done &lt;3\n";                    /* 18 */

static void
test_vtt_cues (void)
{
  NpDocument *doc = read_as ("meeting.vtt", NULL, meeting);
  g_assert_cmpstr (np_document_get_format (doc), ==, "vtt");
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_autofree char *texts = item_texts (doc);
  g_assert_cmpstr (texts, ==,
                   "<v Alice Smith>Welcome everyone to the planning meeting.|"
                   "<v Bob Jones>Thanks Alice. First item is the release schedule.|"
                   "<v Alice Smith>We ship in May, if tests & docs are done <3");
  /* the payload's lines, not the id or the timing */
  guint spans[][2] = { { 5, 5 }, { 9, 10 }, { 17, 18 } };
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpuint (items[i].line, ==, spans[i][0]);
      g_assert_cmpuint (items[i].end_line, ==, spans[i][1]);
      g_assert_cmpint (items[i].kind, ==, NP_ITEM_PARAGRAPH);
      g_assert_cmpint (items[i].depth, ==, 0);
    }
  g_assert_true (items[1].flags & NP_ITEM_WRAPPED);
  guint ns;
  np_document_get_sections (doc, &ns);
  g_assert_cmpuint (ns, ==, 0);
  /* ids, timings, the header and the NOTE are metadata */
  guint meta[] = { 1, 3, 4, 7, 8, 12, 13, 15, 16 };
  for (guint i = 0; i < G_N_ELEMENTS (meta); i++)
    g_assert_cmpint (np_document_get_line_role (doc, meta[i]), ==, NP_LINE_META);
  assert_lines_accounted (doc, meeting);
  g_assert_null (np_document_get_title (doc));
  np_document_unref (doc);
}

static void
test_vtt_blocks (void)
{
  /* a titled header with metadata lines (YouTube), STYLE and REGION
   * blocks, a NOTE between cues, karaoke times, a cue without payload */
  const char *yt = "\xef\xbb\xbfWEBVTT - Weekly sync\r\nKind: captions\r\nLanguage: en\r\n\r\n"
                   "STYLE\n::cue { color: yellow }\n\nREGION\nid:left width:40%\n\n"
                   "00:00:00.000 --> 00:00:02.000\nso<00:00:00.500><c> we</c><00:00:01.000><c> start</c>\n\n"
                   "NOTE\nnot said\n\n"
                   "00:00:02.000 --> 00:00:03.000\n\n"
                   "00:00:03.000 --> 00:00:05.000 line:0\n&nbsp;okay &#233;t&#xE9; &quot;done&quot;\n";
  NpDocument *doc = read_as ("captions.en.vtt", NULL, yt);
  g_assert_cmpstr (np_document_get_format (doc), ==, "vtt");
  g_assert_cmpstr (np_document_get_title (doc), ==, "Weekly sync");
  g_autofree char *texts = item_texts (doc);
  g_assert_cmpstr (texts, ==, "so we start|okay \xc3\xa9t\xc3\xa9 \"done\"");
  np_document_unref (doc);

  /* two voices in one cue are two items; the same voice again is one */
  const char *two = "WEBVTT\n\n00:01.000 --> 00:04.000\n<v Ann>Ready?</v>\n<v Bo>Yes.</v> <v Ann>Go.\n\n"
                    "00:05.000 --> 00:06.000\n<v Ann>One\n<v Ann>two</v>\n";
  doc = read_as ("two.vtt", NULL, two);
  g_autofree char *texts2 = item_texts (doc);
  g_assert_cmpstr (texts2, ==, "<v Ann>Ready?|<v Bo>Yes.|<v Ann>Go.|<v Ann>One two");
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (items[1].line, ==, 5);
  g_assert_cmpuint (items[2].line, ==, 5);
  g_assert_cmpuint (items[3].line, ==, 8);
  g_assert_cmpuint (items[3].end_line, ==, 9);
  np_document_unref (doc);

  /* unknown tags and stray brackets are text: "<v>" has no name */
  doc = read_as ("x.vtt", NULL, "WEBVTT\n\n00:01.000 --> 00:02.000\na <nick> b <v> c <i>d\n");
  g_autofree char *texts3 = item_texts (doc);
  g_assert_cmpstr (texts3, ==, "a <nick> b <v> c d");
  np_document_unref (doc);
}

static void
test_srt (void)
{
  const char *srt = "1\n00:00:01,000 --> 00:00:04,000\nAlice: Hello <font color=\"#fff\">all</font>\n\n"
                    "2\n00:00:04,500 --> 00:00:08,000\n{\\an8}Bob: Hi.\nA second line.\n\n"
                    "3\n00:00:08,500 --> 00:00:09,000\nAlice: one\n\nblank-separated rest\n";
  /* by content, whatever the name */
  NpDocument *doc = read_as ("talk", NULL, srt);
  g_assert_cmpstr (np_document_get_format (doc), ==, "vtt");
  g_autofree char *texts = item_texts (doc);
  g_assert_cmpstr (texts, ==, "Alice: Hello all|Bob: Hi. A second line.|Alice: one blank-separated rest");
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (items[1].line, ==, 7);
  g_assert_cmpuint (items[1].end_line, ==, 8);
  g_assert_cmpuint (items[2].end_line, ==, 14);
  assert_lines_accounted (doc, srt);
  np_document_unref (doc);
  /* by name */
  doc = read_as ("talk.SRT", NULL, "\n\nnot a cue\n\n1\n00:00:01,000 --> 00:00:04,000\nHi.\n");
  g_assert_cmpstr (np_document_get_format (doc), ==, "vtt");
  g_autofree char *texts2 = item_texts (doc);
  g_assert_cmpstr (texts2, ==, "not a cue|Hi.");
  np_document_unref (doc);
}

static void
test_vtt_detection (void)
{
  g_assert_cmpstr (np_detect_format ("a.vtt", "", 0), ==, "vtt");
  g_assert_cmpstr (np_detect_format ("x.zip!calls/a.WebVTT", "x", 1), ==, "vtt");
  g_assert_cmpstr (np_detect_format ("a.txt", "WEBVTT\n", 7), ==, "vtt");
  g_assert_cmpstr (np_detect_format ("a.txt", "WEBVTT Kind: x\n", 15), ==, "vtt");
  g_assert_cmpstr (np_detect_format ("a.txt", "\xef\xbb\xbfWEBVTT", 9), ==, "vtt");
  g_assert_cmpstr (np_detect_format ("a.txt", "WEBVTTX\n", 8), ==, "text");
  g_assert_cmpstr (np_detect_format ("a.txt", "Notes on WEBVTT\n", 16), ==, "text");
  /* times in a note are no transcript, in any place */
  const char *notes[] = {
    "Sync\n\n00:00:01.000 --> 00:00:04.000\nwe met\n",
    "10:00 --> 11:00 keynote\n12:00 --> 13:00 lunch\n",
    "1\n10:00 --> 11:00 keynote\n",          /* no milliseconds */
    "1\nAgenda\n00:00:01,000 --> 00:00:04,000\n", /* not right below */
    "Standup\n\n1\n00:00:01,000 --> 00:00:04,000\nhi\n",
  };
  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    {
      g_assert_cmpstr (np_detect_format ("a.txt", notes[i], strlen (notes[i])), ==, "text");
      NpDocument *doc = read_as ("notes.txt", NULL, notes[i]);
      g_assert_cmpstr (np_document_get_format (doc), ==, "text");
      np_document_unref (doc);
    }
  /* --input-format vtt forces it; markdown by name still wins over nothing */
  NpDocument *doc = read_as ("a.txt", "vtt", "Hello\n\n00:01.000 --> 00:02.000\nthere\n");
  g_assert_cmpstr (np_document_get_format (doc), ==, "vtt");
  g_autofree char *texts = item_texts (doc);
  g_assert_cmpstr (texts, ==, "Hello|there");
  np_document_unref (doc);
  g_assert_cmpstr (np_detect_format ("a.md", "# x\n", 4), ==, "markdown");
}

/* What an item of a transcript should be: its lines and its marker (a
 * dialogue line's dash); its kind is a paragraph, speech as every cue */
typedef struct
{
  guint line, end_line;
  gunichar marker;
} Expected;

/* doc, read from text, has the items whose texts joined by '|' are texts,
 * as expected, and every line of text is accounted for */
static void
assert_items (NpDocument *doc, const char *text, const char *texts, const Expected *expected, guint n_expected)
{
  g_autofree char *got = item_texts (doc);
  g_assert_cmpstr (got, ==, texts);
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, n_expected);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpuint (items[i].line, ==, expected[i].line);
      g_assert_cmpuint (items[i].end_line, ==, expected[i].end_line);
      g_assert_cmpuint (items[i].marker, ==, expected[i].marker);
      g_assert_cmpint (items[i].kind, ==, NP_ITEM_PARAGRAPH);
    }
  assert_lines_accounted (doc, text);
}

/* the item's tokens as written, joined by ' ' (transfer full) */
static char *
token_texts (NpDocument *doc, guint item)
{
  guint n, nt;
  const NpItem *items = np_document_get_items (doc, &n);
  const NpToken *tokens = np_document_get_tokens (doc, &nt);
  const char *text = np_document_get_text (doc, NULL);
  GString *s = g_string_new (NULL);
  for (guint k = items[item].token_first; k < items[item].token_first + items[item].token_count; k++)
    g_string_append_printf (s, "%s%.*s", s->len ? " " : "", (int) (tokens[k].end - tokens[k].start),
                            text + tokens[k].start);
  return g_string_free (s, FALSE);
}

/* The voice tag stays in the text for the speakers plugin, but its "<v"
 * and ">" are markup, no tokens: "v" was counted as a word.  The name's
 * words are tokens, as those of a written "Alice Smith:" are. */
static void
test_vtt_voice_tokens (void)
{
  NpDocument *doc = read_as ("call.vtt", NULL,
                             "WEBVTT\n\n00:01.000 --> 00:04.000\n<v.loud Alice Smith>We ship.\n\n"
                             "00:05.000 --> 00:06.000\n<v Bo>Ok</v> <v Ann>Go.\n\n"
                             "00:07.000 --> 00:08.000\n<v Ann text without a close\n");
  g_autofree char *texts = item_texts (doc);
  g_assert_cmpstr (texts, ==, "<v Alice Smith>We ship.|<v Bo>Ok|<v Ann>Go.|<v Ann text without a close");
  const char *expected[] = { "Alice Smith We ship .", "Bo Ok", "Ann Go .", "< v Ann text without a close" };
  guint words[] = { 4, 2, 2, 6 };
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *toks = token_texts (doc, i);
      g_assert_cmpstr (toks, ==, expected[i]);
      g_assert_cmpuint (items[i].n_words, ==, words[i]);
    }
  /* the speech after the tag is a word of its own, after a space */
  const NpToken *tokens = np_document_get_tokens (doc, NULL);
  g_assert_true (tokens[items[0].token_first + 2].flags & NP_TOKEN_SPACE_BEFORE);
  np_document_unref (doc);

  /* in a note the same bytes are text, tokens as before */
  doc = read_as ("notes.txt", NULL, "<v Alice Smith>We ship.\n");
  g_autofree char *toks = token_texts (doc, 0);
  g_assert_cmpstr (toks, ==, "< v Alice Smith > We ship .");
  np_document_unref (doc);
}

/* YouTube's automatic captions roll: each cue shows the last line of the
 * one before on top of the new words, and a 10 ms blink holds that line
 * alone in between.  Each line is read once, at the cue that brings it. */
static const char rolling[] = "WEBVTT\n"                                                     /* 1 */
                              "Kind: captions\n"                                             /* 2 */
                              "Language: en\n"                                               /* 3 */
                              "\n"                                                           /* 4 */
                              "00:00:00.000 --> 00:00:02.350 align:start position:0%\n"      /* 5 */
                              " \n"                                                          /* 6 */
                              "so<00:00:00.480><c> the</c><00:00:00.960><c> release</c>\n"   /* 7 */
                              "\n"                                                           /* 8 */
                              "00:00:02.350 --> 00:00:02.360 align:start position:0%\n"      /* 9 */
                              "so the release\n"                                             /* 10 */
                              " \n"                                                          /* 11 */
                              "\n"                                                           /* 12 */
                              "00:00:02.360 --> 00:00:05.270 align:start position:0%\n"      /* 13 */
                              "so the release\n"                                             /* 14 */
                              "is<00:00:02.879><c> in</c><00:00:03.120><c> May</c>\n"        /* 15 */
                              "\n"                                                           /* 16 */
                              "00:00:05.270 --> 00:00:05.280 align:start position:0%\n"      /* 17 */
                              "is in May\n"                                                  /* 18 */
                              " \n"                                                          /* 19 */
                              "\n"                                                           /* 20 */
                              "00:00:05.280 --> 00:00:07.000 align:start position:0%\n"      /* 21 */
                              "<c> is</c> in May\n"                                          /* 22 */
                              "<c>yes</c><00:00:05.500><c> yes</c>\n"                        /* 23 */
                              "\n"                                                           /* 24 */
                              "00:00:07.000 --> 00:00:07.010\n"                              /* 25 */
                              "yes yes\n";                                                   /* 26 */

static void
test_vtt_rolling (void)
{
  NpDocument *doc = read_as ("auto.en.vtt", NULL, rolling);
  /* an item's lines are those it keeps */
  static const Expected spans[] = { { 7, 7, 0 }, { 15, 15, 0 }, { 23, 23, 0 } };
  assert_items (doc, rolling, "so the release|is in May|yes yes", spans, G_N_ELEMENTS (spans));
  guint repeats[] = { 10, 14, 18, 22, 26 };
  for (guint i = 0; i < G_N_ELEMENTS (repeats); i++)
    g_assert_cmpint (np_document_get_line_role (doc, repeats[i]), ==, NP_LINE_DEBRIS);
  np_document_unref (doc);

  /* what is said again stays: the same short cue twice, a word said
   * again after another cue, a line the cue before had but not last, a
   * repeat below a cue's first line, and a blink that repeats nothing */
  static const struct
  {
    const char *vtt, *texts;
  } kept[] = {
    { "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann>No.\n\n00:02.000 --> 00:03.000\n<v Ann>No.\n", "<v Ann>No.|<v Ann>No." },
    { "1\n00:00:01,000 --> 00:00:02,000\nNo.\n\n2\n00:00:02,000 --> 00:00:03,000\nNo.\n", "No.|No." },
    { "1\n00:00:01,000 --> 00:00:02,000\nyes\n\n2\n00:00:02,000 --> 00:00:03,000\nwell\n\n"
      "3\n00:00:03,000 --> 00:00:04,000\nyes\nagain\n",
      "yes|well|yes again" },
    { "WEBVTT\n\n00:01.000 --> 00:02.000\nfirst\nsecond\n\n00:02.000 --> 00:03.000\nfirst\nthird\n",
      "first second|first third" },
    { "WEBVTT\n\n00:01.000 --> 00:02.000\none\n\n00:02.000 --> 00:03.000\ntwo\none\n", "one|two one" },
    { "WEBVTT\n\n00:01.000 --> 00:02.000\none\n\n00:02.000 --> 00:02.010\ntwo\n", "one|two" },
    /* another voice's line is no repeat of it */
    { "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann>Yes.\n\n00:02.000 --> 00:03.000\n<v Bo>Yes.\nSure.\n",
      "<v Ann>Yes.|<v Bo>Yes. Sure." },
  };
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    assert_texts ("kept.vtt", kept[i].vtt, kept[i].texts);
}

/* Subtitles put two speakers in one cue as dialogue lines opening with a
 * dash: each starts an item, the dash its marker, when two lines of the
 * cue at least have one. */
static const char dialogue[] = "1\n"                                       /* 1 */
                               "00:00:01,000 --> 00:00:03,000\n"           /* 2 */
                               "- Hi.\n"                                   /* 3 */
                               "- Hello, how are you?\n"                   /* 4 */
                               "\n"                                        /* 5 */
                               "2\n"                                       /* 6 */
                               "00:00:03,500 --> 00:00:05,000\n"           /* 7 */
                               "\xe2\x80\x93 Fine, thanks,\n"              /* 8 */
                               "and you?\n"                                /* 9 */
                               "<i>\xe2\x80\x93  Good.</i>\n"              /* 10 */
                               "\n"                                        /* 11 */
                               "3\n"                                       /* 12 */
                               "00:00:05,500 --> 00:00:07,000\n"           /* 13 */
                               "- One dash line\n"                         /* 14 */
                               "is no dialogue.\n"                         /* 15 */
                               "\n"                                        /* 16 */
                               "4\n"                                       /* 17 */
                               "00:00:07,500 --> 00:00:09,000\n"           /* 18 */
                               "They said:\n"                              /* 19 */
                               "- Ready?\n"                                /* 20 */
                               "-no, -5 is no dash\n"                      /* 21 */
                               "- Go.\n";                                  /* 22 */

static void
test_vtt_dialogue (void)
{
  NpDocument *doc = read_as ("film.srt", NULL, dialogue);
  static const Expected expected[] = { { 3, 3, '-' },   { 4, 4, '-' },   { 8, 9, 0x2013 }, { 10, 10, 0x2013 },
                                       { 14, 15, 0 },   { 19, 19, 0 },   { 20, 21, '-' },  { 22, 22, '-' } };
  assert_items (doc, dialogue,
                "Hi.|Hello, how are you?|Fine, thanks, and you?|Good.|- One dash line is no dialogue.|"
                "They said:|Ready? -no, -5 is no dash|Go.",
                expected, G_N_ELEMENTS (expected));
  np_document_unref (doc);

  /* with voice tags: each line is its voice's item, the same voice too */
  doc = read_as ("two.vtt", NULL,
                 "WEBVTT\n\n00:01.000 --> 00:04.000\n<v Ann>- Ready?\n- <v Bo>Yes.\n<v Bo>- Sure?\n- Sure.\n");
  g_autofree char *texts2 = item_texts (doc);
  g_assert_cmpstr (texts2, ==, "<v Ann>Ready?|<v Bo>Yes.|<v Bo>Sure?|Sure.");
  np_document_unref (doc);
}

/* Teams' transcript saved as text: no header, times of one digit a
 * field, the speaker's name on the line over the words.  The file is a
 * transcript by its first timing line, and the names are read as voice
 * tags, their lines metadata. */
static const char teams_text[] = "0:0:0.0 --> 0:0:5.120\n"                          /* 1 */
                                 "Alice Smith\n"                                    /* 2 */
                                 "Okay, let's get started with the release.\n"      /* 3 */
                                 "\n"                                               /* 4 */
                                 "0:0:5.120 --> 0:0:9.0\n"                          /* 5 */
                                 "Bob Jones\n"                                      /* 6 */
                                 "I think we need another week\n"                   /* 7 */
                                 "for the docs.\n"                                  /* 8 */
                                 "\n"                                               /* 9 */
                                 "0:0:9.0 --> 0:0:12.0\n"                           /* 10 */
                                 "Alice Smith\n"                                    /* 11 */
                                 "Fine, one more week then.\n"                      /* 12 */
                                 "\n"                                               /* 13 */
                                 "0:0:12.0 --> 0:0:14.500\n"                        /* 14 */
                                 "Carol Nguyen (Guest)\n"                           /* 15 */
                                 "I can help.\n";                                   /* 16 */

static void
test_vtt_name_lines (void)
{
  NpDocument *doc = read_as ("transcript.txt", NULL, teams_text);
  g_assert_cmpstr (np_document_get_format (doc), ==, "vtt");
  static const Expected spans[] = { { 3, 3, 0 }, { 7, 8, 0 }, { 12, 12, 0 }, { 16, 16, 0 } };
  assert_items (doc, teams_text,
                "<v Alice Smith>Okay, let's get started with the release.|"
                "<v Bob Jones>I think we need another week for the docs.|<v Alice Smith>Fine, one more week then.|"
                "<v Carol Nguyen (Guest)>I can help.",
                spans, G_N_ELEMENTS (spans));
  guint names[] = { 2, 6, 11, 15 };
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_cmpint (np_document_get_line_role (doc, names[i]), ==, NP_LINE_META);
  np_document_unref (doc);

  /* ... under the meeting's title and date: a transcript by its timing
   * lines among the first; one timing line in notes makes none */
  g_autofree char *titled = g_strconcat ("Weekly sync - Meeting Recording\nMarch 15, 2024\n\n", teams_text, NULL);
  g_assert_cmpstr (np_detect_format ("sync.txt", titled, strlen (titled)), ==, "vtt");
  static const char one[] = "Notes\n\nThe clip ran 0:0:0.0 --> 0:0:5.120 in the review.\n"
                            "0:0:0.0 --> 0:0:5.120\nThat line was pasted from the tool.\n";
  g_assert_cmpstr (np_detect_format ("notes.txt", one, strlen (one)), !=, "vtt");
  doc = read_as ("sync.txt", NULL, titled);
  g_assert_cmpstr (np_document_get_format (doc), ==, "vtt");
  np_document_unref (doc);

  /* voices the tool numbered, one of them heard once */
  assert_texts ("numbered.txt",
                "0:0:0.0 --> 0:0:5.0\nSpeaker 1\nLet us start.\n\n0:0:5.0 --> 0:0:9.0\nSpeaker 2\nA week.\n\n"
                "0:0:9.0 --> 0:0:12.0\nSpeaker 1\nFine.\n",
                "<v Speaker 1>Let us start.|<v Speaker 2>A week.|<v Speaker 1>Fine.");

  /* first lines that are no names: words in lower case, a sentence, one
   * capitalized word opening two cues only, a name in one cue alone */
  static const struct
  {
    const char *vtt, *texts;
  } kept[] = {
    { "WEBVTT\n\n00:01.000 --> 00:02.000\nfirst\nsecond\n\n00:02.000 --> 00:03.000\nfirst\nthird\n",
      "first second|first third" },
    { "1\n00:00:01,000 --> 00:00:02,000\nYes.\nWe ship.\n\n2\n00:00:02,000 --> 00:00:03,000\nYes.\nWe wait.\n",
      "Yes. We ship.|Yes. We wait." },
    { "1\n00:00:01,000 --> 00:00:02,000\nOkay\nwe ship\n\n2\n00:00:02,000 --> 00:00:03,000\nOkay\nwe wait\n",
      "Okay we ship|Okay we wait" },
    { "1\n00:00:01,000 --> 00:00:02,000\nAnn Lee\nwe ship\n\n2\n00:00:02,000 --> 00:00:03,000\nthen\nwe wait\n",
      "Ann Lee we ship|then we wait" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    assert_texts ("kept.srt", kept[i].vtt, kept[i].texts);
  /* a note whose text holds a timing line later is no transcript */
  doc = read_as ("notes.txt", NULL, "Notes\n\nthe clip 0:0:1.0 --> 0:0:2.0 was cut\n");
  g_assert_cmpstr (np_document_get_format (doc), ==, "text");
  np_document_unref (doc);
}

/* Damaged transcripts keep the model's invariants: cuts at every byte of
 * the samples and bytes replaced by the characters the reader looks for
 * (the rolling captions' blinks and the dialogue lines too). */
static void
test_vtt_damage (void)
{
  static const char *const samples[] = { meeting, rolling, dialogue, teams_text };
  static const char specials[] = "<>&;.:v \n-{}\\#/";
  GRand *rand = g_rand_new_with_seed (4);
  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      gsize len = strlen (samples[i]);
      for (gsize cut = 0; cut <= len; cut++)
        {
          g_autofree char *part = g_strndup (samples[i], cut);
          NpDocument *doc = read_as ("cut.vtt", NULL, part);
          np_document_unref (doc);
        }
      for (guint round = 0; round < 400; round++)
        {
          g_autofree char *copy = g_strdup (samples[i]);
          for (guint k = 0; k < 8; k++)
            copy[g_rand_int_range (rand, 0, (gint32) len)] = specials[g_rand_int_range (rand, 0, sizeof specials - 1)];
          NpDocument *doc = read_as ("damaged.vtt", NULL, copy);
          np_document_unref (doc);
        }
    }
  g_rand_free (rand);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reader/vtt/cues", test_vtt_cues);
  g_test_add_func ("/reader/vtt/blocks-tags-entities", test_vtt_blocks);
  g_test_add_func ("/reader/vtt/srt", test_srt);
  g_test_add_func ("/reader/vtt/voice-tag-tokens", test_vtt_voice_tokens);
  g_test_add_func ("/reader/vtt/rolling-captions", test_vtt_rolling);
  g_test_add_func ("/reader/vtt/dialogue-lines", test_vtt_dialogue);
  g_test_add_func ("/reader/vtt/detection", test_vtt_detection);
  g_test_add_func ("/reader/vtt/damage", test_vtt_damage);
  g_test_add_func ("/reader/vtt/name-lines", test_vtt_name_lines);
  return g_test_run ();
}
