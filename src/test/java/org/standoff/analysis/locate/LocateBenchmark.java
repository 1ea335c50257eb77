package org.standoff.analysis.locate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.standoff.model.LayerRole;
import org.standoff.model.LayerStyle;
import org.standoff.model.MiningSite;
import org.standoff.model.ProjectLayer;
import org.standoff.sample.SyntheticData;

/**
 * Times the Go to search: loading the bundled gazetteer once, then {@link Locator#find} for texts
 * a user types (one letter, a prefix, a full name, a qualified name, a word inside a name,
 * nothing), alone and with a national project (800 installations, 70,000 substations, 100,000
 * sites) searched too. Goal: every search under 50 ms. Prints the mean and worst of each text.
 *
 * <p>Not a test (surefire skips *Benchmark). Run:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.standoff.analysis.locate.LocateBenchmark [runs]}
 */
public final class LocateBenchmark {

    private static final List<String> TEXTS = List.of(
            "c", "che", "Cheyenne", "Cheyenne, WY", "Laramie County, Wyoming", "york", "san", "Paris, France", "zzqx");

    private LocateBenchmark() {}

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        long t0 = System.nanoTime();
        Gazetteer g = Gazetteer.bundled();
        System.out.printf(
                Locale.ROOT,
                "gazetteer: %d places loaded in %.0f ms (first use, cold JVM)%n",
                g.size(),
                (System.nanoTime() - t0) / 1e6);

        List<MiningSite> sites = new ArrayList<>();
        java.util.Random r = new java.util.Random(20);
        for (int i = 0; i < 100_000; i++) {
            sites.add(MiningSite.at(
                    String.format(Locale.ROOT, "Site %06d", i), -124 + 57 * r.nextDouble(), 25 + 24 * r.nextDouble()));
        }
        List<ProjectLayer> layers = List.of(
                new ProjectLayer(
                        "i",
                        SyntheticData.installations(800, 1),
                        LayerRole.INSTALLATIONS,
                        LayerStyle.defaultFor(LayerRole.INSTALLATIONS),
                        true),
                new ProjectLayer(
                        "s",
                        SyntheticData.substations(70_000, 2),
                        LayerRole.SUBSTATIONS,
                        LayerStyle.defaultFor(LayerRole.SUBSTATIONS),
                        true));
        for (boolean national : new boolean[] {false, true}) {
            System.out.println(
                    national
                            ? "with a national project (100,000 sites, 70,800 features):"
                            : "gazetteer only (empty project):");
            for (String text : TEXTS) {
                List<MiningSite> s = national ? sites : List.of();
                List<ProjectLayer> l = national ? layers : List.of();
                for (int i = 0; i < 5; i++) {
                    Locator.find(text, s, List.of(), l);
                }
                double sum = 0;
                double worst = 0;
                List<Locator.Match> m = List.of();
                for (int i = 0; i < runs; i++) {
                    long a = System.nanoTime();
                    m = Locator.find(text, s, List.of(), l);
                    double ms = (System.nanoTime() - a) / 1e6;
                    sum += ms;
                    worst = Math.max(worst, ms);
                }
                System.out.printf(
                        Locale.ROOT,
                        "  %-26s mean %6.2f ms, worst %6.2f ms, %d matches, first: %s%n",
                        '"' + text + '"',
                        sum / runs,
                        worst,
                        m.size(),
                        m.isEmpty() ? "-" : m.get(0).name());
            }
        }
    }
}
