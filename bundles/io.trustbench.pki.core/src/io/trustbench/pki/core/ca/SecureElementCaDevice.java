package io.trustbench.pki.core.ca;

import org.eclipse.core.runtime.IProgressMonitor;

import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.secureelement.core.SecureElementException;
import io.trustbench.secureelement.core.Zone;

/** {@link CaDevice} over a secure element reached through the secure-element API. */
public final class SecureElementCaDevice implements CaDevice {

	private final SecureElement chip;
	private final SecureElementSigner signer;

	public SecureElementCaDevice(SecureElement chip, int keySlot) {
		this.chip = chip;
		this.signer = new SecureElementSigner(chip, keySlot);
	}

	@Override
	public String id() {
		return chip.descriptor().id();
	}

	@Override
	public byte[] publicKey(IProgressMonitor monitor) throws SigningException {
		return signer.publicKey(monitor);
	}

	@Override
	public byte[] sign(byte[] digest, IProgressMonitor monitor) throws SigningException {
		return signer.sign(digest, monitor);
	}

	@Override
	public String description() {
		return signer.description();
	}

	@Override
	public byte[] read(int slot, int offset, int length, IProgressMonitor monitor) throws SigningException {
		try {
			return chip.read(Zone.DATA, slot, offset, length, monitor);
		} catch (SecureElementException e) {
			throw new SigningException(id() + ": cannot read slot " + slot + ": " + e.getMessage(), e);
		}
	}

	@Override
	public void write(int slot, int offset, byte[] data, IProgressMonitor monitor) throws SigningException {
		try {
			chip.write(Zone.DATA, slot, offset, data, monitor);
		} catch (SecureElementException e) {
			throw new SigningException(id() + ": cannot write slot " + slot + ": " + e.getMessage(), e);
		}
	}
}
