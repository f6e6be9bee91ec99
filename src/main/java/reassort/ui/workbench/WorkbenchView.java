package reassort.ui.workbench;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The main window. */
public final class WorkbenchView {
    private WorkbenchView() {}

    public static void show(Stage stage) {
        MenuItem quit = new MenuItem("Quit");
        quit.setId("quitMenuItem");
        quit.setOnAction(e -> stage.close());
        Menu file = new Menu("File");
        file.setId("fileMenu");
        file.getItems().add(quit);
        BorderPane root = new BorderPane();
        root.setTop(new MenuBar(file));
        Label welcome = new Label("Reassort");
        welcome.setId("welcomeLabel");
        root.setCenter(welcome);
        stage.setTitle("Reassort");
        stage.setScene(new Scene(root, 1100, 720));
        stage.show();
    }
}
