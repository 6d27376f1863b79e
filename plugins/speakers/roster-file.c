/* roster-file.c: rosters kept outside the notes.
 *
 * Archives of minutes often keep their people in one file next to the
 * meetings (TC39's delegates.txt: "Shu-yu Guo (SYG)" per line), because a
 * day's attendee table misses people who speak.  The option `roster`
 * names such files; with `discover_roster` the plugin also looks for one
 * by a conventional name in the document's directory and a few parents
 * (for an archive's member, in the archive and then beside it).
 * A file is "Name (ABC)" or plain name lines, or TSV "alias<TAB>Full Name"
 * lines (several aliases of one person may repeat the name). */
#include <dirent.h>
#include <string.h>

#include <glib/gstdio.h>

#include "speakers.h"

/* Roster files are small lists of people; a bigger file is a mistake. */
#define ROSTER_MAX_BYTES (4u << 20)

SpRoster *
sp_roster_load_file (const char *path, GError **error)
{
  g_autofree char *data = NULL;
  gsize len = 0;
  GStatBuf st;
  if (g_stat (path, &st) == 0 && (guint64) st.st_size > ROSTER_MAX_BYTES)
    {
      g_set_error (error, NP_PLUGIN_ERROR, NP_PLUGIN_ERROR_FAILED,
                   "roster %s: %" G_GUINT64_FORMAT " bytes, more than the %u a roster may have", path,
                   (guint64) st.st_size, ROSTER_MAX_BYTES);
      return NULL;
    }
  if (!g_file_get_contents (path, &data, &len, error))
    return NULL;
  return sp_roster_load_data (path, data, len, error);
}

SpRoster *
sp_roster_load_data (const char *path, const char *bytes, gsize len, GError **error)
{
  if (!g_utf8_validate (bytes, len, NULL)) /* a NUL in len bytes fails too */
    {
      g_set_error (error, NP_PLUGIN_ERROR, NP_PLUGIN_ERROR_FAILED, "roster %s: not UTF-8 text", path);
      return NULL;
    }
  g_autofree char *data = g_strndup (bytes, len);
  const char *slash = strrchr (path, '/');
  SpRoster *r = sp_roster_new (slash ? slash + 1 : path, FALSE);
  g_auto (GStrv) lines = g_strsplit (data, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      char *line = g_strstrip (lines[i]);
      if (line[0] == '\0' || line[0] == '#')
        continue;
      char *tab = strchr (line, '\t');
      if (tab)
        {
          *tab = '\0';
          char *alias = g_strstrip (line), *name = g_strstrip (tab + 1);
          char *tab2 = strchr (name, '\t');
          if (tab2)
            *tab2 = '\0';
          g_strstrip (name);
          if (alias[0] == '\0' || name[0] == '\0')
            continue;
          guint e = sp_roster_add (r, name, NULL, NULL, NULL, NULL, SP_SOURCE_FILE);
          /* an all-capitals alias is an abbreviation */
          if (sp_is_upper_run (alias, strlen (alias), 1, 6))
            sp_roster_add (r, name, alias, NULL, NULL, NULL, SP_SOURCE_FILE);
          else
            sp_roster_add_alias (r, e, alias);
          continue;
        }
      sp_roster_add_entry_text (r, line, strlen (line), SP_SOURCE_FILE);
    }
  return r;
}

/* An archive member ("notes.tar.gz!meetings/a.md") has no directory on
 * disk: the part before '!' is a regular file. */
static gboolean
is_archive_member (const char *source)
{
  const char *bang = strchr (source, '!');
  if (bang == NULL)
    return FALSE;
  g_autofree char *archive = g_strndup (source, bang - source);
  return g_file_test (archive, G_FILE_TEST_IS_REGULAR);
}

/* Prefixes of dir_cache keys that are no directory as written: a listing
 * of a directory's files, a walk's result (no path starts with these
 * bytes in practice). */
#define LISTING_KEY '\x01'
#define WALK_KEY '\x02'
#define ARCHIVE_KEY '\x03'

/* kind followed by dir, newly allocated (g_strdup_printf() was a sample
 * in every hundred of the plugin's: it is asked per document) */
static char *
prefixed_key (char kind, const char *dir)
{
  gsize n = strlen (dir);
  char *key = g_malloc (n + 2);
  key[0] = kind;
  memcpy (key + 1, dir, n + 1);
  return key;
}

