/* test-keywords-scoring.c: how the keywords plugin weighs phrases: noun
 * phrases, and the preference for longer phrases in long scopes. */
#include <string.h>

#include "test-keywords.h"

/* Noun phrases without a tagger: a phrase does not end in a word that is
 * rarely a noun, nor open with a verb. */
static void
test_noun_phrases (void)
{
  Fixture f;
  fixture_setup (&f, NULL);
  g_autoptr (NpDocument) doc = run_text (&f, "np.txt",
                                         "Wavelet filters denoise seismic traces. Wavelet filters remove noise "
                                         "efficiently. Seismic traces propose seismic traces.\n");
  g_autofree char *list = phrases (doc, "document", -1, NULL);
  g_assert_true (has_phrase (list, "Wavelet filters") || has_phrase (list, "wavelet filters"));
  g_assert_true (has_phrase (list, "seismic traces") || has_phrase (list, "Seismic traces"));
  g_assert_false (has_phrase (list, "noise efficiently"));   /* an adverb does not end a phrase */
  g_assert_false (has_phrase (list, "propose seismic traces")); /* nor does a verb open one */
  g_assert_false (has_phrase (list, "filters remove"));
  fixture_teardown (&f);
}

/* n sentences of everyday words (six a sentence, drawn by a fixed
 * generator), "The system was slow." after every third one and "We tried
 * relevance feedback again." after every tenth */
static char *
everyday_text (guint n)
{
  static const char *const words[] = {
    "people", "place",   "time",    "water",  "house",  "street",  "city",    "country", "company", "market",
    "price",  "money",   "office",  "school", "family", "friend",  "river",   "road",    "music",   "paper",
    "letter", "garden",  "window",  "table",  "chair",  "kitchen", "dinner",  "morning", "evening", "weather",
    "summer", "winter",  "village", "island", "forest", "bridge",  "train",   "station", "ticket",  "doctor",
  };
  GString *s = g_string_new ("Notes on search engines\n\n");
  guint32 x = 12345;
  for (guint i = 0; i < n; i++)
    {
      const char *w[6];
      for (guint k = 0; k < 6; k++)
        {
          x = x * 1103515245u + 12345u;
          w[k] = words[(x >> 16) % G_N_ELEMENTS (words)];
        }
      g_string_append_printf (s, "The %s and the %s near the %s, with a %s, a %s and some %s.", w[0], w[1], w[2],
                              w[3], w[4], w[5]);
      if (i % 3 == 0)
        g_string_append (s, " The system was slow.");
      if (i % 10 == 0)
        g_string_append (s, " We tried relevance feedback again.");
      g_string_append_c (s, '\n');
    }
  return g_string_free (s, FALSE);
}

/* A general word said often ranks first in a short text; in a long one
 * every general word piles up occurrences, and the phrase that recurs
 * as a whole ranks above it (the length preference grows with the
 * scope's length). */
static void
test_long_scope_phrases (void)
{
  Fixture f;
  fixture_setup (&f, NULL);
  g_autofree char *short_text = everyday_text (30);
  g_autofree char *long_text = everyday_text (400);
  g_autoptr (NpDocument) short_doc = run_text (&f, "short.txt", short_text);
  g_autoptr (NpDocument) long_doc = run_text (&f, "long.txt", long_text);
  g_autofree char *short_list = phrases (short_doc, "document", -1, NULL);
  g_autofree char *long_list = phrases (long_doc, "document", -1, NULL);
  g_test_message ("short: %s", short_list);
  g_test_message ("long: %s", long_list);
  g_assert_true (g_str_has_prefix (short_list, "system|"));
  g_assert_true (g_str_has_prefix (long_list, "relevance feedback|"));
  g_assert_true (has_phrase (long_list, "system"));
  fixture_teardown (&f);
}

void
add_scoring_tests (void)
{
  g_test_add_func ("/keywords/noun-phrases", test_noun_phrases);
  g_test_add_func ("/keywords/long-scope-phrases", test_long_scope_phrases);
}
