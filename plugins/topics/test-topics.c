/* test-topics.c: unit tests of the topics plugin with small fixtures made
 * here: the clustering engine on synthetic term vectors (determinism for a
 * seed, recovery of planted groups, choice of k by the evidence, labels), and the plugin
 * through the pipeline (document stage, corpus stage, trend, merge of
 * saved shard state equal to a single run, input order). */
#include <string.h>

#include <notepipe/notepipe.h>
#include <notepipe/np-pipeline.h>
#include <notepipe/np-reader.h>

#include "../../tests/corpus-damage.h"
#include "tp-cluster.h"
#include "tp-label.h"

/* n_groups groups of docs_per_group rows; each group has 6 own terms, each
 * row takes 3 of its group's terms and one of 10 shared noise terms. */
static TpCsr *
planted (guint n_groups, guint docs_per_group, guint64 seed, guint **truth)
{
  guint n = n_groups * docs_per_group, v = n_groups * 6 + 10;
  TpCsr *m = tp_csr_new (n, v, (gsize) n * 4);
  TpRng rng;
  tp_rng_init (&rng, seed, 0);
  *truth = g_new (guint, n);
  gsize p = 0;
  for (guint i = 0; i < n; i++)
    {
      guint g = i % n_groups;
      (*truth)[i] = g;
      /* 3 distinct terms of the group's 6, drawn at random (no sub-groups:
       * a fixed window of terms would plant nested structure) */
      guint chosen = 0;
      while (chosen < 3)
        {
          guint t = (guint) (tp_rng_uniform (&rng) * 6), dup = 0;
          for (gsize q = m->row_ptr[i]; q < p; q++)
            dup |= m->col[q] == g * 6 + t;
          if (dup)
            continue;
          m->col[p] = g * 6 + t;
          m->val[p++] = 1;
          chosen++;
        }
      m->col[p] = n_groups * 6 + (guint) (tp_rng_uniform (&rng) * 10);
      m->val[p++] = 1;
      m->row_ptr[i + 1] = p;
    }
  return m;
}

static void
test_determinism (void)
{
  guint *truth, k1, k2, k3;
  TpCsr *m = planted (3, 40, 11, &truth);
  TpClusterParams p;
  tp_cluster_params_init (&p);
  p.k = 3;
  guint *a = tp_cluster_run (m, &p, &k1);
  guint *b = tp_cluster_run (m, &p, &k2);
  g_assert_cmpuint (k1, ==, 3);
  g_assert_cmpuint (k2, ==, 3);
  g_assert_cmpmem (a, m->n_rows * sizeof (guint), b, m->n_rows * sizeof (guint));
  g_assert_cmpfloat (tp_cluster_ari (a, k1, truth, 3, m->n_rows), >, 0.99);
  p.seed = 99;
  guint *c = tp_cluster_run (m, &p, &k3);
  g_assert_cmpfloat (tp_cluster_ari (c, k3, truth, 3, m->n_rows), >, 0.99);
  g_free (a);
  g_free (b);
  g_free (c);
  g_free (truth);
  tp_csr_free (m);
}

static void
test_choose_k (void)
{
  for (guint groups = 3; groups <= 7; groups += 2)
    {
      guint *truth, k;
      TpCsr *m = planted (groups, 30, groups, &truth);
      TpClusterParams p;
      tp_cluster_params_init (&p);
      guint *a = tp_cluster_run (m, &p, &k);
      g_assert_cmpuint (k, ==, groups);
      g_assert_cmpfloat (tp_cluster_ari (a, k, truth, groups, m->n_rows), >, 0.95);
      g_free (a);
      g_free (truth);
      tp_csr_free (m);
    }
}

/* The document scope (few_units): the bounded search still recovers
 * planted groups of a document's size, deterministically, and with k
 * given; 150 items bound k to sqrt(150) + 4 = 16. */
