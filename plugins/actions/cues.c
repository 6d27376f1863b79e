/* cues.c: finding action items, questions and decisions in one item.
 *
 * Works on the tokens and sentences of the document model, never on raw
 * input.  The rules, strongest first:
 *
 *  1. A label opens the item or one of its sentences, after any speaker
 *     mark (and a chat line's time and nick: "14:04 <marcosc> ..."): "AI:",
 *     "Action:", "Action item:", "TODO", "Q:", "Question:", "Conclusion:",
 *     "Resolution:", "Decision:", "Agreed:", "Consensus:", and scribed
 *     minutes' "RESOLVED:" (in capitals: "Resolved:" is often a bug's).
 *     The rest of the item is the finding; "AI(felix):" and
 *     "Action: Rich to ..." name its owner.
 *  2. The item sits under a heading that collects decisions ("Conclusion",
 *     "Resolution", ...) or actions ("Action items", "Next steps", ...;
 *     actions.c decides which headings do): the whole item is one.  A
 *     speaker's turn under a decision heading counts only if it says
 *     consensus/agreed itself, and a one-word item not at all (transcripts
 *     run on under such headings); a transcript's paragraph under an action
 *     heading goes to rule 3.
 *  3. Per sentence that does not end with '?':
 *     - an owner and a commitment at the start of a clause: "Rich will
 *       send ...", "Michael, Rich to look at ...", "@felix to open an
 *       issue", "Rod has an action to ...", "Anna volunteered to ..."; in
 *       bullet notes also "I will ..." and a bare "will ..." after the
 *       speaker's mark.  The owner must be a person the document knows
 *       (attendees, speakers), an @handle, or, in notes that list nobody,
 *       one to three capitalized words ("Alice Chen will ..."); "It will",
 *       "Chrome will" and "X will be" never match;
 *     - "TODO" anywhere;
 *     - consensus, agreed, agreement, decided stated as a fact: not asked
 *       for ("ask for consensus"), not conditional ("if there is
 *       consensus"), not negated ("no consensus"), not "as agreed", not
 *       someone else's ("they agreed", "you decided"), not a question
 *       without its mark ("Do we have consensus").
 *  4. The item ends with a question from a speaker (the speakers layer
 *     attributes it), or from anyone with unattributed_questions=true: its
 *     trailing '?' sentences are a question. */
#include <string.h>

#include "actions.h"

void
actions_finding_clear (ActionsFinding *f)
{
  g_free (f->cue);
  if (f->owners)
    g_ptr_array_free (f->owners, TRUE);
}

/* Token helpers.  Token indexes are document-wide. */

static const char *
norm (const ActionsDoc *d, guint t)
{
  return np_document_string (d->doc, d->tokens[t].norm);
}

static gboolean
norm_is (const ActionsDoc *d, guint t, const char *word)
{
  return strcmp (norm (d, t), word) == 0;
}

/* norm is one of the words of a NULL-terminated list */
static gboolean
norm_in (const ActionsDoc *d, guint t, const char *const *words)
{
  const char *n = norm (d, t);
  for (; *words; words++)
    if (strcmp (n, *words) == 0)
      return TRUE;
  return FALSE;
}

/* the token as written, case included, is exactly s */
static gboolean
raw_is (const ActionsDoc *d, guint t, const char *s)
{
  gsize len = d->tokens[t].end - d->tokens[t].start;
  return strlen (s) == len && memcmp (d->text + d->tokens[t].start, s, len) == 0;
}

/* a punctuation token whose character is one of chars */
static gboolean
punct_in (const ActionsDoc *d, guint t, const char *chars)
{
  const NpToken *tok = &d->tokens[t];
  if (tok->kind != NP_TOKEN_PUNCT)
    return FALSE;
  gunichar c = g_utf8_get_char (d->text + tok->start);
  return c < 0x80 ? strchr (chars, (int) c) != NULL : (c == 0x2014 || c == 0x2013) && strchr (chars, '-');
}

