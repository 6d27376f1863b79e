/* output.c: the layers of the speakers plugin and its text summary.
 *
 * speakers.turn   one annotation per attributed item (OUTPUT.md contract);
 * speakers.person one per person who speaks, in order of first turn;
 * speakers.reply  who answers whom, an edge list a report can draw:
 *                 "nested"   an attributed item under the nearest
 *                            attributed item above it (a sub-bullet
 *                            answering its parent);
 *                 "sequence" an attributed item answering the previous
 *                            attributed item at its level in the same
 *                            section (transcripts: one paragraph per turn);
 *                 "context"  a sub-bullet without a mark under an
 *                            attributed item: it does not inherit the
 *                            speaker (it is often another voice), but it
 *                            is recorded as said in reply to that item;
 *                 "addressed" a directed turn ("Alice → Bob: ...")
 *                            answering the last turn of its addressee
 *                            before it (ahead of nested and sequence).
 * Replies of a speaker to themselves are not recorded. */
#include <string.h>

#include "speakers.h"

static const NpFeatureSpec turn_features[] = {
  { "speakers", NP_VALUE_STRING_LIST, 0, "canonical names of the speakers; UNKNOWN for an anonymous mark" },
  { "mentions", NP_VALUE_STRING_LIST, 0, "the speaker marks as written" },
  { "method", NP_VALUE_STRING, 0,
    "rule that decided: bracket, angle, voice, colon, abbreviation, bold, dash, comma, name, heading, headed, "
    "continued, chat, section, table, paren, scribed, hearing, meetbot, qa" },
  { "confidence", NP_VALUE_DOUBLE, 0, "0-1: the mark's form and how it resolved to the roster" },
  { "candidates", NP_VALUE_STRING_LIST, NP_FEATURE_OPTIONAL,
    "people an ambiguous mark may name (never guessed among)" },
  { "to", NP_VALUE_STRING_LIST, NP_FEATURE_OPTIONAL,
    "whom a directed turn speaks to (\"Alice -> Bob:\", \"Alice (to Bob):\"), named like speakers" },
  { NULL },
};

static const NpFeatureSpec person_features[] = {
  { "name", NP_VALUE_STRING, 0, "canonical name: roster full name, or the mark as written" },
  { "aliases", NP_VALUE_STRING_LIST, 0, "the names the document uses for this person" },
  { "items", NP_VALUE_INT, 0, "items attributed to this person" },
  { "words", NP_VALUE_INT, 0, "words in those items, marks left out" },
  { "sections", NP_VALUE_INT_LIST, 0, "ids of the sections the person speaks in" },
  { "source", NP_VALUE_STRING, NP_FEATURE_OPTIONAL,
    "where the name comes from: attendees, text, roster, marks; null when unresolved" },
  { "candidates", NP_VALUE_STRING_LIST, NP_FEATURE_OPTIONAL, "people an ambiguous name may be" },
  { NULL },
};

static const NpFeatureSpec reply_features[] = {
  { "answers", NP_VALUE_INT, 0, "id of the item answered" },
  { "from", NP_VALUE_STRING_LIST, 0, "speakers of this item (empty for an unmarked sub-bullet)" },
  { "to", NP_VALUE_STRING_LIST, 0, "speakers of the item answered" },
  { "relation", NP_VALUE_STRING, 0, "nested, sequence, context or addressed" },
  { NULL },
};

const NpLayerSpec sp_turn_layer = { "speakers.turn", NP_TARGET_ITEM, "the speakers of an item", turn_features };
const NpLayerSpec sp_person_layer = { "speakers.person", NP_TARGET_DOCUMENT, "one entry per person who speaks",
                                      person_features };
const NpLayerSpec sp_reply_layer = { "speakers.reply", NP_TARGET_ITEM, "who answers whom: one edge per reply",
                                     reply_features };

/* Feature positions in the specs above, for np_annotation_share_index(). */
enum
{
  TURN_SPEAKERS = 0,
  TURN_MENTIONS,
  TURN_METHOD,
  TURN_CONFIDENCE,
  TURN_CANDIDATES,
  TURN_TO,
};
enum
{
  PERSON_NAME = 0,
  PERSON_ALIASES,
  PERSON_ITEMS,
  PERSON_WORDS,
  PERSON_SECTIONS,
  PERSON_SOURCE,
  PERSON_CANDIDATES,
};
enum
{
  REPLY_ANSWERS = 0,
  REPLY_FROM,
  REPLY_TO,
  REPLY_RELATION,
};

