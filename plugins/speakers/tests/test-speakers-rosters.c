/* test-speakers-rosters.c: the speakers plugin's rosters: the option
 * roster=, discovery of a roster file kept with the notes, the files'
 * formats, and the people tables and presenters a document names.
 * Helpers in test-speakers.c. */
#include <archive.h>
#include <archive_entry.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "test-speakers.h"

static char *
write_file (const char *dir, const char *name, const char *content)
{
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr (GError) error = NULL;
  g_assert_true (g_file_set_contents (path, content, -1, &error));
  return path;
}

static const char roster_minutes[] = "# Minutes\n"
                                     "\n"
                                     "## Topic\n"
                                     "\n"
                                     "SYG: From the roster file.\n" /* 5 */
                                     "\n"
                                     "iant: From the TSV roster.\n" /* 7 */
                                     "\n"
                                     "MS: Also from the roster.\n"; /* 9 */

static void
test_roster_option (void)
{
  g_autofree char *dir = g_dir_make_tmp ("speakers-XXXXXX", NULL);
  g_autofree char *names = write_file (dir, "people.list", "# delegates\nShu-yu Guo (SYG)\nMatt Sweeney (MS)\n");
  g_autofree char *tsv = write_file (dir, "aliases.tsv", "iant\tIan Lance Taylor\n");
  g_autofree char *option = g_strdup_printf ("roster=%s,%s", names, tsv);
  const char *const options[] = { option, NULL };
  g_autoptr (NpDocument) doc = run_text ("mem.md", roster_minutes, options);
  assert_speakers (doc, 5, "Shu-yu Guo");
  assert_speakers (doc, 7, "Ian Lance Taylor");
  assert_speakers (doc, 9, "Matt Sweeney");
  const NpAnnotation *p = person_named (doc, "Shu-yu Guo");
  g_assert_cmpstr (np_annotation_get_string (p, "source"), ==, "roster");

  /* without the option nothing resolves, and three unknown marks with
   * nothing around them are not enough to call them speakers */
  g_autoptr (NpDocument) plain = run_text ("mem.md", roster_minutes, NULL);
  assert_speakers (plain, 5, "NONE");

  /* attendees listed by their abbreviations alone name nobody in full:
   * the roster file does */
  static const char abbreviated[] = "# Call\n\nAttendees: SYG, MS\n\n## Topic\n\n"
                                    "SYG: From V8, closures are a concern.\n\nMS: Agreed.\n";
  g_autoptr (NpDocument) short_list = run_text ("call.md", abbreviated, options);
  assert_speakers (short_list, 7, "Shu-yu Guo");
  assert_speakers (short_list, 9, "Matt Sweeney");
  g_autoptr (NpDocument) no_file = run_text ("call.md", abbreviated, NULL);
  assert_speakers (no_file, 7, "SYG");

  g_unlink (names);
  g_unlink (tsv);
  g_rmdir (dir);
}

static void
test_roster_option_missing (void)
{
  g_autoptr (GError) error = NULL;
  NpConfig *config = np_config_new ();
  g_assert_true (np_config_set_option (config, "speakers.roster=/nonexistent/roster.txt", &error));
  const char *const plugins[] = { "speakers", NULL };
  NpPipeline *pipeline = np_pipeline_new (test_registry, plugins, config, &error);
  NpWorker *worker = pipeline ? np_worker_new (pipeline, &error) : NULL;
  g_assert_null (worker);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "plugin speakers: option roster: "));
  g_assert_nonnull (strstr (error->message, "/nonexistent/roster.txt"));
  if (pipeline)
    np_pipeline_free (pipeline);
  np_config_free (config);
}

/* sp_roster_discover() with a cache of its own finds a roster whose path
 * ends with suffix */
static void
assert_discovers (const char *notes, const char *const *names, const char *suffix)
{
  GHashTable *cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *found = sp_roster_discover (notes, names, 3, cache, NULL, NULL);
  g_assert_nonnull (found);
  g_assert_true (g_str_has_suffix (found, suffix));
  g_hash_table_unref (cache);
}

/* With option set, the notes' fifth item names no roster's person */
static void
assert_option_finds_none (const char *notes, const char *option)
{
  const char *const options[] = { option, NULL };
  NpDocument *doc = np_read_file (notes, NULL, NULL);
  run_doc (doc, options);
  assert_speakers (doc, 5, "NONE");
  np_document_unref (doc);
}

