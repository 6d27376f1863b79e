/* reader-markdown-html.c: the HTML that Markdown minutes carry, taken off
 * or decoded line by line before the block parser reads them.
 *
 * Markdown keeps HTML as it is, and renderers show it: so a log pasted
 * into a collapsed block of a GitHub comment,
 *
 *     <details><summary>The full IRC log of that discussion</summary>
 *     &lt;fantasai> TabAtkins: we have two proposals<br>
 *     </details>
 *
 * reads as its summary, then the log's lines as the page shows them
 * ("<fantasai> TabAtkins: ..."): the collapsed block's tags go, character
 * references are decoded (outside code spans and code), and a hard line
 * break at a line's end ("<br>", a final backslash) is layout, not text;
 * a heading in HTML alone on its line ("<h2>2023-04-27</h2>", as a
 * document editor's export writes it) is the Markdown heading it shows.
 * Lines outside fenced and indented code only. */
#include "config.h"

#include <string.h>

#include "reader.h"

/* The tags of a collapsed block: "<details>", "<details open>",
 * "</details>", "<summary>", "</summary>" at p: their bytes, or 0 */
static gsize
block_tag (const char *p, gsize n)
{
  static const char *const tags[] = { "<details>", "<details open>", "</details>", "<summary>", "</summary>", NULL };
  for (const char *const *t = tags; *t; t++)
    {
      gsize tn = strlen (*t);
      if (n >= tn && g_ascii_strncasecmp (p, *t, tn) == 0)
        return tn;
    }
  return 0;
}

static gboolean
has_block_tag (const char *c, gsize n)
{
  for (const char *p = memchr (c, '<', n); p; p = memchr (p + 1, '<', c + n - p - 1))
    if (block_tag (p, c + n - p))
      return TRUE;
  return FALSE;
}

/* A character reference at p ("&lt;", "&#91;", "&#x2014;"): its bytes,
 * the character it stands for in out (UTF-8, *out_len bytes); 0 for
 * none */
static gsize
char_ref (const char *p, gsize n, char out[8], gsize *out_len)
{
  static const struct
  {
    const char *name;
    const char *text;
  } named[] = {
    { "lt", "<" },          { "gt", ">" },          { "amp", "&" },         { "quot", "\"" },
    { "apos", "'" },        { "nbsp", " " },        { "ndash", "\u2013" },  { "mdash", "\u2014" },
    { "hellip", "\u2026" }, { "lsquo", "\u2018" },  { "rsquo", "\u2019" },  { "ldquo", "\u201c" },
    { "rdquo", "\u201d" },  { "bull", "\u2022" },   { "middot", "\u00b7" }, { "rarr", "\u2192" },
  };
  if (n < 4 || p[0] != '&')
    return 0;
  const char *semi = memchr (p, ';', MIN (n, 10));
  if (semi == NULL)
    return 0;
  gsize len = semi - p + 1;
  if (p[1] == '#')
    {
      gboolean hex = p[2] == 'x' || p[2] == 'X';
      const char *d = p + 2 + hex;
      if (d == semi)
        return 0;
      gunichar u = 0;
      for (; d < semi; d++)
        {
          if (!(hex ? g_ascii_isxdigit (*d) : g_ascii_isdigit (*d)))
            return 0;
          u = u * (hex ? 16 : 10) + (hex ? (gunichar) g_ascii_xdigit_value (*d) : (gunichar) (*d - '0'));
        }
      if (u == 0 || u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF))
        return 0;
      *out_len = g_unichar_to_utf8 (u, out);
      return len;
    }
  for (guint k = 0; k < G_N_ELEMENTS (named); k++)
    {
      gsize nl = strlen (named[k].name);
      if (nl + 2 == len && memcmp (p + 1, named[k].name, nl) == 0)
        {
          *out_len = strlen (named[k].text);
          memcpy (out, named[k].text, *out_len);
          return len;
        }
    }
  return 0;
}

/* Line l without its collapsed block's tags and with its references
 * decoded, copied into chunk; FALSE (l unchanged) when it has neither */
