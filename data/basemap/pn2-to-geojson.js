// Converts a Marble .pn2 file (version 1 or 2, as KDE Marble packs Natural Earth layers) to
// GeoJSON on stdout: polygons (an outer boundary with the inner boundaries after it) and line
// strings, each with the property id (the Marble placemark id). Usage:
//   node pn2-to-geojson.js FILE.pn2 > FILE.geojson
// The format (big-endian, as Qt's QDataStream writes it): a header (quint8 version, quint32
// number of records, bool whether a colour index follows each placemark), then records of a
// flag (0 line string, 1 linear ring, 2 outer boundary, 3 inner boundary, 4 several of these),
// a quint32 placemark id and a quint32 count of "absolute" nodes. Each absolute node is qint16
// latitude and longitude in half arc-minutes (1/120 degree) and a qint16 count of relative nodes
// that follow it, each a qint8 latitude and longitude offset from that absolute node. Version 1
// orders the record fields id, count, flag instead.
'use strict';
const fs = require('fs');
const buf = fs.readFileSync(process.argv[2]);
let pos = 0;
const u8 = () => buf.readUInt8(pos++);
const i8 = () => buf.readInt8(pos++);
const i16 = () => { const v = buf.readInt16BE(pos); pos += 2; return v; };
const u32 = () => { const v = buf.readUInt32BE(pos); pos += 4; return v; };
const deg = v => Math.round(v / 120 * 1e6) / 1e6;

function nodes(count) {
    const ring = [];
    for (let a = 0; a < count; a++) {
        const lat = i16(), lon = i16(), rel = i16();
        if (Math.abs(lat) > 10800 || Math.abs(lon) > 21600) throw new Error(`bad node at byte ${pos}`);
        ring.push([deg(lon), deg(lat)]);
        for (let r = 0; r < rel; r++) {
            const dLat = i8(), dLon = i8();
            ring.push([deg(lon + dLon), deg(lat + dLat)]);
        }
    }
    return ring;
}

const version = u8(), records = u32(), colours = u8() !== 0;
if (version !== 1 && version !== 2) throw new Error(`pn2 version ${version} is not supported`);
const features = [];
let polygon = null;
function flush() {
    if (polygon) features.push(polygon);
    polygon = null;
}
function add(flag, id, count) {
    const coords = nodes(count);
    if (flag === 0) {
        flush();
        features.push({ type: 'Feature', properties: { id }, geometry: { type: 'LineString', coordinates: coords } });
        return;
    }
    const ring = coords.length && (coords[0][0] !== coords[coords.length - 1][0] || coords[0][1] !== coords[coords.length - 1][1])
        ? coords.concat([coords[0]]) : coords;
    if (new Set(ring.map(c => c.join(','))).size < 3) {
        skipped++; // collapsed to a line or a point at half an arc-minute: nothing to fill
        return;
    }
    if (flag === 3 && polygon) {
        polygon.geometry.coordinates.push(ring);
    } else {
        flush();
        polygon = { type: 'Feature', properties: { id }, geometry: { type: 'Polygon', coordinates: [ring] } };
    }
}
let lastId = -1;
let skipped = 0;
for (let n = 0; n < records && pos < buf.length; n++) {
    let flag, id, count;
    if (version === 1) {
        id = u32(); count = u32(); flag = u8();
        if (flag === 2 && colours) u8();
    } else {
        flag = u8(); id = u32();
        if (id !== lastId && colours) u8();
        lastId = id;
        if (flag === 4) {
            const parts = u8();
            for (let p = 0; p < parts; p++) {
                const f = u8(), pid = u32(), c = u32();
                add(f, pid, c);
            }
            continue;
        }
        count = u32();
    }
    add(flag, id, count);
}
flush();
if (pos !== buf.length) throw new Error(`${buf.length - pos} bytes left over after ${records} records`);
process.stdout.write(JSON.stringify({ type: 'FeatureCollection', features }));
process.stderr.write(`${process.argv[2]}: ${features.length} features, ${skipped} collapsed rings left out\n`);
