package org.standoff.ui.print;

import java.nio.file.Path;
import java.util.List;
import javafx.concurrent.Task;
import javafx.scene.image.WritableImage;
import org.standoff.model.MiningSite;
import org.standoff.print.BriefingContent;
import org.standoff.print.BriefingContentBuilder;
import org.standoff.print.BriefingExport;
import org.standoff.print.BriefingFields;
import org.standoff.print.BriefingLayout;
import org.standoff.print.BriefingRenderer;
import org.standoff.print.ExtentChoice;
import org.standoff.print.PrintException;
import org.standoff.print.ProjectSnapshot;

/**
 * The dialog's long work as {@link Task}s to run off the JavaFX thread: the preview image and
 * the PDF, PNG and atlas exports. Each task gets everything it needs as immutable values built
 * on the JavaFX thread, and is the only place that touches a file or the basemap. Stateless.
 */
final class BriefingJobs {

    /** Where the renderer comes from: loading the basemap may read and write files, so only tasks call it. */
    @FunctionalInterface
    interface RendererSource {
        BriefingRenderer get() throws PrintException;

        /** The bundled basemap, loaded once per JVM. */
        RendererSource BUNDLED = BriefingExport::bundledRenderer;
    }

    /** Everything an output is made from, captured on the JavaFX thread. */
    record Request(ProjectSnapshot project, BriefingFields fields, BriefingLayout layout, ExtentChoice extent) {
        BriefingContent content() {
            return new BriefingContentBuilder(project).build(fields, layout, extent);
        }
    }

    /** A rendered preview page and how many pages the briefing has. */
    record Preview(WritableImage image, int page, int pageCount, BriefingLayout layout) {}

    private BriefingJobs() {}

    /** Renders page {@code page} (clamped to the briefing's pages) at screen resolution. */
    static Task<Preview> preview(RendererSource renderers, Request r, int page) {
        return new Task<>() {
            @Override
            protected Preview call() throws PrintException {
                BriefingRenderer renderer = renderers.get();
                BriefingContent content = r.content();
                int pages = renderer.pageCount(r.layout(), content);
                int p = Math.max(0, Math.min(page, pages - 1));
                var image = PageImages.render(renderer, r.layout(), content, p, PageImages.SCREEN_PX_PER_PT);
                return new Preview(PageImages.toFx(image), p, pages, r.layout());
            }
        };
    }

    static Task<Path> pdf(RendererSource renderers, Request r, Path file) {
        return new Task<>() {
            @Override
            protected Path call() throws PrintException {
                updateMessage("Writing " + file.getFileName() + "…");
                BriefingExport.pdf(renderers.get(), r.layout(), r.content(), file);
                return file;
            }
        };
    }

    static Task<List<Path>> png(RendererSource renderers, Request r, int dpi, Path file) {
        return new Task<>() {
            @Override
            protected List<Path> call() throws PrintException {
                updateMessage("Writing " + file.getFileName() + " at " + dpi + " DPI…");
                return BriefingExport.png(renderers.get(), r.layout(), r.content(), dpi, file);
            }
        };
    }

    /** One page group per flagged site of the snapshot's findings, at 1:{@code scale}. */
    static Task<Integer> atlas(RendererSource renderers, Request r, double scale, Path file) {
        return new Task<>() {
            @Override
            protected Integer call() throws PrintException {
                BriefingContentBuilder builder = new BriefingContentBuilder(r.project());
                List<MiningSite> sites = builder.flaggedSites();
                if (sites.isEmpty()) {
                    throw new PrintException(
                            "nothing to write to " + file + ": no site is flagged by the current analysis");
                }
                updateMessage("Writing an atlas of " + sites.size() + " sites to " + file.getFileName() + "…");
                List<BriefingContent> pages = builder.atlasPages(r.fields(), r.layout(), scale);
                BriefingExport.atlasPdf(renderers.get(), r.layout(), pages, file);
                return sites.size();
            }
        };
    }
}
