/* archive-read.c: archives read with libarchive: the reader the batch sources
 * open archives with, and the members of an archive looked up by name
 * for plugins (a roster kept in the archive beside its notes). */
#include "config.h"

#include <archive_entry.h>
#include <errno.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "archive-read.h"
#include "salvage.h"
#include "notepipe/notepipe.h"

struct archive *
np_archive_reader_new (void)
{
  struct archive *a = archive_read_new ();
  archive_read_support_filter_all (a);
  archive_read_support_format_tar (a);
  archive_read_support_format_gnutar (a);
  archive_read_support_format_zip (a);
  archive_read_support_format_7zip (a);
  archive_read_support_format_cpio (a);
  archive_read_support_format_rar (a);
  archive_read_support_format_rar5 (a);
  archive_read_support_format_xar (a);
  archive_read_support_format_cab (a);
  archive_read_support_format_lha (a);
  archive_read_support_format_iso9660 (a);
  archive_read_support_format_ar (a);
  archive_read_support_format_warc (a);
  return a;
}

gboolean
np_archive_entry_is_file (struct archive_entry *e)
{
  return archive_entry_filetype (e) == AE_IFREG
         || (archive_entry_filetype (e) == 0 && !archive_entry_hardlink (e) && !archive_entry_symlink (e));
}

const char *
np_archive_member_name (struct archive_entry *e)
{
  const char *name = archive_entry_pathname_utf8 (e);
  if (!name)
    name = archive_entry_pathname (e);
  if (!name)
    return NULL;
  while (name[0] == '.' && name[1] == '/')
    name += 2;
  return name[0] ? name : NULL;
}

/* One line of an HTTP head from p (before end): its end, and the start
 * of the next line in *next; NULL when no line ends before end */
static const char *
http_line (const char *p, const char *end, const char **next)
{
  const char *nl = memchr (p, '\n', end - p);
  if (nl == NULL)
    return NULL;
  *next = nl + 1;
  return nl > p && nl[-1] == '\r' ? nl - 1 : nl;
}

/* The chunks of a body sent in them (RFC 9112 7.1), joined: the size in
 * hex on its line (extensions after ';' ignored), the data, its line
 * end; up to the last chunk (size 0) or, damaged, as far as they go */
static void
http_unchunk (GByteArray *buf, gsize from)
{
  const char *p = (const char *) buf->data + from, *end = (const char *) buf->data + buf->len;
  GByteArray *out = g_byte_array_new ();
  for (;;)
    {
      const char *next, *le = http_line (p, end, &next);
      if (le == NULL || !g_ascii_isxdigit (*p))
        break;
      guint64 size = g_ascii_strtoull (p, NULL, 16);
      if (size == 0 || size > (guint64) (end - next))
        {
          if (size > 0) /* the last chunk cut short: what it holds */
            g_byte_array_append (out, (const guint8 *) next, end - next);
          break;
        }
      g_byte_array_append (out, (const guint8 *) next, (guint) size);
      p = next + size;
      if (p < end && *p == '\r')
        p++;
      if (p < end && *p == '\n')
        p++;
    }
  g_byte_array_set_size (buf, 0);
  g_byte_array_append (buf, out->data, out->len);
  g_byte_array_unref (out);
}

/* Is the media type of a Content-Type value (from p to end) one of a
 * page's parts that hold no notes: images, sound, video, fonts, style
 * sheets, scripts, data?  Any other (text, HTML, a Word document, one
 * with no type) may be a note. */
static gboolean
web_media_no_text (const char *p, const char *end)
{
  while (p < end && (*p == ' ' || *p == '\t'))
    p++;
  static const char *const parts[] = { "image/",           "audio/",           "video/",
                                       "font/",            "text/css",         "text/javascript",
                                       "application/javascript", "application/x-javascript", "application/json",
                                       "application/manifest+json", "application/wasm", "application/font",
                                       NULL };
  for (const char *const *m = parts; *m; m++)
    {
      gsize n = strlen (*m);
      if ((gsize) (end - p) >= n && g_ascii_strncasecmp (p, *m, n) == 0)
        return TRUE;
    }
  return FALSE;
}

gboolean
np_archive_web_body (struct archive *a, GByteArray *buf)
{
  if (archive_format (a) != ARCHIVE_FORMAT_WARC || buf->len < 12 || memcmp (buf->data, "HTTP/", 5) != 0)
    return TRUE;
  const char *start = (const char *) buf->data, *end = start + buf->len, *next;
  const char *le = http_line (start, end, &next);
  if (le == NULL)
    return FALSE; /* a status line and nothing after it */
  const char *code = memchr (start, ' ', le - start);
  if (code == NULL || code + 4 > le || code[1] != '2')
    return FALSE; /* a redirect, an error page: no note */
  gboolean chunked = FALSE, text = TRUE;
  for (const char *p = next; (le = http_line (p, end, &next)) != NULL; p = next)
    {
      if (le == p) /* the blank line after the head: the body follows */
        {
          if (!text)
            return FALSE;
          gsize body = next - start;
          if (chunked)
            http_unchunk (buf, body);
          else
            g_byte_array_remove_range (buf, 0, (guint) body);
          return TRUE;
        }
      static const char te[] = "transfer-encoding:";
      if ((gsize) (le - p) > sizeof te - 1 && g_ascii_strncasecmp (p, te, sizeof te - 1) == 0)
        {
          g_autofree char *value = g_ascii_strdown (p + sizeof te - 1, le - p - (sizeof te - 1));
          chunked = strstr (value, "chunked") != NULL;
        }
      static const char ct[] = "content-type:";
      if ((gsize) (le - p) > sizeof ct - 1 && g_ascii_strncasecmp (p, ct, sizeof ct - 1) == 0)
        text = !web_media_no_text (p + sizeof ct - 1, le);
    }
  return FALSE; /* a head with no end: no body */
}

