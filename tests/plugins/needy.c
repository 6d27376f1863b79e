/* needy.c: requires a layer that nothing provides, and one from stats. */
#include "testplug.h"

static gboolean
process (gpointer instance, NpDocument *doc, GError **error)
{
  return TRUE;
}

static const char *const needs_missing[] = { "ghost.layer", NULL };
static const char *const needs_stats[] = { "stats.section", NULL };
static const NpStage stages[] = {
  { .name = "one", .kind = NP_STAGE_DOCUMENT, .requires = needs_stats, .instance_new = testplug_new,
    .instance_free = testplug_free, .process = process },
  { .name = "two", .kind = NP_STAGE_DOCUMENT, .requires = needs_missing, .instance_new = testplug_new,
    .instance_free = testplug_free, .process = process },
};
static const NpPluginDescriptor descriptor = {
  .abi_version = NP_PLUGIN_ABI_VERSION, .api_minor = 0, .name = "needy", .version = "0",
  .summary = "requires a missing layer", .stages = stages, .n_stages = 2,
};
NP_PLUGIN_DEFINE (needy, descriptor)
