package io.trustbench.pki.core.ca;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.RuntimeOperatorException;
import org.eclipse.core.runtime.IProgressMonitor;

import io.trustbench.pki.core.atcacert.EcdsaSignatures;

/**
 * Lets BouncyCastle's certificate builders sign through a {@link DigestSigner}: the TBS bytes are
 * hashed here with SHA-256 and only the digest goes to the device (ecdsa-with-SHA256).
 */
public final class DigestContentSigner implements ContentSigner {

	private final DigestSigner signer;
	private final IProgressMonitor monitor;
	private final ByteArrayOutputStream tbs = new ByteArrayOutputStream();

	public DigestContentSigner(DigestSigner signer, IProgressMonitor monitor) {
		this.signer = signer;
		this.monitor = monitor;
	}

	@Override
	public AlgorithmIdentifier getAlgorithmIdentifier() {
		return new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256);
	}

	@Override
	public OutputStream getOutputStream() {
		return tbs;
	}

	@Override
	public byte[] getSignature() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(tbs.toByteArray());
			return EcdsaSignatures.toDer(signer.sign(digest, monitor));
		} catch (SigningException e) {
			throw new RuntimeOperatorException(e.getMessage(), e);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Unwraps the device's one-line error from BouncyCastle's wrapping. */
	static SigningException unwrap(RuntimeOperatorException e) {
		return e.getCause() instanceof SigningException s ? s : new SigningException(e.getMessage(), e);
	}
}
