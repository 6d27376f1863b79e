/* people-add.c: a person into the document's attendees.  The name is
 * tidied (underscores for spaces, a name in capitals in Title case) and
 * must look like one; an attendee listed already under the same name, or
 * by a first name alone, is completed with the fields the new entry
 * brings instead of listed twice, when none of them differs. */
#include "config.h"

#include <string.h>

#include "bullets.h"
#include "meta.h"
#include "notepipe/np-text.h"

static gboolean
looks_like_name (const char *name)
{
  if (!*name)
    return FALSE;
  guint words = 0, letters = 0;
  gboolean in_word = FALSE;
  for (const char *p = name; *p; p = g_utf8_next_char (p))
    {
      gunichar u = g_utf8_get_char (p);
      if (g_unichar_isalpha (u))
        letters++;
      if (g_unichar_isspace (u))
        in_word = FALSE;
      else if (!in_word)
        in_word = TRUE, words++;
    }
  if (letters == 0 || words > 6)
    return FALSE;
  g_autofree char *low = g_utf8_strdown (name, -1);
  if (g_str_has_prefix (low, "and ") || strstr (low, "n/a") || strstr (low, "...") || strstr (low, "…"))
    return FALSE;
  /* placeholders as words of their own: "and 3 more", "others", "TBD",
   * "Name" (a table's header); not inside a name (Ashley Claymore, Jane
   * Fletcher, Simone Gilmore) */
  static const char *const not_names[] = { "more", "others", "etc", "everyone", "tbd", "none", "name", NULL };
  /* a sentence, not a name: three words or more, one of them a function
   * word in lower case that is no particle of a name ("Release is on
   * track", not "Guido van Rossum", "Maria de la Cruz") */
  if (words >= 3 && np_meta_sentence_words (name))
    return FALSE;
  /* words in lower case with a function word among them are a phrase
   * ("Panel: the web"), not nicknames ("bob jones") */
  if (words >= 2 && strcmp (low, name) == 0)
    for (const char *p = low; *p;)
      {
        const char *e = strchr (p, ' ');
        gsize n = e ? (gsize) (e - p) : strlen (p);
        g_autofree char *word = g_strndup (p, n);
        if (np_text_is_stopword (word) && !np_text_name_particle (p, strlen (p)))
          return FALSE;
        p += n;
        while (*p == ' ')
          p++;
      }
  /* "Lucía Ferrer (LF), Developer-in-Residence": her title after her */
  if (np_meta_hyphenated_title (name))
    return FALSE;
  /* a head count, "approx 14 residents", "3 guests": a number, then a
   * word in lower case */
  for (const char *p = name; *p; p++)
    if (g_ascii_isdigit (*p) && (p == name || p[-1] == ' '))
      {
        const char *e = p;
        while (g_ascii_isdigit (*e))
          e++;
        if (e[0] == ' ' && g_ascii_islower (e[1]))
          return FALSE;
      }
  for (const char *p = low; *p;)
    {
      while (*p && !g_ascii_isalnum (*p) && (guchar) *p < 0x80)
        p++;
      const char *e = p;
      while (*e && (g_ascii_isalnum (*e) || (guchar) *e >= 0x80))
        e++;
      for (const char *const *w = not_names; *w && e > p; w++)
        if ((gsize) (e - p) == strlen (*w) && memcmp (p, *w, e - p) == 0)
          return FALSE;
      p = e;
    }
  return TRUE;
}

/* Can b's fields complete a's (the same name): none of them differs from
 * one a has? */
static gboolean
fields_agree (const NpPerson *a, const NpPerson *b)
{
  const char *const pairs[][2] = { { a->abbreviation, b->abbreviation }, { a->affiliation, b->affiliation },
                                   { a->handle, b->handle }, { a->email, b->email } };
  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    if (pairs[i][0] && pairs[i][1] && strcmp (pairs[i][0], pairs[i][1]) != 0)
      return FALSE;
  return TRUE;
}

