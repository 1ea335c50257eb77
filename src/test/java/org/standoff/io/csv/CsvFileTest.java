package org.standoff.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileTest {

    @TempDir
    Path dir;

    static Path resource(String name) throws Exception {
        return Path.of(CsvFileTest.class.getResource("test-data/" + name).toURI());
    }

    Path write(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void quotedCommasAndNewlinesStayInTheFieldAndLineNumbersCountPhysicalLines() throws Exception {
        String text = "name,lat,lon,notes\r\n"
                + "\"Smith, Inc\",38.5,-77.1,\"two\nlines\"\r\n"
                + "\r\n"
                + "\"He said \"\"hi\"\"\",39,-78,\"a\r\nb\r\nc\"\n"
                + "Last,40,-79,x";
        CsvFile csv = CsvFile.read(write("q.csv", text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("name", "lat", "lon", "notes"), csv.header());
        List<CsvRecord> r = csv.records();
        assertEquals(3, r.size(), "the blank line is not a record");
        assertEquals(new CsvRecord(2, List.of("Smith, Inc", "38.5", "-77.1", "two\nlines")), r.get(0));
        assertEquals(new CsvRecord(5, List.of("He said \"hi\"", "39", "-78", "a\r\nb\r\nc")), r.get(1));
        assertEquals(8, r.get(2).line());
        assertEquals(',', csv.delimiter());
    }

    @Test
    void utf8ByteOrderMarkIsRemovedFromTheFirstHeader() throws Exception {
        byte[] body = "name,lat,lon\nÉcole,1,2\n".getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[body.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bom, 3, body.length);
        CsvFile csv = CsvFile.read(write("bom.csv", bom));
        assertEquals("name", csv.header().get(0));
        assertEquals("École", csv.records().get(0).fields().get(0));
        assertEquals(StandardCharsets.UTF_8, csv.charset());
    }

    @Test
    void invalidUtf8FallsBackToWindows1252AndSemicolonsAreSniffed() throws Exception {
        byte[] bytes = "name;lat;lon\nSociété Générale €;48,85;2,35\n".getBytes(Charset.forName("windows-1252"));
        CsvFile csv = CsvFile.read(write("cp.csv", bytes));
        assertEquals("windows-1252", csv.charset().name());
        assertEquals(';', csv.delimiter());
        assertEquals(
                List.of("Société Générale €", "48,85", "2,35"),
                csv.records().get(0).fields());
    }

    @Test
    void tabsAreSniffedEvenWhenValuesContainCommas() throws Exception {
        CsvFile csv =
                CsvFile.read(write("t.tsv", "name\tlocation\nA, B\t38.5, -77\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals('\t', csv.delimiter());
        assertEquals(List.of("A, B", "38.5, -77"), csv.records().get(0).fields());
    }

    @Test
    void anUnclosedQuoteIsAnErrorNamingFileAndLine() throws Exception {
        Path bad = resource("bad/unclosed-quote.csv");
        CsvException e = assertThrows(CsvException.class, () -> CsvFile.read(bad));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("unclosed-quote.csv, line 2: a quoted field starts here"), e.getMessage());
    }

    @Test
    void anEmptyFileIsAnError() throws Exception {
        Path empty = write("empty.csv", "\n\n".getBytes(StandardCharsets.UTF_8));
        CsvException e = assertThrows(CsvException.class, () -> CsvFile.read(empty));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void previewGivesTheFirstRowsAndAutoMappingMatchesCommonHeaders() throws Exception {
        CsvFile csv = CsvFile.read(resource("ok/mixed-locations.csv"));
        assertEquals(2, csv.preview(2).size());
        ColumnMapping m = ColumnMapping.auto(csv.header());
        assertEquals(0, m.column(SiteField.NAME).orElseThrow());
        assertEquals(2, m.column(SiteField.LOCATION).orElseThrow());
        assertEquals(3, m.column(SiteField.CAPACITY_MW).orElseThrow());
        assertEquals(5, m.column(SiteField.OWNER_COUNTRY).orElseThrow());
        assertEquals(List.of(), m.unmappedColumns());
        ColumnMapping auto = ColumnMapping.auto(List.of("LAT", "Lng", "site", "MW", "citation", "foreign", "x-ref"));
        assertEquals(0, auto.column(SiteField.LATITUDE).orElseThrow());
        assertEquals(1, auto.column(SiteField.LONGITUDE).orElseThrow());
        assertEquals(3, auto.column(SiteField.CAPACITY_MW).orElseThrow());
        assertEquals(List.of("x-ref"), auto.unmappedColumns());
        ColumnMapping overridden = auto.with(SiteField.NOTES, "x-ref").without(SiteField.FOREIGN_CONTROLLED);
        assertEquals(List.of("foreign"), overridden.unmappedColumns());
        ColumnMapping moved = overridden.with(SiteField.NAME, 1);
        assertTrue(moved.column(SiteField.LONGITUDE).isEmpty(), "a column feeds one field only");
        assertEquals(List.of("site", "foreign"), moved.unmappedColumns());
    }

    @org.junit.jupiter.api.Test
    void aRecordOfMillionsOfCharactersIsRefusedWithItsLineNotAnOutOfMemoryError(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path csv = tmp.resolve("long.csv");
        StringBuilder b = new StringBuilder("name,lat,lon\nA,41,-104\nB,\"");
        b.append("x".repeat(CsvParser.MAX_RECORD_CHARS + 10));
        java.nio.file.Files.writeString(csv, b);
        CsvException e = org.junit.jupiter.api.Assertions.assertThrows(CsvException.class, () -> CsvFile.read(csv));
        org.junit.jupiter.api.Assertions.assertTrue(
                e.getMessage().contains("long.csv")
                        && e.getMessage().contains("3")
                        && e.getMessage().contains("million characters"),
                e.getMessage());
    }

    /** A line of 3 GB, more than the test's heap, made as it is read: never on disk, never whole in memory. */
    @org.junit.jupiter.api.Test
    void aRecordOfGigabytesIsRefusedInBoundedMemoryWithoutReadingTheRestOfTheFile() throws Exception {
        long total = 3L << 30;
        long[] read = new long[1];
        byte[] head = "name,lat,lon,caf\u00e9\nA,41,-104,x\nB,41,-104,\""
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        CsvStream.Bytes endless = () -> new java.io.InputStream() {
            private long at;

            @Override
            public int read() {
                return at < total ? (at < head.length ? head[(int) at++] & 0xFF : (int) (at++ % 26) + 'a') : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = (int) Math.min(len, total - at);
                if (n <= 0) {
                    return -1;
                }
                for (int k = 0; k < n; k++) {
                    b[off + k] = (byte) read();
                }
                read[0] += n;
                return n;
            }
        };
        java.nio.file.Path name = java.nio.file.Path.of("huge.csv");
        CsvException e = org.junit.jupiter.api.Assertions.assertThrows(CsvException.class, () -> {
            try (CsvStream in = CsvStream.open(endless, name, null, null)) {
                while (in.next() != null) {
                    // read on to the refusal
                }
            }
        });
        org.junit.jupiter.api.Assertions.assertTrue(
                e.getMessage().contains("huge.csv")
                        && e.getMessage().contains("line 3")
                        && e.getMessage().contains("million characters"),
                e.getMessage());
        org.junit.jupiter.api.Assertions.assertTrue(
                read[0] < 64L << 20, "read " + read[0] + " bytes of " + total + ", not the whole file");
    }
}
