/* tokenize-general.c: the tokenizer's general path, for what the ASCII
 * fast paths of tokenize.c leave to it: URLs, @handles, runs of letters
 * and digits with bytes >= 0x80, and casefolding them (GLib's Unicode
 * tables).  Same rules as the fast paths (word_kind in
 * tokenize-private.h), so a token's kind and form never depend on which
 * path read it. */
#include "config.h"

#include <string.h>

#include "tokenize-private.h"

const char *
np_tokenize_scan_url (const char *p, const char *end)
{
  const char *q = p;
  int parens = 0, brackets = 0;
  while (q < end)
    {
      guchar c = *q;
      if (c < 128 && (np_tokenize_ascii_class[c] & C_SPACE))
        break;
      if (c == '<' || c == '>' || c == '"' || c == '`')
        break;
      if (c == '(')
        parens++;
      else if (c == ')')
        {
          if (parens == 0)
            break;
          parens--;
        }
      else if (c == '[')
        brackets++;
      else if (c == ']')
        {
          if (brackets == 0)
            break;
          brackets--;
        }
      q += c < 128 ? 1 : char_len (q);
    }
  while (q > p && strchr (".,;:!?'*", q[-1]) != NULL)
    q--;
  if (q > end)
    q = end;
  return q;
}

const char *
np_tokenize_scan_word (const char *p, const char *end, NpTokenKind *kind)
{
  const char *q = p;
  WordShape w = { FALSE, FALSE, FALSE, FALSE, FALSE, FALSE, 0, 1 };
  const char *part_start = p;
  while (q < end)
    {
      guchar c = *q;
      if (c < 128)
        {
          guint8 k = np_tokenize_ascii_class[c];
          if (k & C_ALPHA)
            {
              w.has_alpha |= c != '_';
              w.has_ident |= c == '_';
              q++;
              continue;
            }
          if (k & C_DIGIT)
            {
              w.has_digit = TRUE;
              q++;
              continue;
            }
          if ((k & C_CONNECT) && is_alnum_at (q + 1, end))
            {
              if (q - part_start == 1)
                w.n_single++;
              word_connector (&w, c);
              w.n_parts++;
              q++;
              part_start = q;
              continue;
            }
          if (c == ':' && q > p && g_ascii_isdigit (q[-1]) && q + 1 < end && g_ascii_isdigit (q[1]))
            {
              q++; /* 10:30 */
              continue;
            }
          break;
        }
      gunichar u = g_utf8_get_char (q);
      if (g_unichar_isalpha (u) || g_unichar_ismark (u))
        {
          w.has_alpha = TRUE;
          q += char_len (q);
          continue;
        }
      if (g_unichar_isdigit (u))
        {
          w.has_digit = TRUE;
          q += char_len (q);
          continue;
        }
      if ((u == 0x2019 || u == 0x2010 || u == 0x2011) && is_alnum_at (q + char_len (q), end))
        {
          q += char_len (q);
          w.n_parts++;
          part_start = q;
          continue;
        }
      break;
    }
  if (q - part_start == 1)
    w.n_single++;
  return word_kind (p, q, end, &w, kind);
}

const char *
np_tokenize_scan_handle (const char *p, const char *end)
{
  const char *q = p + 1;
  while (q < end)
    {
      guchar c = *q;
      if (c < 128 && (g_ascii_isalnum (c) || c == '_'))
        q++;
      else if ((c == '-' || c == '.') && q + 1 < end && (g_ascii_isalnum (q[1]) || q[1] == '_'))
        q++;
      else
        break;
    }
  return q;
}

/* Casefold [p, q) into fold; returns letters/upper counts. */
void
np_tokenize_fold (GString *fold, const char *p, const char *q, guint *letters, guint *uppers, gboolean *first_upper)
{
  GString *f = fold;
  *letters = *uppers = 0;
  *first_upper = FALSE;
  gboolean first = TRUE;
  const char *r = p;
  gsize n = q - p;
  if (f->allocated_len <= n)
    g_string_set_size (f, n);
  gsize i = 0;
  for (; i < n; i++)
    if ((guchar) p[i] >= 128)
      break;
  if (i == n)
    {
      f->len = n;
      f->str[n] = '\0';
      for (i = 0; i < n; i++)
        {
          guchar c = p[i];
          guint8 k = np_tokenize_ascii_class[c];
          if ((k & C_ALPHA) && c != '_')
            {
              (*letters)++;
              if (k & C_UPPER)
                {
                  (*uppers)++;
                  if (first)
                    *first_upper = TRUE;
                  c += 'a' - 'A';
                }
              first = FALSE;
            }
          else if (k & C_DIGIT)
            first = FALSE;
          f->str[i] = (char) c;
        }
      return;
    }
  g_string_truncate (f, 0);
  while (r < q)
    {
      guchar c = *r;
      if (c < 128)
        {
          if (np_tokenize_ascii_class[c] & C_ALPHA && c != '_')
            {
              (*letters)++;
              if (np_tokenize_ascii_class[c] & C_UPPER)
                {
                  (*uppers)++;
                  if (first)
                    *first_upper = TRUE;
                  c = c + ('a' - 'A');
                }
              first = FALSE;
            }
          else if (np_tokenize_ascii_class[c] & C_DIGIT)
            first = FALSE;
          g_string_append_c (f, (char) c);
          r++;
          continue;
        }
      gunichar u = g_utf8_get_char (r);
      gsize clen = char_len (r);
      if (u == 0x2019 || u == 0x02BC)
        g_string_append_c (f, '\'');
      else if (u == 0x2010 || u == 0x2011)
        g_string_append_c (f, '-');
      else if (g_unichar_isalpha (u))
        {
          (*letters)++;
          if (g_unichar_isupper (u) || g_unichar_istitle (u))
            {
              (*uppers)++;
              if (first)
                *first_upper = TRUE;
            }
          first = FALSE;
          g_autofree char *cf = g_utf8_casefold (r, clen);
          g_string_append (f, cf);
        }
      else
        g_string_append_len (f, r, clen);
      r += clen;
    }
}
