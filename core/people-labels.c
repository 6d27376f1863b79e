/* people-labels.c: the labels notes put over people: "Attendees:",
 * "Present:" (and their words in other languages), a group's title
 * ("Regrets", "Team members", "Minutes, driver"), a minutes header's role
 * line ("Chair: Ann Lee"), and the words of roles and ways of attending
 * ("(TSC)", "(virtual)").  people.c reads the entries under them. */
#include "config.h"

#include <string.h>

#include "meta.h"

static const char *const attendee_labels[] = {
  "attendees", "attendance", "attending", "participants", "present", "people present", "members present",
  /* a calendar's or Google Meet's notes: "Invited: ..." */
  "team members", "in attendance", "invitees", "invited", "people", "who", "delegates", "guests", "observers",
  /* an unconference pad's heading: "## Who's here" */
  "who's here", "who\xe2\x80\x99s here", "who is here",
  /* a board's minutes over the list of its directors, alone on the line;
   * a team's standup notes over its members */
  "directors", "team", "members",
  /* PostgreSQL's developer meetings list who said they would come */
  "rsvps",
  /* a team meeting's sign-in, a board's or a council's roll ("Roll
   * call:", "## Roll Call") */
  "roll call", "rollcall",
  /* WebAssembly CG's notes: "#### Introduction of attendees" over a list */
  "introduction of attendees",
  /* a deposition's or a hearing's counsel and others present, as court
   * reporters head them */
  "appearances",
  /* minutes in other languages: German, French, Spanish and Portuguese,
   * Italian, Dutch */
  "teilnehmer", "teilnehmende", "anwesend", "anwesende", "présents", "présentes", "présent·e·s",
  "asistentes", "participantes", "presentes", "partecipanti", "presenti", "deelnemers", "aanwezig", "aanwezigen",
  /* Polish; German guests ("Gäste:" under "Anwesend:", no person
   * "Gäste") */
  "obecni", "g\xc3\xa4ste",
  /* who speaks at a town hall or a conference session: with the names on
   * the label's line only ("### Panel" over notes is a topic); not
   * "Presenters:", which TC39 minutes write over each topic */
  "panel", "panelists", "panellists", "speakers",
  /* a class's or a seminar's */
  "students",
  /* a hearing's witnesses ("Witnesses: Dr Miriam Austin; Mr Patrick
   * Osei") */
  "witnesses",
  NULL,
};

/* The labels above that list people only on their own line */
static gboolean
inline_only_label (const char *label)
{
  return strcmp (label, "panel") == 0 || strcmp (label, "panelists") == 0 || strcmp (label, "panellists") == 0
         || strcmp (label, "speakers") == 0;
}

/* The labels above that head a list only alone on their line: a board's
 * "Directors:" ("Directors: please review ..." names nobody), a team's
 * "Team:" ("Team: Platform" is its name) */
static gboolean
alone_only_label (const char *label)
{
  return strcmp (label, "directors") == 0 || strcmp (label, "team") == 0 || strcmp (label, "members") == 0;
}

