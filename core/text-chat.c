/* text-chat.c: the shapes of a copied chat's lines that the core's
 * readers and plugins share (np-text.h): a sender's line and a message's
 * header (time, name, "From ... to Everyone:"), a speaker over the time
 * of a transcript, an IRC nick, a Matrix user, a tab-separated log's
 * line, a thread's reply arrow before the sender, the pictographs a
 * template sets before a speaker, a message's reactions under it. */
#include "config.h"

#include <string.h>

#include "bullets.h"
#include "notepipe/np-text.h"
#include "text-private.h"

/* Is u an arrow of Unicode's arrow blocks ("→", "↳", "↪", "⟶", "⤷")? */
static gboolean
is_arrow (gunichar u)
{
  return (u >= 0x2190 && u <= 0x21ff) || (u >= 0x27f0 && u <= 0x27ff) || (u >= 0x2900 && u <= 0x297f);
}

gsize
np_text_reply_arrow (const char *s, gsize len)
{
  if (len < 5 || (guchar) s[0] != 0xe2)
    return 0;
  gunichar u = g_utf8_get_char_validated (s, len);
  if (u == (gunichar) -1 || u == (gunichar) -2 || !is_arrow (u))
    return 0;
  gsize k = g_utf8_next_char (s) - s;
  if (k >= len || s[k] != ' ')
    return 0;
  while (k < len && s[k] == ' ')
    k++;
  return k < len ? k : 0;
}

gsize
np_text_pictograph_prefix (const char *s, gsize len, gboolean arrows)
{
  gsize k = 0;
  guint symbols = 0;
  while (k < len && symbols < 4)
    {
      gunichar u = g_utf8_get_char_validated (s + k, len - k);
      if (u == (gunichar) -1 || u == (gunichar) -2)
        return 0;
      if (u == 0xfe0f || u == 0x200d) /* a variation selector, a joiner */
        ;
      else if (g_unichar_type (u) == G_UNICODE_OTHER_SYMBOL || (arrows && is_arrow (u)))
        symbols++; /* the arrows' blocks hold math symbols (Sm) too */
      else
        break;
      k = g_utf8_next_char (s + k) - s;
    }
  if (symbols == 0 || k >= len || s[k] != ' ')
    return 0;
  while (k < len && s[k] == ' ')
    k++;
  return k < len ? k : 0;
}

/* Bytes of one reaction's emoji at s: a shortcode (":thumbsup:",
 * ":+1:", ":white_check_mark:") or pictographs ("👍", "🎉", "👍🏽"),
 * or 0 */
static gsize
reaction_emoji (const char *s, gsize len)
{
  if (s[0] == ':')
    {
      gsize k = 1;
      while (k < len && k <= 40 && (g_ascii_isalnum (s[k]) || s[k] == '_' || s[k] == '-' || s[k] == '+'))
        k++;
      return k > 1 && k < len && s[k] == ':' ? k + 1 : 0;
    }
  gsize k = 0;
  while (k < len && s[k] != ' ')
    {
      gunichar u = g_utf8_get_char_validated (s + k, len - k);
      if (u == (gunichar) -1 || u == (gunichar) -2)
        return 0;
      /* a pictograph, its skin tone (a modifier symbol), a variation
       * selector or a joiner */
      if (!(g_unichar_type (u) == G_UNICODE_OTHER_SYMBOL || g_unichar_type (u) == G_UNICODE_MODIFIER_SYMBOL
            || u == 0xfe0f || u == 0x200d))
        return 0;
      k = g_utf8_next_char (s + k) - s;
    }
  return k;
}

gboolean
np_text_reactions_line (const char *s, gsize len)
{
  /* a shortcode's colon or a pictograph's lead byte first: most lines
   * are decided by their first byte */
  if (len < 3 || len > 160 || (s[0] != ':' && (guchar) s[0] < 0xe2))
    return FALSE;
  guint reactions = 0;
  gsize k = 0;
  while (k < len)
    {
      gsize e = reaction_emoji (s + k, len - k);
      if (e == 0)
        return FALSE;
      k += e;
      while (k < len && s[k] == ' ')
        k++;
      /* its count, one to four digits */
      gsize d = 0;
      while (k + d < len && d < 5 && g_ascii_isdigit (s[k + d]))
        d++;
      if (d == 0 || d > 4 || (k + d < len && s[k + d] != ' '))
        return FALSE;
      reactions++;
      k += d;
      while (k < len && s[k] == ' ')
        k++;
    }
  return reactions > 0;
}

