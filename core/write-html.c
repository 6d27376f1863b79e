/* write-html.c: one document as a self-contained HTML report.
 *
 * Everything is inline (CSS, SVG); there are no scripts and nothing is
 * fetched, so the page works offline, in mail and when printed.  The page
 * shows what the layers of well-known names hold when present (the layer
 * contracts of docs/output-format.md: speakers.*, keywords.phrase,
 * topics.cluster, actions.entry), and every other plugin's own summary as
 * tables, so a new plugin appears without changes here.  Headings are in
 * order, charts have text alternatives and a data table each, and colour
 * is never the only carrier of a value. */
#include "config.h"

#include <string.h>

#include "np-private.h"
#include "notepipe/np-output.h"
#include "report-style.h"
#include "svg.h"

#define esc np_html_escape

typedef struct
{
  const NpDocument *doc;
  GString *out;
  char **item_speakers;    /* per item: "A, B" or NULL */
  GHashTable *people;      /* name -> Person* */
  GPtrArray *people_order; /* Person*, by turns */
} Page;

typedef struct
{
  char *name;
  gint64 turns, words;
  GHashTable *sections; /* section id -> turns */
} Person;

static void
person_free (Person *p)
{
  g_free (p->name);
  g_hash_table_destroy (p->sections);
  g_free (p);
}

static gint
by_turns (gconstpointer a, gconstpointer b)
{
  const Person *x = *(const Person *const *) a, *y = *(const Person *const *) b;
  if (x->turns != y->turns)
    return x->turns > y->turns ? -1 : 1;
  return g_strcmp0 (x->name, y->name);
}

static Person *
person (Page *pg, const char *name)
{
  Person *p = g_hash_table_lookup (pg->people, name);
  if (!p)
    {
      p = g_new0 (Person, 1);
      p->name = g_strdup (name);
      p->sections = g_hash_table_new (NULL, NULL);
      g_hash_table_insert (pg->people, p->name, p);
      g_ptr_array_add (pg->people_order, p);
    }
  return p;
}

/* Speakers per item and per person from speakers.turn (counted here so the
 * page works with any plugin providing that layer); words from
 * speakers.person when present. */
static void
collect_speakers (Page *pg)
{
  guint n_items;
  const NpItem *items = np_document_get_items (pg->doc, &n_items);
  pg->item_speakers = g_new0 (char *, n_items + 1);
  pg->people = g_hash_table_new (g_str_hash, g_str_equal);
  pg->people_order = g_ptr_array_new_with_free_func ((GDestroyNotify) person_free);
  const NpLayer *turns = np_document_get_layer (pg->doc, "speakers.turn");
  for (guint i = 0; turns && i < np_layer_get_size (turns); i++)
    {
      const NpAnnotation *a = np_layer_get_annotation (turns, i);
      guint32 item = np_annotation_get_target (a);
      gsize n;
      g_autofree const char **names = np_annotation_get_strv (a, "speakers", &n);
      if (item >= n_items || n == 0)
        continue;
      g_free (pg->item_speakers[item]);
      pg->item_speakers[item] = g_strjoinv (", ", (char **) names);
      for (gsize k = 0; k < n; k++)
        {
          Person *p = person (pg, names[k]);
          p->turns++;
          gint32 sec = items[item].section;
          if (sec != NP_NONE)
            g_hash_table_insert (p->sections, GINT_TO_POINTER (sec + 1),
                                 GINT_TO_POINTER (GPOINTER_TO_INT (g_hash_table_lookup (p->sections,
                                                                                        GINT_TO_POINTER (sec + 1)))
                                                  + 1));
        }
    }
  const NpLayer *people = np_document_get_layer (pg->doc, "speakers.person");
  for (guint i = 0; people && i < np_layer_get_size (people); i++)
    {
      const NpAnnotation *a = np_layer_get_annotation (people, i);
      const char *name = np_annotation_get_string (a, "name");
      Person *p = name ? g_hash_table_lookup (pg->people, name) : NULL;
      if (p)
        p->words = np_annotation_get_int (a, "words", 0);
    }
  g_ptr_array_sort (pg->people_order, by_turns);
}

