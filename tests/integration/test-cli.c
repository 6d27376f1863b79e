/* test-cli.c: the notepipe command line as users run it: exit codes,
 * formats, errors naming files, plugins listing, options and config. */
#include <utime.h>
#include <glib/gstdio.h>
#include <pty.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <json-glib/json-glib.h>

#include "cli-run.h"

static void
test_version_help (void)
{
  Run r = run_np (NULL, "--version", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "plugin ABI"));
  run_clear (&r);
  r = run_np (NULL, "--help", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "Exit status"));
  run_clear (&r);
  r = run_np (NULL, "frobnicate", NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "unknown command"));
  run_clear (&r);
  r = run_np (NULL, "run", "--no-such-flag", NULL);
  g_assert_cmpint (r.status, ==, 2);
  run_clear (&r);
  r = run_np (NULL, "run", NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "no input files"));
  run_clear (&r);
  r = run_np (NULL, "run", "--format", "yaml", "x", NULL);
  g_assert_cmpint (r.status, ==, 2);
  run_clear (&r);
}

static void
test_text_view (void)
{
  g_autofree char *ex = example ("build-summit.txt");
  Run r = run_np (NULL, "run", ex, "--plugins", "stats", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "Build Tools Contributor Summit Notes"));
  g_assert_nonnull (strstr (r.out, "2026-03-14"));
  g_assert_nonnull (strstr (r.out, "Ada Byron @adab"));
  g_assert_nonnull (strstr (r.out, "Session 1"));
  g_assert_nonnull (strstr (r.out, "Remote caching"));
  g_assert_nonnull (strstr (r.out, "── stats"));
  g_assert_null (strchr (r.out, '\033')); /* no colour when not a terminal */
  run_clear (&r);
}

/* notepipe ARGS on a pseudo-terminal COLS wide, with NO_COLOR set or
 * not; returns what it printed (transfer full). */
static char *
run_on_terminal (guint cols, gboolean no_color, const char *const *args)
{
  struct winsize ws = { .ws_row = 50, .ws_col = cols };
  int master;
  pid_t pid = forkpty (&master, NULL, NULL, &ws);
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      if (no_color)
        g_setenv ("NO_COLOR", "1", TRUE);
      else
        g_unsetenv ("NO_COLOR");
      g_setenv ("TERM", "xterm", TRUE);
      g_unsetenv ("COLUMNS");
      GPtrArray *argv = g_ptr_array_new ();
      g_ptr_array_add (argv, (gpointer) g_getenv ("NOTEPIPE"));
      for (const char *const *a = args; *a; a++)
        g_ptr_array_add (argv, (gpointer) *a);
      g_ptr_array_add (argv, NULL);
      execv (argv->pdata[0], (char **) argv->pdata);
      _exit (127);
    }
  GString *out = g_string_new (NULL);
  char buf[4096];
  ssize_t n;
  while ((n = read (master, buf, sizeof buf)) > 0) /* EIO once the child is gone */
    g_string_append_len (out, buf, n);
  close (master);
  int status;
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  return g_string_free (out, FALSE);
}

/* Widest line in display columns, colour escapes and CR left out */
static guint
widest_line (const char *text)
{
  guint widest = 0, col = 0;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      if (*p == '\033')
        {
          while (*p && *p != 'm')
            p++;
          if (!*p)
            break;
          continue;
        }
      if (*p == '\n')
        {
          widest = MAX (widest, col);
          col = 0;
          continue;
        }
      if (*p == '\r')
        continue;
      gunichar c = g_utf8_get_char (p);
      col += g_unichar_iszerowidth (c) ? 0 : g_unichar_iswide (c) ? 2 : 1;
    }
  return MAX (widest, col);
}

/* On a terminal: colour unless NO_COLOR, and lines within its width */
static void
test_text_view_terminal (void)
{
  g_autofree char *ex = example ("build-summit.txt");
  const char *args[] = { "run", ex, NULL };
  static const guint widths[] = { 60, 100 };
  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      g_autofree char *colour = run_on_terminal (widths[w], FALSE, args);
      g_assert_nonnull (strstr (colour, "Build Tools Contributor Summit Notes"));
      g_assert_nonnull (strstr (colour, "\033["));
      g_test_message ("%u columns: widest line %u", widths[w], widest_line (colour));
      g_assert_cmpuint (widest_line (colour), <=, widths[w]);
      g_autofree char *plain = run_on_terminal (widths[w], TRUE, args);
      g_assert_nonnull (strstr (plain, "Build Tools Contributor Summit Notes"));
      g_assert_null (strchr (plain, '\033'));
      g_assert_cmpuint (widest_line (plain), <=, widths[w]);
    }
}

