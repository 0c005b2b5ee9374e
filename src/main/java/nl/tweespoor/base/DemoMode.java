package nl.tweespoor.base;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;

/** Whether this installation runs the demo story with its well-known accounts, so the header can say so. */
@Component
public class DemoMode {

    private final AtomicBoolean on = new AtomicBoolean();

    public boolean isOn() {
        return on.get();
    }

    /** Called by whoever loads the demo story: the demo loader, and the tests. */
    public void switchOn() {
        on.set(true);
    }
}
