/* source-archive.c: archives as batch inputs, read in place with
 * libarchive in stored order.  Members are filtered like directory
 * entries and named `archive!member/path`; a member cut short, or damage
 * between members, becomes a unit carrying the error (source.c says how
 * units are made and numbered).  An archive is known by its name or, for
 * a file named explicitly whose name is not a note's, by its first bytes. */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "../archive-read.h"
#include "../compressed.h"
#include "source-private.h"

gboolean
np_source_is_archive_name (const char *name)
{
  static const char *const suffixes[] = { ".tar",     ".tar.gz", ".tgz",      ".taz",  ".tar.xz", ".txz",  ".tar.bz2",
                                          ".tbz2",    ".tbz",    ".tb2",      ".tar.zst", ".tzst", ".tar.lz", ".tlz",
                                          ".tar.lzma", ".tar.lz4", ".tar.Z",  ".zip",  ".7z",     ".cpio", ".rar",
                                          ".xar",     ".cab",    ".lha",      ".lzh",  ".iso",    ".ar",
                                          ".warc",    ".warc.gz", ".warc.zst", NULL };
  gsize n = strlen (name);
  for (const char *const *s = suffixes; *s; s++)
    {
      gsize k = strlen (*s);
      if (n > k && g_ascii_strcasecmp (name + n - k, *s) == 0)
        return TRUE;
    }
  return FALSE;
}

/* A web archive's page: in a crawl the pages are the notes, published as
 * HTML (`05-minutes.html`) or at an address with no extension
 * (`/minutes/2024-03-05`), which the notes' names (the default globs)
 * would pass over; given --include, the globs alone decide.  What a page
 * holds is known once read: np_archive_web_body() passes over a response
 * of no text (an image, a style sheet, a script). */
static gboolean
web_page (const NpSourceIter *it, Frame *f, const char *base)
{
  if (!it->default_include || archive_format (f->archive) != ARCHIVE_FORMAT_WARC)
    return FALSE;
  const char *dot = strrchr (base, '.');
  return dot == NULL || g_ascii_strcasecmp (dot, ".html") == 0 || g_ascii_strcasecmp (dot, ".htm") == 0;
}

/* The first bytes of the file at path, as many as it has up to size */
static size_t
read_head (const char *path, unsigned char *head, size_t size)
{
  FILE *f = fopen (path, "rb");
  if (f == NULL)
    return 0;
  size_t n = fread (head, 1, size, f);
  fclose (f);
  return n;
}

/* Does the file at path hold an ISO 9660 image ("CD001" at byte 32769)? */
static gboolean
iso9660_at (const char *path)
{
  FILE *f = fopen (path, "rb");
  if (f == NULL)
    return FALSE;
  char magic[5];
  gboolean found = fseek (f, 32769, SEEK_SET) == 0 && fread (magic, 1, sizeof magic, f) == sizeof magic
                   && memcmp (magic, "CD001", sizeof magic) == 0;
  fclose (f);
  return found;
}

/* The first bytes of an archive or of a compressed stream (which holds a
 * tar, or fails to open as an archive with a clear message), or the
 * signature ISO 9660 writes at the start of its first volume descriptor. */
static gboolean
sniff_archive (const char *path)
{
  static const struct
  {
    guint offset, len;
    const char *magic;
  } signatures[] = {
    { 0, 4, "PK\x03\x04" },               /* zip */
    { 0, 4, "PK\x05\x06" },               /* empty zip */
    { 0, 6, "7z\xbc\xaf\x27\x1c" },       /* 7z */
    { 0, 6, "Rar!\x1a\x07" },             /* rar, rar5 */
    { 0, 6, "070701" },                   /* cpio, new ASCII */
    { 0, 6, "070702" },                   /* cpio, new ASCII with CRC */
    { 0, 6, "070707" },                   /* cpio, old ASCII */
    { 0, 4, "xar!" },                     /* xar */
    { 0, 4, "MSCF" },                     /* cab */
    { 0, 8, "!<arch>\n" },                /* ar (BSD and System V) */
    { 0, 7, "WARC/1." },                  /* a web archive (WARC 1.0, 1.1) */
    { 257, 5, "ustar" },                  /* tar (POSIX and GNU) */
  };
  unsigned char head[262];
  size_t n = read_head (path, head, sizeof head);
  if (np_compressed_magic ((const char *) head, n))
    return TRUE; /* a compressed tar, or one note compressed whole */
  for (guint i = 0; i < G_N_ELEMENTS (signatures); i++)
    if (signatures[i].offset + signatures[i].len <= n
        && memcmp (head + signatures[i].offset, signatures[i].magic, signatures[i].len) == 0)
      return TRUE;
  return iso9660_at (path);
}

