/* scribe.c: IRC logs scribed as web standards groups scribe them.
 *
 * In the IRC log of a W3C or CSS WG meeting the scribe writes what others
 * say: "<fantasai> TabAtkins: we have two proposals" is TabAtkins' turn,
 * "<fantasai> ... it's easier to teach" goes on with the last speaker, and
 * "<fantasai> RESOLVED: ..." or "<fantasai> topic: ..." are the scribe's
 * records, nobody's speech.  Other people write their own lines ("<TabAtkins>
 * I disagree"), which are theirs.  In an ordinary chat log "<alice> bob:
 * can you look?" is alice's, speaking to bob: so a nick is a scribe only
 * when the log says so ("scribe: fantasai", "scribenick: fantasai",
 * "scribe+"), or when its lines read as a scribe's do: two thirds of
 * them or more turns of several other people ("name: ...") and their
 * continuations ("... more"), with a continuation or a record among
 * them.
 *
 * IRC commands ("q+", "ack dbaron", "present+", "Zakim, ...", MeetBot's
 * "#agreed ...") and the bots' lines ("<RRSAgent> logging to ...",
 * "<meetingology> Meeting started ...") are nobody's speech, whoever
 * types them, and in a scribed log so are anyone's records ("<chair>
 * topic: ..."). */
#include <string.h>

#include "attribute-private.h"

/* Does s (n bytes) open with word (case ignored), followed by the end or
 * by one of the bytes of after (by anything when after is NULL)? */
static gboolean
opens_with (const char *s, gsize n, const char *word, const char *after)
{
  gsize w = strlen (word);
  return n >= w && g_ascii_strncasecmp (s, word, w) == 0
         && (n == w || after == NULL || (s[w] != '\0' && strchr (after, s[w])));
}

/* An IRC command to the meeting's bots or a queue: "q+", "q-", "q?",
 * "ack dbaron", "present+", "regrets+", "Zakim, close the queue",
 * "RRSAgent, make minutes", "scribe+" */
static gboolean
is_command (const char *s, gsize n)
{
  static const char *const commands[] = { "q+", "q-", "q?", "present+", "present-", "regrets+", "scribe+", NULL };
  for (const char *const *c = commands; *c; c++)
    if (opens_with (s, n, *c, " ,"))
      return TRUE;
  /* MeetBot's commands (Ubuntu's, Fedora's, OpenStack's, Debian's
   * meetings): the chair's records for the minutes, "#agreed ...",
   * "#action ...", as "RESOLVED: ..." is a scribe's */
  static const char *const meetbot[] = { "#startmeeting", "#endmeeting", "#meetingname", "#meetingtopic", "#topic",
                                         "#subtopic", "#chair", "#unchair", "#info", "#action", "#agreed",
                                         "#accepted", "#rejected", "#idea", "#link", "#help", "#undo", "#vote",
                                         "#endvote", "#voters", "#progress", "#save", "#nick", "#lurk", "#unlurk",
                                         "#commands", "#restrictlogs", NULL };
  if (n > 1 && s[0] == '#')
    for (const char *const *c = meetbot; *c; c++)
      if (opens_with (s, n, *c, " "))
        return TRUE;
  /* Matrix's meeting bot (Fedora's) takes them after a '!', and "!hi"
   * for the roll call */
  if (n > 1 && s[0] == '!')
    {
      if (opens_with (s + 1, n - 1, "hi", " "))
        return TRUE;
      for (const char *const *c = meetbot; *c; c++)
        if (opens_with (s + 1, n - 1, *c + 1, " "))
          return TRUE;
    }
  return opens_with (s, n, "ack", " ") || opens_with (s, n, "zakim", ",: ") || opens_with (s, n, "rrsagent", ",: ")
         || opens_with (s, n, "trackbot", ",: ") || opens_with (s, n, "github-bot", ",: ");
}

/* The meeting's bots, whose lines are nobody's speech: W3C's RRSAgent
 * and Zakim, their helpers, IRC services */
