/* roster-doc.c: the people a document itself names.
 *
 * The reader already turns attendee lists and tables into NpPerson
 * entries.  Notes also name people where the reader does not look: a
 * Present section split into "Members" and "Observers" subsections, an
 * attendee table kept inside a code block, "Presenter: James Snell (JSL)"
 * in the text.  All of them go into one roster, attendees first, so that
 * the attendee table's spelling wins over a mention of the same person. */
#include <string.h>

#include "speakers.h"

/* Section titles that introduce lists of people (sp_key forms). */
static const char *const roster_titles[] = {
  "present", "attendees", "attendance", "participants", "inattendance", "peoplepresent", "memberspresent",
  "remoteattendees", "inpersonattendees", "attendeesremote", "attendeesinperson", "delegates", "roster",
  "whoishere", "invitees", NULL,
};
/* Subsection titles that hold people only under one of the above. */
static const char *const roster_subtitles[] = {
  "members", "observers", "guests", "regrets", "absent", "remote", "inperson", "tscmembers", "ctcmembers",
  "collaborators", "others", "staff", "board", NULL,
};

/* The sp_key() of an ASCII title in buf (size bytes) without allocating;
 * a key that fills buf is cut there (no title of the lists is that long,
 * so it matches none either way, whatever follows).  NULL when the title
 * is not ASCII before that. */
static const char *
title_key (const char *title, char *buf, gsize size)
{
  gsize n = 0;
  for (const char *p = title; *p && n + 1 < size; p++)
    {
      if ((guchar) *p >= 0x80)
        return NULL;
      if (g_ascii_isalnum (*p))
        buf[n++] = g_ascii_tolower (*p);
    }
  buf[n] = '\0';
  return buf;
}

static gsize
longest (const char *const *list, gsize max)
{
  for (const char *const *l = list; *l; l++)
    max = MAX (max, strlen (*l));
  return max;
}

static gboolean *
roster_sections (const NpDocument *doc, guint *n_out)
{
  guint n;
  const NpSection *sections = np_document_get_sections (doc, &n);
  gboolean *is_roster = g_new0 (gboolean, n + 1);
  /* A title's key holds at least its ASCII letters and digits (sp_key()
   * keeps them; transliteration only adds): a title with more of them
   * than the longest key of the lists is none of them, and is neither
   * keyed nor transliterated (most section titles are topics). */
  gsize max_key = longest (roster_subtitles, longest (roster_titles, 0));
  for (guint i = 0; i < n; i++)
    {
      const char *title = sections[i].title ? sections[i].title : "";
      gsize alnum = 0;
      gboolean ascii = TRUE;
      for (const char *p = title; *p && alnum <= max_key; p++)
        {
          ascii &= (guchar) *p < 0x80;
          alnum += g_ascii_isalnum (*p) != 0;
        }
      if (alnum > max_key)
        continue;
      char buf[24]; /* longer than any title of the lists: a cut key matches none */
      const char *key_ascii = ascii ? title_key (title, buf, sizeof buf) : NULL;
      g_autofree char *own = key_ascii ? NULL : sp_key (title, -1);
      const char *key = key_ascii ? key_ascii : own;
      gint32 parent = sections[i].parent;
      if (sp_key_in (key, roster_titles))
        is_roster[i] = TRUE;
      else if (parent != NP_NONE && parent >= 0 && (guint) parent < i && is_roster[parent]
               && sp_key_in (key, roster_subtitles))
        is_roster[i] = TRUE;
    }
  *n_out = n;
  return is_roster;
}

/* Column roles of a people table header. */
typedef struct
{
  int name, abbreviation, affiliation, handle;
} Columns;

static int
column_role (const char *cell)
{
  g_autofree char *k = sp_key (cell, -1);
  if (!strcmp (k, "name") || !strcmp (k, "fullname") || !strcmp (k, "delegate") || !strcmp (k, "person")
      || !strcmp (k, "attendee") || !strcmp (k, "member") || !strcmp (k, "participant"))
    return 0;
  if (!strcmp (k, "abbreviation") || !strcmp (k, "abbr") || !strcmp (k, "abbrev") || !strcmp (k, "initials")
      || !strcmp (k, "acronym"))
    return 1;
  if (!strcmp (k, "organization") || !strcmp (k, "organisation") || !strcmp (k, "company")
      || !strcmp (k, "affiliation") || !strcmp (k, "org") || !strcmp (k, "employer"))
    return 2;
  if (!strcmp (k, "github") || !strcmp (k, "handle") || !strcmp (k, "username") || !strcmp (k, "githubhandle"))
    return 3;
  return -1;
}

