package org.standoff.ui.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.standoff.io.shapefile.ShapefileReadOptions;
import org.standoff.ui.base.ThreadPools;
import org.standoff.ui.base.UiExecutor;
import org.standoff.ui.command.UndoManager;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A shapefile without a .prj: the .prj the user picks is read in the background, never on the JavaFX thread. */
@ExtendWith(ApplicationExtension.class)
class LayerLoaderUiTest {

    /** Keeps the submitted tasks instead of running them, so the test says where they run. */
    static final class Held extends UiExecutor {
        final List<Task<?>> tasks = new CopyOnWriteArrayList<>();

        Held() {
            super(ThreadPools.daemon(), false);
        }

        @Override
        public <T> void submit(Task<T> task) {
            tasks.add(task);
        }
    }

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void theChosenPrjIsReadInTheBackgroundThenTheShapefileLoadsWithIt(FxRobot robot) throws Exception {
        Held executor = new Held();
        LayerLoader loader = new LayerLoader(
                new LayersViewModel(new UndoManager()), executor, new SimpleObjectProperty<>(), l -> {});
        Path prj = Path.of(LayerLoaderUiTest.class
                .getResource("/org/standoff/geo/crs/prj/26918-esri.prj")
                .toURI());
        robot.interact(() -> loader.loadWithPrj(Path.of("roads.shp"), prj, ShapefileReadOptions.defaults()));
        assertEquals(1, executor.tasks.size(), "the .prj is read by a background task");
        Task<?> read = executor.tasks.get(0);
        assertFalse(read.isDone(), "and not on the JavaFX thread");

        read.run(); // here, on the test thread, as a pool thread would
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> executor.tasks.size() == 2);
        assertInstanceOf(LayerLoader.ReadTask.class, executor.tasks.get(1), "then the shapefile is read with it");
    }
}
