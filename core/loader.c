/* loader.c: plugin discovery with libltdl.
 *
 * Every lt_dl* call happens here, on the main thread, before any worker
 * starts (libltdl is not thread-safe).  Modules are opened by extensionless
 * name so both installed (.so) and uninstalled (.la) builds load, with
 * local symbol visibility, and stay resident until exit.  A file that
 * cannot be used is never skipped silently: it gets a one-line reason that
 * `notepipe plugins --all` shows. */
#include "config.h"

#include <dlfcn.h>
#include <ltdl.h>
#include <string.h>

#include "notepipe/np-pipeline.h"
#include "plugin-check.h"

struct _NpRegistry
{
  GPtrArray *dirs;     /* char*, priority order */
  GArray *plugins;     /* NpPluginInfo, strings owned by chunk */
  GArray *refusals;    /* NpRefusal */
  GHashTable *seen;    /* module base path -> TRUE, to visit each once */
  GStringChunk *chunk;
  gboolean scanned;
};

NpRegistry *
np_registry_new (void)
{
  NpRegistry *r = g_new0 (NpRegistry, 1);
  r->dirs = g_ptr_array_new_with_free_func (g_free);
  r->plugins = g_array_new (FALSE, FALSE, sizeof (NpPluginInfo));
  r->refusals = g_array_new (FALSE, FALSE, sizeof (NpRefusal));
  r->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r->chunk = g_string_chunk_new (1024);
  lt_dlinit ();
  return r;
}

void
np_registry_free (NpRegistry *r)
{
  if (!r)
    return;
  /* modules stay resident: descriptors may still be referenced by output */
  g_ptr_array_free (r->dirs, TRUE);
  g_array_free (r->plugins, TRUE);
  g_array_free (r->refusals, TRUE);
  g_hash_table_destroy (r->seen);
  g_string_chunk_free (r->chunk);
  g_free (r);
}

void
np_registry_add_dir (NpRegistry *r, const char *dir)
{
  for (guint i = 0; i < r->dirs->len; i++)
    if (strcmp (g_ptr_array_index (r->dirs, i), dir) == 0)
      return;
  g_ptr_array_add (r->dirs, g_strdup (dir));
}

/* When the CLI runs from the build tree (libtool puts the real binary in
 * .libs/), use the freshly built plugins rather than an older install. */
static char *
uninstalled_plugin_dir (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  if (!exe)
    return NULL;
  g_autofree char *dir = g_path_get_dirname (exe);
  g_autofree char *base = g_path_get_basename (dir);
  g_autofree char *top = strcmp (base, ".libs") == 0 ? g_path_get_dirname (dir) : g_strdup (dir);
  /* binaries live in the top build dir or in tests/ */
  for (int up = 0; up < 2; up++)
    {
      g_autofree char *cand = g_build_filename (top, "plugins", NULL);
      g_autofree char *marker = g_build_filename (top, "plugins", "stats.la", NULL);
      if (g_file_test (marker, G_FILE_TEST_EXISTS))
        return g_steal_pointer (&cand);
      char *parent = g_path_get_dirname (top);
      g_free (top);
      top = parent;
    }
  return NULL;
}

void
np_registry_add_default_dirs (NpRegistry *r)
{
  const char *env = g_getenv ("NOTEPIPE_PLUGIN_PATH");
  if (env && *env)
    {
      g_auto (GStrv) parts = g_strsplit (env, G_SEARCHPATH_SEPARATOR_S, -1);
      for (char **p = parts; *p; p++)
        if (**p)
          np_registry_add_dir (r, *p);
    }
  g_autofree char *user = g_build_filename (g_get_user_data_dir (), "notepipe", "plugins", NULL);
  np_registry_add_dir (r, user);
  g_autofree char *build = uninstalled_plugin_dir ();
  if (build)
    np_registry_add_dir (r, build);
  else
    np_registry_add_dir (r, NP_PLUGINDIR);
}