/* "Anssi_Kostiainen", "Anne_van_Kesteren" (W3C's lists, where a name is
 * one IRC token): two to four capitalized parts joined by '_', with a
 * surname's particles between them ("van", "de la"), are a name with
 * spaces */
static void
underscores_to_spaces (char *name)
{
  if (strchr (name, ' ') || !strchr (name, '_'))
    return;
  g_autofree char *spaced = g_strdup (name);
  g_strdelimit (spaced, "_", ' ');
  guint parts = 0;
  for (const char *p = spaced; *p;)
    {
      gsize particle = p > spaced ? np_text_name_particle (p, strlen (p)) : 0;
      if (particle)
        {
          p += particle;
          continue;
        }
      if (!g_ascii_isupper (*p) && (guchar) *p < 0x80)
        return; /* also an empty part: "a__b", "a_" */
      parts++;
      while (*p && *p != ' ')
        p++;
      if (*p == ' ' && *++p == '\0')
        return;
    }
  if (parts < 2 || parts > 4)
    return;
  strcpy (name, spaced);
}

/* Attendees from which a set or an index of them answers questions
 * rather than a walk of the list (a list of thousands read a name at a
 * time, or asked of at each line, would be quadratic) */
#define INDEX_FROM 64

/* The lower-case first words of the attendees' names of several words
 * and their handles, into set */
static void
firsts_add (GHashTable *set, const NpPerson *q)
{
  const char *space = q->name ? strchr (q->name, ' ') : NULL;
  if (space && space > q->name)
    g_hash_table_add (set, g_ascii_strdown (q->name, space - q->name));
  if (q->handle)
    g_hash_table_add (set, g_ascii_strdown (q->handle, -1));
}

/* May an attendee's name open with the word name, or an attendee's handle
 * be it (any case)?  The set's no is sure. */
static gboolean
first_name_indexed (NpDocument *doc, const char *name)
{
  if (doc->attendee_firsts == NULL)
    {
      doc->attendee_firsts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < doc->attendees->len; i++)
        firsts_add (doc->attendee_firsts, &g_array_index (doc->attendees, NpPerson, i));
    }
  g_autofree char *low = g_ascii_strdown (name, -1);
  return g_hash_table_contains (doc->attendee_firsts, low);
}

/* Keeps the sets of the attendees' names and first words (when made) up
 * to date with attendee q, new or changed */
static void
listed_add (NpDocument *doc, const NpPerson *q)
{
  if (doc->attendee_names)
    g_hash_table_add (doc->attendee_names, (gpointer) q->name);
  if (doc->attendee_firsts)
    firsts_add (doc->attendee_firsts, q);
}

/* The one attendee whose first name, or handle, is the one word name
 * ("Chair: Anssi" under "Present: Anssi Kostiainen, ..."), or -1 when
 * none or several are */
gint
np_people_attendee_by_first_name (NpDocument *doc, const char *name)
{
  if (strchr (name, ' '))
    return -1;
  gsize n = strlen (name);
  /* past a few dozen attendees the index's no is sure: no name opens
   * with that word and no handle is it (a list of thousands of first
   * names, each asked as it is read, walked the list each time) */
  if (doc->attendees->len >= INDEX_FROM && !first_name_indexed (doc, name))
    return -1;
  gint found = -1;
  for (guint i = 0; i < doc->attendees->len; i++)
    {
      const NpPerson *q = &g_array_index (doc->attendees, NpPerson, i);
      gboolean same = (g_ascii_strncasecmp (q->name, name, n) == 0 && q->name[n] == ' ')
                      || (q->handle && g_ascii_strcasecmp (q->handle, name) == 0);
      if (!same)
        continue;
      if (found >= 0)
        return -1;
      found = (gint) i;
    }
  return found;
}

/* A name written in capitals, two words or more of two letters or more
 * ("JENNIFER PARK", as a record's appearances write counsel), in Title
 * case, in place: "Jennifer Park", "Mary-Anne O'Neil" */
