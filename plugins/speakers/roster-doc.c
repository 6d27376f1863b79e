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

static gboolean
in_list (const char *const *list, const char *key)
{
  for (const char *const *l = list; *l; l++)
    if ((*l)[0] == key[0] && strcmp (*l, key) == 0)
      return TRUE;
  return FALSE;
}

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
      if (in_list (roster_titles, key))
        is_roster[i] = TRUE;
      else if (parent != NP_NONE && parent >= 0 && (guint) parent < i && is_roster[parent]
               && in_list (roster_subtitles, key))
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

typedef enum
{
  MW_NONE = 0,
  MW_FULL,     /* Snell, Shi-Jun, HE */
  MW_INITIAL,  /* M, S., J.S. */
  MW_PARTICLE, /* de, van */
  MW_SUFFIX,   /* Jr., III */
} MentionWord;

/* What the word s (n bytes) may be in a name; *title (when given) tells
 * whether it is written in Title case (sp_name_case()) */
static MentionWord
mention_word (const char *s, gsize n, gboolean *title)
{
  if (title)
    *title = FALSE;
  static const char *const suffixes[] = { "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", NULL };
  /* each suffix is two or three bytes and opens with J, S or I */
  for (const char *const *x = suffixes; n >= 2 && n <= 3 && (s[0] == 'J' || s[0] == 'S' || s[0] == 'I') && *x; x++)
    if (strlen (*x) == n && memcmp (*x, s, n) == 0)
      return MW_SUFFIX;
  guint words;
  SpCase c = sp_name_case (s, n, &words);
  if (words != 1)
    return MW_NONE;
  if (title)
    *title = c == SP_CASE_TITLE;
  /* "M", "S.", "J.S." */
  if (g_ascii_isupper (s[0]) && (n == 1 || (n == 2 && s[1] == '.') || (n == 4 && s[1] == '.' && g_ascii_isupper (s[2]))))
    return MW_INITIAL;
  if (c == SP_CASE_TITLE)
    {
      glong chars = g_utf8_strlen (s, n);
      gboolean initial = chars == 1 || memchr (s, '.', n) != NULL;
      return initial ? MW_INITIAL : MW_FULL;
    }
  if (c == SP_CASE_UPPER) /* surnames in capitals: "HE Shi-Jun" */
    return MW_FULL;
  if (c == SP_CASE_LOWER && n <= 3)
    return MW_PARTICLE;
  return MW_NONE;
}

/* Start of the word that ends at e (exclusive), or NULL at text start. */
static const char *
word_start (const char *text, const char *e)
{
  const char *s = e;
  while (s > text && s[-1] != ' ' && s[-1] != '\t' && s[-1] != '\n')
    s--;
  return s < e ? s : NULL;
}

/* Does some letter of the abbreviation start a part of the name?  "Chris
 * Garret (KHG)", "HE Shi-Jun (JHX)" yes; "Rod Vagg (TSC)" no. */
gboolean
sp_abbreviation_fits (const char *name, const char *abbr)
{
  /* an ASCII name is its own transliteration */
  gboolean is_ascii = TRUE;
  for (const char *p = name; *p && is_ascii; p++)
    is_ascii = (unsigned char) *p < 0x80;
  g_autofree char *translit = is_ascii ? NULL : np_text_to_ascii (name, -1);
  const char *ascii = translit ? translit : name;
  for (const char *p = ascii; *p; p++)
    if ((p == ascii || p[-1] == ' ' || p[-1] == '-') && g_ascii_isalpha (*p)
        && strchr (abbr, g_ascii_toupper (*p)))
      return TRUE;
  return FALSE;
}

static gboolean
is_role_abbreviation (const char *abbr)
{
  static const char *const roles[] = { "TSC", "CTC", "CPC", "TC", "WG", "TAG", "AB", "LF", "CEO", "CTO", NULL };
  for (const char *const *r = roles; *r; r++)
    if (strcmp (*r, abbr) == 0)
      return TRUE;
  return FALSE;
}

/* A visitor's role in parentheses after the name in running text
 * ("Darcy Whitfield (guest) joined for this item"), in lower case */
