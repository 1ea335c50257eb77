package org.standoff.io.csv;

import java.util.List;

/**
 * One record of a CSV file: its fields, unquoted, and the physical line it starts on (the
 * header is line 1; a quoted field spanning lines makes later records start further down).
 *
 * @param line the 1-based physical line of the record's first character
 * @param fields the field values, never null ("" for an empty field)
 */
public record CsvRecord(long line, List<String> fields) {
    public CsvRecord {
        fields = List.copyOf(fields);
    }
}
