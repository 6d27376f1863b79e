/* evidence.c: what the words of a document say about a weak mark
 * (attribute.c, pass 2): whether the notes use its words in running text
 * ("major issue: ..."), whether a full name is made of plain words,
 * whether full names said once each stand in a run of people, whether a
 * lower-case mark is a nickname beside the roster's people, and whether
 * names in capitals take turns in a dialogue. */
#include <string.h>

#include "attribute-private.h"

/* Words the document uses in lower case inside speech are common words,
 * not names ("major issue: ..."); marks themselves are left out.  Counted
 * per interned norm, saturating, and only for the norms a question can
 * be asked about: the words (3 bytes or more) of the marks of candidates
 * still weak when it is built (sp_mark_has_common_word() asks about those
 * only, and no candidate becomes weak in pass 2).  Such a norm's slot
 * holds its count + 1, any other's 0. */
/* Does token t open a mark's qualifier in parentheses ("Elena Marsh
 * (Release WG):", whose words are the group's, not her name's)? */
static inline gboolean
qualifier_at (const char *text, const NpItem *it, const NpToken *t)
{
  return t->start > it->start && text[t->start - 1] == '(';
}

/* Is token t a verb of speech in the past after the mark's name ("Ilse
 * Verbruggen asked:"), which the running text uses as anyone does, not
 * the name's?  ("Sticky notes:" keeps its noun.) */
static inline gboolean
verb_in_mark (const char *text, const NpItem *it, const NpToken *t)
{
  const char *w = text + t->start, *we = text + t->end;
  gboolean past = (we - w > 4 && we[-1] == 'd' && we[-2] == 'e') || (we - w == 4 && memcmp (w, "said", 4) == 0)
                  || (we - w == 5 && memcmp (w, "wrote", 5) == 0);
  return past && t->start > it->start + 1 && g_ascii_islower (*w) && w[-1] == ' '
         && sp_before_speech_verb (text + it->start, we) != we;
}

static void
build_common (Ctx *c)
{
  /* a buffer of the instance: a fresh block this size per document would
   * make malloc consolidate its free lists */
  c->common = sp_scratch_get (c->scratch, SP_BUF_COMMON, np_document_n_strings (c->doc) + 1, TRUE);
  guint n_tokens;
  const NpToken *tokens = np_document_get_tokens (c->doc, &n_tokens);
  gsize text_len;
  const char *text = np_document_get_text (c->doc, &text_len);
  for (guint i = 0; i < c->n_items; i++)
    {
      const Cand *d = c->cands[i];
      if (d == NULL || (d->state != CAND_WEAK && d->state != CAND_WEAK_NAME))
        continue;
      const NpItem *it = &c->items[i];
      guint32 end = it->start + d->mark.end;
      for (guint k = it->token_first; k < it->token_first + it->token_count && k < n_tokens; k++)
        {
          const NpToken *t = &tokens[k];
          if (t->start >= end || qualifier_at (text, it, t))
            break;
          if (t->kind == NP_TOKEN_WORD && t->end - t->start >= 3 && !verb_in_mark (text, it, t))
            c->common[t->norm] = 1;
        }
    }
  for (guint i = 0; i < c->n_items; i++)
    {
      const NpItem *it = &c->items[i];
      guint32 from = it->start + (c->cands[i] ? c->cands[i]->mark.end : 0);
      guint end = MIN (it->token_first + it->token_count, n_tokens);
      guint k = it->token_first + 1;
      while (k < end && tokens[k].start < from) /* the mark */
        k++;
      /* every token of the speech: the count of a wanted norm grows by
       * one when it is a word written in lower case, up to 254 */
      for (; k < end; k++)
        {
          const NpToken *t = &tokens[k];
          guint8 *count = &c->common[t->norm];
          if (G_UNLIKELY (*count))
            *count += (t->kind == NP_TOKEN_WORD) & (g_ascii_islower (text[t->start]) != 0) & (*count != G_MAXUINT8);
        }
    }
}

/* How many times the words of item i's mark are used in lower case in
 * the document's speech (up to 254): the most used one's, or with
 * last_only the last one's */