/* A file named explicitly is an archive by its name or, when it is a
 * regular file whose name is not a note's, by its first bytes. */
gboolean
np_source_explicit_archive (const char *path, gboolean regular, gboolean note_name)
{
  return np_source_is_archive_name (path) || (regular && !note_name && sniff_archive (path));
}

gboolean
np_source_is_archive_path (const char *path)
{
  struct stat st;
  if (stat (path, &st) != 0)
    return np_source_is_archive_name (path);
  const char *base = np_source_base_name (path);
  /* a note's name, or one under a compression suffix (a.md.gz) */
  g_autofree char *bare = np_compressed_bare_name (base);
  gboolean note_name = FALSE;
  for (const char *const *g = np_source_default_include; *g && !note_name; g++)
    note_name = g_pattern_match_simple (*g, base) || (bare && g_pattern_match_simple (*g, bare));
  return np_source_explicit_archive (path, S_ISREG (st.st_mode), note_name);
}

/* Does the file at path open with a compressed stream's magic number? */
static gboolean
starts_compressed (const char *path)
{
  unsigned char head[16];
  size_t n = read_head (path, head, sizeof head);
  return np_compressed_magic ((const char *) head, n);
}

Frame *
np_source_archive_frame (NpSourceIter *it, const char *path, gboolean *one_note, GError **error)
{
  *one_note = FALSE;
  struct archive *a = np_archive_reader_new ();
  char *damage = NULL;
  if (archive_read_open_filename (a, path, 1 << 16) != ARCHIVE_OK)
    {
      /* no archive inside a compression, and not named as an archive
       * (`notes.gz`, `backup-2024`): one note compressed whole */
      if (!np_source_is_archive_name (path)
          && starts_compressed (path))
        {
          *one_note = TRUE;
          archive_read_free (a);
          return NULL;
        }
      gboolean said = archive_error_string (a) != NULL;
      g_autofree char *why = g_strdup (said ? archive_error_string (a) : g_strerror (errno));
      archive_read_free (a);
      /* a compressed archive cut short within its first 64 KiB: the members
       * before the cut read from memory, the damage said after them */
      a = np_archive_open_salvaged (path);
      if (a == NULL)
        {
          g_set_error (error, NP_READER_ERROR, NP_READER_ERROR_IO, "%s: cannot open archive: %s", path, why);
          return NULL;
        }
      /* libarchive may say nothing of a stream that ends early */
      damage = said ? g_steal_pointer (&why) : g_strdup ("the compressed stream ends early");
    }
  Frame *f = g_new0 (Frame, 1);
  f->kind = FRAME_ARCHIVE;
  f->path = g_strdup (path);
  f->archive = a;
  f->salvaged = damage != NULL;
  f->damage = damage;
  return f;
}

static NpUnit *
archive_failure (NpSourceIter *it, Frame *f, const char *member)
{
  /* a salvaged archive's end is where its damage was */
  const char *msg = f->damage ? f->damage : archive_error_string (f->archive);
  NpUnit *u;
  if (member)
    u = np_source_error_unit (it, NULL, "%s!%s: truncated or corrupt archive: %s", f->path, member,
                    msg ? msg : "read error");
  else if (f->last_member)
    u = np_source_error_unit (it, NULL, "%s: truncated or corrupt archive after member %s: %s", f->path, f->last_member,
                    msg ? msg : "read error");
  else
    u = np_source_error_unit (it, NULL, "%s: truncated or corrupt archive: %s", f->path, msg ? msg : "read error");
  u->source = member ? g_strconcat (f->path, "!", member, NULL) : g_strdup (f->path);
  np_source_pop_frame (it);
  return u;
}

/* The archive member u (its bytes read) opened as a frame of its own:
 * NULL, the frame pushed and u's number given back; or u, failed, when
 * its bytes are no archive */
