/* people.c: who is who in one document, for the owners of action items.
 *
 * Two sources: the attendee list the reader found (full name, handle,
 * abbreviation) and the speakers.turn layer of the speakers plugin (the
 * canonical names of each item's speakers and the marks as written).
 * Every name gets lookup keys, casefolded and accent-free: the full name,
 * the first name, the first name with the last name's initial ("Michael
 * Z"), the handle and the abbreviation.  A key shared by two different
 * people is ambiguous and resolves to nobody: an owner is never guessed. */
#include <string.h>

#include "actions.h"

struct _ActionsPeople
{
  GHashTable *keys;       /* folded key -> canonical name, or "" when ambiguous */
  GHashTable *exact;      /* abbreviation as written ("IS", "GB") -> canonical, likewise */
  GPtrArray *speakers;    /* per item: NULL-terminated char* array or NULL */
  GPtrArray *mentions;    /* per item: likewise */
  guint8 *turn;           /* per item: the speakers layer has a turn for it (UNKNOWN too) */
  guint n_items;
  GStringChunk *strings;  /* the canonical names and marks, owned */
};

static void
insert (GHashTable *keys, char *key, const char *canonical)
{
  const char *known = g_hash_table_lookup (keys, key);
  if (!known)
    g_hash_table_insert (keys, key, (gpointer) canonical);
  else if (*known && strcmp (known, canonical) != 0)
    g_hash_table_insert (keys, key, (gpointer) "");
  else
    g_free (key);
}

static void
add_key (ActionsPeople *p, const char *key, gssize len, const char *canonical)
{
  if (!key || len == 0)
    return;
  char *folded = np_text_fold (key, len);
  g_strstrip (folded);
  if (!*folded)
    {
      g_free (folded);
      return;
    }
  insert (p->keys, folded, canonical);
}

/* The keys of one person: full name, first name, "First L", extras */
static void
add_person (ActionsPeople *p, const char *name, const char *handle, const char *abbreviation)
{
  if (!name || !*name)
    return;
  const char *canonical = g_string_chunk_insert_const (p->strings, name);
  add_key (p, name, -1, canonical);
  const char *space = strchr (name, ' ');
  if (space)
    {
      add_key (p, name, space - name, canonical);
      const char *last = strrchr (name, ' ') + 1;
      if (*last)
        {
          /* "Michael Z": the first name and the last name's first letter */
          const char *after = g_utf8_next_char (last);
          g_autofree char *initial = g_strdup_printf ("%.*s %.*s", (int) (space - name), name,
                                                      (int) (after - last), last);
          add_key (p, initial, -1, canonical);
        }
    }
  if (handle)
    add_key (p, handle[0] == '@' ? handle + 1 : handle, -1, canonical);
  /* abbreviations only in capitals: "IS" is Istvan Sebestyen, "is" is not */
  if (abbreviation && *abbreviation)
    insert (p->exact, g_strdup (abbreviation), canonical);
}

/* A mark in capitals ("SYG") is an abbreviation, matched as written */
static void
add_mark (ActionsPeople *p, const char *mark, gsize len, const char *canonical)
{
  gboolean capitals = len > 1;
  for (gsize i = 0; i < len && capitals; i++)
    capitals = !g_ascii_islower (mark[i]);
  if (capitals)
    insert (p->exact, g_strndup (mark, len), canonical);
  else
    add_key (p, mark, len, canonical);
}

/* A mark as written without its brackets and colon: "[filippo]" -> "filippo" */
static void
mark_core (const char *mark, const char **start, gsize *len)
{
  const char *s = mark, *e = mark + strlen (mark);
  while (s < e && strchr ("[<(*@ ", *s))
    s++;
  while (e > s && strchr ("]>):* ", e[-1]))
    e--;
  *start = s;
  *len = e - s;
}

/* NULL-terminated copy of a list of names without UNKNOWN, each one
 * replaced by its canonical name when it resolves, or NULL if empty */
static char **
keep_names (ActionsPeople *p, const char **names, gsize n, gboolean resolve)
{
  GPtrArray *kept = g_ptr_array_new ();
  for (gsize i = 0; i < n; i++)
    if (strcmp (names[i], "UNKNOWN") != 0)
      {
        const char *canonical = resolve ? actions_people_resolve (p, names[i], -1) : NULL;
        g_ptr_array_add (kept, (gpointer) (canonical ? canonical : g_string_chunk_insert_const (p->strings, names[i])));
      }
  if (kept->len == 0)
    {
      g_ptr_array_free (kept, TRUE);
      return NULL;
    }
  g_ptr_array_add (kept, NULL);
  return (char **) g_ptr_array_free (kept, FALSE);
}

/* speakers.turn: target item; features speakers and mentions (string
 * lists), method, confidence.  First every speaker becomes a person (a
 * name that is already a key, such as an attendee's first name the
 * speakers plugin left unresolved, is that person, not a new one), then
 * each item gets its speakers by canonical name. */
