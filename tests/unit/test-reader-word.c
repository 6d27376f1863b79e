/* test-reader-word.c: Word's "Save as Web Page" (filtered or not): list
 * paragraphs with their glyphs and numbers as list items at their level,
 * the charset the page declares, the title paragraph.  (test-reader-formats.c
 * has HTML at large.) */
#include <string.h>

#include <notepipe/notepipe.h>

#include "np-private.h"
#include "reader-helpers.h"

/* The items as "depth:text" lines */
static char *
items_of (NpDocument *doc)
{
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  GString *all = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *t = text_of (doc, &items[i]);
      g_string_append_printf (all, "%u:%s\n", items[i].depth, t);
    }
  return g_string_free (all, FALSE);
}

#define GLYPH_SPAN(font, glyph, pad)                                                                                   \
  "<span style='font-family:" font "'>" glyph "<span style='font:7.0pt \"Times New Roman\"'>" pad " </span></span>"
#define NB7 "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"

/* The filtered page: no <ul>, paragraphs of class MsoListParagraph*
 * opening with a Symbol font's bullet, Courier's "o", Wingdings' square
 * or a number, padded with no-break spaces; the level by the left margin */
static void
test_filtered_lists (void)
{
  static const char html[] =
    "<html><head><meta charset=utf-8><meta name=Generator content=\"Microsoft Word 15 (filtered)\"></head>\n"
    "<body><div class=WordSection1>\n<p class=MsoTitle>Platform sync</p>\n<h1>Release</h1>\n"
    "<p class=MsoListParagraphCxSpFirst style='margin-left:36.0pt;text-indent:-18.0pt'>" GLYPH_SPAN (
      "Symbol", "\xc2\xb7", NB7) "Priya: Welcome everyone.</p>\n"
    "<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;text-indent:-18.0pt'>" GLYPH_SPAN (
      "\"Courier New\"", "o", "&nbsp;&nbsp;") "the TLS patch</p>\n"
    "<p class=MsoListParagraphCxSpMiddle style='margin-left:108.0pt;text-indent:-18.0pt'>" GLYPH_SPAN (
      "Wingdings", "\xc2\xa7", NB7) "its review</p>\n"
    "<p class=MsoListParagraphCxSpLast style='margin-left:36.0pt;text-indent:-18.0pt'>" GLYPH_SPAN (
      "Symbol", "\xc2\xb7", NB7) "<b>Wei</b>: I will book the slot.</p>\n"
    "<p class=MsoNormal>Hannah: fine.</p>\n"
    "<p class=MsoListParagraphCxSpFirst style='margin-left:36.0pt;text-indent:-18.0pt'><span>9.<span "
    "style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>Olu: Got it.</p>\n"
    "<p class=MsoListParagraphCxSpLast style='margin-left:36.0pt;text-indent:-18.0pt'><span>10.<span "
    "style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>Priya: Thanks all.</p>\n"
    /* a list's paragraph that opens with no marker stays as written */
    "<p class=MsoListParagraph style='margin-left:36.0pt'>o is a letter here</p>\n"
    "</div></body></html>\n";
  NpDocument *doc = read_as ("minutes.htm", NULL, html);
  g_assert_cmpstr (np_document_get_title (doc), ==, "Platform sync");
  g_autofree char *all = items_of (doc);
  g_test_message ("%s", all);
  g_assert_cmpstr (all, ==,
                   "0:Priya: Welcome everyone.\n1:the TLS patch\n2:its review\n0:**Wei**: I will book the slot.\n"
                   "0:Hannah: fine.\n0:Olu: Got it.\n0:Priya: Thanks all.\n0:o is a letter here\n");
  np_document_unref (doc);
}

/* The page Word saves unfiltered: the level in the style (mso-list:l0
 * level2 lfo1, whatever the margin), the glyph inside <![if
 * !supportLists]> and <![endif]>, which libxml2 leaves as text; a
 * paragraph of another class with a list in its style is a list item too */