static gboolean
visitor_role (const char *s, gsize n)
{
  static const char *const roles[] = { "guest", "observer", "visitor", "invited expert", "facilitator",
                                       "presenter", "moderator", NULL };
  for (const char *const *x = roles; *x; x++)
    if (strlen (*x) == n && memcmp (*x, s, n) == 0)
      return TRUE;
  return FALSE;
}

/* A handle in lower case after a name in running text, "Marta Kovač
 * (mkv)", "Austin Clements (aclements)": one word of letters and digits
 * whose letters are the name's in order from its first one, so a note in
 * parentheses, "Marta Kovač (remote)", is none */
static gboolean
bare_handle_shape (const char *text, const char *paren, const char *s, gsize n)
{
  if (n < 2 || n > 20 || !g_ascii_islower (s[0]))
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_islower (s[i]) && !g_ascii_isdigit (s[i]))
      return FALSE;
  /* the word before it, the surname, lends the handle a letter after its
   * first: asked before the name is read ("the summary (draft)" is none) */
  const char *w = paren - 1;
  while (w > text && w[-1] != ' ' && w[-1] != '\n')
    w--;
  return w < paren - 1 && g_ascii_isupper (*w) && memchr (s + 1, g_ascii_tolower (*w), n - 1) != NULL;
}

static gboolean
handle_of_name (const char *name, const char *handle)
{
  g_autofree char *key = sp_key (name, -1);
  const char *k = key;
  if (k[0] != handle[0])
    return FALSE;
  for (const char *h = handle; *h; h++)
    {
      if (g_ascii_isdigit (*h))
        continue;
      k = strchr (k, *h);
      if (k == NULL)
        return FALSE;
      k++;
    }
  return TRUE;
}

/* "Full Name (ABC)", "Full Name (@handle)" and "Full Name (guest)" in
 * running text, and a member with a place or party after a title of
 * address, "Mr. Chinedu Okonkwo (Lagos East)".  The name is read backwards from the parenthesis: two
 * full words with initials, particles and a suffix on the way ("James M
 * Snell", "Chris de Almeida", "Tab Atkins Jr."), or initials and one full
 * word ("J. S. Choi"). */
