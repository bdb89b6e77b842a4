package io.trustbench.decoder.tls.handshake;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.ValueFormat;
import io.trustbench.decoder.tls.TlsContext;
import io.trustbench.decoder.tls.TlsValues;

/**
 * CertificateRequest: TLS 1.2 certificate types, signature algorithms and acceptable CAs; TLS 1.3
 * a request context and extensions (signature_algorithms among them).
 */
public final class CertificateRequestDissector implements Dissector {

	@Override
	public void dissect(DissectorContext context, ByteReader in, Field tree) {
		TlsContext tls = context.get(TlsContext.class);
		if (tls != null && tls.session().tls13()) {
			int contextLength = in.uint(tree, 1, "tls.handshake.certificate_request_context_length",
					"Certificate Request Context Length", ValueFormat.DEC);
			if (contextLength > 0) {
				in.bytesField(tree, contextLength, "tls.handshake.certificate_request_context", "Certificate Request Context");
			}
			HelloParts.extensions(context, in, tree);
			return;
		}
		int typesCount = in.uint(tree, 1, "tls.handshake.cert_types_count", "Certificate types count", ValueFormat.DEC);
		Field types = in.subtree(tree, "", "Certificate types (" + typesCount + " types)", typesCount);
		for (int i = 0; i < typesCount; i++) {
			in.uint(types, 1, "tls.handshake.cert_type", "Certificate type", ValueFormat.DEC, TlsValues.CERTIFICATE_TYPE);
		}
		if (tls == null || tls.session().version() >= 0x0303) {
			int algorithmsLength = in.uint(tree, 2, "tls.handshake.sig_hash_alg_len", "Signature Hash Algorithms Length",
					ValueFormat.DEC);
			Field algorithms = in.subtree(tree, "", "Signature Hash Algorithms (" + algorithmsLength / 2 + " algorithms)",
					algorithmsLength);
			ByteReader list = in.slice(algorithmsLength, "signature algorithms");
			while (list.remaining() >= 2) {
				HelloParts.signatureScheme(list, algorithms);
			}
		}
		int namesLength = in.uint(tree, 2, "tls.handshake.dnames_len", "Distinguished Names Length", ValueFormat.DEC);
		Field names = in.subtree(tree, "", "Distinguished Names (" + namesLength + " bytes)", namesLength);
		ByteReader list = in.slice(namesLength, "distinguished names");
		while (list.hasRemaining()) {
			int length = list.uint(names, 2, "tls.handshake.dname_len", "Distinguished Name Length", ValueFormat.DEC);
			int start = list.position();
			list.skip(length);
			names.add(new Field("tls.handshake.dname", "Distinguished Name (" + length + " bytes)", "1", list.source(),
					start, length));
		}
	}
}
