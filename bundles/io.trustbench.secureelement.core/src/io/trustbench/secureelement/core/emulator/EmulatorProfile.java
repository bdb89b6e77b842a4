package io.trustbench.secureelement.core.emulator;

import org.eclipse.core.runtime.IProgressMonitor;

import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.secureelement.core.SecureElementException;

/**
 * How to create an emulated kit of one device type: what the kit firmware answers to board
 * commands, the chip's initial config zone, and the first-use provisioning (GenKey, writes,
 * locks) — done through the normal {@link SecureElement} API, i.e. with real command packets,
 * so an emulated kit is configured exactly as a host would configure the real part.
 * Contributed with the {@code emulatorProfile} attribute of a device type.
 */
public interface EmulatorProfile {

	/** What {@code b:f(00)} answers before the status, e.g. {@code AT88CKECCROOT}. */
	String kitName();

	/** Three firmware version bytes for {@code b:f(00)}. */
	byte[] firmwareVersion();

	/** Device type and interface for {@code b:d(00)}, e.g. {@code ECC108 TWI}. */
	String deviceText();

	/** The 128-byte config zone to program (bytes 0–15 and 84–87 are the chip's own and ignored). */
	byte[] config();

	/** Programs and locks a fresh chip; called once, when the kit is created in the workspace. */
	void provision(SecureElement chip, IProgressMonitor monitor) throws SecureElementException;
}
