package org.educa.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HashSet;
import java.util.Set;

/**
 * A cable between a client and a server that a test can pull out and plug back in: listens on 127.0.0.1 and forwards
 * every connection to {@code 127.0.0.1:target}. {@link #cut()} closes the listening socket and every open connection,
 * so the client sees both lost connections and refused new ones, as when a database server goes away;
 * {@link #restore()} listens again on the same port. Plain threads, two per forwarded connection.
 */
public final class TcpProxy implements AutoCloseable {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private final int target;
    private final int port;
    private final Set<Socket> open = new HashSet<>();
    private ServerSocket listener;

    /** Starts forwarding from a free port on 127.0.0.1 to {@code target}. */
    public TcpProxy(int target) throws IOException {
        this.target = target;
        this.listener = listen(0);
        this.port = listener.getLocalPort();
        accept(listener);
    }

    /** The port clients connect to. */
    public int port() {
        return port;
    }

    /** Refuses new connections and drops every open one. */
    public synchronized void cut() {
        closeQuietly(listener);
        listener = null;
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    /** Accepts and forwards connections again, on the same port. */
    public synchronized void restore() throws IOException {
        if (listener == null) {
            listener = listen(port);
            accept(listener);
        }
    }

    @Override
    public void close() {
        cut();
    }

    private static ServerSocket listen(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true); // the port is free again at once, connections in TIME_WAIT notwithstanding
        socket.bind(new InetSocketAddress(LOOPBACK, port));
        return socket;
    }

    private void accept(ServerSocket from) {
        start("tcp-proxy-accept-" + port, () -> {
            while (!from.isClosed()) {
                try {
                    Socket client = from.accept();
                    forward(client);
                } catch (IOException closedOrFailed) {
                    // cut(): the listening socket was closed; a failed forward has closed its sockets
                }
            }
        });
    }

    private void forward(Socket client) throws IOException {
        if (!register(client)) {
            return;
        }
        Socket server;
        try {
            server = new Socket(LOOPBACK, target);
        } catch (IOException e) {
            closeQuietly(client);
            throw e;
        }
        if (!register(server)) {
            closeQuietly(client);
            return;
        }
        start("tcp-proxy-up-" + port, () -> pump(client, server));
        start("tcp-proxy-down-" + port, () -> pump(server, client));
    }

    /** Keeps the socket to close it on {@link #cut()}; closes it now if the cable was cut meanwhile. */
    private synchronized boolean register(Socket socket) {
        if (listener == null) {
            closeQuietly(socket);
            return false;
        }
        open.add(socket);
        return true;
    }

    /** Copies bytes from one socket to the other until either closes, then closes both. */
    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException closed) {
            // one side went away
        } finally {
            synchronized (this) {
                open.remove(from);
                open.remove(to);
            }
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void start(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (Exception ignored) {
            // closing is all we wanted
        }
    }
}
