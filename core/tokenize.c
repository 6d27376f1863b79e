/* tokenize.c: split items into tokens and sentences.
 *
 * One pass over each item's bytes.  Runs of letters and digits may contain
 * inner connectors ('.', '-', '\'', '@', '/', '=', '+', '_') when a letter
 * or digit follows, so versions (1.23), identifiers (GODEBUG=fips140,
 * go/types), emails and hyphenated words stay whole; URLs and @handles are
 * recognised first.  ASCII runs are scanned and casefolded in one pass here
 * (plain letters 8 bytes at a time); a byte >= 0x80 sends a token to the
 * general path in tokenize-general.c, which follows the same rules
 * (tokenize-private.h).  Each distinct casefolded form is interned once per
 * document; its stem and flags come from the per-thread cache of
 * wordinfo.c.
 *
 * In a transcript (format "vtt") the voice tag that opens an item,
 * "<v Alice Smith>", is the reader's markup, kept in the text for the
 * speakers plugin: its "<", "v" and ">" are no tokens (the "v" was counted
 * as a word), and the name's words are tokens as those of a written
 * "Alice Smith:" mark are. */
#include "config.h"

#include <string.h>

#include "notepipe/np-text.h"
#include "tokenize-private.h"
#include "tokenize.h"
#include "wordinfo.h"

enum
{
  POOL_SEEN = 1 << 7,
  POOL_STOP = NP_WORD_STOP,
  POOL_ABBREV = NP_WORD_ABBREV, /* a known abbreviation: a '.' after it does not end a sentence */
};

guint8 np_tokenize_ascii_class[128];

/* Byte classes of the one-pass ASCII word scan (scan_fold_ascii) */
enum
{
  F_LOWER = 1,
  F_UPPER = 2, /* F_UPPER << 4 is the ASCII case bit */
  F_DIGIT = 4,
  F_UNDERSCORE = 8,
  F_CONNECT = 16,
  F_HIGH = 32, /* >= 0x80 */
  F_WORD = F_LOWER | F_UPPER | F_DIGIT | F_UNDERSCORE,
};

static guint8 fold_class[256];

static void
init_classes (void)
{
  for (int c = 0; c < 128; c++)
    {
      guint8 k = 0;
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
        k = C_SPACE;
      else if (g_ascii_isalpha (c))
        k = C_ALPHA | (g_ascii_isupper (c) ? C_UPPER : 0);
      else if (g_ascii_isdigit (c))
        k = C_DIGIT;
      else if (c == '_')
        k = C_ALPHA; /* part of identifiers */
      else if (g_ascii_ispunct (c))
        k = C_PUNCT;
      if (strchr (".-'@/=+", c) && c)
        k |= C_CONNECT;
      np_tokenize_ascii_class[c] = k;
      fold_class[c] = (g_ascii_islower (c) ? F_LOWER : 0) | (g_ascii_isupper (c) ? F_UPPER : 0)
                      | (g_ascii_isdigit (c) ? F_DIGIT : 0) | (c == '_' ? F_UNDERSCORE : 0)
                      | ((k & C_CONNECT) ? F_CONNECT : 0);
    }
  for (int c = 128; c < 256; c++)
    fold_class[c] = F_HIGH;
}

typedef struct
{
  NpDocument *doc;
  GString *fold;
  const char *base; /* doc text */
  guint max_item_tokens;
  gboolean voice_tags; /* a transcript: items may open with "<v Name>" */
  /* one-byte forms (punctuation, single letters and digits) are a third
   * of the tokens of notes: their pool id + 1 and flags, per document */
  guint32 byte_id[128];
  guint32 byte_stem[128];
  guint8 byte_flags[128];
} Ctx;

/* ctx->fold holds a form followed by at least 8 readable bytes (for
 * np_string_pool_intern_padded); reserve room for a form of n bytes. */
static void
fold_reserve (Ctx *ctx, gsize n)
{
  GString *f = ctx->fold;
  if (f->allocated_len < n + 16)
    {
      g_string_set_size (f, n + 16);
      memset (f->str, 0, f->allocated_len); /* padding bytes read are defined */
      g_string_truncate (f, 0);
    }
}

/* The same after np_tokenize_fold, which may have grown ctx->fold (a casefold
 * may be longer than its source): zero 8 bytes past the form */