static void
table_open (GString *out, const char *caption, const char *const *cols)
{
  g_string_append (out, "<table>");
  if (caption)
    {
      g_string_append (out, "<caption class=\"sr-only\">");
      esc (out, caption, -1);
      g_string_append (out, "</caption>");
    }
  g_string_append (out, "<thead><tr>");
  for (const char *const *c = cols; *c; c++)
    {
      gsize n = strlen (*c);
      gboolean num = n && (*c)[n - 1] == '>';
      g_string_append_printf (out, "<th scope=\"col\"%s>", num ? " class=\"num\"" : "");
      esc (out, *c, num ? (gssize) n - 1 : (gssize) n);
      g_string_append (out, "</th>");
    }
  g_string_append (out, "</tr></thead><tbody>");
}

static void
section_link (Page *pg, gint32 sec)
{
  guint n;
  const NpSection *s = np_document_get_sections (pg->doc, &n);
  if (sec < 0 || (guint) sec >= n)
    return;
  g_string_append_printf (pg->out, "<a href=\"#s-%d\">", sec);
  esc (pg->out, s[sec].title, -1);
  g_string_append (pg->out, "</a>");
}

static void
write_participation (Page *pg)
{
  GPtrArray *order = pg->people_order;
  if (order->len == 0)
    return;
  guint n = MIN (order->len, 25u);
  g_autofree const char **labels = g_new0 (const char *, n + 1);
  g_autofree double *turns = g_new0 (double, n), *words = g_new0 (double, n);
  gboolean have_words = FALSE;
  for (guint i = 0; i < n; i++)
    {
      Person *p = g_ptr_array_index (order, i);
      labels[i] = p->name;
      turns[i] = p->turns;
      words[i] = p->words;
      have_words |= p->words > 0;
    }
  g_string_append (pg->out, "<section id=\"participation\"><h2>Speaker participation</h2>");
  if (order->len > n)
    g_string_append_printf (pg->out, "<p class=\"muted\">The %u most active of %u speakers.</p>", n, order->len);
  g_string_append (pg->out, "<div class=\"charts\"><figure><figcaption>Turns (attributed items)</figcaption>");
  np_svg_bar_chart (pg->out, "chart-turns", "Turns per speaker", labels, turns, n, "turns");
  g_string_append (pg->out, "</figure>");
  if (have_words)
    {
      g_string_append (pg->out, "<figure><figcaption>Words</figcaption>");
      np_svg_bar_chart (pg->out, "chart-words", "Words per speaker", labels, words, n, "words");
      g_string_append (pg->out, "</figure>");
    }
  g_string_append (pg->out, "</div><details><summary>Table of participation</summary>");
  static const char *const cols[] = { "Speaker", "Turns>", "Words>", "Sections", NULL };
  table_open (pg->out, "Participation", cols);
  for (guint i = 0; i < order->len; i++)
    {
      Person *p = g_ptr_array_index (order, i);
      g_string_append (pg->out, "<tr><td>");
      esc (pg->out, p->name, -1);
      g_string_append_printf (pg->out, "</td><td class=\"num\">%" G_GINT64_FORMAT "</td><td class=\"num\">%" G_GINT64_FORMAT
                                       "</td><td>",
                              p->turns, p->words);
      gboolean first = TRUE;
      guint ns;
      np_document_get_sections (pg->doc, &ns);
      for (guint s = 0; s < ns; s++)
        if (g_hash_table_contains (p->sections, GINT_TO_POINTER (s + 1)))
          {
            if (!first)
              g_string_append (pg->out, ", ");
            section_link (pg, s);
            first = FALSE;
          }
      g_string_append (pg->out, "</td></tr>");
    }
  g_string_append (pg->out, "</tbody></table></details></section>");
}

