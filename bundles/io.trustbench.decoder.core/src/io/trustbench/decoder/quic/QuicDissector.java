package io.trustbench.decoder.quic;

import java.security.GeneralSecurityException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.DataSource;
import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.ValueFormat;
import io.trustbench.decoder.net.IpPacket;
import io.trustbench.decoder.net.UdpDissector;
import io.trustbench.decoder.tls.TlsSession;

/**
 * QUIC long-header packets (RFC 9000 §17.2), coalesced ones included. Initial packets are
 * decrypted with the keys every observer can derive, their CRYPTO frames reassembled and the
 * TLS handshake inside dissected; other packet types are only delimited.
 */
public final class QuicDissector implements Dissector {

	private static final int MAX_CONNECTIONS = 4096;
	private static final int TLS13 = 0x0304;

	/** Connections by their unordered UDP endpoints; the oldest are forgotten first. */
	static final class Connections extends LinkedHashMap<String, QuicConnection> {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, QuicConnection> eldest) {
			return size() > MAX_CONNECTIONS;
		}
	}

	@Override
	public void dissect(DissectorContext context, ByteReader in, Field tree) {
		IpPacket ip = context.get(IpPacket.class);
		UdpDissector.Ports ports = context.get(UdpDissector.Ports.class);
		if (ip == null || ports == null || !in.hasRemaining() || (in.peekU8(0) & 0x80) == 0) {
			return; // short headers are protected with keys nobody logs for QUIC here
		}
		Connections connections = context.get(Connections.class);
		if (connections == null) {
			connections = new Connections();
			context.put(Connections.class, connections);
		}
		Field quic = in.subtree(tree, "quic", "QUIC IETF", in.remaining());
		context.frame().setProtocol("QUIC");
		while (in.remaining() > 0 && (in.peekU8(0) & 0x80) != 0) {
			if (!packet(context, in, quic, ip, ports, connections)) {
				break;
			}
		}
	}

	/** One long-header packet; false when the rest of the datagram cannot be delimited. */
	private boolean packet(DissectorContext context, ByteReader in, Field quic, IpPacket ip, UdpDissector.Ports ports,
			Connections connections) {
		int start = in.position();
		int first = in.u8();
		long version = in.u32();
		byte[] dcid = in.bytes(in.u8());
		byte[] scid = in.bytes(in.u8());
		int type = (first >> 4) & 3;
		if (version == 0 || !QuicInitialKeys.supported(version) || type == 3) {
			quic.add(new Field("quic.long.packet_type", "Long header packet (version " + Long.toHexString(version)
					+ ", not followed)", null, in.source(), start, in.limit() - start));
			return false;
		}
		if (type == 0) {
			long tokenLength = varint(in);
			in.skip((int) tokenLength);
		}
		int length = (int) varint(in);
		int pnOffset = in.position();
		ByteReader packet = in.slice(length, "QUIC packet");
		Field field = quic.add(new Field("quic.long.packet_type", (type == 0 ? "Initial" : type == 1 ? "0-RTT" : "Handshake")
				+ ", DCID=" + java.util.HexFormat.of().formatHex(dcid), Integer.toString(type), in.source(), start,
				pnOffset + length - start));
		if (type != 0) {
			return true;
		}
		String key = key(ip, ports);
		QuicConnection connection = connections.get(key);
		if (connection == null) {
			try {
				TlsSession session = new TlsSession(null, ports.destination());
				session.setVersion(TLS13); // QUIC carries TLS 1.3 only (RFC 9001), as Wireshark assumes
				connection = new QuicConnection(ip.sourceText(), ports.source(), QuicInitialKeys.derive(version, dcid),
						session);
			} catch (GeneralSecurityException e) {
				return true;
			}
			connections.put(key, connection);
		}
		boolean fromClient = ip.sourceText().equals(connection.clientAddress) && ports.source() == connection.clientPort;
		byte[] plain = unprotect(connection.keys[fromClient ? 0 : 1], in.source().bytes(), start, pnOffset, length);
		if (plain == null) {
			field.add(new Field("quic.decryption_failed", "[Initial packet could not be decrypted]", null, in.source(),
					pnOffset, packet.remaining()));
			return true;
		}
		DataSource decrypted = context.frame().addSource("Decrypted QUIC", plain);
		QuicConnection.CryptoStream stream = fromClient ? connection.fromClient : connection.fromServer;
		QuicFrames.dissect(context, new ByteReader(decrypted, 0, plain.length), field, stream);
		stream.flush(context);
		return true;
	}

	private static byte[] unprotect(QuicInitialKeys keys, byte[] b, int start, int pnOffset, int length) {
		if (length < 20) {
			return null;
		}
		try {
			byte[] mask = keys.mask(b, pnOffset + 4);
			int first = (b[start] & 0xff) ^ (mask[0] & 0x0f);
			int pnLength = (first & 3) + 1;
			byte[] header = new byte[pnOffset + pnLength - start];
			System.arraycopy(b, start, header, 0, header.length);
			header[0] = (byte) first;
			long pn = 0;
			for (int i = 0; i < pnLength; i++) {
				int at = pnOffset - start + i;
				header[at] ^= mask[1 + i];
				pn = (pn << 8) | (header[at] & 0xff);
			}
			return keys.open(pn, header, b, pnOffset + pnLength, length - pnLength);
		} catch (GeneralSecurityException e) {
			return null;
		}
	}

	static long varint(ByteReader in) {
		int first = in.u8();
		int size = 1 << (first >> 6);
		long v = first & 0x3f;
		for (int i = 1; i < size; i++) {
			v = (v << 8) | in.u8();
		}
		return v;
	}

	private static String key(IpPacket ip, UdpDissector.Ports ports) {
		String a = ip.sourceText() + "/" + ports.source();
		String b = ip.destinationText() + "/" + ports.destination();
		return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
	}

	static String hexValue(int v) {
		return ValueFormat.hex(v, 1);
	}
}