static void
test_few_units (void)
{
  for (guint groups = 3; groups <= 7; groups += 2)
    {
      guint *truth, k, k2;
      TpCsr *m = planted (groups, 30, groups + 100, &truth);
      TpClusterParams p;
      tp_cluster_params_init (&p);
      p.few_units = TRUE;
      guint *a = tp_cluster_run (m, &p, &k);
      guint *b = tp_cluster_run (m, &p, &k2);
      g_assert_cmpuint (k, ==, groups);
      g_assert_cmpuint (k2, ==, k);
      g_assert_cmpmem (a, m->n_rows * sizeof (guint), b, m->n_rows * sizeof (guint));
      g_assert_cmpfloat (tp_cluster_ari (a, k, truth, groups, m->n_rows), >, 0.95);
      g_free (a);
      g_free (b);
      p.k = groups;
      a = tp_cluster_run (m, &p, &k);
      g_assert_cmpuint (k, ==, groups);
      g_assert_cmpfloat (tp_cluster_ari (a, k, truth, groups, m->n_rows), >, 0.95);
      g_free (a);
      g_free (truth);
      tp_csr_free (m);
    }
}

static void
test_edge_cases (void)
{
  guint k, *a;
  TpClusterParams p;
  tp_cluster_params_init (&p);
  TpCsr *empty = tp_csr_new (0, 0, 0);
  a = tp_cluster_run (empty, &p, &k);
  g_assert_cmpuint (k, ==, 0);
  g_free (a);
  tp_csr_free (empty);
  /* identical rows: one cluster whatever k */
  TpCsr *same = tp_csr_new (5, 2, 5);
  for (guint i = 0; i < 5; i++)
    {
      same->col[i] = 1;
      same->val[i] = 1;
      same->row_ptr[i + 1] = i + 1;
    }
  p.k = 3;
  a = tp_cluster_run (same, &p, &k);
  g_assert_cmpuint (k, ==, 1);
  g_free (a);
  tp_csr_free (same);
}

/* Rows with no structure, like the long minutes of one series that all
 * cover every subject: 69 rows, each 800 distinct terms of one shared
 * vocabulary of 3,000 drawn with frequent terms first.  No k gains
 * evidence over one cluster; the automatic choice must still end, with
 * the fewest topics it allows (it once refined towards G_MAXUINT: a batch
 * over a year of TC39 minutes never finished its corpus stage). */
static void
test_no_structure (void)
{
  guint n = 69, v = 3000, per_row = 800;
  TpCsr *m = tp_csr_new (n, v, (gsize) n * per_row);
  TpRng rng;
  tp_rng_init (&rng, 7, 0);
  gsize p = 0;
  for (guint i = 0; i < n; i++)
    {
      gboolean taken[3000] = { FALSE };
      for (guint chosen = 0; chosen < per_row;)
        {
          double u = tp_rng_uniform (&rng);
          guint t = (guint) (u * u * v); /* frequent words first, as in text */
          if (taken[t])
            continue;
          taken[t] = TRUE;
          chosen++;
        }
      for (guint t = 0; t < v; t++)
        if (taken[t])
          {
            m->col[p] = t;
            m->val[p++] = 1 + (guint) (tp_rng_uniform (&rng) * 3);
          }
      m->row_ptr[i + 1] = p;
    }
  TpClusterParams params;
  tp_cluster_params_init (&params);
  guint k;
  guint *a = tp_cluster_run (m, &params, &k);
  g_assert_nonnull (a);
  g_assert_cmpuint (k, >=, 1);
  g_assert_cmpuint (k, <=, 3);
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (a[i], <, k);
  g_free (a);
  tp_csr_free (m);
}