static gboolean
is_word (const ActionsDoc *d, guint t)
{
  return d->tokens[t].kind == NP_TOKEN_WORD;
}

/* Where the words of an item start: after the speaker mark when the
 * speakers layer found one ("[filippo]", "iant:", "SYG:", "michael k:"). */
/* A task list's item ("- [ ] file it", "- [x] done"; the core keeps the
 * box out of its text): the box as the finding's cue, or NULL */
static const char *
task_box (const NpItem *it)
{
  if (!(it->flags & NP_ITEM_TASK))
    return NULL;
  return it->flags & NP_ITEM_TASK_DONE ? "[x]" : "[ ]";
}

/* After a chat line's "<nick>" at token t (a '<'): the token after '>',
 * or t when it does not close within a few tokens */
static guint
chat_nick_end (const ActionsDoc *d, guint t, guint end)
{
  for (guint k = t + 1; k < end && k < t + 8; k++)
    if (punct_in (d, k, ">"))
      return k + 1;
  return t;
}

/* Where a mark after the speech starts (MeetBot's minutes: "we cut the
 * release on Thursday  (bauzas, 16:12:45)"): the offset in the item of
 * its turn's mark when that mark ends the item and does not open it, or
 * 0. */
static guint32
trailing_mark (const ActionsDoc *d, const NpItem *it)
{
  const char *const *mentions = actions_people_mentions_of (d->people, it->id);
  if (mentions == NULL || mentions[0] == NULL)
    return 0;
  const char *text = d->text + it->start;
  gsize len = it->end - it->start, ml = strlen (mentions[0]);
  while (len > 0 && g_ascii_isspace (text[len - 1]))
    len--;
  if (ml == 0 || ml >= len || memcmp (text + len - ml, mentions[0], ml) != 0)
    return 0;
  while (len - ml > 0 && g_ascii_isspace (text[len - ml - 1]))
    ml++;
  return (guint32) (len - ml);
}

static guint
body_start (const ActionsDoc *d, const NpItem *it)
{
  guint first = it->token_first, end = it->token_first + it->token_count;
  /* a chat log's line opens with its time: "14:04:00 <marcosc> ..." */
  gsize time = np_text_time_prefix (d->text + it->start, it->end - it->start);
  while (time && first < end && d->tokens[first].start < it->start + time)
    first++;
  if (task_box (it))
    return it->token_first;
  if (!actions_people_has_turn (d->people, it->id))
    return time && first < end && punct_in (d, first, "<") ? chat_nick_end (d, first, end) : it->token_first;
  /* the mark follows the speech: nothing to skip at the start */
  if (trailing_mark (d, it))
    return first;
  /* a mark as written that opens the item */
  const char *const *mentions = actions_people_mentions_of (d->people, it->id);
  for (const char *const *m = mentions; m && *m; m++)
    {
      gsize len = strlen (*m);
      if (len && it->end - it->start >= len && memcmp (d->text + it->start, *m, len) == 0)
        {
          guint t = first;
          while (t < end && d->tokens[t].end <= it->start + len)
            t++;
          while (t < end && punct_in (d, t, ":-])>"))
            t++;
          return t;
        }
    }
  /* otherwise a scribe's chat line naming the speaker ("<marcosc>
   * Leonie: ..."), a bracketed mark, or up to three words and a colon */
  if (punct_in (d, first, "<") && chat_nick_end (d, first, end) > first)
    {
      guint t = chat_nick_end (d, first, end);
      for (guint k = t; k < end && k < t + 4; k++)
        {
          if (punct_in (d, k, ":"))
            return k + 1;
          if (d->tokens[k].kind != NP_TOKEN_WORD && d->tokens[k].kind != NP_TOKEN_HANDLE)
            break;
        }
      return t;
    }
  if (punct_in (d, first, "[<"))
    {
      for (guint t = first + 1; t < end && t < first + 8; t++)
        if (punct_in (d, t, "]>"))
          {
            t++;
            while (t < end && punct_in (d, t, ":-"))
              t++;
            return t;
          }
      return first;
    }
  for (guint t = first; t < end && t < first + 4; t++)
    {
      if (punct_in (d, t, ":"))
        return t + 1;
      if (d->tokens[t].kind != NP_TOKEN_WORD && d->tokens[t].kind != NP_TOKEN_HANDLE && !punct_in (d, t, "."))
        break;
    }
  return first;
}