static guint
mark_word_uses (Ctx *c, guint i, gboolean last_only)
{
  if (c->common == NULL)
    build_common (c);
  guint n_tokens;
  const NpToken *tokens = np_document_get_tokens (c->doc, &n_tokens);
  const NpItem *it = &c->items[i];
  guint32 end = it->start + c->cands[i]->mark.end;
  const char *text = np_document_get_text (c->doc, NULL);
  guint most = 0, last = 0;
  for (guint k = it->token_first; k < it->token_first + it->token_count && k < n_tokens; k++)
    {
      const NpToken *t = &tokens[k];
      if (t->start >= end || qualifier_at (text, it, t))
        break;
      if (t->kind != NP_TOKEN_WORD || t->end - t->start < 3 || verb_in_mark (text, it, t))
        continue;
      /* the article of an office, "The Speaker:", "The Chair:" */
      if (k == it->token_first && t->end - t->start == 3 && (t->flags & NP_TOKEN_STOPWORD)
          && g_ascii_strncasecmp (text + t->start, "the", 3) == 0)
        continue;
      /* wanted norms (all of these) hold their count + 1 */
      last = c->common[t->norm] ? c->common[t->norm] - 1u : 0;
      most = MAX (most, last);
    }
  return last_only ? last : most;
}

/* Is a word of item i's mark (the last one only, with last_only) used at
 * least min_uses (1 or more) times in lower case in the document's
 * speech? */
gboolean
sp_mark_has_common_word (Ctx *c, guint i, gboolean last_only, guint min_uses)
{
  return mark_word_uses (c, i, last_only) >= min_uses;
}

/* How many times the most used word of item i's mark is used in lower
 * case in the document's speech */
guint
sp_mark_common_uses (Ctx *c, guint i)
{
  return mark_word_uses (c, i, FALSE);
}

/* Generic words in Title case open items too ("Go Team ..."): a full name
 * found by recurrence must not contain stopwords or labels. */
gboolean
sp_plain_words (const char *name)
{
  /* each word between single spaces (empty ones too, as a split on ' '
   * gives them), keyed in a buffer when it fits */
  for (const char *w = name;;)
    {
      const char *end = strchr (w, ' ');
      gsize n = end ? (gsize) (end - w) : strlen (w);
      /* a middle initial ("Mary Q. Contrary") is no word of the text */
      if (n == 2 && w != name && end != NULL && g_ascii_isupper (w[0]) && w[1] == '.')
        {
          w = end + 1;
          continue;
        }
      char buf[64];
      char *key = sp_key_buf (NULL, w, (gssize) n, buf, sizeof buf);
      gboolean plain = !np_text_is_stopword (key) && !sp_is_label (key);
      sp_key_buf_free (key, buf);
      if (!plain)
        return FALSE;
      if (end == NULL)
        return TRUE;
      w = end + 1;
    }
}

/* "Alice Smith: ..." or "Ekr: ..." that no roster knows and that is said
 * once: a colon mark of one name in one to three Title-case words, none a
 * label or a stopword, none used in lower case in the document's speech.
 * The number of its words, or 0 when item i has no such mark; a name of
 * one word needs its colon (not a bold name alone). */
static guint
run_name_words (Ctx *c, gint32 i)
{
  if (i == NP_NONE || c->cands[i] == NULL
      || (c->cands[i]->state != CAND_WEAK && !(c->cands[i]->state == CAND_WEAK_KEY && c->cands[i]->mark.form == SP_FORM_DASH)))
    return 0;
  const SpMark *m = &c->cands[i]->mark;
  if ((m->form != SP_FORM_COLON && m->form != SP_FORM_DASH) || m->n_names != 1 || m->anonymous)
    return 0;
  /* a time after the name ("Alice Smith  10:32 AM" over a chat's message
   * copied whole) joins a run when a given name opens it: an agenda's
   * slots are written so too ("Opening Keynote  09:00") */
  if (m->timed && !(m->cases[0] == SP_CASE_TITLE && strchr (m->names[0], ' ') && sp_opens_with_given_name (m->names[0])))
    return 0;
  /* a nickname in lower case ("alice: ...", as chats and pads write
   * them): a given name alone before a colon, weighed as the run's
   * given names are */
  if (m->cases[0] == SP_CASE_LOWER)
    return m->form == SP_FORM_COLON && !m->undelimited && sp_opens_with_given_name (m->names[0])
                   && !sp_mark_has_common_word (c, i, FALSE, 1)
               ? 1
               : 0;
  if (m->cases[0] != SP_CASE_TITLE)
    return 0;
  guint words = 1;
  for (const char *p = m->names[0]; *p; p++)
    words += *p == ' ';
  /* before a dash, a standup's "Alice - ...", "Alice Smith - ...", which
   * only a run of given names makes a person (given_names_run) */
  if (words > 3 || (words == 1 && m->undelimited))
    return 0;
  return sp_plain_words (m->names[0]) && !sp_mark_has_common_word (c, i, FALSE, 1) ? words : 0;
}

