package org.rempart.contacts.internal;

import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.rempart.contacts.ContactAttributes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/** Free attributes for merge fields, a batch at a time. */
@Service
class JdbcContactAttributes implements ContactAttributes {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    JdbcContactAttributes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public Map<Long, Map<String, String>> of(Collection<Long> contactIds) {
        Map<Long, Map<String, String>> attributes = new HashMap<>();
        contactIds.forEach(id -> attributes.put(id, Map.of()));
        if (!contactIds.isEmpty()) {
            named.query("SELECT id, attributes FROM contact WHERE id IN (:ids)", Map.of("ids", contactIds),
                    (ResultSet rs) -> {
                        attributes.put(rs.getLong(1), AttributeJson.decode(rs.getString(2)));
                    });
        }
        return attributes;
    }

    @Override
    public Set<String> names() {
        return new LinkedHashSet<>(jdbc.queryForList("SELECT name FROM contact_attribute_name ORDER BY name",
                String.class));
    }
}
