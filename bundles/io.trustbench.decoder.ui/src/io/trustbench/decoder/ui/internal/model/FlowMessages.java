package io.trustbench.decoder.ui.internal.model;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.trustbench.decoder.DecodedFrame;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.LadderEntry;

/** The ladder arrows of a frame (from the core's {@link LadderEntry}) and which one a field belongs to. */
public final class FlowMessages {

	/** Labels and keys repeat across connections: one copy each (a capture has few distinct ones). */
	private static final Map<String, String> SHARED = new ConcurrentHashMap<>();
	private static final int MAX_SHARED = 4096;

	private FlowMessages() {
	}

	/** The TLS messages of {@code frame}, oriented by the connection's client endpoint. */
	static List<FlowMessage> of(DecodedFrame frame, String clientEndpoint) {
		return LadderEntry.of(frame).stream().map(e -> new FlowMessage(e.frame(), e.source().equals(clientEndpoint),
				shared(e.message()), shared(e.explanationKey()))).toList();
	}

	private static String shared(String s) {
		if (s == null) {
			return null;
		}
		String known = SHARED.get(s);
		if (known != null) {
			return known;
		}
		if (SHARED.size() < MAX_SHARED) {
			known = SHARED.putIfAbsent(s, s);
		}
		return known == null ? s : known;
	}

	/**
	 * The explanation key of the message a selected field belongs to (path from a root to the
	 * field), or null outside TLS messages. Keys are the core's: {@code handshake.<type>},
	 * {@code change_cipher_spec}, {@code alert}, {@code application_data}, {@code encrypted}.
	 */
	public static String keyOf(List<Field> path) {
		for (int i = path.size() - 1; i >= 0; i--) {
			Field field = path.get(i);
			switch (field.name()) {
			case "tls.handshake" -> {
				Field type = field.find("tls.handshake.type");
				return type == null || type.value() == null ? null : "handshake." + type.value();
			}
			case "tls.change_cipher_spec" -> {
				return "change_cipher_spec";
			}
			case "tls.alert_message" -> {
				return "alert";
			}
			case "tls.app_data", "tls.app_data_decrypted" -> {
				return "application_data";
			}
			case "tls.record" -> {
				return field.display().contains("Encrypted") ? "encrypted" : null;
			}
			default -> {
				// keep climbing
			}
			}
		}
		return null;
	}
}
