package org.rempart.tracking.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.rempart.platform.DbTime;
import org.rempart.tracking.CampaignFeedback.FeedbackCounts;
import org.rempart.tracking.CampaignFeedback.HourlyFeedback;
import org.rempart.tracking.CampaignFeedback.LinkClicks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of tracking: its key, the campaigns' links, short codes, events and statistics. */
@Repository
public class TrackingRepository {

    private final JdbcClient jdbc;

    TrackingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> sealedKey() {
        return jdbc.sql("SELECT sealed_key FROM tracking_key WHERE id = 1").query(String.class).optional();
    }

    void insertSealedKey(String sealed, Instant at) {
        jdbc.sql("INSERT INTO tracking_key (id, sealed_key, created_at) VALUES (1, ?, ?)")
                .params(sealed, DbTime.of(at)).update();
    }

    List<String> links(long campaignId) {
        return jdbc.sql("SELECT url FROM tracked_link WHERE campaign_id = ? ORDER BY link_index")
                .param(campaignId).query(String.class).list();
    }

    void insertLinks(long campaignId, List<String> urls) {
        for (int i = 0; i < urls.size(); i++) {
            jdbc.sql("INSERT INTO tracked_link (campaign_id, link_index, url) VALUES (?, ?, ?)")
                    .params(campaignId, i, urls.get(i)).update();
        }
    }

    Optional<String> link(long campaignId, int linkIndex) {
        return jdbc.sql("SELECT url FROM tracked_link WHERE campaign_id = ? AND link_index = ?")
                .params(campaignId, linkIndex).query(String.class).optional();
    }

    void saveShortLink(String code, long deliveryId, int linkIndex) {
        jdbc.sql("""
                MERGE INTO short_link t USING (VALUES (CAST(? AS VARCHAR(12)), CAST(? AS BIGINT), CAST(? AS INT)))
                    AS s (code, delivery_id, link_index)
                ON t.delivery_id = s.delivery_id AND t.link_index = s.link_index
                WHEN NOT MATCHED THEN INSERT (code, delivery_id, link_index) VALUES (s.code, s.delivery_id, s.link_index)
                """).params(code, deliveryId, linkIndex).update();
    }

    Optional<Token> shortLink(String code) {
        return jdbc.sql("SELECT delivery_id, link_index FROM short_link WHERE code = ?").param(code)
                .query((rs, n) -> new Token(TokenKind.CLICK, rs.getLong("delivery_id"), rs.getInt("link_index")))
                .optional();
    }

    /** Inserts the event; one of a kind recorded once is skipped when the delivery has it already. */
    boolean record(TrackingEvent event) {
        var d = event.delivery();
        String insert = "INSERT INTO tracking_event (delivery_id, campaign_id, contact_id, kind, link_index, at) ";
        if (!event.kind().once()) {
            return jdbc.sql(insert + "VALUES (?, ?, ?, ?, ?, ?)")
                    .params(d.deliveryId(), d.campaignId(), d.contactId(), event.kind().name(), event.linkIndex(),
                            DbTime.of(event.at()))
                    .update() == 1;
        }
        return jdbc.sql(insert + """
                SELECT ?, ?, ?, ?, ?, ? FROM (VALUES (1)) AS one (x) WHERE NOT EXISTS
                    (SELECT 1 FROM tracking_event WHERE delivery_id = ? AND kind = ?)""")
                .params(d.deliveryId(), d.campaignId(), d.contactId(), event.kind().name(), event.linkIndex(),
                        DbTime.of(event.at()), d.deliveryId(), event.kind().name())
                .update() == 1;
    }

    FeedbackCounts counts(long campaignId) {
        long[] total = new long[FeedbackKind.values().length];
        long[] unique = new long[FeedbackKind.values().length];
        jdbc.sql("""
                SELECT kind, COUNT(*) AS total, COUNT(DISTINCT delivery_id) AS uniq FROM tracking_event
                WHERE campaign_id = ? GROUP BY kind""").param(campaignId).query(rs -> {
                    int kind = FeedbackKind.valueOf(rs.getString("kind")).ordinal();
                    total[kind] = rs.getLong("total");
                    unique[kind] = rs.getLong("uniq");
                });
        return new FeedbackCounts(total[FeedbackKind.OPEN.ordinal()], unique[FeedbackKind.OPEN.ordinal()],
                total[FeedbackKind.CLICK.ordinal()], unique[FeedbackKind.CLICK.ordinal()],
                total[FeedbackKind.BOUNCE.ordinal()], total[FeedbackKind.SOFT_BOUNCE.ordinal()],
                total[FeedbackKind.UNSUBSCRIBE.ordinal()], total[FeedbackKind.COMPLAINT.ordinal()]);
    }

    List<HourlyFeedback> perHour(long campaignId) {
        String hour = "FLOOR(EXTRACT(EPOCH FROM at) / 3600)";
        List<FeedbackKind> kinds = List.of(FeedbackKind.OPEN, FeedbackKind.CLICK, FeedbackKind.BOUNCE,
                FeedbackKind.UNSUBSCRIBE, FeedbackKind.COMPLAINT);
        String counts = kinds.stream().map(k -> "SUM(CASE WHEN kind = '" + k.name() + "' THEN 1 ELSE 0 END)")
                .collect(Collectors.joining(", "));
        String kindList = kinds.stream().map(k -> "'" + k.name() + "'").collect(Collectors.joining(", "));
        return jdbc.sql("SELECT " + hour + " AS h, " + counts + " FROM tracking_event WHERE campaign_id = ?"
                        + " AND kind IN (" + kindList + ") GROUP BY " + hour + " ORDER BY h")
                .param(campaignId)
                // The counts follow the hour in the order of the kinds.
                .query((rs, n) -> new HourlyFeedback(Instant.ofEpochSecond(rs.getLong("h") * 3600),
                        rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)))
                .list();
    }

    List<LinkClicks> topLinks(long campaignId, int limit) {
        return jdbc.sql("""
                SELECT l.url, COUNT(e.delivery_id) AS clicks, COUNT(DISTINCT e.delivery_id) AS uniq
                FROM tracked_link l LEFT JOIN tracking_event e
                    ON e.campaign_id = l.campaign_id AND e.kind = 'CLICK' AND e.link_index = l.link_index
                WHERE l.campaign_id = ?
                GROUP BY l.link_index, l.url
                ORDER BY clicks DESC, l.link_index
                FETCH FIRST ? ROWS ONLY""")
                .params(campaignId, limit).query(TrackingRepository::linkClicks).list();
    }

    private static LinkClicks linkClicks(ResultSet rs, int row) throws SQLException {
        return new LinkClicks(rs.getString("url"), rs.getLong("clicks"), rs.getLong("uniq"));
    }
}
