/* test-reader-formats.c: notes in other encodings and formats, read as
 * the same notes in UTF-8 Markdown would be: UTF-16 and UTF-32,
 * Windows-1252, Org mode, reStructuredText fields, HTML, and the list
 * glyphs of editors' exports.  (Word and OpenDocument, being zips, are in
 * test-reader-compressed.c.) */
#include <string.h>

#include "np-private.h"
#include "reader-helpers.h"

/* "Unicode" text from Windows tools: UTF-16 (with or without its byte
 * order mark) and UTF-32 read as the same note in UTF-8; damaged ones are
 * refused with the place */
static void
test_wide_encodings (void)
{
  const char *utf8 = "# Sync \xc3\xa9t\xc3\xa9\n\n- Alice: caf\xc3\xa9 \xf0\x9f\x98\x80 ok\r\n- Bob: yes\n";
  g_autoptr (GError) error = NULL;
  NpDocument *ref = np_read_bytes ("ref.md", utf8, strlen (utf8), NULL, &error);
  g_assert_no_error (error);
  static const struct
  {
    const char *encoding;
    const char *bom;
    gsize bom_len;
  } cases[] = {
    { "UTF-16LE", "\xff\xfe", 2 }, { "UTF-16BE", "\xfe\xff", 2 },         { "UTF-16LE", "", 0 },
    { "UTF-16BE", "", 0 },         { "UTF-32LE", "\xff\xfe\0\0", 4 }, { "UTF-32BE", "\0\0\xfe\xff", 4 },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize n;
      g_autofree char *body = g_convert (utf8, -1, cases[i].encoding, "UTF-8", NULL, &n, NULL);
      g_assert_nonnull (body);
      g_autofree char *bytes = g_malloc (cases[i].bom_len + n);
      memcpy (bytes, cases[i].bom, cases[i].bom_len);
      memcpy (bytes + cases[i].bom_len, body, n);
      NpDocument *doc = np_read_bytes ("wide.md", bytes, cases[i].bom_len + n, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (np_document_get_title (doc), ==, "Sync \xc3\xa9t\xc3\xa9");
      g_assert_cmpstr (np_document_get_id (doc), ==, np_document_get_id (ref));
      guint ni;
      np_document_get_items (doc, &ni);
      g_assert_cmpuint (ni, ==, 2);
      g_autofree char *t = np_document_dup_item_text (doc, 0);
      g_assert_cmpstr (t, ==, "Alice: caf\xc3\xa9 \xf0\x9f\x98\x80 ok");
      np_document_unref (doc);
    }
  np_document_unref (ref);

  /* an unpaired surrogate, a code unit cut short at the end */
  static const struct
  {
    const char *bytes;
    gsize len;
    const char *offset;
  } bad[] = {
    { "\xff\xfe" "A\0" "\x00\xd8" "B\0", 8, "offset 4" },
    { "\xff\xfe" "A\0" "B\0" "C", 7, "offset 6" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      NpDocument *doc = np_read_bytes ("bad16.txt", bad[i].bytes, bad[i].len, NULL, &error);
      g_assert_null (doc);
      g_assert_error (error, NP_READER_ERROR, NP_READER_ERROR_BINARY);
      g_assert_nonnull (strstr (error->message, "bad16.txt"));
      g_assert_nonnull (strstr (error->message, "UTF-16LE"));
      g_assert_nonnull (strstr (error->message, bad[i].offset));
      g_clear_error (&error);
    }

  /* NUL bytes that are no UTF-16 stay binary */
  const char bin[] = "\x01\0\x02\0\x03\0\x04\0\x05\0";
  g_assert_null (np_read_bytes ("x.bin", bin, sizeof bin - 1, NULL, &error));
  g_assert_error (error, NP_READER_ERROR, NP_READER_ERROR_BINARY);
  g_assert_nonnull (strstr (error->message, "NUL byte"));
}

/* Notes saved in Windows-1252 (Latin-1): read as such, with a warning,
 * when the bytes look like its text; damaged UTF-8 is repaired instead */
static void
test_legacy_encoding (void)
{
  const char text[] = "# R\xe9union\n\n- Jos\xe9: the caf\xe9 \x96 \x93ok\x94\n- M\xfcller: fine\n";
  NpDocument *doc = read_as ("latin.txt", NULL, text);
  guint n;
  const NpDiagnostic *d = np_document_get_diagnostics (doc, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_false (d[0].is_error);
  g_assert_nonnull (strstr (d[0].message, "latin.txt"));
  g_assert_nonnull (strstr (d[0].message, "Windows-1252"));
  g_assert_nonnull (strstr (d[0].message, "offset 3"));
  g_assert_cmpstr (np_document_get_title (doc), ==, "R\xc3\xa9union");
  g_autofree char *t0 = np_document_dup_item_text (doc, 0);
  g_assert_cmpstr (t0, ==, "Jos\xc3\xa9: the caf\xc3\xa9 \xe2\x80\x93 \xe2\x80\x9cok\xe2\x80\x9d");
  g_autofree char *t1 = np_document_dup_item_text (doc, 1);
  g_assert_cmpstr (t1, ==, "M\xc3\xbcller: fine");
  np_document_unref (doc);

  /* one valid UTF-8 character beside a bad byte: UTF-8 with damage */
  doc = read_as ("mixed.txt", NULL, "- caf\xc3\xa9 and caf\xe9\n");
  d = np_document_get_diagnostics (doc, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_nonnull (strstr (d[0].message, "replaced with U+FFFD"));
  g_autofree char *t2 = np_document_dup_item_text (doc, 0);
  g_assert_cmpstr (t2, ==, "caf\xc3\xa9 and caf\xef\xbf\xbd");
  np_document_unref (doc);
}

/* The first section titled title, or NULL */
static const NpSection *
section_titled (NpDocument *doc, const char *title)
{
  guint ns;
  const NpSection *sections = np_document_get_sections (doc, &ns);
  for (guint i = 0; i < ns; i++)
    if (g_strcmp0 (sections[i].title, title) == 0)
      return &sections[i];
  return NULL;
}

/* AsciiDoc, read as the same notes in Markdown, line for line: the
 * document title and sections by their equals signs, ":date:" and
 * ":attendees:" attributes, nested stars and dots as nested items, a
 * listing block as code, description lists; block attributes, block
 * titles, comments and other attributes are layout (debris), and every
 * line is accounted for */
static void
test_asciidoc (void)
{
  static const char adoc[] = "= Team sync\n"                          /* 1 */
                             ":date: 2024-05-06\n"                    /* 2 */
                             ":attendees: Alice Smith, Bob Jones\n"   /* 3 */
                             ":toc:\n"                                /* 4 */
                             "// a comment\n"                         /* 5 */
                             "\n"
                             "== Release\n"                           /* 7 */
                             "* Alice: we ship it.\n"                 /* 8 */
                             "** Bob: tests first. +\n"               /* 9 */
                             ". first step\n"                         /* 10 */
                             ".. a sub-step\n"                        /* 11 */
                             "\n"
                             ".Build\n"                               /* 13 */
                             "[source,sh]\n"                          /* 14 */
                             "----\n"                                 /* 15 */
                             "make check\n"                           /* 16 */
                             "----\n"                                 /* 17 */
                             "////\nhidden\n////\n"                    /* 18-20 */
                             "=== Details\n"                          /* 21 */
                             "Done.\n";                               /* 22 */
  NpDocument *doc = read_as ("sync.adoc", NULL, adoc);
  assert_lines_accounted (doc, adoc);
  g_assert_cmpstr (np_document_get_format (doc), ==, "markdown");
  g_assert_cmpstr (np_document_get_title (doc), ==, "Team sync");
  g_assert_cmpstr (np_document_get_date (doc), ==, "2024-05-06");
  guint n;
  np_document_get_attendees (doc, &n);
  g_assert_cmpuint (n, ==, 2);
  const NpSection *release = section_titled (doc, "Release"), *details = section_titled (doc, "Details");
  g_assert_nonnull (release);
  g_assert_nonnull (details);
  g_assert_cmpint (details->level, >, release->level);
  const NpItem *bob = item_at_line (doc, 9);
  g_autofree char *bt = text_of (doc, bob);
  g_assert_cmpstr (bt, ==, "Bob: tests first.");
  g_assert_cmpint (bob->parent, ==, (gint32) item_at_line (doc, 8)->id);
  g_assert_cmpint (item_at_line (doc, 10)->kind, ==, NP_ITEM_NUMBERED);
  g_assert_cmpint (item_at_line (doc, 11)->parent, ==, (gint32) item_at_line (doc, 10)->id);
  const NpItem *code = item_at_line (doc, 16);
  g_assert_cmpint (code->kind, ==, NP_ITEM_CODE);
  g_assert_null (item_at_line (doc, 19));
  g_assert_cmpint (np_document_get_line_role (doc, 14), ==, NP_LINE_DEBRIS);
  g_assert_cmpint (np_document_get_line_role (doc, 19), ==, NP_LINE_DEBRIS);
  np_document_unref (doc);
  /* detected by its shape under another name; "= 5" in plain notes is not */
  doc = read_as ("sync.txt", NULL, "= Team sync\n\n== Status\n\n* Alice: ok\n");
  g_assert_cmpstr (np_document_get_title (doc), ==, "Team sync");
  np_document_unref (doc);
  doc = read_as ("sums.txt", NULL, "= 5 apples\n\nWe counted them.\n");
  g_assert_cmpstr (np_document_get_format (doc), ==, "text");
  np_document_unref (doc);
  /* AsciiDoc's tables, a row a line: a people table is the attendees
   * (its first row, over a blank line, the header); another's rows are
   * table rows, blank lines in it no break */
  static const char tables[] = "= Plenary\n\n"
                               "|===\n|Name |Abbreviation |Organization\n\n"   /* 3-5 */
                               "|Alice Smith |ASH |Acme\n|Bob Jones |BJS |Example Corp\n|===\n\n" /* 6-8 */
                               "== Topic\n\nASH: stage 2.\n\n"                 /* 10, 12 */
                               "|===\n|Step |Owner\n|Write spec |Alice\n\n|Review |Bob\n|===\n"; /* 14-19 */
  doc = read_as ("plenary.adoc", NULL, tables);
  assert_lines_accounted (doc, tables);
  const NpPerson *people = np_document_get_attendees (doc, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (people[1].name, ==, "Bob Jones");
  g_assert_cmpstr (people[1].abbreviation, ==, "BJS");
  g_assert_cmpstr (people[1].affiliation, ==, "Example Corp");
  g_assert_cmpint (item_at_line (doc, 15)->kind, ==, NP_ITEM_TABLE_ROW);
  g_assert_cmpint (item_at_line (doc, 18)->kind, ==, NP_ITEM_TABLE_ROW);
  g_autofree char *row = text_of (doc, item_at_line (doc, 18));
  g_assert_cmpstr (row, ==, "Review | Bob");
  np_document_unref (doc);
  /* the revision's date; a description list's item is its term and a
   * colon (":::" one level down), as HTML's <dt> and <dd> read; a URL or
   * "std::vector" is none */
  static const char terms[] = "= Infra\n:revdate: 2025-05-06\n\n== Notes\n\n"
                              "Ivo:: the cluster is live.\n"   /* 6 */
                              "Maya Cohen::: a reply\n"        /* 7 */
                              "Ivo::\n"                        /* 8 */
                              "\n"
                              "std::vector is slow.\n\n"       /* 10 */
                              "https://example.com/x\n";       /* 12 */
  doc = read_as ("infra.adoc", NULL, terms);
  g_assert_cmpstr (np_document_get_date (doc), ==, "2025-05-06");
  g_autofree char *t6 = text_of (doc, item_at_line (doc, 6));
  g_assert_cmpstr (t6, ==, "Ivo: the cluster is live.");
  g_assert_cmpint (item_at_line (doc, 6)->kind, ==, NP_ITEM_BULLET);
  g_autofree char *t7 = text_of (doc, item_at_line (doc, 7));
  g_assert_cmpstr (t7, ==, "Maya Cohen: a reply");
  g_assert_cmpint (item_at_line (doc, 7)->parent, ==, (gint32) item_at_line (doc, 6)->id);
  g_autofree char *t8 = text_of (doc, item_at_line (doc, 8));
  g_assert_cmpstr (t8, ==, "Ivo:");
  g_autofree char *t10 = text_of (doc, item_at_line (doc, 10));
  g_assert_cmpstr (t10, ==, "std::vector is slow.");
  g_autofree char *t12 = text_of (doc, item_at_line (doc, 12));
  g_assert_cmpstr (t12, ==, "https://example.com/x");
  np_document_unref (doc);
}

/* Wiki markup (MediaWiki, MoinMoin) read as the same notes in Markdown,
 * line for line: headings between equal signs, lists nested by their
 * repeated marks, quotes' bold, links by their labels, <pre> as code, a
 * table's rows (cells on their own lines too) as one table of attendees */
static void
test_wiki (void)
{
  static const char wiki[] = "= Developer Meeting =\n"                            /* 1 */
                             "__TOC__\n"                                          /* 2 */
                             "== Attendees ==\n"                                  /* 3 */
                             "{| class=\"wikitable\"\n"                           /* 4 */
                             "! Name !! Affiliation\n"                            /* 5 */
                             "|-\n"                                               /* 6 */
                             "| Heikki Lehtinen || Neon\n"                        /* 7 */
                             "|-\n"                                               /* 8 */
                             "| Robert Hasse\n"                                   /* 9 */
                             "| style=\"color:red\" | EDB\n"                      /* 10 */
                             "|}\n"                                               /* 11 */
                             "== 64-bit XIDs ==\n"                                /* 12 */
                             "'''Heikki''': see [[Releases/18|the plan]].\n"      /* 13 */
                             "* Robert: two formats live forever.\n"              /* 14 */
                             "** ''Noah'': [https://example.org/t the thread]\n"  /* 15 */
                             "<pre>\n"                                            /* 16 */
                             "SELECT 1;\n"                                        /* 17 */
                             "</pre>\n";                                          /* 18 */
  NpDocument *doc = read_as ("meeting.txt", NULL, wiki);
  g_assert_cmpstr (np_document_get_format (doc), ==, "markdown");
  g_assert_cmpstr (np_document_get_title (doc), ==, "Developer Meeting");
  guint n;
  const NpPerson *people = np_document_get_attendees (doc, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (people[1].name, ==, "Robert Hasse");
  g_assert_cmpstr (people[1].affiliation, ==, "EDB");
  g_assert_nonnull (section_titled (doc, "64-bit XIDs"));
  g_autofree char *t13 = text_of (doc, item_at_line (doc, 13));
  g_assert_cmpstr (t13, ==, "**Heikki**: see the plan.");
  const NpItem *i14 = item_at_line (doc, 14), *i15 = item_at_line (doc, 15);
  g_assert_cmpint (i15->parent, ==, (gint32) i14->id);
  g_autofree char *t15 = text_of (doc, i15);
  g_assert_cmpstr (t15, ==, "*Noah*: [the thread](https://example.org/t)");
  g_assert_cmpint (item_at_line (doc, 17)->kind, ==, NP_ITEM_CODE);
  np_document_unref (doc);

  /* a Markdown note is never wiki: its "== a ==" is text; nor is a
   * note with one such line */
  doc = read_as ("notes.txt", NULL, "# Sync\n\n== a ==\n== b ==\n");
  g_assert_null (section_titled (doc, "a"));
  np_document_unref (doc);
  doc = read_as ("notes.txt", NULL, "Sync\n\n== Decisions ==\n\n* '''Ann''': go\n");
  g_autofree char *one = text_of (doc, item_at_line (doc, 5));
  g_assert_cmpstr (one, ==, "'''Ann''': go");
  np_document_unref (doc);
  /* by its name, whatever it holds */
  doc = read_as ("minutes.wiki", NULL, "== Minutes ==\n* '''Ann''': go\n");
  g_autofree char *named = text_of (doc, item_at_line (doc, 2));
  g_assert_cmpstr (named, ==, "**Ann**: go");
  np_document_unref (doc);
}

/* A header's date line under a title that already said the date is
 * metadata too, not the notes' first item; a "Date:" line among the
 * items stays one */
static void
test_date_line_under_dated_title (void)
{
  static const char *const notes[][2] = {
    { "sync.md", "# Team sync 2024-06-10\nDate: 2024-06-10\n\n## Notes\n- Alice: hi\n" },
    { "sync.md", "# Team sync 2024-06-10\n\n**Date:** June 10, 2024\n\n- Alice: hi\n" },
    { "sync.org", "#+TITLE: Team sync 2024-06-10\n#+DATE: 2024-06-10\n\n* Notes\n- Alice: hi\n" },
  };
  for (guint k = 0; k < G_N_ELEMENTS (notes); k++)
    {
      NpDocument *doc = read_as (notes[k][0], NULL, notes[k][1]);
      g_assert_cmpstr (np_document_get_date (doc), ==, "2024-06-10");
      guint n;
      const NpItem *items = np_document_get_items (doc, &n);
      g_assert_cmpuint (n, ==, 1);
      g_autofree char *t = text_of (doc, &items[0]);
      g_assert_cmpstr (t, ==, "Alice: hi");
      np_document_unref (doc);
    }
  NpDocument *doc = read_as ("sync.md", NULL, "# Team sync 2024-06-10\n\n## Next meeting\nDate: 2024-06-17\n");
  guint n;
  np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (np_document_get_date (doc), ==, "2024-06-10");
  np_document_unref (doc);
}

/* Org mode notes read as the same notes in Markdown, line for line:
 * headings by their stars (tags dropped), the title and date keywords,
 * source blocks as code, description lists' terms with a colon; drawers,
 * comments and other keywords left out */
static void
test_org_mode (void)
{
  static const char org[] = "#+TITLE: Team sync\n"                 /* 1 */
                            "#+DATE: 2024-05-06\n"                 /* 2 */
                            "#+AUTHOR: Alice\n"                    /* 3 */
                            "# a comment\n"                        /* 4 */
                            "* Attendees\n"                        /* 5 */
                            "- Alice Smith\n"                      /* 6 */
                            "- Bob Jones\n"                        /* 7 */
                            "* Release   :release:team:\n"         /* 8 */
                            ":PROPERTIES:\n"                       /* 9 */
                            ":ID: 1234\n"                          /* 10 */
                            ":END:\n"                              /* 11 */
                            "- Alice: we ship it.\n"               /* 12 */
                            "** Details\n"                         /* 13 */
                            "- Bob: *tests* first.\n"              /* 14 */
                            "#+BEGIN_SRC sh\n"                     /* 15 */
                            "make check\n"                         /* 16 */
                            "#+END_SRC\n";                         /* 17 */
  NpDocument *doc = read_as ("sync.org", NULL, org);
  g_assert_cmpstr (np_document_get_format (doc), ==, "markdown");
  g_assert_cmpstr (np_document_get_title (doc), ==, "Team sync");
  g_assert_cmpstr (np_document_get_date (doc), ==, "2024-05-06");
  guint n;
  np_document_get_attendees (doc, &n);
  g_assert_cmpuint (n, ==, 2);
  guint ns;
  np_document_get_sections (doc, &ns);
  g_assert_cmpuint (ns, >=, 2);
  const NpSection *release = section_titled (doc, "Release"), *details = section_titled (doc, "Details");
  g_assert_nonnull (release);
  g_assert_nonnull (details);
  g_assert_cmpint (details->level, >, release->level);
  const NpItem *a = item_at_line (doc, 12);
  g_autofree char *at = text_of (doc, a);
  g_assert_cmpstr (at, ==, "Alice: we ship it.");
  const NpItem *code = item_at_line (doc, 16);
  g_assert_cmpint (code->kind, ==, NP_ITEM_CODE);
  guint ni;
  np_document_get_items (doc, &ni);
  g_assert_cmpuint (ni, ==, 3); /* nothing of the drawer, the comment or the author */
  np_document_unref (doc);

  /* a description list's item is its term and a colon, as HTML's <dt>
   * and <dd> read; " :: " only after a list's marker, and only the first */
  doc = read_as ("wg.org", NULL,
                 "* Notes\n- Ivo :: the cluster is live.\n  + Maya Cohen :: a :: b\n"
                 "1. Next :: failover test\n- no :: here::\n\nC++ std :: vector\n\n- :: empty term\n");
  g_autofree char *d1 = text_of (doc, item_at_line (doc, 2));
  g_assert_cmpstr (d1, ==, "Ivo: the cluster is live.");
  g_autofree char *d2 = text_of (doc, item_at_line (doc, 3));
  g_assert_cmpstr (d2, ==, "Maya Cohen: a :: b");
  g_autofree char *d3 = text_of (doc, item_at_line (doc, 4));
  g_assert_cmpstr (d3, ==, "Next: failover test");
  g_autofree char *d4 = text_of (doc, item_at_line (doc, 5));
  g_assert_cmpstr (d4, ==, "no: here::");
  g_autofree char *d5 = text_of (doc, item_at_line (doc, 7));
  g_assert_cmpstr (d5, ==, "C++ std :: vector");
  g_autofree char *d6 = text_of (doc, item_at_line (doc, 9));
  g_assert_cmpstr (d6, ==, ":: empty term");
  np_document_unref (doc);

  /* known by its first line too, whatever the name */
  doc = read_as ("notes.txt", NULL, "#+title: Standup\n* Done\n- shipped\n");
  g_assert_cmpstr (np_document_get_title (doc), ==, "Standup");
  g_assert_cmpstr (np_document_get_format (doc), ==, "markdown");
  np_document_unref (doc);
}

/* HTML notes read as the Markdown of their text: title, headings by
 * level, a Present paragraph of names, nested lists, a table, code, bold
 * speaker marks, entities; scripts and styles left out; broken markup
 * recovered */
static void
test_html (void)
{
  static const char html[] =
    "<!DOCTYPE html>\n<html><head><title>WG Minutes</title><style>p { color: red }</style>"
    "<script>var x = '<p>no</p>';</script></head>\n<body>\n"
    "<h2>Present</h2>\n<p>Alan Stearns, Elika Etemad, Tab Atkins</p>\n"
    "<h2>Topic: Grid &amp; Flex</h2>\n"
    "<p><b>Alan Stearns</b>: Let's start.</p>\n"
    "<p><cite>fantasai:</cite> I have a proposal<br>on two lines.</p>\n"
    "<ul><li>first <em>point</em><ul><li>nested point</li></ul></li><li>second point</li></ul>\n"
    "<table><tr><th>Who</th><th>What</th></tr><tr><td>Tab</td><td>a | b</td></tr></table>\n"
    "<pre>make check\n  make bench</pre>\n"
    "<p>unclosed <b>bold</p><div>last &lt;tag&gt; &#233;t&#xE9;</div>\n";
  NpDocument *doc = read_as ("minutes.html", NULL, html);
  g_assert_cmpstr (np_document_get_format (doc), ==, "markdown");
  g_assert_cmpstr (np_document_get_title (doc), ==, "WG Minutes");
  guint n;
  const NpPerson *people = np_document_get_attendees (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpstr (people[1].name, ==, "Elika Etemad");
  guint ni;
  const NpItem *items = np_document_get_items (doc, &ni);
  GString *all = g_string_new (NULL);
  for (guint i = 0; i < ni; i++)
    {
      g_autofree char *t = text_of (doc, &items[i]);
      g_string_append_printf (all, "%u:%d:%s\n", items[i].depth, items[i].kind, t);
    }
  g_test_message ("%s", all->str);
  g_assert_nonnull (strstr (all->str, "**Alan Stearns**: Let's start."));
  g_assert_nonnull (strstr (all->str, "fantasai: I have a proposal on two lines."));
  g_assert_nonnull (strstr (all->str, "first *point*"));
  g_assert_nonnull (strstr (all->str, "nested point"));
  g_assert_nonnull (strstr (all->str, "Tab | a b"));
  g_assert_nonnull (strstr (all->str, "make check"));
  g_assert_nonnull (strstr (all->str, "last <tag> \xc3\xa9t\xc3\xa9"));
  g_assert_null (strstr (all->str, "color"));
  g_assert_null (strstr (all->str, "var x"));
  /* nesting: the nested point is deeper than the first */
  const NpItem *first = NULL, *nested = NULL;
  for (guint i = 0; i < ni; i++)
    {
      g_autofree char *t = text_of (doc, &items[i]);
      if (g_str_has_prefix (t, "first"))
        first = &items[i];
      else if (g_str_has_prefix (t, "nested"))
        nested = &items[i];
    }
  g_assert_nonnull (first);
  g_assert_nonnull (nested);
  g_assert_cmpuint (nested->depth, >, first->depth);
  guint ns;
  const NpSection *sections = np_document_get_sections (doc, &ns);
  gboolean topic = FALSE;
  for (guint i = 0; i < ns; i++)
    topic |= g_strcmp0 (sections[i].title, "Topic: Grid & Flex") == 0;
  g_assert_true (topic);
  g_string_free (all, TRUE);
  np_document_unref (doc);

  /* known by its opening, whatever the name; empty and tag-only pages
   * give no items */
  doc = read_as ("notes.txt", NULL, "<html><body><h1>Sync</h1><p>Ann: hi</p></body></html>");
  g_assert_cmpstr (np_document_get_title (doc), ==, "Sync");
  np_document_unref (doc);
  /* a definition list as "Term: definition" lines: W3C minutes head
   * their attendees so */
  doc = read_as ("w3c.html", NULL,
                 "<html><body><dl><dt>Present</dt><dd>Alan Stearns, Elika Etemad</dd><dd>Tab Atkins</dd>"
                 "<dt>Scribe</dt><dd>fantasai</dd></dl><p><cite>astearns:</cite> hi</p></body></html>");
  people = np_document_get_attendees (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpstr (people[2].name, ==, "Tab Atkins");
  /* the scribe's line is the header's (a nickname: nobody new), the
   * first item the first turn */
  items = np_document_get_items (doc, &ni);
  g_autofree char *turn = text_of (doc, &items[0]);
  g_assert_cmpstr (turn, ==, "astearns: hi");
  np_document_unref (doc);
  doc = read_as ("empty.html", NULL, "<html></html>");
  np_document_get_items (doc, &ni);
  g_assert_cmpuint (ni, ==, 0);
  np_document_unref (doc);
  /* a rendered task list: the boxes are the items' task flags */
  doc = read_as ("tasks.html", NULL,
                 "<html><body><h1>Sync</h1><ul><li><input type=\"checkbox\" disabled> Ann to send it</li>"
                 "<li><input type=\"checkbox\" checked disabled> Bo: done</li><li>plain</li></ul></body></html>");
  items = np_document_get_items (doc, &ni);
  g_assert_cmpuint (ni, ==, 3);
  g_assert_cmpuint (items[0].flags & (NP_ITEM_TASK | NP_ITEM_TASK_DONE), ==, NP_ITEM_TASK);
  g_assert_cmpuint (items[1].flags & (NP_ITEM_TASK | NP_ITEM_TASK_DONE), ==, NP_ITEM_TASK | NP_ITEM_TASK_DONE);
  g_assert_cmpuint (items[2].flags & NP_ITEM_TASK, ==, 0);
  g_autofree char *task = text_of (doc, &items[1]);
  g_assert_cmpstr (task, ==, "Bo: done");
  np_document_unref (doc);
  /* a document editor's export: the title paragraph is the title (once),
   * the date paragraph under it the notes' date; in Markdown too */
  doc = read_as ("sync.html", NULL,
                 "<html><head><title>Weekly sync</title></head><body><p class=\"c3 title\"><span>Weekly sync</span></p>"
                 "<p><span>Nov 28, 2026</span></p><h2>Release</h2><ul><li>Ann: green</li></ul></body></html>");
  g_assert_cmpstr (np_document_get_title (doc), ==, "Weekly sync");
  g_assert_cmpstr (np_document_get_date (doc), ==, "2026-11-28");
  np_document_get_items (doc, &ni);
  g_assert_cmpuint (ni, ==, 1);
  np_document_unref (doc);
  doc = read_as ("sync.md", NULL, "# Weekly sync\n\n*Thursday, November 28, 2026*\n\n- one\n\nMay 2, 2024\n");
  g_assert_cmpstr (np_document_get_date (doc), ==, "2026-11-28");
  np_document_get_items (doc, &ni);
  g_assert_cmpuint (ni, ==, 2); /* a date line below the notes' items is one of them */
  np_document_unref (doc);
}

/* reStructuredText's fields give the date and the attendees */
static void
test_rst_fields (void)
{
  NpDocument *doc = read_as ("council.rst", NULL,
                             "======================\nSteering Council Notes\n======================\n\n"
                             ":Date: 2024-05-06\n:Attendees: Alice Smith, Bob Jones, Carol Diaz\n\n"
                             "Topic one\n=========\n\n- Alice: ship it.\n");
  g_assert_cmpstr (np_document_get_title (doc), ==, "Steering Council Notes");
  g_assert_cmpstr (np_document_get_date (doc), ==, "2024-05-06");
  guint n;
  const NpPerson *people = np_document_get_attendees (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpstr (people[2].name, ==, "Carol Diaz");
  np_document_unref (doc);
}

/* The notes' title from their first heading: a level-1 heading after a
 * note stays a section too; without one, the first heading under nothing
 * but a logo names them, unless it names a part ("Attendees") */
static void
test_markdown_titles (void)
{
  static const struct
  {
    const char *text, *title, *date;
    guint sections;
  } cases[] = {
    { "(doc to move after the meeting)\n\n# TSC Meeting 2016-03-17\n\n- item\n", "TSC Meeting 2016-03-17", "2016-03-17", 1 },
    { "![logo](images/logo.png)\n\n## Agenda for the March 14 call\n\n### Notes\n\n- item\n",
      "Agenda for the March 14 call", NULL, 2 },
    { "## Team sync\n\n- item\n", "Team sync", NULL, 1 },
    { "## Attendees\n\n- Alice Smith\n\n## Notes\n\n- item\n", NULL, NULL, 2 },
    { "Some words first.\n\n## Notes on the release\n\n- item\n", NULL, NULL, 1 },
    { "# Title\n\n- item\n", "Title", NULL, 0 },
    /* the date from front matter's title, or from a list's first item */
    { "---\ntitle: Triage meeting 2021-06-01\n---\n\n- item\n", "Triage meeting 2021-06-01", "2021-06-01", 0 },
    { "# T-lang meeting\n\n* Meeting date: 2021-06-01\n* item\n", "T-lang meeting", "2021-06-01", 0 },
    /* a group's running notes: the first dated heading near the top */
    { "# SIG Node weekly\n\n## 2024-03-12\n\n- a\n\n## 2024-03-05\n\n- b\n", "SIG Node weekly", "2024-03-12", 2 },
    { "# Sync\n\n## Notes\n\n### March 5, 2024\n\n- a\n", "Sync", "2024-03-05", 2 },
    /* Google Meet's notes: a generic heading over the date and the
     * meeting's own name; a part's heading under it names nothing */
    { "# \xf0\x9f\x93\x9d Notes\n\nNov 4, 2025\n\n## Weekly platform sync\n\n### Summary\n\n- a\n",
      "Weekly platform sync", "2025-11-04", 2 },
    { "# Meeting notes\n\n## Agenda\n\n- a\n", "Meeting notes", NULL, 1 },
    { "# Notes\n\n- a\n\n## Release\n\n- b\n", "Notes", NULL, 1 },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      NpDocument *doc = read_as ("notes.md", NULL, cases[i].text);
      g_assert_cmpstr (np_document_get_title (doc), ==, cases[i].title);
      g_assert_cmpstr (np_document_get_date (doc), ==, cases[i].date);
      guint n;
      np_document_get_sections (doc, &n);
      g_assert_cmpuint (n, ==, cases[i].sections);
      np_document_unref (doc);
    }
}

/* A PDF's text breaks words at lines' ends with a hyphen: the word is
 * whole again when the notes write it whole elsewhere; a compound
 * ("self-" over "hosted") keeps its hyphen, as does a word in capitals,
 * a hyphen after a compound's part, and a line that opens a new item */
static void
test_hyphenated_words (void)
{
  NpDocument *doc = read_as ("summit.txt", NULL,
                             "Summit notes\n\nSession 1\n\n"
                             "- [alice] the new sched-\n  uler is done; the scheduler is fast\n"
                             "- [bob] a self-\n  hosted runner\n"
                             "- [carol] a well-known-\n  ish idea, well known\n"
                             "- [dan] imple-\n  mentation and the implementation\n"
                             "- [erin] the last sched-\n- [fay] uler is not hers\n");
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 6);
  static const char *const texts[] = {
    "[alice] the new scheduler is done; the scheduler is fast", "[bob] a self- hosted runner",
    "[carol] a well-known- ish idea, well known", "[dan] implementation and the implementation",
    "[erin] the last sched-",
  };
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      gsize len;
      const char *t = np_document_peek_item_text (doc, i, &len);
      g_autofree char *text = g_strndup (t, len);
      g_assert_cmpstr (text, ==, texts[i]);
    }
  g_assert_cmpuint (items[0].end_line, ==, 6);
  np_document_unref (doc);
}

/* Bullet glyphs of PDF and word-processor exports, checklists included:
 * each opens an item of its own, the glyph in the marker, not the text */
static void
test_text_bullet_glyphs (void)
{
  static const char *const glyphs[] = { "\u25C6", "\u25C7", "\u2756", "\u25B6", "\u25B8", "\u25B9",
                                        "\u2219", "\u2794", "\u2713", "\u2714", "\u2717", "\u2610",
                                        "\u2611", "\u2612", "\uF0D8", "\uF076", "\uF0FC", NULL };
  for (guint k = 0; glyphs[k]; k++)
    {
      g_autofree char *text = g_strdup_printf ("Notes\n\n%s first point\n%s second point\n", glyphs[k], glyphs[k]);
      NpDocument *doc = read_as ("glyphs.txt", NULL, text);
      guint n;
      const NpItem *items = np_document_get_items (doc, &n);
      g_assert_cmpuint (n, ==, 2);
      g_autofree char *t = text_of (doc, &items[1]);
      g_assert_cmpstr (t, ==, "second point");
      np_document_unref (doc);
    }

  /* a Google Docs export: a zero-width space after each glyph, and the
   * levels told by the glyphs at one margin (● ○ ■); "○" alone is a list
   * of one level */
  NpDocument *doc = read_as ("gdoc.txt", NULL,
                             "Notes\n\n\u25CF\u200B top\n\u25CB\u200B under it\n\u25A0\u200B deeper\n"
                             "\u25CF\u200B next top\n\u25A0\u200B skips a rank\n");
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 5);
  static const guint depths[] = { 0, 1, 2, 0, 1 };
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (items[i].depth, ==, depths[i]);
  g_autofree char *t = text_of (doc, &items[1]);
  g_assert_cmpstr (t, ==, "under it");
  np_document_unref (doc);
  /* a chat export's direction mark opening a line (WhatsApp's before an
   * attachment) goes, and the line opens its message */
  doc = read_as ("chat.txt", NULL,
                 "Chat\n\n[03/03/2026, 10:36:00] John Smith: No problem\n"
                 "\u200E[03/03/2026, 10:37:00] Ana Ruiz: \u200Fimage omitted\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (items[1].line, ==, 4);
  g_autofree char *omitted = text_of (doc, &items[1]);
  g_assert_true (g_str_has_prefix (omitted, "[03/03/2026"));
  g_assert_true (g_str_has_suffix (omitted, "Ruiz: image omitted"));
  np_document_unref (doc);
  doc = read_as ("hollow.txt", NULL, "Notes\n\n\u25CB one\n\u25CB two\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (items[0].depth, ==, 0);
  g_assert_cmpuint (items[1].depth, ==, 0);
  np_document_unref (doc);

  /* a Word document's PDF: Symbol's bullet, Courier's "o", Wingdings'
   * square, all at one margin; and "▪" under "•" with no "◦" used */
  doc = read_as ("word.txt", NULL,
                 "Notes\n\n\uF0B7 rsc: top\no griesemer: under it\n\uF0A7 deeper\n\uF0B7 next top\n"
                 "o keith: under the next\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 5);
  static const guint word_depths[] = { 0, 1, 2, 0, 1 };
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (items[i].depth, ==, word_depths[i]);
  g_autofree char *o = text_of (doc, &items[4]);
  g_assert_cmpstr (o, ==, "keith: under the next");
  np_document_unref (doc);
  /* ... and its Wingdings bullets when the font's mapping is lost: "l"
   * the circle, "§" the square (but "§ 3.2" cites a section) */
  doc = read_as ("lost.txt", NULL,
                 "Notes\n\nl [wzhou] top\no [danoye] under it\n\u00A7 [wzhou] deeper\nl next top\n"
                 "\u00A7 3.2 of the spec says so.\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 5);
  static const guint lost_depths[] = { 0, 1, 2, 0 };
  for (guint i = 0; i < 4; i++)
    g_assert_cmpuint (items[i].depth, ==, lost_depths[i]);
  g_autofree char *l5 = text_of (doc, &items[4]);
  g_assert_cmpstr (l5, ==, "\u00A7 3.2 of the spec says so.");
  g_assert_cmpint (items[4].kind, ==, NP_ITEM_PARAGRAPH);
  np_document_unref (doc);
  doc = read_as ("k8s.txt", NULL, "Notes\n\n\u2022 one\n\u25AA under one\n\u2022 two\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 3);
  static const guint k8s_depths[] = { 0, 1, 0 };
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (items[i].depth, ==, k8s_depths[i]);
  np_document_unref (doc);
  /* plain "o" lines with no higher glyph before them stay at the margin */
  doc = read_as ("o.txt", NULL, "Notes\n\no one\no two\n");
  items = np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (items[1].depth, ==, 0);
  np_document_unref (doc);
}

/* Plain text as editors save it: a paragraph a line, no blank line
 * between.  A short title over a paragraph (a sentence or a long line),
 * after a blank line or a sentence's end, is a heading; lines of a wrapped
 * paragraph, a run of short lines and a label over its text stay text */
static void
test_text_titles_without_blank_lines (void)
{
  static const char text[] = "Weekly sync\nNov 28, 2026\nAttendees: Jane Doe, John Smith\n"
                             "Summary\n"                                                          /* 4 */
                             "Jane and John discussed the release and agreed to ship on Friday.\n" /* 5 */
                             "Details\n"                                                          /* 6 */
                             "Release: the build is green and the notes are ready for the review.\n"
                             "Next steps\n"                                                       /* 8 */
                             "* Jane will send the notes.\n"
                             "\nHiring\nWe need a new release manager for the next cycle of releases.\n" /* 11-12 */
                             "\nNotes:\nthe room was booked.\n"                                  /* 14-15 */
                             "\nThe pad said\nOk then\nFine\n"                                   /* 17-19 */
                             "\nThe first part of a paragraph that an export wrapped at its width\n"
                             "Friday and went on.\n";                                              /* 21-22 */
  NpDocument *doc = read_as ("sync.txt", NULL, text);
  guint n;
  const NpSection *sections = np_document_get_sections (doc, &n);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpstr (sections[0].title, ==, "Summary");
  g_assert_cmpstr (sections[1].title, ==, "Details");
  g_assert_cmpstr (sections[2].title, ==, "Next steps");
  g_assert_cmpstr (sections[3].title, ==, "Hiring");
  g_assert_cmpuint (item_at_line (doc, 5)->section, ==, 0);
  g_assert_cmpuint (item_at_line (doc, 12)->section, ==, 3);
  g_autofree char *notes = text_of (doc, item_at_line (doc, 14));
  g_assert_cmpstr (notes, ==, "Notes: the room was booked.");
  g_autofree char *run = text_of (doc, item_at_line (doc, 17));
  g_assert_cmpstr (run, ==, "The pad said Ok then Fine");
  const NpItem *wrapped = item_at_line (doc, 21);
  g_assert_cmpuint (wrapped->end_line, ==, 22);
  np_document_unref (doc);

  /* titles over lists and over each other; a short list item ends where
   * the next line's first word would have fit on it */
  static const char lists[] = "Team notes\nAgenda\n* Release\n* Hiring\nNotes\nRelease\n"
                              "* Jane: the build is green\n   * John: agreed\nHiring\n"          /* 7-9 */
                              "* Ann: we need a manager\nAction items\n* Jane to send notes\n"; /* 10-12 */
  doc = read_as ("team.txt", NULL, lists);
  sections = np_document_get_sections (doc, &n);
  g_assert_cmpuint (n, ==, 5);
  static const char *const titles[] = { "Agenda", "Notes", "Release", "Hiring", "Action items" };
  for (guint k = 0; k < n; k++)
    g_assert_cmpstr (sections[k].title, ==, titles[k]);
  g_autofree char *john = text_of (doc, item_at_line (doc, 8));
  g_assert_cmpstr (john, ==, "John: agreed");
  g_assert_cmpuint (item_at_line (doc, 10)->section, ==, 3);
  g_assert_cmpuint (item_at_line (doc, 10)->end_line, ==, 10);
  np_document_unref (doc);

  /* a title over a name alone over a list: the name is no wrapped line
   * of the title ("Notes Priya Raman") */
  doc = read_as ("sync.txt", NULL, "Weekly sync\n\nNotes\nPriya Raman\n- Shipped the flow\nTom Okafor\n- Fixed it\n");
  sections = np_document_get_sections (doc, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (sections[0].title, ==, "Notes");
  g_assert_cmpstr (sections[1].title, ==, "Priya Raman");
  g_autofree char *tom = text_of (doc, item_at_line (doc, 6));
  g_assert_cmpstr (tom, ==, "Tom Okafor");
  np_document_unref (doc);

  /* a name in capitals over its turn is no title (a screenplay's), over
   * a list it is one */
  doc = read_as ("play.txt", NULL, "Interview\n\nALICE\nWe should ship the release on Friday.\n\nAGENDA\n* one\n");
  sections = np_document_get_sections (doc, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (sections[0].title, ==, "AGENDA");
  g_autofree char *alice = text_of (doc, item_at_line (doc, 3));
  g_assert_cmpstr (alice, ==, "ALICE We should ship the release on Friday.");
  np_document_unref (doc);

  /* a transcript saved a paragraph a line: each speaker's name over the
   * turn, after the end of the last one, opens an item */
  doc = read_as ("talk.txt", NULL,
                 "Interview\n\nJane Park\nWe should ship on Friday.\nJohn Smith\nAgreed, docs are ready.\n"
                 "Jane Park\nGreat.\n");
  guint n_turns;
  const NpItem *turns = np_document_get_items (doc, &n_turns);
  g_assert_cmpuint (n_turns, ==, 3);
  g_assert_cmpuint (turns[1].line, ==, 5);
  g_autofree char *turn = text_of (doc, &turns[1]);
  g_assert_cmpstr (turn, ==, "John Smith Agreed, docs are ready.");
  np_document_unref (doc);

  /* a sentence holding a date in the header is notes, not the date line */
  doc = read_as ("d.txt", NULL, "Sync\n\nThe launch moved to May 2, 2024.\nWe agreed.\n");
  g_assert_null (np_document_get_date (doc));
  g_autofree char *launch = text_of (doc, item_at_line (doc, 3));
  g_assert_cmpstr (launch, ==, "The launch moved to May 2, 2024. We agreed.");
  np_document_unref (doc);
  /* nor is a header's field whose value is a sentence */
  doc = read_as ("n.txt", NULL, "Sync\nLocation: Room 4\nNotes: the release slipped a week\n\n- one\n");
  guint n_items;
  const NpItem *first = np_document_get_items (doc, &n_items);
  g_assert_cmpuint (n_items, ==, 2);
  g_assert_cmpuint (first->line, ==, 3);
  np_document_unref (doc);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reader/wide-encodings", test_wide_encodings);
  g_test_add_func ("/reader/legacy-encoding", test_legacy_encoding);
  g_test_add_func ("/reader/org-mode", test_org_mode);
  g_test_add_func ("/reader/date-line-under-dated-title", test_date_line_under_dated_title);
  g_test_add_func ("/reader/wiki", test_wiki);
  g_test_add_func ("/reader/asciidoc", test_asciidoc);
  g_test_add_func ("/reader/rst-fields", test_rst_fields);
  g_test_add_func ("/reader/text/titles-without-blank-lines", test_text_titles_without_blank_lines);
  g_test_add_func ("/reader/markdown/titles", test_markdown_titles);
  g_test_add_func ("/reader/text/hyphenated-words", test_hyphenated_words);
  g_test_add_func ("/reader/html", test_html);
  g_test_add_func ("/reader/text/bullet-glyphs", test_text_bullet_glyphs);
  return g_test_run ();
}
