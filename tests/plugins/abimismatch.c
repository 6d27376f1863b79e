/* abimismatch.c: a plugin built for another ABI; the loader must refuse it. */
#include "testplug.h"

static gboolean
process (gpointer instance, NpDocument *doc, GError **error)
{
  return TRUE;
}

static const NpStage stages[] = { { .name = "x", .kind = NP_STAGE_DOCUMENT, .instance_new = testplug_new,
                                    .instance_free = testplug_free, .process = process } };
static const NpPluginDescriptor descriptor = {
  .abi_version = NP_PLUGIN_ABI_VERSION + 41, .api_minor = 0, .name = "abimismatch", .version = "0",
  .summary = "built for another ABI", .stages = stages, .n_stages = 1,
};
NP_PLUGIN_DEFINE (abimismatch, descriptor)
