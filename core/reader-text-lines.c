/* reader-text-lines.c: what a line of plain-text notes is, as the text
 * reader (reader-text.c) asks it: a heading's text and shape, a turn, a
 * chat's header, a sentence's end, a status banner, the next content
 * line, a list glyph's rank.  Questions of one line or of the lines after
 * it; the reader's state stays in reader-text.c. */
#include "config.h"

#include <string.h>

#include "notepipe/np-text.h"
#include "reader-text-private.h"

guint
np_txt_count_words (const char *s, gsize len)
{
  guint n = 0;
  gboolean in = FALSE;
  for (gsize i = 0; i < len; i++)
    {
      gboolean sp = s[i] == ' ' || s[i] == '\t';
      if (!sp && !in)
        n++;
      in = !sp;
    }
  return n;
}

/* The title after a session's label: a few words with a capital or a
 * digit first, no sentence ("Session: We ran out of time." is one) */
static gboolean
colon_title (const char *p, const char *e)
{
  while (p < e && *p == ' ')
    p++;
  if (p >= e || !(g_ascii_isupper (*p) || g_ascii_isdigit (*p)) || np_txt_ends_sentence (p, e - p))
    return FALSE;
  return np_txt_count_words (p, e - p) <= 10;
}

gboolean
np_txt_is_session_heading (const NpLine *l)
{
  static const char *const words[] = { "session", "day", "track", "part", "block", "breakout", "round", "slot",
                                       "module", "workshop", NULL };
  static const char *const labels[] = { "session", "track", "breakout", "workshop", NULL };
  if (l->content_len > 80)
    return FALSE;
  for (const char *const *w = words; *w; w++)
    {
      gsize n = strlen (*w);
      /* "Session: Generics follow-ups", a label over a session's title
       * (of the words that name nothing else: not "Day: Tuesday",
       * "Block: waiting on review") */
      if (l->content_len > n + 2 && g_ascii_strncasecmp (l->content, *w, n) == 0 && l->content[n] == ':'
          && l->content[n + 1] == ' ' && g_strv_contains (labels, *w))
        return colon_title (l->content + n + 2, l->content + l->content_len);
      if (l->content_len > n + 1 && g_ascii_strncasecmp (l->content, *w, n) == 0 && l->content[n] == ' ')
        {
          const char *p = l->content + n + 1;
          /* Session 3, Session III, Session A, Day 2: ... */
          if (g_ascii_isdigit (*p)
              || ((*p == 'I' || *p == 'V' || *p == 'X')
                  && (p[1] == ' ' || p[1] == 'I' || p[1] == 'V' || p[1] == ':' || p + 1 == l->content + l->content_len))
              || (g_ascii_isupper (*p) && (p + 1 == l->content + l->content_len || p[1] == ':' || p[1] == ' ')))
            return TRUE;
        }
    }
  return FALSE;
}

gboolean
np_txt_ends_sentence (const char *s, gsize len)
{
  while (len > 0 && (s[len - 1] == '"' || s[len - 1] == '\'' || s[len - 1] == ')' || s[len - 1] == ' '))
    len--;
  return len > 0 && (s[len - 1] == '.' || s[len - 1] == '!' || s[len - 1] == '?');
}

gboolean
np_txt_cut_mid_sentence (const char *s, gsize len)
{
  static const char *const open_words[] = { "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "from",
                                            "by", "and", "or", "but", "under", "into", "than", "that", "is", "are",
                                            "was", "be", "as", "our", "their", "its", "this", NULL };
  while (len > 0 && s[len - 1] == ' ')
    len--;
  if (len == 0)
    return FALSE;
  if (s[len - 1] == ',')
    return TRUE;
  gsize w = len;
  while (w > 0 && g_ascii_isalpha (s[w - 1]))
    w--;
  if (w == len || len - w > 5 || (w > 0 && s[w - 1] != ' '))
    return FALSE;
  for (const char *const *o = open_words; *o; o++)
    if (strlen (*o) == len - w && memcmp (*o, s + w, len - w) == 0)
      return TRUE;
  return FALSE;
}

