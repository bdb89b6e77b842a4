package io.trustbench.decoder.tls.extension;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.ValueFormat;
import io.trustbench.decoder.tls.TlsValues;

/** supported_groups (RFC 8446 §4.2.7, formerly elliptic_curves). */
public final class SupportedGroupsExtension implements Dissector {

	@Override
	public void dissect(DissectorContext context, ByteReader in, Field tree) {
		int length = in.uint(tree, 2, "tls.handshake.extensions_supported_groups_length", "Supported Groups List Length",
				ValueFormat.DEC);
		Field groups = in.subtree(tree, "", "Supported Groups (" + length / 2 + " groups)", length);
		ByteReader list = in.slice(length, "supported groups");
		while (list.remaining() >= 2) {
			list.uint(groups, 2, "tls.handshake.extensions_supported_group", "Supported Group", ValueFormat.HEX,
					TlsValues.GROUP);
		}
	}
}
