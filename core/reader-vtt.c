/* reader-vtt.c: timed transcripts, WebVTT and SRT, as meeting tools export
 * them (Zoom, Teams, Google Meet, YouTube; SRT from subtitle tools).
 *
 * A transcript is a list of cues separated by blank lines: an optional id
 * line ("1", "intro"), a timing line ("00:00:01.000 --> 00:00:04.000",
 * settings after it), then the payload, the words said.  Each cue is one
 * paragraph item whose text is its payload lines joined as wrapped lines
 * are; the item's line span is that of the payload.  Timing lines, ids,
 * the "WEBVTT" header block and NOTE, STYLE and REGION blocks are no items
 * (their lines are metadata).  Inline tags are removed from the text
 * (<c.name>, <i>, <b>, <u>, <ruby>, <rt>, <lang>, SRT's <font> and
 * {\an8}, karaoke times <00:00:01.000>), and entities decoded, except the
 * voice tag "<v Name>" (or "<v.class Name>"), which is the speaker mark the
 * speakers plugin reads: it stays at the start of the text as "<v Name>"
 * (classes are styling) and its closing "</v>" goes.  A voice tag inside a cue that names another
 * voice starts a new item there (two speakers in one cue); a repeated tag
 * of the same voice is dropped.  A block without a timing line after a
 * cue is more of its payload (an SRT cue with a blank line in it); before
 * any cue it is a paragraph, so no text of a damaged file is lost. */
#include "config.h"

#include <string.h>

#include "reader.h"

/* "01:02:03.456", "02:03.456", SRT's "01:02:03,456": the bytes of a cue
 * timestamp at s, or 0.  need_fraction: the milliseconds must be there
 * (detection by content is strict, reading is lenient). */
static gsize
timestamp_len (const char *s, gsize n, gboolean need_fraction)
{
  gsize i = 0;
  while (i < n && i < 9 && g_ascii_isdigit (s[i]))
    i++;
  if (i == 0)
    return 0;
  guint groups = 1;
  while (groups < 3 && i + 2 < n && s[i] == ':' && g_ascii_isdigit (s[i + 1]) && g_ascii_isdigit (s[i + 2]))
    i += 3, groups++;
  if (groups < 2)
    return 0;
  if (i + 1 < n && (s[i] == '.' || s[i] == ',') && g_ascii_isdigit (s[i + 1]))
    {
      i++;
      for (guint d = 0; i < n && d < 3 && g_ascii_isdigit (s[i]); d++)
        i++;
    }
  else if (need_fraction)
    return 0;
  if (i < n && g_ascii_isalnum (s[i]))
    return 0;
  return i;
}

static gsize
skip_blanks (const char *s, gsize i, gsize n)
{
  while (i < n && (s[i] == ' ' || s[i] == '\t'))
    i++;
  return i;
}

/* "start --> end" and, after white space, the cue settings */
static gboolean
is_timing_line (const char *s, gsize n, gboolean strict)
{
  gsize i = timestamp_len (s, n, strict);
  if (i == 0)
    return FALSE;
  i = skip_blanks (s, i, n);
  if (i + 3 > n || memcmp (s + i, "-->", 3) != 0)
    return FALSE;
  i = skip_blanks (s, i + 3, n);
  gsize e = timestamp_len (s + i, n - i, strict);
  if (e == 0)
    return FALSE;
  i += e;
  return i == n || s[i] == ' ' || s[i] == '\t';
}

/* "WEBVTT" alone or followed by a space or tab and free text */
static gboolean
is_webvtt_signature (const char *s, gsize n)
{
  return n >= 6 && memcmp (s, "WEBVTT", 6) == 0 && (n == 6 || s[6] == ' ' || s[6] == '\t');
}

/* A block keyword line: "NOTE" alone or before text, "STYLE", "REGION" */
static gboolean
is_keyword_line (const char *s, gsize n, const char *word)
{
  gsize w = strlen (word);
  return n >= w && memcmp (s, word, w) == 0 && (n == w || s[w] == ' ' || s[w] == '\t');
}

