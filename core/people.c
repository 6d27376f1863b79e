/* people.c: attendee entries and attendee labels.
 *
 * Attendee lists come in many hands: "Name (@handle) email", "Name @handle
 * (role)", "Name, email", "Name - Affiliation", table rows with
 * abbreviations.  Each entry is split into the NpPerson fields; anything
 * that is not a name ("Many more...", "and others") is refused. */
#include "config.h"

#include <string.h>

#include "meta.h"
#include "notepipe/np-text.h"

static const char *const attendee_labels[] = {
  "attendees", "attendance", "attending", "participants", "present", "people present", "members present",
  "team members", "in attendance", "invitees", "people", "who", "delegates", "guests", "observers",
  /* minutes in other languages: German, French, Spanish and Portuguese,
   * Italian, Dutch */
  "teilnehmer", "teilnehmende", "anwesend", "anwesende", "présents", "présentes", "présent·e·s",
  "asistentes", "participantes", "presentes", "partecipanti", "presenti", "deelnemers", "aanwezig", "aanwezigen",
  NULL,
};

static const char *const roles[] = {
  "tsc", "ctc", "chair", "co-chair", "facilitator", "scribe", "notes", "note taker", "notetaker", "note-taker",
  "minutes", "minute taker", "minute-taker", "guest",
  "observer", "host", "moderator", "presenter", "speaker", "secretary", "lead", "member", "invited expert",
  "treasurer", "president", "vice president", "vice-president", "vice chair", "vice-chair", "clerk", "timekeeper",
  "remote", "in person", "in-person", "absent", "regrets", "emeritus", "staff",
  /* how or how long someone attends: "Ann Lee (virtual)" */
  "virtual", "online", "onsite", "on-site", "offsite", "video", "phone", "dial-in", "late", "tentative", "partial",
  "optional", "organizer", "organiser", "intern", "driver", NULL,
};

char *
np_meta_strip_markup (const char *s, gssize len)
{
  if (len < 0)
    len = strlen (s);
  GString *out = g_string_sized_new (len);
  for (gssize i = 0; i < len; i++)
    {
      char c = s[i];
      if (c == '*' || c == '`' || (c == '_' && (i == 0 || i + 1 == len || s[i - 1] == ' ' || s[i + 1] == ' ')))
        continue;
      if (c == '\\' && i + 1 < len && g_ascii_ispunct (s[i + 1]))
        {
          g_string_append_c (out, s[++i]);
          continue;
        }
      if (c == '[')
        {
          /* [text](url) -> text */
          const char *close = memchr (s + i, ']', len - i);
          if (close && close + 1 < s + len && close[1] == '(')
            {
              const char *paren = memchr (close, ')', s + len - close);
              if (paren)
                {
                  g_string_append_len (out, s + i + 1, close - (s + i + 1));
                  i = paren - s;
                  continue;
                }
            }
        }
      g_string_append_c (out, c);
    }
  return g_string_free (out, FALSE);
}

static gboolean
is_role (const char *s)
{
  g_autofree char *low = g_ascii_strdown (s, -1);
  g_strstrip (low);
  for (const char *const *r = roles; *r; r++)
    if (strcmp (low, *r) == 0)
      return TRUE;
  return FALSE;
}

/* Words that name a group of people at a meeting, singular ("others",
 * "team members", "directors present" and the roles above end with one). */
static const char *const group_words[] = {
  "people", "other", "team", "member", "guest", "observer", "visitor", "director", "officer", "attendee",
  "participant", "present", "apologies", "regret", "board", "delegate", "contributor", "maintainer", NULL,
};

/* Is the word (n bytes) a group word or a role, plural or not? */
static gboolean
is_group_word (const char *w, gsize n)
{
  if (n == 0 || n > 24)
    return FALSE;
  g_autofree char *word = g_ascii_strdown (w, n);
  if (is_role (word)) /* "notes", "minutes" as written */
    return TRUE;
  gboolean plural = n > 3 && word[n - 1] == 's' && strcmp (word, "apologies") != 0;
  if (plural)
    word[n - 1] = '\0'; /* "members", "directors" */
  for (const char *const *g = group_words; *g; g++)
    if (strcmp (word, *g) == 0)
      return TRUE;
  return plural && is_role (word);
}

/* The role a group label gives its people, singular, as written ("Chair"
 * of "Chairs", "Minute taker" of "Minute takers"), or NULL for a label that
 * names no role ("Attendees", "Team members"). */
