/* reader-html.c: notes saved as HTML (minutes published on the web, a
 * document editor's "Download as HTML"), read by the Markdown reader.
 *
 * libxml2's HTML parser builds the tree (it recovers from broken markup
 * and decodes entities); the walk below writes the Markdown a person
 * would have written for it: headings with their level, paragraphs apart,
 * list items nested by depth, table rows, code blocks, bold and italics
 * as marks (a bold name before its colon is a speaker mark), and the
 * page's <title> as the title when no heading says it already.  Scripts,
 * styles and the head are left out.  Line numbers of the model are those
 * of this Markdown, not of the HTML source. */
#include "config.h"

#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "reader.h"

typedef struct
{
  GString *out;
  guint list_depth;
  gboolean pre;     /* inside <pre>: text verbatim */
  gboolean space;   /* a space is owed before the next word */
  guint row_cells;  /* cells of the current table row written */
  guint rows;       /* rows of the current table written */
  gsize term_end;   /* where the last <dt> or <dd> ended: a <dd> right after continues the line */
  gboolean term_dd; /* and it was a <dd> */
  /* Word's list paragraphs (word_list_item()): where the last one ended,
   * its level, and the left margins (in points) of the levels open */
  gsize word_end;
  guint word_level;
  double word_margins[9];
  guint word_n_margins;
} Html;

static void walk (Html *h, xmlNode *node);

static gboolean
at_line_start (const Html *h)
{
  return h->out->len == 0 || h->out->str[h->out->len - 1] == '\n';
}

/* End the line, and leave a blank one (a Markdown paragraph break) */
static void
blank_line (Html *h)
{
  if (h->out->len == 0)
    return;
  if (!at_line_start (h))
    g_string_append_c (h->out, '\n');
  if (h->out->len >= 2 && h->out->str[h->out->len - 2] == '\n')
    return;
  g_string_append_c (h->out, '\n');
  h->space = FALSE;
}

static void
new_line (Html *h)
{
  if (!at_line_start (h))
    g_string_append_c (h->out, '\n');
  h->space = FALSE;
}

/* Text, its runs of white space as one space (none at a line's start) */
static void
text (Html *h, const char *s)
{
  if (h->pre)
    {
      g_string_append (h->out, s);
      return;
    }
  for (const char *p = s; *p; p++)
    {
      /* Word's conditional sections (<![if !supportLists]> around a list
       * paragraph's glyph, <![endif]>), which libxml2 leaves as text: the
       * marks go, what they hold is the text a browser shows */
      if (p[0] == '<' && (g_str_has_prefix (p, "<![if ") || g_str_has_prefix (p, "<![endif]>")))
        {
          const char *close = strstr (p, "]>");
          if (close)
            {
              p = close + 1;
              continue;
            }
        }
      if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f')
        {
          h->space = TRUE;
          continue;
        }
      if (h->space && !at_line_start (h))
        g_string_append_c (h->out, ' ');
      h->space = FALSE;
      g_string_append_c (h->out, *p);
    }
}

/* A mark around inline content (** for bold): written only when the
 * content has some text, next to it */

static void
marked (Html *h, xmlNode *n, const char *mark)
{
  if (h->space && !at_line_start (h))
    g_string_append_c (h->out, ' ');
  h->space = FALSE;
  gsize before = h->out->len;
  g_string_append (h->out, mark);
  gsize inside = h->out->len;
  walk (h, n->children);
  if (h->out->len == inside)
    {
      g_string_truncate (h->out, before); /* nothing inside */
      return;
    }
  gboolean trailing = h->space;
  g_string_append (h->out, mark);
  h->space = trailing;
}

static gboolean
is (const xmlNode *n, const char *name)
{
  return g_ascii_strcasecmp ((const char *) n->name, name) == 0;
}

/* Does the element's class attribute hold the class word ("c3 title")? */
static gboolean
has_class (xmlNode *n, const char *word)
{
  xmlChar *cls = xmlGetProp (n, (const xmlChar *) "class");
  gboolean found = FALSE;
  if (cls)
    {
      g_auto (GStrv) words = g_strsplit_set ((const char *) cls, " \t", -1);
      found = g_strv_contains ((const char *const *) words, word);
      xmlFree (cls);
    }
  return found;
}

/* The heading level of an element: h1 to h6, and a document editor's
 * title paragraph (Google Docs' "Download as HTML": <p class="c3
 * title">) is the notes' title; 0 for any other */