gboolean
np_txt_opens_outline_number (const NpLine *l)
{
  const char *c = l->content;
  gsize n = l->content_len, i = 0;
  while (i < n && g_ascii_isdigit (c[i]))
    i++;
  /* a year ("2024 Budget") is no outline's number */
  if (i == 0 || i > 2)
    return FALSE;
  gboolean dotted = FALSE; /* "3.1 Scope" */
  if (i < n && g_ascii_isalpha (c[i]))
    i++; /* "5a. Minutes" */
  else
    while (i + 1 < n && c[i] == '.' && g_ascii_isdigit (c[i + 1]))
      for (dotted = TRUE, i++; i < n && g_ascii_isdigit (c[i]); i++)
        ;
  gboolean closed = i < n && (c[i] == '.' || c[i] == ')');
  i += closed;
  return (closed || dotted) && i + 1 < n && c[i] == ' ' && g_ascii_isupper (c[i + 1]);
}

/* A line in lower case: it goes on with the sentence above.  A number
 * may too ("15 people came"), but not an outline's ("5a. Minutes") nor a
 * clock alone, a transcript's time mark ("00:05:00") */
gboolean
np_txt_starts_lower (const NpLine *l)
{
  gunichar u = g_utf8_get_char_validated (l->content, l->content_len);
  return u != (gunichar) -1 && u != (gunichar) -2
         && (g_unichar_islower (u)
             || (g_unichar_isdigit (u) && !np_txt_opens_outline_number (l)
                 && np_text_clock_len (l->content, l->content_len) != l->content_len
                 /* "0:09 - Ingrid Solberg": a transcript's speaker line */
                 && !np_line_is_speaker_time (l->content, l->content_len)));
}

/* A short line standing alone that names what follows. */
gboolean
np_txt_looks_like_heading_text (const NpLine *l)
{
  if (l->indent > 0 || l->content_len == 0 || l->content_len > 80
      || np_txt_count_words (l->content, l->content_len) > 10)
    return FALSE;
  char last = l->content[l->content_len - 1];
  if (strchr (".,;!?\"'", last))
    return FALSE;
  /* a sentence, then a transcript's stage direction: "Thanks for having
   * me. [laughs]", "... yes! (laughter)" */
  if ((last == ']' || last == ')') && l->content_len > 6)
    {
      const char *c = l->content, *q = c + l->content_len - 2;
      while (q > c && (g_ascii_islower (*q) || *q == ' '))
        q--;
      if (q > c + 2 && (*q == '[' || *q == '(') && q[-1] == ' ' && strchr (".!?", q[-2]))
        return FALSE;
    }
  if (np_line_is_url (l))
    return FALSE;
  /* a vote, with who casts it: "+1 (Esther)", "(Anselm) +1", "Carol -1" */
  const char *c = l->content;
  gsize cn = l->content_len;
  if ((cn >= 3 && (c[0] == '+' || c[0] == '-') && (c[1] == '1' || c[1] == '0') && c[2] == ' ')
      || (cn >= 4 && (c[cn - 2] == '+' || c[cn - 2] == '-') && (c[cn - 1] == '1' || c[cn - 1] == '0') && c[cn - 3] == ' '))
    return FALSE;
  /* a sentence's end inside ("... for the warehouse. (MR)"): a paragraph
   * of one line, not a heading; "Item 5. Budget", "St. Louis" end none */
  const char *e = l->content + l->content_len;
  for (const char *p = l->content + 3; p < e && (p = memchr (p, '.', e - p)) != NULL; p++)
    if (p + 1 < e && p[1] == ' ' && g_ascii_islower (p[-1]) && g_ascii_islower (p[-2]) && g_ascii_islower (p[-3]))
      return FALSE;
  gboolean letter = FALSE;
  for (gsize i = 0; i < l->content_len && !letter; i++)
    letter = g_ascii_isalpha (l->content[i]) || (guchar) l->content[i] >= 0x80;
  return letter;
}

/* Line i, under the title with no blank line between, is the title
 * block's second line when it is short text and the line after it is a
 * short line holding a date. */
gboolean
np_txt_is_subtitle (const NpReadContext *ctx, guint i)
{
  if (i + 1 >= ctx->n_lines || !np_txt_looks_like_heading_text (&ctx->lines[i])
      || np_txt_is_session_heading (&ctx->lines[i]))
    return FALSE;
  const NpLine *next = &ctx->lines[i + 1];
  g_autofree char *date = next->content_len <= 60 ? np_meta_find_date (next->content, next->content_len) : NULL;
  return date != NULL;
}

/* A status between two equal dashes, "- DRAFT -", "– FINAL –": one to
 * three words in capitals */
