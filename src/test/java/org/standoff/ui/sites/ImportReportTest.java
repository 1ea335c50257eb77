package org.standoff.ui.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The saved report goes through the one CSV writer: RFC 4180 quoting and the formula guard. */
class ImportReportTest {

    @TempDir
    Path dir;

    @Test
    void aSavedReportQuotesLikeEveryOtherCsvAndGuardsFormulas() throws Exception {
        ImportReport report = new ImportReport(
                "sites.csv",
                "line",
                "2 rows",
                List.of(
                        new ImportReport.Entry(
                                ImportReport.Kind.REJECTED, 3, "", "Latitude 95 is outside -90..90, \"too far\""),
                        new ImportReport.Entry(ImportReport.Kind.REVIEW, 4, "=HYPERLINK(\"http://x\")", "check")));
        Path file = dir.resolve("report.csv");
        report.write(file);
        assertEquals(
                "kind,line,site,detail\r\n"
                        + "rejected,3,,\"Latitude 95 is outside -90..90, \"\"too far\"\"\"\r\n"
                        + "to review,4,\"'=HYPERLINK(\"\"http://x\"\")\",check\r\n",
                Files.readString(file, StandardCharsets.UTF_8));
    }
}
