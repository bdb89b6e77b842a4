package io.trustbench.secureelement.core.internal.emulator;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;

import io.trustbench.secureelement.core.atca.ChipStatus;
import io.trustbench.secureelement.core.atca.CommandPacket;
import io.trustbench.secureelement.core.atca.Opcode;
import io.trustbench.secureelement.core.atca.ResponsePacket;
import io.trustbench.secureelement.core.config.KeyConfig;
import io.trustbench.secureelement.core.config.SlotPermissions;

/** GenKey, PrivWrite, Nonce, Sign, Verify and ECDH on P-256 keys. */
final class KeyCommands {

	private final ChipState state;
	private final VolatileState sram;
	private final SecureRandom random;

	KeyCommands(ChipState state, VolatileState sram, SecureRandom random) {
		this.state = state;
		this.sram = sram;
		this.random = random;
	}

	ResponsePacket genKey(CommandPacket c) throws ChipError {
		int slot = slotParam(c);
		int mode = c.param1();
		if (c.data().length != 0) {
			throw new ChipError(ChipStatus.PARSE_ERROR, "GenKey mode " + mode + " takes no data here");
		}
		if (mode == 0x04) {
			requireConfigLocked("GenKey");
			SlotPermissions p = requirePrivateKeySlot(slot);
			if (state.dataLocked() && (p.slotLocked() || !p.slotConfig().genKeyAllowed())) {
				throw new ChipError(ChipStatus.EXECUTION_ERROR, "slot " + slot + (p.slotLocked() ? " is locked"
						: " does not allow GenKey after the data lock"));
			}
			byte[] scalar = P256.newPrivateKey(random);
			state.storePrivateScalar(slot, scalar);
			return ResponsePacket.data(P256.publicKey(scalar));
		}
		if (mode == 0x00) {
			requirePrivateKeySlot(slot);
			return ResponsePacket.data(P256.publicKey(requireKey(slot)));
		}
		throw new ChipError(ChipStatus.PARSE_ERROR, String.format("GenKey mode 0x%02X is not emulated", mode));
	}

	ResponsePacket privWrite(CommandPacket c) throws ChipError {
		int slot = slotParam(c);
		boolean encrypted = (c.param1() & 0x40) != 0;
		if ((c.param1() & ~0x40) != 0) {
			throw new ChipError(ChipStatus.PARSE_ERROR, "PrivWrite with bad mode");
		}
		byte[] data = c.data();
		if (data.length != (encrypted ? 68 : 36)) {
			throw new ChipError(ChipStatus.PARSE_ERROR, "PrivWrite expects " + (encrypted ? 68 : 36) + " data bytes");
		}
		requirePrivateKeySlot(slot);
		if (encrypted || state.dataLocked()) {
			throw new ChipError(ChipStatus.EXECUTION_ERROR,
					"after the data lock PrivWrite must be encrypted with a MAC, which is not emulated");
		}
		byte[] scalar = Arrays.copyOfRange(data, 4, 36);
		if (!P256.validPrivateKey(scalar)) {
			throw new ChipError(ChipStatus.EXECUTION_ERROR, "not a P-256 private key");
		}
		state.storePrivateScalar(slot, scalar);
		return ResponsePacket.status(ChipStatus.SUCCESS);
	}

	ResponsePacket nonce(CommandPacket c) throws ChipError {
		int mode = c.param1();
		byte[] data = c.data();
		if (mode == 0x03) {
			if (data.length != 32) {
				throw new ChipError(ChipStatus.PARSE_ERROR, "pass-through Nonce needs 32 bytes");
			}
			sram.setTempKey(data, VolatileState.Source.INPUT);
			return ResponsePacket.status(ChipStatus.SUCCESS);
		}
		if (mode == 0x00 || mode == 0x01) {
			if (data.length != 20) {
				throw new ChipError(ChipStatus.PARSE_ERROR, "random Nonce needs a 20-byte NumIn");
			}
			byte[] randOut = new byte[32];
			random.nextBytes(randOut);
			sram.setTempKey(sha256(randOut, data, new byte[] { Opcode.NONCE, (byte) mode, 0x00 }),
					VolatileState.Source.RANDOM);
			return ResponsePacket.data(randOut);
		}
		throw new ChipError(ChipStatus.PARSE_ERROR, String.format("Nonce mode 0x%02X does not exist", mode));
	}

	ResponsePacket sign(CommandPacket c) throws ChipError {
		int slot = slotParam(c);
		if (c.data().length != 0) {
			throw new ChipError(ChipStatus.PARSE_ERROR, "Sign takes no data");
		}
		if (c.param1() != 0x80) {
			if ((c.param1() & 0x80) == 0 && (c.param1() & ~0x40) == 0) {
				throw new ChipError(ChipStatus.EXECUTION_ERROR, "internal Sign needs GenDig, which is not emulated");
			}
			throw new ChipError(ChipStatus.PARSE_ERROR, String.format("Sign mode 0x%02X", c.param1()));
		}
		requireConfigLocked("Sign");
		SlotPermissions p = requirePrivateKeySlot(slot);
		if (!p.slotConfig().externalSignatures()) {
			throw new ChipError(ChipStatus.EXECUTION_ERROR, "slot " + slot + " does not allow external signatures");
		}
		byte[] digest = requireTempKey();
		byte[] scalar = requireKey(slot);
		sram.invalidateTempKey();
		return ResponsePacket.data(P256.sign(scalar, digest, random));
	}

