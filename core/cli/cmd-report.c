/* cmd-report.c: notepipe report DB --out DIR (or --db DB, as batch names it) */
#include "config.h"

#include <stdio.h>

#include "batch/batch.h"
#include "cli.h"

int
np_cmd_report (int argc, char **argv)
{
  g_autofree char *out = NULL, *db_option = NULL;
  g_auto (GStrv) dirs = NULL;
  gboolean quiet = FALSE;
  GOptionEntry entries[] = {
    { "out", 'O', 0, G_OPTION_ARG_FILENAME, &out, "Directory to write the site into (created)", "DIR" },
    { "plugin-dir", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &dirs, "Look for plugins in DIR first (for their summaries)",
      "DIR" },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "No closing message", NULL },
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db_option, "The database (instead of DB), as batch and merge name it", "DB" },
    { NULL },
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("DB");
  g_option_context_set_summary (ctx, "Write a self-contained HTML site from a batch database: an index (documents by\n"
                                     "date, topics and people over time, corpus keyphrases) and a page per document.\n"
                                     "Pages need no network and no scripts.");
  g_option_context_add_main_entries (ctx, entries, NULL);
  g_autoptr (GError) error = NULL;
  if (!g_option_context_parse (ctx, &argc, &argv, &error) || argc != (db_option ? 1 : 2) || !out)
    {
      np_cli_error ("%s", error ? error->message : "usage: notepipe report DB --out DIR");
      return NP_EXIT_USAGE;
    }
  const char *db = db_option ? db_option : argv[1];
  if (!g_file_test (db, G_FILE_TEST_IS_REGULAR))
    {
      np_cli_error ("%s: no such database", db);
      return NP_EXIT_CONFIG;
    }
  NpRegistry *registry = np_registry_new ();
  for (char **d = dirs; d && *d; d++)
    np_registry_add_dir (registry, *d);
  np_registry_add_default_dirs (registry);
  np_registry_scan (registry);
  int rc = np_report_from_db (db, out, registry, quiet);
  np_registry_free (registry);
  return rc;
}
