/* reader.c: input bytes -> lines -> format reader -> tokens.
 *
 * Everything that is the same for every format lives here: refusing binary
 * input, UTF-16 and UTF-32 to UTF-8 (encoding.c), UTF-8 repair, line ends, BOMs, indentation, format detection, the
 * date fallback from the file name.  The format readers (reader-text.c,
 * reader-markdown.c, reader-vtt.c) only see clean lines. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <nettle/sha2.h>

#include "compressed.h"
#include "encoding.h"
#include "bullets.h"
#include "notepipe/np-reader.h"
#include "notepipe/np-text.h"
#include "reader.h"
#include "tokenize.h"

G_DEFINE_QUARK (np-reader-error-quark, np_reader_error)

gboolean
np_line_is_blank (const NpLine *l)
{
  return l->content_len == 0;
}

gboolean
np_content_equals (const NpLine *l, const char *s)
{
  gsize n = strlen (s);
  return l->content_len == n && memcmp (l->content, s, n) == 0;
}

/* The length of the lowercase nickname opening a line as "nick: text"
 * (IRC's nickname characters, a letter first), or 0 */
#define CHAT_NICK_MAX 32
static gsize
chat_nick_len (const char *c, gsize n)
{
  if (n < 4 || !g_ascii_islower (c[0]))
    return 0;
  gsize i = 1;
  while (i < n && i <= CHAT_NICK_MAX
         && (g_ascii_isalnum (c[i]) || c[i] == '_' || c[i] == '-' || c[i] == '.' || c[i] == '|' || c[i] == '^'))
    i++;
  if (i > CHAT_NICK_MAX || i + 2 >= n || c[i] != ':' || c[i + 1] != ' ' || c[i + 2] == ' ')
    return 0;
  return i;
}

/* The nickname of a chat log's "<nick> text" line (lowercased, in a new
 * string), or NULL */
static char *
angle_nick (const char *c, gsize n)
{
  if (n < 4 || c[0] != '<')
    return NULL;
  gsize i = 1;
  while (i < n && i <= CHAT_NICK_MAX && c[i] != '>' && c[i] != ' ' && c[i] != '<')
    i++;
  if (i == 1 || i > CHAT_NICK_MAX || i + 1 >= n || c[i] != '>' || c[i + 1] != ' ')
    return NULL;
  return g_utf8_strdown (c + 1, i - 1);
}

/* Do two nicknames at least each open two lines or more, as "nick: text"
 * (lowercase) or "<nick> text"? */
static gboolean
lines_are_chat (const NpLine *lines, guint n_lines)
{
  g_autoptr (GHashTable) nicks = NULL;
  guint recurring = 0;
  for (guint i = 0; i < n_lines && recurring < 2; i++)
    {
      gsize k = chat_nick_len (lines[i].content, lines[i].content_len);
      char *nick = k ? g_strndup (lines[i].content, k) : angle_nick (lines[i].content, lines[i].content_len);
      if (nick == NULL)
        continue;
      if (nicks == NULL)
        nicks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (nicks, nick)) + 1;
      g_hash_table_replace (nicks, nick, GUINT_TO_POINTER (count));
      recurring += count == 2;
    }
  return recurring >= 2;
}

gboolean
np_reader_take_role_line (NpDocument *doc, const char *line, gsize len, guint lineno, NpLineRole *line_role)
{
  gboolean absence;
  if (!np_meta_is_role_line (line, len, &absence))
    return FALSE;
  const char *end = line + len;
  const char *people = (const char *) memchr (line, ':', len) + 1;
  while (people < end && (*people == ' ' || *people == '*' || *people == '_'))
    people++;
  gboolean nickname = !memchr (people, ' ', end - people) && !memchr (people, ',', end - people);
  gboolean add = !nickname || (absence && !np_reader_attendee_named (doc, people, end - people, FALSE));
  if (add)
    np_meta_add_person (doc, line, len, lineno);
  *line_role = add ? NP_LINE_ATTENDEE : NP_LINE_META;
  return TRUE;
}

/* A paragraph's lines are joined with spaces: a long list wraps */
#define PEOPLE_PARAGRAPH_LINES 40

