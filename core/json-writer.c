/* json-writer.c: the document and corpus JSON, streamed as text.
 *
 * Building a JsonNode tree costs an allocation and a hash table per
 * object: a document of a million bullets took 25 s and 2 GB that way.
 * This writer appends text to a GString in one pass, with the same
 * members in the same order; np_document_to_json() parses its output, so
 * the tree API and the text can never disagree. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "np-private.h"
#include "notepipe/np-output.h"

/* Eight bytes as one word, for scanning a string a word at a time */
#define SWAR_ONES G_GUINT64_CONSTANT (0x0101010101010101)
#define SWAR_HIGH G_GUINT64_CONSTANT (0x8080808080808080)

static inline guint64
load8 (const char *p)
{
  guint64 x;
  memcpy (&x, p, sizeof x);
  return x;
}

/* Does a byte of x need escaping in a JSON string: below 0x20, '"', '\\'
 * or 0x7f?  Bytes from 0x80 up pass (the text is valid UTF-8 by then).
 * A byte b is below n (n <= 0x80) when (b - n) borrows into its high bit
 * and b's own high bit is clear; it equals c when b ^ c is below 1. */
static inline gboolean
needs_escape8 (guint64 x)
{
  guint64 low = x - SWAR_ONES * 0x20;
  guint64 quote = (x ^ (SWAR_ONES * '"')) - SWAR_ONES;
  guint64 slash = (x ^ (SWAR_ONES * '\\')) - SWAR_ONES;
  guint64 del = (x ^ (SWAR_ONES * 0x7f)) - SWAR_ONES;
  return ((low | quote | slash | del) & ~x & SWAR_HIGH) != 0;
}

void
np_json_append_string (GString *out, const char *s, gssize len)
{
  static const char hex[] = "0123456789abcdef";
  if (s == NULL)
    {
      g_string_append (out, "null");
      return;
    }
  if (len < 0)
    len = strlen (s);
  /* JSON is UTF-8: the model's text is, but a file or archive member name
   * need not be; invalid bytes become U+FFFD.  Plain ASCII (most strings)
   * needs no validation. */
  g_autofree char *valid = NULL;
  gssize i = 0;
  while (i + 8 <= len && (load8 (s + i) & SWAR_HIGH) == 0)
    i += 8;
  while (i < len && (guchar) s[i] < 0x80)
    i++;
  if (i < len && !g_utf8_validate_len (s + i, len - i, NULL))
    {
      valid = g_utf8_make_valid (s, len);
      s = valid;
      len = strlen (valid);
    }
  g_string_append_c (out, '"');
  const char *run = s;
  for (const char *p = s; p < s + len; p++)
    {
      /* eight bytes at a time while none needs escaping */
      while (p + 8 <= s + len && !needs_escape8 (load8 (p)))
        p += 8;
      if (p >= s + len)
        break;
      guchar c = *p;
      if (G_LIKELY (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f))
        continue;
      g_string_append_len (out, run, p - run);
      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\r': g_string_append (out, "\\r"); break;
        default:
          g_string_append (out, "\\u00");
          g_string_append_c (out, hex[c >> 4]);
          g_string_append_c (out, hex[c & 15]);
        }
      run = p + 1;
    }
  g_string_append_len (out, run, s + len - run);
  g_string_append_c (out, '"');
}

/* The decimal form of v, as printf's "%" G_GINT64_FORMAT writes it */
static void
append_int (GString *out, gint64 v)
{
  char buf[24];
  char *p = buf + sizeof buf;
  guint64 u = v < 0 ? 0 - (guint64) v : (guint64) v;
  do
    {
      *--p = (char) ('0' + u % 10);
      u /= 10;
    }
  while (u);
  if (v < 0)
    *--p = '-';
  g_string_append_len (out, p, buf + sizeof buf - p);
}

static void
append_double (GString *out, double d)
{
  if (!isfinite (d))
    {
      g_string_append (out, "null");
      return;
    }
  /* the shortest form that reads back as the same double, with a decimal
   * point so a double stays a double for JSON readers that type numbers */
  char buf[NP_DOUBLE_BUF];
  gsize len = np_format_double (buf, d);
  g_string_append_len (out, buf, len);
  if (!strpbrk (buf, ".eEn"))
    g_string_append (out, ".0");
}

static void
append_int_at (GString *out, gconstpointer p)
{
  gint64 x;
  memcpy (&x, p, sizeof x);
  append_int (out, x);
}

