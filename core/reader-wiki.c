/* reader-wiki.c: wiki markup (MediaWiki, MoinMoin), read by the Markdown
 * reader.
 *
 * Wikis write notes with other marks than Markdown's: headings between
 * equal signs ("== Minutes =="), nesting by repeating the list's mark
 * ("*", "**", "*#"), bold and italics by quotes ("'''Heikki''':"), links
 * in brackets ("[[Page|label]]", "[https://x label]"), code in <pre>,
 * tables between "{|" and "|}".  Each line is rewritten in place of its
 * Markdown form, line for line, so line numbers stay those of the file; a
 * table's row, whose cells may stand on lines of their own, is written on
 * the line of its first cell and the rest of its lines are left blank.
 * The document's format is then "markdown". */
#include "config.h"

#include <string.h>

#include "reader.h"

/* A heading "== Minutes ==": its level (the equal signs on each side, 1
 * to 6, the same on both) and its title in [*t, *t + *tn), or 0 */
static guint
heading_level (const char *s, gsize n, const char **t, gsize *tn)
{
  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
    n--;
  guint lead = 0, trail = 0;
  while (lead < n && s[lead] == '=')
    lead++;
  while (trail < n - lead && s[n - 1 - trail] == '=')
    trail++;
  if (lead == 0 || lead > 6 || lead != trail)
    return 0;
  gsize a = lead, b = n - trail;
  while (a < b && (s[a] == ' ' || s[a] == '\t'))
    a++;
  while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t'))
    b--;
  if (a == b)
    return 0;
  *t = s + a;
  *tn = b - a;
  return lead;
}

static gboolean
starts_with (const char *s, gsize n, const char *prefix)
{
  gsize k = strlen (prefix);
  return n >= k && g_ascii_strncasecmp (s, prefix, k) == 0;
}

#define WIKI_SIGNAL_LINES 200

gboolean
np_wiki_detect (const char *name, const char *text, gsize len)
{
  if (np_name_has_suffix (name, ".wiki") || np_name_has_suffix (name, ".mediawiki")
      || np_name_has_suffix (name, ".wikitext"))
    return TRUE;
  if (np_name_has_suffix (name, ".md") || np_name_has_suffix (name, ".markdown") || np_name_has_suffix (name, ".adoc")
      || np_name_has_suffix (name, ".asciidoc"))
    return FALSE;
  /* or, near the top, two headings between equal signs at the margin, and
   * no Markdown heading before them */
  guint headings = 0, lines = 0;
  const char *p = text, *end = text + len;
  while (p < end && lines < WIKI_SIGNAL_LINES && headings < 2)
    {
      const char *nl = memchr (p, '\n', end - p);
      const char *le = nl ? nl : end;
      const char *t;
      gsize tn;
      if (le - p >= 2 && p[0] == '#' && (p[1] == ' ' || p[1] == '#'))
        return FALSE;
      if (le > p && p[0] == '=' && heading_level (p, le - p, &t, &tn) > 0)
        headings++;
      lines++;
      p = le + 1;
    }
  return headings >= 2;
}

/* Inline markup of s[0, n) appended to out as Markdown: quotes' bold and
 * italics as stars, internal links as their label, external ones as
 * Markdown links, line breaks (<br>) as a space, <nowiki> dropped with
 * what it holds kept */
