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
 * (classes are styling; the tokenizer takes its "<v" and ">" for markup,
 * tokenize.c) and its closing "</v>" goes.  A voice tag inside a cue that
 * names another voice starts a new item there (two speakers in one cue); a
 * repeated tag of the same voice is dropped.  Subtitles write two speakers
 * in one cue as dialogue lines, "- Hi." over "- Hello." (or with an en
 * dash): when two payload lines of a cue or more (up to a blank line; tags
 * out, after a voice tag) open with "- " or "\u2013 ", each of them starts a
 * paragraph item whose marker is that dash, kept out of its text; a line
 * without one continues the item above it.  A block without a timing line
 * after a cue is more of its payload (an SRT cue with a blank line in it);
 * before any cue it is a paragraph, so no text of a damaged file is lost.
 *
 * Teams' transcripts saved as text or as a document have no header and
 * write the speaker's name on a line of its own over the words ("0:0:5.120
 * --> 0:0:9.0", "Bob Jones", "I think ..."): such a file is a transcript
 * by its first timing line, and where names open most cues
 * (find_name_lines) each is read as the voice tag of the words below it.
 *
 * Rolling captions (YouTube's automatic ones) show each line twice or
 * three times: a cue repeats the last line of the cue before above its
 * new words, and a 10 ms cue holds that line alone in between.  A cue's
 * first payload line that equals the last payload line of the cue right
 * before it (tags out, trimmed) is left out when more payload follows it
 * in the cue, or when the cue is shorter than 100 ms (a blink, which then
 * makes no item); the line is debris and the item starts at the line
 * after it.  Any other repeat is kept: the same "No." in two cues of
 * normal length, a word said again after another cue, a line the cue
 * before had but not last, or a line that is not the cue's first. */
#include "config.h"

#include <string.h>

#include "reader.h"

/* "01:02:03.456", "02:03.456", SRT's "01:02:03,456", Teams' "0:0:5.12":
 * the bytes of a cue timestamp at s, or 0, and its time in milliseconds
 * in *ms (may be NULL).  need_fraction: the milliseconds must be there
 * (detection by content is strict, reading is lenient). */
static gsize
timestamp_len (const char *s, gsize n, gboolean need_fraction, gint64 *ms)
{
  gint64 t = 0;
  gsize i = 0;
  while (i < n && i < 9 && g_ascii_isdigit (s[i]))
    t = t * 10 + g_ascii_digit_value (s[i++]);
  if (i == 0)
    return 0;
  guint groups = 1;
  /* two digits a group, or one: Teams writes "0:0:5.120" */
  while (groups < 3 && i + 1 < n && s[i] == ':' && g_ascii_isdigit (s[i + 1]))
    {
      gboolean two = i + 2 < n && g_ascii_isdigit (s[i + 2]);
      t = t * 60 + (two ? g_ascii_digit_value (s[i + 1]) * 10 + g_ascii_digit_value (s[i + 2])
                        : g_ascii_digit_value (s[i + 1]));
      i += two ? 3 : 2, groups++;
    }
  if (groups < 2)
    return 0;
  t *= 1000;
  if (i + 1 < n && (s[i] == '.' || s[i] == ',') && g_ascii_isdigit (s[i + 1]))
    {
      i++;
      gint64 unit = 100;
      for (guint d = 0; i < n && d < 3 && g_ascii_isdigit (s[i]); d++, unit /= 10)
        t += g_ascii_digit_value (s[i++]) * unit;
    }
  else if (need_fraction)
    return 0;
  if (i < n && g_ascii_isalnum (s[i]))
    return 0;
  if (ms)
    *ms = t;
  return i;
}

static gsize
skip_blanks (const char *s, gsize i, gsize n)
{
  while (i < n && (s[i] == ' ' || s[i] == '\t'))
    i++;
  return i;
}

/* "start --> end" and, after white space, the cue settings; the cue's
 * length in milliseconds in *duration (may be NULL; negative when the
 * times are reversed) */
static gboolean
is_timing_line (const char *s, gsize n, gboolean strict, gint64 *duration)
{
  gint64 start, end;
  gsize i = timestamp_len (s, n, strict, &start);
  if (i == 0)
    return FALSE;
  i = skip_blanks (s, i, n);
  if (i + 3 > n || memcmp (s + i, "-->", 3) != 0)
    return FALSE;
  i = skip_blanks (s, i + 3, n);
  gsize e = timestamp_len (s + i, n - i, strict, &end);
  if (e == 0)
    return FALSE;
  i += e;
  if (duration)
    *duration = end - start;
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
  if (np_name_has_suffix (name, ".vtt") || np_name_has_suffix (name, ".webvtt") || np_name_has_suffix (name, ".srt"))
    return TRUE;
  const char *p = data, *end = data + len;
  if (len >= 3 && (guchar) p[0] == 0xEF && (guchar) p[1] == 0xBB && (guchar) p[2] == 0xBF)
    p += 3;
  const char *next;
  gsize n = line_at (p, end, &next);
  if (is_webvtt_signature (p, n))
    return TRUE;
  /* SRT: blank lines, a cue number, and a timing line with milliseconds
   * right below it; times in running text do not make a transcript.  A
   * timing line first of all is a transcript without its header (Teams'
   * "0:0:0.0 --> 0:0:5.120" over the speaker's name and the words), and
   * so is one under the meeting's title */
  while (n == 0 && next < end)
    {
      p = next;
      n = line_at (p, end, &next);
    }
  if (is_timing_line (p, n, TRUE, NULL))
    return TRUE;
  /* ... or after a title and a date of a few lines: two timing lines
   * among the first forty, the first among the first twelve */
  guint timings = 0;
  const char *q = p, *qnext;
  for (guint k = 0; k < 40 && q < end && timings < 2; k++, q = qnext)
    {
      gsize qn = line_at (q, end, &qnext);
      if (is_timing_line (q, qn, TRUE, NULL))
        timings++;
      else if (k == 12 && timings == 0)
        break;
    }
  if (timings >= 2)
    return TRUE;
  if (n == 0 || n > 9)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (p[i]))
      return FALSE;
  p = next;
  if (p >= end)
    return FALSE;
  n = line_at (p, end, &next);
  return is_timing_line (p, n, TRUE, NULL);
}