static gboolean
is_bot (const char *nick, gsize n)
{
  static const char *const bots[] = { "rrsagent", "zakim", "trackbot", "github-bot", "agendabot", "ghurlbot",
                                      "gb", /* W3C's GitHub bot since 2024 */
                                      "chanserv", "nickserv", "meetbot", "logbot", "meetingology", "zodbot",
                                      "opendevmeet", /* OpenDev's (OpenStack's) since 2021 */
                                      "ubottu", "ubot5", "willikins", /* Gentoo's */ NULL };
  for (const char *const *b = bots; *b; b++)
    if (strlen (*b) == n && g_ascii_strncasecmp (*b, nick, n) == 0)
      return TRUE;
  /* and a nick that says so: "ghbot", "kgb-bot", "GitHubBot" */
  return n > 4 && g_ascii_strncasecmp (nick + n - 3, "bot", 3) == 0;
}

/* A scribe's record of the meeting, nobody's speech: "topic: ...",
 * "RESOLVED: ...", "scribe: ..." */
static gboolean
is_record (const char *s, gsize n)
{
  static const char *const records[] = { "topic", "subtopic", "scribe", "scribenick", "agenda", "chair", "chairs",
                                         "meeting", "date", "present", "regrets", "resolved", "resolution",
                                         "action", "summary", "proposal", "proposed", "github", "issue",
                                         "scribe note", "note", NULL };
  for (const char *const *r = records; *r; r++)
    if (opens_with (s, n, *r, ":"))
      return TRUE;
  return FALSE;
}

/* Bytes of an ellipsis opening s ("...", "…") */
static gsize
ellipsis (const char *s, gsize n)
{
  if (n >= 3 && (memcmp (s, "...", 3) == 0 || memcmp (s, "\xe2\x80\xa6", 3) == 0))
    return 3;
  return 0;
}

/* "name: " opening s: a nickname, then a colon and a space */
static gsize
named_turn (const char *s, gsize n)
{
  gsize i = 0;
  while (i < n && i < 32 && (g_ascii_isalnum (s[i]) || strchr ("_-.|^`", s[i])))
    i++;
  return i > 0 && i + 1 < n && s[i] == ':' && s[i + 1] == ' ' ? i : 0;
}

typedef struct
{
  guint lines;                /* its lines, records and commands left out */
  guint continuations, turns; /* its "... more" lines, its "other: ..." lines */
  guint records;              /* its "RESOLVED: ...", "topic: ..." lines */
  GHashTable *named;          /* the others it so gives turns (owned keys) */
} NickLines;

static void
nick_lines_free (gpointer p)
{
  NickLines *l = p;
  g_hash_table_unref (l->named);
  g_free (l);
}

static void
add_scribe (Ctx *c, const char *nick, gsize n)
{
  if (n == 0 || n >= SP_SCRIBE_NICK || c->n_scribes >= SP_SCRIBES_MAX)
    return;
  for (guint k = 0; k < c->n_scribes; k++)
    if (strlen (c->scribes[k]) == n && g_ascii_strncasecmp (c->scribes[k], nick, n) == 0)
      return;
  memcpy (c->scribes[c->n_scribes], nick, n);
  c->scribes[c->n_scribes++][n] = '\0';
}

/* The scribes of the log: named by "scribe: nick", "scribenick: nick",
 * "scribe+" (the one who types it, or the nick after it), or writing as a
 * scribe writes (see the top of the file). */
