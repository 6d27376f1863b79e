/* write-json.c: the JSON contract of docs/output-format.md.
 *
 * Layers are written from their schema: the target becomes "item",
 * "section" (or nothing for document and corpus targets) and every set
 * feature becomes a member of the same name, so any plugin's output is
 * serialized without plugin-specific code. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "np-private.h"
#include "notepipe/np-output.h"

JsonNode *
np_variant_to_json (GVariant *v)
{
  JsonNode *n = json_node_alloc ();
  if (v == NULL)
    return json_node_init_null (n);
  switch (g_variant_classify (v))
    {
    case G_VARIANT_CLASS_BOOLEAN:
      return json_node_init_boolean (n, g_variant_get_boolean (v));
    case G_VARIANT_CLASS_INT64:
      return json_node_init_int (n, g_variant_get_int64 (v));
    case G_VARIANT_CLASS_DOUBLE:
      {
        double d = g_variant_get_double (v);
        if (!isfinite (d))
          return json_node_init_null (n);
        /* six significant decimals keep files small and stable */
        return json_node_init_double (n, d);
      }
    case G_VARIANT_CLASS_STRING:
      return json_node_init_string (n, g_variant_get_string (v, NULL));
    case G_VARIANT_CLASS_ARRAY:
      {
        JsonArray *a = json_array_sized_new (g_variant_n_children (v));
        GVariantIter it;
        GVariant *child;
        g_variant_iter_init (&it, v);
        while ((child = g_variant_iter_next_value (&it)))
          {
            json_array_add_element (a, np_variant_to_json (child));
            g_variant_unref (child);
          }
        json_node_init_array (n, a);
        json_array_unref (a);
        return n;
      }
    default:
      json_node_free (n);
      return json_gvariant_serialize (v);
    }
}

static JsonObject *
annotation_object (const NpLayerSpec *spec, const NpAnnotation *a)
{
  JsonObject *o = json_object_new ();
  switch (spec->target)
    {
    case NP_TARGET_ITEM:
      json_object_set_int_member (o, "item", np_annotation_get_target (a));
      break;
    case NP_TARGET_SECTION:
      json_object_set_int_member (o, "section", np_annotation_get_target (a));
      break;
    case NP_TARGET_SPAN:
      {
        guint32 s, e;
        np_annotation_get_span (a, &s, &e);
        json_object_set_int_member (o, "item", np_annotation_get_target (a));
        JsonArray *span = json_array_new ();
        json_array_add_int_element (span, s);
        json_array_add_int_element (span, e);
        json_object_set_array_member (o, "span", span);
        break;
      }
    default:
      break;
    }
  for (const NpFeatureSpec *f = spec->features; f && f->name; f++)
    {
      GVariant *v = np_annotation_get (a, f->name);
      if (v)
        json_object_set_member (o, f->name, np_variant_to_json (v));
    }
  return o;
}

JsonNode *
np_annotation_to_json (const NpAnnotation *a)
{
  JsonObject *o = annotation_object (np_layer_get_spec (np_annotation_get_layer (a)), a);
  JsonNode *node = json_node_init_object (json_node_alloc (), o);
  json_object_unref (o);
  return node;
}

JsonNode *
np_layer_to_json (const NpLayer *layer)
{
  const NpLayerSpec *spec = np_layer_get_spec (layer);
  guint n = np_layer_get_size (layer);
  JsonArray *arr = json_array_sized_new (n);
  for (guint i = 0; i < n; i++)
    json_array_add_object_element (arr, annotation_object (spec, np_layer_get_annotation (layer, i)));
  JsonNode *node = json_node_alloc ();
  json_node_init_array (node, arr);
  json_array_unref (arr);
  return node;
}

static void
set_string_or_null (JsonObject *o, const char *name, const char *value)
{
  if (value)
    json_object_set_string_member (o, name, value);
  else
    json_object_set_null_member (o, name);
}

static const char *
item_kind_name (guint kind)
{
  static const char *const names[] = { "bullet", "numbered", "paragraph", "code", "table_row", "quote" };
  return kind < G_N_ELEMENTS (names) ? names[kind] : "unknown";
}

static const char *
token_kind_name (guint kind)
{
  static const char *const names[] = { "word", "number", "version", "punct", "symbol", "url", "email", "handle", "ident" };
  return kind < G_N_ELEMENTS (names) ? names[kind] : "unknown";
}