/* A gzipped tar at path holding the members given (name, text pairs) */
static void
write_tar_gz (const char *path, const char *const *members)
{
  struct archive *a = archive_write_new ();
  g_assert_cmpint (archive_write_set_format_pax_restricted (a), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_add_filter_gzip (a), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_open_filename (a, path), ==, ARCHIVE_OK);
  for (const char *const *m = members; *m; m += 2)
    {
      struct archive_entry *e = archive_entry_new ();
      archive_entry_set_pathname (e, m[0]);
      archive_entry_set_filetype (e, AE_IFREG);
      archive_entry_set_perm (e, 0644);
      archive_entry_set_size (e, strlen (m[1]));
      g_assert_cmpint (archive_write_header (a, e), ==, ARCHIVE_OK);
      g_assert_cmpint (archive_write_data (a, m[1], strlen (m[1])), ==, (la_ssize_t) strlen (m[1]));
      archive_entry_free (e);
    }
  g_assert_cmpint (archive_write_close (a), ==, ARCHIVE_OK);
  archive_write_free (a);
}

/* The member source of the archive at path read and run with option
 * (or none); its fifth item's speakers, and in *warning (may be NULL) the
 * plugin's warning, if any */
static char *
archived_speakers_warned (const char *archive, const char *member, const char *option, char **warning)
{
  g_autofree char *source = g_strconcat (archive, "!", member, NULL);
  g_autoptr (GError) error = NULL;
  NpDocument *doc = np_read_bytes (source, roster_minutes, strlen (roster_minutes), NULL, &error);
  g_assert_no_error (error);
  const char *const options[] = { option, NULL };
  run_doc (doc, option ? options : NULL);
  char *got = speakers_at (doc, 5);
  guint n;
  const NpDiagnostic *d = np_document_get_diagnostics (doc, &n);
  for (guint i = 0; warning && i < n && !*warning; i++)
    if (g_strcmp0 (d[i].plugin, "speakers") == 0)
      *warning = g_strdup (d[i].message);
  np_document_unref (doc);
  return got;
}

static char *
archived_speakers (const char *archive, const char *member, const char *option)
{
  g_autofree char *warning = NULL;
  char *got = archived_speakers_warned (archive, member, option, &warning);
  g_assert_null (warning);
  return got;
}

/* A roster kept in the archive with the notes ("notes.tar.gz!tc/
 * meetings/2024-01/day-1.md" under "tc/delegates.txt"): found in the
 * archive, within the levels allowed, also for the notes of an archive
 * inside it, or beside the archive on disk when the archive has none */
