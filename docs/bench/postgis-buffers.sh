#!/usr/bin/env bash
# PostGIS side-by-side for the Java buffer benchmark (see docs/PERFORMANCE.md).
#
# Usage:
#   docs/bench/postgis-buffers.sh [CSV]            # default: target/buffer-bench/installations.csv
#   docs/bench/postgis-buffers.sh --make-test-csv OUT.csv [N=800] [outline|star] [SEED=2026]
#                                                  # synthetic polygons over CONUS (python3 stdlib)
#
# CSV: header "id,wkt", one row per (multi)polygon, WKT in WGS84 lon/lat.
#
# What it does: installs postgresql-15 + postgresql-15-postgis-3 if missing (apt-get, needs root),
# starts a throwaway PostgreSQL 15 server on 127.0.0.1 (temporary data dir, removed on exit),
# loads the CSV with COPY, then times server-side (clock_timestamp() around each statement, so
# loading and client transfer are excluded), REPS times each, best and median:
#   geog   : sum(ST_NPoints(ST_Buffer(geom::geography, R)::geometry)) over all rows
#   union  : ST_Union of the same geography buffers cast to geometry (buffer + union in one statement)
#   utm    : ST_Transform(ST_Buffer(ST_Transform(geom, 326xx/327xx zone of the centroid), R, 'quad_segs=8'), 4326)
# for R = 1, 30, 100 miles, and the accuracy of geog/utm buffers: spheroidal distance of every
# exterior-ring vertex of the buffer of SAMPLE polygons to the original polygon, vs R.
#
# Environment knobs (all optional):
#   REPS=3            runs per statement
#   SAMPLE=50         polygons in the accuracy sample (spread evenly over the ids)
#   RADII="1609.344 48280.32 160934.4"   metres
#   PARALLEL=0        max_parallel_workers_per_gather (0 = single-threaded, the default)
#   PGPORT_BENCH=     port (default: first free one from 55432)
#   MAX_ROWS=         buffer only the first N rows of the CSV (file order), like the Java
#                     benchmark's "polygons to buffer" argument; default all
#   TIMEOUT_S=0       per-statement timeout in seconds (0 = none); a run that hits it is reported
#                     as "> T s (timeout)" and the remaining runs of that method/radius are skipped
#   KEEP_DATA=0       1 = leave the data dir and server log in place (server is still stopped)
#   SKIP_INSTALL=0    1 = never call apt-get
set -euo pipefail

die() { echo "postgis-buffers: error: $*" >&2; exit 1; }
log() { echo "postgis-buffers: $*" >&2; }

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$SCRIPT_DIR/../.." && pwd)

# ---------------------------------------------------------------------------------------------
# Optional: generate a test CSV with python3 (standard library only). Style "outline" (default)
# imitates org.standoff.sample.InstallationOutlines (4-24 corners, 0.8-25 km across, straight
# surveyed sides with collinear vertices or meandering natural sides, ~8 % two-part, ~3 % with a
# hole); style "star" is the old stress set (1-15 km, vertex radius jittered 20-70 %, here every
# 4th with a hole and every 5th two-part). Same distributions as the Java code, not the same
# numbers (different random generator; spherical instead of ellipsoidal placement).
# ---------------------------------------------------------------------------------------------
if [[ "${1:-}" == "--make-test-csv" ]]; then
    out=${2:?"usage: $0 --make-test-csv OUT.csv [N] [outline|star] [SEED]"}
    command -v python3 >/dev/null || die "python3 not found"
    mkdir -p "$(dirname "$out")"
    python3 - "$out" "${3:-800}" "${4:-outline}" "${5:-2026}" <<'PY'
import math, random, sys
out, n, style, seed = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
if style not in ("outline", "star"):
    sys.exit("style must be outline or star")
rnd = random.Random(seed)
sys.setrecursionlimit(10000)
W, S, E, N = -124.0, 25.5, -67.5, 48.8
RE = 6371008.8

