/* reader-mime.c: a saved mail (.eml, a message saved from a mail client)
 * read as the text its writer typed.
 *
 * Mail clients do not save what the writer typed: they save the message
 * as sent, its text quoted-printable ("Tom=C3=A1s", "bloc=" over
 * "kers") or base64, in the charset the client chose (windows-1252 and
 * Latin-1 are common), often inside a multipart/alternative with an HTML
 * copy, or a multipart/mixed with attachments.  Read as it is, every one
 * of those is wrong text (names with "=C3=A1", boundary lines and base64
 * lines as items).  This module rewrites such a message, before anything
 * else reads it, as its header (kept, for reader-mail.c: the title and
 * the date) over a blank line and the text of its message: the text/plain
 * parts decoded and in UTF-8, or when the message has none, its first
 * text/html part as Markdown (reader-html.c).  A message with nothing to
 * decode (one text/plain part, 7bit or 8bit, UTF-8) is left as it is, so
 * its line numbers stay those of the file.
 *
 * Nothing here refuses a message: a truncated or malformed one, a body
 * that is not the base64 or quoted-printable it claims to be, a charset
 * iconv does not know, each gives a warning and the raw text of that part
 * instead.  No dependency: GMime would do it all, but it would be a new
 * library for some 400 lines, and GLib decodes base64 and converts
 * charsets already. */
#include "config.h"

#include <string.h>

#include "reader.h"

/* multipart inside multipart: mail clients nest three deep at most
 * (mixed > related > alternative); deeper is a hostile message */
#define MIME_MAX_DEPTH 8

typedef struct
{
  const char *s;
  gsize len;
} Span;

/* The next line of [*p, end) without its end (LF or CRLF: saved mail
 * keeps the CRLF of the wire); *p moves past it */
static gboolean
next_line (const char **p, const char *end, Span *line)
{
  if (*p >= end)
    return FALSE;
  const char *nl = memchr (*p, '\n', end - *p);
  const char *le = nl ? nl : end;
  line->s = *p;
  line->len = le - *p;
  if (line->len > 0 && line->s[line->len - 1] == '\r')
    line->len--;
  *p = nl ? nl + 1 : end;
  return TRUE;
}

gsize
np_mail_field_name_len (const char *s, gsize len)
{
  gsize i = 0;
  while (i < len && (guchar) s[i] > 32 && (guchar) s[i] < 127 && s[i] != ':')
    i++;
  return i > 0 && i < len && s[i] == ':' ? i : 0;
}

static gboolean
is_field (Span l, const char *name)
{
  gsize n = np_mail_field_name_len (l.s, l.len);
  return n > 0 && n == strlen (name) && g_ascii_strncasecmp (l.s, name, n) == 0;
}

static gboolean
span_blank (Span l)
{
  for (gsize i = 0; i < l.len; i++)
    if (l.s[i] != ' ' && l.s[i] != '\t')
      return FALSE;
  return TRUE;
}

/* A message's or a part's header and body: the header is the lines up to
 * the first blank one (a part may have none: it opens with the blank
 * line); with no blank line at all (a truncated message) all is header */
typedef struct
{
  Span head, body;
} Entity;

static void
split_entity (const char *s, gsize len, Entity *e)
{
  const char *p = s, *end = s + len;
  Span l;
  while (next_line (&p, end, &l))
    if (span_blank (l))
      {
        e->head = (Span){ s, l.s - s };
        e->body = (Span){ p, end - p };
        return;
      }
  e->head = (Span){ s, len };
  e->body = (Span){ end, 0 };
}

/* The value of field name in a header, its folded lines unfolded (a new
 * string), or NULL */
static char *
header_get (Span head, const char *name)
{
  const char *p = head.s, *end = head.s + head.len;
  Span l;
  GString *v = NULL;
  while (next_line (&p, end, &l))
    {
      if (v && l.len > 0 && (l.s[0] == ' ' || l.s[0] == '\t'))
        g_string_append_len (v, l.s, l.len);
      else if (v)
        break;
      else if (is_field (l, name))
        v = g_string_new_len (l.s + strlen (name) + 1, l.len - strlen (name) - 1);
    }
  return v ? g_strstrip (g_string_free (v, FALSE)) : NULL;
}

