package org.standoff.ui.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.standoff.model.Confidence;
import org.standoff.model.MiningSite;
import org.standoff.model.Parsed;
import org.standoff.model.SiteStatus;

/** The site form's rules without any controls: location formats, live messages, what blocks OK. */
class SiteFormTest {

    private static SiteForm named(String location) {
        SiteForm f = SiteForm.forNew(0, 0);
        f.nameProperty().set("Test site");
        f.locationProperty().set(location);
        return f;
    }

    @Test
    void readsDecimalDegrees() {
        SiteForm f = named("38.8895, -77.0353");
        assertTrue(f.validProperty().get(), f.problems().toString());
        assertEquals(-77.0353, f.result().lon(), 1e-9);
        assertEquals(38.8895, f.result().lat(), 1e-9);
    }

    @Test
    void readsDmsAndShowsTheOtherFormats() {
        SiteForm f = named("38°53'22.24\" N 77°02'06.94\" W");
        assertTrue(f.validProperty().get(), f.problems().toString());
        assertEquals(38 + 53 / 60.0 + 22.24 / 3600, f.result().lat(), 1e-9);
        assertEquals(-(77 + 2 / 60.0 + 6.94 / 3600), f.result().lon(), 1e-9);
        assertEquals(
                "38.889511° N, 77.035261° W · 38°53'22.24\" N, 77°02'06.94\" W · MGRS 18S UJ 23481 06484",
                f.locationPreviewProperty().get());
    }

    @Test
    void readsMgrs() {
        SiteForm f = named("18S UJ 23481 06484");
        assertTrue(f.validProperty().get(), f.problems().toString());
        assertEquals(38.88951, f.result().lat(), 2e-5);
        assertEquals(-77.03526, f.result().lon(), 2e-5);
    }

    @Test
    void latitudeOutOfRangeBlocksWithAMessageOnTheLocation() {
        SiteForm f = named("95, 10");
        assertFalse(f.validProperty().get());
        assertTrue(f.isBlocking(SiteForm.LOCATION));
        assertFalse(f.messages(SiteForm.LOCATION).get().isEmpty());
        assertEquals("", f.locationPreviewProperty().get());
        f.locationProperty().set("45, 10");
        assertTrue(f.validProperty().get(), "fixing the text clears the problem live");
        assertEquals("", f.messages(SiteForm.LOCATION).get());
    }

    @Test
    void unreadableLocationBlocks() {
        SiteForm f = named("somewhere in Texas");
        assertFalse(f.validProperty().get());
        assertTrue(
                f.messages(SiteForm.LOCATION).get().contains("MGRS"),
                f.messages(SiteForm.LOCATION).get());
    }

    @Test
    void capacityMustBeAPositiveNumber() {
        SiteForm f = named("45, 10");
        f.capacityProperty().set("about 50");
        assertFalse(f.validProperty().get());
        assertTrue(f.messages("capacity_mw").get().contains("number of megawatts"));
        f.capacityProperty().set("-5");
        assertFalse(f.validProperty().get());
        assertTrue(f.messages("capacity_mw").get().contains("positive"));
        f.capacityProperty().set("12.5 MW");
        assertTrue(f.validProperty().get());
        assertEquals(Parsed.of(12.5), f.result().capacityMw());
    }

    @Test
    void confirmedWithoutASourceIsRefused() {
        SiteForm f = named("45, 10");
        f.confidenceProperty().set(Parsed.of(Confidence.CONFIRMED));
        assertFalse(f.validProperty().get());
        assertTrue(
                f.messages("confidence").get().startsWith("A source is required before the site counts as confirmed"));
        f.sourceProperty().set("https://example.org/permit-123");
        assertTrue(f.validProperty().get());
        assertTrue(f.result().isConfirmed());
    }

    @Test
    void missingNameIsOnlyAWarning() {
        SiteForm f = SiteForm.forNew(-97.1, 30.6);
        assertTrue(f.validProperty().get());
        assertFalse(f.messages("name").get().isEmpty());
        assertFalse(f.isBlocking("name"));
    }

    @Test
    void anUnknownImportedStatusAndCapacityCanBeKeptAsWritten() {
        Instant t = Instant.parse("2024-01-02T03:04:05Z");
        MiningSite imported = MiningSite.at("Rockdale", -97.0, 30.65)
                .withId(7)
                .withTimestamps(t, t)
                .withStatus(Parsed.unrecognised("mothballed"))
                .withCapacityMw(Parsed.unrecognised("about 50"));
        SiteForm f = SiteForm.forEdit(imported);
        assertTrue(f.validProperty().get(), f.problems().toString());
        assertTrue(f.messages("status").get().contains("mothballed"));
        assertTrue(f.messages("capacity_mw").get().contains("about 50"));
        assertTrue(ParsedChoices.statuses(imported.status()).contains(Parsed.unrecognised("mothballed")));
        assertEquals(imported, f.result(), "unchanged, the site comes back exactly, position included");

        f.statusProperty().set(Parsed.of(SiteStatus.CLOSED));
        assertEquals("", f.messages("status").get());
        assertEquals(Parsed.of(SiteStatus.CLOSED), f.result().status());
        assertEquals(7, f.result().id());
    }
}