static void
title_case_capitals (char *n)
{
  guint words = 0, short_word = 0;
  for (const char *p = n; *p;)
    {
      const char *e = p;
      while (*e && *e != ' ')
        e++;
      words++;
      short_word += e - p < 2;
      for (const char *q = p; q < e; q++)
        if (g_ascii_islower (*q) || (guchar) *q >= 0x80)
          return; /* (a letter beyond ASCII: left as written) */
      p = *e ? e + 1 : e;
    }
  if (words < 2 || short_word)
    return;
  for (char *p = n; *p; p++)
    if (p > n && p[-1] != ' ' && p[-1] != '-' && p[-1] != '\'')
      *p = g_ascii_tolower (*p);
}

/* May an attendee be named name (a set's no is sure; a yes, or no set,
 * needs the walk)? */
static gboolean
maybe_named (NpDocument *doc, const char *name)
{
  if (doc->attendee_names == NULL && doc->attendees->len >= INDEX_FROM)
    {
      doc->attendee_names = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < doc->attendees->len; i++)
        g_hash_table_add (doc->attendee_names, (gpointer) g_array_index (doc->attendees, NpPerson, i).name);
    }
  return doc->attendee_names == NULL || g_hash_table_contains (doc->attendee_names, name);
}

/* The attendee's index, or -1 when name is no person's.  A person listed
 * again ("Present: Ann Lee" and "Chair: Ann Lee") is one attendee, whose
 * missing fields the new entry fills; entries that disagree (two
 * abbreviations) stay two. */
gint
np_people_add_person (NpDocument *doc, const char *name, const char *abbreviation, const char *affiliation,
                      const char *handle, const char *email, guint line)
{
  if (name == NULL)
    return -1;
  g_autofree char *n = g_strstrip (g_strdup (name));
  underscores_to_spaces (n);
  /* a reading that cut a character in two names nobody: what the
   * document keeps is valid UTF-8, as every writer and layer expects */
  if (!g_utf8_validate (n, -1, NULL) || !looks_like_name (n))
    return -1;
  title_case_capitals (n);
#define NONEMPTY(x) ((x) && *(x) && g_utf8_validate ((x), -1, NULL) ? (x) : NULL)
  NpPerson p = { 0 };
  p.name = n;
  p.abbreviation = NONEMPTY (abbreviation);
  p.affiliation = NONEMPTY (affiliation);
  p.handle = NONEMPTY (handle && handle[0] == '@' ? handle + 1 : handle);
  p.email = NONEMPTY (email);
  p.line = line;
#undef NONEMPTY
  /* the document keeps the strings it stores; those of a merged entry
   * only where they fill a gap */
#define KEEP(x) ((x) ? np_document_intern_owned (doc, x) : NULL)
  gboolean listed = maybe_named (doc, p.name);
  for (guint i = 0; listed && i < doc->attendees->len; i++)
    {
      NpPerson *q = &g_array_index (doc->attendees, NpPerson, i);
      if (strcmp (q->name, p.name) != 0 || !fields_agree (q, &p))
        continue;
      gboolean handle_filled = q->handle == NULL && p.handle;
      q->abbreviation = q->abbreviation ? q->abbreviation : KEEP (p.abbreviation);
      q->affiliation = q->affiliation ? q->affiliation : KEEP (p.affiliation);
      q->handle = q->handle ? q->handle : KEEP (p.handle);
      q->email = q->email ? q->email : KEEP (p.email);
      if (handle_filled)
        {
          listed_add (doc, q);
          np_people_changed (doc);
        }
      return (gint) i;
    }
  /* a nickname listed alone ("Present: hkoivisto, ...") named in full
   * later ("Chair: hkoivisto (Helmi Koivisto)") is that attendee, named */
  if (p.handle && strcmp (p.handle, p.name) != 0 && maybe_named (doc, p.handle))
    for (guint i = 0; i < doc->attendees->len; i++)
      {
        NpPerson *q = &g_array_index (doc->attendees, NpPerson, i);
        if (q->handle || q->abbreviation || q->affiliation || q->email || strcmp (q->name, p.handle) != 0)
          continue;
        q->name = KEEP (p.name);
        q->handle = KEEP (p.handle);
        listed_add (doc, q);
        np_people_changed (doc);
        return (gint) i;
      }
  /* a handle alone ("@hlindgren" in a second list) of an attendee listed
   * with that handle is that attendee */
  if (p.handle && strcmp (p.handle, p.name) == 0 && !p.abbreviation && !p.affiliation && !p.email)
    for (guint i = 0; i < doc->attendees->len; i++)
      {
        const NpPerson *q = &g_array_index (doc->attendees, NpPerson, i);
        if (q->handle && g_ascii_strcasecmp (q->handle, p.handle) == 0)
          return (gint) i;
      }
  /* a first name alone, listed again in a role, is that attendee; with
   * fields of its own it is somebody else */
  gint known = p.abbreviation || p.affiliation || p.handle || p.email ? -1 : np_people_attendee_by_first_name (doc, p.name);
  if (known >= 0)
    return known;
  p.name = KEEP (p.name);
  p.abbreviation = KEEP (p.abbreviation);
  p.affiliation = KEEP (p.affiliation);
  p.handle = KEEP (p.handle);
  p.email = KEEP (p.email);
#undef KEEP
  g_array_append_val (doc->attendees, p);
  listed_add (doc, &g_array_index (doc->attendees, NpPerson, doc->attendees->len - 1));
  return (gint) doc->attendees->len - 1;
}

