package io.trustbench.secureelement.ui.internal.properties;

import java.util.List;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/** Decoded fields of a tree node for the Properties view; nothing here can be edited. */
public final class ReadOnlyPropertySource implements IPropertySource {

	private final List<PropertyRow> rows;

	public ReadOnlyPropertySource(List<PropertyRow> rows) {
		this.rows = List.copyOf(rows);
	}

	public List<PropertyRow> rows() {
		return rows;
	}

	/** The value shown for a field, or null if there is no such row. */
	public String value(String category, String name) {
		return rows.stream().filter(r -> r.category().equals(category) && r.name().equals(name)).map(PropertyRow::value)
				.findFirst().orElse(null);
	}

	@Override
	public Object getEditableValue() {
		return this;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		return rows.stream().map(row -> {
			PropertyDescriptor descriptor = new PropertyDescriptor(row.id(), row.name());
			descriptor.setCategory(row.category());
			descriptor.setAlwaysIncompatible(true);
			return descriptor;
		}).toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		return rows.stream().filter(r -> r.id().equals(id)).map(PropertyRow::value).findFirst().orElse(null);
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// read-only
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		// read-only
	}
}
