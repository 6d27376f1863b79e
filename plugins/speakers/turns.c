/* turns.c: the items' structure the analysis reads (children, siblings,
 * a name paragraph over a list: sp_link_items(), before pass 1), and its
 * last passes: people and their turns.
 *
 * Pass 3 gathers the full names the marks write (the derived roster),
 * which the marks no roster knows, and typos, are matched against.
 * Then every accepted mark becomes a turn naming one person per name: the
 * roster's full name when the mark resolved to one person, otherwise the
 * mark as written (an ambiguous mark keeps its candidates).  People are
 * keyed by the sp_key() of their canonical name, so one person has one
 * name in the whole document, spelt as first seen.  A bare-name heading
 * then passes its speakers to its direct sub-bullets, an item opening with
 * an ellipsis continues the turn right before it, and each person's
 * turns, words and sections are counted. */
#include <string.h>

#include "attribute-private.h"

/* ---- document structure ----------------------------------------------- */

/* A paragraph that is a name alone set apart: "**Alice**", "**Alice:**",
 * "Alice Smith:" (no speech after the colon) */
static gboolean
name_paragraph (const Ctx *c, guint i)
{
  gsize len;
  const char *t = sp_item_text (c, i, &len);
  if (len < 3 || len > 64 || c->items[i].flags & NP_ITEM_WRAPPED)
    return FALSE;
  /* "**Kasimir Lindqvist** (Nethermind)": the bold name, then a company */
  if (t[0] == '*')
    len = sp_before_qualifier (t, len, 0);
  return len <= 52 && ((t[0] == '*' && t[1] == '*' && (t[len - 1] == '*' || t[len - 1] == ':')) || t[len - 1] == ':');
}

void
sp_link_items (Ctx *c)
{
  guint n = c->n_items;
  c->has_children = sp_scratch_get (c->scratch, SP_BUF_HAS_CHILDREN, sizeof (gboolean) * (n + 1), TRUE);
  c->prev_sibling = sp_scratch_get (c->scratch, SP_BUF_PREV_SIBLING, sizeof (gint32) * (n + 1), FALSE);
  c->next_sibling = sp_scratch_get (c->scratch, SP_BUF_NEXT_SIBLING, sizeof (gint32) * (n + 1), FALSE);
  /* last item seen per parent (parent + 1, so NP_NONE is slot 0) */
  gint32 *last = sp_scratch_get (c->scratch, SP_BUF_LAST, sizeof (gint32) * (n + 2), FALSE);
  for (guint i = 0; i < n + 2; i++)
    last[i] = NP_NONE;
  for (guint i = 0; i < n; i++)
    {
      gint32 parent = c->items[i].parent;
      c->next_sibling[i] = NP_NONE;
      if (parent != NP_NONE)
        c->has_children[parent] = TRUE;
      gint32 prev = last[parent + 1];
      if (prev != NP_NONE && c->items[prev].section != c->items[i].section)
        prev = NP_NONE;
      c->prev_sibling[i] = prev;
      if (prev != NP_NONE)
        c->next_sibling[prev] = i;
      last[parent + 1] = i;
    }
  /* A paragraph directly over a list of its level heads that list as a
   * bare name heads its sub-bullets: "**Tim Beiko**" then "* Hello ...",
   * as meeting notes write a speaker above what they said */
  c->heads_list = sp_scratch_get (c->scratch, SP_BUF_HEADS_LIST, sizeof (gboolean) * (n + 1), TRUE);
  for (guint i = 0; i + 1 < n; i++)
    {
      const NpItem *it = &c->items[i], *next = &c->items[i + 1];
      if (it->kind != NP_ITEM_PARAGRAPH || c->has_children[i] || c->next_sibling[i] != (gint32) i + 1)
        continue;
      if (next->kind == NP_ITEM_BULLET || next->kind == NP_ITEM_NUMBERED)
        c->heads_list[i] = c->has_children[i] = SP_HEADS_LIST;
      /* a name alone in bold or with its colon over paragraphs
       * ("**Alice**", then what she said) or over a quote of her words
       * ("@**Alice** said:" over "> ...", as Zulip quotes) */
      else if ((next->kind == NP_ITEM_PARAGRAPH || next->kind == NP_ITEM_QUOTE) && name_paragraph (c, i))
        c->heads_list[i] = c->has_children[i] = SP_HEADS_PARAGRAPHS;
    }
}