/* How two names of a run share words: not at all; as one person's name
 * said again, or full name and first name, do ("Steven Bingler" and
 * "Steven"); or as a family of labels does ("Project Alpha", "Project
 * Beta"; "Platform Team", "Data Team"; "Team" beside "Data Team").  Words
 * are separated by single spaces (sp_mark_tidy). */
typedef enum
{
  SHARE_NONE,
  SHARE_PERSON,
  SHARE_LABELS
} Share;

static Share
names_share (const char *a, const char *b)
{
  gboolean a_one = strchr (a, ' ') == NULL, b_one = strchr (b, ' ') == NULL;
  if (a_one && b_one)
    return SHARE_NONE; /* two single names: one person twice, or two */
  if (g_ascii_strcasecmp (a, b) == 0)
    return SHARE_PERSON;
  Share share = SHARE_NONE;
  guint xi = 0;
  for (const char *x = a; *x; xi++)
    {
      gsize nx = strcspn (x, " ");
      guint yi = 0;
      for (const char *y = b; *y; yi++)
        {
          gsize ny = strcspn (y, " ");
          if (nx == ny && g_ascii_strncasecmp (x, y, nx) == 0)
            {
              if (!((a_one && yi == 0) || (b_one && xi == 0)))
                return SHARE_LABELS;
              share = SHARE_PERSON;
            }
          y += ny + (y[ny] == ' ');
        }
      x += nx + (x[nx] == ' ');
    }
  return share;
}

/* Two names of two words or three that share their last word and no
 * other ("Anna Nowak", "Piotr Nowak"), as two people of one family do */
static gboolean
last_word_only (const char *a, const char *b)
{
  const char *la = strrchr (a, ' '), *lb = strrchr (b, ' ');
  if (la == NULL || lb == NULL || g_ascii_strcasecmp (la, lb) != 0)
    return FALSE;
  g_autofree char *fa = g_strndup (a, la - a), *fb = g_strndup (b, lb - b);
  return names_share (fa, fb) == SHARE_NONE && g_ascii_strcasecmp (fa, fb) != 0;
}

/* The same question over a long run, by tables: each full name (folded)
 * once, and each word of one with the name it was first met in and
 * whether it opened it; then each single name against them.
 * SHARE_LABELS when two names share words as labels do, else
 * SHARE_PERSON when a full name is said again or a single name is the
 * first name of a full one. */
