/* people-lists.c: lists of attendees on one line or in one paragraph
 * ("Present: Ann Lee, Bo Chen; Cara Diaz (chair)", "Ann Lee and Bo
 * Chen", person chips pasted without their '@'): split into entries,
 * each read by people.c; semicolons between lists of commas, pairs
 * joined by "and", a titled opening ("Dr. ...") kept whole. */
#include "config.h"

#include <string.h>

#include "meta.h"
#include "notepipe/np-text.h"

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

guint
np_people_add_list (NpDocument *doc, const char *list, gssize len, guint line, const char *group_role)
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
                                && np_people_is_lower_nickname (entry) && np_people_attendee_by_first_name (doc, entry) < 0;
          gsize join = 0, second = *entry && !alias_only ? people_pair (entry, &join) : 0;
          if (second)
            entry[join] = '\0'; /* two people, in their order */
          /* "Daniel Calloway, Esq.", "Viktor Lindahl, videographer": what
           * the entry says of the name before it names nobody */
          if (person >= 0 && !second && np_meta_entry_of_name (doc, person, entry))
            *entry = '\0'; /* the person stays: "Jennifer Park, Esq., Park & Lindqvist LLP" */
          else
            person = -1;
          const char *field = *entry ? np_people_group_label_rest (entry) : NULL;
          if (field)
            {
              g_autofree char *label = g_strndup (entry, strchr (entry, ':') - entry);
              g_strchomp (label);
              g_free (field_role);
              field_role = np_meta_label_role (label);
            }
          const char *role = field_role ? field_role : group_role;
          if (*entry && !alias_only && np_people_add_entry (doc, entry, -1, line, role, surname_list, &person))
            n++;
          if (second && np_people_add_entry (doc, entry + second, -1, line, role, surname_list, &person))
            n++;
          if (save == '\0')
            break;
          start = p + 1;
        }
    }
  return n;
}

guint
np_meta_add_people_list (NpDocument *doc, const char *list, gssize len, guint line)
{
  return np_people_add_list (doc, list, len, line, NULL);
}

guint
np_meta_add_people_list_as (NpDocument *doc, const char *list, gssize len, guint line, const char *role)
{
  return np_people_add_list (doc, list, len, line, role);
}
