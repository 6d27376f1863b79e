/* styles.c: how a document writes its speakers, asked by pass 2
 * (judge.c) once enough marks are judged: by handle ("@desrosj: ..."),
 * by a nickname in lower case ("rsc: ..."), by a full name in bold
 * ("**Ella Hartmann:** ..."), or a write-up quoting its people by full
 * name ("Linus Torvalds: \"Nobody is asking ...\"").  A document written
 * so lends a weak mark of that style the evidence of the others. */
#include <string.h>

#include "attribute-private.h"

/* Do the notes mark their speakers by handle ("@desrosj: ...",
 * "@mukesh27: ..."): two people or more so marked, accepted? */
gboolean
sp_handle_style (Ctx *c)
{
  if (c->handle_speakers < 0)
    {
      g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint j = 0; j < c->n_items; j++)
        {
          const Cand *e = c->cands[j];
          if (e == NULL || e->state != CAND_ACCEPTED || e->mark.form != SP_FORM_COLON || e->mark.n_names != 1
              || !e->keys[0])
            continue;
          gsize len;
          const char *text = sp_item_text (c, j, &len);
          if (e->mark.raw_start < len && text[e->mark.raw_start] == '@')
            g_hash_table_add (seen, e->keys[0]);
        }
      c->handle_speakers = (gint) g_hash_table_size (seen);
    }
  return c->handle_speakers >= 2;
}

/* A nickname in lower case ("rsc: ..."), or a full name in bold
 * ("**Ella Hartmann:** ..."), as a colon mark of one person */
static gboolean
nick_mark (Ctx *c, guint j)
{
  return sp_nick_case (&c->cands[j]->mark, 0);
}

static gboolean
bold_full_name_mark (Ctx *c, guint j)
{
  const SpMark *m = &c->cands[j]->mark;
  return m->bold && m->cases[0] == SP_CASE_TITLE && strchr (m->names[0], ' ');
}

/* Do at least enough people speak by accepted colon marks of one name
 * that are of_kind? */
static gboolean
people_marked (Ctx *c, gboolean (*of_kind) (Ctx *, guint), guint enough)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint j = 0; j < c->n_items && g_hash_table_size (seen) < enough; j++)
    {
      const Cand *e = c->cands[j];
      if (e != NULL && e->state == CAND_ACCEPTED && e->mark.form == SP_FORM_COLON && e->mark.n_names == 1
          && e->keys[0] && of_kind (c, j))
        g_hash_table_add (seen, e->keys[0]);
    }
  return g_hash_table_size (seen) >= enough;
}

/* A style's answer kept in *memo: a yes for the analysis, a no for the
 * round (sp_round_begin() forgets it), so that notes of thousands of
 * marks of the style, none supported, are walked once a round, not once
 * a mark */
static gboolean
style_of (Ctx *c, gint8 *memo, gboolean (*of_kind) (Ctx *, guint), guint enough)
{
  if (*memo == 0)
    *memo = people_marked (c, of_kind, enough) ? 1 : -1;
  return *memo > 0;
}

/* Do the notes mark their speakers by a nickname in lower case and a
 * colon ("rsc: ...", "griesemer: ...", "mvdan: ..."): four people or
 * more so marked, accepted? */
gboolean
sp_nick_style (Ctx *c)
{
  return style_of (c, &c->nick_style, nick_mark, 4);
}

/* Does a write-up quote its people by a full name in bold and a colon
 * ("**Ella Hartmann:** ...", "**Marta Kowalczyk**: ..."): three people
 * or more so marked, accepted? */
gboolean
sp_bold_style (Ctx *c)
{
  return style_of (c, &c->bold_style, bold_full_name_mark, 3);
}

/* A full name of two or three words in Title case and a colon, no
 * emphasis ("Martin Thomson: ...", "Ian Swett (Google): ..."), not a
 * voice of the public (sp_public_voices: a resident's comment is said so
 * once, where the board's own people need more than that) */
static gboolean
full_name_mark (Ctx *c, guint j)
{
  const SpMark *m = &c->cands[j]->mark;
  guint spaces = 0;
  for (const char *p = m->names[0]; *p; p++)
    spaces += *p == ' ';
  return !m->bold && !m->undelimited && m->cases[0] == SP_CASE_TITLE && (spaces == 1 || spaces == 2)
         && !sp_public_voices (c, j);
}

/* Do the notes mark their speakers by a full name and a colon, as a
 * working group's minutes write the mic line ("Martin Thomson (Mozilla):
 * ...", "Yanmei Liu: ..."): four people or more so marked, accepted? */