static Share
long_run_share (Ctx *c, GArray *run)
{
  g_autoptr (GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Share share = SHARE_NONE;
  for (guint pass = 0; pass < 2; pass++)
    for (guint x = 0; x < run->len; x++)
      {
        const char *name = c->cands[g_array_index (run, gint32, x)]->mark.names[0];
        gboolean one = strchr (name, ' ') == NULL;
        if (one != (pass == 1))
          continue;
        if (!one)
          {
            char *folded = g_ascii_strdown (name, -1);
            if (!g_hash_table_add (names, folded))
              {
                share = SHARE_PERSON; /* said again: its words are known */
                continue;
              }
          }
        for (guint k = 0; *name; k++)
          {
            gsize n = strcspn (name, " ");
            char *word = g_ascii_strdown (name, n);
            /* the value: 2 (x + 1), plus 1 when the word opens its name */
            guint seen = GPOINTER_TO_UINT (g_hash_table_lookup (words, word));
            if (one)
              {
                g_free (word);
                if (seen && !(seen & 1))
                  return SHARE_LABELS;
                if (seen)
                  share = SHARE_PERSON;
                break;
              }
            if (seen && seen >> 1 != x + 1)
              {
                g_free (word);
                return SHARE_LABELS;
              }
            g_hash_table_replace (words, word, GUINT_TO_POINTER (((x + 1) << 1) | (k == 0)));
            name += n + (name[n] == ' ');
          }
      }
  return share;
}

static gboolean other_turns (Ctx *c);

/* A run of names, three or more, each opening with a common given name
 * ("Alice:", "Bob:", "Carol:" in a standup where each speaks once; "Alice
 * Smith - ...", "Bob Jones - ..."): people, where a run of labels
 * ("Context:", "Decision:"), of products ("Firefox:", "Chrome:"), of
 * tools named like people among others ("Hugo:", "Oscar:", "Python:") or
 * of projects ("Project Alpha - on track") has a word that is no given
 * name.  Two given names make a run where the notes have other turns
 * ("Roland:", "Filippo:" in a session after the turns of another) */
static gboolean
given_names_run (Ctx *c, GArray *run)
{
  if (run->len < 2)
    return FALSE;
  for (guint x = 0; x < run->len; x++)
    if (!sp_opens_with_given_name (c->cands[g_array_index (run, gint32, x)]->mark.names[0]))
      return FALSE;
  return run->len >= 3 || other_turns (c);
}

/* Is item i in a part of the notes that tells of people rather than by
 * them: a section (or its parent) titled for thanks, welcomes or
 * anniversaries ("## Kudos", "Shout-outs", "Welcome new members",
 * "Birthdays")?  There a run of names ("Alice Smith - shipped the
 * parser") is whom each line praises. */
gboolean
sp_praise_section (Ctx *c, guint i)
{
  static const char *const stems[] = { "kudo",    "shoutout",   "thank",     "welcom",    "newmember", "newhire",
                                       "birthday", "anniversar", "congrat",  "recogni",   "appreciat", "celebrat",
                                       "farewell", NULL };
  guint n_sections;
  const NpSection *sections = np_document_get_sections (c->doc, &n_sections);
  for (gint32 s = c->items[i].section, up = 0; s != NP_NONE && (guint) s < n_sections && up < 2;
       s = sections[s].parent, up++)
    {
      if (sections[s].title == NULL)
        continue;
      g_autofree char *key = sp_key (sections[s].title, -1);
      for (const char *const *st = stems; *st; st++)
        if (strstr (key, *st))
          return TRUE;
    }
  return FALSE;
}

/* Is item i in a run of sibling items that open with names said once
 * (run_name_words), people rather than a family of labels (names_share),
 * three long or more: of full names ("Alice Smith:", "Bob Jones:",
 * "Carol Diaz:"), or of names among which a full name's person speaks
 * again by the first name ("Ian Swett:", "Jana:", "Ian:"), or two full
 * names at least beside single names ("Steven Bingler (Google):", "Ekr:",
 * "Tommy Pauly (Apple):"), or of given names alone (given_names_run: a
 * standup's "Alice:", "Bob:", "Carol:").  One full name among single names is not
 * enough: a list of products is written so ("Firefox:", "Chrome:",
 * "Safari Technology Preview:").  A run of two full names counts where the
 * notes have other turns.  Not asked where the roster names nearly every
 * speaker: there a full name no roster knows is a product or a company
 * ("Mozilla Firefox:"). */
static gboolean
run_verdict (Ctx *c, GArray *run, guint full_names)
{
  /* names before dashes are weighed by their given names only: a status
   * report writes its projects so */
  gboolean dashes = FALSE;
  for (guint x = 0; x < run->len && !dashes; x++)
    dashes = c->cands[g_array_index (run, gint32, x)]->mark.form == SP_FORM_DASH;
  if (full_names == 0 || dashes)
    return given_names_run (c, run);
  if (run->len < 2)
    return FALSE;
  /* a short run compares its names pairwise.  Two people of one surname
   * ("Anna Nowak:", "Piotr Nowak:") share their last words only, and
   * the rest of the run does not: two full names more that share nothing;
   * a family of labels shares more ("Platform Team", "Data Team", "Infra
   * Team") or stands alone */
  Share share = SHARE_NONE;
  if (run->len <= 8)
    {
      guint surname_pairs = 0;
      for (guint x = 0; x < run->len; x++)
        for (guint y = x + 1; y < run->len; y++)
          {
            const char *a = c->cands[g_array_index (run, gint32, x)]->mark.names[0];
            const char *b = c->cands[g_array_index (run, gint32, y)]->mark.names[0];
            Share s = names_share (a, b);
            if (s == SHARE_LABELS && !(surname_pairs++ == 0 && full_names >= 4 && last_word_only (a, b)))
              return FALSE;
            share = MAX (share, s == SHARE_LABELS ? SHARE_NONE : s);
          }
    }
  else if ((share = long_run_share (c, run)) == SHARE_LABELS)
    return FALSE;
  if (full_names < run->len && full_names < 2 && share != SHARE_PERSON)
    return FALSE;
  if (run->len >= 3)
    return TRUE;
  if (full_names < 2)
    return FALSE;
  /* two, where the notes have other turns */
  return other_turns (c);
}

/* Does the document have an accepted turn (not an anonymous one)?
 * Looked for once a round */
static gboolean
other_turns (Ctx *c)
{
  if (c->run_turns < 0)
    {
      c->run_turns = 0;
      for (guint k = 0; k < c->n_items && !c->run_turns; k++)
        c->run_turns = c->cands[k] && c->cands[k]->state == CAND_ACCEPTED && !c->cands[k]->mark.anonymous;
    }
  return c->run_turns > 0;
}

static const char ambiguous_first = 0;

/* Is name (one word) the first name of exactly one full name accepted as
 * a speaker ("Bryan:" after "Bryan Hughes: ...", who is on no list)?  The
 * full names accepted when the round asked first: one built from a later
 * acceptance is seen a round later (a round that accepts is followed by
 * another, and sp_round_begin() forgets this index), so the document is
 * walked once a round, not once a mark. */
gboolean
sp_first_name_of_speaker (Ctx *c, const char *name)
{
  if (c->first_names == NULL)
    {
      c->first_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < c->n_items; i++)
        {
          const Cand *d = c->cands[i];
          if (d == NULL || d->state != CAND_ACCEPTED || d->mark.anonymous || d->mark.n_names != 1)
            continue;
          const char *full = d->mark.names[0], *sp = strchr (full, ' ');
          if (sp == NULL || sp == full)
            continue;
          char *first = g_ascii_strdown (full, sp - full);
          const char *known = g_hash_table_lookup (c->first_names, first);
          if (known && known != &ambiguous_first && strcmp (known, full) != 0)
            known = &ambiguous_first;
          else if (known == NULL)
            known = full;
          g_hash_table_replace (c->first_names, first, (gpointer) known);
        }
    }
  g_autofree char *key = g_ascii_strdown (name, -1);
  const char *full = g_hash_table_lookup (c->first_names, key);
  return full != NULL && full != &ambiguous_first;
}

