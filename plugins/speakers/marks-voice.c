/* marks-voice.c: the speaker marks that tools write and tables keep:
 * timed transcripts (documents of cues, core/reader-vtt.c): WebVTT voice
 * tags ("<v Alice Smith>", "<v.loud Bob>") and a diarizing tool's
 * numbered voices ("Speaker 2:", "SPEAKER_01:"); a copied chat's message
 * header on a line of its own ("[10:32 AM] Alice Smith" over the
 * message); a table's Speaker column; and the angle form of chat logs
 * ("<nick> ...", a Matrix user's "<@alice:matrix.org>"), whose "<v"
 * opens a voice tag.  marks.c reads every other mark. */
#include "config.h" /* memmem() */

#include <string.h>

#include "marks-private.h"

#define NUMBERED_WORD_MAX 24

/* "Speaker 2", "Guest 10", "SPEAKER_01" (s..e): a transcript's unnamed
 * voice, one capitalized word of max_word letters at most and a number of
 * one to three digits */
static gboolean
numbered_voice (SpMark *m, const char *s, const char *e, gsize max_word)
{
  const char *sp = memchr (s, ' ', e - s);
  if (sp == NULL)
    sp = memchr (s, '_', e - s);
  if (sp == NULL || sp == s || (gsize) (sp - s) > max_word || !g_ascii_isupper (*s) || e - sp - 1 < 1
      || e - sp - 1 > 3)
    return FALSE;
  for (const char *q = s; q < sp; q++)
    if (!g_ascii_isalpha (*q))
      return FALSE;
  for (const char *q = sp + 1; q < e; q++)
    if (!g_ascii_isdigit (*q))
      return FALSE;
  m->names[0] = sp_mark_tidy (s, e);
  m->cases[0] = SP_CASE_TITLE;
  m->n_names = 1;
  return TRUE;
}

/* "Speaker 2: text", "SPEAKER_01: text": a diarizing tool's unnamed
 * speaker in a cue.  Only for transcripts (attribute.c asks for it in
 * documents of cues): in notes, "Step 2: ..." and "Day 3: ..." are
 * labels. */
gboolean
sp_mark_parse_numbered (const char *text, gsize len, SpMark *m)
{
  const char *p = skip_spaces (text, text + len), *e = text + len;
  /* a word of 24 letters at most, a separator, 3 digits at most */
  const char *colon = memchr (p, ':', MIN ((gsize) (e - p), (gsize) (NUMBERED_WORD_MAX + 5)));
  if (colon == NULL || colon + 1 >= e || !is_space (colon[1]))
    return FALSE;
  memset (m, 0, sizeof *m);
  if (!numbered_voice (m, p, colon, NUMBERED_WORD_MAX))
    return FALSE;
  m->numbered = TRUE;
  return sp_mark_finish (m, SP_FORM_COLON, text, p, colon + 1, skip_spaces (colon + 1, e));
}

gboolean
sp_mark_bracket_numbered_voice (const char *s, const char *e, SpMark *m)
{
  const char *w = s;
  while (w < e && g_ascii_isalpha (*w))
    w++;
  if (w == s || w >= e || (*w != ' ' && *w != '_') || !np_text_voice_word (s, w - s)
      || !numbered_voice (m, s, e, NUMBERED_WORD_MAX))
    return FALSE;
  m->numbered = TRUE;
  return TRUE;
}

/* Does s..e open with a name of two or three capitalized words (letters,
 * hyphens, apostrophes) followed by a comma, a dash or a parenthesis?
 * "John Roe, from ...", "Jane Doe - Acme", "Jane Doe (Acme) ..." */