static char **
split_cells (const char *line)
{
  const char *p = line;
  while (*p == ' ')
    p++;
  if (*p == '|')
    p++;
  char **cells = g_strsplit (p, "|", -1);
  guint n = g_strv_length (cells);
  /* a trailing '|' leaves an empty last cell */
  if (n > 0)
    {
      g_strstrip (cells[n - 1]);
      if (cells[n - 1][0] == '\0')
        {
          g_free (cells[n - 1]);
          cells[n - 1] = NULL;
        }
    }
  for (guint i = 0; cells[i]; i++)
    g_strstrip (cells[i]);
  return cells;
}

static gboolean
header_columns (const char *line, Columns *c)
{
  c->name = c->abbreviation = c->affiliation = c->handle = -1;
  g_auto (GStrv) cells = split_cells (line);
  for (int i = 0; cells[i]; i++)
    {
      int role = column_role (cells[i]);
      int *slot = role == 0 ? &c->name : role == 1 ? &c->abbreviation : role == 2 ? &c->affiliation
                                        : role == 3 ? &c->handle : NULL;
      if (slot && *slot < 0)
        *slot = i;
    }
  return c->name >= 0 && (c->abbreviation >= 0 || c->handle >= 0 || c->affiliation >= 0);
}

static gboolean
is_rule (const char *line)
{
  gboolean dash = FALSE;
  for (const char *p = line; *p; p++)
    {
      if (*p == '-')
        dash = TRUE;
      else if (*p != '|' && *p != ':' && *p != ' ' && *p != '+')
        return FALSE;
    }
  return dash;
}

static void
add_table_row (SpRoster *r, const Columns *c, const char *line)
{
  g_auto (GStrv) cells = split_cells (line);
  int n = g_strv_length (cells);
  if (c->name >= n)
    return;
  const char *name = cells[c->name];
  if (!sp_roster_name_ok (name))
    return;
  const char *abbr = c->abbreviation >= 0 && c->abbreviation < n ? cells[c->abbreviation] : NULL;
  const char *aff = c->affiliation >= 0 && c->affiliation < n ? cells[c->affiliation] : NULL;
  const char *handle = c->handle >= 0 && c->handle < n ? cells[c->handle] : NULL;
  sp_roster_add (r, name, abbr, handle, NULL, aff, SP_SOURCE_TABLE);
}

/* A people table as lines of one text: a code block holding a Markdown
 * table, as some TC39 notes have. */
static void
add_text_table (SpRoster *r, const char *text, gsize len)
{
  /* most such blocks are code ("a || b"): the first line that opens with
   * '|' decides, read in place before the rest is copied and split */
  const char *e = text + len, *at = text;
  while (at < e)
    {
      while (at < e && *at == ' ')
        at++;
      if (at < e && *at == '|')
        break;
      const char *nl = memchr (at, '\n', e - at);
      at = nl ? nl + 1 : e;
    }
  if (at >= e)
    return;
  const char *le = memchr (at, '\n', e - at);
  g_autofree char *first = g_strndup (at, (le ? le : e) - at);
  Columns c;
  if (!header_columns (first, &c) || le == NULL)
    return; /* a table, but not of people; or its header alone */
  /* the lines after that header: its rows, and any table further on */
  g_autofree char *rest = g_strndup (le + 1, e - le - 1);
  g_auto (GStrv) lines = g_strsplit (rest, "\n", -1);
  gboolean have_header = TRUE;
  for (guint i = 0; lines[i]; i++)
    {
      const char *l = lines[i];
      while (*l == ' ')
        l++;
      if (*l != '|')
        {
          have_header = FALSE;
          continue;
        }
      if (!have_header)
        {
          have_header = header_columns (l, &c);
          if (!have_header)
            return; /* a table, but not of people */
          continue;
        }
      if (!is_rule (l))
        add_table_row (r, &c, l);
    }
}

/* W3C's IRC minutes sign people in with RRSAgent's command, their names
 * with underscores for spaces: "<hbrandt> present+ Henrik_Brandt",
 * "<chair> present+ Ann_Lee, Bo_Chen".  Each such name is an attendee;
 * the nick that types the line is the handle of the one it names
 * alone.  "present+" with no name, or a nick, adds nobody new. */