const char *
sp_method_name (SpMethod method)
{
  static const char *const names[] = { "bracket", "angle", "colon",   "abbreviation", "bold",      "dash",
                                       "comma",   "name",  "heading", "headed",       "continued", "voice",
                                       "chat",    "section", "table",        "paren",     "scribed",
                                       "hearing", "meetbot", "qa" };
  G_STATIC_ASSERT (G_N_ELEMENTS (names) == SP_N_METHODS);
  return method < G_N_ELEMENTS (names) ? names[method] : "unknown";
}


/* People are records of the instance (SpScratch.people), reused from
 * one document to the next with their arrays; their strings live in the
 * scratch's doc_strings, like the analysis' keys. */
void
sp_person_free (gpointer data)
{
  SpPerson *p = data;
  g_ptr_array_unref (p->aliases);
  g_ptr_array_unref (p->candidates);
  g_array_unref (p->sections);
  g_free (p);
}

static const char *
source_name (SpSource s)
{
  switch (s)
    {
    case SP_SOURCE_ATTENDEES:
    case SP_SOURCE_TABLE:
    case SP_SOURCE_PRESENT:
      return "attendees";
    case SP_SOURCE_TEXT:
      return "text";
    case SP_SOURCE_FILE:
      return "roster";
    case SP_SOURCE_MARKS:
      return "marks";
    }
  return NULL;
}

static void
add_unique_string (Ctx *c, GPtrArray *a, const char *s)
{
  for (guint i = 0; i < a->len; i++)
    if (strcmp (g_ptr_array_index (a, i), s) == 0)
      return;
  g_ptr_array_add (a, g_string_chunk_insert (c->scratch->doc_strings, s));
}

static SpPerson *
person_new (Ctx *c)
{
  SpScratch *s = c->scratch;
  if (s->n_people == s->people->len)
    {
      SpPerson *p = g_new0 (SpPerson, 1);
      p->aliases = g_ptr_array_new ();
      p->candidates = g_ptr_array_new ();
      p->sections = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_ptr_array_add (s->people, p);
    }
  SpPerson *p = g_ptr_array_index (s->people, s->n_people++);
  g_ptr_array_set_size (p->aliases, 0);
  g_ptr_array_set_size (p->candidates, 0);
  g_array_set_size (p->sections, 0);
  p->items = p->words = 0;
  p->last_alias = NULL;
  return p;
}

/* Adds mark name s to p's aliases unless there.  Mark names keep their
 * address for the whole analysis (cached readings and owned names alike
 * live until it ends), and turns of one person mostly repeat one mark:
 * the same address as last time is the same string, already added. */
static void
add_alias (Ctx *c, SpPerson *p, const char *s)
{
  if (p->last_alias == s)
    return;
  add_unique_string (c, p->aliases, s);
  p->last_alias = s;
}

/* "Christopher \"CRob\" Robinson": the name without the nickname quoted
 * between its words (the nickname stays a word of the roster's name, an
 * alias), or NULL when there is none */
static char *
without_quoted_nickname (const char *name)
{
  static const char *const quotes[][2] = { { "\"", "\"" }, { "\xe2\x80\x9c", "\xe2\x80\x9d" } };
  for (guint q = 0; q < G_N_ELEMENTS (quotes); q++)
    {
      const char *open = strstr (name, quotes[q][0]);
      if (open == NULL || open == name || open[-1] != ' ')
        continue;
      const char *after = open + strlen (quotes[q][0]);
      const char *close = strstr (after, quotes[q][1]);
      if (close == NULL || close == after)
        continue;
      const char *rest = close + strlen (quotes[q][1]);
      if (*rest != ' ' || rest[1] == '\0')
        continue;
      return g_strdup_printf ("%.*s%s", (int) (open - name), name, rest + 1);
    }
  return NULL;
}

/* The person named name; known_key is sp_key (name) when the caller has
 * it.  People are found by key in the key table (keys.c). */
static guint
person_for (Ctx *c, const char *name, const char *known_key, const char *source)
{
  const char *lookup = known_key && known_key[0] ? known_key : NULL;
  g_autofree char *computed = NULL;
  if (lookup == NULL)
    {
      computed = sp_key_cached (c->scratch->translit, name, -1);
      lookup = computed[0] ? computed : name;
      SpKeyInfo *k = sp_keys_find (c, lookup);
      if (k && k->person)
        return k->person - 1;
    }
  else
    {
      SpKeyInfo *k = sp_keys_get (c, lookup);
      if (k->person)
        return k->person - 1;
    }
  SpPerson *p = person_new (c);
  /* a name is written into the layers: one that is no valid UTF-8 (a
   * roster file's, a reading's that cut a character) is mended there, not
   * let fail the whole layer */
  g_autofree char *mended = g_utf8_validate (name, -1, NULL) ? NULL : g_utf8_make_valid (name, -1);
  g_autofree char *plain = without_quoted_nickname (mended ? mended : name);
  p->name = g_string_chunk_insert (c->scratch->doc_strings, plain ? plain : mended ? mended : name);
  p->key = g_string_chunk_insert (c->scratch->doc_strings, lookup);
  p->source = source;
  g_ptr_array_add (c->result->persons, p);
  /* the person's key string and a known key live until the analysis
   * ends */
  sp_keys_get (c, known_key && lookup == known_key ? known_key : p->key)->person = c->result->persons->len;
  return c->result->persons->len - 1;
}