static void
add_mentions (SpRoster *r, const char *text, gsize len, const char *first)
{
  const char *e = text + len;
  for (const char *p = first; p; p = p + 1 < e ? memchr (p + 1, '(', e - p - 1) : NULL)
    {
      /* after a space, an abbreviation's capital, a handle's '@' or a
       * visitor's role */
      if (p == text || p[-1] != ' ' || p + 1 >= e || !(g_ascii_isupper (p[1]) || p[1] == '@' || g_ascii_islower (p[1])))
        continue;
      const char *close = memchr (p, ')', MIN ((gsize) (e - p), (gsize) 24));
      if (close == NULL)
        continue;
      const char *in = p + 1;
      gsize in_len = close - in;
      while (in_len > 0 && in[in_len - 1] == ' ') /* "(CDV )" */
        in_len--;
      gboolean handle = in_len > 1 && in[0] == '@';
      gboolean visitor = g_ascii_islower (in[0]) && visitor_role (in, in_len);
      gboolean abbreviation = !handle && !visitor && sp_is_upper_run (in, in_len, 2, 5);
      /* "Mr. Chinedu Okonkwo (Lagos East) asked ...": a member and the
       * place or party, after a title of address (looked for below) */
      gboolean place = !handle && !visitor && !abbreviation && in_len >= 3 && g_ascii_isupper (in[0])
                       && g_ascii_islower (in[1]);
      gboolean bare = !(handle || visitor || abbreviation || place) && bare_handle_shape (text, p, in, in_len);
      if (!(handle || visitor || abbreviation || place || bare))
        continue;
      /* words backwards from the parenthesis, then leading words that
       * are no names dropped ("Thanks James Snell", "As Michael") */
      const char *end = p - 1, *cursor = end;
      const char *starts[6];
      MentionWord kinds[6];
      guint n = 0;
      while (n < 6 && cursor > text)
        {
          const char *w = word_start (text, cursor);
          if (w == NULL)
            break;
          MentionWord c = mention_word (w, cursor - w, NULL);
          if (c == MW_NONE || (c == MW_SUFFIX && n > 0) || (c == MW_PARTICLE && n == 0))
            break;
          starts[n] = w;
          kinds[n++] = c;
          if (w == text)
            break;
          cursor = w - 1;
        }
      while (n > 0)
        {
          const char *w = starts[n - 1];
          const char *we = n >= 2 ? starts[n - 2] - 1 : end;
          char buf[64];
          char *key = sp_key_buf (NULL, w, we - w, buf, sizeof buf);
          gboolean capitals = g_ascii_isupper (w[0]) && g_ascii_isupper (w[1]); /* "HE Shi-Jun" */
          gboolean drop = kinds[n - 1] == MW_PARTICLE
                          || (!capitals && (np_text_is_stopword (key) || sp_is_label (key)));
          sp_key_buf_free (key, buf);
          if (drop)
            n--;
          else
            break;
        }
      /* a title of address before the name ("Mr. Chinedu Okonkwo") is no
       * part of it */
      gboolean addressed = FALSE;
      if (n > 2 && kinds[n - 1] == MW_INITIAL)
        {
          gboolean office = TRUE;
          const char *tw = starts[n - 1];
          addressed = np_text_is_title (tw, starts[n - 2] - 1 - tw, &office) && !office;
          n -= addressed;
        }
      else if (place && n > 0 && starts[n - 1] > text + 1)
        {
          gboolean office = TRUE;
          const char *tw = word_start (text, starts[n - 1] - 1);
          addressed = tw && np_text_is_title (tw, starts[n - 1] - 1 - tw, &office) && !office;
        }
      if (place && !addressed)
        continue;
      guint full = 0, initials = 0;
      for (guint k = 0; k < n; k++)
        {
          full += kinds[k] == MW_FULL;
          initials += kinds[k] == MW_INITIAL;
        }
      if (n == 0 || !(full >= 2 || (full == 1 && initials >= 1 && kinds[n - 1] == MW_INITIAL)))
        continue;
      /* "the General Assembly (GA)": a determiner makes it no person */
      if (starts[n - 1] > text + 1)
        {
          const char *dw = word_start (text, starts[n - 1] - 1);
          static const char *const determiners[] = { "the", "a", "an", "our", "their", "this", "that", "his",
                                                     "her", "its", "your", "my", NULL };
          for (const char *const *x = determiners; dw && *x; x++)
            if ((gsize) (starts[n - 1] - 1 - dw) == strlen (*x) && g_ascii_strncasecmp (dw, *x, strlen (*x)) == 0)
              {
                n = 0;
                break;
              }
          if (n == 0)
            continue;
        }
      const char *start = starts[n - 1];
      /* "Henrike Vogt's (@hvogt) update": the possessive is no part of it */
      const char *name_end = end;
      if (name_end - start > 4 && name_end[-1] == 's' && name_end[-2] == '\'')
        name_end -= 2;
      else if (name_end - start > 6 && name_end[-1] == 's' && memcmp (name_end - 4, "\xe2\x80\x99", 3) == 0)
        name_end -= 4;
      g_autofree char *name = g_strndup (start, name_end - start);
      g_autofree char *value = g_strndup (in + (handle ? 1 : 0), in_len - (handle ? 1 : 0));
      if (sp_name_case (name, strlen (name), NULL) == SP_CASE_MIXED && !strchr (name, ' '))
        continue;
      if (visitor || place)
        sp_roster_add (r, name, NULL, NULL, NULL, NULL, SP_SOURCE_TEXT);
      else if (handle || (bare && handle_of_name (name, value)))
        sp_roster_add (r, name, NULL, value, NULL, NULL, SP_SOURCE_TEXT);
      else if (!is_role_abbreviation (value) && sp_abbreviation_fits (name, value))
        sp_roster_add (r, name, value, NULL, NULL, NULL, SP_SOURCE_TEXT);
    }
}

/* Words of the names of teams and bodies, never of a person's name:
 * "Status (Platform Team)" names no presenter (sp_key forms). */
