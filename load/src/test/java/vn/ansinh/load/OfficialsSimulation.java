package vn.ansinh.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * 200 officials (LOAD_USERS) of different roles and units work with the app: each logs in once through the real
 * Keycloak (the login form, following the redirects of the app's OIDC code flow with PKCE), the logins ramped over
 * LOAD_RAMP seconds; when all are in, each repeats (the first LOAD_WARMUP seconds, 60, not measured) the mix of its role with a think time of LOAD_THINK_MIN to
 * LOAD_THINK_MAX seconds between clicks, for LOAD_STEP seconds per step. {@link SaturationSimulation} adds steps
 * that divide the think time by 2, 4, 8 ... to find where the app saturates. At the end it prints p50/p95/p99 per
 * request and overall, errors and throughput of each step ({@link LoadStats}).
 *
 * <p>The mix: commune officers search a person by name and by personal ID (PrimeFaces ajax postbacks carrying the
 * ViewState), open the person and one of their cases, save a correction of the person form (ajax postback), and submit
 * one of the commune's draft dossiers for decision; approvers open their worklist, a case and its decision page,
 * approve one of the commune's submitted cases (signing its decision), and search (the dossiers are seeded by
 * {@link Officials#withWork}, LOAD_WORK per commune: once they are used up, the official skips that step); provincial auditors open their home,
 * the Project 06 report of their province and search in it; national auditors open the Project 06 report of a
 * province, the national payroll run with its lines, and search nationally.
 */
public class OfficialsSimulation extends Simulation {

    static final String APP = Officials.env("LOAD_APP_URL", "http://127.0.0.1:8080");
    static final int USERS = Integer.parseInt(Officials.env("LOAD_USERS", "200"));
    static final int RAMP = Integer.parseInt(Officials.env("LOAD_RAMP", "60"));
    static final int STEP = Integer.parseInt(Officials.env("LOAD_STEP", "180"));
    /** Seconds of the mix after the logins that are not measured: the app's and the database's caches warm up. */
    static final int WARMUP = Integer.parseInt(Officials.env("LOAD_WARMUP", "60"));
    static final double THINK_MIN = Double.parseDouble(Officials.env("LOAD_THINK_MIN", "2"));
    static final double THINK_MAX = Double.parseDouble(Officials.env("LOAD_THINK_MAX", "8"));

    private final int[] factors;
    private final long measureFrom;
    private final Map<Integer, String> stepNames = new LinkedHashMap<>();

    public OfficialsSimulation() {
        this(new int[] {1});
    }

    protected OfficialsSimulation(int[] factors) {
        this.factors = factors;
        List<Officials.Official> officials = Officials.prepare(USERS);
        List<Map<String, Object>> records = new ArrayList<>();
        for (Officials.Official o : officials) {
            records.add(o.session());
        }
        // a margin after the ramp, so that every login (each a few requests) is over before measuring starts
        long workFrom = System.currentTimeMillis() + (RAMP + 15) * 1000L + 5_000;
        measureFrom = workFrom + WARMUP * 1000L;
        for (int i = 0; i < factors.length; i++) {
            long from = measureFrom + (long) i * STEP * 1000;
            LoadStats.window(i, from, from + STEP * 1000L);
            stepNames.put(i, String.format("%d officials, think time %.1f-%.1f s", USERS, THINK_MIN / factors[i],
                    THINK_MAX / factors[i]));
        }
        HttpProtocolBuilder protocol = http.baseUrl(APP)
                .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .acceptLanguageHeader("vi,en;q=0.5")
                .userAgentHeader("AnSinh load benchmark (Gatling)")
                .disableCaching();
        ScenarioBuilder officialsAtWork = scenario("officials")
                .feed(records.iterator())
                .exec(login())
                .exec(session -> session.set("step", 0))
                .pause(session -> Duration.ofMillis(Math.max(0, workFrom - System.currentTimeMillis())))
                .asLongAs(session -> System.currentTimeMillis() < measureFrom + (long) factors.length * STEP * 1000)
                .on(doSwitch("#{role}")
                        .on(onCase("commune-officer").then(officer()),
                                onCase("approver").then(approver()),
                                onCase("auditor").then(auditor())));
        long total = RAMP + 25 + WARMUP + (long) factors.length * STEP + 60;
        setUp(officialsAtWork.injectOpen(rampUsers(records.size()).during(RAMP)))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(total));
    }

    @Override
    public void after() {
        System.out.println(LoadStats.table(stepNames));
        System.out.println(Officials.workDone());
    }

    /** The next dossier of the official's waiting work, if any is left: its id in {@code workId}. */
    private static ChainBuilder nextWork() {
        return exec(session -> {
            List<Object> ids = session.getList("workIds");
            int done = session.getInt("workDone");
            session = session.remove("workId");
            return done < ids.size() ? session.set("workId", ids.get(done)).set("workDone", done + 1) : session;
        });
    }

    /** The officer opens a draft dossier and submits it: the case is created and awaits the decision. */
    private ChainBuilder submitDossier() {
        return exec(nextWork()).doIf(session -> session.contains("workId")).then(
                exec(timed("application: open a draft", http("application: open a draft")
                                .get("/intake/application.xhtml?id=#{workId}")
                                .check(status().is(200))
                                .check(substring("id=\"ready:markReady\"").exists())
                                .check(viewState())
                        .check(nonce())))
                        .exec(think())
                        .exec(timed("application: submit for decision", ajax("application: submit for decision",
                                        "/intake/application.xhtml", "ready", "ready:markReady", "@all")
                                // success: the browser is sent to the new case
                                .check(substring("<redirect url=").exists())
                                .check(substring("casework/case.xhtml").exists())))
                        .exec(think()));
    }

    /** The approver opens a submitted case's decision page and approves it: the decision is signed. */
    private ChainBuilder approveCase() {
        return exec(nextWork()).doIf(session -> session.contains("workId")).then(
                exec(timed("decision: open a submitted case", http("decision: open a submitted case")
                                .get("/casework/decide.xhtml?id=#{workId}")
                                .check(status().is(200))
                                .check(substring("id=\"decide:approve\"").exists())
                                .check(viewState())
                        .check(nonce())))
                        .exec(think())
                        .exec(timed("decision: approve and sign", ajax("decision: approve and sign",
                                        "/casework/decide.xhtml", "decide", "decide:approve", "@all")
                                .formParam("decide:note", "Đủ điều kiện theo hồ sơ.")
                                // read only when a condition fails: the approver's written reason to decide anyway
                                .formParam("decide:overrideReason",
                                        "Đã xác minh thực tế tại địa phương, người hưởng đủ điều kiện theo quy định.")
                                // success: the signed decision's number, with its PDF link
                                .check(substring("decisionPdf").exists())
                                .check(substring("ui-messages-error").notExists())))
                        .exec(think()));
    }

    private int step() {
        long elapsed = System.currentTimeMillis() - measureFrom;
        return (int) Math.max(0, Math.min(factors.length - 1, elapsed / (STEP * 1000L)));
    }

    /** A think time, shorter by the factor of the step the load is at. */
    private ChainBuilder think() {
        return pause(session -> {
            double seconds = ThreadLocalRandom.current().nextDouble(THINK_MIN, THINK_MAX) / factors[step()];
            return Duration.ofMillis((long) (seconds * 1000));
        });
    }

    /** The request, then its time recorded under its name (only once measuring has started). */
    private ChainBuilder timed(String name, HttpRequestActionBuilder request) {
        return exec(request.check(responseTimeInMillis().saveAs("rt"))).exec(session -> {
            long now = System.currentTimeMillis();
            if (now >= measureFrom) {
                boolean ok = session.contains("rt") && !session.isFailed();
                LoadStats.record(step(), name, session.contains("rt") ? session.getLong("rt") : -1, ok);
            }
            return session.remove("rt").markAsSucceeded();
        });
    }

    /** The login: the app redirects to Keycloak (with its PKCE challenge), the form is posted, back to the app. */
    private static ChainBuilder login() {
        return exec(http("login: open the app").get("#{home}")
                        .check(status().is(200))
                        .check(css("form#kc-form-login", "action").saveAs("loginAction")))
                // counted before the official gives up (a login refused here, e.g. with the app's 503 page, was not)
                .doIf(Session::isFailed)
                .then(exec(session -> {
                    LoadStats.login(false);
                    return session;
                }))
                .exitHereIfFailed()
                .pause(Duration.ofSeconds(1))
                .exec(http("login: post the form").post("#{loginAction}")
                        .formParam("username", "#{username}")
                        .formParam("password", "#{password}")
                        .formParam("credentialId", "")
                        .check(status().is(200))
                        .check(currentLocation().transform(l -> l.startsWith(APP)).is(true))
                        .check(css("form.logout-form").exists()))
                .exec(session -> {
                    LoadStats.login(!session.isFailed());
                    return session;
                })
                .exitHereIfFailed();
    }

    private static String pick(Session session, String key) {
        List<Object> values = session.getList(key);
        return String.valueOf(values.get(ThreadLocalRandom.current().nextInt(values.size())));
    }

    private static ChainBuilder pickRecords() {
        return exec(session -> {
            int i = ThreadLocalRandom.current().nextInt(session.getList("personIds").size());
            String name = String.valueOf(session.getList("names").get(i));
            return session.set("personId", session.getList("personIds").get(i))
                    .set("personalId", session.getList("personalIds").get(i))
                    .set("caseId", session.getList("caseIds").get(i))
                    // a name as officials type it: the full name, or the family name and the given name
                    .set("nameQuery", ThreadLocalRandom.current().nextBoolean() ? name : familyAndGiven(name));
        });
    }

    private static String familyAndGiven(String name) {
        String[] words = name.split(" ");
        return words.length < 3 ? name : words[0] + " " + words[words.length - 1];
    }

    /** The person search page, then a search by name and one by personal ID, each an ajax postback. */
    private ChainBuilder search() {
        return exec(timed("persons: open", http("persons: open").get("/registry/persons.xhtml")
                        .check(status().is(200))
                        .check(viewState())
                        .check(nonce())))
                .exec(think())
                .exec(timed("persons: search by name", ajax("persons: search by name", "/registry/persons.xhtml",
                                "search", "search:go", "search:table")
                        .formParam("search:query", "#{nameQuery}")
                        // a common name fills more than the first page: the table's update is what is checked
                        .check(substring("<update id=\"search:table\"").exists())))
                .exec(think())
                .exec(timed("persons: search by ID", ajax("persons: search by ID", "/registry/persons.xhtml",
                                "search", "search:go", "search:table")
                        .formParam("search:query", "#{personalId}")
                        .check(substring("#{personalId}").exists())));
    }

    /** A PrimeFaces ajax postback of a form, as the browser sends it. */
    private static HttpRequestActionBuilder ajax(String name, String page, String form, String source, String render) {
        return http(name).post(page)
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .header("Accept", "application/xml, text/xml, */*; q=0.01")
                .formParam("jakarta.faces.partial.ajax", "true")
                .formParam("jakarta.faces.source", source)
                .formParam("jakarta.faces.partial.execute", form)
                .formParam("jakarta.faces.partial.render", render)
                .formParam(source, source)
                .formParam(form, form)
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .formParam("primefaces.nonce", "#{nonce}")
                .check(status().is(200))
                .check(substring("<partial-response").exists())
                .check(substring("<error>").notExists())
                .check(noErrorPage());
    }

    private ChainBuilder officer() {
        return exec(pickRecords())
                .exec(timed("home: officer", http("home: officer").get("/officer/home.xhtml").check(status().is(200))))
                .exec(think())
                .exec(search())
                .exec(think())
                .exec(timed("person: open", http("person: open").get("/registry/person.xhtml?id=#{personId}")
                        .check(status().is(200))
                        .check(substring("#{personalId}").exists())))
                .exec(think())
                .exec(timed("case: open", http("case: open").get("/casework/case.xhtml?id=#{caseId}")
                        .check(status().is(200))))
                .exec(think())
                .exec(timed("person form: open", http("person form: open")
                        .get("/registry/person-form.xhtml?id=#{personId}")
                        .check(status().is(200))
                        .check(form("form#person").saveAs("personForm"))
                        .check(viewState())
                        .check(nonce())))
                .exec(think())
                .exec(timed("person form: save a correction", http("person form: save a correction")
                        .post("/registry/person-form.xhtml")
                        .header("Faces-Request", "partial/ajax")
                        .header("X-Requested-With", "XMLHttpRequest")
                        .header("Accept", "application/xml, text/xml, */*; q=0.01")
                        // every field as the form showed it, the phone number corrected, as PrimeFaces posts it
                        .formParamMap(session -> {
                            Map<String, Object> fields = new LinkedHashMap<>(session.getMap("personForm"));
                            fields.put("person:phone", "09" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999)));
                            fields.put("jakarta.faces.partial.ajax", "true");
                            fields.put("jakarta.faces.source", "person:save");
                            fields.put("jakarta.faces.partial.execute", "person");
                            fields.put("jakarta.faces.partial.render", "person messages");
                            fields.put("person:save", "person:save");
                            fields.put("jakarta.faces.ViewState", session.getString("viewState"));
                            fields.put("primefaces.nonce", session.getString("nonce"));
                            return fields;
                        })
                        .check(status().is(200))
                        .check(substring("<partial-response").exists())
                        .check(substring("<error>").notExists())
                        .check(noErrorPage())
                        .check(substring("ui-message-error").notExists())
                        .check(substring("ui-messages-error").notExists())))
                .exec(think())
                .exec(submitDossier());
    }

    /**
     * The ajax answer does not send the browser to an error page (an expired view, a crash): see {@link PartialAnswers}.
     */
    private static io.gatling.javaapi.core.CheckBuilder.Final noErrorPage() {
        return regex(PartialAnswers.ERROR_PAGE_REDIRECT).notExists();
    }

    /** The page's JSF view state (server-side state saving: its key), for the postbacks that follow. */
    private static io.gatling.javaapi.core.CheckBuilder.Final viewState() {
        return regex("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"").saveAs("viewState");
    }

    /**
     * The page's CSP nonce, which PrimeFaces' script sends with every ajax request ({@code primefaces.nonce}): without
     * it the answer's render fails with "CSP nonce mismatch" on pages that keep a nonce in their view.
     */
    private static io.gatling.javaapi.core.CheckBuilder.Final nonce() {
        return regex("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").withDefault("").saveAs("nonce");
    }

    private ChainBuilder approver() {
        return exec(pickRecords())
                .exec(timed("home: approver", http("home: approver").get("/approver/home.xhtml").check(status().is(200))))
                .exec(think())
                .exec(timed("case: open", http("case: open").get("/casework/case.xhtml?id=#{caseId}")
                        .check(status().is(200))))
                .exec(think())
                .exec(timed("case: decision page", http("case: decision page").get("/casework/decide.xhtml?id=#{caseId}")
                        .check(status().is(200))))
                .exec(think())
                .exec(approveCase())
                .exec(search())
                .exec(think());
    }

    private ChainBuilder auditor() {
        return exec(pickRecords())
                .doIfEqualsOrElse("#{unit}", "VN")
                .then(exec(timed("project06: province (national user)", http("project06: province (national user)")
                                .get("/account/project06.xhtml?scope=#{province}")
                                .check(status().is(200))
                                .check(css("#targets").exists())))
                        .exec(think())
                        .exec(timed("payroll: national run and lines", http("payroll: national run and lines")
                                .get("/payroll/run.xhtml?id=#{payrollRunId}")
                                .check(status().is(200)))))
                .orElse(exec(timed("home: auditor", http("home: auditor").get("/auditor/home.xhtml")
                                .check(status().is(200))))
                        .exec(think())
                        .exec(timed("project06: own province", http("project06: own province")
                                .get("/account/project06.xhtml?scope=#{province}")
                                .check(status().is(200))
                                .check(css("#targets").exists()))))
                .exec(think())
                .exec(search())
                .exec(think());
    }
}
