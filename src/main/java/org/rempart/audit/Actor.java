package org.rempart.audit;

/** Who did something that the audit log records. */
public sealed interface Actor {

    /** The operator acting, in a session or through a token; empty for Rempart itself or someone not signed in. */
    default java.util.OptionalLong actingOperator() {
        return switch (this) {
            case Operator operator -> java.util.OptionalLong.of(operator.operatorId());
            case ApiToken token -> java.util.OptionalLong.of(token.operatorId());
            case SystemJob job -> java.util.OptionalLong.empty();
            case Anonymous anonymous -> java.util.OptionalLong.empty();
        };
    }

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
