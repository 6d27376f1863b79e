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

static const char **
speaker_names (const SpAnalysis *a, const SpTurn *t)
{
  const char **names = g_new0 (const char *, t->n_speakers + 1);
  for (guint k = 0; k < t->n_speakers; k++)
    names[k] = ((SpPerson *) g_ptr_array_index (a->persons, t->speakers[k]))->name;
  return names;
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
add_reply (NpLayer *layer, const SpAnalysis *a, guint from, guint to, const char *relation)
{
  const SpTurn *tf = &a->turns[from], *tt = &a->turns[to];
  NpAnnotation *r = np_layer_append (layer, from);
  np_annotation_set_int (r, "answers", to);
  g_autofree const char **fn = tf->attributed ? speaker_names (a, tf) : g_new0 (const char *, 1);
  g_autofree const char **tn = speaker_names (a, tt);
  np_annotation_set_strv (r, "from", fn, -1);
  np_annotation_set_strv (r, "to", tn, -1);
  np_annotation_set_string (r, "relation", relation);
}

static void
write_replies (NpLayer *layer, const NpDocument *doc, const SpAnalysis *a)
{
  guint n_items;
  const NpItem *items = np_document_get_items (doc, &n_items);
  /* last attributed item per (parent, section) level, for sequences */
  g_autoptr (GHashTable) last = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < n_items; i++)
    {
      const SpTurn *t = &a->turns[i];
      if (!t->attributed)
        {
          gint32 p = items[i].parent;
          if (p != NP_NONE && a->turns[p].attributed && items[i].kind != NP_ITEM_CODE)
            add_reply (layer, a, i, p, "context");
          continue;
        }
      gint32 up = items[i].parent;
      while (up != NP_NONE && !a->turns[up].attributed)
        up = items[up].parent;
      if (up != NP_NONE)
        {
          if (!same_speakers (t, &a->turns[up]))
            add_reply (layer, a, i, up, "nested");
        }
      else
        {
          g_autofree char *level = g_strdup_printf ("%d/%d", items[i].parent, items[i].section);
          gpointer prev = g_hash_table_lookup (last, level);
          if (prev && !same_speakers (t, &a->turns[GPOINTER_TO_UINT (prev) - 1]))
            add_reply (layer, a, i, GPOINTER_TO_UINT (prev) - 1, "sequence");
          g_hash_table_replace (last, g_steal_pointer (&level), GUINT_TO_POINTER (i + 1));
        }
    }
}

gboolean
sp_write_layers (NpDocument *doc, const SpAnalysis *a, GError **error)
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

  for (guint i = 0; i < a->n_items; i++)
    {
      const SpTurn *t = &a->turns[i];
      if (!t->attributed)
        continue;
      NpAnnotation *an = np_layer_append (turns, i);
      g_autofree const char **names = speaker_names (a, t);
      np_annotation_set_strv (an, "speakers", names, -1);
      const char *mentions[] = { t->mention ? t->mention : "", NULL };
      np_annotation_set_strv (an, "mentions", mentions, -1);
      np_annotation_set_string (an, "method", sp_method_name (t->method));
      np_annotation_set_double (an, "confidence", t->confidence);
      g_autoptr (GPtrArray) candidates = g_ptr_array_new ();
      for (guint k = 0; k < t->n_speakers; k++)
        {
          const SpPerson *p = g_ptr_array_index (a->persons, t->speakers[k]);
          for (guint j = 0; j < p->candidates->len; j++)
            g_ptr_array_add (candidates, g_ptr_array_index (p->candidates, j));
        }
      if (candidates->len)
        np_annotation_set_strv (an, "candidates", (const char *const *) candidates->pdata, candidates->len);
    }

  for (guint i = 0; i < a->persons->len; i++)
    {
      const SpPerson *p = g_ptr_array_index (a->persons, i);
      if (p->items == 0)
        continue;
      NpAnnotation *an = np_layer_append (persons, 0);
      np_annotation_set_string (an, "name", p->name);
      np_annotation_set_strv (an, "aliases", (const char *const *) p->aliases->pdata, p->aliases->len);
      np_annotation_set_int (an, "items", p->items);
      np_annotation_set_int (an, "words", p->words);
      np_annotation_set_ints (an, "sections", (const gint64 *) (gpointer) p->sections->data, p->sections->len);
      if (p->source)
        np_annotation_set_string (an, "source", p->source);
      if (p->candidates->len)
        np_annotation_set_strv (an, "candidates", (const char *const *) p->candidates->pdata, p->candidates->len);
    }

  write_replies (replies, doc, a);
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

static char *
join_names (const char **names, gsize n)
{
  GString *s = g_string_new (NULL);
  for (gsize i = 0; i < n; i++)
    g_string_append_printf (s, "%s%s", i ? " & " : "", names[i]);
  return g_string_free (s, FALSE);
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
  np_summary_add_line (summary, "%u speakers (%u resolved to a roster) in %u attributed items", np_layer_get_size (pl),
                       resolved, np_layer_get_size (tl));
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
  for (guint i = 0; i < np_layer_get_size (rl); i++)
    {
      const NpAnnotation *r = np_layer_get_annotation (rl, i);
      gsize nf, nt;
      g_autofree const char **from = np_annotation_get_strv (r, "from", &nf);
      g_autofree const char **to = np_annotation_get_strv (r, "to", &nt);
      if (nf == 0 || nt == 0)
        continue;
      g_autofree char *f = join_names (from, nf), *tt = join_names (to, nt);
      g_autofree char *key = g_strdup_printf ("%s\t%s", f, tt);
      PairCount *pc = g_hash_table_lookup (counts, key);
      if (pc == NULL)
        {
          pc = g_new0 (PairCount, 1);
          pc->pair = g_steal_pointer (&key);
          g_ptr_array_add (pairs, pc);
          g_hash_table_insert (counts, pc->pair, pc);
        }
      pc->n++;
    }
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