static void
test_json_contract (void)
{
  g_autofree char *ex = example ("wg-minutes.md");
  Run r = run_np (NULL, "run", ex, "--format", "json", "--plugins", "stats", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_autoptr (JsonNode) root = parse_json (r.out);
  JsonObject *o = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (o, "schema"), ==, "notepipe.document/1");
  g_assert_cmpstr (json_object_get_string_member (o, "source"), ==, ex);
  g_assert_cmpuint (strlen (json_object_get_string_member (o, "id")), ==, 64);
  g_assert_cmpstr (json_object_get_string_member (o, "date"), ==, "2026-02-10");
  JsonArray *att = json_object_get_array_member (o, "attendees");
  g_assert_cmpuint (json_array_get_length (att), ==, 4);
  JsonObject *ada = json_array_get_object_element (att, 0);
  g_assert_cmpstr (json_object_get_string_member (ada, "handle"), ==, "adab");
  g_assert_true (json_object_has_member (ada, "email"));
  g_assert_true (json_object_has_member (ada, "abbreviation"));
  g_assert_true (json_object_has_member (ada, "affiliation"));
  JsonArray *items = json_object_get_array_member (o, "items");
  g_assert_cmpuint (json_array_get_length (items), >, 10);
  const char *item_keys[] = { "id", "section", "parent", "depth", "line", "end_line", "text" };
  for (guint k = 0; k < G_N_ELEMENTS (item_keys); k++)
    g_assert_true (json_object_has_member (json_array_get_object_element (items, 0), item_keys[k]));
  const char *section_keys[] = { "id", "parent", "level", "title", "line" };
  JsonArray *sections = json_object_get_array_member (o, "sections");
  for (guint k = 0; k < G_N_ELEMENTS (section_keys); k++)
    g_assert_true (json_object_has_member (json_array_get_object_element (sections, 0), section_keys[k]));
  JsonObject *layers = json_object_get_object_member (o, "layers");
  g_assert_true (json_object_has_member (layers, "stats.section"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (o, "errors")), ==, 0);
  run_clear (&r);
}

/* A meeting tool's transcript: read by its cues (format "vtt"), and the
 * speakers plugin gives a turn per cue from the voice tags */
static void
test_transcript (void)
{
  static const char call[] = "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\n<v Alice Smith>Welcome everyone.</v>\n\n"
                             "2\n00:00:04.500 --> 00:00:08.000\n<v Bob Jones>Thanks Alice.</v>\n";
  g_autofree char *vtt = temp_file ("call.vtt", call, -1);
  Run r = run_np (NULL, "run", vtt, "--plugins", "speakers", "--format", "json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_autoptr (JsonNode) root = parse_json (r.out);
  JsonObject *o = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (o, "format"), ==, "vtt");
  JsonArray *items = json_object_get_array_member (o, "items");
  g_assert_cmpuint (json_array_get_length (items), ==, 2);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (items, 1), "line"), ==, 9);
  JsonArray *turns = json_object_get_array_member (json_object_get_object_member (o, "layers"), "speakers.turn");
  g_assert_cmpuint (json_array_get_length (turns), ==, 2);
  const char *expected[] = { "Alice Smith", "Bob Jones" };
  for (guint i = 0; i < 2; i++)
    {
      JsonObject *t = json_array_get_object_element (turns, i);
      g_assert_cmpint (json_object_get_int_member (t, "item"), ==, i);
      g_assert_cmpstr (json_object_get_string_member (t, "method"), ==, "voice");
      JsonArray *who = json_object_get_array_member (t, "speakers");
      g_assert_cmpstr (json_array_get_string_element (who, 0), ==, expected[i]);
    }
  run_clear (&r);
  /* the words said and the speakers' names; the voice tags' "v" is none */
  r = run_np (NULL, "run", vtt, "--plugins", "stats", "--format", "json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_autoptr (JsonNode) counted = parse_json (r.out);
  JsonObject *layers = json_object_get_object_member (json_node_get_object (counted), "layers");
  JsonArray *stats = json_object_get_array_member (layers, "stats.document");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (stats, 0), "words"), ==, 8);
  run_clear (&r);
  /* --input-format vtt on another name */
  g_autofree char *txt = temp_file ("call-export.txt", "Alice: hi\n\n00:01.000 --> 00:02.000\nBob: ok\n", -1);
  r = run_np (NULL, "run", txt, "--input-format", "vtt", "--plugins", "none", "--format", "json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_autoptr (JsonNode) forced = parse_json (r.out);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (forced), "format"), ==, "vtt");
  run_clear (&r);
}

/* Notes in other formats and encodings, end to end: HTML minutes, Org
 * mode, a UTF-16 export; each gives its title, its attendees and speakers
 * resolved to them */
