/* reader-lines.c: what a line of notes is, asked by the format readers
 * (reader-text.c, reader-markdown.c): blank, a URL, a chat's or a
 * transcript's turn, a log's next entry, an attendee's turn.  The lines
 * that list people are read in reader-people-lines.c.  The readers decide
 * what to build; these only look at the lines and the attendees read so
 * far. */
#include "config.h"

#include <string.h>

#include "bullets.h"
#include "meta.h"
#include "notepipe/np-text.h"
#include "reader.h"
#include "tokenize.h"

gboolean
np_line_is_blank (const NpLine *l)
{
  return l->content_len == 0;
}

gboolean
np_content_equals (const NpLine *l, const char *s)
{
  gsize n = strlen (s);
  return l->content_len == n && memcmp (l->content, s, n) == 0;
}

#define CHAT_NICK_MAX 32

/* Where the nickname that goes on at c[i] ends, when IRC's nickname
 * characters run up to delimiter, a space and text; 0 otherwise */
static gsize
nick_end (const char *c, gsize n, gsize i, char delimiter)
{
  while (i < n && i <= CHAT_NICK_MAX
         && (g_ascii_isalnum (c[i]) || c[i] == '_' || c[i] == '-' || c[i] == '.' || c[i] == '|' || c[i] == '^'))
    i++;
  if (i > CHAT_NICK_MAX || i + 2 >= n || c[i] != delimiter || c[i + 1] != ' ' || c[i + 2] == ' ')
    return 0;
  return i;
}

/* The length of the lowercase nickname opening a line as "nick: text"
 * (a letter first), or 0; its start in *at: after a chat's time
 * ("[10:02] alice: text"), and with French typography's space before
 * the colon ("alice : bonjour", as Jitsi's and French chats write it) */
static gsize
chat_nick_len (const char *c, gsize n, gsize *at)
{
  gsize from = n > 4 && (g_ascii_isdigit (c[0]) || c[0] == '[') ? np_text_time_prefix (c, n) : 0;
  *at = from;
  c += from;
  n -= from;
  if (n < 4 || !g_ascii_islower (c[0]))
    return 0;
  gsize k = nick_end (c, n, 1, ':');
  /* "ntrevisan, bdarcy: ...": two nicknames who say the line together */
  if (k == 0)
    {
      gsize first = nick_end (c, n, 1, ',');
      if (first && g_ascii_islower (c[first + 2]) && nick_end (c, n, first + 3, ':'))
        k = first;
    }
  if (k == 0)
    {
      gsize i = 1;
      while (i < n && i <= CHAT_NICK_MAX && (g_ascii_isalnum (c[i]) || c[i] == '_' || c[i] == '-'))
        i++;
      k = i + 3 < n && c[i] == ' ' && c[i + 1] == ':' && c[i + 2] == ' ' && c[i + 3] != ' ' ? i : 0;
    }
  return k;
}

/* The nickname of a chat log's "<nick> text" line (lowercased, in a new
 * string), or NULL */
static char *
angle_nick (const char *c, gsize n)
{
  if (n < 4 || c[0] != '<')
    return NULL;
  gsize i = 1;
  while (i < n && i <= CHAT_NICK_MAX && c[i] != '>' && c[i] != ' ' && c[i] != '<')
    i++;
  if (i == 1 || i > CHAT_NICK_MAX || i + 1 >= n || c[i] != '>' || c[i + 1] != ' ')
    return NULL;
  return g_utf8_strdown (c + 1, i - 1);
}

/* The length of the nickname opening a line as "(nick) text" (an
 * etherpad's way: "(bauzas) we need to decide") or "[nick] text" (a
 * pad's and a summit's), or 0 */
static gsize
paren_nick_len (const char *c, gsize n)
{
  if (n < 5 || (c[0] != '(' && c[0] != '[') || !g_ascii_isalpha (c[1]))
    return 0;
  gsize end = nick_end (c, n, 2, c[0] == '(' ? ')' : ']');
  return end ? end - 1 : 0;
}