/* Owners named in the text */

/* A person's name starting at token t: one to three tokens the document
 * knows as a name, an @handle, or (in notes that list nobody) one to
 * three capitalized words; returns the token after it, or t when there
 * is none. */
static guint
match_person (const ActionsDoc *d, guint t, guint end, const char **canonical)
{
  for (guint n = MIN (3, end - t); n > 0; n--)
    {
      gboolean ok = TRUE;
      for (guint k = t; k < t + n && ok; k++)
        ok = (is_word (d, k) || d->tokens[k].kind == NP_TOKEN_HANDLE) && !norm_is (d, k, "will")
             && !norm_is (d, k, "to") && !norm_is (d, k, "and");
      if (!ok)
        continue;
      const char *written = d->text + d->tokens[t].start;
      gsize len = d->tokens[t + n - 1].end - d->tokens[t].start;
      const char *who = actions_people_resolve (d->people, written, len);
      if (who)
        {
          *canonical = who;
          return t + n;
        }
    }
  /* "@someone" names a person even when the document does not list them.
   * Notes that list nobody at all leave only a guess: one to three
   * capitalized words that are not stopwords ("Matteo will write it up",
   * "Alice Chen will update the notes"; "It will" stays out, "Chrome
   * will ship it" does not) */
  if (d->tokens[t].kind == NP_TOKEN_HANDLE)
    {
      *canonical = actions_people_intern (d->people, d->text + d->tokens[t].start,
                                          d->tokens[t].end - d->tokens[t].start);
      return t + 1;
    }
  if (!actions_people_is_empty (d->people))
    return t;
  guint n = 0;
  while (n < 3 && t + n < end && is_word (d, t + n) && (d->tokens[t + n].flags & NP_TOKEN_CAPITALIZED)
         && !(d->tokens[t + n].flags & (NP_TOKEN_STOPWORD | NP_TOKEN_UPPER))
         && (n == 0 || d->tokens[t + n].start == d->tokens[t + n - 1].end + 1))
    n++;
  if (n == 0)
    return t;
  *canonical = actions_people_intern (d->people, d->text + d->tokens[t].start,
                                      d->tokens[t + n - 1].end - d->tokens[t].start);
  return t + n;
}

/* "Rich", "Michael, Rich and @felix": the people named from token t on;
 * returns the token after the list (t when none), their canonical names
 * in *owners (transfer full) */
static guint
match_people (const ActionsDoc *d, guint t, guint end, GPtrArray **owners)
{
  GPtrArray *names = g_ptr_array_new ();
  guint at = t;
  for (;;)
    {
      const char *who;
      guint next = match_person (d, at, end, &who);
      if (next == at)
        break;
      g_ptr_array_add (names, (gpointer) who);
      at = next;
      /* a separator only counts when another name follows it */
      guint sep = at;
      if (sep < end && punct_in (d, sep, ",&/"))
        sep++;
      if (sep < end && norm_is (d, sep, "and"))
        sep++;
      if (sep == at || sep >= end || match_person (d, sep, end, &who) == sep)
        break;
      at = sep;
    }
  if (names->len == 0)
    {
      g_ptr_array_free (names, TRUE);
      return t;
    }
  *owners = names;
  return at;
}

static const char *const not_commitments[] = { "be", "have", "not", "likely", "probably", "need", "never", "this", "that", "it", "we", "you", "they", "there", "he", "she", "i", "these", "those",
                                               "depend", "happen", "remain", "stay", "always", NULL };
