package dev.tandem;

import java.io.IOException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test resource opened before and closed after each test when registered on an instance field,
 * or once around the whole class when registered on a {@code static} field (JUnit calls the
 * class-level callbacks only for static ones).
 */
public abstract class ScopedExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    private boolean sharedByClass;

    protected abstract void open() throws IOException;

    protected abstract void close() throws IOException;

    @Override
    public final void beforeAll(ExtensionContext context) throws IOException {
        sharedByClass = true;
        open();
    }

    @Override
    public final void beforeEach(ExtensionContext context) throws IOException {
        if (!sharedByClass) {
            open();
        }
    }

    @Override
    public final void afterEach(ExtensionContext context) throws IOException {
        if (!sharedByClass) {
            close();
        }
    }

    @Override
    public final void afterAll(ExtensionContext context) throws IOException {
        close();
    }
}
