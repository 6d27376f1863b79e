/* plugin-check.c: the loader's checks of a descriptor's stages, layer
 * schemas and option specs.
 *
 * Everything a plugin declares statically is checked once, at load time,
 * so that a malformed plugin is refused with a one-line reason in
 * `notepipe plugins --all` instead of failing every run that includes it
 * (an option default that does not parse), writing JSON with two members
 * of one name (a feature called "item" on an item layer), or reaching a
 * writer with a value type the core does not know. */
#include "config.h"

#include <string.h>

#include "notepipe/np-pipeline.h"
#include "plugin-check.h"

/* feature and option names: what JSON members and config keys can carry */
static gboolean
valid_key (const char *name)
{
  if (!name || !*name)
    return FALSE;
  for (const char *p = name; *p; p++)
    if (!(g_ascii_isalnum (*p) || *p == '_' || *p == '-'))
      return FALSE;
  return TRUE;
}

/* the member names the JSON writer gives a target kind itself */
static gboolean
target_member (NpTargetKind target, const char *name)
{
  switch (target)
    {
    case NP_TARGET_ITEM:
      return strcmp (name, "item") == 0;
    case NP_TARGET_SECTION:
      return strcmp (name, "section") == 0;
    case NP_TARGET_SPAN:
      return strcmp (name, "item") == 0 || strcmp (name, "span") == 0;
    default:
      return FALSE;
    }
}

static char *
check_layer (const NpPluginDescriptor *d, const NpStage *st, const NpLayerSpec *l)
{
  g_autofree char *prefix = g_strconcat (d->name, ".", NULL);
  if (!l->name || !g_str_has_prefix (l->name, prefix) || !l->name[strlen (prefix)])
    return g_strdup_printf ("plugin %s: layer '%s' must be named %s<layer>", d->name, l->name ? l->name : "(null)",
                            prefix);
  if (l->target < NP_TARGET_DOCUMENT || l->target > NP_TARGET_CORPUS)
    return g_strdup_printf ("plugin %s: layer %s has an unknown target kind %d", d->name, l->name, (int) l->target);
  if ((st->kind == NP_STAGE_CORPUS) != (l->target == NP_TARGET_CORPUS))
    return g_strdup_printf ("plugin %s: layer %s: a %s stage provides %s layers", d->name, l->name,
                            st->kind == NP_STAGE_CORPUS ? "corpus" : "document",
                            st->kind == NP_STAGE_CORPUS ? "only corpus-target" : "no corpus-target");
  for (const NpFeatureSpec *f = l->features; f && f->name; f++)
    {
      if (!valid_key (f->name))
        return g_strdup_printf ("plugin %s: layer %s: invalid feature name '%s'", d->name, l->name, f->name);
      if (f->type < NP_VALUE_BOOL || f->type > NP_VALUE_STRING_LIST)
        return g_strdup_printf ("plugin %s: layer %s: feature %s has an unknown value type %d", d->name, l->name,
                                f->name, (int) f->type);
      if (target_member (l->target, f->name))
        return g_strdup_printf ("plugin %s: layer %s: feature '%s' collides with the target's own member",
                                d->name, l->name, f->name);
      for (const NpFeatureSpec *g = l->features; g < f; g++)
        if (strcmp (g->name, f->name) == 0)
          return g_strdup_printf ("plugin %s: layer %s: feature %s is declared twice", d->name, l->name, f->name);
    }
  return NULL;
}

static char *
check_stages (const NpPluginDescriptor *d)
{
  if (d->n_stages == 0 || d->stages == NULL)
    return g_strdup_printf ("plugin %s declares no stages", d->name);
  for (guint s = 0; s < d->n_stages; s++)
    {
      const NpStage *st = &d->stages[s];
      gboolean ok = st->instance_new && st->instance_free
                    && ((st->kind == NP_STAGE_DOCUMENT && st->process)
                        || (st->kind == NP_STAGE_CORPUS && st->corpus_add && st->corpus_end));
      if (!ok)
        return g_strdup_printf ("plugin %s: stage %s lacks required callbacks for its kind", d->name,
                                st->name ? st->name : "(unnamed)");
      for (guint t = 0; t < s; t++)
        if (g_strcmp0 (d->stages[t].name, st->name) == 0)
          return g_strdup_printf ("plugin %s: two stages are named %s", d->name, st->name ? st->name : "(unnamed)");
      for (const NpLayerSpec *const *p = st->provides; p && *p; p++)
        {
          char *why = check_layer (d, st, *p);
          if (why)
            return why;
          /* one provider per layer among stages of a kind; a document layer
           * and a corpus layer may share a name (per-document and
           * corpus-wide results of one analysis) */
          for (guint t = 0; t <= s; t++)
            for (const NpLayerSpec *const *q = d->stages[t].provides; q && *q && (t < s || q < p); q++)
              if (d->stages[t].kind == st->kind && strcmp ((*q)->name, (*p)->name) == 0)
                return g_strdup_printf ("plugin %s: layer %s is provided twice", d->name, (*p)->name);
        }
    }
  return NULL;
}

static char *
check_options (const NpPluginDescriptor *d)
{
  for (const NpOptionSpec *o = d->options; o && o->name; o++)
    {
      if (!valid_key (o->name))
        return g_strdup_printf ("plugin %s: invalid option name '%s'", d->name, o->name);
      if (o->type < NP_OPTION_BOOL || o->type > NP_OPTION_LIST)
        return g_strdup_printf ("plugin %s: option %s has an unknown type %d", d->name, o->name, (int) o->type);
      for (const NpOptionSpec *p = d->options; p < o; p++)
        if (strcmp (p->name, o->name) == 0)
          return g_strdup_printf ("plugin %s: option %s is declared twice", d->name, o->name);
    }
  /* every default must be a value the option accepts */
  g_autoptr (GError) error = NULL;
  NpOptions *defaults = np_options_new (d, NULL, &error);
  if (!defaults)
    return g_strdup_printf ("plugin %s: invalid option default (%s)", d->name, error->message);
  np_options_free (defaults);
  return NULL;
}

char *
np_plugin_check_descriptor (const NpPluginDescriptor *d)
{
  char *why = check_stages (d);
  return why ? why : check_options (d);
}
