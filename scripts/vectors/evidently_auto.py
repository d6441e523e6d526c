"""Reference numbers for drift computed from sample files, as Evidently 0.7 computes it on pandas 2 and numpy 2.

Sample files are written here, read back with pandas, typed as Evidently 0.7 types columns
(evidently.core.datasets.infer_column_type, on the current dataset, as its drift preset does), cleaned as its
get_one_column_drift does (+-inf to NaN, then dropna), and judged by its stattests (method chosen by
_get_default_stattest unless a case names one; decision edges as each stattest returns them).

Where the Python stack here is older than pandas 2 / numpy 2, their behaviour is applied explicitly:
- pandas 2's default na_values (STR_NA_VALUES, which gained "None" in 2.0) are passed to read_csv;
- numpy >= 2.1's histogram_bin_edges keeps the bin width at least 1 for integer data (sturges_edges below),
  checked against numpy's own function when it is new enough.

Run with Debian's python3-scipy, python3-pandas, python3-numpy:
  /usr/bin/python3 scripts/vectors/evidently_auto.py __tests__/fixtures/drift/auto"""
import json
import math
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import scipy
from scipy import stats
from scipy.spatial import distance

out = Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)

# pandas 2.x pandas/_libs/parsers.pyx STR_NA_VALUES
PANDAS2_NA = ["-1.#IND", "1.#QNAN", "1.#IND", "-1.#QNAN", "#N/A N/A", "#N/A", "N/A", "n/a", "NA", "<NA>", "#NA",
              "NULL", "null", "NaN", "-NaN", "nan", "-nan", "", "None"]
NUMPY_INT_WIDTH = tuple(int(p) for p in np.__version__.split(".")[:2]) >= (2, 1)


def read_csv(path):
    return pd.read_csv(path, keep_default_na=False, na_values=PANDAS2_NA)


def infer_column_type(col):
    """Evidently 0.7's rules (INTEGER_CARDINALITY_LIMIT = 10)."""
    name = col.dtype.name
    if name.startswith("float"):
        return "numeric"
    if name.startswith("int"):
        return "categorical" if col.nunique() <= 10 else "numeric"
    if name == "bool":
        return "categorical"
    if name == "object":
        v = col.dropna()
        if len(v) and isinstance(v.iloc[0], str) and isinstance(v.iloc[-1], str):
            return "text" if col.nunique() > col.count() * 0.5 else "categorical"
    return "unknown"


def sturges_edges(a):
    """np.histogram_bin_edges(a, bins='sturges') as numpy >= 2.1 computes it."""
    a = np.asarray(a)
    first, last = float(a.min()), float(a.max())
    if first == last:
        first, last = first - 0.5, last + 0.5
    width = (float(a.max()) - float(a.min())) / (np.log2(a.size) + 1.0)
    if width and np.issubdtype(a.dtype, np.integer) and width < 1:
        width = 1
    n = int(np.ceil((last - first) / width)) if width else 1
    edges = np.linspace(first, last, n + 1, endpoint=True)
    if NUMPY_INT_WIDTH:
        assert np.array_equal(edges, np.histogram_bin_edges(a, bins="sturges"))
    return edges


def keys_of(ref, cur):
    return list(set(ref.dropna().unique()) | set(cur.dropna().unique()))


def binned(ref, cur, numeric, fill):
    if numeric and ref.nunique() > 20:
        bins = sturges_edges(np.asarray(pd.concat([ref, cur], axis=0).values))
        r = np.histogram(ref, bins)[0] / len(ref)
        c = np.histogram(cur, bins)[0] / len(cur)
    else:
        keys = keys_of(ref, cur)
        rc, cc = ref.value_counts(), cur.value_counts()
        r = np.array([rc.get(k, 0) / len(ref) for k in keys])
        c = np.array([cc.get(k, 0) / len(cur) for k in keys])
    if fill:
        for a in (r, c):
            m = min(a[a != 0])
            np.place(a, a == 0, m / 10**6 if m <= 0.0001 else 0.0001)
    return r, c


