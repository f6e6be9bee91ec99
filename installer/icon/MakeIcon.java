import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws Reassort's icon (a rounded blue tile with three rising stock bars and a return arrow) as PNG files.
 * Run from the project root: {@code java -Djava.awt.headless=true installer/icon/MakeIcon.java installer/icon}.
 * Windows (.ico) and macOS (.icns) icons are made from reassort.png on those machines (installer/README.md).
 */
public class MakeIcon {
    public static void main(String[] args) throws Exception {
        File dir = new File(args.length > 0 ? args[0] : ".");
        for (int size : new int[] {256}) {
            ImageIO.write(draw(size), "png", new File(dir, "reassort.png"));
        }
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.scale(size / 256.0, size / 256.0);
        g.setPaint(new GradientPaint(0, 0, new Color(0x2F6FBF), 0, 256, new Color(0x1B3F73)));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));
        g.setColor(new Color(0xF2C14E));
        int[] heights = {70, 110, 150};
        for (int i = 0; i < 3; i++) {
            g.fillRoundRect(52 + i * 56, 200 - heights[i], 40, heights[i], 10, 10);
        }
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawArc(48, 28, 160, 96, 20, 140);
        g.fillPolygon(new int[] {196, 224, 190}, new int[] {44, 62, 80}, 3);
        g.dispose();
        return image;
    }
}