static NpUnit *
open_nested (NpSourceIter *it, Frame *f, NpUnit *u)
{
  struct archive *a = np_archive_reader_new ();
  gsize len;
  const void *data = g_bytes_get_data (u->bytes, &len);
  char *damage = NULL;
  if (archive_read_open_memory (a, data, len) != ARCHIVE_OK)
    {
      const char *why = archive_error_string (a) ? archive_error_string (a) : "unknown format";
      /* a compressed archive cut short early, inside another: its members
       * before the cut */
      struct archive *salvaged = np_archive_open_salvaged_memory (data, len);
      if (salvaged)
        damage = g_strdup (why);
      else
        u->error = g_error_new (NP_READER_ERROR, NP_READER_ERROR_IO, "%s: cannot open archive: %s", u->source, why);
      archive_read_free (a);
      a = salvaged;
    }
  if (a == NULL)
    {
      g_clear_pointer (&u->bytes, g_bytes_unref);
      /* a failed unit keeps its number, in every shard */
      if (np_source_in_shard (it, u->source))
        return u;
      np_unit_free (u);
      return NULL;
    }
  Frame *inner = g_new0 (Frame, 1);
  inner->kind = FRAME_ARCHIVE;
  inner->path = g_strdup (u->source);
  inner->archive = a;
  inner->salvaged = damage != NULL;
  inner->damage = damage;
  inner->data = g_bytes_ref (u->bytes);
  inner->depth = f->depth + 1;
  np_unit_free (u);
  it->seq--; /* the inner archive's members take the numbers, in every shard */
  g_ptr_array_add (it->stack, inner);
  return NULL;
}

/* An archive (on disk, or inside another) damaged past what libarchive
 * opened (it hands out what it inflates in blocks of 64 KiB, and drops
 * the block the damage falls in): read again through the format's own
 * decoder (salvage.c), from its entry skip on (the headers read become
 * skip), the damage kept to be said where the decoded text ends.  FALSE
 * when it cannot be (the frame is left as it was). */
static gboolean
resalvage (NpSourceIter *it, Frame *f, guint skip)
{
  if (f->salvaged)
    return FALSE;
  /* an archive inside another is read from its bytes, which the frame keeps */
  struct archive *a = f->data ? np_archive_open_salvaged_memory (g_bytes_get_data (f->data, NULL),
                                                                 g_bytes_get_size (f->data))
                              : np_archive_open_salvaged (f->path);
  if (a == NULL)
    return FALSE;
  for (guint k = 0; k < skip; k++)
    {
      struct archive_entry *e;
      if (archive_read_next_header (a, &e) < ARCHIVE_WARN)
        {
          archive_read_free (a);
          return FALSE;
        }
    }
  const char *why = archive_error_string (f->archive);
  f->damage = g_strdup (why ? why : "the compressed stream ends early");
  if (f->data == NULL) /* an inner archive's bytes are counted in the outer's */
    it->archive_bytes_done += (guint64) MAX (archive_filter_bytes (f->archive, -1), 0);
  archive_read_free (f->archive);
  f->archive = a;
  f->salvaged = TRUE;
  f->headers = skip;
  return TRUE;
}