typedef enum
{
  RELATION_NESTED = 0,
  RELATION_SEQUENCE,
  RELATION_CONTEXT,
  RELATION_ADDRESSED,
} Relation;

static const char *const relation_names[] = { "nested", "sequence", "context", "addressed" };

/* Values repeat across annotations and documents (the same speakers,
 * marks, methods, names of a meeting series), so each distinct value is
 * built once and shared: the instance's scratch keeps them (sp_scratch_*),
 * and the speakers of one person are also kept per document in an array
 * by person index, which a turn reads without hashing.  The caches lend
 * their values (borrowed, no reference taken), and each is written with
 * np_annotation_share_index(): a layer takes one reference per distinct
 * value, so a value shared by many annotations costs no reference count
 * per use. */
/* Mentions of one document by their bytes, direct-mapped: a turn's mark
 * is compared where it hashes, ahead of the instance's table. */
#define MENTION_SLOTS 128

typedef struct
{
  const char *text; /* in the document's text */
  gsize len;
  GVariant *value;  /* a reference */
} MentionSlot;

typedef struct
{
  GVariant **single;   /* person index -> GVariant as of that one name (a reference) */
  guint n_single;
  GVariant **speakers_of; /* item -> the value its turn's `speakers` took, or NULL (the
                           * turn layer holds it) */
  SpScratch *scratch;
  GString *key;        /* key buffer for sp_scratch_value() */
  MentionSlot mentions[MENTION_SLOTS];
} ValueCache;

static void
cache_init (ValueCache *vc, guint n_persons, SpScratch *scratch)
{
  memset (vc->mentions, 0, sizeof vc->mentions);
  vc->scratch = scratch;
  vc->single = sp_scratch_get (scratch, SP_BUF_SINGLE, sizeof (GVariant *) * (n_persons + 1), TRUE);
  vc->n_single = n_persons;
  vc->key = scratch->key;
  vc->speakers_of = NULL;
}

static void
cache_clear (ValueCache *vc)
{
  for (guint i = 0; i < vc->n_single; i++)
    if (vc->single[i])
      g_variant_unref (vc->single[i]);
  for (guint i = 0; i < MENTION_SLOTS; i++)
    if (vc->mentions[i].value)
      g_variant_unref (vc->mentions[i].value);
}

/* Keys of the instance's value table: a kind byte, then the value's text
 * (list elements separated by \x1f). */
enum
{
  KEY_STRING = 's',
  KEY_NAMES = 'n',   /* speakers, from, to: canonical names */
  KEY_MENTION = 'm', /* mentions: one mark as written */
  KEY_LIST = 'l',    /* aliases and candidates */
};

static void
key_start (ValueCache *vc, char kind)
{
  g_string_truncate (vc->key, 0);
  g_string_append_c (vc->key, kind);
}

/* A string value (borrowed); text that is not UTF-8 gets "" (never
 * expected: the document's text is valid and names come from it). */
static GVariant *
cached_string (ValueCache *vc, const char *s)
{
  key_start (vc, KEY_STRING);
  g_string_append (vc->key, s);
  GVariant *v = sp_scratch_lookup (vc->scratch, vc->key->str, vc->key->len);
  if (v == NULL)
    v = sp_scratch_keep (vc->scratch, vc->key->str, vc->key->len,
                         g_variant_new_string (g_utf8_validate (s, -1, NULL) ? s : ""));
  return v;
}

/* A string list from n strings (borrowed; valid UTF-8, checked when first
 * built: an invalid list is NULL and the caller lets the core report it). */
