/* marks-floor.c: the labels a colon mark may carry before or around its
 * speaker: the floor's ("Q:", "Mic line:", "Queue:", "[Q]"), a triage
 * list's issue ("#132110: Piotr: ..."), a voice relayed "from" someone
 * ("Question from Priya"), through a medium ("Zoom, Olu Adebayo",
 * "YouTube"), or reported for a group or a way of attending ("Release
 * Team (Nikhita):", "Remote (Sakura):").  marks-colon.c reads the mark
 * around them. */
#include <string.h>

#include "marks-private.h"

static const char *const question_labels[] = { "q", "a", "question", "answer", "comment", "reply", "response", NULL };

gboolean
sp_mark_is_question_label (const char *s)
{
  g_autofree char *key = sp_key (s, -1);
  return sp_key_in (key, question_labels);
}

/* Is [s, e) a question's label ("Question", "Q")? */
gboolean
sp_mark_is_question_label_span (const char *s, const char *e)
{
  if (e - s > 16)
    return FALSE;
  g_autofree char *label = sp_mark_tidy (s, e);
  return sp_mark_is_question_label (label);
}

/* [s, e) relayed "from" someone: "Question from Priya", "Comment from
 * Bob Jones", and a note's or an update's from a person ("Note from
 * Darius", "FYI from Wesley", but "Update from the Build WG" is a group's
 * report).  Where the voice starts, or s; "Question from the floor" keeps
 * its anonymous voice.  *from_at (may be NULL): the " from " found, or
 * NULL. */
const char *
sp_mark_from_voice (const char *s, const char *e, const char **from_at)
{
  static const char *const notes[] = { "note", "notes", "update", "fyi", "message", NULL };
  if (from_at)
    *from_at = NULL;
  if (e - s <= 7 || e - s > 48)
    return s;
  const char *from = sp_find (s, e - s, " from ");
  if (from == NULL || from + 6 >= e)
    return s;
  if (from_at)
    *from_at = from;
  g_autofree char *label = sp_mark_tidy (s, from);
  g_autofree char *voice = sp_mark_tidy (from + 1, e);
  const char *v = from + 6;
  /* "Question from last week: ...": a time, no voice */
  if (sp_mark_is_question_label (label))
    return sp_is_anonymous (voice) ? from + 1 : g_ascii_isupper (*v) || *v == '@' ? v : s;
  g_autofree char *key = sp_key (label, -1);
  guint words = 0;
  if (sp_key_in (key, notes) && g_ascii_isupper (*v) && sp_name_case (v, e - v, &words) == SP_CASE_TITLE && words <= 3)
    return v;
  return s;
}

/* Past the medium a relayed voice came through, "Zoom, " in "(Zoom, Olu
 * Adebayo)": s, or where the voice starts */
const char *
sp_mark_after_medium (const char *s, const char *e)
{
  static const char *const media[] = { "zoom", "matrix", "irc", "slack", "chat", "meet", "teams", "discord",
                                       "youtube", "webex", "jitsi", "meetecho", "online", "remote", NULL };
  const char *comma = memchr (s, ',', e - s);
  if (comma == NULL || comma - s > 16)
    return s;
  g_autofree char *key = sp_key (s, comma - s);
  /* "(Meet chat, haruto@)": a medium's chat too */
  if (!sp_key_in (key, media) && !g_str_has_suffix (key, "chat"))
    return s;
  return skip_spaces (comma + 1, e);
}

/* Is [s, e) a medium a voice came through alone ("YouTube", "Zoom",
 * "chat")? */
gboolean
sp_mark_medium_word (const char *s, const char *e)
{
  static const char *const media[] = { "zoom", "matrix", "irc", "slack", "chat", "meet", "teams", "discord",
                                       "youtube", "webex", "jitsi", "meetecho", "zulip", "jabber", "twitch", NULL };
  if (e - s < 3 || e - s > 10)
    return FALSE;
  char key[11];
  for (gsize k = 0; k < (gsize) (e - s); k++)
    key[k] = g_ascii_tolower (s[k]);
  return sp_word_in (key, e - s, media);
}

/* A label before whoever speaks for it, in parentheses: a way of
 * attending ("Remote (Sakura):", "Online (Ann):") or a group that reports
 * ("Fundraising WG (Sara):", "SIG Docs (Ann):", "Release Team (Nikhita):"
 * where the words are no name) */
gboolean
sp_mark_reporter_label (const char *s, const char *e)
{
  static const char *const ways[] = { "remote", "online", "virtual", "zoom", "irc", "in person", "in-person", NULL };
  static const char *const groups[] = { "wg", "sig", "tf", "tag", "team", "group", "committee", "council", "board",
                                        "subcommittee", "taskforce", NULL };
  gsize n = e - s;
  for (const char *const *w = ways; *w; w++)
    if (strlen (*w) == n && g_ascii_strncasecmp (*w, s, n) == 0)
      return TRUE;
  const char *last = e, *first_end = memchr (s, ' ', n);
  while (last > s && last[-1] != ' ')
    last--;
  if (last == s || n > 40)
    return FALSE;
  for (const char *const *g = groups; *g; g++)
    if ((strlen (*g) == (gsize) (e - last) && g_ascii_strncasecmp (*g, last, e - last) == 0)
        || (strlen (*g) == (gsize) (first_end - s) && g_ascii_strncasecmp (*g, s, first_end - s) == 0))
      return TRUE;
  return FALSE;
}

/* A label that relays a question or the chat, its asker in parentheses:
 * "Question in chat (from Tomas Reyes):", "Meetecho chat (Jonah Feld):",
 * "Comment from the chat (Ann Lee):" - two to five words, the first a
 * question's or the last "chat", or a chat's medium alone ("Zulip") */
