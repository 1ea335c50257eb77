package org.standoff.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** Placeholder until the main window lands. */
public final class StandoffApp extends Application {
    public static void launchApp(String[] args) {
        Application.launch(StandoffApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.show();
    }
}
