/* headings.c: the title and section titles, read as words.
 *
 * The reader keeps headings out of the items, yet the title and the
 * section titles are where the topic of a note or an abstract is stated
 * most densely: each is read as the first sentence of its scope.  Their
 * words are split here the way the core's tokenizer splits items (closely
 * enough for phrases), classified like body words (content word, stopword
 * or break; noun-phrase edges; lexicon df) and given the term ids their
 * stems have in the document's string pool, or fresh ids above the
 * pool's range.  What a written word is classified as is cached across
 * documents: titles repeat words.
 *
 * Separate from units.c (the body's tokens and the scopes) because it
 * reads raw heading strings, which the document model does not tokenize. */
#include <string.h>

#include "extractor.h"

/* A heading word (kw_headings_prepare ()) */
typedef struct
{
  guint32 start, end;
  const char *fold, *stem; /* in ex->word_chunk (CachedWord) */
  guint32 fold_len, stem_len;
  guint8 role, flags;
  guint16 df;
} RawWord;

/* What a heading word is, cached by its bytes across documents: titles
 * repeat words, and casefolding and stemming cost more than a lookup.
 * Entries are flat (a word shorter than HW_INLINE bytes is compared in
 * place) and the slots hold the hash: a hit reads its slot and its entry,
 * both asked for ahead (resolve_words ()). */
#define HW_INLINE 24

struct _KwCachedWord
{
  const char *fold, *stem; /* in ex->word_chunk */
  const char *bytes;       /* the word as written, in ex->word_chunk, when len >= HW_INLINE */
  guint32 len;
  guint32 fold_len, stem_len;
  guint16 df;    /* lexicon */
  guint8 role;
  guint8 flags;  /* KW_UNIT_NOT_HEAD, KW_UNIT_NOT_START */
  char word[HW_INLINE]; /* the word as written, when shorter than HW_INLINE */
};
typedef struct _KwCachedWord CachedWord;

/* A heading word waiting for its cache entry (scan_heading ()) */
typedef struct
{
  const char *p;
  guint32 len, hash;
  guint letters;
  gint32 raw; /* its RawWord, or -1 (a break merged into the one before) */
} PendingWord;

static inline const char *
cached_bytes (const CachedWord *w)
{
  return w->len < HW_INLINE ? w->word : w->bytes;
}

/* The word cache: open addressing over ex->words, at most half full
 * (slots hold hash << 32 | index + 1), emptied when it grows past a bound. */
static const CachedWord *
word_cache_find (KwExtractor *ex, const char *p, gsize len, guint32 h, guint32 *slot)
{
  const CachedWord *words = (const CachedWord *) (gconstpointer) ex->words->data;
  guint32 i = h & ex->word_mask;
  for (; ex->word_slots[i]; i = (i + 1) & ex->word_mask)
    {
      if ((guint32) (ex->word_slots[i] >> 32) != h)
        continue;
      const CachedWord *w = &words[(guint32) ex->word_slots[i] - 1];
      if (w->len == len && memcmp (cached_bytes (w), p, len) == 0)
        return w;
    }
  *slot = i;
  return NULL;
}

/* Ask for the entry of the first slot with the hash */
static inline void
word_cache_prefetch (const KwExtractor *ex, guint32 h)
{
  guint32 e = kw_slots_first (ex->word_slots, ex->word_mask, h);
  if (e)
    KW_PREFETCH (&g_array_index (ex->words, CachedWord, e - 1));
}

static const CachedWord *
word_cache_add (KwExtractor *ex, const CachedWord *w, guint32 h, guint32 slot)
{
  g_array_append_vals (ex->words, w, 1);
  ex->word_slots[slot] = (guint64) h << 32 | ex->words->len;
  if (ex->words->len * 2 > ex->word_mask + 1)
    kw_slots_grow (&ex->word_slots, &ex->word_mask);
  return &g_array_index (ex->words, CachedWord, ex->words->len - 1);
}

static void
word_cache_clear (KwExtractor *ex)
{
  g_array_set_size (ex->words, 0);
  g_string_chunk_clear (ex->word_chunk);
  g_free (ex->word_slots);
  ex->word_mask = 1023;
  ex->word_slots = g_new0 (guint64, ex->word_mask + 1);
}