void
sp_round_begin (Ctx *c)
{
  g_clear_pointer (&c->first_names, g_hash_table_unref);
  g_clear_pointer (&c->lower_marks, g_hash_table_unref);
  if (c->run_memo)
    memset (c->run_memo, 0, c->n_items);
  c->run_turns = -1;
  c->handle_speakers = -1;
  /* the styles' no is asked again a round later */
  c->nick_style = MAX (c->nick_style, 0);
  c->bold_style = MAX (c->bold_style, 0);
  c->full_name_style = MAX (c->full_name_style, 0);
  c->inline_style = MAX (c->inline_style, 0);
  c->name_turns = MAX (c->name_turns, 0);
}

void
sp_rounds_end (Ctx *c)
{
  sp_round_begin (c);
  g_clear_pointer (&c->run_memo, g_free);
}

/* Do sibling items a and b, both with a name said once, go on one run?
 * Between a paragraph and a list, only where the paragraph's name is a
 * full name or opens with a given name: a mic line and the replies
 * under it ("Hanne Sorlie (Ericsson): ..." over "- Yusuf: ...") are one
 * run, a header's field ("Session: Generics follow-ups") over the list
 * of turns below is none */
static gboolean
same_run (const Ctx *c, gint32 a, gint32 b)
{
  gboolean list_a = sp_list_item (c, a);
  if (list_a == sp_list_item (c, b))
    return TRUE;
  const char *name = c->cands[list_a ? b : a]->mark.names[0];
  return strchr (name, ' ') != NULL || sp_opens_with_given_name (name);
}

