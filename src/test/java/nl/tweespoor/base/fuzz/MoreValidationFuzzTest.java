package nl.tweespoor.base.fuzz;

import static nl.tweespoor.base.fuzz.Fields.freshAmount;
import static nl.tweespoor.base.fuzz.Fields.integer;
import static nl.tweespoor.base.fuzz.Fields.number;
import static nl.tweespoor.base.fuzz.Fields.of;
import static nl.tweespoor.base.fuzz.Fields.quarter;
import static nl.tweespoor.base.fuzz.Fields.text;
import static nl.tweespoor.base.fuzz.Fields.uniqueText;
import static nl.tweespoor.base.fuzz.Inputs.constant;
import static nl.tweespoor.base.fuzz.Inputs.oneOf;
import static nl.tweespoor.base.fuzz.ValidationFuzzTest.BAD;
import static nl.tweespoor.base.fuzz.ValidationFuzzTest.FINE;
import static nl.tweespoor.db.Tables.APP_SETTING;
import static nl.tweespoor.db.Tables.APP_USER;
import static nl.tweespoor.db.Tables.BUDGET_ENVELOPE;
import static nl.tweespoor.db.Tables.BUDGET_LINE;
import static nl.tweespoor.db.Tables.DEPARTMENT;
import static nl.tweespoor.db.Tables.FRAGMENTATION_NOTE;
import static nl.tweespoor.db.Tables.INITIATIVE;
import static nl.tweespoor.db.Tables.ITEM_RISK;
import static nl.tweespoor.db.Tables.PRINCIPLE;
import static nl.tweespoor.db.Tables.PRINCIPLE_ASSESSMENT;
import static nl.tweespoor.db.Tables.REVIEW_DECISION;
import static nl.tweespoor.db.Tables.STRATEGIC_GOAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.tweespoor.admin.DepartmentService;
import nl.tweespoor.admin.NewUser;
import nl.tweespoor.admin.OrganisationSettings;
import nl.tweespoor.admin.OwnPasswordService;
import nl.tweespoor.admin.SettingsService;
import nl.tweespoor.admin.UserAdminService;
import nl.tweespoor.admin.UserChanges;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.fuzz.Fuzzer.Draft;
import nl.tweespoor.base.fuzz.Fuzzer.Field;
import nl.tweespoor.budget.BudgetService;
import nl.tweespoor.budget.LineEdit;
import nl.tweespoor.goal.GoalDraft;
import nl.tweespoor.goal.GoalService;
import nl.tweespoor.governance.AssessmentResult;
import nl.tweespoor.governance.AssessmentService;
import nl.tweespoor.governance.PrincipleCategory;
import nl.tweespoor.governance.PrincipleDraft;
import nl.tweespoor.governance.PrincipleService;
import nl.tweespoor.governance.fragmentation.FragmentationService;
import nl.tweespoor.governance.fragmentation.Resolution;
import nl.tweespoor.governance.risk.RiskClass;
import nl.tweespoor.governance.risk.RiskDraft;
import nl.tweespoor.governance.risk.RiskService;
import nl.tweespoor.governance.risk.RiskStatus;
import nl.tweespoor.initiative.InitiativeService;
import nl.tweespoor.priority.PriorityService;
import nl.tweespoor.priority.Weights;
import nl.tweespoor.review.Decision;
import nl.tweespoor.review.DecisionDraft;
import nl.tweespoor.review.DecisionService;
import nl.tweespoor.review.ReviewRow;
import nl.tweespoor.review.ReviewService;
import nl.tweespoor.security.Role;
import nl.tweespoor.stage.Stage;
import nl.tweespoor.support.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** {@link ValidationFuzzTest} for goals, budgets, weights, reviews, governance and the admin's services. */
@Transactional
class MoreValidationFuzzTest extends DatabaseTest {

    private static final int YEAR = LocalDate.now().getYear();

    @Autowired
    DSLContext db;

    @Autowired
    GoalService goals;

    @Autowired
    BudgetService budgets;

    @Autowired
    PriorityService priorities;

    @Autowired
    ReviewService reviews;

    @Autowired
    DecisionService decisions;

    @Autowired
    PrincipleService principles;

    @Autowired
    AssessmentService assessments;

    @Autowired
    RiskService risks;

    @Autowired
    FragmentationService fragmentation;

    @Autowired
    DepartmentService departments;

    @Autowired
    SettingsService settings;

    @Autowired
    UserAdminService users;

    @Autowired
    OwnPasswordService ownPassword;

    @Autowired
    InitiativeService initiatives;

    Fuzzer fuzzer;