static void
fold_pad (Ctx *ctx)
{
  GString *f = ctx->fold;
  gsize n = f->len;
  if (f->allocated_len < n + 9)
    {
      g_string_set_size (f, n + 8);
      g_string_truncate (f, n);
    }
  memset (f->str + n, 0, 8);
}

/* SWAR (8 bytes in a word) byte classes, for bytes < 0x80 only: the high
 * bit of each byte of the result is set when lo <= byte <= hi.  No carry
 * crosses a byte: every sum stays below 0x100. */
#define SWAR_ONES G_GUINT64_CONSTANT (0x0101010101010101)
#define SWAR_HIGH G_GUINT64_CONSTANT (0x8080808080808080)
static inline guint64
swar_in_range (guint64 y, guint lo, guint hi)
{
  return (y + SWAR_ONES * (0x80 - lo)) & ~(y + SWAR_ONES * (0x7f - hi)) & SWAR_HIGH;
}

/* Casefold the ASCII letters at [q, end) into out, 8 at a time while 8
 * bytes are left; stops before the first byte that is not one.  Returns
 * the number of bytes done; adds the upper-case ones to *nu.  out must have
 * room for 8 bytes past the end of the run. */
static inline gsize
fold_letters_swar (const char *q, const char *end, char *out, guint *nu)
{
  gsize done = 0;
  while (end - q - done >= 8)
    {
      guint64 x;
      memcpy (&x, q + done, 8);
      x = GUINT64_FROM_LE (x);
      guint64 ascii = ~x & SWAR_HIGH, y = x & ~SWAR_HIGH;
      guint64 up = swar_in_range (y, 'A', 'Z') & ascii;
      guint64 letter = (up | swar_in_range (y, 'a', 'z')) & ascii;
      guint64 stop = ~letter & SWAR_HIGH;
      guint n = stop ? (guint) __builtin_ctzll (stop) >> 3 : 8;
      guint64 keep = n == 8 ? ~G_GUINT64_CONSTANT (0) : (G_GUINT64_CONSTANT (1) << (8 * n)) - 1;
      up &= keep;
      if (up)
        *nu += (guint) __builtin_popcountll (up);
      x = GUINT64_TO_LE (x | (up >> 2)); /* 0x80 >> 2 is the case bit */
      memcpy (out + done, &x, 8);
      done += n;
      if (n < 8)
        break;
    }
  return done;
}

/* The commonest token: a run of ASCII letters that nothing joins to more
 * (no digit, '_', byte >= 0x80, or connector before one of those after
 * it), hence a word.  Casefolds it into ctx->fold (capacity reserved by
 * the caller) and returns its end, or NULL when the run is not that
 * simple.  Letters are then q - p, and the first one decides
 * NP_TOKEN_CAPITALIZED. */
static inline const char *
scan_letters (Ctx *ctx, const char *p, const char *end, guint *uppers)
{
  char *out = ctx->fold->str;
  guint nu = 0;
  gsize n = fold_letters_swar (p, end, out, &nu);
  const char *q = p + n;
  out += n;
  for (; q < end; q++)
    {
      guint k = fold_class[(guchar) *q];
      if (k == F_LOWER)
        *out++ = *q;
      else if (k == F_UPPER)
        {
          nu++;
          *out++ = (char) (*q | 0x20);
        }
      else
        {
          if (k & (F_WORD | F_HIGH))
            return NULL;
          if ((k & F_CONNECT) && q + 1 < end && (fold_class[(guchar) q[1]] & (F_WORD | F_HIGH)))
            return NULL;
          break;
        }
    }
  *out = '\0';
  ctx->fold->len = q - p;
  *uppers = nu;
  return q;
}

/* A language name's mark after a run of letters: `C#`, `F#`, `C++`,
 * `g++`, `Notepad++` are one word (without it the name of a one-letter
 * language is lost: such words are too short for every plugin).  Only
 * when nothing that could continue a word follows the mark.  Appends the
 * mark to ctx->fold and returns the word's new end, or q. */
static inline const char *
language_mark (Ctx *ctx, const char *q, const char *end)
{
  if (q >= end || (*q != '#' && *q != '+'))
    return q;
  gsize n = *q == '#' ? 1 : (q + 1 < end && q[1] == '+' ? 2 : 0);
  const char *r = q + n;
  if (n == 0 || (r < end && ((fold_class[(guchar) *r] & (F_WORD | F_HIGH)) || *r == '#' || *r == '+')))
    return q;
  memcpy (ctx->fold->str + ctx->fold->len, q, n);
  ctx->fold->len += n;
  ctx->fold->str[ctx->fold->len] = '\0';
  return r;
}