static void
test_labels (void)
{
  guint *truth;
  TpCsr *m = planted (2, 20, 5, &truth);
  guint32 *top = tp_label_top_terms (m, truth, 2, 4, NULL);
  for (guint g = 0; g < 2; g++)
    for (guint t = 0; t < 4; t++)
      {
        guint32 col = top[g * 4 + t];
        g_assert_cmpuint (col, !=, G_MAXUINT32);
        g_assert_cmpuint (col / 6, ==, g); /* a term of the group, never noise */
      }
  gboolean skip[22] = { FALSE };
  for (guint c = 0; c < 6; c++)
    skip[c] = TRUE;
  g_free (top);
  top = tp_label_top_terms (m, truth, 2, 3, skip);
  g_assert_cmpuint (top[0] == G_MAXUINT32 || top[0] >= 6, ==, TRUE);
  const char *terms[] = { "build", "cache", "ci", "runner" };
  g_autofree char *label = tp_label_join (terms, 4);
  g_assert_cmpstr (label, ==, "build, cache, ci");
  g_free (top);
  g_free (truth);
  tp_csr_free (m);
}

/* Pipeline fixtures */

static const char *const fixture_texts[] = {
  "Date: 2024-01-10\n\n- the build cache breaks on the CI runners\n- CI build times doubled\n",
  "Date: 2024-01-24\n\n- release notes for the April release\n- release branch cut next week\n",
  "Date: 2024-02-07\n\n- CI runners out of disk during the build\n- flaky build cache again\n",
  "Date: 2024-02-21\n\n- release candidate two is out\n- release blockers triaged\n",
  "Date: 2024-04-03\n\n- build cache fixed on CI\n- runners upgraded for the build\n",
  "Date: 2024-04-17\n\n- final release shipped\n- release retrospective scheduled\n",
  "- the build cache and CI runners are slow\n- CI build queue\n",
  "- release notes review for the release\n- the release date holds\n",
};

typedef struct
{
  NpRegistry *registry;
  NpConfig *config;
  NpPipeline *pipeline;
  NpWorker *worker;
} Fixture;

static void
fixture_init (Fixture *f, const char *const *assignments)
{
  GError *error = NULL;
  f->registry = np_registry_new ();
  np_registry_add_default_dirs (f->registry);
  np_registry_scan (f->registry);
  f->config = np_config_new ();
  for (; assignments && *assignments; assignments++)
    g_assert_true (np_config_set_option (f->config, *assignments, &error));
  const char *const plugins[] = { "topics", NULL };
  f->pipeline = np_pipeline_new (f->registry, plugins, f->config, &error);
  g_assert_no_error (error);
  f->worker = np_worker_new (f->pipeline, &error);
  g_assert_no_error (error);
}

static void
fixture_clear (Fixture *f)
{
  np_worker_free (f->worker);
  np_pipeline_free (f->pipeline);
  np_config_free (f->config);
  np_registry_free (f->registry);
}

static NpDocument *
read_fixture (Fixture *f, guint i)
{
  GError *error = NULL;
  g_autofree char *source = g_strdup_printf ("note-%u.md", i);
  NpDocument *doc = np_read_bytes (source, fixture_texts[i], strlen (fixture_texts[i]), NULL, &error);
  g_assert_no_error (error);
  np_document_set_sequence (doc, i);
  np_worker_process (f->worker, doc);
  g_assert_false (np_document_has_failed (doc));
  return doc;
}

/* The corpus topics as text: "label: doc doc ...\n" per topic */
static char *
corpus_topics (NpCorpus *corpus)
{
  const NpLayer *l = np_corpus_get_layer (corpus, "topics.cluster");
  g_assert_nonnull (l);
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < np_layer_get_size (l); i++)
    {
      const NpAnnotation *a = np_layer_get_annotation (l, i);
      gsize n;
      const char **docs = np_annotation_get_strv (a, "documents", &n);
      g_autofree char *joined = g_strjoinv (" ", (char **) docs);
      g_string_append_printf (s, "%s: %s\n", np_annotation_get_string (a, "label"), joined);
      g_free (docs);
    }
  return g_string_free (s, FALSE);
}