static gboolean
opens_with_name_and_break (const char *s, const char *e)
{
  const char *r = skip_spaces (s, e);
  for (guint k = 1; k <= 3 && r < e; k++)
    {
      if (!g_ascii_isupper (*r))
        return FALSE;
      const char *w = r;
      while (r < e && (g_ascii_isalpha (*r) || *r == '-' || *r == '\''))
        r++;
      if (r - w < 2)
        return FALSE;
      if (r < e && *r == ',')
        return k >= 2;
      if (r < e && !is_space (*r))
        return FALSE;
      const char *next = skip_spaces (r, e);
      if (k >= 2 && next < e
          && (*next == '(' || (*next == '-' && next + 1 < e && is_space (next[1]))
              || (next + 2 < e && (guchar) next[0] == 0xe2 && (guchar) next[1] == 0x80
                  && ((guchar) next[2] == 0x93 || (guchar) next[2] == 0x94))))
        return TRUE;
      r = next;
    }
  return FALSE;
}

gboolean
sp_mark_parse_numbered_voice (const char *text, gsize len, SpMark *m)
{
  const char *p = skip_spaces (text, text + len);
  /* the first letters of the voice words, before any search */
  if (p >= text + len)
    return FALSE;
  switch (*p | 0x20) /* lower case: the first letters of the voice words */
    {
    case 's': case 'p': case 'g': case 'c': case 'i': case 'r': case 'a': case 'v': case 'u': case 'w':
      break;
    default:
      return FALSE;
    }
  const char *e = text + len;
  gsize n = 0;
  while (n < 12 && p + n < e && g_ascii_isalpha (p[n]))
    n++;
  /* the word, a space or '_', a digit: most items fail here */
  if (p + n + 1 >= e || (p[n] != ' ' && p[n] != '_') || !g_ascii_isdigit (p[n + 1]) || !np_text_voice_word (p, n)
      || !sp_mark_parse_numbered (text, len, m))
    return FALSE;
  /* a programme's "Speaker 1: Jane Doe (Acme)" names who speaks, and
   * says nothing: a few words, each capitalized; or it opens with such a
   * name and a comma or a dash ("Speaker 2: John Roe, from the security
   * group") */
  const char *r = text + m->end;
  guint words = 0;
  gboolean all_capitalized = TRUE;
  while ((r = skip_spaces (r, e)) < e)
    {
      if (g_ascii_islower (*r) || g_ascii_isdigit (*r))
        all_capitalized = FALSE;
      words++;
      while (r < e && !is_space (*r))
        r++;
    }
  /* ... but "Speaker 4: Ha.", "Speaker 2: Really?" speak */
  const char *last = e;
  while (last > text + m->end && is_space (last[-1]))
    last--;
  gboolean spoken = last > text + m->end
                    && (last[-1] == '?' || last[-1] == '!' || (last[-1] == '.' && words == 1));
  if ((all_capitalized && words <= 5 && !spoken) || opens_with_name_and_break (text + m->end, e))
    {
      sp_mark_clear (m);
      return FALSE;
    }
  return TRUE;
}

gboolean
sp_mark_parse_coded_voice (const char *text, gsize len, SpMark *m)
{
  const char *e = text + len;
  /* in bold, the colon inside or after: "**P4:** ...", "**P4**: ..." */
  gsize b = len > 7 && text[0] == '*' && text[1] == '*' ? 2 : 0;
  const char *c = text + b;
  if (len < b + 5 || !g_ascii_isupper (c[0]) || !g_ascii_isdigit (c[1]))
    return FALSE;
  gsize k = g_ascii_isdigit (c[2]) ? 3 : 2;
  if (k == 3 && c[1] == '0')
    return FALSE;
  const char *colon = c + k;
  if (b && colon + 2 < e && colon[0] == '*' && colon[1] == '*')
    colon += 2; /* "**P4**:" */
  if (colon + 1 >= e || colon[0] != ':')
    return FALSE;
  const char *after = colon + 1;
  if (b && colon == c + k)
    {
      if (after + 2 >= e || after[0] != '*' || after[1] != '*')
        return FALSE; /* "**P4:** " */
      after += 2;
    }
  if (!is_space (*after))
    return FALSE;
  memset (m, 0, sizeof *m);
  m->names[0] = g_strndup (c, k);
  m->cases[0] = SP_CASE_TITLE;
  m->n_names = 1;
  m->numbered = TRUE;
  m->coded = TRUE;
  m->bold = b != 0;
  return sp_mark_finish (m, SP_FORM_COLON, text, text, after, skip_spaces (after, e));
}

