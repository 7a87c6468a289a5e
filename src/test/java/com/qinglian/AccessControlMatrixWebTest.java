package com.qinglian;

import static com.qinglian.security.SecurityFixtures.aLeader;
import static com.qinglian.security.SecurityFixtures.aReporterOf;
import static com.qinglian.security.SecurityFixtures.anAdministrator;
import static com.qinglian.security.SecurityFixtures.anAuditor;
import static com.qinglian.security.SecurityFixtures.anEvaluator;
import static com.qinglian.security.SecurityFixtures.uniqueUsername;
import static com.qinglian.unit.UnitFixtures.aStationOf;
import static com.qinglian.unit.UnitFixtures.anAgency;
import static com.qinglian.unit.UnitFixtures.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.qinglian.assessment.EvidenceFixtures;
import com.qinglian.assessment.ItemEvidence;
import com.qinglian.campaign.CampaignFixtures;
import com.qinglian.campaign.CampaignStatus;
import com.qinglian.campaign.Campaigns;
import com.qinglian.results.Results;
import com.qinglian.security.CurrentUser;
import com.qinglian.security.Role;
import com.qinglian.security.UserAccounts;
import com.qinglian.support.DatabaseTest;
import com.qinglian.unit.UnitDirectory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of our controllers, for every role, anonymous included, and for a unit reporter's own
 * versus another unit: the outcome must be the one written in {@code access-control-matrix.csv}. An
 * endpoint without a row there fails this test, and so does a row for an endpoint that is gone.
 */
@DatabaseTest
class AccessControlMatrixWebTest {

    private static final String MATRIX = "/access-control-matrix.csv";
    private static final String RUBRIC_CODE = "ouhai-clean-agency";
    private static final String RUBRIC_VERSION = "2021";

    /** The columns of the matrix: who asks, and for which unit. */
    enum Caller {
        ANONYMOUS,
        ADMIN,
        EVALUATOR,
        REPORTER_OWN,
        REPORTER_OTHER,
        LEADER,
        AUDITOR
    }

    enum Outcome {
        ALLOW,
        DENY,
        NOT_FOUND,
        LOGIN,
        ERROR
    }

    record Endpoint(String method, String pattern) {
        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    UnitDirectory units;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Campaigns campaigns;

    @Autowired
    ItemEvidence evidence;

    @Autowired
    Results results;

    private String ownUnit;
    private String otherUnit;
    private String campaign;
    private final Map<String, Long> evidenceOfUnit = new LinkedHashMap<>();
    private String targetUser;
    private final Map<Caller, CurrentUser> principals = new EnumMap<>(Caller.class);

    @BeforeEach
    void unitsUsersAndPrincipals() {
        ownUnit = uniqueCode("ACM");
        otherUnit = uniqueCode("ACS");
        units.create(anAgency(ownUnit));
        units.create(aStationOf(otherUnit, ownUnit));
        targetUser = uniqueUsername("acm-target");
        accounts.create(new UserAccounts.NewUser(targetUser, "矩阵目标", Role.EVALUATOR, null));
        campaign = CampaignFixtures.uniqueCode();
        campaigns.create(CampaignFixtures.seedCampaign(campaign), List.of(ownUnit, otherUnit));
        campaigns.move(campaign, CampaignStatus.SELF_ASSESSMENT, "开始自评");
        for (String unit : List.of(ownUnit, otherUnit)) {
            evidenceOfUnit.put(
                    unit,
                    EvidenceFixtures.uploadAs(
                            aReporterOf(unit),
                            () -> evidence.add(campaign, unit, "A1.1.1", "制度.pdf", EvidenceFixtures.pdf(), null)
                                    .file()
                                    .id()));
        }
        // results exist, so that report endpoints answer with a report and not "nothing computed yet"
        EvidenceFixtures.uploadAs(anAdministrator(), () -> results.compute(campaign));
        principals.put(Caller.ADMIN, anAdministrator());
        principals.put(Caller.EVALUATOR, anEvaluator());
        principals.put(Caller.REPORTER_OWN, aReporterOf(ownUnit));
        principals.put(Caller.REPORTER_OTHER, aReporterOf(ownUnit));
        principals.put(Caller.LEADER, aLeader());
        principals.put(Caller.AUDITOR, anAuditor());
    }

    @Test
    void everyEndpointHasARowAndEveryRowHasAnEndpoint() throws IOException {
        Set<Endpoint> mapped = mappedEndpoints();
        Set<Endpoint> listed = matrix().keySet();

        assertThat(difference(mapped, listed))
                .as("endpoints without a row in " + MATRIX)
                .isEmpty();
        assertThat(difference(listed, mapped))
                .as("rows in " + MATRIX + " for endpoints that do not exist")
                .isEmpty();
        assertThat(mapped)
                .extracting(Endpoint::pattern)
                .as("controllers of every module are enumerated")
                .contains(
                        "/rubrics",
                        "/units",
                        "/users",
                        "/account/password",
                        "/audit",
                        "/campaigns",
                        "/campaigns/{campaign}/units/{unit}/self-assessment");
    }

