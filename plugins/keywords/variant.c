/* variant.c: GVariants the keywords plugin writes often, built cheaply.
 * Compiled into the unit test too, which checks them against GLib's own
 * constructors. */
#include <string.h>

#include "keywords.h"

/* A GVariant "as" built in its serialized form: the strings with their
 * NULs, then each one's end offset in the smallest width that can address
 * the whole (GVariant's array framing).  g_variant_new_strv () makes a
 * GVariant per string first, which costs more than all the rest of the
 * corpus stage's writing; the result is the same value. */
static GVariant *
new_strv (const char *const *strv, gsize n, gboolean trusted)
{
  gsize body = 0;
  for (gsize i = 0; i < n; i++)
    body += strlen (strv[i]) + 1;
  gsize width = 1;
  while (width < 8 && body + n * width > (G_GUINT64_CONSTANT (1) << (8 * width)) - 1)
    width *= 2;
  gsize size = body + n * width;
  guchar *data = g_malloc (MAX (size, 1));
  gsize at = 0;
  for (gsize i = 0; i < n; i++)
    {
      gsize len = strlen (strv[i]) + 1;
      memcpy (data + at, strv[i], len);
      at += len;
    }
  gsize end = 0;
  for (gsize i = 0; i < n; i++)
    {
      end += strlen (strv[i]) + 1;
      guint64 le = GUINT64_TO_LE ((guint64) end);
      memcpy (data + body + i * width, &le, width); /* little-endian, low bytes first */
    }
  return g_variant_new_from_data (G_VARIANT_TYPE_STRING_ARRAY, data, size, trusted, g_free, data);
}

GVariant *
kw_variant_new_strv (const char *const *strv, gsize n)
{
  return new_strv (strv, n, FALSE);
}

/* Strings GLib need not check: one allocation and no UTF-8 validation for
 * all of them, where g_variant_new_string () validates, copies into a
 * GBytes and allocates a GVariant per string (it cost more than the
 * phrases' extraction).  Element i is then a cheap child value that shares
 * the array's bytes (g_variant_get_child_value ()).  Callers guarantee
 * valid UTF-8 (spans of the document's text, which is valid by the
 * document model's invariant, and stems of its pool strings). */
GVariant *
kw_variant_new_trusted_strv (const char *const *strv, gsize n)
{
  return g_variant_ref_sink (new_strv (strv, n, TRUE));
}
