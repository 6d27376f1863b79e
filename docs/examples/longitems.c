/* longitems.c: the plugin of docs/plugin-guide.md, "A first plugin": the
 * items of a document that run longer than a number of words.
 *
 * Built and run by `make check` (docs/examples/local.mk), and quoted in the
 * guide between the [guide:NAME] markers: the guide test fails when the
 * guide and this file disagree. */
#include <notepipe/notepipe.h>

/* [guide:instance] */
/* One instance per worker thread: the options, read once.  No globals. */
typedef struct
{
  gint64 min_words; /* option min_words */
  gint64 max_items; /* option max_items */
} LongItems;

static gpointer
longitems_new (const NpOptions *options, GError **error)
{
  LongItems *self = g_new0 (LongItems, 1);
  self->min_words = np_options_get_int (options, "min_words");
  self->max_items = np_options_get_int (options, "max_items");
  return self;
}

static void
longitems_free (gpointer instance)
{
  g_free (instance);
}
/* [/guide:instance] */

/* [guide:process] */
static gboolean
longitems_process (gpointer instance, NpDocument *doc, GError **error)
{
  LongItems *self = instance;
  guint n_items;
  const NpItem *items = np_document_get_items (doc, &n_items);
  const NpToken *tokens = np_document_get_tokens (doc, NULL);

  /* A document this plugin cannot handle fails with a message; the core
   * records it under the plugin's name and goes on with the others. */
  if (self->max_items > 0 && n_items > self->max_items)
    {
      g_set_error (error, NP_PLUGIN_ERROR, NP_PLUGIN_ERROR_INPUT, "%u items, more than max_items=%" G_GINT64_FORMAT,
                   n_items, self->max_items);
      return FALSE;
    }

  /* Only layers this stage provides can be written. */
  NpLayer *layer = np_document_get_layer_for_write (doc, "longitems.item", error);
  if (!layer)
    return FALSE;
  for (guint i = 0; i < n_items; i++)
    {
      gint64 words = 0;
      for (guint t = items[i].token_first; t < items[i].token_first + items[i].token_count; t++)
        words += tokens[t].kind == NP_TOKEN_WORD;
      if (words < self->min_words)
        continue;
      NpAnnotation *a = np_layer_append (layer, items[i].id);
      np_annotation_set_int (a, "words", words);
      np_annotation_set_int (a, "line", items[i].line);
    }
  return TRUE;
}
/* [/guide:process] */

/* [guide:schema] */
static const NpFeatureSpec item_features[] = {
  { "words", NP_VALUE_INT, 0, "words in the item" },
  { "line", NP_VALUE_INT, 0, "its first source line" },
  { NULL },
};

static const NpLayerSpec item_layer = {
  .name = "longitems.item", /* <plugin>.<layer> */
  .target = NP_TARGET_ITEM, /* JSON: {"item": id, "words": n, "line": n} */
  .help = "an item with at least min_words words",
  .features = item_features,
};

static const NpLayerSpec *const provides[] = { &item_layer, NULL };
/* [/guide:schema] */

/* [guide:options] */
static const NpOptionSpec options[] = {
  { "min_words", NP_OPTION_INT, "40", "report items with at least this many words", "1:" },
  { "max_items", NP_OPTION_INT, "100000", "fail documents with more items (0: no limit)", "0:" },
  { NULL },
};
/* [/guide:options] */

/* [guide:descriptor] */
static const NpStage stages[] = {
  {
    .name = "find",
    .kind = NP_STAGE_DOCUMENT,
    .provides = provides,
    .instance_new = longitems_new,
    .instance_free = longitems_free,
    .process = longitems_process,
  },
};

static const NpPluginDescriptor descriptor = {
  .abi_version = NP_PLUGIN_ABI_VERSION, /* what it was compiled against */
  .api_minor = NP_PLUGIN_API_MINOR,
  .name = "longitems",
  .version = "1.0",
  .summary = "items longer than a number of words",
  .license = "MIT",
  .options = options,
  .stages = stages,
  .n_stages = G_N_ELEMENTS (stages),
};

/* exports longitems_LTX_np_plugin_descriptor: the module is longitems.so */
NP_PLUGIN_DEFINE (longitems, descriptor)
/* [/guide:descriptor] */