static guint
heading_level (xmlNode *n)
{
  const char *name = (const char *) n->name;
  if (strlen (name) == 2 && g_ascii_tolower (name[0]) == 'h' && name[1] >= '1' && name[1] <= '6')
    return name[1] - '0';
  return is (n, "p") && (has_class (n, "title") || has_class (n, "MsoTitle")) ? 1 : 0;
}

/* The value of a property in an element's style attribute ("margin-left"
 * in "margin-left:36.0pt;text-indent:-18.0pt"): a new string, or NULL */
static char *
style_value (xmlNode *n, const char *property)
{
  xmlChar *style = xmlGetProp (n, (const xmlChar *) "style");
  char *value = NULL;
  if (style)
    {
      g_auto (GStrv) decls = g_strsplit ((const char *) style, ";", -1);
      for (guint k = 0; decls[k] && !value; k++)
        {
          char *colon = strchr (decls[k], ':');
          if (!colon)
            continue;
          *colon = '\0';
          if (g_ascii_strcasecmp (g_strstrip (decls[k]), property) == 0)
            value = g_strdup (g_strstrip (colon + 1));
        }
      xmlFree (style);
    }
  return value;
}

/* A length of CSS in points (36.0pt, .5in, 1.27cm, 48px); 0 for none */
static double
points (const char *value)
{
  if (value == NULL)
    return 0;
  char *end;
  double v = g_ascii_strtod (value, &end);
  if (end == value)
    return 0;
  return g_str_has_prefix (end, "in")   ? v * 72
         : g_str_has_prefix (end, "cm") ? v * 72 / 2.54
         : g_str_has_prefix (end, "mm") ? v * 72 / 25.4
         : g_str_has_prefix (end, "px") ? v * 0.75
                                        : v;
}

/* Is the paragraph one of Word's list paragraphs?  Word's "Save as Web
 * Page" writes a list as paragraphs, no <ul>: class MsoListParagraph
 * (CxSpFirst, CxSpMiddle, CxSpLast for the first, inner and last of a
 * run), MsoListBullet, MsoListNumber, ..., or any paragraph whose style
 * gives its list (mso-list:l0 level2 lfo1, which the filtered page
 * drops).  *level: the level the style gives, 0 when it gives none. */
static gboolean
word_list_paragraph (xmlNode *n, guint *level)
{
  *level = 0;
  if (!is (n, "p"))
    return FALSE;
  g_autofree char *list = style_value (n, "mso-list");
  if (list)
    {
      const char *l = strstr (list, "level");
      if (l && g_ascii_isdigit (l[5]))
        *level = (guint) g_ascii_strtoull (l + 5, NULL, 10);
      if (*level)
        return TRUE;
    }
  xmlChar *cls = xmlGetProp (n, (const xmlChar *) "class");
  gboolean listed = cls && g_ascii_strncasecmp ((const char *) cls, "MsoList", 7) == 0;
  xmlFree (cls);
  return listed;
}

#define NBSP "\xc2\xa0"

/* The length of the bullet or number Word writes at the start of a list
 * paragraph's text, with the no-break spaces after it (a Symbol font's
 * "\xc2\xb7", Courier's "o", Wingdings' "\xc2\xa7", or "1.", "a)",
 * "iv.", "2.1." then "&nbsp;&nbsp; "); 0 when the text opens with no such
 * marker.  The no-break space is what tells the glyph from a word: Word
 * pads every marker with them. */
static gsize
word_marker_length (const char *s)
{
  const char *p = s;
  if (g_ascii_isalnum (*p))
    {
      while (g_ascii_isalnum (*p) || (*p == '.' && g_ascii_isalnum (p[1])))
        p++;
      if (p - s > 6 || (*p != '.' && *p != ')'))
        p = g_utf8_next_char (s); /* not an enumerator: a glyph of one letter ("o") */
      else
        p++;
    }
  else if (*p == '(' && g_ascii_isalnum (p[1]))
    {
      p++;
      while (g_ascii_isalnum (*p))
        p++;
      if (*p != ')' || p - s > 6)
        return 0;
      p++;
    }
  else if (*p && *p != ' ' && !g_str_has_prefix (p, NBSP))
    p = g_utf8_next_char (p);
  else
    return 0;
  if (!g_str_has_prefix (p, NBSP))
    return 0;
  while (*p == ' ' || g_str_has_prefix (p, NBSP))
    p += *p == ' ' ? 1 : 2;
  return (gsize) (p - s);
}

