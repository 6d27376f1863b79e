/* encoding.h: notes written in UTF-16, UTF-32 or Windows-1252 (encoding.c).  Not
 * installed. */
#ifndef NP_ENCODING_H
#define NP_ENCODING_H

#include <glib.h>

G_BEGIN_DECLS

/* The encoding of data when it is UTF-16 or UTF-32 ("UTF-16LE",
 * "UTF-32BE", ...): by its byte order mark, or, with none, UTF-16 by the
 * NUL byte beside each character of plain ASCII text at its start.  NULL
 * for anything else (UTF-8, a single-byte encoding, binary). */
const char *np_encoding_wide (const char *data, gsize len);

/* data, in the wide encoding given, as UTF-8 without the byte order
 * mark: NUL-terminated, of at most max bytes; NULL with an error naming
 * source and the byte offset when it is cut short, holds a code unit that
 * is not a character (an unpaired surrogate) or comes out over max. */
char *np_encoding_to_utf8 (const char *source, const char *encoding, const char *data, gsize len, gsize max,
                           gsize *out_len, GError **error);

/* data (not valid UTF-8) read as Windows-1252, the superset of Latin-1
 * that older Windows and Mac tools save ("caf\xe9"), when that is what it
 * looks like: bytes over 0x7F, none of them forming a UTF-8 character (a
 * file with some valid UTF-8 characters is UTF-8 with damage, repaired
 * elsewhere), and at least two in three of them either accented letters
 * next to an ASCII letter, as they are in words, or typography (curly
 * quotes, dashes, the ellipsis, the no-break space).  A new NUL-terminated UTF-8 string, or NULL when the data is
 * no such text (or holds one of the five bytes Windows-1252 leaves
 * undefined). */
char *np_encoding_from_legacy (const char *data, gsize len, gsize *out_len);

G_END_DECLS

#endif