gboolean
np_txt_is_status_banner (const NpLine *l)
{
  static const char *const dashes[] = { "- ", "\u2013 ", "\u2014 " };
  for (guint d = 0; d < G_N_ELEMENTS (dashes); d++)
    {
      gsize n = strlen (dashes[d]);
      if (l->content_len < 2 * n + 2 || memcmp (l->content, dashes[d], n) != 0
          || memcmp (l->content + l->content_len - (n - 1), dashes[d], n - 1) != 0
          || l->content[l->content_len - n] != ' ')
        continue;
      guint words = 1;
      for (gsize i = n; i < l->content_len - n; i++)
        if (l->content[i] == ' ')
          words++;
        else if (!g_ascii_isupper (l->content[i]))
          return FALSE;
      return words <= 3;
    }
  return FALSE;
}

gboolean
np_txt_fits_before (const NpLine *l, const NpLine *next)
{
  return np_txt_fits_within (l, next, NP_TXT_WRAP_MIN_COLUMNS);
}

/* A title's text: a heading's shape, and no sentence, turn, label over
 * its text ("Notes:") nor speaker's line over the turn (a name, a chat's
 * header, a name and the time) */
static gboolean
title_text (const NpLine *l)
{
  return np_txt_looks_like_heading_text (l) && l->content[l->content_len - 1] != ':' && !np_txt_is_turn_line (l)
         && !np_starts_with_speaker_label (l->content, l->content_len)
         && !np_meta_looks_like_person_entry (l->content, l->content_len)
         && !np_line_is_speaker_time (l->content, l->content_len)
         && !np_txt_is_chat_copy_header (l->content, l->content_len) && !np_txt_is_chat_header (l);
}

static gboolean name_alone (const NpLine *l);

/* A chat copied without its times (Element's, a transcript's): a name
 * alone on a line over each message, "Hanna Virta" over "I left
 * comments ...", whatever ends the message before.  Line i is such a
 * name when its text stands alone on two lines or more, and so does
 * another name's: two people talking.  The lines are counted once. */
gboolean
np_txt_recurring_name_line (NpReadContext *ctx, guint i)
{
  if (ctx->name_lines == NULL)
    {
      ctx->name_lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint j = 0; j + 1 < ctx->n_lines; j++)
        {
          const NpLine *o = &ctx->lines[j];
          if (!np_txt_line_is_content (&ctx->lines[j + 1]) || !name_alone (o))
            continue;
          char *key = g_strndup (o->content, o->content_len);
          guint count = GPOINTER_TO_UINT (g_hash_table_lookup (ctx->name_lines, key)) + 1;
          g_hash_table_replace (ctx->name_lines, key, GUINT_TO_POINTER (count));
          ctx->recurring_names += count == 2;
        }
    }
  const NpLine *l = &ctx->lines[i];
  if (ctx->recurring_names < 2 || !name_alone (l))
    return FALSE;
  g_autofree char *key = g_strndup (l->content, l->content_len);
  return GPOINTER_TO_UINT (g_hash_table_lookup (ctx->name_lines, key)) >= 2;
}

/* Does line j open a block a title may stand right over: a list item, a
 * paragraph's line (a sentence, or a line longer than an export's
 * narrowest wrap: not one short line of a run of them, as a chat log or
 * an address has), or, depth permitting, another title over one ("Notes"
 * over "Release" over a list) or a name alone over a list? */
static gboolean
opens_block (NpReadContext *ctx, guint j, guint depth)
{
  if (j >= ctx->n_lines || !np_txt_line_is_content (&ctx->lines[j]))
    return FALSE;
  const NpLine *l = &ctx->lines[j];
  NpBullet b;
  if (np_parse_bullet (l->content, l->content_len, TRUE, &b))
    return TRUE;
  if (np_txt_is_chat_header (l))
    return FALSE;
  if (g_utf8_strlen (l->content, l->content_len) > NP_TXT_WRAP_MIN_COLUMNS
      || np_txt_ends_sentence (l->content, l->content_len))
    return TRUE;
  if (depth == 0 || l->indent > 0 || j + 1 >= ctx->n_lines)
    return FALSE;
  const NpLine *next = &ctx->lines[j + 1];
  /* a person's name alone over a list of what was said ("Notes" over
   * "Priya Raman" over "- Shipped the flow") */
  if (!title_text (l)
      && !(np_meta_looks_like_person_entry (l->content, l->content_len)
           && np_parse_bullet (next->content, next->content_len, TRUE, &b)))
    return FALSE;
  return np_txt_fits_before (l, next) && opens_block (ctx, j + 1, depth - 1);
}

