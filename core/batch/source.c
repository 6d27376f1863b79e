/* source.c: batch inputs -> a stream of units, in a deterministic order.
 *
 * Inputs are walked lazily with a stack of frames, so memory is bounded by
 * the depth and width of one directory, never by the size of the corpus:
 *  - a file named on the command line is always taken, whatever its name;
 *  - a directory is walked recursively, entries sorted bytewise (the same
 *    order on every host and locale), dot-entries and symbolic links to
 *    directories skipped, files kept when they match an include glob and no
 *    exclude glob (matched against the name and the path below the input);
 *  - an archive is read in place with libarchive in stored order; members
 *    are filtered like directory entries and named `archive!member/path`
 *    (source-archive.c).
 *    Archives are known by their name (tar, compressed with gzip, bzip2,
 *    xz, zstd, lzip, lzma, lz4 or compress; zip, 7z, cpio, rar, xar, cab,
 *    lha, ISO 9660, ar, WARC) or, for a file named on the command line whose name is
 *    not a note's, by their first bytes;
 *  - a mailbox (a list's archive, *.mbox or *.txt opening with an mbox
 *    envelope) gives one document per message, named `FILE:N` after its
 *    envelope's line (source-mbox.c);
 *  - a --files-from list gives one input per line; a --lines file gives one
 *    document per line, named `FILE:N`.
 *
 * Every unit gets the sequence number it has in the whole input, before
 * sharding, so shards of one input list number their documents the way a
 * single run would.  A problem with one input (missing, unreadable,
 * truncated archive) becomes a unit carrying the error: the run records it
 * as a failed document and goes on. */
#include "config.h"

#include <archive.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "../compressed.h"
#include "source-private.h"

/* notes, and the transcripts meeting tools export (reader-vtt.c) */
const char *const np_source_default_include[] = { "*.md",   "*.markdown", "*.txt", "*.org", "*.adoc",
                                                  "*.asciidoc", "*.wiki", "*.rst", "*.docx", "*.odt",
                                                  "*.vtt",  "*.webvtt", "*.srt", NULL };

void
np_unit_free (NpUnit *u)
{
  if (!u)
    return;
  g_free (u->source);
  g_free (u->path);
  if (u->bytes)
    g_bytes_unref (u->bytes);
  g_clear_error (&u->error);
  g_free (u);
}

guint
np_source_shard_of (const char *source, guint count)
{
  guint64 h = 0xcbf29ce484222325ull;
  for (const guchar *p = (const guchar *) source; *p; p++)
    {
      h ^= *p;
      h *= 0x100000001b3ull;
    }
  return count ? (guint) (h % count) + 1 : 1;
}

static void
frame_free (Frame *f)
{
  if (f->names)
    g_ptr_array_free (f->names, TRUE);
  if (f->archive)
    archive_read_free (f->archive);
  if (f->file && f->file != stdin)
    fclose (f->file);
  g_free (f->path);
  g_free (f->rel);
  g_free (f->last_member);
  g_free (f->damage);
  free (f->buf);
  if (f->data)
    g_bytes_unref (f->data);
  np_mbox_close (f->mbox);
  g_free (f);
}

static void
input_free (Input *in)
{
  g_free (in->value);
  g_free (in);
}

static GPtrArray *
compile_globs (char **globs, const char *const *fallback)
{
  GPtrArray *a = g_ptr_array_new_with_free_func ((GDestroyNotify) g_pattern_spec_free);
  if (globs)
    for (char **g = globs; *g; g++)
      g_ptr_array_add (a, g_pattern_spec_new (*g));
  else
    for (const char *const *g = fallback; g && *g; g++)
      g_ptr_array_add (a, g_pattern_spec_new (*g));
  return a;
}

NpSourceIter *
np_source_iter_new (const NpSourceOptions *options)
{
  NpSourceIter *it = g_new0 (NpSourceIter, 1);
  if (options)
    it->options = *options;
  it->options.include = NULL; /* not owned */
  it->options.exclude = NULL;
  it->include = compile_globs (options ? options->include : NULL, np_source_default_include);
  it->default_include = options == NULL || options->include == NULL;
  it->exclude = compile_globs (options ? options->exclude : NULL, NULL);
  g_queue_init (&it->inputs);
  it->stack = g_ptr_array_new_with_free_func ((GDestroyNotify) frame_free);
  return it;
}