/* The entries of directory dir, read once per instance and kept in
 * dir_cache as one string: "\n" + kind + name for each entry that may be
 * a regular file, kind 'r' for one (d_type DT_REG) and '?' for one only
 * the kernel can tell (a symbolic link, a file system without d_type),
 * then "\n" at the end.  A directory that cannot be read is "!": ask the
 * kernel for every name.  Names with a newline are left out (asked too). */
static const char *
dir_listing (const char *dir, GHashTable *dir_cache)
{
  g_autofree char *key = prefixed_key (LISTING_KEY, dir);
  const char *listing = g_hash_table_lookup (dir_cache, key);
  if (listing)
    return listing;
  DIR *d = opendir (dir);
  GString *names = g_string_new (d ? "" : "!");
  struct dirent *de;
  while (d && (de = readdir (d)) != NULL)
    {
#ifdef _DIRENT_HAVE_D_TYPE
      char kind = de->d_type == DT_REG ? 'r' : de->d_type == DT_LNK || de->d_type == DT_UNKNOWN ? '?' : 0;
#else
      char kind = '?';
#endif
      if (kind && strchr (de->d_name, '\n') == NULL)
        {
          g_string_append_c (names, '\n');
          g_string_append_c (names, kind);
          g_string_append (names, de->d_name);
        }
    }
  if (d)
    {
      closedir (d);
      g_string_append_c (names, '\n');
    }
  listing = g_string_free (names, FALSE);
  g_hash_table_insert (dir_cache, g_steal_pointer (&key), (char *) listing);
  return listing;
}

/* What dir's listing says of the entry name: 'r' a regular file, '?' ask
 * the kernel (a name with a directory in it too), 0 no such entry (or
 * none that may be a regular file). */
static char
listed_kind (const char *listing, const char *name)
{
  if (listing[0] == '!' || name[0] == '\0' || strchr (name, '\n') || strchr (name, G_DIR_SEPARATOR))
    return '?';
  gsize n = strlen (name);
  for (const char *p = strstr (listing, name); p; p = strstr (p + 1, name))
    if (p - listing >= 2 && p[-2] == '\n' && p[n] == '\n')
      return p[-1];
  return 0;
}

/* Is source (in directory parent, as written) a regular file, as
 * g_file_test (G_FILE_TEST_IS_REGULAR) says?  A stat per document was
 * about 3% of the plugin's time (perf; invisible to callgrind): the
 * directory is read once per instance instead (dir_listing()).  A name
 * the listing does not show as a regular file (a symbolic link, a file
 * made since, a document made in memory) is asked of the kernel as
 * before, so the answer can only differ for a file replaced by something
 * else while the run lasts. */
static gboolean
is_regular_file (const char *source, const char *parent, GHashTable *dir_cache)
{
  const char *base = strrchr (source, G_DIR_SEPARATOR);
  base = base ? base + 1 : source;
  if (listed_kind (dir_listing (parent, dir_cache), base) == 'r')
    return TRUE;
  return g_file_test (source, G_FILE_TEST_IS_REGULAR);
}

/* The roster found by walking up from dir (canonical), cached per
 * directory in dir_cache: a path, or "" for none.  Each directory's
 * listing answers for the conventional names: a stat for each of them in
 * each directory was most of the discovery's time (a system call costs
 * microseconds here), and the listing of a note's own directory is read
 * for is_regular_file() anyway.  Only a name listed as a link, or every
 * name of a directory that cannot be read, is asked of the kernel; a
 * roster file made while the instance lives is not seen, as before for
 * the directories already walked. */
static const char *
walk_up (const char *start, const char *const *names, guint levels, GHashTable *dir_cache)
{
  g_autofree char *dir = g_strdup (start);
  for (guint level = 0; level <= levels; level++)
    {
      const char *cached = g_hash_table_lookup (dir_cache, dir);
      if (cached == NULL)
        {
          const char *listing = dir_listing (dir, dir_cache);
          char *found = NULL;
          for (const char *const *n = names; *n && !found; n++)
            {
              char kind = listed_kind (listing, *n);
              if (kind == 0)
                continue;
              char *candidate = g_build_filename (dir, *n, NULL);
              if (kind == 'r' || g_file_test (candidate, G_FILE_TEST_IS_REGULAR))
                found = candidate;
              else
                g_free (candidate);
            }
          cached = found ? found : g_strdup ("");
          g_hash_table_insert (dir_cache, g_strdup (dir), (char *) cached);
        }
      if (cached[0])
        return cached;
      char *up = g_path_get_dirname (dir);
      if (strcmp (up, dir) == 0)
        {
          g_free (up);
          break;
        }
      g_free (dir);
      dir = up;
    }
  return "";
}

