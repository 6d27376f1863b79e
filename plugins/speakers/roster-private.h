/* roster-private.h: the roster's structure, shared by roster.c (entries,
 * lookups) and roster-index.c (the per-tier indexes of the entries'
 * keys). */
#ifndef SP_ROSTER_PRIVATE_H
#define SP_ROSTER_PRIVATE_H

#include "speakers.h"

typedef struct
{
  const char *key;  /* NULL: free slot */
  guint hash;       /* of key and tier */
  guint tier;
  gpointer value;
  guint gen;        /* the roster it belongs to (SpRoster.gen): a table
                     * handed from roster to roster is not cleared */
} IndexSlot;

/* A slot of a roster's table of full names (by_name). */
typedef struct
{
  const char *key; /* an entry's full_key; NULL: free */
  guint hash;      /* g_str_hash (key) */
  guint entry;
} NameSlot;

#define NAME_SLOTS_INLINE 32

struct _SpRoster
{
  char *label;
  gboolean loose;
  GPtrArray *entries;          /* SpEntry* */
  /* full_key -> entry: open addressing, at most half full; small rosters
   * (one per document) use the inline slots */
  NameSlot *names;
  guint names_mask, names_used;
  NameSlot names_inline[NAME_SLOTS_INLINE];
  SpArena *arena;              /* the entries' records come from it (rosters of an analysis), or NULL */
  /* (tier, key) -> entries: one entry as a tagged integer ((entry << 1) | 1),
   * several as a GArray of guint; keys live in the string chunk.  The
   * tiers share one open-addressing table (a roster is built for every
   * document, and GHashTable's per-table growth dominated); the typo tier,
   * which is scanned in table order, keeps a GHashTable of its own. */
  IndexSlot *slots;            /* mask + 1 slots, free when key is NULL or gen not this roster's */
  guint mask;
  guint used;
  guint gen;
  GPtrArray *multi;            /* the GArray values of slots, freed with the roster */
  GHashTable *typo_index;
  GStringChunk *keys;          /* made on first use; with an arena, only for */
  GStringChunk *strings;       /* strings too long for it: the entries' strings
                                * are freed with the roster, not one by one */
  GHashTable *translit;        /* borrowed: see sp_roster_set_translit() */
  SpStrTable *name_forms;      /* borrowed, or NULL: see sp_roster_set_name_forms() */
  guint indexed;               /* entries already in the indexes */
  guint typo_indexed;          /* entries in the typo index, built on demand */
  /* the typo tier's keys as a flat list of (key, entry) in the order
   * sp_roster_ensure_typo_indexed() adds them (roster-index.c) */
  struct _TypoPair *typo_pairs;
  guint n_typo_pairs, typo_pairs_cap;
  guint typo_paired;           /* entries in typo_pairs */
};

#define SINGLE_ENTRY(e) GSIZE_TO_POINTER (((gsize) (e) << 1) | 1)
#define IS_SINGLE(v) ((GPOINTER_TO_SIZE (v) & 1) != 0)
#define SINGLE_VALUE(v) ((guint) (GPOINTER_TO_SIZE (v) >> 1))

/* What a full name gives an entry, whatever else the entry has: one block
 * (the struct, the word keys array, then the strings). */
typedef struct
{
  char *key;        /* sp_key (name) */
  char *first_last; /* key of first + last word; key itself for one word */
  guint n_words;
  char **word_keys; /* n_words keys and a NULL */
  /* the name tier's derived keys (index_entry()), NULL when not made:
   * first name + last initial, first initial + last name, initials */
  char *first_initial, *initial_last, *initials;
  /* g_str_hash() of the keys above, computed once */
  guint key_hash, first_last_hash, first_initial_hash, initial_last_hash, initials_hash;
  guint *word_hash; /* n_words */
  /* the fields of the first entries made under this name (a few ways of
   * writing them: with or without an affiliation, a handle), with their
   * index keys: attendees recur across the meetings of a series written
   * the same way.  Never freed while the form lives, since entries point
   * into them. */
  struct _EntryMemo *memo;
} NameForm;

/* What sp_roster_add() makes of the fields of a new entry, kept with the
 * NameForm of its name (one block; strings after the struct). */
