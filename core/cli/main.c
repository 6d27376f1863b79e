/* main.c: the notepipe command: dispatch to subcommands. */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

typedef struct
{
  const char *name;
  int (*fn) (int argc, char **argv);
  const char *summary;
} Command;

static const Command commands[] = {
  { "run", np_cmd_run, "analyse notes (files, directories, archives) and print the result (text, json, markdown, html)" },
  { "batch", np_cmd_batch, "process many notes or archives in parallel into SQLite or JSONL" },
  { "search", np_cmd_search, "full-text search over a batch database" },
  { "merge", np_cmd_merge, "combine shard databases and run the corpus stages" },
  { "report", np_cmd_report, "write an HTML report site from a batch database" },
  { "plugins", np_cmd_plugins, "list plugins, refused files, or one plugin's options" },
  { "new-plugin", np_cmd_new_plugin, "write a buildable out-of-tree plugin project" },
};

static void
usage (FILE *out)
{
  fprintf (out, "Usage: notepipe COMMAND [OPTIONS] ...\n\n"
                "notepipe turns meeting notes into structured knowledge: sections, items,\n"
                "speakers, keyphrases and topics, through dynamically loaded plugins.\n\nCommands:\n");
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-11s %s\n", commands[i].name, commands[i].summary);
  fprintf (out, "\nRun 'notepipe COMMAND --help' for a command's options.\n\n"
                "Exit status:\n"
                "  0  success\n"
                "  1  some documents failed (their errors are in the output)\n"
                "  2  usage error\n"
                "  3  configuration or plugin error\n"
                "  130 interrupted (batch: finished documents are kept)\n\n"
                "Environment:\n"
                "  NOTEPIPE_PLUGIN_PATH  extra plugin directories (colon-separated), searched first\n"
                "  NO_COLOR              no colour in the terminal view\n");
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  if (argc < 2)
    {
      usage (stderr);
      return NP_EXIT_USAGE;
    }
  const char *cmd = argv[1];
  if (strcmp (cmd, "--help") == 0 || strcmp (cmd, "-h") == 0 || strcmp (cmd, "help") == 0)
    {
      usage (stdout);
      return NP_EXIT_OK;
    }
  if (strcmp (cmd, "--version") == 0 || strcmp (cmd, "-V") == 0)
    {
      printf ("notepipe %s (plugin ABI %d, API 1.%d)\n", NP_PACKAGE_VERSION, NP_PLUGIN_ABI_VERSION,
              NP_PLUGIN_API_MINOR);
      return NP_EXIT_OK;
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (cmd, commands[i].name) == 0)
      return commands[i].fn (argc - 1, argv + 1);
  fprintf (stderr, "notepipe: unknown command '%s'\n\n", cmd);
  usage (stderr);
  return NP_EXIT_USAGE;
}