void
np_source_iter_free (NpSourceIter *it)
{
  if (!it)
    return;
  g_queue_clear_full (&it->inputs, (GDestroyNotify) input_free);
  g_ptr_array_free (it->stack, TRUE);
  g_ptr_array_free (it->include, TRUE);
  g_ptr_array_free (it->exclude, TRUE);
  g_free (it);
}

static void
add_input (NpSourceIter *it, InputKind kind, const char *value)
{
  Input *in = g_new0 (Input, 1);
  in->kind = kind;
  in->value = g_strdup (value);
  g_queue_push_tail (&it->inputs, in);
}

void np_source_iter_add_path (NpSourceIter *it, const char *path) { add_input (it, INPUT_PATH, path); }
void np_source_iter_add_files_from (NpSourceIter *it, const char *list) { add_input (it, INPUT_LIST, list); }
void np_source_iter_add_lines (NpSourceIter *it, const char *file) { add_input (it, INPUT_LINES, file); }

guint64
np_source_iter_get_passed_over (const NpSourceIter *it)
{
  return it->passed_over;
}

guint64
np_source_iter_get_archive_bytes (const NpSourceIter *it)
{
  guint64 n = it->archive_bytes_done;
  for (guint i = 0; i < it->stack->len; i++)
    {
      Frame *f = g_ptr_array_index (it->stack, i);
      /* nested: counted in the outer; salvaged: decoded bytes, not the file's */
      if (f->kind == FRAME_ARCHIVE && f->archive && f->data == NULL && !f->salvaged)
        n += (guint64) MAX (archive_filter_bytes (f->archive, -1), 0);
    }
  return n;
}

static gboolean
matches_any (GPtrArray *globs, const char *name, const char *rel)
{
  for (guint i = 0; i < globs->len; i++)
    {
      GPatternSpec *p = g_ptr_array_index (globs, i);
      if (g_pattern_spec_match_string (p, name) || (rel && g_pattern_spec_match_string (p, rel)))
        return TRUE;
    }
  return FALSE;
}

/* A note compressed whole matches as the note it holds: `a.md.gz` as
 * `a.md` (and the name as it is, for a glob such as `*.gz`). */
gboolean
np_source_matches_any (GPtrArray *globs, const char *name, const char *rel)
{
  if (matches_any (globs, name, rel))
    return TRUE;
  g_autofree char *bare_name = np_compressed_bare_name (name);
  if (bare_name == NULL)
    return FALSE;
  g_autofree char *bare_rel = rel ? np_compressed_bare_name (rel) : NULL;
  return matches_any (globs, bare_name, bare_rel);
}

/* A member path is excluded when it, or any directory above it, matches an
 * exclude glob, as a directory walk would have pruned it. */
gboolean
np_source_member_excluded (NpSourceIter *it, const char *rel)
{
  if (it->exclude->len == 0)
    return FALSE;
  g_autofree char *copy = g_strdup (rel);
  for (char *p = copy; p && *p; p = strchr (p + 1, '/'))
    {
      char saved = *p;
      if (p != copy)
        *p = '\0';
      const char *base = strrchr (copy, '/');
      base = base ? base + 1 : copy;
      gboolean hit = p != copy && np_source_matches_any (it->exclude, base, copy);
      *p = saved;
      if (hit)
        return TRUE;
    }
  const char *base = strrchr (rel, '/');
  return np_source_matches_any (it->exclude, base ? base + 1 : rel, rel);
}

gint64
np_source_mtime_ns (gint64 sec, glong nsec)
{
  /* nanoseconds since the epoch hold the years 1678 to 2262; a time past
   * them (an archive's header may say the year 4040) is unknown */
  const gint64 billion = G_GINT64_CONSTANT (1000000000);
  if (sec > (G_MAXINT64 - billion) / billion || sec < (G_MININT64 + billion) / billion)
    return 0;
  return sec * billion + nsec;
}

