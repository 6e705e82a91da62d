package org.educa.config.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;

/**
 * Keeps what a page writes, so that it can be stored before it is sent. Text is kept as characters and encoded once
 * when the page is done: Faces writes a page in a couple of thousand pieces ({@code <}, a name, {@code ="}, ...), and
 * an encoding writer would wrap, lock and encode each of them (bench/README.md, "What a page allocates").
 */
class CapturingResponse extends HttpServletResponseWrapper {

    private ByteArrayOutputStream bytes;
    private ServletOutputStream stream;
    private TextWriter writer;
    private boolean usingStream;
    private boolean usingWriter;
    private Charset charset;
    private boolean setsCookie;

    CapturingResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (usingWriter) {
            throw new IllegalStateException("getWriter() was called on this response");
        }
        usingStream = true;
        if (stream == null) {
            bytes = new ByteArrayOutputStream(16 * 1024);
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    bytes.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (usingStream) {
            throw new IllegalStateException("getOutputStream() was called on this response");
        }
        if (!usingWriter) {
            charset = Charset.forName(getCharacterEncoding());
            usingWriter = true;
        }
        if (writer == null) {
            writer = new TextWriter();
        }
        return writer;
    }

    /** Drops what was written so far, as the real response drops its buffer (Faces does before an error page). */
    @Override
    public void resetBuffer() {
        super.resetBuffer();
        dropWritten();
    }

    /** Drops what was written, the status and the headers; the next page may take the writer or the stream anew. */
    @Override
    public void reset() {
        super.reset();
        dropWritten();
        usingStream = false;
        usingWriter = false;
    }

    private void dropWritten() {
        if (writer != null) {
            writer.text.setLength(0);
        }
        if (bytes != null) {
            bytes.reset();
        }
    }

    @Override
    public void flushBuffer() {
        // nothing is sent before the page is done
    }

    @Override
    public void setContentLength(int len) {
        // the length is set when the captured bytes are sent
    }

    @Override
    public void setContentLengthLong(long len) {
        // the length is set when the captured bytes are sent
    }

    @Override
    public void addCookie(jakarta.servlet.http.Cookie cookie) {
        setsCookie = true;
        super.addCookie(cookie);
    }

    @Override
    public void setHeader(String name, String value) {
        setsCookie |= "Set-Cookie".equalsIgnoreCase(name);
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        setsCookie |= "Set-Cookie".equalsIgnoreCase(name);
        super.addHeader(name, value);
    }

    byte[] body() {
        if (usingWriter) {
            return writer.text.toString().getBytes(charset);
        }
        return usingStream ? bytes.toByteArray() : new byte[0];
    }

    boolean isCacheable() {
        return getStatus() == SC_OK && !setsCookie && getContentType() != null && !isCommitted();
    }

    /** A writer into a buffer of characters, without PrintWriter's lock per piece (one thread writes a page). */
    private static final class TextWriter extends PrintWriter {

        private final StringBuilder text = new StringBuilder(16 * 1024);

        TextWriter() {
            super(Writer.nullWriter());
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void write(char[] buffer, int offset, int length) {
            text.append(buffer, offset, length);
        }

        @Override
        public void write(char[] buffer) {
            text.append(buffer);
        }

        @Override
        public void write(String string, int offset, int length) {
            text.append(string, offset, offset + length);
        }

        @Override
        public void write(String string) {
            text.append(string);
        }

        @Override
        public void println() {
            text.append(System.lineSeparator());
        }

        @Override
        public void flush() {
            // kept until the page is done
        }

        @Override
        public void close() {
            // kept until the page is done
        }

        @Override
        public boolean checkError() {
            return false;
        }
    }
}
