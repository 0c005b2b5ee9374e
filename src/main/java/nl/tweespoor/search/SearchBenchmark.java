package nl.tweespoor.search;

import nl.tweespoor.base.BenchmarkAction;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * For the benchmark only ({@code --tweespoor.benchmark=true}): one search and one look for items like a draft, through
 * the services the search page and the proposal form call, so the benchmark times issue 16's "≤ 100 ms per search"
 * on each data set without the view around them. Each answers the number of hits.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tweespoor.benchmark", havingValue = "true")
class SearchBenchmark {

    /** A draft as someone in Finance types it before saving: words the demo's three chatbots share. */
    static final SimilarDraft DRAFT = new SimilarDraft(
            "Chatbot voor klantvragen",
            "Een chatbot beantwoordt de meest gestelde vragen van klanten, ook buiten kantoortijd",
            "Copilot",
            "Klantvragen beantwoorden",
            null);

    @Bean
    BenchmarkAction benchmarkSearch(SearchService search) {
        return BenchmarkAction.of("search", () -> {
            var results = search.search("chatbot");
            return Integer.toString(
                    results.groups().stream().mapToInt(SearchGroup::total).sum());
        });
    }

    @Bean
    BenchmarkAction benchmarkSimilarDraft(SearchService search) {
        return BenchmarkAction.of(
                "similar-draft",
                () -> Integer.toString(search.similarTo(DRAFT).items().size()));
    }
}