gboolean
sp_name_run (Ctx *c, guint i)
{
  /* a run's verdict is the same for each of its items: found once a
   * round (a run of thousands of names is walked once, not once a name) */
  if (c->run_memo == NULL)
    c->run_memo = g_new0 (guint8, c->n_items);
  if (c->run_memo[i])
    return c->run_memo[i] == 2;
  if (!run_name_words (c, i))
    {
      c->run_memo[i] = 1;
      return FALSE;
    }
  gint32 first = i;
  while (run_name_words (c, c->prev_sibling[first]) && same_run (c, c->prev_sibling[first], first))
    first = c->prev_sibling[first];
  g_autoptr (GArray) run = g_array_new (FALSE, FALSE, sizeof (gint32));
  guint full_names = 0, words;
  for (gint32 j = first, before = NP_NONE;
       j != NP_NONE && (words = run_name_words (c, j)) > 0 && (before == NP_NONE || same_run (c, before, j));
       before = j, j = c->next_sibling[j])
    {
      g_array_append_val (run, j);
      full_names += words >= 2;
    }
  gboolean verdict = run_verdict (c, run, full_names) && !sp_praise_section (c, (guint) first);
  for (guint x = 0; x < run->len; x++)
    c->run_memo[g_array_index (run, gint32, x)] = verdict ? 2 : 1;
  return verdict;
}

/* Colon marks of one name written in lower case both times ("fantasai:"
 * twice, where "Intl - ..." and "intl: ..." are a topic's prefix), up to
 * 2.  Asked in roster-rich notes for a lower-case mark nobody knows:
 * counted for every key at the round's first question, so that notes of
 * thousands of such marks are walked once a round, not once a mark. */
static guint
lower_colon_marks (Ctx *c, const char *key)
{
  if (c->lower_marks == NULL)
    {
      c->lower_marks = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint j = 0; j < c->n_items; j++)
        {
          const Cand *e = c->cands[j];
          if (!(e && e->state != CAND_REJECTED && e->mark.form == SP_FORM_COLON && e->mark.n_names == 1
                && e->mark.cases[0] == SP_CASE_LOWER && e->keys[0]))
            continue;
          /* keys live as long as the analysis */
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (c->lower_marks, e->keys[0]));
          g_hash_table_insert (c->lower_marks, e->keys[0], GUINT_TO_POINTER (MIN (n + 1, 2)));
        }
    }
  return GPOINTER_TO_UINT (g_hash_table_lookup (c->lower_marks, key));
}

/* Item j's speakers are all people of a roster */
static gboolean
resolved_at (const Ctx *c, gint32 j)
{
  if (!sp_accepted (c, j) || c->cands[j]->mark.anonymous || c->cands[j]->mark.n_names == 0)
    return FALSE;
  for (guint k = 0; k < c->cands[j]->mark.n_names; k++)
    if (!sp_unique (&c->cands[j]->match[k]))
      return FALSE;
  return TRUE;
}

/* A nickname is one more person of the talk ("fantasai:" in W3C minutes):
 * written in lower case at least twice, next to a turn of the roster's
 * people */
gboolean
sp_nickname_beside_roster (Ctx *c, guint i, const char *key)
{
  return (resolved_at (c, c->prev_sibling[i]) || resolved_at (c, c->next_sibling[i]))
         && lower_colon_marks (c, key) >= 2;
}

/* The parties of interviews, panels, hearings and plays named by their
 * role (sp_key forms), sorted: asked for every attendee's role */
static const char *const party_roles[] = {
    "agent", "attorney", "audience", "author", "bailiff", "caller", "chair", "chairman", "chairperson", "chairwoman", "clerk",
    "cohost", "commissioner", "councillor", "councilor", "counsel", "court", "customer", "defendant", "delegate",
    "deponent", "facilitator", "guest", "host", "instructor", "interpreter", "interviewee", "interviewer", "judge",
    "mayor", "member", "moderator", "narrator", "operator", "panelist", "panellist", "participant", "petitioner",
    "plaintiff", "presenter", "president", "prosecutor", "questioner", "reporter", "representative", "respondent", "reviewer",
    "secretary", "senator", "speaker", "student", "teacher", "treasurer", "videographer", "witness",
};