static const char *const group_words[] = {
  "team", "group", "committee", "council", "board", "project", "program", "programme", "working", "taskforce",
  "force", "office", "department", "squad", "club", "lab", "labs", "foundation", "consortium", "community",
  "update", "updates", "session", "review", "discussion", "meeting", "sync", "demo", "notes", "plan", "report",
  "status", "inc", "ltd", "llc", "corp", "company", "university", NULL,
};

/* A presenter's full name: two to four words, written like a name
 * (Title case, initials, particles; at least two full words, one of them
 * in Title case), none of them a stopword, a label or a group's word. */
static gboolean
presenter_name (const char *s, gsize n)
{
  /* most parentheses hold one word ("(ABC)", "(continued)"): counted first */
  guint spaces = 0;
  for (gsize i = 0; i < n; i++)
    spaces += s[i] == ' ';
  if (spaces < 1 || spaces > 3 || n > 64 || ((guchar) s[0] < 0x80 && !g_ascii_isupper (s[0])))
    return FALSE;
  /* the words' shapes first, the word lists only for a name so written
   * ("Mark Miller (MM)" fails at its third word, a mention's) */
  guint words = 0, full = 0, title = 0;
  for (gsize i = 0; i < n;)
    {
      gsize j = i;
      while (j < n && s[j] != ' ')
        j++;
      if (j > i)
        {
          gboolean title_case;
          MentionWord w = mention_word (s + i, j - i, &title_case);
          if (w == MW_NONE || w == MW_SUFFIX || (w == MW_PARTICLE && words == 0) || ++words > 4)
            return FALSE;
          full += w == MW_FULL;
          title += w == MW_FULL && title_case;
        }
      i = j + 1;
    }
  if (words < 2 || full < 2 || title < 1)
    return FALSE;
  for (gsize i = 0; i < n;)
    {
      gsize j = i;
      while (j < n && s[j] != ' ')
        j++;
      if (j > i)
        {
          char buf[64];
          char *key = sp_key_buf (NULL, s + i, j - i, buf, sizeof buf);
          gboolean word = np_text_is_stopword (key) || sp_is_label (key) || in_list (group_words, key);
          sp_key_buf_free (key, buf);
          if (word)
            return FALSE;
        }
      i = j + 1;
    }
  return TRUE;
}

/* The names between from and end, apart by commas (or &, / or "and"),
 * into the roster when each is a presenter's full name, else none; with
 * known, less the names one of those rosters knows as written (a mark
 * resolves there as it did) */
static void
add_presenters (SpRoster *r, const char *from, const char *end, GPtrArray *known)
{
  const char *names[6];
  gsize lens[6], abbrs[6];
  guint n_names = 0;
  for (const char *part = from; part < end; n_names++)
    {
      const char *stop = part, *paren = NULL;
      while (stop < end && *stop != ',' && *stop != '&' && *stop != '/'
             && !(*stop == ' ' && end - stop > 5 && g_ascii_strncasecmp (stop, " and ", 5) == 0))
        {
          /* "Baptiste Lefort (Oracle)", "Ann Lee (Google, Inc.)": the
           * company in parentheses is no part of the name */
          const char *close = *stop == '(' ? memchr (stop, ')', end - stop) : NULL;
          if (close && paren == NULL)
            paren = stop;
          stop = close ? close + 1 : stop + 1;
        }
      const char *a = part, *b = paren ? paren : stop;
      while (a < b && *a == ' ')
        a++;
      while (b > a && b[-1] == ' ')
        b--;
      if (b - a > 5 && g_ascii_strncasecmp (a, "and ", 4) == 0)
        a += 4;
      /* "Ramon Giraldo RGO": the abbreviation after the name, without its
       * parentheses */
      const char *last = b;
      while (last > a && last[-1] != ' ')
        last--;
      gsize abbr = last > a && sp_is_upper_run (last, b - last, 2, 5) ? (gsize) (b - last) : 0;
      if (abbr)
        b = last - 1;
      if (n_names == G_N_ELEMENTS (names) || !presenter_name (a, b - a))
        return;
      names[n_names] = a;
      lens[n_names] = b - a;
      abbrs[n_names] = abbr;
      part = stop + 1;
    }
  for (guint k = 0; k < n_names; k++)
    {
      g_autofree char *name = g_strndup (names[k], lens[k]);
      gboolean there = FALSE;
      for (guint i = 0; known && i < known->len && !there; i++)
        {
          SpMatch m;
          there = sp_roster_lookup (g_ptr_array_index (known, i), name, SP_CASE_TITLE, 0, &m);
        }
      g_autofree char *abbr = abbrs[k] ? g_strndup (names[k] + lens[k] + 1, abbrs[k]) : NULL;
      if (abbr && (is_role_abbreviation (abbr) || !sp_abbreviation_fits (name, abbr)))
        g_clear_pointer (&abbr, g_free);
      if (!there)
        sp_roster_add (r, name, abbr, NULL, NULL, NULL, SP_SOURCE_TEXT);
    }
}

