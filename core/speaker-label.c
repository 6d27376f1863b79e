/* speaker-label.c: the speaker's label a line opens with, shared by both
 * readers: "Name: ", "ABC (summary): ", "[name] ", "<nick> ",
 * "**Name**: ", a transcript's numbered voice ("Speaker 2: "), a
 * parliament's office, a hearing's record; and a note-taker's aside or
 * an IRC queue command, which no turn's text wraps onto.  (bullets.c has
 * the list markers and the debris of page breaks.) */
#include "config.h"

#include <string.h>

#include "bullets.h"
#include "notepipe/np-text.h"
#include "text-private.h"

/* A chat nickname or handle character: IRC's set without the brackets */
static inline gboolean
is_nick_char (char c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '-' || c == '.' || c == '|' || c == '^' || c == '`';
}

/* content opens with n (1 to max) nickname characters followed by stop;
 * returns the index after stop, or 0 */
static gsize
nick_then (const char *content, gsize len, gsize from, gsize max, char stop)
{
  gsize i = from;
  while (i < len && i - from < max && is_nick_char (content[i]))
    i++;
  return i > from && i < len && content[i] == stop ? i + 1 : 0;
}

/* content opens with a nickname as an IRC bridge names a Matrix user,
 * "[m]" after it ("kofi[m]"), followed by stop; returns the index after
 * stop, or 0 */
static gsize
bridged_nick_then (const char *content, gsize len, gsize from, char stop)
{
  gsize i = nick_then (content, len, from, 32, '[');
  return i && i + 2 < len && content[i] == 'm' && content[i + 1] == ']' && content[i + 2] == stop ? i + 3 : 0;
}

/* After a name, a qualifier in parentheses or brackets and the colon: " (0:02:15): ",
 * " [00:01:23]: ", " (via chat): "; i is at the space */
static gboolean
qualifier_then_colon (const char *content, gsize len, gsize i)
{
  if (i + 3 >= len || content[i] != ' ' || (content[i + 1] != '(' && content[i + 1] != '['))
    return FALSE;
  char close = content[i + 1] == '(' ? ')' : ']';
  const char *end = memchr (content + i + 2, close, MIN (len - i - 2, 32));
  if (end == NULL || end == content + i + 2)
    return FALSE;
  gsize j = end - content + 1;
  return j + 1 < len && content[j] == ':' && content[j + 1] == ' ';
}

/* "*Name*: ", "**Name**: ", "**Name:** ", "__Name__: " and "__Name:__ ",
 * and with a qualifier before the colon: "**Name** (0:02:15): " */
static gboolean
emphasis_label (const char *content, gsize len)
{
  char c = content[0];
  gsize d = len > 2 && content[1] == c ? 2 : 1;
  /* a _word_ is rarely a name: "_Carol_: " and "_Carol:_ " only, in
   * Title case and with no qualifier before the colon ("_see_: " is no
   * turn) */
  gboolean plain = d == 1 && c == '_';
  if (plain && !g_ascii_isupper (content[1]))
    return FALSE;
  char closing[3] = { c, c, '\0' };
  closing[d] = '\0';
  const char *close = g_strstr_len (content + d, MIN (len - d, 48), closing);
  if (!close || close == content + d || close[-1] == ' ')
    return FALSE;
  gsize i = close - content + d;
  if (close[-1] == ':') /* the colon inside the emphasis */
    return i + 1 < len && content[i] == ' ';
  /* two people, each in bold: "**Danny Ryan** and **Marius Olander**: " */
  static const char *const joins[] = { " and ", " & ", " / ", ", ", NULL };
  for (const char *const *j = joins; *j && !plain; j++)
    {
      gsize jn = strlen (*j);
      if (i + jn + d < len && memcmp (content + i, *j, jn) == 0 && content[i + jn] == c)
        return emphasis_label (content + i + jn, len - i - jn);
    }
  return (i + 1 < len && content[i] == ':' && content[i + 1] == ' ') || (!plain && qualifier_then_colon (content, len, i));
}

/* "Mr", "MRS", "Dr", "Prof", French "M" (Monsieur): a title of address
 * before a name */
