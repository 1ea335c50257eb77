package org.standoff.ui.sites;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.standoff.io.csv.CsvException;
import org.standoff.io.csv.SiteCsvWriter;
import org.standoff.io.csv.SiteGeoJsonWriter;
import org.standoff.model.MiningSite;
import org.standoff.ui.base.ErrorDialog;
import org.standoff.ui.base.UiExecutor;

/**
 * Exports mining sites to CSV or GeoJSON: asks for a file (the format follows the chosen
 * filter or extension), writes it in the background with {@link SiteCsvWriter} or
 * {@link SiteGeoJsonWriter}, and tells the user how it went. Works on whatever list it is
 * given, so "export all" and "export selected only" are the same call.
 */
public final class SiteExport {

    /** A file format sites are exported in. */
    public enum Format {
        CSV("CSV", "csv"),
        GEOJSON("GeoJSON", "geojson");

        private final String label;
        private final String extension;

        Format(String label, String extension) {
            this.label = label;
            this.extension = extension;
        }

        /** The format a file name asks for: GeoJSON for {@code .geojson}/{@code .json}, else CSV. */
        public static Format of(Path file) {
            String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return n.endsWith(".geojson") || n.endsWith(".json") ? GEOJSON : CSV;
        }

        /** Writes the sites. Touches a file: never on the JavaFX thread. */
        void write(List<MiningSite> sites, Path file) throws CsvException {
            if (this == CSV) {
                SiteCsvWriter.write(sites, file);
            } else {
                SiteGeoJsonWriter.write(sites, file);
            }
        }
    }

    private final UiExecutor executor;
    private final IntegerProperty running = new SimpleIntegerProperty();

    public SiteExport(UiExecutor executor) {
        this.executor = executor;
    }

    /**
     * Asks for a file and exports {@code sites} to it; {@code what} names them in the chooser's
     * title ("All Sites", "Selected Sites").
     */
    public void export(Window owner, List<MiningSite> sites, String what) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + what);
        FileChooser.ExtensionFilter csv = new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv");
        FileChooser.ExtensionFilter geojson =
                new FileChooser.ExtensionFilter("GeoJSON (*.geojson)", "*.geojson", "*.json");
        chooser.getExtensionFilters().addAll(csv, geojson);
        chooser.setInitialFileName("sites.csv");
        File f = chooser.showSaveDialog(owner);
        if (f == null) {
            return;
        }
        Path path = f.toPath();
        // The name wins when it has a known extension; otherwise the chosen filter decides.
        String n = path.getFileName().toString().toLowerCase(Locale.ROOT);
        Format format = n.endsWith(".csv") || n.endsWith(".geojson") || n.endsWith(".json")
                ? Format.of(path)
                : chooser.getSelectedExtensionFilter() == geojson ? Format.GEOJSON : Format.CSV;
        exportTo(sites, path, format, p -> done(owner, sites.size(), p, format), e -> failed(owner, path, e));
    }

    /**
     * Writes {@code sites} to {@code file} in the background, then calls one of the callbacks on
     * the JavaFX thread. The list is copied first, so later edits do not reach the file.
     */
    public Task<Path> exportTo(
            List<MiningSite> sites, Path file, Format format, Consumer<Path> onDone, Consumer<Throwable> onError) {
        List<MiningSite> snapshot = List.copyOf(sites);
        return Background.run(
                executor,
                running,
                () -> {
                    format.write(snapshot, file);
                    return file;
                },
                onDone,
                onError);
    }

    private static void done(Window owner, int count, Path file, Format format) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.setTitle("Export");
        a.setHeaderText("Exported " + count + (count == 1 ? " site" : " sites") + " as " + format.label);
        a.setContentText(file.toString());
        if (owner != null) {
            a.initOwner(owner);
        }
        a.show();
    }

    private static void failed(Window owner, Path file, Throwable e) {
        ErrorDialog.show(owner, "Cannot export to " + file.getFileName(), e);
    }
}
