package io.trustbench.secureelement.core.atca;

/** ATECC508A opcodes and typical execution times (ms, CAL table) used by the timing mode. */
public final class Opcode {

	public static final int PAUSE = 0x01;
	public static final int READ = 0x02;
	public static final int MAC = 0x08;
	public static final int HMAC = 0x11;
	public static final int WRITE = 0x12;
	public static final int GENDIG = 0x15;
	public static final int NONCE = 0x16;
	public static final int LOCK = 0x17;
	public static final int RANDOM = 0x1B;
	public static final int DERIVE_KEY = 0x1C;
	public static final int UPDATE_EXTRA = 0x20;
	public static final int COUNTER = 0x24;
	public static final int CHECKMAC = 0x28;
	public static final int INFO = 0x30;
	public static final int GENKEY = 0x40;
	public static final int SIGN = 0x41;
	public static final int ECDH = 0x43;
	public static final int VERIFY = 0x45;
	public static final int PRIVWRITE = 0x46;
	public static final int SHA = 0x47;

	private Opcode() {
	}

	/** Typical execution time of the ATECC508A, or 0 for unknown opcodes. */
	public static int executionTimeMillis(int opcode) {
		return switch (opcode) {
		case PAUSE -> 3;
		case READ -> 5;
		case MAC -> 14;
		case HMAC -> 23;
		case WRITE -> 26;
		case GENDIG -> 11;
		case NONCE -> 29;
		case LOCK -> 32;
		case RANDOM -> 23;
		case DERIVE_KEY -> 50;
		case UPDATE_EXTRA -> 10;
		case COUNTER -> 20;
		case CHECKMAC -> 13;
		case INFO -> 2;
		case GENKEY -> 115;
		case SIGN -> 60;
		case ECDH -> 58;
		case VERIFY -> 72;
		case PRIVWRITE -> 48;
		case SHA -> 9;
		default -> 0;
		};
	}

	public static String name(int opcode) {
		return switch (opcode) {
		case PAUSE -> "Pause";
		case READ -> "Read";
		case MAC -> "MAC";
		case HMAC -> "HMAC";
		case WRITE -> "Write";
		case GENDIG -> "GenDig";
		case NONCE -> "Nonce";
		case LOCK -> "Lock";
		case RANDOM -> "Random";
		case DERIVE_KEY -> "DeriveKey";
		case UPDATE_EXTRA -> "UpdateExtra";
		case COUNTER -> "Counter";
		case CHECKMAC -> "CheckMac";
		case INFO -> "Info";
		case GENKEY -> "GenKey";
		case SIGN -> "Sign";
		case ECDH -> "ECDH";
		case VERIFY -> "Verify";
		case PRIVWRITE -> "PrivWrite";
		case SHA -> "SHA";
		default -> String.format("0x%02X", opcode);
		};
	}
}
