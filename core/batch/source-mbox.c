/* source-mbox.c: a mailbox (mbox) as a batch input, each message a
 * document.  Mailing lists keep their archives so: minutes sent to a list
 * end up in a month's mbox (`2024-March.txt.gz` as Mailman's pipermail
 * writes them, `list.mbox` as a mail client exports them).  Read as one
 * note, a month is every message's header and text run together; read
 * here, each message is a unit of its own, named `FILE:LINE` after the
 * line its envelope stands on (as --lines names `FILE:N`), which the
 * readers take as the saved mail it is (its Subject the title, its Date
 * the date, its MIME parts decoded).
 *
 * A message starts at an envelope line, `From sender date` (`From
 * alice@example.org Tue Mar  5 10:00:00 2024`; pipermail writes `alice at
 * example.org`), at the start of the file or after a blank line; mbox
 * escapes a body line starting with "From " as ">From ", and ">From "
 * lines lose one '>' here (mboxrd).  The file may be compressed (gzip, xz,
 * bzip2, zstd, lzip), and is read as a stream, one message held at a
 * time: a mailbox of any size in bounded memory.  A message over
 * --max-bytes fails alone; a compressed mailbox cut short gives its
 * messages up to the cut, and the message cut fails, naming the damage.
 * A mailbox inside an archive (a year's tarball of a list's months) is
 * read from the member's bytes, its messages named `archive!member:LINE`. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "../compressed.h"
#include "../salvage.h"
#include "source-private.h"

#define CHUNK 65536

/* Is the line an mbox envelope: "From ", the sender (one word, or
 * pipermail's "alice at example.org"), then a date with a time
 * ("Tue Mar  5 10:00:00 2024")? */
static gboolean
envelope (const char *s, gsize len)
{
  if (len < 20 || memcmp (s, "From ", 5) != 0 || s[5] == ' ')
    return FALSE;
  static const char *const days[] = { "Mon ", "Tue ", "Wed ", "Thu ", "Fri ", "Sat ", "Sun " };
  const char *e = s + len, *day = NULL;
  for (const char *p = s + 6; p + 4 <= e && !day; p++)
    if (p[-1] == ' ')
      for (guint d = 0; d < G_N_ELEMENTS (days) && !day; d++)
        if (memcmp (p, days[d], 4) == 0)
          day = p;
  if (day == NULL)
    return FALSE;
  for (const char *p = day; p + 5 <= e; p++)
    if (g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) && p[2] == ':' && g_ascii_isdigit (p[3])
        && g_ascii_isdigit (p[4]))
      return TRUE;
  return FALSE;
}

/* Is the line a header field, "Name: value" (the name printable ASCII
 * without spaces)? */
static gboolean
header_field (const char *s, gsize len)
{
  gsize i = 0;
  while (i < len && s[i] > ' ' && s[i] < 127 && s[i] != ':')
    i++;
  return i > 0 && i < len && s[i] == ':';
}

/* The mailbox's bytes, decoded when compressed, CHUNK at a time: from a
 * file, or from memory (an archive's member) */
typedef struct
{
  FILE *file;
  NpSalvage *salvage;
  char *chunk;
  GBytes *bytes; /* in memory: the member, kept while it is read */
  gboolean given; /* in memory, not compressed: handed out whole */
} MboxIn;

static gssize
mbox_in_read (MboxIn *in, const char **buf)
{
  if (in->salvage)
    return np_salvage_read (in->salvage, (const void **) buf);
  if (in->bytes)
    {
      gsize len = 0;
      *buf = in->given ? NULL : g_bytes_get_data (in->bytes, &len);
      in->given = TRUE;
      return (gssize) len;
    }
  size_t n = fread (in->chunk, 1, CHUNK, in->file);
  *buf = in->chunk;
  return n == 0 && ferror (in->file) ? -1 : (gssize) n;
}

static void
mbox_in_close (MboxIn *in)
{
  if (in->salvage)
    np_salvage_close (in->salvage);
  if (in->file)
    fclose (in->file);
  if (in->bytes)
    g_bytes_unref (in->bytes);
  g_free (in->chunk);
  g_free (in);
}

static MboxIn *
mbox_in_open_bytes (GBytes *bytes)
{
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  MboxIn *in = g_new0 (MboxIn, 1);
  in->bytes = g_bytes_ref (bytes);
  if (np_compressed_magic (data, len) && (in->salvage = np_salvage_open_memory (data, len)) == NULL)
    {
      mbox_in_close (in);
      return NULL;
    }
  return in;
}

