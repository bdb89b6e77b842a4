package io.trustbench.decoder.tls.handshake;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.ValueFormat;
import io.trustbench.decoder.tls.TlsContext;
import io.trustbench.decoder.tls.crypto.CipherSuite;

/** ClientKeyExchange: the client's ECDH point, DH public value or RSA-encrypted premaster secret. */
public final class ClientKeyExchangeDissector implements Dissector {

	@Override
	public void dissect(DissectorContext context, ByteReader in, Field tree) {
		TlsContext tls = context.get(TlsContext.class);
		CipherSuite suite = tls == null ? null : tls.session().cipherSuite();
		if (suite != null && suite.ecdh()) {
			Field params = in.subtree(tree, "", "EC Diffie-Hellman Client Params", in.remaining());
			int length = in.uint(params, 1, "tls.handshake.client_point_len", "Pubkey Length", ValueFormat.DEC);
			in.bytesField(params, length, "tls.handshake.client_point", "Pubkey");
		} else if (suite != null && suite.dh()) {
			Field params = in.subtree(tree, "", "Diffie-Hellman Client Params", in.remaining());
			int length = in.uint(params, 2, "tls.handshake.yc_len", "Pubkey Length", ValueFormat.DEC);
			in.bytesField(params, length, "tls.handshake.yc", "Pubkey");
		} else if (suite != null && suite.keyExchange().startsWith("RSA")) {
			Field params = in.subtree(tree, "", "RSA Encrypted PreMaster Secret", in.remaining());
			int length = in.uint(params, 2, "tls.handshake.epms_len", "Encrypted PreMaster length", ValueFormat.DEC);
			in.bytesField(params, length, "tls.handshake.epms", "Encrypted PreMaster");
		} else {
			in.bytesField(tree, in.remaining(), "tls.handshake.client_key_exchange", "Client Key Exchange");
		}
	}
}
