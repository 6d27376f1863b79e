/* speakers-stub.c: a test-only plugin that provides speakers.turn the way
 * the speakers plugin does (one annotation per item, "speakers" a string
 * list), from items written "Name: text", so that test-keywords can check
 * the keywords plugin's speaker scope on its own.  Built for make check
 * only, in its own directory, never installed. */
#include <string.h>

#include <notepipe/notepipe.h>

static gpointer
stub_new (const NpOptions *options, GError **error)
{
  return g_new0 (int, 1);
}

static gboolean
stub_process (gpointer instance, NpDocument *doc, GError **error)
{
  NpLayer *layer = np_document_get_layer_for_write (doc, "speakers.turn", error);
  if (!layer)
    return FALSE;
  guint n;
  np_document_get_items (doc, &n);
  for (guint i = 0; i < n; i++)
    {
      gsize len;
      const char *text = np_document_peek_item_text (doc, i, &len);
      const char *colon = memchr (text, ':', MIN (len, 24));
      g_autofree char *name = NULL, *mention = NULL;
      if (colon && colon > text)
        name = g_strndup (text, colon - text), mention = g_strdup (name);
      else if (len > 3 && text[len - 1] == ')')
        {
          /* "... text (Name)": a mark after the speech, as MeetBot's
           * minutes end their lines */
          const char *open = text + len - 1;
          while (open > text && *open != '(')
            open--;
          if (open == text || open[-1] != ' ')
            continue;
          name = g_strndup (open + 1, text + len - 1 - (open + 1));
          mention = g_strndup (open, text + len - open);
        }
      else
        continue;
      const char *names[] = { name, NULL }, *mentions[] = { mention, NULL };
      NpAnnotation *a = np_layer_append (layer, i);
      np_annotation_set_strv (a, "speakers", names, -1);
      np_annotation_set_strv (a, "mentions", mentions, -1); /* the mark as written */
    }
  return TRUE;
}

static const NpFeatureSpec features[] = {
  { "speakers", NP_VALUE_STRING_LIST, 0, "speaker names" },
  { "mentions", NP_VALUE_STRING_LIST, 0, "the marks as written" },
  { NULL },
};
static const NpLayerSpec turn = { "speakers.turn", NP_TARGET_ITEM, "who wrote the item (test stub)", features };
static const NpLayerSpec *const provides[] = { &turn, NULL };
static const NpStage stages[] = {
  { .name = "stub", .kind = NP_STAGE_DOCUMENT, .provides = provides, .instance_new = stub_new,
    .instance_free = g_free, .process = stub_process },
};
static const NpPluginDescriptor descriptor = {
  .abi_version = NP_PLUGIN_ABI_VERSION,
  .api_minor = NP_PLUGIN_API_MINOR,
  .name = "speakers", /* its layers must be named speakers.* */
  .version = "0",
  .summary = "test stub for speakers.turn",
  .license = "MIT",
  .stages = stages,
  .n_stages = G_N_ELEMENTS (stages),
};

NP_PLUGIN_DEFINE (speakers_stub, descriptor)