static void
test_other_formats (void)
{
  static const char html[] = "<!DOCTYPE html><html><head><title>WG call</title></head><body>"
                             "<dl><dt>Present</dt><dd>Alan Stearns, Tab Atkins</dd></dl>"
                             "<p><cite>astearns:</cite> Let's start.</p><p><cite>TabAtkins:</cite> Sure.</p>"
                             "<p><cite>astearns:</cite> Done.</p></body></html>";
  static const char org[] = "#+TITLE: WG call\n* Attendees\n- Alan Stearns\n- Tab Atkins\n* Grid\n"
                            "- astearns: Let's start.\n- TabAtkins: Sure.\n- astearns: Done.\n";
  g_autofree char *html_path = temp_file ("call.html", html, -1);
  g_autofree char *org_path = temp_file ("call.org", org, -1);
  gsize n16;
  g_autofree char *u16 = g_convert (org, -1, "UTF-16", "UTF-8", NULL, &n16, NULL);
  g_autofree char *u16_path = temp_file ("call-utf16.txt", u16, (gssize) n16);
  const char *paths[] = { html_path, org_path, u16_path };
  for (guint k = 0; k < G_N_ELEMENTS (paths); k++)
    {
      Run r = run_np (NULL, "run", paths[k], "--plugins", "speakers", "--format", "json", NULL);
      g_test_message ("%s: %s", paths[k], r.err);
      g_assert_cmpint (r.status, ==, 0);
      g_autoptr (JsonNode) root = parse_json (r.out);
      JsonObject *o = json_node_get_object (root);
      g_assert_cmpstr (json_object_get_string_member (o, "title"), ==, "WG call");
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (o, "attendees")), ==, 2);
      JsonArray *turns = json_object_get_array_member (json_object_get_object_member (o, "layers"), "speakers.turn");
      g_assert_cmpuint (json_array_get_length (turns), ==, 3);
      const char *expected[] = { "Alan Stearns", "Tab Atkins", "Alan Stearns" };
      for (guint i = 0; i < 3; i++)
        {
          JsonArray *who = json_object_get_array_member (json_array_get_object_element (turns, i), "speakers");
          g_assert_cmpstr (json_array_get_string_element (who, 0), ==, expected[i]);
        }
      run_clear (&r);
    }
}

static void
test_bad_inputs (void)
{
  g_autofree char *bin = temp_file ("image.png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 16);
  g_autofree char *good = example ("build-summit.txt");
  g_autofree char *missing = g_build_filename (tmpdir, "missing.txt", NULL);
  Run r = run_np (NULL, "run", bin, good, missing, "--plugins", "none", "--format", "json", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "image.png: binary input"));
  g_assert_nonnull (strstr (r.err, "missing.txt: cannot read"));
  /* the good file in between is still processed: a JSON array of one */
  g_autoptr (JsonNode) root = parse_json (r.out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (root)), ==, 1);
  run_clear (&r);
  /* a file name that is not UTF-8: still valid JSON, the bad byte replaced */
  g_autofree char *odd = temp_file ("minutes-\xff.md", "# Minutes\n\n- Ada: fine\n", -1);
  Run o = run_np (NULL, "run", odd, "--plugins", "none", "--format", "json", NULL);
  g_assert_cmpint (o.status, ==, 0);
  g_autoptr (JsonNode) doc = parse_json (o.out);
  g_assert_nonnull (strstr (json_object_get_string_member (json_node_get_object (doc), "source"), "minutes-\xef\xbf\xbd.md"));
  run_clear (&o);

  /* Latin-1 text is read as such; damaged UTF-8 is repaired */
  g_autofree char *latin = temp_file ("latin1.txt", "- caf\xe9 au lait\n- fine\n", -1);
  r = run_np (NULL, "run", latin, "--plugins", "none", "--format", "json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.err, "latin1.txt: not UTF-8 (byte offset 5), read as Windows-1252"));
  g_assert_nonnull (strstr (r.out, "caf\xc3\xa9 au lait"));
  run_clear (&r);
  g_autofree char *bad = temp_file ("damaged.txt", "- caf\xc3\xa9 au lait\n- \xff\xfe fine\n", -1);
  r = run_np (NULL, "run", bad, "--plugins", "none", "--format", "json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.err, "damaged.txt: invalid UTF-8 at byte offset 18"));
  run_clear (&r);
  /* the terminal view carries the warning under the document's heading */
  r = run_np (NULL, "run", bad, "--plugins", "none", "--format", "text", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "\nwarning: "));
  g_assert_nonnull (strstr (r.out, "damaged.txt: invalid UTF-8 at byte offset 18"));
  run_clear (&r);

  g_autofree char *empty = temp_file ("empty.md", "", 0);
  r = run_np (NULL, "run", empty, "--format", "json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.err, "empty.md: empty, no text in it"));
  g_autoptr (JsonNode) e = parse_json (r.out);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (e), "items")), ==, 0);
  run_clear (&r);

  g_autofree char *dir = g_build_filename (tmpdir, "no-notes", NULL);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  r = run_np (NULL, "run", dir, "--plugins", "none", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.err, "no-notes: no notes in it"));
  run_clear (&r);
}

