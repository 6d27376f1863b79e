/* test-speakers-people.c: the speakers plugin: resolution to people and
 * the person, reply and summary outputs (rosters: test-speakers-rosters.c).
 * Helpers in test-speakers.c. */
#include <string.h>

#include "test-speakers.h"

static void
test_ambiguous (void)
{
  g_autoptr (NpDocument) doc = run_text ("tsc.md", test_node_notes, NULL);
  /* Michael Dawson and Michaël Zasso fold to one first name: not guessed */
  assert_speakers (doc, 26, "Michael");
  assert_feature (doc, 26, "candidates", "Michael Dawson;Michaël Zasso");
  const NpAnnotation *p = person_named (doc, "Michael");
  g_assert_nonnull (p);
  gsize n;
  g_autofree const char **candidates = np_annotation_get_strv (p, "candidates", &n);
  g_assert_cmpuint (n, ==, 2);

  static const char joshes[] = "Attendees:\n"
                               "\n"
                               "- Josh Gavant\n"
                               "- Josh Wise\n"
                               "\n"
                               "Topic\n"
                               "\n"
                               "- josh: which one am I?\n" /* 8 */
                               "- [josh] still ambiguous\n";
  g_autoptr (NpDocument) doc2 = run_text ("joshes.txt", joshes, NULL);
  assert_speakers (doc2, 8, "josh");
  assert_feature (doc2, 8, "candidates", "Josh Gavant;Josh Wise");
  assert_speakers (doc2, 9, "josh");

  /* the Node.js forms "Name - ..." and "Name, ..." too: an ambiguous
   * first name is a person, not guessed */
  static const char dash[] = "# TSC\n\n## Present\n\n* Michael Dawson @mhdawson\n* Michaël Zasso @targos\n"
                             "* Rich Trott @Trott\n\n## Agenda\n\n"
                             "* Michael - reminder about nominations.\n" /* 11 */
                             "* Michael, any volunteers for the survey\n" /* 12 */
                             "* Rich, will take a look.\n";              /* 13 */
  g_autoptr (NpDocument) doc3 = run_text ("dash.md", dash, NULL);
  assert_speakers (doc3, 11, "Michael");
  assert_feature (doc3, 11, "candidates", "Michael Dawson;Michaël Zasso");
  assert_feature (doc3, 11, "method", "dash");
  assert_speakers (doc3, 12, "Michael");
  assert_feature (doc3, 12, "method", "comma");
  assert_speakers (doc3, 13, "Rich Trott");
}

/* Attendees listed by handle with the name after it ("- @natalie
 * (Natalie Brooks)"): their bracketed handles are those people */
static void
test_handle_then_name (void)
{
  static const char text[] = "# SIG Docs weekly\n"                             /* 1 */
                             "\n"                                              /* 2 */
                             "Attendees:\n"                                    /* 3 */
                             "- @natalie (Natalie Brooks)\n"                   /* 4 */
                             "- @kmensah (Kwame Mensah)\n"                     /* 5 */
                             "\n"                                              /* 6 */
                             "## Agenda\n"                                     /* 7 */
                             "\n"                                              /* 8 */
                             "1. [natalie] Localization sprint\n"              /* 9 */
                             "   - [kmensah] reviewers are the bottleneck\n"; /* 10 */
  g_autoptr (NpDocument) doc = run_text ("sig.md", text, NULL);
  assert_speakers (doc, 9, "Natalie Brooks");
  assert_speakers (doc, 10, "Kwame Mensah");
}

