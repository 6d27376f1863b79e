/* people.c: attendee entries (the labels over them: people-labels.c).
 *
 * Attendee lists come in many hands: "Name (@handle) email", "Name @handle
 * (role)", "Name, email", "Name - Affiliation", table rows with
 * abbreviations.  Each entry is split into the NpPerson fields; anything
 * that is not a name ("Many more...", "and others") is refused.  A list
 * is split into its entries in people-lists.c; an entry's person joins
 * the attendees in people-add.c. */
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
const char *
np_people_group_label_rest (const char *s)
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

/* Is inner one word in Title case ("Bob") after an opening of the
 * name, a word of the name in Title case right after it ("Jones")? */
static gboolean
familiar_name_inside (const char *inner, const char *after)
{
  if (!g_ascii_isupper (inner[0]) || strchr (inner, ' '))
    return FALSE;
  for (const char *c = inner + 1; *c; c++)
    if (!g_ascii_islower (*c))
      return FALSE;
  while (*after == ' ')
    after++;
  if (!g_ascii_isupper (after[0]) || !g_ascii_islower (after[1]))
    return FALSE;
  const char *c = after + 1;
  while (g_ascii_isalpha (*c) || *c == '-' || *c == '\'')
    c++;
  return *c == '\0' || *c == ' ' || *c == ',';
}

gboolean
np_people_add_entry (NpDocument *doc, const char *entry, gssize len, guint line, const char *group_role,
                     gboolean surname_list, gint *person)
{
  if (person)
    *person = -1;
  g_autofree char *plain = np_meta_strip_markup (entry, len);
  g_strstrip (plain);
  if (strstr (plain, "\xef\xbc\x88"))
    np_meta_ascii_parentheses (plain);
  const char *people = np_people_group_label_rest (plain);
  if (people)
    {
      /* a role's label gives its people that role: "Regrets: Ann Lee" */
      g_autofree char *label = g_strndup (plain, strchr (plain, ':') - plain);
      g_strchomp (label);
      g_autofree char *role = np_meta_label_role (label);
      return np_people_add_list (doc, people, -1, line, role ? role : group_role) > 0;
    }
  /* a group of the list with its people in parentheses: "postdocs (Tomás
   * Ferreira, Li Wei)", "grad students (Hannah Okoye)", "PI (Prof. Anika
   * Rao)": the people, in that role */
  g_autofree char *group = NULL;
  const char *members = role_group_members (plain, &group);
  if (members)
    return np_people_add_list (doc, members, strlen (members) - 1, line, group) > 0;
  if (is_name_chip (plain))
    memmove (plain, plain + 1, strlen (plain));
  /* Mozilla's "Olli Pettay [:smaug]", as "(:smaug)"; a sign-in's way of
   * attending after the name, "Tobias Brandt (tbrandt) [remote]", as
   * "(remote)" (not a Markdown link's text, "[Ann](mailto:...)") */
  for (char *b = strchr (plain, '['); b; b = strchr (b + 1, '['))
    {
      char *close = strchr (b, ']');
      if (close && (b[1] == ':' || (b > plain && (b[-1] == ' ' || b[-1] == '\t') && close[1] != '(' && !memchr (b + 1, '[', close - b - 1))))
        *b = '(', *close = ')';
    }
  /* ... and a company in braces, "Tim Hockin {Google}" */
  char *brace = strchr (plain, '{');
  char *brace_close = brace && brace > plain && brace[-1] == ' ' ? strchr (brace, '}') : NULL;
  if (brace_close && brace_close[1] == '\0' && !memchr (brace + 1, '{', brace_close - brace - 1))
    *brace = '(', *brace_close = ')';
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
                {
                  abbr = g_strdup (inner);
                  /* "Lizzie Prader (LPR) Moddable": what follows the
                   * name's abbreviation is the company, as after a dash */
                  const char *next = close + 1 + strspn (close + 1, " ");
                  if (*next && g_unichar_isupper (g_utf8_get_char_validated (next, -1)) && !strchr (next, '(') && s->len)
                    g_string_append (s, " | ");
                }
              else if (np_meta_is_role_word (inner) || g_str_has_prefix (inner, "TSC") || g_str_has_prefix (inner, "CTC")
                       || strcmp (inner, "TC") == 0 || strcmp (inner, "CPC") == 0) /* io.js's TC, OpenJS's CPC */
                {
                  if (!role)
                    role = g_strdup (inner);
                }
              /* "Robert (Bob) Jones": the name one goes by, inside the
               * name, is no company */
              else if (!affiliation && *inner && !(s->len && familiar_name_inside (inner, close + 1)))
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
   * Affiliation (HackMD's notes: "Jeremy Tuloup / QuantStack / @jtpio") /
   * Name @ Affiliation ("Mike McKenna @ PayPal (MMK)", an at between
   * spaces, no handle's): the first separator splits ("Alice Smith:
   * Google, Inc.") */
  char *name = s->str;
  const char *seps[] = { ", ", " - ", " -- ", " – ", " — ", " | ", ": ", " / ", " @ ", NULL };
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
  gint at = np_people_add_person (doc, name, abbr, affiliation, handle, email, line);
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
  return np_people_add_entry (doc, entry, len, line, NULL, FALSE, NULL);
}

gboolean
np_meta_add_person_as (NpDocument *doc, const char *entry, gssize len, guint line, const char *role)
{
  return np_people_add_entry (doc, entry, len, line, role, FALSE, NULL);
}