/* s..e is a clock time: "00:00:05", "1:02:15", "0:15.5" */
gboolean
sp_is_clock (const char *s, const char *e)
{
  guint colons = 0;
  if (e - s < 4 || e - s > 12 || !g_ascii_isdigit (*s) || !g_ascii_isdigit (e[-1]))
    return FALSE;
  for (const char *q = s; q < e; q++)
    if (*q == ':')
      colons++;
    else if (!g_ascii_isdigit (*q) && *q != '.')
      return FALSE;
  return colons == 1 || colons == 2;
}

/* "Speaker 1 (00:00:05): text": a transcript service's unnamed speaker
 * with the time of the turn (Rev), read in any document: the clock in
 * parentheses says it is no label ("Step 2: ..."). */
gboolean
sp_mark_parse_numbered_timed (const char *text, gsize len, SpMark *m)
{
  const char *p = skip_spaces (text, text + len), *e = text + len;
  /* the word, its number, " (", the clock, "): " */
  const char *open = memchr (p, '(', MIN ((gsize) (e - p), (gsize) (NUMBERED_WORD_MAX + 6)));
  if (open == NULL || open - p < 3 || open[-1] != ' ')
    return FALSE;
  const char *close = memchr (open, ')', MIN ((gsize) (e - open), (gsize) 24));
  if (close == NULL || close + 2 >= e || close[1] != ':' || !is_space (close[2])
      || !sp_is_clock (open + 1, close))
    return FALSE;
  memset (m, 0, sizeof *m);
  if (!numbered_voice (m, p, open - 1, NUMBERED_WORD_MAX))
    return FALSE;
  m->numbered = TRUE;
  m->timed = TRUE;
  return sp_mark_finish (m, SP_FORM_COLON, text, p, close + 2, skip_spaces (close + 2, e));
}

/* A WebVTT voice tag, "<v Alice Smith>text", "<v.loud Alice Smith> text":
 * the transcript names the voice of the cue (reader-vtt.c keeps the tag at
 * the start of the cue's text and drops its "</v>").  The speech may
 * follow the '>' directly. */
gboolean
sp_mark_parse_voice (const char *text, const char *p, const char *e, SpMark *m)
{
  const char *limit = MIN (e, p + MARK_MAX);
  const char *close = memchr (p + 2, '>', limit - p - 2);
  if (close == NULL || memchr (p + 1, '<', close - p - 1))
    return FALSE;
  const char *s = p + 2;
  while (s < close && *s == '.') /* classes */
    while (++s < close && *s != '.' && !is_space (*s))
      ;
  const char *ce = close;
  trim (&s, &ce);
  if (s >= ce)
    return FALSE;
  const char *speech = close + 1;
  if (e - speech >= 4 && g_ascii_strncasecmp (speech, "</v>", 4) == 0)
    speech += 4;
  speech = skip_spaces (speech, e);
  m->voice = TRUE;
  g_autofree char *content = sp_mark_tidy (s, ce);
  if (sp_is_anonymous (content))
    {
      m->anonymous = TRUE;
      m->names[0] = g_steal_pointer (&content);
      m->n_names = 1;
      return sp_mark_finish (m, SP_FORM_ANGLE, text, p, close + 1, speech);
    }
  /* one voice a tag: "<v Doe, Jane>" is a directory's name, surname first */
  g_autofree char *ordered = NULL;
  if (memchr (s, ',', ce - s) && np_text_surname_first (s, ce - s, &ordered, NULL))
    {
      if (!sp_mark_add_name (m, ordered, ordered + strlen (ordered)))
        return FALSE;
    }
  else if (!sp_mark_add_name (m, s, ce) && !numbered_voice (m, s, ce, G_MAXSIZE))
    return FALSE;
  return sp_mark_finish (m, SP_FORM_ANGLE, text, p, close + 1, speech);
}

/* m's one name: s..e as a name, else, where handle is allowed, as
 * written: a handle or nickname ("alice_dev") that no name reading takes */