static void
test_names_from_marks (void)
{
  static const char text[] = "Notes\n"
                             "\n"
                             "- [derek parker] make forks easier\n"       /* 3 */
                             "- [derek] a lot of pressure\n"              /* 4 */
                             "- derek: nothing to worry about\n"          /* 5 */
                             "- Michael Knyszek go trace tool scales\n"   /* 6 */
                             "- Michael Knyszek we do have that\n"        /* 7 */
                             "- michael k: purego?\n"                     /* 8 */
                             "- [david benoit] mlkem turns off options\n" /* 9 */
                             "- David Chase why not permute?\n"           /* 10 */
                             "- David Chase what is the behavior?\n"      /* 11 */
                             "- [david] not clear which David\n"          /* 12 */
                             "- [Felix] topic about tracing\n"            /* 13 */
                             "- felix: small subsets\n";                  /* 14 */
  g_autoptr (NpDocument) doc = run_text ("marks.txt", text, NULL);
  assert_speakers (doc, 3, "derek parker");
  assert_speakers (doc, 4, "derek parker");
  assert_speakers (doc, 5, "derek parker");
  assert_speakers (doc, 8, "Michael Knyszek");
  assert_speakers (doc, 12, "david");
  assert_feature (doc, 12, "candidates", "david benoit;David Chase");
  /* one person, one name: the first spelling */
  assert_speakers (doc, 13, "Felix");
  assert_speakers (doc, 14, "Felix");
  const NpAnnotation *p = person_named (doc, "Felix");
  g_assert_nonnull (p);
  g_assert_cmpint (np_annotation_get_int (p, "items", 0), ==, 2);
  gsize n;
  g_autofree const char **aliases = np_annotation_get_strv (p, "aliases", &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (aliases[0], ==, "Felix");
  g_assert_cmpstr (aliases[1], ==, "felix");
}

/* A name alone over points with no marks, said once, beside a turn of
 * the session ("- Michael Knyszek" under "- [Felix] ..."), heads that
 * person's points, and a misspelt bracket mark later is the same person;
 * a topic's words alone over points beside turns are no one ("- Rate
 * limiting"), nor is a name whose points hold marks of their own */
static void
test_name_head_among_turns (void)
{
  static const char text[] = "Session 3\n"
                             "\n"
                             "- [Felix] traces are hard to read\n"          /* 3 */
                             "- Michael Knyszek\n"                          /* 4 */
                             "  - most profilers serve one use\n"           /* 5 */
                             "  - gaps when generalising\n"                 /* 6 */
                             "- [Rhys] what about a million goroutines?\n"  /* 7 */
                             "- Rate Limiting\n"                            /* 8 */
                             "  - the defaults group too liberally\n"       /* 9 */
                             "- [Micheal Knyszek] the runtime does not care\n" /* 10 */
                             "- Sarah Chen\n"                               /* 11 */
                             "  - [Rhys] she will send the doc\n";          /* 12 */
  g_autoptr (NpDocument) doc = run_text ("session.txt", text, NULL);
  assert_speakers (doc, 4, "Michael Knyszek");
  assert_speakers (doc, 5, "Michael Knyszek");
  assert_speakers (doc, 6, "Michael Knyszek");
  assert_speakers (doc, 8, "NONE");
  assert_speakers (doc, 9, "NONE");
  assert_speakers (doc, 10, "Michael Knyszek");
  assert_speakers (doc, 11, "NONE");
  assert_speakers (doc, 12, "Rhys");
}

/* A full name with no delimiter, said once, whose handle-like form is a
 * speaker's mark of the notes ("Robert Griesemer we could ..." beside
 * "[griesemer] ..."; "[rgriesemer]", "[robertg]" too) is that speaker's
 * turn, and the mark is the same person; a sentence about the person
 * ("Robert Griesemer presented ...") is not a turn */
static void
test_full_name_of_handle (void)
{
  static const char text[] = "Generics\n"
                             "\n"
                             "- [griesemer] inference is mostly done\n"          /* 3 */
                             "- [mdempsky] unified IR made it simpler\n"         /* 4 */
                             "- Robert Griesemer we could revisit core types\n"  /* 5 */
                             "- Robert Griesemer presented the new design\n"     /* 6 */
                             "- [mdempsky] the export data is smaller now\n"     /* 7 */
                             "- Matthew Dempsky it is also faster to read\n";    /* 8 */
  g_autoptr (NpDocument) doc = run_text ("generics.txt", text, NULL);
  assert_speakers (doc, 3, "Robert Griesemer");
  assert_speakers (doc, 5, "Robert Griesemer");
  assert_speakers (doc, 6, "NONE");
  assert_speakers (doc, 8, "Matthew Dempsky");
  assert_speakers (doc, 4, "Matthew Dempsky");
  /* before a colon too; a sentence naming two is no one's */
  static const char colon[] = "Compiler\n"
                              "\n"
                              "- [khr] register ABI is done\n"                         /* 3 */
                              "- [mdempsky] unified IR is on by default\n"             /* 4 */
                              "- Matthew Dempsky and Keith Randall reviewed the doc\n" /* 5 */
                              "- Matthew Dempsky: the export format changed\n";        /* 6 */
  g_autoptr (NpDocument) cdoc = run_text ("compiler.txt", colon, NULL);
  assert_speakers (cdoc, 4, "Matthew Dempsky");
  assert_speakers (cdoc, 5, "NONE");
  assert_speakers (cdoc, 6, "Matthew Dempsky");
}

/* A full name with no delimiter, said once, a common given name first,
 * between two turns ("Michael Matloob the cache is shared" between
 * "[bcmills] ..." and "[unknown] ...") is one more voice of the run; not
 * at the run's edge, not a name of other words ("Modules Proxy the
 * cache ..."), not a sentence about the person */
static void
test_full_name_between_turns (void)
{
  static const char text[] = "Toolchains\n"
                             "\n"
                             "- [rsc] go.mod asks for a newer Go\n"                     /* 3 */
                             "- [bcmills] careful with GOTOOLCHAIN=local in CI\n"      /* 4 */
                             "- Michael Matloob the cache for toolchains is shared\n"  /* 5 */
                             "- [unknown] what about air-gapped networks?\n"           /* 6 */
                             "- Proxy Server the cache serves them too\n"              /* 7 */
                             "- [rsc] GOPROXY works for toolchains too\n"              /* 8 */
                             "- Sarah Chen presented the download numbers\n"           /* 9 */
                             "- [bcmills] and the checksums are verified\n";           /* 10 */
  g_autoptr (NpDocument) doc = run_text ("toolchains.txt", text, NULL);
  assert_speakers (doc, 5, "Michael Matloob");
  assert_speakers (doc, 7, "NONE");
  assert_speakers (doc, 9, "NONE");
  /* at the run's edge, a turn on one side only */
  static const char edge[] = "Toolchains\n"
                             "\n"
                             "- [rsc] go.mod asks for a newer Go\n"              /* 3 */
                             "- [bcmills] careful with GOTOOLCHAIN=local\n"      /* 4 */
                             "- Ian Cottrell we could cache them per user\n";    /* 5 */
  g_autoptr (NpDocument) edoc = run_text ("edge.txt", edge, NULL);
  assert_speakers (edoc, 5, "NONE");
}

/* A bracket's turn supports no single word's colon beside it ("gopls:
 * ...", a tool's), except a given name ("austin: ...") or a handle of
 * one and a surname's initial ("iant: ..."), unless the notes use the word in their text
 * ("leak: ...", where a memory leak is told of) */
static void
test_given_name_handle_beside_brackets (void)
{
  static const char text[] = "Linker\n"
                             "\n"
                             "- [thanm] the linker spends its time in dwarf\n"        /* 3 */
                             "- iant: the gold linker had the same problem\n"         /* 4 */
                             "- [aclements] could we generate it lazily?\n"           /* 5 */
                             "- gopls: the new version ships next week\n"             /* 6 */
                             "- [thanm] maybe in the next release\n"                  /* 7 */
                             "- leak: the descriptor is never closed\n"               /* 8 */
                             "- [rsc] a leak in the linker is worth an issue\n"       /* 9 */
                             "- time: we have ten minutes left\n"                     /* 10 */
                             "- [thanm] then the next topic\n"                        /* 11 */
                             "- eval: the results are in the doc\n"                   /* 12 */
                             "- [rsc] thanks\n"                                       /* 13 */
                             "- austin: and the arm64 numbers?\n"                     /* 14 */
                             "- [thanm] next week\n";                                 /* 15 */
  g_autoptr (NpDocument) doc = run_text ("linker.txt", text, NULL);
  assert_speakers (doc, 4, "iant");
  assert_speakers (doc, 6, "NONE");
  assert_speakers (doc, 8, "NONE");
  /* words that are a given name and a letter: "tim" and "e", "eva" and
   * "l" (a label) */
  assert_speakers (doc, 10, "NONE");
  assert_speakers (doc, 12, "NONE");
  /* a given name alone in lower case */
  assert_speakers (doc, 14, "austin");
  g_assert_true (sp_is_given_name_handle ("iant"));
  g_assert_true (sp_is_given_name_handle ("annab"));
  g_assert_false (sp_is_given_name_handle ("ian"));
  g_assert_false (sp_is_given_name_handle ("gopls"));
  g_assert_false (sp_is_given_name_handle ("Iant"));
  g_assert_false (sp_is_given_name_handle ("time"));
  g_assert_false (sp_is_given_name_handle ("dane"));
}

/* ---- people, replies, summary -------------------------------------------- */

static void
test_person_layer (void)
{
  g_autoptr (NpDocument) doc = run_text ("summit.txt", test_summit_notes, NULL);
  const NpAnnotation *p = person_named (doc, "Filippo Valsorda");
  g_assert_nonnull (p);
  g_assert_cmpint (np_annotation_get_int (p, "items", 0), ==, 2);
  gsize n;
  g_autofree const char **aliases = np_annotation_get_strv (p, "aliases", &n);
  g_assert_cmpuint (n, ==, 2); /* filippo, flilippo */
  g_assert_cmpstr (np_annotation_get_string (p, "source"), ==, "attendees");
  /* "[filippo] Profiles should evolve over time": 5 words, mark excluded */
  const NpAnnotation *c = person_named (doc, "cherry");
  g_assert_nonnull (c);
  g_assert_cmpint (np_annotation_get_int (c, "items", 0), ==, 2);
  GVariant *sections = np_annotation_get (c, "sections");
  gsize ns;
  const gint64 *ids = g_variant_get_fixed_array (sections, &ns, sizeof (gint64));
  g_assert_cmpuint (ns, ==, 1);
  guint n_sections;
  const NpSection *secs = np_document_get_sections (doc, &n_sections);
  g_assert_cmpstr (secs[ids[0]].title, ==, "Compiler");
  g_assert_null (np_annotation_get_string (c, "source"));

  static const char words[] = "Notes\n\n- [ann] one two three\n- [ann] four five\n";
  g_autoptr (NpDocument) doc2 = run_text ("w.txt", words, NULL);
  const NpAnnotation *ann = person_named (doc2, "ann");
  g_assert_cmpint (np_annotation_get_int (ann, "words", 0), ==, 5);
}

typedef struct
{
  guint from_line, to_line;
  const char *relation, *from, *to;
} ReplyCase;

static void
test_replies (void)
{
  static const char text[] = "Notes\n"
                             "\n"
                             "- [ann] opening point\n"         /* 3 */
                             " - [bob] an answer\n"            /* 4 */
                             "  - [ann] and back\n"            /* 5 */
                             " - context without a mark\n"     /* 6 */
                             " - [ann] ann again under herself\n" /* 7 */
                             "- [cid] next top-level point\n"  /* 8 */
                             "- [cid] same speaker again\n"    /* 9 */
                             "- [ann] answering cid\n";        /* 10 */
  g_autoptr (NpDocument) doc = run_text ("r.txt", text, NULL);
  const NpLayer *layer = np_document_get_layer (doc, "speakers.reply");
  g_assert_nonnull (layer);
  static const ReplyCase expected[] = {
    { 4, 3, "nested", "bob", "ann" },
    { 5, 4, "nested", "ann", "bob" },
    { 6, 3, "context", "", "ann" },
    { 8, 3, "sequence", "cid", "ann" },
    { 10, 9, "sequence", "ann", "cid" },
  };
  guint n_items;
  const NpItem *items = np_document_get_items (doc, &n_items);
  g_assert_cmpuint (np_layer_get_size (layer), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const NpAnnotation *r = np_layer_get_annotation (layer, i);
      g_assert_cmpuint (items[np_annotation_get_target (r)].line, ==, expected[i].from_line);
      g_assert_cmpuint (items[np_annotation_get_int (r, "answers", -1)].line, ==, expected[i].to_line);
      g_assert_cmpstr (np_annotation_get_string (r, "relation"), ==, expected[i].relation);
      gsize n;
      g_autofree const char **from = np_annotation_get_strv (r, "from", &n);
      g_autofree char *f = g_strjoinv (";", (char **) from);
      g_assert_cmpstr (f, ==, expected[i].from);
      g_autofree const char **to = np_annotation_get_strv (r, "to", &n);
      g_autofree char *t = g_strjoinv (";", (char **) to);
      g_assert_cmpstr (t, ==, expected[i].to);
    }
}

/* The speakers plugin's summaries of text read as the file name */
static GPtrArray *
summarize_text (const char *name, const char *text)
{
  g_autoptr (GError) error = NULL;
  NpConfig *config = np_config_new ();
  const char *const plugins[] = { "speakers", NULL };
  NpPipeline *pipeline = np_pipeline_new (test_registry, plugins, config, &error);
  g_assert_no_error (error);
  NpWorker *worker = np_worker_new (pipeline, &error);
  g_assert_no_error (error);
  NpDocument *doc = np_read_bytes (name, text, strlen (text), NULL, &error);
  g_assert_no_error (error);
  g_assert_true (np_worker_process (worker, doc));
  GPtrArray *summaries = np_pipeline_summarize (pipeline, doc);
  np_document_unref (doc);
  np_worker_free (worker);
  np_pipeline_free (pipeline);
  np_config_free (config);
  return summaries;
}

static void
test_summary (void)
{
  GPtrArray *summaries = summarize_text ("summit.txt", test_summit_notes);
  g_assert_cmpuint (summaries->len, ==, 1);
  NpPluginSummary *s = g_ptr_array_index (summaries, 0);
  g_assert_cmpstr (s->plugin, ==, "speakers");
  g_assert_cmpuint (s->lines->len, >=, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (s->lines, 0), "speakers"));
  g_assert_cmpuint (s->tables->len, ==, 2);
  NpSummaryTable *t = g_ptr_array_index (s->tables, 0);
  g_assert_cmpstr (t->title, ==, "Speakers");
  g_assert_cmpuint (t->columns->len, ==, 4);
  /* the first person to speak comes first */
  GPtrArray *row = g_ptr_array_index (t->rows, 0);
  g_assert_cmpstr (g_ptr_array_index (row, 0), ==, "Filippo Valsorda");
  g_assert_cmpstr (g_ptr_array_index (row, 3), ==, "Session 1");
  g_ptr_array_unref (summaries);
}

