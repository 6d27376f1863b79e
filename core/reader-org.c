/* reader-org.c: Org mode notes (Emacs), read by the Markdown reader.
 *
 * Org writes what Markdown writes with other marks: headings are stars
 * ("** Decisions"), the title and date are keywords ("#+TITLE:",
 * "#+DATE:"), code sits between "#+BEGIN_SRC" and "#+END_SRC".  Lists,
 * tables and emphasis read the same.  Each line is rewritten in place of
 * its Markdown form, line for line, so line numbers stay those of the
 * file; the document's format is then "markdown". */
#include "config.h"

#include <string.h>

#include "reader.h"

/* A keyword line "#+KEY: value": the key's length, or 0 */
static gsize
keyword_len (const char *s, gsize n)
{
  if (n < 4 || s[0] != '#' || s[1] != '+')
    return 0;
  gsize i = 2;
  while (i < n && (g_ascii_isalnum (s[i]) || s[i] == '_' || s[i] == '-'))
    i++;
  return i > 2 && i < n && s[i] == ':' ? i - 2 : 0;
}

static gboolean
keyword_is (const char *s, gsize n, const char *key)
{
  gsize k = keyword_len (s, n);
  return k == strlen (key) && g_ascii_strncasecmp (s + 2, key, k) == 0;
}

/* "#+BEGIN_SRC go", "#+end_example": a block line; *end tells which */
static gboolean
block_line (const char *s, gsize n, gboolean *end)
{
  if (n < 8 || s[0] != '#' || s[1] != '+')
    return FALSE;
  if (g_ascii_strncasecmp (s + 2, "BEGIN_", 6) == 0)
    *end = FALSE;
  else if (g_ascii_strncasecmp (s + 2, "END_", 4) == 0)
    *end = TRUE;
  else
    return FALSE;
  return TRUE;
}

gboolean
np_org_detect (const char *name, const char *text, gsize len)
{
  if (np_name_has_suffix (name, ".org"))
    return TRUE;
  /* or opens with a keyword line: "#+TITLE: Team sync" */
  gsize i = 0;
  while (i < len && (text[i] == '\n' || text[i] == ' '))
    i++;
  const char *nl = memchr (text + i, '\n', len - i);
  return keyword_len (text + i, (nl ? nl : text + len) - (text + i)) > 0;
}

/* A line as it stands, but a description list's item ("- Ivo :: the
 * cluster is live", "+ Present :: Ann, Bo") as its term and a colon, as
 * an HTML <dt> and <dd> read: "- Ivo: the cluster is live" */
static void
append_list_line (GString *out, const char *s, gsize n, gsize lead)
{
  gsize b = lead;
  if (b + 1 < n && (s[b] == '-' || s[b] == '+' || (s[b] == '*' && b > 0)) && s[b + 1] == ' ')
    b += 2;
  else
    {
      while (b < n && g_ascii_isdigit (s[b]))
        b++;
      b = b > lead && b + 1 < n && (s[b] == '.' || s[b] == ')') && s[b + 1] == ' ' ? b + 2 : 0;
    }
  const char *sep = NULL;
  for (gsize k = b + 1; b && k + 3 <= n && !sep; k++)
    if (s[k] == ' ' && s[k + 1] == ':' && s[k + 2] == ':' && (k + 3 == n || s[k + 3] == ' '))
      sep = s + k;
  if (sep == NULL || s[b] == ' ')
    {
      g_string_append_len (out, s, n);
      return;
    }
  g_string_append_len (out, s, sep - s);
  g_string_append_c (out, ':');
  g_string_append_len (out, sep + 3, s + n - (sep + 3));
}

char *
np_org_to_markdown (const char *text, gsize len, gsize *out_len)
{
  GString *out = g_string_sized_new (len + 64);
  gboolean in_block = FALSE, in_drawer = FALSE;
  const char *p = text, *end = text + len;
  while (p < end)
    {
      const char *nl = memchr (p, '\n', end - p);
      const char *le = nl ? nl : end;
      gsize n = le - p;
      const char *s = p;
      gsize lead = 0;
      while (lead < n && (s[lead] == ' ' || s[lead] == '\t'))
        lead++;
      gboolean block_end;
      if (block_line (s + lead, n - lead, &block_end))
        {
          /* source and example blocks become fences; quotes and the
           * others keep their lines as text */
          gboolean code = g_ascii_strncasecmp (s + lead + (block_end ? 6 : 8), "SRC", 3) == 0
                          || g_ascii_strncasecmp (s + lead + (block_end ? 6 : 8), "EXAMPLE", 7) == 0;
          if (code)
            {
              g_string_append (out, "```");
              in_block = !block_end;
            }
        }
      else if (in_block)
        g_string_append_len (out, s, n);
      else if (in_drawer)
        in_drawer = !(n - lead >= 5 && g_ascii_strncasecmp (s + lead, ":END:", 5) == 0);
      else if (n - lead >= 12 && g_ascii_strncasecmp (s + lead, ":PROPERTIES:", 12) == 0)
        in_drawer = TRUE;
      else if (keyword_is (s, n, "TITLE"))
        {
          gsize v = 8;
          while (v < n && s[v] == ' ')
            v++;
          g_string_append (out, "# ");
          g_string_append_len (out, s + v, n - v);
        }
      else if (keyword_is (s, n, "DATE"))
        {
          g_string_append (out, "Date:");
          g_string_append_len (out, s + 7, n - 7);
        }
      else if (keyword_len (s, n) || (n >= 1 && s[0] == '#' && (n == 1 || s[1] == ' ')))
        ; /* other keywords (#+AUTHOR, #+OPTIONS) and comments ("# ...") */
      else if (n >= 2 && s[0] == '*')
        {
          /* a heading: its stars as many '#', its tags (":team:sync:") dropped */
          gsize stars = 0;
          while (stars < n && s[stars] == '*')
            stars++;
          if (stars < n && s[stars] == ' ')
            {
              gsize e = n;
              while (e > stars && s[e - 1] == ' ')
                e--;
              if (e > stars + 2 && s[e - 1] == ':')
                {
                  gsize t = e - 1;
                  while (t > stars && s[t - 1] != ' ' && (g_ascii_isalnum (s[t - 1]) || s[t - 1] == ':'
                                                         || s[t - 1] == '_' || s[t - 1] == '@'))
                    t--;
                  if (t > stars + 1 && s[t] == ':' && s[t - 1] == ' ')
                    e = t;
                }
              for (gsize k = 0; k < MIN (stars, (gsize) 6); k++)
                g_string_append_c (out, '#');
              g_string_append_len (out, s + stars, e - stars);
            }
          else
            g_string_append_len (out, s, n);
        }
      else
        append_list_line (out, s, n, lead);
      if (nl)
        g_string_append_c (out, '\n');
      p = nl ? nl + 1 : end;
    }
  *out_len = out->len;
  return g_string_free (out, FALSE);
}
