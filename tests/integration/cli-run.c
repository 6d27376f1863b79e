/* cli-run.c: running the notepipe command in the CLI tests. */
#include "cli-run.h"

#include <sys/wait.h>

char *tmpdir;

Run
run_argv (char **env, const char *stdin_text, char **argv)
{
  Run r = { 0 };
  g_autoptr (GError) error = NULL;
  if (stdin_text)
    {
      g_autofree char *in = g_build_filename (tmpdir, "stdin.txt", NULL);
      g_file_set_contents (in, stdin_text, -1, NULL);
      g_autoptr (GSubprocessLauncher) l = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE
                                                                      | G_SUBPROCESS_FLAGS_STDERR_PIPE);
      g_subprocess_launcher_set_environ (l, env);
      g_subprocess_launcher_set_stdin_file_path (l, in);
      g_autoptr (GSubprocess) p = g_subprocess_launcher_spawnv (l, (const char *const *) argv, &error);
      g_assert_no_error (error);
      g_subprocess_communicate_utf8 (p, NULL, NULL, &r.out, &r.err, &error);
      g_assert_no_error (error);
      r.status = g_subprocess_get_exit_status (p);
    }
  else
    {
      int wait_status;
      g_spawn_sync (NULL, argv, env, G_SPAWN_DEFAULT, NULL, NULL, &r.out, &r.err, &wait_status, &error);
      g_assert_no_error (error);
      r.status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : 128 + WTERMSIG (wait_status);
    }
  return r;
}

Run
run_np (const char *stdin_text, ...)
{
  GPtrArray *argv = g_ptr_array_new ();
  g_ptr_array_add (argv, (gpointer) g_getenv ("NOTEPIPE"));
  va_list ap;
  va_start (ap, stdin_text);
  const char *a;
  while ((a = va_arg (ap, const char *)))
    g_ptr_array_add (argv, (gpointer) a);
  va_end (ap);
  g_ptr_array_add (argv, NULL);
  g_auto (GStrv) env = g_get_environ ();
  env = g_environ_setenv (env, "NO_COLOR", "1", TRUE);
  Run r = run_argv (env, stdin_text, (char **) argv->pdata);
  g_ptr_array_free (argv, TRUE);
  return r;
}

void
run_clear (Run *r)
{
  g_free (r->out);
  g_free (r->err);
}

char *
example (const char *name)
{
  return g_build_filename (g_getenv ("NOTEPIPE_SRCDIR"), "examples", name, NULL);
}

char *
temp_file (const char *name, const char *contents, gssize len)
{
  char *path = g_build_filename (tmpdir, name, NULL);
  g_assert_true (g_file_set_contents (path, contents, len, NULL));
  return path;
}

JsonNode *
parse_json (const char *text)
{
  g_autoptr (JsonParser) p = json_parser_new ();
  g_autoptr (GError) error = NULL;
  if (!json_parser_load_from_data (p, text, -1, &error))
    g_error ("invalid JSON: %s\n%s", error->message, text);
  return json_node_copy (json_parser_get_root (p));
}
