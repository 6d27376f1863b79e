/* config.c: plugin options from key files and -o, validated against the
 * options each plugin declares.
 *
 * Values keep where they came from (file and line, or "-o"), so that an
 * unknown key or a bad value is reported where the user can fix it.
 * GKeyFile parses; the line numbers come from a second look at the text. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "notepipe/np-pipeline.h"

typedef struct
{
  char *value;
  char *origin; /* "file.conf:12" or "-o" */
} ConfigValue;

struct _NpConfig
{
  GHashTable *values; /* "plugin.key" -> ConfigValue* */
};

G_DEFINE_QUARK (np-pipeline-error-quark, np_pipeline_error)

static void
value_free (ConfigValue *v)
{
  g_free (v->value);
  g_free (v->origin);
  g_free (v);
}

NpConfig *
np_config_new (void)
{
  NpConfig *c = g_new0 (NpConfig, 1);
  c->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) value_free);
  return c;
}

void
np_config_free (NpConfig *c)
{
  if (!c)
    return;
  g_hash_table_destroy (c->values);
  g_free (c);
}

static void
put (NpConfig *c, const char *plugin, const char *key, const char *value, char *origin)
{
  ConfigValue *v = g_new0 (ConfigValue, 1);
  v->value = g_strdup (value);
  v->origin = origin;
  g_hash_table_replace (c->values, g_strconcat (plugin, ".", key, NULL), v);
}

/* line of "key" in "[group]" of a key file's text, 0 if not found */
static guint
line_of (const char *text, const char *group, const char *key)
{
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  gboolean in_group = FALSE;
  for (guint i = 0; lines[i]; i++)
    {
      char *l = g_strstrip (lines[i]);
      if (l[0] == '[')
        {
          char *close = strchr (l, ']');
          in_group = close && (gsize) (close - l - 1) == strlen (group) && strncmp (l + 1, group, close - l - 1) == 0;
          continue;
        }
      if (in_group && g_str_has_prefix (l, key))
        {
          const char *r = l + strlen (key);
          while (*r == ' ')
            r++;
          if (*r == '=')
            return i + 1;
        }
    }
  return 0;
}

gboolean
np_config_load_file (NpConfig *c, const char *path, GError **error)
{
  g_autofree char *text = NULL;
  GError *local = NULL;
  if (!g_file_get_contents (path, &text, NULL, &local))
    {
      g_set_error (error, NP_PIPELINE_ERROR, NP_PIPELINE_ERROR_CONFIG, "%s: cannot read: %s", path, local->message);
      g_error_free (local);
      return FALSE;
    }
  return np_config_load_data (c, path, text, error);
}

gboolean
np_config_load_data (NpConfig *c, const char *path, const char *text, GError **error)
{
  GError *local = NULL;
  g_autoptr (GKeyFile) kf = g_key_file_new ();
  if (!g_key_file_load_from_data (kf, text, -1, G_KEY_FILE_NONE, &local))
    {
      g_set_error (error, NP_PIPELINE_ERROR, NP_PIPELINE_ERROR_CONFIG, "%s: %s", path, local->message);
      g_error_free (local);
      return FALSE;
    }
  g_auto (GStrv) groups = g_key_file_get_groups (kf, NULL);
  for (char **g = groups; *g; g++)
    {
      g_auto (GStrv) keys = g_key_file_get_keys (kf, *g, NULL, NULL);
      for (char **k = keys; k && *k; k++)
        {
          g_autofree char *value = g_key_file_get_string (kf, *g, *k, NULL);
          put (c, *g, *k, value ? value : "", g_strdup_printf ("%s:%u", path, line_of (text, *g, *k)));
        }
    }
  return TRUE;
}

gboolean
np_config_set_option (NpConfig *c, const char *assignment, GError **error)
{
  const char *eq = strchr (assignment, '=');
  const char *dot = strchr (assignment, '.');
  if (!eq || !dot || dot > eq || dot == assignment || eq == dot + 1)
    {
      g_set_error (error, NP_PIPELINE_ERROR, NP_PIPELINE_ERROR_CONFIG,
                   "-o %s: expected plugin.key=value", assignment);
      return FALSE;
    }
  g_autofree char *plugin = g_strndup (assignment, dot - assignment);
  g_autofree char *key = g_strndup (dot + 1, eq - dot - 1);
  put (c, plugin, key, eq + 1, g_strdup_printf ("-o %s", assignment));
  return TRUE;
}

const char *
np_config_get (const NpConfig *c, const char *plugin, const char *key)
{
  if (!c)
    return NULL;
  g_autofree char *full = g_strconcat (plugin, ".", key, NULL);
  ConfigValue *v = g_hash_table_lookup (c->values, full);
  return v ? v->value : NULL;
}

