/* corpus.c: corpus runs -- every corpus stage's instance fed the
 * documents of a batch, saved and merged across shards, finished into the
 * corpus layers -- and the corpus those layers live in. */
#include "config.h"

#include <string.h>

#include "np-private.h"
#include "notepipe/np-pipeline.h"
#include "pipeline-private.h"

struct _NpCorpus
{
  guint n_documents;
  guint n_failed;
  GPtrArray *layers; /* NpLayer* */
  const NpLayerSpec *const *writable;
  const char *writer;
};

struct _NpCorpusRun
{
  NpPipeline *pipeline;
  GPtrArray *instances;
  NpCorpus corpus;
};

guint np_corpus_get_n_documents (const NpCorpus *c) { return c->n_documents; }
guint np_corpus_get_n_failed (const NpCorpus *c) { return c->n_failed; }
guint np_corpus_get_n_layers (const NpCorpus *c) { return c->layers->len; }
const NpLayer *np_corpus_get_nth_layer (const NpCorpus *c, guint i) { return g_ptr_array_index (c->layers, i); }

const NpLayer *
np_corpus_get_layer (const NpCorpus *c, const char *name)
{
  for (guint i = 0; i < c->layers->len; i++)
    if (strcmp (np_layer_get_name (g_ptr_array_index (c->layers, i)), name) == 0)
      return g_ptr_array_index (c->layers, i);
  return NULL;
}

NpLayer *
np_corpus_get_layer_for_write (NpCorpus *c, const char *name, GError **error)
{
  for (const NpLayerSpec *const *p = c->writable; p && *p; p++)
    if (strcmp ((*p)->name, name) == 0)
      {
        NpLayer *l = (NpLayer *) np_corpus_get_layer (c, name);
        if (!l)
          {
            l = np_layer_new (*p, c->writer);
            g_ptr_array_add (c->layers, l);
          }
        return l;
      }
  g_set_error (error, NP_PLUGIN_ERROR, NP_PLUGIN_ERROR_FAILED, "%s may not write corpus layer '%s'",
               c->writer ? c->writer : "the core", name);
  return NULL;
}

NpCorpus *
np_corpus_new (guint n_documents, guint n_failed)
{
  NpCorpus *c = g_new0 (NpCorpus, 1);
  c->n_documents = n_documents;
  c->n_failed = n_failed;
  c->layers = g_ptr_array_new_with_free_func ((GDestroyNotify) np_layer_free);
  return c;
}

void
np_corpus_adopt_layer (NpCorpus *c, NpLayer *layer)
{
  np_layer_freeze (layer);
  g_ptr_array_add (c->layers, layer);
}

void
np_corpus_free (NpCorpus *c)
{
  if (!c)
    return;
  g_ptr_array_free (c->layers, TRUE);
  g_free (c);
}

NpCorpusRun *
np_corpus_run_new (NpPipeline *p, GError **error)
{
  NpCorpusRun *r = g_new0 (NpCorpusRun, 1);
  r->pipeline = p;
  r->instances = g_ptr_array_new ();
  r->corpus.layers = g_ptr_array_new_with_free_func ((GDestroyNotify) np_layer_free);
  for (guint i = 0; i < p->corpus_stages->len; i++)
    {
      StageRef *ref = g_ptr_array_index (p->corpus_stages, i);
      GError *local = NULL;
      gpointer inst = ref->stage->instance_new (ref->options, &local);
      if (!inst)
        {
          g_set_error (error, NP_PIPELINE_ERROR, NP_PIPELINE_ERROR_INSTANCE, "plugin %s: %s", ref->plugin->name,
                       local ? local->message : "instance_new failed");
          g_clear_error (&local);
          np_corpus_run_free (r);
          return NULL;
        }
      g_ptr_array_add (r->instances, inst);
    }
  return r;
}

void
np_corpus_run_free (NpCorpusRun *r)
{
  if (!r)
    return;
  for (guint i = 0; i < r->instances->len; i++)
    {
      StageRef *ref = g_ptr_array_index (r->pipeline->corpus_stages, i);
      ref->stage->instance_free (g_ptr_array_index (r->instances, i));
    }
  g_ptr_array_free (r->instances, TRUE);
  g_ptr_array_free (r->corpus.layers, TRUE);
  g_free (r);
}

gboolean
np_corpus_run_add (NpCorpusRun *r, const NpDocument *doc, GError **error)
{
  r->corpus.n_documents++;
  if (np_document_has_failed (doc))
    r->corpus.n_failed++;
  for (guint i = 0; i < r->instances->len; i++)
    {
      StageRef *ref = g_ptr_array_index (r->pipeline->corpus_stages, i);
      gboolean have = TRUE;
      for (const char *const *req = ref->stage->requires; req && *req; req++)
        have &= np_document_get_layer (doc, *req) != NULL;
      if (!have)
        continue; /* a failed document contributes nothing to this stage */
      GError *local = NULL;
      if (!ref->stage->corpus_add (g_ptr_array_index (r->instances, i), doc, &local))
        {
          g_set_error (error, NP_PIPELINE_ERROR, NP_PIPELINE_ERROR_INSTANCE, "plugin %s (corpus): %s",
                       ref->plugin->name, local ? local->message : "failed");
          g_clear_error (&local);
          return FALSE;
        }
    }
  return TRUE;
}

