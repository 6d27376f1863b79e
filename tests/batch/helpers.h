/* helpers.h: running the notepipe CLI and looking into its databases from
 * the batch tests. */
#ifndef NP_BATCH_TEST_HELPERS_H
#define NP_BATCH_TEST_HELPERS_H

#include <glib.h>

typedef struct
{
  char *out;
  char *err;
  int status; /* exit status, or 128 + signal */
} NbResult;

void nb_result_free (NbResult *r);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NbResult, nb_result_free)

/* A fresh temporary directory (transfer full); nb_rmtree removes it */
char *nb_tmpdir (void);
void nb_rmtree (const char *dir);
/* Write dir/rel (making parent directories) */
void nb_write (const char *dir, const char *rel, const char *content, gssize len);
/* The test plugin's directory */
const char *nb_plugin_dir (void);
/* "--plugin-dir=" and that directory */
const char *nb_plugin_dir_arg (void);
/* notepipe ARGS... in cwd (NULL-terminated), stdin from /dev/null */
NbResult *nb_run (const char *cwd, ...) G_GNUC_NULL_TERMINATED;
NbResult *nb_runv (const char *cwd, const char *const *args, const char *stdin_text);
/* Start notepipe ARGS in cwd in the background; stdout to /dev/null,
 * stderr into *err_fd when not NULL */
GPid nb_spawn (const char *cwd, const char *const *args, int *err_fd);
/* Wait for a child; returns its status as in NbResult */
int nb_wait (GPid pid);
/* One value, or -1 / NULL (transfer full) */
gint64 nb_db_int (const char *db, const char *sql);
/* All rows, columns joined by '|', rows by '\n' (transfer full) */
char *nb_db_rows (const char *db, const char *sql);
/* Small note files: dir/notes/<k>/note-<i>.md with varied text */
void nb_make_notes (const char *dir, guint n);
/* An archive of dir/rel... (format: tar, tar.gz, tar.xz, zip) */
void nb_write_archive (const char *path, const char *format, const char *dir, const char *const *rels);
/* Lines of the JSONL output's "source" members (transfer full) */
char *nb_jsonl_sources (const char *jsonl);

/* Documents, model, every layer table and the corpus results of a
 * database, in a form that must not depend on -j, shards or interruptions */
char *nb_canonical (const char *db);

#endif
