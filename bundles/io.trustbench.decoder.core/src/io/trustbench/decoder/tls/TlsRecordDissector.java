package io.trustbench.decoder.tls;

import java.security.GeneralSecurityException;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.DataSource;
import io.trustbench.decoder.DecodeStatistics;
import io.trustbench.decoder.DecodedFrame;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.ValueFormat;
import io.trustbench.decoder.tls.crypto.CipherSuite;
import io.trustbench.decoder.tls.crypto.KeyLog;
import io.trustbench.decoder.tls.crypto.RecordDecrypter;
import io.trustbench.decoder.tls.crypto.SessionKeys;

/**
 * One TLS record: header fields, decryption when keys are known, then the content by type.
 * Field names and values follow Wireshark's: a decrypted TLS 1.3 record shows its inner content
 * type as {@code tls.record.content_type} next to the outer {@code tls.record.opaque_type}, and
 * {@code tls.app_data} is always the record's bytes as sent.
 */
final class TlsRecordDissector {

	private static final int CHANGE_CIPHER_SPEC = 20;
	private static final int ALERT = 21;
	private static final int HANDSHAKE = 22;
	private static final int APPLICATION_DATA = 23;
	private static final int HEARTBEAT = 24;

	void dissect(DissectorContext context, TlsDirection direction, Field root, DataSource source, int offset, int total) {
		DecodeStatistics stats = context.get(DecodeStatistics.class);
		stats.tlsRecords++;
		TlsSession session = direction.session;
		DecodedFrame frame = context.frame();
		ByteReader in = new ByteReader(source, offset, total);
		Field record = root.add(new Field("tls.record", "", "1", source, offset, total));
		int type = in.peekU8(0);
		int version = ((source.bytes()[offset + 1] & 0xff) << 8) | (source.bytes()[offset + 2] & 0xff);
		int length = total - 5;
		boolean opaque = session.tls13() && type == APPLICATION_DATA;
		byte[] plain = null;
		int innerType = type;
		if (type != CHANGE_CIPHER_SPEC) {
			RecordDecrypter decrypter = decrypterFor(direction, type);
			if (decrypter != null) {
				plain = decrypter.decrypt(type, version, source.bytes(), offset + 5, length);
				if (plain == null) {
					stats.tlsUndecryptableRecords++;
				} else {
					stats.tlsDecryptedRecords++;
				}
			}
		}
		DataSource plainSource = null;
		int plainLength = 0;
		if (plain != null) {
			plainLength = plain.length;
			if (opaque) {
				while (plainLength > 0 && plain[plainLength - 1] == 0) {
					plainLength--;
				}
				if (plainLength == 0) {
					plain = null; // all padding: malformed inner plaintext
				} else {
					innerType = plain[--plainLength] & 0xff;
				}
			}
			if (plain != null) {
				plainSource = frame.addSource("Decrypted TLS", java.util.Arrays.copyOf(plain, plainLength));
			}
		}
		if (opaque) {
			in.uint(record, 1, "tls.record.opaque_type", "Opaque Type", ValueFormat.DEC, TlsValues.CONTENT_TYPE);
			if (plainSource != null) {
				record.add(new io.trustbench.decoder.Field("tls.record.content_type",
						ValueFormat.DEC.display("Content Type", innerType, 1, TlsValues.CONTENT_TYPE),
						Integer.toString(innerType), plainSource, plainLength, 0));
			}
		} else {
			in.uint(record, 1, "tls.record.content_type", "Content Type", ValueFormat.DEC, TlsValues.CONTENT_TYPE);
		}
		in.uint(record, 2, "tls.record.version", "Version", ValueFormat.HEX, TlsValues.VERSION);
		in.uint(record, 2, "tls.record.length", "Length", ValueFormat.DEC);
		boolean encrypted = plainSource == null
				&& (opaque || (type != CHANGE_CIPHER_SPEC && direction.changeCipherSpecSeen && !session.tls13()
						&& !(type == HANDSHAKE && looksLikePlainHandshake(source.bytes(), offset + 5, length))));
		String versionLabel = recordVersionLabel(session, version);
		frame.setProtocol(versionLabel);
		ByteReader body = plainSource != null ? new ByteReader(plainSource, 0, plainLength) : in.slice(length, "record");
		String title;
		int effective = plainSource != null ? innerType : type;
		if (encrypted) {
			title = effective == ALERT ? "Encrypted Alert"
					: effective == HANDSHAKE ? "Encrypted Handshake Message" : "Application Data";
			if (effective == APPLICATION_DATA) {
				appData(context, direction, source, offset + 5, length, null, record);
			} else {
				record.add(new Field("", title, null, source, offset + 5, length));
			}
			info(frame, title);
		} else {
			title = switch (effective) {
			case CHANGE_CIPHER_SPEC -> changeCipherSpec(context, direction, body, record, frame);
			case ALERT -> alert(body, record, frame, context);
			case HANDSHAKE -> "Handshake Protocol: "
					+ direction.handshakes.add(context, direction, body, record);
			case APPLICATION_DATA -> appData(context, direction, source, offset + 5, length, body, record);
			case HEARTBEAT -> {
				record.add(new Field("tls.heartbeat_message", "Heartbeat Message", null, body.source(), body.position(),
						body.remaining()));
				info(frame, "Heartbeat");
				yield "Heartbeat";
			}
			default -> {
				context.malformed(record, body.source(), body.position(), "unknown content type " + effective);
				yield "Unknown";
			}
			};
		}
		replaceDisplay(record, versionLabel + " Record Layer: " + title);
	}

