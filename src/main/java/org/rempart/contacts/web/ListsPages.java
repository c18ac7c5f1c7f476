package org.rempart.contacts.web;

import java.util.List;
import org.rempart.contacts.internal.ContactService;
import org.rempart.contacts.internal.SegmentService;
import org.rempart.identity.Permissions;
import org.rempart.identity.Role;
import org.rempart.platform.RequestRejectedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Static lists: their member counts, a new list, a list's members (masked) and taking them out.
 * Contacts are added from the contacts page, by their ids only.
 */
@Controller
@RequestMapping("/lists")
class ListsPages {

    private static final int PAGE_SIZE = 50;

    private final SegmentService segments;
    private final ContactService contacts;
    private final Permissions permissions;

    ListsPages(SegmentService segments, ContactService contacts, Permissions permissions) {
        this.segments = segments;
        this.contacts = contacts;
        this.permissions = permissions;
    }

    @GetMapping
    String lists(Model model, Authentication authentication) {
        model.addAttribute("canEdit", permissions.holds(authentication, Role.MARKETER));
        model.addAttribute("lists", segments.lists());
        return "contacts/lists";
    }

    @PostMapping
    @PreAuthorize("hasRole('MARKETER')")
    String create(@RequestParam(defaultValue = "") String name, Model model, Authentication authentication) {
        try {
            return "redirect:/lists/" + segments.createList(name);
        } catch (RequestRejectedException e) {
            model.addAttribute("error", "lists.nameRule");
            return lists(model, authentication);
        }
    }

    @GetMapping("/{id}")
    String members(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model,
            Authentication authentication) {
        var members = contacts.page(segments.members(id), Math.max(0, page), PAGE_SIZE);
        model.addAttribute("canEdit", permissions.holds(authentication, Role.MARKETER));
        model.addAttribute("list", segments.list(id));
        model.addAttribute("contacts", members.items());
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("pages", (members.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        return "contacts/list-members";
    }

    /** From the contacts page: the ticked contacts join the chosen list. */
    @PostMapping("/members")
    @PreAuthorize("hasRole('MARKETER')")
    String add(@RequestParam(required = false) Long listId,
            @RequestParam(name = "contactId", required = false) List<Long> contactIds) {
        if (listId == null || contactIds == null || contactIds.isEmpty()) {
            return "redirect:/contacts?nothingAdded";
        }
        segments.addToList(listId, contactIds);
        return "redirect:/lists/" + listId;
    }

    @PostMapping("/{id}/members/remove")
    @PreAuthorize("hasRole('MARKETER')")
    String remove(@PathVariable long id, @RequestParam(name = "contactId", required = false) List<Long> contactIds) {
        if (contactIds != null && !contactIds.isEmpty()) {
            segments.removeFromList(id, contactIds);
        }
        return "redirect:/lists/" + id;
    }
}