static const char *const adverbs[] = { "also", "then", "just", "still", "now", "first", NULL };
static const char *const not_verbs[] = { "the", "a", "an", "this", "that", "these", "those", "his", "her", "their",
                                         "our", "my", "your", "its", "be", "me", "him", "them", "us", "it", NULL };

/* After "will": a verb of doing, not "will be", "will likely" */
static gboolean
commitment_after_will (const ActionsDoc *d, guint t, guint end)
{
  while (t < end && norm_in (d, t, adverbs))
    t++;
  return t < end && is_word (d, t) && !norm_in (d, t, not_commitments);
}

/* After "to": a lower-case verb-like word ("to open", not "to the") */
static gboolean
verb_after_to (const ActionsDoc *d, guint t, guint end)
{
  return t < end && is_word (d, t) && !(d->tokens[t].flags & NP_TOKEN_CAPITALIZED) && !norm_in (d, t, not_verbs);
}

static const char *const volunteering[] = { "agreed", "volunteered", "offered", "promised", NULL };

/* "has (an|the) action (item) to|on|:" from token t; the token after it or t */
static guint
match_has_action (const ActionsDoc *d, guint t, guint end)
{
  guint k = t;
  if (k >= end || !(norm_is (d, k, "has") || norm_is (d, k, "have")))
    return t;
  k++;
  if (k < end && (norm_is (d, k, "an") || norm_is (d, k, "the")))
    k++;
  if (k >= end || !(norm_is (d, k, "action") || norm_is (d, k, "ai")))
    return t;
  k++;
  if (k < end && norm_is (d, k, "item"))
    k++;
  if (k < end && (norm_is (d, k, "to") || norm_is (d, k, "on") || punct_in (d, k, ":")))
    return k + 1;
  return t;
}

/* A commitment opening the clause at token t: "NAMES will|to|has action".
 * Returns the cue ("will", "to", "action") and the owners, or NULL. */
static const char *
match_commitment (const ActionsDoc *d, guint t, guint end, GPtrArray **owners)
{
  GPtrArray *names = NULL;
  guint k = match_people (d, t, end, &names);
  if (k == t || k >= end)
    goto none;
  if (norm_is (d, k, "will") && commitment_after_will (d, k + 1, end))
    {
      *owners = names;
      return "will";
    }
  if (norm_is (d, k, "to") && verb_after_to (d, k + 1, end))
    {
      *owners = names;
      return "to";
    }
  if (match_has_action (d, k, end) != k)
    {
      *owners = names;
      return "action";
    }
  /* "Michael agreed to draft it", "Anna volunteered to review" */
  for (guint i = 0; volunteering[i]; i++)
    if (norm_is (d, k, volunteering[i]) && k + 1 < end && norm_is (d, k + 1, "to") && verb_after_to (d, k + 2, end))
      {
        *owners = names;
        return volunteering[i];
      }
none:
  if (names)
    g_ptr_array_free (names, TRUE);
  return NULL;
}

/* Labels */

typedef struct
{
  const char *word;     /* norm, or exact spelling when exact_case */
  gboolean exact_case;  /* "AI", "Q", "TODO": only in capitals */
  gboolean colon;       /* a ':' must follow (TODO needs none) */
  ActionsKind kind;
} Label;

static const Label labels[] = {
  { "AI", TRUE, TRUE, ACTIONS_ACTION },
  { "action", FALSE, TRUE, ACTIONS_ACTION },      /* "Action:", "Action item:", "Action items:" */
  { "TODO", TRUE, FALSE, ACTIONS_ACTION },
  { "Q", TRUE, TRUE, ACTIONS_QUESTION },
  { "question", FALSE, TRUE, ACTIONS_QUESTION },
  { "conclusion", FALSE, TRUE, ACTIONS_DECISION },
  { "resolution", FALSE, TRUE, ACTIONS_DECISION },
  { "decision", FALSE, TRUE, ACTIONS_DECISION },
  { "agreed", FALSE, TRUE, ACTIONS_DECISION },
  { "consensus", FALSE, TRUE, ACTIONS_DECISION },
  { "RESOLVED", TRUE, TRUE, ACTIONS_DECISION },   /* scribed minutes (W3C) */
};

