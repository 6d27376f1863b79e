/* svg.h: small, accessible SVG charts for the HTML reports (internal).
 *
 * Every chart is an inline <svg role="img"> with a <title> and a <desc>
 * that states the data in words, so it reads without colour or sight;
 * each mark carries its value (data-value) and a tooltip (<title>), and
 * the caller also prints the numbers in a table.  Colours come from CSS
 * classes, so print and high-contrast styles can change them. */
#ifndef NP_SVG_H
#define NP_SVG_H

#include <glib.h>

G_BEGIN_DECLS

/* Horizontal bars, one per label; value_suffix is added to numbers ("words") */
void np_svg_bar_chart (GString *out, const char *id, const char *title, const char *const *labels,
                       const double *values, guint n, const char *value_suffix);
/* A rows x cols matrix (values row-major); cells shaded by value */
void np_svg_heatmap (GString *out, const char *id, const char *title, const char *const *row_labels, guint n_rows,
                     const char *const *col_labels, guint n_cols, const double *values);
/* A directed weighted graph on a circle: edges from[i] -> to[i], weight[i] */
void np_svg_graph (GString *out, const char *id, const char *title, const char *const *nodes, guint n_nodes,
                   const guint *from, const guint *to, const double *weight, guint n_edges);
/* Columns over periods, one group per period, one series each (stacked) */
void np_svg_stacked_columns (GString *out, const char *id, const char *title, const char *const *periods,
                             guint n_periods, const char *const *series, guint n_series, const double *values);

/* Text helpers shared with the HTML writer */
void np_html_escape (GString *out, const char *s, gssize len);
/* Label cut to at most max characters with an ellipsis (transfer full) */
char *np_svg_shorten (const char *s, guint max);

G_END_DECLS

#endif