static void
find_scribes (Ctx *c)
{
  c->scribes_found = TRUE;
  GHashTable *lines = NULL;
  for (guint i = 0; i < c->n_items; i++)
    {
      gsize len, nick_len;
      const char *nick, *text = sp_item_text (c, i, &len);
      /* "<nick> ...", "[14:02] <nick> ...", "14:02:30 <nick> ..." */
      gsize nick_at;
      gsize at = len && !sp_skip_item (c, i) ? np_text_chat_nick (text, len, &nick_at, &nick_len) : 0;
      if (at == 0)
        continue;
      nick = text + nick_at;
      const char *s = text + at;
      gsize n = len - at, w;
      if (opens_with (s, n, "scribe:", NULL) || opens_with (s, n, "scribenick:", NULL))
        {
          const char *v = memchr (s, ':', n) + 1;
          const char *e = text + len;
          while (v < e && *v == ' ')
            v++;
          const char *ve = v;
          while (ve < e && *ve != ' ' && *ve != ',')
            ve++;
          add_scribe (c, v, ve - v);
          continue;
        }
      if (opens_with (s, n, "scribe+", " "))
        {
          const char *v = s + 7, *e = text + len;
          while (v < e && *v == ' ')
            v++;
          const char *ve = v;
          while (ve < e && *ve != ' ' && *ve != ',')
            ve++;
          if (ve > v)
            add_scribe (c, v, ve - v);
          else
            add_scribe (c, nick, nick_len);
          continue;
        }
      if (lines == NULL)
        lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, nick_lines_free);
      g_autofree char *key = g_ascii_strdown (nick, nick_len);
      NickLines *l = g_hash_table_lookup (lines, key);
      if (l == NULL)
        {
          l = g_new0 (NickLines, 1);
          l->named = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          g_hash_table_insert (lines, g_strdup (key), l);
        }
      if (is_record (s, n))
        {
          l->records++;
          continue;
        }
      if (is_command (s, n))
        continue;
      l->lines++;
      if (ellipsis (s, n))
        l->continuations++;
      else if ((w = named_turn (s, n)) && !(w == nick_len && g_ascii_strncasecmp (s, nick, w) == 0))
        {
          l->turns++;
          g_hash_table_add (l->named, g_ascii_strdown (s, w));
        }
    }
  if (lines == NULL)
    return;
  GHashTableIter it;
  gpointer k, v;
  g_hash_table_iter_init (&it, lines);
  while (g_hash_table_iter_next (&it, &k, &v))
    {
      const NickLines *l = v;
      /* most of its lines give others' turns or go on with them, and it
       * records the meeting or goes on with a turn: a chat's "<alice>
       * bob: did you look?" now and then is alice's */
      if (l->turns >= 3 && g_hash_table_size (l->named) >= 2 && (l->continuations || l->records)
          && 3 * (l->turns + l->continuations) >= 2 * l->lines)
        add_scribe (c, k, strlen (k));
    }
  g_hash_table_unref (lines);
}

static gboolean
is_scribe (const Ctx *c, const char *nick, gsize n)
{
  for (guint k = 0; k < c->n_scribes; k++)
    if (strlen (c->scribes[k]) == n && g_ascii_strncasecmp (c->scribes[k], nick, n) == 0)
      return TRUE;
  return FALSE;
}

SpScribed
sp_scribed_mark (Ctx *c, guint i, const char *text, gsize len, gsize off, SpMark *mark)
{
  text += off;
  len -= off;
  gsize nick_at, nick_len, at = np_text_chat_nick (text, len, &nick_at, &nick_len);
  if (at == 0)
    return SP_SCRIBED_NONE;
  const char *nick = text + nick_at;
  const char *s = text + at;
  gsize n = len - at;
  /* a Matrix user, "@zodbot:fedora.im": the nick before the server */
  const char *server = nick_len > 2 && nick[0] == '@' ? memchr (nick, ':', nick_len) : NULL;
  if (server)
    nick_len = server - ++nick;
  if (is_command (s, n) || is_bot (nick, nick_len))
    return SP_SCRIBED_SKIP;
  if (!c->scribes_found)
    find_scribes (c);
  /* in a scribed log, anyone's "topic: ..." is for the minutes */
  if (c->n_scribes && is_record (s, n))
    return SP_SCRIBED_SKIP;
  if (!is_scribe (c, nick, nick_len))
    return SP_SCRIBED_NONE;
  if (ellipsis (s, n))
    {
      /* the last speaker goes on (turns.c: inherit_continuations) */
      if (c->scribe_lead == NULL)
        c->scribe_lead = sp_scratch_get (c->scratch, SP_BUF_SCRIBE_LEAD, sizeof (guint16) * c->n_items, TRUE);
      c->scribe_lead[i] = (guint16) MIN (off + at, G_MAXUINT16);
      return SP_SCRIBED_SKIP;
    }
  SpMark inner;
  if (!sp_mark_parse_cached (s, n, c->has_children[i], &inner, c->scratch->names, c->scratch->marks,
                             c->scratch->doc_strings))
    return SP_SCRIBED_SKIP; /* the scribe's own note */
  if (inner.form != SP_FORM_COLON && inner.form != SP_FORM_BRACKET)
    {
      sp_mark_clear (&inner);
      return SP_SCRIBED_SKIP;
    }
  sp_mark_clear (mark);
  *mark = inner;
  mark->scribed = inner.form == SP_FORM_COLON;
  mark->end += at;
  mark->raw_start += at;
  return SP_SCRIBED_MARK;
}

/* Bytes of the scribe's "<nick> " before item i's text, 0 for others */
gsize
sp_scribe_lead (const Ctx *c, guint i)
{
  return c->scribe_lead ? c->scribe_lead[i] : 0;
}
