package io.trustbench.secureelement.core.internal.emulator;

import java.util.Arrays;

import io.trustbench.secureelement.core.atca.ChipStatus;
import io.trustbench.secureelement.core.atca.CommandPacket;
import io.trustbench.secureelement.core.atca.Crc16;
import io.trustbench.secureelement.core.atca.ResponsePacket;
import io.trustbench.secureelement.core.config.SlotPermissions;

/** Read, Write and Lock: zone addressing, 4/32-byte granularity, read/write permissions, locks. */
final class MemoryCommands {

	private static final int ZONE_CONFIG = 0;
	private static final int ZONE_OTP = 1;
	private static final int ZONE_DATA = 2;
	private static final int BIT_32 = 0x80;
	private static final int BIT_ENCRYPTED = 0x40;

	private final ChipState state;
	private final VolatileState sram;

	MemoryCommands(ChipState state, VolatileState sram) {
		this.state = state;
		this.sram = sram;
	}

	/** A resolved address: which array, where, how many bytes. */
	private record Location(int zone, int slot, byte[] target, int offset, int length) {
	}

	ResponsePacket read(CommandPacket c) throws ChipError {
		if ((c.param1() & ~(BIT_32 | 0x03)) != 0 || c.data().length != 0) {
			throw new ChipError(ChipStatus.PARSE_ERROR, "Read with bad param1 or data");
		}
		Location at = locate(c.param1(), c.param2());
		switch (at.zone()) {
		case ZONE_CONFIG -> {
			// the config zone is always readable in clear
		}
		case ZONE_OTP -> {
			if (!state.dataLocked()) {
				throw new ChipError(ChipStatus.EXECUTION_ERROR, "OTP zone is not readable before the data lock");
			}
		}
		default -> checkDataReadable(at.slot());
		}
		return ResponsePacket.data(Arrays.copyOfRange(at.target(), at.offset(), at.offset() + at.length()));
	}

	private void checkDataReadable(int slot) throws ChipError {
		if (!state.dataLocked()) {
			throw new ChipError(ChipStatus.EXECUTION_ERROR, "data zone is not readable before the data lock");
		}
		SlotPermissions p = state.permissions(slot);
		if (p.holdsPrivateKey()) {
			throw new ChipError(ChipStatus.EXECUTION_ERROR, "slot " + slot + " holds a private key: never readable");
		}
		if (p.slotConfig().isSecret()) {
			throw new ChipError(ChipStatus.EXECUTION_ERROR, "slot " + slot + " is secret");
		}
		if (p.slotConfig().encryptRead()) {
			throw new ChipError(ChipStatus.EXECUTION_ERROR, "slot " + slot + " needs an encrypted read");
		}
	}

	ResponsePacket write(CommandPacket c) throws ChipError {
		if ((c.param1() & ~(BIT_32 | BIT_ENCRYPTED | 0x03)) != 0) {
			throw new ChipError(ChipStatus.PARSE_ERROR, "Write with bad param1");
		}
		boolean encrypted = (c.param1() & BIT_ENCRYPTED) != 0;
		int expected = ((c.param1() & BIT_32) != 0 ? 32 : 4) + (encrypted ? 32 : 0);
		byte[] data = c.data();
		if (data.length != expected) {
			throw new ChipError(ChipStatus.PARSE_ERROR, "Write expects " + expected + " data bytes, got " + data.length);
		}
		Location at = locate(c.param1(), c.param2());
		if (encrypted) {
			throw new ChipError(ChipStatus.EXECUTION_ERROR, "encrypted (MAC) writes are not emulated");
		}
		switch (at.zone()) {
		case ZONE_CONFIG -> checkConfigWritable(at);
		case ZONE_OTP -> checkOtpWritable(at, data);
		default -> checkDataWritable(at.slot());
		}
		System.arraycopy(data, 0, at.target(), at.offset(), at.length());
		state.dirty = true;
		return ResponsePacket.status(ChipStatus.SUCCESS);
	}

	private void checkConfigWritable(Location at) throws ChipError {
		if (state.configLocked()) {
			throw new ChipError(ChipStatus.EXECUTION_ERROR, "config zone is locked");
		}
		int end = at.offset() + at.length();
		if (at.offset() < 16) {
			throw new ChipError(ChipStatus.EXECUTION_ERROR, "config bytes 0-15 (serial, revision) are read-only");
		}
		if (at.offset() < 88 && end > 84) {
			throw new ChipError(ChipStatus.EXECUTION_ERROR,
					"config bytes 84-87 change only through UpdateExtra and Lock");
		}
	}

	private void checkOtpWritable(Location at, byte[] data) throws ChipError {
		if (!state.dataLocked()) {
			return;
		}
		int mode = state.config[18] & 0xFF;
		if (mode != 0x55) {
			throw new ChipError(ChipStatus.EXECUTION_ERROR, "OTP zone is read-only after the data lock");
		}
		for (int i = 0; i < at.length(); i++) {
			int old = state.otp[at.offset() + i] & 0xFF;
			if ((data[i] & 0xFF & ~old) != 0) {
				throw new ChipError(ChipStatus.EXECUTION_ERROR, "OTP consumption mode only clears bits");
			}
		}
	}