guint
np_reader_take_people_paragraph (NpReadContext *ctx, guint i)
{
  const NpLine *first = &ctx->lines[i];
  /* before the notes only: further down, a paragraph of Title Case names
   * with abbreviations is as likely to list proposals ("Error Cause
   * (EC), Array Grouping (AG), ...").  Cheap refusals first: asked at
   * every paragraph's first line. */
  if (ctx->doc->items->len > 0 || first->content_len < 16 || !memchr (first->content, ')', first->content_len)
      || !(memchr (first->content, ',', first->content_len) || memchr (first->content, ';', first->content_len)))
    return 0;
  guint j = i;
  GString *joined = g_string_new (NULL);
  for (; j < ctx->n_lines && j < i + PEOPLE_PARAGRAPH_LINES && ctx->lines[j].content_len > 0; j++)
    {
      if (joined->len)
        g_string_append_c (joined, ' ');
      g_string_append_len (joined, ctx->lines[j].content, ctx->lines[j].content_len);
    }
  g_autofree char *plain = np_meta_strip_markup (joined->str, joined->len);
  g_string_free (joined, TRUE);
  gsize n = strlen (plain);
  while (n > 0 && (plain[n - 1] == '.' || plain[n - 1] == ' '))
    plain[--n] = '\0'; /* "..., and Tom Van Cutsem (TVC)." */
  if (np_meta_abbreviated_people (plain, n) < 3)
    return 0;
  np_meta_add_people_list (ctx->doc, plain, n, i + 1);
  return j - i;
}

gboolean
np_reader_attendee_named (const NpDocument *doc, const char *nick, gsize k, gboolean first_names)
{
  guint n;
  const NpPerson *people = np_document_get_attendees (doc, &n);
  for (guint i = 0; i < n; i++)
    {
      const char *names[] = { people[i].name, people[i].handle };
      for (guint j = 0; j < G_N_ELEMENTS (names); j++)
        if (names[j] && g_ascii_strncasecmp (names[j], nick, k) == 0
            && (names[j][k] == '\0' || (first_names && j == 0 && names[j][k] == ' ')))
          return TRUE;
    }
  return FALSE;
}

/* Bytes of the separator a speaker's name takes at c[k]: ", ", " - ",
 * " — " or " – "; 0 when there is none */
static gsize
name_separator (const char *c, gsize n, gsize k)
{
  if (k + 2 <= n && c[k] == ',' && c[k + 1] == ' ')
    return 2;
  if (k + 3 <= n && c[k] == ' ' && c[k + 1] == '-' && c[k + 2] == ' ')
    return 3;
  if (k + 5 <= n && c[k] == ' ' && (guchar) c[k + 1] == 0xe2 && (guchar) c[k + 2] == 0x80
      && ((guchar) c[k + 3] == 0x93 || (guchar) c[k + 3] == 0x94) && c[k + 4] == ' ')
    return 5;
  return 0;
}

/* "Myles - we should not ship", "Anna, Matteo fine with it" (Node.js
 * minutes), "Maria Garcia — we should split it": a line opening with the
 * first name of an attendee listed so far, then ", " or a dash, or with
 * the full name, then a dash */
static gboolean
opens_with_attendee_name (const NpDocument *doc, const char *c, gsize n)
{
  if (n < 5 || !g_ascii_isupper (c[0]))
    return FALSE;
  gsize k = 1;
  while (k < n && k <= CHAT_NICK_MAX && g_ascii_isalpha (c[k]))
    k++;
  gsize first = name_separator (c, n, k) > 0 ? k : 0;
  /* a full name: words up to a dash, looked for only where a name can end */
  gsize full = 0;
  if (first == 0)
    for (gsize j = k; j < n && j <= CHAT_NICK_MAX; j++)
      {
        if (c[j] == ' ' && name_separator (c, n, j) > 2)
          {
            full = j;
            break;
          }
        if (!(g_ascii_isalpha (c[j]) || c[j] == ' ' || c[j] == '.' || c[j] == '\'' || c[j] == '-'
              || (guchar) c[j] >= 0x80))
          break;
      }
  if (first == 0 && full == 0)
    return FALSE;
  guint n_people;
  const NpPerson *people = np_document_get_attendees (doc, &n_people);
  for (guint i = 0; i < n_people; i++)
    {
      const char *name = people[i].name;
      if (first && strncmp (name, c, first) == 0 && name[first] == ' ')
        return TRUE;
      if (full && strncmp (name, c, full) == 0 && name[full] == '\0')
        return TRUE;
    }
  return FALSE;
}

