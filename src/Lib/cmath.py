"""This module provides access to mathematical functions for complex
numbers."""
# Isolated's cmath, in Python over the math module. The formulas are the numerically careful
# ones CPython documents for its cmath (square roots and logarithms scaled away from overflow,
# inverse functions through square roots of 1 +/- z), so finite arguments give the same
# results. Arguments with infinite or NaN parts follow the formulas rather than C99 Annex G's
# special-value tables: such results may differ from CPython's.

import math as _m

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_DBL_MAX = 1.7976931348623157e308
_DBL_MIN = 2.2250738585072014e-308
_DBL_MANT_DIG = 53
_LARGE = _DBL_MAX / 4.0
_SQRT_LARGE = _m.sqrt(_LARGE)
_LOG_LARGE = _m.log(_LARGE)
_SQRT_DBL_MIN = _m.sqrt(_DBL_MIN)
_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046
_SCALE_UP = 2 * (_DBL_MANT_DIG // 2) + 1
_SCALE_DOWN = -(_SCALE_UP + 1) // 2


def _hypot(x, y):
    # The C library's hypot, as CPython's cmath uses (abs of a complex number is exactly that).
    return abs(complex(x, y))


def _complex(z):
    if type(z) is complex:
        return z
    if isinstance(z, (str, bytes, bytearray)):
        raise TypeError(f"must be real number, not {type(z).__name__}")
    try:
        return complex(z)
    except TypeError:
        raise TypeError(f"must be real number, not {type(z).__name__}") from None


def _finite_or_overflow(x, y):
    if _m.isinf(x) or _m.isinf(y):
        raise OverflowError("math range error")
    return complex(x, y)


def _sqrt(x, y):
    if x == 0.0 and y == 0.0:
        return complex(0.0, y)
    ax = _m.fabs(x)
    ay = _m.fabs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        # Subnormal parts: scale up so that hypot keeps its precision.
        ax = _m.ldexp(ax, _SCALE_UP)
        s = _m.ldexp(_m.sqrt(ax + _hypot(ax, _m.ldexp(ay, _SCALE_UP))), _SCALE_DOWN)
    else:
        ax /= 8.0
        s = 2.0 * _m.sqrt(ax + _hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return complex(s, _m.copysign(d, y))
    return complex(d, _m.copysign(s, y))


def sqrt(z, /):
    """Return the square root of z."""
    z = _complex(z)
    return _sqrt(z.real, z.imag)


def _log(x, y):
    ax = _m.fabs(x)
    ay = _m.fabs(y)
    if ax > _LARGE or ay > _LARGE:
        real = _m.log(_hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            real = (_m.log(_hypot(_m.ldexp(ax, _DBL_MANT_DIG), _m.ldexp(ay, _DBL_MANT_DIG)))
                    - _DBL_MANT_DIG * _LN2)
        else:
            raise ValueError("math domain error")
    else:
        h = _hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am = ax if ax > ay else ay
            an = ay if ax > ay else ax
            real = _m.log1p((am - 1) * (am + 1) + an * an) / 2
        else:
            real = _m.log(h)
    return complex(real, _m.atan2(y, x))


def log(z, base=None, /):
    """log(z[, base]) -> the logarithm of z to the given base.

If the base is not specified, returns the natural logarithm (base e) of z."""
    z = _complex(z)
    r = _log(z.real, z.imag)
    if base is None:
        return r
    b = _complex(base)
    return r / _log(b.real, b.imag)


def log10(z, /):
    """Return the base-10 logarithm of z."""
    z = _complex(z)
    r = _log(z.real, z.imag)
    return complex(r.real / _LN10, r.imag / _LN10)


def exp(z, /):
    """Return the exponential value e**z."""
    z = _complex(z)
    x, y = z.real, z.imag
    if _m.isinf(x) or _m.isinf(y) or _m.isnan(x) or _m.isnan(y):
        if x == -inf and not _m.isnan(y):
            return complex(_m.copysign(0.0, _m.cos(y)) if _m.isfinite(y) else 0.0,
                           _m.copysign(0.0, _m.sin(y)) if _m.isfinite(y) else 0.0)
        if y == 0.0:
            return complex(_m.exp(x), y)
    if x > _LOG_LARGE:
        scale = _m.exp(x - 1.0)
        return _finite_or_overflow(_m.cos(y) * scale * e, _m.sin(y) * scale * e)
    scale = _m.exp(x)
    return _finite_or_overflow(scale * _m.cos(y), scale * _m.sin(y))


def _cosh(x, y):
    if _m.fabs(x) > _LOG_LARGE:
        x1 = x - _m.copysign(1.0, x)
        return _finite_or_overflow(_m.cos(y) * _m.cosh(x1) * e, _m.sin(y) * _m.sinh(x1) * e)
    return complex(_m.cos(y) * _m.cosh(x), _m.sin(y) * _m.sinh(x))


def _sinh(x, y):
    if _m.fabs(x) > _LOG_LARGE:
        x1 = x - _m.copysign(1.0, x)
        return _finite_or_overflow(_m.cos(y) * _m.sinh(x1) * e, _m.sin(y) * _m.cosh(x1) * e)
    return complex(_m.cos(y) * _m.sinh(x), _m.sin(y) * _m.cosh(x))


def _tanh(x, y):
    if _m.fabs(x) > _LOG_LARGE:
        return complex(_m.copysign(1.0, x), 4.0 * _m.sin(y) * _m.cos(y) * _m.exp(-2.0 * _m.fabs(x)))
    tx = _m.tanh(x)
    ty = _m.tan(y)
    cx = 1.0 / _m.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def cosh(z, /):
    """Return the hyperbolic cosine of z."""
    z = _complex(z)
    return _cosh(z.real, z.imag)


def sinh(z, /):
    """Return the hyperbolic sine of z."""
    z = _complex(z)
    return _sinh(z.real, z.imag)


def tanh(z, /):
    """Return the hyperbolic tangent of z."""
    z = _complex(z)
    return _tanh(z.real, z.imag)


def cos(z, /):
    """Return the cosine of z."""
    z = _complex(z)
    return _cosh(-z.imag, z.real)


def sin(z, /):
    """Return the sine of z."""
    z = _complex(z)
    r = _sinh(-z.imag, z.real)
    return complex(r.imag, -r.real)


def tan(z, /):
    """Return the tangent of z."""
    z = _complex(z)
    r = _tanh(-z.imag, z.real)
    return complex(r.imag, -r.real)


def _asinh(x, y):
    if _m.fabs(x) > _LARGE or _m.fabs(y) > _LARGE:
        if y >= 0:
            real = _m.copysign(_m.log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, x)
        else:
            real = -_m.copysign(_m.log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, -x)
        return complex(real, _m.atan2(y, _m.fabs(x)))
    s1 = _sqrt(1.0 + y, -x)
    s2 = _sqrt(1.0 - y, x)
    return complex(_m.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   _m.atan2(y, s1.real * s2.real - s1.imag * s2.imag))


def asinh(z, /):
    """Return the inverse hyperbolic sine of z."""
    z = _complex(z)
    return _asinh(z.real, z.imag)


def asin(z, /):
    """Return the arc sine of z."""
    z = _complex(z)
    r = _asinh(-z.imag, z.real)
    return complex(r.imag, -r.real)


def acos(z, /):
    """Return the arc cosine of z."""
    z = _complex(z)
    x, y = z.real, z.imag
    if _m.fabs(x) > _LARGE or _m.fabs(y) > _LARGE:
        real = _m.atan2(_m.fabs(y), x)
        big = _m.log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        return complex(real, -_m.copysign(big, y) if x < 0 else _m.copysign(big, -y))
    s1 = _sqrt(1.0 - x, -y)
    s2 = _sqrt(1.0 + x, y)
    return complex(2.0 * _m.atan2(s1.real, s2.real), _m.asinh(s2.real * s1.imag - s2.imag * s1.real))


def acosh(z, /):
    """Return the inverse hyperbolic cosine of z."""
    z = _complex(z)
    x, y = z.real, z.imag
    if _m.fabs(x) > _LARGE or _m.fabs(y) > _LARGE:
        return complex(_m.log(_hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, _m.atan2(y, x))
    s1 = _sqrt(x - 1.0, y)
    s2 = _sqrt(x + 1.0, y)
    return complex(_m.asinh(s1.real * s2.real + s1.imag * s2.imag), 2.0 * _m.atan2(s1.imag, s2.real))


def _atanh(x, y):
    if x < 0:
        r = _atanh(-x, -y)
        return complex(-r.real, -r.imag)
    ay = _m.fabs(y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = _hypot(x / 2.0, y / 2.0)
        return complex(x / 4.0 / h / h, -_m.copysign(pi / 2.0, -y))
    if x == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            raise ValueError("math domain error")
        return complex(-_m.log(_m.sqrt(ay) / _m.sqrt(_hypot(ay, 2.0))),
                       _m.copysign(_m.atan2(2.0, -ay) / 2.0, y))
    return complex(_m.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
                   -_m.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0)


def atanh(z, /):
    """Return the inverse hyperbolic tangent of z."""
    z = _complex(z)
    return _atanh(z.real, z.imag)


def atan(z, /):
    """Return the arc tangent of z."""
    z = _complex(z)
    r = _atanh(-z.imag, z.real)
    return complex(r.imag, -r.real)


def phase(z, /):
    """Return argument, also known as the phase angle, of a complex."""
    z = _complex(z)
    return _m.atan2(z.imag, z.real)


def polar(z, /):
    """Convert a complex from rectangular coordinates to polar coordinates.

r is the distance from 0 and phi the phase angle."""
    z = _complex(z)
    r = _hypot(z.real, z.imag)
    if _m.isinf(r) and _m.isfinite(z.real) and _m.isfinite(z.imag):
        raise OverflowError("absolute value too large")
    return r, _m.atan2(z.imag, z.real)


def rect(r, phi, /):
    """Convert from polar coordinates to rectangular coordinates."""
    r = _real(r)
    phi = _real(phi)
    if phi == 0.0:
        # Keeps the sign of a zero angle in the imaginary part.
        return complex(r, r * phi)
    if _m.isinf(r) and _m.isfinite(phi):
        return complex(r * _m.cos(phi) if _m.cos(phi) != 0 else 0.0,
                       r * _m.sin(phi) if _m.sin(phi) != 0 else 0.0)
    return complex(r * _m.cos(phi), r * _m.sin(phi))


def _real(x):
    if isinstance(x, float):
        return x
    if isinstance(x, complex) or isinstance(x, (str, bytes, bytearray)):
        raise TypeError(f"must be real number, not {type(x).__name__}")
    try:
        return float(x)
    except TypeError:
        raise TypeError(f"must be real number, not {type(x).__name__}") from None


def isfinite(z, /):
    """Return True if both the real and imaginary parts of z are finite, else False."""
    z = _complex(z)
    return _m.isfinite(z.real) and _m.isfinite(z.imag)


def isinf(z, /):
    """Checks if the real or imaginary part of z is infinite."""
    z = _complex(z)
    return _m.isinf(z.real) or _m.isinf(z.imag)


def isnan(z, /):
    """Checks if the real or imaginary part of z not a number (NaN)."""
    z = _complex(z)
    return _m.isnan(z.real) or _m.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    """Determine whether two complex numbers are close in value.

  rel_tol
    maximum difference for being considered "close", relative to the
    magnitude of the input values
  abs_tol
    maximum difference for being considered "close", regardless of the
    magnitude of the input values

Return True if a is close in value to b, and False otherwise.

For the values to be considered close, the difference between them must be
smaller than at least one of the tolerances.

-inf, inf and NaN behave similarly to the IEEE 754 Standard. That is, NaN is
not close to anything, even itself. inf and -inf are only close to themselves."""
    a = _complex(a)
    b = _complex(b)
    rel_tol = _real(rel_tol)
    abs_tol = _real(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if _m.isinf(a.real) or _m.isinf(a.imag) or _m.isinf(b.real) or _m.isinf(b.imag):
        return False
    diff = abs(a - b)
    return diff <= rel_tol * abs(b) or diff <= rel_tol * abs(a) or diff <= abs_tol
