/* pipeline.c: plugin order, per-thread workers, summaries (corpus runs:
 * corpus.c).
 *
 * Order comes from layers, never from plugin names: a stage runs after the
 * stages that provide the layers it requires.  The default pipeline (every
 * plugin found) is a stable topological sort; a list the user gave is
 * checked and refused if it is not already in a valid order, so what runs
 * is exactly what was asked for. */
#include "config.h"

#include <string.h>

#include "np-private.h"
#include "notepipe/np-pipeline.h"
#include "pipeline-private.h"

gboolean np_config_check_unknown (const NpConfig *c, GHashTable *plugins, GError **error);
char *np_options_describe (const NpOptions *o, const char *plugin);

struct _NpWorker
{
  NpPipeline *pipeline;
  GPtrArray *instances; /* gpointer per doc stage (NULL for serialized) */
};

static void
stage_ref_free (StageRef *s)
{
  if (s->shared)
    s->stage->instance_free (s->shared);
  g_mutex_clear (&s->lock);
  g_free (s);
}

void
np_pipeline_free (NpPipeline *p)
{
  if (!p)
    return;
  g_ptr_array_free (p->doc_stages, TRUE);
  g_ptr_array_free (p->corpus_stages, TRUE);
  g_ptr_array_free (p->options, TRUE);
  g_ptr_array_free (p->plugins, TRUE);
  g_free (p->fingerprint);
  g_free (p->explain);
  g_free (p);
}

/* Which selected plugin provides layer (or NULL) */
static const NpPluginDescriptor *
provider_of (GPtrArray *plugins, const char *layer, const NpStage **stage_out)
{
  for (guint i = 0; i < plugins->len; i++)
    {
      const NpPluginDescriptor *d = g_ptr_array_index (plugins, i);
      for (guint s = 0; s < d->n_stages; s++)
        for (const NpLayerSpec *const *l = d->stages[s].provides; l && *l; l++)
          if (strcmp ((*l)->name, layer) == 0)
            {
              if (stage_out)
                *stage_out = &d->stages[s];
              return d;
            }
    }
  return NULL;
}

static gboolean
provides_layer (const NpPluginDescriptor *d, const char *layer)
{
  for (guint t = 0; t < d->n_stages; t++)
    for (const NpLayerSpec *const *l = d->stages[t].provides; l && *l; l++)
      if (strcmp ((*l)->name, layer) == 0)
        return TRUE;
  return FALSE;
}

static gboolean
requires_layer_of (const NpPluginDescriptor *a, const NpPluginDescriptor *b)
{
  /* does a require or use a layer that b provides? */
  for (guint s = 0; s < a->n_stages; s++)
    {
      for (const char *const *r = a->stages[s].requires; r && *r; r++)
        if (provides_layer (b, *r))
          return TRUE;
      for (const char *const *r = a->stages[s].uses; r && *r; r++)
        if (provides_layer (b, *r))
          return TRUE;
    }
  return FALSE;
}

static gint
compare_names (gconstpointer a, gconstpointer b)
{
  const NpPluginDescriptor *const *x = a, *const *y = b;
  return strcmp ((*x)->name, (*y)->name);
}

