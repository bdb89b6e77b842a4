package io.trustbench.pki.core.ca;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A P-256 signing key that never leaves its device: SHA-256 digest in, raw R‖S signature out.
 * Implemented over a secure element slot ({@code SecureElementSigner}) and, in tests, in software.
 */
public interface DigestSigner {

	/** The signer's public key X‖Y (64 bytes). */
	byte[] publicKey(IProgressMonitor monitor) throws SigningException;

	/** ECDSA P-256 over a 32-byte digest; returns R‖S (64 bytes). */
	byte[] sign(byte[] digest, IProgressMonitor monitor) throws SigningException;

	/** For messages: e.g. "emu-root slot 3". */
	String description();
}
