/* util.c: small helpers shared by the batch modules: portable corpus-state
 * blobs, timestamps, messages. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "batch.h"

/* GVariant's serialized form is in host byte order: blobs are kept
 * little-endian so shards made on any machine merge anywhere. */
GBytes *
np_state_to_bytes (GVariant *state)
{
  g_autoptr (GVariant) normal = g_variant_get_normal_form (state);
#if G_BYTE_ORDER == G_BIG_ENDIAN
  g_autoptr (GVariant) swapped = g_variant_byteswap (normal);
  return g_variant_get_data_as_bytes (swapped);
#else
  return g_variant_get_data_as_bytes (normal);
#endif
}

GVariant *
np_state_from_bytes (GBytes *bytes)
{
  GVariant *v = g_variant_new_from_bytes (G_VARIANT_TYPE_VARDICT, bytes, FALSE);
#if G_BYTE_ORDER == G_BIG_ENDIAN
  GVariant *swapped = g_variant_byteswap (v);
  g_variant_unref (v);
  v = swapped;
#endif
  return g_variant_ref_sink (v);
}

char *
np_now_iso8601 (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

char *
np_pipeline_plugin_list (const NpPipeline *pipeline)
{
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < np_pipeline_get_n_plugins (pipeline); i++)
    g_string_append_printf (s, "%s%s", i ? "," : "", np_pipeline_get_plugin (pipeline, i)->name);
  return g_string_free (s, FALSE);
}

void
np_batch_message (const char *source, const char *message)
{
  if (source)
    fprintf (stderr, "notepipe: error: %s: %s\n", source, message);
  else
    fprintf (stderr, "notepipe: error: %s\n", message);
}
