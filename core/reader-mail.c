/* reader-mail.c: the header of minutes sent by mail and saved as text
 * (read by reader-text.c before anything else). */
#include "config.h"

#include <string.h>

#include "reader.h"

/* Does line l open with the header field name (case ignored, its colon
 * included: "Subject:")?  Then *value is the text after it. */
static gboolean
mail_field (const NpLine *l, const char *name, const char **value, gsize *value_len)
{
  gsize n = strlen (name);
  if (l->indent > 0 || l->content_len < n || g_ascii_strncasecmp (l->content, name, n) != 0)
    return FALSE;
  const char *v = l->content + n, *e = l->content + l->content_len;
  while (v < e && (*v == ' ' || *v == '\t'))
    v++;
  *value = v;
  *value_len = e - v;
  return TRUE;
}

/* Minutes sent by mail and saved as text open with the message's header:
 * "From:" first, then "To:", "Subject:", "Date:" and others up to the
 * first blank line (a field may go on over indented lines).  The subject
 * is the title (without "Re:", "Fwd:" or a list's "[tag]"), the date the
 * notes' date; the header's lines are metadata.  The lines it takes, 0
 * when the text has no such header. */
guint
np_read_mail_header (NpReadContext *ctx)
{
  const char *v;
  gsize vn;
  if (ctx->n_lines < 2 || !mail_field (&ctx->lines[0], "From:", &v, &vn))
    return 0;
  guint end = 0;
  gboolean subject = FALSE;
  while (end < ctx->n_lines && !np_line_is_blank (&ctx->lines[end]))
    {
      subject |= mail_field (&ctx->lines[end], "Subject:", &v, &vn);
      end++;
    }
  if (!subject)
    return 0;
  NpDocument *doc = ctx->doc;
  for (guint i = 0; i < end; i++)
    {
      const NpLine *l = &ctx->lines[i];
      np_document_set_line_role (doc, i + 1, NP_LINE_META);
      if (mail_field (l, "Subject:", &v, &vn))
        {
          const char *e = v + vn;
          for (gboolean more = TRUE; more;)
            {
              more = FALSE;
              while (v < e && *v == ' ')
                v++;
              static const char *const prefixes[] = { "re:", "fwd:", "fw:", "aw:", "tr:", NULL };
              for (const char *const *x = prefixes; *x; x++)
                if ((gsize) (e - v) > strlen (*x) && g_ascii_strncasecmp (v, *x, strlen (*x)) == 0)
                  {
                    v += strlen (*x);
                    more = TRUE;
                  }
              const char *close = *v == '[' ? memchr (v, ']', e - v) : NULL;
              if (close && close + 1 < e)
                {
                  v = close + 1;
                  more = TRUE;
                }
            }
          if (v < e)
            {
              g_autofree char *t = g_strndup (v, e - v);
              np_document_set_title (doc, t);
            }
        }
      else if ((mail_field (l, "Date:", &v, &vn) || mail_field (l, "Sent:", &v, &vn)) && !doc->date)
        doc->date = np_meta_find_date (v, vn);
    }
  return end;
}