char *
np_vtt_join_paragraphs (const char *text, gsize len, gsize *out_len)
{
  GString *out = g_string_sized_new (len);
  const char *p = text, *end = text + len;
  gboolean blank_before = FALSE;
  while (p < end)
    {
      const char *next;
      gsize n = line_at (p, end, &next);
      gsize k = 0;
      while (k < n && (p[k] == ' ' || p[k] == '\t'))
        k++;
      if (k == n)
        blank_before = TRUE;
      else
        {
          /* a cue starts after one blank line: its timing line, or its id
           * over it */
          const char *after;
          gsize m = next < end ? line_at (next, end, &after) : 0;
          if (out->len > 0
              && (is_timing_line (p + k, n - k, FALSE, NULL) || (blank_before && is_timing_line (next, m, FALSE, NULL))))
            g_string_append_c (out, '\n');
          g_string_append_len (out, p, n);
          g_string_append_c (out, '\n');
          blank_before = FALSE;
        }
      p = next;
    }
  *out_len = out->len;
  return g_string_free (out, FALSE);
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
    return timestamp_len (p, close - p, FALSE, NULL) == (gsize) (close - p) ? (gsize) (close + 1 - s) : 0;
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

/* A piece of a payload line: the text from start (in VttState.line) to
 * the next piece, opened by a voice tag "<v Name>" of voice_len bytes
 * (0: none) */
typedef struct
{
  gsize start;
  gsize voice_len;
} Piece;

/* Shorter cues are blinks: YouTube holds a caption's line in a 10 ms cue
 * while the display rolls, nobody says a line that fast */
#define BLINK_MS 100

typedef struct
{
  NpReadContext *ctx;
  GString *line;      /* the payload line being read, tags out but voice tags */
  GArray *pieces;     /* Piece: where in line each of its pieces starts */
  gboolean cue_open;  /* the current cue has an item */
  char *voice;        /* the voice of that item ("Alice Smith"), or NULL */
  /* rolling captions: a cue's first line that repeats the last line of
   * the cue before it */
  gboolean in_cue;    /* a timing line was met */
  gboolean blink;     /* the current cue is shorter than BLINK_MS */
  guint cue_lines;    /* payload lines of the current cue read so far */
  GString *last;      /* the current cue's last payload line, trimmed */
  GString *prev_last; /* the cue before's */
} VttState;

/* Hand a piece of payload line lineno to the builder: a new item when the
 * cue has none yet, the piece opens with another voice or it is a
 * dialogue line (its dash, marker, not 0), else a continuation.
 * voice_len: bytes of the voice tag that opens the piece (0 if none),
 * whose name is voice.  Did it start an item? */
static gboolean
flush_piece (VttState *st, guint lineno, const char *t, gsize n, gsize voice_len, const char *voice,
             gunichar marker)
{
  NpBuilder *b = &st->ctx->builder;
  gboolean other_voice = voice && g_strcmp0 (voice, st->voice) != 0;
  if (!st->cue_open || other_voice || marker)
    {
      /* text with nothing after the tags is nothing said */
      gsize k = 0;
      while (k < n && (t[k] == ' ' || t[k] == '\t'))
        k++;
      if (k == n)
        return FALSE;
      np_builder_item (b, 0, NP_ITEM_PARAGRAPH, marker, lineno, t, n);
      st->cue_open = TRUE;
      if (voice || marker) /* a dialogue line without a tag is no one's */
        {
          g_free (st->voice);
          st->voice = g_strdup (voice);
        }
      return TRUE;
    }
  if (voice) /* the same voice again: its tag says nothing new */
    t += voice_len, n -= voice_len;
  np_builder_continue (b, lineno, t, n, " ");
  return FALSE;
}

/* One payload line into st->line and st->pieces: tags and entities out,
 * voice tags kept as "<v Name>" at the start of the pieces they open (a
 * voice after some text of another opens a new piece). */
static void
clean_line (VttState *st, const NpLine *l)
{
  const char *s = l->content, *e = l->content + l->content_len;
  GString *out = st->line;
  Piece cur = { 0, 0 };
  g_autofree char *voice = NULL; /* of the piece cur */
  g_string_truncate (out, 0);
  g_array_set_size (st->pieces, 0);
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
                  for (gsize j = cur.start + cur.voice_len; j < out->len && !text_before; j++)
                    text_before = out->str[j] != ' ';
                  if (text_before && g_strcmp0 (name, voice ? voice : st->voice) != 0)
                    {
                      g_array_append_val (st->pieces, cur);
                      cur.start = out->len;
                      cur.voice_len = 0;
                      text_before = FALSE;
                    }
                  if (!text_before)
                    {
                      g_string_truncate (out, cur.start);
                      g_string_append_printf (out, "<v %s>", name);
                      cur.voice_len = out->len - cur.start;
                      g_free (voice);
                      voice = g_steal_pointer (&name);
                    }
                }
              s += k;
              continue;
            }
        }
      else if (*s == '&' && (k = entity_len (s, e, out)) > 0)
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
      g_string_append_c (out, *s);
      s++;
    }
  if (out->len > cur.start)
    g_array_append_val (st->pieces, cur);
}