	ResponsePacket verify(CommandPacket c) throws ChipError {
		byte[] data = c.data();
		byte[] publicKey;
		if (c.param1() == 0x02) {
			if (c.param2() != 0x0004) {
				throw new ChipError(ChipStatus.PARSE_ERROR, "external Verify supports key type P256 (0x0004) only");
			}
			if (data.length != 128) {
				throw new ChipError(ChipStatus.PARSE_ERROR, "external Verify needs signature and public key (128 bytes)");
			}
			publicKey = Arrays.copyOfRange(data, 64, 128);
		} else if (c.param1() == 0x00) {
			if (data.length != 64 || c.param2() > 15) {
				throw new ChipError(ChipStatus.PARSE_ERROR, "stored Verify needs a 64-byte signature and a slot");
			}
			publicKey = storedPublicKey(c.param2());
		} else {
			throw new ChipError(ChipStatus.PARSE_ERROR, String.format("Verify mode 0x%02X is not emulated", c.param1()));
		}
		byte[] digest = requireTempKey();
		sram.invalidateTempKey();
		try {
			boolean ok = P256.verify(publicKey, digest, Arrays.copyOfRange(data, 0, 64));
			if (!ok) {
				throw new ChipError(ChipStatus.MISCOMPARE, "signature does not verify");
			}
			return ResponsePacket.status(ChipStatus.SUCCESS);
		} catch (P256.InvalidPointException e) {
			throw new ChipError(ChipStatus.EXECUTION_ERROR, "public key: " + e.getMessage());
		}
	}

	ResponsePacket ecdh(CommandPacket c) throws ChipError {
		int slot = slotParam(c);
		if (c.param1() != 0x00) {
			throw new ChipError(ChipStatus.PARSE_ERROR, "ATECC508A ECDH has mode 0x00 only");
		}
		if (c.data().length != 64) {
			throw new ChipError(ChipStatus.PARSE_ERROR, "ECDH needs a 64-byte public key");
		}
		requireConfigLocked("ECDH");
		SlotPermissions p = requirePrivateKeySlot(slot);
		if (!p.slotConfig().ecdhAllowed()) {
			throw new ChipError(ChipStatus.EXECUTION_ERROR, "slot " + slot + " does not allow ECDH");
		}
		byte[] shared;
		try {
			shared = P256.ecdh(requireKey(slot), c.data());
		} catch (P256.InvalidPointException e) {
			throw new ChipError(ChipStatus.EXECUTION_ERROR, "peer public key: " + e.getMessage());
		}
		if (p.slotConfig().ecdhWritesSlot()) {
			if (slot % 2 != 0) {
				throw new ChipError(ChipStatus.EXECUTION_ERROR, "WriteECDH needs an even slot");
			}
			byte[] target = state.slots[slot + 1];
			System.arraycopy(shared, 0, target, 0, 32);
			state.dirty = true;
			return ResponsePacket.status(ChipStatus.SUCCESS);
		}
		return ResponsePacket.data(shared);
	}

	private byte[] storedPublicKey(int slot) throws ChipError {
		SlotPermissions p = state.permissions(slot);
		if (p.keyConfig().keyType() != KeyConfig.KEY_TYPE_P256 || p.keyConfig().isPrivate() || p.size() < 72) {
			throw new ChipError(ChipStatus.EXECUTION_ERROR, "slot " + slot + " holds no public key");
		}
		byte[] padded = state.slots[slot];
		byte[] key = new byte[64];
		System.arraycopy(padded, 4, key, 0, 32);
		System.arraycopy(padded, 40, key, 32, 32);
		return key;
	}

	private int slotParam(CommandPacket c) throws ChipError {
		if (c.param2() > 15) {
			throw new ChipError(ChipStatus.PARSE_ERROR, "key id " + c.param2() + " is not a slot");
		}
		return c.param2();
	}

	private void requireConfigLocked(String what) throws ChipError {
		if (!state.configLocked()) {
			throw new ChipError(ChipStatus.EXECUTION_ERROR, what + " needs a locked config zone");
		}
	}

	private SlotPermissions requirePrivateKeySlot(int slot) throws ChipError {
		SlotPermissions p = state.permissions(slot);
		if (!p.holdsPrivateKey()) {
			throw new ChipError(ChipStatus.EXECUTION_ERROR, "slot " + slot + " is not a P-256 private-key slot");
		}
		return p;
	}

	private byte[] requireKey(int slot) throws ChipError {
		if (!state.hasPrivateKey(slot)) {
			throw new ChipError(ChipStatus.EXECUTION_ERROR, "slot " + slot + " has no key yet (run GenKey)");
		}
		byte[] scalar = state.privateScalar(slot);
		if (!P256.validPrivateKey(scalar)) {
			throw new ChipError(ChipStatus.ECC_FAULT, "slot " + slot + " does not hold a valid P-256 key");
		}
		return scalar;
	}

	private byte[] requireTempKey() throws ChipError {
		if (!sram.tempKeyValid()) {
			throw new ChipError(ChipStatus.EXECUTION_ERROR, "TempKey is not valid (send a Nonce first)");
		}
		return sram.tempKey();
	}

	static byte[] sha256(byte[]... parts) {
		try {
			MessageDigest md = MessageDigest.getInstance("SHA-256");
			for (byte[] part : parts) {
				md.update(part);
			}
			return md.digest();
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
