/* test-batch.c: notepipe batch inputs, store, order, failures, --lines and
 * search, through the CLI. */
#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <utime.h>

#include <json-glib/json-glib.h>

#include "batch/batch.h"
#include "helpers.h"

#define NOTE_A "# Crypto sync\n\nDate: 2024-03-05\n\n## FIPS\n\n- [alice] FIPS 140 validation is on track\n" \
               "- [bob] the module needs a review\n\n## Other\n\n- [carol & dave] release notes\n"
#define NOTE_B "Weekly notes 2023-11-20\n\n- WebAssembly support landed\n- [bob] FIPS mode is slow\n"

/* A layer of more rows than one multi-row INSERT takes: every row, in
 * order, unset values as NULL, whichever statement wrote it */
static void
test_store_many_rows (void)
{
  g_autofree char *dir = nb_tmpdir ();
  GString *note = g_string_new ("# Many turns\n\n");
  GString *expect = g_string_new (NULL);
  for (guint i = 0; i < 37; i++)
    {
      gboolean guess = i % 5 == 3;
      g_string_append_printf (note, "- [%sp%02u] point %u\n", guess ? "?" : "", i, i);
      g_string_append_printf (expect, "%u|[\"%sp%02u\"]|%s\n", i, guess ? "?" : "", i, guess ? "null" : "1");
    }
  nb_write (dir, "in/many.md", note->str, -1);
  g_autoptr (NbResult) r = nb_run (dir, "batch", "in", "--db", "out.db", nb_plugin_dir_arg (), "--plugins", "testcount",
                                   "-q", NULL);
  g_assert_cmpint (r->status, ==, 0);
  g_autofree char *db = g_build_filename (dir, "out.db", NULL);
  g_autofree char *rows = nb_db_rows (db, "SELECT n, speakers, ifnull(explicit, 'null') FROM layer_testcount_turn "
                                          "ORDER BY n");
  g_assert_cmpstr (rows, ==, expect->str);
  g_assert_cmpint (nb_db_int (db, "SELECT count(DISTINCT item) FROM layer_testcount_turn"), ==, 37);
  g_string_free (note, TRUE);
  g_string_free (expect, TRUE);
  nb_rmtree (dir);
}

static void
test_directory_walk (void)
{
  g_autofree char *dir = nb_tmpdir ();
  nb_write (dir, "in/b/z.md", NOTE_A, -1);
  nb_write (dir, "in/b/a.txt", NOTE_B, -1);
  nb_write (dir, "in/a.md", NOTE_B, -1);
  nb_write (dir, "in/.hidden/x.md", NOTE_A, -1);
  nb_write (dir, "in/notes.log", "not a note\n", -1);
  nb_write (dir, "in/drafts/d.md", NOTE_A, -1);
  nb_write (dir, "in/c.MD", NOTE_A, -1);
  g_autoptr (NbResult) r = nb_run (dir, "batch", "in", "--format", "jsonl", "--plugins", "none", "--exclude",
                                   "drafts", NULL);
  g_assert_cmpint (r->status, ==, 0);
  g_autofree char *sources = nb_jsonl_sources (r->out);
  /* bytewise order, children of a directory in place, globs as written */
  g_assert_cmpstr (sources, ==, "in/a.md\nin/b/a.txt\nin/b/z.md\n");

  g_autoptr (NbResult) r2 = nb_run (dir, "batch", "in", "--format", "jsonl", "--plugins", "none", "--include",
                                    "*.log", "--include", "*.MD", NULL);
  g_autofree char *sources2 = nb_jsonl_sources (r2->out);
  g_assert_cmpstr (sources2, ==, "in/c.MD\nin/notes.log\n");

  /* an explicit file is taken whatever its name */
  g_autoptr (NbResult) r3 = nb_run (dir, "batch", "in/notes.log", "--format", "jsonl", "--plugins", "none", NULL);
  g_autofree char *sources3 = nb_jsonl_sources (r3->out);
  g_assert_cmpstr (sources3, ==, "in/notes.log\n");
  nb_rmtree (dir);
}

static void
test_store_schema (void)
{
  g_autofree char *dir = nb_tmpdir ();
  nb_write (dir, "in/a.md", NOTE_A, -1);
  nb_write (dir, "in/b.txt", NOTE_B, -1);
  g_autoptr (NbResult) r = nb_run (dir, "batch", "in", "--db", "out.db", nb_plugin_dir_arg (), "--plugins", "testcount",
                                   "-q", NULL);
  g_assert_cmpint (r->status, ==, 0);
  g_assert_cmpstr (r->err, ==, "");
  g_autofree char *db = g_build_filename (dir, "out.db", NULL);
  g_autofree char *docs = nb_db_rows (db, "SELECT source, status, title, date, length(id), seq FROM documents "
                                          "ORDER BY seq");
  g_assert_cmpstr (docs, ==, "in/a.md|ok|Crypto sync|2024-03-05|64|0\nin/b.txt|ok|Weekly notes 2023-11-20|2023-11-20|64|1\n");
  g_assert_cmpint (nb_db_int (db, "SELECT count(*) FROM items"), ==, 5);
  g_assert_cmpint (nb_db_int (db, "SELECT count(*) FROM sections WHERE doc = (SELECT doc FROM documents WHERE "
                                  "source = 'in/a.md')"),
                   >=, 2);
  /* generic layer tables from the schema: types, lists as JSON */
  g_autofree char *turns = nb_db_rows (db, "SELECT i.line, t.speakers, t.explicit FROM layer_testcount_turn t JOIN "
                                           "items i ON i.doc = t.doc AND i.id = t.item ORDER BY t.doc, t.n");
  g_assert_cmpstr (turns, ==, "7|[\"alice\"]|1\n8|[\"bob\"]|1\n12|[\"carol\", \"dave\"]|1\n4|[\"bob\"]|1\n");
  g_assert_cmpint (nb_db_int (db, "SELECT typeof(ratio) = 'real' FROM layer_testcount_words LIMIT 1"), ==, 1);
  g_autofree char *reg = nb_db_rows (db, "SELECT name, scope, table_name, target FROM layers ORDER BY name");
  /* testcount.state is internal: stored like the others */
  g_assert_cmpstr (reg, ==,
                   "testcount.state|corpus|corpus_testcount_state|corpus\n"
                   "testcount.total|corpus|corpus_testcount_total|corpus\n"
                   "testcount.turn|document|layer_testcount_turn|item\n"
                   "testcount.words|document|layer_testcount_words|document\n");
  g_autofree char *total = nb_db_rows (db, "SELECT documents, corpus_documents, words > 10 FROM corpus_testcount_total");
  g_assert_cmpstr (total, ==, "2|2|1\n");
  g_autofree char *run = nb_db_rows (db, "SELECT status, plugins, shard IS NULL, documents, failed, length(fingerprint) "
                                         "FROM runs");
  g_assert_cmpstr (run, ==, "finished|testcount|1|2|0|64\n");
  g_assert_cmpint (nb_db_int (db, "SELECT count(*) FROM corpus_parts"), ==, 2);
  g_assert_cmpint (nb_db_int (db, "SELECT count(*) FROM corpus_state"), ==, 1);
  nb_rmtree (dir);
}