static void
test_roster_in_archive (void)
{
  g_autofree char *dir = g_dir_make_tmp ("speakers-XXXXXX", NULL);
  g_autofree char *archive = g_build_filename (dir, "notes.tar.gz", NULL);
  const char *const members[] = { "./tc/delegates.txt", "Shu-yu Guo (SYG)\nMatt Sweeney (MS)\n",
                                  "tc/meetings/2024-01/day-1.md", roster_minutes, NULL };
  write_tar_gz (archive, members);
  const char *const member = "tc/meetings/2024-01/day-1.md";
  g_autofree char *found = archived_speakers (archive, member, NULL);
  g_assert_cmpstr (found, ==, "Shu-yu Guo");
  g_autofree char *near = archived_speakers (archive, member, "discover_levels=1");
  g_assert_cmpstr (near, ==, "NONE");
  g_autofree char *off = archived_speakers (archive, member, "discover_roster=false");
  g_assert_cmpstr (off, ==, "NONE");
  /* an archive inside: from its directory in the outer one, its own
   * directories (meetings, its root) counted as levels */
  g_autofree char *nested = archived_speakers (archive, "tc/2024.zip!meetings/day-1.md", NULL);
  g_assert_cmpstr (nested, ==, "Shu-yu Guo");
  g_autofree char *deeper = archived_speakers (archive, "tc/2024.zip!meetings/01/day-1.md", NULL);
  g_assert_cmpstr (deeper, ==, "Shu-yu Guo");
  g_autofree char *too_deep = archived_speakers (archive, "tc/2024.zip!meetings/01/02/day-1.md", NULL);
  g_assert_cmpstr (too_deep, ==, "NONE");
  g_autofree char *nested_near = archived_speakers (archive, "tc/2024.zip!day-1.md", "discover_levels=0");
  g_assert_cmpstr (nested_near, ==, "NONE");
  g_autofree char *nested_one = archived_speakers (archive, "tc/2024.zip!day-1.md", "discover_levels=1");
  g_assert_cmpstr (nested_one, ==, "Shu-yu Guo");

  /* an archive without one: its own directory is the level above its root */
  g_autofree char *bare = g_build_filename (dir, "bare.tar.gz", NULL);
  const char *const notes_only[] = { "m/day-1.md", roster_minutes, NULL };
  write_tar_gz (bare, notes_only);
  g_autofree char *beside = write_file (dir, "delegates.txt", "Shu-yu Guo (SYG)\n");
  g_autofree char *outside = archived_speakers (bare, "m/day-1.md", NULL);
  g_assert_cmpstr (outside, ==, "Shu-yu Guo");
  g_autofree char *within = archived_speakers (bare, "m/day-1.md", "discover_levels=1");
  g_assert_cmpstr (within, ==, "NONE");
  /* a file before '!' that is no archive: nothing looked for beside it,
   * and a warning naming it */
  g_autofree char *warning = NULL;
  g_autofree char *plain = archived_speakers_warned (beside, "m/day-1.md", NULL, &warning);
  g_assert_cmpstr (plain, ==, "NONE");
  g_assert_nonnull (warning);
  g_assert_nonnull (strstr (warning, beside));
  /* an archive cut short (in a directory with no roster): the roster
   * read whole before the damage is found, none after it, each with a
   * warning naming the archive */
  g_autofree char *cut_dir = g_build_filename (dir, "cut", NULL);
  g_assert_cmpint (g_mkdir (cut_dir, 0755), ==, 0);
  GString *filler = g_string_new (NULL);
  GRand *rand = g_rand_new_with_seed (7);
  while (filler->len < 65536)
    g_string_append_c (filler, (char) g_rand_int_range (rand, 'a', 'z' + 1));
  g_rand_free (rand);
  const char *const roster_first[] = { "tc/delegates.txt", "Shu-yu Guo (SYG)\n", "tc/filler.md", filler->str, member,
                                       roster_minutes, NULL };
  const char *const roster_last[] = { "tc/filler.md", filler->str, "tc/delegates.txt", "Shu-yu Guo (SYG)\n", member,
                                      roster_minutes, NULL };
  const char *const *orders[] = { roster_first, roster_last };
  const char *const expected[] = { "Shu-yu Guo", "NONE" };
  for (guint k = 0; k < G_N_ELEMENTS (orders); k++)
    {
      g_autofree char *whole = g_build_filename (cut_dir, "whole.tar.gz", NULL);
      write_tar_gz (whole, orders[k]);
      g_autofree char *data = NULL;
      gsize len;
      g_assert_true (g_file_get_contents (whole, &data, &len, NULL));
      g_autofree char *cut = g_strdup_printf ("%s/cut-%u.tar.gz", cut_dir, k);
      g_assert_true (g_file_set_contents (cut, data, len / 2, NULL));
      g_clear_pointer (&warning, g_free);
      g_autofree char *damaged = archived_speakers_warned (cut, member, NULL, &warning);
      g_assert_cmpstr (damaged, ==, expected[k]);
      g_assert_nonnull (warning);
      g_assert_nonnull (strstr (warning, cut));
      g_assert_cmpint (g_remove (whole), ==, 0);
      g_assert_cmpint (g_remove (cut), ==, 0);
    }
  g_string_free (filler, TRUE);
  g_assert_cmpint (g_rmdir (cut_dir), ==, 0);

  /* one instance over many archives keeps the rosters of the last few
   * only (and the process the members of the last four archives read):
   * the first archive, written anew after five others were read, is read
   * anew */
  g_autoptr (GError) error = NULL;
  const char *const plugins[] = { "speakers", NULL };
  NpConfig *config = np_config_new ();
  NpPipeline *pipeline = np_pipeline_new (test_registry, plugins, config, &error);
  g_assert_no_error (error);
  NpWorker *worker = np_worker_new (pipeline, &error);
  g_assert_no_error (error);
  const char *const order[] = { "a0", "a1", "a2", "a0", "a3", "a4", "a5", "a0", NULL };
  for (guint k = 0; order[k]; k++)
    {
      g_autofree char *name = g_strdup_printf ("%s.tar.gz", order[k]);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      /* a0 names SYG Shu-yu Guo, then, written again, Sara Yilmaz Grant */
      const char *person = strcmp (order[k], "a0") == 0 && k == 7 ? "Sara Yilmaz Grant (SYG)\n" : "Shu-yu Guo (SYG)\n";
      const char *const these[] = { "tc/delegates.txt", person, NULL };
      if (k == 0 || k == 7 || strcmp (order[k], "a0") != 0)
        write_tar_gz (path, these);
      g_autofree char *source = g_strconcat (path, "!tc/day.md", NULL);
      NpDocument *doc = np_read_bytes (source, roster_minutes, strlen (roster_minutes), NULL, &error);
      g_assert_no_error (error);
      g_assert_true (np_worker_process (worker, doc));
      assert_speakers (doc, 5, k == 7 ? "Sara Yilmaz Grant" : "Shu-yu Guo");
      np_document_unref (doc);
      if (k == 7)
        g_unlink (path);
    }
  for (guint k = 1; k <= 5; k++)
    {
      g_autofree char *name = g_strdup_printf ("a%u.tar.gz", k);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }

  /* the workers of a process share an archive's reading: a second worker
   * takes what the first read, though the archive changed since */
  NpWorker *second = np_worker_new (pipeline, &error);
  g_assert_no_error (error);
  g_autofree char *shared = g_build_filename (dir, "shared.tar.gz", NULL);
  const char *const first_roster[] = { "tc/delegates.txt", "Shu-yu Guo (SYG)\n", NULL };
  const char *const later_roster[] = { "tc/delegates.txt", "Sara Yilmaz Grant (SYG)\n", NULL };
  g_autofree char *shared_source = g_strconcat (shared, "!tc/day.md", NULL);
  write_tar_gz (shared, first_roster);
  for (guint w = 0; w < 2; w++)
    {
      NpDocument *doc = np_read_bytes (shared_source, roster_minutes, strlen (roster_minutes), NULL, &error);
      g_assert_no_error (error);
      g_assert_true (np_worker_process (w == 0 ? worker : second, doc));
      assert_speakers (doc, 5, "Shu-yu Guo");
      np_document_unref (doc);
      write_tar_gz (shared, later_roster);
    }
  g_unlink (shared);
  np_worker_free (second);
  np_worker_free (worker);
  np_pipeline_free (pipeline);
  np_config_free (config);

  for (const char *const *f = (const char *const[]) { archive, bare, beside, NULL }; *f; f++)
    g_unlink (*f);
  g_rmdir (dir);
}