const char *const *
np_registry_get_dirs (const NpRegistry *r)
{
  /* NULL-terminate lazily */
  GPtrArray *d = r->dirs;
  if (d->len == 0 || g_ptr_array_index (d, d->len - 1) != NULL)
    {
      g_ptr_array_add (d, NULL);
      g_ptr_array_set_size (d, d->len - 1);
    }
  return (const char *const *) d->pdata;
}

static void
refuse (NpRegistry *r, const char *path, const char *format, ...) G_GNUC_PRINTF (3, 4);

static void
refuse (NpRegistry *r, const char *path, const char *format, ...)
{
  va_list ap;
  va_start (ap, format);
  g_autofree char *msg = g_strdup_vprintf (format, ap);
  va_end (ap);
  /* one line */
  for (char *p = msg; *p; p++)
    if (*p == '\n')
      *p = ' ';
  NpRefusal ref = { g_string_chunk_insert (r->chunk, path), g_string_chunk_insert (r->chunk, msg) };
  g_array_append_val (r->refusals, ref);
}

static const NpPluginInfo *
find (const NpRegistry *r, const char *name)
{
  for (guint i = 0; i < r->plugins->len; i++)
    {
      const NpPluginInfo *p = &g_array_index (r->plugins, NpPluginInfo, i);
      if (strcmp (p->name, name) == 0)
        return p;
    }
  return NULL;
}

/* The shared object behind a module base path: base.so, or the dlname of
 * base.la (in .libs/ while uninstalled), or NULL */
static char *
module_file (const char *base)
{
  g_autofree char *so = g_strconcat (base, ".so", NULL);
  if (g_file_test (so, G_FILE_TEST_IS_REGULAR))
    return g_steal_pointer (&so);
  g_autofree char *la = g_strconcat (base, ".la", NULL);
  g_autofree char *text = NULL;
  if (!g_file_get_contents (la, &text, NULL, NULL))
    return NULL;
  char *dlname = strstr (text, "\ndlname='");
  if (!dlname)
    return NULL;
  dlname += strlen ("\ndlname='");
  char *quote = strchr (dlname, '\'');
  if (!quote || quote == dlname)
    return NULL;
  *quote = '\0';
  g_autofree char *dir = g_path_get_dirname (base);
  gboolean installed = strstr (quote + 1, "\ninstalled=no") == NULL;
  char *file = installed ? g_build_filename (dir, dlname, NULL) : g_build_filename (dir, ".libs", dlname, NULL);
  if (g_file_test (file, G_FILE_TEST_IS_REGULAR))
    return file;
  g_free (file);
  return NULL;
}

