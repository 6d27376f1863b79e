/* judge-form.c: pass 1 of the analysis (attribute.c), a candidate's
 * form.  Each mark's names are keyed (labels and stopwords told apart)
 * and resolved against the rosters, the document's own first; a label
 * ("Link:", "WASI:"), a mark with no speech after it, a link alone or a
 * value ("Status: done") is rejected, a bracket mark or one naming a
 * person of a roster accepted, and the rest left weak for the evidence
 * of pass 2 (judge.c). */
#include "config.h" /* memmem(), memrchr() */

#include <string.h>

#include "attribute-private.h"

/* ---- pass 1: form, labels, roster -------------------------------------- */

/* What name_keys keeps for a tidied mark name: the name (the table's
 * key), then its key at name + key_at. */
typedef struct
{
  gboolean label, stopword;
  guint key_at;
  char name[];
} NameKey;

#define NAME_KEYS_MAX 8192

SpStrTable *
sp_name_keys_new (void)
{
  return sp_str_table_new (offsetof (NameKey, name), g_free);
}

/* The sp_key() of a mark name, copied into the analysis' strings, and
 * whether it is a label or a stopword: marks recur within a document and
 * across the meetings of a series, so the instance keeps them by name. */
static char *
name_key (Ctx *c, const char *name, gboolean *label, gboolean *stopword)
{
  SpStrTable *cache = c->scratch->name_keys;
  const NameKey *nk = sp_str_table_lookup (cache, name);
  if (nk == NULL)
    {
      char buf[64];
      char *key = sp_key_buf (c->scratch->translit, name, -1, buf, sizeof buf);
      gsize n = strlen (key), nn = strlen (name);
      NameKey *made = g_malloc (sizeof (NameKey) + nn + 1 + n + 1);
      made->label = sp_is_label_key (key) || sp_ends_with_plural_label (name) || sp_opens_with_heading_word (name)
                    || sp_is_numbered_name (name) || sp_label_words_only (name);
      made->stopword = np_text_is_stopword (key);
      made->key_at = (guint) nn + 1;
      memcpy (made->name, name, nn + 1);
      memcpy (made->name + made->key_at, key, n + 1);
      sp_key_buf_free (key, buf);
      if (sp_str_table_size (cache) >= NAME_KEYS_MAX)
        sp_str_table_clear (cache);
      sp_str_table_insert (cache, made);
      nk = made;
    }
  *label = nk->label;
  *stopword = nk->stopword;
  /* interned: one address per key in a document */
  return (char *) sp_keys_intern (c, nk->name + nk->key_at);
}

/* A mark without a lower-case letter that is no abbreviation: two words
 * or more, or one word longer than an abbreviation */
static gboolean
written_in_capitals (const char *raw, gsize len)
{
  /* most marks fail at once: "Rod Vagg:", "cherry:", "JHD:" */
  if (len < 4 || g_ascii_islower (raw[1]) || sp_has_lowercase (raw, len))
    return FALSE;
  /* a space after a letter ("MR. BROWN:" as well as "JOHN SMITH:") */
  gboolean letter = FALSE;
  guint run = 0, longest = 0;
  for (gsize k = 0; k < len; k++)
    {
      if (raw[k] == ' ' && letter)
        return TRUE;
      gboolean is_letter = g_ascii_isupper (raw[k]) || (guchar) raw[k] >= 0x80;
      letter |= is_letter;
      run = is_letter ? run + 1 : 0;
      longest = MAX (longest, run);
    }
  return longest > SP_ABBREVIATION_MAX;
}

/* Do the notes write name at least twice, whole words? */
static gboolean
said_again (const Ctx *c, const char *name)
{
  gsize len, n = strlen (name);
  const char *text = np_document_get_text (c->doc, &len), *e = text + len;
  guint seen = 0;
  for (const char *p = text; p < e && seen < 2 && (p = memmem (p, e - p, name, n)) != NULL; p += n)
    seen += (p == text || !g_ascii_isalnum (p[-1])) && (p + n == e || !g_ascii_isalnum (p[n]));
  return seen >= 2;
}

/* Is the speech a number alone, an amount with its currency or unit
 * ("8.412,37 €", "$41,380", "12%", "4-1"), no vote? */
