/* corpus.c: the people of a whole corpus (speakers.people).
 *
 * "Who spoke most" over three hundred meetings: the corpus stage adds up
 * each document's speakers.person entries.  A person is the same across
 * documents when the names fold to the same key (sp_key: accents and case
 * folded), so "Rich Trott" of one meeting and "rich trott" of another are
 * one; the name shown is the form written in the most turns (ties: the
 * first in byte order, so shards merged in any order agree).  Anonymous
 * turns (UNKNOWN) are nobody and are not counted.
 *
 * State is a few counters and strings per person, never per document, so
 * it stays small whatever the corpus; it is saved and merged by addition
 * (corpus_save / corpus_merge) for sharded and resumed runs. */
#include <string.h>

#include "speakers.h"

/* Aliases kept per person: enough to see how people are written, bounded
 * so that a corpus of years stays small. */
#define MAX_ALIASES 32
#define DATE_LEN 10 /* YYYY-MM-DD */

typedef struct
{
  GHashTable *names;   /* display form -> turns written so (GUINT_TO_POINTER) */
  GHashTable *aliases; /* set of marks as written, at most MAX_ALIASES */
  guint documents, items, words;
  char first[DATE_LEN + 1], last[DATE_LEN + 1]; /* "" when no document was dated */
} People;

typedef struct
{
  GHashTable *people; /* sp_key (name) -> People */
} SpCorpus;

#define STATE_TYPE "a(sa{su}asuuuss)"

static void
people_free (gpointer p)
{
  People *x = p;
  g_hash_table_destroy (x->names);
  g_hash_table_destroy (x->aliases);
  g_free (x);
}

gpointer
sp_corpus_new (const NpOptions *options, GError **error)
{
  SpCorpus *c = g_new0 (SpCorpus, 1);
  c->people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, people_free);
  return c;
}

void
sp_corpus_free (gpointer instance)
{
  SpCorpus *c = instance;
  if (c == NULL)
    return;
  g_hash_table_destroy (c->people);
  g_free (c);
}

/* The person a name is, made on first sight; NULL for a name that folds
 * to nothing. */
static People *
people_for (SpCorpus *c, const char *name)
{
  g_autofree char *key = sp_key (name, -1);
  if (key == NULL || key[0] == '\0')
    return NULL;
  People *p = g_hash_table_lookup (c->people, key);
  if (p == NULL)
    {
      p = g_new0 (People, 1);
      p->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      p->aliases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_insert (c->people, g_steal_pointer (&key), p);
    }
  return p;
}

static void
add_name (People *p, const char *name, guint turns)
{
  gpointer old = g_hash_table_lookup (p->names, name);
  if (old == NULL)
    g_hash_table_insert (p->names, g_strdup (name), GUINT_TO_POINTER (turns));
  else
    g_hash_table_replace (p->names, g_strdup (name), GUINT_TO_POINTER (GPOINTER_TO_UINT (old) + turns));
}

static void
add_alias (People *p, const char *alias)
{
  if (g_hash_table_size (p->aliases) < MAX_ALIASES && !g_hash_table_contains (p->aliases, alias))
    g_hash_table_add (p->aliases, g_strdup (alias));
}

/* Widens [first, last] to take date (YYYY-MM-DD, or "" for none). */
static void
add_dates (People *p, const char *first, const char *last)
{
  if (first[0] && (p->first[0] == '\0' || strcmp (first, p->first) < 0))
    g_strlcpy (p->first, first, sizeof p->first);
  if (last[0] && (p->last[0] == '\0' || strcmp (last, p->last) > 0))
    g_strlcpy (p->last, last, sizeof p->last);
}

/* A document date the model gives (YYYY-MM-DD), or "". */
static const char *
date_of (const char *date)
{
  return date && strlen (date) == DATE_LEN ? date : "";
}

