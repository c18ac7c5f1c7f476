package org.rempart.tracking.internal;

import java.util.Optional;
import org.rempart.delivery.DeliveryRef;
import org.rempart.delivery.Dispatch;
import org.springframework.stereotype.Service;

/**
 * What a token or short code that came back stands for. Anything altered, of another kind, or
 * naming a delivery, link or code that does not exist is unknown, for one and the same answer.
 */
@Service
public class IncomingLinks {

    /** A click's delivery and the registered URL it leads to. */
    public record ClickTarget(DeliveryRef delivery, int linkIndex, String url) {
    }

    private final TokenCodec tokens;
    private final TrackingRepository repository;
    private final Dispatch dispatch;

    IncomingLinks(TokenCodec tokens, TrackingRepository repository, Dispatch dispatch) {
        this.tokens = tokens;
        this.repository = repository;
        this.dispatch = dispatch;
    }

    public Optional<DeliveryRef> delivery(String token, TokenKind kind) {
        return tokens.decode(token).filter(t -> t.kind() == kind).flatMap(t -> dispatch.delivery(t.deliveryId()));
    }

    public Optional<ClickTarget> click(String token) {
        return tokens.decode(token).filter(t -> t.kind() == TokenKind.CLICK).flatMap(this::target);
    }

    public Optional<ClickTarget> shortClick(String code) {
        return ShortCodes.wellFormed(code) ? repository.shortLink(code).flatMap(this::target) : Optional.empty();
    }

    /** Only a URL registered for the delivery's own campaign: no open redirect. */
    private Optional<ClickTarget> target(Token token) {
        return dispatch.delivery(token.deliveryId()).flatMap(delivery -> repository
                .link(delivery.campaignId(), token.linkIndex())
                .map(url -> new ClickTarget(delivery, token.linkIndex(), url)));
    }
}
