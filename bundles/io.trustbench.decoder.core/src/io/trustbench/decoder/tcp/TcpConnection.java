package io.trustbench.decoder.tcp;

import io.trustbench.decoder.net.IpPacket;

/**
 * One TCP connection: the client is the side that sent the SYN (or, without one, the first
 * packet's sender), and one reassembling {@link TcpStream} per direction.
 */
public final class TcpConnection {

	private final int id;
	private final IpPacket addresses;
	private final int clientPort;
	private final int serverPort;
	final TcpStream fromClient;
	final TcpStream fromServer;
	boolean protocolChosen;
	int resets;

	TcpConnection(int id, byte[] clientAddress, int clientPort, byte[] serverAddress, int serverPort,
			boolean bufferOutOfOrder) {
		this.id = id;
		this.addresses = new IpPacket(clientAddress, serverAddress);
		this.clientPort = clientPort;
		this.serverPort = serverPort;
		this.fromClient = new TcpStream(bufferOutOfOrder);
		this.fromServer = new TcpStream(bufferOutOfOrder);
	}

	/** Number of the connection in capture order, from 0 (tshark's tcp.stream). */
	public int id() {
		return id;
	}

	public String clientAddress() {
		return addresses.sourceText();
	}

	public String serverAddress() {
		return addresses.destinationText();
	}

	byte[] clientAddressBytes() {
		return addresses.source();
	}

	byte[] serverAddressBytes() {
		return addresses.destination();
	}

	public int clientPort() {
		return clientPort;
	}

	public int serverPort() {
		return serverPort;
	}

	boolean closed() {
		return resets > 0 || (fromClient.finished() && fromServer.finished());
	}
}
