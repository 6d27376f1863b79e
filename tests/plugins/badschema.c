/* badschema.c: a layer feature of a value type the core does not know;
 * refused at load time rather than reaching a writer. */
#include "testplug.h"

static gboolean
process (gpointer instance, NpDocument *doc, GError **error)
{
  return TRUE;
}

static const NpFeatureSpec features[] = { { "weight", (NpValueType) 99, 0, "no such type" }, { NULL } };
static const NpLayerSpec layer = { "badschema.mark", NP_TARGET_ITEM, "a mark", features };
static const NpLayerSpec *const provides[] = { &layer, NULL };
static const NpStage stages[] = { { .name = "x", .kind = NP_STAGE_DOCUMENT, .provides = provides,
                                    .instance_new = testplug_new, .instance_free = testplug_free,
                                    .process = process } };
static const NpPluginDescriptor descriptor = {
  .abi_version = NP_PLUGIN_ABI_VERSION, .api_minor = 0, .name = "badschema", .version = "0",
  .summary = "an unknown feature type", .stages = stages, .n_stages = 1,
};
NP_PLUGIN_DEFINE (badschema, descriptor)