/* The length of a capitalized name of one word opening a line as "Name:
 * text" ("Dwayne: ...", "Zoltan: ..."), or 0 */
static gsize
named_turn_len (const char *c, gsize n)
{
  if (n < 4 || !g_ascii_isupper (c[0]))
    return 0;
  gsize i = 1;
  while (i < n && i <= CHAT_NICK_MAX && g_ascii_isalpha (c[i]))
    i++;
  return i > 1 && i + 2 < n && c[i] == ':' && c[i + 1] == ' ' && c[i + 2] != ' ' ? i : 0;
}

/* How many names open two lines or more, each counted by the line's
 * opening (a nickname, lowercased, of length_of()) */
static guint
recurring_openings (const NpLine *lines, guint n_lines, gboolean lower, guint enough)
{
  g_autoptr (GHashTable) nicks = NULL;
  guint recurring = 0;
  for (guint i = 0; i < n_lines && recurring < enough; i++)
    {
      const char *c = lines[i].content;
      char *nick = NULL;
      if (lower)
        {
          gsize at, k = chat_nick_len (c, lines[i].content_len, &at);
          gsize p = k ? 0 : paren_nick_len (c, lines[i].content_len);
          nick = k ? g_strndup (c + at, k) : p ? g_ascii_strdown (c + 1, p) : angle_nick (c, lines[i].content_len);
        }
      else
        {
          gsize k = named_turn_len (c, lines[i].content_len);
          nick = k ? g_strndup (c, k) : NULL;
        }
      if (nick == NULL)
        continue;
      if (nicks == NULL)
        nicks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (nicks, nick)) + 1;
      g_hash_table_replace (nicks, nick, GUINT_TO_POINTER (count));
      recurring += count == 2;
    }
  return recurring;
}

/* Is it a conversation: do two nicknames at least each open two lines or
 * more, as "nick: text" (lowercase), "<nick> text" or "(nick) text"; or
 * one such nickname and a capitalized name ("Dwayne: ...", W3C's minutes
 * mix the two)? */
static gboolean
lines_are_chat (const NpLine *lines, guint n_lines)
{
  guint lower = recurring_openings (lines, n_lines, TRUE, 2);
  return lower >= 2 || (lower == 1 && recurring_openings (lines, n_lines, FALSE, 1) >= 1);
}

gboolean
np_reader_attendee_named (const NpDocument *doc, const char *nick, gsize k, gboolean first_names)
{
  return np_people_named (doc, nick, k, first_names);
}

/* Is nick an attendee's, by name or handle, or made of an attendee's
 * name as IRC nicknames are (np_people_nick_made())? */
static gboolean
attendee_nick (const NpDocument *doc, const char *nick, gsize k)
{
  return np_reader_attendee_named (doc, nick, k, TRUE) || np_people_nick_made (doc, nick, k);
}

/* Bytes of the separator a speaker's name takes at c[k]: ", ", " - ",
 * " — " or " – ", or a vote after the name (" +1", " -1", " +0": "Carol
 * +1", "Farid +1 to Bob"); 0 when there is none */
static gsize
name_separator (const char *c, gsize n, gsize k)
{
  if (k + 3 <= n && c[k] == ' ' && (c[k + 1] == '+' || c[k + 1] == '-') && (c[k + 2] == '1' || c[k + 2] == '0')
      && (k + 3 == n || c[k + 3] == ' ' || c[k + 3] == ',' || c[k + 3] == '.' || c[k + 3] == '!'))
    return 3;
  if (k + 2 <= n && c[k] == ',' && c[k + 1] == ' ')
    return 2;
  if (k + 3 <= n && c[k] == ' ' && c[k + 1] == '-' && c[k + 2] == ' ')
    return 3;
  if (k + 5 <= n && c[k] == ' ' && (guchar) c[k + 1] == 0xe2 && (guchar) c[k + 2] == 0x80
      && ((guchar) c[k + 3] == 0x93 || (guchar) c[k + 3] == 0x94) && c[k + 4] == ' ')
    return 5;
  return 0;
}

