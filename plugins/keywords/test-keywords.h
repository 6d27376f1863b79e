/* test-keywords.h: the fixture the keywords plugin's unit tests share
 * (test-keywords-fixture.c): a pipeline of the keywords plugin alone, a
 * document run through it, its phrases. */
#ifndef TEST_KEYWORDS_H
#define TEST_KEYWORDS_H

#include <notepipe/notepipe.h>

typedef struct
{
  NpRegistry *registry;
  NpConfig *config;
  NpPipeline *pipeline;
  NpWorker *worker;
} Fixture;

void fixture_setup (Fixture *f, const char *const *options);
void fixture_teardown (Fixture *f);
/* text read as a file called name and run through the pipeline (transfer full) */
NpDocument *run_text (Fixture *f, const char *name, const char *text);
/* Phrases of one scope instance, by rank, joined with '|' (transfer full);
 * section < 0 and speaker NULL: any */
char *phrases (const NpDocument *doc, const char *scope, gint64 section, const char *speaker);
gboolean has_phrase (const char *list, const char *phrase);

void add_scoring_tests (void); /* test-keywords-scoring.c */

#endif
