package org.standoff.analysis.locate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.locationtech.jts.geom.Envelope;

/**
 * An offline gazetteer: the world's populated places of 1,000 people or more (GeoNames), and US
 * counties and states (Census), searched by name as the Go to box needs it.
 *
 * <p><b>Search.</b> Names are folded (case, accents, dots and apostrophes, hyphens as spaces), so
 * "st louis" finds "St. Louis" and "bogota" finds "Bogotá". A name equal to the text ranks
 * first, then a name that starts with it, then one with a later word that starts with it, each
 * step worth a factor of a hundred in population: larger places first, so "york" offers York
 * (England) and New York City before the village of York in Western Australia. A state counts as
 * a million people and a county as 20,000, its population not being in the data, so "Wyoming" is
 * the state and "Cheyenne" the city before the Cheyenne counties. Text after a comma
 * narrows the search: each part must be the place's US state (postal code or the start of its
 * name) or country (ISO code or the start of its English name), as in "Cheyenne, WY", "Laramie
 * County, Wyoming" or "Paris, France". No search inside words, no spelling tolerance.
 *
 * <p><b>Cost.</b> Every folded name and every word start of it is one key of a sorted array, so a
 * search is a binary search for the keys starting with the text plus a pass over those keys
 * (thousands for one letter, a handful for a name). Reading the bundled file and building that
 * index each take a few hundred milliseconds once (seconds in a cold, busy JVM); the index waits
 * for the first search or {@link #prepare()}, so the basemap can read the places alone.
 * Thread-safe: the places are immutable and the index is built once under a lock.
 */
public final class Gazetteer {

    /** Class-path location of the bundled gazetteer (copied there from {@code data/gazetteer}). */
    public static final String BUNDLED_RESOURCE = "/org/standoff/analysis/locate/gazetteer.tsv.gz";

    /** What a gazetteer entry is. */
    public enum PlaceKind {
        PLACE,
        COUNTY,
        STATE
    }

    /**
     * One entry: its own name, what it is, its US state's postal code (or GeoNames' admin code
     * elsewhere), ISO country code, population (0 when not known), a point inside it, and its
     * extent (empty for a populated place).
     */
    public record Place(
            String name,
            PlaceKind kind,
            String admin,
            String country,
            int population,
            double lat,
            double lon,
            Envelope box) {

        /** The name as a user reads it in a list: "Cheyenne, WY", "Laramie County, WY", "Paris, France". */
        public String label() {
            if (kind == PlaceKind.STATE) {
                return name;
            }
            if ("US".equals(country) && !admin.isEmpty()) {
                return name + ", " + admin;
            }
            return name + ", " + countryName(country);
        }
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DROPPED = Pattern.compile("[.'\u2019`]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\-_/()]+");
    private static final int STATE_WEIGHT = 1_000_000;
    /** What a county weighs in the ranking, its population being unknown here: a typical county's. */
    private static final int COUNTY_WEIGHT = 20_000;

    private final Place[] places;
    /** Folded English country names by ISO code, filled as qualifiers need them. */
    private final Map<String, String> countryNames = new java.util.concurrent.ConcurrentHashMap<>();
    /** The search index, built on the first search (the basemap reads the places without it). */
    private volatile Index index;

    /** A gazetteer of the given places. */
    public Gazetteer(List<Place> places) {
        this.places = places.toArray(Place[]::new);
    }

    /**
     * The sorted keys of the search: every folded name and every word start of it, with the
     * place each belongs to and whether it is a word start; and the places' scores before tier.
     */
    private static final class Index {
        final String[] keys;
        final int[] keyPlace;
        final boolean[] keyWord;
        final double[] baseScore;
        /** Folded state names by postal code, for qualifiers such as "Wyoming". */
        final Map<String, String> stateNames;

        Index(Place[] places) {
            baseScore = new double[places.length];
            List<String> keyList = new ArrayList<>(places.length * 2);
            List<Integer> placeList = new ArrayList<>(places.length * 2);
            java.util.BitSet wordList = new java.util.BitSet();
            Map<String, String> states = new HashMap<>();
            for (int i = 0; i < places.length; i++) {
                Place p = places[i];
                baseScore[i] = baseScore(p);
                String folded = fold(p.name());
                if (folded.isEmpty()) {
                    continue;
                }
                keyList.add(folded);
                placeList.add(i);
                for (int at = folded.indexOf(' '); at >= 0; at = folded.indexOf(' ', at + 1)) {
                    wordList.set(keyList.size());
                    keyList.add(folded.substring(at + 1));
                    placeList.add(i);
                }
                if (p.kind() == PlaceKind.STATE) {
                    states.put(p.admin(), folded);
                }
            }
            Integer[] order = new Integer[keyList.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (x, y) -> keyList.get(x).compareTo(keyList.get(y)));
            keys = new String[order.length];
            keyPlace = new int[order.length];
            keyWord = new boolean[order.length];
            for (int i = 0; i < order.length; i++) {
                keys[i] = keyList.get(order[i]);
                keyPlace[i] = placeList.get(order[i]);
                keyWord[i] = wordList.get(order[i]);
            }
            stateNames = Map.copyOf(states);
        }
    }

    private Index index() {
        Index ix = index;
        if (ix == null) {
            synchronized (this) {
                ix = index;
                if (ix == null) {
                    ix = new Index(places);
                    index = ix;
                }
            }
        }
        return ix;
    }

    /** Builds the search index now (a few hundred milliseconds), so the first search does not wait for it. */
    public void prepare() {
        index();
    }

    /** A gazetteer with no places (for tests, and when the bundled file is left out). */
    public static Gazetteer empty() {
        return new Gazetteer(List.of());
    }

    /** The bundled gazetteer, read from the class path on first use. */
    public static Gazetteer bundled() {
        return Bundled.INSTANCE;
    }

    /** Every entry, in file order. */
    public List<Place> places() {
        return List.of(places);
    }

    /** Number of places. */
    public int size() {
        return places.length;
    }

    /** Reads the gazetteer's gzipped tab-separated form (see {@code data/gazetteer/gazetteer.js}). */
    public static Gazetteer read(InputStream gzipped, String source) throws IOException {
        List<Place> out = new ArrayList<>(140_000);
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(gzipped, 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String[] f = line.split("\t", -1);
                if (f.length != 11) {
                    throw new IOException(
                            source + ", line " + n + ": expected 11 tab-separated fields, found " + f.length);
                }
                try {
                    out.add(place(f));
                } catch (IllegalArgumentException e) {
                    throw new IOException(source + ", line " + n + ": " + e.getMessage(), e);
                }
            }
        }
        return new Gazetteer(out);
    }

