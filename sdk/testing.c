/* testing.c: libnotepipe-testing, the helpers of np-testing.h for plugin
 * authors' tests: a pipeline over a build directory, documents from
 * strings, and golden-file comparison of JSON.
 *
 * Built only on libnotepipe's public API, so a plugin test exercises the
 * plugin exactly as `notepipe run` does (same loader, same refusals, same
 * schema checks, same JSON writer). */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "notepipe/np-testing.h"

G_DEFINE_QUARK (np-test-error-quark, np_test_error)

struct _NpTestPipeline
{
  NpRegistry *registry;
  NpConfig *config;
  NpPipeline *pipeline;
  NpWorker *worker;
};

void
np_test_pipeline_free (NpTestPipeline *tp)
{
  if (!tp)
    return;
  np_worker_free (tp->worker);
  np_pipeline_free (tp->pipeline);
  np_config_free (tp->config);
  np_registry_free (tp->registry);
  g_free (tp);
}

NpTestPipeline *
np_test_pipeline_new (const char *plugin_dir, const char *plugins, const char *const *options, GError **error)
{
  g_return_val_if_fail (plugins != NULL, NULL);
  g_auto (GStrv) names = g_strsplit (plugins, ",", -1);
  for (char **n = names; *n; n++)
    g_strstrip (*n);
  NpTestPipeline *tp = g_new0 (NpTestPipeline, 1);
  tp->registry = np_registry_new ();
  if (plugin_dir)
    {
      /* the loader keys modules by path: make "." and "build/" absolute */
      g_autofree char *abs = g_canonicalize_filename (plugin_dir, NULL);
      np_registry_add_dir (tp->registry, abs);
    }
  np_registry_add_default_dirs (tp->registry);
  np_registry_scan (tp->registry);

  tp->config = np_config_new ();
  for (const char *const *o = options; o && *o; o++)
    if (!np_config_set_option (tp->config, *o, error))
      goto fail;

  tp->pipeline = np_pipeline_new (tp->registry, (const char *const *) names, tp->config, error);
  if (!tp->pipeline)
    goto fail;
  tp->worker = np_worker_new (tp->pipeline, error);
  if (!tp->worker)
    goto fail;
  return tp;

fail:
  np_test_pipeline_free (tp);
  return NULL;
}

NpRegistry *
np_test_pipeline_get_registry (NpTestPipeline *tp)
{
  return tp->registry;
}

NpPipeline *
np_test_pipeline_get_pipeline (NpTestPipeline *tp)
{
  return tp->pipeline;
}

gboolean
np_test_pipeline_run (NpTestPipeline *tp, NpDocument *doc, GError **error)
{
  if (np_worker_process (tp->worker, doc))
    return TRUE;
  GString *msg = g_string_new (NULL);
  guint n;
  const NpDiagnostic *diags = np_document_get_diagnostics (doc, &n);
  for (guint i = 0; i < n; i++)
    if (diags[i].is_error)
      g_string_append_printf (msg, "%s%s: %s", msg->len ? "; " : "", diags[i].plugin ? diags[i].plugin : "core",
                              diags[i].message);
  g_set_error (error, NP_TEST_ERROR, NP_TEST_ERROR_DOCUMENT_FAILED, "%s failed: %s",
               np_document_get_source (doc), msg->str);
  g_string_free (msg, TRUE);
  return FALSE;
}

char *
np_test_pipeline_render_text (NpTestPipeline *tp, const NpDocument *doc)
{
  char *buf = NULL;
  size_t len = 0;
  FILE *out = open_memstream (&buf, &len);
  if (!out)
    g_error ("open_memstream: %s", g_strerror (errno));
  NpTextStyle style = { .color = FALSE, .width = 80 };
  g_autoptr (GPtrArray) summaries = np_pipeline_summarize (tp->pipeline, doc);
  np_write_text (out, doc, summaries, &style);
  fclose (out);
  /* open_memstream's buffer is malloc'ed: hand back a GLib string */
  char *text = g_strndup (buf, len);
  free (buf);
  return text;
}

