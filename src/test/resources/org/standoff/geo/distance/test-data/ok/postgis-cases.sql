-- Reference distances for GeodesicDistanceTest: PostGIS ST_Distance(geography, geography),
-- which uses the spheroid by default (use_spheroid = true).
-- Generated once with PostgreSQL 15 + PostGIS 3.3.2 (Debian 12 packages postgresql, postgis):
--   psql -d ref -qAt -F ';' -f postgis-cases.sql > postgis-cases.csv
SET extra_float_digits = 3;
SELECT '# name;lon;lat;wkt;st_distance_geography_m';
SELECT name, lon, lat, wkt,
       ST_Distance(ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography, ST_GeogFromText('SRID=4326;' || wkt))
FROM (VALUES
  ('square_inside', -104.5, 41.5, 'POLYGON((-105 41,-104 41,-104 42,-105 42,-105 41))'),
  ('square_vertex', -105.0, 41.0, 'POLYGON((-105 41,-104 41,-104 42,-105 42,-105 41))'),
  ('square_south_of_straight_edge_but_outside_geodesic_edge', -104.5, 41.0, 'POLYGON((-105 41,-104 41,-104 42,-105 42,-105 41))'),
  ('square_outside_north', -104.5, 42.5, 'POLYGON((-105 41,-104 41,-104 42,-105 42,-105 41))'),
  ('square_outside_west', -105.3, 41.5, 'POLYGON((-105 41,-104 41,-104 42,-105 42,-105 41))'),
  ('hole_centre', -99.5, 35.5, 'POLYGON((-100 35,-99 35,-99 36,-100 36,-100 35),(-99.7 35.3,-99.3 35.3,-99.3 35.7,-99.7 35.7,-99.7 35.3))'),
  ('hole_near_ring', -99.69, 35.52, 'POLYGON((-100 35,-99 35,-99 36,-100 36,-100 35),(-99.7 35.3,-99.3 35.3,-99.3 35.7,-99.7 35.7,-99.7 35.3))'),
  ('hole_polygon_body', -99.85, 35.5, 'POLYGON((-100 35,-99 35,-99 36,-100 36,-100 35),(-99.7 35.3,-99.3 35.3,-99.3 35.7,-99.7 35.7,-99.7 35.3))'),
  ('multipolygon_nearest_part', -96.2, 38.1, 'MULTIPOLYGON(((-98 38,-97.5 38,-97.5 38.5,-98 38.5,-98 38)),((-96 38,-95.5 38,-95.7 38.6,-96 38)))'),
  ('multipolygon_inside_second', -95.8, 38.2, 'MULTIPOLYGON(((-98 38,-97.5 38,-97.5 38.5,-98 38.5,-98 38)),((-96 38,-95.5 38,-95.7 38.6,-96 38)))'),
  ('long_edges_outside_south', -110.0, 28.0, 'POLYGON((-120 30,-100 30,-100 45,-120 45,-120 30))'),
  ('long_edges_outside_north', -110.0, 47.0, 'POLYGON((-120 30,-100 30,-100 45,-120 45,-120 30))'),
  ('long_edges_inside_near_bulged_edge', -110.0, 30.5, 'POLYGON((-120 30,-100 30,-100 45,-120 45,-120 30))'),
  ('long_edges_between_straight_and_geodesic_edge', -110.0, 30.2, 'POLYGON((-120 30,-100 30,-100 45,-120 45,-120 30))'),
  ('antimeridian_split_east', -178.5, 51.5, 'MULTIPOLYGON(((179 51,180 51,180 52,179 52,179 51)),((-180 51,-179 51,-179 52,-180 52,-180 51)))'),
  ('antimeridian_split_south', 179.5, 50.8, 'MULTIPOLYGON(((179 51,180 51,180 52,179 52,179 51)),((-180 51,-179 51,-179 52,-180 52,-180 51)))'),
  ('antimeridian_split_inside_seam', 180.0, 51.5, 'MULTIPOLYGON(((179 51,180 51,180 52,179 52,179 51)),((-180 51,-179 51,-179 52,-180 52,-180 51)))'),
  ('antimeridian_polygon_across', -179.6, 60.4, 'POLYGON((179.5 60,-179.5 60,-179.5 60.3,179.5 60.3,179.5 60))'),
  ('alaska_100_miles_south', -149.0, 68.85, 'POLYGON((-150 70,-148.5 70,-148 70.3,-150 70.3,-150 70))'),
  ('alaska_east', -146.0, 70.2, 'POLYGON((-150 70,-148.5 70,-148 70.3,-150 70.3,-150 70))'),
  ('warren_like_1_mile_east', -104.7335, 41.15, 'POLYGON((-104.905 41.118,-104.87 41.112,-104.83 41.115,-104.79 41.122,-104.768 41.135,-104.7525 41.149,-104.755 41.165,-104.78 41.178,-104.82 41.18,-104.86 41.176,-104.895 41.168,-104.915 41.15,-104.918 41.13,-104.905 41.118))'),
  ('warren_like_1_mile_south', -104.83, 41.1005, 'POLYGON((-104.905 41.118,-104.87 41.112,-104.83 41.115,-104.79 41.122,-104.768 41.135,-104.7525 41.149,-104.755 41.165,-104.78 41.178,-104.82 41.18,-104.86 41.176,-104.895 41.168,-104.915 41.15,-104.918 41.13,-104.905 41.118))'),
  ('warren_like_inside', -104.85, 41.15, 'POLYGON((-104.905 41.118,-104.87 41.112,-104.83 41.115,-104.79 41.122,-104.768 41.135,-104.7525 41.149,-104.755 41.165,-104.78 41.178,-104.82 41.18,-104.86 41.176,-104.895 41.168,-104.915 41.15,-104.918 41.13,-104.905 41.118))'),
  ('line_interior_foot', -99.0, 40.9, 'LINESTRING(-100 40,-99 40.5,-98 40.2)'),
  ('line_end', -101.0, 39.5, 'LINESTRING(-100 40,-99 40.5,-98 40.2)'),
  ('multiline', -90.5, 33.2, 'MULTILINESTRING((-92 32,-91 32.1),(-90 33,-90 34))'),
  ('point', -104.7, 41.2, 'POINT(-104.8 41.1)'),
  ('multipoint', -80.0, 26.0, 'MULTIPOINT((-81 25),(-80.5 26.5),(-79 27))'),
  ('collection', -87.0, 30.5, 'GEOMETRYCOLLECTION(POINT(-87 31),LINESTRING(-88 30,-86.5 30))')
) AS t(name, lon, lat, wkt);