static gsize
skip_blanks (const char *s, gsize len, gsize i)
{
  while (i < len && (s[i] == ' ' || s[i] == '\t'))
    i++;
  return i;
}

/* The most bytes of a chat sender's name */
#define CHAT_NAME_MAX 64

/* Words of a chat sender's name in s[from, to): one to four, none with
 * ':' or ',' (a turn's mark or a list, not a name alone); with
 * capitalized, each opening with a capital (or a letter beyond ASCII) and
 * none with '.' (a message, not a name: "[10:32] Thanks all."); 0
 * otherwise */
static guint
sender_words (const char *s, gsize from, gsize to, gboolean capitalized)
{
  guint words = 0;
  for (gsize k = from; k < to;)
    {
      while (k < to && s[k] == ' ')
        k++;
      if (k >= to)
        break;
      if (capitalized && (guchar) s[k] < 0x80 && !g_ascii_isupper (s[k]))
        return 0;
      while (k < to && s[k] != ' ')
        {
          if (s[k] == ':' || s[k] == ',' || (capitalized && s[k] == '.'))
            return 0;
          k++;
        }
      if (++words > 4)
        return 0;
    }
  return words;
}

/* Google Chat's "Ann Lee, 10:32 AM", "Ann Lee, Yesterday 10:32 AM",
 * "Ann Lee, Mon 10:32 AM", Telegram's "Ann Lee, [28.11.26 10:32]": where
 * the comma after the name is, when the
 * rest of the line is a day word at will and a clock; 0 otherwise */
static gsize
chat_day_clock_after_comma (const char *s, gsize len)
{
  static const char *const days[] = { "Today ", "Yesterday ", "Mon ", "Tue ", "Wed ", "Thu ", "Fri ", "Sat ",
                                      "Sun ", "Monday ", "Tuesday ", "Wednesday ", "Thursday ", "Friday ",
                                      "Saturday ", "Sunday ", NULL };
  const char *comma = memchr (s, ',', MIN (len, (gsize) CHAT_NAME_MAX + 1));
  if (comma == NULL || comma == s || (gsize) (comma - s) + 2 >= len || comma[1] != ' ')
    return 0;
  gsize i = skip_blanks (s, len, comma - s + 1);
  for (const char *const *d = days; *d; d++)
    if (len - i > strlen (*d) && memcmp (s + i, *d, strlen (*d)) == 0)
      {
        i += strlen (*d);
        break;
      }
  /* Telegram's copy: "Ann Lee, [28.11.26 10:32]" */
  return i < len && (g_ascii_isdigit (s[i]) || s[i] == '[') && np_text_clock_len (s + i, len - i) == len - i
             ? (gsize) (comma - s)
             : 0;
}

/* Fathom's and others' transcripts put the time first: "0:09 - Ingrid
 * Solberg (Brightline)", "@0:00 - Callum Reid" (a full name: two words
 * or more).  The name's bytes, or 0 */
static gsize
time_first_speaker (const char *c, gsize n, gsize *name)
{
  gsize i = c[0] == '@';
  gsize clock = i < n && g_ascii_isdigit (c[i]) ? np_text_clock_len (c + i, n - i) : 0;
  if (clock == 0)
    return 0;
  i += clock;
  gsize dash = 0;
  if (i + 3 <= n && c[i] == ' ' && c[i + 1] == '-' && c[i + 2] == ' ')
    dash = 3;
  else if (i + 5 <= n && c[i] == ' ' && memcmp (c + i + 1, "\xe2\x80", 2) == 0
           && ((guchar) c[i + 3] == 0x93 || (guchar) c[i + 3] == 0x94) && c[i + 4] == ' ')
    dash = 5;
  if (dash == 0)
    return 0;
  i += dash;
  /* one to four capitalized words, then a company in parentheses at will */
  gsize start = i, end = i;
  guint words = 0;
  while (i < n && c[i] != '(')
    {
      gsize w = i;
      while (i < n && c[i] != ' ')
        i++;
      if ((guchar) c[w] < 0x80 && !g_ascii_isupper (c[w]) && !(words > 0 && np_text_surname_particle (c + w, i - w)))
        return 0;
      words++;
      end = i;
      while (i < n && c[i] == ' ')
        i++;
    }
  /* a full name: an agenda writes "10:30 - Keynote" so too */
  if (words < 2 || words > 4 || (i < n && (c[n - 1] != ')' || memchr (c + i + 1, '(', n - i - 1))))
    return 0;
  *name = start;
  return end - start;
}

