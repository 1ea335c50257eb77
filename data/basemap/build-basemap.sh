#!/usr/bin/env bash
# Builds data/basemap/basemap.gpkg, Standoff's bundled offline basemap, from public-domain data
# packaged on the npm registry:
#   us-atlas@3.0.1    states-10m.json   U.S. Census Bureau cartographic state boundaries (2017)
#   world-atlas@2.0.2 countries-50m.json, land-50m.json   Natural Earth 1:50m
# and Natural Earth 1:50m lakes and rivers as KDE Marble packs them in Debian's marble-qt-data
# (the only registry copy of those layers; converted with pn2-to-geojson.js, run with node).
# world-atlas is cut at the antimeridian with d3's own spherical clipping (cut-antimeridian.js,
# run with node) using topojson-client@3.1.0, d3-geo@3.1.1, d3-geo-projection@4.0.0 and
# d3-array@3.2.4 (their self-contained UMD bundles; no npm install, no node_modules).
# Needs npm, node (>= 18), GDAL's command-line tools (Debian: gdal-bin) and apt-get with Debian
# bookworm's package lists (for `apt-get download`). Idempotent:
# every run starts from fresh tarballs in a temporary directory and replaces the output file.
# Every tarball's sha256 is pinned below; the build fails if the registry serves anything else.
set -euo pipefail

# package@version and sha256 of its npm tarball
PACKAGES=(
    us-atlas@3.0.1             e6daba1800885868303ad3549da62f85a557b8142bb72629ec15651de62f9c5d
    world-atlas@2.0.2          032e7765f2ce00edaeafec23ff22bc3b77e42987c257da944cc585b452c05b97
    topojson-client@3.1.0      889fadb422f6236d0f8337a236ce6499f258b75e44b81733b13bd971067322bf
    d3-array@3.2.4             6dbf3f2be39e48f86775be6e166a5d3e5a585ca7144453cd6ad1912f5ae4417f
    d3-geo@3.1.1               fe1f2dd81a87d942790c5a7786f4aab03df2b357d46d8af56b613fb8a1bb9be5
    d3-geo-projection@4.0.0    ee0ed9071b6bd4921f9e2c18d04a283248fa3d13ff558bc936f585a2b09bf99a
)

# Debian package (version pinned) and sha256 of its .deb: Natural Earth lakes and rivers
DEB=marble-qt-data=4:22.12.3-1
DEB_SHA256=137e6ddc52a3a245be27f44d2ffad063ddf21c0ba5f6d48edc295b3864c9db48

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/basemap.gpkg"

