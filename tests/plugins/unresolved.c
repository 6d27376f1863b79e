/* unresolved.c: a module calling a function no library defines, as one
 * built against a newer libnotepipe would.  Loaded lazily it would end the
 * process at the first call; the loader refuses it instead. */
#include "testplug.h"

int np_function_from_the_future (void);

static gboolean
process (gpointer instance, NpDocument *doc, GError **error)
{
  return np_function_from_the_future () == 0;
}

static const NpStage stages[] = { { .name = "x", .kind = NP_STAGE_DOCUMENT, .instance_new = testplug_new,
                                    .instance_free = testplug_free, .process = process } };
static const NpPluginDescriptor descriptor = {
  .abi_version = NP_PLUGIN_ABI_VERSION, .api_minor = 0, .name = "unresolved", .version = "0",
  .summary = "an undefined symbol", .stages = stages, .n_stages = 1,
};
NP_PLUGIN_DEFINE (unresolved, descriptor)
