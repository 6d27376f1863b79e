/* cmd-search.c: notepipe search DB QUERY: ranked full-text search over the
 * items of a batch database (core/batch/store-fts.c). */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "batch/batch.h"
#include "cli.h"

static gboolean
valid_date (const char *d)
{
  if (!d)
    return TRUE;
  gsize n = strlen (d);
  if (n != 4 && n != 7 && n != 10)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (i == 4 || i == 7 ? d[i] != '-' : !g_ascii_isdigit (d[i]))
      return FALSE;
  return TRUE;
}

/* snippet markers \2 \3 as bold on a terminal, dropped otherwise */
static char *
render_snippet (const char *s, gboolean color)
{
  GString *out = g_string_new (NULL);
  for (const char *p = s ? s : ""; *p; p++)
    {
      if (*p == '\2')
        g_string_append (out, color ? "\033[1m" : "");
      else if (*p == '\3')
        g_string_append (out, color ? "\033[0m" : "");
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static void
json_member (GString *s, const char *name, const char *value, gboolean comma)
{
  g_string_append_printf (s, "%s\"%s\":", comma ? "," : "", name);
  if (value)
    np_json_append_string (s, value, -1);
  else
    g_string_append (s, "null");
}

static void
print_json (GPtrArray *hits)
{
  GString *s = g_string_new ("[");
  for (guint i = 0; i < hits->len; i++)
    {
      NpSearchHit *h = g_ptr_array_index (hits, i);
      g_autofree char *plain = render_snippet (h->snippet, FALSE);
      g_string_append (s, i ? ",\n {" : "\n {");
      g_string_append_printf (s, "\"rank\":%u", i + 1);
      char buf[G_ASCII_DTOSTR_BUF_SIZE];
      g_string_append_printf (s, ",\"score\":%s", g_ascii_formatd (buf, sizeof buf, "%.4f", h->score));
      json_member (s, "source", h->source, TRUE);
      json_member (s, "id", h->doc_id, TRUE);
      json_member (s, "title", h->title, TRUE);
      json_member (s, "date", h->date, TRUE);
      json_member (s, "section", h->section, TRUE);
      if (h->section_id >= 0)
        g_string_append_printf (s, ",\"section_id\":%" G_GINT64_FORMAT, h->section_id);
      else
        g_string_append (s, ",\"section_id\":null");
      g_string_append_printf (s, ",\"item\":%" G_GINT64_FORMAT ",\"line\":%" G_GINT64_FORMAT
                                 ",\"end_line\":%" G_GINT64_FORMAT,
                              h->item, h->line, h->end_line);
      g_string_append (s, ",\"speakers\":");
      if (h->speakers)
        {
          g_auto (GStrv) names = g_strsplit (h->speakers, ", ", -1);
          g_string_append_c (s, '[');
          for (char **n = names; *n; n++)
            {
              if (n != names)
                g_string_append_c (s, ',');
              np_json_append_string (s, *n, -1);
            }
          g_string_append_c (s, ']');
        }
      else
        g_string_append (s, "[]");
      json_member (s, "text", h->text, TRUE);
      json_member (s, "snippet", plain, TRUE);
      g_string_append_c (s, '}');
    }
  g_string_append (s, hits->len ? "\n]\n" : "]\n");
  fputs (s->str, stdout);
  g_string_free (s, TRUE);
}

static void
print_text (GPtrArray *hits)
{
  NpTextStyle style;
  np_text_style_for (stdout, &style);
  for (guint i = 0; i < hits->len; i++)
    {
      NpSearchHit *h = g_ptr_array_index (hits, i);
      g_autofree char *snippet = render_snippet (h->snippet, style.color);
      printf ("%s%s:%" G_GINT64_FORMAT "%s", style.color ? "\033[35m" : "", h->source, h->line,
              style.color ? "\033[0m" : "");
      if (h->date)
        printf ("  %s", h->date);
      if (h->section)
        printf ("  § %s", h->section);
      if (h->speakers)
        printf ("  [%s]", h->speakers);
      printf ("\n    %s\n", snippet);
    }
}

int
np_cmd_search (int argc, char **argv)
{
  g_autofree char *format = NULL, *speaker = NULL, *since = NULL, *until = NULL, *layer = NULL, *db_option = NULL;
  gint limit = 20;
  GOptionEntry entries[] = {
    { "speaker", 's', 0, G_OPTION_ARG_STRING, &speaker, "Only items spoken by NAME (case-insensitive, part of a name)",
      "NAME" },
    { "since", 0, 0, G_OPTION_ARG_STRING, &since, "Only documents dated on or after DATE (YYYY[-MM[-DD]])", "DATE" },
    { "until", 0, 0, G_OPTION_ARG_STRING, &until, "Only documents dated on or before DATE", "DATE" },
    { "limit", 'n', 0, G_OPTION_ARG_INT, &limit, "At most N results (default 20)", "N" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, "text (default) or json", "FORMAT" },
    { "speaker-layer", 0, 0, G_OPTION_ARG_STRING, &layer,
      "Layer and feature naming speakers of items (default speakers.turn:speakers)", "LAYER[:FEATURE]" },
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db_option, "The database (instead of DB), as batch and merge name it", "DB" },
    { NULL },
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("DB QUERY...");
  g_option_context_set_summary (ctx, "Full-text search over the items of a batch database, best matches first.\n"
                                     "QUERY uses SQLite FTS5 syntax: words (all must match, stemmed), \"a phrase\",\n"
                                     "OR, NOT, prefix*; text that is not valid syntax is searched word by word.");
  g_option_context_add_main_entries (ctx, entries, NULL);
  g_autoptr (GError) error = NULL;
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    {
      np_cli_error ("%s (see notepipe search --help)", error->message);
      return NP_EXIT_USAGE;
    }
  if (argc < (db_option ? 2 : 3))
    {
      np_cli_error ("usage: notepipe search DB QUERY (see notepipe search --help)");
      return NP_EXIT_USAGE;
    }
  if (format && strcmp (format, "json") != 0 && strcmp (format, "text") != 0)
    {
      np_cli_error ("unknown format '%s' for search (text, json)", format);
      return NP_EXIT_USAGE;
    }
  if (!valid_date (since) || !valid_date (until))
    {
      np_cli_error ("dates are YYYY, YYYY-MM or YYYY-MM-DD");
      return NP_EXIT_USAGE;
    }
  if (limit <= 0)
    limit = 20;
  /* a bare --until month or year covers all of it */
  g_autofree char *until_full = until && strlen (until) < 10 ? g_strconcat (until, "-99", NULL) : g_strdup (until);

  const char *db = db_option ? db_option : argv[1];
  if (!g_file_test (db, G_FILE_TEST_EXISTS))
    {
      np_cli_error ("%s: no such database", db);
      return NP_EXIT_USAGE;
    }
  /* the index is brought up to date first, which needs write access */
  NpStore *store = np_store_open (db, 0, &error);
  if (store)
    {
      guint64 n = 0;
      if (!np_store_fts_update (store, &n, &error))
        {
          np_cli_error ("%s", error->message);
          np_store_close (store);
          return NP_EXIT_CONFIG;
        }
    }
  else
    {
      g_clear_error (&error);
      store = np_store_open (db, NP_STORE_READ_ONLY, &error);
      if (!store)
        {
          np_cli_error ("%s", error->message);
          return NP_EXIT_CONFIG;
        }
      gint64 pending = np_store_fts_pending (store, NULL);
      if (pending > 0)
        np_cli_warning ("%s is read-only and %" G_GINT64_FORMAT " items are not indexed yet: they cannot match "
                        "(run notepipe batch --index, or search once with write access)",
                        db, pending);
    }
  g_autofree char *query = g_strjoinv (" ", argv + (db_option ? 1 : 2));
  NpSearch q = { .query = query, .speaker = speaker, .since = since, .until = until_full, .limit = limit };
  g_autofree char *layer_name = NULL;
  if (layer)
    {
      char *colon = strchr (layer, ':');
      layer_name = colon ? g_strndup (layer, colon - layer) : g_strdup (layer);
      q.speaker_layer = layer_name;
      q.speaker_feature = colon ? colon + 1 : NULL;
    }
  GPtrArray *hits = np_store_search (store, &q, &error);
  np_store_close (store);
  if (!hits)
    {
      np_cli_error ("%s", error->message);
      return NP_EXIT_USAGE;
    }
  if (format && strcmp (format, "json") == 0)
    print_json (hits);
  else
    print_text (hits);
  g_ptr_array_free (hits, TRUE);
  if (fflush (stdout) != 0)
    {
      np_cli_error ("cannot write the output");
      return NP_EXIT_FAILED_DOCS;
    }
  return NP_EXIT_OK;
}
