package org.rempart.campaigns.templates;

import java.util.List;
import org.rempart.delivery.NonGsmCharacter;
import org.rempart.delivery.SmsEncoding;

/**
 * An SMS template as the editor shows it.
 *
 * @param sample the text rendered for the synthetic contact
 * @param characters the sample's characters (code points)
 * @param encoding the sample's encoding
 * @param segments the sample's segments
 * @param nonGsmCharacters the template's characters that force UCS-2, at their offset in the
 *        template, with their GSM replacement where there is one
 */
public record SmsCheck(String sample, int characters, SmsEncoding encoding, int segments,
        List<NonGsmCharacter> nonGsmCharacters) {

    public SmsCheck {
        nonGsmCharacters = List.copyOf(nonGsmCharacters);
    }
}