/* No lower-case letter: "ALICE", "Q&A" */
static gboolean
in_capitals (const NpLine *l)
{
  for (gsize k = 0; k < l->content_len; k++)
    if (g_ascii_islower (l->content[k]))
      return FALSE;
  return TRUE;
}

gboolean
np_txt_title_over_block (NpReadContext *ctx, guint i)
{
  const NpLine *l = &ctx->lines[i];
  if (i + 1 >= ctx->n_lines || l->indent > 0 || !title_text (l) || !np_txt_fits_before (l, &ctx->lines[i + 1])
      || !opens_block (ctx, i + 1, 2))
    return FALSE;
  /* an attendee's turn with no stop at its end ("Lee - what about the
   * cache, and") */
  if (np_line_opens_attendee_turn (ctx->doc, l))
    return FALSE;
  /* a name in capitals over the turn, as a screenplay writes it ("ALICE"
   * over "We should ship."), is the turn's speaker: over a list it is a
   * title */
  NpBullet b;
  const NpLine *n = &ctx->lines[i + 1];
  return !in_capitals (l) || np_parse_bullet (n->content, n->content_len, TRUE, &b);
}

/* A line of a name alone at the margin, letters and a name's marks
 * only ("Hanna Virta", "Jean-Luc O'Neil") */
static gboolean
name_alone (const NpLine *l)
{
  if (l->indent > 0 || l->content_len > 48 || !np_meta_looks_like_person_entry (l->content, l->content_len))
    return FALSE;
  for (gsize k = 0; k < l->content_len; k++)
    if (!g_ascii_isalpha (l->content[k]) && l->content[k] != ' ' && l->content[k] != '-' && l->content[k] != '\''
        && l->content[k] != '.' && (guchar) l->content[k] < 0x80)
      return FALSE;
  return TRUE;
}

gboolean
np_txt_name_over_turn (NpReadContext *ctx, guint i)
{
  const NpLine *l = &ctx->lines[i];
  if (i + 1 >= ctx->n_lines || !np_txt_fits_before (l, &ctx->lines[i + 1]) || !name_alone (l))
    return FALSE;
  /* another such line, over another turn after the end of a sentence */
  for (guint j = 1; j + 1 < ctx->n_lines; j++)
    {
      const NpLine *o = &ctx->lines[j], *before = &ctx->lines[j - 1];
      if (j != i && o->indent == 0 && o->content_len <= 48 && np_txt_line_is_content (&ctx->lines[j + 1])
          && (np_line_is_blank (before) || np_txt_ends_sentence (before->content, before->content_len))
          && np_meta_looks_like_person_entry (o->content, o->content_len)
          && np_txt_fits_before (o, &ctx->lines[j + 1]))
        return TRUE;
    }
  return FALSE;
}

gboolean
np_txt_line_is_content (const NpLine *l)
{
  return !np_line_is_blank (l) && !np_is_debris (l->content, l->content_len);
}

gint
np_txt_next_content (NpReadContext *ctx, guint i, guint *blanks)
{
  *blanks = 0;
  for (guint j = i + 1; j < ctx->n_lines; j++)
    {
      if (np_txt_line_is_content (&ctx->lines[j]))
        return j;
      (*blanks)++;
    }
  return -1;
}

/* A copied chat's message header over its message: Teams' "[10:32 AM]
 * Ann Lee", Discord's "ann_lee — Today at 10:32 AM"; an issue's comment
 * header, "mkowal commented on Mar 3".  Asked of a line
 * under another (a new item, not a continuation) and of the first line:
 * standing apart, "12:00 Lunch" may head a section. */
/* An issue's or a pull request's comment header as the page copies it:
 * a handle (in bold at will), then "commented on" and a date, or
 * "commented" and how long ago ("mkowal commented on Mar 3", "bobjones
 * commented 2 days ago", "ppatel commented yesterday", "achen commented
 * Mar 4, 2025") */