static GVariant *
cached_list (ValueCache *vc, char kind, const char *const *strings, guint n)
{
  key_start (vc, kind);
  for (guint k = 0; k < n; k++)
    {
      if (k)
        g_string_append_c (vc->key, '\x1f');
      g_string_append (vc->key, strings[k]);
    }
  GVariant *v = sp_scratch_lookup (vc->scratch, vc->key->str, vc->key->len);
  if (v == NULL)
    {
      for (guint k = 0; k < n; k++)
        if (!g_utf8_validate (strings[k], -1, NULL))
          return NULL;
      v = sp_scratch_keep (vc->scratch, vc->key->str, vc->key->len, g_variant_new_strv (strings, n));
    }
  return v;
}

static GVariant *
cached_double (ValueCache *vc, double d)
{
  return sp_scratch_double (vc->scratch, d);
}

/* A person's source: one of the four names turns.c gives (its fixed
 * slot, no lookup by text), or any other string by its text. */
static GVariant *
source_value (ValueCache *vc, const char *source)
{
  static const char *const sources[] = { "attendees", "text", "roster", "marks" };
  for (guint k = 0; k < G_N_ELEMENTS (sources); k++)
    if (source[0] == sources[k][0] && strcmp (source, sources[k]) == 0)
      return sp_scratch_fixed (vc->scratch, SP_FIXED_SOURCE + k, sources[k]);
  return cached_string (vc, source);
}

/* Counts of a person (items, words) and the item ids replies answer
 * repeat within and across documents: the instance keeps them. */
static GVariant *
cached_int (ValueCache *vc, gint64 value)
{
  return sp_scratch_int (vc->scratch, value);
}

/* The speakers of a turn as a string list (borrowed). */
static GVariant *
cached_speakers (ValueCache *vc, const SpAnalysis *a, const SpTurn *t)
{
  if (t == NULL || t->n_speakers == 0)
    return vc->scratch->empty;
  /* one speaker, seen before in this document: no names to gather */
  GVariant **single = t->n_speakers == 1 && t->speakers[0] < vc->n_single ? &vc->single[t->speakers[0]] : NULL;
  if (single && *single)
    return *single;
  const char *names[SP_MAX_NAMES + 1] = { NULL };
  for (guint k = 0; k < t->n_speakers; k++)
    names[k] = ((SpPerson *) g_ptr_array_index (a->persons, t->speakers[k]))->name;
  if (single)
    {
      GVariant *v = cached_list (vc, KEY_NAMES, names, 1);
      *single = v ? g_variant_ref (v) : NULL; /* the per-document array holds its own */
      return v;
    }
  return cached_list (vc, KEY_NAMES, names, t->n_speakers);
}

static GVariant *cached_mention_kept (ValueCache *vc, const char *mention, gsize n);

static GVariant *
cached_mention (ValueCache *vc, const char *mention, gsize n)
{
  guint h = (guint) n;
  for (gsize i = 0; i < n; i++)
    h = h * 31u + (guchar) mention[i];
  MentionSlot *slot = &vc->mentions[h & (MENTION_SLOTS - 1)];
  if (slot->value && slot->len == n && memcmp (slot->text, mention, n) == 0)
    return slot->value;
  GVariant *v = cached_mention_kept (vc, mention, n);
  if (slot->value)
    g_variant_unref (slot->value);
  slot->text = mention;
  slot->len = n;
  slot->value = g_variant_ref (v);
  return v;
}

static GVariant *
cached_mention_kept (ValueCache *vc, const char *mention, gsize n)
{
  key_start (vc, KEY_MENTION);
  g_string_append_len (vc->key, mention, n);
  GVariant *v = sp_scratch_lookup (vc->scratch, vc->key->str, vc->key->len);
  if (v == NULL)
    {
      const char *m[] = { vc->key->str + 1, NULL };
      v = sp_scratch_keep (vc->scratch, vc->key->str, vc->key->len, g_variant_new_strv (m, 1));
    }
  return v;
}

/* When a list value could not be built (text not UTF-8, never expected),
 * the core's checking setter reports the list. */
static void
list_fallback (NpAnnotation *an, const char *feature, GVariant *v, const char *const *strings, guint n)
{
  if (v == NULL && an != NULL)
    np_annotation_set_strv (an, feature, strings, n);
}

/* An `ax` of the values of a GArray of gint64 (borrowed): the same value
 * as g_variant_new_fixed_array() builds, made from a copy the variant owns
 * (several times cheaper: no per-element type checks). */
