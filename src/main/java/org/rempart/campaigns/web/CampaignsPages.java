package org.rempart.campaigns.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.function.LongConsumer;
import org.rempart.campaigns.internal.Campaign;
import org.rempart.campaigns.internal.CampaignService;
import org.rempart.campaigns.internal.CampaignStatus;
import org.rempart.campaigns.internal.CampaignTemplates;
import org.rempart.campaigns.internal.CampaignTestSend;
import org.rempart.contacts.Audiences;
import org.rempart.contacts.Channel;
import org.rempart.contacts.SavedSegment;
import org.rempart.identity.Permissions;
import org.rempart.identity.Role;
import org.rempart.platform.OperatorTimeZone;
import org.rempart.platform.RequestRejectedException;
import org.rempart.platform.SandboxedHtml;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The campaigns list and one campaign's page: content, audience, figures (refreshed while it
 * sends) and charts, the email preview in a sandboxed frame, test sends, and the lifecycle
 * actions, each confirmed.
 */
@Controller
@RequestMapping("/campaigns")
class CampaignsPages {

    /**
     * Any metropolitan French number: sending hours depend only on the recipient's territory, and
     * the page tells when metropolitan deliveries resume (overseas ones follow their own hours).
     */

    private final CampaignService campaigns;
    private final CampaignFigures figures;
    private final CampaignTemplates templates;
    private final CampaignTestSend testSend;
    private final Audiences audiences;
    private final Permissions permissions;
    private final Clock clock;

    CampaignsPages(CampaignService campaigns, CampaignFigures figures, CampaignTemplates templates,
            CampaignTestSend testSend, Audiences audiences, Permissions permissions,
            Clock clock) {
        this.campaigns = campaigns;
        this.figures = figures;
        this.templates = templates;
        this.testSend = testSend;
        this.audiences = audiences;
        this.permissions = permissions;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model, Authentication authentication) {
        model.addAttribute("campaigns", campaigns.recent().stream().map(figures::view).toList());
        model.addAttribute("canWrite", permissions.holds(authentication, Role.MARKETER));
        return "campaigns/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model, Authentication authentication, HttpServletRequest request) {
        Campaign campaign = describe(id, model);
        model.addAttribute("timeZone", OperatorTimeZone.of(request).getId());
        model.addAttribute("canWrite", permissions.holds(authentication, Role.MARKETER));
        model.addAttribute("audienceName", campaign.segmentId() == null ? null : audiences.savedSegments().stream()
                .filter(s -> s.id() == campaign.segmentId()).map(SavedSegment::name).findFirst().orElse("#"
                        + campaign.segmentId()));
        model.addAttribute("sendLater", campaign.scheduledAt() != null
                && campaign.scheduledAt().isAfter(clock.instant()));
        if (campaign.channel() == Channel.EMAIL) {
            try {
                model.addAttribute("preview", templates.previewEmail(campaign.draft()));
            } catch (RequestRejectedException e) {
                model.addAttribute("previewError", e.getReason());
            }
        } else {
            model.addAttribute("counter", SmsCounter.of(campaign.text(), templates));
        }
        return "campaigns/campaign";
    }

    /** Status and figures alone, polled by the page while the campaign sends. */
    @GetMapping("/{id}/figures")
    String figures(@PathVariable long id, Model model) {
        describe(id, model);
        return "campaigns/campaign :: figures";
    }

    /** The charts' data; the same as {@code GET /api/campaigns/{id}/stats}, for the signed-in page. */
    @GetMapping("/{id}/stats")
    @ResponseBody
    CampaignStats stats(@PathVariable long id) {
        campaigns.get(id);
        return figures.stats(id);
    }

    /** The email as the synthetic contact gets it, for the page's sandboxed frame. */
    @GetMapping("/{id}/preview")
    ResponseEntity<String> preview(@PathVariable long id) {
        Campaign campaign = campaigns.get(id);
        if (campaign.channel() != Channel.EMAIL) {
            throw RequestRejectedException.notFound("An SMS has no HTML");
        }
        return SandboxedHtml.of(templates.previewEmail(campaign.draft()).html());
    }

    /** The typed address travels in this body only: it is not echoed on the page nor kept. */
    @PostMapping("/{id}/test")
    @PreAuthorize("hasRole('MARKETER')")
    String test(@PathVariable long id, @RequestParam(defaultValue = "") String address, Model model,
            Authentication authentication, HttpServletRequest request) {
        try {
            model.addAttribute("testResult", testSend.send(campaigns.get(id), address));
        } catch (RequestRejectedException e) {
            model.addAttribute("testError", e.getReason());
        }
        return show(id, model, authentication, request);
    }

    @PostMapping("/{id}/send")
    @PreAuthorize("hasRole('MARKETER')")
    String send(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirm, Model model,
            Authentication authentication, HttpServletRequest request) {
        return act(id, confirm, campaigns::send, model, authentication, request);
    }

    @PostMapping("/{id}/pause")
    @PreAuthorize("hasRole('MARKETER')")
    String pause(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirm, Model model,
            Authentication authentication, HttpServletRequest request) {
        return act(id, confirm, campaigns::pause, model, authentication, request);
    }

    @PostMapping("/{id}/resume")
    @PreAuthorize("hasRole('MARKETER')")
    String resume(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirm, Model model,
            Authentication authentication, HttpServletRequest request) {
        return act(id, confirm, campaigns::resume, model, authentication, request);
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasRole('MARKETER')")
    String cancel(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirm, Model model,
            Authentication authentication, HttpServletRequest request) {
        return act(id, confirm, campaigns::cancel, model, authentication, request);
    }

    private String act(long id, boolean confirm, LongConsumer action, Model model, Authentication authentication,
            HttpServletRequest request) {
        if (!confirm) {
            model.addAttribute("error", "campaigns.confirmFirst");
            return show(id, model, authentication, request);
        }
        try {
            action.accept(id);
            return "redirect:/campaigns/" + id;
        } catch (RequestRejectedException e) {
            model.addAttribute("error", e.getReason());
            return show(id, model, authentication, request);
        }
    }

    private Campaign describe(long id, Model model) {
        Campaign campaign = campaigns.get(id);
        model.addAttribute("campaign", campaign);
        CampaignView view = figures.view(campaign);
        model.addAttribute("view", view);
        // The deliveries' own next attempt: for SMS, the next opening of the sending hours.
        model.addAttribute("smsWaitsUntil", campaign.channel() == Channel.SMS
                && campaign.status() == CampaignStatus.SENDING ? view.waitingUntil() : null);
        return campaign;
    }
}
