/* reader.c: input bytes -> lines -> format reader -> tokens.
 *
 * Everything that is the same for every format lives here: refusing binary
 * input, UTF-16 and UTF-32 to UTF-8 (encoding.c), UTF-8 repair, line ends, BOMs, indentation, format detection, the
 * date fallback from the file name.  The format readers (reader-text.c,
 * reader-markdown.c, reader-vtt.c) only see clean lines; what a line is
 * (a turn, a role line, ...) they ask reader-lines.c. */
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
#include "notepipe/np-reader.h"
#include "reader.h"
#include "tokenize.h"

G_DEFINE_QUARK (np-reader-error-quark, np_reader_error)

/* Nothing but white space in text (valid UTF-8)? */
static gboolean
is_blank (const char *text, gsize len)
{
  const char *e = text + len;
  for (const char *p = text; p < e; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
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

/* The line by which content must show Markdown's first signal */
#define NP_MARKDOWN_SIGNAL_LINES 100

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
   * links, emphasis markers at line starts.  They must begin near the
   * top: plain-text minutes may quote Markdown far below their own
   * outline (Apache board minutes attach reports with "## Issues:"
   * after hundreds of lines of numbered, indented sections) */
  gsize n = MIN (len, 65536);
  guint md = 0, lines = 0, first = 0;
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
      if (md && !first)
        first = lines;
      p = le + 1;
    }
  return md >= 3 && first <= NP_MARKDOWN_SIGNAL_LINES ? "markdown" : "text";
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
      else if (s[i] == '\f' || s[i] == '\v')
        i++; /* a page break opening a PDF page's first line: no column */
      else
        break;
      if (col > 1u << 30)
        col = 1u << 30;
    }
  *skip = i;
  return col;
}

/* The letters of a typographic ligature a PDF's text keeps (U+FB00 ff to
 * U+FB06 st, "\xEF\xAC\x80" to "\xEF\xAC\x86"): "ﬁrst" is "first" */
static const char *const ligatures[] = { "ff", "fi", "fl", "ffi", "ffl", "st", "st" };

static inline gboolean
is_ligature (const char *p, const char *e)
{
  return e - p >= 3 && (guchar) p[0] == 0xEF && (guchar) p[1] == 0xAC && (guchar) p[2] >= 0x80
         && (guchar) p[2] <= 0x86;
}

/* A zero-width space (U+200B, which editors' exports put after list
 * glyphs and inside words) or a left-to-right or right-to-left mark
 * (U+200E, U+200F: WhatsApp's export opens an attachment's line with
 * one) at p */
static inline gboolean
is_zero_width (const char *p, const char *e)
{
  return e - p >= 3 && (guchar) p[0] == 0xE2 && (guchar) p[1] == 0x80
         && ((guchar) p[2] == 0x8B || (guchar) p[2] == 0x8E || (guchar) p[2] == 0x8F);
}

/* A byte order mark (U+FEFF), a zero-width character (is_zero_width()),
 * a soft hyphen (U+00AD, a PDF's or a web page's hint where a word may
 * break) or a ligature in data */
static gboolean
has_invisible (const char *data, gsize len)
{
  if (memmem (data, len, "\xC2\xAD", 2))
    return TRUE;
  const char *e = data + len;
  for (const char *p = data; (p = memchr (p, 0xE2, e - p)); p++)
    if (is_zero_width (p, e))
      return TRUE;
  for (const char *p = data; (p = memchr (p, 0xEF, e - p)); p++)
    if ((e - p >= 3 && (guchar) p[1] == 0xBB && (guchar) p[2] == 0xBF) || is_ligature (p, e))
      return TRUE;
  return FALSE;
}

/* CRLF and CR to LF, BOMs (U+FEFF), zero-width spaces and direction marks
 * (U+200B, U+200E, U+200F) and soft hyphens (U+00AD) anywhere dropped,
 * ligatures spelt out.  The common case has nothing to change: then the
 * input itself is the text when a NUL follows it (nul_terminated), else a
 * copy; a copy made is returned in *owned. */
