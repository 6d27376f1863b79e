/* topics-eval.c: clustering harness for the topics plugin.
 *
 * Reads a file of one text per line (the layout of
 * ../shared/data/clustering/<name>/texts.txt), turns line N into a document
 * with source "<basename>:N" (as `notepipe batch --lines` does), runs the
 * document stages and a corpus run, and writes the corpus topic of each
 * line, one per line (-1 for lines without any term), for eval_clusters.py.
 *
 *   topics-eval TEXTS PRED [-o topics.key=value]... [--threads N]
 *               [--shards N] [--topics] [--input-format FORMAT]
 *
 * Lines are read with the reader's automatic format (a short line can be a
 * title), which the quality ratchet was measured with; `notepipe batch
 * --lines` reads each line as plain content instead (--input-format plain
 * here does the same).  As in the batch engine, a bounded number of
 * documents is in flight (blocks of 256).
 *
 * --shards N splits the input into N contiguous shards, each its own corpus
 * run, saved and merged into a fresh run: the result must equal --shards 1.
 * --topics prints each topic's size and label to stdout.  Timings go to
 * stderr: wall times of the stages, and the CPU time of the document work
 * (worker threads; this thread's corpus_add and freeing), which load on a
 * shared machine disturbs less. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <notepipe/notepipe.h>
#include <notepipe/np-pipeline.h>
#include <notepipe/np-reader.h>

typedef struct
{
  const char *base;
  const char *input_format; /* NULL: auto */
  char **lines;
  guint first, count;
  NpDocument **docs;
  GAsyncQueue *workers;
  GAsyncQueue *done; /* one token per finished task */
  gint64 *cpu_ns;    /* CPU time of the tasks, summed */
} Block;

static gint64
thread_cpu_ns (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * 1000000000 + ts.tv_nsec;
}

typedef struct
{
  Block *block;
  guint from, to;
} Task;

static void
run_task (gpointer data, gpointer user)
{
  Task *t = data;
  Block *b = t->block;
  NpWorker *w = g_async_queue_pop (b->workers);
  gint64 start = thread_cpu_ns ();
  for (guint i = t->from; i < t->to; i++)
    {
      guint line = b->first + i;
      g_autofree char *source = g_strdup_printf ("%s:%u", b->base, line + 1);
      GError *error = NULL;
      NpReadOptions ropts = { .input_format = b->input_format };
      NpDocument *doc = np_read_bytes (source, b->lines[line], strlen (b->lines[line]), &ropts, &error);
      if (!doc)
        {
          g_printerr ("%s: %s\n", source, error->message);
          g_clear_error (&error);
        }
      else
        {
          np_document_set_sequence (doc, line);
          np_worker_process (w, doc);
        }
      b->docs[i] = doc;
    }
  gint64 spent = thread_cpu_ns () - start;
  static GMutex lock;
  g_mutex_lock (&lock);
  *b->cpu_ns += spent;
  g_mutex_unlock (&lock);
  g_async_queue_push (b->workers, w);
  g_async_queue_push (b->done, GUINT_TO_POINTER (1));
  g_free (t);
}

/* Split lines [first, first + count) among the threads */
static void
submit (GThreadPool *pool, Block *b, guint first, guint count, guint threads)
{
  b->first = first;
  b->count = count;
  guint per = (count + threads - 1) / threads;
  for (guint t = 0; t < threads; t++)
    {
      Task *task = g_new (Task, 1);
      *task = (Task) { b, MIN (t * per, count), MIN ((t + 1) * per, count) };
      g_thread_pool_push (pool, task, NULL);
    }
}