gboolean
sp_full_name_style (Ctx *c)
{
  return style_of (c, &c->full_name_style, full_name_mark, 4);
}

/* Is item i's colon mark alone on the item's first line, its text on
 * the lines below ("Corepack:" over "no update this week")? */
static gboolean
colon_alone_on_line (Ctx *c, guint i)
{
  const SpMark *m = &c->cands[i]->mark;
  if (m->form != SP_FORM_COLON || !(c->items[i].flags & NP_ITEM_WRAPPED))
    return FALSE;
  gsize len;
  const char *text = sp_item_text (c, i, &len);
  gsize first = np_document_get_item_first_line (c->doc, i);
  if (first >= len)
    return FALSE;
  for (gsize k = m->end; k < first; k++)
    if (text[k] != ' ')
      return FALSE;
  return TRUE;
}

/* A colon mark of one person with the speech after it on its own line
 * ("Matteo: this landed") */
static gboolean
inline_mark (Ctx *c, guint j)
{
  return !colon_alone_on_line (c, j);
}

/* Do the notes write a turn's speech after its colon, on the mark's
 * line: two people or more so marked, accepted? */
static gboolean
inline_style (Ctx *c)
{
  return style_of (c, &c->inline_style, inline_mark, 2);
}

/* Is item i's colon mark a topic's label over its news, nobody's turn:
 * "Corepack:" alone on its line over "no update this week", one word
 * said once and no common given name ("Carol:" so is a guest's turn), in
 * minutes whose people speak after their colon on its line ("Matteo:
 * this landed")?  The caller has found no roster person in it. */
gboolean
sp_label_over_news (Ctx *c, guint i)
{
  const Cand *d = c->cands[i];
  const SpMark *m = &d->mark;
  return m->form == SP_FORM_COLON && m->n_names == 1 && !m->bold && !m->timed && !m->scribed && !m->name_line
         && !strchr (m->names[0], ' ') && sp_key_count (c, d->keys[0]) < 2 && !sp_opens_with_given_name (m->names[0])
         && colon_alone_on_line (c, i) && inline_style (c);
}

/* Does the speech after a mark open with a quotation of three words or
 * more ("Greg Kroah-Hartman: \"The stable trees are ...\"", with straight
 * or curly marks)?  A field's quoted value is shorter ("Code name:
 * \"Bookworm\""). */
static gboolean
opens_quotation (const char *s, gsize n)
{
  gsize i = 0;
  while (i < n && s[i] == ' ')
    i++;
  if (i < n && s[i] == '"')
    i++;
  else if (i + 3 <= n && memcmp (s + i, "\xe2\x80\x9c", 3) == 0)
    i += 3;
  else
    return FALSE;
  guint spaces = 0;
  for (; i < n && spaces < 2; i++)
    if (s[i] == '"' || (s[i] == '\xe2' && i + 3 <= n && memcmp (s + i, "\xe2\x80\x9d", 3) == 0))
      return FALSE;
    else
      spaces += s[i] == ' ';
  return spaces >= 2;
}

/* A full name of plain words in Title case before a colon, the speech a
 * quotation: a write-up quoting a person ("Linus Torvalds: \"Nobody is
 * asking ...\"") */
gboolean
sp_quoted_full_name (const Ctx *c, guint i)
{
  const Cand *d = c->cands[i];
  const SpMark *m = &d->mark;
  if (m->n_names != 1 || m->form != SP_FORM_COLON || m->cases[0] != SP_CASE_TITLE || m->undelimited
      || !strchr (m->names[0], ' ') || !sp_plain_words (m->names[0]))
    return FALSE;
  gsize len;
  const char *text = sp_item_text (c, i, &len);
  return m->end < len && opens_quotation (text + m->end, len - m->end);
}

/* Does a write-up quote its people so, two of them or more (marks not
 * rejected)?  Asked once per analysis. */
gboolean
sp_quote_style (Ctx *c)
{
  if (c->quote_style == 0)
    {
      g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint j = 0; j < c->n_items && g_hash_table_size (seen) < 2; j++)
        {
          const Cand *e = c->cands[j];
          if (e != NULL && e->state != CAND_REJECTED && e->keys[0] && sp_quoted_full_name (c, j))
            g_hash_table_add (seen, e->keys[0]);
        }
      c->quote_style = g_hash_table_size (seen) >= 2 ? 1 : -1;
    }
  return c->quote_style > 0;
}

/* One name of a change's credit: one to four words in Title case or of
 * another script ("Ben Noordhuis", "Timothy J Fontaine", "Felix
 * Geisend\u00f6rfer", "Juanjo"), or one word in lower case ("isaacs") */