static char *
run_corpus (const guint *order, guint n, guint shards)
{
  const char *const opts[] = { "topics.corpus_k=2", NULL };
  Fixture f;
  fixture_init (&f, opts);
  GError *error = NULL;
  NpCorpusRun *final = np_corpus_run_new (f.pipeline, &error);
  g_assert_no_error (error);
  for (guint s = 0; s < shards; s++)
    {
      NpCorpusRun *run = shards > 1 ? np_corpus_run_new (f.pipeline, &error) : final;
      for (guint i = s * n / shards; i < (s + 1) * n / shards; i++)
        {
          NpDocument *doc = read_fixture (&f, order[i]);
          g_assert_true (np_corpus_run_add (run, doc, &error));
          np_document_unref (doc);
        }
      if (shards > 1)
        {
          /* through bytes, as a shard file would */
          GVariant *state = g_variant_ref_sink (np_corpus_run_save (run));
          GBytes *bytes = g_variant_get_data_as_bytes (state);
          GVariant *copy = g_variant_ref_sink (g_variant_new_from_bytes (g_variant_get_type (state), bytes, FALSE));
          g_assert_true (np_corpus_run_merge (final, copy, &error));
          g_variant_unref (copy);
          g_bytes_unref (bytes);
          g_variant_unref (state);
          np_corpus_run_free (run);
        }
    }
  NpCorpus *corpus = np_corpus_run_finish (final, &error);
  g_assert_no_error (error);
  char *text = corpus_topics (corpus);
  np_corpus_run_free (final);
  fixture_clear (&f);
  return text;
}

/* A corpus state read back from a damaged store (corpus-damage.h) */
static void
test_corpus_state_damaged (void)
{
  const char *const opts[] = { "topics.corpus_k=2", NULL };
  Fixture f;
  fixture_init (&f, opts);
  GError *error = NULL;
  NpCorpusRun *one = np_corpus_run_new (f.pipeline, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 4; i++)
    {
      NpDocument *doc = read_fixture (&f, i);
      g_assert_true (np_corpus_run_add (one, doc, &error));
      np_document_unref (doc);
    }
  GVariant *state = g_variant_ref_sink (np_corpus_run_save (one));
  np_corpus_run_free (one);
  GVariant *normal = g_variant_get_normal_form (state);
  g_variant_unref (state);
  gsize size = g_variant_get_size (normal);
  guint merged, refused;
  np_test_merge_damaged (f.pipeline, normal, 7, 300, "topics.cluster", &merged, &refused);
  g_variant_unref (normal);
  g_assert_cmpuint (merged + refused, ==, size + 300);
  fixture_clear (&f);
}

static void
test_corpus_merge (void)
{
  guint order[G_N_ELEMENTS (fixture_texts)];
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    order[i] = i;
  g_autofree char *single = run_corpus (order, G_N_ELEMENTS (order), 1);
  g_autofree char *sharded = run_corpus (order, G_N_ELEMENTS (order), 3);
  g_assert_cmpstr (single, ==, sharded);
  /* the two themes are found */
  g_assert_nonnull (strstr (single, "note-0.md note-2.md note-4.md note-6.md"));
  g_assert_nonnull (strstr (single, "note-1.md note-3.md note-5.md note-7.md"));
}

static void
test_corpus_order (void)
{
  guint forward[G_N_ELEMENTS (fixture_texts)], backward[G_N_ELEMENTS (fixture_texts)];
  guint n = G_N_ELEMENTS (fixture_texts);
  for (guint i = 0; i < n; i++)
    {
      forward[i] = i;
      backward[i] = n - 1 - i;
    }
  g_autofree char *a = run_corpus (forward, n, 1);
  g_autofree char *b = run_corpus (backward, n, 1);
  /* same topics; documents are listed in input order, so compare labels */
  g_assert_nonnull (strstr (a, "build"));
  g_assert_nonnull (strstr (b, "build"));
  g_assert_cmpuint (strlen (a), ==, strlen (b));
}

