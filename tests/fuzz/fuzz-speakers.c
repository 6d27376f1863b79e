/* fuzz-speakers.c: libFuzzer target for the speakers plugin: its reading
 * of marks, of the document's people and of roster files, its turns and
 * its layers, with the plugin's sources linked in (no plugin loading).
 *
 * The first byte picks the note's name (plain text, Markdown, WebVTT,
 * HTML); with its high bit set, the bytes after it up to the first NUL
 * are a roster file (as `roster=FILE` or discovery would load it) and the
 * rest is the note.  One scratch serves every input, as one instance
 * serves a run's documents, so its caches meet what earlier inputs left.
 * The layers written must pass the core's checks at the stage's end, and
 * the document must serialize to JSON. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-read.h"
#include "np-private.h"
#include "speakers.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static const NpLayerSpec *const provides[] = { &sp_turn_layer, &sp_person_layer, &sp_reply_layer, NULL };

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  static SpScratch *scratch;
  if (size == 0)
    return 0;
  if (scratch == NULL)
    scratch = sp_scratch_new ();
  const char *text = (const char *) data + 1;
  gsize len = size - 1;
  g_autoptr (GPtrArray) rosters = g_ptr_array_new_with_free_func ((GDestroyNotify) sp_roster_free);
  if (data[0] & 0x80)
    {
      const char *nul = memchr (text, '\0', len);
      gsize roster_len = nul ? (gsize) (nul - text) : len;
      g_autoptr (GError) error = NULL;
      SpRoster *r = sp_roster_load_data ("fuzz-roster.txt", text, roster_len, &error);
      if (r)
        g_ptr_array_add (rosters, r);
      text += nul ? roster_len + 1 : roster_len;
      len -= nul ? roster_len + 1 : roster_len;
    }
  NpDocument *doc = fuzz_read_note (data[0], text, len);
  if (doc == NULL)
    return 0;
  GError *error = NULL;
  SpConfig config = { .typos = TRUE };
  np_document_begin_stage (doc, "speakers", provides);
  SpAnalysis *a = sp_analyse (doc, rosters, &config, scratch);
  gboolean ok = sp_write_layers (doc, a, scratch, &error);
  sp_analysis_free (a);
  if (!ok || !np_document_end_stage (doc, TRUE, &error))
    {
      fprintf (stderr, "speakers' layers refused: %s\n", error ? error->message : "(no message)");
      abort ();
    }
  GString *out = g_string_new (NULL);
  np_document_append_json (doc, out, 0, FALSE);
  g_string_free (out, TRUE);
  np_document_unref (doc);
  return 0;
}
