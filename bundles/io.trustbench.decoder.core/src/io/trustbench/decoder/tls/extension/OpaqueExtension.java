package io.trustbench.decoder.tls.extension;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.ValueFormat;

/**
 * Extensions whose body is one opaque value shown as bytes under a Wireshark field name:
 * session_ticket, padding, cookie, quic_transport_parameters.
 */
public final class OpaqueExtension implements Dissector {

	private final String fieldName;
	private final String label;
	private final int lengthPrefix;

	public OpaqueExtension(String fieldName, String label, int lengthPrefix) {
		this.fieldName = fieldName;
		this.label = label;
		this.lengthPrefix = lengthPrefix;
	}

	@Override
	public void dissect(DissectorContext context, ByteReader in, Field tree) {
		int length = in.remaining();
		if (lengthPrefix > 0 && in.hasRemaining()) {
			length = in.uint(tree, lengthPrefix, fieldName + "_len", label + " Length", ValueFormat.DEC);
		}
		if (length > 0) {
			in.bytesField(tree, length, fieldName, label);
		}
	}
}
