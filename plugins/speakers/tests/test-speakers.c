/* test-speakers.c: the speakers plugin: mark forms (rosters, people and
 * layers are in test-speakers-people.c, the helpers in
 * test-speakers-helpers.c).
 *
 * Most tests run the real plugin (plugins/speakers.la, found through
 * NOTEPIPE_PLUGIN_PATH) on small notes written here, and read the layers
 * back; a few call the plugin's internals (compiled into this program)
 * where a layer would hide the detail: mark parsing, keys, the label table,
 * transliteration.  Line numbers in the fixtures are 1-based like the
 * layers'. */
#include <string.h>

#include <glib/gstdio.h>

#include "test-speakers.h"
#include "../marks-private.h"

/* ---- internals --------------------------------------------------------- */

/* A piece tidied into a buffer: spaces trimmed and collapsed, the '@'
 * dropped; a piece the buffer cannot hold is refused, nothing written
 * past it */
static void
test_tidy_into (void)
{
  char out[16];
  const char *s = "  @Ann   Roe ";
  g_assert_cmpuint (sp_mark_tidy_into (s, s + strlen (s), out, sizeof out), ==, 7);
  g_assert_cmpstr (out, ==, "Ann Roe");
  const char *l = "Ann Roe of the long name";
  char small[8] = "xxxxxxx";
  g_test_expect_message ("notepipe", G_LOG_LEVEL_CRITICAL, "*does not fit*");
  g_assert_cmpuint (sp_mark_tidy_into (l, l + strlen (l), small, sizeof small), ==, 0);
  g_test_assert_expected_messages ();
  g_assert_cmpstr (small, ==, "");
}

