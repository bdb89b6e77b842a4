package io.trustbench.secureelement.core.internal.emulator;

import java.security.SecureRandom;

import io.trustbench.secureelement.core.atca.ChipStatus;
import io.trustbench.secureelement.core.atca.CommandPacket;
import io.trustbench.secureelement.core.atca.ResponsePacket;

/** Info, Random, SHA and Pause. */
final class UtilityCommands {

	private final ChipState state;
	private final VolatileState sram;
	private final SecureRandom random;

	UtilityCommands(ChipState state, VolatileState sram, SecureRandom random) {
		this.state = state;
		this.sram = sram;
		this.random = random;
	}

	ResponsePacket info(CommandPacket c) throws ChipError {
		if (c.data().length != 0) {
			throw new ChipError(ChipStatus.PARSE_ERROR, "Info takes no data");
		}
		return switch (c.param1()) {
		case 0x00 -> ResponsePacket.data(Atecc508a.REVISION.clone());
		case 0x01 -> {
			if (c.param2() > 15) {
				throw new ChipError(ChipStatus.PARSE_ERROR, "KeyValid needs a slot");
			}
			boolean valid = state.permissions(c.param2()).holdsPrivateKey() && state.hasPrivateKey(c.param2());
			yield ResponsePacket.data(new byte[] { (byte) (valid ? 1 : 0), 0, 0, 0 });
		}
		case 0x02 -> ResponsePacket.data(new byte[] { (byte) (sram.tempKeyValid() ? 0x80 : 0), 0, 0, 0 });
		case 0x03 -> ResponsePacket.data(new byte[4]);
		default -> throw new ChipError(ChipStatus.PARSE_ERROR, String.format("Info mode 0x%02X", c.param1()));
		};
	}

	ResponsePacket random(CommandPacket c) throws ChipError {
		if (c.param1() > 1 || c.data().length != 0) {
			throw new ChipError(ChipStatus.PARSE_ERROR, "Random with bad mode or data");
		}
		byte[] out = new byte[32];
		if (state.configLocked()) {
			random.nextBytes(out);
		} else {
			// The real chip answers a fixed pattern until its config is locked.
			for (int i = 0; i < 32; i += 4) {
				out[i] = (byte) 0xFF;
				out[i + 1] = (byte) 0xFF;
			}
		}
		return ResponsePacket.data(out);
	}

	ResponsePacket sha(CommandPacket c) throws ChipError {
		byte[] data = c.data();
		switch (c.param1()) {
		case 0x00 -> {
			if (data.length != 0) {
				throw new ChipError(ChipStatus.PARSE_ERROR, "SHA start takes no data");
			}
			sram.startSha();
			return ResponsePacket.status(ChipStatus.SUCCESS);
		}
		case 0x01 -> {
			if (data.length != 64) {
				throw new ChipError(ChipStatus.PARSE_ERROR, "SHA update takes exactly 64 bytes");
			}
			requireStarted();
			sram.updateSha(data);
			return ResponsePacket.status(ChipStatus.SUCCESS);
		}
		case 0x02 -> {
			if (data.length > 63 || c.param2() != data.length) {
				throw new ChipError(ChipStatus.PARSE_ERROR, "SHA end takes 0-63 bytes and their count in param2");
			}
			requireStarted();
			byte[] digest = KeyCommands.sha256(sram.finishSha(data));
			sram.setTempKey(digest, VolatileState.Source.INPUT);
			return ResponsePacket.data(digest);
		}
		default -> throw new ChipError(ChipStatus.PARSE_ERROR,
				String.format("SHA mode 0x%02X is not emulated", c.param1()));
		}
	}

	ResponsePacket pause(CommandPacket c) throws ChipError {
		if (c.data().length != 0) {
			throw new ChipError(ChipStatus.PARSE_ERROR, "Pause takes no data");
		}
		return ResponsePacket.status(ChipStatus.SUCCESS);
	}

	private void requireStarted() throws ChipError {
		if (!sram.shaStarted()) {
			throw new ChipError(ChipStatus.EXECUTION_ERROR, "SHA was not started");
		}
	}
}
