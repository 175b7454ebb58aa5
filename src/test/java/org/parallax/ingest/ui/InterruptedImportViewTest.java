package org.parallax.ingest.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.ImportBatchRepository.ImportSummary;
import org.parallax.ui.KaribuViewTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The import history says in plain words what an interrupted import kept and what to do. */
class InterruptedImportViewTest extends KaribuViewTest {

    @Test
    void anInterruptedImportIsShownWithWhatItKeptAndWhatToDo() {
        new JdbcTemplate(dataSource).update("insert into import_batch (source_name, format, created_by, status, created_count, "
                + "finished_at) values ('big.jsonl', 'JSONL', 1, 'interrupted', 256, now())");
        UI.getCurrent().navigate(ImportsView.class);

        @SuppressWarnings("unchecked")
        Grid<ImportSummary> grid = _get(Grid.class, spec -> spec.withId("imports-grid"));
        ImportSummary row = grid.getListDataView().getItems().findFirst().orElseThrow();
        assertThat(row.status()).isEqualTo("interrupted");
        grid.asSingleSelect().setValue(row);

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-status-explanation")).getText())
                .startsWith("Interrupted: Parallax stopped while this import ran")
                .contains("The 256 articles of its completed transactions are stored")
                .contains("Import the file again to add the rest");
    }
}