/* The "Who answers whom" table counts the replies of each pair of
 * speaker lists (names joined by " & "), most first, then by name;
 * replies from an unmarked item are not counted. */
static void
test_summary_replies (void)
{
  static const char text[] = "Notes\n"
                             "\n"
                             "- [ann] opening point\n"      /* 3 */
                             " - [bob] an answer\n"         /* 4: bob -> ann */
                             "  - [ann] and back\n"         /* 5: ann -> bob */
                             " - [bob & cid] both answer\n" /* 6: bob & cid -> ann */
                             " - context without a mark\n"  /* 7: not counted */
                             " - [bob] again\n"             /* 8: bob -> ann */
                             "- [cid] next point\n";        /* 9: cid -> ann */
  GPtrArray *summaries = summarize_text ("r.txt", text);
  NpPluginSummary *s = g_ptr_array_index (summaries, 0);
  g_assert_cmpuint (s->tables->len, ==, 2);
  NpSummaryTable *t = g_ptr_array_index (s->tables, 1);
  g_assert_cmpstr (t->title, ==, "Who answers whom");
  static const char *const expected[][3] = {
    { "bob", "ann", "2" },
    { "ann", "bob", "1" },
    { "bob & cid", "ann", "1" },
    { "cid", "ann", "1" },
  };
  g_assert_cmpuint (t->rows->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      GPtrArray *row = g_ptr_array_index (t->rows, i);
      for (guint c = 0; c < 3; c++)
        g_assert_cmpstr (g_ptr_array_index (row, c), ==, expected[i][c]);
    }
  g_ptr_array_unref (summaries);
}

/* Only the ten first pairs are shown: the two of two replies, then eight
 * of one by their names, whatever order the replies came in. */
static void
test_summary_replies_top (void)
{
  static const char *const order[] = { "lee", "max", "ian", "hal", "kim", "amy", "gus", "fay", "max",
                                       "eve", "dan", "kim", "cal", "ben" };
  GString *text = g_string_new ("Notes\n\n- [ann] opening point\n");
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    g_string_append_printf (text, " - [%s] an answer\n", order[i]);
  GPtrArray *summaries = summarize_text ("top.txt", text->str);
  g_string_free (text, TRUE);
  NpPluginSummary *s = g_ptr_array_index (summaries, 0);
  NpSummaryTable *t = g_ptr_array_index (s->tables, 1);
  g_assert_cmpstr (t->title, ==, "Who answers whom");
  static const char *const from[] = { "kim", "max", "amy", "ben", "cal", "dan", "eve", "fay", "gus", "hal" };
  g_assert_cmpuint (t->rows->len, ==, G_N_ELEMENTS (from));
  for (guint i = 0; i < G_N_ELEMENTS (from); i++)
    {
      GPtrArray *row = g_ptr_array_index (t->rows, i);
      g_assert_cmpstr (g_ptr_array_index (row, 0), ==, from[i]);
      g_assert_cmpstr (g_ptr_array_index (row, 1), ==, "ann");
      g_assert_cmpstr (g_ptr_array_index (row, 2), ==, i < 2 ? "2" : "1");
    }
  g_ptr_array_unref (summaries);
}

/* The typo tier: one key at the best distance names its entries; keys
 * of two people at that distance are ambiguous (both kept, never
 * guessed), and a key the entry shares with itself counts once. */
static void
test_typo_tier (void)
{
  SpRoster *r = sp_roster_new ("typos", TRUE);
  guint marta = sp_roster_add (r, "Marta Smith", NULL, NULL, NULL, NULL, SP_SOURCE_ATTENDEES);
  guint marti = sp_roster_add (r, "Marti Jones", NULL, "martij", NULL, NULL, SP_SOURCE_ATTENDEES);
  SpMatch m;
  /* "marts": one edit from marta and from marti */
  g_assert_true (sp_roster_lookup (r, "marts", SP_CASE_LOWER, SP_LOOKUP_TYPOS, &m));
  g_assert_cmpint (m.tier, ==, SP_TIER_TYPO);
  g_assert_cmpuint (m.n_candidates, ==, 2);
  g_assert_cmpuint (MIN (m.candidates[0], m.candidates[1]), ==, MIN (marta, marti));
  g_assert_cmpuint (MAX (m.candidates[0], m.candidates[1]), ==, MAX (marta, marti));
  /* "jonse": one edit from jones only */
  g_assert_true (sp_roster_lookup (r, "jonse", SP_CASE_LOWER, SP_LOOKUP_TYPOS, &m));
  g_assert_cmpuint (m.n_candidates, ==, 1);
  g_assert_cmpuint (m.entry, ==, marti);
  /* an entry added after the first typo lookup is seen by the next */
  guint jonas = sp_roster_add (r, "Jonas Brandt", NULL, NULL, NULL, NULL, SP_SOURCE_ATTENDEES);
  g_assert_true (sp_roster_lookup (r, "brandy", SP_CASE_LOWER, SP_LOOKUP_TYPOS, &m));
  g_assert_cmpuint (m.n_candidates, ==, 1);
  g_assert_cmpuint (m.entry, ==, jonas);
  /* nothing within reach */
  g_assert_false (sp_roster_lookup (r, "zzzzzz", SP_CASE_LOWER, SP_LOOKUP_TYPOS, &m));
  sp_roster_free (r);

  /* a misspelt first name of two people, then a surname's initial */
  r = sp_roster_new ("michaels", TRUE);
  guint dawson = sp_roster_add (r, "Michael Dawson", NULL, "mhdawson", NULL, NULL, SP_SOURCE_ATTENDEES);
  guint zasso = sp_roster_add (r, "Micha\u00EBl Zasso", NULL, "targos", NULL, NULL, SP_SOURCE_ATTENDEES);
  g_assert_true (sp_roster_lookup (r, "Micheal D", SP_CASE_TITLE, SP_LOOKUP_NAMES | SP_LOOKUP_TYPOS, &m));
  g_assert_cmpuint (m.n_candidates, ==, 1);
  g_assert_cmpuint (m.entry, ==, dawson);
  g_assert_true (sp_roster_lookup (r, "Micheal Z", SP_CASE_TITLE, SP_LOOKUP_NAMES | SP_LOOKUP_TYPOS, &m));
  g_assert_cmpuint (m.entry, ==, zasso);
  g_assert_true (sp_roster_lookup (r, "Micheal", SP_CASE_TITLE, SP_LOOKUP_NAMES | SP_LOOKUP_TYPOS, &m));
  g_assert_cmpuint (m.n_candidates, ==, 2);
  sp_roster_free (r);
}

/* A name with its accent fits the one person so spelt ("Michaël:"
 * beside Michael Hartley and Michaël Vauclair), without it both; a guest
 * named in the text, "Darcy Whitfield (guest) joined", is Darcy; a name
 * then an adverb and a word that tells is narration */
