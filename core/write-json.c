/* write-json.c: JSON trees (JsonNode) for programs that want them.
 *
 * The text is made by json-writer.c; the trees here are parsed from that
 * text so both forms always carry the same members. */
#include "config.h"

#include <string.h>

#include "np-private.h"
#include "notepipe/np-output.h"

static JsonNode *
parse (GString *text)
{
  g_autoptr (JsonParser) parser = json_parser_new_immutable ();
  g_autoptr (GError) error = NULL;
  if (!json_parser_load_from_data (parser, text->str, text->len, &error))
    g_error ("internal JSON writer produced invalid JSON: %s", error->message);
  JsonNode *root = json_parser_steal_root (parser);
  g_string_free (text, TRUE);
  return root;
}

JsonNode *
np_document_to_json (const NpDocument *doc, guint flags)
{
  GString *s = g_string_sized_new (doc->text_len * 2 + 4096);
  np_document_append_json (doc, s, flags, FALSE);
  return parse (s);
}

JsonNode *
np_corpus_to_json (const NpCorpus *corpus, guint n_documents, guint n_failed)
{
  GString *s = g_string_new (NULL);
  np_corpus_append_json (corpus, n_documents, n_failed, s, FALSE);
  return parse (s);
}

JsonNode *
np_variant_to_json (GVariant *value)
{
  GString *s = g_string_new (NULL);
  np_json_append_variant (s, value);
  return parse (s);
}

JsonNode *
np_annotation_to_json (const NpAnnotation *a)
{
  GString *s = g_string_new (NULL);
  np_json_append_annotation (s, np_layer_get_spec (np_annotation_get_layer (a)), a);
  return parse (s);
}

JsonNode *
np_layer_to_json (const NpLayer *layer)
{
  GString *s = g_string_new ("[");
  const NpLayerSpec *spec = np_layer_get_spec (layer);
  for (guint i = 0; i < np_layer_get_size (layer); i++)
    {
      if (i)
        g_string_append (s, ", ");
      np_json_append_annotation (s, spec, np_layer_get_annotation (layer, i));
    }
  g_string_append_c (s, ']');
  return parse (s);
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
