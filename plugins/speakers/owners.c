/* owners.c: the items that name the owners of action items.
 *
 * Under "## Action items", "Next steps" or "TODO", "Kevin Hannon: update
 * the KEP" and "- [ ] @gabi-io: file the issues" have a speaker's form,
 * but the name is whom the task falls to: nobody says the words.  Such an
 * item is one of a section so titled (or of a subsection of one), one of
 * the list that a paragraph holding such a title alone heads
 * ("**Next steps:**" over "* ..."), one under an item holding it alone
 * ("* Next steps:" over its sub-bullets), or a task list's item
 * ("- [ ] ...", NP_ITEM_TASK) anywhere.  attribute.c reads no speaker
 * there from the forms notes write by hand; the marks a tool writes for
 * whoever spoke (a chat's, a transcript's timed ones, IRC's) stay. */
#include <string.h>

#include "attribute-private.h"

/* sp_key() forms of the titles of a list of tasks.  A title must be one
 * of these whole: "Review of last meeting's action items" is a
 * discussion, and "Next steps for RegExp escaping" a topic. */
static const char *const task_titles[] = {
  "action",  "actionitem", "actionitems", "actionpoint", "actionpoints", "actions", "ais",
  "followup", "followups", "nextstep", "nextsteps", "todo", "todolist", "todos",
  /* as meeting tools' notes title them (Gemini's "Suggested next steps",
   * MeetBot's "Action Items, by person" over each owner's nick) */
  "suggestednextsteps", "recommendednextsteps", "actionitemsbyperson",
  /* as other languages' minutes title them (see the label words); the
   * keys of Chinese and Japanese ones keep their characters: "待办事项",
   * "待辦事項", "宿題" (homework: what is to be done by the next meeting) */
  "acciones", "acoes", "acties", "actiepunten", "aktionspunkte", "aufgaben", "azioni", "pendencias",
  "prochainesetapes", "taches", "tareas", "\xe5\xbe\x85\xe5\x8a\x9e\xe4\xba\x8b\xe9\xa1\xb9",
  "\xe5\xbe\x85\xe8\xbe\xa6\xe4\xba\x8b\xe9\xa0\x85", "\xe5\xae\xbf\xe9\xa1\x8c", NULL,
};

/* The bytes of an enumerator opening s (n bytes) with its separator, as
 * Chinese minutes number their parts ("五、", "3、", "1. "), or 0 */
static gsize
enumerator_len (const char *s, gsize n)
{
  /* the numerals 一 to 十, three bytes each */
  static const char numerals[] = "一二三四五六七八九十";
  gsize i = 0;
  while (i < n && g_ascii_isdigit (s[i]))
    i++;
  /* the numerals' UTF-8 opens with 0xe4 or 0xe5: other text compares none */
  for (gboolean more = TRUE; more && i + 3 <= n && ((guchar) s[i] == 0xe4 || (guchar) s[i] == 0xe5);)
    {
      more = FALSE;
      for (gsize j = 0; j + 3 < sizeof numerals && !more; j += 3)
        more = memcmp (s + i, numerals + j, 3) == 0;
      i += more ? 3 : 0;
    }
  if (i == 0)
    return 0;
  if (i + 3 <= n && memcmp (s + i, "\xe3\x80\x81", 3) == 0) /* "、" */
    return i + 3;
  if (i + 1 < n && s[i] == '.' && s[i + 1] == ' ')
    return i + 2;
  return 0;
}

