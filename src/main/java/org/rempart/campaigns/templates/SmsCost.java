package org.rempart.campaigns.templates;

import org.rempart.delivery.SmsText;

/**
 * What a set of SMS costs: messages and the segments the operator bills, counted on the rendered
 * texts (a name outside the GSM alphabet, a long attribute can each add a segment).
 */
public record SmsCost(long messages, long segments) {

    public static final SmsCost NONE = new SmsCost(0, 0);

    public static SmsCost of(Iterable<SmsText> texts) {
        SmsCost cost = NONE;
        for (SmsText text : texts) {
            cost = cost.plus(new SmsCost(1, text.segmentCount()));
        }
        return cost;
    }

    /** Both counts added: the cost of a campaign from its batches'. */
    public SmsCost plus(SmsCost other) {
        return new SmsCost(messages + other.messages, segments + other.segments);
    }
}