static const char *
origin_of (const NpConfig *c, const char *plugin, const char *key)
{
  g_autofree char *full = g_strconcat (plugin, ".", key, NULL);
  ConfigValue *v = g_hash_table_lookup (c->values, full);
  return v ? v->origin : "default";
}

/* Unknown plugin groups or keys, for the plugins of a pipeline. */
gboolean np_config_check_unknown (const NpConfig *c, GHashTable *plugins, GError **error);

gboolean
np_config_check_unknown (const NpConfig *c, GHashTable *plugins, GError **error)
{
  if (!c)
    return TRUE;
  GHashTableIter it;
  gpointer k, v;
  g_hash_table_iter_init (&it, c->values);
  while (g_hash_table_iter_next (&it, &k, &v))
    {
      const char *full = k;
      const char *dot = strchr (full, '.');
      g_autofree char *plugin = g_strndup (full, dot - full);
      if (strcmp (plugin, "core") == 0)
        continue;
      const NpPluginDescriptor *d = g_hash_table_lookup (plugins, plugin);
      if (!d)
        continue; /* options of a plugin not in this run are ignored */
      gboolean known = FALSE;
      for (const NpOptionSpec *o = d->options; o && o->name; o++)
        known |= strcmp (o->name, dot + 1) == 0;
      if (!known)
        {
          GString *names = g_string_new (NULL);
          for (const NpOptionSpec *o = d->options; o && o->name; o++)
            g_string_append_printf (names, "%s%s", names->len ? ", " : "", o->name);
          g_set_error (error, NP_PIPELINE_ERROR, NP_PIPELINE_ERROR_OPTION,
                       "%s: unknown option '%s' for plugin %s (options: %s)", ((ConfigValue *) v)->origin, dot + 1,
                       plugin, names->len ? names->str : "none");
          g_string_free (names, TRUE);
          return FALSE;
        }
    }
  return TRUE;
}

/* Options */

typedef struct
{
  const NpOptionSpec *spec;
  char *text;     /* NULL = unset */
  gboolean user;  /* set by the user */
  gint64 i;
  double d;
  gboolean b;
  char **list;
} OptionValue;

struct _NpOptions
{
  GArray *values; /* OptionValue */
};

static gboolean
parse_value (OptionValue *ov, const char *origin, const char *plugin, GError **error)
{
  const NpOptionSpec *s = ov->spec;
  const char *t = ov->text;
  if (!t)
    return TRUE;
#define BAD(...)                                                                                    \
  do                                                                                                \
    {                                                                                               \
      g_autofree char *why = g_strdup_printf (__VA_ARGS__);                                         \
      g_set_error (error, NP_PIPELINE_ERROR, NP_PIPELINE_ERROR_OPTION, "%s: bad value '%s' for %s.%s: %s", \
                   origin, t, plugin, s->name, why);                                                \
      return FALSE;                                                                                 \
    }                                                                                               \
  while (0)
  switch (s->type)
    {
    case NP_OPTION_BOOL:
      if (!g_ascii_strcasecmp (t, "true") || !g_ascii_strcasecmp (t, "yes") || !strcmp (t, "1")
          || !g_ascii_strcasecmp (t, "on"))
        ov->b = TRUE;
      else if (!g_ascii_strcasecmp (t, "false") || !g_ascii_strcasecmp (t, "no") || !strcmp (t, "0")
               || !g_ascii_strcasecmp (t, "off"))
        ov->b = FALSE;
      else
        BAD ("expected true or false");
      break;
    case NP_OPTION_INT:
    case NP_OPTION_DOUBLE:
      {
        char *end = NULL;
        double v = g_ascii_strtod (t, &end);
        if (!*t || *end)
          BAD ("expected a number");
        if (s->type == NP_OPTION_INT)
          {
            gint64 iv;
            if (!g_ascii_string_to_signed (t, 10, G_MININT64, G_MAXINT64, &iv, NULL))
              BAD ("expected an integer");
            ov->i = iv;
          }
        ov->d = v;
        if (s->choices && *s->choices)
          {
            const char *colon = strchr (s->choices, ':');
            if (colon)
              {
                if (colon != s->choices && v < g_ascii_strtod (s->choices, NULL))
                  BAD ("must be at least %.*s", (int) (colon - s->choices), s->choices);
                if (colon[1] && v > g_ascii_strtod (colon + 1, NULL))
                  BAD ("must be at most %s", colon + 1);
              }
          }
        break;
      }
    case NP_OPTION_STRING:
      break;
    case NP_OPTION_ENUM:
    case NP_OPTION_LIST:
      {
        g_auto (GStrv) choices = s->choices ? g_strsplit (s->choices, "|", -1) : NULL;
        g_auto (GStrv) parts = s->type == NP_OPTION_LIST ? g_strsplit (t, ",", -1) : g_strsplit (t, "\x01", -1);
        GPtrArray *kept = g_ptr_array_new_with_free_func (g_free);
        for (char **p = parts; *p; p++)
          {
            g_strstrip (*p);
            if (!**p)
              continue;
            if (choices && !g_strv_contains ((const char *const *) choices, *p))
              {
                g_autofree char *joined = g_strjoinv (", ", choices);
                g_autofree char *item = g_strdup (*p);
                g_ptr_array_free (kept, TRUE);
                BAD ("'%s' is not one of %s", item, joined);
              }
            g_ptr_array_add (kept, g_strdup (*p));
          }
        g_ptr_array_add (kept, NULL);
        char **items = (char **) g_ptr_array_free (kept, FALSE);
        ov->list = items;
        break;
      }
    }
#undef BAD
  return TRUE;
}

