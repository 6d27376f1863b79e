/* reader-hyphen.c: words a PDF's text broke at a line's end with a
 * hyphen ("imple-" over "mentation ..."), joined again by the text
 * reader.  A hyphen at a line's end is also a compound's ("self-" over
 * "hosted"), and without a dictionary the notes themselves decide: the
 * word is joined when they write it whole somewhere else. */
#include "config.h"

#include <string.h>

#include "reader.h"

/* Every word of two lower-case ASCII letters or more in the notes, once
 * (keys point into the lines, which outlive the reading) */
static GHashTable *
words_of (const NpReadContext *ctx)
{
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < ctx->n_lines; i++)
    {
      const char *s = ctx->lines[i].s, *e = s + ctx->lines[i].len;
      for (const char *p = s; p < e;)
        {
          if (!g_ascii_isalpha (*p))
            {
              p++;
              continue;
            }
          const char *w = p;
          gboolean lower = TRUE;
          while (p < e && g_ascii_isalpha (*p))
            lower &= g_ascii_islower (*p++);
          /* a word's start and end: no hyphen joins it to another */
          if (lower && p - w >= 4 && (w == s || w[-1] != '-') && (p == e || *p != '-'))
            g_hash_table_add (words, g_strndup (w, p - w));
        }
    }
  return words;
}

gboolean
np_reader_hyphen_joins (const NpReadContext *ctx, GHashTable **words, const char *t, gsize len, const NpLine *l)
{
  /* the item ends in a lower-case word and its hyphen, the line opens
   * with lower-case letters */
  if (len < 3 || t[len - 1] != '-' || !g_ascii_islower (t[len - 2]) || l->content_len < 2
      || !g_ascii_islower (l->content[0]))
    return FALSE;
  gsize w = len - 1;
  while (w > 0 && g_ascii_isalpha (t[w - 1]))
    w--;
  gsize head = len - 1 - w;
  if (head < 2 || (w > 0 && t[w - 1] == '-'))
    return FALSE; /* "well-known-" is a compound already */
  gsize tail = 0;
  while (tail < l->content_len && g_ascii_isalpha (l->content[tail]))
    tail++;
  if (tail < 2 || (tail < l->content_len && l->content[tail] == '-') || head + tail > 64)
    return FALSE;
  char word[65];
  memcpy (word, t + w, head);
  memcpy (word + head, l->content, tail);
  word[head + tail] = '\0';
  for (gsize k = 0; k < head + tail; k++)
    if (!g_ascii_islower (word[k]))
      return FALSE;
  if (*words == NULL)
    *words = words_of (ctx);
  return g_hash_table_contains (*words, word);
}
