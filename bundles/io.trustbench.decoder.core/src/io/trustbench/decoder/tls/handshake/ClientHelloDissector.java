package io.trustbench.decoder.tls.handshake;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.ValueFormat;
import io.trustbench.decoder.tls.TlsContext;
import io.trustbench.decoder.tls.TlsValues;

/** ClientHello (RFC 8446 §4.1.2, RFC 5246 §7.4.1.2). */
public final class ClientHelloDissector implements Dissector {

	@Override
	public void dissect(DissectorContext context, ByteReader in, Field tree) {
		TlsContext tls = context.get(TlsContext.class);
		in.uint(tree, 2, "tls.handshake.version", "Version", ValueFormat.HEX, TlsValues.VERSION);
		// a second ClientHello after a HelloRetryRequest (and QUIC's) already belongs to TLS 1.3
		byte[] random = HelloParts.random(in, tree, tls != null && tls.session().tls13());
		if (tls != null) {
			tls.session().setClientRandom(random);
		}
		HelloParts.sessionId(in, tree);
		int suitesLength = in.uint(tree, 2, "tls.handshake.cipher_suites_length", "Cipher Suites Length", ValueFormat.DEC);
		Field suites = in.subtree(tree, "", "Cipher Suites (" + suitesLength / 2 + " suites)", suitesLength);
		ByteReader suiteList = in.slice(suitesLength, "cipher suites");
		while (suiteList.remaining() >= 2) {
			suiteList.uint(suites, 2, "tls.handshake.ciphersuite", "Cipher Suite", ValueFormat.HEX, TlsValues.CIPHER_SUITE);
		}
		int methodsLength = in.uint(tree, 1, "tls.handshake.comp_methods_length", "Compression Methods Length",
				ValueFormat.DEC);
		Field methods = in.subtree(tree, "", "Compression Methods (" + methodsLength + " method"
				+ (methodsLength == 1 ? ")" : "s)"), methodsLength);
		ByteReader methodList = in.slice(methodsLength, "compression methods");
		while (methodList.hasRemaining()) {
			methodList.uint(methods, 1, "tls.handshake.comp_method", "Compression Method", ValueFormat.DEC,
					TlsValues.COMPRESSION);
		}
		HelloParts.extensions(context, in, tree);
	}
}
