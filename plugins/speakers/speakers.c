/* speakers.c: the speakers plugin: descriptor, options, instances.
 *
 * Who said what in meeting notes, resolved to real people: speaker marks
 * are found (marks.c), judged against the document (attribute.c), resolved
 * to the people of the document and of roster files (roster*.c), and
 * published as layers (output.c).  See speakers.h for the whole picture.
 *
 * An instance (one per worker thread) holds the roster files named by the
 * `roster` option, loaded once, and caches the roster files it discovers
 * next to the notes, so a run over an archive of minutes reads each
 * delegates file once per thread. */
#include <string.h>

#include "speakers.h"

typedef struct
{
  SpConfig config;
  GPtrArray *rosters;        /* SpRoster*: the `roster` option's files, in order */
  gboolean discover;
  char **discover_names;
  guint discover_levels;
  GHashTable *dir_cache;     /* directory -> roster path found there, or "" */
  GHashTable *found_rosters; /* path -> SpRoster* (NULL value: unreadable) */
  GHashTable *archives;      /* the archives searched for rosters (a set of paths) */
  SpScratch *scratch;        /* buffers and values reused from one document to the next */
} Speakers;

static void
roster_free (gpointer data)
{
  sp_roster_free (data);
}

static void
speakers_free (gpointer instance)
{
  Speakers *s = instance;
  if (s == NULL)
    return;
  g_ptr_array_unref (s->rosters);
  g_strfreev (s->discover_names);
  g_hash_table_unref (s->dir_cache);
  g_hash_table_unref (s->found_rosters);
  g_hash_table_unref (s->archives);
  sp_roster_archives_release ();
  sp_scratch_free (s->scratch);
  g_free (s);
}

static gpointer
speakers_new (const NpOptions *options, GError **error)
{
  Speakers *s = g_new0 (Speakers, 1);
  s->rosters = g_ptr_array_new_with_free_func (roster_free);
  s->dir_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  s->found_rosters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, roster_free);
  s->archives = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sp_roster_archives_hold ();
  s->scratch = sp_scratch_new ();
  s->config.typos = np_options_get_bool (options, "typos");
  s->discover = np_options_get_bool (options, "discover_roster");
  s->discover_levels = (guint) np_options_get_int (options, "discover_levels");
  const char *const *names = np_options_get_list (options, "roster_names");
  s->discover_names = g_strdupv ((char **) names);
  const char *const *files = np_options_get_list (options, "roster");
  for (guint i = 0; files && files[i]; i++)
    {
      if (files[i][0] == '\0')
        continue;
      GError *local = NULL;
      SpRoster *r = sp_roster_load_file (files[i], &local);
      if (r == NULL)
        {
          g_propagate_prefixed_error (error, local, "option roster: ");
          speakers_free (s);
          return NULL;
        }
      g_ptr_array_add (s->rosters, r);
    }
  return s;
}

/* The archives an instance keeps the rosters of: a run over many
 * archives reads them one after another, so the older ones are forgotten
 * (and read again should a member of theirs come later), and the memory
 * an instance holds stays bounded however many archives a run reads. */
#define ARCHIVES_KEPT 4

static void
forget_other_archives (Speakers *s, const char *source)
{
  const char *bang = strchr (source, '!');
  if (bang == NULL || g_hash_table_size (s->archives) < ARCHIVES_KEPT)
    return;
  g_autofree char *archive = g_strndup (source, bang - source);
  if (g_hash_table_contains (s->archives, archive))
    return;
  sp_roster_forget_archives (s->dir_cache, s->archives);
  GHashTableIter it;
  gpointer path;
  g_hash_table_iter_init (&it, s->found_rosters);
  while (g_hash_table_iter_next (&it, &path, NULL))
    if (strchr (path, '!'))
      g_hash_table_iter_remove (&it);
}

