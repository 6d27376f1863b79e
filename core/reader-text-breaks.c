/* reader-text-breaks.c: where a line of plain text breaks as its writer
 * broke it, not as an export wrapped it, and which lines open an item
 * after such a break: editors save notes a paragraph or a turn a line,
 * with no blank line between, and the reader must not join the next
 * turn to the last one (it would take the last speaker's name).  Asked
 * by the text reader (reader-text.c). */
#include "config.h"

#include <string.h>

#include "notepipe/np-text.h"
#include "reader-text-private.h"

/* The columns line l takes, its indentation included */
static guint
columns (const NpLine *l)
{
  return l->indent + g_utf8_strlen (l->content, l->content_len);
}

guint
np_txt_notes_width (const NpReadContext *ctx)
{
  /* a line of one word (a URL) overruns any width an export wraps at:
   * only lines with a space tell it */
  guint widest = 0;
  for (guint i = 0; i < ctx->n_lines; i++)
    if (memchr (ctx->lines[i].content, ' ', ctx->lines[i].content_len))
      widest = MAX (widest, columns (&ctx->lines[i]));
  return widest;
}

gboolean
np_txt_fits_within (const NpLine *l, const NpLine *next, guint width)
{
  if (l->content_len == 0 || next->content_len == 0 || np_txt_starts_lower (next))
    return FALSE;
  gsize word = 0;
  while (word < next->content_len && next->content[word] != ' ')
    word++;
  return columns (l) + 1 + g_utf8_strlen (next->content, word) <= width;
}

gboolean
np_txt_writers_break (const NpReadContext *ctx, guint width, guint i)
{
  return i + 1 < ctx->n_lines
         && np_txt_fits_within (&ctx->lines[i], &ctx->lines[i + 1], MAX (NP_TXT_WRAP_MIN_COLUMNS, width));
}

/* Words of a label before its colon, at most */
#define LABEL_WORDS 4

/* Where the colon of a label opening c ends (the index after it), or 0: one
 * to four words, the first capitalized, of letters, digits and a name's
 * marks ("Unidentified speaker:", "Speaker 2:", "BY MR. CALLOWAY:",
 * "AK/MR:"), then the colon, at the line's end or before a space and
 * text.  With capitalized, each word opens with a capital or a digit. */
static gsize
label_end (const char *c, gsize n, gboolean capitalized)
{
  gunichar u = g_utf8_get_char_validated (c, n);
  if (u == (gunichar) -1 || u == (gunichar) -2 || !g_unichar_isupper (u))
    return 0;
  guint words = 1;
  for (gsize i = 0; i < n; i++)
    {
      char ch = c[i];
      if (ch == ':')
        {
          gboolean alone = i + 1 == n, before_text = i + 2 < n && c[i + 1] == ' ' && c[i + 2] != ' ';
          return i > 0 && c[i - 1] != ' ' && (alone || before_text) ? i + 1 : 0;
        }
      /* a sentence's end is no label's: "Sure. Short version: ..."; an
       * initial or a title is ("J. Smith:", "BY MR. CALLOWAY:") */
      if (ch == '.' && i + 1 < n && c[i + 1] == ' ')
        {
          gsize w = i;
          while (w > 0 && c[w - 1] != ' ')
            w--;
          if (i - w > 1 && !np_text_is_title (c + w, i - w + 1, NULL))
            return 0;
        }
      if (ch == ' ')
        {
          if (++words > LABEL_WORDS || i + 1 >= n || c[i + 1] == ' ')
            return 0;
          if (capitalized && !g_ascii_isupper (c[i + 1]) && !g_ascii_isdigit (c[i + 1]) && (guchar) c[i + 1] < 0x80)
            return 0;
          continue;
        }
      if (!g_ascii_isalnum (ch) && (guchar) ch < 0x80 && !strchr (".-'/&", ch))
        return 0;
    }
  return 0;
}

gboolean
np_txt_timed_label (const NpLine *l)
{
  gsize end = label_end (l->content, l->content_len, TRUE);
  if (end == 0 || end + 1 >= l->content_len)
    return FALSE;
  const char *t = l->content + end + 1;
  gsize n = l->content_len - end - 1;
  return (t[0] == '(' || t[0] == '[') && np_text_time_prefix (t, n) > 0;
}

