package org.rempart.campaigns.web;

import jakarta.servlet.http.HttpServletRequest;
import org.rempart.audit.ActorResolver;
import org.rempart.campaigns.StopMention;
import org.rempart.campaigns.internal.Campaign;
import org.rempart.campaigns.internal.CampaignService;
import org.rempart.campaigns.internal.CampaignTemplates;
import org.rempart.contacts.Audiences;
import org.rempart.contacts.Channel;
import org.rempart.platform.OperatorTimeZone;
import org.rempart.platform.RequestRejectedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The campaign editor: a new email or SMS campaign, or one not yet sending. A refused campaign
 * comes back with the reason beside the form and every field as typed; the SMS text has a live
 * counter.
 */
@Controller
@RequestMapping("/campaigns")
@PreAuthorize("hasRole('MARKETER')")
class CampaignEditorPages {

    private final CampaignService campaigns;
    private final CampaignTemplates templates;
    private final Audiences audiences;
    private final StopMention stopMention;
    private final ActorResolver actors;
    private final JsonMapper json;

    CampaignEditorPages(CampaignService campaigns, CampaignTemplates templates, Audiences audiences,
            StopMention stopMention, ActorResolver actors, JsonMapper json) {
        this.campaigns = campaigns;
        this.templates = templates;
        this.audiences = audiences;
        this.stopMention = stopMention;
        this.actors = actors;
        this.json = json;
    }

    @GetMapping("/new")
    String blank(@RequestParam(defaultValue = "EMAIL") String channel, Model model) {
        return editor(model, CampaignForm.blank("SMS".equalsIgnoreCase(channel) ? Channel.SMS : Channel.EMAIL), null,
                null);
    }

    @PostMapping
    String create(@ModelAttribute CampaignForm form, HttpServletRequest request, Model model) {
        try {
            long id = campaigns.create(form.draft(OperatorTimeZone.of(request), json), CampaignAuthor.of(actors));
            return "redirect:/campaigns/" + id + "?saved";
        } catch (RequestRejectedException e) {
            return editor(model, form, null, e.getReason());
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, HttpServletRequest request, Model model) {
        Campaign campaign = campaigns.get(id);
        if (!campaign.status().editable()) {
            return "redirect:/campaigns/" + id + "?closed";
        }
        return editor(model, CampaignForm.of(campaign, OperatorTimeZone.of(request), json), id, null);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute CampaignForm form, HttpServletRequest request, Model model) {
        try {
            campaigns.update(id, form.draft(OperatorTimeZone.of(request), json));
            return "redirect:/campaigns/" + id + "?saved";
        } catch (RequestRejectedException e) {
            return editor(model, form, id, e.getReason());
        }
    }

    /** The counter alone, for htmx, as the operator types. */
    @PostMapping("/sms-check")
    String smsCheck(@RequestParam(defaultValue = "") String text, Model model) {
        model.addAttribute("counter", SmsCounter.of(text, templates));
        model.addAttribute("stopMention", stopMention.text());
        return "campaigns/editor :: counter";
    }

    private String editor(Model model, CampaignForm form, Long id, String error) {
        model.addAttribute("form", form);
        model.addAttribute("campaignId", id);
        model.addAttribute("error", error);
        model.addAttribute("segments", audiences.savedSegments());
        model.addAttribute("stopMention", stopMention.text());
        if (form.isSms()) {
            model.addAttribute("counter", SmsCounter.of(form.text(), templates));
        }
        return "campaigns/editor";
    }
}