static void
append_double_at (GString *out, gconstpointer p)
{
  double x;
  memcpy (&x, p, sizeof x);
  append_double (out, x);
}

/* A list of 8-byte numbers (ax, ad), read in place, then the closing ']' */
static void
append_fixed_list (GString *out, GVariant *v, void (*append_one) (GString *, gconstpointer))
{
  gsize n;
  const guchar *x = g_variant_get_fixed_array (v, &n, 8);
  for (gsize i = 0; i < n; i++)
    {
      if (i)
        g_string_append_len (out, ", ", 2);
      append_one (out, x + 8 * i);
    }
  g_string_append_c (out, ']');
}

/* A little-endian unsigned of osize bytes at p, any alignment */
static inline guint64
read_offset (const guchar *p, gsize osize)
{
  guint64 v = 0;
  for (gsize i = osize; i > 0; i--)
    v = (v << 8) | p[i - 1];
  return v;
}

/* A list of strings written straight from GVariant's serialised form
 * (the strings one after the other, each with its NUL, then the table of
 * their end offsets, each of the size the total size calls for):
 * g_variant_get_strv checks every child through the generic machinery,
 * which cost more than the rest of a short document's JSON.  Returns
 * FALSE, having written nothing, when the data is not in that form (the
 * caller then takes the generic path). */
static gboolean
append_strings_serialised (GString *out, GVariant *v)
{
  gsize size = g_variant_get_size (v);
  const guchar *data = g_variant_get_data (v);
  if (size == 0)
    {
      g_string_append_c (out, ']');
      return TRUE;
    }
  if (data == NULL)
    return FALSE;
  gsize osize = size <= G_MAXUINT8 ? 1 : size <= G_MAXUINT16 ? 2 : size <= G_MAXUINT32 ? 4 : 8;
#define OFFSET_AT(pos) read_offset (data + (pos), osize)
  if (size < osize)
    return FALSE;
  guint64 table = OFFSET_AT (size - osize); /* the last end is where the table starts */
  if (table > size - osize || (size - table) % osize != 0)
    return FALSE;
  gsize n = (size - table) / osize;
  /* check the whole table first: nothing is written unless all is sound */
  guint64 start = 0;
  for (gsize i = 0; i < n; i++)
    {
      guint64 end = OFFSET_AT (table + i * osize);
      if (end <= start || end > table || data[end - 1] != '\0')
        return FALSE;
      start = end;
    }
  start = 0;
  for (gsize i = 0; i < n; i++)
    {
      guint64 end = OFFSET_AT (table + i * osize);
      if (i)
        g_string_append_len (out, ", ", 2);
      np_json_append_string (out, (const char *) data + start, (gssize) (end - start - 1));
      start = end;
    }
#undef OFFSET_AT
  g_string_append_c (out, ']');
  return TRUE;
}

void
np_json_append_variant (GString *out, GVariant *v)
{
  if (v == NULL)
    {
      g_string_append (out, "null");
      return;
    }
  switch (g_variant_classify (v))
    {
    case G_VARIANT_CLASS_BOOLEAN:
      g_string_append (out, g_variant_get_boolean (v) ? "true" : "false");
      return;
    case G_VARIANT_CLASS_INT64:
      append_int (out, g_variant_get_int64 (v));
      return;
    case G_VARIANT_CLASS_DOUBLE:
      append_double (out, g_variant_get_double (v));
      return;
    case G_VARIANT_CLASS_STRING:
      {
        gsize len;
        const char *s = g_variant_get_string (v, &len);
        np_json_append_string (out, s, len);
        return;
      }
    case G_VARIANT_CLASS_ARRAY:
      {
        g_string_append_c (out, '[');
        /* the list types of layer schemas, read in place (a child value
         * each costs an allocation) */
        const GVariantType *t = g_variant_get_type (v);
        if (g_variant_type_equal (t, G_VARIANT_TYPE_STRING_ARRAY))
          {
            if (!append_strings_serialised (out, v))
              {
                gsize n;
                g_autofree const char **strv = g_variant_get_strv (v, &n);
                for (gsize i = 0; i < n; i++)
                  {
                    if (i)
                      g_string_append_len (out, ", ", 2);
                    np_json_append_string (out, strv[i], -1);
                  }
                g_string_append_c (out, ']');
              }
            return;
          }
        if (g_variant_type_equal (t, G_VARIANT_TYPE ("ax")))
          {
            append_fixed_list (out, v, append_int_at);
            return;
          }
        if (g_variant_type_equal (t, G_VARIANT_TYPE ("ad")))
          {
            append_fixed_list (out, v, append_double_at);
            return;
          }
        gsize n = g_variant_n_children (v);
        for (gsize i = 0; i < n; i++)
          {
            if (i)
              g_string_append (out, ", ");
            GVariant *child = g_variant_get_child_value (v, i);
            np_json_append_variant (out, child);
            g_variant_unref (child);
          }
        g_string_append_c (out, ']');
        return;
      }
    default:
      {
        /* not produced by layer schemas; keep the output valid anyway */
        g_autofree char *text = g_variant_print (v, FALSE);
        np_json_append_string (out, text, -1);
      }
    }
}

