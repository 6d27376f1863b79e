/* numfmt.c: the decimal text of a double, as the writers print it.
 *
 * The rule (unchanged since the first JSON writer): the first of "%.15g",
 * "%.16g", "%.17g" that reads back as the same double.  Done literally
 * that costs up to three printf calls and three strtod calls a number,
 * and printf and strtod of 17 digits work in multi-precision: a fifth of
 * a batch run's time went there (JSON lines with the keywords plugin's
 * candidate weights).
 *
 * Here one printf gives the 17 significant digits, correctly rounded.
 * The 15- and 16-digit candidates are rounded from them; that is exact
 * unless the digits dropped are a tie ("50" dropping two, "5" dropping
 * one), where the 17 digits cannot tell which side the double lies on:
 * printf decides those.  Whether a candidate reads back is decided
 * without strtod when it can be (Clinger's fast path: a mantissa below
 * 2^53 and a power of ten up to 1e22 are both exact doubles, so one IEEE
 * multiply or divide is the correctly rounded value strtod would give),
 * and by strtod otherwise.  The text is laid out as %g lays it out: plain
 * when the exponent is from -4 to below the precision, else d.ddde+XX,
 * trailing zeros dropped.  tests/unit/test-json.c checks it against the
 * literal rule on a million doubles. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "np-private.h"

static const double exact_pow10[23] = {
  1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
  1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

/* The literal rule, for what the fast path does not decide */
static gsize
format_slow (char *buf, double d)
{
  for (int precision = 15; precision <= 17; precision++)
    {
      g_ascii_formatd (buf, NP_DOUBLE_BUF, precision == 15 ? "%.15g" : precision == 16 ? "%.16g" : "%.17g", d);
      if (g_ascii_strtod (buf, NULL) == d)
        break;
    }
  return strlen (buf);
}

/* Round the n_in digits at digits[] to n_out (< n_in) digits, in place,
 * half up; a carry out of the first digit shifts the exponent.  FALSE
 * when the dropped digits are exactly half (the caller must not trust
 * the result: the exact double may lie on either side). */
static gboolean
round_digits (char *digits, int n_in, int n_out, int *exp10)
{
  gboolean half = digits[n_out] == '5';
  for (int i = n_out + 1; i < n_in && half; i++)
    half = digits[i] == '0';
  if (half)
    return FALSE;
  if (digits[n_out] >= '5')
    {
      int i = n_out - 1;
      while (i >= 0 && digits[i] == '9')
        digits[i--] = '0';
      if (i >= 0)
        digits[i]++;
      else
        {
          /* 99...9 rounds to 100...0 */
          memmove (digits + 1, digits, n_out - 1);
          digits[0] = '1';
          (*exp10)++;
        }
    }
  return TRUE;
}

/* Does digits[0..n) x 10^(exp10 - n + 1) read back as d (d > 0)?  -1 when
 * the fast path cannot tell. */
static int
reads_back_fast (const char *digits, int n, int exp10, double d)
{
  guint64 m = 0;
  for (int i = 0; i < n; i++)
    m = m * 10 + (guint64) (digits[i] - '0');
  if (m >= (G_GUINT64_CONSTANT (1) << 53))
    return -1;
  int k = exp10 - n + 1;
  double v;
  if (k >= 0 && k <= 22)
    v = (double) m * exact_pow10[k];
  else if (k < 0 && k >= -22)
    v = (double) m / exact_pow10[-k];
  else
    return -1;
  return v == d;
}

/* Lay digits[0..n) (n significant digits, the first nonzero) with
 * decimal exponent exp10 out as "%.<precision>g" would, after the sign */
static gsize
layout (char *out, const char *digits, int n, int exp10, int precision)
{
  while (n > 1 && digits[n - 1] == '0')
    n--;
  char *p = out;
  if (exp10 < -4 || exp10 >= precision)
    {
      *p++ = digits[0];
      if (n > 1)
        {
          *p++ = '.';
          memcpy (p, digits + 1, n - 1);
          p += n - 1;
        }
      *p++ = 'e';
      int e = exp10;
      *p++ = e < 0 ? '-' : '+';
      if (e < 0)
        e = -e;
      if (e >= 100)
        *p++ = (char) ('0' + e / 100);
      *p++ = (char) ('0' + e / 10 % 10);
      *p++ = (char) ('0' + e % 10);
    }
  else if (exp10 < 0)
    {
      *p++ = '0';
      *p++ = '.';
      for (int i = exp10 + 1; i < 0; i++)
        *p++ = '0';
      memcpy (p, digits, n);
      p += n;
    }
  else
    {
      /* exp10 + 1 digits before the point, padded with zeros */
      for (int i = 0; i <= exp10; i++)
        *p++ = i < n ? digits[i] : '0';
      if (n > exp10 + 1)
        {
          *p++ = '.';
          memcpy (p, digits + exp10 + 1, n - exp10 - 1);
          p += n - exp10 - 1;
        }
    }
  *p = '\0';
  return p - out;
}

gsize
np_format_double (char buf[NP_DOUBLE_BUF], double d)
{
  if (!isfinite (d) || d == 0)
    return format_slow (buf, d);
  char *out = buf;
  if (d < 0)
    *out++ = '-';
  double a = fabs (d);

  /* 17 significant digits, correctly rounded: "d.dddddddddddddddde±XX" */
  char sci[40];
  snprintf (sci, sizeof sci, "%.16e", a);
  char d17[17];
  int n = 0;
  const char *p = sci;
  for (; *p && *p != 'e' && n < 17; p++)
    if (*p >= '0' && *p <= '9')
      d17[n++] = *p; /* the point is the locale's: skipped, whatever it is */
  p = strchr (p, 'e');
  if (n != 17 || p == NULL)
    return format_slow (buf, d);
  int exp17 = atoi (p + 1);

  for (int precision = 15; precision <= 16; precision++)
    {
      char digits[17];
      memcpy (digits, d17, 17);
      int exp10 = exp17;
      if (!round_digits (digits, 17, precision, &exp10))
        return format_slow (buf, d);
      int fast = reads_back_fast (digits, precision, exp10, a);
      if (fast < 0)
        {
          /* strtod decides; the text is the same either way */
          gsize len = layout (out, digits, precision, exp10, precision);
          if (g_ascii_strtod (out, NULL) == a)
            return (out - buf) + len;
          continue;
        }
      if (fast)
        return (out - buf) + layout (out, digits, precision, exp10, precision);
    }
  return (out - buf) + layout (out, d17, 17, exp17, 17);
}