static gboolean
comment_header (const char *c, gsize n)
{
  if (n < 16 || n > 80 || !(g_ascii_isalnum (c[0]) || c[0] == '*'))
    return FALSE;
  const char *sp = memchr (c, ' ', MIN (n, (gsize) 42));
  if (sp == NULL || c + n - sp < 14 || memcmp (sp, " commented ", 11) != 0)
    return FALSE;
  for (const char *q = c; q < sp; q++)
    if (!g_ascii_isalnum (*q) && *q != '-' && *q != '_' && *q != '*' && *q != '.')
      return FALSE;
  const char *r = sp + 11;
  gsize rn = c + n - r;
  if (rn > 4 && memcmp (r, "on ", 3) == 0 && (g_ascii_isupper (r[3]) || g_ascii_isdigit (r[3])))
    return TRUE;
  /* the page of late years leaves out the "on": "achen commented Mar 4, 2025" */
  if (rn >= 5 && r[3] == ' ' && g_ascii_isdigit (r[4]))
    {
      static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
      for (guint m = 0; m < 12; m++)
        if (memcmp (r, months + 3 * m, 3) == 0)
          return TRUE;
    }
  static const char *const days[] = { "yesterday", "today", "just now", NULL };
  for (const char *const *d = days; *d; d++)
    if (rn >= strlen (*d) && memcmp (r, *d, strlen (*d)) == 0)
      return TRUE;
  return g_ascii_isdigit (r[0]) && g_strstr_len (r, rn, " ago") != NULL;
}

gboolean
np_txt_is_chat_copy_header (const char *c, gsize n)
{
  return np_text_chat_sender_line (c, n, NULL, NULL, NULL) || comment_header (c, n);
}

/* Is line i the badge an issue's page shows over a comment's header, as
 * the page copies it ("Member", "Contributor" alone on the line above
 * "achen commented Mar 4, 2025")?  It says what the author is to the
 * project, no part of the notes. */
gboolean
np_txt_is_comment_badge (const NpReadContext *ctx, guint i)
{
  static const char *const badges[] = { "Member", "Owner", "Contributor", "Collaborator", "Author",
                                        "First-time contributor", "Maintainer", NULL };
  const NpLine *l = &ctx->lines[i];
  if (i + 1 >= ctx->n_lines || l->content_len < 5 || l->content_len > 22 || !g_ascii_isupper (l->content[0]))
    return FALSE;
  gboolean badge = FALSE;
  for (const char *const *b = badges; *b && !badge; b++)
    badge = strlen (*b) == l->content_len && memcmp (*b, l->content, l->content_len) == 0;
  const NpLine *next = &ctx->lines[i + 1];
  return badge && comment_header (next->content, next->content_len);
}

/* A saved chat's message header ("10:32:05 From Alice to Everyone:") */
gboolean
np_txt_is_chat_header (const NpLine *l)
{
  return l->content_len > 0 && g_ascii_isdigit (l->content[0])
         && np_text_chat_header (l->content, l->content_len, NULL, NULL) > 0;
}

/* A chat log's line, at will after its time: "<nick> ...", "14:02:30
 * <nick> ..." */
gboolean
np_txt_opens_chat_line (const NpLine *l)
{
  const char *c = l->content;
  gsize n = l->content_len;
  gsize time = n && c[0] != '<' ? np_text_time_prefix (c, n) : 0;
  return time < n && c[time] == '<' && np_starts_with_speaker_label (c, n);
}

/* A transcript's or chat log's turn, which a short line without a full
 * stop may be as well as a heading: "Alice: hi", "[10:32] Bob: ok",
 * "<nick> sure", "[carol] fine", WeeChat's "10:32:05<TAB>nick<TAB>sure".  "Keynote: The Future of Go" (the speech
 * capitalized) may still head a section. */
gboolean
np_txt_is_turn_line (const NpLine *l)
{
  const char *c = l->content;
  gsize n = l->content_len;
  if (np_line_is_speaker_time (c, n) || np_txt_is_chat_header (l) || np_text_tab_log_line (c, n, NULL, NULL))
    return TRUE;
  if (!np_starts_with_speaker_label (c, n))
    return FALSE;
  gsize time = np_text_time_prefix (c, n);
  if (time || c[0] == '<' || c[0] == '[' || c[0] == '@')
    return TRUE;
  const char *colon = memchr (c, ':', n);
  if (colon == NULL || colon + 2 >= c + n || colon[1] != ' ')
    return FALSE;
  /* speech in the first person ("Ferdy: I can write ..."), or not
   * capitalized, is no title's */
  const char *s = colon + 2;
  return !g_ascii_isupper (s[0]) || (s[0] == 'I' && s + 1 < c + n && (s[1] == ' ' || s[1] == '\''));
}

