package org.rempart.contacts.web;

import java.util.List;
import java.util.Map;
import org.rempart.contacts.SqlFilter;
import org.rempart.contacts.internal.ConsentEvent;
import org.rempart.contacts.internal.ContactService;
import org.rempart.contacts.internal.SegmentService;
import org.rempart.platform.RequestRejectedException;
import org.rempart.vault.IndexedField;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Contacts over the API. Answers are masked; plaintext only through {@code reveal}, with a reason.
 * Identifiers are only ever sent in bodies, never in URLs (which end up in logs and histories).
 */
@RestController
@RequestMapping("/api/contacts")
class ContactsApi {

    private final ContactService contacts;
    private final SegmentService segments;
    private final Operator operator;

    ContactsApi(ContactService contacts, SegmentService segments, Operator operator) {
        this.contacts = contacts;
        this.segments = segments;
        this.operator = operator;
    }

    record Items(List<ContactJson> items, long total) {
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    Items list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) Long segmentId) {
        SqlFilter where = segmentId == null ? new SqlFilter("1 = 1", List.of()) : segments.where(segmentId);
        return items(contacts.page(where, page, size));
    }

    private static Items items(ContactService.Page page) {
        return new Items(page.items().stream().map(ContactJson::masked).toList(), page.total());
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    ContactJson get(@PathVariable long id) {
        return ContactJson.masked(contacts.get(id));
    }

    record Search(String email, String mobile) {
    }

    @PostMapping("/search")
    @PreAuthorize("isAuthenticated()")
    Items search(@RequestBody Search body) {
        if ((body.email() == null) == (body.mobile() == null)) {
            throw RequestRejectedException.badRequest("Give either \"email\" or \"mobile\".");
        }
        return items(body.email() != null ? contacts.search(IndexedField.EMAIL, body.email())
                : contacts.search(IndexedField.MOBILE, body.mobile()));
    }

    record Reason(String reason) {
    }

    @PostMapping("/{id}/reveal")
    @PreAuthorize("hasAnyRole('MARKETER', 'SECURITY_OFFICER')")
    ContactJson reveal(@PathVariable long id, @RequestBody Reason body) {
        var identity = contacts.reveal(id, operator.id(), body.reason());
        return ContactJson.revealed(contacts.row(id), identity);
    }

    @GetMapping("/{id}/consents")
    @PreAuthorize("isAuthenticated()")
    List<ConsentEvent> consents(@PathVariable long id) {
        return contacts.consentHistory(id);
    }

    record Created(long id) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('MARKETER')")
    Created create(@RequestBody JsonNode body) {
        var raw = ContactBody.read(body);
        String source = body.path("source").isString() ? body.path("source").asString() : "api";
        return new Created(contacts.create(raw, source.length() > 100 ? source.substring(0, 100) : source,
                operator.proof("API", wording(body))));
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasRole('MARKETER')")
    ContactJson update(@PathVariable long id, @RequestBody JsonNode body) {
        contacts.update(id, ContactBody.read(body), operator.proof("API", wording(body)));
        return ContactJson.masked(contacts.get(id));
    }

    private static String wording(JsonNode body) {
        String wording = body.path("consentWording").isString() ? body.path("consentWording").asString() : null;
        if (wording != null && wording.length() > 1000) {
            throw RequestRejectedException.badRequest("consentWording: at most 1000 characters");
        }
        return wording;
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('MARKETER')")
    void erase(@PathVariable long id) {
        contacts.erase(id);
    }

    record Details(Map<String, String> attributes, List<String> tags) {
    }

    @GetMapping("/{id}/details")
    @PreAuthorize("isAuthenticated()")
    Details details(@PathVariable long id) {
        contacts.row(id);
        return new Details(contacts.attributes(id), contacts.tags(id));
    }
}
