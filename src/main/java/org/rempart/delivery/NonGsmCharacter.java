package org.rempart.delivery;

import java.util.Optional;

/**
 * A character that forces an SMS into UCS-2, where it stands in the text (a UTF-16 offset, as
 * an editor counts) and the GSM text that could replace it.
 */
public record NonGsmCharacter(int offset, String character, Optional<String> gsmReplacement) {
}
