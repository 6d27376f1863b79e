/* document.c: NpDocument lifetime, accessors and invariant checks.
 *
 * The reader builds a document (np_document_new + the arrays in
 * np-private.h); everyone else reads it through the accessors here.  The
 * invariants are written in np-document.h; np_document_validate() checks all
 * of them so tests and fuzzers can assert them on any input. */
#include "config.h"

#include <string.h>

#include "np-private.h"
#include "notepipe/np-text.h"

/* The arrays of the last small document freed on this thread, emptied,
 * for the next document made on it.  A run reads thousands of documents
 * one after the other: reusing their arrays (with the room they grew) saves
 * some thirty allocations and frees per document and keeps that memory
 * in the caches.  Only documents of at most SPARE_MAX_TEXT bytes give
 * theirs, so that what is kept stays small. */
#define SPARE_MAX_TEXT ((gsize) 1 << 18)

typedef struct
{
  gboolean full;
  GArray *items, *sections, *tokens, *sentences, *attendees, *line_roles, *diagnostics;
  GStringChunk *chunk;
  NpStringPool *pool;
  GPtrArray *layers;
} Spare;

static void
spare_clear (Spare *s)
{
  if (!s->full)
    return;
  g_array_free (s->items, TRUE);
  g_array_free (s->sections, TRUE);
  g_array_free (s->tokens, TRUE);
  g_array_free (s->sentences, TRUE);
  g_array_free (s->attendees, TRUE);
  g_array_free (s->line_roles, TRUE);
  g_array_free (s->diagnostics, TRUE);
  g_string_chunk_free (s->chunk);
  np_string_pool_free (s->pool);
  g_ptr_array_free (s->layers, TRUE);
  s->full = FALSE;
}

static _Thread_local Spare *tls_spare __attribute__ ((tls_model ("initial-exec")));

static void
spare_free (gpointer p)
{
  tls_spare = NULL; /* run by the thread that ends */
  spare_clear (p);
  g_free (p);
}

static GPrivate spare_key = G_PRIVATE_INIT (spare_free);

NpDocument *
np_document_new (const char *source)
{
  NpDocument *doc = g_new0 (NpDocument, 1);
  doc->ref_count = 1;
  doc->source = g_strdup (source ? source : "-");
  doc->format = "text";
  Spare *s = tls_spare;
  if (s && s->full)
    {
      doc->items = s->items;
      doc->sections = s->sections;
      doc->tokens = s->tokens;
      doc->sentences = s->sentences;
      doc->attendees = s->attendees;
      doc->line_roles = s->line_roles;
      doc->diagnostics = s->diagnostics;
      doc->chunk = s->chunk;
      doc->pool = s->pool;
      doc->layers = s->layers;
      s->full = FALSE;
    }
  else
    {
      doc->items = g_array_new (FALSE, FALSE, sizeof (NpItem));
      doc->sections = g_array_new (FALSE, FALSE, sizeof (NpSection));
      doc->tokens = g_array_new (FALSE, FALSE, sizeof (NpToken));
      doc->sentences = g_array_new (FALSE, FALSE, sizeof (NpSentence));
      doc->attendees = g_array_new (FALSE, FALSE, sizeof (NpPerson));
      doc->line_roles = g_array_new (FALSE, TRUE, sizeof (guint8));
      doc->diagnostics = g_array_new (FALSE, FALSE, sizeof (NpDiagnostic));
      doc->chunk = g_string_chunk_new (1024);
      doc->pool = np_string_pool_new ();
      doc->layers = g_ptr_array_new_with_free_func ((GDestroyNotify) np_layer_free);
    }
  doc->text = g_strdup ("");
  return doc;
}

/* Moves doc's arrays (as they are) into s, which becomes full. */
static void
spare_take (Spare *s, NpDocument *doc)
{
  s->items = doc->items;
  s->sections = doc->sections;
  s->tokens = doc->tokens;
  s->sentences = doc->sentences;
  s->attendees = doc->attendees;
  s->line_roles = doc->line_roles;
  s->diagnostics = doc->diagnostics;
  s->chunk = doc->chunk;
  s->pool = doc->pool;
  s->layers = doc->layers;
  s->full = TRUE;
}

/* Give doc's arrays, emptied, to the thread's spare; FALSE when the spare
 * is taken or doc is too large */
static gboolean
give_spare (NpDocument *doc)
{
  if (doc->text_len > SPARE_MAX_TEXT || doc->input_size > SPARE_MAX_TEXT)
    return FALSE;
  Spare *s = tls_spare;
  if (s == NULL)
    {
      s = g_new0 (Spare, 1);
      g_private_set (&spare_key, s);
      tls_spare = s;
    }
  if (s->full)
    return FALSE;
  g_ptr_array_set_size (doc->layers, 0); /* frees the layers */
  g_array_set_size (doc->items, 0);
  g_array_set_size (doc->sections, 0);
  g_array_set_size (doc->tokens, 0);
  g_array_set_size (doc->sentences, 0);
  g_array_set_size (doc->attendees, 0);
  g_array_set_size (doc->line_roles, 0);
  g_array_set_size (doc->diagnostics, 0);
  g_string_chunk_clear (doc->chunk);
  np_string_pool_reset (doc->pool);
  spare_take (s, doc);
  return TRUE;
}