def place(lon, lat, east, north):
    """Spherical direct problem from (lon, lat): azimuth atan2(east, north), distance hypot."""
    d = math.hypot(east, north) / RE
    a = math.atan2(east, north)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(a))
    l2 = l1 + math.atan2(math.sin(a) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2))
    return math.degrees(l2), math.degrees(p2)

def orient(ax, ay, bx, by, cx, cy):
    v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)
    return (v > 1e-9) - (v < -1e-9)

def seg_hit(p, q, r, s):
    o1, o2, o3, o4 = orient(*p, *q, *r), orient(*p, *q, *s), orient(*r, *s, *p), orient(*r, *s, *q)
    if o1 != o2 and o3 != o4:
        return True
    def on(a, b, c):  # c on segment ab (collinear)
        return min(a[0], b[0]) - 1e-9 <= c[0] <= max(a[0], b[0]) + 1e-9 and min(a[1], b[1]) - 1e-9 <= c[1] <= max(a[1], b[1]) + 1e-9
    return (o1 == 0 and on(p, q, r)) or (o2 == 0 and on(p, q, s)) or (o3 == 0 and on(r, s, p)) or (o4 == 0 and on(r, s, q))

def simple(rings, cell):
    """True if no two non-adjacent segments of these closed rings (planar metres) touch; grid-bucketed."""
    segs = []
    for ri, ring in enumerate(rings):
        m = len(ring)
        for k in range(m):
            segs.append((ri, k, m, ring[k], ring[(k + 1) % m]))
    grid = {}
    for idx, (_, _, _, p, q) in enumerate(segs):
        for gx in range(int(math.floor(min(p[0], q[0]) / cell)), int(math.floor(max(p[0], q[0]) / cell)) + 1):
            for gy in range(int(math.floor(min(p[1], q[1]) / cell)), int(math.floor(max(p[1], q[1]) / cell)) + 1):
                grid.setdefault((gx, gy), []).append(idx)
    seen = set()
    for bucket in grid.values():
        for i in range(len(bucket)):
            for j in range(i + 1, len(bucket)):
                a, b = bucket[i], bucket[j]
                if (a, b) in seen:
                    continue
                seen.add((a, b))
                ra, ka, ma, p, q = segs[a]
                rb, kb, mb, r, s = segs[b]
                if ra == rb and (abs(ka - kb) == 1 or abs(ka - kb) == ma - 1):
                    continue
                if seg_hit(p, q, r, s):
                    return False
    return True

def meander(pts, x1, y1, x2, y2, amp, spacing):
    ln = math.hypot(x2 - x1, y2 - y1)
    if ln < spacing:
        return
    off = (rnd.random() * 2 - 1) * amp * ln
    mx = (x1 + x2) / 2 - off * (y2 - y1) / ln
    my = (y1 + y2) / 2 + off * (x2 - x1) / ln
    meander(pts, x1, y1, mx, my, amp * 0.9, spacing)
    pts.append((mx, my))
    meander(pts, mx, my, x2, y2, amp * 0.9, spacing)

def outline_attempt(size, calm, hole, ox, oy):
    corners = 4 + rnd.randrange(21)
    phase = rnd.random() * 2 * math.pi
    ax, ay = [], []
    for k in range(corners):
        a = phase + 2 * math.pi * (k + 0.7 * rnd.random()) / corners
        rr = size * (0.45 + 0.55 * rnd.random())
        ax.append(rr * math.cos(a)); ay.append(rr * math.sin(a))
    pts = []
    for k in range(corners):
        x1, y1, x2, y2 = ax[k], ay[k], ax[(k + 1) % corners], ay[(k + 1) % corners]
        pts.append((x1, y1))
        ln = math.hypot(x2 - x1, y2 - y1)
        if rnd.random() < 0.55:
            if rnd.random() < 0.6:
                m = int(ln / (100 + 300 * rnd.random()))
                for s_ in range(1, m):
                    pts.append((x1 + (x2 - x1) * s_ / m, y1 + (y2 - y1) * s_ / m))
        else:
            meander(pts, x1, y1, x2, y2, 0.18 * calm, 15 + 45 * rnd.random())
    rings = [[(x + ox, y + oy) for x, y in pts]]
    if hole:
        hr = size * 0.12
        rings.append([(ox + hr * math.cos(-2 * math.pi * k / 8), oy + hr * math.sin(-2 * math.pi * k / 8)) for k in range(8)])
    return rings

