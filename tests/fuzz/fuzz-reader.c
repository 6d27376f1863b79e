/* fuzz-reader.c: libFuzzer target for the reader and tokenizer.  The first
 * byte picks the format (auto, text, markdown); every accepted document
 * must keep the model's invariants and serialize to JSON. */
#include <stdint.h>
#include <stdlib.h>

#include <notepipe/notepipe.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  static const char *const formats[] = { "auto", "text", "markdown" };
  if (size == 0)
    return 0;
  NpReadOptions o = { .input_format = formats[data[0] % 3], .max_item_tokens = 10000 };
#ifdef FUZZ_MARKDOWN_ONLY
  o.input_format = "markdown";
#endif
  GError *error = NULL;
  NpDocument *doc = np_read_bytes (data[0] & 0x80 ? "fuzz.md" : "fuzz.txt", (const char *) data + 1, size - 1, &o,
                                   &error);
  if (!doc)
    {
      g_error_free (error);
      return 0;
    }
  if (!np_document_validate (doc, &error))
    {
      fprintf (stderr, "invariant broken: %s\n", error->message);
      abort ();
    }
  GString *json = g_string_new (NULL);
  np_document_append_json (doc, json, NP_JSON_TOKENS, data[0] & 0x40);
  g_string_free (json, TRUE);
  np_document_unref (doc);
  return 0;
}