gboolean
sp_is_party_role (const char *key)
{
  return sp_sorted_has (party_roles, G_N_ELEMENTS (party_roles), key);
}

gboolean
sp_party_roles_sorted (void)
{
  return sp_sorted_strictly (party_roles, G_N_ELEMENTS (party_roles));
}

/* Is a mark in capitals a party's?  One word is a role ("INTERVIEWER:",
 * "THE CHAIR:"), not a heading ("HIGHLIGHTS:"); a name after a title
 * ("MR. SMITH:", read "Smith") is a person; more words are a name of
 * plain words ("JOHN SMITH:", not "NEXT STEPS:"). */
static gboolean
capitals_party (const SpMark *m, const char *text)
{
  const char *name = m->names[0];
  if (g_ascii_strncasecmp (name, "the ", 4) == 0)
    name += 4;
  if (strchr (name, ' '))
    return sp_plain_words (name);
  if (name == m->names[0] && memchr (text + m->raw_start, ' ', m->raw_len))
    return TRUE; /* a title of address was dropped */
  g_autofree char *key = sp_key (name, -1);
  return sp_is_party_role (key);
}

/* A party in capitals named with its title ("MR. CLEMENT:", "JUSTICE
 * KAGAN:", read "Clement", "Kagan"): a person, who may speak once in a
 * dialogue */
static gboolean
titled_party (const Cand *d, const char *text)
{
  const SpMark *m = &d->mark;
  return m->n_names == 1 && !strchr (m->names[0], ' ') && memchr (text + m->raw_start, ' ', m->raw_len) != NULL;
}

/* Transcripts write their parties in capitals ("INTERVIEWER:", "JOHN
 * SMITH:") and take turns: item j (a neighbour) is another party's
 * colon mark that recurs too, or (unless recurring) a party who speaks
 * once.  A topic label in capitals stands alone. */
static gboolean
dialogue_partner (Ctx *c, gint32 j, const char *key, gboolean recurring)
{
  if (j == NP_NONE || c->cands[j] == NULL)
    return FALSE;
  const Cand *e = c->cands[j];
  if (e->state == CAND_REJECTED || e->state == CAND_NONE || e->mark.form != SP_FORM_COLON || !e->mark.n_names
      || !e->keys[0] || !e->keys[0][0] || g_strcmp0 (e->keys[0], key) == 0)
    return FALSE;
  if (sp_key_count (c, e->keys[0]) >= 2)
    return TRUE;
  if (recurring)
    return FALSE;
  /* a party who speaks once ("JUSTICE THOMAS:" between two of
   * counsel's turns, "BOB JONES:" between two of Alice Smith's, "THE
   * CHAIR:") is a partner too */
  gsize len;
  const char *text = sp_item_text (c, (guint) j, &len);
  return capitals_party (&e->mark, text);
}

/* In a transcript (a cue, a timed line, live captions after ">>") a name
 * of one word in capitals opens a turn as subtitles write their parties
 * ("DEVIKA: ..."): one that is no label ("NOTE:", "UPDATES:") nor a word
 * the notes use in lower case. */
static gboolean
transcript_party (Ctx *c, guint i, const Cand *d, const char *text)
{
  const SpMark *m = &d->mark;
  if (!(m->timed || (text[0] == '>' && text[1] == '>')) || m->n_names != 1 || strchr (m->names[0], ' ')
      || memchr (text + m->raw_start, ' ', m->raw_len))
    return FALSE;
  const char *key = d->keys[0];
  if (key == NULL || key[0] == '\0' || key[1] == '\0' || sp_is_label_key (key) || np_text_is_stopword (key))
    return FALSE;
  /* nor a plural label alone ("BLOCKERS:") */
  return !sp_is_plural_label (key) && !sp_mark_has_common_word (c, i, FALSE, 1);
}

/* The key of the last word of name (a name of two words or more), or
 * of its first (first TRUE), made as the marks' keys are (sp_key_buf():
 * in buf, or allocated; free it with sp_key_buf_free()), or NULL */
