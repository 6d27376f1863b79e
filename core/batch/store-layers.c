/* store-layers.c: plugin layers as SQLite tables, built from NpLayerSpec.
 *
 * The store never knows what a plugin computes: each layer the pipeline can
 * produce gets a table made from its schema alone, registered in `layers`
 * (name, scope, table, target kind, features with their columns and types):
 *
 *   layer_<name>  (doc, n, [item | section | item, span_start, span_end], features...)
 *   corpus_<name> (run, n, features...)
 *
 * `n` is the annotation's index in its layer; a feature whose name is a
 * fixed column or an SQL keyword gets the column f_<name> ("from" ->
 * f_from).  Scalars are stored as
 * INTEGER, REAL or TEXT (booleans 0/1), lists as JSON arrays in TEXT, so
 * SQLite's json_each() can unnest them.  A plugin that adds a feature later
 * gets a new column (ALTER TABLE); columns of features it dropped stay.
 * Tables of layers no longer produced are kept, and still cleaned when one
 * of their documents is replaced. */
#include "config.h"

#include <math.h>
#include <sqlite3.h>
#include <string.h>

#include "batch.h"
#include "store-private.h"

typedef struct
{
  char *name;
  char *column;
  NpValueType type;
} FeatureCol;

typedef struct
{
  char *name;
  char *scope;
  char *table;
  NpTargetKind target;
  GPtrArray *features;        /* FeatureCol* */
  const NpLayerSpec *spec;    /* set when this run's pipeline provides it */
  char *insert_head;          /* "INSERT ... VALUES ": spec's features, in spec order */
  sqlite3_stmt *insert[NP_STORE_ROWS_LOG2 + 1]; /* [k]: 2^k rows a statement, made when first used */
  int row_binds;              /* bind indexes a row takes */
  sqlite3_stmt *delete_doc;
  int *insert_map;            /* spec feature index -> bind index (first row) */
} LayerTable;

struct _NpLayerTables
{
  sqlite3 *db;
  GPtrArray *tables;   /* LayerTable* */
  GHashTable *by_key;  /* "scope\nname" -> LayerTable* */
  GString *json;       /* scratch for list values */
};

static const char *const type_names[] = { NULL, "bool", "int", "double", "string", "int_list", "double_list",
                                          "string_list" };
static const char *const target_names[] = { NULL, "document", "section", "item", "span", "corpus" };

static int lookup_name (const char *const *names, guint n, const char *name);

guint
np_layer_type_from_name (const char *name)
{
  return lookup_name (type_names, G_N_ELEMENTS (type_names), name);
}

guint
np_layer_target_from_name (const char *name)
{
  return lookup_name (target_names, G_N_ELEMENTS (target_names), name);
}

static void
feature_col_free (FeatureCol *f)
{
  g_free (f->name);
  g_free (f->column);
  g_free (f);
}

static void
layer_table_free (LayerTable *t)
{
  g_free (t->name);
  g_free (t->scope);
  g_free (t->table);
  g_ptr_array_free (t->features, TRUE);
  for (guint k = 0; k <= NP_STORE_ROWS_LOG2; k++)
    sqlite3_finalize (t->insert[k]);
  g_free (t->insert_head);
  sqlite3_finalize (t->delete_doc);
  g_free (t->insert_map);
  g_free (t);
}

static GQuark
store_quark (void)
{
  return g_quark_from_static_string ("np-store-error-quark");
}

static gboolean
db_fail (sqlite3 *db, GError **error, const char *what)
{
  g_set_error (error, store_quark (), sqlite3_errcode (db), "%s: %s", what, sqlite3_errmsg (db));
  return FALSE;
}

static gboolean
exec (sqlite3 *db, const char *sql, GError **error)
{
  char *msg = NULL;
  if (sqlite3_exec (db, sql, NULL, NULL, &msg) != SQLITE_OK)
    {
      g_set_error (error, store_quark (), 1, "%s: %s", sql, msg ? msg : "failed");
      sqlite3_free (msg);
      return FALSE;
    }
  return TRUE;
}

NpLayerTables *
np_layer_tables_new (gpointer db)
{
  NpLayerTables *lt = g_new0 (NpLayerTables, 1);
  lt->db = db;
  lt->tables = g_ptr_array_new_with_free_func ((GDestroyNotify) layer_table_free);
  lt->by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  lt->json = g_string_new (NULL);
  return lt;
}

