/* tp-people.c: the tokens that name people, which are no topic.
 *
 * In meeting notes every item may open with its speaker ("JHD: ...",
 * "[filippo] ...") and the attendees' names recur all over: counted as
 * terms they make topics of people (the items of one speaker cluster
 * together, a label reads "alice, smith, bob").  As the keywords plugin
 * does, the words of the attendees' names, handles and abbreviations are
 * left out, and so are the tokens of each speaker mark the speakers plugin
 * found (its speakers.turn layer, when it ran before) and a chat log's
 * nicks opening its lines. */
#include <string.h>

#include "tp-topics.h"

/* Casefolded words of the attendees' names, handles and abbreviations of
 * two characters or more, or NULL without attendees */
static GHashTable *
attendee_words (const NpDocument *doc)
{
  guint n;
  const NpPerson *people = np_document_get_attendees (doc, &n);
  if (n == 0)
    return NULL;
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint p = 0; p < n; p++)
    {
      const char *fields[] = { people[p].name, people[p].handle, people[p].abbreviation };
      for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
        {
          if (!fields[f])
            continue;
          g_auto (GStrv) parts = g_strsplit_set (fields[f], " \t.,()@", -1);
          for (char **w = parts; *w; w++)
            if (strlen (*w) >= 2)
              g_hash_table_add (words, g_utf8_casefold (*w, -1));
        }
    }
  return words;
}

/* Marks the tokens of item i that fall in its text's bytes [from, to) */
static void
mark_span (guint8 *mask, const NpItem *item, const NpToken *tokens, guint32 from, guint32 to)
{
  for (guint k = item->token_first; k < item->token_first + item->token_count; k++)
    {
      guint32 s = tokens[k].start - item->start;
      if (s >= to)
        break;
      if (s >= from)
        mask[k] = 1;
    }
}

/* Bytes of the time and nick opening item i's text when it is a chat
 * log's line, or of the header a message opens with ("[3:45 PM] Alice
 * Smith" over it: np_document_get_item_header()), else 0 */
static gsize
chat_nick_len (const NpDocument *doc, guint i)
{
  gsize len;
  const char *text = np_document_peek_item_text (doc, i, &len);
  if (len < 4)
    return 0;
  gsize nick = text[0] == '<' || g_ascii_isdigit (text[0]) || text[0] == '[' ? np_text_chat_nick (text, len, NULL, NULL) : 0;
  return nick ? nick : np_document_get_item_header (doc, i);
}

guint8 *
tp_people_mask (const NpDocument *doc)
{
  guint n_tokens, n_items;
  const NpToken *tokens = np_document_get_tokens (doc, &n_tokens);
  const NpItem *items = np_document_get_items (doc, &n_items);
  const NpLayer *turns = np_document_get_layer (doc, "speakers.turn");
  g_autoptr (GHashTable) words = attendee_words (doc);
  /* a chat log's nicks, opening its lines ("14:02 <marcosc> ..."), in a
   * chat log only: half the items or more are such lines (a title may
   * open with an HTML tag, "<select> element ...") */
  guint8 *mask = NULL;
  guint lines = 0;
  for (guint i = 0; i < n_items && n_tokens; i++)
    lines += chat_nick_len (doc, i) > 0;
  for (guint i = 0; lines >= 2 && 2 * lines >= n_items && i < n_items; i++)
    {
      gsize nick = chat_nick_len (doc, i);
      if (nick == 0)
        continue;
      if (mask == NULL)
        mask = g_new0 (guint8, n_tokens);
      mark_span (mask, &items[i], tokens, 0, (guint32) nick);
    }
  if (n_tokens == 0 || (!words && !mask && (!turns || np_layer_get_size (turns) == 0)))
    return mask;
  if (mask == NULL)
    mask = g_new0 (guint8, n_tokens);
  if (words)
    {
      /* a form is looked up once: its verdict by norm id */
      GHashTable *seen = g_hash_table_new (g_direct_hash, g_direct_equal);
      for (guint k = 0; k < n_tokens; k++)
        {
          if (tokens[k].kind != NP_TOKEN_WORD && tokens[k].kind != NP_TOKEN_IDENT)
            continue;
          gpointer key = GUINT_TO_POINTER (tokens[k].norm + 1);
          gpointer v = g_hash_table_lookup (seen, key);
          if (!v)
            {
              gboolean person = g_hash_table_contains (words, np_document_string (doc, tokens[k].norm));
              v = GUINT_TO_POINTER (person ? 2 : 1);
              g_hash_table_insert (seen, key, v);
            }
          mask[k] = GPOINTER_TO_UINT (v) == 2;
        }
      g_hash_table_destroy (seen);
    }
  /* the mark as written ("JHD:", "[filippo]", "Alice Smith:") where it
   * opens the item (after a clock time, say); an inherited speaker has
   * no mark in the item */
  for (guint a = 0; turns && a < np_layer_get_size (turns); a++)
    {
      const NpAnnotation *turn = np_layer_get_annotation (turns, a);
      guint32 i = np_annotation_get_target (turn);
      gsize n_mentions = 0;
      g_autofree const char **mentions = np_annotation_get_strv (turn, "mentions", &n_mentions);
      if (i >= n_items || n_mentions == 0 || !mentions[0][0])
        continue;
      gsize len;
      const char *text = np_document_peek_item_text (doc, i, &len);
      gsize m = strlen (mentions[0]);
      const char *at = g_strstr_len (text, MIN (len, 64 + m), mentions[0]);
      /* a saved chat's header names the receiver too: "10:32 From Alice
       * to Bob Jones(Direct Message): ...", a copied chat's its time */
      gsize header = np_document_get_item_header (doc, i);
      if (header)
        mark_span (mask, &items[i], tokens, 0, (guint32) header);
      else if (at)
        mark_span (mask, &items[i], tokens, (guint32) (at - text), (guint32) (at - text + m));
    }
  return mask;
}