/* Stable topological sort of plugins (by name among equals). */
static GPtrArray *
sort_plugins (GPtrArray *in, GError **error)
{
  GPtrArray *todo = g_ptr_array_copy (in, NULL, NULL);
  g_ptr_array_sort (todo, compare_names);
  GPtrArray *out = g_ptr_array_new ();
  while (todo->len > 0)
    {
      gboolean progress = FALSE;
      for (guint i = 0; i < todo->len; i++)
        {
          const NpPluginDescriptor *d = g_ptr_array_index (todo, i);
          gboolean ready = TRUE;
          for (guint j = 0; j < todo->len && ready; j++)
            if (j != i && requires_layer_of (d, g_ptr_array_index (todo, j)))
              ready = FALSE;
          if (ready)
            {
              g_ptr_array_add (out, (gpointer) d);
              g_ptr_array_remove_index (todo, i);
              progress = TRUE;
              break;
            }
        }
      if (!progress)
        {
          GString *names = g_string_new (NULL);
          for (guint i = 0; i < todo->len; i++)
            g_string_append_printf (names, "%s%s", i ? ", " : "",
                                    ((const NpPluginDescriptor *) g_ptr_array_index (todo, i))->name);
          g_set_error (error, NP_PIPELINE_ERROR, NP_PIPELINE_ERROR_CYCLE, "plugins %s require each other's layers",
                       names->str);
          g_string_free (names, TRUE);
          g_ptr_array_free (todo, TRUE);
          g_ptr_array_free (out, TRUE);
          return NULL;
        }
    }
  g_ptr_array_free (todo, TRUE);
  return out;
}

static gboolean
check_layers (NpRegistry *registry, GPtrArray *plugins, gboolean explicit_list, GError **error)
{
  /* one provider per layer */
  for (guint i = 0; i < plugins->len; i++)
    {
      const NpPluginDescriptor *d = g_ptr_array_index (plugins, i);
      for (guint s = 0; s < d->n_stages; s++)
        for (const NpLayerSpec *const *l = d->stages[s].provides; l && *l; l++)
          {
            const NpPluginDescriptor *p = provider_of (plugins, (*l)->name, NULL);
            if (p != d)
              {
                g_set_error (error, NP_PIPELINE_ERROR, NP_PIPELINE_ERROR_DUPLICATE_LAYER,
                             "layer %s is provided by both %s and %s", (*l)->name, p->name, d->name);
                return FALSE;
              }
          }
    }
  /* layers used when present: their provider, if selected, must come first */
  for (guint i = 0; explicit_list && i < plugins->len; i++)
    {
      const NpPluginDescriptor *d = g_ptr_array_index (plugins, i);
      for (guint s = 0; s < d->n_stages; s++)
        for (const char *const *r = d->stages[s].uses; r && *r; r++)
          for (guint k = i + 1; k < plugins->len; k++)
            {
              const NpPluginDescriptor *p = g_ptr_array_index (plugins, k);
              if (p != d && provides_layer (p, *r))
                {
                  g_set_error (error, NP_PIPELINE_ERROR, NP_PIPELINE_ERROR_ORDER,
                               "plugin %s uses layer %s from %s, which comes after it in --plugins: "
                               "list %s before %s",
                               d->name, *r, p->name, p->name, d->name);
                  return FALSE;
                }
            }
    }
  /* every required layer is provided, by an earlier plugin when explicit */
  for (guint i = 0; i < plugins->len; i++)
    {
      const NpPluginDescriptor *d = g_ptr_array_index (plugins, i);
      for (guint s = 0; s < d->n_stages; s++)
        for (const char *const *r = d->stages[s].requires; r && *r; r++)
          {
            const NpStage *pst = NULL;
            const NpPluginDescriptor *p = provider_of (plugins, *r, &pst);
            if (!p)
              {
                const char *who = NULL;
                for (guint k = 0; registry && k < np_registry_get_n_plugins (registry); k++)
                  {
                    const NpPluginInfo *pi = np_registry_get_plugin (registry, k);
                    GPtrArray one = { 0 };
                    gpointer arr[1] = { (gpointer) pi->descriptor };
                    one.pdata = arr;
                    one.len = 1;
                    if (provider_of (&one, *r, NULL))
                      who = pi->name;
                  }
                if (who)
                  g_set_error (error, NP_PIPELINE_ERROR, NP_PIPELINE_ERROR_MISSING_LAYER,
                               "plugin %s requires layer %s, which plugin %s provides: add %s to --plugins before %s",
                               d->name, *r, who, who, d->name);
                else
                  g_set_error (error, NP_PIPELINE_ERROR, NP_PIPELINE_ERROR_MISSING_LAYER,
                               "plugin %s requires layer %s, which no available plugin provides", d->name, *r);
                return FALSE;
              }
            if (p == d && d->stages[s].kind == NP_STAGE_DOCUMENT && pst->kind == NP_STAGE_DOCUMENT
                && pst >= &d->stages[s])
              {
                g_set_error (error, NP_PIPELINE_ERROR, NP_PIPELINE_ERROR_ORDER,
                             "plugin %s: stage %s requires layer %s from a later stage of its own", d->name,
                             d->stages[s].name, *r);
                return FALSE;
              }
            if (explicit_list && p != d)
              {
                guint pi = 0;
                while (g_ptr_array_index (plugins, pi) != p)
                  pi++;
                if (pi > i)
                  {
                    g_set_error (error, NP_PIPELINE_ERROR, NP_PIPELINE_ERROR_ORDER,
                                 "plugin %s requires layer %s from %s, which comes after it in --plugins: "
                                 "list %s before %s",
                                 d->name, *r, p->name, p->name, d->name);
                    return FALSE;
                  }
              }
          }
    }
  return TRUE;
}