/* Archives read for their rosters, shared by the instances of a process:
 * a batch's workers take the members of one archive at about the same
 * time, and a compressed tarball is read whole each time.  The last
 * ARCHIVES_SHARED read, by archive and names: member tables, NULL for an
 * archive that cannot be read.  Kept while an instance lives. */
#define ARCHIVES_SHARED 4
static GMutex shared_lock;
static GHashTable *shared_archives; /* key -> member table (GHashTable *) or NULL */
static GQueue shared_order = G_QUEUE_INIT; /* keys, the oldest first */
static guint shared_holders;

static void
members_unref (gpointer members)
{
  if (members)
    g_hash_table_unref (members);
}

void
sp_roster_archives_hold (void)
{
  g_mutex_lock (&shared_lock);
  if (shared_holders++ == 0)
    shared_archives = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, members_unref);
  g_mutex_unlock (&shared_lock);
}

void
sp_roster_archives_release (void)
{
  g_mutex_lock (&shared_lock);
  if (--shared_holders == 0)
    {
      g_clear_pointer (&shared_archives, g_hash_table_unref);
      g_queue_clear_full (&shared_order, g_free);
    }
  g_mutex_unlock (&shared_lock);
}

/* The roster members of the archive at path archive (member path ->
 * GBytes; a new reference): read under the lock by the first instance to
 * ask, the others waiting for it; NULL when it cannot be read as an
 * archive, with error set in the instance that read it */
static GHashTable *
archive_members (const char *archive, const char *const *names, GError **error)
{
  g_autofree char *joined = g_strjoinv ("\n", (char **) names);
  g_autofree char *key = g_strconcat (archive, "\n", joined, NULL);
  g_mutex_lock (&shared_lock);
  GHashTable *members;
  if (shared_archives == NULL || g_hash_table_contains (shared_archives, key))
    members = shared_archives ? g_hash_table_lookup (shared_archives, key) : NULL;
  else
    {
      /* an archive damaged after its roster still has it: the notes read
       * before the damage resolve as they would from the whole archive */
      members = np_archive_read_named_salvaged (archive, names, ROSTER_MAX_BYTES, error);
      g_hash_table_insert (shared_archives, g_strdup (key), members);
      g_queue_push_tail (&shared_order, g_strdup (key));
      while (g_queue_get_length (&shared_order) > ARCHIVES_SHARED)
        {
          g_autofree char *oldest = g_queue_pop_head (&shared_order);
          g_hash_table_remove (shared_archives, oldest);
        }
    }
  if (members)
    g_hash_table_ref (members);
  g_mutex_unlock (&shared_lock);
  return members;
}

/* The roster kept with an archive member (source "notes.tar!tc39/
 * meetings/a.md"): in the archive, from the member's directory up to the
 * archive's root, then beside the archive on disk for the levels left;
 * "archive!member" or a path, cached in dir_cache under the member's
 * directory; NULL for none and for a file before '!' that is no archive.
 * A member of an archive inside the archive ("2024.tar!tc39/05.zip!
 * meetings/a.md") is looked for from the inner archive's directory in the
 * outer one, the directories inside the inner one (not read) counted as
 * levels passed. */