/* Speakers x sections that have attributed items */
static void
write_matrix (Page *pg)
{
  GPtrArray *order = pg->people_order;
  guint ns;
  const NpSection *sections = np_document_get_sections (pg->doc, &ns);
  if (order->len < 2 || ns == 0)
    return;
  guint rows = MIN (order->len, 20u);
  /* columns: sections where any of these speakers spoke, own items only */
  g_autofree guint *cols = g_new0 (guint, ns);
  guint nc = 0;
  for (guint s = 0; s < ns; s++)
    for (guint r = 0; r < rows; r++)
      if (g_hash_table_contains (((Person *) g_ptr_array_index (order, r))->sections, GINT_TO_POINTER (s + 1)))
        {
          cols[nc++] = s;
          break;
        }
  if (nc < 2)
    return;
  nc = MIN (nc, 40u);
  g_autofree const char **rl = g_new0 (const char *, rows + 1);
  g_autofree const char **cl = g_new0 (const char *, nc + 1);
  g_autofree double *v = g_new0 (double, rows * nc);
  for (guint r = 0; r < rows; r++)
    {
      Person *p = g_ptr_array_index (order, r);
      rl[r] = p->name;
      for (guint c = 0; c < nc; c++)
        v[r * nc + c] = GPOINTER_TO_INT (g_hash_table_lookup (p->sections, GINT_TO_POINTER (cols[c] + 1)));
    }
  for (guint c = 0; c < nc; c++)
    cl[c] = sections[cols[c]].title;
  g_string_append (pg->out, "<section id=\"speaker-topics\"><h2>Who spoke about what</h2>"
                            "<p class=\"muted\">Turns of each speaker in each section.</p><figure>");
  np_svg_heatmap (pg->out, "chart-matrix", "Turns per speaker and section", rl, rows, cl, nc, v);
  g_string_append (pg->out, "</figure></section>");
}

/* speakers.reply: one annotation per reply, "from" the speakers of the
 * answering item "to" those of the answered one. */
static void
write_replies (Page *pg)
{
  const NpLayer *replies = np_document_get_layer (pg->doc, "speakers.reply");
  if (!replies || np_layer_get_size (replies) == 0 || pg->people_order->len < 2)
    return;
  GHashTable *index = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *order = pg->people_order;
  guint nn = MIN (order->len, 20u);
  g_autofree const char **nodes = g_new0 (const char *, nn + 1);
  for (guint i = 0; i < nn; i++)
    {
      nodes[i] = ((Person *) g_ptr_array_index (order, i))->name;
      g_hash_table_insert (index, (gpointer) nodes[i], GUINT_TO_POINTER (i + 1));
    }
  g_autofree double *w = g_new0 (double, nn * nn);
  for (guint i = 0; i < np_layer_get_size (replies); i++)
    {
      /* the layer contract: "from" and "to" name the speakers of the
       * answering and the answered item */
      const NpAnnotation *a = np_layer_get_annotation (replies, i);
      gsize nf, nt;
      g_autofree const char **fa = np_annotation_get_strv (a, "from", &nf);
      g_autofree const char **ta = np_annotation_get_strv (a, "to", &nt);
      for (gsize f = 0; f < nf; f++)
        for (gsize t = 0; t < nt; t++)
          {
            guint fi = GPOINTER_TO_UINT (g_hash_table_lookup (index, fa[f]));
            guint ti = GPOINTER_TO_UINT (g_hash_table_lookup (index, ta[t]));
            if (fi && ti && fi != ti)
              w[(fi - 1) * nn + (ti - 1)] += 1;
          }
    }
  g_hash_table_destroy (index);
  GArray *from = g_array_new (FALSE, FALSE, sizeof (guint)), *to = g_array_new (FALSE, FALSE, sizeof (guint));
  GArray *weight = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint f = 0; f < nn; f++)
    for (guint t = 0; t < nn; t++)
      if (w[f * nn + t] > 0)
        {
          g_array_append_val (from, f);
          g_array_append_val (to, t);
          g_array_append_val (weight, w[f * nn + t]);
        }
  if (from->len)
    {
      g_string_append (pg->out, "<section id=\"replies\"><h2>Who answers whom</h2><figure>");
      np_svg_graph (pg->out, "chart-replies", "Replies between speakers", nodes, nn, (guint *) (gpointer) from->data,
                    (guint *) (gpointer) to->data, (double *) (gpointer) weight->data, from->len);
      g_string_append (pg->out, "</figure><details><summary>Table of replies</summary>");
      static const char *const cols[] = { "Speaker", "answers", "Times>", NULL };
      table_open (pg->out, "Replies", cols);
      for (guint e = 0; e < from->len; e++)
        {
          g_string_append (pg->out, "<tr><td>");
          esc (pg->out, nodes[g_array_index (from, guint, e)], -1);
          g_string_append (pg->out, "</td><td>");
          esc (pg->out, nodes[g_array_index (to, guint, e)], -1);
          g_string_append_printf (pg->out, "</td><td class=\"num\">%.0f</td></tr>", g_array_index (weight, double, e));
        }
      g_string_append (pg->out, "</tbody></table></details></section>");
    }
  g_array_free (from, TRUE);
  g_array_free (to, TRUE);
  g_array_free (weight, TRUE);
}

