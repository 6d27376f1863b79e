/* variant.c: GVariants the keywords plugin writes often, built cheaply.
 * Compiled into the unit test too, which checks them against GLib's own
 * constructors. */
#include <string.h>

#include "keywords.h"

/* g_variant_new_from_data (type, data, size, trusted, g_free, data),
 * without its checks of the type and the data: callers pass a definite
 * type and data never NULL (about 100 instructions a value less) */
static GVariant *
new_taking (const GVariantType *type, gpointer data, gsize size, gboolean trusted)
{
  GBytes *bytes = g_bytes_new_take (data, size);
  GVariant *value = g_variant_new_from_bytes (type, bytes, trusted);
  g_bytes_unref (bytes);
  return value;
}

/* A GVariant "as" built in its serialized form: the strings with their
 * NULs, then each one's end offset in the smallest width that can address
 * the whole (GVariant's array framing).  g_variant_new_strv () makes a
 * GVariant per string first, which costs more than all the rest of the
 * corpus stage's writing; the result is the same value. */
GVariant *
kw_variant_new_strv (const char *const *strv, gsize n)
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
  return new_taking (G_VARIANT_TYPE_STRING_ARRAY, data, size, FALSE);
}

/* The same value as g_variant_new_fixed_array (G_VARIANT_TYPE_DOUBLE, v,
 * n, sizeof (double)), which builds and frees the array type and
 * validates on every call; a copy of the doubles is already the
 * serialized form.  GLib keeps the type information of a container type
 * ("ad", "as") only while a value of the type lives: a caller making
 * such values one document at a time holds one value of each type (an
 * anchor), or every value builds the type information again. */
GVariant *
kw_variant_new_doubles (const double *v, gsize n)
{
  gsize size = n * sizeof (double);
  double *data = g_malloc (MAX (size, 1)); /* malloc's alignment suits doubles */
  if (size)
    memcpy (data, v, size);
  /* the type as a constant: G_VARIANT_TYPE () checks its string on every
   * call (about 160 instructions, once per document) */
  return new_taking ((const GVariantType *) "ad", data, size, TRUE);
}

/* String values GLib need not check, sharing one buffer: the strings are
 * copied once, side by side, and each value points at its own (trusted,
 * so neither validated nor copied again).  g_variant_new_string ()
 * validates, copies into a new GBytes and allocates a GVariant per string,
 * which cost about as much as extracting the phrases; children of one
 * array value cost more still (GLib checks the array's framing on every
 * g_variant_get_child_value ()).  Callers guarantee valid UTF-8: spans of
 * the document's text (valid by the document model's invariant) and stems
 * of its pool strings.  out[i] are floating references. */
void
kw_variant_new_strings (const char *const *strv, gsize n, GVariant **out)
{
  kw_variant_new_strings_len (strv, NULL, n, out);
}

/* The same with the strings' lengths given (lens NULL: strlen) */
void
kw_variant_new_strings_len (const char *const *strv, const gsize *lens, gsize n, GVariant **out)
{
  if (n == 0)
    return;
  gsize total = 0;
  for (gsize i = 0; i < n; i++)
    total += (lens ? lens[i] : strlen (strv[i])) + 1;
  char *data = g_malloc (total);
  GBytes *bytes = g_bytes_new_take (data, total);
  gsize at = 0;
  for (gsize i = 0; i < n; i++)
    {
      gsize len = lens ? lens[i] : strlen (strv[i]);
      memcpy (data + at, strv[i], len);
      data[at + len] = '\0';
      /* what g_variant_new_from_data () does, without its checks of the
       * type and the data (a definite type; data never NULL) */
      GBytes *own = g_bytes_new_with_free_func (data + at, len + 1, (GDestroyNotify) g_bytes_unref, g_bytes_ref (bytes));
      out[i] = g_variant_new_from_bytes (G_VARIANT_TYPE_STRING, own, TRUE);
      g_bytes_unref (own);
      at += len + 1;
    }
  g_bytes_unref (bytes);
}