/* The level of a list paragraph that gives none in its style: by its left
 * margin among the margins of the run's open levels, as the text reader
 * nests by indentation (a level opens deeper, and going back out closes
 * the levels past the margin) */
static guint
word_level_by_margin (Html *h, xmlNode *n)
{
  g_autofree char *margin = style_value (n, "margin-left");
  double m = points (margin);
  while (h->word_n_margins > 0 && h->word_margins[h->word_n_margins - 1] > m + 1)
    h->word_n_margins--;
  if ((h->word_n_margins == 0 || m > h->word_margins[h->word_n_margins - 1] + 1)
      && h->word_n_margins < G_N_ELEMENTS (h->word_margins))
    h->word_margins[h->word_n_margins++] = m;
  return MAX (h->word_n_margins, 1);
}

static void walk (Html *h, xmlNode *n);

/* The text of n's children written apart, into a new string */
static GString *
walk_apart (Html *h, xmlNode *n)
{
  GString *saved = h->out;
  h->out = g_string_new (NULL);
  h->space = FALSE;
  walk (h, n->children);
  GString *apart = h->out;
  h->out = saved;
  return apart;
}

/* A Word list paragraph as a Markdown list item at its level, the glyph
 * or number and its spaces left out (the item's text is what follows
 * them: "Priya: ..." opens a turn); FALSE, nothing written, when the
 * paragraph opens with no marker (a list's paragraph of text) */
static gboolean
word_list_item (Html *h, xmlNode *n, guint level)
{
  GString *para = walk_apart (h, n);
  gsize marker = word_marker_length (para->str);
  if (marker == 0)
    {
      g_string_free (para, TRUE);
      return FALSE;
    }
  gboolean run = h->word_end > 0 && h->word_end == h->out->len;
  if (!run)
    {
      h->word_n_margins = 0;
      h->word_level = 0;
    }
  if (level == 0)
    level = word_level_by_margin (h, n);
  level = MIN (level, h->word_level + 1); /* no level skipped: Markdown would not nest it */
  h->word_level = level;
  if (run)
    new_line (h);
  else
    blank_line (h);
  GString *indent = g_string_new (NULL);
  for (guint k = 1; k < level; k++)
    g_string_append (indent, "  ");
  g_string_append (h->out, indent->str);
  g_string_append (h->out, "- ");
  /* lines of the paragraph (a <br>) stay in the item */
  for (const char *p = para->str + marker; *p; p++)
    {
      g_string_append_c (h->out, *p);
      if (*p == '\n' && p[1])
        g_string_append_printf (h->out, "%s  ", indent->str);
    }
  g_string_free (indent, TRUE);
  g_string_free (para, TRUE);
  new_line (h);
  h->word_end = h->out->len;
  return TRUE;
}