NpPipeline *
np_pipeline_new (NpRegistry *registry, const char *const *names, const NpConfig *config, GError **error)
{
  g_autoptr (GPtrArray) chosen = g_ptr_array_new ();
  gboolean explicit_list = names != NULL;
  if (names)
    {
      for (const char *const *n = names; *n; n++)
        {
          const NpPluginInfo *pi = np_registry_lookup (registry, *n);
          if (!pi)
            {
              const NpRefusal *ref = np_registry_lookup_refusal (registry, *n);
              if (ref)
                g_set_error (error, NP_PIPELINE_ERROR, NP_PIPELINE_ERROR_UNKNOWN_PLUGIN,
                             "plugin %s cannot be used: %s: %s", *n, ref->path, ref->reason);
              else
                {
                  GString *known = g_string_new (NULL);
                  for (guint k = 0; k < np_registry_get_n_plugins (registry); k++)
                    g_string_append_printf (known, "%s%s", k ? ", " : "", np_registry_get_plugin (registry, k)->name);
                  g_set_error (error, NP_PIPELINE_ERROR, NP_PIPELINE_ERROR_UNKNOWN_PLUGIN,
                               "no plugin named %s (available: %s; see notepipe plugins --all)", *n,
                               known->len ? known->str : "none");
                  g_string_free (known, TRUE);
                }
              return NULL;
            }
          for (guint k = 0; k < chosen->len; k++)
            if (g_ptr_array_index (chosen, k) == pi->descriptor)
              {
                g_set_error (error, NP_PIPELINE_ERROR, NP_PIPELINE_ERROR_UNKNOWN_PLUGIN,
                             "plugin %s is listed twice in --plugins", *n);
                return NULL;
              }
          g_ptr_array_add (chosen, (gpointer) pi->descriptor);
        }
    }
  else
    for (guint k = 0; k < np_registry_get_n_plugins (registry); k++)
      g_ptr_array_add (chosen, (gpointer) np_registry_get_plugin (registry, k)->descriptor);

  GPtrArray *ordered = explicit_list ? g_ptr_array_copy (chosen, NULL, NULL) : sort_plugins (chosen, error);
  if (!ordered)
    return NULL;
  if (!check_layers (registry, ordered, explicit_list, error))
    {
      g_ptr_array_free (ordered, TRUE);
      return NULL;
    }

  NpPipeline *p = g_new0 (NpPipeline, 1);
  p->plugins = ordered;
  p->options = g_ptr_array_new_with_free_func ((GDestroyNotify) np_options_free);
  p->doc_stages = g_ptr_array_new_with_free_func ((GDestroyNotify) stage_ref_free);
  p->corpus_stages = g_ptr_array_new_with_free_func ((GDestroyNotify) stage_ref_free);

  g_autoptr (GHashTable) by_name = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < ordered->len; i++)
    {
      const NpPluginDescriptor *d = g_ptr_array_index (ordered, i);
      g_hash_table_insert (by_name, (gpointer) d->name, (gpointer) d);
    }
  if (!np_config_check_unknown (config, by_name, error))
    {
      np_pipeline_free (p);
      return NULL;
    }

  GString *fp = g_string_new ("notepipe " NP_PACKAGE_VERSION "\n");
  for (guint i = 0; i < ordered->len; i++)
    {
      const NpPluginDescriptor *d = g_ptr_array_index (ordered, i);
      NpOptions *o = np_options_new (d, config, error);
      if (!o)
        {
          g_string_free (fp, TRUE);
          np_pipeline_free (p);
          return NULL;
        }
      g_ptr_array_add (p->options, o);
      g_autofree char *desc = np_options_describe (o, d->name);
      g_string_append_printf (fp, "%s %s\n%s", d->name, d->version ? d->version : "", desc);
      for (guint s = 0; s < d->n_stages; s++)
        {
          StageRef *ref = g_new0 (StageRef, 1);
          ref->plugin = d;
          ref->stage = &d->stages[s];
          ref->options = o;
          g_mutex_init (&ref->lock);
          g_ptr_array_add (d->stages[s].kind == NP_STAGE_DOCUMENT ? p->doc_stages : p->corpus_stages, ref);
        }
    }
  p->fingerprint = g_compute_checksum_for_string (G_CHECKSUM_SHA256, fp->str, fp->len);
  g_string_free (fp, TRUE);
  return p;
}

