package io.trustbench.secureelement.core.internal.emulator;

import java.security.SecureRandom;
import java.util.function.Consumer;

import io.trustbench.secureelement.core.atca.ChipStatus;
import io.trustbench.secureelement.core.atca.CommandPacket;
import io.trustbench.secureelement.core.atca.Opcode;
import io.trustbench.secureelement.core.atca.PacketException;
import io.trustbench.secureelement.core.atca.ResponsePacket;

/**
 * An emulated ATECC508A: takes the bytes of a command packet, answers the bytes of the response
 * packet, with the chip's status codes, zone sizes, permissions and irreversible locks. Commands
 * that change non-volatile memory call the persistence hook before answering, so a crash after
 * a reply never loses what the reply reported.
 */
public final class Atecc508a {

	/** The revision Info mode 0 reports (byte 2 = 0x50: ATECC508A). */
	static final byte[] REVISION = { 0x00, 0x00, 0x50, 0x00 };

	private final ChipState state;
	private final VolatileState sram = new VolatileState();
	private final SecureRandom random;
	private final Consumer<ChipState> persist;
	private final MemoryCommands memory;
	private final KeyCommands keys;
	private final UtilityCommands utility;
	private volatile boolean timing;
	private volatile Consumer<String> diagnostics = s -> { };

	public Atecc508a(ChipState state, SecureRandom random, Consumer<ChipState> persist) {
		this.state = state;
		this.random = random;
		this.persist = persist;
		this.memory = new MemoryCommands(state, sram);
		this.keys = new KeyCommands(state, sram, random);
		this.utility = new UtilityCommands(state, sram, random);
	}

	/** Sleep for the chip's typical execution time of each command (off by default: tests stay fast). */
	public void setTiming(boolean timing) {
		this.timing = timing;
	}

	/** Receives one line per refused command explaining why (for the traffic log). */
	public void setDiagnostics(Consumer<String> diagnostics) {
		this.diagnostics = diagnostics == null ? s -> { } : diagnostics;
	}

	/** Wake or sleep: SRAM is lost on sleep; idle keeps it. */
	public void sleep() {
		synchronized (state) {
			sram.clear();
		}
	}

	/** Executes one packet; never throws for any input. */
	public byte[] execute(byte[] packet) {
		CommandPacket command;
		try {
			command = CommandPacket.decode(packet);
		} catch (PacketException e) {
			diagnostics.accept("packet refused: " + e.getMessage());
			return ResponsePacket.status(e.status()).encode();
		}
		long start = System.nanoTime();
		ResponsePacket response;
		synchronized (state) {
			try {
				response = dispatch(command);
			} catch (ChipError e) {
				diagnostics.accept(Opcode.name(command.opcode()) + ": " + e.getMessage());
				response = ResponsePacket.status(e.status());
			} catch (RuntimeException e) {
				// A bug in the emulator must look like a chip fault, not kill the kit.
				diagnostics.accept(Opcode.name(command.opcode()) + ": internal error " + e);
				response = ResponsePacket.status(ChipStatus.EXECUTION_ERROR);
			}
		}
		if (timing) {
			waitExecutionTime(command.opcode(), start);
		}
		return response.encode();
	}

	private ResponsePacket dispatch(CommandPacket c) throws ChipError {
		ResponsePacket response = switch (c.opcode()) {
		case Opcode.READ -> memory.read(c);
		case Opcode.WRITE -> memory.write(c);
		case Opcode.LOCK -> memory.lock(c);
		case Opcode.PRIVWRITE -> keys.privWrite(c);
		case Opcode.GENKEY -> keys.genKey(c);
		case Opcode.NONCE -> keys.nonce(c);
		case Opcode.SIGN -> keys.sign(c);
		case Opcode.VERIFY -> keys.verify(c);
		case Opcode.ECDH -> keys.ecdh(c);
		case Opcode.INFO -> utility.info(c);
		case Opcode.RANDOM -> utility.random(c);
		case Opcode.SHA -> utility.sha(c);
		case Opcode.PAUSE -> utility.pause(c);
		case Opcode.MAC, Opcode.HMAC, Opcode.GENDIG, Opcode.DERIVE_KEY, Opcode.UPDATE_EXTRA, Opcode.COUNTER,
				Opcode.CHECKMAC -> throw new ChipError(ChipStatus.PARSE_ERROR,
						Opcode.name(c.opcode()) + " is not emulated (symmetric-key commands are out of scope)");
		default -> throw new ChipError(ChipStatus.PARSE_ERROR, String.format("unknown opcode 0x%02X", c.opcode()));
		};
		if (state.dirty) {
			state.dirty = false;
			persist.accept(state);
		}
		return response;
	}

	private static void waitExecutionTime(int opcode, long startNanos) {
		long remaining = Opcode.executionTimeMillis(opcode) * 1_000_000L - (System.nanoTime() - startNanos);
		if (remaining > 0) {
			java.util.concurrent.locks.LockSupport.parkNanos(remaining);
		}
	}

	/** A snapshot for persistence and tests; private keys included — never hand it to API callers. */
	ChipState snapshot() {
		synchronized (state) {
			return state.copy();
		}
	}

	SecureRandom random() {
		return random;
	}
}
