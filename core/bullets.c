/* bullets.c: list markers and page-break debris, shared by both readers.
 *
 * PDF and document-editor exports write nested bullets as glyph runs
 * ("- o text", "• text", "▪ text") and leave lone glyphs or page numbers
 * on lines of their own at page breaks. */
#include "config.h"

#include <string.h>

#include "bullets.h"
#include "notepipe/np-text.h"
#include "text-private.h"

static gboolean
is_glyph (gunichar u)
{
  switch (u)
    {
    case 0x2022: /* • */
    case 0x25E6: /* ◦ */
    case 0x25AA: /* ▪ */
    case 0x25AB: /* ▫ */
    case 0x2023: /* ‣ */
    case 0x00B7: /* · */
    case 0x25CF: /* ● */
    case 0x25CB: /* ○ */
    case 0x25A0: /* ■ */
    case 0x25A1: /* □ */
    case 0x2013: /* – */
    case 0x2014: /* — */
    case 0x25BA: /* ► */
    case 0x27A2: /* ➢ */
    case 0x27A4: /* ➤ */
    case 0x2043: /* ⁃ */
    case 0x25C6: /* ◆ */
    case 0x25C7: /* ◇ */
    case 0x2756: /* ❖ */
    case 0x25B6: /* ▶ */
    case 0x25B8: /* ▸ */
    case 0x25B9: /* ▹ */
    case 0x2219: /* ∙ */
    case 0x2794: /* ➔ */
    case 0x2713: /* ✓: done items of a checklist */
    case 0x2714: /* ✔ */
    case 0x2717: /* ✗ */
    case 0x2610: /* ☐ */
    case 0x2611: /* ☑ */
    case 0x2612: /* ☒ */
    case 0xF0B7: /* Symbol-font bullet from Word exports */
    case 0xF0A7: /* Wingdings square */
    case 0x00A7: /* § (the same square, its font's mapping lost) */
    case 0xF0D8: /* Wingdings arrowhead (➢) */
    case 0xF076: /* Wingdings ❖ */
    case 0xF0FC: /* Wingdings check mark */
    case 0x30FB: /* ・ Japanese notes' bullet (katakana middle dot) */
    case 0xFF65: /* ･ its half-width form */
    case 0x25CE: /* ◎ */
      return TRUE;
    }
  return FALSE;
}

/* One marker at p: returns its byte length (0 if none) and the glyph. */
static gsize
one_marker (const char *p, const char *end, gboolean first, gboolean ascii_o, gunichar *glyph, NpItemKind *kind)
{
  if (p >= end)
    return 0;
  guchar c = *p;
  gsize n = 0;
  *kind = NP_ITEM_BULLET;
  /* plain text's arrow, "-> Priya will email her", "=> decided": the
   * arrow's glyph (U+2192) */
  if ((c == '-' || c == '=') && ascii_o && first && p + 2 < end && p[1] == '>' && p[2] == ' ')
    {
      n = 2;
      c = 0;
      *glyph = 0x2192;
    }
  else if (c == '-' || c == '*' || c == '+')
    n = 1;
  else if ((c == 'o' || c == 'O') && ascii_o)
    n = 1;
  /* a Word document's Wingdings bullets as a PDF's text keeps them when
   * the font's mapping is lost: "l" its filled circle, first on a line
   * of plain text only */
  else if (c == 'l' && ascii_o && first)
    n = 1;
  else if (c == '[' && first && ascii_o && end - p > 4 && (p[1] == ' ' || p[1] == 'x' || p[1] == 'X') && p[2] == ']')
    {
      /* a plain-text checklist's box with no bullet before it: "[ ] send
       * it", "[x] sent", read as the box glyph ("☐", "☑") */
      n = 3;
      c = 0;
      *glyph = p[1] == ' ' ? 0x2610 : 0x2611;
    }
  else if (c >= 0x80)
    {
      gunichar u = g_utf8_get_char_validated (p, end - p);
      /* "§ 3.2 says ..." cites a section */
      gboolean section = u == 0x00A7 && p + 3 < end && g_ascii_isdigit (p[3]);
      if (u != (gunichar) -1 && u != (gunichar) -2 && is_glyph (u) && !section)
        {
          n = g_utf8_skip[c];
          c = 0;
          *glyph = u;
        }
    }
  else if (first && g_ascii_isdigit (c))
    {
      gsize d = 0;
      while (p + d < end && g_ascii_isdigit (p[d]) && d < 4)
        d++;
      if (d < 4 && p + d < end && (p[d] == '.' || p[d] == ')'))
        {
          n = d + 1;
          *kind = NP_ITEM_NUMBERED;
          c = '1';
        }
    }
  else if (first && g_ascii_islower (c) && p + 1 < end
           && (p[1] == ')' || (p[1] == '.' && ascii_o && c <= 'f')))
    {
      /* a) b) c), and in plain text a. to f. (not "p. 12" or "i. e."
       * opening a wrapped line) */
      n = 2;
      *kind = NP_ITEM_NUMBERED;
      c = 'a';
    }
  if (n == 0)
    return 0;
  /* a marker is followed by white space (or ends the line: debris);
   * Japanese writes no space after its bullet ("・鈴木：...") */
  gboolean cjk_dot = *glyph == 0x30FB || *glyph == 0xFF65;
  if (p + n < end && p[n] != ' ' && p[n] != '\t' && !(cjk_dot && (guchar) p[n] >= 0xe3))
    return 0;
  if (c)
    *glyph = c;
  return n;
}