static gboolean is_group_phrase (const char *s, gsize n);

static char *
label_role (const char *label)
{
  if (is_role (label))
    return g_strdup (label);
  /* "Minutes, driver": roles listed together, as written */
  if (strchr (label, ',') || strchr (label, '/'))
    return is_group_phrase (label, strlen (label)) ? g_strdup (label) : NULL;
  gsize n = strlen (label);
  if (n <= 3 || label[n - 1] != 's')
    return NULL;
  char *singular = g_strndup (label, n - 1);
  if (is_role (singular))
    return singular;
  g_free (singular);
  return NULL;
}

/* One to three words of letters and hyphens (n bytes), the last a group
 * word or a role: "Team members", "Others", "TSC Members" */
static gboolean
is_group_phrase (const char *s, gsize n)
{
  /* roles listed together: "Minutes, driver", "Chair/Scribe" */
  const char *sep = memchr (s, ',', n);
  if (sep == NULL)
    sep = memchr (s, '/', n);
  if (sep != NULL)
    {
      const char *next = sep + 1;
      while (next < s + n && *next == ' ')
        next++;
      return sep > s && next < s + n && is_group_phrase (s, sep - s) && is_group_phrase (next, s + n - next);
    }
  guint words = 1;
  const char *last = s;
  for (gsize i = 0; i < n; i++)
    if (s[i] == ' ')
      words++, last = s + i + 1;
    else if (!g_ascii_isalpha (s[i]) && s[i] != '-')
      return FALSE;
  if (words > 3)
    return FALSE;
  if (is_group_word (last, s + n - last))
    return TRUE;
  /* a role of two words, plural or not: "Minute takers", "Note taker" */
  g_autofree char *phrase = g_strndup (s, n);
  g_autofree char *role = words > 1 ? label_role (phrase) : NULL;
  return role != NULL;
}

gboolean
np_meta_looks_like_person_entry (const char *entry, gssize len)
{
  if (len < 0)
    len = strlen (entry);
  if (memchr (entry, '@', len))
    return TRUE;
  guint words = 0;
  for (gssize i = 0; i < len; i++)
    {
      char c = entry[i];
      if (c == '(' || c == '<' || c == ',' || (c == '-' && i > 0 && entry[i - 1] == ' '))
        break;
      if (c == ' ' || c == '*' || c == '_')
        continue;
      if (i > 0 && entry[i - 1] != ' ' && entry[i - 1] != '*' && entry[i - 1] != '_')
        continue; /* inside a word */
      if (!g_ascii_isupper (c) && (guchar) c < 0x80)
        return FALSE;
      words++;
    }
  return words >= 2 && words <= 4;
}

gboolean
np_meta_is_group_title (const char *title, gssize len)
{
  if (len < 0)
    len = strlen (title);
  g_autofree char *plain = np_meta_strip_markup (title, len);
  g_strstrip (plain);
  gsize n = strlen (plain);
  while (n > 0 && plain[n - 1] == ':')
    plain[--n] = '\0';
  if (n == 0 || n > 32)
    return FALSE;
  return is_role (plain) || is_group_phrase (plain, n);
}

/* "Directors Present:", "Also present:", "In-person attendees:",
 * "Remote participants:": one or two words before "present" (a group
 * word or "also": "Not everyone present:" is no label), "attendees",
 * "participants" or "attendance", then the colon; *rest after it */
static gboolean
present_label (const char *s, gsize len, const char **rest)
{
  static const char *const heads[] = { "present", "attendees", "participants", "attendance", NULL };
  const char *colon = memchr (s, ':', MIN (len, 48));
  if (colon == NULL || colon - s <= 8)
    return FALSE;
  const char *e = colon;
  while (e > s && (e[-1] == '*' || e[-1] == '_'))
    e--;
  const char *w = e;
  while (w > s && w[-1] != ' ')
    w--;
  const char *const *h = heads;
  for (; *h; h++)
    if ((gsize) (e - w) == strlen (*h) && g_ascii_strncasecmp (w, *h, e - w) == 0)
      break;
  if (*h == NULL || w == s)
    return FALSE;
  guint words = 1;
  const char *last = s;
  for (const char *p = s; p < w - 1; p++)
    if (*p == ' ')
      words++, last = p + 1;
    else if (!g_ascii_isalpha (*p) && *p != '-')
      return FALSE;
  gsize last_len = w - 1 - last;
  if (words > 2 || last_len == 0)
    return FALSE;
  if (h == heads && !((last_len == 4 && g_ascii_strncasecmp (last, "also", 4) == 0) || is_group_word (last, last_len)))
    return FALSE;
  const char *r = colon + 1;
  while (r < s + len && (*r == '*' || *r == '_' || *r == ' ' || *r == '\t'))
    r++;
  if (rest)
    *rest = r;
  return TRUE;
}

