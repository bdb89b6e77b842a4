package io.trustbench.decoder.tls.extension;

import io.trustbench.decoder.ByteReader;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.ValueFormat;
import io.trustbench.decoder.tls.handshake.HelloParts;

/**
 * A SignedCertificateTimestampList (RFC 6962 §3.3), found in the TLS extension and in the X.509
 * extension 1.3.6.1.4.1.11129.2.4.2. Each SCT's signature algorithm is a
 * {@code tls.handshake.sig_hash_alg}, as in Wireshark.
 */
public final class SctList {

	private SctList() {
	}

	public static void dissect(ByteReader in, Field tree) {
		int length = in.uint(tree, 2, "tls.sct.scts_length", "Serialized SCT List Length", ValueFormat.DEC);
		ByteReader list = in.slice(length, "SCT list");
		while (list.hasRemaining()) {
			int sctLength = list.uint(tree, 2, "tls.sct.sct_length", "Serialized SCT Length", ValueFormat.DEC);
			ByteReader sct = list.slice(sctLength, "SCT");
			Field entry = tree.add(new Field("", "Signed Certificate Timestamp", null, sct.source(), sct.position(),
					sctLength));
			sct.uint(entry, 1, "tls.sct.sct_version", "Version", ValueFormat.DEC);
			sct.bytesField(entry, 32, "tls.sct.sct_logid", "Log ID");
			int start = sct.position();
			long millis = (sct.u32() << 32) | sct.u32();
			entry.add(new Field("", "Timestamp: " + java.time.Instant.ofEpochMilli(millis), null, sct.source(), start, 8));
			int extensions = sct.uint(entry, 2, "tls.sct.sct_extensions_length", "Extensions length", ValueFormat.DEC);
			sct.skip(extensions);
			HelloParts.signatureScheme(sct, entry);
			int signature = sct.uint(entry, 2, "tls.sct.sct_signature_length", "Signature Length", ValueFormat.DEC);
			sct.bytesField(entry, signature, "tls.sct.sct_signature", "Signature");
		}
	}
}