gboolean
sp_corpus_add (gpointer instance, const NpDocument *doc, GError **error)
{
  SpCorpus *c = instance;
  const NpLayer *layer = np_document_get_layer (doc, "speakers.person");
  const char *date = date_of (np_document_get_date (doc));
  for (guint i = 0; layer && i < np_layer_get_size (layer); i++)
    {
      const NpAnnotation *a = np_layer_get_annotation (layer, i);
      const char *name = np_annotation_get_string (a, "name");
      if (name == NULL || strcmp (name, "UNKNOWN") == 0)
        continue;
      People *p = people_for (c, name);
      if (p == NULL)
        continue;
      guint items = (guint) CLAMP (np_annotation_get_int (a, "items", 0), 0, G_MAXUINT / 4);
      p->documents++;
      p->items += items;
      p->words += (guint) CLAMP (np_annotation_get_int (a, "words", 0), 0, G_MAXUINT / 4);
      add_name (p, name, MAX (items, 1));
      gsize n = 0;
      g_autofree const char **aliases = np_annotation_get_strv (a, "aliases", &n);
      for (gsize k = 0; k < n; k++)
        add_alias (p, aliases[k]);
      add_dates (p, date, date);
    }
  return TRUE;
}

GVariant *
sp_corpus_save (gpointer instance)
{
  SpCorpus *c = instance;
  GVariantBuilder people;
  g_variant_builder_init (&people, G_VARIANT_TYPE (STATE_TYPE));
  GHashTableIter it;
  gpointer key, value;
  g_hash_table_iter_init (&it, c->people);
  while (g_hash_table_iter_next (&it, &key, &value))
    {
      People *p = value;
      GVariantBuilder names, aliases;
      g_variant_builder_init (&names, G_VARIANT_TYPE ("a{su}"));
      g_variant_builder_init (&aliases, G_VARIANT_TYPE ("as"));
      GHashTableIter j;
      gpointer n, turns;
      g_hash_table_iter_init (&j, p->names);
      while (g_hash_table_iter_next (&j, &n, &turns))
        g_variant_builder_add (&names, "{su}", n, GPOINTER_TO_UINT (turns));
      g_hash_table_iter_init (&j, p->aliases);
      while (g_hash_table_iter_next (&j, &n, NULL))
        g_variant_builder_add (&aliases, "s", n);
      g_variant_builder_add (&people, "(sa{su}asuuuss)", key, &names, &aliases, p->documents, p->items, p->words,
                             p->first, p->last);
    }
  return g_variant_builder_end (&people);
}

gboolean
sp_corpus_merge (gpointer instance, GVariant *state, GError **error)
{
  SpCorpus *c = instance;
  if (!g_variant_is_of_type (state, G_VARIANT_TYPE (STATE_TYPE)))
    {
      g_set_error (error, NP_PLUGIN_ERROR, NP_PLUGIN_ERROR_FAILED, "speakers: shard state has type %s, not %s",
                   g_variant_get_type_string (state), STATE_TYPE);
      return FALSE;
    }
  GVariantIter it;
  g_variant_iter_init (&it, state);
  const char *first, *last;
  GVariantIter *names, *aliases;
  guint32 documents, items, words;
  while (g_variant_iter_next (&it, "(&sa{su}asuuu&s&s)", NULL, &names, &aliases, &documents, &items, &words, &first,
                              &last))
    {
      const char *name;
      guint32 turns;
      People *p = NULL;
      /* the person is found by a name of theirs (all fold to one key): the
       * saved key may differ between builds, the names do not */
      while (g_variant_iter_next (names, "{&su}", &name, &turns))
        {
          if (!g_utf8_validate (name, -1, NULL))
            continue;
          if (p == NULL)
            p = people_for (c, name);
          if (p != NULL)
            add_name (p, name, turns);
        }
      g_variant_iter_free (names);
      if (p != NULL)
        {
          p->documents += documents;
          p->items += items;
          p->words += words;
          while (g_variant_iter_next (aliases, "&s", &name))
            if (g_utf8_validate (name, -1, NULL))
              add_alias (p, name);
          add_dates (p, date_of (first), date_of (last));
        }
      g_variant_iter_free (aliases);
    }
  return TRUE;
}