static void
test_accents_and_guests (void)
{
  static const char notes[] = "# TSC\n\n## Present\n\n* Michael Hartley (@mhartley)\n* Micha\xc3\xabl Vauclair (@vauclair)\n"
                              "* Chris Hollister (@chollister)\n\n## Agenda\n\n"
                              "* Micha\xc3\xabl: V8 11.4 is in\n"                   /* 11 */
                              "* Michael - IBM still uses it\n"                         /* 12 */
                              "* Darcy Whitfield (guest) joined for this item\n"        /* 13 */
                              "* Darcy: Windows signing is still broken\n"              /* 14 */
                              "* Chris Hollister recently wrote up a comparison\n"     /* 15 */
                              "* Chris: they are 30 commits apart\n"                    /* 16 */
                              "* Marco Iannone from undici joined to talk about reports\n" /* 17 */
                              "  * Marco: undici gets reports via its own advisories\n"   /* 18 */
                              "* Google Cloud joined as a member\n";                     /* 19 */
  g_autoptr (NpDocument) doc = run_text ("tsc.md", notes, NULL);
  assert_speakers (doc, 11, "Micha\xc3\xabl Vauclair");
  assert_speakers (doc, 12, "Michael");
  assert_speakers (doc, 14, "Darcy Whitfield");
  assert_speakers (doc, 15, "NONE");
  assert_speakers (doc, 16, "Chris Hollister");
  assert_speakers (doc, 18, "Marco Iannone");

  /* a vote, "Fedor +1": the voter's when the roster knows the name */
  static const char votes[] = "# TSC\n\n## Present\n\n* Fedor Ignatov @fignatov (TSC)\n* Myles Borden @mborden (TSC)\n\n"
                              "## Agenda\n\n* Budget\n"
                              "  * Myles: can we ask for a paid writer?\n" /* 11 */
                              "  * Fedor +1\n"                            /* 12 */
                              "  * Myles -1, too early\n"                 /* 13 */
                              "  * Many +1s, will check governance\n";   /* 14 */
  g_autoptr (NpDocument) doc2 = run_text ("votes.md", votes, NULL);
  assert_speakers (doc2, 12, "Fedor Ignatov");
  assert_speakers (doc2, 13, "Myles Borden");
  assert_speakers (doc2, 14, "NONE");
}

/* Familiar forms of given names: "Bill" is William's by the prefix tier,
 * "Kate" one of two Katherines (ambiguous), "Lisa" not Elizabeth's; in a note,
 * beside turns of the roster's people, "Bill:" and "Liz:" are theirs */
