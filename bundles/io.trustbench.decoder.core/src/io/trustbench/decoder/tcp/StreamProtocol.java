package io.trustbench.decoder.tcp;

/**
 * A protocol carried directly on TCP (TLS is the built-in one). Asked once per connection, with
 * the first payload seen, whether it recognises the stream.
 */
public interface StreamProtocol {

	/** True when {@code first} (the first payload bytes in either direction) belongs to this protocol. */
	boolean recognises(byte[] data, int offset, int length, int serverPort);

	/** Creates the consumers for both directions of a new connection. */
	StreamConsumer[] open(TcpConnection connection);
}