static void
test_archives (void)
{
  g_autofree char *dir = nb_tmpdir ();
  nb_write (dir, "tree/x/a.md", NOTE_A, -1);
  nb_write (dir, "tree/x/b.txt", NOTE_B, -1);
  nb_write (dir, "tree/skip.bin", "binary?", -1);
  static const char *const rels[] = { "x/b.txt", "skip.bin", "x/a.md", NULL };
  static const char *const formats[] = { "tar", "tar.gz", "tar.xz", "zip", "tar.bz2", "tar.zst", "tar.lz", "7z", "cpio",
                                         "xar", "iso", "warc", NULL };
  g_autofree char *tree = g_build_filename (dir, "tree", NULL);
  GPtrArray *args = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (args, g_strdup ("batch"));
  for (const char *const *f = formats; *f; f++)
    {
      g_autofree char *name = g_strdup_printf ("notes.%s", *f);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      nb_write_archive (path, *f, tree, rels);
      g_ptr_array_add (args, g_strdup (name));
    }
  /* named on the command line, an archive is known by its bytes too */
  g_autofree char *plain = g_build_filename (dir, "notes.tar", NULL);
  g_autofree char *odd = g_build_filename (dir, "backup-2024", NULL);
  g_autofree char *bytes = NULL;
  gsize len;
  g_assert_true (g_file_get_contents (plain, &bytes, &len, NULL));
  g_assert_true (g_file_set_contents (odd, bytes, len, NULL));
  g_ptr_array_add (args, g_strdup ("backup-2024"));
  /* an ISO 9660 image, known by the signature 32 KiB in */
  g_autofree char *iso = g_build_filename (dir, "notes.iso", NULL);
  g_autofree char *image = g_build_filename (dir, "image-2024", NULL);
  g_free (bytes);
  g_assert_true (g_file_get_contents (iso, &bytes, &len, NULL));
  g_assert_true (g_file_set_contents (image, bytes, len, NULL));
  g_ptr_array_add (args, g_strdup ("image-2024"));
  /* ar: flat names, no file type in its headers */
  nb_write (dir, "flat/b.txt", NOTE_B, -1);
  nb_write (dir, "flat/a.md", NOTE_A, -1);
  static const char *const flat[] = { "b.txt", "a.md", NULL };
  g_autofree char *ar = g_build_filename (dir, "members-2024", NULL);
  g_autofree char *flat_dir = g_build_filename (dir, "flat", NULL);
  nb_write_archive (ar, "ar", flat_dir, flat);
  g_ptr_array_add (args, g_strdup ("members-2024"));
  g_ptr_array_add (args, g_strdup ("tree/x/a.md"));
  for (const char *a = "--format\0jsonl\0--plugins\0none\0"; *a; a += strlen (a) + 1)
    g_ptr_array_add (args, g_strdup (a));
  g_ptr_array_add (args, NULL);
  g_autoptr (NbResult) r = nb_runv (dir, (const char *const *) args->pdata, NULL);
  g_ptr_array_free (args, TRUE);
  g_assert_cmpint (r->status, ==, 0);
  g_autofree char *sources = nb_jsonl_sources (r->out);
  /* members in stored order, named archive!member, filtered by globs */
  g_assert_cmpstr (sources, ==,
                   "notes.tar!x/b.txt\nnotes.tar!x/a.md\nnotes.tar.gz!x/b.txt\nnotes.tar.gz!x/a.md\n"
                   "notes.tar.xz!x/b.txt\nnotes.tar.xz!x/a.md\nnotes.zip!x/b.txt\nnotes.zip!x/a.md\n"
                   "notes.tar.bz2!x/b.txt\nnotes.tar.bz2!x/a.md\nnotes.tar.zst!x/b.txt\nnotes.tar.zst!x/a.md\n"
                   "notes.tar.lz!x/b.txt\nnotes.tar.lz!x/a.md\nnotes.7z!x/b.txt\nnotes.7z!x/a.md\n"
                   "notes.cpio!x/b.txt\nnotes.cpio!x/a.md\nnotes.xar!x/b.txt\nnotes.xar!x/a.md\n"
                   "notes.iso!x/b.txt\nnotes.iso!x/a.md\nnotes.warc!x/b.txt\nnotes.warc!x/a.md\nbackup-2024!x/b.txt\nbackup-2024!x/a.md\n"
                   "image-2024!x/b.txt\nimage-2024!x/a.md\nmembers-2024!b.txt\nmembers-2024!a.md\ntree/x/a.md\n");
  /* same bytes, same id, wherever they come from */
  g_auto (GStrv) lines = g_strsplit (r->out, "\n", -1);
  g_autoptr (GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (char **l = lines; *l; l++)
    {
      if (!**l)
        continue;
      g_autoptr (JsonParser) p = json_parser_new ();
      g_assert_true (json_parser_load_from_data (p, *l, -1, NULL));
      JsonObject *o = json_node_get_object (json_parser_get_root (p));
      if (json_object_has_member (o, "id"))
        g_hash_table_add (ids, g_strdup (json_object_get_string_member (o, "id")));
    }
  g_assert_cmpuint (g_hash_table_size (ids), ==, 2);
  nb_rmtree (dir);
}

/* Archives inside archives (monthly zips in a yearly tarball): their
 * notes are members named outer!inner!path, in stored order; a member
 * named as an archive that is none fails alone; nesting stops at a depth
 * (a zip quine would recurse forever) */
/* input (in dir) in one run and as two shards merged, each into
 * NAME-0.db, NAME-1.db, NAME-2.db and NAME-m.db: the rows query gives of
 * the one run, which the merge of the shards must give alike (the
 * positions a run gives its documents hold in every shard) */
static char *
sharded_rows (const char *dir, const char *input, const char *name, const char *query)
{
  for (guint shard = 0; shard <= 2; shard++)
    {
      g_autofree char *db = g_strdup_printf ("%s-%u.db", name, shard);
      g_autofree char *spec = g_strdup_printf ("%u/2", shard);
      g_autoptr (NbResult) r = shard == 0 ? nb_run (dir, "batch", input, "--db", db, "--plugins", "none", NULL)
                                          : nb_run (dir, "batch", input, "--db", db, "--plugins", "none", "--shard",
                                                    spec, NULL);
      g_assert_cmpint (r->status, ==, 0);
    }
  g_autofree char *one = g_strdup_printf ("%s/%s-0.db", dir, name);
  g_autofree char *s1 = g_strdup_printf ("%s-1.db", name), *s2 = g_strdup_printf ("%s-2.db", name);
  g_autofree char *m = g_strdup_printf ("%s-m.db", name);
  g_autoptr (NbResult) merged = nb_run (dir, "merge", s1, s2, "--db", m, NULL);
  g_assert_cmpint (merged->status, ==, 0);
  g_autofree char *merged_db = g_build_filename (dir, m, NULL);
  char *rows = nb_db_rows (one, query);
  g_autofree char *merged_rows = nb_db_rows (merged_db, query);
  g_assert_cmpstr (merged_rows, ==, rows);
  return rows;
}

/* One WARC record of type and URI holding body */
static void
warc_record (GString *w, const char *type, const char *uri, const char *body, gsize len)
{
  g_autofree char *id = g_uuid_string_random ();
  g_string_append_printf (w,
                          "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-03-05T10:00:00Z\r\n"
                          "WARC-Record-ID: <urn:uuid:%s>\r\nContent-Length: %zu\r\n\r\n",
                          type, uri, id, len);
  g_string_append_len (w, body, len);
  g_string_append (w, "\r\n\r\n");
}

/* A web archive, as a crawler writes one: each page's response whole,
 * its HTTP status and head before the body, which may come in chunks;
 * a redirect beside the pages, a request record, a file stored as a
 * resource (named by its absolute path, as a tar's would be), HTML pages,
 * a script.  The notes are the bodies; the redirect and the script are no
 * notes. */
static void
test_web_archive (void)
{
  g_autofree char *dir = nb_tmpdir ();
  g_autoptr (GString) w = g_string_new (NULL);
  warc_record (w, "warcinfo", "", "software: a crawler\r\n", 21);
  const char *request = "GET /notes/a.md HTTP/1.1\r\nHost: example.org\r\n\r\n";
  warc_record (w, "request", "https://example.org/notes/a.md", request, strlen (request));
  g_autofree char *plain = g_strdup_printf ("HTTP/1.1 200 OK\r\nContent-Type: text/markdown\r\nContent-Length: "
                                            "%zu\r\n\r\n%s",
                                            strlen (NOTE_A), NOTE_A);
  warc_record (w, "response", "https://example.org/notes/a.md", plain, strlen (plain));
  const char *moved = "HTTP/1.1 301 Moved Permanently\r\nLocation: /notes/b.txt\r\nContent-Length: 0\r\n\r\n";
  warc_record (w, "response", "https://example.org/notes/old.txt", moved, strlen (moved));
  /* the body in chunks of 16 bytes, a chunk extension on the first */
  g_autoptr (GString) chunked = g_string_new ("HTTP/1.1 200 OK\r\ntransfer-encoding: Chunked\r\n\r\n");
  for (gsize i = 0; i < strlen (NOTE_B); i += 16)
    {
      gsize n = MIN (16, strlen (NOTE_B) - i);
      g_string_append_printf (chunked, "%zx%s\r\n", n, i == 0 ? ";name=value" : "");
      g_string_append_len (chunked, NOTE_B + i, n);
      g_string_append (chunked, "\r\n");
    }
  g_string_append (chunked, "0\r\n\r\n");
  warc_record (w, "response", "https://example.org/notes/b.txt", chunked->str, chunked->len);
  warc_record (w, "resource", "file:///kept/c.md", NOTE_A, strlen (NOTE_A));
  /* pages: HTML by its name, and at an address with no extension; a
   * script at one is no note */
  const char *page = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<!DOCTYPE html><html><head>"
                     "<title>Minutes</title></head><body><h1>Minutes 2024-03-05</h1><ul><li><b>Alice</b>: ship it</li>"
                     "</ul></body></html>";
  warc_record (w, "response", "https://example.org/minutes/05-minutes.html", page, strlen (page));
  warc_record (w, "response", "https://example.org/minutes/2024-03-05", page, strlen (page));
  const char *script = "HTTP/1.1 200 OK\r\nContent-Type: application/javascript\r\n\r\nvar a = 1;\n";
  warc_record (w, "response", "https://example.org/static/app", script, strlen (script));
  g_autofree char *path = g_build_filename (dir, "crawl.warc", NULL);
  g_assert_true (g_file_set_contents (path, w->str, w->len, NULL));
  /* known by its first bytes too */
  g_autofree char *odd = g_build_filename (dir, "crawl-2024", NULL);
  g_assert_true (g_file_set_contents (odd, w->str, w->len, NULL));
  g_autoptr (NbResult) r = nb_run (dir, "batch", "crawl.warc", "crawl-2024", "--format", "jsonl", "--plugins", "none", NULL);
  g_assert_cmpint (r->status, ==, 0);
  g_autofree char *sources = nb_jsonl_sources (r->out);
  g_assert_cmpstr (sources, ==,
                   "crawl.warc!notes/a.md\ncrawl.warc!notes/b.txt\ncrawl.warc!/kept/c.md\n"
                   "crawl.warc!minutes/05-minutes.html\ncrawl.warc!minutes/2024-03-05\n"
                   "crawl-2024!notes/a.md\ncrawl-2024!notes/b.txt\ncrawl-2024!/kept/c.md\n"
                   "crawl-2024!minutes/05-minutes.html\ncrawl-2024!minutes/2024-03-05\n");
  g_assert_nonnull (strstr (r->out, "\"title\": \"Minutes 2024-03-05\""));
  /* given --include, the globs alone decide */
  g_autoptr (NbResult) md = nb_run (dir, "batch", "crawl.warc", "--include", "*.md", "--format", "jsonl", "--plugins",
                                    "none", NULL);
  g_assert_cmpint (md->status, ==, 0);
  g_autofree char *md_sources = nb_jsonl_sources (md->out);
  g_assert_cmpstr (md_sources, ==, "crawl.warc!notes/a.md\ncrawl.warc!/kept/c.md\n");
  /* a page passed over keeps its position, so shards of the crawl number
   * its documents as one run does (the redirect is 1, the script 6) */
  g_autofree char *positions = sharded_rows (dir, "crawl.warc", "crawl", "SELECT seq, source FROM documents ORDER BY seq");
  g_assert_cmpstr (positions, ==,
                   "0|crawl.warc!notes/a.md\n2|crawl.warc!notes/b.txt\n3|crawl.warc!/kept/c.md\n"
                   "4|crawl.warc!minutes/05-minutes.html\n5|crawl.warc!minutes/2024-03-05\n");
  /* the bodies read as the notes themselves: the same ids as the files */
  g_assert_null (strstr (r->out, "HTTP/1.1"));
  g_assert_null (strstr (r->out, "Chunked"));
  nb_write (dir, "a.md", NOTE_A, -1);
  nb_write (dir, "b.txt", NOTE_B, -1);
  g_autoptr (NbResult) files = nb_run (dir, "batch", "a.md", "b.txt", "--format", "jsonl", "--plugins", "none", NULL);
  g_assert_cmpint (files->status, ==, 0);
  g_auto (GStrv) lines = g_strsplit (files->out, "\n", -1);
  for (char **l = lines; *l; l++)
    {
      const char *id = strstr (*l, "\"id\": \"");
      if (id)
        {
          g_autofree char *key = g_strndup (id, 7 + 64 + 1);
          g_assert_nonnull (strstr (r->out, key));
        }
    }
  nb_rmtree (dir);
}

#define MBOX_A "From alice at example.org  Tue Mar  5 10:00:00 2024\n" \
               "From: alice at example.org (Alice Smith)\nDate: Tue, 05 Mar 2024 10:00:00 +0000\n" \
               "Subject: [wg] Minutes 2024-03-05\n\nAttendees: Alice Smith, Bob Jones\n\n" \
               "- Alice: ship the parser\n>From the archive: an escaped line\n\n"
#define MBOX_B "From bob@example.org Tue Mar 12 10:00:00 2024\n" \
               "From: Bob Jones <bob@example.org>\nDate: Tue, 12 Mar 2024 10:00:00 +0000\n" \
               "Subject: Minutes 2024-03-12\n\n- Bob: the parser shipped\n"

/* A list's archive, a month of mail in one file (Mailman's `.txt.gz`, a
 * client's `.mbox`): each message a document, named by its envelope's
 * line, read as the saved mail it is; a note that only opens with "From "
 * stays a note. */
static void
test_mailbox (void)
{
  g_autofree char *dir = nb_tmpdir ();
  nb_write (dir, "lists/list.mbox", MBOX_A MBOX_B, -1);
  nb_write (dir, "lists/note.txt", "From the meeting on Tuesday\n\n- Alice: hello\n", -1);
  /* compressed, as pipermail keeps a month */
  gsize zlen;
  g_autofree char *z = NULL;
  {
    g_autoptr (GConverter) gz = G_CONVERTER (g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 6));
    const char *plain = MBOX_A MBOX_B;
    z = g_malloc (4096);
    gsize read, written;
    g_assert_cmpint (g_converter_convert (gz, plain, strlen (plain), z, 4096, G_CONVERTER_INPUT_AT_END, &read, &written,
                                          NULL),
                     ==, G_CONVERTER_FINISHED);
    zlen = written;
  }
  nb_write (dir, "lists/2024-March.txt.gz", z, zlen);
  g_autoptr (NbResult) r = nb_run (dir, "batch", "lists", "--format", "jsonl", "--plugins", "none", "--db", "m.db", NULL);
  g_assert_cmpint (r->status, ==, 0);
  g_autofree char *db = g_build_filename (dir, "m.db", NULL);
  g_autofree char *rows = nb_db_rows (db, "SELECT seq, source, title, date, status FROM documents ORDER BY seq");
  g_assert_cmpstr (rows, ==,
                   "0|lists/2024-March.txt.gz:1|Minutes 2024-03-05|2024-03-05|ok\n"
                   "1|lists/2024-March.txt.gz:11|Minutes 2024-03-12|2024-03-12|ok\n"
                   "2|lists/list.mbox:1|Minutes 2024-03-05|2024-03-05|ok\n"
                   "3|lists/list.mbox:11|Minutes 2024-03-12|2024-03-12|ok\n"
                   "4|lists/note.txt|From the meeting on Tuesday|NULL|ok\n");
  /* the envelope is no text, the escaped line is the writer's again */
  g_autofree char *items = nb_db_rows (db, "SELECT i.text FROM items i JOIN documents d USING (doc) "
                                           "WHERE d.source = 'lists/list.mbox:1' ORDER BY i.id");
  g_assert_nonnull (strstr (items, "From the archive: an escaped line"));
  g_assert_null (strstr (items, ">From"));
  g_assert_null (strstr (items, "Tue Mar  5 10:00:00 2024"));
  /* a message over --max-bytes fails alone */
  g_autoptr (NbResult) big = nb_run (dir, "batch", "lists/list.mbox", "--format", "jsonl", "--plugins", "none",
                                     "--max-bytes", "180", NULL);
  g_assert_cmpint (big->status, !=, 0);
  g_assert_nonnull (strstr (big->err, "lists/list.mbox:1: over the limit of 180 bytes"));
  g_autofree char *big_sources = nb_jsonl_sources (big->out);
  g_assert_nonnull (strstr (big_sources, "lists/list.mbox:11\n"));
  /* the globs decide which files are read */
  g_autoptr (NbResult) md = nb_run (dir, "batch", "lists", "--include", "*.md", "--format", "jsonl", "--plugins", "none",
                                    NULL);
  g_assert_cmpint (md->status, ==, 0);
  g_autofree char *md_sources = nb_jsonl_sources (md->out);
  g_assert_cmpstr (md_sources, ==, "");
  /* in a year's tarball: each month's messages, numbered alike in shards */
  static const char *const months[] = { "2024-March.txt.gz", "note.txt", "list.mbox", NULL };
  g_autofree char *lists = g_build_filename (dir, "lists", NULL);
  g_autofree char *tar = g_build_filename (dir, "year.tar", NULL);
  nb_write_archive (tar, "tar", lists, months);
  g_autofree char *year = sharded_rows (dir, "year.tar", "y", "SELECT seq, source, title FROM documents ORDER BY seq");
  g_assert_cmpstr (year, ==,
                   "0|year.tar!2024-March.txt.gz:1|Minutes 2024-03-05\n"
                   "1|year.tar!2024-March.txt.gz:11|Minutes 2024-03-12\n"
                   "2|year.tar!note.txt|From the meeting on Tuesday\n"
                   "3|year.tar!list.mbox:1|Minutes 2024-03-05\n"
                   "4|year.tar!list.mbox:11|Minutes 2024-03-12\n");
  /* cut short: the messages before the cut, and the one cut fails (a
   * gzip member a message, the second's long body cut halfway) */
  GString *body = g_string_new (MBOX_B);
  for (guint k = 0; body->len < 400000; k++)
    g_string_append_printf (body, "- Bob: item %u is %08x\n", k, k * 2654435761u);
  g_autoptr (GByteArray) cut_gz = g_byte_array_new ();
  const char *parts[] = { MBOX_A, body->str };
  gsize last_len = 0;
  for (guint k = 0; k < 2; k++)
    {
      g_autoptr (GConverter) gz = G_CONVERTER (g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 6));
      gsize cap = strlen (parts[k]) + 4096, read, written;
      g_autofree char *out = g_malloc (cap);
      g_assert_cmpint (g_converter_convert (gz, parts[k], strlen (parts[k]), out, cap, G_CONVERTER_INPUT_AT_END, &read,
                                            &written, NULL),
                       ==, G_CONVERTER_FINISHED);
      g_byte_array_append (cut_gz, (const guint8 *) out, (guint) written);
      last_len = written;
    }
  g_string_free (body, TRUE);
  nb_write (dir, "cut/2024-March.txt.gz", (const char *) cut_gz->data, cut_gz->len - last_len / 2);
  g_autoptr (NbResult) cut = nb_run (dir, "batch", "cut", "--format", "jsonl", "--plugins", "none", NULL);
  g_autofree char *cut_sources = nb_jsonl_sources (cut->out);
  g_assert_cmpstr (cut_sources, ==, "cut/2024-March.txt.gz:1\ncut/2024-March.txt.gz:11\n");
  g_assert_cmpint (cut->status, !=, 0);
  g_assert_nonnull (strstr (cut->err, "cut/2024-March.txt.gz:11: truncated or corrupt compressed data"));
  nb_rmtree (dir);
}