static GVariant *
int_list (SpScratch *scratch, const GArray *values)
{
  gsize size = values->len * sizeof (gint64);
  /* one small value (a person who spoke in one section): kept per
   * instance, immutable */
  if (values->len == 1 && g_array_index (values, gint64, 0) >= 0
      && g_array_index (values, gint64, 0) < (gint64) G_N_ELEMENTS (scratch->one_ints))
    {
      GVariant **v = &scratch->one_ints[g_array_index (values, gint64, 0)];
      if (*v == NULL)
        {
          gpointer copy = g_memdup2 (values->data, size);
          *v = g_variant_ref_sink (g_variant_new_from_data (G_VARIANT_TYPE ("ax"), copy, size, TRUE, g_free, copy));
        }
      return *v;
    }
  if (size == 0)
    return sp_scratch_loose (scratch, g_variant_new_from_data (G_VARIANT_TYPE ("ax"), NULL, 0, TRUE, NULL, NULL));
  gpointer copy = g_memdup2 (values->data, size);
  return sp_scratch_loose (scratch, g_variant_new_from_data (G_VARIANT_TYPE ("ax"), copy, size, TRUE, g_free, copy));
}

static gboolean
same_speakers (const SpTurn *a, const SpTurn *b)
{
  if (a->n_speakers != b->n_speakers)
    return FALSE;
  for (guint i = 0; i < a->n_speakers; i++)
    {
      gboolean found = FALSE;
      for (guint j = 0; j < b->n_speakers; j++)
        found |= a->speakers[i] == b->speakers[j];
      if (!found)
        return FALSE;
    }
  return TRUE;
}

/* When a speaker list could not be built (cached_speakers() NULL), the
 * core's checking setter reports the names. */
static void
speakers_fallback (NpAnnotation *an, const char *feature, GVariant *v, const SpAnalysis *a, const SpTurn *t)
{
  if (v != NULL || an == NULL)
    return;
  const char *names[SP_MAX_NAMES + 1] = { NULL };
  for (guint k = 0; k < t->n_speakers; k++)
    names[k] = ((SpPerson *) g_ptr_array_index (a->persons, t->speakers[k]))->name;
  np_annotation_set_strv (an, feature, names, t->n_speakers);
}

/* The speakers of an attributed item: the value its turn annotation took,
 * when there is one (the same value cached_speakers() would give again,
 * without its lookups). */
static GVariant *
turn_speakers (ValueCache *vc, const SpAnalysis *a, guint item)
{
  GVariant *v = vc->speakers_of[item];
  return v ? v : cached_speakers (vc, a, &a->turns[item]);
}

static void
add_reply (ValueCache *vc, NpLayer *layer, const SpAnalysis *a, guint from, guint to, Relation relation)
{
  const SpTurn *tf = &a->turns[from];
  GVariant *v[REPLY_RELATION + 1];
  v[REPLY_ANSWERS] = cached_int (vc, to);
  v[REPLY_FROM] = tf->attributed ? turn_speakers (vc, a, from) : cached_speakers (vc, a, NULL);
  v[REPLY_TO] = turn_speakers (vc, a, to); /* an answered item is attributed */
  v[REPLY_RELATION] = sp_scratch_fixed (vc->scratch, SP_FIXED_RELATION + relation, relation_names[relation]);
  NpAnnotation *r = np_layer_append_shared (layer, from, v);
  speakers_fallback (r, "from", v[REPLY_FROM], a, tf);
  speakers_fallback (r, "to", v[REPLY_TO], a, &a->turns[to]);
}

/* A reply found by write_replies(), written in a second loop. */
typedef struct
{
  guint32 from, to;
  Relation relation;
} Edge;

/* How many replies ahead the written one the answered item's value is
 * fetched: enough to cover a miss to memory. */
#define EDGE_PREFETCH 8

