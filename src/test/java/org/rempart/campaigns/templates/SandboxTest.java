package org.rempart.campaigns.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.File;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rempart.platform.RequestRejectedException;

class SandboxTest {

    record Secret(String password) {
        public String getPassword() {
            return password;
        }
    }

    private static String render(String source, Map<String, Object> own) {
        TemplateProblems problems = new TemplateProblems();
        TextOutput out = new TextOutput();
        Sandbox.PLAIN.compile(TemplatePart.TEXT, source, problems).orElseThrow()
                .execute(own, new MergeValues(Map.of("first_name", "Camille")), out);
        return out.toString();
    }

    @Test
    void aTemplateReachesTheValuesAndNothingBehindThem() {
        Map<String, Object> own = Map.of("x", "abc", "file", new File("/etc/passwd"), "secret", new Secret("hunter2"));
        assertThat(render("{{x}}|{{x.class}}|{{x.bytes}}|{{x.length}}|{{#x}}{{class}}{{length}}{{empty}}{{/x}}|"
                + "{{file.path}}{{file.absolutePath}}{{file.parent}}|{{secret.password}}{{#secret}}{{password}}{{/secret}}|"
                + "{{first_name}}{{first_name.class.name}}{{first_name.empty}}", own))
                .isEqualTo("abc|||||||Camille");
    }

    @Test
    void aNameTheContactHasNoValueForIsEmptyAndItsSectionFalse() {
        assertThat(render("[{{ville}}]{{#ville}}x{{/ville}}{{^ville}}y{{/ville}}", Map.of())).isEqualTo("[]y");
    }

    @Test
    void namesThatReachIntoValuesOrTheLoopAreNotMergeFields() {
        RequestRejectedException rejected = catchThrowableOfType(RequestRejectedException.class,
                () -> EmailTemplate.compile(new EmailContent("{{first_name.class}} {{.}} {{this}} {{-index}} {{@pixel}}",
                        "<p>x</p>", null), Set.of()));
        assertThat(rejected.getReason()).startsWith("subject: unknown merge fields first_name.class (line 1), . (line 1), "
                + "this (line 1), -index (line 1), @pixel (line 1);");
    }
}