static void
test_roster_discovery (void)
{
  /* root/delegates.txt, root/meetings/2024-01/day-1.md: found two levels up */
  g_autofree char *root = g_dir_make_tmp ("speakers-XXXXXX", NULL);
  g_autofree char *meetings = g_build_filename (root, "meetings", "2024-01", NULL);
  g_assert_cmpint (g_mkdir_with_parents (meetings, 0755), ==, 0);
  g_autofree char *delegates = write_file (root, "delegates.txt", "Shu-yu Guo (SYG)\nMatt Sweeney (MS)\n");
  g_autofree char *notes = write_file (meetings, "day-1.md", roster_minutes);
  g_autoptr (GError) error = NULL;

  NpDocument *doc = np_read_file (notes, NULL, &error);
  g_assert_no_error (error);
  run_doc (doc, NULL);
  assert_speakers (doc, 5, "Shu-yu Guo");
  np_document_unref (doc);

  /* off by option; not above the levels allowed; other names */
  assert_option_finds_none (notes, "discover_roster=false");
  assert_option_finds_none (notes, "discover_levels=1");
  assert_option_finds_none (notes, "roster_names=roster.txt");

  /* stdin and archive members have no directory to search */
  GHashTable *cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  const char *const conventional[] = { "delegates.txt", NULL };
  g_assert_null (sp_roster_discover ("-", conventional, 3, cache, NULL, NULL));
  g_autofree char *member = g_strdup_printf ("%s!meetings/day-1.md", delegates);
  g_assert_null (sp_roster_discover (member, conventional, 3, cache, NULL, NULL));
  g_autofree char *found = sp_roster_discover (notes, conventional, 3, cache, NULL, NULL);
  g_assert_nonnull (found);
  g_assert_true (g_str_has_suffix (found, "delegates.txt"));
  /* a name with no file behind it (a document made in memory), asked
   * after the directory's files were listed */
  g_autofree char *absent = g_build_filename (meetings, "not-a-file.md", NULL);
  g_assert_null (sp_roster_discover (absent, conventional, 3, cache, NULL, NULL));
  g_autofree char *again = sp_roster_discover (notes, conventional, 3, cache, NULL, NULL);
  g_assert_cmpstr (again, ==, found);
  g_hash_table_unref (cache);

  /* the directories' listings answer for the conventional names: a
   * directory so named is no roster, a link to a file is one, and a name
   * with a directory in it is asked of the kernel */
  g_autofree char *not_roster = g_build_filename (meetings, "roster.txt", NULL);
  g_assert_cmpint (g_mkdir (not_roster, 0755), ==, 0);
  g_autofree char *link = g_build_filename (meetings, "people.txt", NULL);
  g_assert_cmpint (symlink (delegates, link), ==, 0);
  const char *const linked[] = { "roster.txt", "people.txt", NULL };
  assert_discovers (notes, linked, "/people.txt");
  const char *const nested[] = { "roster.txt", "2024-01/people.txt", NULL };
  assert_discovers (notes, nested, "/2024-01/people.txt");
  g_unlink (link);
  g_rmdir (not_roster);

  g_unlink (notes);
  g_unlink (delegates);
  g_rmdir (meetings);
  g_autofree char *parent = g_path_get_dirname (meetings);
  g_rmdir (parent);
  g_rmdir (root);
}

