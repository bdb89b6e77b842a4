package io.trustbench.secureelement.core.atca;

import io.trustbench.secureelement.core.Zone;

/** Builders for the command packets the host API sends (parameters as in device-protocol.md §3.2). */
public final class AtcaCommands {

	public static final int INFO_REVISION = 0x00;
	public static final int GENKEY_PRIVATE = 0x04;
	public static final int GENKEY_PUBLIC = 0x00;
	public static final int NONCE_PASS_THROUGH = 0x03;
	public static final int SIGN_EXTERNAL = 0x80;
	public static final int VERIFY_EXTERNAL = 0x02;
	public static final int KEY_TYPE_P256 = 0x0004;
	public static final int SHA_START = 0x00;
	public static final int SHA_UPDATE = 0x01;
	public static final int SHA_END = 0x02;
	public static final int LOCK_CONFIG = 0x00;
	public static final int LOCK_DATA = 0x01;
	public static final int LOCK_SLOT = 0x02;
	public static final int LOCK_NO_CRC = 0x80;
	public static final int READ_32 = 0x80;

	private AtcaCommands() {
	}

	/** Word address of a zone location (config/OTP: block<<3|word; data: block<<8|slot<<3|word). */
	public static int address(Zone zone, int slot, int block, int word) {
		if (zone == Zone.DATA) {
			return block << 8 | slot << 3 | word;
		}
		return block << 3 | word;
	}

	public static CommandPacket info(int mode) {
		return new CommandPacket(Opcode.INFO, mode, 0);
	}

	public static CommandPacket read(Zone zone, int address, boolean block32) {
		return new CommandPacket(Opcode.READ, zone.code() | (block32 ? READ_32 : 0), address);
	}

	public static CommandPacket write(Zone zone, int address, byte[] data) {
		if (data.length != 4 && data.length != 32) {
			throw new IllegalArgumentException("a Write carries 4 or 32 bytes, not " + data.length);
		}
		return new CommandPacket(Opcode.WRITE, zone.code() | (data.length == 32 ? READ_32 : 0), address, data);
	}

	public static CommandPacket genKey(int mode, int slot) {
		return new CommandPacket(Opcode.GENKEY, mode, slot);
	}

	public static CommandPacket noncePassThrough(byte[] value32) {
		return new CommandPacket(Opcode.NONCE, NONCE_PASS_THROUGH, 0, value32);
	}

	public static CommandPacket signExternal(int slot) {
		return new CommandPacket(Opcode.SIGN, SIGN_EXTERNAL, slot);
	}

	public static CommandPacket verifyExternal(byte[] signature64, byte[] publicKey64) {
		byte[] data = new byte[128];
		System.arraycopy(signature64, 0, data, 0, 64);
		System.arraycopy(publicKey64, 0, data, 64, 64);
		return new CommandPacket(Opcode.VERIFY, VERIFY_EXTERNAL, KEY_TYPE_P256, data);
	}

	public static CommandPacket ecdh(int slot, byte[] publicKey64) {
		return new CommandPacket(Opcode.ECDH, 0x00, slot, publicKey64);
	}

	public static CommandPacket random() {
		return new CommandPacket(Opcode.RANDOM, 0x00, 0);
	}

	public static CommandPacket sha(int mode, byte[] data) {
		return new CommandPacket(Opcode.SHA, mode, data.length, data);
	}

	public static CommandPacket lock(int mode, int summaryCrc) {
		return new CommandPacket(Opcode.LOCK, mode, summaryCrc);
	}
}
