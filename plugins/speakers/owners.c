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
  /* as other languages' minutes title them (see the label words) */
  "acciones", "acoes", "acties", "aufgaben", "azioni", "prochainesetapes", "taches", "tareas", NULL,
};

/* Is s (n bytes) such a title, alone ("Action items:", "**Next steps**")? */
static gboolean
is_task_title (const char *s, gsize n)
{
  /* the longest title's key is 16 letters; its text a little longer */
  if (n == 0 || n > 40)
    return FALSE;
  /* every title opens with one of these pairs of letters (or a letter
   * and an accented one, "Tâches"): most items end here, before their
   * key is made */
  gsize k = 0;
  while (k < n && (s[k] == '*' || s[k] == '_' || s[k] == '#' || s[k] == ' '))
    k++;
  if (k + 1 >= n)
    return FALSE;
  static const char *const openings[] = { "ac", "ai", "au", "az", "fo", "ne", "pr", "ta", "to", NULL };
  char a = g_ascii_tolower (s[k]), b = g_ascii_tolower (s[k + 1]);
  gboolean opens = FALSE;
  for (const char *const *o = openings; *o && !opens; o++)
    opens = (*o)[0] == a && ((*o)[1] == b || (guchar) b >= 0x80);
  if (!opens)
    return FALSE;
  char buf[48];
  char *key = sp_key_buf (NULL, s, n, buf, sizeof buf);
  gboolean is = FALSE;
  for (const char *const *t = task_titles; *t && !is; t++)
    is = (*t)[0] == key[0] && strcmp (*t, key) == 0;
  sp_key_buf_free (key, buf);
  return is;
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
  for (guint i = 0; i < c->n_items; i++)
    {
      const NpItem *it = &c->items[i];
      if ((it->flags & NP_ITEM_TASK) || (tasks && it->section >= 0 && (guint) it->section < n_sections
                                         && tasks[it->section]))
        {
          owners (c)[i] = TRUE;
          continue;
        }
      /* a title alone over its tasks: sub-items, or the list it heads */
      if (!c->has_children[i] || it->kind == NP_ITEM_CODE || it->kind == NP_ITEM_TABLE_ROW)
        continue;
      gsize len;
      const char *text = np_document_peek_item_text (c->doc, i, &len);
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

gboolean
sp_owner_mark (const Ctx *c, guint i, const SpMark *m)
{
  /* the forms notes write by hand name no speaker there; a tool's marks
   * for whoever spoke (a chat's, a transcript's timed ones, IRC's,
   * MeetBot's, a hearing record's) stay */
  return sp_owner_item (c, i) && m->form != SP_FORM_ANGLE && !m->timed && !m->chat && !m->meetbot && !m->scribed
         && !m->hearing;
}
