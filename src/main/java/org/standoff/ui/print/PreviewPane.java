package org.standoff.ui.print;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.standoff.print.BriefingLayout;
import org.standoff.print.LayoutElement;
import org.standoff.print.Rect;

/**
 * The live preview: the rendered page fitted into the pane, and on page 1 the outlines of the
 * layout's elements. Press on an element to select it (the smallest one under the pointer, so
 * a scale bar on the map is reachable), drag it to move it, drag the square at its bottom-right
 * corner to resize it. The outline follows the pointer; the layout (and so the rendered page)
 * changes once, on release, which makes one drag one undo step.
 */
final class PreviewPane extends Region {

    private static final double HANDLE = 9;
    private static final Color OUTLINE = Color.rgb(0, 90, 200, 0.45);
    private static final Color SELECTED = Color.rgb(0, 110, 230);

    private final BriefingViewModel vm;
    private final ImageView image = new ImageView();
    private final Pane overlay = new Pane();
    private final Rectangle paperShadow = new Rectangle();
    private final Label status = new Label();
    private int selected = -1;
    private boolean showOutlines = true;
    private Drag drag;

    /** A drag in progress: what it does, where it started and the bounds it started from. */
    private record Drag(int index, boolean resize, Point2D start, Rect from, Rect now) {
        Drag with(Rect r) {
            return new Drag(index, resize, start, from, r);
        }
    }

    PreviewPane(BriefingViewModel vm) {
        this.vm = vm;
        setId("briefing-preview");
        setMinSize(200, 200);
        setStyle("-fx-background-color: #8a8f96;");
        image.setId("briefing-preview-image");
        image.setSmooth(true);
        paperShadow.setFill(Color.WHITE);
        paperShadow.setEffect(new javafx.scene.effect.DropShadow(8, Color.rgb(0, 0, 0, 0.45)));
        status.setId("briefing-preview-status");
        status.setStyle("-fx-text-fill: white; -fx-font-size: 13px;");
        overlay.setPickOnBounds(true);
        getChildren().addAll(paperShadow, image, overlay, status);
        overlay.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        overlay.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        overlay.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        overlay.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        vm.layoutProperty().addListener((o, a, b) -> {
            if (b.elements().size() != a.elements().size()) {
                selected = -1;
            }
            requestLayout();
        });
        vm.pageProperty().addListener((o, a, b) -> requestLayout());
    }

    /** Shows a rendered page; outlines are drawn on page 1 only (continuation pages are not laid out by the layout). */
    void show(Image page, int pageIndex) {
        image.setImage(page);
        showOutlines = pageIndex == 0;
        status.setText("");
        requestLayout();
    }

    /** A message over the preview, e.g. while rendering or when it failed. */
    void message(String text) {
        status.setText(text);
    }

    /** The centre of element {@code index}'s outline, in this pane's coordinates (for tests and tooltips). */
    Point2D centreOf(int index) {
        Rectangle r = screenRect(vm.layout().elements().get(index).bounds());
        return new Point2D(r.getX() + r.getWidth() / 2, r.getY() + r.getHeight() / 2);
    }

    ImageView imageView() {
        return image;
    }

    /** Pixels per point of the page as shown. */
    private double scale() {
        BriefingLayout l = vm.layout();
        double pad = 16;
        return Math.max(
                0.01, Math.min((getWidth() - 2 * pad) / l.pageWidth(), (getHeight() - 2 * pad) / l.pageHeight()));
    }

    private Point2D origin() {
        BriefingLayout l = vm.layout();
        double s = scale();
        return new Point2D((getWidth() - l.pageWidth() * s) / 2, (getHeight() - l.pageHeight() * s) / 2);
    }

    @Override
    protected void layoutChildren() {
        BriefingLayout l = vm.layout();
        double s = scale();
        Point2D o = origin();
        double w = l.pageWidth() * s;
        double h = l.pageHeight() * s;
        image.setFitWidth(w);
        image.setFitHeight(h);
        image.relocate(o.getX(), o.getY());
        paperShadow.setWidth(w);
        paperShadow.setHeight(h);
        paperShadow.relocate(o.getX(), o.getY());
        overlay.resizeRelocate(0, 0, getWidth(), getHeight());
        status.autosize();
        status.relocate(o.getX() + 8, Math.max(2, o.getY() - status.getHeight() - 1));
        drawOutlines();
    }

