// Build check for build-basemap.sh: no ring edge of any polygon crosses the antimeridian.
//
//   node check-edges.js <layer.geojson>...
//
// A ring that steps from +179.9° to -180° (as world-atlas's do before the cut) has an edge
// spanning more than 180° of longitude; on a planar map it becomes a horizontal smear. After the
// cut, rings only run along ±180° (vertical edges). Edges on the pole line (latitude ±90, a
// single point on the sphere) are exempt. Exits 1, listing the offenders, if any edge is wider.
"use strict";
const fs = require("fs");
const path = require("path");

let bad = 0;
for (const file of process.argv.slice(2)) {
    const fc = JSON.parse(fs.readFileSync(file, "utf8"));
    let edges = 0;
    for (const f of fc.features) {
        const g = f.geometry;
        if (!g) continue;
        const polygons = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : null;
        if (!polygons) throw new Error(`${file}: unexpected geometry type ${g.type}`);
        for (const polygon of polygons) for (const ring of polygon) {
            for (let i = 1; i < ring.length; i++) {
                const [x0, y0] = ring[i - 1], [x1, y1] = ring[i];
                edges++;
                if (Math.abs(x1 - x0) > 180 && !(y0 === y1 && Math.abs(y0) === 90)) {
                    if (bad++ < 10) {
                        console.error(`${path.basename(file)}: ${JSON.stringify(f.properties)} edge ` +
                            `${JSON.stringify(ring[i - 1])} -> ${JSON.stringify(ring[i])} crosses the antimeridian`);
                    }
                }
            }
        }
    }
    console.log(`${path.basename(file)}: ${edges} edges checked`);
}
if (bad) {
    console.error(`check-edges: ${bad} edges cross the antimeridian`);
    process.exit(1);
}
