/* reader-odt.c: minutes written in LibreOffice or exported as
 * OpenDocument Text (.odt), read by the Markdown reader.
 *
 * An .odt is a zip; its text is content.xml.  libarchive takes the member
 * out, libxml2 parses it (no network, no external entities), and the walk
 * writes the Markdown of the body: headings by their outline level, list
 * items by their nesting, bold spans between "**" (bold is a property of
 * the span's automatic style, looked up in the document's own styles),
 * tables as rows, line breaks and tabs.  Line numbers of the model are
 * those of this Markdown. */
#include "config.h"

#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "notepipe/np-reader.h"
#include "reader.h"

typedef struct
{
  GString *out;
  GHashTable *bold;  /* names of the automatic styles that set bold */
  GHashTable *title; /* names of the automatic styles derived from "Title" */
  guint list_depth;
} Odt;

/* OpenDocument's elements and attributes by their local names */
#define is np_xml_is
#define attr np_xml_attr

/* The styles in <office:automatic-styles> whose text is bold, and those
 * derived from the Title style */
static void
automatic_styles (Odt *o, const xmlNode *styles)
{
  for (xmlNode *s = styles ? styles->children : NULL; s; s = s->next)
    {
      if (!is (s, "style"))
        continue;
      xmlChar *parent = attr (s, "parent-style-name");
      if (parent && strcmp ((const char *) parent, "Title") == 0)
        {
          xmlChar *name = attr (s, "name");
          if (name)
            g_hash_table_add (o->title, g_strdup ((const char *) name));
          xmlFree (name);
        }
      xmlFree (parent);
      for (xmlNode *p = s->children; p; p = p->next)
        {
          if (!is (p, "text-properties"))
            continue;
          xmlChar *w = attr (p, "font-weight");
          if (w && (strcmp ((const char *) w, "bold") == 0 || strcmp ((const char *) w, "700") == 0))
            {
              xmlChar *name = attr (s, "name");
              if (name)
                g_hash_table_add (o->bold, g_strdup ((const char *) name));
              xmlFree (name);
            }
          xmlFree (w);
        }
    }
}

/* The inline content of a paragraph or heading */
static void
inline_text (Odt *o, const xmlNode *parent)
{
  for (xmlNode *c = parent->children; c; c = c->next)
    {
      if (c->type == XML_TEXT_NODE)
        {
          g_string_append (o->out, (const char *) c->content);
          continue;
        }
      if (is (c, "s"))
        {
          xmlChar *n = attr (c, "c");
          guint64 count = n ? g_ascii_strtoull ((const char *) n, NULL, 10) : 1;
          xmlFree (n);
          for (guint64 k = 0; k < MIN (count, 64u); k++)
            g_string_append_c (o->out, ' ');
        }
      else if (is (c, "tab"))
        g_string_append_c (o->out, ' ');
      else if (is (c, "line-break"))
        g_string_append_c (o->out, '\n');
      else if (is (c, "span"))
        {
          xmlChar *style = attr (c, "style-name");
          gboolean bold = style && g_hash_table_contains (o->bold, (const char *) style);
          xmlFree (style);
          gsize start = o->out->len;
          inline_text (o, c);
          if (bold && o->out->len > start)
            np_md_bold (o->out, start);
        }
      else if (is (c, "a") || is (c, "bookmark-ref") || is (c, "reference-ref") || is (c, "ruby-base"))
        inline_text (o, c);
      /* notes, annotations and frames: not the minutes' text */
    }
}

static void blocks (Odt *o, const xmlNode *parent);

static void
paragraph (Odt *o, const xmlNode *p, guint heading)
{
  gsize start = o->out->len;
  if (heading)
    {
      for (guint k = 0; k < MIN (heading, 6u); k++)
        g_string_append_c (o->out, '#');
      g_string_append_c (o->out, ' ');
    }
  else if (o->list_depth)
    {
      for (guint k = 1; k < o->list_depth; k++)
        g_string_append (o->out, "  ");
      g_string_append (o->out, "- ");
    }
  gsize text = o->out->len;
  inline_text (o, p);
  np_md_merge_marks (o->out, text);
  gsize k = text;
  while (k < o->out->len && (o->out->str[k] == ' ' || o->out->str[k] == '\n'))
    k++;
  if (k == o->out->len)
    {
      g_string_truncate (o->out, start); /* an empty paragraph: spacing */
      return;
    }
  if (heading)
    for (gsize i = text; i < o->out->len; i++)
      if (o->out->str[i] == '\n')
        o->out->str[i] = ' ';
  g_string_append (o->out, o->list_depth && !heading ? "\n" : "\n\n");
}

