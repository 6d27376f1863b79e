/* people-shapes.c: what the words of an attendee entry are, beside a
 * name and its fields (people.c): a sentence of the notes that stands in
 * a list ("Release is on track"), a title in one hyphenated word, a role
 * in parentheses ("(manager)", no nickname), a name written surname first
 * ("Doe, Jane"), an e-mail address that names its person, a title
 * opening the name ("Mayor Jane Doe", "City Manager Priyanka Nair"); and
 * the shapes of lists: a roster of names with abbreviations, fields
 * joined by a middle dot or a bar, person chips written as Markdown
 * links. */
#include "config.h"

#include <string.h>

#include "bullets.h"
#include "meta.h"
#include "notepipe/np-text.h"

/* Is the word p (n bytes) in lower case, and a stopword? */
static gboolean
lower_stopword (const char *p, gsize n)
{
  if (n == 0 || n >= 16)
    return FALSE;
  char word[16];
  for (gsize i = 0; i < n; i++)
    {
      if (!g_ascii_islower (p[i]))
        return FALSE;
      word[i] = p[i];
    }
  word[n] = '\0';
  return np_text_is_stopword (word);
}

/* Does name hold a word in lower case that is an English function word?
 * No particle of a name ("van", "de", "la") is one. */
gboolean
np_meta_sentence_words (const char *name)
{
  for (const char *p = name; *p;)
    {
      while (*p == ' ')
        p++;
      const char *e = p;
      while (*e && *e != ' ')
        e++;
      if (lower_stopword (p, e - p))
        return TRUE;
      p = e;
    }
  return FALSE;
}

gboolean
np_meta_hyphenated_title (const char *name)
{
  for (const char *p = name; *p;)
    {
      gsize n = strcspn (p, " -");
      /* a part between two hyphens, in lower case */
      if (p > name && p[-1] == '-' && p[n] == '-' && lower_stopword (p, n))
        return TRUE;
      p += n + (p[n] != '\0');
    }
  return FALSE;
}

gboolean
np_meta_entry_is_notes (const char *entry, gssize len)
{
  g_autofree char *plain = np_meta_strip_markup (entry, len);
  g_strstrip (plain);
  if (g_str_has_prefix (plain, "and ") || strstr (plain, "...") || strstr (plain, "\xe2\x80\xa6"))
    return FALSE; /* "and 3 more", "Many more...": the list's own words */
  guint words = 0;
  for (const char *p = plain; *p; p++)
    words += *p != ' ' && (p == plain || p[-1] == ' ');
  return words >= 3 && np_meta_sentence_words (plain);
}

/* A turn or an agenda's item standing where people are listed
 * ("Linnea: we'd love to do a joint workshop" under "### Guests"): a
 * name in brackets then four words or more, or a label of one to three words,
 * then four words or more, one of them a word only speech uses (a
 * pronoun, an auxiliary, an answer); not a person's company or role
 * ("Ann Lee: Google", "Bo Chen: chair of the working group") */
gboolean
np_meta_entry_is_turn (const char *entry, gssize len)
{
  static const char *const speech[] = { "i",     "i'm",    "i'll",  "i've",   "i'd",   "we",     "we're", "we'll",
                                        "we'd",  "we've",  "you",   "it's",   "that's", "let's", "is",    "are",
                                        "was",   "were",   "will",  "can",    "can't", "should", "would", "could",
                                        "think", "don't",  "yes",   "please", "thanks", NULL };
  if (len < 0)
    len = strlen (entry);
  /* "[Marco Bellini] CRI-O / containerd parity for user namespaces": a
   * name in brackets, then four words or more: an agenda's item or a turn
   * ("[Olga_P] Olga Petrenko" is a handle and the name) */
  const char *close = len > 2 && entry[0] == '[' ? memchr (entry, ']', MIN ((gsize) len, (gsize) 48)) : NULL;
  if (close)
    {
      guint after = 0;
      for (const char *p = close + 1, *e = entry + len; p < e; p++)
        after += *p == ' ' && p + 1 < e && p[1] != ' ';
      if (after >= 4)
        return TRUE;
    }
  const char *colon = memchr (entry, ':', MIN ((gsize) len, (gsize) 40));
  if (colon == NULL || colon == entry)
    return FALSE;
  guint label_words = 1;
  for (const char *p = entry; p < colon; p++)
    label_words += *p == ' ';
  if (label_words > 3)
    return FALSE;
  guint words = 0;
  gboolean spoken = FALSE;
  const char *p = colon + 1, *e = entry + len;
  while (p < e)
    {
      while (p < e && *p == ' ')
        p++;
      const char *w = p;
      while (p < e && *p != ' ')
        p++;
      gsize n = p - w;
      while (n > 0 && strchr (",.;!?", w[n - 1]))
        n--;
      if (n == 0)
        continue;
      words++;
      for (const char *const *s = speech; *s && !spoken; s++)
        spoken = strlen (*s) == n && g_ascii_strncasecmp (*s, w, n) == 0 && g_ascii_islower (w[0] == 'I' ? 'i' : w[0]);
    }
  return words >= 4 && spoken;
}

