package nl.tweespoor.initiative;

import static nl.tweespoor.db.Tables.DEPARTMENT;

import java.math.BigDecimal;
import org.jooq.DSLContext;

/** Valid drafts for tests, and copies of a draft with one field changed. */
final class Drafts {

    private Drafts() {}

    static long departmentId(DSLContext db, String name) {
        return db.select(DEPARTMENT.ID)
                .from(DEPARTMENT)
                .where(DEPARTMENT.NAME.eq(name))
                .fetchSingle(DEPARTMENT.ID);
    }

    static InitiativeDraft experiment(String title, long departmentId) {
        return new InitiativeDraft(
                title,
                "Een proef",
                "Als we X doen, winnen we tijd",
                Layer.PERSONAL_PRODUCTIVITY,
                Ambition.OPTIMISE,
                departmentId,
                null,
                null,
                "Lead",
                5,
                "Some Tool",
                "Notuleren",
                null,
                "2027-Q1",
                "2027-Q2",
                new BigDecimal("1000"),
                new BigDecimal("2.5"),
                new BigDecimal("40"),
                new BigDecimal("4"),
                null);
    }

    static InitiativeDraft programme(String title, long departmentId) {
        return new InitiativeDraft(
                title,
                "Een programma",
                "Als we de reis herontwerpen",
                Layer.STRATEGIC,
                Ambition.REDESIGN,
                departmentId,
                null,
                "Sponsor",
                null,
                null,
                null,
                null,
                "Klantreis",
                "2027-Q1",
                "2028-Q4",
                new BigDecimal("250000"),
                null,
                null,
                null,
                null);
    }

    static InitiativeDraft withTitle(InitiativeDraft d, String title) {
        return new InitiativeDraft(
                title,
                d.description(),
                d.hypothesis(),
                d.layer(),
                d.ambition(),
                d.departmentId(),
                d.goalId(),
                d.sponsor(),
                d.leadName(),
                d.participants(),
                d.toolVendor(),
                d.useCaseCategory(),
                d.journey(),
                d.startQuarter(),
                d.endQuarter(),
                d.costEstimate(),
                d.hoursSavedPerWeek(),
                d.adoptionPct(),
                d.satisfaction(),
                d.learnings());
    }

    static InitiativeDraft withLayer(InitiativeDraft d, Layer layer) {
        return new InitiativeDraft(
                d.title(),
                d.description(),
                d.hypothesis(),
                layer,
                d.ambition(),
                d.departmentId(),
                d.goalId(),
                d.sponsor(),
                d.leadName(),
                d.participants(),
                d.toolVendor(),
                d.useCaseCategory(),
                d.journey(),
                d.startQuarter(),
                d.endQuarter(),
                d.costEstimate(),
                d.hoursSavedPerWeek(),
                d.adoptionPct(),
                d.satisfaction(),
                d.learnings());
    }

    static InitiativeDraft withDepartment(InitiativeDraft d, long departmentId) {
        return new InitiativeDraft(
                d.title(),
                d.description(),
                d.hypothesis(),
                d.layer(),
                d.ambition(),
                departmentId,
                d.goalId(),
                d.sponsor(),
                d.leadName(),
                d.participants(),
                d.toolVendor(),
                d.useCaseCategory(),
                d.journey(),
                d.startQuarter(),
                d.endQuarter(),
                d.costEstimate(),
                d.hoursSavedPerWeek(),
                d.adoptionPct(),
                d.satisfaction(),
                d.learnings());
    }

    static InitiativeDraft withQuarters(InitiativeDraft d, String start, String end) {
        return new InitiativeDraft(
                d.title(),
                d.description(),
                d.hypothesis(),
                d.layer(),
                d.ambition(),
                d.departmentId(),
                d.goalId(),
                d.sponsor(),
                d.leadName(),
                d.participants(),
                d.toolVendor(),
                d.useCaseCategory(),
                d.journey(),
                start,
                end,
                d.costEstimate(),
                d.hoursSavedPerWeek(),
                d.adoptionPct(),
                d.satisfaction(),
                d.learnings());
    }

    static InitiativeDraft withCost(InitiativeDraft d, BigDecimal cost) {
        return new InitiativeDraft(
                d.title(),
                d.description(),
                d.hypothesis(),
                d.layer(),
                d.ambition(),
                d.departmentId(),
                d.goalId(),
                d.sponsor(),
                d.leadName(),
                d.participants(),
                d.toolVendor(),
                d.useCaseCategory(),
                d.journey(),
                d.startQuarter(),
                d.endQuarter(),
                cost,
                d.hoursSavedPerWeek(),
                d.adoptionPct(),
                d.satisfaction(),
                d.learnings());
    }

    static InitiativeDraft withOutcomes(InitiativeDraft d, BigDecimal adoptionPct, BigDecimal satisfaction) {
        return new InitiativeDraft(
                d.title(),
                d.description(),
                d.hypothesis(),
                d.layer(),
                d.ambition(),
                d.departmentId(),
                d.goalId(),
                d.sponsor(),
                d.leadName(),
                d.participants(),
                d.toolVendor(),
                d.useCaseCategory(),
                d.journey(),
                d.startQuarter(),
                d.endQuarter(),
                d.costEstimate(),
                d.hoursSavedPerWeek(),
                adoptionPct,
                satisfaction,
                d.learnings());
    }
}
