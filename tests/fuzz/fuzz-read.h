/* fuzz-read.h: what the fuzz targets check of a note they read.  The
 * bytes go through np_read_bytes() as NAME; an accepted document must keep
 * the model's invariants (a broken one aborts, which libFuzzer reports)
 * and, with json, serialize to JSON (indented with pretty). */
#ifndef FUZZ_READ_H
#define FUZZ_READ_H

#include <stdio.h>
#include <stdlib.h>

#include <notepipe/notepipe.h>

static inline void
fuzz_read_checked (const char *name, const char *data, gsize len, const NpReadOptions *options, gboolean json,
                   gboolean pretty)
{
  GError *error = NULL;
  NpDocument *doc = np_read_bytes (name, data, len, options, &error);
  if (!doc)
    {
      g_error_free (error);
      return;
    }
  if (!np_document_validate (doc, &error))
    {
      fprintf (stderr, "invariant broken: %s\n", error->message);
      abort ();
    }
  if (json)
    {
      GString *out = g_string_new (NULL);
      np_document_append_json (doc, out, NP_JSON_TOKENS, pretty);
      g_string_free (out, TRUE);
    }
  np_document_unref (doc);
}

#endif
