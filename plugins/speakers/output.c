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
 *                            is recorded as said in reply to that item.
 * Replies of a speaker to themselves are not recorded. */
#include <string.h>

#include "speakers.h"

static const NpFeatureSpec turn_features[] = {
  { "speakers", NP_VALUE_STRING_LIST, 0, "canonical names of the speakers; UNKNOWN for an anonymous mark" },
  { "mentions", NP_VALUE_STRING_LIST, 0, "the speaker marks as written" },
  { "method", NP_VALUE_STRING, 0,
    "rule that decided: bracket, angle, colon, abbreviation, bold, dash, comma, name, heading, headed" },
  { "confidence", NP_VALUE_DOUBLE, 0, "0-1: the mark's form and how it resolved to the roster" },
  { "candidates", NP_VALUE_STRING_LIST, NP_FEATURE_OPTIONAL,
    "people an ambiguous mark may name (never guessed among)" },
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
  { "relation", NP_VALUE_STRING, 0, "nested, sequence or context" },
  { NULL },
};

const NpLayerSpec sp_turn_layer = { "speakers.turn", NP_TARGET_ITEM, "the speakers of an item", turn_features };
const NpLayerSpec sp_person_layer = { "speakers.person", NP_TARGET_DOCUMENT, "one entry per person who speaks",
                                      person_features };
const NpLayerSpec sp_reply_layer = { "speakers.reply", NP_TARGET_ITEM, "who answers whom: one edge per reply",
                                     reply_features };

typedef enum
{
  RELATION_NESTED = 0,
  RELATION_SEQUENCE,
  RELATION_CONTEXT,
} Relation;

static const char *const relation_names[] = { "nested", "sequence", "context" };

/* Values repeat across annotations (the same speakers, mark, method), so
 * each distinct value is built once per document and shared by reference:
 * np_annotation_set() takes a reference, the cache hands out a new one. */
typedef struct
{
  GVariant **single;   /* person index -> GVariant as of that one name */
  guint n_single;
  GHashTable *strvs;   /* joined names -> GVariant as */
  GHashTable *strings; /* string -> GVariant s */
  GHashTable *doubles; /* bits -> GVariant d */
  GVariant *recent[8]; /* borrowed from doubles: the last values, by bits */
  gint64 recent_bits[8];
  guint n_recent;
  GVariant *empty;     /* as [] */
  GVariant *methods[SP_METHOD_HEADED + 1]; /* method -> GVariant s of its name */
  GVariant *relations[3]; /* nested, sequence, context */
  SpScratch *scratch;  /* integers (item ids, counts) -> GVariant x, kept across documents */
} ValueCache;

static GVariant *
share (const ValueCache *vc, GVariant *v)
{
  return g_variant_ref (v);
}

static void
cache_init (ValueCache *vc, guint n_persons, SpScratch *scratch)
{
  memset (vc, 0, sizeof *vc);
  vc->scratch = scratch;
  vc->single = g_new0 (GVariant *, n_persons + 1);
  vc->n_single = n_persons;
  vc->strvs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_variant_unref);
  vc->strings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_variant_unref);
  vc->doubles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_variant_unref);
  vc->empty = g_variant_ref_sink (g_variant_new_strv (NULL, 0));
}

static void
cache_clear (ValueCache *vc)
{
  for (guint i = 0; i < vc->n_single; i++)
    if (vc->single[i])
      g_variant_unref (vc->single[i]);
  g_free (vc->single);
  for (guint i = 0; i < G_N_ELEMENTS (vc->methods); i++)
    if (vc->methods[i])
      g_variant_unref (vc->methods[i]);
  for (guint i = 0; i < G_N_ELEMENTS (vc->relations); i++)
    if (vc->relations[i])
      g_variant_unref (vc->relations[i]);
  g_hash_table_unref (vc->strvs);
  g_hash_table_unref (vc->strings);
  g_hash_table_unref (vc->doubles);
  g_variant_unref (vc->empty);
}

static GVariant *
cached_string (ValueCache *vc, const char *s)
{
  GVariant *v = g_hash_table_lookup (vc->strings, s);
  if (v == NULL)
    {
      v = g_variant_ref_sink (g_variant_new_string (g_utf8_validate (s, -1, NULL) ? s : ""));
      g_hash_table_insert (vc->strings, g_strdup (s), v);
    }
  return share (vc, v);
}

