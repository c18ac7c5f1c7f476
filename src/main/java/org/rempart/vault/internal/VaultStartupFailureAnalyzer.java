package org.rempart.vault.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a refusal to start because of the keys as a plain explanation, not a stack trace. */
class VaultStartupFailureAnalyzer extends AbstractFailureAnalyzer<VaultStartupException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, VaultStartupException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), null);
    }
}