static gboolean
value_only (const char *s, gsize n)
{
  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '.'))
    n--;
  if (n == 0 || n > 24)
    return FALSE;
  /* a vote is said: "Fedor: 0", "Ben: +1", "-0" */
  if (n <= 2 && (s[n - 1] == '0' || s[n - 1] == '1') && (n == 1 || s[0] == '+' || s[0] == '-'))
    return FALSE;
  gboolean digit = FALSE;
  for (gsize i = 0; i < n; i++)
    {
      guchar c = (guchar) s[i];
      if (g_ascii_isdigit (c))
        digit = TRUE;
      /* separators, signs, and the bytes of "€" and "£" */
      else if (!strchr (" .,%$+-/~kKmM", c) && c != 0xe2 && c != 0x82 && c != 0xac && c != 0xc2 && c != 0xa3)
        return FALSE;
    }
  return digit;
}

/* Is the speech a key's fingerprint or a hash in groups of hex digits
 * ("7953 AC1F BC3D C8B3 ...", "1f:32:49:f2:7f:ed ..."), four groups or
 * more and nothing else? */
static gboolean
hex_groups_only (const char *s, gsize n)
{
  guint groups = 0;
  gboolean digit = FALSE;
  gsize i = 0;
  while (i < n)
    {
      if (s[i] == ' ' || s[i] == ':')
        {
          i++;
          continue;
        }
      gsize start = i;
      while (i < n && g_ascii_isxdigit (s[i]))
        digit |= g_ascii_isdigit (s[i++]);
      if (i == start || i - start > 8 || (i < n && s[i] != ' ' && s[i] != ':'))
        return FALSE;
      groups++;
    }
  return groups >= 4 && digit; /* words of hex letters alone ("add a bad face") are text */
}

/* "(Build WG)", "(Release team)", "(TSC)" in the mark s (n bytes): the
 * group a guest comes from, its last word a working group's or a
 * committee's ("(iOS)" is a product's platform) */
static gboolean
group_in_parentheses (const char *s, gsize n)
{
  static const char *const groups[] = { "wg", "tsc", "ctc", "sig", "team", "group", "committee", "council", NULL };
  const char *open = memchr (s, '(', n), *close = open ? memchr (open, ')', s + n - open) : NULL;
  if (close == NULL || close - open < 3)
    return FALSE;
  const char *w = close;
  while (w > open + 1 && w[-1] != ' ' && w[-1] != '(')
    w--;
  for (const char *const *g = groups; *g; g++)
    if ((gsize) (close - w) == strlen (*g) && g_ascii_strncasecmp (w, *g, close - w) == 0)
      return TRUE;
  return FALSE;
}

/* Is mark (n bytes after the '@', its colon included) a first name in
 * Title case ("Kofi:", no handle's "MylesBorins:") over speech that opens
 * with a task's verb in lower case ("circulate ...", "follow up ...")? */
static gboolean
task_for_first_name (const char *mark, gsize n, const char *speech, gsize speech_len)
{
  static const char *const verbs[] = { "circulate", "follow", "draft", "send", "ask", "contact", "pursue",
                                       "reach", "schedule", "ping", "file", "post", "coordinate", "investigate",
                                       "prepare", "submit", "organize", "organise", "publish", "confirm",
                                       "clarify", "notify", "invite", "remind", "escalate", NULL };
  if (n < 3 || !g_ascii_isupper (mark[0]) || speech_len < 4 || !g_ascii_islower (speech[0]))
    return FALSE;
  gsize k = 1;
  while (k < n && g_ascii_islower (mark[k]))
    k++;
  if (k < 2 || k >= n || mark[k] != ':')
    return FALSE;
  gsize w = 0;
  while (w < speech_len && g_ascii_isalpha (speech[w]))
    w++;
  return sp_word_in (speech, w, verbs);
}

/* Is the mark (raw, n bytes) a shortlog's author over the commits, the
 * name and their count in parentheses ("Jeff King (2):"), the first
 * commit's subject after it ("shell: add basic tests")?  The author wrote
 * the commits; nobody speaks. */