static const CachedWord *
lookup_word (KwExtractor *ex, const char *p, gsize len, guint32 h, guint letters)
{
  guint32 slot = 0;
  const CachedWord *found = word_cache_find (ex, p, len, h, &slot);
  if (found)
    return found;
  CachedWord w = { 0 };
  w.len = (guint32) len;
  if (len < HW_INLINE)
    memcpy (w.word, p, len);
  else
    w.bytes = g_string_chunk_insert_len (ex->word_chunk, p, len);
  gboolean ascii = TRUE;
  for (gsize i = 0; i < len && ascii; i++)
    ascii = (guchar) p[i] < 0x80;
  char *fold = ascii ? g_ascii_strdown (p, len) : g_utf8_casefold (p, len);
  gsize flen = strlen (fold);
  w.fold = g_string_chunk_insert_len (ex->word_chunk, fold, flen);
  w.fold_len = (guint32) flen;
  g_free (fold);
  /* the stem the body's tokens have, when the word is also in the body */
  guint32 id = np_document_lookup_string (ex->doc, w.fold, flen);
  guint32 stem = id < ex->stem_of->len ? g_array_index (ex->stem_of, guint32, id) : KW_EMPTY;
  if (stem != KW_EMPTY)
    w.stem = g_string_chunk_insert (ex->word_chunk, np_document_string (ex->doc, stem));
  else
    {
      char *made = np_text_stem (w.fold, flen);
      w.stem = g_string_chunk_insert (ex->word_chunk, made);
      g_free (made);
    }
  w.stem_len = (guint32) strlen (w.stem);
  const KwLexEntry *le = kw_lexicon_lookup (&ex->config->lexicon, w.fold, flen);
  if (letters == 0)
    w.role = KW_ROLE_BREAK; /* numbers break phrases, as in items */
  else if (np_text_is_stopword (w.fold) || kw_is_edge_stopword (ex->config, w.fold, flen, le))
    w.role = KW_ROLE_STOP;
  else
    w.role = KW_ROLE_CONTENT;
  if (w.role == KW_ROLE_CONTENT)
    {
      w.flags |= kw_use_flags (le, w.fold, flen, w.stem);
      w.df = le ? le->df : 0;
    }
  return word_cache_add (ex, &w, h, slot);
}

static gboolean
is_word_char (gunichar u)
{
  if (u < 128)
    return g_ascii_isalnum (u) || u == '_';
  return g_unichar_isalnum (u) || g_unichar_ismark (u);
}

static gboolean
is_inner_connector (gunichar u)
{
  return u == '-' || u == '\'' || u == '.' || u == '/' || u == 0x2019 || u == 0x2010 || u == 0x2011;
}

/* Bytes of the URL starting at p (scheme:// or www.), up to white space
 * or a closing bracket or quote; 0 when none starts there. */
static gsize
url_length (const char *p)
{
  /* the schemes a word may open with, by its first letter (either case) */
  static const char *const h_starts[] = { "https://", "http://", NULL };
  static const char *const f_starts[] = { "ftp://", "file://", NULL };
  static const char *const m_starts[] = { "mailto:", NULL };
  static const char *const w_starts[] = { "www.", NULL };
  const char *const *starts;
  switch (*p | 0x20)
    {
    case 'h': starts = h_starts; break;
    case 'f': starts = f_starts; break;
    case 'm': starts = m_starts; break;
    case 'w': starts = w_starts; break;
    default: return 0;
    }
  gboolean url = FALSE;
  for (const char *const *st = starts; *st && !url; st++)
    url = g_ascii_strncasecmp (p, *st, strlen (*st)) == 0;
  if (!url)
    return 0;
  const char *q = p;
  while (*q && !g_ascii_isspace (*q) && !strchr (")]>\"'", *q))
    q++;
  return q - p;
}

/* Split a heading the way the core's tokenizer splits items, closely
 * enough for phrases: letter/digit runs with inner connectors are words,
 * anything else between words breaks phrases. */
