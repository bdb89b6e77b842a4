package io.trustbench.pki.core.ca;

import org.eclipse.core.runtime.IProgressMonitor;

import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.secureelement.core.SecureElementException;

/** {@link DigestSigner} over a private-key slot of a secure element: the key stays in the chip. */
public final class SecureElementSigner implements DigestSigner {

	private final SecureElement chip;
	private final int slot;

	public SecureElementSigner(SecureElement chip, int slot) {
		this.chip = chip;
		this.slot = slot;
	}

	@Override
	public byte[] publicKey(IProgressMonitor monitor) throws SigningException {
		try {
			return chip.publicKey(slot, monitor);
		} catch (SecureElementException e) {
			throw new SigningException(description() + ": cannot read the public key: " + e.getMessage(), e);
		}
	}

	@Override
	public byte[] sign(byte[] digest, IProgressMonitor monitor) throws SigningException {
		try {
			return chip.sign(slot, digest, monitor);
		} catch (SecureElementException e) {
			throw new SigningException(description() + ": signing failed: " + e.getMessage(), e);
		}
	}

	@Override
	public String description() {
		return chip.descriptor().id() + " slot " + slot;
	}
}
