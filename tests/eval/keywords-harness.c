/* keywords-harness.c: run the keywords plugin over a keyphrase data set
 * through the library API, for the evaluation and the benchmark.
 *
 *   keywords-harness [--out DIR] [--corpus] [--shards N] [--plugins LIST]
 *                    [-o plugin.key=value]... [--repeat N] INPUT...
 *
 * INPUT is a file or a directory (its *.txt files, sorted).  With --out,
 * each document's keyphrases go to DIR/<name>.key, best first, one a line
 * (`text<TAB>score`), the format of ../shared/eval/eval_keywords.py; name
 * is the file name without its extension.  --corpus feeds a corpus run
 * and writes the re-ranked lists of keywords.document instead; --shards N
 * splits the documents over N corpus runs merged at the end (the result
 * must not change).  --plugins none reads and tokenizes only.  The last
 * line of stdout reports documents, bytes, wall and CPU seconds and MB per
 * CPU second (one thread), in all and for the plugins alone (document and
 * corpus stages, the corpus stages' ends included, without reading and
 * tokenizing). */
#include <errno.h>
#include <time.h>
#include <stdio.h>
#include <string.h>

#include <notepipe/notepipe.h>

static char *out_dir;
static gboolean corpus_mode;
static gint shards = 1;
static char *plugins = (char *) "keywords";
static char **assignments;
static gint repeat = 1;
static gboolean no_split;

static GOptionEntry entries[] = {
  { "out", 0, 0, G_OPTION_ARG_FILENAME, &out_dir, "write DIR/<name>.key files", "DIR" },
  { "corpus", 0, 0, G_OPTION_ARG_NONE, &corpus_mode, "run the corpus stages and write their rankings", NULL },
  { "shards", 0, 0, G_OPTION_ARG_INT, &shards, "split the corpus run into N merged shards", "N" },
  { "plugins", 0, 0, G_OPTION_ARG_STRING, &plugins, "plugins to run (comma-separated, or none)", "LIST" },
  { "option", 'o', 0, G_OPTION_ARG_STRING_ARRAY, &assignments, "plugin option", "PLUGIN.KEY=VALUE" },
  { "repeat", 0, 0, G_OPTION_ARG_INT, &repeat, "process the inputs N times (benchmark)", "N" },
  { "no-split", 0, 0, G_OPTION_ARG_NONE, &no_split,
    "do not time the plugins apart (no clock read per document: end-to-end figures)", NULL },
  { NULL },
};