NpDocument *
np_document_ref (NpDocument *doc)
{
  g_return_val_if_fail (doc != NULL, NULL);
  g_atomic_int_inc (&doc->ref_count);
  return doc;
}

void
np_document_unref (NpDocument *doc)
{
  if (doc == NULL || !g_atomic_int_dec_and_test (&doc->ref_count))
    return;
  g_free (doc->id);
  g_free (doc->source);
  g_free (doc->title);
  g_free (doc->date);
  g_free (doc->url);
  if (!give_spare (doc))
    {
      /* freed the way a thread's spare is */
      Spare arrays;
      spare_take (&arrays, doc);
      spare_clear (&arrays);
    }
  g_free (doc->text);
  if (doc->first_lines)
    g_array_free (doc->first_lines, TRUE);
  if (doc->attendee_names)
    g_hash_table_unref (doc->attendee_names);
  if (doc->attendee_firsts)
    g_hash_table_unref (doc->attendee_firsts);
  np_people_index_free (doc);
  g_free (doc);
}

void
np_document_note_first_line (NpDocument *doc, guint item, gsize len)
{
  if (doc->first_lines == NULL)
    doc->first_lines = g_array_new (FALSE, FALSE, sizeof (NpFirstLine));
  NpFirstLine f = { item, (guint32) len };
  g_array_append_val (doc->first_lines, f);
}

gsize
np_document_get_item_first_line (const NpDocument *doc, guint item)
{
  g_return_val_if_fail (item < doc->items->len, 0);
  const NpItem *it = &g_array_index (doc->items, NpItem, item);
  gsize all = it->end - it->start;
  if (!(it->flags & NP_ITEM_WRAPPED) || doc->first_lines == NULL)
    return all;
  /* recorded in item order: a binary search */
  guint lo = 0, hi = doc->first_lines->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const NpFirstLine *f = &g_array_index (doc->first_lines, NpFirstLine, mid);
      if (f->item == item)
        return MIN (f->len, all);
      if (f->item < item)
        lo = mid + 1;
      else
        hi = mid;
    }
  return all;
}

gsize
np_document_get_item_header (const NpDocument *doc, guint item)
{
  g_return_val_if_fail (item < doc->items->len, 0);
  gsize len;
  const char *text = np_document_peek_item_text (doc, item, &len);
  if (len < 4)
    return 0;
  if (g_ascii_isdigit (text[0]))
    {
      gsize header = np_text_chat_header (text, len, NULL, NULL);
      if (header)
        return header;
    }
  const NpItem *it = &g_array_index (doc->items, NpItem, item);
  if (!(it->flags & NP_ITEM_WRAPPED))
    return 0;
  gsize first = np_document_get_item_first_line (doc, item);
  if (first < 4 || first >= len)
    return 0;
  return np_text_chat_sender_line (text, first, NULL, NULL, NULL) || np_text_speaker_time_line (text, first, NULL, NULL)
             ? first
             : 0;
}

const char *
np_document_intern_owned (NpDocument *doc, const char *s)
{
  return s ? g_string_chunk_insert (doc->chunk, s) : NULL;
}

#define SETTER(field)                                                   \
  void np_document_set_##field (NpDocument *doc, const char *value)     \
  {                                                                     \
    g_free (doc->field);                                                \
    doc->field = g_strdup (value);                                      \
  }
SETTER (title)
SETTER (date)
SETTER (url)
SETTER (id)
#undef SETTER

void
np_document_set_sequence (NpDocument *doc, guint64 sequence)
{
  doc->sequence = sequence;
}

void
np_document_set_line_role (NpDocument *doc, guint line, NpLineRole role)
{
  g_return_if_fail (line >= 1);
  if (line > doc->line_roles->len)
    g_array_set_size (doc->line_roles, line);
  g_array_index (doc->line_roles, guint8, line - 1) = (guint8) role;
}

NpLineRole
np_document_get_line_role (const NpDocument *doc, guint line)
{
  if (line < 1 || line > doc->line_roles->len)
    return NP_LINE_BLANK;
  return g_array_index (doc->line_roles, guint8, line - 1);
}

guint
np_document_get_n_lines (const NpDocument *doc)
{
  return doc->line_roles->len;
}

