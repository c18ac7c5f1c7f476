package org.rempart.tracking.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.regex.Pattern;
import org.rempart.tracking.TrackingLinks;
import org.rempart.tracking.UnsubscribeLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tracking URLs and addresses put into messages, under {@code REMPART_PUBLIC_URL}. */
@Service
class SignedTrackingLinks implements TrackingLinks {

    static final int MAX_URL_LENGTH = 2048;
    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    private final TokenCodec tokens;
    private final ShortCodes shortCodes;
    private final TrackingRepository repository;
    private final String base;
    /** The last sender domain found valid: a campaign's messages all have the same one, checked once. */
    private volatile String validDomain;

    SignedTrackingLinks(TokenCodec tokens, ShortCodes shortCodes, TrackingRepository repository,
            @Value("${rempart.public-url:http://localhost:8080}") String publicUrl) {
        this.tokens = tokens;
        this.shortCodes = shortCodes;
        this.repository = repository;
        this.base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Override
    @Transactional
    public void registerLinks(long campaignId, List<String> urls) {
        if (urls.size() > Token.MAX_LINK_INDEX + 1) {
            throw new IllegalArgumentException("a campaign has at most " + (Token.MAX_LINK_INDEX + 1) + " links");
        }
        urls.forEach(SignedTrackingLinks::checkUrl);
        List<String> registered = repository.links(campaignId);
        if (registered.isEmpty()) {
            repository.insertLinks(campaignId, urls);
        } else if (!registered.equals(urls)) {
            throw new IllegalStateException("campaign " + campaignId + " has other links registered already");
        }
    }

    private static void checkUrl(String url) {
        if (url == null || url.length() > MAX_URL_LENGTH) {
            throw new IllegalArgumentException("a tracked link needs an http or https URL of at most "
                    + MAX_URL_LENGTH + " characters");
        }
        try {
            URI uri = new URI(url);
            if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    || uri.getHost() == null) {
                throw new IllegalArgumentException("a tracked link must be an absolute http or https URL");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("a tracked link is not a valid URL");
        }
    }

    @Override
    public String openPixel(long deliveryId) {
        return base + "/o/" + token(TokenKind.OPEN, deliveryId, 0);
    }

    @Override
    public String click(long deliveryId, int linkIndex) {
        return base + "/c/" + token(TokenKind.CLICK, deliveryId, linkIndex);
    }

    @Override
    public String shortClick(long deliveryId, int linkIndex) {
        String code = shortCodes.code(new Token(TokenKind.CLICK, deliveryId, linkIndex));
        repository.saveShortLink(code, deliveryId, linkIndex);
        return base + "/s/" + code;
    }

    @Override
    public UnsubscribeLinks unsubscribeLinks(long deliveryId, String senderDomain) {
        String token = token(TokenKind.UNSUBSCRIBE, deliveryId, 0);
        return new UnsubscribeLinks(base + "/u/" + token, "mailto:unsubscribe+" + token + "@" + domain(senderDomain)
                + "?subject=unsubscribe");
    }

    @Override
    public String bounceAddress(long deliveryId, String senderDomain) {
        return "bounces+" + token(TokenKind.BOUNCE, deliveryId, 0) + "@" + domain(senderDomain);
    }

    private String token(TokenKind kind, long deliveryId, int linkIndex) {
        return tokens.encode(new Token(kind, deliveryId, linkIndex));
    }

    private String domain(String senderDomain) {
        if (senderDomain != null && senderDomain.equals(validDomain)) {
            return senderDomain;
        }
        if (senderDomain == null || !DOMAIN.matcher(senderDomain).matches()) {
            throw new IllegalArgumentException("not a sender domain");
        }
        validDomain = senderDomain;
        return senderDomain;
    }
}