void
np_layer_tables_free (NpLayerTables *lt)
{
  if (!lt)
    return;
  g_hash_table_destroy (lt->by_key);
  g_ptr_array_free (lt->tables, TRUE);
  g_string_free (lt->json, TRUE);
  g_free (lt);
}

static int
lookup_name (const char *const *names, guint n, const char *name)
{
  for (guint i = 1; i < n; i++)
    if (name && strcmp (names[i], name) == 0)
      return i;
  return 0;
}

static char *
key_of (const char *scope, const char *name)
{
  return g_strconcat (scope, "\n", name, NULL);
}

static char *
features_json (LayerTable *t)
{
  GString *s = g_string_new ("[");
  for (guint i = 0; i < t->features->len; i++)
    {
      FeatureCol *f = g_ptr_array_index (t->features, i);
      if (i)
        g_string_append_c (s, ',');
      g_string_append (s, "{\"name\":");
      np_json_append_string (s, f->name, -1);
      g_string_append (s, ",\"column\":");
      np_json_append_string (s, f->column, -1);
      g_string_append_printf (s, ",\"type\":\"%s\"}", type_names[f->type]);
    }
  g_string_append_c (s, ']');
  return g_string_free (s, FALSE);
}

static gboolean
parse_features (LayerTable *t, const char *json, GError **error)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, json, -1, error))
    return FALSE;
  JsonNode *root = json_parser_get_root (parser);
  if (!JSON_NODE_HOLDS_ARRAY (root))
    {
      g_set_error (error, store_quark (), 1, "layer %s: bad feature list in the layers table", t->name);
      return FALSE;
    }
  JsonArray *a = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      JsonObject *o = json_array_get_object_element (a, i);
      FeatureCol *f = g_new0 (FeatureCol, 1);
      f->name = g_strdup (json_object_get_string_member_with_default (o, "name", ""));
      f->column = g_strdup (json_object_get_string_member_with_default (o, "column", f->name));
      f->type = lookup_name (type_names, G_N_ELEMENTS (type_names),
                             json_object_get_string_member_with_default (o, "type", ""));
      g_ptr_array_add (t->features, f);
    }
  return TRUE;
}

static void
register_table (NpLayerTables *lt, LayerTable *t)
{
  g_ptr_array_add (lt->tables, t);
  g_hash_table_replace (lt->by_key, key_of (t->scope, t->name), t);
}

gboolean
np_layer_tables_load (NpLayerTables *lt, GError **error)
{
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2 (lt->db, "SELECT name, scope, table_name, target, features FROM layers ORDER BY rowid", -1,
                          &st, NULL)
      != SQLITE_OK)
    return db_fail (lt->db, error, "reading the layers table");
  int rc;
  while ((rc = sqlite3_step (st)) == SQLITE_ROW)
    {
      LayerTable *t = g_new0 (LayerTable, 1);
      t->name = g_strdup ((const char *) sqlite3_column_text (st, 0));
      t->scope = g_strdup ((const char *) sqlite3_column_text (st, 1));
      t->table = g_strdup ((const char *) sqlite3_column_text (st, 2));
      t->target = lookup_name (target_names, G_N_ELEMENTS (target_names), (const char *) sqlite3_column_text (st, 3));
      t->features = g_ptr_array_new_with_free_func ((GDestroyNotify) feature_col_free);
      const char *json = (const char *) sqlite3_column_text (st, 4);
      if (!parse_features (t, json ? json : "[]", error))
        {
          layer_table_free (t);
          sqlite3_finalize (st);
          return FALSE;
        }
      register_table (lt, t);
    }
  sqlite3_finalize (st);
  if (rc != SQLITE_DONE)
    return db_fail (lt->db, error, "reading the layers table");
  return TRUE;
}

static const char *
sql_type (NpValueType type)
{
  switch (type)
    {
    case NP_VALUE_BOOL:
    case NP_VALUE_INT:
      return "INTEGER";
    case NP_VALUE_DOUBLE:
      return "REAL";
    default:
      return "TEXT";
    }
}

static gboolean
reserved_column (const char *name)
{
  static const char *const reserved[] = { "doc", "n", "run", "item", "section", "span_start", "span_end", NULL };
  for (const char *const *r = reserved; *r; r++)
    if (g_ascii_strcasecmp (*r, name) == 0)
      return TRUE;
  /* SQL keywords ("from", "to", "order") would need quoting in every query */
  return sqlite3_keyword_check (name, (int) strlen (name)) != 0;
}

