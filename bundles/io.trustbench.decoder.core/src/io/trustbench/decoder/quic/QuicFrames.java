package io.trustbench.decoder.quic;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.MalformedException;

/** The frames allowed in an Initial packet (RFC 9000 §12.4): PADDING, PING, ACK, CRYPTO, CONNECTION_CLOSE. */
final class QuicFrames {

	private QuicFrames() {
	}

	static void dissect(DissectorContext context, ByteReader in, Field packet, QuicConnection.CryptoStream stream) {
		while (in.hasRemaining()) {
			int start = in.position();
			long type = QuicDissector.varint(in);
			if (type == 0x00) {
				while (in.hasRemaining() && in.peekU8(0) == 0) {
					in.skip(1);
				}
				packet.add(new Field("quic.frame_type", "PADDING Length: " + (in.position() - start), "0", in.source(),
						start, in.position() - start));
			} else if (type == 0x01) {
				packet.add(new Field("quic.frame_type", "PING", "1", in.source(), start, 1));
			} else if (type == 0x02 || type == 0x03) {
				long largest = QuicDissector.varint(in);
				QuicDissector.varint(in);
				long ranges = QuicDissector.varint(in);
				QuicDissector.varint(in);
				for (long i = 0; i < ranges; i++) {
					QuicDissector.varint(in);
					QuicDissector.varint(in);
				}
				if (type == 0x03) {
					for (int i = 0; i < 3; i++) {
						QuicDissector.varint(in);
					}
				}
				packet.add(new Field("quic.frame_type", "ACK Largest Acknowledged: " + largest, Long.toString(type),
						in.source(), start, in.position() - start));
			} else if (type == 0x06) {
				long offset = QuicDissector.varint(in);
				int length = (int) QuicDissector.varint(in);
				byte[] data = in.bytes(length);
				packet.add(new Field("quic.frame_type", "CRYPTO Offset: " + offset + " Length: " + length, "6",
						in.source(), start, in.position() - start));
				stream.frame(context, offset, data);
			} else if (type == 0x1c || type == 0x1d) {
				QuicDissector.varint(in);
				if (type == 0x1c) {
					QuicDissector.varint(in);
				}
				in.skip((int) QuicDissector.varint(in));
				packet.add(new Field("quic.frame_type", "CONNECTION_CLOSE", Long.toString(type), in.source(), start,
						in.position() - start));
			} else {
				throw new MalformedException("frame type " + type + " is not allowed in an Initial packet", start);
			}
		}
	}
}
