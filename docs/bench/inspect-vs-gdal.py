#!/usr/bin/env python3
"""standoff inspect against GDAL over a corpus of shapefiles (issue #18).

For every .shp under the given folders, compares what `standoff inspect` says with GDAL 3.6:

  count   feature count       standoff "features"      vs  ogrinfo -ro -so -al  "Feature Count"
  type    geometry type       standoff "geometryType"  vs  ogrinfo "Geometry" (2D/3D/measured folded)
  crs     CRS identification  standoff "crsCode"       vs  gdalsrsinfo -e on the .prj (EPSG:n or none)
  bbox    WGS 84 extent       standoff "bbox"          vs  extent of ogr2ogr -t_srs EPSG:4326 to a GeoPackage
                              (to 1e-4 degree, the issue's target; only where GDAL can reproject)

and prints one line per file with every difference, then the totals. A file standoff refuses
(exit 1) is listed with its message; one GDAL cannot open is skipped and counted.

Run from the repository root after `mvn -q -DskipTests package` (or `mvn -q compile
dependency:build-classpath -Dmdep.outputFile=target/cp.txt`):

    python3 docs/bench/inspect-vs-gdal.py CORPUS_DIR... [--jar target/standoff.jar | --classes DIR]

The corpus used in docs/PERFORMANCE.md is the shapefile test data of five projects whose
licences allow it (MIT, BSD-3, MPL-2.0), fetched as git snapshots; it is not committed.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

TOLERANCE_DEGREES = 1e-4


def run(cmd, timeout=300):
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, errors="replace")
    return p.returncode, p.stdout, p.stderr


def standoff_cmd(args):
    if "--jar" in args:
        return ["java", "-jar", args[args.index("--jar") + 1]]
    classes = args[args.index("--classes") + 1] if "--classes" in args else "target/classes"
    cp = open("target/cp.txt").read().strip()
    return ["java", "-XX:TieredStopAtLevel=1", "-cp", classes + ":" + cp, "org.standoff.Main"]


def gdal_summary(shp):
    code, out, err = run(["ogrinfo", "-ro", "-so", "-al", shp])
    if code != 0:
        return None
    count = re.search(r"^Feature Count: (\d+)", out, re.M)
    geom = re.search(r"^Geometry: (.+)$", out, re.M)
    return {"count": int(count.group(1)) if count else None, "type": geom.group(1).strip() if geom else None}


def gdal_epsg(shp):
    prj = os.path.splitext(shp)[0] + ".prj"
    if not os.path.exists(prj):
        for f in os.listdir(os.path.dirname(shp) or "."):
            if f.lower() == os.path.basename(prj).lower():
                prj = os.path.join(os.path.dirname(shp), f)
                break
        else:
            return "no .prj"
    code, out, err = run(["gdalsrsinfo", "-e", prj])
    m = re.search(r"EPSG:(-?\d+)", out)
    return "EPSG:" + m.group(1) if m and m.group(1) != "-1" else "none"


def gdal_wgs84_bbox(shp, tmp):
    dst = os.path.join(tmp, "wgs84.gpkg")
    if os.path.exists(dst):
        os.remove(dst)
    code, out, err = run(["ogr2ogr", "-f", "GPKG", "-t_srs", "EPSG:4326", "-nlt", "PROMOTE_TO_MULTI", dst, shp])
    if code != 0:
        return None
    code, out, err = run(["ogrinfo", "-ro", "-so", "-al", dst])
    m = re.search(r"^Extent: \(([-\d.e+]+), ([-\d.e+]+)\) - \(([-\d.e+]+), ([-\d.e+]+)\)", out, re.M)
    return [float(v) for v in m.groups()] if m else None


def fold_type(gdal_type):
    """'3D Measured Polygon' -> 'polygon', 'Line String' -> 'polyline', 'Multi Point' -> 'multipoint'."""
    if gdal_type in ("Unknown (any)", "3D Unknown (any)"):
        return "multipatch"  # GDAL reports a MultiPatch layer as Unknown (any) (or TIN/GeometryCollection per feature)
    t = gdal_type.lower().replace("3d ", "").replace("measured ", "").replace(" ", "")
    t = {"linestring": "polyline", "multilinestring": "polyline", "multipolygon": "polygon"}.get(t, t)
    return t


def fold_standoff_type(t):
    t = t.lower().replace(" ", "")
    t = re.sub(r"(z|m)$", "", t)
    return {"arc": "polyline", "polylinez": "polyline", "polylinem": "polyline"}.get(t, t)


def main(argv):
    dirs = [a for i, a in enumerate(argv) if not a.startswith("--") and not (i > 0 and argv[i - 1] in ("--jar", "--classes"))]
    standoff = standoff_cmd(argv)
    files = sorted(os.path.join(root, f) for d in dirs for root, _, fs in os.walk(d) for f in fs if f.lower().endswith(".shp"))
    totals = {"files": 0, "gdal cannot open": 0, "standoff refuses": 0, "count": 0, "type": 0, "crs": 0, "bbox": 0,
              "bbox compared": 0, "agree": 0}
    tmp = tempfile.mkdtemp(prefix="inspect-vs-gdal-")
    try:
        for shp in files:
            totals["files"] += 1
            name = next((os.path.relpath(shp, d) for d in dirs if shp.startswith(d)), shp)
            gdal = gdal_summary(shp)
            code, out, err = run(standoff + ["inspect", shp])
            if gdal is None:
                totals["gdal cannot open"] += 1
                print(f"{name}: GDAL cannot open it; standoff exit {code}" + (f": {err.strip()[:160]}" if code else ""))
                continue
            if code != 0:
                totals["standoff refuses"] += 1
                print(f"{name}: standoff refuses (exit {code}): {err.strip()[:200]}; GDAL reads {gdal['count']} features")
                continue
            ours = json.loads(out)
            diffs = []
            if ours["features"] != gdal["count"]:
                totals["count"] += 1
                diffs.append(f"count {ours['features']} vs GDAL {gdal['count']}")
            if gdal["type"] and fold_type(gdal["type"]) != fold_standoff_type(ours["geometryType"]) \
                    and not (gdal["type"] == "Unknown (any)" and ours["features"] == 0):
                totals["type"] += 1
                diffs.append(f"type {ours['geometryType']} vs GDAL {gdal['type']}")
            epsg = gdal_epsg(shp)
            mine = ours.get("crsCode") or ("no .prj" if epsg == "no .prj" else "none")
            if epsg not in ("no .prj",) and mine != epsg:
                totals["crs"] += 1
                diffs.append(f"crs {mine} vs GDAL {epsg}")
            box = gdal_wgs84_bbox(shp, tmp) if epsg != "no .prj" else None
            if box and ours["bbox"]:
                totals["bbox compared"] += 1
                worst = max(abs(a - b) for a, b in zip(ours["bbox"], box))
                if worst > TOLERANCE_DEGREES:
                    totals["bbox"] += 1
                    diffs.append(f"bbox off by {worst:.6f} deg: {ours['bbox']} vs GDAL {box}")
            if diffs:
                print(f"{name}: " + "; ".join(diffs))
            else:
                totals["agree"] += 1
        print("totals: " + ", ".join(f"{k} {v}" for k, v in totals.items()))
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main(sys.argv[1:])
