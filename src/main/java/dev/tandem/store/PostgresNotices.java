package dev.tandem.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Tells the servers of one database about each other's changes with PostgreSQL's
 * {@code LISTEN/NOTIFY}: a change sends its notice inside its own transaction (so it is delivered
 * when, and only if, it commits), and one thread per server listens on a connection of its own,
 * passing on the notices of other servers. A lost connection is opened again; what was committed
 * while it was away is not replayed.
 */
final class PostgresNotices implements AutoCloseable {

    private static final String CHANNEL = "tandem_changes";
    /** NOTIFY payloads stop at 8000 bytes: a change of more units is announced as a restructuring. */
    private static final int MAX_UNITS = 50;

    /** The payload: who sent it, and the change. */
    record Payload(String server, String document, String language, List<String> units) {
    }

    private final PostgresDatabase database;
    private final ObjectMapper mapper;
    private final String server = UUID.randomUUID().toString();
    private final List<Consumer<ChangeNotice>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean running = true;
    private Thread thread;

    PostgresNotices(PostgresDatabase database, ObjectMapper mapper) {
        this.database = database;
        this.mapper = mapper;
    }

    /** Sends the notice of a change as part of the transaction on {@code connection}. */
    void send(Connection connection, String document, String language, List<String> units) throws SQLException {
        List<String> named = units != null && units.size() > MAX_UNITS ? null : units;
        String payload;
        try {
            payload = mapper.writeValueAsString(new Payload(server, document, language, named));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (payload.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 7_900) {
            send(connection, document, language, null);
            return;
        }
        try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, payload);
            notify.execute();
        }
    }

    synchronized AutoCloseable subscribe(Consumer<ChangeNotice> listener) {
        listeners.add(listener);
        if (thread == null) {
            thread = new Thread(this::listen, "tandem-store-notices");
            thread.setDaemon(true);
            thread.start();
        }
        return () -> listeners.remove(listener);
    }

    private void listen() {
        while (running) {
            try (Connection connection = database.dedicatedConnection()) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(250);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            deliver(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                pause(); // the database is away: listen again when it is back
            }
        }
    }

    private void deliver(String text) {
        Payload payload;
        try {
            payload = mapper.readValue(text, Payload.class);
        } catch (JsonProcessingException e) {
            return; // not one of ours
        }
        if (server.equals(payload.server())) {
            return;
        }
        ChangeNotice notice = new ChangeNotice(payload.document(), payload.language(), payload.units());
        for (Consumer<ChangeNotice> listener : listeners) {
            try {
                listener.accept(notice);
            } catch (RuntimeException e) {
                // one listener's failure must not stop the others or the listening thread
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        Thread listening;
        synchronized (this) {
            listening = thread;
        }
        if (listening != null) {
            try {
                listening.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
