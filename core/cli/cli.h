/* cli.h: what the notepipe subcommands share (internal to the CLI). */
#ifndef NP_CLI_H
#define NP_CLI_H

#include <glib.h>

#include "notepipe/notepipe.h"

G_BEGIN_DECLS

enum
{
  NP_EXIT_OK = 0,
  NP_EXIT_FAILED_DOCS = 1,
  NP_EXIT_USAGE = 2,
  NP_EXIT_CONFIG = 3,
};

/* Options every processing command takes */
typedef struct
{
  char *plugins;       /* --plugins a,b | none | all */
  char **plugin_dirs;  /* --plugin-dir (repeatable) */
  char **assignments;  /* -o plugin.key=value */
  char *config_file;   /* --config */
  char *input_format;  /* --input-format */
  gboolean explain;
  gint64 max_bytes;
  gint max_item_tokens;
} NpCliCommon;

GOptionGroup *np_cli_common_group (NpCliCommon *common);
void np_cli_common_clear (NpCliCommon *common);
/* Registry (scanned), config and pipeline from the common options; on
 * failure prints the error and returns the exit code to use. */
int np_cli_setup (NpCliCommon *common, NpRegistry **registry, NpConfig **config, NpPipeline **pipeline);
void np_cli_error (const char *format, ...) G_GNUC_PRINTF (1, 2);
void np_cli_warning (const char *format, ...) G_GNUC_PRINTF (1, 2);
const char *np_cli_program (void);

int np_cmd_run (int argc, char **argv);
int np_cmd_plugins (int argc, char **argv);
int np_cmd_batch (int argc, char **argv);
int np_cmd_search (int argc, char **argv);
int np_cmd_merge (int argc, char **argv);
int np_cmd_report (int argc, char **argv);
int np_cmd_new_plugin (int argc, char **argv);

G_END_DECLS

#endif
