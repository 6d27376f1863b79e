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

/* Values are written typed (np_annotation_put_*, API 1.13): numbers and
 * the methods' and relations' names as they are, strings and lists kept
 * by each layer once per document and put in as many annotations as
 * need them (a person's one-name list, a mark as written), so a value
 * costs no GVariant, no reference count and no lookup in a table of the
 * instance. */

/* A layer being written and its lists of one document, built on first
 * use: a person's name alone, by person index, and marks as written. */
#define MENTION_SLOTS 128

typedef struct
{
  const char *text; /* in the document's text */
  gsize len;
  const char *const *kept;
} MentionSlot;

typedef struct
{
  NpLayer *layer;
  const SpAnalysis *a;
  const char *const **single; /* person index -> kept list of the name, or NULL */
  const char *const *empty;
  MentionSlot mentions[MENTION_SLOTS];
} Lists;

static void
lists_init (Lists *l, NpLayer *layer, const SpAnalysis *a)
{
  memset (l->mentions, 0, sizeof l->mentions);
  l->layer = layer;
  l->a = a;
  l->single = g_new0 (const char *const *, a->persons->len + 1);
  l->empty = NULL;
}

static void
lists_clear (Lists *l)
{
  g_free (l->single);
}

static const char *
person_name (const SpAnalysis *a, guint p)
{
  return ((const SpPerson *) g_ptr_array_index (a->persons, p))->name;
}

/* The names of n people (person indices) as a kept list; NULL when a name
 * is not UTF-8 (never expected: names come from the document's text). */
static const char *const *
names_list (Lists *l, const guint *people, guint n)
{
  if (n == 0)
    {
      if (l->empty == NULL)
        l->empty = np_layer_keep_strv (l->layer, NULL, 0);
      return l->empty;
    }
  if (n == 1)
    {
      const char *const **single = &l->single[people[0]];
      if (*single == NULL)
        {
          const char *name[] = { person_name (l->a, people[0]) };
          *single = np_layer_keep_strv (l->layer, name, 1);
        }
      return *single;
    }
  const char *names[SP_MAX_NAMES];
  for (guint k = 0; k < n; k++)
    names[k] = person_name (l->a, people[k]);
  return np_layer_keep_strv (l->layer, names, n);
}

/* Puts a list of strings kept for this annotation (or reported, as above) */
static void
put_strings (NpLayer *layer, NpAnnotation *an, guint index, const char *feature, const char *const *strings, guint n)
{
  const char *const *kept = np_layer_keep_strv (layer, strings, n);
  if (kept)
    np_annotation_put_strv (an, index, kept);
  else
    np_annotation_set_strv (an, feature, strings, n);
}

/* The mark as written (len bytes of the document's text) as a kept list
 * of one string; marks repeat (a TC39 day is ~30 marks in ~780 turns) */
static const char *const *
mention_list (Lists *l, const char *mention, gsize n)
{
  guint h = (guint) n;
  for (gsize i = 0; i < n; i++)
    h = h * 31u + (guchar) mention[i];
  MentionSlot *slot = &l->mentions[h & (MENTION_SLOTS - 1)];
  if (slot->kept && slot->len == n && memcmp (slot->text, mention, n) == 0)
    return slot->kept;
  char buf[256];
  char *text = n < sizeof buf ? buf : g_malloc (n + 1);
  memcpy (text, mention, n);
  text[n] = '\0';
  const char *one[] = { text };
  const char *const *kept = np_layer_keep_strv (l->layer, one, 1);
  if (text != buf)
    g_free (text);
  if (kept)
    *slot = (MentionSlot) { mention, n, kept };
  return kept;
}

/* An item's opening mark and the voice's inside it ("CEZ:", "ZTZ:"; midline.c): not kept in the memo, they
 * are rare */