def hellinger(ref, cur, numeric):
    keys = keys_of(ref, cur)
    if not numeric:
        rp, cp = ref.value_counts() / len(ref), cur.value_counts() / len(cur)
        h = sum(math.sqrt(float(rp.get(k, 0)) * float(cp.get(k, 0))) for k in keys)
    else:
        bins = sturges_edges(np.asarray(keys))
        h1 = np.histogram(ref.to_numpy(), bins=bins, density=True)[0]
        h2 = np.histogram(cur.to_numpy(), bins=bins, density=True)[0]
        width = (max(bins) - min(bins)) / (len(bins) - 1)
        h = sum(math.sqrt(float(a) * float(b)) * width for a, b in zip(h1, h2))
    return math.sqrt(1 - float(np.clip(h, 0, 1)))


def z_test(ref, cur):
    if ref.nunique() == 1 and cur.nunique() == 1 and ref.unique()[0] == cur.unique()[0]:
        return 1.0
    first = sorted(keys_of(ref, cur))[0]
    a = ref.apply(lambda x: 0 if x == first else 1)
    b = cur.apply(lambda x: 0 if x == first else 1)
    n1, n2 = len(a), len(b)
    p1, p2 = float(sum(a)) / n1, float(sum(b)) / n2
    P = float(p1 * n1 + p2 * n2) / (n1 + n2)
    z = (p1 - p2) / np.sqrt(P * (1 - P) * (1.0 / n1 + 1.0 / n2))
    return float(2 * (1 - stats.norm.cdf(np.abs(z))))


# name: (kind, default threshold, strict): p-values drift when p < t (strict) or p <= t; distances when d >= t.
METHODS = {"ks": ("pvalue", 0.05, False), "chisquare": ("pvalue", 0.05, True), "z": ("pvalue", 0.05, True),
           "wasserstein": ("distance", 0.1, False), "jensenshannon": ("distance", 0.1, False),
           "psi": ("distance", 0.1, False), "kl_div": ("distance", 0.1, False), "hellinger": ("distance", 0.1, False)}


def default_method(ref, cur, ctype):
    n_values = pd.concat([ref, cur]).nunique()
    if len(ref) <= 1000:
        if ctype == "numeric":
            return "ks" if n_values > 5 else "chisquare" if n_values > 2 else "z"
        return "chisquare" if n_values > 2 else "z"
    if ctype == "numeric":
        return "wasserstein" if n_values > 5 else "jensenshannon"
    return "jensenshannon"


def score(method, ref, cur, numeric):
    if method == "ks":
        r = stats.ks_2samp(ref, cur)
        return float(r.pvalue), float(r.statistic)
    if method == "wasserstein":
        # np.std of the values: pairwise sums. (On a Series with bottleneck installed pandas sums naively;
        # pandas 2 does not install bottleneck.)
        return float(stats.wasserstein_distance(ref, cur) / max(float(np.std(np.asarray(ref, dtype=float))), 0.001)), None
    if method == "jensenshannon":
        return float(distance.jensenshannon(*binned(ref, cur, numeric, False))), None
    if method == "psi":
        r, c = binned(ref, cur, numeric, True)
        return float(np.sum((r - c) * np.log(r / c))), None
    if method == "kl_div":
        return float(stats.entropy(*binned(ref, cur, numeric, True))), None
    if method == "hellinger":
        return hellinger(ref, cur, numeric), None
    if method == "chisquare":
        keys = keys_of(ref, cur)
        rc, cc = ref.value_counts(), cur.value_counts()
        k = len(cur) / len(ref)
        return float(stats.chisquare([cc.get(x, 0) for x in keys], [rc.get(x, 0) * k for x in keys])[1]), None
    return z_test(ref, cur), None


def judge_frames(ref, cur, method=None):
    features, skipped = {}, {}
    for column in ref.columns:
        ctype = infer_column_type(cur[column])
        if ctype not in ("numeric", "categorical"):
            skipped[column] = ctype
            continue
        r = ref[column].replace([-np.inf, np.inf], np.nan).dropna()
        c = cur[column].replace([-np.inf, np.inf], np.nan).dropna()
        name = method or default_method(r, c, ctype)
        value, statistic = score(name, r, c, ctype == "numeric")
        kind, threshold, strict = METHODS[name]
        if kind == "pvalue":
            drifted = value < threshold if strict else value <= threshold
        else:
            drifted = value >= threshold
        f = {"type": ctype, "method": name, "score": value, "threshold": threshold, "drifted": bool(drifted),
             "missing": {"reference": int(ref[column].isna().sum()), "current": int(cur[column].isna().sum())}}
        if statistic is not None:
            f["statistic"] = statistic
        features[column] = f
    drifted = sum(f["drifted"] for f in features.values())
    return features, skipped, {"drifted": drifted, "total": len(features), "share": drifted / len(features)}