/* Slack's copy under a display name in lower case: "jsmith  10:32 AM",
 * a handle, two spaces or more, and a clock of twelve hours to the end
 * (an agenda's "lunch  12:00" has no AM nor PM).  The handle's bytes, or 0 */
static gsize
handle_over_clock (const char *c, gsize n)
{
  if (n < 10 || !g_ascii_islower (c[0]) || (g_ascii_toupper (c[n - 1]) != 'M')
      || (g_ascii_toupper (c[n - 2]) != 'A' && g_ascii_toupper (c[n - 2]) != 'P'))
    return 0;
  gsize i = 0;
  while (i < n && i <= CHAT_NAME_MAX && (g_ascii_islower (c[i]) || g_ascii_isdigit (c[i]) || c[i] == '.' || c[i] == '_' || c[i] == '-'))
    i++;
  gsize handle = i;
  if (handle < 2 || !g_ascii_isalnum (c[handle - 1]))
    return 0;
  while (i < n && c[i] == ' ')
    i++;
  return i - handle >= 2 && i < n && np_text_clock_len (c + i, n - i) == n - i ? handle : 0;
}

gboolean
np_text_speaker_time_line (const char *c, gsize n, gsize *name, gsize *name_len)
{
  gsize first = 0, first_len = n > 6 ? time_first_speaker (c, n, &first) : 0;
  if (first_len == 0 && (first_len = handle_over_clock (c, n)) > 0)
    first = 0;
  if (first_len)
    {
      if (name)
        *name = first;
      if (name_len)
        *name_len = first_len;
      return TRUE;
    }
  /* "Alice Smith  0:05"; AI note takers' exports also write "Alice Smith
   * - 00:01" and "**Alice Smith** (00:01)": the name in bold, a dash or a
   * bar before the time.  A particle may stand inside the name ("Maria
   * del Carmen Ruiz"), a guest's mark after it ("Sam Whitfield (Guest)"),
   * and one word will do two spaces or more before the time ("Yusuf
   * 3:05", as Teams and Otter align it; an agenda's "Lunch 12:00" has
   * one) */
  gsize i = 0, name_end = 0;
  gboolean bold = n > 4 && (c[0] == '*' || c[0] == '_') && c[1] == c[0];
  if (bold)
    i = 2;
  guint words = 0, gap = 0;
  gboolean separator = FALSE, qualifier = FALSE;
  while (i < n && words <= 4)
    {
      /* the time, and nothing after it */
      if ((words >= 2 || (words == 1 && (bold || separator || gap >= 2))) && np_text_clock_len (c + i, n - i) == n - i)
        break;
      gsize w = i;
      while (i < n && c[i] != ' ')
        i++;
      gsize wn = i - w;
      gboolean dash = (wn == 1 && (c[w] == '-' || c[w] == '|'))
                      || (wn == 2 && (guchar) c[w] == 0xc2 && (guchar) c[w + 1] == 0xb7)          /* · */
                      || (wn == 3 && memcmp (c + w, "\xe2\x80", 2) == 0 && ((guchar) c[w + 2] == 0x93 /* – */
                                                                           || (guchar) c[w + 2] == 0x94)); /* — */
      if (dash)
        {
          if (words == 0 || separator)
            return FALSE;
          separator = TRUE;
        }
      else if (words > 0 && !separator && !qualifier && wn > 2 && c[w] == '(' && c[i - 1] == ')'
               && (g_ascii_isupper (c[w + 1]) || (g_ascii_islower (c[w + 1]) && memchr (c + w, '/', wn))))
        qualifier = TRUE; /* "(Guest)", "(External)", pronouns "(she/her)": no part of the name */
      else
        {
          if (separator || qualifier)
            return FALSE;
          if ((guchar) c[w] < 0x80 && !g_ascii_isupper (c[w]) && !(words > 0 && g_ascii_isdigit (c[w]))
              && !(words > 0 && np_text_surname_particle (c + w, wn)))
            return FALSE;
          /* a number in a name is one ("Speaker 2", "**Speaker 3**");
           * "November 3, 2026, 10:02 AM" is a date */
          if (g_ascii_isdigit (c[w]))
            {
              gsize ke = bold && i - w > 2 && c[i - 1] == c[0] && c[i - 2] == c[0] ? i - 2 : i;
              for (gsize k = w; k < ke; k++)
                if (!g_ascii_isdigit (c[k]))
                  return FALSE;
            }
          words++;
          name_end = i;
          /* the bold name's closing marks end its last word */
          if (bold && wn > 2 && c[i - 1] == c[0] && c[i - 2] == c[0])
            {
              while (i < n && c[i] == ' ')
                i++;
              if (words > 4 || i >= n || np_text_clock_len (c + i, n - i) != n - i)
                return FALSE;
              break;
            }
        }
      gsize spaces = i;
      while (i < n && c[i] == ' ')
        i++;
      gap = i - spaces;
    }
  if (i >= n || words == 0 || words > 4)
    return FALSE;
  if (name)
    *name = 0;
  if (name_len)
    *name_len = name_end;
  return TRUE;
}

