"""Red-team tests of every ``interval`` and ``relax`` rule (they feed IBP/CROWN: a bound that does
not enclose the op's values makes a verifier say "verified" wrongly).

- Every op with an interval rule, on hypothesis-drawn boxes around its contract samples: degenerate
  (l == u), narrow, wide, huge (1e300), tiny (1e-300, subnormal), signed zeros, special values,
  infinite ends and mixed signs; the bounds must be NaN-free and enclose impl at many points: every
  vertex of small boxes (random vertices of large ones), interior points, and points pinned to the
  special values 0, -0.0 and +-tiny (the kinks, where unary extremes lie).
- Every unary elementwise op on a dense grid of (l, u) pairs, 1e-300..1e300 and infinite ends
  (vectorized): endpoints, interior points, ulp neighbours of the ends and the kink at 0.
- Every relax rule on the same grid with a tolerance of a few ulps of the terms, and the
  piecewise-linear ones (relu, leaky_relu, abs; and the interval rules of relu, leaky_relu, abs,
  maximum, minimum) in exact rational arithmetic on float64-representable inputs: the lines and
  bounds computed in floating point must hold for the real numbers they denote, exactly.
- Regression tests for each unsound case found (named after the case).

Points where impl is NaN (outside the op's domain, inf - inf from float overflow) have no value to
enclose and are skipped. Tolerance: REL * (|y| + |lo| + |hi|) + ABS, i.e. a few ulps, plus a floor
of a few subnormal ulps (so boxes at the 1e-300 scale are still checked).
"""

from __future__ import annotations

import itertools
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from samples import SAMPLES

from torchsmt.ir import REGISTRY

