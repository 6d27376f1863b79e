/* reader-asciidoc.c: AsciiDoc notes, read by the Markdown reader.
 *
 * AsciiDoc marks what Markdown marks with other signs: sections are
 * equals signs ("== Decisions"), nested bullets repeat the star ("** a
 * reply"), numbered items are dots (". first", ".. nested"), code sits
 * between "----" lines, the header's attributes are ":name: value".  As
 * for Org mode, each line is rewritten in place of its Markdown form,
 * line for line, so line numbers stay those of the file; the lines that
 * are only layout (block delimiters, attribute and block-attribute lines,
 * comments, block titles) are written blank and listed, and the caller
 * gives them the debris role after reading. */
#include "config.h"

#include <string.h>

#include "meta.h"
#include "reader.h"

/* "== Title": the number of '=' (1-6) before a space, or 0 */
static guint
section_level (const char *s, gsize n)
{
  guint k = 0;
  while (k < n && s[k] == '=')
    k++;
  return k >= 1 && k <= 6 && k + 1 < n && s[k] == ' ' ? k : 0;
}

/* ":name: value" or ":name:": the length of name, or 0 */
static gsize
attribute_len (const char *s, gsize n)
{
  if (n < 3 || s[0] != ':')
    return 0;
  gsize i = 1;
  while (i < n && (g_ascii_isalnum (s[i]) || s[i] == '-' || s[i] == '_' || s[i] == '!'))
    i++;
  return i > 1 && i < n && s[i] == ':' && (i + 1 == n || s[i + 1] == ' ') ? i - 1 : 0;
}

/* A delimiter line of a block: four or more of one of "-.=*_/+" and
 * nothing else, or "```"/"--" */
static char
delimiter (const char *s, gsize n)
{
  if (n == 2 && s[0] == '-' && s[1] == '-')
    return 'o'; /* an open block */
  if (n >= 3 && memcmp (s, "```", 3) == 0)
    return '`';
  if (n < 4 || !strchr ("-.=*_/+", s[0]))
    return 0;
  for (gsize i = 1; i < n; i++)
    if (s[i] != s[0])
      return 0;
  return s[0];
}

gboolean
np_asciidoc_detect (const char *name, const char *text, gsize len)
{
  if (np_name_has_suffix (name, ".adoc") || np_name_has_suffix (name, ".asciidoc"))
    return TRUE;
  /* or opens with a document title ("= Team sync") and has a section
   * ("== Status") at the margin further down */
  gsize i = 0;
  while (i < len && (text[i] == '\n' || text[i] == ' '))
    i++;
  if (len - i < 3 || text[i] != '=' || text[i + 1] != ' ')
    return FALSE;
  for (const char *p = memchr (text + i, '\n', len - i); p && p + 4 < text + len;
       p = memchr (p + 1, '\n', text + len - p - 1))
    if (p[1] == '=' && p[2] == '=' && (p[3] == ' ' || (p[3] == '=' && p[4] == ' ')))
      return TRUE;
  return FALSE;
}

/* The Markdown list marker for an AsciiDoc one ("*", "**", "-", ".",
 * "..") at s: appended to out with the indentation of its depth; the
 * bytes of the AsciiDoc marker with its space, or 0 */
static gsize
list_marker (GString *out, const char *s, gsize n)
{
  gsize k = 0;
  while (k < n && k < 6 && s[k] == s[0])
    k++;
  if (k >= n || s[k] != ' ' || (s[0] != '*' && s[0] != '.' && s[0] != '-') || (s[0] == '-' && k > 1))
    return 0;
  for (gsize d = 1; d < k; d++)
    g_string_append (out, s[0] == '.' ? "   " : "  ");
  g_string_append (out, s[0] == '.' ? "1. " : "* ");
  return k + 1;
}

/* A description list's item at s, "Ivo:: the cluster is live" (":::"
 * one level down): appended to out as a Markdown item of its term and a
 * colon, "* Ivo: the cluster is live", as HTML's <dt> and <dd> read; the
 * bytes of s taken (all of them), or 0 when s is no such item */
static gsize
description_item (GString *out, const char *s, gsize n)
{
  if (n < 3 || s[0] == ' ' || s[0] == ':')
    return 0;
  const char *c = memchr (s, ':', MIN (n, (gsize) 80));
  if (c == NULL || c[-1] == ' ')
    return 0;
  gsize colons = 0;
  while (c + colons < s + n && c[colons] == ':')
    colons++;
  if (colons < 2 || colons > 4 || (c + colons < s + n && c[colons] != ' '))
    return 0;
  for (gsize d = 2; d < colons; d++)
    g_string_append (out, "  ");
  g_string_append (out, "* ");
  g_string_append_len (out, s, c - s + 1);
  g_string_append_len (out, c + colons, s + n - (c + colons));
  return n;
}

/* "|===": a table's delimiter */
static gboolean
table_delimiter (const char *s, gsize n)
{
  if (n < 4 || s[0] != '|')
    return FALSE;
  for (gsize i = 1; i < n; i++)
    if (s[i] != '=')
      return FALSE;
  return TRUE;
}

/* A table's row written on one line, "|Alice Smith |ASH |Acme", as a
 * Markdown row "| Alice Smith | ASH | Acme |"; the number of cells */