static const char *const roles[] = {
  "tsc", "ctc", "chair", "co-chair", "facilitator", "scribe", "notes", "note taker", "notetaker", "note-taker",
  "minutes", "minute taker", "minute-taker", "guest",
  "observer", "host", "moderator", "panelist", "panellist", "presenter", "speaker", "secretary", "lead", "member", "invited expert",
  "treasurer", "president", "vice president", "vice-president", "vice chair", "vice-chair", "clerk", "timekeeper",
  "remote", "in person", "in-person", "absent", "regrets", "emeritus", "staff",
  /* how or how long someone attends: "Ann Lee (virtual)" */
  "virtual", "online", "onsite", "on-site", "offsite", "video", "phone", "dial-in", "late", "tentative", "partial",
  "optional", "organizer", "organiser", "intern", "driver",
  /* a design review's and an interview's parties */
  "author", "reviewer", "interviewer", "interviewee", "referee", "instructor", "teacher", "lecturer", "tutor",
  "mentor", "mentee", "student",
  /* the labels of other languages' minutes header_roles knows, so that a
   * list's "Entschuldigt: Monika Wagner" gives her that role */
  "protokoll", "protokollant", "protokolant", "entschuldigt", "abwesend", "excus\xc3\xa9", "excus\xc3\xa9" "e",
  "ausente", "assenti", "assenti giustificati", "afwezig", "afwezig met kennisgeving", "nieobecni",
  /* the offices of a board in other languages, in parentheses after a
   * name ("Jean-Pierre Dupont (président)", "Piotr Nowak (skarbnik)"): a
   * role, not a nickname nor an affiliation */
  "pr\xc3\xa9sident", "pr\xc3\xa9sidente", "tr\xc3\xa9sorier", "tr\xc3\xa9sori\xc3\xa8re",
  "secr\xc3\xa9taire", "presidente", "secretario", "tesorero", "tesorera", "segretario", "segretaria",
  "tesoriere", "voorzitter", "secretaris", "penningmeester", "prezes", "skarbnik", "sekretarz", "vorsitzende",
  "vorsitzender", "vorsitz", "kassenwart", "schriftf\xc3\xbchrer", "schriftf\xc3\xbchrerin", "tesoureiro", "tesoureira", NULL,
};

/* Is key one of words (a NULL-ended list), asked of a set made once a
 * process (*set)?  Labels are asked of every line that could be one. */
static gboolean
word_in (GHashTable **set, const char *const *words, const char *key)
{
  if (g_once_init_enter (set))
    {
      GHashTable *made = g_hash_table_new (g_str_hash, g_str_equal);
      for (const char *const *w = words; *w; w++)
        g_hash_table_add (made, (gpointer) *w);
      g_once_init_leave (set, made);
    }
  return g_hash_table_contains (*set, key);
}

gboolean
np_meta_is_role_word (const char *s)
{
  static GHashTable *set;
  g_autofree char *low = g_ascii_strdown (s, -1);
  g_strstrip (low);
  return word_in (&set, roles, low);
}

gboolean
np_meta_is_role_entry (const char *s, gsize n)
{
  if (n >= 40) /* longer than any role */
    return FALSE;
  g_autofree char *entry = g_strndup (s, n);
  return np_meta_is_role_word (entry);
}

/* Words that name a group of people at a meeting, singular ("others",
 * "team members", "directors present" and the roles above end with one). */
static const char *const group_words[] = {
  "people", "other", "team", "member", "guest", "observer", "visitor", "director", "officer", "attendee",
  "participant", "present", "apologies", "regret", "board", "delegate", "contributor", "maintainer",
  /* a city's or county's bodies: "COUNCIL PRESENT:", "COMMISSIONERS PRESENT:" */
  "council", "councilmember", "commission", "commissioner", "committee", "trustee", NULL,
};

/* Is the word (n bytes) a group word or a role, plural or not? */
gboolean
np_meta_is_group_word (const char *w, gsize n)
{
  if (n == 0 || n > 24)
    return FALSE;
  g_autofree char *word = g_ascii_strdown (w, n);
  if (np_meta_is_role_word (word)) /* "notes", "minutes" as written */
    return TRUE;
  gboolean plural = n > 3 && word[n - 1] == 's' && strcmp (word, "apologies") != 0;
  if (plural)
    word[n - 1] = '\0'; /* "members", "directors" */
  for (const char *const *g = group_words; *g; g++)
    if (strcmp (word, *g) == 0)
      return TRUE;
  return plural && np_meta_is_role_word (word);
}

/* The role a group label gives its people, singular, as written ("Chair"
 * of "Chairs", "Minute taker" of "Minute takers"), or NULL for a label that
 * names no role ("Attendees", "Team members"). */