static gboolean
shortlog_author (const char *raw, gsize n, const char *speech, gsize speech_len)
{
  /* "(2):", "(2) :": the count's parenthesis before the colon */
  if (n < 5 || (raw[n - 2] != ')' && raw[n - 3] != ')'))
    return FALSE;
  while (n > 0 && (raw[n - 1] == ':' || raw[n - 1] == ' '))
    n--;
  if (n < 4 || raw[n - 1] != ')')
    return FALSE;
  gsize d = n - 1;
  while (d > 0 && g_ascii_isdigit (raw[d - 1]))
    d--;
  if (d == n - 1 || n - 1 - d > 4 || d == 0 || raw[d - 1] != '(')
    return FALSE;
  /* the module in lower case, a colon, then the subject */
  const char *p = speech, *e = speech + speech_len;
  while (p < e && *p == ' ')
    p++;
  const char *w = p;
  while (p < e && (g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '_' || *p == '.' || *p == '/' || *p == '-'))
    p++;
  return p > w && p + 1 < e && p[0] == ':' && p[1] == ' ' && g_ascii_islower (w[0])
         && sp_commit_subject (p + 1, e - p - 1);
}

/* Does s (n bytes) hold nothing but what a members' list writes after a
 * person's address: words in parentheses ("(he/him)"), a key in
 * backquotes, links ("[Support me](https://...)"), dashes? */
static gboolean
contact_trailer (const char *s, gsize n)
{
  const char *p = s, *e = s + n;
  while (p < e)
    {
      const char *close = NULL;
      if (*p == ' ' || *p == '-' || *p == '>' || *p == ',')
        {
          p++;
          continue;
        }
      if (*p == '(')
        close = memchr (p, ')', e - p);
      else if (*p == '`')
        close = p + 1 < e ? memchr (p + 1, '`', e - p - 1) : NULL;
      else if (*p == '[')
        {
          const char *b = memchr (p, ']', e - p);
          close = b && b + 1 < e && b[1] == '(' ? memchr (b, ')', e - b) : NULL;
        }
      if (close == NULL)
        return FALSE;
      p = close + 1;
    }
  return TRUE;
}

/* Is the text after a mark (n bytes) one of the roster's people by full
 * name, with only her company in brackets and her handle or role in
 * parentheses after it ("Brandon Philips [CoreOS] (@brandonphilips)")? */
static gboolean
names_holder (Ctx *c, const char *s, gsize n)
{
  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '.'))
    n--;
  /* ends with a bracket or a parenthesis, a capital opening the name */
  if (n < 5 || (s[n - 1] != ']' && s[n - 1] != ')') || !g_ascii_isupper (s[0]))
    return FALSE;
  gsize name = 0;
  while (name < n && name <= 48 && s[name] != '[' && s[name] != '(')
    name++;
  gsize k = name;
  while (name > 0 && s[name - 1] == ' ')
    name--;
  /* the brackets and parentheses after the name, nothing else */
  while (k < n)
    {
      char close = s[k] == '[' ? ']' : s[k] == '(' ? ')' : 0;
      const char *end = close ? memchr (s + k, close, n - k) : NULL;
      if (end == NULL)
        return FALSE;
      k = end - s + 1;
      while (k < n && s[k] == ' ')
        k++;
    }
  guint words = 0;
  if (name < 5 || name > 48 || sp_name_case (s, name, &words) != SP_CASE_TITLE || words < 2 || words > 4)
    return FALSE;
  g_autofree char *full = g_strndup (s, name);
  SpMatch match;
  sp_resolve (c, full, SP_CASE_TITLE, &match);
  return sp_unique (&match) && match.tier == SP_TIER_EXACT;
}

/* Is the text after a mark (n bytes) a person's contact alone: a name
 * (bold or not), a mail address in angle brackets, and perhaps words in
 * parentheses, a key or a link after it ("**Anna Henningsen**
 * <anna@example.org> (she/her)", "<bob@example.org> `C82F...`")?  A
 * members' list writes people so, and says nothing. */
static gboolean
contact_card (const char *s, gsize n)
{
  while (n > 0 && s[n - 1] == ' ')
    n--;
  /* the line ends with the address, the parentheses, the key or the link */
  if (n < 5 || n > 240 || (s[n - 1] != '>' && s[n - 1] != ')' && s[n - 1] != '`'))
    return FALSE;
  const char *lt = memchr (s, '<', n), *e = s + n;
  if (lt == NULL)
    return FALSE;
  const char *addr = lt;
  while (addr < e && *addr == '<')
    addr++;
  const char *gt = memchr (addr, '>', e - addr);
  if (gt == NULL || gt - addr > 80 || !memchr (addr, '@', gt - addr) || memchr (addr, ' ', gt - addr))
    return FALSE;
  if (!contact_trailer (gt, e - gt))
    return FALSE;
  const char *p = s, *q = lt;
  while (q > p && (q[-1] == ' ' || q[-1] == '*' || q[-1] == '_'))
    q--;
  while (p < q && (*p == ' ' || *p == '*' || *p == '_'))
    p++;
  guint words = 0;
  return p == q || (sp_name_case (p, q - p, &words) == SP_CASE_TITLE && words >= 1 && words <= 5);
}