static void
scan_heading (KwExtractor *ex, const char *text, GArray *raw)
{
  /* every word or break takes a byte at least: room for all of them,
   * written in place, the arrays cut to what was written at the end */
  gsize text_len = strlen (text);
  guint n_raw = raw->len, n_pending = ex->heading_pending->len;
  g_array_set_size (raw, n_raw + text_len + 1);
  g_array_set_size (ex->heading_pending, n_pending + text_len + 1);
  RawWord *rw = (RawWord *) (gpointer) raw->data;
  PendingWord *pending = (PendingWord *) (gpointer) ex->heading_pending->data;
  const char *p = text;
  gboolean space_before = TRUE;
  while (*p)
    {
      gunichar u = (guchar) *p < 128 ? (guchar) *p : g_utf8_get_char (p);
      if (u < 128 ? g_ascii_isspace (u) : g_unichar_isspace (u))
        {
          space_before = TRUE;
          p = g_utf8_next_char (p);
          continue;
        }
      if (!is_word_char (u))
        {
          RawWord w = { (guint32) (p - text), 0, NULL, NULL, 0, 0, KW_ROLE_BREAK, 0, 0 };
          p = g_utf8_next_char (p);
          w.end = (guint32) (p - text);
          if (n_raw == 0 || rw[n_raw - 1].role != KW_ROLE_BREAK)
            rw[n_raw++] = w;
          space_before = FALSE;
          continue;
        }
      gsize url = url_length (p);
      if (url)
        {
          /* a link (Markdown headings often hold one): no words, a break,
           * as the core's tokenizer makes it one URL token in items */
          RawWord w = { (guint32) (p - text), 0, NULL, NULL, 0, 0, KW_ROLE_BREAK, 0, 0 };
          p += url;
          w.end = (guint32) (p - text);
          if (n_raw == 0 || rw[n_raw - 1].role != KW_ROLE_BREAK)
            rw[n_raw++] = w;
          space_before = FALSE;
          continue;
        }
      const char *q = p;
      guint letters = 0, uppers = 0;
      gboolean first_upper = u < 128 ? g_ascii_isupper (u) : g_unichar_isupper (u) || g_unichar_istitle (u);
      while (*q)
        {
          if ((guchar) *q < 128 && g_ascii_isalnum (*q))
            {
              letters += g_ascii_isalpha (*q) != 0;
              uppers += g_ascii_isupper (*q) != 0;
              q++;
              continue;
            }
          gunichar v = g_utf8_get_char (q);
          if (is_word_char (v))
            {
              if (g_unichar_isalpha (v))
                {
                  letters++;
                  uppers += g_unichar_isupper (v) || g_unichar_istitle (v);
                }
              q = g_utf8_next_char (q);
              continue;
            }
          const char *r = g_utf8_next_char (q);
          if (is_inner_connector (v) && *r && is_word_char (g_utf8_get_char (r)))
            {
              q = r;
              continue;
            }
          break;
        }
      /* the word's cache entry is looked up after the scan (resolve_words
       * ()); its role is known now: a word without letters breaks phrases,
       * any other is a content word or a stopword */
      PendingWord pw = { p, (guint32) (q - p), kw_hash_bytes (p, q - p), letters, -1 };
      KW_PREFETCH (&ex->word_slots[pw.hash & ex->word_mask]);
      RawWord w = { (guint32) (p - text), (guint32) (q - text), NULL, NULL, 0, 0,
                    letters ? KW_ROLE_CONTENT : KW_ROLE_BREAK, 0, 0 };
      if (w.role == KW_ROLE_BREAK)
        {
          if (n_raw == 0 || rw[n_raw - 1].role != KW_ROLE_BREAK)
            rw[n_raw++] = w;
        }
      else
        {
          if (first_upper)
            w.flags |= KW_UNIT_CAPITALIZED;
          if (letters >= 2 && uppers == letters)
            w.flags |= KW_UNIT_UPPER;
          if (!space_before)
            w.flags |= KW_UNIT_GLUED;
          rw[n_raw++] = w;
          pw.raw = (gint32) n_raw - 1;
        }
      pending[n_pending++] = pw;
      space_before = FALSE;
      p = q;
    }
  g_array_set_size (raw, n_raw);
  g_array_set_size (ex->heading_pending, n_pending);
}

/* The cache entries of a heading's words (scan_heading ()), in order:
 * the lookups are memory-bound, so their slots were asked for while
 * scanning, their entries are asked for here, then they are read. */
static void
resolve_words (KwExtractor *ex, GArray *raw)
{
  const PendingWord *pending = (const PendingWord *) (gconstpointer) ex->heading_pending->data;
  guint n = ex->heading_pending->len;
  for (guint k = 0; k < n; k++)
    word_cache_prefetch (ex, pending[k].hash);
  for (guint k = 0; k < n; k++)
    {
      const PendingWord *pw = &pending[k];
      const CachedWord *cw = lookup_word (ex, pw->p, pw->len, pw->hash, pw->letters);
      if (pw->raw < 0)
        continue;
      RawWord *w = &g_array_index (raw, RawWord, pw->raw);
      w->fold = cw->fold;
      w->stem = cw->stem;
      w->fold_len = cw->fold_len;
      w->stem_len = cw->stem_len;
      w->role = cw->role;
      w->flags |= cw->flags;
      w->df = cw->df;
    }
  g_array_set_size (ex->heading_pending, 0);
}

