/* cmd-merge.c: notepipe merge A.db B.db ... --db OUT.db: combine shard
 * databases and run the corpus stages over the merged statistics
 * (core/batch/merge.c). */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "batch/batch.h"
#include "cli.h"

int
np_cmd_merge (int argc, char **argv)
{
  NpCliCommon common = { 0 };
  g_autofree char *db = NULL, *format = NULL;
  gboolean force = FALSE, quiet = FALSE, internal_layers = FALSE;
  GOptionEntry entries[] = {
    { "db", 'd', 0, G_OPTION_ARG_FILENAME, &db, "The merged database to write (required)", "FILE" },
    { "force", 0, 0, G_OPTION_ARG_NONE, &force, "Replace the output database if it exists", NULL },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, "jsonl: also print the corpus record on stdout", "FORMAT" },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "No summary", NULL },
    { "internal-layers", 0, 0, G_OPTION_ARG_NONE, &internal_layers,
      "JSONL: also the plugins' internal corpus layers (their working state; the database always has them)", NULL },
    { NULL },
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("SHARD.db... --db OUT.db");
  g_option_context_set_summary (
    ctx, "Combine the databases of batch runs (for example --shard 1/4 ... 4/4 on several machines) and run\n"
         "the corpus stages over the merged statistics.  The plugins and options are those the shards\n"
         "recorded; --plugins and -o, when given, must reproduce them.");
  g_option_context_add_main_entries (ctx, entries, NULL);
  g_option_context_add_group (ctx, np_cli_common_group (&common));
  g_autoptr (GError) error = NULL;
  int rc = NP_EXIT_USAGE;
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    {
      np_cli_error ("%s (see notepipe merge --help)", error->message);
      goto out;
    }
  if (!db || argc < 2)
    {
      np_cli_error ("usage: notepipe merge SHARD.db... --db OUT.db");
      goto out;
    }
  if (format && strcmp (format, "jsonl") != 0)
    {
      np_cli_error ("unknown format '%s' for merge (jsonl)", format);
      goto out;
    }
  NpRegistry *registry = NULL;
  NpConfig *config = NULL;
  NpPipeline *pipeline = NULL;
  if (common.plugins || common.assignments || common.config_file)
    {
      rc = np_cli_setup (&common, &registry, &config, &pipeline);
      if (rc != NP_EXIT_OK)
        goto out;
    }
  else
    {
      registry = np_registry_new ();
      for (char **d = common.plugin_dirs; d && *d; d++)
        np_registry_add_dir (registry, *d);
      np_registry_add_default_dirs (registry);
      np_registry_scan (registry);
    }
  NpMergeConfig cfg = { .inputs = argv + 1, .output = db, .force = force, .quiet = quiet,
                        .jsonl = format ? stdout : NULL, .internal_layers = internal_layers };
  rc = np_batch_merge (&cfg, registry, pipeline);
  np_pipeline_free (pipeline);
  np_config_free (config);
  np_registry_free (registry);
  if (format && fflush (stdout) != 0)
    {
      np_cli_error ("cannot write the output");
      rc = rc ? rc : NP_EXIT_FAILED_DOCS;
    }
out:
  np_cli_common_clear (&common);
  return rc;
}
