package io.trustbench.decoder.tls.handshake;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.ValueFormat;
import io.trustbench.decoder.tls.TlsContext;
import io.trustbench.decoder.tls.TlsProtocol;

/**
 * Certificate: the chain, each DER certificate handed to the decoder registered for
 * (tls.certificate, x509); TLS 1.3 adds a request context and per-certificate extensions.
 */
public final class CertificateDissector implements Dissector {

	@Override
	public void dissect(DissectorContext context, ByteReader in, Field tree) {
		TlsContext tls = context.get(TlsContext.class);
		boolean tls13 = tls != null && tls.session().tls13();
		if (tls13) {
			int contextLength = in.uint(tree, 1, "tls.handshake.certificate_request_context_length",
					"Certificate Request Context Length", ValueFormat.DEC);
			if (contextLength > 0) {
				in.bytesField(tree, contextLength, "tls.handshake.certificate_request_context", "Certificate Request Context");
			}
		}
		int total = in.uint(tree, 3, "tls.handshake.certificates_length", "Certificates Length", ValueFormat.DEC);
		Field list = in.subtree(tree, "tls.handshake.certificates", "Certificates (" + total + " bytes)", total);
		ByteReader certificates = in.slice(total, "certificates");
		while (certificates.hasRemaining()) {
			int length = certificates.uint(list, 3, "tls.handshake.certificate_length", "Certificate Length",
					ValueFormat.DEC);
			int start = certificates.position();
			ByteReader der = certificates.slice(length, "certificate");
			String hex = java.util.HexFormat.of().formatHex(der.source().bytes(), start, start + length);
			Field certificate = list.add(new Field("tls.handshake.certificate", "Certificate: " + ByteReader.abbreviate(hex),
					hex, der.source(), start, length));
			if (!context.dispatch(TlsProtocol.CERTIFICATE, "x509", der, certificate)) {
				certificate.setDisplay("Certificate (" + length + " bytes)");
			}
			if (tls13) {
				HelloParts.extensions(context, certificates, list);
			}
		}
	}
}
