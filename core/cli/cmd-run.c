/* cmd-run.c: notepipe run INPUT...
 *
 * Each input is a note file, '-' (standard input), a directory (walked like
 * `notepipe batch` walks it: sorted, notes by their name) or an archive
 * (its notes in stored order, named archive!member).  Documents are read,
 * run and printed one at a time, in order; an input that cannot be read is
 * reported by name and the others are still printed. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "batch/batch.h"
#include "cli.h"

/* What one run prints to, shared by every document of every input */
typedef struct
{
  NpPipeline *pipeline;
  NpWorker *worker;
  const char *format;
  gboolean json, many, tokens, compact, isolate, internal_layers;
  double time_limit;
  NpTextStyle style;
  guint written;
  int rc;
} RunOut;


static gboolean
valid_format (const char *f)
{
  return !strcmp (f, "text") || !strcmp (f, "json") || !strcmp (f, "markdown") || !strcmp (f, "html")
         || !strcmp (f, "jsonl");
}

/* Runs the plugins on doc, prints it and drops it. */
static void
run_document (RunOut *o, NpDocument *doc, guint64 seq)
{
  guint nd;
  const NpDiagnostic *diags = np_document_get_diagnostics (doc, &nd);
  for (guint k = 0; k < nd; k++)
    if (!diags[k].plugin)
      np_cli_warning ("%s", diags[k].message);
  np_document_set_sequence (doc, seq);
  gboolean ok = o->isolate || o->time_limit > 0 ? np_worker_process_isolated (o->worker, doc, o->time_limit)
                                                : np_worker_process (o->worker, doc);
  if (!ok)
    {
      o->rc = NP_EXIT_FAILED_DOCS;
      diags = np_document_get_diagnostics (doc, &nd);
      for (guint k = 0; k < nd; k++)
        if (diags[k].is_error)
          np_cli_error ("%s: plugin %s: %s", np_document_get_source (doc), diags[k].plugin ? diags[k].plugin : "core",
                        diags[k].message);
    }
  if (o->json || strcmp (o->format, "jsonl") == 0)
    {
      GString *s = g_string_sized_new (65536);
      guint flags = (o->tokens ? NP_JSON_TOKENS : 0) | (o->internal_layers ? NP_JSON_INTERNAL_LAYERS : 0);
      np_document_append_json (doc, s, flags, o->json && !o->compact);
      if (o->json && o->many && o->written)
        fputs (",\n", stdout);
      fwrite (s->str, 1, s->len, stdout);
      g_string_free (s, TRUE);
      if (!(o->json && o->many))
        fputc ('\n', stdout);
    }
  else
    {
      g_autoptr (GPtrArray) summaries = np_pipeline_summarize (o->pipeline, doc);
      if (!strcmp (o->format, "markdown"))
        np_write_markdown (stdout, doc, summaries);
      else if (!strcmp (o->format, "html"))
        np_write_html_document (stdout, doc, summaries);
      else
        {
          if (o->written)
            fputs ("\n", stdout);
          np_write_text (stdout, doc, summaries, &o->style);
        }
    }
  o->written++;
  np_document_unref (doc);
}

/* A directory, an archive or a mailbox as batch knows one named
 * explicitly */
static gboolean
is_collection (const char *path)
{
  if (strcmp (path, "-") == 0)
    return FALSE;
  return g_file_test (path, G_FILE_TEST_IS_DIR) || np_source_is_archive_path (path) || np_source_is_mailbox_path (path);
}

/* Every note of a directory or archive, in the order `notepipe batch`
 * would take them; an unreadable member or a truncated archive is
 * reported by name and what was read before it is kept. */