/* A slot's length, [s, e): "25 min", "10 mins", "15 minutes", "5m",
 * "1h", "1 hr", "~20 min" */
static gboolean
duration (const char *s, const char *e)
{
  static const char *const units[] = { "min", "mins", "minutes", "minute", "m", "h", "hr", "hrs", "hour", "hours",
                                       NULL };
  while (s < e && (*s == ' ' || *s == '~'))
    s++;
  while (e > s && (e[-1] == ' ' || e[-1] == '.'))
    e--;
  const char *d = s;
  while (d < e && (g_ascii_isdigit (*d) || *d == '.'))
    d++;
  if (d == s || d - s > 4)
    return FALSE;
  while (d < e && *d == ' ')
    d++;
  for (const char *const *u = units; *u; u++)
    if ((gsize) (e - d) == strlen (*u) && g_ascii_strncasecmp (d, *u, e - d) == 0)
      return TRUE;
  return FALSE;
}

/* A hearing's witness, as the record heads the statement: "STATEMENT OF
 * DR. PRIYA NAIR, DIRECTOR, NATIONAL ..." (the title goes, the name in
 * capitals is written in Title case, the office after the comma is the
 * witness's affiliation), "TESTIMONY OF ..." */
static void
add_statement_witness (SpRoster *r, const char *text, gsize len)
{
  static const char *const heads[] = { "STATEMENT OF ", "PREPARED STATEMENT OF ", "TESTIMONY OF ", NULL };
  const char *s = NULL;
  for (const char *const *h = heads; *h && s == NULL; h++)
    if (len > strlen (*h) + 4 && memcmp (text, *h, strlen (*h)) == 0)
      s = text + strlen (*h);
  if (s == NULL)
    return;
  const char *e = text + len, *comma = memchr (s, ',', e - s);
  const char *ne = comma ? comma : e;
  /* a title of address first ("DR.", "MR.", "MS.", "HON.") */
  const char *sp = memchr (s, ' ', ne - s);
  gboolean office = TRUE;
  if (sp && np_text_is_title (s, sp - s, &office) && !office)
    s = sp + 1;
  if (ne - s < 4 || ne - s > 48 || !memchr (s, ' ', ne - s))
    return;
  GString *name = g_string_sized_new (ne - s);
  gboolean start = TRUE;
  for (const char *p = s; p < ne; p = g_utf8_next_char (p))
    {
      gunichar u = g_utf8_get_char_validated (p, ne - p);
      if (u == (gunichar) -1 || u == (gunichar) -2)
        {
          g_string_free (name, TRUE);
          return;
        }
      if (!g_unichar_isalpha (u) && u != ' ' && u != '-' && u != '\'' && u != '.')
        {
          g_string_free (name, TRUE);
          return;
        }
      g_string_append_unichar (name, start ? g_unichar_toupper (u) : g_unichar_tolower (u));
      start = u == ' ' || u == '-' || u == '\'';
    }
  g_autofree char *affiliation = comma ? g_strstrip (g_strndup (comma + 1, e - comma - 1)) : NULL;
  sp_roster_add (r, name->str, NULL, NULL, NULL, affiliation && *affiliation ? affiliation : NULL, SP_SOURCE_TEXT);
  g_string_free (name, TRUE);
}