gboolean
np_line_opens_chat_turn (NpReadContext *ctx, const NpLine *l)
{
  if (opens_with_attendee_name (ctx->doc, l->content, l->content_len))
    return TRUE;
  gsize k = chat_nick_len (l->content, l->content_len);
  if (k == 0)
    return FALSE;
  if (np_reader_attendee_named (ctx->doc, l->content, k, TRUE))
    return TRUE;
  /* the document is looked at once, and only when a line could be a turn */
  if (ctx->chat == 0)
    ctx->chat = lines_are_chat (ctx->lines, ctx->n_lines) ? 1 : -1;
  return ctx->chat > 0;
}

/* A transcript export's speaker line: a name of two to four words, the
 * first capitalized, the others capitalized or numbers, and the time,
 * nothing else ("Alice Smith  0:03", "Speaker 2 1:02:15", "Carol White
 * 10:32 AM"; not "Lunch 12:00"), or a name in brackets and the time
 * ("[alice] 10:32:05"); the turn's text follows on the next lines */
gboolean
np_line_is_speaker_time (const char *c, gsize n)
{
  /* Zoom's transcript as text: "[Alice Smith] 10:32:05", the name in
   * brackets, one to four words */
  if (n > 6 && c[0] == '[')
    {
      const char *close = memchr (c, ']', MIN (n, (gsize) 66));
      if (close == NULL || close == c + 1 || (gsize) (close - c) + 2 >= n || close[1] != ' ')
        return FALSE;
      gsize k = close - c + 1;
      while (k < n && c[k] == ' ')
        k++;
      if (k >= n || !g_ascii_isdigit (c[k]) || np_text_clock_len (c + k, n - k) != n - k)
        return FALSE;
      guint words = 1;
      for (const char *q = c + 1; q < close; q++)
        if (*q == ':' || *q == ',' || *q == '[')
          return FALSE;
        else if (*q == ' ' && q[1] != ' ')
          words++;
      return words <= 4;
    }
  /* "Alice Smith  0:05", "Alice Smith - 00:01", "**Alice Smith** (00:01)" */
  return np_text_speaker_time_line (c, n, NULL, NULL);
}

gboolean
np_line_is_next_log_entry (const NpReadContext *ctx, const NpLine *l, guint item_line)
{
  gsize at = np_text_time_prefix (l->content, l->content_len);
  if (item_line == 0 || item_line > ctx->n_lines || at == 0)
    return FALSE;
  const NpLine *first = &ctx->lines[item_line - 1];
  if (np_text_time_prefix (first->content, first->content_len) == 0)
    return FALSE;
  /* "[10:04]" under "[10:03]", or a log's own mark after the time ("*"
   * an action, "<" a nick, "-!-" a notice): "10:35 and a wrapped line"
   * under "(10:34 AM) <carol> ..." is the text wrapped at a clock */
  char c = l->content[at];
  return (l->content[0] == '[' && first->content[0] == '[') || c == '*' || c == '<' || c == '-';
}

/* A copied chat's name line over its time line over the message
 * (Teams, Slack: "Alice Smith" / "10:32 AM" / "I think ..."): two to four
 * words, each capitalized (or a number after the first), nothing else,
 * and the next line nothing but a clock, with text after it. */
