/* keywords.h: the insides of the keywords plugin, shared by its files.
 *
 * The extractor works on "units": a scope's word-like tokens in reading
 * order, each with a term id, a role in candidate phrases and a
 * scope-local sentence number.  Units come from the document's tokens and
 * from its headings (the title and section titles, which the reader keeps
 * out of the items), so every scope is extracted by the same code.
 *
 * Term ids: a body token's term is its stem id in the document's string
 * pool (dense, < n_strings), so per-term statistics live in plain arrays.
 * A heading word whose stem never occurs in the body gets an id above the
 * pool's range.  Ids are per document; across documents (corpus stage)
 * phrases are compared by their key string.
 *
 * Ownership: a KwExtractor belongs to one plugin instance (one thread) and
 * is reused from document to document; results point into its buffers and
 * are valid until the next kw_extract() or kw_extractor_end(). */
#ifndef KEYWORDS_H
#define KEYWORDS_H

#include <string.h>

#include <notepipe/notepipe.h>

#include "lexicon.h"

G_BEGIN_DECLS

#define KW_MAX_WORDS 5      /* upper bound of the max_words option */
#define KW_LAYER_PHRASE "keywords.phrase"
#define KW_LAYER_DOCUMENT "keywords.document"
#define KW_LAYER_CANDIDATES "keywords.candidates"
#define KW_SPEAKERS_LAYER "speakers.turn"

typedef enum
{
  KW_SCOPE_DOCUMENT = 1 << 0,
  KW_SCOPE_SECTION = 1 << 1,
  KW_SCOPE_SPEAKER = 1 << 2,
} KwScopes;

typedef enum
{
  KW_ROLE_BREAK = 0, /* punctuation, symbols, numbers, URLs: no phrase crosses it */
  KW_ROLE_STOP,      /* may sit inside a phrase, never at its edges */
  KW_ROLE_CONTENT,   /* may start, end or make a phrase */
} KwRole;

typedef enum
{
  KW_UNIT_CAPITALIZED = 1 << 0, /* first letter upper case */
  KW_UNIT_UPPER = 1 << 1,       /* acronym: all of two or more letters upper case */
  KW_UNIT_INITIAL = 1 << 2,     /* first word of a sentence or a heading word: casing says little */
  KW_UNIT_HEADING = 1 << 3,     /* from the title or a section title */
  KW_UNIT_GLUED = 1 << 4,       /* no white space before it (part of "x-y", "a/b") */
  KW_UNIT_NOT_HEAD = 1 << 5,    /* rarely a noun (lexicon), or "-ed" / "-ly": not a noun phrase's head */
  KW_UNIT_NOT_START = 1 << 6,   /* mostly a verb or an adverb (lexicon): does not open a noun phrase */
} KwUnitFlags;

typedef struct
{
  guint32 term;       /* content: stem term id; stop: form id; break: unused */
  guint32 form;       /* casefolded form id (pool id or heading-only id) */
  guint32 sentence;   /* scope-local sentence number, 0-based */
  guint32 start, end; /* byte span in the text of `source` */
  guint16 source;     /* 0: document text; k > 0: heading k - 1 */
  guint8 role;        /* KwRole */
  guint8 flags;       /* KwUnitFlags */
} KwUnit;

/* Options, fixed per instance */
typedef struct
{
  guint top;
  guint max_words;
  guint scopes;                /* KwScopes */
  GHashTable *stopwords;       /* casefolded edge stopwords: the plugin's list and the user's (owned) */
  KwLexicon lexicon;           /* general-English prior (lexicon.h) */
} KwConfig;

gboolean kw_config_init (KwConfig *config, const NpOptions *options, GError **error);
void kw_config_clear (KwConfig *config);

/* The plugin's stoplist (stoplist.c): general-purpose English words that
 * make poor keyphrases on their own, on top of the core's function words.
 * Adds them to a set of casefolded words (keys g_free'd by the set). */
void kw_stoplist_add_to (GHashTable *set);

/* One ranked phrase of a scope. */
typedef struct
{
  const char *text;  /* as people write it (most frequent surface form) */
  const char *key;   /* normalized: stems of the words, hyphens split, spaces */
  guint32 text_len, key_len; /* bytes of text and key */
  double score;      /* higher is better, > 0 */
  double weight;     /* the document-level weight before any corpus factor */
  double prior;      /* the general-language factor inside weight (lexicon document frequencies) */
  guint32 tf;        /* occurrences in the scope */
  guint8 n_words;
} KwPhrase;