static const char *
normalize (const char *data, gsize len, gboolean nul_terminated, char **owned, gsize *out_len)
{
  if (!memchr (data, '\r', len) && !has_invisible (data, len))
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
      else if ((guchar) c == 0xE2 && is_zero_width (data + i, data + len))
        i += 2;
      else if ((guchar) c == 0xC2 && i + 1 < len && (guchar) data[i + 1] == 0xAD)
        i += 1;
      else if (is_ligature (data + i, data + len))
        {
          /* no longer than the three bytes it replaces */
          const char *letters = ligatures[(guchar) data[i + 2] - 0x80];
          gsize n = strlen (letters);
          memcpy (out + o, letters, n);
          o += n;
          i += 2;
        }
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
  gboolean transcript = FALSE;
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
      /* a transcript saved as a document (Teams): each line of a cue a
       * paragraph of its own, read as the cue */
      if (np_vtt_detect ("", word, word_len))
        {
          gsize joined_len;
          char *joined = np_vtt_join_paragraphs (word, word_len, &joined_len);
          g_free (word);
          word = joined;
          word_len = joined_len;
          transcript = TRUE;
        }
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
  const char *format = transcript ? "vtt" : word ? "markdown" : options->input_format;
  if (format && strcmp (format, "auto") != 0 && strcmp (format, "text") != 0 && strcmp (format, "markdown") != 0
      && strcmp (format, "plain") != 0 && strcmp (format, "vtt") != 0 && strcmp (format, "org") != 0
      && strcmp (format, "asciidoc") != 0 && strcmp (format, "html") != 0 && strcmp (format, "docx") != 0
      && strcmp (format, "odt") != 0 && strcmp (format, "wiki") != 0)
    {
      g_set_error (error, NP_READER_ERROR, NP_READER_ERROR_FORMAT,
                   "unknown input format '%s' (expected auto, text, markdown, org, asciidoc, wiki, html, docx, odt, "
                   "vtt or plain)",
                   format);
      return NULL;
    }
  if (!check_binary (source, data, len, error))
    return NULL;
  /* a saved mail: its text decoded (quoted-printable, base64, charset,
   * multipart), under its header; the text of an HTML part is Markdown */
  g_autofree char *mail = NULL;
  g_autoptr (GPtrArray) mail_warnings = g_ptr_array_new_with_free_func (g_free);
  if (format == NULL || strcmp (format, "auto") == 0 || strcmp (format, "text") == 0)
    {
      gsize mail_len;
      gboolean markdown;
      mail = np_mail_decode (source, data, len, &mail_len, &markdown, mail_warnings);
      if (mail)
        {
          data = mail;
          len = mail_len;
          nul_terminated = TRUE;
          if (markdown)
            format = "markdown";
        }
    }

  NpDocument *doc = np_document_new (source);
  doc->input_size = len;
  np_document_set_id (doc, NULL);
  doc->id = np_sha256_hex (data, len);
  for (guint k = 0; k < mail_warnings->len; k++)
    np_document_add_warning (doc, NULL, "%s", (const char *) g_ptr_array_index (mail_warnings, k));

  const char *valid_end = NULL;
  g_autofree char *repaired = NULL;
  if (!utf8_validate (data, len, &valid_end))
    {
      gsize legacy_len;
      g_autofree char *charset = NULL;
      /* a page that says its charset is read in it: guessing from the
       * bytes fails on Word's pages, whose bullets are Symbol-font bytes
       * (0xB7, 0xA7) standing alone, no letters in words */
      gboolean html = (format && strcmp (format, "html") == 0)
                      || ((format == NULL || strcmp (format, "auto") == 0) && np_html_detect (source, data, len));
      repaired = html ? np_html_declared_to_utf8 (data, len, &legacy_len, &charset) : NULL;
      if (repaired)
        {
          np_document_add_warning (doc, NULL, "%s: not UTF-8 (byte offset %zu), read as %s as the page declares",
                                   source, (gsize) (valid_end - data), charset);
          len = legacy_len;
        }
      else if ((repaired = np_encoding_from_legacy (data, len, &legacy_len)))
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
  /* before AsciiDoc's: "= Title =" over "== Minutes ==" opens both */
  else if ((format && strcmp (format, "wiki") == 0) || (auto_format && np_wiki_detect (source, text, text_len)))
    {
      /* MediaWiki or MoinMoin markup: read as the same notes in Markdown */
      converted = np_wiki_to_markdown (text, text_len, &text_len);
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

  /* an empty note is a document with no items, said once: a cut
   * download or a failed export is then seen, not taken for a quiet
   * meeting */
  if (is_blank (text, text_len))
    np_document_add_warning (doc, NULL, "%s: empty, no text in it", source);

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
  g_clear_pointer (&ctx.name_lines, g_hash_table_unref);
  g_clear_pointer (&ctx.turn_labels, g_hash_table_unref);
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