def case(name, ref_text, cur_text, ext="csv", method=None, why=""):
    (out / f"{name}-reference.{ext}").write_text(ref_text)
    (out / f"{name}-current.{ext}").write_text(cur_text)
    if ext == "csv":
        ref, cur = read_csv(out / f"{name}-reference.{ext}"), read_csv(out / f"{name}-current.{ext}")
    else:
        ref = pd.DataFrame([json.loads(line) for line in ref_text.splitlines() if line.strip()])
        cur = pd.DataFrame([json.loads(line) for line in cur_text.splitlines() if line.strip()])
    features, skipped, dataset = judge_frames(ref, cur, method)
    c = {"name": name, "why": why, "reference": f"{name}-reference.{ext}", "current": f"{name}-current.{ext}",
         "features": features, "dataset": dataset}
    if method:
        c["method"] = method
    if skipped:
        c["skipped"] = skipped
    return c


def frame_case(name, ref, cur, why):
    return case(name, ref.to_csv(index=False), cur.to_csv(index=False), why=why)


def generated(n_ref, n_cur, seed):
    rng = np.random.default_rng(seed)

    def side(n, shift):
        df = pd.DataFrame({
            "income": np.round(rng.lognormal(10 + shift, 0.5, n), 2),
            "age": rng.integers(18, 80 + int(shift * 20), n),
            "rooms": rng.choice([1, 2, 3, 4], n, p=[0.1, 0.4, 0.4, 0.1] if shift == 0 else [0.3, 0.3, 0.3, 0.1]),
            "flag": rng.choice([0, 1], n),
            "plan": rng.choice(["basic", "plus", "pro, annual"], n, p=[0.5, 0.3, 0.2] if shift == 0 else [0.4, 0.3, 0.3]),
            "churned": rng.choice(["yes", "no"], n),
        })
        df["income"] = df["income"].astype(object)
        df.loc[rng.random(n) < 0.03, "income"] = np.nan
        df.loc[rng.random(n) < 0.02, "plan"] = np.nan
        return df

    return side(n_ref, 0.0), side(n_cur, 0.3)


def lines(header, rows):
    return header + "\n" + "".join(",".join(r) + "\n" for r in rows)


cases = []
ref, cur = generated(600, 400, 1)
cases.append(frame_case("small", ref, cur, "integer columns with <= 10 values are categorical (rooms: chi-square, flag: z)"))
ref, cur = generated(5000, 3000, 2)
cases.append(frame_case("large", ref, cur, "above 1000 reference rows: Wasserstein and Jensen-Shannon"))

# Item 4: a column mixing numbers and text holds its values as text, whatever the row order: identical data, p = 1.
values = ["1.0", "2.5", "abc"] * 20
cases.append(case("mixed", lines("code,n,id", [[v, str(i % 7), f"r{i}"] for i, v in enumerate(reversed(values))]),
                  lines("code,n,id", [[v, str(i % 7), f"c{i}"] for i, v in enumerate(sorted(values))]),
                  why="a column holding 1.0, 2.5 and text: one label per text, whichever rows come first; "
                      "id: every value distinct, text to Evidently 0.7, not judged"))

# Item 5: pandas 2's na_values exactly (case-sensitive), +-inf dropped.
rng = np.random.default_rng(5)
tokens = ["N/A", "#N/A", "<NA>", "None", "-nan", "NULL", "nan", "NaN", "", "n/a", "#NA", "-NaN", "1.#IND", "inf", "-inf",
          "Infinity"]
def na_side(n, shift):
    xs = np.round(rng.normal(shift, 1, n), 4)
    rows = []
    for i in range(n):
        x = tokens[i % len(tokens)] if i % 9 == 0 else repr(float(xs[i]))
        label = ["na", "Na", "a", "b", "a"][i % 5]  # "na" and "Na" are labels: pandas matches case-sensitively
        rows.append([x, label])
    return lines("x,label", rows)
