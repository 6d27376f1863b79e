/* corpus-damage.h: a plugin's saved corpus state, damaged, fed back to
 * its corpus stage (the plugins' tests of corpus_merge).  A store or a
 * shard file can be cut short or changed on disk; merging what is read
 * back must either work or fail with an error, never crash or read out
 * of bounds (the tests run under valgrind and the sanitizer builds). */
#ifndef NP_TEST_CORPUS_DAMAGE_H
#define NP_TEST_CORPUS_DAMAGE_H

#include <notepipe/notepipe.h>

/* Merges damaged copies of normal (a saved state in normal form) into
 * fresh corpus runs of pipeline: every truncation of its bytes, then
 * n_random copies with 1 to 3 bytes set at random (seeded).  A copy that
 * merges must finish without error, with layer among the corpus layers;
 * one that does not must say why.  Counts both ways in *merged and
 * *refused. */
static void
np_test_merge_damaged (NpPipeline *pipeline, GVariant *normal, guint32 seed, guint n_random, const char *layer,
                       guint *merged, guint *refused)
{
  gsize size = g_variant_get_size (normal);
  const guint8 *data = g_variant_get_data (normal);
  GRand *rand = g_rand_new_with_seed (seed);
  GError *error = NULL;
  *merged = *refused = 0;
  for (gsize k = 0; k < size + n_random; k++)
    {
      guint8 *copy = g_memdup2 (data, size);
      gsize len = size;
      if (k < size)
        len = k; /* every truncation */
      else
        for (guint flips = g_rand_int_range (rand, 1, 4); flips; flips--)
          copy[g_rand_int_range (rand, 0, (gint32) size)] = (guint8) g_rand_int (rand);
      GBytes *bytes = g_bytes_new_take (copy, len);
      GVariant *damaged = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE_VARDICT, bytes, FALSE));
      g_bytes_unref (bytes);
      NpCorpusRun *run = np_corpus_run_new (pipeline, &error);
      g_assert_no_error (error);
      if (np_corpus_run_merge (run, damaged, &error))
        {
          (*merged)++;
          /* what merged is ranked to the end (maybe nothing is left) */
          NpCorpus *corpus = np_corpus_run_finish (run, &error);
          g_assert_no_error (error);
          g_assert_nonnull (np_corpus_get_layer (corpus, layer));
        }
      else
        {
          (*refused)++;
          g_assert_nonnull (error);
          g_clear_error (&error);
        }
      np_corpus_run_free (run);
      g_variant_unref (damaged);
    }
  g_rand_free (rand);
}

#endif
