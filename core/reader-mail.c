/* reader-mail.c: the header of minutes sent by mail and saved as text
 * (read by reader-text.c and reader-markdown.c before anything else), and
 * the headers of messages forwarded or quoted in the body, which are
 * metadata too.  A saved message's MIME encoding is undone before
 * (reader-mime.c). */
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

void
np_mail_scan_line (NpMailHeadScan *m, const char *s, gsize len)
{
  if (m->lines++ == 0)
    m->fields_only = TRUE;
  if (len > 0 && (s[0] == ' ' || s[0] == '\t'))
    {
      /* a folded field goes on; nothing to fold before the first */
      m->fields_only &= m->lines > 1;
      return;
    }
  gsize n = np_mail_field_name_len (s, len);
  if (n == 0)
    {
      m->fields_only = FALSE;
      return;
    }
  gboolean from = n == 4 && g_ascii_strncasecmp (s, "From", 4) == 0;
  m->from_first |= from && m->lines == 1;
  m->from |= from;
  m->date |= n == 4 && g_ascii_strncasecmp (s, "Date", 4) == 0;
  m->subject |= n == 7 && g_ascii_strncasecmp (s, "Subject", 7) == 0;
}

gboolean
np_mail_scan_is_header (const NpMailHeadScan *m)
{
  /* "From:" first was the rule for minutes pasted from a mail with the
   * fields a client shows; a saved message opens with whatever its
   * servers put first, and is told from notes opening with "Date:" and
   * such by being fields only, with the three fields every mail has */
  return m->lines >= 2 && m->subject && (m->from_first || (m->fields_only && m->from && m->date));
}

/* Minutes sent by mail and saved as text open with the message's header
 * (np_mail_scan_is_header) up to the first blank line (a field may go
 * on over indented lines).  The subject is the title (without "Re:",
 * "Fwd:" or a list's "[tag]"), the date the notes' date; the header's
 * lines are metadata.  The lines it takes, 0 when the text has no such
 * header. */
guint
np_read_mail_header (NpReadContext *ctx)
{
  const char *v;
  gsize vn;
  NpMailHeadScan scan = { 0 };
  guint end = 0;
  while (end < ctx->n_lines && !np_line_is_blank (&ctx->lines[end]))
    {
      np_mail_scan_line (&scan, ctx->lines[end].s, ctx->lines[end].len);
      end++;
    }
  if (!np_mail_scan_is_header (&scan))
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
              /* a subject not in ASCII is sent in encoded words */
              g_autofree char *t = np_mail_decode_words (v, e - v);
              np_document_set_title (doc, t);
            }
        }
      else if ((mail_field (l, "Date:", &v, &vn) || mail_field (l, "Sent:", &v, &vn)) && !doc->date)
        doc->date = np_meta_find_date (v, vn);
    }
  return end;
}

/* Is l a forwarded or original message's marker: Gmail's "----------
 * Forwarded message ---------", Outlook's "-----Original Message-----"
 * (and in the languages of the dates, dashes around), Apple Mail's
 * "Begin forwarded message:"? */
static gboolean
forward_marker (const NpLine *l)
{
  if (l->content_len == 24 && g_ascii_strncasecmp (l->content, "Begin forwarded message:", 24) == 0)
    return TRUE;
  const char *a = l->content, *e = l->content + l->content_len;
  while (a < e && (*a == '-' || *a == ' '))
    a++;
  while (e > a && (e[-1] == '-' || e[-1] == ' '))
    e--;
  if (a == l->content || e == l->content + l->content_len)
    return FALSE; /* the words alone are a line of the notes */
  static const char *const markers[] = { "forwarded message",    "original message",          "message transféré",
                                         "message d'origine",    "weitergeleitete nachricht", "ursprüngliche nachricht",
                                         "mensaje reenviado",    "mensaje original",          "messaggio inoltrato",
                                         "messaggio originale",  "doorgestuurd bericht",      "oorspronkelijk bericht",
                                         "mensagem encaminhada", "mensagem original",         NULL };
  g_autofree char *t = g_utf8_casefold (a, e - a);
  for (const char *const *m = markers; *m; m++)
    if (strcmp (t, *m) == 0)
      return TRUE;
  return FALSE;
}

/* The field a forwarded message's header shows: 1 From, 2 Date or Sent,
 * 3 Subject, 4 the others (To, Cc, Bcc, Reply-To); 0 none */
static int
forward_field (const NpLine *l)
{
  static const char *const names[] = { "From", "Date", "Sent", "Subject", "To", "Cc", "Bcc", "Reply-To", NULL };
  static const int kinds[] = { 1, 2, 2, 3, 4, 4, 4, 4 };
  if (l->indent > 0)
    return 0;
  gsize n = np_mail_field_name_len (l->content, l->content_len);
  for (guint k = 0; names[k]; k++)
    if (n == strlen (names[k]) && g_ascii_strncasecmp (l->content, names[k], n) == 0)
      return kinds[k];
  return 0;
}

