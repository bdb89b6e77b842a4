package io.trustbench.decoder;

import java.util.ArrayList;
import java.util.List;

/**
 * One arrow of a ladder diagram: a TLS message of a frame, its direction (by TCP source port
 * compared with the connection's server port, taken from the frame) and a key into
 * {@link HandshakeExplanations}.
 */
public record LadderEntry(int frame, String source, String destination, String message, String explanationKey) {

	/** The TLS messages of a frame in order: handshake messages by type, and CCS, alerts, data. */
	public static List<LadderEntry> of(DecodedFrame frame) {
		List<LadderEntry> out = new ArrayList<>();
		String src = frame.summary(0).source() + ":" + first(frame, "tcp.srcport");
		String dst = frame.summary(0).destination() + ":" + first(frame, "tcp.dstport");
		for (Field root : frame.roots()) {
			if (root.name().equals("tls")) {
				for (Field record : root.children()) {
					collect(frame, record, src, dst, out);
				}
			}
		}
		return out;
	}

	private static void collect(DecodedFrame frame, Field record, String src, String dst, List<LadderEntry> out) {
		boolean any = false;
		for (Field child : record.children()) {
			switch (child.name()) {
			case "tls.handshake" -> {
				Field type = child.find("tls.handshake.type");
				if (type != null) {
					int t = Integer.parseInt(type.value());
					String name = child.display().replace("Handshake Protocol: ", "");
					out.add(new LadderEntry(frame.number(), src, dst, name, "handshake." + t));
					any = true;
				}
			}
			case "tls.change_cipher_spec" -> {
				out.add(new LadderEntry(frame.number(), src, dst, "Change Cipher Spec", "change_cipher_spec"));
				any = true;
			}
			case "tls.alert_message" -> {
				out.add(new LadderEntry(frame.number(), src, dst, record.display().replaceFirst(".*Alert Protocol: ", ""),
						"alert"));
				any = true;
			}
			case "tls.app_data" -> {
				out.add(new LadderEntry(frame.number(), src, dst, "Application Data", "application_data"));
				any = true;
			}
			default -> {
			}
			}
		}
		if (!any && record.name().equals("tls.record") && record.display().contains("Encrypted")) {
			out.add(new LadderEntry(frame.number(), src, dst, record.display().replaceFirst(".*Record Layer: ", ""),
					"encrypted"));
		}
	}

	private static String first(DecodedFrame frame, String field) {
		List<String> values = frame.values(field);
		return values.isEmpty() ? "?" : values.get(0);
	}
}
