import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the Standoff application icon: a crosshair inside standoff-radius rings on a dark
 * rounded square. Run from the repository root with {@code java packaging/icons/MakeIcon.java}
 * (optionally pass the output path and size); it writes {@code packaging/icons/standoff.png}.
 * Only the JDK is needed, and the result is deterministic, so the committed PNG can be redrawn.
 */
public final class MakeIcon {

    public static void main(String[] args) throws Exception {
        File out = new File(args.length > 0 ? args[0] : "packaging/icons/standoff.png");
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 256;
        ImageIO.write(draw(size), "png", out);
        System.out.println("wrote " + out + " (" + size + "x" + size + ")");
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        double s = size / 256.0;            // everything is laid out on a 256 grid
        double c = 128 * s;

        // Background: dark slate rounded square with a small margin.
        g.setColor(new Color(0x1F2A38));
        g.fill(new RoundRectangle2D.Double(8 * s, 8 * s, 240 * s, 240 * s, 52 * s, 52 * s));

        // Standoff zone: translucent fill inside the outer ring.
        g.setColor(new Color(0xF2, 0x9E, 0x38, 0x38));
        g.fill(circle(c, 96 * s));

        // Radius rings: outer amber ring, inner teal rings.
        g.setStroke(new BasicStroke((float) (10 * s)));
        g.setColor(new Color(0xF2A038));
        g.draw(circle(c, 96 * s));
        g.setStroke(new BasicStroke((float) (6 * s)));
        g.setColor(new Color(0x4FC3C8));
        g.draw(circle(c, 64 * s));
        g.setStroke(new BasicStroke((float) (4 * s)));
        g.draw(circle(c, 34 * s));

        // Crosshair: four ticks with a gap around the centre.
        g.setStroke(new BasicStroke((float) (8 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0xF4F6F8));
        double gap = 16 * s, reach = 114 * s;
        g.draw(new Line2D.Double(c, c - reach, c, c - gap));
        g.draw(new Line2D.Double(c, c + gap, c, c + reach));
        g.draw(new Line2D.Double(c - reach, c, c - gap, c));
        g.draw(new Line2D.Double(c + gap, c, c + reach, c));

        // Centre point.
        g.setColor(new Color(0xE5484D));
        g.fill(circle(c, 8 * s));
        g.dispose();
        return img;
    }

    private static Ellipse2D circle(double c, double r) {
        return new Ellipse2D.Double(c - r, c - r, 2 * r, 2 * r);
    }
}