gboolean
np_line_is_name_over_time (const NpReadContext *ctx, const NpLine *l)
{
  gsize i = l - ctx->lines, n = l->content_len;
  const char *c = l->content;
  if (n < 3 || n > 64 || i + 2 >= ctx->n_lines)
    return FALSE;
  const NpLine *time = l + 1, *text = l + 2;
  if (time->content_len == 0 || !g_ascii_isdigit (time->content[0])
      || np_text_clock_len (time->content, time->content_len) != time->content_len || text->content_len == 0)
    return FALSE;
  guint words = 0;
  for (gsize k = 0; k < n;)
    {
      guchar first = (guchar) c[k];
      if (first < 0x80 && !g_ascii_isupper (first) && !(words > 0 && g_ascii_isdigit (first)))
        return FALSE;
      for (; k < n && c[k] != ' '; k++)
        if (c[k] == ':' || c[k] == ',' || c[k] == '(' || c[k] == '[' || c[k] == '"')
          return FALSE;
      words++;
      while (k < n && c[k] == ' ')
        k++;
    }
  return words >= 2 && words <= 4 && c[n - 1] != '.';
}

gboolean
np_line_is_url (const NpLine *l)
{
  if (!(l->content_len > 8 && (g_str_has_prefix (l->content, "http://") || g_str_has_prefix (l->content, "https://"))))
    return FALSE;
  return memchr (l->content, ' ', l->content_len) == NULL;
}

/* Binary: any NUL, or more than a quarter of control bytes in the first
 * 64 KiB (invalid UTF-8 alone is repaired, not refused). */
static gboolean
check_binary (const char *source, const char *data, gsize len, GError **error)
{
  const char *nul = memchr (data, '\0', len);
  if (nul)
    {
      g_set_error (error, NP_READER_ERROR, NP_READER_ERROR_BINARY,
                   "%s: binary input (NUL byte at offset %zu), refused", source, (gsize) (nul - data));
      return FALSE;
    }
  gsize n = MIN (len, 65536), control = 0, i = 0;
  /* 8 bytes at a time: the high bit of each byte of lt is set when that
   * byte is below 0x20 (no carry crosses a byte: (b & 0x7f) + 0x60 <=
   * 0xdf); only words with such a byte are looked at byte by byte */
  for (; i + 8 <= n; i += 8)
    {
      guint64 x;
      memcpy (&x, data + i, 8);
      x = GUINT64_FROM_LE (x);
      guint64 lt = ~((x & G_GUINT64_CONSTANT (0x7f7f7f7f7f7f7f7f)) + G_GUINT64_CONSTANT (0x6060606060606060)) & ~x
                   & G_GUINT64_CONSTANT (0x8080808080808080);
      if (lt)
        for (gsize k = i; k < i + 8; k++)
          {
            guchar c = data[k];
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1b)
              control++;
          }
    }
  for (; i < n; i++)
    {
      guchar c = data[i];
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1b)
        control++;
    }
  if (n >= 16 && control * 4 > n)
    {
      g_set_error (error, NP_READER_ERROR, NP_READER_ERROR_BINARY,
                   "%s: binary input (%zu of the first %zu bytes are control characters), refused", source,
                   control, n);
      return FALSE;
    }
  return TRUE;
}

/* "](" in [p, end): the middle of a Markdown link */
static gboolean
has_link_close (const char *p, const char *end)
{
  while (p < end && (p = memchr (p, ']', end - p)) != NULL && p + 1 < end)
    {
      if (p[1] == '(')
        return TRUE;
      p++;
    }
  return FALSE;
}

const char *
np_detect_format (const char *name, const char *data, gsize len)
{
  /* names are tested under a compression's suffix (np_name_has_suffix):
   * notes.md.gz is Markdown */
  if (np_vtt_detect (name, data, len))
    return "vtt";
  if (np_name_has_suffix (name, ".md") || np_name_has_suffix (name, ".markdown")
      || np_name_has_suffix (name, ".mdown") || np_name_has_suffix (name, ".mkd"))
    return "markdown";
  /* Content signals in the first 64 KiB: ATX headings, fences, tables,
   * links, emphasis markers at line starts. */
  gsize n = MIN (len, 65536);
  guint md = 0, lines = 0;
  const char *p = data, *end = data + n;
  while (p < end)
    {
      const char *nl = memchr (p, '\n', end - p);
      const char *le = nl ? nl : end;
      const char *q = p;
      while (q < le && *q == ' ')
        q++;
      gsize l = le - q;
      lines++;
      if (l >= 2 && q[0] == '#' && (q[1] == ' ' || q[1] == '#'))
        md += 3;
      else if (l >= 3 && (memcmp (q, "```", 3) == 0 || memcmp (q, "~~~", 3) == 0))
        md += 3;
      else if (l >= 3 && q[0] == '|' && memchr (q + 1, '|', l - 1))
        md += 1;
      else if (l >= 2 && q[0] == '*' && q[1] == '*')
        md += 1;
      if (l >= 4 && memchr (q, '[', l) && has_link_close (q, le))
        md += 1;
      p = le + 1;
    }
  return md >= 3 ? "markdown" : "text";
}

