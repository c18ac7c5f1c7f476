package org.rempart.campaigns.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rempart.contacts.Channel;
import org.rempart.platform.DbTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The SQL of campaigns; status changes are conditional updates, so two nodes never both win one. */
@Repository
public class CampaignRepository {

    private static final String COLUMNS = "id, name, channel, status, from_name, from_address, subject, html,"
            + " text_body, utm_json, sms_sender, segment_id, filter_json, scheduled_at, audience, excluded_json,"
            + " paused_for, created_by, created_at, updated_at, started_at, finished_at";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final RowMapper<Campaign> mapper;

    CampaignRepository(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.mapper = (rs, n) -> new Campaign(rs.getLong("id"), rs.getString("name"),
                Channel.valueOf(rs.getString("channel")), CampaignStatus.valueOf(rs.getString("status")),
                rs.getString("from_name"), rs.getString("from_address"), rs.getString("subject"),
                rs.getString("html"), rs.getString("text_body"), rs.getString("utm_json"),
                rs.getString("sms_sender"), rs.getObject("segment_id", Long.class), rs.getString("filter_json"),
                DbTime.read(rs, "scheduled_at"), rs.getObject("audience", Long.class),
                excluded(rs.getString("excluded_json")), rs.getString("paused_for"),
                rs.getObject("created_by", Long.class), DbTime.read(rs, "created_at"),
                DbTime.read(rs, "updated_at"), DbTime.read(rs, "started_at"), DbTime.read(rs, "finished_at"));
    }

    public long insert(CampaignDraft d, Long operatorId, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("INSERT INTO campaign (name, channel, status, from_name,"
                    + " from_address, subject, html, text_body, utm_json, sms_sender, segment_id, filter_json,"
                    + " scheduled_at, created_by, created_at, updated_at)"
                    + " VALUES (?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            Object[] values = {d.name(), d.channel().name(), d.fromName(), d.fromAddress(), d.subject(), d.html(),
                d.text(), d.utmJson(), d.smsSender(), d.segmentId(), d.filter(), DbTime.of(d.scheduledAt()),
                operatorId, DbTime.of(now), DbTime.of(now)};
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }

    /** Replaces the content of a campaign that has not started sending; false when it has. */
    public boolean update(long id, CampaignDraft d, Instant now) {
        return jdbc.update("UPDATE campaign SET name = ?, from_name = ?, from_address = ?, subject = ?, html = ?,"
                + " text_body = ?, utm_json = ?, sms_sender = ?, segment_id = ?, filter_json = ?, scheduled_at = ?,"
                + " updated_at = ? WHERE id = ? AND status IN ('DRAFT', 'SCHEDULED')", d.name(), d.fromName(),
                d.fromAddress(), d.subject(), d.html(), d.text(), d.utmJson(), d.smsSender(), d.segmentId(),
                d.filter(), DbTime.of(d.scheduledAt()), DbTime.of(now), id) == 1;
    }

    public Optional<Campaign> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM campaign WHERE id = ?", mapper, id).stream().findFirst();
    }

    public List<Campaign> recent(int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM campaign ORDER BY id DESC FETCH FIRST ? ROWS ONLY", mapper,
                limit);
    }

    /** Scheduled campaigns whose time has come. */
    public List<Long> due(Instant now) {
        return jdbc.queryForList("SELECT id FROM campaign WHERE status = 'SCHEDULED' AND scheduled_at <= ?"
                + " ORDER BY scheduled_at", Long.class, DbTime.of(now));
    }

    /** Moves a campaign to {@code to} if it is in one of {@code from}; false otherwise. */
    public boolean transition(long id, Collection<CampaignStatus> from, CampaignStatus to, String pausedFor,
            Instant now) {
        String in = String.join(", ", from.stream().map(s -> "'" + s.name() + "'").toList());
        String stamp = switch (to) {
            case SENDING -> ", started_at = COALESCE(started_at, ?)";
            case SENT, CANCELLED -> ", finished_at = ?";
            default -> ", updated_at = ?";
        };
        return jdbc.update("UPDATE campaign SET status = ?, paused_for = ?" + stamp + " WHERE id = ? AND status IN ("
                + in + ")", to.name(), pausedFor, DbTime.of(now), id) == 1;
    }

    /** The filter the campaign was sent to, a saved segment's as it was then. */
    public void recordFilter(long id, String filter) {
        jdbc.update("UPDATE campaign SET filter_json = ? WHERE id = ?", filter, id);
    }

    public void recordAudience(long id, long audience, Map<String, Long> excluded) {
        jdbc.update("UPDATE campaign SET audience = ?, excluded_json = ? WHERE id = ?", audience,
                json.writeValueAsString(excluded), id);
    }

    private Map<String, Long> excluded(String text) {
        return text == null ? Map.of() : json.readValue(text, new TypeReference<Map<String, Long>>() {
        });
    }
}