/* Attendee labels of Chinese, Japanese and Korean minutes, before a colon
 * (':' or the full-width '：') */
static const char *const cjk_attendee_labels[] = {
  "与会者", "與會者", "与会人员", "参会者", "参会人员", "參會人員", "出席者", "出席人员", "参加者", "출석자", "참석자", NULL,
};

static gboolean
cjk_attendee_label (const char *line, gsize len, const char **rest)
{
  if (len < 4 || (guchar) line[0] < 0xe0)
    return FALSE;
  for (const char *const *l = cjk_attendee_labels; *l; l++)
    {
      gsize n = strlen (*l);
      if (len < n || memcmp (line, *l, n) != 0)
        continue;
      gsize j = n;
      if (j < len && line[j] == ':')
        j++;
      else if (j + 3 <= len && memcmp (line + j, "\xef\xbc\x9a", 3) == 0)
        j += 3;
      else if (j < len)
        continue;
      while (j < len && (line[j] == ' ' || line[j] == '\t'))
        j++;
      if (rest)
        *rest = line + j;
      return TRUE;
    }
  return FALSE;
}

gboolean
np_meta_is_attendee_label (const char *line, gssize len, const char **rest)
{
  if (len < 0)
    len = strlen (line);
  /* skip heading marks, bullets, emphasis, and the colon that opens a
   * reStructuredText field (":Attendees: ...") */
  gssize i = 0;
  while (i < len && (line[i] == '#' || line[i] == '*' || line[i] == '_' || line[i] == ' ' || line[i] == '\t'))
    i++;
  if (i < len && line[i] == ':' && i + 1 < len && g_ascii_isalpha (line[i + 1]))
    i++;
  if (i >= len)
    return FALSE;
  if (present_label (line + i, len - i, rest) || cjk_attendee_label (line + i, len - i, rest))
    return TRUE;
  /* every other label starts with one of these letters: reject the rest cheaply */
  if (!strchr ("aAdDiIpPtTwWmMgGoO", line[i]))
    return FALSE;
  for (const char *const *l = attendee_labels; *l; l++)
    {
      gsize n = strlen (*l);
      if ((gsize) (len - i) < n || g_ascii_strncasecmp (line + i, *l, n) != 0)
        continue;
      gssize j = i + n;
      /* "Attendees (remote)" */
      if (j < len && line[j] == ' ' && j + 1 < len && line[j + 1] == '(')
        {
          const char *close = memchr (line + j, ')', len - j);
          if (close)
            j = close - line + 1;
        }
      while (j < len && (line[j] == '*' || line[j] == '_'))
        j++;
      gboolean colon = FALSE;
      /* French typography puts a space before the colon: "Présents :" */
      if (j + 1 < len && line[j] == ' ' && line[j + 1] == ':')
        j++;
      if (j < len && (line[j] == ':' || line[j] == '-' || line[j] == 0))
        colon = TRUE, j++;
      while (j < len && (line[j] == '*' || line[j] == '_' || line[j] == ' ' || line[j] == '\t'))
        j++;
      /* a bare word needs a colon unless it is the whole line */
      if (!colon && j < len)
        continue;
      /* "who" and "people" only as a whole label line */
      if ((strcmp (*l, "who") == 0 || strcmp (*l, "people") == 0) && j < len)
        continue;
      if (rest)
        *rest = line + j;
      return TRUE;
    }
  return FALSE;
}

static gboolean
is_abbreviation (const char *s)
{
  gsize n = strlen (s);
  if (n < 2 || n > 5)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isupper (s[i]))
      return FALSE;
  return TRUE;
}

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

static char *
take_tokens (GString *s, gboolean (*pred) (const char *tok), char **found)
{
  /* removes the first whitespace-separated token matching pred */
  char **parts = g_strsplit_set (s->str, " \t", -1);
  GString *rest = g_string_new (NULL);
  for (char **p = parts; *p; p++)
    {
      if (!**p)
        continue;
      if (*found == NULL && pred (*p))
        {
          *found = g_strdup (*p);
          continue;
        }
      if (rest->len)
        g_string_append_c (rest, ' ');
      g_string_append (rest, *p);
    }
  g_strfreev (parts);
  g_string_assign (s, rest->str);
  g_string_free (rest, TRUE);
  return *found;
}