static void
test_nested_archives (void)
{
  g_autofree char *dir = nb_tmpdir ();
  nb_write (dir, "tree/x/a.md", NOTE_A, -1);
  nb_write (dir, "tree/x/b.txt", NOTE_B, -1);
  static const char *const rels[] = { "x/b.txt", "x/a.md", NULL };
  g_autofree char *tree = g_build_filename (dir, "tree", NULL);
  g_autofree char *outer_dir = g_build_filename (dir, "outer", NULL);
  g_autofree char *inner = g_build_filename (outer_dir, "2024-05.zip", NULL);
  nb_write (dir, "outer/top.md", NOTE_A, -1);
  nb_write (dir, "outer/fake.zip", "no zip at all", -1);
  g_assert_cmpint (g_mkdir_with_parents (outer_dir, 0755), ==, 0);
  nb_write_archive (inner, "zip", tree, rels);
  static const char *const outer_rels[] = { "top.md", "2024-05.zip", "fake.zip", NULL };
  g_autofree char *outer = g_build_filename (dir, "2024.tar.gz", NULL);
  nb_write_archive (outer, "tar.gz", outer_dir, outer_rels);

  /* a chain of zips, each holding the next: the note at the bottom is
   * inside five archives */
  g_autofree char *chain_dir = g_build_filename (dir, "chain", NULL);
  nb_write (dir, "chain/deep.md", NOTE_B, -1);
  const char *prev = "deep.md";
  g_autofree char *last = NULL;
  for (guint k = 0; k < 5; k++)
    {
      g_autofree char *name = g_strdup_printf ("level%u.zip", k);
      g_autofree char *path = g_build_filename (chain_dir, name, NULL);
      const char *one[] = { prev, NULL };
      nb_write_archive (path, "zip", chain_dir, one);
      g_free (last);
      last = g_strdup (name);
      prev = last;
    }
  g_autofree char *chain = g_build_filename (chain_dir, last, NULL);
  g_autofree char *top = g_build_filename (dir, "chain.zip", NULL);
  g_assert_cmpint (rename (chain, top), ==, 0);

  g_autoptr (NbResult) r = nb_run (dir, "batch", "2024.tar.gz", "chain.zip", "--format", "jsonl", "--plugins",
                                   "none", NULL);
  g_test_message ("%s", r->err);
  g_assert_cmpint (r->status, ==, 1); /* the fake zip and the deepest archive fail */
  g_autofree char *sources = nb_jsonl_sources (r->out);
  /* failures are records of their own, in their place */
  g_assert_cmpstr (sources, ==,
                   "2024.tar.gz!top.md\n2024.tar.gz!2024-05.zip!x/b.txt\n2024.tar.gz!2024-05.zip!x/a.md\n"
                   "2024.tar.gz!fake.zip\nchain.zip!level3.zip!level2.zip!level1.zip!level0.zip\n");
  g_assert_nonnull (strstr (r->err, "2024.tar.gz!fake.zip: cannot open archive"));
  g_assert_nonnull (strstr (r->err, "chain.zip!level3.zip!level2.zip!level1.zip!level0.zip: an archive inside 4 others, not read"));
  nb_rmtree (dir);
}

