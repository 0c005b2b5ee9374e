package nl.tweespoor.review;

import static org.assertj.core.api.Assertions.assertThat;

import nl.tweespoor.base.Track;
import org.junit.jupiter.api.Test;

class DecisionTest {

    @Test
    void experiments_may_be_promoted_not_scaled() {
        assertThat(Decision.allowedFor(Track.PERSONAL))
                .containsExactly(Decision.CONTINUE, Decision.ADJUST, Decision.STOP, Decision.PROMOTE);
    }

    @Test
    void programmes_may_be_scaled_not_promoted() {
        assertThat(Decision.allowedFor(Track.STRATEGIC))
                .containsExactly(Decision.CONTINUE, Decision.ADJUST, Decision.STOP, Decision.SCALE);
    }
}
