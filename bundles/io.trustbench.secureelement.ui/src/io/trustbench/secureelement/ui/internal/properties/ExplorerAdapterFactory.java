package io.trustbench.secureelement.ui.internal.properties;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertySource;

import io.trustbench.secureelement.core.DeviceDescriptor;
import io.trustbench.secureelement.ui.internal.explorer.DeviceNode;
import io.trustbench.secureelement.ui.internal.explorer.ExplorerNode;

/**
 * Gives every Device Explorer node an {@link IPropertySource} with its decoded fields, and a kit's
 * node its {@link DeviceDescriptor}, so other bundles' menus (Provision ▸) can act on the kit
 * without knowing the explorer's classes.
 */
public final class ExplorerAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType == IPropertySource.class && adaptable instanceof ExplorerNode node) {
			return adapterType.cast(new ReadOnlyPropertySource(NodeProperties.of(node)));
		}
		if (adapterType == DeviceDescriptor.class && adaptable instanceof DeviceNode device) {
			return adapterType.cast(device.descriptor());
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class, DeviceDescriptor.class };
	}
}
