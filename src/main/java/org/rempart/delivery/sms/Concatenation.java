package org.rempart.delivery.sms;

/** How the parts of a long SMS are tied together on the wire, as the SMSC expects them. */
enum Concatenation {
    /** A user data header in front of each part's text ({@code 05 00 03 ref total seq}), with esm_class UDHI. */
    UDH,
    /** The sar_msg_ref_num, sar_total_segments and sar_segment_seqnum TLVs, the text left bare. */
    SAR
}
