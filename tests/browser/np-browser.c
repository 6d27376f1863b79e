/* np-browser.c: load a page in headless Chromium and report what a reader
 * would meet, for the report tests and benchmarks.
 *
 * It speaks the DevTools protocol over --remote-debugging-pipe (file
 * descriptors 3 and 4, NUL-separated JSON), so no WebDriver or npm module
 * is needed.  It records console messages, exceptions, log errors (CSP
 * violations land there) and every network request other than the page
 * itself and data: URLs; it then evaluates checks in the page and can save
 * a full-page screenshot.
 *
 * Usage: np-browser PAGE.html [--screenshot OUT.png] [--width N]
 *                   [--count NAME=CSS-SELECTOR]... [--timeout SECONDS]
 * Prints one JSON object: {"load_ms", "console_errors": [...],
 * "requests": [...], "counts": {NAME: n}, "clipped": [...], "headings_ok"}.
 * Exit 0 when it ran (judging is the caller's), 77 when Chromium is
 * missing, 2 on a harness failure. */
#include <errno.h>
#include <stdio.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib.h>
#include <json-glib/json-glib.h>

typedef struct
{
  int to_browser, from_browser;
  GString *buf;
  guint next_id;
  char *session;
  JsonArray *console_errors;
  JsonArray *requests;
  char *page_url;
  gboolean loaded;
} Browser;

static char *
find_chromium (void)
{
  static const char *const names[] = { "chromium", "chromium-browser", "google-chrome", NULL };
  const char *env = g_getenv ("CHROMIUM");
  if (env && *env)
    return g_strdup (env);
  for (const char *const *n = names; *n; n++)
    {
      char *p = g_find_program_in_path (*n);
      if (p)
        return p;
    }
  return NULL;
}

static void
send (Browser *b, const char *method, JsonObject *params, gboolean in_session, guint *id_out)
{
  JsonObject *msg = json_object_new ();
  guint id = ++b->next_id;
  json_object_set_int_member (msg, "id", id);
  json_object_set_string_member (msg, "method", method);
  if (in_session && b->session)
    json_object_set_string_member (msg, "sessionId", b->session);
  json_object_set_object_member (msg, "params", params ? params : json_object_new ());
  JsonNode *node = json_node_init_object (json_node_alloc (), msg);
  g_autofree char *text = json_to_string (node, FALSE);
  json_node_unref (node);
  json_object_unref (msg);
  gsize len = strlen (text) + 1; /* with the NUL separator */
  const char *p = text;
  while (len > 0)
    {
      ssize_t n = write (b->to_browser, p, len);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          g_printerr ("np-browser: cannot write to the browser\n");
          exit (2);
        }
      p += n;
      len -= n;
    }
  if (id_out)
    *id_out = id;
}

static void
handle_event (Browser *b, JsonObject *msg)
{
  const char *method = json_object_get_string_member_with_default (msg, "method", "");
  JsonObject *params = json_object_has_member (msg, "params") ? json_object_get_object_member (msg, "params") : NULL;
  if (!params)
    return;
  if (strcmp (method, "Runtime.consoleAPICalled") == 0)
    {
      const char *type = json_object_get_string_member_with_default (params, "type", "");
      if (strcmp (type, "error") == 0 || strcmp (type, "warning") == 0 || strcmp (type, "assert") == 0)
        json_array_add_string_element (b->console_errors, type);
    }
  else if (strcmp (method, "Runtime.exceptionThrown") == 0)
    json_array_add_string_element (b->console_errors, "exception");
  else if (strcmp (method, "Log.entryAdded") == 0)
    {
      JsonObject *e = json_object_get_object_member (params, "entry");
      const char *level = json_object_get_string_member_with_default (e, "level", "");
      if (strcmp (level, "error") == 0 || strcmp (level, "warning") == 0)
        json_array_add_string_element (b->console_errors, json_object_get_string_member_with_default (e, "text", level));
    }
  else if (strcmp (method, "Network.requestWillBeSent") == 0)
    {
      JsonObject *r = json_object_get_object_member (params, "request");
      const char *url = json_object_get_string_member_with_default (r, "url", "");
      if (!g_str_has_prefix (url, "data:") && g_strcmp0 (url, b->page_url) != 0)
        json_array_add_string_element (b->requests, url);
    }
  else if (strcmp (method, "Page.loadEventFired") == 0)
    b->loaded = TRUE;
}

