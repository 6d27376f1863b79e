/* apinewer.c: a plugin that needs a newer API minor than the core has. */
#include "testplug.h"

static gboolean
process (gpointer instance, NpDocument *doc, GError **error)
{
  return TRUE;
}

static const NpStage stages[] = { { .name = "x", .kind = NP_STAGE_DOCUMENT, .instance_new = testplug_new,
                                    .instance_free = testplug_free, .process = process } };
static const NpPluginDescriptor descriptor = {
  .abi_version = NP_PLUGIN_ABI_VERSION, .api_minor = NP_PLUGIN_API_MINOR + 1, .name = "apinewer",
  .version = "0", .summary = "needs a newer API", .stages = stages, .n_stages = 1,
};
NP_PLUGIN_DEFINE (apinewer, descriptor)