static GVariant *
cached_double (ValueCache *vc, double d)
{
  gint64 bits;
  memcpy (&bits, &d, sizeof bits);
  /* confidences take a handful of values: the last ones used are kept in
   * a few slots compared by bits before the table is asked */
  for (guint i = 0; i < vc->n_recent; i++)
    if (vc->recent_bits[i] == bits)
      return share (vc, vc->recent[i]);
  GVariant *v = g_hash_table_lookup (vc->doubles, &bits);
  if (v == NULL)
    {
      v = g_variant_ref_sink (g_variant_new_double (d));
      g_hash_table_insert (vc->doubles, g_memdup2 (&bits, sizeof bits), v);
    }
  /* the table keeps v alive: the slots borrow it */
  guint slot = vc->n_recent < G_N_ELEMENTS (vc->recent) ? vc->n_recent++ : (guint) (bits & (G_N_ELEMENTS (vc->recent) - 1));
  vc->recent[slot] = v;
  vc->recent_bits[slot] = bits;
  return share (vc, v);
}

/* The strings of a small fixed set (methods, relations) are built once
 * per document in a slot of their own: no hashing per annotation. */
static GVariant *
cached_slot (ValueCache *vc, GVariant **slot, const char *s)
{
  if (*slot == NULL)
    *slot = g_variant_ref_sink (g_variant_new_string (s));
  return share (vc, *slot);
}

/* Counts of a person (items, words) and the item ids replies answer
 * repeat within and across documents: the instance keeps them. */
static GVariant *
cached_int (ValueCache *vc, gint64 value)
{
  return sp_scratch_int (vc->scratch, value);
}

/* The speakers of a turn as a string list. */
static GVariant *
cached_speakers (ValueCache *vc, const SpAnalysis *a, const SpTurn *t)
{
  if (t == NULL || t->n_speakers == 0)
    return share (vc, vc->empty);
  if (t->n_speakers == 1 && t->speakers[0] < vc->n_single)
    {
      GVariant **v = &vc->single[t->speakers[0]];
      if (*v == NULL)
        {
          const char *one[] = { ((SpPerson *) g_ptr_array_index (a->persons, t->speakers[0]))->name, NULL };
          *v = g_variant_ref_sink (g_variant_new_strv (one, 1));
        }
      return share (vc, *v);
    }
  const char *names[SP_MAX_NAMES + 1] = { NULL };
  GString *key = g_string_new (NULL);
  for (guint k = 0; k < t->n_speakers; k++)
    {
      names[k] = ((SpPerson *) g_ptr_array_index (a->persons, t->speakers[k]))->name;
      if (k)
        g_string_append_c (key, '\x1f');
      g_string_append (key, names[k]);
    }
  GVariant *v = g_hash_table_lookup (vc->strvs, key->str);
  if (v == NULL)
    {
      v = g_variant_ref_sink (g_variant_new_strv (names, t->n_speakers));
      g_hash_table_insert (vc->strvs, g_string_free (key, FALSE), v);
    }
  else
    g_string_free (key, TRUE);
  return share (vc, v);
}

static GVariant *
cached_mention (ValueCache *vc, const char *mention, gsize n)
{
  /* keyed apart from speaker lists by a leading \x1e */
  char buf[128];
  g_autofree char *big = n + 2 > sizeof buf ? g_malloc (n + 2) : NULL;
  char *key = big ? big : buf;
  key[0] = '\x1e';
  memcpy (key + 1, mention, n);
  key[n + 1] = '\0';
  GVariant *v = g_hash_table_lookup (vc->strvs, key);
  if (v == NULL)
    {
      const char *m[] = { key + 1, NULL };
      v = g_variant_ref_sink (g_variant_new_strv (m, 1));
      g_hash_table_insert (vc->strvs, g_strdup (key), v);
    }
  return share (vc, v);
}

/* An `ax` of the values of a GArray of gint64: the same value as
 * g_variant_new_fixed_array() builds, made from a copy the variant owns
 * (several times cheaper: no per-element type checks). */
