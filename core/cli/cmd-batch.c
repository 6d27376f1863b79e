/* cmd-batch.c: notepipe batch INPUT...: options, then the engine
 * (core/batch/engine.c) does the work. */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "batch/batch.h"
#include "cli.h"

static gboolean
parse_shard (const char *text, guint *index, guint *count)
{
  char *end;
  guint64 i = g_ascii_strtoull (text, &end, 10);
  if (end == text || *end != '/')
    return FALSE;
  const char *rest = end + 1;
  guint64 n = g_ascii_strtoull (rest, &end, 10);
  if (end == rest || *end || n == 0 || n > 1000000 || i < 1 || i > n)
    return FALSE;
  *index = (guint) i;
  *count = (guint) n;
  return TRUE;
}

static char *
describe_inputs (char **paths, char **lists, char **lines)
{
  GString *s = g_string_new (NULL);
  for (char **p = paths; p && *p; p++)
    g_string_append_printf (s, "%s\n", *p);
  for (char **p = lists; p && *p; p++)
    g_string_append_printf (s, "--files-from %s\n", *p);
  for (char **p = lines; p && *p; p++)
    g_string_append_printf (s, "--lines %s\n", *p);
  return g_string_free (s, FALSE);
}

int
np_cmd_batch (int argc, char **argv)
{
  NpCliCommon common = { 0 };
  g_autofree char *format = NULL, *db = NULL, *shard = NULL, *report_dir = NULL;
  g_auto (GStrv) files_from = NULL, lines = NULL, include = NULL, exclude = NULL;
  gint jobs = 0;
  gboolean fail_fast = FALSE, quiet = FALSE, retry_failed = FALSE, checksum = FALSE, index = FALSE;
  gboolean progress = FALSE, no_progress = FALSE, isolate = FALSE, internal_layers = FALSE;
  double time_limit = 0;
  GOptionEntry entries[] = {
    { "db", 'd', 0, G_OPTION_ARG_FILENAME, &db, "SQLite database to write (default notepipe.db)", "FILE" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      "sqlite (default) or jsonl: documents then the corpus record on stdout (with --db, both)", "FORMAT" },
    { "internal-layers", 0, 0, G_OPTION_ARG_NONE, &internal_layers,
      "JSONL: also the plugins' internal layers (their working state; the database always has them)", NULL },
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &jobs, "Documents processed in parallel (default: the number of cores)",
      "N" },
    { "shard", 0, 0, G_OPTION_ARG_STRING, &shard, "Process only shard I of N (1-based) of the inputs", "I/N" },
    { "files-from", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files_from, "Read inputs from FILE, one a line ('-': stdin)",
      "FILE" },
    { "lines", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &lines, "Each line of FILE is one document, source FILE:N",
      "FILE" },
    { "include", 0, 0, G_OPTION_ARG_STRING_ARRAY, &include,
      "In directories and archives, take files matching GLOB (repeatable; default *.md *.markdown *.txt "
      "*.org *.adoc *.asciidoc *.wiki *.rst *.docx *.odt *.vtt *.webvtt *.srt)",
      "GLOB" },
    { "exclude", 0, 0, G_OPTION_ARG_STRING_ARRAY, &exclude, "Skip files and directories matching GLOB (repeatable)",
      "GLOB" },
    { "fail-fast", 0, 0, G_OPTION_ARG_NONE, &fail_fast, "Stop at the first failed document", NULL },
    { "retry-failed", 0, 0, G_OPTION_ARG_NONE, &retry_failed, "Process again documents stored as failed", NULL },
    { "checksum", 0, 0, G_OPTION_ARG_NONE, &checksum,
      "When resuming, compare contents (SHA-256) even if size and mtime match", NULL },
    { "report", 0, 0, G_OPTION_ARG_FILENAME, &report_dir,
      "Write an HTML report site (index.html, a page per document) into DIR at the end", "DIR" },
    { "index", 0, 0, G_OPTION_ARG_NONE, &index, "Build the full-text index at the end (else: at the first search)",
      NULL },
    { "isolate", 0, 0, G_OPTION_ARG_NONE, &isolate,
      "Run the plugins of each document in a child process: a crashing plugin fails that document only", NULL },
    { "time-limit", 0, 0, G_OPTION_ARG_DOUBLE, &time_limit,
      "Fail a document whose plugins take longer than SECONDS (implies --isolate)", "SECONDS" },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "No progress, no summary, no per-document errors", NULL },
    { "progress", 0, 0, G_OPTION_ARG_NONE, &progress, "Show progress even when stderr is not a terminal", NULL },
    { "no-progress", 0, 0, G_OPTION_ARG_NONE, &no_progress, "Never show progress", NULL },
    { NULL },
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("INPUT...");
  g_option_context_set_summary (
    ctx, "Process many notes in parallel into an SQLite database (or a JSONL stream).\n"
         "INPUT: a file, a directory (walked recursively, sorted), or an archive\n"
         "(.tar with any compression: .tar.gz, .tgz, .tar.xz, .tar.zst, .tar.bz2, ...;\n"
         ".zip, .7z, .cpio, .iso, .xar, .warc) read in place.  Running the same\n"
         "command again resumes: finished documents are skipped.");
  g_option_context_set_description (ctx, "Exit status: 0 ok, 1 some documents failed, 2 usage error,\n"
                                         "3 configuration, plugin or database error, 130 interrupted.\n"
                                         "See docs/batch.md and docs/scaling.md.");
  g_option_context_add_main_entries (ctx, entries, NULL);
  g_option_context_add_group (ctx, np_cli_common_group (&common));
  g_autoptr (GError) error = NULL;
  g_autofree char *plugin_list = NULL, *options = NULL, *inputs = NULL;
  int rc = NP_EXIT_USAGE;
  NpSourceIter *source = NULL;
  NpRegistry *registry = NULL;
  NpConfig *config = NULL;
  NpPipeline *pipeline = NULL;
  NpSourceOptions sopts = { 0 };
  gboolean jsonl = FALSE;
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    {
      np_cli_error ("%s (see notepipe batch --help)", error->message);
      goto usage;
    }
  jsonl = format && strcmp (format, "jsonl") == 0;
  if (format && !jsonl && strcmp (format, "sqlite") != 0)
    {
      np_cli_error ("unknown format '%s' for batch (sqlite, jsonl)", format);
      goto usage;
    }
  if (shard && !parse_shard (shard, &sopts.shard_index, &sopts.shard_count))
    {
      np_cli_error ("--shard %s: expected I/N with 1 <= I <= N", shard);
      goto usage;
    }
  if (jobs < 0 || jobs > 1024)
    {
      np_cli_error ("-j %d: expected 1 to 1024", jobs);
      goto usage;
    }
  if (argc < 2 && !files_from && !lines && !common.explain)
    {
      np_cli_error ("no inputs (see notepipe batch --help)");
      goto usage;
    }
  if (!db && !jsonl)
    db = g_strdup ("notepipe.db");
  if (report_dir && !db)
    {
      np_cli_error ("--report needs the database: add --db FILE");
      goto usage;
    }

  rc = np_cli_setup (&common, &registry, &config, &pipeline);
  if (rc != NP_EXIT_OK)
    goto usage;
  if (common.explain)
    {
      char *e = np_pipeline_explain (pipeline);
      fputs (e, stdout);
      g_free (e);
      goto done;
    }

  sopts.include = include;
  sopts.exclude = exclude;
  sopts.max_bytes = common.max_bytes > 0 ? (gsize) common.max_bytes : 0;
  source = np_source_iter_new (&sopts);
  char **paths = argv + 1;
  for (char **p = paths; *p; p++)
    np_source_iter_add_path (source, *p);
  for (char **p = files_from; p && *p; p++)
    np_source_iter_add_files_from (source, *p);
  for (char **p = lines; p && *p; p++)
    np_source_iter_add_lines (source, *p);

  plugin_list = np_pipeline_plugin_list (pipeline);
  options = np_pipeline_describe_options (pipeline);
  inputs = describe_inputs (paths, files_from, lines);
  NpRunInfo info = {
    .plugins = plugin_list,
    .options = options,
    .fingerprint = np_pipeline_get_fingerprint (pipeline),
    .shard = shard,
    .inputs = inputs,
    .jobs = jobs > 0 ? (guint) jobs : g_get_num_processors (),
  };
  NpBatchConfig cfg = {
    .pipeline = pipeline,
    .source = source,
    .db_path = db,
    .jsonl = jsonl ? stdout : NULL,
    .jobs = info.jobs,
    .fail_fast = fail_fast,
    .quiet = quiet,
    .progress = !quiet && !no_progress && (progress || isatty (STDERR_FILENO)),
    .retry_failed = retry_failed,
    .checksum = checksum,
    .index = index,
    .isolate = isolate,
    .internal_layers = internal_layers,
    .time_limit = time_limit,
    .run_info = &info,
    .source_options = sopts,
    .paths = paths,
    .files_from = files_from,
    .lines = lines,
  };
  /* a document's line is a few kB: with stdio's 4 KiB buffer nearly every
   * line was a write(2) of its own, a tenth of a short document's cost here.
   * A terminal keeps its line buffering.  (glibc ignores the size unless
   * it is given the buffer, which must outlive every write: static.) */
  static char out_buffer[1 << 16];
  if (jsonl && !isatty (STDOUT_FILENO))
    setvbuf (stdout, out_buffer, _IOFBF, sizeof out_buffer);
  cfg.read_options.input_format = common.input_format;
  cfg.read_options.max_bytes = sopts.max_bytes;
  cfg.read_options.max_item_tokens = common.max_item_tokens > 0 ? (guint) common.max_item_tokens : 0;
  /* without plugins nothing reads tokens: the reader can skip them */
  cfg.read_options.no_tokens = np_pipeline_get_n_plugins (pipeline) == 0;
  rc = np_batch_run (&cfg);
  if (report_dir && db && (rc == NP_EXIT_OK || rc == NP_EXIT_FAILED_DOCS))
    {
      int report_rc = np_report_from_db (db, report_dir, registry, quiet);
      if (report_rc == NP_EXIT_CONFIG)
        rc = report_rc;
    }
  if (jsonl && fflush (stdout) != 0)
    {
      np_cli_error ("cannot write the output");
      rc = rc ? rc : NP_EXIT_FAILED_DOCS;
    }

done:
  np_source_iter_free (source);
  np_pipeline_free (pipeline);
  np_config_free (config);
  np_registry_free (registry);
usage:
  np_cli_common_clear (&common);
  return rc;
}