static void
key (GString *out, const char *name)
{
  /* member names are the writers' literals and schema feature names,
   * which plugin-check.c allows only as plain ASCII words: nothing to
   * escape unless proven otherwise */
  gsize n = 0;
  for (; name[n]; n++)
    if ((guchar) name[n] < 0x20 || name[n] == '"' || name[n] == '\\' || (guchar) name[n] >= 0x7f)
      {
        np_json_append_string (out, name, -1);
        g_string_append_len (out, ": ", 2);
        return;
      }
  gsize at = out->len;
  g_string_set_size (out, at + n + 4);
  char *p = out->str + at;
  p[0] = '"';
  memcpy (p + 1, name, n);
  memcpy (p + 1 + n, "\": ", 3);
}

static void
member_string (GString *out, const char *name, const char *value, gboolean comma)
{
  key (out, name);
  np_json_append_string (out, value, -1);
  if (comma)
    g_string_append (out, ", ");
}

static void
member_int (GString *out, const char *name, gint64 value, gboolean comma)
{
  key (out, name);
  append_int (out, value);
  if (comma)
    g_string_append (out, ", ");
}

static void
member_id_or_null (GString *out, const char *name, gint32 value, gboolean comma)
{
  key (out, name);
  if (value == NP_NONE)
    g_string_append (out, "null");
  else
    append_int (out, value);
  if (comma)
    g_string_append (out, ", ");
}

/* Layout: in pretty mode, top-level members on their own lines and one
 * array element per line; compact mode is one line. */
typedef struct
{
  GString *out;
  gboolean pretty;
} Ctx;

static void
nl (Ctx *c, int indent)
{
  if (c->pretty)
    {
      if (c->out->len && c->out->str[c->out->len - 1] == ' ')
        g_string_truncate (c->out, c->out->len - 1);
      g_string_append_c (c->out, '\n');
      for (int i = 0; i < indent; i++)
        g_string_append (c->out, "  ");
    }
}

/* A typed value (np_annotation_put_*), written without a GVariant */
static void
append_peeked (GString *out, const NpValue *v)
{
  switch (v->type)
    {
    case NP_VALUE_BOOL:
      g_string_append (out, v->b ? "true" : "false");
      return;
    case NP_VALUE_INT:
      append_int (out, v->i);
      return;
    case NP_VALUE_DOUBLE:
      append_double (out, v->d);
      return;
    case NP_VALUE_STRING:
      np_json_append_string (out, v->s, (gssize) v->n);
      return;
    default:
      break;
    }
  g_string_append_c (out, '[');
  for (gsize i = 0; i < v->n; i++)
    {
      if (i)
        g_string_append_len (out, ", ", 2);
      if (v->type == NP_VALUE_STRING_LIST)
        np_json_append_string (out, v->strv[i], -1);
      else if (v->type == NP_VALUE_INT_LIST)
        append_int (out, v->ints[i]);
      else
        append_double (out, v->doubles[i]);
    }
  g_string_append_c (out, ']');
}

/* A value of a layer: its type is the schema's (the layer checked it when
 * the value was set), so scalars are read without asking the value and
 * written as the typed values are */
static void
append_typed (GString *out, NpValueType type, GVariant *v)
{
  NpValue x = { .type = type };
  switch (type)
    {
    case NP_VALUE_INT:
    case NP_VALUE_DOUBLE:
      memcpy (&x.i, g_variant_get_data (v), sizeof x.i);
      break;
    case NP_VALUE_STRING:
      x.s = g_variant_get_string (v, &x.n);
      break;
    default:
      np_json_append_variant (out, v);
      return;
    }
  append_peeked (out, &x);
}