    @BeforeEach
    void seed(TestInfo test) {
        fuzzer = new Fuzzer(ValidationFuzzTest.seedFor(test), db);
    }

    @Test
    @WithUserDetails("leader")
    void bad_goals_budgets_and_weights_are_refused_by_the_app_and_write_nothing() {
        var goal = new Field[] {
            text("title", STRATEGIC_GOAL.TITLE, true),
            text("description", STRATEGIC_GOAL.DESCRIPTION, false),
            integer("horizon", 2000, 2100, true)
        };
        fuzzer.run(
                "GoalService.create",
                BAD,
                FINE,
                d -> goals.create(new GoalDraft(d.text("title"), d.text("description"), d.integer("horizon"))),
                goal);
        long goalId = goals.create(new GoalDraft("Fuzz", null, 2030));
        fuzzer.run(
                "GoalService.update",
                BAD,
                FINE,
                d -> goals.update(
                        goalId,
                        goals.page(0, 1000).stream()
                                .filter(g -> g.id() == goalId)
                                .findFirst()
                                .orElseThrow()
                                .version(),
                        new GoalDraft(d.text("title"), d.text("description"), d.integer("horizon"))),
                goal);

        long item = anyItem();
        fuzzer.run(
                "BudgetService.saveLines",
                BAD,
                FINE,
                d -> {
                    var line = budgets.itemLines(item, YEAR).stream()
                            .filter(l -> l.quarter().equals(d.get("quarter")))
                            .findFirst();
                    budgets.saveLines(
                            item,
                            List.of(new LineEdit(
                                    d.text("quarter"),
                                    d.number("planned"),
                                    d.number("actual"),
                                    line.map(l -> l.version()).orElse(0))));
                },
                of("quarter", random -> YEAR + "-Q" + (1 + random.nextInt(4)), Inputs.badQuarter(true)),
                amount("planned", BUDGET_LINE.PLANNED),
                amount("actual", BUDGET_LINE.ACTUAL));
        fuzzer.run(
                "BudgetService.setEnvelope",
                BAD,
                FINE,
                d -> budgets.setEnvelope(
                        d.get("track"),
                        d.integer("year"),
                        d.number("amount"),
                        budgets.envelopeVersion(d.get("track"), d.integer("year"))),
                of("track", oneOf(Track.PERSONAL, Track.STRATEGIC), null),
                of("year", Inputs.fineInt(2000, 2100), Inputs.badInt(2000, 2100, false)),
                amount("amount", BUDGET_ENVELOPE.AMOUNT));
        fuzzer.run(
                "BudgetService.setRedesignTarget",
                BAD,
                FINE,
                d -> budgets.setRedesignTarget(
                        d.number("pct"), priorities.weights().version()),
                of(
                        "pct",
                        random -> BigDecimal.valueOf(random.nextInt(10_001), 2),
                        number("pct", APP_SETTING.REDESIGN_TARGET_PCT, "0", "100", true)
                                .bad()));
        var weight = number("w", APP_SETTING.WEIGHT_VALUE, "0", "100", true).bad();
        Inputs.Gen fine = random -> BigDecimal.valueOf(100 + random.nextInt(9_901), 2);
        fuzzer.run(
                "PriorityService.setWeights",
                BAD,
                FINE,
                d -> priorities.setWeights(new Weights(
                        d.number("value"),
                        d.number("fit"),
                        d.number("feasibility"),
                        d.number("urgency"),
                        d.number("risk"),
                        priorities.weights().version())),
                of("value", fine, weight),
                of("fit", fine, weight),
                of("feasibility", fine, weight),
                of("urgency", fine, weight),
                of("risk", fine, weight));

        assertThat(fuzzer.badDrafts()).isEqualTo(6 * BAD);
    }

