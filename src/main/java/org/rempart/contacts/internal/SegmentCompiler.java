package org.rempart.contacts.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.rempart.contacts.SqlFilter;
import org.rempart.platform.DbTime;
import org.rempart.platform.RequestRejectedException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Compiles the JSON filter language of segments into a parameterised condition over
 * {@code contact c}. Field names and operators map to fixed SQL fragments; every value becomes a
 * parameter, so no text from a filter ever reaches the SQL. {@code {}} selects everything;
 * {@code all}, {@code any}, {@code not} combine; a condition is {@code {"field","op","value"}}.
 * {@code neq} and {@code not} are set complements: a contact without a carrier is "not Orange".
 */
@Component
public class SegmentCompiler {

    static final int MAX_DEPTH = 10;
    static final int MAX_CONDITIONS = 100;
    static final int MAX_VALUES = 1000;

    private enum Type {
        TEXT, KIND, CONSENT, TIME, LIST, TAG, ATTRIBUTE, AGE_BAND, ENGAGED
    }

    private static final Map<String, String> COLUMNS = Map.of("kind", "c.kind", "carrier", "c.carrier",
            "postcode", "c.postcode", "consent.EMAIL", "c.consent_email",
            "consent.SMS", "c.consent_sms", "createdAt", "c.created_at", "lastActivityAt", "c.last_activity_at");
    private static final Set<String> OPS = Set.of("eq", "neq", "in", "prefix", "lt", "lte", "gt", "gte", "between",
            "exists");
    private static final Map<Type, Set<String>> OPS_OF = Map.of(
            Type.TEXT, OPS,
            Type.ATTRIBUTE, OPS,
            Type.KIND, Set.of("eq", "neq", "in"),
            Type.AGE_BAND, Set.of("eq", "neq", "in", "exists"),
            Type.CONSENT, Set.of("eq", "neq", "in"),
            Type.TIME, Set.of("lt", "lte", "gt", "gte", "between", "exists"),
            Type.LIST, Set.of("eq", "neq", "in"),
            Type.TAG, Set.of("eq", "neq", "in", "prefix", "exists"),
            Type.ENGAGED, Set.of("eq"));

    private final Clock clock;

    SegmentCompiler(Clock clock) {
        this.clock = clock;
    }

    public SqlFilter compile(JsonNode filter) {
        var state = new State();
        String sql = node(filter == null || filter.isNull() ? emptyObject() : filter, 0, state);
        return new SqlFilter(sql, state.parameters);
    }

    private static JsonNode emptyObject() {
        return tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    }

    private static final class State {
        final List<Object> parameters = new ArrayList<>();
        int conditions;
    }

