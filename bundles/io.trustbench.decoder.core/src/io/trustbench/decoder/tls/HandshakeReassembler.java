package io.trustbench.decoder.tls;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.DataSource;
import io.trustbench.decoder.DecodeStatistics;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.ValueFormat;

/**
 * Cuts handshake-record content into handshake messages; a message spread over several records
 * is buffered and dissected with the record that completes it. Each message goes to the
 * dissector registered for (tls.handshake, type).
 */
final class HandshakeReassembler {

	/** Larger claimed messages are treated as malformed rather than buffered. */
	static final int MAX_MESSAGE = 1 << 20;

	private byte[] buffer = new byte[0];
	private int length;

	void reset() {
		length = 0;
	}

	/** Dissects the messages completed by {@code in}; returns the record title ("Client Hello", …). */
	String add(DissectorContext context, TlsDirection direction, ByteReader in, Field record) {
		StringBuilder names = new StringBuilder();
		int count = 0;
		if (length > 0) {
			append(in.source().bytes(), in.position(), in.remaining());
			record.add(new Field("tls.handshake.fragment", "Handshake fragment (" + in.remaining() + " bytes)", null,
					in.source(), in.position(), in.remaining()));
			in.skip(in.remaining());
			int done = 0;
			while (length - done >= 4) {
				int messageLength = u24(buffer, done + 1);
				if (messageLength > MAX_MESSAGE) {
					context.malformed(record, in.source(), in.position(), "handshake message of "
							+ messageLength + " bytes");
					length = 0;
					return "Malformed";
				}
				if (length - done < 4 + messageLength) {
					break;
				}
				byte[] message = java.util.Arrays.copyOfRange(buffer, done, done + 4 + messageLength);
				DataSource source = context.frame().addSource("Reassembled Handshake", message);
				count += message(context, direction, new ByteReader(source, 0, message.length), record, names);
				done += 4 + messageLength;
			}
			compact(done);
			return title(names, count);
		}
		while (in.remaining() >= 4) {
			int messageLength = u24(in.source().bytes(), in.position() + 1);
			if (in.remaining() < 4 + messageLength) {
				if (messageLength > MAX_MESSAGE) {
					context.malformed(record, in.source(), in.position(), "handshake message of "
							+ messageLength + " bytes");
					return title(names, count);
				}
				break;
			}
			count += message(context, direction, in.slice(4 + messageLength, "handshake"), record, names);
		}
		if (in.hasRemaining()) {
			record.add(new Field("tls.handshake.fragment", "Handshake fragment (" + in.remaining() + " bytes)", null,
					in.source(), in.position(), in.remaining()));
			append(in.source().bytes(), in.position(), in.remaining());
			if (count == 0) {
				names.append("Handshake fragment");
				count = 1;
			}
		}
		return title(names, count);
	}

	private int message(DissectorContext context, TlsDirection direction, ByteReader in, Field record,
			StringBuilder names) {
		Field message = record.add(new Field("tls.handshake", "", "1", in.source(), in.position(), in.remaining()));
		int type = in.uint(message, 1, "tls.handshake.type", "Handshake Type", ValueFormat.DEC, TlsValues.HANDSHAKE_TYPE);
		int bodyLength = in.uint(message, 3, "tls.handshake.length", "Length", ValueFormat.DEC);
		String name = TlsValues.HANDSHAKE_TYPE.apply(type);
		if (name == null) {
			name = "Unknown Handshake Message (" + type + ")";
		}
		TlsContext tls = new TlsContext(direction.session, direction.fromClient);
		tls.setMessageType(type);
		context.put(TlsContext.class, tls);
		ByteReader body = in.slice(bodyLength, "handshake body");
		if (!context.dispatch(TlsProtocol.HANDSHAKE, type, body, message)) {
			body.bytesField(message, body.remaining(), "tls.handshake.data", "Data");
		}
		if (type == 2 && direction.session.helloRetry()) {
			name = "Hello Retry Request";
		}
		message.setDisplay("Handshake Protocol: " + name);
		context.get(DecodeStatistics.class).tlsHandshakeMessages++;
		TlsRecordDissector.info(context.frame(), name);
		if (names.length() > 0) {
			names.append(", ");
		}
		names.append(name);
		afterMessage(direction, type);
		return 1;
	}

	/** TLS 1.3 key changes that follow handshake messages (RFC 8446 §7.1, §4.6.3). */
	private static void afterMessage(TlsDirection direction, int type) {
		TlsSession session = direction.session;
		if (!session.tls13()) {
			return;
		}
		if (type == 20 && direction.tls13Epoch == 1) {
			TlsRecordDissector.startTls13(direction,
					direction.fromClient ? io.trustbench.decoder.tls.crypto.KeyLog.CLIENT_TRAFFIC_0
							: io.trustbench.decoder.tls.crypto.KeyLog.SERVER_TRAFFIC_0, 2);
		} else if (type == 24 && direction.tls13Epoch == 2 && direction.trafficSecret != null) {
			try {
				direction.trafficSecret = io.trustbench.decoder.tls.crypto.SessionKeys
						.nextTrafficSecret(session.cipherSuite(), direction.trafficSecret);
				direction.decrypter = io.trustbench.decoder.tls.crypto.SessionKeys.tls13(session.cipherSuite(),
						direction.trafficSecret);
			} catch (java.security.GeneralSecurityException e) {
				direction.decrypter = null;
			}
		}
	}

	private static String title(StringBuilder names, int count) {
		return count > 1 ? "Multiple Handshake Messages" : names.toString();
	}

	private void append(byte[] b, int offset, int n) {
		if (length + n > buffer.length) {
			buffer = java.util.Arrays.copyOf(buffer, Math.max(length + n, buffer.length * 2));
		}
		System.arraycopy(b, offset, buffer, length, n);
		length += n;
	}

	private void compact(int done) {
		System.arraycopy(buffer, done, buffer, 0, length - done);
		length -= done;
		if (buffer.length > 65536 && length < 4096) {
			buffer = java.util.Arrays.copyOf(buffer, Math.max(length, 4096));
		}
	}

	private static int u24(byte[] b, int offset) {
		return ((b[offset] & 0xff) << 16) | ((b[offset + 1] & 0xff) << 8) | (b[offset + 2] & 0xff);
	}
}
