/* extractor.h: the extractor's state, shared by its parts: units.c
 * (document preparation, scope units), headings.c (title and section
 * titles as words), forms.c (word classes), candidates.c (one pass of
 * statistics and candidate phrases over a scope's units), score.c (term
 * and phrase weights) and select.c (ranking, merging of near-duplicates,
 * surface forms).
 *
 * Invariants:
 *  - terms[] has room for n_terms entries; an entry belongs to the current
 *    scope only when its stamp equals ex->stamp (stale entries are reset on
 *    first touch, so a scope costs what it reads, not the document size).
 *  - touched[] lists each term of the scope once, in first-seen order.
 *  - cands[] holds each candidate phrase of the scope once, in first-seen
 *    order; cand_index is an open-addressing table of indices of its
 *    multi-word ones (UINT32_MAX = empty), at most half full; a one-word
 *    candidate's index is its term's `cand`.
 *  - Units never span two items: a candidate's units are consecutive and
 *    share their sentence. */
#ifndef KEYWORDS_EXTRACTOR_H
#define KEYWORDS_EXTRACTOR_H

#include <math.h>

#include "keywords.h"

G_BEGIN_DECLS

#define KW_EMPTY G_MAXUINT32
#define KW_VARIANTS 3 /* surface forms tallied per candidate (select.c) */

typedef struct
{
  guint32 stamp;          /* scope stamp; stale entries are reset on first touch */
  guint32 tf;             /* occurrences */
  guint32 tf_cased;       /* capitalized where casing is informative */
  guint32 tf_upper;       /* written as an acronym */
  guint32 tf_lower;       /* written in lower case */
  guint32 first_sentence;
  guint32 first_unit;     /* units[] index of its first occurrence */
  guint32 cand;           /* its one-word candidate, or KW_EMPTY (candidates.c) */
  double weight;          /* log of the importance (score.c), NAN until a phrase needs it */
  double importance;      /* exp (weight) */
  double prior;           /* general-language specificity, part of the importance (score.c) */
  double log_prior;       /* ln prior */
} KwTermStat;

/* A later occurrence of a candidate (its first is in the candidate):
 * occurrences of one candidate are chained in reading order, so that its
 * surface forms are tallied only if it is ever shown (select.c). */
typedef struct
{
  guint32 first_unit; /* units[] index of its first unit */
  guint32 next;       /* the candidate's next occurrence in ex->occ, or KW_EMPTY */
} KwOccurrence;

typedef struct
{
  guint32 terms[KW_MAX_WORDS];
  guint32 hash;
  guint8 n;          /* units */
  guint8 n_content;  /* content words */
  guint16 content_mask; /* bit k: unit k is a content word */
  guint8 weak_head;      /* ends in a word that is rarely a noun (KW_UNIT_NOT_HEAD) */
  guint8 weak_start;     /* multi-word, opens with a verb or an adverb (KW_UNIT_NOT_START) */
  guint32 tf;
  guint32 first_sentence;
  guint32 tf_left;  /* occurrences with no content word right before */
  guint32 tf_right; /* ... right after */
  guint32 tf_whole; /* ... on either side: the phrase is all of its run */
  guint32 first_unit;     /* units[] index of its first occurrence */
  guint32 occ_first, occ_last; /* its later occurrences, chained in ex->occ (KW_EMPTY: none) */
  guint32 shown_unit;     /* first unit of its most frequent surface form (select.c), KW_EMPTY until asked */
  double score;
} KwCandidate;

typedef struct
{
  double score;
  guint32 index;
} HeapEntry;

/* A phrase chosen so far (select.c) */
typedef struct
{
  gsize key;     /* offset of its key in results */
  gsize len;
  guint32 index; /* into cands */
} KwChosen;

/* A form classified in an earlier document (forms.c, form cache): 32
 * bytes, the form inline when shorter than KW_FORM_INLINE, so a hit reads
 * its slot and one entry */
