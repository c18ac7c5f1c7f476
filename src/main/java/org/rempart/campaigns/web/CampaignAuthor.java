package org.rempart.campaigns.web;

import java.util.OptionalLong;
import org.rempart.audit.Actor;
import org.rempart.audit.ActorResolver;

/** Who writes a campaign: the operator behind the session or API token, when there is one. */
final class CampaignAuthor {

    private CampaignAuthor() {
    }

    static Long of(ActorResolver actors) {
        return actors.currentActor().map(Actor::actingOperator).filter(OptionalLong::isPresent)
                .map(OptionalLong::getAsLong).orElse(null);
    }
}
