package nl.tweespoor.journey.ui;

import nl.tweespoor.base.Option;
import nl.tweespoor.journey.JourneyDraft;
import nl.tweespoor.journey.JourneyIntent;
import nl.tweespoor.journey.JourneyKind;
import org.jspecify.annotations.Nullable;

/** The dialog's editable copy of a journey; Binder writes into it and the service receives it as a draft. */
class JourneyFormBean {

    @Nullable String title;

    @Nullable JourneyKind kind = JourneyKind.CUSTOMER_JOURNEY;

    @Nullable Option owner;

    @Nullable String description;

    @Nullable JourneyIntent intent = JourneyIntent.OPTIMISE;

    @Nullable Integer redesignBy;

    static JourneyFormBean from(JourneyDraft draft, @Nullable Option owner) {
        var bean = new JourneyFormBean();
        bean.title = draft.title();
        bean.kind = draft.kind();
        bean.owner = owner;
        bean.description = draft.description();
        bean.intent = draft.intent();
        bean.redesignBy = draft.redesignBy();
        return bean;
    }

    JourneyDraft toDraft() {
        return new JourneyDraft(title, kind, owner == null ? null : owner.id(), description, intent, redesignBy);
    }
}
