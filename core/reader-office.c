/* reader-office.c: what the readers of other formats share.  They turn
 * HTML, Word and OpenDocument text into the Markdown a person would have
 * written (the Markdown reader then reads it), so they write the same
 * table cells and rules and bold marks, and the office formats take their
 * XML part out of a zip the same way. */
#include "config.h"

#include <string.h>

#include <libxml/parser.h>

#include "compressed.h"
#include "notepipe/np-reader.h"
#include "reader.h"

gboolean
np_name_has_suffix (const char *name, const char *suffix)
{
  if (name == NULL)
    return FALSE;
  /* the member of an archive by its own name; a note compressed whole by
   * the name under its compression's suffix (notes.org.gz) */
  const char *bang = strrchr (name, '!');
  const char *base = bang ? bang + 1 : name;
  gsize n = strlen (base);
  n -= np_compressed_suffix_len (base, n);
  gsize k = strlen (suffix);
  return n > k && g_ascii_strncasecmp (base + n - k, suffix, k) == 0;
}

gboolean
np_office_detect (const char *name, const char *data, gsize len, const char *suffix, const char *marker,
                  gsize window)
{
  if (len < 4 || memcmp (data, "PK\x03\x04", 4) != 0)
    return FALSE;
  return np_name_has_suffix (name, suffix) || memmem (data, MIN (len, window), marker, strlen (marker)) != NULL;
}

gboolean
np_xml_is (const struct _xmlNode *n, const char *name)
{
  return n && n->type == XML_ELEMENT_NODE && strcmp ((const char *) n->name, name) == 0;
}

struct _xmlNode *
np_xml_child (const struct _xmlNode *n, const char *name)
{
  for (xmlNode *c = n ? n->children : NULL; c; c = c->next)
    if (np_xml_is (c, name))
      return c;
  return NULL;
}

unsigned char *
np_xml_attr (const struct _xmlNode *n, const char *name)
{
  for (xmlAttr *a = n ? n->properties : NULL; a; a = a->next)
    if (strcmp ((const char *) a->name, name) == 0)
      return xmlNodeGetContent ((xmlNode *) a);
  return NULL;
}

void
np_md_cell (GString *out, const char *text, gsize len)
{
  /* one line: breaks and pipes would end the cell; the spaces they leave
   * are one, none at its ends */
  g_string_append_c (out, ' ');
  gsize start = out->len;
  for (gsize k = 0; k < len; k++)
    {
      char c = text[k] == '\n' || text[k] == '|' || text[k] == '\t' ? ' ' : text[k];
      if (c == ' ' && (out->len == start || out->str[out->len - 1] == ' '))
        continue;
      g_string_append_c (out, c);
    }
  if (out->len > start && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  g_string_append (out, " |");
}

void
np_md_rule (GString *out, guint cells)
{
  g_string_append_c (out, '|');
  for (guint k = 0; k < MAX (cells, 1u); k++)
    g_string_append (out, "---|");
  g_string_append_c (out, '\n');
}

void
np_md_bold (GString *out, gsize start)
{
  gsize n = out->len - start, lead = 0, trail = 0;
  while (lead < n && out->str[start + lead] == ' ')
    lead++;
  if (lead == n)
    return; /* spaces alone stay as they are */
  while (out->str[out->len - 1 - trail] == ' ')
    trail++;
  /* the marks hug the words: "**Alice**: ", not "** Alice **" */
  g_string_insert (out, out->len - trail, "**");
  g_string_insert (out, start + lead, "**");
}

void
np_md_merge_marks (GString *s, gsize from)
{
  /* "**Alice****: hi", two bold runs side by side, reads wrong: the marks
   * between them go */
  gsize w = from;
  for (gsize i = from; i < s->len; i++)
    {
      if (i + 3 < s->len && memcmp (s->str + i, "****", 4) == 0)
        {
          i += 3;
          continue;
        }
      s->str[w++] = s->str[i];
    }
  g_string_truncate (s, w);
}

struct _xmlDoc *
np_office_part (const char *source, const char *data, gsize len, const char *member, const char *what, gsize max,
                GError **error)
{
  GByteArray *xml = np_compressed_zip_member (data, len, member, max);
  if (xml && (xml->len > max || xml->len > G_MAXINT))
    {
      g_set_error (error, NP_READER_ERROR, NP_READER_ERROR_TOO_LARGE,
                   "%s: the document's text is over the limit of %zu bytes (see --max-bytes)", source, max);
      g_byte_array_unref (xml);
      return NULL;
    }
  /* no network, no external entities or DTDs: the parser's defaults, kept */
  xmlDocPtr doc = xml ? xmlReadMemory ((const char *) xml->data, (int) xml->len, NULL, NULL,
                                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)
                      : NULL;
  if (xml)
    g_byte_array_unref (xml);
  if (doc == NULL || xmlDocGetRootElement (doc) == NULL)
    {
      if (doc)
        xmlFreeDoc (doc);
      g_set_error (error, NP_READER_ERROR, NP_READER_ERROR_FORMAT, "%s: no %s (%s) in it, or it is damaged", source,
                   what, member);
      return NULL;
    }
  return doc;
}