/* np_tokenize_scan_word and the ASCII path of np_tokenize_fold in one pass, for a run of
 * ASCII bytes that starts with a letter or digit: writes the casefolded run
 * to ctx->fold (whose capacity the caller reserved) and returns its end;
 * NULL when a byte >= 0x80 is met or the run ends in '_' (then the general
 * path decides, from scratch). */
static G_GNUC_NO_INLINE const char *
scan_fold_ascii (Ctx *ctx, const char *p, const char *end, NpTokenKind *kind, guint *letters, guint *uppers,
                 gboolean *first_upper)
{
  char *out = ctx->fold->str;
  const char *q = p;
  WordShape w = { FALSE, FALSE, FALSE, FALSE, FALSE, FALSE, 0, 1 };
  const char *part_start = p;
  /* letters = bytes written - others; seen: the classes met but F_LOWER */
  guint nu = 0, others = 0, seen = 0;
  for (;;)
    {
      /* letters: the bulk of the bytes */
      gsize n = fold_letters_swar (q, end, out, &nu);
      q += n;
      out += n;
      while (q < end && fold_class[(guchar) *q] == F_LOWER)
        *out++ = *q++;
      if (q >= end)
        break;
      guchar c = *q;
      guint k = fold_class[c];
      if (k & F_UPPER)
        {
          nu++;
          *out++ = (char) (c | 0x20);
          q++;
          continue;
        }
      if (k & (F_DIGIT | F_UNDERSCORE))
        {
          seen |= k;
          others++;
          *out++ = (char) c;
          q++;
          continue;
        }
      if (k & F_HIGH)
        return NULL;
      if ((k & F_CONNECT) && q + 1 < end)
        {
          guint kd = fold_class[(guchar) q[1]];
          if (kd & F_HIGH)
            return NULL;
          if (kd & F_WORD)
            {
              if (q - part_start == 1)
                w.n_single++;
              word_connector (&w, c);
              w.n_parts++;
              others++;
              *out++ = (char) c;
              q++;
              part_start = q;
              continue;
            }
        }
      if (c == ':' && g_ascii_isdigit (q[-1]) && q + 1 < end && g_ascii_isdigit (q[1]))
        {
          others++;
          *out++ = (char) c; /* 10:30 */
          q++;
          continue;
        }
      break;
    }
  if (q - part_start == 1)
    w.n_single++;
  guint nl = (guint) (out - ctx->fold->str) - others;
  w.has_alpha = nl > 0;
  w.has_digit = (seen & F_DIGIT) != 0;
  w.has_ident |= (seen & F_UNDERSCORE) != 0;
  const char *r = word_kind (p, q, end, &w, kind);
  if (r != q)
    *out++ = '.';
  if (r[-1] == '_')
    return NULL;
  *out = '\0';
  ctx->fold->len = out - ctx->fold->str;
  *letters = nl;
  *uppers = nu;
  /* the first letter or digit decides; the caller does not start a run
   * here with '_' */
  *first_upper = (fold_class[(guchar) *p] & F_UPPER) != 0;
  return r;
}

/* Intern the form in ctx->fold: its id, its stem id in *stem.  A form's
 * flags and stem are set on its first sighting (stem and stopword flag
 * only when that sighting is a word) and never change after. */
static guint32
intern_form (Ctx *ctx, NpTokenKind kind, guint16 *flags, guint8 *pool_flags, guint32 *stem)
{
  NpStringPool *pool = ctx->doc->pool;
  const char *f = ctx->fold->str;
  gsize flen = ctx->fold->len;
  guchar b = (guchar) f[0];
  if (flen == 1 && b < 128 && ctx->byte_id[b])
    {
      /* the flags are those of the form, whatever the kind */
      if (ctx->byte_flags[b] & POOL_STOP)
        *flags |= NP_TOKEN_STOPWORD;
      *pool_flags = ctx->byte_flags[b];
      *stem = ctx->byte_stem[b];
      return ctx->byte_id[b] - 1;
    }
  NpPoolEntry *e;
  guint32 id = np_string_pool_intern_padded (pool, f, flen, &e) & ~NP_STRPOOL_NEW_STRING;
  guint8 pf = e->flags;
  guint32 sid = e->stem;
  if (!(pf & POOL_SEEN))
    {
      pf = POOL_SEEN;
      if (kind == NP_TOKEN_WORD)
        {
          const NpWordInfo *w = np_word_info (f, flen, e->hash);
          pf |= w->flags;
          NpPoolEntry *se; /* e is stale once this interns a new string */
          sid = np_string_pool_intern_padded (pool, w->stem, w->stem_len, &se) & ~NP_STRPOOL_NEW_STRING;
          np_string_pool_set_stem (pool, id, sid);
        }
      np_string_pool_set_flags (pool, id, pf);
    }
  if (pf & POOL_STOP)
    *flags |= NP_TOKEN_STOPWORD;
  *pool_flags = pf;
  *stem = sid;
  /* cache a one-byte form once its flags are final: a word's are set on
   * its first sighting as a word, which may come after one as another kind */
  if (flen == 1 && b < 128 && (kind == NP_TOKEN_WORD || !g_ascii_isalnum (b)))
    {
      ctx->byte_id[b] = id + 1;
      ctx->byte_stem[b] = sid;
      ctx->byte_flags[b] = pf;
    }
  return id;
}

