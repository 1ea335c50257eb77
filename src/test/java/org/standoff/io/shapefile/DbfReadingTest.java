package org.standoff.io.shapefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.standoff.model.Feature;
import org.standoff.model.Field;
import org.standoff.model.FieldType;

class DbfReadingTest {

    @TempDir
    Path dir;

    private Path write(String name, List<DbfWriter.Column> columns, List<Object[]> rows, Charset cs, int ldid)
            throws Exception {
        Path shp = dir.resolve(name + ".shp");
        List<Feature> features = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            features.add(new Feature(i + 1, TestFiles.GF.createPoint(new Coordinate(i, i)), new Object[0]));
        }
        ShapefileWriter.write(shp, ShapeType.POINT, columns, rows, features, cs, ldid, null);
        return shp;
    }

    @Test
    void readsEachDbfType() throws Exception {
        List<DbfWriter.Column> cols = List.of(
                new DbfWriter.Column("C", 'C', 10, 0),
                new DbfWriter.Column("NI", 'N', 10, 0),
                new DbfWriter.Column("ND", 'N', 12, 3),
                new DbfWriter.Column("F", 'F', 19, 11),
                new DbfWriter.Column("L", 'L', 1, 0),
                new DbfWriter.Column("D", 'D', 8, 0),
                new DbfWriter.Column("I", 'I', 4, 0),
                new DbfWriter.Column("A", '+', 4, 0),
                new DbfWriter.Column("O", 'O', 8, 0),
                new DbfWriter.Column("T", '@', 8, 0));
        Instant t = Instant.parse("2024-03-01T12:34:56.789Z");
        Object[] row = {"text", -42L, 3.125, 0.00000000001, true, LocalDate.of(2020, 2, 29), -7, 9, 1.5e300, t};
        ShapefileData data = ShapefileReader.read(write("t", cols, List.<Object[]>of(row), StandardCharsets.UTF_8, 0));
        assertEquals(
                List.of(
                        FieldType.STRING,
                        FieldType.INTEGER,
                        FieldType.DOUBLE,
                        FieldType.DOUBLE,
                        FieldType.BOOLEAN,
                        FieldType.DATE,
                        FieldType.INTEGER,
                        FieldType.INTEGER,
                        FieldType.DOUBLE,
                        FieldType.TIMESTAMP),
                data.fields().stream().map(Field::type).toList());
        Object[] v = data.features().get(0).values();
        assertEquals("text", v[0]);
        assertEquals(-42L, v[1]);
        assertEquals(3.125, v[2]);
        assertEquals(1e-11, v[3]);
        assertEquals(true, v[4]);
        assertEquals(LocalDate.of(2020, 2, 29), v[5]);
        assertEquals(-7L, v[6]);
        assertEquals(9L, v[7]);
        assertEquals(1.5e300, v[8]);
        assertEquals(t, v[9]);
    }

    @Test
    void readsBlankCellsAsNull() throws Exception {
        List<DbfWriter.Column> cols = List.of(
                new DbfWriter.Column("C", 'C', 5, 0),
                new DbfWriter.Column("N", 'N', 5, 0),
                new DbfWriter.Column("D", 'D', 8, 0),
                new DbfWriter.Column("L", 'L', 1, 0),
                new DbfWriter.Column("T", '@', 8, 0));
        Object[] v = ShapefileReader.read(write("b", cols, List.<Object[]>of(new Object[5]), StandardCharsets.UTF_8, 0))
                .features()
                .get(0)
                .values();
        for (Object o : v) {
            assertNull(o);
        }
    }

    @Test
    void readsUnparseableNumbersAsNullWithAWarning() throws Exception {
        List<DbfWriter.Column> cols = List.of(new DbfWriter.Column("N", 'C', 5, 0));
        Path shp = write("x", cols, List.<Object[]>of(new Object[] {"**"}), StandardCharsets.UTF_8, 0);
        TestFiles.patch(shp.resolveSibling("x.dbf"), 32 + 11, (byte) 'N'); // retype the column as numeric
        ShapefileData data = ShapefileReader.read(shp);
        assertNull(data.features().get(0).value(0));
        assertTrue(
                data.warnings().stream().anyMatch(w -> w.contains("cannot parse")),
                data.warnings().toString());
    }

    private static final String ACCENTED = "Zürich Ça ñ";

    private Path textFile(String name, Charset cs, int ldid) throws Exception {
        return write(
                name,
                List.of(new DbfWriter.Column("NAMÉ", 'C', 30, 0)),
                List.<Object[]>of(new Object[] {ACCENTED}),
                cs,
                ldid);
    }

    @Test
    void decodesLatin1CpgText() throws Exception {
        ShapefileData data = ShapefileReader.read(textFile("l1", StandardCharsets.ISO_8859_1, 0));
        assertEquals(ACCENTED, data.features().get(0).value(0));
        assertEquals("NAMÉ", data.fields().get(0).name());
        assertEquals(StandardCharsets.ISO_8859_1, data.charset());
    }

    /** shapefile-js's htmlcpg.shp (issue #18, inspect against GDAL): a .cpg that is a 2 KB HTML page is ignored with a warning, as GDAL does. */
    @Test
    void ignoresACpgTooLargeToBeACodePageName() throws Exception {
        Path shp = textFile("h", StandardCharsets.UTF_8, 0);
        Files.writeString(
                shp.resolveSibling("h.cpg"), "<!DOCTYPE html><html><head>" + "x".repeat(2300) + "</head></html>");
        ShapefileData data = ShapefileReader.read(shp);
        assertEquals(ACCENTED, data.features().get(0).value(0));
        assertTrue(
                data.warnings().stream()
                        .anyMatch(
                                w -> w.startsWith("h.cpg: is ") && w.endsWith("bytes, not a code page name; ignored")),
                data.warnings().toString());
    }

    @Test
    void decodesUtf8CpgText() throws Exception {
        ShapefileData data = ShapefileReader.read(textFile("u8", StandardCharsets.UTF_8, 0));
        assertEquals(ACCENTED, data.features().get(0).value(0));
        assertEquals(StandardCharsets.UTF_8, data.charset());
    }

    @Test
    void decodesWithTheLanguageDriverByteWhenThereIsNoCpg() throws Exception {
        Path cp437 = textFile("dos", Charset.forName("IBM437"), 0x01);
        Files.delete(cp437.resolveSibling("dos.cpg"));
        ShapefileData data = ShapefileReader.read(cp437);
        assertEquals(ACCENTED, data.features().get(0).value(0));
        assertEquals(Charset.forName("IBM437"), data.charset());

        Path ansi = textFile("ansi", Charset.forName("windows-1252"), 0x57);
        Files.delete(ansi.resolveSibling("ansi.cpg"));
        assertEquals(Charset.forName("windows-1252"), ShapefileReader.read(ansi).charset());
    }

    @Test
    void guessesUtf8WithoutCpgOrLanguageDriver() throws Exception {
        Path shp = textFile("g", StandardCharsets.UTF_8, 0);
        Files.delete(shp.resolveSibling("g.cpg"));
        ShapefileData data = ShapefileReader.read(shp);
        assertEquals(StandardCharsets.UTF_8, data.charset());
        assertEquals(ACCENTED, data.features().get(0).value(0));
    }

    @Test
    void explicitCharsetOverridesTheCpg() throws Exception {
        Path shp = textFile("o", StandardCharsets.ISO_8859_1, 0);
        Files.writeString(shp.resolveSibling("o.cpg"), "UTF-8");
        ShapefileData data = ShapefileReader.read(
                shp, ShapefileReadOptions.defaults().withCharset(StandardCharsets.ISO_8859_1), ProgressListener.NONE);
        assertEquals(ACCENTED, data.features().get(0).value(0));
    }

    @Test
    void understandsCommonCpgSpellings() {
        assertEquals(StandardCharsets.UTF_8, CodePages.forCpg("utf8\r\n"));
        assertEquals(Charset.forName("windows-1252"), CodePages.forCpg("1252"));
        assertEquals(Charset.forName("windows-1251"), CodePages.forCpg("ANSI 1251"));
        assertEquals(StandardCharsets.ISO_8859_1, CodePages.forCpg("88591"));
        assertEquals(Charset.forName("IBM850"), CodePages.forCpg("850"));
        assertNull(CodePages.forCpg("no-such-codepage"));
        assertEquals("ISO-8859-10", CodePages.forCpg("885910").name());
        assertEquals(Charset.forName("windows-1252"), CodePages.forLdid(0x03));
        assertEquals(Charset.forName("IBM850"), CodePages.forLdid(0x02));
        assertEquals(Charset.forName("GBK"), CodePages.forLdid(0x4D));
        assertNull(CodePages.forLdid(0));
    }

    @Test
    void rejectsDbfWhoseFieldsDoNotAddUpToTheRecordLength() throws Exception {
        Path shp = write(
                "m",
                List.of(new DbfWriter.Column("A", 'C', 10, 0)),
                List.<Object[]>of(new Object[] {"x"}),
                StandardCharsets.UTF_8,
                0);
        TestFiles.patch(shp.resolveSibling("m.dbf"), 10, (byte) 20, (byte) 0);
        ShapefileException e = assertThrows(ShapefileException.class, () -> ShapefileReader.read(shp));
        assertTrue(e.getMessage().startsWith("m.dbf: DBF header/record size mismatch"), e.getMessage());
    }

    @Test
    void ignoresACpgThatNamesNoCodePageWithAWarning() throws Exception {
        Path shp = write(
                "g",
                List.of(new DbfWriter.Column("A", 'C', 10, 0)),
                List.<Object[]>of(new Object[] {"abc"}),
                StandardCharsets.UTF_8,
                0);
        java.nio.file.Files.writeString(shp.resolveSibling("g.cpg"), "Exported by SomeTool 2.1\r\n");
        ShapefileData data = ShapefileReader.read(shp);
        assertEquals("abc", data.features().get(0).value(0));
        assertTrue(
                data.warnings()
                        .contains("g.dbf: .cpg names an unknown code page \"Exported by SomeTool 2.1\"; ignored"),
                data.warnings().toString());
    }

    @Test
    void decodesIso885910TextNamedByCpg() throws Exception {
        // "Þórshöfn Ŋ" in ISO-8859-10 (bytes from Python's iso8859_10 codec): 0xDE 0xF3 r s h 0xF6 f n ' ' 0xAF.
        Path shp = write(
                "l6",
                List.of(new DbfWriter.Column("A", 'C', 10, 0)),
                List.<Object[]>of(new Object[] {"xxxxxxxxxx"}),
                StandardCharsets.UTF_8,
                0);
        Path dbf = shp.resolveSibling("l6.dbf");
        byte[] bytes = java.nio.file.Files.readAllBytes(dbf);
        int first = (bytes[8] & 0xFF | (bytes[9] & 0xFF) << 8) + 1;
        byte[] text = {(byte) 0xDE, (byte) 0xF3, 'r', 's', 'h', (byte) 0xF6, 'f', 'n', ' ', (byte) 0xAF};
        TestFiles.patch(dbf, first, text);
        java.nio.file.Files.writeString(shp.resolveSibling("l6.cpg"), "885910");
        ShapefileData data = ShapefileReader.read(shp);
        assertEquals("\u00DE\u00F3rsh\u00F6fn \u014A", data.features().get(0).value(0));
        assertEquals("ISO-8859-10", data.charset().name());
    }

    @Test
    void readsDbfWhoseRecordLengthIsOneByteTooLong() throws Exception {
        Path shp = write(
                "m1",
                List.of(new DbfWriter.Column("A", 'C', 10, 0)),
                List.<Object[]>of(new Object[] {"x"}),
                StandardCharsets.UTF_8,
                0);
        // Header record length 12 instead of 11; one record, so the file still holds it.
        TestFiles.patch(shp.resolveSibling("m1.dbf"), 10, (byte) 12, (byte) 0);
        java.nio.file.Files.write(
                shp.resolveSibling("m1.dbf"), new byte[] {0x20}, java.nio.file.StandardOpenOption.APPEND);
        ShapefileData data = ShapefileReader.read(shp);
        assertEquals("x", data.features().get(0).value(0));
        assertTrue(
                data.warnings().stream().anyMatch(w -> w.contains("the extra byte is ignored")),
                data.warnings().toString());
    }

    @Test
    void readsDbfWhoseRecordLengthIsOneByteTooShort() throws Exception {
        // Records are stepped by the header's length, as shapelib does; one record keeps it simple.
        Path shp = write(
                "m2",
                List.of(new DbfWriter.Column("A", 'C', 10, 0)),
                List.<Object[]>of(new Object[] {"x"}),
                StandardCharsets.UTF_8,
                0);
        TestFiles.patch(shp.resolveSibling("m2.dbf"), 10, (byte) 10, (byte) 0);
        ShapefileData data = ShapefileReader.read(shp);
        assertEquals("x", data.features().get(0).value(0));
        assertTrue(
                data.warnings().stream().anyMatch(w -> w.contains("field A read one byte shorter")),
                data.warnings().toString());
    }

    @Test
    void rejectsDbfWithFewerRecordsThanDeclared() throws Exception {
        Path shp = write(
                "r",
                List.of(new DbfWriter.Column("A", 'C', 10, 0)),
                List.<Object[]>of(new Object[] {"x"}, new Object[] {"y"}),
                StandardCharsets.UTF_8,
                0);
        Path dbf = shp.resolveSibling("r.dbf");
        TestFiles.truncate(dbf, Files.size(dbf) - 12);
        ShapefileException e = assertThrows(ShapefileException.class, () -> ShapefileReader.read(shp));
        assertTrue(e.getMessage().contains("declares 2 records"), e.getMessage());
    }

    /** As GDAL: a .dbf with fewer rows than the .shp has shapes leaves the rest without attributes, with a warning (issue #18). */
    @Test
    void readsEveryShapeWhenTheDbfHasFewerRowsAndSaysWhich() throws Exception {
        Path shp = write(
                "c",
                List.of(new DbfWriter.Column("A", 'C', 10, 0)),
                List.<Object[]>of(new Object[] {"x"}),
                StandardCharsets.UTF_8,
                0);
        TestFiles.patch(shp.resolveSibling("c.dbf"), 4, TestFiles.intLE(0));
        ShapefileData data = ShapefileReader.read(shp);
        assertEquals(1, data.features().size());
        assertEquals(null, data.features().get(0).value(0));
        assertTrue(
                data.warnings()
                        .contains(
                                "c.shp: the .shp has 1 records but the .dbf has 0; records 1 to 1 have no attributes"),
                data.warnings().toString());
    }
}