static void
append_inline (GString *out, const char *s, gsize n)
{
  gsize i = 0;
  while (i < n)
    {
      char c = s[i];
      if (c == '\'' && i + 1 < n && s[i + 1] == '\'')
        {
          gsize q = 0;
          while (i + q < n && s[i + q] == '\'')
            q++;
          /* '' italics, ''' bold, ''''' both; a fourth quote is a quote */
          if (q == 4)
            g_string_append_c (out, '\''), q = 3;
          g_string_append (out, q >= 5 ? "***" : q == 3 ? "**" : q == 2 ? "*" : "");
          i += q >= 5 ? 5 : q;
          continue;
        }
      if (c == '[' && i + 1 < n && s[i + 1] == '[')
        {
          const char *close = g_strstr_len (s + i + 2, n - i - 2, "]]");
          if (close)
            {
              const char *a = s + i + 2, *bar = memchr (a, '|', close - a);
              const char *label = bar ? bar + 1 : a;
              /* "[[File:x.png]]" and "[[Category:Meetings]]" are no text */
              if (bar || !(starts_with (a, close - a, "File:") || starts_with (a, close - a, "Image:")
                           || starts_with (a, close - a, "Category:")))
                g_string_append_len (out, label, close - label);
              i = close + 2 - s;
              continue;
            }
        }
      if (c == '[' && (starts_with (s + i + 1, n - i - 1, "http://") || starts_with (s + i + 1, n - i - 1, "https://")))
        {
          const char *close = memchr (s + i, ']', n - i);
          if (close)
            {
              const char *u = s + i + 1, *sp = memchr (u, ' ', close - u);
              g_string_append_c (out, '[');
              if (sp)
                g_string_append_len (out, sp + 1, close - sp - 1);
              else
                g_string_append_len (out, u, close - u);
              g_string_append (out, "](");
              g_string_append_len (out, u, (sp ? sp : close) - u);
              g_string_append_c (out, ')');
              i = close + 1 - s;
              continue;
            }
        }
      if (c == '<')
        {
          static const char *const dropped[] = { "<nowiki>", "</nowiki>", "<br>", "<br/>", "<br />" };
          gboolean done = FALSE;
          for (guint k = 0; k < G_N_ELEMENTS (dropped) && !done; k++)
            if (starts_with (s + i, n - i, dropped[k]))
              {
                if (dropped[k][1] == 'b')
                  g_string_append_c (out, ' ');
                i += strlen (dropped[k]);
                done = TRUE;
              }
          if (done)
            continue;
        }
      g_string_append_c (out, c);
      i++;
    }
}

/* A list line's marks ("*", "**", "*#", "#", ":", ";" repeated), as
 * Markdown's list item with the indentation of its depth; the bytes of
 * the marks, or 0 when s holds no list line */
static gsize
append_list_marks (GString *out, const char *s, gsize n)
{
  gsize k = 0;
  while (k < n && (s[k] == '*' || s[k] == '#' || s[k] == ':' || s[k] == ';'))
    k++;
  if (k == 0 || k > 8)
    return 0;
  /* "#" alone before text is a numbered item, "#REDIRECT" is not a list;
   * a bare run of marks ("**") with nothing after is no item either */
  if (k == n || (s[0] == '#' && k == 1 && s[k] != ' '))
    return 0;
  for (gsize d = 1; d < k; d++)
    g_string_append (out, "  ");
  g_string_append (out, s[k - 1] == '#' ? "1. " : "- ");
  while (k < n && s[k] == ' ')
    k++;
  return k;
}

/* ---- tables ------------------------------------------------------------ */

/* The cells of a table line after its mark: "a || b" or "!! "-separated,
 * each with its attributes ("style=... | text") dropped, appended as
 * Markdown cells (np_md_cell(); scratch holds a cell's text) */
static guint
append_cells (GString *row, GString *scratch, const char *s, gsize n, char sep)
{
  guint cells = 0;
  gsize i = 0;
  while (i <= n)
    {
      gsize j = i;
      while (j + 1 < n && !(s[j] == sep && s[j + 1] == sep))
        j++;
      if (j + 1 >= n)
        j = n;
      const char *c = s + i;
      gsize cn = j - i;
      const char *bar = memchr (c, '|', cn); /* attributes before a single bar */
      if (bar && !(bar + 1 < c + cn && bar[1] == '|') && memchr (c, '=', bar - c))
        cn -= bar + 1 - c, c = bar + 1;
      if (row->len == 0)
        g_string_append_c (row, '|');
      g_string_truncate (scratch, 0);
      append_inline (scratch, c, cn);
      np_md_cell (row, scratch->str, scratch->len);
      cells++;
      i = j + 2;
    }
  return cells;
}

/* A table, "{|" to "|}" (or the end), from p: written to out line for
 * line, each row on its first cell's line, every other line of it from
 * its first row on as Markdown's rule row, so that its rows stay one
 * table (the first row heads it, as HTML's and AsciiDoc's tables read);
 * the lines before its first row, and its end, blank.  Returns where the
 * text after the table begins. */
