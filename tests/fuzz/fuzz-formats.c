/* fuzz-formats.c: libFuzzer target for the readers a note's name picks
 * (HTML, Org, AsciiDoc, reStructuredText, WebVTT and SubRip, mail, Word
 * and OpenDocument), which fuzz-reader.c, named .txt or .md, reaches only
 * when their content gives them away.  The first byte picks the name; the
 * format is detected as `notepipe run` does.  Every accepted document
 * must keep the model's invariants and serialize to JSON. */
#include <stdint.h>

#include "fuzz-read.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  static const char *const names[] = {
    "fuzz.html", "fuzz.xhtml", "fuzz.org", "fuzz.adoc", "fuzz.rst", "fuzz.vtt",
    "fuzz.srt",  "fuzz.eml",   "fuzz.docx", "fuzz.odt", "fuzz.md.gz", "fuzz.txt",
  };
  if (size == 0)
    return 0;
  NpReadOptions o = { .input_format = "auto", .max_item_tokens = 10000, .max_bytes = (gsize) 1 << 24 };
  const char *name = names[data[0] % G_N_ELEMENTS (names)];
  fuzz_read_checked (name, (const char *) data + 1, size - 1, &o, TRUE, (data[0] & 0x80) != 0);
  return 0;
}