/* Does a section title of the document open with the bracket mark of
 * raw ("[css-grid]" of "## [css-grid] Masonry syntax", of "### 2.
 * [css-grid] Masonry syntax" or "Topic: [css-grid] Masonry syntax")?
 * Then the mark is the topic's tag (an issue tracker's component or
 * label), and an item opening with it is a table of contents' line or a
 * topic's, not a speaker's.  Titles opening with a bracket are few: the first call per
 * document records whether there are any (Ctx.tag_titles). */
static gboolean
tag_of_a_title (Ctx *c, const char *raw, gsize raw_len)
{
  if (c->tag_titles < 0 || raw_len < 3 || raw[0] != '[' || raw[raw_len - 1] != ']')
    return FALSE;
  guint n_sections;
  const NpSection *sections = np_document_get_sections (c->doc, &n_sections);
  gboolean any = FALSE;
  for (guint s = 0; s < n_sections; s++)
    {
      const char *t = sections[s].title;
      if (t == NULL)
        continue;
      while (*t == ' ' || *t == '*' || *t == '_')
        t++;
      /* a topic's number or word before the tag: "2. [css-grid] ...",
       * "Topic: [css-grid] ..." */
      const char *u = t;
      while (g_ascii_isdigit (*u))
        u++;
      if (u > t && (*u == '.' || *u == ')'))
        t = u + 1;
      else if (g_ascii_strncasecmp (t, "topic:", 6) == 0)
        t += 6;
      while (*t == ' ')
        t++;
      if (*t != '[')
        continue;
      any = TRUE;
      if (g_ascii_strncasecmp (t, raw, raw_len) == 0)
        return TRUE;
    }
  if (!any)
    c->tag_titles = -1;
  return FALSE;
}

/* The document's table of contents: the items of the first section
 * titled "Contents" or "Table of contents", found once per document
 * (Ctx.contents_first, Ctx.contents_end; an empty range: none) */
static void
find_contents (Ctx *c)
{
  c->contents_found = TRUE;
  guint n_sections;
  const NpSection *sections = np_document_get_sections (c->doc, &n_sections);
  gint32 s = -1;
  for (guint k = 0; k < n_sections && s < 0; k++)
    {
      const char *t = sections[k].title;
      if (t == NULL)
        continue;
      gsize n = strlen (t);
      while (n > 0 && (t[n - 1] == ':' || t[n - 1] == ' '))
        n--;
      if ((n == 8 && g_ascii_strncasecmp (t, "contents", 8) == 0)
          || (n == 17 && g_ascii_strncasecmp (t, "table of contents", 17) == 0))
        s = (gint32) k;
    }
  for (guint j = 0; s >= 0 && j < c->n_items; j++)
    if (c->items[j].section == s)
      {
        if (c->contents_end == 0)
          c->contents_first = j;
        c->contents_end = j + 1;
      }
}

/* Is item i a line of the table of contents ("1. [css-grid] Masonry
 * syntax"), or the topic's title that such a line repeats word for word
 * ("[css-grid] Masonry syntax" over the topic's turns, where the minutes
 * give no heading)?  A tag there is the topic's, not a speaker's. */
static gboolean
contents_line (Ctx *c, guint i)
{
  if (!c->contents_found)
    find_contents (c);
  if (i >= c->contents_first && i < c->contents_end)
    return TRUE;
  gsize len;
  const char *text = sp_item_text (c, i, &len);
  for (guint j = c->contents_first; j < c->contents_end; j++)
    {
      gsize n;
      const char *line = sp_item_text (c, j, &n);
      if (n == len && memcmp (line, text, n) == 0)
        return TRUE;
    }
  return FALSE;
}

/* "[http] sslVerify = true", "[pager] log = less": a configuration's
 * section and its first setting, a key and " = " right after the tag */
