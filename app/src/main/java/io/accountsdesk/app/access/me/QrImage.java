package io.accountsdesk.app.access.me;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * A QR code as an image: ZXing encodes the text as a matrix of modules, drawn here a whole number of pixels each
 * (a blurred edge makes a code harder to scan). Dark on light in both themes, with the quiet zone scanners need.
 */
final class QrImage {

    private static final int QUIET_ZONE = 4;

    private QrImage() {
    }

    /** {@code text} as a QR code about {@code size} pixels wide. */
    static WritableImage of(String text, int size) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("Cannot make a QR code of this text", tooLong);
        }
        int modules = matrix.getWidth() + 2 * QUIET_ZONE;
        int scale = Math.max(1, size / modules);
        WritableImage image = new WritableImage(modules * scale, modules * scale);
        PixelWriter pixels = image.getPixelWriter();
        for (int y = 0; y < modules * scale; y++) {
            for (int x = 0; x < modules * scale; x++) {
                int mx = x / scale - QUIET_ZONE;
                int my = y / scale - QUIET_ZONE;
                boolean dark = mx >= 0 && my >= 0 && mx < matrix.getWidth() && my < matrix.getHeight()
                        && matrix.get(mx, my);
                pixels.setColor(x, y, dark ? Color.BLACK : Color.WHITE);
            }
        }
        return image;
    }
}
