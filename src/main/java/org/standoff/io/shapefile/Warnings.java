package org.standoff.io.shapefile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects non-fatal problems met while reading, each distinct message once and at most
 * {@value #MAX} of them, so that a file with a million bad dates yields one line, not a million.
 * Not thread-safe; one per read.
 */
final class Warnings {
    static final int MAX = 100;

    private final List<String> messages = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private int dropped;

    void add(String message) {
        if (!seen.add(message)) {
            return;
        }
        if (messages.size() < MAX) {
            messages.add(message);
        } else {
            dropped++;
        }
    }

    List<String> toList() {
        List<String> out = new ArrayList<>(messages);
        if (dropped > 0) {
            out.add("... and " + dropped + " more warnings");
        }
        return List.copyOf(out);
    }
}
