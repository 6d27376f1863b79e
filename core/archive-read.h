/* archive-read.h: reading archives with libarchive (archive-read.c).  Not
 * installed; the batch sources use it too. */
#ifndef NP_ARCHIVE_READ_H
#define NP_ARCHIVE_READ_H

#include <archive.h>
#include <archive_entry.h>
#include <glib.h>

G_BEGIN_DECLS

/* A libarchive reader of every compression filter and of the archive
 * formats notes come in (tar, zip, 7z, cpio, rar, xar, cab, lha, ISO 9660,
 * ar, WARC), but not the ones that match any input (raw, mtree, empty): a note
 * is never taken for an archive */
struct archive *np_archive_reader_new (void);

/* Is the entry a regular file, a member that may be a note (ar writes
 * no file type, which libarchive gives as 0, as it does for a tar's hard
 * link, which is none)? */
gboolean np_archive_entry_is_file (struct archive_entry *e);

/* A member's path as the document's source names it (after "archive!"):
 * the entry's UTF-8 path, else its path as stored, with leading "./"
 * dropped; NULL for none */
const char *np_archive_member_name (struct archive_entry *e);

/* A web archive's (WARC's) response record holds the HTTP response as
 * it came: its status line and head, then the body, perhaps in chunks.
 * buf (a member of a) becomes the body, unchunked (a body the server
 * compressed is inflated by the reader, by its magic number, as a note
 * compressed whole is).  FALSE when the response holds no note: a status
 * other than 2xx (a redirect, an error page), a page's part of no text
 * (Content-Type an image, a font, a style sheet, a script, JSON) or a
 * head with no end.  Any
 * other member, a WARC resource record (a file itself) among them, is
 * left as it is. */
gboolean np_archive_web_body (struct archive *a, GByteArray *buf);

/* A compressed archive cut short or damaged: libarchive hands out what
 * it inflates in blocks of 64 KiB, so one cut within its first 64 KiB
 * cannot be opened, and one cut later loses the members between its last
 * whole block and the cut.  The file at path (gzip, xz, lzip, zstd or bzip2)
 * opened as an archive read through the format's own decoder, which gives
 * every byte it can (salvage.c; 64 KiB held at a time, whatever the
 * size): its members up to the damage, where the archive then ends.  NULL
 * when it is no such stream or the text is no archive. */
struct archive *np_archive_open_salvaged (const char *path);
/* The same for an archive in memory (data, len bytes, kept by the caller
 * while the archive is read): an archive inside another */
struct archive *np_archive_open_salvaged_memory (const void *data, gsize len);

G_END_DECLS

#endif