guint np_pipeline_get_n_plugins (const NpPipeline *p) { return p->plugins->len; }

const NpPluginDescriptor *
np_pipeline_get_plugin (const NpPipeline *p, guint i)
{
  return g_ptr_array_index (p->plugins, i);
}

gboolean np_pipeline_has_corpus_stages (const NpPipeline *p) { return p->corpus_stages->len > 0; }
const char *np_pipeline_get_fingerprint (const NpPipeline *p) { return p->fingerprint; }

char *
np_pipeline_describe_options (const NpPipeline *p)
{
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < p->plugins->len; i++)
    {
      const NpPluginDescriptor *d = g_ptr_array_index (p->plugins, i);
      g_autofree char *desc = np_options_describe (g_ptr_array_index (p->options, i), d->name);
      g_string_append (s, desc);
    }
  return g_string_free (s, FALSE);
}

static void
explain_stage (GString *s, guint n, const StageRef *ref)
{
  const NpStage *st = ref->stage;
  g_string_append_printf (s, "  %u. %s/%s (%s%s)\n", n, ref->plugin->name, st->name ? st->name : "main",
                          st->kind == NP_STAGE_DOCUMENT ? "document" : "corpus",
                          st->flags & NP_STAGE_SERIALIZED ? ", serialized" : "");
  for (const char *const *r = st->requires; r && *r; r++)
    g_string_append_printf (s, "       requires %s\n", *r);
  for (const char *const *r = st->uses; r && *r; r++)
    g_string_append_printf (s, "       uses %s (when present)\n", *r);
  for (const NpLayerSpec *const *l = st->provides; l && *l; l++)
    g_string_append_printf (s, "       provides %s\n", (*l)->name);
}