/* The JSON of the values written last, by value and feature: plugins
 * share one value among many annotations (the same speakers, method,
 * confidence), and a value's JSON does not depend on where it stands (an
 * annotation is written on one line), so its text is copied from where
 * it was written before in the same output.  Direct-mapped; integers
 * are not kept (as cheap to write as to look up). */
#define VALUE_MEMO 64
/* a typed value's key: its string's or list's address, or a double's
 * bits; the feature's number carries TYPED_KEY so a typed key never
 * meets a GVariant's address */
#define TYPED_KEY 0x80000000u
typedef struct
{
  gconstpointer value[VALUE_MEMO];
  guint feature[VALUE_MEMO];
  gsize at[VALUE_MEMO], len[VALUE_MEMO];
} ValueMemo;

static inline guint
memo_slot (gconstpointer v, guint feature)
{
  guintptr x = (guintptr) v >> 4;
  return (guint) ((x ^ (x >> 7) ^ feature * 17u) & (VALUE_MEMO - 1));
}

static void
append_annotation (GString *out, const NpLayerSpec *spec, const NpAnnotation *a, ValueMemo *memo);

void
np_json_append_annotation (GString *out, const NpLayerSpec *spec, const NpAnnotation *a)
{
  append_annotation (out, spec, a, NULL);
}

static void
append_annotation (GString *out, const NpLayerSpec *spec, const NpAnnotation *a, ValueMemo *memo)
{
  g_string_append_c (out, '{');
  gboolean first = TRUE;
  switch (spec->target)
    {
    case NP_TARGET_ITEM:
      member_int (out, "item", np_annotation_get_target (a), FALSE);
      first = FALSE;
      break;
    case NP_TARGET_SECTION:
      member_int (out, "section", np_annotation_get_target (a), FALSE);
      first = FALSE;
      break;
    case NP_TARGET_SPAN:
      {
        guint32 s, e;
        np_annotation_get_span (a, &s, &e);
        member_int (out, "item", np_annotation_get_target (a), TRUE);
        key (out, "span");
        g_string_append_c (out, '[');
        append_int (out, s);
        g_string_append_len (out, ", ", 2);
        append_int (out, e);
        g_string_append_c (out, ']');
        first = FALSE;
        break;
      }
    default:
      break;
    }
  /* the schema's types hold for the annotation's own layer */
  gboolean typed = np_layer_get_spec (np_annotation_get_layer (a)) == spec;
  guint fi = 0;
  for (const NpFeatureSpec *f = spec->features; f && f->name; f++, fi++)
    {
      NpValue peeked;
      gboolean is_peeked = typed && np_annotation_peek (a, fi, &peeked);
      GVariant *v = is_peeked ? NULL : np_annotation_get (a, f->name);
      if (!v && !is_peeked)
        continue;
      if (!first)
        g_string_append_len (out, ", ", 2);
      key (out, f->name);
      first = FALSE;
      guint slot = 0;
      gconstpointer memo_key = v;
      guint memo_feature = fi;
      gboolean memo_use = memo && typed && f->type != NP_VALUE_INT && f->type != NP_VALUE_BOOL;
      if (is_peeked && memo_use)
        {
          memo_feature |= TYPED_KEY;
          /* the union's 8 bytes: a double's bits, a string's or a list's address */
          G_STATIC_ASSERT (sizeof memo_key == sizeof peeked.i);
          memcpy (&memo_key, &peeked.i, sizeof memo_key);
        }
      if (memo_use)
        {
          slot = memo_slot (memo_key, fi);
          if (memo->value[slot] == memo_key && memo->feature[slot] == memo_feature)
            {
              /* from the same string: g_string_append_len copes when
               * it grows */
              g_string_append_len (out, out->str + memo->at[slot], memo->len[slot]);
              continue;
            }
        }
      gsize at = out->len;
      if (is_peeked)
        append_peeked (out, &peeked);
      else if (typed)
        append_typed (out, f->type, v);
      else
        np_json_append_variant (out, v);
      if (memo_use)
        {
          memo->value[slot] = memo_key;
          memo->feature[slot] = memo_feature;
          memo->at[slot] = at;
          memo->len[slot] = out->len - at;
        }
    }
  g_string_append_c (out, '}');
}

/* The layers object; internal layers (a plugin's working state) only when
 * flags has NP_JSON_INTERNAL_LAYERS. */