NpOptions *
np_options_new (const NpPluginDescriptor *d, const NpConfig *config, GError **error)
{
  NpOptions *o = g_new0 (NpOptions, 1);
  o->values = g_array_new (FALSE, TRUE, sizeof (OptionValue));
  for (const NpOptionSpec *s = d->options; s && s->name; s++)
    {
      OptionValue ov = { 0 };
      ov.spec = s;
      const char *user = np_config_get (config, d->name, s->name);
      ov.user = user != NULL;
      ov.text = g_strdup (user ? user : s->default_value);
      g_array_append_val (o->values, ov);
      OptionValue *stored = &g_array_index (o->values, OptionValue, o->values->len - 1);
      if (!parse_value (stored, user ? origin_of (config, d->name, s->name) : "default", d->name, error))
        {
          np_options_free (o);
          return NULL;
        }
    }
  return o;
}

void
np_options_free (NpOptions *o)
{
  if (!o)
    return;
  for (guint i = 0; i < o->values->len; i++)
    {
      OptionValue *v = &g_array_index (o->values, OptionValue, i);
      g_free (v->text);
      g_strfreev (v->list);
    }
  g_array_free (o->values, TRUE);
  g_free (o);
}

static const OptionValue *
lookup (const NpOptions *o, const char *name, NpOptionType want)
{
  for (guint i = 0; o && i < o->values->len; i++)
    {
      const OptionValue *v = &g_array_index (o->values, OptionValue, i);
      if (strcmp (v->spec->name, name) == 0)
        {
          if (want && v->spec->type != want && !(want == NP_OPTION_STRING && v->spec->type == NP_OPTION_ENUM)
              && !(want == NP_OPTION_DOUBLE && v->spec->type == NP_OPTION_INT))
            g_critical ("option %s is not of the type asked for", name);
          return v;
        }
    }
  g_critical ("option %s is not declared", name);
  return NULL;
}

gboolean
np_options_get_bool (const NpOptions *o, const char *name)
{
  const OptionValue *v = lookup (o, name, NP_OPTION_BOOL);
  return v && v->text ? v->b : FALSE;
}

gint64
np_options_get_int (const NpOptions *o, const char *name)
{
  const OptionValue *v = lookup (o, name, NP_OPTION_INT);
  return v && v->text ? v->i : 0;
}

double
np_options_get_double (const NpOptions *o, const char *name)
{
  const OptionValue *v = lookup (o, name, NP_OPTION_DOUBLE);
  return v && v->text ? v->d : 0.0;
}

const char *
np_options_get_string (const NpOptions *o, const char *name)
{
  const OptionValue *v = lookup (o, name, NP_OPTION_STRING);
  return v ? v->text : NULL;
}

const char *const *
np_options_get_list (const NpOptions *o, const char *name)
{
  static const char *const empty[] = { NULL };
  const OptionValue *v = lookup (o, name, NP_OPTION_LIST);
  return v && v->list ? (const char *const *) v->list : empty;
}

gboolean
np_options_is_set (const NpOptions *o, const char *name)
{
  const OptionValue *v = lookup (o, name, 0);
  return v && v->user;
}

/* "key=value" of every option, for fingerprints and --explain */
char *np_options_describe (const NpOptions *o, const char *plugin);

char *
np_options_describe (const NpOptions *o, const char *plugin)
{
  GString *s = g_string_new (NULL);
  for (guint i = 0; o && i < o->values->len; i++)
    {
      const OptionValue *v = &g_array_index (o->values, OptionValue, i);
      g_string_append_printf (s, "%s.%s=%s\n", plugin, v->spec->name, v->text ? v->text : "");
    }
  return g_string_free (s, FALSE);
}