/* "Mayor Lee - thanked the staff", "Councilmember de Vries - no report":
 * a title of office or address, then the surname of an attendee listed so
 * far (the end of the name), then a dash, as formal minutes name people.
 * The surname's bytes run from c[from] to the dash at c[dash]. */
static gboolean
titled_surname (const NpDocument *doc, const char *c, gsize from, gsize dash)
{
  return np_people_has (doc, NP_PEOPLE_NAME_TAIL, c + from, dash - from);
}

/* "Myles - we should not ship", "Anna, Matteo fine with it" (Node.js
 * minutes), "Maria Garcia — we should split it", "Carol +1": a line
 * opening with the first name of an attendee listed so far, or the
 * abbreviation, then ", ", a dash or a vote, or with the full name, or a
 * title and the surname, then a dash or a vote */
static gboolean
opens_with_attendee_name (const NpDocument *doc, const char *c, gsize n)
{
  if (n < 5 || !g_ascii_isupper (c[0]))
    return FALSE;
  gsize k = 1;
  while (k < n && k <= CHAT_NICK_MAX && g_ascii_isalpha (c[k]))
    k++;
  gsize first = name_separator (c, n, k) > 0 ? k : 0;
  /* a full name: words up to a dash, looked for only where a name can end */
  gsize full = 0;
  if (first == 0)
    for (gsize j = k; j < n && j <= CHAT_NICK_MAX; j++)
      {
        if (c[j] == ' ' && name_separator (c, n, j) > 2)
          {
            full = j;
            break;
          }
        if (!(g_ascii_isalpha (c[j]) || c[j] == ' ' || c[j] == '.' || c[j] == '\'' || c[j] == '-'
              || (guchar) c[j] >= 0x80))
          break;
      }
  if (first == 0 && full == 0)
    return FALSE;
  gsize title = k < n && c[k] == '.' ? k + 1 : k;
  if (full && title + 1 < full && c[title] == ' ' && np_text_is_title (c, title, NULL)
      && titled_surname (doc, c, title + 1, full))
    return TRUE;
  /* "PN - we should update the runbook": an attendee's abbreviation */
  return (first && np_people_has (doc, NP_PEOPLE_FIRST_WORD, c, first))
         || (first >= 2 && first <= 4 && np_people_has (doc, NP_PEOPLE_ABBREVIATION, c, first))
         || (full && np_people_has (doc, NP_PEOPLE_NAME, c, full));
}

gboolean
np_line_opens_attendee_turn (const NpDocument *doc, const NpLine *l)
{
  return opens_with_attendee_name (doc, l->content, l->content_len);
}

gboolean
np_line_opens_with_attendee (const NpDocument *doc, const NpLine *l)
{
  const char *c = l->content;
  gsize n = l->content_len;
  if (n < 8 || !g_ascii_isupper (c[0]))
    return FALSE;
  return np_people_name_opens (doc, c, n);
}

gboolean
np_line_is_chat_reply_or_reactions (const NpLine *l)
{
  gsize arrow = np_text_reply_arrow (l->content, l->content_len);
  return (arrow && np_starts_with_speaker_label (l->content + arrow, l->content_len - arrow))
         || np_text_reactions_line (l->content, l->content_len);
}

gboolean
np_line_is_clock_alone (const NpLine *l)
{
  return l->content_len >= 7 && l->content_len <= 8 && l->content[l->content_len - 3] == ':'
         && np_text_clock_len (l->content, l->content_len) == l->content_len;
}

gboolean
np_line_signed_by_attendee (const NpDocument *doc, const NpLine *l)
{
  const char *c = l->content;
  gsize n = l->content_len;
  if (n < 12 || !g_ascii_isalnum (c[n - 1]))
    return FALSE;
  gsize w = n;
  while (w > 0 && w + CHAT_NICK_MAX > n && c[w - 1] != ' ')
    w--;
  if (w < 5 || c[w - 1] != ' ' || w == n)
    return FALSE;
  /* the dash before the nickname: "--", an en or an em dash */
  gsize d = w - 1;
  gboolean dash = (d >= 3 && c[d - 1] == '-' && c[d - 2] == '-' && c[d - 3] == ' ')
                  || (d >= 4 && (guchar) c[d - 3] == 0xe2 && (guchar) c[d - 2] == 0x80
                      && ((guchar) c[d - 1] == 0x93 || (guchar) c[d - 1] == 0x94) && c[d - 4] == ' ');
  return dash && np_reader_attendee_named (doc, c + w, n - w, TRUE);
}

