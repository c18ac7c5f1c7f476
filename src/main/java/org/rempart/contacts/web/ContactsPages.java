package org.rempart.contacts.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rempart.contacts.internal.ContactField;
import org.rempart.contacts.internal.ContactService;
import org.rempart.contacts.internal.InvalidContactException;
import org.rempart.contacts.internal.RawContact;
import org.rempart.contacts.internal.SegmentService;
import org.rempart.identity.Permissions;
import org.rempart.identity.Role;
import org.rempart.platform.RequestRejectedException;
import org.rempart.vault.IndexedField;
import org.rempart.vault.VaultAccessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The contacts pages: the masked list with filters (in the URL: no personal value) and a search
 * by address (in a POST body), a contact's page with its consent history, reveal with a reason,
 * erasure, and the edit form (identifiers typed fresh, never prefilled).
 */
@Controller
@RequestMapping("/contacts")
class ContactsPages {

    private static final int PAGE_SIZE = 50;

    private final ContactService contacts;
    private final SegmentService segments;
    private final Operator operator;
    private final Permissions permissions;

    ContactsPages(ContactService contacts, SegmentService segments, Operator operator, Permissions permissions) {
        this.contacts = contacts;
        this.segments = segments;
        this.operator = operator;
        this.permissions = permissions;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String consentEmail, @RequestParam(required = false) String consentSms,
            @RequestParam(required = false) Long segmentId, Model model, Authentication authentication) {
        var factory = JsonNodeFactory.instance;
        List<ObjectNode> conditions = new ArrayList<>();
        for (var filter : Map.of("kind", kind == null ? "" : kind, "consent.EMAIL",
                consentEmail == null ? "" : consentEmail, "consent.SMS", consentSms == null ? "" : consentSms)
                .entrySet()) {
            if (!filter.getValue().isBlank()) {
                conditions.add(factory.objectNode().put("field", filter.getKey()).put("op", "eq")
                        .put("value", filter.getValue()));
            }
        }
        ObjectNode filter = factory.objectNode();
        if (!conditions.isEmpty()) {
            filter.putArray("all").addAll(conditions);
        }
        var where = segments.segment(filter);
        if (segmentId != null) {
            var segment = segments.where(segmentId);
            List<Object> parameters = new ArrayList<>(where.parameters());
            parameters.addAll(segment.parameters());
            where = new org.rempart.contacts.SqlFilter("(" + where.sql() + ") AND (" + segment.sql() + ")",
                    parameters);
        }
        var result = contacts.page(where, Math.max(0, page), PAGE_SIZE);
        model.addAttribute("contacts", result.items());
        model.addAttribute("total", result.total());
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("pages", (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("segments", segments.all());
        model.addAttribute("kind", kind);
        model.addAttribute("consentEmail", consentEmail);
        model.addAttribute("consentSms", consentSms);
        model.addAttribute("consentFilters", List.of(
                new ConsentFilter("consentEmail", "contacts.consentEmail", consentEmail),
                new ConsentFilter("consentSms", "contacts.consentSms", consentSms)));
        model.addAttribute("segmentId", segmentId);
        model.addAttribute("canEdit", permissions.holds(authentication, Role.MARKETER));
        model.addAttribute("lists", segments.lists());
        return "contacts/list";
    }

    /** One consent filter of the list page: its parameter, label and chosen value. */
    record ConsentFilter(String name, String label, String selected) {
    }

    /** Exact match by email or mobile: the value travels in the body and is not echoed back. */
    @PostMapping("/search")
    String search(@RequestParam String field, @RequestParam String value, Model model) {
        model.addAttribute("segments", segments.all());
        model.addAttribute("consentFilters", List.of(new ConsentFilter("consentEmail", "contacts.consentEmail", null),
                new ConsentFilter("consentSms", "contacts.consentSms", null)));
        try {
            var result = contacts.search("mobile".equals(field) ? IndexedField.MOBILE : IndexedField.EMAIL, value);
            model.addAttribute("contacts", result.items());
            model.addAttribute("total", result.total());
        } catch (RequestRejectedException e) {
            model.addAttribute("error", e.getReason());
            model.addAttribute("contacts", List.of());
            model.addAttribute("total", 0);
        }
        model.addAttribute("page", 0);
        model.addAttribute("pages", 1);
        return "contacts/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model, Authentication authentication) {
        model.addAttribute("canReveal", permissions.holds(authentication, Role.MARKETER, Role.SECURITY_OFFICER));
        model.addAttribute("canEdit", permissions.holds(authentication, Role.MARKETER));
        model.addAttribute("contact", contacts.get(id));
        model.addAttribute("consents", contacts.consentHistory(id));
        model.addAttribute("attributes", contacts.attributes(id));
        model.addAttribute("tags", contacts.tags(id));
        model.addAttribute("identifierFields", IDENTIFIERS);
        return "contacts/contact";
    }

    @PostMapping("/{id}/reveal")
    @PreAuthorize("hasAnyRole('MARKETER', 'SECURITY_OFFICER')")
    String reveal(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model,
            Authentication authentication) {
        try {
            model.addAttribute("revealed", contacts.reveal(id, operator.id(), reason));
        } catch (RequestRejectedException e) {
            model.addAttribute("error", e.getReason());
        } catch (VaultAccessException e) {
            model.addAttribute("error", "contacts.revealFailed");
        }
        return show(id, model, authentication);
    }

    /** A field of the edit form: its parameter (the API's name), what validation calls it, its label and input type. */
    record EditableField(ContactField field, String label, String type) {

        public String param() {
            return field.jsonName();
        }
    }

    static final List<EditableField> IDENTIFIERS = List.of(
            new EditableField(ContactField.LAST_NAME, "contacts.lastName", "text"),
            new EditableField(ContactField.FIRST_NAME, "contacts.firstName", "text"),
            new EditableField(ContactField.EMAIL, "contacts.email", "email"),
            new EditableField(ContactField.MOBILE, "contacts.mobile", "tel"),
            new EditableField(ContactField.LANDLINE, "contacts.landline", "tel"),
            new EditableField(ContactField.BIRTH_DATE, "contacts.birthDate", "date"));

    private static final List<ContactField> CLEAR_FIELDS = List.of(ContactField.KIND, ContactField.CARRIER,
            ContactField.POSTCODE, ContactField.CONSENT_EMAIL, ContactField.CONSENT_SMS);

    /**
     * Edits a contact from the form, validated as imports and the API are; an empty field keeps the
     * stored value. Identifiers are typed fresh and never shown back, even when refused.
     */
    @PostMapping("/{id}/edit")
    @PreAuthorize("hasRole('MARKETER')")
    String edit(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            Authentication authentication) {
        Map<ContactField, String> fields = new EnumMap<>(ContactField.class);
        IDENTIFIERS.forEach(f -> fields.put(f.field(), params.get(f.param())));
        CLEAR_FIELDS.forEach(f -> fields.put(f, params.get(f.jsonName())));
        try {
            contacts.update(id, new RawContact(fields, Map.of()), operator.proof("FORM", null));
            return "redirect:/contacts/" + id + "?edited";
        } catch (InvalidContactException e) {
            model.addAttribute("editField", e.field());
            model.addAttribute("editError", e.problem());
        } catch (RequestRejectedException e) {
            model.addAttribute("editError", e.getReason());
        }
        return show(id, model, authentication);
    }

    @PostMapping("/{id}/erase")
    @PreAuthorize("hasRole('MARKETER')")
    String erase(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirm, Model model,
            Authentication authentication) {
        if (!confirm) {
            model.addAttribute("error", "contacts.eraseConfirm");
            return show(id, model, authentication);
        }
        contacts.erase(id);
        return "redirect:/contacts?erased";
    }
}