static void
test_roster_file_formats (void)
{
  g_autofree char *dir = g_dir_make_tmp ("speakers-XXXXXX", NULL);
  g_autofree char *path = write_file (dir, "r.tsv",
                                      "# comment\n"
                                      "\n"
                                      "Waldemar Horwat (WH)\n"
                                      "Plain Name\n"
                                      "rsc\tRuss Cox\n"
                                      "russ\tRuss Cox\n"
                                      "KG\tKevin Gibbons\n");
  g_autoptr (GError) error = NULL;
  SpRoster *r = sp_roster_load_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sp_roster_size (r), ==, 4);
  SpMatch m;
  g_assert_true (sp_roster_lookup (r, "WH", SP_CASE_UPPER, SP_LOOKUP_NAMES, &m));
  g_assert_cmpstr (sp_roster_get (r, m.entry)->name, ==, "Waldemar Horwat");
  g_assert_true (sp_roster_lookup (r, "rsc", SP_CASE_LOWER, SP_LOOKUP_NAMES, &m));
  guint rsc = m.entry;
  g_assert_true (sp_roster_lookup (r, "russ", SP_CASE_LOWER, SP_LOOKUP_NAMES, &m));
  g_assert_cmpuint (m.entry, ==, rsc);
  g_assert_true (sp_roster_lookup (r, "KG", SP_CASE_UPPER, SP_LOOKUP_NAMES, &m));
  g_assert_cmpstr (sp_roster_get (r, m.entry)->name, ==, "Kevin Gibbons");
  sp_roster_free (r);
  g_unlink (path);

  g_assert_null (sp_roster_load_file ("/nonexistent/x.txt", &error));
  g_assert_nonnull (error);
  g_rmdir (dir);
}

/* A people table the core does not list as attendees (a "Participant"
 * column) still names the handles of the turns below it; the Markdown
 * rule under its header is no row, and its first row of data is data */
static void
test_people_table_handles (void)
{
  static const char text[] = "# Sync\n\n## Discussion\n\n| Participant | GitHub |\n|---|---|\n"
                             "| Alice Smith | asmith |\n| Bob Jones | bjones |\n| Carol White | cwhite |\n\n"
                             "asmith: the build is green\n\n" /* 11 */
                             "bjones: cutting the release\n\n" /* 13 */
                             "cwhite: thanks\n";               /* 15 */
  g_autoptr (NpDocument) doc = run_text ("table.md", text, NULL);
  assert_speakers (doc, 11, "Alice Smith");
  assert_speakers (doc, 13, "Bob Jones");
  assert_speakers (doc, 15, "Carol White");
}

