package org.standoff.ui.registry;

import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.standoff.io.registry.RegistrySettings;
import org.standoff.io.registry.SslMode;

/**
 * Asks where the team registry is: host, port, database, schema, user, TLS mode and, only if
 * the password file has none, the password (kept in memory for this session, never saved).
 */
final class ConnectDialog extends Dialog<ConnectDialog.Answer> {

    /** What the user entered; {@code password} is null when left empty. */
    record Answer(RegistrySettings settings, char[] password) {}

    private final TextField host = field("host", "db.example.org");
    private final TextField port = field("port", "5432");
    private final TextField database = field("database", "team");
    private final TextField schema = field("schema", RegistrySettings.DEFAULT_SCHEMA);
    private final TextField user = field("user", "alice");
    private final ChoiceBox<SslMode> ssl = new ChoiceBox<>();
    private final PasswordField password = new PasswordField();
    private final Label problem = new Label();

    ConnectDialog(Window owner, RegistrySettings current) {
        initOwner(owner);
        setTitle("Connect to a Team Registry");
        setHeaderText("Where is the team's registry? The project keeps these settings, never the password.");
        ssl.getItems().setAll(SslMode.values());
        ssl.setId("registry-sslmode");
        ssl.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(SslMode m) {
                return m == null
                        ? ""
                        : m.code() + (m == SslMode.VERIFY_FULL ? " (checks the server's certificate and name)" : "");
            }

            @Override
            public SslMode fromString(String s) {
                return SslMode.parse(s.split(" ")[0]);
            }
        });
        password.setId("registry-password");
        password.setPromptText("from ~/.pgpass when empty");
        problem.setId("registry-connect-problem");
        problem.setStyle("-fx-text-fill: #b00020;");
        if (current != null) {
            host.setText(current.host());
            port.setText(current.port() == 0 ? "" : Integer.toString(current.port()));
            database.setText(current.database());
            schema.setText(current.schema());
            user.setText(current.user());
        }
        ssl.setValue(current == null ? SslMode.VERIFY_FULL : current.sslMode());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Host"), host);
        grid.addRow(1, new Label("Port"), port);
        grid.addRow(2, new Label("Database"), database);
        grid.addRow(3, new Label("Schema"), schema);
        grid.addRow(4, new Label("User"), user);
        grid.addRow(5, new Label("TLS (sslmode)"), ssl);
        grid.addRow(6, new Label("Password"), password);
        grid.add(problem, 0, 7, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (settings() == null) {
                e.consume();
            }
        });
        setResultConverter(b -> b == ButtonType.OK
                ? new Answer(
                        settings(),
                        password.getText().isEmpty() ? null : password.getText().toCharArray())
                : null);
    }

    /** The settings entered, or null (with the problem shown) when they are not usable. */
    private RegistrySettings settings() {
        try {
            int p = port.getText().isBlank()
                    ? 0
                    : Integer.parseInt(port.getText().strip());
            RegistrySettings s = new RegistrySettings(
                    host.getText(),
                    p,
                    database.getText(),
                    schema.getText(),
                    user.getText(),
                    ssl.getValue(),
                    null,
                    null);
            if (s.host() == null || s.database() == null || s.user() == null) {
                problem.setText("Host, database and user are needed.");
                return null;
            }
            problem.setText("");
            return s;
        } catch (NumberFormatException e) {
            problem.setText("The port must be a number.");
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
        }
        return null;
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId("registry-" + id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(24);
        return f;
    }
}