static double
tier_confidence (const SpMatch *m)
{
  if (!sp_matched (m))
    return 0.7;
  if (m->n_candidates > 1)
    return 0.5;
  static const double by_tier[SP_N_TIERS] = { 0.97, 0.97, 0.9, 0.85, 0.8, 0.7 };
  return by_tier[m->tier];
}

static SpMethod
method_of (const SpMark *m)
{
  switch (m->form)
    {
    case SP_FORM_BRACKET:
      return m->paren ? SP_METHOD_PAREN : SP_METHOD_BRACKET;
    case SP_FORM_ANGLE:
      return m->voice ? SP_METHOD_VOICE : SP_METHOD_ANGLE;
    case SP_FORM_COLON:
      if (m->table)
        return SP_METHOD_TABLE;
      if (m->chat)
        return SP_METHOD_CHAT;
      if (m->scribed)
        return SP_METHOD_SCRIBED;
      if (m->hearing)
        return SP_METHOD_HEARING;
      if (m->meetbot)
        return SP_METHOD_MEETBOT;
      if (m->qa)
        return SP_METHOD_QA;
      if (m->bold)
        return SP_METHOD_BOLD;
      return m->n_names && m->cases[0] == SP_CASE_UPPER ? SP_METHOD_ABBREVIATION : SP_METHOD_COLON;
    case SP_FORM_DASH:
      return SP_METHOD_DASH;
    case SP_FORM_COMMA:
      return SP_METHOD_COMMA;
    case SP_FORM_NAME:
      return SP_METHOD_NAME;
    default:
      return SP_METHOD_HEADING;
    }
}

/* The person a name resolved to: the roster's when it names one person,
 * else the name as written (key: its key, or NULL to compute it) */
static guint
matched_person (Ctx *c, const SpMatch *x, const char *name, const char *key)
{
  if (!sp_unique (x))
    return person_for (c, name, key, NULL);
  const SpEntry *e = sp_roster_get (x->roster, x->entry);
  return person_for (c, e->name, e->full_key, source_name (e->source));
}

static void
make_turn (Ctx *c, guint i)
{
  Cand *d = c->cands[i];
  SpTurn *t = &c->result->turns[i];
  SpMark *m = &d->mark;
  t->attributed = TRUE;
  t->method = method_of (m);
  gsize text_len;
  const char *text = sp_item_text (c, i, &text_len);
  t->mention = text + m->raw_start;
  t->mention_len = m->raw_len;
  t->speech_start = m->end;
  t->speech_end = m->meetbot || m->trailing ? m->raw_start : 0;
  static const double form_weight[] = { 0, 1.0, 1.0, 1.0, 0.9, 0.9, 0.85, 0.8 };
  double confidence = 1.0;
  /* "Audience: does this change GOGC?" between turns: accepted beside
   * them, an unnamed voice of the room all the same */
  if (m->anonymous || (m->n_names == 1 && !sp_matched (&d->match[0]) && sp_is_role_voice (m->names[0])))
    {
      t->speakers[t->n_speakers++] = person_for (c, "UNKNOWN", "unknown", NULL);
      SpPerson *p = g_ptr_array_index (c->result->persons, t->speakers[0]);
      add_alias (c, p, m->names[0]);
      t->confidence = 0.9;
      return;
    }
  guint n = m->n_names;
  if (m->affiliation && n >= 2 && !sp_matched (&d->match[n - 1]) && !sp_key_accepted (c, d->keys[n - 1]))
    n--, d->drop_affiliation = TRUE;
  for (guint k = 0; k < n; k++)
    {
      const SpMatch *x = &d->match[k];
      /* a slip of a mark said more is that mark's person */
      guint slip = c->slips && d->keys[k] && !sp_matched (x)
                       ? GPOINTER_TO_UINT (g_hash_table_lookup (c->slips, d->keys[k]))
                       : 0;
      const Cand *said = slip ? c->cands[slip / SP_MAX_NAMES - 1] : NULL;
      guint sk = slip % SP_MAX_NAMES;
      guint pi = said ? person_for (c, said->mark.names[sk], said->keys[sk], NULL)
                      : matched_person (c, x, m->names[k], d->keys[k]);
      SpPerson *p = g_ptr_array_index (c->result->persons, pi);
      add_alias (c, p, m->names[k]);
      if (sp_matched (x) && x->n_candidates > 1)
        for (guint j = 0; j < MIN (x->n_candidates, G_N_ELEMENTS (x->candidates)); j++)
          add_unique_string (c, p->candidates, sp_roster_get (x->roster, x->candidates[j])->name);
      gboolean dup = FALSE;
      for (guint j = 0; j < t->n_speakers; j++)
        dup |= t->speakers[j] == pi;
      if (!dup)
        t->speakers[t->n_speakers++] = pi;
      confidence = MIN (confidence, tier_confidence (x));
    }
  confidence *= form_weight[MIN ((guint) m->form, G_N_ELEMENTS (form_weight) - 1)];
  if (m->uncertain)
    confidence *= 0.7;
  t->confidence = confidence;
}

