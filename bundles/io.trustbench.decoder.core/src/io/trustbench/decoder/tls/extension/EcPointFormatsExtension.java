package io.trustbench.decoder.tls.extension;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.ValueFormat;
import io.trustbench.decoder.tls.TlsValues;

/** ec_point_formats (RFC 8422 §5.1.2). */
public final class EcPointFormatsExtension implements Dissector {

	@Override
	public void dissect(DissectorContext context, ByteReader in, Field tree) {
		int length = in.uint(tree, 1, "tls.handshake.extensions_ec_point_formats_length", "EC point formats Length",
				ValueFormat.DEC);
		Field formats = in.subtree(tree, "", "Elliptic curves point formats (" + length + ")", length);
		ByteReader list = in.slice(length, "point formats");
		while (list.hasRemaining()) {
			list.uint(formats, 1, "tls.handshake.extensions_ec_point_format", "EC point format", ValueFormat.DEC,
					TlsValues.POINT_FORMAT);
		}
	}
}