/* The pieces of st->line, payload line lineno, to the builder.  marker:
 * the dash taken out of a dialogue line (0: none), the marker of the first
 * item the line starts (in "- <v Bo>Yes." the piece before the tag is
 * blank and starts none) */
static void
emit_line (VttState *st, guint lineno, gunichar marker)
{
  for (guint i = 0; i < st->pieces->len; i++)
    {
      const Piece *p = &g_array_index (st->pieces, Piece, i);
      gsize end = i + 1 < st->pieces->len ? g_array_index (st->pieces, Piece, i + 1).start : st->line->len;
      g_autofree char *voice = p->voice_len ? g_strndup (st->line->str + p->start + 3, p->voice_len - 4) : NULL;
      if (flush_piece (st, lineno, st->line->str + p->start, end - p->start, p->voice_len, voice, marker))
        marker = 0;
    }
}

/* Subtitles write two speakers in one cue as dialogue lines, each opening
 * with a dash ("- Hi." over "- Hello."; an en dash in some languages).
 * The dash of st->line, after the voice tag that may open it: where it
 * is in *at, its bytes with the blanks after it as the return (0: none),
 * the character in *dash. */
static gsize
dialogue_dash (VttState *st, gsize *at, gunichar *dash)
{
  if (st->pieces->len == 0)
    return 0;
  const Piece *p = &g_array_index (st->pieces, Piece, 0);
  const char *s = st->line->str;
  gsize len = st->line->len;
  gsize d = skip_blanks (s, p->start + p->voice_len, len);
  gsize n = d < len && s[d] == '-' ? 1 : (len - d >= 3 && memcmp (s + d, "\xe2\x80\x93", 3) == 0 ? 3 : 0);
  if (n == 0 || d + n >= len || (s[d + n] != ' ' && s[d + n] != '\t'))
    return 0;
  *dash = n == 1 ? '-' : 0x2013;
  *at = d;
  return skip_blanks (s, d + n, len) - d;
}

