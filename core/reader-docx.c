/* reader-docx.c: minutes written in Word (.docx, Office Open XML), read
 * by the Markdown reader.
 *
 * A .docx is a zip; its text is word/document.xml.  libarchive finds the
 * member (np_compressed_zip_member), libxml2 parses it (no network, no external entities), and the
 * walk below writes the Markdown of its body: a paragraph styled
 * Title or Heading N as a heading, a numbered or bulleted paragraph as a
 * list item at its level, bold runs between "**" (a bold name before its
 * colon is a speaker mark), tables as rows, a line break as a new line.
 * Line numbers of the model are those of this Markdown. */
#include "config.h"

#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "notepipe/np-reader.h"
#include "reader.h"

/* WordprocessingML's elements and attributes by their local names */
#define is np_xml_is
#define child np_xml_child

/* The w:val attribute of an element, or NULL (to be freed with xmlFree) */
static xmlChar *
val (const xmlNode *n)
{
  return np_xml_attr (n, "val");
}

/* A run's property on: <w:b/>, not <w:b w:val="0"/> or "false" */
static gboolean
on (const xmlNode *prop)
{
  if (prop == NULL)
    return FALSE;
  xmlChar *v = val (prop);
  gboolean off = v && (strcmp ((const char *) v, "0") == 0 || strcmp ((const char *) v, "false") == 0);
  xmlFree (v);
  return !off;
}

/* The runs of a paragraph (and of hyperlinks and fields in it), bold ones
 * marked */
static void
runs (GString *out, const xmlNode *p)
{
  for (xmlNode *c = p->children; c; c = c->next)
    {
      if (is (c, "hyperlink") || is (c, "smartTag") || is (c, "sdt") || is (c, "sdtContent") || is (c, "ins")
          || is (c, "fldSimple"))
        {
          runs (out, c);
          continue;
        }
      if (!is (c, "r"))
        continue;
      const xmlNode *rpr = child (c, "rPr");
      xmlChar *rstyle = val (child (rpr, "rStyle"));
      /* bold set on the run, or its character style "Strong" (as Google
       * Docs and Word's quick styles write it) */
      gboolean bold = on (child (rpr, "b")) || (rstyle && g_ascii_strcasecmp ((const char *) rstyle, "Strong") == 0);
      xmlFree (rstyle);
      gsize start = out->len;
      for (xmlNode *t = c->children; t; t = t->next)
        {
          if (is (t, "t"))
            {
              xmlChar *text = xmlNodeGetContent (t);
              g_string_append (out, (const char *) text);
              xmlFree (text);
            }
          else if (is (t, "tab"))
            g_string_append_c (out, ' ');
          else if (is (t, "br") || is (t, "cr"))
            g_string_append_c (out, '\n');
        }
      if (bold && out->len > start)
        np_md_bold (out, start);
    }
}

/* The heading levels of the document's paragraph styles: 0 for the
 * Title, 1 to 6 for the headings, by their names in word/styles.xml
 * ("heading 2", whatever the style's id: localized Word names its ids
 * otherwise) or their outline level; and whether a Title is used */
typedef struct
{
  GHashTable *levels; /* style id -> level + 1 */
  gboolean titled;
} Docx;

static void body (Docx *d, GString *out, const xmlNode *parent);

/* A style's level + 1 from its name or outline level, or 0 */
static guint
style_level (const char *name, const xmlNode *ppr)
{
  if (name && g_ascii_strcasecmp (name, "Title") == 0)
    return 1;
  if (name && g_ascii_strncasecmp (name, "heading", 7) == 0)
    {
      const char *n = name + 7;
      while (*n == ' ')
        n++;
      if (*n >= '1' && *n <= '9' && n[1] == '\0')
        return (guint) MIN (*n - '0', 6) + 1;
    }
  xmlChar *outline = val (child (ppr, "outlineLvl"));
  guint level = outline ? (guint) MIN (g_ascii_strtoull ((const char *) outline, NULL, 10), 5) + 2 : 0;
  xmlFree (outline);
  return level;
}

static void
read_styles (Docx *d, const xmlNode *styles)
{
  for (xmlNode *s = styles ? styles->children : NULL; s; s = s->next)
    {
      if (!is (s, "style"))
        continue;
      xmlChar *id = np_xml_attr (s, "styleId"), *type = np_xml_attr (s, "type");
      xmlChar *name = val (child (s, "name"));
      guint level = id && (type == NULL || strcmp ((const char *) type, "paragraph") == 0)
                        ? style_level ((const char *) name, child (s, "pPr"))
                        : 0;
      if (level)
        g_hash_table_insert (d->levels, g_strdup ((const char *) id), GUINT_TO_POINTER (level));
      xmlFree (id);
      xmlFree (type);
      xmlFree (name);
    }
}

/* The level + 1 of a paragraph's style (0: no heading) */
static guint
paragraph_level (const Docx *d, const xmlNode *ppr)
{
  xmlChar *style = val (child (ppr, "pStyle"));
  guint level = 0;
  if (style)
    {
      level = GPOINTER_TO_UINT (g_hash_table_lookup (d->levels, style));
      if (level == 0 && !g_hash_table_size (d->levels))
        {
          /* no styles part: the built-in ids, "Title", "Heading2" */
          const char *s = (const char *) style;
          if (g_ascii_strcasecmp (s, "Title") == 0)
            level = 1;
          else if (g_ascii_strncasecmp (s, "Heading", 7) == 0 && s[7] >= '1' && s[7] <= '6' && s[8] == '\0')
            level = (guint) (s[7] - '0') + 1;
        }
    }
  xmlFree (style);
  return level ? level : style_level (NULL, ppr);
}

