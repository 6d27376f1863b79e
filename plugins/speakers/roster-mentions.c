/* roster-mentions.c: people a document names in its running text.
 *
 * "Full Name (ABC)", "Full Name (@handle)" and "Full Name (guest)" in a
 * sentence; a talk's presenters on a line of their own ("Presenter: Ann
 * Lee"), in a session's title ("Cookies (Steven Bingler, Mike West)") or
 * alone in parentheses under it; a hearing's witness as the record heads
 * the statement.  roster-doc.c asks each item and title of them while it
 * fills the document's roster. */
#include <string.h>

#include "speakers.h"

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

/* Words of the names of teams and bodies, never of a person's name:
 * "Status (Platform Team)" names no presenter (sp_key forms). */
static const char *const group_words[] = {
  "team", "group", "committee", "council", "board", "project", "program", "programme", "working", "taskforce",
  "force", "office", "department", "squad", "club", "lab", "labs", "foundation", "consortium", "community",
  "update", "updates", "session", "review", "discussion", "meeting", "sync", "demo", "notes", "plan", "report",
  "status", "inc", "ltd", "llc", "corp", "company", "university", NULL,
};

/* Does the name end in a group's word, "Technical Advisory Council
 * (TAC)", a body and its abbreviation, no person? */
static gboolean
names_a_body (const char *name, gsize n)
{
  const char *last = name + n;
  while (last > name && last[-1] != ' ')
    last--;
  /* the words are ASCII and short: the last word in lower case, in a
   * small buffer, against them */
  gsize len = name + n - last;
  char key[16];
  if (len < 3 || len >= sizeof key)
    return FALSE;
  for (gsize k = 0; k < len; k++)
    key[k] = last[k] >= 'A' && last[k] <= 'Z' ? last[k] + ('a' - 'A') : last[k];
  key[len] = '\0';
  /* the first letter compared inline: most words end there */
  for (const char *const *w = group_words; *w; w++)
    if ((*w)[0] == key[0] && strcmp (*w + 1, key + 1) == 0)
      return TRUE;
  return FALSE;
}

/* "Full Name (ABC)", "Full Name (@handle)" and "Full Name (guest)" in
 * running text, and a member with a place or party after a title of
 * address, "Mr. Chinedu Okonkwo (Lagos East)".  The name is read backwards from the parenthesis: two
 * full words with initials, particles and a suffix on the way ("James M
 * Snell", "Chris de Almeida", "Tab Atkins Jr."), or initials and one full
 * word ("J. S. Choi"). */
void
sp_roster_add_mentions (SpRoster *r, const char *text, gsize len, const char *first)
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
      else if (!is_role_abbreviation (value) && sp_abbreviation_fits (name, value) && !names_a_body (name, strlen (name)))
        sp_roster_add (r, name, value, NULL, NULL, NULL, SP_SOURCE_TEXT);
    }
}


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
          gboolean word = np_text_is_stopword (key) || sp_is_label (key) || sp_key_in (key, group_words);
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
void
sp_roster_add_statement_witness (SpRoster *r, const char *text, gsize len)
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

/* "Deprecation Header - Erik Wilde", an agenda's draft or talk and who
 * presents it: after the title's last dash (a hyphen, an en or em dash
 * between spaces), a full name of two or three plain words in Title case,
 * opening with a common given name ("Release 2.0 - Planning Review" is a
 * title) */
static void
dash_presenter (SpRoster *r, const char *title, gsize n)
{
  /* most titles hold no dash: asked at libc's speed first */
  if (!strstr (title, " - ") && !strstr (title, " \xe2\x80"))
    return;
  const char *s = NULL;
  for (const char *p = title; p + 2 < title + n; p++)
    if (p[0] == ' ' && p[1] == '-' && p[2] == ' ')
      s = p + 3;
    else if (p + 4 < title + n && p[0] == ' ' && p[1] == '\xe2' && p[2] == '\x80' && (p[3] == '\x93' || p[3] == '\x94')
             && p[4] == ' ')
      s = p + 5;
  if (s == NULL || title + n - s > 48)
    return;
  g_autofree char *name = g_strndup (s, title + n - s);
  guint words;
  if (sp_name_case (name, strlen (name), &words) == SP_CASE_TITLE && words >= 2 && words <= 3
      && sp_opens_with_given_name (name) && sp_plain_words (name))
    sp_roster_add (r, name, NULL, NULL, NULL, NULL, SP_SOURCE_TEXT);
}

/* Sessions titled with their presenters: "Resumable uploads (Marius
 * Kleidl)", "Cookies (Steven Bingler, Mike West)", "Linkset - Erik Wilde".
 * Their names go into the roster, so that "Steven: ..." in the session is
 * Steven Bingler. */
void
sp_roster_add_title_presenters (SpRoster *r, const char *title)
{
  gsize n = strlen (title);
  while (n > 0 && title[n - 1] == ' ')
    n--;
  if (n >= 8 && title[n - 1] != ')')
    dash_presenter (r, title, n);
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
 * (sp_roster_add_mentions()). */
void
sp_roster_add_label_presenters (SpRoster *r, const char *text, gsize len, GPtrArray *external)
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