/* A parameter of a Content-Type or Content-Disposition value
 * ("boundary", "charset"), unquoted (a new string), or NULL */
static char *
header_param (const char *value, const char *name)
{
  gsize n = strlen (name);
  for (const char *p = value ? strchr (value, ';') : NULL; p; p = strchr (p, ';'))
    {
      p++;
      while (*p == ' ' || *p == '\t')
        p++;
      if (g_ascii_strncasecmp (p, name, n) != 0)
        continue;
      const char *q = p + n;
      while (*q == ' ' || *q == '\t')
        q++;
      if (*q != '=')
        continue;
      q++;
      while (*q == ' ' || *q == '\t')
        q++;
      GString *out = g_string_new (NULL);
      if (*q == '"')
        for (q++; *q && *q != '"'; q++)
          g_string_append_c (out, *q == '\\' && q[1] ? *++q : *q);
      else
        while (*q && *q != ';' && *q != ' ' && *q != '\t')
          g_string_append_c (out, *q++);
      return g_string_free (out, FALSE);
    }
  return NULL;
}

/* The media type of a Content-Type value, in lower case ("text/plain"
 * when there is none: RFC 2045 5.2) */
static char *
media_type (const char *ctype)
{
  if (ctype == NULL)
    return g_strdup ("text/plain");
  gsize n = strcspn (ctype, "; \t");
  return n ? g_ascii_strdown (ctype, n) : g_strdup ("text/plain");
}

static int
hex (char c)
{
  return g_ascii_xdigit_value (c);
}

/* Quoted-printable (RFC 2045 6.7): "=XX" is a byte, a "=" ending a line
 * a soft break (the line goes on), white space ending a line was added in
 * transit.  A "=" before anything else is kept as it is, as lenient
 * decoders do (text typed by hand: "a = b"); *bad counts those. */
static GString *
qp_decode (Span s, guint *bad)
{
  GString *out = g_string_sized_new (s.len);
  const char *p = s.s, *end = s.s + s.len;
  Span l;
  while (next_line (&p, end, &l))
    {
      gboolean had_end = p > l.s + l.len;
      while (l.len > 0 && (l.s[l.len - 1] == ' ' || l.s[l.len - 1] == '\t'))
        l.len--;
      gboolean soft = l.len > 0 && l.s[l.len - 1] == '=';
      if (soft)
        l.len--;
      for (gsize i = 0; i < l.len; i++)
        {
          if (l.s[i] == '=' && i + 2 < l.len && hex (l.s[i + 1]) >= 0 && hex (l.s[i + 2]) >= 0)
            {
              g_string_append_c (out, (char) (hex (l.s[i + 1]) * 16 + hex (l.s[i + 2])));
              i += 2;
            }
          else
            {
              if (l.s[i] == '=')
                (*bad)++;
              g_string_append_c (out, l.s[i]);
            }
        }
      if (!soft && had_end)
        g_string_append_c (out, '\n');
    }
  return out;
}

/* Base64 (RFC 2045 6.8), line ends and white space skipped, a missing
 * final padding forgiven (a truncated message); NULL when anything else
 * is not of its alphabet, or the length cannot be base64's */