/* A people table kept in a code block, as some TC39 notes have it, names
 * the abbreviations below it; a code block of code that holds '|' ("a ||
 * b") is no table, nor one whose first row is not of people */
static void
test_people_table_in_code_block (void)
{
  static const char text[] = "# Sync\n\n```\nif (a || b) {\n```\n\n"
                             "```\n| Step | Owner |\n| Dana Reyes | Acme |\n```\n\n"
                             "```\n  | Name | Abbreviation | Organization |\n| ---- | ---- | ---- |\n"
                             "| Erin Lowe | ELE | Acme |\n```\n\n"
                             "- ELE: the proposal is ready\n"  /* 18 */
                             "- DRS: and the tests\n";         /* 19 */
  g_autoptr (NpDocument) doc = run_text ("table.md", text, NULL);
  assert_speakers (doc, 18, "Erin Lowe");
  assert_speakers (doc, 19, "DRS");
}

/* IETF and W3C minutes title a session with its presenters: their first
 * names then name them in full.  A team, a date or a phrase in the
 * parentheses names nobody. */
static void
test_title_presenters (void)
{
  static const char text[] =
    "# HTTPBIS minutes\n"                                  /* 1 */
    "\n"                                                   /* 2 */
    "Present: Martin Thomson, Tommy Pauly\n"               /* 3 */
    "\n"                                                   /* 4 */
    "## Resumable uploads (Marius Kleidl)\n"               /* 5 */
    "\n"                                                   /* 6 */
    "Martin Thomson: why a new status code?\n"             /* 7 */
    "\n"                                                   /* 8 */
    "Marius: 104 is the least bad.\n"                      /* 9 */
    "\n"                                                   /* 10 */
    "## Cookies (Steven Bingler and Mike West)\n"          /* 11 */
    "\n"                                                   /* 12 */
    "Steven: nearly ready for last call.\n"                /* 13 */
    "\n"                                                   /* 14 */
    "Mike: agreed, with one open issue.\n"                 /* 15 */
    "\n"                                                   /* 16 */
    "Tommy: any objections? None heard.\n"                 /* 17 */
    "\n"                                                   /* 18 */
    "## Status (Platform Team)\n"                          /* 19 */
    "\n"                                                   /* 20 */
    "## Budget (Q3 2024)\n"                                /* 21 */
    "\n"                                                   /* 22 */
    "## Open items (and Next Steps)\n";                    /* 23 */
  g_autoptr (NpDocument) doc = run_text ("httpbis.md", text, NULL);
  assert_speakers (doc, 7, "Martin Thomson");
  assert_speakers (doc, 9, "Marius Kleidl");
  assert_speakers (doc, 13, "Steven Bingler");
  assert_speakers (doc, 15, "Mike West");
  assert_speakers (doc, 17, "Tommy Pauly");
  const NpAnnotation *p = person_named (doc, "Steven Bingler");
  g_assert_nonnull (p);
  g_assert_cmpstr (np_annotation_get_string (p, "source"), ==, "text");
  /* nobody of the other titles became a person */
  g_assert_null (person_named (doc, "Platform Team"));
  g_assert_null (person_named (doc, "Next Steps"));
  g_assert_null (person_named (doc, "Platform"));

  /* the same first names without the titles stay as written */
  static const char bare[] = "# HTTPBIS minutes\n\n## Cookies\n\nSteven: nearly ready.\n\nMike: agreed.\n\n"
                             "Steven: thanks.\n";
  g_autoptr (NpDocument) plain = run_text ("bare.md", bare, NULL);
  assert_speakers (plain, 5, "Steven");
  assert_speakers (plain, 7, "Mike");

  /* ... or after the title's last dash, as agendas write a draft and its
   * presenter: "Erik:" said once is Erik Wilde; a title's words after a
   * dash ("Planning Review") name nobody */
  static const char dashed[] = "# HTTPAPI minutes\n\n"
                               "### Deprecation Header - Erik Wilde\n\n"
                               "Erik: works in an API design company.\n\n"     /* 5 */
                               "{we lost Erik for a bit}\n\n"
                               "### Release 2.0 \xe2\x80\x93 Planning Review\n\n"
                               "Rich: will call for adoption on the list.\n";
  g_autoptr (NpDocument) ddoc = run_text ("dashed.md", dashed, NULL);
  assert_speakers (ddoc, 5, "Erik Wilde");
  g_assert_null (person_named (ddoc, "Planning Review"));
}

