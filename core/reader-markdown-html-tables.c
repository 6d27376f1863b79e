/* reader-markdown-html-tables.c: an HTML table in Markdown minutes read as
 * the pipe table it stands for.
 *
 * Minutes exported from a document editor (Google Docs' Markdown export,
 * Confluence pages kept as Markdown) write their tables as HTML, a cell
 * to a line or more:
 *
 *     <table>
 *       <tr>
 *        <td>Present?
 *        </td>
 *        <td>Name
 *        ...
 *
 * Markdown renders that block as a table, and its rows are what the notes
 * say (an attendance list, an agenda).  libxml2's HTML parser reads the
 * block (entities decoded, broken markup recovered); each row is written
 * as a pipe table's row at the line of its <tr>, a delimiter row under
 * the first, and every other line of the block is joined (NpLine.joined):
 * no text, and no break in the table.  The table reader
 * (reader-markdown-tables.c) then reads it as any pipe table, so the line
 * of a row is its own.  A block whose rows share lines, or that leaves no
 * line for the delimiter, stays as it is (one paragraph). */
#include "config.h"

#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "reader.h"

static gboolean
is (const xmlNode *n, const char *name)
{
  return n->type == XML_ELEMENT_NODE && g_ascii_strcasecmp ((const char *) n->name, name) == 0;
}

/* Does the line open (or close) a table tag: "<table", "<table class=...>",
 * "</table>"?  close: the closing tag */
static gboolean
table_tag (const char *p, gsize n, gboolean close)
{
  const char *tag = close ? "</table" : "<table";
  gsize tn = strlen (tag);
  return n > tn && g_ascii_strncasecmp (p, tag, tn) == 0 && (p[tn] == '>' || p[tn] == ' ');
}

/* The line of the block's close, from line i (its open) on, counting
 * tables nested in it: G_MAXUINT when it never closes */
static guint
block_end (const NpReadContext *ctx, guint i)
{
  guint depth = 0;
  for (guint j = i; j < ctx->n_lines; j++)
    {
      const NpLine *l = &ctx->lines[j];
      for (const char *p = memchr (l->s, '<', l->len); p; p = memchr (p + 1, '<', l->s + l->len - p - 1))
        {
          gsize left = l->s + l->len - p;
          if (table_tag (p, left, FALSE))
            depth++;
          else if (table_tag (p, left, TRUE) && depth > 0 && --depth == 0)
            return j;
        }
    }
  return G_MAXUINT;
}

/* A cell's text: its words, a space where a break, a paragraph or
 * another block ended */
static void
cell_text (const xmlNode *n, GString *out)
{
  for (; n; n = n->next)
    {
      if (n->type == XML_TEXT_NODE && n->content)
        g_string_append (out, (const char *) n->content);
      else if (n->type == XML_ELEMENT_NODE)
        {
          if (is (n, "br"))
            g_string_append_c (out, ' ');
          cell_text (n->children, out);
          if (is (n, "p") || is (n, "div") || is (n, "li"))
            g_string_append_c (out, ' ');
        }
    }
}

typedef struct
{
  GPtrArray *rows;    /* the rows' pipe lines (strings) */
  GArray *lines;      /* and the line of each in the block, from 0 */
  guint first_cells;  /* the first row's cells */
} Rows;

/* The rows of the table at n (not those of a table nested in a cell) */
static void
collect_rows (const xmlNode *n, Rows *r)
{
  for (; n; n = n->next)
    {
      if (n->type != XML_ELEMENT_NODE)
        continue;
      if (is (n, "tr"))
        {
          GString *row = g_string_new ("|");
          guint cells = 0;
          for (const xmlNode *c = n->children; c; c = c->next)
            if (is (c, "td") || is (c, "th"))
              {
                GString *text = g_string_new (NULL);
                cell_text (c->children, text);
                np_md_cell (row, text->str, text->len);
                g_string_free (text, TRUE);
                cells++;
              }
          guint line = (guint) MAX (xmlGetLineNo (n), 1) - 1;
          if (cells)
            {
              if (r->rows->len == 0)
                r->first_cells = cells;
              g_ptr_array_add (r->rows, g_string_free (row, FALSE));
              g_array_append_val (r->lines, line);
            }
          else
            g_string_free (row, TRUE);
        }
      else if (!is (n, "table") || r->rows->len == 0)
        collect_rows (n->children, r);
    }
}

/* The first table element under n */
static const xmlNode *
first_table (const xmlNode *n)
{
  for (; n; n = n->next)
    {
      if (is (n, "table"))
        return n;
      const xmlNode *t = first_table (n->children);
      if (t)
        return t;
    }
  return NULL;
}

/* Lines i..end hold one table: written as a pipe table (TRUE), or left
 * as they are */
static gboolean
write_table (NpReadContext *ctx, guint i, guint end, GStringChunk *chunk)
{
  const char *start = ctx->lines[i].content;
  const char *stop = ctx->lines[end].s + ctx->lines[end].len;
  htmlDocPtr html = htmlReadMemory (start, (int) (stop - start), NULL, "UTF-8",
                                    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
                                      | HTML_PARSE_NONET | HTML_PARSE_NOIMPLIED);
  if (html == NULL)
    return FALSE;
  Rows r = { g_ptr_array_new_with_free_func (g_free), g_array_new (FALSE, FALSE, sizeof (guint)), 0 };
  const xmlNode *table = first_table (xmlDocGetRootElement (html));
  if (table)
    collect_rows (table->children, &r);
  xmlFreeDoc (html);
  /* each row on a line of its own, and a line for the delimiter under
   * the first */
  guint n = r.rows->len;
  gboolean fits = n > 0;
  for (guint k = 0; fits && k < n; k++)
    {
      guint at = g_array_index (r.lines, guint, k);
      guint next = k + 1 < n ? g_array_index (r.lines, guint, k + 1) : end - i + 1;
      fits = i + at <= end && at < next && (k > 0 || at + 1 < next);
    }
  if (fits)
    {
      for (guint j = i; j <= end; j++)
        {
          ctx->lines[j].content_len = 0;
          ctx->lines[j].joined = TRUE;
        }
      for (guint k = 0; k < n; k++)
        {
          NpLine *l = &ctx->lines[i + g_array_index (r.lines, guint, k)];
          const char *row = g_ptr_array_index (r.rows, k);
          l->content = g_string_chunk_insert (chunk, row);
          l->content_len = strlen (row);
          l->joined = FALSE;
          if (k == 0)
            {
              /* the delimiter row, as many cells as the first row */
              GString *rule = g_string_new (NULL);
              np_md_rule (rule, r.first_cells);
              NpLine *d = l + 1;
              d->content = g_string_chunk_insert_len (chunk, rule->str, rule->len - 1);
              d->content_len = rule->len - 1;
              d->joined = FALSE;
              g_string_free (rule, TRUE);
            }
        }
    }
  g_ptr_array_unref (r.rows);
  g_array_unref (r.lines);
  return fits;
}

void
np_md_html_tables (NpReadContext *ctx, GStringChunk *chunk)
{
  char fence = 0;
  for (guint i = 0; i < ctx->n_lines; i++)
    {
      NpLine *l = &ctx->lines[i];
      if (!np_md_outside_fence (l, &fence) || l->indent >= 4 || !table_tag (l->content, l->content_len, FALSE))
        continue;
      guint end = block_end (ctx, i);
      if (end == G_MAXUINT)
        return;
      write_table (ctx, i, end, chunk);
      i = end;
    }
}
