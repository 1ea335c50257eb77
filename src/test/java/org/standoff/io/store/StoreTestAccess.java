package org.standoff.io.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Lets tests of other packages edit a project file as QGIS or GDAL would (their R-tree triggers need the GeoPackage functions). */
public final class StoreTestAccess {

    private StoreTestAccess() {}

    public static void registerGeoPackageFunctions(Connection c) throws SQLException {
        GeoPackageFunctions.register(c);
    }
}
