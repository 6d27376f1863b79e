/* test-speakers.h: helpers of the speakers tests (test-speakers.c). */
#ifndef TEST_SPEAKERS_H
#define TEST_SPEAKERS_H

#include <notepipe/notepipe.h>

#include "../speakers.h"

extern NpRegistry *test_registry;

/* Run the plugin on a document (options: "key=value" of the plugin). */
NpDocument *run_doc (NpDocument *doc, const char *const *options);
/* ... on text read as the file `name` (its extension chooses plain text or
 * Markdown; no such file exists, so no roster is found next to it). */
NpDocument *run_text (const char *name, const char *text, const char *const *options);
const NpAnnotation *turn_at (const NpDocument *doc, guint line);
/* "A;B" for the speakers of the item at line, "NONE" without a turn. */
char *speakers_at (const NpDocument *doc, guint line);
/* A string or string-list feature of the turn at line, ';'-joined. */
char *feature_at (const NpDocument *doc, guint line, const char *feature);
const NpAnnotation *person_named (const NpDocument *doc, const char *name);

#define assert_speakers(doc, line, expected)                                                                      \
  do                                                                                                              \
    {                                                                                                             \
      g_autofree char *got_ = speakers_at ((doc), (line));                                                       \
      g_assert_cmpstr (got_, ==, (expected));                                                                     \
    }                                                                                                             \
  while (0)

#define assert_feature(doc, line, feature, expected)                                                              \
  do                                                                                                              \
    {                                                                                                             \
      g_autofree char *got_ = feature_at ((doc), (line), (feature));                                             \
      g_assert_cmpstr (got_, ==, (expected));                                                                     \
    }                                                                                                             \
  while (0)

/* test-speakers-people.c */
extern const char test_summit_notes[]; /* test-speakers.c */
extern const char test_node_notes[];
void add_people_tests (void);
/* test-speakers-rosters.c */
void add_roster_tests (void);
/* test-speakers-vtt.c */
void add_vtt_tests (void);
/* test-speakers-styles.c */
void add_style_tests (void);
/* test-speakers-logs.c */
void add_logs_tests (void);
/* test-speakers-transcripts.c */
void add_transcript_tests (void);
/* test-speakers-office.c */
void add_office_tests (void);
/* test-speakers-intl.c */
void add_intl_tests (void);
/* test-speakers-communities.c */
void add_community_tests (void);
/* test-speakers-minutes.c */
void add_minutes_tests (void);
/* test-speakers-slips.c */
void add_slips_tests (void);

#endif
