package io.trustbench.decoder.tls.extension;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.ValueFormat;
import io.trustbench.decoder.tls.TlsContext;
import io.trustbench.decoder.tls.handshake.CertificateStatusDissector;

/**
 * status_request (RFC 6066 §8): the client's OCSP request; empty in a TLS 1.2 ServerHello; the
 * OCSP response itself in a TLS 1.3 certificate entry.
 */
public final class StatusRequestExtension implements Dissector {

	@Override
	public void dissect(DissectorContext context, ByteReader in, Field tree) {
		TlsContext tls = context.get(TlsContext.class);
		if (!in.hasRemaining()) {
			return;
		}
		if (tls != null && tls.messageType() == 11) {
			new CertificateStatusDissector().dissect(context, in, tree);
			return;
		}
		in.uint(tree, 1, "tls.handshake.extensions_status_request_type", "Certificate Status Type", ValueFormat.DEC,
				v -> v == 1 ? "OCSP" : null);
		int responders = in.uint(tree, 2, "tls.handshake.extensions_status_request_responder_ids_len",
				"Responder ID list Length", ValueFormat.DEC);
		if (responders > 0) {
			in.bytesField(tree, responders, "tls.handshake.extensions_status_request_responder_ids", "Responder ID list");
		}
		int extensions = in.uint(tree, 2, "tls.handshake.extensions_status_request_exts_len",
				"Request Extensions Length", ValueFormat.DEC);
		if (extensions > 0) {
			in.bytesField(tree, extensions, "tls.handshake.extensions_status_request_exts", "Request Extensions");
		}
	}
}