static gboolean
is_address_title (const char *w, gsize n)
{
  if (n == 1 && w[0] == 'M')
    return TRUE;
  static const char *const titles[] = { "mr", "mrs", "ms", "mx", "dr", "prof", NULL };
  for (const char *const *t = titles; *t; t++)
    if (strlen (*t) == n && g_ascii_strncasecmp (w, *t, n) == 0)
      return TRUE;
  /* other languages' ("Dña.", "Sra.", "Dott.", "Mevr.") */
  gboolean office = TRUE;
  return n >= 2 && np_text_is_title (w, n, &office) && !office;
}

/* A letter of a script without case (Chinese, Japanese, Korean), or
 * the middle dot of a Japanese name in katakana ("ジョン・スミス") */
static gboolean
is_caseless_letter (gunichar u)
{
  return u == 0x30FB || (u >= 0x2E80 && g_unichar_isalpha (u) && !g_unichar_isupper (u) && !g_unichar_islower (u));
}

/* "李明：我们开始吧", "田中: 了解": one to eight letters of a script
 * without case, then a full-width colon, or ':' and a space */
static gboolean
caseless_name_label (const char *content, gsize len)
{
  gsize i = 0;
  guint letters = 0;
  while (i < len && letters <= 8)
    {
      gunichar u = g_utf8_get_char_validated (content + i, len - i);
      if (u == (gunichar) -1 || u == (gunichar) -2 || !is_caseless_letter (u))
        break;
      i = g_utf8_next_char (content + i) - content;
      letters++;
    }
  if (letters == 0 || letters > 8)
    return FALSE;
  if (i + 3 < len && memcmp (content + i, "\xef\xbc\x9a", 3) == 0)
    return TRUE;
  return i + 2 < len && content[i] == ':' && content[i + 1] == ' ';
}

gsize
np_text_name_particle (const char *s, gsize len)
{
  static const char *const particles[] = { "de", "da", "di", "du", "del", "della", "der", "den", "van", "von",
                                           "la", "le", "bin", "al", "dos", "das", "ter", "ten", NULL };
  if (len < 4 || !g_ascii_islower (s[0]))
    return 0;
  for (const char *const *p = particles; *p; p++)
    {
      gsize n = strlen (*p);
      /* W3C's nicknames write the spaces as underscores: "Pieter_de_Vries" */
      if (n + 2 > len || memcmp (s, *p, n) != 0 || (s[n] != ' ' && s[n] != '_'))
        continue;
      if (g_ascii_isupper (s[n + 1]))
        return n + 1;
      /* "de la Cruz": a run of particles before the capital */
      gsize more = np_text_name_particle (s + n + 1, len - n - 1);
      return more ? n + 1 + more : 0;
    }
  return 0;
}

/* The noun of an unnamed voice after a word that says whose, with its
 * colon and a space ("speaker: " of "Unidentified speaker: ", "member: "
 * of "Audience member: "): the noun's length, or 0 */
static gsize
voice_noun (const char *s, gsize len)
{
  static const char *const nouns[] = { "speaker", "member", "participant", "comment", "question", NULL };
  for (const char *const *p = nouns; *p; p++)
    {
      gsize n = strlen (*p);
      if (n + 2 <= len && memcmp (s, *p, n) == 0 && s[n] == ':' && s[n + 1] == ' ')
        return n;
    }
  return 0;
}

/* A transcript's numbered voice, its holder in parentheses at will, then
 * a colon and a space: "Speaker 2: ", "Panelist 1 (Omar Haddad): " (the
 * voice's word at s, n bytes, the number at s[n + 1]).  "Step 2:" and
 * "Day 3:" are no voices. */
static gboolean
numbered_voice_label (const char *s, gsize n, gsize len)
{
  if (!np_text_voice_word (s, n))
    return FALSE;
  gsize i = n + 1, digits = 0;
  while (i < len && g_ascii_isdigit (s[i]) && digits < 4)
    i++, digits++;
  if (digits == 0 || digits > 3)
    return FALSE;
  if (i + 2 < len && s[i] == ' ' && s[i + 1] == '(')
    {
      const char *close = memchr (s + i, ')', MIN (len - i, 48));
      if (close == NULL)
        return FALSE;
      i = close - s + 1;
    }
  return i + 1 < len && s[i] == ':' && s[i + 1] == ' ';
}