/* Does the cue's payload, lines i to j (before a blank line), hold two
 * dialogue lines or more?  Then each of them starts an item. */
static gboolean
is_dialogue (VttState *st, guint i, guint j)
{
  guint lines = 0;
  for (guint k = i; k < j && lines < 2; k++)
    {
      gsize at;
      gunichar dash;
      clean_line (st, &st->ctx->lines[k]);
      lines += dialogue_dash (st, &at, &dash) > 0;
    }
  return lines >= 2;
}

/* Take the dialogue dash of st->line out: the item's marker holds it */
static gunichar
strip_dash (VttState *st)
{
  gsize at;
  gunichar dash = 0;
  gsize n = dialogue_dash (st, &at, &dash);
  if (n == 0)
    return 0;
  g_string_erase (st->line, at, n);
  for (guint i = 1; i < st->pieces->len; i++)
    g_array_index (st->pieces, Piece, i).start -= n;
  return dash;
}

/* Rolling captions (YouTube's automatic ones) show the last line of the
 * cue before on top of the new one, and hold it alone in a blink between
 * them: each sentence would be read two or three times.  Is st->line, a
 * payload line of the current cue, such a repeat?  Only a cue's first line
 * that equals the last line of the cue right before (tags out, trimmed),
 * and only when more of the cue follows it (more_in_cue) or the cue is a
 * blink: someone saying "No." in two cues of their own says it twice. */
static gboolean
rolled_line (VttState *st, gboolean more_in_cue)
{
  if (!st->in_cue)
    return FALSE;
  const char *t = st->line->str, *te = t + st->line->len;
  while (t < te && g_ascii_isspace (*t))
    t++;
  while (te > t && g_ascii_isspace (te[-1]))
    te--;
  gboolean first = st->cue_lines++ == 0;
  gboolean repeat = first && (more_in_cue || st->blink) && te > t && st->prev_last->len == (gsize) (te - t)
                    && memcmp (st->prev_last->str, t, te - t) == 0;
  g_string_truncate (st->last, 0);
  g_string_append_len (st->last, t, te - t);
  return repeat;
}

/* A timing line (its cue's length duration) opens a cue */
static void
open_cue (VttState *st, gint64 duration)
{
  GString *swap = st->prev_last;
  st->prev_last = st->last;
  st->last = swap;
  g_string_truncate (st->last, 0);
  st->in_cue = TRUE;
  st->blink = duration >= 0 && duration < BLINK_MS;
  st->cue_lines = 0;
}

static void
set_role (NpReadContext *ctx, guint i, guint j, NpLineRole role)
{
  for (; i < j; i++)
    if (!np_line_is_blank (&ctx->lines[i]))
      np_document_set_line_role (ctx->doc, i + 1, role);
}

/* The block of lines at *i or after: its lines [*i, *j), none blank, and
 * its timing line, first or after the cue id, in *t (G_MAXUINT: none),
 * the cue's length in *duration.  FALSE past the last. */
