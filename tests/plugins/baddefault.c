/* baddefault.c: an option whose default its own spec rejects (an integer
 * option defaulting to "many"); refused at load time, since otherwise
 * every pipeline including it would fail. */
#include "testplug.h"

static gboolean
process (gpointer instance, NpDocument *doc, GError **error)
{
  return TRUE;
}

static const NpOptionSpec options[] = { { "limit", NP_OPTION_INT, "many", "a limit", "1:10" }, { NULL } };
static const NpStage stages[] = { { .name = "x", .kind = NP_STAGE_DOCUMENT, .instance_new = testplug_new,
                                    .instance_free = testplug_free, .process = process } };
static const NpPluginDescriptor descriptor = {
  .abi_version = NP_PLUGIN_ABI_VERSION, .api_minor = 0, .name = "baddefault", .version = "0",
  .summary = "an invalid option default", .options = options, .stages = stages, .n_stages = 1,
};
NP_PLUGIN_DEFINE (baddefault, descriptor)