static void
write_chips (GString *out, const char *const *words, guint n)
{
  g_string_append (out, "<span class=\"chips\">");
  for (guint i = 0; i < n; i++)
    {
      g_string_append (out, "<span>");
      esc (out, words[i], -1);
      g_string_append (out, "</span>");
    }
  g_string_append (out, "</span>");
}

/* keyphrases of one scope instance (section id or -1 for the document) */
static GPtrArray *
keyphrases (const NpDocument *doc, const char *scope, gint64 section, guint max)
{
  GPtrArray *out = g_ptr_array_new ();
  const NpLayer *l = np_document_get_layer (doc, "keywords.phrase");
  for (guint i = 0; l && i < np_layer_get_size (l) && out->len < max; i++)
    {
      const NpAnnotation *a = np_layer_get_annotation (l, i);
      if (g_strcmp0 (np_annotation_get_string (a, "scope"), scope) != 0)
        continue;
      if (section >= 0 && np_annotation_get_int (a, "section", -1) != section)
        continue;
      const char *t = np_annotation_get_string (a, "text");
      if (t)
        g_ptr_array_add (out, (gpointer) t);
    }
  return out;
}

static void
write_topics (Page *pg)
{
  const NpLayer *topics = np_document_get_layer (pg->doc, "topics.cluster");
  g_autoptr (GPtrArray) kp = keyphrases (pg->doc, "document", -1, 15);
  if ((!topics || np_layer_get_size (topics) == 0) && kp->len == 0)
    return;
  g_string_append (pg->out, "<section id=\"themes\"><h2>Keyphrases and topics</h2>");
  if (kp->len)
    {
      g_string_append (pg->out, "<p><strong>Keyphrases:</strong> ");
      write_chips (pg->out, (const char *const *) kp->pdata, kp->len);
      g_string_append (pg->out, "</p>");
    }
  if (topics && np_layer_get_size (topics))
    {
      static const char *const cols[] = { "Topic", "Terms", "Items>", NULL };
      table_open (pg->out, "Topics", cols);
      for (guint i = 0; i < np_layer_get_size (topics); i++)
        {
          const NpAnnotation *a = np_layer_get_annotation (topics, i);
          g_string_append (pg->out, "<tr><td>");
          esc (pg->out, np_annotation_get_string (a, "label"), -1);
          g_string_append (pg->out, "</td><td>");
          gsize nt;
          g_autofree const char **terms = np_annotation_get_strv (a, "terms", &nt);
          for (gsize k = 0; k < nt; k++)
            {
              if (k)
                g_string_append (pg->out, ", ");
              esc (pg->out, terms[k], -1);
            }
          GVariant *items = np_annotation_get (a, "items");
          g_string_append_printf (pg->out, "</td><td class=\"num\">%zu</td></tr>", items ? g_variant_n_children (items) : 0);
        }
      g_string_append (pg->out, "</tbody></table>");
    }
  g_string_append (pg->out, "</section>");
}

