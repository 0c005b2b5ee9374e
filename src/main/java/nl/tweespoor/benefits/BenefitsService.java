package nl.tweespoor.benefits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.tweespoor.base.PageRequest;
import nl.tweespoor.base.PortfolioCache;
import nl.tweespoor.base.Quarter;
import nl.tweespoor.base.Settings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal track's benefits added up (hours saved per week × participants → hours per year and FTE, per
 * department, per goal and in total; cost per hour saved per experiment; adoption and satisfaction by quarter) and
 * the programmes' KPI progress per goal. Everything is summed in SQL; anyone signed in may read it.
 */
@Service
public class BenefitsService {

    /** How many quarters the adoption and satisfaction trend looks back, this one included. */
    public static final int TREND_QUARTERS = 8;

    private final HoursSavedQueries hours;
    private final GoalBenefitQueries goals;
    private final CostPerHourQueries items;
    private final TrendQueries trends;
    private final Settings settings;
    private final PortfolioCache cache;

    BenefitsService(
            HoursSavedQueries hours,
            GoalBenefitQueries goals,
            CostPerHourQueries items,
            TrendQueries trends,
            Settings settings,
            PortfolioCache cache) {
        this.hours = hours;
        this.goals = goals;
        this.items = items;
        this.trends = trends;
        this.settings = settings;
        this.cache = cache;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public BenefitTotals totals() {
        int hoursPerFte = hoursPerFte();
        return cache.get(List.of("benefit-totals", hoursPerFte), () -> hours.totals(hoursPerFte));
    }

    /** Departments by hours saved, most first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<DepartmentBenefit> departments(PageRequest page) {
        int hoursPerFte = hoursPerFte();
        return firstPageKept(
                List.of("benefit-departments", hoursPerFte, page),
                page,
                () -> hours.perDepartment(hoursPerFte, page.offset(), page.limit()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int departmentCount() {
        return cache.get(List.of("benefit-department-count"), hours::countDepartments);
    }

    /** Strategic goals by horizon and title, each with its experiments' hours saved and its programmes' KPIs. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<GoalBenefit> goals(PageRequest page) {
        int hoursPerFte = hoursPerFte();
        return firstPageKept(
                List.of("benefit-goals", hoursPerFte, page),
                page,
                () -> goals.perGoal(hoursPerFte, page.offset(), page.limit()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int goalCount() {
        return cache.get(List.of("benefit-goal-count"), goals::countGoals);
    }

    /** Counted experiments with their cost per hour saved, sorted as the grid asks (title, department, …). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ItemBenefit> experiments(PageRequest page) {
        return firstPageKept(List.of("benefit-experiments", page), page, () -> items.page(page));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int experimentCount() {
        return cache.get(List.of("benefit-experiment-count"), items::count);
    }

    /** The last {@link #TREND_QUARTERS} quarters up to this one, each there also without measurements. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<QuarterTrend> adoptionTrend() {
        var to = Quarter.of(LocalDate.now());
        var from = to.plus(1 - TREND_QUARTERS);
        return cache.get(List.of("adoption-trend", to), () -> {
            var measured = trends.adoptionAndSatisfaction(from, to).stream()
                    .collect(Collectors.toMap(QuarterTrend::quarter, Function.identity()));
            var all = new ArrayList<QuarterTrend>();
            for (var q = from; q.compareTo(to) <= 0; q = q.plus(1)) {
                var quarter = q.toString();
                all.add(measured.getOrDefault(quarter, new QuarterTrend(quarter, 0, null, null)));
            }
            return List.copyOf(all);
        });
    }

    /** One experiment's measurements over the last {@link #TREND_QUARTERS} quarters, for its page. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public MeasureHistory measureHistory(long initiativeId) {
        return trends.ofItem(initiativeId, Quarter.of(LocalDate.now()).plus(1 - TREND_QUARTERS));
    }

    /**
     * The first page of a list, as every visit to the page asks for it, is kept while the portfolio is unchanged (its
     * rows add up every item of a goal or department: 7 to 16 ms per list on 10,000 items); later pages, which
     * scrolling asks for, are read as asked and would only crowd the cache.
     */
    private <T> List<T> firstPageKept(List<Object> key, PageRequest page, Supplier<List<T>> read) {
        return page.offset() == 0 ? cache.get(key, () -> List.copyOf(read.get())) : read.get();
    }

    private int hoursPerFte() {
        return settings.current().hoursPerFte();
    }
}