/* Word tokens of the speech (after the mark): the item's count from the
 * core less the words of the mark, so only the mark's few tokens are
 * read (a turn's speech may run to hundreds of tokens). */
static guint
speech_words (const NpDocument *doc, const NpItem *it, guint32 speech_start, guint32 speech_end)
{
  if (speech_start == 0 && speech_end == 0)
    return it->n_words;
  guint n_tokens;
  const NpToken *tokens = np_document_get_tokens (doc, &n_tokens);
  guint mark_words = 0;
  guint end = MIN (it->token_first + it->token_count, n_tokens);
  guint32 from = it->start + speech_start;
  for (guint k = it->token_first; k < end && tokens[k].start < from; k++)
    mark_words += NP_TOKEN_KIND_IS_WORD (tokens[k].kind);
  /* a mark after the speech ("... (bauzas, 16:12:45)"): its words from
   * the end */
  if (speech_end)
    for (guint k = end; k > it->token_first && tokens[k - 1].start >= it->start + speech_end; k--)
      mark_words += NP_TOKEN_KIND_IS_WORD (tokens[k - 1].kind);
  return it->n_words - mark_words;
}

/* t takes the speakers of from, who named them (its mark), less sure */
static void
inherit_turn (SpTurn *t, const SpTurn *from, SpMethod method, guint32 speech_start, double confidence)
{
  t->attributed = TRUE;
  t->method = method;
  t->n_speakers = from->n_speakers;
  memcpy (t->speakers, from->speakers, sizeof t->speakers);
  t->mention = from->mention;
  t->mention_len = from->mention_len;
  t->speech_start = speech_start;
  t->speech_end = 0;
  t->confidence = from->confidence * confidence;
}

/* A handle the document's roster knows (w, n bytes in lower case) */
static gboolean
roster_handle (Ctx *c, const char *w, gsize n)
{
  if (n < 4 || n > 32)
    return FALSE;
  char name[33];
  memcpy (name, w, n);
  name[n] = '\0';
  SpMatch x;
  return sp_roster_lookup (c->doc_roster, name, SP_CASE_LOWER, SP_LOOKUP_NAMES, &x) && sp_unique (&x);
}

/* Does the word that ends at v (text before it) tell what a person said
 * or thinks: a verb of speech, or of opinion ("Olu Okafor thinks ...")? */
static gboolean
tells_of (const char *text, const char *w, const char *v)
{
  static const char *const opinions[] = { "thinks", "thought", "believes", "feels", "felt", "prefers", "worries", NULL };
  return sp_before_speech_verb (text, v) != v || sp_word_in (w, v - w, opinions);
}

/* Does item j open by telling what someone else said ("Than asked
 * whether ...", "Cherry Mui suggested ...", "bkessler said ...", "Olu
 * Okafor thinks ...") under the head of person pi's list?  One or two
 * capitalized words or a handle of the roster's, none a word of pi's
 * name, then a verb of speech or of opinion: the scribe's account of
 * another voice. */
