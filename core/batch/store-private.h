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

struct _NpStore
{
  sqlite3 *db;
  char *path;
  int lock_fd;
  gboolean in_txn;
  sqlite3_stmt *stmts[S_COUNT];
  sqlite3_stmt *rows[4][6]; /* write_model(): 1, 2, 4 ... 32 rows */
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
