/* svg.c: the report's charts as inline SVG, written by hand.
 *
 * A charting library would bring scripts or a runtime; these four shapes
 * (bars, heat map, graph, stacked columns) are a few hundred lines, need
 * nothing at view time, print well, and are tested against the numbers
 * they draw.  Text is never clipped: label columns are sized from the
 * longest label (7 px per character at 12 px, a safe overestimate for
 * the sans-serif stack the page uses) and long labels are shortened with
 * an ellipsis while the full text stays in the tooltip. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "svg.h"

#define CHAR_W 7.0
#define MAX_LABEL 40

void
np_html_escape (GString *out, const char *s, gssize len)
{
  if (!s)
    return;
  if (len < 0)
    len = strlen (s);
  const char *run = s;
  for (const char *p = s; p < s + len; p++)
    {
      const char *rep = NULL;
      switch (*p)
        {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = "&quot;"; break;
        case '\'': rep = "&#39;"; break;
        default: continue;
        }
      g_string_append_len (out, run, p - run);
      g_string_append (out, rep);
      run = p + 1;
    }
  g_string_append_len (out, run, s + len - run);
}

char *
np_svg_shorten (const char *s, guint max)
{
  if (!s)
    return g_strdup ("");
  if ((guint) g_utf8_strlen (s, -1) <= max)
    return g_strdup (s);
  const char *cut = g_utf8_offset_to_pointer (s, max - 1);
  g_autofree char *head = g_strndup (s, cut - s);
  return g_strconcat (head, "…", NULL);
}

static guint
label_width (const char *const *labels, guint n)
{
  guint w = 0;
  for (guint i = 0; i < n; i++)
    w = MAX (w, (guint) MIN (g_utf8_strlen (labels[i] ? labels[i] : "", -1), MAX_LABEL));
  return (guint) (w * CHAR_W) + 12;
}

static void
format_number (GString *out, double v)
{
  if (fabs (v - rint (v)) < 1e-9)
    g_string_append_printf (out, "%.0f", v);
  else
    g_string_append_printf (out, "%.2f", v);
}

static void
open_svg (GString *out, const char *id, const char *title, double w, double h, const char *desc)
{
  g_string_append_printf (out, "<svg class=\"chart\" id=\"%s\" role=\"img\" aria-labelledby=\"%s-t %s-d\" "
                               "viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" height=\"%.0f\" "
                               "xmlns=\"http://www.w3.org/2000/svg\">",
                          id, id, id, w, h, w, h);
  g_string_append_printf (out, "<title id=\"%s-t\">", id);
  np_html_escape (out, title, -1);
  g_string_append_printf (out, "</title><desc id=\"%s-d\">", id);
  np_html_escape (out, desc, -1);
  g_string_append (out, "</desc>");
}

static void
text (GString *out, double x, double y, const char *anchor, const char *cls, const char *s, guint max)
{
  g_autofree char *shown = np_svg_shorten (s, max);
  g_string_append_printf (out, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" class=\"%s\">", x, y, anchor, cls);
  np_html_escape (out, shown, -1);
  g_string_append (out, "</text>");
}

/* " turns" after a value, " turn" after 1: the unit's plural drops its
 * final s */
static void
append_unit (GString *out, double value, const char *suffix)
{
  if (suffix == NULL)
    return;
  gsize n = strlen (suffix);
  gboolean one = value == 1 && n > 1 && suffix[n - 1] == 's';
  g_string_append_printf (out, " %.*s", (int) (one ? n - 1 : n), suffix);
}

void
np_svg_bar_chart (GString *out, const char *id, const char *title, const char *const *labels, const double *values,
                  guint n, const char *suffix)
{
  double max = 0;
  for (guint i = 0; i < n; i++)
    max = MAX (max, values[i]);
  guint lw = label_width (labels, n);
  double bar_area = 360, row = 22, w = lw + bar_area + 70, h = n * row + 16;
  GString *desc = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (desc, "%s%s: ", i ? "; " : "", labels[i]);
      format_number (desc, values[i]);
      append_unit (desc, values[i], suffix);
    }
  open_svg (out, id, title, w, h, desc->str);
  g_string_free (desc, TRUE);
  for (guint i = 0; i < n; i++)
    {
      double y = 8 + i * row;
      double bw = max > 0 ? values[i] / max * bar_area : 0;
      text (out, lw - 8, y + 14, "end", "label", labels[i], MAX_LABEL);
      g_string_append_printf (out, "<rect class=\"bar s%u\" data-value=\"", i % 8);
      format_number (out, values[i]);
      g_string_append_printf (out, "\" x=\"%u\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>", lw, y + 2,
                              MAX (bw, 1.0), row - 6);
      np_html_escape (out, labels[i], -1);
      g_string_append (out, ": ");
      format_number (out, values[i]);
      append_unit (out, values[i], suffix);
      g_string_append (out, "</title></rect>");
      GString *num = g_string_new (NULL);
      format_number (num, values[i]);
      text (out, lw + MAX (bw, 1.0) + 6, y + 14, "start", "value", num->str, 20);
      g_string_free (num, TRUE);
    }
  g_string_append (out, "</svg>");
}