/* Does the clock of clock_len bytes at s open with a date in brackets
 * ("[2024-01-12 10:32]", "[12-Jan-24 10:32 AM]", "[1/12/2024 10:32 AM]")? */
static gboolean
bracketed_date (const char *s, gsize clock_len)
{
  const char *space = s[0] == '[' ? memchr (s, ' ', clock_len) : NULL;
  if (space == NULL || !g_ascii_isdigit (space[-1]))
    return FALSE;
  for (const char *p = s + 1; p < space; p++)
    if (*p == '-' || *p == '/' || *p == '.')
      return TRUE;
  return FALSE;
}

gboolean
np_text_chat_sender_line (const char *s, gsize len, gsize *name, gsize *name_len, gboolean *titled_name)
{
  while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
    len--;
  gsize from = 0, to = 0;
  gboolean titled = FALSE;
  gsize clock = len > 6 && (s[0] == '[' || g_ascii_isdigit (s[0])) ? np_text_clock_len (s, len) : 0;
  gsize comma = 0;
  if (clock && clock < len && s[clock] == ' ')
    {
      /* Teams: the clock, then the name to the end of the line;
       * DiscordChatExporter's text: a date and the clock in brackets, then
       * one word, the display name or handle as written ("mei_t") */
      from = skip_blanks (s, len, clock);
      to = len;
      titled = !(bracketed_date (s, clock) && !memchr (s + from, ' ', to - from) && g_ascii_isalnum (s[to - 1]));
    }
  else if ((comma = chat_day_clock_after_comma (s, len)) > 0 && sender_words (s, 0, comma, TRUE) > 0)
    {
      /* Google Chat: the name, a comma, the day at will, the clock */
      to = comma;
      titled = TRUE;
    }
  else
    {
      /* Discord: the name, " — ", the day, the clock ending the line */
      const char *dash = NULL;
      for (gsize k = 1; k + 5 <= len && k < CHAT_NAME_MAX + 1 && !dash; k++)
        if (memcmp (s + k, " \xe2\x80\x94 ", 5) == 0)
          dash = s + k;
      if (dash == NULL)
        return FALSE;
      to = dash - s;
      gsize i = to + 5;
      static const char *const days[] = { "Today at ", "Yesterday at ", NULL };
      gboolean day = FALSE;
      for (const char *const *d = days; *d && !day; d++)
        if (len - i > strlen (*d) && memcmp (s + i, *d, strlen (*d)) == 0)
          i += strlen (*d), day = TRUE;
      if (!day)
        {
          /* a date: digits with '/', '.' or '-', then ',' or a space */
          gsize d0 = i;
          while (i < len && (g_ascii_isdigit (s[i]) || s[i] == '/' || s[i] == '.' || s[i] == '-'))
            i++;
          if (i - d0 < 6 || i >= len)
            return FALSE;
          if (s[i] == ',')
            i++;
          i = skip_blanks (s, len, i);
        }
      if (i >= len || np_text_clock_len (s + i, len - i) != len - i)
        return FALSE;
    }
  if (to <= from || to - from > CHAT_NAME_MAX || sender_words (s, from, to, titled) == 0)
    return FALSE;
  if (name)
    *name = from;
  if (name_len)
    *name_len = to - from;
  if (titled_name)
    *titled_name = titled;
  return TRUE;
}