static void
try_module (NpRegistry *r, const char *base)
{
  if (g_hash_table_contains (r->seen, base))
    return;
  g_hash_table_add (r->seen, g_strdup (base));

  /* libltdl binds symbols lazily: a module using a symbol nothing defines
   * would load, then end the process at its first call.  Bind everything
   * once first; the probe handle keeps the bound module for libltdl. */
  void *probe = NULL;
  g_autofree char *file = module_file (base);
  g_autofree char *probe_error = NULL;
  if (file)
    {
      probe = dlopen (file, RTLD_NOW | RTLD_LOCAL);
      const char *err = probe ? NULL : dlerror ();
      const char *sym = err ? strstr (err, "undefined symbol: ") : NULL;
      if (sym)
        {
          refuse (r, file, "unresolved symbol %s (built against another notepipe, or not linked with a library it uses)",
                  sym + strlen ("undefined symbol: "));
          return;
        }
      /* "path: invalid ELF header": the reason without the path */
      if (err)
        probe_error = g_strdup (g_str_has_prefix (err, file) && err[strlen (file)] == ':' ? err + strlen (file) + 2 : err);
    }

  lt_dladvise advise;
  lt_dladvise_init (&advise);
  lt_dladvise_ext (&advise);
  lt_dladvise_local (&advise);
  lt_dladvise_resident (&advise);
  lt_dlhandle h = lt_dlopenadvise (base, advise);
  lt_dladvise_destroy (&advise);
  if (probe)
    dlclose (probe);
  if (!h)
    {
      const char *err = lt_dlerror ();
      g_autofree char *la = g_strconcat (base, ".la", NULL);
      g_autofree char *so = g_strconcat (base, ".so", NULL);
      gboolean is_la = !file && g_file_test (la, G_FILE_TEST_EXISTS);
      const char *shown = file ? file : is_la ? la : so;
      if (!probe_error && is_la)
        probe_error = g_strdup ("a libtool archive whose shared object (dlname) is missing or not named");
      refuse (r, shown, "not a loadable module: %s", probe_error ? probe_error : err ? err : "unknown error");
      return;
    }
  const lt_dlinfo *info = lt_dlgetinfo (h);
  const char *path = info && info->filename ? info->filename : base;
  typedef const NpPluginDescriptor *(*EntryFn) (void);
  EntryFn entry = (EntryFn) lt_dlsym (h, NP_PLUGIN_ENTRY_POINT);
  if (!entry)
    {
      g_autofree char *sym = g_strconcat (info && info->name ? info->name : "<module>",
                                          "_LTX_" NP_PLUGIN_ENTRY_POINT, NULL);
      refuse (r, path, "no entry point: the module exports no %s (use NP_PLUGIN_DEFINE with its file name)", sym);
      return;
    }
  const NpPluginDescriptor *d = entry ();
  if (!d)
    {
      refuse (r, path, "entry point returned no descriptor");
      return;
    }
  if (d->abi_version != NP_PLUGIN_ABI_VERSION)
    {
      refuse (r, path, "ABI mismatch: plugin built for ABI %u, this notepipe has ABI %u (rebuild the plugin)",
              d->abi_version, NP_PLUGIN_ABI_VERSION);
      return;
    }
  if (d->api_minor > NP_PLUGIN_API_MINOR)
    {
      refuse (r, path, "API too new: plugin needs API %u.%u, this notepipe provides %u.%u (upgrade notepipe)",
              d->abi_version, d->api_minor, NP_PLUGIN_ABI_VERSION, NP_PLUGIN_API_MINOR);
      return;
    }
  if (!np_plugin_name_is_valid (d->name))
    {
      refuse (r, path, "invalid plugin name '%s' (" NP_PLUGIN_NAME_RULE ")", d->name ? d->name : "(null)");
      return;
    }
  g_autofree char *why = np_plugin_check_descriptor (d);
  if (why)
    {
      refuse (r, path, "%s", why);
      return;
    }
  const NpPluginInfo *prev = find (r, d->name);
  if (prev)
    {
      refuse (r, path, "duplicate name: plugin %s is already loaded from %s", d->name, prev->path);
      return;
    }
  NpPluginInfo pi = { g_string_chunk_insert (r->chunk, d->name), g_string_chunk_insert (r->chunk, path), d };
  g_array_append_val (r->plugins, pi);
}

static int
foreach_cb (const char *filename, void *data)
{
  NpRegistry *r = data;
  /* libltdl hands us the path with its extension stripped; skip files
   * that are obviously not modules (docs, sources) but keep everything
   * else so that broken modules are reported. */
  g_autofree char *base = g_path_get_basename (filename);
  if (base[0] == '.' || g_str_has_prefix (base, "lt-"))
    return 0;
  g_autofree char *stripped = g_strdup (filename);
  char *dot = strrchr (stripped, '.');
  char *slash = strrchr (stripped, '/');
  if (dot && (!slash || dot > slash) && (strcmp (dot, ".la") == 0 || strcmp (dot, ".so") == 0))
    *dot = '\0';
  try_module (r, stripped);
  return 0;
}

static void refuse_unsatisfiable (NpRegistry *r);