static void
add_irc_present (SpRoster *r, const char *text, gsize len)
{
  const char *e = text + len;
  gsize nick_at, nick_len, at = np_text_chat_nick (text, len, &nick_at, &nick_len);
  const char *p = text + at;
  if (at == 0 || e - p < 11 || g_ascii_strncasecmp (p, "present+ ", 9) != 0)
    return;
  const char *names = p + 9, *first_comma = memchr (names, ',', e - names);
  for (const char *part = names; part < e;)
    {
      const char *stop = memchr (part, ',', e - part);
      if (stop == NULL)
        stop = e;
      const char *a = part, *b = stop;
      while (a < b && *a == ' ')
        a++;
      while (b > a && b[-1] == ' ')
        b--;
      part = stop + 1;
      if (b - a < 3 || b - a > 48 || !memchr (a, '_', b - a))
        continue;
      char name[49];
      for (gsize k = 0; k < (gsize) (b - a); k++)
        name[k] = a[k] == '_' ? ' ' : a[k];
      name[b - a] = '\0';
      if (!sp_roster_name_ok (name))
        continue;
      g_autofree char *handle = first_comma == NULL && nick_len ? g_strndup (text + nick_at, nick_len) : NULL;
      sp_roster_add (r, name, NULL, handle, NULL, NULL, SP_SOURCE_PRESENT);
    }
}

/* A role the core read as written in lower case after a name, the noun
 * of an agent ("Karin Johansson (manager)", "Viktor Lindahl,
 * videographer"): a word of six letters or more, no label ("reviewer",
 * "notes"), ending as such nouns do.  A group's role from a label
 * ("Observers:", "Staff:") is in Title case, and a way of attending
 * ("(remote)", "(late)") no such noun. */
static gboolean
role_noun (const char *role)
{
  static const char *const endings[] = { "er", "or", "ist", "ant", "ee", "ian", NULL };
  gsize n = strlen (role);
  if (n < 6)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_islower (role[i]))
      return FALSE;
  for (const char *const *e = endings; *e; e++)
    if (g_str_has_suffix (role, *e))
      return !sp_is_label (role);
  return FALSE;
}

/* An office one attendee alone holds is a name of theirs: "The Mayor: ..."
 * and "Clerk: ..." speak for the attendees listed as "Mayor Jane Doe" and
 * "Clerk Tom Reed" (their role, from the core); an office of two words as
 * well ("City Manager: ..." for "City Manager Priyanka Nair"), and a role
 * noun ("Manager: ..." for "Karin Johansson (manager)") */
/* A board's office as other languages' minutes record it in an attendee's
 * parentheses (the core reads it as the role): French, Spanish, Italian,
 * Portuguese, Dutch, Polish and German.  Their minutes name its holder by
 * it, with the language's article ("Le président :", "El presidente:",
 * "De voorzitter:") or alone ("Prezes:", "Skarbnik:"). */
