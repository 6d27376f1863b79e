/* report-style.h: the report pages' one stylesheet (internal).  Inline in
 * every page: nothing is fetched.  Colours are the Okabe-Ito palette (safe
 * for colour blindness); the heat map's five shades differ in lightness so
 * it reads in grey and in print, and every cell also shows its number. */
#ifndef NP_REPORT_STYLE_H
#define NP_REPORT_STYLE_H

#define NP_REPORT_CSS                                                                                         \
  ":root{--fg:#1a1a1a;--muted:#555;--bg:#fff;--line:#ddd;--accent:#0b5cad;--hl:#fff3c4}"                    \
  "*{box-sizing:border-box}"                                                                                  \
  "body{font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif;color:var(--fg);"    \
  "background:var(--bg);margin:0}"                                                                            \
  ".page{display:grid;grid-template-columns:minmax(12rem,18rem) minmax(0,1fr);gap:2rem;max-width:80rem;"      \
  "margin:0 auto;padding:1.5rem}"                                                                             \
  "header.top{grid-column:1/-1;border-bottom:2px solid var(--line);padding-bottom:.5rem}"                     \
  "h1{font-size:1.7rem;margin:.2rem 0}h2{font-size:1.3rem;margin:2rem 0 .6rem;border-bottom:1px solid "       \
  "var(--line)}h3{font-size:1.12rem;margin:1.4rem 0 .3rem}h4,h5,h6{font-size:1rem;margin:1rem 0 .3rem}"       \
  ".meta,.muted{color:var(--muted)}"                                                                          \
  "nav.outline{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto;font-size:.92rem;"       \
  "padding-top:.5rem}"                                                                                        \
  "nav.outline ol{list-style:none;padding-left:.9rem;margin:.2rem 0}nav.outline>ol{padding-left:0}"           \
  "a{color:var(--accent)}a:focus{outline:2px solid var(--accent)}"                                            \
  "table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.92rem}"                                      \
  "th,td{border:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}"               \
  "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}"                                         \
  "ul.items{padding-left:1.3rem;margin:.3rem 0}ul.items li{margin:.15rem 0;overflow-wrap:anywhere}"           \
  "li:target{background:var(--hl)}a.anchor{color:var(--line);text-decoration:none;margin-right:.3rem;"        \
  "font-size:.8rem}li:hover>a.anchor{color:var(--muted)}"                                                     \
  ".speaker{font-weight:600;background:#e8f1fb;border-radius:3px;padding:0 .25rem;margin-right:.3rem}"        \
  ".code{font-family:ui-monospace,'DejaVu Sans Mono',monospace;white-space:pre-wrap;background:#f6f6f6;"      \
  "display:block;padding:.3rem}"                                                                              \
  ".chips span{display:inline-block;border:1px solid var(--line);border-radius:1rem;padding:0 .5rem;"         \
  "margin:.1rem .2rem .1rem 0;font-size:.88rem}"                                                              \
  ".charts{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}"                                    \
  "figure{margin:0;max-width:100%;overflow-x:auto}figcaption{font-weight:600;margin-bottom:.3rem}"             \
  "svg.chart{max-width:100%;height:auto;font:12px system-ui,'DejaVu Sans',sans-serif}"                         \
  "svg .label{fill:#1a1a1a}svg .value{fill:#444}svg .cellnum{fill:#1a1a1a;font-size:11px}"                    \
  "svg .cellnum.dark{fill:#fff}svg .axis{stroke:#999}"                                                        \
  "svg .s0{fill:#0072B2}svg .s1{fill:#E69F00}svg .s2{fill:#009E73}svg .s3{fill:#CC79A7}svg .s4{fill:#56B4E9}" \
  "svg .s5{fill:#D55E00}svg .s6{fill:#F0E442}svg .s7{fill:#999999}"                                           \
  "svg .h0{fill:#f4f4f4}svg .h1{fill:#d6e6f4}svg .h2{fill:#9ec5e6}svg .h3{fill:#4a8fc8}svg .h4{fill:#0b4f8a}" \
  "svg .edge{fill:none;stroke:#0072B2;stroke-opacity:.6}svg .arrowhead{fill:#0072B2}"                         \
  "svg .node{fill:#E69F00;stroke:#1a1a1a}"                                                                    \
  "details{margin:.3rem 0 1rem}summary{cursor:pointer;color:var(--muted)}"                                    \
  ".sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}"                       \
  "@media (max-width:50rem){.page{grid-template-columns:1fr}nav.outline{position:static;max-height:none}}"   \
  "@media print{nav.outline{display:none}.page{display:block;max-width:none}a{color:inherit}"                 \
  "li:target{background:none}h2{break-after:avoid}figure{break-inside:avoid}}"

#endif
