/* scratch.c: what a speakers instance (one per worker thread) reuses from
 * one document to the next: per-item buffers and candidate blocks.
 * Documents repeat these shapes (a few hundred items), so keeping them
 * saves most of the plugin's large allocations. */
#include <string.h>

#include "attribute-private.h"

SpScratch *
sp_scratch_new (void)
{
  SpScratch *s = g_new0 (SpScratch, 1);
  s->cand_blocks = g_ptr_array_new_with_free_func (g_free);
  s->translit = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  s->names = sp_name_cache_new ();
  s->name_forms = sp_name_forms_new ();
  s->marks = sp_mark_cache_new ();
  s->name_keys = sp_name_keys_new ();
  s->doc_strings = g_string_chunk_new (4096);
  s->people = g_ptr_array_new_with_free_func (sp_person_free);
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
  g_hash_table_unref (s->translit);
  sp_str_table_free (s->names);
  sp_str_table_free (s->name_forms);
  sp_mark_cache_free (s->marks);
  sp_str_table_free (s->name_keys);
  g_string_chunk_free (s->doc_strings);
  for (guint i = 0; i < s->n_spare_slots; i++)
    g_free (s->spare_slots[i]);
  sp_keys_free (s);
  g_ptr_array_unref (s->people);
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
