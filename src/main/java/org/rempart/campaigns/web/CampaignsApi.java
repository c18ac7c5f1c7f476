package org.rempart.campaigns.web;

import java.util.List;
import org.rempart.audit.ActorResolver;
import org.rempart.campaigns.internal.CampaignService;
import org.rempart.campaigns.internal.CampaignTestSend;
import org.rempart.delivery.DirectSend;
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
    private final CampaignFigures figures;
    private final CampaignTestSend testSend;
    private final ActorResolver actors;
    private final JsonMapper json;

    CampaignsApi(CampaignService campaigns, CampaignFigures figures, CampaignTestSend testSend, ActorResolver actors,
            JsonMapper json) {
        this.campaigns = campaigns;
        this.figures = figures;
        this.testSend = testSend;
        this.actors = actors;
        this.json = json;
    }

    record Created(long id) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('MARKETER')")
    Created create(@RequestBody CampaignBody body) {
        return new Created(campaigns.create(body.draft(json), CampaignAuthor.of(actors)));
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
        return campaigns.recent().stream().map(figures::view).toList();
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

    /** Sends sent-per-hour, opens and clicks per hour, and the top links. */
    @GetMapping("/{id}/stats")
    @PreAuthorize("isAuthenticated()")
    CampaignStats stats(@PathVariable long id) {
        campaigns.get(id);
        return figures.stats(id);
    }

    record TestAddress(String address) {
    }

    /** The preview-rendered message to a typed address or number (in the body only, never echoed). */
    @PostMapping("/{id}/test")
    @PreAuthorize("hasRole('MARKETER')")
    DirectSend.Result test(@PathVariable long id, @RequestBody TestAddress body) {
        return testSend.send(campaigns.get(id), body.address());
    }

    private CampaignView view(long id) {
        return figures.view(campaigns.get(id));
    }
}
