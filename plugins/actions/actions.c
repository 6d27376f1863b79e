/* actions.c: the actions plugin: action items, questions and decisions,
 * each with its owner where the notes or the speakers layer name one.
 *
 * This file is the tutorial of docs/plugin-guide.md, read from the bottom
 * up: the descriptor (what the loader checks), the stage (what runs per
 * document), the layer schema (what the JSON carries), the options (what
 * a user may set), the instance (one per worker thread) and summarize()
 * (the text view).  The matching rules live in cues.c, names in people.c. */
#include <string.h>

#include "actions.h"

static const char *const kind_names[ACTIONS_N_KINDS] = { "action", "question", "decision" };

const char *
actions_kind_name (ActionsKind kind)
{
  return kind < ACTIONS_N_KINDS ? kind_names[kind] : "?";
}

/* The instance: the options, read once.  The core makes one per worker
 * thread (instance_new) and hands it to every process() call of that
 * thread, so it needs no lock; per-document data stays on the stack. */

static char **
normalized_list (const char *const *list)
{
  guint n = list ? g_strv_length ((char **) list) : 0;
  char **out = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    out[i] = actions_words (list[i], -1);
  return out;
}

static gpointer
actions_new (const NpOptions *options, GError **error)
{
  ActionsConfig *c = g_new0 (ActionsConfig, 1);
  /* values were validated against the option specs below: a LIST is a
   * NULL-terminated array, its members among the choices */
  for (const char *const *k = np_options_get_list (options, "kinds"); k && *k; k++)
    for (guint i = 0; i < ACTIONS_N_KINDS; i++)
      if (strcmp (*k, kind_names[i]) == 0)
        c->enabled[i] = TRUE;
  c->unattributed_questions = np_options_get_bool (options, "unattributed_questions");
  c->decision_headings = normalized_list (np_options_get_list (options, "decision_headings"));
  c->action_headings = normalized_list (np_options_get_list (options, "action_headings"));
  return c;
}

static void
actions_free (gpointer instance)
{
  ActionsConfig *c = instance;
  g_strfreev (c->decision_headings);
  g_strfreev (c->action_headings);
  g_free (c);
}

/* A heading collects decisions when one of the configured phrases is in
 * it as whole words and it is short ("Conclusion/Resolution", "Summary
 * and conclusion"); it collects actions when it starts with one and has
 * at most two more words ("Next steps", "Action items (March)", not "Next
 * steps for RegExp escaping", a topic).  Questions never collect. */
static guint
count_words (const char *words)
{
  guint n = 0;
  for (const char *p = words; *p; p++)
    n += p[0] == ' ' && p[1] != '\0';
  return n;
}

static gboolean
heading_has (const char *title, const char *words, char **phrases, gboolean at_start)
{
  if (strchr (title, '?') || count_words (words) > 8)
    return FALSE;
  for (char **p = phrases; p && *p; p++)
    {
      if (strcmp (*p, " ") == 0)
        continue;
      if (!at_start && strstr (words, *p))
        return TRUE;
      if (at_start && g_str_has_prefix (words, *p) && count_words (words) <= count_words (*p) + 2)
        return TRUE;
    }
  return FALSE;
}

/* The stage: find, then write the layer */

static void
write_finding (const ActionsDoc *d, guint32 item, const ActionsFinding *f, NpLayer *layer)
{
  /* trim the span: findings end where a sentence or the item ends */
  guint32 start = f->start, end = f->end;
  while (start < end && g_ascii_isspace (d->text[start]))
    start++;
  while (end > start && g_ascii_isspace (d->text[end - 1]))
    end--;
  g_autofree char *text = g_strndup (d->text + start, end - start);

  NpAnnotation *a = np_layer_append_span (layer, item, start, end);
  np_annotation_set_string (a, "kind", actions_kind_name (f->kind));
  np_annotation_set_string (a, "text", text);
  np_annotation_set_string (a, "cue", f->cue);

  /* the owner: named in the text, or else the item's speaker */
  const char *const *speakers = actions_people_speakers_of (d->people, item);
  if (f->owners && f->owners->len)
    {
      np_annotation_set_strv (a, "owners", (const char *const *) f->owners->pdata, f->owners->len);
      np_annotation_set_string (a, "owner_from", "text");
    }
  else if (speakers)
    {
      np_annotation_set_strv (a, "owners", speakers, -1);
      np_annotation_set_string (a, "owner_from", "speaker");
    }
  else
    np_annotation_set_strv (a, "owners", NULL, 0); /* owner_from stays unset: JSON null */
}

