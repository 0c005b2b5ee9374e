package nl.tweespoor.governance.fragmentation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import nl.tweespoor.governance.fragmentation.FragmentationGroup;
import nl.tweespoor.governance.fragmentation.GroupKind;
import nl.tweespoor.support.BrowserlessUiTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** A group card stays small however many departments share the tool: the first ones named, the rest counted. */
class GroupCardTest extends BrowserlessUiTest {

    @Test
    @WithUserDetails("viewer")
    void a_group_of_fifty_departments_names_the_first_ten_and_counts_the_others() {
        var departments =
                IntStream.rangeClosed(1, 50).mapToObj(i -> "Afdeling " + i).toList();
        var group = new FragmentationGroup(
                "TOOL:copilot",
                GroupKind.TOOL,
                "Copilot",
                departments,
                List.of(),
                50,
                BigDecimal.ZERO,
                List.of(),
                null);

        UI.getCurrent().add(new GroupCard(group, null));

        var badges = $(Span.class).withClassName("badge-neutral").all();
        assertThat(badges)
                .hasSize(GroupCard.DEPARTMENTS_SHOWN)
                .extracting(Span::getText)
                .containsExactlyElementsOf(departments.subList(0, 10));
        var line = $(Paragraph.class).all().stream()
                .map(p -> p.getElement().getTextRecursively())
                .filter(text -> text.contains("Afdeling 1"))
                .findFirst()
                .orElseThrow();
        assertThat(line).endsWith("en nog 40").doesNotContain("Afdeling 11");
    }
}
