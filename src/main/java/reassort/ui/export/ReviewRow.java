package reassort.ui.export;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import reassort.app.export.ReviewChange;

/** One change of a re-imported review file in the diff table, with the planner's tick. */
public final class ReviewRow {
    private final ReviewChange change;
    private final BooleanProperty accepted;

    ReviewRow(ReviewChange change) {
        this.change = change;
        this.accepted = new SimpleBooleanProperty(!change.conflict());
    }

    public ReviewChange change() {
        return change;
    }

    public BooleanProperty acceptedProperty() {
        return accepted;
    }
}