static void
write_in (const char *dir, const char *rel, const char *text, gssize len)
{
  g_autofree char *path = g_build_filename (dir, rel, NULL);
  g_autofree char *parent = g_path_get_dirname (path);
  g_assert_cmpint (g_mkdir_with_parents (parent, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, text, len, NULL));
}

/* The sources of a JSON array of documents, one per line */
static char *
array_sources (const char *json)
{
  g_autoptr (JsonParser) p = json_parser_new ();
  g_assert_true (json_parser_load_from_data (p, json, -1, NULL));
  JsonArray *docs = json_node_get_array (json_parser_get_root (p));
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < json_array_get_length (docs); i++)
    g_string_append_printf (s, "%s\n", json_object_get_string_member (json_array_get_object_element (docs, i), "source"));
  return g_string_free (s, FALSE);
}

/* run takes directories and archives (by name, or by their first bytes
 * when the name is not a note's): their notes in order, one JSON array;
 * a truncated archive is reported by name and what came before it kept. */
static void
test_directories_and_archives (void)
{
  g_autofree char *root = g_build_filename (tmpdir, "collections", NULL);
  g_autofree char *tree = g_build_filename (root, "tree", NULL);
  write_in (tree, "b.md", "# B\n\n- [ann] first point\n", -1);
  write_in (tree, "a/notes.txt", "A\n\n- second point\n", -1);
  write_in (tree, "skip.bin", "\x01\x02", 2);
  /* a member big enough that a cut archive ends inside it */
  GString *big = g_string_new ("C\n\n");
  for (guint i = 0; i < 400; i++)
    g_string_append_printf (big, "- point %u of a long list\n", i);
  write_in (tree, "c.md", big->str, big->len);
  g_string_free (big, TRUE);

  Run r = run_np (NULL, "run", tree, "--plugins", "none", "--format", "json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_autofree char *sources = array_sources (r.out);
  g_autofree char *expected = g_strdup_printf ("%s/a/notes.txt\n%s/b.md\n%s/c.md\n", tree, tree, tree);
  g_assert_cmpstr (sources, ==, expected);
  run_clear (&r);

  /* a tar, and the same bytes under a name that says nothing */
  g_autofree char *tar = g_build_filename (root, "notes.tar", NULL);
  const char *tar_argv[] = { "tar", "-cf", tar, "-C", tree, "b.md", "a/notes.txt", "c.md", NULL };
  int wait_status;
  g_autoptr (GError) error = NULL;
  g_assert_true (g_spawn_sync (NULL, (char **) tar_argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                               &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
  g_autofree char *bytes = NULL;
  gsize len;
  g_assert_true (g_file_get_contents (tar, &bytes, &len, NULL));
  g_autofree char *odd = g_build_filename (root, "backup-2024", NULL);
  g_assert_true (g_file_set_contents (odd, bytes, len, NULL));
  const char *inputs[] = { tar, odd };
  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      r = run_np (NULL, "run", inputs[i], "--plugins", "none", "--format", "json", NULL);
      g_assert_cmpint (r.status, ==, 0);
      g_autofree char *got = array_sources (r.out);
      g_autofree char *want = g_strdup_printf ("%s!b.md\n%s!a/notes.txt\n%s!c.md\n", inputs[i], inputs[i], inputs[i]);
      g_assert_cmpstr (got, ==, want);
      run_clear (&r);
    }

  /* cut inside the last member: the first two are printed, the third is
   * reported by archive and member, and the exit status says so */
  g_autofree char *cut = g_build_filename (root, "cut.tar", NULL);
  g_assert_true (g_file_set_contents (cut, bytes, 3 * 512 + 2 * 512 + 1024, NULL));
  r = run_np (NULL, "run", cut, "--plugins", "none", "--format", "json", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_autofree char *got = array_sources (r.out);
  g_autofree char *want = g_strdup_printf ("%s!b.md\n%s!a/notes.txt\n", cut, cut);
  g_assert_cmpstr (got, ==, want);
  g_autofree char *named = g_strdup_printf ("%s!c.md: truncated or corrupt archive", cut);
  g_assert_nonnull (strstr (r.err, named));
  run_clear (&r);

  /* a mailbox of minutes, a message a note as batch reads it (named by
   * the message's line), and a note named *.txt that is no mailbox */
  g_autofree char *mbox = temp_file ("wg.mbox",
                                     "From alice@example.org Tue Mar 12 10:00:00 2024\n"
                                     "From: Alice Chen <alice@example.org>\nSubject: Minutes 2024-03-12\n\n"
                                     "Alice: the cache is fixed.\n\n"
                                     "From bob@example.org Tue Mar 19 10:00:00 2024\n"
                                     "From: Bob Singh <bob@example.org>\nSubject: Minutes 2024-03-19\n\n"
                                     "Bob: release is Thursday.\n",
                                     -1);
  r = run_np (NULL, "run", mbox, "--plugins", "none", "--format", "json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_autofree char *messages = array_sources (r.out);
  g_autofree char *want_messages = g_strdup_printf ("%s:1\n%s:7\n", mbox, mbox);
  g_assert_cmpstr (messages, ==, want_messages);
  run_clear (&r);
  g_autofree char *plain = temp_file ("from.txt", "From the chair\n\nAlice: the cache is fixed.\n", -1);
  r = run_np (NULL, "run", plain, "--plugins", "none", "--format", "json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_autoptr (JsonNode) one = parse_json (r.out); /* one note: an object, no array */
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (one), "source"), ==, plain);
  run_clear (&r);
}

/* gzip's output for text, made by the gzip command */
static GBytes *
gzip_text (const char *text)
{
  g_autofree char *plain = g_build_filename (tmpdir, "gzip-input", NULL);
  g_autofree char *z = g_strconcat (plain, ".gz", NULL);
  g_assert_true (g_file_set_contents (plain, text, -1, NULL));
  const char *argv[] = { "gzip", "-n", "-f", plain, NULL };
  int wait_status;
  g_autoptr (GError) error = NULL;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &wait_status,
                               &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
  g_autofree char *bytes = NULL;
  gsize len = 0;
  g_assert_true (g_file_get_contents (z, &bytes, &len, NULL));
  g_assert_cmpint (g_unlink (z), ==, 0);
  return g_bytes_new (bytes, len);
}

/* Notes compressed whole: a directory takes `*.md.gz` as a note (and
 * not `other.gz`, which no note name is under), a file named on the
 * command line is read whatever its name, a cut stream is reported by
 * name with what came before it kept, and a batch run knows an
 * unchanged compressed note on its second pass. */
static void
test_compressed_notes (void)
{
  g_autofree char *tree = g_build_filename (tmpdir, "compressed", NULL);
  write_in (tree, "a.txt", "A\n\n- first point\n", -1);
  g_autoptr (GBytes) md = gzip_text ("# B\n\n- second point\n- third point\n");
  g_autoptr (GBytes) other = gzip_text ("C\n\n- not a note by its name\n");
  write_in (tree, "b.md.gz", g_bytes_get_data (md, NULL), g_bytes_get_size (md));
  write_in (tree, "other.gz", g_bytes_get_data (other, NULL), g_bytes_get_size (other));

  Run r = run_np (NULL, "run", tree, "--plugins", "none", "--format", "json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_autofree char *sources = array_sources (r.out);
  g_autofree char *expected = g_strdup_printf ("%s/a.txt\n%s/b.md.gz\n", tree, tree);
  g_assert_cmpstr (sources, ==, expected);
  g_assert_nonnull (strstr (r.out, "\"format\": \"markdown\""));
  g_assert_nonnull (strstr (r.out, "third point"));
  run_clear (&r);

  g_autofree char *named = g_build_filename (tree, "other.gz", NULL);
  r = run_np (NULL, "run", named, "--plugins", "none", "--format", "json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "not a note by its name"));
  run_clear (&r);

  /* cut: the other notes are printed, the cut one named */
  g_autofree char *cut = g_build_filename (tree, "cut.md.gz", NULL);
  g_assert_true (g_file_set_contents (cut, g_bytes_get_data (md, NULL), g_bytes_get_size (md) - 6, NULL));
  r = run_np (NULL, "run", tree, "--plugins", "none", "--format", "json", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_autofree char *kept = array_sources (r.out);
  g_assert_cmpstr (kept, ==, expected);
  g_autofree char *why = g_strdup_printf ("%s: truncated or corrupt compressed data", cut);
  g_assert_nonnull (strstr (r.err, why));
  run_clear (&r);
  g_assert_cmpint (g_unlink (cut), ==, 0);

  g_autofree char *db = g_build_filename (tmpdir, "compressed.db", NULL);
  r = run_np (NULL, "batch", tree, "--plugins", "none", "--db", db, NULL);
  g_assert_cmpint (r.status, ==, 0);
  run_clear (&r);
  /* touched, same bytes: done already, known by the text's id */
  g_autofree char *b = g_build_filename (tree, "b.md.gz", NULL);
  g_assert_cmpint (g_utime (b, NULL), ==, 0);
  r = run_np (NULL, "batch", tree, "--plugins", "none", "--db", db, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.err, "2 already done"));
  run_clear (&r);
}

static void
test_stdin (void)
{
  Run r = run_np ("Quick sync\n\n- [ann] hello there\n", "run", "-", "--format", "json", "--plugins", "none", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_autoptr (JsonNode) root = parse_json (r.out);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (root), "source"), ==, "-");
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (root), "title"), ==, "Quick sync");
  run_clear (&r);
}

static void
test_plugins_command (void)
{
  g_autofree char *testdir = g_build_filename (g_getenv ("NOTEPIPE_BUILDDIR"), "tests", "plugins", NULL);
  Run r = run_np (NULL, "plugins", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "stats"));
  g_assert_nonnull (strstr (r.out, "stats.section"));
  run_clear (&r);
  r = run_np (NULL, "plugins", "--all", "--plugin-dir", testdir, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "ABI mismatch"));
  g_assert_nonnull (strstr (r.out, "no entry point"));
  g_assert_nonnull (strstr (r.out, "duplicate name"));
  run_clear (&r);
  r = run_np (NULL, "plugins", "stats", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "min_words"));
  g_assert_nonnull (strstr (r.out, "provides stats.section"));
  run_clear (&r);
  r = run_np (NULL, "plugins", "abimismatch", "--plugin-dir", testdir, NULL);
  g_assert_cmpint (r.status, ==, 3);
  g_assert_nonnull (strstr (r.err, "ABI mismatch"));
  run_clear (&r);
}