/* [A-Za-z0-9_] only, so names need no quoting in users' queries */
static char *
sanitize (const char *prefix, const char *name)
{
  GString *s = g_string_new (prefix);
  for (const char *p = name; *p; p++)
    g_string_append_c (s, g_ascii_isalnum (*p) ? g_ascii_tolower (*p) : '_');
  return g_string_free (s, FALSE);
}

static char *
column_for (LayerTable *t, const char *feature)
{
  g_autofree char *base = sanitize (reserved_column (feature) ? "f_" : "", feature);
  char *col = g_strdup (base);
  for (guint k = 2;; k++)
    {
      gboolean taken = reserved_column (col);
      for (guint i = 0; !taken && i < t->features->len; i++)
        taken = g_ascii_strcasecmp (((FeatureCol *) g_ptr_array_index (t->features, i))->column, col) == 0;
      if (!taken)
        return col;
      g_free (col);
      col = g_strdup_printf ("%s_%u", base, k);
    }
}

static gboolean
table_name_taken (NpLayerTables *lt, const char *table)
{
  for (guint i = 0; i < lt->tables->len; i++)
    if (g_ascii_strcasecmp (((LayerTable *) g_ptr_array_index (lt->tables, i))->table, table) == 0)
      return TRUE;
  sqlite3_stmt *st;
  gboolean taken = TRUE;
  if (sqlite3_prepare_v2 (lt->db, "SELECT 1 FROM sqlite_master WHERE lower(name) = lower(?)", -1, &st, NULL)
      == SQLITE_OK)
    {
      sqlite3_bind_text (st, 1, table, -1, SQLITE_STATIC);
      taken = sqlite3_step (st) == SQLITE_ROW;
      sqlite3_finalize (st);
    }
  return taken;
}

static const char *
target_columns_sql (NpTargetKind target)
{
  switch (target)
    {
    case NP_TARGET_SECTION:
      return "section INTEGER NOT NULL, ";
    case NP_TARGET_ITEM:
      return "item INTEGER NOT NULL, ";
    case NP_TARGET_SPAN:
      return "item INTEGER NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, ";
    default:
      return "";
    }
}

static guint
n_target_columns (NpTargetKind target)
{
  return target == NP_TARGET_SPAN ? 3 : (target == NP_TARGET_SECTION || target == NP_TARGET_ITEM) ? 1 : 0;
}

static FeatureCol *
find_feature (LayerTable *t, const char *name)
{
  for (guint i = 0; i < t->features->len; i++)
    {
      FeatureCol *f = g_ptr_array_index (t->features, i);
      if (strcmp (f->name, name) == 0)
        return f;
    }
  return NULL;
}

/* The statement inserting 2^log2 rows into t */
static sqlite3_stmt *
insert_statement (NpLayerTables *lt, LayerTable *t, guint log2, GError **error)
{
  if (t->insert[log2])
    return t->insert[log2];
  GString *sql = g_string_new (t->insert_head);
  np_store_append_value_rows (sql, 1u << log2, (guint) t->row_binds);
  int rc = sqlite3_prepare_v3 (lt->db, sql->str, -1, SQLITE_PREPARE_PERSISTENT, &t->insert[log2], NULL);
  g_string_free (sql, TRUE);
  if (rc != SQLITE_OK)
    {
      db_fail (lt->db, error, t->table);
      return NULL;
    }
  return t->insert[log2];
}

static gboolean
prepare_statements (NpLayerTables *lt, LayerTable *t, GError **error)
{
  gboolean corpus = strcmp (t->scope, "corpus") == 0;
  GString *sql = g_string_new (NULL);
  /* OR FAIL: no statement journal (a failure fails the transaction) */
  g_string_printf (sql, "INSERT OR FAIL INTO %s (%s, n", t->table, corpus ? "run" : "doc");
  if (t->target == NP_TARGET_SECTION)
    g_string_append (sql, ", section");
  else if (t->target == NP_TARGET_ITEM)
    g_string_append (sql, ", item");
  else if (t->target == NP_TARGET_SPAN)
    g_string_append (sql, ", item, span_start, span_end");
  guint n_spec = 0;
  for (const NpFeatureSpec *f = t->spec->features; f && f->name; f++)
    n_spec++;
  g_free (t->insert_map);
  t->insert_map = g_new0 (int, n_spec + 1);
  int bind = 3 + n_target_columns (t->target);
  for (guint i = 0; i < n_spec; i++)
    {
      FeatureCol *c = find_feature (t, t->spec->features[i].name);
      g_string_append_printf (sql, ", %s", c->column);
      t->insert_map[i] = bind++;
    }
  g_string_append (sql, ") VALUES ");
  t->row_binds = bind - 1;
  for (guint k = 0; k <= NP_STORE_ROWS_LOG2; k++)
    {
      sqlite3_finalize (t->insert[k]);
      t->insert[k] = NULL;
    }
  g_free (t->insert_head);
  t->insert_head = g_string_free (sql, FALSE);
  /* the one-row statement now: a schema error shows here, not mid-run */
  return insert_statement (lt, t, 0, error) != NULL;
}

