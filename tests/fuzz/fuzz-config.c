/* fuzz-config.c: libFuzzer target for the configuration parser and the
 * option validation: the input is a key file, and each of its lines is
 * also tried as a -o assignment, against a descriptor with every option
 * type. */
#include <stdint.h>
#include <string.h>

#include <notepipe/notepipe.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static const NpOptionSpec options[] = {
  { "flag", NP_OPTION_BOOL, "false", "", NULL },
  { "count", NP_OPTION_INT, "3", "", "1:100" },
  { "ratio", NP_OPTION_DOUBLE, "0.5", "", "0:1" },
  { "name", NP_OPTION_STRING, NULL, "", NULL },
  { "mode", NP_OPTION_ENUM, "a", "", "a|b|c" },
  { "tags", NP_OPTION_LIST, "x,y", "", "x|y|z" },
  { "free", NP_OPTION_LIST, NULL, "", NULL },
  { NULL },
};

static const NpPluginDescriptor descriptor = {
  .abi_version = NP_PLUGIN_ABI_VERSION, .name = "fz", .options = options,
};

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  char *text = g_strndup ((const char *) data, size);
  NpConfig *config = np_config_new ();
  GError *error = NULL;
  if (!np_config_load_data (config, "fuzz.conf", text, &error))
    g_clear_error (&error);
  char **lines = g_strsplit (text, "\n", 64);
  for (char **l = lines; *l; l++)
    if (!np_config_set_option (config, *l, &error))
      g_clear_error (&error);
  g_strfreev (lines);
  NpOptions *o = np_options_new (&descriptor, config, &error);
  if (o)
    {
      np_options_get_bool (o, "flag");
      np_options_get_int (o, "count");
      np_options_get_double (o, "ratio");
      np_options_get_string (o, "name");
      np_options_get_list (o, "tags");
      np_options_get_list (o, "free");
      np_options_free (o);
    }
  else
    g_clear_error (&error);
  np_config_free (config);
  g_free (text);
  return 0;
}
