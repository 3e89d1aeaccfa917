package io.ugcbot.ops.replay;

/** What re-delivering one record to the service would do. */
public enum Verdict {
    /** The service's inbox has it: delivering it again changes nothing. */
    APPLIED_BEFORE(true),
    /** Not applied, and every effect is keyed by its ids in the service's database: applying it is safe. */
    WOULD_APPLY(true),
    /** Past the service's committed offset: it will be applied in its turn, a replay would only race it. */
    NOT_REACHED(false),
    /** A type this service does not act on. */
    IGNORED(false),
    /** Not remembered, and applying it would repeat an effect outside the database: the replay is refused. */
    REFUSED(false);

    private final boolean delivered;

    Verdict(boolean delivered) {
        this.delivered = delivered;
    }

    /** Whether a real run sends the record to the service's replay topic. */
    public boolean delivered() {
        return delivered;
    }
}
