package nl.tweespoor.search;

import static nl.tweespoor.db.Tables.INITIATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import nl.tweespoor.base.SqlStatements;
import nl.tweespoor.support.DatabaseTest;
import nl.tweespoor.support.DemoRows;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Issue 16: the global search, on the demo portfolio's real Dutch and English texts. */
@Transactional
class SearchServiceTest extends DatabaseTest {

    @Autowired
    SearchService service;

    @Autowired
    DSLContext db;

    @Test
    @WithUserDetails("viewer")
    void a_plural_finds_the_singular_chatbots_finds_the_hr_chatbot() {
        assertThat(titles(service.search("chatbots"), SearchKind.EXPERIMENT))
                .contains("HR-chatbot voor verlof en regelingen", "Chatbot op de website voor offertes");
    }

    @Test
    @WithUserDetails("viewer")
    void a_part_of_a_hyphenated_word_finds_the_whole_notulist_finds_ai_notulist() {
        assertThat(titles(service.search("notulist"), SearchKind.EXPERIMENT))
                .contains("AI-notulist bij klantgesprekken", "AI-notulist bij sollicitatiegesprekken");
    }

    @Test
    @WithUserDetails("viewer")
    void dutch_stemming_samenvatting_finds_samenvattingen() {
        assertThat(titles(service.search("samenvatting"), SearchKind.EXPERIMENT))
                .contains("Samenvattingen van schadedossiers");
    }

    @Test
    @WithUserDetails("viewer")
    void english_stemming_summaries_finds_summary() {
        var item = db.selectFrom(INITIATIVE)
                .where(INITIATIVE.TITLE.eq("Codeassistent voor ontwikkelteams"))
                .fetchSingle();
        item.setDescription("Writes a summary of every pull request for the reviewers.");
        item.store();

        assertThat(titles(service.search("summaries"), SearchKind.EXPERIMENT))
                .contains("Codeassistent voor ontwikkelteams");
    }

    @Test
    @WithUserDetails("viewer")
    void an_english_reader_sees_english_words_marked_and_a_dutch_reader_dutch_ones() {
        var item = db.selectFrom(INITIATIVE)
                .where(INITIATIVE.TITLE.eq("Codeassistent voor ontwikkelteams"))
                .fetchSingle();
        item.setDescription("Writes a summary of every pull request for the reviewers.");
        item.store();

        assertThat(snippetOf(service.search("summaries", Locale.ENGLISH), "Codeassistent voor ontwikkelteams"))
                .contains(new Marked.Part("summary", true));
        assertThat(snippetOf(service.search("summaries", Locale.of("nl")), "Codeassistent voor ontwikkelteams"))
                .doesNotContain(new Marked.Part("summary", true));
        assertThat(titles(service.search("samenvatting", Locale.ENGLISH), SearchKind.EXPERIMENT))
                .contains("Samenvattingen van schadedossiers");
    }

    @Test
    @WithUserDetails("viewer")
    void accents_are_ignored_both_ways() {
        var goals = group(service.search("efficientere financien"), SearchKind.GOAL);
        assertThat(goals.hits()).first().satisfies(goal -> {
            assertThat(goal.title().plain()).isEqualTo("Kosten per polis 15% omlaag");
            assertThat(goal.snippet().parts())
                    .contains(new Marked.Part("Efficiëntere", true), new Marked.Part("financiën", true));
        });
        assertThat(titles(service.search("één ai-platform"), SearchKind.PROGRAMME))
                .contains("Eén AI-platform met gedeelde spelregels");
        assertThat(titles(service.search("Een AI-platform"), SearchKind.PROGRAMME))
                .contains("Eén AI-platform met gedeelde spelregels");
    }

    @Test
    @WithUserDetails("viewer")
    void a_one_letter_typo_in_a_title_still_finds_it() {
        assertThat(titles(service.search("codeasistent"), SearchKind.EXPERIMENT))
                .contains("Codeassistent voor ontwikkelteams");
        assertThat(titles(service.search("beeldgeneratei"), SearchKind.EXPERIMENT))
                .contains("Beeldgeneratie voor campagnes");
    }