static guint
indent_of (const char *s, gsize len, gsize *skip)
{
  guint col = 0;
  gsize i = 0;
  while (i < len)
    {
      if (s[i] == ' ')
        col++, i++;
      else if (s[i] == '\t')
        col = (col / 4 + 1) * 4, i++;
      else if (i + 1 < len && (guchar) s[i] == 0xC2 && (guchar) s[i + 1] == 0xA0)
        col++, i += 2; /* no-break space from PDF exports */
      else
        break;
      if (col > 1u << 30)
        col = 1u << 30;
    }
  *skip = i;
  return col;
}

static gboolean
has_bom (const char *data, gsize len)
{
  const char *p = data, *end = data + len;
  while ((p = memchr (p, 0xEF, end - p)))
    {
      if (end - p >= 3 && (guchar) p[1] == 0xBB && (guchar) p[2] == 0xBF)
        return TRUE;
      p++;
    }
  return FALSE;
}

/* CRLF and CR to LF, BOMs (U+FEFF) anywhere dropped.  The common case has
 * nothing to change: then the input itself is the text when a NUL follows
 * it (nul_terminated), else a copy; a copy made is returned in *owned. */
static const char *
normalize (const char *data, gsize len, gboolean nul_terminated, char **owned, gsize *out_len)
{
  if (!memchr (data, '\r', len) && !has_bom (data, len))
    {
      *out_len = len;
      return nul_terminated ? data : (*owned = g_strndup (data, len));
    }
  char *out = g_malloc (len + 1);
  gsize o = 0;
  for (gsize i = 0; i < len; i++)
    {
      char c = data[i];
      if (c == '\r')
        {
          out[o++] = '\n';
          if (i + 1 < len && data[i + 1] == '\n')
            i++;
        }
      else if ((guchar) c == 0xEF && i + 2 < len && (guchar) data[i + 1] == 0xBB && (guchar) data[i + 2] == 0xBF)
        i += 2;
      else
        out[o++] = c;
    }
  out[o] = '\0';
  *out_len = o;
  return *owned = out;
}

static NpLine *
split_lines (const char *text, gsize len, guint *n_lines)
{
  gsize n = 1;
  for (const char *p = text; (p = memchr (p, '\n', text + len - p)); p++)
    n++;
  if (len > 0 && text[len - 1] == '\n')
    n--; /* a final newline ends the last line, it does not start one */
  if (len == 0)
    n = 0;
  NpLine *lines = g_new0 (NpLine, MAX (n, 1));
  const char *p = text;
  for (gsize i = 0; i < n; i++)
    {
      const char *nl = memchr (p, '\n', text + len - p);
      const char *le = nl ? nl : text + len;
      NpLine *l = &lines[i];
      l->s = p;
      l->len = le - p;
      gsize skip;
      l->indent = indent_of (p, l->len, &skip);
      l->content = p + skip;
      l->content_len = l->len - skip;
      while (l->content_len > 0 && g_ascii_isspace (l->content[l->content_len - 1]))
        l->content_len--;
      p = le + 1;
    }
  *n_lines = (guint) n;
  return lines;
}

/* g_utf8_validate_len, with the ASCII that makes up most notes skipped 8
 * bytes at a time.  GLib checks each stretch of 8-byte words that hold a
 * byte >= 0x80; a stretch starts at a character start (after ASCII) and is
 * extended past continuation bytes (10xxxxxx) so that no character spans
 * its end: the first invalid byte, *end, is the one GLib would find. */