static gboolean
name_or_handle (SpMark *m, const char *s, const char *e, gboolean handle)
{
  if (sp_mark_add_name (m, s, e))
    return TRUE;
  sp_mark_clear (m);
  if (!handle)
    return FALSE;
  m->names[0] = sp_mark_tidy (s, e);
  m->cases[0] = SP_CASE_HANDLE;
  m->n_names = 1;
  return TRUE;
}

/* A copied chat's message header on the item's first line (its first
 * first_line bytes), the message on the lines joined to it: Teams'
 * "[10:32 AM] Alice Smith", Google Chat's "Alice Smith, 10:32 AM",
 * Discord's "alice_dev — Today at 10:32 AM" (np_text_chat_sender_line()).
 * A Teams or Google Chat sender is two to four words of a name in Title
 * case (a one-word "[09:00] Registration" or "Lunch, 12:00" over an
 * agenda's line is no sender), Teams' after a bracketed clock; Discord's
 * is the display name or handle as written. */
gboolean
sp_mark_parse_chat_copy (const char *text, gsize len, gsize first_line, SpMark *m)
{
  gsize name, name_len;
  gboolean titled;
  if (first_line == 0 || first_line >= len
      || !np_text_chat_sender_line (text, first_line, &name, &name_len, &titled))
    return FALSE;
  const char *s = text + name, *e = s + name_len;
  memset (m, 0, sizeof *m);
  guint words;
  /* Teams' clock is in brackets ("[09:00] Registration Desk" is an
   * agenda's line); Google Chat's name opens the line */
  if (titled
      && ((name > 0 && text[0] != '[') || sp_name_case (s, name_len, &words) != SP_CASE_TITLE || words < 2))
    return FALSE;
  /* a bot's message (Discord's tag glued to its name, "MEE6BOT",
   * "LoomBotBOT"): nobody's speech */
  if (!titled && name_len > 4 && !memchr (s, ' ', name_len) && g_ascii_strncasecmp (e - 3, "bot", 3) == 0)
    return FALSE;
  if (!name_or_handle (m, s, e, !titled))
    return FALSE;
  /* an account deleted since (Discord's "Deleted User"): nobody known */
  if (m->n_names == 1 && name_len == 12 && g_ascii_strncasecmp (s, "deleted user", 12) == 0)
    m->anonymous = TRUE;
  m->timed = TRUE;
  m->chat = TRUE;
  return sp_mark_finish (m, SP_FORM_COLON, text, s, e, skip_spaces (text + first_line, text + len));
}

/* The item's first line, its first first_line bytes, without the spaces
 * around it: FALSE when the item has no line after it. */
static gboolean
first_line_span (const char *text, gsize len, gsize first_line, const char **s, const char **e)
{
  if (first_line == 0 || first_line >= len)
    return FALSE;
  *s = text;
  *e = text + first_line;
  trim (s, e);
  return TRUE;
}

/* What follows an issue tracker's "commented" up to the line's end
 * (s..e): nothing, or when: "on Mar 3, 2024", "2024-03-03", "2 days
 * ago", "yesterday", perhaps with an edit's mark ("• edited"); FALSE for
 * words of a sentence ("commented that ...", "commented on 3 issues") */
static gboolean
comment_when (const char *s, const char *e)
{
  static const char *const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", NULL };
  s = skip_spaces (s, e);
  if (s == e)
    return TRUE;
  if (e - s > 48)
    return FALSE;
  if (e - s > 3 && strncmp (s, "on ", 3) == 0)
    s += 3;
  if ((e - s >= 9 && strncmp (s, "yesterday", 9) == 0) || (e - s >= 5 && strncmp (s, "today", 5) == 0)
      || (e - s >= 3 && memmem (s, e - s, " ago", 4)))
    return TRUE;
  for (const char *const *mo = months; *mo && e - s >= 5; mo++)
    if (strncmp (s, *mo, 3) == 0)
      return TRUE;
  /* a date in digits: "2024-03-03", "03/03/2024", "3.3.2024", "3 Mar" */
  const char *d = s;
  while (d < e && g_ascii_isdigit (*d))
    d++;
  if (d == s || d == e)
    return FALSE;
  if (*d == '-' || *d == '/' || *d == '.')
    return d + 1 < e && g_ascii_isdigit (d[1]);
  for (const char *const *mo = months; *mo && e - d >= 4; mo++)
    if (*d == ' ' && strncmp (d + 1, *mo, 3) == 0)
      return TRUE;
  return FALSE;
}

