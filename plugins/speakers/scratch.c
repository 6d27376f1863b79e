/* scratch.c: what a speakers instance (one per worker thread) reuses from
 * one document to the next: per-item buffers, candidate blocks and the
 * integer values of the layers.  Documents repeat these shapes (a few
 * hundred items, item ids and counts from a small range), so keeping them
 * saves most of the plugin's large allocations and GVariant builds. */
#include <string.h>

#include "attribute-private.h"

/* Integers past this are built per use: the cache stays small. */
#define SCRATCH_MAX_INT 65536
/* Values kept by key (names, marks, lists of a series of meetings) */
#define SCRATCH_MAX_VALUES 16384
#define SCRATCH_MAX_DOUBLES 1024

/* The values table is a set of keys, each preceded in its block by its
 * value (a reference): a lookup reads the key and finds the value beside
 * it, and the table keeps no array of values. */
static inline GVariant **
value_of_key (const char *key)
{
  return (GVariant **) (gpointer) (key - sizeof (GVariant *));
}

static void
value_key_free (gpointer key)
{
  GVariant **value = value_of_key (key);
  g_variant_unref (*value);
  g_free (value);
}

SpScratch *
sp_scratch_new (void)
{
  SpScratch *s = g_new0 (SpScratch, 1);
  s->cand_blocks = g_ptr_array_new_with_free_func (g_free);
  s->ints = g_ptr_array_new ();
  s->translit = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  s->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  s->name_forms = sp_name_forms_new ();
  s->marks = sp_mark_cache_new ();
  s->name_keys = sp_name_keys_new ();
  s->doc_strings = g_string_chunk_new (4096);
  s->values = g_hash_table_new_full (g_str_hash, g_str_equal, value_key_free, NULL);
  s->doubles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_variant_unref);
  s->empty = g_variant_ref_sink (g_variant_new_strv (NULL, 0));
  s->key = g_string_sized_new (128);
  s->people = g_ptr_array_new_with_free_func (sp_person_free);
  s->loose = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
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
  g_hash_table_unref (s->values);
  g_hash_table_unref (s->names);
  sp_str_table_free (s->name_forms);
  sp_mark_cache_free (s->marks);
  sp_str_table_free (s->name_keys);
  g_string_chunk_free (s->doc_strings);
  g_hash_table_unref (s->doubles);
  for (guint i = 0; i < SP_N_FIXED; i++)
    if (s->fixed[i])
      g_variant_unref (s->fixed[i]);
  g_variant_unref (s->empty);
  for (guint i = 0; i < G_N_ELEMENTS (s->one_ints); i++)
    if (s->one_ints[i])
      g_variant_unref (s->one_ints[i]);
  g_string_free (s->key, TRUE);
  for (guint i = 0; i < s->n_spare_slots; i++)
    g_free (s->spare_slots[i]);
  sp_keys_free (s);
  g_ptr_array_unref (s->people);
  g_ptr_array_unref (s->loose);
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

void
sp_scratch_begin_layers (SpScratch *s)
{
  if (s->loose->len)
    g_ptr_array_set_size (s->loose, 0);
  /* full tables start again here, between two documents' layers: within
   * one document's, the values a writer gathers for an annotation stay
   * alive until it shares them */
  if (g_hash_table_size (s->values) >= SCRATCH_MAX_VALUES)
    g_hash_table_remove_all (s->values);
  if (g_hash_table_size (s->doubles) >= SCRATCH_MAX_DOUBLES)
    {
      g_hash_table_remove_all (s->doubles);
      s->n_recent = 0;
    }
}

GVariant *
sp_scratch_loose (SpScratch *s, GVariant *value)
{
  value = g_variant_ref_sink (value);
  g_ptr_array_add (s->loose, value);
  return value;
}

GVariant *
sp_scratch_int (SpScratch *s, gint64 value)
{
  if (value < 0 || value >= SCRATCH_MAX_INT)
    return sp_scratch_loose (s, g_variant_new_int64 (value));
  if ((guint) value >= s->ints->len)
    g_ptr_array_set_size (s->ints, (guint) value + 1);
  GVariant **v = (GVariant **) &g_ptr_array_index (s->ints, (guint) value);
  if (*v == NULL)
    *v = g_variant_ref_sink (g_variant_new_int64 (value));
  return *v;
}

void
sp_scratch_int_prefetch (SpScratch *s, gint64 value)
{
  if (value >= 0 && (guint64) value < s->ints->len)
    {
      gconstpointer v = g_ptr_array_index (s->ints, (guint) value);
      if (v)
        __builtin_prefetch (v, 1); /* its reference count is written */
    }
}

GVariant *
sp_scratch_double (SpScratch *s, double d)
{
  gint64 bits;
  memcpy (&bits, &d, sizeof bits);
  /* confidences take a handful of values: the last ones used are kept in
   * a few slots compared by bits before the table is asked */
  for (guint i = 0; i < s->n_recent; i++)
    if (s->recent_bits[i] == bits)
      return s->recent[i];
  GVariant *v = g_hash_table_lookup (s->doubles, &bits);
  if (v == NULL)
    {
      v = g_variant_ref_sink (g_variant_new_double (d));
      g_hash_table_insert (s->doubles, g_memdup2 (&bits, sizeof bits), v);
    }
  /* the table keeps v alive: the slots borrow it */
  guint slot = s->n_recent < G_N_ELEMENTS (s->recent) ? s->n_recent++
                                                      : (guint) (bits & (G_N_ELEMENTS (s->recent) - 1));
  s->recent[slot] = v;
  s->recent_bits[slot] = bits;
  return v;
}

GVariant *
sp_scratch_fixed (SpScratch *s, guint slot, const char *text)
{
  if (slot >= SP_N_FIXED)
    return sp_scratch_loose (s, g_variant_new_string (text));
  if (s->fixed[slot] == NULL)
    s->fixed[slot] = g_variant_ref_sink (g_variant_new_string (text));
  return s->fixed[slot];
}

GVariant *
sp_scratch_lookup (SpScratch *s, const char *key, gsize len)
{
  (void) len; /* keys hold no NUL: the table hashes C strings */
  const char *kept = g_hash_table_lookup (s->values, key);
  return kept ? *value_of_key (kept) : NULL;
}

GVariant *
sp_scratch_keep (SpScratch *s, const char *key, gsize len, GVariant *value)
{
  value = g_variant_ref_sink (value);
  /* layers hold their own references: dropping the table (when full,
   * sp_scratch_begin_layers) only means building values again */
  GVariant **block = g_malloc (sizeof (GVariant *) + len + 1);
  char *kept = (char *) (block + 1);
  *block = value;
  memcpy (kept, key, len);
  kept[len] = '\0';
  /* a key already there (never expected: callers look up first) is
   * replaced: g_hash_table_add() keeps the new key and frees the old one,
   * its block and value with it */
  g_hash_table_add (s->values, kept);
  return value;
}
