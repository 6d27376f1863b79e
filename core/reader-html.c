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
} Html;

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
static void walk (Html *h, xmlNode *node);

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
  return is (n, "p") && has_class (n, "title") ? 1 : 0;
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
      GString *saved = h->out;
      h->out = g_string_new (NULL);
      h->space = FALSE;
      walk (h, n->children);
      GString *cell = h->out;
      h->out = saved;
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