static GString *
b64_decode (Span s)
{
  GString *clean = g_string_sized_new (s.len + 4);
  for (gsize i = 0; i < s.len; i++)
    {
      char c = s.s[i];
      if (g_ascii_isalnum (c) || c == '+' || c == '/')
        {
          if (clean->len > 0 && clean->str[clean->len - 1] == '=')
            break; /* data after the padding: the end was earlier */
          g_string_append_c (clean, c);
        }
      else if (c == '=')
        g_string_append_c (clean, c);
      else if (!g_ascii_isspace (c))
        {
          g_string_free (clean, TRUE);
          return NULL;
        }
    }
  while (clean->len > 0 && clean->str[clean->len - 1] == '=')
    g_string_truncate (clean, clean->len - 1);
  if (clean->len % 4 == 1)
    {
      g_string_free (clean, TRUE);
      return NULL;
    }
  while (clean->len % 4)
    g_string_append_c (clean, '=');
  gsize n = 0;
  guchar *bytes = clean->len ? g_base64_decode (clean->str, &n) : NULL;
  g_string_free (clean, TRUE);
  GString *out = g_string_new_len ((const char *) bytes, n);
  g_free (bytes);
  return out;
}

/* format=flowed (RFC 3676): a line ending in a space goes on in the
 * next (with delsp=yes, without that space), but not the signature's
 * "-- "; a space opening a line was added to stuff it */
static GString *
unflow (GString *in, gboolean delsp)
{
  GString *out = g_string_sized_new (in->len);
  const char *p = in->str, *end = in->str + in->len;
  Span l;
  while (next_line (&p, end, &l))
    {
      if (l.len > 0 && l.s[0] == ' ')
        l.s++, l.len--;
      gboolean soft = l.len > 0 && l.s[l.len - 1] == ' ' && !(l.len == 3 && memcmp (l.s, "-- ", 3) == 0);
      g_string_append_len (out, l.s, soft && delsp ? l.len - 1 : l.len);
      if (!soft)
        g_string_append_c (out, '\n');
    }
  g_string_free (in, TRUE);
  return out;
}

typedef struct
{
  const char *source;
  GPtrArray *warnings; /* of strings */
  GString *plain;      /* the text parts, in order */
  GString *html;       /* the first HTML part, or NULL */
  gboolean changed;    /* anything decoded, converted or left out */
} Walk;

static void warn (Walk *w, const char *format, ...) G_GNUC_PRINTF (2, 3);

static void
warn (Walk *w, const char *format, ...)
{
  va_list ap;
  va_start (ap, format);
  g_autofree char *m = g_strdup_vprintf (format, ap);
  va_end (ap);
  g_ptr_array_add (w->warnings, g_strdup_printf ("%s: %s", w->source, m));
}

/* The text of a part: its transfer encoding undone, then its charset
 * converted to UTF-8.  Where either fails, the part's text as it came,
 * with a warning. */
static GString *
decode_text (Walk *w, const Entity *e, const char *ctype)
{
  g_autofree char *cte_value = header_get (e->head, "Content-Transfer-Encoding");
  g_autofree char *cte = cte_value ? g_ascii_strdown (cte_value, -1) : NULL;
  GString *t = NULL;
  if (cte && strcmp (cte, "quoted-printable") == 0)
    {
      guint bad = 0;
      t = qp_decode (e->body, &bad);
      if (bad)
        warn (w, "%u \"=\" not followed by two hexadecimal digits in a quoted-printable part, kept as they are", bad);
      w->changed = TRUE;
    }
  else if (cte && strcmp (cte, "base64") == 0)
    {
      t = b64_decode (e->body);
      if (t == NULL)
        warn (w, "a part declared base64 is not base64, read as it is");
      w->changed = TRUE;
    }
  if (t && memchr (t->str, '\0', t->len))
    {
      /* a text part holding NUL bytes is no text: a hostile or damaged
       * message (the whole input would be refused as binary) */
      warn (w, "a %s text part decodes to binary data, read as it is", cte);
      g_string_free (t, TRUE);
      t = NULL;
    }
  if (t == NULL)
    t = g_string_new_len (e->body.s, e->body.len);

  g_autofree char *charset = header_param (ctype, "charset");
  if (charset && g_ascii_strcasecmp (charset, "utf-8") != 0 && g_ascii_strcasecmp (charset, "utf8") != 0
      && g_ascii_strcasecmp (charset, "us-ascii") != 0)
    {
      /* mail clients label windows-1252 text as Latin-1 (quotes and
       * dashes in 0x80-0x9f): read Latin-1 as windows-1252, as browsers
       * do (HTML's encoding standard) */
      const char *from = g_ascii_strcasecmp (charset, "iso-8859-1") == 0 || g_ascii_strcasecmp (charset, "latin1") == 0
                                 || g_ascii_strcasecmp (charset, "iso_8859-1") == 0
                             ? "WINDOWS-1252"
                             : charset;
      gsize n = 0;
      g_autoptr (GError) error = NULL;
      char *u = g_convert (t->str, t->len, "UTF-8", from, NULL, &n, &error);
      if (u && !memchr (u, '\0', n))
        {
          g_string_free (t, TRUE);
          t = g_string_new_len (u, n);
        }
      else
        warn (w, "a part's charset \"%s\" cannot be read (%s), read as it is", charset,
              error ? error->message : "NUL in the text");
      g_free (u);
      w->changed = TRUE;
    }

  g_autofree char *format = header_param (ctype, "format");
  if (format && g_ascii_strcasecmp (format, "flowed") == 0)
    {
      g_autofree char *delsp = header_param (ctype, "delsp");
      t = unflow (t, delsp && g_ascii_strcasecmp (delsp, "yes") == 0);
      w->changed = TRUE;
    }
  return t;
}

