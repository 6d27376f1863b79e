/* isolate.c: run a document's plugin stages in a child process.
 *
 * A crash (abort, segfault) or an endless loop in a third-party plugin
 * must not take a batch of thousands of documents down with it.  With
 * isolation the worker forks for each document; the child runs the stages
 * and streams each stage's layers and diagnostics back as JSON lines; the
 * parent rebuilds them.  If the child dies or overruns the time limit the
 * document is marked failed, naming the plugin that was running, and the
 * layers of the stages that finished are kept.
 *
 * Protocol (child -> parent, one line each):
 *   S <plugin>      a stage starts
 *   L <json>        {"layers": {name: [annotations]}, "diagnostics": [...]}
 *   E               all stages done */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "np-private.h"
#include "notepipe/np-output.h"

typedef struct
{
  int fd;
  NpDocument *doc;
} ChildCtx;

static void
write_all (int fd, const char *s, gsize len)
{
  while (len > 0)
    {
      ssize_t n = write (fd, s, len);
      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          _exit (3); /* the parent is gone */
        }
      s += n;
      len -= n;
    }
}

static void
child_before (const char *plugin, const NpStage *stage, gpointer data)
{
  ChildCtx *c = data;
  g_autofree char *line = g_strdup_printf ("S %s\n", plugin);
  write_all (c->fd, line, strlen (line));
}

static void
child_after (const char *plugin, const NpStage *stage, guint n_layers, guint n_diags, gpointer data)
{
  ChildCtx *c = data;
  NpDocument *doc = c->doc;
  GString *s = g_string_new ("L {\"layers\": {");
  for (guint i = n_layers; i < doc->layers->len; i++)
    {
      const NpLayer *l = g_ptr_array_index (doc->layers, i);
      const NpLayerSpec *spec = np_layer_get_spec (l);
      if (i > n_layers)
        g_string_append (s, ", ");
      np_json_append_string (s, spec->name, -1);
      g_string_append (s, ": [");
      for (guint k = 0; k < np_layer_get_size (l); k++)
        {
          if (k)
            g_string_append (s, ", ");
          np_json_append_annotation (s, spec, np_layer_get_annotation (l, k));
        }
      g_string_append_c (s, ']');
    }
  g_string_append (s, "}, \"diagnostics\": [");
  for (guint i = n_diags; i < doc->diagnostics->len; i++)
    {
      const NpDiagnostic *d = &g_array_index (doc->diagnostics, NpDiagnostic, i);
      if (i > n_diags)
        g_string_append (s, ", ");
      g_string_append (s, "{\"plugin\": ");
      np_json_append_string (s, d->plugin, -1);
      g_string_append (s, ", \"message\": ");
      np_json_append_string (s, d->message, -1);
      g_string_append_printf (s, ", \"error\": %s}", d->is_error ? "true" : "false");
    }
  g_string_append (s, "]}\n");
  write_all (c->fd, s->str, s->len);
  g_string_free (s, TRUE);
}

static void
apply_result (NpWorker *w, NpDocument *doc, const char *json)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, json, -1, NULL))
    {
      np_document_add_error (doc, NULL, "isolated worker sent an unreadable result");
      return;
    }
  JsonObject *o = json_node_get_object (json_parser_get_root (parser));
  JsonObject *layers = json_object_get_object_member (o, "layers");
  GList *names = layers ? json_object_get_members (layers) : NULL;
  for (GList *n = names; n; n = n->next)
    {
      const char *producer = NULL;
      const NpLayerSpec *spec = np_pipeline_find_layer_spec (np_worker_get_pipeline (w), n->data, &producer);
      if (!spec)
        continue;
      g_autoptr (GError) error = NULL;
      NpLayer *l = np_layer_new_from_json (spec, producer, json_object_get_array_member (layers, n->data), &error);
      if (l)
        np_document_adopt_layer (doc, l);
      else
        np_document_add_error (doc, producer, "%s", error->message);
    }
  g_list_free (names);
  JsonArray *diags = json_object_get_array_member (o, "diagnostics");
  for (guint i = 0; diags && i < json_array_get_length (diags); i++)
    {
      JsonObject *d = json_array_get_object_element (diags, i);
      const char *plugin = json_object_get_string_member_with_default (d, "plugin", NULL);
      const char *message = json_object_get_string_member_with_default (d, "message", "");
      if (json_object_get_boolean_member_with_default (d, "error", FALSE))
        np_document_add_error (doc, plugin, "%s", message);
      else
        np_document_add_warning (doc, plugin, "%s", message);
    }
}

