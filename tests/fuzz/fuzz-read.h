/* fuzz-read.h: what the fuzz targets check of a note they read, and how
 * the plugins' targets read theirs (fuzz_read_note).  The
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

/* The note of a plugin's fuzz target: text read as plain text, Markdown,
 * WebVTT or HTML as pick (an input's first byte) chooses, or NULL when the
 * reader refuses it */
static inline NpDocument *
fuzz_read_note (guint8 pick, const char *text, gsize len)
{
  static const char *const names[] = { "fuzz.txt", "fuzz.md", "fuzz.vtt", "fuzz.html" };
  NpReadOptions o = { .input_format = "auto", .max_item_tokens = 10000, .max_bytes = (gsize) 1 << 24 };
  GError *error = NULL;
  NpDocument *doc = np_read_bytes (names[pick % G_N_ELEMENTS (names)], text, len, &o, &error);
  if (doc == NULL)
    g_error_free (error);
  return doc;
}

#endif
