"""Reference numbers for kstwo.sf across every region scipy's _kolmogn picks an algorithm for.
Run with Debian's python3-scipy: /usr/bin/python3 scripts/vectors/kstwo.py > __tests__/fixtures/drift/kstwo-scipy.json"""
import json
import numpy as np
import scipy
from scipy import stats, special

rows = []
for n in [1, 2, 5, 10, 50, 140, 141, 500, 5000, 50000, 100000, 100001, 500000, 1000001, 2000000]:
    for z in [0.3, 0.5, 0.7, 0.87, 1.0, 1.2, 1.5, 1.9, 2.5, 3.5, 5.0, 8.0]:
        d = z / np.sqrt(n)
        if d >= 1:
            continue
        rows.append({"n": n, "d": float(d), "sf": float(stats.kstwo.sf(d, n))})
    for d in [0.6 / n, 0.9 / n, 1.0 - 1.5 / n, 0.55, 0.75]:
        if 0 < d < 1:
            rows.append({"n": n, "d": float(d), "sf": float(stats.kstwo.sf(d, n))})
# The d values of __tests__/fixtures/drift/ks-asymptotic-accuracy.json (its kstwo_sf column is the nominal isf target).
acc = json.load(open("__tests__/fixtures/drift/ks-asymptotic-accuracy.json"))
for r in acc["rows"]:
    rows.append({"n": r["en"], "d": r["d"], "sf": float(stats.kstwo.sf(r["d"], r["en"]))})
smirnov = []
for n in [2, 3, 10, 100, 1000, 5000, 100000]:
    for x in [0.01, 0.05, 0.1, 0.3, 0.5, 0.8, 0.95]:
        smirnov.append({"n": n, "x": x, "sf": float(special.smirnov(n, x))})
print(json.dumps({"generator": "scripts/vectors/kstwo.py", "scipy": scipy.__version__, "numpy": np.__version__,
                  "kstwo_sf": rows, "smirnov": smirnov}, indent=1))
