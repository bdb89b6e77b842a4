package io.trustbench.secureelement.ui.internal.properties;

import org.eclipse.ui.views.properties.IPropertySheetEntry;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetSorter;

/**
 * The Properties page of the Device Explorer: categories and fields keep the order the decoders
 * give (summary first, then SlotConfig and KeyConfig bits in datasheet order) instead of being
 * sorted by name.
 */
public final class OrderedPropertySheetPage extends PropertySheetPage {

	public OrderedPropertySheetPage() {
		setSorter(new PropertySheetSorter() {
			@Override
			public int compare(IPropertySheetEntry first, IPropertySheetEntry second) {
				return 0;
			}

			@Override
			public int compareCategories(String first, String second) {
				return 0;
			}
		});
	}
}
