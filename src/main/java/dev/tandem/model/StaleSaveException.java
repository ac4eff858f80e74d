package dev.tandem.model;

/** A save based on an old revision of a unit: refused, carrying the unit as it is now. */
public final class StaleSaveException extends TandemException {

    private final transient Unit current;

    public StaleSaveException(Unit current, long baseRevision) {
        super(Kind.CONFLICT, "unit " + current.id() + " was saved by someone else (revision " + current.rev()
                + ", your edit was based on " + baseRevision + ")");
        this.current = current;
    }

    public Unit current() {
        return current;
    }
}