static void
element (Html *h, xmlNode *n)
{
  if (is (n, "script") || is (n, "style") || is (n, "noscript") || is (n, "template") || is (n, "head"))
    return;
  guint level = heading_level (n);
  if (level)
    {
      blank_line (h);
      for (guint k = 0; k < level; k++)
        g_string_append_c (h->out, '#');
      g_string_append_c (h->out, ' ');
      walk (h, n->children);
      blank_line (h);
      return;
    }
  if (is (n, "br"))
    {
      new_line (h);
      return;
    }
  guint word_level;
  if (word_list_paragraph (n, &word_level) && word_list_item (h, n, word_level))
    return;
  /* a task list's box (GitHub's rendering, wiki exports): "[ ] " or
   * "[x] ", read by the Markdown reader as the item's task flags */
  if (is (n, "input"))
    {
      xmlChar *type = xmlGetProp (n, (const xmlChar *) "type");
      if (type && g_ascii_strcasecmp ((const char *) type, "checkbox") == 0)
        {
          xmlChar *checked = xmlGetProp (n, (const xmlChar *) "checked");
          g_string_append (h->out, checked ? "[x] " : "[ ] ");
          h->space = TRUE;
          xmlFree (checked);
        }
      xmlFree (type);
      return;
    }
  if (is (n, "hr"))
    {
      blank_line (h);
      g_string_append (h->out, "---");
      blank_line (h);
      return;
    }
  if (is (n, "ul") || is (n, "ol") || is (n, "menu"))
    {
      if (h->list_depth == 0)
        blank_line (h);
      h->list_depth++;
      walk (h, n->children);
      h->list_depth--;
      if (h->list_depth == 0)
        blank_line (h);
      return;
    }
  if (is (n, "li"))
    {
      new_line (h);
      for (guint k = 1; k < h->list_depth; k++)
        g_string_append (h->out, "  ");
      g_string_append (h->out, "- ");
      walk (h, n->children);
      new_line (h);
      return;
    }
  if (is (n, "pre"))
    {
      blank_line (h);
      g_string_append (h->out, "```\n");
      gboolean was = h->pre;
      h->pre = TRUE;
      walk (h, n->children);
      h->pre = was;
      new_line (h);
      g_string_append (h->out, "```");
      blank_line (h);
      return;
    }
  if (is (n, "table"))
    {
      guint rows = h->rows;
      h->rows = 0;
      blank_line (h);
      walk (h, n->children);
      blank_line (h);
      h->rows = rows;
      return;
    }
  if (is (n, "tr"))
    {
      new_line (h);
      h->row_cells = 0;
      g_string_append (h->out, "|");
      walk (h, n->children);
      new_line (h);
      if (h->rows++ == 0)
        np_md_rule (h->out, h->row_cells); /* the first row heads the table */
      return;
    }
  if (is (n, "td") || is (n, "th"))
    {
      /* the cell's text written apart, then as one cell */
      GString *cell = walk_apart (h, n);
      np_md_cell (h->out, cell->str, cell->len);
      g_string_free (cell, TRUE);
      h->space = FALSE;
      h->row_cells++;
      return;
    }
  /* a definition list as "Term: definition" lines ("Present: Ann Lee,
   * Bo Chen", as W3C minutes head their attendees) */
  if (is (n, "dt"))
    {
      blank_line (h);
      walk (h, n->children);
      if (h->out->len && h->out->str[h->out->len - 1] != ':')
        g_string_append_c (h->out, ':');
      h->term_end = h->out->len;
      h->term_dd = FALSE;
      h->space = TRUE;
      return;
    }
  if (is (n, "dd"))
    {
      gboolean follows = h->term_end > 0 && h->term_end == h->out->len;
      if (!follows)
        blank_line (h);
      else if (h->term_dd)
        g_string_append_c (h->out, ','); /* another definition of the same term */
      h->space = TRUE;
      walk (h, n->children);
      h->term_end = h->out->len;
      h->term_dd = TRUE;
      return;
    }
  if (is (n, "strong") || is (n, "b"))
    {
      marked (h, n, "**");
      return;
    }
  if (is (n, "em") || is (n, "i"))
    {
      marked (h, n, "*");
      return;
    }
  if (is (n, "code") && !h->pre)
    {
      marked (h, n, "`");
      return;
    }
  if (is (n, "p") || is (n, "div") || is (n, "section") || is (n, "article") || is (n, "main")
      || is (n, "header") || is (n, "footer") || is (n, "blockquote") || is (n, "figure") || is (n, "dl")
      || is (n, "nav") || is (n, "aside") || is (n, "details")
      || is (n, "summary") || is (n, "address") || is (n, "body"))
    {
      blank_line (h);
      walk (h, n->children);
      blank_line (h);
      return;
    }
  walk (h, n->children); /* inline: span, a, cite, font, ... */
}

static void
walk (Html *h, xmlNode *node)
{
  for (xmlNode *n = node; n; n = n->next)
    {
      if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
        text (h, (const char *) n->content);
      else if (n->type == XML_ELEMENT_NODE)
        element (h, n);
    }
}

/* The first element below node named name, or with heading level 1 when
 * name is NULL, or NULL */
static xmlNode *
find (xmlNode *node, const char *name)
{
  for (xmlNode *n = node; n; n = n->next)
    {
      if (n->type != XML_ELEMENT_NODE)
        continue;
      if (name ? is (n, name) : heading_level (n) == 1)
        return n;
      xmlNode *in = find (n->children, name);
      if (in)
        return in;
    }
  return NULL;
}

/* The charset a page declares in its head, as a browser's prescan finds
 * it: <meta charset="utf-8">, or <meta http-equiv=Content-Type
 * content="text/html; charset=windows-1252"> as Word's "Save as Web Page"
 * writes it.  A new string, or NULL when no <meta> before <body> (or the
 * first 8 KiB) names one. */