/* The member's bytes, at most max; NULL when it holds more, or with an
 * error when its data are damaged */
static GBytes *
read_member (struct archive *a, const char *archive, const char *name, gsize max, GError **error)
{
  GByteArray *buf = g_byte_array_new ();
  char chunk[16384];
  for (;;)
    {
      la_ssize_t n = archive_read_data (a, chunk, sizeof chunk);
      if (n == 0)
        break;
      if (n < 0 && n != ARCHIVE_WARN)
        {
          g_set_error (error, NP_READER_ERROR, NP_READER_ERROR_IO, "%s!%s: truncated or corrupt archive: %s", archive,
                       name, archive_error_string (a) ? archive_error_string (a) : "read error");
          g_byte_array_unref (buf);
          return NULL;
        }
      if (n > 0)
        g_byte_array_append (buf, (const guint8 *) chunk, n);
      if (buf->len > max)
        {
          g_byte_array_unref (buf);
          return NULL;
        }
    }
  if (!np_archive_web_body (a, buf))
    {
      g_byte_array_unref (buf);
      return NULL;
    }
  return g_byte_array_free_to_bytes (buf);
}

static la_ssize_t
salvage_read (struct archive *a, void *data, const void **buf)
{
  return np_salvage_read (data, buf);
}

static int
salvage_close (struct archive *a, void *data)
{
  np_salvage_close (data);
  return ARCHIVE_OK;
}

static struct archive *
open_salvage (NpSalvage *s)
{
  if (s == NULL)
    return NULL;
  struct archive *a = np_archive_reader_new ();
  /* libarchive calls salvage_close() whether the open succeeds or not */
  if (archive_read_open (a, s, NULL, salvage_read, salvage_close) == ARCHIVE_OK)
    return a;
  archive_read_free (a);
  return NULL;
}

struct archive *
np_archive_open_salvaged (const char *path)
{
  return open_salvage (np_salvage_open (path));
}

struct archive *
np_archive_open_salvaged_memory (const void *data, gsize len)
{
  return open_salvage (np_salvage_open_memory (data, len));
}

/* The members of a (an archive, named archive in errors) whose base
 * name is one of names, at most max_bytes each, into found (kept there:
 * one already found is not read again); *late set at the damage */
static void
scan_named (struct archive *a, const char *archive, const char *const *names, gsize max_bytes, GHashTable *found,
            GError **late)
{
  for (;;)
    {
      struct archive_entry *e;
      int r = archive_read_next_header (a, &e);
      if (r == ARCHIVE_EOF)
        break;
      if (r < ARCHIVE_WARN)
        {
          g_set_error (late, NP_READER_ERROR, NP_READER_ERROR_IO, "%s: truncated or corrupt archive: %s", archive,
                       archive_error_string (a) ? archive_error_string (a) : "read error");
          break;
        }
      if (!np_archive_entry_is_file (e))
        continue;
      const char *name = np_archive_member_name (e);
      const char *base = name ? strrchr (name, '/') : NULL;
      base = base ? base + 1 : name;
      if (name == NULL || names == NULL || !g_strv_contains (names, base) || g_hash_table_contains (found, name)
          || (archive_entry_size_is_set (e) && (guint64) archive_entry_size (e) > max_bytes))
        continue;
      /* a member cut short is left out, with the damage said */
      GBytes *bytes = read_member (a, archive, name, max_bytes, late);
      if (*late)
        break;
      if (bytes)
        g_hash_table_insert (found, g_strdup (name), bytes);
    }
}

GHashTable *
np_archive_read_named_salvaged (const char *archive, const char *const *names, gsize max_bytes, GError **damage)
{
  struct archive *a = np_archive_reader_new ();
  gboolean salvaged = FALSE;
  GError *opened = NULL, *late = NULL;
  if (archive_read_open_filename (a, archive, 1 << 16) != ARCHIVE_OK)
    {
      g_set_error (&opened, NP_READER_ERROR, NP_READER_ERROR_IO, "%s: cannot open archive: %s", archive,
                   archive_error_string (a) ? archive_error_string (a) : g_strerror (errno));
      archive_read_free (a);
      /* a compressed archive cut short early: its members before the cut */
      a = np_archive_open_salvaged (archive);
      if (a == NULL)
        {
          g_propagate_error (damage, opened);
          return NULL;
        }
      salvaged = TRUE;
    }
  GHashTable *found = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_bytes_unref);
  scan_named (a, archive, names, max_bytes, found, &late);
  archive_read_free (a);
  /* damaged past what libarchive opened: the members its last block of
   * 64 KiB held whole, up to the cut, decoded again here */
  if (late && !salvaged)
    {
      a = np_archive_open_salvaged (archive);
      if (a)
        {
          GError *again = NULL;
          scan_named (a, archive, names, max_bytes, found, &again);
          g_clear_error (&again); /* the same damage, said once */
          archive_read_free (a);
        }
    }
  /* the first damage met is the one said */
  if (opened)
    {
      g_propagate_error (damage, opened);
      g_clear_error (&late);
    }
  else if (late)
    g_propagate_error (damage, late);
  return found;
}

GHashTable *
np_archive_read_named (const char *archive, const char *const *names, gsize max_bytes, GError **error)
{
  GError *damage = NULL;
  GHashTable *found = np_archive_read_named_salvaged (archive, names, max_bytes, &damage);
  if (damage)
    {
      g_propagate_error (error, damage);
      g_clear_pointer (&found, g_hash_table_unref);
    }
  return found;
}