static void
test_familiar_names (void)
{
  g_assert_true (sp_nicknames_sorted ());
  g_assert_true (sp_nickname_fits (sp_nickname_names ("kate"), "kathryn"));
  g_assert_false (sp_nickname_fits (sp_nickname_names ("kate"), "kat"));
  g_assert_null (sp_nickname_names ("lisa"));
  SpRoster *r = sp_roster_new ("familiar", TRUE);
  guint bill = sp_roster_add (r, "William Turner", NULL, NULL, NULL, NULL, SP_SOURCE_ATTENDEES);
  sp_roster_add (r, "Katherine Hall", NULL, NULL, NULL, NULL, SP_SOURCE_ATTENDEES);
  sp_roster_add (r, "Kathryn Wu", NULL, NULL, NULL, NULL, SP_SOURCE_ATTENDEES);
  sp_roster_add (r, "Elizabeth Moore", NULL, NULL, NULL, NULL, SP_SOURCE_ATTENDEES);
  SpMatch m;
  g_assert_true (sp_roster_lookup (r, "Bill", SP_CASE_TITLE, SP_LOOKUP_NAMES | SP_LOOKUP_LOOSE, &m));
  g_assert_cmpint (m.tier, ==, SP_TIER_PREFIX);
  g_assert_cmpuint (m.n_candidates, ==, 1);
  g_assert_cmpuint (m.entry, ==, bill);
  g_assert_true (sp_roster_lookup (r, "Kate", SP_CASE_TITLE, SP_LOOKUP_NAMES | SP_LOOKUP_LOOSE, &m));
  g_assert_cmpuint (m.n_candidates, ==, 2);
  g_assert_false (sp_roster_lookup (r, "Lisa", SP_CASE_TITLE, SP_LOOKUP_NAMES | SP_LOOKUP_LOOSE, &m));
  /* not without the loose tiers */
  g_assert_false (sp_roster_lookup (r, "Bill", SP_CASE_TITLE, SP_LOOKUP_NAMES, &m));
  /* a familiar form of two letters that the name begins with, listed;
   * no other prefix that short */
  guint ed = sp_roster_add (r, "Edward Yang", NULL, NULL, NULL, NULL, SP_SOURCE_ATTENDEES);
  sp_roster_add (r, "Nora Quinn", NULL, NULL, NULL, NULL, SP_SOURCE_ATTENDEES);
  g_assert_true (sp_roster_lookup (r, "Ed", SP_CASE_TITLE, SP_LOOKUP_NAMES | SP_LOOKUP_LOOSE, &m));
  g_assert_cmpuint (m.entry, ==, ed);
  g_assert_false (sp_roster_lookup (r, "No", SP_CASE_TITLE, SP_LOOKUP_NAMES | SP_LOOKUP_LOOSE, &m));
  /* a Polish diminutive, the name written with its letters */
  guint bartek = sp_roster_add (r, "Bart\u0142omiej Iwa\u0144czuk", NULL, NULL, NULL, NULL, SP_SOURCE_ATTENDEES);
  g_assert_true (sp_roster_lookup (r, "Bartek", SP_CASE_TITLE, SP_LOOKUP_NAMES | SP_LOOKUP_LOOSE, &m));
  g_assert_cmpuint (m.entry, ==, bartek);
  /* a handle of first initial, middle initial and surname */
  guint bryan = sp_roster_add (r, "Bryan Mills", NULL, NULL, NULL, NULL, SP_SOURCE_ATTENDEES);
  g_assert_true (sp_roster_lookup (r, "bcmills", SP_CASE_LOWER, SP_LOOKUP_NAMES | SP_LOOKUP_LOOSE, &m));
  g_assert_cmpuint (m.entry, ==, bryan);
  g_assert_false (sp_roster_lookup (r, "bcmill", SP_CASE_LOWER, SP_LOOKUP_NAMES | SP_LOOKUP_LOOSE, &m));
  /* and one of the surname and the first letters of the first name */
  guint pratt = sp_roster_add (r, "Michael Pratt", NULL, NULL, NULL, NULL, SP_SOURCE_ATTENDEES);
  g_assert_true (sp_roster_lookup (r, "prattmic", SP_CASE_LOWER, SP_LOOKUP_NAMES | SP_LOOKUP_LOOSE, &m));
  g_assert_cmpuint (m.entry, ==, pratt);
  g_assert_true (sp_roster_lookup (r, "millsb", SP_CASE_LOWER, SP_LOOKUP_NAMES | SP_LOOKUP_LOOSE, &m));
  g_assert_cmpuint (m.entry, ==, bryan);
  g_assert_false (sp_roster_lookup (r, "prattmik", SP_CASE_LOWER, SP_LOOKUP_NAMES | SP_LOOKUP_LOOSE, &m));
  g_assert_false (sp_roster_lookup (r, "prattmicha", SP_CASE_LOWER, SP_LOOKUP_NAMES | SP_LOOKUP_LOOSE, &m));
  /* or of the first letters of the first name and the surname */
  guint olu = sp_roster_add (r, "Olusegun Adeyemi", NULL, NULL, NULL, NULL, SP_SOURCE_ATTENDEES);
  g_assert_true (sp_roster_lookup (r, "olu_adeyemi", SP_CASE_LOWER, SP_LOOKUP_NAMES | SP_LOOKUP_LOOSE, &m));
  g_assert_cmpuint (m.entry, ==, olu);
  g_assert_false (sp_roster_lookup (r, "ola_adeyemi", SP_CASE_LOWER, SP_LOOKUP_NAMES | SP_LOOKUP_LOOSE, &m));
  /* or of the surname's first letters, when one person's surname opens so */
  guint gri = sp_roster_add (r, "Robert Griesemer", NULL, NULL, NULL, NULL, SP_SOURCE_ATTENDEES);
  g_assert_true (sp_roster_lookup (r, "gri", SP_CASE_LOWER, SP_LOOKUP_NAMES | SP_LOOKUP_LOOSE, &m));
  g_assert_cmpuint (m.n_candidates, ==, 1);
  g_assert_cmpuint (m.entry, ==, gri);
  sp_roster_add (r, "Ana Grimes", NULL, NULL, NULL, NULL, SP_SOURCE_ATTENDEES);
  g_assert_true (sp_roster_lookup (r, "gri", SP_CASE_LOWER, SP_LOOKUP_NAMES | SP_LOOKUP_LOOSE, &m));
  g_assert_cmpuint (m.n_candidates, ==, 2);
  g_assert_false (sp_roster_lookup (r, "gr", SP_CASE_LOWER, SP_LOOKUP_NAMES | SP_LOOKUP_LOOSE, &m));
  /* or of the first letters of both names */
  guint dmitri = sp_roster_add (r, "Dmitri Shuralyov", NULL, NULL, NULL, NULL, SP_SOURCE_ATTENDEES);
  g_assert_true (sp_roster_lookup (r, "dmitshur", SP_CASE_LOWER, SP_LOOKUP_NAMES | SP_LOOKUP_LOOSE, &m));
  g_assert_cmpuint (m.n_candidates, ==, 1);
  g_assert_cmpuint (m.entry, ==, dmitri);
  g_assert_false (sp_roster_lookup (r, "dmitshux", SP_CASE_LOWER, SP_LOOKUP_NAMES | SP_LOOKUP_LOOSE, &m));
  g_assert_false (sp_roster_lookup (r, "Dmitshur", SP_CASE_TITLE, SP_LOOKUP_NAMES | SP_LOOKUP_LOOSE, &m));
  /* a handle, in lower case: "Grie" in Title case is no short surname */
  g_assert_false (sp_roster_lookup (r, "Grie", SP_CASE_TITLE, SP_LOOKUP_NAMES | SP_LOOKUP_LOOSE, &m));
  sp_roster_free (r);

  static const char text[] = "# Sync\n\nAttendees: William Turner, Robert Chen, Elizabeth Moore, Bill Ray\n\n"
                             "- Robert: the release is green\n" /* 5 */
                             "- Liz: the review is on Friday\n" /* 6 */
                             "- Bill: I can join\n"             /* 7 */
                             "- Lisa: me too\n";                /* 8 */
  g_autoptr (NpDocument) doc = run_text ("sync.md", text, NULL);
  assert_speakers (doc, 5, "Robert Chen");
  assert_speakers (doc, 6, "Elizabeth Moore");
  assert_speakers (doc, 7, "Bill Ray"); /* a first name before a familiar form */
  assert_speakers (doc, 8, "Lisa");     /* beside turns, nobody's familiar form */

  /* a familiar first name and the surname's initial tells two Joshuas
   * apart ("Josh R:", "Josh P.:") */
  static const char joshes[] = "# TSC\n\nPresent: Joshua Reyes, Joshua Pike, Ann Lee\n\n"
                               "- Josh R: no new reports\n" /* 5 */
                               "- Josh P.: the docs worry me\n"  /* 6 */
                               "- Ann: ok\n";
  g_autoptr (NpDocument) jdoc = run_text ("joshes.md", joshes, NULL);
  assert_speakers (jdoc, 5, "Joshua Reyes");
  assert_speakers (jdoc, 6, "Joshua Pike");

  /* ... or the initials of a hyphenated surname's parts ("Josh B-W" for
   * Josh Brown-White beside Josh Baker; "Josh B-K" is neither of them,
   * a speaker kept as written) */
  static const char hyphens[] = "# WG\n\nPresent: Josh Brown-White, Josh Baker, Ann Lee\n\n"
                                "- Josh B-W: consider hackerone\n" /* 5 */
                                "- Ann: ok\n"
                                "- Josh B-K: maybe bug crowd\n";   /* 7 */
  g_autoptr (NpDocument) hdoc = run_text ("hyphens.md", hyphens, NULL);
  assert_speakers (hdoc, 5, "Josh Brown-White");
  assert_speakers (hdoc, 7, "Josh B-K");

  /* no list: a full name said once before a colon, whose first name marks
   * turns ("Chris Wood: ..." and "Chris: ..."), is theirs, and "Chris:" is
   * that person; "Christian:", a given name of its own, is someone else */
  static const char wg[] = "Importing PSKs\n==============\n\n"
                           "Chris Wood: Changes from -00: more specific.\n\n" /* 4 */
                           "PR open to describe the attack\n\n"
                           "Mohit: Some people thought this was a misconfiguration.\n\n"
                           "Chris: I mainly want to ensure we do not regress.\n\n" /* 10 */
                           "Christian: Very cool work.\n\n"                      /* 12 */
                           "Mohit: agreed.\n";
  g_autoptr (NpDocument) pdoc = run_text ("wg.md", wg, NULL);
  assert_speakers (pdoc, 4, "Chris Wood");
  assert_speakers (pdoc, 10, "Chris Wood");
  assert_speakers (pdoc, 12, "Christian");

  /* the initial of the first of two surnames ("Pablo G" for Pablo Galindo
   * Salgado); the last word's initial first ("Josh R" is Reyes beside
   * Joshua Ryan Pike) */
  static const char surnames[] = "# Council\n\nPresent: Pablo Galindo Salgado, Joshua Reyes, Joshua Ryan Pike\n\n"
                                 "- Pablo G: the council has members\n" /* 5 */
                                 "- Josh R: no new reports\n"           /* 6 */
                                 "- Josh P: the docs worry me\n";       /* 7 */
  g_autoptr (NpDocument) sdoc = run_text ("surnames.md", surnames, NULL);
  assert_speakers (sdoc, 5, "Pablo Galindo Salgado");
  assert_speakers (sdoc, 6, "Joshua Reyes");
  assert_speakers (sdoc, 7, "Joshua Ryan Pike");

  /* a first name one person has whole and another's opens with, and the
   * initial of the other's surname ("Chris H" beside Chris de Almeida) */
  static const char chrises[] = "# TC\n\nPresent: Wes Todd, Chris de Almeida, Christopher Hiller\n\n"
                                "- Wes: 5.0.0 is out\n"                    /* 5 */
                                "- Chris H: does mocha get the fix?\n"     /* 6 */
                                "- Chris D: I will review the threat model\n"; /* 7 */
  g_autoptr (NpDocument) cdoc = run_text ("chris.md", chrises, NULL);
  assert_speakers (cdoc, 6, "Christopher Hiller");
  assert_speakers (cdoc, 7, "Chris de Almeida");

  /* a title and a surname's initial ("Prof. W:", "Dr. K.:"): the one
   * person of the document whose surname opens with it; two such people,
   * or none, and the mark is as written */
  static const char seminar[] = "# Seminar\n\nInstructor: Prof. Helen Whitaker\n"
                                "Students: Maya Chen, Tom Reyes, Priya Kaur, Karl Kuhn\n\n"
                                "- Prof. W: today, allocators\n"         /* 6 */
                                "- Maya: is a slab a pool?\n"            /* 7 */
                                "- Prof. W.: close, one size of object\n" /* 8 */
                                "- Dr. K: what of the caches?\n"         /* 9 */
                                "- Mr. Z: a caller asked about fees\n";   /* 10 */
  g_autoptr (NpDocument) wdoc = run_text ("seminar.md", seminar, NULL);
  assert_speakers (wdoc, 6, "Helen Whitaker");
  assert_speakers (wdoc, 8, "Helen Whitaker");
  assert_speakers (wdoc, 9, "Dr. K");
  assert_speakers (wdoc, 10, "Mr. Z");

  /* initials with their stops ("A.S.:") are the abbreviation ("AS"); a
   * region of a report ("U.S.:", "EMEA:") and "N.B.:" are labels */
  static const char dotted[] = "# Sync\n\nAttendees: Alice Smith, Bob Jones\n\n"
                               "- A.S.: one more point on the runbook\n" /* 5 */
                               "- B.J.: fine\n"                          /* 6 */
                               "- U.S.: the market is slow\n"            /* 7 */
                               "- EMEA: sales are up\n"                  /* 8 */
                               "- N.B.: remember the freeze\n"           /* 9 */
                               "- A.Sx: no initials\n";                  /* 10 */
  g_autoptr (NpDocument) ddoc = run_text ("dotted.md", dotted, NULL);
  assert_speakers (ddoc, 5, "Alice Smith");
  assert_feature (ddoc, 5, "mentions", "A.S.:");
  assert_speakers (ddoc, 6, "Bob Jones");
  assert_speakers (ddoc, 7, "NONE");
  assert_speakers (ddoc, 8, "NONE");
  assert_speakers (ddoc, 9, "NONE");
  assert_speakers (ddoc, 10, "NONE");

  /* a familiar form said once, between items with no mark: the
   * attendee's, as a first name said once would be */
  static const char once[] = "# Council\n\n**Attendees:** Barry Warsaw, Gregory P. Smith, Emily Morehouse\n\n"
                             "- Barry reported on the plan.\n"           /* 5 */
                             "- Greg: we need an off switch first.\n"     /* 6 */
                             "- The council agreed to fund the sprint.\n" /* 7 */
                             "- Note: nothing else.\n";                   /* 8 */
  g_autoptr (NpDocument) doc2 = run_text ("council.md", once, NULL);
  assert_speakers (doc2, 6, "Gregory P. Smith");
  assert_speakers (doc2, 5, "NONE");
  assert_speakers (doc2, 8, "NONE");
}

