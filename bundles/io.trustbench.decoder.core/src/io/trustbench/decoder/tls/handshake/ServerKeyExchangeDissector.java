package io.trustbench.decoder.tls.handshake;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.ValueFormat;
import io.trustbench.decoder.tls.TlsContext;
import io.trustbench.decoder.tls.TlsValues;
import io.trustbench.decoder.tls.crypto.CipherSuite;

/**
 * ServerKeyExchange: ECDHE (curve type, named curve, public point) or DHE (p, g, Ys) parameters,
 * then the signature, with its algorithm from TLS 1.2 on. The key exchange comes from the suite.
 */
public final class ServerKeyExchangeDissector implements Dissector {

	@Override
	public void dissect(DissectorContext context, ByteReader in, Field tree) {
		TlsContext tls = context.get(TlsContext.class);
		CipherSuite suite = tls == null ? null : tls.session().cipherSuite();
		if (suite == null) {
			in.bytesField(tree, in.remaining(), "tls.handshake.server_key_exchange", "Server Key Exchange (suite unknown)");
			return;
		}
		if (suite.ecdh()) {
			Field params = in.subtree(tree, "", "EC Diffie-Hellman Server Params", in.remaining());
			int curveType = in.uint(params, 1, "tls.handshake.server_curve_type", "Curve Type", ValueFormat.HEX,
					TlsValues.CURVE_TYPE);
			if (curveType != 3) {
				throw new io.trustbench.decoder.MalformedException("curve type " + curveType + " is not named_curve",
						in.position() - 1);
			}
			in.uint(params, 2, "tls.handshake.server_named_curve", "Named Curve", ValueFormat.HEX, TlsValues.GROUP);
			int pointLength = in.uint(params, 1, "tls.handshake.server_point_len", "Pubkey Length", ValueFormat.DEC);
			in.bytesField(params, pointLength, "tls.handshake.server_point", "Pubkey");
			signature(tls, in, params);
		} else if (suite.dh()) {
			Field params = in.subtree(tree, "", "Diffie-Hellman Server Params", in.remaining());
			vector(in, params, "tls.handshake.p", "p");
			vector(in, params, "tls.handshake.g", "g");
			vector(in, params, "tls.handshake.ys", "Pubkey");
			signature(tls, in, params);
		} else {
			in.bytesField(tree, in.remaining(), "tls.handshake.server_key_exchange", "Server Key Exchange");
		}
	}

	private static void vector(ByteReader in, Field parent, String name, String label) {
		int length = in.uint(parent, 2, name + "_len", label + " Length", ValueFormat.DEC);
		in.bytesField(parent, length, name, label);
	}

	static void signature(TlsContext tls, ByteReader in, Field parent) {
		if (!in.hasRemaining()) {
			return; // anonymous suites
		}
		int version = tls.session().version();
		if (version >= 0x0303) {
			HelloParts.signatureScheme(in, parent);
		}
		int length = in.uint(parent, 2, "tls.handshake.sig_len", "Signature Length", ValueFormat.DEC);
		in.bytesField(parent, length, "tls.handshake.sig", "Signature");
	}
}