static GVariant *
int_list (const GArray *values)
{
  gsize size = values->len * sizeof (gint64);
  if (size == 0)
    return g_variant_new_from_data (G_VARIANT_TYPE ("ax"), NULL, 0, TRUE, NULL, NULL);
  gpointer copy = g_memdup2 (values->data, size);
  return g_variant_new_from_data (G_VARIANT_TYPE ("ax"), copy, size, TRUE, g_free, copy);
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

static void
add_reply (ValueCache *vc, NpLayer *layer, const SpAnalysis *a, guint from, guint to, Relation relation)
{
  const SpTurn *tf = &a->turns[from], *tt = &a->turns[to];
  NpAnnotation *r = np_layer_append (layer, from);
  np_annotation_set (r, "answers", cached_int (vc, to));
  np_annotation_set (r, "from", cached_speakers (vc, a, tf->attributed ? tf : NULL));
  np_annotation_set (r, "to", cached_speakers (vc, a, tt));
  np_annotation_set (r, "relation", cached_slot (vc, &vc->relations[relation], relation_names[relation]));
}

static void
write_replies (ValueCache *vc, NpLayer *layer, const NpDocument *doc, const SpAnalysis *a)
{
  guint n_items;
  const NpItem *items = np_document_get_items (doc, &n_items);
  /* last attributed item per (parent, section) level, for sequences */
  /* last attributed item under each parent (index parent + 1), with the
   * section it was in: a sequence is one parent in one section */
  gint32 *last = sp_scratch_get (vc->scratch, SP_BUF_REPLY_LAST, sizeof (gint32) * (n_items + 1), FALSE);
  for (guint i = 0; i <= n_items; i++)
    last[i] = NP_NONE;
  for (guint i = 0; i < n_items; i++)
    {
      const SpTurn *t = &a->turns[i];
      if (!t->attributed)
        {
          gint32 p = items[i].parent;
          if (p != NP_NONE && a->turns[p].attributed && items[i].kind != NP_ITEM_CODE)
            add_reply (vc, layer, a, i, p, RELATION_CONTEXT);
          continue;
        }
      gint32 up = items[i].parent;
      while (up != NP_NONE && !a->turns[up].attributed)
        up = items[up].parent;
      if (up != NP_NONE)
        {
          if (!same_speakers (t, &a->turns[up]))
            add_reply (vc, layer, a, i, up, RELATION_NESTED);
        }
      else
        {
          gint32 *slot = &last[items[i].parent + 1];
          gint32 prev = *slot;
          if (prev != NP_NONE && items[prev].section == items[i].section && !same_speakers (t, &a->turns[prev]))
            add_reply (vc, layer, a, i, prev, RELATION_SEQUENCE);
          *slot = i;
        }
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

  ValueCache vc;
  cache_init (&vc, a->persons->len, scratch);
  for (guint i = 0; i < a->n_items; i++)
    {
      const SpTurn *t = &a->turns[i];
      if (!t->attributed)
        continue;
      NpAnnotation *an = np_layer_append (turns, i);
      np_annotation_set (an, "speakers", cached_speakers (&vc, a, t));
      np_annotation_set (an, "mentions", cached_mention (&vc, t->mention ? t->mention : "", t->mention ? t->mention_len : 0));
      np_annotation_set (an, "method", t->method < G_N_ELEMENTS (vc.methods)
                                         ? cached_slot (&vc, &vc.methods[t->method], sp_method_name (t->method))
                                         : cached_string (&vc, sp_method_name (t->method)));
      np_annotation_set (an, "confidence", cached_double (&vc, t->confidence));
      guint n_candidates = 0;
      for (guint k = 0; k < t->n_speakers; k++)
        n_candidates += ((const SpPerson *) g_ptr_array_index (a->persons, t->speakers[k]))->candidates->len;
      if (n_candidates)
        {
          g_autoptr (GPtrArray) candidates = g_ptr_array_new ();
          for (guint k = 0; k < t->n_speakers; k++)
            {
              const SpPerson *p = g_ptr_array_index (a->persons, t->speakers[k]);
              for (guint j = 0; j < p->candidates->len; j++)
                g_ptr_array_add (candidates, g_ptr_array_index (p->candidates, j));
            }
          np_annotation_set_strv (an, "candidates", (const char *const *) candidates->pdata, candidates->len);
        }
    }

  for (guint i = 0; i < a->persons->len; i++)
    {
      const SpPerson *p = g_ptr_array_index (a->persons, i);
      if (p->items == 0)
        continue;
      NpAnnotation *an = np_layer_append (persons, 0);
      np_annotation_set_string (an, "name", p->name);
      np_annotation_set_strv (an, "aliases", (const char *const *) p->aliases->pdata, p->aliases->len);
      np_annotation_set (an, "items", cached_int (&vc, p->items));
      np_annotation_set (an, "words", cached_int (&vc, p->words));
      np_annotation_set (an, "sections", int_list (p->sections));
      if (p->source)
        np_annotation_set (an, "source", cached_string (&vc, p->source));
      if (p->candidates->len)
        np_annotation_set_strv (an, "candidates", (const char *const *) p->candidates->pdata, p->candidates->len);
    }

  write_replies (&vc, replies, doc, a);
  cache_clear (&vc);
  return TRUE;
}

/* ---- summary ----------------------------------------------------------- */

typedef struct
{
  char *pair;
  guint n;
} PairCount;

static gint
pair_compare (gconstpointer a, gconstpointer b)
{
  const PairCount *x = *(PairCount *const *) a, *y = *(PairCount *const *) b;
  if (x->n != y->n)
    return x->n > y->n ? -1 : 1;
  return strcmp (x->pair, y->pair);
}

static void
pair_free (gpointer data)
{
  PairCount *p = data;
  g_free (p->pair);
  g_free (p);
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
      g_autofree char *turns = g_strdup_printf ("%" G_GINT64_FORMAT, np_annotation_get_int (p, "items", 0));
      g_autofree char *words = g_strdup_printf ("%" G_GINT64_FORMAT, np_annotation_get_int (p, "words", 0));
      GString *topics = g_string_new (NULL);
      GVariant *secs = np_annotation_get (p, "sections");
      gsize n = 0;
      const gint64 *ids = secs ? g_variant_get_fixed_array (secs, &n, sizeof (gint64)) : NULL;
      for (gsize k = 0; k < n && k < 3; k++)
        if (ids[k] >= 0 && (guint64) ids[k] < n_sections)
          g_string_append_printf (topics, "%s%s", topics->len ? "; " : "", sections[ids[k]].title);
      if (n > 3)
        g_string_append_printf (topics, " (+%zu)", n - 3);
      const char *cells[] = { np_annotation_get_string (p, "name"), turns, words, topics->str, NULL };
      np_summary_table_add_row (t, cells);
      g_string_free (topics, TRUE);
    }

  if (rl == NULL || np_layer_get_size (rl) == 0)
    return;
  g_autoptr (GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) pairs = g_ptr_array_new_with_free_func (pair_free);
  GString *key = g_string_new (NULL);
  for (guint i = 0; i < np_layer_get_size (rl); i++)
    {
      const NpAnnotation *r = np_layer_get_annotation (rl, i);
      GVariant *fv = np_annotation_get (r, "from"), *tv = np_annotation_get (r, "to");
      gsize nf = 0, nt = 0;
      g_autofree const char **from = fv ? g_variant_get_strv (fv, &nf) : NULL;
      g_autofree const char **to = tv ? g_variant_get_strv (tv, &nt) : NULL;
      if (nf == 0 || nt == 0)
        continue;
      g_string_truncate (key, 0);
      for (gsize k = 0; k < nf; k++)
        g_string_append_printf (key, "%s%s", k ? " & " : "", from[k]);
      g_string_append_c (key, '\t');
      for (gsize k = 0; k < nt; k++)
        g_string_append_printf (key, "%s%s", k ? " & " : "", to[k]);
      PairCount *pc = g_hash_table_lookup (counts, key->str);
      if (pc == NULL)
        {
          pc = g_new0 (PairCount, 1);
          pc->pair = g_strdup (key->str);
          g_ptr_array_add (pairs, pc);
          g_hash_table_insert (counts, pc->pair, pc);
        }
      pc->n++;
    }
  g_string_free (key, TRUE);
  if (pairs->len == 0)
    return;
  g_ptr_array_sort (pairs, pair_compare);
  static const char *const rcolumns[] = { "speaker", "answers", "replies>", NULL };
  NpSummaryTable *rt = np_summary_add_table (summary, "Who answers whom", rcolumns);
  for (guint i = 0; i < pairs->len && i < 10; i++)
    {
      const PairCount *pc = g_ptr_array_index (pairs, i);
      g_auto (GStrv) parts = g_strsplit (pc->pair, "\t", 2);
      g_autofree char *n = g_strdup_printf ("%u", pc->n);
      const char *cells[] = { parts[0], parts[1], n, NULL };
      np_summary_table_add_row (rt, cells);
    }
}