    @Test
    @WithUserDetails("leader")
    void bad_review_and_governance_drafts_are_refused_by_the_app_and_write_nothing() {
        fuzzer.run("ReviewService.open", BAD, 0, d -> reviews.open(d.text("quarter")), quarter("quarter", 2040, true));
        var review = reviews.reviews(0, 100).stream()
                .filter(ReviewRow::inProgress)
                .findFirst()
                .orElseThrow();
        long onAgenda = reviews.agenda(review.id()).get(0).initiativeId();
        fuzzer.run(
                "DecisionService.decide",
                BAD,
                FINE,
                d -> decisions.decide(
                        review.id(),
                        onAgenda,
                        new DecisionDraft(d.get("decision"), d.text("reason"), d.text("conditions"), d.text("learned")),
                        decisions.decisionsOf(onAgenda).stream()
                                .filter(r -> r.reviewId() == review.id())
                                .mapToInt(r -> r.version())
                                .findFirst()
                                .orElse(0)),
                of("decision", constant(Decision.CONTINUE), constant(null)),
                text("reason", REVIEW_DECISION.REASON, true),
                text("conditions", REVIEW_DECISION.CONDITIONS, false),
                text("learned", REVIEW_DECISION.LEARNED, false));

        var principle = new Field[] {
            of(
                    "code",
                    random -> "FZ" + Fields.unique(),
                    oneOf(null, "", " ", "A B", "ÄÖ", "X".repeat(21), "A\u0000B", "-AB", "😀", "A\u0001B")),
            text("title", PRINCIPLE.TITLE, true),
            text("explanation", PRINCIPLE.EXPLANATION, true),
            of("category", oneOf((Object[]) PrincipleCategory.values()), constant(null)),
            of("active", oneOf(true, false), null)
        };
        fuzzer.run("PrincipleService.create", BAD, FINE, d -> principles.create(principleDraft(d)), principle);
        long principleId =
                principles.create(new PrincipleDraft("FZ-EDIT", "Fuzz", "Uitleg", PrincipleCategory.DATA, true));
        fuzzer.run(
                "PrincipleService.update",
                BAD,
                FINE,
                d -> principles.update(
                        principleId,
                        principles.page(0, principles.count()).stream()
                                .filter(p -> p.id() == principleId)
                                .findFirst()
                                .orElseThrow()
                                .version(),
                        principleDraft(d)),
                principle);

        long item = anyItem();
        var active = principles.active().get(0);
        fuzzer.run(
                "AssessmentService.assess",
                BAD,
                FINE,
                d -> assessments.assess(
                        item,
                        active.id(),
                        assessments.checklist(item).lines().stream()
                                .filter(l -> l.principle().id() == active.id())
                                .findFirst()
                                .map(l -> l.version())
                                .orElse(null),
                        d.get("result"),
                        d.text("note")),
                of("result", constant(AssessmentResult.MEETS), constant(null)),
                text("note", PRINCIPLE_ASSESSMENT.NOTE, false));

        fuzzer.run(
                "RiskService.classify",
                BAD,
                FINE,
                d -> risks.classify(
                        item,
                        risks.profile(item).itemVersion(),
                        d.get("class"),
                        d.text("justification"),
                        "Opnieuw beoordeeld"),
                of("class", oneOf(RiskClass.LIMITED, RiskClass.HIGH), constant(null)),
                text("justification", INITIATIVE.RISK_JUSTIFICATION, true));
        var risk = new Field[] {
            text("description", ITEM_RISK.DESCRIPTION, true),
            integer("likelihood", 1, 5, true),
            integer("impact", 1, 5, true),
            text("mitigation", ITEM_RISK.MITIGATION, false),
            text("owner", ITEM_RISK.OWNER_NAME, false),
            of("status", oneOf((Object[]) RiskStatus.values()), constant(null))
        };
        fuzzer.run("RiskService.addRisk", BAD, FINE, d -> risks.addRisk(item, riskDraft(d)), risk);
        long riskId = risks.addRisk(item, new RiskDraft("Fuzz", 2, 2, null, null, RiskStatus.OPEN));
        fuzzer.run(
                "RiskService.updateRisk",
                BAD,
                FINE,
                d -> risks.updateRisk(
                        riskId,
                        risks.profile(item).risks().stream()
                                .filter(r -> r.id() == riskId)
                                .findFirst()
                                .orElseThrow()
                                .version(),
                        riskDraft(d)),
                risk);

        var group = fragmentation.groups(true, 0, 1).get(0).key();
        fuzzer.run(
                "FragmentationService.saveNote",
                BAD,
                FINE,
                d -> {
                    var note = fragmentation.groups(true, 0, FragmentationService.MAX_PAGE).stream()
                            .filter(g -> g.key().equals(group))
                            .findFirst()
                            .map(g -> g.note());
                    fragmentation.saveNote(
                            d.text("group"),
                            d.get("resolution"),
                            d.text("reason"),
                            note.map(n -> n == null ? null : n.version()).orElse(null));
                },
                of("group", constant(group), oneOf(null, "", "nope", group + "\u0000", "x".repeat(300))),
                of("resolution", oneOf(Resolution.ACCEPTED, Resolution.CONSOLIDATE), constant(null)),
                text("reason", FRAGMENTATION_NOTE.REASON, true));

        assertThat(fuzzer.badDrafts()).isEqualTo(9 * BAD);
    }