/* Note s (freed) written at rel (kept in rels) under dir */
static void
add_note (const char *dir, GPtrArray *rels, char *rel, GString *s)
{
  nb_write (dir, rel, s->str, s->len);
  g_string_free (s, TRUE);
  g_ptr_array_add (rels, rel);
}

static void
test_truncated_archive (void)
{
  g_autofree char *dir = nb_tmpdir ();
  /* incompressible members, so the damage falls after the first ones */
  GPtrArray *rels = g_ptr_array_new_with_free_func (g_free);
  GRand *rand = g_rand_new_with_seed (7);
  for (guint i = 0; i < 12; i++)
    {
      GString *s = g_string_new ("# Random\n\n");
      for (guint k = 0; k < 600; k++)
        {
          g_string_append_printf (s, "- %08x %08x %08x %08x\n", g_rand_int (rand), g_rand_int (rand),
                                  g_rand_int (rand), g_rand_int (rand));
        }
      add_note (dir, rels, g_strdup_printf ("r/n%02u.md", i), s);
    }
  g_ptr_array_add (rels, NULL);
  g_rand_free (rand);
  static const char *const formats[] = { "tar", "tar.gz", "zip", NULL };
  for (const char *const *f = formats; *f; f++)
    {
      g_autofree char *whole = g_build_filename (dir, "whole.archive", NULL);
      nb_write_archive (whole, *f, dir, (const char *const *) rels->pdata);
      g_autofree char *data = NULL;
      gsize len;
      g_assert_true (g_file_get_contents (whole, &data, &len, NULL));
      g_autofree char *name = g_strdup_printf ("cut.%s", *f);
      nb_write (dir, name, data, len / 2);
      nb_write (dir, "after.md", NOTE_B, -1);
      g_autoptr (NbResult) r = nb_run (dir, "batch", name, "after.md", "--db", "t.db", "--plugins", "none", NULL);
      g_test_message ("%s: %s", *f, r->err);
      g_assert_cmpint (r->status, ==, 1);
      /* the error names the archive and the member it broke in */
      g_autofree char *prefix = g_strdup_printf ("notepipe: error: %s!r/n", name);
      g_assert_nonnull (strstr (r->err, prefix));
      g_assert_true (strstr (r->err, "truncated") || strstr (r->err, "corrupt"));
      g_autofree char *db = g_build_filename (dir, "t.db", NULL);
      g_autofree char *q = g_strdup_printf ("SELECT count(*) FROM documents WHERE source LIKE '%s!%%' AND status = 'ok'",
                                            name);
      g_assert_cmpint (nb_db_int (db, q), >=, 1);
      g_assert_cmpint (nb_db_int (db, "SELECT count(*) FROM documents WHERE source = 'after.md' AND status = 'ok'"),
                       ==, 1);
      g_autofree char *q2 = g_strdup_printf ("SELECT count(*) FROM documents WHERE source LIKE '%s!%%' AND status = "
                                             "'failed' AND error LIKE '%%%s!r/n%%'",
                                             name, name);
      g_assert_cmpint (nb_db_int (db, q2), ==, 1);
    }
  g_ptr_array_free (rels, TRUE);
  nb_rmtree (dir);
}

