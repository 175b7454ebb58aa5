package org.parallax.article.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import org.parallax.outlet.Outlet;
import org.parallax.outlet.OutletRepository;

/** A field to pick an outlet by name: one of the stored outlets, or a new name typed in. */
final class OutletPicker extends ComboBox<String> {

    OutletPicker(String label, String id) {
        super(label);
        setId(id);
        setAllowCustomValue(true);
        setClearButtonVisible(true);
        setPlaceholder("Pick or type an outlet");
        setHelperText("A new name creates the outlet");
        addCustomValueSetListener(e -> setValue(e.getDetail().strip()));
    }

    /** Offers the stored outlets' names. */
    void load(OutletRepository outlets) {
        List<String> names = outlets.findAll().stream().map(Outlet::name).toList();
        setItems(names);
    }

    /** Sets a typed name as the value even when it is not one of the offered names. */
    @Override
    public void setValue(String value) {
        if (value != null && !value.isBlank() && getListDataView().getItems().noneMatch(value::equals)) {
            List<String> names = new java.util.ArrayList<>(getListDataView().getItems().toList());
            names.add(value);
            setItems(names);
        }
        super.setValue(value);
    }
}
