"""End-to-end reference numbers for `method: auto`: samples written as CSV, read back with pandas, each
column judged as Evidently's legacy DataDriftTable does (method chosen by _get_default_stattest on the
non-missing values, scipy underneath). Run with Debian's python3-scipy and python3-pandas:
  /usr/bin/python3 scripts/vectors/evidently_auto.py __tests__/fixtures/drift/auto"""
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import scipy
from scipy import stats
from scipy.spatial import distance

out = Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)


def binned(ref, cur, numeric, fill):
    if numeric and ref.nunique() > 20:
        bins = np.histogram_bin_edges(pd.concat([ref, cur]).values, bins="sturges")
        r = np.histogram(ref, bins)[0] / len(ref)
        c = np.histogram(cur, bins)[0] / len(cur)
    else:
        keys = list(set(ref.unique()) | set(cur.unique()))
        rc, cc = ref.value_counts(), cur.value_counts()
        r = np.array([rc.get(k, 0) / len(ref) for k in keys])
        c = np.array([cc.get(k, 0) / len(cur) for k in keys])
    if fill:
        for a in (r, c):
            m = min(a[a != 0])
            np.place(a, a == 0, m / 10**6 if m <= 0.0001 else 0.0001)
    return r, c


def judge(ref, cur, numeric):
    n_values = pd.concat([ref, cur]).nunique()
    if len(ref) <= 1000:
        method = ("ks" if n_values > 5 else "chisquare" if n_values > 2 else "z") if numeric else (
            "chisquare" if n_values > 2 else "z")
    else:
        method = "wasserstein" if numeric and n_values > 5 else "jensenshannon"
    if method == "ks":
        r = stats.ks_2samp(ref, cur)
        return method, float(r.pvalue), float(r.statistic), 0.05
    if method == "wasserstein":
        return method, float(stats.wasserstein_distance(ref, cur) / max(np.std(ref), 0.001)), None, 0.1
    if method == "jensenshannon":
        r, c = binned(ref, cur, numeric, False)
        return method, float(distance.jensenshannon(r, c)), None, 0.1
    if method == "chisquare":
        keys = list(set(ref.unique()) | set(cur.unique()))
        rc, cc = ref.value_counts(), cur.value_counts()
        k = len(cur) / len(ref)
        return method, float(stats.chisquare([cc.get(x, 0) for x in keys], [rc.get(x, 0) * k for x in keys])[1]), None, 0.05
    keys = sorted(set(ref.unique()) | set(cur.unique()))
    a = (ref != keys[0]).astype(float)
    b = (cur != keys[0]).astype(float)
    p1, p2 = a.mean(), b.mean()
    P = (p1 * len(a) + p2 * len(b)) / (len(a) + len(b))
    z = (p1 - p2) / np.sqrt(P * (1 - P) * (1 / len(a) + 1 / len(b)))
    return method, float(2 * (1 - stats.norm.cdf(abs(z)))), None, 0.05


def make(name, n_ref, n_cur, seed):
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

    ref, cur = side(n_ref, 0.0), side(n_cur, 0.3)
    ref.to_csv(out / f"{name}-reference.csv", index=False)
    cur.to_csv(out / f"{name}-current.csv", index=False)
    ref, cur = pd.read_csv(out / f"{name}-reference.csv"), pd.read_csv(out / f"{name}-current.csv")
    features = {}
    for column in ref.columns:
        r, c = ref[column].dropna(), cur[column].dropna()
        numeric = pd.api.types.is_numeric_dtype(ref[column])
        method, score, statistic, threshold = judge(r, c, numeric)
        drifted = score <= threshold if method in ("ks", "chisquare", "z") else score >= threshold
        features[column] = {"type": "numeric" if numeric else "categorical", "method": method, "score": score,
                            "threshold": threshold, "drifted": bool(drifted),
                            "missing": {"reference": int(ref[column].isna().sum()), "current": int(cur[column].isna().sum())}}
        if statistic is not None:
            features[column]["statistic"] = statistic
    drifted = sum(f["drifted"] for f in features.values())
    return {"reference": f"{name}-reference.csv", "current": f"{name}-current.csv", "features": features,
            "dataset": {"drifted": drifted, "total": len(features), "share": drifted / len(features)}}


cases = [make("small", 600, 400, 1), make("large", 5000, 3000, 2)]
json.dump({"generator": "scripts/vectors/evidently_auto.py", "scipy": scipy.__version__, "numpy": np.__version__,
           "pandas": pd.__version__, "cases": cases}, open(out / "expected.json", "w"), indent=1)