static gboolean
has_extension (const char *name, const char *const *exts)
{
  if (name == NULL)
    return FALSE;
  const char *bang = strrchr (name, '!');
  const char *base = bang ? bang + 1 : name;
  const char *dot = strrchr (base, '.');
  if (dot == NULL)
    return FALSE;
  for (const char *const *e = exts; *e; e++)
    if (g_ascii_strcasecmp (dot, *e) == 0)
      return TRUE;
  return FALSE;
}

/* The line starting at p (before end): its length without "\r". */
static gsize
line_at (const char *p, const char *end, const char **next)
{
  const char *nl = memchr (p, '\n', end - p);
  const char *le = nl ? nl : end;
  *next = nl ? nl + 1 : end;
  gsize n = le - p;
  while (n > 0 && (p[n - 1] == '\r' || p[n - 1] == ' ' || p[n - 1] == '\t'))
    n--;
  return n;
}

gboolean
np_vtt_detect (const char *name, const char *data, gsize len)
{
  static const char *const exts[] = { ".vtt", ".webvtt", ".srt", NULL };
  if (has_extension (name, exts))
    return TRUE;
  const char *p = data, *end = data + len;
  if (len >= 3 && (guchar) p[0] == 0xEF && (guchar) p[1] == 0xBB && (guchar) p[2] == 0xBF)
    p += 3;
  const char *next;
  gsize n = line_at (p, end, &next);
  if (is_webvtt_signature (p, n))
    return TRUE;
  /* SRT: blank lines, a cue number, and a timing line with milliseconds
   * right below it; times in running text do not make a transcript */
  while (n == 0 && next < end)
    {
      p = next;
      n = line_at (p, end, &next);
    }
  if (n == 0 || n > 9)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (p[i]))
      return FALSE;
  p = next;
  if (p >= end)
    return FALSE;
  n = line_at (p, end, &next);
  return is_timing_line (p, n, TRUE);
}

/* ---- payload text ---- */

/* Tags removed from the text; the voice tag "v" is handled apart */
static gboolean
is_known_tag (const char *name, gsize n)
{
  static const char *const tags[] = { "c", "i", "b", "u", "s", "ruby", "rt", "lang", "font", "span", "em", "strong",
                                      "br", "sub", "sup", NULL };
  for (const char *const *t = tags; *t; t++)
    if (strlen (*t) == n && g_ascii_strncasecmp (name, *t, n) == 0)
      return TRUE;
  return FALSE;
}

/* A tag at s ("<", s < e): its length, or 0 when these bytes are text.
 * *voice: an opening voice tag, its name in [*vs, *ve) */
static gsize
tag_len (const char *s, const char *e, gboolean *voice, const char **vs, const char **ve)
{
  *voice = FALSE;
  const char *close = memchr (s, '>', MIN ((gsize) (e - s), 256));
  if (close == NULL || memchr (s + 1, '<', close - s - 1))
    return 0;
  const char *p = s + 1;
  if (p < close && g_ascii_isdigit (*p)) /* karaoke time */
    return timestamp_len (p, close - p, FALSE) == (gsize) (close - p) ? (gsize) (close + 1 - s) : 0;
  gboolean closing = p < close && *p == '/';
  if (closing)
    p++;
  const char *ns = p;
  while (p < close && g_ascii_isalnum (*p))
    p++;
  gsize nlen = p - ns;
  if (nlen == 0 || (p < close && *p != '.' && *p != ' ' && *p != '\t' && *p != '/'))
    return 0;
  if (nlen == 1 && (*ns == 'v' || *ns == 'V'))
    {
      if (closing)
        return close + 1 - s;
      while (p < close && *p == '.') /* classes: "<v.loud.first Alice>" */
        while (++p < close && *p != '.' && *p != ' ' && *p != '\t')
          ;
      const char *a = p, *b = close;
      while (a < b && (*a == ' ' || *a == '\t'))
        a++;
      while (b > a && (b[-1] == ' ' || b[-1] == '\t'))
        b--;
      if (a == b)
        return 0; /* "<v>": no name, left as text */
      *voice = TRUE;
      *vs = a;
      *ve = b;
      return close + 1 - s;
    }
  return is_known_tag (ns, nlen) ? (gsize) (close + 1 - s) : 0;
}