/* A label at token t: its kind, the token after it (and after "(owner)"),
 * and the owners it names, or FALSE. */
static gboolean
match_label (const ActionsDoc *d, guint t, guint end, ActionsKind *kind, guint *after, GPtrArray **owners)
{
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      const Label *l = &labels[i];
      if (!(l->exact_case ? raw_is (d, t, l->word) : norm_is (d, t, l->word)))
        continue;
      guint k = t + 1;
      if (l->kind == ACTIONS_ACTION && k < end && (norm_is (d, k, "item") || norm_is (d, k, "items")))
        k++;
      /* "AI(felix):", "TODO(rsc)" */
      GPtrArray *names = NULL;
      if (k < end && punct_in (d, k, "("))
        {
          guint close = match_people (d, k + 1, end, &names);
          if (close > k + 1 && close < end && punct_in (d, close, ")"))
            k = close + 1;
          else if (names)
            g_clear_pointer (&names, g_ptr_array_unref);
        }
      gboolean has_colon = k < end && punct_in (d, k, ":");
      if (l->colon && !has_colon)
        {
          if (names)
            g_ptr_array_free (names, TRUE);
          continue;
        }
      *kind = l->kind;
      *after = has_colon ? k + 1 : k;
      *owners = names;
      return TRUE;
    }
  return FALSE;
}

/* Decisions stated in a sentence */

/* not "resolved": a promise or a bug is resolved far more often than a question */
static const char *const decision_words[] = { "consensus", "agreed", "agreement", "decided", NULL };
/* before the keyword in its sentence: it is asked for, hoped for, or conditional */
static const char *const not_yet[] = { "ask", "asking", "asked", "seek", "seeking", "request", "requesting",
                                       "call", "calling", "need", "needs", "needed", "want", "wants", "like",
                                       "hope", "if", "whether", "until", "once", "before", "without", "get",
                                       "getting", "reach", "build", "toward", "towards", "try", "trying",
                                       "hopefully", "future", "come", NULL };
/* right before the keyword: "I support consensus", "withholding consensus" */
static const char *const positions[] = { "support", "supports", "withhold", "withholding", "for", NULL };
/* right before "agreed" or "decided": someone else's, or one person's */
static const char *const others[] = { "i", "you", "he", "she", "they", "who", NULL };
/* a sentence opening with one of these asks, even without its '?' */
static const char *const asking[] = { "do", "does", "did", "can", "could", "should", "shall", "is", "are", "was",
                                      "were", "will", "would", "may", "might", "have", "has", NULL };
static const char *const negations[] = { "no", "not", "never", "without", "lack", "yet", NULL };

/* The decision keyword of sentence [first, end), or -1 */
static gint
decision_keyword (const ActionsDoc *d, guint first, guint end, gboolean strict)
{
  if (strict && first < end && norm_in (d, first, asking))
    return -1;
  for (guint t = first; t < end; t++)
    {
      if (!norm_in (d, t, decision_words))
        continue;
      if (!strict)
        return t;
      /* "I agreed with Dan" is an opinion, "the consensus process" a way of
       * working, "come back for consensus" a request, "they agreed" or
       * "you decided" someone else's decision */
      gboolean stated = !(norm_is (d, t, "agreed") && t + 1 < end && norm_is (d, t + 1, "with"))
                        && !(norm_is (d, t, "consensus") && t + 1 < end && norm_is (d, t + 1, "process"))
                        && !(t > first && norm_in (d, t - 1, positions))
                        && !(t > first && !norm_is (d, t, "consensus") && norm_in (d, t - 1, others));
      for (guint k = first; k < t && stated; k++)
        stated = !norm_in (d, k, not_yet);
      /* a negation in the keyword's clause: "we were never able to reach consensus" */
      guint clause = t;
      while (clause > first && !punct_in (d, clause - 1, ",;:("))
        clause--;
      for (guint k = clause; k < t && stated; k++)
        stated = !norm_in (d, k, negations) && !g_str_has_suffix (norm (d, k), "n't")
                 && !g_str_has_suffix (norm (d, k), "n\xe2\x80\x99t");
      /* "as agreed" recalls an old decision; "an agreed schema" is an adjective */
      if (stated && t > first && norm_is (d, t, "agreed")
          && (norm_is (d, t - 1, "as") || norm_is (d, t - 1, "an") || norm_is (d, t - 1, "the")
              || norm_is (d, t - 1, "a")))
        stated = FALSE;
      if (stated)
        return t;
    }
  return -1;
}

