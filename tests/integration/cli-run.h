/* cli-run.h: running the notepipe command in the CLI tests (test-cli,
 * test-refusals): the program is $NOTEPIPE, set by make check. */
#ifndef CLI_RUN_H
#define CLI_RUN_H

#include <glib.h>
#include <json-glib/json-glib.h>

typedef struct
{
  char *out;
  char *err;
  int status; /* exit status, or 128 + the signal */
} Run;

/* The test's scratch directory: made by the test's main (). */
extern char *tmpdir;

/* Runs argv (NULL-terminated; argv[0] the program) in env, with stdin_text
 * as standard input when not NULL (written to tmpdir). */
Run run_argv (char **env, const char *stdin_text, char **argv);

/* Runs notepipe with the arguments after stdin_text (NULL-terminated,
 * without the program), NO_COLOR set. */
Run run_np (const char *stdin_text, ...) G_GNUC_NULL_TERMINATED;

void run_clear (Run *r);

/* examples/NAME in the source tree (transfer full) */
char *example (const char *name);

/* A file NAME in tmpdir holding contents (len bytes, or -1): its path */
char *temp_file (const char *name, const char *contents, gssize len);

/* text parsed as JSON, or the test fails (transfer full) */
JsonNode *parse_json (const char *text);

#endif