static gboolean
utf8_validate (const char *data, gsize len, const char **end)
{
  gsize i = 0;
  while (i < len)
    {
      guint64 x;
      if (i + 8 <= len && (memcpy (&x, data + i, 8), !(x & G_GUINT64_CONSTANT (0x8080808080808080))))
        {
          i += 8;
          continue;
        }
      gsize j = MIN (i + 16, len);
      while (j < len && ((guchar) data[j] & 0xC0) == 0x80)
        j++;
      if (!g_utf8_validate_len (data + i, j - i, end))
        return FALSE;
      i = j;
    }
  if (end)
    *end = data + len;
  return TRUE;
}

/* SHA-256 hex of data (transfer full) */
char *
np_sha256_hex (const char *data, gsize len)
{
  struct sha256_ctx ctx;
  guint8 digest[SHA256_DIGEST_SIZE];
  sha256_init (&ctx);
  sha256_update (&ctx, len, (const guint8 *) data);
  sha256_digest (&ctx, sizeof digest, digest);
  char *hex = g_malloc (2 * SHA256_DIGEST_SIZE + 1);
  for (guint i = 0; i < SHA256_DIGEST_SIZE; i++)
    {
      hex[2 * i] = "0123456789abcdef"[digest[i] >> 4];
      hex[2 * i + 1] = "0123456789abcdef"[digest[i] & 15];
    }
  hex[2 * SHA256_DIGEST_SIZE] = '\0';
  return hex;
}

/* "plain": every non-blank line is one paragraph, nothing else is looked
 * for (no title, metadata or markup); for short texts such as the lines of
 * `batch --lines`, where a line is content, not a heading. */
static void
read_plain (NpReadContext *ctx)
{
  for (guint i = 0; i < ctx->n_lines; i++)
    {
      const NpLine *l = &ctx->lines[i];
      if (np_line_is_blank (l))
        continue;
      np_builder_item (&ctx->builder, 0, NP_ITEM_PARAGRAPH, 0, i + 1, l->content, l->content_len);
      np_builder_close_item (&ctx->builder);
      np_document_set_line_role (ctx->doc, i + 1, NP_LINE_ITEM);
    }
}

/* np_read_bytes; nul_terminated: data[len] is a readable NUL (files read
 * whole), so the text need not be copied before it is split into lines. */
