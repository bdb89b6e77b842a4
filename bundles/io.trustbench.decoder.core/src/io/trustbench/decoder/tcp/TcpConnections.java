package io.trustbench.decoder.tcp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.net.IpPacket;

/**
 * The table of open TCP connections of one decoding pass. Closed connections (both FINs, or a
 * RST) leave the table, so memory follows the number of open connections, not the file size.
 */
public final class TcpConnections {

	/** Both endpoints, the lower one first, so both directions find the same connection. */
	private record Key(long highA, long lowA, int portA, long highB, long lowB, int portB) {
		static Key of(byte[] x, int px, byte[] y, int py) {
			long hx = high(x);
			long lx = low(x);
			long hy = high(y);
			long ly = low(y);
			int c = hx != hy ? Long.compare(hx, hy) : lx != ly ? Long.compare(lx, ly) : Integer.compare(px, py);
			return c <= 0 ? new Key(hx, lx, px, hy, ly, py) : new Key(hy, ly, py, hx, lx, px);
		}

		/** IPv6: the first eight bytes; IPv4: a marker no IPv6 address has in its first bytes here. */
		private static long high(byte[] address) {
			return address.length == 16 ? bits(address, 0) : -1L;
		}

		private static long low(byte[] address) {
			return address.length == 16 ? bits(address, 8) : bits(address, 0);
		}

		private static long bits(byte[] a, int from) {
			long v = 0;
			for (int i = from; i < Math.min(a.length, from + 8); i++) {
				v = (v << 8) | (a[i] & 0xff);
			}
			return v;
		}
	}

	private final Map<Key, TcpConnection> open = new HashMap<>();
	private final List<StreamProtocol> protocols = new ArrayList<>();
	private int nextId;
	private final boolean bufferOutOfOrder;

	/** @param bufferOutOfOrder see {@link TcpStream#bufferOutOfOrder}; false behaves like tshark */
	public TcpConnections(boolean bufferOutOfOrder) {
		this.bufferOutOfOrder = bufferOutOfOrder;
	}

	public void addProtocol(StreamProtocol protocol) {
		protocols.add(protocol);
	}

	public int openConnections() {
		return open.size();
	}

	/**
	 * Finds the connection of a segment, creating it when {@code create} (a SYN or payload); a SYN
	 * without ACK on a closed connection's addresses starts a new one. Null for a stray ACK.
	 */
	TcpConnection lookup(IpPacket ip, int sourcePort, int destinationPort, boolean synOnly, boolean create,
			boolean senderIsServer) {
		Key key = Key.of(ip.source(), sourcePort, ip.destination(), destinationPort);
		TcpConnection connection = open.get(key);
		if (connection != null && synOnly && connection.closed()) {
			connection = null;
		}
		if (connection == null && create) {
			connection = senderIsServer
					? new TcpConnection(nextId++, ip.destination(), destinationPort, ip.source(), sourcePort,
							bufferOutOfOrder)
					: new TcpConnection(nextId++, ip.source(), sourcePort, ip.destination(), destinationPort,
							bufferOutOfOrder);
			open.put(key, connection);
			TcpConnection created = connection;
			for (TcpStream stream : new TcpStream[] { connection.fromClient, connection.fromServer }) {
				stream.chooser = () -> {
					if (!created.protocolChosen) {
						choose(created, (byte[]) stream.pendingChoice[0], (int) stream.pendingChoice[1],
								(int) stream.pendingChoice[2]);
					}
				};
			}
		}
		return connection;
	}

	int created() {
		return nextId;
	}

	void closeIfDone(DissectorContext context, TcpConnection connection) {
		if (connection.closed()) {
			connection.fromClient.skipHole(context);
			connection.fromServer.skipHole(context);
			open.remove(Key.of(connection.clientAddressBytes(), connection.clientPort(),
					connection.serverAddressBytes(), connection.serverPort()));
		}
	}

	/** Picks the protocol of a connection from its first payload. */
	void choose(TcpConnection connection, byte[] data, int offset, int length) {
		connection.protocolChosen = true;
		for (StreamProtocol protocol : protocols) {
			if (protocol.recognises(data, offset, length, connection.serverPort())) {
				StreamConsumer[] consumers = protocol.open(connection);
				connection.fromClient.consumer = consumers[0];
				connection.fromServer.consumer = consumers[1];
				return;
			}
		}
	}
}