gboolean
np_line_opens_chat_turn (NpReadContext *ctx, const NpLine *l)
{
  if (opens_with_attendee_name (ctx->doc, l->content, l->content_len))
    return TRUE;
  gsize at, k = chat_nick_len (l->content, l->content_len, &at);
  const char *nick = l->content + at;
  if (k == 0 && (k = paren_nick_len (l->content, l->content_len)) > 0)
    nick = l->content + 1;
  if (k == 0)
    return FALSE;
  if (attendee_nick (ctx->doc, nick, k))
    return TRUE;
  /* "(Optional) ..." may open a wrapped line: in parentheses, only a
   * nickname of the people listed or one of a conversation's */
  if (nick != l->content && !g_ascii_islower (nick[0]))
    return FALSE;
  /* the document is looked at once, and only when a line could be a turn */
  if (ctx->chat == 0)
    ctx->chat = lines_are_chat (ctx->lines, ctx->n_lines) ? 1 : -1;
  return ctx->chat > 0;
}

/* A transcript export's speaker line: a name of two to four words, the
 * first capitalized, the others capitalized or numbers, and the time,
 * nothing else ("Alice Smith  0:03", "Speaker 2 1:02:15", "Carol White
 * 10:32 AM"; not "Lunch 12:00"), or a name in brackets and the time
 * ("[alice] 10:32:05"); the turn's text follows on the next lines */
gboolean
np_line_is_speaker_time (const char *c, gsize n)
{
  /* Zoom's transcript as text: "[Alice Smith] 10:32:05", the name in
   * brackets, one to four words */
  if (n > 6 && c[0] == '[')
    {
      const char *close = memchr (c, ']', MIN (n, (gsize) 66));
      if (close == NULL || close == c + 1 || (gsize) (close - c) + 2 >= n || close[1] != ' ')
        return FALSE;
      gsize k = close - c + 1;
      while (k < n && c[k] == ' ')
        k++;
      if (k >= n || !g_ascii_isdigit (c[k]) || np_text_clock_len (c + k, n - k) != n - k)
        return FALSE;
      guint words = 1;
      for (const char *q = c + 1; q < close; q++)
        if (*q == ':' || *q == ',' || *q == '[')
          return FALSE;
        else if (*q == ' ' && q[1] != ' ')
          words++;
      return words <= 4;
    }
  /* "Alice Smith  0:05", "Alice Smith - 00:01", "**Alice Smith** (00:01)" */
  return np_text_speaker_time_line (c, n, NULL, NULL);
}

/* Does the line open with a name or nickname and a colon ("wz: Thanks
 * ...", "Oliver: ...", and a label as "tl;dr: ...")? */
gboolean
np_line_opens_with_label (const NpLine *l)
{
  gsize i = 0;
  const char *c = l->content;
  while (i < l->content_len && i <= 32
         && (g_ascii_isalnum (c[i]) || c[i] == '_' || c[i] == '-' || c[i] == '.' || (c[i] == ';' && i > 0)))
    i++;
  return i > 0 && i + 2 < l->content_len && c[i] == ':' && c[i + 1] == ' ' && c[i + 2] != ' ';
}

/* Bytes of the nickname opening line l before its colon (as
 * np_line_opens_with_label() reads it), or 0 */
static gsize
nick_len (const NpLine *l)
{
  if (l->content_len == 0 || !g_ascii_islower (l->content[0]) || !np_line_opens_with_label (l))
    return 0;
  return (const char *) memchr (l->content, ':', l->content_len) - l->content;
}

