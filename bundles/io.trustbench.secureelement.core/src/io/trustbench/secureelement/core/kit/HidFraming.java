package io.trustbench.secureelement.core.kit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Kit lines over USB HID: 64-byte reports, the line (with its newline) split across reports and
 * zero-padded; a reply is complete when a report contains a newline. Report-ID handling is the
 * HID library's business (hid4java prepends it).
 */
public final class HidFraming {

	public static final int REPORT_SIZE = 64;
	/** Longest reply accepted before giving up (a kit that never sends a newline). */
	public static final int MAX_LINE = 8192;

	private HidFraming() {
	}

	/** The reports carrying {@code line + "\n"}. */
	public static List<byte[]> reports(String line) {
		byte[] bytes = (line + "\n").getBytes(StandardCharsets.US_ASCII);
		List<byte[]> reports = new ArrayList<>();
		for (int from = 0; from < bytes.length; from += REPORT_SIZE) {
			byte[] report = new byte[REPORT_SIZE];
			System.arraycopy(bytes, from, report, 0, Math.min(REPORT_SIZE, bytes.length - from));
			reports.add(report);
		}
		return reports;
	}

	/** Collects received reports until a newline; padding (NUL, 0x04) is dropped. */
	public static final class Assembler {
		private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		private boolean complete;

		/**
		 * A newline completes the line unless it is inside open data parentheses (raw PEM of
		 * {@code aws:sc}), where it is kept as data.
		 *
		 * @return true when the line is complete
		 * @throws KitProtocolException when the line grows beyond {@link #MAX_LINE}
		 */
		public boolean add(byte[] report, int length) throws KitProtocolException {
			for (int i = 0; i < length && !complete; i++) {
				byte b = report[i];
				if (b == '\n' && KitCommand.newlineEndsLine(buffer.toString(StandardCharsets.ISO_8859_1))) {
					complete = true;
				} else if (b != 0 && b != 0x04) {
					buffer.write(b);
				}
			}
			if (buffer.size() > MAX_LINE) {
				throw new KitProtocolException("kit sent more than " + MAX_LINE + " bytes without a newline");
			}
			return complete;
		}

		public boolean complete() {
			return complete;
		}

		public String line() {
			return buffer.toString(StandardCharsets.ISO_8859_1);
		}
	}
}