static void
append_layers (Ctx *c, guint n, const NpLayer *(*nth) (gconstpointer, guint), gconstpointer owner, int indent,
               guint flags)
{
  gboolean any = FALSE;
  g_string_append_c (c->out, '{');
  for (guint i = 0; i < n; i++)
    {
      const NpLayer *l = nth (owner, i);
      const NpLayerSpec *spec = np_layer_get_spec (l);
      if ((spec->flags & NP_LAYER_INTERNAL) && !(flags & NP_JSON_INTERNAL_LAYERS))
        continue;
      if (any)
        g_string_append_c (c->out, ',');
      any = TRUE;
      nl (c, indent + 1);
      key (c->out, np_layer_get_name (l));
      g_string_append_c (c->out, '[');
      guint size = np_layer_get_size (l);
      ValueMemo memo; /* offsets into c->out, valid while this layer is written */
      memset (memo.value, 0, sizeof memo.value);
      for (guint k = 0; k < size; k++)
        {
          if (k)
            g_string_append_c (c->out, ',');
          nl (c, indent + 2);
          append_annotation (c->out, spec, np_layer_get_annotation (l, k), &memo);
        }
      if (size)
        nl (c, indent + 1);
      g_string_append_c (c->out, ']');
    }
  if (any)
    nl (c, indent);
  g_string_append_c (c->out, '}');
}

static const NpLayer *
doc_nth_layer (gconstpointer doc, guint i)
{
  return np_document_get_nth_layer (doc, i);
}

static const NpLayer *
corpus_nth_layer (gconstpointer corpus, guint i)
{
  return np_corpus_get_nth_layer (corpus, i);
}

static const char *const item_kinds[] = { "bullet", "numbered", "paragraph", "code", "table_row", "quote" };

const char *
np_item_kind_name (guint kind)
{
  return kind < G_N_ELEMENTS (item_kinds) ? item_kinds[kind] : "unknown";
}

guint
np_item_kind_from_name (const char *name, guint fallback)
{
  for (guint k = 0; name && k < G_N_ELEMENTS (item_kinds); k++)
    if (strcmp (item_kinds[k], name) == 0)
      return k;
  return fallback;
}
static const char *const token_kinds[] = { "word", "number", "version", "punct", "symbol",
                                           "url", "email", "handle", "ident" };

