/* common.c: options and set-up shared by the notepipe subcommands. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

const char *
np_cli_program (void)
{
  return "notepipe";
}

void
np_cli_error (const char *format, ...)
{
  va_list ap;
  va_start (ap, format);
  g_autofree char *msg = g_strdup_vprintf (format, ap);
  va_end (ap);
  fprintf (stderr, "%s: error: %s\n", np_cli_program (), msg);
}

void
np_cli_warning (const char *format, ...)
{
  va_list ap;
  va_start (ap, format);
  g_autofree char *msg = g_strdup_vprintf (format, ap);
  va_end (ap);
  fprintf (stderr, "%s: warning: %s\n", np_cli_program (), msg);
}

/* --max-bytes N: bytes, or with a binary suffix K, M, G (KiB, MiB, GiB;
 * "4M", "4MiB" and "4MB" all mean 4 * 1024 * 1024). */
static gboolean
parse_max_bytes (const char *option_name, const char *value, gpointer data, GError **error)
{
  NpCliCommon *c = data;
  char *end = NULL;
  errno = 0;
  guint64 n = g_ascii_strtoull (value, &end, 10);
  guint shift = 0;
  if (end != value && *end)
    {
      switch (g_ascii_toupper (*end))
        {
        case 'K': shift = 10; break;
        case 'M': shift = 20; break;
        case 'G': shift = 30; break;
        default: end = (char *) value; break;
        }
      if (shift && *end)
        {
          end++;
          if (g_ascii_strcasecmp (end, "iB") == 0 || g_ascii_strcasecmp (end, "B") == 0 || *end == '\0')
            end += strlen (end);
        }
    }
  if (end == value || *end || errno || n == 0 || n > ((guint64) G_MAXINT64 >> shift))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   "%s takes a positive size in bytes, with K, M or G for KiB, MiB, GiB (not '%s')", option_name, value);
      return FALSE;
    }
  c->max_bytes = (gint64) (n << shift);
  return TRUE;
}

GOptionGroup *
np_cli_common_group (NpCliCommon *c)
{
  GOptionEntry entries[] = {
    { "plugins", 'p', 0, G_OPTION_ARG_STRING, &c->plugins,
      "Plugins to run, in order (comma-separated; 'none' for the document model only; default: all)", "LIST" },
    { "option", 'o', 0, G_OPTION_ARG_STRING_ARRAY, &c->assignments, "Set a plugin option (repeatable)",
      "PLUGIN.KEY=VALUE" },
    { "config", 'c', 0, G_OPTION_ARG_FILENAME, &c->config_file, "Read plugin options from a key file", "FILE" },
    { "plugin-dir", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &c->plugin_dirs, "Look for plugins in DIR first (repeatable)",
      "DIR" },
    { "input-format", 0, 0, G_OPTION_ARG_STRING, &c->input_format,
      "Input format: auto (default), text, markdown, org, asciidoc, wiki, html, docx, odt, vtt, plain", "FORMAT" },
    { "max-bytes", 0, 0, G_OPTION_ARG_CALLBACK, (gpointer) parse_max_bytes,
      "Refuse inputs larger than SIZE (bytes, or K/M/G; default 1G)", "SIZE" },
    { "max-item-tokens", 0, 0, G_OPTION_ARG_INT, &c->max_item_tokens,
      "Analyse at most N tokens of one item (default 1000000)", "N" },
    { "explain", 0, 0, G_OPTION_ARG_NONE, &c->explain, "Print the resolved plugin order and layer flow, then exit",
      NULL },
    { NULL },
  };
  GOptionGroup *g = g_option_group_new ("pipeline", "Pipeline options:", "Show pipeline options", c, NULL);
  g_option_group_add_entries (g, entries);
  return g;
}

void
np_cli_common_clear (NpCliCommon *c)
{
  g_free (c->plugins);
  g_strfreev (c->plugin_dirs);
  g_strfreev (c->assignments);
  g_free (c->config_file);
  g_free (c->input_format);
  memset (c, 0, sizeof *c);
}

int
np_cli_setup (NpCliCommon *c, NpRegistry **registry_out, NpConfig **config_out, NpPipeline **pipeline_out)
{
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) names = NULL;
  NpRegistry *registry = np_registry_new ();
  for (char **d = c->plugin_dirs; d && *d; d++)
    {
      if (!g_file_test (*d, G_FILE_TEST_IS_DIR))
        {
          np_cli_error ("--plugin-dir %s: no such directory", *d);
          np_registry_free (registry);
          return NP_EXIT_CONFIG;
        }
      np_registry_add_dir (registry, *d);
    }
  np_registry_add_default_dirs (registry);
  np_registry_scan (registry);

  NpConfig *config = np_config_new ();
  g_autofree char *user_conf = g_build_filename (g_get_user_config_dir (), "notepipe", "notepipe.conf", NULL);
  if (g_file_test (user_conf, G_FILE_TEST_EXISTS) && !np_config_load_file (config, user_conf, &error))
    goto config_error;
  if (c->config_file && !np_config_load_file (config, c->config_file, &error))
    goto config_error;
  for (char **a = c->assignments; a && *a; a++)
    if (!np_config_set_option (config, *a, &error))
      goto config_error;

  if (c->plugins && strcmp (c->plugins, "all") != 0)
    {
      if (strcmp (c->plugins, "none") == 0 || *c->plugins == '\0')
        names = g_new0 (char *, 1);
      else
        {
          names = g_strsplit (c->plugins, ",", -1);
          for (char **n = names; *n; n++)
            g_strstrip (*n);
        }
    }
  NpPipeline *pipeline = np_pipeline_new (registry, (const char *const *) names, config, &error);
  if (!pipeline)
    goto config_error;
  *registry_out = registry;
  *config_out = config;
  *pipeline_out = pipeline;
  return NP_EXIT_OK;

config_error:
  np_cli_error ("%s", error->message);
  np_config_free (config);
  np_registry_free (registry);
  return NP_EXIT_CONFIG;
}