static void
run_collection (RunOut *o, const char *path, const NpReadOptions *ropts, const NpCliCommon *common, guint64 *seq)
{
  NpSourceOptions sopts = { 0 };
  sopts.max_bytes = common->max_bytes > 0 ? (gsize) common->max_bytes : 0;
  NpSourceIter *it = np_source_iter_new (&sopts);
  np_source_iter_add_path (it, path);
  guint taken = 0;
  NpUnit *u;
  while ((u = np_source_iter_next (it)) != NULL)
    {
      g_autoptr (GError) rerr = NULL;
      NpDocument *doc = NULL;
      if (u->error == NULL && u->kind == NP_UNIT_FILE)
        doc = np_read_file (u->path, ropts, &rerr);
      else if (u->error == NULL)
        {
          gsize len;
          const char *data = g_bytes_get_data (u->bytes, &len);
          doc = np_read_bytes (u->source, data, len, ropts, &rerr);
        }
      taken++;
      if (doc == NULL)
        {
          np_cli_error ("%s", (u->error ? u->error : rerr)->message);
          o->rc = NP_EXIT_FAILED_DOCS;
          (*seq)++;
        }
      else
        run_document (o, doc, (*seq)++);
      np_unit_free (u);
    }
  np_source_iter_free (it);
  if (taken == 0)
    np_cli_warning ("%s: no notes in it (*.md, *.markdown, *.txt, *.org, *.adoc, *.asciidoc, *.wiki, *.rst, *.docx, "
                    "*.odt, *.vtt, *.webvtt, *.srt)",
                    path);
}

int
np_cmd_run (int argc, char **argv)
{
  NpCliCommon common = { 0 };
  g_autofree char *format = NULL;
  gboolean tokens = FALSE, compact = FALSE, isolate = FALSE, internal_layers = FALSE;
  double time_limit = 0;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, "Output: text (default), json, jsonl, markdown, html", "FORMAT" },
    { "tokens", 0, 0, G_OPTION_ARG_NONE, &tokens, "JSON: include each item's tokens", NULL },
    { "compact", 0, 0, G_OPTION_ARG_NONE, &compact, "JSON: no indentation", NULL },
    { "internal-layers", 0, 0, G_OPTION_ARG_NONE, &internal_layers,
      "JSON: also the plugins' internal layers (their working state)", NULL },
    { "isolate", 0, 0, G_OPTION_ARG_NONE, &isolate,
      "Run the plugins of each document in a child process: a crashing plugin fails that document only", NULL },
    { "time-limit", 0, 0, G_OPTION_ARG_DOUBLE, &time_limit,
      "Fail a document whose plugins take longer than SECONDS (implies --isolate)", "SECONDS" },
    { NULL },
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("INPUT...|-");
  g_option_context_set_summary (ctx, "Read notes (plain text, Markdown, Org, WebVTT or SRT transcripts; '-' for\n"
                                     "standard input), build the document model, run the plugins and print\n"
                                     "the result.  An INPUT may be a note file, a directory or an archive (tar,\n"
                                     "compressed tar, zip, 7z, cpio, ...): their notes (*.md, *.markdown,\n"
                                     "*.txt, *.org, *.adoc, *.asciidoc, *.wiki, *.rst, *.docx, *.odt, *.vtt,\n"
                                     "*.webvtt, *.srt) are run in order; or a mailbox (*.mbox, a list's *.txt\n"
                                     "opening with an mbox envelope): its messages.");
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
  RunOut out = { .pipeline = pipeline, .worker = worker, .format = format, .tokens = tokens, .compact = compact,
                 .isolate = isolate, .internal_layers = internal_layers, .time_limit = time_limit, .rc = rc };
  np_text_style_for (stdout, &out.style);
  out.json = strcmp (format, "json") == 0;
  /* one JSON array when more than one document may be printed */
  gboolean *expand = g_new0 (gboolean, argc);
  out.many = argc > 2;
  for (int i = 1; i < argc; i++)
    {
      expand[i] = is_collection (argv[i]);
      out.many |= expand[i];
    }
  if (out.json && out.many)
    fputs ("[\n", stdout);
  guint64 seq = 0;
  for (int i = 1; i < argc; i++)
    {
      if (expand[i])
        {
          run_collection (&out, argv[i], &ropts, &common, &seq);
          continue;
        }
      g_autoptr (GError) rerr = NULL;
      NpDocument *doc = np_read_file (argv[i], &ropts, &rerr);
      if (!doc)
        {
          np_cli_error ("%s", rerr->message);
          out.rc = NP_EXIT_FAILED_DOCS;
          seq++;
          continue;
        }
      run_document (&out, doc, seq++);
    }
  g_free (expand);
  rc = out.rc;
  if (out.json && out.many)
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
