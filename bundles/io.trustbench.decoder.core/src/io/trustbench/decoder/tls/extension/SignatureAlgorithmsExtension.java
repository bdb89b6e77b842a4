package io.trustbench.decoder.tls.extension;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorContext;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.ValueFormat;
import io.trustbench.decoder.tls.handshake.HelloParts;

/**
 * A list of signature schemes: signature_algorithms, signature_algorithms_cert and the
 * delegated_credentials request all carry one (Wireshark names each entry tls.handshake.sig_hash_alg).
 */
public final class SignatureAlgorithmsExtension implements Dissector {

	@Override
	public void dissect(DissectorContext context, ByteReader in, Field tree) {
		int length = in.uint(tree, 2, "tls.handshake.sig_hash_alg_len", "Signature Hash Algorithms Length",
				ValueFormat.DEC);
		Field algorithms = in.subtree(tree, "", "Signature Hash Algorithms (" + length / 2 + " algorithms)", length);
		ByteReader list = in.slice(length, "signature algorithms");
		while (list.remaining() >= 2) {
			HelloParts.signatureScheme(list, algorithms);
		}
	}
}