NpDocument *
np_test_document_new (const char *name, const char *text, GError **error)
{
  g_return_val_if_fail (name != NULL && text != NULL, NULL);
  return np_read_bytes (name, text, strlen (text), NULL, error);
}

char *
np_test_document_to_json (const NpDocument *doc, const char *layer, GError **error)
{
  g_autoptr (JsonNode) node = NULL;
  if (layer)
    {
      const NpLayer *l = np_document_get_layer (doc, layer);
      if (!l)
        {
          g_set_error (error, NP_TEST_ERROR, NP_TEST_ERROR_LAYER_MISSING, "%s has no layer %s",
                       np_document_get_source (doc), layer);
          return NULL;
        }
      node = np_layer_to_json (l);
    }
  else
    node = np_document_to_json (doc, 0);
  return np_json_to_string (node, TRUE);
}

/* Structural comparison */

static gboolean
numbers_equal (JsonNode *a, JsonNode *b)
{
  if (json_node_get_value_type (a) == G_TYPE_INT64 && json_node_get_value_type (b) == G_TYPE_INT64)
    return json_node_get_int (a) == json_node_get_int (b);
  double x = json_node_get_double (a), y = json_node_get_double (b);
  return x == y || fabs (x - y) <= 1e-9 * MAX (fabs (x), fabs (y));
}

static gboolean
is_number (JsonNode *n)
{
  GType t = json_node_get_value_type (n);
  return t == G_TYPE_INT64 || t == G_TYPE_DOUBLE;
}

static char *
short_json (JsonNode *n)
{
  if (!n)
    return g_strdup ("(absent)");
  char *s = json_to_string (n, FALSE);
  if (g_utf8_strlen (s, -1) > 72)
    {
      char *cut = g_utf8_offset_to_pointer (s, 69);
      strcpy (cut, "...");
    }
  return s;
}

/* path.key, or path["key"] when the key is not a plain name ("speakers.turn") */
static char *
member_path (const char *path, const char *key)
{
  gboolean plain = g_ascii_isalpha (key[0]) || key[0] == '_';
  for (const char *p = key; *p && plain; p++)
    plain = g_ascii_isalnum (*p) || *p == '_';
  return plain ? g_strdup_printf ("%s.%s", path, key) : g_strdup_printf ("%s[\"%s\"]", path, key);
}

/* Scalars (JSON_NODE_VALUE) of the same node type */
static gboolean
values_equal (JsonNode *expected, JsonNode *actual)
{
  if (is_number (expected) && is_number (actual))
    return numbers_equal (expected, actual);
  GType t = json_node_get_value_type (expected);
  if (t != json_node_get_value_type (actual))
    return FALSE;
  if (t == G_TYPE_STRING)
    return g_strcmp0 (json_node_get_string (expected), json_node_get_string (actual)) == 0;
  return json_node_get_boolean (expected) == json_node_get_boolean (actual);
}

/* First difference of expected and actual under path, as "path: expected
 * X, got Y" (transfer full), or NULL when they are equal. */
