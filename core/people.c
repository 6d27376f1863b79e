/* people.c: attendee entries (the labels over them: people-labels.c).
 *
 * Attendee lists come in many hands: "Name (@handle) email", "Name @handle
 * (role)", "Name, email", "Name - Affiliation", table rows with
 * abbreviations.  Each entry is split into the NpPerson fields; anything
 * that is not a name ("Many more...", "and others") is refused. */
#include "config.h"

#include <string.h>

#include "bullets.h"
#include "meta.h"
#include "notepipe/np-text.h"

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
      /* "Anneke de Groot", "Maria de la Cruz": a surname's particles */
      gsize particle = words > 0 ? np_text_name_particle (entry + i, len - i) : 0;
      if (particle)
        {
          i += particle - 1;
          continue;
        }
      if (!g_ascii_isupper (c) && (guchar) c < 0x80)
        return FALSE;
      words++;
    }
  /* "Mayor Pro Tem Daniel Reyes", "Public Works Director Tom Kessler":
   * an office of two or three words before the name */
  if (words > 4 && words <= 7 && g_ascii_isupper (entry[0]))
    {
      const char *e = entry + len, *sp = entry;
      for (guint k = 1; k <= 3 && sp; k++)
        {
          sp = memchr (sp + (k > 1), ' ', e - sp - (k > 1));
          gboolean office = FALSE;
          if (sp && k >= 2 && words - k <= 4 && np_text_is_title (entry, sp - entry, &office) && office)
            return TRUE;
        }
    }
  return words >= 2 && words <= 4;
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

/* Is the lower-case token t a handle made of the letters of name ("rvenk"
 * or "venkatesanr" of Rahul Venkatesan, "hlee42" of Hye-jin Lee): it
 * opens with the first name's initial then three letters or more of the
 * last name, or with four letters of either name? */
static gboolean
handle_of_name (const char *t, const char *name)
{
  const char *last = strrchr (name, ' ');
  if (last == NULL)
    return FALSE;
  last++;
  g_autofree char *first = g_ascii_strdown (name, strcspn (name, " -"));
  g_autofree char *surname = g_ascii_strdown (last, -1);
  gsize n = strlen (t);
  if (n >= 4 && strlen (surname) >= 3 && t[0] == first[0] && strncmp (t + 1, surname, MIN (3, strlen (surname))) == 0)
    return TRUE;
  return n >= 4 && ((strlen (first) >= 4 && strncmp (t, first, 4) == 0)
                    || (strlen (surname) >= 4 && strncmp (t, surname, 4) == 0));
}

/* Does s hold an "@handle" word outside parentheses? */
static gboolean
handle_outside_parens (const char *s)
{
  guint depth = 0;
  for (const char *p = s; *p; p++)
    if (*p == '(')
      depth++;
    else if (*p == ')' && depth)
      depth--;
    else if (!depth && (p == s || p[-1] == ' ') && is_handle_token (p))
      return TRUE;
  return FALSE;
}

/* A study's participant code: one or two capitals, then one to three
 * digits ("P7", "R12", "PT3") */
static gboolean
participant_code (const char *s)
{
  gsize k = 0;
  while (k < 2 && g_ascii_isupper (s[k]))
    k++;
  gsize d = k;
  while (g_ascii_isdigit (s[d]))
    d++;
  return k > 0 && d > k && d - k <= 3 && s[d] == '\0';
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
  return !np_meta_is_group_word (t, n);
}

/* Bytes of the punctuation ending s (n bytes): an ASCII mark, or an en
 * or em dash (three bytes; a byte test alone would cut the last character
 * of "健一" or "Александр", whose last bytes are a dash's) */
static gsize
trailing_punct (const char *s, gsize n)
{
  if (n == 0)
    return 0;
  guchar last = (guchar) s[n - 1];
  if (last < 0x80)
    return strchr (",;:-|/<>()[]", last) != NULL && last != '\0';
  return n >= 3 && (guchar) s[n - 3] == 0xe2 && (guchar) s[n - 2] == 0x80 && (last == 0x93 || last == 0x94) ? 3 : 0;
}