    private String node(JsonNode node, int depth, State state) {
        if (!node.isObject()) {
            throw bad("a filter is a JSON object");
        }
        if (depth > MAX_DEPTH) {
            throw bad("a filter nests at most " + MAX_DEPTH + " levels");
        }
        Set<String> keys = new java.util.TreeSet<>(node.propertyNames());
        if (keys.isEmpty()) {
            return "1 = 1";
        }
        if (keys.equals(Set.of("all")) || keys.equals(Set.of("any"))) {
            boolean all = keys.contains("all");
            JsonNode items = node.get(all ? "all" : "any");
            if (!items.isArray() || items.isEmpty()) {
                throw bad("'" + (all ? "all" : "any") + "' takes a non-empty array of filters");
            }
            StringJoiner joined = new StringJoiner(all ? " AND " : " OR ", "(", ")");
            for (JsonNode item : items) {
                joined.add(node(item, depth + 1, state));
            }
            return joined.toString();
        }
        if (keys.equals(Set.of("not"))) {
            return "NOT COALESCE(" + node(node.get("not"), depth + 1, state) + ", FALSE)";
        }
        if (node.has("field") || node.has("op")) {
            for (String key : keys) {
                if (!Set.of("field", "op", "value").contains(key)) {
                    throw bad("unknown key '" + key + "' in a condition");
                }
            }
            if (++state.conditions > MAX_CONDITIONS) {
                throw bad("a filter has at most " + MAX_CONDITIONS + " conditions");
            }
            return condition(text(node, "field"), text(node, "op"), node.get("value"), state);
        }
        throw bad("unknown key '" + keys.iterator().next() + "': use all, any, not or field/op/value");
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || !value.isString()) {
            throw bad("a condition needs '" + key + "' as a string");
        }
        return value.asString();
    }

    private String condition(String field, String op, JsonNode value, State state) {
        Type type = type(field);
        if (!OPS.contains(op)) {
            throw bad("unknown op '" + op + "'");
        }
        if (!OPS_OF.get(type).contains(op)) {
            throw bad("op '" + op + "' does not apply to field '" + field + "'");
        }
        if (op.equals("neq")) {
            return "NOT COALESCE(" + condition(field, "eq", value, state) + ", FALSE)";
        }
        return switch (type) {
            case TEXT, KIND, CONSENT, TIME -> compare(COLUMNS.get(field), field, type, op, value, state);
            case TAG -> member("SELECT t.contact_id FROM contact_tag t WHERE ", "t.tag", field, type, op, value, state);
            case LIST -> member("SELECT m.contact_id FROM contact_list_member m WHERE ", "m.list_id", field, type, op,
                    value, state);
            case ATTRIBUTE -> attribute(field, op, value, state);
            case AGE_BAND -> ageBand(op, value, state);
            case ENGAGED -> {
                int days = days(value);
                state.parameters.add(DbTime.of(clock.instant().minus(Duration.ofDays(days))));
                yield "c.id IN (SELECT e.contact_id FROM contact_engagement e WHERE e.at >= ?)";
            }
        };
    }

    private static Type type(String field) {
        if (field.startsWith("attributes.")) {
            String name = field.substring("attributes.".length());
            if (!name.matches("[a-z0-9_]{1,64}")) {
                throw bad("an attribute name is 1 to 64 of a-z, 0-9 and _: '" + field + "'");
            }
            return Type.ATTRIBUTE;
        }
        return switch (field) {
            case "carrier", "postcode" -> Type.TEXT;
            case "ageBand" -> Type.AGE_BAND;
            case "kind" -> Type.KIND;
            case "consent.EMAIL", "consent.SMS" -> Type.CONSENT;
            case "createdAt", "lastActivityAt" -> Type.TIME;
            case "list" -> Type.LIST;
            case "tag" -> Type.TAG;
            case "engaged" -> Type.ENGAGED;
            default -> throw bad("unknown field '" + field + "'");
        };
    }

    /** A contact whose rows in a side table match: {@code c.id IN (SELECT ... WHERE column <op> ?)}. */
    private String member(String select, String column, String field, Type type, String op, JsonNode value,
            State state) {
        if (op.equals("exists")) {
            boolean exists = bool(value, field);
            return "c.id " + (exists ? "" : "NOT ") + "IN (" + select + "1 = 1)";
        }
        return "c.id IN (" + select + compare(column, field, type, op, value, state) + ")";
    }

    /**
     * An attribute, in the JSON of {@code c.attributes} (see {@link AttributeJson}): equality,
     * prefix and presence look for a text in the column during the contact scan (POSITION, faster
     * than LIKE on PostgreSQL, and with no wildcard to escape); comparisons extract the value.
     */
    private String attribute(String field, String op, JsonNode value, State state) {
        String name = field.substring("attributes.".length());
        String key = AttributeJson.key(name);
        return switch (op) {
            case "exists" -> {
                String has = contains(key, state);
                yield bool(value, field) ? has : "NOT COALESCE(" + has + ", FALSE)";
            }
            case "eq" -> contains(key + '"' + scalar(value, field, Type.ATTRIBUTE) + '"', state);
            case "in" -> {
                StringJoiner any = new StringJoiner(" OR ", "(", ")");
                items(value, field).forEach(item -> any.add(attribute(field, "eq", item, state)));
                yield any.toString();
            }
            case "prefix" -> contains(key + '"' + scalar(value, field, Type.ATTRIBUTE), state);
            default -> {
                state.parameters.add(AttributeJson.valuePattern(name));
                yield compare("REGEXP_SUBSTR(c.attributes, ?, 1, 1, '', 1)", field, Type.ATTRIBUTE, op, value, state);
            }
        };
    }

    private static String contains(String text, State state) {
        state.parameters.add(text);
        return "POSITION(? IN c.attributes) > 0";
    }

    /**
     * An age band, from the birth year: the band's range of birth years this year (see
     * {@link AgeBand}), so that the band moves on with the calendar.
     */
    private String ageBand(String op, JsonNode value, State state) {
        if (op.equals("exists")) {
            return "c.birth_year" + (bool(value, "ageBand") ? " IS NOT NULL" : " IS NULL");
        }
        LocalDate today = LocalDate.now(clock);
        StringJoiner any = new StringJoiner(" OR ", "(", ")");
        for (JsonNode item : op.equals("in") ? items(value, "ageBand") : List.of(value)) {
            AgeBand band = AgeBand.named(scalar(item, "ageBand", Type.AGE_BAND).toString()).orElseThrow(() -> bad(
                    "field 'ageBand' is one of " + AgeBand.BANDS.stream().map(AgeBand::label).toList()));
            state.parameters.add(band.firstBirthYear(today));
            state.parameters.add(band.lastBirthYear(today));
            any.add("c.birth_year BETWEEN ? AND ?");
        }
        return any.toString();
    }

    /** The values of an {@code in}: an array of 1 to {@link #MAX_VALUES}. */
    private static List<JsonNode> items(JsonNode value, String field) {
        if (value == null || !value.isArray() || value.isEmpty() || value.size() > MAX_VALUES) {
            throw bad("op 'in' on '" + field + "' takes an array of 1 to " + MAX_VALUES + " values");
        }
        return value.valueStream().toList();
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private String compare(String column, String field, Type type, String op, JsonNode value, State state) {
        switch (op) {
            case "exists":
                return column + (bool(value, field) ? " IS NOT NULL" : " IS NULL");
            case "in": {
                StringJoiner marks = new StringJoiner(", ", column + " IN (", ")");
                boolean none = false;
                int values = 0;
                for (JsonNode item : items(value, field)) {
                    Object v = scalar(item, field, type);
                    if (v == null) {
                        none = true;
                    } else {
                        marks.add("?");
                        state.parameters.add(v);
                        values++;
                    }
                }
                String in = values > 0 ? marks.toString() : "1 = 0";
                return none ? "(" + in + " OR " + column + " IS NULL)" : in;
            }
            case "between": {
                if (value == null || !value.isArray() || value.size() != 2) {
                    throw bad("op 'between' on '" + field + "' takes an array of two values");
                }
                state.parameters.add(required(scalar(value.get(0), field, type), field));
                state.parameters.add(required(scalar(value.get(1), field, type), field));
                return column + " BETWEEN ? AND ?";
            }
            case "prefix": {
                String prefix = required(scalar(value, field, type), field).toString();
                state.parameters.add(likeEscape(prefix) + "%");
                return column + " LIKE ? ESCAPE '\\'";
            }
            default: {
                Object v = scalar(value, field, type);
                if (v == null) {
                    if (!op.equals("eq")) {
                        throw bad("op '" + op + "' on '" + field + "' needs a value");
                    }
                    return column + " IS NULL";
                }
                state.parameters.add(v);
                return column + " " + switch (op) {
                    case "eq" -> "=";
                    case "lt" -> "<";
                    case "lte" -> "<=";
                    case "gt" -> ">";
                    default -> ">=";
                } + " ?";
            }
        }
    }

    /** A filter value as its SQL parameter; null for a consent of NONE (no recorded choice). */
    private static Object scalar(JsonNode value, String field, Type type) {
        if (value == null || value.isNull() || value.isContainer()) {
            throw bad("field '" + field + "' needs a single value");
        }
        String text = value.asString();
        if (text.length() > 500) {
            throw bad("a value of '" + field + "' is at most 500 characters");
        }
        return switch (type) {
            case KIND -> {
                String kind = text.toUpperCase(Locale.ROOT);
                if (!Set.of("CLIENT", "PROSPECT").contains(kind)) {
                    throw bad("field 'kind' is CLIENT or PROSPECT");
                }
                yield kind;
            }
            case CONSENT -> {
                String status = text.toUpperCase(Locale.ROOT);
                if (!Set.of("YES", "NO", "NONE").contains(status)) {
                    throw bad("field '" + field + "' is YES, NO or NONE");
                }
                yield status.equals("NONE") ? null : status;
            }
            case TIME -> time(text, field);
            case LIST -> {
                if (!value.canConvertToLong()) {
                    throw bad("field 'list' takes list ids");
                }
                yield value.asLong();
            }
            case TAG -> text.toLowerCase(Locale.ROOT);
            case ATTRIBUTE -> AttributeJson.escape(text);
            default -> text;
        };
    }

    private static Object required(Object value, String field) {
        if (value == null) {
            throw bad("field '" + field + "' needs a value");
        }
        return value;
    }

    private static OffsetDateTime time(String text, String field) {
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC)
                    : DbTime.of(Instant.parse(text));
        } catch (DateTimeException e) {
            throw bad("field '" + field + "' takes a date (2024-01-31) or an instant (2024-01-31T08:00:00Z)");
        }
    }

    private static boolean bool(JsonNode value, String field) {
        if (value == null || value.isNull()) {
            return true;
        }
        if (!value.isBoolean()) {
            throw bad("op 'exists' on '" + field + "' takes true, false or no value");
        }
        return value.asBoolean();
    }

    private static int days(JsonNode value) {
        if (value == null || !value.canConvertToInt() || value.asInt() < 1 || value.asInt() > 3650) {
            throw bad("field 'engaged' takes a number of days from 1 to 3650");
        }
        return value.asInt();
    }

    private static RequestRejectedException bad(String reason) {
        return RequestRejectedException.badRequest("Invalid filter: " + reason);
    }
}
