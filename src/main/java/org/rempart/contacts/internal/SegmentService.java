package org.rempart.contacts.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rempart.contacts.Audiences;
import org.rempart.contacts.Channel;
import org.rempart.contacts.SavedSegment;
import org.rempart.contacts.SqlFilter;
import org.rempart.platform.RequestRejectedException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Segments (saved filters), their live counts, static lists, and audiences for other modules. */
@Service
public class SegmentService implements Audiences {

    private final SegmentCompiler compiler;
    private final SegmentRepository segments;
    private final ContactRepository contacts;
    private final JsonMapper json;
    private final Clock clock;

    SegmentService(SegmentCompiler compiler, SegmentRepository segments, ContactRepository contacts, JsonMapper json,
            Clock clock) {
        this.compiler = compiler;
        this.segments = segments;
        this.contacts = contacts;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public SqlFilter segment(JsonNode filter) {
        return compiler.compile(filter);
    }

    @Override
    public SqlFilter audience(JsonNode filter, Channel channel, long afterContact, long upToContact) {
        SqlFilter where = compiler.compile(filter);
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.addAll(List.of(afterContact, upToContact, afterContact, upToContact));
        // Both sides of the join bounded: PostgreSQL carries no range across the join's equality,
        // and would read every address to find those of the range.
        return new SqlFilter("SELECT c.id, " + ConsentRule.exclusion(channel) + " AS excluded FROM contact c"
                + " JOIN contact_address a ON a.contact_id = c.id WHERE (" + where.sql() + ")"
                + " AND c.id > ? AND c.id <= ? AND a.contact_id > ? AND a.contact_id <= ?", parameters);
    }

    @Override
    public JsonNode segmentFilter(long segmentId) {
        return json.readTree(get(segmentId).filter());
    }

    public long count(JsonNode filter) {
        return contacts.count(compiler.compile(filter));
    }

    public long count(long segmentId) {
        return contacts.count(where(segmentId));
    }

    public long create(String name, JsonNode filter, Long operatorId) {
        String label = name(name);
        compiler.compile(filter);
        return segments.insertSegment(label, json.writeValueAsString(filter), operatorId, clock.instant());
    }

    public SegmentRepository.Segment get(long id) {
        return segments.segment(id).orElseThrow(() -> RequestRejectedException.notFound("No such segment: " + id));
    }

    @Override
    public List<SavedSegment> savedSegments() {
        return all().stream().map(s -> new SavedSegment(s.id(), s.name())).toList();
    }

    public List<SegmentRepository.Segment> all() {
        return segments.segments();
    }

    /** The condition of a saved segment. */
    public SqlFilter where(long segmentId) {
        return compiler.compile(segmentFilter(segmentId));
    }

    public long createList(String name) {
        return segments.insertList(name(name), clock.instant());
    }

    public List<SegmentRepository.ContactList> lists() {
        return segments.lists();
    }

    public SegmentRepository.ContactList list(long id) {
        return segments.list(id).orElseThrow(() -> RequestRejectedException.notFound("No such list: " + id));
    }

    /** The contacts of a list, as a condition over {@code contact c}. */
    public SqlFilter members(long listId) {
        list(listId);
        return compiler.compile(tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                .put("field", "list").put("op", "eq").put("value", listId));
    }

    public int addToList(long listId, List<Long> contactIds) {
        list(listId);
        return segments.addMembers(listId, contactIds(contactIds));
    }

    public int removeFromList(long listId, List<Long> contactIds) {
        list(listId);
        return segments.removeMembers(listId, contactIds(contactIds));
    }

    private static List<Long> contactIds(List<Long> contactIds) {
        if (contactIds == null || contactIds.isEmpty() || contactIds.size() > 10_000) {
            throw RequestRejectedException.badRequest("contactIds: 1 to 10000 contact ids");
        }
        return contactIds;
    }

    private static String name(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw RequestRejectedException.badRequest("name: 1 to 100 characters");
        }
        return name.strip();
    }
}