/* Does the nickname take letters of the name: a word's first three
 * letters (all of a shorter word: "Leo Balter (leobalter)", "Dan Minor
 * (dminor)"), or the first name's initial then the last name's ("Russ
 * Cox (rsc)", "Shu-yu Guo (syg)")? */
gboolean
np_meta_nick_of_name (const char *nick, const char *name)
{
  g_auto (GStrv) words = g_strsplit_set (name, " -", -1);
  const char *first = NULL, *last = NULL;
  for (char **w = words; *w; w++)
    {
      if (!g_ascii_isalpha (**w))
        continue;
      g_autofree char *low = g_ascii_strdown (*w, MIN (strlen (*w), 3));
      if (strstr (nick, low))
        return TRUE;
      first = first ? first : *w;
      last = *w;
    }
  const char *after = first ? strchr (nick, g_ascii_tolower (*first)) : NULL;
  return after == nick && last != first && strchr (after + 1, g_ascii_tolower (*last)) != NULL;
}

gboolean
np_meta_is_role_noun (const char *word, const char *name)
{
  static const char *const endings[] = { "er", "or", "ist", "ant", "ent", "ee", "ive", "ary", "ian", NULL };
  gsize n = strlen (word);
  gboolean agent = FALSE;
  for (const char *const *e = endings; *e && !agent; e++)
    agent = n > strlen (*e) + 2 && strcmp (word + n - strlen (*e), *e) == 0;
  for (gsize i = 0; i < n && agent; i++)
    agent = g_ascii_islower (word[i]);
  return agent && !np_meta_nick_of_name (word, name);
}

/* Does the e-mail address's local part name both the surname and the
 * given name or its initial: "jane.doe@", "jdoe@", "doe_j@"? */
gboolean
np_meta_email_names (const char *email, const char *surname, const char *given)
{
  const char *at = email ? strchr (email, '@') : NULL;
  if (at == NULL)
    return FALSE;
  g_autofree char *local = g_ascii_strdown (email, at - email);
  const char *last = strrchr (surname, ' ');
  g_autofree char *sur = g_ascii_strdown (last ? last + 1 : surname, -1);
  const char *hit = strstr (local, sur);
  if (hit == NULL || strlen (sur) < 2)
    return FALSE;
  /* the given name's first letter beside it, or the whole given name */
  char first = g_ascii_tolower (given[0]);
  gsize gn = strcspn (given, " .");
  g_autofree char *giv = g_ascii_strdown (given, gn);
  const char *after = hit + strlen (sur);
  return strstr (local, giv) != NULL || (hit > local && (hit[-1] == first || (hit - local >= 2 && hit[-2] == first)))
         || (*after == first || ((*after == '.' || *after == '_') && after[1] == first));
}

/* An entry of a list in semicolons that is a name written surname first,
 * once its e-mail address, handle and parentheses are set aside: "Doe,
 * Jane <jane.doe@example.com>" */
