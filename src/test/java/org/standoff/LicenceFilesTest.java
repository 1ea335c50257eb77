package org.standoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The licence files that the shaded jar, the app image and the .deb carry (see THIRD-PARTY.md):
 * a dependency added to pom.xml without its licence listed fails here, not at release time.
 * Runs from the project directory, as Surefire does.
 */
class LicenceFilesTest {

    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);
    private static final Pattern PROPERTY = Pattern.compile("<([\\w.-]+)>([^<$]*)</\\1>");

    @Test
    void licenceAndThirdPartyListAreAtTheRepositoryRoot() throws IOException {
        Path licence = Path.of("LICENSE");
        assertTrue(Files.isRegularFile(licence), "LICENSE missing at the repository root");
        assertTrue(
                Files.readString(licence).contains("GNU GENERAL PUBLIC LICENSE")
                        && Files.readString(licence).contains("Version 3, 29 June 2007"),
                "LICENSE is not the GNU GPL v3 text");
        assertTrue(Files.isRegularFile(Path.of("THIRD-PARTY.md")), "THIRD-PARTY.md missing at the repository root");
    }

    @Test
    void licenceTextsAreOnTheClasspath() {
        assertNotNull(
                getClass().getClassLoader().getResource("META-INF/licenses/"),
                "META-INF/licenses/ missing from the classpath");
    }

    @Test
    void everyLicenceFileNamedInThirdPartyListExists() throws IOException {
        Matcher m = Pattern.compile("META-INF/licenses/[\\w.+-]+").matcher(Files.readString(Path.of("THIRD-PARTY.md")));
        List<String> missing = new ArrayList<>();
        int named = 0;
        while (m.find()) {
            named++;
            if (getClass().getClassLoader().getResource(m.group()) == null) {
                missing.add(m.group());
            }
        }
        assertTrue(named > 0, "THIRD-PARTY.md names no file in META-INF/licenses/");
        assertEquals(List.of(), missing, "named in THIRD-PARTY.md but not on the classpath");
    }

    @Test
    void everyBundledDependencyOfThePomIsListedWithItsVersion() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        String thirdParty = Files.readString(Path.of("THIRD-PARTY.md"));
        Map<String, String> properties = new HashMap<>();
        int propertiesStart = pom.indexOf("<properties>");
        if (propertiesStart >= 0) {
            Matcher p = PROPERTY.matcher(pom.substring(propertiesStart, pom.indexOf("</properties>", propertiesStart)));
            while (p.find()) {
                properties.put(p.group(1), p.group(2).trim());
            }
        }
        TreeSet<String> unlisted = new TreeSet<>();
        int bundled = 0;
        int start = pom.indexOf("<dependencies>");
        Matcher d = DEPENDENCY.matcher(pom.substring(start, pom.indexOf("</dependencies>", start)));
        while (d.find()) {
            String dependency = d.group(1);
            String scope = tag(dependency, "scope");
            if (scope != null && !scope.equals("compile") && !scope.equals("runtime")) {
                continue;
            }
            bundled++;
            String coordinates = tag(dependency, "groupId") + ":" + tag(dependency, "artifactId");
            String version = tag(dependency, "version");
            if (version != null && version.startsWith("${")) {
                version = properties.get(version.substring(2, version.length() - 1));
            }
            if (!listed(thirdParty, coordinates, version)) {
                unlisted.add(coordinates + " " + version);
            }
        }
        assertTrue(bundled > 0, "no compile/runtime dependency found in pom.xml");
        assertEquals(
                new TreeSet<String>(),
                unlisted,
                "pom.xml dependencies missing from THIRD-PARTY.md (row: | group:artifact | version | ...)");
    }

    /** True if a table row of THIRD-PARTY.md starts with these coordinates and this version. */
    private static boolean listed(String thirdParty, String coordinates, String version) {
        String row = "| " + coordinates + " | " + version + " |";
        return thirdParty.lines().anyMatch(line -> line.startsWith(row));
    }

    private static String tag(String xml, String name) {
        Matcher m =
                Pattern.compile("<" + name + ">\\s*([^<]*?)\\s*</" + name + ">").matcher(xml);
        return m.find() ? m.group(1) : null;
    }
}