/* An issue tracker's comment copied with its header on the item's first
 * line (first_line bytes) over the comment: GitHub's "alice-smith
 * commented on Mar 3" ("**alice-smith** commented 2 days ago", "...
 * • edited"), GitLab's "Alice Smith @asmith · 2 days ago".  The author's
 * mark, a chat's (form COLON, chat): the tracker wrote the name. */
gboolean
sp_mark_parse_comment_header (const char *text, gsize len, gsize first_line, SpMark *m)
{
  const char *s = text, *e = text + len;
  /* the header alone, its comment in the paragraphs after it (first_line
   * == len; inherit.c gives them to the author) */
  if (first_line == len)
    trim (&s, &e);
  else if (!first_line_span (text, len, first_line, &s, &e))
    return FALSE;
  if (e - s > 120)
    return FALSE;
  const char *name_end = memmem (s, e - s, " commented", 10);
  if (name_end && !comment_when (name_end + 10, e))
    return FALSE;
  if (name_end == NULL)
    {
      /* GitLab: the name, the handle, a middle dot and the time */
      const char *dot = memmem (s, e - s, " \xc2\xb7 ", 4);
      const char *at = dot ? memchr (s, '@', dot - s) : NULL;
      if (at == NULL || at == s || at[-1] != ' ' || at + 1 == dot || memchr (at, ' ', dot - at)
          || !comment_when (dot + 4, e))
        return FALSE;
      name_end = at - 1;
    }
  const char *ns = s, *ne = name_end;
  sp_mark_strip_markup (&ns, &ne);
  if (ns >= ne || ne - ns > 40)
    return FALSE;
  memset (m, 0, sizeof *m);
  /* a handle ("alice-smith") or a name ("Alice Smith"); GitHub's "ghost"
   * stands for a deleted account, nobody known */
  if (ne - ns == 5 && memcmp (ns, "ghost", 5) == 0)
    {
      m->names[0] = g_strdup ("unknown");
      m->n_names = 1;
      m->anonymous = TRUE;
    }
  else if (!name_or_handle (m, ns, ne, memchr (ns, ' ', ne - ns) == NULL))
    return FALSE;
  m->chat = TRUE;
  return sp_mark_finish (m, SP_FORM_COLON, text, s, name_end, skip_spaces (text + first_line, text + len));
}

/* A transcript's speaker in capitals on a line of its own over the turn
 * (the item's first first_line bytes; "ALICE SMITH" over "We should ship
 * ..."), as screenplays and some interview transcripts write them: read
 * as "ALICE SMITH: We should ship ...", and judged as such (a name in
 * capitals is a person's when the roster knows it, or in a dialogue). */
gboolean
sp_mark_parse_name_line (const char *text, gsize len, gsize first_line, SpMark *m)
{
  const char *s, *e;
  if (!first_line_span (text, len, first_line, &s, &e))
    return FALSE;
  guint letters = 0;
  for (const char *q = s; q < e; q = g_utf8_next_char (q))
    {
      gunichar u = g_utf8_get_char_validated (q, e - q);
      if (u == (gunichar) -1 || u == (gunichar) -2)
        return FALSE;
      if (g_unichar_isalpha (u))
        {
          if (!g_unichar_isupper (u))
            return FALSE;
          letters++;
        }
      else if (u != ' ' && u != '.' && u != '-' && u != '\'')
        return FALSE;
    }
  if (letters < 2)
    return FALSE;
  memset (m, 0, sizeof *m);
  if (!sp_mark_add_name (m, s, e))
    {
      sp_mark_clear (m);
      return FALSE;
    }
  return sp_mark_finish (m, SP_FORM_COLON, text, s, e, skip_spaces (text + first_line, text + len));
}