static void
test_to_ascii (void)
{
  static const char *const cases[][2] = {
    { "Сковорода Никита Андреевич", "Skovoroda Nikita Andreevich" },
    { "Фёдор Индутный", "Fedor Indutny" },
    { "Βασίλης Ουρανός", "Vasilis Ouranos" },
    { "Michaël Zasso", "Michael Zasso" },
    { "Nicolò Ribaudo", "Nicolo Ribaudo" },
    { "Straße Łódź Søren", "Strasse Lodz Soren" },
    { "Duane O’Giel", "Duane O'Giel" },
    { "张伟", "张伟" },
    { "plain ascii", "plain ascii" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = np_text_to_ascii (cases[i][0], -1);
      g_assert_cmpstr (got, ==, cases[i][1]);
    }
  g_autofree char *invalid = np_text_to_ascii ("\xff\xfe", 2);
  g_assert_cmpstr (invalid, ==, "");
}

static void
test_keys (void)
{
  g_autofree char *a = sp_key ("Michaël Z.", -1);
  g_assert_cmpstr (a, ==, "michaelz");
  g_autofree char *b = sp_key ("Никита", -1);
  g_assert_cmpstr (b, ==, "nikita");
  g_autofree char *c = sp_key ("michael m", -1);
  g_autofree char *d = sp_key ("[michaelm]", -1);
  g_assert_cmpstr (c, ==, d);
  g_assert_true (sp_labels_sorted ());
  g_assert_true (sp_party_roles_sorted ());
  g_assert_true (sp_is_label ("Note"));
  g_assert_true (sp_is_label ("AI"));
  g_assert_true (sp_is_label ("Next steps"));
  g_assert_true (sp_label_words_only ("Chat Context"));
  g_assert_true (sp_label_words_only ("See Also"));
  g_assert_false (sp_label_words_only ("Speaker A"));
  g_assert_false (sp_label_words_only ("Context"));
  g_assert_false (sp_label_words_only ("Mark Chat"));
  /* an agenda item's state in brackets ("[open] Open floor"), a region */
  g_assert_true (sp_is_label ("open"));
  g_assert_true (sp_is_label ("blocked"));
  g_assert_true (sp_is_label ("EMEA"));
  /* a point's order or a turn of the argument ("First: usecase ...") */
  g_assert_true (sp_is_label ("First"));
  g_assert_true (sp_is_label ("Finally"));
  g_assert_true (sp_is_label ("However"));
  /* a room's poll ("Show-of-hands: How many people have read ...") */
  g_assert_true (sp_is_label ("Show-of-hands"));
  g_assert_false (sp_is_label ("cherry"));
  /* a noun made from a verb is a topic's word, not a nickname */
  g_assert_true (sp_verbal_noun ("motivation"));
  g_assert_true (sp_verbal_noun ("discussion"));
  g_assert_false (sp_verbal_noun ("marion"));
  g_assert_false (sp_verbal_noun ("action"));
  g_assert_true (sp_is_anonymous ("unknown"));
  g_assert_true (sp_is_anonymous ("???"));
  g_assert_true (sp_is_anonymous ("nonametag"));
  g_assert_false (sp_is_anonymous ("uma"));
}

/* sp_find answers as g_strstr_len: within len bytes, before any NUL */
static void
test_find (void)
{
  static const char text[] = "Ana - Acme\0 - after";
  g_assert_true (sp_find (text, sizeof text - 1, " - ") == text + 3);
  g_assert_null (sp_find (text, 5, " - "));
  g_assert_null (sp_find (text + 4, sizeof text - 5, " - "));
  g_assert_true (sp_find (text, sizeof text - 1, "Acme") == g_strstr_len (text, sizeof text - 1, "Acme"));
}

typedef struct
{
  const char *text;
  SpForm form;
  const char *names; /* ';'-joined, NULL for no mark */
  const char *raw;
} MarkCase;

static void
test_mark_parse (void)
{
  static const MarkCase cases[] = {
    { "[filippo] I'm not sure", SP_FORM_BRACKET, "filippo", "[filippo]" },
    { "o [filippo] it has improved", SP_FORM_BRACKET, "filippo", "[filippo]" },
    { "[pjmalloy & michaelm] It's quite hard", SP_FORM_BRACKET, "pjmalloy;michaelm", "[pjmalloy & michaelm]" },
    { "[Nicholas, datadog] Memory profilers", SP_FORM_BRACKET, "Nicholas;datadog", "[Nicholas, datadog]" },
    { "[Vasily & Oleg, JetBrains] GoLand too", SP_FORM_BRACKET, "Vasily;Oleg;JetBrains", "[Vasily & Oleg, JetBrains]" },
    { "[Cherry Mui (Google)] linker memory", SP_FORM_BRACKET, "Cherry Mui", "[Cherry Mui (Google)]" },
    { "[redhat team] static analysis", SP_FORM_BRACKET, "redhat team", "[redhat team]" },
    { "[slides](https://example.com/s)", SP_FORM_NONE, NULL, NULL },
    { "[x] done item", SP_FORM_NONE, NULL, NULL },
    { "cherry: inside google it's linking", SP_FORM_COLON, "cherry", "cherry:" },
    { "o iant: Problem inside google", SP_FORM_COLON, "iant", "iant:" },
    { "michael m: Slow cgo builds", SP_FORM_COLON, "michael m", "michael m:" },
    { "**Mikeal**: We are effectively", SP_FORM_COLON, "Mikeal", "**Mikeal**:" },
    { "**Mikeal:** We are effectively", SP_FORM_COLON, "Mikeal", "**Mikeal:**" },
    /* Markdown written from a web page keeps HTML's emphasis */
    { "<b>Mikeal:</b> We are effectively", SP_FORM_COLON, "Mikeal", "<b>Mikeal:</b>" },
    { "<strong>Mikeal</strong>: We are", SP_FORM_COLON, "Mikeal", "<strong>Mikeal</strong>:" },
    { "<B><I>Mikeal:</I></B> We are", SP_FORM_COLON, "Mikeal", "<B><I>Mikeal:</I></B>" },
    { "<b>Note</b> that we are", SP_FORM_NONE, NULL, NULL },
    { "JSL (summary): Just want to", SP_FORM_COLON, "JSL", "JSL (summary):" },
    { "RBN (via queue): Definitely", SP_FORM_COLON, "RBN", "RBN (via queue):" },
    { "SYG [from queue]: I agree", SP_FORM_COLON, "SYG", "SYG [from queue]:" },
    { "WH?: Okay.", SP_FORM_COLON, "WH", "WH?:" },
    /* an abbreviation's colon typed without the space after it */
    { "SYG:Okay, my main concern", SP_FORM_COLON, "SYG", "SYG:" },
    { "KG:I do not like that", SP_FORM_COLON, "KG", "KG:" },
    { "RW:I'm just trying", SP_FORM_COLON, "RW", "RW:" },
    { "MM:. Yes. Um, so", SP_FORM_COLON, "MM", "MM:." },
    { "MF:: It is a library", SP_FORM_COLON, "MF", "MF::" },
    { "GB:, it very well", SP_FORM_COLON, "GB", "GB:," },
    { "FYT :So this is the first ask", SP_FORM_COLON, "FYT", "FYT :" },
    /* ... and with a stop typed before it; not "U.S.:" */
    { "CDA.: We have consensus.", SP_FORM_COLON, "CDA", "CDA.:" },
    { "URL:HTTPS only", SP_FORM_NONE, NULL, NULL },
    { "Note:something", SP_FORM_NONE, NULL, NULL },
    /* a long text opening with "The " whose colon follows a ')' past
     * MARK_MAX bytes: no mark, and no read or write past a buffer */
    { "The other parts (e.g. manual, build system, tests) are distributed under the following terms (GPLv3): it "
      "is free",
      SP_FORM_NONE, NULL, NULL },
    /* ... a first name's too ("Note:See" a label the judge turns down) */
    { "Kofi:Two of them, I will send the names", SP_FORM_COLON, "Kofi", "Kofi:" },
    { "Kofi:TWO of them", SP_FORM_NONE, NULL, NULL },
    { "Kofi Mensah:Two of them", SP_FORM_NONE, NULL, NULL },
    { "ABC:def", SP_FORM_NONE, NULL, NULL },
    { "DH, AWB: We agree", SP_FORM_COLON, "DH;AWB", "DH, AWB:" },
    { "Carol White, Foo Inc: agreed", SP_FORM_COLON, "Carol White", "Carol White, Foo Inc:" },
    { "Dan Li, Example Corp.: no", SP_FORM_COLON, "Dan Li", "Dan Li, Example Corp.:" },
    { "Alice Smith, Bob Jones: both", SP_FORM_COLON, "Alice Smith;Bob Jones", "Alice Smith, Bob Jones:" },
    { "JHD/PFC: Sure.", SP_FORM_COLON, "JHD;PFC", "JHD/PFC:" },
    { "Q (Alice): what about X?", SP_FORM_COLON, "Alice", "Q (Alice):" },
    { "**Tim Beiko** (0:02:15): Hi everyone", SP_FORM_COLON, "Tim Beiko", "**Tim Beiko** (0:02:15):" },
    { "Alice [10:32]: we shipped", SP_FORM_COLON, "Alice", "Alice [10:32]:" },
    { "Alice (see 4:30) later", SP_FORM_NONE, NULL, NULL },
    { "https://example.com/x is here", SP_FORM_NONE, NULL, NULL },
    { "Rich - CPC session was on security", SP_FORM_DASH, "Rich", "Rich -" },
    { "Rod Vagg (TSC) - Lots! Pass.", SP_FORM_DASH, "Rod Vagg", "Rod Vagg (TSC) -" },
    { "James -> lets answer question 1", SP_FORM_DASH, "James", "James ->" },
    { "Anna \xe2\x86\x92 not a fan", SP_FORM_DASH, "Anna", "Anna \xe2\x86\x92" },
    { "Bob -> Alice: not ready", SP_FORM_COLON, "Bob", "Bob -> Alice:" },
    { "**Alice** \xe2\x86\x92 **Bob Jones**: Monday", SP_FORM_COLON, "Alice", "**Alice** \xe2\x86\x92 **Bob Jones**:" },
    { "Carol (to Bob): fine", SP_FORM_COLON, "Carol", "Carol (to Bob):" },
    { "(Alice) we should ship", SP_FORM_BRACKET, "Alice", "(Alice)" },
    /* an outliner's page link */
    { "[[Carol Nguyen]]: the docs are updated", SP_FORM_COLON, "Carol Nguyen", "[[Carol Nguyen]]:" },
    { "[[Carol Nguyen|Carol]]: done", SP_FORM_COLON, "Carol Nguyen", "[[Carol Nguyen|Carol]]:" },
    { "**[[Alice Smith]]** - thanks all", SP_FORM_DASH, "Alice Smith", "**[[Alice Smith]]** -" },
    /* an outliner's block, the page then the words: a candidate the
     * judge keeps for the roster's people only (test_forms_in_notes) */
    { "[[Roadmap]] hotfix landed", SP_FORM_DASH, "Roadmap", "[[Roadmap]]" },
    { "[[Roadmap]]is updated", SP_FORM_NONE, NULL, NULL },
    /* ... but not a sentence about the page ("will send", "is updated") */
    { "[[Roadmap]] is updated", SP_FORM_NONE, NULL, NULL },
    { "[[Grace Mwangi]] will send the notes", SP_FORM_NONE, NULL, NULL },
    { "(Bob Jones) agreed", SP_FORM_BRACKET, "Bob Jones", "(Bob Jones)" },
    { "(see #12) for details", SP_FORM_NONE, NULL, NULL },
    { "(a b c d) four words", SP_FORM_NONE, NULL, NULL },
    { "Myles, we need namespaces", SP_FORM_COMMA, "Myles", "Myles," },
    { "fedor, colin, jeremiah, brian", SP_FORM_COMMA, "fedor", "fedor," },
    { "Myles, James, and Bradley will", SP_FORM_COMMA, "Myles", "Myles," }, /* a list if James is a name */
    { "Myles and Bradley will look", SP_FORM_NONE, NULL, NULL },
    { "Roland Shoemaker One idea that makes", SP_FORM_NAME, "Roland Shoemaker", "Roland Shoemaker" },
    { "Bradley Meck is going to create patches", SP_FORM_NONE, NULL, NULL },
    { "Tim King's internal presentation", SP_FORM_NONE, NULL, NULL },
    /* an author's record: the address after the name, no speech */
    { "Ann Roe <ann@example.org> 2012-11-15: signed the assignment", SP_FORM_NONE, NULL, NULL },
    { "Ann Roe <https://example.org/ann> maintains it", SP_FORM_NONE, NULL, NULL },
    { "Ann Roe <3 this change", SP_FORM_NAME, "Ann Roe", "Ann Roe" },
    { "<nick> hello there", SP_FORM_ANGLE, "nick", "<nick>" },
    { "<@alice> we should ship", SP_FORM_ANGLE, "alice", "<@alice>" },
    { "< bob> agreed", SP_FORM_ANGLE, "bob", "< bob>" },
    { "<+carol> not yet", SP_FORM_ANGLE, "carol", "<+carol>" },
    { "<@ > nothing", SP_FORM_NONE, NULL, NULL },
    { "<@alice:matrix.org> morning all", SP_FORM_ANGLE, "alice", "<@alice:matrix.org>" },
    { "<@bob:example.com:8448> yes", SP_FORM_ANGLE, "bob", "<@bob:example.com:8448>" },
    { "<@alice:nowhere> no", SP_FORM_NONE, NULL, NULL },
    { "<> empty brackets", SP_FORM_NONE, NULL, NULL },
    { "<div> is not centered", SP_FORM_NONE, NULL, NULL },
    { "<select> element ignores width", SP_FORM_NONE, NULL, NULL },
    { "<@div> ops may be called div", SP_FORM_ANGLE, "div", "<@div>" },
    { "<https://example.com> link", SP_FORM_NONE, NULL, NULL },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      SpMark m;
      g_test_message ("mark: %s", cases[i].text);
      gboolean found = sp_mark_parse (cases[i].text, strlen (cases[i].text), FALSE, &m);
      if (cases[i].names == NULL)
        {
          g_assert_false (found);
          continue;
        }
      g_assert_true (found);
      g_assert_cmpint (m.form, ==, cases[i].form);
      g_autofree char *names = g_strjoinv (";", m.names);
      g_assert_cmpstr (names, ==, cases[i].names);
      g_autofree char *raw = g_strndup (cases[i].text + m.raw_start, m.raw_len);
      g_assert_cmpstr (raw, ==, cases[i].raw);
      sp_mark_clear (&m);
    }
  /* a bare name is a mark only where it heads sub-items */
  SpMark m;
  g_assert_false (sp_mark_parse ("Michael Knyszek", 15, FALSE, &m));
  g_assert_true (sp_mark_parse ("Michael Knyszek", 15, TRUE, &m));
  g_assert_cmpint (m.form, ==, SP_FORM_BARE);
  sp_mark_clear (&m);
  /* ... of three words too, no two-word name saying the third; alone, a
   * full name and a one-word answer */
  g_assert_true (sp_mark_parse ("Ian Lance Taylor", 16, TRUE, &m));
  g_assert_cmpint (m.form, ==, SP_FORM_BARE);
  g_assert_cmpstr (m.names[0], ==, "Ian Lance Taylor");
  sp_mark_clear (&m);
  g_assert_true (sp_mark_parse ("Russ Cox Agreed", 15, FALSE, &m));
  g_assert_cmpint (m.form, ==, SP_FORM_NAME);
  sp_mark_clear (&m);
  /* the word after a comma is kept to tell lists ("fedor, colin, ...") */
  g_assert_true (sp_mark_parse ("fedor, colin, jeremiah", 22, FALSE, &m));
  g_assert_cmpstr (m.list_next, ==, "colin");
  sp_mark_clear (&m);
  /* a directed turn keeps whom it speaks to */
  static const char *const directed[][2] = {
    { "Bob -> Alice: not ready", "Alice" },
    { "**Alice** \xe2\x86\x92 **Bob Jones**: Monday", "Bob Jones" },
    { "Carol (to Bob): fine", "Bob" },
    { "Dan => @erin: ok", "erin" },
    { "Alice: no arrow -> here", NULL },
  };
  for (guint i = 0; i < G_N_ELEMENTS (directed); i++)
    {
      g_assert_true (sp_mark_parse (directed[i][0], strlen (directed[i][0]), FALSE, &m));
      g_assert_cmpstr (m.addressee, ==, directed[i][1]);
      sp_mark_clear (&m);
    }
  /* "WH?:" is uncertain, "??:" anonymous */
  g_assert_true (sp_mark_parse ("WH?: Okay.", 10, FALSE, &m));
  g_assert_true (m.uncertain);
  sp_mark_clear (&m);
  g_assert_true (sp_mark_parse ("??: Okay.", 9, FALSE, &m));
  g_assert_true (m.anonymous);
  sp_mark_clear (&m);
}

/* ---- mark forms, end to end -------------------------------------------- */

const char test_summit_notes[] = /* plain text, summit style */
  "Contributor Summit Notes\n"                                   /* 1 */
  "\n"                                                           /* 2 */
  "Attendees:\n"                                                 /* 3 */
  "\n"                                                           /* 4 */
  "- Filippo Valsorda (@FiloSottile) filippo@example.org\n"      /* 5 */
  "- PJ Malloy (@thepudds) thepudds@example.org\n"               /* 6 */
  "- Michael Pratt (@prattmic) mpratt@example.org\n"             /* 7 */
  "- Jake Bailey (@jakebailey)\n"                                /* 8 */
  "- Keith Randall (@randall77)\n"                               /* 9 */
  "\n"                                                           /* 10 */
  "Session 1\n"                                                  /* 11 */
  "\n"                                                           /* 12 */
  "- [filippo] Profiles should evolve over time\n"               /* 13 */
  " - o [flilippo] KEX is a risk limiting idea\n"                /* 14 */
  " - [pjmalloy & michaelm] It is quite hard to reverse\n"       /* 15 */
  " - [pimalloy] There is a big waiting room\n"                  /* 16 */
  "- [Nicholas, datadog] Profilers use too much memory\n"        /* 17 */
  "- [redhat team] static analysis and enforcement\n"            /* 18 */
  "- [unknown] Can the bot open a request?\n"                    /* 19 */
  "- [nonametag] The proposal process is unclear\n"              /* 20 */
  "- ???: who said that\n"                                       /* 21 */
  "- [mpratt] You can often tell it something\n"                 /* 22 */
  "- [prattmic] From an API perspective it is nice\n"            /* 23 */
  "- [khr] We would rather not expose those\n"                   /* 24 */
  "\n"                                                           /* 25 */
  "Compiler\n"                                                   /* 26 */
  "\n"                                                           /* 27 */
  "- cherry: so the build graph could be better\n"               /* 28 */
  " - o iant: Problem inside google\n"                           /* 29 */
  " - jake: avoiding C and cgo is painful\n"                     /* 30 */
  " - keith: let us talk\n"                                      /* 31 */
  " - AI: create a tracking issue\n"                             /* 32 */
  "- cherry: new topic: changes affecting delve\n"               /* 33 */
  " - iant: why?\n"                                              /* 34 */
  "- Roland Shoemaker One idea that makes GODEBUG more idiomatic is that\n" /* 35 */
  " we could add a modern profile that is restricted\n"          /* 36 */
  "- Roland Shoemaker BoGo takes approx 1 min to run\n"          /* 37 */
  "- Some Thing could be better here\n"                          /* 38 */
  "- Michael Knyszek\n"                                          /* 39 */
  " - Most of these profilers serve a specific use-case\n"       /* 40 */
  " - It will have gaps when generalizing\n"                     /* 41 */
  "- Michael Knyszek go trace tool scales more readily\n"        /* 42 */
  "- WASI: WebAssembly System Interface\n"                       /* 43 */
  "- Q: what benefits would exist\n"                             /* 44 */
  "- Note: cherry said this is fine\n"                           /* 45 */
  "- David Chase Tim King's presentation is about modules\n"     /* 46 */
  "- David Chase why not permute all the profiles?\n";           /* 47 */

static void
test_bracket_and_anonymous (void)
{
  g_autoptr (NpDocument) doc = run_text ("summit.txt", test_summit_notes, NULL);
  assert_speakers (doc, 13, "Filippo Valsorda");
  assert_feature (doc, 13, "mentions", "[filippo]");
  assert_feature (doc, 13, "method", "bracket");
  assert_speakers (doc, 14, "Filippo Valsorda"); /* typo */
  assert_speakers (doc, 15, "PJ Malloy;michaelm");
  assert_speakers (doc, 16, "PJ Malloy"); /* typo */
  assert_speakers (doc, 17, "Nicholas");  /* affiliation dropped */
  assert_speakers (doc, 18, "redhat team");
  static const char pair[] = "Notes\n\n- [Vasily & Oleg, JetBrains] GoLand would show the prompt too\n"
                             "- [pjmalloy & michaelm] agreed\n";
  g_autoptr (NpDocument) doc_pair = run_text ("pair.txt", pair, NULL);
  assert_speakers (doc_pair, 3, "Vasily;Oleg"); /* the company after two people dropped */
  assert_speakers (doc_pair, 4, "pjmalloy;michaelm");
  assert_speakers (doc, 19, "UNKNOWN");
  assert_speakers (doc, 20, "UNKNOWN");
  assert_speakers (doc, 21, "UNKNOWN");
  assert_speakers (doc, 22, "Michael Pratt"); /* e-mail local part */
  assert_speakers (doc, 23, "Michael Pratt"); /* handle */
  assert_speakers (doc, 24, "Keith Randall"); /* initials with a middle name */

  /* a company of two words after the comma, or after a dash, is the
   * speaker's affiliation, no second speaker */
  static const char companies[] = "Summit\n\nAttendees: Bao Nguyen, Lorcan Byrne\n\n"
                                  "- [Bao, Acme Corp] we run Athens internally\n"  /* 5 */
                                  "- [Lorcan - Shopify] we would opt in\n";       /* 6 */
  g_autoptr (NpDocument) cdoc = run_text ("companies.txt", companies, NULL);
  assert_speakers (cdoc, 5, "Bao Nguyen");
  assert_speakers (cdoc, 6, "Lorcan Byrne");

  /* Markdown's link reference definitions name links, not speakers, even
   * a person's page; a host's "[Riki]: ..." still speaks */
  static const char links[] = "# TSC\n\n## Present\n\n* Bob Jones @bjones\n\n## Minutes\n\n"
                              "* Bob: see [the plan][plan]\n\n"               /* 9 */
                              "[Bob]: https://github.com/bjones\n"            /* 11 */
                              "[XCOFF]: <https://example.org/xcoff> \"XCOFF\"\n"
                              "[Bob]: people.md#bob\n"
                              "[API]: #api\n\n"                               /* 14 */
                              "[Bob]: yes, https://example.org is the page\n"; /* 16 */
  g_autoptr (NpDocument) ldoc = run_text ("links.md", links, NULL);
  assert_speakers (ldoc, 9, "Bob Jones");
  for (guint line = 11; line <= 14; line++)
    assert_speakers (ldoc, line, "NONE");
  assert_speakers (ldoc, 16, "Bob Jones");
}

static void
test_colon_marks (void)
{
  g_autoptr (NpDocument) doc = run_text ("summit.txt", test_summit_notes, NULL);
  assert_speakers (doc, 28, "cherry");
  assert_feature (doc, 28, "method", "colon");
  assert_speakers (doc, 29, "iant");
  assert_speakers (doc, 30, "Jake Bailey"); /* first name */
  assert_speakers (doc, 31, "Keith Randall");
  assert_speakers (doc, 32, "NONE"); /* AI: is a label */
  assert_speakers (doc, 33, "cherry");
  assert_speakers (doc, 34, "iant");
}

static void
test_full_names_and_headings (void)
{
  g_autoptr (NpDocument) doc = run_text ("summit.txt", test_summit_notes, NULL);
  assert_speakers (doc, 35, "Roland Shoemaker");
  assert_speakers (doc, 36, "Roland Shoemaker"); /* wrapped line of the same item */
  assert_feature (doc, 35, "method", "name");
  assert_speakers (doc, 37, "Roland Shoemaker");
  assert_speakers (doc, 38, "NONE"); /* a capitalized pair seen once */
  assert_speakers (doc, 39, "Michael Knyszek");
  assert_feature (doc, 39, "method", "heading");
  assert_speakers (doc, 40, "Michael Knyszek");
  assert_feature (doc, 40, "method", "headed");
  assert_speakers (doc, 41, "Michael Knyszek");
  assert_speakers (doc, 42, "Michael Knyszek");
  assert_speakers (doc, 46, "David Chase");
  assert_speakers (doc, 47, "David Chase");
}

static void
test_colon_heading (void)
{
  static const char md[] = "# Minutes\n"
                           "\n"
                           "## Present\n"
                           "\n"
                           "* Julien Gilli (TSC)\n"
                           "* Rod Vagg (TSC)\n"
                           "\n"
                           "## Topic\n"
                           "\n"
                           "* Julien:\n"                 /* 10 */
                           "  * wants to land it soon\n" /* 11 */
                           "  * needs review\n"          /* 12 */
                           "* Rod: fine by me\n"         /* 13 */
                           "* Action:\n"                 /* 14 */
                           "  * Rod to review\n";        /* 15 */
  g_autoptr (NpDocument) doc = run_text ("heading.md", md, NULL);
  assert_speakers (doc, 10, "Julien Gilli");
  assert_feature (doc, 10, "method", "heading");
  assert_speakers (doc, 11, "Julien Gilli");
  assert_speakers (doc, 12, "Julien Gilli");
  assert_speakers (doc, 13, "Rod Vagg");
  assert_speakers (doc, 14, "NONE");
  assert_speakers (doc, 15, "NONE");
}

/* A name standing over a list of its level heads that list, up to the
 * first item that is no list item or has its own mark; a paragraph that
 * is no name heads nothing */
static void
test_name_over_list (void)
{
  static const char md[] = "# Call 150\n"
                           "\n"
                           "## Shanghai\n"
                           "\n"
                           "**Tim Beiko**\n"            /* 5 */
                           "* Hello everyone.\n"        /* 6 */
                           "* First up is Shanghai.\n"  /* 7 */
                           "  * a note below\n"         /* 8 */
                           "\n"
                           "**Danny Ryan**\n"           /* 10 */
                           "* Withdrawals are frozen.\n" /* 11 */
                           "* Tim Beiko: not yet\n"     /* 12 */
                           "* Devnets next week.\n"     /* 13 */
                           "\n"
                           "Decisions made\n"           /* 15 */
                           "* ship it\n"                /* 16 */
                           "\n"
                           "## Attendees\n"
                           "\n"
                           "* Tim Beiko\n"
                           "* Danny Ryan\n";
  g_autoptr (NpDocument) doc = run_text ("call.md", md, NULL);
  assert_speakers (doc, 5, "Tim Beiko");
  assert_feature (doc, 5, "method", "heading");
  assert_speakers (doc, 6, "Tim Beiko");
  assert_feature (doc, 6, "method", "headed");
  assert_speakers (doc, 7, "Tim Beiko");
  assert_speakers (doc, 8, "NONE"); /* a sub-bullet is context, not the same voice */
  assert_speakers (doc, 10, "Danny Ryan");
  assert_speakers (doc, 11, "Danny Ryan");
  assert_speakers (doc, 12, "Tim Beiko");
  assert_speakers (doc, 13, "NONE");
  assert_speakers (doc, 15, "NONE");
  assert_speakers (doc, 16, "NONE");

  /* the scribe's account of another voice under a person's name is not
   * that person's; of the person's own, it is */
  static const char txt[] = "Notes\n\nAttendees:\n- Michael Knyszek (@mknyszek)\n- Than McIntosh (@thanm)\n\n"
                            "Tracing\n\n"
                            "- Michael Knyszek\n"                                  /* 9 */
                            " - tracer v2 is on by default\n"                      /* 10 */
                            " - Than asked whether the format is stable\n"         /* 11 */
                            " - Michael said the parser is public\n";              /* 12 */
  g_autoptr (NpDocument) doc2 = run_text ("tracing.txt", txt, NULL);
  assert_speakers (doc2, 10, "Michael Knyszek");
  assert_speakers (doc2, 11, "NONE");
  assert_speakers (doc2, 12, "Michael Knyszek");
}

/* Names over lists said once each, with no attendee list: a speaker when
 * the nearest such head among its siblings is an accepted name and
 * neither list holds marks of its own; a topic over the turns of a list
 * ("**Pectra**" over "- Tim: ...") stays a topic */
static void
test_names_over_lists_said_once (void)
{
  static const char md[] = "# Call 190\n"
                           "\n"
                           "## Pectra\n"
                           "\n"
                           "**Tim Beiko**\n"                  /* 5 */
                           "* We are live.\n"                 /* 6 */
                           "\n"
                           "**Barnabas**\n"                   /* 8 */
                           "* Devnet 5 is stable.\n"          /* 9 */
                           "\n"
                           "**Marius**\n"                     /* 11 */
                           "* Geth has a fix.\n"              /* 12 */
                           "\n"
                           "**Tim Beiko**\n"                  /* 14 */
                           "* Let's move on.\n"               /* 15 */
                           "\n"
                           "## Topics\n"
                           "\n"
                           "**Verkle**\n"                     /* 19 */
                           "* Guillaume: testnet next week\n" /* 20 */
                           "* Josh: tooling is ready\n"       /* 21 */
                           "\n"
                           "**Tim Beiko**\n"                  /* 23 */
                           "* Thanks all.\n";                 /* 24 */
  g_autoptr (NpDocument) doc = run_text ("acd.md", md, NULL);
  assert_speakers (doc, 5, "Tim Beiko");
  assert_speakers (doc, 8, "Barnabas");
  assert_feature (doc, 8, "method", "heading");
  assert_speakers (doc, 9, "Barnabas");
  assert_speakers (doc, 11, "Marius");
  assert_speakers (doc, 12, "Marius");
  assert_speakers (doc, 19, "NONE");
  assert_speakers (doc, 20, "Guillaume");
  assert_speakers (doc, 24, "Tim Beiko");
  /* under a person's heading a word with a colon is what the speech is
   * about: the heading's turn */
  static const char acde[] = "# ACDE 214\n\nPresent: Felipe Araujo, Hao Zhang\n\n"
                             "**Felipe Araujo**\n"                          /* 5 */
                             "* Reth: ready, but one more day for a fix.\n" /* 6 */
                             "* Monday is fine for us.\n\n"                /* 7 */
                             "**Hao Zhang**\n"                              /* 9 */
                             "* Geth is ready.\n";                          /* 10 */
  g_autoptr (NpDocument) doc2 = run_text ("acde.md", acde, NULL);
  assert_speakers (doc2, 6, "Felipe Araujo");
  assert_speakers (doc2, 7, "Felipe Araujo");
  assert_speakers (doc2, 10, "Hao Zhang");
}

/* Transcripts and formal minutes: a clock time before the mark, names in
 * capitals, titles of address, chat nicknames; capitals that are no
 * roster name stay labels */
static void
test_transcripts_and_capitals (void)
{
  static const char txt[] = "Board call\n"
                            "\n"
                            "Present: John Smith, Mary Johnson, Robert Brown\n"
                            "\n"
                            "[10:32] John Smith: let us start.\n"           /* 5 */
                            "10:33 AM Mary Johnson: the report is ready.\n" /* 6 */
                            "(10:34) <mary> one more thing\n"              /* 7 */
                            "\n"
                            "JOHN SMITH: any questions?\n"                 /* 9 */
                            "\n"
                            "MR. BROWN: about line 4.\n"                   /* 11 */
                            "\n"
                            "Ms. Johnson: certainly.\n"                    /* 13 */
                            "\n"
                            "BUDGET REVIEW: vote next week.\n"             /* 15 */
                            "\n"
                            "BUDGET REVIEW: publish the minutes.\n"        /* 17 */
                            "\n"
                            "10:40 the call ended early\n"                 /* 19 */
                            "\n"
                            "MS Teams: a template\n"                       /* 21 */
                            "\n"
                            "MS Teams: another one\n";                     /* 23 */
  g_autoptr (NpDocument) doc = run_text ("call.txt", txt, NULL);
  assert_speakers (doc, 5, "John Smith");
  assert_feature (doc, 5, "mentions", "John Smith:");
  assert_speakers (doc, 6, "Mary Johnson");
  assert_speakers (doc, 7, "Mary Johnson");
  assert_feature (doc, 7, "method", "angle");
  assert_speakers (doc, 9, "John Smith");
  assert_feature (doc, 9, "mentions", "JOHN SMITH:");
  assert_speakers (doc, 11, "Robert Brown");
  assert_speakers (doc, 13, "Mary Johnson");
  assert_speakers (doc, 15, "NONE");
  assert_speakers (doc, 17, "NONE");
  assert_speakers (doc, 19, "NONE");
  assert_speakers (doc, 21, "NONE");
  assert_speakers (doc, 23, "NONE");
  /* "MS" is no title before "Teams" (alone, "Teams" twice would be a
   * speaker; the roster above names nearly everyone, so not there) */
  g_autoptr (NpDocument) ms
      = run_text ("ms.md", "# Sync\n\nPresent: Robert Brown\n\nMS Teams: one\n\nMS Teams: two\n", NULL);
  assert_speakers (ms, 5, "NONE");
  assert_speakers (ms, 7, "NONE");
  /* the speech starts after the mark, not after the time */
  const NpAnnotation *p = person_named (doc, "John Smith");
  g_assert_nonnull (p);
  g_assert_cmpint (np_annotation_get_int (p, "words", -1), ==, 5);

  /* a transcript export: "Name  time" over each turn, names nobody listed */
  static const char otter[] = "Sync transcript\n"
                              "\n"
                              "Alice Smith  0:03\n"    /* 3 */
                              "Let's start.\n"
                              "\n"
                              "Bob Jones  0:15\n"      /* 6 */
                              "Sure, done.\n"
                              "\n"
                              "Mary Ann Lee  1:10\n"   /* 9 */
                              "Two offers are out.\n"
                              "\n"
                              "Alice Smith wrote the plan\n" /* 12 */
                              "\n"
                              "Alice Smith  1:30\n"    /* 14 */
                              "Thanks, all.\n";
  g_autoptr (NpDocument) t = run_text ("otter.txt", otter, NULL);
  assert_speakers (t, 3, "Alice Smith");
  assert_speakers (t, 6, "Bob Jones");
  assert_feature (t, 6, "mentions", "Bob Jones");
  assert_speakers (t, 9, "Mary Ann Lee");
  assert_speakers (t, 12, "NONE"); /* narrative */
  assert_speakers (t, 14, "Alice Smith");
  /* unnamed speakers of an export, turns apart from their speaker lines */
  g_autoptr (NpDocument) unnamed = run_text (
      "call.txt", "Call\n\nSpeaker 1  0:03\n\nLet us start.\n\nSpeaker 2  0:15\n\nSure.\n\nSpeaker 1  1:02\n\nGood.\n",
      NULL);
  assert_speakers (unnamed, 3, "Speaker 1");
  assert_speakers (unnamed, 5, "Speaker 1"); /* the turn's text, joined */
  assert_speakers (unnamed, 7, "Speaker 2");
  assert_speakers (unnamed, 11, "Speaker 1");
  /* a chat copied whole, each name with its time over one message and
   * said once, given names first; a schedule's slots are no such run */
  g_autoptr (NpDocument) chat = run_text ("chat.txt",
                                          "#release\n\nAlice Smith  10:32 AM\nI think we should ship.\n"
                                          "Bob Jones  10:33 AM\nAgreed, the blockers are fixed.\n"
                                          "Carol Diaz  10:35 AM\nI'll do it.\n",
                                          NULL);
  assert_speakers (chat, 3, "Alice Smith");
  assert_speakers (chat, 5, "Bob Jones");
  assert_speakers (chat, 7, "Carol Diaz");
  g_autoptr (NpDocument) slots = run_text ("slots.txt",
                                           "Schedule\n\n- Opening Remarks  09:00 Welcome to the summit\n"
                                           "- Coffee Break  10:30 Served in hall B\n"
                                           "- Lightning Talks  11:00 Five minutes each\n",
                                           NULL);
  for (guint line = 3; line <= 5; line++)
    assert_speakers (slots, line, "NONE");
  /* an agenda is no transcript: its entries are timed once each */
  g_autoptr (NpDocument) agenda
      = run_text ("agenda.md",
                  "# Agenda\n\n09:00 Welcome: coffee\n10:30 Keynote: the future of Go\n12:00 Lunch: level 2\n",
                  NULL);
  assert_speakers (agenda, 3, "NONE");
  assert_speakers (agenda, 4, "NONE");
  assert_speakers (agenda, 5, "NONE");

  /* dashes typed as "--" and "---" */
  g_autoptr (NpDocument) dashes
      = run_text ("dash.md", "# Sync\n\nAttendees: Alice Smith, Bob Jones\n\n- Alice -- ship it\n- Bob --- agreed\n",
                  NULL);
  assert_speakers (dashes, 5, "Alice Smith");
  assert_feature (dashes, 5, "method", "dash");
  assert_speakers (dashes, 6, "Bob Jones");
  /* two voices before a dash, each a name of the roster; two words that
   * are not are a topic ("Tests & docs - need work") */
  g_autoptr (NpDocument) pairs
      = run_text ("pairs.md",
                  "# Sync\n\nAttendees: Alice Smith, Bob Jones, Carol Diaz\n\n- Alice & Bob - both agree\n"
                  "- Bob/Carol - +1\n- Carol and Alice - will follow up\n- Tests & docs - need work\n",
                  NULL);
  assert_speakers (pairs, 5, "Alice Smith;Bob Jones");
  assert_feature (pairs, 5, "method", "dash");
  assert_speakers (pairs, 6, "Bob Jones;Carol Diaz");
  assert_speakers (pairs, 7, "Carol Diaz;Alice Smith");
  assert_speakers (pairs, 8, "NONE");
  p = person_named (t, "Bob Jones");
  g_assert_cmpint (np_annotation_get_int (p, "words", -1), ==, 2);
}

/* W3C-style scribed minutes (as pandoc writes them in Markdown): the
 * attendees in a definition list, "… more" going on for the last speaker,
 * but not a scribe's gap */
static void
test_scribed_minutes (void)
{
  static const char md[] = "# WG call\n"
                           "\n"
                           "Present\n"
                           ":   Yoav Weiss, Nic Jansma, Michal Mocny\n"
                           "\n"
                           "Yoav: soft navigations first.\n"        /* 6 */
                           "\n"
                           "… two issues are open.\n"                /* 8 */
                           "\n"
                           "... and one is new.\n"                  /* 10 */
                           "\n"
                           "Michal: the trial ended.\n"              /* 12 */
                           "\n"
                           "… [scribe missed this]\n"               /* 14 */
                           "\n"
                           "… the rest was lost ...\n"              /* 16 */
                           "\n"
                           "Nic: +1\n"                               /* 18 */
                           "\n"
                           "Summary\n"                               /* 20 */
                           "\n"
                           "… not after an item nobody spoke\n";  /* 22 */
  g_autoptr (NpDocument) doc = run_text ("wg.md", md, NULL);
  guint n;
  np_document_get_attendees (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  assert_speakers (doc, 6, "Yoav Weiss");
  assert_speakers (doc, 8, "Yoav Weiss");
  assert_feature (doc, 8, "method", "continued");
  assert_feature (doc, 8, "mentions", "Yoav:");
  assert_speakers (doc, 10, "Yoav Weiss");
  assert_speakers (doc, 12, "Michal Mocny");
  assert_speakers (doc, 14, "NONE");
  assert_speakers (doc, 16, "NONE");
  assert_speakers (doc, 18, "Nic Jansma");
  assert_speakers (doc, 22, "NONE");
  /* words of the speech only: 3 + 4 + 4 */
  const NpAnnotation *p = person_named (doc, "Yoav Weiss");
  g_assert_cmpint (np_annotation_get_int (p, "words", -1), ==, 11);
}

static void
test_not_speakers (void)
{
  g_autoptr (NpDocument) doc = run_text ("summit.txt", test_summit_notes, NULL);
  assert_speakers (doc, 43, "NONE"); /* an acronym spelt out */
  assert_speakers (doc, 44, "NONE");
  assert_speakers (doc, 45, "NONE"); /* Note: label; "cherry said" is a mention */

  static const char md[] =
    "# Minutes\n"                                         /* 1 */
    "\n"                                                  /* 2 */
    "## Present\n"                                        /* 3 */
    "\n"                                                  /* 4 */
    "* Ann Lee @annlee (TSC)\n"                           /* 5 */
    "* Bob Ray @bobray (TSC)\n"                           /* 6 */
    "\n"                                                  /* 7 */
    "## Topics\n"                                         /* 8 */
    "\n"                                                  /* 9 */
    "* **Recording**: <https://example.com/rec>\n"        /* 10 */
    "* Link: https://example.com/doc\n"                   /* 11 */
    "* Conclusion: we agree\n"                            /* 12 */
    "* Summary: ship it\n"                                /* 13 */
    "* merge: yes after review\n"                         /* 14 */
    "* TC55: the new committee\n"                         /* 15 */
    "* Presenter: Ann Lee (AL)\n"                         /* 16 */
    "* util: add colorText [#4371](https://github.com/x/y/pull/4371)\n" /* 17 */
    "* Ann: I think so\n"                                 /* 18 */
    "\n"                                                  /* 19 */
    "```\n"                                               /* 20 */
    "Ann: inside code\n"                                  /* 21 */
    "```\n"                                               /* 22 */
    "\n"                                                  /* 23 */
    "* Bob said Ann's idea is fine\n";                    /* 24 */
  g_autoptr (NpDocument) doc2 = run_text ("minutes.md", md, NULL);
  for (guint line = 10; line <= 17; line++)
    assert_speakers (doc2, line, "NONE");
  assert_speakers (doc2, 18, "Ann Lee");
  assert_speakers (doc2, 21, "NONE");
  assert_speakers (doc2, 24, "NONE");

  /* numbered things between turns: a standard, a test suite; a handle
   * with digits still speaks where the roster names it */
  static const char numbered[] = "# Minutes\n\n## Present\n\n"
                                 "* Jeremiah Senkpiel (@Fishrock123)\n* Rod Vagg (@rvagg)\n\n## Topics\n\n"
                                 "* Rod: a short update from the editors\n"                  /* 10 */
                                 "* ECMA-402: the editors are preparing the ES2022 draft\n" /* 11 */
                                 "* Test262: coverage for DisplayNames v2 is complete\n"    /* 12 */
                                 "* Fishrock123: agreed, I can do it tomorrow\n"            /* 13 */
                                 "* Rod: thanks\n";
  g_autoptr (NpDocument) doc3 = run_text ("numbered.md", numbered, NULL);
  assert_speakers (doc3, 10, "Rod Vagg");
  assert_speakers (doc3, 11, "NONE");
  assert_speakers (doc3, 12, "NONE");
  assert_speakers (doc3, 13, "Jeremiah Senkpiel");
  /* the fields of an API's or a tracker's record, said again and again,
   * are no voice */
  static const char fields[] = "## buf.fill()\n\n- Type: {Buffer}\n- Default: `0`\n- Returns: {Buffer}\n\n"
                               "## buf.write()\n\n- Type: {string}\n- Default: `'utf8'`\n- Returns: {integer}\n"
                               "- Version: 2.1\n- Stability: 2 - Stable\n\n## buf.slice()\n\n- Type: {Buffer}\n"
                               "- Default: `0`\n- Returns: {Buffer}\n- Version: 2.2\n- Stability: 0 - Deprecated\n";
  g_autoptr (NpDocument) fdoc = run_text ("fields.md", fields, NULL);
  for (guint line = 3; line <= 19; line++)
    assert_speakers (fdoc, line, "NONE");
  /* a plan's parts, its objective and its scope, the liaisons a task
   * falls to, said again and again, and words that are all labels' are
   * no voice */
  static const char plan[] = "## Teams\n\n**Objective:** organize contributions into teams.\n\n"
                             "**Scope:** plugins and loaders.\n\n## Releases\n\n"
                             "**Objective:** replace manual release processes.\n\n**Purpose:** speed.\n\n"
                             "**Motivation:** fewer mistakes.\n\n- Liaisons: prepare write-ups!\n\n"
                             "**Chat Context:** links were shared.\n";
  g_autoptr (NpDocument) pdoc = run_text ("plan.md", plan, NULL);
  for (guint line = 3; line <= 17; line++)
    assert_speakers (pdoc, line, "NONE");
  /* a guide's requirements and a record's value, in turn, are no dialogue */
  static const char guide[] = "## Landing\n\n- Required: a `PR-URL:` line for the pull request\n"
                              "- Optional: a `Fixes:` line for the issue\n- Required: a `Reviewed-By:` line\n"
                              "- Optional: force push the amended commit\n- Value: {boolean}\n- Value: `false`\n"
                              "- Tips: the cache is shared\n- Tips: clear it with `make clean`\n"
                              "- Refs: <https://example.org/1>\n- Subject: CN=Dummy Root CA\n";
  g_autoptr (NpDocument) gdoc = run_text ("guide.md", guide, NULL);
  for (guint line = 3; line <= 12; line++)
    assert_speakers (gdoc, line, "NONE");
  /* a package's copyright record: its files and their holders, said
   * again and again, its authors and the origin are fields */
  static const char record[] = "Files: *\nCopyright: 2001-2011 Ann Roe\nLicense: LGPL-3+\n\n"
                               "Files: src/asn1.c\nCopyright: 2020 Example GmbH\nLicense: LGPL-3+\n\n"
                               "Files: doc/*\nCopyright: 2019 Ben Ode\nLicense: GPL-3+\n\n"
                               "Upstream Authors (from AUTHORS file):\n8X----------\n"  /* 13 */
                               "The authors list is kept in the tarball.\n\n"
                               "Upstream Authors: Markus Friedl\nAlexander von Gernler\n\n" /* 17 */
                               "Other-Authors: Di Eve\n\nOther-Authors: Ed Fox, Cy Diaz\n\n"
                               "Origin: the old tree\n\nOrigin: upstream git\n";       /* 24, 26 */
  g_autoptr (NpDocument) rdoc = run_text ("copyright", record, NULL);
  for (guint line = 1; line <= 26; line++)
    assert_speakers (rdoc, line, "NONE");
  /* a reference's fields and the headings of a change log are labels too */
  static const char manual[] = "Section: Class 00 - Successful Completion\nSection: Class 01 - Warning\n"
                               "Section: Class 02 - No Data\n\nMandatory : YES\n\nMandatory : NO\n\n"
                               "Explanation: the value is kept\n\nExplanation: it is read once\n\n"
                               "- Miscellaneous\n  - Updated the bundled idna to 2.5.\n"
                               "- Deprecations\n  - The old flag is gone.\n- Miscellaneous\n  - Updated chardet.\n"
                               "- Deprecations\n  - The second flag is gone.\n- Arguments\n  - The first one is read.\n"
                               "- Arguments\n  - The second one is kept.\n";
  g_autoptr (NpDocument) mdoc = run_text ("manual.md", manual, NULL);
  for (guint line = 1; line <= 26; line++)
    assert_speakers (mdoc, line, "NONE");
  /* a heading's adjective before a noun, said again and again, is a
   * label ("**New Tooling:**"); a title of address is no such word */
  static const char tooling[] = "## fs.cp()\n\n- **New Tooling:** most features are available\n"
                                "## fs.rm()\n\n- **New Tooling:** all features are available\n"
                                "## fs.mv()\n\n- **Open Issue:** the flag is unclear\n"
                                "## fs.ln()\n\n- **Open Issue:** the docs are wrong\n";
  g_autoptr (NpDocument) tdoc = run_text ("tooling.md", tooling, NULL);
  for (guint line = 3; line <= 12; line += 3)
    assert_speakers (tdoc, line, "NONE");
  g_assert_true (sp_opens_with_heading_word ("Next Step"));
  g_assert_true (sp_opens_with_heading_word ("Add Python"));
  g_assert_false (sp_opens_with_heading_word ("Mark Miller"));
  g_assert_false (sp_opens_with_heading_word ("General Smith"));
  g_assert_false (sp_opens_with_heading_word ("Newton Jones"));
  /* a log's dated entries are nobody's, a phone that dialled in is a
   * voice nobody named */
  static const char dated[] = "## Log\n\nWhat was done.\n\n2026-11-07: released the build\n"
                              "20261108: fixed the docs\n09.11.2026: tagged\n+49 30 1234567: can you hear me?\n";
  g_autoptr (NpDocument) ddoc = run_text ("log.md", dated, NULL);
  for (guint line = 5; line <= 7; line++)
    assert_speakers (ddoc, line, "NONE");
  assert_speakers (ddoc, 8, "UNKNOWN");
  g_assert_true (sp_is_numbered_name ("ES2022"));
  g_assert_true (sp_is_numbered_name ("Win11"));
  g_assert_false (sp_is_numbered_name ("jdoe42"));
  g_assert_false (sp_is_numbered_name ("Alice"));
  g_assert_false (sp_is_numbered_name ("HTML5"));
  /* a committee's record of an agenda item */
  g_assert_true (sp_is_label ("Recommendations"));
  g_assert_true (sp_is_label ("Rationale"));

  /* a link to the person as the mark: a profile or a handle's page; a
   * link to a document is no person */
  static const char links[] = "# TSC\n\n## Present\n\n* Matteo Collina @mcollina (TSC)\n"
                              "* Joyee Cheung @joyeecheung (TSC)\n* Rich Trott @Trott (TSC)\n\n## Agenda\n\n"
                              "* esm: unflag require(esm)\n"                                        /* 11 */
                              "  * [@mcollina](https://github.com/mcollina): +1, land it\n"          /* 12 */
                              "  * [Joyee Cheung](https://github.com/joyeecheung): approvals are in\n"
                              "  * [@Trott](https://github.com/Trott) - what about the warning?\n"  /* 14 */
                              "  * [Design doc](https://docs.example.com/d/1) - review by Friday\n"; /* 15 */
  g_autoptr (NpDocument) doc5 = run_text ("links.md", links, NULL);
  assert_speakers (doc5, 12, "Matteo Collina");
  assert_speakers (doc5, 13, "Joyee Cheung");
  assert_speakers (doc5, 14, "Rich Trott");
  assert_speakers (doc5, 15, "NONE");

  /* a wikilink to the person's page then a dash, said again: a speaker
   * with no roster */
  static const char wiki[] = "# Debrief\n\n- [[Ingrid Solberg]] - they built spreadsheets\n"
                             "- [[Rafael Costa]] - exports to CSV\n- [[Ingrid Solberg]] - start from the view\n";
  g_autoptr (NpDocument) doc6 = run_text ("wiki.md", wiki, NULL);
  assert_speakers (doc6, 3, "Ingrid Solberg");
  assert_speakers (doc6, 4, "Rafael Costa");
  /* an outliner's block opening with a person's page, no delimiter
   * (Logseq, Roam): a person of the roster only */
  static const char outline[] = "- attendees:: [[Grace Mwangi]], [[Bilal Qureshi]]\n- ## Notes\n"
                                "\t- [[Roadmap]] is updated for the quarter\n"      /* 3 */
                                "\t- [[Bilal]] hotfix, the fix is a null check.\n"  /* 4 */
                                "\t- [[Grace]] ok, Wednesday then.\n"               /* 5 */
                                "\t- [[Roadmap]] is updated again\n"                /* 6 */
                                "\t- [[Grace Mwangi]] will send the notes\n";      /* 7 */
  g_autoptr (NpDocument) doc_outline = run_text ("logseq.md", outline, NULL);
  assert_speakers (doc_outline, 3, "NONE");
  assert_speakers (doc_outline, 4, "Bilal Qureshi");
  assert_speakers (doc_outline, 5, "Grace Mwangi");
  assert_speakers (doc_outline, 6, "NONE");
  assert_speakers (doc_outline, 7, "NONE"); /* a sentence about her, a task */

  /* MeetBot's summary lists each owner's actions under the nick */
  static const char meetbot[] = "Meeting summary\n---------------\n"
                                "* #3342 Change: Drop i686 kernels  (zbyszek, 17:05:40)\n"
                                "  * ACTION: sgallagh to follow up  (sgallagh, 17:22:41)\n\n"
                                "Action Items, by person\n-----------------------\n"
                                "* sgallagh\n"                         /* 9 */
                                "  * sgallagh to follow up\n\n"       /* 10 */
                                "People Present (lines said)\n---------------------------\n* zbyszek (61)\n* sgallagh (24)\n";
  g_autoptr (NpDocument) doc7 = run_text ("fesco.txt", meetbot, NULL);
  assert_speakers (doc7, 9, "NONE");
  assert_speakers (doc7, 10, "NONE");

  /* a nickname quoted inside the roster's name resolves, and the name
   * the notes show is the name without it */
  static const char crob[] = "# WG\n\n## Attendees\n\n* Christopher \"CRob\" Robinson (Intel)\n* David Wheeler\n\n"
                             "## Notes\n\n- **CRob**: we should add a date.\n- **David Wheeler**: agreed.\n";
  g_autoptr (NpDocument) doc8 = run_text ("crob.md", crob, NULL);
  assert_speakers (doc8, 10, "Christopher Robinson");
  /* ... in single quotes, and in German's and Polish's quotation marks */
  static const char quoted[] = "Sync\n\nAttendees: William 'Bill' Turner, Friederike \xe2\x80\x9e" "Fritzi\xe2\x80\x9c "
                               "Gro\xc3\x9f, Katarzyna \xe2\x80\x9eKasia\xe2\x80\x9d Nowak, Anne O'Neil\n\n"
                               "- Bill: the build is green\n"  /* 5 */
                               "- Fritzi: gut\n"               /* 6 */
                               "- Kasia: dobrze\n"             /* 7 */
                               "- Anne: fine\n";               /* 8 */
  g_autoptr (NpDocument) doc8q = run_text ("quoted.md", quoted, NULL);
  assert_speakers (doc8q, 5, "William Turner");
  assert_speakers (doc8q, 6, "Friederike Gro\xc3\x9f");
  assert_speakers (doc8q, 7, "Katarzyna Nowak");
  assert_speakers (doc8q, 8, "Anne O'Neil");

  /* a topic nobody is, the one of the document's people who reports on
   * it in parentheses; a person's company in parentheses stays that */
  static const char updates[] = "# TAG\n\nAttendees: Nikhita Raghunath, Ricardo Aravena\n\n"
                                "* Release Team (Nikhita): RC1 is out.\n"        /* 5 */
                                "* Ricardo Aravena (Google): thanks.\n";         /* 6 */
  g_autoptr (NpDocument) doc9 = run_text ("updates.md", updates, NULL);
  assert_speakers (doc9, 5, "Nikhita Raghunath");
  assert_speakers (doc9, 6, "Ricardo Aravena");

  /* a title ends with its issue's reference; a speaker may cite one
   * mid-sentence */
  static const char cargo[] = "Cargo breakout\n\n"
                              "- epage: build.rs is the #1 supply chain concern\n"   /* 3 */
                              " - weihanglo: declarative replacements would help\n" /* 4 */
                              " - Josh: system-deps already does pkg-config\n"      /* 5 */
                              "- Q: what about proc macros?\n"                      /* 6 */
                              " - weihanglo: a compiler question, see #12345 too\n" /* 7 */
                              " - util: add colorText (#4371)\n"                    /* 8 */
                              " - epage: binary size matters\n";                    /* 9 */
  g_autoptr (NpDocument) doc4 = run_text ("cargo.txt", cargo, NULL);
  assert_speakers (doc4, 3, "epage");
  assert_speakers (doc4, 7, "weihanglo");
  assert_speakers (doc4, 8, "NONE");
  /* ... and ends with one it shows, its words introducing it with a
   * colon; a module said once is no voice */
  static const char chat[] = "# TSC meeting transcript\n\n"
                             "**nzakas:** Apologies for my lateness\n\n"                         /* 3 */
                             "**btmills:** No worries\n\n"                                       /* 5 */
                             "**nzakas:** Which brings us to this issue: https://x.org/y/issues/7\n\n" /* 7 */
                             "**btmills:** Notes PR: https://x.org/y/pull/185\n\n"                /* 9 */
                             "**timers:** add a flag: https://x.org/y/pull/186\n";                /* 11 */
  g_autoptr (NpDocument) doc4c = run_text ("transcript.md", chat, NULL);
  assert_speakers (doc4c, 7, "nzakas");
  assert_speakers (doc4c, 9, "btmills");
  assert_speakers (doc4c, 11, "NONE");
  g_assert_true (sp_ends_with_issue_reference ("fix the race (#61405).", 22));
  g_assert_false (sp_ends_with_issue_reference ("the #1 concern", 14));
}

static void
test_sub_bullets_do_not_inherit (void)
{
  g_autoptr (NpDocument) doc = run_text ("summit.txt", test_summit_notes, NULL);
  /* the sub-bullet under "AI:" and the like: no mark, no speaker */
  static const char text[] = "Notes\n"
                             "\n"
                             "- [filippo] Passkey API opinions\n" /* 3 */
                             " - Ideally a high-level API\n"      /* 4 */
                             " - Passkeys should be a blob\n"     /* 5 */
                             "- [filippo] more\n";
  g_autoptr (NpDocument) doc2 = run_text ("n.txt", text, NULL);
  assert_speakers (doc2, 3, "filippo");
  assert_speakers (doc2, 4, "NONE");
  assert_speakers (doc2, 5, "NONE");
}

static const char tc39_notes[] =
  "# 1st Meeting\n"                                             /* 1 */
  "\n"                                                          /* 2 */
  "**Attendees:**\n"                                            /* 3 */
  "\n"                                                          /* 4 */
  "| Name             | Abbreviation | Organization |\n"        /* 5 */
  "|------------------|--------------|--------------|\n"        /* 6 */
  "| Nicolò Ribaudo   | NRO          | Igalia       |\n"        /* 7 */
  "| James M Snell    | JLS          | Cloudflare   |\n"        /* 8 */
  "| Mark S. Miller   | MM           | Agoric       |\n"        /* 9 */
  "| Ron Buckton      | RBN          | Microsoft    |\n"        /* 10 */
  "| Dave Herman      | DH           | Mozilla      |\n"        /* 11 */
  "| Allen Wirfs-Brock| AWB          | Invited      |\n"        /* 12 */
  "\n"                                                          /* 13 */
  "## A topic\n"                                                /* 14 */
  "\n"                                                          /* 15 */
  "Presenter: James Snell (JSL)\n"                              /* 16 */
  "Presenter: Mark Miller (MM)\n"                               /* 17 */
  "Presenter: Run Buckton (RBN)\n"                              /* 18 */
  "\n"                                                          /* 19 */
  "JSL: Hello everyone.\n"                                      /* 20 */
  "\n"                                                          /* 21 */
  "NRO: I am happy to hear your plan.\n"                        /* 22 */
  "\n"                                                          /* 23 */
  "JLS: Another James.\n"                                       /* 24 */
  "\n"                                                          /* 25 */
  "MM: The table spells me.\n"                                  /* 26 */
  "\n"                                                          /* 27 */
  "RBN?: Definitely.\n"                                         /* 28 */
  "\n"                                                          /* 29 */
  "DH, AWB: We agree.\n"                                        /* 30 */
  "\n"                                                          /* 31 */
  "JSL (summary): Just want to emphasize.\n"                    /* 32 */
  "\n"                                                          /* 33 */
  "NRO (via queue): Support.\n"                                 /* 34 */
  "\n"                                                          /* 35 */
  "SYG: I am not in the table.\n"                               /* 36 */
  "\n"                                                          /* 37 */
  "??: Someone unheard.\n"                                      /* 38 */
  "\n"                                                          /* 39 */
  "AI: not a speaker here either.\n";                           /* 40 */

static void
test_abbreviations_and_mentions (void)
{
  g_autoptr (NpDocument) doc = run_text ("meeting.md", tc39_notes, NULL);
  assert_speakers (doc, 16, "NONE"); /* Presenter: is a label */
  assert_speakers (doc, 20, "James Snell"); /* from the mention */
  assert_feature (doc, 20, "method", "abbreviation");
  assert_speakers (doc, 22, "Nicolò Ribaudo");
  assert_speakers (doc, 24, "James M Snell"); /* from the table */
  assert_speakers (doc, 26, "Mark S. Miller"); /* the table beats the mention */
  assert_speakers (doc, 28, "Ron Buckton");
  assert_feature (doc, 28, "mentions", "RBN?:");
  assert_speakers (doc, 30, "Dave Herman;Allen Wirfs-Brock");
  assert_speakers (doc, 32, "James Snell");
  assert_speakers (doc, 34, "Nicolò Ribaudo");
  assert_speakers (doc, 36, "SYG"); /* no roster knows it: as written */
  assert_speakers (doc, 38, "UNKNOWN");
  assert_speakers (doc, 40, "NONE");
}

const char test_node_notes[] =
  "# TSC Meeting\n"                                             /* 1 */
  "\n"                                                          /* 2 */
  "## Present\n"                                                /* 3 */
  "\n"                                                          /* 4 */
  "* Beth Griggs @BethGriggs (TSC)\n"                           /* 5 */
  "* Сковорода Никита Андреевич @ChALkeR (TSC)\n"               /* 6 */
  "* Matteo Collina @mcollina (TSC)\n"                          /* 7 */
  "* Richard Lau @richardlau (TSC)\n"                           /* 8 */
  "* Rich Trott @Trott (TSC)\n"                                 /* 9 */
  "* Myles Borins @MylesBorins (TSC)\n"                         /* 10 */
  "* Michael Dawson @mhdawson (TSC)\n"                          /* 11 */
  "* Michaël Zasso @targos (TSC)\n"                             /* 12 */
  "* Jeremiah Senkpiel @Fishrock123 (TSC)\n"                    /* 13 */
  "\n"                                                          /* 14 */
  "## Agenda\n"                                                 /* 15 */
  "\n"                                                          /* 16 */
  "* Move stream development out of core [#43520](https://github.com/nodejs/node/issues/43520)\n" /* 17 */
  "  * Matteo: Move back to GitHub.\n"                          /* 18 */
  "  * Rich: Someone can move it back.\n"                       /* 19 */
  "  * Richard: There have been things raised.\n"               /* 20 */
  "  * Bethany: I have concerns regarding backporting.\n"       /* 21 */
  "  * Nikita: +1\n"                                            /* 22 */
  "  * Myles, we need namespaces and we need to move on.\n"     /* 23 */
  "  * Matteo - prefer to have a pull request.\n"               /* 24 */
  "  * **Michael Z**: the V8 update is on track.\n"             /* 25 */
  "  * Michael: I am one of two.\n"                             /* 26 */
  "  * Micheal Dawson: a typo of my name.\n"                    /* 27 */
  "  * Fishrock: a handle without digits.\n"                    /* 28 */
  "  * @mcollina: a handle.\n"                                  /* 29 */
  "  * So, nothing else.\n"                                     /* 30 */
  "* Action: Matteo to follow up.\n";                           /* 31 */

static void
test_node_style (void)
{
  g_autoptr (NpDocument) doc = run_text ("tsc.md", test_node_notes, NULL);
  assert_speakers (doc, 17, "NONE");
  assert_speakers (doc, 18, "Matteo Collina");
  assert_speakers (doc, 19, "Rich Trott");   /* exact first name beats Richard */
  assert_speakers (doc, 20, "Richard Lau");
  assert_speakers (doc, 21, "Beth Griggs");  /* a longer form of the name */
  assert_speakers (doc, 22, "Сковорода Никита Андреевич"); /* transliterated */
  assert_speakers (doc, 23, "Myles Borins");
  assert_feature (doc, 23, "method", "comma");
  assert_speakers (doc, 24, "Matteo Collina");
  assert_feature (doc, 24, "method", "dash");
  assert_speakers (doc, 25, "Michaël Zasso"); /* first name + last initial */
  assert_feature (doc, 25, "method", "bold");
  assert_speakers (doc, 27, "Michael Dawson"); /* typo */
  assert_speakers (doc, 28, "Jeremiah Senkpiel");
  assert_speakers (doc, 29, "Matteo Collina");
  assert_speakers (doc, 30, "NONE");
  assert_speakers (doc, 31, "NONE");

  /* names joined by "and" open a sentence, not a turn ("Robert, Steven
   * and TJ also discussed ..."), and "**Agreement: ...**" is a label */
  static const char older[] = "# TSC\n\nPresent: Robert Kowalski, Steven Loomis, TJ Fontaine\n\n"
                              "* Robert, Steven and TJ also discussed the website.\n" /* 5 */
                              "* Robert, we should document it.\n"                    /* 6 */
                              "* **Agreement: V8 should track stable**\n";            /* 7 */
  g_autoptr (NpDocument) odoc = run_text ("tsc2015.md", older, NULL);
  assert_speakers (odoc, 5, "NONE");
  assert_speakers (odoc, 6, "Robert Kowalski");
  assert_speakers (odoc, 7, "NONE");

  /* a project's name the notes write joined in lower case ("node-forward")
   * opens agenda items, not turns */
  static const char agenda[] = "# node-forward TC Meeting\n\n## Agenda\n\n"
                               "* Node Forward release cycle and schedule.\n"  /* 5 */
                               "* Items preventing node-forward from releasing.\n"
                               "* Node Forward website and the help repo.\n"; /* 7 */
  g_autoptr (NpDocument) adoc = run_text ("tc.md", agenda, NULL);
  assert_speakers (adoc, 5, "NONE");
  assert_speakers (adoc, 7, "NONE");

  /* a standup's full name between two of the roster's people, himself
   * not listed, whose first name speaks later: one person */
  static const char standup[] = "# TSC\n\n### Present\n\n* Rod Vagg (TSC)\n* Brian White (TSC)\n"
                                "* Colin Ihrig (TSC)\n* Fedor Indutny (TSC)\n* Bert Belder (TSC)\n\n### Standup\n\n"
                                "* Rod Vagg (TSC): node v4 prep\n"               /* 13 */
                                "* Michael Dawson (TSC): AIX support PR\n"      /* 14 */
                                "* Brian White (TSC): issue reviewing\n"
                                "* Colin Ihrig (TSC): reviewing prs\n* Fedor Indutny (TSC): v8 perf\n"
                                "* Bert Belder (TSC): away\n\n### Discussion\n\n"
                                "Michael: Z targets 4.4.\n\n"                   /* 22 */
                                "Rod: ok.\n\nMichael: it took a month.\n\nJames + michael + steven\n";
  g_autoptr (NpDocument) sdoc = run_text ("standup.md", standup, NULL);
  assert_speakers (sdoc, 14, "Michael Dawson");
  assert_speakers (sdoc, 22, "Michael Dawson");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  test_registry = np_registry_new ();
  np_registry_add_default_dirs (test_registry);
  np_registry_scan (test_registry);
  if (np_registry_lookup (test_registry, "speakers") == NULL)
    {
      g_printerr ("speakers plugin not found on the plugin path\n");
      return 1;
    }
  g_test_add_func ("/speakers/text/to-ascii", test_to_ascii);
  g_test_add_func ("/speakers/text/tidy-into", test_tidy_into);
  g_test_add_func ("/speakers/text/keys-and-labels", test_keys);
  g_test_add_func ("/speakers/text/find", test_find);
  g_test_add_func ("/speakers/mark/parse", test_mark_parse);
  g_test_add_func ("/speakers/mark/bracket-and-anonymous", test_bracket_and_anonymous);
  g_test_add_func ("/speakers/mark/colon", test_colon_marks);
  g_test_add_func ("/speakers/mark/full-name-and-heading", test_full_names_and_headings);
  g_test_add_func ("/speakers/mark/colon-heading", test_colon_heading);
  g_test_add_func ("/speakers/mark/name-over-list", test_name_over_list);
  g_test_add_func ("/speakers/mark/names-over-lists-said-once", test_names_over_lists_said_once);
  g_test_add_func ("/speakers/mark/not-speakers", test_not_speakers);
  g_test_add_func ("/speakers/mark/transcripts-and-capitals", test_transcripts_and_capitals);
  g_test_add_func ("/speakers/mark/scribed-minutes", test_scribed_minutes);
  g_test_add_func ("/speakers/mark/sub-bullets-do-not-inherit", test_sub_bullets_do_not_inherit);
  g_test_add_func ("/speakers/mark/abbreviations-and-mentions", test_abbreviations_and_mentions);
  g_test_add_func ("/speakers/mark/node-style", test_node_style);
  add_people_tests ();
  add_roster_tests ();
  add_vtt_tests ();
  add_style_tests ();
  add_logs_tests ();
  add_transcript_tests ();
  add_office_tests ();
  add_intl_tests ();
  add_community_tests ();
  add_minutes_tests ();
  add_slips_tests ();
  int status = g_test_run ();
  np_registry_free (test_registry);
  return status;
}
