/* reader-front-matter.c: a Markdown file's YAML front matter ("---" at
 * the first line to "---" or "..."), as static site generators and
 * Obsidian keep a note's properties: the title, the date (the title's
 * when there is no date key) and the attendees, as a list, a flow list
 * or maps of fields ("- name: Ann Lee" / "github: ann").  Its lines are
 * metadata; the Markdown reader reads on after it. */
#include "config.h"

#include <string.h>

#include "reader.h"

/* A YAML scalar as written, without its quotes (a new string) */
static char *
yaml_scalar (const char *s, gsize n)
{
  char *v = g_strstrip (g_strndup (s, n));
  gsize vl = strlen (v);
  if (vl >= 2 && (v[0] == '"' || v[0] == '\'') && v[vl - 1] == v[0])
    {
      v[vl - 1] = '\0';
      memmove (v, v + 1, vl - 1);
    }
  return v;
}

/* Is this front-matter key an attendee list's? */
static gboolean
attendee_key (const char *key)
{
  static const char *const keys[] = { "attendees", "participants", "present", "attendance", "people", NULL };
  for (const char *const *k = keys; *k; k++)
    if (strcmp (key, *k) == 0)
      return TRUE;
  return FALSE;
}

/* One person of a front-matter map ("- name: Ann Lee", "github: ann") */
typedef struct
{
  char *name, *handle, *email, *affiliation;
  guint line;
} YamlPerson;

/* Adds the person being read, if it has a name, and starts anew */
static void
yaml_person_flush (NpDocument *doc, YamlPerson *p)
{
  if (p->name)
    np_meta_add_person_fields (doc, p->name, NULL, p->affiliation, p->handle, p->email, p->line, NULL);
  g_free (p->name);
  g_free (p->handle);
  g_free (p->email);
  g_free (p->affiliation);
  memset (p, 0, sizeof *p);
}

/* The field of p a map key fills, or NULL */
static char **
yaml_person_field (YamlPerson *p, const char *key)
{
  static const struct
  {
    const char *key;
    gsize offset;
  } fields[] = {
    { "name", G_STRUCT_OFFSET (YamlPerson, name) },
    { "github", G_STRUCT_OFFSET (YamlPerson, handle) },
    { "handle", G_STRUCT_OFFSET (YamlPerson, handle) },
    { "email", G_STRUCT_OFFSET (YamlPerson, email) },
    { "org", G_STRUCT_OFFSET (YamlPerson, affiliation) },
    { "affiliation", G_STRUCT_OFFSET (YamlPerson, affiliation) },
    { "company", G_STRUCT_OFFSET (YamlPerson, affiliation) },
  };
  for (guint k = 0; k < G_N_ELEMENTS (fields); k++)
    if (strcmp (key, fields[k].key) == 0)
      return G_STRUCT_MEMBER_P (p, fields[k].offset);
  return NULL;
}

/* The YAML block list under an attendee key, from line i on (indented
 * lines): "- Ann Lee" entries, or maps ("- name: Ann Lee" with "github:",
 * "email:", "org:" lines below).  Returns the line after the list. */
static guint
front_matter_people (NpReadContext *ctx, guint i, guint end)
{
  NpDocument *doc = ctx->doc;
  YamlPerson person = { 0 };
  for (; i < end; i++)
    {
      const NpLine *l = &ctx->lines[i];
      if (l->content_len == 0)
        {
          np_document_set_line_role (ctx->doc, i + 1, NP_LINE_BLANK);
          continue;
        }
      gboolean item = l->content[0] == '-' && (l->content_len == 1 || l->content[1] == ' ');
      if (l->indent == 0 && !item)
        break;
      np_document_set_line_role (ctx->doc, i + 1, NP_LINE_ATTENDEE);
      const char *p = l->content + (item ? 1 : 0), *e = l->content + l->content_len;
      while (p < e && *p == ' ')
        p++;
      const char *colon = memchr (p, ':', e - p);
      g_autofree char *key = colon ? g_ascii_strdown (p, colon - p) : NULL;
      gboolean field = key && strspn (key, "abcdefghijklmnopqrstuvwxyz_-") == strlen (key)
                       && (colon + 1 == e || colon[1] == ' ');
      if (item)
        yaml_person_flush (doc, &person);
      if (item && !field)
        {
          g_autofree char *entry = yaml_scalar (p, e - p);
          if (*entry)
            np_meta_add_person (doc, entry, -1, i + 1);
          continue;
        }
      char **slot = field ? yaml_person_field (&person, key) : NULL;
      if (slot == NULL || *slot)
        continue;
      char *value = yaml_scalar (colon + 1, e - colon - 1);
      if (*value)
        {
          *slot = value;
          if (slot == &person.name)
            person.line = i + 1;
        }
      else
        g_free (value);
    }
  yaml_person_flush (doc, &person);
  return i;
}

guint
np_md_front_matter (NpReadContext *ctx)
{
  if (ctx->n_lines < 2 || !np_content_equals (&ctx->lines[0], "---") || ctx->lines[0].indent != 0)
    return 0;
  guint end = 0;
  for (guint j = 1; j < MIN (ctx->n_lines, 500u); j++)
    if (ctx->lines[j].indent == 0 && (np_content_equals (&ctx->lines[j], "---") || np_content_equals (&ctx->lines[j], "...")))
      {
        end = j;
        break;
      }
  if (end == 0)
    return 0;
  for (guint j = 0; j <= end; j++)
    {
      const NpLine *l = &ctx->lines[j];
      np_document_set_line_role (ctx->doc, j + 1, l->content_len ? NP_LINE_META : NP_LINE_BLANK);
      const char *colon = memchr (l->content, ':', l->content_len);
      if (!colon || l->indent > 0)
        continue;
      g_autofree char *key = g_ascii_strdown (l->content, colon - l->content);
      g_autofree char *value = yaml_scalar (colon + 1, l->content + l->content_len - colon - 1);
      if (strcmp (key, "title") == 0 && *value && !ctx->doc->title)
        np_document_set_title (ctx->doc, value);
      else if (strcmp (key, "date") == 0 && !ctx->doc->date)
        ctx->doc->date = np_meta_find_date (value, -1);
      else if (attendee_key (key) && *value)
        {
          /* a flow list, "[Ann Lee, "Bo Chen"]", or a plain one */
          gsize n = strlen (value);
          if (value[0] == '[' && value[n - 1] == ']')
            {
              value[n - 1] = '\0';
              g_auto (GStrv) parts = g_strsplit (value + 1, ",", -1);
              for (guint k = 0; parts[k]; k++)
                {
                  g_autofree char *entry = yaml_scalar (parts[k], strlen (parts[k]));
                  if (*entry)
                    np_meta_add_person (ctx->doc, entry, -1, j + 1);
                }
            }
          else
            np_meta_add_people_list (ctx->doc, value, -1, j + 1);
        }
      else if (attendee_key (key))
        j = front_matter_people (ctx, j + 1, end) - 1;
    }
  /* no date of its own: the title's ("title: Triage meeting 2021-06-01") */
  if (!ctx->doc->date && ctx->doc->title)
    ctx->doc->date = np_meta_find_date (ctx->doc->title, -1);
  return end + 1;
}
