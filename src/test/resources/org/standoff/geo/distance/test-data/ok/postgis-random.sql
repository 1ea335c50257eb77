-- 200 seeded random site/feature pairs across the conterminous US for GeodesicDistanceTest,
-- with PostGIS ST_Distance(geography, geography) (spheroid) as the reference.
-- Polygons are star-shaped around a random centre, 8-40 vertices placed with ST_Project at
-- 0.3-8 km (so edges are at most ~6 km, like census/shapefile boundaries); every fifth feature
-- is the polygon's ring as a LINESTRING instead; sites are up to 60 km from the centre, every seventh within 0.3 of the polygon radius (mostly inside).
-- Generated once with PostgreSQL 15 + PostGIS 3.3.2 (Debian 12 packages postgresql, postgis):
--   psql -d ref -qAt -F ';' -f postgis-random.sql > postgis-random.csv
SET extra_float_digits = 3;
SELECT setseed(0.20261125);
CREATE TEMP TABLE centre AS
  SELECT i, -124 + random() * 57 AS cx, 25.5 + random() * 23 AS cy,
         300 + random() * 7700 AS rad, 8 + floor(random() * 33)::int AS n,
         CASE WHEN i % 7 = 0 THEN 0 ELSE 1 END AS near, random() * 60000 AS site_dist, random() * 2 * pi() AS site_az
  FROM generate_series(1, 200) AS i;
CREATE TEMP TABLE vertex AS
  SELECT c.i, k, ST_Project(ST_SetSRID(ST_MakePoint(c.cx, c.cy), 4326)::geography,
                            c.rad * (0.4 + 0.6 * random()), 2 * pi() * k / c.n)::geometry AS g
  FROM centre c, generate_series(0, 39) AS k WHERE k < c.n ORDER BY c.i, k;
CREATE TEMP TABLE feature AS
  SELECT i, CASE WHEN i % 5 = 0 THEN ring ELSE ST_MakePolygon(ring) END AS g
  FROM (SELECT i, ST_AddPoint(ST_MakeLine(g ORDER BY k), (array_agg(g ORDER BY k))[1]) AS ring
        FROM vertex GROUP BY i) r;
SELECT '# id;lon;lat;wkt;st_distance_geography_m';
SELECT c.i, ST_X(s.g), ST_Y(s.g), ST_AsText(f.g, 15), ST_Distance(s.g::geography, f.g::geography)
FROM centre c JOIN feature f USING (i),
     LATERAL (SELECT ST_Project(ST_SetSRID(ST_MakePoint(c.cx, c.cy), 4326)::geography, CASE WHEN c.near = 0 THEN c.site_dist * c.rad / 200000 ELSE c.site_dist END, c.site_az)::geometry AS g) s
ORDER BY c.i;