/* actions.entry (docs/output-format.md): action items, questions and
 * decisions, each linked to its item. */
static void
write_actions (Page *pg)
{
  const NpLayer *l = np_document_get_layer (pg->doc, "actions.entry");
  if (!l || np_layer_get_size (l) == 0)
    return;
  static const struct
  {
    const char *kind, *title, *who;
  } kinds[] = { { "action", "Action items", "Owner" },
                { "question", "Questions", "Asked by" },
                { "decision", "Decisions", "Stated by" } };
  guint n_items;
  const NpItem *items = np_document_get_items (pg->doc, &n_items);
  g_string_append (pg->out, "<section id=\"actions\"><h2>Actions, questions and decisions</h2>");
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      gboolean open = FALSE;
      for (guint i = 0; i < np_layer_get_size (l); i++)
        {
          const NpAnnotation *a = np_layer_get_annotation (l, i);
          if (g_strcmp0 (np_annotation_get_string (a, "kind"), kinds[k].kind) != 0)
            continue;
          if (!open)
            {
              const char *cols[] = { kinds[k].who, "Text", "Line>", NULL };
              g_string_append_printf (pg->out, "<h3>%s</h3>", kinds[k].title);
              table_open (pg->out, kinds[k].title, cols);
              open = TRUE;
            }
          gint64 item = np_annotation_get_target (a);
          gsize no;
          g_autofree const char **owners = np_annotation_get_strv (a, "owners", &no);
          g_string_append (pg->out, "<tr><td>");
          for (gsize o = 0; o < no; o++)
            {
              if (o)
                g_string_append (pg->out, ", ");
              esc (pg->out, owners[o], -1);
            }
          g_string_append (pg->out, "</td><td>");
          if (item >= 0 && (guint64) item < n_items)
            g_string_append_printf (pg->out, "<a href=\"#i-%" G_GINT64_FORMAT "\">", item);
          esc (pg->out, np_annotation_get_string (a, "text"), -1);
          if (item >= 0 && (guint64) item < n_items)
            g_string_append_printf (pg->out, "</a></td><td class=\"num\">%u</td></tr>", items[item].line);
          else
            g_string_append (pg->out, "</td><td></td></tr>");
        }
      if (open)
        g_string_append (pg->out, "</tbody></table>");
    }
  g_string_append (pg->out, "</section>");
}

static void
write_item_text (Page *pg, const NpItem *it)
{
  GString *out = pg->out;
  const char *text = pg->doc->text;
  if (it->kind == NP_ITEM_CODE)
    {
      g_string_append (out, "<span class=\"code\">");
      esc (out, text + it->start, it->end - it->start);
      g_string_append (out, "</span>");
      return;
    }
  /* links for URL tokens; the rest escaped */
  guint nt;
  const NpToken *toks = np_document_get_tokens (pg->doc, &nt);
  guint32 pos = it->start;
  for (guint k = it->token_first; k < it->token_first + it->token_count; k++)
    if (toks[k].kind == NP_TOKEN_URL)
      {
        esc (out, text + pos, toks[k].start - pos);
        g_string_append (out, "<a href=\"");
        esc (out, text + toks[k].start, toks[k].end - toks[k].start);
        g_string_append (out, "\" rel=\"nofollow noreferrer\">");
        esc (out, text + toks[k].start, toks[k].end - toks[k].start);
        g_string_append (out, "</a>");
        pos = toks[k].end;
      }
  esc (out, text + pos, it->end - pos);
}

