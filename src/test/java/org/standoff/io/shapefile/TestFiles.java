package org.standoff.io.shapefile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/** Builders for test shapefiles: raw records exactly as given (any winding), patches. */
final class TestFiles {

    static final GeometryFactory GF = new GeometryFactory();

    private TestFiles() {}

    /** A ring from x,y pairs; closed if the caller did not close it. */
    static LinearRing ring(double... xy) {
        List<Coordinate> c = new ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            c.add(new Coordinate(xy[i], xy[i + 1]));
        }
        if (!c.get(0).equals2D(c.get(c.size() - 1))) {
            c.add(c.get(0));
        }
        return GF.createLinearRing(c.toArray(new Coordinate[0]));
    }

    static Polygon square(double x, double y, double size) {
        return GF.createPolygon(ring(x, y, x + size, y, x + size, y + size, x, y + size));
    }

    /** A polygon record content with the rings in this order and orientation (x,y pairs each). */
    static byte[] polygonRecord(double[]... rings) {
        int n = 0;
        for (double[] r : rings) {
            n += r.length / 2;
        }
        ByteBuffer b = ByteBuffer.allocate(44 + 4 * rings.length + 16 * n).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(ShapeType.POLYGON.code());
        Envelope e = new Envelope();
        for (double[] r : rings) {
            for (int i = 0; i < r.length; i += 2) {
                e.expandToInclude(r[i], r[i + 1]);
            }
        }
        b.putDouble(e.getMinX()).putDouble(e.getMinY()).putDouble(e.getMaxX()).putDouble(e.getMaxY());
        b.putInt(rings.length).putInt(n);
        int start = 0;
        for (double[] r : rings) {
            b.putInt(start);
            start += r.length / 2;
        }
        for (double[] r : rings) {
            for (double v : r) {
                b.putDouble(v);
            }
        }
        return b.array();
    }

    /** Writes a .shp and .shx holding these raw record contents, and a .dbf with an ID column. */
    static Path writeRaw(Path dir, String name, ShapeType type, List<byte[]> records) throws IOException {
        Path shp = dir.resolve(name + ".shp");
        long length = 100;
        for (byte[] r : records) {
            length += 8 + r.length;
        }
        try (OutputStream shpOut = Files.newOutputStream(shp);
                OutputStream shxOut = Files.newOutputStream(dir.resolve(name + ".shx"))) {
            Envelope box = new Envelope(-10, 10, -10, 10);
            double[] z = {0, 0};
            shpOut.write(ShpEncoder.header(type, length, box, z));
            shxOut.write(ShpEncoder.header(type, 100 + 8L * records.size(), box, z));
            long offset = 100;
            int number = 1;
            for (byte[] r : records) {
                shpOut.write(ShpEncoder.bigEndianInts(number++, r.length / 2));
                shpOut.write(r);
                shxOut.write(ShpEncoder.bigEndianInts((int) (offset / 2), r.length / 2));
                offset += 8 + r.length;
            }
        }
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            rows.add(new Object[] {(long) i + 1});
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve(name + ".dbf"))) {
            DbfWriter.write(out, List.of(new DbfWriter.Column("ID", 'N', 9, 0)), rows, StandardCharsets.UTF_8, 0);
        }
        return shp;
    }

    /** Overwrites bytes of a file at {@code offset}. */
    static void patch(Path file, long offset, byte... bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(bytes), offset);
        }
    }

    static byte[] intBE(int v) {
        return ByteBuffer.allocate(4).putInt(v).array();
    }

    static byte[] intLE(int v) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array();
    }

    static void truncate(Path file, long size) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(size);
        }
    }

    /** Marks DBF record {@code index} (0-based) deleted. */
    static void deleteDbfRecord(Path dbf, int index) throws IOException {
        ByteBuffer h = ByteBuffer.wrap(Files.readAllBytes(dbf)).order(ByteOrder.LITTLE_ENDIAN);
        int headerLength = h.getShort(8) & 0xFFFF;
        int recordLength = h.getShort(10) & 0xFFFF;
        patch(dbf, headerLength + (long) index * recordLength, (byte) '*');
    }
}
