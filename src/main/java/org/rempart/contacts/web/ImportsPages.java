package org.rempart.contacts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.rempart.contacts.imports.ImportService;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The imports pages: upload (sent by static/js/imports.js, which shows the upload's progress),
 * then the job's progress, refreshed by htmx, and its downloadable error report.
 */
@Controller
@RequestMapping("/imports")
@PreAuthorize("hasRole('MARKETER')")
class ImportsPages {

    private final ImportService imports;
    private final Operator operator;

    ImportsPages(ImportService imports, Operator operator) {
        this.imports = imports;
        this.operator = operator;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("imports", imports.recent());
        return "contacts/imports";
    }

    record Started(long id) {
    }

    /** The upload itself, as JSON for the page's script (a multipart body carries no CSRF field: the header does). */
    @PostMapping
    @ResponseBody
    @ResponseStatus(HttpStatus.ACCEPTED)
    Started upload(HttpServletRequest request) throws IOException {
        return new Started(imports.start(request, operator.id()));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("job", imports.status(id));
        return "contacts/import";
    }

    /** The progress fragment that the page polls while the job runs. */
    @GetMapping("/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        model.addAttribute("job", imports.status(id));
        return "contacts/import :: progress";
    }

    @GetMapping("/{id}/report")
    void report(@PathVariable long id, HttpServletResponse response) throws IOException {
        ImportReport.write(imports, id, response);
    }
}