REL, ABS = 1e-12, 1e-321
INF = float("inf")
BIG = float(np.finfo(np.float64).max)
SPECIAL = [0.0, -0.0, 5e-324, 1e-310, 1e-300, 1e-8, 0.5, 1.0, 3.0, 1e8, 1e150, 1e300, BIG]
SPECIAL = SPECIAL + [-v for v in SPECIAL if v != 0]
INTERVAL_OPS = sorted(n for n in REGISTRY.names() if REGISTRY[n].has("interval"))
SET = settings(max_examples=20, deadline=None, derandomize=True, database=None,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _impl(name, args, params):
    op = REGISTRY[name]
    with np.errstate(all="ignore"):
        return np.asarray(op.impl(np, *args, **op.bind_params(params)), dtype=np.float64)


def _interval(name, lows, highs, params):
    op = REGISTRY[name]
    with np.errstate(all="ignore"):
        return op.interval(np, [np.array(v) for v in lows], [np.array(v) for v in highs],
                           **op.bind_params(params))


def _fin(v):
    return np.where(np.isfinite(v), np.abs(v), 0.0)


def assert_encloses(name, lo, hi, y, where=""):
    """lo <= y <= hi up to REL/ABS wherever y is a number (NaN: no value to enclose)."""
    with np.errstate(all="ignore"):
        tol = REL * (_fin(y) + _fin(lo) + _fin(hi)) + ABS
        bad = ~np.isnan(y) & ~((lo - tol <= y) & (y <= hi + tol))
    if np.any(bad):
        i = tuple(np.argwhere(bad)[0])
        raise AssertionError(f"{name}{where}: {y[i]!r} outside [{lo[i]!r}, {hi[i]!r}] at {i}")


# -- boxes ----------------------------------------------------------------------------------------
KINDS = ("point", "narrow", "wide", "huge", "tiny", "special", "zeros", "inf", "mixed")


def _box(kind, a, rng):
    """(l, u) of a's shape, of the given kind, around or replacing the sample ``a``."""
    shape = a.shape
    r = rng.uniform(0, 1, shape)
    r2 = rng.uniform(0, 1, shape)
    if kind == "point":
        return a.copy(), a.copy()
    if kind in ("narrow", "wide"):
        w = 1e-9 if kind == "narrow" else 5.0
        return a - w * r, a + w * r2
    if kind in ("huge", "tiny"):
        s = 1e300 if kind == "huge" else 1e-300
        return a * s - s * r, a * s + s * r2
    if kind == "special":
        v = rng.choice(SPECIAL, size=(2,) + shape)
        return np.minimum(v[0], v[1]), np.maximum(v[0], v[1])
    if kind == "zeros":
        v = rng.choice([0.0, -0.0], size=(2,) + shape)
        l, u = v[0].copy(), v[1].copy()
        grow = rng.integers(0, 3, shape)  # sometimes extend one side
        return np.where(grow == 1, -r - 0.1, l), np.where(grow == 2, r2 + 0.1, u)
    if kind == "inf":
        l, u = a - 2 * r, a + 2 * r2
        return (np.where(rng.uniform(size=shape) < 0.3, -INF, l),
                np.where(rng.uniform(size=shape) < 0.3, INF, u))
    # mixed signs at a random scale
    s = 10.0 ** rng.integers(-8, 9, shape)
    return -r * s - 1e-3, r2 * s + 1e-3


def _finite_in(l, u):
    """Finite stand-ins for infinite ends: the farthest finite float on that side."""
    return np.where(np.isfinite(l), l, -BIG), np.where(np.isfinite(u), u, BIG)


def _points(lows, highs, rng, n_interior=12, max_vertices=48):
    """Vertices (all of them for small boxes), interior points and points pinned to 0 / +-tiny."""
    fins = [_finite_in(l, u) for l, u in zip(lows, highs, strict=True)]
    sizes = [l.size for l in lows]
    total = sum(sizes)
    if total <= 6:
        bits_iter = (np.array(b, dtype=bool) for b in itertools.product([0, 1], repeat=total))
    else:
        bits_iter = itertools.chain(
            [np.zeros(total, bool), np.ones(total, bool)],
            (rng.integers(0, 2, total).astype(bool) for _ in range(max_vertices)))
    for bits in bits_iter:
        pts, off = [], 0
        for (l, u), k in zip(fins, sizes, strict=True):
            pts.append(np.where(bits[off:off + k].reshape(l.shape), u, l))
            off += k
        yield pts
    for _ in range(n_interior):
        pts = []
        for l, u in fins:
            t = rng.uniform(0, 1, l.shape)
            with np.errstate(all="ignore"):
                x = np.clip(l * (1 - t) + u * t, l, u)
            pick = rng.integers(0, 6, l.shape)
            for j, v in enumerate((0.0, -0.0, 5e-324, -5e-324)):
                x = np.where((pick == j) & (l <= v) & (v <= u), v, x)
            pts.append(np.where(pick == 4, l, np.where(pick == 5, u, x)))
        yield pts


@pytest.mark.parametrize("name", INTERVAL_OPS)
def test_interval_encloses_on_adversarial_boxes(name):
    @SET
    @given(SAMPLES[name], st.lists(st.sampled_from(KINDS), min_size=1, max_size=4),
           st.integers(0, 2**32 - 1))
    def check(sample, kinds, seed):
        args, params = sample
        rng = np.random.default_rng(seed)
        boxes = [_box(kinds[i % len(kinds)], a, rng) for i, a in enumerate(args)]
        lows, highs = [b[0] for b in boxes], [b[1] for b in boxes]
        lo, hi = _interval(name, lows, highs, params)
        shape = _impl(name, args, params).shape
        lo, hi = np.broadcast_to(lo, shape), np.broadcast_to(hi, shape)
        assert not np.any(np.isnan(lo) | np.isnan(hi)), f"{name}: NaN bound for kinds {kinds}"
        for pts in _points(lows, highs, rng):
            assert_encloses(name, lo, hi, _impl(name, pts, params), f" kinds={kinds}")

    check()


@pytest.mark.parametrize("name", INTERVAL_OPS)
def test_interval_reads_a_nan_end_as_unknown(name):
    """A NaN input bound (the bounds engine stores one when 0 * inf appears in CROWN) must not
    become a finite claim (step(NaN) = 0 claimed step <= 0); NaN results count as unbounded."""

    @settings(SET, max_examples=10)
    @given(SAMPLES[name], st.integers(0, 2**32 - 1))
    def check(sample, seed):
        args, params = sample
        rng = np.random.default_rng(seed)
        lows, highs, pts0 = [], [], []
        for a in args:
            l, u = a - rng.uniform(0, 1, a.shape), a + rng.uniform(0, 1, a.shape)
            nan_l, nan_u = rng.uniform(size=a.shape) < 0.4, rng.uniform(size=a.shape) < 0.4
            lows.append(np.where(nan_l, np.nan, l))
            highs.append(np.where(nan_u, np.nan, u))
            pts0.append((nan_l, nan_u, l, u))
        lo, hi = _interval(name, lows, highs, params)
        shape = _impl(name, args, params).shape
        lo = np.where(np.isnan(lo), -INF, np.broadcast_to(lo, shape))
        hi = np.where(np.isnan(hi), INF, np.broadcast_to(hi, shape))
        for far in (1e6, -1e6, 0.0, None):
            pts = []
            for nan_l, nan_u, l, u in pts0:
                if far is None:
                    pts.append(np.asarray(rng.uniform(l, u)))
                    continue
                x = np.clip(np.full(l.shape, far), l, u)
                x = np.where(nan_l & (far < 0), far, x)  # an unknown end: anything beyond
                pts.append(np.where(nan_u & (far > 0), far, x))
            assert_encloses(name, lo, hi, _impl(name, pts, params), " (NaN ends)")

    check()


# -- unary elementwise ops on a dense (l, u) grid --------------------------------------------------
MAGS = [0.0, 5e-324, 1e-310, 1e-300, 1e-8, 1e-3, 0.5, 1.0, 2.0, 20.0, 40.0, 710.0, 800.0, 1e4,
        1e150, 1e300, BIG, INF]
GRID = sorted({s * m for m in MAGS for s in (-1.0, 1.0)} | {-0.0})
UNARY = {"neg": [{}], "relu": [{}], "step": [{}], "sign": [{}], "abs": [{}], "tanh": [{}],
         "sigmoid": [{}], "exp": [{}], "log": [{}], "sqrt": [{}],
         "leaky_relu": [{"negative_slope": c} for c in (0.0, 0.01, 0.3, 1.0)],
         "rsqrt": [{"eps": e} for e in (0.0, 1e-5, 1.0)]}


def _pairs(vals):
    pairs = [(a, b) for a in vals for b in vals if a <= b and not (a == b and np.isinf(a))]
    return np.array([p[0] for p in pairs]), np.array([p[1] for p in pairs])


def _grid_points(l, u, n=129):
    """(n + 8, P) points of each [l, u]: a dense sweep, the ends, their ulp neighbours, 0, -0."""
    lf, uf = _finite_in(l, u)
    t = np.linspace(0.0, 1.0, n)[:, None]
    with np.errstate(all="ignore"):
        sweep = np.clip(lf * (1 - t) + uf * t, lf, uf)
    extra = [lf, uf, np.nextafter(lf, INF), np.nextafter(uf, -INF), np.zeros_like(lf),
             -np.zeros_like(lf), np.full_like(lf, 5e-324), np.full_like(lf, -5e-324)]
    pts = np.concatenate([sweep, np.array(extra)])
    return np.clip(pts, lf, uf)  # clip keeps the points inside (np.clip maps -0.0 / 0.0 as is)


def test_grid_covers_every_unary_elementwise_op():
    unary = {n for n in REGISTRY.names() if REGISTRY[n].arity == 1 and REGISTRY[n].monotone}
    assert unary <= set(UNARY), sorted(unary - set(UNARY))


@pytest.mark.parametrize("name,params", [(n, p) for n, ps in UNARY.items() for p in ps])
def test_unary_interval_on_grid(name, params):
    l, u = _pairs(GRID)
    lo, hi = _interval(name, [l], [u], params)
    assert not np.any(np.isnan(lo) | np.isnan(hi)), name
    xs = _grid_points(l, u)
    y = _impl(name, [xs], params)
    assert_encloses(name, np.broadcast_to(lo, xs.shape), np.broadcast_to(hi, xs.shape), y,
                    f" {params}")


# -- relax rules ----------------------------------------------------------------------------------
RELAX_OPS = sorted(n for n in REGISTRY.names() if REGISTRY[n].has("relax"))
RELAX_PARAMS = {"leaky_relu": UNARY["leaky_relu"], "rsqrt": UNARY["rsqrt"]}
ULPS = 8 * float(np.finfo(np.float64).eps)


def _lines(name, l, u, **kw):
    with np.errstate(all="ignore"):
        out = REGISTRY[name].relax(np, l, u, **kw)
    return [np.broadcast_to(np.asarray(v, dtype=np.float64), l.shape) for v in out]


def check_lines_float(name, l, u, params, alpha=None):
    kw = dict(params) if alpha is None else {**params, "alpha": alpha}
    a_lo, b_lo, a_up, b_up = _lines(name, l, u, **kw)
    for v in (a_lo, b_lo, a_up, b_up):
        assert not np.any(np.isnan(v)), f"{name}: NaN in a line"
    assert np.all(np.isfinite(a_lo) & np.isfinite(a_up)), f"{name}: infinite slope"
    xs = _grid_points(l, u)
    fx = _impl(name, [xs], params)
    with np.errstate(all="ignore"):
        lo_line, hi_line = a_lo * xs + b_lo, a_up * xs + b_up
        t_lo = ULPS * (_fin(fx) + _fin(a_lo * xs) + _fin(b_lo)) + ABS
        t_up = ULPS * (_fin(fx) + _fin(a_up * xs) + _fin(b_up)) + ABS
        bad_lo = ~np.isnan(fx) & ~(lo_line <= fx + t_lo)
        bad_up = ~np.isnan(fx) & ~(fx <= hi_line + t_up)
    for bad, which in ((bad_lo, "lower"), (bad_up, "upper")):
        if np.any(bad):
            i, j = np.argwhere(bad)[0]
            raise AssertionError(f"{name} {kw}: {which} line fails at x={xs[i, j]!r} in "
                                 f"[{l[j]!r}, {u[j]!r}]: f={fx[i, j]!r}, lines "
                                 f"{(a_lo[j], b_lo[j], a_up[j], b_up[j])}")


def test_relax_ops_are_the_expected_ones():
    # a new relax rule must be added to the exact or float checks below, deliberately
    assert set(RELAX_OPS) == {"relu", "leaky_relu", "abs", "tanh", "sigmoid", "exp", "log",
                              "sqrt", "rsqrt"}


@pytest.mark.parametrize("name", RELAX_OPS)
def test_relax_sound_on_grid_float(name):
    l, u = _pairs(GRID)
    for p in RELAX_PARAMS.get(name, [{}]):
        check_lines_float(name, l, u, p)


@pytest.mark.parametrize("name", RELAX_OPS)
@SET
@given(data=st.data())
def test_relax_sound_hypothesis_float(name, data):
    mag = st.sampled_from([1e-300, 1e-8, 1.0, 30.0, 1e3, 1e8, 1e300])
    fl = st.floats(-1.0, 1.0, allow_nan=False)
    n = data.draw(st.integers(1, 6))
    a = np.array([data.draw(fl) * data.draw(mag) for _ in range(n)])
    b = np.array([data.draw(fl) * data.draw(mag) for _ in range(n)])
    if name in ("log", "sqrt", "rsqrt"):
        a, b = np.abs(a), np.abs(b)
    p = data.draw(st.sampled_from(RELAX_PARAMS.get(name, [{}])))
    check_lines_float(name, np.minimum(a, b), np.maximum(a, b), p)


@pytest.mark.parametrize("name", RELAX_OPS)
def test_relax_reads_a_nan_end_as_unknown(name):
    lo0 = 0.5 if name in ("log", "sqrt", "rsqrt") else -2.0
    l = np.array([np.nan, lo0, np.nan, lo0, np.nan])
    u = np.array([3.0, np.nan, np.nan, 4.0, 0.7])
    for p in RELAX_PARAMS.get(name, [{}]):
        check_lines_float(name, l, u, p)


# exact rational arithmetic for the piecewise-linear ops
PWL = {"relu": lambda x, p: max(x, Fraction(0)),
       "abs": lambda x, p: abs(x),
       "leaky_relu": lambda x, p: x if x > 0 else Fraction(p["negative_slope"]) * x}
FINITE_GRID = [v for v in GRID if np.isfinite(v)]


def _exact_pts(l, u):
    """Float points of [l, u] (exact as rationals): ends, ulp neighbours, 0, a sweep."""
    pts = {l, u, float(np.nextafter(l, INF)), float(np.nextafter(u, -INF)), 0.0}
    pts |= {float(v) for v in np.linspace(l / 2, u / 2, 9) * 2 if np.isfinite(v)}
    return [Fraction(p) for p in pts if l <= p <= u]


def check_lines_exact(name, l, u, params, alpha=None):
    kw = dict(params) if alpha is None else {**params, "alpha": np.full(l.shape, alpha)}
    a_lo, b_lo, a_up, b_up = _lines(name, l, u, **kw)
    for j in range(l.size):
        if not (np.isfinite(l[j]) and np.isfinite(u[j])):
            continue
        lines = [Fraction(float(v[j])) if np.isfinite(v[j]) else None
                 for v in (a_lo, b_lo, a_up, b_up)]
        for x in _exact_pts(float(l[j]), float(u[j])):
            f = PWL[name](x, params)
            if lines[0] is not None and lines[1] is not None:
                assert lines[0] * x + lines[1] <= f, (name, kw, l[j], u[j], float(x), "lower")
            else:
                assert b_lo[j] == -INF, (name, l[j], u[j], "non-finite lower line")
            if lines[2] is not None and lines[3] is not None:
                assert f <= lines[2] * x + lines[3], (name, kw, l[j], u[j], float(x), "upper")
            else:
                assert b_up[j] == INF, (name, l[j], u[j], "non-finite upper line")


@pytest.mark.parametrize("name", sorted(PWL))
def test_pwl_relax_sound_in_exact_arithmetic(name):
    l, u = _pairs(FINITE_GRID)
    for p in RELAX_PARAMS.get(name, [{}]):
        check_lines_exact(name, l, u, p)
        lo_a = {"relu": 0.0, "abs": -1.0}.get(name, p.get("negative_slope"))
        for alpha in (lo_a, 0.5, 1.0, -2.0, 3.0):
            check_lines_exact(name, l, u, p, alpha=alpha)


@pytest.mark.parametrize("name", sorted(PWL))
@SET
@given(data=st.data())
def test_pwl_relax_exact_hypothesis(name, data):
    fl = st.floats(-1e300, 1e300, allow_nan=False, allow_subnormal=True)
    n = data.draw(st.integers(1, 5))
    a, b = (np.array(data.draw(st.lists(fl, min_size=n, max_size=n))) for _ in range(2))
    p = data.draw(st.sampled_from(RELAX_PARAMS.get(name, [{}]) + [{"negative_slope": 0.07}]
                                  if name == "leaky_relu" else [{}]))
    check_lines_exact(name, np.minimum(a, b), np.maximum(a, b), p)


EXACT_INTERVAL = {"relu": PWL["relu"], "abs": PWL["abs"], "leaky_relu": PWL["leaky_relu"],
                  "neg": lambda x, p: -x}


@pytest.mark.parametrize("name", sorted(EXACT_INTERVAL) + ["maximum", "minimum"])
def test_pwl_interval_sound_in_exact_arithmetic(name):
    l, u = _pairs(FINITE_GRID)
    ps = RELAX_PARAMS.get(name, [{}]) + ([{"negative_slope": 0.07}] if name == "leaky_relu"
                                          else [])
    if name in ("maximum", "minimum"):
        # second operand: the same boxes, reversed
        lo, hi = _interval(name, [l, l[::-1]], [u, u[::-1]], {})
        fn = max if name == "maximum" else min
        for j in range(l.size):
            for x, y in itertools.product((l[j], u[j], 0.0), (l[::-1][j], u[::-1][j], 0.0)):
                if l[j] <= x <= u[j] and l[::-1][j] <= y <= u[::-1][j]:
                    v = fn(Fraction(x), Fraction(y))
                    assert Fraction(lo[j]) <= v <= Fraction(hi[j]), (name, j)
        return
    for p in ps:
        lo, hi = _interval(name, [l], [u], p)
        for j in range(l.size):
            for x in _exact_pts(float(l[j]), float(u[j])):
                v = EXACT_INTERVAL[name](x, p)
                assert lo[j] == -INF or Fraction(float(lo[j])) <= v, (name, p, l[j], float(x))
                assert hi[j] == INF or v <= Fraction(float(hi[j])), (name, p, u[j], float(x))
