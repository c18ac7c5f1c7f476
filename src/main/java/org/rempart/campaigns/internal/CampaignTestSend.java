package org.rempart.campaigns.internal;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.rempart.audit.AuditLog;
import org.rempart.audit.AuditRecord;
import org.rempart.audit.Outcome;
import org.rempart.campaigns.templates.RenderedEmail;
import org.rempart.contacts.Channel;
import org.rempart.delivery.DirectSend;
import org.rempart.delivery.Mailbox;
import org.rempart.delivery.OutgoingEmail;
import org.rempart.delivery.OutgoingSms;
import org.rempart.delivery.SmsSender;
import org.rempart.delivery.SmsText;
import org.rempart.platform.RequestRejectedException;
import org.rempart.vault.Identifiers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * A campaign's message, as the synthetic contact of the preview gets it, sent at once to an
 * address or number the operator typed. That address is personal data: it is neither stored, nor
 * logged, nor written to the audit log (which records the campaign and the outcome only).
 */
@Service
public class CampaignTestSend {

    private final CampaignTemplates templates;
    private final DirectSend direct;
    private final AuditLog audit;
    private final SecureRandom random;
    private final String publicUrl;

    CampaignTestSend(CampaignTemplates templates, DirectSend direct, AuditLog audit, SecureRandom random,
            @Value("${rempart.public-url:http://localhost:8080}") String publicUrl) {
        this.templates = templates;
        this.direct = direct;
        this.audit = audit;
        this.random = random;
        this.publicUrl = publicUrl;
    }

    /**
     * @param address an email address for an email campaign, a phone number (national French
     *        form or international) for an SMS campaign
     * @throws RequestRejectedException (400) when the address is not one; (503) when the
     *         channel has no transport
     */
    public DirectSend.Result send(Campaign campaign, String address) {
        DirectSend.Result result = campaign.channel() == Channel.EMAIL ? email(campaign, address)
                : sms(campaign, address);
        audit.append(AuditRecord.action("campaigns.test-send", result.accepted() ? Outcome.SUCCESS : Outcome.FAILURE,
                "campaign " + campaign.id() + ", " + campaign.channel() + ", " + result.detail()));
        return result;
    }

    private DirectSend.Result email(Campaign campaign, String address) {
        String to = Identifiers.normalizeEmail(address).filter(CampaignTestSend::isAddress).orElseThrow(
                () -> RequestRejectedException.badRequest("The test address is not a valid email address"));
        RenderedEmail email = templates.previewEmail(campaign.draft());
        Mailbox from = new Mailbox(campaign.fromName(), campaign.fromAddress());
        String messageId = "rempart-test." + HexFormat.of().formatHex(randomBytes()) + "@" + from.domain();
        return direct.email(new OutgoingEmail(0, messageId, from, to, email.subject(), email.html(), email.text(),
                publicUrl, null, from.address()));
    }

    private DirectSend.Result sms(Campaign campaign, String number) {
        String e164 = Identifiers.normalizePhone(number == null ? "" : number).orElseThrow(
                () -> RequestRejectedException.badRequest("The test number is not a valid phone number"));
        String sample = templates.checkSms(campaign.text()).sample();
        return direct.sms(new OutgoingSms(new SmsSender(campaign.smsSender()), e164, new SmsText(sample)));
    }

    private static boolean isAddress(String address) {
        try {
            new InternetAddress(address, true).validate();
            return true;
        } catch (AddressException e) {
            return false;
        }
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return bytes;
    }
}