#define KW_FORM_INLINE 20
#define KW_FORM_CACHE_MAX (1u << 18) /* forms cached; emptied past it */
typedef struct
{
  guint32 offset;   /* of its bytes in form_bytes, when len >= KW_FORM_INLINE */
  guint16 len;
  guint16 df;       /* lexicon df, 0 when unknown */
  guint16 stem_len; /* length of the stem it was classified with */
  guint8 bits;      /* FORM_* (forms.c) */
  guint8 lexical;   /* known to the lexicon, or not an "-ed" / "-ly" word: the stem did not matter */
  char word[KW_FORM_INLINE];
} KwFormEntry;

/* An item's units, made once per document (units.c): body_units[first ..
 * first + count - 1], each unit's sentence counting the changes of
 * document sentence since the item's first token (collapsed breaks
 * included), so that a scope numbers them by adding its own offset */
typedef struct
{
  guint32 first, count;
  guint32 s_first, s_last; /* document sentences of its first and last tokens */
  guint32 changes;         /* changes of sentence between its tokens */
} KwItemUnits;

typedef struct
{
  const char *text;  /* the document's title or section title */
  guint32 unit_first, unit_count; /* into heading_units */
} KwHeading;

struct _KwExtractor
{
  const KwConfig *config;

  /* current document */
  const NpDocument *doc;
  const NpToken *tokens;
  guint n_tokens;
  const NpItem *items;
  guint n_items;
  const NpSection *sections;
  guint n_sections;
  const char *text;
  guint n_pool;      /* strings in the document pool */
  guint n_terms;     /* n_pool + heading-only strings */
  GArray *body_units;     /* KwUnit: the items' units, item after item (units.c) */
  GArray *item_units;     /* KwItemUnits per item */
  guint32 *deferred;      /* scratch: body units whose form waits in a batch (units.c), n_deferred of deferred_alloc */
  guint n_deferred, deferred_alloc;
  GArray *form_class;     /* guint8 per pool id: FORM_* bits (forms.c) */
  GArray *stem_of;        /* guint32 per pool id of a word's form: its tokens' stem, or KW_EMPTY */
  GArray *term_df;        /* guint16 per term id: documents of the general corpus with the stem (lexicon) */
  GArray *headings;       /* KwHeading: 0 = title, k = section k - 1 */
  GArray *heading_units;  /* KwUnit, source = heading index + 1 */
  GArray *heading_raw, *heading_bounds, *heading_ids; /* scratch of kw_headings_prepare () (headings.c) */
  GPtrArray *heading_strings; /* strings of ids >= n_pool, index id - n_pool (in word_chunk) */

  /* current scope */
  GArray *units;          /* KwUnit */
  guint n_sentences;
  guint n_words;          /* content words of the scope (occurrences) */
  KwTermStat *terms;
  guint terms_alloc;
  guint32 stamp;
  guint32 *touched;       /* term ids, n_touched of touched_alloc */
  guint n_touched, touched_alloc;
  KwCandidate *cands;     /* n_cands of cands_alloc */
  guint n_cands, cands_alloc;
  KwOccurrence *occ;      /* candidates' later occurrences, n_occ of occ_alloc */
  guint n_occ, occ_alloc;
  guint32 *cand_index;    /* multi-word candidates only: a word's is found through its term */
  guint cand_mask;
  guint n_indexed;        /* candidates in cand_index */

