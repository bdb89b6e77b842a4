package io.trustbench.secureelement.core.tests;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;

/** Independent check of chip results with the JDK's own EC code (SunEC). */
final class JdkEc {

	private JdkEc() {
	}

	static PublicKey publicKey(byte[] xy) throws Exception {
		AlgorithmParameters params = AlgorithmParameters.getInstance("EC");
		params.init(new ECGenParameterSpec("secp256r1"));
		ECParameterSpec spec = params.getParameterSpec(ECParameterSpec.class);
		ECPoint point = new ECPoint(new BigInteger(1, Arrays.copyOfRange(xy, 0, 32)),
				new BigInteger(1, Arrays.copyOfRange(xy, 32, 64)));
		return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, spec));
	}

	/** Verifies a P1363 R‖S signature over a precomputed SHA-256 digest. */
	static boolean verify(byte[] publicXY, byte[] digest, byte[] signature) throws Exception {
		Signature verifier = Signature.getInstance("NONEwithECDSAinP1363Format");
		verifier.initVerify(publicKey(publicXY));
		verifier.update(digest);
		return verifier.verify(signature);
	}
}
