package io.trustbench.secureelement.ui.internal.explorer;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

import io.trustbench.secureelement.ui.SecureElementUi;

/** The explorer's icons, created once per tree and disposed with it. */
final class ExplorerImages {

	static final String TRANSPORT_EMULATOR = "icons/transport-emulator16.png";
	static final String TRANSPORT_HID = "icons/transport-usb16.png";
	static final String TRANSPORT_SERIAL = "icons/transport-serial16.png";
	static final String DEVICE = "icons/chip16.png";
	static final String DEVICE_LOCKED = "icons/chip-locked16.png";
	static final String CONFIG = "icons/config16.png";
	static final String CONFIG_WORD = "icons/bits16.png";
	static final String SLOTS = "icons/slots16.png";
	static final String PRIVATE_KEY = "icons/key-private16.png";
	static final String PUBLIC_KEY = "icons/key-public16.png";
	static final String CERTIFICATE = "icons/certificate16.png";
	static final String SECRET = "icons/secret16.png";
	static final String DATA = "icons/data16.png";
	static final String PENDING = "icons/pending16.png";
	static final String ERROR = "icons/error16.png";

	private final LocalResourceManager resources;

	ExplorerImages(Control owner) {
		resources = new LocalResourceManager(org.eclipse.jface.resource.JFaceResources.getResources(), owner);
	}

	Image get(String path) {
		ImageDescriptor descriptor = ResourceLocator.imageDescriptorFromBundle(SecureElementUi.PLUGIN_ID, path)
				.orElse(ImageDescriptor.getMissingImageDescriptor());
		return resources.create(descriptor);
	}

	static String forTransport(String transportId) {
		return switch (transportId) {
		case "hid" -> TRANSPORT_HID;
		case "serial" -> TRANSPORT_SERIAL;
		default -> TRANSPORT_EMULATOR;
		};
	}

	static String forUse(SlotUse use) {
		if (use == null) {
			return DATA;
		}
		return switch (use) {
		case PRIVATE_KEY -> PRIVATE_KEY;
		case PUBLIC_KEY -> PUBLIC_KEY;
		case CERTIFICATE -> CERTIFICATE;
		case SECRET -> SECRET;
		case DATA -> DATA;
		};
	}
}
