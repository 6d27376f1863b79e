/* store-private.h: what store.c shares with store-write.c (internal). */
#ifndef NP_STORE_PRIVATE_H
#define NP_STORE_PRIVATE_H

#include <sqlite3.h>

#include "batch.h"

G_BEGIN_DECLS

typedef enum
{
  S_FIND_SOURCE,
  S_INSERT_DOCUMENT,
  S_INSERT_PART,
  S_GET_PART,
  S_CLAIM,
  S_DELETE_ITEMS,
  S_DELETE_SECTIONS,
  S_DELETE_PEOPLE,
  S_DELETE_DIAGNOSTICS,
  S_DELETE_PART,
  S_DELETE_DOCUMENT,
  S_COUNT
} NpStoreStmt;

/* Rows go up to 2^NP_STORE_ROWS_LOG2 to an INSERT statement (n rows in the
 * binary decomposition of n: 32, ..., 32, 16, 8, 4, 2, 1): rows are short
 * (an item, a turn), and one statement per row spends more in SQLite's
 * per-statement work (starting and halting its program) than in storing
 * the row.  Used for the model's tables (store-write.c) and the plugins'
 * layer tables (store-layers.c). */
#define NP_STORE_ROWS_LOG2 5

/* log2 of the rows of the next statement when left rows remain (> 0) */
static inline guint
np_store_rows_log2 (guint left)
{
  guint log2 = NP_STORE_ROWS_LOG2;
  while ((1u << log2) > left)
    log2--;
  return log2;
}

/* Appends "(?, ..., ?), (?, ...)": rows groups of columns placeholders */
void np_store_append_value_rows (GString *sql, guint rows, guint columns);

struct _NpStore
{
  sqlite3 *db;
  char *path;
  int lock_fd;
  gboolean in_txn;
  sqlite3_stmt *stmts[S_COUNT];
  sqlite3_stmt *rows[4][NP_STORE_ROWS_LOG2 + 1]; /* write_model(): 1, 2, 4 ... 32 rows */
  NpLayerTables *layers;
};

GQuark np_store_quark (void);
/* Set error from the connection's last error; returns FALSE */
gboolean np_store_fail (NpStore *s, GError **error, const char *what);
gboolean np_store_exec (NpStore *s, const char *sql, GError **error);
/* A prepared statement of the list above (prepared once) */
sqlite3_stmt *np_store_stmt (NpStore *s, NpStoreStmt id, GError **error);
/* Step a prepared insert/update/delete and reset it */
gboolean np_store_step (NpStore *s, sqlite3_stmt *st, GError **error);

G_END_DECLS

#endif
