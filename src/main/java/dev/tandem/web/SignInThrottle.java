package dev.tandem.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** After {@value #ATTEMPTS} wrong passwords for one name, sign-in for that name waits {@link #PAUSE}. */
final class SignInThrottle {

    static final int ATTEMPTS = 5;
    static final Duration PAUSE = Duration.ofMinutes(1);

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> byName = new ConcurrentHashMap<>();
    private final Clock clock;

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean paused(String name) {
        Failures failures = byName.get(name);
        return failures != null && failures.count() >= ATTEMPTS && failures.last().plus(PAUSE).isAfter(clock.instant());
    }

    void failed(String name) {
        Instant now = clock.instant();
        byName.merge(name, new Failures(1, now), (old, one) ->
                old.last().plus(PAUSE).isBefore(now) ? one : new Failures(old.count() + 1, now));
    }

    void succeeded(String name) {
        byName.remove(name);
    }
}
