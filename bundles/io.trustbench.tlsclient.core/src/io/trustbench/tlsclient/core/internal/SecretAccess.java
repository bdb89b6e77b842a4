package io.trustbench.tlsclient.core.internal;

import org.bouncycastle.tls.crypto.TlsSecret;
import org.bouncycastle.tls.crypto.impl.AbstractTlsSecret;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsSecret;

/**
 * Reads the bytes of a BouncyCastle TLS secret without destroying it ({@link TlsSecret#extract()}
 * would). Used only to write the NSS key log the user asked for; never instantiated.
 */
final class SecretAccess extends BcTlsSecret {

	private SecretAccess(BcTlsCrypto crypto) {
		super(crypto, new byte[0]);
	}

	/** A copy of the secret's bytes, or null when it is absent or already destroyed. */
	static byte[] copy(TlsSecret secret) {
		if (!(secret instanceof AbstractTlsSecret abstractSecret) || !secret.isAlive()) {
			return null;
		}
		return copyData(abstractSecret);
	}
}
