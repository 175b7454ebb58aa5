package org.parallax.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import java.util.function.IntConsumer;

/**
 * Tells a view the browser window's width while it is attached (once on attach, then on every
 * resize), so it can lay a wide grid out more compactly on a tablet.
 */
public final class WindowWidth {

    private WindowWidth() {}

    public static void follow(Component view, IntConsumer onWidth) {
        view.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> onWidth.accept(details.getWindowInnerWidth()));
            Registration resize = page.addBrowserWindowResizeListener(e -> onWidth.accept(e.getWidth()));
            view.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }
}