static gboolean
actions_process (gpointer instance, NpDocument *doc, GError **error)
{
  const ActionsConfig *config = instance;
  /* only the layers a stage declares in provides[] can be written */
  NpLayer *layer = np_document_get_layer_for_write (doc, "actions.entry", error);
  if (!layer)
    return FALSE;

  guint n_items, n_sections;
  ActionsDoc d = { 0 };
  d.doc = doc;
  d.config = config;
  d.text = np_document_get_text (doc, NULL);
  d.items = np_document_get_items (doc, &n_items);
  d.sections = np_document_get_sections (doc, &n_sections);
  d.sentences = np_document_get_sentences (doc, NULL);
  d.tokens = np_document_get_tokens (doc, NULL);
  /* [guide:read-layer] */
  /* a required layer is always there when the stage runs: the core skips
   * the stage for a document whose speakers stage failed */
  ActionsPeople *people = actions_people_new (doc, np_document_get_layer (doc, "speakers.turn"));
  /* [/guide:read-layer] */
  d.people = people;

  /* which headings collect actions or decisions */
  g_autofree const char **heading_cue = g_new0 (const char *, n_sections + 1);
  g_autofree ActionsKind *heading_kind = g_new0 (ActionsKind, n_sections + 1);
  for (guint s = 0; s < n_sections; s++)
    {
      g_autofree char *words = actions_words (d.sections[s].title, -1);
      if (heading_has (d.sections[s].title, words, config->decision_headings, FALSE))
        heading_kind[s] = ACTIONS_DECISION;
      else if (heading_has (d.sections[s].title, words, config->action_headings, TRUE))
        heading_kind[s] = ACTIONS_ACTION;
      else
        continue;
      heading_cue[s] = d.sections[s].title;
    }
  d.heading_cue = heading_cue;
  d.heading_kind = heading_kind;

  GArray *findings = g_array_new (FALSE, FALSE, sizeof (ActionsFinding));
  g_array_set_clear_func (findings, (GDestroyNotify) actions_finding_clear);
  for (guint i = 0; i < n_items; i++)
    {
      actions_find_in_item (&d, i, findings);
      for (guint k = 0; k < findings->len; k++)
        {
          const ActionsFinding *f = &g_array_index (findings, ActionsFinding, k);
          if (config->enabled[f->kind])
            write_finding (&d, i, f, layer);
        }
      g_array_set_size (findings, 0);
    }
  g_array_free (findings, TRUE);
  actions_people_free (people);
  /* a schema violation (a wrong type, a missing required feature) would
   * surface here: the core checks the layer when the stage returns */
  return TRUE;
}

/* The text view: one table per kind */

static guint
summarize_kind (const NpDocument *doc, const NpLayer *layer, ActionsKind kind, NpSummary *summary,
                const char *title, const char *owner_column)
{
  const NpItem *items = np_document_get_items (doc, NULL);
  const char *columns[] = { "line>", owner_column, "text", NULL };
  NpSummaryTable *table = NULL;
  guint n = 0;
  for (guint i = 0; i < np_layer_get_size (layer); i++)
    {
      const NpAnnotation *a = np_layer_get_annotation (layer, i);
      if (g_strcmp0 (np_annotation_get_string (a, "kind"), kind_names[kind]) != 0)
        continue;
      if (!table)
        table = np_summary_add_table (summary, title, columns);
      g_autofree char *line = g_strdup_printf ("%u", items[np_annotation_get_target (a)].line);
      g_autofree const char **owners = np_annotation_get_strv (a, "owners", NULL);
      g_autofree char *who = owners ? g_strjoinv (", ", (char **) owners) : g_strdup ("");
      const char *cells[] = { line, who, np_annotation_get_string (a, "text"), NULL };
      np_summary_table_add_row (table, cells);
      n++;
    }
  return n;
}

