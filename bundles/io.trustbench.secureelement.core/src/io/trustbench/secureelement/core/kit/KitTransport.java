package io.trustbench.secureelement.core.kit;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A way to reach kits (USB HID, USB CDC serial, in-process emulator), contributed to
 * {@code io.trustbench.secureelement.core.transports}. Discovery must be quick and must not
 * open devices it does not recognise; a missing native library is an IOException, not a crash.
 */
public interface KitTransport {

	/** Stable id ({@code hid}, {@code serial}, {@code emulator}); set from the contribution. */
	String id();

	List<KitEndpoint> discover(TransportContext context, IProgressMonitor monitor) throws IOException;

	KitConnection open(KitEndpoint endpoint, TransportContext context, IProgressMonitor monitor) throws IOException;
}
