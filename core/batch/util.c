/* util.c: small helpers shared by the batch modules: JSON text for list
 * values, portable corpus-state blobs, timestamps. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "batch.h"

void
np_json_escape_append (GString *out, const char *s, gssize len)
{
  if (len < 0)
    len = s ? (gssize) strlen (s) : 0;
  g_string_append_c (out, '"');
  for (gssize i = 0; i < len; i++)
    {
      guchar c = s[i];
      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, c);
        }
    }
  g_string_append_c (out, '"');
}

void
np_variant_json_append (GString *out, GVariant *v)
{
  if (!v)
    {
      g_string_append (out, "null");
      return;
    }
  switch (g_variant_classify (v))
    {
    case G_VARIANT_CLASS_BOOLEAN:
      g_string_append (out, g_variant_get_boolean (v) ? "true" : "false");
      break;
    case G_VARIANT_CLASS_INT64:
      g_string_append_printf (out, "%" G_GINT64_FORMAT, g_variant_get_int64 (v));
      break;
    case G_VARIANT_CLASS_DOUBLE:
      {
        double d = g_variant_get_double (v);
        if (!isfinite (d))
          g_string_append (out, "null");
        else
          {
            char buf[G_ASCII_DTOSTR_BUF_SIZE];
            g_string_append (out, g_ascii_dtostr (buf, sizeof buf, d));
          }
        break;
      }
    case G_VARIANT_CLASS_STRING:
      {
        gsize len;
        const char *s = g_variant_get_string (v, &len);
        np_json_escape_append (out, s, len);
        break;
      }
    case G_VARIANT_CLASS_ARRAY:
      {
        g_string_append_c (out, '[');
        gsize n = g_variant_n_children (v);
        for (gsize i = 0; i < n; i++)
          {
            g_autoptr (GVariant) child = g_variant_get_child_value (v, i);
            if (i)
              g_string_append_c (out, ',');
            np_variant_json_append (out, child);
          }
        g_string_append_c (out, ']');
        break;
      }
    default:
      {
        g_autofree char *s = g_variant_print (v, FALSE);
        np_json_escape_append (out, s, -1);
      }
    }
}

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