const char *np_document_get_id (const NpDocument *doc) { return doc->id; }
const char *np_document_get_source (const NpDocument *doc) { return doc->source; }
guint64 np_document_get_sequence (const NpDocument *doc) { return doc->sequence; }
const char *np_document_get_title (const NpDocument *doc) { return doc->title; }
const char *np_document_get_date (const NpDocument *doc) { return doc->date; }
const char *np_document_get_url (const NpDocument *doc) { return doc->url; }
const char *np_document_get_format (const NpDocument *doc) { return doc->format; }
gsize np_document_get_input_size (const NpDocument *doc) { return doc->input_size; }

const char *
np_document_get_text (const NpDocument *doc, gsize *len)
{
  if (len)
    *len = doc->text_len;
  return doc->text;
}

#define ARRAY_GETTER(fn, type, field)                                   \
  const type *fn (const NpDocument *doc, guint *n)                      \
  {                                                                     \
    if (n)                                                              \
      *n = doc->field->len;                                             \
    return (const type *) (gconstpointer) doc->field->data;             \
  }
ARRAY_GETTER (np_document_get_items, NpItem, items)
ARRAY_GETTER (np_document_get_sections, NpSection, sections)
ARRAY_GETTER (np_document_get_tokens, NpToken, tokens)
ARRAY_GETTER (np_document_get_sentences, NpSentence, sentences)
ARRAY_GETTER (np_document_get_attendees, NpPerson, attendees)
ARRAY_GETTER (np_document_get_diagnostics, NpDiagnostic, diagnostics)
#undef ARRAY_GETTER

const char *
np_document_string (const NpDocument *doc, guint32 id)
{
  return np_string_pool_get (doc->pool, id);
}

guint32
np_document_lookup_string (const NpDocument *doc, const char *s, gssize len)
{
  g_return_val_if_fail (s != NULL, G_MAXUINT32);
  return np_string_pool_lookup (doc->pool, s, len < 0 ? strlen (s) : (gsize) len);
}

guint
np_document_n_strings (const NpDocument *doc)
{
  return np_string_pool_size (doc->pool);
}

const char *
np_document_peek_item_text (const NpDocument *doc, guint item, gsize *len)
{
  g_return_val_if_fail (item < doc->items->len, NULL);
  const NpItem *it = &g_array_index (doc->items, NpItem, item);
  if (len)
    *len = it->end - it->start;
  return doc->text + it->start;
}

char *
np_document_dup_item_text (const NpDocument *doc, guint item)
{
  gsize len;
  const char *s = np_document_peek_item_text (doc, item, &len);
  return s ? g_strndup (s, len) : NULL;
}

static void
add_diagnostic (NpDocument *doc, const char *plugin, gboolean is_error, const char *format, va_list ap)
{
  g_autofree char *msg = g_strdup_vprintf (format, ap);
  NpDiagnostic d = { np_document_intern_owned (doc, plugin), np_document_intern_owned (doc, msg), is_error };
  g_array_append_val (doc->diagnostics, d);
  if (is_error)
    doc->failed = TRUE;
}

void
np_document_add_warning (NpDocument *doc, const char *plugin, const char *format, ...)
{
  va_list ap;
  va_start (ap, format);
  add_diagnostic (doc, plugin, FALSE, format, ap);
  va_end (ap);
}

void
np_document_add_error (NpDocument *doc, const char *plugin, const char *format, ...)
{
  va_list ap;
  va_start (ap, format);
  add_diagnostic (doc, plugin, TRUE, format, ap);
  va_end (ap);
}

gboolean
np_document_has_failed (const NpDocument *doc)
{
  return doc->failed;
}

#define FAIL(...)                                                       \
  do                                                                    \
    {                                                                   \
      g_set_error (error, NP_PLUGIN_ERROR, NP_PLUGIN_ERROR_INPUT, __VA_ARGS__); \
      return FALSE;                                                     \
    }                                                                   \
  while (0)