/* A gzipped tar cut within its first 64 KiB once inflated, which
 * libarchive cannot open (its gzip reader fills 64 KiB before it hands
 * any out): the note before the cut is read all the same, the member the
 * cut falls in fails, named, with the damage */
static void
test_truncated_archive_early (void)
{
  g_autofree char *dir = nb_tmpdir ();
  nb_write (dir, "r/a.md", NOTE_A, -1);
  GString *s = g_string_new ("# Random\n\n");
  GRand *rand = g_rand_new_with_seed (7);
  for (guint k = 0; k < 1200; k++)
    g_string_append_printf (s, "- %08x %08x\n", g_rand_int (rand), g_rand_int (rand));
  g_rand_free (rand);
  nb_write (dir, "r/b.md", s->str, s->len);
  g_string_free (s, TRUE);
  nb_write (dir, "r/c.md", NOTE_B, -1);
  const char *const rels[] = { "r/a.md", "r/b.md", "r/c.md", NULL };
  g_autofree char *whole = g_build_filename (dir, "whole.tar.gz", NULL);
  nb_write_archive (whole, "tar.gz", dir, rels);
  g_autofree char *data = NULL;
  gsize len;
  g_assert_true (g_file_get_contents (whole, &data, &len, NULL));
  nb_write (dir, "cut.tar.gz", data, len / 2);
  g_autoptr (NbResult) r = nb_run (dir, "batch", "cut.tar.gz", "--format", "jsonl", "--plugins", "none", NULL);
  g_test_message ("%s", r->err);
  g_assert_cmpint (r->status, ==, 1);
  g_autofree char *sources = nb_jsonl_sources (r->out);
  g_assert_cmpstr (sources, ==, "cut.tar.gz!r/a.md\ncut.tar.gz!r/b.md\n");
  g_assert_nonnull (strstr (r->err, "cut.tar.gz!r/b.md: truncated or corrupt archive: truncated gzip input"));

  /* cut where a member ends: a tar without its closing blocks, gzipped
   * without the stream's trailer; the damage is said after that member */
  const char *const one[] = { "r/a.md", NULL };
  g_autofree char *tar = g_build_filename (dir, "one.tar", NULL);
  nb_write_archive (tar, "tar", dir, one);
  g_autofree char *tar_data = NULL;
  gsize tar_len;
  g_assert_true (g_file_get_contents (tar, &tar_data, &tar_len, NULL));
  while (tar_len > 0 && tar_data[tar_len - 1] == '\0')
    tar_len--;
  tar_len = (tar_len + 511) / 512 * 512;
  g_autoptr (GZlibCompressor) z = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, -1);
  char gz[65536];
  gsize read, written;
  g_assert_cmpint (g_converter_convert (G_CONVERTER (z), tar_data, tar_len, gz, sizeof gz,
                                        G_CONVERTER_INPUT_AT_END, &read, &written, NULL),
                   ==, G_CONVERTER_FINISHED);
  nb_write (dir, "ended.tar.gz", gz, written - 8);
  g_autoptr (NbResult) e = nb_run (dir, "batch", "ended.tar.gz", "--format", "jsonl", "--plugins", "none", NULL);
  g_test_message ("%s", e->err);
  g_assert_cmpint (e->status, ==, 1);
  g_autofree char *ended = nb_jsonl_sources (e->out);
  g_assert_cmpstr (ended, ==, "ended.tar.gz!r/a.md\nended.tar.gz\n");
  g_assert_nonnull (strstr (e->err, "ended.tar.gz: truncated or corrupt archive after member r/a.md"));
  nb_rmtree (dir);
}

/* A compressed tar cut past its first 64 KiB: libarchive drops the
 * block of 64 KiB the cut falls in, so the members between the last whole
 * block and the cut are decoded again from the stream itself (salvage.c):
 * about as many members as lie before the cut are read, for gzip, xz and
 * lzip (decoded byte by byte) and zstd (whole blocks of 128 KiB); a bzip2
 * stream of one block (level 9: 900 kB) cut anywhere gives none */