	/**
	 * After a ChangeCipherSpec whose keys are unknown, a handshake record is still read as plain
	 * text when its messages tile it exactly with known, non-HelloRequest types (a client resending
	 * its hello after a HelloRetryRequest the capture missed); ciphertext practically never does.
	 */
	static boolean looksLikePlainHandshake(byte[] b, int offset, int length) {
		int p = offset;
		int end = offset + length;
		while (p + 4 <= end) {
			int type = b[p] & 0xff;
			if (type == 0 || TlsValues.HANDSHAKE_TYPE.apply(type) == null) {
				return false;
			}
			p += 4 + (((b[p + 1] & 0xff) << 16) | ((b[p + 2] & 0xff) << 8) | (b[p + 3] & 0xff));
		}
		return p == end && length > 0;
	}

	private RecordDecrypter decrypterFor(TlsDirection direction, int type) {
		TlsSession session = direction.session;
		if (session.tls13()) {
			if (type != APPLICATION_DATA) {
				return null;
			}
			if (direction.tls13Epoch == 0 && direction.decrypter == null) {
				startTls13(direction, direction.fromClient ? KeyLog.CLIENT_HANDSHAKE : KeyLog.SERVER_HANDSHAKE, 1);
			}
			return direction.decrypter;
		}
		return direction.changeCipherSpecSeen ? direction.decrypter : null;
	}

	/** Switches a TLS 1.3 direction to the keys of {@code label}; without them it stays undecryptable. */
	static void startTls13(TlsDirection direction, String label, int epoch) {
		direction.tls13Epoch = epoch;
		direction.decrypter = null;
		TlsSession session = direction.session;
		byte[] secret = session.keyLog() == null ? null : session.keyLog().secret(label, session.clientRandom());
		CipherSuite suite = session.cipherSuite();
		if (secret == null || suite == null) {
			return;
		}
		try {
			direction.trafficSecret = secret;
			direction.decrypter = SessionKeys.tls13(suite, secret);
		} catch (GeneralSecurityException e) {
			direction.decrypter = null;
		}
	}