/* Sentences and spans */

/* words, numbers and identifiers in tokens [first, end): "EAO" or
 * "Ashley?" alone is a name called, not a decision or a question */
static guint
count_words (const ActionsDoc *d, guint first, guint end)
{
  guint n = 0;
  for (guint t = first; t < end; t++)
    n += d->tokens[t].kind == NP_TOKEN_WORD || d->tokens[t].kind == NP_TOKEN_NUMBER
         || d->tokens[t].kind == NP_TOKEN_VERSION || d->tokens[t].kind == NP_TOKEN_IDENT;
  return n;
}

/* the sentence ends with a question mark (before closing brackets or quotes) */
static gboolean
sentence_asks (const ActionsDoc *d, const NpSentence *s)
{
  for (guint t = s->token_first + s->token_count; t-- > s->token_first;)
    {
      if (punct_in (d, t, "?"))
        return TRUE;
      if (!punct_in (d, t, ")]\"'") && !(d->tokens[t].kind == NP_TOKEN_PUNCT
                                          && g_unichar_type (g_utf8_get_char (d->text + d->tokens[t].start))
                                                 == G_UNICODE_FINAL_PUNCTUATION))
        return FALSE;
    }
  return FALSE;
}

/* a clause starts at token t: the body's first token, a sentence's, or
 * after ':', ';', ',', '(', a dash */
static gboolean
clause_start (const ActionsDoc *d, guint t, guint body)
{
  return t == body || (d->tokens[t].flags & NP_TOKEN_SENTENCE_START) || (t > body && punct_in (d, t - 1, ":;,(-"));
}

static void
add (GArray *findings, ActionsKind kind, guint32 start, guint32 end, const char *cue, gssize cue_len,
     GPtrArray *owners)
{
  ActionsFinding f = { kind, start, end, cue_len < 0 ? g_strdup (cue) : g_strndup (cue, cue_len), owners };
  g_array_append_val (findings, f);
}

/* the span of tokens [first, item end), trimmed */
static void
add_rest (const ActionsDoc *d, const NpItem *it, guint first, GArray *findings, ActionsKind kind, const char *cue,
          gssize cue_len, GPtrArray *owners)
{
  guint32 start = first < it->token_first + it->token_count ? d->tokens[first].start : it->end;
  guint32 tail = trailing_mark (d, it);
  guint32 stop = tail && it->start + tail > start ? it->start + tail : it->end;
  add (findings, kind, start, stop, cue, cue_len, owners);
}

/* The first-person commitments of bullet notes: "I will", "I'll", and a
 * bare "will" right after the speaker's mark or opening a sentence */
static gboolean
first_person_commitment (const ActionsDoc *d, const NpItem *it, guint t, guint body, guint end)
{
  if (it->kind != NP_ITEM_BULLET && it->kind != NP_ITEM_NUMBERED)
    return FALSE;
  if (!actions_people_has_turn (d->people, it->id))
    return FALSE;
  if (norm_is (d, t, "i") && t + 1 < end && norm_is (d, t + 1, "will"))
    return commitment_after_will (d, t + 2, end);
  if (norm_is (d, t, "i'll") || norm_is (d, t, "i\xe2\x80\x99ll"))
    return commitment_after_will (d, t + 1, end);
  return (t == body || (d->tokens[t].flags & NP_TOKEN_SENTENCE_START)) && norm_is (d, t, "will")
         && commitment_after_will (d, t + 1, end);
}

