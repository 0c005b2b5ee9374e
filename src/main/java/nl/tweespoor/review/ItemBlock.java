package nl.tweespoor.review;

import static nl.tweespoor.review.PdfBlocks.ACCENT;
import static nl.tweespoor.review.PdfBlocks.INK;
import static nl.tweespoor.review.PdfBlocks.facts;
import static nl.tweespoor.review.PdfBlocks.font;
import static nl.tweespoor.review.PdfBlocks.row;

import java.util.Locale;
import java.util.stream.Collectors;
import nl.tweespoor.base.i18n.Formats;
import nl.tweespoor.base.i18n.Translations;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** One agenda item in the board pack: its title over its evidence and decision, kept together on one page. */
final class ItemBlock {

    private final Translations translations;
    private final Locale locale;

    ItemBlock(Translations translations, Locale locale) {
        this.translations = translations;
        this.locale = locale;
    }

    PdfPTable of(AgendaItem item) {
        var block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setKeepTogether(true);
        block.setSpacingBefore(14);
        var title = new PdfPCell(new Phrase(item.title(), font(13, Font.BOLD, INK)));
        title.setBorder(PdfPCell.BOTTOM);
        title.setBorderColor(ACCENT);
        title.setBorderWidth(1.2f);
        title.setPaddingBottom(6);
        block.addCell(title);
        var facts = facts();
        if (item.evidence() == AgendaItem.Evidence.NOT_KEPT) {
            decision(facts, item.decision());
            var holder = new PdfPCell(facts);
            holder.setBorder(PdfPCell.NO_BORDER);
            block.addCell(holder);
            return block;
        }
        row(facts, t("budget.track"), t("track." + item.track()) + " · " + t("stage." + item.stage()));
        var department = item.department();
        if (department != null) {
            row(facts, t("field.department"), department);
        }
        row(facts, t("field.owner"), item.owner());
        row(
                facts,
                t("field.status"),
                item.signals().flags().stream().map(f -> t("flag." + f.name())).collect(Collectors.joining(", ")));
        row(facts, t("review.last-status"), orNone(item.lastSummary()));
        row(
                facts,
                t("review.rag-trend"),
                orNone(item.ragTrend().stream().map(r -> t("rag." + r)).collect(Collectors.joining(" / "))));
        row(
                facts,
                t("review.budget-year"),
                t(
                        "pack.actual-planned",
                        Formats.euros(item.actualYear(), locale),
                        Formats.euros(item.plannedYear(), locale)));
        row(facts, t("review.outcomes"), orNone(item.outcomes()));
        if (!item.openHighRisks().isEmpty()) {
            row(
                    facts,
                    t("risk.agenda.open-high"),
                    item.openHighRisks().stream()
                            .map(r -> t("risk.agenda.line", r.description(), r.likelihood(), r.impact(), r.score()))
                            .collect(Collectors.joining("; ")));
        }
        row(facts, t("evidence.principles"), principles(item.principles()));
        var journey = item.journey();
        if (journey != null) {
            row(facts, t("journey.evidence"), journey.describe(this::t));
        }
        decision(facts, item.decision());
        var holder = new PdfPCell(facts);
        holder.setBorder(PdfPCell.NO_BORDER);
        block.addCell(holder);
        return block;
    }

    private void decision(PdfPTable facts, @Nullable DecisionRow decision) {
        row(
                facts,
                t("review.decision"),
                decision == null
                        ? t("review.no-decision")
                        : t("decision." + decision.decision().name()) + " — " + decision.reason());
        if (decision != null && decision.conditions() != null) {
            row(facts, t("field.conditions"), decision.conditions());
        }
        if (decision != null && decision.learned() != null) {
            row(facts, t("field.learned"), decision.learned());
        }
        if (decision != null
                && decision.budgetReleased() != null
                && decision.budgetReleased().signum() > 0) {
            row(facts, t("pack.budget-released"), Formats.euros(decision.budgetReleased(), locale));
        }
    }

    private String principles(AgendaItem.Principles principles) {
        return t(
                "evidence.principles-line",
                principles.meets(),
                principles.gaps(),
                principles.notApplicable(),
                principles.unassessed());
    }

    private String t(String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    private static String orNone(@Nullable String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