static gboolean
is_email_token (const char *t)
{
  const char *at = strchr (t, '@');
  return at && at > t && strchr (at, '.') != NULL;
}

static gboolean
is_handle_token (const char *t)
{
  return t[0] == '@' && (g_ascii_isalnum (t[1]) || t[1] == '_');
}

/* A nickname in parentheses after a name, "Russ Cox (rsc)", "Michael
 * Pratt (prattmic)": one lowercase token of a handle's characters, a
 * letter first, that is no role or group word ("(remote)", "(guest)") */
static gboolean
is_nick_token (const char *t)
{
  gsize n = strlen (t);
  if (n < 2 || n > 39 || !g_ascii_islower (t[0]))
    return FALSE;
  for (gsize i = 1; i < n; i++)
    if (!(g_ascii_islower (t[i]) || g_ascii_isdigit (t[i]) || t[i] == '_' || t[i] == '-' || t[i] == '.'))
      return FALSE;
  return !is_group_word (t, n);
}

static void
trim_punct (char *s)
{
  g_strstrip (s);
  gsize n = strlen (s);
  while (n > 0 && strchr (",;:-–—|/<>()[]", s[n - 1]))
    s[--n] = '\0', g_strchomp (s), n = strlen (s);
  gsize i = 0;
  while (s[i] && strchr (",;:-|/<>()[] ", s[i]))
    i++;
  memmove (s, s + i, strlen (s + i) + 1);
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

/* "Anssi_Kostiainen" (W3C's lists, where a name is one IRC token): two
 * to four capitalized parts joined by '_' are a name with spaces */
static void
underscores_to_spaces (char *name)
{
  if (strchr (name, ' ') || !strchr (name, '_'))
    return;
  guint parts = 0;
  for (const char *p = name; *p; p++)
    if (p == name || p[-1] == '_')
      {
        if (!g_ascii_isupper (*p) && (guchar) *p < 0x80)
          return;
        parts++;
      }
    else if (*p == '_' && p[1] == '\0')
      return;
  if (parts < 2 || parts > 4)
    return;
  for (char *p = name; *p; p++)
    if (*p == '_')
      *p = ' ';
}

/* The one attendee whose first name, or handle, is the one word name
 * ("Chair: Anssi" under "Present: Anssi Kostiainen, ..."), or -1 when
 * none or several are */
static gint
attendee_by_first_name (NpDocument *doc, const char *name)
{
  if (strchr (name, ' '))
    return -1;
  gsize n = strlen (name);
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

/* The attendee's index, or -1 when name is no person's.  A person listed
 * again ("Present: Ann Lee" and "Chair: Ann Lee") is one attendee, whose
 * missing fields the new entry fills; entries that disagree (two
 * abbreviations) stay two. */
static gint
add_person (NpDocument *doc, const char *name, const char *abbreviation, const char *affiliation, const char *handle,
            const char *email, guint line)
{
  if (name == NULL)
    return -1;
  g_autofree char *n = g_strstrip (g_strdup (name));
  underscores_to_spaces (n);
  if (!looks_like_name (n))
    return -1;
#define NONEMPTY(x) ((x) && *(x) ? (x) : NULL)
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
  for (guint i = 0; i < doc->attendees->len; i++)
    {
      NpPerson *q = &g_array_index (doc->attendees, NpPerson, i);
      if (strcmp (q->name, p.name) != 0 || !fields_agree (q, &p))
        continue;
      q->abbreviation = q->abbreviation ? q->abbreviation : KEEP (p.abbreviation);
      q->affiliation = q->affiliation ? q->affiliation : KEEP (p.affiliation);
      q->handle = q->handle ? q->handle : KEEP (p.handle);
      q->email = q->email ? q->email : KEEP (p.email);
      return (gint) i;
    }
  /* a first name alone, listed again in a role, is that attendee; with
   * fields of its own it is somebody else */
  gint known = p.abbreviation || p.affiliation || p.handle || p.email ? -1 : attendee_by_first_name (doc, p.name);
  if (known >= 0)
    return known;
  p.name = KEEP (p.name);
  p.abbreviation = KEEP (p.abbreviation);
  p.affiliation = KEEP (p.affiliation);
  p.handle = KEEP (p.handle);
  p.email = KEEP (p.email);
#undef KEEP
  g_array_append_val (doc->attendees, p);
  return (gint) doc->attendees->len - 1;
}

gboolean
np_meta_add_person_fields (NpDocument *doc, const char *name, const char *abbreviation, const char *affiliation,
                           const char *handle, const char *email, guint line)
{
  return add_person (doc, name, abbreviation, affiliation, handle, email, line) >= 0;
}

/* "@Ann Lee": a person chip (a mention of a full name), not the handle
 * "@Ann" of someone called "Lee" */
static gboolean
is_name_chip (const char *s)
{
  if (s[0] != '@' || !g_ascii_isupper (s[1]))
    return FALSE;
  const char *sp = strchr (s, ' ');
  return sp && g_ascii_isupper (sp[1]) && !strchr (sp + 1, '@');
}

/* "Team members: Josh, Niko", "Others: Mara", "Directors present: ..."
 * inside an attendee list: the people after a group's label (one to three
 * words, the last a group word or role), or NULL */
static const char *
group_label_rest (const char *s)
{
  const char *colon = strchr (s, ':');
  if (colon == NULL || colon == s || colon - s > 32 || colon[1] != ' ' || !is_group_phrase (s, colon - s))
    return NULL;
  const char *rest = colon + 2;
  while (*rest == ' ')
    rest++;
  return *rest ? rest : NULL;
}

/* The labels of np_meta_is_role_line(): roles a minutes header lists
 * people under, singular or plural */
static const char *const header_roles[] = {
  "chair", "co-chair", "scribe", "facilitator", "note taker", "notetaker", "note-taker", "minute taker",
  "minute-taker", "host", "moderator", "secretary", "regrets", "absent", "apologies", NULL,
};

/* One nickname or handle: letters, digits, '_', '-', '.', no space */
static gboolean
is_nickname (const char *s, gsize n)
{
  if (n == 0 || n > 32)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isalnum (s[i]) && s[i] != '_' && s[i] != '-' && s[i] != '.' && s[i] != '@')
      return FALSE;
  return g_ascii_isalpha (s[0]) || s[0] == '@';
}

/* A title opening name (in place): "Mayor Jane Doe" becomes "Jane Doe"
 * and returns "Mayor" (new); "Deputy Mayor Jane Doe", "Deputy Mayor";
 * "Dr. Ann Lee" becomes "Ann Lee" and returns NULL.  Only before a name of
 * two capitalized words or more (an office) or one (address): "Chair"
 * alone, or "President Lincoln", stays. */
static char *
take_title (char *name)
{
  char *w = name;
  gboolean deputy = g_ascii_strncasecmp (w, "deputy ", 7) == 0 || g_ascii_strncasecmp (w, "vice ", 5) == 0
                    || g_ascii_strncasecmp (w, "acting ", 7) == 0;
  if (deputy)
    w = strchr (w, ' ') + 1;
  char *sp = strchr (w, ' ');
  if (sp == NULL || !g_ascii_isupper (sp[1]))
    return NULL;
  gboolean office = FALSE;
  gboolean titled = np_text_is_title (w, sp - w, &office), address = !deputy && titled && !office;
  gsize n = sp - w - (sp > w && sp[-1] == '.');
  /* an office needs a full name after it: "President Lincoln" is a name */
  if (!(address || (titled && office && strchr (sp + 1, ' ') && g_ascii_isupper (strchr (sp + 1, ' ')[1]))))
    return NULL;
  char *title = office ? g_strndup (name, w + n - name) : NULL;
  memmove (name, sp + 1, strlen (sp + 1) + 1);
  return title;
}

/* Is role one of header_roles (as written, singular)? */
static gboolean
is_header_role (const char *role)
{
  for (const char *const *r = header_roles; *r; r++)
    if (g_ascii_strcasecmp (role, *r) == 0)
      return TRUE;
  return FALSE;
}

/* "dom", "astearns": a nickname in lower case */
static gboolean
is_lower_nickname (const char *s)
{
  gsize n = strlen (s);
  if (!is_nickname (s, n))
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (g_ascii_isupper (s[i]))
      return FALSE;
  return TRUE;
}

gboolean
np_meta_role_is_absence (const char *role)
{
  static const char *const words[] = { "regrets", "absent", "apologies", "excused", NULL };
  for (const char *const *w = words; *w; w++)
    if (g_ascii_strncasecmp (role, *w, strlen (*w)) == 0)
      return TRUE;
  return FALSE;
}

gboolean
np_meta_is_role_line (const char *line, gssize len, gboolean *absence)
{
  if (len < 0)
    len = strlen (line);
  const char *first_colon = len < 6 || len > 400 ? NULL : memchr (line, ':', MIN (len, (gssize) 24));
  if (first_colon == NULL)
    return FALSE;
  /* before any copy: the label's first letter opens a role ("DE: ..." of
   * a transcript does not), and the label is letters, spaces, hyphens and
   * emphasis only */
  const char *q = line;
  while (q < first_colon && (*q == '*' || *q == '_' || *q == ' '))
    q++;
  if (q == first_colon || strchr ("csfnmhra", g_ascii_tolower (*q)) == NULL)
    return FALSE;
  for (const char *k = q; k < first_colon; k++)
    if (!g_ascii_isalpha (*k) && *k != ' ' && *k != '-' && *k != '*' && *k != '_')
      return FALSE;
  g_autofree char *plain = np_meta_strip_markup (line, len);
  g_strstrip (plain);
  const char *colon = strchr (plain, ':');
  if (colon == NULL || colon[1] != ' ')
    return FALSE;
  g_autofree char *label = g_ascii_strdown (plain, colon - plain);
  g_strstrip (label);
  gsize n = strlen (label);
  if (n > 3 && label[n - 1] == 's' && strcmp (label, "regrets") != 0 && strcmp (label, "apologies") != 0)
    label[n - 1] = '\0'; /* "chairs", "scribes" */
  gboolean role = FALSE;
  for (const char *const *r = header_roles; *r && !role; r++)
    role = strcmp (label, *r) == 0;
  if (!role)
    return FALSE;
  *absence = np_meta_role_is_absence (label);
  g_auto (GStrv) entries = g_strsplit_set (colon + 1, ",;", -1);
  guint people = 0;
  for (guint i = 0; entries[i]; i++)
    {
      char *e = g_strstrip (entries[i]);
      if (g_str_has_prefix (e, "and "))
        e += 4;
      gsize el = strlen (e);
      if (el == 0)
        continue;
      if (!np_meta_looks_like_person_entry (e, el) && !is_nickname (e, el))
        return FALSE;
      people++;
    }
  return people > 0;
}

static guint add_people_list (NpDocument *doc, const char *list, gssize len, guint line, const char *group_role);

/* One entry; group_role, the role of the list it is in ("Chair: ...",
 * "Regrets: ..."), when the entry names none of its own */
static gboolean
add_person_entry (NpDocument *doc, const char *entry, gssize len, guint line, const char *group_role)
{
  g_autofree char *plain = np_meta_strip_markup (entry, len);
  g_strstrip (plain);
  const char *people = group_label_rest (plain);
  if (people)
    {
      /* a role's label gives its people that role: "Regrets: Ann Lee" */
      g_autofree char *label = g_strndup (plain, strchr (plain, ':') - plain);
      g_autofree char *role = label_role (label);
      return add_people_list (doc, people, -1, line, role ? role : group_role) > 0;
    }
  if (is_name_chip (plain))
    memmove (plain, plain + 1, strlen (plain));
  GString *s = g_string_new (NULL);
  g_autofree char *handle = NULL, *email = NULL, *abbr = NULL, *role = NULL, *affiliation = NULL;

  /* parenthesised groups */
  for (const char *p = plain; *p;)
    {
      if (*p == '(')
        {
          const char *close = strchr (p, ')');
          if (close)
            {
              g_autofree char *inner = g_strstrip (g_strndup (p + 1, close - p - 1));
              if (is_handle_token (inner) && !handle)
                handle = g_strdup (inner);
              else if (is_nick_token (inner) && !handle)
                handle = g_strdup_printf ("@%s", inner);
              else if (is_email_token (inner) && !email)
                email = g_strdup (inner);
              else if (is_abbreviation (inner) && !abbr && !is_role (inner))
                abbr = g_strdup (inner);
              else if (is_role (inner) || g_str_has_prefix (inner, "TSC") || g_str_has_prefix (inner, "CTC"))
                {
                  if (!role)
                    role = g_strdup (inner);
                }
              else if (!affiliation && *inner)
                affiliation = g_strdup (inner);
              p = close + 1;
              continue;
            }
        }
      g_string_append_c (s, *p);
      p++;
    }
  /* emails and handles anywhere */
  for (char *e = s->str; *e; e++)
    if (*e == ',' || *e == ';' || *e == '<' || *e == '>')
      {
        /* keep commas as separators for the affiliation split below, but
         * let emails and handles be found as tokens */
        if (*e != ',')
          *e = ' ';
      }
  {
    char **parts = g_strsplit (s->str, ",", -1);
    GString *kept = g_string_new (NULL);
    for (char **p = parts; *p; p++)
      {
        GString *part = g_string_new (*p);
        take_tokens (part, is_email_token, &email);
        take_tokens (part, is_handle_token, &handle);
        g_strstrip (part->str);
        if (part->str[0])
          {
            if (kept->len)
              g_string_append (kept, ", ");
            g_string_append (kept, part->str);
          }
        g_string_free (part, TRUE);
      }
    g_strfreev (parts);
    g_string_assign (s, kept->str);
    g_string_free (kept, TRUE);
  }
  /* Name, Affiliation / Name - Affiliation / Name | Affiliation: the
   * first separator splits ("Alice Smith: Google, Inc.") */
  char *name = s->str;
  const char *seps[] = { ", ", " - ", " – ", " — ", " | ", ": ", NULL };
  char *split = NULL;
  gsize split_len = 0;
  for (const char **sep = seps; *sep; sep++)
    {
      char *at = strstr (name, *sep);
      if (at && (split == NULL || at < split))
        split = at, split_len = strlen (*sep);
    }
  if (split)
    {
      *split = '\0';
      g_autofree char *rest = g_strdup (split + split_len);
      trim_punct (rest);
      if (*rest && !affiliation)
        affiliation = g_strdup (rest);
    }
  trim_punct (name);
  /* "Mayor Jane Doe", "Councillor Bob Smith", "Dr. Ann Lee": the office
   * is the person's role, a title of address goes */
  g_autofree char *office = take_title (name);
  if (office && !role)
    role = g_steal_pointer (&office);
  if (handle)
    trim_punct (handle + 1);
  /* "@dana" alone: the handle is all the name there is */
  if (*name == '\0' && handle)
    name = handle + (handle[0] == '@');
  if (email)
    trim_punct (email);
  gint at = add_person (doc, name, abbr, affiliation, handle, email, line);
  const char *r = role ? role : group_role;
  if (at >= 0 && r && !g_array_index (doc->attendees, NpPerson, at).role)
    g_array_index (doc->attendees, NpPerson, at).role = np_document_intern_owned (doc, r);
  g_string_free (s, TRUE);
  return at >= 0;
}

gboolean
np_meta_add_person (NpDocument *doc, const char *entry, gssize len, guint line)
{
  return add_person_entry (doc, entry, len, line, NULL);
}

guint
np_meta_add_people_list (NpDocument *doc, const char *list, gssize len, guint line)
{
  return add_people_list (doc, list, len, line, NULL);
}

/* One entry of np_meta_abbreviated_people(): "Allen Wirfs-Brock (AWB)" */
static gboolean
abbreviated_entry (const char *s, gsize n)
{
  while (n > 0 && (*s == ' ' || *s == '\t'))
    s++, n--;
  if (n > 4 && memcmp (s, "and ", 4) == 0)
    s += 4, n -= 4;
  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '.'))
    n--;
  if (n < 6 || s[n - 1] != ')')
    return FALSE;
  gsize open = n - 1;
  while (open > 0 && s[open - 1] != '(')
    open--;
  if (open == 0)
    return FALSE;
  gsize letters = n - 1 - open;
  if (letters < 1 || letters > 6)
    return FALSE;
  for (gsize k = open; k < n - 1; k++)
    if (!g_ascii_isupper (s[k]))
      return FALSE;
  gsize name = open - 1;
  while (name > 0 && s[name - 1] == ' ')
    name--;
  return name > 0 && !memchr (s, '@', name) && np_meta_looks_like_person_entry (s, name);
}