    @Test
    @WithUserDetails("admin")
    void bad_departments_settings_and_accounts_are_refused_by_the_app_and_write_nothing() {
        var name = uniqueText("name", DEPARTMENT.NAME);
        fuzzer.run("DepartmentService.add", BAD, FINE, d -> departments.add(d.text("name")), name);
        long department = departments.add("Fuzz");
        fuzzer.run(
                "DepartmentService.rename",
                BAD,
                FINE,
                d -> departments.rename(
                        department,
                        departments.all().stream()
                                .filter(r -> r.id() == department)
                                .findFirst()
                                .orElseThrow()
                                .version(),
                        d.text("name")),
                name);

        fuzzer.run(
                "SettingsService.save",
                BAD,
                FINE,
                d -> settings.save(new OrganisationSettings(
                        d.text("name"),
                        d.integer("stale"),
                        d.integer("timeout"),
                        d.integer("hoursPerFte"),
                        settings.settings().version())),
                uniqueText("name", APP_SETTING.ORGANISATION_NAME),
                integer("stale", 1, 365, true),
                integer("timeout", 5, 480, true),
                integer("hoursPerFte", 1000, 2080, true));

        var displayName = text("displayName", APP_USER.DISPLAY_NAME, true);
        var email = of(
                "email",
                random -> random.nextInt(4) == 0
                        ? null
                        : "a" + Fields.unique()
                                + Inputs.fineText(20).apply(random).toString().strip() + "@voorbeeld.nl",
                oneOf("no-at-sign", "@x", "x@", "a b@c.nl", "x".repeat(201) + "@x.nl", "a\u0000@b.nl", "a@b\uD83D"));
        var roles = of(
                "roles",
                oneOf(Set.of(Role.VIEWER), Set.of(Role.PROGRAMME_MANAGER, Role.LEADER)),
                oneOf(null, Set.of()));
        fuzzer.run(
                "UserAdminService.create",
                BAD,
                FINE,
                d -> users.create(new NewUser(
                        d.text("username"),
                        d.text("displayName"),
                        d.text("email"),
                        d.get("roles"),
                        d.text("password"))),
                of(
                        "username",
                        random -> "fz" + Fields.unique()
                                + oneOf("", ".é", "_ß", "-漢", "@x").apply(random),
                        oneOf(null, "", " ", "a b", "a\u0000b", "😀", "x".repeat(61), "a/b", "\u2003")),
                displayName,
                email,
                roles,
                of("password", Inputs.finePassword(), Inputs.badPassword()));
        long user =
                users.create(new NewUser("fuzz-user", "Fuzz", null, Set.of(Role.VIEWER), "Fz9!tijdelijk-wachtwoord"));
        fuzzer.run(
                "UserAdminService.update",
                BAD,
                FINE,
                d -> users.update(
                        user, version(user), new UserChanges(d.text("displayName"), d.text("email"), d.get("roles"))),
                displayName,
                email,
                roles);
        fuzzer.run(
                "UserAdminService.resetPassword",
                BAD,
                FINE,
                d -> users.resetPassword(user, version(user), d.text("password")),
                of("password", Inputs.finePassword(), Inputs.badPassword()));
        // Checking the current password costs a bcrypt round each time: fewer drafts here.
        fuzzer.run(
                "OwnPasswordService.changePassword",
                BAD / 3,
                0,
                d -> ownPassword.changePassword("demo", d.text("password"), d.text("password")),
                of("password", Inputs.finePassword(), Inputs.badPassword()));

        assertThat(fuzzer.badDrafts()).isEqualTo(6 * BAD + BAD / 3);
    }

    private int version(long user) {
        return users.page("fuzz-user", 0, 10).stream()
                .filter(u -> u.id() == user)
                .findFirst()
                .orElseThrow()
                .version();
    }

    private long anyItem() {
        return db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.STAGE.in(Stage.IDEA, Stage.DISCOVERY, Stage.RUNNING))
                .orderBy(INITIATIVE.ID)
                .limit(1)
                .fetchSingle(INITIATIVE.ID);
    }

    private static Field amount(String name, org.jooq.TableField<?, BigDecimal> column) {
        return of(name, freshAmount(), number(name, column, "0", "1E20", false).bad());
    }

    private static PrincipleDraft principleDraft(Draft d) {
        return new PrincipleDraft(
                d.text("code"), d.text("title"), d.text("explanation"), d.get("category"), d.get("active"));
    }

    private static RiskDraft riskDraft(Draft d) {
        return new RiskDraft(
                d.text("description"),
                d.integer("likelihood"),
                d.integer("impact"),
                d.text("mitigation"),
                d.text("owner"),
                d.get("status"));
    }
}
