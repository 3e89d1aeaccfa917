package io.ugcbot.embedded;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay in front of a server, for outage drills: {@link #cut()} closes every open connection and stops
 * listening, so clients see exactly what they see when the server goes down (connections reset, new ones refused);
 * {@link #restore()} listens again on the same port. The server behind it keeps its data, as a restarted one would.
 * Also a plain relay on a port of one's choosing: the local run's fixed Kafka bootstrap port.
 */
public final class OutageProxy implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutageProxy.class);

    private final String name;
    private final int targetPort;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private ServerSocket listener;

    public OutageProxy(String name, int targetPort) {
        this(name, targetPort, 0);
    }

    /** @param port where to listen; 0 for any free port */
    public OutageProxy(String name, int targetPort, int port) {
        this.name = name;
        this.targetPort = targetPort;
        this.listener = listen(port);
        this.port = listener.getLocalPort();
        startAccepting(listener);
    }

    public int port() {
        return port;
    }

    /** The server is "down" until {@link #restore()}: open connections are reset, new ones refused. */
    public synchronized void cut() {
        if (listener == null) {
            return;
        }
        closeQuietly(listener);
        listener = null;
        open.forEach(OutageProxy::closeQuietly);
        open.clear();
        log.warn("Outage drill: {} is cut off", name);
    }

    /** True while the server is "down". */
    public synchronized boolean isCut() {
        return listener == null;
    }

    public synchronized void restore() {
        if (listener != null) {
            return;
        }
        listener = listen(port);
        startAccepting(listener);
        log.warn("Outage drill: {} is back", name);
    }

    @Override
    public synchronized void close() {
        cut();
    }

    private ServerSocket listen(int onPort) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort));
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException("the " + name + " proxy cannot listen on port " + onPort, e);
        }
    }

    private void startAccepting(ServerSocket socket) {
        Thread.ofPlatform().name(name + "-proxy").daemon().start(() -> {
            while (!socket.isClosed()) {
                try {
                    relay(socket, socket.accept());
                } catch (IOException e) {
                    // closed by cut() or close()
                }
            }
        });
    }

    private void relay(ServerSocket acceptedBy, Socket client) {
        Socket server;
        try {
            server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        } catch (IOException e) {
            closeQuietly(client);
            return;
        }
        synchronized (this) {
            // a connection accepted just before a cut must not outlive it
            if (acceptedBy.isClosed()) {
                closeQuietly(client);
                closeQuietly(server);
                return;
            }
            open.add(client);
            open.add(server);
        }
        pump(client, server);
        pump(server, client);
    }

    private void pump(Socket from, Socket to) {
        Thread.ofPlatform().name(name + "-relay").daemon().start(() -> {
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) != -1; ) {
                    out.write(buffer, 0, n);
                }
            } catch (IOException e) {
                // one side closed or was cut: close both
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        });
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