JsonNode *
np_document_to_json (const NpDocument *doc, guint flags)
{
  JsonObject *o = json_object_new ();
  json_object_set_string_member (o, "schema", NP_DOCUMENT_SCHEMA);
  json_object_set_string_member (o, "source", doc->source);
  set_string_or_null (o, "id", doc->id);
  set_string_or_null (o, "title", doc->title);
  set_string_or_null (o, "date", doc->date);
  set_string_or_null (o, "url", doc->url);
  json_object_set_string_member (o, "format", doc->format);

  JsonArray *people = json_array_sized_new (doc->attendees->len);
  for (guint i = 0; i < doc->attendees->len; i++)
    {
      const NpPerson *p = &g_array_index (doc->attendees, NpPerson, i);
      JsonObject *po = json_object_new ();
      json_object_set_string_member (po, "name", p->name);
      set_string_or_null (po, "handle", p->handle);
      set_string_or_null (po, "email", p->email);
      set_string_or_null (po, "abbreviation", p->abbreviation);
      set_string_or_null (po, "affiliation", p->affiliation);
      if (p->role)
        json_object_set_string_member (po, "role", p->role);
      json_object_set_int_member (po, "line", p->line);
      json_array_add_object_element (people, po);
    }
  json_object_set_array_member (o, "attendees", people);

  JsonArray *sections = json_array_sized_new (doc->sections->len);
  for (guint i = 0; i < doc->sections->len; i++)
    {
      const NpSection *s = &g_array_index (doc->sections, NpSection, i);
      JsonObject *so = json_object_new ();
      json_object_set_int_member (so, "id", s->id);
      if (s->parent == NP_NONE)
        json_object_set_null_member (so, "parent");
      else
        json_object_set_int_member (so, "parent", s->parent);
      json_object_set_int_member (so, "level", s->level);
      json_object_set_string_member (so, "title", s->title);
      json_object_set_int_member (so, "line", s->line);
      json_object_set_int_member (so, "end_line", s->end_line);
      json_object_set_int_member (so, "items", s->item_count);
      json_array_add_object_element (sections, so);
    }
  json_object_set_array_member (o, "sections", sections);

  JsonArray *items = json_array_sized_new (doc->items->len);
  for (guint i = 0; i < doc->items->len; i++)
    {
      const NpItem *it = &g_array_index (doc->items, NpItem, i);
      JsonObject *io = json_object_new ();
      json_object_set_int_member (io, "id", it->id);
      if (it->section == NP_NONE)
        json_object_set_null_member (io, "section");
      else
        json_object_set_int_member (io, "section", it->section);
      if (it->parent == NP_NONE)
        json_object_set_null_member (io, "parent");
      else
        json_object_set_int_member (io, "parent", it->parent);
      json_object_set_int_member (io, "depth", it->depth);
      json_object_set_string_member (io, "kind", item_kind_name (it->kind));
      json_object_set_int_member (io, "line", it->line);
      json_object_set_int_member (io, "end_line", it->end_line);
      g_autofree char *text = g_strndup (doc->text + it->start, it->end - it->start);
      json_object_set_string_member (io, "text", text);
      if (flags & NP_JSON_TOKENS)
        {
          JsonArray *toks = json_array_sized_new (it->token_count);
          for (guint k = it->token_first; k < it->token_first + it->token_count; k++)
            {
              const NpToken *t = &g_array_index (doc->tokens, NpToken, k);
              JsonObject *to = json_object_new ();
              g_autofree char *surface = g_strndup (doc->text + t->start, t->end - t->start);
              json_object_set_string_member (to, "text", surface);
              json_object_set_string_member (to, "kind", token_kind_name (t->kind));
              json_object_set_string_member (to, "norm", np_document_string (doc, t->norm));
              json_object_set_string_member (to, "stem", np_document_string (doc, t->stem));
              json_object_set_int_member (to, "sentence", t->sentence);
              if (t->flags & NP_TOKEN_STOPWORD)
                json_object_set_boolean_member (to, "stopword", TRUE);
              json_array_add_object_element (toks, to);
            }
          json_object_set_array_member (io, "tokens", toks);
        }
      json_array_add_object_element (items, io);
    }
  json_object_set_array_member (o, "items", items);

  JsonObject *layers = json_object_new ();
  for (guint i = 0; i < doc->layers->len; i++)
    {
      const NpLayer *l = g_ptr_array_index (doc->layers, i);
      json_object_set_member (layers, np_layer_get_name (l), np_layer_to_json (l));
    }
  json_object_set_object_member (o, "layers", layers);

  JsonArray *errors = json_array_new ();
  JsonArray *warnings = json_array_new ();
  for (guint i = 0; i < doc->diagnostics->len; i++)
    {
      const NpDiagnostic *d = &g_array_index (doc->diagnostics, NpDiagnostic, i);
      JsonObject *eo = json_object_new ();
      set_string_or_null (eo, "plugin", d->plugin);
      json_object_set_string_member (eo, "message", d->message);
      json_array_add_object_element (d->is_error ? errors : warnings, eo);
    }
  json_object_set_array_member (o, "errors", errors);
  json_object_set_array_member (o, "warnings", warnings);
  json_object_set_string_member (o, "status", doc->failed ? "failed" : "ok");

  JsonNode *node = json_node_alloc ();
  json_node_init_object (node, o);
  json_object_unref (o);
  return node;
}

char *
np_json_to_string (JsonNode *node, gboolean pretty)
{
  g_autoptr (JsonGenerator) gen = json_generator_new ();
  json_generator_set_pretty (gen, pretty);
  json_generator_set_indent (gen, 2);
  json_generator_set_root (gen, node);
  return json_generator_to_data (gen, NULL);
}

JsonNode *
np_corpus_to_json (const NpCorpus *corpus, guint n_documents, guint n_failed)
{
  JsonObject *o = json_object_new ();
  json_object_set_string_member (o, "schema", NP_CORPUS_SCHEMA);
  json_object_set_int_member (o, "documents", n_documents);
  json_object_set_int_member (o, "failed", n_failed);
  JsonObject *layers = json_object_new ();
  for (guint i = 0; corpus && i < np_corpus_get_n_layers (corpus); i++)
    {
      const NpLayer *l = np_corpus_get_nth_layer (corpus, i);
      json_object_set_member (layers, np_layer_get_name (l), np_layer_to_json (l));
    }
  json_object_set_object_member (o, "layers", layers);
  JsonNode *node = json_node_alloc ();
  json_node_init_object (node, o);
  json_object_unref (o);
  return node;
}