static MboxIn *
mbox_in_open (const char *path)
{
  FILE *file = fopen (path, "rb");
  if (file == NULL)
    return NULL;
  MboxIn *in = g_new0 (MboxIn, 1);
  char head[8];
  size_t n = fread (head, 1, sizeof head, file);
  if (np_compressed_magic (head, n))
    {
      fclose (file);
      in->salvage = np_salvage_open (path);
      if (in->salvage == NULL)
        {
          g_free (in);
          return NULL;
        }
      return in;
    }
  rewind (file);
  in->file = file;
  in->chunk = g_malloc (CHUNK);
  return in;
}

struct _NpMbox
{
  MboxIn *in;
  GByteArray *pending; /* bytes read and not yet split into lines */
  gsize pos;           /* of the next line in pending */
  gboolean eof;
  gboolean failed; /* a read error */
  guint64 line;    /* lines handed out */
};

/* The next line (without its end, CR LF or LF), valid until the next
 * call; FALSE at the end */
static gboolean
next_line (NpMbox *m, const char **s, gsize *len)
{
  for (;;)
    {
      const char *start = (const char *) m->pending->data + m->pos;
      gsize avail = m->pending->len - m->pos;
      const char *nl = memchr (start, '\n', avail);
      if (nl || (m->eof && avail > 0))
        {
          gsize n = nl ? (gsize) (nl - start) : avail;
          m->pos += nl ? n + 1 : n;
          *s = start;
          *len = n > 0 && start[n - 1] == '\r' ? n - 1 : n;
          m->line++;
          return TRUE;
        }
      if (m->eof)
        return FALSE;
      /* refill: keep the line begun, drop what was handed out */
      g_byte_array_remove_range (m->pending, 0, (guint) m->pos);
      m->pos = 0;
      const char *buf;
      gssize got = mbox_in_read (m->in, &buf);
      if (got < 0)
        m->failed = TRUE;
      if (got <= 0)
        m->eof = TRUE;
      else
        g_byte_array_append (m->pending, (const guint8 *) buf, (guint) got);
    }
}

static NpMbox *
mbox_new (MboxIn *in)
{
  if (in == NULL)
    return NULL;
  NpMbox *m = g_new0 (NpMbox, 1);
  m->in = in;
  m->pending = g_byte_array_sized_new (CHUNK); /* data never NULL */
  return m;
}

NpMbox *
np_mbox_open (const char *path)
{
  return mbox_new (mbox_in_open (path));
}

void
np_mbox_close (NpMbox *m)
{
  if (m == NULL)
    return;
  mbox_in_close (m->in);
  g_byte_array_unref (m->pending);
  g_free (m);
}

gboolean
np_source_mbox_name (const char *path)
{
  /* only a name a list's archive may have: the notes' own names (.md
   * and the others) are never opened as mailboxes */
  const char *base = np_source_base_name (path);
  g_autofree char *bare = np_compressed_bare_name (base);
  const char *name = bare ? bare : base;
  gsize n = strlen (name);
  return (n > 5 && g_ascii_strcasecmp (name + n - 5, ".mbox") == 0)
         || (n > 4 && (g_ascii_strcasecmp (name + n - 4, ".mbx") == 0 || g_ascii_strcasecmp (name + n - 4, ".txt") == 0));
}

/* Does the mailbox m (then closed) open with an envelope over a header
 * field? */
static gboolean
mbox_opens (NpMbox *m)
{
  if (m == NULL)
    return FALSE;
  const char *s;
  gsize len;
  gboolean found = next_line (m, &s, &len) && envelope (s, len) && next_line (m, &s, &len) && header_field (s, len);
  np_mbox_close (m);
  return found;
}

/* The first lines of a mailbox's text fit in this many bytes: a plain
 * file is asked of its head alone, as every *.txt note of a walk is */
#define SNIFF_HEAD 1024

gboolean
np_source_mbox_sniff (const char *path)
{
  if (!np_source_mbox_name (path))
    return FALSE;
  FILE *file = fopen (path, "rb");
  if (file == NULL)
    return FALSE;
  char *head = g_malloc (SNIFF_HEAD);
  gsize n = fread (head, 1, SNIFF_HEAD, file);
  fclose (file);
  g_autoptr (GBytes) bytes = g_bytes_new_take (head, n);
  /* a compressed one is decoded from its start, as far as its first lines */
  return mbox_opens (np_compressed_magic (head, n) ? np_mbox_open (path) : mbox_new (mbox_in_open_bytes (bytes)));
}