gboolean
sp_mark_parse_title_name_line (const char *text, gsize len, gsize first_line, SpMark *m)
{
  const char *s, *e;
  if (!first_line_span (text, len, first_line, &s, &e))
    return FALSE;
  /* a hearing's witness named with a position over her first answer
   * ("Dr Miriam Austin, Chief Executive, National Water Data Agency"):
   * the name after its title of address, before the first comma, the
   * line no sentence ("Jay Conrod Agreed, I'll ..." is a turn's) */
  const char *comma = e - s > 8 ? memchr (s, ',', MIN (e - s, 48)) : NULL;
  const char *sp = comma ? memchr (s, ' ', comma - s) : NULL;
  if (sp && !strchr (".?!:;", e[-1]) && np_text_is_title (s, sp - s, NULL))
    {
      s = sp + 1;
      e = comma;
    }
  if (e - s > 48)
    return FALSE;
  guint words = 0;
  for (const char *q = s; q < e; q++)
    {
      if (q == s || q[-1] == ' ')
        {
          if (!g_ascii_isupper (*q) && (guchar) *q < 0xc3)
            return FALSE;
          words++;
        }
      else if (*q == ' ' ? q[1] == ' ' : !(g_ascii_isalpha (*q) || *q == '-' || *q == '\'' || (guchar) *q >= 0x80))
        return FALSE;
    }
  if (words < 2 || words > 4)
    return FALSE;
  memset (m, 0, sizeof *m);
  if (!sp_mark_add_name (m, s, e) || m->cases[0] != SP_CASE_TITLE)
    {
      sp_mark_clear (m);
      return FALSE;
    }
  m->name_line = TRUE;
  return sp_mark_finish (m, SP_FORM_COLON, text, s, e, skip_spaces (text + first_line, text + len));
}

/* A definition list's term over what was said (NP_ITEM_DEFINITION:
 * reStructuredText's "Alice Smith" over "    We should ship ..."): the
 * item's first line (its first first_line bytes) read as the colon mark
 * it would be with a colon after it, "Alice Smith: We should ship ...",
 * qualifiers, several names and anonymous voices included. */
gboolean
sp_mark_parse_term_line (const char *text, gsize len, gsize first_line, SpMark *m)
{
  const char *s, *e;
  if (!first_line_span (text, len, first_line, &s, &e))
    return FALSE;
  /* the term, a colon and a word of speech, as parse_colon() reads marks;
   * the offsets within the term are the item's */
  char probe[64];
  gsize n = e - text;
  if (s >= e || e - s > 48 || n + 4 > sizeof probe)
    return FALSE;
  memcpy (probe, text, n);
  memcpy (probe + n, ": x", 4);
  memset (m, 0, sizeof *m);
  if (!sp_mark_parse_colon (probe, probe, probe + n + 3, m))
    {
      sp_mark_clear (m);
      return FALSE;
    }
  /* the mark as written is the term, without the colon the probe added */
  if (m->raw_start + m->raw_len > n)
    m->raw_len = n > m->raw_start ? (guint32) (n - m->raw_start) : 0;
  m->end = skip_spaces (text + first_line, text + len) - text;
  return TRUE;
}

/* A transcript's speaker line over the turn, the time at its end (the
 * item's first first_line bytes; np_text_speaker_time_line(), where the
 * readers open a turn): "Alice Smith - 00:01", "**Alice Smith** (00:01)",
 * "Alice Smith | 0:05", as AI note takers export them.  A timed colon
 * mark. */