static void
write_items (Page *pg, guint first, guint end)
{
  guint n_items;
  const NpItem *items = np_document_get_items (pg->doc, &n_items);
  if (first >= end)
    return;
  /* Nested lists from depths (relative to the first item).  Invariant:
   * `levels` <ul> are open and, after the first item, one <li> is open in
   * the innermost; a depth jump of more than one level opens wrapper <li>s
   * so the HTML stays valid. */
  guint levels = 0;
  guint base = items[first].depth;
  for (guint i = first; i < end; i++)
    {
      guint target = (items[i].depth > base ? items[i].depth - base : 0) + 1;
      if (target > levels)
        {
          gboolean wrapper = FALSE;
          while (levels < target)
            {
              if (wrapper)
                g_string_append (pg->out, "<li class=\"gap\">");
              g_string_append (pg->out, "<ul class=\"items\">");
              levels++;
              wrapper = TRUE;
            }
        }
      else
        {
          g_string_append (pg->out, "</li>");
          while (levels > target)
            {
              g_string_append (pg->out, "</ul></li>");
              levels--;
            }
        }
      g_string_append_printf (pg->out,
                              "<li id=\"i-%u\"><a class=\"anchor\" href=\"#i-%u\" aria-label=\"item %u, line %u\">¶</a>",
                              i, i, i, items[i].line);
      if (pg->item_speakers[i])
        {
          g_string_append (pg->out, "<span class=\"speaker\">");
          esc (pg->out, pg->item_speakers[i], -1);
          g_string_append (pg->out, "</span>");
        }
      write_item_text (pg, &items[i]);
    }
  g_string_append (pg->out, "</li>");
  while (levels > 1)
    {
      g_string_append (pg->out, "</ul></li>");
      levels--;
    }
  g_string_append (pg->out, "</ul>");
}

static void
write_notes (Page *pg)
{
  guint ns, n_items;
  const NpSection *sections = np_document_get_sections (pg->doc, &ns);
  np_document_get_items (pg->doc, &n_items);
  g_string_append (pg->out, "<section id=\"notes\"><h2>Notes</h2>");
  guint first_in_section = ns ? sections[0].item_first : n_items;
  write_items (pg, 0, first_in_section);
  g_autofree guint *depth = g_new0 (guint, ns + 1);
  for (guint s = 0; s < ns; s++)
    {
      depth[s] = sections[s].parent == NP_NONE ? 0 : depth[sections[s].parent] + 1;
      guint h = MIN (3 + depth[s], 6u);
      g_string_append_printf (pg->out, "<h%u id=\"s-%u\">", h, s);
      esc (pg->out, sections[s].title, -1);
      g_string_append_printf (pg->out, "</h%u>", h);
      g_autoptr (GPtrArray) kp = keyphrases (pg->doc, "section", s, 5);
      GPtrArray *speakers = g_ptr_array_new ();
      for (guint p = 0; p < pg->people_order->len; p++)
        {
          Person *person = g_ptr_array_index (pg->people_order, p);
          /* speakers of the section and its subsections */
          for (guint t = s; t < ns && (t == s || depth[t] > depth[s] || sections[t].item_first < sections[s].item_first + sections[s].item_count); t++)
            {
              if (t > s && depth[t] <= depth[s])
                break;
              if (g_hash_table_contains (person->sections, GINT_TO_POINTER (t + 1)))
                {
                  g_ptr_array_add (speakers, person->name);
                  break;
                }
            }
        }
      if (kp->len || speakers->len)
        {
          g_string_append (pg->out, "<p class=\"muted\">");
          if (kp->len)
            {
              g_string_append (pg->out, "Keyphrases: ");
              write_chips (pg->out, (const char *const *) kp->pdata, kp->len);
            }
          if (speakers->len)
            {
              g_string_append (pg->out, kp->len ? "<br>Speakers: " : "Speakers: ");
              for (guint k = 0; k < MIN (speakers->len, 12u); k++)
                {
                  if (k)
                    g_string_append (pg->out, ", ");
                  esc (pg->out, g_ptr_array_index (speakers, k), -1);
                }
              if (speakers->len > 12)
                g_string_append_printf (pg->out, " and %u more", speakers->len - 12);
            }
          g_string_append (pg->out, "</p>");
        }
      g_ptr_array_free (speakers, TRUE);
      /* own items: up to the first subsection */
      guint end = sections[s].item_first + sections[s].item_count;
      if (s + 1 < ns && sections[s + 1].parent == (gint32) s)
        end = sections[s + 1].item_first;
      write_items (pg, sections[s].item_first, end);
      /* items after the last subsection that belong to this section are
       * rare (a heading level skipped back); they follow that subsection */
    }
  g_string_append (pg->out, "</section>");
}