static const char *
append_table (GString *out, const char *p, const char *end)
{
  g_autoptr (GPtrArray) lines = g_ptr_array_new (); /* per line: its row, or NULL (freed as written) */
  g_autoptr (GString) scratch = g_string_new (NULL);
  GString *row = NULL;
  guint header = 0, cells = 0;
  gboolean ended = FALSE;
  gint first_row = -1;
  while (p < end && !ended)
    {
      const char *nl = memchr (p, '\n', end - p);
      const char *le = nl ? nl : end;
      const char *s = p;
      gsize n = le - p;
      p = nl ? nl + 1 : end;
      g_ptr_array_add (lines, NULL);
      gboolean mark = n >= 1 && (s[0] == '|' || s[0] == '!');
      gboolean closes = n >= 2 && s[0] == '|' && (s[1] == '}' || s[1] == '-');
      gboolean caption = mark && n >= 2 && s[1] == '+';
      if (row && (closes || caption))
        {
          if (!header)
            header = cells;
          row = NULL, cells = 0;
        }
      ended = n >= 2 && s[0] == '|' && s[1] == '}';
      if (closes || caption || lines->len == 1)
        continue; /* "{|", a caption, a row's end, the table's end */
      if (mark)
        {
          if (row == NULL)
            {
              row = g_string_new (NULL);
              lines->pdata[lines->len - 1] = row;
              if (first_row < 0)
                first_row = (gint) lines->len - 1;
            }
          cells += append_cells (row, scratch, s + 1, n - 1, s[0]);
        }
      else if (row && row->len >= 2)
        {
          /* a cell's text going on over the line */
          g_string_truncate (row, row->len - 2);
          g_string_append_c (row, ' ');
          append_inline (row, s, n);
          g_string_append (row, " |");
        }
    }
  if (!header)
    header = cells;
  for (guint i = 0; i < lines->len; i++)
    {
      GString *r = lines->pdata[i];
      if (r)
        g_string_append_len (out, r->str, r->len), g_string_free (r, TRUE);
      else if (first_row >= 0 && (gint) i > first_row && !(ended && i == lines->len - 1))
        {
          np_md_rule (out, header); /* with its newline, dropped: one line per line */
          g_string_truncate (out, out->len - 1);
        }
      lines->pdata[i] = NULL;
      if (i + 1 < lines->len || p[-1] == '\n')
        g_string_append_c (out, '\n');
    }
  return p;
}

char *
np_wiki_to_markdown (const char *text, gsize len, gsize *out_len)
{
  GString *out = g_string_sized_new (len + 64);
  gboolean in_pre = FALSE;
  const char *p = text, *end = text + len;
  while (p < end)
    {
      const char *nl = memchr (p, '\n', end - p);
      const char *le = nl ? nl : end;
      gsize n = le - p;
      const char *s = p, *t;
      gsize tn;
      guint level;
      if (in_pre)
        {
          const char *close = g_strstr_len (s, n, "</pre>");
          if (close == NULL)
            close = g_strstr_len (s, n, "</syntaxhighlight>");
          if (close)
            {
              g_string_append (out, "```");
              in_pre = FALSE;
            }
          else
            g_string_append_len (out, s, n);
        }
      else if (starts_with (s, n, "<pre") || starts_with (s, n, "<syntaxhighlight"))
        {
          g_string_append (out, "```");
          in_pre = !g_strstr_len (s, n, "</pre>") && !g_strstr_len (s, n, "</syntaxhighlight>");
        }
      else if (n >= 2 && s[0] == '{' && s[1] == '|')
        {
          p = append_table (out, p, end);
          continue;
        }
      else if ((level = heading_level (s, n, &t, &tn)) > 0)
        {
          for (guint k = 0; k < level; k++)
            g_string_append_c (out, '#');
          g_string_append_c (out, ' ');
          append_inline (out, t, tn);
        }
      else if (n >= 4 && memcmp (s, "----", 4) == 0)
        g_string_append (out, "---");
      else if (n >= 4 && s[0] == '_' && s[1] == '_' && s[n - 1] == '_' && s[n - 2] == '_')
        ; /* a magic word: __TOC__, __NOTOC__ */
      else
        {
          gsize k = append_list_marks (out, s, n);
          append_inline (out, s + k, n - k);
        }
      if (nl)
        g_string_append_c (out, '\n');
      p = nl ? nl + 1 : end;
    }
  *out_len = out->len;
  return g_string_free (out, FALSE);
}