static void
test_truncated_archive_salvage (void)
{
  g_autofree char *dir = nb_tmpdir ();
  const guint n = 40;
  /* minutes that repeat themselves compress some tenfold, so the 64 KiB
   * of text libarchive drops at a cut are few bytes of the stream */
  GPtrArray *rels = g_ptr_array_new_with_free_func (g_free);
  GRand *rand = g_rand_new_with_seed (5);
  for (guint i = 0; i < n; i++)
    {
      GString *s = g_string_new ("# Minutes\n\n");
      for (guint k = 0; s->len < 5000; k++)
        g_string_append_printf (s, "- Alice: point %u of meeting %u about the release plan and the budget %u\n", k, i,
                                g_rand_int_range (rand, 0, 100000));
      add_note (dir, rels, g_strdup_printf ("r/n%03u.md", i), s);
    }
  g_ptr_array_add (rels, NULL);
  g_rand_free (rand);
  nb_write (dir, "after.md", NOTE_B, -1);
  /* the cut at a tenth of the stream, then at each further fifth: gzip,
   * xz and lzip give every member before the cut but the one it falls in,
   * zstd every member of its whole blocks (a first block of 128 KiB is
   * some 24 members), bzip2 none */
  static const struct
  {
    const char *format;
    guint behind; /* members the cut may take beyond its share, at most */
  } cases[] = { { "tar.gz", 2 }, { "tar.xz", 2 }, { "tar.lz", 2 }, { "tar.zst", 25 }, { "tar.bz2", 40 } };
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autofree char *whole = g_build_filename (dir, "whole.archive", NULL);
      nb_write_archive (whole, cases[c].format, dir, (const char *const *) rels->pdata);
      g_autofree char *data = NULL;
      gsize len;
      g_assert_true (g_file_get_contents (whole, &data, &len, NULL));
      for (guint percent = 10; percent < 100; percent += 20)
        {
          g_autofree char *name = g_strdup_printf ("cut%u.%s", percent, cases[c].format);
          nb_write (dir, name, data, len * percent / 100);
          g_autoptr (NbResult) r = nb_run (dir, "batch", name, "after.md", "--format", "jsonl", "--plugins", "none",
                                           NULL);
          g_assert_cmpint (r->status, ==, 1);
          g_autofree char *sources = nb_jsonl_sources (r->out);
          guint ok = 0;
          for (const char *p = sources; (p = strstr (p, "!r/n")) != NULL; p++)
            ok++;
          guint share = n * percent / 100;
          g_test_message ("%s cut at %u%%: %u of %u members read (%u before the cut)", cases[c].format, percent, ok,
                          n, share);
          g_assert_cmpuint (ok + cases[c].behind, >=, share);
          g_assert_cmpuint (ok, <=, share + 1);
          g_assert_nonnull (strstr (sources, "after.md"));
          /* the damage is named: the member it falls in, or the archive */
          g_autofree char *member = g_strdup_printf ("notepipe: error: %s!r/n", name);
          g_autofree char *archive = g_strdup_printf ("notepipe: error: %s: ", name);
          g_assert_true (strstr (r->err, ok ? member : archive) != NULL);
        }
    }

  /* the same damage in an archive inside another (a month's tarball,
   * cut, in the year's tar): its members before the cut, from its bytes */
  g_autofree char *outer_dir = g_build_filename (dir, "outer", NULL);
  g_autofree char *month = g_build_filename (outer_dir, "05.tar.gz", NULL);
  g_assert_cmpint (g_mkdir_with_parents (outer_dir, 0755), ==, 0);
  nb_write_archive (month, "tar.gz", dir, (const char *const *) rels->pdata);
  g_autofree char *data = NULL;
  gsize len;
  g_assert_true (g_file_get_contents (month, &data, &len, NULL));
  nb_write (dir, "outer/05.tar.gz", data, len / 2);
  g_autofree char *year = g_build_filename (dir, "2024.tar", NULL);
  const char *const months[] = { "05.tar.gz", NULL };
  nb_write_archive (year, "tar", outer_dir, months);
  g_autoptr (NbResult) r = nb_run (dir, "batch", "2024.tar", "--format", "jsonl", "--plugins", "none", NULL);
  g_test_message ("inside: %s", r->err);
  g_assert_cmpint (r->status, ==, 1);
  g_autofree char *sources = nb_jsonl_sources (r->out);
  guint ok = 0;
  for (const char *p = sources; (p = strstr (p, "2024.tar!05.tar.gz!r/n")) != NULL; p++)
    ok++;
  g_test_message ("inside: %u of %u members read", ok, n);
  g_assert_cmpuint (ok + 2, >=, n / 2);
  g_assert_nonnull (strstr (r->err, "notepipe: error: 2024.tar!05.tar.gz!r/n"));
  g_ptr_array_free (rels, TRUE);
  nb_rmtree (dir);
}

static void
test_failures (void)
{
  g_autofree char *dir = nb_tmpdir ();
  nb_write (dir, "in/1.md", NOTE_A, -1);
  static const char binary[] = "\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0";
  nb_write (dir, "in/2.md", binary, sizeof binary);
  nb_write (dir, "in/3.md", "# Bad\n\n- this one has POISON in it\n", -1);
  nb_write (dir, "in/4.md", NOTE_B, -1);
  g_autoptr (NbResult) r = nb_run (dir, "batch", "in", "--db", "t.db", nb_plugin_dir_arg (), "--plugins", "testcount",
                                   "-o", "testcount.fail_on=POISON", NULL);
  g_assert_cmpint (r->status, ==, 1);
  g_assert_nonnull (strstr (r->err, "in/2.md: binary input"));
  g_assert_nonnull (strstr (r->err, "in/3.md: plugin testcount: found 'POISON'"));
  g_autofree char *db = g_build_filename (dir, "t.db", NULL);
  g_autofree char *rows = nb_db_rows (db, "SELECT source, status, error IS NOT NULL, length(id) FROM documents "
                                          "ORDER BY seq");
  g_assert_cmpstr (rows, ==, "in/1.md|ok|0|64\nin/2.md|failed|1|64\nin/3.md|failed|1|64\nin/4.md|ok|0|64\n");
  g_autofree char *err = nb_db_rows (db, "SELECT error FROM documents WHERE source = 'in/3.md'");
  g_assert_cmpstr (err, ==, "testcount: found 'POISON' (fail_on)\n");
  /* a failed plugin leaves the document model stored, without its layers */
  g_assert_cmpint (nb_db_int (db, "SELECT count(*) FROM items i JOIN documents d USING (doc) WHERE d.source = "
                                  "'in/3.md'"),
                   ==, 1);
  g_autofree char *total = nb_db_rows (db, "SELECT documents, corpus_documents FROM corpus_testcount_total");
  g_assert_cmpstr (total, ==, "2|4\n");
  g_autofree char *run = nb_db_rows (db, "SELECT status, documents, failed FROM runs");
  g_assert_cmpstr (run, ==, "finished|4|2\n");

  /* the JSONL stream keeps a line for each, errors filled */
  g_autoptr (NbResult) j = nb_run (dir, "batch", "in", "--format", "jsonl", "-q", nb_plugin_dir_arg (), "--plugins",
                                   "testcount", "-o", "testcount.fail_on=POISON", NULL);
  g_assert_cmpint (j->status, ==, 1);
  g_autofree char *sources = nb_jsonl_sources (j->out);
  g_assert_cmpstr (sources, ==, "in/1.md\nin/2.md\nin/3.md\nin/4.md\n");
  g_assert_nonnull (strstr (j->out, "\"failed\": 2"));

  /* --fail-fast stops at the first: documents in flight are finished and
   * kept, nothing more is read */
  nb_make_notes (dir, 60);
  nb_write (dir, "notes/0/note-000.md", binary, sizeof binary);
  g_autoptr (NbResult) f = nb_run (dir, "batch", "notes", "--db", "ff.db", "-j", "1", "--fail-fast", "--plugins",
                                   "none", NULL);
  g_assert_cmpint (f->status, ==, 1);
  g_autofree char *ffdb = g_build_filename (dir, "ff.db", NULL);
  g_assert_cmpint (nb_db_int (ffdb, "SELECT count(*) FROM documents"), <, 20);
  g_assert_cmpint (nb_db_int (ffdb, "SELECT count(*) FROM documents WHERE status = 'failed'"), ==, 1);
  g_autofree char *ffrun = nb_db_rows (ffdb, "SELECT status FROM runs");
  g_assert_cmpstr (ffrun, ==, "stopped\n");
  nb_rmtree (dir);
}

static void
test_order_jobs (void)
{
  g_autofree char *dir = nb_tmpdir ();
  nb_make_notes (dir, 40);
  /* one slow document early: later ones finish first under -j 2 */
  nb_write (dir, "notes/0/note-000.md", "# Slow\n\n- SLOW document\n", -1);
  char *outs[2] = { NULL, NULL };
  const char *jobs[] = { "1", "2" };
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr (NbResult) r = nb_run (dir, "batch", "notes", "--format", "jsonl", "-q", "-j", jobs[i],
                                       nb_plugin_dir_arg (), "--plugins", "testcount", "-o", "testcount.delay_ms=5",
                                       NULL);
      g_assert_cmpint (r->status, ==, 0);
      outs[i] = g_steal_pointer (&r->out);
    }
  g_assert_cmpstr (outs[0], ==, outs[1]);
  g_autofree char *sources = nb_jsonl_sources (outs[0]);
  g_assert_true (g_str_has_prefix (sources, "notes/0/note-000.md\nnotes/0/note-003.md\n"));
  g_free (outs[0]);
  g_free (outs[1]);
  /* the database too, in the same order */
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *name = g_strdup_printf ("j%s.db", jobs[i]);
      g_autoptr (NbResult) r = nb_run (dir, "batch", "notes", "--db", name, "-q", "-j", jobs[i], nb_plugin_dir_arg (),
                                       "--plugins", "testcount", NULL);
      g_assert_cmpint (r->status, ==, 0);
      g_autofree char *db = g_build_filename (dir, name, NULL);
      outs[i] = nb_db_rows (db, "SELECT d.seq, d.source, d.id, t.words, (SELECT group_concat(text, '/') FROM items "
                                "WHERE doc = d.doc) FROM documents d JOIN layer_testcount_words t USING (doc) "
                                "ORDER BY d.doc");
    }
  g_assert_cmpstr (outs[0], ==, outs[1]);
  g_free (outs[0]);
  g_free (outs[1]);
  nb_rmtree (dir);
}

