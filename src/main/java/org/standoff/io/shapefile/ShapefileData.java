package org.standoff.io.shapefile;

import java.nio.charset.Charset;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.standoff.geo.crs.DatumOperation;
import org.standoff.geo.crs.PrjCrs;
import org.standoff.model.Feature;
import org.standoff.model.Field;

/**
 * Everything read from one shapefile, already in WGS84 longitude/latitude.
 *
 * @param fields the attribute columns, in file order
 * @param features the non-deleted records; each id is the 1-based record number in the file
 * @param shapeType the layer's shape type from the {@code .shp} header
 * @param bbox the envelope of all feature geometries in WGS84 (null envelope when none)
 * @param crsName name of the source coordinate system, e.g. "NAD_1983_UTM_Zone_13N"
 * @param charset the encoding the attribute text was decoded with
 * @param warnings non-fatal problems, for the user (deduplicated, capped)
 * @param sourceCrs the coordinate system the file declared (or was given), as identified
 * @param datumOperation the datum transformation used to reach WGS 84 and its stated accuracy
 */
public record ShapefileData(
        List<Field> fields,
        List<Feature> features,
        ShapeType shapeType,
        Envelope bbox,
        String crsName,
        Charset charset,
        List<String> warnings,
        PrjCrs sourceCrs,
        DatumOperation datumOperation) {

    public ShapefileData {
        fields = List.copyOf(fields);
        features = List.copyOf(features);
        warnings = List.copyOf(warnings);
        bbox = new Envelope(bbox);
    }

    @Override
    public Envelope bbox() {
        return new Envelope(bbox);
    }
}
