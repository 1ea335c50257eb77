package org.standoff.io.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.standoff.model.LayerRole;
import org.standoff.model.LayerStyle;
import org.standoff.model.Project;
import org.standoff.model.ProjectLayer;
import org.standoff.sample.SyntheticData;

/**
 * The process {@link ProjectFileFaultTest} runs under a file-size limit ({@code ulimit -f}):
 * saves {@link ProjectFixtures#everything()} with a layer of {@code args[1]} substations added
 * to {@code args[0]}, and prints {@code saved} or {@code failed: } and the message the user
 * would read. Anything else (a stack trace) is what the test refuses.
 */
public final class SaveOnce {

    private SaveOnce() {}

    /** The project a run saves: the fixtures, grown by a substation layer. */
    static Project grown(int substations) {
        Project p = ProjectFixtures.everything();
        List<ProjectLayer> layers = new ArrayList<>(p.layers());
        layers.add(new ProjectLayer(
                "grown",
                SyntheticData.substations(substations, 7),
                LayerRole.SUBSTATIONS,
                LayerStyle.defaultFor(LayerRole.SUBSTATIONS),
                true));
        return new Project(p.name(), layers, p.sites(), p.zones(), p.ruleSets(), p.view(), p.settings());
    }

    public static void main(String[] args) {
        try {
            ProjectFile.write(grown(Integer.parseInt(args[1])), Path.of(args[0]));
            System.out.println("saved");
        } catch (StoreException e) {
            System.out.println("failed: " + e.getMessage());
        }
    }
}