/* Three different nicknames or more open lines with their colons: a
 * conversation, not one word opening two lines ("website: ...") */
static gboolean
three_nicknames (const NpReadContext *ctx, gint *memo)
{
  if (*memo < 0)
    {
      const NpLine *seen[2] = { NULL, NULL };
      gsize seen_len[2] = { 0, 0 };
      *memo = 0;
      for (guint k = 0; k < ctx->n_lines && *memo < 3; k++)
        {
          const NpLine *l = &ctx->lines[k];
          gsize n = nick_len (l);
          gboolean known = n == 0;
          for (gint s = 0; s < *memo && !known; s++)
            known = seen_len[s] == n && memcmp (seen[s]->content, l->content, n) == 0;
          if (known)
            continue;
          if (*memo < 2)
            {
              seen[*memo] = l;
              seen_len[*memo] = n;
            }
          (*memo)++;
        }
    }
  return *memo >= 3;
}

gboolean
np_reader_nick_turn_line (const NpReadContext *ctx, guint i, guint first, gint *memo)
{
  const NpLine *l = &ctx->lines[i];
  /* with a list of attendees, their nicknames open turns
   * (np_line_opens_chat_turn()), and another word wraps */
  if (i == 0 || first >= i || ctx->doc->attendees->len > 0 || nick_len (l) == 0)
    return FALSE;
  const NpLine *p = &ctx->lines[i - 1];
  if (p->content_len == 0 || p->indent != l->indent || ctx->lines[first].indent != l->indent)
    return FALSE;
  char last = p->content[p->content_len - 1];
  return (nick_len (p) > 0 || last == '.' || last == '!' || last == '?') && three_nicknames (ctx, memo);
}

/* Does the line end with a member's vote ("- Figueiredo: Abstain",
 * "Lindgren - Aye")? */
static gboolean
ends_with_vote (const NpLine *l)
{
  static const char *const votes[] = { "Yes", "No", "Aye", "Nay", "Abstain", "Abstained", "Absent", NULL };
  const char *c = l->content;
  gsize n = l->content_len, w = n;
  while (w > 0 && g_ascii_isalpha (c[w - 1]))
    w--;
  if (w < 3 || w == n || (c[w - 1] != ' ' || (c[w - 2] != ':' && c[w - 2] != '-')))
    return FALSE;
  for (const char *const *v = votes; *v; v++)
    if (strlen (*v) == n - w && memcmp (c + w, *v, n - w) == 0)
      return TRUE;
  return FALSE;
}

gboolean
np_line_opens_record (const NpReadContext *ctx, guint i)
{
  static const char *const records[] = { "Motion by ", "Motion to ", "Motion carries", "Motion carried",
                                         "Motion passes", "Motion passed", "Motion fails", "Motion failed",
                                         "Moved by ", "Seconded by ", "No objection", "No action taken", "Roll call", NULL };
  const NpLine *l = &ctx->lines[i];
  if (i == 0 || l->content_len < 8 || (l->content[0] != 'M' && l->content[0] != 'S' && l->content[0] != 'N'
                                        && l->content[0] != 'R'))
    return FALSE;
  const NpLine *prev = &ctx->lines[i - 1];
  /* after a sentence's end, or after a roll call's last vote
   * ("Motion carries 4-0-1." under "- Figueiredo: Abstain") */
  if (prev->content_len == 0
      || !(strchr (".!?)", prev->content[prev->content_len - 1]) || ends_with_vote (prev)))
    return FALSE;
  for (const char *const *r = records; *r; r++)
    {
      gsize n = strlen (*r);
      if (l->content_len >= n && memcmp (l->content, *r, n) == 0)
        return TRUE;
    }
  return FALSE;
}

