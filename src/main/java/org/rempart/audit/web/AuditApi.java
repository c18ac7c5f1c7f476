package org.rempart.audit.web;

import java.time.Instant;
import java.util.List;
import org.rempart.audit.AuditChain;
import org.rempart.audit.AuditEntry;
import org.rempart.audit.AuditTrail;
import org.rempart.audit.AuditVerification;
import org.rempart.audit.Exposure;
import org.rempart.platform.RequestRejectedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log over the API, for security officers. Parameters are read as text and checked
 * here, after the role check, so that a refusal never depends on the input.
 */
@RestController
@RequestMapping("/api/audit")
@PreAuthorize("hasRole('SECURITY_OFFICER')")
class AuditApi {

    private final AuditTrail trail;
    private final AuditChain chain;

    AuditApi(AuditTrail trail, AuditChain chain) {
        this.trail = trail;
        this.chain = chain;
    }

    record ActorJson(String type, Long id, Long tokenId, String name) {
    }

    record OriginJson(String ip, String userAgent) {
    }

    record EntryJson(long seq, Instant at, ActorJson actor, String action, String purpose, Long purposeRef,
            String reason, String subjects, long subjectCount, OriginJson origin, String outcome, String detail) {

        static EntryJson of(AuditEntry e) {
            return new EntryJson(e.seq(), e.at(), new ActorJson(e.actorType(), e.actorId(), e.tokenId(), e.actorName()),
                    e.action(), e.purpose(), e.purposeRef(), e.reason(), e.subjects(), e.subjectCount(),
                    new OriginJson(e.originIp(), e.userAgent()), e.outcome(), e.detail());
        }
    }

    record PageJson(List<EntryJson> entries, int page, int size, boolean hasNext) {
    }

    @GetMapping
    PageJson search(@RequestParam(required = false) String contactId, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        var filter = AuditParameters.filter(contactId, actor, action, from, to, Instant::parse);
        var found = trail.search(filter, AuditParameters.page(page), AuditParameters.size(size));
        return new PageJson(found.entries().stream().map(EntryJson::of).toList(), found.page(), found.size(),
                found.hasNext());
    }

    @GetMapping("/verify")
    AuditVerification verify() {
        return chain.verify();
    }

    /**
     * @param contacts how many distinct contacts
     * @param ranges the contacts as merged ranges, in the text form of the entries' subjects
     */
    record ExposureJson(long actor, Instant from, Instant to, long entries, long contacts, String ranges) {
    }

    @GetMapping("/exposure")
    ExposureJson exposure(@RequestParam(required = false) String actor, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        Long actorId = AuditParameters.id(actor, "actor");
        if (actorId == null) {
            throw RequestRejectedException.badRequest("actor: the operator id is required");
        }
        var window = AuditParameters.filter(null, null, null, from, to, Instant::parse);
        Exposure exposure = trail.exposure(actorId, window.from(), window.to());
        return new ExposureJson(exposure.actorId(), exposure.from(), exposure.to(), exposure.entries(),
                exposure.contacts().count(), exposure.contacts().toString());
    }
}