/* Is s (n bytes) such a title, alone ("Action items:", "**Next steps**")? */
static gboolean
task_title_whole (const char *s, gsize n)
{
  /* the longest title's key is 16 letters; its text a little longer */
  if (n == 0 || n > 40)
    return FALSE;
  /* every title opens with one of these pairs of letters (or a letter
   * and an accented one, "Tâches"): most items end here, before their
   * key is made.  An enumerator goes before CJK titles only: "3. Action
   * items" stays a discussion of them, as it was */
  gsize k = 0;
  while (k < n && (s[k] == '*' || s[k] == '_' || s[k] == '#' || s[k] == ' '))
    k++;
  if (k + 1 >= n)
    return FALSE;
  /* "五、待办事项": the part's number is no word of its title */
  gsize e = enumerator_len (s + k, n - k);
  if (e && (guchar) s[k + e] >= 0x80)
    {
      s += k + e;
      n -= k + e;
      k = 0;
      if (n < 2)
        return FALSE;
    }
  /* and the first two bytes of "待" and "宿" */
  static const char *const openings[] = { "ac", "ai", "ak", "au", "az", "fo", "ne", "pe", "pr", "re",
                                          "su", "ta", "to", "\xe5\xbe", "\xe5\xae", NULL };
  char a = g_ascii_tolower (s[k]), b = g_ascii_tolower (s[k + 1]);
  gboolean opens = FALSE;
  for (const char *const *o = openings; *o && !opens; o++)
    opens = (*o)[0] == a && ((*o)[1] == b || (guchar) b >= 0x80);
  /* "su" and "re" open many titles: "Suggested", "Recommended" only */
  if (!opens || ((a == 's' || a == 'r') && (k + 2 >= n || g_ascii_tolower (s[k + 2]) != (a == 's' ? 'g' : 'c'))))
    return FALSE;
  char buf[48];
  char *key = sp_key_buf (NULL, s, n, buf, sizeof buf);
  gboolean is = FALSE;
  for (const char *const *t = task_titles; *t && !is; t++)
    is = (*t)[0] == key[0] && strcmp (*t, key) == 0;
  sp_key_buf_free (key, buf);
  return is;
}

/* ... or with a note in parentheses after it ("Action items (copied from
 * above)"), or beside another word of a slash or an ampersand ("Follow-ups
 * / owners", "Outcomes / follow-ups") */
static gboolean
is_task_title (const char *s, gsize n)
{
  if (n == 0 || n > 64)
    return FALSE;
  gsize m = n;
  while (m > 0 && (s[m - 1] == ':' || s[m - 1] == ' ' || s[m - 1] == '*'))
    m--;
  if (m > 4 && s[m - 1] == ')')
    m = sp_before_qualifier (s, m, 0);
  const char *slash = memchr (s, '/', m);
  if (slash == NULL)
    slash = memchr (s, '&', m);
  if (slash && slash > s + 1 && slash + 2 < s + m && slash[-1] == ' ' && slash[1] == ' ')
    return task_title_whole (s, slash - 1 - s) || task_title_whole (slash + 2, s + m - slash - 2);
  return task_title_whole (s, m);
}

static guint8 *
owners (Ctx *c)
{
  if (c->owners == NULL)
    c->owners = sp_scratch_get (c->scratch, SP_BUF_OWNERS, c->n_items + 1, TRUE);
  return c->owners;
}

/* Item i and the items nested under it */
static void
mark_subtree (Ctx *c, guint i)
{
  guint8 *o = owners (c);
  o[i] = TRUE;
  for (guint j = i + 1; j < c->n_items && c->items[j].depth > c->items[i].depth; j++)
    o[j] = TRUE;
}

void
sp_find_owner_items (Ctx *c)
{
  c->owners = NULL;
  guint n_sections;
  const NpSection *sections = np_document_get_sections (c->doc, &n_sections);
  g_autofree gboolean *tasks = NULL;
  for (guint s = 0; s < n_sections; s++)
    {
      const char *title = sections[s].title;
      gint32 parent = sections[s].parent;
      gboolean in_tasks = (title && is_task_title (title, strlen (title)))
                          || (parent >= 0 && (guint) parent < s && tasks && tasks[parent]);
      if (!in_tasks)
        continue;
      if (tasks == NULL)
        tasks = g_new0 (gboolean, n_sections);
      tasks[s] = TRUE;
    }
  /* A task section's tasks run from its title while its items are list
   * items or follow one another line after line: where a paragraph stands
   * apart from them the tasks are over, even when no heading says so
   * (plain text's "Suggested next steps" over its tasks, then a blank
   * line, a note and the meeting's transcript, all in that section) */
  gint32 last_task = -1;
  for (guint i = 0; i < c->n_items; i++)
    {
      const NpItem *it = &c->items[i];
      gboolean in_section = tasks && it->section >= 0 && (guint) it->section < n_sections && tasks[it->section];
      if (in_section)
        {
          const NpItem *prev = last_task >= 0 ? &c->items[last_task] : NULL;
          gboolean listed = it->kind == NP_ITEM_BULLET || it->kind == NP_ITEM_NUMBERED || it->depth > 0;
          gboolean first = prev == NULL || prev->section != it->section;
          if (!listed && !first && it->line > prev->end_line + 1)
            tasks[it->section] = FALSE; /* the tasks are over */
          else
            {
              owners (c)[i] = TRUE;
              last_task = (gint32) i;
              continue;
            }
        }
      if (it->flags & NP_ITEM_TASK)
        {
          owners (c)[i] = TRUE;
          continue;
        }
      /* a title alone over its tasks: sub-items, or the list it heads */
      if (!c->has_children[i] || it->kind == NP_ITEM_CODE || it->kind == NP_ITEM_TABLE_ROW)
        continue;
      gsize len;
      const char *text = sp_item_text (c, i, &len);
      if (!is_task_title (text, len))
        continue;
      mark_subtree (c, i);
      if (c->heads_list[i] == SP_HEADS_LIST)
        for (gint32 j = c->next_sibling[i]; j != NP_NONE; j = c->next_sibling[j])
          {
            NpItemKind kind = c->items[j].kind;
            if (kind != NP_ITEM_BULLET && kind != NP_ITEM_NUMBERED)
              break;
            mark_subtree (c, j);
          }
    }
}

