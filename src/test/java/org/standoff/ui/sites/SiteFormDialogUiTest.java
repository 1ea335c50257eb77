package org.standoff.ui.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.standoff.model.MiningSite;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The add/edit form as a user meets it: typing a DMS position, a bad latitude, Enter and Esc. */
@ExtendWith(ApplicationExtension.class)
class SiteFormDialogUiTest {

    private Stage stage;
    private SiteFormDialog dialog;

    @Start
    void start(Stage s) {
        stage = s;
        s.setScene(new Scene(new StackPane(), 300, 200));
        s.show();
    }

    private void open(FxRobot robot) {
        robot.interact(() -> {
            dialog = new SiteFormDialog(stage, SiteForm.forNew(-97.0, 30.0), "Add Mining Site");
            dialog.show();
        });
    }

    private void typeLocation(FxRobot robot, String text) {
        TextField location = robot.lookup("#site-location").queryAs(TextField.class);
        robot.interact(location::clear);
        robot.clickOn(location).write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void typingANameAndADmsLocationThenEnterReturnsTheSite(FxRobot robot) {
        open(robot);
        robot.clickOn("#site-name").write("Rockdale Mine");
        typeLocation(robot, "38°53'22.24\" N 77°02'06.94\" W");
        assertEquals(
                "38.889511° N, 77.035261° W · 38°53'22.24\" N, 77°02'06.94\" W · MGRS 18S UJ 23481 06484",
                robot.lookup("#site-location-preview").queryAs(Label.class).getText());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(dialog.isShowing());
        MiningSite site = dialog.getResult();
        assertEquals("Rockdale Mine", site.name());
        assertEquals(38 + 53 / 60.0 + 22.24 / 3600, site.lat(), 1e-9);
        assertEquals(-(77 + 2 / 60.0 + 6.94 / 3600), site.lon(), 1e-9);
    }

    @Test
    void anInvalidLatitudeKeepsOkDisabledWithAVisibleMessage(FxRobot robot) {
        open(robot);
        robot.clickOn("#site-name").write("Nowhere");
        typeLocation(robot, "95.5, -97.0");
        Button ok = robot.lookup("#site-ok").queryButton();
        assertTrue(ok.isDisabled());
        Label message = robot.lookup("#site-location-message").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertTrue(message.getText().contains("Latitude 95.5 is outside"), message.getText());

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialog.isShowing(), "Enter does nothing while OK is disabled");

        typeLocation(robot, "35.5, -97.0");
        assertFalse(ok.isDisabled());
        assertFalse(message.isVisible());
    }

    @Test
    void escapeCancels(FxRobot robot) {
        open(robot);
        robot.clickOn("#site-name").write("Dropped");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog.isShowing());
        assertNull(dialog.getResult());
    }

    @Test
    void fieldsStayPutWhenAMessageComesAndGoesAndNoMessageIsCutOff(FxRobot robot) {
        open(robot);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node capacity = robot.lookup("#site-capacity").query();
        Label nameMessage = robot.lookup("#site-name-message").queryAs(Label.class);
        assertFalse(nameMessage.getText().isEmpty(), "a new site starts without a name: " + nameMessage.getText());
        double before = capacity.localToScene(0, 0).getY();

        robot.clickOn("#site-name").write("Alpha");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(nameMessage.getText().isEmpty(), "mended");
        assertEquals(
                before, capacity.localToScene(0, 0).getY(), 0.5, "the capacity field did not move up under the cursor");

        // a long location error: shown whole, on as many lines as it needs, with the window grown for it
        typeLocation(robot, "not a place");
        Label locationMessage = robot.lookup("#site-location-message").queryAs(Label.class);
        assertTrue(locationMessage.getText().length() > 60, locationMessage.getText());
        double lines = locationMessage.getHeight();
        assertTrue(
                lines >= locationMessage.prefHeight(locationMessage.getWidth()) - 0.5,
                "the message has the height its text needs: " + lines + " of "
                        + locationMessage.prefHeight(locationMessage.getWidth()));
        javafx.scene.control.DialogPane pane = dialog.getDialogPane();
        assertTrue(
                pane.getHeight() >= pane.prefHeight(pane.getWidth()) - 0.5, "the dialog is tall enough for the form");
        robot.interact(dialog::close);
    }
}
