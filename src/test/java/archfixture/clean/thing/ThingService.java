package archfixture.clean.thing;

import archfixture.clean.base.Money;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps every rule of the house. */
@Service
public class ThingService {

    private final ThingRepository repository;

    ThingService(ThingRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Money price() {
        return new Money(repository.find() == null ? 0 : 1);
    }

    /** A probe: it only tells a view whether to offer an action. */
    public boolean mayChange() {
        return true;
    }
}