cases.append(case("missing", na_side(300, 0.0), na_side(300, 0.0),
                  why="N/A, #N/A, <NA>, None, -nan ... are missing; inf dropped; 'na' and 'Na' are categories"))

# Item 6: integer columns as Evidently 0.7 types them.
def ints_side(counts, n_wide, seed):
    r = np.random.default_rng(seed)
    grade = np.repeat(np.arange(1, 9), counts)
    r.shuffle(grade)
    n = len(grade)
    binary = (r.random(n) < (0.3 if seed == 1 else 0.45)).astype(int)
    wide = r.integers(0, n_wide, n)
    rows = [[str(grade[i]), str(binary[i]), str(wide[i]), "" if i == 3 else str(grade[i])] for i in range(n)]
    return lines("grade,binary,wide,grade_gap", rows)
cases.append(case("integers", ints_side([75] * 8, 100, 1), ints_side([40, 110] * 4, 100, 2),
                  why="grade: 8 integers -> categorical, chi-square sees the shift KS misses; binary -> z; "
                      "wide: > 10 integers -> numeric, KS; grade_gap: a missing value makes pandas read floats -> numeric"))

# Item 5: 1e400 in JSON lines is infinity, dropped before PSI.
rng = np.random.default_rng(6)
def jl_side(n, shift):
    return "".join(json.dumps({"x": float(np.round(v, 3))}) + "\n" if i % 50 else ('{"x": 1e400}\n' if i % 100 else '{"x": -1e400}\n')
                   for i, v in enumerate(rng.normal(shift, 1, n)))
cases.append(case("infinity", jl_side(400, 0.0), jl_side(400, 0.5), ext="jsonl", method="psi",
                  why="1e400 and -1e400 in JSON lines are +-infinity: dropped before PSI, as Evidently does"))


# Item 8: statistics on arrays (no file), each as Evidently's formula computes it.
def pair(name, method, ref, cur, numeric=True, why=""):
    r, c = pd.Series(ref), pd.Series(cur)
    value, statistic = score(method, r, c, numeric)
    v = {"name": name, "method": method, "why": why, "score": value}
    if numeric:
        v["integer"] = bool(np.issubdtype(r.dtype, np.integer) and np.issubdtype(c.dtype, np.integer))
    return v


i = np.arange(100000)
base = 1e15 + (i % 1000) * 0.375
arrays = [
    {"spec": {"kind": "near1e15", "n": 100000, "shift": 20},
     **pair("wasserstein-near-1e15", "wasserstein", base, base + 20,
            why="the norming std of values near 1e15: pairwise sums as numpy")},
]
n = 300000
k = np.arange(n)
ref_int, cur_int = k % 21, np.minimum(k % 23, 20)
for m in ("psi", "kl_div", "jensenshannon"):
    arrays.append({"spec": {"kind": "mod21", "n": n}, **pair(f"{m}-integer-bins", m, ref_int, cur_int,
                   why="integer data over 0..20, 600,000 values: numpy 2 bins at least 1 wide (20 bins, not 21)")})
arrays.append({"spec": {"kind": "counts", "values": [0, 1, 2], "reference": [50, 30, 20], "current": [30, 40, 30]},
               **pair("hellinger-integer-bins", "hellinger", np.repeat([0, 1, 2], [50, 30, 20]),
                      np.repeat([0, 1, 2], [30, 40, 30]), why="three integers: 2 bins of width 1, not 3 of 0.77")})
labels = ["\uff5e", "\U0001F600", "\U0001F642"]
arrays.append({"spec": {"kind": "labels", "values": labels, "reference": [50, 30, 20], "current": [35, 25, 40]},
               **pair("z-code-point-order", "z", np.repeat(labels, [50, 30, 20]), np.repeat(labels, [35, 25, 40]),
                      numeric=False, why="the z-test's first category in code point order: U+FF5E before U+1F600")})

json.dump({"generator": "scripts/vectors/evidently_auto.py", "follows": "evidently 0.7.21 (commit a4aa4c2b), pandas 2, numpy 2",
           "scipy": scipy.__version__, "numpy": np.__version__, "pandas": pd.__version__, "cases": cases,
           "arrays": arrays}, open(out / "expected.json", "w"), indent=1, ensure_ascii=True)