int
main (int argc, char **argv)
{
  guint threads = 2, shards = 1;
  gboolean print_topics = FALSE;
  const char *input_format = NULL;
  g_autoptr (GPtrArray) assignments = g_ptr_array_new ();
  g_autoptr (GPtrArray) positional = g_ptr_array_new ();
  for (int i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "-o") == 0 && i + 1 < argc)
        g_ptr_array_add (assignments, argv[++i]);
      else if (strcmp (argv[i], "--threads") == 0 && i + 1 < argc)
        threads = (guint) MAX (1, g_ascii_strtoull (argv[i + 1], NULL, 10)), i++;
      else if (strcmp (argv[i], "--shards") == 0 && i + 1 < argc)
        shards = (guint) MAX (1, g_ascii_strtoull (argv[i + 1], NULL, 10)), i++;
      else if (strcmp (argv[i], "--input-format") == 0 && i + 1 < argc)
        input_format = argv[++i];
      else if (strcmp (argv[i], "--topics") == 0)
        print_topics = TRUE;
      else
        g_ptr_array_add (positional, argv[i]);
    }
  if (positional->len != 2)
    {
      g_printerr ("usage: topics-eval TEXTS PRED [-o topics.key=value]... [--threads N] [--shards N] [--topics] "
                  "[--input-format FORMAT]\n");
      return 2;
    }
  const char *texts_path = positional->pdata[0], *pred_path = positional->pdata[1];

  gint64 t0 = g_get_monotonic_time ();
  g_autofree char *contents = NULL;
  gsize len;
  GError *error = NULL;
  if (!g_file_get_contents (texts_path, &contents, &len, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  /* one text per line; a trailing newline ends the last line */
  GPtrArray *line_array = g_ptr_array_new ();
  for (char *p = contents; p < contents + len;)
    {
      char *nl = memchr (p, '\n', contents + len - p);
      if (nl)
        *nl = '\0';
      g_ptr_array_add (line_array, p);
      p = nl ? nl + 1 : contents + len;
    }
  guint n_lines = line_array->len;
  char **lines = (char **) line_array->pdata;

  NpRegistry *registry = np_registry_new ();
  np_registry_add_default_dirs (registry);
  np_registry_scan (registry);
  NpConfig *config = np_config_new ();
  for (guint i = 0; i < assignments->len; i++)
    if (!np_config_set_option (config, assignments->pdata[i], &error))
      {
        g_printerr ("%s\n", error->message);
        return 2;
      }
  const char *const plugins[] = { "topics", NULL };
  NpPipeline *pipeline = np_pipeline_new (registry, plugins, config, &error);
  if (!pipeline)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  GAsyncQueue *workers = g_async_queue_new ();
  for (guint i = 0; i < threads; i++)
    {
      NpWorker *w = np_worker_new (pipeline, &error);
      if (!w)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      g_async_queue_push (workers, w);
    }
  GThreadPool *pool = g_thread_pool_new (run_task, NULL, threads, TRUE, NULL);

  g_autofree char *base = g_path_get_basename (texts_path);
  GVariant **states = g_new0 (GVariant *, shards);
  NpCorpusRun *run = NULL;
  gint64 worker_ns = 0, main_start = thread_cpu_ns ();
  const guint block_size = 256;
  NpDocument **docs[2] = { g_new (NpDocument *, block_size), g_new (NpDocument *, block_size) };
  GAsyncQueue *dones[2] = { g_async_queue_new (), g_async_queue_new () };
  for (guint s = 0; s < shards; s++)
    {
      guint from = (guint) ((guint64) n_lines * s / shards), to = (guint) ((guint64) n_lines * (s + 1) / shards);
      run = np_corpus_run_new (pipeline, &error);
      if (!run)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      /* two blocks in flight: workers read block i + 1 while this thread
       * adds block i to the corpus run (corpus_add is in input order).
       * Small blocks keep the documents in flight few, as the batch engine
       * does: the allocator then reuses warm memory instead of growing and
       * trimming the workers' heaps by tens of megabytes per block. */
      Block blocks[2];
      for (guint slot = 0; slot < 2; slot++)
        blocks[slot] = (Block) { base, input_format, lines, 0, 0, docs[slot], workers, dones[slot], &worker_ns };
      guint slot = 0;
      submit (pool, &blocks[slot], from, MIN (block_size, to - from), threads);
      for (guint first = from; first < to; first += block_size, slot ^= 1)
        {
          Block *b = &blocks[slot];
          if (first + block_size < to)
            submit (pool, &blocks[slot ^ 1], first + block_size, MIN (block_size, to - first - block_size), threads);
          for (guint t = 0; t < threads; t++)
            g_async_queue_pop (b->done);
          for (guint i = 0; i < b->count; i++)
            {
              if (!b->docs[i])
                np_corpus_run_count_failed (run);
              else if (!np_corpus_run_add (run, b->docs[i], &error))
                {
                  g_printerr ("%s\n", error->message);
                  return 1;
                }
              np_document_unref (b->docs[i]);
            }
        }
      if (shards > 1)
        {
          states[s] = g_variant_ref_sink (np_corpus_run_save (run));
          np_corpus_run_free (run);
          run = NULL;
        }
    }
  if (shards > 1)
    {
      run = np_corpus_run_new (pipeline, &error);
      for (guint s = 0; s < shards; s++)
        {
          if (!np_corpus_run_merge (run, states[s], &error))
            {
              g_printerr ("%s\n", error->message);
              return 1;
            }
          g_variant_unref (states[s]);
        }
    }
  gint64 t1 = g_get_monotonic_time (), main_ns = thread_cpu_ns () - main_start;
  NpCorpus *corpus = np_corpus_run_finish (run, &error);
  if (!corpus)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  gint64 t2 = g_get_monotonic_time ();

  gint64 *pred = g_new (gint64, MAX (n_lines, 1));
  for (guint i = 0; i < n_lines; i++)
    pred[i] = -1;
  const NpLayer *layer = np_corpus_get_layer (corpus, "topics.cluster");
  gsize prefix = strlen (base) + 1;
  for (guint a = 0; layer && a < np_layer_get_size (layer); a++)
    {
      const NpAnnotation *ann = np_layer_get_annotation (layer, a);
      gint64 id = np_annotation_get_int (ann, "id", -1);
      gsize n;
      const char **sources = np_annotation_get_strv (ann, "documents", &n);
      for (gsize j = 0; j < n; j++)
        {
          guint64 line = g_ascii_strtoull (sources[j] + prefix, NULL, 10);
          if (line >= 1 && line <= n_lines)
            pred[line - 1] = id;
        }
      if (print_topics)
        printf ("%3" G_GINT64_FORMAT " %6" G_GINT64_FORMAT "  %s\n", id, np_annotation_get_int (ann, "size", 0),
                np_annotation_get_string (ann, "label"));
      g_free (sources);
    }
  FILE *out = fopen (pred_path, "w");
  if (!out)
    {
      g_printerr ("cannot write %s\n", pred_path);
      return 1;
    }
  for (guint i = 0; i < n_lines; i++)
    fprintf (out, "%" G_GINT64_FORMAT "\n", pred[i]);
  fclose (out);
  g_printerr ("topics-eval: %u lines, %u topics; read+document stages %.3f s, corpus stage %.3f s, total %.3f s; "
              "CPU of the document work: %.3f s in workers, %.3f s adding to the corpus run\n",
              n_lines, layer ? np_layer_get_size (layer) : 0, (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t2 - t0) / 1e6,
              worker_ns / 1e9, main_ns / 1e9);

  g_free (pred);
  g_free (docs[0]);
  g_free (docs[1]);
  g_async_queue_unref (dones[0]);
  g_async_queue_unref (dones[1]);
  g_free (states);
  np_corpus_run_free (run);
  g_thread_pool_free (pool, FALSE, TRUE);
  NpWorker *w;
  while ((w = g_async_queue_try_pop (workers)))
    np_worker_free (w);
  g_async_queue_unref (workers);
  np_pipeline_free (pipeline);
  np_config_free (config);
  np_registry_free (registry);
  g_ptr_array_free (line_array, TRUE);
  return 0;
}