static gboolean
save_registry (NpLayerTables *lt, LayerTable *t, const NpLayerSpec *spec, const char *producer, GError **error)
{
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2 (lt->db,
                          "INSERT INTO layers (name, scope, table_name, producer, target, help, features) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (name, scope) DO UPDATE SET "
                          "producer = ?4, help = ?6, features = ?7",
                          -1, &st, NULL)
      != SQLITE_OK)
    return db_fail (lt->db, error, "layers");
  g_autofree char *json = features_json (t);
  sqlite3_bind_text (st, 1, t->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (st, 2, t->scope, -1, SQLITE_STATIC);
  sqlite3_bind_text (st, 3, t->table, -1, SQLITE_STATIC);
  sqlite3_bind_text (st, 4, producer, -1, SQLITE_STATIC);
  sqlite3_bind_text (st, 5, target_names[t->target], -1, SQLITE_STATIC);
  sqlite3_bind_text (st, 6, spec->help, -1, SQLITE_STATIC);
  sqlite3_bind_text (st, 7, json, -1, SQLITE_STATIC);
  int rc = sqlite3_step (st);
  sqlite3_finalize (st);
  if (rc != SQLITE_DONE)
    return db_fail (lt->db, error, "layers");
  return TRUE;
}

gboolean
np_layer_tables_ensure (NpLayerTables *lt, const NpLayerSpec *spec, const char *producer, const char *scope,
                        GError **error)
{
  g_autofree char *key = key_of (scope, spec->name);
  LayerTable *t = g_hash_table_lookup (lt->by_key, key);
  gboolean corpus = strcmp (scope, "corpus") == 0;
  NpTargetKind target = corpus ? NP_TARGET_CORPUS : spec->target;
  gboolean changed = FALSE;
  if (t)
    {
      if (t->target != target)
        {
          g_set_error (error, store_quark (), 1,
                       "layer %s changed its target from %s to %s since this database was made; use a new database",
                       spec->name, target_names[t->target], target_names[target]);
          return FALSE;
        }
      for (const NpFeatureSpec *f = spec->features; f && f->name; f++)
        {
          FeatureCol *c = find_feature (t, f->name);
          if (c && c->type != f->type)
            {
              g_set_error (error, store_quark (), 1,
                           "layer %s: feature %s changed its type from %s to %s; use a new database", spec->name,
                           f->name, type_names[c->type], type_names[f->type]);
              return FALSE;
            }
          if (c)
            continue;
          c = g_new0 (FeatureCol, 1);
          c->name = g_strdup (f->name);
          c->column = column_for (t, f->name);
          c->type = f->type;
          g_ptr_array_add (t->features, c);
          g_autofree char *sql = g_strdup_printf ("ALTER TABLE %s ADD COLUMN %s %s", t->table, c->column,
                                                  sql_type (c->type));
          if (!exec (lt->db, sql, error))
            return FALSE;
          changed = TRUE;
        }
    }
  else
    {
      t = g_new0 (LayerTable, 1);
      t->name = g_strdup (spec->name);
      t->scope = g_strdup (scope);
      t->target = target;
      t->features = g_ptr_array_new_with_free_func ((GDestroyNotify) feature_col_free);
      g_autofree char *base = sanitize (corpus ? "corpus_" : "layer_", spec->name);
      t->table = g_strdup (base);
      for (guint k = 2; table_name_taken (lt, t->table); k++)
        {
          g_free (t->table);
          t->table = g_strdup_printf ("%s_%u", base, k);
        }
      GString *sql = g_string_new (NULL);
      g_string_printf (sql, "CREATE TABLE %s (%s INTEGER NOT NULL, n INTEGER NOT NULL, %s", t->table,
                       corpus ? "run" : "doc", target_columns_sql (target));
      for (const NpFeatureSpec *f = spec->features; f && f->name; f++)
        {
          FeatureCol *c = g_new0 (FeatureCol, 1);
          c->name = g_strdup (f->name);
          c->column = column_for (t, f->name);
          c->type = f->type;
          g_ptr_array_add (t->features, c);
          g_string_append_printf (sql, "%s %s, ", c->column, sql_type (c->type));
        }
      g_string_append_printf (sql, "PRIMARY KEY (%s, n)) WITHOUT ROWID", corpus ? "run" : "doc");
      gboolean ok = exec (lt->db, sql->str, error);
      g_string_free (sql, TRUE);
      if (!ok)
        {
          layer_table_free (t);
          return FALSE;
        }
      if (target == NP_TARGET_ITEM || target == NP_TARGET_SPAN || target == NP_TARGET_SECTION)
        {
          g_autofree char *idx = g_strdup_printf ("CREATE INDEX %s_target ON %s (doc, %s)", t->table, t->table,
                                                  target == NP_TARGET_SECTION ? "section" : "item");
          if (!exec (lt->db, idx, error))
            {
              layer_table_free (t);
              return FALSE;
            }
        }
      register_table (lt, t);
      changed = TRUE;
    }
  t->spec = spec;
  if (changed || !t->insert[0])
    {
      if (!save_registry (lt, t, spec, producer, error))
        return FALSE;
      if (!prepare_statements (lt, t, error))
        return FALSE;
    }
  return TRUE;
}