static int
compare_paths (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static void
add_input (GPtrArray *files, const char *path)
{
  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_ptr_array_add (files, g_strdup (path));
      return;
    }
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  if (!dir)
    return;
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  while ((name = g_dir_read_name (dir)))
    if (g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (names, g_build_filename (path, name, NULL));
  g_ptr_array_sort (names, compare_paths);
  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (files, g_strdup (g_ptr_array_index (names, i)));
}

static char *
key_path (const char *source)
{
  g_autofree char *base = g_path_get_basename (source);
  char *dot = strrchr (base, '.');
  if (dot && dot != base)
    *dot = '\0';
  g_autofree char *name = g_strconcat (base, ".key", NULL);
  return g_build_filename (out_dir, name, NULL);
}

typedef struct
{
  const char *text;
  double score;
  gint64 rank;
} Entry;

static int
compare_rank (const void *a, const void *b)
{
  const Entry *x = a, *y = b;
  return (x->rank > y->rank) - (x->rank < y->rank);
}

/* Write the annotations of `layer` that pass the filter, by rank. */
static gboolean
write_keys (const char *source, GArray *entries_by_rank)
{
  g_array_sort (entries_by_rank, compare_rank);
  g_autofree char *path = key_path (source);
  FILE *f = fopen (path, "w");
  if (!f)
    {
      fprintf (stderr, "keywords-harness: %s: %s\n", path, g_strerror (errno));
      return FALSE;
    }
  for (guint i = 0; i < entries_by_rank->len; i++)
    {
      const Entry *e = &g_array_index (entries_by_rank, Entry, i);
      fprintf (f, "%s\t%.4f\n", e->text, e->score);
    }
  return fclose (f) == 0;
}

static gboolean
write_document_keys (const NpDocument *doc)
{
  g_autoptr (GArray) list = g_array_new (FALSE, FALSE, sizeof (Entry));
  const NpLayer *layer = np_document_get_layer (doc, "keywords.phrase");
  for (guint i = 0; layer && i < np_layer_get_size (layer); i++)
    {
      const NpAnnotation *a = np_layer_get_annotation (layer, i);
      if (g_strcmp0 (np_annotation_get_string (a, "scope"), "document") != 0)
        continue;
      Entry e = { np_annotation_get_string (a, "text"), np_annotation_get_double (a, "score", 0),
                  np_annotation_get_int (a, "rank", 0) };
      g_array_append_val (list, e);
    }
  return write_keys (np_document_get_source (doc), list);
}

static gboolean
write_corpus_keys (NpCorpus *corpus, GPtrArray *files)
{
  const NpLayer *layer = np_corpus_get_layer (corpus, "keywords.document");
  g_autoptr (GHashTable) by_source = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; layer && i < np_layer_get_size (layer); i++)
    {
      const NpAnnotation *a = np_layer_get_annotation (layer, i);
      g_hash_table_insert (by_source, (gpointer) np_annotation_get_string (a, "source"), (gpointer) a);
    }
  gboolean ok = TRUE;
  for (guint i = 0; i < files->len; i++)
    {
      const NpAnnotation *a = g_hash_table_lookup (by_source, g_ptr_array_index (files, i));
      g_autoptr (GArray) list = g_array_new (FALSE, FALSE, sizeof (Entry));
      gsize n = 0, n_scores = 0;
      g_autofree const char **texts = a ? np_annotation_get_strv (a, "texts", &n) : NULL;
      GVariant *scores = a ? np_annotation_get (a, "scores") : NULL;
      const double *score = scores ? g_variant_get_fixed_array (scores, &n_scores, sizeof (double)) : NULL;
      for (gsize k = 0; k < n; k++)
        {
          Entry e = { texts[k], k < n_scores ? score[k] : 0.0, (gint64) k + 1 };
          g_array_append_val (list, e);
        }
      ok &= write_keys (g_ptr_array_index (files, i), list);
    }
  return ok;
}