static guint
table_row (GString *out, const char *s, gsize n)
{
  guint cells = 0;
  const char *p = s + 1, *e = s + n;
  g_string_append_c (out, '|');
  while (p <= e)
    {
      const char *bar = memchr (p, '|', e - p);
      const char *ce = bar ? bar : e;
      const char *cs = p;
      while (cs < ce && (*cs == ' ' || *cs == '\t'))
        cs++;
      const char *cend = ce;
      while (cend > cs && (cend[-1] == ' ' || cend[-1] == '\t'))
        cend--;
      g_string_append_c (out, ' ');
      g_string_append_len (out, cs, cend - cs);
      g_string_append (out, " |");
      cells++;
      if (bar == NULL)
        break;
      p = bar + 1;
    }
  return cells;
}

char *
np_asciidoc_to_markdown (const char *text, gsize len, gsize *out_len, GArray *layout)
{
  GString *out = g_string_sized_new (len + 64);
  char block = 0; /* the delimiter of the open verbatim block (code, comment) */
  /* in a table ("|===" ... "|==="): the cells of its first row, 0 before
   * it; blank lines in it are written as Markdown's rule row, so that
   * its rows stay one table, the first blank after the first row making
   * that row the header as in AsciiDoc */
  gboolean table = FALSE;
  guint table_cells = 0;
  guint line = 0;
  const char *p = text, *end = text + len;
  while (p < end)
    {
      const char *nl = memchr (p, '\n', end - p);
      const char *le = nl ? nl : end;
      gsize n = le - p;
      const char *s = p;
      line++;
      gboolean drop = FALSE;
      char d = n > 0 && s[0] != ' ' ? delimiter (s, n) : 0;
      if (block)
        {
          if (d == block)
            {
              /* the block's end: a code fence closes, a comment's end is layout */
              if (block == '/')
                drop = TRUE;
              else
                g_string_append (out, "```");
              block = 0;
            }
          else if (block == '/')
            drop = TRUE;
          else
            g_string_append_len (out, s, n);
        }
      else if (table_delimiter (s, n))
        {
          drop = TRUE;
          table = !table;
          table_cells = 0;
        }
      else if (table && n > 0 && s[0] == '|')
        {
          guint cells = table_row (out, s, n);
          if (table_cells == 0)
            table_cells = cells;
        }
      else if (table && n == 0 && table_cells > 0)
        {
          g_string_append_c (out, '|');
          for (guint c = 0; c < table_cells; c++)
            g_string_append (out, "---|");
        }
      else if (d == '-' || d == '.' || d == '`' || d == '+')
        {
          g_string_append (out, "```"); /* listing, literal, fenced, passthrough: code */
          block = d;
        }
      else if (d == '/')
        {
          drop = TRUE;
          block = '/';
        }
      else if (d)
        drop = TRUE; /* example, sidebar, quote, open blocks: their lines are text */
      else if (n >= 2 && s[0] == '/' && s[1] == '/')
        drop = TRUE; /* a comment */
      else if (n >= 2 && s[0] == '[' && s[n - 1] == ']' && !memchr (s, ' ', n))
        drop = TRUE; /* a block's attributes: "[source,go]", "[NOTE]" */
      else if (n >= 2 && s[0] == '.' && s[1] != '.' && s[1] != ' ')
        drop = TRUE; /* a block's title: ".Decisions" */
      else if (section_level (s, n))
        {
          guint k = section_level (s, n);
          for (guint h = 0; h < k; h++)
            g_string_append_c (out, '#');
          g_string_append_len (out, s + k, n - k);
        }
      else if (attribute_len (s, n))
        {
          /* ":date: 2024-05-02", ":attendees: Ann Lee, Bo Chen": the
           * header's labels as the readers know them; others are layout */
          gsize a = attribute_len (s, n);
          g_autofree char *name = g_strndup (s + 1, a);
          if (np_meta_is_date_key (name, a) || np_meta_is_attendee_label (name, a, NULL))
            {
              g_string_append_len (out, s + 1, n - 1); /* "attendees: Ann Lee, ..." */
            }
          else if (a == 7 && g_ascii_strncasecmp (name, "revdate", 7) == 0)
            {
              g_string_append (out, "Date:"); /* the revision's date, the header's own */
              g_string_append_len (out, s + 9, n - 9);
            }
          else
            drop = TRUE;
        }
      else
        {
          gsize lead = 0;
          while (lead < n && (s[lead] == ' ' || s[lead] == '\t'))
            lead++;
          gsize marker = lead == 0 ? list_marker (out, s, n) : 0;
          if (marker == 0 && lead == 0 && description_item (out, s, n))
            goto next;
          gsize e = n;
          /* a hard line break: " +" at the end */
          if (e >= 2 && s[e - 1] == '+' && s[e - 2] == ' ')
            e -= 2;
          g_string_append_len (out, s + marker, e - marker);
        }
    next:
      if (drop && layout)
        g_array_append_val (layout, line);
      if (nl)
        g_string_append_c (out, '\n');
      p = nl ? nl + 1 : end;
    }
  *out_len = out->len;
  return g_string_free (out, FALSE);
}