guint
np_meta_abbreviated_people (const char *list, gssize len)
{
  if (len < 0)
    len = strlen (list);
  const char *p = list, *end = list + len;
  guint entries = 0;
  while (p < end)
    {
      const char *q = p;
      while (q < end && *q != ',' && *q != ';')
        q++;
      gboolean blank = TRUE;
      for (const char *c = p; c < q && blank; c++)
        blank = *c == ' ' || *c == '\t';
      /* ", and Mark S. Miller (MM)" leaves a blank piece before "and"
       * only with a doubled separator: a blank piece ends nothing */
      if (!blank)
        {
          if (!abbreviated_entry (p, q - p))
            return 0;
          entries++;
        }
      p = q + 1;
    }
  return entries;
}

gboolean
np_meta_add_person_as (NpDocument *doc, const char *entry, gssize len, guint line, const char *role)
{
  return add_person_entry (doc, entry, len, line, role);
}

guint
np_meta_add_people_list_as (NpDocument *doc, const char *list, gssize len, guint line, const char *role)
{
  return add_people_list (doc, list, len, line, role);
}

/* Person chips copied without their '@' ("Attendees: Ann Lee Bo Chen Cara
 * Diaz"): no name has that many words.  An even run of four or more
 * capitalized words, and nothing else, is read as names of two words
 * each (commas put between them, in place); an odd run cannot be split
 * and is left as it is. */