gboolean
np_worker_process_isolated (NpWorker *w, NpDocument *doc, double time_limit)
{
  int fds[2];
  if (pipe (fds) != 0)
    {
      np_document_add_error (doc, NULL, "cannot isolate plugins: pipe: %s", g_strerror (errno));
      return FALSE;
    }
  fflush (NULL);
  pid_t pid = fork ();
  if (pid < 0)
    {
      close (fds[0]);
      close (fds[1]);
      np_document_add_error (doc, NULL, "cannot isolate plugins: fork: %s", g_strerror (errno));
      return FALSE;
    }
  if (pid == 0)
    {
      close (fds[0]);
      signal (SIGPIPE, SIG_DFL);
      ChildCtx c = { fds[1], doc };
      NpStageHooks hooks = { child_before, child_after, &c };
      np_worker_process_hooked (w, doc, &hooks);
      write_all (fds[1], "E\n", 2);
      _exit (0);
    }
  close (fds[1]);

  GString *buf = g_string_new (NULL);
  char *running = NULL;
  gboolean done = FALSE, timed_out = FALSE;
  gint64 deadline = time_limit > 0 ? g_get_monotonic_time () + (gint64) (time_limit * G_USEC_PER_SEC) : 0;
  for (;;)
    {
      int timeout = -1;
      if (deadline)
        {
          gint64 left = deadline - g_get_monotonic_time ();
          if (left <= 0)
            {
              timed_out = TRUE;
              break;
            }
          timeout = (int) MIN (left / 1000 + 1, G_MAXINT);
        }
      struct pollfd pfd = { fds[0], POLLIN, 0 };
      int r = poll (&pfd, 1, timeout);
      if (r < 0 && errno == EINTR)
        continue;
      if (r == 0)
        continue; /* the deadline check above decides */
      char chunk[65536];
      ssize_t n = read (fds[0], chunk, sizeof chunk);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        break;
      g_string_append_len (buf, chunk, n);
      char *nl;
      while ((nl = memchr (buf->str, '\n', buf->len)))
        {
          *nl = '\0';
          if (buf->str[0] == 'S' && buf->str[1] == ' ')
            {
              g_free (running);
              running = g_strdup (buf->str + 2);
            }
          else if (buf->str[0] == 'L' && buf->str[1] == ' ')
            {
              apply_result (w, doc, buf->str + 2);
              g_clear_pointer (&running, g_free);
            }
          else if (buf->str[0] == 'E')
            done = TRUE;
          g_string_erase (buf, 0, nl - buf->str + 1);
        }
    }
  close (fds[0]);
  if (timed_out)
    kill (pid, SIGKILL);
  int status = 0;
  while (waitpid (pid, &status, 0) < 0 && errno == EINTR)
    ;
  if (timed_out)
    np_document_add_error (doc, running, "plugin %s did not finish within the time limit of %g s; stopped",
                           running ? running : "(none)", time_limit);
  else if (!done)
    {
      if (WIFSIGNALED (status))
        np_document_add_error (doc, running, "plugin %s crashed on this document (signal %d, %s)",
                               running ? running : "(none)", WTERMSIG (status), g_strsignal (WTERMSIG (status)));
      else
        np_document_add_error (doc, running, "plugin %s crashed on this document (exit status %d)",
                               running ? running : "(none)", WIFEXITED (status) ? WEXITSTATUS (status) : -1);
    }
  g_free (running);
  g_string_free (buf, TRUE);
  return !np_document_has_failed (doc);
}