  /* results */
  GArray *phrases;        /* KwPhrase */
  GArray *order;          /* guint32 candidate indices, best first */
  HeapEntry *heap;        /* the best candidates (kw_best_offer ()), sorted best first */
  guint heap_alloc;
  guint n_best;           /* entries in heap */
  KwChosen *chosen;       /* scratch of choose () (select.c) */
  guint chosen_alloc;
  GString *results;       /* the chosen phrases' texts and keys, NUL-terminated, side by side (select.c) */
  GHashTable *key_cache;  /* norm -> key part, for words with inner '-' '/' '_' */
  GHashTable *part_cache; /* a part of such a word -> its stem */
  const char **form_key;  /* per pool id of a split form: its key (in key_cache) once asked for, or NULL */
  guint form_key_alloc;
  GArray *form_key_set;   /* guint32 pool ids set in form_key: reset at the document's end */
  GArray *forms;          /* KwFormEntry: forms classified before, across documents */
  GString *form_bytes;    /* the bytes of the long ones */
  guint64 *form_slots;    /* hash << 32 | their index + 1, 0 = empty */
  guint form_mask;
  GString *scratch_part;
  GArray *words;          /* heading words seen, KwCachedWord (headings.c) */
  GStringChunk *word_chunk; /* their folded forms, stems and long spellings */
  guint64 *word_slots;    /* hash << 32 | their index + 1, 0 = empty */
  guint word_mask;
  GArray *heading_pending; /* scratch of kw_headings_prepare (): words whose cache entry is looked up */
  double position[256];   /* kw_position_factor () of the first sentences */
  double *prior;          /* the general-language prior of a lexicon df, 0..kw_lexicon_documents (score.c) */
  double *log_prior;      /* ln prior[df] */
  double tf_factor[256];  /* 1 + ln tf of the small term frequencies (score.c) */
  double length_gain[KW_MAX_WORDS + 1]; /* words^length_exponent (score.c) */
  double length_exponent;                /* of the scope scored last */
};

/* form_class bits, per pool id of a casefolded form */
enum
{
  FORM_KNOWN = 1 << 0,
  FORM_STOP = 1 << 1,
  FORM_NOT_HEAD = 1 << 2,
  FORM_PERSON_KNOWN = 1 << 3, /* FORM_PERSON is set */
  FORM_PERSON = 1 << 4,       /* a word of an attendee's name */
  FORM_NOT_START = 1 << 5,
  FORM_SPLIT = 1 << 6, /* inner '-', '/', ... : its key is made of its parts */
  FORM_QUEUED = 1 << 7, /* in classify_forms ()'s batch */
};

/* forms.c: a batch of forms waiting to be classified */
#define KW_FORM_BATCH 64
typedef struct
{
  guint32 norm, stem, hash;
  guint32 len;
  const char *s;
  guint32 first; /* the entry + 1 of the first cache slot with its hash, or 0 (classify_batch ()) */
} KwPendingForm;

typedef struct
{
  KwPendingForm batch[KW_FORM_BATCH];
  guint n;
} KwFormQueue;

gboolean kw_is_edge_stopword (const KwConfig *config, const char *norm, gsize len, const KwLexEntry *le);
guint8 kw_use_flags (const KwLexEntry *le, const char *norm, gsize len, const char *stem); /* KW_UNIT_NOT_HEAD, _NOT_START */
void kw_form_cache_clear (KwExtractor *ex);
/* Queue a form of the document not classified yet (its form_class
 * gets FORM_QUEUED); TRUE when the batch is full: call kw_forms_flush (),
 * which classifies the queued forms (form_class, term_df) */
static inline gboolean kw_forms_queue (KwExtractor *ex, KwFormQueue *q, guint32 norm, guint32 stem);
void kw_forms_flush (KwExtractor *ex, KwFormQueue *q);
guint8 kw_form_class (KwExtractor *ex, guint32 norm, guint32 stem); /* FORM_* bits of one form */

/* (inline: once per distinct form of every document) */
static inline gboolean
kw_forms_queue (KwExtractor *ex, KwFormQueue *q, guint32 norm, guint32 stem)
{
  ((guint8 *) ex->form_class->data)[norm] |= FORM_QUEUED;
  KwPendingForm *p = &q->batch[q->n++];
  p->norm = norm;
  p->stem = stem;
  p->s = np_document_string (ex->doc, norm);
  p->len = (guint32) strlen (p->s);
  p->hash = kw_hash_bytes (p->s, p->len);
  KW_PREFETCH (&ex->form_slots[p->hash & ex->form_mask]);
  return q->n == KW_FORM_BATCH;
}

/* headings.c */
void kw_headings_new (KwExtractor *ex);
void kw_headings_free (KwExtractor *ex);
void kw_headings_prepare (KwExtractor *ex); /* the document's title and section titles, as heading units */
void kw_headings_end (KwExtractor *ex);

