#!/usr/bin/env bash
# The national screening job side by side: Standoff's `analyze` and PostGIS (geography, GiST,
# exact on the spheroid), on the same shapefiles and sites, in one run (issue #17's target: >= 20x).
#
# Usage (from the repository root, after `mvn -B -o -q -DskipTests package`):
#   docs/bench/postgis-analyze.sh [DIR]
# DIR holds installations.shp, substations.shp and sites.csv as `standoff sample --large DIR`
# writes them; without DIR they are made in a temporary folder (800 outlines, 70,000 clustered
# substations, 100,000 sites in rural districts).
#
# Both sides answer the same question per site: the distance to the nearest installation
# (0 inside) and the nearest substation, and whether it is within 1, 30 and 100 miles.
#   PostGIS: loaded with ogr2ogr (GDAL) and COPY, geography columns with GiST indexes; per site the
#            nearest by sphere (KNN <->) gives a search radius, every feature within 1.01 times it
#            (ST_DWithin on the sphere: the spheroid/sphere ratio stays within 0.34 % either way)
#            is measured with ST_Distance(..., use_spheroid => true), the least kept.
#   Standoff: java -jar target/standoff.jar analyze ... (whole process: JVM start, reading, output).
# Prints wall times, the ratio, and the largest difference between the two sides' distances.
# Knobs: JAR (default target/standoff.jar), PARALLEL (PostGIS workers per gather, default 0),
# KEEP_DATA, PGPORT_BENCH, SKIP_INSTALL (see pg-throwaway.sh).
set -euo pipefail
SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$SCRIPT_DIR/../.." && pwd)
# shellcheck source=pg-throwaway.sh
source "$SCRIPT_DIR/pg-throwaway.sh"
JAR=${JAR:-$REPO_ROOT/target/standoff.jar}
[[ -f "$JAR" ]] || { echo "postgis-analyze: $JAR missing: mvn -B -o -q -DskipTests package" >&2; exit 1; }
command -v ogr2ogr >/dev/null || { echo "postgis-analyze: ogr2ogr missing (apt-get install gdal-bin)" >&2; exit 1; }

pg_throwaway_start postgis-analyze "${PARALLEL:-0}"
IN=${1:-}
if [[ -z "$IN" ]]; then
    IN=$WORK/in
    mkdir -p "$IN"
    java -jar "$JAR" sample --large "$IN" >&2
fi
for f in installations.shp substations.shp sites.csv; do [[ -f "$IN/$f" ]] || pg_die "$IN/$f missing"; done
[[ $EUID -eq 0 ]] && chmod -R a+rX "$IN" "$WORK"
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

pg_log "Standoff analyze ..."
t0=$(now)
/usr/bin/time -f "%e s wall, %U+%S s CPU, %M KB max RSS" -o "$WORK/standoff.time" \
    java -jar "$JAR" analyze --installations "$IN/installations.shp" --substations "$IN/substations.shp" \
    --sites "$IN/sites.csv" --radius 1mi --radius 30mi --radius 100mi --out "$WORK/standoff.csv" >&2
t1=$(now)
standoff_s=$(secs "$t0" "$t1")

pg_log "PostGIS: loading ..."
PG="PG:host=127.0.0.1 port=$PORT user=postgres dbname=bench"
"${PSQL[@]}" -c "CREATE EXTENSION postgis"
t2=$(now)
ogr2ogr -f PostgreSQL "$PG" "$IN/installations.shp" -nln installations -lco GEOMETRY_NAME=geom -lco SPATIAL_INDEX=NONE -nlt PROMOTE_TO_MULTI
ogr2ogr -f PostgreSQL "$PG" "$IN/substations.shp" -nln substations -lco GEOMETRY_NAME=geom -lco SPATIAL_INDEX=NONE
"${PSQL[@]}" <<SQL
CREATE TABLE sites_raw (id bigint, name text, operator text, owner text, owner_country text, foreign_controlled text,
  capacity_mw text, status text, latitude_deg float8, longitude_deg float8, address text, source text, confidence text,
  notes text, created_at text, updated_at text);
\copy sites_raw FROM '$IN/sites.csv' WITH (FORMAT csv, HEADER true)
CREATE TABLE sites AS SELECT id, ST_SetSRID(ST_MakePoint(longitude_deg, latitude_deg), 4326)::geography AS geog FROM sites_raw;
ALTER TABLE installations ADD COLUMN geog geography; UPDATE installations SET geog = geom::geography;
ALTER TABLE substations ADD COLUMN geog geography; UPDATE substations SET geog = geom::geography;
CREATE INDEX ON installations USING gist (geog);
CREATE INDEX ON substations USING gist (geog);
ANALYZE;
SQL
t3=$(now)
load_s=$(secs "$t2" "$t3")

pg_log "PostGIS: screening ..."
"${PSQL[@]}" <<'SQL'
CREATE FUNCTION nearest_m(p geography, layer text) RETURNS float8 LANGUAGE plpgsql STABLE AS $$
DECLARE r float8; d float8;
BEGIN
  EXECUTE format('SELECT ST_Distance($1, geog, false) FROM %I ORDER BY $1 <-> geog LIMIT 1', layer) INTO r USING p;
  EXECUTE format('SELECT min(ST_Distance($1, geog, true)) FROM %I WHERE ST_DWithin($1, geog, $2, false)', layer)
    INTO d USING p, 1.01 * r + 1;
  RETURN d;
END $$;
SQL
t4=$(now)
"${PSQL[@]}" -c "CREATE TABLE pg_result AS SELECT id, nearest_m(geog, 'installations') AS inst_m, nearest_m(geog, 'substations') AS sub_m FROM sites"
t5=$(now)
query_s=$(secs "$t4" "$t5")

"${PSQL[@]}" <<SQL
CREATE TABLE standoff_result (site_id bigint, site_name text, lat float8, lon float8, nearest_installation text,
  installation_distance_m float8, nearest_substation text, substation_distance_m float8, w1 int, w30 int, w100 int, zones text, rules text);
\copy standoff_result FROM '$WORK/standoff.csv' WITH (FORMAT csv, HEADER true)
SQL
read -r n inst_diff sub_diff flag_diff < <("${PSQL[@]}" -At -F ' ' -c "
  SELECT count(*), max(abs(inst_m - installation_distance_m)), max(abs(sub_m - substation_distance_m)),
         sum((w1 <> (inst_m <= 1609.344)::int)::int + (w30 <> (inst_m <= 48280.32)::int)::int + (w100 <> (inst_m <= 160934.4)::int)::int)
  FROM pg_result JOIN standoff_result ON site_id = id")

echo
echo "sites compared: $n (of $(wc -l < "$IN/sites.csv") lines in sites.csv, header included)"
echo "Standoff analyze, whole process:     ${standoff_s} s ($(cat "$WORK/standoff.time"))"
echo "PostGIS load + geography + indexes:  ${load_s} s"
echo "PostGIS screening query:             ${query_s} s"
awk -v s="$standoff_s" -v q="$query_s" -v l="$load_s" 'BEGIN {
  printf "ratio, PostGIS query / Standoff whole process:          %.1fx\n", q / s;
  printf "ratio, PostGIS load + query / Standoff whole process:   %.1fx\n", (q + l) / s }'
echo "largest difference: installation ${inst_diff} m, substation ${sub_diff} m; radius flags that differ: ${flag_diff}"
echo "(Standoff writes distances rounded to 0.1 m; PostGIS's spheroid distance is its own algorithm, not Karney's)"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
