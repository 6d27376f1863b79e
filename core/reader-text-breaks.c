/* reader-text-breaks.c: where a line of plain text breaks as its writer
 * broke it, not as an export wrapped it, and which lines open an item
 * after such a break: editors save notes a paragraph or a turn a line,
 * with no blank line between, and the reader must not join the next
 * turn to the last one (it would take the last speaker's name).  And
 * where a list without markers breaks into entries: a hanging indent
 * puts each entry's first line at the margin, its wrapped lines deeper.
 * Asked by the text reader (reader-text.c). */
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
   * only lines with a space tell it, and none with a link
   * ("Recording: https://media.example.org/..."), which a writer does not
   * break either */
  guint widest = 0;
  for (guint i = 0; i < ctx->n_lines; i++)
    {
      const NpLine *l = &ctx->lines[i];
      if (memchr (l->content, ' ', l->content_len) && !g_strstr_len (l->content, l->content_len, "://"))
        widest = MAX (widest, columns (l));
    }
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

/* Does the label s (n bytes, before its colon) end with the surname of
 * an attendee listed by a full name ("Superintendent Dr. Alvarez" for
 * Ramon Alvarez)? */
static gboolean
ends_with_surname (const NpDocument *doc, const char *s, gsize n)
{
  const char *w = s + n;
  while (w > s && w[-1] != ' ')
    w--;
  gsize wn = s + n - w;
  if (wn < 2 || w == s)
    return FALSE;
  guint n_people;
  const NpPerson *people = np_document_get_attendees (doc, &n_people);
  for (guint i = 0; i < n_people; i++)
    {
      const char *name = people[i].name, *last = strrchr (name, ' ');
      if (last && strlen (last + 1) == wn && memcmp (last + 1, w, wn) == 0)
        return TRUE;
    }
  return FALSE;
}

/* The label opening line l before its speech: where its colon ends, or 0 */
static gsize
speech_label (const NpLine *l)
{
  gsize end = l->content_len > 3 ? label_end (l->content, l->content_len, FALSE) : 0;
  return end < l->content_len ? end : 0;
}

gboolean
np_line_known_turn_label (NpReadContext *ctx, guint i)
{
  const NpLine *l = &ctx->lines[i];
  gsize end = i > 0 ? speech_label (l) : 0;
  if (end == 0 || !np_txt_ends_sentence (l[-1].content, l[-1].content_len))
    return FALSE;
  if (ctx->turn_labels == NULL)
    {
      ctx->turn_labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint j = 0; j < ctx->n_lines; j++)
        {
          const NpLine *o = &ctx->lines[j];
          gsize e = speech_label (o);
          if (e == 0)
            continue;
          char *key = g_strndup (o->content, e);
          guint count = GPOINTER_TO_UINT (g_hash_table_lookup (ctx->turn_labels, key)) + 1;
          g_hash_table_replace (ctx->turn_labels, key, GUINT_TO_POINTER (count));
        }
    }
  g_autofree char *key = g_strndup (l->content, end);
  return GPOINTER_TO_UINT (g_hash_table_lookup (ctx->turn_labels, key)) >= 2
         || ends_with_surname (ctx->doc, l->content, end - 1);
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

/* "Q. " or "A. " (or "Q.   "): a record's question or answer */
static char
qa_mark (const NpLine *l)
{
  const char *c = l->content;
  gsize n = l->content_len, k = 2;
  /* a court reporter's "Q.   Good morning": spaces up to the answer */
  while (k < n && k < 8 && c[k] == ' ')
    k++;
  return n > k && k > 2 && (c[0] == 'Q' || c[0] == 'A') && c[1] == '.' && c[k] != ' ' ? c[0] : 0;
}

/* Lines above or below a question or an answer where the other may stand */
#define QA_REACH 6

gboolean
np_txt_in_qa_run (const NpReadContext *ctx, guint i)
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
  if (np_starts_with_speaker_label (c, n) || np_txt_in_qa_run (ctx, i))
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

/* Does the line open with a vote, "+1 ", "-1 ", "+0 " or "-0 ", or an
 * abstention before a name ("0 Erin Park")? */
static gboolean
opens_with_vote (const NpLine *l)
{
  const char *c = l->content;
  if (l->content_len >= 4 && c[0] == '0' && c[1] == ' ' && g_ascii_isupper (c[2]))
    return TRUE;
  return l->content_len >= 4 && (c[0] == '+' || c[0] == '-') && (c[1] == '1' || c[1] == '0') && c[2] == ' ';
}