static void
test_lines (void)
{
  g_autofree char *dir = nb_tmpdir ();
  nb_write (dir, "titles.txt", "How to parse JSON in C\nSegfault in malloc\n\nFIPS mode in Go\r\nlast line", -1);
  g_autoptr (NbResult) r = nb_run (dir, "batch", "--lines", "titles.txt", "--format", "jsonl", "--plugins", "none",
                                   "-q", NULL);
  g_assert_cmpint (r->status, ==, 0);
  g_autofree char *sources = nb_jsonl_sources (r->out);
  g_assert_cmpstr (sources, ==, "titles.txt:1\ntitles.txt:2\ntitles.txt:3\ntitles.txt:4\ntitles.txt:5\n");
  g_assert_nonnull (strstr (r->out, "\"text\": \"FIPS mode in Go\""));
  g_assert_nonnull (strstr (r->out, "\"documents\": 5"));
  /* into the database, then resumed by content */
  g_autoptr (NbResult) d = nb_run (dir, "batch", "--lines", "titles.txt", "--db", "l.db", "--plugins", "none", NULL);
  g_assert_cmpint (d->status, ==, 0);
  nb_write (dir, "titles.txt", "How to parse JSON in C\nSegfault in free\n\nFIPS mode in Go\r\nlast line", -1);
  g_autoptr (NbResult) d2 = nb_run (dir, "batch", "--lines", "titles.txt", "--db", "l.db", "--plugins", "none", NULL);
  g_assert_cmpint (d2->status, ==, 0);
  g_assert_nonnull (strstr (d2->err, "4 already done"));
  g_autofree char *db = g_build_filename (dir, "l.db", NULL);
  g_autofree char *rows = nb_db_rows (db, "SELECT d.source, i.text FROM documents d LEFT JOIN items i USING (doc) "
                                          "ORDER BY d.seq");
  g_assert_cmpstr (rows, ==,
                   "titles.txt:1|How to parse JSON in C\ntitles.txt:2|Segfault in free\ntitles.txt:3|NULL\n"
                   "titles.txt:4|FIPS mode in Go\ntitles.txt:5|last line\n");
  nb_rmtree (dir);
}

static void
test_files_from (void)
{
  g_autofree char *dir = nb_tmpdir ();
  nb_write (dir, "a.md", NOTE_A, -1);
  nb_write (dir, "b.md", NOTE_B, -1);
  nb_write (dir, "d/c.md", NOTE_B, -1);
  nb_write (dir, "list.txt", "b.md\n\nd\na.md\n", -1);
  g_autoptr (NbResult) r = nb_run (dir, "batch", "--files-from", "list.txt", "--format", "jsonl", "--plugins",
                                   "none", NULL);
  g_assert_cmpint (r->status, ==, 0);
  g_autofree char *s1 = nb_jsonl_sources (r->out);
  g_assert_cmpstr (s1, ==, "b.md\nd/c.md\na.md\n");
  const char *args[] = { "batch", "--files-from", "-", "--format", "jsonl", "--plugins", "none", NULL };
  g_autoptr (NbResult) r2 = nb_runv (dir, args, "a.md\nb.md\n");
  g_autofree char *s2 = nb_jsonl_sources (r2->out);
  g_assert_cmpstr (s2, ==, "a.md\nb.md\n");
  /* an input listed twice is stored once */
  g_autoptr (NbResult) r3 = nb_run (dir, "batch", "a.md", "b.md", "a.md", "--db", "t.db", "--plugins", "none", NULL);
  g_assert_cmpint (r3->status, ==, 0);
  g_assert_nonnull (strstr (r3->err, "1 input listed twice"));
  g_autofree char *db = g_build_filename (dir, "t.db", NULL);
  g_assert_cmpint (nb_db_int (db, "SELECT count(*) FROM documents"), ==, 2);
  nb_rmtree (dir);
}

static void
test_replace_changed (void)
{
  g_autofree char *dir = nb_tmpdir ();
  nb_write (dir, "in/a.md", NOTE_A, -1);
  nb_write (dir, "in/b.md", NOTE_B, -1);
  g_autoptr (NbResult) r = nb_run (dir, "batch", "in", "--db", "t.db", "--plugins", "none", "--index", NULL);
  g_assert_cmpint (r->status, ==, 0);
  g_autofree char *db = g_build_filename (dir, "t.db", NULL);
  g_autoptr (NbResult) s1 = nb_run (dir, "search", "t.db", "WebAssembly", NULL);
  g_assert_nonnull (strstr (s1->out, "in/b.md:3"));
  /* touched without change: same bytes, nothing processed again */
  g_autofree char *b = g_build_filename (dir, "in/b.md", NULL);
  struct utimbuf times = { 1700000000, 1700000000 };
  g_assert_cmpint (utime (b, &times), ==, 0);
  g_autoptr (NbResult) r2 = nb_run (dir, "batch", "in", "--db", "t.db", "--plugins", "none", NULL);
  g_assert_nonnull (strstr (r2->err, "2 already done"));
  /* changed: replaced, index kept right */
  nb_write (dir, "in/b.md", "Weekly notes\n\n- Kubernetes upgrade planned\n", -1);
  g_autoptr (NbResult) r3 = nb_run (dir, "batch", "in", "--db", "t.db", "--plugins", "none", NULL);
  g_assert_cmpint (r3->status, ==, 0);
  g_assert_nonnull (strstr (r3->err, "1 already done"));
  g_assert_cmpint (nb_db_int (db, "SELECT count(*) FROM documents"), ==, 2);
  g_autoptr (NbResult) s2 = nb_run (dir, "search", "t.db", "WebAssembly", NULL);
  g_assert_cmpstr (s2->out, ==, "");
  g_autoptr (NbResult) s3 = nb_run (dir, "search", "t.db", "kubernetes", NULL);
  g_assert_nonnull (strstr (s3->out, "in/b.md:3"));
  g_assert_cmpint (nb_db_int (db, "SELECT count(*) FROM items_fts WHERE items_fts MATCH 'fips'"), ==, 1);
  nb_rmtree (dir);
}