static void
write_replies (ValueCache *vc, NpLayer *layer, const NpDocument *doc, const SpAnalysis *a)
{
  guint n_items;
  const NpItem *items = np_document_get_items (doc, &n_items);
  /* last attributed item under each parent (index parent + 1), with the
   * section it was in: a sequence is one parent in one section */
  gint32 *last = sp_scratch_get (vc->scratch, SP_BUF_REPLY_LAST, sizeof (gint32) * (n_items + 1), FALSE);
  /* at most one reply per item */
  Edge *edges = sp_scratch_get (vc->scratch, SP_BUF_EDGES, sizeof (Edge) * (n_items + 1), FALSE);
  guint n_edges = 0;
  for (guint i = 0; i <= n_items; i++)
    last[i] = NP_NONE;
  /* the last turn of each person, kept only where a turn is directed */
  g_autofree gint32 *last_of = a->n_directed ? g_new (gint32, a->persons->len) : NULL;
  for (guint p = 0; last_of && p < a->persons->len; p++)
    last_of[p] = NP_NONE;
  for (guint i = 0; i < n_items; i++)
    {
      const SpTurn *t = &a->turns[i];
      if (!t->attributed)
        {
          gint32 p = items[i].parent;
          if (p != NP_NONE && a->turns[p].attributed && items[i].kind != NP_ITEM_CODE)
            edges[n_edges++] = (Edge) { i, (guint32) p, RELATION_CONTEXT };
          continue;
        }
      gboolean addressed = FALSE;
      if (last_of)
        {
          if (t->to && last_of[t->to - 1] != NP_NONE && !same_speakers (t, &a->turns[last_of[t->to - 1]]))
            {
              edges[n_edges++] = (Edge) { i, (guint32) last_of[t->to - 1], RELATION_ADDRESSED };
              addressed = TRUE;
            }
          for (guint k = 0; k < t->n_speakers; k++)
            last_of[t->speakers[k]] = (gint32) i;
        }
      gint32 up = items[i].parent;
      while (up != NP_NONE && !a->turns[up].attributed)
        up = items[up].parent;
      if (up != NP_NONE)
        {
          if (!addressed && !same_speakers (t, &a->turns[up]))
            edges[n_edges++] = (Edge) { i, (guint32) up, RELATION_NESTED };
        }
      else
        {
          gint32 *slot = &last[items[i].parent + 1];
          gint32 prev = *slot;
          if (!addressed && prev != NP_NONE && items[prev].section == items[i].section
              && !same_speakers (t, &a->turns[prev]))
            edges[n_edges++] = (Edge) { i, (guint32) prev, RELATION_SEQUENCE };
          *slot = i;
        }
    }
  /* the answered items' values (`answers`) were mostly made for earlier
   * documents and are cold: each is fetched a few replies ahead */
  for (guint j = 0; j < MIN (n_edges, EDGE_PREFETCH); j++)
    sp_scratch_int_prefetch (vc->scratch, edges[j].to);
  for (guint j = 0; j < n_edges; j++)
    {
      if (j + EDGE_PREFETCH < n_edges)
        sp_scratch_int_prefetch (vc->scratch, edges[j + EDGE_PREFETCH].to);
      add_reply (vc, layer, a, edges[j].from, edges[j].to, edges[j].relation);
    }
}