void
np_corpus_run_count_failed (NpCorpusRun *r)
{
  r->corpus.n_documents++;
  r->corpus.n_failed++;
}

GVariant *
np_corpus_run_save (NpCorpusRun *r)
{
  /* direct constructors rather than a builder and format strings: a batch
   * with a database saves one state per document (same value, same bytes) */
  GPtrArray *entries = g_ptr_array_new ();
  g_ptr_array_add (entries, g_variant_new_dict_entry (g_variant_new_string ("notepipe.documents"),
                                                      g_variant_new_variant (g_variant_new_uint32 (r->corpus.n_documents))));
  g_ptr_array_add (entries, g_variant_new_dict_entry (g_variant_new_string ("notepipe.failed"),
                                                      g_variant_new_variant (g_variant_new_uint32 (r->corpus.n_failed))));
  for (guint i = 0; i < r->instances->len; i++)
    {
      StageRef *ref = g_ptr_array_index (r->pipeline->corpus_stages, i);
      if (!ref->stage->corpus_save)
        continue;
      GVariant *v = ref->stage->corpus_save (g_ptr_array_index (r->instances, i));
      if (v)
        {
          g_autofree char *key = g_strconcat (ref->plugin->name, "/", ref->stage->name ? ref->stage->name : "", NULL);
          g_ptr_array_add (entries, g_variant_new_dict_entry (g_variant_new_string (key), g_variant_new_variant (v)));
        }
    }
  GVariant *state = g_variant_new_array (G_VARIANT_TYPE ("{sv}"), (GVariant **) entries->pdata, entries->len);
  g_ptr_array_free (entries, TRUE);
  return state;
}

gboolean
np_corpus_run_merge (NpCorpusRun *r, GVariant *state, GError **error)
{
  guint32 n;
  if (g_variant_lookup (state, "notepipe.documents", "u", &n))
    r->corpus.n_documents += n;
  if (g_variant_lookup (state, "notepipe.failed", "u", &n))
    r->corpus.n_failed += n;
  for (guint i = 0; i < r->instances->len; i++)
    {
      StageRef *ref = g_ptr_array_index (r->pipeline->corpus_stages, i);
      g_autofree char *key = g_strdup_printf ("%s/%s", ref->plugin->name, ref->stage->name ? ref->stage->name : "");
      g_autoptr (GVariant) v = g_variant_lookup_value (state, key, NULL);
      if (!v)
        continue;
      if (!ref->stage->corpus_merge)
        {
          g_set_error (error, NP_PIPELINE_ERROR, NP_PIPELINE_ERROR_INSTANCE,
                       "plugin %s cannot merge shard state", ref->plugin->name);
          return FALSE;
        }
      GError *local = NULL;
      if (!ref->stage->corpus_merge (g_ptr_array_index (r->instances, i), v, &local))
        {
          g_set_error (error, NP_PIPELINE_ERROR, NP_PIPELINE_ERROR_INSTANCE, "plugin %s (merge): %s",
                       ref->plugin->name, local ? local->message : "failed");
          g_clear_error (&local);
          return FALSE;
        }
    }
  return TRUE;
}

NpCorpus *
np_corpus_run_finish (NpCorpusRun *r, GError **error)
{
  for (guint i = 0; i < r->instances->len; i++)
    {
      StageRef *ref = g_ptr_array_index (r->pipeline->corpus_stages, i);
      r->corpus.writable = ref->stage->provides;
      r->corpus.writer = ref->plugin->name;
      GError *local = NULL;
      gboolean ok = ref->stage->corpus_end (g_ptr_array_index (r->instances, i), &r->corpus, &local);
      for (guint k = 0; ok && k < r->corpus.layers->len; k++)
        ok = np_layer_check (g_ptr_array_index (r->corpus.layers, k), &local);
      r->corpus.writable = NULL;
      r->corpus.writer = NULL;
      if (!ok)
        {
          g_set_error (error, NP_PIPELINE_ERROR, NP_PIPELINE_ERROR_INSTANCE, "plugin %s (corpus): %s",
                       ref->plugin->name, local ? local->message : "failed");
          g_clear_error (&local);
          return NULL;
        }
    }
  for (guint k = 0; k < r->corpus.layers->len; k++)
    np_layer_freeze (g_ptr_array_index (r->corpus.layers, k));
  return &r->corpus;
}