/* A talk's presenters on a line of their own name the people its marks
 * shorten ("Presenter: Yanmei Liu", then "Yanmei: ..."); no such line
 * makes a team a person; a presenter a roster file knows keeps the
 * file's entry, so "MF:" stays the file's abbreviation */
static void
test_label_presenters (void)
{
  static const char text[] = "# QUIC WG minutes\n\n## Multipath\n\n"
                             "Presenter: Yanmei Liu\n\n"                    /* 5 */
                             "Yanmei: the path ID stays for now.\n\n"      /* 7 */
                             "## Datagrams\n\n"
                             "**Presenters:** Ann Lee, Bo Chen\n\n"         /* 11 */
                             "Bo: two drafts are merged.\n\n"              /* 13 */
                             "Ann: agreed.\n\n"                            /* 15 */
                             "## Status\n\n"
                             "Presenter: Platform Team\n\n"                /* 19 */
                             "Platform: nothing new.\n";                    /* 21 */
  g_autoptr (NpDocument) doc = run_text ("quic.md", text, NULL);
  assert_speakers (doc, 7, "Yanmei Liu");
  assert_speakers (doc, 13, "Bo Chen");
  assert_speakers (doc, 15, "Ann Lee");
  g_assert_cmpstr (np_annotation_get_string (person_named (doc, "Yanmei Liu"), "source"), ==, "text");
  g_assert_null (person_named (doc, "Platform Team"));

  g_autofree char *dir = g_dir_make_tmp ("speakers-XXXXXX", NULL);
  g_autofree char *names = write_file (dir, "delegates.txt", "Michael Ficarra (MF)\nAnn Lee (AL)\n");
  g_autofree char *option = g_strdup_printf ("roster=%s", names);
  const char *const options[] = { option, NULL };
  static const char tc39[] = "# Meeting\n\n## Iterator helpers\n\nPresenter: Michael Ficarra\n\n"
                             "MF: the proposal is ready.\n\nMF: any questions?\n"; /* 7, 9 */
  g_autoptr (NpDocument) filed = run_text ("tc39.md", tc39, options);
  assert_speakers (filed, 7, "Michael Ficarra");
  assert_feature (filed, 7, "method", "abbreviation");
  g_assert_cmpstr (np_annotation_get_string (person_named (filed, "Michael Ficarra"), "source"), ==, "roster");
  g_unlink (names);
  g_rmdir (dir);
}

/* TC39's early minutes: a paragraph of names alone before the notes,
 * whose initials mark the turns ("AWB" for a hyphenated surname); a
 * table's abbreviation typed in lower case; the queue's label before
 * the speaker's mark */
static void
test_early_tc39_shapes (void)
{
  static const char early[] = "# July 25, 2012 Meeting Notes\n-----\n\n"
                              "Jonas Nordberg, Alan Whitby-Barnes, Walter Hendry, Eleni\nArvanitis, Daniel Hewitt\n\n"
                              "-----\n\n## 4.1 Object.observe\n\n"
                              "EA: Summarizes where the prototype stands.\n\n" /* 11 */
                              "AWB: Does the record carry the old value?\n";   /* 13 */
  g_autoptr (NpDocument) doc = run_text ("july-25.md", early, NULL);
  assert_speakers (doc, 11, "Eleni Arvanitis");
  assert_speakers (doc, 13, "Alan Whitby-Barnes");
  /* Title Case pieces whose initials mark nothing are no people */
  static const char topics[] = "# Agenda notes\n\nError Cause, Array Grouping, Pattern Matching\n\n- EC: stage 3\n";
  g_autoptr (NpDocument) doc2 = run_text ("agenda.md", topics, NULL);
  guint n;
  np_document_get_attendees (doc2, &n);
  g_assert_cmpuint (n, ==, 0);

  static const char table[] = "# Notes\n\n| Name | Abbreviation | Organization |\n|---|---|---|\n"
                              "| Walter Hendry | WH | Google |\n| Marta Mendes | MM | Agoric |\n| Sam Ong | SO | Acme |\n\n"
                              "WH: What is `this` in the block?\n\n" /* 9 */
                              "wh: ok, good.\n\n"                    /* 11 */
                              "[Queue] MM: Is there a way?\n\n"      /* 13 */
                              "Queue: WH: is it valid?\n\n"          /* 15 */
                              "so: the next item\n";                 /* 17 */
  g_autoptr (NpDocument) doc3 = run_text ("notes.md", table, NULL);
  assert_speakers (doc3, 9, "Walter Hendry");
  assert_speakers (doc3, 11, "Walter Hendry");
  assert_speakers (doc3, 13, "Marta Mendes");
  assert_speakers (doc3, 15, "Walter Hendry");
  assert_speakers (doc3, 17, "NONE");
}