/* Rule 3 on one sentence; decisions only when want_decisions (not when
 * a heading already made the whole item one) */
static void
find_in_sentence (const ActionsDoc *d, const NpItem *it, const NpSentence *s, guint body, gboolean want_decisions,
                  GArray *findings)
{
  guint first = MAX (s->token_first, body), end = s->token_first + s->token_count;
  if (first >= end)
    return;
  guint32 start = d->tokens[first].start;
  for (guint t = first; t < end; t++)
    {
      if (!clause_start (d, t, body))
        continue;
      GPtrArray *owners = NULL;
      const char *cue = match_commitment (d, t, end, &owners);
      if (cue || first_person_commitment (d, it, t, body, end))
        {
          add (findings, ACTIONS_ACTION, start, s->end, cue ? cue : "will", -1, owners);
          return;
        }
    }
  for (guint t = first; t < end; t++)
    if (raw_is (d, t, "TODO"))
      {
        add (findings, ACTIONS_ACTION, start, s->end, "TODO", -1, NULL);
        return;
      }
  gint k = want_decisions ? decision_keyword (d, first, end, TRUE) : -1;
  if (k >= 0)
    add (findings, ACTIONS_DECISION, start, s->end, d->text + d->tokens[k].start,
         d->tokens[k].end - d->tokens[k].start, NULL);
}

/* Rule 1 at token t: a label makes the rest of the item one finding */
static gboolean
find_label (const ActionsDoc *d, const NpItem *it, guint t, GArray *findings)
{
  guint end = it->token_first + it->token_count;
  ActionsKind kind;
  guint after;
  GPtrArray *owners = NULL;
  /* a label in bold or italics: "**Consensus:** merge", "*Action:* Bo to ..." */
  guint emphasis = t;
  while (emphasis < end && emphasis < t + 2 && punct_in (d, emphasis, "*_"))
    emphasis++;
  gboolean emphasized = emphasis < end && emphasis > t;
  if (emphasized)
    t = emphasis;
  if (!match_label (d, t, end, &kind, &after, &owners))
    return FALSE;
  guint32 cue_end = d->tokens[after - 1].end;
  guint closed = after; /* "**Action:** ..." closes right after the label */
  while (emphasized && after < end && punct_in (d, after, "*_"))
    after++;
  /* "**Action: Mikeal to open an issue** (note: ...)": the emphasis
   * around the label and its text ends the finding */
  guint stop = end;
  if (emphasized && after == closed)
    for (guint k = after; k < end; k++)
      if (punct_in (d, k, "*_"))
        {
          stop = k;
          break;
        }
  /* "Action: Rich to follow up": the owner opens the text */
  if (!owners && kind == ACTIONS_ACTION)
    {
      GPtrArray *named = NULL;
      guint k = match_people (d, after, end, &named);
      if (k > after && k < end && (norm_is (d, k, "to") || norm_is (d, k, "will") || punct_in (d, k, ":-,")))
        owners = named;
      else if (named)
        g_ptr_array_free (named, TRUE);
    }
  if (stop < end && stop > after)
    add (findings, kind, d->tokens[after].start, d->tokens[stop].start, d->text + d->tokens[t].start,
         cue_end - d->tokens[t].start, owners);
  else
    add_rest (d, it, after, findings, kind, d->text + d->tokens[t].start, cue_end - d->tokens[t].start, owners);
  return TRUE;
}

