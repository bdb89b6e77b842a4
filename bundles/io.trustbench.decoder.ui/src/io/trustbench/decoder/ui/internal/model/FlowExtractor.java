package io.trustbench.decoder.ui.internal.model;

import java.util.ArrayList;
import java.util.List;

import io.trustbench.decoder.DecodedFrame;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.tls.TlsValues;
import io.trustbench.decoder.ui.internal.model.FlowMessage.Kind;

/**
 * Reads the TLS messages of a decoded frame from its field tree, in the order they appear: each
 * handshake message of a record, else the record's content (change cipher spec, alert,
 * application data, or an encrypted handshake message when no keys are known). Handshake
 * fragments are skipped: the message is listed with the frame that completes it.
 */
public final class FlowExtractor {

	private FlowExtractor() {
	}

	/** A message and the field it was read from (the handshake message, alert, … or the record). */
	public record Anchored(FlowMessage message, Field field) {
	}

	public static List<FlowMessage> messages(DecodedFrame frame, boolean fromClient) {
		return anchored(frame, fromClient).stream().map(Anchored::message).toList();
	}

	public static List<Anchored> anchored(DecodedFrame frame, boolean fromClient) {
		List<Anchored> out = new ArrayList<>(2);
		if (!frame.carriesTls()) {
			return out;
		}
		for (Field root : frame.roots()) {
			collect(root, frame.number(), fromClient, out);
		}
		return out;
	}

	/** The message whose field is on {@code path} (root first), or null. */
	public static FlowMessage messageOn(List<Anchored> messages, List<Field> path) {
		for (int i = path.size() - 1; i >= 0; i--) {
			for (Anchored a : messages) {
				if (a.field() == path.get(i)) {
					return a.message();
				}
			}
		}
		return null;
	}

	private static void collect(Field field, int frame, boolean fromClient, List<Anchored> out) {
		if ("tls.record".equals(field.name())) {
			record(field, frame, fromClient, out);
			return;
		}
		for (Field child : field.children()) {
			collect(child, frame, fromClient, out);
		}
	}

	private static void record(Field record, int frame, boolean fromClient, List<Anchored> out) {
		boolean any = false;
		boolean fragment = false;
		for (Field child : record.children()) {
			switch (child.name()) {
			case "tls.handshake" -> {
				out.add(new Anchored(handshake(child, frame, fromClient), child));
				any = true;
			}
			case "tls.change_cipher_spec" -> {
				out.add(new Anchored(new FlowMessage(frame, fromClient, Kind.CHANGE_CIPHER_SPEC, -1, "Change Cipher Spec"), child));
				any = true;
			}
			case "tls.alert_message" -> {
				out.add(new Anchored(new FlowMessage(frame, fromClient, Kind.ALERT, -1, alertLabel(child)), child));
				any = true;
			}
			case "tls.app_data" -> {
				out.add(new Anchored(new FlowMessage(frame, fromClient, Kind.APPLICATION_DATA, -1, "Application Data"), child));
				any = true;
			}
			case "tls.heartbeat_message" -> {
				out.add(new Anchored(new FlowMessage(frame, fromClient, Kind.HEARTBEAT, -1, "Heartbeat"), child));
				any = true;
			}
			case "tls.handshake.fragment" -> fragment = true;
			default -> {
				// header fields and text lines
			}
			}
		}
		if (!any && !fragment) {
			String title = record.display();
			if (title.endsWith("Encrypted Handshake Message")) {
				out.add(new Anchored(new FlowMessage(frame, fromClient, Kind.ENCRYPTED_HANDSHAKE, -1,
						"Encrypted Handshake Message"), record));
			} else if (title.endsWith("Encrypted Alert")) {
				out.add(new Anchored(new FlowMessage(frame, fromClient, Kind.ALERT, -1, "Encrypted Alert"), record));
			}
		}
	}

	private static FlowMessage handshake(Field message, int frame, boolean fromClient) {
		Field typeField = message.find("tls.handshake.type");
		int type = -1;
		if (typeField != null && typeField.value() != null) {
			try {
				type = Integer.parseInt(typeField.value());
			} catch (NumberFormatException e) {
				type = -1;
			}
		}
		String label = message.display().startsWith("Handshake Protocol: ")
				? message.display().substring("Handshake Protocol: ".length())
				: null;
		if (label == null || label.isEmpty()) {
			String name = type < 0 ? null : TlsValues.HANDSHAKE_TYPE.apply(type);
			label = name == null ? "Handshake (" + type + ")" : name;
		}
		return new FlowMessage(frame, fromClient, Kind.HANDSHAKE, type, label);
	}

	private static String alertLabel(Field alert) {
		Field description = alert.find("tls.alert_message.desc");
		if (description != null) {
			String display = description.display();
			int colon = display.indexOf(": ");
			return "Alert: " + (colon >= 0 ? display.substring(colon + 2) : display);
		}
		return "Alert";
	}
}
