/* speakers.c (tests): a tiny stand-in for the speakers plugin, so that the
 * actions tests do not depend on it.  It provides speakers.turn with the
 * real plugin's contract (target item; speakers and mentions as string
 * lists, method, confidence) from two kinds of marks only:
 *   "[name] text"  bracket, speaker resolved through the attendee list
 *   "Name: text"   colon, when Name is an attendee's first name or
 *                  abbreviation
 * "[unknown]" gives UNKNOWN, as the real plugin does. */
#include <string.h>

#include <notepipe/notepipe.h>

static gpointer
fake_new (const NpOptions *options, GError **error)
{
  return g_new0 (int, 1); /* no state; an instance must not be NULL */
}

static void
fake_free (gpointer instance)
{
  g_free (instance);
}

/* The attendee a mark names (first name, full name or abbreviation) */
static const char *
resolve (const NpDocument *doc, const char *mark, gsize len)
{
  guint n;
  const NpPerson *people = np_document_get_attendees (doc, &n);
  for (guint i = 0; i < n; i++)
    {
      const char *name = people[i].name;
      const char *space = strchr (name, ' ');
      gsize first = space ? (gsize) (space - name) : strlen (name);
      if ((first == len && g_ascii_strncasecmp (name, mark, len) == 0)
          || (strlen (name) == len && g_ascii_strncasecmp (name, mark, len) == 0)
          || (people[i].abbreviation && strlen (people[i].abbreviation) == len
              && strncmp (people[i].abbreviation, mark, len) == 0))
        return name;
    }
  return NULL;
}

static gboolean
fake_process (gpointer instance, NpDocument *doc, GError **error)
{
  NpLayer *layer = np_document_get_layer_for_write (doc, "speakers.turn", error);
  if (!layer)
    return FALSE;
  guint n;
  const NpItem *items = np_document_get_items (doc, &n);
  for (guint i = 0; i < n; i++)
    {
      gsize len;
      const char *text = np_document_peek_item_text (doc, i, &len);
      const char *close = len > 2 && text[0] == '[' ? memchr (text, ']', MIN (len, 40)) : NULL;
      /* "[name] text", not a link "[#123](url)" */
      for (const char *p = text + 1; close && p < close; p++)
        if (!(g_ascii_isalpha (*p) || *p == ' ' || *p == '.' || *p == '-' || *p == '_'))
          close = NULL;
      if (close && close + 1 < text + len && close[1] != ' ' && close[1] != ':')
        close = NULL;
      /* nor a task list's box "[ ]", "[x]" */
      if (close && close - text == 2)
        close = NULL;
      const char *colon = memchr (text, ':', MIN (len, 32));
      const char *speaker = NULL, *method = NULL;
      g_autofree char *mention = NULL, *as_written = NULL;
      if (close)
        {
          mention = g_strndup (text, close + 1 - text);
          as_written = g_strndup (text + 1, close - text - 1);
          speaker = g_ascii_strcasecmp (as_written, "unknown") == 0 ? "UNKNOWN" : resolve (doc, as_written, strlen (as_written));
          if (!speaker)
            speaker = as_written; /* not an attendee: the mark as written */
          method = "bracket";
        }
      else if (colon && (speaker = resolve (doc, text, colon - text)))
        {
          mention = g_strndup (text, colon - text);
          method = "colon";
        }
      else if (len > 4 && text[len - 1] == ')')
        {
          /* MeetBot's minutes end a line with "(nick, 16:12:45)" */
          const char *open = text + len - 1;
          while (open > text && *open != '(')
            open--;
          const char *comma = open > text ? memchr (open, ',', text + len - open) : NULL;
          if (comma && open[-1] == ' ')
            {
              mention = g_strndup (open, text + len - open);
              as_written = g_strndup (open + 1, comma - open - 1);
              speaker = resolve (doc, as_written, strlen (as_written));
              if (!speaker)
                speaker = as_written;
              method = "meetbot";
            }
        }
      if (!method)
        continue;
      NpAnnotation *a = np_layer_append (layer, items[i].id);
      const char *speakers[] = { speaker, NULL };
      const char *mentions[] = { mention, NULL };
      np_annotation_set_strv (a, "speakers", speakers, 1);
      np_annotation_set_strv (a, "mentions", mentions, 1);
      np_annotation_set_string (a, "method", method);
      np_annotation_set_double (a, "confidence", strcmp (method, "bracket") == 0 ? 1.0 : 0.9);
    }
  return TRUE;
}

static const NpFeatureSpec turn_features[] = {
  { "speakers", NP_VALUE_STRING_LIST, 0, "canonical names of the speakers; UNKNOWN for an anonymous mark" },
  { "mentions", NP_VALUE_STRING_LIST, 0, "the speaker marks as written" },
  { "method", NP_VALUE_STRING, 0, "bracket or colon" },
  { "confidence", NP_VALUE_DOUBLE, 0, "0-1" },
  { NULL },
};
static const NpLayerSpec turn_layer = { "speakers.turn", NP_TARGET_ITEM, "the speakers of an item (test stand-in)",
                                        turn_features };
static const NpLayerSpec *const provides[] = { &turn_layer, NULL };
static const NpStage stages[] = {
  { .name = "marks", .kind = NP_STAGE_DOCUMENT, .provides = provides, .instance_new = fake_new,
    .instance_free = fake_free, .process = fake_process },
};
static const NpPluginDescriptor descriptor = {
  .abi_version = NP_PLUGIN_ABI_VERSION, .api_minor = NP_PLUGIN_API_MINOR, .name = "speakers", .version = "test",
  .summary = "stand-in for the speakers plugin in the actions tests", .stages = stages, .n_stages = 1,
};
NP_PLUGIN_DEFINE (speakers, descriptor)
