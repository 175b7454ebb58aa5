package org.parallax.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;

/** Reads a numeric id from a route parameter; anything else is a page that does not exist. */
public final class RouteIds {

    private RouteIds() {}

    /**
     * The id in route parameter {@code name}.
     *
     * @param what how the "not found" page names the thing ("event")
     * @throws NotFoundException when the parameter is missing or not a number
     */
    public static long of(BeforeEnterEvent event, String name, String what) {
        String raw = event.getRouteParameters().get(name).orElse("");
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new NotFoundException("No " + what + " " + raw);
        }
    }
}