/* Rule 4: the item's trailing question sentences */
static void
find_question (const ActionsDoc *d, const NpItem *it, guint body, GArray *findings)
{
  const NpSentence *sentences = d->sentences + it->sentence_first;
  guint n = it->sentence_count, k = n;
  while (k > 0 && sentence_asks (d, &sentences[k - 1]) && sentences[k - 1].token_first + sentences[k - 1].token_count > body)
    k--;
  if (k == n)
    return;
  if (!d->config->unattributed_questions && !actions_people_has_turn (d->people, it->id))
    return;
  guint first = MAX (sentences[k].token_first, body);
  if (count_words (d, first, it->token_first + it->token_count) < 2)
    return;
  add (findings, ACTIONS_QUESTION, d->tokens[first].start, sentences[n - 1].end, "?", -1, NULL);
}

/* The heading above an item that collects actions or decisions, if any */
static gint
collecting_section (const ActionsDoc *d, const NpItem *it)
{
  for (gint s = it->section; s != NP_NONE; s = d->sections[s].parent)
    if (d->heading_cue[s])
      return s;
  return NP_NONE;
}

void
actions_find_in_item (const ActionsDoc *d, guint32 item, GArray *findings)
{
  const NpItem *it = &d->items[item];
  if (it->token_count == 0 || (it->flags & NP_ITEM_NO_ANALYSIS))
    return;
  guint body = body_start (d, it), end = it->token_first + it->token_count;
  if (body >= end)
    return;

  /* 1. a label opening the item */
  if (find_label (d, it, body, findings))
    return;

  /* a task list's item is a step to take (or taken), its owner named
   * at its start if anyone ("[ ] @Bob Jones to file the issue") */
  const char *box = task_box (it);
  if (box)
    {
      GPtrArray *owners = NULL;
      match_commitment (d, body, end, &owners);
      if (!owners)
        match_people (d, body, end, &owners);
      add_rest (d, it, body, findings, ACTIONS_ACTION, box, -1, owners);
      return;
    }

  const NpSentence *sentences = d->sentences + it->sentence_first;
  gboolean asks = it->sentence_count > 0 && sentence_asks (d, &sentences[it->sentence_count - 1]);

  /* 2. under a heading that collects actions or decisions */
  gboolean want_decisions = TRUE;
  gint sec = collecting_section (d, it);
  if (sec != NP_NONE && !asks)
    {
      ActionsKind kind = d->heading_kind[sec];
      gboolean turn = actions_people_has_turn (d->people, it->id);
      /* a bullet under "Next steps" is a step; a transcript's paragraph
       * there is one only if it commits someone (rule 3 decides) */
      if (kind == ACTIONS_ACTION && !(turn && it->kind == NP_ITEM_PARAGRAPH))
        {
          GPtrArray *owners = NULL;
          match_commitment (d, body, end, &owners);
          add_rest (d, it, body, findings, kind, d->heading_cue[sec], -1, owners);
          return;
        }
      if (kind == ACTIONS_DECISION && count_words (d, body, end) >= 2
          && (!turn || decision_keyword (d, body, end, FALSE) >= 0))
        {
          /* a decision may still carry commitments: rule 3 finds those */
          add_rest (d, it, body, findings, kind, d->heading_cue[sec], -1, NULL);
          want_decisions = FALSE;
        }
    }

  /* 3. sentence by sentence, a label at a sentence start taking the rest */
  for (guint i = 0; i < it->sentence_count; i++)
    {
      const NpSentence *s = &sentences[i];
      if (s->token_first > body && find_label (d, it, s->token_first, findings))
        return;
      if (!sentence_asks (d, s))
        find_in_sentence (d, it, s, body, want_decisions, findings);
    }

  /* 4. a question from a speaker */
  if (asks)
    find_question (d, it, body, findings);
}

char *
actions_words (const char *text, gssize len)
{
  g_autofree char *folded = np_text_fold (text, len);
  GString *out = g_string_new (" ");
  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isalnum (c))
        g_string_append_unichar (out, c);
      else if (out->str[out->len - 1] != ' ')
        g_string_append_c (out, ' ');
    }
  if (out->str[out->len - 1] != ' ')
    g_string_append_c (out, ' ');
  return g_string_free (out, FALSE);
}
