package org.rempart.delivery;

/**
 * Event: the engine stopped sending a campaign because its channel cannot work (the SMSC refused
 * the bind, the SMTP server refuses authentication): the campaign is paused until an operator
 * resumes it. The reason names no personal value.
 */
public record DispatchHalted(long campaignId, String reason) {
}
