/* test-refusals.c: every reason the loader refuses a plugin file, as the
 * command line shows it: a one-line reason in `notepipe plugins --all`, an
 * error quoting it (exit 3) when the plugin is named in --plugins or in
 * `notepipe plugins NAME`, and a default run that goes on without it.
 *
 * The fixtures are built in the test suite (the .la files of tests/plugins); the files
 * that are not modules at all are written here. */
#include <glib/gstdio.h>
#include <string.h>

#include "cli-run.h"

typedef struct
{
  const char *name;   /* module file name, and what --plugins names */
  const char *reason; /* part of the one-line reason */
} Refusal;

static const Refusal refusals[] = {
  { "notamodule", "not a loadable module: invalid ELF header" },
  { "brokenla", "not a loadable module: a libtool archive" },
  { "noentry", "no entry point" },
  { "abimismatch", "ABI mismatch: plugin built for ABI" },
  { "apinewer", "API too new" },
  { "badname", "invalid plugin name 'Bad Name'" },
  { "badschema", "feature weight has an unknown value type" },
  { "baddefault", "invalid option default" },
  { "unresolved", "unresolved symbol np_function_from_the_future" },
  { "duplicate", "duplicate name: plugin" },
  { "needy", "requires layer ghost.layer, which no available plugin provides" },
};

static char *fixtures; /* tests/plugins in the build tree */
static char *notes;    /* a small input */

/* notepipe with the arguments (NULL-terminated), the fixtures' module
 * directory and tmpdir as plugin directories */
static Run
run_fixtures (const char *first, ...)
{
  GPtrArray *argv = g_ptr_array_new ();
  g_ptr_array_add (argv, (gpointer) g_getenv ("NOTEPIPE"));
  va_list ap;
  va_start (ap, first);
  for (const char *a = first; a; a = va_arg (ap, const char *))
    g_ptr_array_add (argv, (gpointer) a);
  va_end (ap);
  g_ptr_array_add (argv, "--plugin-dir");
  g_ptr_array_add (argv, tmpdir);
  g_ptr_array_add (argv, NULL);
  /* the fixtures after the built-in plugins, so that the built-in stats
   * wins and the fixture named stats is the duplicate */
  g_auto (GStrv) env = g_get_environ ();
  g_autofree char *path = g_strconcat (g_environ_getenv (env, "NOTEPIPE_PLUGIN_PATH"), ":", fixtures, NULL);
  env = g_environ_setenv (env, "NOTEPIPE_PLUGIN_PATH", path, TRUE);
  Run r = run_argv (env, NULL, (char **) argv->pdata);
  g_ptr_array_free (argv, TRUE);
  return r;
}

/* The line of `plugins --all` about a module file, or NULL (transfer full) */
static char *
listed (const char *out, const char *name)
{
  g_autofree char *needle = g_strconcat ("/", name, ".", NULL);
  g_auto (GStrv) lines = g_strsplit (out, "\n", -1);
  for (char **l = lines; *l; l++)
    if (strstr (*l, needle) && g_str_has_prefix (*l, "  /"))
      return g_strdup (*l);
  return NULL;
}

static void
test_listed (gconstpointer data)
{
  const Refusal *ref = data;
  Run r = run_fixtures ("plugins", "--all", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_autofree char *line = listed (r.out, ref->name);
  if (!line)
    g_error ("%s is not listed as refused:\n%s", ref->name, r.out);
  g_assert_nonnull (strstr (line, ref->reason));
  run_clear (&r);
}

static void
test_named (gconstpointer data)
{
  const Refusal *ref = data;
  Run r = run_fixtures ("run", notes, "--plugins", ref->name, NULL);
  g_assert_cmpint (r.status, ==, 3);
  g_autofree char *expected = g_strdup_printf ("error: plugin %s cannot be used: ", ref->name);
  g_assert_nonnull (strstr (r.err, expected));
  g_assert_nonnull (strstr (r.err, ref->reason));
  /* one clear line, nothing on standard output */
  g_assert_cmpint (strchr (r.err, '\n') - r.err, ==, strlen (r.err) - 1);
  g_assert_cmpstr (r.out, ==, "");
  run_clear (&r);
  r = run_fixtures ("plugins", ref->name, NULL);
  g_assert_cmpint (r.status, ==, 3);
  g_assert_nonnull (strstr (r.err, ref->reason));
  run_clear (&r);
}

/* With every plugin found (the default), the refused files are left out
 * and the run goes on. */
static void
test_default_run (void)
{
  Run r = run_fixtures ("run", notes, "--format", "json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "\"stats.document\""));
  g_assert_cmpstr (r.err, ==, "");
  run_clear (&r);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_autoptr (GError) error = NULL;
  tmpdir = g_dir_make_tmp ("np-refusals-XXXXXX", &error);
  g_assert_no_error (error);
  fixtures = g_build_filename (g_getenv ("NOTEPIPE_BUILDDIR"), "tests", "plugins", NULL);
  g_autofree char *fake = g_build_filename (tmpdir, "notamodule.so", NULL);
  g_assert_true (g_file_set_contents (fake, "this is not a shared object, and it is long enough to have a header\n", -1, NULL));
  g_autofree char *la = g_build_filename (tmpdir, "brokenla.la", NULL);
  g_assert_true (g_file_set_contents (la, "# not a libtool archive\n", -1, NULL));
  notes = g_build_filename (tmpdir, "notes.md", NULL);
  g_assert_true (g_file_set_contents (notes, "# Sync\n\n- release on Friday\n", -1, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autofree char *listed_path = g_strdup_printf ("/refusals/listed/%s", refusals[i].name);
      g_autofree char *named_path = g_strdup_printf ("/refusals/named/%s", refusals[i].name);
      g_test_add_data_func (listed_path, &refusals[i], test_listed);
      g_test_add_data_func (named_path, &refusals[i], test_named);
    }
  g_test_add_func ("/refusals/default-run", test_default_run);
  int status = g_test_run ();

  g_unlink (fake);
  g_unlink (la);
  g_unlink (notes);
  g_rmdir (tmpdir);
  g_free (notes);
  g_free (fixtures);
  g_free (tmpdir);
  return status;
}
