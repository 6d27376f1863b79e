/* bench-speakers.c: CPU time the speakers plugin adds to the core pipeline.
 *
 * Reads every file named on the command line (or listed one per line in
 * the file given with @LIST), builds the document model and runs a
 * pipeline of the given plugins, writing nothing.  It does so ROUNDS times
 * alternately with --plugins none (the reference) and with the plugins
 * measured, so both see the same machine, and prints the process CPU time
 * of each and their ratio (median of the rounds).  Output writing is left
 * out on purpose: it grows with any layer and is the writer's cost, not
 * the plugin's; tests/bench/speakers-bench.sh reports it separately.
 * Each round also splits the time: the core's reading of the notes, the
 * plugins, and freeing the documents.  The core's reading is slower in the
 * runs with plugins (what they leave in the caches and the allocator
 * between two notes); the last line gives that ratio.  Each round also
 * counts the minor page faults of both runs: a first touch of a page
 * costs some 11 us on these virtual machines, so memory the allocator
 * hands back and takes again between notes shows here (a reset of the
 * core's string pool did that, 1,700 faults a pass, until 212b31e).
 *
 * With --compare DIR, each round also runs the same plugins as built in
 * DIR (another build of them: their .so files, loaded from there), so two
 * versions are timed side by side in one process, and it prints the
 * median of the rounds' B/A ratios.  A round's two runs follow each other
 * within a second, so this paired ratio varies far less from one
 * invocation to the next than two ratios to --plugins none measured
 * apart (within 1.5% against 3-4% here): it is the measure to judge a
 * change of a few percent by.
 *
 * With --alone none|plugins, it runs ROUNDS passes of that pipeline only
 * and prints their CPU time: a run for a sampling profiler, so that two
 * profiles, one of each pipeline, can be set side by side
 * (tests/bench/speakers-profile.sh).  Those show where the plugins' time
 * goes, the core's slower reading after them included, which no timer
 * inside a plugin sees.
 *
 * usage: bench-speakers [--compare DIR | --alone none|plugins] ROUNDS PLUGINS FILE... | @LIST */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>

#include <notepipe/notepipe.h>

