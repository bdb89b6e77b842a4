package io.trustbench.secureelement.core.atca;

/** Status bytes of a 4-byte chip response and their meaning. */
public final class ChipStatus {

	public static final int SUCCESS = 0x00;
	public static final int MISCOMPARE = 0x01;
	public static final int PARSE_ERROR = 0x03;
	public static final int ECC_FAULT = 0x05;
	public static final int SELF_TEST_ERROR = 0x07;
	public static final int RNG_HEALTH_ERROR = 0x08;
	public static final int EXECUTION_ERROR = 0x0F;
	public static final int AFTER_WAKE = 0x11;
	public static final int WATCHDOG = 0xEE;
	public static final int CRC_ERROR = 0xFF;

	private ChipStatus() {
	}

	public static String describe(int status) {
		return switch (status) {
		case SUCCESS -> "success";
		case MISCOMPARE -> "verify/checkmac miscompare (0x01)";
		case PARSE_ERROR -> "parse error: bad length, opcode or parameter (0x03)";
		case ECC_FAULT -> "ECC fault (0x05)";
		case SELF_TEST_ERROR -> "self-test failure (0x07)";
		case RNG_HEALTH_ERROR -> "RNG health test error (0x08)";
		case EXECUTION_ERROR -> "execution error: not allowed by config, lock state or TempKey (0x0F)";
		case AFTER_WAKE -> "awake, no command yet (0x11)";
		case WATCHDOG -> "watchdog about to expire (0xEE)";
		case CRC_ERROR -> "CRC or communication error (0xFF)";
		default -> String.format("status 0x%02X", status);
		};
	}
}
