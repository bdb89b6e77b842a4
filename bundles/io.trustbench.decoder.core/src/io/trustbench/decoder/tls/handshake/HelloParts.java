package io.trustbench.decoder.tls.handshake;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.ValueFormat;
import io.trustbench.decoder.tls.TlsProtocol;
import io.trustbench.decoder.tls.TlsValues;

/** Pieces shared by the hello messages: random, session id, the extension list. */
public final class HelloParts {

	/** tshark's FT_ABSOLUTE_TIME format ("Nov  2, 2095 23:34:50.000000000 UTC"), always in UTC. */
	private static final DateTimeFormatter GMT = DateTimeFormatter
			.ofPattern("MMM ppd, yyyy HH:mm:ss'.000000000 UTC'", Locale.US).withZone(ZoneOffset.UTC);

	private HelloParts() {
	}

	/**
	 * The 32-byte random. Before TLS 1.3 its first four bytes are shown as the GMT time they once
	 * were; in TLS 1.3 they are random too, and Wireshark then shows neither time nor random bytes.
	 *
	 * @param tls13 whether the hello belongs to a TLS 1.3 exchange, as Wireshark judges it
	 */
	public static byte[] random(ByteReader in, Field parent, boolean tls13) {
		int start = in.position();
		byte[] value = in.bytes(32);
		if (parent.discards()) {
			return value;
		}
		String hex = java.util.HexFormat.of().formatHex(value);
		Field random = parent.add(new Field("tls.handshake.random", "Random: " + hex, hex, in.source(), start, 32));
		if (tls13) {
			return value;
		}
		String time = gmtTime(value);
		random.add(new Field("tls.handshake.random_time", "GMT Unix Time: " + time, time, in.source(), start, 4));
		String rest = hex.substring(8);
		random.add(new Field("tls.handshake.random_bytes", "Random Bytes: " + rest, rest, in.source(), start + 4, 28));
		return value;
	}

	/** The first four bytes of a random as seconds since 1970 (unsigned), formatted like tshark in UTC. */
	static String gmtTime(byte[] random) {
		long seconds = ((random[0] & 0xffL) << 24) | ((random[1] & 0xff) << 16) | ((random[2] & 0xff) << 8)
				| (random[3] & 0xff);
		return GMT.format(Instant.ofEpochSecond(seconds));
	}

	/** Session id length and, when not empty, the id. */
	public static byte[] sessionId(ByteReader in, Field parent) {
		int length = in.uint(parent, 1, "tls.handshake.session_id_length", "Session ID Length", ValueFormat.DEC);
		if (length == 0) {
			return new byte[0];
		}
		return in.bytesField(parent, length, "tls.handshake.session_id", "Session ID");
	}

	/** The extensions block, each extension to the dissector registered for its type. */
	public static void extensions(DissectorContext context, ByteReader in, Field parent) {
		if (!in.hasRemaining()) {
			return;
		}
		int total = in.uint(parent, 2, "tls.handshake.extensions_length", "Extensions Length", ValueFormat.DEC);
		ByteReader list = in.slice(total, "extensions");
		while (list.hasRemaining()) {
			int declared = list.remaining() >= 4 ? ((list.peekU8(2) << 8) | list.peekU8(3)) : 0;
			Field extension = list.subtree(parent, "tls.handshake.extension", "Extension", 4 + declared);
			int type = list.uint(extension, 2, "tls.handshake.extension.type", "Type", ValueFormat.DEC, TlsValues.EXTENSION);
			int length = list.uint(extension, 2, "tls.handshake.extension.len", "Length", ValueFormat.DEC);
			String name = TlsValues.EXTENSION.apply(type);
			extension.setDisplay("Extension: " + (name == null ? "Unknown type " + type : name) + " (len=" + length + ")");
			ByteReader data = list.slice(length, "extension data");
			if (!context.dispatch(TlsProtocol.EXTENSION, type, data, extension) && length > 0) {
				data.bytesField(extension, length, "tls.handshake.extension.data", "Data");
			}
		}
	}

	/** A signature scheme (TLS 1.2 "signature and hash algorithm"), as tls.handshake.sig_hash_alg. */
	public static int signatureScheme(ByteReader in, Field parent) {
		return in.uint(parent, 2, "tls.handshake.sig_hash_alg", "Signature Algorithm", ValueFormat.HEX,
				TlsValues.SIGNATURE_SCHEME);
	}
}
