package io.trustbench.decoder.tls.extension;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.ValueFormat;
import io.trustbench.decoder.tls.TlsContext;

/** application_layer_protocol_negotiation (RFC 7301); the server's choice selects the app dissector. */
public final class AlpnExtension implements Dissector {

	@Override
	public void dissect(DissectorContext context, ByteReader in, Field tree) {
		int length = in.uint(tree, 2, "tls.handshake.extensions_alpn_len", "ALPN Extension Length", ValueFormat.DEC);
		Field protocols = in.subtree(tree, "", "ALPN Protocol", length);
		ByteReader list = in.slice(length, "ALPN list");
		String last = null;
		while (list.hasRemaining()) {
			int n = list.uint(protocols, 1, "tls.handshake.extensions_alpn_str_len", "ALPN string length", ValueFormat.DEC);
			last = list.stringField(protocols, n, "tls.handshake.extensions_alpn_str", "ALPN Next Protocol");
		}
		TlsContext tls = context.get(TlsContext.class);
		if (tls != null && !tls.fromClient() && last != null) {
			tls.session().setAlpn(last);
		}
	}
}