/* The shape of an outline's numbered heading: "1. Call to order" at the
 * margin, a blank line, then its text indented ("    The meeting was
 * ...", board minutes), rather than an item whose lines wrap. */
gboolean
np_txt_numbered_heading_shape (NpReadContext *ctx, guint i, const NpBullet *bullet)
{
  const NpLine *l = &ctx->lines[i];
  if (bullet->kind != NP_ITEM_NUMBERED || bullet->marker != '1' || l->indent > 0 || bullet->text_len == 0
      || bullet->text_len > 60 || np_txt_count_words (bullet->text, bullet->text_len) > 8
      || np_txt_ends_sentence (bullet->text, bullet->text_len) || bullet->text[bullet->text_len - 1] == ':'
      || !g_unichar_isupper (g_utf8_get_char_validated (bullet->text, bullet->text_len)))
    return FALSE;
  guint blanks;
  gint j = np_txt_next_content (ctx, i, &blanks);
  return j >= 0 && blanks > 0 && ctx->lines[j].indent >= (guint) (bullet->text - l->content);
}

/* An editor's export that loses the indentation tells a list's levels
 * by its glyphs, in the order the editors nest them: Google Docs' ● ○ ■,
 * • ◦ ▪, and a Word document's Symbol, Courier and Wingdings bullets
 * (U+F0B7, "o", U+F0A7; "l" and "§" where the font's mapping is lost)
 * as its PDF's text keeps them.  The glyph's rank
 * (0-2), or -1 for any other marker. */
gint
np_txt_glyph_rank (gunichar g)
{
  switch (g)
    {
    case 0x25CF: /* ● */
    case 0x2022: /* • */
    case 0xF0B7:
    case 'l': /* Wingdings' circle, its font's mapping lost */
      return 0;
    case 0x25CB: /* ○ */
    case 0x25E6: /* ◦ */
    case 'o':
      return 1;
    case 0x25A0: /* ■ */
    case 0x25AA: /* ▪ */
    case 0xF0A7:
    case 0x00A7: /* § */
      return 2;
    }
  return -1;
}

/* A heading line's title: without a final colon, and a banner's without
 * its rules ("===== FULL MEETING MINUTES =====") */
const char *
np_txt_heading_title (const NpLine *l, gsize *len)
{
  const char *t = l->content;
  gsize n = l->content_len;
  if (n > 1 && t[n - 1] == ':')
    n--;
  gsize lead = 0, tail = 0;
  while (lead < n && t[lead] == t[0] && strchr ("=-*~#", t[0]))
    lead++;
  while (tail < n - lead && t[n - 1 - tail] == t[0])
    tail++;
  if (lead >= 3 && tail >= 3 && lead + tail < n)
    {
      const char *w = t + lead;
      gsize wn = n - lead - tail;
      while (wn > 0 && *w == ' ')
        w++, wn--;
      while (wn > 0 && w[wn - 1] == ' ')
        wn--;
      if (wn > 0)
        {
          *len = wn;
          return w;
        }
      /* rules alone: the line as it is */
      *len = l->content_len;
      return l->content;
    }
  *len = n;
  return t;
}

/* Is what follows the line's label speech, a word in lower case among
 * it ("Dwayne: I went through the ops"), not people or their company
 * ("Engineering: Ann Lee, Bo Chen", "Alice Smith: Google")? */
gboolean
np_txt_speech_after_label (const NpLine *l)
{
  const char *colon = memchr (l->content, ':', l->content_len), *e = l->content + l->content_len;
  if (colon == NULL)
    return FALSE;
  for (const char *p = colon + 1; p < e; p++)
    if ((p[-1] == ' ' || p[-1] == ',') && g_ascii_islower (*p) && !np_text_name_particle (p, e - p))
      return TRUE;
  return FALSE;
}

/* Does line i open with a speaker's label that opens a later line too
 * ("Dwayne: I went through the ops" first, "Dwayne: ..." further down):
 * notes that start with their first turn have no title line */