NpUnit *
np_source_next_in_archive (NpSourceIter *it, Frame *f)
{
  for (;;)
    {
      struct archive_entry *e;
      int r = archive_read_next_header (f->archive, &e);
      if (r == ARCHIVE_EOF && f->damage)
        return archive_failure (it, f, NULL);
      if (r == ARCHIVE_EOF)
        {
          np_source_pop_frame (it);
          return NULL;
        }
      if (r < ARCHIVE_WARN)
        {
          if (resalvage (it, f, f->headers))
            continue;
          return archive_failure (it, f, NULL);
        }
      f->headers++;
      if (!np_archive_entry_is_file (e))
        continue;
      const char *name = np_archive_member_name (e);
      if (!name)
        continue; /* no name to give the document */
      const char *base = strrchr (name, '/');
      base = base ? base + 1 : name;
      /* an archive inside the archive (monthly zips in a yearly tarball):
       * its notes are read as members of their own, outer!inner!path */
      /* a list's mailbox (`2024-03.txt.gz`, `list.mbox`) is taken beside
       * the notes' names, as in a directory, and read in every shard, as
       * its messages are numbered and sharded one by one */
      gboolean mailbox_name = np_source_mbox_name (base);
      gboolean globbed = np_source_matches_any (it->include, base, name) || web_page (it, f, base);
      gboolean taken = globbed || (it->default_include && mailbox_name);
      gboolean nested = !taken && np_source_is_archive_name (base);
      gboolean mailbox = taken && mailbox_name;
      if ((!nested && !taken) || np_source_member_excluded (it, name))
        continue;
      g_free (f->last_member);
      f->last_member = g_strdup (name);
      NpUnit *u = np_source_unit_new (it, NP_UNIT_MEMBER, g_strconcat (f->path, "!", name, NULL));
      if (nested && f->depth + 1 >= NP_SOURCE_MAX_NESTING)
        {
          u->error = g_error_new (NP_READER_ERROR, NP_READER_ERROR_IO, "%s: an archive inside %u others, not read",
                                  u->source, f->depth + 1);
          if (!np_source_in_shard (it, u->source))
            g_clear_pointer (&u, np_unit_free);
          if (archive_read_data_skip (f->archive) < ARCHIVE_WARN)
            {
              if (u)
                np_unit_free (u);
              np_source_pop_frame (it);
              return NULL;
            }
          if (u)
            return u;
          continue;
        }
      if (!nested && !mailbox && !np_source_in_shard (it, u->source))
        {
          np_unit_free (u);
          /* Skip its data now: damage inside it is that member's failure,
           * which its own shard reports (as a single run would), while
           * damage in the next header is the archive's.  Damage libarchive
           * meets a block before the cut is skipped in the salvaged copy,
           * as a single run reads the member there. */
          if (archive_read_data_skip (f->archive) < ARCHIVE_WARN)
            {
              if (resalvage (it, f, f->headers - 1))
                {
                  it->seq--; /* the member's number, given again */
                  continue;
                }
              np_source_pop_frame (it);
              return NULL;
            }
          continue;
        }
      u->mtime = archive_entry_mtime_is_set (e) ? np_source_mtime_ns (archive_entry_mtime (e), archive_entry_mtime_nsec (e))
                                                : 0;
      gint64 declared = archive_entry_size_is_set (e) ? archive_entry_size (e) : -1;
      if (declared > 0 && (guint64) declared > np_source_max_bytes (it))
        {
          u->size = declared;
          u->error = g_error_new (NP_READER_ERROR, NP_READER_ERROR_TOO_LARGE,
                                  "%s: %" G_GINT64_FORMAT " bytes is over the limit of %zu (see --max-bytes)",
                                  u->source, declared, np_source_max_bytes (it));
          return u;
        }
      GByteArray *buf = g_byte_array_sized_new (declared > 0 ? (guint) declared : 4096);
      char chunk[65536];
      gboolean again = FALSE; /* the member read again from a salvaged copy */
      for (;;)
        {
          la_ssize_t n = archive_read_data (f->archive, chunk, sizeof chunk);
          if (n == 0)
            break;
          if (n < 0 && n != ARCHIVE_WARN)
            {
              g_byte_array_unref (buf);
              g_autofree char *member = g_strdup (name);
              np_unit_free (u);
              it->seq--; /* the failure, or the member read again, takes this unit's place */
              if (resalvage (it, f, f->headers - 1))
                {
                  again = TRUE;
                  break;
                }
              return archive_failure (it, f, member);
            }
          if (n > 0)
            g_byte_array_append (buf, (const guint8 *) chunk, n);
          if (buf->len > np_source_max_bytes (it))
            break;
          /* a member is the size its header declares: libarchive's xar
           * reader goes on into the next member's data (3.6.2) */
          if (declared >= 0 && buf->len >= (guint64) declared)
            {
              g_byte_array_set_size (buf, (guint) declared);
              break;
            }
        }
      if (again)
        continue; /* name went with the archive read before */
      if (buf->len > np_source_max_bytes (it))
        {
          /* no size in the header (a streamed zip member): the limit holds
           * all the same, never a silently cut document */
          u->size = buf->len;
          g_byte_array_unref (buf);
          u->error = g_error_new (NP_READER_ERROR, NP_READER_ERROR_TOO_LARGE,
                                  "%s: over the limit of %zu bytes (see --max-bytes)", u->source, np_source_max_bytes (it));
          return u;
        }
      if (declared >= 0 && buf->len < (guint64) declared)
        {
          g_byte_array_unref (buf);
          g_autofree char *member = g_strdup (name);
          np_unit_free (u);
          it->seq--;
          if (resalvage (it, f, f->headers - 1))
            continue;
          return archive_failure (it, f, member);
        }
      if (!np_archive_web_body (f->archive, buf))
        {
          /* a web archive's redirect, error page or medium: no note (its
           * position stays given, as every shard counts it) */
          g_byte_array_unref (buf);
          np_unit_free (u);
          it->passed_over++;
          continue;
        }
      u->size = buf->len;
      u->bytes = g_byte_array_free_to_bytes (buf);
      if (nested)
        return open_nested (it, f, u);
      if (mailbox)
        {
          if (np_source_mbox_sniff_bytes (base, u->bytes))
            {
              Frame *inner = np_source_mbox_frame_bytes (u->source, u->bytes, u->mtime);
              if (inner)
                {
                  np_unit_free (u);
                  it->seq--; /* its messages take the numbers, in every shard */
                  g_ptr_array_add (it->stack, inner);
                  return NULL;
                }
            }
          if (!globbed || !np_source_in_shard (it, u->source))
            {
              /* no mailbox: a note when the globs take it, in its shard */
              np_unit_free (u);
              continue;
            }
        }
      return u;
    }
}