const char *
np_layer_tables_lookup (NpLayerTables *lt, const char *name, const char *scope)
{
  g_autofree char *key = key_of (scope, name);
  LayerTable *t = g_hash_table_lookup (lt->by_key, key);
  return t ? t->table : NULL;
}

const char *
np_layer_tables_column (NpLayerTables *lt, const char *name, const char *scope, const char *feature,
                        NpValueType *type)
{
  g_autofree char *key = key_of (scope, name);
  LayerTable *t = g_hash_table_lookup (lt->by_key, key);
  FeatureCol *c = t ? find_feature (t, feature) : NULL;
  if (c && type)
    *type = c->type;
  return c ? c->column : NULL;
}

static void
bind_value (NpLayerTables *lt, sqlite3_stmt *st, int index, NpValueType type, GVariant *v)
{
  if (!v)
    {
      sqlite3_bind_null (st, index);
      return;
    }
  switch (type)
    {
    case NP_VALUE_BOOL:
      sqlite3_bind_int (st, index, g_variant_get_boolean (v) ? 1 : 0);
      break;
    case NP_VALUE_INT:
      sqlite3_bind_int64 (st, index, g_variant_get_int64 (v));
      break;
    case NP_VALUE_DOUBLE:
      {
        double d = g_variant_get_double (v);
        if (isfinite (d))
          sqlite3_bind_double (st, index, d);
        else
          sqlite3_bind_null (st, index);
        break;
      }
    case NP_VALUE_STRING:
      {
        gsize len;
        const char *s = g_variant_get_string (v, &len);
        sqlite3_bind_text (st, index, s, (int) len, SQLITE_STATIC);
        break;
      }
    default:
      g_string_truncate (lt->json, 0);
      np_json_append_variant (lt->json, v);
      sqlite3_bind_text (st, index, lt->json->str, (int) lt->json->len, SQLITE_TRANSIENT);
      break;
    }
}

/* Binds annotation i of the layer as the row whose bind indexes start
 * after base */
static void
bind_row (NpLayerTables *lt, LayerTable *t, sqlite3_stmt *st, int base, gint64 owner, const NpLayer *layer,
          guint i)
{
  const NpAnnotation *a = np_layer_get_annotation (layer, i);
  sqlite3_bind_int64 (st, base + 1, owner);
  sqlite3_bind_int64 (st, base + 2, i);
  if (t->target == NP_TARGET_SECTION || t->target == NP_TARGET_ITEM || t->target == NP_TARGET_SPAN)
    sqlite3_bind_int64 (st, base + 3, np_annotation_get_target (a));
  if (t->target == NP_TARGET_SPAN)
    {
      guint32 s, e;
      np_annotation_get_span (a, &s, &e);
      sqlite3_bind_int64 (st, base + 4, s);
      sqlite3_bind_int64 (st, base + 5, e);
    }
  guint k = 0;
  for (const NpFeatureSpec *f = t->spec->features; f && f->name; f++, k++)
    bind_value (lt, st, base + t->insert_map[k], f->type, np_annotation_get (a, f->name));
}

