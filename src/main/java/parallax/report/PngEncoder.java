package parallax.report;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes an opaque image as an 8-bit RGB PNG, lossless, in about a third of the CPU time ImageIO's
 * PNG writer takes for the report's charts (312 charts of 960 x 540: 1.15 s against 3.7 s on one
 * warm thread). ImageIO copies the whole raster, unpacks it a sample at a time and tries every PNG
 * filter on every row, then deflates at a slow level; a chart is mostly flat colour, which zlib's
 * fast levels already compress well without a filter (files about a tenth larger than ImageIO's).
 * The pixels decode exactly as drawn ({@code PngEncoderTest}).
 */
public final class PngEncoder {

  /** zlib's last fast level (3): level 6, zlib's default, took twice as long for 12% less. */
  private static final int DEFLATE_LEVEL = 3;

  private static final byte[] SIGNATURE = {(byte) 137, 'P', 'N', 'G', '\r', '\n', 26, '\n'};

  /**
   * IHDR: 8 bits per sample, colour type 2 (RGB); the zero bytes after them are deflate, filter
   * method 0 (each row names its filter type, here always None) and no interlacing.
   */
  private static final int BIT_DEPTH = 8;

  private static final int RGB = 2;

  /** The PNG filter type "None", written before every row. */
  private static final byte NO_FILTER = 0;

  private static final int IDAT_CHUNK_BYTES = 1 << 16;

  private PngEncoder() {}

  /**
   * Writes {@code image} to {@code out} as PNG; its alpha, if any, is dropped (charts have none).
   */
  public static void write(BufferedImage image, OutputStream out) throws IOException {
    int width = image.getWidth();
    int height = image.getHeight();
    int[] pixels = rgbPixels(image);
    DataOutputStream data = new DataOutputStream(out);
    data.write(SIGNATURE);
    byte[] header = new byte[13];
    putInt(header, 0, width);
    putInt(header, 4, height);
    header[8] = BIT_DEPTH;
    header[9] = RGB;
    chunk(data, "IHDR", header, header.length);

    Deflater deflater = new Deflater(DEFLATE_LEVEL);
    try {
      byte[] row = new byte[1 + 3 * width];
      row[0] = NO_FILTER;
      byte[] compressed = new byte[IDAT_CHUNK_BYTES];
      int filled = 0;
      for (int y = 0; y < height; y++) {
        int offset = y * width;
        for (int x = 0, at = 1; x < width; x++, at += 3) {
          int pixel = pixels[offset + x];
          row[at] = (byte) (pixel >>> 16);
          row[at + 1] = (byte) (pixel >>> 8);
          row[at + 2] = (byte) pixel;
        }
        deflater.setInput(row);
        filled = drain(deflater, compressed, filled, data);
      }
      deflater.finish();
      while (!deflater.finished()) {
        filled = drain(deflater, compressed, filled, data);
      }
      if (filled > 0) {
        chunk(data, "IDAT", compressed, filled);
      }
    } finally {
      deflater.end();
    }
    chunk(data, "IEND", new byte[0], 0);
    data.flush();
  }

  /**
   * Deflates what the deflater can now give into {@code buffer} from {@code filled}, writing an
   * IDAT chunk each time the buffer is full; returns how full it is left.
   */
  private static int drain(Deflater deflater, byte[] buffer, int filled, DataOutputStream data)
      throws IOException {
    while (true) {
      int made = deflater.deflate(buffer, filled, buffer.length - filled);
      filled += made;
      if (filled == buffer.length) {
        chunk(data, "IDAT", buffer, filled);
        filled = 0;
      } else if (made == 0 || deflater.needsInput()) {
        return filled;
      }
    }
  }

  /**
   * The image's pixels as 0xRRGGBB ints, row by row without padding: its own array when it is an
   * INT_RGB image of its own (a sub-image shares its parent's wider array), else a copy drawn.
   */
  private static int[] rgbPixels(BufferedImage image) {
    BufferedImage rgb = image;
    if (image.getType() != BufferedImage.TYPE_INT_RGB || image.getRaster().getParent() != null) {
      rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
      Graphics2D graphics = rgb.createGraphics();
      graphics.drawImage(image, 0, 0, null);
      graphics.dispose();
    }
    return ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
  }

  private static void chunk(DataOutputStream data, String type, byte[] body, int length)
      throws IOException {
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    data.writeInt(length);
    data.write(typeBytes);
    data.write(body, 0, length);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(body, 0, length);
    data.writeInt((int) crc.getValue());
  }

  private static void putInt(byte[] bytes, int at, int value) {
    bytes[at] = (byte) (value >>> 24);
    bytes[at + 1] = (byte) (value >>> 16);
    bytes[at + 2] = (byte) (value >>> 8);
    bytes[at + 3] = (byte) value;
  }
}
