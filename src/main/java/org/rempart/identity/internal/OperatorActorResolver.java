package org.rempart.identity.internal;

import java.util.Optional;
import org.rempart.audit.Actor;
import org.rempart.audit.ActorResolver;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** Tells the audit log which operator, or which operator's API token, is acting. */
@Component
class OperatorActorResolver implements ActorResolver {

    private final SecurityContextHolderStrategy holder;

    OperatorActorResolver(SecurityContextHolderStrategy holder) {
        this.holder = holder;
    }

    @Override
    public Optional<Actor> currentActor() {
        var authentication = holder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof OperatorPrincipal principal)) {
            return Optional.empty();
        }
        return Optional.of(principal.apiTokenId() == null
                ? new Actor.Operator(principal.id(), principal.username())
                : new Actor.ApiToken(principal.apiTokenId(), principal.id(), principal.username()));
    }
}
