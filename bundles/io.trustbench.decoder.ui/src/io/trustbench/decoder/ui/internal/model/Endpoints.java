package io.trustbench.decoder.ui.internal.model;

import java.util.List;

import io.trustbench.decoder.DecodedFrame;
import io.trustbench.decoder.PacketSummary;

/** "address:port" of a TCP frame's sender and receiver, read from its fields. */
final class Endpoints {

	private Endpoints() {
	}

	static String source(DecodedFrame frame, PacketSummary summary) {
		return join(summary.source(), first(frame.values("tcp.srcport")));
	}

	static String destination(DecodedFrame frame, PacketSummary summary) {
		return join(summary.destination(), first(frame.values("tcp.dstport")));
	}


	static boolean isSynAck(DecodedFrame frame) {
		String flags = first(frame.values("tcp.flags"));
		if (flags.isEmpty()) {
			return false;
		}
		try {
			int value = Integer.decode(flags);
			return (value & 0x12) == 0x12;
		} catch (NumberFormatException e) {
			return false;
		}
	}

	/** Written like the core's {@code LadderEntry} addresses, so that directions compare. */
	private static String join(String address, String port) {
		return address + ":" + port;
	}

	private static String first(List<String> values) {
		return values.isEmpty() ? "" : values.get(0);
	}
}