/* An etherpad's sign-in lines, "nick (Full Name)": the person, whose
 * nickname marks the turns; the line itself is no turn */
static void
test_etherpad_sign_in (void)
{
  static const char pad[] = "Nova PTG etherpad\n\nPlease add your IRC nick and name:\n"
                            "- lmaresca (Luca Maresca) - PTL\n"                   /* 4 */
                            "- tkoenig (Tobias K\xc3\xb6nig)\n"                  /* 5 */
                            "- fix (Some Thing)\n\n"                              /* 6 */
                            "--- Eventlet removal ---\n"
                            "* tkoenig: nova-compute runs on native threads\n"    /* 9 */
                            "  * lmaresca: ok for one more cycle\n"               /* 10 */
                            "  * (tkoenig) noted, will add to the tracker\n";     /* 11 */
  g_autoptr (NpDocument) doc = run_text ("ptg.txt", pad, NULL);
  assert_speakers (doc, 4, "NONE");
  assert_speakers (doc, 9, "Tobias K\xc3\xb6nig");
  assert_speakers (doc, 10, "Luca Maresca");
  assert_speakers (doc, 11, "Tobias K\xc3\xb6nig");
  g_assert_null (person_named (doc, "Some Thing"));
}

/* A body named with its abbreviation in the text ("Technical Advisory
 * Council (TAC)") is no person: an item that opens with the abbreviation
 * ("TAC Update on Groups") is no turn of it, where a person's so named
 * ("Ann Lee (AL)") opens hers without its colon */
static void
test_body_abbreviation (void)
{
  static const char md[] = "# Council sync\n\n"
                           "Present: Ann Lee (AL), Bo Chen (BC), the Technical Advisory Council (TAC) chairs, "
                           "and the Governing Board (GB).\n\n"                   /* 3 */
                           "## Notes\n\n"                                      /* 5 */
                           "- TAC Update on Groups - ten minutes each\n"       /* 7 */
                           "- AL I think the plan is fine\n"                   /* 8 */
                           "- BC Agreed, ship it\n"                            /* 9 */
                           "- GB Approval is needed next week\n"               /* 10 */
                           "- Technical Advisory Council (TAC) chairs meet monthly.\n";
  NpDocument *doc = run_text ("council.md", md, NULL);
  assert_speakers (doc, 7, "NONE");
  assert_speakers (doc, 8, "Ann Lee");
  assert_speakers (doc, 9, "Bo Chen");
  assert_speakers (doc, 10, "NONE");
  np_document_unref (doc);
}

void
add_roster_tests (void)
{
  g_test_add_func ("/speakers/roster/option", test_roster_option);
  g_test_add_func ("/speakers/roster/option-missing", test_roster_option_missing);
  g_test_add_func ("/speakers/roster/discovery", test_roster_discovery);
  g_test_add_func ("/speakers/roster/in-archive", test_roster_in_archive);
  g_test_add_func ("/speakers/roster/file-formats", test_roster_file_formats);
  g_test_add_func ("/speakers/roster/people-table-handles", test_people_table_handles);
  g_test_add_func ("/speakers/roster/people-table-in-code-block", test_people_table_in_code_block);
  g_test_add_func ("/speakers/roster/title-presenters", test_title_presenters);
  g_test_add_func ("/speakers/roster/label-presenters", test_label_presenters);
  g_test_add_func ("/speakers/roster/early-tc39-shapes", test_early_tc39_shapes);
  g_test_add_func ("/speakers/roster/etherpad-sign-in", test_etherpad_sign_in);
  g_test_add_func ("/speakers/roster/body-abbreviation", test_body_abbreviation);
}
