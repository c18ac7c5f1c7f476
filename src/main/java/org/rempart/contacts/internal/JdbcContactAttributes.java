package org.rempart.contacts.internal;

import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
        contactIds.forEach(id -> attributes.put(id, new TreeMap<>()));
        if (!contactIds.isEmpty()) {
            named.query("SELECT contact_id, name, attr_value FROM contact_attribute WHERE contact_id IN (:ids)",
                    Map.of("ids", contactIds), (ResultSet rs) -> {
                        attributes.get(rs.getLong(1)).put(rs.getString(2), rs.getString(3));
                    });
        }
        return attributes;
    }

    @Override
    public Set<String> names() {
        return new LinkedHashSet<>(jdbc.queryForList(
                "SELECT DISTINCT name FROM contact_attribute ORDER BY name", String.class));
    }
}
