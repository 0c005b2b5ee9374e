package nl.tweespoor.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import nl.tweespoor.base.PageRequest;
import nl.tweespoor.base.Track;
import nl.tweespoor.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class InitiativeServiceSmokeTest extends DatabaseTest {

    @Autowired
    InitiativeService service;

    @Test
    @WithUserDetails("viewer")
    void demo_data_lists_experiments_a_page_at_a_time() {
        var filter = InitiativeFilter.of(Track.PERSONAL);
        assertThat(service.count(filter)).isEqualTo(25);
        assertThat(service.page(filter, PageRequest.first(10))).hasSize(10);
    }
}
