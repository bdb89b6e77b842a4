package io.trustbench.provisioning.core.console;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * Mutual TLS from PEM files: a client certificate and its PKCS#8 EC key, trusting one CA. Used for
 * the console's identity at the local emulator (its key stays in the emulator directory, read
 * only when connecting, never copied).
 */
public final class ConsoleTls {

	private ConsoleTls() {
	}

	public static SSLSocketFactory socketFactory(Path certificate, Path key, Path trustedCa)
			throws IOException, GeneralSecurityException {
		char[] none = new char[0];
		KeyStore identity = KeyStore.getInstance("PKCS12");
		identity.load(null, null);
		identity.setKeyEntry("console", privateKey(key), none, new X509Certificate[] { certificate(certificate) });
		KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keys.init(identity, none);
		KeyStore trust = KeyStore.getInstance("PKCS12");
		trust.load(null, null);
		trust.setCertificateEntry("ca", certificate(trustedCa));
		TrustManagerFactory trusts = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trusts.init(trust);
		SSLContext context = SSLContext.getInstance("TLSv1.2");
		context.init(keys.getKeyManagers(), trusts.getTrustManagers(), new SecureRandom());
		return context.getSocketFactory();
	}

	private static X509Certificate certificate(Path file) throws IOException, GeneralSecurityException {
		return (X509Certificate) CertificateFactory.getInstance("X.509")
				.generateCertificate(new ByteArrayInputStream(Files.readAllBytes(file)));
	}

	private static PrivateKey privateKey(Path file) throws IOException, GeneralSecurityException {
		String base64 = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
		return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
	}
}
