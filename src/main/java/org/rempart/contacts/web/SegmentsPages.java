package org.rempart.contacts.web;

import java.util.List;
import org.rempart.contacts.internal.SegmentService;
import org.rempart.identity.Permissions;
import org.rempart.identity.Role;
import org.rempart.platform.RequestRejectedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The segment builder: conditions picked in rows (or a filter typed as JSON), a live count as
 * they change (htmx), and saved segments.
 */
@Controller
@RequestMapping("/segments")
class SegmentsPages {

    private final SegmentService segments;
    private final SegmentForm form;
    private final Operator operator;
    private final JsonMapper json;
    private final Permissions permissions;

    SegmentsPages(SegmentService segments, SegmentForm form, Operator operator, JsonMapper json,
            Permissions permissions) {
        this.segments = segments;
        this.form = form;
        this.operator = operator;
        this.json = json;
        this.permissions = permissions;
    }

    @GetMapping
    String page(Model model, Authentication authentication) {
        model.addAttribute("canSave", permissions.holds(authentication, Role.MARKETER));
        model.addAttribute("segments", segments.all());
        model.addAttribute("fields", SegmentForm.FIELDS);
        model.addAttribute("ops", SegmentForm.OPS);
        model.addAttribute("rows", SegmentForm.ROWS);
        return "contacts/segments";
    }

    /** The live count of the filter being built: a fragment, or the reason it is not valid. */
    @PostMapping("/count")
    String count(@RequestParam(defaultValue = "all") String combine, @RequestParam(required = false) List<String> field,
            @RequestParam(required = false) List<String> op, @RequestParam(required = false) List<String> value,
            @RequestParam(defaultValue = "") String filter, Model model) {
        try {
            JsonNode built = filter(combine, field, op, value, filter);
            model.addAttribute("count", segments.count(built));
            model.addAttribute("filter", json.writeValueAsString(built));
        } catch (RequestRejectedException e) {
            model.addAttribute("error", e.getReason());
        }
        return "contacts/segments :: count";
    }

    @PostMapping
    @PreAuthorize("hasRole('MARKETER')")
    String save(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "all") String combine,
            @RequestParam(required = false) List<String> field, @RequestParam(required = false) List<String> op,
            @RequestParam(required = false) List<String> value, @RequestParam(defaultValue = "") String filter,
            Model model, Authentication authentication) {
        try {
            segments.create(name, filter(combine, field, op, value, filter), operator.id());
            return "redirect:/segments?saved";
        } catch (RequestRejectedException e) {
            model.addAttribute("error", e.getReason());
            return page(model, authentication);
        }
    }

    private JsonNode filter(String combine, List<String> field, List<String> op, List<String> value, String typed) {
        if (!typed.isBlank()) {
            try {
                return json.readTree(typed);
            } catch (JacksonException e) {
                throw RequestRejectedException.badRequest("The filter is not valid JSON.");
            }
        }
        return form.filter(combine, field, op, value);
    }
}
