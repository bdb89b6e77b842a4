package io.trustbench.secureelement.core;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * A secure-element call failed: a chip status byte (parse error, execution error, ...), a kit
 * status (no device, unknown command), a refused request (private-key slot) or a transport
 * problem (unplugged, timeout). The message is one line for the user.
 */
public class SecureElementException extends CoreException {

	private static final long serialVersionUID = 1L;

	/** No chip status: the failure happened before or around the chip (kit, transport, API). */
	public static final int NO_CHIP_STATUS = -1;

	private final int chipStatus;

	public SecureElementException(String message) {
		this(message, NO_CHIP_STATUS, null);
	}

	public SecureElementException(String message, Throwable cause) {
		this(message, NO_CHIP_STATUS, cause);
	}

	public SecureElementException(String message, int chipStatus, Throwable cause) {
		super(new Status(IStatus.ERROR, DeviceManager.BUNDLE_ID, chipStatus, message, cause));
		this.chipStatus = chipStatus;
	}

	/** The chip's status byte (0x01, 0x03, 0x05, 0x0F, 0xFF, ...) or {@link #NO_CHIP_STATUS}. */
	public int chipStatus() {
		return chipStatus;
	}
}