gboolean
sp_write_layers (NpDocument *doc, const SpAnalysis *a, SpScratch *scratch, GError **error)
{
  NpLayer *turns = np_document_get_layer_for_write (doc, "speakers.turn", error);
  if (turns == NULL)
    return FALSE;
  NpLayer *persons = np_document_get_layer_for_write (doc, "speakers.person", error);
  if (persons == NULL)
    return FALSE;
  NpLayer *replies = np_document_get_layer_for_write (doc, "speakers.reply", error);
  if (replies == NULL)
    return FALSE;

  sp_scratch_begin_layers (scratch); /* the last document's layers hold them now */
  ValueCache vc;
  cache_init (&vc, a->persons->len, scratch);
  /* written for attributed items only, read for them only */
  vc.speakers_of = sp_scratch_get (scratch, SP_BUF_SPEAKERS_OF, sizeof (GVariant *) * (a->n_items + 1), FALSE);
  for (guint i = 0; i < a->n_items; i++)
    {
      const SpTurn *t = &a->turns[i];
      if (!t->attributed)
        continue;
      GVariant *v[TURN_TO + 1] = { NULL };
      GVariant *speakers = cached_speakers (&vc, a, t);
      vc.speakers_of[i] = speakers;
      v[TURN_SPEAKERS] = speakers;
      /* a mark read from the instance's cache is written as its value */
      GVariant **kept = sp_mark_reading_mention (t->reading);
      GVariant *mention = kept && *kept ? *kept
                                        : cached_mention (&vc, t->mention ? t->mention : "",
                                                          t->mention ? t->mention_len : 0);
      if (kept && *kept == NULL)
        *kept = g_variant_ref (mention);
      v[TURN_MENTIONS] = mention;
      v[TURN_METHOD] = sp_scratch_fixed (scratch, SP_FIXED_METHOD + t->method, sp_method_name (t->method));
      v[TURN_CONFIDENCE] = cached_double (&vc, t->confidence);
      SpTurn to = { .n_speakers = 1, .speakers = { t->to ? t->to - 1 : 0 } };
      if (t->to)
        v[TURN_TO] = cached_speakers (&vc, a, &to);
      guint n_candidates = 0;
      for (guint k = 0; k < t->n_speakers; k++)
        n_candidates += ((const SpPerson *) g_ptr_array_index (a->persons, t->speakers[k]))->candidates->len;
      g_autoptr (GPtrArray) candidates = n_candidates ? g_ptr_array_new () : NULL;
      for (guint k = 0; candidates && k < t->n_speakers; k++)
        {
          const SpPerson *p = g_ptr_array_index (a->persons, t->speakers[k]);
          for (guint j = 0; j < p->candidates->len; j++)
            g_ptr_array_add (candidates, g_ptr_array_index (p->candidates, j));
        }
      if (candidates)
        v[TURN_CANDIDATES]
            = cached_list (&vc, KEY_LIST, (const char *const *) candidates->pdata, candidates->len);
      NpAnnotation *an = np_layer_append_shared (turns, i, v);
      speakers_fallback (an, "speakers", speakers, a, t);
      if (t->to)
        speakers_fallback (an, "to", v[TURN_TO], a, &to);
      if (candidates)
        list_fallback (an, "candidates", v[TURN_CANDIDATES], (const char *const *) candidates->pdata,
                       candidates->len);
    }

  for (guint i = 0; i < a->persons->len; i++)
    {
      const SpPerson *p = g_ptr_array_index (a->persons, i);
      if (p->items == 0)
        continue;
      GVariant *v[PERSON_CANDIDATES + 1] = { NULL };
      gboolean name_ok = g_utf8_validate (p->name, -1, NULL);
      v[PERSON_NAME] = name_ok ? cached_string (&vc, p->name) : NULL;
      const char *const *aliases = (const char *const *) p->aliases->pdata;
      v[PERSON_ALIASES] = cached_list (&vc, KEY_LIST, aliases, p->aliases->len);
      v[PERSON_ITEMS] = cached_int (&vc, p->items);
      v[PERSON_WORDS] = cached_int (&vc, p->words);
      v[PERSON_SECTIONS] = int_list (vc.scratch, p->sections);
      if (p->source)
        v[PERSON_SOURCE] = source_value (&vc, p->source);
      const char *const *c = (const char *const *) p->candidates->pdata;
      if (p->candidates->len)
        v[PERSON_CANDIDATES] = cached_list (&vc, KEY_LIST, c, p->candidates->len);
      NpAnnotation *an = np_layer_append_shared (persons, 0, v);
      if (!name_ok && an)
        np_annotation_set_string (an, "name", p->name); /* reports it */
      list_fallback (an, "aliases", v[PERSON_ALIASES], aliases, p->aliases->len);
      if (p->candidates->len)
        list_fallback (an, "candidates", v[PERSON_CANDIDATES], c, p->candidates->len);
    }

  write_replies (&vc, replies, doc, a);
  cache_clear (&vc);
  return TRUE;
}

/* ---- summary ----------------------------------------------------------- */

/* Lists of names (a reply's `from` and `to`) numbered by what they hold:
 * the plugin shares one value among the replies of the same speakers, so
 * a value is joined (" & ") once and later met by its address; two values
 * holding the same names get the same number.  Number 0 is no name. */
typedef struct
{
  GHashTable *by_value; /* GVariant* -> number */
  GHashTable *by_text;  /* joined names -> number */
  GPtrArray *texts;     /* number -> joined names (owned) */
  GVariant *last;       /* the value asked last, and its number */
  guint last_id;
} NameIds;

