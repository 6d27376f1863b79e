/* forms.c: what each distinct word form of a document is, for the units
 * (units.c): content word or edge stopword, whether it may end or open a
 * noun phrase, its general-language document frequency (lexicon.c), and
 * whether its key splits at inner connectors.  A document classifies its
 * forms once, in batches, as units.c reads its tokens; what earlier documents' forms
 * were classified as is cached per extractor (per thread), so a recurring
 * word costs one lookup. */
#include <string.h>

#include "extractor.h"

/* 1 for the inner connectors that split a word's key, 2 for the end of
 * the string: one load and one test per byte */
static const guint8 split_char[256] = { [0] = 2, ['-'] = 1, ['/'] = 1, ['_'] = 1, ['.'] = 1, ['='] = 1, ['+'] = 1 };

static gboolean
needs_split (const char *s)
{
  guint8 c;
  while (!(c = split_char[(guchar) *s]))
    s++;
  return c == 1;
}

gboolean
kw_form_needs_split (const KwExtractor *ex, guint32 form)
{
  guint8 f = form < ex->n_pool ? g_array_index (ex->form_class, guint8, form) : 0;
  if (f & FORM_KNOWN)
    return (f & FORM_SPLIT) != 0;
  return needs_split (kw_term_string (ex, form)); /* a heading word */
}



/* A word that never stands at the edge of a phrase: one character, the
 * plugin's stoplist, the user's stopwords. */
gboolean
kw_is_edge_stopword (const KwConfig *config, const char *norm, gsize len, const KwLexEntry *le)
{
  if (len == 0 || (gsize) g_utf8_skip[*(const guchar *) norm] >= len)
    return TRUE;
  if (le) /* the lexicon knows the word, and whether it is one */
    return le->stop;
  return g_hash_table_contains (config->stopwords, norm);
}

/* "-ed" and "-ly" words whose ending Snowball strips ("embedded" ->
 * "embed", "quickly" -> "quick", but not "speed", "family", "supply"):
 * participles and adverbs, which do not end a noun phrase. */
static gboolean
is_not_head (const char *norm, gsize len, gsize stem_len)
{
  return len > 4 && stem_len + 2 <= len && norm[len - 2] == (norm[len - 1] == 'd' ? 'e' : 'l')
         && (norm[len - 1] == 'd' || norm[len - 1] == 'y');
}

/* Whether is_not_head () depends on the stem: only for "-ed" and "-ly"
 * words longer than four bytes.  Any other form is classified the same
 * whatever its stem, so its cache entry needs no check of the stem. */
static inline gboolean
stem_matters (const char *norm, gsize len)
{
  return len > 4 && ((norm[len - 2] == 'e' && norm[len - 1] == 'd') || (norm[len - 2] == 'l' && norm[len - 1] == 'y'));
}

#define HEAD_NOUN_SHARE 4   /* of 31: a head is a noun at least one time in eight */
#define START_VERB_SHARE 16 /* of 31: a verb or adverb more often than not does not open a phrase */

/* How a word may stand in a noun phrase, from the lexicon when it knows
 * the word: a head is used as a noun at least sometimes, a phrase does not
 * open with a word mostly used as a verb or an adverb.  Unknown words
 * (names, technical terms) are nouns unless inflected "-ed" / "-ly". */
guint8
kw_use_flags (const KwLexEntry *le, const char *norm, gsize len, const char *stem)
{
  if (!le)
    return is_not_head (norm, len, strlen (stem)) ? KW_UNIT_NOT_HEAD : 0;
  guint8 flags = 0;
  if (kw_lexicon_share (le, KW_USE_NOUN) < HEAD_NOUN_SHARE)
    flags |= KW_UNIT_NOT_HEAD;
  if (kw_lexicon_share (le, KW_USE_VERB) + kw_lexicon_share (le, KW_USE_ADV) >= START_VERB_SHARE)
    flags |= KW_UNIT_NOT_START;
  return flags;
}

/* What classifying a form found, kept across documents (form cache) */
typedef struct
{
  guint8 bits;      /* FORM_* */
  guint8 lexical;   /* the lexicon knows the form, or it is not an "-ed" / "-ly" word: its stem did not matter */
  guint16 df;       /* the lexicon's df, 0 when unknown */
  guint16 stem_len; /* the stem's length it was classified with (unknown forms' "-ed" / "-ly" test) */
} FormInfo;