static char *
json_diff (JsonNode *expected, JsonNode *actual, const char *path)
{
  JsonNodeType type = json_node_get_node_type (expected);
  gboolean same = type == json_node_get_node_type (actual);
  if (same && type == JSON_NODE_VALUE)
    same = values_equal (expected, actual);
  else if (same && type == JSON_NODE_ARRAY)
    {
      JsonArray *ea = json_node_get_array (expected), *aa = json_node_get_array (actual);
      guint ne = json_array_get_length (ea), na = json_array_get_length (aa);
      for (guint i = 0; i < MIN (ne, na); i++)
        {
          g_autofree char *sub = g_strdup_printf ("%s[%u]", path, i);
          char *d = json_diff (json_array_get_element (ea, i), json_array_get_element (aa, i), sub);
          if (d)
            return d;
        }
      if (ne != na)
        return g_strdup_printf ("%s: expected %u elements, got %u", path, ne, na);
    }
  else if (same && type == JSON_NODE_OBJECT)
    {
      JsonObject *eo = json_node_get_object (expected), *ao = json_node_get_object (actual);
      g_autoptr (GList) members = json_object_get_members (eo);
      for (GList *m = members; m; m = m->next)
        {
          g_autofree char *sub = member_path (path, m->data);
          JsonNode *e = json_object_get_member (eo, m->data);
          if (!json_object_has_member (ao, m->data))
            {
              g_autofree char *es = short_json (e);
              return g_strdup_printf ("%s: expected %s, member absent", sub, es);
            }
          char *d = json_diff (e, json_object_get_member (ao, m->data), sub);
          if (d)
            return d;
        }
      g_autoptr (GList) others = json_object_get_members (ao);
      for (GList *m = others; m; m = m->next)
        if (!json_object_has_member (eo, m->data))
          {
            g_autofree char *sub = member_path (path, m->data);
            g_autofree char *as = short_json (json_object_get_member (ao, m->data));
            return g_strdup_printf ("%s: unexpected member, got %s", sub, as);
          }
    }
  if (same)
    return NULL;
  g_autofree char *es = short_json (expected), *as = short_json (actual);
  return g_strdup_printf ("%s: expected %s, got %s", path, es, as);
}

static gboolean
update_requested (void)
{
  const char *v = g_getenv (NP_TEST_UPDATE_GOLDEN_ENV);
  return v && *v && strcmp (v, "0") != 0;
}

gboolean
np_test_compare_golden (const char *actual_json, const char *golden_path, GError **error)
{
  g_return_val_if_fail (actual_json != NULL && golden_path != NULL, FALSE);
  if (update_requested ())
    {
      g_autofree char *text = g_str_has_suffix (actual_json, "\n") ? g_strdup (actual_json)
                                                                   : g_strconcat (actual_json, "\n", NULL);
      g_autofree char *dir = g_path_get_dirname (golden_path);
      if (g_mkdir_with_parents (dir, 0755) != 0)
        {
          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errno), "cannot create %s: %s", dir,
                       g_strerror (errno));
          return FALSE;
        }
      return g_file_set_contents (golden_path, text, -1, error);
    }

  g_autofree char *golden = NULL;
  g_autoptr (GError) local = NULL;
  if (!g_file_get_contents (golden_path, &golden, NULL, &local))
    {
      g_set_error (error, NP_TEST_ERROR, NP_TEST_ERROR_GOLDEN_MISSING,
                   "%s (run the test with %s=1 to write it)", local->message, NP_TEST_UPDATE_GOLDEN_ENV);
      return FALSE;
    }
  g_autoptr (JsonParser) pe = json_parser_new ();
  if (!json_parser_load_from_data (pe, golden, -1, &local))
    {
      g_set_error (error, NP_TEST_ERROR, NP_TEST_ERROR_GOLDEN_MISMATCH, "%s: not JSON: %s", golden_path,
                   local->message);
      return FALSE;
    }
  g_autoptr (JsonParser) pa = json_parser_new ();
  if (!json_parser_load_from_data (pa, actual_json, -1, &local))
    {
      g_set_error (error, NP_TEST_ERROR, NP_TEST_ERROR_GOLDEN_MISMATCH, "the output is not JSON: %s",
                   local->message);
      return FALSE;
    }
  g_autofree char *diff = json_diff (json_parser_get_root (pe), json_parser_get_root (pa), "$");
  if (diff)
    {
      g_set_error (error, NP_TEST_ERROR, NP_TEST_ERROR_GOLDEN_MISMATCH,
                   "%s differs: %s (if the change is intended, run with %s=1 and review the diff)", golden_path,
                   diff, NP_TEST_UPDATE_GOLDEN_ENV);
      return FALSE;
    }
  return TRUE;
}

gboolean
np_test_check_golden (const NpDocument *doc, const char *layer, const char *golden_path, GError **error)
{
  g_autofree char *json = np_test_document_to_json (doc, layer, error);
  return json && np_test_compare_golden (json, golden_path, error);
}