/* Does the speech after the mark open in the first person ("I will look
 * at the runners", "I'll file it", "we can take it")?  A task is written
 * for its owner ("update the KEP", "to file the issues"); words said are
 * the speaker's own. */
static gboolean
first_person (const char *s, gsize n)
{
  static const char *const words[] = { "i", "i'll", "i'm", "i've", "i'd", "i\xe2\x80\x99ll", "i\xe2\x80\x99m",
                                       "we", "we'll", "we're", "we\xe2\x80\x99ll", "my", "our", NULL };
  gsize k = 0;
  while (k < n && s[k] == ' ')
    k++;
  gsize w = k;
  while (w < n && s[w] != ' ' && s[w] != ',')
    w++;
  for (const char *const *f = words; *f; f++)
    if (strlen (*f) == w - k && g_ascii_strncasecmp (*f, s + k, w - k) == 0)
      return TRUE;
  return FALSE;
}

/* Does the item end with a task's status in brackets ("Ruth: follow up
 * with Infra [Done]", "[In Progress]", "(done)")?  A task's owner names
 * it, wherever it stands */
static gboolean
ends_with_status (const char *s, gsize n)
{
  static const char *const states[] = { "done", "in progress", "inprogress", "pending", "open", "closed",
                                        "ongoing", "not started", "blocked", "complete", "completed", "wip", NULL };
  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '.'))
    n--;
  if (n < 6 || (s[n - 1] != ']' && s[n - 1] != ')'))
    return FALSE;
  char open = s[n - 1] == ']' ? '[' : '(';
  gsize o = n - 1;
  while (o > 0 && s[o] != open && n - o <= 14)
    o--;
  if (s[o] != open || o == 0 || s[o - 1] != ' ')
    return FALSE;
  gsize w = n - 2 - o;
  for (const char *const *x = states; *x; x++)
    if (strlen (*x) == w && g_ascii_strncasecmp (*x, s + o + 1, w) == 0)
      return TRUE;
  return FALSE;
}

gboolean
sp_owner_mark (const Ctx *c, guint i, const SpMark *m)
{
  /* the forms notes write by hand name no speaker under a task title; a
   * tool's marks for whoever spoke (a chat's, a transcript's timed ones,
   * IRC's, MeetBot's, a hearing record's) stay */
  if (m->form == SP_FORM_ANGLE || m->timed || m->chat || m->meetbot || m->scribed || m->hearing)
    return FALSE;
  gsize len;
  const char *text = sp_item_text (c, i, &len);
  /* anywhere, a task's status at the end names its owner */
  if ((m->form == SP_FORM_COLON || m->form == SP_FORM_DASH) && ends_with_status (text, len))
    return TRUE;
  if (!sp_owner_item (c, i))
    return FALSE;
  /* "Follow-ups" over "**Mia:** I will look at the runners": said, not
   * assigned (a task list's box is a task whatever its words) */
  return (c->items[i].flags & NP_ITEM_TASK) || m->end >= len || !first_person (text + m->end, len - m->end);
}