gboolean
sp_mark_is_relay_label (const char *s, const char *e)
{
  static const char *const openings[] = { "question", "questions", "comment", "comments", NULL };
  const char *sp = memchr (s, ' ', e - s);
  /* a chat's medium alone: "Zulip (Jonah Feld):", "Jabber (Ann):" */
  if (sp == NULL)
    return sp_mark_medium_word (s, e);
  if (e - s > 40)
    return FALSE;
  /* "Q from remote (Matrix, @pilvi:matrix.org):", "Remote participant
   * (Zoom, Olu Adebayo):" */
  if (sp_find (s, e - s, "remote") || sp_find (s, e - s, "Remote"))
    return TRUE;
  const char *last = e;
  while (last > s && last[-1] != ' ')
    last--;
  if (e - last == 4 && g_ascii_strncasecmp (last, "chat", 4) == 0)
    return TRUE;
  /* "Q from YouTube (Priya):", "Question via Zoom (Ann):": a medium last */
  if (last > s && sp_mark_medium_word (last, e))
    return TRUE;
  for (const char *const *o = openings; *o; o++)
    if ((gsize) (sp - s) == strlen (*o) && g_ascii_strncasecmp (s, *o, sp - s) == 0)
      return TRUE;
  return FALSE;
}

/* A label of the floor before a speaker's mark, [s, e): a question label,
 * or the microphone's ("Mic line", "Mic", "Microphone") */
static gboolean
is_floor_label (const char *s, const char *e)
{
  /* and the queue's a scribe copies ("Queue: WH: ...", TC39's TCQ) */
  static const char *const mic[] = { "mic", "micline", "microphone", "queue", "fromqueue", "fromthequeue", NULL };
  g_autofree char *key = sp_key (s, e - s);
  return sp_key_in (key, question_labels) || sp_key_in (key, mic);
}

gboolean
sp_mark_is_floor_label (const char *s, const char *e)
{
  return e - s <= 12 && strchr ("QqAaMmCcRr", *s) && is_floor_label (s, e);
}

gboolean
sp_mark_floor_bracket (const char *text, const char *p, const char *e, SpMark *m)
{
  /* "[Queue] MM: ...", "[Q] Alice: ...": the label in brackets */
  const char *close = e - p > 4 && strchr ("QqMm", p[1]) ? memchr (p, ']', MIN (e - p, 16)) : NULL;
  if (close == NULL || !is_floor_label (p + 1, close))
    return FALSE;
  const char *q = skip_spaces (close + 1, e);
  return q < e && sp_mark_parse_colon (text, q, e, m);
}

/* An issue's or a pull request's reference, [s, e): "#132110",
 * "kubernetes/kubernetes#132004", "repo#1290" */
static gboolean
issue_reference (const char *s, const char *e)
{
  const char *hash = e - s <= 48 ? memchr (s, '#', e - s) : NULL;
  if (hash == NULL || hash + 1 >= e)
    return FALSE;
  for (const char *q = s; q < hash; q++)
    if (!g_ascii_isalnum (*q) && *q != '/' && *q != '-' && *q != '_' && *q != '.')
      return FALSE;
  for (const char *q = hash + 1; q < e; q++)
    if (!g_ascii_isdigit (*q))
      return FALSE;
  return TRUE;
}

gboolean
sp_mark_floor_label (const char *p, const char *colon, const char *speech, const char *e)
{
  /* and a triage list's issue before the speaker's mark ("#132110:
   * Piotr: can't reproduce ...") */
  /* the floor's labels open with Q, A, M, C or R (strchr() of the
   * letters would take the string's NUL too) */
  char c0 = *p | 0x20;
  gboolean label = colon - p <= 12 && (c0 == 'q' || c0 == 'a' || c0 == 'm' || c0 == 'c' || c0 == 'r' || *p == '\0');
  gboolean issue = !label && (*p == '#' || g_ascii_islower (*p));
  if (!(label || issue) || speech >= e || !memchr (speech, ':', MIN (e - speech, MARK_MAX)))
    return FALSE;
  return label ? is_floor_label (p, colon) : issue_reference (p, colon);
}

const char *
sp_mark_before_remark_kind (const char *s, const char *e)
{
  const char *last = e;
  while (last > s && last[-1] != ' ')
    last--;
  gsize kn = e - last;
  if (last == s || kn < 4 || kn > 15)
    return e;
  const char *name_end = last - 1;
  gboolean possessive = FALSE;
  if (name_end - s > 2 && name_end[-1] == 's' && name_end[-2] == '\'')
    name_end -= 2, possessive = TRUE;
  else if (name_end - s > 4 && name_end[-1] == 's' && memcmp (name_end - 4, "\xe2\x80\x99", 3) == 0)
    name_end -= 4, possessive = TRUE;
  static const char *const reports[] = { "update", "updates", "status", NULL };
  static const char *const remarks[] = { "answer",  "comment",    "comments",       "concern",  "feedback", "note",
                                         "notes",   "opinion",    "proposal",       "question", "remark",   "reply",
                                         "response", "suggestion", "recommendation", "take",     "thoughts", "update",
                                         "view",    NULL };
  char kind[16];
  for (gsize k = 0; k < kn; k++)
    kind[k] = g_ascii_tolower (last[k]);
  kind[kn] = '\0';
  guint words = 0;
  if (possessive ? !sp_word_in (kind, kn, remarks) : !(g_ascii_islower (*last) && sp_word_in (kind, kn, reports)))
    return e;
  return sp_name_case (s, name_end - s, &words) == SP_CASE_TITLE && words <= 2 ? name_end : e;
}