static gboolean
narrates_another (Ctx *c, guint j, guint pi)
{
  gsize len;
  const char *text = sp_item_text (c, j, &len), *e = text + len, *p = text;
  const SpPerson *person = g_ptr_array_index (c->result->persons, pi);
  for (guint words = 0; words < 2; words++)
    {
      /* a capitalized word, or first a handle of the roster's ("bkessler
       * said ...") */
      if (p >= e || !(g_ascii_isupper (*p) || (words == 0 && g_ascii_islower (*p))))
        return FALSE;
      const char *w = p;
      gboolean handle = g_ascii_islower (*w);
      while (p < e && (g_ascii_isalnum (*p) || *p == '\'' || *p == '-' || (*p == '_' && handle)))
        p++;
      /* a word of the head's own name: the scribe tells what he said */
      gsize n = p - w;
      for (const char *q = person->name; q && *q;)
        {
          const char *qe = strchr (q, ' ');
          gsize qn = qe ? (gsize) (qe - q) : strlen (q);
          if (qn == n && g_ascii_strncasecmp (q, w, n) == 0)
            return FALSE;
          q = qe ? qe + 1 : NULL;
        }
      if (p >= e || *p != ' ')
        return FALSE;
      const char *v = ++p;
      while (v < e && g_ascii_isalpha (*v))
        v++;
      /* a handle only before its verb, and asked of the roster last */
      if (tells_of (text, p, v))
        return !handle || roster_handle (c, w, n);
      if (handle)
        return FALSE;
    }
  return FALSE;
}

/* A note-taker's aside, the whole item in parentheses ("(nobody had
 * numbers at hand)"): nobody's words */
static gboolean
aside (Ctx *c, guint j)
{
  gsize len;
  const char *text = sp_item_text (c, j, &len);
  return len > 2 && text[0] == '(' && text[len - 1] == ')' && !memchr (text + 1, ')', len - 2);
}

static void
inherit_headings (Ctx *c)
{
  for (guint i = 0; i < c->n_items; i++)
    {
      SpTurn *h = &c->result->turns[i];
      if (!h->attributed || h->method != SP_METHOD_HEADING)
        continue;
      for (guint j = i + 1; j < c->n_items && c->items[j].depth > c->items[i].depth; j++)
        {
          SpTurn *t = &c->result->turns[j];
          if (c->items[j].parent != (gint32) i || t->attributed || sp_skip_item (c, j)
              || narrates_another (c, j, h->speakers[0]) || aside (c, j))
            continue;
          inherit_turn (t, h, SP_METHOD_HEADED, 0, 0.75);
        }
      if (!c->heads_list[i])
        continue;
      /* the list below it, its siblings, up to the first that is no list
       * item or has a speaker of its own; or the paragraphs below it, up
       * to one that has a speaker or a mark of its own (the next name) */
      gboolean paragraphs = c->heads_list[i] == SP_HEADS_PARAGRAPHS;
      for (gint32 j = c->next_sibling[i]; j != NP_NONE; j = c->next_sibling[j])
        {
          SpTurn *t = &c->result->turns[j];
          NpItemKind kind = c->items[j].kind;
          /* (a quote's words are the quoted person's, whatever opens them) */
          if ((paragraphs ? (kind != NP_ITEM_PARAGRAPH && kind != NP_ITEM_QUOTE)
                              || (c->cands[j] != NULL && kind != NP_ITEM_QUOTE)
                          : kind != NP_ITEM_BULLET && kind != NP_ITEM_NUMBERED)
              || t->attributed)
            break;
          if (!sp_skip_item (c, j) && !narrates_another (c, j, h->speakers[0]) && !aside (c, j))
            inherit_turn (t, h, SP_METHOD_HEADED, 0, 0.75);
        }
    }
}

/* The person a section's title names, or SP_NO_PERSON: a title that is a
 * name and nothing else ("### Nora", "## Paul Weber:", "### Oksana
 * (co-author)", a handle "### bwilk"), which a roster
 * of the document or a roster file knows as one person, by the name or
 * its first or last name.  Without a roster, a one-word title may as well
 * be a topic ("### Jenkins"). */