static FormInfo
classify_form_info (KwExtractor *ex, const char *s, gsize len, guint32 hash, const char *stem)
{
  FormInfo fi = { FORM_KNOWN, 0, 0, (guint16) MIN (strlen (stem), G_MAXUINT16) };
  if (needs_split (s))
    fi.bits |= FORM_SPLIT;
  const KwLexEntry *le = kw_lexicon_lookup_hashed (&ex->config->lexicon, s, len, hash);
  fi.lexical = le != NULL || !stem_matters (s, len);
  if (kw_is_edge_stopword (ex->config, s, len, le))
    fi.bits |= FORM_STOP;
  else
    {
      guint8 use = kw_use_flags (le, s, len, stem);
      if (use & KW_UNIT_NOT_HEAD)
        fi.bits |= FORM_NOT_HEAD;
      if (use & KW_UNIT_NOT_START)
        fi.bits |= FORM_NOT_START;
      fi.df = le ? le->df : 0;
    }
  return fi;
}

static void
apply_form_info (KwExtractor *ex, guint32 norm, guint32 stem, FormInfo fi)
{
  ((guint8 *) ex->form_class->data)[norm] = fi.bits;
  guint16 *df = (guint16 *) (gpointer) ex->term_df->data;
  if (!(fi.bits & FORM_STOP) && fi.df > df[stem])
    df[stem] = fi.df;
}

static void
classify_form_hashed (KwExtractor *ex, guint32 norm, guint32 stem, const char *s, gsize len, guint32 hash)
{
  apply_form_info (ex, norm, stem, classify_form_info (ex, s, len, hash, np_document_string (ex->doc, stem)));
}

/* The form cache: what each form seen in earlier documents was classified
 * as (the lexicon, the stoplists and the "-ed" / "-ly" test depend on the
 * form and its stem only), so a recurring word costs one lookup instead of
 * the lexicon's and the tests.  Open addressing over ex->forms; a slot
 * holds the hash and the index + 1, so only a form with the same hash
 * reads its entry; at most half full, emptied past a bound. */
void
kw_form_cache_clear (KwExtractor *ex)
{
  g_array_set_size (ex->forms, 0);
  g_string_truncate (ex->form_bytes, 0);
  g_free (ex->form_slots);
  ex->form_mask = 4095;
  ex->form_slots = g_new0 (guint64, ex->form_mask + 1);
}

static inline const char *
form_entry_word (const KwExtractor *ex, const KwFormEntry *e)
{
  return e->len < KW_FORM_INLINE ? e->word : ex->form_bytes->str + e->offset;
}

/* Ask for the entry of the first slot with the hash (classify_batch ()):
 * that entry + 1, or 0 */
static inline guint32
form_cache_prefetch (const KwExtractor *ex, guint32 hash)
{
  guint32 e = kw_slots_first (ex->form_slots, ex->form_mask, hash);
  if (e)
    KW_PREFETCH (&g_array_index (ex->forms, KwFormEntry, e - 1));
  return e;
}

static const KwFormEntry *
form_cache_find (const KwExtractor *ex, const char *s, gsize len, guint32 hash, guint32 *slot)
{
  const KwFormEntry *e = (const KwFormEntry *) (gconstpointer) ex->forms->data;
  guint32 i = hash & ex->form_mask;
  for (; ex->form_slots[i]; i = (i + 1) & ex->form_mask)
    {
      if ((guint32) (ex->form_slots[i] >> 32) != hash)
        continue;
      const KwFormEntry *x = &e[(guint32) ex->form_slots[i] - 1];
      if (x->len == len && memcmp (form_entry_word (ex, x), s, len) == 0)
        return x;
    }
  *slot = i;
  return NULL;
}

static void
form_cache_add (KwExtractor *ex, const char *s, gsize len, guint32 hash, guint32 slot, FormInfo fi)
{
  if (len > G_MAXUINT16)
    return;
  KwFormEntry e = { 0, (guint16) len, fi.df, fi.stem_len, fi.bits, fi.lexical, { 0 } };
  if (len < KW_FORM_INLINE)
    memcpy (e.word, s, len);
  else
    {
      e.offset = (guint32) ex->form_bytes->len;
      kw_string_append (ex->form_bytes, s, len);
    }
  g_array_append_val (ex->forms, e);
  ex->form_slots[slot] = (guint64) hash << 32 | ex->forms->len;
  if (ex->forms->len * 2 > ex->form_mask + 1)
    kw_slots_grow (&ex->form_slots, &ex->form_mask);
}