void
np_svg_heatmap (GString *out, const char *id, const char *title, const char *const *row_labels, guint n_rows,
                const char *const *col_labels, guint n_cols, const double *values)
{
  double max = 0;
  for (guint i = 0; i < n_rows * n_cols; i++)
    max = MAX (max, values[i]);
  guint lw = label_width (row_labels, n_rows);
  guint col_label_h = 0;
  for (guint c = 0; c < n_cols; c++)
    col_label_h = MAX (col_label_h, (guint) MIN (g_utf8_strlen (col_labels[c], -1), 28));
  double cell = 30, top = col_label_h * CHAR_W * 0.72 + 16;
  double w = lw + n_cols * cell + 30 + col_label_h * CHAR_W * 0.72, h = top + n_rows * cell + 10;
  GString *desc = g_string_new (NULL);
  for (guint r = 0; r < n_rows; r++)
    {
      gboolean any = FALSE;
      for (guint c = 0; c < n_cols; c++)
        if (values[r * n_cols + c] > 0)
          {
            g_string_append_printf (desc, "%s%s in %s: ", any ? ", " : (desc->len ? "; " : ""), row_labels[r],
                                    col_labels[c]);
            format_number (desc, values[r * n_cols + c]);
            any = TRUE;
          }
    }
  open_svg (out, id, title, w, h, desc->len ? desc->str : "no data");
  g_string_free (desc, TRUE);
  for (guint c = 0; c < n_cols; c++)
    {
      double x = lw + c * cell + cell / 2;
      g_autofree char *shown = np_svg_shorten (col_labels[c], 28);
      g_string_append_printf (out, "<text class=\"label\" transform=\"translate(%.1f,%.1f) rotate(-45)\">", x + 4,
                              top - 6);
      np_html_escape (out, shown, -1);
      g_string_append (out, "</text>");
    }
  for (guint r = 0; r < n_rows; r++)
    {
      double y = top + r * cell;
      text (out, lw - 8, y + cell / 2 + 4, "end", "label", row_labels[r], MAX_LABEL);
      for (guint c = 0; c < n_cols; c++)
        {
          double v = values[r * n_cols + c];
          /* four shades and empty, so the matrix reads in grey too; the number is printed in the cell */
          guint shade = max > 0 && v > 0 ? 1 + (guint) MIN (3.0, floor (v / max * 3.999)) : 0;
          g_string_append_printf (out, "<rect class=\"cell h%u\" data-value=\"", shade);
          format_number (out, v);
          g_string_append_printf (out, "\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>", lw + c * cell,
                                  y, cell - 2, cell - 2);
          np_html_escape (out, row_labels[r], -1);
          g_string_append (out, " × ");
          np_html_escape (out, col_labels[c], -1);
          g_string_append (out, ": ");
          format_number (out, v);
          g_string_append (out, "</title></rect>");
          if (v > 0)
            {
              GString *num = g_string_new (NULL);
              format_number (num, v);
              text (out, lw + c * cell + (cell - 2) / 2, y + cell / 2 + 4, "middle", shade >= 3 ? "cellnum dark" : "cellnum",
                    num->str, 5);
              g_string_free (num, TRUE);
            }
        }
    }
  g_string_append (out, "</svg>");
}

