package org.rempart.contacts.web;

import java.util.List;
import org.rempart.contacts.internal.SegmentRepository;
import org.rempart.contacts.internal.SegmentService;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Segments (saved filters) with live counts, and static lists. */
@RestController
@RequestMapping("/api")
class SegmentsApi {

    private final SegmentService segments;
    private final Operator operator;

    SegmentsApi(SegmentService segments, Operator operator) {
        this.segments = segments;
        this.operator = operator;
    }

    record NewSegment(String name, JsonNode filter) {
    }

    record Created(long id) {
    }

    record Count(long count) {
    }

    record CountRequest(JsonNode filter) {
    }

    @PostMapping("/segments")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('MARKETER')")
    Created create(@RequestBody NewSegment body) {
        return new Created(segments.create(body.name(), body.filter(), operator.id()));
    }

    @PostMapping("/segments/count")
    @PreAuthorize("isAuthenticated()")
    Count count(@RequestBody CountRequest body) {
        return new Count(segments.count(body.filter()));
    }

    @GetMapping("/segments")
    @PreAuthorize("isAuthenticated()")
    List<SegmentRepository.Segment> all() {
        return segments.all();
    }

    @GetMapping("/segments/{id}/count")
    @PreAuthorize("isAuthenticated()")
    Count segmentCount(@PathVariable long id) {
        return new Count(segments.count(id));
    }

    record NewList(String name) {
    }

    record Members(List<Long> contactIds) {
    }

    record Added(int added) {
    }

    @PostMapping("/lists")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('MARKETER')")
    Created createList(@RequestBody NewList body) {
        return new Created(segments.createList(body.name()));
    }

    @GetMapping("/lists")
    @PreAuthorize("isAuthenticated()")
    List<SegmentRepository.ContactList> lists() {
        return segments.lists();
    }

    @PostMapping("/lists/{id}/members")
    @PreAuthorize("hasRole('MARKETER')")
    Added addMembers(@PathVariable long id, @RequestBody Members body) {
        return new Added(segments.addToList(id, body.contactIds()));
    }

    record Removed(int removed) {
    }

    @PostMapping("/lists/{id}/members/remove")
    @PreAuthorize("hasRole('MARKETER')")
    Removed removeMembers(@PathVariable long id, @RequestBody Members body) {
        return new Removed(segments.removeFromList(id, body.contactIds()));
    }
}