static guint
section_person (Ctx *c, const char *title)
{
  /* most titles are topics, longer than a name: told apart by a look at
   * their bytes, and the cheapest test first */
  gsize n = 0;
  guint spaces = 0;
  for (; title[n] && n <= 48 && spaces <= 4; n++)
    spaces += title[n] == ' ';
  if (n > 48 || spaces > 4 || ((guchar) title[0] < 0x80 && !g_ascii_isupper (title[0])
                                && !(g_ascii_islower (title[0]) && spaces == 0)))
    return SP_NO_PERSON;
  while (n > 0 && (title[n - 1] == ':' || title[n - 1] == ' '))
    n--;
  /* more than three words only before a qualifier */
  if (spaces > 2 && !(n > 2 && title[n - 1] == ')'))
    return SP_NO_PERSON;
  /* "### Oksana (co-author)": the name before its qualifier */
  n = sp_before_qualifier (title, n, 0);
  if (n == 0)
    return SP_NO_PERSON;
  char name[49];
  memcpy (name, title, n);
  name[n] = '\0';
  guint words;
  SpCase name_case = sp_name_case (name, n, &words);
  /* a handle alone ("### bwilk") names a person of the roster too */
  if ((name_case != SP_CASE_TITLE && !(name_case == SP_CASE_LOWER && words == 1)) || words > 3)
    return SP_NO_PERSON;
  SpMatch x;
  gboolean found = sp_roster_lookup (c->doc_roster, name, name_case, SP_LOOKUP_NAMES, &x);
  for (guint i = 0; i < c->external->len && !found; i++)
    found = sp_roster_lookup (g_ptr_array_index (c->external, i), name, name_case, SP_LOOKUP_NAMES, &x);
  if (!found || !sp_unique (&x) || x.tier == SP_TIER_TYPO || !sp_plain_words (name))
    return SP_NO_PERSON;
  const SpEntry *e = sp_roster_get (x.roster, x.entry);
  guint pi = person_for (c, e->name, e->full_key, source_name (e->source));
  add_alias (c, g_ptr_array_index (c->result->persons, pi), name);
  return pi;
}

/* Notes kept per person ("## Updates", then "### Nora" over her bullets):
 * the items of a section titled with a person's name are that person's,
 * unless they carry a mark of their own.  Subsections are topics of
 * their own. */
static void
inherit_section_names (Ctx *c)
{
  guint n_sections;
  const NpSection *sections = np_document_get_sections (c->doc, &n_sections);
  for (guint s = 0; s < n_sections; s++)
    {
      const NpSection *sec = &sections[s];
      if (sec->title == NULL || sec->item_count == 0 || sec->line == 0)
        continue;
      guint pi = SP_NO_PERSON;
      gboolean asked = FALSE;
      for (guint j = sec->item_first; j < sec->item_first + sec->item_count && j < c->n_items; j++)
        {
          SpTurn *t = &c->result->turns[j];
          if (c->items[j].section != (gint32) s || t->attributed || sp_skip_item (c, j) || sp_owner_item (c, j))
            continue;
          if (!asked)
            {
              pi = section_person (c, sec->title);
              asked = TRUE;
            }
          if (pi == SP_NO_PERSON)
            break;
          t->attributed = TRUE;
          t->method = SP_METHOD_SECTION;
          t->n_speakers = 1;
          t->speakers[0] = pi;
          t->mention = sec->title;
          t->mention_len = (guint32) strlen (sec->title);
          t->speech_start = 0;
          t->speech_end = 0;
          t->confidence = 0.75;
        }
    }
}

/* ---- pass 3: full names used as marks ---------------------------------- */

static gboolean
last_word_is_initial (const char *name)
{
  const char *sp = strrchr (name, ' ');
  if (sp == NULL)
    return FALSE;
  glong n = g_utf8_strlen (sp + 1, -1);
  return n == 1 || (n == 2 && name[strlen (name) - 1] == '.');
}