/* Names of three words: the given names without the surname ("Mary
 * Ann"), the first of two surnames ("Pablo Galindo"), a surname with its
 * particles, in either case ("van Rossum", "De la Cruz"); a part of a
 * hyphenated surname with the first name ("TabAtkins", "Tab Atkins") */
static void
test_name_parts (void)
{
  static const char text[] = "# Sync\n\nAttendees: Mary Ann Evans, Pablo Galindo Salgado, Guido van Rossum, "
                             "Maria de la Cruz, Ann Lee, Tab Atkins-Bittner\n\n"
                             "- Ann: hi\n"                /* 5 */
                             "- Mary Ann: docs ready\n"   /* 6 */
                             "- Pablo Galindo: parser\n"  /* 7 */
                             "- van Rossum: fine\n"       /* 8 */
                             "- De la Cruz: budget ok\n"  /* 9 */
                             "- de facto: a label\n"      /* 10 */
                             "- TabAtkins: two proposals\n" /* 11 */
                             "- Tab Atkins: agreed\n";    /* 12 */
  g_autoptr (NpDocument) doc = run_text ("sync.md", text, NULL);
  assert_speakers (doc, 6, "Mary Ann Evans");
  assert_speakers (doc, 7, "Pablo Galindo Salgado");
  assert_speakers (doc, 8, "Guido van Rossum");
  assert_speakers (doc, 9, "Maria de la Cruz");
  assert_speakers (doc, 10, "NONE");
  assert_speakers (doc, 11, "Tab Atkins-Bittner"); /* a hyphenated surname's part */
  assert_speakers (doc, 12, "Tab Atkins-Bittner");
  /* a name with a number among its words, as the list writes it, before
   * a colon ("The 8472", a nickname of the Rust teams') */
  static const char numbered[] = "# Libs-API\n\nAttendees: Amanieu, Josh, The 8472\n\n"
                                 "- Josh: uncontroversial.\n"
                                 "- The 8472: should we worry about codegen?\n" /* 6 */
                                 "- Issue 8472: no owner yet.\n";              /* 7 */
  g_autoptr (NpDocument) ndoc = run_text ("libs.md", numbered, NULL);
  assert_speakers (ndoc, 6, "The 8472");
  assert_speakers (ndoc, 7, "NONE");
}

static void
test_empty_and_odd (void)
{
  const char *const texts[] = { "", "\n\n", "[", "[]", "[ ] x", ":", "?: ", "- :\n- [\n", "a: b: c: d",
                                "[a & & b] x", "<>", "**:**", "JSL", "JSL:", NULL };
  for (guint i = 0; texts[i]; i++)
    {
      g_autoptr (NpDocument) doc = run_text ("odd.md", texts[i], NULL);
      g_assert_nonnull (np_document_get_layer (doc, "speakers.turn"));
    }
}

/* Scribed minutes as a web working group writes them: "<nick> text"
 * lines, a scribe's "nick: text" with a lowercase first name, label lines
 * in capitals, and action summaries whose brackets hold a status. */
static void
test_scribed_minutes (void)
{
  static const char text[] =
    "WebApps WG teleconference -- 12 March 2024\n"                 /* 1 */
    "\n"                                                            /* 2 */
    "Present: Marcos Caceres, Anne van Kesteren, Leonie Watson, Xiaoqian Wu\n" /* 3 */
    "Regrets: Chaals McCathie Nevile\n"                             /* 4 */
    "Chair: Leonie Watson\n"                                        /* 5 */
    "Scribe: Marcos Caceres\n"                                      /* 6 */
    "\n"                                                            /* 7 */
    "Topic: Clipboard API\n"                                        /* 8 */
    "\n"                                                            /* 9 */
    "<Leonie> Let's start with the clipboard API.\n"                /* 10 */
    "<marcos> We have two implementations now.\n"                   /* 11 */
    "<annevk> The permission model is still unclear.\n"             /* 12 */
    "marcos: Chrome ships it behind a flag.\n"                      /* 13 */
    "Leonie: Any objections to moving to CR?\n"                     /* 14 */
    "RESOLUTION: Move Clipboard API to CR.\n"                       /* 15 */
    "ACTION: marcos to draft the transition request.\n"            /* 16 */
    "\n"                                                            /* 17 */
    "annevk: display_override needs tests.\n"                       /* 18 */
    "Scribenick: xiaoqian\n"                                        /* 19 */
    "xiaoqian: I'll add WPT tests.\n"                               /* 20 */
    "\n"                                                            /* 21 */
    "[NEW] ACTION: xiaoqian to add tests\n"                         /* 22 */
    "[PENDING] ACTION: marcos to draft the request\n";              /* 23 */
  g_autoptr (NpDocument) doc = run_text ("webapps.txt", text, NULL);
  guint n;
  np_document_get_attendees (doc, &n);
  g_assert_cmpuint (n, ==, 5); /* the chair and the scribe are listed once */
  assert_speakers (doc, 10, "Leonie Watson");
  assert_speakers (doc, 11, "Marcos Caceres");
  assert_speakers (doc, 12, "Anne van Kesteren");
  /* a first name in lower case opens a turn of its own, not a line of
   * the one above */
  assert_speakers (doc, 13, "Marcos Caceres");
  assert_speakers (doc, 14, "Leonie Watson");
  assert_speakers (doc, 15, "NONE");
  assert_speakers (doc, 16, "NONE");
  assert_speakers (doc, 18, "Anne van Kesteren");
  assert_speakers (doc, 19, "NONE");
  assert_speakers (doc, 20, "Xiaoqian Wu");
  assert_speakers (doc, 22, "NONE");
  assert_speakers (doc, 23, "NONE");
}

/* Minutes with no attendee list where each person speaks once: full
 * names in a run of sibling items are speakers, and single names among
 * them when the run is a dialogue; Title-case labels in a run ("Target
 * Version:", "Project Alpha:" over "Project Beta:") are not, nor is a
 * full name alone. */