    @Test
    void everyCallerGetsTheExpectedOutcomeOnEveryEndpoint() throws Exception {
        List<String> mismatches = new ArrayList<>();
        List<String> unaudited = new ArrayList<>();
        int checked = 0;
        int files = 0;
        for (Map.Entry<Endpoint, Map<Caller, Outcome>> row : matrix().entrySet()) {
            for (Map.Entry<Caller, Outcome> cell : row.getValue().entrySet()) {
                long downloadsBefore = downloads();
                MockHttpServletResponse response = call(row.getKey(), cell.getKey());
                String disposition = response.getHeader("Content-Disposition");
                if (cell.getKey() != Caller.ANONYMOUS
                        && response.getStatus() == 200
                        && disposition != null
                        && disposition.startsWith("attachment")) {
                    files++;
                    if (downloads() != downloadsBefore + 1) {
                        unaudited.add(row.getKey() + " as " + cell.getKey());
                    }
                }
                Outcome actual = outcomeOf(response);
                checked++;
                if (actual != cell.getValue()) {
                    mismatches.add("%s as %s: expected %s, got %s (status %d%s)"
                            .formatted(
                                    row.getKey(),
                                    cell.getKey(),
                                    cell.getValue(),
                                    actual,
                                    response.getStatus(),
                                    response.getRedirectedUrl() == null ? "" : " to " + response.getRedirectedUrl()));
                }
            }
        }
        assertThat(mismatches).as("outcomes differing from " + MATRIX).isEmpty();
        assertThat(checked).isGreaterThan(200);
        assertThat(unaudited).as("files served without a DOWNLOAD audit entry").isEmpty();
        assertThat(files).as("files served in all").isGreaterThan(10);
    }

    private long downloads() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'DOWNLOAD'")
                .query(Long.class)
                .single();
    }

    private MockHttpServletResponse call(Endpoint endpoint, Caller caller) throws Exception {
        String unit = caller == Caller.REPORTER_OTHER ? otherUnit : ownUnit;
        String uri = endpoint.pattern()
                .replace("{campaign}", campaign)
                .replace("{unit}", unit)
                .replace("{item}", "A1.1.1")
                .replace("{id}", String.valueOf(evidenceOfUnit.get(unit)))
                .replace("{assignment}", "0")
                .replace("{file}", "0")
                .replace("{chart}", "progress")
                .replace("{code}/{version}", RUBRIC_CODE + "/" + RUBRIC_VERSION)
                .replace("{code}", unit)
                .replace("{username}", targetUser)
                .replace("{format}", "pdf")
                .replace("{number}", "1")
                .replace("{node}", "A1.1.1")
                .replace("{rule}", "FORM1");
        AbstractMockHttpServletRequestBuilder<?> request = switch (endpoint.method()) {
            // Every POST is a multipart form with an empty file and a CSRF token: the import endpoints need
            // the part, the others ignore it, and what the handler then refuses is validation, not security.
            case "POST" ->
                MockMvcRequestBuilders.multipart(HttpMethod.POST, uri)
                        .file(new MockMultipartFile("file", "empty.xlsx", "application/octet-stream", new byte[0]))
                        .with(csrf());
            case "GET" -> MockMvcRequestBuilders.get(uri);
            default -> throw new IllegalStateException("no request for " + endpoint);
        };
        if (caller != Caller.ANONYMOUS) {
            request.with(user(principals.get(caller)));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static Outcome outcomeOf(MockHttpServletResponse response) {
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        if (status == 401 || status == 403) {
            return Outcome.DENY;
        }
        if (status == 302
                && location != null
                && location.replaceFirst("^https?://[^/]+", "").startsWith("/login")
                && !location.contains("logout")) {
            return Outcome.LOGIN;
        }
        if (status == 404) {
            return Outcome.NOT_FOUND;
        }
        return status >= 500 ? Outcome.ERROR : Outcome.ALLOW;
    }

    private Set<Endpoint> mappedEndpoints() {
        Set<Endpoint> endpoints = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("com.qinglian.")) {
                return;
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            assertThat(methods)
                    .as("%s maps one or more explicit HTTP methods", handler)
                    .isNotEmpty();
            for (String pattern : info.getPatternValues()) {
                methods.forEach(method -> endpoints.add(new Endpoint(method.name(), pattern)));
            }
        });
        return endpoints;
    }

    private static Map<Endpoint, Map<Caller, Outcome>> matrix() throws IOException {
        Map<Endpoint, Map<Caller, Outcome>> rows = new LinkedHashMap<>();
        try (var reader = new BufferedReader(new InputStreamReader(
                AccessControlMatrixWebTest.class.getResourceAsStream(MATRIX), StandardCharsets.UTF_8))) {
            List<Caller> columns = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (columns == null) {
                    columns = List.of(cells).subList(2, cells.length).stream()
                            .map(Caller::valueOf)
                            .toList();
                    continue;
                }
                assertThat(cells).as("row " + line).hasSize(columns.size() + 2);
                Map<Caller, Outcome> outcomes = new EnumMap<>(Caller.class);
                for (int i = 0; i < columns.size(); i++) {
                    if (!cells[i + 2].equals("-")) {
                        outcomes.put(columns.get(i), Outcome.valueOf(cells[i + 2]));
                    }
                }
                Endpoint endpoint = new Endpoint(cells[0], cells[1]);
                assertThat(rows.put(endpoint, outcomes))
                        .as("one row for " + endpoint)
                        .isNull();
            }
        }
        return rows;
    }

    private static Set<Endpoint> difference(Set<Endpoint> a, Set<Endpoint> b) {
        Set<Endpoint> out = new TreeSet<>((x, y) -> x.toString().compareTo(y.toString()));
        out.addAll(a);
        out.removeAll(b);
        return out;
    }
}
