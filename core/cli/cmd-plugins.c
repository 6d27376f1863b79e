/* cmd-plugins.c: notepipe plugins [--all] [NAME] */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "cli.h"

static const char *
option_type (NpOptionType t)
{
  switch (t)
    {
    case NP_OPTION_BOOL: return "bool";
    case NP_OPTION_INT: return "int";
    case NP_OPTION_DOUBLE: return "number";
    case NP_OPTION_STRING: return "string";
    case NP_OPTION_ENUM: return "choice";
    case NP_OPTION_LIST: return "list";
    }
  return "?";
}

static const char *
value_type (NpValueType t)
{
  switch (t)
    {
    case NP_VALUE_BOOL: return "bool";
    case NP_VALUE_INT: return "int";
    case NP_VALUE_DOUBLE: return "number";
    case NP_VALUE_STRING: return "string";
    case NP_VALUE_INT_LIST: return "int[]";
    case NP_VALUE_DOUBLE_LIST: return "number[]";
    case NP_VALUE_STRING_LIST: return "string[]";
    }
  return "?";
}

static const char *
target_name (NpTargetKind t)
{
  switch (t)
    {
    case NP_TARGET_DOCUMENT: return "document";
    case NP_TARGET_SECTION: return "section";
    case NP_TARGET_ITEM: return "item";
    case NP_TARGET_SPAN: return "span";
    case NP_TARGET_CORPUS: return "corpus";
    }
  return "?";
}

static void
show_plugin (const NpPluginInfo *pi)
{
  const NpPluginDescriptor *d = pi->descriptor;
  printf ("%s %s\n  %s\n", d->name, d->version ? d->version : "", d->summary ? d->summary : "");
  printf ("  file: %s\n", pi->path);
  if (d->license)
    printf ("  license: %s\n", d->license);
  printf ("\nOptions (set with -o %s.KEY=VALUE or [%s] in a config file):\n", d->name, d->name);
  if (!d->options || !d->options->name)
    printf ("  (none)\n");
  for (const NpOptionSpec *o = d->options; o && o->name; o++)
    {
      printf ("  %-14s %-7s default: %s", o->name, option_type (o->type), o->default_value ? o->default_value : "(unset)");
      if (o->choices && *o->choices)
        printf ("  [%s]", o->choices);
      printf ("\n      %s\n", o->help ? o->help : "");
    }
  printf ("\nStages:\n");
  for (guint s = 0; s < d->n_stages; s++)
    {
      const NpStage *st = &d->stages[s];
      printf ("  %s (%s)\n", st->name ? st->name : "main", st->kind == NP_STAGE_DOCUMENT ? "document" : "corpus");
      for (const char *const *r = st->requires; r && *r; r++)
        printf ("    requires %s\n", *r);
      for (const NpLayerSpec *const *l = st->provides; l && *l; l++)
        {
          /* internal: the plugin's working state, not in JSON without --internal-layers */
          printf ("    provides %s (one per %s%s)%s%s\n", (*l)->name, target_name ((*l)->target),
                  (*l)->flags & NP_LAYER_INTERNAL ? ", internal" : "", (*l)->help ? ": " : "",
                  (*l)->help ? (*l)->help : "");
          for (const NpFeatureSpec *f = (*l)->features; f && f->name; f++)
            printf ("      %-12s %-9s%s %s\n", f->name, value_type (f->type),
                    f->flags & NP_FEATURE_OPTIONAL ? " (optional)" : "", f->help ? f->help : "");
        }
    }
}

int
np_cmd_plugins (int argc, char **argv)
{
  gboolean all = FALSE;
  g_auto (GStrv) dirs = NULL;
  GOptionEntry entries[] = {
    { "all", 'a', 0, G_OPTION_ARG_NONE, &all, "Also list files that were refused, with the reason", NULL },
    { "plugin-dir", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &dirs, "Look for plugins in DIR first (repeatable)", "DIR" },
    { NULL },
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("[NAME]");
  g_option_context_set_summary (ctx, "List the plugins found on the search path (name, version, layers), or\n"
                                     "show one plugin's options, stages and layer schemas.");
  g_option_context_add_main_entries (ctx, entries, NULL);
  g_autoptr (GError) error = NULL;
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    {
      np_cli_error ("%s", error->message);
      return NP_EXIT_USAGE;
    }
  NpRegistry *r = np_registry_new ();
  for (char **d = dirs; d && *d; d++)
    np_registry_add_dir (r, *d);
  np_registry_add_default_dirs (r);
  np_registry_scan (r);
  int rc = NP_EXIT_OK;
  if (argc > 1)
    {
      const NpPluginInfo *pi = np_registry_lookup (r, argv[1]);
      if (pi)
        show_plugin (pi);
      else
        {
          const NpRefusal *ref = np_registry_lookup_refusal (r, argv[1]);
          if (ref)
            np_cli_error ("plugin %s cannot be used: %s: %s", argv[1], ref->path, ref->reason);
          else
            np_cli_error ("no plugin named %s (see notepipe plugins --all)", argv[1]);
          rc = NP_EXIT_CONFIG;
        }
      np_registry_free (r);
      return rc;
    }
  guint n = np_registry_get_n_plugins (r);
  if (n == 0)
    printf ("no plugins found\n");
  for (guint i = 0; i < n; i++)
    {
      const NpPluginDescriptor *d = np_registry_get_plugin (r, i)->descriptor;
      GString *layers = g_string_new (NULL);
      for (guint s = 0; s < d->n_stages; s++)
        for (const NpLayerSpec *const *l = d->stages[s].provides; l && *l; l++)
          g_string_append_printf (layers, "%s%s%s", layers->len ? ", " : "", (*l)->name,
                                  (*l)->flags & NP_LAYER_INTERNAL ? " (internal)" : "");
      printf ("%-12s %-8s %s\n             layers: %s\n", d->name, d->version ? d->version : "",
              d->summary ? d->summary : "", layers->len ? layers->str : "(none)");
      g_string_free (layers, TRUE);
    }
  if (all)
    {
      guint nr;
      const NpRefusal *refs = np_registry_get_refusals (r, &nr);
      printf ("\nrefused (%u):\n", nr);
      for (guint i = 0; i < nr; i++)
        printf ("  %s: %s\n", refs[i].path, refs[i].reason);
      printf ("\nsearch path:\n");
      for (const char *const *d = np_registry_get_dirs (r); *d; d++)
        printf ("  %s%s\n", *d, g_file_test (*d, G_FILE_TEST_IS_DIR) ? "" : " (absent)");
    }
  np_registry_free (r);
  return rc;
}
