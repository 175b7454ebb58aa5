package org.parallax.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell: Lumo plus Parallax's own stylesheet (plain CSS from {@code frontend/public},
 * served as a static resource: no front-end build), and server push for import progress.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/parallax.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {}
