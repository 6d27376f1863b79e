/* chatlog.c: the lines of chat logs that the mark forms of marks.c do not
 * read.
 *
 * An IRC action, as irssi logs it after the time ("16:01 * sgallagh is
 * here"), is written by the nick that opens it; but a line of notes may
 * as well open with a time and a list's star ("10:30 * Alice presents
 * the roadmap" in an agenda), so an action is the nick's turn only when
 * the nick speaks elsewhere in the log as "<nick>" (sp_judge_emotes).
 *
 * WeeChat logs its channels in columns apart by tabs: the time, the
 * prefix, the message ("2025-03-12 19:00:03<TAB>@ehashman<TAB>#startmeeting").
 * The prefix is the writer's nick with its channel mode, which the
 * angle form reads as it reads irssi's "<@nick>"; "*" before an action,
 * whose nick opens the message ("<TAB> *<TAB>marga waves"); or the
 * network's mark before its notices ("-->" a join, "<--" a quit, "--"
 * a nick change), nobody's turn.  The core's text reader makes each line
 * an item (np_text_tab_log_line()). */
#include <string.h>

#include "attribute-private.h"
#include "marks-private.h"

/* Longest nick read */
#define NICK_MAX 32

/* An action's nick at text + nick, the speech after it: the angle form's
 * mark, an emote (the mark as written from text + raw) */
static gboolean
parse_emote (const char *text, gsize len, gsize raw, gsize nick, SpMark *m)
{
  const char *e = text + len, *s = skip_spaces (text + nick, e), *q = s;
  while (q < e && !is_space (*q) && q - s <= NICK_MAX)
    q++;
  const char *speech = skip_spaces (q, e);
  if (q == s || q - s > NICK_MAX || speech >= e || memchr (s, ':', q - s))
    return FALSE;
  if (!sp_mark_add_name (m, s, q))
    return FALSE;
  m->emote = TRUE;
  return sp_mark_finish (m, SP_FORM_ANGLE, text, text + raw, q, speech);
}

/* WeeChat's nick column (n bytes at text + nick, a channel mode first at
 * will) over the message at text + speech: the angle form's mark */
static gboolean
parse_log_nick (const char *text, gsize len, gsize nick, gsize n, gsize speech, SpMark *m)
{
  const char *s = text + nick, *e = s + n;
  if (n > 1 && strchr ("@+%~&!", *s))
    s++;
  if (e - s > NICK_MAX)
    return FALSE;
  /* "-->", "<--", "--", "=!=": the network's notices; as in "<nick>", no
   * address nor path */
  for (const char *q = s; q < e; q++)
    if (strchr (":/@.<>=", *q))
      return FALSE;
  if (!sp_mark_add_name (m, s, e))
    return FALSE;
  return sp_mark_finish (m, SP_FORM_ANGLE, text, text + nick, e, skip_spaces (text + speech, text + len));
}

gboolean
sp_log_line_mark (const char *text, gsize len, gsize time, SpMark *mark)
{
  gsize prefix, prefix_len, message = 0;
  /* the cheap tests first: most items are neither */
  gboolean action = time > 0 && time + 2 < len && text[time] == '*' && text[time + 1] == ' ';
  if (!action
      && !(len > 8 && g_ascii_isdigit (text[0])
           && (message = np_text_tab_log_line (text, len, &prefix, &prefix_len)) > 0))
    return FALSE;
  memset (mark, 0, sizeof *mark);
  gboolean ok;
  if (action)
    ok = parse_emote (text, len, time, time + 2, mark);
  else if (prefix_len == 1 && text[prefix] == '*')
    ok = parse_emote (text, len, message, message, mark);
  else
    ok = prefix_len > 0 && parse_log_nick (text, len, prefix, prefix_len, message, mark);
  if (!ok)
    {
      sp_mark_clear (mark);
      /* WeeChat's notice, or a nick no name reading takes, is a line of
       * the log all the same: nobody's; but a saved chat's
       * "00:21:30<TAB>Ann:<TAB>..." (a log's nick has no colon) is the
       * chat's, which marks.c reads */
      return message > 0 && !np_text_chat_header (text, len, NULL, NULL);
    }
  mark->timed = TRUE;
  return TRUE;
}

void
sp_judge_emotes (Ctx *c)
{
  /* the keys of the nicks that write lines of their own */
  g_autoptr (GHashTable) nicks = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < c->n_items; i++)
    {
      const Cand *d = c->cands[i];
      if (d && d->state == CAND_ACCEPTED && d->mark.form == SP_FORM_ANGLE && !d->mark.emote && !d->mark.voice
          && d->mark.n_names == 1 && d->keys[0])
        g_hash_table_add (nicks, d->keys[0]);
    }
  /* an action's nick is already accepted by those lines: no key to add */
  for (guint i = 0; i < c->n_items; i++)
    {
      Cand *d = c->cands[i];
      if (d && d->mark.emote && d->state != CAND_REJECTED)
        d->state = d->keys[0] && g_hash_table_contains (nicks, d->keys[0]) ? CAND_ACCEPTED : CAND_REJECTED;
    }
}
