package org.rempart.delivery.outbox;

import org.rempart.platform.RequestRejectedException;
import org.rempart.platform.SandboxedHtml;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The capture outbox: what Rempart would have sent, newest first, recipients masked; one
 * message's headers, text, and HTML shown in a sandboxed frame ({@link SandboxedHtml}).
 */
@Controller
@RequestMapping("/outbox")
@PreAuthorize("hasRole('MARKETER')")
class OutboxPages {

    private final CaptureOutbox outbox;

    OutboxPages(CaptureOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("outbox", outbox);
        model.addAttribute("rows", outbox.newestFirst().stream().map(OutboxRow::of).toList());
        return "delivery/outbox";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        CapturedMessage message = find(id);
        model.addAttribute("row", OutboxRow.of(message));
        switch (message) {
            case CapturedMessage.Email email -> model.addAttribute("email", CapturedEmailView.of(email));
            case CapturedMessage.Sms sms -> model.addAttribute("sms", sms.sms());
        }
        return "delivery/outbox-message";
    }

    @GetMapping("/{id}/html")
    ResponseEntity<String> html(@PathVariable long id) {
        if (!(find(id) instanceof CapturedMessage.Email email)) {
            throw RequestRejectedException.notFound("An SMS has no HTML");
        }
        return SandboxedHtml.of(CapturedEmailView.of(email).html());
    }

    private CapturedMessage find(long id) {
        return outbox.find(id).orElseThrow(() -> RequestRejectedException.notFound(
                "No such message in the outbox: it holds the last " + outbox.capacity() + " only, in memory"));
    }
}