static void
test_trend (void)
{
  const char *const opts[] = { "topics.corpus_k=2", "topics.period=quarter", NULL };
  Fixture f;
  fixture_init (&f, opts);
  GError *error = NULL;
  NpCorpusRun *run = np_corpus_run_new (f.pipeline, &error);
  for (guint i = 0; i < G_N_ELEMENTS (fixture_texts); i++)
    {
      NpDocument *doc = read_fixture (&f, i);
      g_assert_true (np_corpus_run_add (run, doc, &error));
      np_document_unref (doc);
    }
  NpCorpus *corpus = np_corpus_run_finish (run, &error);
  g_assert_no_error (error);
  const NpLayer *trend = np_corpus_get_layer (corpus, "topics.trend");
  g_assert_nonnull (trend);
  /* two topics in Q1 (two documents each), two in Q2 (one each) */
  g_assert_cmpuint (np_layer_get_size (trend), ==, 4);
  gint64 q1 = 0, q2 = 0;
  for (guint i = 0; i < np_layer_get_size (trend); i++)
    {
      const NpAnnotation *a = np_layer_get_annotation (trend, i);
      const char *period = np_annotation_get_string (a, "period");
      if (strcmp (period, "2024-Q1") == 0)
        q1 += np_annotation_get_int (a, "count", 0);
      else if (strcmp (period, "2024-Q2") == 0)
        q2 += np_annotation_get_int (a, "count", 0);
      g_assert_cmpfloat (np_annotation_get_double (a, "share", 0), ==, 0.5);
    }
  g_assert_cmpint (q1, ==, 4);
  g_assert_cmpint (q2, ==, 2);
  np_corpus_run_free (run);
  fixture_clear (&f);
}

static const char meeting[] = "# Weekly sync\n\n"
                              "## Build\n"
                              "- build cache misses on CI runners\n"
                              "- CI runners need more disk for the build\n"
                              "- build times doubled on CI\n"
                              "- the build cache key includes the compiler\n"
                              "## Release\n"
                              "- release notes for 1.4 drafted\n"
                              "- release date moves to April\n"
                              "- release blockers: two open bugs\n"
                              "- the release branch is cut on Monday\n";

static void
test_document_stage (void)
{
  for (guint round = 0; round < 2; round++)
    {
      const char *const opts[] = { round ? "topics.k=2" : "topics.seed=1", NULL };
      Fixture f;
      fixture_init (&f, opts);
      GError *error = NULL;
      NpDocument *doc = np_read_bytes ("meeting.md", meeting, strlen (meeting), NULL, &error);
      g_assert_no_error (error);
      np_worker_process (f.worker, doc);
      const NpLayer *l = np_document_get_layer (doc, "topics.cluster");
      g_assert_nonnull (l);
      g_assert_cmpuint (np_layer_get_size (l), ==, 2);
      guint n_items;
      np_document_get_items (doc, &n_items);
      guint seen = 0;
      for (guint t = 0; t < 2; t++)
        {
          const NpAnnotation *a = np_layer_get_annotation (l, t);
          gsize n;
          GVariant *items = np_annotation_get (a, "items");
          const gint64 *ids = g_variant_get_fixed_array (items, &n, sizeof (gint64));
          g_assert_cmpuint (n, ==, 4);
          /* the items of one section form one topic */
          for (gsize i = 1; i < n; i++)
            g_assert_cmpint (ids[i] / 4, ==, ids[0] / 4);
          seen += n;
          const char *label = np_annotation_get_string (a, "label");
          g_assert_true (strstr (label, ids[0] < 4 ? "build" : "release") != NULL);
        }
      g_assert_cmpuint (seen, ==, n_items);
      GPtrArray *summaries = np_pipeline_summarize (f.pipeline, doc);
      g_assert_cmpuint (summaries->len, ==, 1);
      g_ptr_array_free (summaries, TRUE);
      np_document_unref (doc);
      fixture_clear (&f);
    }
}

