/* np-reader.h: bytes -> NpDocument.
 *
 * The reader refuses binary input, replaces invalid UTF-8 (one warning
 * naming the first byte offset), normalizes line ends, BOM and tabs,
 * detects the format (plain-text notes, Markdown minutes or a WebVTT/SRT
 * transcript), repairs extraction damage, and tokenizes.  MT safe: readers
 * of distinct inputs may run in parallel. */
#ifndef NP_READER_H
#define NP_READER_H

#include <glib.h>
#include <notepipe/np-document.h>

G_BEGIN_DECLS

#define NP_READER_ERROR (np_reader_error_quark ())
GQuark np_reader_error_quark (void);

typedef enum
{
  NP_READER_ERROR_BINARY,   /* NUL bytes or mostly non-text */
  NP_READER_ERROR_TOO_LARGE, /* over max_bytes */
  NP_READER_ERROR_IO,       /* missing, unreadable */
  NP_READER_ERROR_FORMAT,   /* unknown --input-format */
} NpReaderError;

typedef struct
{
  const char *input_format; /* NULL or "auto", "text", "markdown", "vtt" (WebVTT or
                             * SRT transcript: an item per cue), "plain" (each
                             * non-blank line a paragraph; read as "text") */
  gsize max_bytes;          /* 0 = default (NP_READER_DEFAULT_MAX_BYTES) */
  gboolean no_tokens;       /* skip tokenization (structure only) */
  guint max_item_tokens;    /* 0 = default (NP_READER_DEFAULT_MAX_ITEM_TOKENS); the
                             * rest of a longer item is kept as text, not analysed */
  gpointer reserved[4];
} NpReadOptions;

#define NP_READER_DEFAULT_MAX_BYTES ((gsize) 1 << 30)
#define NP_READER_DEFAULT_MAX_ITEM_TOKENS 1000000u

/* source names the input in messages and output (path or archive!member).
 * Bytes that open with a compressed stream's magic number (gzip, bzip2, xz,
 * zstd, lzip, lz4, compress: a note compressed whole) are inflated first,
 * within max_bytes; the document's id is then that of the inflated text. */
NpDocument *np_read_bytes (const char *source, const char *data, gsize len, const NpReadOptions *options,
                           GError **error);
NpDocument *np_read_file (const char *path, const NpReadOptions *options, GError **error);

/* The regular members of the archive at the path archive (a file on
 * disk, in any format the batch sources read) whose base name is one of
 * names, each of at most max_bytes bytes (larger ones are left out), read
 * in one pass: a table of member path (as a document's source names it
 * after "archive!") to GBytes, empty when none is there; NULL with an
 * error naming the archive when it cannot be opened or is damaged.  For
 * files kept beside the notes in an archive, a roster say.  Since API 1.14. */
GHashTable *np_archive_read_named (const char *archive, const char *const *names, gsize max_bytes, GError **error);
/* The same, but an archive damaged after its start gives the members read
 * whole before the damage, with *damage set naming the archive (and the
 * member cut short, if one was): what a batch read of the archive still
 * processed.  NULL, *damage set, only when the archive cannot be opened.
 * Since API 1.15. */
GHashTable *np_archive_read_named_salvaged (const char *archive, const char *const *names, gsize max_bytes,
                                            GError **damage);

/* SHA-256 of data as 64 hex digits, the document id (transfer full). */
char *np_sha256_hex (const char *data, gsize len);

/* "text", "markdown" or "vtt" for these bytes (and name, whose extension
 * counts: .md, .markdown, ...; .vtt, .webvtt, .srt; under a compression
 * suffix too, as in notes.md.gz). */
const char *np_detect_format (const char *name, const char *data, gsize len);

G_END_DECLS

#endif