gboolean
np_txt_label_recurs (const NpReadContext *ctx, guint i)
{
  const NpLine *l = &ctx->lines[i];
  const char *colon = memchr (l->content, ':', MIN (l->content_len, (gsize) 40));
  if (colon == NULL || colon == l->content || !np_starts_with_speaker_label (l->content, l->content_len))
    return FALSE;
  gsize n = colon - l->content + 1;
  for (guint j = i + 1; j < ctx->n_lines; j++)
    if (ctx->lines[j].content_len > n && memcmp (ctx->lines[j].content, l->content, n) == 0)
      return TRUE;
  return FALSE;
}

/* Is line i a note in brackets and nothing else, words in it ("[adjourned]",
 * "[End of minutes]"; no reference's "[3]"), or a scribe's aside in
 * parentheses ("(laughter)", "(break until 14:00)") where no line in lower
 * case goes on after it (a wrap's "(in milliseconds)" over "is large")? */
gboolean
np_txt_bracket_note (const NpReadContext *ctx, guint i)
{
  const NpLine *l = &ctx->lines[i];
  const char *c = l->content;
  gsize n = l->content_len;
  if (n < 5 || n > 40)
    return FALSE;
  char open = c[0], close = open == '[' ? ']' : open == '(' ? ')' : 0;
  if (close == 0 || c[n - 1] != close || memchr (c + 1, close, n - 2) || memchr (c + 1, open, n - 2))
    return FALSE;
  if (open == '(' && i + 1 < ctx->n_lines && ctx->lines[i + 1].content_len
      && g_ascii_islower (ctx->lines[i + 1].content[0]))
    return FALSE;
  guint letters = 0;
  for (gsize k = 1; k + 1 < n; k++)
    letters += g_ascii_isalpha (c[k]) != 0;
  return letters >= 3;
}

/* The first dash with a space each side in s (n bytes), "Ann Lee - Google",
 * "Jane Ortiz -- Vice President" (an earnings call's participants), an en
 * or em dash; or NULL */
const char *
np_txt_spaced_dash (const char *s, gsize n)
{
  for (const char *p = memchr (s, ' ', n); p && p + 2 < s + n; p = memchr (p + 1, ' ', s + n - p - 1))
    {
      gsize k = p[1] == '-' ? (p[2] == '-' ? 2 : 1)
                : (s + n - p >= 5 && (memcmp (p + 1, "\xe2\x80\x93", 3) == 0 || memcmp (p + 1, "\xe2\x80\x94", 3) == 0)) ? 3
                : 0;
      if (k && p + 1 + k < s + n && p[1 + k] == ' ')
        return p;
    }
  return NULL;
}

/* Does line i stand apart from the item that opened at line first (0-based)
 * and holds the lines up to i - 1?
 * - A quotation's "> " line under an item that is none: wrapped text
 *   never opens with it (a chat copy's header over a reply's quote is
 *   the item's).
 * - A line set out at a list item's first line's column or left of it,
 *   where the item's lines after the first all stand under its text
 *   after the glyph ("o Cherry: ... and" over "  small fixes, ...", then
 *   "Everyone agreed ..." at the margin): the export wraps an item's
 *   lines at one column.  bullet: the item is a list item. */
gboolean
np_txt_apart_from_item (NpReadContext *ctx, guint i, guint first, gboolean bullet)
{
  const NpLine *l = &ctx->lines[i];
  const NpLine *head = &ctx->lines[first];
  /* (a chat copy's reply quotes the message it answers under the
   * sender's header: "Ann Lee — Today at 10:38 AM" over "> ...") */
  if (l->content_len > 2 && l->content[0] == '>' && l->content[1] == ' ' && head->content[0] != '>')
    return i > first + 1 || !np_txt_is_chat_copy_header (head->content, head->content_len);
  if (!bullet || i < first + 2)
    return FALSE;
  /* the wrap column: the column of the item's text after its glyph, and
   * every line after the first there (a quotation indented inside a
   * paragraph, a line the export indented by chance, are none) */
  const char *c = head->content, *ce = c + head->content_len;
  while (c < ce && *c != ' ')
    c++;
  guint wrap = head->indent + (guint) g_utf8_strlen (head->content, c - head->content);
  while (c < ce && *c == ' ')
    c++, wrap++;
  if (c >= ce || wrap <= head->indent)
    return FALSE;
  for (guint k = first + 1; k < i; k++)
    if (ctx->lines[k].indent != wrap)
      return FALSE;
  return l->indent <= head->indent;
}