void
kw_slots_grow (guint64 **slots, guint *mask)
{
  guint64 *old = *slots;
  guint old_size = *mask + 1;
  *mask = *mask * 2 + 1;
  guint64 *grown = g_new0 (guint64, *mask + 1);
  for (guint k = 0; k < old_size; k++)
    if (old[k])
      {
        guint32 i = (guint32) (old[k] >> 32) & *mask;
        while (grown[i])
          i = (i + 1) & *mask;
        grown[i] = old[k];
      }
  *slots = grown;
  g_free (old);
}


/* The lexicon's slot of a hash, asked for ahead of a lookup that the
 * form cache could not answer (lexicon.h's layout: the table is larger
 * than the caches, a new form's lookup would otherwise wait on it) */
static inline void
lexicon_prefetch (const KwLexicon *lex, guint32 hash)
{
  KW_PREFETCH (&lex->slots[hash & lex->mask]);
}

static void
classify_batch (KwExtractor *ex, KwPendingForm *batch, guint n)
{
  for (guint i = 0; i < n; i++)
    batch[i].first = form_cache_prefetch (ex, batch[i].hash);
  /* Forms the cache answers are applied at once; the others (a new
   * corpus's words: every form of its first documents) wait until their
   * lexicon slots were asked for, all of them, then are classified. */
  guint n_new = 0;
  for (guint i = 0; i < n; i++)
    {
      KwPendingForm *p = &batch[i];
      guint32 slot = 0; /* unused here */
      /* the entry of the first slot with the hash, found ahead, is
       * usually the form: else the table is searched */
      const KwFormEntry *e = p->first ? &g_array_index (ex->forms, KwFormEntry, p->first - 1) : NULL;
      if (!e || e->len != p->len || memcmp (form_entry_word (ex, e), p->s, p->len) != 0)
        e = form_cache_find (ex, p->s, p->len, p->hash, &slot);
      if (e && (e->lexical || e->stem_len == strlen (np_document_string (ex->doc, p->stem)))) /* the stem: not needed for a known word */
        {
          FormInfo fi = { e->bits, e->lexical, e->df, e->stem_len };
          apply_form_info (ex, p->norm, p->stem, fi);
          continue;
        }
      /* classified again: in the cache with another stem (e kept, no
       * slot), or new (its free slot, e NULL) */
      p->first = e ? KW_EMPTY : 0;
      lexicon_prefetch (&ex->config->lexicon, p->hash);
      batch[n_new++] = *p;
    }
  for (guint i = 0; i < n_new; i++)
    {
      const KwPendingForm *p = &batch[i];
      const char *stem = np_document_string (ex->doc, p->stem);
      FormInfo fi = classify_form_info (ex, p->s, p->len, p->hash, stem);
      apply_form_info (ex, p->norm, p->stem, fi);
      /* its free slot is found again: an earlier form of the batch may
       * have taken it, or grown the table */
      guint32 slot;
      if (p->first != KW_EMPTY && !form_cache_find (ex, p->s, p->len, p->hash, &slot))
        form_cache_add (ex, p->s, p->len, p->hash, slot, fi);
    }
}

/* The document's distinct word forms are classified in batches, as its
 * tokens are read (units.c, kw_forms_queue ()).  The lookups are
 * memory-bound, so a batch of words is hashed and its form cache slots
 * prefetched, then its entries, then it is looked up. */
void
kw_forms_flush (KwExtractor *ex, KwFormQueue *q)
{
  classify_batch (ex, q->batch, q->n);
  q->n = 0;
}

guint8
kw_form_class (KwExtractor *ex, guint32 norm, guint32 stem)
{
  guint8 *fc = (guint8 *) ex->form_class->data;
  if (!(fc[norm] & FORM_KNOWN)) /* classify_forms () did all but the odd one */
    {
      const char *s = np_document_string (ex->doc, norm);
      gsize len = strlen (s);
      classify_form_hashed (ex, norm, stem, s, len, kw_hash_bytes (s, len));
    }
  return fc[norm];
}
