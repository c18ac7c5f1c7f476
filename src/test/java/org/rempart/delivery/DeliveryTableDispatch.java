package org.rempart.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rempart.contacts.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Until the dispatch engine's own implementation is merged: the look-ups that tracking needs,
 * read from the {@code delivery} table, with Message-IDs of the engine's form
 * {@code rempart.<deliveryId>.<campaignId>@<domain>}. Remove once the engine provides {@link Dispatch}.
 */
@Component
class DeliveryTableDispatch implements Dispatch {

    private static final Pattern MESSAGE_ID = Pattern.compile("rempart\\.(\\d{1,18})\\.(\\d{1,18})@.+");

    private final JdbcClient jdbc;

    DeliveryTableDispatch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<DeliveryRef> delivery(long deliveryId) {
        return jdbc.sql("SELECT id, campaign_id, contact_id, channel FROM delivery WHERE id = ?").param(deliveryId)
                .query((rs, n) -> new DeliveryRef(rs.getLong("id"), rs.getLong("campaign_id"),
                        rs.getLong("contact_id"), Channel.valueOf(rs.getString("channel"))))
                .optional();
    }

    @Override
    public Optional<DeliveryRef> deliveryByMessageId(String messageId) {
        var matcher = MESSAGE_ID.matcher(messageId);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long campaignId = Long.parseLong(matcher.group(2));
        return delivery(Long.parseLong(matcher.group(1))).filter(d -> d.campaignId() == campaignId);
    }

    @Override
    public AudienceSnapshot snapshot(long campaignId, Channel channel, JsonNode filter, int frequencyCap) {
        throw new UnsupportedOperationException("the dispatch engine is not merged yet");
    }

    @Override
    public void start(long campaignId, Channel channel, Instant notBefore) {
        throw new UnsupportedOperationException("the dispatch engine is not merged yet");
    }

    @Override
    public void pause(long campaignId) {
        throw new UnsupportedOperationException("the dispatch engine is not merged yet");
    }

    @Override
    public void resume(long campaignId) {
        throw new UnsupportedOperationException("the dispatch engine is not merged yet");
    }

    @Override
    public void cancel(long campaignId) {
        throw new UnsupportedOperationException("the dispatch engine is not merged yet");
    }

    @Override
    public DeliveryCounts counts(long campaignId) {
        throw new UnsupportedOperationException("the dispatch engine is not merged yet");
    }

    @Override
    public List<HourlyCount> sentPerHour(long campaignId) {
        throw new UnsupportedOperationException("the dispatch engine is not merged yet");
    }
}