static gboolean
setting_line (const char *speech, gsize n)
{
  gsize k = 0;
  while (k < n && speech[k] == ' ')
    k++;
  gsize key = k;
  while (k < n && (g_ascii_isalnum (speech[k]) || speech[k] == '_' || speech[k] == '-' || speech[k] == '.'))
    k++;
  return k > key && k + 2 < n && speech[k] == ' ' && speech[k + 1] == '=' && speech[k + 2] == ' ';
}

void
sp_judge_form (Ctx *c, guint i)
{
  Cand *d = c->cands[i];
  SpMark *m = &d->mark;
  gsize len;
  const char *text = sp_item_text (c, i, &len);
  const char *speech = text + m->end;
  gsize speech_len = len - m->end;

  if (m->anonymous)
    {
      /* "??? (didn't catch name) - ...": before a dash, only the scribe's
       * question marks ("Unknown - we'll see" may be text) */
      gboolean dash_unknown = m->form == SP_FORM_DASH && m->uncertain;
      d->state = (m->form == SP_FORM_BRACKET || m->form == SP_FORM_COLON || m->voice || dash_unknown)
                         && (speech_len > 0 || m->chat)
                   ? CAND_ACCEPTED
                   : CAND_REJECTED;
      return;
    }
  /* "[addaleax](https://github.com/addaleax) - **Anna Henningsen**
   * <anna@example.org> (she/her)": a list of people, each with the
   * contact after the mark, no speech */
  if (contact_card (speech, speech_len) || shortlog_author (text + m->raw_start, m->raw_len, speech, speech_len))
    {
      d->state = CAND_REJECTED;
      return;
    }
  gboolean speaker_form = (m->form == SP_FORM_BRACKET && !m->paren) || m->form == SP_FORM_COLON
                          || m->form == SP_FORM_ANGLE;
  /* "Gregr - I rotated ...", "Micheal, ...": one word before a dash or a
   * comma may be misspelt too, and with a surname's initial ("Micheal Z.
   * - lgtm"); so may a given name over its points ("Rafael" for Refael) */
  gboolean typo_form = speaker_form
                       || ((m->form == SP_FORM_DASH || m->form == SP_FORM_COMMA || m->form == SP_FORM_BARE) && m->n_names == 1
                           && (!strchr (m->names[0], ' ') || sp_first_name_and_initial (m->names[0]) >= 3));
  gboolean label[SP_MAX_NAMES] = { FALSE }, stop[SP_MAX_NAMES] = { FALSE };
  for (guint k = 0; k < m->n_names; k++)
    {
      gboolean is_label, is_stopword;
      /* a recurring colon mark keeps its keys for the analysis */
      d->keys[k] = (char *) sp_mark_reading_key (m, k, c->scratch->generation, &is_label, &is_stopword);
      if (d->keys[k] == NULL)
        {
          d->keys[k] = name_key (c, m->names[k], &is_label, &is_stopword);
          sp_mark_reading_set_key (m, k, c->scratch->generation, d->keys[k], is_label, is_stopword);
        }
      label[k] = is_label;
      stop[k] = m->cases[k] != SP_CASE_UPPER && is_stopword;
      /* a label or function word is a speaker only if a roster names it
       * exactly: no need for the looser tiers; but a function word in a
       * speaker's form, or before a dash, may be a first or last name
       * ("[Than] yes", "Will: ...", "Than - ...", for Than McIntosh, Will
       * Smith), up to that tier (below) */
      gboolean word = label[k] || (stop[k] && !speaker_form && m->form != SP_FORM_DASH);
      /* a mark with a reading has the same name, case, flags and form
       * each time: the same mode, so the same entry of match_cache */
      const SpMatch *known = sp_mark_reading_match (m, k, c->scratch->generation);
      if (known)
        d->match[k] = *known;
      else
        sp_mark_reading_set_match (m, k, c->scratch->generation,
                                   sp_resolve_memo (c, m->names[k], m->cases[k],
                                                 word ? SP_RESOLVE_EXACT : typo_form ? SP_RESOLVE_TYPOS : SP_RESOLVE_NAMES,
                                                 &d->match[k]));
    }
  if (m->form == SP_FORM_NAME && m->name3)
    {
      SpMatch m3;
      sp_resolve (c, m->name3, SP_CASE_TITLE, &m3);
      gboolean exact = sp_matched (&m3) && m3.tier == SP_TIER_EXACT;
      /* "Ian Lance Taylor the main feedback ...": no roster has the name,
       * but the notes write its three words again ("Ian Lance Taylor it
       * is not ...", "Ian Lance Taylor's proposal"), while "Roland
       * Shoemaker One idea ..." is said once */
      if (exact || (!sp_matched (&d->match[0]) && said_again (c, m->name3)))
        {
          d->use_name3 = TRUE;
          if (exact)
            d->match[0] = m3;
          sp_mark_set_name (m, 0, g_strdup (m->name3));
          gboolean is_label, is_stopword;
          d->keys[0] = name_key (c, m->names[0], &is_label, &is_stopword);
          label[0] = is_label;
          stop[0] = m->cases[0] != SP_CASE_UPPER && is_stopword;
          /* the speech starts after the third word */
          const char *p = text + m->end;
          while (p < text + len && *p != ' ')
            p++;
          while (p < text + len && *p == ' ')
            p++;
          m->end = p - text;
          speech = p;
          speech_len = len - m->end;
        }
    }
  /* "Release Team (Nikhita): RC1 is out": a topic nobody is, then in
   * parentheses the one of the document's people who reports on it */
  if (m->form == SP_FORM_COLON && m->n_names == 1 && m->affiliation && !sp_matched (&d->match[0]))
    {
      SpMatch ma;
      sp_resolve (c, m->affiliation, SP_CASE_TITLE, &ma);
      if (sp_unique (&ma) && ma.tier <= SP_TIER_NAME)
        {
          d->match[0] = ma;
          sp_mark_set_name (m, 0, g_strdup (m->affiliation));
          gboolean is_label, is_stopword;
          d->keys[0] = name_key (c, m->names[0], &is_label, &is_stopword);
          label[0] = is_label;
          stop[0] = is_stopword;
        }
    }

  gboolean all_matched = TRUE, all_unique = TRUE, strong = TRUE;
  for (guint k = 0; k < m->n_names; k++)
    {
      const SpMatch *x = &d->match[k];
      all_matched &= sp_matched (x);
      all_unique &= sp_unique (x);
      strong &= sp_matched (x) && (x->tier == SP_TIER_EXACT || x->tier == SP_TIER_ABBREVIATION);
      /* a label is a label unless the roster says exactly this is a person */
      if (label[k] && !(sp_matched (x) && (x->tier == SP_TIER_EXACT || x->tier == SP_TIER_ABBREVIATION)))
        {
          d->state = CAND_REJECTED;
          return;
        }
      /* ... and a stopword, but a room's voice alone before its colon
       * ("Everybody: [applause]"; not "Everyone agreed: ...") may speak
       * where its neighbours do (pass 2) */
      if (stop[k] && !(sp_matched (x) && x->tier <= SP_TIER_NAME)
          && !(m->n_names == 1 && speaker_form && sp_is_role_voice (m->names[0])
               && !memchr (text + m->raw_start, ' ', m->raw_len)))
        {
          d->state = CAND_REJECTED;
          return;
        }
    }
  /* A name written in capitals ("JOHN SMITH:", read "John Smith") is a
   * person's when the roster knows it, or in a dialogue (pass 2): as a
   * label, "BUDGET REVIEW:" is a topic */
  if (m->n_names == 1 && written_in_capitals (text + m->raw_start, m->raw_len)
      && !(sp_matched (&d->match[0]) && d->match[0].tier <= SP_TIER_NAME))
    {
      d->state = m->form == SP_FORM_COLON && !label[0] && speech_len > 0 && !sp_is_link_only (speech, speech_len)
                   ? CAND_WEAK_CAPITALS
                   : CAND_REJECTED;
      return;
    }
  /* "**Recording**: <url>" is a link label; "Steven: <url>" in a
   * standup names a person, and a chat's sender shares a link; so
   * "Girokonto: 8.412,37 €", "Revenue: 12%": an item's value */
  if (m->form != SP_FORM_BARE
      && ((speech_len == 0 && !m->chat) /* (an issue's comment header alone: its text below, inherit.c) */
          /* (an IRC log's "<nick> https://...": the client wrote the sender) */
          || (m->form != SP_FORM_BRACKET && m->form != SP_FORM_ANGLE && !m->chat && !all_matched
              && (sp_is_link_only (speech, speech_len) || value_only (speech, speech_len)
                  || hex_groups_only (speech, speech_len)))))
    {
      /* ... but a link after a mark the notes use for a speaker's turns
       * elsewhere is that speaker's ("rego: https://..." among rego's
       * turns; pass 2) */
      d->state = m->form == SP_FORM_COLON && speech_len > 0 && m->n_names == 1 && !label[0]
                     && sp_is_link_only (speech, speech_len)
                   ? CAND_WEAK_KEY
                   : CAND_REJECTED;
      return;
    }

  /* "**Bosun**: Brandon Philips [CoreOS] (@brandonphilips)": a role and
   * the attendee who holds it, nobody's speech */
  if (m->form == SP_FORM_COLON && m->n_names == 1 && !all_matched && names_holder (c, speech, speech_len))
    {
      d->state = CAND_REJECTED;
      return;
    }
  /* "@Kofi: circulate the renewal list before April 1.": a board's
   * action item, a first name after '@' and a task's verb, nobody's
   * speech ("@williamkapke: propose a canonical link ..." is a handle's) */
  if (m->form == SP_FORM_COLON && m->n_names == 1 && m->raw_len > 2 && text[m->raw_start] == '@'
      && task_for_first_name (text + m->raw_start + 1, m->raw_len - 1, speech, speech_len))
    {
      d->state = CAND_REJECTED;
      return;
    }
  /* "Node hot plug (Deepa): ...": one of the roster's people reports on
   * a topic; anyone else in parentheses is the topic's part.  "SV I think
   * ...": a roster's abbreviation only */
  if ((m->reporter && !(all_unique && d->match[0].tier <= SP_TIER_NAME))
      || (m->bare_abbreviation && !(all_unique && d->match[0].tier == SP_TIER_ABBREVIATION)))
    {
      d->state = CAND_REJECTED;
      return;
    }
  switch (m->form)
    {
    case SP_FORM_BRACKET:
      /* "[meta] settle on a voting solution [#1165](...)": an issue's
       * title with its tag, in an agenda, unless the tag names someone */
      if (!all_matched
          && (sp_has_issue_link (text, len) || tag_of_a_title (c, text + m->raw_start, m->raw_len)
              || contents_line (c, i) || setting_line (speech, speech_len)))
        d->state = CAND_REJECTED;
      /* "[Steering Council Note] ...", "[Board Decision] ...": words
       * ending with a label's, a kind of remark, nobody's name */
      else if (!all_matched && m->n_names == 1 && strchr (m->names[0], ' ') && sp_is_label (strrchr (m->names[0], ' ') + 1))
        d->state = CAND_REJECTED;
      /* "(Alice) ...": a person of the roster by name, or a name the
       * document marks as a speaker elsewhere (pass 2) */
      /* "... yet. (JD)", "... -- rafael": the roster's abbreviation or
       * name, first name or last, of one person */
      /* a question's asker in brackets at its end ("Q: ... [jpetrov]"),
       * as a name the document marks as a speaker elsewhere too */
      else if (m->trailing)
        d->state = all_unique && d->match[0].tier <= SP_TIER_NAME ? CAND_ACCEPTED
                   : m->paren && text[len - 1] == ']'                 ? CAND_WEAK_KEY
                                                                      : CAND_REJECTED;
      else if (m->paren)
        d->state = all_unique && d->match[0].tier <= SP_TIER_NAME ? CAND_ACCEPTED : CAND_WEAK_KEY;
      else
        d->state = CAND_ACCEPTED;
      break;
    case SP_FORM_ANGLE:
      /* an IRC action: the nick's if the nick writes lines (chatlog.c) */
      d->state = m->emote ? CAND_WEAK_KEY : CAND_ACCEPTED;
      break;
    case SP_FORM_COLON:
      /* "ruoyu.h: ..." names a person of the roster; "node.js:" is a label */
      if (m->dotted && !all_matched)
        {
          d->state = CAND_REJECTED;
          break;
        }
      /* "Le président :" names the office's holder, or nobody */
      if (m->n_names == 1 && m->cases[0] == SP_CASE_LOWER && !all_matched && sp_article_office (m->names[0], NULL))
        {
          d->state = CAND_REJECTED;
          break;
        }
      /* "Public Comment: Mark Levy ...": where the public speaks, a label */
      if (m->n_names == 1 && !all_matched && m->cases[0] == SP_CASE_TITLE && strchr (m->names[0], ' ')
          && sp_names_public_voices (m->names[0], strlen (m->names[0])))
        {
          d->state = CAND_REJECTED;
          break;
        }
      /* a chat program wrote the sender's name, whoever it is; a
       * hearing's record prints a title, capitals and a period for a
       * speaker and for nothing else */
      if (m->chat || m->table || m->scribed || m->hearing || m->meetbot)
        d->state = CAND_ACCEPTED;
      /* a nickname or typo match needs the support of the document too */
      else if (all_matched && sp_loose_tier (d))
        d->state = CAND_WEAK;
      else if (all_matched)
        d->state = CAND_ACCEPTED;
      else if (m->n_names == 1 && m->cases[0] == SP_CASE_UPPER)
        d->state = CAND_WEAK_UPPER;
      else
        d->state = CAND_WEAK;
      break;
    case SP_FORM_COMMA:
      if (m->list_next)
        {
          SpMatch next;
          sp_resolve (c, m->list_next, SP_CASE_TITLE, &next);
          if (sp_matched (&next))
            {
              d->state = CAND_REJECTED;
              break;
            }
        }
      G_GNUC_FALLTHROUGH;
    case SP_FORM_DASH:
      /* "[[Bilal]] hotfix, ...": a page no roster person's is a topic's */
      if (m->wiki && m->undelimited && !(all_unique && d->match[0].tier <= SP_TIER_NAME))
        d->state = CAND_REJECTED;
      /* in capitals, only a roster's abbreviation ("BC - fine by me"),
       * not a term ("API - the new endpoint") */
      else if (all_unique && d->match[0].tier != SP_TIER_TYPO
          && (m->cases[0] != SP_CASE_UPPER || d->match[0].tier == SP_TIER_ABBREVIATION))
        d->state = CAND_ACCEPTED;
      /* "Michael - ..." where two attendees are Michael (Dawson, Zasso): a
       * person all the same, whose candidates the turn records */
      else if (all_matched && d->match[0].tier <= SP_TIER_NAME && m->cases[0] != SP_CASE_UPPER)
        d->state = CAND_ACCEPTED;
      /* "[[Ingrid Solberg]] - ...": a link to the person's page weighs as
       * a colon does, a speaker by recurrence or beside turns */
      else if (m->wiki)
        d->state = CAND_WEAK;
      /* "Gregr - I rotated ...", "Micheal, ...": a slip of one roster
       * person's name, weighed as before a colon */
      else if (all_unique && d->match[0].tier == SP_TIER_TYPO && m->n_names == 1 && m->cases[0] == SP_CASE_TITLE)
        d->state = CAND_WEAK;
      /* a guest's full name with the group she comes from, "Elena Marsh
       * (Build WG) - fine by me": weighed as before a colon, a speaker
       * beside turns */
      else if (m->form == SP_FORM_DASH && m->n_names == 1 && m->cases[0] == SP_CASE_TITLE && strchr (m->names[0], ' ')
               && sp_plain_words (m->names[0]) && group_in_parentheses (text + m->raw_start, m->raw_len))
        d->state = CAND_WEAK;
      /* "Carol Ostrowski (14 Birch Ct) - dog waste ...": a resident's
       * full name where the minutes record the public's voices */
      else if (m->form == SP_FORM_DASH && m->n_names == 1 && m->cases[0] == SP_CASE_TITLE && strchr (m->names[0], ' ')
               && sp_plain_words (m->names[0]) && sp_public_voices (c, i))
        d->state = CAND_ACCEPTED;
      else
        d->state = CAND_WEAK_KEY;
      break;
    case SP_FORM_NAME:
      /* a full name opening a sentence is a speaker only where the notes
       * write speakers so (pass 2), even when the roster knows it */
      d->state = CAND_WEAK_NAME;
      break;
    case SP_FORM_BARE:
      if (!c->has_children[i])
        d->state = CAND_REJECTED;
      else if ((all_unique && (strong || d->match[0].tier == SP_TIER_NAME)) || m->relayed)
        d->state = CAND_ACCEPTED;
      else
        d->state = CAND_WEAK_NAME;
      break;
    default:
      d->state = CAND_REJECTED;
    }
}