static char *
discover_archived (const char *source, const char *bang, const char *const *names, guint levels,
                   GHashTable *dir_cache, GHashTable *archives, GError **error)
{
  const char *member = bang + 1, *inner = strchr (member, '!');
  for (const char *p = inner; p; p = strchr (p + 1, '!'))
    {
      const char *end = strchr (p + 1, '!');
      guint dirs = 1; /* the inner archive's root */
      for (const char *q = p + 1; end ? q < end : *q; q++)
        dirs += *q == '/';
      if (dirs > levels)
        return NULL;
      levels -= dirs;
    }
  g_autofree char *outer = inner ? g_strndup (member, inner - member) : g_strdup (member);
  g_autofree char *dir = g_path_get_dirname (outer);
  g_autofree char *where = g_strdup_printf ("%u:%.*s!%s", levels, (int) (bang - source), source, dir);
  g_autofree char *key = prefixed_key (ARCHIVE_KEY, where);
  const char *cached = g_hash_table_lookup (dir_cache, key);
  if (cached)
    return cached[0] ? g_strdup (cached) : NULL;
  g_autofree char *archive = g_strndup (source, bang - source);
  g_hash_table_add (archives, g_strdup (archive));
  g_autoptr (GHashTable) members = archive_members (archive, names, error);
  char *found = NULL;
  for (guint level = 0; members && level <= levels && !found; level++)
    {
      gboolean root = strcmp (dir, ".") == 0;
      for (const char *const *n = names; *n && !found; n++)
        {
          g_autofree char *path = root ? g_strdup (*n) : g_strconcat (dir, "/", *n, NULL);
          if (g_hash_table_contains (members, path))
            found = g_strconcat (archive, "!", path, NULL);
        }
      if (found)
        break;
      if (root)
        {
          /* out of the archive: its own directory is the next level */
          if (level < levels)
            found = sp_roster_discover (archive, names, levels - level - 1, dir_cache, NULL, NULL);
          break;
        }
      char *up = g_path_get_dirname (dir);
      g_free (dir);
      dir = up;
    }
  g_hash_table_insert (dir_cache, g_steal_pointer (&key), g_strdup (found ? found : ""));
  return found;
}

void
sp_roster_forget_archives (GHashTable *dir_cache, GHashTable *archives)
{
  GHashTableIter it;
  gpointer key;
  g_hash_table_iter_init (&it, dir_cache);
  while (g_hash_table_iter_next (&it, &key, NULL))
    if (((const char *) key)[0] == ARCHIVE_KEY)
      g_hash_table_iter_remove (&it);
  g_hash_table_remove_all (archives);
}

/* Is source (bang its first '!') an archive's member: of an archive
 * already searched (archives, may be NULL), else one whose path before
 * '!' is a regular file (asked of the kernel once per archive, not per
 * document) */
static gboolean
known_archive_member (const char *source, const char *bang, GHashTable *archives)
{
  if (archives && g_hash_table_size (archives) > 0)
    {
      g_autofree char *archive = g_strndup (source, bang - source);
      if (g_hash_table_contains (archives, archive))
        return TRUE;
    }
  return is_archive_member (source);
}

GBytes *
sp_roster_archived (const char *path, const char *const *names)
{
  const char *bang = strchr (path, '!');
  if (bang == NULL || !is_archive_member (path))
    return NULL;
  g_autofree char *archive = g_strndup (path, bang - path);
  g_autoptr (GHashTable) members = archive_members (archive, names, NULL);
  GBytes *bytes = members ? g_hash_table_lookup (members, bang + 1) : NULL;
  return bytes ? g_bytes_ref (bytes) : NULL;
}

char *
sp_roster_discover (const char *source, const char *const *names, guint levels, GHashTable *dir_cache,
                    GHashTable *archives, GError **error)
{
  if (source == NULL || names == NULL || strcmp (source, "-") == 0 || source[0] == '\0')
    return NULL;
  const char *bang = strchr (source, '!');
  if (bang && known_archive_member (source, bang, archives))
    return archives ? discover_archived (source, bang, names, levels, dir_cache, archives, error) : NULL;
  /* The answer depends on the document's directory only, so it is cached
   * under the directory as written too: the documents of one directory
   * then cost a lookup, no canonicalizing (which asks the kernel for the
   * working directory) and no stat.  A relative key assumes the working
   * directory stays put while an instance lives, as the CLI's does.  The
   * walk's result has keys of its own (WALK_KEY + directory): walk_up()
   * keeps under a canonical directory what that directory itself holds,
   * and an absolute directory as written is often its canonical form (the
   * second note of a directory whose roster is further up then found
   * none). */
  g_autofree char *parent = g_path_get_dirname (source);
  g_autofree char *walk_key = prefixed_key (WALK_KEY, parent);
  const char *found = g_hash_table_lookup (dir_cache, walk_key);
  if (found == NULL)
    {
      g_autofree char *dir = g_canonicalize_filename (parent, NULL);
      char *kept = g_strdup (walk_up (dir, names, levels, dir_cache));
      g_hash_table_insert (dir_cache, g_steal_pointer (&walk_key), kept);
      found = kept;
    }
  if (found[0] == '\0')
    return NULL;
  /* stdin or anything else that is not a file on disk has no directory
   * of its own (checked only when there is a roster to give: without one
   * the answer is "none" either way) */
  if (!is_regular_file (source, parent, dir_cache))
    return NULL;
  return g_strdup (found);
}
