package io.trustbench.secureelement.core.atca;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.trustbench.secureelement.core.DeviceDescriptor;
import io.trustbench.secureelement.core.DeviceInfo;
import io.trustbench.secureelement.core.LockState;
import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.secureelement.core.SecureElementException;
import io.trustbench.secureelement.core.Zone;
import io.trustbench.secureelement.core.config.ConfigZone;
import io.trustbench.secureelement.core.config.SlotPermissions;
import io.trustbench.secureelement.core.kit.KitClient;
import io.trustbench.secureelement.core.kit.KitReply;

/**
 * {@link SecureElement} over a kit: each call becomes command packets sent with {@code e:t}.
 * The config zone is cached (it only changes before the config lock, and this class invalidates
 * the cache on its own config writes and locks) so permission checks cost nothing.
 */
public final class KitSecureElement implements SecureElement {

	private final DeviceDescriptor descriptor;
	private final KitClient kit;
	private ConfigZone cachedConfig;
	private boolean closed;

	public KitSecureElement(DeviceDescriptor descriptor, KitClient kit) {
		this.descriptor = descriptor;
		this.kit = kit;
	}

	@Override
	public DeviceDescriptor descriptor() {
		return descriptor;
	}

	/** The kit underneath, for board and {@code aws:} commands. */
	public KitClient kit() {
		return kit;
	}

	/** Sends one packet and returns the response payload; a status-only failure becomes an exception. */
	public byte[] execute(CommandPacket command) throws SecureElementException {
		if (closed) {
			throw new SecureElementException(descriptor.id() + " is closed");
		}
		byte[] raw = kit.talk(command.encode());
		ResponsePacket response;
		try {
			response = ResponsePacket.decode(raw);
		} catch (PacketException e) {
			throw new SecureElementException(descriptor.id() + ": " + Opcode.name(command.opcode()) + ": "
					+ e.getMessage(), e.status(), e);
		}
		if (response.isStatusOnly() && response.status() != ChipStatus.SUCCESS) {
			throw new SecureElementException(descriptor.id() + ": " + Opcode.name(command.opcode()) + " failed: "
					+ ChipStatus.describe(response.status()), response.status(), null);
		}
		return response.payload();
	}

	private byte[] executeExpecting(CommandPacket command, int length) throws SecureElementException {
		byte[] payload = execute(command);
		if (payload.length != length) {
			throw new SecureElementException(descriptor.id() + ": " + Opcode.name(command.opcode()) + " returned "
					+ payload.length + " bytes instead of " + length);
		}
		return payload;
	}

	@Override
	public DeviceInfo info(IProgressMonitor monitor) throws SecureElementException {
		SubMonitor sub = SubMonitor.convert(monitor, "Reading " + descriptor.id(), 3);
		KitReply firmware = kit.firmware();
		sub.split(1);
		byte[] revision = revision(sub.split(1));
		ConfigZone config = readConfig(sub.split(1));
		return new DeviceInfo(descriptor, KitClient.versionText(firmware), config.serialNumber(), revision,
				config.lockState());
	}

	@Override
	public byte[] revision(IProgressMonitor monitor) throws SecureElementException {
		return executeExpecting(AtcaCommands.info(AtcaCommands.INFO_REVISION), 4);
	}

	@Override
	public byte[] serialNumber(IProgressMonitor monitor) throws SecureElementException {
		return readConfig(monitor).serialNumber();
	}

	@Override
	public ConfigZone readConfig(IProgressMonitor monitor) throws SecureElementException {
		if (cachedConfig == null) {
			byte[] bytes = new byte[ConfigZone.SIZE];
			SubMonitor sub = SubMonitor.convert(monitor, "Reading config zone", 4);
			for (int block = 0; block < 4; block++) {
				checkCanceled(sub);
				byte[] part = executeExpecting(AtcaCommands.read(Zone.CONFIG, block << 3, true), 32);
				System.arraycopy(part, 0, bytes, block * 32, 32);
				sub.worked(1);
			}
			cachedConfig = new ConfigZone(bytes);
		}
		return cachedConfig;
	}

	@Override
	public LockState lockState(IProgressMonitor monitor) throws SecureElementException {
		// Locks change under us only through this object or another host: re-read the lock word.
		byte[] word = executeExpecting(AtcaCommands.read(Zone.CONFIG, 2 << 3 | 5, false), 4);
		byte[] slotWord = executeExpecting(AtcaCommands.read(Zone.CONFIG, 2 << 3 | 6, false), 4);
		byte[] config = new byte[ConfigZone.SIZE];
		System.arraycopy(word, 0, config, 84, 4);
		System.arraycopy(slotWord, 0, config, 88, 4);
		return LockState.fromConfig(config);
	}

