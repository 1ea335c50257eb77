package org.standoff.model;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises country names and ISO 3166 codes, to flag an owner country nobody can place.
 * Built from the JDK's ISO 3166 tables (alpha-2, alpha-3 and English names) plus the common
 * informal names analysts type. Recognising is all it does: the text is never rewritten.
 */
final class Countries {

    private static final Set<String> KNOWN = build();

    private Countries() {}

    static boolean isKnown(String text) {
        return KNOWN.contains(key(text));
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace(".", "").replaceAll("\\s+", " ");
    }

    private static Set<String> build() {
        Set<String> set = new HashSet<>();
        for (String a2 : Locale.getISOCountries()) {
            Locale l = new Locale("", a2);
            set.add(key(a2));
            set.add(key(l.getISO3Country()));
            set.add(key(l.getDisplayCountry(Locale.ENGLISH)));
        }
        for (String a3 : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)) {
            set.add(key(a3));
        }
        for (String alias : new String[] {
            "USA",
            "U.S.A.",
            "United States of America",
            "America",
            "UK",
            "Great Britain",
            "Britain",
            "England",
            "Scotland",
            "Wales",
            "Northern Ireland",
            "PRC",
            "People's Republic of China",
            "Mainland China",
            "Russian Federation",
            "Republic of Korea",
            "Korea",
            "ROC",
            "Republic of China",
            "UAE",
            "Emirates",
            "Holland",
            "Czech Republic",
            "Ivory Coast",
            "Burma",
            "Iran, Islamic Republic of",
            "Viet Nam",
            "Macau",
            "Hong Kong",
            "Taiwan",
            "Kosovo",
            "Turkey",
            "Türkiye",
            "Swaziland",
            "Cape Verde"
        }) {
            set.add(key(alias));
        }
        return Set.copyOf(set);
    }
}
