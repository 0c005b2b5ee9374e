package nl.tweespoor.imports;

import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.tweespoor.base.InvalidInputException;
import nl.tweespoor.base.Track;
import nl.tweespoor.base.i18n.Translations;
import nl.tweespoor.initiative.ImportedItem;
import nl.tweespoor.initiative.InitiativeImportService;
import nl.tweespoor.initiative.RowProblem;
import nl.tweespoor.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Spreadsheets in: reads a file, turns its names into ids, and lets the initiative import service check every row with
 * the forms' and services' rules, and the budget service every budget line with the budget page's save (a preview,
 * rolled back), or writes them all in one transaction (a commit). Leaders and programme managers may import; what
 * each may import the initiative and budget rules decide.
 */
@Service
public class ImportService {

    private final ImportRepository repository;
    private final InitiativeImportService initiatives;
    private final Translations translations;
    private final CurrentUser currentUser;
    private final BudgetLineImport budgetLines;
    private final Map<String, ImportField> headers;
    private final Set<String> exampleReferences;

    ImportService(
            ImportRepository repository,
            InitiativeImportService initiatives,
            BudgetLineImport budgetLines,
            Translations translations,
            CurrentUser currentUser) {
        this.repository = repository;
        this.initiatives = initiatives;
        this.translations = translations;
        this.currentUser = currentUser;
        this.budgetLines = budgetLines;
        this.headers = ImportField.headers(translations::getTranslation, translations.locales());
        this.exampleReferences = ImportTemplate.exampleReferences(translations::getTranslation, translations.locales());
    }

    /** Whether the signed-in user may import at all; for the menu and the page, the services check again. */
    @PreAuthorize("isAuthenticated()")
    public boolean mayImport() {
        return currentUser.require().worksOnItems();
    }

    /**
     * Reads the file and checks every row, a workbook's budget lines included; nothing is written. A file that cannot
     * be read at all is a {@link FileRefusedException}; everything wrong inside it is a problem in the preview.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('LEADER', 'PROGRAMME_MANAGER')")
    public ImportPreview preview(Track track, String fileName, byte[] content) {
        var read = SpreadsheetFiles.read(fileName, content);
        var table = SheetTable.of(read.rows(), headers);
        var parsed =
                new ItemSheet(repository, translations, track, table, read.decimalComma(), exampleReferences).parse();
        var budget = BudgetSheet.read(read.more(), headers, parsed.all(), exampleReferences, Year.now());
        var checked = initiatives.importItems(track, parsed.items(), fileName, false);
        var outcomes = BudgetLineImport.byRow(checked.rows());
        var lines = budgetLines.preview(budget, outcomes);
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();

        var problems = new ArrayList<RowProblem>();
        parsed.problems().forEach(p -> problems.add(p.on(read.sheetName())));
        checked.problems().forEach(p -> problems.add(p.on(read.sheetName())));
        problems.addAll(budget.problems());
        problems.addAll(lines.problems());
        // The items sheet's problems first, then the budget sheet's, each by row.
        problems.sort(Comparator.comparing((RowProblem p) -> !Objects.equals(p.sheet(), read.sheetName()))
                .thenComparingInt(RowProblem::row));
        var rows = new ArrayList<ImportPreview.Row>(parsed.examples());
        var items = new ArrayList<ImportedItem>();
        for (var item : parsed.all()) {
            var outcome = outcomes.get(item.row());
            if (outcome == null) {
                rows.add(new ImportPreview.Row(item.row(), item.draft().title(), ImportPreview.Action.ERROR, null));
                continue;
            }
            rows.add(new ImportPreview.Row(
                    item.row(),
                    item.draft().title(),
                    outcome.update() ? ImportPreview.Action.UPDATE : ImportPreview.Action.CREATE,
                    outcome.update() ? outcome.id() : null));
            items.add(outcome.update() ? item.at(outcome.versionRead()) : item);
        }
        rows.sort(Comparator.comparingInt(ImportPreview.Row::row));
        return new ImportPreview(track, fileName, rows, problems, items, lines.lines(), budget.sheet());
    }

    /**
     * Writes the previewed rows and budget lines in one transaction: all, or — when any row fails now (someone
     * changed an item or a line since the preview, say) — none, with the problems.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('LEADER', 'PROGRAMME_MANAGER')")
    public ImportResult commit(ImportPreview preview) {
        if (!preview.mayCommit()) {
            throw new InvalidInputException("import.fix-problems-first");
        }
        var outcome = initiatives.importItems(preview.track(), preview.items(), preview.fileName(), true);
        var problems = new ArrayList<>(outcome.problems());
        if (outcome.written()) {
            problems.addAll(budgetLines.commit(
                    preview.lines(), BudgetLineImport.idsByRow(outcome.rows()), preview.budgetSheet()));
        }
        boolean written = outcome.written() && problems.isEmpty();
        if (!written) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return new ImportResult(written, outcome.rows(), problems);
    }

    /** The template to fill in for the track, in the user's language, with one example row and the allowed values. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('LEADER', 'PROGRAMME_MANAGER')")
    public byte[] template(Track track, Locale locale) {
        var language = Translations.supported(locale);
        return ImportTemplate.write(
                track,
                language,
                translations::getTranslation,
                currentUser.require().displayName(),
                repository.activeDepartments(),
                repository.goalTitles());
    }
}
