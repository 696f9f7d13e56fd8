package dev.oner.ops;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sends exactly the bytes given over a fresh connection and reads the reply until the server closes it: the JDK's
 * HTTP client refuses to send most of what a hostile client would (broken request lines, bad methods, raw bytes).
 */
final class RawHttp {

    /** What came back; {@code status} is -1 when the connection ended before a status line. */
    record Reply(int status, Map<String, String> headers, String body, String failure) {

        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }

        boolean isProblem() {
            return header("content-type").startsWith("application/problem+json");
        }
    }

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    Reply send(byte[] request) {
        return send(request, null);
    }

    /** Sends the request head, then the body (which may be large), then reads the reply. */
    Reply send(byte[] head, InputStream body) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head);
            if (body != null) {
                body.transferTo(out);
            }
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            return new Reply(-1, Map.of(), "", e.toString());
        }
    }

    private static Reply read(InputStream in) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try {
            in.transferTo(bytes);
        } catch (IOException e) {
            if (bytes.size() == 0) {
                return new Reply(-1, Map.of(), "", e.toString());
            }
        }
        String text = bytes.toString(StandardCharsets.ISO_8859_1);
        int headEnd = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || headEnd < 0) {
            return new Reply(-1, Map.of(), text, "no status line");
        }
        String[] lines = text.substring(0, headEnd).split("\r\n");
        int status = Integer.parseInt(lines[0].substring(9, 12));
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(
                        lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
        }
        return new Reply(status, headers, text.substring(headEnd + 4), null);
    }
}