/* Title case ("Separate Accounts Go Mainstream") says nothing about which
 * words are names; sentence case does, except for its first word. */
static void
mark_initials (RawWord *w, guint n)
{
  guint content = 0, capitalized = 0;
  for (guint i = 0; i < n; i++)
    if (w[i].role == KW_ROLE_CONTENT)
      {
        content++;
        capitalized += (w[i].flags & KW_UNIT_CAPITALIZED) != 0;
      }
  gboolean title_case = content >= 2 && capitalized == content;
  gboolean first = TRUE;
  for (guint i = 0; i < n; i++)
    {
      if (w[i].role == KW_ROLE_BREAK)
        continue;
      if (first || title_case)
        w[i].flags |= KW_UNIT_INITIAL;
      first = FALSE;
    }
}

/* Give every heading string (len bytes at s, a string of the word cache,
 * which outlives the document) an id: its pool id when the body has it,
 * else one above the pool's range, the same for equal strings. */
static guint32
heading_string_id (KwExtractor *ex, const char *s, gsize len, GHashTable **own)
{
  guint32 id = np_document_lookup_string (ex->doc, s, (gssize) len);
  if (id != G_MAXUINT32)
    return id;
  /* heading-only strings: few in most documents (a linear search), a set
   * past a handful (notes with many sections) */
  GPtrArray *hs = ex->heading_strings;
  if (!*own && hs->len >= 16)
    {
      *own = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint k = 0; k < hs->len; k++)
        g_hash_table_insert (*own, g_ptr_array_index (hs, k), GUINT_TO_POINTER (ex->n_pool + k + 1));
    }
  if (*own)
    {
      gpointer known = g_hash_table_lookup (*own, s);
      if (known)
        return GPOINTER_TO_UINT (known) - 1;
    }
  else
    for (guint k = 0; k < hs->len; k++)
      if (strcmp (g_ptr_array_index (hs, k), s) == 0)
        return ex->n_pool + k;
  id = ex->n_terms++;
  g_ptr_array_add (hs, (gpointer) s); /* the word cache is emptied between documents only */
  if (*own)
    g_hash_table_insert (*own, (gpointer) s, GUINT_TO_POINTER (id + 1));
  return id;
}

static void
assign_heading_ids (KwExtractor *ex, GArray *raw, GArray *ids)
{
  GHashTable *own = NULL;
  g_array_set_size (ids, 2 * raw->len);
  for (guint i = 0; i < raw->len; i++)
    {
      RawWord *w = &g_array_index (raw, RawWord, i);
      guint32 *pair = &g_array_index (ids, guint32, 2 * i);
      pair[0] = pair[1] = 0;
      if (w->role != KW_ROLE_BREAK)
        {
          pair[0] = heading_string_id (ex, w->fold, w->fold_len, &own);
          /* a word the body has: its tokens' stem, without a lookup */
          guint32 stem = pair[0] < ex->n_pool ? g_array_index (ex->stem_of, guint32, pair[0]) : KW_EMPTY;
          pair[1] = stem != KW_EMPTY ? stem : heading_string_id (ex, w->stem, w->stem_len, &own);
        }
    }
  if (own)
    g_hash_table_destroy (own);
}

