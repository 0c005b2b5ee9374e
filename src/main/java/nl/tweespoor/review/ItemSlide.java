package nl.tweespoor.review;

import static nl.tweespoor.review.SlideText.MARGIN;
import static nl.tweespoor.review.SlideText.WIDTH;
import static nl.tweespoor.review.SlideText.box;
import static nl.tweespoor.review.SlideText.fact;
import static nl.tweespoor.review.SlideText.slide;

import java.util.Locale;
import java.util.stream.Collectors;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.i18n.Translations;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.jspecify.annotations.Nullable;

/**
 * A flagged item's slide: its title, then track and stage, department, owner, flags, last status and RAG trend, the year's budget,
 * and the decision with its reason, as the item's block in the PDF has them (for a closed review: as closing kept them).
 */
final class ItemSlide {

    private static final double SIZE = 15;

    private final Translations translations;
    private final Locale locale;

    ItemSlide(Translations translations, Locale locale) {
        this.translations = translations;
        this.locale = locale;
    }

    void add(XMLSlideShow show, AgendaItem item) {
        var slide = slide(show, item.title());
        var box = box(slide, MARGIN, 100, WIDTH - 2 * MARGIN, 400);
        fact(box, t("budget.track"), t("track." + item.track()) + " · " + t("stage." + item.stage()), SIZE);
        fact(box, t("field.department"), orNone(item.department()), SIZE);
        fact(box, t("field.owner"), item.owner(), SIZE);
        fact(
                box,
                t("pack.flags"),
                item.signals().flags().stream().map(f -> t("flag." + f.name())).collect(Collectors.joining(", ")),
                SIZE);
        fact(box, t("review.last-status"), orNone(item.lastSummary()), SIZE);
        fact(
                box,
                t("review.rag-trend"),
                orNone(item.ragTrend().stream().map(r -> t("rag." + r)).collect(Collectors.joining(" ← "))),
                SIZE);
        fact(
                box,
                t("review.budget-year"),
                t(
                        "pack.actual-planned",
                        Formats.euros(item.actualYear(), locale),
                        Formats.euros(item.plannedYear(), locale)),
                SIZE);
        var decision = item.decision();
        fact(
                box,
                t("review.decision"),
                decision == null
                        ? t("review.no-decision")
                        : t("decision." + decision.decision().name()) + " — " + decision.reason(),
                SIZE);
    }

    private String t(String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    private static String orNone(@Nullable String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
