package io.trustbench.pki.core.ca;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A CA's secure element: its signing key plus the data slots where the CA's compressed
 * certificate and related public keys are kept.
 */
public interface CaDevice extends DigestSigner {

	/** Device id, e.g. {@code emu-root}. */
	String id();

	/** Reads {@code length} bytes at {@code offset} of a data slot (multiples of 4). */
	byte[] read(int slot, int offset, int length, IProgressMonitor monitor) throws SigningException;

	/** Writes a data slot at {@code offset} (multiples of 4). */
	void write(int slot, int offset, byte[] data, IProgressMonitor monitor) throws SigningException;
}