gboolean
np_parse_bullet (const char *content, gsize len, gboolean plain_text, NpBullet *b)
{
  const char *p = content, *end = content + len;
  memset (b, 0, sizeof *b);
  gboolean first = TRUE;
  for (;;)
    {
      gunichar glyph = 0;
      NpItemKind kind;
      /* 'o' counts as a glyph in plain-text exports, and after another marker */
      gsize n = one_marker (p, end, first, plain_text || !first, &glyph, &kind);
      if (n == 0)
        break;
      if (p + n >= end)
        {
          /* marker with nothing after it */
          if (first)
            return FALSE;
          break;
        }
      if (first)
        {
          b->marker = glyph;
          b->kind = kind;
        }
      b->glyphs++;
      p += n;
      while (p < end && (*p == ' ' || *p == '\t'))
        p++;
      first = FALSE;
      if (kind == NP_ITEM_NUMBERED || !plain_text)
        break; /* Markdown nests by indentation only */
    }
  if (b->glyphs == 0)
    return FALSE;
  /* a task list's box: "- [ ] send the notes", "- [x] done" (GitHub's
   * Markdown, and editors' exports); the box alone is no task */
  if (end - p > 4 && p[0] == '[' && (p[1] == ' ' || p[1] == 'x' || p[1] == 'X') && p[2] == ']' && p[3] == ' ')
    {
      const char *t = p + 4;
      while (t < end && (*t == ' ' || *t == '\t'))
        t++;
      if (t < end)
        {
          b->task = NP_ITEM_TASK | (p[1] == ' ' ? 0 : NP_ITEM_TASK_DONE);
          b->box_len = (guint8) (t - p);
          p = t;
        }
    }
  /* a checklist's box as the marker: "☐ send it", "☑ sent", "☒ sent" */
  else if (b->marker == 0x2610)
    b->task = NP_ITEM_TASK;
  else if (b->marker == 0x2611 || b->marker == 0x2612)
    b->task = NP_ITEM_TASK | NP_ITEM_TASK_DONE;
  b->text = p;
  b->text_len = end - p;
  return TRUE;
}

gboolean
np_is_debris (const char *content, gsize len)
{
  if (len == 0 || len > 12)
    return FALSE;
  const char *p = content, *end = content + len;
  gboolean digits_only = TRUE, digits = FALSE;
  while (p < end)
    {
      gunichar u = g_utf8_get_char_validated (p, end - p);
      if (u == (gunichar) -1 || u == (gunichar) -2)
        return FALSE;
      if (!(u == ' ' || u == '-' || u == '*' || u == 'o' || u == 'O' || is_glyph (u) || g_ascii_isdigit (u)
            || u == 0x0C))
        return FALSE;
      if (!g_ascii_isdigit (u))
        digits_only = FALSE;
      else
        digits = TRUE;
      p = g_utf8_next_char (p);
    }
  /* a lone page number: at most 3 digits */
  if (digits_only)
    return len <= 3;
  /* digits among other signs are words ("10-12" wrapped from "June"),
   * or a page's number the page reader knows ("- 3 -") */
  if (digits)
    return FALSE;
  /* "o", "•", "- o": glyphs only, no letters except o/O as glyphs */
  return len <= 6;
}

gboolean
np_is_rule (const char *content, gsize len, char *ch)
{
  if (len < 3)
    return FALSE;
  char c = 0;
  guint n = 0;
  for (gsize i = 0; i < len; i++)
    {
      if (content[i] == ' ')
        continue;
      if (content[i] != '-' && content[i] != '=' && content[i] != '*' && content[i] != '_' && content[i] != '~')
        return FALSE;
      if (c && content[i] != c)
        return FALSE;
      c = content[i];
      n++;
    }
  if (n < 3)
    return FALSE;
  if (ch)
    *ch = c;
  return TRUE;
}