static void
test_options_and_config (void)
{
  g_autofree char *ex = example ("build-summit.txt");
  Run r = run_np (NULL, "run", ex, "--plugins", "stats", "-o", "stats.min_words=-1", NULL);
  g_assert_cmpint (r.status, ==, 3);
  g_assert_nonnull (strstr (r.err, "stats.min_words"));
  run_clear (&r);
  r = run_np (NULL, "run", ex, "--plugins", "nosuch", NULL);
  g_assert_cmpint (r.status, ==, 3);
  g_assert_nonnull (strstr (r.err, "no plugin named nosuch"));
  run_clear (&r);
  g_autofree char *conf = temp_file ("np.conf", "[stats]\nmin_words = 100000\n", -1);
  r = run_np (NULL, "run", ex, "--plugins", "stats", "--config", conf, "--format", "json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_autoptr (JsonNode) root = parse_json (r.out);
  JsonObject *layers = json_object_get_object_member (json_node_get_object (root), "layers");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (layers, "stats.section")), ==, 0);
  run_clear (&r);
  r = run_np (NULL, "run", "--explain", "--plugins", "stats", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "provides stats.document"));
  run_clear (&r);
}

static void
test_markdown_view (void)
{
  g_autofree char *ex = example ("wg-minutes.md");
  Run r = run_np (NULL, "run", ex, "--format", "markdown", "--plugins", "stats", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_str_has_prefix (r.out, "# Storage Working Group"));
  /* the columns are those the attendees fill */
  g_assert_nonnull (strstr (r.out, "| Name | Handle | Role |\n|---|---|---|\n| Ada Byron | adab | chair |\n"));
  g_assert_nonnull (strstr (r.out, "## Outline"));
  run_clear (&r);
  g_autofree char *mails = temp_file ("mails.md", "# Sync\n\nAttendees: Ann Lee <ann@example.org>, Bo Chen (@bo)\n\n"
                                      "- a note\n", -1);
  r = run_np (NULL, "run", mails, "--format", "markdown", "--plugins", "none", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "| Name | Handle | Email |\n|---|---|---|\n| Ann Lee |  | ann@example.org |\n"
                                   "| Bo Chen | bo |  |\n"));
  run_clear (&r);
}

