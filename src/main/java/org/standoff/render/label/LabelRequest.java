package org.standoff.render.label;

import java.util.List;
import org.standoff.render.TextStyle;

/**
 * A label asking for a place: its priority and one or more options, tried in order until one
 * finds a free place. A flagged site's options are its name, then its findings row number;
 * most labels have one option. Immutable.
 *
 * @param priority who wins contested space
 * @param options  the texts to try, best first; at least one
 * @param key      the caller's handle on the label (e.g. a site id), returned with the result
 */
public record LabelRequest(LabelPriority priority, List<Option> options, Object key) {

    /**
     * One text to try and where it may go.
     *
     * @param mayCoverSymbols whether the text may cover symbols registered as soft obstacles
     *                        when no place clear of them is left (a row number may, a name not)
     */
    public record Option(String text, TextStyle style, CandidateSource where, boolean mayCoverSymbols) {

        public Option {
            if (text == null || text.isEmpty() || style == null || where == null) {
                throw new IllegalArgumentException("a label option needs text, a style and candidate places");
            }
        }
    }

    public LabelRequest {
        if (priority == null || options == null || options.isEmpty()) {
            throw new IllegalArgumentException("a label request needs a priority and at least one option");
        }
        options = List.copyOf(options);
    }

    /** A request with one option that stays clear of symbols. */
    public static LabelRequest of(
            LabelPriority priority, String text, TextStyle style, CandidateSource where, Object key) {
        return new LabelRequest(priority, List.of(new Option(text, style, where, false)), key);
    }
}
