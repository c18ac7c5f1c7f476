package org.rempart.delivery;

/**
 * Where a campaign's deliveries stand.
 *
 * @param pending waiting for a first attempt or for a retry
 * @param sent accepted by the SMTP server or the SMSC (including those later delivered or undelivered)
 * @param failed out of retries, refused for good, or unsendable
 * @param bounced refused for good by the server at sending time (counted in {@code failed} too)
 * @param delivered SMS confirmed delivered by a receipt
 * @param undelivered SMS reported undelivered, expired or rejected by a receipt
 * @param cancelled not sent because the campaign was cancelled
 * @param segments SMS segments the SMSC took for the sent SMS: what the campaign is billed
 */
public record DeliveryCounts(long total, long pending, long sent, long failed, long bounced, long delivered,
        long undelivered, long cancelled, long segments) {
}
