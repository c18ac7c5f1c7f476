package org.rempart.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rempart.HttpApi;
import org.rempart.StorageTest;
import org.rempart.identity.Role;
import org.rempart.identity.internal.IdentityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@StorageTest
class SegmentsTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    Audiences audiences;
    @Autowired
    Engagements engagements;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.rempart.contacts.internal.ContactRepository contacts;

    private HttpApi api;
    private String marketer;
    private String analyst;
    private String tag;
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        marketer = fixtures.operator(Role.MARKETER).token();
        analyst = fixtures.operator(Role.ANALYST).token();
        tag = "t" + System.nanoTime();
    }

    private long create(String body) {
        var response = api.post("/api/contacts", marketer, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return api.json(response).get("id").asLong();
    }

    private long count(String filter) {
        var response = api.post("/api/segments/count", analyst, "{\"filter\":" + filter + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return api.json(response).get("count").asLong();
    }

    /** Four contacts sharing a fresh tag, so that counts are about them only. */
    private List<Long> fourContacts() {
        String u = Long.toString(System.nanoTime());
        return List.of(
                create("{\"kind\":\"client\",\"email\":\"a" + u + "@x.fr\",\"carrier\":\"Orange\",\"postcode\":\"75011\","
                        + "\"birthDate\":\"1990-01-01\",\"tags\":[\"" + tag + "\"],\"attributes\":{\"tier\":\"gold\"}}"),
                create("{\"kind\":\"prospect\",\"email\":\"b" + u + "@x.fr\",\"carrier\":\"SFR\",\"postcode\":\"69001\","
                        + "\"consents\":{\"EMAIL\":\"yes\"},\"tags\":[\"" + tag + "\"],\"attributes\":{\"tier\":\"silver\"}}"),
                create("{\"kind\":\"prospect\",\"email\":\"c" + u + "@x.fr\",\"postcode\":\"75002\","
                        + "\"tags\":[\"" + tag + "\"]}"),
                create("{\"kind\":\"client\",\"email\":\"d" + u + "@x.fr\",\"mobile\":\"" + UniqueNumbers.mobile() + "\",\"carrier\":\"Orange\","
                        + "\"consents\":{\"EMAIL\":\"no\",\"SMS\":\"yes\"},\"tags\":[\"" + tag + "\"]}"));
    }

    private String tagged(String condition) {
        return "{\"all\":[{\"field\":\"tag\",\"op\":\"eq\",\"value\":\"" + tag + "\"}" + (condition.isEmpty() ? ""
                : "," + condition) + "]}";
    }

    @Test
    void filtersCombineFieldsAndOperators() {
        List<Long> ids = fourContacts();
        assertThat(count("{}")).isGreaterThanOrEqualTo(4);
        assertThat(count(tagged(""))).isEqualTo(4);
        assertThat(count(tagged("{\"field\":\"kind\",\"op\":\"eq\",\"value\":\"CLIENT\"}"))).isEqualTo(2);
        assertThat(count(tagged("{\"field\":\"carrier\",\"op\":\"neq\",\"value\":\"Orange\"}")))
                .as("neq includes contacts without a carrier").isEqualTo(2);
        assertThat(count(tagged("{\"not\":{\"field\":\"carrier\",\"op\":\"in\",\"value\":[\"Orange\",\"SFR\"]}}")))
                .isEqualTo(1);
        assertThat(count(tagged("{\"field\":\"postcode\",\"op\":\"prefix\",\"value\":\"75\"}"))).isEqualTo(2);
        assertThat(count(tagged("{\"field\":\"ageBand\",\"op\":\"exists\"}"))).isEqualTo(1);
        assertThat(count(tagged("{\"field\":\"consent.EMAIL\",\"op\":\"eq\",\"value\":\"NONE\"}"))).isEqualTo(2);
        assertThat(count(tagged("{\"field\":\"attributes.tier\",\"op\":\"in\",\"value\":[\"gold\",\"silver\"]}")))
                .isEqualTo(2);
        assertThat(count(tagged("{\"any\":[{\"field\":\"carrier\",\"op\":\"eq\",\"value\":\"SFR\"},"
                + "{\"field\":\"postcode\",\"op\":\"between\",\"value\":[\"75000\",\"75009\"]}]}"))).isEqualTo(2);
        assertThat(count(tagged("{\"field\":\"createdAt\",\"op\":\"gte\",\"value\":\"2000-01-01\"}"))).isEqualTo(4);
        assertThat(count(tagged("{\"field\":\"lastActivityAt\",\"op\":\"exists\"}"))).isZero();

        engagements.record(ids.get(2), Channel.EMAIL, Engagements.Kind.CLICK, Instant.now());
        assertThat(count(tagged("{\"field\":\"engaged\",\"op\":\"eq\",\"value\":30}"))).isEqualTo(1);
        assertThat(count(tagged("{\"field\":\"lastActivityAt\",\"op\":\"exists\"}"))).isEqualTo(1);

        var list = api.json(api.post("/api/lists", marketer, "{\"name\":\"VIP\"}")).get("id").asLong();
        api.post("/api/lists/" + list + "/members", marketer, "{\"contactIds\":[" + ids.get(0) + "," + ids.get(3)
                + ",999999999]}");
        assertThat(count(tagged("{\"field\":\"list\",\"op\":\"eq\",\"value\":" + list + "}"))).isEqualTo(2);
    }

    @Test
    void attributeConditionsMatchWholeValuesWhateverTheyHold() {
        String u = Long.toString(System.nanoTime());
        String tricky = "{\"tier\":\"50% \\\"gold\\\" \\\\ x_y\",\"note\":\"\\\"tier\\\":\\\"silver\\\"\"}";
        long a = create("{\"email\":\"e" + u + "@x.fr\",\"tags\":[\"" + tag + "\"],\"attributes\":" + tricky + "}");
        long b = create("{\"email\":\"f" + u + "@x.fr\",\"tags\":[\"" + tag + "\"],\"attributes\":"
                + "{\"tier\":\"silver\",\"score\":\"42\"}}");
        create("{\"email\":\"g" + u + "@x.fr\",\"tags\":[\"" + tag + "\"],\"attributes\":{\"tiers\":\"silver\"}}");
        assertThat(api.json(api.get("/api/contacts/" + a + "/details", analyst)).toString())
                .contains("50% \\\"gold\\\" \\\\ x_y");
        assertThat(count(tagged("{\"field\":\"attributes.tier\",\"op\":\"eq\",\"value\":\"50% \\\"gold\\\" \\\\ x_y\"}")))
                .isEqualTo(1);
        assertThat(count(tagged("{\"field\":\"attributes.tier\",\"op\":\"eq\",\"value\":\"silver\"}")))
                .as("not the text of another attribute's value, nor another name's").isEqualTo(1);
        assertThat(count(tagged("{\"field\":\"attributes.tier\",\"op\":\"eq\",\"value\":\"50_ \\\"gold\\\" \\\\ x%\"}")))
                .as("LIKE wildcards are plain text").isZero();
        assertThat(count(tagged("{\"field\":\"attributes.tier\",\"op\":\"prefix\",\"value\":\"50% \\\"g\"}")))
                .isEqualTo(1);
        assertThat(count(tagged("{\"field\":\"attributes.tier\",\"op\":\"exists\"}"))).isEqualTo(2);
        assertThat(count(tagged("{\"field\":\"attributes.tier\",\"op\":\"exists\",\"value\":false}"))).isEqualTo(1);
        assertThat(count(tagged("{\"field\":\"attributes.tier\",\"op\":\"neq\",\"value\":\"silver\"}"))).isEqualTo(2);
        assertThat(count(tagged("{\"field\":\"attributes.score\",\"op\":\"between\",\"value\":[\"40\",\"45\"]}")))
                .isEqualTo(1);
        assertThat(count(tagged("{\"field\":\"attributes.tier\",\"op\":\"gt\",\"value\":\"r\"}"))).isEqualTo(1);

        api.send(api.request("/api/contacts/" + b, marketer).header("Content-Type", "application/json")
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"attributes\":{\"tier\":\"gold\"}}")));
        assertThat(api.json(api.get("/api/contacts/" + b + "/details", analyst)).get("attributes").toString())
                .as("an update adds to the stored attributes").contains("\"score\":\"42\"", "\"tier\":\"gold\"");
    }

    @Test
    void theAgeBandOfAContactIsOneBandAndFollowsItsBirthYear() {
        String u = Long.toString(System.nanoTime());
        create("{\"email\":\"h" + u + "@x.fr\",\"birthDate\":\"1990-06-15\",\"tags\":[\"" + tag + "\"]}");
        String band = org.rempart.contacts.internal.AgeBand.of(1990, java.time.LocalDate.now());
        assertThat(count(tagged("{\"field\":\"ageBand\",\"op\":\"eq\",\"value\":\"" + band + "\"}"))).isEqualTo(1);
        long bands = org.rempart.contacts.internal.AgeBand.BANDS.stream().mapToLong(b -> count(tagged(
                "{\"field\":\"ageBand\",\"op\":\"eq\",\"value\":\"" + b.label() + "\"}"))).sum();
        assertThat(bands).isEqualTo(1);
        assertThat(api.post("/api/segments/count", analyst, "{\"filter\":{\"field\":\"ageBand\",\"op\":\"eq\","
                + "\"value\":\"20-30\"}}").statusCode()).isEqualTo(400);
    }

    @Test
    void theAudienceOfAChannelAppliesConsentsAndTheSuppressionList() {
        List<Long> ids = fourContacts();
        assertThat(audience(Channel.EMAIL)).as("client without choice, prospect with yes")
                .containsExactlyInAnyOrder(ids.get(0), ids.get(1));
        assertThat(audience(Channel.SMS)).containsExactly(ids.get(3));
        assertThat(exclusions(Channel.EMAIL)).as("a prospect's silence, a client's no")
                .isEqualTo(Map.of(ids.get(2), Audiences.NO_CONSENT, ids.get(3), Audiences.NO_CONSENT));
        assertThat(exclusions(Channel.SMS)).isEqualTo(Map.of(ids.get(0), Audiences.NO_ADDRESS, ids.get(1),
                Audiences.NO_ADDRESS, ids.get(2), Audiences.NO_ADDRESS));
        assertThat(api.delete("/api/contacts/" + ids.get(0), marketer).statusCode()).isEqualTo(204);
        assertThat(audience(Channel.EMAIL)).containsExactly(ids.get(1));
    }

    @Autowired
    SuppressionList suppressions;

    @Test
    void anUnsubscribedAddressLeavesTheAudienceOfItsChannelOnly() {
        List<Long> ids = fourContacts();
        String email = api.json(api.post("/api/contacts/" + ids.get(1) + "/reveal", marketer,
                "{\"reason\":\"test\"}")).get("email").asString();
        assertThat(suppressions.suppress(ids.get(1), Channel.EMAIL, SuppressionList.Reason.UNSUBSCRIBED)).isTrue();
        assertThat(suppressions.suppress(ids.get(1), Channel.SMS, SuppressionList.Reason.UNSUBSCRIBED))
                .as("no mobile to suppress").isFalse();
        assertThat(suppressions.isSuppressed(Channel.EMAIL, " " + email.toUpperCase())).isTrue();
        assertThat(suppressions.isSuppressed(Channel.SMS, email)).isFalse();
        assertThat(audience(Channel.EMAIL)).containsExactly(ids.get(0));
        assertThat(exclusions(Channel.EMAIL)).containsEntry(ids.get(1), Audiences.SUPPRESSED);
    }

    @Test
    void aSuppressedAddressIsNeverContactedEvenWhenImportedAgain() {
        List<Long> ids = fourContacts();
        String email = api.json(api.post("/api/contacts/" + ids.get(0) + "/reveal", marketer,
                "{\"reason\":\"test\"}")).get("email").asString();
        api.delete("/api/contacts/" + ids.get(0), marketer);
        long again = create("{\"kind\":\"client\",\"email\":\"" + email + "\",\"tags\":[\"" + tag + "\"],"
                + "\"consents\":{\"EMAIL\":\"yes\"}}");
        assertThat(count(tagged(""))).isEqualTo(4);
        assertThat(audience(Channel.EMAIL)).doesNotContain(again).contains(ids.get(1));
    }

    /** The contacts of the test's segment left out of a channel's audience, with why. */
    private Map<Long, String> exclusions(Channel channel) {
        var sql = audiences.audience(json.readTree(tagged("")), channel, 0, Long.MAX_VALUE);
        Map<Long, String> reasons = new HashMap<>();
        jdbc.sql("SELECT x.id, x.excluded FROM (" + sql.sql() + ") x WHERE x.excluded IS NOT NULL")
                .params(sql.parameters()).query(rs -> {
                    reasons.put(rs.getLong(1), rs.getString(2));
                });
        return reasons;
    }

    private List<Long> audience(Channel channel) {
        var sql = audiences.audience(json.readTree(tagged("")), channel, 0, Long.MAX_VALUE);
        return jdbc.sql("SELECT x.id FROM (" + sql.sql() + ") x WHERE x.excluded IS NULL ORDER BY x.id")
                .params(sql.parameters()).query(Long.class).list();
    }

    @Test
    void statisticsAreRefreshedAfterALargeImportOnEitherDatabase() {
        fourContacts();
        contacts.refreshStatistics();
        assertThat(count(tagged(""))).isEqualTo(4);
    }

    @Test
    void invalidFiltersAreRefusedNamingTheProblem() {
        Map<String, String> cases = Map.of(
                "{\"field\":\"shoeSize\",\"op\":\"eq\",\"value\":1}", "unknown field 'shoeSize'",
                "{\"field\":\"carrier\",\"op\":\"like\",\"value\":\"a\"}", "unknown op 'like'",
                "{\"field\":\"kind\",\"op\":\"prefix\",\"value\":\"C\"}", "op 'prefix' does not apply to field 'kind'",
                "{\"field\":\"kind\",\"op\":\"eq\",\"value\":\"martian\"}", "field 'kind' is CLIENT or PROSPECT",
                "{\"every\":[]}", "unknown key 'every'",
                "{\"field\":\"carrier\",\"op\":\"eq\",\"value\":\"x\",\"extra\":1}", "unknown key 'extra'",
                "{\"field\":\"attributes.x;drop table contact\",\"op\":\"eq\",\"value\":\"x\"}", "attribute name",
                "[1]", "a filter is a JSON object");
        cases.forEach((filter, message) -> {
            var response = api.post("/api/segments/count", analyst, "{\"filter\":" + filter + "}");
            assertThat(response.statusCode()).as(filter).isEqualTo(400);
            assertThat(api.json(response).get("detail").asString()).as(filter).contains(message);
        });
    }

    @Test
    void aSavedSegmentListsItsContacts() {
        fourContacts();
        var created = api.post("/api/segments", marketer, "{\"name\":\"Orange clients\",\"filter\":"
                + tagged("{\"field\":\"carrier\",\"op\":\"eq\",\"value\":\"Orange\"}") + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = api.json(created).get("id").asLong();
        JsonNode page = api.json(api.get("/api/contacts?segmentId=" + id, analyst));
        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(api.json(api.get("/api/segments/" + id + "/count", analyst)).get("count").asLong()).isEqualTo(2);
        assertThat(api.post("/api/segments", analyst, "{\"name\":\"x\",\"filter\":{}}").statusCode()).isEqualTo(403);
        assertThat(api.post("/api/segments", marketer, "{\"name\":\"x\",\"filter\":{\"nope\":1}}").statusCode())
                .isEqualTo(400);
    }
}