void
kw_headings_prepare (KwExtractor *ex)
{
  guint n = 1 + ex->n_sections;
  const char *title = np_document_get_title (ex->doc);
  gboolean any = title && *title;
  for (guint s = 0; s < ex->n_sections && !any; s++)
    any = ex->sections[s].title && *ex->sections[s].title;
  if (!any)
    return;

  /* a section title used more than once ("Conclusion", "Summary of key
   * points") is a template, not a topic: it is not read */
  g_autoptr (GHashTable) titles = NULL;
  if (ex->n_sections > 1)
    {
      titles = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint k = 0; k < ex->n_sections; k++)
        if (ex->sections[k].title)
          {
            gpointer count = g_hash_table_lookup (titles, ex->sections[k].title);
            g_hash_table_insert (titles, (gpointer) ex->sections[k].title,
                                 GUINT_TO_POINTER (GPOINTER_TO_UINT (count) + 1));
          }
    }

  GArray *raw = ex->heading_raw, *bounds = ex->heading_bounds; /* scratch, reused */
  g_array_set_size (raw, 0);
  g_array_set_size (bounds, 0);
  for (guint h = 0; h < n; h++)
    {
      const char *t = h == 0 ? title : ex->sections[h - 1].title;
      guint32 first = raw->len;
      g_array_append_val (bounds, first);
      if (!t || !*t)
        continue;
      if (h > 0 && titles && GPOINTER_TO_UINT (g_hash_table_lookup (titles, t)) > 1)
        continue;
      scan_heading (ex, t, raw);
      resolve_words (ex, raw);
      mark_initials (&g_array_index (raw, RawWord, first), raw->len - first);
    }
  guint32 last = raw->len;
  g_array_append_val (bounds, last);

  GArray *ids = ex->heading_ids;
  assign_heading_ids (ex, raw, ids);
  const guint32 *id = (const guint32 *) (gconstpointer) ids->data;
  g_array_set_size (ex->term_df, ex->n_terms); /* heading-only ids start at 0 */
  for (guint32 i = 0; i < raw->len; i++)
    {
      const RawWord *w = &g_array_index (raw, RawWord, i);
      guint16 *df = &g_array_index (ex->term_df, guint16, id[2 * i + 1]);
      if (w->role == KW_ROLE_CONTENT && w->df > *df)
        *df = w->df;
    }
  for (guint h = 0; h < n; h++)
    {
      const char *t = h == 0 ? title : ex->sections[h - 1].title;
      guint32 first = g_array_index (bounds, guint32, h), end = g_array_index (bounds, guint32, h + 1);
      KwHeading hd = { t, ex->heading_units->len, 0 };
      g_array_set_size (ex->heading_units, hd.unit_first + (end - first));
      KwUnit *out = &g_array_index (ex->heading_units, KwUnit, hd.unit_first);
      for (guint32 i = first; i < end; i++)
        {
          RawWord *w = &g_array_index (raw, RawWord, i);
          KwUnit *u = &out[i - first];
          memset (u, 0, sizeof *u);
          u->form = id[2 * i];
          u->term = w->role == KW_ROLE_CONTENT ? id[2 * i + 1] : u->form;
          u->start = w->start;
          u->end = w->end;
          u->source = (guint16) MIN (h + 1, G_MAXUINT16);
          u->role = w->role;
          u->flags = w->flags | KW_UNIT_HEADING;
        }
      hd.unit_count = ex->heading_units->len - hd.unit_first;
      g_array_append_val (ex->headings, hd);
    }
}


/* Lifetime ----------------------------------------------------------- */

void
kw_headings_new (KwExtractor *ex)
{
  ex->headings = g_array_new (FALSE, FALSE, sizeof (KwHeading));
  ex->heading_units = g_array_new (FALSE, FALSE, sizeof (KwUnit));
  ex->heading_raw = g_array_new (FALSE, FALSE, sizeof (RawWord));
  ex->heading_bounds = g_array_new (FALSE, FALSE, sizeof (guint32));
  ex->heading_ids = g_array_new (FALSE, FALSE, sizeof (guint32));
  ex->heading_strings = g_ptr_array_new ();
  ex->words = g_array_new (FALSE, FALSE, sizeof (CachedWord));
  ex->word_chunk = g_string_chunk_new (4096);
  ex->heading_pending = g_array_new (FALSE, FALSE, sizeof (PendingWord));
  word_cache_clear (ex);
}

void
kw_headings_free (KwExtractor *ex)
{
  g_array_free (ex->headings, TRUE);
  g_array_free (ex->heading_units, TRUE);
  g_array_free (ex->heading_raw, TRUE);
  g_array_free (ex->heading_bounds, TRUE);
  g_array_free (ex->heading_ids, TRUE);
  g_ptr_array_free (ex->heading_strings, TRUE);
  g_array_free (ex->words, TRUE);
  g_string_chunk_free (ex->word_chunk);
  g_array_free (ex->heading_pending, TRUE);
  g_free (ex->word_slots);
}

/* The document's headings are forgotten; the word cache outlives
 * documents, within bounds. */
void
kw_headings_end (KwExtractor *ex)
{
  g_array_set_size (ex->headings, 0);
  g_array_set_size (ex->heading_units, 0);
  g_ptr_array_set_size (ex->heading_strings, 0);
  if (ex->words->len > 65536)
    word_cache_clear (ex);
}
