package nl.tweespoor.initiative;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.tweespoor.audit.AuditEntry;
import nl.tweespoor.audit.AuditLog;
import nl.tweespoor.base.DomainException;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.MissingFieldsException;
import nl.tweespoor.base.NotPermittedException;
import nl.tweespoor.base.Track;
import nl.tweespoor.security.CurrentUser;
import nl.tweespoor.security.SignedInUser;
import nl.tweespoor.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Imports experiments or programmes row by row through the rules the forms and services use — the draft's
 * validation, departments, goals and journeys, ownership, the version check, the stage rules and the governance gate
 * (each stage step through {@link InitiativeLifecycleService}) — in ONE transaction. A preview runs the very same
 * writes and rolls them back; a commit keeps them only when not one row has a problem: all or nothing.
 */
@Service
public class InitiativeImportService {

    private final InitiativeWriteRepository items;
    private final InitiativeService initiatives;
    private final InitiativeLifecycleService lifecycle;
    private final OwnershipService ownership;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    InitiativeImportService(
            InitiativeWriteRepository items,
            InitiativeService initiatives,
            InitiativeLifecycleService lifecycle,
            OwnershipService ownership,
            CurrentUser currentUser,
            AuditLog auditLog) {
        this.items = items;
        this.initiatives = initiatives;
        this.lifecycle = lifecycle;
        this.ownership = ownership;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    /**
     * Checks (and with {@code commit}, writes) the rows of one track. Leaders import any item; programme managers only
     * items they own or will own; viewers nothing. Nothing stays written unless {@code commit} and no row has a problem.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('LEADER', 'PROGRAMME_MANAGER')")
    public ImportOutcome importItems(Track track, List<ImportedItem> rows, String fileName, boolean commit) {
        var user = currentUser.require();
        InitiativePermissions.requireMayPropose(user);
        var outcomes = new ArrayList<ImportOutcome.Row>(rows.size());
        var problems = new ArrayList<RowProblem>();
        for (var row : rows) {
            try {
                outcomes.add(importRow(user, track, row, fileName));
            } catch (DomainException e) {
                problems.add(new RowProblem(row.row(), fieldOf(e), e));
            }
        }
        boolean written = commit && problems.isEmpty();
        if (!written) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return new ImportOutcome(outcomes, problems, written);
    }

    private ImportOutcome.Row importRow(SignedInUser user, Track track, ImportedItem row, String fileName) {
        Optional<StoredInitiative> existing;
        // An id names one of our items; one that is gone (a list exported elsewhere, or the item deleted) creates it
        // again under a new id, as a reference nobody knows yet does.
        var id = row.id();
        var reference = row.reference();
        existing = id != null ? items.find(id) : Optional.empty();
        if (existing.isEmpty() && reference != null) {
            existing = items.findByReference(reference);
        }
        return existing.isPresent()
                ? update(user, track, existing.get(), row, fileName)
                : create(user, track, row, fileName);
    }

    private ImportOutcome.Row create(SignedInUser user, Track track, ImportedItem row, String fileName) {
        long owner = row.ownerId() == null ? user.id() : row.ownerId();
        if (owner != user.id()) {
            if (!user.isLeader()) {
                throw new NotPermittedException("import.only-own-items");
            }
            if (!ownership.mayOwn(owner)) {
                throw new InvalidInputException("ownership.owner-unknown");
            }
        }
        // A new item names its ambition, and a programme its layer, as the form requires; an experiment's layer is the
        // only one it may have.
        if (!row.given().contains("ambition")
                || (track == Track.STRATEGIC && !row.given().contains("layer"))) {
            throw new InvalidInputException("validation.layer-ambition-required");
        }
        initiatives.validate(track, row.draft(), null, null);
        var written = items.insertImported(
                track, Stage.initial(track), owner, InitiativeService.trimmed(row.draft()), row.reference());
        var item = written.row();
        audit(track, item, fileName, null, written.after());
        moveTo(track, item, row.stage());
        return new ImportOutcome.Row(row.row(), false, item.id(), item.version());
    }

    private ImportOutcome.Row update(
            SignedInUser user, Track track, StoredInitiative item, ImportedItem row, String fileName) {
        if (item.track() != track) {
            throw new InvalidInputException(
                    track == Track.PERSONAL ? "import.not-an-experiment" : "import.not-a-programme", item.id());
        }
        InitiativePermissions.requireMayEdit(user, item.ownerId());
        int read = item.version();
        if (row.expectedVersion() != null) {
            item.at(row.expectedVersion());
        }
        var newOwner = row.ownerId();
        if (newOwner != null && newOwner != item.ownerId() && !user.isLeader()) {
            throw new NotPermittedException("import.only-own-items");
        }
        var draft = merged(item.draft(), row);
        initiatives.validate(
                track, draft, item.draft().departmentId(), item.draft().exploresProgrammeId());
        var written = items.updateImported(item.id(), read, InitiativeService.trimmed(draft), row.reference());
        var updated = written.row();
        audit(track, updated, fileName, written.before(), written.after());
        if (newOwner != null && newOwner != item.ownerId()) {
            ownership.handOver(updated.id(), updated.version(), newOwner);
            updated = current(updated.id());
        }
        moveTo(track, updated, row.stage());
        return new ImportOutcome.Row(row.row(), true, item.id(), read);
    }

    private void audit(
            Track track, StoredInitiative item, String fileName, @Nullable String before, @Nullable String after) {
        auditLog.record(new AuditEntry(
                "IMPORTED",
                "initiative",
                item.id(),
                item.id(),
                track.name() + " imported from " + fileName + ": " + item.title(),
                before,
                after));
    }

    /**
     * Moves the item to the stage the row asks for, one step at a time along the shortest way the stage rules allow,
     * each step checked and audited by the lifecycle service as a move made by hand would be.
     */
    private void moveTo(Track track, StoredInitiative item, @Nullable Stage target) {
        if (target == null || target == item.stage()) {
            return;
        }
        var path = path(track, item.stage(), target);
        var current = item;
        for (var step : path) {
            lifecycle.moveStage(current.id(), current.version(), step);
            current = current(current.id());
        }
    }

    private StoredInitiative current(long id) {
        return items.find(id).orElseThrow();
    }

    /** The stages from {@code from} (excluded) to {@code to}; refused when the rules lead nowhere near it. */
    static List<Stage> path(Track track, Stage from, Stage to) {
        Map<Stage, Stage> cameFrom = new EnumMap<>(Stage.class);
        var queue = new ArrayDeque<Stage>();
        queue.add(from);
        cameFrom.put(from, from);
        while (!queue.isEmpty()) {
            var stage = queue.poll();
            if (stage == to) {
                var path = new ArrayList<Stage>();
                for (var s = to; s != from; s = cameFrom.get(s)) {
                    path.addFirst(s);
                }
                return path;
            }
            for (var next : StageRules.nextStages(track, stage)) {
                if (!cameFrom.containsKey(next)) {
                    cameFrom.put(next, stage);
                    queue.add(next);
                }
            }
        }
        throw new InvalidInputException("stage.move-not-allowed", "stage." + from.name(), "stage." + to.name());
    }

    /** The row's draft, with the item's own values for every field the file has no column for. */
    static InitiativeDraft merged(InitiativeDraft current, ImportedItem row) {
        var components = InitiativeDraft.class.getRecordComponents();
        var values = new Object[components.length];
        var types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                var component = components[i];
                types[i] = component.getType();
                var source = row.given().contains(component.getName()) ? row.draft() : current;
                values[i] = component.getAccessor().invoke(source);
            }
            return InitiativeDraft.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("InitiativeDraft is a record with a canonical constructor", e);
        }
    }

    /** The column a refusal is about, as a translation key; the title when the rule names none. */
    static String fieldOf(DomainException e) {
        if (e instanceof MissingFieldsException missing && !missing.fieldKeys().isEmpty()) {
            return missing.fieldKeys().getFirst();
        }
        for (var argument : e.arguments()) {
            if (argument instanceof String key && key.startsWith("field.")) {
                return key;
            }
        }
        var key = e.messageKey();
        if (key.contains("explores-programme") || key.startsWith("validation.programme-")) {
            return "field.explores-programme";
        }
        if (key.contains("department")) {
            return "field.department";
        }
        if (key.contains("goal")) {
            return "field.goal";
        }
        if (key.contains("journey")) {
            return "field.journey";
        }
        if (key.contains("layer") || key.contains("ambition")) {
            return "field.layer";
        }
        if (key.contains("quarter") || key.contains("end-before-start")) {
            return "field.end-quarter";
        }
        if (key.startsWith("stage.") || key.startsWith("gate.") || e instanceof GateRefusedException) {
            return "field.stage";
        }
        if (key.contains("owner") || key.startsWith("import.only-own") || e instanceof NotPermittedException) {
            return "field.owner";
        }
        if (key.startsWith("import.no-such") || key.startsWith("import.not-a") || key.contains("concurrent")) {
            return "field.id";
        }
        return "field.title";
    }
}