/* "dom", "astearns": a nickname in lower case */
gboolean
np_people_is_lower_nickname (const char *s)
{
  gsize n = strlen (s);
  if (!np_meta_is_nickname (s, n))
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (g_ascii_isupper (s[i]))
      return FALSE;
  return TRUE;
}

gboolean
np_meta_add_person_fields (NpDocument *doc, const char *name, const char *abbreviation, const char *affiliation,
                           const char *handle, const char *email, guint line, const char *group_role)
{
  /* "Priya Raghunathan (observer)" in a table's name column: the role
   * in parentheses is no part of the name */
  const char *open = name ? strrchr (name, '(') : NULL;
  gsize n = name ? strlen (name) : 0;
  g_autofree char *role = NULL, *bare = NULL, *nick = NULL;
  if (open && open > name && n > 2 && name[n - 1] == ')')
    {
      role = g_strndup (open + 1, name + n - 1 - (open + 1));
      /* "Aleksander Nowak (alnowak)", "(@cferri)": the handle */
      const char *h = role[0] == '@' ? role + 1 : role;
      gboolean is_role = np_meta_is_role_word (role);
      gboolean is_handle = !is_role && !handle && open[-1] == ' ' && np_people_is_lower_nickname (h);
      if (is_role || is_handle)
        name = bare = g_strstrip (g_strndup (name, open - name));
      if (is_handle)
        handle = nick = g_strdup (h);
      if (!is_role)
        g_clear_pointer (&role, g_free);
    }
  gint at = np_people_add_person (doc, name, abbreviation, affiliation, handle, email, line);
  if (at >= 0 && role && !g_array_index (doc->attendees, NpPerson, at).role)
    g_array_index (doc->attendees, NpPerson, at).role = np_document_intern_owned (doc, role);
  else if (at >= 0 && group_role && !g_array_index (doc->attendees, NpPerson, at).role)
    g_array_index (doc->attendees, NpPerson, at).role = np_document_intern_owned (doc, group_role);
  return at >= 0;
}

struct _NpPeopleIndex
{
  GHashTable *whole; /* names and handles, in lower case */
  GHashTable *first; /* the first words of names of several, in lower case */
  /* names of two words: the first word and the last, in lower case ->
   * the attendees so named (GArray of guint); the initials of every
   * name's words, in lower case */
  GHashTable *given, *surname, *initials;
  /* as written: the names, every name's beginnings before a space and
   * ends after one ("Anne de", "Anne"; "de Vries", "Vries"), the
   * abbreviations; in lower case, the last words of names of several */
  GHashTable *names, *heads, *tails, *abbreviations, *last_words;
  gsize longest;     /* the longest name's bytes */
  guint len;         /* the attendees it holds, the first len */
  gboolean stale;    /* a name or a handle changed in place: made again */
};