/* The rows of a table, also those grouped under header rows or row groups */
static void
table_rows (const xmlNode *parent, GPtrArray *rows)
{
  for (xmlNode *r = parent->children; r; r = r->next)
    if (is (r, "table-row"))
      g_ptr_array_add (rows, r);
    else if (is (r, "table-header-rows") || is (r, "table-rows") || is (r, "table-row-group"))
      table_rows (r, rows);
}

static void
table (Odt *o, const xmlNode *tbl)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();
  table_rows (tbl, rows);
  g_string_append_c (o->out, '\n');
  for (guint i = 0; i < rows->len; i++)
    {
      const xmlNode *r = g_ptr_array_index (rows, i);
      guint cells = 0;
      g_string_append_c (o->out, '|');
      for (xmlNode *c = r->children; c; c = c->next)
        {
          if (!is (c, "table-cell"))
            continue;
          GString *saved = o->out;
          o->out = g_string_new (NULL);
          for (xmlNode *p = c->children; p; p = p->next)
            if (is (p, "p") || is (p, "h"))
              {
                if (o->out->len)
                  g_string_append_c (o->out, ' ');
                inline_text (o, p);
              }
          GString *cell = o->out;
          o->out = saved;
          np_md_merge_marks (cell, 0);
          np_md_cell (o->out, cell->str, cell->len);
          g_string_free (cell, TRUE);
          cells++;
        }
      g_string_append_c (o->out, '\n');
      if (i == 0)
        np_md_rule (o->out, cells);
    }
  g_string_append_c (o->out, '\n');
}

static void
blocks (Odt *o, const xmlNode *parent)
{
  for (xmlNode *c = parent->children; c; c = c->next)
    {
      if (is (c, "p"))
        {
          /* the document's title, as the word processor's Title style
           * sets it: the Markdown's "#" title */
          xmlChar *style = attr (c, "style-name");
          gboolean title = style && o->list_depth == 0
                           && (strcmp ((const char *) style, "Title") == 0
                               || g_hash_table_contains (o->title, (const char *) style));
          xmlFree (style);
          paragraph (o, c, title ? 1 : 0);
        }
      else if (is (c, "h"))
        {
          xmlChar *level = attr (c, "outline-level");
          guint n = level ? (guint) CLAMP (g_ascii_strtoull ((const char *) level, NULL, 10), 1, 6) : 1;
          xmlFree (level);
          paragraph (o, c, n);
        }
      else if (is (c, "list"))
        {
          if (o->list_depth == 0 && o->out->len && !g_str_has_suffix (o->out->str, "\n\n"))
            g_string_append_c (o->out, '\n');
          o->list_depth++;
          blocks (o, c);
          o->list_depth--;
          if (o->list_depth == 0)
            g_string_append_c (o->out, '\n');
        }
      else if (is (c, "list-item") || is (c, "list-header") || is (c, "section") || is (c, "text"))
        blocks (o, c);
      else if (is (c, "table"))
        table (o, c);
    }
}

/* An element below parent by its local names, one level each */
static const xmlNode *
path (const xmlNode *parent, const char *const *names)
{
  for (; parent && *names; names++)
    parent = np_xml_child (parent, *names);
  return parent;
}

gboolean
np_odt_detect (const char *name, const char *data, gsize len)
{
  /* or OpenDocument's first member, "mimetype", stored, with its type (an
   * extra field may stand between the name and the data) */
  return np_office_detect (name, data, len, ".odt", "application/vnd.oasis.opendocument.text", 256);
}

char *
np_odt_to_markdown (const char *source, const char *data, gsize len, gsize max, gsize *out_len, GError **error)
{
  xmlDocPtr doc = np_office_part (source, data, len, "content.xml", "OpenDocument text", max, error);
  if (doc == NULL)
    return NULL;
  const xmlNode *root = xmlDocGetRootElement (doc);
  static const char *const to_text[] = { "body", "text", NULL };
  static const char *const to_styles[] = { "automatic-styles", NULL };
  Odt o = { 0 };
  o.out = g_string_new (NULL);
  o.bold = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  o.title = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  automatic_styles (&o, path (root, to_styles));
  const xmlNode *text = path (root, to_text);
  if (text)
    blocks (&o, text);
  g_hash_table_unref (o.bold);
  g_hash_table_unref (o.title);
  xmlFreeDoc (doc);
  *out_len = o.out->len;
  return g_string_free (o.out, FALSE);
}
