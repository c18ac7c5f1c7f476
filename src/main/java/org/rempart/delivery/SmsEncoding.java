package org.rempart.delivery;

/**
 * How an SMS text travels: GSM 7-bit when every character is in the GSM alphabet, UCS-2
 * otherwise. Limits are in the encoding's units (septets, or UTF-16 code units); a text longer
 * than one segment is split into parts that each lose room to the concatenation header.
 */
public enum SmsEncoding {
    GSM_7(160, 153),
    UCS_2(70, 67);

    private final int singleSegment;
    private final int partOfSeveral;

    SmsEncoding(int singleSegment, int partOfSeveral) {
        this.singleSegment = singleSegment;
        this.partOfSeveral = partOfSeveral;
    }

    /** Units a text may hold and still go as one SMS. */
    public int singleSegment() {
        return singleSegment;
    }

    /** Units each part of a concatenated SMS holds. */
    public int partOfSeveral() {
        return partOfSeveral;
    }
}
