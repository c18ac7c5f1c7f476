package org.rempart.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security processes the form it posts to {@code /login}. */
@Controller
class SignInController {

    @GetMapping("/login")
    String login() {
        return "identity/login";
    }
}