gboolean
np_line_is_next_log_entry (const NpReadContext *ctx, const NpLine *l, guint item_line)
{
  gsize at = np_text_time_prefix (l->content, l->content_len);
  if (item_line == 0 || item_line > ctx->n_lines || at == 0)
    return FALSE;
  const NpLine *first = &ctx->lines[item_line - 1];
  if (np_text_time_prefix (first->content, first->content_len) == 0)
    return FALSE;
  /* "[10:04]" under "[10:03]" ("(12:03:47 PM)" under "(12:03:26 PM)", a
   * chat client's log), or a log's own mark after the time ("*"
   * an action, "<" a nick, "-!-" a notice), or an agenda's next entry
   * ("10:30 Keynote" under "10:00 Welcome"): "10:35 and a wrapped line"
   * under "(10:34 AM) <carol> ..." is the text wrapped at a clock */
  char c = l->content[at];
  if (((l->content[0] == '[' || l->content[0] == '(') && first->content[0] == l->content[0]) || c == '*' || c == '<'
      || c == '-'
      || (g_ascii_isupper (c) && first->content[0] == l->content[0]))
    return TRUE;
  /* an incident's timeline: "14:06 — Femi: ...", "14:05 alnowak: I'm
   * IC" under "14:02 — fadeyemi: ...", a dash or a nick's label after
   * the time */
  const char *t = l->content + at;
  gsize n = l->content_len - at;
  if (n > 4 && (memcmp (t, "\xe2\x80\x94 ", 4) == 0 || memcmp (t, "\xe2\x80\x93 ", 4) == 0))
    return TRUE;
  NpLine rest = *l;
  rest.content = t;
  rest.content_len = n;
  return g_ascii_islower (c) && np_line_opens_with_label (&rest);
}

/* A copied chat's name line over its time line over the message
 * (Teams, Slack: "Alice Smith" / "10:32 AM" / "I think ..."): two to four
 * words, each capitalized (or a number after the first), nothing else,
 * and the next line nothing but a clock, with text after it. */
gboolean
np_line_is_name_over_time (const NpReadContext *ctx, const NpLine *l)
{
  gsize i = l - ctx->lines, n = l->content_len;
  const char *c = l->content;
  if (n < 3 || n > 64 || i + 2 >= ctx->n_lines)
    return FALSE;
  const NpLine *time = l + 1, *text = l + 2;
  if (time->content_len == 0 || !g_ascii_isdigit (time->content[0])
      || np_text_clock_len (time->content, time->content_len) != time->content_len || text->content_len == 0)
    return FALSE;
  guint words = 0;
  for (gsize k = 0; k < n;)
    {
      guchar first = (guchar) c[k];
      if (first < 0x80 && !g_ascii_isupper (first) && !(words > 0 && g_ascii_isdigit (first)))
        return FALSE;
      for (; k < n && c[k] != ' '; k++)
        if (c[k] == ':' || c[k] == ',' || c[k] == '(' || c[k] == '[' || c[k] == '"')
          return FALSE;
      words++;
      while (k < n && c[k] == ' ')
        k++;
    }
  return words >= 2 && words <= 4 && c[n - 1] != '.';
}

gboolean
np_line_is_url (const NpLine *l)
{
  if (!(l->content_len > 8 && (g_str_has_prefix (l->content, "http://") || g_str_has_prefix (l->content, "https://"))))
    return FALSE;
  return memchr (l->content, ' ', l->content_len) == NULL;
}

/* Is the word w (n bytes) an attendee's surname, the last word of the
 * name? */
static gboolean
attendee_surname (const NpDocument *doc, const char *w, gsize n)
{
  return np_people_has (doc, NP_PEOPLE_SURNAME_FOLDED, w, n);
}

gboolean
np_reader_attendee_over_list (const NpReadContext *ctx, guint i, gboolean plain_text, gboolean deeper)
{
  const NpLine *l = &ctx->lines[i];
  if (l->content_len < 3 || l->content_len > 40 || i + 1 >= ctx->n_lines || !g_ascii_isalpha (l->content[0])
      || memchr (".:;,!?)", l->content[l->content_len - 1], 7))
    return FALSE;
  const NpLine *next = &ctx->lines[i + 1];
  NpBullet bullet;
  return (deeper ? next->indent > l->indent : next->indent >= l->indent)
         && np_parse_bullet (next->content, next->content_len, plain_text, &bullet)
         && np_reader_attendee_named (ctx->doc, l->content, l->content_len, TRUE);
}

