package org.rempart.campaigns.web;

import java.util.List;
import org.rempart.campaigns.StopMention;
import org.rempart.campaigns.internal.CampaignTemplates;
import org.rempart.campaigns.templates.SmsCheck;
import org.rempart.delivery.NonGsmCharacter;
import org.rempart.delivery.SmsEncoding;
import org.rempart.delivery.SmsText;
import org.rempart.platform.RequestRejectedException;

/**
 * The SMS editor's live counter: characters, encoding and segments of the text as the synthetic
 * contact would get it, the characters that force UCS-2 with their GSM replacement, and what
 * would stop the text being saved. While the template does not compile, the counts are those of
 * the raw text.
 */
record SmsCounter(int characters, SmsEncoding encoding, int segments, List<NonGsmCharacter> culprits,
        boolean hasStopMention, String problem) {

    SmsCounter {
        culprits = List.copyOf(culprits);
    }

    static SmsCounter of(String text, CampaignTemplates templates) {
        String typed = text == null ? "" : text;
        boolean stop = StopMention.isPresentIn(typed);
        try {
            SmsCheck check = templates.checkSms(typed);
            return new SmsCounter(check.characters(), check.encoding(), check.segments(), check.nonGsmCharacters(),
                    stop, null);
        } catch (RequestRejectedException e) {
            SmsText raw = new SmsText(typed);
            return new SmsCounter(raw.characters(), raw.encoding(), raw.segmentCount(), raw.nonGsmCharacters(), stop,
                    e.getReason());
        }
    }

    public boolean ucs2() {
        return encoding == SmsEncoding.UCS_2;
    }
}
