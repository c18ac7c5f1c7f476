package org.rempart.delivery;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jsmpp.SMPPConstant;

/** An SMPP command status ({@code 0x00000058}), named as in the SMPP specification ({@code ESME_RTHROTTLED}). */
public record SmppStatus(int code) {

    private static final int THROTTLED = SMPPConstant.STAT_ESME_RTHROTTLED;
    private static final int QUEUE_FULL = SMPPConstant.STAT_ESME_RMSGQFUL;

    /** Worth a retry: the SMSC asks to slow down, is overloaded, or failed on its side. */
    private static final Set<Integer> TEMPORARY = Set.of(THROTTLED, QUEUE_FULL, SMPPConstant.STAT_ESME_RSYSERR,
            SMPPConstant.STAT_ESME_RX_T_APPN, SMPPConstant.STAT_ESME_RINVBNDSTS);

    private static final Map<Integer, String> NAMES = names();

    public String name() {
        return NAMES.getOrDefault(code, "vendor-specific error");
    }

    public boolean isTemporary() {
        return TEMPORARY.contains(code);
    }

    public boolean isThrottling() {
        return code == THROTTLED || code == QUEUE_FULL;
    }

    @Override
    public String toString() {
        return name() + String.format(" (0x%08X)", code);
    }

    /** The names jSMPP gives its STAT_ESME_ constants. */
    private static Map<Integer, String> names() {
        Map<Integer, String> names = new HashMap<>();
        for (Field field : SMPPConstant.class.getFields()) {
            if (field.getName().startsWith("STAT_ESME_") && Modifier.isStatic(field.getModifiers())
                    && field.getType() == int.class) {
                try {
                    names.putIfAbsent(field.getInt(null), field.getName().substring("STAT_".length()));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Map.copyOf(names);
    }
}