/* People are no topic: speakers who alternate between two subjects do
 * not make the topics, whether they are attendees (their names' words),
 * marks the speakers plugin found, a chat log's nicks or a copied chat's
 * headers */
static void
test_people_are_no_topic (void)
{
  static const char *const texts[] = {
    "# Sync\n\nAttendees: Alice Smith, Bob Jones\n\n"
    "- Alice: build cache misses on CI runners\n- Bob: release notes for 1.4 drafted\n"
    "- Alice: release date moves to April\n- Bob: CI runners need more disk for the build\n"
    "- Alice: build times doubled on CI\n- Bob: release blockers, two open bugs\n"
    "- Alice: the release branch is cut on Monday\n- Bob: the build cache key includes the compiler\n",
    "# Sync\n\n"
    "- [carol] build cache misses on CI runners\n- [dave] release notes for 1.4 drafted\n"
    "- [carol] release date moves to April\n- [dave] CI runners need more disk for the build\n"
    "- [carol] build times doubled on CI\n- [dave] release blockers, two open bugs\n"
    "- [carol] the release branch is cut on Monday\n- [dave] the build cache key includes the compiler\n",
    /* a chat log's nicks, without the speakers plugin */
    "# Sync\n\n"
    "<erin> build cache misses on CI runners\n<frank> release notes for 1.4 drafted\n"
    "<erin> release date moves to April\n<frank> CI runners need more disk for the build\n"
    "<erin> build times doubled on CI\n<frank> release blockers, two open bugs\n"
    "<erin> the release branch is cut on Monday\n<frank> the build cache key includes the compiler\n",
    /* a copied chat's headers over the messages, without the speakers plugin */
    "# Sync\n\n"
    "gina \xe2\x80\x94 Today at 10:32 AM\nbuild cache misses on CI runners\n"
    "hank \xe2\x80\x94 Today at 10:33 AM\nrelease notes for 1.4 drafted\n"
    "gina \xe2\x80\x94 Today at 10:34 AM\nrelease date moves to April\n"
    "hank \xe2\x80\x94 Today at 10:35 AM\nCI runners need more disk for the build\n"
    "gina \xe2\x80\x94 Today at 10:36 AM\nbuild times doubled on CI\n"
    "hank \xe2\x80\x94 Today at 10:37 AM\nrelease blockers, two open bugs\n"
    "gina \xe2\x80\x94 Today at 10:38 AM\nthe release branch is cut on Monday\n"
    "hank \xe2\x80\x94 Today at 10:39 AM\nthe build cache key includes the compiler\n",
  };
  static const char *const names[] = { "alice", "bob", "smith", "jones", "carol", "dave", "erin", "frank",
                                       "gina", "hank", "today", "am" };
  for (guint d = 0; d < G_N_ELEMENTS (texts); d++)
    {
      GError *error = NULL;
      NpRegistry *registry = np_registry_new ();
      np_registry_add_default_dirs (registry);
      np_registry_scan (registry);
      NpConfig *config = np_config_new ();
      g_assert_true (np_config_set_option (config, "topics.k=2", &error));
      const char *const plugins[] = { "speakers", "topics", NULL };
      NpPipeline *pipeline = np_pipeline_new (registry, plugins + (d != 1), config, &error);
      g_assert_no_error (error);
      NpWorker *worker = np_worker_new (pipeline, &error);
      g_assert_no_error (error);
      NpDocument *doc = np_read_bytes ("sync.md", texts[d], strlen (texts[d]), NULL, &error);
      g_assert_no_error (error);
      np_worker_process (worker, doc);
      if (d == 1)
        g_assert_nonnull (np_document_get_layer (doc, "speakers.turn"));
      const NpLayer *l = np_document_get_layer (doc, "topics.cluster");
      g_assert_cmpuint (np_layer_get_size (l), ==, 2);
      for (guint t = 0; t < 2; t++)
        {
          const NpAnnotation *a = np_layer_get_annotation (l, t);
          gsize n;
          const gint64 *ids = g_variant_get_fixed_array (np_annotation_get (a, "items"), &n, sizeof (gint64));
          g_assert_cmpuint (n, ==, 4);
          const char *label = np_annotation_get_string (a, "label");
          g_test_message ("document %u topic %u: %s", d, t, label);
          gboolean release = strstr (label, "release") != NULL;
          g_assert_true (release != (strstr (label, "build") != NULL));
          gsize tn;
          g_autofree const char **terms = np_annotation_get_strv (a, "terms", &tn);
          for (gsize k = 0; k < tn; k++)
            for (guint p = 0; p < G_N_ELEMENTS (names); p++)
              g_assert_cmpstr (terms[k], !=, names[p]);
          /* the four items of one subject: items 1, 2, 5, 6 are the release's */
          for (gsize i = 0; i < n; i++)
            g_assert_cmpint (ids[i] == 1 || ids[i] == 2 || ids[i] == 5 || ids[i] == 6, ==, release);
        }
      np_document_unref (doc);
      np_worker_free (worker);
      np_pipeline_free (pipeline);
      np_config_free (config);
      np_registry_free (registry);
    }
}

