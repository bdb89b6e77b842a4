package io.trustbench.provisioning.ui.tests;

import org.eclipse.core.runtime.IAdapterFactory;

import io.trustbench.secureelement.core.DeviceDescriptor;

/**
 * The Device Explorer's kits as {@link DeviceDescriptor}s, read through the node's public
 * {@code descriptor()} accessor by reflection: the explorer's classes are internal to its bundle,
 * and this stand-in goes once the explorer declares the adapter itself.
 */
public final class ExplorerKitAdapter implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType != DeviceDescriptor.class) {
			return null;
		}
		try {
			return adapterType.cast(adaptable.getClass().getMethod("descriptor").invoke(adaptable));
		} catch (ReflectiveOperationException e) {
			return null;
		}
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { DeviceDescriptor.class };
	}
}