static void
index_under (GHashTable *table, char *key, guint i)
{
  GArray *at = g_hash_table_lookup (table, key);
  if (at == NULL)
    g_hash_table_insert (table, key, at = g_array_new (FALSE, FALSE, sizeof (guint)));
  else
    g_free (key);
  g_array_append_val (at, i);
}

static void
index_person (struct _NpPeopleIndex *x, const NpPerson *q, guint i)
{
  const char *names[] = { q->name, q->handle };
  for (guint j = 0; j < G_N_ELEMENTS (names); j++)
    if (names[j])
      g_hash_table_add (x->whole, g_ascii_strdown (names[j], -1));
  if (q->abbreviation)
    {
      g_hash_table_add (x->abbreviations, (gpointer) q->abbreviation);
      x->longest = MAX (x->longest, strlen (q->abbreviation));
    }
  if (q->name == NULL)
    return;
  g_hash_table_add (x->names, (gpointer) q->name);
  x->longest = MAX (x->longest, strlen (q->name));
  const char *space = strchr (q->name, ' ');
  if (space && space > q->name)
    g_hash_table_add (x->first, g_ascii_strdown (q->name, space - q->name));
  if (space)
    {
      /* the name up to each of its spaces, and after each */
      for (const char *t = space; t; t = strchr (t + 1, ' '))
        {
          g_hash_table_add (x->heads, g_strndup (q->name, t - q->name));
          g_hash_table_add (x->tails, (gpointer) (t + 1));
        }
      g_hash_table_add (x->last_words, g_ascii_strdown (strrchr (q->name, ' ') + 1, -1));
    }
  if (space && !strchr (space + 1, ' '))
    {
      index_under (x->given, g_ascii_strdown (q->name, space - q->name), i);
      index_under (x->surname, g_ascii_strdown (space + 1, -1), i);
    }
  /* the initials as initials_of_name() reads them, four at most */
  char initials[5];
  gsize j = 0;
  for (const char *w = q->name; w && *w && j < 5; w = strchr (w, ' '), w = w ? w + 1 : NULL)
    initials[j++] = g_ascii_tolower (*w);
  if (j >= 2 && j <= 4)
    g_hash_table_add (x->initials, g_strndup (initials, j));
}

void
np_people_changed (NpDocument *doc)
{
  if (doc->people_index)
    doc->people_index->stale = TRUE;
}

void
np_people_index_free (NpDocument *doc)
{
  struct _NpPeopleIndex *x = doc->people_index;
  if (x == NULL)
    return;
  g_hash_table_unref (x->whole);
  g_hash_table_unref (x->first);
  g_hash_table_unref (x->given);
  g_hash_table_unref (x->surname);
  g_hash_table_unref (x->initials);
  g_hash_table_unref (x->names);
  g_hash_table_unref (x->heads);
  g_hash_table_unref (x->tails);
  g_hash_table_unref (x->abbreviations);
  g_hash_table_unref (x->last_words);
  g_free (x);
  doc->people_index = NULL;
}

/* doc's index of its attendees, made or brought up to date: a cache the
 * questions of a const document keep in it */
static struct _NpPeopleIndex *
people_index (const NpDocument *cdoc)
{
  NpDocument *doc = (NpDocument *) cdoc;
  struct _NpPeopleIndex *x = doc->people_index;
  if (x && x->stale)
    np_people_index_free (doc), x = NULL;
  if (x == NULL)
    {
      x = doc->people_index = g_new0 (struct _NpPeopleIndex, 1);
      x->whole = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      x->first = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      x->given = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
      x->surname = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
      x->initials = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      /* the document's own strings, or copies */
      x->names = g_hash_table_new (g_str_hash, g_str_equal);
      x->heads = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      x->tails = g_hash_table_new (g_str_hash, g_str_equal);
      x->abbreviations = g_hash_table_new (g_str_hash, g_str_equal);
      x->last_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    }
  for (; x->len < doc->attendees->len; x->len++)
    index_person (x, &g_array_index (doc->attendees, NpPerson, x->len), x->len);
  return x;
}