char *
np_meta_label_role (const char *label)
{
  if (np_meta_is_role_word (label))
    return g_strdup (label);
  /* "Minutes, driver": roles listed together, as written */
  if (strchr (label, ',') || strchr (label, '/'))
    return np_meta_is_group_phrase (label, strlen (label)) ? g_strdup (label) : NULL;
  gsize n = strlen (label);
  if (n <= 3 || label[n - 1] != 's')
    return NULL;
  char *singular = g_strndup (label, n - 1);
  if (np_meta_is_role_word (singular))
    return singular;
  g_free (singular);
  return NULL;
}

/* One to three words of letters and hyphens (n bytes), the last a group
 * word or a role: "Team members", "Others", "TSC Members" */
gboolean
np_meta_is_group_phrase (const char *s, gsize n)
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
      return sep > s && next < s + n && np_meta_is_group_phrase (s, sep - s) && np_meta_is_group_phrase (next, s + n - next);
    }
  guint words = 1;
  const char *last = s;
  for (gsize i = 0; i < n; i++)
    if (s[i] == ' ')
      words++, last = s + i + 1;
    else if (!g_ascii_isalpha (s[i]) && s[i] != '-' && (guchar) s[i] < 0x80) /* "Excusés" */
      return FALSE;
  if (words > 3)
    return FALSE;
  if (np_meta_is_group_word (last, s + n - last))
    return TRUE;
  /* a role of two words, plural or not: "Minute takers", "Note taker" */
  g_autofree char *phrase = g_strndup (s, n);
  g_autofree char *role = words > 1 ? np_meta_label_role (phrase) : NULL;
  return role != NULL;
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
  return np_meta_is_role_word (plain) || np_meta_is_group_phrase (plain, n);
}

/* "Directors Present:", "Also present:", "Trustees Present:",
 * "In-person attendees:", "Remote participants:": one to three words
 * before "present" (a group: "Not everyone present:" is no label),
 * "attendees", "participants" or "attendance", then the colon; *rest
 * after it */
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
  gboolean titled = g_ascii_isupper (*s);
  for (const char *p = s; p < w - 1; p++)
    if (*p == ' ')
      words++, last = p + 1, titled &= g_ascii_isupper (p[1]);
    else if (!g_ascii_isalpha (*p) && *p != '-')
      return FALSE;
  gsize last_len = w - 1 - last;
  if (words > 3 || last_len == 0)
    return FALSE;
  /* the people of any group in Title case and the plural ("Councillors
   * Present:", "Board Members Present:"), or of a group word or role in
   * any case; not "Members Not Present:" */
  gboolean group = np_meta_is_group_word (last, last_len)
                   || (titled && last_len > 3 && g_ascii_tolower (last[last_len - 1]) == 's');
  if (h == heads && !((last_len == 4 && g_ascii_strncasecmp (last, "also", 4) == 0) || group))
    return FALSE;
  const char *r = colon + 1;
  while (r < s + len && (*r == '*' || *r == '_' || *r == ' ' || *r == '\t'))
    r++;
  if (rest)
    *rest = r;
  return TRUE;
}

gsize
np_meta_list_label (const char *s, gsize len, gsize *label_len, gboolean *worded)
{
  const char *colon = memchr (s, ':', MIN (len, 40));
  if (colon == NULL || colon == s)
    return 0;
  gboolean lower = FALSE, letters = FALSE;
  for (const char *p = s; p < colon; p++)
    {
      if (g_ascii_isalpha (*p))
        letters = TRUE;
      else if (*p != ' ' && *p != '\'' && *p != '-' && *p != '*' && *p != '_' && (guchar) *p < 0x80)
        return 0; /* "10:30", "Re: [list]", "Ann Lee (AL): ..." */
      lower |= g_ascii_islower (*p) && (p == s || p[-1] == ' ' || p[-1] == '*' || p[-1] == '_');
    }
  const char *rest = colon + 1;
  while (rest < s + len && (*rest == '*' || *rest == '_'))
    rest++;
  if (!letters || rest >= s + len || *rest != ' ' || np_meta_looks_like_person_entry (s, colon - s))
    return 0;
  while (rest < s + len && *rest == ' ')
    rest++;
  if (rest >= s + len)
    return 0;
  if (label_len)
    *label_len = colon - s;
  if (worded)
    *worded = lower;
  return rest - s;
}

