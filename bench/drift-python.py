"""The Python stack's side of `npm run bench:drift`: pandas reads both CSV files, then numpy/scipy compute
the same per-column scores the gate computes (Evidently's auto choice, or the method given).
Usage: python3 bench/drift-python.py REFERENCE CURRENT [auto|ks|wasserstein|psi]
Prints one JSON object: {"features": {name: {"method", "score"}}, "peak_rss_kb"}."""
import json
import resource
import sys

import numpy as np
import pandas as pd
from scipy import stats
from scipy.spatial import distance


def shares(ref, cur, fill):
    if ref.nunique() > 20:
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


def score(ref, cur, method):
    if method == "auto":
        n_values = pd.concat([ref, cur]).nunique()
        if len(ref) <= 1000:
            method = "ks" if n_values > 5 else "chisquare" if n_values > 2 else "z"
        else:
            method = "wasserstein" if n_values > 5 else "jensenshannon"
    if method == "ks":
        return method, float(stats.ks_2samp(ref, cur).pvalue)
    if method == "wasserstein":
        return method, float(stats.wasserstein_distance(ref, cur) / max(np.std(ref), 0.001))
    if method == "psi":
        r, c = shares(ref, cur, True)
        return method, float(np.sum((r - c) * np.log(r / c)))
    if method == "jensenshannon":
        r, c = shares(ref, cur, False)
        return method, float(distance.jensenshannon(r, c))
    raise SystemExit(f"bench/drift-python.py does not compute {method}")


def main():
    ref_path, cur_path = sys.argv[1], sys.argv[2]
    method = sys.argv[3] if len(sys.argv) > 3 else "auto"
    ref, cur = pd.read_csv(ref_path), pd.read_csv(cur_path)
    features = {}
    for column in ref.columns:
        m, s = score(ref[column].dropna(), cur[column].dropna(), method)
        features[column] = {"method": m, "score": s}
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"features": features, "peak_rss_kb": peak}))


main()