/* summarize() runs on the main thread after every stage, and sees only
 * the document: what it shows must come from the layer. */
static void
actions_summarize (const NpDocument *doc, NpSummary *summary)
{
  const NpLayer *layer = np_document_get_layer (doc, "actions.entry");
  if (!layer || np_layer_get_size (layer) == 0)
    return;
  guint actions = summarize_kind (doc, layer, ACTIONS_ACTION, summary, "Action items", "owner");
  guint questions = summarize_kind (doc, layer, ACTIONS_QUESTION, summary, "Questions", "asked by");
  guint decisions = summarize_kind (doc, layer, ACTIONS_DECISION, summary, "Decisions", "stated by");
  np_summary_add_line (summary, "%u action item%s, %u question%s, %u decision%s", actions, actions == 1 ? "" : "s",
                       questions, questions == 1 ? "" : "s", decisions, decisions == 1 ? "" : "s");
}

/* The schema of the layer: the core checks every write against it and
 * serializes the layer from it (JSON: "item", "span" and these names). */
static const NpFeatureSpec entry_features[] = {
  { "kind", NP_VALUE_STRING, 0, "action, question or decision" },
  { "text", NP_VALUE_STRING, 0, "the action, question or decision, its label left out" },
  { "cue", NP_VALUE_STRING, 0,
    "what matched, as written: a label (\"AI:\", \"Q:\", \"Conclusion:\"), a heading, \"will\", \"to\", "
    "\"action\", \"TODO\", a decision word (\"consensus\", \"agreed\"), or \"?\"" },
  { "owners", NP_VALUE_STRING_LIST, 0,
    "canonical names: who is to act, who asked, who stated the decision; empty when nobody is known" },
  { "owner_from", NP_VALUE_STRING, NP_FEATURE_OPTIONAL,
    "text (named in the item) or speaker (the item's speaker, from speakers.turn); absent without owners" },
  { NULL },
};

static const NpLayerSpec entry_layer = {
  .name = "actions.entry",
  .target = NP_TARGET_SPAN,
  .help = "action items, questions and decisions, one per span of an item",
  .features = entry_features,
};

/* [guide:requires] */
static const NpLayerSpec *const provides[] = { &entry_layer, NULL };
/* The stage runs after the speakers plugin and only when its layer exists. */
static const char *const requires[] = { "speakers.turn", NULL };
/* [/guide:requires] */

static const NpOptionSpec options[] = {
  { "kinds", NP_OPTION_LIST, "action,question,decision", "what to report", "action|question|decision" },
  { "unattributed_questions", NP_OPTION_BOOL, "false",
    "also report questions nobody is known to have asked (lines ending with '?' without a speaker)", NULL },
  { "decision_headings", NP_OPTION_LIST, "conclusion,conclusions,resolution,resolutions,decision,decisions,outcome",
    "headings whose items are decisions (whole words, any case)", NULL },
  { "action_headings", NP_OPTION_LIST, "action items,action item,next steps,todo,to do,follow ups,follow up",
    "headings whose items are action items", NULL },
  { NULL },
};

static const NpStage stages[] = {
  {
    .name = "find",
    .kind = NP_STAGE_DOCUMENT,
    .requires = requires,
    .provides = provides,
    .instance_new = actions_new,
    .instance_free = actions_free,
    .process = actions_process,
  },
};

static const NpPluginDescriptor descriptor = {
  .abi_version = NP_PLUGIN_ABI_VERSION,
  .api_minor = NP_PLUGIN_API_MINOR,
  .name = "actions",
  .version = "1.0",
  .summary = "action items, open questions and decisions, with their owners",
  .license = "MIT",
  .options = options,
  .stages = stages,
  .n_stages = G_N_ELEMENTS (stages),
  .summarize = actions_summarize,
};

/* The entry point the loader looks up: actions_LTX_np_plugin_descriptor,
 * "actions" being the module's file name (actions.la / actions.so). */
NP_PLUGIN_DEFINE (actions, descriptor)
