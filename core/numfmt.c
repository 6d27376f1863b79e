/* numfmt.c: the decimal text of a double, as the writers print it.
 *
 * The rule (unchanged since the first JSON writer): the first of "%.15g",
 * "%.16g", "%.17g" that reads back as the same double.  Done literally
 * that costs up to three printf calls and three strtod calls a number,
 * and printf and strtod of 17 digits work in multi-precision: a fifth of
 * a batch run's time went there (JSON lines with the keywords plugin's
 * candidate weights).
 *
 * Here the 17 significant digits, correctly rounded, come from one exact
 * 128-bit integer product and shift when the double is between about 1e-6
 * and 1e17 (digits17_exact), and from one printf otherwise.
 * The 15- and 16-digit candidates are rounded from them; that is exact
 * unless the digits dropped are a tie ("50" dropping two, "5" dropping
 * one), where the 17 digits alone cannot tell which side the double lies
 * on: the integer path knows (it kept the remainder), and printf decides
 * the others.  Whether a candidate reads back is decided
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

/* Where the exact double lies against its 17 digits */
enum
{
  BELOW = -1, /* the digits were rounded up */
  EXACT = 0,
  ABOVE = 1, /* the digits were rounded down */
  UNKNOWN = 2,
};

/* Round the n_in digits at digits[] to n_out (< n_in) digits, in place,
 * to nearest as printf would round the exact double; a carry out of the
 * first digit shifts the exponent.  When the dropped digits are exactly
 * half, the side the exact double lies on (where: BELOW, EXACT, ABOVE)
 * decides, ties to even; FALSE when where is UNKNOWN (the caller must not
 * trust the result). */
static gboolean
round_digits (char *digits, int n_in, int n_out, int *exp10, int where)
{
  gboolean half = digits[n_out] == '5';
  for (int i = n_out + 1; i < n_in && half; i++)
    half = digits[i] == '0';
  gboolean up = digits[n_out] >= '5';
  if (half)
    {
      if (where == UNKNOWN)
        return FALSE;
      up = where == ABOVE || (where == EXACT && (digits[n_out - 1] - '0') % 2 == 1);
    }
  if (up)
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

#ifdef __SIZEOF_INT128__
/* The 17 significant digits of a (finite, > 0) rounded to nearest, ties to
 * even, as printf ("%.16e") gives them in the default rounding mode, and
 * the decimal exponent of the first; FALSE when a is out of the range done
 * here (about 1e-6 to 1e17, where a x 10^p is a 53-bit integer times a
 * power of ten below 2^75, times a power of two: exact in 128 bits). */
static gboolean
digits17_exact (double a, char d17[17], int *exp10, int *where)
{
  static const guint64 pow10_u64[20] = {
    1ULL,
    10ULL,
    100ULL,
    1000ULL,
    10000ULL,
    100000ULL,
    1000000ULL,
    10000000ULL,
    100000000ULL,
    1000000000ULL,
    10000000000ULL,
    100000000000ULL,
    1000000000000ULL,
    10000000000000ULL,
    100000000000000ULL,
    1000000000000000ULL,
    10000000000000000ULL,
    100000000000000000ULL,
    1000000000000000000ULL,
    10000000000000000000ULL,
  };
  int e2;
  double f = frexp (a, &e2); /* a = f 2^e2, f in [0.5, 1) */
  guint64 m = (guint64) ldexp (f, 53); /* exact: a = m 2^(e2 - 53) */
  e2 -= 53;
  int k = (int) floor (log10 (a));
  for (int attempt = 0; attempt < 3; attempt++)
    {
      int p = 16 - k; /* D = a 10^p rounded, 17 digits when k is right */
      if (p < 0 || p > 22)
        return FALSE;
      unsigned __int128 n = (unsigned __int128) m;
      if (p > 19)
        n = n * pow10_u64[19] * pow10_u64[p - 19];
      else
        n *= pow10_u64[p];
      unsigned __int128 q;
      int side = EXACT;
      if (e2 >= 0)
        {
          if (e2 > 10)
            return FALSE;
          q = n << e2;
        }
      else
        {
          int s = -e2;
          if (s >= 127)
            return FALSE;
          q = n >> s;
          unsigned __int128 rem = n - (q << s), half = (unsigned __int128) 1 << (s - 1);
          if (rem > half || (rem == half && (q & 1)))
            {
              q++;
              side = BELOW;
            }
          else if (rem != 0)
            side = ABOVE;
        }
      if (q >= pow10_u64[17])
        {
          /* the estimate was one low, or the value rounds up to 10^17:
           * either way the next exponent gives the digits */
          k++;
          continue;
        }
      if (q < pow10_u64[16])
        {
          k--;
          continue;
        }
      guint64 v = (guint64) q;
      for (int i = 16; i >= 0; i--)
        {
          d17[i] = (char) ('0' + v % 10);
          v /= 10;
        }
      *exp10 = k;
      *where = side;
      return TRUE;
    }
  return FALSE;
}
#else
static gboolean
digits17_exact (double a, char d17[17], int *exp10, int *where)
{
  return FALSE;
}
#endif

gsize
np_format_double (char buf[NP_DOUBLE_BUF], double d)
{
  if (d == 0)
    {
      /* "%.15g" of a zero: "0" or "-0" */
      gsize n = signbit (d) ? 2 : 1;
      memcpy (buf, signbit (d) ? "-0" : "0", n + 1);
      return n;
    }
  if (!isfinite (d))
    return format_slow (buf, d);
  char *out = buf;
  if (d < 0)
    *out++ = '-';
  double a = fabs (d);

  /* 17 significant digits, correctly rounded */
  char d17[17];
  int exp17, where;
  if (!digits17_exact (a, d17, &exp17, &where))
    {
      where = UNKNOWN;
      /* "d.dddddddddddddddde±XX" */
      char sci[40];
      snprintf (sci, sizeof sci, "%.16e", a);
      int n = 0;
      const char *p = sci;
      for (; *p && *p != 'e' && n < 17; p++)
        if (*p >= '0' && *p <= '9')
          d17[n++] = *p; /* the point is the locale's: skipped, whatever it is */
      p = strchr (p, 'e');
      if (n != 17 || p == NULL)
        return format_slow (buf, d);
      exp17 = atoi (p + 1);
    }

  for (int precision = 15; precision <= 16; precision++)
    {
      char digits[17];
      memcpy (digits, d17, 17);
      int exp10 = exp17;
      if (!round_digits (digits, 17, precision, &exp10, where))
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