static gint
compare_paths (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

void
np_registry_scan (NpRegistry *r)
{
  if (r->scanned)
    return;
  r->scanned = TRUE;
  for (guint i = 0; i < r->dirs->len; i++)
    {
      const char *dir = g_ptr_array_index (r->dirs, i);
      if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
        continue;
      /* stable order inside a directory: list and sort ourselves */
      GDir *d = g_dir_open (dir, 0, NULL);
      if (!d)
        {
          refuse (r, dir, "cannot read plugin directory");
          continue;
        }
      GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
      const char *n;
      while ((n = g_dir_read_name (d)))
        {
          /* module files only: .la, .so; other files are not plugins */
          if (g_str_has_suffix (n, ".la") || g_str_has_suffix (n, ".so"))
            g_ptr_array_add (names, g_build_filename (dir, n, NULL));
        }
      g_dir_close (d);
      g_ptr_array_sort (names, compare_paths);
      for (guint k = 0; k < names->len; k++)
        foreach_cb (g_ptr_array_index (names, k), r);
      g_ptr_array_free (names, TRUE);
    }
  refuse_unsatisfiable (r);
}

static gboolean
layer_available (const NpRegistry *r, const char *layer)
{
  for (guint i = 0; i < r->plugins->len; i++)
    {
      const NpPluginDescriptor *d = g_array_index (r->plugins, NpPluginInfo, i).descriptor;
      for (guint s = 0; s < d->n_stages; s++)
        for (const NpLayerSpec *const *l = d->stages[s].provides; l && *l; l++)
          if (strcmp ((*l)->name, layer) == 0)
            return TRUE;
    }
  return FALSE;
}

/* A plugin whose required layers no loaded plugin provides can never run:
 * refuse it (repeatedly, since refusing one may strand another). */
static void
refuse_unsatisfiable (NpRegistry *r)
{
  gboolean changed = TRUE;
  while (changed)
    {
      changed = FALSE;
      for (guint i = 0; i < r->plugins->len; i++)
        {
          const NpPluginInfo *pi = &g_array_index (r->plugins, NpPluginInfo, i);
          const NpPluginDescriptor *d = pi->descriptor;
          const char *missing = NULL;
          for (guint s = 0; s < d->n_stages && !missing; s++)
            for (const char *const *q = d->stages[s].requires; q && *q && !missing; q++)
              if (!layer_available (r, *q))
                missing = *q;
          if (missing)
            {
              refuse (r, pi->path, "plugin %s requires layer %s, which no available plugin provides", d->name,
                      missing);
              g_array_remove_index (r->plugins, i);
              changed = TRUE;
              break;
            }
        }
    }
}

guint np_registry_get_n_plugins (const NpRegistry *r) { return r->plugins->len; }

const NpPluginInfo *
np_registry_get_plugin (const NpRegistry *r, guint index)
{
  g_return_val_if_fail (index < r->plugins->len, NULL);
  return &g_array_index (r->plugins, NpPluginInfo, index);
}

const NpPluginInfo *
np_registry_lookup (const NpRegistry *r, const char *name)
{
  return find (r, name);
}

const NpRefusal *
np_registry_get_refusals (const NpRegistry *r, guint *n)
{
  *n = r->refusals->len;
  return (const NpRefusal *) (gconstpointer) r->refusals->data;
}

const NpRefusal *
np_registry_lookup_refusal (const NpRegistry *r, const char *name)
{
  /* the module file named like the plugin (stats.la, .libs/stats.so) */
  for (guint i = 0; i < r->refusals->len; i++)
    {
      const NpRefusal *ref = &g_array_index (r->refusals, NpRefusal, i);
      g_autofree char *base = g_path_get_basename (ref->path);
      char *dot = strchr (base, '.');
      if (dot)
        *dot = '\0';
      if (strcmp (base, name) == 0)
        return ref;
    }
  /* else a reason about a plugin of that name in another file */
  g_autofree char *needle = g_strconcat ("plugin ", name, NULL);
  for (guint i = 0; i < r->refusals->len; i++)
    {
      const NpRefusal *ref = &g_array_index (r->refusals, NpRefusal, i);
      const char *at = strstr (ref->reason, needle);
      char after = at ? at[strlen (needle)] : 'x';
      if (at && (after == ' ' || after == ':' || after == '\0'))
        return ref;
    }
  return NULL;
}
