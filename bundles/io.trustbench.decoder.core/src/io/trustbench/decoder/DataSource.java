package io.trustbench.decoder;

/**
 * Bytes a field's offset and length refer to: the frame itself, or bytes the decoder built from
 * several frames (reassembled TCP, reassembled handshake) or decrypted. The hex pane shows one tab
 * per source, like Wireshark.
 */
public final class DataSource {

	private String name;
	/** Set until the name with the size is first asked for (every frame has a source; few are shown). */
	private String kind;
	private final byte[] bytes;

	public DataSource(String name, byte[] bytes) {
		this.name = name;
		this.bytes = bytes;
	}

	/** A source named "{@code kind} (N bytes)". */
	public static DataSource sized(String kind, byte[] bytes) {
		DataSource source = new DataSource(null, bytes);
		source.kind = kind;
		return source;
	}

	/** e.g. "Frame (114 bytes)", "Reassembled TCP (2318 bytes)", "Decrypted TLS (12 bytes)". */
	public String name() {
		if (name == null) {
			name = kind + " (" + bytes.length + " bytes)";
		}
		return name;
	}

	/** The bytes; callers must not modify them. */
	public byte[] bytes() {
		return bytes;
	}

	@Override
	public String toString() {
		return name();
	}
}
