package org.rempart.audit;

/** Who did something that the audit log records. */
public sealed interface Actor {

    /** An operator in a browser session. */
    record Operator(long operatorId, String username) implements Actor {
    }

    /** An operator's API token. */
    record ApiToken(long tokenId, long operatorId, String username) implements Actor {
    }

    /** Rempart itself: a scheduled job, a dispatch worker, a start-up task, a command. */
    record SystemJob(String name) implements Actor {
    }

    /**
     * Someone not signed in, such as a sign-in attempt with an unknown user name (the typed name
     * is not recorded: it may be a mistyped password).
     */
    record Anonymous() implements Actor {
    }
}