gboolean
np_source_is_mailbox_path (const char *path)
{
  return g_file_test (path, G_FILE_TEST_IS_REGULAR) && np_source_mbox_sniff (path);
}

gboolean
np_source_mbox_sniff_bytes (const char *name, GBytes *bytes)
{
  return np_source_mbox_name (name) && mbox_opens (mbox_new (mbox_in_open_bytes (bytes)));
}

/* A frame reading m, its messages named source:LINE */
static Frame *
mbox_frame (const char *source, NpMbox *m, gint64 mtime)
{
  Frame *f = g_new0 (Frame, 1);
  f->kind = FRAME_MBOX;
  f->path = g_strdup (source);
  f->mbox = m;
  f->mtime = mtime;
  /* the first line is the first envelope (the sniff saw it) */
  const char *s;
  gsize len;
  if (next_line (m, &s, &len))
    f->line = m->line;
  return f;
}

Frame *
np_source_mbox_frame (const char *path, GError **error)
{
  NpMbox *m = np_mbox_open (path);
  if (m == NULL)
    {
      int e = errno;
      g_set_error (error, NP_READER_ERROR, NP_READER_ERROR_IO, "%s: cannot open: %s", path, g_strerror (e ? e : EIO));
      return NULL;
    }
  struct stat st;
  gint64 mtime = stat (path, &st) == 0 ? np_source_mtime_ns (st.st_mtim.tv_sec, st.st_mtim.tv_nsec) : 0;
  return mbox_frame (path, m, mtime);
}

Frame *
np_source_mbox_frame_bytes (const char *source, GBytes *bytes, gint64 mtime)
{
  NpMbox *m = mbox_new (mbox_in_open_bytes (bytes));
  return m ? mbox_frame (source, m, mtime) : NULL;
}

NpUnit *
np_source_next_in_mbox (NpSourceIter *it, Frame *f)
{
  NpMbox *m = f->mbox;
  if (f->line == 0)
    {
      /* a read error before any message is the mailbox's */
      g_autofree char *failed = m->failed && m->line == 0 ? g_strdup (f->path) : NULL;
      np_source_pop_frame (it);
      return failed ? np_source_error_unit (it, failed, "%s: read error", failed) : NULL;
    }
  /* the message whose envelope stands on line f->line, up to the next
   * envelope after a blank line or the end */
  guint64 at = f->line;
  f->line = 0;
  NpUnit *u = np_source_unit_new (it, NP_UNIT_MEMBER, g_strdup_printf ("%s:%" G_GUINT64_FORMAT, f->path, at));
  gboolean in_shard = np_source_in_shard (it, u->source), keep = in_shard && !it->count_only;
  GByteArray *msg = keep ? g_byte_array_new () : NULL;
  gsize max = np_source_max_bytes (it), size = 0;
  gboolean blank = FALSE;
  const char *s;
  gsize len;
  while (next_line (m, &s, &len))
    {
      if (blank && envelope (s, len))
        {
          f->line = m->line;
          break;
        }
      blank = len == 0;
      /* mboxrd: ">From " in a body was "From " */
      gsize skip = 0;
      while (skip < len && s[skip] == '>')
        skip++;
      if (skip > 0 && len - skip >= 5 && memcmp (s + skip, "From ", 5) == 0)
        skip = 1;
      else
        skip = 0;
      size += len - skip + 1;
      if (msg && size <= max)
        {
          g_byte_array_append (msg, (const guint8 *) s + skip, (guint) (len - skip));
          g_byte_array_append (msg, (const guint8 *) "\n", 1);
        }
    }
  u->size = size;
  u->mtime = f->mtime;
  if (m->failed && f->line == 0)
    u->error = g_error_new (NP_READER_ERROR, NP_READER_ERROR_IO, "%s: read error in the message", u->source);
  else if (f->line == 0 && m->in->salvage && np_salvage_damaged (m->in->salvage))
    u->error = g_error_new (NP_READER_ERROR, NP_READER_ERROR_IO,
                            "%s: truncated or corrupt compressed data: the mailbox ends inside this message",
                            u->source);
  else if (size > max)
    u->error = g_error_new (NP_READER_ERROR, NP_READER_ERROR_TOO_LARGE,
                            "%s: over the limit of %zu bytes (see --max-bytes)", u->source, max);
  if (msg && !u->error)
    u->bytes = g_byte_array_free_to_bytes (msg);
  else if (msg)
    g_byte_array_unref (msg);
  if (!in_shard)
    {
      np_unit_free (u);
      return NULL;
    }
  return u;
}
