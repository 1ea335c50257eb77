package org.standoff.io.shapefile;

import org.standoff.model.Field;
import org.standoff.model.FieldType;

/**
 * One column of a {@code .dbf} as declared in its header: raw dBase type letter, width and
 * decimals, plus its byte offset inside a record (after the deletion flag) and the application
 * {@link FieldType} it maps to.
 */
record DbfField(String name, char dbfType, int length, int decimals, int offset, FieldType type) {

    /** The application's view of this column. */
    Field toField() {
        return new Field(name, type, length, decimals);
    }

    /** The application type for a dBase type letter; null for a letter this reader does not know. */
    static FieldType typeOf(char dbfType, int length, int decimals) {
        switch (dbfType) {
            case 'C':
                return FieldType.STRING;
            case 'N':
            case 'F':
                // Like GDAL: integral columns that fit a long are integers, the rest reals.
                return decimals == 0 && length <= 18 ? FieldType.INTEGER : FieldType.DOUBLE;
            case 'L':
                return FieldType.BOOLEAN;
            case 'D':
                return FieldType.DATE;
            case 'I':
            case '+':
                return FieldType.INTEGER;
            case 'O':
                return FieldType.DOUBLE;
            case '@':
                return FieldType.TIMESTAMP;
            default:
                return null;
        }
    }
}