static void
test_mso_list_levels (void)
{
  static const char html[] =
    "<html><head><meta charset=\"utf-8\"></head><body>\n<h1>Sync</h1>\n"
    "<p class=MsoListParagraphCxSpFirst style='text-indent:-.25in;mso-list:l0 level1 lfo1'><![if !supportLists]>"
    "<span style='font-family:Symbol'><span style='mso-list:Ignore'>\xc2\xb7<span style='font:7.0pt \"Times New "
    "Roman\"'>" NB7 " </span></span></span><![endif]>Ann: one</p>\n"
    "<p class=MsoListParagraphCxSpLast style='text-indent:-.25in;mso-list:l0 level2 lfo1'><![if !supportLists]>"
    "<span style='font-family:\"Courier New\"'><span style='mso-list:Ignore'>o<span style='font:7.0pt \"Times New "
    "Roman\"'>&nbsp;&nbsp; </span></span></span><![endif]>nested</p>\n"
    "<p class=MsoNormal style='margin-left:.5in;text-indent:-.25in;mso-list:l1 level1 lfo2'><![if !supportLists]>"
    "<span style='mso-list:Ignore'>a)<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp; "
    "</span></span><![endif]>Bo: two</p>\n</body></html>\n";
  NpDocument *doc = read_as ("sync.html", NULL, html);
  g_autofree char *all = items_of (doc);
  g_test_message ("%s", all);
  g_assert_cmpstr (all, ==, "0:Ann: one\n1:nested\n0:Bo: two\n");
  np_document_unref (doc);
}

/* A page in the charset its <meta> declares: Word's windows-1252, whose
 * Symbol-font bullet (0xB7) and Wingdings square (0xA7) stand alone, no
 * letters in words, so the bytes alone do not tell it; <meta charset>
 * and a Latin-1 label (read as windows-1252, as browsers do) too */
static void
test_declared_charset (void)
{
  static const char *const heads[] = {
    "<meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\">",
    "<meta charset='windows-1252'>",
    "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\">",
  };
  for (guint k = 0; k < G_N_ELEMENTS (heads); k++)
    {
      g_autofree char *html = g_strconcat (
        "<html><head>", heads[k], "</head><body>\n<p class=MsoTitle>Sync</p>\n<h1>Attendees</h1>\n",
        "<p class=MsoListParagraphCxSpFirst style='margin-left:36.0pt'>" GLYPH_SPAN ("Symbol", "\xb7", NB7),
        "Priya Raman</p>\n<p class=MsoListParagraphCxSpLast style='margin-left:36.0pt'>",
        GLYPH_SPAN ("Symbol", "\xb7", NB7), "Tom\xe1s Ortega</p>\n<h1>Notes</h1>\n",
        "<p class=MsoListParagraph style='margin-left:36.0pt'>", GLYPH_SPAN ("Wingdings", "\xa7", NB7),
        "Tom\xe1s: \x93ready\x94</p>\n</body></html>\n", NULL);
      NpDocument *doc = read_as ("minutes.htm", NULL, html);
      guint n;
      const NpPerson *people = np_document_get_attendees (doc, &n);
      g_assert_cmpuint (n, ==, 2);
      g_assert_cmpstr (people[1].name, ==, "Tom\xc3\xa1s Ortega");
      g_autofree char *all = items_of (doc);
      g_assert_cmpstr (all, ==, "0:Tom\xc3\xa1s: \xe2\x80\x9cready\xe2\x80\x9d\n");
      np_document_unref (doc);
    }
  /* a page that says UTF-8 and is not is left to the guess from its
   * bytes (an accented letter in a word: windows-1252) and their repair */
  NpDocument *doc = read_as ("bad.html", NULL, "<html><head><meta charset=utf-8></head><body><p>Tom\xe1s: hi</p>");
  g_autofree char *all = items_of (doc);
  g_assert_cmpstr (all, ==, "0:Tom\xc3\xa1s: hi\n");
  np_document_unref (doc);
  doc = read_as ("bad.html", NULL, "<html><head><meta charset=utf-8></head><body><p>\xb7 Tom\xe1s: hi</p>");
  g_clear_pointer (&all, g_free);
  all = items_of (doc);
  g_assert_cmpstr (all, ==, "0:\xef\xbf\xbd Tom\xef\xbf\xbds: hi\n");
  np_document_unref (doc);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reader/word/filtered-lists", test_filtered_lists);
  g_test_add_func ("/reader/word/mso-list-levels", test_mso_list_levels);
  g_test_add_func ("/reader/word/declared-charset", test_declared_charset);
  return g_test_run ();
}