static void
pair_chips (char *s)
{
  guint words = 0;
  for (const char *p = s; *p;)
    {
      while (*p == ' ')
        p++;
      if (!*p)
        break;
      if (!g_ascii_isupper (*p))
        return;
      for (p++; *p && *p != ' '; p++)
        if (!g_ascii_isalpha (*p) && *p != '-' && *p != '\'' && !((guchar) *p >= 0x80))
          return;
      words++;
    }
  if (words < 4 || words % 2)
    return;
  guint k = 0;
  for (char *p = s; *p; p++)
    if (*p == ' ' && p[1] != ' ' && p > s && p[-1] != ' ' && ++k % 2 == 0)
      *p = ',';
}

/* Each three-byte separator wide in s becomes ", " (in place) */
static void
wide_to_comma (char *s, const char *wide)
{
  for (char *p = s; (p = strstr (p, wide)) != NULL; p++)
    {
      p[0] = ',';
      p[1] = ' ';
      memmove (p + 2, p + 3, strlen (p + 3) + 1);
    }
}

static guint
add_people_list (NpDocument *doc, const char *list, gssize len, guint line, const char *group_role)
{
  g_autofree char *copy = len < 0 ? g_strdup (list) : g_strndup (list, len);
  /* Chinese and Japanese lists: "、" (U+3001) and "，" (U+FF0C) are commas */
  wide_to_comma (copy, "\xe3\x80\x81");
  wide_to_comma (copy, "\xef\xbc\x8c");
  /* split on ';' if present, else on ',' (but not inside parentheses) */
  char sep = strchr (copy, ';') ? ';' : ',';
  /* mentions without commas: "@Ann Lee @Bo Chen" (a document editor's
   * person chips) or "@ann @bo": each '@' after a space starts one */
  if (sep == ',' && !strchr (copy, ','))
    {
      guint ats = 0;
      for (char *p = copy; *p; p++)
        ats += *p == '@' && (p == copy || *(p - 1) == ' ' || *(p - 1) == '\t');
      if (ats >= 2)
        {
          for (char *p = copy + 1; *p; p++)
            if (*p == '@' && (*(p - 1) == ' ' || *(p - 1) == '\t'))
              *(p - 1) = ',';
        }
      else
        pair_chips (copy);
    }
  guint n = 0;
  int depth = 0;
  char *start = copy;
  for (char *p = copy;; p++)
    {
      if (*p == '(')
        depth++;
      else if (*p == ')' && depth > 0)
        depth--;
      if (*p == '\0' || (*p == sep && depth == 0))
        {
          char save = *p;
          *p = '\0';
          g_autofree char *entry = g_strstrip (g_strdup (start));
          if (g_str_has_prefix (entry, "and "))
            memmove (entry, entry + 4, strlen (entry + 4) + 1);
          /* a nickname under a role some of those present hold ("Scribe:
           * Anssi, dom") is someone listed already, by name, or an alias
           * only the notes' speakers can place; under "Guests" or
           * "Members" it is a person */
          gboolean alias_only = group_role && is_header_role (group_role) && !np_meta_role_is_absence (group_role)
                                && is_lower_nickname (entry) && attendee_by_first_name (doc, entry) < 0;
          if (*entry && !alias_only && add_person_entry (doc, entry, -1, line, group_role))
            n++;
          if (save == '\0')
            break;
          start = p + 1;
        }
    }
  return n;
}
