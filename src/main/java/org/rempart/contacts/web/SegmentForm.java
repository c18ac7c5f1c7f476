package org.rempart.contacts.web;

import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the builder's rows (field, op, value) into the JSON filter language; the compiler then
 * checks it like any filter. Values of {@code in} and {@code between} are comma-separated.
 */
@Component
class SegmentForm {

    static final List<String> FIELDS = List.of("kind", "carrier", "ageBand", "postcode", "tag", "list",
            "consent.EMAIL", "consent.SMS", "createdAt", "lastActivityAt", "engaged", "attributes.");
    static final List<String> OPS = List.of("eq", "neq", "in", "prefix", "lt", "lte", "gt", "gte", "between",
            "exists");
    static final int ROWS = 4;

    JsonNode filter(String combine, List<String> fields, List<String> ops, List<String> values) {
        var factory = JsonNodeFactory.instance;
        ArrayNode conditions = factory.arrayNode();
        int rows = fields == null ? 0 : fields.size();
        for (int i = 0; i < rows; i++) {
            String field = fields.get(i);
            String op = ops != null && i < ops.size() ? ops.get(i) : "eq";
            String value = values != null && i < values.size() ? values.get(i).strip() : "";
            if (field == null || field.isBlank() || value.isEmpty() && !op.equals("exists")) {
                continue;
            }
            ObjectNode condition = factory.objectNode().put("field", field).put("op", op);
            switch (op) {
                case "in", "between" -> {
                    ArrayNode items = condition.putArray("value");
                    for (String item : value.split(",")) {
                        items.add(item.strip());
                    }
                }
                case "exists" -> condition.put("value", !value.equalsIgnoreCase("false"));
                default -> {
                    if (field.equals("engaged") || field.equals("list")) {
                        try {
                            condition.put("value", Long.parseLong(value));
                        } catch (NumberFormatException e) {
                            condition.put("value", value);
                        }
                    } else {
                        condition.put("value", value);
                    }
                }
            }
            conditions.add(condition);
        }
        ObjectNode filter = factory.objectNode();
        if (!conditions.isEmpty()) {
            filter.set("any".equals(combine) ? "any" : "all", conditions);
        }
        return filter;
    }
}
