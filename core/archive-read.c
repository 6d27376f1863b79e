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
