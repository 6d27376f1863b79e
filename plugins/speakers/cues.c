/* cues.c: the unnamed speakers of timed transcripts.
 *
 * A WebVTT or SRT transcript (document format "vtt": one item per cue,
 * core/reader-vtt.c) from a diarizing tool names its voices "Speaker 1:",
 * "SPEAKER_01:".  Such a mark is read in cues (sp_mark_parse_numbered; in
 * notes "Step 2:" and "Day 3:" are labels), and anywhere with the turn's
 * time in parentheses (sp_mark_parse_numbered_timed: "Speaker 1
 * (00:00:05):", a transcript service's export), and is a speaker when its
 * word recurs among the document's numbered marks: "Speaker 2" once beside
 * "Speaker 1" is a voice; a lone "Step 2: ..." is a slide read aloud. */
#include <string.h>

#include "attribute-private.h"

/* the word before the number: "Speaker" of "Speaker 2", "SPEAKER" of
 * "SPEAKER_01" */
static gsize
word_len (const char *name)
{
  gsize n = 0;
  while (name[n] && name[n] != ' ' && name[n] != '_')
    n++;
  return n;
}

void
sp_judge_numbered (Ctx *c)
{
  g_autoptr (GHashTable) words = NULL;
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < c->n_items; i++)
      {
        Cand *d = c->cands[i];
        if (d == NULL || !d->mark.numbered || d->state == CAND_REJECTED || d->mark.n_names != 1)
          continue;
        if (words == NULL)
          words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
        const char *name = d->mark.names[0];
        g_autofree char *word = g_strndup (name, word_len (name));
        guint n = GPOINTER_TO_UINT (g_hash_table_lookup (words, word));
        if (pass == 0)
          g_hash_table_insert (words, g_steal_pointer (&word), GUINT_TO_POINTER (n + 1));
        else
          d->state = n >= 2 ? CAND_ACCEPTED : CAND_REJECTED;
      }
}
