package io.trustbench.decoder;

/**
 * Bytes a field's offset and length refer to: the frame itself, or bytes the decoder built from
 * several frames (reassembled TCP, reassembled handshake) or decrypted. The hex pane shows one tab
 * per source, like Wireshark.
 */
public final class DataSource {

	private final String name;
	private final byte[] bytes;

	public DataSource(String name, byte[] bytes) {
		this.name = name;
		this.bytes = bytes;
	}

	/** e.g. "Frame (114 bytes)", "Reassembled TCP (2318 bytes)", "Decrypted TLS (12 bytes)". */
	public String name() {
		return name;
	}

	/** The bytes; callers must not modify them. */
	public byte[] bytes() {
		return bytes;
	}

	@Override
	public String toString() {
		return name;
	}
}