/* NP_TOKEN_KIND_IS_WORD as one bit per kind, for counting without a
 * branch (every kind is below 32) */
#define WORD_KIND_BITS \
  ((1u << NP_TOKEN_WORD) | (1u << NP_TOKEN_NUMBER) | (1u << NP_TOKEN_VERSION) | (1u << NP_TOKEN_IDENT))
G_STATIC_ASSERT (NP_TOKEN_IDENT < 32);

/* A punctuation form that may close a sentence after its end mark */
static inline gboolean
is_closing_byte (char c)
{
  switch (c)
    {
    case '"': case ')': case ']': case '\'': case '.': case '!': case '?': case '\0':
      return TRUE;
    default:
      return FALSE;
    }
}

/* The voice tag opening a transcript's item at p, as reader-vtt.c writes
 * it ("<v Alice Smith>": classes dropped, the name trimmed): its bytes, or
 * 0 */
static gsize
voice_tag_len (const char *p, const char *end)
{
  if (end - p < 5 || memcmp (p, "<v ", 3) != 0 || p[3] == ' ')
    return 0;
  const char *close = memchr (p + 3, '>', end - p - 3);
  if (close == NULL || close == p + 3 || memchr (p + 3, '<', close - p - 3) != NULL)
    return 0;
  return close + 1 - p;
}

static void
push_sentence (NpDocument *doc, guint32 item, guint first_token, guint n_tokens)
{
  NpSentence s;
  const NpToken *toks = (const NpToken *) (gconstpointer) doc->tokens->data;
  s.token_first = first_token;
  s.token_count = n_tokens;
  s.start = toks[first_token].start;
  s.end = toks[first_token + n_tokens - 1].end;
  s.item = item;
  guint32 sid = doc->sentences->len;
  g_array_append_val (doc->sentences, s);
  NpToken *mt = (NpToken *) (gpointer) doc->tokens->data;
  for (guint k = first_token; k < first_token + n_tokens; k++)
    mt[k].sentence = sid;
  mt[first_token].flags |= NP_TOKEN_SENTENCE_START;
}