gboolean
np_txt_opens_after_break (const NpReadContext *ctx, guint width, guint i, guint item_first, NpItemKind kind)
{
  const NpLine *p = &ctx->lines[i - 1];
  /* a tally's votes a line each ("+1 (binding) Alice Smith" over "0
   * Erin Park"), however long */
  if (opens_with_vote (&ctx->lines[i]) && opens_with_vote (p))
    return TRUE;
  if (!np_txt_writers_break (ctx, width, i - 1) || heads_text (ctx, i - 1))
    return FALSE;
  if (np_txt_turn_opening (ctx, i) != NP_TXT_OPENS_NOTHING)
    return TRUE;
  /* an attendee's full name opening the line under a list item, as
   * summit notes write a turn whose list glyph the export lost (under a
   * paragraph, "Maria Garcia said later." runs on) */
  if (kind == NP_ITEM_BULLET && np_line_opens_with_attendee (ctx->doc, &ctx->lines[i]))
    return TRUE;
  /* the initials closing a mailed paragraph end it */
  if (kind == NP_ITEM_PARAGRAPH && np_text_closing_initials (p->content, p->content_len, NULL))
    return TRUE;
  /* In notes written a paragraph a line (a line wider than any wrap's
   * narrowest stands in them), a speaker's turn written on its line
   * ends with its sentence there ("Mayor Lee: Is there a motion?" over
   * "Motion by Chen, ...").  In a run of short lines, a turn may take
   * several (a chat's message); and a hearing's record marks only the
   * first paragraph of a turn ("Mr. ISSA. ..."), the lines after it are
   * the member's. */
  const NpLine *first = &ctx->lines[item_first];
  /* a court reporter's transcript indents a turn's first line deep and
   * its body less ("          MS. DELGADO:  Good evening." over "     My
   * name is ..."): the body goes on */
  const NpLine *l = &ctx->lines[i];
  if (first->indent >= 8 && l->indent > 0 && l->indent < first->indent)
    return FALSE;
  return kind == NP_ITEM_PARAGRAPH && width > NP_TXT_WRAP_MIN_COLUMNS
         && np_txt_ends_sentence (p->content, p->content_len)
         && (np_txt_turn_opening (ctx, item_first) == NP_TXT_OPENS_SPEECH
             || np_line_opens_attendee_turn (ctx->doc, first)) /* "Sander - agreed, ..." */
         && !np_text_hearing_mark (first->content, first->content_len, NULL, NULL);
}

/* A block of text lines at one indentation or deeper, no blank line nor
 * list item between: its margin, its first line, and its lines at the
 * margin that lines indented deeper follow (a hanging indent's heads) */
typedef struct
{
  guint margin;
  guint first;
  guint heads;
  gboolean first_hangs; /* its first line heads lines aligned under one of its words */
  guint at_margin, labelled; /* its lines at the margin, and those opening with "name: " */
  guint turns;               /* ... and those opening with a speaker's mark ("Dr. Marsh: ") */
} HangingBlock;

/* Does line n stand indented under a word of line l after its first, as
 * a hanging indent aligns the wrapped lines under the text after a term
 * or a label ("sb: Thanks ..." over "    committers ...")? */
static gboolean
aligned_under_word (const NpLine *l, const NpLine *n)
{
  guint col = l->indent;
  for (const char *c = l->content; c < l->content + l->content_len; c = g_utf8_next_char (c), col++)
    if (col == n->indent)
      return c > l->content && c[-1] == ' ' && *c != ' ';
  return FALSE;
}

/* A line of running text, which a block of hanging indents is made of */
static gboolean
in_text_run (const NpLine *l)
{
  NpBullet b;
  return np_txt_line_is_content (l) && !np_parse_bullet (l->content, l->content_len, TRUE, &b);
}

/* The innermost block of those open, or NULL */
static HangingBlock *
innermost (GArray *blocks, GArray *open)
{
  return open->len ? &g_array_index (blocks, HangingBlock, g_array_index (open, guint, open->len - 1)) : NULL;
}

