package nl.tweespoor.budget;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.NotFoundException;
import nl.tweespoor.base.NotPermittedException;
import nl.tweespoor.base.PortfolioCache;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.base.Settings;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.i18n.Translations;
import nl.tweespoor.base.validation.Drafts;
import nl.tweespoor.export.ExportFormat;
import nl.tweespoor.export.Spreadsheets;
import nl.tweespoor.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budgets: leaders set envelopes, the redesign target and planned amounts; programme managers enter actuals on their
 * own items. Roll-ups come from a few grouped queries.
 */
@Service
public class BudgetService {

    /** app_setting.redesign_target_pct: numeric(5, 2). */
    public static final int PERCENT_PRECISION = 5;

    public static final int PERCENT_SCALE = 2;

    private final BudgetRepository repository;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Settings settings;
    private final PortfolioCache cache;
    private final ReserveGuard reserveGuard;
    private final Spreadsheets spreadsheets;
    private final Translations translations;

    BudgetService(
            BudgetRepository repository,
            CurrentUser currentUser,
            AuditLog auditLog,
            Settings settings,
            PortfolioCache cache,
            ReserveGuard reserveGuard,
            Spreadsheets spreadsheets,
            Translations translations) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.settings = settings;
        this.cache = cache;
        this.reserveGuard = reserveGuard;
        this.spreadsheets = spreadsheets;
        this.translations = translations;
    }

    /** The four quarters of the year for one item; quarters without a stored row show zero. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<BudgetLine> itemLines(long initiativeId, int year) {
        var stored = repository.lines(initiativeId, year);
        var lines = new ArrayList<BudgetLine>();
        for (int q = 1; q <= 4; q++) {
            var quarter = new Quarter(year, q).toString();
            lines.add(stored.stream()
                    .filter(l -> l.quarter().equals(quarter))
                    .findFirst()
                    .orElse(new BudgetLine(quarter, BigDecimal.ZERO, BigDecimal.ZERO, 0)));
        }
        return lines;
    }

    /**
     * The stored lines of many items in the given quarters, per item (an item or quarter without a line is absent):
     * what an import's update reads before it saves, so its save carries the versions it saw.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, List<BudgetLine>> storedLines(Collection<Long> initiativeIds, Collection<String> quarters) {
        return repository.lines(initiativeIds, quarters);
    }

    /** An item's planned and actual spend to date (all quarters up to the current one). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Rollup itemToDate(long initiativeId) {
        var sums = repository.toDate(initiativeId, Quarter.of(LocalDate.now()));
        return new Rollup(String.valueOf(initiativeId), "to-date", sums[0], sums[1], null);
    }

    @PreAuthorize("isAuthenticated()")
    public boolean mayPlan() {
        return currentUser.require().isLeader();
    }

    @PreAuthorize("isAuthenticated()")
    public boolean mayEnterActuals(long ownerId) {
        return currentUser.require().mayWorkOnItemOwnedBy(ownerId);
    }

    /**
     * Saves the quarter grid of one item. A changed planned amount needs a leader; a changed actual needs the owner
     * or a leader. Every quarter is checked against the version the user saw; any refusal leaves all quarters as
     * they were.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('LEADER', 'PROGRAMME_MANAGER')")
    public void saveLines(long initiativeId, List<LineEdit> edits) {
        save(initiativeId, edits, null);
    }

    /**
     * Saves the quarter grid of an optimise item although it eats into the year's redesign reserve: a leader's
     * override, with the reason, recorded and audited. Without a reason it is refused like any plan past the reserve.
     */
    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public void saveLinesOverridingReserve(long initiativeId, List<LineEdit> edits, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reserve.override-reason-required");
        }
        save(initiativeId, edits, reason);
    }

    private void save(long initiativeId, List<LineEdit> edits, @Nullable String overrideReason) {
        var user = currentUser.require();
        var item = repository.item(initiativeId).orElseThrow(NotFoundException::new);
        // The reserve is weighed on the plans as entered; a plan refused here leaves every quarter as it was.
        var plans = edits.stream()
                .map(edit -> new ReserveGuard.Plan(Quarter.parse(edit.quarter()).toString(), amount(edit.planned())))
                .toList();
        if (user.isLeader()) {
            reserveGuard.check(item.id(), item.title(), plans, overrideReason, user.id());
        }
        for (var edit : edits) {
            var quarter = Quarter.parse(edit.quarter()).toString();
            var planned = amount(edit.planned());
            var actual = amount(edit.actual());
            var line = repository.lineAsSeen(item.id(), quarter, edit.version());
            var oldPlanned = line.map(BudgetLine::planned).orElse(BigDecimal.ZERO);
            var oldActual = line.map(BudgetLine::actual).orElse(BigDecimal.ZERO);
            boolean plannedChanged = oldPlanned.compareTo(planned) != 0;
            boolean actualChanged = oldActual.compareTo(actual) != 0;
            if (!plannedChanged && !actualChanged) {
                continue;
            }
            if (plannedChanged && !user.isLeader()) {
                throw new NotPermittedException("budget.only-leaders-plan");
            }
            if (actualChanged && !user.mayWorkOnItemOwnedBy(item.ownerId())) {
                throw new NotPermittedException("budget.only-owner-actuals");
            }
            var saved = repository.saveLine(item.id(), quarter, planned, actual, edit.version());
            auditLog.record(new AuditEntry(
                    "BUDGET_LINE_SAVED",
                    "budget_line",
                    saved.row(),
                    item.id(),
                    item.title() + " " + quarter + ": planned " + planned + ", actual " + actual,
                    saved.before(),
                    saved.after()));
        }
    }

    /**
     * The year per track against its envelope and the redesign balance: one statement over the year's lines plus the
     * request's settings. The dashboard shows this and nothing more of the budget.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public YearTotals yearTotals(int year) {
        var sums = cache.get(List.of("budget-year-totals", year), () -> List.copyOf(repository.yearTotals(year)));
        var tracks = new ArrayList<YearTotals.TrackTotal>();
        var redesign = BigDecimal.ZERO;
        var total = BigDecimal.ZERO;
        for (var track : Track.values()) {
            var row = sums.stream().filter(r -> r.track() == track).findFirst().orElseThrow();
            tracks.add(new YearTotals.TrackTotal(
                    track,
                    new Rollup(track.name(), track.name(), row.planned(), row.actual(), row.envelope()),
                    row.envelopeVersion()));
            redesign = redesign.add(row.redesignPlanned());
            total = total.add(row.planned());
        }
        var settings = this.settings.current();
        return new YearTotals(
                year, tracks, new Balance(redesign, total, settings.redesignTargetPct()), settings.version());
    }

    /** The budget page: the year's totals, then per goal and per department (one more statement). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public BudgetOverview overview(int year) {
        var groups = cache.get(List.of("budget-group-totals", year), () -> repository.groupTotals(year));
        return new BudgetOverview(yearTotals(year), groups.goals(), groups.departments());
    }

    /**
     * Writes the year's roll-ups as the budget page shows them — per track (with its envelope), per goal, per
     * department — as one table in the user's language, and records the export. Anyone signed in reads the page.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void exportRollups(int year, ExportFormat format, Locale locale, OutputStream out) {
        var overview = overview(year);
        var rows = Stream.of(
                        overview.tracks().stream()
                                .map(t -> new BudgetExport.RollupRow(
                                        "budget.track",
                                        translations.getTranslation("track." + t.key(), locale),
                                        t.planned(),
                                        t.actual(),
                                        t.envelope())),
                        overview.goals().stream().map(g -> rollupRow("field.goal", g)),
                        overview.departments().stream().map(d -> rollupRow("field.department", d)))
                .flatMap(s -> s);
        long written = spreadsheets.write(format, BudgetExport.ROLLUPS, rows, locale, out);
        auditLog.recordExport("budget-rollups", format.name(), written, "year=" + year);
    }

    private static BudgetExport.RollupRow rollupRow(String groupKey, Rollup rollup) {
        return new BudgetExport.RollupRow(groupKey, rollup.label(), rollup.planned(), rollup.actual(), null);
    }

    /**
     * Writes the year's budget lines, one row per item and quarter, streamed from the database, in the user's
     * language, and records the export. Anyone signed in reads an item's budget, so anyone may export the lines.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void exportLines(int year, ExportFormat format, Locale locale, OutputStream out) {
        long written;
        try (var lines = repository.exportLines(year)) {
            written = spreadsheets.write(format, BudgetExport.LINES, lines, locale, out);
        }
        auditLog.recordExport("budget-lines", format.name(), written, "year=" + year);
    }

    /** One page of the year's items over budget (to date, or in the current quarter), by title. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Rollup> overBudgetItems(int year, int offset, int limit) {
        var quarter = Quarter.of(LocalDate.now());
        int pageSize = Math.min(limit, 500);
        return cache.get(
                List.of("budget-over", year, quarter, offset, pageSize),
                () -> List.copyOf(repository.overBudgetItems(year, quarter, offset, pageSize)));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int countOverBudgetItems(int year) {
        var quarter = Quarter.of(LocalDate.now());
        return cache.get(
                List.of("budget-over-count", year, quarter), () -> repository.countOverBudgetItems(year, quarter));
    }

    /** The version of each track's envelope row for the year (0 when none is stored), for editing. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int envelopeVersion(Track track, int year) {
        return repository.envelopeVersion(track, year);
    }

    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public void setEnvelope(Track track, int year, BigDecimal amount, int expectedVersion) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("validation.between", "field.year", 2000, 2100);
        }
        var value = amount(amount);
        var envelope = repository.setEnvelope(track, year, value, expectedVersion);
        auditLog.record(new AuditEntry(
                "ENVELOPE_SET",
                "budget_envelope",
                envelope.row(),
                null,
                "Envelope " + track + " " + year + ": " + value,
                envelope.before(),
                envelope.after()));
    }

    @Transactional
    @PreAuthorize("hasRole('LEADER')")
    public void setRedesignTarget(BigDecimal pct, int expectedVersion) {
        Drafts.amount("field.redesign-target", pct, PERCENT_PRECISION, PERCENT_SCALE);
        if (pct == null || pct.signum() < 0 || pct.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidInputException("validation.between", "field.redesign-target", 0, 100);
        }
        var target = repository.setRedesignTarget(pct, expectedVersion);
        settings.changed();
        auditLog.record(new AuditEntry(
                "REDESIGN_TARGET_SET",
                "app_setting",
                1L,
                null,
                "Redesign target: " + target.row() + "%",
                target.before(),
                target.after()));
    }

    /** Planned, actual and envelope amounts; an empty cell is zero. */
    private static BigDecimal amount(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : Amounts.check(value);
    }
}