typedef struct _EntryMemo
{
  struct _EntryMemo *next; /* the form's next memo, or NULL */
  /* the arguments as given, "" for NULL: the memo holds for these only */
  char *arg_abbreviation, *arg_handle, *arg_email, *arg_affiliation;
  /* the entry's fields (NULL when absent), as sp_roster_add() makes them */
  char *name, *abbreviation, *handle, *email, *affiliation, *handle_key;
  /* index keys of index_entry() (roster-index.c), NULL when none, and
   * their g_str_hash() */
  char *handle_stem, *email_local, *abbr_key;
  guint handle_key_hash, handle_stem_hash, email_local_hash, abbr_key_hash;
} EntryMemo;

/* roster-forms.c.  The NameForm of name (cleaned: the table's key), made
 * on first use in r's table of forms. */
const NameForm *sp_roster_name_form (SpRoster *r, const char *name);
/* The memo of form for a new entry named name with these fields (NULL or
 * "" when absent), made on first use; NULL when the name has its most
 * memos, none for these fields. */
const EntryMemo *sp_entry_memo_find (NameForm *form, const char *name, const char *abbreviation, const char *handle,
                                     const char *email, const char *affiliation);
/* Keys of the words of a full name, parenthesized parts left out, added
 * to out (allocated). */
void sp_roster_word_keys (GHashTable *translit, const char *name, GPtrArray *out);

/* Derived keys longer than this are not made (index_entry()). */
#define DERIVED_MAX 80

/* A copy of s that lives as long as the roster: in its arena, or in
 * *chunk (made on first use). */
static inline char *
sp_roster_keep_in (SpRoster *r, GStringChunk **chunk, const char *s)
{
  char *kept = r->arena ? sp_arena_strdup (r->arena, s) : NULL;
  if (kept)
    return kept;
  if (*chunk == NULL)
    *chunk = g_string_chunk_new (1024);
  return g_string_chunk_insert (*chunk, s);
}

/* An index value: one entry as a tagged integer, several as a GArray. */
void sp_roster_value_free (gpointer value);
/* The index value of (tier, key), or NULL; key_hash is g_str_hash (key). */
gpointer sp_roster_index_get_hashed (const SpRoster *r, SpTier tier, const char *key, guint key_hash);
/* Puts the entries added since the last call into the indexes (all tiers
 * but the typo tier, which sp_roster_ensure_typo_indexed() builds on its
 * first use: most rosters never need it). */
void sp_roster_ensure_indexed (SpRoster *r);
void sp_roster_ensure_typo_indexed (SpRoster *r);

/* One key of the typo tier and the entry it names. */
typedef struct _TypoPair
{
  const char *key;
  guint len;
  guint entry;
  guint64 bytes; /* sp_typo_bytes (key) */
} TypoPair;

/* The bytes a key holds, as a set of 64 (a byte's low six bits): an edit
 * changes at most two members, a transposition none, so two keys whose
 * sets differ in more than 2 * max members are more than max edits apart
 * and the typo tier need not measure them. */
static inline guint64
sp_typo_bytes (const char *key)
{
  guint64 set = 0;
  for (const char *p = key; *p; p++)
    set |= G_GUINT64_CONSTANT (1) << ((guchar) *p & 63);
  return set;
}

/* Puts the typo keys of the entries added (or completed) since the last
 * call into typo_pairs: the keys sp_roster_ensure_typo_indexed() would
 * add, in its order, without building its table. */
void sp_roster_ensure_typo_paired (SpRoster *r);

/* roster.c: entry added to m's candidates (entries of one first and last
 * name are one person, the earliest standing for them); the entries of an
 * index value (one entry, or an array of them) so added */
void sp_roster_add_candidate (const SpRoster *r, SpMatch *m, guint entry);
void sp_roster_add_value (const SpRoster *r, SpMatch *m, gpointer value);

/* roster-loose.c: the prefix tier and the typo tier of a lookup (key an
 * sp_key() form); TRUE when they add a candidate to m */
gboolean sp_roster_lookup_prefix (SpRoster *r, const char *key, SpCase name_case, SpMatch *m);
gboolean sp_roster_lookup_typo (SpRoster *r, const char *key, SpMatch *m);

#endif
