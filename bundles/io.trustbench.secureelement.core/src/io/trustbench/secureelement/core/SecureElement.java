package io.trustbench.secureelement.core;

import org.eclipse.core.runtime.IProgressMonitor;

import io.trustbench.secureelement.core.config.ConfigZone;

/**
 * One ATECC508A-class secure element, real or emulated, reached through its kit. Every call
 * becomes one or more real command packets (Info, Read, GenKey, Sign, ...) so the same code path
 * is exercised against hardware and the emulator.
 *
 * <p>Byte conventions: public keys are raw {@code X‖Y} (64 bytes, no 0x04 prefix); signatures
 * are raw {@code R‖S} (64 bytes, P1363); digests are 32 bytes. Slots are 0–15. A chip status
 * other than success, a kit error or a timeout is a {@link SecureElementException} with one clear
 * line. No method ever returns a private key: the chip refuses to read secret slots and this API
 * refuses before asking.
 *
 * <p>Instances are not thread-safe; the {@link DeviceManager} hands out one per device and
 * serialises access (run device work in a Job with the device's scheduling rule).
 */
public interface SecureElement extends AutoCloseable {

	/** Where this chip lives: id, kind, transport, kit name. */
	DeviceDescriptor descriptor();

	/** Serial number, revision and lock state in one call (the data of {@code device list}). */
	DeviceInfo info(IProgressMonitor monitor) throws SecureElementException;

	/** The 4 bytes of Info mode 0 (byte 2 = 0x50 for ATECC508A). */
	byte[] revision(IProgressMonitor monitor) throws SecureElementException;

	/** The 9-byte serial number (config bytes 0–3 and 8–12). */
	byte[] serialNumber(IProgressMonitor monitor) throws SecureElementException;

	/** The whole 128-byte configuration zone, decoded. */
	ConfigZone readConfig(IProgressMonitor monitor) throws SecureElementException;

	LockState lockState(IProgressMonitor monitor) throws SecureElementException;

	/**
	 * Reads {@code length} bytes at {@code offset} of a zone (slot ignored for CONFIG/OTP), using
	 * 32-byte reads where aligned and 4-byte reads otherwise. Offset and length must be multiples
	 * of 4. A secret slot (IsSecret or a private key) is refused with a clear message.
	 */
	byte[] read(Zone zone, int slot, int offset, int length, IProgressMonitor monitor) throws SecureElementException;

	/** The whole data slot (36, 416 or 72 bytes); refused for private-key and secret slots. */
	byte[] readSlot(int slot, IProgressMonitor monitor) throws SecureElementException;

	/**
	 * Writes {@code data} at {@code offset} (multiples of 4) of a zone, in 32-byte and 4-byte
	 * writes; the chip enforces the lock and WriteConfig rules. Use it for compressed
	 * certificates and public keys in 72-byte slots.
	 */
	void write(Zone zone, int slot, int offset, byte[] data, IProgressMonitor monitor) throws SecureElementException;

	/** {@code write(Zone.DATA, slot, offset, data, monitor)}. */
	default void writeSlot(int slot, int offset, byte[] data, IProgressMonitor monitor) throws SecureElementException {
		write(Zone.DATA, slot, offset, data, monitor);
	}

	/** Creates a new private key in a private-key slot (GenKey mode 0x04); returns its public key X‖Y. */
	byte[] genKey(int slot, IProgressMonitor monitor) throws SecureElementException;

	/**
	 * The public key X‖Y of a slot: computed by the chip (GenKey mode 0x00) for a private-key
	 * slot, or read from a public-key slot (72-byte padded form) otherwise.
	 */
	byte[] publicKey(int slot, IProgressMonitor monitor) throws SecureElementException;

	default byte[] publicKey(int slot) throws SecureElementException {
		return publicKey(slot, null);
	}

	/** ECDSA P-256 signature R‖S of an external 32-byte digest (Nonce pass-through, Sign mode 0x80). */
	byte[] sign(int slot, byte[] digest32, IProgressMonitor monitor) throws SecureElementException;

	/**
	 * Verifies R‖S over a 32-byte digest with an external public key X‖Y on the chip (Verify mode
	 * 0x02). False on a miscompare (status 0x01); an exception for any other failure.
	 */
	boolean verify(byte[] digest32, byte[] signature64, byte[] publicKeyXY, IProgressMonitor monitor)
			throws SecureElementException;

	/**
	 * ECDH with the private key in {@code slot} and a peer public key X‖Y; returns the 32-byte
	 * shared secret (X coordinate). A slot configured to write the secret into slot N+1 returns an
	 * empty array (the secret stays in the chip).
	 */
	byte[] ecdh(int slot, byte[] peerPublicKeyXY, IProgressMonitor monitor) throws SecureElementException;

	/** 32 random bytes from the chip (Random mode 0). */
	byte[] random(IProgressMonitor monitor) throws SecureElementException;

	/** SHA-256 computed by the chip (SHA start/update/end). */
	byte[] sha256(byte[] data, IProgressMonitor monitor) throws SecureElementException;

	/** Locks the config zone (irreversible); checks the summary CRC of what was read first. */
	void lockConfig(IProgressMonitor monitor) throws SecureElementException;

	/** Locks the data and OTP zones (irreversible); requires a locked config zone. */
	void lockData(IProgressMonitor monitor) throws SecureElementException;

	/** Locks one slot whose KeyConfig is Lockable (irreversible). */
	void lockSlot(int slot, IProgressMonitor monitor) throws SecureElementException;

	/** Releases the kit connection; further calls fail. */
	@Override
	void close();
}