static void walk (Walk *w, Span s, guint depth);

/* t after the text taken so far, a blank line between */
static void
append_text (Walk *w, const GString *t)
{
  if (t->len == 0)
    return;
  if (w->plain->len && w->plain->str[w->plain->len - 1] != '\n')
    g_string_append_c (w->plain, '\n');
  if (w->plain->len && !g_str_has_suffix (w->plain->str, "\n\n"))
    g_string_append_c (w->plain, '\n');
  g_string_append_len (w->plain, t->str, t->len);
}

/* The parts of a multipart body between the lines "--boundary", up to
 * "--boundary--": the preamble and the epilogue are no text */
static void
walk_multipart (Walk *w, const Entity *e, const char *boundary, gboolean alternative, guint depth)
{
  gsize bn = strlen (boundary);
  const char *p = e->body.s, *end = e->body.s + e->body.len, *part = NULL;
  gboolean closed = FALSE, any = FALSE;
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
  Span l;
  while (!closed && next_line (&p, end, &l))
    {
      while (l.len > 0 && (l.s[l.len - 1] == ' ' || l.s[l.len - 1] == '\t'))
        l.len--;
      if (l.len < bn + 2 || l.s[0] != '-' || l.s[1] != '-' || memcmp (l.s + 2, boundary, bn) != 0)
        continue;
      gboolean last = l.len == bn + 4 && l.s[bn + 2] == '-' && l.s[bn + 3] == '-';
      if (l.len != bn + 2 && !last)
        continue;
      if (part)
        {
          Span *sp = g_new (Span, 1);
          /* the line end before the delimiter belongs to it (RFC 2046 5.1.1) */
          const char *pe = l.s;
          if (pe > part && pe[-1] == '\n')
            pe--;
          if (pe > part && pe[-1] == '\r')
            pe--;
          *sp = (Span){ part, pe - part };
          g_ptr_array_add (parts, sp);
        }
      part = p;
      closed = last;
      any = TRUE;
    }
  if (!any)
    {
      warn (w, "a multipart message has no part (boundary \"%s\" not found), its body read as text", boundary);
      g_string_append_len (w->plain, e->body.s, e->body.len);
      g_ptr_array_unref (parts);
      return;
    }
  if (!closed)
    {
      warn (w, "a multipart message ends before its last boundary (truncated?), its last part read to the end");
      Span *sp = g_new (Span, 1);
      *sp = (Span){ part, end - part };
      g_ptr_array_add (parts, sp);
    }
  gboolean took_plain = FALSE;
  for (guint i = 0; i < parts->len && !took_plain; i++)
    {
      const Span *sp = g_ptr_array_index (parts, i);
      if (!alternative)
        {
          walk (w, *sp, depth + 1);
          continue;
        }
      /* alternatives of one text (RFC 2046 5.1.4): the first plain one,
       * else the first in HTML */
      Walk t = { w->source, w->warnings, g_string_new (NULL), NULL, FALSE };
      walk (&t, *sp, depth + 1);
      if (t.plain->len)
        {
          append_text (w, t.plain);
          took_plain = TRUE;
        }
      else if (t.html && !w->html)
        w->html = g_steal_pointer (&t.html);
      g_string_free (t.plain, TRUE);
      if (t.html)
        g_string_free (t.html, TRUE);
    }
  g_ptr_array_unref (parts);
}

