import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The tables the benchmark prints (Markdown, so they paste into the README) and the targets, PASS or FAIL. */
final class Report {

    private Report() {}

    static String kb(long bytes) {
        return bytes >= 1 << 20
                ? String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0)
                : String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.0f", value);
    }

    static String render(Map<String, Bench.DataSetResult> results, Bench.Options options) {
        var out = new StringBuilder();
        var sets = new ArrayList<>(results.keySet());
        out.append(String.format(
                Locale.ROOT,
                "Benchmark %s, %s mode, %d repetitions per view, %d cores%n%n",
                java.time.LocalDateTime.now().withNano(0),
                options.quick() ? "quick" : "full",
                options.repetitions(),
                Runtime.getRuntime().availableProcessors()));
        out.append(
                "Navigation round trip (median / p95 ms), its payload, SQL statements; bootstrap (page, init and first navigation, "
                        + "median ms); a grid's next page (median ms, payload).\n\n");
        var header = new StringBuilder("| view |");
        var rule = new StringBuilder("|---|");
        for (var set : sets) {
            var name = label(set);
            header.append(" ")
                    .append(name)
                    .append(" nav ms | ")
                    .append(name)
                    .append(" KB | ")
                    .append(name)
                    .append(" SQL | ")
                    .append(name)
                    .append(" boot ms | ")
                    .append(name)
                    .append(" next page |");
            rule.append("---:|---:|---:|---:|---:|");
        }
        out.append(header).append('\n').append(rule).append('\n');
        for (var view : Bench.VIEWS.keySet()) {
            out.append("| ").append(view).append(" |");
            for (var set : sets) {
                var v = results.get(set).views().get(view);
                out.append(' ')
                        .append(ms(v.navigation().median()))
                        .append(" / ")
                        .append(ms(v.navigation().p95()))
                        .append(" | ")
                        .append(kb(v.navigationBytes()))
                        .append(" | ")
                        .append(v.statements())
                        .append(" | ")
                        .append(ms(v.bootstrap().median()))
                        .append(" | ")
                        .append(
                                v.gridPage().count() == 0
                                        ? "–"
                                        : ms(v.gridPage().median()) + " ms, " + kb(v.gridBytes()))
                        .append(v.errors() > 0 ? " (" + v.errors() + " errors)" : "")
                        .append(" |");
            }
            out.append('\n');
        }
        out.append("\n| capacity | ");
        sets.forEach(s -> out.append(label(s)).append(" | "));
        out.append("\n|---|").append("---:|".repeat(sets.size())).append('\n');
        row(
                out,
                "main views' mix, page views/s at saturation (" + options.saturationClients() + " clients)",
                sets,
                results,
                r -> String.format(Locale.ROOT, "%.1f", r.capacity().mixPerSecond()));
        row(
                out,
                "/change-password alone, page views/s",
                sets,
                results,
                r -> String.format(Locale.ROOT, "%.1f", r.capacity().trivialPerSecond()));
        row(
                out,
                "mix / trivial",
                sets,
                results,
                r -> String.format(
                        Locale.ROOT,
                        "%.0f %%",
                        100 * r.capacity().mixPerSecond() / r.capacity().trivialPerSecond()));
        row(
                out,
                "CPU ms per page view, main views' mix: app + database, client",
                sets,
                results,
                r -> cpu(r.capacity().mixCpu()));
        row(
                out,
                "CPU ms per page view, /change-password: app + database, client",
                sets,
                results,
                r -> cpu(r.capacity().trivialCpu()));
        row(
                out,
                "server CPU per page view, /change-password / mix",
                sets,
                results,
                r -> String.format(
                        Locale.ROOT,
                        "%.0f %%",
                        100
                                * r.capacity().trivialCpu().server()
                                / r.capacity().mixCpu().server()));
        row(
                out,
                "100 sessions, 1–3 s think time: p50 / p95 ms",
                sets,
                results,
                r -> ms(r.think().latency().median()) + " / "
                        + ms(r.think().latency().p95()));
        row(
                out,
                "… page views, errors",
                sets,
                results,
                r -> r.think().views() + ", " + r.think().errors());
        row(out, "live heap per session after every main view", sets, results, r -> kb(r.heapPerSession()));
        for (var view : Bench.AFTER_CHANGE) {
            row(
                    out,
                    view + " right after a committed change (figures computed afresh), median ms",
                    sets,
                    results,
                    r -> ms(r.afterChange().get(view).median()));
        }
        row(
                out,
                "review meeting: decision round trip median / p95 ms",
                sets,
                results,
                r -> ms(r.meeting().decision().median()) + " / "
                        + ms(r.meeting().decision().p95()));
        row(
                out,
                "review meeting: closing, ms (decisions)",
                sets,
                results,
                r -> ms(r.meeting().closingMillis()) + " (" + r.meeting().decisions() + ")");
        row(
                out,
                "views left out of load and heap phases (too slow for one user)",
                sets,
                results,
                r -> r.leftOut().isEmpty() ? "none" : String.join(", ", r.leftOut()));
        out.append('\n').append(targets(results));
        return out.toString();
    }

    private static String label(String set) {
        return set.equals("true") ? "demo" : set;
    }

    private static void row(
            StringBuilder out,
            String name,
            List<String> sets,
            Map<String, Bench.DataSetResult> results,
            java.util.function.Function<Bench.DataSetResult, String> value) {
        out.append("| ").append(name).append(" | ");
        sets.forEach(s -> out.append(value.apply(results.get(s))).append(" | "));
        out.append('\n');
    }

    /** The targets of issue 11; those that need both data sets are checked when both ran. */
    static String targets(Map<String, Bench.DataSetResult> results) {
        var out = new StringBuilder("Targets (issue 11):\n\n");
        var demo = results.get("true");
        var large = results.get("large");
        int pass = 0;
        int fail = 0;
        if (demo != null && large != null) {
            for (var view : Bench.VIEWS.keySet()) {
                var d = demo.views().get(view);
                var l = large.views().get(view);
                double limit = 2 * d.navigation().median() + 50;
                boolean time = l.navigation().median() <= limit;
                boolean size = l.navigationBytes() <= 300 * 1024 && l.gridBytes() <= 300 * 1024;
                boolean sql = d.statements() == l.statements();
                out.append(String.format(
                        Locale.ROOT,
                        "- %s %-20s large %s ms ≤ 2 × %s + 50 = %s ms; %s %s ≤ 300 KB; %s SQL %d = %d%n",
                        mark(time && size && sql),
                        view,
                        ms(l.navigation().median()),
                        ms(d.navigation().median()),
                        ms(limit),
                        mark(size),
                        kb(Math.max(l.navigationBytes(), l.gridBytes())),
                        mark(sql),
                        d.statements(),
                        l.statements()));
                pass += time && size && sql ? 1 : 0;
                fail += time && size && sql ? 0 : 1;
            }
        }
        var review = large != null ? large : demo;
        if (review != null) {
            double open = review.views().get("review in progress").navigation().median();
            boolean ok = open <= 300;
            out.append(String.format(
                    Locale.ROOT,
                    "- %s review page with every active item opens in %s ms ≤ 300 ms%n",
                    mark(ok),
                    ms(open)));
            pass += ok ? 1 : 0;
            fail += ok ? 0 : 1;
            var meeting = review.meeting();
            boolean decision = meeting.decision().median() <= 100;
            out.append(String.format(
                    Locale.ROOT,
                    "- %s a decision round trip %s ms (median) ≤ 100 ms%n",
                    mark(decision),
                    ms(meeting.decision().median())));
            boolean closing = meeting.closingMillis() <= 10_000;
            out.append(String.format(
                    Locale.ROOT,
                    "- %s closing the review with %d decisions in %s ms ≤ 10 s%n",
                    mark(closing),
                    meeting.decisions(),
                    ms(meeting.closingMillis())));
            pass += (decision ? 1 : 0) + (closing ? 1 : 0);
            fail += (decision ? 0 : 1) + (closing ? 0 : 1);
        }
        for (var entry : results.entrySet()) {
            var searches = entry.getValue().searches();
            var name = label(entry.getKey());
            boolean search = searches.search().median() <= 100;
            boolean similar = searches.similarDraft().median() <= 100;
            out.append(String.format(
                    Locale.ROOT,
                    "- %s %s: a search (\"chatbot\") %s ms (median) ≤ 100 ms%n",
                    mark(search),
                    name,
                    ms(searches.search().median())));
            out.append(String.format(
                    Locale.ROOT,
                    "- %s %s: the similar items of a draft %s ms (median) ≤ 100 ms%n",
                    mark(similar),
                    name,
                    ms(searches.similarDraft().median())));
            pass += (search ? 1 : 0) + (similar ? 1 : 0);
            fail += (search ? 0 : 1) + (similar ? 0 : 1);
        }
        for (var entry : results.entrySet()) {
            var r = entry.getValue();
            var name = label(entry.getKey());
            double ratio = r.capacity().mixPerSecond() / r.capacity().trivialPerSecond();
            boolean complete = r.leftOut().isEmpty();
            boolean capacity = ratio >= 0.8 && complete;
            boolean think = r.think().latency().p95() <= 500 && r.think().errors() == 0 && complete;
            boolean heap = r.heapPerSession() <= 1 << 20 && complete;
            if (!complete) {
                out.append("- FAIL ")
                        .append(name)
                        .append(": the load and heap phases left out ")
                        .append(String.join(", ", r.leftOut()))
                        .append('\n');
            }
            out.append(String.format(
                    Locale.ROOT,
                    "- %s %s: main views' mix at %.0f %% of /change-password ≥ 80 %%%n",
                    mark(capacity),
                    name,
                    100 * ratio));
            out.append(String.format(
                    Locale.ROOT,
                    "- %s %s: 100 sessions p95 %s ms ≤ 500 ms, %d errors%n",
                    mark(think),
                    name,
                    ms(r.think().latency().p95()),
                    r.think().errors()));
            out.append(String.format(
                    Locale.ROOT,
                    "- %s %s: live heap per session %s ≤ 1 MB%n",
                    mark(heap),
                    name,
                    kb(r.heapPerSession())));
            pass += (capacity ? 1 : 0) + (think ? 1 : 0) + (heap ? 1 : 0);
            fail += (capacity ? 0 : 1) + (think ? 0 : 1) + (heap ? 0 : 1);
        }
        out.append(String.format(Locale.ROOT, "%n%d PASS, %d FAIL%n", pass, fail));
        return out.toString();
    }

    private static String mark(boolean ok) {
        return ok ? "PASS" : "FAIL";
    }

    private static String cpu(CpuMeter.PerView view) {
        return String.format(Locale.ROOT, "%.1f + %.1f, %.1f", view.app(), view.database(), view.client());
    }
}