static gint64
stat_mtime_ns (const struct stat *st)
{
  return np_source_mtime_ns (st->st_mtim.tv_sec, st->st_mtim.tv_nsec);
}

NpUnit *
np_source_unit_new (NpSourceIter *it, NpUnitKind kind, char *source)
{
  NpUnit *u = g_new0 (NpUnit, 1);
  u->kind = kind;
  u->source = source;
  u->seq = it->seq++;
  return u;
}

gboolean
np_source_in_shard (NpSourceIter *it, const char *source)
{
  return it->options.shard_count <= 1
         || np_source_shard_of (source, it->options.shard_count) == it->options.shard_index;
}

gsize
np_source_max_bytes (NpSourceIter *it)
{
  return it->options.max_bytes ? it->options.max_bytes : NP_READER_DEFAULT_MAX_BYTES;
}

NpUnit *
np_source_error_unit (NpSourceIter *it, const char *source, const char *format, ...)
{
  va_list ap;
  va_start (ap, format);
  g_autofree char *msg = g_strdup_vprintf (format, ap);
  va_end (ap);
  NpUnit *u = np_source_unit_new (it, NP_UNIT_FILE, g_strdup (source));
  u->error = g_error_new_literal (NP_READER_ERROR, NP_READER_ERROR_IO, msg);
  return u;
}

static NpUnit *
file_unit (NpSourceIter *it, const char *path, const struct stat *st)
{
  NpUnit *u = np_source_unit_new (it, NP_UNIT_FILE, g_strdup (path));
  u->path = g_strdup (path);
  u->size = st->st_size;
  u->mtime = stat_mtime_ns (st);
  return u;
}

