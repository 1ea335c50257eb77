package org.standoff.io.registry;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.standoff.io.store.ProjectFile;
import org.standoff.io.store.SiteFile;
import org.standoff.model.MiningSite;
import org.standoff.model.Project;

/** One test analyst: a project file linked to a test registry, and the role that syncs it. */
final class Analyst {

    final String user;
    final String db;
    final Path project;

    Analyst(String user, String db, Path dir) throws Exception {
        this.user = user;
        this.db = db;
        this.project = dir.resolve(user + ".gpkg");
        ProjectFile.write(Project.empty(user), project);
        RegistryLink.link(project, RegistryTestCluster.settings(db, user), false);
    }

    SiteSync.PullReport pull() throws Exception {
        return pull(SyncOptions.defaults());
    }

    SiteSync.PullReport pull(SyncOptions o) throws Exception {
        try (RegistryConnection rc = RegistryTestCluster.connect(db, user)) {
            return SiteSync.pull(project, rc, o);
        }
    }

    SiteSync.PushReport push() throws Exception {
        return push(SyncOptions.defaults());
    }

    SiteSync.PushReport push(SyncOptions o) throws Exception {
        try (RegistryConnection rc = RegistryTestCluster.connect(db, user)) {
            return SiteSync.push(project, rc, o);
        }
    }

    List<MiningSite> sites() throws Exception {
        try (SiteFile s = SiteFile.open(project)) {
            return s.all();
        }
    }

    MiningSite site(String name) throws Exception {
        return sites().stream()
                .filter(s -> name.equals(s.name()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no site " + name + " at " + user));
    }

    Optional<MiningSite> find(String name) throws Exception {
        return sites().stream().filter(s -> name.equals(s.name())).findFirst();
    }

    long add(MiningSite s) throws Exception {
        try (SiteFile store = SiteFile.open(project)) {
            return store.insert(s);
        }
    }

    void edit(String name, UnaryOperator<MiningSite> change) throws Exception {
        MiningSite s = site(name);
        try (SiteFile store = SiteFile.open(project)) {
            store.update(change.apply(s));
        }
    }

    void delete(String name) throws Exception {
        MiningSite s = site(name);
        try (SiteFile store = SiteFile.open(project)) {
            store.delete(s.id());
        }
    }
}