static char *
declared_charset (const char *data, gsize len)
{
  gsize limit = MIN (len, 8192);
  for (gsize i = 0; i + 5 < limit; i++)
    {
      if (data[i] != '<')
        continue;
      if (g_ascii_strncasecmp (data + i + 1, "body", 4) == 0)
        return NULL;
      if (g_ascii_strncasecmp (data + i + 1, "meta", 4) != 0)
        continue;
      gsize end = i + 5;
      while (end < limit && data[end] != '>')
        end++;
      for (gsize k = i + 5; k + 7 < end; k++)
        {
          if (g_ascii_strncasecmp (data + k, "charset", 7) != 0)
            continue;
          gsize v = k + 7;
          while (v < end && (data[v] == ' ' || data[v] == '\t'))
            v++;
          if (v >= end || data[v] != '=')
            continue;
          v++;
          while (v < end && (data[v] == ' ' || data[v] == '\t' || data[v] == '"' || data[v] == '\''))
            v++;
          gsize e = v;
          while (e < end
                 && (g_ascii_isalnum (data[e]) || data[e] == '-' || data[e] == '_' || data[e] == '.' || data[e] == ':'))
            e++;
          if (e > v)
            return g_strndup (data + v, e - v);
        }
      i = end;
    }
  return NULL;
}

char *
np_html_declared_to_utf8 (const char *data, gsize len, gsize *out_len, char **charset)
{
  g_autofree char *declared = declared_charset (data, len);
  if (declared == NULL || g_ascii_strcasecmp (declared, "utf-8") == 0 || g_ascii_strcasecmp (declared, "utf8") == 0)
    return NULL;
  /* as browsers do (the WHATWG Encoding standard), Latin-1 and ASCII
   * labels mean Windows-1252, whose curly quotes and dashes pages
   * labelled so hold anyway */
  const char *from = declared;
  if (g_ascii_strcasecmp (declared, "iso-8859-1") == 0 || g_ascii_strcasecmp (declared, "latin1") == 0
      || g_ascii_strcasecmp (declared, "iso8859-1") == 0 || g_ascii_strcasecmp (declared, "us-ascii") == 0
      || g_ascii_strcasecmp (declared, "ascii") == 0)
    from = "WINDOWS-1252";
  gsize written = 0;
  char *text = g_convert (data, len, "UTF-8", from, NULL, &written, NULL);
  if (text == NULL)
    return NULL;
  *out_len = written;
  if (charset)
    *charset = g_steal_pointer (&declared);
  return text;
}

gboolean
np_html_detect (const char *name, const char *text, gsize len)
{
  if (np_name_has_suffix (name, ".html") || np_name_has_suffix (name, ".htm") || np_name_has_suffix (name, ".xhtml"))
    return TRUE;
  gsize i = 0;
  while (i < len && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t'))
    i++;
  return (len - i >= 9 && g_ascii_strncasecmp (text + i, "<!DOCTYPE", 9) == 0
          && len - i >= 14 && g_ascii_strncasecmp (text + i + 9, " html", 5) == 0)
         || (len - i >= 5 && g_ascii_strncasecmp (text + i, "<html", 5) == 0
             && (len - i == 5 || text[i + 5] == '>' || text[i + 5] == ' ' || text[i + 5] == '\n'));
}

char *
np_html_to_markdown (const char *data, gsize len, gsize *out_len)
{
  Html h = { 0 };
  h.out = g_string_sized_new (len / 2 + 64);
  htmlDocPtr doc = len <= G_MAXINT
                       /* UTF-8 given, not the page's <meta>: the reader has read the bytes in the
                        * charset the page declares (np_html_declared_to_utf8()) or repaired them, so
                        * a declared windows-1252 is no longer true of them */
                       ? htmlReadMemory (data, (int) len, NULL, "UTF-8",
                                         HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
                                             | HTML_PARSE_NONET | HTML_PARSE_NOIMPLIED)
                       : NULL;
  xmlNode *root = doc ? xmlDocGetRootElement (doc) : NULL;
  if (root)
    {
      /* the page's title, unless its first heading says it */
      xmlNode *title = find (root, "title");
      xmlChar *t = title ? xmlNodeGetContent (title) : NULL;
      xmlNode *h1 = find (root, NULL);
      xmlChar *first = h1 ? xmlNodeGetContent (h1) : NULL;
      if (t && *g_strstrip ((char *) t) && !(first && strcmp (g_strstrip ((char *) first), (char *) t) == 0))
        {
          g_string_append (h.out, "# ");
          text (&h, (const char *) t);
          blank_line (&h);
        }
      xmlFree (t);
      xmlFree (first);
      walk (&h, root);
    }
  if (doc)
    xmlFreeDoc (doc);
  new_line (&h);
  *out_len = h.out->len;
  return g_string_free (h.out, FALSE);
}
