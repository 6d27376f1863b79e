/* badname.c: a plugin name outside the rule (it prefixes layer names). */
#include "testplug.h"

static gboolean
process (gpointer instance, NpDocument *doc, GError **error)
{
  return TRUE;
}

static const NpStage stages[] = { { .name = "x", .kind = NP_STAGE_DOCUMENT, .instance_new = testplug_new,
                                    .instance_free = testplug_free, .process = process } };
static const NpPluginDescriptor descriptor = {
  .abi_version = NP_PLUGIN_ABI_VERSION, .api_minor = 0, .name = "Bad Name", .version = "0",
  .summary = "an invalid name", .stages = stages, .n_stages = 1,
};
NP_PLUGIN_DEFINE (badname, descriptor)