static void
name_ids_init (NameIds *n)
{
  n->by_value = g_hash_table_new (g_direct_hash, g_direct_equal);
  n->by_text = g_hash_table_new (g_str_hash, g_str_equal);
  n->texts = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (n->texts, g_strdup (""));
  g_hash_table_insert (n->by_text, g_ptr_array_index (n->texts, 0), GUINT_TO_POINTER (0));
  n->last = NULL;
  n->last_id = 0;
}

static void
name_ids_clear (NameIds *n)
{
  g_hash_table_unref (n->by_value);
  g_hash_table_unref (n->by_text);
  g_ptr_array_unref (n->texts);
}

static guint
name_id (NameIds *n, GVariant *names)
{
  if (names == NULL)
    return 0;
  if (names == n->last)
    return n->last_id;
  gpointer found;
  guint id;
  if (g_hash_table_lookup_extended (n->by_value, names, NULL, &found))
    id = GPOINTER_TO_UINT (found);
  else
    {
      gsize len = 0;
      g_autofree const char **list = g_variant_get_strv (names, &len);
      char *text = g_strjoinv (" & ", (char **) list);
      if (g_hash_table_lookup_extended (n->by_text, text, NULL, &found))
        {
          id = GPOINTER_TO_UINT (found);
          g_free (text);
        }
      else
        {
          id = n->texts->len;
          g_ptr_array_add (n->texts, text);
          g_hash_table_insert (n->by_text, text, GUINT_TO_POINTER (id));
        }
      g_hash_table_insert (n->by_value, names, GUINT_TO_POINTER (id));
    }
  n->last = names;
  n->last_id = id;
  return id;
}

/* v in decimal into buf (at least 21 bytes), as printf's %lld writes it */
static const char *
decimal (char *buf, gint64 v)
{
  char tmp[24];
  guint64 u = v < 0 ? 0 - (guint64) v : (guint64) v;
  int n = 0;
  do
    tmp[n++] = (char) ('0' + u % 10);
  while ((u /= 10) != 0);
  int k = 0;
  if (v < 0)
    buf[k++] = '-';
  while (n > 0)
    buf[k++] = tmp[--n];
  buf[k] = '\0';
  return buf;
}

static int
compare_u64 (const void *a, const void *b)
{
  guint64 x = *(const guint64 *) a, y = *(const guint64 *) b;
  return x < y ? -1 : x > y;
}

/* A pair of name lists (numbers of NameIds) and how many replies it has */
typedef struct
{
  guint from, to, n;
} PairCount;

/* The bytes of "first<TAB>second", one at a time (0 at the end) */
typedef struct
{
  const char *p, *second;
  gboolean in_second;
} TabJoined;

static int
tab_joined_next (TabJoined *it)
{
  if (*it->p)
    return (unsigned char) *it->p++;
  if (it->in_second)
    return 0;
  it->in_second = TRUE;
  it->p = it->second;
  return '\t';
}

/* strcmp of "a<TAB>a2" with "b<TAB>b2", without making them */
static int
compare_tab_joined (const char *a, const char *a2, const char *b, const char *b2)
{
  TabJoined x = { a, a2, FALSE }, y = { b, b2, FALSE };
  for (;;)
    {
      int c = tab_joined_next (&x), d = tab_joined_next (&y);
      if (c != d || c == 0)
        return c - d;
    }
}

/* Most replies first, then by the names as strcmp orders "from<TAB>to" */
static gint
pair_compare (gconstpointer a, gconstpointer b, gpointer data)
{
  const PairCount *x = a, *y = b;
  const GPtrArray *texts = data;
  if (x->n != y->n)
    return x->n > y->n ? -1 : 1;
  return compare_tab_joined (g_ptr_array_index (texts, x->from), g_ptr_array_index (texts, x->to),
                             g_ptr_array_index (texts, y->from), g_ptr_array_index (texts, y->to));
}

/* "Who answers whom": the replies counted by their pair of name lists
 * (numbers from and to in one 64-bit key, sorted, counted by runs), the
 * ten most frequent pairs, ties by the names. */
