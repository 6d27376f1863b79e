/* source-private.h: what source.c (inputs, directories, lists, lines)
 * and source-archive.c (archives read with libarchive) share: the frames
 * of the input walk and the helpers that make units.  Internal to the
 * batch library. */
#ifndef NP_SOURCE_PRIVATE_H
#define NP_SOURCE_PRIVATE_H

#include <sys/stat.h>

#include "batch.h"

G_BEGIN_DECLS

struct archive;

typedef enum
{
  FRAME_DIR = 1,
  FRAME_ARCHIVE,
  FRAME_LINES,
  FRAME_LIST,
  FRAME_MBOX,
} FrameKind;

typedef struct _NpMbox NpMbox;

typedef struct
{
  FrameKind kind;
  char *path;       /* directory, archive, lines or list file as given */
  char *rel;        /* FRAME_DIR: path below the input ("" at the top) */
  GPtrArray *names; /* FRAME_DIR: sorted entry names */
  guint index;
  struct archive *archive;
  char *last_member;
  FILE *file;       /* FRAME_LINES, FRAME_LIST */
  gint64 mtime;
  guint64 line;
  char *buf;        /* getline buffer */
  size_t buf_size;
  GBytes *data;     /* FRAME_ARCHIVE read from memory: an archive inside another */
  gboolean salvaged; /* FRAME_ARCHIVE read through np_archive_open_salvaged() */
  char *damage;     /* FRAME_ARCHIVE salvaged: why libarchive could not read it */
  guint headers;    /* FRAME_ARCHIVE: entries whose headers were read */
  guint depth;      /* FRAME_ARCHIVE: archives around it (0 for one named or in a directory) */
  NpMbox *mbox;     /* FRAME_MBOX: the mailbox read (line: the next message's envelope, 0 at the end) */
} Frame;

typedef enum
{
  INPUT_PATH = 1,
  INPUT_LIST,
  INPUT_LINES,
} InputKind;

typedef struct
{
  InputKind kind;
  char *value;
} Input;

struct _NpSourceIter
{
  NpSourceOptions options;
  GPtrArray *include; /* GPatternSpec* */
  gboolean default_include; /* no --include given: the notes' names */
  GPtrArray *exclude;
  GQueue inputs;      /* Input*, not started yet */
  GPtrArray *stack;   /* Frame*, innermost last */
  guint64 seq;
  guint64 archive_bytes_done; /* of closed archives */
  guint64 passed_over;        /* positions that held no note */
  gboolean count_only;        /* np_source_count: no reading */
  gboolean counted_archive;
};

/* A time (seconds and nanoseconds since the epoch) in nanoseconds; 0,
 * unknown, past what 64 bits of nanoseconds hold */
gint64 np_source_mtime_ns (gint64 sec, glong nsec);

/* the include globs when none are given: a note's names */
extern const char *const np_source_default_include[];

/* A new unit, numbered in input order (it takes source) */
NpUnit *np_source_unit_new (NpSourceIter *it, NpUnitKind kind, char *source);
/* A unit carrying an error (an I/O error of the reader domain) */
NpUnit *np_source_error_unit (NpSourceIter *it, const char *source, const char *format, ...) G_GNUC_PRINTF (3, 4);
gboolean np_source_in_shard (NpSourceIter *it, const char *source);
gsize np_source_max_bytes (NpSourceIter *it);
/* Does the name or the path below the input match one of the globs? */
gboolean np_source_matches_any (GPtrArray *globs, const char *name, const char *rel);
/* Is a member path, or a directory above it, excluded? */
gboolean np_source_member_excluded (NpSourceIter *it, const char *rel);
const char *np_source_base_name (const char *path);
/* Close the innermost frame */
void np_source_pop_frame (NpSourceIter *it);

/* source-archive.c */
gboolean np_source_explicit_archive (const char *path, gboolean regular, gboolean note_name);
/* A frame reading the archive at path; NULL with an error, or NULL with
 * *one_note set when path is no archive but one compressed stream (a note
 * compressed whole, which the reader inflates). */
Frame *np_source_archive_frame (NpSourceIter *it, const char *path, gboolean *one_note, GError **error);
/* Archives inside archives are read while fewer than this many archives
 * hold them: deeper ones fail as units of their own (a zip quine does not
 * recurse forever) */
#define NP_SOURCE_MAX_NESTING 4
/* The next unit of the archive frame f, or NULL once it is closed (or
 * when it opened an archive member as a frame of its own) */
NpUnit *np_source_next_in_archive (NpSourceIter *it, Frame *f);

/* source-mbox.c */
/* Is the file at path a mailbox: named *.mbox, *.mbx or *.txt (Mailman's
 * archives), perhaps compressed, and opening with an envelope line over a
 * header field? */
gboolean np_source_mbox_sniff (const char *path);
/* May a file so named be a mailbox (*.mbox, *.mbx, *.txt, perhaps
 * compressed)? */
gboolean np_source_mbox_name (const char *path);
/* The same question of an archive's member: its name and bytes */
gboolean np_source_mbox_sniff_bytes (const char *name, GBytes *bytes);
/* A frame reading the mailbox at path, a message a unit; NULL with an
 * error */
Frame *np_source_mbox_frame (const char *path, GError **error);
/* A frame reading the mailbox in bytes (an archive's member, named
 * source), its messages given mtime; NULL when it cannot be decoded */
Frame *np_source_mbox_frame_bytes (const char *source, GBytes *bytes, gint64 mtime);
/* The next message of the mailbox frame f, or NULL once it is closed */
NpUnit *np_source_next_in_mbox (NpSourceIter *it, Frame *f);
NpMbox *np_mbox_open (const char *path);
void np_mbox_close (NpMbox *m);

G_END_DECLS

#endif
