package org.rempart.contacts.web;

import org.rempart.audit.Actor;
import org.rempart.audit.ActorResolver;
import org.rempart.contacts.internal.ConsentProof;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The operator behind the current request, as the audit log sees it (session or API token). */
@Component
class Operator {

    private final ActorResolver actors;

    Operator(ActorResolver actors) {
        this.actors = actors;
    }

    long id() {
        return actor().actingOperator().orElseThrow(() -> new AccessDeniedException("not an operator"));
    }

    /** The proof of a consent typed by this operator ({@code API} or {@code FORM}). */
    ConsentProof proof(String source, String wording) {
        String reference = switch (actor()) {
            case Actor.Operator operator -> "operator " + operator.operatorId();
            case Actor.ApiToken token -> "operator " + token.operatorId() + ", API token " + token.tokenId();
            case Actor.SystemJob job -> job.name();
            case Actor.Anonymous anonymous -> throw new AccessDeniedException("not an operator");
        };
        return new ConsentProof(source, wording, null, null, reference);
    }

    private Actor actor() {
        return actors.currentActor().orElseThrow(() -> new AccessDeniedException("no operator"));
    }
}