/* Attendee labels of Chinese, Japanese and Korean minutes, before a colon
 * (':' or the full-width '：') */
static const char *const cjk_attendee_labels[] = {
  "与会者", "與會者", "与会人员", "参会者", "参会人员", "參會人員", "出席者", "出席人员", "参加者", "출석자", "참석자",
  /* the shorter labels, "出席：王明、李华" (present), "列席：" (in
   * attendance without a vote), Japanese "参加：" */
  "出席", "列席", "参会", "参加", NULL,
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

/* The label in the singular ("Guest" of "guests", "Attendee", "Observer")
 * at s, then its colon and one person at least: the entry before the
 * first comma looks like a person.  Not of the labels inline only
 * ("Speaker:" is one talk's, as TC39's "Presenters:" are) */
static gboolean
singular_label (const char *s, gsize len, const char *label, const char **rest)
{
  gsize n = strlen (label) - 1;
  if (n < 4 || label[n] != 's' || inline_only_label (label) || len <= n + 1 || g_ascii_strncasecmp (s, label, n) != 0)
    return FALSE;
  gsize j = n;
  while (j < len && (s[j] == '*' || s[j] == '_'))
    j++;
  if (j >= len || s[j] != ':')
    return FALSE;
  for (j++; j < len && (s[j] == '*' || s[j] == '_' || s[j] == ' ' || s[j] == '\t'); j++)
    ;
  const char *comma = memchr (s + j, ',', len - j);
  gsize first = comma ? (gsize) (comma - s) - j : len - j;
  if (first == 0 || !np_meta_looks_like_person_entry (s + j, first))
    return FALSE;
  if (rest)
    *rest = s + j;
  return TRUE;
}

/* Is s (n bytes) a comma list of two people or more, each entry a
 * person's ("Josh Triplett") or initials ("TC"), or one of them such and
 * the others a first name or a nickname ("People: TJ, Naomi Marchetti,
 * Josh, pfelder")? */
static gboolean
names_people (const char *s, gsize n)
{
  guint entries = 0, people = 0;
  for (const char *p = s, *e = s + n; p < e;)
    {
      const char *c = memchr (p, ',', e - p);
      const char *q = c ? c : e;
      while (p < q && *p == ' ')
        p++;
      gsize k = q - p;
      while (k > 0 && p[k - 1] == ' ')
        k--;
      gboolean initials = k >= 2 && k <= 4;
      for (gsize i = 0; i < k && initials; i++)
        initials = g_ascii_isupper (p[i]);
      if (k == 0)
        return FALSE;
      if (initials || np_meta_looks_like_person_entry (p, k))
        people++;
      else if (!np_meta_is_nickname (p, k) || !g_ascii_isalpha (p[0]))
        return FALSE;
      entries++;
      p = c ? c + 1 : e;
    }
  return entries >= 2 && people >= 1;
}

/* An etherpad's invitation to sign in, alone on its line: "Please add
 * your IRC nick and name:", "Add your name below:" */
static gboolean
sign_in_label (const char *s, gsize n, const char **rest)
{
  if (n < 14 || n > 64 || s[n - 1] != ':' || !strchr ("pPaA", s[0]))
    return FALSE;
  const char *add = g_strstr_len (s, MIN (n, (gsize) 24), "dd your ");
  if (add == NULL || (add[-1] != 'a' && add[-1] != 'A'))
    return FALSE;
  if (!g_strstr_len (add, s + n - add, "name") && !g_strstr_len (add, s + n - add, "nick"))
    return FALSE;
  if (rest)
    *rest = s + n;
  return TRUE;
}

static gboolean label_at (const char *line, gssize len, const char **rest);

/* Is there a digit among the n bytes at s? */
static gboolean
digit_within (const char *s, gsize n)
{
  for (gsize k = 0; k < n; k++)
    if (g_ascii_isdigit (s[k]))
      return TRUE;
  return FALSE;
}

/* The bytes of a day's date and the space after it, before a word, at s:
 * "November 25 ", "Nov. 25, 2019 ", "25 November ", "2019-11-25 ",
 * "11/25 "; or 0.  A heading gives the meeting's day before its label
 * ("##### November 25 Attendees:"). */
static gsize
date_before_word (const char *s, gsize n)
{
  gsize i = 0;
  gboolean day = FALSE, month = FALSE;
  for (guint words = 0; words < 4 && i < n; words++)
    {
      gsize w = i;
      while (w < n && s[w] != ' ')
        w++;
      gsize e = w;
      while (e > i && (s[e - 1] == ',' || s[e - 1] == '.'))
        e--;
      gsize digits = 0;
      while (i + digits < e && (g_ascii_isdigit (s[i + digits]) || s[i + digits] == '-' || s[i + digits] == '/'))
        digits++;
      if (digits && (digits == e - i || (e - i - digits == 2 && g_ascii_isalpha (s[i + digits]))))
        day = TRUE; /* "25", "25th", "2019-11-25", "11/25" */
      else if (!month && np_meta_month_word (s + i, e - i))
        month = TRUE;
      else
        return words >= 2 && day && (month || words == 1) ? i : 0;
      if (w >= n)
        return 0;
      i = w + 1;
      /* an ISO or numbered date alone is a day of its own */
      if (words == 0 && day && digits >= 5 && (memchr (s, '-', digits) || memchr (s, '/', digits)))
        return g_ascii_isalpha (s[i]) ? i : 0;
    }
  return 0;
}

/* A pad's invitation that ends on the label, over the list: "If you are
 * joining, sign in below so we know who was here. Roll call:".  The last
 * sentence is asked, when the line ends with a colon. */
static gboolean
label_ends_line (const char *line, gssize len, const char **rest)
{
  if (len < 16 || line[len - 1] != ':')
    return FALSE;
  for (gssize i = len - 2; i > 0 && len - i <= 40; i--)
    if (line[i] == ' ' && line[i - 1] == '.')
      return label_at (line + i + 1, len - i - 1, rest);
  return FALSE;
}

gboolean
np_meta_is_attendee_label (const char *line, gssize len, const char **rest)
{
  if (len < 0)
    len = strlen (line);
  return label_at (line, len, rest) || label_ends_line (line, len, rest);
}

static gboolean
label_at (const char *line, gssize len, const char **rest)
{
  /* skip heading marks, bullets, emphasis, and the colon that opens a
   * reStructuredText field (":Attendees: ...") */
  gssize i = 0;
  while (i < len && (line[i] == '#' || line[i] == '*' || line[i] == '_' || line[i] == ' ' || line[i] == '\t'))
    i++;
  if (i < len && line[i] == ':' && i + 1 < len && g_ascii_isalpha (line[i + 1]))
    i++;
  if (i >= len)
    return FALSE;
  /* "November 25 Attendees:": the day first (a digit among the first
   * bytes, asked before any month's name) */
  if (line[i] < 0x7f && (g_ascii_isdigit (line[i]) || strchr ("JFMASOND", line[i]))
      && digit_within (line + i, MIN ((gsize) (len - i), 16)))
    {
      gsize d = date_before_word (line + i, len - i);
      if (d)
        return label_at (line + i + d, len - i - d, rest);
    }
  if (present_label (line + i, len - i, rest) || cjk_attendee_label (line + i, len - i, rest)
      || sign_in_label (line + i, len - i, rest))
    return TRUE;
  /* every other label starts with one of these letters: reject the rest cheaply */
  if (!strchr ("aAdDiIpPtTwWmMgGoOsSrR", line[i]))
    return FALSE;
  char first = g_ascii_tolower (line[i]);
  for (const char *const *l = attendee_labels; *l; l++)
    {
      /* every label, and its singular, opens with its first letter */
      if ((*l)[0] != first)
        continue;
      gsize n = strlen (*l);
      if ((gsize) (len - i) < n || g_ascii_strncasecmp (line + i, *l, n) != 0)
        {
          /* "Guest: Lucía Ferrer (LF)": a plural label in the singular,
           * with its person on the line ("Guest: Thanks for having me" of
           * a transcript names nobody) */
          if (singular_label (line + i, len - i, *l, rest))
            return TRUE;
          continue;
        }
      gssize j = i + n;
      /* "Attendees (remote)", "**Attendees** (add yourself!):" */
      while (j < len && (line[j] == '*' || line[j] == '_'))
        j++;
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
      /* a question's mark after a pad's "Who's here?" */
      if (j < len && (line[j] == ':' || line[j] == '-' || line[j] == 0 || (line[j] == '?' && (*l)[0] == 'w')))
        colon = TRUE, j++;
      /* a dash between spaces: "Attendees — Jane Doerr, ...", "Present - ..." */
      else if (j + 2 < len && line[j] == ' ' && line[j + 1] == '-' && line[j + 2] == ' ')
        colon = TRUE, j += 2;
      else if (j + 4 < len && line[j] == ' ' && line[j + 4] == ' '
               && (memcmp (line + j + 1, "\xe2\x80\x94", 3) == 0 || memcmp (line + j + 1, "\xe2\x80\x93", 3) == 0))
        colon = TRUE, j += 4;
      /* Obsidian's Dataview field: "Attendees:: [[Ann Lee]], ..." */
      if (colon && j < len && line[j] == ':' && line[j - 1] == ':')
        j++;
      while (j < len && (line[j] == '*' || line[j] == '_' || line[j] == ' ' || line[j] == '\t'))
        j++;
      /* a bare word needs a colon unless it is the whole line; Google
       * Meet's notes write "Invited" before the people's links, no colon
       * ("Invited [Ann Lee](mailto:ann@example.org) [Bo Chen](...)") */
      if (!colon && j < len
          && !(strcmp (*l, "invited") == 0 && line[j] == '[' && g_strstr_len (line + j, len - j, "](mailto:")))
        continue;
      /* "who" and "people" as a whole label line, or over a list of
       * people on it ("People: TC, Josh Triplett, Tyler Mandry"), not
       * "People: we need to hire" */
      if ((strcmp (*l, "who") == 0 || strcmp (*l, "people") == 0) && j < len && !names_people (line + j, len - j))
        continue;
      /* "Panel: Jane Doe, Raj Patel", not a panel's title, "Panel: The
       * future of the web" */
      if (strcmp (*l, "panel") == 0 && j < len)
        {
          const char *comma = memchr (line + j, ',', len - j);
          if (!np_meta_looks_like_person_entry (line + j, (comma ? comma - line : len) - j))
            continue;
        }
      /* "PANELISTS:" alone over its people, as a transcript heads them,
       * is a label; "### Panel" over notes a topic */
      if (j >= len && inline_only_label (*l)
          && !(colon && line[0] != '#' && (strcmp (*l, "panelists") == 0 || strcmp (*l, "panellists") == 0)))
        continue;
      if (j < len && alone_only_label (*l))
        continue;
      if (rest)
        *rest = line + j;
      return TRUE;
    }
  return FALSE;
}

/* The labels of np_meta_is_role_line(): roles a minutes header lists
 * people under, singular or plural */
static const char *const header_roles[] = {
  "chair", "co-chair", "scribe", "facilitator", "note taker", "notetaker", "note-taker", "minute taker",
  "minute-taker", "host", "moderator", "panelist", "panellist", "secretary", "regrets", "absent", "apologies",
  /* who keeps the time ("Timekeeper: Carol Diaz") */
  "timekeeper", "time keeper", "time-keeper",
  /* a design review's or an interview's parties ("Author: Farhan
   * Siddiqui", "Reviewers: ...", "Interviewer: Dmitri Sokolov") */
  "author", "authors", "reviewer", "reviewers", "interviewer", "interviewee", "referee",
  /* a user study's session ("Participant: P7 (Graham Whitley)") */
  "participant",
  /* a summit's or a working group's session ("Leads: Ann Lee, Bo
   * Chen", "Organizers: ...", "Convener: ...") */
  "lead", "session lead", "co-lead", "organizer", "organiser", "co-organizer", "convener", "convenor",
  /* a class's or a seminar's and a mentoring session's ("Instructor:
   * Prof. Helena Wójcik", "Mentor: ...") */
  "instructor", "instructors", "teacher", "lecturer", "tutor", "professor", "mentor", "mentee",
  /* other languages' minutes: who takes the minutes (German, Polish) and
   * who is away (German, French, Spanish and Portuguese, Italian, Dutch,
   * Polish), each a label of its own under the list of those present,
   * never a person "Entschuldigt" or "Protokoll" */
  "protokoll", "protokollant", "protokolant", "entschuldigt", "abwesend", "excus\xc3\xa9", "excus\xc3\xa9" "e",
  "ausente", "assenti", "assenti giustificati", "afwezig", "afwezig met kennisgeving", "nieobecni", NULL,
};

/* One nickname or handle: letters, digits, '_', '-', '.', no space; no
 * dot last, which ends a word of a sentence ("Moderator: Thanks.") */
gboolean
np_meta_is_nickname (const char *s, gsize n)
{
  if (n == 0 || n > 32 || s[n - 1] == '.')
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isalnum (s[i]) && s[i] != '_' && s[i] != '-' && s[i] != '.' && s[i] != '@')
      return FALSE;
  return g_ascii_isalpha (s[0]) || s[0] == '@';
}

