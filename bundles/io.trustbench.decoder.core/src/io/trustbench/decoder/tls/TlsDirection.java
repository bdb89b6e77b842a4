package io.trustbench.decoder.tls;

import io.trustbench.decoder.DataSource;
import io.trustbench.decoder.DecodeStatistics;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.tcp.StreamConsumer;
import io.trustbench.decoder.tls.crypto.RecordDecrypter;

/**
 * One direction of a TLS connection: cuts the TCP byte stream into records (a record split over
 * segments belongs to the frame of its last byte), and holds the direction's decryption state.
 * Only a partial record is buffered, so memory does not grow with the stream.
 */
final class TlsDirection implements StreamConsumer {

	static final int MAX_RECORD = (1 << 14) + 2048;

	final TlsSession session;
	final boolean fromClient;
	final HandshakeReassembler handshakes = new HandshakeReassembler();
	private final TlsRecordDissector records;
	/** Bytes of a record split over segments; grown on demand (most connections never need much). */
	private byte[] pending = new byte[0];
	private int pendingLength;
	private int tlsRootFrame = -1;
	private Field tlsRoot;

	/** Decryption state; null while the direction is in plaintext or keys are unknown. */
	RecordDecrypter decrypter;
	boolean changeCipherSpecSeen;
	/** TLS 1.3: 0 plaintext, 1 handshake traffic keys, 2 application traffic keys. */
	int tls13Epoch;
	byte[] trafficSecret;

	TlsDirection(TlsSession session, boolean fromClient, TlsRecordDissector records) {
		this.session = session;
		this.fromClient = fromClient;
		this.records = records;
	}

	@Override
	public void data(DissectorContext context, DataSource source, int offset, int length) {
		byte[] b = source.bytes();
		int end = offset + length;
		if (pendingLength == 0) {
			root(context);
		}
		while (true) {
			if (pendingLength > 0) {
				if (pendingLength < 5) {
					int take = Math.min(5 - pendingLength, end - offset);
					ensurePending(pendingLength + take);
					System.arraycopy(b, offset, pending, pendingLength, take);
					pendingLength += take;
					offset += take;
					if (pendingLength < 5) {
						return;
					}
					if (!plausibleHeader(pending, 0)) {
						pendingLength = 0;
						ignored(context, context.frame().addSource("Unknown TCP data", new byte[0]), 0, 0);
						return;
					}
				}
				int total = 5 + recordLength(pending, 0);
				int take = Math.min(total - pendingLength, end - offset);
				ensurePending(pendingLength + take);
				System.arraycopy(b, offset, pending, pendingLength, take);
				pendingLength += take;
				offset += take;
				if (pendingLength < total) {
					return;
				}
				byte[] record = java.util.Arrays.copyOf(pending, total);
				pendingLength = 0;
				DataSource reassembled = context.frame().addSource("Reassembled TCP", record);
				records.dissect(context, this, root(context), reassembled, 0, total);
				continue;
			}
			int remaining = end - offset;
			if (remaining == 0) {
				return;
			}
			if (remaining >= 5 && !plausibleHeader(b, offset)) {
				ignored(context, source, offset, remaining);
				return;
			}
			if (remaining < 5 || remaining < 5 + recordLength(b, offset)) {
				ensurePending(remaining);
				System.arraycopy(b, offset, pending, 0, remaining);
				pendingLength = remaining;
				return;
			}
			int total = 5 + recordLength(b, offset);
			records.dissect(context, this, root(context), source, offset, total);
			offset += total;
		}
	}

	@Override
	public void gap(DissectorContext context, long missingBytes) {
		Field root = root(context);
		root.add(new Field("tls.missing_data", "[" + missingBytes + " bytes missing in capture; partial record of "
				+ pendingLength + " bytes dropped]", null, context.frame().frameSource(), 0, 0));
		pendingLength = 0;
		handshakes.reset();
	}

	/** The frame's "Transport Layer Security" item; made on first use in each frame. */
	Field root(DissectorContext context) {
		int frame = context.frame().number();
		if (tlsRootFrame != frame || tlsRoot == null) {
			tlsRootFrame = frame;
			tlsRoot = context.frame().addRoot(new Field("tls", "Transport Layer Security", "tls",
					context.frame().frameSource(), 0, 0));
			if (!context.frame().carriesTls()) {
				context.frame().markTls();
				context.get(DecodeStatistics.class).tlsFrames++;
			}
		}
		return tlsRoot;
	}

	private void ignored(DissectorContext context, DataSource source, int offset, int length) {
		root(context).add(new Field("tls.ignored_unknown_record", "Ignored Unknown Record", null, source, offset, length));
		context.get(DecodeStatistics.class).malformed++;
	}

	private void ensurePending(int size) {
		if (pending.length < size) {
			pending = java.util.Arrays.copyOf(pending, Math.min(5 + MAX_RECORD, Math.max(size, pending.length * 2 + 64)));
		}
	}

	static boolean plausibleHeader(byte[] b, int offset) {
		int type = b[offset] & 0xff;
		int major = b[offset + 1] & 0xff;
		int minor = b[offset + 2] & 0xff;
		return type >= 20 && type <= 24 && major == 3 && minor <= 4 && recordLength(b, offset) <= MAX_RECORD;
	}

	static int recordLength(byte[] b, int offset) {
		return ((b[offset + 3] & 0xff) << 8) | (b[offset + 4] & 0xff);
	}
}
