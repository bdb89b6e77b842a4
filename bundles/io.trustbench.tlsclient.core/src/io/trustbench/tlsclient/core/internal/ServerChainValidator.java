package io.trustbench.tlsclient.core.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.security.InvalidAlgorithmParameterException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.crypto.TlsCertificate;

import io.trustbench.secureelement.core.SecureElementException;

/**
 * Checks the server's chain: PKIX path validation to the configured CA certificates (no
 * revocation: IoT brokers rarely offer it and the seed does not check it), the host name against
 * subjectAltName, and — when the device verifies — every ecdsa-with-SHA256 link on P-256 once more
 * with the device's Verify command (digest of the TBS, issuer key from the chain or the anchor).
 */
public final class ServerChainValidator {

	private static final String ECDSA_SHA256 = "1.2.840.10045.4.3.2";

	private final List<X509Certificate> anchors;
	private final String host;
	private final boolean checkHostname;
	private final DeviceTlsCrypto crypto;
	private List<X509Certificate> chain = List.of();

	public ServerChainValidator(List<X509Certificate> anchors, String host, boolean checkHostname,
			DeviceTlsCrypto crypto) {
		this.anchors = anchors;
		this.host = host;
		this.checkHostname = checkHostname;
		this.crypto = crypto;
	}

	/** The server chain of the last validation (leaf first). */
	public List<X509Certificate> chain() {
		return chain;
	}

	public void validate(TlsCertificate[] tlsChain) throws IOException {
		if (tlsChain.length == 0) {
			throw new TlsFatalAlert(AlertDescription.bad_certificate, "the server sent no certificate");
		}
		List<X509Certificate> certs = new ArrayList<>();
		try {
			CertificateFactory factory = CertificateFactory.getInstance("X.509");
			for (TlsCertificate c : tlsChain) {
				certs.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(c.getEncoded())));
			}
		} catch (CertificateException e) {
			throw new TlsFatalAlert(AlertDescription.bad_certificate, "unreadable server certificate: " + e.getMessage());
		}
		chain = List.copyOf(certs);
		validatePath(certs);
		if (checkHostname && !matchesHost(certs.get(0), host)) {
			throw new TlsFatalAlert(AlertDescription.certificate_unknown, "server certificate is not valid for '" + host
					+ "' (subjectAltName does not name it)");
		}
		if (crypto.deviceVerify()) {
			verifyLinksOnDevice(certs);
		}
	}

	private void validatePath(List<X509Certificate> certs) throws IOException {
		Set<TrustAnchor> trust = new HashSet<>();
		for (X509Certificate anchor : anchors) {
			trust.add(new TrustAnchor(anchor, null));
		}
		List<X509Certificate> path = new ArrayList<>(certs);
		// A server may send its root too; PKIX wants the path without the anchor.
		while (path.size() > 1 && anchors.contains(path.get(path.size() - 1))) {
			path.remove(path.size() - 1);
		}
		try {
			CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
			PKIXParameters params = new PKIXParameters(trust);
			params.setRevocationEnabled(false);
			CertPathValidator.getInstance("PKIX").validate(certPath, params);
		} catch (CertPathValidatorException e) {
			throw new TlsFatalAlert(AlertDescription.bad_certificate, "server chain does not verify against the CA file: "
					+ e.getMessage());
		} catch (InvalidAlgorithmParameterException | CertificateException | java.security.NoSuchAlgorithmException e) {
			throw new TlsFatalAlert(AlertDescription.internal_error, "cannot validate the server chain: " + e.getMessage());
		}
	}

	private void verifyLinksOnDevice(List<X509Certificate> certs) throws IOException {
		for (int i = 0; i < certs.size(); i++) {
			X509Certificate cert = certs.get(i);
			X509Certificate issuer = i + 1 < certs.size() ? certs.get(i + 1) : anchorFor(cert);
			String name = cert.getSubjectX500Principal().getName();
			if (issuer == null || issuer.equals(cert) && i > 0) {
				continue;
			}
			byte[] key = p256Key(issuer);
			if (!ECDSA_SHA256.equals(cert.getSigAlgOID()) || key == null) {
				crypto.noteDeviceCheck("certificate " + name + ": " + cert.getSigAlgName()
						+ " is not ECDSA P-256/SHA-256, checked in software only");
				continue;
			}
			byte[] rs = EcdsaEncoding.toRaw(cert.getSignature());
			boolean ok;
			try {
				ok = rs != null && crypto.device().verify(DeviceVerifiedCertificate.sha256(cert.getTBSCertificate()), rs,
						key, null);
			} catch (SecureElementException | CertificateException e) {
				throw new TlsFatalAlert(AlertDescription.internal_error, "device Verify of " + name + ": " + e.getMessage());
			}
			crypto.noteDeviceCheck("certificate " + name + ": signature " + (ok ? "verified by the device"
					: "REJECTED by the device"));
			if (!ok) {
				throw new TlsFatalAlert(AlertDescription.bad_certificate, "the device rejects the signature of " + name);
			}
		}
	}

	private X509Certificate anchorFor(X509Certificate cert) {
		for (X509Certificate anchor : anchors) {
			if (anchor.getSubjectX500Principal().equals(cert.getIssuerX500Principal())) {
				return anchor;
			}
		}
		return null;
	}

	private static byte[] p256Key(X509Certificate cert) {
		try {
			ECPublicKeyParameters key = (ECPublicKeyParameters) PublicKeyFactory
					.createKey(SubjectPublicKeyInfo.getInstance(cert.getPublicKey().getEncoded()));
			return EcdsaEncoding.p256PublicKey(key);
		} catch (IOException | ClassCastException | IllegalArgumentException e) {
			return null;
		}
	}

	/** subjectAltName DNS (with a leading-label wildcard) or IP entries; the CN only when there is no SAN. */
	static boolean matchesHost(X509Certificate cert, String host) {
		String h = host.toLowerCase(Locale.ROOT);
		boolean isIp = h.matches("[0-9.]+") || h.contains(":");
		try {
			if (cert.getSubjectAlternativeNames() == null) {
				return !isIp && h.equals(commonName(cert));
			}
			for (List<?> entry : cert.getSubjectAlternativeNames()) {
				int type = (Integer) entry.get(0);
				String value = String.valueOf(entry.get(1)).toLowerCase(Locale.ROOT);
				if (type == 7 && isIp && sameAddress(value, h)) {
					return true;
				}
				if (type == 2 && !isIp && dnsMatches(value, h)) {
					return true;
				}
			}
		} catch (CertificateParsingException e) {
			return false;
		}
		return false;
	}

	private static boolean sameAddress(String a, String b) {
		try {
			return InetAddress.getByName(a).equals(InetAddress.getByName(b));
		} catch (IOException e) {
			return false;
		}
	}

	private static boolean dnsMatches(String pattern, String host) {
		if (pattern.startsWith("*.")) {
			int dot = host.indexOf('.');
			return dot > 0 && host.substring(dot).equals(pattern.substring(1));
		}
		return pattern.equals(host);
	}

	private static String commonName(X509Certificate cert) {
		for (String part : cert.getSubjectX500Principal().getName().split(",")) {
			if (part.trim().toUpperCase(Locale.ROOT).startsWith("CN=")) {
				return part.trim().substring(3).toLowerCase(Locale.ROOT);
			}
		}
		return null;
	}

}