/* Is role one of header_roles (as written, singular)? */
gboolean
np_meta_is_officer_role (const char *role)
{
  for (const char *const *r = header_roles; *r; r++)
    if (g_ascii_strcasecmp (role, *r) == 0)
      return TRUE;
  return FALSE;
}

gboolean
np_meta_role_is_absence (const char *role)
{
  /* prefixes: "absents", "excusés", "ausentes", "assenti giustificati",
   * "afwezig met kennisgeving" */
  static const char *const words[] = {
    "regrets", "absent",   "apologies", "excused", "entschuldigt", "abwesend", "excus\xc3\xa9",
    "ausente", "assent", "afwezig",   "nieobecn", NULL,
  };
  for (const char *const *w = words; *w; w++)
    if (g_ascii_strncasecmp (role, *w, strlen (*w)) == 0)
      return TRUE;
  return FALSE;
}

gboolean
np_meta_is_nobody (const char *s, gssize len)
{
  static const char *const nobody[] = { "-", "--", "\u2013", "\u2014", "none", "n/a", "na", "nobody", "no one", NULL };
  if (len < 0)
    len = strlen (s);
  while (len > 0 && (*s == ' ' || *s == '*' || *s == '_'))
    s++, len--;
  while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '.' || s[len - 1] == '*' || s[len - 1] == '_'))
    len--;
  for (const char *const *x = nobody; *x; x++)
    if (strlen (*x) == (gsize) len && g_ascii_strncasecmp (s, *x, len) == 0)
      return TRUE;
  return FALSE;
}

