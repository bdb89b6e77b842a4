package io.trustbench.decoder.tls.extension;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.ValueFormat;
import io.trustbench.decoder.tls.TlsContext;
import io.trustbench.decoder.tls.TlsValues;

/** supported_versions (RFC 8446 §4.2.1): a list from the client, the chosen version from the server. */
public final class SupportedVersionsExtension implements Dissector {

	@Override
	public void dissect(DissectorContext context, ByteReader in, Field tree) {
		TlsContext tls = context.get(TlsContext.class);
		if (tls == null || tls.messageType() == 1) {
			int length = in.uint(tree, 1, "tls.handshake.extensions.supported_versions_len", "Supported Versions length",
					ValueFormat.DEC);
			ByteReader list = in.slice(length, "supported versions");
			while (list.remaining() >= 2) {
				list.uint(tree, 2, "tls.handshake.extensions.supported_version", "Supported Version", ValueFormat.HEX,
						TlsValues.VERSION);
			}
		} else {
			int version = in.uint(tree, 2, "tls.handshake.extensions.supported_version", "Supported Version",
					ValueFormat.HEX, TlsValues.VERSION);
			if (tls.messageType() == 2) {
				tls.session().setVersion(version);
			}
		}
	}
}
