package io.trustbench.decoder.tls.handshake;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.ValueFormat;
import io.trustbench.decoder.tls.TlsContext;
import io.trustbench.decoder.tls.TlsSession;
import io.trustbench.decoder.tls.TlsValues;

/**
 * ServerHello and HelloRetryRequest (same message, told apart by the random). Records the
 * negotiated suite and version; supported_versions may override the version afterwards.
 */
public final class ServerHelloDissector implements Dissector {

	@Override
	public void dissect(DissectorContext context, ByteReader in, Field tree) {
		TlsContext tls = context.get(TlsContext.class);
		int version = in.uint(tree, 2, "tls.handshake.version", "Version", ValueFormat.HEX, TlsValues.VERSION);
		byte[] random = HelloParts.random(in, tree, TlsSession.isTls13(ServerHelloVersion.selected(in, version)));
		HelloParts.sessionId(in, tree);
		int suite = in.uint(tree, 2, "tls.handshake.ciphersuite", "Cipher Suite", ValueFormat.HEX, TlsValues.CIPHER_SUITE);
		in.uint(tree, 1, "tls.handshake.comp_method", "Compression Method", ValueFormat.DEC, TlsValues.COMPRESSION);
		if (tls != null) {
			tls.session().setServerRandom(random);
			tls.session().setCipherSuite(suite);
			tls.session().setVersion(version);
		}
		HelloParts.extensions(context, in, tree);
	}
}