def outline(size, hole, ox=0.0, oy=0.0):
    calm = 1.0
    while True:
        rings = outline_attempt(size, calm, hole, ox, oy)
        if len(rings[0]) >= 3 and simple(rings, size / 10):
            return rings
        calm /= 2

def star(size, nv, wobble, ox=0.0, oy=0.0, hole=False):
    ring = []
    for k in range(nv):   # azimuth decreasing = counter-clockwise
        az = 2 * math.pi * (nv - k) / nv
        r = size * (1 - wobble * rnd.random())
        ring.append((ox + r * math.sin(az), oy + r * math.cos(az)))
    rings = [ring]
    if hole:
        hr = size * 0.15
        rings.append([(ox + hr * math.sin(2 * math.pi * k / 16), oy + hr * math.cos(2 * math.pi * k / 16)) for k in range(16)])
    return rings

def wkt_poly(lon, lat, rings):
    parts = []
    for ring in rings:
        ll = [place(lon, lat, x, y) for x, y in ring]
        ll.append(ll[0])
        parts.append("(" + ",".join("%.7f %.7f" % p for p in ll) + ")")
    return "(" + ",".join(parts) + ")"

total = multi = holes = 0
with open(out, "w", newline="") as f:
    f.write("id,wkt\n")
    for i in range(n):
        lon, lat = W + (E - W) * rnd.random(), S + (N - S) * rnd.random()
        polys = []
        if style == "outline":
            size = math.exp(math.log(400) + (math.log(12500) - math.log(400)) * rnd.random())
            hole = rnd.random() < 0.03
            polys.append(outline(size, hole))
            if rnd.random() < 0.08:
                az = 2 * math.pi * rnd.random()
                d = size * (2.2 + 2 * rnd.random())
                parcel = outline(size * (0.15 + 0.3 * rnd.random()), False, d * math.sin(az), d * math.cos(az))
                if simple(polys[0] + parcel, size / 10):
                    polys.append(parcel)
        else:
            size = 1000 + rnd.random() * 14000
            nv = 50 + rnd.randrange(1951)
            wobble = 0.2 + 0.5 * rnd.random()
            polys.append(star(size, nv, wobble, hole=(i % 4 == 0)))
            if i % 5 == 0:
                polys.append(star(size * 0.5, max(8, nv // 3), wobble, ox=3 * size))
        holes += any(len(p) > 1 for p in polys)
        multi += len(polys) > 1
        total += sum(len(r) + 1 for p in polys for r in p)
        body = ",".join(wkt_poly(lon, lat, p) for p in polys)
        f.write('%d,"%s"\n' % (i + 1, ("MULTIPOLYGON(" + body + ")") if len(polys) > 1 else ("POLYGON" + body)))
print("wrote %s: %d %s polygons, %d vertices (%d multipart, %d with holes)" % (out, n, style, total, multi, holes), file=sys.stderr)
PY
    exit 0
fi

CSV=${1:-$REPO_ROOT/target/buffer-bench/installations.csv}
[[ -f "$CSV" ]] || die "input CSV not found: $CSV (run the Java benchmark first, or make one with --make-test-csv)"
[[ -r "$CSV" ]] || die "input CSV not readable: $CSV"
IFS= read -r FIRST_LINE <"$CSV" || true
[[ "${FIRST_LINE%$'\r'}" == "id,wkt" ]] || die "$CSV: first line must be the header 'id,wkt' (got: ${FIRST_LINE:0:40})"
CSV=$(cd "$(dirname "$CSV")" && pwd)/$(basename "$CSV")

REPS=${REPS:-3}
SAMPLE=${SAMPLE:-50}
RADII=${RADII:-"1609.344 48280.32 160934.4"}
PARALLEL=${PARALLEL:-0}
MAX_ROWS=${MAX_ROWS:-}
TIMEOUT_S=${TIMEOUT_S:-0}
KEEP_DATA=${KEEP_DATA:-0}
SKIP_INSTALL=${SKIP_INSTALL:-0}
[[ "$REPS" =~ ^[1-9][0-9]*$ ]] || die "REPS must be a positive integer"
[[ "$SAMPLE" =~ ^[1-9][0-9]*$ ]] || die "SAMPLE must be a positive integer"
[[ "$PARALLEL" =~ ^[0-9]+$ ]] || die "PARALLEL must be a non-negative integer"
[[ -z "$MAX_ROWS" || "$MAX_ROWS" =~ ^[1-9][0-9]*$ ]] || die "MAX_ROWS must be a positive integer"
[[ "$TIMEOUT_S" =~ ^[0-9]+$ ]] || die "TIMEOUT_S must be a non-negative integer (seconds)"
for r in $RADII; do [[ "$r" =~ ^[0-9]+(\.[0-9]+)?$ ]] || die "bad radius in RADII: $r"; done

# ---------------------------------------------------------------------------------------------
# 1-2. A throwaway PostgreSQL 15 + PostGIS 3 server on 127.0.0.1 (pg-throwaway.sh)
# ---------------------------------------------------------------------------------------------
# shellcheck source=pg-throwaway.sh
source "$SCRIPT_DIR/pg-throwaway.sh"
pg_throwaway_start postgis-buffers "$PARALLEL"
q()  { "${PSQL[@]}" -At -c "$1"; }             # one value / unaligned rows
qt() { "${PSQL[@]}" -P footer=off -c "$1"; }    # aligned table
# ---------------------------------------------------------------------------------------------
# 3. Load
# ---------------------------------------------------------------------------------------------
log "loading $CSV ..."
"${PSQL[@]}" <<'SQL'
CREATE EXTENSION postgis;
CREATE TABLE raw_csv (ord bigserial, id int, wkt text);   -- ord = file order (COPY keeps it)
CREATE TABLE polys (ord bigint NOT NULL, id int PRIMARY KEY, geom geometry(Geometry, 4326) NOT NULL);
CREATE TABLE bench_result (variant text, radius float8, run int, ms float8, npoints bigint, timed_out boolean DEFAULT false);

-- UTM zone (WGS84, EPSG 326zz north / 327zz south) of the centroid.
CREATE FUNCTION utm_srid(g geometry) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (CASE WHEN ST_Y(c) >= 0 THEN 32600 ELSE 32700 END)
         + least(60, greatest(1, floor((ST_X(c) + 180) / 6)::int + 1))
  FROM (SELECT ST_Centroid(g) AS c) s $$;

-- One timed execution (server-side wall clock); the statement must return one bigint.
CREATE FUNCTION bench_once(p_variant text, p_radius float8, p_run int, p_sql text)
RETURNS text LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz; dt float8; n bigint;
BEGIN
  t0 := clock_timestamp();
  EXECUTE p_sql INTO n;
  dt := 1000 * extract(epoch FROM clock_timestamp() - t0);
  INSERT INTO bench_result VALUES (p_variant, p_radius, p_run, dt, n);
  RETURN format('%s ms, %s output vertices', round(dt::numeric, 1), n);
END $$;
SQL
"${PSQL[@]}" -c "COPY raw_csv (id, wkt) FROM STDIN WITH (FORMAT csv, HEADER true)" <"$CSV" \
    || die "COPY of $CSV failed"
CSV_ROWS=$(q "SELECT count(*) FROM raw_csv")
"${PSQL[@]}" -v max_rows="${MAX_ROWS:-NULL}" <<'SQL' || die "could not turn the WKT of $CSV into geometries (error above)"
INSERT INTO polys SELECT ord, id, ST_SetSRID(ST_GeomFromText(wkt), 4326)
  FROM raw_csv ORDER BY ord LIMIT :max_rows;
DROP TABLE raw_csv;
VACUUM ANALYZE polys;
SQL
read -r NROWS NVERT NINVALID NTYPES <<<"$(q "SELECT count(*), sum(ST_NPoints(geom)), count(*) FILTER (WHERE NOT ST_IsValid(geom)),
    string_agg(DISTINCT GeometryType(geom), '/') FROM polys" | tr '|' ' ')"
[[ "$NROWS" -gt 0 ]] || die "no rows loaded from $CSV"
log "loaded $NROWS rows${MAX_ROWS:+ (first $MAX_ROWS of the CSV)} ($NTYPES), $NVERT vertices, $NINVALID invalid"
LOAD_BEFORE=$(sed 's/ [0-9]*\/.*//' /proc/loadavg)
T_START=$SECONDS
# Warm-up: read every geometry once (detoast into the buffer cache).
q "SELECT sum(ST_NPoints(geom::geography::geometry)) FROM polys" >/dev/null

# ---------------------------------------------------------------------------------------------
# 4. Timings
# ---------------------------------------------------------------------------------------------
run_variant() {   # variant radius sql
    local v=$1 r=$2 sql=$3 i out t0
    for ((i = 1; i <= REPS; i++)); do
        t0=$SECONDS
        if out=$(PGOPTIONS="-c statement_timeout=${TIMEOUT_S}s" \
                 q "SELECT bench_once('$v', $r, $i, \$q\$$sql\$q\$)" 2>"$WORK/psql.err"); then
            log "$(printf '%-6s R=%10s m  run %d/%d: %s' "$v" "$r" "$i" "$REPS" "$out")"
        # (PostGIS turns the timeout inside GEOS into "canceling statement due to user request")
        elif [[ "$TIMEOUT_S" -gt 0 ]] && grep -Eq 'statement timeout|canceling statement due to user request' "$WORK/psql.err"; then
            q "INSERT INTO bench_result VALUES ('$v', $r, $i, $TIMEOUT_S * 1000.0, NULL, true)"
            log "$(printf '%-6s R=%10s m  run %d/%d: timeout (%s s; cancelled after %d s), skipping the remaining runs' "$v" "$r" "$i" "$REPS" "$TIMEOUT_S" $((SECONDS - t0)))"
            return 0
        else
            cat "$WORK/psql.err" >&2
            die "benchmark statement failed ($v, R=$r)"
        fi
    done
}
for r in $RADII; do
    run_variant geog "$r" "SELECT sum(ST_NPoints(ST_Buffer(geom::geography, $r)::geometry))::bigint FROM polys"
done
for r in $RADII; do
    run_variant union "$r" "SELECT ST_NPoints(ST_Union(ST_Buffer(geom::geography, $r)::geometry))::bigint FROM polys"
done
for r in $RADII; do
    run_variant utm "$r" "SELECT sum(ST_NPoints(ST_Transform(ST_Buffer(ST_Transform(geom, utm_srid(geom)), $r, 'quad_segs=8'), 4326)))::bigint FROM polys"
done

# ---------------------------------------------------------------------------------------------
# 5. Accuracy: spheroidal distance of buffer exterior-ring vertices to the original polygon
# ---------------------------------------------------------------------------------------------
log "accuracy on a sample of $SAMPLE polygons ..."
RADII_ARRAY="ARRAY[$(echo $RADII | tr ' ' ',')]::float8[]"
ACCURACY_SQL="
WITH s AS (
  SELECT id, geom FROM (
    SELECT id, geom, row_number() OVER (ORDER BY id) - 1 AS k, count(*) OVER () AS n FROM polys) x
  WHERE k % greatest(n / $SAMPLE, 1) = 0 ORDER BY id LIMIT $SAMPLE),
rad AS (SELECT unnest($RADII_ARRAY) AS r),
b AS (
  SELECT 'geog' AS variant, r, id, geom, ST_Buffer(geom::geography, r)::geometry AS buf FROM s, rad
  UNION ALL
  SELECT 'utm', r, id, geom,
         ST_Transform(ST_Buffer(ST_Transform(geom, utm_srid(geom)), r, 'quad_segs=8'), 4326) FROM s, rad),
p AS (
  SELECT variant, r, id, geom, (ST_DumpPoints(ST_ExteriorRing((ST_Dump(buf)).geom))).geom AS pt FROM b),
d AS (
  SELECT variant, r, id, ST_Distance(pt::geography, geom::geography, true) - r AS e FROM p)
SELECT variant AS method,
       round((r / 1609.344)::numeric, 0) AS miles,
       count(DISTINCT id) AS polygons,
       count(*) AS vertices,
       round(min(e)::numeric, 2) AS \"min d-R (m)\",
       round(max(e)::numeric, 2) AS \"max d-R (m)\",
       round(max(abs(e))::numeric, 2) AS \"worst |d-R| (m)\",
       round((100 * max(abs(e)) / r)::numeric, 4) AS \"worst rel. (%)\"
FROM d GROUP BY variant, r ORDER BY variant, r"
ACCURACY=$(qt "$ACCURACY_SQL")
LOAD_AFTER=$(sed 's/ [0-9]*\/.*//' /proc/loadavg)

# ---------------------------------------------------------------------------------------------
# 6. Report
# ---------------------------------------------------------------------------------------------
TIMINGS=$(qt "
SELECT CASE variant WHEN 'geog' THEN 'ST_Buffer(geography)'
                    WHEN 'union' THEN 'ST_Union(ST_Buffer(geography)), buffer+union'
                    ELSE 'UTM ST_Buffer quad_segs=8 (+back to 4326)' END AS method,
       round((radius / 1609.344)::numeric, 0) AS miles,
       round(radius::numeric, 3) AS \"R (m)\",
       CASE WHEN bool_and(timed_out) THEN '> ' || round(min(ms)::numeric, 0) || ' (timeout)'
            ELSE round(min(ms) FILTER (WHERE NOT timed_out)::numeric, 1)::text END AS \"best (ms)\",
       CASE WHEN bool_or(timed_out) THEN '-'
            ELSE round((percentile_cont(0.5) WITHIN GROUP (ORDER BY ms))::numeric, 1)::text END AS \"median (ms)\",
       count(*) FILTER (WHERE NOT timed_out) AS runs,
       max(npoints) AS \"output vertices\"
FROM bench_result
GROUP BY variant, radius
ORDER BY array_position(ARRAY['geog','union','utm'], variant), radius")

{
    echo "PostGIS buffer benchmark"
    echo "========================"
    echo "input:      $CSV"
    echo "            buffered: $NROWS of $CSV_ROWS rows${MAX_ROWS:+ (first $MAX_ROWS in file order)} ($NTYPES), $NVERT vertices, $NINVALID invalid (ST_IsValid)"
    echo "date:       $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "machine:    nproc=$(nproc), $(lscpu | sed -n 's/^Model name: *//p' | head -n1), $(awk '/^MemTotal/ {printf "%.0f GiB RAM", $2 / 1048576}' /proc/meminfo), $(uname -sr)"
    echo "load:       /proc/loadavg 1/5/15 min: $LOAD_BEFORE before the timings, $LOAD_AFTER after; $((SECONDS - T_START)) s of timings + accuracy"
    echo "postgres:   $(q 'SELECT version()')"
    echo "postgis:    $(q 'SELECT postgis_full_version()')"
    echo "settings:   max_parallel_workers_per_gather=$PARALLEL, jit=off, statement timeout ${TIMEOUT_S}s (0 = none), timing = server-side clock_timestamp() around each statement, $REPS runs each"
    echo
    echo "Timings (all rows; geography buffer = ST_Buffer(geography, R), PostGIS picks a planar SRID via _ST_BestSRID):"
    echo "$TIMINGS"
    echo
    echo "Accuracy (sample; d = ST_Distance(vertex::geography, original::geography, true), spheroid; exterior-ring vertices of the buffer):"
    echo "$ACCURACY"
    echo "Notes: d < R (min d-R) comes mostly from GEOS simplifying the buffer input (outward bumps shallower than"
    echo "about 1 % of R are dropped before offsetting), d > R (max d-R) from the scale error of the planar projection."
    echo "Only vertices are checked: with quad_segs=8 the chords between arc vertices sag a further R*(1-cos(5.625 deg))"
    echo "= 0.48 % of R inward. geog and utm agree when _ST_BestSRID picks the same UTM zone as the centroid rule."
}