for tool in npm node ogr2ogr ogrinfo sha256sum tar apt-get dpkg-deb; do
    command -v "$tool" >/dev/null || { echo "build-basemap: '$tool' not found (need npm, node and gdal-bin)" >&2; exit 1; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Fetch, verify and unpack every tarball to $work/pkg/<name>/package/.
mkdir "$work/pkg"
for ((i = 0; i < ${#PACKAGES[@]}; i += 2)); do
    spec="${PACKAGES[i]}" want="${PACKAGES[i + 1]}"
    name="${spec%@*}" version="${spec##*@}"
    tgz="$work/$name-$version.tgz"
    (cd "$work" && npm pack --silent "$spec" >/dev/null)
    got="$(sha256sum "$tgz" | cut -d' ' -f1)"
    if [[ "$got" != "$want" ]]; then
        echo "build-basemap: $(basename "$tgz") has sha256 $got, expected $want" >&2
        exit 1
    fi
    echo "$(basename "$tgz") sha256 $got (ok)"
    mkdir "$work/pkg/$name"
    tar -xzf "$tgz" -C "$work/pkg/$name"
done
world="$work/pkg/world-atlas/package"
us="$work/pkg/us-atlas/package"

# Natural Earth 1:50m lakes and rivers from Debian's marble-qt-data (Marble's .pn2 packing, half
# an arc-minute, about 900 m, resolution): fetched, verified and unpacked like the tarballs.
mkdir "$work/deb"
(cd "$work/deb" && apt-get download -q "$DEB" >/dev/null 2>&1) || { echo "build-basemap: apt-get download $DEB failed" >&2; exit 1; }
debfile="$(ls "$work"/deb/*.deb)"
got="$(sha256sum "$debfile" | cut -d' ' -f1)"
[[ "$got" == "$DEB_SHA256" ]] || { echo "build-basemap: $(basename "$debfile") has sha256 $got, expected $DEB_SHA256" >&2; exit 1; }
echo "$(basename "$debfile") sha256 $got (ok)"
dpkg-deb -x "$debfile" "$work/deb/x"
ne="$work/deb/x/usr/share/marble/data/naturalearth"
node "$here/pn2-to-geojson.js" "$ne/ne_50m_lakes.pn2" > "$work/lakes.geojson"
node "$here/pn2-to-geojson.js" "$ne/ne_50m_rivers_lake_centerlines.pn2" > "$work/rivers.geojson"

# Pass 1: world-atlas TopoJSON -> planar GeoJSON, cut at the antimeridian on the sphere by d3
# (see cut-antimeridian.js): rings crossing ±180° (Chukotka, Wrangel Island, Fiji, Afro-Eurasia
# in land) become pieces on either side closed along ±180°; Antarctica becomes the polar cap
# down to -90. Countries keep their properties id (ISO 3166-1 numeric) and name.
node "$here/cut-antimeridian.js" "$work/pkg" "$world/countries-50m.json" countries "$work/countries.geojson"
node "$here/cut-antimeridian.js" "$work/pkg" "$world/land-50m.json" land "$work/land.geojson"

# A fixed timestamp in gpkg_contents.last_change makes the output byte-for-byte reproducible
# (the GeoPackage driver otherwise writes the current time).
export OGR_CURRENT_DATE=2019-01-01T00:00:00.000Z

tmp="$work/basemap.gpkg"
# Pass 2: -> GeoPackage. Lon/lat WGS84, everything promoted to MultiPolygon so each table has
# one geometry type, any invalid ring repaired with GEOS (-makevalid), R-tree index.
# us-atlas states need no cut (the Census data is already split at ±180°, checked below); GDAL's
# TopoJSON driver reads them directly (layer named after the topology's object "states").
load=(-f GPKG -a_srs EPSG:4326 -nlt MULTIPOLYGON -makevalid -lco GEOMETRY_NAME=geom -lco FID=fid -lco SPATIAL_INDEX=YES)
ogr2ogr "${load[@]}" "$tmp" "$work/countries.geojson" -nln countries -select id,name
ogr2ogr "${load[@]}" -update "$tmp" "$work/land.geojson" -nln land
ogr2ogr "${load[@]}" -update "$tmp" "$us/states-10m.json" states -nln states -select id,name
# Marble's lakes overlap (Superior, Michigan and Huron are there alone and again as one outline),
# which an even-odd fill would punch out: dissolve them into one set of disjoint polygons.
ogr2ogr -f GeoJSON "$work/lakes-dissolved.geojson" "$work/lakes.geojson" -dialect sqlite -makevalid \
    -sql "SELECT ST_Union(MakeValid(geometry)) AS geometry FROM lakes" -explodecollections -nlt POLYGON
ogr2ogr "${load[@]}" -update "$tmp" "$work/lakes-dissolved.geojson" -nln lakes
ogr2ogr -f GPKG -a_srs EPSG:4326 -nlt MULTILINESTRING -lco GEOMETRY_NAME=geom -lco FID=fid -lco SPATIAL_INDEX=YES -update "$tmp" "$work/rivers.geojson" -nln rivers

# Checks: a rebuild fails if any of these regresses.
fail() { echo "build-basemap: check failed: $*" >&2; exit 1; }
# q SQL: the first column of the first row of an SQLite-dialect query on the new file
q() {
    ogrinfo -ro -q "$tmp" -dialect sqlite -sql "$1" | sed -n 's/^ *[A-Za-z_]* ([A-Za-z]*) = //p' | head -n 1
}
# parts TABLE: SQL yielding (name, part) for every polygon part of TABLE's geometries
parts() {
    local name=name
    [[ "$1" == land ]] && name="'land'"
    echo "WITH RECURSIVE g(name, geom, n, i) AS (
            SELECT $name, geom, ST_NumGeometries(geom), 1 FROM $1
            UNION ALL SELECT name, geom, n, i + 1 FROM g WHERE i < n)
          SELECT name, ST_GeometryN(geom, i) AS part FROM g"
}
declare -A want_count=([countries]=241 [land]=1 [states]=56)
for layer in countries land states; do
    n="$(q "SELECT COUNT(*) AS n FROM $layer")"
    if [[ "$layer" == land ]]; then (( n >= 1 )) || fail "land has $n features"
    else [[ "$n" == "${want_count[$layer]}" ]] || fail "$layer has $n features, expected ${want_count[$layer]}"; fi
    bad="$(q "SELECT COUNT(*) AS n FROM $layer WHERE geom IS NULL OR NOT ST_IsValid(geom)")"
    [[ "$bad" == 0 ]] || fail "$layer has $bad invalid or null geometries"
    out_of_range="$(q "SELECT COUNT(*) AS n FROM $layer WHERE ST_MinX(geom) < -180 OR ST_MaxX(geom) > 180 OR ST_MinY(geom) < -90 OR ST_MaxY(geom) > 90")"
    [[ "$out_of_range" == 0 ]] || fail "$layer has $out_of_range geometries outside [-180,180]x[-90,90]"
    # No polygon part wider than 180° of longitude, except the Antarctic cap (the only part
    # reaching the pole; in countries it must belong to Antarctica) and, in land, Afro-Eurasia:
    # once cut at 180° it legitimately spans 197.5°, from Cap-Vert (Senegal, -17.53°) to 180°.
    wide="$(q "SELECT COUNT(*) AS n FROM ($(parts "$layer")) WHERE ST_MaxX(part) - ST_MinX(part) > 180
               AND NOT (ST_MinY(part) = -90 AND name IN ('Antarctica', 'land'))
               AND NOT (name = 'land' AND ST_MinX(part) > -17.6 AND ST_MaxX(part) = 180
                        AND ST_Intersects(part, MakePoint(20, 0, 4326)) AND ST_Intersects(part, MakePoint(100, 60, 4326)))")"
    [[ "$wide" == 0 ]] || fail "$layer has $wide polygon parts wider than 180° besides the Antarctic cap and Afro-Eurasia"
    ogr2ogr -f GeoJSON "$work/check-$layer.geojson" "$tmp" "$layer"
done
# No ring edge spans more than 180° of longitude (the smears), except along the pole line.
node "$here/check-edges.js" "$work"/check-{countries,land,states}.geojson || fail "rings cross the antimeridian"
for layer in countries land; do
    miny="$(q "SELECT MIN(ST_MinY(geom)) AS y FROM $layer")"
    [[ "$miny" == -90 ]] || fail "$layer reaches only $miny, not the South Pole"
    caps="$(q "SELECT COUNT(*) AS n FROM ($(parts "$layer")) WHERE ST_MinY(part) = -90")"
    [[ "$caps" == 1 ]] || fail "$layer has $caps parts reaching the South Pole, expected 1 (the Antarctic cap)"
done
# Rings cut at the antimeridian: parts on both sides, closed along the line itself.
for country in Russia Fiji; do
    for side in "ST_MinX(part) = -180 AND ST_MaxX(part) < -169" "ST_MaxX(part) = 180 AND ST_MinX(part) > 169"; do
        n="$(q "SELECT COUNT(*) AS n FROM ($(parts countries)) WHERE name = '$country' AND $side")"
        (( n >= 1 )) || fail "$country has no part with $side"
    done
done
# inside TABLE WHERE LON LAT: number of TABLE's features matching WHERE that contain the point
inside() {
    q "SELECT COUNT(*) AS n FROM $1 WHERE $2 AND ST_Intersects(geom, MakePoint($3, $4, 4326))"
}
[[ "$(inside states "name = 'Kansas'" -98 38.5)" == 1 ]] || fail "(-98, 38.5) is not in Kansas"
[[ "$(inside countries "name = 'Russia'" 37.6 55.75)" == 1 ]] || fail "(37.6, 55.75) is not in Russia"
[[ "$(inside countries "name = 'Russia'" -175 67)" == 1 ]] || fail "(-175, 67) is not in Russia (Chukotka)"
[[ "$(inside countries "name = 'United States of America'" -150 64)" == 1 ]] || fail "(-150, 64) is not in the USA (Alaska)"
[[ "$(inside land 1 -150 0)" == 0 ]] || fail "(-150, 0) in the Pacific is land"
[[ "$(inside countries 1 -150 0)" == 0 ]] || fail "(-150, 0) in the Pacific is in a country"
[[ "$(inside land 1 0 -89)" == 1 ]] || fail "(0, -89) is not land (Antarctic cap)"
[[ "$(inside countries "name = 'Antarctica'" 0 -89)" == 1 ]] || fail "(0, -89) is not in Antarctica"
# Lakes and rivers: the Great Lakes are water, and the big rivers are there.
for lake in "-87 43.5 Michigan" "-87.5 47.6 Superior" "-82.2 44.8 Huron" "-81.2 42.2 Erie" "-77.8 43.6 Ontario"; do
    set -- $lake
    [[ "$(q "SELECT COUNT(*) AS n FROM lakes WHERE ST_Intersects(geom, MakePoint($1, $2, 4326))")" == 1 ]] || fail "($1, $2) is not in exactly one lake (Lake $3)"
done
[[ "$(q "SELECT COUNT(*) AS n FROM lakes WHERE geom IS NULL OR NOT ST_IsValid(geom)")" == 0 ]] || fail "lakes has invalid or null geometries"
(( "$(q "SELECT COUNT(*) AS n FROM rivers")" >= 800 )) || fail "rivers has fewer than 800 features"
echo "checks: ok"

# Reclaim the space left by the writes and by the R-tree's build.
ogrinfo -q "$tmp" -sql "VACUUM" >/dev/null

mv -f "$tmp" "$out"
for layer in countries land states lakes rivers; do
    printf '%s: %s features\n' "$layer" \
        "$(ogrinfo -ro -so "$out" "$layer" | sed -n 's/^Feature Count: //p')"
done
printf 'basemap.gpkg: %s bytes, sha256 %s\n' "$(stat -c %s "$out")" "$(sha256sum "$out" | cut -d' ' -f1)"