static void
summarize_replies (const NpLayer *rl, NpSummary *summary)
{
  NameIds ids;
  name_ids_init (&ids);
  guint n = np_layer_get_size (rl);
  guint64 *keys = g_new (guint64, MAX (n, 1));
  guint n_keys = 0;
  for (guint i = 0; i < n; i++)
    {
      const NpAnnotation *r = np_layer_get_annotation (rl, i);
      guint from = name_id (&ids, np_annotation_get (r, "from"));
      guint to = name_id (&ids, np_annotation_get (r, "to"));
      if (from && to)
        keys[n_keys++] = (guint64) from << 32 | to;
    }
  qsort (keys, n_keys, sizeof *keys, compare_u64);
  g_autoptr (GArray) pairs = g_array_new (FALSE, FALSE, sizeof (PairCount));
  for (guint i = 0, j; i < n_keys; i = j)
    {
      for (j = i + 1; j < n_keys && keys[j] == keys[i]; j++)
        ;
      PairCount pc = { (guint) (keys[i] >> 32), (guint) (keys[i] & 0xffffffffu), j - i };
      g_array_append_val (pairs, pc);
    }
  g_free (keys);
  if (pairs->len > 0)
    {
      g_array_sort_with_data (pairs, pair_compare, ids.texts);
      static const char *const rcolumns[] = { "speaker", "answers", "replies>", NULL };
      NpSummaryTable *rt = np_summary_add_table (summary, "Who answers whom", rcolumns);
      for (guint i = 0; i < pairs->len && i < 10; i++)
        {
          const PairCount *pc = &g_array_index (pairs, PairCount, i);
          char count[24];
          const char *cells[] = { g_ptr_array_index (ids.texts, pc->from), g_ptr_array_index (ids.texts, pc->to),
                                  decimal (count, pc->n), NULL };
          np_summary_table_add_row (rt, cells);
        }
    }
  name_ids_clear (&ids);
}

void
sp_summarize (const NpDocument *doc, NpSummary *summary)
{
  const NpLayer *pl = np_document_get_layer (doc, "speakers.person");
  const NpLayer *tl = np_document_get_layer (doc, "speakers.turn");
  const NpLayer *rl = np_document_get_layer (doc, "speakers.reply");
  if (pl == NULL || tl == NULL)
    return;
  guint n_sections;
  const NpSection *sections = np_document_get_sections (doc, &n_sections);
  guint resolved = 0;
  for (guint i = 0; i < np_layer_get_size (pl); i++)
    resolved += np_annotation_get_string (np_layer_get_annotation (pl, i), "source") != NULL;
  np_summary_add_line (summary, "%u speakers (%u named in full by a roster or the notes) in %u attributed items",
                       np_layer_get_size (pl), resolved, np_layer_get_size (tl));
  if (np_layer_get_size (pl) == 0)
    return;

  static const char *const columns[] = { "speaker", "turns>", "words>", "topics", NULL };
  NpSummaryTable *t = np_summary_add_table (summary, "Speakers", columns);
  for (guint i = 0; i < np_layer_get_size (pl); i++)
    {
      const NpAnnotation *p = np_layer_get_annotation (pl, i);
      char turns[24], words[24];
      decimal (turns, np_annotation_get_int (p, "items", 0));
      decimal (words, np_annotation_get_int (p, "words", 0));
      GString *topics = g_string_new (NULL);
      GVariant *secs = np_annotation_get (p, "sections");
      gsize n = 0;
      const gint64 *ids = secs ? g_variant_get_fixed_array (secs, &n, sizeof (gint64)) : NULL;
      for (gsize k = 0; k < n && k < 3; k++)
        if (ids[k] >= 0 && (guint64) ids[k] < n_sections)
          {
            if (topics->len)
              g_string_append (topics, "; ");
            g_string_append (topics, sections[ids[k]].title);
          }
      if (n > 3)
        g_string_append_printf (topics, " (+%zu)", n - 3);
      const char *cells[] = { np_annotation_get_string (p, "name"), turns, words, topics->str, NULL };
      np_summary_table_add_row (t, cells);
      g_string_free (topics, TRUE);
    }

  if (rl != NULL && np_layer_get_size (rl) > 0)
    summarize_replies (rl, summary);
}
