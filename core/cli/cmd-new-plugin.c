/* cmd-new-plugin.c: notepipe new-plugin NAME [DIR]
 *
 * Writes a small out-of-tree plugin project that builds against the
 * installed SDK: one C file with one document stage, an option and a layer
 * NAME.mention; a test using np-testing.h with its golden file; a plain
 * pkg-config Makefile and the autotools alternative; a README.  The files
 * are templates under sdk/template/, compiled into this binary as a
 * GResource, with @NAME@, @IDENT@, @LAYER@ and @VERSION@ replaced. */
#include "config.h"

#include <errno.h>
#include <gio/gio.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "plugin-check.h"

GResource *np_template_get_resource (void);

#define TEMPLATE_PREFIX "/org/notepipe/new-plugin/"

/* template -> file in the project; "@NAME@" in a file name is replaced too */
static const struct
{
  const char *template;
  const char *file;
} files[] = {
  { "plugin.c.tmpl", "@NAME@.c" },
  { "test.c.tmpl", "test-@NAME@.c" },
  { "mention.json.tmpl", "golden/mention.json" },
  { "sample.md.tmpl", "sample.md" },
  { "Makefile.tmpl", "Makefile" },
  { "configure.ac.tmpl", "configure.ac" },
  { "Makefile.am.tmpl", "Makefile.am" },
  { "README.md.tmpl", "README.md" },
  { "gitignore.tmpl", ".gitignore" },
};

/* text with every @KEY@ of vars (KEY, value pairs, NULL-terminated) replaced */
static char *
substitute (const char *text, gsize len, const char *const *vars)
{
  GString *out = g_string_sized_new (len + 256);
  const char *p = text, *end = text + len;
  while (p < end)
    {
      const char *at = memchr (p, '@', end - p);
      if (!at)
        {
          g_string_append_len (out, p, end - p);
          break;
        }
      g_string_append_len (out, p, at - p);
      gboolean done = FALSE;
      for (const char *const *v = vars; *v && !done; v += 2)
        {
          gsize klen = strlen (v[0]);
          if (at + klen + 2 <= end && memcmp (at + 1, v[0], klen) == 0 && at[klen + 1] == '@')
            {
              g_string_append (out, v[1]);
              p = at + klen + 2;
              done = TRUE;
            }
        }
      if (!done)
        {
          g_string_append_c (out, '@');
          p = at + 1;
        }
    }
  return g_string_free (out, FALSE);
}

/* DIR may exist only if it is empty: never overwrite someone's files */
static gboolean
check_target (const char *dir, GError **error)
{
  if (!g_file_test (dir, G_FILE_TEST_EXISTS))
    return TRUE;
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_EXIST, "%s exists and is not a directory", dir);
      return FALSE;
    }
  g_autoptr (GDir) d = g_dir_open (dir, 0, error);
  if (!d)
    return FALSE;
  if (g_dir_read_name (d))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_EXIST, "%s is not empty (choose another DIR)", dir);
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_project (const char *dir, const char *const *vars, GError **error)
{
  GResource *resource = np_template_get_resource ();
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *rpath = g_strconcat (TEMPLATE_PREFIX, files[i].template, NULL);
      g_autoptr (GBytes) bytes = g_resource_lookup_data (resource, rpath, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      if (!bytes)
        return FALSE;
      gsize len;
      const char *data = g_bytes_get_data (bytes, &len);
      g_autofree char *text = substitute (data, len, vars);
      g_autofree char *name = substitute (files[i].file, strlen (files[i].file), vars);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *parent = g_path_get_dirname (path);
      if (g_mkdir_with_parents (parent, 0755) != 0)
        {
          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errno), "cannot create %s: %s", parent,
                       g_strerror (errno));
          return FALSE;
        }
      if (!g_file_set_contents (path, text, -1, error))
        return FALSE;
      printf ("  %s\n", name);
    }
  return TRUE;
}

int
np_cmd_new_plugin (int argc, char **argv)
{
  g_autoptr (GOptionContext) ctx = g_option_context_new ("NAME [DIR]");
  g_option_context_set_summary (ctx, "Write a small plugin project in DIR (default: ./NAME) that builds against the\n"
                                     "installed notepipe SDK with pkg-config (or autotools), with a test and a README.");
  g_option_context_set_description (ctx, "NAME: " NP_PLUGIN_NAME_RULE ".\n"
                                         "Its layers are named NAME.<layer>; DIR must not exist or be empty.");
  g_autoptr (GError) error = NULL;
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    {
      np_cli_error ("%s", error->message);
      return NP_EXIT_USAGE;
    }
  if (argc < 2 || argc > 3)
    {
      np_cli_error ("usage: notepipe new-plugin NAME [DIR]");
      return NP_EXIT_USAGE;
    }
  const char *name = argv[1];
  if (!np_plugin_name_is_valid (name))
    {
      np_cli_error ("invalid plugin name '%s': %s", name, NP_PLUGIN_NAME_RULE);
      return NP_EXIT_USAGE;
    }
  const char *dir = argc == 3 ? argv[2] : name;
  if (!check_target (dir, &error))
    {
      np_cli_error ("%s", error->message);
      return NP_EXIT_USAGE;
    }

  /* the C identifier of the module: libltdl's symbol prefix for NAME.so */
  g_autofree char *ident = g_strdup (name);
  g_strdelimit (ident, "-", '_');
  g_autofree char *layer = g_strconcat (name, ".mention", NULL);
  const char *vars[] = { "NAME", name, "IDENT", ident, "LAYER", layer, "VERSION", NP_PACKAGE_VERSION, NULL };

  printf ("new plugin %s in %s:\n", name, dir);
  if (!write_project (dir, vars, &error))
    {
      np_cli_error ("%s", error->message);
      return NP_EXIT_CONFIG;
    }
  printf ("next:\n"
          "  cd %s && make && make check\n"
          "  notepipe run sample.md --plugin-dir . --plugins %s --format json\n",
          dir, name);
  return NP_EXIT_OK;
}
