package org.educa.config.web;

import java.util.function.Supplier;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Adds the id of the request being served ({@link RequestIds}) to every line that the server's log handlers write
 * while it runs: the formatter Payara gives each handler of the root logger (its console handler) is wrapped in one
 * of these when Educa starts ({@link RequestIds}, a listener too), and given back when it stops. The handlers format on the thread that logs, so the id is
 * that of the request the line belongs to, whoever logs it (Educa, EclipseLink, Faces, Payara's web container).
 * <ul>
 * <li>JSON ({@code EDUCA_LOG_FORMAT=json}, Payara's {@code JSONLogFormatter}): a field {@code "RequestId":"…"} at the
 * end of the line's object;</li>
 * <li>text (Payara's ODL format): {@code [requestId: …]} after the line's {@code [levelValue: …]}, before the
 * message; at the start of a line in any other format.</li>
 * </ul>
 * Lines logged outside a request (start-up, timers) are left as they are. The id needs no escaping: only sane ids are
 * taken from requests.
 */
final class RequestIdFormatter extends Formatter {

    private final Formatter delegate;
    private final Supplier<String> currentId;

    RequestIdFormatter(Formatter delegate, Supplier<String> currentId) {
        this.delegate = delegate;
        this.currentId = currentId;
    }

    /** Wraps the formatter of each handler of the root logger (once). */
    static void install() {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            Formatter formatter = handler.getFormatter();
            if (formatter != null && !(formatter instanceof RequestIdFormatter)) {
                handler.setFormatter(new RequestIdFormatter(formatter, () -> RequestIds.current().orElse(null)));
            }
        }
    }

    /** Gives each handler of the root logger its own formatter back. */
    static void uninstall() {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            if (handler.getFormatter() instanceof RequestIdFormatter wrapper) {
                handler.setFormatter(wrapper.delegate);
            }
        }
    }

    @Override
    public String format(LogRecord record) {
        String line = delegate.format(record);
        String id = currentId.get();
        return id == null || line == null ? line : withId(line, id);
    }

    /** The formatted line with the id in it, where its format keeps fields. */
    static String withId(String line, String id) {
        String trimmed = line.stripTrailing();
        if (trimmed.startsWith("{") && trimmed.endsWith("}")) {
            int end = trimmed.length() - 1;
            String separator = trimmed.substring(1, end).isBlank() ? "" : ",";
            return trimmed.substring(0, end) + separator + "\"RequestId\":\"" + id + "\"}"
                    + line.substring(trimmed.length());
        }
        int levelValue = line.indexOf("[levelValue: ");
        int end = levelValue < 0 ? -1 : line.indexOf(']', levelValue);
        return end >= 0 ? line.substring(0, end + 1) + " [requestId: " + id + "]" + line.substring(end + 1)
                : "[requestId: " + id + "] " + line;
    }

    @Override
    public String formatMessage(LogRecord record) {
        return delegate.formatMessage(record);
    }

    @Override
    public String getHead(Handler handler) {
        return delegate.getHead(handler);
    }

    @Override
    public String getTail(Handler handler) {
        return delegate.getTail(handler);
    }
}