/* units.c */
const char *kw_term_string (const KwExtractor *ex, guint32 id);
gboolean kw_form_needs_split (const KwExtractor *ex, guint32 form);
void kw_units_document (KwExtractor *ex);
void kw_units_section (KwExtractor *ex, guint section);
void kw_units_items (KwExtractor *ex, const guint32 *items, guint n_items);

/* candidates.c */
void kw_candidates_collect (KwExtractor *ex);

/* score.c */
void kw_score_init (KwExtractor *ex);
void kw_score_terms (KwExtractor *ex);
void kw_score_candidates (KwExtractor *ex, guint keep); /* and the best `keep` of them (kw_best_offer ()) */
double kw_score_prior (const KwExtractor *ex, const KwCandidate *c); /* geometric mean of its words' priors */
double kw_score_candidate (const KwExtractor *ex, const KwCandidate *c); /* its score, as kw_score_candidates () ranks it */

/* A candidate's score: kw_score_candidates () leaves NAN for those that
 * could not rank among the best it was asked for */
static inline double
kw_score_of (const KwExtractor *ex, KwCandidate *c)
{
  if (G_UNLIKELY (isnan (c->score)))
    c->score = kw_score_candidate (ex, c);
  return c->score;
}

/* select.c */
/* The key of a unit: its stem, or its parts' stems joined by spaces */
const char *kw_unit_key (KwExtractor *ex, const KwUnit *u);

/* The same, inline for the common case: a body word without inner
 * connectors, whose key is its stem's pool string. */
static inline const char *
kw_unit_key_fast (KwExtractor *ex, const KwUnit *u)
{
  if (u->role == KW_ROLE_CONTENT && u->form < ex->n_pool && u->term < ex->n_pool)
    {
      guint8 f = ((const guint8 *) ex->form_class->data)[u->form];
      if ((f & (FORM_KNOWN | FORM_SPLIT)) == FORM_KNOWN)
        return np_document_string (ex->doc, u->term);
    }
  return kw_unit_key (ex, u);
}
const KwPhrase *kw_select (KwExtractor *ex, guint limit, guint *n_out);

/* Candidates kw_select () walks for `limit` phrases: few are merged, so
 * the best limit x 1.5 + 4 usually suffice; when they do not, the walk
 * starts again over the best limit x 3 + 8. */
static inline guint
kw_select_wide (guint limit)
{
  return limit * 3 + 8;
}

static inline guint
kw_select_narrow (guint limit)
{
  return MIN (limit + limit / 2 + 4, kw_select_wide (limit));
}

/* The best candidates so far, kept sorted best first in ex->heap: room
 * for MIN (*keep, n_cands) of them (*keep is cut to it); none kept yet */
static inline HeapEntry *
kw_best_reserve (KwExtractor *ex, guint *keep)
{
  *keep = MIN (*keep, ex->n_cands);
  if (ex->heap_alloc < *keep)
    {
      g_free (ex->heap);
      ex->heap = g_new (HeapEntry, *keep);
      ex->heap_alloc = *keep;
    }
  ex->n_best = 0;
  return ex->heap;
}

/* Offer candidate k with its score to the best `keep` (*size of them so
 * far), ties to the earlier candidate.  A scope has many candidates and
 * keeps few, and most fall below the worst kept at once, so the kept ones
 * are held sorted (an insertion moves a few entries). */
static inline void
kw_best_offer (HeapEntry *best, guint *size, guint keep, double score, guint32 k)
{
  guint at;
  if (*size < keep)
    at = (*size)++;
  else if (keep > 0 && score > best[keep - 1].score) /* ties keep the earlier candidate */
    at = keep - 1;
  else
    return;
  /* later than every kept one: it goes after those of equal score */
  while (at > 0 && best[at - 1].score < score)
    {
      best[at] = best[at - 1];
      at--;
    }
  best[at] = (HeapEntry){ score, k };
}

G_END_DECLS

#endif
