package org.rempart.delivery.email;

import jakarta.mail.MessagingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * A server's refusal reduced to what Rempart keeps of it: the reply code and the enhanced status
 * code (RFC 3463), such as {@code 550 5.1.1}. The text that follows is dropped: servers often
 * quote the recipient's address in it.
 *
 * @param code the three-digit reply code
 * @param status the reply code with the enhanced status code when the server gave one
 * @param mailFrom whether the server refused the envelope sender (MAIL FROM) rather than the message
 */
record SmtpReply(int code, String status, boolean mailFrom) {

    private static final Pattern ENHANCED = Pattern.compile("^\\d{3}[ -]([245]\\.\\d{1,3}\\.\\d{1,3})\\b");

    boolean permanent() {
        return code >= 500;
    }

    /** The refusal carried by an exception of Jakarta Mail's SMTP transport, or null when it carries none. */
    static SmtpReply of(MessagingException failure) {
        for (Exception e = failure; e != null;
                e = e instanceof MessagingException m ? m.getNextException() : null) {
            if (e instanceof SMTPAddressFailedException address) {
                return of(address.getReturnCode(), address.getMessage(), false);
            }
            if (e instanceof SMTPSendFailedException send && send.getReturnCode() >= 400) {
                String command = send.getCommand();
                return of(send.getReturnCode(), send.getMessage(), command != null && command.startsWith("MAIL"));
            }
        }
        return null;
    }

    private static SmtpReply of(int code, String serverText, boolean mailFrom) {
        Matcher enhanced = ENHANCED.matcher(serverText == null ? "" : serverText.strip());
        String status = enhanced.find() ? code + " " + enhanced.group(1) : String.valueOf(code);
        return new SmtpReply(code, status, mailFrom);
    }
}
