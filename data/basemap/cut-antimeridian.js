// Converts one object of a world-atlas TopoJSON file to planar GeoJSON cut at the antimeridian.
// Used by build-basemap.sh; needs only node (>= 18) and the unpacked npm tarballs.
//
//   node cut-antimeridian.js <libdir> <topology.json> <object> <out.geojson>
//
// <libdir> holds the unpacked packages (<libdir>/<name>/package/dist/<name>.js). Their UMD
// bundles are evaluated in a fresh vm context (no module resolution, no node_modules), where
// they attach themselves to the globals `d3` and `topojson`.
//
// world-atlas keeps d3's spherical topology: rings are spherical polygons (clockwise exterior,
// Antarctica a ring around the South Pole), some of them stepping straight across ±180°.
// topojson-client turns the topology into GeoJSON features; d3-geo's projection stream clips
// them on the sphere at the antimeridian (geoClipAntimeridian, the default clip of every d3
// projection) and d3-geo-projection's geoProject reassembles the clipped rings into polygons.
// The projection is plate carrée with scale 180/π, no translation and no resampling, so output
// units are degrees of longitude and (negated) latitude; y is flipped back below. Rings that
// cross the antimeridian come out as pieces on either side, closed along ±180°; the Antarctic
// ring comes out as the planar cap (coast, ±180° edges, and the circle at -89.999, see below).
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const [libdir, input, objectName, output] = process.argv.slice(2);
if (!output) {
    console.error("usage: node cut-antimeridian.js <libdir> <topology.json> <object> <out.geojson>");
    process.exit(2);
}

const context = vm.createContext({});
for (const name of ["d3-array", "d3-geo", "d3-geo-projection", "topojson-client"]) {
    const file = path.join(libdir, name, "package", "dist", name + ".js");
    vm.runInContext(fs.readFileSync(file, "utf8"), context, {filename: file});
}
const {d3, topojson} = context;

const topology = JSON.parse(fs.readFileSync(input, "utf8"));
if (!topology.objects[objectName]) throw new Error(`${input} has no object ${objectName}`);
const collection = topojson.feature(topology, topology.objects[objectName]);

const projection = d3.geoEquirectangular()
    .scale(180 / Math.PI)
    .translate([0, 0])
    .precision(0);

// Degrees -> radians -> degrees leaves float noise (e.g. 180.00000000000003); rounding to 1e-9°
// (0.1 mm, far below the data's 1:50m precision) snaps the cut edges to exactly ±180 and ±90.
const round = (v) => {
    const r = Math.round(v * 1e9) / 1e9;
    return r === 0 ? 0 : r; // no -0 in the output
};
// world-atlas's Antarctica runs along the circle of latitude -89.999 around the pole (as in its
// Natural Earth source), so the clipped ring is the coast down to -89.999, not to the pole. The
// planar basemap wants the polar cap down to -90 (no 0.001° sliver of sea at the bottom of the
// map): points on that circle are moved to the pole line. Nothing else reaches south of -89.99.
const POLE_CIRCLE = -89.999;
let snapped = 0;
const fixLat = (y) => {
    if (y <= POLE_CIRCLE) { snapped++; return -90; }
    return y;
};
const fixRing = (ring) => ring.map(([x, y]) => [round(x), fixLat(round(-y))]);
const fixGeometry = (g) => {
    if (!g) return null;
    switch (g.type) {
        case "Polygon": return {type: "MultiPolygon", coordinates: [g.coordinates.map(fixRing)]};
        case "MultiPolygon": return {type: "MultiPolygon", coordinates: g.coordinates.map((p) => p.map(fixRing))};
        default: throw new Error(`unexpected geometry type ${g.type}`);
    }
};

const features = collection.features.map((f) => {
    const projected = d3.geoProject(f, projection);
    const properties = {};
    if (f.id !== undefined || (f.properties && "name" in f.properties)) {
        properties.id = f.id === undefined ? null : String(f.id);
    }
    Object.assign(properties, f.properties || {});
    return {type: "Feature", properties, geometry: fixGeometry(projected.geometry)};
});

fs.writeFileSync(output, JSON.stringify({type: "FeatureCollection", features}));
console.log(`${path.basename(input)} ${objectName}: ${features.length} features -> ${path.basename(output)}` +
    ` (${snapped} points moved from latitude ${POLE_CIRCLE} to -90)`);
