/* attribute-private.h: what attribute.c (deciding which marks are speakers)
 * and turns.c (naming people, building turns) share about one document's
 * analysis.  Internal to the plugin. */
#ifndef SPEAKERS_ATTRIBUTE_PRIVATE_H
#define SPEAKERS_ATTRIBUTE_PRIVATE_H

#include "speakers.h"

G_BEGIN_DECLS

typedef enum
{
  CAND_NONE = 0,
  CAND_WEAK,       /* colon-like mark, unresolved */
  CAND_WEAK_UPPER, /* unresolved abbreviation */
  CAND_WEAK_KEY,   /* comma or dash mark: only a known speaker */
  CAND_WEAK_NAME,  /* full name without delimiter, or bare name */
  CAND_ACCEPTED,
  CAND_REJECTED,
} CandState;

typedef struct
{
  SpMark mark;
  CandState state;
  SpMatch match[SP_MAX_NAMES];
  char *keys[SP_MAX_NAMES];
  gboolean use_name3;
  gboolean drop_affiliation; /* [Nicholas, datadog]: one speaker */
} Cand;

typedef struct
{
  const NpDocument *doc;
  const NpItem *items;
  guint n_items;
  Cand **cands;              /* per item, NULL for items without a mark */
  guint8 *roster_items;
  gboolean *has_children;
  gint32 *prev_sibling, *next_sibling;
  SpRoster *doc_roster;
  SpRoster *derived;
  GPtrArray *external;
  const SpConfig *config;
  GHashTable *match_cache;   /* "case|name" -> SpMatch* */
  GHashTable *key_count;     /* key -> items with a mark of that key */
  GHashTable *name_count;    /* key -> items opening with that full name */
  GHashTable *accepted_keys; /* key -> TRUE */
  GHashTable *person_index;  /* key -> person index + 1 */
  /* person_for() by the address of a known key (roster and candidate keys
   * live, unchanged, until the analysis ends): direct-mapped, ahead of
   * person_index */
  const char *accepted_memo[64]; /* keys known to be in accepted_keys, by address */
  const char *count_memo_key[64];   /* count_key(): key address and table -> its count */
  GHashTable *count_memo_table[64];
  guint *count_memo[64];
  const char *person_memo_key[64];
  guint person_memo[64];
  guint8 *common;            /* norm id -> uses in speech in lower case; built on demand */
  SpScratch *scratch;        /* the instance's buffers: the per-item arrays live there */
  GPtrArray *cand_blocks;    /* Cand[CAND_BLOCK] (the scratch's): candidates are carved from these */
  guint n_blocks;            /* blocks of cand_blocks in use for this document */
  guint cand_used;           /* candidates used in the last block */
  guint *counts;             /* key_count and name_count values point here */
  guint n_counts;
  gboolean roster_rich;      /* the roster names nearly every speaker of pass 1 */
  SpAnalysis *result;
} Ctx;

static inline gboolean
sp_matched (const SpMatch *m)
{
  return m->roster != NULL && m->n_candidates >= 1;
}

static inline gboolean
sp_unique (const SpMatch *m)
{
  return m->roster != NULL && m->n_candidates == 1;
}

static inline gboolean
sp_skip_item (const Ctx *c, guint i)
{
  const NpItem *it = &c->items[i];
  return it->kind == NP_ITEM_CODE || it->kind == NP_ITEM_TABLE_ROW || (it->flags & NP_ITEM_NO_ANALYSIS)
         || c->roster_items[i];
}

/* Is key the key of an accepted mark (or of the person it names)? */
gboolean sp_key_accepted (const Ctx *c, const char *key);

/* turns.c: pass 4 */
void sp_make_turns (Ctx *c);
void sp_person_free (gpointer data);

G_END_DECLS

#endif
