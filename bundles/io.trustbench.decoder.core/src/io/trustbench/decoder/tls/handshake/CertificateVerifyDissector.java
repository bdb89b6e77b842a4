package io.trustbench.decoder.tls.handshake;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.tls.TlsContext;
import io.trustbench.decoder.ValueFormat;

/** CertificateVerify: signature algorithm (TLS 1.2 and 1.3) and the signature over the transcript. */
public final class CertificateVerifyDissector implements Dissector {

	@Override
	public void dissect(DissectorContext context, ByteReader in, Field tree) {
		TlsContext tls = context.get(TlsContext.class);
		if (tls == null || tls.session().version() >= 0x0303 || tls.session().version() == 0) {
			HelloParts.signatureScheme(in, tree);
		}
		int length = in.uint(tree, 2, "tls.handshake.client_cert_vrfy.sig_len", "Signature length", ValueFormat.DEC);
		in.bytesField(tree, length, "tls.handshake.client_cert_vrfy.sig", "Signature");
	}
}
