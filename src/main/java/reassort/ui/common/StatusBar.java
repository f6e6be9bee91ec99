package reassort.ui.common;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bottom bar: the running task's message, progress and a cancel button; the last outcome otherwise. */
public final class StatusBar extends HBox {

    public StatusBar(TaskRunner tasks, I18n i18n, javafx.beans.value.ObservableStringValue lastOutcome) {
        setId("statusBar");
        setSpacing(8);
        setPadding(new Insets(4, 8, 4, 8));
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("status-bar");

        Label message = new Label();
        message.setId("statusMessage");
        message.textProperty().bind(javafx.beans.binding.Bindings.when(tasks.runningProperty())
                .then(tasks.messageProperty())
                .otherwise(lastOutcome));

        ProgressBar progress = new ProgressBar();
        progress.setId("statusProgress");
        progress.setPrefWidth(220);
        progress.progressProperty().bind(tasks.progressProperty());
        progress.visibleProperty().bind(tasks.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());

        Button cancel = new Button(i18n.text("action.cancel"));
        cancel.setId("cancelTaskButton");
        cancel.visibleProperty().bind(tasks.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> tasks.cancel());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(message, spacer, progress, cancel);
    }
}