static void
test_corpus_sections (void)
{
  const char *const opts[] = { "topics.corpus_k=2", "topics.unit=section", NULL };
  Fixture f;
  fixture_init (&f, opts);
  GError *error = NULL;
  NpCorpusRun *run = np_corpus_run_new (f.pipeline, &error);
  for (guint copy = 0; copy < 3; copy++)
    {
      g_autofree char *source = g_strdup_printf ("week-%u.md", copy);
      NpDocument *doc = np_read_bytes (source, meeting, strlen (meeting), NULL, &error);
      g_assert_no_error (error);
      np_worker_process (f.worker, doc);
      g_assert_true (np_corpus_run_add (run, doc, &error));
      np_document_unref (doc);
    }
  NpCorpus *corpus = np_corpus_run_finish (run, &error);
  g_assert_no_error (error);
  const NpLayer *l = np_corpus_get_layer (corpus, "topics.cluster");
  g_assert_cmpuint (np_layer_get_size (l), ==, 2);
  for (guint t = 0; t < 2; t++)
    {
      const NpAnnotation *a = np_layer_get_annotation (l, t);
      gsize n_docs, n_secs;
      const char **docs = np_annotation_get_strv (a, "documents", &n_docs);
      const char **secs = np_annotation_get_strv (a, "sections", &n_secs);
      /* each topic is one section of every week */
      g_assert_cmpuint (n_docs, ==, 3);
      g_assert_cmpuint (n_secs, ==, 3);
      g_assert_cmpstr (docs[0], ==, "week-0.md");
      g_assert_true (g_str_has_prefix (secs[0], "week-0.md#"));
      g_assert_cmpstr (strchr (secs[0], '#'), ==, strchr (secs[2], '#'));
      g_free (docs);
      g_free (secs);
    }
  np_corpus_run_free (run);
  fixture_clear (&f);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/topics/determinism", test_determinism);
  g_test_add_func ("/topics/choose-k", test_choose_k);
  g_test_add_func ("/topics/few-units", test_few_units);
  g_test_add_func ("/topics/edge-cases", test_edge_cases);
  g_test_add_func ("/topics/no-structure", test_no_structure);
  g_test_add_func ("/topics/labels", test_labels);
  g_test_add_func ("/topics/document-stage", test_document_stage);
  g_test_add_func ("/topics/corpus-merge", test_corpus_merge);
  g_test_add_func ("/topics/corpus-state-damaged", test_corpus_state_damaged);
  g_test_add_func ("/topics/corpus-order", test_corpus_order);
  g_test_add_func ("/topics/trend", test_trend);
  g_test_add_func ("/topics/corpus-sections", test_corpus_sections);
  g_test_add_func ("/topics/people-are-no-topic", test_people_are_no_topic);
  return g_test_run ();
}