	private String changeCipherSpec(DissectorContext context, TlsDirection direction, ByteReader body, Field record,
			DecodedFrame frame) {
		record.add(new Field("tls.change_cipher_spec", "Change Cipher Spec Message", "1", body.source(),
				body.position(), body.remaining()));
		info(frame, "Change Cipher Spec");
		TlsSession session = direction.session;
		if (!session.tls13() && !direction.changeCipherSpecSeen) {
			direction.changeCipherSpecSeen = true;
			direction.decrypter = tls12Decrypter(session, direction.fromClient);
		}
		return "Change Cipher Spec Protocol: Change Cipher Spec";
	}

	private static RecordDecrypter tls12Decrypter(TlsSession session, boolean client) {
		CipherSuite suite = session.cipherSuite();
		byte[] master = session.keyLog() == null ? null : session.keyLog().secret(KeyLog.CLIENT_RANDOM, session.clientRandom());
		if (suite == null || master == null || session.serverRandom() == null || suite.tls13()) {
			return null;
		}
		try {
			return SessionKeys.tls12(suite, session.version(), master, session.clientRandom(), session.serverRandom(),
					client);
		} catch (GeneralSecurityException e) {
			return null;
		}
	}

	private String alert(ByteReader body, Field record, DecodedFrame frame, DissectorContext context) {
		Field alert = record.add(new Field("tls.alert_message", "Alert Message", "1", body.source(), body.position(), 2));
		int level = body.uint(alert, 1, "tls.alert_message.level", "Level", ValueFormat.DEC, TlsValues.ALERT_LEVEL);
		int description = body.uint(alert, 1, "tls.alert_message.desc", "Description", ValueFormat.DEC, TlsValues.ALERT);
		String text = "Alert (Level: " + name(TlsValues.ALERT_LEVEL.apply(level), level) + ", Description: "
				+ name(TlsValues.ALERT.apply(description), description) + ")";
		info(frame, text);
		return "Alert Protocol: " + text;
	}

	private String appData(DissectorContext context, TlsDirection direction, DataSource raw, int offset, int length,
			ByteReader plain, Field record) {
		// the hex of every record's bytes is wanted only by --json, filters and the UI
		if (!record.discards()) {
			java.util.function.Supplier<String> hex = () -> java.util.HexFormat.of().formatHex(raw.bytes(), offset,
					offset + length);
			record.add(new Field("tls.app_data", () -> "Encrypted Application Data: " + ByteReader.abbreviate(hex.get()),
					hex, raw, offset, length));
		}
		TlsSession session = direction.session;
		String protocol = session.alpn() == null ? "" : session.alpn();
		if (plain != null && plain.hasRemaining()) {
			Field app = record.add(new Field("tls.app_data_decrypted", "Decrypted Application Data", null,
					plain.source(), plain.position(), plain.remaining()));
			context.put(TlsContext.class, new TlsContext(session, direction.fromClient));
			boolean handled = (!protocol.isEmpty() && context.dispatch(TlsProtocol.BY_ALPN, protocol, plain, app))
					|| context.dispatch(TlsProtocol.BY_PORT, session.serverPort(), plain, app);
			if (!handled) {
				info(context.frame(), "Application Data");
			}
		} else {
			info(context.frame(), "Application Data");
		}
		return "Application Data Protocol: " + (protocol.isEmpty() ? "Application Data" : protocol);
	}

	static void info(DecodedFrame frame, String text) {
		frame.appendInfo(text, !frame.infoIsTls());
		frame.markInfoTls();
	}

	private static String name(String name, int value) {
		return name == null ? "Unknown (" + value + ")" : name;
	}

	private static String recordVersionLabel(TlsSession session, int recordVersion) {
		int v = session.version() != 0 ? session.version() : recordVersion;
		return switch (v) {
		case 0x0300 -> "SSLv3";
		case 0x0301 -> "TLSv1";
		case 0x0302 -> "TLSv1.1";
		case 0x0303 -> "TLSv1.2";
		case 0x0304 -> "TLSv1.3";
		default -> "TLS";
		};
	}

	/** Record titles are known only after the content is dissected; fields are immutable, so swap. */
	private static void replaceDisplay(Field record, String display) {
		record.setDisplay(display);
	}
}