    private static Place place(String[] f) {
        PlaceKind kind = switch (f[0]) {
            case "P" -> PlaceKind.PLACE;
            case "C" -> PlaceKind.COUNTY;
            case "S" -> PlaceKind.STATE;
            default -> throw new IllegalArgumentException("unknown kind \"" + f[0] + "\"");
        };
        double lat = Double.parseDouble(f[5]);
        double lon = Double.parseDouble(f[6]);
        Envelope box = f[7].isEmpty()
                ? new Envelope(lon, lon, lat, lat)
                : new Envelope(
                        Double.parseDouble(f[7]),
                        Double.parseDouble(f[9]),
                        Double.parseDouble(f[8]),
                        Double.parseDouble(f[10]));
        if (box.getWidth() > 180) {
            // Alaska and the Aleutians cross the antimeridian: show the side the point is on
            box = new Envelope(
                    lon < 0 ? -180 : lon - 10, lon < 0 ? Math.min(-129, lon + 40) : 180, box.getMinY(), box.getMaxY());
        }
        return new Place(f[1], kind, f[2], f[3], Integer.parseInt(f[4]), lat, lon, box);
    }

    /** A place found, with its tier: 0 the whole name, 1 the name's start, 2 a word's start. */
    public record Hit(Place place, int tier) {}

