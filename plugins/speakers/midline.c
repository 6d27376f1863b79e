/* midline.c: a second voice inside a turn's item.  Transcribed minutes
 * sometimes run two turns together on one line or paragraph:
 *
 *   CEZ: Nothing on the queue. ZTZ: Then I'd like consensus on this PR.
 *   Kevin: fine by me. Gabe: also fine.
 *
 * A sentence of the item after its first (the core's sentences, so the
 * text is not scanned) that opens with a word and a colon naming a
 * person of the rosters, after a stop, a question or exclamation mark,
 * is the next speaker.  Only for an item whose own opening mark is a
 * colon's (the style that writes turns so), and only when the word is a
 * roster's abbreviation, or a name that resolves to one person of the
 * rosters and is neither a label nor a stopword: "... in the doc.
 * Result: none" and "... as agreed. Next: ..." name nobody.  The item
 * keeps one turn; the voice joins its speakers, its mark its mentions,
 * and the words after the mark count for the voice (SpTurn.voice_start). */
#include <string.h>

#include "attribute-private.h"

/* longest word read as a voice's mark */
#define VOICE_MAX 24

/* Does a sentence end right before the space at text[at] (a stop, a
 * question or exclamation mark, a quote or bracket closing after one)? */
static gboolean
sentence_ends_before (const char *text, gsize at)
{
  gsize j = at;
  while (j > 0 && strchr ("\"')]", text[j - 1]) && text[j - 1] != '\0')
    j--;
  return j > 0 && (text[j - 1] == '.' || text[j - 1] == '?' || text[j - 1] == '!');
}

/* The person the word w (n bytes, ASCII letters) before a colon names as
 * a voice, or SP_NO_PERSON: an abbreviation the rosters know, or a name
 * (no label, no stopword) that resolves to one person of the rosters */
static guint
voice_person (Ctx *c, const char *w, gsize n)
{
  char name[VOICE_MAX + 1];
  memcpy (name, w, n);
  name[n] = '\0';
  gboolean upper = TRUE;
  for (gsize k = 0; k < n; k++)
    upper &= g_ascii_isupper (w[k]);
  SpMatch x;
  if (upper)
    {
      if (n < 2 || n > SP_ABBREVIATION_MAX)
        return SP_NO_PERSON;
      sp_resolve_memo (c, name, SP_CASE_UPPER, SP_RESOLVE_EXACT, &x);
      if (!sp_unique (&x))
        return SP_NO_PERSON;
    }
  else
    {
      for (gsize k = 1; k < n; k++)
        if (g_ascii_isupper (w[k]))
          return SP_NO_PERSON; /* a handle's or a label's mixed case */
      char buf[VOICE_MAX + 1];
      char *key = sp_key_buf (NULL, name, (gssize) n, buf, sizeof buf);
      gboolean label = sp_is_label_key (key) || np_text_is_stopword (key);
      sp_key_buf_free (key, buf);
      if (label)
        return SP_NO_PERSON;
      sp_resolve_memo (c, name, SP_CASE_TITLE, SP_RESOLVE_NAMES, &x);
      if (!sp_unique (&x) || x.tier > SP_TIER_NAME)
        return SP_NO_PERSON;
    }
  const SpEntry *e = sp_roster_get (x.roster, x.entry);
  return sp_person_for (c, e->name, e->full_key, sp_source_name (e->source));
}

/* The next voice of item i (text, len bytes) from its sentence *s on,
 * opening at byte min_start or later: its person (SP_NO_PERSON when none
 * is left), the offset of its mark and its length up to the colon.  With
 * speaking, only a person with an accepted mark of their own elsewhere. */
static guint
next_voice (Ctx *c, guint i, const char *text, gsize len, guint *s, gsize min_start, gboolean speaking,
            gsize *at, gsize *n_at)
{
  const NpItem *it = &c->items[i];
  guint n_sentences, n_tokens;
  const NpSentence *sentences = np_document_get_sentences (c->doc, &n_sentences);
  const NpToken *tokens = np_document_get_tokens (c->doc, &n_tokens);
  for (; *s < it->sentence_first + it->sentence_count && *s < n_sentences; (*s)++)
    {
      guint32 first = sentences[*s].token_first;
      if (first >= n_tokens || tokens[first].start < it->start)
        continue;
      gsize start = tokens[first].start - it->start;
      if (start < min_start + 2 || start >= len || !g_ascii_isupper (text[start]))
        continue;
      gsize colon = start;
      while (colon < len && colon - start <= VOICE_MAX && g_ascii_isalpha (text[colon]))
        colon++;
      /* "Director Kessler: ...", "Ms. Whitfield: ...": a title, then the
       * surname the voice is known by */
      gsize name = start;
      if (colon + 2 < len && (text[colon] == ' ' || (text[colon] == '.' && text[colon + 1] == ' ')))
        {
          /* the cheapest question first: a capitalized word and a colon
           * after the first word; then is the first a title? */
          gsize second = colon + (text[colon] == '.') + 1, end = second;
          while (end < len && end - second <= VOICE_MAX && g_ascii_isalpha (text[end]))
            end++;
          if (end == second || end >= len || text[end] != ':' || !g_ascii_isupper (text[second])
              || !np_text_is_title (text + start, colon - start + (text[colon] == '.'), NULL))
            continue;
          name = second;
          colon = end;
        }
      gsize n = colon - name;
      if (n < 2 || n > VOICE_MAX || colon + 1 >= len || text[colon] != ':' || text[colon + 1] != ' '
          || text[start - 1] != ' ' || !sentence_ends_before (text, start - 1))
        continue;
      guint pi = voice_person (c, text + name, n);
      if (pi == SP_NO_PERSON)
        continue;
      if (speaking)
        {
          const SpPerson *p = g_ptr_array_index (c->result->persons, pi);
          if (!sp_key_accepted (c, p->key))
            continue;
        }
      (*s)++;
      *at = start;
      *n_at = colon - start;
      return pi;
    }
  return SP_NO_PERSON;
}