void
np_svg_graph (GString *out, const char *id, const char *title, const char *const *nodes, guint n_nodes,
              const guint *from, const guint *to, const double *weight, guint n_edges)
{
  guint lw = label_width (nodes, n_nodes);
  double radius = MAX (90.0, n_nodes * 14.0);
  double cx = radius + lw + 10, cy = radius + 30;
  double w = 2 * cx, h = 2 * cy;
  double maxw = 0;
  for (guint e = 0; e < n_edges; e++)
    maxw = MAX (maxw, weight[e]);
  GString *desc = g_string_new (NULL);
  for (guint e = 0; e < n_edges; e++)
    {
      g_string_append_printf (desc, "%s%s answers %s ", e ? "; " : "", nodes[from[e]], nodes[to[e]]);
      format_number (desc, weight[e]);
      g_string_append (desc, weight[e] == 1 ? " time" : " times");
    }
  open_svg (out, id, title, w, h, desc->len ? desc->str : "no replies");
  g_string_free (desc, TRUE);
  g_string_append_printf (out, "<defs><marker id=\"%s-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" "
                               "markerWidth=\"6\" markerHeight=\"6\" orient=\"auto-start-reverse\">"
                               "<path d=\"M 0 0 L 10 5 L 0 10 z\" class=\"arrowhead\"/></marker></defs>",
                          id);
  double *px = g_new (double, n_nodes), *py = g_new (double, n_nodes);
  for (guint i = 0; i < n_nodes; i++)
    {
      double a = 2 * G_PI * i / MAX (n_nodes, 1) - G_PI / 2;
      px[i] = cx + radius * cos (a);
      py[i] = cy + radius * sin (a);
    }
  for (guint e = 0; e < n_edges; e++)
    {
      double x1 = px[from[e]], y1 = py[from[e]], x2 = px[to[e]], y2 = py[to[e]];
      double dx = x2 - x1, dy = y2 - y1, len = sqrt (dx * dx + dy * dy);
      if (len < 1)
        continue;
      /* stop at the node circles; bend a little so a <-> b edges stay apart */
      double ux = dx / len, uy = dy / len;
      x1 += ux * 9, y1 += uy * 9, x2 -= ux * 11, y2 -= uy * 11;
      double mx = (x1 + x2) / 2 - uy * len * 0.12, my = (y1 + y2) / 2 + ux * len * 0.12;
      double sw = 1 + (maxw > 0 ? weight[e] / maxw * 5 : 0);
      g_string_append_printf (out, "<path class=\"edge\" data-value=\"");
      format_number (out, weight[e]);
      g_string_append_printf (out, "\" d=\"M %.1f %.1f Q %.1f %.1f %.1f %.1f\" stroke-width=\"%.1f\" "
                                   "marker-end=\"url(#%s-arrow)\"><title>",
                              x1, y1, mx, my, x2, y2, sw, id);
      np_html_escape (out, nodes[from[e]], -1);
      g_string_append (out, " → ");
      np_html_escape (out, nodes[to[e]], -1);
      g_string_append (out, ": ");
      format_number (out, weight[e]);
      g_string_append (out, "</title></path>");
    }
  for (guint i = 0; i < n_nodes; i++)
    {
      g_string_append_printf (out, "<circle class=\"node\" cx=\"%.1f\" cy=\"%.1f\" r=\"8\"><title>", px[i], py[i]);
      np_html_escape (out, nodes[i], -1);
      g_string_append (out, "</title></circle>");
      gboolean right = px[i] >= cx - 1;
      text (out, px[i] + (right ? 12 : -12), py[i] + 4, right ? "start" : "end", "label", nodes[i], MAX_LABEL);
    }
  g_free (px);
  g_free (py);
  g_string_append (out, "</svg>");
}

void
np_svg_stacked_columns (GString *out, const char *id, const char *title, const char *const *periods, guint n_periods,
                        const char *const *series, guint n_series, const double *values)
{
  double max = 0;
  for (guint p = 0; p < n_periods; p++)
    {
      double sum = 0;
      for (guint s = 0; s < n_series; s++)
        sum += values[p * n_series + s];
      max = MAX (max, sum);
    }
  double col = 34, plot_h = 200, left = 40, legend_w = label_width (series, n_series) + 24;
  double w = left + n_periods * col + 20 + legend_w, h = plot_h + 90;
  GString *desc = g_string_new (NULL);
  for (guint p = 0; p < n_periods; p++)
    {
      g_string_append_printf (desc, "%s%s:", p ? "; " : "", periods[p]);
      gboolean any = FALSE;
      for (guint s = 0; s < n_series; s++)
        if (values[p * n_series + s] > 0)
          {
            g_string_append_printf (desc, "%s %s ", any ? "," : "", series[s]);
            format_number (desc, values[p * n_series + s]);
            any = TRUE;
          }
      if (!any)
        g_string_append (desc, " none");
    }
  open_svg (out, id, title, w, h, desc->str);
  g_string_free (desc, TRUE);
  g_string_append_printf (out, "<line class=\"axis\" x1=\"%.0f\" y1=\"10\" x2=\"%.0f\" y2=\"%.0f\"/>", left - 4, left - 4,
                          10 + plot_h);
  GString *num = g_string_new (NULL);
  format_number (num, max);
  text (out, left - 8, 20, "end", "value", num->str, 8);
  g_string_free (num, TRUE);
  text (out, left - 8, 10 + plot_h, "end", "value", "0", 8);
  for (guint p = 0; p < n_periods; p++)
    {
      double x = left + p * col, y = 10 + plot_h;
      for (guint s = 0; s < n_series; s++)
        {
          double v = values[p * n_series + s];
          double bh = max > 0 ? v / max * plot_h : 0;
          y -= bh;
          g_string_append_printf (out, "<rect class=\"seg s%u\" data-value=\"", s % 8);
          format_number (out, v);
          g_string_append_printf (out, "\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>", x, y,
                                  col - 6, bh);
          np_html_escape (out, periods[p], -1);
          g_string_append (out, ", ");
          np_html_escape (out, series[s], -1);
          g_string_append (out, ": ");
          format_number (out, v);
          g_string_append (out, "</title></rect>");
        }
      g_string_append_printf (out, "<text class=\"label\" transform=\"translate(%.1f,%.1f) rotate(-45)\" "
                                   "text-anchor=\"end\">",
                              x + col / 2, 10 + plot_h + 14);
      np_html_escape (out, periods[p], -1);
      g_string_append (out, "</text>");
    }
  for (guint s = 0; s < n_series; s++)
    {
      double lx = left + n_periods * col + 24, ly = 14 + s * 18;
      g_string_append_printf (out, "<rect class=\"key s%u\" x=\"%.1f\" y=\"%.1f\" width=\"12\" height=\"12\"/>", s % 8,
                              lx, ly);
      text (out, lx + 18, ly + 11, "start", "label", series[s], MAX_LABEL);
    }
  g_string_append (out, "</svg>");
}
