/* text.c: small text helpers shared by the core and plugins (np-text.h). */
#include "config.h"

#include <string.h>

#include "notepipe/np-text.h"

char *
np_text_fold (const char *s, gssize len)
{
  g_autofree char *nfkd = g_utf8_normalize (s, len, G_NORMALIZE_NFKD);
  if (nfkd == NULL) /* invalid UTF-8 */
    return g_strdup ("");
  GString *out = g_string_sized_new (strlen (nfkd));
  for (const char *p = nfkd; *p; p = g_utf8_next_char (p))
    {
      gunichar u = g_utf8_get_char (p);
      if (g_unichar_ismark (u))
        continue;
      g_string_append_unichar (out, u);
    }
  char *folded = g_utf8_casefold (out->str, out->len);
  g_string_free (out, TRUE);
  return folded;
}

guint
np_text_edit_distance (const char *a, const char *b, guint max)
{
  glong na = g_utf8_strlen (a, -1), nb = g_utf8_strlen (b, -1);
  if ((guint) ABS (na - nb) > max)
    return max + 1;
  g_autofree gunichar *ua = g_utf8_to_ucs4_fast (a, -1, NULL);
  g_autofree gunichar *ub = g_utf8_to_ucs4_fast (b, -1, NULL);
  g_autofree guint *prev = g_new (guint, nb + 1);
  g_autofree guint *cur = g_new (guint, nb + 1);
  for (glong j = 0; j <= nb; j++)
    prev[j] = j;
  for (glong i = 1; i <= na; i++)
    {
      cur[0] = i;
      guint row_min = cur[0];
      for (glong j = 1; j <= nb; j++)
        {
          guint cost = ua[i - 1] == ub[j - 1] ? 0 : 1;
          guint v = MIN (MIN (prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
          cur[j] = v;
          row_min = MIN (row_min, v);
        }
      if (row_min > max)
        return max + 1;
      guint *t = prev;
      prev = cur;
      cur = t;
    }
  return MIN (prev[nb], max + 1);
}