static gboolean
credit_name (const char *s, const char *e)
{
  while (s < e && *s == ' ')
    s++;
  while (e > s && e[-1] == ' ')
    e--;
  if (e - s < 2 || e - s > 40)
    return FALSE;
  guint words = 0;
  gboolean lower = FALSE;
  for (const char *p = s; p < e; p++)
    {
      guchar ch = (guchar) *p;
      if (ch == ' ')
        continue;
      if (p == s || p[-1] == ' ')
        {
          words++;
          lower |= g_ascii_islower (ch) != 0;
          if (!g_ascii_isalpha (ch) && ch < 0x80)
            return FALSE;
        }
      else if (!g_ascii_isalnum (ch) && ch < 0x80 && ch != '-' && ch != '\'' && ch != '.' && ch != '_')
        return FALSE;
    }
  return words >= 1 && words <= 4 && (!lower || words == 1);
}

/* Does the item's text (len bytes, no NUL after them) end with the
 * credit a change log gives a change, its authors in parentheses ("...
 * (Ben Noordhuis)", "(Julian Gruber, isaacs)")?  *credit gets the
 * parenthesis that opens it. */
static gboolean
credited (const char *text, gsize len, const char **credit)
{
  const char *e = text + len;
  while (e > text && (e[-1] == ' ' || e[-1] == '.'))
    e--;
  if (e - text < 8 || e[-1] != ')')
    return FALSE;
  const char *close = e - 1, *open = close;
  while (open > text && close - open < 96 && *open != '(')
    open--;
  if (*open != '(' || open == text || open[-1] != ' ' || memchr (open + 1, ')', close - open - 1))
    return FALSE;
  for (const char *p = open + 1; p < close;)
    {
      const char *q = p;
      while (q < close && *q != ',' && *q != '&')
        q++;
      if (!credit_name (p, q))
        return FALSE;
      p = q < close ? q + 1 : q;
    }
  *credit = open;
  return TRUE;
}

/* Is the document a change log: lines that open with a module's name in
 * lower case and a colon and end with their authors' credit ("http:
 * avoid duplicate keys in writeHead (David Bj\u00f6rklund)"), four or
 * more, by three authors or more?  There a word in lower case before a
 * colon is what changed, not who spoke.  Asked once per analysis. */
gboolean
sp_changelog_style (Ctx *c)
{
  if (c->changelog == 0)
    {
      g_autoptr (GHashTable) credits = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      guint lines = 0;
      for (guint j = 0; j < c->n_items; j++)
        {
          const Cand *e = c->cands[j];
          if (e == NULL || e->mark.form != SP_FORM_COLON || e->mark.n_names == 0 || e->mark.cases[0] != SP_CASE_LOWER)
            continue;
          gsize len;
          const char *text = sp_item_text (c, j, &len);
          const char *credit;
          if (!credited (text, len, &credit))
            continue;
          lines++;
          g_hash_table_add (credits, g_strndup (credit, text + len - credit));
        }
      c->changelog = lines >= 4 && g_hash_table_size (credits) >= 3 ? 1 : -1;
    }
  return c->changelog > 0;
}

/* Does the speech after a mark (len bytes) open as a commit's subject
 * does, with a verb of change in lower case and the imperative ("fix
 * overflow when ...", "add util.parseArgs()", "harden allocation ...")? */
gboolean
sp_commit_subject (const char *speech, gsize len)
{
  static const char *const verbs[] = {
    "add",      "adjust",   "allow",   "avoid",    "backport", "bump",      "clean",    "convert",
    "correct",  "deprecate", "disable", "document", "drop",    "enable",    "ensure",   "expose",
    "extract",  "fix",      "handle",  "harden",   "ignore",   "implement", "improve",  "introduce",
    "limit",    "move",     "prevent", "reduce",   "refactor", "reject",    "remove",   "rename",
    "replace",  "require",  "restore", "restrict", "revert",   "simplify",  "skip",     "teach",
    "tweak",    "unify",    "update",  "upgrade",  "validate", NULL,
  };
  const char *p = speech, *e = speech + len;
  while (p < e && *p == ' ')
    p++;
  const char *w = p;
  while (p < e && g_ascii_islower (*p))
    p++;
  return p - w >= 3 && p < e && *p == ' ' && sp_word_in (w, p - w, verbs);
}

static gboolean
has_capital (const char *s)
{
  for (; *s; s++)
    if (g_ascii_isupper (*s))
      return TRUE;
  return FALSE;
}

