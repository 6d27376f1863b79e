/* fuzz-plugins.c: libFuzzer target for the in-tree plugins' document
 * stages, one after another as a run orders them (fuzz-stages.h).
 *
 * The first byte picks the note's name (plain text, Markdown, WebVTT,
 * HTML).  What a stage writes must pass the core's checks at the stage's
 * end (a stage may fail with an error, not with layers the core refuses),
 * and the document must serialize to JSON. */
#include <stdint.h>

#include "fuzz-read.h"
#include "fuzz-stages.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  static GArray *stages;
  if (size == 0)
    return 0;
  if (stages == NULL)
    stages = fuzz_stages_new ();
  NpDocument *doc = fuzz_read_note (data[0], (const char *) data + 1, size - 1);
  if (doc == NULL)
    return 0;
  fuzz_run_stages (stages, doc);
  GString *out = g_string_new (NULL);
  np_document_append_json (doc, out, 0, FALSE);
  g_string_free (out, TRUE);
  np_document_unref (doc);
  return 0;
}