/* "&amp;" and the other entities WebVTT writes: the character appended
 * to out and the entity's length, or 0 */
static gsize
entity_len (const char *s, const char *e, GString *out)
{
  static const struct
  {
    const char *name, *text;
  } entities[] = { { "&amp;", "&" },  { "&lt;", "<" },   { "&gt;", ">" },  { "&quot;", "\"" },
                   { "&apos;", "'" }, { "&nbsp;", " " }, { "&lrm;", "" },  { "&rlm;", "" } };
  for (guint k = 0; k < G_N_ELEMENTS (entities); k++)
    {
      gsize n = strlen (entities[k].name);
      if ((gsize) (e - s) >= n && memcmp (s, entities[k].name, n) == 0)
        {
          g_string_append (out, entities[k].text);
          return n;
        }
    }
  if (e - s >= 4 && s[1] == '#')
    {
      gboolean hex = s[2] == 'x' || s[2] == 'X';
      const char *p = s + 2 + hex;
      gunichar u = 0;
      guint digits = 0;
      for (; p < e && digits < 7 && (hex ? g_ascii_isxdigit (*p) : g_ascii_isdigit (*p)); p++, digits++)
        u = u * (hex ? 16 : 10) + (hex ? g_ascii_xdigit_value (*p) : g_ascii_digit_value (*p));
      if (digits > 0 && p < e && *p == ';' && u >= 0x20 && g_unichar_validate (u))
        {
          g_string_append_unichar (out, u);
          return p + 1 - s;
        }
    }
  return 0;
}

typedef struct
{
  NpReadContext *ctx;
  GString *seg;       /* the text of the piece of a line being read */
  gboolean cue_open;  /* the current cue has an item */
  char *voice;        /* the voice of that item ("Alice Smith"), or NULL */
} VttState;

/* Hand the text of a piece of payload line lineno to the builder: a new
 * item when the cue has none yet or the piece opens with another voice,
 * else a continuation.  voice_len: bytes of the voice tag that opens the
 * piece (0 if none), whose name is voice. */
static void
flush_piece (VttState *st, guint lineno, gsize voice_len, const char *voice)
{
  NpBuilder *b = &st->ctx->builder;
  const char *t = st->seg->str;
  gsize n = st->seg->len;
  gboolean other_voice = voice && g_strcmp0 (voice, st->voice) != 0;
  if (!st->cue_open || other_voice)
    {
      /* text with nothing after the tags is nothing said */
      gsize k = 0;
      while (k < n && (t[k] == ' ' || t[k] == '\t'))
        k++;
      if (k == n)
        goto done;
      np_builder_item (b, 0, NP_ITEM_PARAGRAPH, 0, lineno, t, n);
      st->cue_open = TRUE;
      if (voice)
        {
          g_free (st->voice);
          st->voice = g_strdup (voice);
        }
    }
  else
    {
      if (voice) /* the same voice again: its tag says nothing new */
        t += voice_len, n -= voice_len;
      np_builder_continue (b, lineno, t, n, " ");
    }
done:
  g_string_truncate (st->seg, 0);
}

/* One payload line: tags and entities out, voice tags kept at the start of
 * the pieces they open. */