/* Is label (in lower case, changed in place) one of header_roles,
 * singular or plural ("chairs", "scribes")? */
static gboolean
header_role (char *label)
{
  g_strstrip (label);
  gsize n = strlen (label);
  if (n > 3 && label[n - 1] == 's' && strcmp (label, "regrets") != 0 && strcmp (label, "apologies") != 0)
    label[n - 1] = '\0';
  static GHashTable *set;
  return word_in (&set, header_roles, label);
}

/* A nickname with the person's full name after it in parentheses, as a
 * pad's roles give them ("Chair: hkoivisto (Helmi Koivisto)") */
static gboolean
nickname_over_name (const char *e, gsize n)
{
  const char *open = memchr (e, '(', n);
  if (open == NULL || open == e || open[-1] != ' ' || e[n - 1] != ')')
    return FALSE;
  gsize nick = open - 1 - e;
  return np_meta_is_nickname (e, nick) && np_meta_looks_like_person_entry (open + 1, e + n - 1 - (open + 1));
}

gboolean
np_meta_is_role_line (const char *line, gssize len, gboolean *absence)
{
  if (len < 0)
    len = strlen (line);
  const char *first_colon = len < 6 || len > 400 ? NULL : memchr (line, ':', MIN (len, (gssize) 32));
  if (first_colon == NULL)
    return FALSE;
  /* before any copy: the label's first letter opens a role ("DE: ..." of
   * a transcript does not), and the label is letters, spaces, hyphens and
   * emphasis only */
  const char *q = line;
  while (q < first_colon && (*q == '*' || *q == '_' || *q == ' '))
    q++;
  if (q == first_colon || strchr ("csfnmhraepilot", g_ascii_tolower (*q)) == NULL)
    return FALSE;
  /* letters of other scripts too: "Excusés" */
  for (const char *k = q; k < first_colon; k++)
    if (!g_ascii_isalpha (*k) && *k != ' ' && *k != '-' && *k != '*' && *k != '_' && (guchar) *k < 0x80)
      return FALSE;
  g_autofree char *plain = np_meta_strip_markup (line, len);
  g_strstrip (plain);
  const char *colon = strchr (plain, ':');
  if (colon == NULL || colon[1] != ' ')
    return FALSE;
  g_autofree char *label = g_ascii_strdown (plain, colon - plain);
  if (!header_role (label))
    return FALSE;
  *absence = np_meta_role_is_absence (label);
  /* "Regrets: -", "Absent: none": nobody is away */
  if (*absence && np_meta_is_nobody (colon + 1, -1))
    return TRUE;
  /* "Facilitator: @amara-okafor · Scribe: @lhuber": fields as entries,
   * each further role's people after its label */
  g_autofree char *value = g_strdup (colon + 1);
  np_meta_fields_to_entries (value, ',');
  /* "Dana Whitcombe (The Ledger, London)": a comma in parentheses
   * separates no people (for this check only; the people are read from
   * the line as written) */
  gint depth = 0;
  for (char *v = value; *v; v++)
    {
      depth += *v == '(' ? 1 : *v == ')' && depth > 0 ? -1 : 0;
      if (depth > 0 && (*v == ',' || *v == ';'))
        *v = ' ';
    }
  g_auto (GStrv) entries = g_strsplit_set (value, ",;", -1);
  guint people = 0;
  for (guint i = 0; entries[i]; i++)
    {
      char *e = g_strstrip (entries[i]);
      if (g_str_has_prefix (e, "and "))
        e += 4;
      const char *field = strchr (e, ':');
      if (field && field[1] == ' ')
        {
          g_autofree char *role = g_ascii_strdown (e, field - e);
          if (!header_role (role))
            return FALSE;
          for (e = (char *) field + 1; *e == ' ';)
            e++;
        }
      gsize el = strlen (e);
      if (el == 0)
        continue;
      if (!np_meta_looks_like_person_entry (e, el) && !np_meta_is_nickname (e, el) && !nickname_over_name (e, el))
        return FALSE;
      people++;
    }
  return people > 0;
}

/* The label of an absence alone on its line, over the people away
 * ("Regrets:", "**Absent:**", "Directors Absent:"): the role, or NULL.
 * Other roles' labels alone ("Notes:", "Minutes:") head the notes. */
char *
np_meta_absence_label_alone (const char *s, gssize n)
{
  g_autofree char *plain = np_meta_strip_markup (s, n);
  g_strstrip (plain);
  gsize len = strlen (plain);
  if (len < 3 || len > 40 || plain[len - 1] != ':' || memchr (plain, ':', len - 1))
    return NULL;
  plain[len - 1] = '\0';
  if (!np_meta_is_group_title (plain, -1))
    return NULL;
  /* "Regrets", or "Directors Absent": the absence its last word names */
  const char *last = strrchr (plain, ' ');
  last = last ? last + 1 : plain;
  return np_meta_role_is_absence (last) ? g_strdup (last) : NULL;
}
