package org.standoff.print;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.locationtech.jts.geom.Envelope;
import org.standoff.render.basemap.TestBasemap;

/**
 * Writes sample briefings for a person to look at: run with
 * {@code -Dstandoff.sampleDir=/tmp/briefing}. Skipped otherwise.
 */
@EnabledIfSystemProperty(named = "standoff.sampleDir", matches = ".+")
class SampleBriefingRender {

    @Test
    void writesSampleBriefings() throws Exception {
        Path dir = Path.of(System.getProperty("standoff.sampleDir"));
        Files.createDirectories(dir);
        BriefingRenderer renderer = new BriefingRenderer(TestBasemap.get());
        Envelope box = new Envelope(-100.5, -97.5, 34.5, 37.5);
        SampleBriefing data = SampleBriefing.around(box, 12, 7);
        BriefingContent content = data.content("Mining sites near installations — SYNTHETIC Oklahoma sector", MapExtent.box(-100, 35, -98, 37),
                data.rows, SampleBriefing.ZONE_FILL);
        BriefingLayout letter = BriefingLayout.defaultFor(Paper.LETTER, Orientation.LANDSCAPE);
        BriefingExport.pdf(renderer, letter, content, dir.resolve("briefing.pdf"));
        BriefingExport.png(renderer, letter, content, 150, dir.resolve("briefing.png"));
        BriefingLayout portrait = BriefingLayout.defaultFor(Paper.A4, Orientation.PORTRAIT);
        BriefingExport.png(renderer, portrait, content, 110, dir.resolve("briefing-a4.png"));
        List<FindingRow> many = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.addAll(data.rows);
        }
        BriefingExport.png(renderer, letter, content.withPage(content.title(), content.subtitle(), many.subList(0, 150)), 100, dir.resolve("long.png"));
        Envelope ak = new Envelope(-149, -146, 63, 65.5);
        SampleBriefing akData = SampleBriefing.around(ak, 0, 9);
        BriefingContent alaska = akData.content("Alaska test", MapExtent.centred(-147.7, 64.8, 500_000), List.of(), SampleBriefing.ZONE_FILL);
        BriefingExport.png(renderer, letter, alaska, 100, dir.resolve("alaska.png"));
        BriefingExport.atlasPdf(renderer, letter, Atlas.pages(content, data.sites.subList(0, 3), 250_000), dir.resolve("atlas.pdf"));
    }
}
