/* cmd-run.c: notepipe run FILE... */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "cli.h"


static gboolean
valid_format (const char *f)
{
  return !strcmp (f, "text") || !strcmp (f, "json") || !strcmp (f, "markdown") || !strcmp (f, "html")
         || !strcmp (f, "jsonl");
}

int
np_cmd_run (int argc, char **argv)
{
  NpCliCommon common = { 0 };
  g_autofree char *format = NULL;
  gboolean tokens = FALSE, compact = FALSE, isolate = FALSE;
  double time_limit = 0;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, "Output: text (default), json, jsonl, markdown, html", "FORMAT" },
    { "tokens", 0, 0, G_OPTION_ARG_NONE, &tokens, "JSON: include each item's tokens", NULL },
    { "compact", 0, 0, G_OPTION_ARG_NONE, &compact, "JSON: no indentation", NULL },
    { "isolate", 0, 0, G_OPTION_ARG_NONE, &isolate,
      "Run the plugins of each document in a child process: a crashing plugin fails that document only", NULL },
    { "time-limit", 0, 0, G_OPTION_ARG_DOUBLE, &time_limit,
      "Fail a document whose plugins take longer than SECONDS (implies --isolate)", "SECONDS" },
    { NULL },
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("FILE...|-");
  g_option_context_set_summary (ctx, "Read note files (plain text or Markdown; '-' for standard input), build the\n"
                                     "document model, run the plugins and print the result.");
  g_option_context_set_description (ctx, "Exit status: 0 ok, 1 some documents failed, 2 usage error,\n"
                                         "3 configuration or plugin error.");
  g_option_context_add_main_entries (ctx, entries, NULL);
  g_option_context_add_group (ctx, np_cli_common_group (&common));
  g_autoptr (GError) error = NULL;
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    {
      np_cli_error ("%s (see notepipe run --help)", error->message);
      np_cli_common_clear (&common);
      return NP_EXIT_USAGE;
    }
  if (!format)
    format = g_strdup ("text");
  if (!valid_format (format))
    {
      np_cli_error ("unknown format '%s' (text, json, jsonl, markdown, html)", format);
      np_cli_common_clear (&common);
      return NP_EXIT_USAGE;
    }
  if (argc < 2 && !common.explain)
    {
      np_cli_error ("no input files (see notepipe run --help)");
      np_cli_common_clear (&common);
      return NP_EXIT_USAGE;
    }

  NpRegistry *registry;
  NpConfig *config;
  NpPipeline *pipeline;
  int rc = np_cli_setup (&common, &registry, &config, &pipeline);
  if (rc != NP_EXIT_OK)
    {
      np_cli_common_clear (&common);
      return rc;
    }
  if (common.explain)
    {
      g_autofree char *e = np_pipeline_explain (pipeline);
      fputs (e, stdout);
      goto done;
    }

  NpWorker *worker = np_worker_new (pipeline, &error);
  if (!worker)
    {
      np_cli_error ("%s", error->message);
      rc = NP_EXIT_CONFIG;
      goto done;
    }
  NpReadOptions ropts = { 0 };
  ropts.input_format = common.input_format;
  ropts.max_bytes = common.max_bytes > 0 ? (gsize) common.max_bytes : 0;
  ropts.max_item_tokens = common.max_item_tokens > 0 ? (guint) common.max_item_tokens : 0;
  NpTextStyle style;
  np_text_style_for (stdout, &style);
  gboolean json = strcmp (format, "json") == 0;
  gboolean many = argc > 2;
  if (json && many)
    fputs ("[\n", stdout);
  guint written = 0;
  for (int i = 1; i < argc; i++)
    {
      g_autoptr (GError) rerr = NULL;
      NpDocument *doc = np_read_file (argv[i], &ropts, &rerr);
      if (!doc)
        {
          np_cli_error ("%s", rerr->message);
          rc = NP_EXIT_FAILED_DOCS;
          continue;
        }
      guint nd;
      const NpDiagnostic *diags = np_document_get_diagnostics (doc, &nd);
      for (guint k = 0; k < nd; k++)
        if (!diags[k].plugin)
          np_cli_warning ("%s", diags[k].message);
      np_document_set_sequence (doc, i - 1);
      gboolean ok = isolate || time_limit > 0 ? np_worker_process_isolated (worker, doc, time_limit)
                                              : np_worker_process (worker, doc);
      if (!ok)
        {
          rc = NP_EXIT_FAILED_DOCS;
          diags = np_document_get_diagnostics (doc, &nd);
          for (guint k = 0; k < nd; k++)
            if (diags[k].is_error)
              np_cli_error ("%s: plugin %s: %s", np_document_get_source (doc), diags[k].plugin ? diags[k].plugin : "core",
                            diags[k].message);
        }
      if (json || strcmp (format, "jsonl") == 0)
        {
          GString *s = g_string_sized_new (65536);
          np_document_append_json (doc, s, tokens ? NP_JSON_TOKENS : 0, json && !compact);
          if (json && many && written)
            fputs (",\n", stdout);
          fwrite (s->str, 1, s->len, stdout);
          g_string_free (s, TRUE);
          if (!(json && many))
            fputc ('\n', stdout);
        }
      else
        {
          g_autoptr (GPtrArray) summaries = np_pipeline_summarize (pipeline, doc);
          if (!strcmp (format, "markdown"))
            np_write_markdown (stdout, doc, summaries);
          else if (!strcmp (format, "html"))
            np_write_html_document (stdout, doc, summaries);
          else
            {
              if (written)
                fputs ("\n", stdout);
              np_write_text (stdout, doc, summaries, &style);
            }
        }
      written++;
      np_document_unref (doc);
    }
  if (json && many)
    fputs ("\n]\n", stdout);
  np_worker_free (worker);

done:
  np_pipeline_free (pipeline);
  np_config_free (config);
  np_registry_free (registry);
  np_cli_common_clear (&common);
  if (fflush (stdout) != 0)
    {
      np_cli_error ("cannot write the output");
      return NP_EXIT_FAILED_DOCS;
    }
  return rc;
}