/* Could the mark be a module's path before a colon, as a commit's subject
 * opens: its names in lower case, digits at will ("attr:", "utf8:",
 * "cmd/go:", "src,lib:")? */
gboolean
sp_module_mark (const SpMark *m)
{
  if (m->form != SP_FORM_COLON || m->n_names == 0)
    return FALSE;
  for (guint k = 0; k < m->n_names; k++)
    if (m->cases[k] != SP_CASE_LOWER && (m->cases[k] != SP_CASE_HANDLE || has_capital (m->names[k])))
      return FALSE;
  return TRUE;
}

/* Does the speech (len bytes) open as a person speaks, in the first
 * person or with an answer ("we should ...", "I can take it", "agreed,
 * ...", "+1")? */
static gboolean
spoken_opening (const char *speech, gsize len)
{
  static const char *const words[] = { "agree", "agreed", "i",    "i'd",    "i'll",   "i'm",    "i've",
                                       "lgtm",  "my",     "no",   "ok",     "okay",   "our",    "sounds",
                                       "sure",  "thanks", "we",   "we'll",  "we're",  "yes",    "you",
                                       NULL };
  const char *p = speech, *e = speech + len;
  while (p < e && *p == ' ')
    p++;
  if (p + 1 < e && (*p == '+' || *p == '-') && g_ascii_isdigit (p[1]))
    return TRUE;
  char word[8];
  gsize n = 0;
  for (; p < e && (g_ascii_isalpha (*p) || *p == '\'') && n < sizeof word; p++)
    word[n++] = g_ascii_tolower (*p);
  return n > 0 && n < sizeof word && sp_word_in (word, n, words);
}

/* Is the document a list of commits, as a shortlog or a release's notes
 * give them: four lines or more that open with a module's name in lower
 * case and a colon, then a commit's subject ("attr: fix overflow ...",
 * "cmd/go: add a flag"), under two modules or more?  There a
 * word in lower case before a colon and such a subject is what changed,
 * not who spoke, and so is such a module before any other subject
 * ("shell: limit the size" beside "shell: add basic tests"); a turn of
 * speech beside them ("cherry: we should ...") stays one.  Asked once
 * per analysis. */
gboolean
sp_commit_log_style (Ctx *c)
{
  if (c->commit_log == 0)
    {
      /* name -> its lines and its subjects (guint[2]) */
      guint lines = 0;
      GHashTable *uses = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      for (guint j = 0; j < c->n_items; j++)
        {
          const Cand *e = c->cands[j];
          if (e == NULL || !sp_module_mark (&e->mark))
            continue;
          gsize len;
          const char *text = sp_item_text (c, j, &len);
          gboolean subject = e->mark.end <= len && sp_commit_subject (text + e->mark.end, len - e->mark.end);
          gboolean speech = !subject && e->mark.end <= len && spoken_opening (text + e->mark.end, len - e->mark.end);
          lines += subject;
          for (guint k = 0; k < e->mark.n_names; k++)
            {
              guint *n = g_hash_table_lookup (uses, e->mark.names[k]);
              if (n == NULL)
                {
                  n = g_new0 (guint, 3);
                  g_hash_table_insert (uses, g_strdup (e->mark.names[k]), n);
                }
              n[0]++;
              n[1] += subject;
              n[2] += speech;
            }
        }
      /* the modules: names that open a subject at least every other line
       * and never speech in the first person or an answer ("cherry: fix
       * it after the freeze" beside "cherry: we should ..." is none) */
      GHashTableIter it;
      gpointer value;
      g_hash_table_iter_init (&it, uses);
      while (g_hash_table_iter_next (&it, NULL, &value))
        {
          const guint *n = value;
          if (n[1] == 0 || 2 * n[1] < n[0] || n[2] > 0)
            g_hash_table_iter_remove (&it);
        }
      c->commit_log = lines >= 4 && g_hash_table_size (uses) >= 2 ? 1 : -1;
      if (c->commit_log > 0)
        c->commit_modules = uses;
      else
        g_hash_table_unref (uses);
    }
  return c->commit_log > 0;
}

/* Are the mark's names modules of the document's commits (after
 * sp_commit_log_style() said yes), each opening a subject at least
 * every other line it opens? */
gboolean
sp_commit_module (const Ctx *c, const SpMark *m)
{
  if (c->commit_modules == NULL || m->n_names == 0)
    return FALSE;
  for (guint k = 0; k < m->n_names; k++)
    if (!g_hash_table_contains (c->commit_modules, m->names[k]))
      return FALSE;
  return TRUE;
}