static NpDocument *
read_bytes (const char *source, const char *data, gsize len, gboolean nul_terminated, const NpReadOptions *options,
            GError **error)
{
  NpReadOptions defaults = { 0 };
  if (options == NULL)
    options = &defaults;
  if (source == NULL)
    source = "-";
  if (data == NULL)
    data = ""; /* an empty input may come as (NULL, 0) */
  gsize max = options->max_bytes ? options->max_bytes : NP_READER_DEFAULT_MAX_BYTES;
  g_autofree char *inflated = NULL;
  if (np_compressed_magic (data, len))
    {
      /* a note compressed whole: its text, within the same limit */
      gsize inflated_len;
      inflated = np_compressed_inflate (source, data, len, max, &inflated_len, error);
      if (inflated == NULL)
        return NULL;
      data = inflated;
      len = inflated_len;
      nul_terminated = TRUE;
    }
  if (len > max)
    {
      g_set_error (error, NP_READER_ERROR, NP_READER_ERROR_TOO_LARGE,
                   "%s: %zu bytes is over the limit of %zu (see --max-bytes)", source, len, max);
      return NULL;
    }
  /* a Word or OpenDocument text: its text, as Markdown */
  g_autofree char *word = NULL;
  gboolean auto_input = options->input_format == NULL || strcmp (options->input_format, "auto") == 0;
  gboolean docx = (options->input_format && strcmp (options->input_format, "docx") == 0)
                  || (auto_input && np_docx_detect (source, data, len));
  gboolean odt = !docx
                 && ((options->input_format && strcmp (options->input_format, "odt") == 0)
                     || (auto_input && np_odt_detect (source, data, len)));
  if (docx || odt)
    {
      gsize word_len;
      word = docx ? np_docx_to_markdown (source, data, len, max, &word_len, error)
                  : np_odt_to_markdown (source, data, len, max, &word_len, error);
      if (word == NULL)
        return NULL;
      data = word;
      len = word_len;
      nul_terminated = TRUE;
    }
  g_autofree char *widened = NULL;
  const char *wide = np_encoding_wide (data, len);
  if (wide)
    {
      /* UTF-16 or UTF-32 ("Unicode" text from Windows tools): read as the
       * same text in UTF-8 would be */
      gsize widened_len;
      widened = np_encoding_to_utf8 (source, wide, data, len, max, &widened_len, error);
      if (widened == NULL)
        return NULL;
      data = widened;
      len = widened_len;
      nul_terminated = TRUE;
    }
  const char *format = word ? "markdown" : options->input_format;
  if (format && strcmp (format, "auto") != 0 && strcmp (format, "text") != 0 && strcmp (format, "markdown") != 0
      && strcmp (format, "plain") != 0 && strcmp (format, "vtt") != 0 && strcmp (format, "org") != 0
      && strcmp (format, "asciidoc") != 0 && strcmp (format, "html") != 0 && strcmp (format, "docx") != 0
      && strcmp (format, "odt") != 0)
    {
      g_set_error (error, NP_READER_ERROR, NP_READER_ERROR_FORMAT,
                   "unknown input format '%s' (expected auto, text, markdown, org, asciidoc, html, docx, odt, vtt or "
                   "plain)",
                   format);
      return NULL;
    }
  if (!check_binary (source, data, len, error))
    return NULL;

  NpDocument *doc = np_document_new (source);
  doc->input_size = len;
  np_document_set_id (doc, NULL);
  doc->id = np_sha256_hex (data, len);

  const char *valid_end = NULL;
  g_autofree char *repaired = NULL;
  if (!utf8_validate (data, len, &valid_end))
    {
      gsize legacy_len;
      repaired = np_encoding_from_legacy (data, len, &legacy_len);
      if (repaired)
        {
          np_document_add_warning (doc, NULL, "%s: not UTF-8 (byte offset %zu), read as Windows-1252", source,
                                   (gsize) (valid_end - data));
          len = legacy_len;
        }
      else
        {
          np_document_add_warning (doc, NULL, "%s: invalid UTF-8 at byte offset %zu, replaced with U+FFFD", source,
                                   (gsize) (valid_end - data));
          repaired = g_utf8_make_valid (data, len);
          len = strlen (repaired);
        }
      data = repaired;
      nul_terminated = TRUE;
    }
  gsize text_len;
  g_autofree char *owned = NULL;
  const char *text = normalize (data, len, nul_terminated, &owned, &text_len);
  g_autofree char *converted = NULL;
  g_autoptr (GArray) layout = NULL;
  gboolean auto_format = format == NULL || strcmp (format, "auto") == 0;
  if ((format && strcmp (format, "org") == 0) || (auto_format && np_org_detect (source, text, text_len)))
    {
      /* Org mode: read as the same notes in Markdown */
      converted = np_org_to_markdown (text, text_len, &text_len);
      text = converted;
      format = "markdown";
    }
  else if ((format && strcmp (format, "asciidoc") == 0) || (auto_format && np_asciidoc_detect (source, text, text_len)))
    {
      /* AsciiDoc: read as the same notes in Markdown; its layout lines
       * are debris once read */
      layout = g_array_new (FALSE, FALSE, sizeof (guint));
      converted = np_asciidoc_to_markdown (text, text_len, &text_len, layout);
      text = converted;
      format = "markdown";
    }
  else if ((format && strcmp (format, "html") == 0) || (auto_format && np_html_detect (source, text, text_len)))
    {
      /* HTML: read as the Markdown of its text */
      converted = np_html_to_markdown (text, text_len, &text_len);
      text = converted;
      format = "markdown";
    }

  NpReadContext ctx = { 0 };
  ctx.doc = doc;
  ctx.lines = split_lines (text, text_len, &ctx.n_lines);
  if (ctx.n_lines > 0)
    np_document_set_line_role (doc, ctx.n_lines, NP_LINE_BLANK); /* sizes the role array */

  if (format == NULL || strcmp (format, "auto") == 0)
    format = np_detect_format (source, text, text_len);
  doc->format = strcmp (format, "markdown") == 0 ? "markdown" : strcmp (format, "vtt") == 0 ? "vtt" : "text";

  np_builder_init (&ctx.builder, doc);
  if (strcmp (format, "plain") == 0)
    read_plain (&ctx);
  else if (strcmp (doc->format, "markdown") == 0)
    np_read_markdown (&ctx);
  else if (strcmp (doc->format, "vtt") == 0)
    np_read_vtt (&ctx);
  else
    np_read_text (&ctx);
  for (guint k = 0; layout && k < layout->len; k++)
    np_document_set_line_role (doc, g_array_index (layout, guint, k), NP_LINE_DEBRIS);
  np_builder_finish (&ctx.builder);
  g_free (ctx.lines);
  g_clear_pointer (&owned, g_free);
  g_clear_pointer (&repaired, g_free);

  if (doc->date == NULL)
    doc->date = np_meta_date_from_path (source);
  if (!options->no_tokens)
    np_tokenize_document (doc, options->max_item_tokens ? options->max_item_tokens : NP_READER_DEFAULT_MAX_ITEM_TOKENS);
  return doc;
}

