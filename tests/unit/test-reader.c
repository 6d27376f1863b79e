/* test-reader.c: reader repairs, plain text and Markdown (filled in below). */
#include <string.h>

#include <notepipe/notepipe.h>

static void
test_empty (void)
{
  g_autoptr (GError) error = NULL;
  NpDocument *doc = np_read_bytes ("e.txt", "", 0, NULL, &error);
  g_assert_no_error (error);
  guint n;
  np_document_get_items (doc, &n);
  g_assert_cmpuint (n, ==, 0);
  np_document_unref (doc);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reader/empty", test_empty);
  return g_test_run ();
}
