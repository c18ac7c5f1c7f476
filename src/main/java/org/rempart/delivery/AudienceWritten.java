package org.rempart.delivery;

/**
 * Event: a campaign's audience is complete in its deliveries (or stopped by a cancel), with whom
 * it left out and why; published in the transaction that marks it complete.
 */
public record AudienceWritten(long campaignId, AudienceFigures figures) {
}
