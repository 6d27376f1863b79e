/* duplicate.c: a second plugin called "crashy"; the one found first wins,
 * this one is refused with the reason. */
#include "testplug.h"

static gboolean
process (gpointer instance, NpDocument *doc, GError **error)
{
  return TRUE;
}

static const NpStage stages[] = { { .name = "x", .kind = NP_STAGE_DOCUMENT, .instance_new = testplug_new,
                                    .instance_free = testplug_free, .process = process } };
static const NpPluginDescriptor descriptor = {
  .abi_version = NP_PLUGIN_ABI_VERSION, .api_minor = 0, .name = "crashy", .version = "0",
  .summary = "a duplicate name", .stages = stages, .n_stages = 1,
};
NP_PLUGIN_DEFINE (duplicate, descriptor)