static void
write_outline (Page *pg)
{
  guint ns;
  const NpSection *sections = np_document_get_sections (pg->doc, &ns);
  g_string_append (pg->out, "<nav class=\"outline\" aria-label=\"Outline\"><h2>Outline</h2><ol>");
  g_string_append (pg->out, "<li><a href=\"#notes\">Notes</a><ol>");
  g_autofree guint *depth = g_new0 (guint, ns + 1);
  int open = 0;
  for (guint s = 0; s < ns; s++)
    {
      depth[s] = sections[s].parent == NP_NONE ? 0 : depth[sections[s].parent] + 1;
      int d = (int) MIN (depth[s], 8u);
      while (open < d)
        {
          g_string_append (pg->out, "<ol>");
          open++;
        }
      while (open > d)
        {
          g_string_append (pg->out, "</ol>");
          open--;
        }
      g_string_append_printf (pg->out, "<li><a href=\"#s-%u\">", s);
      esc (pg->out, sections[s].title, -1);
      g_string_append_printf (pg->out, "</a> <span class=\"muted\">(%u)</span></li>", sections[s].item_count);
    }
  while (open-- > 0)
    g_string_append (pg->out, "</ol>");
  g_string_append (pg->out, "</ol></li></ol></nav>");
}

static void
write_summaries (Page *pg, GPtrArray *summaries)
{
  gboolean any = FALSE;
  for (guint i = 0; summaries && i < summaries->len; i++)
    {
      NpPluginSummary *s = g_ptr_array_index (summaries, i);
      /* shown in a section of their own, linked to the items */
      if (g_str_equal (s->plugin, "actions") && np_document_get_layer (pg->doc, "actions.entry"))
        continue;
      if (!any)
        g_string_append (pg->out, "<section id=\"plugins\"><h2>Plugin summaries</h2>");
      any = TRUE;
      g_string_append_printf (pg->out, "<h3 id=\"plugin-%s\">", s->plugin);
      esc (pg->out, s->plugin, -1);
      g_string_append (pg->out, "</h3>");
      for (guint k = 0; k < s->lines->len; k++)
        {
          g_string_append (pg->out, "<p>");
          esc (pg->out, g_ptr_array_index (s->lines, k), -1);
          g_string_append (pg->out, "</p>");
        }
      for (guint k = 0; k < s->tables->len; k++)
        {
          NpSummaryTable *t = g_ptr_array_index (s->tables, k);
          if (t->title)
            {
              g_string_append (pg->out, "<h4>");
              esc (pg->out, t->title, -1);
              g_string_append (pg->out, "</h4>");
            }
          g_ptr_array_add (t->columns, NULL);
          table_open (pg->out, t->title, (const char *const *) t->columns->pdata);
          g_ptr_array_set_size (t->columns, t->columns->len - 1);
          for (guint r = 0; r < t->rows->len; r++)
            {
              GPtrArray *row = g_ptr_array_index (t->rows, r);
              g_string_append (pg->out, "<tr>");
              for (guint c = 0; c < row->len; c++)
                {
                  const char *cn = g_ptr_array_index (t->columns, c);
                  gsize cl = strlen (cn);
                  g_string_append (pg->out, cl && cn[cl - 1] == '>' ? "<td class=\"num\">" : "<td>");
                  esc (pg->out, g_ptr_array_index (row, c), -1);
                  g_string_append (pg->out, "</td>");
                }
              g_string_append (pg->out, "</tr>");
            }
          g_string_append (pg->out, "</tbody></table>");
        }
    }
  if (any)
    g_string_append (pg->out, "</section>");
}

