package io.trustbench.secureelement.ui.internal.properties;

/** One line of the Properties view: category, field name, decoded value. */
public record PropertyRow(String category, String name, String value) {

	/** Unique within a node: the same field name appears under SlotConfig and KeyConfig. */
	public String id() {
		return category + "/" + name; //$NON-NLS-1$
	}
}
