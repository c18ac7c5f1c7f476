package org.rempart.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.rempart.StorageTest;
import org.rempart.identity.Role;
import org.rempart.identity.internal.IdentityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@StorageTest
class ContactsPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityFixtures fixtures;

    @Test
    void pagesRenderFiltersAndNeverEchoASearchedAddress() throws Exception {
        var marketer = fixtures.operator(Role.MARKETER);
        String email = "pages." + System.nanoTime() + "@exemple.fr";
        mvc.perform(post("/api/contacts").header("Authorization", "Bearer " + marketer.token())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"client\",\"lastName\":\"Pagination\",\"email\":\"" + email
                        + "\",\"consents\":{\"EMAIL\":\"yes\"}}"));
        var session = authentication(fixtures.signedIn(fixtures.operator(Role.ANALYST)));

        var list = mvc.perform(get("/contacts?kind=CLIENT&consentEmail=YES&consentSms=NONE").with(session))
                .andReturn().getResponse();
        assertThat(list.getStatus()).isEqualTo(200);
        assertThat(list.getContentAsString()).contains("P***").doesNotContain("Pagination", email);

        var search = mvc.perform(post("/contacts/search").with(session).with(csrf()).param("field", "email")
                .param("value", email)).andReturn().getResponse();
        assertThat(search.getStatus()).isEqualTo(200);
        assertThat(search.getContentAsString()).contains("1 contacts").doesNotContain(email);

        var segments = mvc.perform(post("/segments/count").with(session).with(csrf()).param("combine", "all")
                .param("field", "kind", "").param("op", "eq", "eq").param("value", "CLIENT", ""))
                .andReturn().getResponse();
        assertThat(segments.getContentAsString()).containsPattern("\\d+ contacts");
        var invalid = mvc.perform(post("/segments/count").with(session).with(csrf()).param("filter", "{\"x\":1}"))
                .andReturn().getResponse();
        assertThat(invalid.getContentAsString()).contains("unknown key &#39;x&#39;");
    }

    @Test
    void listsAreCreatedFilledFromTheContactsPageAndEmptiedWithTheirMemberCounts() throws Exception {
        var marketer = fixtures.operator(Role.MARKETER);
        String email = "lists." + System.nanoTime() + "@exemple.fr";
        var created = mvc.perform(post("/api/contacts").header("Authorization", "Bearer " + marketer.token())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"client\",\"lastName\":\"Listeuse\",\"email\":\"" + email + "\"}"))
                .andReturn().getResponse().getContentAsString();
        String id = created.replaceAll("\\D+", "");
        var edit = authentication(fixtures.signedIn(marketer));
        var view = authentication(fixtures.signedIn(fixtures.operator(Role.ANALYST)));
        String name = "Salon " + System.nanoTime();

        var made = mvc.perform(post("/lists").with(edit).with(csrf()).param("name", name)).andReturn().getResponse();
        assertThat(made.getStatus()).isEqualTo(302);
        String list = made.getRedirectedUrl().replaceAll("\\D+", "");
        assertThat(mvc.perform(get("/contacts").with(edit)).andReturn().getResponse().getContentAsString())
                .contains("id=\"add-to-list\"", name);
        assertThat(mvc.perform(get("/contacts").with(view)).andReturn().getResponse().getContentAsString())
                .doesNotContain("id=\"add-to-list\"");
        assertThat(mvc.perform(post("/lists/members").with(edit).with(csrf()).param("listId", list)
                .param("contactId", id)).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/lists/" + list);

        String lists = mvc.perform(get("/lists").with(view)).andReturn().getResponse().getContentAsString();
        assertThat(lists).containsPattern(name + "</a></td>\\s*<td>1</td>").doesNotContain("id=\"new-list\"");
        String members = mvc.perform(get("/lists/" + list).with(edit)).andReturn().getResponse().getContentAsString();
        assertThat(members).contains("L***", "1 contacts").doesNotContain("Listeuse", email);

        mvc.perform(post("/lists/" + list + "/members/remove").with(edit).with(csrf()).param("contactId", id));
        assertThat(mvc.perform(get("/lists").with(view)).andReturn().getResponse().getContentAsString())
                .containsPattern(name + "</a></td>\\s*<td>0</td>");
        assertThat(mvc.perform(post("/lists").with(edit).with(csrf()).param("name", " ")).andReturn().getResponse()
                .getContentAsString()).contains("1 to 100 characters");
        assertThat(mvc.perform(get("/lists/99999999").with(view)).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theEditFormValidatesAsImportsDoShowsTheErrorBesideItsFieldAndNeverEchoesAnIdentifier() throws Exception {
        var marketer = fixtures.operator(Role.MARKETER);
        String email = "edit." + System.nanoTime() + "@exemple.fr";
        String created = mvc.perform(post("/api/contacts").header("Authorization", "Bearer " + marketer.token())
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"prospect\",\"lastName\":\"Ancien\","
                        + "\"email\":\"" + email + "\",\"postcode\":\"75001\"}"))
                .andReturn().getResponse().getContentAsString();
        String id = created.replaceAll("\\D+", "");
        var edit = authentication(fixtures.signedIn(marketer));
        var view = authentication(fixtures.signedIn(fixtures.operator(Role.ANALYST)));

        String page = mvc.perform(get("/contacts/" + id).with(edit)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"edit\"", "name=\"birthDate\"", "value=\"75001\"").doesNotContain(email,
                "Ancien");
        assertThat(mvc.perform(get("/contacts/" + id).with(view)).andReturn().getResponse().getContentAsString())
                .doesNotContain("id=\"edit\"");
        assertThat(mvc.perform(post("/contacts/" + id + "/edit").with(view).with(csrf()).param("lastName", "X"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);

        var landline = mvc.perform(post("/contacts/" + id + "/edit").with(edit).with(csrf())
                .param("lastName", "Nouveau").param("mobile", "01 42 68 53 00")).andReturn().getResponse();
        assertThat(landline.getStatus()).isEqualTo(200);
        assertThat(landline.getContentAsString()).containsPattern("id=\"error-mobile\">not a mobile number")
                .doesNotContain("Nouveau", "01 42 68 53 00");
        assertThat(mvc.perform(post("/contacts/" + id + "/edit").with(edit).with(csrf()).param("postcode", "7500"))
                .andReturn().getResponse().getContentAsString()).contains("id=\"error-postcode\"");
        assertThat(mvc.perform(post("/contacts/" + id + "/edit").with(edit).with(csrf()).param("birthDate",
                "31/02/1990")).andReturn().getResponse().getContentAsString()).contains("id=\"error-birthDate\"");

        String mobile = UniqueNumbers.mobile();
        var saved = mvc.perform(post("/contacts/" + id + "/edit").with(edit).with(csrf()).param("lastName", "Nouveau")
                .param("mobile", mobile).param("kind", "client").param("postcode", "69002").param("consentSms", "yes")
                .param("email", "")).andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/contacts/" + id + "?edited");
        String json = mvc.perform(get("/api/contacts/" + id).header("Authorization", "Bearer " + marketer.token()))
                .andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"lastName\":\"N***\"", "\"kind\":\"CLIENT\"", "\"postcode\":\"69002\"",
                "\"email\":\"e***@e******.fr\"", "\"SMS\":\"YES\"").doesNotContain("\"mobile\":null");
        assertThat(mvc.perform(get("/contacts/" + id).with(view)).andReturn().getResponse().getContentAsString())
                .contains("FORM", "operator " + marketer.id());
    }
}