gboolean
np_document_validate (const NpDocument *doc, GError **error)
{
  const char *end = NULL;
  if (doc->text[doc->text_len] != '\0' || strlen (doc->text) != doc->text_len)
    FAIL ("text length %zu does not match its NUL", doc->text_len);
  if (!g_utf8_validate (doc->text, doc->text_len, &end))
    FAIL ("text is not UTF-8 at byte %td", end - doc->text);

  guint32 next_token = 0, next_sentence = 0;
  for (guint i = 0; i < doc->items->len; i++)
    {
      const NpItem *it = &g_array_index (doc->items, NpItem, i);
      if (it->id != i)
        FAIL ("item %u has id %u", i, it->id);
      if (it->start > it->end || it->end > doc->text_len)
        FAIL ("item %u span [%u,%u) outside the text", i, it->start, it->end);
      if (it->line < 1 || it->line > it->end_line)
        FAIL ("item %u lines %u..%u", i, it->line, it->end_line);
      if (it->parent != NP_NONE)
        {
          if (it->parent < 0 || (guint) it->parent >= i)
            FAIL ("item %u has parent %d", i, it->parent);
          const NpItem *p = &g_array_index (doc->items, NpItem, it->parent);
          if (p->depth >= it->depth)
            FAIL ("item %u depth %u not below parent %d depth %u", i, it->depth, it->parent, p->depth);
        }
      if (it->section != NP_NONE && (it->section < 0 || (guint) it->section >= doc->sections->len))
        FAIL ("item %u has section %d", i, it->section);
      if (it->token_first != next_token)
        FAIL ("item %u tokens start at %u, expected %u", i, it->token_first, next_token);
      next_token += it->token_count;
      if (it->sentence_first != next_sentence)
        FAIL ("item %u sentences start at %u, expected %u", i, it->sentence_first, next_sentence);
      next_sentence += it->sentence_count;
    }
  if (next_token != doc->tokens->len)
    FAIL ("items own %u tokens of %u", next_token, doc->tokens->len);
  if (next_sentence != doc->sentences->len)
    FAIL ("items own %u sentences of %u", next_sentence, doc->sentences->len);
  for (guint i = 0; i < doc->items->len; i++)
    {
      const NpItem *it = &g_array_index (doc->items, NpItem, i);
      guint32 words = 0;
      for (guint k = it->token_first; k < it->token_first + it->token_count; k++)
        words += NP_TOKEN_KIND_IS_WORD (g_array_index (doc->tokens, NpToken, k).kind);
      if (it->n_words != words)
        FAIL ("item %u says %u words, its tokens have %u", i, it->n_words, words);
    }

  guint32 prev_end = 0;
  for (guint i = 0; i < doc->tokens->len; i++)
    {
      const NpToken *t = &g_array_index (doc->tokens, NpToken, i);
      const NpItem *it = &g_array_index (doc->items, NpItem, t->item);
      if (t->item >= doc->items->len || i < it->token_first || i >= it->token_first + it->token_count)
        FAIL ("token %u not in its item %u", i, t->item);
      if (t->start >= t->end || t->start < it->start || t->end > it->end || t->start < prev_end)
        FAIL ("token %u span [%u,%u) out of order or outside item %u", i, t->start, t->end, t->item);
      if (!g_utf8_validate (doc->text + t->start, t->end - t->start, NULL))
        FAIL ("token %u splits a character", i);
      if (t->norm >= np_string_pool_size (doc->pool) || t->stem >= np_string_pool_size (doc->pool))
        FAIL ("token %u has string ids out of range", i);
      if (t->sentence >= doc->sentences->len)
        FAIL ("token %u has sentence %u", i, t->sentence);
      prev_end = t->end;
    }
  for (guint i = 0; i < doc->sentences->len; i++)
    {
      const NpSentence *s = &g_array_index (doc->sentences, NpSentence, i);
      const NpItem *it = &g_array_index (doc->items, NpItem, s->item);
      if (s->token_count == 0 || s->token_first + s->token_count > doc->tokens->len)
        FAIL ("sentence %u has token range %u+%u", i, s->token_first, s->token_count);
      if (i < it->sentence_first || i >= it->sentence_first + it->sentence_count)
        FAIL ("sentence %u not in its item %u", i, s->item);
      for (guint k = s->token_first; k < s->token_first + s->token_count; k++)
        if (g_array_index (doc->tokens, NpToken, k).sentence != i)
          FAIL ("token %u in sentence %u says sentence %u", k, i,
                g_array_index (doc->tokens, NpToken, k).sentence);
    }
  for (guint i = 0; i < doc->sections->len; i++)
    {
      const NpSection *s = &g_array_index (doc->sections, NpSection, i);
      if (s->id != i)
        FAIL ("section %u has id %u", i, s->id);
      if (s->parent != NP_NONE && (s->parent < 0 || (guint) s->parent >= i))
        FAIL ("section %u has parent %d", i, s->parent);
      if (s->item_first + s->item_count > doc->items->len)
        FAIL ("section %u item range %u+%u", i, s->item_first, s->item_count);
      if (s->title == NULL)
        FAIL ("section %u has no title", i);
      for (guint k = s->item_first; k < s->item_first + s->item_count; k++)
        {
          gint32 sec = g_array_index (doc->items, NpItem, k).section;
          while (sec != NP_NONE && (guint) sec != i)
            sec = g_array_index (doc->sections, NpSection, sec).parent;
          if (sec == NP_NONE)
            FAIL ("item %u in the range of section %u belongs elsewhere", k, i);
        }
    }
  for (guint i = 0; i < doc->attendees->len; i++)
    if (g_array_index (doc->attendees, NpPerson, i).name == NULL)
      FAIL ("attendee %u has no name", i);
  return TRUE;
}
