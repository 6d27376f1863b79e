/* test-strpool.c: the string interner, above all across resets (a thread's
 * spare document reuses its pool, emptied, for the next document). */
#include <stdio.h>
#include <string.h>

#include "strpool.h"

/* Interns word0 .. word(n-1) and checks each is new, dense and readable */
static void
fill (NpStringPool *pool, guint n, const char *prefix)
{
  char buf[32];
  for (guint i = 0; i < n; i++)
    {
      int len = g_snprintf (buf, sizeof buf, "%s%u", prefix, i);
      guint32 id = np_string_pool_intern_len (pool, buf, (gsize) len);
      g_assert_true (id & NP_STRPOOL_NEW_STRING);
      id &= ~NP_STRPOOL_NEW_STRING;
      g_assert_cmpuint (id, ==, i + 1); /* id 0 is "" */
      np_string_pool_set_stem (pool, id, i % 7);
      np_string_pool_set_flags (pool, id, (guint8) (i & 0xff));
    }
  g_assert_cmpuint (np_string_pool_size (pool), ==, n + 1);
  for (guint i = 0; i < n; i += 97)
    {
      int len = g_snprintf (buf, sizeof buf, "%s%u", prefix, i);
      g_assert_cmpuint (np_string_pool_intern_len (pool, buf, (gsize) len), ==, i + 1); /* not new */
      g_assert_cmpuint (np_string_pool_lookup (pool, buf, (gsize) len), ==, i + 1);
      g_assert_cmpstr (np_string_pool_get (pool, i + 1), ==, buf);
      g_assert_cmpuint (np_string_pool_get_length (pool, i + 1), ==, (guint) len);
      g_assert_cmpuint (np_string_pool_get_stem (pool, i + 1), ==, i % 7);
      g_assert_cmpuint (np_string_pool_get_flags (pool, i + 1), ==, i & 0xff);
    }
}

/* After a reset the pool is as new: only "" (id 0), earlier strings
 * unknown, the next strings dense from 1 with their own stems */
static void
check_reset (NpStringPool *pool, const char *gone)
{
  np_string_pool_reset (pool);
  g_assert_cmpuint (np_string_pool_size (pool), ==, 1);
  g_assert_cmpstr (np_string_pool_get (pool, 0), ==, "");
  g_assert_cmpuint (np_string_pool_lookup (pool, gone, strlen (gone)), ==, G_MAXUINT32);
  g_assert_cmpuint (np_string_pool_lookup (pool, "", 0), ==, 0);
}

static void
test_reset_sizes (void)
{
  NpStringPool *pool = np_string_pool_new ();
  /* small, a size whose entries a reset keeps, one whose it cuts, then
   * small and kept ones again on the same pool */
  static const guint sizes[] = { 10, 20000, 70000, 5, 30000, 30000, 65535, 1 };
  for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
    {
      char prefix[16];
      g_snprintf (prefix, sizeof prefix, "w%u_", k);
      fill (pool, sizes[k], prefix);
      char last[32];
      g_snprintf (last, sizeof last, "%s%u", prefix, sizes[k] - 1);
      check_reset (pool, last);
    }
  np_string_pool_free (pool);
}

/* A reserve larger than the kept room, after resets, still interns all */
static void
test_reserve_after_reset (void)
{
  NpStringPool *pool = np_string_pool_new ();
  fill (pool, 40000, "a");
  check_reset (pool, "a39999");
  np_string_pool_reserve (pool, 100000, 1 << 20);
  fill (pool, 100000, "b");
  check_reset (pool, "b99999");
  np_string_pool_reserve (pool, 100, 1000);
  fill (pool, 3000, "c");
  np_string_pool_free (pool);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/strpool/reset-sizes", test_reset_sizes);
  g_test_add_func ("/strpool/reserve-after-reset", test_reserve_after_reset);
  return g_test_run ();
}