static void
tokenize_item (Ctx *ctx, NpItem *item)
{
  NpDocument *doc = ctx->doc;
  const char *p = ctx->base + item->start;
  const char *end = ctx->base + item->end;
  gboolean space_before = TRUE;
  guint sentence_first = doc->tokens->len;
  gboolean pending_end = FALSE;
  gboolean prev_abbrev = FALSE;

  item->token_first = doc->tokens->len;
  guint32 words = 0;
  item->sentence_first = doc->sentences->len;
  /* an item of n bytes has at most n tokens, but has about n / 5: room for
   * n / 4 is made here, more when it runs out (reserving all n made a
   * 64 KiB array for a 2 KiB abstract, and malloc consolidates its free
   * lists on such sizes); cap is the room made, in tokens */
  guint n_tokens = doc->tokens->len;
  guint cap = n_tokens + (item->end - item->start) / 4 + 16;
  g_array_set_size (doc->tokens, cap);
  fold_reserve (ctx, item->end - item->start);
  guint token_limit = ctx->max_item_tokens ? item->token_first + ctx->max_item_tokens : G_MAXUINT;
  doc->tokens->len = n_tokens;
  /* the voice tag's '>', read as a space; its "<v " is skipped here */
  const char *tag_close = NULL;
  gsize tag = ctx->voice_tags ? voice_tag_len (p, end) : 0;
  if (tag)
    {
      tag_close = p + tag - 1;
      p += 3;
    }

  while (p < end)
    {
      guchar c = *p;
      gunichar u = c;
      if (c < 128 && (np_tokenize_ascii_class[c] & C_SPACE))
        {
          space_before = TRUE;
          p++;
          while (p < end && (guchar) *p < 128 && (np_tokenize_ascii_class[(guchar) *p] & C_SPACE))
            p++;
          continue;
        }
      if (n_tokens >= token_limit)
        {
          np_document_add_warning (doc, NULL,
                                   "%s: the item at line %u has more than %u tokens; the rest of it is kept as text "
                                   "but not analysed (see --max-item-tokens)",
                                   doc->source, item->line, ctx->max_item_tokens);
          break;
        }
      if (c >= 128)
        {
          u = g_utf8_get_char (p);
          if (g_unichar_isspace (u) || u == 0xFEFF || u == 0x200B)
            {
              space_before = TRUE;
              p += char_len (p);
              continue;
            }
        }

      NpTokenKind kind;
      const char *q;
      guint letters, uppers;
      gboolean first_upper;
      gboolean folded = FALSE; /* ctx->fold, letters, uppers, first_upper set */
      if (((c | 0x20) == 'h' || (c | 0x20) == 'f' || (c | 0x20) == 'w') && np_tokenize_is_url_start (p, end))
        {
          kind = NP_TOKEN_URL;
          q = np_tokenize_scan_url (p, end);
        }
      else if (c == '@' && p + 1 < end && (g_ascii_isalnum (p[1]) || p[1] == '_'))
        {
          kind = NP_TOKEN_HANDLE;
          q = np_tokenize_scan_handle (p, end);
        }
      else if (c == '_' && (p == ctx->base || p[-1] != '`'))
        {
          /* Underscores opening a word are emphasis (_word_, __word__),
           * not part of it; inside a code span (`_private`) they stay. */
          q = p;
          while (q < end && *q == '_')
            q++;
          kind = NP_TOKEN_PUNCT;
        }
      else if ((fold_class[c] & (F_LOWER | F_UPPER)) && (q = scan_letters (ctx, p, end, &uppers)) != NULL)
        {
          kind = NP_TOKEN_WORD;
          letters = q - p;
          first_upper = (fold_class[c] & F_UPPER) != 0;
          folded = TRUE;
          q = language_mark (ctx, q, end);
        }
      else if ((fold_class[c] & (F_LOWER | F_UPPER | F_DIGIT))
               && (q = scan_fold_ascii (ctx, p, end, &kind, &letters, &uppers, &first_upper)) != NULL)
        folded = TRUE; /* the common case: an ASCII word, scanned and folded in one pass */
      else if (is_alnum_at (p, end))
        {
          q = np_tokenize_scan_word (p, end, &kind);
          /* ...and so are underscores closing one (word_, _a b_) */
          if (q[-1] == '_' && (p == ctx->base || p[-1] != '`'))
            {
              const char *r = q;
              while (r > p + 1 && r[-1] == '_')
                r--;
              if (r[-1] != '_')
                q = np_tokenize_scan_word (p, r, &kind); /* the kind of what is left */
            }
        }
      else
        {
          if (G_UNLIKELY (p == tag_close))
            {
              space_before = TRUE;
              p++;
              continue;
            }
          q = p + (c < 128 ? 1 : char_len (p));
          if (c < 128)
            {
              kind = (np_tokenize_ascii_class[c] & C_PUNCT) ? NP_TOKEN_PUNCT : NP_TOKEN_SYMBOL;
              ctx->fold->str[0] = (char) c; /* its own casefold */
              ctx->fold->str[1] = '\0';
              ctx->fold->len = 1;
              letters = uppers = 0;
              first_upper = FALSE;
              folded = TRUE;
            }
          else
            {
              GUnicodeType t = g_unichar_type (u);
              kind = (t >= G_UNICODE_CONNECT_PUNCTUATION && t <= G_UNICODE_OPEN_PUNCTUATION) ? NP_TOKEN_PUNCT
                                                                                            : NP_TOKEN_SYMBOL;
            }
        }
      if (!folded)
        {
          if (q <= p) /* cannot happen; guards against an endless loop */
            q = p + char_len (p);
          np_tokenize_fold (ctx->fold, p, q, &letters, &uppers, &first_upper);
          fold_pad (ctx);
        }

      if (G_UNLIKELY (n_tokens >= cap))
        {
          /* no more tokens than bytes are left; at least double */
          cap = n_tokens + MIN ((guint) (end - q) + 1, MAX (n_tokens, 64u));
          g_array_set_size (doc->tokens, cap);
          doc->tokens->len = n_tokens;
        }
      /* room was made above: build in place */
      NpToken *tok = (NpToken *) (gpointer) doc->tokens->data + n_tokens;
      tok->start = (guint32) (p - ctx->base);
      tok->end = (guint32) (q - ctx->base);
      tok->item = item->id;
      tok->sentence = 0;
      tok->kind = kind;
      guint16 flags = space_before ? NP_TOKEN_SPACE_BEFORE : 0;
      if (first_upper)
        flags |= NP_TOKEN_CAPITALIZED;
      if (letters >= 2 && uppers == letters)
        flags |= NP_TOKEN_UPPER;
      guint8 pool_flags;
      tok->norm = intern_form (ctx, kind, &flags, &pool_flags, &tok->stem);
      tok->flags = flags;
      /* an initial (J. S. Choi) or a known abbreviation keeps its dot */
      gboolean abbrev = kind == NP_TOKEN_WORD
                        && ((pool_flags & POOL_ABBREV) || (letters == 1 && ctx->fold->len <= 2 && first_upper));

      /* sentence boundaries: a pending end closes before any token that is
       * not closing punctuation (push_sentence does not look past the
       * tokens it is given, so this one may already be in place) */
      if (pending_end && n_tokens > sentence_first)
        {
          gboolean closing = kind == NP_TOKEN_PUNCT && ctx->fold->len <= 3
                             && (is_closing_byte (ctx->fold->str[0]) || u == 0x201D || u == 0x2019);
          if (!closing)
            {
              push_sentence (doc, item->id, sentence_first, n_tokens - sentence_first);
              sentence_first = n_tokens;
              pending_end = FALSE;
            }
        }
      n_tokens++;
      doc->tokens->len = n_tokens;
      words += (WORD_KIND_BITS >> kind) & 1;

      if (kind == NP_TOKEN_PUNCT)
        {
          if (u == '!' || u == '?' || u == 0x2026 || u == 0x3002)
            pending_end = TRUE;
          else if (u == '.' && n_tokens >= 2 && n_tokens - 1 > sentence_first)
            {
              if (tok[-1].end != tok->start || !prev_abbrev)
                pending_end = TRUE;
            }
        }
      prev_abbrev = abbrev;
      space_before = FALSE;
      p = q;
    }
  if (doc->tokens->len > sentence_first)
    push_sentence (doc, item->id, sentence_first, doc->tokens->len - sentence_first);
  item->token_count = doc->tokens->len - item->token_first;
  item->n_words = words;
  item->sentence_count = doc->sentences->len - item->sentence_first;
}