/* The name written in the most turns; ties go to the first in byte order. */
static const char *
display_name (const People *p)
{
  const char *best = NULL;
  guint best_turns = 0;
  GHashTableIter it;
  gpointer name, turns;
  g_hash_table_iter_init (&it, p->names);
  while (g_hash_table_iter_next (&it, &name, &turns))
    if (best == NULL || GPOINTER_TO_UINT (turns) > best_turns
        || (GPOINTER_TO_UINT (turns) == best_turns && strcmp (name, best) < 0))
      {
        best = name;
        best_turns = GPOINTER_TO_UINT (turns);
      }
  return best;
}

typedef struct
{
  const People *p;
  const char *name;
} Ranked;

static int
compare_ranked (gconstpointer a, gconstpointer b)
{
  const Ranked *x = a, *y = b;
  if (x->p->items != y->p->items)
    return x->p->items > y->p->items ? -1 : 1;
  if (x->p->words != y->p->words)
    return x->p->words > y->p->words ? -1 : 1;
  return strcmp (x->name, y->name);
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

gboolean
sp_corpus_end (gpointer instance, NpCorpus *corpus, GError **error)
{
  SpCorpus *c = instance;
  NpLayer *layer = np_corpus_get_layer_for_write (corpus, "speakers.people", error);
  if (layer == NULL)
    return FALSE;
  g_autoptr (GArray) ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));
  GHashTableIter it;
  gpointer value;
  g_hash_table_iter_init (&it, c->people);
  while (g_hash_table_iter_next (&it, NULL, &value))
    {
      Ranked r = { value, display_name (value) };
      if (r.name)
        g_array_append_val (ranked, r);
    }
  g_array_sort (ranked, compare_ranked);
  for (guint i = 0; i < ranked->len; i++)
    {
      const Ranked *r = &g_array_index (ranked, Ranked, i);
      NpAnnotation *a = np_layer_append (layer, 0);
      np_annotation_set_string (a, "name", r->name);
      guint n = 0;
      g_autofree const char **aliases = (const char **) g_hash_table_get_keys_as_array (r->p->aliases, &n);
      qsort (aliases, n, sizeof *aliases, compare_strings);
      np_annotation_set_strv (a, "aliases", aliases, n);
      np_annotation_set_int (a, "documents", r->p->documents);
      np_annotation_set_int (a, "items", r->p->items);
      np_annotation_set_int (a, "words", r->p->words);
      np_annotation_set_int (a, "rank", i + 1);
      if (r->p->first[0])
        {
          np_annotation_set_string (a, "first_date", r->p->first);
          np_annotation_set_string (a, "last_date", r->p->last);
        }
    }
  return TRUE;
}

static const NpFeatureSpec people_features[] = {
  { "name", NP_VALUE_STRING, 0, "the name written in most of the person's turns" },
  { "aliases", NP_VALUE_STRING_LIST, 0, "marks the notes use for the person, sorted (at most 32)" },
  { "documents", NP_VALUE_INT, 0, "documents the person speaks in" },
  { "items", NP_VALUE_INT, 0, "items attributed to the person in the whole corpus" },
  { "words", NP_VALUE_INT, 0, "words in those items, marks left out" },
  { "rank", NP_VALUE_INT, 0, "1 = most items (then most words, then name)" },
  { "first_date", NP_VALUE_STRING, NP_FEATURE_OPTIONAL, "date of the first dated document they speak in" },
  { "last_date", NP_VALUE_STRING, NP_FEATURE_OPTIONAL, "date of the last dated document they speak in" },
  { NULL },
};

const NpLayerSpec sp_people_layer = { "speakers.people", NP_TARGET_CORPUS,
                                      "the people of the whole corpus, most turns first", people_features };
