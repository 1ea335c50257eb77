package org.standoff.io.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.standoff.model.LayerRole;
import org.standoff.model.LayerStyle;
import org.standoff.model.MiningSite;
import org.standoff.model.Project;
import org.standoff.model.ProjectLayer;
import org.standoff.sample.SyntheticData;

/**
 * The process {@link ProjectFileKillTest} kills: saves the project at {@code args[0]} again and
 * again, save n holding n sites, and prints {@code saved n} once each save has returned.
 */
public final class SaveLoop {

    private SaveLoop() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int first = Integer.parseInt(args[1]);
        ProjectLayer substations = new ProjectLayer(
                "s",
                SyntheticData.substations(20_000, 5),
                LayerRole.SUBSTATIONS,
                LayerStyle.defaultFor(LayerRole.SUBSTATIONS),
                true);
        for (int n = first; ; n++) {
            List<MiningSite> sites = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                sites.add(MiningSite.at("Site " + i, -100 + i * 1e-3, 40).withId(i));
            }
            ProjectFile.write(
                    new Project(
                            "kill " + n,
                            List.of(substations),
                            sites,
                            List.of(),
                            List.of(),
                            Project.MapViewState.WHOLE_US,
                            java.util.Map.of()),
                    file);
            System.out.println("saved " + n);
            System.out.flush();
        }
    }
}