typedef struct _KwExtractor KwExtractor;

KwExtractor *kw_extractor_new (const KwConfig *config);
void kw_extractor_free (KwExtractor *ex);

/* Prepare a document: classify its tokens, tokenize its headings. */
void kw_extractor_begin (KwExtractor *ex, const NpDocument *doc);
void kw_extractor_end (KwExtractor *ex);

/* Rank a scope's phrases, best first, at most `limit` of them.  The
 * array is owned by the extractor (transfer none), valid until the next
 * call.  The document scope reads every item, the title and the section
 * titles; a section scope its items (subsections included) and its title;
 * an item scope (a speaker's turns) the given items only. */
const KwPhrase *kw_extract_document (KwExtractor *ex, guint limit, guint *n_out);
const KwPhrase *kw_extract_section (KwExtractor *ex, guint section, guint limit, guint *n_out);
const KwPhrase *kw_extract_items (KwExtractor *ex, const guint32 *items, guint n_items, guint limit, guint *n_out);

/* Document frequencies for the corpus stage: appends to out the keys of
 * the distinct content words of the scope extracted last (stems, split at
 * inner hyphens), separated by spaces; a key part may come more than once. */
void kw_extractor_append_words (KwExtractor *ex, GString *out);

/* Corpus stage (corpus.c) */
guint kw_corpus_keep (guint top); /* candidates per document it re-ranks */
gpointer kw_corpus_new (const NpOptions *options, GError **error);
void kw_corpus_free (gpointer instance);
gboolean kw_corpus_add (gpointer instance, const NpDocument *doc, GError **error);
GVariant *kw_corpus_save (gpointer instance);
gboolean kw_corpus_merge (gpointer instance, GVariant *state, GError **error);
gboolean kw_corpus_end (gpointer instance, NpCorpus *corpus, GError **error);

/* g_string_append_len () without its generic insertion path (a tenth of
 * the instructions for the short strings phrases are made of) */
static inline void
kw_string_append (GString *s, const char *p, gsize len)
{
  if (s->len + len < s->allocated_len) /* room for the bytes and the NUL */
    {
      memcpy (s->str + s->len, p, len);
      s->len += len;
      s->str[s->len] = '\0';
      return;
    }
  gsize at = s->len;
  g_string_set_size (s, at + len);
  memcpy (s->str + at, p, len);
}

/* variant.c: the same value as g_variant_new_strv (strv, n), floating */
GVariant *kw_variant_new_strv (const char *const *strv, gsize n);
/* the same value as g_variant_new_fixed_array (G_VARIANT_TYPE_DOUBLE, v, n, sizeof (double)), floating */
GVariant *kw_variant_new_doubles (const double *v, gsize n);
/* out[i] = g_variant_new_string (strv[i]), cheaper; strv must be valid UTF-8 */
void kw_variant_new_strings (const char *const *strv, gsize n, GVariant **out);
/* the same with their lengths given (lens NULL: strlen) */
void kw_variant_new_strings_len (const char *const *strv, const gsize *lens, gsize n, GVariant **out);

/* Layer specs (plugin.c) */
extern const NpLayerSpec kw_phrase_layer;
extern const NpLayerSpec kw_candidates_layer;
extern const NpLayerSpec kw_corpus_phrase_layer;
extern const NpLayerSpec kw_corpus_document_layer;

/* Open-addressing tables of guint64 slots (hash << 32 | entry + 1, 0 for a
 * free slot; headings.c, forms.c): doubles *slots (*mask + 1 slots) and
 * puts every taken slot again by its hash. */
void kw_slots_grow (guint64 **slots, guint *mask);

/* The entry + 1 held by the first slot of hash in such a table (mask + 1
 * slots), or 0: the entry to prefetch ahead of a lookup. */
static inline guint32
kw_slots_first (const guint64 *slots, guint mask, guint32 hash)
{
  for (guint32 i = hash & mask; slots[i]; i = (i + 1) & mask)
    if ((guint32) (slots[i] >> 32) == hash)
      return (guint32) slots[i];
  return 0;
}

G_END_DECLS

#endif