/* A message attached whole (message/rfc822, a client's "forward as
 * attachment"): its header's From, Date, Subject, To and Cc as a
 * forwarded message's block (reader-mail.c reads it as metadata), then
 * its text */
static void
walk_message (Walk *w, Span s, guint depth)
{
  Entity inner;
  split_entity (s.s, s.len, &inner);
  GString *block = g_string_new ("---------- Forwarded message ---------\n");
  static const char *const fields[] = { "From", "Date", "Subject", "To", "Cc", NULL };
  for (const char *const *f = fields; *f; f++)
    {
      g_autofree char *v = header_get (inner.head, *f);
      if (v)
        g_string_append_printf (block, "%s: %s\n", *f, v);
    }
  append_text (w, block);
  g_string_free (block, TRUE);
  walk (w, s, depth + 1);
}

/* Takes the text of the message or part s into w */
static void
walk (Walk *w, Span s, guint depth)
{
  Entity e;
  split_entity (s.s, s.len, &e);
  g_autofree char *ctype = header_get (e.head, "Content-Type");
  g_autofree char *media = media_type (ctype);
  if (depth > MIME_MAX_DEPTH)
    {
      warn (w, "MIME parts nested over %d deep, the inner ones left out", MIME_MAX_DEPTH);
      w->changed = TRUE;
      return;
    }
  if (g_str_has_prefix (media, "multipart/"))
    {
      w->changed = TRUE;
      g_autofree char *boundary = header_param (ctype, "boundary");
      if (boundary && *boundary)
        {
          walk_multipart (w, &e, boundary, strcmp (media, "multipart/alternative") == 0, depth);
          return;
        }
      warn (w, "a multipart message without a boundary, its body read as text");
      GString *raw = g_string_new_len (e.body.s, e.body.len);
      append_text (w, raw);
      g_string_free (raw, TRUE);
    }
  else if (strcmp (media, "message/rfc822") == 0)
    {
      w->changed = TRUE;
      walk_message (w, e.body, depth);
    }
  else if (strcmp (media, "text/plain") == 0)
    {
      GString *t = decode_text (w, &e, ctype);
      append_text (w, t);
      g_string_free (t, TRUE);
    }
  else if (strcmp (media, "text/html") == 0)
    {
      GString *t = decode_text (w, &e, ctype);
      if (w->html)
        g_string_free (t, TRUE);
      else
        w->html = t;
      w->changed = TRUE;
    }
  else
    w->changed = TRUE; /* an attachment, an image: no text of the notes */
}

/* One encoded word "=?charset?Q?text?=" or "=?charset?B?text?=" at s
 * (RFC 2047) appended to out in UTF-8: its length, 0 when s holds none
 * or it cannot be decoded (then it stays as written) */