static gboolean
next_block (NpReadContext *ctx, guint *i, guint *j, guint *t, gint64 *duration)
{
  while (*i < ctx->n_lines && np_line_is_blank (&ctx->lines[*i]))
    (*i)++;
  if (*i >= ctx->n_lines)
    return FALSE;
  for (*j = *i; *j < ctx->n_lines && !np_line_is_blank (&ctx->lines[*j]);)
    (*j)++;
  *t = G_MAXUINT;
  *duration = -1;
  for (guint k = *i; k < *j && k < *i + 2 && *t == G_MAXUINT; k++)
    if (is_timing_line (ctx->lines[k].content, ctx->lines[k].content_len, FALSE, duration))
      *t = k;
  return TRUE;
}

/* ---- a speaker's name over the words ---- */

/* Teams' transcript saved as a document or as text, and other tools',
 * write the speaker's name on the cue's first line, over the words:
 * "0:0:5.120 --> 0:0:9.0", "Bob Jones", "I think we need ...".  Could
 * line l be such a name?  A short line of a name's shape, no tag, no
 * sentence's end: NAME_FULL for a full name ("Bob Jones") or a voice the
 * tool numbered ("Speaker 2"), NAME_WORD for one capitalized word
 * ("Alice"), which counts where it repeats. */
typedef enum
{
  NAME_NONE,
  NAME_WORD,
  NAME_FULL
} NameShape;

static NameShape
name_line_shape (const NpLine *l)
{
  const char *c = l->content;
  gsize n = l->content_len;
  if (n == 0 || n > 48 || memchr (c, '<', n) || memchr (c, '>', n) || strchr (".?!:;,", c[n - 1]))
    return NAME_NONE;
  if (np_meta_looks_like_person_entry (c, n))
    return NAME_FULL;
  /* a voice the tool did not name: "Speaker 2", "Guest 1" */
  const char *sp = memchr (c, ' ', n);
  if (sp && sp > c && g_ascii_isupper (c[0]) && (gsize) (c + n - sp - 1) <= 3 && sp + 1 < c + n)
    {
      gboolean number = TRUE;
      for (const char *q = sp + 1; q < c + n; q++)
        number &= g_ascii_isdigit (*q);
      if (number)
        return NAME_FULL;
    }
  for (gsize k = 0; k < n; k++)
    if (c[k] == ' ' || c[k] == '\t')
      return NAME_NONE;
  return g_unichar_isupper (g_utf8_get_char_validated (c, n)) ? NAME_WORD : NAME_NONE;
}

/* The first line of each cue of two payload lines or more that holds the
 * speaker's name, as a set of line indexes, or NULL.  The transcript is
 * written so when lines of a name's shape open half of those cues or
 * more, one of them opens two or more, and there are two names or one
 * name three times at least.  Then a name line is one that opens two cues
 * or more, or a full name.  Subtitles whose cues open with the same words
 * now and then are not such transcripts. */
static GHashTable *
find_name_lines (NpReadContext *ctx)
{
  g_autoptr (GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GArray) firsts = g_array_new (FALSE, FALSE, sizeof (guint));
  guint cues = 0, j, t;
  gint64 duration;
  for (guint i = 0; next_block (ctx, &i, &j, &t, &duration); i = j)
    {
      if (t != G_MAXUINT && j - t >= 3)
        {
          cues++;
          const NpLine *l = &ctx->lines[t + 1];
          if (name_line_shape (l) != NAME_NONE)
            {
              char *key = g_strndup (l->content, l->content_len);
              guint c = GPOINTER_TO_UINT (g_hash_table_lookup (counts, key));
              g_hash_table_replace (counts, key, GUINT_TO_POINTER (c + 1));
              g_array_append_val (firsts, t);
            }
        }
    }
  /* the cues a repeated name opens; names of the shape, told apart */
  guint repeated = 0, names = g_hash_table_size (counts);
  GHashTableIter it;
  gpointer count;
  g_hash_table_iter_init (&it, counts);
  while (g_hash_table_iter_next (&it, NULL, &count))
    if (GPOINTER_TO_UINT (count) >= 2)
      repeated += GPOINTER_TO_UINT (count);
  if (repeated < 2 || 2 * firsts->len < cues || (names < 2 && repeated < 3))
    return NULL;
  GHashTable *lines = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint k = 0; k < firsts->len; k++)
    {
      guint at = g_array_index (firsts, guint, k) + 1;
      const NpLine *l = &ctx->lines[at];
      g_autofree char *key = g_strndup (l->content, l->content_len);
      if (GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) >= 2 || name_line_shape (l) == NAME_FULL)
        g_hash_table_add (lines, GUINT_TO_POINTER (at));
    }
  return lines;
}