/* "Q. " or "A. ": a record's question or answer */
static char
qa_mark (const NpLine *l)
{
  const char *c = l->content;
  return l->content_len > 3 && (c[0] == 'Q' || c[0] == 'A') && c[1] == '.' && c[2] == ' ' && c[3] != ' ' ? c[0] : 0;
}

/* Lines above or below a question or an answer where the other may stand */
#define QA_REACH 3

/* Is line i a question or an answer, with the other near it: a record's
 * exchange, not a name's initial ("A. Smith said ...") */
static gboolean
in_qa_run (const NpReadContext *ctx, guint i)
{
  char mark = qa_mark (&ctx->lines[i]);
  if (!mark)
    return FALSE;
  char other = mark == 'Q' ? 'A' : 'Q';
  for (guint j = i > QA_REACH ? i - QA_REACH : 0; j < ctx->n_lines && j <= i + QA_REACH; j++)
    if (j != i && qa_mark (&ctx->lines[j]) == other)
      return TRUE;
  return FALSE;
}

NpTxtOpening
np_txt_turn_opening (const NpReadContext *ctx, guint i)
{
  const NpLine *l = &ctx->lines[i];
  const char *c = l->content;
  gsize n = l->content_len;
  if (n == 0)
    return NP_TXT_OPENS_NOTHING;
  if (np_starts_with_speaker_label (c, n) || in_qa_run (ctx, i))
    return NP_TXT_OPENS_SPEECH;
  gsize label = label_end (c, n, FALSE);
  if (label)
    return label < n ? NP_TXT_OPENS_SPEECH : NP_TXT_OPENS_MARK;
  /* a transcript's time mark alone ("00:05:00", Google Meet) */
  if ((g_ascii_isdigit (c[0]) || c[0] == '[' || c[0] == '(') && np_text_clock_len (c, n) == n)
    return NP_TXT_OPENS_MARK;
  return np_txt_opens_outline_number (l) ? NP_TXT_OPENS_MARK : NP_TXT_OPENS_NOTHING;
}

/* Is line i a turn's header, its text on the lines below: a speaker's
 * line with the time ("Ines Carvalho  10:38 AM"), a chat's message
 * header, a name over its time line, or that time line? */
static gboolean
heads_text (const NpReadContext *ctx, guint i)
{
  const NpLine *l = &ctx->lines[i];
  return np_line_is_speaker_time (l->content, l->content_len) || np_txt_is_chat_header (l)
         || np_txt_is_chat_copy_header (l->content, l->content_len) || np_line_is_name_over_time (ctx, l)
         || (i > 0 && np_line_is_name_over_time (ctx, &ctx->lines[i - 1]));
}

gboolean
np_txt_opens_after_break (const NpReadContext *ctx, guint width, guint i, guint item_first, NpItemKind kind)
{
  const NpLine *p = &ctx->lines[i - 1];
  if (!np_txt_writers_break (ctx, width, i - 1) || heads_text (ctx, i - 1))
    return FALSE;
  if (np_txt_turn_opening (ctx, i) != NP_TXT_OPENS_NOTHING)
    return TRUE;
  /* In notes written a paragraph a line (a line wider than any wrap's
   * narrowest stands in them), a speaker's turn written on its line
   * ends with its sentence there ("Mayor Lee: Is there a motion?" over
   * "Motion by Chen, ...").  In a run of short lines, a turn may take
   * several (a chat's message); and a hearing's record marks only the
   * first paragraph of a turn ("Mr. ISSA. ..."), the lines after it are
   * the member's. */
  const NpLine *first = &ctx->lines[item_first];
  return kind == NP_ITEM_PARAGRAPH && width > NP_TXT_WRAP_MIN_COLUMNS
         && np_txt_ends_sentence (p->content, p->content_len)
         && np_txt_turn_opening (ctx, item_first) == NP_TXT_OPENS_SPEECH
         && !np_text_hearing_mark (first->content, first->content_len, NULL, NULL);
}
