package org.standoff.print;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.standoff.io.AtomicFiles;
import org.standoff.io.store.StoreException;
import org.standoff.render.PdfResources;
import org.standoff.render.PdfSurface;
import org.standoff.render.basemap.Basemap;
import org.standoff.render.basemap.BasemapLoader;

/**
 * Writes briefings to files: vector PDF, PNG (one image per page) and PDF atlases (one page
 * group per site). Files are written to a temporary sibling and moved into place, so a failed
 * export never leaves a half-written file under the requested name.
 *
 * <p>The overloads without a renderer use the bundled basemap, loaded once per JVM into a
 * private folder in the user's Standoff home (never a shared temp folder); the UI, which already holds a basemap, passes its own
 * {@link BriefingRenderer}. Thread-safe: every call works on its own document or image.
 */
public final class BriefingExport {

    /** PNG resolution when none is chosen. */
    public static final int DEFAULT_DPI = 300;
    /** Highest PNG resolution: a Tabloid page at 600 DPI is already a 270 MB image in memory. */
    public static final int MAX_DPI = 600;

    private static BriefingRenderer bundled;

    private BriefingExport() {}

    /** Writes the briefing as a vector PDF. */
    public static void pdf(BriefingLayout layout, BriefingContent content, Path file) throws PrintException {
        pdf(bundledRenderer(), layout, content, file);
    }

    public static void pdf(BriefingRenderer renderer, BriefingLayout layout, BriefingContent content, Path file)
            throws PrintException {
        atlasPdf(renderer, layout, List.of(content), file);
    }

    /**
     * Writes an atlas: each content's pages in turn (e.g. one per flagged site, see
     * {@link Atlas#pages}) in one PDF. Fonts and transparency states are shared by all pages.
     */
    public static void atlasPdf(BriefingLayout layout, List<BriefingContent> pages, Path file) throws PrintException {
        atlasPdf(bundledRenderer(), layout, pages, file);
    }

    public static void atlasPdf(
            BriefingRenderer renderer, BriefingLayout layout, List<BriefingContent> contents, Path file)
            throws PrintException {
        if (contents.isEmpty()) {
            throw new PrintException("nothing to export to " + file + ": the atlas has no sites");
        }
        try (PDDocument doc = new PDDocument()) {
            PdfResources res = new PdfResources(doc);
            PDRectangle size = new PDRectangle((float) layout.pageWidth(), (float) layout.pageHeight());
            for (BriefingContent content : contents) {
                int pages = renderer.pageCount(layout, content);
                for (int p = 0; p < pages; p++) {
                    PDPage page = new PDPage(size);
                    doc.addPage(page);
                    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                        PdfSurface surface = PdfSurface.page(cs, res, layout.pageWidth(), layout.pageHeight());
                        renderer.renderPage(layout, content, p, new PdfCanvas(surface));
                    }
                }
            }
            info(doc, contents.get(0));
            AtomicFiles.replace(file, tmp -> doc.save(tmp.toFile()));
        } catch (IOException | UncheckedIOException e) {
            throw PrintException.writing("briefing PDF", file, e);
        }
    }

    /**
     * Writes the briefing as PNG at {@code dpi}: {@code file} itself for a one-page briefing,
     * else {@code name-p1.png}, {@code name-p2.png}, … next to it. Returns the files written.
     */
    public static List<Path> png(BriefingLayout layout, BriefingContent content, int dpi, Path file)
            throws PrintException {
        return png(bundledRenderer(), layout, content, dpi, file);
    }

    /** {@link #png(BriefingLayout, BriefingContent, int, Path)} at {@link #DEFAULT_DPI}. */
    public static List<Path> png(BriefingLayout layout, BriefingContent content, Path file) throws PrintException {
        return png(layout, content, DEFAULT_DPI, file);
    }

    public static List<Path> png(
            BriefingRenderer renderer, BriefingLayout layout, BriefingContent content, int dpi, Path file)
            throws PrintException {
        if (dpi < 36 || dpi > MAX_DPI) {
            throw new PrintException(
                    "cannot write " + file + ": resolution must be 36–" + MAX_DPI + " DPI, not " + dpi);
        }
        double k = dpi / 72.0;
        int w = (int) Math.round(layout.pageWidth() * k);
        int h = (int) Math.round(layout.pageHeight() * k);
        int pages = renderer.pageCount(layout, content);
        List<Path> written = new ArrayList<>();
        List<Path> targets = pngFiles(file, pages);
        for (int p = 0; p < pages; p++) {
            Path target = targets.get(p);
            BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            try {
                g.scale(k, k);
                renderer.renderPage(layout, content, p, new ImageCanvas(g, layout.pageWidth(), layout.pageHeight()));
            } finally {
                g.dispose();
            }
            try {
                AtomicFiles.replace(target, tmp -> {
                    if (!ImageIO.write(image, "png", tmp.toFile())) {
                        throw new IOException("no PNG writer available");
                    }
                });
            } catch (IOException e) {
                throw PrintException.writing("briefing image", target, e);
            }
            written.add(target);
        }
        return written;
    }

    /** The renderer over the bundled basemap, loaded on first use. */
    public static synchronized BriefingRenderer bundledRenderer() throws PrintException {
        if (bundled == null) {
            Path dir =
                    org.standoff.io.StandoffHome.defaultHome().resolve("cache").resolve("print-basemap");
            try {
                Basemap basemap = BasemapLoader.loadBundled(dir);
                bundled = new BriefingRenderer(basemap);
            } catch (StoreException e) {
                throw new PrintException("cannot load the basemap for printing: " + e.getMessage(), e);
            }
        }
        return bundled;
    }

    /**
     * The files {@link #png} writes for a briefing of {@code pages} pages: exactly {@code file}
     * for one page; {@code name-p1.png} … {@code name-pN.png} beside it for several (and then
     * no file under {@code file}'s own name). Said before writing, so nobody looks for a
     * {@code brief.png} that a nine-page briefing never writes.
     */
    public static List<Path> pngFiles(Path file, int pages) {
        List<Path> out = new ArrayList<>(pages);
        for (int p = 0; p < pages; p++) {
            out.add(pages == 1 ? file : pageFile(file, p + 1));
        }
        return out;
    }

    /** "brief.png", or "4 pages: brief-p1.png … brief-p4.png": what a PNG export of that many pages writes. */
    public static String pngFilesText(Path file, int pages) {
        List<Path> files = pngFiles(file, pages);
        return pages == 1
                ? files.get(0).getFileName().toString()
                : pages + " pages: " + files.get(0).getFileName() + " … "
                        + files.get(pages - 1).getFileName();
    }

    static Path pageFile(Path file, int page) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : ".png";
        return file.resolveSibling(base + "-p" + page + ext);
    }

    private static void info(PDDocument doc, BriefingContent c) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(c.title());
        info.setAuthor(c.author());
        info.setCreator("Standoff");
        info.setCreationDate(Calendar.getInstance());
    }
}