static void
test_one_off_full_names (void)
{
  static const char text[] =
    "# HTTP WG\n"                                                /* 1 */
    "\n"                                                         /* 2 */
    "## Cookies\n"                                               /* 3 */
    "\n"                                                         /* 4 */
    "- Alice Smith: is the date format settled?\n"               /* 5 */
    "- Bob Jones: yes, only one format.\n"                       /* 6 */
    "- Carol White (Acme): what about partitioned cookies?\n"    /* 7 */
    "\n"                                                         /* 8 */
    "## Release\n"                                               /* 9 */
    "\n"                                                         /* 10 */
    "- Target Version: the next version after 1.2\n"             /* 11 */
    "- Code Freeze: two weeks before the version ships\n"        /* 12 */
    "\n"                                                         /* 13 */
    "## Other\n"                                                 /* 14 */
    "\n"                                                         /* 15 */
    "- Dan Brown: a lone remark\n"                               /* 16 */
    "- the rest was deferred\n"                                  /* 17 */
    "\n"                                                         /* 18 */
    "## Status\n"                                                /* 19 */
    "\n"                                                         /* 20 */
    "- Project Alpha: on track for June\n"                       /* 21 */
    "- Project Beta: delayed by two weeks\n"                     /* 22 */
    "- Platform Team: hiring two engineers\n"                    /* 23 */
    "- Data Team: migration done\n";                             /* 24 */
  g_autoptr (NpDocument) doc = run_text ("http.md", text, NULL);
  assert_speakers (doc, 5, "Alice Smith");
  assert_speakers (doc, 6, "Bob Jones");
  assert_speakers (doc, 7, "Carol White");
  assert_speakers (doc, 11, "NONE");
  assert_speakers (doc, 12, "NONE");
  assert_speakers (doc, 16, "NONE");
  /* a family of labels shares words: no people */
  for (guint line = 21; line <= 24; line++)
    assert_speakers (doc, line, "NONE");

  /* two full names in a row are people where the notes have other turns,
   * not where nothing else is said to anyone */
  static const char two[] = "# Call\n\n- Erin Hale: the build is green\n- Finn Moss: ship it\n";
  g_autoptr (NpDocument) alone = run_text ("two.md", two, NULL);
  assert_speakers (alone, 3, "NONE");
  assert_speakers (alone, 4, "NONE");
  static const char more[] = "# Call\n\n- Erin Hale: the build is green\n- Finn Moss: ship it\n\n"
                             "- [gus] later\n";
  g_autoptr (NpDocument) with_turns = run_text ("more.md", more, NULL);
  assert_speakers (with_turns, 3, "Erin Hale");
  assert_speakers (with_turns, 4, "Finn Moss");

  /* single names in the run: a full name's person speaking again by the
   * first name, or two full names beside them, make a dialogue; one full
   * name among single names is a list of products as well as people */
  static const char mixed[] =
    "# QUIC\n\n## Acks\n\n"                                           /* 1-3 */
    "Ian Swett: implementations shipped this already.\n"                  /* 5 */
    "Jana: what about the reordering threshold?\n"                        /* 6 */
    "Ian: it is negotiated.\n\n"                                          /* 7 */
    "## Cookies\n\n"                                                      /* 9 */
    "- Steven Bingler (Google): we want to ship it in Q3.\n"             /* 11 */
    "- Ekr: is there data on breakage?\n"                                 /* 12 */
    "- Tommy Pauly (Apple): we see similar numbers.\n\n"                  /* 13 */
    "## Status\n\n"                                                       /* 15 */
    "- Firefox: shipped in 128\n"                                         /* 17 */
    "- Chrome: behind a flag\n"                                           /* 18 */
    "- Safari Technology Preview: in progress\n\n"                        /* 19 */
    "## Teams\n\n"                                                        /* 21 */
    "- Platform: migrated the runners\n"                                  /* 23 */
    "- Data Team: new dashboards\n"                                       /* 24 */
    "- Team: hiring\n";                                                   /* 25 */
  g_autoptr (NpDocument) dialogue = run_text ("mixed.md", mixed, NULL);
  assert_speakers (dialogue, 5, "Ian Swett");
  assert_speakers (dialogue, 6, "Jana");
  assert_speakers (dialogue, 7, "Ian Swett");
  assert_speakers (dialogue, 11, "Steven Bingler");
  assert_speakers (dialogue, 12, "Ekr");
  assert_speakers (dialogue, 13, "Tommy Pauly");
  for (guint line = 17; line <= 19; line++)
    assert_speakers (dialogue, line, "NONE");
  for (guint line = 23; line <= 25; line++)
    assert_speakers (dialogue, line, "NONE");

  /* a run past eight names is compared by tables: the same verdicts */
  static const char *const person_again[] = { "Ann Lee", "Bo", "Cy", "Di", "Ed", "Fay", "Gus", "Hal", "Ann Lee",
                                              "Ann", NULL };
  static const char *const surname_alone[] = { "Ann Lee", "Bo", "Cy", "Di", "Ed", "Fay", "Gus", "Hal", "Ida",
                                               "Lee", NULL };
  for (guint k = 0; k < 2; k++)
    {
      g_autoptr (GString) md = g_string_new ("# Big\n\n");
      for (const char *const *n = k ? surname_alone : person_again; *n; n++)
        g_string_append_printf (md, "- %s: something said here\n", *n);
      g_autoptr (NpDocument) big = run_text ("big.md", md->str, NULL);
      assert_speakers (big, 4, k ? "NONE" : "Bo");
      assert_speakers (big, 12, k ? "NONE" : "Ann Lee");
    }

  /* where the roster names the speakers, an unknown full name is a
   * product or a company, even in a run */
  static const char rich[] =
    "# Sync\n\nAttendees: Ann Lee, Bo Chen, Cy Diaz, Di Fox, Ed Gray\n\n"   /* 1-3 */
    "- Ann: one\n- Bo: two\n- Cy: three\n- Di: four\n- Ed: five\n\n"       /* 5-9 */
    "## Browsers\n\n"                                                       /* 11 */
    "- Mozilla Firefox: behind a flag\n- Google Chrome: shipped\n"          /* 13-14 */
    "- Apple Safari: no signal\n";                                           /* 15 */
  g_autoptr (NpDocument) browsers = run_text ("rich.md", rich, NULL);
  assert_speakers (browsers, 5, "Ann Lee");
  for (guint line = 13; line <= 15; line++)
    assert_speakers (browsers, line, "NONE");

  /* an attendee's full name with no delimiter, said once: a turn when
   * speech follows, not a sentence about the person */
  static const char summit[] = "GopherCon Contributor Summit\n\n"
                               "Attendees: Michael Knyszek, Ian Lance Taylor, Chris Dickinson, Ann Lee, Dana Wong, Eve Park\n\n"
                               "Session 1\n\n"                                          /* 5 */
                               "- [ann] the telemetry prompt is shown once\n"            /* 7 */
                               "- Michael Knyszek we could show it in gopls\n"           /* 8 */
                               "- Ian Lance Taylor I think the docs are fine\n"          /* 9 */
                               "- Chris Dickinson recently released a new tool\n"        /* 10 */
                               "- Dana Wong and Ann Lee presented the tracer\n"         /* 11 */
                               "- Eve Park Yes, the tool is out\n";                    /* 12 */
  g_autoptr (NpDocument) once = run_text ("summit.txt", summit, NULL);
  assert_speakers (once, 7, "Ann Lee");
  assert_speakers (once, 8, "Michael Knyszek");
  assert_speakers (once, 9, "Ian Lance Taylor");
  assert_speakers (once, 10, "NONE");
  assert_speakers (once, 11, "NONE");
  /* a full name, then an answer and a comma: not one name of three words */
  assert_speakers (once, 12, "Eve Park");

  /* a recap in prose: a name that recurs as a sentence's subject, a past
   * form after it, is nobody's turn */
  static const char recap[] = "Summit recap\n\nAttendees: Russ Cox, Austin Clements\n\nModules\n\n"
                              "Russ Cox talked about versioning.\n\n"   /* 7 */
                              "Russ Cox answered questions.\n\n"        /* 9 */
                              "Austin Clements demonstrated the tracer.\n\n" /* 11 */
                              "Austin Clements discusses the scheduler.\n";    /* 13 */
  g_autoptr (NpDocument) prose = run_text ("recap.txt", recap, NULL);
  for (guint line = 7; line <= 13; line += 2)
    assert_speakers (prose, line, "NONE");
  /* a question the name asks, its verb first, is a turn */
  static const char asks[] = "Summit recap\n\nAttendees: Russ Cox, Austin Clements\n\nModules\n\n"
                             "- Russ Cox the proxy is ready\n"                 /* 7 */
                             "- Austin Clements is there a cost to it?\n"     /* 8 */
                             "- Austin Clements is working on the tracer.\n"; /* 9 */
  g_autoptr (NpDocument) asking = run_text ("asks.txt", asks, NULL);
  assert_speakers (asking, 8, "Austin Clements");
  assert_speakers (asking, 9, "NONE");

  /* a write-up that marks its speakers by full names with no delimiter,
   * one of them a speaker by recurrence: the others said once are
   * speakers too, speech after the name; a sentence about someone is not */
  static const char pysummit[] = "Language summit\n\nDiscussion\n\n"
                               "- Mark Shannon The 40% number worries me\n"        /* 5 */
                               "- Thomas Wouters From the SC side it is experimental\n" /* 6 */
                               "- Q: what about C extensions?\n"                    /* 7 */
                               " - Sam Gross they get the GIL back at import\n"      /* 8 */
                               " - Petr Viktorin the stable ABI does not work yet\n" /* 9 */
                               "- Eric Snow presented subinterpreters\n"           /* 10 */
                               "- Sam Gross we will fix that in 3.14\n"             /* 11 */
                               "- Mark: the specializer needs to be thread safe\n"; /* 12 */
  g_autoptr (NpDocument) style = run_text ("summit.txt", pysummit, NULL);
  assert_speakers (style, 5, "Mark Shannon");
  assert_speakers (style, 6, "Thomas Wouters");
  assert_speakers (style, 8, "Sam Gross");
  assert_speakers (style, 9, "Petr Viktorin");
  assert_speakers (style, 10, "NONE");
  assert_speakers (style, 12, "Mark Shannon");
  /* a name of three words no roster has, written whole twice: all three
   * words; one written once keeps two ("Roland Shoemaker One idea") */
  static const char three[] = "Summit notes\n\n- Iterators shipped\n"
                              "- Ian Lance Taylor the main feedback is about naming\n" /* 4 */
                              " - Jonathan Amsterdam we could have used Pairs\n"
                              " - Ian Lance Taylor it is not going to change\n"         /* 6 */
                              "- Roland Shoemaker One idea is to vendor it\n"           /* 7 */
                              " - Roland Shoemaker we could do that\n";
  g_autoptr (NpDocument) names3 = run_text ("three.txt", three, NULL);
  assert_speakers (names3, 4, "Ian Lance Taylor");
  assert_speakers (names3, 6, "Ian Lance Taylor");
  assert_speakers (names3, 7, "Roland Shoemaker");
  /* a middle initial between the names: the roster's person, or a name
   * written so twice; said once and known to nobody, capitalized words
   * ("John F. Kennedy Airport is closed") */
  static const char initial[] = "Summit notes\n\nAttendees: Austin C. Traces, Roland Shoemaker\n\n"
                                "- Austin C. Traces One idea is to ship the package first\n" /* 5 */
                                " - Roland Shoemaker why not wait for the proposal\n"
                                "- Mary Q. Contrary the proposal is ready\n"                 /* 7 */
                                " - Austin Traces why not ship it now\n"                     /* 8 */
                                "- Mary Q. Contrary we ship next week\n";                   /* 9 */
  g_autoptr (NpDocument) middle = run_text ("initial.txt", initial, NULL);
  assert_speakers (middle, 5, "Austin C. Traces");
  assert_speakers (middle, 7, "Mary Q. Contrary");
  assert_speakers (middle, 8, "Austin C. Traces");
  assert_speakers (middle, 9, "Mary Q. Contrary");
  static const char places[] = "Notes\n\n- John F. Kennedy Airport is closed, so we meet online\n"
                               "- Harry S. Truman Library hosts the archive\n";
  g_autoptr (NpDocument) named = run_text ("places.txt", places, NULL);
  assert_speakers (named, 3, "NONE");
  assert_speakers (named, 4, "NONE");
  /* without a speaker among them, two such names are capitalized words */
  static const char two_names[] = "Notes\n\n- Mark Shannon The 40% number worries me\n"
                            "- Thomas Wouters From the SC side it is experimental\n";
  g_autoptr (NpDocument) none = run_text ("two.txt", two_names, NULL);
  assert_speakers (none, 3, "NONE");
  assert_speakers (none, 4, "NONE");

  /* notes that mark their speakers by nickname, four of them: a fifth
   * said once is one more voice, a word of the text is not */
  static const char nicks[] = "Generics\n\n"
                              "- rsc: usage is lower than expected\n"  /* 3 */
                              "- griesemer: inference has bug reports\n"
                              "- mvdan: gofumpt had to rewrite code\n"
                              "- ian: not any time soon\n"
                              "- rsc: and the spec\n"                  /* 7 */
                              "- griesemer: agreed\n"
                              "- mvdan: fine\n"
                              "- ian: sure\n"
                              "  - keith: we know about the lookup cost\n" /* 11 */
                              "- update: the lookup is slow\n"          /* 12 */
                              "- we will update the docs\n";
  g_autoptr (NpDocument) nick = run_text ("nicks.txt", nicks, NULL);
  assert_speakers (nick, 11, "keith");
  assert_speakers (nick, 12, "NONE");
  /* a noun made from a verb under a speaker's point is that point's
   * topic, whoever stands beside it ("motivation: ..." under "Oleg: ...") */
  static const char topic[] = "- LB: we made the syntax rule\n"
                              "- Oleg: relaxing validation rules\n"
                              "  - motivation: type extension several times\n" /* 3 */
                              "  - compose resolution logic\n"
                              "- LB: no order of directives\n"
                              "- JS: fine\n";
  g_autoptr (NpDocument) tdoc = run_text ("topic.md", topic, NULL);
  assert_speakers (tdoc, 2, "Oleg");
  assert_speakers (tdoc, 3, "NONE");
  /* nicknames with digits ("ko1", "aduh95") are nicknames too, as the
   * fifth and as the four */
  static const char digits[] = "# Meeting\n\n"
                               "- nobu: rescue in brace blocks\n" /* 3 */
                               "- matz: the syntax is ugly\n"
                               "- ko1: later\n"
                               "- aduh95: fine by me\n"
                               "- nobu: then do-end only\n"        /* 7 */
                               "- matz: accepted\n"
                               "- ko1: sure\n"
                               "- aduh95: ok\n"
                               "\n## Later\n\n"
                               "jeremyevans0: it raises in 3.3\n"   /* 14 */
                               "\nv8: updated to 11.3\n";           /* 16 */
  g_autoptr (NpDocument) nick_digits = run_text ("digits.md", digits, NULL);
  assert_speakers (nick_digits, 14, "jeremyevans0");
  assert_speakers (nick_digits, 16, "NONE");

  /* the asker of a question a turn answers, said once; a topic put as a
   * question over turns stays a topic */
  static const char qa[] = "# Discussion\n\n"
                           "- Brett: can we get cibuildwheel support early?\n"  /* 3 */
                           "  - Sam Gross: yes, there is a PR\n"                  /* 4 */
                           "  - Sam Gross: and the betas have it\n"               /* 5 */
                           "\n# Planning\n\n"
                           "- Verkle: Ship it in Pectra?\n"                      /* 9 */
                           "  - Sam Gross: not this year\n";                      /* 10 */
  /* a handle the notes also name as an owner is a speaker still when it
   * is a mark more often than a word */
  static const char owners[] = "Deprecation notes\n\n"
                               "- liggitt: in-tree cloud providers are gone\n"
                               "- thockin: we should write down what deprecated means\n" /* 4 */
                               "- aojea: they were on very old distros\n"                /* 5 */
                               "- thockin: kube-proxy userspace mode removal broke people\n"
                               "- thockin: one policy doc for all kinds\n"
                               "- Action: thockin to open a PR against the policy doc\n" /* 8 */
                               "- Reviewers: thockin, liggitt\n";
  g_autoptr (NpDocument) owned = run_text ("owners.txt", owners, NULL);
  assert_speakers (owned, 4, "thockin");
  assert_speakers (owned, 5, "aojea");
  assert_speakers (owned, 8, "NONE");
  g_autoptr (NpDocument) asked = run_text ("qa.md", qa, NULL);
  assert_speakers (asked, 3, "Brett");
  assert_speakers (asked, 4, "Sam Gross");
  assert_speakers (asked, 9, "NONE");
}

