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
 * name in the whole document, spelt as first seen.  Turns then pass to
 * the items that carry no mark of their own where the notes' shape says
 * so (inherit.c), and each person's turns, words and sections are
 * counted. */
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
  /* a mail's attribution line, "On Tue, Lena Fischer wrote:" */
  if (len > 64 && sp_mail_attribution_shape (t, len))
    return TRUE;
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

const char *
sp_source_name (SpSource s)
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
void
sp_person_add_alias (Ctx *c, SpPerson *p, const char *s)
{
  if (p->last_alias == s)
    return;
  add_unique_string (c, p->aliases, s);
  p->last_alias = s;
}

/* "Christopher \"CRob\" Robinson": the name without the nickname quoted
 * between its words (the nickname stays a word of the roster's name, an
 * alias), or NULL when there is none.  Quotes as languages write them:
 * "Bob", 'Bob', “Bob”, German „Fritzi“, Polish „Kasia” */
static char *
without_quoted_nickname (const char *name)
{
  static const char *const quotes[][2] = { { "\"", "\"" },
                                           { "'", "'" },
                                           { "\xe2\x80\x9c", "\xe2\x80\x9d" },
                                           { "\xe2\x80\x9e", "\xe2\x80\x9c" },
                                           { "\xe2\x80\x9e", "\xe2\x80\x9d" } };
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
guint
sp_person_for (Ctx *c, const char *name, const char *known_key, const char *source)
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
      return m->nick_gt ? SP_METHOD_ANGLE : m->paren ? SP_METHOD_PAREN : SP_METHOD_BRACKET;
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
    return sp_person_for (c, name, key, NULL);
  const SpEntry *e = sp_roster_get (x->roster, x->entry);
  /* an attendee listed by an e-mail alone ("hannah.tran@acme.io"), its
   * local part the entry's name: a full name in Title case that resolved
   * to it ("Hannah Tran - 00:01") names the person better, and the
   * entry's key keeps one person whichever name came first */
  if (G_UNLIKELY (e->email != NULL) && name && g_ascii_isupper (name[0]) && strchr (name, ' '))
    {
      gsize n = strlen (e->name);
      if (strncmp (e->email, e->name, n) == 0 && e->email[n] == '@')
        return sp_person_for (c, name, e->full_key, sp_source_name (e->source));
    }
  return sp_person_for (c, e->name, e->full_key, sp_source_name (e->source));
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
  /* a mark after the speech: MeetBot's, a paragraph's trailing initials,
   * a vote's signature ("+1 (Felix)") */
  t->speech_end = m->meetbot || m->trailing || m->raw_start > m->end ? m->raw_start : 0;
  static const double form_weight[] = { 0, 1.0, 1.0, 1.0, 0.9, 0.9, 0.85, 0.8 };
  double confidence = 1.0;
  /* "Audience: does this change GOGC?" between turns: accepted beside
   * them, an unnamed voice of the room all the same */
  if (m->anonymous || (m->n_names == 1 && !sp_matched (&d->match[0]) && sp_is_role_voice (m->names[0])))
    {
      t->speakers[t->n_speakers++] = sp_person_for (c, "UNKNOWN", "unknown", NULL);
      SpPerson *p = g_ptr_array_index (c->result->persons, t->speakers[0]);
      sp_person_add_alias (c, p, m->names[0]);
      t->confidence = 0.9;
      return;
    }
  guint n = m->n_names;
  if (m->affiliation && n >= 2 && !sp_matched (&d->match[n - 1]) && !sp_key_accepted (c, d->keys[n - 1]))
    n--, d->drop_affiliation = TRUE;
  /* "Bob/Microsoft: ...": the last of two names is a company the
   * attendees are listed with, the first a person resolved (a company
   * speaks in no mark of its own: judge.c) */
  else if (n == 2 && sp_matched (&d->match[0]) && !sp_matched (&d->match[1]) && sp_is_attendee_affiliation (c, m->names[1]))
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
      guint pi = said && sp_matched (&said->match[sk])
                     ? matched_person (c, &said->match[sk], said->mark.names[sk], said->keys[sk])
                 : said ? sp_person_for (c, said->mark.names[sk], said->keys[sk], NULL)
                        : matched_person (c, x, m->names[k], d->keys[k]);
      SpPerson *p = g_ptr_array_index (c->result->persons, pi);
      sp_person_add_alias (c, p, m->names[k]);
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

/* "Christian:" beside "Chris Wood: ..." (no list names either): a given
 * name of its own that only opens with the first name of a full name the
 * marks give is another person (a list's "Beth Griggs" is who "Bethany:"
 * is, by the roster's prefix tier) */
static gboolean
given_name_longer (const Cand *d, guint k, const SpMatch *y)
{
  if (y->tier != SP_TIER_PREFIX || !sp_unique (y) || strchr (d->mark.names[k], ' ') || d->keys[k] == NULL)
    return FALSE;
  const SpEntry *e = sp_roster_get (y->roster, y->entry);
  return strlen (d->keys[k]) > strlen (e->first_key) && sp_is_given_name (d->keys[k]);
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
              /* "LIN: ..." after "WEN-HAO LIN: ...", "DANA: ..." after
               * "DANA WHITCOMBE: ...": a transcript's party by the surname
               * or the first name of one full name the marks give */
              else if (!sp_matched (x) && sp_roster_size (c->derived)
                       && sp_roster_lookup (c->derived, d->mark.names[k], SP_CASE_TITLE, SP_LOOKUP_NAMES, &y)
                       && sp_unique (&y) && d->keys[k]
                       && (g_strcmp0 (sp_roster_get (y.roster, y.entry)->last_key, d->keys[k]) == 0
                           || g_strcmp0 (sp_roster_get (y.roster, y.entry)->first_key, d->keys[k]) == 0))
                *x = y;
              continue;
            }
          /* the tail that may be a company is a speaker by the roster or
           * its own marks, not by a word of a mark's name ("[Kaito Sato,
           * Red Hat]" beside "[redhat team]") */
          if (d->mark.affiliation && d->mark.n_names >= 2 && k == d->mark.n_names - 1u)
            continue;
          SpMatch y;
          if (sp_roster_lookup (c->derived, d->mark.names[k], d->mark.cases[k], SP_LOOKUP_NAMES | SP_LOOKUP_LOOSE, &y)
              && !given_name_longer (d, k, &y))
            *x = y;
          else if (!sp_matched (x) && c->config->typos
                   && sp_roster_lookup (c->derived, d->mark.names[k], d->mark.cases[k], SP_LOOKUP_TYPOS, &y))
            *x = y;
        }
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
      guint voice_words = 0;
      if (t->voice_start)
        {
          /* the opening mark's speakers until the voice's mark, the voices after it */
          voice_words = speech_words (c->doc, &c->items[i], t->voice_start + t->voice_len, 0);
          words = speech_words (c->doc, &c->items[i], t->speech_start, t->voice_start);
        }
      for (guint k = 0; k < t->n_speakers; k++)
        {
          SpPerson *p = g_ptr_array_index (c->result->persons, t->speakers[k]);
          p->items++;
          p->words += t->voice_start && k >= t->n_opening ? voice_words : words;
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

void
sp_make_turns (Ctx *c)
{
  c->slips = sp_find_slips (c);
  for (guint i = 0; i < c->n_items; i++)
    if (c->cands[i] && c->cands[i]->state == CAND_ACCEPTED)
      {
        make_turn (c, i);
        sp_midline_voices (c, i);
      }
  g_clear_pointer (&c->slips, g_hash_table_unref);
  sp_inherit_turns (c);
  sp_midline_narrated (c);
  address_turns (c);
  tally (c);
}