static void
add_alias (Ctx *c, guint pi, const char *w, gsize n)
{
  /* a title, its stop and space, and the name */
  char alias[2 * VOICE_MAX + 4];
  if (n >= sizeof alias)
    return;
  memcpy (alias, w, n);
  alias[n] = '\0';
  sp_person_add_alias (c, g_ptr_array_index (c->result->persons, pi), alias);
}

void
sp_midline_voices (Ctx *c, guint i)
{
  SpTurn *t = &c->result->turns[i];
  const NpItem *it = &c->items[i];
  /* a voice opens a sentence of the item after its first: the core's
   * sentences say where, so the text is not scanned */
  if (it->sentence_count < 2)
    return;
  if (t->method != SP_METHOD_COLON && t->method != SP_METHOD_ABBREVIATION && t->method != SP_METHOD_BOLD)
    return;
  if (t->speech_end != 0 || t->n_speakers == 0 || c->cands[i]->mark.anonymous)
    return;
  gsize len, start, n;
  const char *text = sp_item_text (c, i, &len);
  t->n_opening = (guint8) t->n_speakers;
  /* the cheapest question first: a colon after the opening mark */
  if (t->speech_start + 4 >= len || !memchr (text + t->speech_start + 4, ':', len - t->speech_start - 4))
    return;
  guint s = it->sentence_first + 1;
  for (guint pi; (pi = next_voice (c, i, text, len, &s, t->speech_start, FALSE, &start, &n)) != SP_NO_PERSON;)
    {
      gboolean dup = FALSE;
      for (guint k = 0; k < t->n_speakers; k++)
        dup |= t->speakers[k] == pi;
      if (dup || t->n_speakers >= SP_MAX_NAMES)
        continue;
      add_alias (c, pi, text + start, n);
      t->speakers[t->n_speakers++] = pi;
      if (t->voice_start == 0)
        {
          t->voice_start = (guint32) start;
          t->voice_len = (guint32) (n + 1);
        }
    }
}

/* An aside in parentheses after the item's first words, a person's
 * remark on it: "Standards and process regarding contributions (Mikeal:
 * the charter has some overlap here)".  The person is the voice of one
 * word before the colon (voice_person()); the caller asks only of an
 * item its parenthesis closes.  SP_NO_PERSON when the item holds none.  *at and *n_at get
 * the mark's offset and its length up to the colon. */
static guint
aside_voice (Ctx *c, const char *text, gsize len, gsize *at, gsize *n_at)
{
  for (const char *p = memchr (text, '(', len); p; p = memchr (p + 1, '(', text + len - p - 1))
    {
      gsize start = (gsize) (p - text) + 1;
      if (start < 4 || start + 4 >= len || text[start - 2] != ' ' || !g_ascii_isupper (text[start]))
        continue;
      gsize colon = start;
      while (colon < len && colon - start <= VOICE_MAX && g_ascii_isalpha (text[colon]))
        colon++;
      gsize n = colon - start;
      if (n < 2 || n > VOICE_MAX || colon + 2 >= len || text[colon] != ':' || text[colon + 1] != ' ')
        continue;
      guint pi = voice_person (c, text + start, n);
      if (pi == SP_NO_PERSON)
        continue;
      *at = start;
      *n_at = n;
      return pi;
    }
  return SP_NO_PERSON;
}

void
sp_midline_narrated (Ctx *c)
{
  for (guint i = 0; i < c->n_items; i++)
    {
      SpTurn *t = &c->result->turns[i];
      const NpItem *it = &c->items[i];
      if (t->attributed)
        continue;
      gsize len, start, n;
      const char *text = sp_item_text (c, i, &len);
      /* the cheapest questions first: a colon after the first words, and
       * for an aside, a parenthesis closing the item */
      if (len < 8 || (it->sentence_count < 2 && text[len - 1] != ')') || !memchr (text + 4, ':', len - 4)
          || sp_skip_item (c, i) || sp_owner_item (c, i))
        continue;
      guint s = it->sentence_first + 1;
      guint pi = it->sentence_count < 2 ? SP_NO_PERSON : next_voice (c, i, text, len, &s, 0, TRUE, &start, &n);
      if (pi == SP_NO_PERSON && text[len - 1] == ')')
        pi = aside_voice (c, text, len, &start, &n);
      if (pi == SP_NO_PERSON)
        continue;
      add_alias (c, pi, text + start, n);
      t->attributed = TRUE;
      t->method = SP_METHOD_COLON;
      t->n_speakers = 1;
      t->speakers[0] = pi;
      t->mention = text + start;
      t->mention_len = (guint32) (n + 1);
      t->speech_start = (guint32) (start + n + 1);
      t->confidence = 0.8;
    }
}