void
np_read_vtt (NpReadContext *ctx)
{
  NpBuilder *b = &ctx->builder;
  VttState st = { 0 };
  st.ctx = ctx;
  st.line = g_string_new (NULL);
  st.pieces = g_array_new (FALSE, FALSE, sizeof (Piece));
  st.last = g_string_new (NULL);
  st.prev_last = g_string_new (NULL);
  gboolean first_block = TRUE;
  g_autoptr (GHashTable) name_lines = find_name_lines (ctx);
  guint j, t;
  gint64 duration;
  for (guint i = 0; next_block (ctx, &i, &j, &t, &duration); i = j)
    {
      const NpLine *l = &ctx->lines[i];
      gboolean header = first_block && is_webvtt_signature (l->content, l->content_len);
      first_block = FALSE;
      if (header)
        {
          /* "WEBVTT - Weekly sync": the rest names the transcript */
          const char *ts = l->content + 6, *te = l->content + l->content_len;
          while (ts < te && (*ts == ' ' || *ts == '\t' || *ts == '-'))
            ts++;
          if (ts < te)
            {
              g_autofree char *title = g_strndup (ts, te - ts);
              np_document_set_title (ctx->doc, title);
            }
          set_role (ctx, i, j, NP_LINE_META);
          continue;
        }
      if (is_keyword_line (l->content, l->content_len, "NOTE") || is_keyword_line (l->content, l->content_len, "STYLE")
          || is_keyword_line (l->content, l->content_len, "REGION"))
        {
          np_builder_close_item (b);
          st.cue_open = FALSE;
          set_role (ctx, i, j, NP_LINE_META);
          continue;
        }
      guint payload = i;
      if (t != G_MAXUINT)
        {
          np_builder_close_item (b);
          st.cue_open = FALSE;
          g_clear_pointer (&st.voice, g_free);
          set_role (ctx, i, t + 1, NP_LINE_META);
          payload = t + 1;
          open_cue (&st, duration);
        }
      else if (!st.cue_open)
        {
          /* text outside any cue: a paragraph of its own */
          np_builder_close_item (b);
          g_clear_pointer (&st.voice, g_free);
        }
      /* the speaker's name over the words: read as the voice tag that
       * opens them ("<v Bob Jones>I think ..."), its line metadata */
      g_autofree char *voiced = NULL;
      if (t != G_MAXUINT && name_lines && g_hash_table_contains (name_lines, GUINT_TO_POINTER (payload)))
        {
          const NpLine *name = &ctx->lines[payload], *words = &ctx->lines[payload + 1];
          voiced = g_strdup_printf ("<v %.*s>%.*s", (int) name->content_len, name->content, (int) words->content_len,
                                    words->content);
          np_document_set_line_role (ctx->doc, payload + 1, NP_LINE_META);
          payload++;
        }
      gboolean dialogue = j - payload >= 2 && is_dialogue (&st, payload, j);
      for (guint k = payload; k < j; k++)
        {
          NpLine line = ctx->lines[k];
          if (voiced && k == payload)
            {
              line.content = voiced;
              line.content_len = strlen (voiced);
            }
          clean_line (&st, &line);
          gboolean repeat = rolled_line (&st, k + 1 < j);
          if (!repeat)
            emit_line (&st, k + 1, dialogue ? strip_dash (&st) : 0);
          np_document_set_line_role (ctx->doc, k + 1, st.cue_open && !repeat ? NP_LINE_ITEM : NP_LINE_DEBRIS);
        }
    }
  g_free (st.voice);
  g_string_free (st.line, TRUE);
  g_array_free (st.pieces, TRUE);
  g_string_free (st.last, TRUE);
  g_string_free (st.prev_last, TRUE);
}
