package io.trustbench.decoder.tls.extension;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.ValueFormat;

/** renegotiation_info (RFC 5746): empty on a first handshake, verify data when renegotiating. */
public final class RenegotiationInfoExtension implements Dissector {

	@Override
	public void dissect(DissectorContext context, ByteReader in, Field tree) {
		Field info = in.subtree(tree, "", "Renegotiation Info extension", in.remaining());
		int length = in.uint(info, 1, "tls.handshake.extensions_reneg_info_len", "Renegotiation info extension length",
				ValueFormat.DEC);
		if (length > 0) {
			in.bytesField(info, length, "tls.handshake.extensions_reneg_info", "Renegotiation info");
		}
	}
}