static const char *const *
voice_mentions (Lists *l, const SpAnalysis *a, guint i)
{
  const SpTurn *t = &a->turns[i];
  guint n_items;
  const NpItem *items = np_document_get_items (a->doc, &n_items);
  const char *text = np_document_get_text (a->doc, NULL) + items[i].start;
  g_autofree char *opening = g_strndup (t->mention, t->mention_len);
  g_autofree char *voice = g_strndup (text + t->voice_start, t->voice_len);
  const char *two[] = { opening, voice };
  return np_layer_keep_strv (l->layer, two, 2);
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

/* A list value: kept (typed), or unset when it could not be kept */
static inline NpValue
list_value (const char *const *kept)
{
  return (NpValue) { .type = kept ? NP_VALUE_STRING_LIST : 0, .strv = kept };
}

/* After an append: the names that could not be kept (not UTF-8) go
 * through the core's checking setter, which reports them */
static void
names_fallback (Lists *l, NpAnnotation *an, const NpValue *value, const char *feature, const guint *people, guint n)
{
  if (value->type || an == NULL)
    return;
  const char *names[SP_MAX_NAMES + 1] = { NULL };
  for (guint k = 0; k < n; k++)
    names[k] = person_name (l->a, people[k]);
  np_annotation_set_strv (an, feature, names, n);
}

static void
add_reply (Lists *l, const SpAnalysis *a, guint from, guint to, Relation relation)
{
  const SpTurn *tf = &a->turns[from], *tt = &a->turns[to];
  guint n_from = tf->attributed ? tf->n_speakers : 0;
  NpValue v[REPLY_RELATION + 1] = {
    [REPLY_ANSWERS] = { .type = NP_VALUE_INT, .i = to },
    [REPLY_FROM] = list_value (names_list (l, tf->speakers, n_from)),
    [REPLY_TO] = list_value (names_list (l, tt->speakers, tt->n_speakers)), /* an answered item is attributed */
    [REPLY_RELATION] = { .type = NP_VALUE_STRING, .s = relation_names[relation] },
  };
  NpAnnotation *r = np_layer_append_values (l->layer, from, v);
  names_fallback (l, r, &v[REPLY_FROM], "from", tf->speakers, n_from);
  names_fallback (l, r, &v[REPLY_TO], "to", tt->speakers, tt->n_speakers);
}

/* A reply found by write_replies(), written in a second loop. */
typedef struct
{
  guint32 from, to;
  Relation relation;
} Edge;

static void
write_replies (Lists *l, SpScratch *scratch, const NpDocument *doc, const SpAnalysis *a)
{
  guint n_items;
  const NpItem *items = np_document_get_items (doc, &n_items);
  /* last attributed item under each parent (index parent + 1), with the
   * section it was in: a sequence is one parent in one section */
  gint32 *last = sp_scratch_get (scratch, SP_BUF_REPLY_LAST, sizeof (gint32) * (n_items + 1), FALSE);
  /* at most one reply per item */
  Edge *edges = sp_scratch_get (scratch, SP_BUF_EDGES, sizeof (Edge) * (n_items + 1), FALSE);
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
  for (guint j = 0; j < n_edges; j++)
    add_reply (l, a, edges[j].from, edges[j].to, edges[j].relation);
}

/* A person's source: one of the four names turns.c gives (static), or any
 * other string kept by the layer */
static const char *
source_string (NpLayer *layer, const char *source)
{
  static const char *const sources[] = { "attendees", "text", "roster", "marks" };
  for (guint k = 0; k < G_N_ELEMENTS (sources); k++)
    if (source[0] == sources[k][0] && strcmp (source, sources[k]) == 0)
      return sources[k];
  return np_layer_keep_string (layer, source, -1);
}

static void
write_person (NpLayer *persons, const SpPerson *p)
{
  NpAnnotation *an = np_layer_append (persons, 0);
  const char *name = np_layer_keep_string (persons, p->name, -1);
  if (name)
    np_annotation_put_string (an, PERSON_NAME, name);
  else
    np_annotation_set_string (an, "name", p->name); /* reports it */
  put_strings (persons, an, PERSON_ALIASES, "aliases", (const char *const *) p->aliases->pdata, p->aliases->len);
  np_annotation_put_int (an, PERSON_ITEMS, p->items);
  np_annotation_put_int (an, PERSON_WORDS, p->words);
  np_annotation_put_ints (an, PERSON_SECTIONS,
                          np_layer_keep_ints (persons, (const gint64 *) p->sections->data, p->sections->len));
  const char *source = p->source ? source_string (persons, p->source) : NULL;
  if (source)
    np_annotation_put_string (an, PERSON_SOURCE, source);
  if (p->candidates->len)
    put_strings (persons, an, PERSON_CANDIDATES, "candidates", (const char *const *) p->candidates->pdata,
                 p->candidates->len);
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

  Lists tl;
  lists_init (&tl, turns, a);
  for (guint i = 0; i < a->n_items; i++)
    {
      const SpTurn *t = &a->turns[i];
      if (!t->attributed)
        continue;
      const char *const *mention = t->voice_start ? voice_mentions (&tl, a, i)
                                   : mention_list (&tl, t->mention ? t->mention : "", t->mention ? t->mention_len : 0);
      guint to = t->to ? t->to - 1 : 0;
      NpValue v[TURN_TO + 1] = {
        [TURN_SPEAKERS] = list_value (names_list (&tl, t->speakers, t->n_speakers)),
        [TURN_MENTIONS] = list_value (mention),
        [TURN_METHOD] = { .type = NP_VALUE_STRING, .s = sp_method_name (t->method) },
        [TURN_CONFIDENCE] = { .type = NP_VALUE_DOUBLE, .d = t->confidence },
        [TURN_TO] = t->to ? list_value (names_list (&tl, &to, 1)) : (NpValue) { 0 },
      };
      NpAnnotation *an = np_layer_append_values (turns, i, v);
      if (an == NULL)
        continue;
      names_fallback (&tl, an, &v[TURN_SPEAKERS], "speakers", t->speakers, t->n_speakers);
      if (t->to)
        names_fallback (&tl, an, &v[TURN_TO], "to", &to, 1);
      if (mention == NULL)
        {
          /* not UTF-8 (never expected): the core's checking setter reports it */
          g_autofree char *text = g_strndup (t->mention, t->mention_len);
          const char *one[] = { text };
          np_annotation_set_strv (an, "mentions", one, 1);
        }
      guint n_candidates = 0;
      for (guint k = 0; k < t->n_speakers; k++)
        n_candidates += ((const SpPerson *) g_ptr_array_index (a->persons, t->speakers[k]))->candidates->len;
      if (n_candidates == 0)
        continue;
      g_autoptr (GPtrArray) candidates = g_ptr_array_new ();
      for (guint k = 0; k < t->n_speakers; k++)
        {
          const SpPerson *p = g_ptr_array_index (a->persons, t->speakers[k]);
          for (guint j = 0; j < p->candidates->len; j++)
            g_ptr_array_add (candidates, g_ptr_array_index (p->candidates, j));
        }
      put_strings (turns, an, TURN_CANDIDATES, "candidates", (const char *const *) candidates->pdata,
                   candidates->len);
    }
  lists_clear (&tl);

  for (guint i = 0; i < a->persons->len; i++)
    {
      const SpPerson *p = g_ptr_array_index (a->persons, i);
      if (p->items > 0)
        write_person (persons, p);
    }

  Lists rl;
  lists_init (&rl, replies, a);
  write_replies (&rl, scratch, doc, a);
  lists_clear (&rl);
  return TRUE;
}

/* ---- summary ----------------------------------------------------------- */

/* Numbers by nonzero 64-bit keys (a value's address, a pair of name
 * numbers): open addressing, at most half full.  A summary meets some
 * 40,000 keys over the shared notes; GHashTable and sorting every reply
 * were most of its time. */
typedef struct
{
  guint64 *keys; /* 0: free */
  guint *values;
  guint mask, used;
} KeyMap;

static void
key_map_init (KeyMap *m)
{
  m->mask = 63;
  m->used = 0;
  m->keys = g_new0 (guint64, m->mask + 1);
  m->values = g_new (guint, m->mask + 1);
}

static void
key_map_clear (KeyMap *m)
{
  g_free (m->keys);
  g_free (m->values);
}

static guint
key_map_index (const KeyMap *m, guint64 key)
{
  guint i = (guint) ((key * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 32) & m->mask;
  while (m->keys[i] != 0 && m->keys[i] != key)
    i = (i + 1) & m->mask;
  return i;
}

/* The number kept for key, made *fresh (and 0) on first use */
static guint *
key_map_slot (KeyMap *m, guint64 key, gboolean *fresh)
{
  guint i = key_map_index (m, key);
  *fresh = m->keys[i] == 0;
  if (!*fresh)
    return &m->values[i];
  if (2 * (m->used + 1) > m->mask + 1)
    {
      KeyMap old = *m;
      m->mask = 2 * old.mask + 1;
      m->keys = g_new0 (guint64, m->mask + 1);
      m->values = g_new (guint, m->mask + 1);
      for (guint j = 0; j <= old.mask; j++)
        if (old.keys[j])
          {
            guint k = key_map_index (m, old.keys[j]);
            m->keys[k] = old.keys[j];
            m->values[k] = old.values[j];
          }
      key_map_clear (&old);
      i = key_map_index (m, key);
    }
  m->keys[i] = key;
  m->values[i] = 0;
  m->used++;
  return &m->values[i];
}

/* Lists of names (a reply's `from` and `to`) numbered by what they hold:
 * the plugin shares one value among the replies of the same speakers, so
 * a value is joined (" & ") once and later met by its address; two values
 * holding the same names get the same number.  Number 0 is no name. */
typedef struct
{
  KeyMap by_value;      /* kept list or GVariant* (its address) -> number */
  GHashTable *by_text;  /* joined names -> number */
  GPtrArray *texts;     /* number -> joined names (owned) */
  gconstpointer last;   /* the value asked last, and its number */
  guint last_id;
} NameIds;

static void
name_ids_init (NameIds *n)
{
  key_map_init (&n->by_value);
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
  key_map_clear (&n->by_value);
  g_hash_table_unref (n->by_text);
  g_ptr_array_unref (n->texts);
}

/* The number of the names in feature index (named feature) of reply r:
 * a typed list (what this plugin writes) is met again by its address,
 * a GVariant (a layer read back from a store) likewise */
static guint
name_id (NameIds *n, const NpAnnotation *r, guint index, const char *feature)
{
  NpValue typed;
  gboolean peeked = np_annotation_peek (r, index, &typed) == NP_VALUE_STRING_LIST;
  gconstpointer names = peeked ? (gconstpointer) typed.strv : (gconstpointer) np_annotation_get (r, feature);
  if (names == NULL)
    return 0;
  if (names == n->last)
    return n->last_id;
  gpointer found;
  gboolean fresh;
  guint *slot = key_map_slot (&n->by_value, (guint64) (guintptr) names, &fresh);
  guint id = *slot;
  if (fresh)
    {
      g_autofree const char **list = peeked ? NULL : g_variant_get_strv ((GVariant *) names, NULL);
      char *text = g_strjoinv (" & ", (char **) (peeked ? typed.strv : list));
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
      *slot = id;
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

/* The at most TOP_PAIRS first pairs by pair_compare(), in its order:
 * pairs[] is scanned once, and a pair behind the last one kept is told by
 * its count alone unless the counts tie (most pairs have one reply). */
#define TOP_PAIRS 10

static guint
top_pairs (const PairCount *pairs, guint n, const GPtrArray *texts, PairCount *top)
{
  guint kept = 0;
  for (guint i = 0; i < n; i++)
    {
      if (kept == TOP_PAIRS && pair_compare (&pairs[i], &top[kept - 1], (gpointer) texts) >= 0)
        continue;
      guint at = kept < TOP_PAIRS ? kept++ : kept - 1;
      while (at > 0 && pair_compare (&pairs[i], &top[at - 1], (gpointer) texts) < 0)
        {
          top[at] = top[at - 1];
          at--;
        }
      top[at] = pairs[i];
    }
  return kept;
}

/* "Who answers whom": the replies counted by their pair of name lists
 * (numbers from and to in one 64-bit key), the ten most frequent pairs,
 * ties by the names. */
static void
summarize_replies (const NpLayer *rl, NpSummary *summary)
{
  NameIds ids;
  name_ids_init (&ids);
  KeyMap counted; /* pair key -> its index in pairs */
  key_map_init (&counted);
  g_autoptr (GArray) pairs = g_array_new (FALSE, FALSE, sizeof (PairCount));
  guint n = np_layer_get_size (rl);
  for (guint i = 0; i < n; i++)
    {
      const NpAnnotation *r = np_layer_get_annotation (rl, i);
      guint from = name_id (&ids, r, REPLY_FROM, "from");
      guint to = name_id (&ids, r, REPLY_TO, "to");
      if (from == 0 || to == 0)
        continue;
      gboolean fresh;
      guint *at = key_map_slot (&counted, (guint64) from << 32 | to, &fresh);
      if (fresh)
        {
          *at = pairs->len;
          PairCount pc = { from, to, 0 };
          g_array_append_val (pairs, pc);
        }
      g_array_index (pairs, PairCount, *at).n++;
    }
  key_map_clear (&counted);
  PairCount top[TOP_PAIRS];
  guint n_top = top_pairs ((const PairCount *) (gconstpointer) pairs->data, pairs->len, ids.texts, top);
  if (n_top > 0)
    {
      static const char *const rcolumns[] = { "speaker", "answers", "replies>", NULL };
      NpSummaryTable *rt = np_summary_add_table (summary, "Who answers whom", rcolumns);
      for (guint i = 0; i < n_top; i++)
        {
          char count[24];
          const char *cells[] = { g_ptr_array_index (ids.texts, top[i].from), g_ptr_array_index (ids.texts, top[i].to),
                                  decimal (count, top[i].n), NULL };
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
  guint np = np_layer_get_size (pl), nt = np_layer_get_size (tl);
  np_summary_add_line (summary, "%u speaker%s (%u named in full by a roster or the notes) in %u attributed item%s", np,
                       np == 1 ? "" : "s", resolved, nt, nt == 1 ? "" : "s");
  if (np_layer_get_size (pl) == 0)
    return;

  static const char *const columns[] = { "speaker", "turns>", "words>", "topics", NULL };
  NpSummaryTable *t = np_summary_add_table (summary, "Speakers", columns);
  GString *topics = g_string_new (NULL);
  for (guint i = 0; i < np_layer_get_size (pl); i++)
    {
      const NpAnnotation *p = np_layer_get_annotation (pl, i);
      char turns[24], words[24];
      decimal (turns, np_annotation_get_int (p, "items", 0));
      decimal (words, np_annotation_get_int (p, "words", 0));
      g_string_truncate (topics, 0);
      NpValue typed = { 0 };
      gboolean peeked = np_annotation_peek (p, PERSON_SECTIONS, &typed) != 0;
      GVariant *secs = peeked ? NULL : np_annotation_get (p, "sections");
      gsize n = peeked ? typed.n : 0;
      const gint64 *ids = peeked ? typed.ints : secs ? g_variant_get_fixed_array (secs, &n, sizeof (gint64)) : NULL;
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
    }
  g_string_free (topics, TRUE);

  if (rl != NULL && np_layer_get_size (rl) > 0)
    summarize_replies (rl, summary);
}