/* "KRHU:Nordvik supports ...", "CMV:Okay": an abbreviation of two to
 * five capitals whose colon the typist did not follow with a space, at
 * content[0, colon), a capital after the colon; or a first name in Title
 * case, then a word in Title case ("Kofi:Two of them") */
static gboolean
abbreviation_glued (const char *content, gsize colon)
{
  if (colon < 2 || colon > 20 || !g_ascii_isupper (content[colon + 1]))
    return FALSE;
  gboolean name = g_ascii_islower (content[1]) && g_ascii_islower (content[colon + 2]);
  for (gsize k = 1; k < colon && name; k++)
    name = g_ascii_islower (content[k]);
  if (name)
    return TRUE;
  if (colon > 5)
    return FALSE;
  for (gsize k = 0; k < colon; k++)
    if (!g_ascii_isupper (content[k]))
      return FALSE;
  return TRUE;
}

/* A question relayed from a medium or a person, its label before the
 * colon: "Q from IRC (kdimi): ...", "Question from YouTube (Priya): ...",
 * "Comment via Zoom: ..." (up to four words after "from" or "via") */
static gboolean
relayed_question (const char *content, gsize len)
{
  static const char *const labels[] = { "Q from ", "Q via ", "Question from ", "Question via ", "Comment from ",
                                        "Comment via ", NULL };
  for (const char *const *l = labels; *l; l++)
    {
      gsize n = strlen (*l);
      if (len <= n + 3 || memcmp (content, *l, n) != 0)
        continue;
      const char *colon = memchr (content + n, ':', MIN (len - n, (gsize) 64));
      if (colon == NULL || colon + 1 >= content + len || colon[1] != ' ')
        return FALSE;
      guint spaces = 0;
      for (const char *p = content + n; p < colon; p++)
        spaces += *p == ' ';
      return spaces <= 3 && !memchr (content + n, '.', colon - content - n);
    }
  return FALSE;
}

/* "The Minister for Transport: ", "The Secretary of State for Health and
 * Social Care (Wes Streeting): ": np_text_office_of_words() before the
 * colon, or before a parenthesis of two to five capitalized words and
 * the colon (within 112 bytes) */
static gboolean
office_label (const char *content, gsize len)
{
  if (len < 12 || memcmp (content, "The ", 4) != 0)
    return FALSE;
  const char *colon = memchr (content, ':', MIN (len, (gsize) 112));
  if (colon == NULL || colon + 1 >= content + len || colon[1] != ' ')
    return FALSE;
  const char *end = colon;
  if (end[-1] == ')')
    {
      const char *open = memchr (content, '(', end - content);
      if (open == NULL || open < content + 6 || open[-1] != ' ')
        return FALSE;
      guint words = 0;
      for (const char *w = open + 1; w < end - 1; words++)
        {
          if (!g_ascii_isupper (*w))
            return FALSE;
          while (w < end - 1 && *w != ' ')
            w++;
          while (w < end - 1 && *w == ' ')
            w++;
        }
      if (words < 2 || words > 5)
        return FALSE;
      end = open - 1;
    }
  return np_text_office_of_words (content, end - content);
}

/* The bytes of "and ", "et ", "und ", "y ", "& ", "+ " or "/ " opening
 * s before a capital, or 0 */
static gsize
conjunction (const char *s, gsize n)
{
  static const char *const words[] = { "and ", "et ", "und ", "y ", "& ", "+ ", "/ ", NULL };
  for (const char *const *w = words; *w; w++)
    {
      gsize k = strlen (*w);
      if (n > k && memcmp (s, *w, k) == 0 && (g_ascii_isupper (s[k]) || (guchar) s[k] >= 0xc3))
        return k;
    }
  return 0;
}

/* A page's mention of a person by name before the colon (Notion): "@Wen
 * Li: ...", two or three capitalized words after the '@' */
static gboolean
mention_label (const char *c, gsize len)
{
  gsize k = 1;
  for (guint words = 1; words <= 3; words++)
    {
      if (k >= len || !g_ascii_isupper (c[k]))
        return FALSE;
      while (k < len && (g_ascii_isalpha (c[k]) || (guchar) c[k] >= 0x80 || c[k] == '-' || c[k] == '\''))
        k++;
      if (k + 2 < len && c[k] == ':' && c[k + 1] == ' ' && c[k + 2] != ' ')
        return words >= 2;
      if (k >= len || c[k] != ' ')
        return FALSE;
      k++;
    }
  return FALSE;
}