static void
test_isolation (void)
{
  g_autofree char *testdir = g_build_filename (g_getenv ("NOTEPIPE_BUILDDIR"), "tests", "plugins", NULL);
  g_autofree char *fine = temp_file ("fine.txt", "- all good here\n", -1);
  g_autofree char *aborts = temp_file ("aborts.txt", "- this one says ABORT\n", -1);
  g_autofree char *segv = temp_file ("segv.txt", "- this one says SEGV\n", -1);
  g_autofree char *loops = temp_file ("loops.txt", "- this one says LOOP\n", -1);
  Run r = run_np (NULL, "run", fine, aborts, segv, loops, fine, "--plugin-dir", testdir, "--plugins", "stats,crashy",
                  "--time-limit", "2", "--format", "json", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_autoptr (JsonNode) root = parse_json (r.out);
  JsonArray *docs = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (docs), ==, 5);
  /* under AddressSanitizer a segfault becomes exit status 1 */
  const char *expect[] = { NULL, "crashed on this document (", "crashed on this document (",
                           "did not finish within the time limit of 2 s", NULL };
  for (guint i = 0; i < 5; i++)
    {
      JsonObject *d = json_array_get_object_element (docs, i);
      JsonObject *layers = json_object_get_object_member (d, "layers");
      JsonArray *errors = json_object_get_array_member (d, "errors");
      /* stats ran before the crash: its layer is kept */
      g_assert_true (json_object_has_member (layers, "stats.document"));
      if (!expect[i])
        {
          g_assert_cmpuint (json_array_get_length (errors), ==, 0);
          g_assert_true (json_object_has_member (layers, "crashy.survived"));
          continue;
        }
      g_assert_cmpuint (json_array_get_length (errors), ==, 1);
      JsonObject *e = json_array_get_object_element (errors, 0);
      g_assert_cmpstr (json_object_get_string_member (e, "plugin"), ==, "crashy");
      if (!strstr (json_object_get_string_member (e, "message"), expect[i]))
        g_error ("document %u: %s", i, json_object_get_string_member (e, "message"));
      g_assert_false (json_object_has_member (layers, "crashy.survived"));
    }
  run_clear (&r);
}

