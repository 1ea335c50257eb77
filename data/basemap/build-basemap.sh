#!/usr/bin/env bash
# Builds data/basemap/basemap.gpkg, Standoff's bundled offline basemap, from public-domain data
# packaged on the npm registry:
#   us-atlas@3.0.1    states-10m.json   U.S. Census Bureau cartographic state boundaries (2017)
#   world-atlas@2.0.2 countries-50m.json, land-50m.json   Natural Earth 1:50m
# Needs only npm and GDAL's command-line tools (Debian: gdal-bin). Idempotent: every run starts
# from fresh tarballs in a temporary directory and replaces the output file.
# The tarballs' sha256 are pinned below; the build fails if the registry serves anything else.
set -euo pipefail

US_ATLAS=us-atlas@3.0.1
US_ATLAS_SHA256=e6daba1800885868303ad3549da62f85a557b8142bb72629ec15651de62f9c5d
WORLD_ATLAS=world-atlas@2.0.2
WORLD_ATLAS_SHA256=032e7765f2ce00edaeafec23ff22bc3b77e42987c257da944cc585b452c05b97

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/basemap.gpkg"

for tool in npm ogr2ogr ogrinfo sha256sum tar; do
    command -v "$tool" >/dev/null || { echo "build-basemap: '$tool' not found (need npm and gdal-bin)" >&2; exit 1; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "$US_ATLAS" "$WORLD_ATLAS" >/dev/null)
check() {
    local file="$1" want="$2" got
    got="$(sha256sum "$work/$file" | cut -d' ' -f1)"
    if [[ "$got" != "$want" ]]; then
        echo "build-basemap: $file has sha256 $got, expected $want" >&2
        exit 1
    fi
    echo "$file sha256 $got (ok)"
}
check us-atlas-3.0.1.tgz "$US_ATLAS_SHA256"
check world-atlas-2.0.2.tgz "$WORLD_ATLAS_SHA256"
mkdir "$work/us" "$work/world"
tar -xzf "$work/us-atlas-3.0.1.tgz" -C "$work/us"
tar -xzf "$work/world-atlas-2.0.2.tgz" -C "$work/world"

# A fixed timestamp in gpkg_contents.last_change makes the output byte-for-byte reproducible
# (the GeoPackage driver otherwise writes the current time).
export OGR_CURRENT_DATE=2019-01-01T00:00:00.000Z

raw="$work/raw.gpkg"
tmp="$work/basemap.gpkg"
# Pass 1: TopoJSON -> GeoPackage. Lon/lat WGS84, everything promoted to MultiPolygon so each
# table has one geometry type, invalid rings repaired with GEOS (-makevalid).
# GDAL's TopoJSON driver names layers after the topology's objects ("countries", "land", "states").
pass1=(-f GPKG -a_srs EPSG:4326 -nlt MULTIPOLYGON -makevalid -lco GEOMETRY_NAME=geom -lco FID=fid)
ogr2ogr "${pass1[@]}" "$raw" "$work/world/package/countries-50m.json" countries -select id,name
ogr2ogr "${pass1[@]}" -update "$raw" "$work/world/package/land-50m.json" land
ogr2ogr "${pass1[@]}" -update "$raw" "$work/us/package/states-10m.json" states -select id,name

# Pass 2: Antarctica. world-atlas keeps d3's spherical topology: the Antarctic mainland is a
# zero-area ring along lat -89.999 plus the coastline as a ring that runs from -180 to +180 and
# closes with a chord along lat ANT_CHORD. Read as planar polygons (and repaired by GEOS) that
# is the strip between coast and chord, without the polar cap. The symmetric difference with
# the box below the chord turns it into the planar polar cap (coast down to -90), and touches
# nothing else (no other polygon reaches south of the chord). Also drops columns nobody uses
# (land's empty id).
ANT_CHORD=-84.35178076483889
cap="BuildMbr(-180, -90, 180, $ANT_CHORD, 4326)"
pass2=(-f GPKG -dialect sqlite -nlt MULTIPOLYGON -lco GEOMETRY_NAME=geom -lco FID=fid -lco SPATIAL_INDEX=YES)
ogr2ogr "${pass2[@]}" "$tmp" "$raw" -nln countries -sql \
    "SELECT id, name, CASE WHEN name = 'Antarctica' THEN ST_Multi(ST_SymDifference(geom, $cap)) ELSE geom END AS geom FROM countries ORDER BY fid"
ogr2ogr "${pass2[@]}" -update "$tmp" "$raw" -nln land -sql \
    "SELECT ST_Multi(ST_SymDifference(geom, $cap)) AS geom FROM land ORDER BY fid"
ogr2ogr "${pass2[@]}" -update "$tmp" "$raw" -nln states -sql \
    "SELECT id, name, geom FROM states ORDER BY fid"

# Sanity checks: the cap must reach the pole, every geometry must be valid.
for layer in countries land; do
    miny="$(ogrinfo -ro -q "$tmp" -dialect sqlite -sql "SELECT MIN(ST_MinY(geom)) AS y FROM $layer" | sed -n 's/^ *y (Real) = //p')"
    [[ "$miny" == "-90" ]] || { echo "build-basemap: $layer reaches only $miny, not the South Pole" >&2; exit 1; }
done
for layer in countries land states; do
    bad="$(ogrinfo -ro -q "$tmp" -dialect sqlite -sql "SELECT COUNT(*) AS n FROM $layer WHERE geom IS NULL OR NOT ST_IsValid(geom)" | sed -n 's/^ *n (Integer) = //p')"
    [[ "$bad" == "0" ]] || { echo "build-basemap: $layer has $bad invalid or null geometries" >&2; exit 1; }
done

# Reclaim the space left by the writes and by the R-tree's build.
ogrinfo -q "$tmp" -sql "VACUUM" >/dev/null

mv -f "$tmp" "$out"
for layer in countries land states; do
    printf '%s: %s features\n' "$layer" \
        "$(ogrinfo -ro -so "$out" "$layer" | sed -n 's/^Feature Count: //p')"
done
printf 'basemap.gpkg: %s bytes, sha256 %s\n' "$(stat -c %s "$out")" "$(sha256sum "$out" | cut -d' ' -f1)"
