/* scratch.c: what a speakers instance (one per worker thread) reuses from
 * one document to the next: per-item buffers, candidate blocks and the
 * integer values of the layers.  Documents repeat these shapes (a few
 * hundred items, item ids and counts from a small range), so keeping them
 * saves most of the plugin's large allocations and GVariant builds. */
#include <string.h>

#include "speakers.h"

/* Integers past this are built per use: the cache stays small. */
#define SCRATCH_MAX_INT 65536

SpScratch *
sp_scratch_new (void)
{
  SpScratch *s = g_new0 (SpScratch, 1);
  s->cand_blocks = g_ptr_array_new_with_free_func (g_free);
  s->ints = g_ptr_array_new ();
  s->translit = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return s;
}

void
sp_scratch_free (SpScratch *s)
{
  if (s == NULL)
    return;
  for (guint i = 0; i < SP_N_BUFS; i++)
    g_free (s->bufs[i]);
  g_ptr_array_unref (s->cand_blocks);
  for (guint i = 0; i < s->ints->len; i++)
    if (g_ptr_array_index (s->ints, i))
      g_variant_unref (g_ptr_array_index (s->ints, i));
  g_ptr_array_unref (s->ints);
  g_hash_table_unref (s->translit);
  g_free (s);
}

gpointer
sp_scratch_get (SpScratch *s, SpBuf buf, gsize bytes, gboolean zero)
{
  if (bytes > s->caps[buf])
    {
      /* grow by half again so a run of slightly larger documents does
       * not reallocate each time; the old contents are not kept */
      gsize cap = MAX (bytes, s->caps[buf] + s->caps[buf] / 2);
      g_free (s->bufs[buf]);
      s->bufs[buf] = g_malloc (cap);
      s->caps[buf] = cap;
    }
  if (zero)
    memset (s->bufs[buf], 0, bytes);
  return s->bufs[buf];
}

GVariant *
sp_scratch_int (SpScratch *s, gint64 value)
{
  if (value < 0 || value >= SCRATCH_MAX_INT)
    return g_variant_ref_sink (g_variant_new_int64 (value));
  if ((guint) value >= s->ints->len)
    g_ptr_array_set_size (s->ints, (guint) value + 1);
  GVariant **v = (GVariant **) &g_ptr_array_index (s->ints, (guint) value);
  if (*v == NULL)
    *v = g_variant_ref_sink (g_variant_new_int64 (value));
  return g_variant_ref (*v);
}