gboolean
np_starts_with_speaker_label (const char *content, gsize len)
{
  /* a pictograph before the label, once */
  gsize symbols = len > 4 && (guchar) content[0] >= 0xe2 ? np_text_pictograph_prefix (content, len, FALSE) : 0;
  if (symbols)
    {
      content += symbols;
      len -= symbols;
    }
  /* "[name] ...", "<nick> ...", "@handle: ...", "**Name**: ...",
   * "**Name:** ...", "Name Surname: ...", "ABC (summary): ...", "DH, AWB: ..." */
  if (len < 3)
    return FALSE;
  /* live captions (CART) mark each change of speaker with ">>", named
   * (">> MAYOR SMITH: ...") or not (">> Thank you.") */
  if (content[0] == '>' && content[1] == '>' && content[2] == ' ')
    return TRUE;
  /* a saved chat's "10:32:05 From Alice Smith to Everyone:" */
  if ((g_ascii_isdigit (content[0]) || content[0] == '[') && np_text_chat_header (content, len, NULL, NULL))
    return TRUE;
  /* a transcript's "[10:32] Name: ..." */
  gsize time = np_text_time_prefix (content, len);
  if (time)
    {
      content += time;
      len -= time;
      if (len < 3)
        return FALSE;
      /* a chat's lowercase nickname after its time: "[10:02] alice: hi",
       * with French typography's space, "[10:02] alice : salut" */
      if (g_ascii_islower (content[0]))
        {
          gsize i = nick_then (content, len, 0, 32, ':');
          if (i == 0 && (i = nick_then (content, len, 0, 32, ' ')) > 0)
            i = i < len && content[i] == ':' ? i + 1 : 0;
          return i && i + 1 < len && content[i] == ' ' && content[i + 1] != ' ';
        }
    }
  /* Hansard's topical question's number before the member: "T1. Fiona
   * MacRae (Argyll and Bute) (SNP): ..." */
  if (content[0] == 'T' && len > 6 && g_ascii_isdigit (content[1]))
    {
      gsize k = 2;
      while (k < 4 && g_ascii_isdigit (content[k]))
        k++;
      if (k + 5 <= len && content[k] == '.' && content[k + 1] == ' ' && g_ascii_isupper (content[k + 2]))
        {
          content += k + 2;
          len -= k + 2;
        }
    }
  if (content[0] == '[')
    {
      /* "[alice] ...", and a host's "[Sanna]: ..." */
      const char *close = memchr (content, ']', MIN (len, 48));
      if (close && close[1] == ':')
        close++;
      return close && close > content + 1 && (gsize) (close - content) + 1 < len && close[1] == ' ';
    }
  /* a phone that dialled in, as meeting tools name it: "+49 30
   * ******12: ...", "**+1 415-555-0100:** ..." */
  if (np_text_phone_label (content, len))
    return TRUE;
  /* a dated entry of a log: "2026-11-07: released ..." */
  if (np_text_date_label (content, len))
    return TRUE;
  /* an anonymous voice: "??: ...", "???: ..." */
  if (content[0] == '?')
    {
      gsize q = 1;
      while (q < len && q < 4 && content[q] == '?')
        q++;
      /* what the scribe knows of the voice: "??? (visio, son coupé) : " */
      if (q >= 2 && q + 2 < len && content[q] == ' ' && content[q + 1] == '(')
        {
          const char *close = memchr (content + q, ')', MIN (len - q, 64));
          q = close ? (gsize) (close - content) + 1 : 0;
          if (q && q + 1 < len && content[q] == ' ' && content[q + 1] == ':')
            q++; /* French typography's space */
        }
      return q >= 2 && q + 1 < len && content[q] == ':' && content[q + 1] == ' ';
    }
  /* a chat log's "<nick> text" (IRC, scribed minutes) */
  if (content[0] == '<')
    {
      /* irssi's "< bob>" and a channel mode: "<@alice>", "<+carol>" */
      gsize from = len > 2 && strchr (" @+%~&", content[1]) ? 2 : 1;
      gsize i = nick_then (content, len, from, 32, '>');
      if (i == 0 && content[1] == '@') /* a Matrix user: "<@alice:matrix.org>" */
        {
          gsize id = np_text_matrix_user (content + 1, len - 1, NULL);
          i = id && 1 + id < len && content[1 + id] == '>' ? id + 2 : 0;
        }
      /* a Matrix user as an IRC bridge names them: "<kofi[m]> ..." */
      if (i == 0)
        i = bridged_nick_then (content, len, from, '>');
      return i && i + 1 < len && content[i] == ' ';
    }
  /* "@handle: text".  Not a lowercase "nick: text": in wrapped prose a
   * line may well open with "website: the docs..." */
  if (content[0] == '@')
    {
      gsize i = nick_then (content, len, 1, 39, ':');
      if (i)
        return i + 1 < len && content[i] == ' ' && content[i + 1] != ' ';
      return mention_label (content, len);
    }
  if ((guchar) content[0] >= 0xe2 && caseless_name_label (content, len))
    return TRUE;
  /* a Matrix user as an IRC bridge names them: "dorota[m]: ..." */
  if (g_ascii_isalnum (content[0]))
    {
      gsize i = bridged_nick_then (content, len, 0, ':');
      if (i && i < len && content[i] == ' ')
        return TRUE;
    }
  /* a verb of taking the floor before the voice: "Interviene Jorge Ruiz:
   * ...", "Responde Dña. Ana Torres: ..." */
  gsize verb = np_text_floor_verb (content, len);
  /* ... or an article and an office in lower case: "La concejala Torres: ...";
   * the office alone, "La presidenta: ..." */
  verb = verb ? verb : np_text_article_office (content, len);
  if (verb == 0 && len > 8 && np_text_article_office_alone (content, len) > 0)
    return TRUE;
  content += verb;
  len -= verb;
  /* a parliament's office with function words, its holder in parentheses
   * at will: "The Minister for Transport: ...", "The Parliamentary
   * Under-Secretary of State for Transport (Guy Opperman): ..." */
  if (content[0] == 'T' && office_label (content, len))
    return TRUE;
  /* a hearing's record: "Mr. NADLER. Thank you, Mr. Chairman." */
  if (g_ascii_isupper (content[0]) && np_text_hearing_mark (content, len, NULL, NULL))
    return TRUE;
  if ((content[0] == 'Q' || content[0] == 'C') && relayed_question (content, len))
    return TRUE;
  gsize i = 0;
  if (len > 4 && (content[0] == '*' || content[0] == '_'))
    return emphasis_label (content, len);
  guint words = 0;
  while (i < len && words < 4)
    {
      /* a surname's particle inside the name: "Mr. de Rivière (France):",
       * "Ursula von der Leyen:" */
      gsize particle = words > 0 ? np_text_name_particle (content + i, len - i) : 0;
      if (particle)
        {
          i += particle;
          continue;
        }
      /* two people: "Ann and Bo: ", "JB et Chloé : ", "Jörg und Özlem: ",
       * "Lucía y Andrés: ", "Nora & Wei: " */
      gsize conj = words > 0 ? conjunction (content + i, len - i) : 0;
      if (conj)
        {
          i += conj;
          continue;
        }
      gunichar u = g_utf8_get_char_validated (content + i, len - i);
      if (u == (gunichar) -1 || u == (gunichar) -2 || !g_unichar_isupper (u))
        /* an unnamed voice of minutes: "Unidentified speaker: " */
        return words == 1 && voice_noun (content + i, len - i) > 0;
      gsize word = i;
      while (i < len && content[i] != ' ' && content[i] != ':' && content[i] != ',' && content[i] != '?')
        {
          /* a sentence, not a name; but "Mr. Smith:", "DR. LEE:" */
          if (content[i] == '.' && i + 1 < len && content[i + 1] == ' ' && !(words == 0 && is_address_title (content + word, i - word)))
            return FALSE;
          i++;
        }
      words++;
      if (i < len && content[i] == '?')
        i++;
      if (i < len && content[i] == ':')
        return i + 1 < len && (content[i + 1] == ' ' || (words == 1 && abbreviation_glued (content, i)));
      if (i + 1 < len && content[i] == ',' && content[i + 1] == ' ')
        i += 2;
      else if (words == 1 && i + 1 < len && content[i] == ' ' && g_ascii_isdigit (content[i + 1]))
        return numbered_voice_label (content + word, i - word, len - word);
      else if (i < len && content[i] == ' ')
        {
          /* French typography's space before the colon: "Chloé : oui" */
          if (i + 3 < len && content[i + 1] == ':' && content[i + 2] == ' ' && content[i + 3] != ' ')
            return TRUE;
          i++;
          /* "ABC (summary):", "Jane Doe (TSC):"; Hansard's constituency
           * and party, "Caroline Lucas (Brighton, Pavilion) (Green):" */
          for (guint k = 0; k < 2 && i < len && content[i] == '('; k++)
            {
              const char *close = memchr (content + i, ')', MIN (len - i, 48));
              if (!close)
                return FALSE;
              i = close - content + 1;
              if (i + 1 < len && content[i] == ':' && content[i + 1] == ' ')
                return TRUE;
              if (i + 1 < len && content[i] == ' ' && content[i + 1] == '(')
                i++;
              else
                return FALSE;
            }
          if (i < len && content[i] == '(')
            return FALSE;
        }
      else
        return FALSE;
    }
  return FALSE;
}