static void
trim_punct (char *s)
{
  g_strstrip (s);
  gsize n = strlen (s), k;
  while ((k = trailing_punct (s, n)) > 0)
    {
      n -= k;
      s[n] = '\0';
      g_strchomp (s);
      n = strlen (s);
    }
  gsize i = 0;
  while (s[i] && strchr (",;:-|/<>()[] ", s[i]))
    i++;
  memmove (s, s + i, strlen (s + i) + 1);
}

/* The period closing a list's sentence after its last name ("..., and
 * Jackson Lee."), not an initial's nor an abbreviation's ("John Smith
 * Jr.", "Ann Lee Ph.D."): a last word of three letters or more before it
 * and no other period in that word, or a space. */
static void
trim_final_period (char *s)
{
  gsize n = strlen (s);
  /* "Tendai Lungu (TL).": the period alone once the parentheses went */
  if (n >= 2 && s[n - 1] == '.' && s[n - 2] == ' ')
    {
      s[n - 1] = '\0';
      g_strchomp (s);
      return;
    }
  if (n < 4 || s[n - 1] != '.')
    return;
  const char *word = strrchr (s, ' ');
  word = word ? word + 1 : s;
  if ((gsize) (s + n - 1 - word) >= 3 && !memchr (word, '.', s + n - 1 - word))
    s[n - 1] = '\0';
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
  /* a nickname listed alone ("Present: hkoivisto, ...") named in full
   * later ("Chair: hkoivisto (Helmi Koivisto)") is that attendee, named */
  if (p.handle && strcmp (p.handle, p.name) != 0)
    for (guint i = 0; i < doc->attendees->len; i++)
      {
        NpPerson *q = &g_array_index (doc->attendees, NpPerson, i);
        if (q->handle || q->abbreviation || q->affiliation || q->email || strcmp (q->name, p.handle) != 0)
          continue;
        q->name = KEEP (p.name);
        q->handle = KEEP (p.handle);
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

/* "dom", "astearns": a nickname in lower case */
static gboolean
is_lower_nickname (const char *s)
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
                           const char *handle, const char *email, guint line)
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
      gboolean is_handle = !is_role && !handle && open[-1] == ' ' && is_lower_nickname (h);
      if (is_role || is_handle)
        name = bare = g_strstrip (g_strndup (name, open - name));
      if (is_handle)
        handle = nick = g_strdup (h);
      if (!is_role)
        g_clear_pointer (&role, g_free);
    }
  gint at = add_person (doc, name, abbreviation, affiliation, handle, email, line);
  if (at >= 0 && role && !g_array_index (doc->attendees, NpPerson, at).role)
    g_array_index (doc->attendees, NpPerson, at).role = np_document_intern_owned (doc, role);
  return at >= 0;
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

/* "Customer: Jane Doerr (VP Eng), ...; Us: Sam Whitaker (AE)": a side
 * of a call, one capitalized word (not a person's two), over people, the
 * first a name of two capitalized words at least */
static gboolean
side_label (const char *s, gsize label, const char *rest)
{
  if (label < 2 || label > 16 || !g_ascii_isupper (s[0]) || memchr (s, ' ', label))
    return FALSE;
  gsize k = strcspn (rest, ",;(");
  guint capitalized = 0;
  for (const char *p = rest; p < rest + k; p++)
    capitalized += (p == rest || p[-1] == ' ') && g_unichar_isupper (g_utf8_get_char (p));
  return capitalized >= 2 && np_meta_looks_like_person_entry (rest, k);
}

/* "Team members: Josh, Niko", "Others: Mara", "Directors present: ..."
 * inside an attendee list: the people after a group's label (one to three
 * words, the last a group word or role), or NULL */