/* Read messages until the reply to id (or, with id 0, until the page has
 * loaded); returns the reply's "result" (transfer full) or NULL. */
static JsonObject *
wait_for (Browser *b, guint id, gint64 deadline)
{
  for (;;)
    {
      char *nul;
      while ((nul = memchr (b->buf->str, '\0', b->buf->len)))
        {
          g_autoptr (JsonParser) p = json_parser_new ();
          gboolean ok = json_parser_load_from_data (p, b->buf->str, nul - b->buf->str, NULL);
          g_string_erase (b->buf, 0, nul - b->buf->str + 1);
          if (!ok || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (p)))
            continue;
          JsonObject *msg = json_node_get_object (json_parser_get_root (p));
          if (json_object_has_member (msg, "id"))
            {
              if (id && (guint) json_object_get_int_member (msg, "id") == id)
                {
                  if (json_object_has_member (msg, "error"))
                    {
                      g_printerr ("np-browser: protocol error: %s\n",
                                  json_object_get_string_member_with_default (
                                    json_object_get_object_member (msg, "error"), "message", "?"));
                      return NULL;
                    }
                  return json_object_ref (json_object_get_object_member (msg, "result"));
                }
              continue;
            }
          handle_event (b, msg);
          if (!id && b->loaded)
            return NULL;
        }
      gint64 left = deadline - g_get_monotonic_time ();
      if (left <= 0)
        {
          g_printerr ("np-browser: timed out waiting for the browser\n");
          exit (2);
        }
      char chunk[65536];
      ssize_t n = read (b->from_browser, chunk, sizeof chunk);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          g_printerr ("np-browser: the browser closed the pipe\n");
          exit (2);
        }
      g_string_append_len (b->buf, chunk, n);
    }
}

static JsonObject *
call (Browser *b, const char *method, JsonObject *params, gboolean in_session, gint64 deadline)
{
  guint id;
  send (b, method, params, in_session, &id);
  return wait_for (b, id, deadline);
}

/* JS run in the page; returns a JSON string */
static const char CHECKS_JS[] =
  "(() => {"
  " const out = {counts: {}, clipped: [], headings_ok: true};"
  " for (const [name, sel] of Object.entries(%s)) out.counts[name] = document.querySelectorAll(sel).length;"
  " for (const el of document.querySelectorAll('h1,h2,h3,h4,h5,h6,p,td,th,li,figcaption,summary,a')) {"
  "  if (el.offsetParent === null && getComputedStyle(el).position !== 'fixed') continue;"
  "  const cs = getComputedStyle(el);"
  "  if ((cs.overflowX === 'hidden' || cs.overflow === 'hidden' || cs.textOverflow === 'ellipsis')"
  "      && el.scrollWidth > el.clientWidth + 1) out.clipped.push(el.tagName + ': ' + el.textContent.slice(0, 60));"
  " }"
  " for (const svg of document.querySelectorAll('svg')) {"
  "  const vb = svg.viewBox.baseVal;"
  "  for (const t of svg.querySelectorAll('text')) {"
  "   const r = t.getBBox();"
  "   let m = t.getCTM(), s = svg.getCTM();"
  "   const p1 = new DOMPoint(r.x, r.y).matrixTransform(s.inverse().multiply(m));"
  "   const p2 = new DOMPoint(r.x + r.width, r.y + r.height).matrixTransform(s.inverse().multiply(m));"
  "   const x0 = Math.min(p1.x, p2.x), x1 = Math.max(p1.x, p2.x), y0 = Math.min(p1.y, p2.y), y1 = Math.max(p1.y, p2.y);"
  "   if (x0 < vb.x - 1 || y0 < vb.y - 1 || x1 > vb.x + vb.width + 1 || y1 > vb.y + vb.height + 1)"
  "    out.clipped.push('svg#' + svg.id + ' text: ' + t.textContent.slice(0, 60));"
  "  }"
  " }"
  " let last = 0;"
  " for (const h of document.querySelectorAll('h1,h2,h3,h4,h5,h6')) {"
  "  const l = +h.tagName[1]; if (l > last + 1) out.headings_ok = false; last = l; }"
  " out.charts_without_text = [...document.querySelectorAll('svg')].filter(s => !s.querySelector('title') || !s.querySelector('desc')).length;"
  " return JSON.stringify(out); })()";