gboolean
np_meta_entry_surname_first (const char *entry)
{
  g_autofree char *plain = np_meta_strip_markup (entry, -1);
  GString *kept = g_string_new (NULL);
  gint depth = 0;
  for (const char *p = plain; *p; p++)
    {
      depth += (*p == '(' || *p == '<') - ((*p == ')' || *p == '>') && depth > 0);
      if (depth == 0 && *p != ')' && *p != '>')
        g_string_append_c (kept, *p);
    }
  g_autofree char *text = g_strstrip (g_string_free (kept, FALSE));
  if (strchr (text, '@'))
    return FALSE;
  return np_text_surname_first (text, strlen (text), NULL, NULL);
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

/* Does s (n bytes) open a field of a roles line: a label of letters,
 * spaces and hyphens, its colon and a space ("Scribe: @lhuber")? */
static gboolean
opens_field_label (const char *s, gsize n)
{
  const char *colon = memchr (s, ':', MIN (n, 33));
  if (colon == NULL || colon == s || (gsize) (colon + 1 - s) >= n || colon[1] != ' ')
    return FALSE;
  for (const char *p = s; p < colon; p++)
    if (!g_ascii_isalpha (*p) && *p != ' ' && *p != '-')
      return FALSE;
  return TRUE;
}

/* The length of the separator of fields at p, a middle dot, a bullet or
 * a bar between spaces, or 0 */
static gsize
field_mark (const char *p)
{
  static const char *const marks[] = { " \xc2\xb7 ", " \xe2\x80\xa2 ", " | ", NULL };
  for (const char *const *m = marks; *m; m++)
    if (strncmp (p, *m, strlen (*m)) == 0)
      return strlen (*m);
  return 0;
}

void
np_meta_fields_to_entries (char *s, char sep)
{
  gboolean everywhere = !strchr (s, ',') && !strchr (s, ';');
  guint marks = 0;
  for (const char *p = s, *piece = s; everywhere; p++)
    {
      gsize n = *p ? field_mark (p) : 0;
      if (*p && n == 0)
        continue;
      everywhere = np_meta_looks_like_person_entry (piece, p - piece) || opens_field_label (piece, p - piece);
      if (*p == '\0')
        break;
      marks++;
      piece = p + n;
      p += n - 1;
    }
  everywhere &= marks > 0;
  for (char *p = s; *p; p++)
    {
      gsize n = field_mark (p);
      /* "Moderator: Jane Doe. Panelists: ...": a sentence's end before
       * the next field's label */
      if (n == 0 && p[0] == '.' && p[1] == ' ' && p > s && g_ascii_isalpha (p[-1])
          && opens_field_label (p + 2, strlen (p + 2)))
        n = 2;
      else if (n == 0 || !(everywhere || opens_field_label (p + n, strlen (p + n))))
        continue;
      p[0] = sep;
      p[1] = ' ';
      memmove (p + 2, p + n, strlen (p + n) + 1);
    }
}

/* Capitalized words of a full name at s, a surname's particles not
 * counted: "Jane Doe" 2, "Anneke de Vries" 2, "Lincoln" 1 */
static guint
capitalized_words (const char *s)
{
  guint words = 0;
  for (const char *p = s; *p;)
    {
      gsize particle = words > 0 ? np_text_name_particle (p, strlen (p)) : 0;
      p += particle; /* "de la ": the capitalized word after them counts */
      if (!g_ascii_isupper (*p) && (guchar) *p < 0x80)
        return words;
      words++;
      while (*p && *p != ' ')
        p++;
      while (*p == ' ')
        p++;
    }
  return words;
}

/* A title opening name (in place): "Mayor Jane Doe" becomes "Jane Doe"
 * and returns "Mayor" (new); "City Manager Priyanka Nair", "Deputy Mayor
 * Jane Doe": "City Manager", "Deputy Mayor" (np_text_is_title() reads an
 * office of two words); "Dr. Ann Lee" becomes "Ann Lee" and returns NULL.
 * Only before a name of two capitalized words or more, particles at will
 * ("Councilmember Anneke de Vries"), for an office, or one for address:
 * "Chair" alone, or "President Lincoln", stays. */
char *
np_meta_take_title (char *name)
{
  char *sp = strchr (name, ' ');
  if (sp == NULL)
    return NULL;
  gboolean office = FALSE;
  /* an office of two words: "City Clerk Robert Haas"; two titles of
   * address, or one in two words ("De heer Henk Smit", its second word in
   * lower case) */
  char *sp2 = strchr (sp + 1, ' ');
  /* an office of three words: "Mayor Pro Tem Gregory Hsu", "Public Works
   * Director Tom Kessler" */
  char *sp3 = sp2 ? strchr (sp2 + 1, ' ') : NULL;
  if (sp3 && np_text_is_title (name, sp3 - name, &office) && office && capitalized_words (sp3 + 1) >= 2)
    {
      char *title = g_strndup (name, sp3 - name);
      memmove (name, sp3 + 1, strlen (sp3 + 1) + 1);
      return title;
    }
  if (sp2 && np_text_is_title (name, sp2 - name, &office) && capitalized_words (sp2 + 1) >= (office ? 2u : 1u))
    {
      /* two titles of address ("Herr Dr. Klaus Weber") are no role */
      char *title = office ? g_strndup (name, sp2 - name) : NULL;
      memmove (name, sp2 + 1, strlen (sp2 + 1) + 1);
      return title;
    }
  if (!g_ascii_isupper (sp[1]) && (guchar) sp[1] < 0x80)
    return NULL;
  /* French minutes' "M. Jean-Pierre Leroy": Monsieur, before a first name
   * and a surname ("M. Leroy" alone may be an initial) */
  if (sp == name + 2 && name[0] == 'M' && name[1] == '.' && capitalized_words (sp + 1) >= 2)
    {
      memmove (name, sp + 1, strlen (sp + 1) + 1);
      return NULL;
    }
  gboolean titled = np_text_is_title (name, sp - name, &office), address = titled && !office;
  gsize n = sp - name - (sp > name && sp[-1] == '.');
  /* "Present: Representatives Issa, Johnson, ...": an office in the
   * plural over a list of surnames is the role of the first (the others
   * have no title to take) */
  gboolean plural = !titled && sp - name > 4 && sp[-1] == 's' && np_text_is_title (name, sp - name - 1, &office)
                    && office;
  if (plural)
    n--;
  /* an office needs a full name after it: "President Lincoln" is a name */
  if (!(plural || address || (titled && office && capitalized_words (sp + 1) >= 2)))
    return NULL;
  char *title = office ? g_strndup (name, n) : NULL;
  memmove (name, sp + 1, strlen (sp + 1) + 1);
  return title;
}

/* A post-nominal after a name: a lawyer's ("Esq.", "Esquire") or a
 * degree as it is usually spelt ("PhD", "Ph.D.", "M.D."); not "MD" nor
 * "JD" in capitals, which may be someone's initials in a list of them */
gboolean
np_meta_is_post_nominal (const char *s)
{
  static const char *const any_case[] = { "esq", "esq.", "esquire", NULL };
  static const char *const as_written[] = { "PhD", "Ph.D.", "M.D.", "J.D.", "D.Phil.", "Ed.D.", NULL };
  for (const char *const *w = any_case; *w; w++)
    if (g_ascii_strcasecmp (s, *w) == 0)
      return TRUE;
  for (const char *const *w = as_written; *w; w++)
    if (strcmp (s, *w) == 0)
      return TRUE;
  return FALSE;
}

/* Does a letter of the abbreviation open a word of the name ("Chris
 * Garret (KHG)", "Shu-yu Guo (SYG)")?  "Jonas Weidmann (SAP)" names a
 * company; with no name before the parenthesis, any abbreviation fits */
gboolean
np_meta_abbreviation_fits (const char *name, const char *abbr)
{
  g_autofree char *ascii = np_text_to_ascii (name, -1);
  gboolean words = FALSE;
  for (const char *p = ascii; *p; p++)
    if ((p == ascii || p[-1] == ' ' || p[-1] == '-') && g_ascii_isalpha (*p))
      {
        words = TRUE;
        if (strchr (abbr, g_ascii_toupper (*p)))
          return TRUE;
      }
  return !words;
}

/* A company's name by its last word ("Foo Inc", "Acme GmbH", "Example
 * Labs", "Some University"), not a person's */
gboolean
np_meta_is_organization (const char *name)
{
  static const char *const words[] = { "inc",        "corp",      "corporation", "llc",     "ltd",     "gmbh",
                                       "ag",         "sa",        "plc",         "labs",    "company", "university",
                                       "foundation", "institute", "consortium",  "limited", "group",   "team",
                                       "cloud",      "systems",   "software",    "research", NULL };
  const char *last = strrchr (name, ' ');
  last = last ? last + 1 : name;
  gsize n = strlen (last);
  if (n > 0 && last[n - 1] == '.')
    n--;
  for (const char *const *w = words; *w; w++)
    if (strlen (*w) == n && g_ascii_strncasecmp (*w, last, n) == 0)
      return TRUE;
  return FALSE;
}

gboolean
np_meta_is_role_after_name (const char *word, const char *name)
{
  /* after a full name only: in "astearns, hober" the second is
   * somebody's nickname, not a role of the first */
  if (!*word || !strchr (name, ' '))
    return FALSE;
  for (const char *c = word; *c; c++)
    if (!g_ascii_islower (*c) && *c != '-')
      return FALSE;
  return np_meta_is_role_noun (word, name) || np_meta_is_role_word (word);
}

/* Does the entry name a firm: its legal form last ("Park & Lindqvist
 * LLP", "Dunn Sato Harrow PC", "Acme Inc.", "Foo GmbH")? */
static gboolean
company_name (const char *s)
{
  static const char *const forms[] = { "LLP", "LLC", "Inc", "Inc.", "PC", "P.C.", "Ltd", "Ltd.", "GmbH", "AG",
                                       "PLC", "Corp", "Corp.", "LP", "S.A.", "SA", "SAS", "B.V.", "BV", NULL };
  const char *last = strrchr (s, ' ');
  if (last == NULL)
    return FALSE;
  for (const char *const *f = forms; *f; f++)
    if (strcmp (last + 1, *f) == 0)
      return TRUE;
  return FALSE;
}

gboolean
np_meta_entry_of_name (NpDocument *doc, gint person, const char *entry)
{
  g_autofree char *plain = np_meta_strip_markup (entry, -1);
  g_strstrip (plain);
  if (np_meta_is_post_nominal (plain))
    return TRUE;
  NpPerson *p = &g_array_index (doc->attendees, NpPerson, person);
  /* "JENNIFER PARK, ESQ., Park & Lindqvist LLP": her firm */
  if (company_name (plain))
    {
      if (p->affiliation == NULL)
        p->affiliation = np_document_intern_owned (doc, plain);
      return TRUE;
    }
  if (!np_meta_is_role_after_name (plain, p->name))
    return FALSE;
  if (p->role == NULL)
    p->role = np_document_intern_owned (doc, plain);
  return TRUE;
}

/* The bytes of a handle's token at s (letters, digits, '_', '-', '.'),
 * or 0 */
static gsize
handle_token (const char *s, gsize n)
{
  gsize k = 0;
  while (k < n && (g_ascii_isalnum (s[k]) || s[k] == '_' || s[k] == '-' || s[k] == '.'))
    k++;
  return k;
}

/* A contact's detail alone: a mail address ("alice@example.com"), a
 * handle after its '@' ("@bjones"), or a nickname with the network it is
 * used on in parentheses ("carolw (IRC)").  *what: 'e' or 'h'; the
 * detail's bytes in *start, *len. */
static gboolean
contact_entry (const char *s, gsize n, char *what, gsize *start, gsize *len)
{
  static const char *const networks[] = { "irc",   "github", "gitlab", "slack", "matrix", "discord",
                                          "zulip", "libera", "oftc",   "mastodon", NULL };
  while (n > 0 && s[n - 1] == ' ')
    n--;
  if (n < 2 || n > 80)
    return FALSE;
  if (s[0] == '@')
    {
      gsize k = handle_token (s + 1, n - 1);
      *what = 'h', *start = 1, *len = k;
      return k > 0 && k == n - 1;
    }
  gsize k = handle_token (s, n);
  const char *at = memchr (s, '@', n);
  if (at && k > 0 && s + k == at)
    {
      gsize d = handle_token (at + 1, s + n - at - 1);
      *what = 'e', *start = 0, *len = n;
      return d > 2 && at + 1 + d == s + n && memchr (at + 1, '.', d) != NULL;
    }
  if (k == 0 || k + 3 >= n || s[k] != ' ' || s[k + 1] != '(' || s[n - 1] != ')')
    return FALSE;
  g_autofree char *net = g_ascii_strdown (s + k + 2, n - k - 3);
  for (const char *const *w = networks; *w; w++)
    if (strcmp (net, *w) == 0)
      {
        *what = 'h', *start = 0, *len = k;
        return TRUE;
      }
  return FALSE;
}

gboolean
np_meta_is_contact_entry (const char *s, gsize n)
{
  char what;
  gsize start, len;
  return contact_entry (s, n, &what, &start, &len);
}

gboolean
np_meta_contact_of_last (NpDocument *doc, const char *s, gsize n)
{
  char what;
  gsize start, len;
  if (doc->attendees->len == 0 || !contact_entry (s, n, &what, &start, &len))
    return FALSE;
  NpPerson *p = &g_array_index (doc->attendees, NpPerson, doc->attendees->len - 1);
  const char **field = what == 'e' ? &p->email : &p->handle;
  if (*field == NULL)
    {
      g_autofree char *detail = g_strndup (s + start, len);
      *field = np_document_intern_owned (doc, detail);
      np_people_changed (doc);
    }
  return TRUE;
}

gboolean
np_meta_member_detail (NpDocument *doc, const char *s, gsize n)
{
  return np_meta_is_role_entry (s, n) || np_meta_contact_of_last (doc, s, n);
}

/* Each three-byte separator wide in s becomes ", " (in place) */
void
np_meta_wide_to_comma (char *s, const char *wide)
{
  for (char *p = s; (p = strstr (p, wide)) != NULL; p++)
    {
      p[0] = ',';
      p[1] = ' ';
      memmove (p + 2, p + 3, strlen (p + 3) + 1);
    }
}

/* Full-width parentheses, as Japanese and Chinese lists write a role or
 * a company ("田中 健太（PM）"), read as ASCII ones: " (" and ")", in place
 * (each takes fewer bytes than the character it stands for) */
void
np_meta_ascii_parentheses (char *s)
{
  char *w = s;
  for (const char *r = s; *r;)
    {
      if ((guchar) r[0] == 0xef && (guchar) r[1] == 0xbc && ((guchar) r[2] == 0x88 || (guchar) r[2] == 0x89))
        {
          gboolean open = (guchar) r[2] == 0x88;
          if (open && w > s && w[-1] != ' ')
            *w++ = ' ';
          *w++ = open ? '(' : ')';
          r += 3;
        }
      else
        *w++ = *r++;
    }
  *w = '\0';
}

/* A document editor's person chips as Markdown links ("[Priya
 * Raman](mailto:priya@acme.io) [Tomas Ferreira](mailto:...)"): each
 * link's text, its mail address after it as "<...>", links side by side
 * set apart by commas.  A new string. */
char *
np_meta_link_chips (const char *list)
{
  if (strstr (list, "](") == NULL)
    return g_strdup (list);
  GString *out = g_string_new (NULL);
  gboolean after_link = FALSE;
  for (const char *p = list; *p;)
    {
      const char *close = *p == '[' ? strchr (p, ']') : NULL;
      const char *end = close && close[1] == '(' ? strchr (close, ')') : NULL;
      if (end == NULL)
        {
          if (*p != ' ')
            after_link = FALSE;
          g_string_append_c (out, *p++);
          continue;
        }
      if (after_link)
        {
          while (out->len && out->str[out->len - 1] == ' ')
            g_string_truncate (out, out->len - 1);
          g_string_append (out, ", ");
        }
      g_string_append_len (out, p + 1, close - p - 1);
      const char *url = close + 2;
      if (g_ascii_strncasecmp (url, "mailto:", 7) == 0 && end > url + 7)
        {
          g_string_append (out, " <");
          g_string_append_len (out, url + 7, end - url - 7);
          g_string_append_c (out, '>');
        }
      after_link = TRUE;
      p = end + 1;
    }
  return g_string_free (out, FALSE);
}
