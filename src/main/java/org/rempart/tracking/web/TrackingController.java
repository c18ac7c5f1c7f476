package org.rempart.tracking.web;

import java.net.URI;
import java.time.Clock;
import java.util.Base64;
import org.rempart.audit.Actor;
import org.rempart.delivery.DeliveryRef;
import org.rempart.platform.RequestRejectedException;
import org.rempart.tracking.internal.Feedback;
import org.rempart.tracking.internal.FeedbackRecorder;
import org.rempart.tracking.internal.IncomingLinks;
import org.rempart.tracking.internal.IncomingLinks.ClickTarget;
import org.rempart.tracking.internal.TokenKind;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The links in messages, opened by recipients who are not signed in: the open pixel, tracked
 * clicks (email and SMS), and the unsubscribe page with its RFC 8058 one-click POST, which mail
 * providers send without cookie or CSRF token. Unknown or altered tokens get a 404.
 */
@Controller
class TrackingController {

    /** A transparent 1×1 GIF. */
    private static final byte[] PIXEL = Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    private final IncomingLinks links;
    private final FeedbackRecorder recorder;
    private final Clock clock;

    TrackingController(IncomingLinks links, FeedbackRecorder recorder, Clock clock) {
        this.links = links;
        this.recorder = recorder;
        this.clock = clock;
    }

    @GetMapping("/o/{token}")
    ResponseEntity<byte[]> open(@PathVariable String token) {
        DeliveryRef delivery = links.delivery(token, TokenKind.OPEN).orElseThrow(TrackingController::unknown);
        recorder.record(delivery, new Feedback.Open(), clock.instant(), new Actor.Anonymous());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore().mustRevalidate())
                .header("Pragma", "no-cache").contentType(MediaType.IMAGE_GIF).body(PIXEL);
    }

    @GetMapping("/c/{token}")
    ResponseEntity<Void> click(@PathVariable String token) {
        return redirect(links.click(token).orElseThrow(TrackingController::unknown));
    }

    @GetMapping("/s/{code}")
    ResponseEntity<Void> shortClick(@PathVariable String code) {
        return redirect(links.shortClick(code).orElseThrow(TrackingController::unknown));
    }

    private ResponseEntity<Void> redirect(ClickTarget target) {
        recorder.record(target.delivery(), new Feedback.Click(target.linkIndex()), clock.instant(),
                new Actor.Anonymous());
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(target.url()))
                .cacheControl(CacheControl.noStore()).build();
    }

    @GetMapping("/u/{token}")
    String unsubscribePage(@PathVariable String token, Model model) {
        DeliveryRef delivery = links.delivery(token, TokenKind.UNSUBSCRIBE).orElseThrow(TrackingController::unknown);
        model.addAttribute("channel", delivery.channel().name());
        model.addAttribute("done", false);
        return "tracking/unsubscribe";
    }

    /** The page's button and the one-click POST ({@code List-Unsubscribe=One-Click}) alike; idempotent. */
    @PostMapping("/u/{token}")
    String unsubscribe(@PathVariable String token, Model model) {
        DeliveryRef delivery = links.delivery(token, TokenKind.UNSUBSCRIBE).orElseThrow(TrackingController::unknown);
        recorder.record(delivery, new Feedback.Unsubscribe(), clock.instant(), new Actor.Anonymous());
        model.addAttribute("channel", delivery.channel().name());
        model.addAttribute("done", true);
        return "tracking/unsubscribe";
    }

    private static RequestRejectedException unknown() {
        return RequestRejectedException.notFound("Unknown or altered link.");
    }
}