static gboolean
foreign_office (const char *role)
{
  static const char *const offices[] = {
    "pr\xc3\xa9sident", "pr\xc3\xa9sidente", "tr\xc3\xa9sorier", "tr\xc3\xa9sori\xc3\xa8re",
    "secr\xc3\xa9taire", "presidente", "secretario", "secretaria", "tesorero", "tesorera", "segretario",
    "segretaria", "tesoriere", "tesoureiro", "tesoureira", "voorzitter", "secretaris", "penningmeester",
    "prezes", "skarbnik", "sekretarz", "vorsitzende", "vorsitzender", "vorsitz", "kassenwart", NULL,
  };
  /* a role is compared with the offices of its first letter and length
   * only (most roles are none: affiliations, job titles, a committee) */
  char first = g_ascii_tolower (role[0]);
  gsize n = strlen (role);
  for (const char *const *o = offices; *o; o++)
    if ((*o)[0] == first && strlen (*o) == n && g_ascii_strcasecmp (role, *o) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_office (const char *role)
{
  gboolean office = FALSE;
  gsize n = role ? strlen (role) : 0;
  if (n == 0 || n >= 32)
    return FALSE;
  if (np_text_is_title (role, n, &office) && office)
    return TRUE;
  if (foreign_office (role))
    return TRUE;
  if (n >= 24 || strchr (role, ' '))
    return FALSE;
  /* the party a program lists ("Host: Jane Doe", "Moderator: Ann Lee") */
  char key[24];
  for (gsize k = 0; k <= n; k++)
    key[k] = g_ascii_tolower (role[k]);
  return sp_is_party_role (key) || role_noun (role);
}

/* The office an office of two words names in short, its last word, when
 * the first says of what ("City Clerk", "Police Chief": "Clerk:", "The
 * Chief:"), not of which rank: a "Deputy Mayor" is no "Mayor".  NULL when
 * there is none. */
static const char *
office_head (const char *role)
{
  static const char *const ranks[] = { "deputy", "vice", "acting", "assistant", "associate", "interim",
                                       "former", "past", "co",     "sub",       "under",     NULL };
  const char *sp = strchr (role, ' ');
  if (sp == NULL)
    return NULL;
  for (const char *const *r = ranks; *r; r++)
    if ((gsize) (sp - role) == strlen (*r) && g_ascii_strncasecmp (role, *r, sp - role) == 0)
      return NULL;
  return sp + 1;
}

/* An attendee's job written in Title case in the parentheses the core
 * reads as an affiliation: "Dr. Leo Marsh (Radiologist)", "Sam O'Neill
 * (Staff Nurse)", "(Consultant)", "(Registrar)": one or two words of
 * letters, the last a noun of a person's work (the endings role_noun()
 * reads, or a word of the wards' and offices' own); a company ("(Google)",
 * "(Red Hat)") is none. */
static gboolean
job_in_title_case (const char *aff)
{
  static const char *const endings[] = { "ist", "ant", "ian", "ar", "or", "ee", NULL };
  /* "-er" alone would take companies ("Docker", "Juniper"): the jobs so
   * ending one by one, and any after a word ("Staff Engineer") */
  static const char *const nouns[] = { "nurse", "rep", "lead", "officer", "clerk", "chair", "head", "coach",
                                       "midwife", "medic", "analyst", "manager", "engineer", "designer",
                                       "developer", "teacher", "researcher", "writer", "organiser", "organizer",
                                       "volunteer", "owner", NULL };
  if (aff == NULL || !g_ascii_isupper (aff[0]))
    return FALSE;
  gsize n = strlen (aff);
  if (n < 5 || n > 24)
    return FALSE;
  const char *last = aff;
  guint words = 1;
  for (gsize i = 0; i < n; i++)
    if (aff[i] == ' ')
      {
        if (++words > 2 || i + 1 >= n || !g_ascii_isupper (aff[i + 1]))
          return FALSE;
        last = aff + i + 1;
      }
    else if (!g_ascii_isalpha (aff[i]) || (i > 0 && aff[i - 1] != ' ' && g_ascii_isupper (aff[i])))
      return FALSE; /* "SUSE", "GitHub": a name's capitals */
  gsize kn = aff + n - last;
  for (const char *const *w = nouns; *w; w++)
    if (strlen (*w) == kn && g_ascii_strncasecmp (last, *w, kn) == 0)
      return TRUE;
  if (kn < 6)
    return FALSE;
  gboolean ends = words == 2 && g_ascii_strncasecmp (last + kn - 2, "er", 2) == 0;
  for (const char *const *e = endings; *e && !ends; e++)
    ends = g_ascii_strncasecmp (last + kn - strlen (*e), *e, strlen (*e)) == 0;
  return ends && !sp_is_label (last);
}

/* The role an attendee is listed with, or the job read as one */
static const char *
role_of (const NpPerson *p)
{
  return p->role ? p->role : job_in_title_case (p->affiliation) ? p->affiliation : NULL;
}

/* "田中 健 (Ken Tanaka)": a name in Chinese or Japanese script with its
 * romanization in the parentheses the core reads as an affiliation.  The
 * notes name the person by it too ("Ken:", "Tanaka:", "Tanaka-san:"):
 * its full form, first word and last word are aliases of the entry. */
static void
add_romanized_name (SpRoster *r, guint entry, const char *name, const char *aff)
{
  if (aff == NULL || (guchar) name[0] < 0xe3 || !g_ascii_isupper (aff[0]))
    return;
  const char *sp = strchr (aff, ' '), *last = strrchr (aff, ' ');
  if (sp == NULL || (last != sp && strchr (sp + 1, ' ') != last) || last[1] == '\0')
    return; /* two or three words, each in Title case */
  for (const char *w = aff; w; w = strchr (w, ' '), w = w ? w + 1 : NULL)
    {
      const char *we = strchr (w, ' ');
      if (!sp_word_is_title (w, we ? (gsize) (we - w) : strlen (w)))
        return;
    }
  sp_roster_add_alias (r, entry, aff);
  g_autofree char *first = g_strndup (aff, sp - aff);
  sp_roster_add_alias (r, entry, first);
  sp_roster_add_alias (r, entry, last + 1);
}

/* Counts an office's holder under key (lower-cased) in holders */
static void
count_holder (GHashTable *holders, const char *office)
{
  char *key = g_ascii_strdown (office, -1);
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (holders, key));
  g_hash_table_replace (holders, key, GUINT_TO_POINTER (n + 1));
}

/* holders: lower-case office -> how many attendees hold it */
static void
add_office_alias (SpRoster *r, guint entry, const char *role, GHashTable *holders)
{
  g_autofree char *key = g_ascii_strdown (role, -1);
  if (GPOINTER_TO_UINT (g_hash_table_lookup (holders, key)) != 1)
    return;
  sp_roster_add_alias (r, entry, role);
  g_autofree char *the = g_strconcat ("The ", role, NULL);
  sp_roster_add_alias (r, entry, the);
  if (!foreign_office (role))
    return;
  /* German minutes list the chair as "Anna Schmidt (Vorsitz)", the
   * chair's function, and mark her turns "Vorsitzende:" */
  if (g_ascii_strcasecmp (role, "vorsitz") == 0)
    {
      static const char *const chairs[] = { "Vorsitzende", "Vorsitzender", "Die Vorsitzende", "Der Vorsitzende", NULL };
      for (const char *const *ch = chairs; *ch; ch++)
        sp_roster_add_alias (r, entry, *ch);
    }
  /* the articles of the languages foreign_office() reads */
  static const char *const articles[] = { "Le ", "La ", "El ", "Il ", "O ", "A ", "De ", "Der ", "Die ", NULL };
  for (const char *const *a = articles; *a; a++)
    {
      g_autofree char *alias = g_strconcat (*a, role, NULL);
      sp_roster_add_alias (r, entry, alias);
    }
}

SpRoster *
sp_roster_fill_from_document (SpRoster *r, const NpDocument *doc, guint8 *roster_items, GPtrArray *external)
{
  guint n_people, n_items, n_sections;
  const NpPerson *people = np_document_get_attendees (doc, &n_people);
  g_autoptr (GHashTable) holders = NULL;
  g_autofree guint8 *office = NULL; /* per attendee: holds an office, once there is one */
  /* an office's head counts its holders with those of the office alone:
   * "Clerk:" is nobody's beside "Clerk Tom Reed" and "City Clerk Robert
   * Haas".  Attendees listed together share their role ("TSC",
   * "Observer"): a role is asked once while it repeats. */
  const char *last_role = NULL;
  gboolean last_office = FALSE;
  for (guint i = 0; i < n_people; i++)
    {
      const char *role = role_of (&people[i]);
      if (role == NULL)
        continue;
      if (last_role == NULL || strcmp (role, last_role) != 0)
        {
          last_office = role != people[i].role || is_office (role);
          last_role = role;
        }
      if (!last_office)
        continue;
      if (holders == NULL)
        {
          holders = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          office = g_new0 (guint8, n_people);
        }
      office[i] = 1;
      count_holder (holders, role);
      const char *head = office_head (role);
      if (head)
        count_holder (holders, head);
    }
  for (guint i = 0; i < n_people; i++)
    {
      guint entry = sp_roster_add (r, people[i].name, people[i].abbreviation, people[i].handle, people[i].email,
                                   people[i].affiliation, SP_SOURCE_ATTENDEES);
      add_romanized_name (r, entry, people[i].name, people[i].affiliation);
      /* a study's participant code ("Participant: P7 (Graham Whitley)"):
       * the alias the transcript's coded turns ("P7: ...") are marked by */
      const char *code = people[i].abbreviation;
      if (code && g_ascii_isdigit (code[strlen (code) - 1]))
        sp_roster_add_alias (r, entry, code);
      if (office && office[i])
        {
          add_office_alias (r, entry, role_of (&people[i]), holders);
          const char *head = office_head (role_of (&people[i]));
          if (head)
            add_office_alias (r, entry, head, holders);
        }
    }

  const NpItem *items = np_document_get_items (doc, &n_items);
  gsize doc_len;
  const char *doc_text = np_document_get_text (doc, &doc_len);
  /* the first '(' at or after paren_from: most items hold none, and items
   * come in the order of the text, so the text is searched once per
   * parenthesis rather than once per item */
  const char *paren_from = NULL, *next_paren = NULL;
  g_autofree gboolean *in_roster = roster_sections (doc, &n_sections);
  const NpSection *sections = np_document_get_sections (doc, &n_sections);
  for (guint i = 0; i < n_sections; i++)
    {
      const char *title = sections[i].title;
      if (title == NULL)
        continue;
      /* a witness's statement may head a section */
      if (!strchr (title, '(') && (title[0] == 'S' || title[0] == 'T' || title[0] == 'P'))
        sp_roster_add_statement_witness (r, title, strlen (title));
      sp_roster_add_title_presenters (r, title);
    }
  Columns columns;
  gboolean table_header = FALSE;
  guint header_row = G_MAXUINT;
  for (guint i = 0; i < n_items; i++)
    {
      const NpItem *it = &items[i];
      gsize len;
      const char *text = sp_text_of_item (doc_text, it, &len);
      if (it->kind == NP_ITEM_TABLE_ROW)
        {
          /* the first row of a run of rows is the header; a Markdown
           * table's rule under it ("|---|") is no item, so the first row
           * of data follows the header a line later */
          g_autofree char *row = g_strndup (text, len);
          gboolean first = i == 0 || items[i - 1].kind != NP_ITEM_TABLE_ROW
                           || items[i - 1].end_line + (i - 1 == header_row ? 2 : 1) < it->line;
          if (first)
            {
              table_header = header_columns (row, &columns);
              header_row = i;
            }
          else if (table_header && !is_rule (row))
            add_table_row (r, &columns, row);
          continue;
        }
      if (it->kind == NP_ITEM_CODE)
        {
          if (memchr (text, '|', len))
            add_text_table (r, text, len);
          continue;
        }
      if (it->section != NP_NONE && (guint) it->section < n_sections && in_roster[it->section]
          && sp_roster_add_entry_text (r, text, len, SP_SOURCE_PRESENT))
        {
          roster_items[i] = 1;
          continue;
        }
      /* a presenter's line opens with '(', emphasis, 'P' or 'S' */
      if (len > 6
          && (text[0] == '(' || text[0] == '*' || text[0] == '_' || (text[0] | 0x20) == 'p' || (text[0] | 0x20) == 's'))
        sp_roster_add_label_presenters (r, text, len, external);
      /* "STATEMENT OF", "TESTIMONY OF", "PREPARED STATEMENT OF" */
      if (len > 16
          && ((text[0] == 'S' && text[1] == 'T' && text[2] == 'A') || (text[0] == 'T' && text[1] == 'E' && text[2] == 'S')
              || (text[0] == 'P' && text[1] == 'R' && text[2] == 'E')))
        sp_roster_add_statement_witness (r, text, len);
      if (len > 20 && memchr (text, '<', MIN (len, (gsize) 24)))
        add_irc_present (r, text, len);
      if (sp_roster_add_passing (r, text, len))
        roster_items[i] = 1; /* a sign-in line is no turn */
      if (paren_from == NULL || text < paren_from || (next_paren && next_paren < text))
        {
          paren_from = text;
          next_paren = memchr (text, '(', doc_text + doc_len - text);
        }
      if (next_paren && next_paren < text + len)
        sp_roster_add_mentions (r, text, len, next_paren);
    }
  /* a sentence of who took part ("Participants included ..."), in a
   * write-up with no list of its people nor a roster file: the items with
   * the word, found among the document's words */
  guint32 included = n_people || (external && external->len) ? G_MAXUINT32
                                                              : np_document_lookup_string (doc, "included", 8);
  if (included != G_MAXUINT32)
    {
      guint n_tokens, last = G_MAXUINT;
      const NpToken *tokens = np_document_get_tokens (doc, &n_tokens);
      for (guint k = 0; k < n_tokens; k++)
        if (tokens[k].norm == included && tokens[k].item != last && tokens[k].start > 0
            && doc_text[tokens[k].start - 1] == ' ')
          {
            last = tokens[k].item;
            gsize len;
            const char *text = sp_text_of_item (doc_text, &items[last], &len);
            sp_roster_add_participants (r, text, len, doc_text + tokens[k].start - 1);
          }
    }
  return r;
}
