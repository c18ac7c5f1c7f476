package org.rempart.audit;

import java.util.Optional;

/**
 * Tells the audit log who is acting in the current thread (implemented by the module that owns
 * sign-in). Without one, or outside a request, the actor must be given explicitly.
 */
public interface ActorResolver {

    Optional<Actor> currentActor();
}
