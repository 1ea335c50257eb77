#!/usr/bin/env python3
"""Brute-force reference distances from a point to the boundary/line/points of a WKT geometry
with GeographicLib's GeodSolve (Debian package geographiclib-tools), independent of Standoff and
of PostGIS: every edge is the ellipsoidal geodesic between its vertices, sampled at 2000 points,
then twice more at 2000 points around the best sample (final spacing below a micrometre per km).
Inside-ness is not computed: cases PostGIS puts inside (distance 0) are copied as 0.

Run:  python3 geodsolve-brute-force.py < postgis-cases.csv > geodsolve-brute-force.csv
"""
import re
import subprocess
import sys

def geodsolve(args, lines):
    out = subprocess.run(["GeodSolve", "-p", "12"] + args, input="\n".join(lines) + "\n",
                         capture_output=True, text=True, check=True).stdout
    return [list(map(float, l.split())) for l in out.splitlines()]

def min_on_edge(p, a, b, n=2000):
    azi1, _, s12 = geodsolve(["-i"], [f"{a[1]} {a[0]} {b[1]} {b[0]}"])[0]
    lo, hi = 0.0, s12
    best = None
    for _ in range(3):
        ss = [lo + (hi - lo) * i / n for i in range(n + 1)]
        pts = geodsolve([], [f"{a[1]} {a[0]} {azi1} {s}" for s in ss])
        ds = geodsolve(["-i"], [f"{q[0]} {q[1]} {p[1]} {p[0]}" for q in pts])
        k = min(range(len(ds)), key=lambda i: ds[i][2])
        best = ds[k][2] if best is None else min(best, ds[k][2])
        step = (hi - lo) / n
        lo, hi = max(0.0, ss[k] - step), min(s12, ss[k] + step)
    return best

def distance(p, wkt):
    best = float("inf")
    for group in re.findall(r"\(([^()]+)\)", wkt):
        pts = [tuple(map(float, c.split())) for c in group.split(",")]
        if len(pts) == 1:
            best = min(best, geodsolve(["-i"], [f"{pts[0][1]} {pts[0][0]} {p[1]} {p[0]}"])[0][2])
        for a, b in zip(pts, pts[1:]):
            best = min(best, min_on_edge(p, a, b))
    return best

print("# name;lon;lat;wkt;geodsolve_brute_force_m  (see geodsolve-brute-force.py)")
for line in sys.stdin:
    if line.startswith("#") or not line.strip():
        continue
    name, lon, lat, wkt, pg = line.rstrip("\n").split(";")
    d = 0.0 if float(pg) == 0 else distance((float(lon), float(lat)), wkt)
    print(f"{name};{lon};{lat};{wkt};{d:.6f}")
