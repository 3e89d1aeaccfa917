package io.ugcbot.ops.replay;

/** What re-delivering one record to the service would do. */
public enum Verdict {
    /** The service's inbox has it: delivering it again changes nothing. */
    APPLIED_BEFORE,
    /** Not applied, and every effect is keyed by its ids in the service's database: applying it is safe. */
    WOULD_APPLY,
    /** Past the service's committed offset: it will be applied in its turn, a replay would only race it. */
    NOT_REACHED,
    /** A type this service does not act on. */
    IGNORED,
    /** Not remembered, and applying it would repeat an effect outside the database: the replay is refused. */
    REFUSED
}
