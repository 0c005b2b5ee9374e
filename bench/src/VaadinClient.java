import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One browser tab of one signed-in user, speaking Vaadin Flow's protocol as the client engine does: the bootstrap
 * page, the init request ({@code ?v-r=init}) that creates a UI and builds its first view, then UIDL requests
 * ({@code POST ?v-r=uidl&v-uiId=N}, with the UI's security key and the syncId/clientId counters) carrying a
 * {@code ui-navigate} event on the UI's root node or a grid's {@code setViewportRange} call.
 */
final class VaadinClient {

    /** What one request cost, as the client saw it. */
    record Exchange(long nanos, long bytes, boolean ok, String problem) {}

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_PARAM = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");
    private static final int ROOT_NODE = 1;

    private final String base;
    private final HttpClient http;
    private String securityKey;
    private int uiId = -1;
    private int syncId;
    private int clientId;
    private int promise;
    private final List<Integer> grids = new ArrayList<>();
    private final List<int[]> confirmations = new ArrayList<>();

    VaadinClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Signs in through the login form, as the browser posts it (user name, password and Spring's CSRF token). */
    void signIn(String username, String password) throws IOException, InterruptedException {
        var page = get("/login");
        var token = first(CSRF_META, page.body());
        var parameter = first(CSRF_PARAM, page.body());
        var form = "username=" + enc(username) + "&password=" + enc(password)
                + (token == null ? "" : "&" + enc(parameter == null ? "_csrf" : parameter) + "=" + enc(token));
        var response = http.send(
                request("/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error") || location.endsWith("/login")) {
            throw new IOException("sign-in as " + username + " failed: " + response.statusCode() + " " + location);
        }
    }

    /**
     * Opens a new tab at {@code route}: the bootstrap page, the init request (which creates the UI) and the first
     * navigation, in which the client's router asks the server for the view (Vaadin 25 builds no view in init).
     */
    Exchange open(String route) throws IOException, InterruptedException {
        long start = System.nanoTime();
        var page = get("/" + route);
        if (page.statusCode() != 200) {
            return new Exchange(
                    System.nanoTime() - start, page.body().length(), false, "bootstrap " + page.statusCode());
        }
        var init = get("/?v-r=init&location=" + enc(path(route)) + "&query=" + browserDetails());
        long bytes = bytes(page.body()) + bytes(init.body());
        if (init.statusCode() != 200) {
            return new Exchange(System.nanoTime() - start, bytes, false, "init " + init.statusCode());
        }
        var json = Json.object(Json.parse(init.body()));
        var config = Json.object(json.get("appConfig"));
        var uidl = Json.object(config.get("uidl"));
        securityKey = (String) uidl.get("Vaadin-Security-Key");
        if (securityKey == null) {
            return new Exchange(System.nanoTime() - start, bytes, false, "no security key in init");
        }
        uiId = ((Number) config.getOrDefault("v-uiId", 0)).intValue();
        syncId = uidl.get("syncId") instanceof Number n ? n.intValue() : 0;
        clientId = uidl.get("clientId") instanceof Number n ? n.intValue() : 0;
        confirmations.clear();
        var first = navigate(route);
        return new Exchange(System.nanoTime() - start, bytes + first.bytes(), first.ok(), first.problem());
    }

    /** The route without its query string ("search?q=chatbot" is "search"). */
    static String path(String route) {
        int question = route.indexOf('?');
        return question < 0 ? route : route.substring(0, question);
    }

    /** Navigates this tab to {@code route} (with any query after "?") as a click in the side navigation does. */
    Exchange navigate(String route) throws IOException, InterruptedException {
        var query = route.length() > path(route).length()
                ? route.substring(path(route).length() + 1)
                : "";
        var data = "{\"route\":" + Json.quote(path(route)) + ",\"query\":" + Json.quote(query)
                + ",\"appShellTitle\":\"\"," + "\"historyState\":{\"idx\":" + (clientId + 1) + "},\"trigger\":\"\"}";
        var rpc = "{\"type\":\"event\",\"node\":" + ROOT_NODE + ",\"event\":\"ui-navigate\",\"data\":" + data + "}";
        grids.clear();
        return uidl(rpc, route, true);
    }

    /** Closes the tab as a browser does when it leaves the page: the unload beacon, so the server drops the UI. */
    void close() throws IOException, InterruptedException {
        var body = "{\"csrfToken\":" + Json.quote(securityKey) + ",\"rpc\":[],\"syncId\":" + syncId + ",\"clientId\":"
                + clientId + ",\"UNLOAD\":true}";
        http.send(
                request("/?v-r=uidl&v-uiId=" + uiId)
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }

    /** Whether the last view built holds a grid. */
    boolean hasGrid() {
        return !grids.isEmpty();
    }

    /** Asks the first grid of the view for rows {@code first} to {@code first + count}, as scrolling does. */
    Exchange gridRange(int first, int count) throws IOException, InterruptedException {
        var rpc = "{\"type\":\"publishedEventHandler\",\"node\":" + grids.get(0)
                + ",\"templateEventMethodName\":\"setViewportRange\",\"templateEventMethodArgs\":[" + first + ","
                + count + "],\"promise\":" + (promise++) + "}";
        return uidl(rpc, null, false);
    }

    private Exchange uidl(String rpc, String route, boolean collectGrids) throws IOException, InterruptedException {
        // The grid connector confirms every data update it received; a browser sends that at once, we with the next
        // request (so the server can let go of the rows it sent).
        var calls = new StringBuilder();
        for (var confirm : confirmations) {
            calls.append("{\"type\":\"publishedEventHandler\",\"node\":")
                    .append(confirm[0])
                    .append(",\"templateEventMethodName\":\"confirmUpdate\",\"templateEventMethodArgs\":[")
                    .append(confirm[1])
                    .append("],\"promise\":")
                    .append(promise++)
                    .append("},");
        }
        confirmations.clear();
        var body = "{\"csrfToken\":" + Json.quote(securityKey) + ",\"rpc\":[" + calls + rpc + "],\"syncId\":" + syncId
                + ",\"clientId\":" + clientId + "}";
        long start = System.nanoTime();
        var response = http.send(
                request("/?v-r=uidl&v-uiId=" + uiId)
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - start;
        var text = response.body();
        long bytes = bytes(text);
        if (response.statusCode() != 200) {
            return new Exchange(nanos, bytes, false, "uidl " + response.statusCode());
        }
        var json = text.startsWith("for(;;);") ? text.substring("for(;;);".length()) : text;
        var parsed = Json.parse(json);
        var message =
                parsed instanceof List<?> list ? Json.object(list.isEmpty() ? null : list.get(0)) : Json.object(parsed);
        if (message.get("syncId") instanceof Number n) {
            syncId = n.intValue();
        }
        clientId = message.get("clientId") instanceof Number n ? n.intValue() : clientId + 1;
        if (collectGrids) {
            findGrids(message);
        }
        collectConfirmations(message);
        var problem = problem(message, route);
        return new Exchange(nanos, bytes, problem == null, problem);
    }

    /** A session that expired, a resynchronisation or an error view means the page did not open. */
    private static String problem(Map<String, Object> message, String route) {
        var meta = Json.object(message.get("meta"));
        if (meta.containsKey("sessionExpired") || meta.containsKey("appError")) {
            return "meta " + meta.keySet();
        }
        if (Boolean.TRUE.equals(message.get("resynchronize"))) {
            return "resynchronize";
        }
        return null;
    }

    private void collectConfirmations(Map<String, Object> message) {
        for (var command : Json.list(message.get("execute"))) {
            var parts = Json.list(command);
            if (parts.size() == 3
                    && parts.get(2) instanceof String script
                    && script.contains("$connector.confirm(")
                    && Json.object(parts.get(0)).get("@v-node") instanceof Number node
                    && parts.get(1) instanceof Number id) {
                confirmations.add(new int[] {node.intValue(), id.intValue()});
            }
        }
    }

    private void findGrids(Map<String, Object> message) {
        for (var change : Json.list(message.get("changes"))) {
            var c = Json.object(change);
            if ("tag".equals(c.get("key"))
                    && "vaadin-grid".equals(c.get("value"))
                    && c.get("node") instanceof Number node) {
                grids.add(node.intValue());
            }
        }
    }

    /** Statements the server has run (only with --tweespoor.benchmark=true). */
    long sqlStatements() throws IOException, InterruptedException {
        return Long.parseLong(get("/benchmark/sql").body().trim());
    }

    /** Runs a timed benchmark action of the app (only with --tweespoor.benchmark=true) and returns its answer. */
    String action(String name) throws IOException, InterruptedException {
        var response = get("/benchmark/" + name);
        if (response.statusCode() != 200) {
            throw new IOException("/benchmark/" + name + " answered " + response.statusCode());
        }
        return response.body().trim();
    }

    /** Live heap after a full collection (only with --tweespoor.benchmark=true). */
    long liveHeap() throws IOException, InterruptedException {
        return Long.parseLong(get("/benchmark/heap").body().trim());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
    }

    private static String browserDetails() {
        return "&v-sw=1920&v-sh=1080&v-ww=1600&v-wh=900&v-bw=1600&v-bh=900&v-tzo=-60&v-rtzo=-60&v-dstd=60"
                + "&v-dston=false&v-tzid=Europe%2FAmsterdam&v-curdate=" + System.currentTimeMillis()
                + "&v-td=false&v-pr=1&v-wn=bench-" + System.nanoTime();
    }

    private static long bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String first(Pattern pattern, String text) {
        var matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