char *
np_pipeline_explain (const NpPipeline *p)
{
  GString *s = g_string_new (NULL);
  if (p->plugins->len == 0)
    g_string_append (s, "no plugins: the document model only\n");
  g_string_append_printf (s, "document stages (run per document, in this order):\n");
  for (guint i = 0; i < p->doc_stages->len; i++)
    explain_stage (s, i + 1, g_ptr_array_index (p->doc_stages, i));
  if (p->corpus_stages->len)
    {
      g_string_append_printf (s, "corpus stages (after all documents, batch only):\n");
      for (guint i = 0; i < p->corpus_stages->len; i++)
        explain_stage (s, i + 1, g_ptr_array_index (p->corpus_stages, i));
    }
  g_autofree char *opts = np_pipeline_describe_options (p);
  if (*opts)
    {
      g_string_append (s, "options:\n");
      g_auto (GStrv) lines = g_strsplit (opts, "\n", -1);
      for (char **l = lines; *l; l++)
        if (**l)
          g_string_append_printf (s, "  %s\n", *l);
    }
  return g_string_free (s, FALSE);
}

/* Workers */

NpWorker *
np_worker_new (NpPipeline *p, GError **error)
{
  NpWorker *w = g_new0 (NpWorker, 1);
  w->pipeline = p;
  w->instances = g_ptr_array_new ();
  for (guint i = 0; i < p->doc_stages->len; i++)
    {
      StageRef *ref = g_ptr_array_index (p->doc_stages, i);
      gpointer inst = NULL;
      if (ref->stage->flags & NP_STAGE_SERIALIZED)
        {
          g_mutex_lock (&ref->lock);
          if (!ref->shared)
            ref->shared = ref->stage->instance_new (ref->options, error);
          gboolean ok = ref->shared != NULL;
          g_mutex_unlock (&ref->lock);
          if (!ok)
            goto fail;
        }
      else
        {
          GError *local = NULL;
          inst = ref->stage->instance_new (ref->options, &local);
          if (!inst)
            {
              g_set_error (error, NP_PIPELINE_ERROR, NP_PIPELINE_ERROR_INSTANCE, "plugin %s: %s", ref->plugin->name,
                           local ? local->message : "instance_new failed");
              g_clear_error (&local);
              goto fail;
            }
        }
      g_ptr_array_add (w->instances, inst);
    }
  return w;

fail:
  np_worker_free (w);
  return NULL;
}

void
np_worker_free (NpWorker *w)
{
  if (!w)
    return;
  for (guint i = 0; i < w->instances->len; i++)
    {
      gpointer inst = g_ptr_array_index (w->instances, i);
      StageRef *ref = g_ptr_array_index (w->pipeline->doc_stages, i);
      if (inst)
        ref->stage->instance_free (inst);
    }
  g_ptr_array_free (w->instances, TRUE);
  g_free (w);
}

gboolean
np_worker_process_hooked (NpWorker *w, NpDocument *doc, const NpStageHooks *hooks)
{
  for (guint i = 0; i < w->instances->len; i++)
    {
      StageRef *ref = g_ptr_array_index (w->pipeline->doc_stages, i);
      const NpStage *st = ref->stage;
      const char *missing = NULL;
      for (const char *const *r = st->requires; r && *r && !missing; r++)
        if (!np_document_get_layer (doc, *r))
          missing = *r;
      if (missing)
        {
          np_document_add_warning (doc, ref->plugin->name, "skipped: required layer %s is missing (its plugin failed)",
                                   missing);
          continue;
        }
      if (hooks && hooks->before)
        hooks->before (ref->plugin->name, st, hooks->data);
      guint n_layers_before = doc->layers->len;
      guint n_diags_before = doc->diagnostics->len;
      GError *local = NULL;
      np_document_begin_stage (doc, ref->plugin->name, st->provides);
      gboolean ok;
      if (st->flags & NP_STAGE_SERIALIZED)
        {
          g_mutex_lock (&ref->lock);
          ok = st->process (ref->shared, doc, &local);
          g_mutex_unlock (&ref->lock);
        }
      else
        ok = st->process (g_ptr_array_index (w->instances, i), doc, &local);
      if (ok && local)
        g_clear_error (&local); /* success wins; a set error on success is a plugin bug we tolerate */
      if (!ok && !local)
        local = g_error_new (NP_PLUGIN_ERROR, NP_PLUGIN_ERROR_FAILED, "stage %s failed without a message",
                             st->name ? st->name : "main");
      if (!np_document_end_stage (doc, ok, ok ? &local : NULL) || !ok)
        {
          np_document_add_error (doc, ref->plugin->name, "%s", local ? local->message : "failed");
          g_clear_error (&local);
        }
      if (hooks && hooks->after)
        hooks->after (ref->plugin->name, st, n_layers_before, n_diags_before, hooks->data);
    }
  return !np_document_has_failed (doc);
}