static const char *
group_label_rest (const char *s)
{
  const char *colon = strchr (s, ':');
  /* French typography's space before the colon: "Excusés : ..." */
  gsize label = colon ? (gsize) (colon - s) : 0;
  if (label > 1 && s[label - 1] == ' ')
    label--;
  if (colon == NULL || label == 0 || colon - s > 32 || colon[1] != ' ')
    return NULL;
  const char *rest = colon + 2;
  while (*rest == ' ')
    rest++;
  if (!np_meta_is_group_phrase (s, label) && !side_label (s, label, rest))
    return NULL;
  return *rest ? rest : NULL;
}

static guint add_people_list (NpDocument *doc, const char *list, gssize len, guint line, const char *group_role);

/* "postdocs (Tomás Ferreira, Li Wei)", "PI (Prof. Anika Rao)": a group of
 * one to three words in lower case, or a role's two to four capitals,
 * then the whole rest in parentheses, a person's name at least (two
 * capitalized words): where the people start (their ')' ends the
 * entry), the group in *group; NULL otherwise */
static const char *
role_group_members (const char *s, char **group)
{
  const char *open = strchr (s, '(');
  gsize n = strlen (s);
  if (open == NULL || open == s || open[-1] != ' ' || s[n - 1] != ')' || strchr (open + 1, '('))
    return NULL;
  gboolean lower = TRUE, caps = TRUE;
  guint words = 1;
  for (const char *p = s; p < open - 1; p++)
    {
      words += *p == ' ';
      lower &= g_ascii_islower (*p) || *p == ' ' || *p == '-';
      caps &= g_ascii_isupper (*p);
    }
  if (!(lower && words <= 3) && !(caps && open - 1 - s >= 2 && open - 1 - s <= 4))
    return NULL;
  /* a person's name inside: two capitalized words (a title at will) */
  const char *m = open + 1;
  gsize k = strcspn (m, ",)");
  /* one word in lower case is a nickname before its person's name
   * ("tkoenig (Tobias König)", "kwame (Google Cloud)"), unless a group's
   * or a role's word, or a plural over people ("postdocs (Tomás ...,
   * Li Wei)") */
  g_autofree char *x = g_strndup (s, open - 1 - s);
  if (lower && words == 1 && !np_meta_is_group_phrase (x, strlen (x)) && !np_meta_is_role_word (x)
      && !(x[strlen (x) - 1] == 's' && m[k] == ','))
    return NULL;
  guint capitalized = 0;
  for (const char *p = m; p < m + k; p++)
    capitalized += (p == m || p[-1] == ' ') && g_unichar_isupper (g_utf8_get_char (p));
  if (capitalized < 2 || (caps && memchr (m, ',', n - (m - s))))
    return NULL;
  *group = g_steal_pointer (&x);
  return m;
}

/* One entry; group_role, the role of the list it is in ("Chair: ...",
 * "Regrets: ..."), when the entry names none of its own; surname_list,
 * whether it is in a list of names written surname first.  *person (may
 * be NULL): the attendee's index when the entry names one, else -1. */
/* Is s[0, n) one to three words, each opening with a capital ("Stacy",
 * "Raj Patel", "Mei-Ling Zhou")? */
static gboolean
capitalized_name_words (const char *s, gsize n)
{
  guint words = 0;
  for (gsize i = 0; i < n; i++)
    if (i == 0 || s[i - 1] == ' ')
      {
        gunichar u = g_utf8_get_char_validated (s + i, n - i);
        if (u == (gunichar) -1 || u == (gunichar) -2 || !g_unichar_isupper (u) || ++words > 3)
          return FALSE;
      }
  return words > 0;
}