int
main (int argc, char **argv)
{
  g_autofree char *screenshot = NULL;
  g_auto (GStrv) counts = NULL;
  gint width = 1280, max_height = 16000;
  double timeout = 60;
  GOptionEntry entries[] = {
    { "screenshot", 0, 0, G_OPTION_ARG_FILENAME, &screenshot, "Save a full-page PNG", "OUT.png" },
    { "count", 0, 0, G_OPTION_ARG_STRING_ARRAY, &counts, "Count elements matching a CSS selector", "NAME=SEL" },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, "Viewport width (default 1280)", "N" },
    { "max-height", 0, 0, G_OPTION_ARG_INT, &max_height, "Screenshot at most N pixels of the page (default 16000)",
      "N" },
    { "timeout", 0, 0, G_OPTION_ARG_DOUBLE, &timeout, "Give up after SECONDS (default 60)", "SECONDS" },
    { NULL },
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("PAGE.html");
  g_option_context_add_main_entries (ctx, entries, NULL);
  g_autoptr (GError) error = NULL;
  if (!g_option_context_parse (ctx, &argc, &argv, &error) || argc != 2)
    {
      g_printerr ("usage: np-browser PAGE.html [--screenshot OUT.png] [--count NAME=SELECTOR]...\n");
      return 2;
    }
  g_autofree char *chromium = find_chromium ();
  if (!chromium)
    {
      g_printerr ("np-browser: no chromium found (apt-get install chromium)\n");
      return 77;
    }
  g_autofree char *abs = g_canonicalize_filename (argv[1], NULL);
  g_autofree char *url = g_filename_to_uri (abs, NULL, &error);
  if (!url)
    {
      g_printerr ("np-browser: %s\n", error->message);
      return 2;
    }
  g_autofree char *profile = g_dir_make_tmp ("np-browser-XXXXXX", NULL);

  int to_child[2], from_child[2];
  if (pipe (to_child) || pipe (from_child))
    return 2;
  pid_t pid = fork ();
  if (pid == 0)
    {
      /* the protocol pipe is fd 3 (commands in) and fd 4 (replies out) */
      int in = dup (to_child[0]), out = dup (from_child[1]);
      dup2 (in, 3);
      dup2 (out, 4);
      int devnull = open ("/dev/null", O_RDWR);
      dup2 (devnull, 1);
      dup2 (devnull, 2);
      for (int fd = 5; fd < 256; fd++)
        close (fd);
      /* everything the browser writes stays in the temporary profile */
      g_setenv ("XDG_CONFIG_HOME", profile, TRUE);
      g_setenv ("XDG_CACHE_HOME", profile, TRUE);
      g_autofree char *profile_arg = g_strdup_printf ("--user-data-dir=%s", profile);
      g_autofree char *size_arg = g_strdup_printf ("--window-size=%d,900", width);
      execlp (chromium, chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
              "--disable-background-networking", "--disable-component-update", "--disable-sync",
              "--disable-quic", "--disable-extensions", "--host-resolver-rules=MAP * ~NOTFOUND",
              "--remote-debugging-pipe", profile_arg, size_arg, "about:blank", (char *) NULL);
      _exit (127);
    }
  close (to_child[0]);
  close (from_child[1]);
  signal (SIGPIPE, SIG_IGN);
  Browser b = { to_child[1], from_child[0], g_string_new (NULL), 0, NULL, json_array_new (), json_array_new (), url,
                FALSE };
  gint64 deadline = g_get_monotonic_time () + (gint64) (timeout * G_USEC_PER_SEC);

  /* a fresh page target, attached with a flat session */
  JsonObject *p = json_object_new ();
  json_object_set_string_member (p, "url", "about:blank");
  g_autoptr (JsonObject) created = call (&b, "Target.createTarget", p, FALSE, deadline);
  if (!created)
    return 2;
  p = json_object_new ();
  json_object_set_string_member (p, "targetId", json_object_get_string_member (created, "targetId"));
  json_object_set_boolean_member (p, "flatten", TRUE);
  g_autoptr (JsonObject) attached = call (&b, "Target.attachToTarget", p, FALSE, deadline);
  if (!attached)
    return 2;
  b.session = g_strdup (json_object_get_string_member (attached, "sessionId"));
  const char *enable[] = { "Page.enable", "Runtime.enable", "Network.enable", "Log.enable" };
  for (guint i = 0; i < G_N_ELEMENTS (enable); i++)
    {
      JsonObject *r = call (&b, enable[i], NULL, TRUE, deadline);
      if (r)
        json_object_unref (r);
    }
  gint64 t0 = g_get_monotonic_time ();
  p = json_object_new ();
  json_object_set_string_member (p, "url", url);
  JsonObject *nav = call (&b, "Page.navigate", p, TRUE, deadline);
  if (nav)
    json_object_unref (nav);
  if (!b.loaded)
    wait_for (&b, 0, deadline);
  double load_ms = (g_get_monotonic_time () - t0) / 1000.0;

  /* checks in the page */
  JsonObject *sel = json_object_new ();
  for (char **c = counts; c && *c; c++)
    {
      char *eq = strchr (*c, '=');
      if (eq)
        {
          *eq = '\0';
          json_object_set_string_member (sel, *c, eq + 1);
        }
    }
  JsonNode *seln = json_node_init_object (json_node_alloc (), sel);
  g_autofree char *sel_json = json_to_string (seln, FALSE);
  json_node_unref (seln);
  json_object_unref (sel);
  g_autofree char *expr = g_strdup_printf (CHECKS_JS, sel_json);
  p = json_object_new ();
  json_object_set_string_member (p, "expression", expr);
  json_object_set_boolean_member (p, "returnByValue", TRUE);
  g_autoptr (JsonObject) ev = call (&b, "Runtime.evaluate", p, TRUE, deadline);
  const char *checks = "{}";
  if (ev && json_object_has_member (ev, "result"))
    checks = json_object_get_string_member_with_default (json_object_get_object_member (ev, "result"), "value", "{}");

  if (screenshot)
    {
      p = json_object_new ();
      json_object_set_string_member (p, "format", "png");
      json_object_set_boolean_member (p, "captureBeyondViewport", TRUE);
      g_autoptr (JsonObject) metrics = call (&b, "Page.getLayoutMetrics", NULL, TRUE, deadline);
      if (metrics)
        {
          JsonObject *cs = json_object_get_object_member (metrics, "cssContentSize");
          JsonObject *clip = json_object_new ();
          json_object_set_double_member (clip, "x", 0);
          json_object_set_double_member (clip, "y", 0);
          json_object_set_double_member (clip, "width", json_object_get_double_member (cs, "width"));
          json_object_set_double_member (clip, "height", MIN (json_object_get_double_member (cs, "height"), max_height));
          json_object_set_double_member (clip, "scale", 1);
          json_object_set_object_member (p, "clip", clip);
        }
      g_autoptr (JsonObject) shot = call (&b, "Page.captureScreenshot", p, TRUE, deadline);
      if (shot)
        {
          gsize len;
          g_autofree guchar *png = g_base64_decode (json_object_get_string_member (shot, "data"), &len);
          g_file_set_contents (screenshot, (const char *) png, len, NULL);
        }
    }
  JsonObject *r = call (&b, "Browser.close", NULL, FALSE, g_get_monotonic_time () + 5 * G_USEC_PER_SEC);
  if (r)
    json_object_unref (r);
  close (b.to_browser);
  int status;
  waitpid (pid, &status, 0);

  g_autoptr (JsonParser) cp = json_parser_new ();
  json_parser_load_from_data (cp, checks, -1, NULL);
  JsonObject *out = json_object_new ();
  json_object_set_double_member (out, "load_ms", load_ms);
  json_object_set_array_member (out, "console_errors", b.console_errors);
  json_object_set_array_member (out, "requests", b.requests);
  JsonNode *cr = json_parser_get_root (cp);
  if (cr && JSON_NODE_HOLDS_OBJECT (cr))
    {
      JsonObject *co = json_node_get_object (cr);
      GList *members = json_object_get_members (co);
      for (GList *m = members; m; m = m->next)
        json_object_set_member (out, m->data, json_node_copy (json_object_get_member (co, m->data)));
      g_list_free (members);
    }
  JsonNode *outn = json_node_init_object (json_node_alloc (), out);
  g_autofree char *text = json_to_string (outn, TRUE);
  printf ("%s\n", text);
  json_node_unref (outn);
  json_object_unref (out);
  g_autofree char *rm = g_strdup_printf ("rm -rf '%s'", profile);
  (void) system (rm);
  g_string_free (b.buf, TRUE);
  g_free (b.session);
  return 0;
}
