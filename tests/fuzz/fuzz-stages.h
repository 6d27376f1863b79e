/* fuzz-stages.h: the in-tree plugins' document stages for the fuzz
 * targets that run them (fuzz-plugins.c, fuzz-writers.c), with the
 * plugins' sources linked in: each plugin's descriptor comes from its
 * NP_PLUGIN_DEFINE entry point, its options are the defaults, and one
 * instance per stage serves every input, as one serves a run's documents.
 *
 * fuzz_run_stages() runs them in a run's order (speakers, actions,
 * keywords, topics, stats).  A stage whose required layers are missing is
 * skipped, as the pipeline would; a stage may fail with an error, and what
 * a successful stage writes must pass the core's checks at the stage's
 * end (anything else aborts, which libFuzzer reports). */
#ifndef FUZZ_STAGES_H
#define FUZZ_STAGES_H

#include <stdio.h>
#include <stdlib.h>

#include "np-private.h"

const NpPluginDescriptor *speakers_LTX_np_plugin_descriptor (void);
const NpPluginDescriptor *actions_LTX_np_plugin_descriptor (void);
const NpPluginDescriptor *keywords_LTX_np_plugin_descriptor (void);
const NpPluginDescriptor *topics_LTX_np_plugin_descriptor (void);
const NpPluginDescriptor *stats_LTX_np_plugin_descriptor (void);

typedef struct
{
  const NpPluginDescriptor *plugin;
  const NpStage *stage;
  gpointer instance;
  NpOptions *options; /* the plugin's, kept as long as its instances, as the pipeline keeps them */
} FuzzStage;

/* The document stages, in a run's order (FuzzStage), made once */
static inline GArray *
fuzz_stages_new (void)
{
  const NpPluginDescriptor *(*const entries[]) (void) = {
    speakers_LTX_np_plugin_descriptor, actions_LTX_np_plugin_descriptor, keywords_LTX_np_plugin_descriptor,
    topics_LTX_np_plugin_descriptor, stats_LTX_np_plugin_descriptor,
  };
  GArray *stages = g_array_new (FALSE, FALSE, sizeof (FuzzStage));
  NpConfig *config = np_config_new ();
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      const NpPluginDescriptor *d = entries[i] ();
      GError *error = NULL;
      NpOptions *options = np_options_new (d, config, &error);
      g_assert_no_error (error);
      for (guint k = 0; k < d->n_stages; k++)
        {
          const NpStage *s = &d->stages[k];
          if (s->kind != NP_STAGE_DOCUMENT)
            continue;
          FuzzStage st = { d, s, s->instance_new ? s->instance_new (options, &error) : NULL, options };
          g_assert_no_error (error);
          g_array_append_val (stages, st);
        }
      if (stages->len == 0 || g_array_index (stages, FuzzStage, stages->len - 1).options != options)
        np_options_free (options); /* no document stage of this plugin holds them */
    }
  np_config_free (config);
  return stages;
}

static inline gboolean
fuzz_layers_present (const NpDocument *doc, const char *const *names)
{
  for (guint i = 0; names && names[i]; i++)
    if (np_document_get_layer (doc, names[i]) == NULL)
      return FALSE;
  return TRUE;
}

static inline void
fuzz_run_stages (GArray *stages, NpDocument *doc)
{
  GError *error = NULL;
  for (guint i = 0; i < stages->len; i++)
    {
      FuzzStage *st = &g_array_index (stages, FuzzStage, i);
      if (!fuzz_layers_present (doc, st->stage->requires))
        continue;
      np_document_begin_stage (doc, st->plugin->name, st->stage->provides);
      gboolean ok = st->stage->process (st->instance, doc, &error);
      /* a failure with its reason is the plugin's right; layers the core
       * refuses after a success are not */
      if (!ok && error == NULL)
        {
          fprintf (stderr, "%s failed without an error\n", st->plugin->name);
          abort ();
        }
      g_clear_error (&error);
      if (!np_document_end_stage (doc, ok, &error) && ok)
        {
          fprintf (stderr, "%s's layers refused: %s\n", st->plugin->name, error ? error->message : "(no message)");
          abort ();
        }
      g_clear_error (&error);
    }
}

#endif
