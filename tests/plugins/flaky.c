/* flaky.c: a well-formed plugin whose stage fails on documents that say
 * "FAIL", and that breaks its own schema on documents that say "SCHEMA"
 * (an undeclared feature) or "WRONGTYPE" (a string for an int feature);
 * it requires stats.document so that ordering and skipping can be tested. */
#include <string.h>

#include "testplug.h"

static gboolean
process (gpointer instance, NpDocument *doc, GError **error)
{
  gsize len;
  const char *text = np_document_get_text (doc, &len);
  NpLayer *l = np_document_get_layer_for_write (doc, "flaky.mark", error);
  if (!l)
    return FALSE;
  NpAnnotation *a = np_layer_append (l, 0);
  np_annotation_set_string (a, "word", "seen");
  np_annotation_set_int (a, "stats_items", np_annotation_get_int (np_layer_get_annotation (np_document_get_layer (doc, "stats.document"), 0), "items", -1));
  if (strstr (text, "SCHEMA"))
    np_annotation_set_int (a, "undeclared", 1);
  if (strstr (text, "WRONGTYPE"))
    np_annotation_set_string (a, "stats_items", "many"); /* an int feature */
  if (strstr (text, "FAIL"))
    {
      g_set_error (error, NP_PLUGIN_ERROR, NP_PLUGIN_ERROR_INPUT, "this document says FAIL");
      return FALSE;
    }
  return TRUE;
}

static const NpFeatureSpec features[] = {
  { "word", NP_VALUE_STRING, 0, "a word" },
  { "stats_items", NP_VALUE_INT, 0, "items counted by stats" },
  { NULL },
};
static const NpLayerSpec mark = { "flaky.mark", NP_TARGET_DOCUMENT, "one mark", features };
static const NpLayerSpec *const provides[] = { &mark, NULL };
static const char *const requires[] = { "stats.document", NULL };
static const NpOptionSpec options[] = {
  { "mode", NP_OPTION_ENUM, "fast", "how to be flaky", "fast|slow" },
  { "level", NP_OPTION_INT, "1", "a level", "1:5" },
  { "ratio", NP_OPTION_DOUBLE, "0.5", "a ratio", "0:1" },
  { "tags", NP_OPTION_LIST, "a,b", "tags", "a|b|c" },
  { "on", NP_OPTION_BOOL, "true", "a switch", NULL },
  { NULL },
};
static const NpStage stages[] = { { .name = "mark", .kind = NP_STAGE_DOCUMENT, .requires = requires,
                                    .provides = provides, .instance_new = testplug_new,
                                    .instance_free = testplug_free, .process = process } };
static const NpPluginDescriptor descriptor = {
  .abi_version = NP_PLUGIN_ABI_VERSION, .api_minor = 0, .name = "flaky", .version = "0",
  .summary = "fails on request", .options = options, .stages = stages, .n_stages = 1,
};
NP_PLUGIN_DEFINE (flaky, descriptor)