/* The words of a sender's name s[from..end): its spaces, runs of them
 * one, plus one */
static guint
name_words (const char *s, gsize from, gsize end)
{
  guint words = 1;
  for (gsize k = from; k < end; k++)
    words += s[k] == ' ' && s[k + 1] != ' ';
  return words;
}

/* "00:21:30<TAB>Ann Lee:<TAB>text" from i: a sender of one to six words
 * (no tab among them), then a colon and a tab; the text's offset, or 0 */
static gsize
tab_chat_header (const char *s, gsize len, gsize i, gsize *name, gsize *name_len)
{
  const char *colon = memchr (s + i, ':', MIN (len - i, (gsize) CHAT_NAME_MAX + 1));
  if (colon == NULL || colon == s + i || (gsize) (colon - s) + 1 >= len || colon[1] != '\t')
    return 0;
  gsize end = colon - s;
  if (memchr (s + i, '\t', end - i) || name_words (s, i, end) > 6)
    return 0;
  /* "Scott - CNCF GitOps Working Group": the group after a dash is no
   * part of the display name */
  gsize name_end = end;
  const char *dash = g_strstr_len (s + i, end - i, " - ");
  if (dash && dash > s + i)
    name_end = dash - s;
  if (name)
    *name = i;
  if (name_len)
    *name_len = name_end - i;
  return skip_blanks (s, len, end + 1);
}

/* The sender's name ends before " to " (the receiver follows) or at the
 * colon; it is one to six words of at most CHAT_NAME_MAX bytes. */
gsize
np_text_chat_header (const char *s, gsize len, gsize *name, gsize *name_len)
{
  gsize i = np_text_clock_len (s, len);
  if (i == 0 || i >= len || (s[i] != ' ' && s[i] != '\t'))
    return 0;
  gboolean tab = s[i] == '\t';
  i = skip_blanks (s, len, i);
  if (len - i < 6)
    return 0;
  /* the older saved chat, fields apart by tabs: "00:21:30<TAB>Ann Lee:<TAB>..." */
  if (tab && memcmp (s + i, "From ", 5) != 0)
    return tab_chat_header (s, len, i, name, name_len);
  if (memcmp (s + i, "From ", 5) != 0)
    return 0;
  gsize from = skip_blanks (s, len, i + 5);
  const char *colon = memchr (s + from, ':', MIN (len - from, 2 * CHAT_NAME_MAX + 32));
  if (colon == NULL)
    return 0;
  gsize c = colon - s;
  if (c + 1 < len && s[c + 1] != ' ' && s[c + 1] != '\t')
    return 0; /* "From 10:30: ..." or a URL, no header */
  gsize end = c;
  /* "From Chrisb  To  Markus Sabadello(privately) :", as some versions
   * write a private message */
  for (gsize k = from; k + 4 <= c; k++)
    if (memcmp (s + k, " to ", 4) == 0 || memcmp (s + k, " To ", 4) == 0)
      {
        end = k;
        break;
      }
  while (end > from && (s[end - 1] == ' ' || s[end - 1] == '\t'))
    end--;
  /* "Rafael Cordeiro (he/him)", "Ann Lee (Acme)": what the display name
   * says after the name in parentheses is no part of it */
  if (end - from > 4 && s[end - 1] == ')')
    {
      gsize open = end - 1;
      while (open > from && s[open] != '(')
        open--;
      if (s[open] == '(' && open > from + 1 && s[open - 1] == ' ')
        for (end = open; end > from && s[end - 1] == ' ';)
          end--;
    }
  if (end == from || end - from > CHAT_NAME_MAX)
    return 0;
  if (name_words (s, from, end) > 6)
    return 0;
  if (name)
    *name = from;
  if (name_len)
    *name_len = end - from;
  return skip_blanks (s, len, c + 1);
}

