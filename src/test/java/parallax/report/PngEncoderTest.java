package parallax.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;

class PngEncoderTest {

  @Test
  void aChartDecodesToThePixelsXChartDrew() throws IOException {
    BufferedImage drawn =
        BitmapEncoder.getBufferedImage(
            ToneChart.build("trump-putin-call", List.of(ToneChartTest.RT, ToneChartTest.WIRE)));

    BufferedImage decoded = roundTrip(drawn);

    assertSamePixels(drawn, decoded);
  }

  @Test
  void noisyPixelsSpanSeveralDataChunksAndStillDecodeExactly() throws IOException {
    // Random colours barely compress: 300 x 200 x 3 bytes make several 64 KB IDAT chunks.
    BufferedImage noise = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
    SplittableRandom random = new SplittableRandom(7);
    for (int y = 0; y < noise.getHeight(); y++) {
      for (int x = 0; x < noise.getWidth(); x++) {
        noise.setRGB(x, y, random.nextInt(1 << 24));
      }
    }

    byte[] png = encode(noise);

    assertTrue(
        chunkTypes(png).stream().filter("IDAT"::equals).count() > 1, chunkTypes(png)::toString);
    assertSamePixels(noise, ImageIO.read(new ByteArrayInputStream(png)));
  }

  @Test
  void writesSignatureHeaderDataAndEndChunksWithTheirChecksums() throws IOException {
    BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, 0xFF0000);
    image.setRGB(2, 1, 0x0000FF);

    byte[] png = encode(image);

    assertArrayEquals(
        new byte[] {(byte) 137, 'P', 'N', 'G', '\r', '\n', 26, '\n'},
        java.util.Arrays.copyOf(png, 8));
    assertEquals(List.of("IHDR", "IDAT", "IEND"), chunkTypes(png));
    ByteBuffer header = ByteBuffer.wrap(png, 16, 13);
    assertEquals(3, header.getInt(), "width");
    assertEquals(2, header.getInt(), "height");
    assertEquals(8, header.get(), "bit depth");
    assertEquals(2, header.get(), "colour type RGB");
  }

  @Test
  void anImageOfAnotherTypeIsWrittenAsItsOpaqueColours() throws IOException {
    BufferedImage argb = new BufferedImage(4, 4, BufferedImage.TYPE_4BYTE_ABGR);
    Graphics2D graphics = argb.createGraphics();
    graphics.setColor(new Color(12, 200, 99));
    graphics.fillRect(0, 0, 4, 4);
    graphics.dispose();

    BufferedImage decoded = roundTrip(argb);

    assertEquals(0x0CC863, decoded.getRGB(3, 3) & 0xFFFFFF);
  }

  @Test
  void aSubImageIsWrittenAsItsOwnPixelsNotItsParentsRows() throws IOException {
    BufferedImage parent = new BufferedImage(5, 4, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 4; y++) {
      for (int x = 0; x < 5; x++) {
        parent.setRGB(x, y, (x * 40) << 16 | (y * 60) << 8 | 7);
      }
    }
    BufferedImage corner = parent.getSubimage(2, 1, 3, 3);

    assertSamePixels(corner, roundTrip(corner));
  }

  private static BufferedImage roundTrip(BufferedImage image) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(encode(image)));
  }

  private static byte[] encode(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PngEncoder.write(image, out);
    return out.toByteArray();
  }

  private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
    assertEquals(expected.getWidth(), actual.getWidth());
    assertEquals(expected.getHeight(), actual.getHeight());
    for (int y = 0; y < expected.getHeight(); y++) {
      for (int x = 0; x < expected.getWidth(); x++) {
        int want = expected.getRGB(x, y) & 0xFFFFFF;
        int got = actual.getRGB(x, y) & 0xFFFFFF;
        if (want != got) {
          assertEquals(Integer.toHexString(want), Integer.toHexString(got), "pixel " + x + "," + y);
        }
      }
    }
  }

  /** The chunk types in order, each chunk's CRC checked over its type and data. */
  private static List<String> chunkTypes(byte[] png) {
    List<String> types = new ArrayList<>();
    ByteBuffer buffer = ByteBuffer.wrap(png, 8, png.length - 8);
    while (buffer.hasRemaining()) {
      int length = buffer.getInt();
      int typeAt = buffer.position();
      String type = new String(png, typeAt, 4, StandardCharsets.US_ASCII);
      CRC32 crc = new CRC32();
      crc.update(png, typeAt, 4 + length);
      buffer.position(typeAt + 4 + length);
      assertEquals((int) crc.getValue(), buffer.getInt(), "CRC of " + type);
      types.add(type);
    }
    return types;
  }
}