/* keywords.candidates is internal (the keywords corpus stage's input): the
 * JSON of run and batch leave it out unless --internal-layers; with the
 * option the output is what it was before the flag existed.  Isolation
 * brings it back from the child (the corpus stage needs it there too). */
static gboolean
has_layer (JsonObject *doc, const char *name)
{
  return json_object_has_member (json_object_get_object_member (doc, "layers"), name);
}

static void
test_internal_layers (void)
{
  g_autofree char *note = temp_file ("solar.txt",
                                     "# Energy review\n\n- Solar panels cut power bills\n"
                                     "- Solar panels need sun; wind turbines need wind\n"
                                     "- Battery storage smooths solar power at night\n",
                                     -1);
  Run plain = run_np (NULL, "run", note, "--plugins", "keywords", "--format", "json", NULL);
  g_assert_cmpint (plain.status, ==, 0);
  g_autoptr (JsonNode) p = parse_json (plain.out);
  g_assert_true (has_layer (json_node_get_object (p), "keywords.phrase"));
  g_assert_false (has_layer (json_node_get_object (p), "keywords.candidates"));

  Run full = run_np (NULL, "run", note, "--plugins", "keywords", "--format", "json", "--internal-layers", NULL);
  g_assert_cmpint (full.status, ==, 0);
  g_autoptr (JsonNode) f = parse_json (full.out);
  g_assert_true (has_layer (json_node_get_object (f), "keywords.phrase"));
  JsonArray *cand = json_object_get_array_member (json_object_get_object_member (json_node_get_object (f), "layers"),
                                                  "keywords.candidates");
  g_assert_cmpuint (json_array_get_length (cand), ==, 1);
  g_assert_true (json_object_has_member (json_array_get_object_element (cand, 0), "terms"));

  /* the child's layers reach the parent whole, internal ones included */
  Run iso = run_np (NULL, "run", note, "--plugins", "keywords", "--format", "json", "--internal-layers", "--isolate",
                    NULL);
  g_assert_cmpint (iso.status, ==, 0);
  g_assert_cmpstr (iso.out, ==, full.out);
  Run iso_plain = run_np (NULL, "run", note, "--plugins", "keywords", "--format", "json", "--isolate", NULL);
  g_assert_cmpstr (iso_plain.out, ==, plain.out);
  run_clear (&iso_plain);
  run_clear (&iso);

  /* batch JSONL: every document line follows the option; the corpus
   * stage still had its input (the corpus record has its phrases) */
  for (int with = 0; with < 2; with++)
    {
      Run b = run_np (NULL, "batch", note, note, "--plugins", "keywords", "--format", "jsonl", "-j", "1", "-q",
                      with ? "--internal-layers" : NULL, NULL);
      g_assert_cmpint (b.status, ==, 0);
      g_auto (GStrv) lines = g_strsplit (g_strchomp (b.out), "\n", -1);
      g_assert_cmpuint (g_strv_length (lines), ==, 3);
      for (guint i = 0; i < 2; i++)
        {
          g_autoptr (JsonNode) d = parse_json (lines[i]);
          g_assert_cmpint (has_layer (json_node_get_object (d), "keywords.candidates"), ==, with);
          g_assert_true (has_layer (json_node_get_object (d), "keywords.phrase"));
        }
      g_autoptr (JsonNode) c = parse_json (lines[2]);
      JsonArray *phrases = json_object_get_array_member (
        json_object_get_object_member (json_node_get_object (c), "layers"), "keywords.phrase");
      g_assert_cmpuint (json_array_get_length (phrases), >, 0);
      run_clear (&b);
    }

  Run schemas = run_np (NULL, "plugins", "keywords", NULL);
  g_assert_cmpint (schemas.status, ==, 0);
  g_assert_nonnull (strstr (schemas.out, "provides keywords.candidates (one per document, internal)"));
  g_assert_nonnull (strstr (schemas.out, "provides keywords.phrase (one per document):"));
  run_clear (&schemas);
  run_clear (&full);
  run_clear (&plain);
}

/* batch: the speakers corpus stage adds up each document's people, folds
 * the case of names, leaves anonymous turns out, and gives the same record
 * on one thread or two */