gboolean
sp_mark_parse_speaker_time_line (const char *text, gsize len, gsize first_line, SpMark *m)
{
  gsize name, name_len;
  if (first_line >= len || !np_text_speaker_time_line (text, first_line, &name, &name_len))
    return FALSE;
  const char *s = text + name, *e = s + name_len;
  memset (m, 0, sizeof *m);
  /* "Doe, Jane  0:05": Teams writes the directory's name, surname first */
  g_autofree char *ordered = NULL;
  if (memchr (s, ',', name_len) && np_text_surname_first (s, name_len, &ordered, NULL)
      ? !sp_mark_add_name (m, ordered, ordered + strlen (ordered))
      /* a name in lower case is no transcript's, but a chat copy's
       * handle over its twelve-hour clock is ("jsmith  10:32 AM") */
      : (!sp_mark_add_name (m, s, e) || (m->cases[0] == SP_CASE_LOWER && memchr (s, ' ', name_len))))
    {
      sp_mark_clear (m);
      memset (m, 0, sizeof *m);
      /* "**Speaker 3**  00:07:40": a voice the export could not name, its
       * number as written, as "Speaker 3  0:15" reads (marks-name.c) */
      const char *ns = s, *ne = e;
      sp_mark_strip_markup (&ns, &ne);
      const char *d = ne;
      while (d > ns && g_ascii_isdigit (d[-1]))
        d--;
      if (d == ne || d - ns < 3 || d[-1] != ' ' || !g_ascii_isupper (*ns) || ne - d > 3)
        return FALSE;
      m->names[0] = sp_mark_tidy (ns, ne);
      m->cases[0] = SP_CASE_TITLE;
      m->n_names = 1;
    }
  m->timed = TRUE;
  /* "Unknown Speaker  0:30", as Otter writes a voice it could not name */
  m->anonymous = sp_is_anonymous (m->names[0]);
  return sp_mark_finish (m, SP_FORM_COLON, text, s, e, skip_spaces (text + first_line, text + len));
}

/* The bytes of cell col of a table row (cells between '|', the row's
 * outer pipes dropped by the reader or not), trimmed; FALSE past the last */
static gboolean
table_cell (const char *row, gsize len, gint col, const char **s, const char **e)
{
  const char *p = row, *end = row + len;
  p = skip_spaces (p, end);
  if (p < end && *p == '|')
    p++;
  for (gint k = 0; p <= end; k++)
    {
      const char *bar = memchr (p, '|', end - p);
      const char *ce = bar ? bar : end;
      if (k == col)
        {
          *s = p;
          *e = ce;
          trim (s, e);
          return TRUE;
        }
      if (bar == NULL)
        return FALSE;
      p = bar + 1;
    }
  return FALSE;
}

gint
sp_table_speaker_column (const char *row, gsize len)
{
  static const char *const heads[] = { "speaker", "speakers", "who", "voice", "saidby", "speakername", NULL };
  for (gint k = 0;; k++)
    {
      const char *s, *e;
      if (!table_cell (row, len, k, &s, &e))
        return -1;
      if (e - s > 16)
        continue;
      char key[17];
      gsize n = 0;
      for (const char *q = s; q < e; q++)
        if (g_ascii_isalnum (*q))
          key[n++] = g_ascii_tolower (*q);
      key[n] = '\0';
      for (const char *const *h = heads; *h; h++)
        if (strcmp (key, *h) == 0)
          {
            const char *ns, *ne;
            return table_cell (row, len, k + 1, &ns, &ne) ? k : -1;
          }
    }
}

gboolean
sp_mark_parse_table_cell (const char *row, gsize len, gint col, SpMark *m)
{
  const char *s, *e, *ns, *ne;
  if (!table_cell (row, len, col, &s, &e) || s >= e || !table_cell (row, len, col + 1, &ns, &ne) || ns >= ne)
    return FALSE;
  memset (m, 0, sizeof *m);
  g_autofree char *content = sp_mark_tidy (s, e);
  if (sp_is_anonymous (content))
    {
      m->anonymous = TRUE;
      m->names[0] = g_steal_pointer (&content);
      m->n_names = 1;
    }
  /* a handle is one word, not a phrase or a dash ("-": nobody) */
  else if (!name_or_handle (m, s, e,
                            !memchr (s, ' ', e - s) && e - s <= 32 && content[0] != '\0' && content[0] != '-'))
    return FALSE;
  m->table = TRUE;
  return sp_mark_finish (m, SP_FORM_COLON, row, s, e, ns);
}

/* An HTML element's name ("<div> is not centered", "<select> element
 * ..."): no nick */
