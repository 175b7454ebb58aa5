package org.parallax.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.Collection;
import java.util.Locale;

/** Article flags as small labelled badges (text, not colour alone). */
public final class FlagBadges {

    private FlagBadges() {}

    public static FlexLayout of(Collection<? extends Enum<?>> flags) {
        FlexLayout box = new FlexLayout();
        box.addClassName("px-flags");
        flags.stream().sorted().forEach(f -> {
            Span badge = new Span(label(f));
            badge.addClassName("px-flag");
            badge.addClassName("px-flag-" + f.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            box.add(badge);
        });
        return box;
    }

    public static String label(Enum<?> flag) {
        return flag.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