/* An IRC meeting's queue command, the whole line: "q+", "q?", "q-",
 * "q+ to ask about tests", "queue+", "ack dom", "ack dom, then anssi" */
static gboolean
is_queue_command (const char *c, gsize len)
{
  gsize k = len >= 2 && (c[0] == 'q' || c[0] == 'Q') ? 1 : 0;
  if (k && len >= 6 && g_ascii_strncasecmp (c, "queue", 5) == 0)
    k = 5;
  if (k && (c[k] == '+' || c[k] == '-' || c[k] == '?'))
    return k + 1 == len || (len > k + 5 && memcmp (c + k + 1, " to ", 4) == 0);
  if (len < 5 || len > 40 || memcmp (c, "ack ", 4) != 0)
    return FALSE;
  /* a handle or two, nothing of a sentence: no capital word after a
   * handle ("ack the problem and move on" stays prose: three words) */
  guint words = 1;
  for (gsize i = 4; i < len; i++)
    if (c[i] == ' ' && c[i - 1] != ',' && c[i - 1] != ' ')
      words++;
    else if (!g_ascii_isalnum (c[i]) && c[i] != ',' && c[i] != '_' && c[i] != '-' && c[i] != ' ')
      return FALSE;
  return words <= 2 || (words <= 4 && strstr (c, ", then ") != NULL);
}