    @Test
    @WithUserDetails("viewer")
    void the_matched_words_are_marked_as_text_and_markup_in_user_text_stays_text() {
        var item = db.selectFrom(INITIATIVE)
                .where(INITIATIVE.TITLE.eq("Beeldgeneratie voor campagnes"))
                .fetchSingle();
        item.setTitle("Beeldgeneratie <b onmouseover=alert(1)>campagnes</b>");
        item.store();

        var hit = service.search("beeldgeneratie").groups().stream()
                .flatMap(group -> group.hits().stream())
                .filter(h -> h.id() == item.getId())
                .findFirst()
                .orElseThrow();

        assertThat(hit.title().parts())
                .contains(new Marked.Part("Beeldgeneratie", true))
                .anySatisfy(part -> assertThat(part.text()).contains("<b onmouseover=alert(1)>"));
        assertThat(hit.path()).isEqualTo("experiments/" + item.getId());
    }

    @Test
    @WithUserDetails("viewer")
    void decisions_updates_comments_learnings_and_principles_are_found_and_link_to_their_place() {
        var learnings = service.search("toestemming klant");
        assertThat(group(learnings, SearchKind.LEARNING).hits())
                .anySatisfy(hit -> assertThat(hit.title().plain()).isEqualTo("AI-notulist bij klantgesprekken"));

        var comments = service.search("chatbotleverancier");
        assertThat(group(comments, SearchKind.COMMENT).hits())
                .first()
                .satisfies(hit -> assertThat(hit.path()).matches("(experiments|programmes)/\\d+"));

        var decisions = service.search("bias-analyse");
        assertThat(group(decisions, SearchKind.DECISION).hits())
                .first()
                .satisfies(hit -> assertThat(hit.path()).matches("reviews/\\d+"));

        assertThat(group(service.search("chatbots aansluiten"), SearchKind.STATUS_UPDATE)
                        .hits())
                .isNotEmpty();
    }

    @Test
    @WithUserDetails("viewer")
    void each_kind_shows_its_best_few_and_counts_all_of_them_in_one_statement() {
        var counted = SqlStatements.countIn(() -> service.search("de"));
        var results = service.search("ai");

        assertThat(counted).isEqualTo(1);
        assertThat(results.groups()).allSatisfy(group -> {
            assertThat(group.hits()).hasSizeLessThanOrEqualTo(SearchService.HITS_PER_KIND);
            assertThat(group.total()).isGreaterThanOrEqualTo(group.hits().size());
        });
        assertThat(results.groups().stream().map(SearchGroup::kind)).isSorted().doesNotHaveDuplicates();
    }

    @Test
    @WithUserDetails("viewer")
    void blank_or_odd_input_finds_nothing_and_fails_nothing() {
        assertThat(service.search("   ").isEmpty()).isTrue();
        assertThat(service.search("\"").isEmpty()).isTrue();
        assertThat(service.search("&|!():*<->'\\").groups()).isNotNull();
        assertThat(service.search("x".repeat(5000)).query()).hasSize(SearchService.MAX_QUERY_LENGTH);
    }

    @Test
    @WithUserDetails("leader")
    void every_role_reads_everything_so_a_leader_and_a_viewer_find_the_same() {
        var leaders = service.search("chatbot");
        assertThat(leaders.groups()).isNotEmpty();
    }

