/* crashy.c: a plugin that misbehaves on request, for the isolation tests:
 * "ABORT" aborts, "SEGV" dereferences NULL, "LOOP" never returns. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "testplug.h"

static gboolean
process (gpointer instance, NpDocument *doc, GError **error)
{
  gsize len;
  const char *text = np_document_get_text (doc, &len);
  if (strstr (text, "ABORT"))
    abort ();
  if (strstr (text, "SEGV"))
    {
      volatile int *p = NULL;
      *p = 1;
    }
  if (strstr (text, "LOOP"))
    for (;;)
      pause ();
  NpLayer *l = np_document_get_layer_for_write (doc, "crashy.survived", error);
  if (!l)
    return FALSE;
  np_annotation_set_bool (np_layer_append (l, 0), "ok", TRUE);
  return TRUE;
}

static const NpFeatureSpec features[] = { { "ok", NP_VALUE_BOOL, 0, "survived" }, { NULL } };
static const NpLayerSpec survived = { "crashy.survived", NP_TARGET_DOCUMENT, "the stage returned", features };
static const NpLayerSpec *const provides[] = { &survived, NULL };
static const char *const requires[] = { "stats.document", NULL };
static const NpStage stages[] = { { .name = "misbehave", .kind = NP_STAGE_DOCUMENT, .requires = requires,
                                    .provides = provides, .instance_new = testplug_new,
                                    .instance_free = testplug_free, .process = process } };
static const NpPluginDescriptor descriptor = {
  .abi_version = NP_PLUGIN_ABI_VERSION, .api_minor = 0, .name = "crashy", .version = "0",
  .summary = "crashes on request", .stages = stages, .n_stages = 1,
};
NP_PLUGIN_DEFINE (crashy, descriptor)
