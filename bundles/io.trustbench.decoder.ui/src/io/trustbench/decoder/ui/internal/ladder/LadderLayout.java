package io.trustbench.decoder.ui.internal.ladder;

/**
 * Geometry of the ladder diagram, apart from drawing so that hit-testing and painting agree:
 * a frame-number column, the client lifeline, the server lifeline, one row per message.
 */
final class LadderLayout {

	static final int HEADER = 46;
	static final int ROW = 26;
	static final int FRAME_COLUMN = 54;
	private static final int MIN_SPAN = 160;

	private final int width;

	LadderLayout(int width) {
		this.width = width;
	}

	/** Room beside a lifeline for half of its "address:port" caption. */
	private static final int CAPTION_HALF = 62;

	int clientX() {
		return FRAME_COLUMN + CAPTION_HALF;
	}

	int serverX() {
		return Math.max(clientX() + MIN_SPAN, width - CAPTION_HALF);
	}

	/** The y of message {@code index}'s arrow. */
	int arrowY(int index) {
		return HEADER + ROW * index + ROW - 6;
	}

	int height(int messages) {
		return HEADER + ROW * messages + ROW;
	}

	int preferredWidth() {
		return clientX() + MIN_SPAN + CAPTION_HALF;
	}

	/** The message whose row contains {@code y}, or -1. */
	int messageAt(int y, int messages) {
		if (y < HEADER) {
			return -1;
		}
		int index = (y - HEADER) / ROW;
		return index < messages ? index : -1;
	}
}
