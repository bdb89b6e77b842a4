package io.trustbench.decoder.tls.handshake;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.ValueFormat;

/** CertificateStatus (RFC 6066 §8): an OCSP response, also used in TLS 1.3 certificate entries. */
public final class CertificateStatusDissector implements Dissector {

	@Override
	public void dissect(DissectorContext context, ByteReader in, Field tree) {
		int type = in.uint(tree, 1, "tls.handshake.extensions_status_request_type", "Certificate Status Type",
				ValueFormat.DEC, v -> v == 1 ? "OCSP" : v == 2 ? "OCSP Multi" : null);
		if (type == 1) {
			int length = in.uint(tree, 3, "tls.handshake.ocsp_response_len", "OCSP Response Length", ValueFormat.DEC);
			in.bytesField(tree, length, "tls.handshake.ocsp_response", "OCSP Response");
		} else if (in.hasRemaining()) {
			in.bytesField(tree, in.remaining(), "tls.handshake.status_data", "Status data");
		}
	}
}
