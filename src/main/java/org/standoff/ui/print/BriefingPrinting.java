package org.standoff.ui.print;

import java.util.Optional;
import javafx.concurrent.Task;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.control.Alert;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import org.standoff.print.BriefingContent;
import org.standoff.print.BriefingLayout;
import org.standoff.print.BriefingRenderer;
import org.standoff.print.Orientation;
import org.standoff.print.Paper;
import org.standoff.print.PrintException;

/**
 * Prints a briefing through the operating system's print dialog (JavaFX {@link PrinterJob}):
 * each page is rendered into an image at the printer's resolution and printed as an image
 * node scaled to the printable area. Images rather than the scene graph because the briefing
 * is drawn by the print renderer, not by JavaFX nodes. Stateless.
 */
final class BriefingPrinting {

    /**
     * Cap on the page image resolution: a Tabloid page at 600 DPI is a 270 MB image, and 300
     * DPI is already finer than a map's hairlines need.
     */
    static final int MAX_DPI = 300;

    private BriefingPrinting() {}

    /**
     * Creates a job set to the layout's paper and orientation and shows the print dialog
     * (JavaFX thread). Empty if there is no printer (the user is told so) or the user cancelled.
     */
    static Optional<PrinterJob> chooseJob(Window owner, BriefingLayout layout) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            Alert a = new Alert(Alert.AlertType.INFORMATION);
            a.initOwner(owner);
            a.setTitle("Print Briefing Map");
            a.setHeaderText("No printer is available");
            a.setContentText("This computer has no printer set up, so the briefing cannot be printed from here. "
                    + "Use Export PDF… and print the PDF on a computer that has one.");
            a.show();
            return Optional.empty();
        }
        Printer printer = job.getPrinter();
        javafx.print.Paper paper = fxPaper(layout.paper());
        if (printer.getPrinterAttributes().getSupportedPapers().contains(paper)) {
            PageOrientation o = layout.orientation() == Orientation.LANDSCAPE
                    ? PageOrientation.LANDSCAPE
                    : PageOrientation.PORTRAIT;
            job.getJobSettings().setPageLayout(printer.createPageLayout(paper, o, Printer.MarginType.HARDWARE_MINIMUM));
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return Optional.empty();
        }
        return Optional.of(job);
    }

    /** Renders and prints every page on a background thread; the value is the number of pages. */
    static Task<Integer> print(PrinterJob job, BriefingJobs.RendererSource renderers, BriefingJobs.Request r) {
        return new Task<>() {
            @Override
            protected Integer call() throws PrintException {
                boolean done = false;
                try {
                    BriefingRenderer renderer = renderers.get();
                    BriefingContent content = r.content();
                    PageLayout page = job.getJobSettings().getPageLayout();
                    var res = job.getJobSettings().getPrintResolution();
                    int dpi = Math.max(
                            72, Math.min(MAX_DPI, Math.max(res.getFeedResolution(), res.getCrossFeedResolution())));
                    int pages = renderer.pageCount(r.layout(), content);
                    for (int p = 0; p < pages; p++) {
                        updateMessage("Printing page " + (p + 1) + " of " + pages + " on "
                                + job.getPrinter().getName() + "…");
                        updateProgress(p, pages);
                        var image = PageImages.toFx(PageImages.render(renderer, r.layout(), content, p, dpi / 72.0));
                        ImageView node = new ImageView(image);
                        node.setPreserveRatio(true);
                        node.setSmooth(true);
                        node.setFitWidth(page.getPrintableWidth());
                        node.setFitHeight(page.getPrintableHeight());
                        if (!job.printPage(page, node)) {
                            throw new PrintException(
                                    "the printer " + job.getPrinter().getName() + " did not accept page " + (p + 1)
                                            + " (job status " + job.getJobStatus() + ")");
                        }
                    }
                    if (!job.endJob()) {
                        throw new PrintException("the print job could not be sent to "
                                + job.getPrinter().getName());
                    }
                    done = true;
                    return pages;
                } finally {
                    if (!done) {
                        job.cancelJob();
                    }
                }
            }
        };
    }

    static javafx.print.Paper fxPaper(Paper p) {
        return switch (p) {
            case LETTER -> javafx.print.Paper.NA_LETTER;
            case LEGAL -> javafx.print.Paper.LEGAL;
            case TABLOID -> javafx.print.Paper.TABLOID;
            case A4 -> javafx.print.Paper.A4;
            case A3 -> javafx.print.Paper.A3;
        };
    }
}