/* Is some paragraph a Title?  Then Heading 1 goes under it */
static gboolean
has_title (const Docx *d, const xmlNode *parent)
{
  for (xmlNode *c = parent->children; c; c = c->next)
    if ((is (c, "p") && paragraph_level (d, child (c, "pPr")) == 1)
        || ((is (c, "sdt") || is (c, "sdtContent")) && has_title (d, c)))
      return TRUE;
  return FALSE;
}

static void
paragraph (Docx *d, GString *out, const xmlNode *p)
{
  const xmlNode *ppr = child (p, "pPr");
  const xmlNode *num = child (ppr, "numPr");
  guint level = paragraph_level (d, ppr);
  /* the Title is "#"; Heading 1 is "#" too, or "##" under a Title */
  guint heading = level == 1 ? 1 : level ? level - 1 + (d->titled ? 1 : 0) : 0;
  if (!heading && num == NULL)
    {
      xmlChar *style = val (child (ppr, "pStyle"));
      if (style && g_ascii_strncasecmp ((const char *) style, "List", 4) == 0)
        num = ppr; /* "ListBullet", "ListParagraph": an item without numbering of its own */
      xmlFree (style);
    }
  gsize start = out->len;
  if (heading)
    {
      for (guint k = 0; k < MIN (heading, 6u); k++)
        g_string_append_c (out, '#');
      g_string_append_c (out, ' ');
    }
  else if (num)
    {
      xmlChar *depth = val (child (child (ppr, "numPr"), "ilvl"));
      guint ilvl = depth ? (guint) MIN (g_ascii_strtoull ((const char *) depth, NULL, 10), 8) : 0;
      xmlFree (depth);
      for (guint k = 0; k < ilvl; k++)
        g_string_append (out, "  ");
      g_string_append (out, "- ");
    }
  gsize text_start = out->len;
  runs (out, p);
  np_md_merge_marks (out, text_start);
  if (out->len == text_start)
    {
      g_string_truncate (out, start); /* an empty paragraph: spacing */
      return;
    }
  if (heading && memchr (out->str + text_start, '\n', out->len - text_start))
    for (gsize k = text_start; k < out->len; k++)
      if (out->str[k] == '\n')
        out->str[k] = ' '; /* a heading is one line */
  /* list items follow each other; other paragraphs stand apart */
  g_string_append (out, num && !heading ? "\n" : "\n\n");
}

static void
table (GString *out, const xmlNode *tbl)
{
  guint rows = 0;
  if (out->len && !(out->len >= 2 && out->str[out->len - 1] == '\n' && out->str[out->len - 2] == '\n'))
    g_string_append_c (out, '\n');
  for (xmlNode *tr = tbl->children; tr; tr = tr->next)
    {
      if (!is (tr, "tr"))
        continue;
      guint cells = 0;
      g_string_append_c (out, '|');
      for (xmlNode *tc = tr->children; tc; tc = tc->next)
        {
          if (!is (tc, "tc"))
            continue;
          g_autoptr (GString) cell = g_string_new (NULL);
          for (xmlNode *p = tc->children; p; p = p->next)
            if (is (p, "p"))
              {
                if (cell->len)
                  g_string_append_c (cell, ' ');
                runs (cell, p);
              }
          np_md_merge_marks (cell, 0);
          np_md_cell (out, cell->str, cell->len);
          cells++;
        }
      g_string_append_c (out, '\n');
      if (rows++ == 0)
        np_md_rule (out, cells);
    }
  g_string_append_c (out, '\n');
}

static void
body (Docx *d, GString *out, const xmlNode *parent)
{
  for (xmlNode *c = parent->children; c; c = c->next)
    {
      if (is (c, "p"))
        paragraph (d, out, c);
      else if (is (c, "tbl"))
        table (out, c);
      else if (is (c, "sdt") || is (c, "sdtContent") || is (c, "customXml"))
        body (d, out, c);
    }
}

gboolean
np_docx_detect (const char *name, const char *data, gsize len)
{
  /* or a zip holding the main part under its usual name */
  return np_office_detect (name, data, len, ".docx", "word/document.xml", 65536);
}

char *
np_docx_to_markdown (const char *source, const char *data, gsize len, gsize max, gsize *out_len, GError **error)
{
  xmlDocPtr doc = np_office_part (source, data, len, "word/document.xml", "Word document", max, error);
  if (doc == NULL)
    return NULL;
  const xmlNode *b = child (xmlDocGetRootElement (doc), "body");
  Docx d = { 0 };
  d.levels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* the styles part is optional: without it, the built-in ids */
  xmlDocPtr styles = np_office_part (source, data, len, "word/styles.xml", "styles", max, NULL);
  if (styles)
    {
      read_styles (&d, xmlDocGetRootElement (styles));
      xmlFreeDoc (styles);
    }
  GString *out = g_string_new (NULL);
  if (b)
    {
      d.titled = has_title (&d, b);
      body (&d, out, b);
    }
  g_hash_table_unref (d.levels);
  xmlFreeDoc (doc);
  *out_len = out->len;
  return g_string_free (out, FALSE);
}