	private void checkDataWritable(int slot) throws ChipError {
		SlotPermissions p = state.permissions(slot);
		if (p.holdsPrivateKey()) {
			throw new ChipError(ChipStatus.EXECUTION_ERROR,
					"slot " + slot + " holds a private key: written only by GenKey or PrivWrite");
		}
		if (!state.dataLocked()) {
			return;
		}
		if (p.slotLocked()) {
			throw new ChipError(ChipStatus.EXECUTION_ERROR, "slot " + slot + " is locked");
		}
		if (!"Always".equals(p.slotConfig().writeMode())) {
			throw new ChipError(ChipStatus.EXECUTION_ERROR,
					"slot " + slot + " WriteConfig " + p.slotConfig().writeMode() + " forbids clear writes");
		}
	}

	ResponsePacket lock(CommandPacket c) throws ChipError {
		int mode = c.param1();
		if ((mode & 0x40) != 0 || c.data().length != 0) {
			throw new ChipError(ChipStatus.PARSE_ERROR, "Lock with bad mode or data");
		}
		boolean checkCrc = (mode & 0x80) == 0;
		int zone = mode & 0x03;
		if (zone != 2 && (mode & 0x3C) != 0) {
			throw new ChipError(ChipStatus.PARSE_ERROR, "Lock slot bits set for a zone lock");
		}
		switch (zone) {
		case 0 -> {
			if (state.configLocked()) {
				throw new ChipError(ChipStatus.EXECUTION_ERROR, "config zone is already locked");
			}
			checkSummary(checkCrc, state.config, c.param2(), "config");
			state.config[87] = 0x00;
		}
		case 1 -> {
			if (!state.configLocked()) {
				throw new ChipError(ChipStatus.EXECUTION_ERROR, "data zone cannot be locked before the config zone");
			}
			if (state.dataLocked()) {
				throw new ChipError(ChipStatus.EXECUTION_ERROR, "data zone is already locked");
			}
			checkSummary(checkCrc, state.dataAndOtp(), c.param2(), "data+OTP");
			state.config[86] = 0x00;
			sram.invalidateTempKey();
		}
		case 2 -> lockSlot((mode >> 2) & 0x0F, checkCrc, c.param2());
		default -> throw new ChipError(ChipStatus.PARSE_ERROR, "Lock mode 3 does not exist");
		}
		state.dirty = true;
		return ResponsePacket.status(ChipStatus.SUCCESS);
	}

	private void lockSlot(int slot, boolean checkCrc, int crc) throws ChipError {
		if (!state.dataLocked()) {
			throw new ChipError(ChipStatus.EXECUTION_ERROR, "slots are locked one by one only after the data lock");
		}
		SlotPermissions p = state.permissions(slot);
		if (!p.keyConfig().lockable()) {
			throw new ChipError(ChipStatus.EXECUTION_ERROR, "slot " + slot + " is not Lockable");
		}
		if (p.slotLocked()) {
			throw new ChipError(ChipStatus.EXECUTION_ERROR, "slot " + slot + " is already locked");
		}
		checkSummary(checkCrc, state.slots[slot], crc, "slot " + slot);
		int bits = (state.config[88] & 0xFF) | (state.config[89] & 0xFF) << 8;
		bits &= ~(1 << slot);
		state.config[88] = (byte) bits;
		state.config[89] = (byte) (bits >> 8);
	}

	private static void checkSummary(boolean check, byte[] covered, int expected, String what) throws ChipError {
		if (check && Crc16.compute(covered) != expected) {
			throw new ChipError(ChipStatus.EXECUTION_ERROR, String.format(
					"summary CRC 0x%04X does not match the %s contents (0x%04X)", expected, what,
					Crc16.compute(covered)));
		}
	}

	/** Resolves param1 zone + size bit and the param2 address to bytes of the chip. */
	private Location locate(int param1, int address) throws ChipError {
		int zone = param1 & 0x03;
		int length = (param1 & BIT_32) != 0 ? 32 : 4;
		int word = address & 0x07;
		switch (zone) {
		case ZONE_CONFIG, ZONE_OTP -> {
			if ((address & ~0xFF) != 0) {
				throw new ChipError(ChipStatus.PARSE_ERROR, "address has bits above the zone");
			}
			int block = address >> 3;
			int offset = block * 32 + (length == 32 ? 0 : word * 4);
			byte[] target = zone == ZONE_CONFIG ? state.config : state.otp;
			if (offset + length > target.length) {
				throw new ChipError(ChipStatus.PARSE_ERROR, "address beyond the " + (zone == 0 ? "config" : "OTP")
						+ " zone");
			}
			return new Location(zone, -1, target, offset, length);
		}
		case ZONE_DATA -> {
			int slot = (address >> 3) & 0x0F;
			int block = address >> 8;
			int offset = block * 32 + (length == 32 ? 0 : word * 4);
			byte[] target = state.slots[slot];
			if (offset + length > target.length) {
				throw new ChipError(ChipStatus.PARSE_ERROR, "address beyond slot " + slot + " (" + target.length
						+ " bytes)");
			}
			return new Location(zone, slot, target, offset, length);
		}
		default -> throw new ChipError(ChipStatus.PARSE_ERROR, "zone 3 does not exist");
		}
	}
}
