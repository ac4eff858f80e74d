package dev.tandem.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed-in browsers: a random session id in an {@code HttpOnly}, {@code SameSite=Strict} cookie,
 * mapped to an account name in memory (a restart signs everyone out). A session unused for
 * {@link #IDLE} ends.
 */
final class Sessions {

    static final String COOKIE = "tandem_session";
    static final Duration IDLE = Duration.ofHours(12);

    private record Session(String account, Instant lastUsed) {
    }

    private final Map<String, Session> byId = new ConcurrentHashMap<>();
    private final SecureRandom random;
    private final Clock clock;

    Sessions(SecureRandom random, Clock clock) {
        this.random = random;
        this.clock = clock;
    }

    String open(String account) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        byId.put(id, new Session(account, clock.instant()));
        return id;
    }

    /** The account of a live session, which counts as a use. */
    Optional<String> account(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Session session = byId.computeIfPresent(id, (key, found) ->
                found.lastUsed().plus(IDLE).isBefore(now) ? null : new Session(found.account(), now));
        return Optional.ofNullable(session).map(Session::account);
    }

    void close(String id) {
        if (id != null) {
            byId.remove(id);
        }
    }
}
