package archfixture.clean.other;

import archfixture.clean.base.Money;
import archfixture.clean.thing.ThingService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Secured and transactional at the class: that counts for every method. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('LEADER')")
public class OtherService {

    private final ThingService things;

    OtherService(ThingService things) {
        this.things = things;
    }

    public Money doubled() {
        return new Money(things.price().cents() * 2);
    }
}