gboolean
np_worker_process (NpWorker *w, NpDocument *doc)
{
  return np_worker_process_hooked (w, doc, NULL);
}

const NpLayerSpec *
np_pipeline_find_layer_spec (const NpPipeline *p, const char *layer, const char **producer)
{
  for (guint i = 0; i < p->doc_stages->len; i++)
    {
      StageRef *ref = g_ptr_array_index (p->doc_stages, i);
      for (const NpLayerSpec *const *l = ref->stage->provides; l && *l; l++)
        if (strcmp ((*l)->name, layer) == 0)
          {
            if (producer)
              *producer = ref->plugin->name;
            return *l;
          }
    }
  return NULL;
}

NpPipeline *
np_worker_get_pipeline (NpWorker *w)
{
  return w->pipeline;
}

/* Summaries */

struct _NpSummary
{
  NpPluginSummary *s;
};

void
np_summary_add_line (NpSummary *summary, const char *format, ...)
{
  va_list ap;
  va_start (ap, format);
  g_ptr_array_add (summary->s->lines, g_strdup_vprintf (format, ap));
  va_end (ap);
}

static void
table_free (NpSummaryTable *t)
{
  g_free (t->title);
  g_ptr_array_free (t->columns, TRUE);
  g_ptr_array_free (t->rows, TRUE);
  g_free (t);
}

NpSummaryTable *
np_summary_add_table (NpSummary *summary, const char *title, const char *const *columns)
{
  NpSummaryTable *t = g_new0 (NpSummaryTable, 1);
  t->title = g_strdup (title);
  t->columns = g_ptr_array_new_with_free_func (g_free);
  for (const char *const *c = columns; c && *c; c++)
    g_ptr_array_add (t->columns, g_strdup (*c));
  t->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_ptr_array_add (summary->s->tables, t);
  return t;
}

void
np_summary_table_add_row (NpSummaryTable *t, const char *const *cells)
{
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < t->columns->len; i++)
    g_ptr_array_add (row, g_strdup (cells && cells[i] ? cells[i] : ""));
  g_ptr_array_add (t->rows, row);
}

static void
plugin_summary_free (NpPluginSummary *s)
{
  g_free (s->plugin);
  g_ptr_array_free (s->lines, TRUE);
  g_ptr_array_free (s->tables, TRUE);
  g_free (s);
}

void
np_plugin_summarize (GPtrArray *summaries, const NpPluginDescriptor *d, const NpDocument *doc)
{
  if (!d->summarize)
    return;
  NpPluginSummary *s = g_new0 (NpPluginSummary, 1);
  s->plugin = g_strdup (d->name);
  s->lines = g_ptr_array_new_with_free_func (g_free);
  s->tables = g_ptr_array_new_with_free_func ((GDestroyNotify) table_free);
  NpSummary summary = { s };
  d->summarize (doc, &summary);
  if (s->lines->len || s->tables->len)
    g_ptr_array_add (summaries, s);
  else
    plugin_summary_free (s);
}

GPtrArray *
np_plugin_summaries_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) plugin_summary_free);
}

GPtrArray *
np_pipeline_summarize (const NpPipeline *p, const NpDocument *doc)
{
  GPtrArray *out = np_plugin_summaries_new ();
  for (guint i = 0; i < p->plugins->len; i++)
    np_plugin_summarize (out, g_ptr_array_index (p->plugins, i), doc);
  return out;
}