/* Sessions titled with their presenters: "Resumable uploads (Marius
 * Kleidl)", "Cookies (Steven Bingler, Mike West)".  Their names go into
 * the roster, so that "Steven: ..." in the session is Steven Bingler. */
static void
add_title_presenters (SpRoster *r, const char *title)
{
  gsize n = strlen (title);
  while (n > 0 && title[n - 1] == ' ')
    n--;
  if (n < 5 || title[n - 1] != ')')
    return;
  const char *open = NULL;
  for (const char *p = title + n - 2; p > title && !open; p--)
    if (*p == '(')
      open = p;
    else if (*p == ')')
      return;
  if (open == NULL || open[-1] != ' ')
    return;
  /* "(Priyanka Menon, 25 min)", "(10 min, Ann Lee)": an agenda's slot
   * length beside the presenters */
  const char *s = open + 1, *e = title + n - 1;
  const char *comma = memchr (s, ',', e - s);
  if (comma && duration (s, comma))
    s = comma + 1;
  const char *last = e;
  while (last > s && last[-1] != ',')
    last--;
  if (last > s && duration (last, e))
    e = last - 1;
  add_presenters (r, s, e, NULL);
}

/* A talk's presenters on a line of their own, "Presenter: Yanmei Liu",
 * "**Presenters:** Ann Lee, Bo Chen", "Presented by Ann Lee", "(Ann
 * Lee)": into the
 * roster as the title's are ("Yanmei: ..." after it is Yanmei Liu), but
 * for those a roster file (external) knows: the file's entry, with its
 * abbreviation, stays the one their marks resolve to.  A name with its
 * abbreviation ("Presenter: James Snell (JSL)") is a mention's
 * (add_mentions()). */
static void
add_label_presenters (SpRoster *r, const char *text, gsize len, GPtrArray *external)
{
  static const char *const labels[] = { "presenter:", "presenters:", "presented by ", "speaker:", "speakers:", NULL };
  const char *p = text, *e = text + len;
  /* older TC39 minutes' "(Rosalind Beckford)" alone under the agenda
   * item's heading */
  if (len > 6 && p[0] == '(' && e[-1] == ')' && g_ascii_isupper (p[1]) && !memchr (p + 1, '(', len - 2))
    {
      add_presenters (r, p + 1, e - 1, external);
      return;
    }
  while (p < e && (*p == '*' || *p == '_'))
    p++;
  if (e - p < 12 || !strchr ("PpSs", *p))
    return;
  /* every label opens with "pre" or "spe" */
  char c1 = g_ascii_tolower (p[1]);
  if (!((c1 == 'r' || c1 == 'p') && g_ascii_tolower (p[2]) == 'e'))
    return;
  for (const char *const *l = labels; *l; l++)
    {
      gsize n = strlen (*l);
      if (g_ascii_strncasecmp (p, *l, n) != 0)
        continue;
      const char *names = p + n;
      while (names < e && (*names == '*' || *names == '_' || *names == ' '))
        names++;
      const char *end = e;
      while (end > names && (end[-1] == '.' || end[-1] == ' '))
        end--;
      if (end > names)
        add_presenters (r, names, end, external);
      return;
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
    "prezes", "skarbnik", "sekretarz", "vorsitzende", "vorsitzender", "kassenwart", NULL,
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
      if (title && strchr (title, '('))
        add_title_presenters (r, title);
      /* a witness's statement may head a section */
      else if (title && (title[0] == 'S' || title[0] == 'T' || title[0] == 'P'))
        add_statement_witness (r, title, strlen (title));
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
      add_label_presenters (r, text, len, external);
      /* "STATEMENT OF", "TESTIMONY OF", "PREPARED STATEMENT OF" */
      if (len > 16
          && ((text[0] == 'S' && text[1] == 'T' && text[2] == 'A') || (text[0] == 'T' && text[1] == 'E' && text[2] == 'S')
              || (text[0] == 'P' && text[1] == 'R' && text[2] == 'E')))
        add_statement_witness (r, text, len);
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
        add_mentions (r, text, len, next_paren);
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