static gsize
encoded_word (const char *s, const char *end, GString *out)
{
  if (end - s < 8 || s[0] != '=' || s[1] != '?')
    return 0;
  const char *cs = s + 2, *q1 = memchr (cs, '?', end - cs);
  if (!q1 || end - q1 < 4 || q1[2] != '?')
    return 0;
  char enc = g_ascii_toupper (q1[1]);
  const char *text = q1 + 3, *close = text;
  while (close + 1 < end && !(close[0] == '?' && close[1] == '='))
    close++;
  if (close + 1 >= end || (enc != 'Q' && enc != 'B'))
    return 0;
  GString *raw;
  if (enc == 'B')
    raw = b64_decode ((Span){ text, close - text });
  else
    {
      raw = g_string_new (NULL);
      for (const char *p = text; p < close; p++)
        if (*p == '_')
          g_string_append_c (raw, ' ');
        else if (*p == '=' && close - p > 2 && hex (p[1]) >= 0 && hex (p[2]) >= 0)
          {
            g_string_append_c (raw, (char) (hex (p[1]) * 16 + hex (p[2])));
            p += 2;
          }
        else
          g_string_append_c (raw, *p);
    }
  if (raw == NULL)
    return 0;
  /* "UTF-8*en" names a language after the charset (RFC 2231) */
  g_autofree char *charset = g_strndup (cs, strcspn (cs, "*?"));
  if (g_ascii_strcasecmp (charset, "iso-8859-1") == 0)
    g_free (charset), charset = g_strdup ("WINDOWS-1252");
  gsize n = 0;
  g_autofree char *u = g_convert (raw->str, raw->len, "UTF-8", charset, NULL, &n, NULL);
  g_string_free (raw, TRUE);
  if (u == NULL || memchr (u, '\0', n))
    return 0;
  g_string_append_len (out, u, n);
  return close + 2 - s;
}

char *
np_mail_decode_words (const char *s, gsize len)
{
  GString *out = g_string_sized_new (len);
  const char *p = s, *end = s + len;
  gboolean after_word = FALSE;
  while (p < end)
    {
      gsize n = encoded_word (p, end, out);
      if (n)
        {
          p += n;
          after_word = TRUE;
          continue;
        }
      /* white space between two encoded words is not text (6.2) */
      const char *q = p;
      while (after_word && q < end && (*q == ' ' || *q == '\t'))
        q++;
      if (q > p && q < end && (n = encoded_word (q, end, out)) > 0)
        {
          p = q + n;
          continue;
        }
      g_string_append_c (out, *p++);
      after_word = FALSE;
    }
  return g_string_free (out, FALSE);
}

char *
np_mail_decode (const char *source, const char *data, gsize len, gsize *out_len, gboolean *markdown,
                GPtrArray *warnings)
{
  *markdown = FALSE;
  Entity e;
  split_entity (data, len, &e);
  NpMailHeadScan scan = { 0 };
  const char *p = e.head.s, *end = e.head.s + e.head.len;
  Span l;
  while (next_line (&p, end, &l))
    np_mail_scan_line (&scan, l.s, l.len);
  if (!np_mail_scan_is_header (&scan))
    return NULL;
  g_autofree char *ctype = header_get (e.head, "Content-Type");
  g_autofree char *cte = header_get (e.head, "Content-Transfer-Encoding");
  if (ctype == NULL && cte == NULL)
    return NULL; /* no MIME: the text as typed */

  Walk w = { source, warnings, g_string_new (NULL), NULL, FALSE };
  walk (&w, (Span){ data, len }, 0);
  if (!w.changed)
    {
      g_string_free (w.plain, TRUE);
      return NULL;
    }
  /* the header as it came (reader-mail.c reads it), a blank line, the text */
  GString *out = g_string_new_len (e.head.s, e.head.len);
  if (out->len && out->str[out->len - 1] != '\n')
    g_string_append_c (out, '\n');
  g_string_append_c (out, '\n');
  if (w.plain->len)
    g_string_append_len (out, w.plain->str, w.plain->len);
  else if (w.html)
    {
      gsize md_len;
      g_autofree char *md = np_html_to_markdown (w.html->str, w.html->len, &md_len);
      g_string_append_len (out, md, md_len);
      *markdown = TRUE;
    }
  else
    warn (&w, "the message has no text part (only attachments?), its header alone is read");
  g_string_free (w.plain, TRUE);
  if (w.html)
    g_string_free (w.html, TRUE);
  *out_len = out->len;
  return g_string_free (out, FALSE);
}