static void
add_turns (ActionsPeople *p, const NpLayer *turns, guint n_items)
{
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < np_layer_get_size (turns); i++)
      {
        /* [guide:annotations] */
        const NpAnnotation *a = np_layer_get_annotation (turns, i);
        guint32 item = np_annotation_get_target (a);
        gsize ns = 0, nm = 0;
        /* string lists: the array is ours to free, the strings are the layer's */
        g_autofree const char **speakers = np_annotation_get_strv (a, "speakers", &ns);
        g_autofree const char **mentions = np_annotation_get_strv (a, "mentions", &nm);
        /* [/guide:annotations] */
        if (item >= n_items || ns == 0)
          continue;
        if (pass == 0)
          {
            for (gsize k = 0; k < ns; k++)
              {
                g_autofree char *folded = np_text_fold (speakers[k], -1);
                if (strcmp (speakers[k], "UNKNOWN") != 0 && !g_hash_table_contains (p->keys, folded))
                  add_person (p, speakers[k], NULL, NULL);
              }
            continue;
          }
        p->turn[item] = TRUE;
        g_free (g_ptr_array_index (p->mentions, item));
        g_ptr_array_index (p->mentions, item) = keep_names (p, mentions, nm, FALSE);
        char **kept = keep_names (p, speakers, ns, TRUE);
        if (!kept)
          continue;
        /* one speaker, one mark: the mark is another name for them */
        if (ns == 1 && nm == 1)
          {
            const char *core;
            gsize len;
            mark_core (mentions[0], &core, &len);
            add_mark (p, core, len, kept[0]);
          }
        g_free (g_ptr_array_index (p->speakers, item));
        g_ptr_array_index (p->speakers, item) = kept;
      }
}

ActionsPeople *
actions_people_new (const NpDocument *doc, const NpLayer *turns)
{
  ActionsPeople *p = g_new0 (ActionsPeople, 1);
  p->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  p->exact = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  p->strings = g_string_chunk_new (256);
  guint n_items;
  np_document_get_items (doc, &n_items);
  p->speakers = g_ptr_array_new_full (n_items, g_free);
  p->mentions = g_ptr_array_new_full (n_items, g_free);
  g_ptr_array_set_size (p->speakers, n_items);
  g_ptr_array_set_size (p->mentions, n_items);
  p->turn = g_new0 (guint8, n_items + 1);
  p->n_items = n_items;

  guint n_people;
  const NpPerson *attendees = np_document_get_attendees (doc, &n_people);
  for (guint i = 0; i < n_people; i++)
    add_person (p, attendees[i].name, attendees[i].handle, attendees[i].abbreviation);
  /* the layer is required, so it exists; it is empty when no item has a
   * speaker mark */
  if (turns)
    add_turns (p, turns, n_items);
  return p;
}

void
actions_people_free (ActionsPeople *p)
{
  if (!p)
    return;
  g_hash_table_destroy (p->keys);
  g_hash_table_destroy (p->exact);
  g_ptr_array_free (p->speakers, TRUE);
  g_ptr_array_free (p->mentions, TRUE);
  g_string_chunk_free (p->strings);
  g_free (p->turn);
  g_free (p);
}

const char *
actions_people_resolve (const ActionsPeople *p, const char *written, gssize len)
{
  if (len < 0)
    len = strlen (written);
  while (len > 0 && *written == '@')
    written++, len--;
  if (len == 0)
    return NULL;
  g_autofree char *exact = g_strndup (written, len);
  const char *canonical = g_hash_table_lookup (p->exact, exact);
  if (!canonical)
    {
      g_autofree char *folded = np_text_fold (written, len);
      canonical = g_hash_table_lookup (p->keys, folded);
    }
  return canonical && *canonical ? canonical : NULL;
}

const char *const *
actions_people_speakers_of (const ActionsPeople *p, guint32 item)
{
  return item < p->speakers->len ? g_ptr_array_index (p->speakers, item) : NULL;
}

const char *const *
actions_people_mentions_of (const ActionsPeople *p, guint32 item)
{
  return item < p->mentions->len ? g_ptr_array_index (p->mentions, item) : NULL;
}

gboolean
actions_people_has_turn (const ActionsPeople *p, guint32 item)
{
  return item < p->n_items && p->turn[item];
}

gboolean
actions_people_is_empty (const ActionsPeople *p)
{
  return g_hash_table_size (p->keys) == 0 && g_hash_table_size (p->exact) == 0;
}

const char *
actions_people_intern (const ActionsPeople *p, const char *name, gsize len)
{
  /* the chunk, not the table, grows: the people of a document stay as read */
  g_autofree char *copy = g_strndup (name, len);
  return g_string_chunk_insert_const (p->strings, copy);
}
