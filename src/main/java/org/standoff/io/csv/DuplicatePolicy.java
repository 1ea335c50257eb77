package org.standoff.io.csv;

/** What an import does with a row that duplicates an existing or earlier-imported site. */
public enum DuplicatePolicy {
    /** Leave the row out; the existing site is unchanged. */
    SKIP,
    /** Fill the blank fields of the existing site from the row; set fields are never overwritten. */
    MERGE,
    /** Import the row as a separate site (with a new id if its id is taken), flagged as a possible duplicate. */
    KEEP_BOTH
}
