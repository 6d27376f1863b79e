/* fuzz-reader.c: libFuzzer target for the reader and tokenizer.  The first
 * byte picks the format (auto, text, markdown); every accepted document
 * must keep the model's invariants and serialize to JSON. */
#include <stdint.h>

#include "fuzz-read.h"

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
  fuzz_read_checked (data[0] & 0x80 ? "fuzz.md" : "fuzz.txt", (const char *) data + 1, size - 1, &o, TRUE,
                     (data[0] & 0x40) != 0);
  return 0;
}
