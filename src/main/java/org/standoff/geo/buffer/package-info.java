/**
 * Geodesic buffers for drawing zones: the points within r of a feature on the WGS84 ellipsoid,
 * as longitude/latitude polygons within a stated tolerance of r (default the larger of 0.01 % of r
 * and 1 m). For display and print only: membership is decided by {@code geo.distance}.
 * {@code GeodesicBuffer} is the entry point, {@code BufferParameters} its parameters.
 *
 * <p>Which path takes which feature, and why:
 * <table>
 * <caption>Buffer paths</caption>
 * <tr><th>feature</th><th>path</th><th>why</th></tr>
 * <tr><td>point</td><td>fast: one geodesic circle ({@code HullSectionBuffer.circle})</td>
 *     <td>the buffer of a point is exactly the circle; one direct problem per vertex, vertices
 *     spaced by {@code ChordBudget}</td></tr>
 * <tr><td>multipoint, multipolygon</td><td>fast, part by part, then united (a plain
 *     multipolygon when no envelopes meet)</td><td>the buffer of a union is the union of the
 *     buffers; falls to the general path as a whole if any part does</td></tr>
 * <tr><td>polygon without holes, or whose holes the buffer surely fills (half the hole's narrower
 *     side under 0.99·r)</td><td>fast: outline over the convex hull's sections
 *     ({@code HullSectionBuffer}, {@code HullSection}, {@code OutlineWriter})</td><td>outside the
 *     hull the outline is circles about hull vertices and envelopes over the notches; linear in
 *     the vertices, 15–35 times PostGIS here (docs/PERFORMANCE.md)</td></tr>
 * <tr><td>polygon with a notch deeper than r below its hull edge</td><td>fast, after cutting the
 *     notch off ({@code NotchSplitter}) and uniting the pieces' outlines, up to 1,000 cuts</td>
 *     <td>the envelope argument holds only for notches no deeper than r</td></tr>
 * <tr><td>polygon spanning more than 10° of latitude or 20° of longitude, or whose buffer reaches
 *     past 84° of latitude ({@code PreparedRing} limits)</td><td>general</td><td>the hull is
 *     taken in one gnomonic frame and one Gauss conformal sphere ({@code GaussSphere}), which
 *     hold only over a region that size, away from the poles</td></tr>
 * <tr><td>polygon with a hole the buffer may not fill; a hull the gnomonic frame cannot
 *     take; more than 1,000 cuts</td><td>general</td><td>the fast path writes only the outer
 *     outline</td></tr>
 * <tr><td>line, multiline</td><td>general</td><td>no interior: the hull argument does not
 *     apply</td></tr>
 * <tr><td>buffer containing a pole</td><td>refused ({@code BufferLimitException})</td><td>a
 *     longitude/latitude polygon cannot hold a pole</td></tr>
 * </table>
 *
 * <p>The general path ({@code BufferPieces}) simplifies the boundary within a fifth of the
 * tolerance, then unites the polygon with one strip per edge out to its geodesic offset and one
 * circle sector per convex vertex (JTS OverlayNG). Rings are buffer(r2) minus buffer(r1);
 * dissolved zones go through {@code Dissolve}. Accuracy for both paths is checked by dense
 * sampling against exact distances ({@code GeodesicBufferTest}, {@code HullSectionBufferTest}),
 * at the antimeridian and near 70°N too. The buffer writer's inner loop solves the direct problem
 * with {@code GeodesicDirect} instead of SIS, measured a third of the cost.
 */
package org.standoff.geo.buffer;
