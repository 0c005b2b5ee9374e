package nl.tweespoor.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.i18n.Translations;
import nl.tweespoor.budget.Rollup;
import org.jspecify.annotations.Nullable;

/**
 * The board pack's charts, read from the {@link BoardPack} only (for a closed review: what closing kept and its final
 * decisions), so they are the same whenever the pack is made: budget per track against its envelope, the redesign
 * share before and after against the target, the RAG of the reviewed items, decisions by kind and budget released per
 * track. The first two need the review's figures and are left out when a review was closed before those were kept.
 */
final class PackCharts {

    private static final List<String> RAGS = List.of("GREEN", "AMBER", "RED");

    private final Translations translations;
    private final Locale locale;

    PackCharts(Translations translations, Locale locale) {
        this.translations = translations;
        this.locale = locale;
    }

    List<PackChart> of(BoardPack pack) {
        var charts = new ArrayList<PackChart>();
        var figures = pack.figures();
        if (figures != null) {
            charts.add(budget(figures.tracks()));
            charts.add(share(figures));
        }
        charts.add(rag(pack.agenda()));
        charts.add(decisions(pack));
        charts.add(released(pack));
        return charts;
    }

    private PackChart budget(List<Rollup> tracks) {
        var planned = tracks.stream().map(Rollup::planned).toList();
        var envelopes = tracks.stream()
                .map(r -> r.envelope() == null ? BigDecimal.ZERO : r.envelope())
                .toList();
        long over = tracks.stream().filter(Rollup::overEnvelope).count();
        return new PackChart(
                t("chart.budget.title"),
                t("chart.budget.message", over, tracks.size()),
                tracks.stream().map(r -> t("track." + r.key())).toList(),
                List.of(euros(t("chart.planned"), planned, false), euros(t("chart.envelope"), envelopes, true)));
    }

    private PackChart share(PackEvidence figures) {
        var values = List.of(figures.redesignShareBefore(), figures.redesignShareAfter());
        var target = figures.redesignTargetPct();
        return new PackChart(
                t("chart.share.title"),
                t("chart.share.message", pct(values.get(0)), pct(values.get(1)), pct(target)),
                List.of(t("chart.share.before"), t("chart.share.after")),
                List.of(
                        series(t("chart.share"), values, this::pct, false, PackChart.Series.PERCENT),
                        series(t("chart.target"), List.of(target, target), this::pct, true, PackChart.Series.PERCENT)));
    }

    private PackChart rag(List<AgendaItem> agenda) {
        var counts = new long[RAGS.size() + 1];
        for (var item : agenda) {
            int index = item.ragTrend().isEmpty()
                    ? -1
                    : RAGS.indexOf(item.ragTrend().getFirst());
            counts[index < 0 ? RAGS.size() : index]++;
        }
        var categories = new ArrayList<>(RAGS.stream().map(r -> t("rag." + r)).toList());
        categories.add(t("chart.rag.none"));
        return new PackChart(
                t("chart.rag.title"),
                t("chart.rag.message", counts[2], counts[1], counts[0], agenda.size()),
                categories,
                List.of(counts(t("chart.items"), Arrays.stream(counts).boxed().toList())));
    }

    private PackChart decisions(BoardPack pack) {
        var kinds = List.of(Decision.values());
        var counts = kinds.stream()
                .map(d -> pack.decisionCounts().getOrDefault(d.name(), 0L))
                .toList();
        long all = counts.stream().mapToLong(Long::longValue).sum();
        return new PackChart(
                t("chart.decisions.title"),
                t("chart.decisions.message", all, pack.decisionCounts().getOrDefault(Decision.STOP.name(), 0L)),
                kinds.stream().map(d -> t("decision." + d.name())).toList(),
                List.of(counts(t("chart.decisions"), counts)));
    }

    private PackChart released(BoardPack pack) {
        var tracks = List.of(Track.values());
        var amounts = tracks.stream()
                .map(track -> pack.agenda().stream()
                        .filter(item -> item.track().equals(track.name()))
                        .map(item -> released(item.decision()))
                        .reduce(BigDecimal.ZERO, BigDecimal::add))
                .toList();
        return new PackChart(
                t("chart.released.title"),
                t("chart.released.message", Formats.euros(pack.budgetReleased(), locale)),
                tracks.stream().map(track -> t("track." + track.name())).toList(),
                List.of(euros(t("pack.budget-released"), amounts, false)));
    }

    private static BigDecimal released(@Nullable DecisionRow decision) {
        return decision == null || decision.budgetReleased() == null ? BigDecimal.ZERO : decision.budgetReleased();
    }

    private PackChart.Series euros(String name, List<BigDecimal> amounts, boolean outlined) {
        return series(name, amounts, a -> Formats.euros(a, locale), outlined, PackChart.Series.EUROS);
    }

    private static PackChart.Series counts(String name, List<Long> counts) {
        return new PackChart.Series(
                name,
                counts.stream().map(Long::doubleValue).toList(),
                counts.stream().map(String::valueOf).toList(),
                false,
                PackChart.Series.COUNT);
    }

    private static PackChart.Series series(
            String name,
            List<BigDecimal> values,
            Function<BigDecimal, String> label,
            boolean outlined,
            String numberFormat) {
        return new PackChart.Series(
                name,
                values.stream().map(BigDecimal::doubleValue).toList(),
                values.stream().map(label).toList(),
                outlined,
                numberFormat);
    }

    private String pct(BigDecimal value) {
        return Formats.number(value.stripTrailingZeros(), locale) + "%";
    }

    private String t(String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }
}
