/* text-chat.c: the shapes of a copied chat's lines that the core's
 * readers and plugins share (np-text.h): a thread's reply arrow before
 * the sender, a message's reactions under it. */
#include "config.h"

#include <string.h>

#include "notepipe/np-text.h"

/* Is u an arrow of Unicode's arrow blocks ("→", "↳", "↪", "⟶", "⤷")? */
static gboolean
is_arrow (gunichar u)
{
  return (u >= 0x2190 && u <= 0x21ff) || (u >= 0x27f0 && u <= 0x27ff) || (u >= 0x2900 && u <= 0x297f);
}

gsize
np_text_reply_arrow (const char *s, gsize len)
{
  if (len < 5 || (guchar) s[0] != 0xe2)
    return 0;
  gunichar u = g_utf8_get_char_validated (s, len);
  if (u == (gunichar) -1 || u == (gunichar) -2 || !is_arrow (u))
    return 0;
  gsize k = g_utf8_next_char (s) - s;
  if (k >= len || s[k] != ' ')
    return 0;
  while (k < len && s[k] == ' ')
    k++;
  return k < len ? k : 0;
}

/* Bytes of one reaction's emoji at s: a shortcode (":thumbsup:",
 * ":+1:", ":white_check_mark:") or pictographs ("👍", "🎉", "👍🏽"),
 * or 0 */
static gsize
reaction_emoji (const char *s, gsize len)
{
  if (s[0] == ':')
    {
      gsize k = 1;
      while (k < len && k <= 40 && (g_ascii_isalnum (s[k]) || s[k] == '_' || s[k] == '-' || s[k] == '+'))
        k++;
      return k > 1 && k < len && s[k] == ':' ? k + 1 : 0;
    }
  gsize k = 0;
  while (k < len && s[k] != ' ')
    {
      gunichar u = g_utf8_get_char_validated (s + k, len - k);
      if (u == (gunichar) -1 || u == (gunichar) -2)
        return 0;
      /* a pictograph, its skin tone (a modifier symbol), a variation
       * selector or a joiner */
      if (!(g_unichar_type (u) == G_UNICODE_OTHER_SYMBOL || g_unichar_type (u) == G_UNICODE_MODIFIER_SYMBOL
            || u == 0xfe0f || u == 0x200d))
        return 0;
      k = g_utf8_next_char (s + k) - s;
    }
  return k;
}

gboolean
np_text_reactions_line (const char *s, gsize len)
{
  /* a shortcode's colon or a pictograph's lead byte first: most lines
   * are decided by their first byte */
  if (len < 3 || len > 160 || (s[0] != ':' && (guchar) s[0] < 0xe2))
    return FALSE;
  guint reactions = 0;
  gsize k = 0;
  while (k < len)
    {
      gsize e = reaction_emoji (s + k, len - k);
      if (e == 0)
        return FALSE;
      k += e;
      while (k < len && s[k] == ' ')
        k++;
      /* its count, one to four digits */
      gsize d = 0;
      while (k + d < len && d < 5 && g_ascii_isdigit (s[k + d]))
        d++;
      if (d == 0 || d > 4 || (k + d < len && s[k + d] != ' '))
        return FALSE;
      reactions++;
      k += d;
      while (k < len && s[k] == ' ')
        k++;
    }
  return reactions > 0;
}
