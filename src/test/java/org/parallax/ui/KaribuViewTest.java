package org.parallax.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import javax.sql.DataSource;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.parallax.testsupport.CleanDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

/** Browserless Vaadin tests (Karibu) with the real Spring context and a real PostgreSQL. */
@SpringBootTest
@DirtiesContext
public abstract class KaribuViewTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.parallax");

    @Autowired protected ApplicationContext context;
    @Autowired protected DataSource dataSource;

    @BeforeEach
    void setUpVaadin() {
        CleanDatabase.truncate(dataSource);
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }
}