gboolean
np_reader_narration_after_turn (const NpReadContext *ctx, guint i)
{
  const NpLine *l = &ctx->lines[i];
  if (i == 0 || l->content_len == 0 || !g_ascii_isupper (l->content[0]) || ctx->doc->attendees->len == 0)
    return FALSE;
  const NpLine *prev = &ctx->lines[i - 1];
  if (prev->content_len == 0 || !strchr (".!?", prev->content[prev->content_len - 1]))
    return FALSE;
  const char *e = l->content + l->content_len, *name = l->content, *w = name;
  /* "Lucía pregunta si ...": the letters of other scripts too */
  while (w < e && (g_ascii_isalpha (*w) || (guchar) *w >= 0x80))
    w++;
  /* "Councilmember Lindqvist moved ...", "City Manager Nair stated ...":
   * an office of up to three words before the surname */
  gboolean surname = FALSE;
  for (const char *t = w; t < e && t - l->content < 40 && *t == ' ' && t + 1 < e && g_ascii_isupper (t[1]);)
    {
      gboolean office = FALSE;
      /* ... or a title of address: "Frau Schmidt beantragt ...", "Mme
       * Durand lève la séance" */
      if (np_text_is_title (l->content, t - l->content, &office))
        {
          name = t + 1;
          w = name;
          while (w < e && (g_ascii_isalpha (*w) || (guchar) *w >= 0x80))
            w++;
          surname = TRUE;
          break;
        }
      t++;
      while (t < e && g_ascii_isalpha (*t))
        t++;
    }
  if (w + 4 >= e || *w != ' ' || !g_ascii_islower (w[1]))
    return FALSE;
  const char *v = w + 1, *ve = v;
  while (ve < e && (g_ascii_islower (*ve) || (guchar) *ve >= 0x80))
    ve++;
  /* and in the present, as minutes narrate ("Alice notes that ..."),
   * German's ("Fritzi fragt, ob ..."), French's ("François rappelle que
   * ..."), Spanish's ("Lucía pregunta si ...") */
  static const char *const told[] = {
    "said", "says", "asked", "gave", "took", "made", "wrote", "spoke", "thinks", "told", "felt",
    "asks", "notes", "explains", "suggests", "proposes", "reports", "mentions", "replies", "responds",
    "fragt", "berichtet", "erkl\xc3\xa4rt", "meint", "sagt", "betont", "schl\xc3\xa4gt", "erg\xc3\xa4nzt",
    "antwortet", "rappelle", "demande", "explique", "propose", "indique", "souligne", "pr\xc3\xa9" "cise",
    "r\xc3\xa9pond", "ajoute", "estime", "pregunta", "explica", "propone", "indica", "comenta", "responde",
    /* Dutch's ("Fatima vraagt of ..."), Italian's ("Rossi chiede se ..."),
     * Portuguese's ("Ana pergunta se ...") */
    "vraagt", "zegt", "antwoordt", "meldt", "benadrukt", "stelt", "merkt", "legt", "geeft",
    "chiede", "risponde", "ricorda", "spiega", "sottolinea", "osserva", "dice",
    "pergunta", "afirma", "sugere", "lembra", "diz",
    /* and of the chair's business: "Frau Schmidt beantragt ...", "Mme
     * Durand ouvre la séance", "La presidenta abre ..." */
    "presents", "opens", "closes", "beantragt", "bittet", "erinnert", "er\xc3\xb6" "ffnet", "schlie\xc3\x9ft",
    "pr\xc3\xa9sente", "ouvre", "l\xc3\xa8ve", "cl\xc3\xb4t", "presenta", "abre", "informa", "cierra", "apre",
    NULL,
  };
  gsize vn = ve - v;
  gboolean past = vn > 4 && v[vn - 2] == 'e' && v[vn - 1] == 'd';
  for (const char *const *t = told; *t && !past; t++)
    past = strlen (*t) == vn && memcmp (*t, v, vn) == 0;
  if (!past)
    return FALSE;
  gsize n = w - name;
  if (!(surname ? attendee_surname (ctx->doc, name, n) : np_reader_attendee_named (ctx->doc, name, n, TRUE)))
    return FALSE;
  /* the line above opens a turn (a list item's too), or the paragraph
   * does (within a hundred lines; a Markdown heading right over it is no
   * line of it) */
  NpBullet bullet;
  if (np_parse_bullet (prev->content, prev->content_len, FALSE, &bullet)
        ? np_starts_with_speaker_label (bullet.text, bullet.text_len)
        : np_starts_with_speaker_label (prev->content, prev->content_len))
    return TRUE;
  guint j = i - 1;
  while (j > 0 && j + 100 > i && ctx->lines[j - 1].content_len > 0 && ctx->lines[j - 1].content[0] != '#')
    j--;
  return np_starts_with_speaker_label (ctx->lines[j].content, ctx->lines[j].content_len);
}

