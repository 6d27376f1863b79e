/* reader-rst.c: reStructuredText's explicit markup in plain-text notes
 * (some projects keep their minutes as .rst): which lines open a
 * directive, a code block or a comment, and where an indented body ends.
 * The text reader (reader-text.c) decides what to make of them. */
#include "config.h"

#include <string.h>

#include "reader.h"

/* reStructuredText, as some projects keep their minutes (".rst"):
 * explicit markup at the margin, ".. contents::", ".. code-block:: c",
 * ".. |logo| image:: ...", ".. _target: url", ".. a comment".  A
 * directive ("name::") is read as such in any text; a comment or target
 * only in a file named .rst, since ".. and then" may open a line of
 * notes. */
NpRstMarkup
np_rst_explicit_markup (const NpReadContext *ctx, const NpLine *l)
{
  if (l->indent > 0 || l->content_len < 4 || memcmp (l->content, ".. ", 3) != 0)
    return NP_RST_NONE;
  const char *p = l->content + 3, *e = l->content + l->content_len;
  if (*p == '|')
    {
      const char *bar = memchr (p + 1, '|', e - p - 1);
      if (bar)
        p = bar + 1;
      while (p < e && *p == ' ')
        p++;
    }
  const char *name = p;
  while (p < e && (g_ascii_isalnum (*p) || *p == '-' || *p == '_'))
    p++;
  if (p > name && p + 2 <= e && p[0] == ':' && p[1] == ':')
    {
      static const char *const code_names[] = { "code-block", "code", "sourcecode", NULL };
      for (const char *const *c = code_names; *c; c++)
        if ((gsize) (p - name) == strlen (*c) && memcmp (name, *c, p - name) == 0)
          return NP_RST_CODE;
      return NP_RST_DIRECTIVE;
    }
  const char *source = np_document_get_source (ctx->doc);
  return source && g_str_has_suffix (source, ".rst") ? NP_RST_COMMENT : NP_RST_NONE;
}

/* The lines below line i that are blank or indented (a directive's body,
 * a literal block), trailing blank lines left out: the index after the
 * last of them */
guint
np_rst_indented_block_end (const NpReadContext *ctx, guint i)
{
  guint end = i + 1;
  for (guint j = i + 1; j < ctx->n_lines; j++)
    {
      const NpLine *c = &ctx->lines[j];
      if (np_line_is_blank (c))
        continue;
      if (c->indent == 0)
        break;
      end = j + 1;
    }
  return end;
}