NpDocument *
np_read_bytes (const char *source, const char *data, gsize len, const NpReadOptions *options, GError **error)
{
  return read_bytes (source, data, len, FALSE, options, error);
}

/* A regular file of at most max bytes, read whole with one open and one
 * fstat (a stat before would walk the path twice): FALSE when anything is
 * unusual (not there, not a regular file, too large, a read error), and
 * the caller takes the general path, whose errors are the ones to report.
 * *is_dir: the path is a directory. */
static gboolean
read_regular_file (const char *path, gsize max, char **data, gsize *len, gboolean *is_dir)
{
  *is_dir = FALSE;
  int fd = open (path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return FALSE;
  struct stat st;
  if (fstat (fd, &st) != 0)
    {
      close (fd);
      return FALSE;
    }
  if (!S_ISREG (st.st_mode) || st.st_size < 0 || (guint64) st.st_size > max)
    {
      *is_dir = S_ISDIR (st.st_mode);
      close (fd);
      return FALSE;
    }
  gsize size = (gsize) st.st_size, done = 0;
  char *buf = g_try_malloc (size + 1);
  if (buf == NULL)
    {
      close (fd);
      return FALSE;
    }
  /* as g_file_get_contents: st_size bytes, or fewer if the file shrank */
  while (done < size)
    {
      gssize n = read (fd, buf + done, size - done);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          g_free (buf);
          close (fd);
          return FALSE;
        }
      if (n == 0)
        break;
      done += (gsize) n;
    }
  close (fd);
  buf[done] = '\0';
  *data = buf;
  *len = done;
  return TRUE;
}

NpDocument *
np_read_file (const char *path, const NpReadOptions *options, GError **error)
{
  g_autofree char *data = NULL;
  gsize len = 0;
  GError *local = NULL;
  gsize max = options && options->max_bytes ? options->max_bytes : NP_READER_DEFAULT_MAX_BYTES;
  if (strcmp (path, "-") == 0)
    {
      GString *buf = g_string_new (NULL);
      char chunk[65536];
      gsize n;
      while ((n = fread (chunk, 1, sizeof chunk, stdin)) > 0)
        {
          g_string_append_len (buf, chunk, n);
          if (buf->len > max)
            break;
        }
      len = buf->len;
      data = g_string_free (buf, FALSE);
      return read_bytes ("-", data, len, TRUE, options, error);
    }
  gboolean is_dir;
  if (read_regular_file (path, max, &data, &len, &is_dir))
    return read_bytes (path, data, len, TRUE, options, error);
  if (is_dir || g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, NP_READER_ERROR, NP_READER_ERROR_IO, "%s: is a directory (use notepipe batch)", path);
      return NULL;
    }
  if (!g_file_get_contents (path, &data, &len, &local))
    {
      g_set_error (error, NP_READER_ERROR, NP_READER_ERROR_IO, "%s: cannot read: %s", path, local->message);
      g_error_free (local);
      return NULL;
    }
  return read_bytes (path, data, len, TRUE, options, error);
}