gsize
np_text_matrix_user (const char *s, gsize len, gsize *local_len)
{
  if (len < 4 || s[0] != '@')
    return 0;
  gsize i = 1;
  while (i < len && i <= 64 && (g_ascii_isalnum (s[i]) || strchr ("._=-/+", s[i])) && s[i] != '\0')
    i++;
  if (i == 1 || i > 64 || i >= len || s[i] != ':')
    return 0;
  gsize local = i - 1, host = ++i;
  gboolean dot = FALSE;
  while (i < len && (g_ascii_isalnum (s[i]) || s[i] == '-' || s[i] == '.'))
    dot |= s[i++] == '.';
  gsize host_len = i - host;
  /* "matrix.org", "localhost", at will a port: "example.com:8448" */
  if (host_len == 0 || s[i - 1] == '.' || s[host] == '.' || s[host] == '-'
      || !(dot || (host_len == 9 && g_ascii_strncasecmp (s + host, "localhost", 9) == 0)))
    return 0;
  if (i + 1 < len && s[i] == ':' && g_ascii_isdigit (s[i + 1]))
    for (i++; i < len && g_ascii_isdigit (s[i]); i++)
      ;
  if (local_len)
    *local_len = local;
  return i;
}

gsize
np_text_chat_nick (const char *s, gsize len, gsize *nick, gsize *nick_len)
{
  gsize at = len && s[0] != '<' ? np_text_time_prefix (s, len) : 0;
  if (at + 3 >= len || s[at] != '<')
    return 0;
  gsize i = at + 1;
  const char *close = memchr (s + i, '>', MIN (len - i, 66));
  /* a channel mode ("<@op>"), irssi's "< bob>"; not a Matrix user's '@' */
  if (close && s[i] != '\0' && strchr (" @+%~&", s[i]) && !(s[i] == '@' && memchr (s + i, ':', close - (s + i))))
    i++;
  gsize from = i;
  while (i < len && i - from < 64 && s[i] != '>' && s[i] != ' ' && s[i] != '<')
    i++;
  if (i == from || i >= len || s[i] != '>' || i + 1 >= len || (s[i + 1] != ' ' && s[i + 1] != '\t'))
    return 0;
  if (nick)
    *nick = from;
  if (nick_len)
    *nick_len = i - from;
  i++;
  while (i < len && (s[i] == ' ' || s[i] == '\t'))
    i++;
  return i;
}

gsize
np_text_tab_log_line (const char *s, gsize len, gsize *prefix, gsize *prefix_len)
{
  /* WeeChat's logger writes "2025-03-12 19:00:03\t@alice\thi": the time,
   * a tab, the prefix column, a tab, the message.  Tabs set it apart
   * from a transcript's "10:32 Alice: hi" */
  gsize i = np_text_clock_len (s, len);
  if (i == 0 || i >= len || s[i] != '\t')
    return 0;
  gsize from = ++i;
  const char *tab = memchr (s + from, '\t', MIN (len - from, (gsize) 66));
  if (tab == NULL)
    return 0;
  /* the prefix is one word, aligned with spaces (" *", "  bob") */
  gsize a = from, b = tab - s;
  while (a < b && s[a] == ' ')
    a++;
  while (b > a && s[b - 1] == ' ')
    b--;
  if (memchr (s + a, ' ', b - a))
    return 0;
  if (prefix)
    *prefix = a;
  if (prefix_len)
    *prefix_len = b - a;
  return tab - s + 1;
}

gboolean
np_text_voice_word (const char *w, gsize n)
{
  static const struct
  {
    const char *word;
    gsize len;
  } words[] = {
    { "speaker", 7 },      { "participant", 11 }, { "guest", 5 },     { "caller", 6 },
    { "interviewer", 11 }, { "interviewee", 11 }, { "respondent", 10 }, { "panelist", 8 },
    { "panellist", 9 },    { "attendee", 8 },     { "voice", 5 },
    /* a design or paper review's anonymous reviewers: "Reviewer 2: ..." */
    { "reviewer", 8 },
    /* a hand-typed transcript's "Person 1:", a usability session's "User
     * 2:", a class's "Student 3:", a public hearing's "Resident 1:",
     * "Commenter 2:", "Witness 1:" */
    { "person", 6 },       { "user", 4 },         { "student", 7 },   { "resident", 8 },
    { "commenter", 9 },    { "witness", 7 },
  };
  for (guint k = 0; k < G_N_ELEMENTS (words); k++)
    if (words[k].len == n && g_ascii_strncasecmp (w, words[k].word, n) == 0)
      return TRUE;
  return FALSE;
}