/* Are the k letters of nick the initials of the name's words ("wz" for
 * Wen Zhao, as a board's members sign their comments), and no word of
 * their own ("if" for Ian Foster)? */
static gboolean
initials_of_name (const char *name, const char *nick, gsize k)
{
  gsize j = 0;
  for (const char *w = name; w && *w; w = strchr (w, ' '), w = w ? w + 1 : NULL)
    if (j >= k || g_ascii_tolower (*w) != g_ascii_tolower (nick[j++]))
      return FALSE;
  if (j != k)
    return FALSE;
  char word[8];
  for (gsize i = 0; i < k; i++)
    word[i] = g_ascii_tolower (nick[i]);
  word[k] = '\0';
  return !np_text_is_stopword (word);
}

/* Is nick an IRC nickname made of the name "First Last" as most are: the
 * first name and the surname's first letters ("anssik"), or the first
 * name's initial and the surname ("jbell")?  Any case. */
static gboolean
nick_of_name (const char *name, const char *nick, gsize k)
{
  const char *space = strchr (name, ' ');
  if (space == NULL || strchr (space + 1, ' '))
    return FALSE;
  gsize first = space - name, last = strlen (space + 1);
  if (first < k && g_ascii_strncasecmp (name, nick, first) == 0 && k - first <= last
      && g_ascii_strncasecmp (space + 1, nick + first, k - first) == 0)
    return TRUE;
  return k == last + 1 && g_ascii_tolower (name[0]) == g_ascii_tolower (nick[0])
         && g_ascii_strncasecmp (space + 1, nick + 1, last) == 0;
}

/* Is nick made of the name of one of the attendees at (indices, or NULL)? */
static gboolean
nick_of_one (const NpDocument *doc, const GArray *at, const char *nick, gsize k)
{
  for (guint j = 0; at && j < at->len; j++)
    if (nick_of_name (g_array_index (doc->attendees, NpPerson, g_array_index (at, guint, j)).name, nick, k))
      return TRUE;
  return FALSE;
}

gboolean
np_people_nick_made (const NpDocument *doc, const char *nick, gsize k)
{
  guint n = doc->attendees->len;
  if (n < INDEX_FROM || k > 64)
    {
      for (guint i = 0; i < n; i++)
        {
          const char *name = g_array_index (doc->attendees, NpPerson, i).name;
          if (name && ((k >= 4 && nick_of_name (name, nick, k)) || (k >= 2 && k <= 4 && initials_of_name (name, nick, k))))
            return TRUE;
        }
      return FALSE;
    }
  if (k < 2 || memchr (nick, '\0', k))
    return FALSE;
  struct _NpPeopleIndex *x = people_index (doc);
  char low[65];
  for (gsize i = 0; i < k; i++)
    low[i] = g_ascii_tolower (nick[i]);
  low[k] = '\0';
  if (k <= 4 && g_hash_table_contains (x->initials, low) && !np_text_is_stopword (low))
    return TRUE;
  if (k < 4)
    return FALSE;
  /* "anssik": a first name, then the surname's first letters */
  for (gsize f = 1; f < k; f++)
    {
      char c = low[f];
      low[f] = '\0';
      GArray *at = g_hash_table_lookup (x->given, low);
      low[f] = c;
      if (nick_of_one (doc, at, nick, k))
        return TRUE;
    }
  /* "jbell": the first name's initial, then the surname */
  return nick_of_one (doc, g_hash_table_lookup (x->surname, low + 1), nick, k);
}