void
sp_build_derived (Ctx *c)
{
  /* Full names first, then "michael k"-like names, which join a full
   * name they abbreviate instead of becoming a person of their own. */
  for (int round = 0; round < 2; round++)
    for (guint i = 0; i < c->n_items; i++)
      {
        Cand *d = c->cands[i];
        if (d == NULL || d->state != CAND_ACCEPTED || d->mark.anonymous)
          continue;
        /* "[Bao, Acme Corp]": the tail that may be an affiliation names
         * nobody of the marks by itself */
        guint names = d->mark.affiliation && d->mark.n_names >= 2 ? d->mark.n_names - 1 : d->mark.n_names;
        for (guint k = 0; k < names; k++)
          {
            const char *name = d->mark.names[k];
            if (sp_matched (&d->match[k]) || strchr (name, ' ') == NULL
                || (d->mark.cases[k] != SP_CASE_TITLE && d->mark.cases[k] != SP_CASE_LOWER)
                || last_word_is_initial (name) != (round == 1))
              continue;
            SpMatch x;
            if (sp_roster_lookup (c->derived, name, d->mark.cases[k],
                                  round == 1 ? SP_LOOKUP_NAMES : SP_LOOKUP_TYPOS, &x)
                && x.n_candidates == 1)
              continue; /* same person, or a typo of one already there */
            sp_roster_add (c->derived, name, NULL, NULL, NULL, NULL, SP_SOURCE_MARKS);
          }
      }
  /* Marks no roster knows, and typos, are matched against these names;
   * a name of the document beats a typo of a roster name ("michael k"
   * is Michael Knyszek of the marks, not a misspelt Michael Pratt). */
  for (guint i = 0; i < c->n_items; i++)
    {
      Cand *d = c->cands[i];
      if (d == NULL || d->state != CAND_ACCEPTED || d->mark.anonymous)
        continue;
      for (guint k = 0; k < d->mark.n_names; k++)
        {
          SpMatch *x = &d->match[k];
          if (sp_matched (x) && x->tier != SP_TIER_TYPO)
            continue;
          /* "DW: ..." after "Dietrich Wendel (SUSE): ...": initials of one
           * full name the marks give, where no roster knows them */
          if (d->mark.cases[k] == SP_CASE_UPPER)
            {
              SpMatch y;
              gsize n = strlen (d->mark.names[k]);
              if (!sp_matched (x) && n >= 2 && n <= 3 && sp_roster_size (c->derived)
                  && sp_roster_lookup (c->derived, d->mark.names[k], SP_CASE_UPPER, SP_LOOKUP_NAMES, &y)
                  && sp_unique (&y) && sp_entry_initials_are (sp_roster_get (y.roster, y.entry), d->mark.names[k]))
                *x = y;
              continue;
            }
          /* the tail that may be a company is a speaker by the roster or
           * its own marks, not by a word of a mark's name ("[Kaito Sato,
           * Red Hat]" beside "[redhat team]") */
          if (d->mark.affiliation && d->mark.n_names >= 2 && k == d->mark.n_names - 1u)
            continue;
          SpMatch y;
          if (sp_roster_lookup (c->derived, d->mark.names[k], d->mark.cases[k], SP_LOOKUP_NAMES | SP_LOOKUP_LOOSE, &y))
            *x = y;
          else if (!sp_matched (x) && c->config->typos
                   && sp_roster_lookup (c->derived, d->mark.names[k], d->mark.cases[k], SP_LOOKUP_TYPOS, &y))
            *x = y;
        }
    }
}

/* Bytes of an ellipsis and the spaces after it opening text ("… ",
 * "... "), or 0 */
static gsize
ellipsis_len (const char *text, gsize len)
{
  gsize i;
  if (len >= 3 && memcmp (text, "\xe2\x80\xa6", 3) == 0) /* U+2026 */
    i = 3;
  else if (len >= 3 && memcmp (text, "...", 3) == 0)
    i = 3;
  else
    return 0;
  if (i >= len || text[i] != ' ')
    return 0;
  while (i < len && text[i] == ' ')
    i++;
  return i < len ? i : 0;
}

/* Scribed minutes (W3C's) go on for the last speaker with "… more": an
 * item that opens with an ellipsis continues the attributed item right
 * before it at its level, whoever that is (a chain carries on). */
static void
inherit_continuations (Ctx *c)
{
  for (guint i = 1; i < c->n_items; i++)
    {
      SpTurn *t = &c->result->turns[i];
      if (t->attributed || c->prev_sibling[i] != (gint32) i - 1 || sp_skip_item (c, i))
        continue;
      const SpTurn *p = &c->result->turns[i - 1];
      if (!p->attributed)
        continue;
      gsize len;
      const char *text = sp_item_text (c, i, &len);
      /* a scribe's "<fantasai> ... more" */
      gsize lead = sp_scribe_lead (c, i);
      text += lead;
      len -= lead;
      gsize skip = ellipsis_len (text, len);
      /* not a scribe's gap: "... [I missed this]", "… (inaudible)",
       * "… part of the discussion missing ..." */
      if (!skip || text[skip] == '[' || text[skip] == '(' || text[skip] == '\\'
          || (len - skip >= 3
              && (memcmp (text + len - 3, "...", 3) == 0 || memcmp (text + len - 3, "\xe2\x80\xa6", 3) == 0)))
        continue;
      inherit_turn (t, p, SP_METHOD_CONTINUED, (guint32) (lead + skip), 0.9);
    }
}

/* Items ahead of the one tallied whose first token is fetched: a turn's
 * mark is read from its first tokens, far from the last item's (its
 * speech lies between), so each would miss. */
#define TALLY_PREFETCH 8

static void
tally (Ctx *c)
{
  guint n_tokens;
  const NpToken *tokens = np_document_get_tokens (c->doc, &n_tokens);
  for (guint i = 0; i < c->n_items; i++)
    {
      if (i + TALLY_PREFETCH < c->n_items && c->items[i + TALLY_PREFETCH].token_first < n_tokens)
        __builtin_prefetch (&tokens[c->items[i + TALLY_PREFETCH].token_first]);
      const SpTurn *t = &c->result->turns[i];
      if (!t->attributed)
        continue;
      guint words = speech_words (c->doc, &c->items[i], t->speech_start, t->speech_end);
      for (guint k = 0; k < t->n_speakers; k++)
        {
          SpPerson *p = g_ptr_array_index (c->result->persons, t->speakers[k]);
          p->items++;
          p->words += words;
          gint64 s = c->items[i].section;
          if (s == NP_NONE)
            continue;
          gboolean seen = FALSE;
          for (guint j = 0; j < p->sections->len && !seen; j++)
            seen = g_array_index (p->sections, gint64, j) == s;
          if (!seen)
            g_array_append_val (p->sections, s);
        }
    }
}