static double
cpu_now (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Where the last run_once () spent its time: reading notes (the core
 * pipeline), the worker (the plugins) and freeing the documents; and
 * the minor page faults of the run. */
typedef struct
{
  double read, plugins, unref;
  long faults;
} Split;

static long
minor_faults (void)
{
  struct rusage ru;
  getrusage (RUSAGE_SELF, &ru);
  return ru.ru_minflt;
}

static Split last_split;

static double
run_once (NpRegistry *registry, const char *const *plugins, GPtrArray *files)
{
  g_autoptr (GError) error = NULL;
  NpConfig *config = np_config_new ();
  NpPipeline *pipeline = np_pipeline_new (registry, plugins, config, &error);
  if (pipeline == NULL)
    {
      fprintf (stderr, "bench-speakers: %s\n", error->message);
      exit (2);
    }
  NpWorker *worker = np_worker_new (pipeline, &error);
  if (worker == NULL)
    {
      fprintf (stderr, "bench-speakers: %s\n", error->message);
      exit (2);
    }
  Split split = { 0, 0, 0, 0 };
  long faults = minor_faults ();
  double start = cpu_now ();
  for (guint i = 0; i < files->len; i++)
    {
      g_autoptr (GError) rerr = NULL;
      double t0 = cpu_now ();
      NpDocument *doc = np_read_file (g_ptr_array_index (files, i), NULL, &rerr);
      double t1 = cpu_now ();
      split.read += t1 - t0;
      if (doc == NULL)
        continue;
      np_worker_process (worker, doc);
      double t2 = cpu_now ();
      split.plugins += t2 - t1;
      np_document_unref (doc);
      split.unref += cpu_now () - t2;
    }
  double spent = cpu_now () - start;
  split.faults = minor_faults () - faults;
  last_split = split;
  np_worker_free (worker);
  np_pipeline_free (pipeline);
  np_config_free (config);
  return spent;
}

static int
compare_double (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static double
median (double *v, guint n)
{
  qsort (v, n, sizeof *v, compare_double);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* Rounds of none, A (the default plugin directories) and B (dir), with A
 * and B in alternating order, so neither always runs second. */
static int
compare_builds (NpRegistry *registry, const char *dir, guint rounds, const char *const *plugins, GPtrArray *files)
{
  NpRegistry *other = np_registry_new ();
  np_registry_add_dir (other, dir);
  np_registry_scan (other);
  for (const char *const *p = plugins; *p; p++)
    if (np_registry_lookup (other, *p) == NULL)
      {
        fprintf (stderr, "bench-speakers: no plugin %s in %s\n", *p, dir);
        np_registry_free (other);
        return 2;
      }
  const char *const none[] = { NULL };
  run_once (registry, none, files); /* warm the page cache and both builds */
  run_once (registry, plugins, files);
  run_once (other, plugins, files);
  double *a = g_new (double, rounds), *b = g_new (double, rounds), *ba = g_new (double, rounds);
  for (guint r = 0; r < rounds; r++)
    {
      double base = run_once (registry, none, files);
      double ta, tb;
      if (r % 2)
        {
          tb = run_once (other, plugins, files);
          ta = run_once (registry, plugins, files);
        }
      else
        {
          ta = run_once (registry, plugins, files);
          tb = run_once (other, plugins, files);
        }
      a[r] = ta / base;
      b[r] = tb / base;
      ba[r] = tb / ta;
      printf ("round %u: none %.3fs  A %.3fs  B %.3fs  B/A %.3f\n", r + 1, base, ta, tb, ba[r]);
    }
  printf ("files: %u  rounds: %u  B: %s\n", files->len, rounds, dir);
  printf ("median ratio to none: A %.3f  B %.3f\n", median (a, rounds), median (b, rounds));
  printf ("median paired ratio B/A: %.3f\n", median (ba, rounds));
  g_free (a);
  g_free (b);
  g_free (ba);
  np_registry_free (other);
  return 0;
}

/* ROUNDS passes of one pipeline, after one that warms the page cache */
static int
run_alone (NpRegistry *registry, const char *const *plugins, guint rounds, GPtrArray *files)
{
  run_once (registry, plugins, files);
  Split sum = { 0, 0, 0, 0 };
  double spent = 0;
  for (guint r = 0; r < rounds; r++)
    {
      spent += run_once (registry, plugins, files);
      sum.read += last_split.read;
      sum.plugins += last_split.plugins;
      sum.unref += last_split.unref;
    }
  printf ("files: %u  rounds: %u  CPU per round %.3fs  (reading %.3fs, plugins %.3fs, freeing %.3fs)\n", files->len,
          rounds, spent / rounds, sum.read / rounds, sum.plugins / rounds, sum.unref / rounds);
  return 0;
}

int
main (int argc, char **argv)
{
  const char *compare = NULL, *alone = NULL;
  if (argc > 2 && strcmp (argv[1], "--compare") == 0)
    {
      compare = argv[2];
      argv += 2;
      argc -= 2;
    }
  else if (argc > 2 && strcmp (argv[1], "--alone") == 0)
    {
      alone = argv[2];
      argv += 2;
      argc -= 2;
    }
  if (argc < 4 || (alone && strcmp (alone, "none") != 0 && strcmp (alone, "plugins") != 0))
    {
      fprintf (stderr, "usage: bench-speakers [--compare DIR | --alone none|plugins] ROUNDS PLUGINS FILE... | @LIST\n");
      return 2;
    }
  guint rounds = (guint) MAX (1, atoi (argv[1]));
  g_auto (GStrv) plugins = g_strsplit (argv[2], ",", -1);
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  for (int i = 3; i < argc; i++)
    {
      if (argv[i][0] != '@')
        {
          g_ptr_array_add (files, g_strdup (argv[i]));
          continue;
        }
      g_autofree char *list = NULL;
      if (!g_file_get_contents (argv[i] + 1, &list, NULL, NULL))
        {
          fprintf (stderr, "bench-speakers: cannot read %s\n", argv[i] + 1);
          return 2;
        }
      g_auto (GStrv) lines = g_strsplit (list, "\n", -1);
      for (guint k = 0; lines[k]; k++)
        if (lines[k][0])
          g_ptr_array_add (files, g_strdup (lines[k]));
    }
  NpRegistry *registry = np_registry_new ();
  np_registry_add_default_dirs (registry);
  np_registry_scan (registry);
  const char *const none[] = { NULL };
  if (compare || alone)
    {
      int rc = compare ? compare_builds (registry, compare, rounds, (const char *const *) plugins, files)
                       : run_alone (registry, strcmp (alone, "none") == 0 ? none : (const char *const *) plugins,
                                    rounds, files);
      np_registry_free (registry);
      return rc;
    }

  run_once (registry, none, files); /* warm the page cache */
  run_once (registry, (const char *const *) plugins, files);
  double *base = g_new (double, rounds), *with = g_new (double, rounds), *ratio = g_new (double, rounds);
  double *read_ratio = g_new (double, rounds);
  for (guint r = 0; r < rounds; r++)
    {
      base[r] = run_once (registry, none, files);
      Split b = last_split;
      with[r] = run_once (registry, (const char *const *) plugins, files);
      Split w = last_split;
      ratio[r] = with[r] / base[r];
      read_ratio[r] = w.read / b.read;
      printf ("round %u: none %.3fs  %s %.3fs  ratio %.3f  (reading %.3fs / %.3fs, plugins %.3fs, freeing %.3fs / "
              "%.3fs, page faults %ld / %ld)\n",
              r + 1, base[r], argv[2], with[r], ratio[r], b.read, w.read, w.plugins, b.unref, w.unref, b.faults,
              w.faults);
    }
  printf ("files: %u  rounds: %u\n", files->len, rounds);
  /* The machine is shared: other load only ever adds time, so the best
   * round of each is the closest to the true cost. */
  double best_base = base[0], best_with = with[0];
  for (guint r = 1; r < rounds; r++)
    {
      best_base = MIN (best_base, base[r]);
      best_with = MIN (best_with, with[r]);
    }
  printf ("best CPU: none %.3fs  %s %.3fs  ratio %.3f (goal <= 1.20)\n", best_base, argv[2], best_with,
          best_with / best_base);
  printf ("median ratio of rounds: %.3f\n", median (ratio, rounds));
  /* the core's own reading, slower after the plugins ran on the
   * previous note: what they leave in the caches and the allocator */
  printf ("median ratio of the core's reading time, with the plugins to without: %.3f\n",
          median (read_ratio, rounds));
  g_free (base);
  g_free (with);
  g_free (ratio);
  g_free (read_ratio);
  np_registry_free (registry);
  return 0;
}