gboolean
np_people_named (const NpDocument *doc, const char *nick, gsize k, gboolean first_names)
{
  guint n = doc->attendees->len;
  if (n < INDEX_FROM)
    {
      for (guint i = 0; i < n; i++)
        {
          const NpPerson *q = &g_array_index (doc->attendees, NpPerson, i);
          const char *names[] = { q->name, q->handle };
          for (guint j = 0; j < G_N_ELEMENTS (names); j++)
            if (names[j] && g_ascii_strncasecmp (names[j], nick, k) == 0
                && (names[j][k] == '\0' || (first_names && j == 0 && names[j][k] == ' ')))
              return TRUE;
        }
      return FALSE;
    }
  struct _NpPeopleIndex *x = people_index (doc);
  /* a NUL inside the k bytes ends the name compared, as the walk's
   * comparison does */
  g_autofree char *key = g_ascii_strdown (nick, (gssize) strnlen (nick, k));
  if (strlen (key) != k)
    return FALSE;
  return g_hash_table_contains (x->whole, key) || (first_names && g_hash_table_contains (x->first, key));
}

/* Does s (n bytes) match attendee q as kind asks?  The walk's question */
static gboolean
person_has (const NpPerson *q, NpPeopleKey kind, const char *s, gsize n)
{
  const char *name = q->name;
  switch (kind)
    {
    case NP_PEOPLE_NAME:
      return name && strncmp (name, s, n) == 0 && name[n] == '\0';
    case NP_PEOPLE_FIRST_WORD:
      return name && strncmp (name, s, n) == 0 && name[n] == ' ';
    case NP_PEOPLE_NAME_TAIL:
      {
        gsize nl = name ? strlen (name) : 0;
        return nl > n && name[nl - n - 1] == ' ' && memcmp (name + nl - n, s, n) == 0;
      }
    case NP_PEOPLE_ABBREVIATION:
      return q->abbreviation && strncmp (q->abbreviation, s, n) == 0 && q->abbreviation[n] == '\0';
    case NP_PEOPLE_SURNAME_FOLDED:
      {
        const char *last = name ? strrchr (name, ' ') : NULL;
        return last && strlen (last + 1) == n && g_ascii_strncasecmp (last + 1, s, n) == 0;
      }
    }
  return FALSE;
}

gboolean
np_people_has (const NpDocument *doc, NpPeopleKey kind, const char *s, gsize n)
{
  guint count = doc->attendees->len;
  if (count < INDEX_FROM || memchr (s, '\0', n))
    {
      for (guint i = 0; i < count; i++)
        if (person_has (&g_array_index (doc->attendees, NpPerson, i), kind, s, n))
          return TRUE;
      return FALSE;
    }
  struct _NpPeopleIndex *x = people_index (doc);
  if (n > x->longest)
    return FALSE;
  g_autofree char *key = kind == NP_PEOPLE_SURNAME_FOLDED ? g_ascii_strdown (s, n) : g_strndup (s, n);
  switch (kind)
    {
    case NP_PEOPLE_NAME:
      return g_hash_table_contains (x->names, key);
    case NP_PEOPLE_FIRST_WORD:
      return g_hash_table_contains (x->heads, key);
    case NP_PEOPLE_NAME_TAIL:
      return g_hash_table_contains (x->tails, key);
    case NP_PEOPLE_ABBREVIATION:
      return g_hash_table_contains (x->abbreviations, key);
    case NP_PEOPLE_SURNAME_FOLDED:
      return g_hash_table_contains (x->last_words, key);
    }
  return FALSE;
}

gboolean
np_people_name_opens (const NpDocument *doc, const char *c, gsize n)
{
  guint count = doc->attendees->len;
  if (count < INDEX_FROM)
    {
      for (guint i = 0; i < count; i++)
        {
          const char *name = g_array_index (doc->attendees, NpPerson, i).name;
          gsize k = strlen (name);
          if (k < n && name[0] == c[0] && c[k] == ' ' && memchr (name, ' ', k) && strncmp (name, c, k) == 0)
            return TRUE;
        }
      return FALSE;
    }
  /* the line's beginnings up to each space after its first, as long as
   * the longest name */
  gsize longest = people_index (doc)->longest;
  const char *space = memchr (c, ' ', n);
  for (const char *t = space ? memchr (space + 1, ' ', c + n - space - 1) : NULL; t && (gsize) (t - c) <= longest;
       t = memchr (t + 1, ' ', c + n - t - 1))
    if (np_people_has (doc, NP_PEOPLE_NAME, c, t - c))
      return TRUE;
  return FALSE;
}