/* A meeting bot's command opening the line, as IRC meetings and the
 * etherpads beside them write them: "#link https://...", "#info ...",
 * "#agreed ...", "#action ...", "#topic ..." */
static gboolean
is_bot_command (const char *c, gsize len)
{
  static const char *const commands[] = { "#link ", "#info ", "#agreed ", "#action ", "#topic ", "#idea ",
                                          "#help ", "#undo", "#startmeeting", "#endmeeting", NULL };
  for (const char *const *k = commands; *k; k++)
    if (len >= strlen (*k) && g_ascii_strncasecmp (c, *k, strlen (*k)) == 0)
      return TRUE;
  return FALSE;
}

gboolean
np_line_is_scribe_aside (const char *content, gsize len)
{
  static const char *const labels[] = { "note-taker", "notetaker", "note taker", "scribe", "scribe note", "note",
                                        "ed.", "ed", "editor's note", "minute taker", "minute-taker", NULL };
  if (len >= 2 && len <= 40 && (content[0] == 'q' || content[0] == 'Q' || content[0] == 'a')
      && is_queue_command (content, len))
    return TRUE;
  if (len >= 5 && content[0] == '#' && g_ascii_isalpha (content[1]) && is_bot_command (content, len))
    return TRUE;
  if (len < 8 || content[0] != '(' || content[len - 1] != ')')
    return FALSE;
  const char *colon = memchr (content, ':', MIN (len, (gsize) 18));
  if (colon == NULL)
    return FALSE;
  gsize n = colon - content - 1;
  for (const char *const *l = labels; *l; l++)
    if (strlen (*l) == n && g_ascii_strncasecmp (content + 1, *l, n) == 0)
      return TRUE;
  return FALSE;
}