static void
test_search (void)
{
  g_autofree char *dir = nb_tmpdir ();
  nb_write (dir, "in/a.md", NOTE_A, -1);
  nb_write (dir, "in/b.txt", NOTE_B, -1);
  g_autoptr (NbResult) r = nb_run (dir, "batch", "in", "--db", "t.db", nb_plugin_dir_arg (), "--plugins", "testcount",
                                   NULL);
  g_assert_cmpint (r->status, ==, 0);
  g_autofree char *db = g_build_filename (dir, "t.db", NULL);
  /* not indexed by the batch: the first search does it */
  g_assert_cmpint (nb_db_int (db, "SELECT count(*) FROM items_fts WHERE items_fts MATCH 'fips'"), ==, 0);
  g_autoptr (NbResult) s = nb_run (dir, "search", "t.db", "fips", "--format", "json", NULL);
  g_assert_cmpint (s->status, ==, 0);
  g_autoptr (JsonParser) p = json_parser_new ();
  g_assert_true (json_parser_load_from_data (p, s->out, -1, NULL));
  JsonArray *hits = json_node_get_array (json_parser_get_root (p));
  g_assert_cmpuint (json_array_get_length (hits), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      JsonObject *h = json_array_get_object_element (hits, i);
      g_assert_cmpint (json_object_get_int_member (h, "rank"), ==, i + 1);
      g_assert_true (json_object_has_member (h, "score"));
      g_assert_true (json_object_has_member (h, "speakers"));
      const char *src = json_object_get_string_member (h, "source");
      if (g_str_equal (src, "in/a.md"))
        {
          g_assert_cmpstr (json_object_get_string_member (h, "date"), ==, "2024-03-05");
          g_assert_cmpstr (json_object_get_string_member (h, "section"), ==, "FIPS");
          g_assert_cmpint (json_object_get_int_member (h, "line"), ==, 7);
        }
      else
        {
          g_assert_cmpstr (src, ==, "in/b.txt");
          g_assert_cmpint (json_object_get_int_member (h, "line"), ==, 4);
        }
    }
  /* speakers, generically by layer name */
  g_autoptr (NbResult) s2 = nb_run (dir, "search", "t.db", "fips", "--speaker", "ALICE", "--speaker-layer",
                                    "testcount.turn", NULL);
  g_assert_cmpint (s2->status, ==, 0);
  g_assert_cmpstr (s2->out, ==, "in/a.md:7  2024-03-05  § FIPS  [alice]\n    [alice] FIPS 140 validation is on track\n");
  g_autoptr (NbResult) s3 = nb_run (dir, "search", "t.db", "release OR review", "--speaker-layer",
                                    "testcount.turn", "--speaker", "dave", "--format", "json", NULL);
  g_assert_nonnull (strstr (s3->out, "\"speakers\":[\"carol\",\"dave\"]"));
  g_assert_null (strstr (s3->out, "review"));
  /* dates */
  g_autoptr (NbResult) s4 = nb_run (dir, "search", "t.db", "fips", "--since", "2024-01-01", NULL);
  g_assert_nonnull (strstr (s4->out, "in/a.md:7"));
  g_assert_null (strstr (s4->out, "in/b.txt"));
  g_autoptr (NbResult) s5 = nb_run (dir, "search", "t.db", "fips", "--until", "2023", NULL);
  g_assert_null (strstr (s5->out, "in/a.md"));
  g_assert_nonnull (strstr (s5->out, "in/b.txt:4"));
  /* stemming, and text that is not FTS5 syntax */
  g_autoptr (NbResult) s6 = nb_run (dir, "search", "t.db", "validated", NULL);
  g_assert_nonnull (strstr (s6->out, "in/a.md:7"));
  /* the database named as batch and merge name it */
  g_autoptr (NbResult) s6b = nb_run (dir, "search", "--db", "t.db", "validated", NULL);
  g_assert_cmpint (s6b->status, ==, 0);
  g_assert_cmpstr (s6b->out, ==, s6->out);
  /* the report of it, the database named either way; without --out, a
   * usage error, and a database that is not there, named */
  g_autoptr (NbResult) rep1 = nb_run (dir, "report", "t.db", "-O", "site1", "-q", NULL);
  g_assert_cmpint (rep1->status, ==, 0);
  g_autoptr (NbResult) rep2 = nb_run (dir, "report", "--db", "t.db", "-O", "site2", "-q", NULL);
  g_assert_cmpint (rep2->status, ==, 0);
  for (guint k = 1; k <= 2; k++)
    {
      g_autofree char *rel = g_strdup_printf ("site%u/index.html", k);
      g_autofree char *index = g_build_filename (dir, rel, NULL);
      g_assert_true (g_file_test (index, G_FILE_TEST_IS_REGULAR));
    }
  g_autoptr (NbResult) rep3 = nb_run (dir, "report", "--db", "t.db", NULL);
  g_assert_cmpint (rep3->status, ==, 2);
  g_autoptr (NbResult) rep4 = nb_run (dir, "report", "--db", "none.db", "-O", "site3", NULL);
  g_assert_cmpint (rep4->status, ==, 3);
  g_assert_nonnull (strstr (rep4->err, "none.db: no such database"));
  g_autoptr (NbResult) s7 = nb_run (dir, "search", "t.db", "FIPS 140-", NULL);
  g_assert_cmpint (s7->status, ==, 0);
  g_assert_nonnull (strstr (s7->out, "in/a.md:7"));
  /* without the speakers layer, --speaker says why */
  g_autoptr (NbResult) s8 = nb_run (dir, "search", "t.db", "fips", "--speaker", "alice", NULL);
  g_assert_cmpint (s8->status, ==, 2);
  g_assert_nonnull (strstr (s8->err, "speakers.turn"));
  nb_rmtree (dir);
}

/* Shards made by different builds or machines must agree: the hash is
 * FNV-1a 64 of the source bytes, fixed forever (values checked by hand). */
static void
test_shard_hash (void)
{
  g_assert_cmpuint (np_source_shard_of ("a.md", 4), ==, 4);
  g_assert_cmpuint (np_source_shard_of ("a.md", 1000), ==, 808);
  g_assert_cmpuint (np_source_shard_of ("notes/2024/01.md", 4), ==, 3);
  g_assert_cmpuint (np_source_shard_of ("x.tar.gz!m/n.md", 1000), ==, 174);
  g_assert_cmpuint (np_source_shard_of ("titles.txt:17", 1000), ==, 487);
  g_assert_cmpuint (np_source_shard_of ("", 4), ==, 2);
  g_assert_cmpuint (np_source_shard_of ("anything", 1), ==, 1);
  /* corpus state blobs survive the round trip */
  GVariantBuilder b;
  g_variant_builder_init (&b, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&b, "{sv}", "x", g_variant_new ("(xas)", (gint64) 42, NULL));
  g_autoptr (GVariant) v = g_variant_ref_sink (g_variant_builder_end (&b));
  g_autoptr (GBytes) bytes = np_state_to_bytes (v);
  g_autoptr (GVariant) back = np_state_from_bytes (bytes);
  g_assert_true (g_variant_equal (v, back));
}

static void
test_usage_errors (void)
{
  g_autofree char *dir = nb_tmpdir ();
  g_autoptr (NbResult) a = nb_run (dir, "batch", "--shard", "0/3", "x", NULL);
  g_assert_cmpint (a->status, ==, 2);
  g_autoptr (NbResult) b = nb_run (dir, "batch", NULL);
  g_assert_cmpint (b->status, ==, 2);
  g_autoptr (NbResult) c = nb_run (dir, "batch", "x", "--format", "xml", NULL);
  g_assert_cmpint (c->status, ==, 2);
  g_autoptr (NbResult) d = nb_run (dir, "batch", "x", "--plugins", "nosuchplugin", NULL);
  g_assert_cmpint (d->status, ==, 3);
  nb_write (dir, "not.db", "hello", -1);
  g_autoptr (NbResult) e = nb_run (dir, "batch", "x", "--db", "not.db", "--plugins", "none", NULL);
  g_assert_cmpint (e->status, ==, 3);
  g_autoptr (NbResult) f = nb_run (dir, "search", "missing.db", "x", NULL);
  g_assert_cmpint (f->status, ==, 2);
  nb_rmtree (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/batch/directory-walk", test_directory_walk);
  g_test_add_func ("/batch/store-schema", test_store_schema);
  g_test_add_func ("/batch/store-many-rows", test_store_many_rows);
  g_test_add_func ("/batch/archives", test_archives);
  g_test_add_func ("/batch/nested-archives", test_nested_archives);
  g_test_add_func ("/batch/web-archive", test_web_archive);
  g_test_add_func ("/batch/mailbox", test_mailbox);
  g_test_add_func ("/batch/truncated-archive", test_truncated_archive);
  g_test_add_func ("/batch/truncated-archive-early", test_truncated_archive_early);
  g_test_add_func ("/batch/truncated-archive-salvage", test_truncated_archive_salvage);
  g_test_add_func ("/batch/failures", test_failures);
  g_test_add_func ("/batch/order-jobs", test_order_jobs);
  g_test_add_func ("/batch/lines", test_lines);
  g_test_add_func ("/batch/files-from", test_files_from);
  g_test_add_func ("/batch/replace-changed", test_replace_changed);
  g_test_add_func ("/batch/search", test_search);
  g_test_add_func ("/batch/shard-hash", test_shard_hash);
  g_test_add_func ("/batch/usage-errors", test_usage_errors);
  return g_test_run ();
}