static void
test_speakers_corpus (void)
{
  g_autofree char *m1 = temp_file ("people-1.md",
                                   "# Meeting 1\n\nDate: 2024-01-10\n\n## Topic\n\n- [alice] one two three\n"
                                   "- [bob] four five\n- [alice] six\n- [unknown] seven\n",
                                   -1);
  g_autofree char *m2 = temp_file ("people-2.md", "# Meeting 2\n\nDate: 2024-03-02\n\n## Topic\n\n- [Alice] eight nine\n- [carol] ten\n", -1);
  g_autofree char *m3 = temp_file ("people-3.md", "# Meeting 3\n\nNothing said by anyone.\n", -1);
  char *last[2] = { NULL, NULL };
  for (int jobs = 0; jobs < 2; jobs++)
    {
      Run b = run_np (NULL, "batch", m1, m2, m3, "--plugins", "speakers", "--format", "jsonl", "-q", "-j",
                      jobs ? "2" : "1", NULL);
      g_assert_cmpint (b.status, ==, 0);
      const char *record = strrchr (g_strchomp (b.out), '\n');
      g_assert_nonnull (record);
      last[jobs] = g_strdup (record + 1);
      run_clear (&b);
    }
  g_assert_cmpstr (last[0], ==, last[1]);
  g_autoptr (JsonNode) c = parse_json (last[0]);
  JsonArray *people = json_object_get_array_member (
    json_object_get_object_member (json_node_get_object (c), "layers"), "speakers.people");
  g_assert_nonnull (people);
  g_assert_cmpuint (json_array_get_length (people), ==, 3);
  static const struct
  {
    const char *name, *aliases, *first, *last;
    gint64 documents, items, words;
  } expect[] = {
    /* "alice" is written in two turns, "Alice" in one */
    { "alice", "Alice;alice", "2024-01-10", "2024-03-02", 2, 3, 6 },
    { "bob", "bob", "2024-01-10", "2024-01-10", 1, 1, 2 },
    { "carol", "carol", "2024-03-02", "2024-03-02", 1, 1, 1 },
  };
  for (guint i = 0; i < G_N_ELEMENTS (expect); i++)
    {
      JsonObject *p = json_array_get_object_element (people, i);
      g_assert_cmpstr (json_object_get_string_member (p, "name"), ==, expect[i].name);
      JsonArray *a = json_object_get_array_member (p, "aliases");
      g_autoptr (GString) aliases = g_string_new (NULL);
      for (guint k = 0; k < json_array_get_length (a); k++)
        g_string_append_printf (aliases, "%s%s", k ? ";" : "", json_array_get_string_element (a, k));
      g_assert_cmpstr (aliases->str, ==, expect[i].aliases);
      g_assert_cmpint (json_object_get_int_member (p, "documents"), ==, expect[i].documents);
      g_assert_cmpint (json_object_get_int_member (p, "items"), ==, expect[i].items);
      g_assert_cmpint (json_object_get_int_member (p, "words"), ==, expect[i].words);
      g_assert_cmpint (json_object_get_int_member (p, "rank"), ==, i + 1);
      g_assert_cmpstr (json_object_get_string_member (p, "first_date"), ==, expect[i].first);
      g_assert_cmpstr (json_object_get_string_member (p, "last_date"), ==, expect[i].last);
    }
  g_free (last[0]);
  g_free (last[1]);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  if (!g_getenv ("NOTEPIPE"))
    {
      g_printerr ("NOTEPIPE is not set: run through make check\n");
      return 77;
    }
  tmpdir = g_dir_make_tmp ("np-cli-XXXXXX", NULL);
  g_test_add_func ("/cli/version-help-usage", test_version_help);
  g_test_add_func ("/cli/text-view", test_text_view);
  g_test_add_func ("/cli/text-view-terminal", test_text_view_terminal);
  g_test_add_func ("/cli/json-contract", test_json_contract);
  g_test_add_func ("/cli/transcript", test_transcript);
  g_test_add_func ("/cli/bad-inputs", test_bad_inputs);
  g_test_add_func ("/cli/other-formats", test_other_formats);
  g_test_add_func ("/cli/directories-and-archives", test_directories_and_archives);
  g_test_add_func ("/cli/compressed-notes", test_compressed_notes);
  g_test_add_func ("/cli/speakers-corpus", test_speakers_corpus);
  g_test_add_func ("/cli/stdin", test_stdin);
  g_test_add_func ("/cli/plugins-command", test_plugins_command);
  g_test_add_func ("/cli/options-and-config", test_options_and_config);
  g_test_add_func ("/cli/markdown-view", test_markdown_view);
  g_test_add_func ("/cli/isolation", test_isolation);
  g_test_add_func ("/cli/internal-layers", test_internal_layers);
  int rc = g_test_run ();
  g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", tmpdir);
  (void) system (cmd);
  g_free (tmpdir);
  return rc;
}
