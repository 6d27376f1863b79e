/* builder.c: section and item bookkeeping shared by the readers.
 *
 * Nesting uses stacks, never recursion or backward scans, so 100,000-deep
 * indentation costs the same per line as a flat list. */
#include "config.h"

#include <string.h>

#include "builder.h"
#include "bullets.h"

typedef struct
{
  guint level;
  guint32 item;
} ItemLevel;

typedef struct
{
  guint level;
  guint32 section;
} SectionLevel;

void
np_builder_init (NpBuilder *b, NpDocument *doc)
{
  memset (b, 0, sizeof *b);
  b->doc = doc;
  /* the text is about as long as the input (set by the reader before
   * this); a one-line document does not need a 4 KiB buffer, and a request
   * that large makes malloc consolidate its free lists every document */
  b->text = g_string_sized_new (MIN (doc->input_size + 64, 4096));
  b->item_stack = g_array_new (FALSE, FALSE, sizeof (ItemLevel));
  b->section_stack = g_array_new (FALSE, FALSE, sizeof (SectionLevel));
}

static void
close_section (NpBuilder *b, guint32 id)
{
  NpSection *s = &g_array_index (b->doc->sections, NpSection, id);
  s->item_count = b->doc->items->len - s->item_first;
  s->end_line = MAX (s->line, b->last_line);
}

/* text (len bytes) onto out; in Markdown (the builder's flag, not for
 * code), a backslash before ASCII punctuation is dropped outside code
 * spans, as Markdown shows it ("\\[???\\]: ..." is "[???]: ...") */
static void
append_text (GString *out, const char *text, gsize len, gboolean markdown)
{
  if (!markdown || memchr (text, '\\', len) == NULL)
    {
      g_string_append_len (out, text, len);
      return;
    }
  gboolean in_code = FALSE;
  for (gsize i = 0; i < len; i++)
    {
      if (text[i] == '`')
        in_code = !in_code;
      else if (text[i] == '\\' && !in_code && i + 1 < len && g_ascii_ispunct (text[i + 1]))
        i++;
      g_string_append_c (out, text[i]);
    }
}

static void
trim (const char **text, gssize *len)
{
  if (*len < 0)
    *len = strlen (*text);
  while (*len > 0 && g_ascii_isspace ((*text)[0]))
    (*text)++, (*len)--;
  while (*len > 0 && g_ascii_isspace ((*text)[*len - 1]))
    (*len)--;
}

void
np_builder_heading (NpBuilder *b, guint level, const char *title, gssize len, guint line)
{
  trim (&title, &len);
  np_builder_close_item (b);
  GArray *st = b->section_stack;
  while (st->len > 0 && g_array_index (st, SectionLevel, st->len - 1).level >= level)
    {
      close_section (b, g_array_index (st, SectionLevel, st->len - 1).section);
      g_array_set_size (st, st->len - 1);
    }
  NpSection s = { 0 };
  s.id = b->doc->sections->len;
  s.parent = st->len ? (gint32) g_array_index (st, SectionLevel, st->len - 1).section : NP_NONE;
  s.level = (guint16) MIN (level, G_MAXUINT16);
  GString *t = g_string_sized_new (len);
  append_text (t, title, len, b->markdown);
  s.title = np_document_intern_owned (b->doc, t->str);
  g_string_free (t, TRUE);
  s.line = line;
  s.end_line = line;
  s.item_first = b->doc->items->len;
  g_array_append_val (b->doc->sections, s);
  SectionLevel sl = { level, s.id };
  g_array_append_val (st, sl);
  g_array_set_size (b->item_stack, 0);
  b->last_line = MAX (b->last_line, line);
}

guint32
np_builder_item (NpBuilder *b, guint level, NpItemKind kind, gunichar marker, guint line, const char *text,
                 gssize len)
{
  trim (&text, &len);
  np_builder_close_item (b);
  GArray *st = b->item_stack;
  while (st->len > 0 && g_array_index (st, ItemLevel, st->len - 1).level >= level)
    g_array_set_size (st, st->len - 1);

  NpItem it = { 0 };
  it.id = b->doc->items->len;
  it.section = b->section_stack->len
                 ? (gint32) g_array_index (b->section_stack, SectionLevel, b->section_stack->len - 1).section
                 : NP_NONE;
  it.parent = st->len ? (gint32) g_array_index (st, ItemLevel, st->len - 1).item : NP_NONE;
  it.depth = (guint16) MIN (st->len, G_MAXUINT16);
  it.kind = kind;
  it.marker = marker;
  it.line = it.end_line = line;
  it.start = b->text->len;
  append_text (b->text, text, len, b->markdown && kind != NP_ITEM_CODE);
  it.end = b->text->len;
  if (kind == NP_ITEM_CODE)
    it.flags |= NP_ITEM_NO_ANALYSIS;
  g_array_append_val (b->doc->items, it);
  /* depth is capped at G_MAXUINT16: deeper items become siblings there */
  if (st->len < G_MAXUINT16)
    {
      ItemLevel il = { level, it.id };
      g_array_append_val (st, il);
    }
  b->item_open = TRUE;
  b->last_line = MAX (b->last_line, line);
  return it.id;
}

guint32
np_builder_bullet (NpBuilder *b, guint level, const NpBullet *bullet, guint line)
{
  guint32 id = np_builder_item (b, level, bullet->kind, bullet->marker, line, bullet->text, bullet->text_len);
  g_array_index (b->doc->items, NpItem, id).flags |= bullet->task;
  return id;
}

void
np_builder_continue (NpBuilder *b, guint line, const char *text, gssize len, const char *sep)
{
  NpItem *it = np_builder_last_item (b);
  g_return_if_fail (it != NULL && b->item_open);
  if (it->kind != NP_ITEM_CODE)
    trim (&text, &len);
  else if (len < 0)
    len = strlen (text);
  if (len == 0 && it->kind != NP_ITEM_CODE)
    {
      it->end_line = MAX (it->end_line, line);
      return;
    }
  if (!(it->flags & NP_ITEM_WRAPPED))
    np_document_note_first_line (b->doc, it->id, it->end - it->start);
  if (it->end > it->start || it->kind == NP_ITEM_CODE)
    g_string_append (b->text, sep);
  append_text (b->text, text, len, b->markdown && it->kind != NP_ITEM_CODE);
  it->end = b->text->len;
  it->end_line = MAX (it->end_line, line);
  it->flags |= NP_ITEM_WRAPPED;
  b->last_line = MAX (b->last_line, line);
}

void
np_builder_close_item (NpBuilder *b)
{
  if (b->item_open)
    g_string_append_c (b->text, '\n');
  b->item_open = FALSE;
}

NpItem *
np_builder_last_item (NpBuilder *b)
{
  GArray *items = b->doc->items;
  return items->len ? &g_array_index (items, NpItem, items->len - 1) : NULL;
}

gint
np_builder_open_level (NpBuilder *b)
{
  GArray *st = b->item_stack;
  return st->len ? (gint) g_array_index (st, ItemLevel, st->len - 1).level : -1;
}

void
np_builder_finish (NpBuilder *b)
{
  np_builder_close_item (b);
  GArray *st = b->section_stack;
  while (st->len > 0)
    {
      close_section (b, g_array_index (st, SectionLevel, st->len - 1).section);
      g_array_set_size (st, st->len - 1);
    }
  g_free (b->doc->text);
  b->doc->text_len = b->text->len;
  b->doc->text = g_string_free (b->text, FALSE);
  b->text = NULL;
  g_array_free (b->item_stack, TRUE);
  g_array_free (b->section_stack, TRUE);
}