/* CPU time of this process: the machine may be shared, wall time is noisy */
static double
cpu_seconds (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int
run (GPtrArray *files)
{
  g_autoptr (GError) error = NULL;
  NpRegistry *registry = np_registry_new ();
  np_registry_add_default_dirs (registry);
  np_registry_scan (registry);
  NpConfig *config = np_config_new ();
  for (char **a = assignments; a && *a; a++)
    if (!np_config_set_option (config, *a, &error))
      {
        fprintf (stderr, "keywords-harness: %s\n", error->message);
        return 2;
      }
  g_auto (GStrv) names = strcmp (plugins, "none") == 0 ? g_new0 (char *, 1) : g_strsplit (plugins, ",", -1);
  NpPipeline *pipeline = np_pipeline_new (registry, (const char *const *) names, config, &error);
  if (!pipeline)
    {
      fprintf (stderr, "keywords-harness: %s\n", error->message);
      return 2;
    }
  NpWorker *worker = np_worker_new (pipeline, &error);
  g_assert_no_error (error);

  guint n_runs = corpus_mode ? (guint) MAX (1, shards) : 0;
  NpCorpusRun **runs = g_new0 (NpCorpusRun *, n_runs + 1);
  for (guint r = 0; r < n_runs; r++)
    {
      runs[r] = np_corpus_run_new (pipeline, &error);
      if (!runs[r])
        {
          fprintf (stderr, "keywords-harness: %s\n", error->message);
          return 2;
        }
    }

  int status = 0;
  guint64 bytes = 0, docs = 0;
  double process_cpu = 0.0; /* plugins only: worker and corpus stages */
  double corpus_cpu = 0.0;  /* of which the corpus stages (adding documents, merging, ending) */
  gint64 t0 = g_get_monotonic_time ();
  double c0 = cpu_seconds ();
  for (gint pass = 0; pass < MAX (1, repeat); pass++)
    for (guint i = 0; i < files->len; i++)
      {
        const char *path = g_ptr_array_index (files, i);
        NpDocument *doc = np_read_file (path, NULL, &error);
        if (!doc)
          {
            fprintf (stderr, "keywords-harness: %s\n", error->message);
            g_clear_error (&error);
            status = 1;
            continue;
          }
        bytes += np_document_get_input_size (doc);
        docs++;
        np_document_set_sequence (doc, i);
        /* the clock is a system call (about 0.5 us): read it no more
         * than needed, and not at all with --no-split */
        double p0 = no_split ? 0.0 : cpu_seconds ();
        np_worker_process (worker, doc);
        if (np_document_has_failed (doc))
          status = 1;
        double p1 = no_split ? 0.0 : cpu_seconds (), p2 = p1;
        if (n_runs)
          {
            if (!np_corpus_run_add (runs[(i * n_runs) / files->len], doc, &error))
              {
                fprintf (stderr, "keywords-harness: %s\n", error->message);
                return 1;
              }
            p2 = no_split ? 0.0 : cpu_seconds ();
          }
        process_cpu += p2 - p0;
        corpus_cpu += p2 - p1;
        if (out_dir && !corpus_mode && pass == 0 && !write_document_keys (doc))
          status = 1;
        np_document_unref (doc);
      }
  NpCorpus *corpus = NULL;
  if (n_runs)
    {
      double p0 = cpu_seconds (); /* merging and the corpus stages' ends are the plugins' work too */
      for (guint r = 1; r < n_runs; r++)
        {
          GVariant *state = np_corpus_run_save (runs[r]);
          g_variant_ref_sink (state);
          gboolean ok = np_corpus_run_merge (runs[0], state, &error);
          g_variant_unref (state);
          if (!ok)
            {
              fprintf (stderr, "keywords-harness: %s\n", error->message);
              return 1;
            }
        }
      corpus = np_corpus_run_finish (runs[0], &error);
      if (!corpus)
        {
          fprintf (stderr, "keywords-harness: %s\n", error->message);
          return 1;
        }
      process_cpu += cpu_seconds () - p0;
      corpus_cpu += cpu_seconds () - p0;
      if (out_dir && !write_corpus_keys (corpus, files))
        status = 1;
    }
  double seconds = (g_get_monotonic_time () - t0) / 1e6;
  double cpu = cpu_seconds () - c0;
  printf ("documents=%" G_GUINT64_FORMAT " bytes=%" G_GUINT64_FORMAT " seconds=%.3f cpu_seconds=%.3f mb_per_cpu_s=%.2f"
          " plugin_cpu_seconds=%.3f corpus_stage_cpu_seconds=%.3f plugin_mb_per_cpu_s=%.2f\n",
          docs, bytes, seconds, cpu, cpu > 0 ? bytes / 1e6 / cpu : 0.0, process_cpu, corpus_cpu,
          process_cpu > 0 ? bytes / 1e6 / process_cpu : 0.0);

  for (guint r = 0; r < n_runs; r++)
    np_corpus_run_free (runs[r]);
  g_free (runs);
  np_worker_free (worker);
  np_pipeline_free (pipeline);
  np_config_free (config);
  np_registry_free (registry);
  return status;
}

int
main (int argc, char **argv)
{
  g_autoptr (GOptionContext) ctx = g_option_context_new ("INPUT...");
  g_option_context_add_main_entries (ctx, entries, NULL);
  g_autoptr (GError) error = NULL;
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    {
      fprintf (stderr, "keywords-harness: %s\n", error->message);
      return 2;
    }
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  for (int i = 1; i < argc; i++)
    add_input (files, argv[i]);
  if (files->len == 0)
    {
      fprintf (stderr, "keywords-harness: no input files\n");
      return 2;
    }
  if (out_dir && g_mkdir_with_parents (out_dir, 0755) != 0)
    {
      fprintf (stderr, "keywords-harness: %s: %s\n", out_dir, g_strerror (errno));
      return 2;
    }
  int status = run (files);
  g_free (out_dir);
  g_strfreev (assignments);
  if (plugins && strcmp (plugins, "keywords") != 0)
    g_free (plugins);
  return status;
}
