#!/bin/sh
# Regenerates the .prj corpus and the GDAL/PROJ reference points in this directory.
# Needs GDAL and PROJ command-line tools (Debian: apt-get install gdal-bin proj-bin).
# Made with GDAL 3.6.2 and PROJ 9.1.1 (Debian 12 packages, proj-data 9.1.1, no network grids).
# The legacy-*.prj files are NOT made here: see README.md.
set -eu
cd "$(dirname "$0")"

# code | test points as WGS 84 lon,lat pairs inside the CRS's area of use
CASES='
4326|2.35,48.85 -77.0,39.0
4267|-77.0,39.0 -105.0,40.0 -122.4,37.8 -90.0,30.0
4269|-77.0,39.0 -105.0,40.0 -122.4,37.8
4152|-77.0,39.0 -105.0,40.0 -122.4,37.8
6318|-77.0,39.0 -105.0,40.0 -122.4,37.8
26718|-75.5,40.0 -74.0,40.7 -77.0,39.0
26918|-75.5,40.0 -74.0,40.7 -77.0,39.0
26915|-93.3,44.98 -94.5,39.1
2227|-122.4,37.77 -121.9,37.3
2263|-74.0,40.75 -73.5,40.8
26986|-71.06,42.36 -72.5,42.2
5070|-96.0,37.5 -77.0,39.0 -122.4,37.8
3857|2.3522,48.8566 -98.0,38.0 139.7,35.7
4626|55.45,-21.0 55.6,-21.2
3727|55.45,-21.0 55.6,-21.2
2056|7.44,46.95 8.54,47.37 6.14,46.2
'

: > points.csv
echo "# prj_file,x,y,expected_lon,expected_lat (gdaltransform -s_srs EPSG:code -t_srs EPSG:4326, GIS axis order)" > points.csv
: > operations.txt
echo "$CASES" | while IFS='|' read -r code pts; do
    [ -z "$code" ] && continue
    gdalsrsinfo --single-line -o wkt_esri "EPSG:$code" | sed "/^$/d" > "$code-esri.prj"
    gdalsrsinfo --single-line -o wkt1 "EPSG:$code" | sed "/^$/d" > "$code-ogc.prj"
    # OGC WKT 1 with every AUTHORITY element removed, as some writers produce it.
    sed -E 's/,AUTHORITY\["[^"]*","[^"]*"\]//g' "$code-ogc.prj" > "$code-ogc-noauth.prj"
    bbox=""
    for p in $pts; do
        lon=${p%,*}; lat=${p#*,}
        # Source coordinates: the test point projected into the CRS, rounded to 0.01 unit
        # (1e-7 degree for geographic CRSs) so that they look like data.
        src=$(echo "$lon $lat" | gdaltransform -s_srs EPSG:4326 -t_srs "EPSG:$code" -output_xy)
        x=$(echo "$src" | awk '{ if ($1 > -400 && $1 < 400 && $2 > -100 && $2 < 100) printf "%.7f", $1; else printf "%.2f", $1 }')
        y=$(echo "$src" | awk '{ if ($1 > -400 && $1 < 400 && $2 > -100 && $2 < 100) printf "%.7f", $2; else printf "%.2f", $2 }')
        ref=$(echo "$x $y" | gdaltransform -s_srs "EPSG:$code" -t_srs EPSG:4326 -output_xy)
        for f in "$code-esri.prj" "$code-ogc.prj" "$code-ogc-noauth.prj"; do
            echo "$f,$x,$y,$(echo "$ref" | awk '{ printf "%.10f,%.10f", $1, $2 }')" >> points.csv
        done
        if [ -z "$bbox" ]; then bbox="$lon,$lat,$lon,$lat"; else bbox=$(echo "$bbox $lon $lat" | awk -F'[ ,]' '{
            a=$1; b=$2; c=$3; d=$4; if ($5<a) a=$5; if ($6<b) b=$6; if ($5>c) c=$5; if ($6>d) d=$6; printf "%s,%s,%s,%s", a, b, c, d }'); fi
    done
    # The operation PROJ ranks first for the points' area (gdaltransform skips those whose grid is missing).
    echo "EPSG:$code: $(projinfo -s "EPSG:$code" -t EPSG:4326 --bbox "$bbox" --spatial-test intersects --summary --hide-ballpark 2>/dev/null | grep -v -e '^Candidate' -e 'grid missing' | head -1)" >> operations.txt
    echo "EPSG:$code identified by gdalsrsinfo -e from the ESRI form: $(gdalsrsinfo -e "$code-esri.prj" | sed -n 's/^\(EPSG:[0-9]*\).*/\1/p' | head -1)" >> operations.txt
done
for f in legacy-3857-*.prj; do
    echo "$f identified by gdalsrsinfo -e: $(gdalsrsinfo -e "$f" | sed -n 's/^\(EPSG:[0-9]*\).*/\1/p' | head -1)" >> operations.txt
    grep '^3857-ogc.prj,' points.csv | sed "s/^3857-ogc.prj,/$f,/" >> points.csv
done