guint
np_read_mail_forward (const NpReadContext *ctx, guint i)
{
  const NpLine *l = &ctx->lines[i];
  /* a reply's attribution over the quoted message: "On Tue, 11 Mar 2025
   * at 17:42, Priya Raman <priya@example.com> wrote:" */
  if (l->indent == 0 && l->content_len > 12 && g_str_has_prefix (l->content, "On ")
      && g_ascii_strncasecmp (l->content + l->content_len - 6, "wrote:", 6) == 0)
    {
      guint k = i + 1;
      while (k < ctx->n_lines && np_line_is_blank (&ctx->lines[k]))
        k++;
      /* the line as written: np_read_mail_quotes() may have taken the
       * marker off its content */
      const char *q = k < ctx->n_lines ? ctx->lines[k].s : NULL;
      while (q && q < ctx->lines[k].s + ctx->lines[k].len && (*q == ' ' || *q == '\t'))
        q++;
      return q && q < ctx->lines[k].s + ctx->lines[k].len && *q == '>' ? 1 : 0;
    }
  gboolean marker = forward_marker (l);
  guint k = marker ? i + 1 : i;
  gboolean seen[5] = { FALSE };
  guint fields = 0;
  while (k < ctx->n_lines && !np_line_is_blank (&ctx->lines[k]))
    {
      int f = forward_field (&ctx->lines[k]);
      if (f == 0 && !(fields > 0 && ctx->lines[k].indent > 0)) /* an indented line: a field's list goes on */
        break;
      seen[f] = TRUE;
      fields += f > 0;
      k++;
    }
  gboolean block_ends = k == ctx->n_lines || np_line_is_blank (&ctx->lines[k]);
  /* under a marker, a header with its From; without one (Outlook's
   * header under a rule), a whole block opening with From, a Subject and
   * a date in it: notes do not write those three in a row */
  if (marker)
    return seen[1] ? k - i : 1;
  return forward_field (l) == 1 && seen[2] && seen[3] && block_ends ? k - i : 0;
}

/* A signature closes minutes sent by mail: the "-- " line (RFC 3676's
 * delimiter, or "--" with its space lost), then at most six lines of at
 * most 80 bytes to the end ("Rhiannon Keogh", "Lowbit Compiler Team"):
 * the sender's card, no note and no turn of hers */
/* A valediction alone on its line: "Respectfully submitted,", "Minutes
 * submitted by:", "Sincerely," */
static gboolean
valediction (const char *s, gsize n)
{
  static const char *const words[] = { "respectfully submitted", "submitted by", "minutes submitted by",
                                       "respectfully", "sincerely", "yours sincerely", "minutes recorded by",
                                       "recorded by", "attest", NULL };
  while (n > 0 && (s[n - 1] == ',' || s[n - 1] == ':' || s[n - 1] == '.' || s[n - 1] == ' '))
    n--;
  for (const char *const *w = words; *w; w++)
    if (strlen (*w) == n && g_ascii_strncasecmp (s, *w, n) == 0)
      return TRUE;
  return FALSE;
}

guint
np_read_mail_signature (const NpReadContext *ctx)
{
  guint n = ctx->n_lines, last = n;
  while (last > 0 && np_line_is_blank (&ctx->lines[last - 1]))
    last--;
  for (guint i = last; i-- > 0 && last - i <= 7;)
    {
      const NpLine *l = &ctx->lines[i];
      if (l->indent == 0 && l->content_len == 2 && memcmp (l->content, "--", 2) == 0 && (l->len == 2 || l->len == 3))
        return i + 1 < last ? i : n;
      /* formal minutes close with the clerk's valediction over the
       * signature: "Respectfully submitted," then "Robert Haas", "City
       * Clerk" */
      if (i + 1 < last && valediction (l->content, l->content_len))
        return i;
      if (l->content_len > 80)
        return n;
    }
  return n;
}

void
np_read_mail_quotes (NpReadContext *ctx)
{
  gboolean quoting = FALSE;
  for (guint i = 0; i < ctx->n_lines; i++)
    {
      NpLine *l = &ctx->lines[i];
      if (!quoting)
        {
          /* np_read_mail_forward() says 1 for an attribution over a quote */
          quoting = l->content_len > 12 && l->content[l->content_len - 1] == ':' && l->content[0] == 'O'
                    && g_str_has_prefix (l->content, "On ") && np_read_mail_forward (ctx, i) == 1;
          continue;
        }
      if (l->indent > 0 || l->content_len == 0 || l->content[0] != '>')
        continue;
      /* "> text", ">text", ">" alone; a deeper quote (">> ") keeps its
       * own markers after the first */
      gsize skip = l->content_len > 1 && l->content[1] == ' ' ? 2 : 1;
      const char *c = l->content + skip, *e = l->content + l->content_len;
      guint indent = 0;
      while (c < e && (*c == ' ' || *c == '\t'))
        c++, indent++;
      l->content = c;
      l->content_len = e - c;
      l->indent = indent;
    }
}