gboolean *
np_txt_hanging_margins (const NpReadContext *ctx)
{
  guint n = ctx->n_lines;
  g_autofree guint *block_of = g_new (guint, n + 1);
  g_autoptr (GArray) blocks = g_array_new (FALSE, TRUE, sizeof (HangingBlock));
  g_autoptr (GArray) open = g_array_new (FALSE, FALSE, sizeof (guint)); /* the blocks line i is in, outermost first */
  for (guint i = 0; i < n; i++)
    {
      const NpLine *l = &ctx->lines[i];
      block_of[i] = G_MAXUINT;
      if (!in_text_run (l))
        {
          g_array_set_size (open, 0);
          continue;
        }
      /* a line left of a block's margin ends it; one deeper than the
       * innermost opens a block of its own, nested in it */
      while (open->len && innermost (blocks, open)->margin > l->indent)
        g_array_set_size (open, open->len - 1);
      if (!open->len || innermost (blocks, open)->margin < l->indent)
        {
          HangingBlock nb = { l->indent, i, 0, FALSE, 0, 0, 0 };
          g_array_append_val (blocks, nb);
          guint k = blocks->len - 1;
          g_array_append_val (open, k);
        }
      block_of[i] = g_array_index (open, guint, open->len - 1);
      HangingBlock *at = innermost (blocks, open);
      gboolean turn = np_starts_with_speaker_label (l->content, l->content_len);
      if (at->margin == l->indent)
        {
          at->at_margin++;
          at->labelled += np_line_opens_with_label (l);
          at->turns += turn;
        }
      if (i + 1 < n && in_text_run (&ctx->lines[i + 1]) && ctx->lines[i + 1].indent > l->indent)
        {
          HangingBlock *hb = innermost (blocks, open);
          hb->heads++;
          /* its first line, or a turn's line ("[DA] one thing ..." over
           * "     shout if ..."), heading a line aligned under its words */
          hb->first_hangs |= (hb->first == i || turn) && aligned_under_word (l, &ctx->lines[i + 1]);
        }
    }
  /* Hanging, when two of its lines head lines indented deeper, or its
   * first line or a turn's line heads lines aligned under its text (a
   * turn's hanging indent), or one does and every
   * line at its margin opens with a name and a colon (a board's comments,
   * "wz: Thanks ..." then "os: The release ..." over its wrapped line): a
   * paragraph with a quotation indented under one line ("... read the
   * motion:" over "RESOLVED, ...") or a line wrapped with a tab has its
   * other lines at the margin as wrapped ones. */
  gboolean *margins = NULL;
  /* where the notes write turns so, a block whose turn heads one line
   * indented deeper hangs too ("Dr. Marsh: New lesion ..." over "  PET
   * booked ...", the writer's habit of the blocks before) */
  gboolean turns_hang = FALSE;
  for (guint k = 0; k < blocks->len && !turns_hang; k++)
    {
      const HangingBlock *hb = &g_array_index (blocks, HangingBlock, k);
      turns_hang = hb->turns > 0 && (hb->first_hangs || hb->heads >= 2);
    }
  for (guint i = 0; i < n; i++)
    {
      if (block_of[i] == G_MAXUINT || ctx->lines[i].indent != g_array_index (blocks, HangingBlock, block_of[i]).margin)
        continue;
      const HangingBlock *hb = &g_array_index (blocks, HangingBlock, block_of[i]);
      if (hb->first_hangs || hb->heads >= 2 || (hb->heads == 1 && hb->at_margin >= 2 && hb->labelled == hb->at_margin)
          || (turns_hang && hb->heads == 1 && hb->turns > 0))
        {
          if (!margins)
            margins = g_new0 (gboolean, n + 1);
          margins[i] = TRUE;
        }
    }
  return margins;
}

gboolean
np_txt_opens_hanging_entry (const NpReadContext *ctx, const gboolean *margins, guint i, guint item_first)
{
  if (!margins || !margins[i] || item_first >= i)
    return FALSE;
  /* in a hanging indent, the lines at the margin are the entries' first
   * lines, their wrapped lines go deeper */
  const NpLine *l = &ctx->lines[i], *first = &ctx->lines[item_first];
  /* a sentence going on at the margin, in lower case, after a line that
   * did not end it ("Q.   Could you state your full name for" over "the
   * record?", a transcript's text at the margin under its speakers'
   * labels indented deeper): a wrapped line all the same */
  const NpLine *above = &ctx->lines[i - 1];
  if (g_ascii_islower (l->content[0]) && above->indent == l->indent
      && !np_txt_ends_sentence (above->content, above->content_len) && !np_starts_with_speaker_label (l->content, l->content_len)
      && !np_line_opens_with_label (l))
    return FALSE;
  if (l->indent == first->indent)
    return TRUE;
  /* a label alone over the list ("Comments:" over "  sb: Thanks ..."), as
   * a title over a list with markers: no text of the first entry, which
   * would run on after it.  A turn's header keeps its text below. */
  return item_first + 1 == i && l->indent > first->indent && first->content_len > 1
         && first->content[first->content_len - 1] == ':' && !heads_text (ctx, item_first);
}