void
sp_analysis_free (SpAnalysis *a)
{
  if (a == NULL)
    return;
  /* a->turns belongs to the instance's scratch */
  g_ptr_array_unref (a->persons);
  g_free (a);
}

/* "Alice → Bob: ...": whom each directed turn speaks to, Bob as the
 * roster knows him or as written; after the speakers, so people stay in
 * the order of their first turns */
static void
address_turns (Ctx *c)
{
  for (guint i = 0; i < c->n_items; i++)
    {
      const Cand *d = c->cands[i];
      SpTurn *t = &c->result->turns[i];
      if (d == NULL || d->state != CAND_ACCEPTED || d->mark.addressee == NULL || !t->attributed)
        continue;
      SpMatch x;
      sp_resolve_name (c, d->mark.addressee, &x);
      t->to = matched_person (c, &x, d->mark.addressee, NULL) + 1;
      c->result->n_directed++;
    }
}

/* Marks no roster knows, said once, that are a slip of a mark said twice
 * or more ("[hollsi]" beside three "[hollis]", "[Ahemd]" beside
 * "[ahmed]"): one edit for keys of 5-7 letters, two from 8 on, as the
 * roster's typo tier reads, and one such mark only.  Each slip's key maps
 * to where the mark said more was first said: (item + 1) * SP_MAX_NAMES
 * + the name's place in it. */
static GHashTable *
find_slips (Ctx *c)
{
  g_autoptr (GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal); /* key -> count */
  g_autoptr (GHashTable) first = g_hash_table_new (g_str_hash, g_str_equal);  /* key -> item + 1 */
  for (guint i = 0; i < c->n_items; i++)
    {
      const Cand *d = c->cands[i];
      if (d == NULL || d->state != CAND_ACCEPTED || d->mark.anonymous)
        continue;
      for (guint k = 0; k < d->mark.n_names; k++)
        if (d->keys[k] && !sp_matched (&d->match[k]))
          {
            guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, d->keys[k]));
            g_hash_table_insert (counts, d->keys[k], GUINT_TO_POINTER (n + 1));
            if (n == 0) /* where it was first said: the item and the name's place */
              g_hash_table_insert (first, d->keys[k], GUINT_TO_POINTER ((i + 1) * SP_MAX_NAMES + k));
          }
    }
  if (g_hash_table_size (counts) < 2)
    return NULL;
  GHashTable *slips = NULL;
  GHashTableIter it, jt;
  gpointer key, count, other, other_count;
  g_hash_table_iter_init (&it, counts);
  while (g_hash_table_iter_next (&it, &key, &count))
    {
      gsize n = strlen (key);
      if (GPOINTER_TO_UINT (count) != 1 || n < 5 || strpbrk (key, "0123456789"))
        continue; /* "SPEAKER_01" is no slip of "SPEAKER_00" */
      guint max = n >= 8 ? 2 : 1;
      const char *hit = NULL;
      gboolean several = FALSE;
      g_hash_table_iter_init (&jt, counts);
      while (g_hash_table_iter_next (&jt, &other, &other_count) && !several)
        if (GPOINTER_TO_UINT (other_count) >= 2 && !strpbrk (other, "0123456789")
            && (max < 2 || ((const char *) key)[0] == ((const char *) other)[0])
            && sp_osa_distance (key, other, max) <= max)
          several = hit != NULL, hit = other;
      if (hit == NULL || several)
        continue;
      if (slips == NULL)
        slips = g_hash_table_new (g_str_hash, g_str_equal);
      g_hash_table_insert (slips, key, g_hash_table_lookup (first, hit));
    }
  return slips;
}

void
sp_make_turns (Ctx *c)
{
  c->slips = find_slips (c);
  for (guint i = 0; i < c->n_items; i++)
    if (c->cands[i] && c->cands[i]->state == CAND_ACCEPTED)
      make_turn (c, i);
  g_clear_pointer (&c->slips, g_hash_table_unref);
  inherit_headings (c);
  inherit_section_names (c);
  inherit_continuations (c);
  address_turns (c);
  tally (c);
}
