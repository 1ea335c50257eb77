package org.standoff.io.store;

/**
 * The keys Standoff writes in {@code standoff_meta} besides {@code schema_version}, and the
 * application version recorded in each saved file. Constants only.
 */
final class ProjectMeta {

    static final String APP_VERSION = "app_version";
    static final String CREATED_AT = "created_at";
    static final String SAVED_AT = "saved_at";
    static final String PROJECT_NAME = "project_name";
    static final String VIEW_CENTER_LAT = "view_center_lat";
    static final String VIEW_CENTER_LON = "view_center_lon";
    static final String VIEW_ZOOM = "view_zoom";
    /** In a recovery file: the path of the project it stands in for (absent for an unsaved project). */
    static final String RECOVERY_ORIGINAL = "recovery_original";
    /**
     * A random id that every save and every {@link ProjectFile#update} that changed a row
     * replaces: an app that read the file at one id knows, when saving, whether anyone wrote
     * the file since.
     */
    static final String WRITE_ID = "write_id";

    private ProjectMeta() {}

    /** The jar's Implementation-Version, or "development" when run from classes. */
    static String appVersion() {
        String v = ProjectMeta.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