    /**
     * The best {@code max} places for {@code text}, best first (ties in file order); empty when
     * nothing matches. A place matched by two keys (its name and a word of it) appears once, at
     * its better tier.
     */
    public List<Hit> search(String text, int max) {
        String[] parts = text == null ? new String[0] : text.split(",");
        String needle = parts.length == 0 ? "" : fold(parts[0]);
        if (needle.isEmpty() || max <= 0) {
            return List.of();
        }
        List<String> qualifiers = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String q = fold(parts[i]);
            if (!q.isEmpty()) {
                qualifiers.add(q);
            }
        }
        Index ix = index();
        // a bounded best-first list: the range holds thousands of keys for one letter
        int cap = max;
        int[] topPlace = new int[cap];
        int[] topTier = new int[cap];
        double[] topScore = new double[cap];
        int n = 0;
        String[] keys = ix.keys;
        for (int k = lowerBound(keys, needle); k < keys.length && keys[k].startsWith(needle); k++) {
            int i = ix.keyPlace[k];
            int tier = ix.keyWord[k] ? 2 : keys[k].length() == needle.length() ? 0 : 1;
            double score = ix.baseScore[i] - 2.0 * tier;
            if (n == cap && score <= topScore[n - 1]) {
                continue;
            }
            if (!qualifiers.isEmpty() && !qualifies(places[i], qualifiers, ix.stateNames)) {
                continue;
            }
            int at = indexOf(topPlace, n, i);
            if (at >= 0) {
                if (score <= topScore[at]) {
                    continue;
                }
                System.arraycopy(topPlace, at + 1, topPlace, at, n - at - 1); // drop the worse key of the same place
                System.arraycopy(topTier, at + 1, topTier, at, n - at - 1);
                System.arraycopy(topScore, at + 1, topScore, at, n - at - 1);
                n--;
            }
            int pos = n < cap ? n : cap - 1;
            while (pos > 0 && better(score, i, topScore[pos - 1], topPlace[pos - 1])) {
                if (pos < cap) {
                    topPlace[pos] = topPlace[pos - 1];
                    topTier[pos] = topTier[pos - 1];
                    topScore[pos] = topScore[pos - 1];
                }
                pos--;
            }
            topPlace[pos] = i;
            topTier[pos] = tier;
            topScore[pos] = score;
            n = Math.min(cap, n + 1);
        }
        List<Hit> hits = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            hits.add(new Hit(places[topPlace[j]], topTier[j]));
        }
        return hits;
    }

    private static int indexOf(int[] a, int n, int v) {
        for (int j = 0; j < n; j++) {
            if (a[j] == v) {
                return j;
            }
        }
        return -1;
    }

    /** Higher score first; ties by file order (which is stable across runs). */
    private static boolean better(double score, int place, double otherScore, int otherPlace) {
        return score > otherScore || (score == otherScore && place < otherPlace);
    }

    /** A place's score before its tier: a match one tier worse needs a place a hundred times larger to rank level. */
    private static double baseScore(Place p) {
        int weight = switch (p.kind()) {
            case STATE -> STATE_WEIGHT;
            case COUNTY -> COUNTY_WEIGHT;
            case PLACE -> p.population();
        };
        return Math.log10(weight + 10.0);
    }

    private boolean qualifies(Place p, List<String> qualifiers, Map<String, String> stateNames) {
        for (String q : qualifiers) {
            String admin = p.admin().toLowerCase(Locale.ROOT);
            String state = stateNames.getOrDefault(p.admin(), "");
            boolean us = "US".equals(p.country());
            boolean ok = (us && (q.equals(admin) || (!state.isEmpty() && state.startsWith(q))))
                    || q.equals(p.country().toLowerCase(Locale.ROOT))
                    || (q.length() > 2
                            && countryNames
                                    .computeIfAbsent(p.country(), c -> fold(countryName(c)))
                                    .startsWith(q))
                    || (us && ("usa".equals(q) || "united states".startsWith(q) && q.length() > 2));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static int lowerBound(String[] keys, String needle) {
        int at = Arrays.binarySearch(keys, needle);
        if (at < 0) {
            return -at - 1;
        }
        while (at > 0 && keys[at - 1].equals(needle)) {
            at--;
        }
        return at;
    }

    /** Folds a name for matching: lower case, no accents, no dots or apostrophes, single spaces. */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = true; // drops leading spaces
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 128) {
                return foldSlowly(s); // accents, other scripts: the full Unicode route
            }
            if (c == '.' || c == '\'' || c == '`') {
                continue;
            }
            if (c <= ' ' || c == '-' || c == '_' || c == '/' || c == '(' || c == ')') {
                if (!space) {
                    b.append(' ');
                    space = true;
                }
                continue;
            }
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            space = false;
        }
        int n = b.length();
        return n > 0 && b.charAt(n - 1) == ' ' ? b.substring(0, n - 1) : b.toString();
    }

    private static String foldSlowly(String s) {
        String d = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        d = DROPPED.matcher(d.toLowerCase(Locale.ROOT)).replaceAll("");
        return SPACES.matcher(d).replaceAll(" ").strip();
    }

    private static String countryName(String iso2) {
        if (iso2.isEmpty()) {
            return "";
        }
        String name = new Locale("", iso2).getDisplayCountry(Locale.ENGLISH);
        return name.isEmpty() ? iso2 : name;
    }

    /** Lazy holder: the bundled file is read once, when a search first needs it. */
    private static final class Bundled {
        static final Gazetteer INSTANCE = load();

        private static Gazetteer load() {
            try (InputStream in = Gazetteer.class.getResourceAsStream(BUNDLED_RESOURCE)) {
                if (in == null) {
                    return empty();
                }
                return read(in, "the bundled gazetteer " + BUNDLED_RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("the bundled gazetteer is damaged: " + e.getMessage(), e);
            }
        }
    }
}
