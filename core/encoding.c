/* encoding.c: notes written in UTF-16 or UTF-32, as Windows tools save
 * "Unicode" text (Notepad, PowerShell's redirection, some transcript
 * exports), or in Windows-1252 (Latin-1), as older tools did.  The reader
 * turns them into UTF-8 first; everything after it sees the same text a
 * UTF-8 copy of the note would give. */
#include "config.h"

#include <string.h>

#include "encoding.h"
#include "notepipe/np-reader.h"

/* UTF-16 with no byte order mark: among the first code units (up to 32),
 * no NUL character, and at least three in four are Latin-1 text (their
 * high byte NUL, on the side the byte order puts it: odd offsets
 * little-endian, even big-endian; no control character but line ends and
 * tabs).  Text
 * in UTF-8 or an 8-bit encoding has no NUL byte at all; binary data with
 * NULs is seldom that regular. */
/* a Latin-1 character's low byte that text holds: no control character
 * but line ends and tabs */
static inline gboolean
is_text_byte (guchar c)
{
  return c >= 0x20 || c == '\n' || c == '\r' || c == '\t';
}

static const char *
utf16_unmarked (const guchar *d, gsize len)
{
  gsize units = MIN (len, 64) / 2;
  if (units < 4)
    return NULL;
  gsize le = 0, be = 0;
  for (gsize i = 0; i < units; i++)
    {
      guchar a = d[2 * i], b = d[2 * i + 1];
      if (a == 0 && b == 0)
        return NULL;
      le += b == 0 && is_text_byte (a);
      be += a == 0 && is_text_byte (b);
    }
  return le * 4 >= units * 3 ? "UTF-16LE" : be * 4 >= units * 3 ? "UTF-16BE" : NULL;
}

const char *
np_encoding_wide (const char *data, gsize len)
{
  const guchar *d = (const guchar *) data;
  if (len >= 4 && d[0] == 0xFF && d[1] == 0xFE && d[2] == 0 && d[3] == 0)
    return "UTF-32LE";
  if (len >= 4 && d[0] == 0 && d[1] == 0 && d[2] == 0xFE && d[3] == 0xFF)
    return "UTF-32BE";
  if (len >= 2 && d[0] == 0xFF && d[1] == 0xFE)
    return "UTF-16LE";
  if (len >= 2 && d[0] == 0xFE && d[1] == 0xFF)
    return "UTF-16BE";
  return utf16_unmarked (d, len);
}

char *
np_encoding_to_utf8 (const char *source, const char *encoding, const char *data, gsize len, gsize max,
                     gsize *out_len, GError **error)
{
  gsize unit = g_str_has_prefix (encoding, "UTF-32") ? 4 : 2;
  /* the byte order mark goes (it is read as U+FEFF otherwise) */
  const guchar *d = (const guchar *) data;
  gsize skip = 0;
  if (len >= unit
      && ((unit == 2 && ((d[0] == 0xFF && d[1] == 0xFE) || (d[0] == 0xFE && d[1] == 0xFF)))
          || (unit == 4 && (memcmp (d, "\xFF\xFE\0\0", 4) == 0 || memcmp (d, "\0\0\xFE\xFF", 4) == 0))))
    skip = unit;
  gsize read = 0, written = 0;
  g_autoptr (GError) conv = NULL;
  char *text = g_convert (data + skip, len - skip, "UTF-8", encoding, &read, &written, &conv);
  if (text != NULL && read < len - skip)
    g_clear_pointer (&text, g_free); /* a code unit cut short at the end */
  if (text == NULL)
    {
      /* g_convert stops at the first bad or incomplete sequence: read
       * counts the bytes converted before it */
      g_set_error (error, NP_READER_ERROR, NP_READER_ERROR_BINARY,
                   "%s: %s text is invalid or cut short at byte offset %zu, refused", source, encoding, skip + read);
      return NULL;
    }
  if (written > max)
    {
      g_free (text);
      g_set_error (error, NP_READER_ERROR, NP_READER_ERROR_TOO_LARGE,
                   "%s: %zu bytes as UTF-8 is over the limit of %zu (see --max-bytes)", source, written, max);
      return NULL;
    }
  *out_len = written;
  return text;
}

/* The length of the UTF-8 character at p (a byte over 0x7F), or 0 when
 * the bytes there are none */
static gsize
utf8_char_at (const guchar *p, const guchar *end)
{
  gsize n = p[0] >= 0xC2 && p[0] <= 0xDF ? 2 : p[0] >= 0xE0 && p[0] <= 0xEF ? 3 : p[0] >= 0xF0 && p[0] <= 0xF4 ? 4 : 0;
  if (n == 0 || (gsize) (end - p) < n)
    return 0;
  for (gsize k = 1; k < n; k++)
    if ((p[k] & 0xC0) != 0x80)
      return 0;
  return g_utf8_validate_len ((const char *) p, n, NULL) ? n : 0;
}

/* Windows-1252's typography that word processors leave in plain text:
 * the ellipsis, curly quotes, the bullet, dashes, the no-break space */
static inline gboolean
is_typography (guchar c)
{
  return c == 0x85 || (c >= 0x91 && c <= 0x97) || c == 0xA0;
}

char *
np_encoding_from_legacy (const char *data, gsize len, gsize *out_len)
{
  const guchar *start = (const guchar *) data, *end = start + len;
  gsize high = 0, plausible = 0;
  for (const guchar *p = start; p < end; p++)
    if (*p >= 0x80)
      {
        if (utf8_char_at (p, end))
          return NULL; /* UTF-8 with damage */
        high++;
        if (is_typography (*p))
          plausible++;
        else if (*p >= 0xC0 && *p != 0xD7 && *p != 0xF7)
          plausible += (p > start && g_ascii_isalpha (p[-1])) || (p + 1 < end && g_ascii_isalpha (p[1]));
      }
  /* accented letters sit in words ("caf\xe9", "M\xfcller"), quotes and
   * dashes anywhere; the stray bytes of damaged UTF-8 ("\xff\xfe" between
   * spaces, a character cut short) mostly are neither */
  if (high == 0 || plausible * 3 < high * 2)
    return NULL;
  gsize written = 0;
  char *text = g_convert (data, len, "UTF-8", "WINDOWS-1252", NULL, &written, NULL);
  if (text == NULL)
    return NULL;
  *out_len = written;
  return text;
}