/* Rows go up to 32 a statement, as the model's rows do (store-private.h):
 * a speakers document writes hundreds of rows.  Layer inserts went from
 * 22% to 18% of a speakers batch run's instructions (callgrind, 50 notes). */
static gboolean
insert_layer (NpLayerTables *lt, LayerTable *t, gint64 owner, const NpLayer *layer, GError **error)
{
  guint n = np_layer_get_size (layer);
  for (guint i = 0; i < n;)
    {
      guint log2 = np_store_rows_log2 (n - i);
      sqlite3_stmt *st = insert_statement (lt, t, log2, error);
      if (!st)
        return FALSE;
      for (guint r = 0; r < 1u << log2; r++)
        bind_row (lt, t, st, (int) r * t->row_binds, owner, layer, i + r);
      int rc = sqlite3_step (st);
      sqlite3_reset (st);
      if (rc != SQLITE_DONE)
        return db_fail (lt->db, error, t->table);
      i += 1u << log2;
    }
  /* every bind index of a row is set each time (unset values as NULL):
   * no binding of one document's rows is left to be read by another's */
  return TRUE;
}

gboolean
np_layer_tables_write_document (NpLayerTables *lt, gint64 doc, const NpDocument *d, GError **error)
{
  for (guint i = 0; i < lt->tables->len; i++)
    {
      LayerTable *t = g_ptr_array_index (lt->tables, i);
      if (!t->spec || t->target == NP_TARGET_CORPUS)
        continue;
      const NpLayer *layer = np_document_get_layer (d, t->name);
      if (layer && !insert_layer (lt, t, doc, layer, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
np_layer_tables_delete_document (NpLayerTables *lt, gint64 doc, GError **error)
{
  for (guint i = 0; i < lt->tables->len; i++)
    {
      LayerTable *t = g_ptr_array_index (lt->tables, i);
      if (t->target == NP_TARGET_CORPUS)
        continue;
      if (!t->delete_doc)
        {
          g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE doc = ?", t->table);
          if (sqlite3_prepare_v3 (lt->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &t->delete_doc, NULL) != SQLITE_OK)
            return db_fail (lt->db, error, t->table);
        }
      sqlite3_bind_int64 (t->delete_doc, 1, doc);
      int rc = sqlite3_step (t->delete_doc);
      sqlite3_reset (t->delete_doc);
      if (rc != SQLITE_DONE)
        return db_fail (lt->db, error, t->table);
    }
  return TRUE;
}

gboolean
np_layer_tables_write_corpus (NpLayerTables *lt, gint64 run, const NpCorpus *corpus, GError **error)
{
  for (guint i = 0; i < lt->tables->len; i++)
    {
      LayerTable *t = g_ptr_array_index (lt->tables, i);
      if (t->target != NP_TARGET_CORPUS)
        continue;
      g_autofree char *sql = g_strdup_printf ("DELETE FROM %s", t->table);
      if (!exec (lt->db, sql, error))
        return FALSE;
    }
  for (guint i = 0; corpus && i < np_corpus_get_n_layers (corpus); i++)
    {
      const NpLayer *layer = np_corpus_get_nth_layer (corpus, i);
      g_autofree char *key = key_of ("corpus", np_layer_get_name (layer));
      LayerTable *t = g_hash_table_lookup (lt->by_key, key);
      if (!t || !t->spec)
        {
          g_set_error (error, store_quark (), 1, "corpus layer %s has no table (not declared by its stage)",
                       np_layer_get_name (layer));
          return FALSE;
        }
      if (!insert_layer (lt, t, run, layer, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
np_layer_tables_rerun_corpus (NpLayerTables *lt, gint64 from, gint64 to, GError **error)
{
  for (guint i = 0; i < lt->tables->len; i++)
    {
      LayerTable *t = g_ptr_array_index (lt->tables, i);
      if (t->target != NP_TARGET_CORPUS)
        continue;
      g_autofree char *sql = g_strdup_printf ("UPDATE %s SET run = %" G_GINT64_FORMAT " WHERE run = %" G_GINT64_FORMAT,
                                              t->table, to, from);
      if (!exec (lt->db, sql, error))
        return FALSE;
    }
  return TRUE;
}