static gboolean
add_person_entry (NpDocument *doc, const char *entry, gssize len, guint line, const char *group_role,
                  gboolean surname_list, gint *person)
{
  if (person)
    *person = -1;
  g_autofree char *plain = np_meta_strip_markup (entry, len);
  g_strstrip (plain);
  if (strstr (plain, "\xef\xbc\x88"))
    np_meta_ascii_parentheses (plain);
  const char *people = group_label_rest (plain);
  if (people)
    {
      /* a role's label gives its people that role: "Regrets: Ann Lee" */
      g_autofree char *label = g_strndup (plain, strchr (plain, ':') - plain);
      g_strchomp (label);
      g_autofree char *role = np_meta_label_role (label);
      return add_people_list (doc, people, -1, line, role ? role : group_role) > 0;
    }
  /* a group of the list with its people in parentheses: "postdocs (Tomás
   * Ferreira, Li Wei)", "grad students (Hannah Okoye)", "PI (Prof. Anika
   * Rao)": the people, in that role */
  g_autofree char *group = NULL;
  const char *members = role_group_members (plain, &group);
  if (members)
    return add_people_list (doc, members, strlen (members) - 1, line, group) > 0;
  if (is_name_chip (plain))
    memmove (plain, plain + 1, strlen (plain));
  /* Mozilla's "Olli Pettay [:smaug]", as "(:smaug)"; a sign-in's way of
   * attending after the name, "Tobias Brandt (tbrandt) [remote]", as
   * "(remote)" (not a Markdown link's text, "[Ann](mailto:...)") */
  for (char *b = strchr (plain, '['); b; b = strchr (b + 1, '['))
    {
      char *close = strchr (b, ']');
      if (close && (b[1] == ':' || (b > plain && b[-1] == ' ' && close[1] != '(' && !memchr (b + 1, '[', close - b - 1))))
        *b = '(', *close = ')';
    }
  GString *s = g_string_new (NULL);
  g_autofree char *handle = NULL, *email = NULL, *abbr = NULL, *role = NULL, *affiliation = NULL;

  /* parenthesised groups; with a handle outside them ("Tomás Herrera
   * @therrera (webpack)"), a lower-case word inside is the project's */
  gboolean handle_outside = handle_outside_parens (plain);
  for (const char *p = plain; *p;)
    {
      if (*p == '(')
        {
          const char *close = strchr (p, ')');
          if (close)
            {
              g_autofree char *inner = g_strstrip (g_strndup (p + 1, close - p - 1));
              /* "(Apple, @hlindgren)": the company, then the handle */
              char *tail = strrchr (inner, ',');
              const char *tail_word = tail ? tail + 1 + strspn (tail + 1, " ") : NULL;
              if (tail_word && !handle && is_handle_token (tail_word) && !strchr (tail_word, ' '))
                {
                  handle = g_strdup (tail_word);
                  *tail = '\0';
                  g_strstrip (inner);
                }
              /* "(@pshah, incident commander)": the handle, then the role
               * or the company, read as they would be alone */
              char *head_comma = inner[0] == '@' && !handle ? strchr (inner, ',') : NULL;
              if (head_comma && head_comma > inner + 1)
                {
                  *head_comma = '\0';
                  if (is_handle_token (inner) && !strchr (inner, ' '))
                    {
                      handle = g_strdup (inner);
                      memmove (inner, head_comma + 1, strlen (head_comma + 1) + 1);
                      g_strstrip (inner);
                    }
                  else
                    *head_comma = ',';
                }
              if (is_handle_token (inner) && !handle)
                handle = g_strdup (inner);
              /* Mozilla's and Bugzilla's nickname after a colon, "(:smaug)" */
              else if (inner[0] == ':' && is_nick_token (inner + 1) && !handle)
                handle = g_strdup_printf ("@%s", inner + 1);
              else if (np_meta_is_role_noun (inner, s->str))
                {
                  if (!role)
                    role = g_strdup (inner);
                }
              else if (is_nick_token (inner) && !handle && !handle_outside)
                handle = g_strdup_printf ("@%s", inner);
              else if (is_email_token (inner) && !email)
                email = g_strdup (inner);
              else if (is_abbreviation (inner) && !abbr && !np_meta_is_role_word (inner)
                       && np_meta_abbreviation_fits (s->str, inner))
                abbr = g_strdup (inner);
              else if (np_meta_is_role_word (inner) || g_str_has_prefix (inner, "TSC") || g_str_has_prefix (inner, "CTC")
                       || strcmp (inner, "TC") == 0 || strcmp (inner, "CPC") == 0) /* io.js's TC, OpenJS's CPC */
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
  /* Name, Affiliation / Name - Affiliation / Name | Affiliation / Name /
   * Affiliation (HackMD's notes: "Jeremy Tuloup / QuantStack / @jtpio"):
   * the first separator splits ("Alice Smith: Google, Inc.") */
  char *name = s->str;
  const char *seps[] = { ", ", " - ", " -- ", " – ", " — ", " | ", ": ", " / ", NULL };
  /* "@quentinv — Quentin Vasseur": the handle taken, a separator opens
   * what is left, and the name is on its other side */
  if (g_str_has_prefix (name, "- ") || g_str_has_prefix (name, "-- ") || g_str_has_prefix (name, "– ")
      || g_str_has_prefix (name, "— ") || g_str_has_prefix (name, "| "))
    {
      g_string_prepend_c (s, ' ');
      name = s->str;
    }
  /* "Stacy from Keystone Property Mgmt", "Raj from Northwind": a name of
   * one to three words, then the company it comes from */
  char *from = strstr (name, " from ");
  if (from && !affiliation && g_unichar_isupper (g_utf8_get_char_validated (from + 6, -1)) && from - name <= 48
      && capitalized_name_words (name, from - name))
    {
      affiliation = g_strdup (from + 6);
      trim_punct (affiliation);
      *from = '\0';
    }
  char *split = NULL;
  gsize split_len = 0;
  for (const char **sep = seps; *sep; sep++)
    {
      char *at = strstr (name, *sep);
      if (at && (split == NULL || at < split))
        split = at, split_len = strlen (*sep);
    }
  gboolean comma = split && *split == ',';
  if (split)
    {
      *split = '\0';
      g_autofree char *rest = g_strdup (split + split_len);
      trim_punct (rest);
      trim_punct (name);
      /* "Doe, Jane": the name surname first, not Jane from "Doe" */
      g_autofree char *whole = comma && *rest ? g_strdup_printf ("%s, %s", name, rest) : NULL;
      g_autofree char *ordered = NULL;
      gboolean evident = FALSE;
      if (whole && np_text_surname_first (whole, strlen (whole), &ordered, &evident)
          && (surname_list || evident || np_meta_email_names (email, name, rest)))
        {
          g_string_assign (s, ordered);
          name = s->str;
        }
      /* "Daniel Calloway, Esq.", "Viktor Lindahl, videographer": no
       * affiliation */
      else if (np_meta_is_post_nominal (rest))
        ;
      else if (np_meta_is_role_after_name (rest, name))
        role = role ? role : g_strdup (rest);
      /* "Rahul Venkatesan - rvenk": a handle made of the name's letters */
      else if (!handle && !comma && is_nick_token (rest) && handle_of_name (rest, name))
        handle = g_strdup_printf ("@%s", rest);
      else
        {
          /* an etherpad's sign-in, "Luca Maresca - lmaresca - Red Hat": the
           * nick between the name and the company */
          char *second = !handle && !comma && split_len == 3 ? strstr (rest, " - ") : NULL;
          if (second)
            {
              *second = '\0';
              if (is_nick_token (rest) && handle_of_name (rest, name))
                {
                  handle = g_strdup_printf ("@%s", rest);
                  memmove (rest, second + 3, strlen (second + 3) + 1);
                  trim_punct (rest);
                }
              else
                *second = ' ';
            }
          if (*rest && !affiliation)
            affiliation = g_strdup (rest);
        }
    }
  trim_punct (name);
  trim_final_period (name);
  /* "Mayor Jane Doe", "Councillor Bob Smith", "Dr. Ann Lee": the office
   * is the person's role, a title of address goes */
  g_autofree char *office = np_meta_take_title (name);
  if (office && !role)
    role = g_steal_pointer (&office);
  if (handle)
    trim_punct (handle + 1);
  /* "@dana" alone: the handle is all the name there is; "@dana (Dana
   * Lee)" names her in the parentheses, when the handle takes letters of
   * that name ("@kwame (Google Cloud)" is his affiliation) */
  if (*name == '\0' && handle)
    {
      g_autofree char *nick = g_ascii_strdown (handle + (handle[0] == '@'), -1);
      /* "@hanli (Han Li, Rspack team, guest)": the name first, then the
       * rest of the parentheses */
      const char *paren_comma = affiliation ? strchr (affiliation, ',') : NULL;
      g_autofree char *head = paren_comma ? g_strndup (affiliation, paren_comma - affiliation) : NULL;
      const char *named = head ? head : affiliation;
      /* "@ahabhgk (Hanming Li, Rspack team)": a name, then a comma, is
       * the person's whatever the handle, unless a company's */
      if (named && np_meta_looks_like_person_entry (named, -1)
          && (np_meta_nick_of_name (nick, named) || (head && !np_meta_is_organization (head))))
        {
          g_string_assign (s, named);
          name = s->str;
          if (paren_comma)
            {
              g_autofree char *rest = g_strstrip (g_strdup (paren_comma + 1));
              g_free (affiliation);
              affiliation = *rest ? g_steal_pointer (&rest) : NULL;
            }
          else
            g_clear_pointer (&affiliation, g_free);
        }
      else
        name = handle + (handle[0] == '@');
    }
  /* an etherpad's sign-in, "lmaresca (Luca Maresca) - PTL": the nick
   * first, the person's name in parentheses when the nick is made of it */
  if (!handle && affiliation && is_nick_token (name) && np_meta_looks_like_person_entry (affiliation, -1)
      && np_meta_nick_of_name (name, affiliation))
    {
      handle = g_strdup_printf ("@%s", name);
      g_string_assign (s, affiliation);
      name = s->str;
      g_clear_pointer (&affiliation, g_free);
    }
  /* a user study's participant, "P7 (Graham Whitley)": the code the
   * transcript marks the turns with, then the name */
  else if (!abbr && affiliation && participant_code (name) && np_meta_looks_like_person_entry (affiliation, -1))
    {
      abbr = g_strdup (name);
      g_string_assign (s, affiliation);
      name = s->str;
      g_clear_pointer (&affiliation, g_free);
    }
  if (email)
    trim_punct (email);
  /* "carmen@example.com" alone: its local part is the name, as a
   * handle alone is */
  g_autofree char *local = NULL;
  if (*name == '\0' && email && !handle)
    name = local = g_strndup (email, strcspn (email, "@"));
  /* Chromium's "vmpstr@": a mail address's local part, as its people sign */
  gsize name_len = strlen (name);
  if (name_len >= 3 && name[name_len - 1] == '@' && !strchr (name, ' ') && !strchr (name, '.'))
    name[name_len - 1] = '\0';
  gint at = add_person (doc, name, abbr, affiliation, handle, email, line);
  const char *r = role ? role : group_role;
  if (at >= 0 && r && !g_array_index (doc->attendees, NpPerson, at).role && g_utf8_validate (r, -1, NULL))
    g_array_index (doc->attendees, NpPerson, at).role = np_document_intern_owned (doc, r);
  g_string_free (s, TRUE);
  if (person)
    *person = at;
  return at >= 0;
}

gboolean
np_meta_add_person (NpDocument *doc, const char *entry, gssize len, guint line)
{
  return add_person_entry (doc, entry, len, line, NULL, FALSE, NULL);
}

guint
np_meta_add_people_list (NpDocument *doc, const char *list, gssize len, guint line)
{
  return add_people_list (doc, list, len, line, NULL);
}

gboolean
np_meta_add_person_as (NpDocument *doc, const char *entry, gssize len, guint line, const char *role)
{
  return add_person_entry (doc, entry, len, line, role, FALSE, NULL);
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
  /* "City Manager Priyanka Nair": a title of office of two words over
   * one name, not two people */
  const char *sp = strchr (s, ' '), *sp2 = sp ? strchr (sp + 1, ' ') : NULL;
  if (sp2 && np_text_is_title (s, sp2 - s, NULL))
    return;
  guint k = 0;
  for (char *p = s; *p; p++)
    if (*p == ' ' && p[1] != ' ' && p > s && p[-1] != ' ' && ++k % 2 == 0)
      *p = ',';
}

/* One word in Title case, letters only: "Bob" */
static gboolean
single_name (const char *s, gsize n)
{
  if (n < 2 || !g_ascii_isupper (s[0]))
    return FALSE;
  for (gsize i = 1; i < n; i++)
    if (!g_ascii_isalpha (s[i]) && (guchar) s[i] < 0x80)
      return FALSE;
  return TRUE;
}

/* The byte where the second of two people joined by " and " or " & "
 * starts ("Bob Jones and Carol White", "Ann & Bo"), with *join_at the
 * join's first byte; 0 when the entry is one person (or a group: "Research
 * and Development team" is no two names) */
static gsize
people_pair (const char *e, gsize *join_at)
{
  int depth = 0;
  for (const char *p = e; *p; p++)
    {
      depth += (*p == '(') - (*p == ')' && depth > 0);
      if (depth || *p != ' ')
        continue;
      gsize j = strncmp (p, " and ", 5) == 0 ? 5 : strncmp (p, " & ", 3) == 0 ? 3 : 0;
      if (j == 0)
        continue;
      gsize a = p - e;
      const char *b = p + j;
      gsize bn = strlen (b);
      if ((np_meta_looks_like_person_entry (e, a) && np_meta_looks_like_person_entry (b, bn))
          || (single_name (e, a) && single_name (b, bn)))
        {
          *join_at = a;
          return a + j;
        }
      return 0;
    }
  return 0;
}

/* Does a part of s between semicolons hold four entries or more, three
 * commas outside parentheses ("Ann Lee, CTO, Acme" has two), or a
 * side's label before entries ("Customer: Jane Doerr, Raj ...")? */
/* Does the text at w open with a title of address and a word after it
 * ("Dr Miriam", "Mr Patrick")? */
static gboolean
titled_opening (const char *w)
{
  while (*w == ' ')
    w++;
  const char *sp = strchr (w, ' ');
  return sp && sp - w <= 9 && g_ascii_isupper (sp[1]) && np_text_is_title (w, sp - w, NULL);
}

static gboolean
semicolons_part_lists (const char *s)
{
  guint commas = 0;
  int depth = 0;
  gboolean labelled = FALSE, titled = FALSE;
  for (const char *p = s; *p; p++)
    {
      depth += *p == '(' ? 1 : *p == ')' && depth > 0 ? -1 : 0;
      if ((*p == ';' && depth == 0) || p == s)
        {
          /* "Customer: Jane Doerr, Raj Bhattacharya; Us: ...": a side's
           * label, one word, opens the part */
          const char *w = p == s ? p : p + 1;
          while (*w == ' ')
            w++;
          gsize k = 0;
          while (g_ascii_isalpha (w[k]))
            k++;
          labelled = k >= 2 && g_ascii_isupper (*w) && w[k] == ':' && w[k + 1] == ' ';
          /* "Dr Miriam Austin, Chief Executive, National Water Data
           * Agency; Mr Patrick Osei, ...": a titled person, then the
           * position, unless a title opens a later entry too */
          titled = titled_opening (w);
          commas = 0;
        }
      else if (*p == ',' && depth == 0)
        {
          if (titled && titled_opening (p + 1))
            titled = FALSE;
          if ((++commas >= 3 && !titled) || labelled)
            return TRUE;
        }
    }
  return FALSE;
}

static guint
add_people_list (NpDocument *doc, const char *list, gssize len, guint line, const char *group_role)
{
  g_autofree char *raw = len < 0 ? g_strdup (list) : g_strndup (list, len);
  g_autofree char *copy = np_meta_link_chips (raw);
  /* Chinese and Japanese lists: "、" (U+3001) and "，" (U+FF0C) are commas */
  np_meta_wide_to_comma (copy, "\xe3\x80\x81");
  np_meta_wide_to_comma (copy, "\xef\xbc\x8c");
  /* "For newcomers: Aiko Kimura (AK), ...", "Who's who: ...": a label
   * over the list that names nobody is no person's name, nor the first
   * person's affiliation.  A group's or a role's label ("Remote: ...",
   * "Chair: ...") gives its people a role: add_person_entry() reads it. */
  gboolean grouped = strchr (copy, ';') && semicolons_part_lists (copy);
  gsize label_len = 0;
  gboolean worded = FALSE;
  gsize body = np_meta_list_label (copy, strlen (copy), &label_len, &worded);
  if (body && !np_meta_is_group_phrase (copy, label_len)
      && (worded || np_meta_looks_like_person_entry (copy + body, strlen (copy + body))))
    memmove (copy, copy + body, strlen (copy + body) + 1);
  /* split on ';' if present, else on ',' (but not inside parentheses);
   * but where a part between semicolons is a list of its own ("Maria
   * G., Tom B., Dwayne K., Lou F. (board); approx 14 residents"), the
   * semicolons part groups, and both split */
  char sep = strchr (copy, ';') ? ';' : ',';
  if (sep == ';' && grouped)
    {
      for (char *p = copy; *p; p++)
        if (*p == ';')
          *p = ',';
      sep = ',';
    }
  np_meta_fields_to_entries (copy, sep);
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
  /* "Doe, Jane; Smith, John": every entry a name surname first */
  gboolean surname_list = sep == ';';
  guint entries = 0;
  if (surname_list)
    {
      g_auto (GStrv) parts = g_strsplit (copy, ";", -1);
      for (char **p = parts; *p && surname_list; p++)
        {
          if (*g_strstrip (*p) == '\0')
            continue;
          entries++;
          surname_list = np_meta_entry_surname_first (*p);
        }
    }
  surname_list &= entries >= 2;
  /* Spanish lists title men "D." (don) beside women's "Dña."/"Dª": there,
   * and only there, "D. Antonio García" is Antonio García (elsewhere
   * "D. Knuth" is an initial) */
  gboolean don = strstr (copy, "Dña.") || strstr (copy, "D\xc2\xaa ") || strstr (copy, "Doña ");
  guint n = 0;
  int depth = 0;
  gint person = -1; /* the attendee the entry before names */
  /* "Chair: Ann Lee, Bo Chen · Scribes: Cy Diaz, Di Eve": a field's role
   * goes on to the entries after it, up to the next field */
  g_autofree char *field_role = NULL;
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
          if (don && g_str_has_prefix (entry, "D. ") && g_unichar_isupper (g_utf8_get_char (entry + 3)))
            memmove (entry, entry + 3, strlen (entry + 3) + 1);
          /* a nickname under a role some of those present hold ("Scribe:
           * Anssi, dom") is someone listed already, by name, or an alias
           * only the notes' speakers can place; under "Guests" or
           * "Members" it is a person */
          gboolean alias_only = group_role && np_meta_is_officer_role (group_role) && !np_meta_role_is_absence (group_role)
                                && is_lower_nickname (entry) && attendee_by_first_name (doc, entry) < 0;
          gsize join = 0, second = *entry && !alias_only ? people_pair (entry, &join) : 0;
          if (second)
            entry[join] = '\0'; /* two people, in their order */
          /* "Daniel Calloway, Esq.", "Viktor Lindahl, videographer": what
           * the entry says of the name before it names nobody */
          if (person >= 0 && !second && np_meta_entry_of_name (doc, person, entry))
            *entry = '\0'; /* the person stays: "Jennifer Park, Esq., Park & Lindqvist LLP" */
          else
            person = -1;
          const char *field = *entry ? group_label_rest (entry) : NULL;
          if (field)
            {
              g_autofree char *label = g_strndup (entry, strchr (entry, ':') - entry);
              g_strchomp (label);
              g_free (field_role);
              field_role = np_meta_label_role (label);
            }
          const char *role = field_role ? field_role : group_role;
          if (*entry && !alias_only && add_person_entry (doc, entry, -1, line, role, surname_list, &person))
            n++;
          if (second && add_person_entry (doc, entry + second, -1, line, role, surname_list, &person))
            n++;
          if (save == '\0')
            break;
          start = p + 1;
        }
    }
  return n;
}