static gboolean
decode_line (NpLine *l, GStringChunk *chunk)
{
  const char *c = l->content;
  gsize n = l->content_len;
  /* a collapsed block opens or closes at the start of a line, as HTML
   * blocks do */
  if (!(c[0] == '<' && has_block_tag (c, n)) && !memchr (c, '&', n))
    return FALSE;
  GString *out = g_string_sized_new (n);
  gboolean code = FALSE, changed = FALSE;
  for (gsize i = 0; i < n;)
    {
      char buf[8];
      gsize blen, k;
      if (c[i] == '`')
        code = !code;
      else if (!code && c[i] == '<' && (k = block_tag (c + i, n - i)))
        {
          i += k;
          changed = TRUE;
          continue;
        }
      else if (!code && c[i] == '&' && (k = char_ref (c + i, n - i, buf, &blen)))
        {
          g_string_append_len (out, buf, blen);
          i += k;
          changed = TRUE;
          continue;
        }
      g_string_append_c (out, c[i++]);
    }
  if (changed)
    {
      const char *s = out->str;
      gsize len = out->len;
      while (len > 0 && (*s == ' ' || *s == '\t'))
        s++, len--;
      while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
        len--;
      /* a line of tags alone is blank (its content stays in the line) */
      if (len == 0)
        l->content_len = 0;
      else
        {
          l->content = g_string_chunk_insert_len (chunk, s, len);
          l->content_len = len;
        }
    }
  g_string_free (out, TRUE);
  return changed;
}

/* A hard line break at the end of l ("Next up is SYG \\", "...<br>") */
static void
drop_hard_break (NpLine *l)
{
  const char *c = l->content;
  gsize n = l->content_len;
  if (c[n - 1] == '\\' && (n == 1 || c[n - 2] != '\\'))
    n--;
  else if (n >= 4 && c[n - 1] == '>')
    {
      static const char *const tags[] = { "<br>", "<br/>", "<br />", NULL };
      for (const char *const *t = tags; *t; t++)
        {
          gsize tn = strlen (*t);
          if (n >= tn && g_ascii_strncasecmp (c + n - tn, *t, tn) == 0)
            {
              n -= tn;
              break;
            }
        }
    }
  while (n > 0 && (c[n - 1] == ' ' || c[n - 1] == '\t'))
    n--;
  l->content_len = n;
}

/* A heading in HTML alone on its line, "<h2>2023-04-27</h2>" (a document
 * editor's Markdown export writes its headings so, and Markdown shows
 * one), as the ATX heading of its level, the tags inside it left out */
static void
html_heading (NpLine *l, GStringChunk *chunk)
{
  const char *c = l->content;
  gsize n = l->content_len;
  if (n < 9 || c[0] != '<' || (c[1] != 'h' && c[1] != 'H') || c[2] < '1' || c[2] > '6' || (c[3] != '>' && c[3] != ' ')
      || c[n - 1] != '>' || c[n - 5] != '<' || c[n - 4] != '/' || g_ascii_tolower (c[n - 3]) != 'h' || c[n - 2] != c[2])
    return;
  const char *open_end = memchr (c, '>', n);
  GString *out = g_string_new (NULL);
  for (guint k = 0; k < (guint) (c[2] - '0'); k++)
    g_string_append_c (out, '#');
  g_string_append_c (out, ' ');
  gsize start = out->len;
  gboolean in_tag = FALSE;
  for (const char *p = open_end + 1; p < c + n - 5; p++)
    {
      if (*p == '<')
        in_tag = TRUE;
      else if (*p == '>' && in_tag)
        in_tag = FALSE;
      else if (!in_tag)
        g_string_append_c (out, *p == '\t' ? ' ' : *p);
    }
  /* an empty heading ("<h2></h2>") is left as it is written */
  if (out->len > start && !g_ascii_isspace (out->str[start]))
    {
      l->content = g_string_chunk_insert_len (chunk, out->str, out->len);
      l->content_len = out->len;
    }
  g_string_free (out, TRUE);
}

gboolean
np_md_outside_fence (const NpLine *l, char *fence)
{
  char fch;
  if (np_md_fence_length (l, &fch))
    {
      *fence = *fence == 0 ? fch : (*fence == fch ? 0 : *fence);
      return FALSE;
    }
  return *fence == 0;
}

void
np_md_html_lines (NpReadContext *ctx, GStringChunk *chunk)
{
  char fence = 0;
  for (guint i = 0; i < ctx->n_lines; i++)
    {
      NpLine *l = &ctx->lines[i];
      /* at the margin or a little indented: deeper lines may be code */
      if (!np_md_outside_fence (l, &fence) || l->indent >= 4 || l->content_len == 0)
        continue;
      if (l->content[0] == '<')
        html_heading (l, chunk);
      decode_line (l, chunk);
      if (l->content_len)
        drop_hard_break (l);
    }
}