static char *
word_key (Ctx *c, const char *name, gboolean first, char *buf, gsize size)
{
  const char *w = first ? strchr (name, ' ') : strrchr (name, ' ');
  if (w == NULL)
    return NULL;
  char *key = first ? sp_key_buf (c->scratch->translit, name, w - name, buf, size)
                    : sp_key_buf (c->scratch->translit, w + 1, -1, buf, size);
  if (key[0] && key[1])
    return key;
  sp_key_buf_free (key, buf);
  return NULL;
}

/* Is the key of name's last word (first: of its first) a mark of the
 * document's own, no label? */
static gboolean
word_is_mark (Ctx *c, const char *name, gboolean first)
{
  char buf[48];
  char *key = word_key (c, name, first, buf, sizeof buf);
  gboolean mark = key && sp_key_count (c, key) >= 1 && !sp_is_label_key (key);
  if (key)
    sp_key_buf_free (key, buf);
  return mark;
}

/* Transcripts name a party in full at first ("JOAQUIN IBARRA:") and by
 * the surname or the first name after ("IBARRA:", "JOAQUIN:"): is item
 * i's mark in capitals one of such a pair, a full name of plain words
 * whose last or first word is a mark of its own, or a word that ends or
 * opens such a full name? */
static gboolean
surname_pair (Ctx *c, guint i, const Cand *d)
{
  const SpMark *m = &d->mark;
  char buf[48];
  if (m->n_names != 1)
    return FALSE;
  if (strchr (m->names[0], ' '))
    return sp_plain_words (m->names[0]) && (word_is_mark (c, m->names[0], FALSE) || word_is_mark (c, m->names[0], TRUE));
  const char *key = d->keys[0];
  if (key == NULL || strlen (key) < 3 || sp_is_label_key (key) || np_text_is_stopword (key)
      || sp_is_party_role (key))
    return FALSE;
  /* the surnames of the full names in capitals, once a document */
  if (c->capital_surnames == NULL)
    {
      c->capital_surnames = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint j = 0; j < c->n_items; j++)
        {
          const Cand *e = c->cands[j];
          if (e == NULL || e->mark.form != SP_FORM_COLON || e->mark.n_names != 1 || !strchr (e->mark.names[0], ' ')
              || !sp_plain_words (e->mark.names[0]))
            continue;
          gsize len;
          const char *t = sp_item_text (c, j, &len);
          if (sp_has_lowercase (t + e->mark.raw_start, e->mark.raw_len))
            continue;
          for (guint first = 0; first < 2; first++)
            {
              char *word = word_key (c, e->mark.names[0], first, buf, sizeof buf);
              if (word)
                {
                  g_hash_table_add (c->capital_surnames, g_strdup (word));
                  sp_key_buf_free (word, buf);
                }
            }
        }
    }
  return g_hash_table_contains (c->capital_surnames, key);
}

gboolean
sp_capitals_dialogue (Ctx *c, guint i, const char *text)
{
  const Cand *d = c->cands[i];
  const char *key = d->keys[0];
  if (surname_pair (c, i, d))
    return TRUE;
  gboolean party = capitals_party (&d->mark, text);
  if (!party && !transcript_party (c, i, d, text))
    return FALSE;
  /* a party who speaks once (titled, named in full, a role) does so
   * beside one who recurs, unless titled */
  gboolean once = sp_key_count (c, key) < 2 && !titled_party (d, text);
  if (once && !party)
    return FALSE;
  /* a transcript's party met in a dialogue before, past an applause or
   * a stage direction ("[LAUGHTER]" over "MODERATOR: ...") */
  if (sp_key_accepted (c, key))
    return TRUE;
  /* the nearest marked sibling each way, past a line no mark opens
   * (captions' ">> Thank you." from someone unnamed) */
  gint32 prev = c->prev_sibling[i], next = c->next_sibling[i];
  if (prev != NP_NONE && c->cands[prev] == NULL)
    prev = c->prev_sibling[prev];
  if (next != NP_NONE && c->cands[next] == NULL)
    next = c->next_sibling[next];
  return dialogue_partner (c, prev, key, once) || dialogue_partner (c, next, key, once);
}