void
np_tokenize_document (NpDocument *doc, guint max_item_tokens)
{
  static gsize once = 0;
  if (g_once_init_enter (&once))
    {
      init_classes ();
      g_once_init_leave (&once, 1);
    }
  Ctx ctx = { doc, g_string_sized_new (64), doc->text, max_item_tokens, g_strcmp0 (doc->format, "vtt") == 0 };
  memset (ctx.fold->str, 0, ctx.fold->allocated_len);
  g_array_set_size (doc->tokens, 0);
  g_array_set_size (doc->sentences, 0);
  /* rough guesses avoid most regrowth: a new form or stem per 8 bytes,
   * their bytes half the text's (so a small document makes one block and
   * its tables once), one token per 5 bytes */
  np_string_pool_reserve (doc->pool, (guint) MIN (doc->text_len / 8 + 16, 8192),
                          MIN (doc->text_len / 2 + 64, (gsize) 65536));
  if (doc->text_len / 5 > doc->tokens->len)
    g_array_set_size (doc->tokens, doc->text_len / 5), g_array_set_size (doc->tokens, 0);
  for (guint i = 0; i < doc->items->len; i++)
    {
      NpItem *it = &g_array_index (doc->items, NpItem, i);
      if (it->flags & NP_ITEM_NO_ANALYSIS)
        {
          it->token_first = doc->tokens->len;
          it->token_count = 0;
          it->n_words = 0;
          it->sentence_first = doc->sentences->len;
          it->sentence_count = 0;
          continue;
        }
      tokenize_item (&ctx, it);
    }
  g_string_free (ctx.fold, TRUE);
}