    @Test
    void nobody_signed_in_finds_nothing() {
        assertThatThrownBy(() -> service.search("chatbot"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithUserDetails("viewer")
    void the_similar_items_of_one_demo_chatbot_name_the_other_two_from_other_departments_first() {
        long hr = db.select(INITIATIVE.ID)
                .from(INITIATIVE)
                .where(INITIATIVE.TITLE.eq("HR-chatbot voor verlof en regelingen"))
                .fetchSingle()
                .value1();

        var counted = SqlStatements.countIn(() -> service.similarTo(hr));
        var similar = service.similarTo(hr);

        assertThat(counted).isEqualTo(1);
        assertThat(similar.items()).hasSizeLessThanOrEqualTo(SearchService.SIMILAR_ITEMS);
        assertThat(similar.items().subList(0, 2))
                .extracting(SimilarItem::title)
                .containsExactlyInAnyOrder("Klantchatbot voor polisvragen", "Chatbot op de website voor offertes");
        assertThat(similar.items()).allSatisfy(item -> assertThat(item.id()).isNotEqualTo(hr));
        assertThat(similar.items())
                .extracting(SimilarItem::otherDepartment)
                .isSortedAccordingTo((a, b) -> Boolean.compare(b, a));
        assertThat(similar.otherDepartments()).isGreaterThanOrEqualTo(2);
    }

    @Test
    @WithUserDetails("manager")
    void a_draft_chatbot_typed_in_another_department_lists_the_demo_chatbots_in_one_statement() {
        var draft = new SimilarDraft("Chatbot voor klantvragen", "", "", "", department("Finance"));

        var counted = SqlStatements.countIn(() -> service.similarTo(draft));
        var similar = service.similarTo(draft);

        assertThat(counted).isEqualTo(1);
        assertThat(similar.items())
                .extracting(SimilarItem::title)
                .contains(
                        "Klantchatbot voor polisvragen",
                        "HR-chatbot voor verlof en regelingen",
                        "Chatbot op de website voor offertes");
        assertThat(similar.items())
                .allSatisfy(item -> assertThat(item.otherDepartment()).isTrue());
        assertThat(similar.otherDepartments()).isGreaterThanOrEqualTo(3);
    }

    @Test
    @WithUserDetails("manager")
    void a_draft_in_the_department_of_one_chatbot_lists_the_other_departments_first() {
        var draft = new SimilarDraft("Chatbot voor klantvragen", "", "", "Chatbot", department("HR"));

        var similar = service.similarTo(draft);

        assertThat(similar.items())
                .extracting(SimilarItem::otherDepartment)
                .isSortedAccordingTo((a, b) -> Boolean.compare(b, a));
        assertThat(similar.items()).filteredOn(SimilarItem::otherDepartment).isNotEmpty();
        assertThat(similar.items())
                .filteredOn(item -> item.department().equals("HR"))
                .allSatisfy(item -> assertThat(item.otherDepartment()).isFalse());
    }

    @Test
    @WithUserDetails("manager")
    void a_draft_is_not_like_every_item_with_ai_or_a_stop_word_in_its_title() {
        var draft = new SimilarDraft("Zwartbekproef met AI", "", "", "", null);

        assertThat(service.similarTo(draft).items()).isEmpty();
    }

    @Test
    @WithUserDetails("manager")
    void a_draft_with_too_little_text_looks_for_nothing() {
        var draft = new SimilarDraft("Ch", " ", "", "", null);

        assertThat(SqlStatements.countIn(() -> service.similarTo(draft))).isZero();
        assertThat(service.similarTo(draft)).isEqualTo(SimilarItems.NONE);
    }

    @Test
    @WithUserDetails("manager")
    void a_draft_with_only_a_tool_finds_the_items_with_that_tool_spelled_otherwise() {
        var draft = new SimilarDraft("", "", "  zendesk   AI ", "", null);

        assertThat(service.similarTo(draft).items())
                .extracting(SimilarItem::title)
                .contains("Klantchatbot voor polisvragen");
    }

    private long department(String name) {
        return DemoRows.department(db, name);
    }

    private static SearchGroup group(SearchResults results, SearchKind kind) {
        return results.groups().stream()
                .filter(g -> g.kind() == kind)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + results));
    }

    private static List<Marked.Part> snippetOf(SearchResults results, String title) {
        return group(results, SearchKind.EXPERIMENT).hits().stream()
                .filter(hit -> hit.title().plain().equals(title))
                .findFirst()
                .orElseThrow()
                .snippet()
                .parts();
    }

    private static List<String> titles(SearchResults results, SearchKind kind) {
        return group(results, kind).hits().stream()
                .map(hit -> hit.title().plain())
                .toList();
    }
}
