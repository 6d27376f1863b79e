/* tokenize-private.h: what the tokenizer's fast paths (tokenize.c) and
 * its general Unicode path (tokenize-general.c) share: the ASCII classes,
 * small inline tests, and the rules that give a run of letters and digits
 * its kind.  Internal to the tokenizer. */
#ifndef NP_TOKENIZE_PRIVATE_H
#define NP_TOKENIZE_PRIVATE_H

#include <string.h>

#include "np-private.h"

G_BEGIN_DECLS

/* ASCII character classes */
enum
{
  C_SPACE = 1,
  C_ALPHA = 2,
  C_DIGIT = 4,
  C_UPPER = 8,
  C_PUNCT = 16,
  C_CONNECT = 32, /* may join two alnum runs */
};

/* Filled once by np_tokenize_document before any use */
extern guint8 np_tokenize_ascii_class[128];

static inline gboolean
is_alnum_at (const char *p, const char *end)
{
  if (p >= end)
    return FALSE;
  guchar c = *p;
  if (c < 128)
    return (np_tokenize_ascii_class[c] & (C_ALPHA | C_DIGIT)) != 0;
  gunichar u = g_utf8_get_char (p);
  /* the same classes np_tokenize_scan_word accepts, so a run never starts empty */
  return g_unichar_isalpha (u) || g_unichar_isdigit (u) || g_unichar_ismark (u);
}

static inline gsize
char_len (const char *p)
{
  return g_utf8_skip[*(const guchar *) p];
}

static inline gboolean
starts_with_ci (const char *p, const char *end, const char *prefix)
{
  gsize n = strlen (prefix);
  return (gsize) (end - p) >= n && g_ascii_strncasecmp (p, prefix, n) == 0;
}

static inline gboolean
np_tokenize_is_url_start (const char *p, const char *end)
{
  /* cheap rejection first: most words starting with h, f or w are words */
  if (end - p < 4)
    return FALSE;
  char c1 = p[1] | 0x20;
  if (!((c1 == 't' && (p[2] | 0x20) == 't') || (c1 == 'w' && (p[2] | 0x20) == 'w')))
    return FALSE;
  return starts_with_ci (p, end, "http://") || starts_with_ci (p, end, "https://")
         || starts_with_ci (p, end, "ftp://") || (starts_with_ci (p, end, "www.") && is_alnum_at (p + 4, end));
}

/* What a scan learned about a run of letters/digits */
typedef struct
{
  gboolean has_alpha, has_digit, has_dot, has_ident, has_at, dot_after_at;
  guint n_single, n_parts;
} WordShape;

/* The kind of the run [p, q) of shape w, and its end: past a final dot
 * for e.g. i.e. U.S. a.m. (single letters joined by dots) */
static inline const char *
word_kind (const char *p, const char *q, const char *end, const WordShape *w, NpTokenKind *kind)
{
  if (w->has_dot && !w->has_digit && w->n_single == w->n_parts && w->n_parts >= 2 && q < end && *q == '.')
    {
      *kind = NP_TOKEN_WORD;
      return q + 1;
    }
  if (w->has_at && w->dot_after_at && w->has_alpha)
    *kind = NP_TOKEN_EMAIL;
  /* underscores with no letter nor digit ("__", reStructuredText's
   * anonymous link, "___" a rule): no word, a symbol */
  else if (!w->has_alpha && !w->has_digit && !w->has_at)
    *kind = NP_TOKEN_SYMBOL;
  else if (!w->has_alpha && !w->has_ident && !w->has_at)
    *kind = w->has_dot ? NP_TOKEN_VERSION : NP_TOKEN_NUMBER;
  else if ((*p == 'v' || *p == 'V') && w->has_digit && g_ascii_isdigit (p[1]) && !w->has_ident)
    {
      /* v1.2.3, but not v8engine: only digits and dots after the v */
      const char *r = p + 1;
      while (r < q && (g_ascii_isdigit (*r) || *r == '.'))
        r++;
      *kind = r == q ? NP_TOKEN_VERSION : NP_TOKEN_WORD;
    }
  else if (w->has_dot || w->has_ident || w->has_at)
    *kind = NP_TOKEN_IDENT;
  else
    *kind = NP_TOKEN_WORD;
  return q;
}

/* One connector of a run: note what it says about the run's shape */
static inline void
word_connector (WordShape *w, guchar c)
{
  if (c == '.')
    {
      w->has_dot = TRUE;
      w->dot_after_at |= w->has_at;
    }
  else if (c == '@')
    w->has_at = TRUE;
  else if (c == '/' || c == '=' || c == '+')
    w->has_ident = TRUE;
}

/* The general path (tokenize-general.c) */
/* End of a URL starting at p (trailing punctuation left out) */
const char *np_tokenize_scan_url (const char *p, const char *end);
/* Scan a run of letters/digits with inner connectors.  Sets *kind. */
const char *np_tokenize_scan_word (const char *p, const char *end, NpTokenKind *kind);
/* End of an @handle starting at p */
const char *np_tokenize_scan_handle (const char *p, const char *end);
/* Casefold [p, q) into fold; letters and upper-case letters counted, and
 * whether the first letter or digit is an upper-case letter */
void np_tokenize_fold (GString *fold, const char *p, const char *q, guint *letters, guint *uppers,
                       gboolean *first_upper);

G_END_DECLS

#endif
