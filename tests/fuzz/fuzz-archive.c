/* fuzz-archive.c: libFuzzer target for the batch archive walker
 * (core/batch/source.c).  The input bytes are an archive: they are written
 * to a file named *.tar (source.c picks archives by name; libarchive then
 * detects the real format and compression from the bytes, so tar, tar.gz,
 * tar.xz, tar.bz2, zip and WARC all go through the same name), or to one
 * named *.mbox when it opens with "From " (a mailbox, source-mbox.c, its
 * messages named input.mbox:LINE), and every unit is
 * taken from an NpSourceIter, once whole and once as shard 1 of 2 (which
 * skips the other shard's members instead of reading them).  Each member
 * read is fed to the reader.
 *
 * Checked beyond sanitizer reports: units come with consecutive sequence
 * numbers (but for a web archive's pages passed over as no notes) and a
 * source below the archive; a unit without an error is a
 * member whose bytes exist and keep within --max-bytes; every document the
 * reader accepts keeps the model's invariants.  Limits keep a decompression
 * bomb bounded: 1 MiB per member and 256 units per pass. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "batch.h"
#include "fuzz-read.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

#define FUZZ_MAX_BYTES ((gsize) 1 << 20)
#define FUZZ_MAX_UNITS 256

static char *tmp_dir;
static char *archive_path;
static char *mbox_path;

static void
remove_tmp (void)
{
  g_unlink (archive_path);
  g_unlink (mbox_path);
  g_rmdir (tmp_dir);
  g_free (archive_path);
  g_free (mbox_path);
  g_free (tmp_dir);
}

static void
fail (const char *what, const NpUnit *u)
{
  fprintf (stderr, "fuzz-archive: %s (unit %s)\n", what, u->source ? u->source : "(null)");
  abort ();
}

static void
read_member (const NpUnit *u)
{
  NpReadOptions ro = { .max_bytes = FUZZ_MAX_BYTES, .max_item_tokens = 10000 };
  gsize len;
  const char *bytes = g_bytes_get_data (u->bytes, &len);
  fuzz_read_checked (u->source, bytes, len, &ro, FALSE, FALSE);
}

static void
walk (const char *path, guint shard_index, guint shard_count)
{
  /* a mailbox's messages are path:LINE, an archive's members path!NAME */
  gboolean mbox = path == mbox_path;
  /* every member, so that every kind of name reaches the read path; the
   * excludes exercise the pruning of members below excluded directories */
  char *include[] = { "*", NULL };
  char *exclude[] = { "*.skip", "tmp", NULL };
  NpSourceOptions so = { .include = include, .exclude = exclude, .max_bytes = FUZZ_MAX_BYTES,
                         .shard_index = shard_index, .shard_count = shard_count };
  NpSourceIter *it = np_source_iter_new (&so);
  np_source_iter_add_path (it, path);
  gsize prefix = strlen (path);
  guint64 last_seq = 0;
  NpUnit *u;
  for (guint n = 0; n < FUZZ_MAX_UNITS && (u = np_source_iter_next (it)); n++)
    {
      if (!u->source || strncmp (u->source, path, prefix) != 0
          || (u->source[prefix] != '\0' && u->source[prefix] != (mbox ? ':' : '!')))
        fail ("source not below the archive", u);
      if (mbox && u->kind == NP_UNIT_FILE && !u->error && u->source[prefix] == '\0')
        {
          /* no mailbox after all (its envelope mutated away): one note */
          last_seq = u->seq;
          np_unit_free (u);
          continue;
        }
      /* consecutive, but for the positions that held no note */
      if (shard_count <= 1 && u->seq != n + np_source_iter_get_passed_over (it))
        fail ("sequence numbers not consecutive", u);
      if (n > 0 && u->seq <= last_seq)
        fail ("sequence numbers not increasing", u);
      last_seq = u->seq;
      if (!u->error)
        {
          if (u->kind != NP_UNIT_MEMBER || !u->bytes)
            fail ("a readable unit that is not a member with bytes", u);
          if (g_bytes_get_size (u->bytes) != u->size)
            fail ("size differs from the bytes", u);
          if (u->size > FUZZ_MAX_BYTES)
            fail ("a member over --max-bytes without an error", u);
          if (shard_count > 1 && np_source_shard_of (u->source, shard_count) != shard_index)
            fail ("a member of another shard", u);
          read_member (u);
        }
      np_unit_free (u);
    }
  (void) np_source_iter_get_archive_bytes (it);
  np_source_iter_free (it);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  if (!archive_path)
    {
      tmp_dir = g_dir_make_tmp ("np-fuzz-archive-XXXXXX", NULL);
      if (!tmp_dir)
        abort ();
      archive_path = g_build_filename (tmp_dir, "input.tar", NULL);
      mbox_path = g_build_filename (tmp_dir, "input.mbox", NULL);
      atexit (remove_tmp);
    }
  /* an input opening as a mailbox's envelope is one (no archive does) */
  const char *path = size >= 5 && memcmp (data, "From ", 5) == 0 ? mbox_path : archive_path;
  /* in place, without fsync: thousands of writes a second */
  if (!g_file_set_contents_full (path, (const char *) data, size, G_FILE_SET_CONTENTS_NONE, 0600, NULL))
    abort ();
  walk (path, 0, 0);
  walk (path, 1, 2);
  return 0;
}
