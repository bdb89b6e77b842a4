package io.trustbench.secureelement.core.tests;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

import io.trustbench.secureelement.core.atca.CommandPacket;
import io.trustbench.secureelement.core.atca.Crc16;
import io.trustbench.secureelement.core.atca.Opcode;
import io.trustbench.secureelement.core.atca.PacketException;
import io.trustbench.secureelement.core.atca.ResponsePacket;
import io.trustbench.secureelement.core.emulator.EmulatorProfile;
import io.trustbench.secureelement.core.internal.emulator.Atecc508a;
import io.trustbench.secureelement.core.internal.emulator.ChipState;
import io.trustbench.secureelement.core.internal.emulator.ThingProfile;

/** A bare emulated chip driven with raw packets, for chip-level tests (no kit, no files). */
final class ChipBench {

	final Atecc508a chip;
	final List<String> refusals = new ArrayList<>();
	int persists;

	ChipBench() {
		this(new ThingProfile());
	}

	ChipBench(EmulatorProfile profile) {
		this(profile.config());
	}

	/** A chip with this config zone (unlocked; serial and revision filled in). */
	ChipBench(byte[] profileConfig) {
		byte[] config = profileConfig.clone();
		config[0] = 0x01;
		config[1] = 0x23;
		config[6] = 0x50;
		config[12] = (byte) 0xEE;
		chip = new Atecc508a(new ChipState(config), new SecureRandom(), s -> persists++);
		chip.setDiagnostics(refusals::add);
	}

	ResponsePacket exec(CommandPacket command) {
		return execRaw(command.encode());
	}

	ResponsePacket execRaw(byte[] packet) {
		try {
			return ResponsePacket.decode(chip.execute(packet));
		} catch (PacketException e) {
			throw new AssertionError("emulator answered a bad response: " + e.getMessage());
		}
	}

	int status(CommandPacket command) {
		return exec(command).status();
	}

	byte[] config() {
		byte[] config = new byte[128];
		for (int block = 0; block < 4; block++) {
			byte[] part = exec(new CommandPacket(Opcode.READ, 0x80, block << 3)).payload();
			System.arraycopy(part, 0, config, block * 32, 32);
		}
		return config;
	}

	int lockConfig() {
		return status(new CommandPacket(Opcode.LOCK, 0x00, Crc16.compute(config())));
	}

	/** Sets SlotConfig and KeyConfig of a slot in a config array (before the bench is built). */
	static void setSlot(byte[] config, int slot, int slotConfig, int keyConfig) {
		config[20 + 2 * slot] = (byte) slotConfig;
		config[21 + 2 * slot] = (byte) (slotConfig >> 8);
		config[96 + 2 * slot] = (byte) keyConfig;
		config[97 + 2 * slot] = (byte) (keyConfig >> 8);
	}

	int lockDataWithoutCrc() {
		return status(new CommandPacket(Opcode.LOCK, 0x81, 0));
	}

	int privWrite(int slot, byte[] scalar32) {
		byte[] data = new byte[36];
		System.arraycopy(scalar32, 0, data, 4, 32);
		return status(new CommandPacket(Opcode.PRIVWRITE, 0x00, slot, data));
	}

	/** Left-pads or strips leading zero bytes to 32 bytes (Wycheproof scalars vary in length). */
	static byte[] scalar32(byte[] value) {
		byte[] out = new byte[32];
		int skip = Math.max(0, value.length - 32);
		for (int i = 0; i < skip; i++) {
			if (value[i] != 0) {
				throw new IllegalArgumentException("scalar longer than 32 bytes");
			}
		}
		System.arraycopy(value, skip, out, 32 - (value.length - skip), value.length - skip);
		return out;
	}
}