const char *
np_source_base_name (const char *path)
{
  const char *slash = strrchr (path, '/');
  return slash ? slash + 1 : path;
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static Frame *
dir_frame (const char *path, const char *rel, GError **error)
{
  GDir *dir = g_dir_open (path, 0, error);
  if (!dir)
    return NULL;
  Frame *f = g_new0 (Frame, 1);
  f->kind = FRAME_DIR;
  f->path = g_strdup (path);
  f->rel = g_strdup (rel);
  f->names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  while ((name = g_dir_read_name (dir)))
    if (name[0] != '.')
      g_ptr_array_add (f->names, g_strdup (name));
  g_dir_close (dir);
  g_ptr_array_sort (f->names, compare_names);
  return f;
}

static Frame *
file_frame (FrameKind kind, const char *path, GError **error)
{
  FILE *file = strcmp (path, "-") == 0 ? stdin : fopen (path, "rb");
  if (!file)
    {
      int e = errno;
      g_set_error (error, NP_READER_ERROR, NP_READER_ERROR_IO, "%s: cannot open: %s", path, g_strerror (e));
      return NULL;
    }
  Frame *f = g_new0 (Frame, 1);
  f->kind = kind;
  f->path = g_strdup (path);
  f->file = file;
  struct stat st;
  if (file != stdin && fstat (fileno (file), &st) == 0)
    f->mtime = stat_mtime_ns (&st);
  return f;
}

void
np_source_pop_frame (NpSourceIter *it)
{
  Frame *f = g_ptr_array_index (it->stack, it->stack->len - 1);
  if (f->kind == FRAME_ARCHIVE && f->archive && f->data == NULL && !f->salvaged)
    it->archive_bytes_done += (guint64) MAX (archive_filter_bytes (f->archive, -1), 0);
  g_ptr_array_remove_index (it->stack, it->stack->len - 1);
}

/* A mailbox: its messages, a frame (then NULL), or a unit with the error */
static NpUnit *
start_mbox (NpSourceIter *it, const char *path)
{
  if (it->count_only)
    {
      it->counted_archive = TRUE; /* not read to count: the count is partial */
      return NULL;
    }
  GError *error = NULL;
  Frame *f = np_source_mbox_frame (path, &error);
  if (f == NULL)
    {
      NpUnit *u = np_source_error_unit (it, path, "%s", error->message);
      g_error_free (error);
      return u;
    }
  g_ptr_array_add (it->stack, f);
  return NULL;
}

/* A path named explicitly (command line or list): a unit, or a new frame
 * (then NULL). */
static NpUnit *
start_path (NpSourceIter *it, const char *path)
{
  struct stat st;
  if (stat (path, &st) != 0)
    {
      int e = errno;
      NpUnit *u = np_source_error_unit (it, path, "%s: %s", path, g_strerror (e));
      return u;
    }
  GError *error = NULL;
  if (S_ISDIR (st.st_mode))
    {
      Frame *f = dir_frame (path, "", &error);
      if (!f)
        {
          NpUnit *u = np_source_error_unit (it, path, "%s", error->message);
          g_error_free (error);
          return u;
        }
      g_ptr_array_add (it->stack, f);
      return NULL;
    }
  const char *base = np_source_base_name (path);
  if (S_ISREG (st.st_mode) && np_source_mbox_sniff (path))
    return start_mbox (it, path);
  if (np_source_explicit_archive (path, S_ISREG (st.st_mode), np_source_matches_any (it->include, base, base)))
    {
      if (it->count_only)
        {
          it->counted_archive = TRUE;
          return NULL;
        }
      gboolean one_note = FALSE;
      Frame *f = np_source_archive_frame (it, path, &one_note, &error);
      if (one_note)
        return file_unit (it, path, &st); /* a compressed note: the reader inflates it */
      if (!f)
        {
          NpUnit *u = np_source_error_unit (it, path, "%s", error->message);
          g_error_free (error);
          return u;
        }
      g_ptr_array_add (it->stack, f);
      return NULL;
    }
  return file_unit (it, path, &st);
}

static NpUnit *
next_in_dir (NpSourceIter *it, Frame *f)
{
  while (f->index < f->names->len)
    {
      const char *name = g_ptr_array_index (f->names, f->index++);
      g_autofree char *full = g_build_filename (f->path, name, NULL);
      g_autofree char *rel = *f->rel ? g_strconcat (f->rel, "/", name, NULL) : g_strdup (name);
      struct stat st, lst;
      if (stat (full, &st) != 0)
        continue; /* vanished, or a dangling link: nothing to read */
      if (np_source_matches_any (it->exclude, name, rel))
        continue;
      if (S_ISDIR (st.st_mode))
        {
          if (lstat (full, &lst) == 0 && S_ISLNK (lst.st_mode))
            continue; /* no cycles through links */
          GError *error = NULL;
          Frame *sub = dir_frame (full, rel, &error);
          if (!sub)
            {
              NpUnit *u = np_source_error_unit (it, full, "%s", error->message);
              g_error_free (error);
              return u;
            }
          g_ptr_array_add (it->stack, sub);
          return NULL;
        }
      if (!S_ISREG (st.st_mode))
        continue;
      if (np_source_is_archive_name (name))
        {
          NpUnit *u = start_path (it, full);
          if (u || it->stack->len == 0 || g_ptr_array_index (it->stack, it->stack->len - 1) != f)
            return u;
          continue;
        }
      gboolean taken = np_source_matches_any (it->include, name, rel);
      /* a list's archive: *.txt among the notes' names, *.mbox beside them */
      if ((taken || it->default_include) && np_source_mbox_sniff (full))
        return start_mbox (it, full);
      if (!taken)
        continue;
      return file_unit (it, full, &st);
    }
  np_source_pop_frame (it);
  return NULL;
}

static NpUnit *
next_line (NpSourceIter *it, Frame *f)
{
  ssize_t n = getline (&f->buf, &f->buf_size, f->file);
  if (n < 0)
    {
      if (ferror (f->file))
        {
          NpUnit *u = np_source_error_unit (it, f->path, "%s: read error after line %" G_GUINT64_FORMAT, f->path, f->line);
          np_source_pop_frame (it);
          return u;
        }
      np_source_pop_frame (it);
      return NULL;
    }
  f->line++;
  while (n > 0 && (f->buf[n - 1] == '\n' || f->buf[n - 1] == '\r'))
    n--;
  NpUnit *u = np_source_unit_new (it, NP_UNIT_LINE, g_strdup_printf ("%s:%" G_GUINT64_FORMAT, f->path, f->line));
  if (!np_source_in_shard (it, u->source))
    {
      np_unit_free (u);
      return NULL;
    }
  u->size = n;
  u->mtime = f->mtime;
  if (!it->count_only)
    u->bytes = g_bytes_new (f->buf, n);
  return u;
}

static NpUnit *
next_listed (NpSourceIter *it, Frame *f)
{
  ssize_t n = getline (&f->buf, &f->buf_size, f->file);
  if (n < 0)
    {
      np_source_pop_frame (it);
      return NULL;
    }
  while (n > 0 && (f->buf[n - 1] == '\n' || f->buf[n - 1] == '\r'))
    f->buf[--n] = '\0';
  if (n == 0)
    return NULL;
  g_autofree char *path = g_strdup (f->buf);
  return start_path (it, path);
}

/* One step: a unit, or NULL after a frame change; *done at the end. */
static NpUnit *
step (NpSourceIter *it, gboolean *done)
{
  if (it->stack->len == 0)
    {
      Input *in = g_queue_pop_head (&it->inputs);
      if (!in)
        {
          *done = TRUE;
          return NULL;
        }
      NpUnit *u = NULL;
      GError *error = NULL;
      if (in->kind == INPUT_PATH)
        u = start_path (it, in->value);
      else
        {
          Frame *f = file_frame (in->kind == INPUT_LIST ? FRAME_LIST : FRAME_LINES, in->value, &error);
          if (f)
            g_ptr_array_add (it->stack, f);
          else
            {
              u = np_source_error_unit (it, in->value, "%s", error->message);
              g_error_free (error);
            }
        }
      input_free (in);
      return u;
    }
  Frame *f = g_ptr_array_index (it->stack, it->stack->len - 1);
  switch (f->kind)
    {
    case FRAME_DIR:
      return next_in_dir (it, f);
    case FRAME_ARCHIVE:
      return np_source_next_in_archive (it, f);
    case FRAME_LINES:
      return next_line (it, f);
    case FRAME_LIST:
      return next_listed (it, f);
    case FRAME_MBOX:
      return np_source_next_in_mbox (it, f);
    }
  g_assert_not_reached ();
}

NpUnit *
np_source_iter_next (NpSourceIter *it)
{
  gboolean done = FALSE;
  while (!done)
    {
      NpUnit *u = step (it, &done);
      if (!u)
        continue;
      /* lines and members were filtered when made; files here */
      if (u->kind == NP_UNIT_FILE && !np_source_in_shard (it, u->source))
        {
          np_unit_free (u);
          continue;
        }
      if (u->kind == NP_UNIT_FILE && !u->error && u->size > np_source_max_bytes (it))
        u->error = g_error_new (NP_READER_ERROR, NP_READER_ERROR_TOO_LARGE,
                                "%s: %" G_GUINT64_FORMAT " bytes is over the limit of %zu (see --max-bytes)",
                                u->source, u->size, np_source_max_bytes (it));
      return u;
    }
  return NULL;
}

void
np_source_count (const NpSourceOptions *options, char **paths, char **files_from, char **lines,
                 volatile gint *cancel, guint64 *n_units, guint64 *n_bytes, gboolean *partial)
{
  gboolean from_stdin = FALSE;
  NpSourceIter *it = np_source_iter_new (options);
  it->count_only = TRUE;
  for (char **p = paths; p && *p; p++)
    np_source_iter_add_path (it, *p);
  for (char **p = files_from; p && *p; p++)
    if (strcmp (*p, "-") != 0)
      np_source_iter_add_files_from (it, *p);
    else
      from_stdin = TRUE;
  for (char **p = lines; p && *p; p++)
    np_source_iter_add_lines (it, *p);
  guint64 n = 0, bytes = 0;
  NpUnit *u;
  while ((!cancel || !g_atomic_int_get (cancel)) && (u = np_source_iter_next (it)))
    {
      n++;
      bytes += u->size;
      np_unit_free (u);
    }
  *n_units = n;
  *n_bytes = bytes;
  *partial = from_stdin || it->counted_archive;
  np_source_iter_free (it);
}
