/* marks-private.h: what marks.c (the parsers) and mark-cache.c (colon
 * marks kept per instance) share. */
#ifndef SP_MARKS_PRIVATE_H
#define SP_MARKS_PRIVATE_H

#include "speakers.h"

/* Longest prefix read as a mark, in bytes.  Speaker marks are short; a
 * longer prefix before ':' is a sentence ("The plan is: ..."). */
#define MARK_MAX 64

static inline gboolean
is_space (char c)
{
  /* ' ', '\t' or '\n' as bits of one constant: no branch per test */
  return (guchar) c <= ' ' && ((G_GUINT64_CONSTANT (0x100000600) >> (guchar) c) & 1);
}

static inline const char *
skip_spaces (const char *p, const char *e)
{
  while (p < e && is_space (*p))
    p++;
  return p;
}

/* The mark text opens with, read by every parser (no cache). */
gboolean sp_mark_parse_uncached (const char *text, gsize len, gboolean heads_items, SpMark *m);

#endif
