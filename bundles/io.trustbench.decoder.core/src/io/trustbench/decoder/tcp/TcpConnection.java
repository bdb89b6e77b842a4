package io.trustbench.decoder.tcp;

/**
 * One TCP connection: the client is the side that sent the SYN (or, without one, the first
 * packet's sender), and one reassembling {@link TcpStream} per direction.
 */
public final class TcpConnection {

	private final int id;
	private final String clientAddress;
	private final String serverAddress;
	private final int clientPort;
	private final int serverPort;
	final TcpStream fromClient;
	final TcpStream fromServer;
	boolean protocolChosen;
	int resets;

	TcpConnection(int id, String clientAddress, int clientPort, String serverAddress, int serverPort,
			boolean bufferOutOfOrder) {
		this.id = id;
		this.clientAddress = clientAddress;
		this.clientPort = clientPort;
		this.serverAddress = serverAddress;
		this.serverPort = serverPort;
		this.fromClient = new TcpStream(bufferOutOfOrder);
		this.fromServer = new TcpStream(bufferOutOfOrder);
	}

	/** Number of the connection in capture order, from 0 (tshark's tcp.stream). */
	public int id() {
		return id;
	}

	public String clientAddress() {
		return clientAddress;
	}

	public String serverAddress() {
		return serverAddress;
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