static gboolean
is_html_element (const char *s, gsize n)
{
  static const char *const elements[] = {
    "a", "abbr", "article", "aside", "audio", "b", "body", "br", "button", "canvas", "code", "details", "dialog",
    "div", "em", "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header",
    "hr", "html", "i", "iframe", "img", "input", "label", "li", "link", "main", "meta", "nav", "ol", "option",
    "p", "picture", "pre", "script", "section", "select", "slot", "source", "span", "strong", "style", "summary",
    "svg", "table", "tbody", "td", "template", "textarea", "th", "thead", "tr", "u", "ul", "video", NULL,
  };
  if (n > 8)
    return FALSE;
  for (const char *const *x = elements; *x; x++)
    if (strlen (*x) == n && g_ascii_strncasecmp (*x, s, n) == 0)
      return TRUE;
  return FALSE;
}

gboolean
sp_mark_parse_angle (const char *text, const char *p, const char *e, SpMark *m)
{
  if (*p != '<')
    return FALSE;
  if (e - p > 3 && (p[1] == 'v' || p[1] == 'V') && (p[2] == '.' || is_space (p[2])))
    return sp_mark_parse_voice (text, p, e, m);
  const char *limit = MIN (e, p + 40);
  const char *close = memchr (p + 1, '>', limit - p - 1);
  if (close == NULL || close + 1 >= e || !is_space (close[1]))
    return FALSE;
  /* irssi's "< bob>" and a channel mode: "<@alice>", "<+carol>" */
  const char *nick = p + 1;
  gsize local;
  /* a Matrix user, "<@alice:matrix.org>": the local part (not "<>", whose
   * length is the 0 of no user) */
  if (close > nick && np_text_matrix_user (nick, close - nick, &local) == (gsize) (close - nick))
    return (sp_mark_add_name (m, nick + 1, nick + 1 + local)
            /* "<@ines.vaz:matrix.org>": a local part with a dot, a handle */
            || sp_mark_add_dotted_handle (m, nick + 1, nick + 1 + local, TRUE))
           && sp_mark_finish (m, SP_FORM_ANGLE, text, p, close + 1, skip_spaces (close + 1, e));
  if (close - nick > 1 && strchr (" @+%~&", *nick))
    nick++;
  /* "<dorota[m]>": a Matrix user as the IRC bridge shows her */
  const char *nick_end = close;
  if (nick_end - nick > 4 && memcmp (nick_end - 3, "[m]", 3) == 0)
    nick_end -= 3;
  for (const char *q = nick; q < nick_end; q++)
    if (*q == ':' || *q == '/' || *q == '@' || *q == '.' || *q == ' ')
      return FALSE;
  if (nick == p + 1 && is_html_element (nick, nick_end - nick))
    return FALSE;
  if (!sp_mark_add_name (m, nick, nick_end))
    return FALSE;
  return sp_mark_finish (m, SP_FORM_ANGLE, text, p, close + 1, skip_spaces (close + 1, e));
}

/* "alice> we should ship": a nickname and ">" opening the line, as an
 * etherpad's authors or a chat quoted in a mail write it.  A speaker as
 * "(Alice) ..." is, only when the roster knows the name or the document
 * marks it a speaker elsewhere: a pasted session's prompt, "mysql>
 * SELECT ...", is nobody's. */
gboolean
sp_mark_parse_nick_gt (const char *text, const char *p, const char *e, SpMark *m)
{
  /* the cheapest question first: a ">" among the first bytes */
  const char *limit = MIN (e, p + 32);
  if (!g_ascii_isalpha (*p) || limit - p < 3 || !memchr (p + 1, '>', limit - p - 1))
    return FALSE;
  const char *q = p + 1;
  while (q < limit && (g_ascii_isalnum (*q) || *q == '_' || *q == '-' || *q == '.'))
    q++;
  if (q + 2 >= e || q[0] != '>' || q[1] != ' ' || q[-1] == '-' || q[-1] == '.')
    return FALSE;
  const char *speech = skip_spaces (q + 1, e);
  if (speech >= e || !sp_mark_add_name (m, p, q))
    return FALSE;
  m->paren = TRUE;
  m->nick_gt = TRUE;
  return sp_mark_finish (m, SP_FORM_BRACKET, text, p, q + 1, speech);
}
