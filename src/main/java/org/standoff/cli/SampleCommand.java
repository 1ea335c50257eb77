package org.standoff.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.locationtech.jts.geom.Geometry;
import org.standoff.io.csv.SiteCsvWriter;
import org.standoff.io.shapefile.ShapeType;
import org.standoff.io.shapefile.ShapefileWriter;
import org.standoff.io.store.ProjectFile;
import org.standoff.model.Feature;
import org.standoff.model.Layer;
import org.standoff.sample.SampleProject;
import org.standoff.sample.SyntheticData;
import org.standoff.sample.SyntheticGeography;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code standoff sample [--out FILE]} writes the bundled sample project (as committed in
 * {@code data/sample/sample.gpkg}); {@code standoff sample --large DIR} writes the national-scale
 * benchmark set (800 installations and 70,000 substations as shapefiles, 100,000 sites as CSV),
 * seeded, so every run produces the same files. Substations cluster around cities and sites lie
 * in rural districts or near installations, as real ones do ({@link SyntheticGeography}).
 */
@Command(
        name = "sample",
        mixinStandardHelpOptions = true,
        description = "Write the sample project, or (--large) a national-scale synthetic data set for benchmarks.")
final class SampleCommand implements Callable<Integer> {

    @CommandLine.Option(
            names = "--out",
            paramLabel = "FILE.gpkg",
            description = "Where to write the sample project (default data/sample/sample.gpkg).")
    private Path out = Path.of("data/sample/sample.gpkg");

    @CommandLine.Option(
            names = "--large",
            paramLabel = "DIR",
            description = "Write the large synthetic set into DIR instead.")
    private Path large;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (large != null) {
            Files.createDirectories(large);
            Layer inst = SyntheticData.installations(800, 1);
            Layer subs = SyntheticGeography.substations(70_000, 2);
            ShapefileWriter.write(
                    large.resolve("installations.shp"), ShapeType.POLYGON, inst.fields(), inst.features());
            ShapefileWriter.write(large.resolve("substations.shp"), ShapeType.POINT, subs.fields(), subs.features());
            List<Geometry> outlines =
                    inst.features().stream().map(Feature::geometry).toList();
            SiteCsvWriter.write(
                    SyntheticGeography.sites(100_000, 3, SyntheticGeography.cities(2), outlines),
                    large.resolve("sites.csv"));
            spec.commandLine()
                    .getOut()
                    .println("wrote installations.shp (800), substations.shp (70000), sites.csv (100000) to " + large);
            return StandoffCli.EXIT_OK;
        }
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        ProjectFile.write(SampleProject.build(), out);
        spec.commandLine().getOut().println("wrote " + out);
        return StandoffCli.EXIT_OK;
    }
}