void
np_document_append_json (const NpDocument *doc, GString *out, guint flags, gboolean pretty)
{
  Ctx c = { out, pretty };
  g_string_append_c (out, '{');
  nl (&c, 1);
  member_string (out, "schema", NP_DOCUMENT_SCHEMA, TRUE);
  nl (&c, 1);
  member_string (out, "source", doc->source, TRUE);
  nl (&c, 1);
  member_string (out, "id", doc->id, TRUE);
  nl (&c, 1);
  member_string (out, "title", doc->title, TRUE);
  nl (&c, 1);
  member_string (out, "date", doc->date, TRUE);
  nl (&c, 1);
  member_string (out, "url", doc->url, TRUE);
  nl (&c, 1);
  member_string (out, "format", doc->format, TRUE);

  nl (&c, 1);
  key (out, "attendees");
  g_string_append_c (out, '[');
  for (guint i = 0; i < doc->attendees->len; i++)
    {
      const NpPerson *p = &g_array_index (doc->attendees, NpPerson, i);
      if (i)
        g_string_append_c (out, ',');
      nl (&c, 2);
      g_string_append_c (out, '{');
      member_string (out, "name", p->name, TRUE);
      member_string (out, "handle", p->handle, TRUE);
      member_string (out, "email", p->email, TRUE);
      member_string (out, "abbreviation", p->abbreviation, TRUE);
      member_string (out, "affiliation", p->affiliation, TRUE);
      if (p->role)
        member_string (out, "role", p->role, TRUE);
      member_int (out, "line", p->line, FALSE);
      g_string_append_c (out, '}');
    }
  if (doc->attendees->len)
    nl (&c, 1);
  g_string_append (out, "],");

  nl (&c, 1);
  key (out, "sections");
  g_string_append_c (out, '[');
  for (guint i = 0; i < doc->sections->len; i++)
    {
      const NpSection *s = &g_array_index (doc->sections, NpSection, i);
      if (i)
        g_string_append_c (out, ',');
      nl (&c, 2);
      g_string_append_c (out, '{');
      member_int (out, "id", s->id, TRUE);
      member_id_or_null (out, "parent", s->parent, TRUE);
      member_int (out, "level", s->level, TRUE);
      member_string (out, "title", s->title, TRUE);
      member_int (out, "line", s->line, TRUE);
      member_int (out, "end_line", s->end_line, TRUE);
      member_int (out, "items", s->item_count, FALSE);
      g_string_append_c (out, '}');
    }
  if (doc->sections->len)
    nl (&c, 1);
  g_string_append (out, "],");

  nl (&c, 1);
  key (out, "items");
  g_string_append_c (out, '[');
  for (guint i = 0; i < doc->items->len; i++)
    {
      const NpItem *it = &g_array_index (doc->items, NpItem, i);
      if (i)
        g_string_append_c (out, ',');
      nl (&c, 2);
      g_string_append_c (out, '{');
      member_int (out, "id", it->id, TRUE);
      member_id_or_null (out, "section", it->section, TRUE);
      member_id_or_null (out, "parent", it->parent, TRUE);
      member_int (out, "depth", it->depth, TRUE);
      member_string (out, "kind", np_item_kind_name (it->kind), TRUE);
      if (it->flags & NP_ITEM_TASK)
        member_string (out, "task", it->flags & NP_ITEM_TASK_DONE ? "done" : "open", TRUE);
      member_int (out, "line", it->line, TRUE);
      member_int (out, "end_line", it->end_line, TRUE);
      key (out, "text");
      np_json_append_string (out, doc->text + it->start, it->end - it->start);
      if (flags & NP_JSON_TOKENS)
        {
          g_string_append (out, ", \"tokens\": [");
          for (guint k = it->token_first; k < it->token_first + it->token_count; k++)
            {
              const NpToken *t = &g_array_index (doc->tokens, NpToken, k);
              if (k > it->token_first)
                g_string_append (out, ", ");
              g_string_append_c (out, '{');
              key (out, "text");
              np_json_append_string (out, doc->text + t->start, t->end - t->start);
              g_string_append (out, ", ");
              member_string (out, "kind", t->kind < G_N_ELEMENTS (token_kinds) ? token_kinds[t->kind] : "unknown",
                             TRUE);
              member_string (out, "norm", np_document_string (doc, t->norm), TRUE);
              member_string (out, "stem", np_document_string (doc, t->stem), TRUE);
              member_int (out, "sentence", t->sentence, t->flags & NP_TOKEN_STOPWORD);
              if (t->flags & NP_TOKEN_STOPWORD)
                g_string_append (out, "\"stopword\": true");
              g_string_append_c (out, '}');
            }
          g_string_append_c (out, ']');
        }
      g_string_append_c (out, '}');
    }
  if (doc->items->len)
    nl (&c, 1);
  g_string_append (out, "],");

  nl (&c, 1);
  key (out, "layers");
  append_layers (&c, doc->layers->len, doc_nth_layer, doc, 1, flags);
  g_string_append_c (out, ',');

  for (int pass = 0; pass < 2; pass++)
    {
      nl (&c, 1);
      key (out, pass == 0 ? "errors" : "warnings");
      g_string_append_c (out, '[');
      gboolean any = FALSE;
      for (guint i = 0; i < doc->diagnostics->len; i++)
        {
          const NpDiagnostic *d = &g_array_index (doc->diagnostics, NpDiagnostic, i);
          if (d->is_error != (pass == 0))
            continue;
          if (any)
            g_string_append_c (out, ',');
          nl (&c, 2);
          g_string_append_c (out, '{');
          member_string (out, "plugin", d->plugin, TRUE);
          member_string (out, "message", d->message, FALSE);
          g_string_append_c (out, '}');
          any = TRUE;
        }
      if (any)
        nl (&c, 1);
      g_string_append (out, "],");
    }
  nl (&c, 1);
  member_string (out, "status", doc->failed ? "failed" : "ok", FALSE);
  nl (&c, 0);
  g_string_append_c (out, '}');
}

void
np_corpus_append_json (const NpCorpus *corpus, guint n_documents, guint n_failed, GString *out, gboolean pretty)
{
  np_corpus_append_json_full (corpus, n_documents, n_failed, 0, out, pretty);
}

void
np_corpus_append_json_full (const NpCorpus *corpus, guint n_documents, guint n_failed, guint flags, GString *out,
                            gboolean pretty)
{
  Ctx c = { out, pretty };
  g_string_append_c (out, '{');
  member_string (out, "schema", NP_CORPUS_SCHEMA, TRUE);
  member_int (out, "documents", n_documents, TRUE);
  member_int (out, "failed", n_failed, TRUE);
  key (out, "layers");
  append_layers (&c, corpus ? np_corpus_get_n_layers (corpus) : 0, corpus_nth_layer, corpus, 0, flags);
  g_string_append_c (out, '}');
}