	@Override
	public byte[] read(Zone zone, int slot, int offset, int length, IProgressMonitor monitor)
			throws SecureElementException {
		int zoneSize = zoneSize(zone, slot);
		checkRange(zone, slot, offset, length, zoneSize);
		if (zone == Zone.DATA) {
			refuseSecret(slot, monitor);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(length);
		SubMonitor sub = SubMonitor.convert(monitor, "Reading " + describe(zone, slot), length / 4);
		int pos = offset;
		while (pos < offset + length) {
			checkCanceled(sub);
			int block = pos / 32;
			int word = (pos % 32) / 4;
			boolean whole = pos % 32 == 0 && pos + 32 <= offset + length;
			byte[] part = executeExpecting(AtcaCommands.read(zone, AtcaCommands.address(zone, slot, block, word), whole),
					whole ? 32 : 4);
			out.writeBytes(part);
			pos += part.length;
			sub.worked(part.length / 4);
		}
		return out.toByteArray();
	}

	@Override
	public byte[] readSlot(int slot, IProgressMonitor monitor) throws SecureElementException {
		return read(Zone.DATA, slot, 0, slotSize(slot), monitor);
	}

	@Override
	public void write(Zone zone, int slot, int offset, byte[] data, IProgressMonitor monitor)
			throws SecureElementException {
		checkRange(zone, slot, offset, data.length, zoneSize(zone, slot));
		if (zone == Zone.DATA && readConfig(null).permissions(slot).holdsPrivateKey()) {
			throw new SecureElementException("slot " + slot + " holds a private key; it is written only by GenKey");
		}
		SubMonitor sub = SubMonitor.convert(monitor, "Writing " + describe(zone, slot), data.length / 4);
		int pos = 0;
		while (pos < data.length) {
			checkCanceled(sub);
			int at = offset + pos;
			boolean whole = at % 32 == 0 && pos + 32 <= data.length;
			int n = whole ? 32 : 4;
			byte[] part = Arrays.copyOfRange(data, pos, pos + n);
			execute(AtcaCommands.write(zone, AtcaCommands.address(zone, slot, at / 32, (at % 32) / 4), part));
			pos += n;
			sub.worked(n / 4);
		}
		if (zone == Zone.CONFIG) {
			cachedConfig = null;
		}
	}

	@Override
	public byte[] genKey(int slot, IProgressMonitor monitor) throws SecureElementException {
		checkSlot(slot);
		return executeExpecting(AtcaCommands.genKey(AtcaCommands.GENKEY_PRIVATE, slot), 64);
	}

	@Override
	public byte[] publicKey(int slot, IProgressMonitor monitor) throws SecureElementException {
		checkSlot(slot);
		SlotPermissions permissions = readConfig(monitor).permissions(slot);
		if (permissions.holdsPrivateKey()) {
			return executeExpecting(AtcaCommands.genKey(AtcaCommands.GENKEY_PUBLIC, slot), 64);
		}
		if (permissions.size() < 72) {
			throw new SecureElementException("slot " + slot + " is a 36-byte slot without a private key; it holds no public key");
		}
		byte[] padded = read(Zone.DATA, slot, 0, 72, monitor);
		byte[] key = new byte[64];
		System.arraycopy(padded, 4, key, 0, 32);
		System.arraycopy(padded, 40, key, 32, 32);
		return key;
	}

	@Override
	public byte[] sign(int slot, byte[] digest32, IProgressMonitor monitor) throws SecureElementException {
		checkSlot(slot);
		requireLength("digest", digest32, 32);
		SubMonitor sub = SubMonitor.convert(monitor, "Signing with slot " + slot, 2);
		execute(AtcaCommands.noncePassThrough(digest32));
		sub.worked(1);
		return executeExpecting(AtcaCommands.signExternal(slot), 64);
	}

	@Override
	public boolean verify(byte[] digest32, byte[] signature64, byte[] publicKeyXY, IProgressMonitor monitor)
			throws SecureElementException {
		requireLength("digest", digest32, 32);
		requireLength("signature", signature64, 64);
		requireLength("public key", publicKeyXY, 64);
		execute(AtcaCommands.noncePassThrough(digest32));
		try {
			execute(AtcaCommands.verifyExternal(signature64, publicKeyXY));
			return true;
		} catch (SecureElementException e) {
			if (e.chipStatus() == ChipStatus.MISCOMPARE) {
				return false;
			}
			throw e;
		}
	}

	@Override
	public byte[] ecdh(int slot, byte[] peerPublicKeyXY, IProgressMonitor monitor) throws SecureElementException {
		checkSlot(slot);
		requireLength("peer public key", peerPublicKeyXY, 64);
		byte[] out = execute(AtcaCommands.ecdh(slot, peerPublicKeyXY));
		return out.length == 1 ? new byte[0] : out;
	}

	@Override
	public byte[] random(IProgressMonitor monitor) throws SecureElementException {
		return executeExpecting(AtcaCommands.random(), 32);
	}

	@Override
	public byte[] sha256(byte[] data, IProgressMonitor monitor) throws SecureElementException {
		SubMonitor sub = SubMonitor.convert(monitor, "SHA-256 on the chip", data.length / 64 + 2);
		execute(AtcaCommands.sha(AtcaCommands.SHA_START, new byte[0]));
		int pos = 0;
		while (data.length - pos >= 64) {
			checkCanceled(sub);
			execute(AtcaCommands.sha(AtcaCommands.SHA_UPDATE, Arrays.copyOfRange(data, pos, pos + 64)));
			pos += 64;
			sub.worked(1);
		}
		return executeExpecting(AtcaCommands.sha(AtcaCommands.SHA_END, Arrays.copyOfRange(data, pos, data.length)), 32);
	}

	@Override
	public void lockConfig(IProgressMonitor monitor) throws SecureElementException {
		cachedConfig = null;
		byte[] config = readConfig(monitor).bytes();
		execute(AtcaCommands.lock(AtcaCommands.LOCK_CONFIG, Crc16.compute(config)));
		cachedConfig = null;
	}

	@Override
	public void lockData(IProgressMonitor monitor) throws SecureElementException {
		// The summary CRC covers secret slots the host cannot read, so lock without it (as CAL does).
		execute(AtcaCommands.lock(AtcaCommands.LOCK_DATA | AtcaCommands.LOCK_NO_CRC, 0));
		cachedConfig = null;
	}

	@Override
	public void lockSlot(int slot, IProgressMonitor monitor) throws SecureElementException {
		checkSlot(slot);
		execute(AtcaCommands.lock(AtcaCommands.LOCK_SLOT | slot << 2 | AtcaCommands.LOCK_NO_CRC, 0));
		cachedConfig = null;
	}

	@Override
	public void close() {
		if (!closed) {
			closed = true;
			kit.close();
		}
	}

	private void refuseSecret(int slot, IProgressMonitor monitor) throws SecureElementException {
		SlotPermissions permissions = readConfig(monitor).permissions(slot);
		if (permissions.holdsPrivateKey()) {
			throw new SecureElementException("slot " + slot + " holds a private key and can never be read; "
					+ "use 'device pubkey --slot " + slot + "' for its public key");
		}
		if (permissions.slotConfig().isSecret()) {
			throw new SecureElementException("slot " + slot + " is secret (IsSecret) and cannot be read in clear");
		}
	}

	private static int zoneSize(Zone zone, int slot) {
		return switch (zone) {
		case CONFIG -> ConfigZone.SIZE;
		case OTP -> 64;
		case DATA -> slotSize(slot);
		};
	}

	private static int slotSize(int slot) {
		try {
			return SlotPermissions.slotSize(slot);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(e.getMessage());
		}
	}

	private static void checkSlot(int slot) {
		SlotPermissions.slotSize(slot);
	}

	private static void checkRange(Zone zone, int slot, int offset, int length, int size) {
		if (offset < 0 || length < 0 || offset % 4 != 0 || length % 4 != 0) {
			throw new IllegalArgumentException("offset and length must be non-negative multiples of 4");
		}
		if (offset + length > size) {
			throw new IllegalArgumentException(describe(zone, slot) + " has " + size + " bytes; " + offset + "+"
					+ length + " is beyond its end");
		}
	}

	private static String describe(Zone zone, int slot) {
		return zone == Zone.DATA ? "slot " + slot : zone.name().toLowerCase() + " zone";
	}

	private static void requireLength(String what, byte[] value, int length) {
		if (value == null || value.length != length) {
			throw new IllegalArgumentException(what + " must be " + length + " bytes, not "
					+ (value == null ? "missing" : value.length));
		}
	}

	private static void checkCanceled(IProgressMonitor monitor) {
		if (monitor != null && monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}
}