gboolean
np_line_angle_mid_sentence (const NpReadContext *ctx, guint i)
{
  if (i == 0)
    return FALSE;
  const NpLine *l = &ctx->lines[i], *p = &ctx->lines[i - 1];
  if (l->content_len < 4 || l->content[0] != '<' || p->content_len == 0
      || !g_ascii_islower (p->content[p->content_len - 1]) || np_starts_with_speaker_label (p->content, p->content_len))
    return FALSE;
  /* the last word of the line above, in lower case: a function word */
  gsize e = p->content_len, s = e;
  while (s > 0 && g_ascii_isalpha (p->content[s - 1]) && e - s < 16)
    s--;
  if (s > 0 && p->content[s - 1] != ' ')
    return FALSE;
  char word[17];
  for (gsize k = s; k < e; k++)
    word[k - s] = g_ascii_tolower (p->content[k]);
  word[e - s] = '\0';
  return np_is_stopword (word);
}

/* Is line l an IRC or chat log's line: a time stamp, then a nick in angle
 * brackets, an action's or a notice's mark, or a nick's label ("(11:01:38
 * AM) jjohansen: ...", "[10:03] <bob> ok", "10:04 * carol waves"); or,
 * with no stamp, "<bob> ok"? */
static gboolean
log_line (const NpLine *l)
{
  gsize at = np_text_time_prefix (l->content, l->content_len);
  const char *t = l->content + at;
  gsize n = l->content_len - at;
  if (n < 2)
    return FALSE;
  if (t[0] == '<')
    {
      const char *close = memchr (t, '>', MIN (n, (gsize) 34));
      return close && close > t + 1 && !memchr (t, ' ', close - t);
    }
  if (at == 0)
    return FALSE;
  if (t[0] == '*' || t[0] == '-')
    return TRUE;
  NpLine rest = *l;
  rest.content = t;
  rest.content_len = n;
  return np_line_opens_with_label (&rest);
}

gboolean
np_md_fenced_log (const NpReadContext *ctx, guint i, guint fence_len, char fence_ch, guint *close)
{
  const NpLine *open = &ctx->lines[i];
  /* no info string, or one that says text or a log */
  static const char *const infos[] = { "text", "txt", "log", "irc", "chat", "plain", NULL };
  const char *info = open->content + fence_len;
  gsize info_len = open->content_len - fence_len;
  while (info_len > 0 && *info == ' ')
    info++, info_len--;
  gboolean plain = info_len == 0;
  for (const char *const *x = infos; *x && !plain; x++)
    plain = strlen (*x) == info_len && g_ascii_strncasecmp (info, *x, info_len) == 0;
  if (!plain)
    return FALSE;
  guint lines = 0, logs = 0, j = i + 1;
  for (; j < ctx->n_lines; j++)
    {
      const NpLine *l = &ctx->lines[j];
      if (np_md_closes_fence (l, fence_len, fence_ch))
        break;
      if (l->content_len == 0)
        continue;
      lines++;
      logs += log_line (l);
    }
  *close = j;
  return logs >= 5 && logs * 5 >= lines * 3;
}