void
np_html_page_open (GString *out, const char *title)
{
  g_string_append (out, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                        "<meta name=\"generator\" content=\"notepipe " NP_PACKAGE_VERSION "\">"
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        "style-src 'unsafe-inline'; img-src data:\"><title>");
  esc (out, title, -1);
  g_string_append (out, "</title><style>" NP_REPORT_CSS "</style></head><body>\n");
}

void
np_html_document_body (GString *out, const NpDocument *doc, GPtrArray *summaries)
{
  Page pg = { doc, out, NULL, NULL, NULL };
  collect_speakers (&pg);
  guint n_items, ns, na;
  np_document_get_items (doc, &n_items);
  np_document_get_sections (doc, &ns);
  const NpPerson *att = np_document_get_attendees (doc, &na);

  g_string_append (out, "<div class=\"page\"><header class=\"top\"><h1>");
  esc (out, np_document_get_title (doc) ? np_document_get_title (doc) : np_document_get_source (doc), -1);
  g_string_append (out, "</h1><p class=\"meta\">");
  if (np_document_get_date (doc))
    {
      g_string_append (out, "<time datetime=\"");
      esc (out, np_document_get_date (doc), -1);
      g_string_append (out, "\">");
      esc (out, np_document_get_date (doc), -1);
      g_string_append (out, "</time> · ");
    }
  guint np = pg.people_order->len;
  g_string_append_printf (out, "%u section%s, %u item%s, %u speaker%s · <span class=\"muted\">", ns, PLURAL (ns),
                          n_items, PLURAL (n_items), np, PLURAL (np));
  esc (out, np_document_get_source (doc), -1);
  g_string_append (out, "</span></p></header>");
  write_outline (&pg);
  g_string_append (out, "<main>");
  if (na)
    {
      g_string_append_printf (out, "<section id=\"attendees\"><h2>Attendees (%u)</h2><p>", na);
      for (guint i = 0; i < na; i++)
        {
          if (i)
            g_string_append (out, ", ");
          esc (out, att[i].name, -1);
          if (att[i].abbreviation)
            {
              g_string_append (out, " (");
              esc (out, att[i].abbreviation, -1);
              g_string_append (out, ")");
            }
        }
      g_string_append (out, "</p></section>");
    }
  write_participation (&pg);
  write_matrix (&pg);
  write_replies (&pg);
  write_topics (&pg);
  write_actions (&pg);
  write_summaries (&pg, summaries);
  write_notes (&pg);
  g_string_append (out, "</main></div>\n");
  for (guint i = 0; i < n_items; i++)
    g_free (pg.item_speakers[i]);
  g_free (pg.item_speakers);
  g_hash_table_destroy (pg.people);
  g_ptr_array_free (pg.people_order, TRUE);
}

int
np_write_html_document (FILE *out, const NpDocument *doc, GPtrArray *summaries)
{
  GString *s = g_string_sized_new (65536);
  np_html_page_open (s, np_document_get_title (doc) ? np_document_get_title (doc) : np_document_get_source (doc));
  np_html_document_body (s, doc, summaries);
  g_string_append (s, "</body></html>\n");
  fwrite (s->str, 1, s->len, out);
  g_string_free (s, TRUE);
  return 0;
}