/* The roster kept with this document's notes, loaded once per path. */
static SpRoster *
discovered_roster (Speakers *s, NpDocument *doc)
{
  if (!s->discover || s->discover_names == NULL || s->discover_names[0] == NULL)
    return NULL;
  const char *source = np_document_get_source (doc);
  if (source)
    forget_other_archives (s, source);
  g_autoptr (GError) unread = NULL;
  g_autofree char *path = sp_roster_discover (source, (const char *const *) s->discover_names, s->discover_levels,
                                              s->dir_cache, s->archives, &unread);
  /* an archive that cannot be read whole is not this document's fault:
   * said once, where it was first read */
  if (unread)
    np_document_add_warning (doc, "speakers", "roster looked for in what could be read of the archive only: %s",
                             unread->message);
  if (path == NULL)
    return NULL;
  if (g_hash_table_contains (s->found_rosters, path))
    return g_hash_table_lookup (s->found_rosters, path);
  GError *local = NULL;
  g_autoptr (GBytes) archived = sp_roster_archived (path, (const char *const *) s->discover_names);
  SpRoster *r = archived ? sp_roster_load_data (path, g_bytes_get_data (archived, NULL), g_bytes_get_size (archived), &local)
                         : sp_roster_load_file (path, &local);
  if (r == NULL)
    {
      /* a roster found by its name but unreadable is not the document's
       * fault: say so once and go on without it */
      np_document_add_warning (doc, "speakers", "roster %s not used: %s", path, local->message);
      g_error_free (local);
    }
  g_hash_table_insert (s->found_rosters, g_strdup (path), r);
  return r;
}

static gboolean
speakers_process (gpointer instance, NpDocument *doc, GError **error)
{
  Speakers *s = instance;
  g_autoptr (GPtrArray) rosters = g_ptr_array_new ();
  for (guint i = 0; i < s->rosters->len; i++)
    g_ptr_array_add (rosters, g_ptr_array_index (s->rosters, i));
  SpRoster *found = discovered_roster (s, doc);
  if (found)
    g_ptr_array_add (rosters, found);
  SpAnalysis *a = sp_analyse (doc, rosters, &s->config, s->scratch);
  gboolean ok = sp_write_layers (doc, a, s->scratch, error);
  sp_analysis_free (a);
  return ok;
}

static const NpLayerSpec *const provides[] = { &sp_turn_layer, &sp_person_layer, &sp_reply_layer, NULL };

/* The corpus stage (corpus.c) */
static const char *const corpus_requires[] = { "speakers.person", NULL };
static const NpLayerSpec *const corpus_provides[] = { &sp_people_layer, NULL };

static const NpOptionSpec options[] = {
  { "roster", NP_OPTION_LIST, NULL,
    "roster files, comma-separated: 'Full Name (ABC)' lines, plain names, or TSV alias<TAB>Full Name; "
    "used after the document's own attendees, in the order given",
    NULL },
  { "discover_roster", NP_OPTION_BOOL, "true",
    "look for a roster file kept with the notes: in the document's directory and up to discover_levels "
    "parents, the first file named like one of roster_names (for an archive's member, in the archive, then "
    "beside it; not for stdin)",
    NULL },
  { "roster_names", NP_OPTION_LIST,
    "roster.txt,roster.tsv,delegates.txt,people.txt,people.tsv,attendees.txt,participants.txt,members.txt",
    "file names discover_roster looks for, in order of preference", NULL },
  { "discover_levels", NP_OPTION_INT, "3", "how many parent directories discover_roster climbs", "0:10" },
  { "typos", NP_OPTION_BOOL, "true",
    "match misspelt marks (flilippo, Micheal) to the one person they are closest to", NULL },
  { NULL },
};

static const NpStage stages[] = {
  {
    .name = "attribute",
    .kind = NP_STAGE_DOCUMENT,
    .provides = provides,
    .instance_new = speakers_new,
    .instance_free = speakers_free,
    .process = speakers_process,
  },
  {
    .name = "corpus",
    .kind = NP_STAGE_CORPUS,
    .requires = corpus_requires,
    .provides = corpus_provides,
    .instance_new = sp_corpus_new,
    .instance_free = sp_corpus_free,
    .corpus_add = sp_corpus_add,
    .corpus_save = sp_corpus_save,
    .corpus_merge = sp_corpus_merge,
    .corpus_end = sp_corpus_end,
  },
};

static const NpPluginDescriptor descriptor = {
  .abi_version = NP_PLUGIN_ABI_VERSION,
  .api_minor = NP_PLUGIN_API_MINOR,
  .name = "speakers",
  .version = "1.0",
  .summary = "speaker turns resolved to people, per-person statistics and reply graph",
  .license = "MIT",
  .options = options,
  .stages = stages,
  .n_stages = G_N_ELEMENTS (stages),
  .summarize = sp_summarize,
};

NP_PLUGIN_DEFINE (speakers, descriptor)
