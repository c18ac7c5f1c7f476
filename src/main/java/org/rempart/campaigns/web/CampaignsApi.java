package org.rempart.campaigns.web;

import java.util.List;
import java.util.OptionalLong;
import org.rempart.audit.Actor;
import org.rempart.audit.ActorResolver;
import org.rempart.campaigns.internal.Campaign;
import org.rempart.campaigns.internal.CampaignService;
import org.rempart.delivery.Dispatch;
import org.rempart.tracking.CampaignFeedback;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** Campaigns: write, send, pause, resume, cancel, and their figures. */
@RestController
@RequestMapping("/api/campaigns")
class CampaignsApi {

    private final CampaignService campaigns;
    private final Dispatch dispatch;
    private final CampaignFeedback feedback;
    private final ActorResolver actors;
    private final JsonMapper json;

    CampaignsApi(CampaignService campaigns, Dispatch dispatch, CampaignFeedback feedback, ActorResolver actors,
            JsonMapper json) {
        this.campaigns = campaigns;
        this.dispatch = dispatch;
        this.feedback = feedback;
        this.actors = actors;
        this.json = json;
    }

    record Created(long id) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('MARKETER')")
    Created create(@RequestBody CampaignBody body) {
        Long operator = actors.currentActor().map(Actor::actingOperator).filter(OptionalLong::isPresent)
                .map(OptionalLong::getAsLong).orElse(null);
        return new Created(campaigns.create(body.draft(json), operator));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('MARKETER')")
    CampaignView update(@PathVariable long id, @RequestBody CampaignBody body) {
        campaigns.update(id, body.draft(json));
        return view(id);
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    List<CampaignView> all() {
        return campaigns.recent().stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    CampaignView one(@PathVariable long id) {
        return view(id);
    }

    @PostMapping("/{id}/send")
    @PreAuthorize("hasRole('MARKETER')")
    CampaignView send(@PathVariable long id) {
        campaigns.send(id);
        return view(id);
    }

    @PostMapping("/{id}/pause")
    @PreAuthorize("hasRole('MARKETER')")
    CampaignView pause(@PathVariable long id) {
        campaigns.pause(id);
        return view(id);
    }

    @PostMapping("/{id}/resume")
    @PreAuthorize("hasRole('MARKETER')")
    CampaignView resume(@PathVariable long id) {
        campaigns.resume(id);
        return view(id);
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasRole('MARKETER')")
    CampaignView cancel(@PathVariable long id) {
        campaigns.cancel(id);
        return view(id);
    }

    private CampaignView view(long id) {
        return view(campaigns.get(id));
    }

    private CampaignView view(Campaign campaign) {
        return CampaignView.of(campaign, dispatch.counts(campaign.id()),
                dispatch.waitingUntil(campaign.id()).orElse(null), feedback.counts(campaign.id()));
    }
}