static void
read_payload_line (VttState *st, const NpLine *l, guint lineno)
{
  const char *s = l->content, *e = l->content + l->content_len;
  g_autofree char *voice = NULL;
  gsize voice_len = 0;
  g_string_truncate (st->seg, 0);
  while (s < e)
    {
      gsize k;
      if (*s == '<')
        {
          gboolean is_voice;
          const char *vs, *ve;
          if ((k = tag_len (s, e, &is_voice, &vs, &ve)) > 0)
            {
              if (is_voice)
                {
                  g_autofree char *name = g_strndup (vs, ve - vs);
                  /* a voice inside the line after some text: a new piece */
                  gboolean text_before = FALSE;
                  for (gsize j = voice_len; j < st->seg->len && !text_before; j++)
                    text_before = st->seg->str[j] != ' ';
                  if (text_before && g_strcmp0 (name, voice ? voice : st->voice) != 0)
                    {
                      flush_piece (st, lineno, voice_len, voice);
                      g_clear_pointer (&voice, g_free);
                    }
                  if (st->seg->len == 0 || !text_before)
                    {
                      g_string_truncate (st->seg, 0);
                      g_string_append_printf (st->seg, "<v %s>", name);
                      voice_len = st->seg->len;
                      g_free (voice);
                      voice = g_steal_pointer (&name);
                    }
                }
              s += k;
              continue;
            }
        }
      else if (*s == '&' && (k = entity_len (s, e, st->seg)) > 0)
        {
          s += k;
          continue;
        }
      else if (*s == '{' && s + 1 < e && s[1] == '\\') /* SRT's "{\an8}" */
        {
          const char *close = memchr (s, '}', e - s);
          if (close)
            {
              s = close + 1;
              continue;
            }
        }
      g_string_append_c (st->seg, *s);
      s++;
    }
  if (st->seg->len > 0)
    flush_piece (st, lineno, voice_len, voice);
}

static void
set_role (NpReadContext *ctx, guint i, guint j, NpLineRole role)
{
  for (; i < j; i++)
    if (!np_line_is_blank (&ctx->lines[i]))
      np_document_set_line_role (ctx->doc, i + 1, role);
}

void
np_read_vtt (NpReadContext *ctx)
{
  NpBuilder *b = &ctx->builder;
  VttState st = { 0 };
  st.ctx = ctx;
  st.seg = g_string_new (NULL);
  gboolean first_block = TRUE;
  guint i = 0;
  while (i < ctx->n_lines)
    {
      if (np_line_is_blank (&ctx->lines[i]))
        {
          i++;
          continue;
        }
      guint j = i;
      while (j < ctx->n_lines && !np_line_is_blank (&ctx->lines[j]))
        j++;
      const NpLine *l = &ctx->lines[i];
      gboolean header = first_block && is_webvtt_signature (l->content, l->content_len);
      first_block = FALSE;
      if (header)
        {
          /* "WEBVTT - Weekly sync": the rest names the transcript */
          const char *t = l->content + 6, *te = l->content + l->content_len;
          while (t < te && (*t == ' ' || *t == '\t' || *t == '-'))
            t++;
          if (t < te)
            {
              g_autofree char *title = g_strndup (t, te - t);
              np_document_set_title (ctx->doc, title);
            }
          set_role (ctx, i, j, NP_LINE_META);
          i = j;
          continue;
        }
      if (is_keyword_line (l->content, l->content_len, "NOTE") || is_keyword_line (l->content, l->content_len, "STYLE")
          || is_keyword_line (l->content, l->content_len, "REGION"))
        {
          np_builder_close_item (b);
          st.cue_open = FALSE;
          set_role (ctx, i, j, NP_LINE_META);
          i = j;
          continue;
        }
      /* the timing line: first, or after the cue id */
      guint t = G_MAXUINT;
      for (guint k = i; k < j && k < i + 2 && t == G_MAXUINT; k++)
        if (is_timing_line (ctx->lines[k].content, ctx->lines[k].content_len, FALSE))
          t = k;
      guint payload = i;
      if (t != G_MAXUINT)
        {
          np_builder_close_item (b);
          st.cue_open = FALSE;
          g_clear_pointer (&st.voice, g_free);
          set_role (ctx, i, t + 1, NP_LINE_META);
          payload = t + 1;
        }
      else if (!st.cue_open)
        {
          /* text outside any cue: a paragraph of its own */
          np_builder_close_item (b);
          g_clear_pointer (&st.voice, g_free);
        }
      for (guint k = payload; k < j; k++)
        {
          read_payload_line (&st, &ctx->lines[k], k + 1);
          np_document_set_line_role (ctx->doc, k + 1, st.cue_open ? NP_LINE_ITEM : NP_LINE_DEBRIS);
        }
      i = j;
    }
  g_free (st.voice);
  g_string_free (st.seg, TRUE);
}
