package io.trustbench.decoder.tls.extension;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.ValueFormat;

/** signed_certificate_timestamp (RFC 6962 §3.3): empty from the client, a list of SCTs from the server. */
public final class SignedCertificateTimestampExtension implements Dissector {

	@Override
	public void dissect(DissectorContext context, ByteReader in, Field tree) {
		if (!in.hasRemaining()) {
			return;
		}
		SctList.dissect(in, tree);
	}
}