void
add_people_tests (void)
{
  g_test_add_func ("/speakers/resolve/ambiguous", test_ambiguous);
  g_test_add_func ("/speakers/resolve/names-from-marks", test_names_from_marks);
  g_test_add_func ("/speakers/resolve/handle-then-name", test_handle_then_name);
  g_test_add_func ("/speakers/layer/person", test_person_layer);
  g_test_add_func ("/speakers/layer/replies", test_replies);
  g_test_add_func ("/speakers/summary", test_summary);
  g_test_add_func ("/speakers/summary/replies", test_summary_replies);
  g_test_add_func ("/speakers/summary/replies-top", test_summary_replies_top);
  g_test_add_func ("/speakers/resolve/typo-tier", test_typo_tier);
  g_test_add_func ("/speakers/resolve/familiar-names", test_familiar_names);
  g_test_add_func ("/speakers/resolve/accents-and-guests", test_accents_and_guests);
  g_test_add_func ("/speakers/resolve/name-parts", test_name_parts);
  g_test_add_func ("/speakers/robustness/empty-and-odd", test_empty_and_odd);
  g_test_add_func ("/speakers/mark/web-wg-minutes", test_scribed_minutes);
  g_test_add_func ("/speakers/mark/one-off-full-names", test_one_off_full_names);
  g_test_add_func ("/speakers/mark/name-head-among-turns", test_name_head_among_turns);
  g_test_add_func ("/speakers/mark/full-name-of-handle", test_full_name_of_handle);
  g_test_add_func ("/speakers/mark/full-name-between-turns", test_full_name_between_turns);
  g_test_add_func ("/speakers/mark/given-name-handle-beside-brackets", test_given_name_handle_beside_brackets);
}