    private void drawOutlines() {
        overlay.getChildren().clear();
        if (!showOutlines || vm.pageProperty().get() != 0) {
            return;
        }
        List<LayoutElement> es = vm.layout().elements();
        for (int i = 0; i < es.size(); i++) {
            LayoutElement e = es.get(i);
            if (!e.visible() || i == selected) {
                continue;
            }
            Rectangle r = screenRect(e.bounds());
            r.setFill(Color.TRANSPARENT);
            r.setStroke(OUTLINE);
            r.getStrokeDashArray().setAll(4.0, 3.0);
            overlay.getChildren().add(r);
        }
        if (selected >= 0 && selected < es.size() && es.get(selected).visible()) {
            Rect b = drag != null ? drag.now() : es.get(selected).bounds();
            Rectangle r = screenRect(b);
            r.setId("briefing-selected-element");
            r.setFill(Color.rgb(0, 110, 230, 0.08));
            r.setStroke(SELECTED);
            r.setStrokeWidth(2);
            Rectangle handle = new Rectangle(
                    r.getX() + r.getWidth() - HANDLE / 2, r.getY() + r.getHeight() - HANDLE / 2, HANDLE, HANDLE);
            handle.setFill(SELECTED);
            handle.setStroke(Color.WHITE);
            Label name = new Label(
                    es.get(selected).kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
            name.setStyle(
                    "-fx-background-color: rgba(0,110,230,0.9); -fx-text-fill: white; -fx-padding: 0 3 0 3; -fx-font-size: 10px;");
            name.relocate(r.getX(), r.getY());
            overlay.getChildren().addAll(r, handle, name);
        }
        overlay.getChildren().forEach(n -> n.setMouseTransparent(true));
    }

    /** A rectangle of fractions of the printable area, in pane pixels. */
    private Rectangle screenRect(Rect f) {
        Rect p = vm.layout().printable();
        double s = scale();
        Point2D o = origin();
        return new Rectangle(
                o.getX() + (p.x() + f.x() * p.width()) * s,
                o.getY() + (p.y() + f.y() * p.height()) * s,
                f.width() * p.width() * s,
                f.height() * p.height() * s);
    }

    /** The pane point as a fraction of the printable area. */
    private Point2D fraction(double x, double y) {
        Rect p = vm.layout().printable();
        double s = scale();
        Point2D o = origin();
        return new Point2D(((x - o.getX()) / s - p.x()) / p.width(), ((y - o.getY()) / s - p.y()) / p.height());
    }

    private boolean onHandle(double x, double y) {
        if (selected < 0 || selected >= vm.layout().elements().size()) {
            return false;
        }
        Rectangle r = screenRect(vm.layout().elements().get(selected).bounds());
        return Math.abs(x - (r.getX() + r.getWidth())) <= HANDLE && Math.abs(y - (r.getY() + r.getHeight())) <= HANDLE;
    }

    /** The smallest visible element under a pane point, or -1. */
    private int elementAt(double x, double y) {
        Point2D f = fraction(x, y);
        List<LayoutElement> es = vm.layout().elements();
        int best = -1;
        double bestArea = Double.MAX_VALUE;
        for (int i = 0; i < es.size(); i++) {
            Rect b = es.get(i).bounds();
            double area = b.width() * b.height();
            if (es.get(i).visible()
                    && f.getX() >= b.x()
                    && f.getX() <= b.right()
                    && f.getY() >= b.y()
                    && f.getY() <= b.bottom()
                    && area < bestArea) {
                best = i;
                bestArea = area;
            }
        }
        return best;
    }

    private void moved(MouseEvent e) {
        if (!showOutlines) {
            overlay.setCursor(Cursor.DEFAULT);
            return;
        }
        overlay.setCursor(
                onHandle(e.getX(), e.getY())
                        ? Cursor.SE_RESIZE
                        : elementAt(e.getX(), e.getY()) >= 0 ? Cursor.MOVE : Cursor.DEFAULT);
    }

    private void pressed(MouseEvent e) {
        if (!showOutlines || !e.isPrimaryButtonDown()) {
            return;
        }
        boolean resize = onHandle(e.getX(), e.getY());
        int index = resize ? selected : elementAt(e.getX(), e.getY());
        selected = index;
        drag = index < 0
                ? null
                : new Drag(
                        index,
                        resize,
                        fraction(e.getX(), e.getY()),
                        vm.layout().elements().get(index).bounds(),
                        vm.layout().elements().get(index).bounds());
        drawOutlines();
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (drag == null) {
            return;
        }
        Point2D f = fraction(e.getX(), e.getY());
        double dx = f.getX() - drag.start().getX();
        double dy = f.getY() - drag.start().getY();
        Rect a = drag.from();
        double min = BriefingViewModel.MIN_FRACTION;
        Rect next;
        if (drag.resize()) {
            double w = Math.max(min, Math.min(1 - a.x(), a.width() + dx));
            double h = Math.max(min, Math.min(1 - a.y(), a.height() + dy));
            next = new Rect(a.x(), a.y(), w, h);
        } else {
            next = new Rect(
                    Math.max(0, Math.min(1 - a.width(), a.x() + dx)),
                    Math.max(0, Math.min(1 - a.height(), a.y() + dy)),
                    a.width(),
                    a.height());
        }
        drag = drag.with(next);
        drawOutlines();
        e.consume();
    }

    private void released(MouseEvent e) {
        if (drag == null) {
            return;
        }
        Drag d = drag;
        drag = null;
        if (!d.now().equals(d.from())) {
            vm.setBounds(d.index(), d.now());
        }
        drawOutlines();
        e.consume();
    }
}
