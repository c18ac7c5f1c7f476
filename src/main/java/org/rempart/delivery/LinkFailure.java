package org.rempart.delivery;

/** Why no bind to the SMSC can take messages. */
public sealed interface LinkFailure {

    String description();

    /** The SMSC answered the bind with an error (a wrong system id or password...): only a setting can fix it. */
    record BindRefused(SmppStatus status) implements LinkFailure {

        @Override
        public String description() {
            return "the SMSC refused the bind: " + status;
        }
    }

    /** The SMSC cannot be reached, the connection was lost or an answer never came. */
    record Unreachable(String detail) implements LinkFailure {

        @Override
        public String description() {
            return detail;
        }
    }
}
